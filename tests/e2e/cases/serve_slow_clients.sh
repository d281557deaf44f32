# Slow or unfinished requests neither block other clients nor hold their
# connection past the timeout; SIGTERM stops the server cleanly.
set -e
t=$(mktemp -d)
"$PARALLAX" ingest --db "$t/db" data/store/day1 2>/dev/null
python3 serve_check.py slow "$PARALLAX" "$t/db"
