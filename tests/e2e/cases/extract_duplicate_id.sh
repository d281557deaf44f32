# Ids are unique within a run: reading the same file twice reports every
# clash for the second one and skips it (exit 1).
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/news.jsonl" "$ING/news.jsonl" "$ING/txt/flood-barrier.txt" "$ING/dir/a.txt"
fields id
show_err
exit $rc
