# `-o -` is standard output (docs/cli.md), for report and show: the output
# is the same as without -o, and no file named '-' is created.
EX=../../examples/ferry-strike
t=$(mktemp -d)
"$PARALLAX" ingest --db "$t/db" "$EX" 2>/dev/null
cd "$t" || exit 1
for c in "report -f json $OLDPWD/$EX" "report -f markdown $OLDPWD/$EX" "show --db $t/db -f json 0" \
	 "show --db $t/db 0"; do
	"$PARALLAX" $c > plain 2>/dev/null
	"$PARALLAX" $c -o - > dash 2>err
	rc=$?
	same=differs
	cmp -s plain dash && [ -s plain ] && same=same
	made=no
	[ -e ./- ] && made=yes
	echo "${c%% *} -o -: exit $rc, stdout $same, file '-' created: $made, stderr lines: $(wc -l < err)"
	rm -f ./-
done
"$PARALLAX" report --output=- -f json "$OLDPWD/$EX" | python3 -c "import json,sys; print('report --output=-:', json.load(sys.stdin)['parallax'])"
cd / && rm -rf "$t"
