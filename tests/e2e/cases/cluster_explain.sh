# --explain adds the shared terms and entities that tied an article to its story.
$PARALLAX cluster --explain data/stories > "$TMPDIR/explain.out" || exit 1
python3 check_schema.py cluster < "$TMPDIR/explain.out" || exit 1
cat "$TMPDIR/explain.out"
