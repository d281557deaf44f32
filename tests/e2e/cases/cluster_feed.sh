# JSON Lines from stdin: articles are taken by date, then id, undated ones last;
# the repair report nine days after the breakdown is outside the 7-day window
# and starts a new story, which the undated syndicated copy joins.
$PARALLAX cluster - < data/stories-feed/feed.jsonl
