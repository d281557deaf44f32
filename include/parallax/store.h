/*
 * parallax store: a durable SQLite store that articles stream into, with
 * the stories they form, each story's comparison, and full-text search.
 *
 * The store keeps every version of every article (an article whose id is
 * stored but whose content changed becomes a new version; the old one is
 * kept and the change recorded), the near-duplicate groups, the stories
 * with their report (ARCHITECTURE.md §6, one document per story), the
 * claims of every independent article, and FTS5 indexes over articles and
 * claims. docs/store.md describes the schema, its migrations and the
 * ingest semantics.
 *
 * Writing happens in batches: px_store_begin(), px_store_add() per article,
 * px_store_commit(). A batch is one SQLite transaction: a crash or a kill
 * before px_store_commit() returns leaves the store as it was before the
 * batch. At commit the store assigns stories as a one-shot `parallax
 * report` over every stored article would (it replays the stored articles
 * in processing order through fresh near-duplicate and story indexes) and
 * re-compares, through the report pipeline, only the stories whose
 * articles, versions or copies changed.
 * Story ids are stable across batches: a story keeps its id while it keeps
 * most of its articles; a story absorbed by another is recorded as moved.
 *
 * Ownership: a px_store is opened with px_store_open() and closed with
 * px_store_close(). Output goes to caller-owned px_bufs; strings passed to
 * callbacks are borrowed for the duration of the call only.
 *
 * Errors: PX_EDB for a failure of SQLite (px_store_errmsg() says which),
 * PX_ENOTFOUND for a missing store, story or article, PX_EFORMAT for a
 * file that is not a parallax store, PX_EUNSUPPORTED for a store whose
 * schema is newer than this program, PX_EINVAL for a write on a read-only
 * handle or calls out of order, PX_ENOMEM.
 *
 * Thread-safety: one px_store is used by one thread at a time. Any number
 * of handles (in any number of processes) may read one store while one
 * handle writes it: the store runs in WAL mode, so readers see the last
 * committed batch and never block on the writer.
 */
#ifndef PARALLAX_STORE_H
#define PARALLAX_STORE_H

#include "parallax/core.h"
#include "parallax/article.h"
#include "parallax/report.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The schema version this program writes (docs/store.md, "Migrations"). */
#define PX_STORE_SCHEMA 1

enum px_store_mode {
	PX_STORE_READ = 0, /* read-only connection (query_only); the file must exist */
	PX_STORE_WRITE = 1 /* created when missing; migrated to PX_STORE_SCHEMA */
};

struct px_store_opts {
	unsigned threads;     /* worker threads for re-comparison at commit;
				 0: one per core. Results never depend on it. */
	int keep_raw;         /* keep the raw input bytes given to px_store_add
				 (zstd-compressed) [1] */
	int busy_timeout_ms;  /* wait this long for another writer [10000] */
	char *err;            /* optional: receives why px_store_open failed */
	size_t err_size;
};
PX_API void px_store_opts_init(struct px_store_opts *o);

struct px_store;

/*
 * Open the store at path. opts may be NULL for the defaults. In write mode
 * a missing file is created and an older schema migrated (each migration
 * in its own transaction). Errors: PX_ENOTFOUND (read mode, no such file),
 * PX_EFORMAT (not a parallax store), PX_EUNSUPPORTED (newer schema), PX_EDB,
 * PX_ENOMEM; *out is then NULL and opts->err (when given) holds the
 * reason. Free with px_store_close().
 */
PX_API px_status px_store_open(const char *path, enum px_store_mode mode,
			       const struct px_store_opts *opts,
			       struct px_store **out);
/* Close; a batch still open is rolled back. NULL does nothing. */
PX_API void px_store_close(struct px_store *s);
/* The last error's message (SQLite's or the store's); never NULL. */
PX_API const char *px_store_errmsg(const struct px_store *s);

/* ------------------------------------------------------------- writing */

/* What px_store_add did with one article. */
enum px_store_outcome {
	PX_STORE_ADDED = 0,   /* a new id */
	PX_STORE_UPDATED = 1, /* a stored id with new content: a new version */
	PX_STORE_SKIPPED = 2  /* the id is stored with this very content */
};

/* Counts of one batch (px_store_commit) and timings of its phases. */
struct px_store_stats {
	size_t added, updated, skipped;
	size_t articles;         /* articles in the store after the batch */
	size_t stories;          /* stories in the store after the batch */
	size_t stories_compared; /* stories (re)compared by the batch */
	size_t stories_alone;    /* of those, built apart from their chunk */
	size_t stories_merged;   /* of those, whose articles a report alone
				    splits (docs/store.md) */
	double replay_seconds;   /* near-duplicates and stories over all articles */
	double replay_cpu_seconds; /* the same in CPU time (it runs on one thread) */
	double compare_seconds;  /* claims, comparison and reports */
	double write_seconds;    /* everything else inside the transaction */
};

/*
 * Start a batch (BEGIN IMMEDIATE: waits up to busy_timeout_ms for another
 * writer). PX_EINVAL on a read-only handle or when a batch is open.
 */
PX_API px_status px_store_begin(struct px_store *s);

/*
 * Add one article to the open batch. The article is only read (copied into
 * the store). raw/raw_len are the input bytes the article was read from
 * (NULL when unknown), input_sha256 the SHA-256 hex of its input file
 * (NULL when unknown); both are kept for provenance. *outcome says whether
 * it was added, stored as a new version, or skipped. On an error the batch
 * must be rolled back.
 */
PX_API px_status px_store_add(struct px_store *s, const struct px_article *a,
			      const void *raw, size_t raw_len,
			      const char *input_sha256,
			      enum px_store_outcome *outcome);

/*
 * Assign stories, re-compare the changed ones and commit the batch.
 * rejected is the number of inputs the caller rejected in this batch (it
 * is recorded with the batch). stats may be NULL. On an error the batch is
 * rolled back and the store is as before px_store_begin().
 */
PX_API px_status px_store_commit(struct px_store *s, size_t rejected,
				 struct px_store_stats *stats);

/* Abandon the open batch (nothing it added remains). */
PX_API void px_store_rollback(struct px_store *s);

/* ------------------------------------------------------------- reading */

/* One story as the story list shows it. Strings are borrowed. */
struct px_store_story {
	int64_t id;
	const char *title;
	const char *first_seen;    /* NULL when no article is dated */
	const char *last_seen;
	const char *articles_json; /* the article ids as a JSON array */
	size_t n_articles;
	size_t sources;            /* independent sources (copies folded) */
	size_t conflicts;
	size_t agreements;
};

/* A selection of stories: newest first (last_seen, then id, descending;
 * undated stories last). */
struct px_store_query {
	const char *since; /* only stories with last_seen >= since ("YYYY-MM-DD"
			      or a full date); NULL: all */
	size_t limit;      /* 0: no limit */
	size_t offset;
};

/* Called once per story; return nonzero to stop (PX_ESTOP). */
typedef int (*px_store_story_cb)(void *ud, const struct px_store_story *st);

/* Each selected story, newest first. *total (may be NULL) gets the number
 * of stories the selection matches before limit and offset. */
PX_API px_status px_store_stories(struct px_store *s,
				  const struct px_store_query *q,
				  px_store_story_cb cb, void *ud,
				  size_t *total);

/*
 * Append the story list as the `GET /api/stories` document:
 * {"stories":[{"id","title","articles","sources","conflicts","first_seen",
 * "last_seen",...}],"total","offset","limit"}.
 */
PX_API px_status px_store_stories_json(struct px_store *s,
				       const struct px_store_query *q,
				       struct px_buf *out);

/*
 * Append the story's report (ARCHITECTURE.md §6 document with this one
 * story and its articles) as stored at its last comparison. When the id
 * belongs to a story merged into another, returns PX_ENOTFOUND and sets
 * *moved_to (may be NULL) to the story that holds it now, else to -1.
 */
PX_API px_status px_store_story_json(struct px_store *s, int64_t id,
				     struct px_buf *out, int64_t *moved_to);

/*
 * Append the story's report in any format, rebuilt from the stored
 * articles with opts (may be NULL). JSON is the document ingest stores
 * (with opts->explain, the reasons added); the other formats are a report
 * of the story's articles, which shows as several stories the rare story
 * such a report splits (docs/store.md). PX_ENOTFOUND as
 * px_store_story_json.
 */
PX_API px_status px_store_story_report(struct px_store *s, int64_t id,
				       enum px_report_format f,
				       const struct px_report_opts *opts,
				       struct px_buf *out, int64_t *moved_to);

/*
 * Append one article as JSON: the `extract` record fields (id, source,
 * url, title, date, lang, text, repairs, removed) plus story, duplicate_of,
 * version, versions (every version with its hash and batch) and changes.
 * version 0 means the current one. PX_ENOTFOUND for an unknown id/version.
 */
PX_API px_status px_store_article_json(struct px_store *s, const char *id,
				       unsigned version, struct px_buf *out);

/* Append {"story":ID,"articles":[article objects as above]} for every
 * article of a story, in processing order. */
PX_API px_status px_store_story_articles_json(struct px_store *s, int64_t id,
					      struct px_buf *out);

/* One search hit. Strings are borrowed for the callback's duration. */
#define PX_STORE_MARKS_MAX 16
struct px_store_hit {
	const char *kind;    /* "article" or "claim" */
	const char *article; /* article id */
	int64_t story;       /* -1 when not assigned */
	const char *title;   /* the article's headline, or NULL */
	const char *claim_kind; /* for a claim: "quantity", "quote", ... */
	const char *snippet; /* text around the matches */
	size_t marks[PX_STORE_MARKS_MAX][2]; /* matched byte ranges in snippet */
	size_t n_marks;
	double score;        /* BM25 (higher is better) */
};
typedef int (*px_store_hit_cb)(void *ud, const struct px_store_hit *h);

/*
 * Full-text search over the current versions of articles (title weighted
 * above body) and over claims, ranked by BM25, best first. The query is
 * words (stemmed, diacritics folded; all must match), "quoted phrases",
 * and word* prefixes; anything else is treated as text, never as FTS5
 * syntax. limit 0 means 20; at most 200. PX_EINVAL for a query without a
 * word.
 */
PX_API px_status px_store_search(struct px_store *s, const char *query,
				 size_t limit, px_store_hit_cb cb, void *ud);
/* The same as {"query","results":[{"kind","article","story","title",
 * "claim_kind","snippet":[{"text","match"}],"score"}]}. */
PX_API px_status px_store_search_json(struct px_store *s, const char *query,
				      size_t limit, struct px_buf *out);

/* Append {"schema","articles","versions","stories","claims","batches",
 * "last_batch"} about the store. */
PX_API px_status px_store_status_json(struct px_store *s, struct px_buf *out);

#ifdef __cplusplus
}
#endif
#endif
