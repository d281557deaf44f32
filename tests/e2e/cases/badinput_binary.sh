# A file with NUL bytes in its first 4 KiB is binary, whatever its name:
# one stderr line naming it, skipped, the other inputs processed (exit 1);
# alone, nothing could be processed (exit 3). Same for clean and segment.
. "$(pwd)/data/text/common.sh"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\1\0' >"$work/photo.txt"
head -c 3000 /dev/urandom >>"$work/photo.txt"
for cmd in clean segment; do
	run $cmd "$work/photo.txt" "$TXT/body.txt"
	echo "$cmd with a good file: exit $rc, $(wc -l <"$work/out") lines"
	show_err
	run $cmd "$work/photo.txt"
	echo "$cmd alone: exit $rc, $(wc -c <"$work/out") bytes"
	show_err
done
