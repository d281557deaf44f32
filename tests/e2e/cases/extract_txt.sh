# Plain-text files: the id is the base name of a file given as INPUT; the
# language is detected; the body keeps its paragraphs.
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/txt/harbor-strike.txt" "$ING/txt/flood-barrier.txt"
fields id title source date url lang 'text~voted on Tuesday to end a nine-day strike' 'text~sparing about 600 homes'
show_err
exit $rc
