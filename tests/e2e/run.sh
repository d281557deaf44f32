#!/bin/sh
# End-to-end tests of the command line. Each case is tests/e2e/cases/NAME.sh,
# run from tests/e2e with $PARALLAX set to the binary, under a time limit.
# Expectations beside it: NAME.stdout.exact (byte-identical stdout),
# NAME.stdout.glob (shell glob per line, same number of lines) and NAME.exit
# (exit status; default 0). --set-exact-output rewrites the .exact files.
# PX_E2E_SKIP names cases to leave out (space-separated; the sanitizer pass
# leaves out the gold floors, which the normal pass measures).
# Prints "N passed, N failed" last.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
update=0
[ "${1:-}" = "--set-exact-output" ] && update=1
here=$(cd "$(dirname "$0")" && pwd)
cd "$here" || exit 1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pass=0
fail=0
for c in cases/*.sh; do
	[ -f "$c" ] || continue
	name=$(basename "$c" .sh)
	case " ${PX_E2E_SKIP:-} " in
	*" $name "*)
		echo "e2e: skipped $name (PX_E2E_SKIP)"
		continue
		;;
	esac
	PARALLAX="$bin" TMPDIR="$out" timeout 300 sh "$c" >"$out/$name.out" 2>"$out/$name.err"
	rc=$?
	want=0
	[ -f "cases/$name.exit" ] && want=$(cat "cases/$name.exit")
	ok=1
	why=""
	if [ "$rc" != "$want" ]; then
		ok=0
		why="exit $rc, expected $want"
	fi
	if [ -f "cases/$name.stdout.exact" ]; then
		if [ $update = 1 ]; then
			cp "$out/$name.out" "cases/$name.stdout.exact"
		elif ! cmp -s "$out/$name.out" "cases/$name.stdout.exact"; then
			ok=0
			why="$why stdout differs:
$(diff "cases/$name.stdout.exact" "$out/$name.out" | head -20)"
		fi
	fi
	if [ -f "cases/$name.stdout.glob" ]; then
		if ! python3 - "cases/$name.stdout.glob" "$out/$name.out" <<'PY'
import fnmatch, sys
want = open(sys.argv[1], encoding="utf-8").read().splitlines()
got = open(sys.argv[2], encoding="utf-8", errors="replace").read().splitlines()
ok = len(want) == len(got) and all(fnmatch.fnmatchcase(g, w) for w, g in zip(want, got))
sys.exit(0 if ok else 1)
PY
		then
			ok=0
			why="$why stdout does not match the glob"
		fi
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "e2e: FAIL $name: $why" >&2
		sed 's/^/  stderr: /' "$out/$name.err" | head -10 >&2
	fi
done
echo "e2e: $pass passed, $fail failed"
[ $fail = 0 ]
