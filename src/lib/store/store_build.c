/*
 * The story builder: runs the report pipeline's per-article stages
 * (segmentation with stems, claims) and per-story stage (comparison) over
 * stories whose membership, copies and article order the store decided,
 * and writes each story as its own report document.
 *
 * Why not px_report_build: it clusters the articles it is given, and the
 * articles of one story clustered alone need not form one story (term
 * weights pool the input's statistics). The store clusters every stored
 * article once and only needs the later stages per story. These stages are
 * done here through the public API exactly as report/build.c does them, so
 * a story's document equals that story in a one-shot `parallax report` of
 * the same articles; the e2e test store_batches checks it.
 *
 * Layout: one px_report holds the articles of every story, grouped by
 * story in processing order. A story's document is written from a view: a
 * copy of the report struct whose articles, stories, inputs and notes point
 * at that story's slices only; article indices inside a story (sources,
 * duplicate_of) are local to its slice. Stories are built on worker
 * threads that take them in index order and write only their own slots, so
 * the output never depends on the number of threads.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "store_internal.h"

static int
is_english(const struct px_article *a)
{
	return a->lang == NULL || strcmp(a->lang, "en") == 0;
}

px_status
px__sb_init(struct px__sb *b, const struct px_report_opts *opts,
	    unsigned threads, enum px_report_format format)
{
	memset(b, 0, sizeof(*b));
	b->threads = threads;
	b->format = format;
	return px_report_new(opts, &b->r);
}

void
px__sb_release(struct px__sb *b)
{
	size_t k = 0, i = 0;

	for (k = 0; k < b->n_stories; k++) {
		struct px__sb_story *st = &b->stories[k];
		for (i = 0; i < st->n_inputs; i++)
			px_free(st->inputs[i].path);
		px_free(st->inputs);
		for (i = 0; i < st->n_notes; i++)
			px_free(st->notes[i]);
		px_free(st->notes);
		px_buf_release(&st->out);
	}
	px_free(b->stories);
	/* The report frees its articles, their documents and claims, its
	 * story array and each story's comparison; the per-story index
	 * arrays live in its arena. */
	px_report_free(b->r);
	memset(b, 0, sizeof(*b));
}

size_t
px__sb_articles(const struct px__sb *b)
{
	return b->r ? b->r->n_articles : 0;
}

px_status
px__sb_add_story(struct px__sb *b, int64_t id)
{
	px_status st = px_grow((void **)&b->stories, &b->cap_stories,
			       b->n_stories + 1, sizeof(*b->stories));
	struct px__sb_story *s = NULL;

	if (st)
		return st;
	s = &b->stories[b->n_stories++];
	memset(s, 0, sizeof(*s));
	s->id = id;
	s->first = b->r->n_articles;
	return PX_OK;
}

static px_status
story_input(struct px__sb_story *s, const char *path, const char *sha)
{
	struct px_report_input *arr = NULL;
	size_t i = 0;

	for (i = 0; i < s->n_inputs; i++)
		if (strcmp(s->inputs[i].path, path) == 0)
			return PX_OK;
	arr = px_realloc(s->inputs, (s->n_inputs + 1) * sizeof(*arr));
	if (arr == NULL)
		return PX_ENOMEM;
	s->inputs = arr;
	memset(&arr[s->n_inputs], 0, sizeof(*arr));
	arr[s->n_inputs].path = px_strdup(path);
	if (arr[s->n_inputs].path == NULL)
		return PX_ENOMEM;
	if (sha && strlen(sha) == 64)
		memcpy(arr[s->n_inputs].sha256, sha, 65);
	s->n_inputs++;
	return PX_OK;
}

static px_status
story_note(struct px__sb_story *s, const struct px_article *a)
{
	char note[512];
	char **arr = px_realloc(s->notes, (s->n_notes + 1) * sizeof(*arr));

	if (arr == NULL)
		return PX_ENOMEM;
	s->notes = arr;
	/* The same note px_report_build adds for an article it cannot read
	 * claims from. */
	snprintf(note, sizeof note,
		 "%s: language '%s': claims and comparison cover English only",
		 a->id, a->lang);
	arr[s->n_notes] = px_strdup(note);
	if (arr[s->n_notes] == NULL)
		return PX_ENOMEM;
	s->n_notes++;
	return PX_OK;
}

px_status
px__sb_add_article(struct px__sb *b, struct px_article *a, size_t dup,
		   double dup_similarity, const char *input_sha256)
{
	struct px__sb_story *s = &b->stories[b->n_stories - 1];
	struct px_report_article *ra = NULL;
	px_status st = PX_OK;

	if (a->path)
		st = story_input(s, a->path, input_sha256);
	if (st == PX_OK && !is_english(a))
		st = story_note(s, a);
	if (st) {
		px_article_free(a);
		return st;
	}
	st = px_report_add_article(b->r, a);
	if (st)
		return st;
	ra = &b->r->articles[b->r->n_articles - 1];
	ra->story = (size_t)s->id;
	ra->duplicate_of = dup;
	ra->dup_similarity = dup == PX_REPORT_NONE ? 0 : dup_similarity;
	s->n++;
	return PX_OK;
}

void
px__sb_view(const struct px__sb *b, size_t k, struct px_report *view)
{
	const struct px__sb_story *s = &b->stories[k];

	*view = *b->r;
	view->articles = b->r->articles + s->first;
	view->n_articles = s->n;
	view->cap_articles = s->n;
	view->stories = &b->r->stories[k];
	view->n_stories = 1;
	view->inputs = s->inputs;
	view->n_inputs = s->n_inputs;
	view->cap_inputs = s->n_inputs;
	view->notes = s->notes;
	view->n_notes = s->n_notes;
	view->cap_notes = s->n_notes;
}

/* Index arrays, sources and dates of every story, as story_sources() in
 * report/build.c computes them. */
static px_status
layout_stories(struct px__sb *b)
{
	struct px_report *r = b->r;
	size_t k = 0, i = 0;

	r->stories = px_calloc(b->n_stories ? b->n_stories : 1, sizeof(*r->stories));
	if (r->stories == NULL)
		return PX_ENOMEM;
	r->n_stories = b->n_stories;
	for (k = 0; k < b->n_stories; k++) {
		const struct px__sb_story *s = &b->stories[k];
		struct px_report_story *rs = &r->stories[k];
		size_t n = s->n ? s->n : 1;
		rs->id = (size_t)s->id;
		rs->articles = px_arena_alloc(&r->arena, n * sizeof(size_t));
		rs->sources = px_arena_alloc(&r->arena, n * sizeof(size_t));
		if (rs->articles == NULL || rs->sources == NULL)
			return PX_ENOMEM;
		for (i = 0; i < s->n; i++) {
			const struct px_report_article *ra = &r->articles[s->first + i];
			rs->articles[rs->n_articles++] = i;
			if (ra->duplicate_of == PX_REPORT_NONE)
				rs->sources[rs->n_sources++] = i;
			if (ra->a->date) {
				if (rs->first_seen == NULL || strcmp(ra->a->date, rs->first_seen) < 0)
					rs->first_seen = ra->a->date;
				if (rs->last_seen == NULL || strcmp(ra->a->date, rs->last_seen) > 0)
					rs->last_seen = ra->a->date;
			}
		}
	}
	return PX_OK;
}

/* Segment one article and read its claims, as report/build.c does. */
static px_status
prepare_article(const struct px_report *r, struct px_report_article *ra,
		struct px_stemmer *stem)
{
	const struct px_article *a = ra->a;
	struct px_claims_opts co;
	unsigned flags = PX_DOC_TOKENS | (stem ? PX_DOC_STEMS : 0);
	px_status st = PX_OK;

	if (a->title) {
		st = px_doc_parse(&ra->title, a->title, a->title_len, flags, stem);
		if (st)
			return st;
	}
	st = px_doc_parse(&ra->text, a->text, a->text_len, flags, stem);
	if (st)
		return st;
	if (!is_english(a) || ra->duplicate_of != PX_REPORT_NONE)
		return PX_OK;
	memset(&co, 0, sizeof(co));
	co.kinds = PX_CLAIMS_ALL;
	co.date = a->date;
	return px_claims_extract(r->extractor, a->title ? &ra->title : NULL,
				 &ra->text, &co, &ra->claims);
}

static px_status
compare_story(const struct px_report *r, struct px_report_story *rs,
	      struct px_report_article *arts)
{
	struct px_compare_input *in = NULL;
	size_t i = 0;
	px_status st = PX_OK;

	if (rs->n_sources == 0)
		return PX_OK;
	for (i = 0; i < rs->n_sources; i++) {
		if (!is_english(arts[rs->sources[i]].a)) {
			rs->note = "not compared: not every source is in English";
			return PX_OK;
		}
	}
	in = px_calloc(rs->n_sources, sizeof(*in));
	if (in == NULL)
		return PX_ENOMEM;
	for (i = 0; i < rs->n_sources; i++) {
		struct px_report_article *ra = &arts[rs->sources[i]];
		in[i].article = ra->a;
		in[i].title = ra->a->title ? &ra->title : NULL;
		in[i].text = &ra->text;
		in[i].claims = ra->claims;
	}
	st = px_compare(r->comparer, in, rs->n_sources, &rs->cmp);
	px_free(in);
	return st;
}

static px_status
build_story(struct px__sb *b, size_t k, struct px_stemmer *stem)
{
	struct px__sb_story *s = &b->stories[k];
	struct px_report_story *rs = &b->r->stories[k];
	struct px_report_article *arts = b->r->articles + s->first;
	struct px_report view;
	size_t i = 0;
	px_status st = PX_OK;

	for (i = 0; i < s->n && st == PX_OK; i++)
		st = prepare_article(b->r, &arts[i], stem);
	if (st == PX_OK)
		st = compare_story(b->r, rs, arts);
	if (st)
		return st;
	/* The title the JSON writer gives the story. */
	if (rs->cmp && rs->cmp->title && rs->cmp->title[0])
		s->title = rs->cmp->title;
	else if (s->n && arts[0].a->title)
		s->title = arts[0].a->title;
	else if (s->n)
		s->title = arts[0].a->id;
	px__sb_view(b, k, &view);
	return px_report_write(&view, b->format, &s->out);
}

struct sb_work {
	struct px__sb *b;
	pthread_mutex_t lock;
	size_t next;
	px_status st;
};

static void *
sb_worker(void *arg)
{
	struct sb_work *w = arg;
	struct px_stemmer *stem = NULL;

	if (px_stemmer_new("en", &stem) != PX_OK)
		stem = NULL;
	for (;;) {
		size_t k = 0;
		px_status st = PX_OK;

		pthread_mutex_lock(&w->lock);
		if (w->next >= w->b->n_stories || w->st) {
			pthread_mutex_unlock(&w->lock);
			break;
		}
		k = w->next++;
		pthread_mutex_unlock(&w->lock);
		st = build_story(w->b, k, stem);
		if (st) {
			pthread_mutex_lock(&w->lock);
			if (w->st == PX_OK)
				w->st = st;
			pthread_mutex_unlock(&w->lock);
		}
	}
	px_stemmer_free(stem);
	return NULL;
}

px_status
px__sb_run(struct px__sb *b)
{
	struct sb_work w;
	pthread_t tid[16];
	unsigned n = b->threads, i = 0, started = 0;
	px_status st = layout_stories(b);

	if (st)
		return st;
	if (n == 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		n = c > 0 ? (unsigned)c : 1;
	}
	if (n > 16)
		n = 16;
	if ((size_t)n > b->n_stories)
		n = b->n_stories ? (unsigned)b->n_stories : 1;
	memset(&w, 0, sizeof(w));
	w.b = b;
	pthread_mutex_init(&w.lock, NULL);
	for (i = 1; i < n; i++)
		if (pthread_create(&tid[started], NULL, sb_worker, &w) == 0)
			started++;
	sb_worker(&w);
	for (i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	pthread_mutex_destroy(&w.lock);
	for (i = 0; w.st == PX_OK && i < b->n_stories; i++)
		if (b->stories[i].out.failed)
			w.st = b->stories[i].out.failed;
	b->r->built = 1;
	return w.st;
}
