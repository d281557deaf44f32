# Floor of the expected coverage cells of the gold stories (the "coverage"
# key of tests/gold/*/gold.json, written by reading the stories), scored by
# tools/eval-perspective --gold; measured 0.761 (docs/evaluation-perspective.md).
python3 ../../tools/eval-perspective --parallax "$PARALLAX" --gold ../gold --min 0.74 >"$TMPDIR/gold.txt" || { cat "$TMPDIR/gold.txt"; exit 1; }
echo ok
