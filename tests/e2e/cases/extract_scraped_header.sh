# A page copied as scraped: the outlet, byline and date lines and share
# buttons between the headline and the body give the date, source and
# title and leave the body; the outlet's promotion at the end goes too. A
# wire copy dated only by its dateline gets no date from extract (the
# report gives it its neighbours' year; see report_dateline_year).
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/txt/scraped-ferry.txt" "$ING/txt/scraped-ferry-wire.txt"
fields id title source date 'text~Share on Facebook' 'text~morning headlines' 'text~ran aground on a sandbank'
show_err
exit $rc
