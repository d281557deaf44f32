# Gold set self-test. The development gold set (tests/gold) scored against itself by the shared
# protocol's scorer must be perfect, and the scorer's naive run that flags every trap must be
# charged on all of them; tools/eval-report --check-gold reads that output and also checks that
# the gold is well formed (evidence is exact text of the articles, stories partition the folder,
# every conflict and trap kind is covered, 80-700 words per article).
# Runs from tests/e2e; the scorer is found beside the repository, through the relative path
# ../shared from the repository root. Without it the case is skipped (exit 0, with a message).
cd ../.. || exit 1
scorer=../shared/conflicts-protocol/score.py
if [ ! -f "$scorer" ]; then
	echo "gold_selftest: skipped: $scorer not found (../shared is absent)"
	exit 0
fi
python3 "$scorer" --self-test --gold-dir tests/gold >"$TMPDIR/gold-selftest.txt" || exit 1
python3 tools/eval-report --check-gold --gold-dir tests/gold --scorer "$scorer" \
	--selftest-output "$TMPDIR/gold-selftest.txt"
