# `make demo` runs examples/demo.sh: it must succeed and show the conflict.
sh ../../examples/demo.sh "$PARALLAX" >"$TMPDIR/demo.txt" 2>&1 || { echo "demo failed"; exit 1; }
grep -q '^   Conflicts (1)$' "$TMPDIR/demo.txt" || { echo "no conflict shown"; exit 1; }
grep -q '^      400: art-ledger.txt$' "$TMPDIR/demo.txt" || { echo "400 side"; exit 1; }
echo ok
