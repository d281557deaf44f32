/*
 * Internal interfaces between the ingest readers (reader.c, jsonl.c,
 * warc.c, compress.c) and the HTML extractor (html*.c). Nothing here is
 * public API; names carry the px__ prefix.
 */
#ifndef PX_INGEST_INTERNAL_H
#define PX_INGEST_INTERNAL_H

#include "parallax/article.h"

/*
 * Extract the article from one HTML document: main text, title, date,
 * source, author, language and url. bytes need not be NUL-terminated;
 * charset comes from an HTTP header (WARC) or is NULL; url is the page's
 * address or NULL. On success *out is a new article owned by the caller
 * (px_article_free) whose text is already decoded, repaired and cleaned and
 * whose repairs/removals are logged; id, path, line and order are left for
 * the caller to set. Errors: PX_EBINARY for binary data, PX_EEMPTY when no
 * text is found, PX_ENOMEM. Thread-safe on distinct arguments.
 */
px_status px__html_extract(const char *bytes, size_t len, const char *charset /* from HTTP header or NULL */, const char *url /* or NULL */, struct px_article **out);

/* ------------------------------------------------------------- streams */

/*
 * A decoded byte stream over a FILE: plain, gzip (one or many members) or
 * zstd (one or many frames), chosen from the first bytes, not the name.
 * Decoded bytes collect in a window buf[start..end) that grows on demand up
 * to a limit, so a reader can look at a whole record before consuming it and
 * go back inside it (WARC resynchronisation). The window never holds more
 * than limit bytes: that bounds memory per record.
 */
enum px__codec {
	PX__CODEC_NONE = 0,
	PX__CODEC_GZIP,
	PX__CODEC_ZSTD
};

struct px__stream {
	void *f;                 /* FILE *, borrowed */
	enum px__codec codec;
	void *zstate;            /* z_stream * or ZSTD_DStream * */
	unsigned char *in;       /* raw input buffer */
	size_t in_pos, in_len;
	int in_eof;              /* no more raw bytes */
	int member_done;         /* the codec finished a member/frame */
	char *buf;               /* decoded window */
	size_t start, end, cap;
	size_t limit;            /* most bytes the window may hold */
	int eof;                 /* decoded stream ended (cleanly or not) */
	px_status err;           /* PX_OK, or why the stream ended early */
	uint64_t offset;         /* decoded bytes consumed before buf[start] */
};

/*
 * Open a stream over f (borrowed) whose window holds at most limit bytes.
 * Errors: PX_ENOMEM; PX_EUNSUPPORTED for a compression parallax does not
 * read (xz, bzip2), when *what gets a static name for the message.
 */
px_status px__stream_open(struct px__stream *s, void *f, size_t limit,
			  const char **what);
/* A finished stream over a copy of bytes (for re-reading a document). */
px_status px__stream_open_mem(struct px__stream *s, const char *bytes,
			      size_t len);
void px__stream_close(struct px__stream *s);
/*
 * Make at least want bytes available in the window (fewer at the end of the
 * stream, after an error, or when want exceeds the limit); returns how many
 * are available. s->err tells why the stream ended: PX_ETRUNCATED, PX_EFORMAT
 * (corrupt compressed data), PX_EIO or PX_ENOMEM.
 */
size_t px__stream_fill(struct px__stream *s, size_t want);
static inline const char *
px__stream_data(const struct px__stream *s)
{
	return s->buf + s->start;
}
static inline size_t
px__stream_avail(const struct px__stream *s)
{
	return s->end - s->start;
}
/* Consume n available bytes. */
void px__stream_consume(struct px__stream *s, size_t n);
/* Consume up to n bytes, reading on without keeping them; returns the count. */
uint64_t px__stream_skip(struct px__stream *s, uint64_t n);
/* A message for the stream's end error ("truncated gzip data", ...). */
const char *px__stream_error(const struct px__stream *s);

/* ------------------------------------------------------------ language */

/* Language detection state; one per thread (lang.c). */
#define PX__LANG_SLOTS_LOG2 9
#define PX__LANG_SLOTS (1 << PX__LANG_SLOTS_LOG2)
struct px__lang {
	void *handle; /* libexttextcat classifier, loaded on first use */
	int failed;   /* the classifier could not be loaded */
	int ready;    /* the word table is built */
	uint64_t keys[PX__LANG_SLOTS];        /* packed function words */
	unsigned char kinds[PX__LANG_SLOTS];  /* 1 English, 2 other */
};
void px__lang_init(struct px__lang *l);
void px__lang_release(struct px__lang *l);
/*
 * The ISO 639 code of text's language in *out (owned by the caller), or
 * NULL when the text is too short or the language unclear. PX_ENOMEM.
 */
px_status px__lang_detect(struct px__lang *l, const char *text, size_t len,
			  char **out);

/*
 * px_article_from_text for text known to be valid UTF-8 (JSON strings, which
 * the JSON parsers validated): no binary test (JSON cannot carry NUL bytes),
 * and no decoding copy when the text has no CR and no BOM.
 */
px_status px__article_from_utf8(const char *id, const char *text, size_t len,
				unsigned clean_flags, struct px_article **out);

/* -------------------------------------------------------------- reader */

/* Most worker threads a reader starts. */
#define PX__MAX_THREADS 64

/*
 * Run fn(ctx, i, worker) for every i in [0, n), spread over up to threads
 * threads; the caller is worker 0 and the others are numbered 1.. so fn can
 * use per-worker state. Returns when all are done. fn must be thread-safe.
 */
void px__parallel(unsigned threads, size_t n,
		  void (*fn)(void *ctx, size_t i, unsigned worker), void *ctx);

/* Default bytes per record or single-article file (px_reader_opts). */
#define PX__DEFAULT_LIMIT ((size_t)256 << 20)

/* The state of a run (reader.c); shared with the format readers. */
struct px_reader {
	struct px_reader_opts opts;
	size_t limit;            /* bytes per record/file */
	unsigned threads;        /* workers for per-article work, >= 1 */
	px_article_cb on_article;
	px_problem_cb on_problem;
	void *ud;
	struct px_map *ids;      /* every id delivered, for uniqueness */
	size_t rejected;
	size_t articles;
	size_t order;
	int stop;                /* the callback asked to stop */
	px_status fatal;         /* PX_ENOMEM: give up */
	struct px__lang *langs;  /* one per worker; langs[0] for the caller */
};

/* One input file being read: its path for messages and its id. */
struct px__file {
	const char *path;        /* as given or found ("dir/a.txt", "-") */
	const char *name;        /* message name ("-" shows as "stdin") */
	const char *id;          /* article id of the file ("a.txt", "stdin") */
};

/*
 * Deliver an article read from file at line (0: none): checks the id is
 * new in this run (a clash is reported and the article dropped), sets path,
 * line and order, detects the language unless lang_done, and calls back.
 * Always takes a. Returns nonzero when reading must stop.
 */
int px__reader_emit(struct px_reader *r, struct px_article *a,
		    const struct px__file *file, long line, int lang_done);
/*
 * Report a problem as FILE[:LINE]: message. reject says whether it counts
 * as a rejected input (exit status 1) or is a note.
 */
void px__reader_problem(struct px_reader *r, const struct px__file *file,
			long line, int reject, const char *fmt, ...)
	PX_PRINTF(5, 6);

/*
 * Deliver one result of a parallel batch, in order: a fatal status stops
 * the run; after a stop the article is freed; else the article is
 * emitted, or the problem err (may be NULL) reported as a rejection.
 * Returns 1 when the result was neither (the caller counts its skips).
 */
int px__reader_deliver(struct px_reader *r, const struct px__file *file, long line,
		       struct px_article *a, const char *err, px_status fatal);

/* Whether bytes start (after a BOM and white space) with HTML markup. */
int px__looks_like_html(const char *p, size_t n);
/* "256 MiB", "64 KiB" or "1000 bytes", written into buf; returns buf. */
const char *px__limit_text(size_t limit, char *buf, size_t cap);

void px__reader_vproblem(struct px_reader *r, const struct px__file *file,
			 long line, int reject, const char *fmt, va_list ap);

/* Format readers over an open stream (jsonl.c, warc.c). */
void px__jsonl_read(struct px_reader *r, const struct px__file *file,
		    struct px__stream *s);
/* A whole JSON document: one object or an array of objects. */
void px__json_read(struct px_reader *r, const struct px__file *file,
		   const char *bytes, size_t len);
void px__warc_read(struct px_reader *r, const struct px__file *file,
		   struct px__stream *s);

/* -------------------------------------------------------- JSON records */

/* The fields of a record ingest reads (jsonrec.c, jsonl.c). */
enum {
	PX__REC_ID = 0,
	PX__REC_URL,
	PX__REC_SOURCE,
	PX__REC_TITLE,
	PX__REC_DATE,
	PX__REC_LANG,
	PX__REC_AUTHOR,
	PX__REC_TEXT,
	PX__REC_HTML,
	/* other names feeds give the date, read when "date" is absent */
	PX__REC_PUBLISHED,
	PX__REC_PUBLISHED_AT,
	PX__REC_DATE_PUBLISHED,
	PX__REC_PUBDATE,
	/* other names exports give the body and the headline, read when
	   "text", "html" or "title" is absent */
	PX__REC_BODY,
	PX__REC_CONTENT,
	PX__REC_ARTICLE_BODY,
	PX__REC_MAINTEXT,
	PX__REC_HEADLINE,
	PX__REC_N
};

/* One record's string fields, unescaped, owned; NULL when absent or not a
 * string (id: also an integer, then id_integer is set). */
struct px__rec {
	char *f[PX__REC_N];
	size_t len[PX__REC_N];
	int id_integer;
};

/* The JSON key of a field ("id", "text", ...); static storage. */
const char *px__rec_field_name(int k);
/*
 * Scan one JSON object into r. Returns 0 when the line is a valid object
 * (then jansson would accept it with the same values), -1 when the fast
 * path gives up (jansson must decide), -2 when memory ran out.
 */
int px__rec_scan(const char *p, size_t n, struct px__rec *r);
void px__rec_release(struct px__rec *r);

#endif
