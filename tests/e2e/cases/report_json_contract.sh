# The JSON report validates against the shared schema and keeps the
# invariants a schema cannot check (tests/e2e/check_report.py), on the
# example and on every gold story.
for d in ../../examples/ferry-strike ../gold/story-0[1-4]*; do
	files=$(ls "$d"/*.txt)
	"$PARALLAX" report -f json $files >"$TMPDIR/r.json" || { echo "report $d"; exit 1; }
	"$PARALLAX" extract $files >"$TMPDIR/x.jsonl" || { echo "extract $d"; exit 1; }
	python3 check_report.py "$TMPDIR/r.json" "$TMPDIR/x.jsonl" || { echo "invariants $d"; exit 1; }
	python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$TMPDIR/r.json" \
		| python3 check_schema.py report || { echo "schema $d"; exit 1; }
done
echo ok
