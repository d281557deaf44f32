# Two fictional outlets on one story: every claim validates against the
# claims schema, its text is exactly its field's bytes start..end, and the
# kinds the comparison stage needs are all there.
$PARALLAX claims data/claims/story > "$TMPDIR/claims.out" || exit 1
$PARALLAX extract data/claims/story > "$TMPDIR/extract.out" || exit 1
python3 check_schema.py claims < "$TMPDIR/claims.out" || exit 1
python3 check_claims.py "$TMPDIR/claims.out" "$TMPDIR/extract.out" || exit 1
python3 - "$TMPDIR/claims.out" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    k = c["kind"]
    if k == "quantity":
        v = f'{c["approx"]}{c["value"]:g} {c["unit"]} {c["counts"]}/{c["class"]}'
    elif k == "date":
        v = f'{c["value"]} ({c["granularity"]})'
    elif k == "quote":
        v = f'{c["speaker"]} [{c["cue"]}]'
    else:
        v = f'{c["type"]} -> {c["canonical"]}' + (f' ({c["role"]})' if c.get("role") else "")
    print(f'{c["article"]} {c["field"]} {k}: {c["text"]} => {v}')
PY
