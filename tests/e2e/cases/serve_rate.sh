# The request rate per client address is bounded (token bucket).
set -e
t=$(mktemp -d)
"$PARALLAX" ingest --db "$t/db" data/store/day1 2>/dev/null
python3 serve_check.py rate "$PARALLAX" "$t/db"
