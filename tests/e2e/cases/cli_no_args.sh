# No command: usage on stderr, exit 2.
"$PARALLAX" 2>"$TMPDIR/err"
rc=$?
grep -q '^usage: parallax COMMAND' "$TMPDIR/err" || exit 99
exit $rc
