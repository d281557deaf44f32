# Control characters in a feed (an escape sequence that would recolour or
# retitle the reader's terminal, a bell) never reach the output or the
# messages raw: in ids they become U+FFFD, in source, URL and author they
# are dropped, in titles and text they are repaired away, and a report's
# list of repairs shows what was removed as \uXXXX. JSON output escapes
# them anyway; the text, Markdown and HTML reports and stderr are checked
# for raw control bytes (other than newline and tab).
t=$(mktemp -d)
python3 - "$t/feed.jsonl" <<'PY'
import json, sys
esc, bel = "\x1b", "\x07"
rows = [
    {"id": f"wire{esc}]0;owned{bel}-1", "source": f"Harbour{esc}[31m Gazette", "url": f"https://gazette.example/a{esc}[2J",
     "author": f"Ines{bel} Varga", "title": f"Crane{esc}[5m collapses at Dockton", "date": "2024-03-05",
     "text": f"DOCKTON — A crane{bel} collapsed at the container terminal on Tuesday, the port authority said.{esc}[0m No one was hurt."},
    {"id": f"wire{esc}]0;owned{bel}-1", "text": "A second record with the same id."},
    {"id": "wire-2", "source": f"{bel}", "title": "Dockton crane collapse", "date": "2024-03-05",
     "text": "DOCKTON — A crane collapsed at the container terminal on Tuesday, port officials said. Nobody was injured."},
]
with open(sys.argv[1], "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
PY
"$PARALLAX" extract "$t/feed.jsonl" 2>"$t/err" | python3 -c '
import json, sys
for l in sys.stdin:
    a = json.loads(l)
    print(json.dumps({k: a[k] for k in ("id", "source", "url", "title")}, ensure_ascii=True))'
echo "extract: stderr: $(sed "s|$t/||" "$t/err")"
for f in text markdown html; do
	"$PARALLAX" report -f $f "$t/feed.jsonl" >"$t/out" 2>"$t/err"
	echo "report -f $f: exit $?, raw control bytes in output: $(tr -d '\n\t' <"$t/out" | LC_ALL=C tr -dc '\000-\037\177' | wc -c), in stderr: $(tr -d '\n' <"$t/err" | LC_ALL=C tr -dc '\000-\037\177' | wc -c)"
done
"$PARALLAX" report "$t/feed.jsonl" 2>/dev/null | grep -F 'control' | head -3
rm -rf "$t"
