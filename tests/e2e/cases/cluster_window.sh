# With the default 30-day window the ferry story is still open nine days
# later: the repair report and its undated copy join it.
$PARALLAX cluster data/stories-feed/feed.jsonl
