# NUL bytes past the first 4 KiB do not make a file binary: they are
# dropped as stray control characters and the text is kept. NUL bytes in
# the first 4 KiB do (see badinput_binary).
. "$(pwd)/data/text/common.sh"
python3 - "$work/late.txt" "$work/early.txt" <<'PY'
import sys
para = b"Crews walked out on Tuesday and the ferries stayed in port all day.\n\n"
late = para * 80 + b"The union said talks would\x00 resume on Wednesday.\n"
open(sys.argv[1], "wb").write(late)
open(sys.argv[2], "wb").write(b"Crews walked\x00 out.\n" + para * 10)
PY
run clean "$work/late.txt"
echo "late NUL: exit $rc"
tail -n 1 "$work/out"
tr -d -c '\000' <"$work/out" | wc -c
run clean "$work/early.txt" "$work/late.txt"
echo "early NUL: exit $rc"
show_err
