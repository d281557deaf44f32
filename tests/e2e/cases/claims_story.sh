# Two fictional outlets on one story: every claim validates against the
# claims schema, its text is exactly its field's bytes start..end, and the
# kinds the comparison stage needs are all there.
$PARALLAX claims data/claims/story > "$TMPDIR/claims.out" || exit 1
$PARALLAX extract data/claims/story > "$TMPDIR/extract.out" || exit 1
python3 check_schema.py claims < "$TMPDIR/claims.out" || exit 1
python3 check_claims.py "$TMPDIR/claims.out" "$TMPDIR/extract.out" || exit 1
python3 claims_summary.py < "$TMPDIR/claims.out"
