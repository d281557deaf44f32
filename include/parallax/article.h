/*
 * parallax ingest: articles from plain text, JSON Lines, HTML and WARC
 * files (optionally .gz or .zst), directories and stdin.
 *
 * A px_article owns all its strings; free it with px_article_free(). The
 * reader calls back once per article, in input order, and once per problem
 * (a bad file, a bad line, a skipped record); a problem never stops the
 * other inputs.
 *
 * Thread-safety: a px_reader is used from one thread at a time.
 */
#ifndef PARALLAX_ARTICLE_H
#define PARALLAX_ARTICLE_H

#include "parallax/core.h"
#include "parallax/text.h"
#include "parallax/clean.h"

#ifdef __cplusplus
extern "C" {
#endif

struct px_article {
	char *id;     /* unique within a run (ARCHITECTURE.md §5) */
	char *source; /* outlet name; NULL when unknown */
	char *url;
	char *title;  /* headline; NULL when none */
	size_t title_len;
	char *date;   /* "YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ssZ"; NULL unknown */
	char *lang;   /* ISO 639-1 ("en"); NULL unknown */
	char *author;
	char *place;  /* dateline place */
	char *text;   /* body: paragraphs separated by "\n\n"; never NULL */
	size_t text_len;
	struct px_edits repairs;
	struct px_removal *removed;
	size_t n_removed;
	char *path;    /* the input file it came from */
	long line;     /* 1-based line for JSON Lines records, else 0 */
	size_t order;  /* position in the input stream, from 0 */
	int64_t time;  /* seconds since the epoch of date, or INT64_MIN */
};

PX_API void px_article_free(struct px_article *a);

/*
 * Build an article from one plain-text document's bytes: decode (charset may
 * be NULL), repair, clean with the given px_clean_flags. The id is copied.
 * Returns PX_EBINARY for binary data and PX_EEMPTY for no text.
 */
PX_API px_status px_article_from_text(const char *id, const char *bytes,
				      size_t len, const char *charset,
				      unsigned clean_flags,
				      struct px_article **out);

/*
 * Parse a date in ISO 8601, RFC 2822 or news style ("Nov. 14, 2023") into
 * the article date format; *out is owned by the caller. *t gets seconds since
 * the epoch (UTC). PX_EFORMAT when it is not a date.
 */
PX_API px_status px_date_parse(const char *s, size_t len, char **out,
			       int64_t *t);

enum px_format {
	PX_FMT_AUTO = 0,
	PX_FMT_TEXT,
	PX_FMT_JSONL,
	PX_FMT_HTML,
	PX_FMT_WARC
};

struct px_reader_opts {
	enum px_format format; /* PX_FMT_AUTO: from name and content */
	unsigned clean_flags;  /* px_clean_flags for text articles */
	size_t max_record;     /* bytes per record/file; 0: default 256 MiB */
};

/* Called once per article; the callee owns a. Return nonzero to stop. */
typedef int (*px_article_cb)(void *ud, struct px_article *a);
/* Called once per problem: file, line (0 when none) and a reason. */
typedef void (*px_problem_cb)(void *ud, const char *file, long line,
			      const char *reason);

/*
 * Read one INPUT: a file, a directory (recursively, sorted by name) or "-"
 * for stdin. *rejected is incremented once per input file or record that
 * was rejected. Returns PX_OK unless the callback stopped it, memory ran
 * out, or nothing could be opened at all (PX_EIO, also reported).
 */
PX_API px_status px_read_input(const char *input,
			       const struct px_reader_opts *opts,
			       px_article_cb on_article, px_problem_cb on_problem,
			       void *ud, size_t *rejected);

#ifdef __cplusplus
}
#endif
#endif
