/*
 * Internals of the store shared by its files: the handle, the cache of
 * prepared statements, and the story builder that runs the report
 * pipeline's per-article and per-story stages over stories whose
 * membership the store decided (store_build.c).
 *
 * Invariant: every statement in the cache is reset before it is handed out
 * (px__store_stmt), so a caller never sees a half-stepped statement.
 */
#ifndef PX_STORE_INTERNAL_H
#define PX_STORE_INTERNAL_H

#include <sqlite3.h>

#include "parallax/store.h"
#include "parallax/report.h"

/* Prepared statements, compiled on first use and kept for the handle. */
enum px__store_sql {
	SQL_ARTICLE_CURRENT = 0,
	SQL_VERSION_INSERT,
	SQL_ARTICLE_INSERT,
	SQL_ARTICLE_UPDATE_VERSION,
	SQL_CHANGE_INSERT,
	SQL_REPLAY,
	SQL_ARTICLE_ASSIGN,
	SQL_STORY_SIGNATURE,
	SQL_STORY_UPSERT,
	SQL_STORY_DELETE,
	SQL_STORY_MOVE,
	SQL_CLAIMS_DELETE,
	SQL_CLAIM_INSERT,
	SQL_STORY_MEMBERS,
	SQL_VERSION_LOAD,
	SQL_STORY_REPORT,
	SQL_STORY_MOVED,
	SQL_ARTICLE_JSON,
	SQL_ARTICLE_VERSIONS,
	SQL_ARTICLE_CHANGES,
	SQL_STORY_ARTICLE_IDS,
	SQL__COUNT
};

struct px_store {
	sqlite3 *db;
	enum px_store_mode mode;
	struct px_store_opts opts;
	sqlite3_stmt *stmt[SQL__COUNT];
	char err[512];
	/* The open batch. */
	int in_batch;
	int64_t batch;
	int64_t next_seq;
	size_t added, updated, skipped;
};

/* Record SQLite's message for the handle and return PX_EDB. */
px_status px__store_dberr(struct px_store *s, const char *what);
/* Record a message of the store's own and return st. */
px_status px__store_fail(struct px_store *s, px_status st, const char *fmt, ...)
	PX_PRINTF(3, 4);
/* The cached statement, reset with bindings cleared; NULL on error. */
sqlite3_stmt *px__store_stmt(struct px_store *s, enum px__store_sql id);
/* Run SQL without results. */
px_status px__store_exec(struct px_store *s, const char *sql);
/* Bind a string of len bytes (NULL binds NULL). */
int px__store_bind_text(sqlite3_stmt *st, int i, const char *p, size_t len);
/* Bind a NUL-terminated string or NULL. */
int px__store_bind_str(sqlite3_stmt *st, int i, const char *p);
/* A column as a px_strdup'd string; NULL for SQL NULL or no memory
 * (*oom is set in that case). */
char *px__store_col_dup(sqlite3_stmt *st, int col, int *oom);

/*
 * Load the version vid as a px_article (owned by the caller;
 * px_article_free). *input_sha256 (may be NULL) gets a copy of the input
 * file's hash or NULL.
 */
px_status px__store_load_version(struct px_store *s, int64_t vid,
				 struct px_article **out, char **input_sha256);

/* Load the version vid and add it to report r, with its input path and
 * hash when it has them (the report owns the article then). */
px_status px__store_report_add(struct px_store *s, struct px_report *r, int64_t vid);

/* ------------------------------------------------------------ builder */

/* One article of a story to build: its current version, id, and the id of
 * the article it copies (NULL when none). Strings live in the builder. */
struct px__sb_article {
	int64_t vid;
	const char *id;
	const char *dup;
	size_t pos; /* place in the store's processing order */
};

/* One story to build and, once built, its document and what the story
 * list shows of it. */
struct px__sb_story {
	int64_t id;
	struct px__sb_article *arts; /* in processing order */
	size_t n;
	size_t cap_arts;
	struct px_buf out;      /* the story's report document (JSON) */
	const char *title;      /* in the builder's arena */
	const char *first_seen; /* NULL when undated */
	const char *last_seen;
	size_t sources, conflicts, agreements, unique;
	int done;   /* out holds the document */
	int alone;  /* built apart from its chunk */
	int merged; /* a report of its articles alone split them */
};

/* Called once per article of a built story with its claims (NULL for a
 * copy or an article not in English). */
typedef px_status (*px__sb_claims_cb)(void *ud, int64_t vid,
				      const struct px_article *a,
				      const struct px_claims *claims);

/*
 * Builds the report document of each story the store decided, through
 * the report pipeline (store_build.c explains how).
 */
struct px__sb {
	struct px_store *s;
	struct px_report_opts opts;
	struct px__sb_story *stories;
	size_t n_stories;
	size_t cap_stories;
	struct px_arena arena;
};

px_status px__sb_init(struct px__sb *b, struct px_store *s,
		      const struct px_report_opts *opts);
void px__sb_release(struct px__sb *b);
/* Start a story; its articles follow with px__sb_add_article. */
px_status px__sb_add_story(struct px__sb *b, int64_t id);
/* Add an article (by version) to the last story; pos is its place in the
 * store's processing order (articles reach a report in that order, as in
 * a one-shot run, so undated ones keep their relative order). */
px_status px__sb_add_article(struct px__sb *b, int64_t vid, const char *id,
			     const char *dup, size_t pos);
/* Build every story; cb (may be NULL) gets each article's claims. */
px_status px__sb_run(struct px__sb *b, px__sb_claims_cb cb, void *ud);

#endif
