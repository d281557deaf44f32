# A JSON Lines line longer than the record limit is reported and skipped
# without being held in memory; the lines around it are read (exit 1). The
# same limit rejects a too-large single-article file.
. "$(pwd)/data/ingest/common.sh"
{
	head -n 1 "$ING/news.jsonl"
	python3 -c 'print("{\"id\":\"huge\",\"text\":\"" + "word " * 40000 + "\"}")'
	tail -n 1 "$ING/news.jsonl"
} > "$work/huge.jsonl"
python3 -c 'print("word " * 40000)' > "$work/huge.txt"
run_extract --max-record 64K "$work/huge.jsonl" "$work/huge.txt"
fields id
show_err | sed "s#$work/##"
exit $rc
