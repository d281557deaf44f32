# The man page generated from docs/cli.md (`make man`) carries no markdown
# left over: no backquote, no '*' outside the text of the commands, every
# command of `parallax --help` has its entry, and groff renders it without
# a warning when groff is installed. Its version (the Makefile's VERSION) is
# the one `parallax --version` prints (include/parallax/core.h).
cd ../.. || exit 1
python3 tools/make_man.py > "$TMPDIR/parallax.1" || exit 1
man_version=$(sed -n 's/^\.TH .*"parallax \([^"]*\)".*/\1/p' "$TMPDIR/parallax.1")
[ "parallax $man_version" = "$("$PARALLAX" --version)" ] && echo "version: same as --version" ||
	echo "version: man page $man_version, $("$PARALLAX" --version)"
echo "backquotes: $(grep -c '`' "$TMPDIR/parallax.1")"
echo "asterisks outside code: $(sed 's/\\fB[^\\]*\\fR//g' "$TMPDIR/parallax.1" | grep -c '\*')"
for c in $("$PARALLAX" --help | sed -n '/^commands:/,/^$/s/^  \([a-z]*\) .*/\1/p'); do
	grep -A1 '^\.TP' "$TMPDIR/parallax.1" | grep -q "^\\\\fB$c\\\\fR" || echo "$c: no entry"
done
if command -v groff >/dev/null 2>&1; then
	groff -man -ww -z "$TMPDIR/parallax.1" 2>&1 | head -5
fi
echo done
