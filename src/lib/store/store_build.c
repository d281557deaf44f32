/*
 * The story builder: the report of each story the store decided, made by
 * the report pipeline itself (px_report_build, public API only) and cut
 * into one §6 document per story.
 *
 * The store assigns stories by replaying every stored article (see
 * store_commit.c); a report over a subset of the articles clusters that
 * subset again, which usually, not always, gives the same stories. So:
 *
 *  1. The stories to build are taken in chunks (in the order they were
 *     first seen, up to CHUNK_ARTICLES articles) and each chunk goes
 *     through one report. Every report story whose articles and copies are
 *     exactly those of one wanted story becomes that story's document: the
 *     report's JSON (the ARCHITECTURE.md §6 contract) with the header, the
 *     articles of that story and the story, its id the store's.
 *  2. A wanted story the chunk split or merged is built alone.
 *  3. If alone it still comes out as several report stories, their story
 *     objects are merged into one (arrays joined, sources summed, dates
 *     widened) with a note saying the comparison ran per group.
 *
 * Working from the JSON contract keeps the builder right as the report
 * grows (new stages and fields arrive in the documents by themselves);
 * claims come from the public px_report_article.claims.
 *
 * Invariants: a story's document lists exactly its articles, in processing
 * order; every article object's "story" and the story's "id" are the
 * store's id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "store_internal.h"
#include "store_json.h"

#define CHUNK_ARTICLES 2000
#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

px_status
px__sb_init(struct px__sb *b, struct px_store *s, const struct px_report_opts *opts)
{
	memset(b, 0, sizeof(*b));
	b->s = s;
	if (opts)
		b->opts = *opts;
	else
		px_report_opts_init(&b->opts);
	px_arena_init(&b->arena, 16 * 1024, 0);
	return PX_OK;
}

void
px__sb_release(struct px__sb *b)
{
	size_t k = 0;

	for (k = 0; k < b->n_stories; k++) {
		px_free(b->stories[k].arts);
		px_buf_release(&b->stories[k].out);
	}
	px_free(b->stories);
	px_arena_release(&b->arena);
	memset(b, 0, sizeof(*b));
}

px_status
px__sb_add_story(struct px__sb *b, int64_t id)
{
	struct px__sb_story *st = NULL;
	px_status ret = px_grow((void **)&b->stories, &b->cap_stories, b->n_stories + 1,
				sizeof(*b->stories));

	if (ret)
		return ret;
	st = &b->stories[b->n_stories++];
	memset(st, 0, sizeof(*st));
	st->id = id;
	return PX_OK;
}

px_status
px__sb_add_article(struct px__sb *b, int64_t vid, const char *id, const char *dup, size_t pos)
{
	struct px__sb_story *st = &b->stories[b->n_stories - 1];
	struct px__sb_article *a = NULL;
	px_status ret = px_grow((void **)&st->arts, &st->cap_arts, st->n + 1, sizeof(*st->arts));

	if (ret)
		return ret;
	a = &st->arts[st->n];
	a->vid = vid;
	a->pos = pos;
	a->id = px_arena_strndup(&b->arena, id, strlen(id));
	a->dup = dup ? px_arena_strndup(&b->arena, dup, strlen(dup)) : NULL;
	if (a->id == NULL || (dup && a->dup == NULL))
		return PX_ENOMEM;
	st->n++;
	return PX_OK;
}

/* ------------------------------------------------------------ reports */

static int
cmp_pos(const void *pa, const void *pb)
{
	const struct px__sb_article *a = *(const struct px__sb_article *const *)pa;
	const struct px__sb_article *b = *(const struct px__sb_article *const *)pb;

	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/*
 * Load the articles of stories [from, to) into a new report, in the
 * store's processing order, and build it.
 */
static px_status
build_report(struct px__sb *b, size_t from, size_t to, struct px_report **out)
{
	struct px_report *r = NULL;
	const struct px__sb_article **all = NULL;
	size_t k = 0, i = 0, n = 0;
	px_status ret = PX_OK;

	*out = NULL;
	for (k = from; k < to; k++)
		n += b->stories[k].n;
	all = px_alloc((n ? n : 1) * sizeof(*all));
	if (all == NULL)
		return PX_ENOMEM;
	n = 0;
	for (k = from; k < to; k++)
		for (i = 0; i < b->stories[k].n; i++)
			all[n++] = &b->stories[k].arts[i];
	qsort(all, n, sizeof(*all), cmp_pos);
	ret = px_report_new(&b->opts, &r);
	for (i = 0; ret == PX_OK && i < n; i++)
		ret = px__store_report_add(b->s, r, all[i]->vid);
	px_free(all);
	if (ret == PX_OK)
		ret = px_report_build(r);
	if (ret) {
		px_report_free(r);
		return ret;
	}
	*out = r;
	return PX_OK;
}

/* The report's JSON document, parsed. */
static px_status
report_json(const struct px_report *r, json_t **out)
{
	struct px_buf buf = PX_BUF_INIT;
	json_error_t err;
	px_status ret = px_report_write(r, PX_REPORT_JSON, &buf);

	*out = NULL;
	if (ret == PX_OK) {
		*out = json_loadb(buf.data, buf.len, 0, &err);
		if (*out == NULL)
			ret = PX_EFORMAT;
	}
	px_buf_release(&buf);
	return ret;
}

static const char *
jstr(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static int
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* The wanted story and position of an article id, by linear search in
 * the stories [from, to). */
static int
find_article(const struct px__sb *b, size_t from, size_t to, const char *id, size_t *k,
	     size_t *i)
{
	for (*k = from; *k < to; (*k)++)
		for (*i = 0; *i < b->stories[*k].n; (*i)++)
			if (strcmp(b->stories[*k].arts[*i].id, id) == 0)
				return 1;
	return 0;
}

/*
 * Whether a report story is exactly wanted story k: the same articles (in
 * any order; the report orders them as the store does) and the same copy
 * relations, given the report's article objects by id.
 */
static int
story_matches(const struct px__sb_story *st, json_t *rstory, json_t *byid)
{
	json_t *ids = json_object_get(rstory, "articles");
	size_t i = 0, k = 0;

	if (json_array_size(ids) != st->n)
		return 0;
	for (i = 0; i < st->n; i++) {
		json_t *art = json_object_get(byid, st->arts[i].id);
		int found = 0;
		for (k = 0; k < json_array_size(ids) && !found; k++)
			found = same_str(json_string_value(json_array_get(ids, k)), st->arts[i].id);
		if (!found || art == NULL || !same_str(jstr(art, "duplicate_of"), st->arts[i].dup))
			return 0;
	}
	return 1;
}

/* Whether a note names one of the story's articles ("ID: ..."). */
static int
note_is_about(const struct px__sb_story *st, const char *note)
{
	size_t i = 0;

	for (i = 0; note && i < st->n; i++) {
		size_t n = strlen(st->arts[i].id);
		if (strncmp(note, st->arts[i].id, n) == 0 && note[n] == ':')
			return 1;
	}
	return 0;
}

/*
 * The story's own document: every header member of root in its order,
 * with inputs, notes and articles kept to the story's, and its story
 * object (the store's id in it and in its articles).
 */
static px_status
story_document(struct px__sb *b, struct px__sb_story *st, json_t *root, json_t *byid, json_t *story,
	       const char **paths, size_t n_paths)
{
	json_t *doc = json_object(), *arr = NULL, *v = NULL;
	const char *key = NULL;
	char *dump = NULL;
	size_t i = 0, k = 0;
	px_status ret = PX_OK;

	if (doc == NULL)
		return PX_ENOMEM;
	json_object_foreach(root, key, v) {
		if (strcmp(key, "inputs") == 0) {
			arr = json_array();
			for (i = 0; i < json_array_size(v); i++) {
				json_t *in = json_array_get(v, i);
				for (k = 0; k < n_paths; k++)
					if (same_str(jstr(in, "path"), paths[k]))
						break;
				if (k < n_paths)
					json_array_append(arr, in);
			}
			json_object_set_new(doc, key, arr);
		} else if (strcmp(key, "notes") == 0) {
			arr = json_array();
			for (i = 0; i < json_array_size(v); i++)
				if (note_is_about(st, json_string_value(json_array_get(v, i))))
					json_array_append(arr, json_array_get(v, i));
			json_object_set_new(doc, key, arr);
		} else if (strcmp(key, "articles") == 0) {
			arr = json_array();
			for (i = 0; i < json_array_size(v); i++) {
				json_t *a = json_array_get(v, i);
				if (!json_is_string(json_object_get(a, "id")) ||
				    json_object_get(byid, jstr(a, "id")) == NULL)
					continue;
				for (k = 0; k < st->n; k++)
					if (strcmp(st->arts[k].id, jstr(a, "id")) == 0)
						break;
				if (k == st->n)
					continue;
				json_object_set_new(a, "story", json_integer(st->id));
				json_array_append(arr, a);
			}
			json_object_set_new(doc, key, arr);
		} else if (strcmp(key, "stories") == 0) {
			json_object_set_new(story, "id", json_integer(st->id));
			arr = json_array();
			json_array_append(arr, story);
			json_object_set_new(doc, key, arr);
		} else {
			json_object_set(doc, key, v);
		}
	}
	dump = json_dumps(doc, DUMP_FLAGS);
	if (dump == NULL) {
		ret = PX_ENOMEM;
	} else {
		px_buf_reset(&st->out);
		px_buf_puts(&st->out, dump);
		px_buf_putc(&st->out, '\n');
		ret = st->out.failed;
		free(dump);
	}
	if (ret == PX_OK) {
		struct px_arena *ar = &b->arena;
		const char *t = jstr(story, "title");
		const char *f = jstr(story, "first_seen"), *l = jstr(story, "last_seen");
		st->title = px_arena_strndup(ar, t ? t : "", t ? strlen(t) : 0);
		st->first_seen = f ? px_arena_strndup(ar, f, strlen(f)) : NULL;
		st->last_seen = l ? px_arena_strndup(ar, l, strlen(l)) : NULL;
		if (st->title == NULL || (f && st->first_seen == NULL) || (l && st->last_seen == NULL))
			ret = PX_ENOMEM;
		st->sources = (size_t)json_integer_value(json_object_get(story, "sources"));
		st->conflicts = json_array_size(json_object_get(story, "conflicts"));
		st->agreements = json_array_size(json_object_get(story, "agreements"));
		st->unique = json_array_size(json_object_get(story, "unique"));
		st->done = ret == PX_OK;
	}
	json_decref(doc);
	return ret;
}

/*
 * Several report stories made of one wanted story's articles, merged into
 * one story object: arrays joined, sources summed, dates widened, the
 * first object's other members kept; a note says so.
 */
json_t *
px__sb_merge_stories(json_t *stories)
{
	json_t *m = json_deep_copy(json_array_get(stories, 0));
	size_t g = 0;
	char note[160];

	for (g = 1; m && g < json_array_size(stories); g++) {
		json_t *o = json_array_get(stories, g), *v = NULL, *mine = NULL;
		const char *key = NULL;
		json_object_foreach(o, key, v) {
			mine = json_object_get(m, key);
			if (json_is_array(mine) && json_is_array(v)) {
				json_array_extend(mine, v);
			} else if (strcmp(key, "sources") == 0 && json_is_integer(mine)) {
				json_object_set_new(m, key, json_integer(json_integer_value(mine) +
									 json_integer_value(v)));
			} else if (strcmp(key, "first_seen") == 0 && json_is_string(v) &&
				   (!json_is_string(mine) || strcmp(json_string_value(v), json_string_value(mine)) < 0)) {
				json_object_set(m, key, v);
			} else if (strcmp(key, "last_seen") == 0 && json_is_string(v) &&
				   (!json_is_string(mine) || strcmp(json_string_value(v), json_string_value(mine)) > 0)) {
				json_object_set(m, key, v);
			} else if (mine == NULL) {
				json_object_set(m, key, v);
			}
		}
	}
	snprintf(note, sizeof note,
		 "compared as %zu separate groups: a report of these articles alone does not "
		 "keep them in one story", json_array_size(stories));
	if (m)
		json_object_set_new(m, "note", json_string(note));
	return m;
}

/* The input paths of story k's articles, from a built report. */
static size_t
story_paths(const struct px_report *r, const struct px__sb_story *st, const char **paths)
{
	size_t i = 0, k = 0, n = 0;

	for (i = 0; i < r->n_articles; i++) {
		const struct px_article *a = r->articles[i].a;
		for (k = 0; k < st->n; k++)
			if (strcmp(st->arts[k].id, a->id) == 0)
				break;
		if (k < st->n && a->path)
			paths[n++] = a->path;
	}
	return n;
}

/* Hand every article of story k with its claims to the callback. */
static px_status
story_claims(const struct px_report *r, struct px__sb_story *st, px__sb_claims_cb cb, void *ud)
{
	size_t i = 0, k = 0;
	px_status ret = PX_OK;

	for (k = 0; ret == PX_OK && k < st->n; k++)
		for (i = 0; ret == PX_OK && i < r->n_articles; i++)
			if (strcmp(st->arts[k].id, r->articles[i].a->id) == 0)
				ret = cb ? cb(ud, st->arts[k].vid, r->articles[i].a, r->articles[i].claims)
					 : PX_OK;
	return ret;
}

/*
 * Cut a built report of stories [from, to) into their documents. With
 * merge, story `from` (the only one) takes every report story, merged.
 */
static px_status
cut_report(struct px__sb *b, const struct px_report *r, size_t from, size_t to, int merge,
	   px__sb_claims_cb cb, void *ud)
{
	json_t *root = NULL, *byid = NULL, *stories = NULL;
	const char **paths = NULL;
	size_t i = 0, k = 0, pos = 0;
	px_status ret = report_json(r, &root);

	if (ret)
		return ret;
	byid = json_object();
	paths = px_alloc((r->n_articles ? r->n_articles : 1) * sizeof(*paths));
	if (byid == NULL || paths == NULL)
		ret = PX_ENOMEM;
	for (i = 0; ret == PX_OK && i < json_array_size(json_object_get(root, "articles")); i++) {
		json_t *a = json_array_get(json_object_get(root, "articles"), i);
		if (jstr(a, "id"))
			json_object_set(byid, jstr(a, "id"), a);
	}
	stories = json_object_get(root, "stories");
	if (ret == PX_OK && merge) {
		struct px__sb_story *st = &b->stories[from];
		json_t *m = json_array_size(stories) == 1 ? json_incref(json_array_get(stories, 0))
							   : px__sb_merge_stories(stories);
		if (m == NULL) {
			ret = PX_ENOMEM;
		} else {
			json_t *ids = json_array();
			for (i = 0; i < st->n; i++)
				json_array_append_new(ids, json_string(st->arts[i].id));
			json_object_set_new(m, "articles", ids);
			ret = story_document(b, st, root, byid, m, paths, story_paths(r, st, paths));
			json_decref(m);
		}
		if (ret == PX_OK)
			ret = story_claims(r, st, cb, ud);
	}
	for (i = 0; ret == PX_OK && !merge && i < json_array_size(stories); i++) {
		json_t *rs = json_array_get(stories, i);
		const char *first = json_string_value(json_array_get(json_object_get(rs, "articles"), 0));
		if (first == NULL || !find_article(b, from, to, first, &k, &pos))
			continue;
		if (b->stories[k].done || !story_matches(&b->stories[k], rs, byid))
			continue;
		ret = story_document(b, &b->stories[k], root, byid, rs, paths,
				     story_paths(r, &b->stories[k], paths));
		if (ret == PX_OK)
			ret = story_claims(r, &b->stories[k], cb, ud);
	}
	px_free(paths);
	json_decref(byid);
	json_decref(root);
	return ret;
}

px_status
px__sb_run(struct px__sb *b, px__sb_claims_cb cb, void *ud)
{
	size_t from = 0, k = 0;
	px_status ret = PX_OK;

	while (ret == PX_OK && from < b->n_stories) {
		struct px_report *r = NULL;
		size_t n = 0, to = from;
		while (to < b->n_stories && (to == from || n + b->stories[to].n <= CHUNK_ARTICLES))
			n += b->stories[to++].n;
		ret = build_report(b, from, to, &r);
		if (ret == PX_OK)
			ret = cut_report(b, r, from, to, 0, cb, ud);
		px_report_free(r);
		from = to;
	}
	/* What a chunk split or merged is built alone, merged if need be. */
	for (k = 0; ret == PX_OK && k < b->n_stories; k++) {
		struct px_report *r = NULL;
		if (b->stories[k].done)
			continue;
		b->stories[k].alone = 1;
		ret = build_report(b, k, k + 1, &r);
		if (ret == PX_OK)
			ret = cut_report(b, r, k, k + 1, 0, cb, ud);
		if (ret == PX_OK && !b->stories[k].done) {
			b->stories[k].merged = 1;
			ret = cut_report(b, r, k, k + 1, 1, cb, ud);
		}
		px_report_free(r);
		if (ret == PX_OK && !b->stories[k].done)
			ret = PX_EFORMAT;
	}
	return ret;
}
