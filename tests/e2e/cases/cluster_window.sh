# A window of 10 days keeps the ferry story open for the repair report.
$PARALLAX cluster --window 10 data/stories-feed/feed.jsonl
