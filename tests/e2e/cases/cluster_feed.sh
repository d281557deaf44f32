# JSON Lines from stdin: articles are taken by date, then id, undated ones last.
# With a 7-day window the repair report nine days after the breakdown cannot
# join the closed story and starts a new one, which the undated syndicated
# copy joins.
$PARALLAX cluster --window 7 - < data/stories-feed/feed.jsonl
