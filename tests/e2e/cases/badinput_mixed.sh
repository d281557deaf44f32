# Good and bad inputs mixed in one run, for both commands: every problem is
# one stderr line that names its file, the good files are all processed in
# order, and the exit status is 1; when every input is bad it is 3.
. "$(pwd)/data/text/common.sh"
printf 'x\0y\0z' >"$work/nul.bin"
: >"$work/empty.txt"
for cmd in clean segment; do
	run $cmd "$EX/art-coastline.txt" "$work/nul.bin" "$work/none.txt" "$work/empty.txt" "$TXT/body.txt"
	echo "$cmd: exit $rc, $(grep -c . "$work/out") lines"
	show_err
	run $cmd "$work/nul.bin" "$work/none.txt" "$work/empty.txt"
	echo "$cmd, all bad: exit $rc, $(wc -c <"$work/out") bytes"
done
