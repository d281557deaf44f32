# An HTML page: body paragraphs without navigation or scripts, language
# from the lang attribute, the file name as id.
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/page.html"
fields id title source lang url 'text~doubles the number of treatment bays to 48' 'text~raised $9 million' 'text!Subscribe' 'text!Local'
show_err
exit $rc
