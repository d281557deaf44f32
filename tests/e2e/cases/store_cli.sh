# The reading commands over a store: stories (text and the /api/stories
# document, checked against the shared schema), show in every format
# (JSON checked against report.schema.json) and of several stories (JSON
# Lines, one document per story; a story missing is named, the others shown,
# exit 1; HTML takes one), search (text and JSON).
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
"$PARALLAX" show --db "$db" -f json 1 0 | python3 -c "import json,sys; print('show 1 0:', [json.loads(l)['stories'][0]['id'] for l in sys.stdin])"
"$PARALLAX" show --db "$db" -f json 0 7 1 2>"$t/err" | wc -l || true
echo "show 0 7 1: exit $("$PARALLAX" show --db "$db" -f json 0 7 1 >/dev/null 2>&1 && echo 0 || echo $?), $(sed 's/.*db: //' "$t/err")"
echo "show -f html 0 1: exit $("$PARALLAX" show --db "$db" -f html 0 1 >/dev/null 2>&1 && echo 0 || echo $?)"
"$PARALLAX" search --db "$db" grain dust | head -2
"$PARALLAX" search --db "$db" --json '"dust inspections"' | python3 -c "import json,sys; d=json.load(sys.stdin); r=d['results']; print(len(r) > 0, r[0]['article'], ''.join(p['text'] for p in r[0]['snippet'] if p['match']))"
"$PARALLAX" search --db "$db" 'tram*' --limit 3 | grep -c '^[0-9]'
