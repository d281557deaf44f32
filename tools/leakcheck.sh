#!/bin/sh
# `make leakcheck`: runs every unit test binary and the command line on the
# bundled example (examples/ferry-strike: every command, every report
# format, a store filled and read back) under valgrind's memcheck. A
# definite or indirect leak, an invalid read or write, or a decision on
# uninitialised memory makes that run fail. Memory still reachable at exit
# (libraries' one-time tables) is not a leak here.
#
# usage: tools/leakcheck.sh BUILD_DIR [UNIT_TEST...]
# Prints one line per failing run with its valgrind log, then
# "leakcheck: N runs, F failed"; exits 1 when any run failed.
set -u
build=${1:?usage: tools/leakcheck.sh BUILD_DIR [UNIT_TEST...]}
shift
if ! command -v valgrind >/dev/null 2>&1; then
	echo "leakcheck: valgrind is missing (apt-get install valgrind)" >&2
	exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
px=$(cd "$build" && pwd)/parallax
ex=$root/examples/ferry-strike
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

runs=0
failed=0
# run NAME COMMAND...: one command under memcheck, its output discarded.
# A status of 99 is valgrind's (an error it found), 124 a run over 10
# minutes; any other non-zero status from the program fails the run too.
run() {
	name=$1
	shift
	runs=$((runs + 1))
	timeout 600 valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
		--errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
		--log-file="$work/vg.log" "$@" >/dev/null 2>"$work/err" </dev/null
	rc=$?
	if [ $rc != 0 ] || [ -s "$work/vg.log" ]; then
		failed=$((failed + 1))
		echo "leakcheck: FAIL $name (exit $rc)" >&2
		sed 's/^/  /' "$work/vg.log" "$work/err" | head -40 >&2
	fi
}

for t in "$@"; do
	run "$(basename "$t")" "$t"
done

run "report" "$px" report "$ex"
run "report -f json --explain" "$px" report -f json --explain "$ex"
run "report -f html" "$px" report -f html -o "$work/r.html" "$ex"
run "report -f markdown --sources" "$px" report -f markdown --sources "$root/examples/sources.csv" "$ex"
run "extract" "$px" extract "$ex"
run "clean --removed" "$px" clean --removed "$ex"
run "clean --raw" "$px" clean --raw "$ex/art-courier.txt"
run "segment --json" "$px" segment --json "$ex"
run "claims" "$px" claims "$ex"
run "dedup" "$px" dedup "$ex"
run "cluster --explain" "$px" cluster --explain "$ex"
run "ingest" "$px" ingest --db "$work/db" "$ex"
run "ingest again" "$px" ingest --db "$work/db" "$ex"
run "stories" "$px" stories --db "$work/db"
run "stories --json" "$px" stories --db "$work/db" --json
run "show" "$px" show --db "$work/db" 0
run "show -f json --explain" "$px" show --db "$work/db" -f json --explain 0
run "search" "$px" search --db "$work/db" ferry strike
run "search --json" "$px" search --db "$work/db" --json '"crew members"'

echo "leakcheck: $runs runs, $failed failed"
[ $failed = 0 ]
