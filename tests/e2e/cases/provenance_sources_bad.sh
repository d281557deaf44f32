# Bad source tables: one line naming the file, the line (CSV, or JSON syntax)
# or entry, and the reason; exit 2; never a crash. A missing file too.
ex=../../examples/ferry-strike
t=$TMPDIR
printf 'domain,outlet,colour\nx.example,X,red\n' >$t/col.csv
printf 'domain,name,outlet\nx.example,X,X\n"y.example,Y,Y\n' >$t/quote.csv
printf 'domain,name,outlet\nx.example,X,X\n\nbad domain!,Y,Y\n' >$t/domain.csv
printf 'domain,name,outlet\n,,Z\n' >$t/empty.csv
printf '[\n {"domain": "x.example", "outlet": "X"},\n {"domain": "y.example" "outlet": "Y"}\n]\n' >$t/syntax.json
printf '{"sources": [{"domain": "x.example", "outlet": "X"}, {"name": ["Y", 3]}]}' >$t/entry.json
printf '\000\001\002binary' >$t/binary.csv
for f in col.csv quote.csv domain.csv empty.csv syntax.json entry.json binary.csv missing.csv; do
	"$PARALLAX" report --sources $t/$f $ex >/dev/null 2>$t/err
	echo "exit $?: $(sed "s|$t/||" $t/err)"
done
"$PARALLAX" claims --sources $t/col.csv $ex >/dev/null 2>$t/err
echo "claims exit $?: $(sed "s|$t/||" $t/err)"
"$PARALLAX" report --sources 2>&1
echo "exit $?"
