#!/bin/sh
# Peak memory and CPU time of one huge plain-text article: the report
# against the reader alone (extract), on a generated live-coverage page of
# wire-style sentences (bench/big_article.py, fixed seed).
#   sh bench/memory.sh build/parallax [MB]   (MB: size of the article, default 200)
bin=${1:-build/parallax}
mb=${2:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$root/bench/big_article.py" "$mb" >"$dir/live.txt" || exit 1
bytes=$(wc -c <"$dir/live.txt")
for cmd in extract report; do
	if [ $cmd = report ]; then
		set -- "$bin" report -f json -o /dev/null "$dir/live.txt"
	else
		set -- "$bin" extract "$dir/live.txt"
	fi
	/usr/bin/time -o "$dir/t" -f "%e %M %U %S" "$@" >/dev/null 2>&1
	python3 -c "import sys; w,m,u,s=map(float,open(sys.argv[1]).read().split()[-4:]); b=int(sys.argv[3]); print(f'memory {sys.argv[2]}: one article of {b/1e6:.0f} MB: peak RSS {m/1024:.0f} MiB ({m*1024/b:.1f}x its size), {u+s:.1f} s CPU, {w:.1f} s wall')" \
		"$dir/t" "$cmd" "$bytes"
done
