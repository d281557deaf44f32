/*
 * Committing a batch: assign every stored article to a story, give the
 * stories stable ids, re-compare the stories that changed and write them.
 *
 * Story assignment is a replay: the current version of every stored
 * article is read in processing order (ARCHITECTURE.md §5) through a fresh
 * near-duplicate index and a fresh story clusterer, exactly as px_report
 * does in one shot, so the store's stories are always those a one-shot
 * report over the same articles would make, whatever the batches were.
 * The clusterer has no saved state to resume from, and its state after N
 * articles depends on all N (pooled term statistics), so the replay is the
 * simplest correct continuation; it costs one pass over the stored text per
 * batch (figures in docs/store.md).
 *
 * Stable ids: a replayed story takes the id of the stored story with which
 * it shares the most articles (greedy by overlap, then lowest id); a story
 * left without a match is retired and recorded in story_moves as moved to
 * the story holding most of its articles; new stories take fresh ids that
 * are never reused.
 *
 * Re-comparison is driven by a signature per story: a hash of the
 * program's version and comparison configuration and, per article in
 * order, its id, its current version and the article it copies. A story is
 * rebuilt exactly when its signature differs from the stored one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "parallax/dedup.h"
#include "parallax/cluster.h"
#include "store_internal.h"

#define NONE ((size_t)-1)

struct item {
	const char *id;     /* in the arena */
	int64_t vid;
	size_t raw_story;   /* clusterer's story */
	double similarity;  /* with the story joined */
	size_t canonical;   /* the article it copies, or NONE */
	double dup_sim;
	size_t cluster;     /* story in order of first appearance */
	int64_t prev_story; /* stored story, -1 when none */
	const char *prev_dup;
	double prev_dup_sim;
	double prev_sim;
};

struct cluster {
	size_t first; /* into members */
	size_t n;
	int64_t story; /* assigned stored id */
	char sig[65];
	int affected;
};

struct commit {
	struct px_store *s;
	struct item *items;
	size_t n;
	size_t cap;
	struct cluster *clusters;
	size_t n_clusters;
	size_t *members;   /* item indices grouped by cluster, in order */
	struct px_arena arena;
	const char *config_hash;
};

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
thread_cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static px_status
step_done(struct px_store *s, sqlite3_stmt *st, const char *what)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return px__store_dberr(s, what);
	return PX_OK;
}

/* ------------------------------------------------------------- replay */

static px_status
replay(struct commit *c)
{
	struct px_store *s = c->s;
	sqlite3_stmt *st = px__store_stmt(s, SQL_REPLAY);
	struct px_dedup *d = NULL;
	struct px_clusterer *cl = NULL;
	size_t i = 0, *first_of = NULL, n_raw = 0;
	int rc = 0;
	px_status ret = PX_OK;

	if (st == NULL)
		return PX_EDB;
	ret = px_dedup_new(NULL, &d);
	if (ret == PX_OK)
		ret = px_clusterer_new(NULL, &cl);
	while (ret == PX_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct px_article a;
		struct px_dedup_match m;
		struct px_cluster_result res;
		struct item *it = NULL;
		const char *id = (const char *)sqlite3_column_text(st, 0);

		ret = px_grow((void **)&c->items, &c->cap, c->n + 1, sizeof(*c->items));
		if (ret)
			break;
		it = &c->items[c->n];
		memset(it, 0, sizeof(*it));
		memset(&a, 0, sizeof(a));
		it->id = px_arena_strndup(&c->arena, id, (size_t)sqlite3_column_bytes(st, 0));
		it->vid = sqlite3_column_int64(st, 1);
		a.id = (char *)it->id;
		a.time = sqlite3_column_type(st, 2) == SQLITE_NULL ? INT64_MIN
								   : sqlite3_column_int64(st, 2);
		a.title = (char *)sqlite3_column_text(st, 3);
		a.title_len = a.title ? (size_t)sqlite3_column_bytes(st, 3) : 0;
		a.text = (char *)sqlite3_column_text(st, 4);
		a.text_len = (size_t)sqlite3_column_bytes(st, 4);
		if (a.text == NULL)
			a.text = "";
		it->prev_story = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1
									   : sqlite3_column_int64(st, 5);
		if (sqlite3_column_type(st, 6) != SQLITE_NULL)
			it->prev_dup = px_arena_strndup(&c->arena,
							(const char *)sqlite3_column_text(st, 6),
							(size_t)sqlite3_column_bytes(st, 6));
		it->prev_dup_sim = sqlite3_column_double(st, 7);
		it->prev_sim = sqlite3_column_double(st, 8);
		if (it->id == NULL || (sqlite3_column_type(st, 6) != SQLITE_NULL && it->prev_dup == NULL)) {
			ret = PX_ENOMEM;
			break;
		}
		ret = px_dedup_add(d, a.title, a.title_len, a.text, a.text_len, a.time, &m);
		if (ret == PX_OK) {
			memset(&res, 0, sizeof(res));
			ret = px_clusterer_add(cl, &a, &res);
		}
		it->raw_story = res.story;
		it->similarity = res.similarity;
		it->canonical = NONE;
		c->n++;
	}
	if (ret == PX_OK && rc != SQLITE_DONE)
		ret = px__store_dberr(s, "replay");
	sqlite3_reset(st);
	/* Copies, as report/build.c folds them: an article in a group of two
	 * or more that is not the group's canonical member copies it and
	 * lives in its story. */
	for (i = 0; ret == PX_OK && i < c->n; i++) {
		size_t first = 0, canonical = 0, size = 0;
		ret = px_dedup_group(d, i, &first, &canonical, &size);
		if (ret == PX_OK && size > 1 && canonical != i) {
			c->items[i].canonical = canonical;
			if (px_dedup_similarity(d, i, canonical, &c->items[i].dup_sim))
				c->items[i].dup_sim = 0;
		}
	}
	if (ret == PX_OK) {
		n_raw = px_clusterer_story_count(cl);
		first_of = px_alloc((n_raw ? n_raw : 1) * sizeof(size_t));
		if (first_of == NULL)
			ret = PX_ENOMEM;
	}
	for (i = 0; ret == PX_OK && i < n_raw; i++)
		first_of[i] = NONE;
	/* Stories numbered in order of first appearance. */
	for (i = 0; ret == PX_OK && i < c->n; i++) {
		struct item *it = &c->items[i];
		size_t raw = it->canonical != NONE ? c->items[it->canonical].raw_story : it->raw_story;
		if (first_of[raw] == NONE)
			first_of[raw] = c->n_clusters++;
		it->cluster = first_of[raw];
	}
	px_free(first_of);
	px_dedup_free(d);
	px_clusterer_free(cl);
	return ret;
}

/* Group item indices by cluster (order kept) and sign each cluster. */
static px_status
group_clusters(struct commit *c)
{
	size_t i = 0, k = 0, *fill = NULL;

	c->clusters = px_calloc(c->n_clusters ? c->n_clusters : 1, sizeof(*c->clusters));
	c->members = px_alloc((c->n ? c->n : 1) * sizeof(size_t));
	fill = px_calloc(c->n_clusters ? c->n_clusters : 1, sizeof(size_t));
	if (c->clusters == NULL || c->members == NULL || fill == NULL) {
		px_free(fill);
		return PX_ENOMEM;
	}
	for (i = 0; i < c->n; i++)
		c->clusters[c->items[i].cluster].n++;
	for (k = 1; k < c->n_clusters; k++)
		c->clusters[k].first = c->clusters[k - 1].first + c->clusters[k - 1].n;
	for (i = 0; i < c->n; i++) {
		struct cluster *cl = &c->clusters[c->items[i].cluster];
		size_t at = fill[c->items[i].cluster]++;
		c->members[cl->first + at] = i;
	}
	px_free(fill);
	for (k = 0; k < c->n_clusters; k++) {
		struct cluster *cl = &c->clusters[k];
		struct px_sha256 h;
		px_sha256_init(&h);
		px_sha256_update(&h, "parallax-story-1", 17);
		px_sha256_update(&h, px_version(), strlen(px_version()) + 1);
		px_sha256_update(&h, c->config_hash, strlen(c->config_hash) + 1);
		for (i = 0; i < cl->n; i++) {
			const struct item *it = &c->items[c->members[cl->first + i]];
			char num[64];
			int len = snprintf(num, sizeof num, "|%lld|%.3f|", (long long)it->vid,
					   it->canonical == NONE ? 0.0 : it->dup_sim);
			px_sha256_update(&h, it->id, strlen(it->id) + 1);
			px_sha256_update(&h, num, (size_t)len);
			if (it->canonical != NONE)
				px_sha256_update(&h, c->items[it->canonical].id,
						 strlen(c->items[it->canonical].id) + 1);
		}
		px_sha256_final(&h, cl->sig);
	}
	return PX_OK;
}

/* ------------------------------------------------------------- stable ids */

struct overlap {
	size_t cluster;
	int64_t story;
	size_t count;
};

static int
cmp_pair(const void *pa, const void *pb)
{
	const struct overlap *a = pa, *b = pb;

	if (a->cluster != b->cluster)
		return a->cluster < b->cluster ? -1 : 1;
	if (a->story != b->story)
		return a->story < b->story ? -1 : 1;
	return 0;
}

static int
cmp_overlap(const void *pa, const void *pb)
{
	const struct overlap *a = pa, *b = pb;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	if (a->story != b->story)
		return a->story < b->story ? -1 : 1;
	if (a->cluster != b->cluster)
		return a->cluster < b->cluster ? -1 : 1;
	return 0;
}

static int
cmp_i64(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;

	return a < b ? -1 : a > b;
}

static int
i64_find(const int64_t *arr, size_t n, int64_t v)
{
	return bsearch(&v, arr, n, sizeof(*arr), cmp_i64) != NULL;
}

/*
 * Give every cluster a stored story id, retire the stored stories that no
 * cluster took, and record where they went.
 */
static px_status
assign_ids(struct commit *c)
{
	struct px_store *s = c->s;
	struct overlap *pairs = NULL, *tri = NULL;
	int64_t *used = NULL, *stored = NULL, next_id = 0, v = 0;
	size_t n_pairs = 0, n_tri = 0, n_used = 0, n_stored = 0, cap_stored = 0, i = 0, k = 0;
	sqlite3_stmt *st = NULL;
	px_status ret = PX_OK;

	pairs = px_alloc((c->n ? c->n : 1) * sizeof(*pairs));
	tri = px_alloc((c->n ? c->n : 1) * sizeof(*tri));
	used = px_alloc((c->n_clusters ? c->n_clusters : 1) * sizeof(*used));
	if (pairs == NULL || tri == NULL || used == NULL) {
		ret = PX_ENOMEM;
		goto cleanup;
	}
	for (i = 0; i < c->n; i++) {
		if (c->items[i].prev_story < 0)
			continue;
		pairs[n_pairs].cluster = c->items[i].cluster;
		pairs[n_pairs].story = c->items[i].prev_story;
		pairs[n_pairs].count = 1;
		n_pairs++;
	}
	qsort(pairs, n_pairs, sizeof(*pairs), cmp_pair);
	for (i = 0; i < n_pairs; i++) {
		if (n_tri && tri[n_tri - 1].cluster == pairs[i].cluster &&
		    tri[n_tri - 1].story == pairs[i].story)
			tri[n_tri - 1].count++;
		else
			tri[n_tri++] = pairs[i];
	}
	qsort(tri, n_tri, sizeof(*tri), cmp_overlap);
	for (k = 0; k < c->n_clusters; k++)
		c->clusters[k].story = -1;
	/* Greedy by overlap: the largest shared part of a story decides
	 * which cluster keeps its id. used[] stays sorted for lookups. */
	for (i = 0; i < n_tri; i++) {
		struct cluster *cl = &c->clusters[tri[i].cluster];
		size_t j = 0;
		if (cl->story >= 0 || i64_find(used, n_used, tri[i].story))
			continue;
		cl->story = tri[i].story;
		for (j = n_used; j > 0 && used[j - 1] > tri[i].story; j--)
			used[j] = used[j - 1];
		used[j] = tri[i].story;
		n_used++;
	}
	/* Fresh ids above every id ever given. */
	st = NULL;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT max(coalesce((SELECT max(id) FROM stories), -1),"
			       " coalesce((SELECT max(old) FROM story_moves), -1),"
			       " coalesce((SELECT max(story) FROM articles), -1))",
			       -1, &st, NULL) != SQLITE_OK) {
		ret = px__store_dberr(s, "story ids");
		goto cleanup;
	}
	if (sqlite3_step(st) == SQLITE_ROW)
		next_id = sqlite3_column_int64(st, 0) + 1;
	sqlite3_finalize(st);
	st = NULL;
	for (k = 0; k < c->n_clusters; k++)
		if (c->clusters[k].story < 0)
			c->clusters[k].story = next_id++;
	/* Retire stored stories no cluster kept. */
	if (sqlite3_prepare_v2(s->db, "SELECT id FROM stories", -1, &st, NULL) != SQLITE_OK) {
		ret = px__store_dberr(s, "stories");
		goto cleanup;
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = sqlite3_column_int64(st, 0);
		if (i64_find(used, n_used, v))
			continue;
		ret = px_grow((void **)&stored, &cap_stored, n_stored + 1, sizeof(*stored));
		if (ret)
			break;
		stored[n_stored++] = v;
	}
	sqlite3_finalize(st);
	st = NULL;
	for (i = 0; ret == PX_OK && i < n_stored; i++) {
		int64_t to = -1;
		sqlite3_stmt *del = NULL, *mv = NULL;
		/* tri is sorted by overlap: the first entry of this story is
		 * the cluster holding most of its articles. */
		for (k = 0; k < n_tri; k++) {
			if (tri[k].story == stored[i]) {
				to = c->clusters[tri[k].cluster].story;
				break;
			}
		}
		del = px__store_stmt(s, SQL_STORY_DELETE);
		if (del == NULL) {
			ret = PX_EDB;
			break;
		}
		sqlite3_bind_int64(del, 1, stored[i]);
		ret = step_done(s, del, "retire story");
		if (ret || to < 0)
			continue;
		mv = px__store_stmt(s, SQL_STORY_MOVE);
		if (mv == NULL) {
			ret = PX_EDB;
			break;
		}
		sqlite3_bind_int64(mv, 1, stored[i]);
		sqlite3_bind_int64(mv, 2, to);
		sqlite3_bind_int64(mv, 3, s->batch);
		ret = step_done(s, mv, "record story move");
	}
cleanup:
	px_free(pairs);
	px_free(tri);
	px_free(used);
	px_free(stored);
	return ret;
}

/* Mark the clusters whose stored signature differs. */
static px_status
find_affected(struct commit *c, size_t *n_affected)
{
	size_t k = 0;

	*n_affected = 0;
	for (k = 0; k < c->n_clusters; k++) {
		struct cluster *cl = &c->clusters[k];
		sqlite3_stmt *st = px__store_stmt(c->s, SQL_STORY_SIGNATURE);
		const unsigned char *sig = NULL;
		int rc = 0;
		if (st == NULL)
			return PX_EDB;
		sqlite3_bind_int64(st, 1, cl->story);
		rc = sqlite3_step(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
			sqlite3_reset(st);
			return px__store_dberr(c->s, "signature");
		}
		sig = rc == SQLITE_ROW ? sqlite3_column_text(st, 0) : NULL;
		cl->affected = sig == NULL || strcmp((const char *)sig, cl->sig) != 0;
		sqlite3_reset(st);
		*n_affected += (size_t)cl->affected;
	}
	return PX_OK;
}

/* Write the story, copy and similarity of every article that changed. */
static px_status
write_assignments(struct commit *c)
{
	size_t i = 0;

	for (i = 0; i < c->n; i++) {
		const struct item *it = &c->items[i];
		int64_t story = c->clusters[it->cluster].story;
		const char *dup = it->canonical == NONE ? NULL : c->items[it->canonical].id;
		double dsim = it->canonical == NONE ? 0 : it->dup_sim;
		sqlite3_stmt *st = NULL;
		px_status ret = PX_OK;

		if (story == it->prev_story && it->prev_sim == it->similarity &&
		    ((dup == NULL && it->prev_dup == NULL) ||
		     (dup && it->prev_dup && strcmp(dup, it->prev_dup) == 0)) &&
		    it->prev_dup_sim == dsim)
			continue;
		st = px__store_stmt(c->s, SQL_ARTICLE_ASSIGN);
		if (st == NULL)
			return PX_EDB;
		px__store_bind_str(st, 1, it->id);
		sqlite3_bind_int64(st, 2, story);
		px__store_bind_str(st, 3, dup);
		if (dup)
			sqlite3_bind_double(st, 4, dsim);
		sqlite3_bind_double(st, 5, it->similarity);
		ret = step_done(c->s, st, "assign article");
		if (ret)
			return ret;
	}
	return PX_OK;
}

/* ------------------------------------------------------------- rebuild */

/*
 * The kind's own fields of a claim's §5 JSON object (value, unit, quote,
 * speaker, name, ...), without those the claims table keeps in columns
 * (article, field, sentence, start, end, text, kind): two thirds of the
 * bytes of a claim row otherwise.
 */
static px_status
claim_detail(const struct px_buf *json, struct px_buf *out)
{
	static const char *const common[] = {"article", "field", "sentence", "start", "end",
					     "text", "kind"};
	json_error_t err;
	json_t *o = json_loadb(json->data, json->len, 0, &err);
	char *dump = NULL;
	size_t i = 0;

	px_buf_reset(out);
	if (o == NULL)
		return PX_EFORMAT;
	for (i = 0; i < sizeof common / sizeof common[0]; i++)
		json_object_del(o, common[i]);
	dump = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (dump == NULL)
		return PX_ENOMEM;
	px_buf_puts(out, dump);
	free(dump);
	return out->failed;
}

/* Replace the claims of one article of a built story. */
static px_status
write_claims(void *ud, int64_t vid, const struct px_article *a,
	     const struct px_claims *claims)
{
	struct commit *c = ud;
	struct px_store *s = c->s;
	struct px_buf json = PX_BUF_INIT, detail = PX_BUF_INIT;
	sqlite3_stmt *st = px__store_stmt(s, SQL_CLAIMS_DELETE);
	size_t k = 0;
	px_status ret = PX_OK;

	if (st == NULL)
		return PX_EDB;
	px__store_bind_str(st, 1, a->id);
	ret = step_done(s, st, "delete claims");
	for (k = 0; ret == PX_OK && claims && k < claims->n; k++) {
		const struct px_claim *claim = &claims->items[k];
		const char *t = claim->field == PX_FIELD_TITLE ? a->title : a->text;
		size_t len = claim->field == PX_FIELD_TITLE ? a->title_len : a->text_len;
		if (t == NULL || claim->end > len || claim->start > claim->end)
			continue;
		px_buf_reset(&json);
		px_claim_to_json(claim, a->id, t, len, &json);
		ret = json.failed;
		if (ret == PX_OK)
			ret = claim_detail(&json, &detail);
		if (ret)
			break;
		st = px__store_stmt(s, SQL_CLAIM_INSERT);
		if (st == NULL) {
			ret = PX_EDB;
			break;
		}
		sqlite3_bind_int64(st, 1, vid);
		px__store_bind_str(st, 2, px_claim_kind_name(claim->kind));
		px__store_bind_str(st, 3, px_field_name(claim->field));
		sqlite3_bind_int64(st, 4, (int64_t)claim->sentence);
		sqlite3_bind_int64(st, 5, (int64_t)claim->start);
		sqlite3_bind_int64(st, 6, (int64_t)claim->end);
		px__store_bind_text(st, 7, t + claim->start, claim->end - claim->start);
		px__store_bind_text(st, 8, detail.data ? detail.data : "{}", detail.data ? detail.len : 2);
		ret = step_done(s, st, "insert claim");
	}
	px_buf_release(&json);
	px_buf_release(&detail);
	return ret;
}

static px_status
write_story(struct commit *c, const struct px__sb_story *bs, const struct cluster *cl)
{
	struct px_store *s = c->s;
	struct px_buf ids = PX_BUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t i = 0;
	px_status ret = PX_OK;

	px_buf_putc(&ids, '[');
	for (i = 0; i < bs->n; i++) {
		if (i)
			px_buf_putc(&ids, ',');
		px_buf_put_json_str(&ids, bs->arts[i].id, strlen(bs->arts[i].id));
	}
	px_buf_putc(&ids, ']');
	if (ids.failed) {
		px_buf_release(&ids);
		return ids.failed;
	}
	st = px__store_stmt(s, SQL_STORY_UPSERT);
	if (st == NULL) {
		px_buf_release(&ids);
		return PX_EDB;
	}
	sqlite3_bind_int64(st, 1, cl->story);
	px__store_bind_str(st, 2, bs->title ? bs->title : "");
	px__store_bind_str(st, 3, bs->first_seen);
	px__store_bind_str(st, 4, bs->last_seen);
	px__store_bind_text(st, 5, ids.data, ids.len);
	sqlite3_bind_int64(st, 6, (int64_t)bs->n);
	sqlite3_bind_int64(st, 7, (int64_t)bs->sources);
	sqlite3_bind_int64(st, 8, (int64_t)bs->conflicts);
	sqlite3_bind_int64(st, 9, (int64_t)bs->agreements);
	sqlite3_bind_int64(st, 10, (int64_t)bs->unique);
	px__store_bind_str(st, 11, cl->sig);
	px__store_bind_text(st, 12, bs->out.data ? bs->out.data : "", bs->out.len);
	sqlite3_bind_int64(st, 13, s->batch);
	ret = step_done(s, st, "write story");
	px_buf_release(&ids);
	return ret;
}

/* Rebuild the affected clusters and write them. */
static px_status
rebuild(struct commit *c, size_t *alone, size_t *merged)
{
	struct px_report_opts ro;
	struct px__sb b;
	size_t *which = NULL, n = 0, k = 0, i = 0;
	px_status ret = PX_OK;

	px_report_opts_init(&ro);
	ro.threads = c->s->opts.threads;
	which = px_alloc((c->n_clusters ? c->n_clusters : 1) * sizeof(size_t));
	if (which == NULL)
		return PX_ENOMEM;
	ret = px__sb_init(&b, c->s, &ro);
	for (k = 0; ret == PX_OK && k < c->n_clusters; k++) {
		const struct cluster *cl = &c->clusters[k];
		if (!cl->affected)
			continue;
		which[n++] = k;
		ret = px__sb_add_story(&b, cl->story);
		for (i = 0; ret == PX_OK && i < cl->n; i++) {
			size_t pos = c->members[cl->first + i];
			const struct item *it = &c->items[pos];
			ret = px__sb_add_article(&b, it->vid, it->id,
						 it->canonical == NONE ? NULL : c->items[it->canonical].id,
						 pos);
		}
	}
	if (ret == PX_OK)
		ret = px__sb_run(&b, write_claims, c);
	for (k = 0; ret == PX_OK && k < n; k++) {
		ret = write_story(c, &b.stories[k], &c->clusters[which[k]]);
		*alone += (size_t)b.stories[k].alone;
		*merged += (size_t)b.stories[k].merged;
	}
	px__sb_release(&b);
	px_free(which);
	return ret;
}

static px_status
finish_batch(struct px_store *s, size_t rejected, size_t compared)
{
	sqlite3_stmt *st = NULL;
	time_t t = time(NULL);
	struct tm tm;
	char now[32];
	px_status ret = PX_OK;

	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (sqlite3_prepare_v2(s->db,
			       "UPDATE batches SET finished_at = ?2, added = ?3, updated = ?4,"
			       " skipped = ?5, rejected = ?6, stories_compared = ?7 WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return px__store_dberr(s, "batch");
	sqlite3_bind_int64(st, 1, s->batch);
	px__store_bind_str(st, 2, now);
	sqlite3_bind_int64(st, 3, (int64_t)s->added);
	sqlite3_bind_int64(st, 4, (int64_t)s->updated);
	sqlite3_bind_int64(st, 5, (int64_t)s->skipped);
	sqlite3_bind_int64(st, 6, (int64_t)rejected);
	sqlite3_bind_int64(st, 7, (int64_t)compared);
	if (sqlite3_step(st) != SQLITE_DONE)
		ret = px__store_dberr(s, "batch");
	sqlite3_finalize(st);
	return ret;
}

static px_status
count_rows(struct px_store *s, const char *sql, size_t *out)
{
	sqlite3_stmt *st = NULL;
	px_status ret = PX_OK;

	*out = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return px__store_dberr(s, "count");
	if (sqlite3_step(st) == SQLITE_ROW)
		*out = (size_t)sqlite3_column_int64(st, 0);
	else
		ret = px__store_dberr(s, "count");
	sqlite3_finalize(st);
	return ret;
}

px_status
px_store_commit(struct px_store *s, size_t rejected, struct px_store_stats *stats)
{
	struct commit c;
	struct px_comparer *cmp = NULL;
	size_t affected = 0, alone = 0, merged = 0;
	double t0 = now_s(), t1 = t0, t2 = t0, c0 = thread_cpu_s(), c1 = c0;
	px_status ret = PX_OK;

	if (stats)
		memset(stats, 0, sizeof(*stats));
	if (!s->in_batch)
		return px__store_fail(s, PX_EINVAL, "no batch is open");
	memset(&c, 0, sizeof(c));
	c.s = s;
	px_arena_init(&c.arena, 64 * 1024, 0);
	if (stats) {
		stats->added = s->added;
		stats->updated = s->updated;
		stats->skipped = s->skipped;
	}
	if (s->added == 0 && s->updated == 0 && rejected == 0) {
		/* Nothing changed: leave no trace, not even a batch row. */
		px_store_rollback(s);
		ret = count_rows(s, "SELECT count(*) FROM articles", stats ? &stats->articles : &affected);
		if (ret == PX_OK && stats)
			ret = count_rows(s, "SELECT count(*) FROM stories", &stats->stories);
		px_arena_release(&c.arena);
		return ret;
	}
	if (s->added || s->updated) {
		ret = px_comparer_new(NULL, &cmp);
		if (ret == PX_OK)
			c.config_hash = px_comparer_config_hash(cmp);
		if (ret == PX_OK)
			ret = replay(&c);
		if (ret == PX_OK)
			ret = group_clusters(&c);
		t1 = now_s();
		c1 = thread_cpu_s();
		if (ret == PX_OK)
			ret = assign_ids(&c);
		if (ret == PX_OK)
			ret = find_affected(&c, &affected);
		if (ret == PX_OK)
			ret = write_assignments(&c);
		if (ret == PX_OK)
			ret = rebuild(&c, &alone, &merged);
		t2 = now_s();
	}
	if (ret == PX_OK)
		ret = finish_batch(s, rejected, affected);
	if (ret == PX_OK)
		ret = px__store_exec(s, "COMMIT");
	if (ret) {
		px_store_rollback(s);
	} else {
		s->in_batch = 0;
		if (stats) {
			stats->articles = c.n;
			stats->stories = c.n_clusters;
			stats->stories_compared = affected;
			stats->stories_alone = alone;
			stats->stories_merged = merged;
			stats->replay_seconds = t1 - t0;
			stats->replay_cpu_seconds = c1 - c0;
			stats->compare_seconds = t2 - t1;
			stats->write_seconds = now_s() - t2;
			if (s->added == 0 && s->updated == 0) {
				count_rows(s, "SELECT count(*) FROM articles", &stats->articles);
				count_rows(s, "SELECT count(*) FROM stories", &stats->stories);
			}
		}
	}
	px_comparer_free(cmp);
	px_free(c.items);
	px_free(c.clusters);
	px_free(c.members);
	px_arena_release(&c.arena);
	return ret;
}
