#!/bin/sh
# The whole `parallax report` pipeline over bench-news.jsonl (25,394 real
# articles, 55 MB): wall time, MB/s, articles/s, CPU time and peak RSS,
# with 1 and 2 threads (the machine has 2 cores). Run by `make bench`, or
# alone:
#   sh bench/pipeline.sh build/parallax [N [R]]
# N: only the first N articles (0: all); R: runs per thread count (default
# 1); with R > 1 each line gives the best and the median run by CPU time.
bin=${1:-build/parallax}
n=${2:-0}
runs=${3:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${PX_SHARED:-$root/../shared}
news="$shared/data/bench-news/bench-news.jsonl"
[ -f "$news" ] || { echo "pipeline: skipped: $news not found"; exit 0; }
input=$news
if [ "$n" -gt 0 ]; then
	input=$(mktemp --suffix=.jsonl)
	head -n "$n" "$news" >"$input"
fi
bytes=$(wc -c <"$input")
arts=$(wc -l <"$input")
for t in 1 2; do
	tf=$(mktemp)
	r=0
	while [ "$r" -lt "$runs" ]; do
		/usr/bin/time -a -o "$tf" -f "%e %M %U %S" "$bin" report -f json --threads $t -o /dev/null "$input" 2>/dev/null
		r=$((r + 1))
	done
	# wall time, peak RSS, CPU time (user + sys: wall time is noisy on a
	# shared machine)
	python3 - "$tf" "$bytes" "$arts" "$t" <<'PY'
import sys
rows = []
for line in open(sys.argv[1]):
    f = line.split()
    if len(f) == 4 and not line.startswith("Command"):
        rows.append((float(f[2]) + float(f[3]), float(f[0]), int(f[1])))
rows.sort()
size, arts, t = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
def show(label, r):
    c, s, m = r
    return (f"{label}{arts / s:.0f} articles/s, {size / s / 1e6:.2f} MB/s, {s:.1f} s wall, "
            f"{c:.1f} s CPU ({size / c / 1e6:.2f} MB/s of CPU), peak RSS {m / 1024:.0f} MiB")
line = f"pipeline report ({t} thread(s)): " + show("", rows[0])
if len(rows) > 1:
    line += "; median of %d runs: " % len(rows) + show("", rows[len(rows) // 2])
print(line)
PY
	rm -f "$tf"
done
[ "$input" != "$news" ] && rm -f "$input"
exit 0
