# docs/cli.md: a command whose INPUT (or FILE) is in brackets reads standard input when
# none is given; report and ingest need one. Checked against the synopsis
# of every INPUT command in docs/cli.md: the optional ones give the same
# output with no INPUT as with '-', the others are usage errors without one.
EX=../../examples/ferry-strike/art-courier.txt
t=$(mktemp -d)
sed -n '/^## COMMANDS/,/^## /p' ../../docs/cli.md | grep -oE '^`[a-z]+`.*(INPUT|FILE)\*\.\.\.\]?' |
while read -r line; do
	c=$(echo "$line" | sed 's/^`\([a-z]*\)`.*/\1/')
	opt=required
	case $line in *"[*INPUT*...]" | *"[*FILE*...]") opt=optional ;; esac
	db=""
	[ "$c" = ingest ] && db="--db $t/db"
	"$PARALLAX" $c $db < "$EX" > "$t/none" 2> "$t/none.err"
	rc_none=$?
	rm -f "$t/db"
	"$PARALLAX" $c $db - < "$EX" > "$t/dash" 2> "$t/dash.err"
	rc_dash=$?
	rm -f "$t/db"
	if [ $opt = optional ]; then
		cmp -s "$t/none" "$t/dash" && r="same as '-'" || r="differs from '-'"
		echo "$c: INPUT optional; without INPUT exit $rc_none, $r; with '-' exit $rc_dash"
	else
		echo "$c: INPUT required; without INPUT exit $rc_none ($(head -1 "$t/none.err")); with '-' exit $rc_dash"
	fi
done
rm -rf "$t"
