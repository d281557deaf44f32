# A rejected input is reported, listed in the header as rejected, noted, and
# the rest is processed: exit 1. No input at all is a usage error.
printf '\0\1\2binary' >"$TMPDIR/junk.html"
"$PARALLAX" report -f json ../../examples/ferry-strike/art-courier.txt "$TMPDIR/junk.html" >"$TMPDIR/r.json" 2>"$TMPDIR/err"
rc=$?
[ $rc = 1 ] || { echo "exit $rc"; exit 1; }
grep -q "^parallax: $TMPDIR/junk.html: " "$TMPDIR/err" || { echo "message"; exit 1; }
python3 - "$TMPDIR/r.json" "$TMPDIR/junk.html" <<'PY' || exit 1
import json, sys
r = json.load(open(sys.argv[1]))
rej = [i for i in r["inputs"] if i.get("rejected")]
assert [i["path"] for i in rej] == [sys.argv[2]], r["inputs"]
assert r["notes"], "a note for the reader"
PY
"$PARALLAX" report 2>/dev/null
[ $? = 2 ] || { echo "no input should be a usage error"; exit 1; }
"$PARALLAX" report "$TMPDIR/junk.html" >/dev/null 2>&1
[ $? = 3 ] || { echo "nothing processed should exit 3"; exit 1; }
echo ok
