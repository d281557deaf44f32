# A Jaccard threshold above the copy's similarity still groups it through
# containment (the copy lost its last paragraph); with containment off too,
# nothing is left (no exact copies here).
$PARALLAX dedup --threshold 0.95 data/stories
echo ---
$PARALLAX dedup --threshold 0.95 --containment 0 data/stories
