#!/bin/sh
# End-to-end tests of the command line. Each case is tests/e2e/cases/NAME.sh,
# run from tests/e2e with $PARALLAX set to the binary, under a time limit,
# with a temporary directory of its own ($TMPDIR).
# Expectations beside it: NAME.stdout.exact (byte-identical stdout),
# NAME.stdout.glob (shell glob per line, same number of lines) and NAME.exit
# (exit status; default 0). --set-exact-output rewrites the .exact files.
# PX_E2E_SKIP names cases to leave out (space-separated; the sanitizer pass
# leaves out the gold floors, which the normal pass measures).
# PX_E2E_JOBS cases run at once (default 2, the cores CI has; most cases
# use one). Results are printed in the cases' order.
# Prints "N passed, N failed" last.
set -u
here=$(cd "$(dirname "$0")" && pwd)

# One case: run.sh --one BIN OUT NAME. Writes OUT/NAME.ok or OUT/NAME.why.
if [ "${1:-}" = "--one" ]; then
	bin=$2 out=$3 name=$4 update=$5
	cd "$here" || exit 1
	mkdir -p "$out/$name.tmp"
	PARALLAX="$bin" TMPDIR="$out/$name.tmp" timeout 300 sh "cases/$name.sh" \
		>"$out/$name.out" 2>"$out/$name.err"
	rc=$?
	rm -rf "$out/$name.tmp"
	want=0
	[ -f "cases/$name.exit" ] && want=$(cat "cases/$name.exit")
	why=""
	[ "$rc" != "$want" ] && why="exit $rc, expected $want"
	if [ -f "cases/$name.stdout.exact" ]; then
		if [ "$update" = 1 ]; then
			cp "$out/$name.out" "cases/$name.stdout.exact"
		elif ! cmp -s "$out/$name.out" "cases/$name.stdout.exact"; then
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
			why="$why stdout does not match the glob"
		fi
	fi
	if [ -z "$why" ]; then
		: >"$out/$name.ok"
	else
		printf '%s\n' "$why" >"$out/$name.why"
	fi
	exit 0
fi

bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
update=0
[ "${1:-}" = "--set-exact-output" ] && update=1
cd "$here" || exit 1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# python3 may be a version manager's shim, a shell script that picks the
# interpreter each time it starts (pyenv's: 0.4 s a start, against 0.05 s
# for the interpreter). The cases start Python a few hundred times, so
# they get the interpreter the shim resolves to, found once.
py=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
if [ -n "$py" ] && [ -x "$py" ]; then
	mkdir -p "$out/bin" && ln -s "$py" "$out/bin/python3" && PATH="$out/bin:$PATH" && export PATH
fi
: >"$out/list"
for c in cases/*.sh; do
	[ -f "$c" ] || continue
	name=$(basename "$c" .sh)
	case " ${PX_E2E_SKIP:-} " in
	*" $name "*)
		echo "e2e: skipped $name (PX_E2E_SKIP)"
		continue
		;;
	esac
	echo "$name" >>"$out/list"
done
# The longest cases are listed first (tests/e2e/slow), so two workers end
# together rather than one waiting on a long case started last.
{
	while read -r name; do
		grep -qx "$name" "$out/list" && echo "$name"
	done <slow
	grep -vxF -f slow "$out/list"
} | xargs -P "${PX_E2E_JOBS:-2}" -I{} sh "$here/run.sh" --one "$bin" "$out" {} "$update"
pass=0
fail=0
while read -r name; do
	if [ -f "$out/$name.ok" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		if [ -f "$out/$name.why" ]; then
			echo "e2e: FAIL $name: $(cat "$out/$name.why")" >&2
		else
			echo "e2e: FAIL $name: did not finish" >&2
		fi
		sed 's/^/  stderr: /' "$out/$name.err" 2>/dev/null | head -10 >&2
	fi
done <"$out/list"
echo "e2e: $pass passed, $fail failed"
[ $fail = 0 ]
