# Nothing readable: exit 3 and no output.
$PARALLAX cluster "$TMPDIR/does-not-exist.jsonl"
