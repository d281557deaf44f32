# A bad JSON Lines line (malformed JSON, invalid UTF-8, not an object, no
# text) is reported as FILE:LINE and skipped; the rest is read (exit 1).
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/bad.jsonl"
fields id title
show_err
exit $rc
