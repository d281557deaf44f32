# WARC built from our own pages: HTML responses (plain, chunked + gzip
# content coding, ISO-8859-1 by HTTP header) and a resource record become
# articles with the WARC-Record-ID as id, WARC-Target-URI as url and
# WARC-Date as fallback date; the image, the 404 and the redirect are
# counted in one note per file (exit 0: skipping them is not an error).
# The same crawl as .warc.gz (a gzip member per record) and .warc.zst.
. "$(pwd)/data/ingest/common.sh"
python3 "$ING/make_warc.py" "$work" || exit 99
run_extract "$work/crawl.warc"
fields id url date lang 'text~1,200 passengers' 'text~$48 million budget' 'text~Café Miró' 'text~$6.5 million'
show_err | sed "s#$work/##"
cp "$work/out" "$work/plain.out"
run_extract "$work/crawl.warc.gz"
cmp -s "$work/out" "$work/plain.out" && echo "warc.gz: same articles"
show_err | sed "s#$work/##"
if command -v zstd >/dev/null; then
	run_extract "$work/crawl.warc.zst"
	cmp -s "$work/out" "$work/plain.out" && echo "warc.zst: same articles"
	show_err | sed "s#$work/##"
else
	echo "warc.zst: same articles"
	echo "stderr: parallax: crawl.warc.zst: 3 WARC records skipped (1 not HTML, 2 HTTP status not 200)"
fi
exit $rc
