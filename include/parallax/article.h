/*
 * parallax ingest: articles from plain text, JSON Lines, HTML and WARC
 * files (optionally .gz or .zst), directories and stdin.
 *
 * A px_article owns all its strings; free it with px_article_free(). The
 * reader calls back once per article, in input order, and once per problem
 * (a bad file, a bad line, a damaged record, one summary of skipped WARC
 * records per file); a problem never stops the other inputs.
 *
 * Thread-safety: px_article_from_text and px_date_parse are thread-safe on
 * distinct arguments. A px_reader is used from one thread at a time (it may
 * run worker threads of its own, see px_reader_new); the allocator must be
 * thread-safe when opts.threads > 1.
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
 * *out is owned by the caller (px_article_free); path, line, order and lang
 * are left unset (the reader sets them). Returns PX_EBINARY for binary data,
 * PX_EEMPTY for no text, PX_ENOMEM; *out is NULL on failure.
 */
PX_API px_status px_article_from_text(const char *id, const char *bytes,
				      size_t len, const char *charset,
				      unsigned clean_flags,
				      struct px_article **out);

/*
 * Parse a date in ISO 8601, RFC 2822 or news style ("Nov. 14, 2023",
 * "14 November 2023", "2023/11/14", "22.05.2025", "15-07-2025", a time
 * such as "10:02pm" or "9.34pm") into the article date format:
 * "YYYY-MM-DDThh:mm:ssZ" when a time with a zone is given (converted to
 * UTC), else "YYYY-MM-DD". The whole of s[0..len) (less surrounding white
 * space) must be one valid calendar date. *out is owned by the caller (free
 * with px_free); *t gets seconds since the epoch (UTC; midnight for a bare
 * date). PX_EFORMAT when it is not a date, PX_ENOMEM.
 */
PX_API px_status px_date_parse(const char *s, size_t len, char **out,
			       int64_t *t);

/*
 * The date inside a line of up to 200 bytes, as px_date_parse gives it:
 * the longest date that starts at the earliest word ("Posted Wed 12 Mar
 * 2025 at 10:40am", "MineTrade Daily | Operations | 12 March 2025",
 * "Published 22.05.2025 - 14:30 CET"). PX_EFORMAT when the line holds
 * none, PX_ENOMEM.
 */
PX_API px_status px_date_find(const char *s, size_t len, char **out,
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
	unsigned threads;      /* threads for per-article work (JSON Lines);
				  0 or 1: the caller's thread only. Output
				  order never depends on it. */
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
 * out, or nothing could be opened at all (PX_EIO, also reported). Ids are
 * unique within this one input; to keep them unique across several inputs
 * use a px_reader (below).
 */
PX_API px_status px_read_input(const char *input,
			       const struct px_reader_opts *opts,
			       px_article_cb on_article, px_problem_cb on_problem,
			       void *ud, size_t *rejected);

/*
 * A reader for a whole run: every input read through one reader shares the
 * id space, so an id seen twice (in any input) is reported for the second
 * article, which is dropped. Create with px_reader_new (opts is copied and
 * may be NULL for defaults; ud is passed to both callbacks), read inputs
 * with px_reader_read in order, free with px_reader_free.
 *
 * Formats: the name's suffix (.txt .html .htm .jsonl .json .warc, each
 * optionally .gz or .zst) is checked against the content: gzip and zstd are
 * recognised by their magic bytes, a "WARC/1." start is WARC, markup is
 * HTML (also in a .txt), and an unknown suffix is sniffed. Limits: a
 * single-article file, a JSON Lines line, a .json document and a WARC record
 * each hold at most opts.max_record bytes (256 MiB by default); larger ones
 * are reported and skipped without being read into memory. Every problem is
 * reported through on_problem as (file, line or 0, reason); see
 * docs/internals/ingest.md for the messages.
 *
 * Errors of px_reader_new: PX_ENOMEM. px_reader_read returns PX_OK when the
 * input was read (problems inside it are reported, not returned), PX_EIO
 * when it could not be opened at all (also reported), PX_ESTOP when the
 * article callback returned nonzero, PX_ENOMEM.
 *
 * Thread-safety: one reader is used by one thread at a time; it may start
 * worker threads of its own (opts.threads) but calls back only from the
 * thread that called px_reader_read.
 */
struct px_reader;
PX_API px_status px_reader_new(const struct px_reader_opts *opts,
			       px_article_cb on_article,
			       px_problem_cb on_problem, void *ud,
			       struct px_reader **out);
PX_API px_status px_reader_read(struct px_reader *r, const char *input);
/* Input files, lines or records rejected so far. */
PX_API size_t px_reader_rejected(const struct px_reader *r);
/* Articles delivered so far. */
PX_API size_t px_reader_articles(const struct px_reader *r);
PX_API void px_reader_free(struct px_reader *r);

#ifdef __cplusplus
}
#endif
#endif
