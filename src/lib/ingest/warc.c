/*
 * WARC 1.0/1.1 (ISO 28500) reader: records of a header block and a
 * Content-Length block, one after another, optionally one gzip member per
 * record (.warc.gz, decoded by compress.c as one stream).
 *
 * Articles come from "response" records (an HTTP message: status 200 and an
 * HTML content type only; chunked transfer coding and gzip/deflate content
 * coding are undone; the charset of the Content-Type header goes to the
 * HTML extractor), from "resource" records holding HTML or plain text, and
 * from "conversion" records holding plain text (Common Crawl WET files).
 * The record id is WARC-Record-ID without "<urn:uuid:" and ">";
 * WARC-Target-URI is the url when the page gives none, WARC-Date the date
 * when the page gives none or one after the crawl.
 *
 * Invariants: a whole record (header and block) is in the stream window
 * before it is looked at, so memory per record is bounded by the reader's
 * limit; larger records stream past. A record whose Content-Length does not
 * end where the next record (or the file) starts is reported and reading
 * resumes at the next line starting with "WARC/1.". Records that are simply
 * not articles (requests, metadata, images, redirects, pages without text)
 * are counted and summarised in one note per file, not one per record.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <zlib.h>

#include "ingest_internal.h"

#define HEADER_MAX ((size_t)64 << 10)
#define BATCH_RECORDS 64
#define BATCH_BYTES ((size_t)16 << 20)
#define STEP ((size_t)1 << 16)

/* Why records were passed over, for the per-file summary. */
struct skips {
	size_t not_html;
	size_t status;
	size_t no_text;
	size_t encoding;
};

/* Why a record was passed over. */
enum {
	SKIP_NONE = 0,
	SKIP_NOT_HTML,
	SKIP_STATUS,
	SKIP_ENCODING,
	SKIP_NO_TEXT
};

/* One record queued for the workers, and what became of it. */
struct wjob {
	size_t hdr_off, hdr_len;  /* its WARC header block in the batch */
	size_t off, len;          /* its block in the batch */
	size_t recno;             /* 1-based record number in the file */
	struct px_article *a;     /* the article, or NULL */
	int skip;                 /* SKIP_* when passed over */
	char *err;                /* a problem to report (owned), or NULL */
	px_status fatal;          /* PX_ENOMEM */
};

/* Records waiting for the workers, with the file's skip counts. */
struct wbatch {
	struct px_reader *r;
	const struct px__file *file;
	struct px_buf bytes;
	struct wjob *jobs;
	size_t n, cap;
	struct skips sk;
};

/* The fields of a record header that matter here (pointers into it). */
struct warc_head {
	const char *type, *id, *uri, *date, *ctype;
	size_t type_len, id_len, uri_len, date_len, ctype_len;
	uint64_t clen;
	int has_clen;
};

static int
ieq(const char *a, size_t an, const char *b)
{
	size_t i = 0, bn = strlen(b);

	if (an != bn)
		return 0;
	for (i = 0; i < an; i++) {
		char x = a[i];
		if (x >= 'A' && x <= 'Z')
			x = (char)(x + 32);
		if (x != b[i])
			return 0;
	}
	return 1;
}

/* Whether [p, p+n) starts with the lowercase ASCII prefix pre. */
static int
istarts(const char *p, size_t n, const char *pre)
{
	size_t k = strlen(pre);

	return n >= k && ieq(p, k, pre);
}

/* Offset of the first occurrence of needle in [p, p+n), or n. */
static size_t
find(const char *p, size_t n, const char *needle)
{
	size_t k = strlen(needle), i = 0;

	if (n < k)
		return n;
	for (i = 0; i + k <= n; i++) {
		const char *q = memchr(p + i, needle[0], n - k + 1 - i);
		if (q == NULL)
			return n;
		i = (size_t)(q - p);
		if (memcmp(q, needle, k) == 0)
			return i;
	}
	return n;
}

/* End of a header block (just past its blank line) in [p, p+n), or 0. */
static size_t
header_end(const char *p, size_t n)
{
	size_t i = 0;

	for (i = 0; i + 1 < n; i++) {
		if (p[i] != '\n')
			continue;
		if (p[i + 1] == '\n')
			return i + 2;
		if (p[i + 1] == '\r' && i + 2 < n && p[i + 2] == '\n')
			return i + 3;
	}
	return 0;
}

/*
 * Call fn on each "Name: value" line of a header block [p, p+n) after the
 * first line, with the value trimmed.
 */
typedef void (*header_fn)(void *ud, const char *name, size_t name_len,
			  const char *value, size_t value_len);

static void
each_header(const char *p, size_t n, header_fn fn, void *ud)
{
	size_t i = 0;
	const char *first = memchr(p, '\n', n);

	if (first == NULL)
		return;
	i = (size_t)(first - p) + 1;
	while (i < n) {
		const char *eol = memchr(p + i, '\n', n - i);
		size_t end = eol ? (size_t)(eol - p) : n;
		size_t line_end = end, colon = i;
		if (line_end > i && p[line_end - 1] == '\r')
			line_end--;
		while (colon < line_end && p[colon] != ':')
			colon++;
		if (colon < line_end) {
			size_t vs = colon + 1, ve = line_end;
			while (vs < ve && (p[vs] == ' ' || p[vs] == '\t'))
				vs++;
			while (ve > vs && (p[ve - 1] == ' ' || p[ve - 1] == '\t'))
				ve--;
			fn(ud, p + i, colon - i, p + vs, ve - vs);
		}
		i = end + 1;
	}
}

static void
warc_header(void *ud, const char *name, size_t nl, const char *v, size_t vl)
{
	struct warc_head *h = ud;

	if (ieq(name, nl, "warc-type")) {
		h->type = v;
		h->type_len = vl;
	} else if (ieq(name, nl, "warc-record-id")) {
		h->id = v;
		h->id_len = vl;
	} else if (ieq(name, nl, "warc-target-uri")) {
		h->uri = v;
		h->uri_len = vl;
	} else if (ieq(name, nl, "warc-date")) {
		h->date = v;
		h->date_len = vl;
	} else if (ieq(name, nl, "content-type")) {
		h->ctype = v;
		h->ctype_len = vl;
	} else if (ieq(name, nl, "content-length")) {
		size_t i = 0;
		uint64_t x = 0;
		for (i = 0; i < vl && v[i] >= '0' && v[i] <= '9' && i < 19; i++)
			x = x * 10 + (uint64_t)(v[i] - '0');
		if (i == vl && vl > 0) {
			h->clen = x;
			h->has_clen = 1;
		}
	}
}

/* HTTP response headers that matter. */
struct http_head {
	const char *ctype, *te, *ce;
	size_t ctype_len, te_len, ce_len;
};

static void
http_header(void *ud, const char *name, size_t nl, const char *v, size_t vl)
{
	struct http_head *h = ud;

	if (ieq(name, nl, "content-type")) {
		h->ctype = v;
		h->ctype_len = vl;
	} else if (ieq(name, nl, "transfer-encoding")) {
		h->te = v;
		h->te_len = vl;
	} else if (ieq(name, nl, "content-encoding")) {
		h->ce = v;
		h->ce_len = vl;
	}
}

/* The media type of a Content-Type value, lowercased into out. */
static void
media_type(const char *v, size_t n, char *out, size_t cap)
{
	size_t i = 0, k = 0;

	while (i < n && (v[i] == ' ' || v[i] == '\t'))
		i++;
	for (; i < n && v[i] != ';' && v[i] != ' ' && k + 1 < cap; i++) {
		char c = v[i];
		out[k++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	out[k] = '\0';
}

/* The charset parameter of a Content-Type value into out ("" if none). */
static void
charset_param(const char *v, size_t n, char *out, size_t cap)
{
	size_t i = 0, k = 0;

	out[0] = '\0';
	for (i = 0; i + 8 <= n; i++) {
		if (istarts(v + i, n - i, "charset=")) {
			i += 8;
			if (i < n && (v[i] == '"' || v[i] == '\''))
				i++;
			while (i < n && v[i] != '"' && v[i] != '\'' && v[i] != ';' &&
			       v[i] != ' ' && k + 1 < cap)
				out[k++] = v[i++];
			out[k] = '\0';
			return;
		}
	}
}

static int
is_html_type(const char *mt)
{
	return strcmp(mt, "text/html") == 0 || strcmp(mt, "application/xhtml+xml") == 0 ||
	       strcmp(mt, "application/xhtml") == 0;
}

/* Undo chunked transfer coding into out; -1 when malformed. */
static int
dechunk(const char *p, size_t n, struct px_buf *out)
{
	size_t i = 0;

	for (;;) {
		uint64_t size = 0;
		int digits = 0;
		while (i < n && digits < 16) {
			char c = p[i];
			int v = c >= '0' && c <= '9'   ? c - '0'
				: c >= 'a' && c <= 'f' ? c - 'a' + 10
				: c >= 'A' && c <= 'F' ? c - 'A' + 10
						       : -1;
			if (v < 0)
				break;
			size = size * 16 + (uint64_t)v;
			digits++;
			i++;
		}
		if (digits == 0)
			return -1;
		/* Chunk extensions and the line end. */
		while (i < n && p[i] != '\n')
			i++;
		if (i >= n)
			return size == 0 ? 0 : -1;
		i++;
		if (size == 0)
			return 0;
		if (size > n - i)
			return -1;
		if (px_buf_append(out, p + i, (size_t)size))
			return -1;
		i += (size_t)size;
		if (i < n && p[i] == '\r')
			i++;
		if (i < n && p[i] == '\n')
			i++;
	}
}

/* Undo gzip/zlib/raw-deflate content coding into out (at most limit). */
static int
inflate_body(const char *p, size_t n, size_t limit, struct px_buf *out)
{
	int attempt = 0;

	for (attempt = 0; attempt < 2; attempt++) {
		z_stream z;
		int rc = Z_OK;
		memset(&z, 0, sizeof(z));
		if (inflateInit2(&z, attempt == 0 ? 15 + 32 : -15) != Z_OK)
			return -1;
		z.next_in = (Bytef *)(uintptr_t)p;
		z.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
		px_buf_truncate(out, 0);
		while (rc == Z_OK) {
			if (px_buf_reserve(out, STEP) || out->len > limit) {
				rc = Z_MEM_ERROR;
				break;
			}
			z.next_out = (Bytef *)out->data + out->len;
			z.avail_out = (uInt)(out->cap - out->len - 1);
			rc = inflate(&z, Z_NO_FLUSH);
			out->len = out->cap - 1 - z.avail_out;
			out->data[out->len] = '\0';
			if (rc == Z_BUF_ERROR && z.avail_in == 0)
				break;
		}
		inflateEnd(&z);
		/* A body cut short still yields what was decoded. */
		if ((rc == Z_STREAM_END || rc == Z_BUF_ERROR) && out->len > 0)
			return 0;
	}
	return -1;
}

/* The id of a record: WARC-Record-ID without "<urn:uuid:" and ">". */
static char *
record_id(const struct warc_head *h, const struct px__file *file, size_t recno)
{
	const char *v = h->id;
	size_t n = h->id_len;
	struct px_buf b = PX_BUF_INIT;

	if (v != NULL && n > 0) {
		if (v[0] == '<' && n >= 2 && v[n - 1] == '>') {
			v++;
			n -= 2;
		}
		if (istarts(v, n, "urn:uuid:")) {
			v += 9;
			n -= 9;
		}
		if (n > 0)
			return px_strndup(v, n);
	}
	px_buf_printf(&b, "%s:%zu", file->id, recno);
	return px_buf_detach(&b, NULL);
}

/* A short label for messages about a record. */
static void
label(char *out, size_t cap, const struct warc_head *h, uint64_t offset)
{
	const char *v = h->id;
	size_t n = h->id_len;

	if (v != NULL && n > 0 && n < 100) {
		if (v[0] == '<' && n >= 2 && v[n - 1] == '>') {
			v++;
			n -= 2;
		}
		if (istarts(v, n, "urn:uuid:")) {
			v += 9;
			n -= 9;
		}
		snprintf(out, cap, "record %.*s", (int)n, v);
	} else {
		snprintf(out, cap, "record at byte %llu", (unsigned long long)offset);
	}
}

/*
 * Turn one complete record (header block and block, copied into the
 * batch) into an article, or say why not, in j. Runs on a worker thread:
 * it reads the reader's options only and uses the worker's own language
 * state.
 */
static void
compute_record(const struct px_reader *r, const struct px__file *file,
	       struct wjob *j, const char *hdr, const char *block,
	       struct px__lang *lang)
{
	struct warc_head head;
	const struct warc_head *h = &head;
	size_t n = j->len;
	char mt[64], cs[64];
	const char *body = block;
	size_t body_len = n;
	struct px_buf un = PX_BUF_INIT, dech = PX_BUF_INIT;
	struct px_article *a = NULL;
	px_status st = PX_OK;
	int as_text = 0;
	char *uri = NULL;

	memset(&head, 0, sizeof(head));
	each_header(hdr, j->hdr_len, warc_header, &head);
	cs[0] = '\0';
	mt[0] = '\0';
	if (h->type != NULL && ieq(h->type, h->type_len, "response")) {
		struct http_head hh;
		size_t he = 0, i = 0;
		int status = 0;
		memset(&hh, 0, sizeof(hh));
		if (!istarts(block, n, "http/")) {
			j->skip = SKIP_NOT_HTML;
			goto cleanup;
		}
		he = header_end(block, n < HEADER_MAX ? n : HEADER_MAX);
		if (he == 0) {
			j->skip = SKIP_NOT_HTML;
			goto cleanup;
		}
		/* "HTTP/1.1 200 OK", "HTTP/2 200". */
		while (i < he && block[i] != ' ')
			i++;
		while (i < he && block[i] == ' ')
			i++;
		if (i + 3 <= he && block[i] >= '0' && block[i] <= '9' &&
		    block[i + 1] >= '0' && block[i + 1] <= '9' &&
		    block[i + 2] >= '0' && block[i + 2] <= '9')
			status = (block[i] - '0') * 100 + (block[i + 1] - '0') * 10 +
				 (block[i + 2] - '0');
		if (status != 200) {
			j->skip = SKIP_STATUS;
			goto cleanup;
		}
		each_header(block, he, http_header, &hh);
		if (hh.ctype != NULL) {
			media_type(hh.ctype, hh.ctype_len, mt, sizeof mt);
			charset_param(hh.ctype, hh.ctype_len, cs, sizeof cs);
		}
		body = block + he;
		body_len = n - he;
		/* Without a Content-Type the bytes decide (after decoding). */
		if (hh.ctype != NULL && !is_html_type(mt)) {
			j->skip = SKIP_NOT_HTML;
			goto cleanup;
		}
		if (hh.te != NULL && istarts(hh.te, hh.te_len, "chunked")) {
			px_buf_init(&dech, r->limit);
			if (dechunk(body, body_len, &dech) == 0) {
				body = dech.data ? dech.data : "";
				body_len = dech.len;
			}
		}
		if (hh.ce != NULL && !ieq(hh.ce, hh.ce_len, "identity")) {
			if (ieq(hh.ce, hh.ce_len, "gzip") || ieq(hh.ce, hh.ce_len, "x-gzip") ||
			    ieq(hh.ce, hh.ce_len, "deflate")) {
				px_buf_init(&un, r->limit);
				if (inflate_body(body, body_len, r->limit, &un) == 0) {
					body = un.data;
					body_len = un.len;
				} else if (un.failed == PX_ENOMEM) {
					st = PX_ENOMEM;
					goto cleanup;
				} else {
					j->skip = SKIP_ENCODING;
					goto cleanup;
				}
			} else {
				j->skip = SKIP_ENCODING;
				goto cleanup;
			}
		}
		if (hh.ctype == NULL && !px__looks_like_html(body, body_len)) {
			j->skip = SKIP_NOT_HTML;
			goto cleanup;
		}
	} else if (h->type != NULL && (ieq(h->type, h->type_len, "resource") ||
				       ieq(h->type, h->type_len, "conversion"))) {
		if (h->ctype != NULL) {
			media_type(h->ctype, h->ctype_len, mt, sizeof mt);
			charset_param(h->ctype, h->ctype_len, cs, sizeof cs);
		}
		if (strcmp(mt, "text/plain") == 0) {
			as_text = 1;
		} else if (h->ctype == NULL && px__looks_like_html(block, n)) {
			/* No Content-Type: HTML by its markup. */
		} else if (!is_html_type(mt)) {
			j->skip = SKIP_NOT_HTML;
			goto cleanup;
		}
	} else {
		/* warcinfo, request, metadata, revisit, continuation: never
		 * articles, so not worth a mention. */
		goto cleanup;
	}
	if (h->uri != NULL) {
		uri = px_strndup(h->uri, h->uri_len);
		if (uri == NULL) {
			st = PX_ENOMEM;
			goto cleanup;
		}
	}
	if (as_text)
		st = px_article_from_text("", body, body_len, cs[0] ? cs : NULL,
					  r->opts.clean_flags, &a);
	else
		st = px__html_extract(body, body_len, cs[0] ? cs : NULL, uri, &a);
	if (st == PX_EEMPTY || st == PX_EBINARY) {
		j->skip = SKIP_NO_TEXT;
		st = PX_OK;
		goto cleanup;
	}
	if (st == PX_EDEPTH || st == PX_ETOOBIG || st == PX_EFORMAT) {
		char lab[160];
		struct px_buf m = PX_BUF_INIT;
		label(lab, sizeof lab, h, 0);
		px_buf_printf(&m, "%s: %s; skipped", lab, px_strerror(st));
		j->err = px_buf_detach(&m, NULL);
		st = j->err ? PX_OK : PX_ENOMEM;
		goto cleanup;
	}
	if (st)
		goto cleanup;
	px_free(a->id);
	a->id = record_id(h, file, j->recno);
	if (a->id == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	if (a->url == NULL && uri != NULL) {
		a->url = uri;
		uri = NULL;
	}
	if (h->date != NULL) {
		char *d = NULL;
		int64_t t = 0;
		if (px_date_parse(h->date, h->date_len, &d, &t) == PX_OK) {
			/* A page cannot be published after it was crawled: such
			 * a date is a misreading, so the crawl date wins. */
			if (a->date == NULL || (a->time != INT64_MIN && a->time > t + 86400)) {
				px_free(a->date);
				a->date = d;
				a->time = t;
				d = NULL;
			}
			px_free(d);
		}
	}
	if (a->lang == NULL) {
		st = px__lang_detect(lang, a->text, a->text_len, &a->lang);
		if (st)
			goto cleanup;
	}
	j->a = a;
	a = NULL;
cleanup:
	if (st == PX_ENOMEM)
		j->fatal = PX_ENOMEM;
	px_article_free(a);
	px_free(uri);
	px_buf_release(&un);
	px_buf_release(&dech);
}

static void
job_fn(void *ctx, size_t i, unsigned worker)
{
	struct wbatch *b = ctx;
	struct wjob *j = &b->jobs[i];

	compute_record(b->r, b->file, j, b->bytes.data + j->hdr_off,
		       b->bytes.data + j->off, &b->r->langs[worker]);
}

/* Process the batched records (in parallel when there are threads), then
 * deliver articles, counts and problems in record order. */
static void
wbatch_flush(struct wbatch *b)
{
	struct px_reader *r = b->r;
	size_t i = 0;

	if (b->n == 0)
		return;
	px__parallel(r->threads, b->n, job_fn, b);
	for (i = 0; i < b->n; i++) {
		struct wjob *j = &b->jobs[i];
		/* What is neither an article nor a problem was passed over. */
		if (px__reader_deliver(r, b->file, 0, j->a, j->err, j->fatal)) {
			if (j->skip == SKIP_NOT_HTML)
				b->sk.not_html++;
			else if (j->skip == SKIP_STATUS)
				b->sk.status++;
			else if (j->skip == SKIP_ENCODING)
				b->sk.encoding++;
			else if (j->skip == SKIP_NO_TEXT)
				b->sk.no_text++;
		}
		px_free(j->err);
		memset(j, 0, sizeof(*j));
	}
	b->n = 0;
	px_buf_reset(&b->bytes);
}

/* Queue a record (copied); the batch is processed when it is full. */
static void
wbatch_add(struct wbatch *b, const char *hdr, size_t hdr_len, const char *block,
	   size_t len, size_t recno)
{
	struct wjob *j = NULL;

	if (px_grow((void **)&b->jobs, &b->cap, b->n + 1, sizeof(*b->jobs))) {
		b->r->fatal = PX_ENOMEM;
		return;
	}
	j = &b->jobs[b->n];
	memset(j, 0, sizeof(*j));
	j->hdr_off = b->bytes.len;
	j->hdr_len = hdr_len;
	px_buf_append(&b->bytes, hdr, hdr_len);
	j->off = b->bytes.len;
	j->len = len;
	j->recno = recno;
	px_buf_append(&b->bytes, block, len);
	if (b->bytes.failed) {
		b->r->fatal = PX_ENOMEM;
		return;
	}
	b->n++;
	if (b->n >= BATCH_RECORDS || b->bytes.len >= BATCH_BYTES)
		wbatch_flush(b);
}


/* Report a problem found while reading, after the records before it. */
static void
wproblem(struct wbatch *b, long line, int reject, const char *fmt, ...) PX_PRINTF(4, 5);

static void
wproblem(struct wbatch *b, long line, int reject, const char *fmt, ...)
{
	va_list ap;

	wbatch_flush(b);
	va_start(ap, fmt);
	px__reader_vproblem(b->r, b->file, line, reject, fmt, ap);
	va_end(ap);
}

/*
 * Move to the next line that starts with "WARC/1." at or after byte from
 * of the window. Returns 1 when the window now starts there, 0 at the end.
 */
static int
resync(struct px__stream *s, size_t from)
{
	size_t avail = px__stream_fill(s, from + 8);

	px__stream_consume(s, from < avail ? from : avail);
	for (;;) {
		const char *d = px__stream_data(s);
		size_t pos = 0;
		avail = px__stream_avail(s);
		pos = find(d, avail, "\nWARC/1.");
		if (pos < avail) {
			px__stream_consume(s, pos + 1);
			return 1;
		}
		if (s->eof) {
			px__stream_consume(s, avail);
			return 0;
		}
		if (avail > 8)
			px__stream_consume(s, avail - 8);
		px__stream_fill(s, px__stream_avail(s) + STEP);
	}
}

static void
summary(struct px_reader *r, const struct px__file *file, const struct skips *sk)
{
	size_t total = sk->not_html + sk->status + sk->no_text + sk->encoding;
	struct px_buf b = PX_BUF_INIT;
	const char *sep = "";

	if (total == 0)
		return;
	px_buf_printf(&b, "%zu WARC record%s skipped (", total, total == 1 ? "" : "s");
	if (sk->not_html) {
		px_buf_printf(&b, "%s%zu not HTML", sep, sk->not_html);
		sep = ", ";
	}
	if (sk->status) {
		px_buf_printf(&b, "%s%zu HTTP status not 200", sep, sk->status);
		sep = ", ";
	}
	if (sk->encoding) {
		px_buf_printf(&b, "%s%zu unsupported content encoding", sep, sk->encoding);
		sep = ", ";
	}
	if (sk->no_text)
		px_buf_printf(&b, "%s%zu without article text", sep, sk->no_text);
	px_buf_putc(&b, ')');
	if (b.failed == PX_OK)
		px__reader_problem(r, file, 0, 0, "%s", b.data);
	px_buf_release(&b);
}

void
px__warc_read(struct px_reader *r, const struct px__file *file,
	      struct px__stream *s)
{
	struct wbatch b;
	size_t recno = 0;
	char lab[160], lim[32];

	memset(&b, 0, sizeof(b));
	b.r = r;
	b.file = file;
	px_buf_init(&b.bytes, BATCH_BYTES + r->limit + HEADER_MAX);
	px__limit_text(r->limit, lim, sizeof lim);
	while (!r->stop && !r->fatal) {
		struct warc_head h;
		const char *d = NULL;
		size_t avail = 0, he = 0, need = 0, t = 0;
		uint64_t at = 0;
		int ok = 0;

		/* Blank lines between records. */
		for (;;) {
			avail = px__stream_fill(s, 1);
			if (avail == 0)
				break;
			d = px__stream_data(s);
			if (d[0] != '\r' && d[0] != '\n')
				break;
			px__stream_consume(s, 1);
		}
		avail = px__stream_fill(s, 7);
		at = s->offset;
		if (avail == 0) {
			if (s->err == PX_ENOMEM)
				r->fatal = PX_ENOMEM;
			else if (s->err)
				wproblem(&b, 0, 1, "%s after the last complete record",
					 px__stream_error(s));
			break;
		}
		d = px__stream_data(s);
		if (avail < 7 || memcmp(d, "WARC/1.", 7) != 0) {
			wproblem(&b, 0, 1,
				 "no WARC record at byte %llu; skipped to the next record",
				 (unsigned long long)at);
			if (!resync(s, 0))
				break;
			continue;
		}
		/* The header block, at most HEADER_MAX bytes. */
		for (;;) {
			d = px__stream_data(s);
			he = header_end(d, avail);
			if (he || s->eof || avail >= HEADER_MAX)
				break;
			avail = px__stream_fill(s, avail + 4096);
		}
		if (he == 0) {
			if (s->eof) {
				wproblem(&b, 0, 1, "%s; partial record at byte %llu dropped",
					 s->err ? px__stream_error(s) : "truncated WARC header",
					 (unsigned long long)at);
				break;
			}
			wproblem(&b, 0, 1, "WARC header at byte %llu too long; skipped",
				 (unsigned long long)at);
			if (!resync(s, 1))
				break;
			continue;
		}
		memset(&h, 0, sizeof(h));
		each_header(d, he, warc_header, &h);
		label(lab, sizeof lab, &h, at);
		recno++;
		if (!h.has_clen) {
			wproblem(&b, 0, 1, "%s: no valid Content-Length; skipped", lab);
			if (!resync(s, 1))
				break;
			continue;
		}
		if (h.clen > r->limit) {
			uint64_t got = 0;
			int content = h.type != NULL && (ieq(h.type, h.type_len, "response") ||
							 ieq(h.type, h.type_len, "resource"));
			/* Big non-article records (video, archives) are normal;
			 * only say so when it may have been an article. */
			if (content)
				wproblem(&b, 0, 1, "%s larger than the %s limit; skipped",
					 lab, lim);
			px__stream_consume(s, he);
			got = px__stream_skip(s, h.clen);
			if (got < h.clen) {
				wproblem(&b, 0, 1,
					 "%s: Content-Length %llu runs past the end of the file",
					 lab, (unsigned long long)h.clen);
				break;
			}
			continue;
		}
		need = he + (size_t)h.clen;
		avail = px__stream_fill(s, need + 4 + 7);
		/* Filling may move the window: read the header again. */
		d = px__stream_data(s);
		memset(&h, 0, sizeof(h));
		each_header(d, he, warc_header, &h);
		if (avail < need) {
			size_t pos = find(d + he, avail - he, "\nWARC/1.");
			if (pos < avail - he) {
				wproblem(&b, 0, 1,
					 "%s: Content-Length %llu runs into the next record; "
					 "record dropped, resynchronised",
					 lab, (unsigned long long)h.clen);
				px__stream_consume(s, he + pos + 1);
				continue;
			}
			if (s->err == PX_ENOMEM) {
				r->fatal = PX_ENOMEM;
			} else if (s->err) {
				wproblem(&b, 0, 1, "%s; partial %s dropped",
					 px__stream_error(s), lab);
			} else {
				wproblem(&b, 0, 1,
					 "%s: Content-Length %llu runs past the end of the file; "
					 "record dropped",
					 lab, (unsigned long long)h.clen);
			}
			px__stream_consume(s, avail);
			break;
		}
		/* The block must end where the next record or the file starts. */
		t = need;
		while (t < avail && t < need + 4 && (d[t] == '\r' || d[t] == '\n'))
			t++;
		/* The record's own "\r\n\r\n" trailer is proof enough; anything
		 * after it that is not a record is reported on its own. */
		if (avail - need >= 4 && memcmp(d + need, "\r\n\r\n", 4) == 0)
			ok = 1;
		else if (t == avail && s->eof)
			ok = 1;
		else if (avail - t >= 7 && memcmp(d + t, "WARC/1.", 7) == 0)
			ok = 1;
		else if (avail - t < 7 && s->eof && memcmp(d + t, "WARC/1.", avail - t) == 0)
			ok = 1;
		if (!ok) {
			size_t pos = find(d + he, avail - he, "\nWARC/1.");
			wproblem(&b, 0, 1,
				 "%s: Content-Length %llu does not match the record; "
				 "record dropped, resynchronised",
				 lab, (unsigned long long)h.clen);
			if (pos < avail - he) {
				px__stream_consume(s, he + pos + 1);
			} else if (!resync(s, need)) {
				break;
			}
			continue;
		}
		wbatch_add(&b, d, he, d + he, (size_t)h.clen, recno);
		px__stream_consume(s, need);
	}
	wbatch_flush(&b);
	summary(r, file, &b.sk);
	px_free(b.jobs);
	px_buf_release(&b.bytes);
}
