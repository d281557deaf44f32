# Helpers of the extract_* cases, sourced from tests/e2e with $PARALLAX set.
# run_extract ARGS... runs `parallax extract`, keeps stdout in $work/out and
# stderr in $work/err, sets $rc, and validates every line against
# ../shared/schema/extract.schema.json (skipped with a note when absent).
ING=data/ingest
work=$(mktemp -d "${TMPDIR:-/tmp}/ingest.XXXXXX") || exit 99

run_extract() {
	"$PARALLAX" extract "$@" >"$work/out" 2>"$work/err"
	rc=$?
	python3 check_schema.py extract <"$work/out" || echo "SCHEMA CHECK FAILED"
}

# fields FIELD...: chosen fields of each article (see fields.py).
fields() {
	python3 "$ING/fields.py" "$@" <"$work/out"
}

# stderr lines, marked, so the .stdout.exact file checks them too.
show_err() {
	sed 's/^/stderr: /' "$work/err"
}
