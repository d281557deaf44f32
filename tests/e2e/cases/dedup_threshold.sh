# A threshold above the copy's similarity leaves exact copies only (none here).
$PARALLAX dedup --threshold 0.95 data/stories
