# The coverage matrix, emphasis, wording and terms of a three-outlet story:
# JSON valid against the shared schema and the report invariants; the
# expected cells (data/perspective/expected.tsv, written by reading the
# stories) all match; every format shows the matrix; HTML escapes.
d=data/perspective
"$PARALLAX" report -f json $d/*.txt >"$TMPDIR/r.json" || { echo "report"; exit 1; }
"$PARALLAX" extract $d/*.txt >"$TMPDIR/x.jsonl" || { echo "extract"; exit 1; }
python3 check_report.py "$TMPDIR/r.json" "$TMPDIR/x.jsonl" || { echo "invariants"; exit 1; }
python3 check_schema.py report <"$TMPDIR/r.json" || { echo "schema"; exit 1; }
python3 ../../tools/eval-perspective --cells $d/expected.tsv --report "$TMPDIR/r.json" --min 1.0 || { echo "cells"; exit 1; }
python3 - "$TMPDIR/r.json" <<'PY' || exit 1
import json, sys
s = json.load(open(sys.argv[1]))["stories"][0]
cov = s["coverage"]
n = len(cov["sources"])
assert n == 3, cov["sources"]
for f in cov["facts"]:
    assert len(f["cells"]) == n and len(f["evidence"]) == n, f
    for c, e in zip(f["cells"], f["evidence"]):
        assert (c == "omitted") == (e is None), f
emph = {e["article"]: e for e in s["emphasis"]}
speakers = {x["name"] for x in emph["post.txt"]["speakers"]}
assert "Idris Vell" in speakers, emph["post.txt"]
assert all(0 <= x["share"] <= 1 for e in s["emphasis"] for x in e["speakers"])
terms = {(t["evidence"]["article"], t["kind"], t["evidence"]["text"].lower()) for t in s["terms"]}
assert ("post.txt", "loaded", "slammed") in terms, terms
assert ("post.txt", "hedge", "reportedly") in terms, terms
assert not any(a == "gazette.txt" and k == "loaded" for a, k, _ in terms), terms
assert any(len(w["variants"]) >= 2 for w in s["wording"]), s["wording"]
PY
"$PARALLAX" report -f markdown $d/*.txt >"$TMPDIR/r.md" || exit 1
grep -q '^### Coverage$' "$TMPDIR/r.md" || { echo "md coverage"; exit 1; }
grep -q '^| fact | S1 | S2 | S3 |$' "$TMPDIR/r.md" || { echo "md header"; exit 1; }
grep -q '^| vehicles .* | × | ✓ | ✓ |$' "$TMPDIR/r.md" || { echo "md row"; exit 1; }
"$PARALLAX" report $d/*.txt | grep -q '^   × ✓ ✓  vehicles' || { echo "text row"; exit 1; }
"$PARALLAX" report -f html $d/*.txt >"$TMPDIR/r.html" || exit 1
grep -q '<table class="coverage">' "$TMPDIR/r.html" || { echo "html table"; exit 1; }
grep -q '<mark class="conflict">×</mark>' "$TMPDIR/r.html" || { echo "html cell"; exit 1; }
echo ok
