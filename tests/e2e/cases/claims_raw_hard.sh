# The hard cases of issue 5 in one body text (--raw: offsets into the input):
# scores, money in three currencies, ranges, years as dates, phone numbers,
# flight numbers, models and ordinals not counted, relative dates without an
# article date, bounds and units.
$PARALLAX claims --raw --kinds quantity,date data/claims/hard-cases.txt > "$TMPDIR/c.out" || exit 1
python3 check_schema.py claims < "$TMPDIR/c.out" || exit 1
python3 check_claims.py "$TMPDIR/c.out" --raw data/claims/hard-cases.txt >/dev/null || exit 1
python3 claims_summary.py < "$TMPDIR/c.out"
