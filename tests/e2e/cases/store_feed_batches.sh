# A generated feed of 600 articles ingested in batches of 50 (late batches
# re-compare stories first seen in early ones, and the store builds them in
# chunks of just the changed stories, some alone) gives the stories of one
# `report` over the whole feed, field for field.
set -e
t=$(mktemp -d)
python3 store_check.py gen-feed "$t/feed.jsonl" 600 11
"$PARALLAX" ingest -v --batch 50 --db "$t/db" "$t/feed.jsonl" 2>"$t/err"
grep -o 'compared ([0-9]* alone, [0-9]* merged)' "$t/err" | tr '\n' ' ' >&2
tail -1 "$t/err"
"$PARALLAX" report -f json "$t/feed.jsonl" > "$t/one.json"
"$PARALLAX" show --db "$t/db" -f json $("$PARALLAX" stories --db "$t/db" | cut -f1) > "$t/shown.jsonl"
python3 store_check.py same-stories "$t/one.json" "$t/shown.jsonl" > "$t/same"
sed 's/[0-9][0-9]*/N/g' "$t/same"
python3 store_check.py consistent "$t/db"
