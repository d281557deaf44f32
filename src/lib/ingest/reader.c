/*
 * Input walking: files, directories (recursive, sorted by name) and stdin;
 * choosing each file's format from its name checked against its content;
 * single-article files (plain text, HTML); delivering articles in input
 * order with ids unique within the run.
 *
 * Invariants: every input either yields articles or one problem report
 * (never silence); nothing is read into memory beyond the per-record limit;
 * a problem in one file never stops the next. The format readers for JSON
 * Lines and WARC live in jsonl.c and warc.c, decompression in compress.c.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "ingest_internal.h"

/* Directory nesting followed at most (symbolic link loops end here). */
#define MAX_DEPTH 64
/* Bytes looked at to sniff a format and to test for binary data. */
#define SNIFF_BYTES 4096

/* What the content looks like. */
enum sniffed {
	SNIFF_TEXT,
	SNIFF_HTML,
	SNIFF_JSON_OBJECT,   /* starts like JSON Lines */
	SNIFF_JSON_DOCUMENT, /* one object over several lines */
	SNIFF_JSON_ARRAY,
	SNIFF_WARC
};

/* What the name says. */
enum named {
	NAME_NONE,
	NAME_TXT,
	NAME_HTML,
	NAME_JSONL,
	NAME_JSON,
	NAME_WARC
};

/* The format a file is read as. */
enum fmt {
	FMT_TEXT,
	FMT_HTML,
	FMT_JSONL,
	FMT_JSON,
	FMT_WARC
};

/* ------------------------------------------------------------ threads */

struct par {
	atomic_size_t next;
	size_t n;
	void (*fn)(void *ctx, size_t i, unsigned worker);
	void *ctx;
};

struct par_worker {
	struct par *p;
	unsigned id;
};

static void
par_work(struct par *p, unsigned id)
{
	for (;;) {
		size_t i = atomic_fetch_add(&p->next, 1);
		if (i >= p->n)
			break;
		p->fn(p->ctx, i, id);
	}
}

static void *
par_main(void *arg)
{
	struct par_worker *w = arg;

	par_work(w->p, w->id);
	return NULL;
}

void
px__parallel(unsigned threads, size_t n, void (*fn)(void *ctx, size_t i, unsigned worker),
	     void *ctx)
{
	struct par p;
	pthread_t tids[PX__MAX_THREADS];
	struct par_worker ws[PX__MAX_THREADS];
	unsigned started = 0, k = 0;

	atomic_init(&p.next, 0);
	p.n = n;
	p.fn = fn;
	p.ctx = ctx;
	/* Threads are started per batch: a batch holds megabytes of work,
	 * so the start costs (tens of microseconds) do not show. When one
	 * cannot be started, the others (and the caller) do its share. */
	for (k = 1; k < threads && k < n && k < PX__MAX_THREADS; k++) {
		ws[started].p = &p;
		ws[started].id = k;
		if (pthread_create(&tids[started], NULL, par_main, &ws[started]) != 0)
			break;
		started++;
	}
	par_work(&p, 0);
	for (k = 0; k < started; k++)
		pthread_join(tids[k], NULL);
}

/* --------------------------------------------------------------- emit */

void
px__reader_vproblem(struct px_reader *r, const struct px__file *file, long line,
		    int reject, const char *fmt, va_list ap)
{
	struct px_buf msg = PX_BUF_INIT;
	size_t i = 0;

	px_buf_vprintf(&msg, fmt, ap);
	/* Messages may quote input: keep them one printable, valid line. */
	if (msg.data != NULL) {
		size_t ok = px_utf8_valid_prefix(msg.data, msg.len);
		px_buf_truncate(&msg, ok);
		for (i = 0; i < msg.len; i++) {
			unsigned char c = (unsigned char)msg.data[i];
			if (c < 0x20 || c == 0x7f)
				msg.data[i] = ' ';
		}
	}
	r->on_problem(r->ud, file->name, line,
		      msg.failed == PX_OK && msg.data ? msg.data : "problem");
	px_buf_release(&msg);
	if (reject)
		r->rejected++;
}

void
px__reader_problem(struct px_reader *r, const struct px__file *file, long line,
		   int reject, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	px__reader_vproblem(r, file, line, reject, fmt, ap);
	va_end(ap);
}

/* Whether s holds a C0 or C1 control character or DEL. */
static int
has_control(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++)
		if (*p < 0x20 || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
			return 1;
	return 0;
}

/* Remove control characters from a metadata string in place (white space
 * controls become spaces; nothing left: NULL): a feed's source or URL
 * reaches text reports. */
static void
strip_controls(char **sp)
{
	unsigned char *p = (unsigned char *)*sp, *o = p;

	if (*sp == NULL || !has_control(*sp))
		return;
	for (; *p; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*o++ = ' ';
		else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			p++;
		else if (*p >= 0x20 && *p != 0x7F)
			*o++ = *p;
	}
	*o = '\0';
	if (**sp == '\0' || strspn(*sp, " ") == strlen(*sp)) {
		px_free(*sp);
		*sp = NULL;
	}
}

int
px__reader_deliver(struct px_reader *r, const struct px__file *file, long line,
		   struct px_article *a, const char *err, px_status fatal)
{
	if (fatal)
		r->fatal = PX_ENOMEM;
	if (r->fatal || r->stop) {
		px_article_free(a);
		return 0;
	}
	if (a != NULL) {
		px__reader_emit(r, a, file, line, 1);
		return 0;
	}
	if (err != NULL) {
		px__reader_problem(r, file, line, 1, "%s", err);
		return 0;
	}
	return 1;
}

int
px__reader_emit(struct px_reader *r, struct px_article *a,
		const struct px__file *file, long line, int lang_done)
{
	uint32_t id = 0;
	int added = 0;
	px_status st = PX_OK;

	if (a->id == NULL || a->id[0] == '\0') {
		px_free(a->id);
		a->id = px_strdup(file->id);
		if (a->id == NULL)
			goto nomem;
	}
	/* Ids come from file names and WARC headers too: make them valid
	 * UTF-8 without control characters (an escape sequence in an id
	 * would reach the terminal through messages and text reports) before
	 * the uniqueness test, as the output will show them. */
	if (!px_utf8_valid(a->id, strlen(a->id)) || has_control(a->id)) {
		struct px_buf fixed = PX_BUF_INIT;
		const char *p = a->id;
		size_t n = strlen(p), i = 0;
		while (i < n) {
			int32_t cp = 0;
			size_t k = px_utf8_decode(p + i, n - i, &cp);
			if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
				px_buf_puts(&fixed, "\xEF\xBF\xBD");
			else
				px_buf_append(&fixed, p + i, k);
			i += k;
		}
		if (fixed.failed) {
			px_buf_release(&fixed);
			goto nomem;
		}
		px_free(a->id);
		a->id = px_buf_detach(&fixed, NULL);
	}
	strip_controls(&a->source);
	strip_controls(&a->url);
	strip_controls(&a->author);
	st = px_map_intern(r->ids, a->id, strlen(a->id), &id, &added);
	if (st)
		goto nomem;
	if (!added) {
		px__reader_problem(r, file, line, 1,
				   "duplicate article id '%s'; article skipped", a->id);
		px_article_free(a);
		return 0;
	}
	px_free(a->path);
	a->path = px_strdup(file->path);
	if (a->path == NULL)
		goto nomem;
	a->line = line;
	a->order = r->order++;
	if (a->lang == NULL && !lang_done &&
	    px__lang_detect(&r->langs[0], a->text, a->text_len, &a->lang))
		goto nomem;
	r->articles++;
	if (r->on_article(r->ud, a))
		r->stop = 1;
	return r->stop;
nomem:
	px_article_free(a);
	r->fatal = PX_ENOMEM;
	return 1;
}

/* -------------------------------------------------------------- format */

static int
ascii_ieq(const char *a, const char *b, size_t n)
{
	size_t i = 0;

	for (i = 0; i < n; i++) {
		char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z')
			x = (char)(x + 32);
		if (y >= 'A' && y <= 'Z')
			y = (char)(y + 32);
		if (x != y)
			return 0;
	}
	return 1;
}

/* Whether name ends with suffix (ASCII case ignored); strips it into *len. */
static int
strip_suffix(const char *name, size_t *len, const char *suffix)
{
	size_t n = strlen(suffix);

	if (*len > n && ascii_ieq(name + *len - n, suffix, n)) {
		*len -= n;
		return 1;
	}
	return 0;
}

static enum named
name_format(const char *name)
{
	size_t len = strlen(name);

	if (!strip_suffix(name, &len, ".gz") && !strip_suffix(name, &len, ".zst"))
		strip_suffix(name, &len, ".zstd");
	if (strip_suffix(name, &len, ".txt") || strip_suffix(name, &len, ".text"))
		return NAME_TXT;
	if (strip_suffix(name, &len, ".html") || strip_suffix(name, &len, ".htm") ||
	    strip_suffix(name, &len, ".xhtml"))
		return NAME_HTML;
	if (strip_suffix(name, &len, ".jsonl") || strip_suffix(name, &len, ".ndjson"))
		return NAME_JSONL;
	if (strip_suffix(name, &len, ".json"))
		return NAME_JSON;
	if (strip_suffix(name, &len, ".warc"))
		return NAME_WARC;
	return NAME_NONE;
}

/* Whether p (at '<') opens markup that only HTML would have. */
static int
looks_like_markup(const char *p, size_t n)
{
	static const char *const tags[] = {
		"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
		"<div", "<p>", "<p ", "<article", "<section", "<span", "<br",
		"<h1", "<h2", "<h3", "<table", "<script", "<style", "<link",
		"<a href", "<?xml", "<!--", "<ul", "<main", "<header", "<nav",
	};
	size_t k = 0, i = 0;

	/* A page's first tag usually is one of these; otherwise look for
	 * the structural tags anywhere in the sample. */
	for (k = 0; k < sizeof tags / sizeof tags[0]; k++) {
		size_t tl = strlen(tags[k]);
		if (n >= tl && ascii_ieq(p, tags[k], tl))
			return 1;
	}
	for (i = 0; i + 6 <= n; i++) {
		if (p[i] == '<' && (ascii_ieq(p + i, "<html", 5) ||
				    ascii_ieq(p + i, "<body", 5) ||
				    ascii_ieq(p + i, "</p>", 4) ||
				    ascii_ieq(p + i, "</div", 5)))
			return 1;
	}
	return 0;
}

static enum sniffed
sniff(const char *data, size_t n)
{
	char ascii[SNIFF_BYTES];
	const char *p = data;
	size_t i = 0;

	if (n >= 7 && memcmp(data, "WARC/1.", 7) == 0)
		return SNIFF_WARC;
	if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		p += 3;
		n -= 3;
	} else if (n >= 2 && ((unsigned char)data[0] == 0xFF || (unsigned char)data[0] == 0xFE) &&
		   ((unsigned char)data[1] == 0xFF || (unsigned char)data[1] == 0xFE) &&
		   data[0] != data[1]) {
		/* UTF-16: sniff the ASCII projection (the low byte of each unit). */
		size_t lo = (unsigned char)data[0] == 0xFF ? 0 : 1, m = 0;
		for (i = 2 + lo; i < n && m < sizeof ascii; i += 2)
			ascii[m++] = data[i];
		p = ascii;
		n = m;
	}
	i = 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	if (i < n && p[i] == '{') {
		/* One object per line, or one pretty-printed document: the
		 * first line of JSON Lines ends its object. */
		size_t e = i;
		while (e < n && p[e] != '\n')
			e++;
		while (e > i && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
			e--;
		if (e == n || p[e - 1] == '}')
			return SNIFF_JSON_OBJECT;
		return SNIFF_JSON_DOCUMENT;
	}
	if (i < n && p[i] == '[') {
		size_t j = i + 1;
		while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\r' || p[j] == '\n'))
			j++;
		if (j < n && (p[j] == '{' || p[j] == ']'))
			return SNIFF_JSON_ARRAY;
	}
	if (i < n && p[i] == '<' && looks_like_markup(p + i, n - i))
		return SNIFF_HTML;
	return SNIFF_TEXT;
}

int
px__looks_like_html(const char *p, size_t n)
{
	size_t i = 0;

	if (n > SNIFF_BYTES)
		n = SNIFF_BYTES;
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	return i < n && p[i] == '<' && looks_like_markup(p + i, n - i);
}

/* Decide the format: WARC content always wins; see docs/internals/ingest.md. */
static enum fmt
decide(enum px_format forced, enum named name, enum sniffed content)
{
	switch (forced) {
	case PX_FMT_TEXT:
		return FMT_TEXT;
	case PX_FMT_HTML:
		return FMT_HTML;
	case PX_FMT_JSONL:
		return content == SNIFF_JSON_ARRAY || content == SNIFF_JSON_DOCUMENT
			       ? FMT_JSON
			       : FMT_JSONL;
	case PX_FMT_WARC:
		return FMT_WARC;
	default:
		break;
	}
	if (content == SNIFF_WARC)
		return FMT_WARC;
	switch (name) {
	case NAME_HTML:
		return FMT_HTML;
	case NAME_TXT:
		return content == SNIFF_HTML ? FMT_HTML : FMT_TEXT;
	case NAME_JSONL:
		if (content == SNIFF_HTML)
			return FMT_HTML;
		return content == SNIFF_JSON_ARRAY || content == SNIFF_JSON_DOCUMENT
			       ? FMT_JSON
			       : FMT_JSONL;
	case NAME_JSON:
		return content == SNIFF_HTML ? FMT_HTML : FMT_JSON;
	default:
		break;
	}
	switch (content) {
	case SNIFF_HTML:
		return FMT_HTML;
	case SNIFF_JSON_OBJECT:
		return FMT_JSONL;
	case SNIFF_JSON_ARRAY:
	case SNIFF_JSON_DOCUMENT:
		return FMT_JSON;
	default:
		return FMT_TEXT;
	}
}

/* -------------------------------------------------------- single files */

const char *
px__limit_text(size_t limit, char *buf, size_t cap)
{
	if (limit >= ((size_t)1 << 20) && limit % ((size_t)1 << 20) == 0)
		snprintf(buf, cap, "%zu MiB", limit >> 20);
	else if (limit >= ((size_t)1 << 10) && limit % ((size_t)1 << 10) == 0)
		snprintf(buf, cap, "%zu KiB", limit >> 10);
	else
		snprintf(buf, cap, "%zu bytes", limit);
	return buf;
}

/*
 * Make the whole (decoded) file available in the window, or report why not
 * and return -1: larger than the limit, or damaged (a truncated single
 * article is dropped whole).
 */
static int
whole_file(struct px_reader *r, const struct px__file *file,
	   struct px__stream *s, const char *what)
{
	size_t avail = px__stream_fill(s, r->limit + 1);
	char lim[32];

	if (avail > r->limit || (avail == r->limit && !s->eof)) {
		px__reader_problem(r, file, 0, 1, "%s larger than the %s limit; skipped",
				   what, px__limit_text(r->limit, lim, sizeof lim));
		return -1;
	}
	if (s->err == PX_ENOMEM) {
		r->fatal = PX_ENOMEM;
		return -1;
	}
	if (s->err) {
		px__reader_problem(r, file, 0, 1, "%s; %s dropped",
				   px__stream_error(s), what);
		return -1;
	}
	return 0;
}

static void
report_status(struct px_reader *r, const struct px__file *file, px_status st)
{
	if (st == PX_ENOMEM)
		r->fatal = PX_ENOMEM;
	else if (st == PX_EEMPTY)
		px__reader_problem(r, file, 0, 1, "empty input");
	else if (st == PX_EBINARY)
		px__reader_problem(r, file, 0, 1, "binary data, not text");
	else if (st == PX_ETOOBIG)
		px__reader_problem(r, file, 0, 1, "document too large; skipped");
	else if (st == PX_EDEPTH)
		px__reader_problem(r, file, 0, 1, "markup nested too deeply; skipped");
	else
		px__reader_problem(r, file, 0, 1, "%s", px_strerror(st));
}

static void
read_single(struct px_reader *r, const struct px__file *file,
	    struct px__stream *s, enum fmt fmt)
{
	struct px_article *a = NULL;
	px_status st = PX_OK;

	if (whole_file(r, file, s, "article"))
		return;
	if (fmt == FMT_HTML) {
		st = px__html_extract(px__stream_data(s), px__stream_avail(s), NULL,
				      NULL, &a);
	} else {
		unsigned flags = r->opts.clean_flags;
		st = px_article_from_text(file->id, px__stream_data(s),
					  px__stream_avail(s), NULL, flags, &a);
	}
	if (st == PX_EEMPTY && fmt == FMT_HTML) {
		/* The file is not empty: the page has no text to take. */
		px__reader_problem(r, file, 0, 1, "no article text in the page");
		return;
	}
	if (st == PX_ETOOBIG && fmt == FMT_HTML) {
		/* The extractor's limits (html_internal.h, html.c). */
		px__reader_problem(r, file, 0, 1,
				   "page too large (over 64 MiB, or over 16 MiB of text); skipped");
		return;
	}
	if (st) {
		report_status(r, file, st);
		return;
	}
	px_free(a->id);
	a->id = px_strdup(file->id);
	if (a->id == NULL) {
		px_article_free(a);
		r->fatal = PX_ENOMEM;
		return;
	}
	px__reader_emit(r, a, file, 0, 0);
}

/* Read one open file (or stdin) as whatever it turns out to be. */
static void
read_stream(struct px_reader *r, const struct px__file *file, FILE *f)
{
	struct px__stream s;
	const char *what = NULL;
	/* The window holds a record of the limit plus its WARC header. */
	px_status st = px__stream_open(&s, f, r->limit + ((size_t)128 << 10), &what);
	size_t avail = 0;
	enum fmt fmt = FMT_TEXT;

	if (st == PX_EUNSUPPORTED) {
		px__reader_problem(r, file, 0, 1, "%s compression is not supported", what);
		return;
	}
	if (st) {
		r->fatal = st;
		return;
	}
	avail = px__stream_fill(&s, SNIFF_BYTES);
	if (avail == 0) {
		if (s.err == PX_ENOMEM)
			r->fatal = PX_ENOMEM;
		else if (s.err)
			px__reader_problem(r, file, 0, 1, "%s", px__stream_error(&s));
		else
			px__reader_problem(r, file, 0, 1, "empty input");
		goto cleanup;
	}
	fmt = decide(r->opts.format, name_format(file->path),
		     sniff(px__stream_data(&s), avail));
	/* Record formats are text throughout: junk is rejected up front.
	 * Single documents are checked whole by the text layer. */
	if ((fmt == FMT_JSONL || fmt == FMT_JSON) &&
	    px_text_is_binary(px__stream_data(&s), avail)) {
		px__reader_problem(r, file, 0, 1, "binary data, not text");
		goto cleanup;
	}
	switch (fmt) {
	case FMT_JSONL:
		px__jsonl_read(r, file, &s);
		break;
	case FMT_JSON:
		if (whole_file(r, file, &s, "JSON document") == 0)
			px__json_read(r, file, px__stream_data(&s), px__stream_avail(&s));
		break;
	case FMT_WARC:
		px__warc_read(r, file, &s);
		break;
	default:
		read_single(r, file, &s, fmt);
		break;
	}
cleanup:
	px__stream_close(&s);
}

static void
read_path(struct px_reader *r, const char *path, const char *id)
{
	struct px__file file;
	FILE *f = fopen(path, "rb");

	file.path = path;
	file.name = path;
	file.id = id;
	if (f == NULL) {
		px__reader_problem(r, &file, 0, 1, "cannot open: %s", strerror(errno));
		return;
	}
	read_stream(r, &file, f);
	if (ferror(f))
		px__reader_problem(r, &file, 0, 1, "read error");
	fclose(f);
}

/* ---------------------------------------------------------- directories */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The directories being walked, innermost first: a symbolic link back to
 * one of them would make the walk endless (or exponential with two). */
struct walk_up {
	dev_t dev;
	ino_t ino;
	const struct walk_up *up;
};

static void
walk_dir(struct px_reader *r, const char *dirpath, const char *rel, int depth,
	 const struct walk_up *up)
{
	struct walk_up here;
	struct stat ds;
	const struct walk_up *u = NULL;
	DIR *d = NULL;
	struct dirent *e = NULL;
	char **names = NULL;
	size_t n = 0, cap = 0, i = 0;
	struct px__file file;

	file.path = dirpath;
	file.name = dirpath;
	file.id = rel;
	if (depth > MAX_DEPTH) {
		px__reader_problem(r, &file, 0, 1, "directories nested too deeply; skipped");
		return;
	}
	d = opendir(dirpath);
	if (d == NULL) {
		px__reader_problem(r, &file, 0, 1, "cannot open: %s", strerror(errno));
		return;
	}
	if (fstat(dirfd(d), &ds) == 0) {
		for (u = up; u != NULL; u = u->up) {
			if (u->dev == ds.st_dev && u->ino == ds.st_ino) {
				px__reader_problem(r, &file, 0, 1,
						   "directory loop (a link to a directory "
						   "that contains it); skipped");
				closedir(d);
				return;
			}
		}
		here.dev = ds.st_dev;
		here.ino = ds.st_ino;
		here.up = up;
		up = &here;
	}
	while ((e = readdir(d)) != NULL) {
		/* Hidden files (editor backups, .DS_Store, .git) are not inputs. */
		if (e->d_name[0] == '.')
			continue;
		if (px_grow((void **)&names, &cap, n + 1, sizeof(*names))) {
			r->fatal = PX_ENOMEM;
			break;
		}
		names[n] = px_strdup(e->d_name);
		if (names[n] == NULL) {
			r->fatal = PX_ENOMEM;
			break;
		}
		n++;
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n && !r->stop && !r->fatal; i++) {
		struct px_buf relp = PX_BUF_INIT, full = PX_BUF_INIT;
		struct stat sb;
		px_buf_printf(&relp, "%s%s%s", rel, *rel ? "/" : "", names[i]);
		px_buf_printf(&full, "%s%s%s", dirpath,
			      dirpath[strlen(dirpath) - 1] == '/' ? "" : "/", names[i]);
		if (relp.failed || full.failed) {
			r->fatal = PX_ENOMEM;
		} else if (stat(full.data, &sb) != 0) {
			file.path = full.data;
			file.name = full.data;
			px__reader_problem(r, &file, 0, 1, "cannot open: %s", strerror(errno));
		} else if (S_ISDIR(sb.st_mode)) {
			walk_dir(r, full.data, relp.data, depth + 1, up);
		} else if (S_ISREG(sb.st_mode)) {
			read_path(r, full.data, relp.data);
		}
		px_buf_release(&relp);
		px_buf_release(&full);
	}
	for (i = 0; i < n; i++)
		px_free(names[i]);
	px_free(names);
}

/* -------------------------------------------------------------- public */

px_status
px_reader_new(const struct px_reader_opts *opts, px_article_cb on_article,
	      px_problem_cb on_problem, void *ud, struct px_reader **out)
{
	struct px_reader *r = NULL;
	unsigned k = 0;

	*out = NULL;
	r = px_calloc(1, sizeof(*r));
	if (r == NULL)
		return PX_ENOMEM;
	if (opts != NULL) {
		r->opts = *opts;
	} else {
		r->opts.clean_flags = PX_CLEAN_ALL;
	}
	r->limit = r->opts.max_record ? r->opts.max_record : PX__DEFAULT_LIMIT;
	r->threads = r->opts.threads > 1 ? r->opts.threads : 1;
	if (r->threads > PX__MAX_THREADS)
		r->threads = PX__MAX_THREADS;
	r->on_article = on_article;
	r->on_problem = on_problem;
	r->ud = ud;
	r->langs = px_calloc(r->threads, sizeof(*r->langs));
	if (r->langs == NULL || px_map_new(&r->ids)) {
		px_reader_free(r);
		return PX_ENOMEM;
	}
	for (k = 0; k < r->threads; k++)
		px__lang_init(&r->langs[k]);
	/* jansson seeds its hash function once; do it before any worker
	 * thread could race to do it. */
	json_object_seed(0);
	*out = r;
	return PX_OK;
}

void
px_reader_free(struct px_reader *r)
{
	unsigned k = 0;

	if (r == NULL)
		return;
	if (r->langs != NULL) {
		for (k = 0; k < r->threads; k++)
			px__lang_release(&r->langs[k]);
		px_free(r->langs);
	}
	px_map_free(r->ids);
	px_free(r);
}

size_t
px_reader_rejected(const struct px_reader *r)
{
	return r->rejected;
}

size_t
px_reader_articles(const struct px_reader *r)
{
	return r->articles;
}

px_status
px_reader_read(struct px_reader *r, const char *input)
{
	struct stat sb;
	struct px__file file;
	px_status st = PX_OK;

	if (r->fatal)
		return r->fatal;
	if (r->stop)
		return PX_ESTOP;
	file.path = input;
	file.name = input;
	if (strcmp(input, "-") == 0) {
		file.name = "stdin";
		file.id = "stdin";
		read_stream(r, &file, stdin);
		if (ferror(stdin))
			px__reader_problem(r, &file, 0, 1, "read error");
	} else if (stat(input, &sb) != 0) {
		file.id = input;
		px__reader_problem(r, &file, 0, 1, "cannot open: %s", strerror(errno));
		st = PX_EIO;
	} else if (S_ISDIR(sb.st_mode)) {
		walk_dir(r, input, "", 0, NULL);
	} else {
		const char *base = strrchr(input, '/');
		read_path(r, input, base ? base + 1 : input);
	}
	if (r->fatal)
		return r->fatal;
	if (r->stop)
		return PX_ESTOP;
	return st;
}

px_status
px_read_input(const char *input, const struct px_reader_opts *opts,
	      px_article_cb on_article, px_problem_cb on_problem, void *ud,
	      size_t *rejected)
{
	struct px_reader *r = NULL;
	px_status st = px_reader_new(opts, on_article, on_problem, ud, &r);

	if (st)
		return st;
	st = px_reader_read(r, input);
	*rejected += r->rejected;
	px_reader_free(r);
	return st;
}
