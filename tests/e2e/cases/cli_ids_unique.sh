# Ids are unique within a run, across inputs too: two files of one name in
# two folders give one article and one "duplicate article id" message, in
# every command that reads articles.
mkdir -p "$TMPDIR/a" "$TMPDIR/b"
printf 'Council meets\n\nThe council met on Monday to discuss the port.\n' >"$TMPDIR/a/x.txt"
printf 'Mayor speaks\n\nThe mayor spoke on Tuesday about the port.\n' >"$TMPDIR/b/x.txt"
for cmd in extract clean segment claims dedup cluster; do
	"$PARALLAX" $cmd "$TMPDIR/a/x.txt" "$TMPDIR/b/x.txt" >/dev/null 2>"$TMPDIR/err"
	rc=$?
	grep -q "duplicate article id 'x.txt'" "$TMPDIR/err" || { echo "$cmd: no clash reported"; exit 1; }
	[ $rc = 1 ] || { echo "$cmd: exit $rc"; exit 1; }
done
echo ok
