# gzip and zstd inputs by suffix, and a gzip file without a suffix (found by
# its magic bytes): the same articles as the plain files.
. "$(pwd)/data/ingest/common.sh"
gzip -c "$ING/txt/flood-barrier.txt" > "$work/flood-barrier.txt.gz"
zstd -q -c "$ING/news.jsonl" > "$work/news.jsonl.zst"
gzip -c "$ING/one.json" > "$work/one-json-no-suffix"
run_extract "$work/flood-barrier.txt.gz" "$work/news.jsonl.zst" "$work/one-json-no-suffix"
fields id date 'text~sparing about 600 homes' 'text~Harlow textile mill'
show_err
exit $rc
