/*
 * Reading the store: the story list, a story's stored or rebuilt report,
 * articles with their versions and changes, full-text search and status.
 *
 * Every value that reaches SQL is bound; a search query is rewritten into
 * FTS5 string tokens (words, "phrases", word* prefixes) so that no user
 * text is ever read as FTS5 syntax. JSON is written with px_buf's escaping;
 * the only text embedded without re-escaping is JSON this store wrote
 * itself (article id lists, repairs, removals, reports).
 */
#include <stdio.h>
#include <string.h>

#include "store_internal.h"

#define SEARCH_QUERY_MAX 512
#define SEARCH_TERMS_MAX 32
#define SEARCH_LIMIT_MAX 200
#define MOVES_MAX 64

static void
put_str(struct px_buf *b, const char *p)
{
	if (p)
		px_buf_put_json_str(b, p, strlen(p));
	else
		px_buf_puts(b, "null");
}

static void
put_col_str(struct px_buf *b, sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	if (t)
		px_buf_put_json_str(b, (const char *)t, (size_t)sqlite3_column_bytes(st, col));
	else
		px_buf_puts(b, "null");
}

/* A column of JSON this store wrote, embedded as is ("[]" when NULL). */
static void
put_col_json(struct px_buf *b, sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	if (t)
		px_buf_append(b, t, (size_t)sqlite3_column_bytes(st, col));
	else
		px_buf_puts(b, "[]");
}

/* ------------------------------------------------------------- stories */

px_status
px_store_stories(struct px_store *s, const struct px_store_query *q,
		 px_store_story_cb cb, void *ud, size_t *total)
{
	static const char sql_all[] =
		"SELECT id, title, first_seen, last_seen, articles, n_articles,"
		" sources, conflicts, agreements FROM stories"
		" WHERE ?1 IS NULL OR last_seen >= ?1"
		" ORDER BY last_seen DESC, id DESC LIMIT ?2 OFFSET ?3";
	sqlite3_stmt *st = NULL;
	int rc = 0;
	px_status ret = PX_OK;

	if (total) {
		*total = 0;
		if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM stories"
				       " WHERE ?1 IS NULL OR last_seen >= ?1", -1, &st, NULL) != SQLITE_OK)
			return px__store_dberr(s, "stories");
		px__store_bind_str(st, 1, q ? q->since : NULL);
		if (sqlite3_step(st) == SQLITE_ROW)
			*total = (size_t)sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		st = NULL;
	}
	if (sqlite3_prepare_v2(s->db, sql_all, -1, &st, NULL) != SQLITE_OK)
		return px__store_dberr(s, "stories");
	px__store_bind_str(st, 1, q ? q->since : NULL);
	sqlite3_bind_int64(st, 2, q && q->limit ? (int64_t)q->limit : -1);
	sqlite3_bind_int64(st, 3, q ? (int64_t)q->offset : 0);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct px_store_story story;
		memset(&story, 0, sizeof(story));
		story.id = sqlite3_column_int64(st, 0);
		story.title = (const char *)sqlite3_column_text(st, 1);
		story.first_seen = (const char *)sqlite3_column_text(st, 2);
		story.last_seen = (const char *)sqlite3_column_text(st, 3);
		story.articles_json = (const char *)sqlite3_column_text(st, 4);
		story.n_articles = (size_t)sqlite3_column_int64(st, 5);
		story.sources = (size_t)sqlite3_column_int64(st, 6);
		story.conflicts = (size_t)sqlite3_column_int64(st, 7);
		story.agreements = (size_t)sqlite3_column_int64(st, 8);
		if (story.title == NULL)
			story.title = "";
		if (story.articles_json == NULL)
			story.articles_json = "[]";
		if (cb(ud, &story)) {
			ret = PX_ESTOP;
			break;
		}
	}
	if (ret == PX_OK && rc != SQLITE_DONE)
		ret = px__store_dberr(s, "stories");
	sqlite3_finalize(st);
	return ret;
}

struct stories_json {
	struct px_buf *out;
	size_t n;
};

static int
story_json_cb(void *ud, const struct px_store_story *st)
{
	struct stories_json *j = ud;
	struct px_buf *b = j->out;

	px_buf_puts(b, j->n++ ? ",{\"id\":" : "{\"id\":");
	px_buf_printf(b, "%lld,\"title\":", (long long)st->id);
	put_str(b, st->title);
	px_buf_puts(b, ",\"articles\":");
	px_buf_puts(b, st->articles_json);
	px_buf_printf(b, ",\"sources\":%zu,\"conflicts\":%zu,\"first_seen\":", st->sources,
		      st->conflicts);
	put_str(b, st->first_seen);
	px_buf_puts(b, ",\"last_seen\":");
	put_str(b, st->last_seen);
	px_buf_printf(b, ",\"agreements\":%zu,\"n_articles\":%zu}", st->agreements,
		      st->n_articles);
	return b->failed != PX_OK;
}

px_status
px_store_stories_json(struct px_store *s, const struct px_store_query *q,
		      struct px_buf *out)
{
	struct stories_json j;
	size_t total = 0;
	px_status ret = PX_OK;

	j.out = out;
	j.n = 0;
	px_buf_puts(out, "{\"stories\":[");
	ret = px_store_stories(s, q, story_json_cb, &j, &total);
	if (ret == PX_ESTOP)
		ret = out->failed ? out->failed : PX_ENOMEM;
	px_buf_printf(out, "],\"total\":%zu,\"offset\":%zu,\"limit\":", total,
		      q ? q->offset : 0);
	if (q && q->limit)
		px_buf_printf(out, "%zu}", q->limit);
	else
		px_buf_puts(out, "null}");
	return ret ? ret : out->failed;
}

/* Follow story_moves from id to the story that holds its articles now. */
static px_status
moved(struct px_store *s, int64_t id, int64_t *to)
{
	int hops = 0;

	*to = -1;
	for (hops = 0; hops < MOVES_MAX; hops++) {
		sqlite3_stmt *st = px__store_stmt(s, SQL_STORY_MOVED);
		int rc = 0;
		if (st == NULL)
			return PX_EDB;
		sqlite3_bind_int64(st, 1, id);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		if (rc != SQLITE_ROW)
			break;
		*to = id;
	}
	return PX_OK;
}

px_status
px_store_story_json(struct px_store *s, int64_t id, struct px_buf *out,
		    int64_t *moved_to)
{
	sqlite3_stmt *st = px__store_stmt(s, SQL_STORY_REPORT);
	int64_t to = -1;
	int rc = 0;
	px_status ret = PX_OK;

	if (moved_to)
		*moved_to = -1;
	if (st == NULL)
		return PX_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		px_buf_append(out, sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0));
		sqlite3_reset(st);
		return out->failed;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return px__store_dberr(s, "story");
	ret = moved(s, id, &to);
	if (ret)
		return ret;
	if (moved_to)
		*moved_to = to;
	return px__store_fail(s, PX_ENOTFOUND, "no story %lld", (long long)id);
}

px_status
px_store_story_report(struct px_store *s, int64_t id, enum px_report_format f,
		      const struct px_report_opts *opts, struct px_buf *out,
		      int64_t *moved_to)
{
	struct px_report_opts ro;
	struct px__sb b;
	struct px_report *r = NULL;
	sqlite3_stmt *st = NULL;
	size_t n = 0, i = 0;
	int rc = 0;
	px_status ret = PX_OK;

	if (moved_to)
		*moved_to = -1;
	if (opts)
		ro = *opts;
	else
		px_report_opts_init(&ro);
	ret = px__sb_init(&b, s, &ro);
	if (ret == PX_OK)
		ret = px__sb_add_story(&b, id);
	st = ret == PX_OK ? px__store_stmt(s, SQL_STORY_MEMBERS) : NULL;
	if (ret == PX_OK && st == NULL)
		ret = PX_EDB;
	if (ret == PX_OK)
		sqlite3_bind_int64(st, 1, id);
	while (ret == PX_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		ret = px__sb_add_article(&b, sqlite3_column_int64(st, 1),
					 (const char *)sqlite3_column_text(st, 0),
					 (const char *)sqlite3_column_text(st, 2), n);
		n++;
	}
	if (ret == PX_OK && rc != SQLITE_DONE)
		ret = px__store_dberr(s, "story members");
	if (st)
		sqlite3_reset(st);
	if (ret == PX_OK && n == 0) {
		int64_t to = -1;
		ret = moved(s, id, &to);
		if (moved_to)
			*moved_to = to;
		if (ret == PX_OK)
			ret = px__store_fail(s, PX_ENOTFOUND, "no story %lld", (long long)id);
	}
	if (ret == PX_OK && f == PX_REPORT_JSON) {
		/* The same document ingest stores. */
		ret = px__sb_run(&b, NULL, NULL);
		if (ret == PX_OK)
			px_buf_append(out, b.stories[0].out.data, b.stories[0].out.len);
	} else if (ret == PX_OK) {
		/* The other formats come from a report of the story's articles;
		 * in the rare story such a report splits (store_build.c), it
		 * shows the groups as stories. */
		ret = px_report_new(&ro, &r);
		for (i = 0; ret == PX_OK && i < b.stories[0].n; i++)
			ret = px__store_report_add(s, r, b.stories[0].arts[i].vid);
		if (ret == PX_OK)
			ret = px_report_build(r);
		/* The story is known by its store id, not the report's 0. */
		if (ret == PX_OK && r->n_stories == 1)
			r->stories[0].id = (size_t)id;
		if (ret == PX_OK)
			ret = px_report_write(r, f, out);
		px_report_free(r);
	}
	px__sb_release(&b);
	return ret ? ret : out->failed;
}

/* ------------------------------------------------------------- articles */

static px_status
article_object(struct px_store *s, const char *id, unsigned version,
	       struct px_buf *b)
{
	sqlite3_stmt *st = px__store_stmt(s, SQL_ARTICLE_JSON);
	int rc = 0, n = 0;

	if (st == NULL)
		return PX_EDB;
	px__store_bind_str(st, 1, id);
	sqlite3_bind_int64(st, 2, version);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc == SQLITE_DONE && version)
			return px__store_fail(s, PX_ENOTFOUND, "no version %u of article '%s'",
					      version, id);
		if (rc == SQLITE_DONE)
			return px__store_fail(s, PX_ENOTFOUND, "no article '%s'", id);
		return px__store_dberr(s, "article");
	}
	px_buf_puts(b, "{\"id\":");
	put_str(b, id);
	px_buf_puts(b, ",\"source\":");
	put_col_str(b, st, 4);
	px_buf_puts(b, ",\"url\":");
	put_col_str(b, st, 5);
	px_buf_puts(b, ",\"title\":");
	put_col_str(b, st, 2);
	px_buf_puts(b, ",\"date\":");
	put_col_str(b, st, 6);
	px_buf_puts(b, ",\"lang\":");
	put_col_str(b, st, 7);
	px_buf_puts(b, ",\"text\":");
	put_col_str(b, st, 3);
	px_buf_puts(b, ",\"repairs\":");
	put_col_json(b, st, 10);
	px_buf_puts(b, ",\"removed\":");
	put_col_json(b, st, 11);
	px_buf_puts(b, ",\"author\":");
	put_col_str(b, st, 8);
	px_buf_puts(b, ",\"place\":");
	put_col_str(b, st, 9);
	px_buf_puts(b, ",\"story\":");
	if (sqlite3_column_type(st, 13) == SQLITE_NULL)
		px_buf_puts(b, "null");
	else
		px_buf_printf(b, "%lld", (long long)sqlite3_column_int64(st, 13));
	px_buf_puts(b, ",\"duplicate_of\":");
	put_col_str(b, st, 14);
	px_buf_printf(b, ",\"version\":%lld,\"current\":%s,\"hash\":",
		      (long long)sqlite3_column_int64(st, 1),
		      sqlite3_column_int64(st, 0) == sqlite3_column_int64(st, 15) ? "true" : "false");
	put_col_str(b, st, 12);
	px_buf_puts(b, ",\"raw_bytes\":");
	if (sqlite3_column_type(st, 16) == SQLITE_NULL)
		px_buf_puts(b, "null");
	else
		px_buf_printf(b, "%lld", (long long)sqlite3_column_int64(st, 16));
	sqlite3_reset(st);
	px_buf_puts(b, ",\"versions\":[");
	st = px__store_stmt(s, SQL_ARTICLE_VERSIONS);
	if (st == NULL)
		return PX_EDB;
	px__store_bind_str(st, 1, id);
	for (n = 0; (rc = sqlite3_step(st)) == SQLITE_ROW; n++) {
		px_buf_printf(b, "%s{\"version\":%lld,\"hash\":", n ? "," : "",
			      (long long)sqlite3_column_int64(st, 0));
		put_col_str(b, st, 1);
		px_buf_printf(b, ",\"batch\":%lld,\"ingested\":", (long long)sqlite3_column_int64(st, 2));
		put_col_str(b, st, 3);
		px_buf_putc(b, '}');
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return px__store_dberr(s, "versions");
	px_buf_puts(b, "],\"changes\":[");
	st = px__store_stmt(s, SQL_ARTICLE_CHANGES);
	if (st == NULL)
		return PX_EDB;
	px__store_bind_str(st, 1, id);
	for (n = 0; (rc = sqlite3_step(st)) == SQLITE_ROW; n++) {
		px_buf_printf(b, "%s{\"from\":%lld,\"to\":%lld,\"batch\":%lld,\"fields\":", n ? "," : "",
			      (long long)sqlite3_column_int64(st, 0),
			      (long long)sqlite3_column_int64(st, 1),
			      (long long)sqlite3_column_int64(st, 2));
		put_col_json(b, st, 3);
		px_buf_putc(b, '}');
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return px__store_dberr(s, "changes");
	px_buf_puts(b, "]}");
	return b->failed;
}

px_status
px_store_article_json(struct px_store *s, const char *id, unsigned version,
		      struct px_buf *out)
{
	size_t mark = out->len;
	px_status ret = article_object(s, id, version, out);

	if (ret)
		px_buf_truncate(out, mark);
	return ret;
}

px_status
px_store_story_articles_json(struct px_store *s, int64_t id, struct px_buf *out)
{
	sqlite3_stmt *st = px__store_stmt(s, SQL_STORY_ARTICLE_IDS);
	char **ids = NULL;
	size_t n = 0, cap = 0, i = 0, mark = out->len;
	int rc = 0;
	px_status ret = PX_OK;

	if (st == NULL)
		return PX_EDB;
	sqlite3_bind_int64(st, 1, id);
	/* Collect the ids first: writing each article runs other statements. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int oom = 0;
		ret = px_grow((void **)&ids, &cap, n + 1, sizeof(*ids));
		if (ret)
			break;
		ids[n] = px__store_col_dup(st, 0, &oom);
		if (ids[n] == NULL) {
			ret = PX_ENOMEM;
			break;
		}
		n++;
	}
	if (ret == PX_OK && rc != SQLITE_DONE)
		ret = px__store_dberr(s, "story articles");
	sqlite3_reset(st);
	if (ret == PX_OK && n == 0)
		ret = px__store_fail(s, PX_ENOTFOUND, "no story %lld", (long long)id);
	if (ret == PX_OK)
		px_buf_printf(out, "{\"story\":%lld,\"articles\":[", (long long)id);
	for (i = 0; ret == PX_OK && i < n; i++) {
		if (i)
			px_buf_putc(out, ',');
		ret = article_object(s, ids[i], 0, out);
	}
	if (ret == PX_OK)
		px_buf_puts(out, "]}");
	for (i = 0; i < n; i++)
		px_free(ids[i]);
	px_free(ids);
	if (ret)
		px_buf_truncate(out, mark);
	return ret ? ret : out->failed;
}

/* ------------------------------------------------------------- search */

/* Whether a token holds something the tokenizer indexes: an ASCII letter
 * or digit, or any non-ASCII character. */
static int
has_word(const char *p, size_t len)
{
	size_t i = 0;

	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)p[i];
		if (ch >= 0x80 || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'))
			return 1;
	}
	return 0;
}

static void
fts_string(struct px_buf *b, const char *p, size_t len)
{
	size_t i = 0;

	px_buf_putc(b, '"');
	for (i = 0; i < len; i++) {
		if (p[i] == '"')
			px_buf_putc(b, '"');
		px_buf_putc(b, p[i]);
	}
	px_buf_putc(b, '"');
}

/*
 * Rewrite a user's query as FTS5 strings: "a phrase" stays a phrase, word*
 * becomes a prefix query, every other run of non-space bytes one string.
 * Terms are ANDed. Returns the number of terms.
 */
static size_t
fts_query(const char *q, struct px_buf *b)
{
	size_t i = 0, n = strlen(q), terms = 0;

	while (i < n && terms < SEARCH_TERMS_MAX) {
		size_t start = 0, end = 0;
		int prefix = 0;
		while (i < n && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r'))
			i++;
		if (i >= n)
			break;
		if (q[i] == '"') {
			start = ++i;
			while (i < n && q[i] != '"')
				i++;
			end = i;
			if (i < n)
				i++;
		} else {
			start = i;
			while (i < n && q[i] != ' ' && q[i] != '\t' && q[i] != '\n' && q[i] != '\r')
				i++;
			end = i;
			if (end - start > 1 && q[end - 1] == '*') {
				prefix = 1;
				end--;
			}
		}
		if (!has_word(q + start, end - start))
			continue;
		if (terms)
			px_buf_putc(b, ' ');
		fts_string(b, q + start, end - start);
		if (prefix)
			px_buf_putc(b, '*');
		terms++;
	}
	return terms;
}

/* Split a snippet with \x01 ... \x02 around matches into clean text and
 * mark ranges. */
static void
snippet_marks(const char *in, struct px_buf *clean, struct px_store_hit *h)
{
	size_t i = 0, open = 0;
	int in_mark = 0;

	h->n_marks = 0;
	for (i = 0; in && in[i]; i++) {
		if (in[i] == '\x01') {
			in_mark = 1;
			open = clean->len;
		} else if (in[i] == '\x02') {
			if (in_mark && h->n_marks < PX_STORE_MARKS_MAX && clean->len > open) {
				h->marks[h->n_marks][0] = open;
				h->marks[h->n_marks][1] = clean->len;
				h->n_marks++;
			}
			in_mark = 0;
		} else {
			px_buf_putc(clean, in[i]);
		}
	}
}

px_status
px_store_search(struct px_store *s, const char *query, size_t limit,
		px_store_hit_cb cb, void *ud)
{
	/* Each index ranks inside FTS5 (ORDER BY rank with a LIMIT), so
	 * snippets are made for the returned rows only, not for every match
	 * of a common word. */
	static const char sql[] =
		"WITH a AS (SELECT rowid AS vid,"
		"  snippet(articles_fts, -1, x'01', x'02', '…', 24) AS snip, -rank AS score"
		"  FROM articles_fts WHERE articles_fts MATCH ?1 AND rank MATCH 'bm25(4.0, 1.0)'"
		"  ORDER BY rank LIMIT ?2),"
		" c AS (SELECT rowid AS cid, highlight(claims_fts, 0, x'01', x'02') AS snip,"
		"  -rank AS score FROM claims_fts WHERE claims_fts MATCH ?1"
		"  ORDER BY rank LIMIT ?2)"
		" SELECT 'article', ar.id, ar.story, v.title, NULL, a.snip, a.score"
		" FROM a JOIN versions v ON v.vid = a.vid"
		" JOIN articles ar ON ar.id = v.article AND ar.current = v.vid"
		" UNION ALL"
		" SELECT 'claim', ar.id, ar.story, v.title, cl.kind, c.snip, c.score"
		" FROM c JOIN claims cl ON cl.id = c.cid JOIN versions cv ON cv.vid = cl.vid"
		" JOIN articles ar ON ar.id = cv.article JOIN versions v ON v.vid = ar.current"
		" ORDER BY 7 DESC LIMIT ?2";
	struct px_buf fq = PX_BUF_INIT, clean = PX_BUF_INIT;
	sqlite3_stmt *st = NULL;
	int rc = 0;
	px_status ret = PX_OK;

	if (query == NULL || strlen(query) > SEARCH_QUERY_MAX)
		return px__store_fail(s, PX_EINVAL, "the query is longer than %d bytes",
				      SEARCH_QUERY_MAX);
	if (!px_utf8_valid(query, strlen(query)))
		return px__store_fail(s, PX_EINVAL, "the query is not valid UTF-8");
	if (fts_query(query, &fq) == 0) {
		px_buf_release(&fq);
		return px__store_fail(s, PX_EINVAL, "the query has no word to search for");
	}
	if (fq.failed) {
		px_buf_release(&fq);
		return PX_ENOMEM;
	}
	if (limit == 0)
		limit = 20;
	if (limit > SEARCH_LIMIT_MAX)
		limit = SEARCH_LIMIT_MAX;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		px_buf_release(&fq);
		return px__store_dberr(s, "search");
	}
	px__store_bind_text(st, 1, fq.data, fq.len);
	sqlite3_bind_int64(st, 2, (int64_t)limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct px_store_hit h;
		memset(&h, 0, sizeof(h));
		px_buf_reset(&clean);
		snippet_marks((const char *)sqlite3_column_text(st, 5), &clean, &h);
		if (clean.failed) {
			ret = PX_ENOMEM;
			break;
		}
		h.kind = (const char *)sqlite3_column_text(st, 0);
		h.article = (const char *)sqlite3_column_text(st, 1);
		h.story = sqlite3_column_type(st, 2) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 2);
		h.title = (const char *)sqlite3_column_text(st, 3);
		h.claim_kind = (const char *)sqlite3_column_text(st, 4);
		h.snippet = clean.data ? clean.data : "";
		h.score = sqlite3_column_double(st, 6);
		if (cb(ud, &h)) {
			ret = PX_ESTOP;
			break;
		}
	}
	if (ret == PX_OK && rc != SQLITE_DONE)
		ret = px__store_dberr(s, "search");
	sqlite3_finalize(st);
	px_buf_release(&fq);
	px_buf_release(&clean);
	return ret;
}

struct search_json {
	struct px_buf *out;
	size_t n;
};

static int
hit_json_cb(void *ud, const struct px_store_hit *h)
{
	struct search_json *j = ud;
	struct px_buf *b = j->out;
	size_t i = 0, at = 0, len = strlen(h->snippet);

	px_buf_puts(b, j->n++ ? ",{\"kind\":" : "{\"kind\":");
	put_str(b, h->kind);
	px_buf_puts(b, ",\"article\":");
	put_str(b, h->article);
	px_buf_puts(b, ",\"story\":");
	if (h->story < 0)
		px_buf_puts(b, "null");
	else
		px_buf_printf(b, "%lld", (long long)h->story);
	px_buf_puts(b, ",\"title\":");
	put_str(b, h->title);
	px_buf_puts(b, ",\"claim_kind\":");
	put_str(b, h->claim_kind);
	px_buf_puts(b, ",\"snippet\":[");
	for (i = 0; i <= h->n_marks; i++) {
		size_t end = i < h->n_marks ? h->marks[i][0] : len;
		if (end > at) {
			px_buf_puts(b, b->data[b->len - 1] == '[' ? "{\"text\":" : ",{\"text\":");
			px_buf_put_json_str(b, h->snippet + at, end - at);
			px_buf_puts(b, ",\"match\":false}");
		}
		if (i < h->n_marks) {
			px_buf_puts(b, b->data[b->len - 1] == '[' ? "{\"text\":" : ",{\"text\":");
			px_buf_put_json_str(b, h->snippet + h->marks[i][0],
					    h->marks[i][1] - h->marks[i][0]);
			px_buf_puts(b, ",\"match\":true}");
			at = h->marks[i][1];
		}
	}
	px_buf_printf(b, "],\"score\":%.4f}", h->score);
	return b->failed != PX_OK;
}

px_status
px_store_search_json(struct px_store *s, const char *query, size_t limit,
		     struct px_buf *out)
{
	struct search_json j;
	size_t mark = out->len;
	px_status ret = PX_OK;

	j.out = out;
	j.n = 0;
	px_buf_puts(out, "{\"query\":");
	put_str(out, query ? query : "");
	px_buf_puts(out, ",\"results\":[");
	ret = px_store_search(s, query, limit, hit_json_cb, &j);
	if (ret == PX_ESTOP)
		ret = out->failed ? out->failed : PX_ENOMEM;
	px_buf_puts(out, "]}");
	if (ret)
		px_buf_truncate(out, mark);
	return ret ? ret : out->failed;
}

/* ------------------------------------------------------------- status */

px_status
px_store_status_json(struct px_store *s, struct px_buf *out)
{
	static const char sql[] =
		"SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM versions),"
		" (SELECT count(*) FROM stories), (SELECT count(*) FROM claims),"
		" (SELECT count(*) FROM batches),"
		" (SELECT max(finished_at) FROM batches)";
	sqlite3_stmt *st = NULL;
	px_status ret = PX_OK;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return px__store_dberr(s, "status");
	if (sqlite3_step(st) == SQLITE_ROW) {
		px_buf_printf(out,
			      "{\"schema\":%d,\"version\":\"%s\",\"articles\":%lld,\"versions\":%lld,"
			      "\"stories\":%lld,\"claims\":%lld,\"batches\":%lld,\"last_batch\":",
			      PX_STORE_SCHEMA, px_version(),
			      (long long)sqlite3_column_int64(st, 0),
			      (long long)sqlite3_column_int64(st, 1),
			      (long long)sqlite3_column_int64(st, 2),
			      (long long)sqlite3_column_int64(st, 3),
			      (long long)sqlite3_column_int64(st, 4));
		put_col_str(out, st, 5);
		px_buf_putc(out, '}');
	} else {
		ret = px__store_dberr(s, "status");
	}
	sqlite3_finalize(st);
	return ret ? ret : out->failed;
}
