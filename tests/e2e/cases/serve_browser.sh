# The web page in headless Chromium (Debian's chromium, installed by make
# deps), driven through the DevTools protocol by browser/browse.py: the story
# list, a real click into the story with the most conflicts, a conflict
# highlighted in place and visible, the jump from a conflict to its evidence,
# search, and markup in article text shown as text. Screenshots go to
# $PX_TEST_OUTPUT/browser (default: test-output/browser beside the binary).
# Skipped, with a message, only when Chromium is not installed.
set -e
t=$(mktemp -d)
out=${PX_TEST_OUTPUT:-$(cd "$(dirname "$PARALLAX")" && pwd)/test-output}/browser
"$PARALLAX" ingest --db "$t/db" ../../examples/ferry-strike data/store/markup-probe.jsonl \
	2>/dev/null
: > "$t/serve.err"
"$PARALLAX" serve --db "$t/db" --port 0 2>"$t/serve.err" &
pid=$!
i=0
while ! grep -q '^listening on' "$t/serve.err"; do
	sleep 0.1
	i=$((i + 1))
	if [ $i -gt 300 ]; then cat "$t/serve.err" >&2; kill $pid; exit 1; fi
done
url=$(sed -n 's/^listening on //p' "$t/serve.err")
rc=0
timeout 120 python3 browser/browse.py "$url/" "$out" > "$t/browse.out" 2>&1 || rc=$?
kill -INT $pid
wait $pid || { echo "serve did not stop cleanly" >&2; rc=1; }
cat "$t/browse.out" >&2
if [ $rc = 77 ]; then
	echo "browser test skipped: chromium is not installed"
	exit 0
fi
[ $rc = 0 ] && echo "browser test passed"
