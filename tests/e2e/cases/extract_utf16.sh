# UTF-16 text files, with and without a byte order mark, little- and
# big-endian, are decoded (the unmarked ones used to be rejected as binary
# data); the decoding is listed among the repairs; a binary file with many
# zero bytes is still binary.
t=$(mktemp -d)
python3 - "$t" <<'PY'
import sys
d = sys.argv[1]
art = ("Ferry talks resume in Vessby\n\nVESSBY — Talks between Halden Ferries and the crew's union "
       "resumed on Thursday, both sides said. The union wants a 7% raise; the company offers 3.5%.\n")
open(f"{d}/le.txt", "wb").write(art.encode("utf-16-le"))
open(f"{d}/be.txt", "wb").write(art.encode("utf-16-be"))
open(f"{d}/bom.txt", "wb").write(art.encode("utf-16"))
ru = "Переговоры возобновились\n\nВЕССБИ — Переговоры между паромной компанией и профсоюзом возобновились в четверг, сообщили обе стороны.\n"
open(f"{d}/ru.txt", "wb").write(ru.encode("utf-16-le"))
open(f"{d}/zeros.bin", "wb").write(bytes([0, 0, 1, 0, 7, 0, 0, 0]) * 200)
PY
cd "$t" || exit 1
"$PARALLAX" extract be.txt bom.txt le.txt ru.txt zeros.bin 2>"$t/err" | python3 -c '
import json, sys
for l in sys.stdin:
    a = json.loads(l)
    enc = [r["before"] for r in a["repairs"] if r["kind"] == "encoding"]
    print(a["id"], "|", a["title"], "|", a["text"][:40], "|", enc)'
echo "exit $?"
cat "$t/err"
rm -rf "$t"
