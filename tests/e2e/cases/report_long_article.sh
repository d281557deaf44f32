# One 12 MB article (a live-coverage page of wire sentences, from
# bench/big_article.py): the report reads the first
# 1 MiB of the long body, cut at a paragraph break, says so in its notes,
# cites no evidence past the cut, and stays within time and memory (the
# whole body segmented would need ~10x its size and the comparison grows
# faster than linearly with its sentences).
python3 ../../bench/big_article.py 12 >"$TMPDIR/live.txt" || { echo "generate"; exit 1; }
/usr/bin/time -f "%M" -o "$TMPDIR/rss" "$PARALLAX" report -f json -o "$TMPDIR/r.json" "$TMPDIR/live.txt" \
	|| { echo "report"; exit 1; }
/usr/bin/time -f "%M" -o "$TMPDIR/rss_x" "$PARALLAX" extract "$TMPDIR/live.txt" >"$TMPDIR/x.jsonl" \
	|| { echo "extract"; exit 1; }
python3 - "$TMPDIR/r.json" "$TMPDIR/x.jsonl" "$TMPDIR/rss" "$TMPDIR/rss_x" <<'PY'
import json, re, sys
r = json.load(open(sys.argv[1]))
x = json.loads(open(sys.argv[2]).readline())
rss_kb = int(open(sys.argv[3]).read().split()[-1])
rss_extract_kb = int(open(sys.argv[4]).read().split()[-1])
text = x["text"].encode()
notes = [n for n in r["notes"] if n.startswith("live.txt:")]
assert len(notes) == 1, r["notes"]
m = re.match(r"live\.txt: (\d+) bytes of text: .* first (\d+) bytes$", notes[0])
assert m, notes[0]
total, cut = int(m.group(1)), int(m.group(2))
assert total == len(text), (total, len(text))
assert 900000 < cut <= 1 << 20, cut
assert text[cut - 2:cut] == b"\n\n", text[cut - 8:cut + 8]
n_ev = 0
def walk(o):
    global n_ev
    if isinstance(o, dict):
        if o.get("article") == "live.txt" and "end" in o and o.get("field") == "text":
            assert o["end"] <= cut, o
            n_ev += 1
        for v in o.values():
            walk(v)
    elif isinstance(o, list):
        for v in o:
            walk(v)
walk(r["stories"])
assert n_ev > 0, "no evidence from the long article"
# The 12 MB input is held by the reader (about 4x, what extract needs);
# what the report adds for the part it reads is bounded: the whole body
# segmented alone would add about 10x its size. Relative to extract, so
# that it holds under the sanitizers too.
# the whole long body segmented would take about ten times its size (a ratio near 4); the
# heaps' top pad and the threads' huge pages (docs/report.md) cost a fixed few MB more
assert rss_kb < 2.25 * rss_extract_kb, (rss_kb, rss_extract_kb)
print("long article: cut at a paragraph break, evidence before it, memory bounded")
PY
