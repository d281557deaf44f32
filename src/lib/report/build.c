/*
 * The report pipeline: order the articles in time, fold near-duplicates,
 * assign stories, segment and read the claims of every English source,
 * compare each story's independent sources, and build its provenance and
 * perspective.
 *
 * Clustering is a pipeline of two threads (segmentation of the next
 * window beside the clusterer, then near-duplicates); stories are built
 * in chunks by worker threads that take chunks from a shared counter and
 * write only their own stories and sources, so the result never depends
 * on the number of threads. docs/report.md (Speed) has the figures.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/clean.h"
#include "parallax/dedup.h"
#include "parallax/cluster.h"
#include "parallax/report.h"
#include "core_internal.h"
#include "report_internal.h"

void
px_report_opts_init(struct px_report_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->unique_shown = 5;
}

px_status
px_report_new(const struct px_report_opts *opts, struct px_report **out)
{
	struct px_report *r = px_calloc(1, sizeof(*r));
	px_status st = PX_OK;

	*out = NULL;
	if (r == NULL)
		return PX_ENOMEM;
	if (opts)
		r->opts = *opts;
	else
		px_report_opts_init(&r->opts);
	px_arena_init(&r->arena, 16 * 1024, 0);
	st = px_comparer_new(NULL, &r->comparer);
	if (st == PX_OK)
		st = px_extractor_new(&r->extractor);
	if (st) {
		px_report_free(r);
		return st;
	}
	r->config_hash = px_comparer_config_hash(r->comparer);
	*out = r;
	return PX_OK;
}

void
px_report_free(struct px_report *r)
{
	size_t i = 0;

	if (r == NULL)
		return;
	for (i = 0; i < r->n_articles; i++) {
		px_doc_release(&r->articles[i].title);
		px_doc_release(&r->articles[i].text);
		px__kept_free(r->articles[i].kept);
		px_claims_free(r->articles[i].claims);
		px_article_free(r->articles[i].a);
	}
	px_free(r->articles);
	for (i = 0; i < r->n_stories; i++) {
		px_free(r->stories[i].articles);
		px_comparison_free(r->stories[i].cmp);
		px__provenance_free(r->stories[i].provenance);
		px__perspective_free(r->stories[i].perspective);
	}
	px_free(r->stories);
	for (i = 0; i < r->n_inputs; i++)
		px_free(r->inputs[i].path);
	px_free(r->inputs);
	for (i = 0; i < r->n_notes; i++)
		px_free(r->notes[i]);
	px_free(r->notes);
	px_comparer_free(r->comparer);
	px_extractor_free(r->extractor);
	px_arena_release(&r->arena);
	px_free(r);
}

px_status
px_report_add_input(struct px_report *r, const char *path, const char *sha256,
		    int rejected)
{
	struct px_report_input *in = NULL;
	size_t i = 0;
	px_status st = PX_OK;

	for (i = 0; i < r->n_inputs; i++) {
		if (strcmp(r->inputs[i].path, path) == 0) {
			r->inputs[i].rejected |= rejected;
			return PX_OK;
		}
	}
	st = px_grow((void **)&r->inputs, &r->cap_inputs, r->n_inputs + 1, sizeof(*r->inputs));
	if (st)
		return st;
	in = &r->inputs[r->n_inputs];
	memset(in, 0, sizeof(*in));
	in->path = px_strdup(path);
	if (in->path == NULL)
		return PX_ENOMEM;
	if (sha256)
		snprintf(in->sha256, sizeof in->sha256, "%s", sha256);
	in->rejected = rejected;
	r->n_inputs++;
	return PX_OK;
}

px_status
px_report_add_note(struct px_report *r, const char *note)
{
	px_status st = px_grow((void **)&r->notes, &r->cap_notes, r->n_notes + 1,
			       sizeof(*r->notes));

	if (st)
		return st;
	r->notes[r->n_notes] = px_strdup(note);
	if (r->notes[r->n_notes] == NULL)
		return PX_ENOMEM;
	r->n_notes++;
	return PX_OK;
}

px_status
px_report_add_article(struct px_report *r, struct px_article *a)
{
	px_status st = px_grow((void **)&r->articles, &r->cap_articles,
			       r->n_articles + 1, sizeof(*r->articles));

	if (st) {
		px_article_free(a);
		return st;
	}
	memset(&r->articles[r->n_articles], 0, sizeof(*r->articles));
	r->articles[r->n_articles].a = a;
	r->articles[r->n_articles].story = PX_REPORT_NONE;
	r->articles[r->n_articles].duplicate_of = PX_REPORT_NONE;
	r->n_articles++;
	return PX_OK;
}

/* ------------------------------------------------------------ threads */

/*
 * Stories are built in chunks of consecutive stories, each chunk by one
 * thread from start to end: segment and read the claims of its sources,
 * compare each story, build the chunk's provenance and perspective, then
 * release the sources' segmented documents (the writers use only the
 * articles, claims and what was built from them). A chunk holds about
 * CHUNK_BYTES of source text, so the threads stay busy to the end and the
 * documents alive at a time are those of the chunks in flight. Chunks are
 * taken costliest first (a story's comparison grows faster than linearly
 * with its text), so that one huge story does not run alone at the end.
 * Each chunk's perspective loads its lexicons and uses the thread's
 * stemmer (a stemmer of its own per chunk was 1.1% of the report's CPU on
 * bench-news, mostly clearing its 4 MiB cache); chunks of 1 MiB instead of
 * 256 KiB raised the peak RSS by 145 MB (1.39 -> 1.53 GB with two
 * threads), so they stay at 256 KiB (docs/report.md, Speed).
 */
#define CHUNK_BYTES (256 * 1024)

struct chunk {
	size_t first; /* stories [first, end) */
	size_t end;
	double cost;  /* estimated work, for the order they are taken in */
};

/*
 * A report written while it is built (px_report_build_json): once a chunk
 * is built its stories are marked done, and the stories done from the
 * first one not yet written on are written, in order, by one thread at a
 * time (the one that found them ready; the others go back to their
 * chunks), and their comparison, provenance and perspective are freed.
 */
struct stream {
	struct px__sink *sink;
	struct px_buf scratch;  /* one story's JSON, the writer's */
	unsigned char *done;    /* story k built (under lock) */
	size_t next;            /* the first story not yet written (under lock) */
	int writing;            /* a thread is writing (under lock) */
	pthread_mutex_t lock;
};

/* Items [0, total) handed out in index order to the threads; fn (with a
 * stemmer per thread) or job writes only what belongs to its item. */
struct work {
	const struct px_report *r;
	struct px_report *rw; /* for fn */
	px_status (*fn)(struct work *w, size_t i, struct px_stemmer *stem);
	px_status (*job)(void *ctx, size_t i);
	void *ctx;
	const struct chunk *chunks;
	struct stream *stream; /* NULL: stories are kept, not written */
	/* for fn: made once for every chunk (read-only) */
	const struct px_attributor *at;
	const struct px__perspective_words *words;
	pthread_mutex_t lock;
	size_t next;
	size_t total;
	px_status st;
};

static int
is_english(const struct px_article *a)
{
	return a->lang == NULL || strcmp(a->lang, "en") == 0;
}

/*
 * How much of an article's body the report segments: clustering, claims,
 * the comparison, provenance and perspective read its first
 * PX_REPORT_MAX_TEXT bytes, cut at the last paragraph break before (else
 * the last line break, else the last space). The segmented form of a text
 * takes about ten times its size, and the comparison grows faster than
 * linearly with an article's sentences, so without a cap one 200 MB page
 * would need gigabytes and hours; the longest pages of a day's news (live
 * coverage) stay under it. Evidence offsets stay valid: the part read is
 * a prefix of the body. The report's notes name every article cut.
 */
#define PX_REPORT_MAX_TEXT (1u << 20)

static size_t
text_read_len(const struct px_article *a)
{
	size_t n = a->text_len, k = 0;

	if (n <= PX_REPORT_MAX_TEXT)
		return n;
	for (k = PX_REPORT_MAX_TEXT; k > 1; k--)
		if (a->text[k - 1] == '\n' && a->text[k - 2] == '\n')
			return k;
	for (k = PX_REPORT_MAX_TEXT; k > 0; k--)
		if (a->text[k - 1] == '\n' || a->text[k - 1] == ' ')
			return k;
	/* No break at all: cut before a UTF-8 continuation byte. */
	for (k = PX_REPORT_MAX_TEXT; k > 0 && ((unsigned char)a->text[k] & 0xC0) == 0x80; k--)
		;
	return k;
}

/* Read the claims of article ra from its segmented title (NULL when it
   has none) and text into ra->claims. */
static px_status
read_claims(const struct px_report *r, struct px_report_article *ra,
	    const struct px_doc *title, const struct px_doc *text)
{
	struct px_claims_opts co;

	memset(&co, 0, sizeof(co));
	co.kinds = PX_CLAIMS_ALL;
	co.date = ra->a->date;
	return px_claims_extract(r->extractor, title, text, &co, &ra->claims);
}

static px_status
prepare_article(struct px_report *r, struct px_report_article *ra,
		struct px_stemmer *stem)
{
	const struct px_article *a = ra->a;
	px_status st = PX_OK;

	/* Documents kept from clustering (keep_docs) are unpacked, not
	   parsed again: they were parsed from the same bytes with the same
	   flags. */
	if (ra->kept) {
		st = px__kept_unpack(ra->kept, a->title, a->text, &ra->title, &ra->text);
		if (st)
			return st;
	}
	if (a->title && ra->title.text == NULL) {
		st = px_doc_parse(&ra->title, a->title, a->title_len,
				  PX_DOC_TOKENS | (stem ? PX_DOC_STEMS : 0), stem);
		if (st)
			return st;
	}
	if (a->text == NULL || ra->text.text == NULL) {
		st = px_doc_parse(&ra->text, a->text, text_read_len(a),
				  PX_DOC_TOKENS | (stem ? PX_DOC_STEMS : 0), stem);
		if (st)
			return st;
	}
	if (!is_english(a) || ra->duplicate_of != PX_REPORT_NONE || ra->claims)
		return PX_OK;
	return read_claims(r, ra, a->title ? &ra->title : NULL, &ra->text);
}

/*
 * A story with very many sources is compared over its first
 * PX_REPORT_MAX_COMPARED (in time order): the comparison is quadratic in
 * the mentions of a fact, and the first reports carry the disputes.
 */
#define PX_REPORT_MAX_COMPARED 48

static px_status
compare_story(struct px_report *r, struct px_report_story *s)
{
	struct px_compare_input *in = NULL;
	size_t i = 0, n = s->n_sources;
	px_status st = PX_OK;

	if (n == 0)
		return PX_OK;
	if (n > PX_REPORT_MAX_COMPARED) {
		n = PX_REPORT_MAX_COMPARED;
		s->note = "compared over its first 48 independent sources (in time order)";
	}
	for (i = 0; i < s->n_sources; i++) {
		if (!is_english(r->articles[s->sources[i]].a)) {
			s->note = "not compared: not every source is in English";
			return PX_OK;
		}
	}
	in = px_calloc(n, sizeof(*in));
	if (in == NULL)
		return PX_ENOMEM;
	for (i = 0; i < n; i++) {
		struct px_report_article *ra = &r->articles[s->sources[i]];
		in[i].article = ra->a;
		in[i].title = ra->a->title ? &ra->title : NULL;
		in[i].text = &ra->text;
		in[i].claims = ra->claims;
	}
	st = px_compare(r->comparer, in, n, &s->cmp);
	px_free(in);
	return st;
}

/*
 * One chunk of stories. Provenance and perspective are built over the
 * chunk as a report of their own: a shallow copy of the report whose
 * story list is the chunk (they read the report and write only into its
 * stories).
 */
static px_status
build_chunk(struct px_report *r, const struct chunk *c, struct px_stemmer *stem,
	    const struct px_attributor *at, const struct px__perspective_words *words)
{
	struct px_report sub;
	size_t k = 0, i = 0;
	px_status st = PX_OK;

	for (k = c->first; st == PX_OK && k < c->end; k++) {
		struct px_report_story *s = &r->stories[k];
		for (i = 0; st == PX_OK && i < s->n_sources; i++)
			st = prepare_article(r, &r->articles[s->sources[i]], stem);
		if (st == PX_OK)
			st = compare_story(r, s);
	}
	sub = *r;
	sub.stories = r->stories + c->first;
	sub.n_stories = c->end - c->first;
	if (st == PX_OK)
		st = px__provenance_build(&sub, at);
	if (st == PX_OK)
		st = px__perspective_build(&sub, stem, words);
	for (k = c->first; k < c->end; k++) {
		struct px_report_story *s = &r->stories[k];
		for (i = 0; i < s->n_sources; i++) {
			struct px_report_article *ra = &r->articles[s->sources[i]];
			px_doc_release(&ra->title);
			px_doc_release(&ra->text);
			px__kept_free(ra->kept);
			ra->kept = NULL;
			/* Nothing built keeps a pointer into the claims (the
			   comparison, provenance and perspective copy what
			   they keep). */
			if (r->opts.drop_claims) {
				px_claims_free(ra->claims);
				ra->claims = NULL;
			}
		}
	}
	return st;
}

static void *
worker(void *arg)
{
	struct work *w = arg;
	struct px_stemmer *stem = NULL;

	if (w->fn && px_stemmer_new("en", &stem) != PX_OK)
		stem = NULL;
	for (;;) {
		size_t i = 0;
		px_status st = PX_OK;

		pthread_mutex_lock(&w->lock);
		if (w->next >= w->total || w->st) {
			pthread_mutex_unlock(&w->lock);
			break;
		}
		i = w->next++;
		pthread_mutex_unlock(&w->lock);
		st = w->fn ? w->fn(w, i, stem) : w->job(w->ctx, i);
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

static unsigned
thread_count(const struct px_report *r)
{
	unsigned n = r->opts.threads;

	if (n == 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		n = c > 0 ? (unsigned)c : 1;
	}
	return n > 16 ? 16 : n;
}

static px_status
run_parallel(struct work *w, size_t total)
{
	pthread_t tid[16];
	unsigned n = thread_count(w->r);
	unsigned t = 0, started = 0;

	if ((size_t)n > total)
		n = total ? (unsigned)total : 1;
	w->next = 0;
	w->total = total;
	w->st = PX_OK;
	pthread_mutex_init(&w->lock, NULL);
	for (t = 1; t < n; t++)
		if (pthread_create(&tid[started], NULL, worker, w) == 0)
			started++;
	worker(w);
	for (t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	pthread_mutex_destroy(&w->lock);
	return w->st;
}

/* Free what the build made for story s once it is written. */
static void
story_drop(struct px_report_story *s)
{
	px_comparison_free(s->cmp);
	s->cmp = NULL;
	px__provenance_free(s->provenance);
	s->provenance = NULL;
	px__perspective_free(s->perspective);
	s->perspective = NULL;
}

/* Mark chunk c's stories built, then, unless another thread is writing,
   write every story ready from the first not yet written on. */
static px_status
stream_chunk(struct px_report *r, struct stream *x, const struct chunk *c)
{
	struct px__sink *sink = x->sink;
	size_t k = 0;
	px_status st = PX_OK;

	pthread_mutex_lock(&x->lock);
	for (k = c->first; k < c->end; k++)
		x->done[k] = 1;
	if (x->writing) {
		pthread_mutex_unlock(&x->lock);
		return PX_OK;
	}
	x->writing = 1;
	while (x->next < r->n_stories && x->done[x->next] && st == PX_OK) {
		k = x->next;
		pthread_mutex_unlock(&x->lock);
		px__report_json_story(r, k, &x->scratch, sink);
		story_drop(&r->stories[k]);
		st = sink->out->failed;
		pthread_mutex_lock(&x->lock);
		x->next++;
	}
	x->writing = 0;
	pthread_mutex_unlock(&x->lock);
	return st;
}

static px_status
chunk_fn(struct work *w, size_t i, struct px_stemmer *stem)
{
	px_status st = build_chunk(w->rw, &w->chunks[i], stem, w->at, w->words);

	if (st == PX_OK && w->stream)
		st = stream_chunk(w->rw, w->stream, &w->chunks[i]);
	return st;
}

unsigned
px__report_threads(const struct px_report *r)
{
	return thread_count(r);
}

px_status
px__report_parallel(const struct px_report *r, size_t total,
		    px_status (*job)(void *ctx, size_t i), void *ctx)
{
	struct work w;

	memset(&w, 0, sizeof(w));
	w.r = r;
	w.job = job;
	w.ctx = ctx;
	return run_parallel(&w, total);
}

static int
chunk_order(const void *p, const void *q)
{
	const struct chunk *a = p, *b = q;

	if (a->cost != b->cost)
		return a->cost > b->cost ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/*
 * The order of chunks when the stories are written as they are built: the
 * stories bigger than a chunk (a chunk of their own, cost at least
 * BIG_CHUNK_COST) first, costliest first, so that the few huge ones still
 * start first, then the others in story order, so that the stories written
 * follow close behind the ones built and few wait in memory (taken
 * costliest first, most of them waited for the cheapest chunk holding the
 * first story).
 */
#define BIG_CHUNK_COST (2.0 * CHUNK_BYTES)

static int
chunk_order_streamed(const void *p, const void *q)
{
	const struct chunk *a = p, *b = q;
	int big_a = a->cost >= BIG_CHUNK_COST, big_b = b->cost >= BIG_CHUNK_COST;

	if (big_a != big_b)
		return big_a ? -1 : 1;
	if (big_a && a->cost != b->cost)
		return a->cost > b->cost ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* Build the stories; stream: write each as soon as it and every story
   before it are built (px_report_build_json), else keep them. */
static px_status
build_stories(struct px_report *r, struct stream *stream)
{
	struct work w;
	struct px_attributor *at = NULL;
	struct px_stemmer *stem = NULL;
	struct px__perspective_words *words = NULL;
	struct chunk *chunks = NULL;
	size_t n_chunks = 0, k = 0, i = 0, bytes = 0;
	px_status st = PX_OK;

	chunks = px_calloc(r->n_stories + 1, sizeof(*chunks));
	if (chunks == NULL)
		return PX_ENOMEM;
	for (k = 0; k < r->n_stories; k++) {
		const struct px_report_story *s = &r->stories[k];
		size_t story_bytes = 0;
		for (i = 0; i < s->n_sources; i++)
			story_bytes += text_read_len(r->articles[s->sources[i]].a) + 1;
		/* A story bigger than a chunk gets a chunk of its own. */
		if (k > chunks[n_chunks].first && story_bytes >= CHUNK_BYTES) {
			chunks[n_chunks++].end = k;
			chunks[n_chunks].first = k;
			chunks[n_chunks].cost = 0;
			bytes = 0;
		}
		bytes += story_bytes;
		chunks[n_chunks].cost += (double)story_bytes +
					 (double)story_bytes * (double)story_bytes / CHUNK_BYTES;
		if (bytes >= CHUNK_BYTES || k + 1 == r->n_stories) {
			chunks[n_chunks++].end = k + 1;
			chunks[n_chunks].first = k + 1;
			chunks[n_chunks].cost = 0;
			bytes = 0;
		}
	}
	if (n_chunks > 1)
		qsort(chunks, n_chunks, sizeof(*chunks),
		      stream ? chunk_order_streamed : chunk_order);
	memset(&w, 0, sizeof(w));
	w.r = r;
	w.rw = r;
	w.fn = chunk_fn;
	w.chunks = chunks;
	w.stream = stream;
	/* The attributor's cue tables and the perspective's word lists are
	   the same for every chunk: made here once, not once per chunk (306
	   chunks on bench-news; the word lists are read and stemmed). */
	st = px_attributor_new(&at);
	if (st == PX_OK)
		st = px_stemmer_new("en", &stem);
	if (st == PX_OK)
		st = px__perspective_words_new(stem, &words);
	px_stemmer_free(stem);
	w.at = at;
	w.words = words;
	if (st == PX_OK)
		st = run_parallel(&w, n_chunks);
	px__perspective_words_free(words);
	px_attributor_free(at);
	px_free(chunks);
	return st;
}

/* -------------------------------------------------------------- build */

struct slot {
	const struct px_article *a;
	size_t i;
};

static int
slot_cmp(const void *x, const void *y)
{
	uintptr_t a = (uintptr_t)((const struct slot *)x)->a;
	uintptr_t b = (uintptr_t)((const struct slot *)y)->a;

	return a < b ? -1 : a > b;
}

/* How far apart a run's dated articles may be for a dateline's month and
 * day to take their year, and how far from them the day may then fall. */
#define DATELINE_SPAN_DAYS 62
#define DATELINE_NEAR_DAYS 31

/*
 * The month and day of an article's dateline ("PRAGUE, Feb 27 (CEW) -",
 * "Kesarganj, July 15 (NNS):"), copied into buf without the year it lacks;
 * 0 when none of its first three paragraphs opens with a dateline that has
 * one. The text is read again rather than kept from the cleaner: articles
 * read back from a store have their text, not their cleaning.
 */
static int
dateline_month_day(const struct px_article *a, char *buf, size_t cap)
{
	const char *t = a->text, *nl = NULL;
	size_t off = 0, para = 0;
	struct px_dateline dl;

	for (para = 0; para < 3 && off < a->text_len; para++) {
		if (px_dateline_parse(t + off, a->text_len - off, &dl)) {
			if (dl.date_end <= dl.date_start || dl.date_end - dl.date_start + 1 > cap)
				return 0;
			memcpy(buf, t + off + dl.date_start, dl.date_end - dl.date_start);
			buf[dl.date_end - dl.date_start] = '\0';
			return 1;
		}
		if ((nl = memchr(t + off, '\n', a->text_len - off)) == NULL)
			break;
		for (off = (size_t)(nl - t) + 1; off < a->text_len && t[off] == '\n'; off++)
			;
	}
	return 0;
}

/*
 * Wire copy often carries its day only in its dateline, without the year
 * ("PRAGUE, Feb 27 (CEW) -"). When every dated article of the run falls
 * within DATELINE_SPAN_DAYS (one story's coverage, not an archive), an
 * undated article whose dateline has a month and day takes the year that
 * puts that day nearest them, when it falls within DATELINE_NEAR_DAYS of
 * them: its weekdays ("on Wednesday") then resolve like its neighbours'.
 */
static px_status
date_from_datelines(struct px_report *r)
{
	int64_t lo = INT64_MAX, hi = INT64_MIN;
	size_t i = 0;

	for (i = 0; i < r->n_articles; i++) {
		const struct px_article *a = r->articles[i].a;
		if (a->date == NULL || a->time == INT64_MIN)
			continue;
		if (a->time < lo)
			lo = a->time;
		if (a->time > hi)
			hi = a->time;
	}
	if (hi == INT64_MIN || hi - lo > (int64_t)DATELINE_SPAN_DAYS * 86400)
		return PX_OK;
	for (i = 0; i < r->n_articles; i++) {
		struct px_article *a = r->articles[i].a;
		char md[32], cand[48], *best = NULL;
		int64_t best_far = INT64_MAX, best_t = 0;
		int y = 0, y0 = 0, m0 = 0, d0 = 0;
		if (a->date != NULL || !dateline_month_day(a, md, sizeof md))
			continue;
		px__civil_from_days(lo / 86400, &y0, &m0, &d0);
		for (y = y0 - 1; y <= y0 + 1; y++) {
			char *d = NULL;
			int64_t t = 0, far = 0;
			snprintf(cand, sizeof cand, "%s %d", md, y);
			if (px_date_parse(cand, strlen(cand), &d, &t) != PX_OK)
				continue; /* not a day, or 29 February of another year */
			far = t < lo ? lo - t : t > hi + 86399 ? t - hi : 0;
			if (far < best_far) {
				px_free(best);
				best = d;
				best_far = far;
				best_t = t;
			} else {
				px_free(d);
			}
		}
		if (best && best_far <= (int64_t)DATELINE_NEAR_DAYS * 86400) {
			a->date = best;
			a->time = best_t;
		} else {
			px_free(best);
		}
	}
	return PX_OK;
}

static px_status
order_articles(struct px_report *r)
{
	struct px_article **p = px_alloc((r->n_articles ? r->n_articles : 1) * sizeof(*p));
	struct px_report_article *sorted = NULL;
	size_t i = 0, j = 0;
	px_status st = PX_OK;

	if (p == NULL)
		return PX_ENOMEM;
	for (i = 0; i < r->n_articles; i++)
		p[i] = r->articles[i].a;
	st = px_articles_sort(p, r->n_articles);
	if (st == PX_OK)
		sorted = px_calloc(r->cap_articles ? r->cap_articles : 1, sizeof(*sorted));
	if (st == PX_OK && sorted == NULL)
		st = PX_ENOMEM;
	if (st == PX_OK) {
		/* Each article's slot, found by its pointer (sorted by address). */
		struct slot *by_ptr = px_alloc((r->n_articles ? r->n_articles : 1) * sizeof(*by_ptr));
		if (by_ptr == NULL) {
			px_free(sorted);
			px_free(p);
			return PX_ENOMEM;
		}
		for (i = 0; i < r->n_articles; i++) {
			by_ptr[i].a = r->articles[i].a;
			by_ptr[i].i = i;
		}
		qsort(by_ptr, r->n_articles, sizeof(*by_ptr), slot_cmp);
		for (i = 0; i < r->n_articles; i++) {
			struct slot key, *hit = NULL;
			key.a = p[i];
			key.i = 0;
			hit = bsearch(&key, by_ptr, r->n_articles, sizeof(*by_ptr), slot_cmp);
			j = hit ? hit->i : i;
			sorted[i] = r->articles[j];
		}
		px_free(by_ptr);
		px_free(r->articles);
		r->articles = sorted;
	}
	px_free(p);
	return st;
}

/* The near-duplicate groups of the articles added to d: each copy points
   at its group's canonical article. */
static px_status
fold_duplicates(struct px_report *r, struct px_dedup *d)
{
	size_t i = 0;
	px_status st = PX_OK;

	for (i = 0; st == PX_OK && i < r->n_articles; i++) {
		size_t first = 0, canonical = 0, size = 0;
		st = px_dedup_group(d, i, &first, &canonical, &size);
		if (st == PX_OK && size > 1 && canonical != i) {
			r->articles[i].duplicate_of = canonical;
			if (px_dedup_similarity(d, i, canonical, &r->articles[i].dup_similarity))
				r->articles[i].dup_similarity = 0;
		}
	}
	return st;
}

/*
 * The memory the segmented documents kept from clustering for their
 * stories may take. Each source is segmented for clustering; keeping a
 * compact copy of its documents (kept.c) saves segmenting it again for its
 * story (step 3; 8% of the instructions on bench-news) but holds the copy
 * from its window until its story's chunk is built. Up to this many bytes
 * of copies are kept, first come first kept; the rest are segmented again,
 * so memory stays bounded whatever the input's size.
 */
#define KEEP_DOC_BYTES ((size_t)256 << 20)

#define CLUSTER_WINDOW 512
/* A window also closes once it holds this much text (titles and the
 * bodies' parts read): the segmented form takes about ten times the text,
 * and a window of long pages (bench-news's window 33, live coverage) took
 * 76 MiB of documents where most take 5 to 20, which set the run's peak
 * RSS. Which articles share a window changes no result: the clusterer and
 * the near-duplicate index take the articles in order either way. */
#define WINDOW_TEXT ((size_t)2 << 20)
/* Buffers of segmented windows: the feeder may run two windows ahead of
 * the clusterer, which evens out windows that take one thread longer than
 * the other (bench-news: step 2 1.47 -> 1.39 s with two threads, peak RSS
 * about 30 MiB higher). */
#define WINDOW_BUFFERS 3

/*
 * Clustering runs over windows of CLUSTER_WINDOW articles (fewer when they
 * hold WINDOW_TEXT bytes of text) in time order.
 * Each window is segmented once (the way the clusterer would segment it)
 * and the segmented documents serve the clusterer, which must see the
 * articles in order on one thread, and the near-duplicate index, also in
 * order; a compact copy of them is kept for the stories (keep_docs).
 *
 * With two threads or more this is a pipeline: a feeder thread segments
 * window w into one of WINDOW_BUFFERS buffers and adds it to the
 * near-duplicate index, then packs its share of window w - 1, while this
 * thread adds an earlier window to the clusterer and then packs the rest
 * of it (one article at a time, from a shared counter). Segmenting a
 * window and clustering it take about as long; when this thread finds the
 * next window still being segmented, it segments articles of that window
 * too (from a shared counter, with a stemmer of its own) instead of
 * waiting, so a window with one long article does not hold it up. The
 * buffer of a window is handed back once it is clustered and packed; the
 * feeder releases it before it segments the next window into it, so that
 * the clusterer's thread goes on to the next window at once.
 *
 * The claims are read in step 3, with their story (prepare_article),
 * whatever the number of threads. They were read here on both threads
 * while the clusterer was three times slower than the feeder; now that the
 * two are even, the claims only lengthened this step (1.46 -> 1.99 s of
 * 5.2 on bench-news) and held every article's claims at once at its end
 * (peak RSS about 130 MiB higher, each page first touched at a cost).
 */
struct win {
	struct px_doc *titles, *texts;
	unsigned char *copy; /* a copy already: its documents are not kept */
	size_t ready;      /* window index + 1 segmented into the buffer; 0: free */
	size_t open;       /* window index + 1 being segmented into the buffer */
	size_t first, n;   /* articles [first, first + n) */
	size_t parse_next; /* next article of the window to segment */
	size_t parse_done; /* articles segmented */
	size_t keep_next;  /* next article of the window to pack (keep_docs) */
	size_t keep_done;  /* articles packed or passed over */
	int pack;          /* keep copies of its documents (keep_docs) */
};

struct feed {
	struct px_report *r;
	struct win win[WINDOW_BUFFERS];
	size_t n_windows;
	size_t *starts; /* window w: articles [starts[w], starts[w + 1]) */
	struct px_dedup *dedup;
	size_t kept;       /* bytes of documents kept (keep_docs) so far */
	int stop;          /* the consumer gave up */
	px_status st;      /* segmentation, near-duplicates and packing */
	pthread_mutex_t lock;
	pthread_cond_t cond;
};

/* Cut the articles into windows of at most CLUSTER_WINDOW articles and,
   unless one article alone holds more, WINDOW_TEXT bytes of text. */
static px_status
window_starts(struct feed *f)
{
	const struct px_report *r = f->r;
	size_t i = 0, n = 0, first = 0, bytes = 0;

	/* At most one window per article, and the end. */
	f->starts = px_alloc((r->n_articles + 1) * sizeof(*f->starts));
	if (f->starts == NULL)
		return PX_ENOMEM;
	for (i = 0; i < r->n_articles; i++) {
		const struct px_article *a = r->articles[i].a;
		size_t len = (a->title ? a->title_len : 0) + (a->text ? text_read_len(a) : 0);
		if (i > first && (i - first == CLUSTER_WINDOW || bytes + len > WINDOW_TEXT)) {
			f->starts[n++] = first;
			first = i;
			bytes = 0;
		}
		bytes += len;
	}
	if (r->n_articles > 0)
		f->starts[n++] = first;
	f->starts[n] = r->n_articles;
	f->n_windows = n;
	return PX_OK;
}

static void
window_release(struct win *x)
{
	size_t k = 0;

	for (k = 0; k < CLUSTER_WINDOW; k++) {
		px_doc_release(&x->titles[k]);
		px_doc_release(&x->texts[k]);
	}
}

/* Make the buffer of window w, released, ready to take it; parse: it is to
   be segmented (without a stemmer nothing is parsed: the clusterer then
   parses for itself); pack: its documents are to be kept (keep_docs). */
static struct win *
window_open(struct feed *f, size_t w, int parse, int pack)
{
	struct win *x = &f->win[w % WINDOW_BUFFERS];

	x->first = f->starts[w];
	x->n = f->starts[w + 1] - x->first;
	x->parse_next = parse ? 0 : x->n;
	x->parse_done = x->parse_next;
	x->keep_next = parse ? 0 : x->n;
	x->keep_done = x->keep_next;
	x->pack = pack;
	return x;
}

/* Segment article k of window x. */
static px_status
window_parse_one(struct feed *f, struct win *x, size_t k, struct px_stemmer *stem)
{
	const struct px_article *a = f->r->articles[x->first + k].a;
	unsigned flags = PX_DOC_TOKENS | PX_DOC_STEMS;
	px_status st = PX_OK;

	if (a->title)
		st = px_doc_parse(&x->titles[k], a->title, a->title_len, flags, stem);
	if (st == PX_OK && a->text)
		st = px_doc_parse(&x->texts[k], a->text, text_read_len(a), flags, stem);
	return st;
}

/* The next of n articles by counter *next, or n when none is left;
   threaded: others take them too (under f->lock). */
static size_t
take_next(struct feed *f, size_t *next, size_t n, int threaded)
{
	size_t k = 0;

	if (threaded)
		pthread_mutex_lock(&f->lock);
	k = *next < n ? (*next)++ : n;
	if (threaded)
		pthread_mutex_unlock(&f->lock);
	return k;
}

/* Segment articles of window x, one at a time, until none is left to
   take; threaded: others take them too (under f->lock). */
static px_status
window_segment(struct feed *f, struct win *x, struct px_stemmer *stem, int threaded)
{
	px_status st = PX_OK;

	for (;;) {
		size_t k = take_next(f, &x->parse_next, x->n, threaded);
		if (k == x->n)
			break;
		if (st == PX_OK)
			st = window_parse_one(f, x, k, stem);
		if (threaded)
			pthread_mutex_lock(&f->lock);
		x->parse_done++;
		if (threaded) {
			if (x->parse_done == x->n)
				pthread_cond_broadcast(&f->cond);
			pthread_mutex_unlock(&f->lock);
		}
	}
	return st;
}

/* Add window x to the near-duplicate index, in article order, and mark
   the copies. */
static px_status
window_dedup(struct feed *f, struct win *x)
{
	size_t k = 0;
	px_status st = PX_OK;

	for (k = 0; st == PX_OK && k < x->n; k++) {
		const struct px_article *a = f->r->articles[x->first + k].a;
		struct px_dedup_match m;
		size_t canonical = 0;
		st = px_dedup_add(f->dedup, a->title, a->title ? a->title_len : 0, a->text,
				  a->text_len, a->time, &m);
		/* An article that is not its group's canonical member now never
		 * will be (a group's canonical member only gets better as
		 * articles and groups join it): it is a copy, never compared. */
		if (st == PX_OK)
			st = px_dedup_group(f->dedup, m.index, NULL, &canonical, NULL);
		x->copy[k] = st == PX_OK && canonical != m.index;
	}
	return st;
}

/* Keep a copy of the documents of article k of window x for its report
   article ra (prepare_article then uses them), unless it is a copy or the
   window keeps none. Which copies stay is decided in order afterwards
   (keep_budget). */
static px_status
keep_docs(struct win *x, size_t k, struct px_report_article *ra)
{
	if (!x->pack || x->copy[k] || x->texts[k].text == NULL)
		return PX_OK;
	return px__kept_pack(&x->titles[k], &x->texts[k], &ra->kept);
}

/* Hold the copies of window x to the budget of KEEP_DOC_BYTES, first come
   first kept, in article order whatever thread packed them: one that
   starts past the budget is dropped. */
static void
keep_budget(struct feed *f, struct win *x)
{
	size_t k = 0;

	for (k = 0; k < x->n; k++) {
		struct px_report_article *ra = &f->r->articles[x->first + k];
		if (ra->kept == NULL)
			continue;
		if (f->kept >= KEEP_DOC_BYTES) {
			px__kept_free(ra->kept);
			ra->kept = NULL;
			continue;
		}
		f->kept += px__kept_bytes(ra->kept);
	}
}

/* Keep copies of the documents of the window in buffer b, one article at
   a time, until none is left to take; the buffer's keep_done counts the
   articles done. */
static px_status
window_keep(struct feed *f, size_t b, int threaded)
{
	struct win *x = &f->win[b];
	px_status st = PX_OK;

	for (;;) {
		struct px_report_article *ra = NULL;
		size_t k = take_next(f, &x->keep_next, x->n, threaded);
		if (k == x->n)
			break;
		ra = &f->r->articles[x->first + k];
		if (st == PX_OK)
			st = keep_docs(x, k, ra);
		if (threaded)
			pthread_mutex_lock(&f->lock);
		x->keep_done++;
		if (threaded) {
			pthread_cond_broadcast(&f->cond);
			pthread_mutex_unlock(&f->lock);
		}
	}
	return st;
}

static void *
feed_main(void *arg)
{
	struct feed *f = arg;
	struct px_stemmer *stem = NULL;
	size_t w = 0;

	if (px_stemmer_new("en", &stem) != PX_OK)
		stem = NULL;
	for (w = 0; w < f->n_windows; w++) {
		struct win *x = &f->win[w % WINDOW_BUFFERS];
		px_status st = PX_OK;
		int stop = 0, pack = 0;
		pthread_mutex_lock(&f->lock);
		while (x->ready && !f->stop)
			pthread_cond_wait(&f->cond, &f->lock);
		stop = f->stop;
		pack = f->kept < KEEP_DOC_BYTES;
		pthread_mutex_unlock(&f->lock);
		if (stop)
			break;
		/* The buffer's last window is released by this thread, the one
		   that segmented it. */
		window_release(x);
		pthread_mutex_lock(&f->lock);
		window_open(f, w, stem != NULL, pack);
		x->open = w + 1; /* the clusterer's thread may segment it too */
		pthread_mutex_unlock(&f->lock);
		st = window_segment(f, x, stem, 1);
		if (st == PX_OK)
			st = window_dedup(f, x);
		pthread_mutex_lock(&f->lock);
		while (x->parse_done < x->n)
			pthread_cond_wait(&f->cond, &f->lock);
		if (st && f->st == PX_OK)
			f->st = st;
		st = f->st;
		x->ready = w + 1;
		pthread_cond_broadcast(&f->cond);
		pthread_mutex_unlock(&f->lock);
		if (st)
			break;
		/* The previous window's copies while this one is clustered. */
		if (w > 0)
			st = window_keep(f, (w - 1) % WINDOW_BUFFERS, 1);
		if (st == PX_OK && w + 1 == f->n_windows)
			st = window_keep(f, w % WINDOW_BUFFERS, 1);
		if (st) {
			pthread_mutex_lock(&f->lock);
			if (f->st == PX_OK)
				f->st = st;
			pthread_cond_broadcast(&f->cond);
			pthread_mutex_unlock(&f->lock);
			break;
		}
	}
	px_stemmer_free(stem);
	return NULL;
}

static px_status
assign_stories(struct px_report *r)
{
	struct px_clusterer *c = NULL;
	size_t *raw = NULL, *map = NULL, i = 0, n = 0, w = 0, b = 0, k = 0;
	struct feed f;
	pthread_t feeder;
	int threaded = thread_count(r) > 1, started = 0;
	struct px_stemmer *stem = NULL;
	px_status st = px_clusterer_new(NULL, &c);

	memset(&f, 0, sizeof(f));
	f.r = r;
	raw = px_alloc((r->n_articles ? r->n_articles : 1) * sizeof(size_t));
	if (st == PX_OK && raw == NULL)
		st = PX_ENOMEM;
	if (st == PX_OK)
		st = window_starts(&f);
	if (st == PX_OK)
		st = px_dedup_new(NULL, &f.dedup);
	for (b = 0; b < WINDOW_BUFFERS; b++) {
		f.win[b].titles = px_calloc(CLUSTER_WINDOW, sizeof(*f.win[b].titles));
		f.win[b].texts = px_calloc(CLUSTER_WINDOW, sizeof(*f.win[b].texts));
		f.win[b].copy = px_calloc(CLUSTER_WINDOW, 1);
		if (st == PX_OK && (f.win[b].titles == NULL || f.win[b].texts == NULL ||
				    f.win[b].copy == NULL))
			st = PX_ENOMEM;
	}
	pthread_mutex_init(&f.lock, NULL);
	pthread_cond_init(&f.cond, NULL);
	if (st == PX_OK && threaded && pthread_create(&feeder, NULL, feed_main, &f) == 0)
		started = 1;
	if (st == PX_OK && px_stemmer_new("en", &stem) != PX_OK)
		stem = NULL;
	for (w = 0; st == PX_OK && w < f.n_windows; w++) {
		struct win *x = &f.win[w % WINDOW_BUFFERS];
		if (started) {
			pthread_mutex_lock(&f.lock);
			while (x->ready != w + 1 && f.st == PX_OK) {
				px_status pst = PX_OK;
				if (stem == NULL || x->open != w + 1 || x->parse_next >= x->n) {
					pthread_cond_wait(&f.cond, &f.lock);
					continue;
				}
				/* The window is still being segmented: segment one
				   of its articles rather than wait. */
				k = x->parse_next++;
				pthread_mutex_unlock(&f.lock);
				pst = window_parse_one(&f, x, k, stem);
				pthread_mutex_lock(&f.lock);
				if (pst && f.st == PX_OK)
					f.st = pst;
				if (++x->parse_done == x->n)
					pthread_cond_broadcast(&f.cond);
			}
			st = f.st;
			pthread_mutex_unlock(&f.lock);
		} else {
			window_open(&f, w, stem != NULL, f.kept < KEEP_DOC_BYTES);
			st = window_segment(&f, x, stem, 0);
			if (st == PX_OK)
				st = window_dedup(&f, x);
		}
		for (k = 0; st == PX_OK && k < x->n; k++) {
			struct px_cluster_result res;
			const struct px_doc *ti = &x->titles[k], *te = &x->texts[k];
			memset(&res, 0, sizeof(res));
			st = px_clusterer_add_parsed(c, r->articles[x->first + k].a, ti->text ? ti : NULL,
						     te->text ? te : NULL, &res);
			raw[x->first + k] = res.story;
		}
		if (st == PX_OK)
			st = window_keep(&f, w % WINDOW_BUFFERS, started);
		if (started) {
			/* Wait for the copies the feeder is still making, then
			   hand the buffer back: the feeder releases it. */
			pthread_mutex_lock(&f.lock);
			while (x->keep_done < x->n && f.st == PX_OK)
				pthread_cond_wait(&f.cond, &f.lock);
			if (st == PX_OK)
				st = f.st;
			if (st == PX_OK)
				keep_budget(&f, x);
			x->ready = 0;
			pthread_cond_broadcast(&f.cond);
			pthread_mutex_unlock(&f.lock);
		} else {
			if (st == PX_OK)
				keep_budget(&f, x);
			window_release(x);
		}
	}
	if (started) {
		pthread_mutex_lock(&f.lock);
		f.stop = 1;
		pthread_cond_broadcast(&f.cond);
		pthread_mutex_unlock(&f.lock);
		pthread_join(feeder, NULL);
		if (st == PX_OK)
			st = f.st;
	}
	if (st == PX_OK)
		st = fold_duplicates(r, f.dedup);
	pthread_cond_destroy(&f.cond);
	pthread_mutex_destroy(&f.lock);
	px_stemmer_free(stem);
	px_dedup_free(f.dedup);
	px_free(f.starts);
	for (b = 0; b < WINDOW_BUFFERS; b++) {
		if (f.win[b].titles && f.win[b].texts)
			window_release(&f.win[b]);
		px_free(f.win[b].titles);
		px_free(f.win[b].texts);
		px_free(f.win[b].copy);
	}
	/* A copy is never compared: its claims and kept documents go. */
	for (i = 0; i < r->n_articles; i++) {
		if (r->articles[i].duplicate_of != PX_REPORT_NONE) {
			px_claims_free(r->articles[i].claims);
			r->articles[i].claims = NULL;
			px_doc_release(&r->articles[i].title);
			px_doc_release(&r->articles[i].text);
			px__kept_free(r->articles[i].kept);
			r->articles[i].kept = NULL;
		}
	}
	/* A copy lives in its original's story; then renumber stories in
	 * order of first appearance. */
	for (i = 0; st == PX_OK && i < r->n_articles; i++)
		if (r->articles[i].duplicate_of != PX_REPORT_NONE)
			raw[i] = raw[r->articles[i].duplicate_of];
	if (st == PX_OK) {
		size_t max = 0;
		for (i = 0; i < r->n_articles; i++)
			if (raw[i] > max)
				max = raw[i];
		map = px_alloc((max + 1) * sizeof(size_t));
		if (map == NULL)
			st = PX_ENOMEM;
		for (i = 0; map && i <= max; i++)
			map[i] = PX_REPORT_NONE;
	}
	for (i = 0; st == PX_OK && i < r->n_articles; i++) {
		if (map[raw[i]] == PX_REPORT_NONE)
			map[raw[i]] = n++;
		r->articles[i].story = map[raw[i]];
	}
	if (st == PX_OK) {
		r->stories = px_calloc(n ? n : 1, sizeof(*r->stories));
		if (r->stories == NULL)
			st = PX_ENOMEM;
	}
	if (st == PX_OK) {
		r->n_stories = n;
		for (i = 0; i < n; i++)
			r->stories[i].id = i;
		for (i = 0; i < r->n_articles && st == PX_OK; i++) {
			struct px_report_story *s = &r->stories[r->articles[i].story];
			size_t *arr = px_realloc(s->articles, (s->n_articles + 1) * sizeof(size_t));
			if (arr == NULL) {
				st = PX_ENOMEM;
				break;
			}
			s->articles = arr;
			s->articles[s->n_articles++] = i;
		}
	}
	px_free(raw);
	px_free(map);
	px_clusterer_free(c);
	return st;
}

static px_status
story_sources(struct px_report *r)
{
	size_t s = 0, i = 0;

	for (s = 0; s < r->n_stories; s++) {
		struct px_report_story *st = &r->stories[s];
		st->sources = px_arena_alloc(&r->arena, (st->n_articles ? st->n_articles : 1) * sizeof(size_t));
		if (st->sources == NULL)
			return PX_ENOMEM;
		for (i = 0; i < st->n_articles; i++) {
			const struct px_report_article *ra = &r->articles[st->articles[i]];
			if (ra->duplicate_of == PX_REPORT_NONE)
				st->sources[st->n_sources++] = st->articles[i];
			if (ra->a->date) {
				if (st->first_seen == NULL || strcmp(ra->a->date, st->first_seen) < 0)
					st->first_seen = ra->a->date;
				if (st->last_seen == NULL || strcmp(ra->a->date, st->last_seen) > 0)
					st->last_seen = ra->a->date;
			}
		}
	}
	return PX_OK;
}

static px_status
language_notes(struct px_report *r)
{
	size_t i = 0;
	px_status st = PX_OK;

	for (i = 0; i < r->n_articles && st == PX_OK; i++) {
		const struct px_article *a = r->articles[i].a;
		char note[512];
		if (!is_english(a)) {
			snprintf(note, sizeof note,
				 "%s: language '%s': claims and comparison cover English only",
				 a->id, a->lang);
			st = px_report_add_note(r, note);
		}
		if (st == PX_OK && a->text && text_read_len(a) < a->text_len) {
			snprintf(note, sizeof note,
				 "%s: %zu bytes of text: stories, claims and comparison read its "
				 "first %zu bytes",
				 a->id, a->text_len, text_read_len(a));
			st = px_report_add_note(r, note);
		}
	}
	return st;
}

/* The pipeline; stream: the JSON report is written as it is built
   (px_report_build_json), from once the stories are formed. */
static px_status
report_build(struct px_report *r, struct stream *stream)
{
	px_status st = PX_OK;

	if (r->built)
		return PX_EINVAL;
	r->built = 1;
	st = date_from_datelines(r);
	if (st == PX_OK)
		st = order_articles(r);
	if (st == PX_OK)
		st = assign_stories(r); /* and fold_duplicates() */
	if (st == PX_OK)
		st = story_sources(r);
	if (st == PX_OK)
		st = language_notes(r);
	if (st == PX_OK && stream) {
		px__report_json_head(r, stream->sink);
		st = stream->sink->out->failed;
	}
	if (st == PX_OK)
		st = build_stories(r, stream);
	return st;
}

px_status
px_report_build(struct px_report *r)
{
	return report_build(r, NULL);
}

px_status
px_report_build_json(struct px_report *r,
		     px_status (*write)(void *ud, const char *p, size_t len), void *ud)
{
	struct px_buf out = PX_BUF_INIT;
	struct px__sink sink = {&out, write, ud};
	struct stream x;
	px_status st = PX_OK;

	if (r->built)
		return PX_EINVAL;
	memset(&x, 0, sizeof(x));
	x.sink = &sink;
	px_buf_init(&x.scratch, out.max);
	x.done = px_calloc(r->n_articles ? r->n_articles : 1, 1);
	if (x.done == NULL) {
		px_buf_release(&x.scratch);
		return PX_ENOMEM;
	}
	pthread_mutex_init(&x.lock, NULL);
	r->streamed = 1;
	st = report_build(r, &x);
	pthread_mutex_destroy(&x.lock);
	if (st == PX_OK) {
		px__report_json_tail(&sink);
		px__sink_flush(&sink, 0);
		st = out.failed;
	}
	px_free(x.done);
	px_buf_release(&x.scratch);
	px_buf_release(&out);
	return st;
}

px_status
px_report_format_parse(const char *name, enum px_report_format *out)
{
	if (strcmp(name, "text") == 0)
		*out = PX_REPORT_TEXT;
	else if (strcmp(name, "markdown") == 0 || strcmp(name, "md") == 0)
		*out = PX_REPORT_MARKDOWN;
	else if (strcmp(name, "json") == 0)
		*out = PX_REPORT_JSON;
	else if (strcmp(name, "html") == 0)
		*out = PX_REPORT_HTML;
	else
		return PX_EINVAL;
	return PX_OK;
}
