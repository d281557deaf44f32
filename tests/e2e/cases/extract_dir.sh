# A directory: walked recursively in name order, hidden files skipped, ids
# are paths relative to the directory (FILE:LINE for JSON Lines without id).
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/dir"
fields id 'text~Amber River' 'text~emergency wing' 'text~open on Sundays' 'text~Dockworkers'
show_err
exit $rc
