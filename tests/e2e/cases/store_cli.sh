# The reading commands over a store: stories (text and the /api/stories
# document, checked against the shared schema), show in every format
# (JSON checked against report.schema.json), search (text and JSON).
set -e
t=$(mktemp -d)
db=$t/db
"$PARALLAX" ingest --db "$db" data/store/day1 2>/dev/null
"$PARALLAX" stories --db "$db"
"$PARALLAX" stories --db "$db" --since 2025-06-11
"$PARALLAX" stories --db "$db" --json | python3 check_schema.py api-stories && echo "stories --json: valid"
"$PARALLAX" stories --db "$db" --json --limit 1 | python3 -c "import json,sys; d=json.load(sys.stdin); print(len(d['stories']), d['total'])"
"$PARALLAX" show --db "$db" -f json 1 | python3 check_schema.py report && echo "show -f json: valid"
"$PARALLAX" show --db "$db" -f json --explain 1 | python3 -c "import json,sys; d=json.load(sys.stdin); print('explain adds dismissed:', 'dismissed' in d['stories'][0])"
"$PARALLAX" show --db "$db" -f markdown 1 | head -1
"$PARALLAX" show --db "$db" -f html 1 | grep -c '</html>'
"$PARALLAX" show --db "$db" 0 | head -1
"$PARALLAX" search --db "$db" grain dust | head -2
"$PARALLAX" search --db "$db" --json '"dust inspections"' | python3 -c "import json,sys; d=json.load(sys.stdin); r=d['results']; print(len(r) > 0, r[0]['article'], ''.join(p['text'] for p in r[0]['snippet'] if p['match']))"
"$PARALLAX" search --db "$db" 'tram*' --limit 3 | grep -c '^[0-9]'
