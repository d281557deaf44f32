# The header names the program version, a config hash and every input with
# the SHA-256 sha256sum prints; standard input is hashed too.
cp ../../examples/ferry-strike/art-courier.txt ../../examples/ferry-strike/art-ledger.txt "$TMPDIR/"
"$PARALLAX" report -f json "$TMPDIR/art-courier.txt" - <"$TMPDIR/art-ledger.txt" >"$TMPDIR/r.json" || exit 1
python3 - "$TMPDIR/r.json" "$TMPDIR" <<'PY' || exit 1
import hashlib, json, sys
r = json.load(open(sys.argv[1]))
assert r["parallax"] == 1 and r["version"] == "0.1.0", r["version"]
assert len(r["config_hash"]) >= 16 and int(r["config_hash"], 16) >= 0
got = {i["path"]: i["sha256"] for i in r["inputs"]}
want_c = hashlib.sha256(open(sys.argv[2] + "/art-courier.txt", "rb").read()).hexdigest()
want_l = hashlib.sha256(open(sys.argv[2] + "/art-ledger.txt", "rb").read()).hexdigest()
assert got[sys.argv[2] + "/art-courier.txt"] == want_c, got
assert got["-"] == want_l, got
assert {a["id"] for a in r["articles"]} == {"art-courier.txt", "stdin"}
PY
echo ok
