# Four outlets relay one fictional newspaper's report (one of them with the
# wrong figure, 400 for 500): the conflict is a relay discrepancy with one
# origin, agreements count one independent origin, and the provenance lists
# who cites whom. The JSON stays valid against the shared schema.
d=data/provenance
"$PARALLAX" report -f json $d/*.txt >"$TMPDIR/r.json" || { echo "report"; exit 1; }
"$PARALLAX" extract $d/*.txt >"$TMPDIR/x.jsonl" || { echo "extract"; exit 1; }
python3 check_report.py "$TMPDIR/r.json" "$TMPDIR/x.jsonl" || { echo "invariants"; exit 1; }
python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$TMPDIR/r.json" \
	| python3 check_schema.py report || { echo "schema"; exit 1; }
python3 - "$TMPDIR/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["stories"][0]
for c in s["conflicts"]:
    print("conflict", c["about"].split(" ")[0], "relay", c["relay"], c.get("relay_origin"), "independent", c["independent"])
for a in sorted(s["agreements"], key=lambda a: a["about"]):
    print("agreement", a["about"].split(" ")[0], a["origins"], a["independent"])
for p in s["provenance"]:
    print(p["article"], [(o["name"], o["kind"]) for o in p["origins"]])
PY
"$PARALLAX" report $d/*.txt | grep -A1 'Relay discrepancies'
"$PARALLAX" report -f md $d/*.txt | grep -c '^### Provenance'
"$PARALLAX" report -f html $d/*.txt | grep -o '<h3>Provenance</h3>' | head -1
# Control: the bundled example's outlets report on their own; its conflict
# is between independent origins, not a relay.
"$PARALLAX" report -f json ../../examples/ferry-strike >"$TMPDIR/f.json" || { echo "example"; exit 1; }
python3 - "$TMPDIR/f.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["stories"][0]
for c in s["conflicts"]:
    print("example conflict relay", c["relay"], "independent", c["independent"])
PY
