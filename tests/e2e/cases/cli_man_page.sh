# The man page is generated from docs/cli.md and renders.
cd ../.. && python3 tools/make_man.py > "$TMPDIR/parallax.1" || exit 1
grep -q '^\.TH PARALLAX 1' "$TMPDIR/parallax.1" || exit 1
grep -c '^\.SH' "$TMPDIR/parallax.1" | awk '{ exit !($1 >= 6) }'
