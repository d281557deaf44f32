# Text that is not valid UTF-8 is not rejected: it is decoded (a legacy
# encoding, windows-1252 by default) and comes out as valid UTF-8; a lone
# broken byte in UTF-8 text does not make the rest unreadable.
. "$(pwd)/data/text/common.sh"
run clean "$TXT/latin1.txt"
echo "latin-1: exit $rc"
cat "$work/out"
printf 'Aur\303\251lie Brandt said talks would resume\377 on Wednesday.\n\nCrews stayed home.\n' >"$work/broken.txt"
run clean "$work/broken.txt"
echo "broken byte: exit $rc"
python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); d.decode("utf-8"); print("valid UTF-8,", d.count(b"\n"), "lines")' "$work/out"
grep -c "Crews stayed home." "$work/out"
grep -c "Aurélie Brandt said talks" "$work/out"
show_err
