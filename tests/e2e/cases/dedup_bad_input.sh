# A binary file and a missing file are reported and skipped (exit 1); the
# copies among the readable articles are still found.
mkdir -p "$TMPDIR/dd"
cp data/stories/01-coastline-wire-dunmore-fire.txt data/stories/02-valley-herald-dunmore-fire.txt "$TMPDIR/dd/"
printf 'PK\003\004\000\000binary\000junk' > "$TMPDIR/dd/zz-archive.txt"
$PARALLAX dedup "$TMPDIR/dd" "$TMPDIR/missing.txt" 2> "$TMPDIR/err"
rc=$?
grep -q 'zz-archive.txt' "$TMPDIR/err" || exit 9
grep -q 'missing.txt' "$TMPDIR/err" || exit 9
exit $rc
