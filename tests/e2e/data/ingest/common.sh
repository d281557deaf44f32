# Helpers of the extract_* cases, sourced from tests/e2e with $PARALLAX set.
# run_extract ARGS... runs `parallax extract`, keeps stdout in $work/out and
# stderr in $work/err, sets $rc; every line printed is validated against
# ../shared/schema/extract.schema.json when the case exits (skipped with a
# note when absent; NOSCHEMA=1 leaves a run out).
ING=data/ingest
work=$(mktemp -d "${TMPDIR:-/tmp}/ingest.XXXXXX") || exit 99

run_extract() {
	"$PARALLAX" extract "$@" >"$work/out" 2>"$work/err"
	rc=$?
	[ -n "${NOSCHEMA:-}" ] || cat "$work/out" >>"$work/schema.jsonl"
}

# One schema check per case (python3 and jsonschema take a while to start):
# every line printed by run_extract, validated when the case exits.
check_schema_at_exit() {
	if [ -s "$work/schema.jsonl" ]; then
		python3 check_schema.py extract <"$work/schema.jsonl" || echo "SCHEMA CHECK FAILED"
	fi
}
trap check_schema_at_exit EXIT

# fields FIELD...: chosen fields of each article (see fields.py).
fields() {
	python3 "$ING/fields.py" "$@" <"$work/out"
}

# stderr lines, marked, so the .stdout.exact file checks them too.
show_err() {
	sed 's/^/stderr: /' "$work/err"
}
