#!/bin/sh
# The whole `parallax report` pipeline over bench-news.jsonl (25,394 real
# articles, 55 MB): wall time, MB/s, articles/s, CPU time and peak RSS,
# with 1 and 2 threads (the machine has 2 cores). Run by `make bench`, or
# alone:
#   sh bench/pipeline.sh build/parallax [N]   (N: only the first N articles)
bin=${1:-build/parallax}
n=${2:-0}
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
	/usr/bin/time -o "$tf" -f "%e %M %U %S" "$bin" report -f json --threads $t -o /dev/null "$input" 2>/dev/null
	out=$(tail -1 "$tf")
	rm -f "$tf"
	# wall time, peak RSS, CPU time (user + sys: wall time is noisy on a
	# shared machine)
	set -- $out
	python3 -c "import sys; s=float(sys.argv[1]); c=float(sys.argv[6])+float(sys.argv[7]); print(f'pipeline report ({sys.argv[5]} thread(s)): {int(sys.argv[3])/s:.0f} articles/s, {int(sys.argv[2])/s/1e6:.2f} MB/s, {s:.1f} s wall, {c:.1f} s CPU, peak RSS {int(sys.argv[4])/1024:.0f} MiB')" \
		"$1" "$bytes" "$arts" "$2" "$t" "$3" "$4"
done
[ "$input" != "$news" ] && rm -f "$input"
