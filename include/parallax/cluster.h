/*
 * parallax stories: a streaming clusterer that puts each article into the
 * story (one real-world event) it reports, or starts a new story.
 *
 * Articles are added one at a time in processing order (px_articles_sort
 * in dedup.h: date, then id; undated ones after). Each is represented by
 * three TF-IDF vectors (stems of the body, stems of the headline, and named
 * entities: capitalised names plus numbers) and its time; a story by the
 * sums of its members' vectors, cut to their heaviest terms, and its first
 * and last times. The article joins the story with the best combined
 * similarity when it reaches the threshold. Candidate stories come from an
 * inverted index over the stories' heaviest terms, so the cost per article
 * stays bounded as stories accumulate; a story whose last article is older
 * than the window (or that is pushed out by max_active newer ones) leaves
 * the candidate set and its vectors are freed.
 *
 * Term weights use IDF from a background table shipped in data/ (see
 * docs/internals/cluster.md for how it was made), pooled with the document
 * frequencies of the articles added so far, so three articles and a
 * million are both weighted sensibly. The state after N articles never
 * depends on articles not yet added.
 *
 * Thread-safety: one px_clusterer is used from one thread at a time.
 */
#ifndef PARALLAX_CLUSTER_H
#define PARALLAX_CLUSTER_H

#include "parallax/core.h"
#include "parallax/article.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Options. Initialise with px_cluster_opts_init() (the tuned defaults; one
 * configuration for every data set, see docs/evaluation-cluster.md), then
 * change what you need.
 */
struct px_cluster_opts {
	double threshold;   /* join the best story at or above this score */
	double window_days; /* a story stays a candidate this long after its
			       last dated article (undated articles do not
			       move the clock) */
	size_t max_active;  /* at most this many candidate stories; the least
			       recently joined age out first */
	double w_body;      /* weights of the three cosine similarities */
	double w_title;
	double w_entity;
	double time_scale_days; /* a day gap of this size costs w_time */
	double w_time;
	int explain;        /* fill the shared terms of px_cluster_result */
	const char *idf;    /* background table in data/; NULL: "idf_en.txt";
			       "": none (input statistics only) */
};

PX_API void px_cluster_opts_init(struct px_cluster_opts *opts);

#define PX_CLUSTER_EXPLAIN_MAX 5

/*
 * What px_clusterer_add decided for one article. The term strings are owned
 * by the clusterer and stay valid until it is freed.
 */
struct px_cluster_result {
	size_t index;      /* the article's index: 0, 1, 2, ... in add order */
	size_t story;      /* story id: 0, 1, 2, ... in order of creation */
	double similarity; /* score with the story joined; 1.0 for a new story */
	int is_new;        /* the article started the story */
	/* The cosine similarities behind the score (0 for a new story). */
	double cos_body, cos_title, cos_entity;
	/* With opts.explain, when the article joined a story: the stems and
	   entities that contributed most to the similarity, heaviest first. */
	const char *terms[PX_CLUSTER_EXPLAIN_MAX];
	size_t n_terms;
	const char *entities[PX_CLUSTER_EXPLAIN_MAX];
	size_t n_entities;
};

struct px_clusterer;

/*
 * Make a clusterer. opts may be NULL for the defaults. PX_EINVAL for bad
 * options, PX_ENOTFOUND when the named IDF table is not in data/,
 * PX_EFORMAT when it does not parse, PX_ENOMEM. Free with
 * px_clusterer_free().
 */
PX_API px_status px_clusterer_new(const struct px_cluster_opts *opts,
				  struct px_clusterer **out);
PX_API void px_clusterer_free(struct px_clusterer *c);

/*
 * Add one article (title and text as ingest made them; time as in
 * px_article, INT64_MIN when undated) and say which story it joined.
 * Errors: PX_ENOMEM; the article is then not assigned to any story, but its
 * terms may already count in the document frequencies; the clusterer stays
 * valid and usable.
 */
PX_API px_status px_clusterer_add(struct px_clusterer *c,
				  const struct px_article *a,
				  struct px_cluster_result *res);

/*
 * px_clusterer_add with the article's fields already segmented by the
 * caller, so that this part of the work can run on other threads: title
 * and text are px_doc_parse() of a->title and a->text with
 * PX_DOC_TOKENS | PX_DOC_STEMS and an English stemmer (NULL: parsed here).
 * They are only read, and may be released on return. The result is the
 * same as px_clusterer_add's. Not thread-safe on one clusterer.
 */
struct px_doc;
PX_API px_status px_clusterer_add_parsed(struct px_clusterer *c,
					 const struct px_article *a,
					 const struct px_doc *title,
					 const struct px_doc *text,
					 struct px_cluster_result *res);

/*
 * The same in two steps, for callers that extract features apart from
 * clustering (benchmarks, a pipeline that tokenises on other threads later):
 * px_clusterer_prepare tokenises, stems and interns the article's terms
 * into *doc (owned by the caller; it only reads the clusterer's vocabulary
 * and adds to it); px_clusterer_add_doc weighs, compares and assigns it,
 * and frees doc whatever the result. Prepared documents must be added in
 * the order they were prepared.
 */
struct px_cluster_doc;
PX_API px_status px_clusterer_prepare(struct px_clusterer *c,
				      const struct px_article *a,
				      struct px_cluster_doc **doc);
PX_API px_status px_clusterer_add_doc(struct px_clusterer *c,
				      struct px_cluster_doc *doc,
				      struct px_cluster_result *res);
PX_API void px_cluster_doc_free(struct px_cluster_doc *doc);

/* Number of stories created so far, and of articles added. */
PX_API size_t px_clusterer_story_count(const struct px_clusterer *c);
PX_API size_t px_clusterer_article_count(const struct px_clusterer *c);

/*
 * An estimate of the bytes the clusterer holds now (vocabulary with its
 * interning map, active story vectors, postings, scratch arrays), for
 * memory accounting in benchmarks; exact for the arrays, approximate (40
 * bytes a term) for the map.
 */
PX_API size_t px_clusterer_memory(const struct px_clusterer *c);

#ifdef __cplusplus
}
#endif
#endif
