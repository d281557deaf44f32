# kill -9 in the middle of a large ingest (1200 generated articles, batches of
# 50: about 2 s, so that a poll of about 0.3 s sees the second batch well
# before the end even as the ingest gets faster): every committed batch is kept, nothing half-written is visible
# (PRAGMA integrity_check, every article in a story that lists it, whole
# batches only), and the next run adds exactly what was lost.
set -e
t=$(mktemp -d)
db=$t/db
arts=1200
batch=50
python3 store_check.py gen-feed "$t/feed.jsonl" $arts 11
# On a loaded machine the poll can see the second batch late and the
# ingest end (or commit its last batch) before the kill: that attempt
# proves nothing, so it is tried again on a new store, up to three times.
attempt=0
while :; do
	attempt=$((attempt + 1))
	rm -rf "$db" "$db"-*
	"$PARALLAX" ingest --db "$db" --batch $batch "$t/feed.jsonl" 2>"$t/err1" &
	pid=$!
	i=0
	while [ "$(python3 store_check.py batches "$db")" -lt 2 ]; do
		sleep 0.05
		i=$((i + 1))
		if [ $i -gt 1200 ]; then kill -9 $pid; echo "no batch was committed"; exit 1; fi
	done
	# A random point within the next batch or so (a batch of 50 takes about
	# 0.1 s; the whole ingest about 2 s, so a longer wait often found it done).
	sleep 0.0$(( $(od -An -N1 -tu1 /dev/urandom) % 10 ))
	seen=$(python3 store_check.py batches "$db")
	killed=0
	kill -9 $pid 2>/dev/null && killed=1
	wait $pid 2>/dev/null || true
	# killed while it was exiting, its last batch committed, is no kill
	# mid-ingest either
	if [ $killed = 1 ] && [ "$(python3 store_check.py batches "$db")" -lt $((arts / batch)) ]; then
		break
	fi
	if [ $attempt -ge 3 ]; then
		echo "the ingest ended before the kill"
		exit 1
	fi
done
after=$(python3 store_check.py batches "$db")
[ "$after" -ge "$seen" ] && echo "committed batches kept"
python3 store_check.py consistent "$db" $batch > "$t/c1" || { cat "$t/c1"; exit 1; }
n=$(sed -n 's/^articles //p' "$t/c1")
[ "$n" -gt 0 ] && [ "$n" -lt $arts ] && echo "store consistent after kill -9 mid-ingest"
"$PARALLAX" stories --db "$db" > /dev/null && echo "store readable"
"$PARALLAX" ingest --db "$db" --batch $batch "$t/feed.jsonl" 2>"$t/err2"
[ "$(tail -1 "$t/err2")" = "added $((arts - n)), updated 0, skipped $n, rejected 0" ] && echo "next run adds what was lost"
python3 store_check.py consistent "$db" $batch
