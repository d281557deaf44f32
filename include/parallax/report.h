/*
 * parallax report: the whole pipeline over a set of articles (near-
 * duplicates, stories, claims, comparison, summary) and the writers of its
 * four formats: text for the terminal, Markdown, JSON (ARCHITECTURE.md §6,
 * schema version 1) and one self-contained HTML page.
 *
 * Use: px_report_new(), px_report_add_input() for every input file read
 * (rejected ones too), px_report_add_article() for every article (the
 * report takes ownership), px_report_build(), then px_report_write() in any
 * format, and px_report_free().
 *
 * Ownership: the report owns its articles and everything the build makes;
 * pointers into a built report stay valid until px_report_free().
 *
 * Thread-safety: one report is used from one thread at a time;
 * px_report_build() may start worker threads of its own (opts.threads).
 * The output never depends on the number of threads.
 */
#ifndef PARALLAX_REPORT_H
#define PARALLAX_REPORT_H

#include "parallax/core.h"
#include "parallax/article.h"
#include "parallax/segment.h"
#include "parallax/claims.h"
#include "parallax/compare.h"

#ifdef __cplusplus
extern "C" {
#endif

#define PX_REPORT_NONE ((size_t)-1)

struct px_source_table; /* see provenance.h */

struct px_report_opts {
	unsigned threads;       /* worker threads for per-article and per-story
				   work; 0: one per core */
	size_t unique_shown;    /* unique claims shown in text/HTML [5] */
	int color;              /* ANSI colour in text output */
	int explain;            /* reasons and dismissed traps in the output */
	int drop_claims;        /* free each article's claims once its story is
				   built (px_report_article.claims is NULL after
				   px_report_build): for a caller that only writes
				   the report; lowers the peak memory */
	/* Outlets, owners, wires and groups (provenance.h), or NULL. Borrowed:
	   it must outlive the report. */
	const struct px_source_table *sources;
};
PX_API void px_report_opts_init(struct px_report_opts *o);

/* One input file as the header lists it. */
struct px_report_input {
	char *path;
	char sha256[65]; /* lowercase hex; "" when unknown */
	int rejected;
};

/* One story: its articles (report indices, time order) and comparison. */
struct px_report_story {
	size_t id;
	size_t *articles;
	size_t n_articles;
	size_t *sources; /* the independent articles: the comparison's input
			    index i is report article sources[i] */
	size_t n_sources;
	const char *first_seen; /* article dates; NULL when none is dated */
	const char *last_seen;
	struct px_comparison *cmp; /* NULL when it was not compared */
	const char *note;          /* why not, or NULL */
	struct px_provenance *provenance;   /* origins of the claims, or NULL */
	struct px_perspective *perspective; /* coverage, emphasis, wording, or NULL */
};

struct px_provenance;  /* see provenance.h */
struct px_perspective; /* see perspective.h */

struct px_report_article {
	struct px_article *a;
	size_t story;
	size_t duplicate_of; /* PX_REPORT_NONE when not a copy */
	double dup_similarity;
	/* Segmented title and body: working data of px_report_build, released
	   (zeroed) once the article's story is built. */
	struct px_doc title;
	struct px_doc text;
	struct px_claims *claims; /* NULL when not extracted (language, copy) */
	/* Private working data of px_report_build: the segmented documents
	   kept from clustering, in a compact form (NULL when none). */
	struct px__report_kept *kept;
};

struct px_report {
	struct px_report_opts opts;
	struct px_report_article *articles; /* time order after build */
	size_t n_articles;
	size_t cap_articles;
	struct px_report_story *stories;
	size_t n_stories;
	struct px_report_input *inputs;
	size_t n_inputs;
	size_t cap_inputs;
	char **notes;
	size_t n_notes;
	size_t cap_notes;
	const char *config_hash;
	struct px_comparer *comparer;
	struct px_extractor *extractor;
	struct px_arena arena;
	int built;
	int streamed; /* built by px_report_build_json: stories written and
			 their comparisons freed */
};

PX_API px_status px_report_new(const struct px_report_opts *opts,
			       struct px_report **out);
PX_API void px_report_free(struct px_report *r);
/* Record an input file (path and SHA-256 hex, or NULL when unknown). */
PX_API px_status px_report_add_input(struct px_report *r, const char *path,
				     const char *sha256, int rejected);
/* Add a note for the reader (copied). */
PX_API px_status px_report_add_note(struct px_report *r, const char *note);
/* Add an article; the report takes ownership, also on failure. */
PX_API px_status px_report_add_article(struct px_report *r,
				       struct px_article *a);
/* Run the pipeline. Call once, after every article was added. */
PX_API px_status px_report_build(struct px_report *r);
/*
 * Run the pipeline (instead of px_report_build) and write the JSON report
 * through write(ud, p, len) while it runs, for a caller that writes the
 * report once, in JSON: the header and the articles once the stories are
 * formed, then each story as soon as it and every story before it are
 * built, after which its comparison, provenance and perspective are freed
 * (NULL), so the built stories are never all in memory at once. The bytes
 * are px_report_stream's with PX_REPORT_JSON, whatever opts.threads says;
 * write is called as px_report_stream calls it (on any of the report's
 * threads, one call at a time; p valid during the call only). A failure
 * of the build or of write stops both and is returned; the pieces already
 * written stay written. Afterwards the report cannot be written again
 * (px_report_write and px_report_stream return PX_EINVAL), only freed.
 */
PX_API px_status px_report_build_json(struct px_report *r,
				      px_status (*write)(void *ud, const char *p,
							 size_t len),
				      void *ud);

enum px_report_format {
	PX_REPORT_TEXT = 0,
	PX_REPORT_MARKDOWN,
	PX_REPORT_JSON,
	PX_REPORT_HTML
};
/* Parse "text", "markdown" (or "md"), "json", "html"; PX_EINVAL else. */
PX_API px_status px_report_format_parse(const char *name,
					enum px_report_format *out);
/* Append the built report in a format to out. */
PX_API px_status px_report_write(const struct px_report *r,
				 enum px_report_format f, struct px_buf *out);
/*
 * Write the built report in a format through write(ud, p, len), called
 * with the output's bytes in order, in pieces; p is valid during the call
 * only. The output is the same as px_report_write's. JSON is handed over
 * as it is written, about 1 MiB at a time, so a large report is never
 * whole in memory (bench-news: 214 MB of JSON); the other formats come in
 * one piece at the end. A status other than PX_OK from write stops the
 * writing and is returned; the pieces already written stay written, so
 * after any failure the output is incomplete. Calls write on the calling
 * thread or, with opts.threads > 1, on any of the report's threads, one
 * call at a time.
 */
PX_API px_status px_report_stream(const struct px_report *r,
				  enum px_report_format f,
				  px_status (*write)(void *ud, const char *p,
						     size_t len),
				  void *ud);

#ifdef __cplusplus
}
#endif
#endif
