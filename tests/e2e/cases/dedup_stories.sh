# Syndicated copy (new headline, trimmed last paragraph, editor's note) is one
# group with the wire original as canonical; independent reports of the same
# fire, the other city's fire and the slanted wage-bill reports are not copies.
$PARALLAX dedup data/stories > "$TMPDIR/dedup.out" || exit 1
python3 check_schema.py dedup < "$TMPDIR/dedup.out" || exit 1
cat "$TMPDIR/dedup.out"
