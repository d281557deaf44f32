# A 50 MB single line (made here, not committed) is read, cleaned and
# segmented in seconds, not minutes; no headline is taken from it.
. "$(pwd)/data/text/common.sh"
python3 - "$work/big.txt" <<'PY'
import sys
s = b"The ferry strike entered its second day as talks stalled in Port Halden. "
n = 50 * 1000 * 1000
open(sys.argv[1], "wb").write((s * (n // len(s) + 1))[:n] + b"\n")
PY
start=$(date +%s)
timeout 120 "$PARALLAX" clean "$work/big.txt" >"$work/out" 2>"$work/err"
echo "clean: exit $?, $(wc -c <"$work/out") bytes, $(wc -l <"$work/out") lines"
timeout 120 "$PARALLAX" segment "$work/big.txt" >"$work/out" 2>>"$work/err"
echo "segment: exit $?, $(wc -l <"$work/out") sentences"
head -n 1 "$work/out"
end=$(date +%s)
[ $((end - start)) -lt 60 ] && echo "in seconds" || echo "TOO SLOW: $((end - start)) s"
rm -f "$work/big.txt"
show_err
