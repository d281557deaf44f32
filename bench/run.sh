#!/bin/sh
# `make bench`: runs every benchmark in build/bench/ over ../shared/data
# (set PX_SHARED elsewhere), single-threaded unless a benchmark says so,
# then the simple floors of reading the bytes (cat, wc -w).
build=$1
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${PX_SHARED:-$root/../shared}
news="$shared/data/bench-news/bench-news.jsonl"
if [ ! -f "$news" ]; then
	echo "bench: skipped: $news not found (set PX_SHARED)"
	exit 0
fi
for b in "$build"/bench/bench_*; do
	[ -x "$b" ] || continue
	PX_SHARED="$shared" "$b"
done
sh "$root/bench/pipeline.sh" "$build/parallax"
sh "$root/bench/memory.sh" "$build/parallax"
python3 - "$news" <<'PY'
import subprocess, sys, time, os
f = sys.argv[1]
size = os.path.getsize(f)
for name, cmd in (("cat", ["cat", f]), ("wc -w", ["wc", "-w", f])):
    best = 1e9
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - t)
    print(f"floor {name}: {size / best / 1e6:.1f} MB/s")
PY
