# No articles from an empty stdin: no groups, nothing processed.
$PARALLAX dedup < /dev/null
