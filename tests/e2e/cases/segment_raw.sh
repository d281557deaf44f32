# segment --raw --json: no title or debris detection, offsets are byte
# offsets into the input (here nothing needs repair), so every sentence is
# the input's own bytes start..end; "Advertisement" stays a sentence.
. "$(pwd)/data/text/common.sh"
run segment --raw --json "$TXT/body.txt"
python3 - "$work/out" "$TXT/body.txt" <<'PY'
import json, sys
src = open(sys.argv[2], "rb").read()
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ok = all(r["field"] == "text" and src[r["start"]:r["end"]].decode("utf-8") == r["text"] for r in rows)
print(len(rows), "sentences", "offsets ok" if ok else "OFFSETS WRONG")
print([r["text"] for r in rows if r["text"] == "Advertisement"])
PY
run segment --raw "$TXT/wrapped.txt"
head -n 1 "$work/out"
show_err
exit $rc
