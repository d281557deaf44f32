# Helpers of the clean_*, segment_* and badinput_* cases, sourced from
# tests/e2e with $PARALLAX set. run CMD ARGS... runs `parallax CMD ARGS`,
# keeps stdout in $work/out and stderr in $work/err and sets $rc;
# show_err prints the stderr lines marked "stderr: ", with the scratch
# directory's path replaced by "TMP", so .stdout files check them too.
TXT=data/text
EX=../../examples/ferry-strike
work=$(mktemp -d "${TMPDIR:-/tmp}/text.XXXXXX") || exit 99

run() {
	"$PARALLAX" "$@" >"$work/out" 2>"$work/err"
	rc=$?
}

show_err() {
	sed -e "s#$work#TMP#g" -e 's/^/stderr: /' "$work/err"
}
