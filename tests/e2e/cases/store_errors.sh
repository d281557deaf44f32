# Exit statuses and messages of the store commands: usage errors (2), a
# rejected input beside good ones (1, counted in the summary), nothing
# processed (3), a missing store, a file that is not a store, a store from a
# newer parallax, an unknown story. A problem with the store is reported
# as any file's, `parallax: FILE: reason`; a usage error names the command
# and points to its --help. Every stderr line is shown, joined by ' | '.
t=$(mktemp -d)
db=$t/db
run() { "$@" > "$t/out" 2> "$t/err"; rc=$?; echo "rc=$rc $(sed "s|$t|T|g" "$t/err" | paste -sd'|' | sed 's/|/ | /g')"; }
run "$PARALLAX" ingest data/store/day1
printf 'GIF89a\000\001\002 binary' > "$t/noise.txt"
run "$PARALLAX" ingest --db "$db" data/store/day1 "$t/noise.txt"
run "$PARALLAX" ingest --db "$db" "$t/missing.txt"
run "$PARALLAX" stories --db "$t/missing.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()" "$t/other.db"
run "$PARALLAX" stories --db "$t/other.db"
run "$PARALLAX" ingest --db "$t/other.db" data/store/day1
cp "$db" "$t/future.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma user_version=99'); c.commit()" "$t/future.db"
run "$PARALLAX" stories --db "$t/future.db"
run "$PARALLAX" ingest --db "$t/future.db" data/store/day1
run "$PARALLAX" show --db "$db" 42
run "$PARALLAX" show --db "$db" first
run "$PARALLAX" search --db "$db" '"" ***'
run "$PARALLAX" search --db "$db" zzyzzx
run "$PARALLAX" search --db "$db" --json zzyzzx
run "$PARALLAX" stories --db "$db" --since someday
run "$PARALLAX" serve --db "$db" --listen localhost
run "$PARALLAX" serve --db "$t/missing.db" --port 0
