#!/bin/sh
# Load test of `parallax serve`: API latency (p50, p99) under concurrent
# clients on loopback with wrk (Debian's wrk, installed by make deps), for
# DURATION seconds, with the count of errors and the server's memory
# sampled every 5 s. Not part of make check.
#
# usage: sh bench/serve-load.sh [BUILD_DIR [DURATION [CONNECTIONS [THREADS]]]]
#        defaults: build 60 32 2 (wrk threads; the server runs 4)
# With PX_LOAD_SPLIT=1, each kind of request is then loaded alone for 10 s
# (p50/p99 per endpoint).
# The store is the first $PX_LOAD_ARTICLES (default 3000) articles of
# ../shared/data/bench-news/bench-news.jsonl (PX_SHARED elsewhere), ingested
# once into BUILD_DIR/serve-load.db and reused. The requests rotate over
# GET /api/stories?limit=50, /api/stories/ID, /api/stories/ID/articles,
# /api/articles/ID and /api/search?q=WORD for ids and words drawn from the
# store. The rate limit is off (--rate 0): the load is one client address.
set -e
build=${1:-build}
dur=${2:-60}
conns=${3:-32}
wthreads=${4:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/$build/parallax
shared=${PX_SHARED:-$root/../shared}
news=$shared/data/bench-news/bench-news.jsonl
n=${PX_LOAD_ARTICLES:-3000}
db=$root/$build/serve-load.db
work=$(mktemp -d)
trap 'kill $spid 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "serve-load: wrk is not installed (make deps)"; exit 1; }
[ -x "$bin" ] || { echo "serve-load: build $bin first (make BUILD=$build all)"; exit 1; }
if [ ! -f "$db" ]; then
	[ -f "$news" ] || { echo "serve-load: $news not found (set PX_SHARED)"; exit 1; }
	head -n "$n" "$news" > "$work/news.jsonl"
	echo "serve-load: ingesting $n articles of bench-news into $db"
	"$bin" ingest --db "$db" "$work/news.jsonl"
fi

"$bin" serve --db "$db" --port 0 --rate 0 --threads 4 --max-connections 1024 \
	--per-ip 1024 2> "$work/serve.err" &
spid=$!
i=0
while ! grep -q '^listening on' "$work/serve.err" 2>/dev/null; do
	sleep 0.1
	i=$((i + 1))
	[ $i -lt 300 ] || { cat "$work/serve.err"; exit 1; }
done
url=$(sed -n 's/^listening on //p' "$work/serve.err")

# The request paths: ids and words from the store itself.
python3 - "$url" > "$work/paths.txt" <<'PY'
import json, sys, urllib.request, urllib.parse, random
url = sys.argv[1]
get = lambda p: json.load(urllib.request.urlopen(url + p))
stories = get("/api/stories?limit=200")["stories"]
rnd = random.Random(1)
paths = ["/api/stories?limit=50"]
for s in rnd.sample(stories, min(60, len(stories))):
    paths.append("/api/stories/%d" % s["id"])
    paths.append("/api/stories/%d/articles" % s["id"])
    paths.append("/api/articles/" + urllib.parse.quote(s["articles"][0], safe=""))
    words = [w for w in s["title"].split() if w.isalpha() and len(w) > 4]
    if words:
        paths.append("/api/search?q=" + urllib.parse.quote(rnd.choice(words)))
rnd.shuffle(paths)
print("\n".join(paths))
PY
cat > "$work/rotate.lua" <<'EOF'
-- Each wrk thread walks the path list from its own starting point.
local paths = {}
local n = 0
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  n = math.random(#paths)
end
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
EOF

rss() { awk '/^VmRSS/ { print $2 }' /proc/$spid/status; }
echo "serve-load: $(wc -l < "$work/paths.txt") paths, $conns connections, $wthreads wrk threads, ${dur}s, $url"
(
	while kill -0 $spid 2>/dev/null; do
		echo "$(date +%s) $(rss)"
		sleep 5
	done
) > "$work/rss.txt" &
mon=$!
wrk -t"$wthreads" -c"$conns" -d"${dur}s" --latency -s "$work/rotate.lua" "$url" -- "$work/paths.txt" \
	| tee "$work/wrk.txt"
kill $mon 2>/dev/null || true
if [ "${PX_LOAD_SPLIT:-0}" = 1 ]; then
	for kind in 'stories?' 'stories/[0-9]*$' '/articles$' 'api/articles/' 'search'; do
		grep -e "$kind" "$work/paths.txt" > "$work/kind.txt" || continue
		wrk -t"$wthreads" -c"$conns" -d10s --latency -s "$work/rotate.lua" "$url" -- "$work/kind.txt" \
			> "$work/kind.out"
		printf '%-16s %s\n' "$kind" "$(awk '/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
			/Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
			END { printf "p50 %s, p99 %s, %s req/s, non-2xx %s", p50, p99, rps, bad + 0 }' "$work/kind.out")"
	done
fi
kill -TERM $spid
wait $spid || true
python3 - "$work/wrk.txt" "$work/rss.txt" <<'PY'
import re, sys
w = open(sys.argv[1]).read()
def lat(p):
    m = re.search(r"^\s*%s%%\s+(\S+)" % p, w, re.M)
    return m.group(1) if m else "?"
req = re.search(r"(\d+) requests in", w)
rps = re.search(r"Requests/sec:\s+(\S+)", w)
non2 = re.search(r"Non-2xx or 3xx responses: (\d+)", w)
sock = re.search(r"Socket errors: (.*)", w)
rss = [int(l.split()[1]) for l in open(sys.argv[2]) if len(l.split()) == 2]
print("summary: %s requests, %s req/s, p50 %s, p99 %s, non-2xx %s, socket errors %s"
      % (req.group(1) if req else "?", rps.group(1) if rps else "?", lat(50), lat(99),
         non2.group(1) if non2 else 0, sock.group(1) if sock else "none"))
if rss:
    warm = rss[min(2, len(rss) - 1)]
    print("server RSS (KiB): start %d, after 10 s %d, end %d, max %d; end/after-10s %.2f"
          % (rss[0], warm, rss[-1], max(rss), rss[-1] / warm))
PY
exit 0
