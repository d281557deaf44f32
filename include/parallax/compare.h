/*
 * parallax compare stage: for one story, what its independent sources agree
 * on, where they contradict each other and what only one reports, with the
 * evidence sentences; and a multi-document summary whose every sentence
 * cites its sources.
 *
 * Input is the story's independent articles (syndicated copies already
 * folded into their canonical article), each with its segmented title and
 * body (tokens and stems) and its claims. Articles are referred to by their
 * index in that input array.
 *
 * Ownership: a px_comparison owns every string and array it points to (one
 * arena) and is freed with px_comparison_free(). It does not keep pointers
 * into the input, which may be freed once px_compare() returns.
 *
 * Thread-safety: px_compare() only reads its input and the comparer, which
 * is immutable after px_comparer_new(); distinct stories may be compared on
 * distinct threads at once with one comparer.
 */
#ifndef PARALLAX_COMPARE_H
#define PARALLAX_COMPARE_H

#include "parallax/core.h"
#include "parallax/article.h"
#include "parallax/segment.h"
#include "parallax/claims.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One article of a story as the comparison sees it. All borrowed. */
struct px_compare_input {
	const struct px_article *article;
	const struct px_doc *title; /* may be NULL when the article has none */
	const struct px_doc *text;
	const struct px_claims *claims;
};

/* A sentence cited as evidence: bytes start..end of the field's text. */
struct px_evidence {
	size_t article; /* index into the input */
	enum px_field field;
	size_t sentence;
	size_t start;
	size_t end;
};

enum px_conflict_kind {
	PX_CONFLICT_QUANTITY = 0,
	PX_CONFLICT_DATE,
	PX_CONFLICT_ATTRIBUTION,
	PX_CONFLICT_STANCE
};

/* One side of a conflict: a value and the articles that state it. */
struct px_position {
	const char *value; /* compact notation ("400", ">500", "Tuesday") */
	size_t *articles;
	size_t n_articles;
	struct px_evidence *evidence; /* at least one per article */
	size_t n_evidence;
};

struct px_agreement {
	const char *kind;  /* "quantity", "date", "quote", ... */
	const char *about; /* what the fact is, in a few words */
	const char *value;
	size_t *articles;
	size_t n_articles;
	struct px_evidence *evidence;
	size_t n_evidence;
	double confidence;
	const char **why;
	size_t n_why;
};

struct px_conflict {
	enum px_conflict_kind kind;
	const char *about;
	struct px_position *positions;
	size_t n_positions;
	double confidence;
	const char **why;
	size_t n_why;
};

struct px_unique {
	size_t article;
	const char *about;
	struct px_evidence *evidence;
	size_t n_evidence;
	double confidence;
	double score; /* check-worthiness; the list is sorted by it */
	const char **why;
	size_t n_why;
};

struct px_summary_sentence {
	const char *text;
	struct px_evidence source; /* where the sentence was taken from */
	size_t *support;           /* articles that state it, source first */
	size_t n_support;
	size_t *disputes;          /* conflicts whose evidence it carries */
	size_t n_disputes;
};

/*
 * A trap: an alignment the comparison considered and judged not to be a
 * conflict, with the reason; kept for --explain.
 */
struct px_non_conflict {
	const char *about;
	const char *why;
	struct px_evidence a;
	struct px_evidence b;
};

struct px_comparison {
	const char *title; /* the most central headline, else sentence */
	struct px_agreement *agreements;
	size_t n_agreements;
	struct px_conflict *conflicts;
	size_t n_conflicts;
	struct px_unique *unique;
	size_t n_unique;
	struct px_summary_sentence *summary;
	size_t n_summary;
	struct px_non_conflict *dismissed;
	size_t n_dismissed;
	struct px_arena arena;
};

struct px_compare_opts {
	size_t summary_max; /* sentences in the summary [5] */
	double align_min;   /* context similarity to align two facts [0.25] */
};
PX_API void px_compare_opts_init(struct px_compare_opts *o);

/* The comparer: lexicons (cue words, opposed predicates, IDF). */
struct px_comparer;
PX_API px_status px_comparer_new(const struct px_compare_opts *opts,
				 struct px_comparer **out);
PX_API void px_comparer_free(struct px_comparer *c);
/* A hash of the configuration and lexicons, lowercase hex (static per
 * comparer, valid until px_comparer_free). */
PX_API const char *px_comparer_config_hash(const struct px_comparer *c);

/*
 * Compare the n articles of one story. *out is owned by the caller
 * (px_comparison_free); NULL on failure.
 */
PX_API px_status px_compare(const struct px_comparer *c,
			    const struct px_compare_input *in, size_t n,
			    struct px_comparison **out);
PX_API void px_comparison_free(struct px_comparison *cmp);

/* "quantity", "date", "attribution", "stance" (static). */
PX_API const char *px_conflict_kind_name(enum px_conflict_kind k);

#ifdef __cplusplus
}
#endif
#endif
