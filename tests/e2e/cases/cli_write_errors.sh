# Output that cannot be written is an error, not a silent success: every
# command writing to a full device says so once and exits 3 (the output
# was buffered, so this is found when it is flushed at the end); an -o
# FILE that cannot be created is refused before any input is read (exit
# 2).
EX=../../examples/ferry-strike
t=$(mktemp -d)
"$PARALLAX" ingest --db "$t/db" "$EX" 2>/dev/null
for c in "extract $EX" "clean $EX" "segment $EX" "claims $EX" "cluster $EX" "report $EX" \
	 "report -f json $EX" "stories --db $t/db" "search --db $t/db ferry" "show --db $t/db 0" \
	 "--version" "clean --help"; do
	"$PARALLAX" $c >/dev/full 2>"$t/err"
	echo "$c: exit $? $(sed "s|$t|T|g" "$t/err" | tr '\n' ' ')" | sed "s|$EX|EX|g; s|$t|T|g"
done
for o in "$t/no/such/dir/r.html" "$t" ; do
	"$PARALLAX" report -f html -o "$o" "$EX" 2>"$t/err"
	echo "report -o: exit $? $(sed "s|$t|T|g" "$t/err")"
	"$PARALLAX" show --db "$t/db" -o "$o" 0 2>"$t/err"
	echo "show -o: exit $? $(sed "s|$t|T|g" "$t/err")"
done
rm -rf "$t"
