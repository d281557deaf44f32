# Three outlets on the Dunmore fire are one story; the Port Alder fire the same
# day is another; the wage bill told from opposite slants is one story; the
# bike lanes vote stands alone. Every article gets a line; first article 1.0.
$PARALLAX cluster data/stories > "$TMPDIR/cluster.out" || exit 1
python3 check_schema.py cluster < "$TMPDIR/cluster.out" || exit 1
cat "$TMPDIR/cluster.out"
