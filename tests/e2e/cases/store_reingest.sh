# Ingesting the same articles again is a no-op: every article is skipped, no
# batch is recorded, the stories and their reports are unchanged.
set -e
t=$(mktemp -d)
db=$t/db
"$PARALLAX" ingest --db "$db" data/store/day1 2>&1
"$PARALLAX" stories --db "$db" --json > "$t/before"
for id in 0 1; do "$PARALLAX" show --db "$db" -f json $id; done > "$t/before.reports"
python3 store_check.py batches "$db"
"$PARALLAX" ingest --db "$db" data/store/day1 2>&1
"$PARALLAX" stories --db "$db" --json > "$t/after"
for id in 0 1; do "$PARALLAX" show --db "$db" -f json $id; done > "$t/after.reports"
python3 store_check.py batches "$db"
cmp "$t/before" "$t/after" && cmp "$t/before.reports" "$t/after.reports" && echo unchanged
