# Several files: each article after a "==> ID <==" line (the id is the base
# name), in the order given.
. "$(pwd)/data/text/common.sh"
run clean "$TXT/body.txt" "$EX/art-coastline.txt"
cat "$work/out"
show_err
exit $rc
