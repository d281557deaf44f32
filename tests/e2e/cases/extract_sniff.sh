# Content beats the name: HTML saved as .txt is read as HTML; a file with an
# unknown suffix holding JSON Lines is read as JSON Lines; a WARC named .dat
# is read as WARC.
. "$(pwd)/data/ingest/common.sh"
cp "$ING/page.html" "$work/saved-page.txt"
cp "$ING/news.jsonl" "$work/export.data"
python3 "$ING/make_warc.py" "$work" || exit 99
cp "$work/crawl.warc" "$work/crawl.dat"
run_extract "$work/saved-page.txt" "$work/export.data" "$work/crawl.dat"
fields id 'text!<p>' 'text!<nav>'
exit $rc
