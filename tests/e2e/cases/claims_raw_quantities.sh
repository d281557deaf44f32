# Quantities of issue 5 and the harder phrasings (--raw: offsets into the
# input): bounds, fractions, percent and percentage points, votes, money,
# ranges, vague plurals; years, phone numbers, ordinals and index names not
# counted; counted phrases, counted rates, changes "from A to B" and "to B
# from A", scientific notation, a pound sign lost to ASCII but not a console.
$PARALLAX claims --raw --kinds quantity data/claims/quantity-cases.txt > "$TMPDIR/q.out" || exit 1
python3 check_schema.py claims < "$TMPDIR/q.out" || exit 1
python3 check_claims.py "$TMPDIR/q.out" --raw data/claims/quantity-cases.txt >/dev/null || exit 1
python3 quantity_summary.py < "$TMPDIR/q.out"
