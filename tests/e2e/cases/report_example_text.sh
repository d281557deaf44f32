# The main job on the bundled example: one story, the "more than 500" vs
# "400" crew members conflict with both sides' evidence, no false alarm on
# the pay figures both sides state, and the repairs shown.
"$PARALLAX" report ../../examples/ferry-strike >"$TMPDIR/r.txt" || exit 1
grep -q '^parallax report: 4 articles, 1 story$' "$TMPDIR/r.txt" || { echo "header"; exit 1; }
grep -q '^      >500: art-courier.txt, art-nordwire.txt$' "$TMPDIR/r.txt" || { echo "side >500"; exit 1; }
grep -q '^      400: art-ledger.txt$' "$TMPDIR/r.txt" || { echo "side 400"; exit 1; }
grep -q 'Conflicts (1)' "$TMPDIR/r.txt" || { echo "exactly one conflict"; exit 1; }
grep -q 'mojibake' "$TMPDIR/r.txt" || { echo "repairs"; exit 1; }
# Plain text when stdout is not a terminal: no escape sequences.
! grep -q "$(printf '\033')" "$TMPDIR/r.txt" || { echo "colour in a pipe"; exit 1; }
# Readable at 80 columns.
python3 -c 'import sys; sys.exit(any(len(l.rstrip("\n")) > 80 for l in open(sys.argv[1], encoding="utf-8")))' "$TMPDIR/r.txt" || { echo "line over 80 columns"; exit 1; }
echo ok
