# tools/eval-report, checked before `parallax report` exists: a stand-in binary prints a
# hand-made report (tests/e2e/data/gold/*.report.json, valid against the shared report schema)
# and extract records for a small gold folder, and the figures the tool prints must be exactly
# the ones worked out by hand for that prediction (data/gold/evaltool.expected): one conflict
# right, one right but of the wrong kind, one approximation trap flagged; a copy cited as
# corroboration; a decoy article merged into the story; a caption left in. Also: --pred on the
# saved prediction prints the same, the JSON output carries the same figures, and a binary
# without `report` (or no binary) ends with one clear message and status 3, not a traceback.
# Needs ../shared/conflicts-protocol/score.py (relative to the repository root), else skipped.
root=$(cd ../.. && pwd)
scorer=$root/../shared/conflicts-protocol/score.py
if [ ! -f "$scorer" ]; then
	echo "gold_evaltool: skipped: ../shared/conflicts-protocol/score.py not found"
	exit 0
fi
data=$(pwd)/data/gold
tool="python3 $root/tools/eval-report"
fail() {
	echo "gold_evaltool: $*" >&2
	exit 1
}

fake=$TMPDIR/fake-parallax
cat >"$fake" <<FAKE
#!/bin/sh
# stands in for parallax: the saved report / extract records of a folder
case "\$1" in
report) [ "\$2 \$3" = "-f json" ] || exit 2; cat "$data/mini-\$(basename "\$4").report.json" ;;
extract) cat "$data/mini-\$(basename "\$2").extract.jsonl" ;;
*) echo "parallax: '\$1' is not a command" >&2; exit 2 ;;
esac
FAKE
noreport=$TMPDIR/parallax-without-report
cat >"$noreport" <<'FAKE'
#!/bin/sh
echo "parallax: '$1' is not a command" >&2
exit 2
FAKE
chmod +x "$fake" "$noreport"

# the whole path: run, convert, score
$tool --parallax "$fake" --gold-dir "$data/mini" --scorer "$scorer" \
	--save-pred "$TMPDIR/pred.json" >"$TMPDIR/run.txt" || fail "run exited $?"
diff "$data/evaltool.expected" "$TMPDIR/run.txt" >&2 || fail "figures differ from evaltool.expected"

# the saved prediction scores the same
$tool --pred "$TMPDIR/pred.json" --gold-dir "$data/mini" --scorer "$scorer" >"$TMPDIR/saved.txt" ||
	fail "--pred exited $?"
cmp -s "$TMPDIR/run.txt" "$TMPDIR/saved.txt" || fail "--pred prints other figures"

# the conversion itself
python3 - "$TMPDIR/pred.json" <<'PY' || fail "converted prediction is wrong"
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))["story-01-brenna-crane"]
assert p["stories"] == [["art-a.txt", "art-b.txt", "art-c.txt", "art-d.txt"]], p["stories"]
assert p["duplicates"] == [["art-a.txt", "art-b.txt"]], p["duplicates"]
assert [c["kind"] for c in p["conflicts"]] == ["quantity", "date", "quantity"]
for c in p["conflicts"]:
    for pos in c["positions"]:
        assert len(pos["articles"]) == len(pos["evidence"]) >= 1, pos
assert p["conflicts"][0]["positions"][1]["evidence"] == [
    "Nine dock workers were hurt when a crane fell at the Port Brenna container terminal on Tuesday."]
# metadata lines are moved into fields, not stripped as boilerplate; a dateline is stripped
assert p["stripped"] == {"art-a.txt": ["PORT BRENNA, Velmoria (Halvard Wire) \u2014"],
                         "art-b.txt": ["Advertisement"]}, p["stripped"]
assert "dockers\u2019 union" in p["repaired"]["art-c.txt"] and "\u00e2\u20ac" not in p["repaired"]["art-c.txt"]
assert "title: Crane collapses" in p["repaired"]["art-a.txt"]
assert len(p["agreements"]) == 2 and len(p["unique"]) == 2
PY

# JSON output: the scorer's figures plus the ones computed here
$tool --pred "$TMPDIR/pred.json" --gold-dir "$data/mini" --scorer "$scorer" --json >"$TMPDIR/out.json" ||
	fail "--json exited $?"
python3 - "$TMPDIR/out.json" <<'PY' || fail "JSON figures are wrong"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert (r["conflicts"]["tp"], r["conflicts"]["fp"], r["conflicts"]["fn"]) == (1, 2, 1), r["conflicts"]
assert r["conflicts_any_kind"]["tp"] == 2 and r["conflicts_strict"]["tp"] == 1
assert r["traps"]["traps_hit"] == 1 and r["traps"]["false_alarm_share"] == round(1 / 3, 4)
assert r["agreement_recall"] == {"recalled": 1, "total": 2, "recall": 0.5}, r["agreement_recall"]
assert r["unique_recall"]["recalled"] == 1
assert r["stories_bcubed"]["precision"] == 0.625 and r["duplicates_pairs"]["f1"] == 1.0
assert r["repairs"] == {"correct": 1, "total": 1, "must_keep_damaged": 0}
assert r["boilerplate"]["removed"] == 1 and r["boilerplate"]["evidence_lines_stripped"] == 0
PY

# no `report` command yet: one clear line, status 3
$tool --parallax "$noreport" --gold-dir "$data/mini" --scorer "$scorer" >"$TMPDIR/no.out" 2>"$TMPDIR/no.err"
rc=$?
[ $rc = 3 ] || fail "without report: exit $rc, expected 3"
grep -q "parallax report\` is not available" "$TMPDIR/no.err" || fail "without report: no clear message"
grep -q Traceback "$TMPDIR/no.err" && fail "without report: traceback"
[ "$(wc -l <"$TMPDIR/no.err")" = 1 ] || fail "without report: more than one line on stderr"

# no binary at all
$tool --parallax "$TMPDIR/no-such-binary" --gold-dir "$data/mini" --scorer "$scorer" 2>"$TMPDIR/nobin.err"
rc=$?
[ $rc = 3 ] || fail "no binary: exit $rc, expected 3"
grep -q "binary not found" "$TMPDIR/nobin.err" || fail "no binary: no clear message"
echo "gold_evaltool: ok"
