# A bad --kinds list is a usage error.
$PARALLAX claims --kinds nonsense data/claims/hard-cases.txt
