# A long option's value may be given as `--name value` or `--name=value`
# (only --db and --format took the second form before); both give the same
# output. After `--` an argument with '=' is an input like any other.
EX=../../examples/ferry-strike
t=$(mktemp -d)
same() {
	"$PARALLAX" "$@" >"$t/a" 2>&1; ra=$?
	set -- $(echo "$@" | sed 's/\(--[a-z-]*\) \([^-][^ ]*\)/\1=\2/g')
	"$PARALLAX" "$@" >"$t/b" 2>&1; rb=$?
	if [ $ra = $rb ] && cmp -s "$t/a" "$t/b"; then echo "same: $*"; else echo "DIFFERENT: $*"; fi | sed "s|$t|T|g"
}
same dedup --threshold 0.3 --containment 0.5 "$EX"
same cluster --window 3 --threshold 0.2 "$EX"
same claims --kinds quote,date "$EX"
same extract --format text --threads 2 --max-record 1M "$EX"
same report --format json --threads 1 --sources ../../examples/sources.csv "$EX"
same report --output "$t/r.txt" "$EX"
"$PARALLAX" clean -- --x=y 2>&1 | sed "s|$t|T|"
rm -rf "$t"
