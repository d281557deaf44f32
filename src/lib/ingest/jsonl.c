/*
 * JSON Lines and JSON documents: one article per object, with the fields
 * id, url, source, title, date, lang, author and text or html; other fields
 * are ignored. Each line goes through the fast scanner of jsonrec.c first
 * and through jansson only when the scanner gives up (errors, rare
 * constructs), so jansson decides what is valid and words every error.
 *
 * Lines are collected in batches (up to BATCH_LINES lines or BATCH_BYTES
 * bytes, copied out of the stream window); the per-line work (JSON parsing,
 * repair, cleaning, language) is spread over the reader's worker threads
 * (px__parallel), and the results are delivered strictly in
 * line order afterwards, so output never depends on the thread count.
 *
 * Invariants: a bad line is reported as FILE:LINE and skipped, the rest of
 * the file goes on; no line longer than the reader's limit is held in
 * memory (it is discarded as it streams past); after a truncated or corrupt
 * compressed stream every complete line decoded before the damage is kept
 * and the partial one is dropped with one message.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "ingest_internal.h"

#define BATCH_LINES 512
#define BATCH_BYTES ((size_t)4 << 20)
#define READ_STEP ((size_t)1 << 16)

/* One line (or array element) and what became of it. */
struct job {
	size_t off, len;          /* the line in the batch buffer */
	long line;                /* 1-based line (element number for arrays) */
	struct px_article *a;     /* the article, or NULL */
	char *err;                /* why it was rejected (owned), or NULL */
	px_status fatal;          /* PX_ENOMEM */
};

struct batch {
	struct px_reader *r;
	const struct px__file *file;
	struct px_buf bytes;
	struct job *jobs;
	size_t n, cap;
};

/* ---------------------------------------------------------- one record */

/* A field trimmed of surrounding white space; NULL when blank or absent. */
static const char *
field(const struct px__rec *rec, int k, size_t *len)
{
	const char *s = rec->f[k];
	size_t n = rec->len[k];

	if (s == NULL)
		return NULL;
	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
			 s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	if (n == 0)
		return NULL;
	*len = n;
	return s;
}

static char *
err_dup(const char *fmt, ...) PX_PRINTF(1, 2);

static char *
err_dup(const char *fmt, ...)
{
	struct px_buf b = PX_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	px_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (b.failed) {
		px_buf_release(&b);
		return NULL;
	}
	return px_buf_detach(&b, NULL);
}

/* Replace *dst with a copy of s[0..n) (s NULL: leave it). */
static px_status
set_str(char **dst, const char *s, size_t n)
{
	char *c = NULL;

	if (s == NULL)
		return PX_OK;
	c = px_strndup(s, n);
	if (c == NULL)
		return PX_ENOMEM;
	px_free(*dst);
	*dst = c;
	return PX_OK;
}

/* The fields of a jansson object (the slow path), copied into rec. */
static px_status
rec_from_json(json_t *o, struct px__rec *rec)
{
	int k = 0;

	memset(rec, 0, sizeof(*rec));
	for (k = 0; k < PX__REC_N; k++) {
		json_t *v = json_object_get(o, px__rec_field_name(k));
		char num[32];
		const char *s = NULL;
		size_t n = 0;
		if (json_is_string(v)) {
			s = json_string_value(v);
			n = json_string_length(v);
		} else if (k == PX__REC_ID && json_is_integer(v)) {
			snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
			s = num;
			n = strlen(num);
			rec->id_integer = 1;
		}
		if (s != NULL) {
			rec->f[k] = px_strndup(s, n);
			rec->len[k] = n;
			if (rec->f[k] == NULL) {
				px__rec_release(rec);
				return PX_ENOMEM;
			}
		}
	}
	return PX_OK;
}

/*
 * Build the article of one record. On a bad record *err gets the reason
 * (owned) and PX_EFORMAT is returned; PX_ENOMEM otherwise fatal.
 */
static px_status
record_article(struct px_reader *r, const struct px__rec *rec,
	       const char *fallback_id, struct px__lang *lang,
	       struct px_article **out, char **err)
{
	struct px_article *a = NULL;
	const char *text = NULL, *html = NULL, *title = NULL, *s = NULL;
	size_t text_len = 0, html_len = 0, title_len = 0, n = 0;
	const char *id = fallback_id;
	int k = 0;
	px_status st = PX_OK;

	*out = NULL;
	*err = NULL;
	/* An id with a NUL inside cannot be printed back; use the fallback. */
	if (rec->f[PX__REC_ID] != NULL && rec->len[PX__REC_ID] > 0 &&
	    strlen(rec->f[PX__REC_ID]) == rec->len[PX__REC_ID])
		id = rec->f[PX__REC_ID];
	text = field(rec, PX__REC_TEXT, &text_len);
	if (text == NULL)
		html = field(rec, PX__REC_HTML, &html_len);
	/* the body under another name ("body", "content", "articleBody",
	 * "maintext"): markup when it reads as markup */
	for (k = PX__REC_BODY; text == NULL && html == NULL && k <= PX__REC_MAINTEXT; k++) {
		const char *b = field(rec, k, &n);
		if (b != NULL && px__looks_like_html(b, n)) {
			html = b;
			html_len = n;
		} else if (b != NULL) {
			text = b;
			text_len = n;
		}
	}
	title = field(rec, PX__REC_TITLE, &title_len);
	if (title == NULL)
		title = field(rec, PX__REC_HEADLINE, &title_len);
	if (text != NULL) {
		/* A record's text is its body: its first line is never taken
		 * for a headline (the title comes from the record or is null). */
		unsigned flags = r->opts.clean_flags & ~(unsigned)PX_CLEAN_TITLE;
		st = px__article_from_utf8(id, text, text_len, flags, &a);
	} else if (html != NULL) {
		const char *url = field(rec, PX__REC_URL, &n);
		char *u = url ? px_strndup(url, n) : NULL;
		if (url != NULL && u == NULL)
			return PX_ENOMEM;
		st = px__html_extract(html, html_len, "utf-8", u, &a);
		px_free(u);
	} else {
		*err = err_dup("no \"text\" or \"html\" field");
		return *err ? PX_EFORMAT : PX_ENOMEM;
	}
	if (st == PX_ENOMEM)
		return st;
	if (st) {
		*err = err_dup("%s", st == PX_EEMPTY ? "no text"
				     : st == PX_EBINARY ? "text is binary data"
							: px_strerror(st));
		return *err ? PX_EFORMAT : PX_ENOMEM;
	}
	if (a->text_len == 0) {
		*err = err_dup("no text");
		st = *err ? PX_EFORMAT : PX_ENOMEM;
		goto cleanup;
	}
	st = set_str(&a->id, id, strlen(id));
	if (st)
		goto cleanup;
	if (title != NULL) {
		/* The record's title stays the title, repaired like the text. */
		struct px_buf t = PX_BUF_INIT;
		st = px_text_repair(title, title_len, PX_REPAIR_ALL, &t, &a->repairs);
		if (st == PX_OK && t.failed)
			st = t.failed;
		if (st) {
			px_buf_release(&t);
			goto cleanup;
		}
		px_free(a->title);
		a->title_len = t.len;
		a->title = px_buf_detach(&t, NULL);
		if (a->title == NULL) {
			a->title = px_strdup("");
			a->title_len = 0;
			if (a->title == NULL) {
				st = PX_ENOMEM;
				goto cleanup;
			}
		}
	}
	if ((s = field(rec, PX__REC_SOURCE, &n)) != NULL && (st = set_str(&a->source, s, n)))
		goto cleanup;
	if ((s = field(rec, PX__REC_URL, &n)) != NULL && (st = set_str(&a->url, s, n)))
		goto cleanup;
	if ((s = field(rec, PX__REC_AUTHOR, &n)) != NULL && (st = set_str(&a->author, s, n)))
		goto cleanup;
	if ((s = field(rec, PX__REC_LANG, &n)) != NULL && n <= 16) {
		size_t i = 0;
		st = set_str(&a->lang, s, n);
		if (st)
			goto cleanup;
		for (i = 0; i < n; i++) {
			if (a->lang[i] >= 'A' && a->lang[i] <= 'Z')
				a->lang[i] = (char)(a->lang[i] + 32);
		}
	}
	/* "date", else the first of its other names a feed gives
	 * ("published": "2025-10-09T11:24:00+02:00") */
	s = field(rec, PX__REC_DATE, &n);
	for (k = PX__REC_PUBLISHED; s == NULL && k <= PX__REC_PUBDATE; k++)
		s = field(rec, k, &n);
	if (s != NULL) {
		char *d = NULL;
		int64_t t = 0;
		/* An unreadable date is missing metadata, not a bad record. */
		st = px_date_parse(s, n, &d, &t);
		if (st == PX_OK) {
			px_free(a->date);
			a->date = d;
			a->time = t;
		} else if (st == PX_ENOMEM) {
			goto cleanup;
		}
		st = PX_OK;
	}
	if (a->lang == NULL)
		st = px__lang_detect(lang, a->text, a->text_len, &a->lang);
cleanup:
	if (st) {
		px_article_free(a);
		return st;
	}
	*out = a;
	return PX_OK;
}

/* Message for a jansson error, without echoing invalid bytes. */
static char *
json_error_message(const json_error_t *e)
{
	if (strncmp(e->text, "unable to decode byte", 21) == 0)
		return err_dup("invalid UTF-8 in JSON (column %d)", e->column);
	if (strstr(e->text, "Invalid UTF-8") != NULL)
		return err_dup("invalid UTF-8 in JSON");
	/* jansson names its own flag here; say what the line holds. */
	if (strstr(e->text, "u0000 is not allowed") != NULL)
		return err_dup("a NUL character (\\u0000) in a JSON string (column %d)",
			       e->column);
	return err_dup("invalid JSON: %s (column %d)", e->text, e->column);
}

/* The work of one line; thread-safe given its own lang state. */
static void
run_job(struct batch *b, struct job *j, struct px__lang *lang)
{
	struct px__rec rec;
	struct px_buf id = PX_BUF_INIT;
	const char *line = b->bytes.data + j->off;
	int rc = px__rec_scan(line, j->len, &rec);

	if (rc == -2) {
		j->fatal = PX_ENOMEM;
		return;
	}
	if (rc != 0) {
		/* The slow path decides: it knows every error message. */
		json_error_t e;
		json_t *o = json_loadb(line, j->len, JSON_DECODE_ANY, &e);
		px_status st = PX_OK;
		if (o == NULL) {
			j->err = json_error_message(&e);
			if (j->err == NULL)
				j->fatal = PX_ENOMEM;
			return;
		}
		if (!json_is_object(o)) {
			json_decref(o);
			j->err = err_dup("not a JSON object");
			if (j->err == NULL)
				j->fatal = PX_ENOMEM;
			return;
		}
		st = rec_from_json(o, &rec);
		json_decref(o);
		if (st) {
			j->fatal = PX_ENOMEM;
			return;
		}
	}
	px_buf_printf(&id, "%s:%ld", b->file->id, j->line);
	if (id.failed)
		j->fatal = PX_ENOMEM;
	else if (record_article(b->r, &rec, id.data, lang, &j->a, &j->err) == PX_ENOMEM)
		j->fatal = PX_ENOMEM;
	px_buf_release(&id);
	px__rec_release(&rec);
}

static void
job_fn(void *ctx, size_t i, unsigned worker)
{
	struct batch *b = ctx;

	run_job(b, &b->jobs[i], &b->r->langs[worker]);
}

/* Process the batch's jobs (in parallel when there are threads), then
 * deliver the results in order and empty the batch. */
static void
batch_flush(struct batch *b)
{
	struct px_reader *r = b->r;
	size_t i = 0;

	if (b->n == 0)
		return;
	px__parallel(r->threads, b->n, job_fn, b);
	for (i = 0; i < b->n; i++) {
		struct job *j = &b->jobs[i];
		(void)px__reader_deliver(r, b->file, j->line, j->a, j->err, j->fatal);
		px_free(j->err);
		memset(j, 0, sizeof(*j));
	}
	b->n = 0;
	px_buf_reset(&b->bytes);
}

static px_status
batch_add(struct batch *b, const char *line, size_t len, long lineno)
{
	struct job *j = NULL;

	if (px_grow((void **)&b->jobs, &b->cap, b->n + 1, sizeof(*b->jobs)))
		return PX_ENOMEM;
	j = &b->jobs[b->n];
	memset(j, 0, sizeof(*j));
	j->off = b->bytes.len;
	j->len = len;
	j->line = lineno;
	if (px_buf_append(&b->bytes, line, len))
		return PX_ENOMEM;
	b->n++;
	if (b->n >= BATCH_LINES || b->bytes.len >= BATCH_BYTES)
		batch_flush(b);
	return PX_OK;
}

static int
blank(const char *p, size_t n)
{
	size_t i = 0;

	for (i = 0; i < n; i++) {
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
			return 0;
	}
	return 1;
}

void
px__jsonl_read(struct px_reader *r, const struct px__file *file,
	       struct px__stream *s)
{
	struct batch b;
	size_t scan = 0;
	long lineno = 0;
	int skipping = 0;
	char lim[32];

	memset(&b, 0, sizeof(b));
	b.r = r;
	b.file = file;
	/* A batch can hold one line of the maximum size plus the others. */
	px_buf_init(&b.bytes, r->limit + BATCH_BYTES + 1);
	px__limit_text(r->limit, lim, sizeof lim);
	/* Editors on some systems start files with a UTF-8 byte order mark. */
	if (px__stream_fill(s, 3) >= 3 && memcmp(px__stream_data(s), "\xEF\xBB\xBF", 3) == 0)
		px__stream_consume(s, 3);
	while (!r->stop && !r->fatal) {
		size_t avail = px__stream_avail(s);
		const char *data = px__stream_data(s);
		const char *nl = scan < avail ? memchr(data + scan, '\n', avail - scan) : NULL;
		size_t len = 0;

		if (nl == NULL) {
			if (!s->eof && avail < r->limit) {
				scan = avail;
				px__stream_fill(s, avail + READ_STEP);
				continue;
			}
			if (!s->eof) {
				/* Longer than the limit: report it once, then let
				 * it stream past without keeping it. */
				if (!skipping) {
					px__reader_problem(r, file, lineno + 1, 1,
							   "line longer than the %s limit; skipped", lim);
					skipping = 1;
				}
				px__stream_consume(s, avail);
				scan = 0;
				px__stream_fill(s, READ_STEP);
				continue;
			}
			if (s->err == PX_ENOMEM) {
				r->fatal = PX_ENOMEM;
				break;
			}
			if (avail > 0 && !skipping && !blank(data, avail)) {
				if (s->err) {
					batch_flush(&b);
					px__reader_problem(r, file, lineno + 1, 1,
							   "%s; partial line dropped",
							   px__stream_error(s));
				} else if (batch_add(&b, data, avail, lineno + 1)) {
					r->fatal = PX_ENOMEM;
				}
			} else if (s->err) {
				batch_flush(&b);
				px__reader_problem(r, file, 0, 1, "%s after line %ld",
						   px__stream_error(s), lineno);
			}
			px__stream_consume(s, avail);
			break;
		}
		len = (size_t)(nl - data);
		lineno++;
		if (skipping) {
			skipping = 0;
		} else if (!blank(data, len) && batch_add(&b, data, len, lineno)) {
			r->fatal = PX_ENOMEM;
			break;
		}
		px__stream_consume(s, len + 1);
		scan = 0;
	}
	batch_flush(&b);
	px_free(b.jobs);
	px_buf_release(&b.bytes);
}

/* Whether the document's second line starts with '{' (a JSON Lines file
 * whose first line is broken, not a pretty-printed object). */
static int
next_line_opens_object(const char *p, size_t n)
{
	const char *nl = memchr(p, '\n', n);

	return nl != NULL && (size_t)(nl + 1 - p) < n && nl[1] == '{';
}

void
px__json_read(struct px_reader *r, const struct px__file *file,
	      const char *bytes, size_t len)
{
	json_error_t e;
	json_t *doc = json_loadb(bytes, len, 0, &e);
	size_t i = 0, n = 0;

	if (doc == NULL) {
		/* Many ".json" exports are really JSON Lines: a first line that
		 * is a whole object followed by more text says so, and so does a
		 * broken first line followed by a line that opens an object at
		 * its first column (a pretty-printed document indents its
		 * members): each line is then reported or read on its own. */
		if ((strstr(e.text, "end of file expected") != NULL && e.line > 1) ||
		    next_line_opens_object(bytes, len)) {
			struct px__stream s;
			if (px__stream_open_mem(&s, bytes, len)) {
				r->fatal = PX_ENOMEM;
				return;
			}
			px__jsonl_read(r, file, &s);
			px__stream_close(&s);
			return;
		}
		if (strncmp(e.text, "unable to decode byte", 21) == 0)
			px__reader_problem(r, file, e.line, 1, "invalid UTF-8 in JSON (column %d)",
					   e.column);
		else
			px__reader_problem(r, file, e.line > 0 ? e.line : 0, 1,
					   "invalid JSON: %s", e.text);
		return;
	}
	n = json_is_array(doc) ? json_array_size(doc) : 1;
	if (n == 0)
		px__reader_problem(r, file, 0, 1, "empty input");
	for (i = 0; i < n && !r->stop && !r->fatal; i++) {
		json_t *o = json_is_array(doc) ? json_array_get(doc, i) : doc;
		struct px_article *a = NULL;
		char *err = NULL;
		struct px_buf id = PX_BUF_INIT;
		struct px__rec rec;
		px_status st = PX_OK;

		if (json_is_array(doc))
			px_buf_printf(&id, "%s:%zu", file->id, i + 1);
		else
			px_buf_puts(&id, file->id);
		if (id.failed) {
			r->fatal = PX_ENOMEM;
			break;
		}
		if (!json_is_object(o)) {
			px_buf_release(&id);
			if (json_is_array(doc))
				px__reader_problem(r, file, 0, 1, "record %zu: not a JSON object", i + 1);
			else
				px__reader_problem(r, file, 0, 1, "not a JSON object");
			continue;
		}
		st = rec_from_json(o, &rec);
		if (st == PX_OK)
			st = record_article(r, &rec, id.data, &r->langs[0], &a, &err);
		px__rec_release(&rec);
		px_buf_release(&id);
		if (st == PX_ENOMEM) {
			r->fatal = PX_ENOMEM;
		} else if (st) {
			if (json_is_array(doc))
				px__reader_problem(r, file, 0, 1, "record %zu: %s", i + 1, err);
			else
				px__reader_problem(r, file, 0, 1, "%s", err);
		} else {
			px__reader_emit(r, a, file, 0, 1);
		}
		px_free(err);
	}
	json_decref(doc);
}
