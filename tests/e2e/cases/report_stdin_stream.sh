# report reads standard input as a stream: an endless one (/dev/zero) is
# one article over the limit, reported, and the command ends (it used to
# buffer all of stdin first, growing without bound); input on stdin gets
# the SHA-256 of its bytes in the JSON header, as a file does.
EX=../../examples/ferry-strike
timeout 120 "$PARALLAX" report - </dev/zero >/dev/null 2>"$TMPDIR/err"
echo "endless stdin: exit $?"
cat "$TMPDIR/err"
"$PARALLAX" extract "$EX" >"$TMPDIR/feed.jsonl"
"$PARALLAX" report -f json - <"$TMPDIR/feed.jsonl" | python3 -c '
import hashlib, json, sys
doc = json.load(sys.stdin)
want = hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest()
got = doc["inputs"][0]
print("stdin:", got["path"], "hash", "matches" if got["sha256"] == want else "DIFFERS",
      len(doc["articles"]), "articles")' "$TMPDIR/feed.jsonl"
