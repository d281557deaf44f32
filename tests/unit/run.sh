#!/bin/sh
# Runs each cmocka unit-test binary in its own process with a time limit.
fail=0
for t in "$@"; do
	if ! timeout 120 "$t"; then
		echo "unit: $t failed" >&2
		fail=1
	fi
done
exit $fail
