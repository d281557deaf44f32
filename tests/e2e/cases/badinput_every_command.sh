# Every command that reads articles meets the same bad inputs beside two
# good ones: empty, binary junk under each name, a .gz and a .zst that are
# not compressed, truncated compressed data, a JSON Lines file whose first
# line is broken (the lines after it are still read, each problem with its
# line), a page without text, a WARC record cut short, a directory holding
# junk and a missing file. Each problem is one `parallax: FILE[:LINE]:
# reason` line, identical for every command; the good inputs are processed
# and the exit status is 1. The first command's messages are shown.
. "$(pwd)/data/text/common.sh"
in=$work/in
mkdir -p "$in/dir"
cp "$EX/art-courier.txt" "$in/a-good.txt"
cp "$EX/art-ledger.txt" "$in/dir/good.txt"
: >"$in/empty.jsonl"
python3 - "$in" <<'PY'
import gzip, random, sys
d = sys.argv[1]
rng = random.Random(7)
junk = bytes(rng.randrange(256) for _ in range(3000))
for name in ("junk.txt", "junk.html", "junk.jsonl", "junk.warc", "junk.txt.gz", "junk.txt.zst", "dir/junk.bin"):
    open(f"{d}/{name}", "wb").write(junk)
body = open(f"{d}/a-good.txt", "rb").read()
open(f"{d}/cut.txt.gz", "wb").write(gzip.compress(body)[:120])
open(f"{d}/lines.jsonl", "w").write(
    '{"id": "l1", "text": "The first line was cut\n'
    '{"id": "l2", "title": "Quay reopens", "text": "VESSBY — The quay reopened on Friday after repairs."}\n'
    '[1, 2]\n'
    '"a string"\n'
    '{"id": "l5", "title": null}\n')
open(f"{d}/nav.html", "w").write('<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>')
open(f"{d}/cut.warc", "wb").write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n")
PY
zstd -q -c "$in/a-good.txt" | head -c 30 >"$in/cut.txt.zst"
cd "$in" || exit 1
first=""
for cmd in extract clean segment claims dedup cluster report; do
	"$PARALLAX" $cmd a-good.txt cut.txt.gz cut.txt.zst cut.warc dir empty.jsonl \
		junk.html junk.jsonl junk.txt junk.txt.gz junk.txt.zst junk.warc \
		lines.jsonl missing.txt nav.html >"$work/out" 2>"$work/err"
	rc=$?
	grep -v '^parallax: report: ' "$work/err" >"$work/problems"
	bad=$(grep -cv '^parallax: [^ :][^:]*\(:[0-9][0-9]*\)\?: ' "$work/problems")
	echo "$cmd: exit $rc, output $( [ -s "$work/out" ] && echo yes || echo NONE), $(wc -l <"$work/problems") problems, $bad not in the FILE[:LINE]: form"
	if [ -z "$first" ]; then
		first=$cmd
		cp "$work/problems" "$work/first"
		sed 's/^/stderr: /' "$work/first"
	elif ! cmp -s "$work/problems" "$work/first"; then
		echo "$cmd: problems differ from $first:"
		diff "$work/first" "$work/problems"
	fi
done
# What was read: both good articles and the one good line after the cut.
"$PARALLAX" extract a-good.txt dir lines.jsonl 2>/dev/null |
	python3 -c 'import json,sys; print(" ".join(json.loads(l)["id"] for l in sys.stdin))'
