# `parallax help COMMAND` prints the same as `parallax COMMAND --help`
# (exit 0, on stdout) for every command `parallax --help` lists; `parallax
# help` alone is `parallax --help`; an unknown COMMAND is a usage error.
cmds=$("$PARALLAX" --help | sed -n '/^commands:/,/^$/s/^  \([a-z]*\) .*/\1/p')
n=0
for c in $cmds; do
	a=$("$PARALLAX" help "$c"; echo "exit $?")
	b=$("$PARALLAX" "$c" --help; echo "exit $?")
	[ "$a" = "$b" ] || echo "$c: 'help $c' differs from '$c --help'"
	case $a in "usage: parallax $c"*"exit 0") n=$((n + 1)) ;; *) echo "$c: no usage or not exit 0" ;; esac
done
echo "$n commands"
[ "$("$PARALLAX" help)" = "$("$PARALLAX" --help)" ] && echo "help = --help"
"$PARALLAX" help frobnicate >/dev/null 2>"$TMPDIR/err"
echo "help frobnicate: exit $? $(head -1 "$TMPDIR/err")"
