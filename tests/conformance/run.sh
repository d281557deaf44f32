#!/bin/sh
# Runs the conformance runners (build/tests/conf_*) over ../shared/conformance.
# Each runner prints lines "RESULT <suite> <metric> <value>"; floors.txt holds
# "<suite> <metric> <floor>" lines, and a value below its floor fails.
# Skips with a message when ../shared is absent.
set -u
dir=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${PX_SHARED:-$root/../shared}
if [ ! -d "$shared/conformance" ]; then
	echo "conformance: skipped: $shared/conformance not found (set PX_SHARED)"
	exit 0
fi
floors="$root/tests/conformance/floors.txt"
status=0
results=$(mktemp)
trap 'rm -f "$results"' EXIT
for r in "$dir"/conf_*; do
	[ -x "$r" ] || continue
	if ! PX_SHARED="$shared" timeout 600 "$r" >"$results.out"; then
		echo "conformance: $(basename "$r") failed to run" >&2
		status=1
	fi
	grep -v '^RESULT ' "$results.out"
	grep '^RESULT ' "$results.out" >>"$results"
done
rm -f "$results.out"
while read -r suite metric floor; do
	case "$suite" in ''|'#'*) continue ;; esac
	got=$(awk -v s="$suite" -v m="$metric" '$2 == s && $3 == m { print $4 }' "$results")
	if [ -z "$got" ]; then
		echo "conformance: no result for $suite $metric (floor $floor)" >&2
		status=1
	elif awk -v g="$got" -v f="$floor" 'BEGIN { exit !(g + 1e-9 < f) }'; then
		echo "conformance: $suite $metric = $got, below its floor $floor" >&2
		status=1
	fi
done <"$floors"
[ $status = 0 ] && echo "conformance: all suites at or above their floors"
exit $status
