# A missing file: one stderr line naming it, the others processed (exit 1);
# alone, exit 3.
. "$(pwd)/data/text/common.sh"
run clean "$work/missing.txt" "$TXT/body.txt"
echo "exit $rc, $(grep -c . "$work/out") lines"
show_err
run segment "$work/missing.txt"
echo "segment alone: exit $rc"
show_err
