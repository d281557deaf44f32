# The server keeps answering while `ingest` commits batch after batch into
# the same store (WAL: readers see each committed batch and never wait).
set -e
t=$(mktemp -d)
"$PARALLAX" ingest --db "$t/db" data/store/day1 2>/dev/null
python3 store_check.py gen-feed "$t/feed.jsonl" 240 7
python3 serve_check.py concurrent "$PARALLAX" "$t/db" "$t/feed.jsonl"
python3 store_check.py consistent "$t/db" | sed 's/[0-9][0-9]*/N/'
