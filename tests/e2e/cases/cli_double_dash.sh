# `--` ends the options for every command (docs/cli.md): what follows is an
# INPUT (a file named like an option is read as a file), show's STORY, or,
# for the commands that take no operand, an unexpected argument.
EX=../../examples/ferry-strike/art-courier.txt
t=$(mktemp -d)
cp "$EX" "$t/--raw"
"$PARALLAX" ingest --db "$t/db" -- "$EX" 2>/dev/null
run() {
	"$@" > "$t/out" 2> "$t/err"
	rc=$?
	shift
	out="no output"; [ -s "$t/out" ] && out=output
	echo "$*: exit $rc, $out, $(head -1 "$t/err")" | sed "s|$t|T|g"
}
for c in report extract clean segment claims dedup cluster; do
	run "$PARALLAX" $c -- "$t/--raw"
done
run "$PARALLAX" ingest --db "$t/db" -- "$t/--raw"
run "$PARALLAX" stories --db "$t/db" --
run "$PARALLAX" stories --db "$t/db" -- extra
run "$PARALLAX" show --db "$t/db" -f json -- 0
run "$PARALLAX" search --db "$t/db" -- -ferry
run "$PARALLAX" serve --db "$t/db" -- extra
rm -rf "$t"
