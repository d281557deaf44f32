# Every input format: the HTML page of the syndicated copy groups with the
# plain-text wire original; the gzipped independent report does not.
$PARALLAX dedup data/stories-formats
