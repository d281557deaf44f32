# A source table (examples/sources.csv) maps the bundled example's outlets
# to owners and wires: the Northern Ledger takes Nordwire's copy and shares
# an owner with Coastline Weekly, so they count as one origin where they
# agree. Claims carry the origin of their sentence, in `claims` and on the
# report's evidence; both stay valid against the shared schemas, and every
# origin's cue text is the bytes it points at.
ex=../../examples
"$PARALLAX" report -f json --sources $ex/sources.csv $ex/ferry-strike >"$TMPDIR/r.json" || { echo "report"; exit 1; }
"$PARALLAX" report -f json $ex/ferry-strike >"$TMPDIR/r0.json" || { echo "report without table"; exit 1; }
"$PARALLAX" extract $ex/ferry-strike >"$TMPDIR/x.jsonl" || { echo "extract"; exit 1; }
python3 check_report.py "$TMPDIR/r.json" "$TMPDIR/x.jsonl" || { echo "invariants"; exit 1; }
python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$TMPDIR/r.json" \
	| python3 check_schema.py report || { echo "schema"; exit 1; }
"$PARALLAX" claims --sources $ex/sources.csv $ex/ferry-strike $ex/../tests/e2e/data/provenance >"$TMPDIR/c.jsonl" || { echo "claims"; exit 1; }
python3 check_schema.py claims <"$TMPDIR/c.jsonl" || { echo "claims schema"; exit 1; }
"$PARALLAX" extract $ex/ferry-strike data/provenance >>"$TMPDIR/x.jsonl"
python3 - "$TMPDIR/r.json" "$TMPDIR/r0.json" "$TMPDIR/c.jsonl" "$TMPDIR/x.jsonl" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
r0 = json.load(open(sys.argv[2]))
ex = {}
for l in open(sys.argv[4]):
    d = json.loads(l)
    ex[d["id"]] = d
def check_origin(o, where):
    assert o["kind"] in ("own", "outlet", "person", "organisation", "document", "anonymous"), where
    if o["kind"] == "own":
        assert o["cue"] is None and o["evidence"] is None, where
        return
    e = o["evidence"]
    field = ex[where][e["field"]].encode()
    assert field[e["start"]:e["end"]].decode() == e["text"], (where, e)
s, s0 = r["stories"][0], r0["stories"][0]
for p in s["provenance"]:
    o = p.get("outlet")
    print(p["article"], o and (o["name"], o["owner"], o["wires"], o["group"]))
for a, a0 in zip(sorted(s["agreements"], key=lambda a: a["about"]), sorted(s0["agreements"], key=lambda a: a["about"])):
    print("agreement", a["about"].split(" ")[0], "independent", a0["independent"], "->", a["independent"], a.get("dependent", []))
for c in s["conflicts"]:
    print("conflict", c["kind"], "independent", c["independent"], "relay", c["relay"], c.get("dependent", []))
n = 0
for item in s["agreements"] + s["unique"]:
    for e in item["evidence"]:
        check_origin(e["origin"], e["article"])
        n += 1
print("evidence with origins:", n > 0)
kinds = {}
for l in open(sys.argv[3]):
    c = json.loads(l)
    check_origin(c["origin"], c["article"])
    kinds[c["origin"]["kind"]] = kinds.get(c["origin"]["kind"], 0) + 1
print("claims origin kinds:", sorted(kinds))
named = {json.loads(l)["origin"]["name"] for l in open(sys.argv[3]) if json.loads(l)["article"] == "art-ledger.txt"}
print("ledger own reporting named:", sorted(n for n in named if n))
PY
"$PARALLAX" report --sources $ex/sources.csv $ex/ferry-strike | grep -A3 'fewer origins than outlets'
