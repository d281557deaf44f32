# '-' and no INPUT read stdin: a text article gets the id "stdin", JSON
# Lines records without id get "stdin:LINE".
. "$(pwd)/data/ingest/common.sh"
run_extract - < "$ING/txt/flood-barrier.txt"
fields id 'text~Amber River'
run_extract < "$ING/news.jsonl"
fields id
show_err
exit $rc
