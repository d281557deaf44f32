# An unknown command is a usage error (exit 2) with a message on stderr.
"$PARALLAX" frobnicate 2>"$TMPDIR/err"
rc=$?
grep -q "parallax: 'frobnicate' is not a command" "$TMPDIR/err" || exit 99
exit $rc
