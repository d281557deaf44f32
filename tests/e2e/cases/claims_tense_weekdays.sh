# Relative dates take the tense of their clause (issue 5): in Saturday's
# paper a weekday in a future or present-schedule clause ("stay closed on
# Monday", "will meet on Tuesday", "is set to resume ... Thursday",
# "reopens on Wednesday") is the next such day, one in a past clause
# ("said on Friday", "met on Wednesday", "was close") the last one, even in
# a sentence whose other clause is in another tense.
$PARALLAX claims --kinds date data/claims/tense-weekdays.txt > "$TMPDIR/d.out" || exit 1
python3 check_schema.py claims < "$TMPDIR/d.out" || exit 1
python3 claims_summary.py < "$TMPDIR/d.out"
