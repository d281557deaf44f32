# An empty file, or one with only white space or only metadata, has no
# text: rejected with one line, the others processed.
. "$(pwd)/data/text/common.sh"
: >"$work/empty.txt"
printf ' \n\t\n\n' >"$work/blank.txt"
printf 'title: \ndate: 2023-11-14\n' >"$work/meta.txt"
run clean "$work/empty.txt" "$work/blank.txt" "$TXT/body.txt" "$work/meta.txt"
echo "exit $rc"
grep '^==>' "$work/out"
show_err
run segment "$work/empty.txt"
echo "segment alone: exit $rc"
show_err
