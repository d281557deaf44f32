# An input that does not exist: one line, nothing processed (exit 3).
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/no-such-file.txt"
show_err
exit $rc
