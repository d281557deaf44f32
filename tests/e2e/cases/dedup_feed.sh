# The undated trimmed copy groups with the dated original, which is canonical.
$PARALLAX dedup data/stories-feed/feed.jsonl
