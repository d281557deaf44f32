# Who said what: direct quotes (curly, straight and doubled apostrophes) and
# reported speech ("X said that ...", "..., officials said", "according to
# X, ...", "A, she said, B", "X, who ..., has also said") with their
# speakers resolved to the article's full names, and the source, cue and
# content spans; dates relative to the article date, an anchor or a week.
# Every line validates against the claims schema; spans are checked
# against the extract record.
$PARALLAX claims --kinds quote,date data/claims/attribution.txt > "$TMPDIR/c.out" || exit 1
$PARALLAX extract data/claims/attribution.txt > "$TMPDIR/x.out" || exit 1
python3 check_schema.py claims < "$TMPDIR/c.out" || exit 1
python3 check_claims.py "$TMPDIR/c.out" "$TMPDIR/x.out" >/dev/null || exit 1
python3 - "$TMPDIR/c.out" "$TMPDIR/x.out" <<'PY'
import json, sys
art = json.loads(open(sys.argv[2], encoding="utf-8").readline())
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    raw = (art[c["field"]] or "").encode("utf-8")
    def part(key):
        s = c.get(key)
        return raw[s[0]:s[1]].decode() if s else "-"
    if c["kind"] == "date":
        print(f'date {c["text"]!r} => {c["value"]} ({c["granularity"]})')
        continue
    form = "reported" if c.get("reported") else "direct"
    print(f'{form} {c["speaker"]!r} [{c["cue"]}] source={part("source_span")!r} '
          f'cue={part("cue_span")!r} content={c["quote"]!r}')
PY
