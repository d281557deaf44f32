# A symbolic link back to a directory being walked (two of them made the
# walk exponential) is one stderr line and skipped; the files are read
# once through each real path, and a link to a sibling directory is an
# input like any other (exit 1 for the skipped loops). Bounded in time.
. "$(pwd)/data/text/common.sh"
mkdir -p "$work/feed/a/b"
cp "$EX/art-courier.txt" "$work/feed/a/b/"
ln -s .. "$work/feed/a/b/up"
ln -s ../.. "$work/feed/a/b/top"
ln -s b "$work/feed/a/same"
for cmd in extract clean dedup; do
	"$PARALLAX" $cmd "$work/feed" >"$work/out" 2>"$work/err"
	rc=$?
	echo "$cmd: exit $rc, $(wc -l <"$work/out") lines"
	show_err
done
