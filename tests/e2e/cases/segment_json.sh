# segment --json: every line matches ../shared/schema/segment.schema.json
# (when present), sentences count from 0 per field, and each "text" is
# exactly the bytes start..end of that field of the article's extract
# record.
. "$(pwd)/data/text/common.sh"
"$PARALLAX" segment --json "$EX" "$TXT/wrapped.txt" >"$work/seg" 2>"$work/err" || echo "segment failed"
"$PARALLAX" extract "$EX" "$TXT/wrapped.txt" >"$work/ext" 2>>"$work/err" || echo "extract failed"
python3 check_schema.py segment <"$work/seg" || echo "SCHEMA CHECK FAILED"
python3 - "$work/seg" "$work/ext" <<'PY'
import json, sys
arts = {}
for line in open(sys.argv[2], encoding="utf-8"):
    a = json.loads(line)
    arts[a["id"]] = a
bad, n, last = 0, 0, {}
for line in open(sys.argv[1], encoding="utf-8"):
    s = json.loads(line)
    n += 1
    field = (arts[s["article"]][s["field"]] or "").encode("utf-8")
    if not 0 <= s["start"] < s["end"] <= len(field):
        bad += 1
    elif field[s["start"]:s["end"]].decode("utf-8") != s["text"]:
        bad += 1
    key = (s["article"], s["field"])
    if s["sentence"] != last.get(key, -1) + 1:
        bad += 1
    last[key] = s["sentence"]
print("articles", len(arts), "fields", len(last), "bad", bad, "ok" if n > 20 else "too few")
PY
show_err
