# Coverage columns grouped by the user's own groups from a source table
# (--sources): JSON gains coverage.groups and per fact omitted_by_groups
# (valid against the shared schema), the columns of text, Markdown and HTML
# follow the groups (courier and post in "east" side by side, the gazette
# without a group after them), and a group none of whose sources carries a
# fact two others state is named on that row.
d=data/perspective
"$PARALLAX" report --sources $d/groups.csv -f json $d/*.txt >"$TMPDIR/g.json" || { echo "report"; exit 1; }
python3 check_schema.py report <"$TMPDIR/g.json" || { echo "schema"; exit 1; }
python3 - "$TMPDIR/g.json" <<'PY' || exit 1
import json, sys
cov = json.load(open(sys.argv[1]))["stories"][0]["coverage"]
assert cov["sources"] == ["courier.txt", "gazette.txt", "post.txt"], cov["sources"]
assert cov["groups"] == [{"name": "east", "sources": ["courier.txt", "post.txt"]},
                         {"name": None, "sources": ["gazette.txt"]}], cov["groups"]
assert all(f["omitted_by_groups"] == [] for f in cov["facts"]), cov["facts"]
PY
"$PARALLAX" report --sources $d/groups.csv -f markdown $d/*.txt >"$TMPDIR/g.md" || exit 1
grep -q '^\*Groups (from the source table):\* east: S1 S3; (no group): S2$' "$TMPDIR/g.md" || { echo "md groups"; exit 1; }
grep -q '^| fact | S1 | S3 | S2 |$' "$TMPDIR/g.md" || { echo "md columns"; exit 1; }
grep -q '^| vehicles .* | × | ✓ | ✓ |$' "$TMPDIR/g.md" || { echo "md row"; exit 1; }
"$PARALLAX" report --sources $d/groups.csv $d/*.txt | grep -q '^   groups (from the source table): east: S1 S3; (no group): S2$' || { echo "text groups"; exit 1; }
"$PARALLAX" report --sources $d/groups.csv -f html $d/*.txt >"$TMPDIR/g.html" || exit 1
grep -q '<tr class="groups"><th></th><th colspan="2">east</th><th colspan="1">(no group)</th></tr>' "$TMPDIR/g.html" || { echo "html groups"; exit 1; }
# The courier alone in a group: the repair cost, stated by the gazette and
# the post, is a fact that group leaves out.
printf 'name,outlet,group\nEastfield Courier,Eastfield Courier,east\n' >"$TMPDIR/one.csv"
"$PARALLAX" report --sources "$TMPDIR/one.csv" -f json $d/*.txt >"$TMPDIR/o.json" || { echo "report one"; exit 1; }
python3 check_schema.py report <"$TMPDIR/o.json" || { echo "schema one"; exit 1; }
python3 - "$TMPDIR/o.json" <<'PY' || exit 1
import json, sys
cov = json.load(open(sys.argv[1]))["stories"][0]["coverage"]
for f in cov["facts"]:
    stated = [s for s, c in zip(cov["sources"], f["cells"]) if c != "omitted"]
    want = ["east"] if "courier.txt" not in stated and len(stated) >= 2 else []
    assert f["omitted_by_groups"] == want, f
assert any(f["omitted_by_groups"] == ["east"] for f in cov["facts"]), cov["facts"]
PY
"$PARALLAX" report --sources "$TMPDIR/one.csv" $d/*.txt | grep -q 'GBP.*\[not in: east\]' || { echo "text note"; exit 1; }
echo ok
