# The JSON API over a store with a corrected article: shapes (validated
# against the shared schemas), paging, versions, search, errors, request
# bounds, the page's headers, and a clean shutdown on SIGINT.
set -e
t=$(mktemp -d)
"$PARALLAX" ingest --db "$t/db" data/store/day1 2>/dev/null
"$PARALLAX" ingest --db "$t/db" data/store/day2 2>/dev/null
python3 serve_check.py api "$PARALLAX" "$t/db"
