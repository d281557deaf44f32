# JSON Lines: id, source, url, title, date (to UTC), lang taken from the
# record; a missing id becomes FILE:LINE; html goes through the extractor;
# blank lines and unknown fields are ignored; language detected when absent.
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/news.jsonl"
fields id source url title date lang 'text~$48 million budget' 'text~Gull Island' 'text~eleven weeks' 'text~Verkehr'
show_err
exit $rc
