/*
 * parallax near-duplicates: an incremental index that tells, for each
 * article added, whether it copies an article added before it.
 *
 * Exact copies are found by a hash of the normalised body (case-folded words
 * in order, punctuation and spacing ignored). Near copies are found by
 * MinHash over word shingles of the repaired body (one-permutation hashing
 * with optimal densification: one hash per shingle instead of one per
 * shingle and permutation), an LSH index whose bands x rows are chosen from
 * the target Jaccard threshold, and verification of every candidate by the
 * full signature. Copies are grouped transitively (union-find); each group
 * has a canonical member: the earliest date, then the longest text, then the
 * first added. See docs/internals/dedup.md for the S-curve and the figures.
 *
 * The headline is not shingled (a syndicated copy often gets a new one),
 * unless the body is too short to make a shingle.
 *
 * Memory: about 600 bytes per article (a 128 x 16-bit signature, band keys,
 * group links); the text is not kept.
 *
 * Thread-safety: one px_dedup is used from one thread at a time; distinct
 * indexes are independent.
 */
#ifndef PARALLAX_DEDUP_H
#define PARALLAX_DEDUP_H

#include "parallax/core.h"
#include "parallax/article.h"

#ifdef __cplusplus
extern "C" {
#endif

/* "No article" in index fields. */
#define PX_DEDUP_NONE ((size_t)-1)

/*
 * Options; zero fields take the defaults in brackets. Initialise with
 * px_dedup_opts_init() so that later fields keep working.
 */
struct px_dedup_opts {
	double threshold;  /* target Jaccard of shingle sets [0.5] */
	unsigned shingle;  /* words per shingle [4] */
	unsigned bands;    /* LSH bands; 0: chosen from threshold */
	unsigned rows;     /* rows per band; 0: chosen from threshold */
	unsigned min_words; /* bodies with fewer words only match exactly [25] */
	double containment; /* also a copy: the shorter text's shingles are
			       this much inside the longer one (a copy cut
			       to its first paragraphs, or edited); 0 turns it
			       off [0.6] */
};

/* Fill opts with the defaults. */
PX_API void px_dedup_opts_init(struct px_dedup_opts *opts);

/*
 * The bands and rows an index uses for a threshold (from a signature of 128
 * values): the pair that minimises the sum of the false-positive and
 * false-negative areas under the S-curve 1 - (1 - s^rows)^bands.
 */
PX_API void px_dedup_lsh_params(double threshold, unsigned *bands,
				unsigned *rows);

/* The index. Opaque. */
struct px_dedup;

/*
 * Make an index. opts may be NULL for the defaults. Returns PX_EINVAL for a
 * threshold outside (0, 1] or a shingle size of 0 or above 16, PX_ENOMEM.
 * Free with px_dedup_free().
 */
PX_API px_status px_dedup_new(const struct px_dedup_opts *opts,
			      struct px_dedup **out);
PX_API void px_dedup_free(struct px_dedup *d);

/* What px_dedup_add found for one article. */
struct px_dedup_match {
	size_t index;      /* the article's index: 0, 1, 2, ... in add order */
	size_t match;      /* most similar earlier article, or PX_DEDUP_NONE */
	double similarity; /* estimated Jaccard with match (1.0 exact); 0 when none */
	int exact;         /* match has the same normalised body */
};

/*
 * Add one article: its headline and body (UTF-8, need not be
 * NUL-terminated; title may be NULL), its time in seconds since the epoch
 * (INT64_MIN when undated; used to pick the canonical member) and out gets
 * what it matched. Articles should be added in time order; the result for
 * an article never depends on articles added after it. Errors: PX_ENOMEM
 * (the index is unchanged), PX_ETOOBIG past 2^32 - 2 articles.
 */
PX_API px_status px_dedup_add(struct px_dedup *d, const char *title,
			      size_t title_len, const char *text,
			      size_t text_len, int64_t time,
			      struct px_dedup_match *out);

/* Number of articles added. */
PX_API size_t px_dedup_count(const struct px_dedup *d);

/* Bytes the index holds now (for memory accounting in benchmarks). */
PX_API size_t px_dedup_memory(const struct px_dedup *d);

/*
 * The group of an article: the index of the group's first member (so a
 * group's id orders groups by first appearance), its canonical member and
 * its size (1 for an article that copies nothing and is copied by nothing).
 * Groups can merge as articles arrive, so ask after the last add. Returns
 * PX_EINVAL for an index out of range.
 */
PX_API px_status px_dedup_group(struct px_dedup *d, size_t index,
				size_t *first, size_t *canonical,
				size_t *size);

/*
 * Estimated Jaccard similarity of two articles' shingle sets from their
 * signatures (1.0 for exact copies). PX_EINVAL for an index out of range.
 */
PX_API px_status px_dedup_similarity(const struct px_dedup *d, size_t a,
				     size_t b, double *out);

/*
 * How much of a copy b is of a (or a of b): the larger of the estimated
 * Jaccard similarity and the estimated share of the shorter text's shingles
 * found in the longer one (a copy cut to its first paragraphs scores high
 * here although its Jaccard is low). 1.0 for exact copies. This is the
 * "similarity" that `parallax dedup` prints. PX_EINVAL for an index out of
 * range.
 */
PX_API px_status px_dedup_copy_similarity(const struct px_dedup *d, size_t a,
					  size_t b, double *out);

/*
 * Sort articles into processing order (ARCHITECTURE.md §5), the order
 * dedup and cluster consume them in: dated articles by time, then id; then
 * the undated ones in their order in arr (the sort is stable). Only the
 * pointers move. PX_ENOMEM leaves arr as it was.
 */
PX_API px_status px_articles_sort(struct px_article **arr, size_t n);

#ifdef __cplusplus
}
#endif
#endif
