# WARC records whose Content-Length lies (into the next record, short, past
# the end of the file) are reported and reading resumes at the next
# "WARC/1." line: the good records between them all come out (exit 1).
. "$(pwd)/data/ingest/common.sh"
python3 "$ING/make_warc.py" "$work" || exit 99
run_extract "$work/lying.warc"
fields id
show_err | sed "s#$work/##"
run_extract "$work/truncated.warc.gz"
fields id
show_err | sed "s#$work/##"
exit $rc
