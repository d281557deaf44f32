/*
 * Unit tests of src/lib/ingest except HTML extraction: decoded streams
 * (gzip members, zstd frames, truncation, corruption), format choice from
 * name and content, directory order and ids, JSON Lines records and their
 * problems, JSON documents, WARC records (HTTP parsing, chunked and gzip
 * bodies, lying lengths and resynchronisation), limits, id clashes,
 * stopping, thread-count independence, language detection, and allocation
 * failure at every step of a run.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <zlib.h>
#include <zstd.h>

#include "parallax/parallax.h"
#include "test_alloc.h"
#include "../../src/lib/ingest/ingest_internal.h"

/* ------------------------------------------------------------ fixtures */

static char tmpdir[256];

static int
setup_dir(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/px-ingest-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int
remove_dir(void **state)
{
	char cmd[512];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Write bytes to tmpdir/name (creating subdirectories); returns the path. */
static const char *
put_file(const char *name, const void *data, size_t len)
{
	static char path[512];
	char dir[512];
	char *slash = NULL;
	FILE *f = NULL;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	snprintf(dir, sizeof dir, "%s", path);
	for (slash = strchr(dir + strlen(tmpdir) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(dir, 0700);
		*slash = '/';
	}
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	return path;
}

static const char *
put_str(const char *name, const char *s)
{
	return put_file(name, s, strlen(s));
}

/* gzip of data as one member, into a malloc'd buffer. */
static unsigned char *
gzip_member(const void *data, size_t len, size_t *out_len)
{
	z_stream z;
	unsigned char *out = malloc(len + 256);

	memset(&z, 0, sizeof(z));
	assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (Bytef *)(uintptr_t)data;
	z.avail_in = (uInt)len;
	z.next_out = out;
	z.avail_out = (uInt)(len + 256);
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	*out_len = z.total_out;
	deflateEnd(&z);
	return out;
}

/* What a run delivered: ids, texts and problems, one string each. */
struct run {
	char ids[64][96];
	char texts[64][256];
	char titles[64][128];
	char dates[64][32];
	char langs[64][8];
	char urls[64][96];
	long lines[64];
	size_t n;
	char problems[64][256];
	size_t np;
	size_t stop_after; /* 0: never stop */
};

static int
collect(void *ud, struct px_article *a)
{
	struct run *r = ud;

	if (r->n < 64) {
		snprintf(r->ids[r->n], sizeof r->ids[0], "%s", a->id);
		snprintf(r->texts[r->n], sizeof r->texts[0], "%s", a->text);
		snprintf(r->titles[r->n], sizeof r->titles[0], "%s", a->title ? a->title : "(null)");
		snprintf(r->dates[r->n], sizeof r->dates[0], "%s", a->date ? a->date : "(null)");
		snprintf(r->langs[r->n], sizeof r->langs[0], "%s", a->lang ? a->lang : "(null)");
		snprintf(r->urls[r->n], sizeof r->urls[0], "%s", a->url ? a->url : "(null)");
		r->lines[r->n] = a->line;
	}
	r->n++;
	px_article_free(a);
	return r->stop_after && r->n >= r->stop_after;
}

static void
problem(void *ud, const char *file, long line, const char *reason)
{
	struct run *r = ud;
	const char *base = strrchr(file, '/');

	if (r->np < 64) {
		if (line)
			snprintf(r->problems[r->np], sizeof r->problems[0], "%s:%ld: %s",
				 base ? base + 1 : file, line, reason);
		else
			snprintf(r->problems[r->np], sizeof r->problems[0], "%s: %s",
				 base ? base + 1 : file, reason);
	}
	r->np++;
}

/* Read inputs (NULL-terminated) with a fresh reader; returns rejections. */
static void
dump(const struct run *r)
{
	size_t i = 0;

	for (i = 0; i < r->n && i < 64; i++)
		fprintf(stderr, "  article %s\n", r->ids[i]);
	for (i = 0; i < r->np && i < 64; i++)
		fprintf(stderr, "  problem %s\n", r->problems[i]);
}

static size_t
read_all(struct run *r, const struct px_reader_opts *opts, ...)
{
	struct px_reader *rd = NULL;
	const char *in = NULL;
	size_t rejected = 0;
	va_list ap;

	memset(r->ids, 0, sizeof r->ids);
	r->n = 0;
	r->np = 0;
	assert_int_equal(px_reader_new(opts, collect, problem, r, &rd), PX_OK);
	va_start(ap, opts);
	while ((in = va_arg(ap, const char *)) != NULL)
		px_reader_read(rd, in);
	va_end(ap);
	rejected = px_reader_rejected(rd);
	if (getenv("PX_TEST_VERBOSE"))
		dump(r);
	assert_int_equal(px_reader_articles(rd), r->stop_after && r->n > r->stop_after ? r->stop_after : r->n);
	px_reader_free(rd);
	return rejected;
}

static const char article_a[] =
	"Ferry service resumes after storm\n\n"
	"PORT ELLIS (Coastline Courier) — Ferry crossings to Gull Island resumed on "
	"Monday, five days after a storm tore a loading ramp from its moorings, the "
	"harbour authority said.\n";

/* -------------------------------------------------------------- streams */

static void
test_stream_gzip_members(void **state)
{
	const char *p1 = "first member\n", *p2 = "second member\n";
	size_t l1 = 0, l2 = 0;
	unsigned char *g1 = gzip_member(p1, strlen(p1), &l1);
	unsigned char *g2 = gzip_member(p2, strlen(p2), &l2);
	unsigned char both[512];
	struct px__stream s;
	const char *what = NULL;
	FILE *f = NULL;

	(void)state;
	memcpy(both, g1, l1);
	memcpy(both + l1, g2, l2);
	f = fopen(put_file("two.gz", both, l1 + l2), "rb");
	assert_int_equal(px__stream_open(&s, f, 1 << 20, &what), PX_OK);
	assert_int_equal(s.codec, PX__CODEC_GZIP);
	assert_int_equal(px__stream_fill(&s, 1000), strlen(p1) + strlen(p2));
	assert_memory_equal(px__stream_data(&s), "first member\nsecond member\n", 27);
	assert_int_equal(s.err, PX_OK);
	px__stream_close(&s);
	fclose(f);

	/* Cut inside the second member: the first stays, the end is flagged. */
	f = fopen(put_file("cut.gz", both, l1 + l2 / 2), "rb");
	assert_int_equal(px__stream_open(&s, f, 1 << 20, &what), PX_OK);
	assert_true(px__stream_fill(&s, 1000) >= strlen(p1));
	assert_memory_equal(px__stream_data(&s), p1, strlen(p1));
	assert_int_equal(s.err, PX_ETRUNCATED);
	assert_string_equal(px__stream_error(&s), "truncated gzip data");
	px__stream_close(&s);
	fclose(f);

	/* Corrupt deflate data. */
	both[l1 + 12] ^= 0xFF;
	both[l1 + 13] ^= 0xFF;
	f = fopen(put_file("bad.gz", both, l1 + l2), "rb");
	assert_int_equal(px__stream_open(&s, f, 1 << 20, &what), PX_OK);
	px__stream_fill(&s, 1000);
	assert_true(s.err == PX_EFORMAT || s.err == PX_ETRUNCATED);
	px__stream_close(&s);
	fclose(f);
	free(g1);
	free(g2);
}

static void
test_stream_zstd_and_plain(void **state)
{
	char text[4000];
	unsigned char z[8000];
	size_t zl = 0, i = 0;
	struct px__stream s;
	const char *what = NULL;
	FILE *f = NULL;

	(void)state;
	for (i = 0; i < sizeof text; i++)
		text[i] = (char)('a' + i % 26);
	zl = ZSTD_compress(z, sizeof z, text, sizeof text, 3);
	assert_false(ZSTD_isError(zl));
	f = fopen(put_file("t.zst", z, zl), "rb");
	assert_int_equal(px__stream_open(&s, f, 1 << 20, &what), PX_OK);
	assert_int_equal(s.codec, PX__CODEC_ZSTD);
	assert_int_equal(px__stream_fill(&s, 10000), sizeof text);
	assert_memory_equal(px__stream_data(&s), text, sizeof text);
	/* Consuming and skipping keep the offset. */
	px__stream_consume(&s, 100);
	assert_int_equal(px__stream_skip(&s, 50), 50);
	assert_int_equal(s.offset, 150);
	assert_int_equal(px__stream_data(&s)[0], text[150]);
	assert_int_equal(s.err, PX_OK);
	px__stream_close(&s);
	fclose(f);

	f = fopen(put_file("t2.zst", z, zl - 5), "rb");
	assert_int_equal(px__stream_open(&s, f, 1 << 20, &what), PX_OK);
	px__stream_fill(&s, 10000);
	assert_int_equal(s.err, PX_ETRUNCATED);
	assert_string_equal(px__stream_error(&s), "truncated zstd data");
	px__stream_close(&s);
	fclose(f);

	/* The window never grows past its limit (plus one read step). */
	f = fopen(put_file("plain.txt", text, sizeof text), "rb");
	assert_int_equal(px__stream_open(&s, f, 1000, &what), PX_OK);
	assert_int_equal(s.codec, PX__CODEC_NONE);
	px__stream_fill(&s, 5000);
	assert_true(px__stream_avail(&s) >= 1000);
	assert_true(px__stream_avail(&s) <= 1000 + 65536);
	px__stream_close(&s);
	fclose(f);

	f = fopen(put_file("x.xz", "\xfd" "7zXZ\0\0\0\0", 10), "rb");
	assert_int_equal(px__stream_open(&s, f, 1000, &what), PX_EUNSUPPORTED);
	assert_string_equal(what, "xz");
	fclose(f);
}

/* --------------------------------------------------------------- formats */

static void
test_formats_by_name_and_content(void **state)
{
	struct run r;
	struct px_reader_opts o;

	(void)state;
	memset(&r, 0, sizeof(r));
	memset(&o, 0, sizeof(o));
	o.clean_flags = PX_CLEAN_ALL;
	/* HTML in a .txt, JSON Lines without suffix, a pretty .json document,
	 * a WARC named .bin, plain text without suffix. */
	put_str("fmt/page.txt", "<!DOCTYPE html><html><head><title>Harbour board meets</title></head>"
			       "<body><p>The harbour board met on Tuesday and agreed to dredge the "
			       "eastern channel before the winter storms arrive this year.</p></body></html>");
	put_str("fmt/export", "{\"id\":\"x1\",\"title\":\"Museum reopens\",\"text\":\"The town museum reopened on Saturday.\"}\n");
	put_str("fmt/pretty.json", "{\n  \"id\": \"x2\",\n  \"text\": \"The library opens on Sundays from January.\"\n}\n");
	put_str("fmt/record.bin",
		"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:abc-1>\r\n"
		"Content-Type: text/plain\r\nContent-Length: 52\r\n\r\n"
		"Bus fares will stay at $2.50 until next November.\n\n\r\n\r\n");
	put_str("fmt/notes", article_a);
	assert_int_equal(read_all(&r, &o, put_str("fmt/.hidden", "x"), NULL), 0);
	memset(&r, 0, sizeof(r));
	{
		char dir[300];
		snprintf(dir, sizeof dir, "%s/fmt", tmpdir);
		assert_int_equal(read_all(&r, &o, dir, NULL), 0);
	}
	assert_int_equal(r.np, 0);
	assert_int_equal(r.n, 5);
	/* Name order: export, notes, page.txt, pretty.json, record.bin. */
	assert_string_equal(r.ids[0], "x1");
	assert_string_equal(r.ids[1], "notes");
	assert_string_equal(r.ids[2], "page.txt");
	assert_null(strstr(r.texts[2], "<p>"));
	assert_non_null(strstr(r.texts[2], "dredge the eastern channel"));
	assert_string_equal(r.ids[3], "x2");
	assert_string_equal(r.ids[4], "abc-1");
	assert_string_equal(r.texts[4], "Bus fares will stay at $2.50 until next November.");
}

static void
test_directory_ids_and_order(void **state)
{
	struct run r;
	char dir[300];

	(void)state;
	memset(&r, 0, sizeof(r));
	put_str("tree/b/z.txt", article_a);
	put_str("tree/b/a.txt", article_a);
	put_str("tree/a.txt", article_a);
	put_str("tree/c/d/e.txt", article_a);
	put_str("tree/b/.swp", "junk");
	snprintf(dir, sizeof dir, "%s/tree/", tmpdir);
	assert_int_equal(read_all(&r, NULL, dir, NULL), 0);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.ids[0], "a.txt");
	assert_string_equal(r.ids[1], "b/a.txt");
	assert_string_equal(r.ids[2], "b/z.txt");
	assert_string_equal(r.ids[3], "c/d/e.txt");
	/* The same directory again in the same run: every id clashes. */
	assert_int_equal(read_all(&r, NULL, dir, dir, NULL), 4);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.problems[0], "a.txt: duplicate article id 'a.txt'; article skipped");
}

/* ----------------------------------------------------------- JSON Lines */

static void
test_jsonl_records(void **state)
{
	struct run r;
	const char *p = NULL;

	(void)state;
	memset(&r, 0, sizeof(r));
	p = put_str("recs.jsonl",
		    "{\"id\":\"a\",\"title\":\"Port strike ends\",\"date\":\"Nov. 14, 2023\",\"url\":\"https://h.example/a\","
		    "\"text\":\"Dockworkers voted on Tuesday to end a nine-day strike at the port, union officials said. "
		    "The deal raises wages by 14 percent over three years.\"}\n"
		    "\n"
		    "{\"title\":\"No id here\",\"date\":\"2023-11-14T23:30:00-02:00\",\"lang\":\"FR\",\"text\":\"Le texte.\"}\r\n"
		    "{\"id\":\"c\",\"text\":\"bad\xc3\x28utf8\"}\n"
		    "{\"id\":\"d\",\"text\":42}\n"
		    "{\"id\":\"e\",\"text\":\"   \"}\n"
		    "{\"id\":7,\"text\":\"Numeric ids are kept as text.\",\"date\":\"not a date\"}\n"
		    "[\"array\"]\n"
		    "{\"id\":\"last\",\"text\":\"Final line without a newline.\"}");
	assert_int_equal(read_all(&r, NULL, p, NULL), 4);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.ids[0], "a");
	assert_string_equal(r.titles[0], "Port strike ends");
	assert_string_equal(r.dates[0], "2023-11-14");
	assert_string_equal(r.urls[0], "https://h.example/a");
	assert_string_equal(r.langs[0], "en");
	assert_int_equal(r.lines[0], 1);
	assert_string_equal(r.ids[1], "recs.jsonl:3");
	assert_string_equal(r.dates[1], "2023-11-15T01:30:00Z");
	assert_string_equal(r.langs[1], "fr");
	assert_string_equal(r.ids[2], "7");
	assert_string_equal(r.dates[2], "(null)");
	assert_string_equal(r.ids[3], "last");
	assert_int_equal(r.lines[3], 9);
	assert_int_equal(r.np, 4);
	assert_string_equal(r.problems[0], "recs.jsonl:4: invalid UTF-8 in JSON (column 21)");
	assert_string_equal(r.problems[1], "recs.jsonl:5: no \"text\" or \"html\" field");
	assert_string_equal(r.problems[2], "recs.jsonl:6: no \"text\" or \"html\" field");
	assert_string_equal(r.problems[3], "recs.jsonl:8: not a JSON object");

	/* a feed's other names for the date, "date" first when both are
	 * given; the slow path (an escaped key) reads them too */
	memset(&r, 0, sizeof(r));
	p = put_str("feed.jsonl",
		    "{\"id\":\"p\",\"published\":\"2025-10-09T11:24:00+02:00\",\"text\":\"Battery maker said on Thursday.\"}\n"
		    "{\"id\":\"q\",\"pubDate\":\"2025-10-08\",\"date\":\"2025-10-07\",\"text\":\"Battery maker said on Wednesday.\"}\n"
		    "{\"id\":\"r\",\"datePublished\":\"2025-10-06\",\"t\\u0065xt\":\"x\",\"text\":\"Battery maker said on Monday.\"}\n");
	assert_int_equal(read_all(&r, NULL, p, NULL), 0);
	assert_int_equal(r.n, 3);
	assert_string_equal(r.dates[0], "2025-10-09T09:24:00Z");
	assert_string_equal(r.dates[1], "2025-10-07");
	assert_string_equal(r.dates[2], "2025-10-06");

	/* exports' other names for the body and the headline ("body",
	 * "content", "articleBody", "maintext"; "headline"), read when
	 * "text", "html" and "title" are absent; a body that opens with a
	 * tag is markup */
	memset(&r, 0, sizeof(r));
	p = put_str("export.jsonl",
		    "{\"id\":\"b\",\"headline\":\"Glassworks to close\",\"body\":\"The works will close in February.\"}\n"
		    "{\"id\":\"c\",\"title\":\"Mill sold\",\"content\":\"<p>The mill was sold on Monday.</p>\"}\n"
		    "{\"id\":\"s\",\"articleBody\":\"The pier reopened on Sunday.\"}\n"
		    "{\"id\":\"m\",\"maintext\":\"The ferry ran again on Friday.\",\"text\":\"The text field wins.\"}\n");
	assert_int_equal(read_all(&r, NULL, p, NULL), 0);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.titles[0], "Glassworks to close");
	assert_string_equal(r.texts[0], "The works will close in February.");
	assert_string_equal(r.titles[1], "Mill sold");
	assert_null(strstr(r.texts[1], "<p>"));
	assert_non_null(strstr(r.texts[1], "The mill was sold on Monday."));
	assert_string_equal(r.texts[2], "The pier reopened on Sunday.");
	assert_string_equal(r.texts[3], "The text field wins.");
}

static void
test_jsonl_long_line_and_limit(void **state)
{
	struct run r;
	struct px_reader_opts o;
	char *big = malloc(300000);
	size_t n = 0;
	const char *p = NULL;

	(void)state;
	memset(&r, 0, sizeof(r));
	memset(&o, 0, sizeof(o));
	o.clean_flags = PX_CLEAN_ALL;
	o.max_record = 100000;
	n += (size_t)snprintf(big, 300000, "{\"id\":\"one\",\"text\":\"A short first record.\"}\n{\"id\":\"big\",\"text\":\"");
	memset(big + n, 'x', 250000);
	n += 250000;
	n += (size_t)snprintf(big + n, 300000 - n, "\"}\n{\"id\":\"three\",\"text\":\"A short third record.\"}\n");
	p = put_file("long.jsonl", big, n);
	assert_int_equal(read_all(&r, &o, p, NULL), 1);
	assert_int_equal(r.n, 2);
	assert_string_equal(r.ids[0], "one");
	assert_string_equal(r.ids[1], "three");
	assert_int_equal(r.lines[1], 3);
	assert_string_equal(r.problems[0], "long.jsonl:2: line longer than the 100000 bytes limit; skipped");
	free(big);
}

static void
test_jsonl_threads_same_output(void **state)
{
	struct run one, two;
	struct px_reader_opts o;
	char *buf = malloc(1 << 20);
	size_t n = 0, i = 0;
	const char *p = NULL;

	(void)state;
	memset(&one, 0, sizeof(one));
	memset(&two, 0, sizeof(two));
	for (i = 0; i < 2000; i++) {
		if (i % 97 == 5)
			n += (size_t)snprintf(buf + n, (1 << 20) - n, "{broken\n");
		else
			n += (size_t)snprintf(buf + n, (1 << 20) - n,
					      "{\"id\":\"r%zu\",\"text\":\"Report %zu: %zu ships arrived.\"}\n",
					      i, i, i % 13);
	}
	p = put_file("many.jsonl", buf, n);
	memset(&o, 0, sizeof(o));
	o.clean_flags = PX_CLEAN_ALL;
	o.threads = 1;
	/* Only the first 64 articles are kept; compare those and counts. */
	read_all(&one, &o, p, NULL);
	o.threads = 3;
	read_all(&two, &o, p, NULL);
	assert_int_equal(one.n, two.n);
	assert_int_equal(one.np, two.np);
	assert_int_equal(one.n + one.np, 2000);
	for (i = 0; i < 64; i++) {
		assert_string_equal(one.ids[i], two.ids[i]);
		assert_string_equal(one.texts[i], two.texts[i]);
	}
	for (i = 0; i < 20; i++)
		assert_string_equal(one.problems[i], two.problems[i]);
	free(buf);
}

static void
test_jsonl_bom_and_crlf(void **state)
{
	struct run r;
	const char *p = NULL;

	(void)state;
	memset(&r, 0, sizeof(r));
	p = put_str("bom.jsonl", "\xEF\xBB\xBF{\"id\":\"w1\",\"text\":\"Windows line one.\"}\r\n"
				 "{\"id\":\"w2\",\"text\":\"Windows line two.\"}\r\n");
	assert_int_equal(read_all(&r, NULL, p, NULL), 0);
	assert_int_equal(r.n, 2);
	assert_string_equal(r.ids[0], "w1");
	assert_string_equal(r.ids[1], "w2");
	assert_string_equal(r.texts[1], "Windows line two.");
}

static void
test_stop_from_callback(void **state)
{
	struct run r;
	struct px_reader *rd = NULL;
	const char *p = NULL;

	(void)state;
	memset(&r, 0, sizeof(r));
	p = put_str("stop.jsonl", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n{\"text\":\"Three.\"}\n");
	r.stop_after = 2;
	assert_int_equal(px_reader_new(NULL, collect, problem, &r, &rd), PX_OK);
	assert_int_equal(px_reader_read(rd, p), PX_ESTOP);
	assert_int_equal(px_reader_read(rd, p), PX_ESTOP);
	assert_int_equal(r.n, 2);
	px_reader_free(rd);
}

static void
test_json_documents(void **state)
{
	struct run r;
	const char *a = NULL, *b = NULL, *c = NULL;

	(void)state;
	memset(&r, 0, sizeof(r));
	a = strdup(put_str("doc-a.json", "[{\"text\":\"First element.\"}, 3, {\"id\":\"b2\",\"text\":\"Third element.\"}]"));
	b = strdup(put_str("doc-b.json", "{\"id\":\"b1\",\"title\":\"One\",\"text\":\"A single object.\"}\n{\"id\":\"b3\",\"text\":\"JSON Lines named .json.\"}\n"));
	c = strdup(put_str("doc-c.json", "{\"id\": \"c1\", \"text\": \"unterminated"));
	assert_int_equal(read_all(&r, NULL, a, b, c, NULL), 2);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.ids[0], "doc-a.json:1");
	assert_string_equal(r.ids[1], "b2");
	assert_string_equal(r.ids[2], "b1");
	assert_string_equal(r.ids[3], "b3");
	assert_string_equal(r.problems[0], "doc-a.json: record 2: not a JSON object");
	assert_non_null(strstr(r.problems[1], "doc-c.json:1: invalid JSON"));
	/* A record's text is body only: a one-line text is not a headline. */
	assert_string_equal(r.texts[3], "JSON Lines named .json.");
	assert_string_equal(r.titles[3], "(null)");
	free((void *)a);
	free((void *)b);
	free((void *)c);
}

/* ----------------------------------------------------------------- WARC */

static void
append_record(char *buf, size_t *n, size_t cap, const char *type, const char *id,
	      const char *uri, const char *block, long lie)
{
	size_t bl = strlen(block);

	*n += (size_t)snprintf(buf + *n, cap - *n,
			       "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
			       "WARC-Date: 2023-11-14T10:00:00Z\r\nWARC-Target-URI: %s\r\n"
			       "Content-Length: %ld\r\n\r\n%s\r\n\r\n",
			       type, id, uri, (long)bl + lie, block);
}

static const char page[] =
	"<html lang=\"en\"><head><title>Rail line reopens</title></head><body>"
	"<p>NORTHGATE (Rail Weekly) — The Northgate branch line reopened on Saturday after "
	"eleven weeks of track repairs costing $6.5 million, the operator said.</p></body></html>";

static void
test_warc_records(void **state)
{
	static char buf[65536];
	char http[4096], chunked[4096];
	size_t n = 0, gl = 0, i = 0, cl = 0;
	unsigned char *gz = NULL;
	struct run r;
	const char *p = NULL;

	(void)state;
	memset(&r, 0, sizeof(r));
	snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s", page);
	append_record(buf, &n, sizeof buf, "warcinfo", "info", "x", "software: test\r\n", 0);
	append_record(buf, &n, sizeof buf, "response", "r1", "https://rail.example/a", http, 0);
	snprintf(http, sizeof http, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>");
	append_record(buf, &n, sizeof buf, "response", "r2", "https://rail.example/b", http, 0);
	snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%%PDF-1.4");
	append_record(buf, &n, sizeof buf, "response", "r3", "https://rail.example/c.pdf", http, 0);
	/* Chunked transfer coding over gzip content coding. */
	gz = gzip_member(page, strlen(page), &gl);
	cl = (size_t)snprintf(chunked, sizeof chunked,
			      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
			      "Content-Encoding: gzip\r\n\r\n");
	for (i = 0; i < gl; i += 50) {
		size_t k = gl - i < 50 ? gl - i : 50;
		cl += (size_t)snprintf(chunked + cl, sizeof chunked - cl, "%zx\r\n", k);
		memcpy(chunked + cl, gz + i, k);
		cl += k;
		cl += (size_t)snprintf(chunked + cl, sizeof chunked - cl, "\r\n");
	}
	cl += (size_t)snprintf(chunked + cl, sizeof chunked - cl, "0\r\n\r\n");
	n += (size_t)snprintf(buf + n, sizeof buf - n,
			      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:r4>\r\n"
			      "WARC-Target-URI: https://rail.example/d\r\nContent-Length: %zu\r\n\r\n", cl);
	memcpy(buf + n, chunked, cl);
	n += cl;
	n += (size_t)snprintf(buf + n, sizeof buf - n, "\r\n\r\n");
	/* Lies: too long (into the next record), then too short. */
	snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n%s", page);
	append_record(buf, &n, sizeof buf, "response", "lie-long", "https://rail.example/e", http, 300);
	append_record(buf, &n, sizeof buf, "response", "r5", "https://rail.example/f", http, 0);
	append_record(buf, &n, sizeof buf, "response", "lie-short", "https://rail.example/g", http, -40);
	append_record(buf, &n, sizeof buf, "resource", "r6", "https://rail.example/h", page, 0);
	/* Garbage between records, then a last good record. */
	n += (size_t)snprintf(buf + n, sizeof buf - n, "junk that is not a record\r\n");
	append_record(buf, &n, sizeof buf, "response", "r7", "https://rail.example/i", http, 0);
	p = put_file("t.warc", buf, n);
	assert_int_equal(read_all(&r, NULL, p, NULL), 3);
	assert_int_equal(r.n, 5);
	assert_string_equal(r.ids[0], "r1");
	assert_string_equal(r.urls[0], "https://rail.example/a");
	assert_string_equal(r.dates[0], "2023-11-14T10:00:00Z");
	assert_non_null(strstr(r.texts[0], "eleven weeks of track repairs"));
	assert_string_equal(r.ids[1], "r4");
	assert_non_null(strstr(r.texts[1], "eleven weeks of track repairs"));
	assert_string_equal(r.dates[1], "(null)");
	assert_string_equal(r.ids[2], "r5");
	assert_string_equal(r.ids[3], "r6");
	assert_string_equal(r.ids[4], "r7");
	assert_int_equal(r.np, 4);
	assert_string_equal(r.problems[0],
			    "t.warc: record lie-long: Content-Length 583 does not match the record; record dropped, resynchronised");
	assert_string_equal(r.problems[1],
			    "t.warc: record lie-short: Content-Length 243 does not match the record; record dropped, resynchronised");
	assert_non_null(strstr(r.problems[2], "t.warc: no WARC record at byte "));
	assert_string_equal(r.problems[3], "t.warc: 2 WARC records skipped (1 not HTML, 1 HTTP status not 200)");
	free(gz);

	/* Truncated: the last record runs past the end of the file. */
	memset(&r, 0, sizeof(r));
	p = put_file("cut.warc", buf, n - 30);
	assert_int_equal(read_all(&r, NULL, p, NULL), 4);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.problems[3],
			    "cut.warc: record r7: Content-Length 283 runs past the end of the file; record dropped");
}

static void
test_warc_big_record_skipped(void **state)
{
	static char buf[300000];
	char *block = malloc(200001);
	size_t n = 0;
	struct run r;
	struct px_reader_opts o;
	const char *p = NULL;

	(void)state;
	memset(&r, 0, sizeof(r));
	memset(&o, 0, sizeof(o));
	o.clean_flags = PX_CLEAN_ALL;
	o.max_record = 65536;
	memset(block, 'v', 200000);
	block[200000] = '\0';
	append_record(buf, &n, sizeof buf, "resource", "video", "https://v.example/v.mp4", block, 0);
	append_record(buf, &n, sizeof buf, "resource", "after", "https://v.example/a", page, 0);
	p = put_file("big.warc", buf, n);
	assert_int_equal(read_all(&r, &o, p, NULL), 1);
	assert_int_equal(r.n, 1);
	assert_string_equal(r.ids[0], "after");
	assert_string_equal(r.problems[0], "big.warc: record video larger than the 64 KiB limit; skipped");
	free(block);
}

static void
test_warc_records_larger_than_a_read(void **state)
{
	/* Records far larger than the first window, so reading them moves
	 * the window under the parsed header. */
	size_t cap = 3 << 20, n = 0, i = 0, k = 0;
	char *buf = malloc(cap);
	char *html = malloc(400000);
	struct run r;
	const char *p = NULL;

	(void)state;
	memset(&r, 0, sizeof(r));
	for (k = 0; k < 5; k++) {
		size_t h = (size_t)snprintf(html, 400000, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
							 "<html lang=\"en\"><body>");
		for (i = 0; h < 300000; i++)
			h += (size_t)snprintf(html + h, 400000 - h,
					      "<p>Paragraph %zu of page %zu: the harbour board met again "
					      "and agreed to dredge the eastern channel.</p>\n", i, k);
		h += (size_t)snprintf(html + h, 400000 - h, "</body></html>");
		n += (size_t)snprintf(buf + n, cap - n,
				      "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:big-%zu>\r\n"
				      "WARC-Target-URI: https://h.example/%zu\r\nContent-Length: %zu\r\n\r\n",
				      k, k, h);
		memcpy(buf + n, html, h);
		n += h;
		n += (size_t)snprintf(buf + n, cap - n, "\r\n\r\n");
	}
	p = put_file("bigpages.warc", buf, n);
	assert_int_equal(read_all(&r, NULL, p, NULL), 0);
	assert_int_equal(r.n, 5);
	assert_string_equal(r.ids[0], "big-0");
	assert_string_equal(r.ids[4], "big-4");
	assert_string_equal(r.urls[4], "https://h.example/4");
	free(buf);
	free(html);
}

/* ------------------------------------------------------------ bad input */

static void
test_bad_inputs(void **state)
{
	struct run r;
	unsigned char junk[3000];
	size_t i = 0, gl = 0;
	unsigned char *gz = gzip_member(article_a, strlen(article_a), &gl);
	const char *a = NULL, *b = NULL, *c = NULL, *d = NULL;
	char missing[300];

	(void)state;
	memset(&r, 0, sizeof(r));
	for (i = 0; i < sizeof junk; i++)
		junk[i] = (unsigned char)(i * 7919 % 251);
	a = put_file("junk.html", junk, sizeof junk);
	a = strdup(a);
	b = strdup(put_str("empty.txt", ""));
	c = strdup(put_file("cut.txt.gz", gz, gl - 8));
	d = strdup(put_file("junk.jsonl", junk, sizeof junk));
	snprintf(missing, sizeof missing, "%s/none.txt", tmpdir);
	assert_int_equal(read_all(&r, NULL, a, b, c, d, missing, NULL), 5);
	assert_int_equal(r.n, 0);
	assert_string_equal(r.problems[0], "junk.html: binary data, not text");
	assert_string_equal(r.problems[1], "empty.txt: empty input");
	assert_string_equal(r.problems[2], "cut.txt.gz: truncated gzip data; article dropped");
	assert_string_equal(r.problems[3], "junk.jsonl: binary data, not text");
	assert_string_equal(r.problems[4], "none.txt: cannot open: No such file or directory");
	free((void *)a);
	free((void *)b);
	free((void *)c);
	free((void *)d);
	free(gz);
}

/* ------------------------------------------------------------- language */

static void
test_lang_detect(void **state)
{
	struct px__lang l;
	char *out = NULL;
	const char *de = "Die neue Brücke über den Fluss ist am Dienstag für den Verkehr "
			 "freigegeben worden. Der Bau hat drei Jahre gedauert und rund 45 Millionen "
			 "Euro gekostet, teilte die Stadtverwaltung mit. Die alte Brücke wird im "
			 "nächsten Jahr abgerissen, sagte ein Sprecher der Stadt am Abend.";
	const char *table = "Shr 34 cts vs 1.19 dlrs Net 807,000 vs 2,858,000 Assets 510.2 mln vs "
			    "479.7 mln Deposits 472.3 mln vs 440.1 mln Loans 300.1 mln vs 290.5 mln";

	(void)state;
	px__lang_init(&l);
	assert_int_equal(px__lang_detect(&l, article_a, strlen(article_a), &out), PX_OK);
	assert_string_equal(out, "en");
	px_free(out);
	assert_int_equal(px__lang_detect(&l, de, strlen(de), &out), PX_OK);
	assert_string_equal(out, "de");
	px_free(out);
	{
		/* Plain ASCII, yet not English: its function words send it on. */
		const char *id = "Pemerintah kota mengumumkan pada hari Selasa bahwa jembatan baru yang "
				 "menghubungkan dua distrik akan dibuka untuk umum bulan depan. Proyek ini "
				 "dimulai tiga tahun lalu dengan biaya sekitar 45 miliar rupiah.";
		assert_int_equal(px__lang_detect(&l, id, strlen(id), &out), PX_OK);
		assert_string_equal(out, "id");
		px_free(out);
	}
	assert_int_equal(px__lang_detect(&l, "Too short.", 10, &out), PX_OK);
	assert_null(out);
	assert_int_equal(px__lang_detect(&l, table, strlen(table), &out), PX_OK);
	assert_null(out);
	px__lang_release(&l);
}

/* --------------------------------------------------- allocation failure */


static int
drop(void *ud, struct px_article *a)
{
	(void)ud;
	px_article_free(a);
	return 0;
}

static void
quiet(void *ud, const char *file, long line, const char *reason)
{
	(void)ud;
	(void)file;
	(void)line;
	(void)reason;
}

static void
test_alloc_failure_every_n(void **state)
{
	struct px_allocator al = {failing_alloc, failing_realloc, plain_free, NULL};
	char jl[300], wa[300];
	long n = 0;
	int completed = 0;

	(void)state;
	snprintf(jl, sizeof jl, "%s", put_str("oom.jsonl",
		"{\"id\":\"a\",\"title\":\"T\",\"date\":\"2023-11-14\",\"text\":\"Dockworkers voted to end the strike.\"}\n"
		"{broken\n{\"text\":\"Second record here.\"}\n"));
	snprintf(wa, sizeof wa, "%s", put_str("oom.warc",
		"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:q>\r\nContent-Type: text/html\r\n"
		"Content-Length: 45\r\n\r\n<html><body><p>Short page.</p></body></html>\n\r\n\r\n"));
	px_set_allocator(&al);
	for (n = 1; n < 5000 && !completed; n++) {
		struct px_reader *rd = NULL;
		struct px_reader_opts o;
		px_status st = PX_OK;
		memset(&o, 0, sizeof(o));
		o.clean_flags = PX_CLEAN_ALL;
		o.threads = 2;
		fail_at = n;
		alloc_count = 0;
		st = px_reader_new(&o, drop, quiet, NULL, &rd);
		if (st == PX_OK) {
			px_status s1 = px_reader_read(rd, jl);
			px_status s2 = px_reader_read(rd, wa);
			assert_true(s1 == PX_OK || s1 == PX_ENOMEM);
			assert_true(s2 == PX_OK || s2 == PX_ENOMEM);
			px_reader_free(rd);
		} else {
			assert_int_equal(st, PX_ENOMEM);
		}
		completed = alloc_count < fail_at;
	}
	fail_at = 0;
	px_set_allocator(NULL);
	assert_true(completed);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stream_gzip_members),
		cmocka_unit_test(test_stream_zstd_and_plain),
		cmocka_unit_test(test_formats_by_name_and_content),
		cmocka_unit_test(test_directory_ids_and_order),
		cmocka_unit_test(test_jsonl_records),
		cmocka_unit_test(test_jsonl_long_line_and_limit),
		cmocka_unit_test(test_jsonl_threads_same_output),
		cmocka_unit_test(test_jsonl_bom_and_crlf),
		cmocka_unit_test(test_stop_from_callback),
		cmocka_unit_test(test_json_documents),
		cmocka_unit_test(test_warc_records),
		cmocka_unit_test(test_warc_big_record_skipped),
		cmocka_unit_test(test_warc_records_larger_than_a_read),
		cmocka_unit_test(test_bad_inputs),
		cmocka_unit_test(test_lang_detect),
		cmocka_unit_test(test_alloc_failure_every_n),
	};
	return cmocka_run_group_tests_name("ingest", tests, setup_dir, remove_dir);
}
