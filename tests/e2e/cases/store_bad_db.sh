# A --db that is not a store: binary junk, a text file, a truncated store,
# a directory, a path in a missing directory. Each is one stderr line that
# names the file and says what it is (`parallax: FILE: reason`, as for any
# other file), exit 3, for every store command.
t=$(mktemp -d)
run() { "$@" > "$t/out" 2> "$t/err"; rc=$?; echo "$2 rc=$rc $(wc -l < "$t/err") line: $(sed "s|$t|T|g" "$t/err")"; }
head -c 8192 /dev/urandom > "$t/junk.db"
printf 'title: not a store\n\nJust some text.\n' > "$t/text.db"
mkdir "$t/dir.db"
"$PARALLAX" ingest --db "$t/good.db" data/store/day1 2>/dev/null
head -c 1000 "$t/good.db" > "$t/cut.db"
for db in junk.db text.db cut.db dir.db; do
	run "$PARALLAX" stories --db "$t/$db"
	run "$PARALLAX" ingest --db "$t/$db" data/store/day1
	run "$PARALLAX" search --db "$t/$db" harbour
	run "$PARALLAX" show --db "$t/$db" 0
done
run "$PARALLAX" ingest --db "$t/no/such/dir/x.db" data/store/day1
rm -rf "$t"
