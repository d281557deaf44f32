/*
 * Unit tests of src/lib/store: creating and reopening a store, read-only
 * handles, adding, skipping and versioning articles, rollback, batch
 * calls out of order, stable story ids across batches, the stored report
 * equal to a rebuilt one, search with hostile queries, and allocation
 * failure at every phase of a batch leaving the store as before it.
 *
 * The articles are fictional (a dam spillway failure and a bridge closure
 * in invented towns), written in wire style.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include "parallax/parallax.h"
#include "test_alloc.h"
#include "../../src/lib/store/store_json.h"

static const char dam_a[] =
	"date 2025-04-02\n"
	"Spillway failure at Orlen dam forces 2,400 from their homes\n\n"
	"ORLEN (Valley Herald) — A spillway gate at the Orlen reservoir dam failed on Tuesday, "
	"forcing about 2,400 residents downstream to leave their homes, the regional water "
	"board said.\n\n"
	"\"The dam itself is not at risk,\" the board's chief engineer Marta Vessel told "
	"reporters. Engineers lowered the reservoir by two metres overnight to relieve the "
	"pressure on the damaged gate.\n\n"
	"Schools in Orlen and Lower Brenn will stay closed until Friday.\n";
static const char dam_b[] =
	"date 2025-04-02\n"
	"Orlen dam gate breaks; 3,000 evacuated\n\n"
	"ORLEN (Coastline Wire) - Some 3,000 people were evacuated on Tuesday after a "
	"spillway gate broke at the Orlen reservoir dam, local officials said.\n\n"
	"Chief engineer Marta Vessel of the regional water board said the dam wall was "
	"sound and that the reservoir was being lowered to take pressure off the gate.\n\n"
	"Schools in Orlen and Lower Brenn are closed until Friday.\n";
static const char dam_c[] =
	"date 2025-04-03\n"
	"Orlen residents wait to return as dam repairs begin\n\n"
	"ORLEN (Evening Ledger) — Repairs to the broken spillway gate of the Orlen "
	"reservoir dam began on Wednesday, a day after about 2,400 residents were told to "
	"leave their homes.\n\n"
	"Water board engineer Marta Vessel said the reservoir had been lowered by two "
	"metres and that residents could expect to return by the weekend.\n";
static const char bridge_a[] =
	"date 2025-04-02\n"
	"Kessel bridge closed after cracks found in main span\n\n"
	"KESSEL (Metro Post) — The Kessel river bridge was closed to all traffic on Tuesday "
	"after inspectors found cracks in a steel girder of its main span, the city's roads "
	"department said. About 31,000 vehicles cross the bridge on a weekday.\n\n"
	"Roads director Ivo Lant said the closure would last at least six weeks.\n";
static const char bridge_b[] =
	"date 2025-04-03\n"
	"Kessel bridge to stay shut for six weeks\n\n"
	"KESSEL (Harbour Times) — Drivers face six weeks of detours after cracks were found "
	"in the main span of the Kessel river bridge, roads director Ivo Lant said on "
	"Wednesday. The bridge carries about 31,000 vehicles a day.\n";

struct tmpdb {
	char dir[64];
	char path[128];
};

static void
tmpdb_make(struct tmpdb *t)
{
	snprintf(t->dir, sizeof t->dir, "/tmp/px-store-test-XXXXXX");
	assert_non_null(mkdtemp(t->dir));
	snprintf(t->path, sizeof t->path, "%s/store.db", t->dir);
}

static void
tmpdb_remove(struct tmpdb *t)
{
	char p[160];

	unlink(t->path);
	snprintf(p, sizeof p, "%s-wal", t->path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", t->path);
	unlink(p);
	rmdir(t->dir);
}

static struct px_article *
article(const char *id, const char *text)
{
	struct px_article *a = NULL;

	assert_int_equal(px_article_from_text(id, text, strlen(text), NULL, PX_CLEAN_ALL, &a), PX_OK);
	return a;
}

static enum px_store_outcome
add(struct px_store *s, const char *id, const char *text)
{
	struct px_article *a = article(id, text);
	enum px_store_outcome o = PX_STORE_SKIPPED;

	assert_int_equal(px_store_add(s, a, text, strlen(text), NULL, &o), PX_OK);
	px_article_free(a);
	return o;
}

static struct px_store *
open_store(const char *path, enum px_store_mode mode)
{
	struct px_store *s = NULL;
	struct px_store_opts o;

	px_store_opts_init(&o);
	o.threads = 1;
	assert_int_equal(px_store_open(path, mode, &o, &s), PX_OK);
	return s;
}

/* Parse a buffer as JSON (the test fails when it is not). */
static json_t *
parse(const struct px_buf *b)
{
	json_error_t err;
	json_t *j = json_loadb(b->data ? b->data : "", b->len, 0, &err);

	if (j == NULL)
		fail_msg("not JSON: %s: %.200s", err.text, b->data ? b->data : "");
	return j;
}

static long long
json_int(json_t *o, const char *key)
{
	return (long long)json_integer_value(json_object_get(o, key));
}

static void
test_create_reopen_readonly(void **state)
{
	struct tmpdb t;
	struct px_store *s = NULL;
	struct px_store_opts o;
	struct px_buf b = PX_BUF_INIT;
	char err[256] = "";
	json_t *j = NULL;

	(void)state;
	tmpdb_make(&t);
	px_store_opts_init(&o);
	o.err = err;
	o.err_size = sizeof err;
	assert_int_equal(px_store_open(t.path, PX_STORE_READ, &o, &s), PX_ENOTFOUND);
	assert_null(s);
	assert_string_equal(err, "no such store");
	s = open_store(t.path, PX_STORE_WRITE);
	px_store_close(s);
	/* Reopening for writing applies no migration twice. */
	s = open_store(t.path, PX_STORE_WRITE);
	px_store_close(s);
	s = open_store(t.path, PX_STORE_READ);
	assert_int_equal(px_store_begin(s), PX_EINVAL);
	assert_non_null(strstr(px_store_errmsg(s), "read-only"));
	assert_int_equal(px_store_status_json(s, &b), PX_OK);
	j = parse(&b);
	assert_int_equal(json_int(j, "schema"), PX_STORE_SCHEMA);
	assert_int_equal(json_int(j, "articles"), 0);
	assert_int_equal(json_int(j, "batches"), 0);
	json_decref(j);
	px_buf_release(&b);
	px_store_close(s);
	tmpdb_remove(&t);
}

static void
test_calls_out_of_order(void **state)
{
	struct tmpdb t;
	struct px_store *s = NULL;
	struct px_article *a = article("x.txt", dam_a);
	enum px_store_outcome o;

	(void)state;
	tmpdb_make(&t);
	s = open_store(t.path, PX_STORE_WRITE);
	assert_int_equal(px_store_add(s, a, NULL, 0, NULL, &o), PX_EINVAL);
	assert_int_equal(px_store_commit(s, 0, NULL), PX_EINVAL);
	assert_int_equal(px_store_begin(s), PX_OK);
	assert_int_equal(px_store_begin(s), PX_EINVAL);
	px_store_rollback(s);
	px_store_rollback(s); /* nothing open: a no-op */
	px_article_free(a);
	px_store_close(s);
	tmpdb_remove(&t);
}

static void
test_add_skip_update(void **state)
{
	struct tmpdb t;
	struct px_store *s = NULL;
	struct px_store_stats st;
	struct px_buf b = PX_BUF_INIT;
	char *fixed = NULL;
	json_t *j = NULL, *v = NULL;

	(void)state;
	tmpdb_make(&t);
	s = open_store(t.path, PX_STORE_WRITE);
	assert_int_equal(px_store_begin(s), PX_OK);
	assert_int_equal(add(s, "dam-a.txt", dam_a), PX_STORE_ADDED);
	assert_int_equal(add(s, "dam-b.txt", dam_b), PX_STORE_ADDED);
	assert_int_equal(add(s, "bridge-a.txt", bridge_a), PX_STORE_ADDED);
	assert_int_equal(px_store_commit(s, 0, &st), PX_OK);
	assert_int_equal(st.added, 3);
	assert_int_equal(st.articles, 3);
	assert_int_equal(st.stories, 2);
	assert_int_equal(st.stories_compared, 2);

	/* The same articles again: skipped, nothing compared. */
	assert_int_equal(px_store_begin(s), PX_OK);
	assert_int_equal(add(s, "dam-a.txt", dam_a), PX_STORE_SKIPPED);
	assert_int_equal(add(s, "dam-b.txt", dam_b), PX_STORE_SKIPPED);
	assert_int_equal(px_store_commit(s, 0, &st), PX_OK);
	assert_int_equal(st.skipped, 2);
	assert_int_equal(st.added + st.updated + st.stories_compared, 0);
	assert_int_equal(st.articles, 3);

	/* A correction: same id, new figure. */
	fixed = strdup(dam_b);
	memcpy(strstr(fixed, "3,000"), "2,400", 5);
	memcpy(strstr(strstr(fixed, "\n\n"), "3,000"), "2,400", 5);
	assert_int_equal(px_store_begin(s), PX_OK);
	assert_int_equal(add(s, "dam-b.txt", fixed), PX_STORE_UPDATED);
	assert_int_equal(px_store_commit(s, 0, &st), PX_OK);
	assert_int_equal(st.updated, 1);
	assert_int_equal(st.stories_compared, 1); /* only the dam story */
	assert_int_equal(st.articles, 3);

	assert_int_equal(px_store_article_json(s, "dam-b.txt", 0, &b), PX_OK);
	j = parse(&b);
	assert_int_equal(json_int(j, "version"), 2);
	assert_true(json_is_true(json_object_get(j, "current")));
	assert_int_equal(json_array_size(json_object_get(j, "versions")), 2);
	v = json_array_get(json_object_get(j, "changes"), 0);
	assert_int_equal(json_int(v, "from"), 1);
	assert_int_equal(json_int(v, "to"), 2);
	assert_string_equal(json_string_value(json_array_get(json_object_get(v, "fields"), 0)), "title");
	assert_non_null(strstr(json_string_value(json_object_get(j, "text")), "2,400 people"));
	assert_true(json_integer_value(json_object_get(j, "raw_bytes")) == (json_int_t)strlen(fixed));
	json_decref(j);
	px_buf_reset(&b);
	/* The old version is kept. */
	assert_int_equal(px_store_article_json(s, "dam-b.txt", 1, &b), PX_OK);
	j = parse(&b);
	assert_false(json_is_true(json_object_get(j, "current")));
	assert_non_null(strstr(json_string_value(json_object_get(j, "text")), "3,000 people"));
	json_decref(j);
	px_buf_reset(&b);
	assert_int_equal(px_store_article_json(s, "dam-b.txt", 3, &b), PX_ENOTFOUND);
	assert_int_equal(b.len, 0);
	assert_int_equal(px_store_article_json(s, "nope.txt", 0, &b), PX_ENOTFOUND);
	px_buf_release(&b);
	free(fixed);
	px_store_close(s);
	tmpdb_remove(&t);
}

static void
test_rollback_and_close_discard(void **state)
{
	struct tmpdb t;
	struct px_store *s = NULL;
	struct px_store_stats st;
	struct px_buf b = PX_BUF_INIT;

	(void)state;
	tmpdb_make(&t);
	s = open_store(t.path, PX_STORE_WRITE);
	assert_int_equal(px_store_begin(s), PX_OK);
	assert_int_equal(add(s, "dam-a.txt", dam_a), PX_STORE_ADDED);
	px_store_rollback(s);
	assert_int_equal(px_store_article_json(s, "dam-a.txt", 0, &b), PX_ENOTFOUND);
	/* Closing with a batch open discards it too. */
	assert_int_equal(px_store_begin(s), PX_OK);
	assert_int_equal(add(s, "dam-a.txt", dam_a), PX_STORE_ADDED);
	px_store_close(s);
	s = open_store(t.path, PX_STORE_WRITE);
	assert_int_equal(px_store_article_json(s, "dam-a.txt", 0, &b), PX_ENOTFOUND);
	assert_int_equal(px_store_begin(s), PX_OK);
	assert_int_equal(add(s, "dam-a.txt", dam_a), PX_STORE_ADDED);
	assert_int_equal(px_store_commit(s, 0, &st), PX_OK);
	assert_int_equal(st.articles, 1);
	px_buf_release(&b);
	px_store_close(s);
	tmpdb_remove(&t);
}

/* The id of the story holding an article. */
static long long
story_of(struct px_store *s, const char *id)
{
	struct px_buf b = PX_BUF_INIT;
	json_t *j = NULL;
	long long story = -1;

	assert_int_equal(px_store_article_json(s, id, 0, &b), PX_OK);
	j = parse(&b);
	story = json_int(j, "story");
	json_decref(j);
	px_buf_release(&b);
	return story;
}

static void
test_story_ids_stable_and_reports(void **state)
{
	struct tmpdb t;
	struct px_store *s = NULL, *r = NULL;
	struct px_store_stats st;
	struct px_store_query q;
	struct px_buf b = PX_BUF_INIT, rebuilt = PX_BUF_INIT;
	long long dam = 0, bridge = 0;
	json_t *j = NULL, *stories = NULL;
	size_t i = 0;
	int64_t moved = 0;

	(void)state;
	tmpdb_make(&t);
	s = open_store(t.path, PX_STORE_WRITE);
	assert_int_equal(px_store_begin(s), PX_OK);
	add(s, "dam-a.txt", dam_a);
	add(s, "bridge-a.txt", bridge_a);
	assert_int_equal(px_store_commit(s, 0, &st), PX_OK);
	dam = story_of(s, "dam-a.txt");
	bridge = story_of(s, "bridge-a.txt");
	assert_true(dam != bridge);
	/* Later articles, and one dated earlier than the first batch's:
	 * the stories keep their ids. */
	assert_int_equal(px_store_begin(s), PX_OK);
	add(s, "dam-c.txt", dam_c);
	add(s, "bridge-b.txt", bridge_b);
	add(s, "dam-b.txt", dam_b);
	assert_int_equal(px_store_commit(s, 0, &st), PX_OK);
	assert_int_equal(st.stories, 2);
	assert_int_equal(story_of(s, "dam-b.txt"), dam);
	assert_int_equal(story_of(s, "dam-c.txt"), dam);
	assert_int_equal(story_of(s, "bridge-b.txt"), bridge);
	px_store_close(s);

	r = open_store(t.path, PX_STORE_READ);
	memset(&q, 0, sizeof(q));
	assert_int_equal(px_store_stories_json(r, &q, &b), PX_OK);
	j = parse(&b);
	stories = json_object_get(j, "stories");
	assert_int_equal(json_array_size(stories), 2);
	assert_int_equal(json_int(j, "total"), 2);
	for (i = 0; i < 2; i++) {
		json_t *x = json_array_get(stories, i);
		long long id = json_int(x, "id");
		assert_int_equal(json_array_size(json_object_get(x, "articles")), id == dam ? 3 : 2);
		assert_int_equal(json_int(x, "sources"), id == dam ? 3 : 2);
		assert_string_equal(json_string_value(json_object_get(x, "last_seen")), "2025-04-03");
	}
	json_decref(j);
	px_buf_reset(&b);
	/* The stored report is exactly what rebuilding it gives. */
	assert_int_equal(px_store_story_json(r, dam, &b, &moved), PX_OK);
	assert_int_equal(px_store_story_report(r, dam, PX_REPORT_JSON, NULL, &rebuilt, &moved), PX_OK);
	assert_int_equal(b.len, rebuilt.len);
	assert_memory_equal(b.data, rebuilt.data, b.len);
	j = parse(&b);
	assert_int_equal(json_int(json_array_get(json_object_get(j, "stories"), 0), "id"), dam);
	assert_int_equal(json_array_size(json_object_get(j, "articles")), 3);
	json_decref(j);
	px_buf_reset(&rebuilt);
	assert_int_equal(px_store_story_report(r, dam, PX_REPORT_MARKDOWN, NULL, &rebuilt, &moved), PX_OK);
	assert_memory_equal(rebuilt.data, "# parallax report", 17);
	px_buf_reset(&b);
	assert_int_equal(px_store_story_articles_json(r, bridge, &b), PX_OK);
	j = parse(&b);
	assert_int_equal(json_array_size(json_object_get(j, "articles")), 2);
	json_decref(j);
	px_buf_reset(&b);
	assert_int_equal(px_store_story_json(r, 999, &b, &moved), PX_ENOTFOUND);
	assert_int_equal(moved, -1);
	/* since keeps the stories with an article at or after the date. */
	q.since = "2025-04-04";
	px_buf_reset(&b);
	assert_int_equal(px_store_stories_json(r, &q, &b), PX_OK);
	j = parse(&b);
	assert_int_equal(json_array_size(json_object_get(j, "stories")), 0);
	json_decref(j);
	px_buf_release(&b);
	px_buf_release(&rebuilt);
	px_store_close(r);
	tmpdb_remove(&t);
}

struct hits {
	size_t n;
	size_t articles;
	int marks_ok;
};

static int
on_hit(void *ud, const struct px_store_hit *h)
{
	struct hits *x = ud;
	size_t i = 0, len = strlen(h->snippet);

	x->n++;
	x->articles += strcmp(h->kind, "article") == 0;
	for (i = 0; i < h->n_marks; i++)
		if (h->marks[i][0] >= h->marks[i][1] || h->marks[i][1] > len)
			x->marks_ok = 0;
	return 0;
}

static void
test_search(void **state)
{
	struct tmpdb t;
	struct px_store *s = NULL;
	struct hits h;
	char big[700];
	size_t i = 0;
	static const char *const hostile[] = {
		"NEAR(dam", "dam OR", "\"unclosed", "title:dam", "dam)) --", "'; DROP TABLE articles; --",
		"^dam", "dam AND NOT", "{title}: dam", "d\"a\"m",
	};

	(void)state;
	tmpdb_make(&t);
	s = open_store(t.path, PX_STORE_WRITE);
	assert_int_equal(px_store_begin(s), PX_OK);
	add(s, "dam-a.txt", dam_a);
	add(s, "bridge-a.txt", bridge_a);
	assert_int_equal(px_store_commit(s, 0, NULL), PX_OK);
	memset(&h, 0, sizeof(h));
	h.marks_ok = 1;
	/* Stemmed: "evacuating" finds nothing, "homes" finds "homes". */
	assert_int_equal(px_store_search(s, "spillway homes", 0, on_hit, &h), PX_OK);
	assert_true(h.n >= 1);
	assert_int_equal(h.articles, 1);
	assert_true(h.marks_ok);
	memset(&h, 0, sizeof(h));
	h.marks_ok = 1;
	assert_int_equal(px_store_search(s, "\"main span\"", 0, on_hit, &h), PX_OK);
	assert_int_equal(h.articles, 1);
	memset(&h, 0, sizeof(h));
	assert_int_equal(px_store_search(s, "gird*", 0, on_hit, &h), PX_OK);
	assert_true(h.n >= 1);
	for (i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
		memset(&h, 0, sizeof(h));
		assert_int_equal(px_store_search(s, hostile[i], 0, on_hit, &h), PX_OK);
	}
	assert_int_equal(px_store_search(s, "\" ** ---", 0, on_hit, &h), PX_EINVAL);
	assert_int_equal(px_store_search(s, "dam \xff\xfe", 0, on_hit, &h), PX_EINVAL);
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(px_store_search(s, big, 0, on_hit, &h), PX_EINVAL);
	px_store_close(s);
	tmpdb_remove(&t);
}

/* Two stories a report of one stored story's articles made, merged. */
static void
test_merge_split_story(void **state)
{
	static const char groups[] =
		"[{\"id\":0,\"title\":\"Orlen dam gate breaks\",\"first_seen\":\"2025-04-02\","
		"\"last_seen\":\"2025-04-02\",\"articles\":[\"a\",\"b\"],\"sources\":2,"
		"\"summary\":[{\"text\":\"s1\"}],\"conflicts\":[{\"kind\":\"quantity\"}],"
		"\"agreements\":[],\"unique\":[{\"article\":\"a\"}]},"
		"{\"id\":1,\"title\":\"Repairs begin\",\"first_seen\":\"2025-04-03\","
		"\"last_seen\":\"2025-04-05\",\"articles\":[\"c\"],\"sources\":1,"
		"\"summary\":[{\"text\":\"s2\"}],\"conflicts\":[],\"agreements\":[{\"kind\":\"date\"}],"
		"\"unique\":[{\"article\":\"c\"}],\"coverage\":{\"sources\":[\"c\"]}}]";
	json_error_t err;
	json_t *arr = json_loads(groups, 0, &err), *m = NULL;

	(void)state;
	assert_non_null(arr);
	m = px__sb_merge_stories(arr);
	assert_non_null(m);
	assert_string_equal(json_string_value(json_object_get(m, "title")), "Orlen dam gate breaks");
	assert_int_equal(json_array_size(json_object_get(m, "articles")), 3);
	assert_int_equal(json_integer_value(json_object_get(m, "sources")), 3);
	assert_string_equal(json_string_value(json_object_get(m, "first_seen")), "2025-04-02");
	assert_string_equal(json_string_value(json_object_get(m, "last_seen")), "2025-04-05");
	assert_int_equal(json_array_size(json_object_get(m, "summary")), 2);
	assert_int_equal(json_array_size(json_object_get(m, "conflicts")), 1);
	assert_int_equal(json_array_size(json_object_get(m, "agreements")), 1);
	assert_int_equal(json_array_size(json_object_get(m, "unique")), 2);
	assert_non_null(json_object_get(m, "coverage"));
	assert_non_null(strstr(json_string_value(json_object_get(m, "note")), "2 separate groups"));
	/* The input is left as it was. */
	assert_int_equal(json_array_size(json_object_get(json_array_get(arr, 0), "articles")), 2);
	json_decref(m);
	json_decref(arr);
}

/* ---------------------------------------------------- allocation failure */


/* One whole batch; returns the first failure's status. */
static px_status
one_batch(const char *path)
{
	struct px_store *s = NULL;
	struct px_store_opts o;
	struct px_article *a = NULL, *b = NULL;
	enum px_store_outcome out;
	px_status st = PX_OK;

	px_store_opts_init(&o);
	o.threads = 1;
	st = px_store_open(path, PX_STORE_WRITE, &o, &s);
	if (st == PX_OK)
		st = px_store_begin(s);
	if (st == PX_OK)
		st = px_article_from_text("dam-a.txt", dam_a, strlen(dam_a), NULL, PX_CLEAN_ALL, &a);
	if (st == PX_OK)
		st = px_article_from_text("dam-b.txt", dam_b, strlen(dam_b), NULL, PX_CLEAN_ALL, &b);
	if (st == PX_OK)
		st = px_store_add(s, a, dam_a, strlen(dam_a), NULL, &out);
	if (st == PX_OK)
		st = px_store_add(s, b, NULL, 0, NULL, &out);
	if (st == PX_OK)
		st = px_store_commit(s, 0, NULL);
	px_article_free(a);
	px_article_free(b);
	px_store_close(s);
	return st;
}

static void
test_alloc_failure_leaves_store_intact(void **state)
{
	struct px_allocator fa = {failing_alloc, failing_realloc, plain_free, NULL};
	struct tmpdb t;
	long total = 0, n = 0, step = 0;

	(void)state;
	tmpdb_make(&t);
	/* Count the allocations of a good run. */
	fail_at = 0;
	alloc_count = 0;
	px_set_allocator(&fa);
	assert_int_equal(one_batch(t.path), PX_OK);
	total = alloc_count;
	px_set_allocator(NULL);
	tmpdb_remove(&t);
	assert_true(total > 100);
	/* The first 40 allocations (opening, adding), then 40 spread through
	 * the commit: the batch fails cleanly or succeeds, and the store holds
	 * either nothing or the whole batch. */
	step = total / 40 + 1;
	for (n = 1; n <= total; n += n < 40 ? 1 : step) {
		struct px_store *s = NULL;
		struct px_buf b = PX_BUF_INIT;
		px_status st = PX_OK;
		json_t *j = NULL;

		tmpdb_make(&t);
		fail_at = n;
		alloc_count = 0;
		px_set_allocator(&fa);
		st = one_batch(t.path);
		px_set_allocator(NULL);
		fail_at = 0;
		if (st != PX_OK && st != PX_ENOMEM)
			fail_msg("allocation %ld of %ld: %s", n, total, px_strerror(st));
		if (px_store_open(t.path, PX_STORE_READ, NULL, &s) == PX_OK) {
			assert_int_equal(px_store_status_json(s, &b), PX_OK);
			j = parse(&b);
			if (st == PX_OK) {
				assert_int_equal(json_int(j, "articles"), 2);
				assert_int_equal(json_int(j, "stories"), 1);
			} else {
				assert_int_equal(json_int(j, "articles"), 0);
				assert_int_equal(json_int(j, "stories"), 0);
			}
			json_decref(j);
			px_buf_release(&b);
			px_store_close(s);
		}
		tmpdb_remove(&t);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_reopen_readonly),
		cmocka_unit_test(test_calls_out_of_order),
		cmocka_unit_test(test_add_skip_update),
		cmocka_unit_test(test_rollback_and_close_discard),
		cmocka_unit_test(test_story_ids_stable_and_reports),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_merge_split_story),
		cmocka_unit_test(test_alloc_failure_leaves_store_intact),
	};

	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
