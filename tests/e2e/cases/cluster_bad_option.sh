# Bad option values are usage errors (exit 2).
$PARALLAX cluster --window 0 data/stories && exit 9
[ $? = 2 ] || exit 9
$PARALLAX cluster --threshold 2 data/stories && exit 9
[ $? = 2 ] || exit 9
$PARALLAX dedup --threshold 0 data/stories && exit 9
[ $? = 2 ] || exit 9
$PARALLAX dedup --bogus data/stories
