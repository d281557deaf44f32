# The output does not depend on the number of threads.
"$PARALLAX" report -f json --threads 1 ../gold >"$TMPDIR/1.json" 2>/dev/null
"$PARALLAX" report -f json --threads 2 ../gold >"$TMPDIR/2.json" 2>/dev/null
"$PARALLAX" report -f json --threads 7 ../gold >"$TMPDIR/7.json" 2>/dev/null
cmp -s "$TMPDIR/1.json" "$TMPDIR/2.json" && cmp -s "$TMPDIR/1.json" "$TMPDIR/7.json" && echo identical
