# A directory is read recursively, files sorted by name; ids are paths
# relative to it.
. "$(pwd)/data/text/common.sh"
run clean "$TXT/dir"
cat "$work/out"
show_err
exit $rc
