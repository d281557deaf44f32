/*
 * Streaming story clustering (single pass, leader-centroid), after Miranda
 * et al. (EMNLP 2018): an article is weighed into TF-IDF vectors of body
 * stems, headline stems and entities; candidate stories come from an
 * inverted index over their heaviest terms; the best candidate by a weighted
 * sum of three cosines, less a time-gap penalty, is joined when the score
 * reaches the threshold, else the article starts a story.
 *
 * Invariants:
 * - A story's vectors are sums of its members' unit vectors, each space
 *   sorted by term id and cut to its STORY_K heaviest terms; norm[] holds
 *   their Euclidean norms. Inactive stories have no vectors.
 * - postings[id] lists stories (oldest first, possibly stale or repeated)
 *   indexed under term id; a story is indexed under the terms in its
 *   `indexed` set, which is refreshed after each join.
 * - fifo holds (story, seq) for every creation or join in order; an entry
 *   is current when seq equals the story's seq. Aging pops from the front.
 * - The result for article N is computed from articles 0..N only.
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cluster_internal.h"

#define ART_K_BODY 48
#define ART_K_TITLE 16
#define ART_K_ENT 32
#define STORY_K_BODY 80
#define STORY_K_TITLE 32
#define STORY_K_ENT 48
#define INDEX_BODY 10
#define INDEX_TITLE 6
#define INDEX_ENT 8
#define INDEX_MAX (INDEX_BODY + INDEX_TITLE + INDEX_ENT)
#define PROBE_BODY 10
#define PROBE_TITLE 8
#define PROBE_ENT 8
#define POSTING_SCAN 128
#define POSTING_KEEP 256
#define MAX_CAND 48
#define DAY 86400.0
#define BG_PSEUDO 1000.0
#define PLACE_MIN 0.08 /* score a join needs besides the setting's terms */
#define STORY_PLACES 8  /* places a story remembers from its members */
#define STORY_PLACE_SURE 2 /* evidence a story place needs (story_places) */

static const unsigned art_k[PX__NSPACE] = {ART_K_BODY, ART_K_TITLE, ART_K_ENT};
static const unsigned story_k[PX__NSPACE] = {STORY_K_BODY, STORY_K_TITLE, STORY_K_ENT};
static const unsigned index_k[PX__NSPACE] = {INDEX_BODY, INDEX_TITLE, INDEX_ENT};
static const unsigned probe_k[PX__NSPACE] = {PROBE_BODY, PROBE_TITLE, PROBE_ENT};

struct story {
	struct px__cterm *v; /* n[0] body, n[1] title, n[2] entities */
	uint16_t n[PX__NSPACE];
	float norm[PX__NSPACE];
	uint32_t indexed[INDEX_MAX];
	uint32_t place[STORY_PLACES]; /* word ids its members wrote as places */
	uint8_t place_n[STORY_PLACES]; /* how surely: see story_places() */
	uint8_t n_place;
	uint8_t n_indexed;
	int64_t first; /* INT64_MIN: undated */
	uint32_t size;
	uint32_t seq;
};

/*
 * What the search for candidates reads of a story, for every story of the
 * postings it scans: kept apart from the rest (struct story, five cache
 * lines) in an array of its own, which the CPU's cache holds.
 */
struct story_hot {
	int64_t last;   /* INT64_MIN: undated */
	uint32_t stamp; /* last article that looked at it, plus one */
	float acc;      /* candidate weight for that article */
	uint8_t active;
};

struct posting {
	uint32_t *s;
	uint32_t n, cap;
};

/* Term counts below this have their log in a table (weigh()). */
#define LOG_COUNTS 64

struct px_clusterer {
	float log_count[LOG_COUNTS]; /* logf(k): the same floats logf gives */
	struct px_cluster_opts o;
	struct px__tokenizer tk;
	struct px__vocab v;
	struct story *st;
	struct story_hot *hot; /* hot[i] goes with st[i] */
	size_t n_st, cap_st, cap_hot;
	struct posting *post;
	size_t cap_post;
	uint32_t *fifo; /* pairs: story, seq */
	size_t fifo_head, fifo_len, fifo_cap;
	size_t active;
	size_t n_articles;
	int64_t clock; /* latest dated time seen */
	double o_bg_pseudo;
	size_t mem;
	uint32_t *cand;
	/* The current article's weights by term id: dense[sp][id] is the
	   index in weight[sp] of the term's weight, 0 (weight 0) for terms it
	   does not have. One byte per term keeps the three rows in the CPU's
	   cache where rows of floats, four times the size, were not: scoring
	   reads them at random, once per story term. */
	uint8_t *dense[PX__NSPACE];
	size_t cap_dense;
	float weight[PX__NSPACE][1 + ART_K_BODY];
	float *scratch; /* selection scratch, cap_scratch floats */
	size_t cap_scratch;
	uint32_t *explain_ids;
};

void
px_cluster_opts_init(struct px_cluster_opts *o)
{
	/* One configuration for every data set, from a grid search over the
	 * development sets (docs/evaluation-cluster.md). */
	memset(o, 0, sizeof(*o));
	o->threshold = 0.15;
	o->window_days = 30;
	o->max_active = 100000;
	o->w_body = 0.35;
	o->w_title = 0.30;
	o->w_entity = 0.35;
	o->time_scale_days = 5;
	o->w_time = 0.30;
	o->explain = 0;
	o->idf = NULL;
}

px_status
px_clusterer_new(const struct px_cluster_opts *opts, struct px_clusterer **out)
{
	struct px_clusterer *c = NULL;
	const char *name = NULL, *data = NULL;
	size_t len = 0;
	px_status st = PX_OK;

	*out = NULL;
	c = px_calloc(1, sizeof(*c));
	if (c == NULL)
		return PX_ENOMEM;
	if (opts)
		c->o = *opts;
	else
		px_cluster_opts_init(&c->o);
	if (!(c->o.threshold >= 0 && c->o.threshold <= 1) ||
	    !(c->o.window_days > 0) || c->o.max_active == 0 ||
	    c->o.w_body < 0 || c->o.w_title < 0 || c->o.w_entity < 0 ||
	    c->o.w_time < 0 || !(c->o.time_scale_days > 0)) {
		st = PX_EINVAL;
		goto cleanup;
	}
	c->clock = INT64_MIN;
	c->o_bg_pseudo = BG_PSEUDO;
	{
		int k = 0;
		for (k = 1; k < LOG_COUNTS; k++)
			c->log_count[k] = logf((float)k);
	}
	if ((st = px__tokenizer_init(&c->tk)))
		goto cleanup;
	if ((st = px_map_new(&c->v.map)))
		goto cleanup;
	name = c->o.idf ? c->o.idf : "idf_en.txt";
	if (*name) {
		if ((st = px_data_get(name, &data, &len)))
			goto cleanup;
		if ((st = px__vocab_load_bg(&c->v, data, len)))
			goto cleanup;
	}
	c->cand = px_alloc(MAX_CAND * 8 * sizeof(*c->cand));
	if (c->cand == NULL)
		st = PX_ENOMEM;
cleanup:
	if (st) {
		px_clusterer_free(c);
		return st;
	}
	*out = c;
	return PX_OK;
}

void
px_clusterer_free(struct px_clusterer *c)
{
	size_t i = 0;

	if (c == NULL)
		return;
	for (i = 0; i < c->n_st; i++)
		px_free(c->st[i].v);
	px_free(c->st);
	px_free(c->hot);
	for (i = 0; i < c->cap_post; i++)
		px_free(c->post[i].s);
	px_free(c->post);
	px_free(c->fifo);
	px_free(c->cand);
	px_free(c->scratch);
	for (i = 0; i < PX__NSPACE; i++)
		px_free(c->dense[i]);
	px__tokenizer_release(&c->tk);
	px__vocab_release(&c->v);
	px_free(c);
}

size_t
px_clusterer_story_count(const struct px_clusterer *c)
{
	return c->n_st;
}

size_t
px_clusterer_article_count(const struct px_clusterer *c)
{
	return c->n_articles;
}

size_t
px_clusterer_memory(const struct px_clusterer *c)
{
	/* The map's own arena is estimated from its count (key ~12 bytes). */
	return c->mem + c->cap_st * sizeof(struct story) +
	       c->cap_hot * sizeof(struct story_hot) +
	       c->cap_post * sizeof(struct posting) +
	       c->fifo_cap * 2 * sizeof(uint32_t) +
	       c->v.cap * 2 * sizeof(uint32_t) + px_map_count(c->v.map) * 40 +
	       c->cap_dense * PX__NSPACE + c->cap_scratch * sizeof(float) +
	       (c->v.hot ? ((size_t)1 << PX__VHOT_BITS) * sizeof(*c->v.hot) : 0);
}

px_status
px_clusterer_prepare(struct px_clusterer *c, const struct px_article *a,
		     struct px_cluster_doc **doc)
{
	return px__features(&c->tk, &c->v, a, NULL, NULL, doc);
}

/*
 * Inverse document frequency. The background table acts as a prior worth
 * BG_PSEUDO documents: its document-frequency ratios are scaled to that
 * many pseudo-documents and pooled with the counts of the input so far.
 * Three articles are weighted by the background alone; once the input has
 * thousands of articles its own statistics dominate, so a name that fills
 * this input ("Biden") stops looking rare even though the background
 * corpus never saw it.
 */
static float
idf(const struct px_clusterer *c, uint32_t id)
{
	double scale = c->v.bg_docs ? c->o_bg_pseudo / (double)c->v.bg_docs : 0;
	double n = (c->v.bg_docs ? c->o_bg_pseudo : 0) + (double)c->n_articles + 1.0;
	double df = scale * (double)c->v.bg[id] + (double)c->v.df[id] + 1.0;

	return (float)log(n / df);
}

static int
cmp_w_desc(const void *a, const void *b)
{
	const struct px__cterm *x = a, *y = b;

	if (x->w != y->w)
		return x->w > y->w ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/*
 * The k-th largest value of w[0..n) (1 <= k <= n), by quickselect; w is
 * scratch and gets reordered.
 */
static float
kth_largest(float *w, size_t n, size_t k)
{
	size_t lo = 0, hi = n - 1, want = k - 1;

	while (lo < hi) {
		float pivot = w[lo + (hi - lo) / 2];
		size_t i = lo, j = hi;
		while (i <= j) {
			while (w[i] > pivot)
				i++;
			while (w[j] < pivot)
				j--;
			if (i <= j) {
				float t = w[i];
				w[i] = w[j];
				w[j] = t;
				i++;
				if (j == 0)
					break;
				j--;
			}
		}
		if (want <= j)
			hi = j;
		else if (want >= i)
			lo = i;
		else
			return w[want];
	}
	return w[want];
}

/*
 * The weight of the k-th heaviest term of v[0..n) and how many terms of
 * exactly that weight make the cut (so that ties go to the lower ids,
 * deterministically). Needs n > k and scratch for n floats.
 */
static float
cut_weight(const struct px__cterm *v, size_t n, size_t k, float *scratch,
	   size_t *ties)
{
	size_t i = 0, above = 0;
	float thr = 0;

	for (i = 0; i < n; i++)
		scratch[i] = v[i].w;
	thr = kth_largest(scratch, n, k);
	for (i = 0; i < n; i++)
		above += v[i].w > thr;
	*ties = k - above;
	return thr;
}

/*
 * Keep the k heaviest terms of v[0..n) in place, in their (id) order;
 * returns the count. scratch holds at least n floats.
 */
static size_t
top_k(struct px__cterm *v, size_t n, size_t k, float *scratch)
{
	size_t i = 0, out = 0, ties = 0;
	float thr = 0;

	if (n <= k)
		return n;
	thr = cut_weight(v, n, k, scratch, &ties);
	for (i = 0; i < n; i++) {
		if (v[i].w > thr) {
			v[out++] = v[i];
		} else if (v[i].w == thr && ties > 0) {
			ties--;
			v[out++] = v[i];
		}
	}
	return out;
}

/* logf(w) of a term count w (a whole number, at least 1): from the table
 * for the common small counts (3.5 million terms on bench-news's report),
 * else computed. */
static float
log_of_count(const struct px_clusterer *c, float w)
{
	if (w >= 1.0f && w < (float)LOG_COUNTS && w == (float)(int)w)
		return c->log_count[(int)w];
	return logf(w);
}

static float
norm_of(const struct px__cterm *v, size_t n)
{
	double s = 0;
	size_t i = 0;

	for (i = 0; i < n; i++)
		s += (double)v[i].w * v[i].w;
	return (float)sqrt(s);
}

/*
 * Dot product of a story vector with the current article, whose weights
 * are scattered into dense[] and weight[] (scatter()): two loads per story
 * term and no branches, which beats a merge join of the two sorted lists.
 */
static double
dense_dot(const uint8_t *dense, const float *weight, const struct px__cterm *b,
	  size_t nb)
{
	size_t j = 0;
	float s = 0;

	for (j = 0; j < nb; j++)
		s += weight[dense[b[j].id]] * b[j].w;
	return s;
}

/* Scatter or clear the doc's weights in the dense rows. */
static void
scatter(struct px_clusterer *c, const struct px_cluster_doc *d,
	const size_t off[PX__NSPACE], int clear)
{
	size_t i = 0;
	int sp = 0;

	for (sp = 0; sp < PX__NSPACE; sp++) {
		assert(d->n[sp] <= ART_K_BODY);
		c->weight[sp][0] = 0;
		for (i = 0; i < d->n[sp]; i++) {
			c->dense[sp][d->t[off[sp] + i].id] = clear ? 0 : (uint8_t)(i + 1);
			c->weight[sp][i + 1] = d->t[off[sp] + i].w;
		}
	}
}

/*
 * Weigh a prepared doc in place: (1 + ln tf) * idf, cut each space to its
 * heaviest terms and normalise to unit length. off[] gets each space's
 * start in doc->t.
 */
static void
weigh(struct px_clusterer *c, struct px_cluster_doc *d, size_t off[PX__NSPACE])
{
	size_t start = 0, out = 0;
	int sp = 0;

	for (sp = 0; sp < PX__NSPACE; sp++) {
		struct px__cterm *v = d->t + start;
		size_t n = d->n[sp], i = 0;
		float nr = 0;
		for (i = 0; i < n; i++)
			v[i].w = (1.0f + log_of_count(c, v[i].w)) * idf(c, v[i].id);
		n = top_k(v, n, art_k[sp], c->scratch);
		nr = norm_of(v, n);
		for (i = 0; i < n; i++)
			v[i].w = nr > 0 ? v[i].w / nr : 0;
		memmove(d->t + out, v, n * sizeof(*v));
		start += d->n[sp];
		off[sp] = out;
		d->n[sp] = (uint32_t)n;
		out += n;
	}
}

/* Count the doc's distinct terms into the input document frequencies. */
static void
count_df(struct px_clusterer *c, const struct px_cluster_doc *d)
{
	size_t total = (size_t)d->n[0] + d->n[1] + d->n[2], i = 0, j = 0;

	for (i = 0; i < total; i++) {
		uint32_t id = d->t[i].id;
		int dup = 0;
		/* A stem can be in both the body and the title: count it once. */
		if (i >= d->n[0] && i < (size_t)d->n[0] + d->n[1])
			for (j = 0; j < d->n[0] && !dup; j++)
				dup = d->t[j].id == id;
		if (!dup)
			c->v.df[id]++;
	}
}

static void
retire(struct px_clusterer *c, uint32_t s)
{
	struct story *t = &c->st[s];

	if (!c->hot[s].active)
		return;
	c->mem -= ((size_t)t->n[0] + t->n[1] + t->n[2]) * sizeof(struct px__cterm);
	px_free(t->v);
	t->v = NULL;
	memset(t->n, 0, sizeof(t->n));
	c->hot[s].active = 0;
	c->active--;
}

static int
too_old(const struct px_clusterer *c, const struct story_hot *h, int64_t now)
{
	return now != INT64_MIN && h->last != INT64_MIN &&
	       (double)(now - h->last) > c->o.window_days * DAY;
}

/* Age stories out from the front of the FIFO. */
static void
age(struct px_clusterer *c)
{
	while (c->fifo_len > 0) {
		size_t h = c->fifo_head;
		uint32_t s = c->fifo[2 * h], seq = c->fifo[2 * h + 1];
		if (c->hot[s].active && c->st[s].seq == seq) {
			if (c->active <= c->o.max_active && !too_old(c, &c->hot[s], c->clock))
				break;
			retire(c, s);
		}
		c->fifo_head = (h + 1) % c->fifo_cap;
		c->fifo_len--;
	}
}

static px_status
fifo_push(struct px_clusterer *c, uint32_t s, uint32_t seq)
{
	if (c->fifo_len == c->fifo_cap) {
		size_t ncap = c->fifo_cap ? c->fifo_cap * 2 : 1024, i = 0;
		uint32_t *nf = px_alloc(ncap * 2 * sizeof(*nf));
		if (nf == NULL)
			return PX_ENOMEM;
		for (i = 0; i < c->fifo_len; i++) {
			size_t k = (c->fifo_head + i) % c->fifo_cap;
			nf[2 * i] = c->fifo[2 * k];
			nf[2 * i + 1] = c->fifo[2 * k + 1];
		}
		px_free(c->fifo);
		c->fifo = nf;
		c->fifo_cap = ncap;
		c->fifo_head = 0;
	}
	{
		size_t k = (c->fifo_head + c->fifo_len) % c->fifo_cap;
		c->fifo[2 * k] = s;
		c->fifo[2 * k + 1] = seq;
		c->fifo_len++;
	}
	return PX_OK;
}

static px_status
posting_add(struct px_clusterer *c, uint32_t id, uint32_t s)
{
	struct posting *p = NULL;
	px_status st = PX_OK;

	if (id >= c->cap_post) {
		size_t ocap = c->cap_post, ncap = c->cap_post;
		st = px_grow((void **)&c->post, &ncap, (size_t)id + 1, sizeof(*c->post));
		if (st)
			return st;
		memset(c->post + ocap, 0, (ncap - ocap) * sizeof(*c->post));
		c->cap_post = ncap;
	}
	p = &c->post[id];
	if (p->n && p->s[p->n - 1] == s)
		return PX_OK;
	if (p->n >= POSTING_KEEP) {
		/* Compact: drop inactive stories, then keep the newest half. */
		uint32_t i = 0, k = 0;
		for (i = 0; i < p->n; i++)
			if (c->hot[p->s[i]].active)
				p->s[k++] = p->s[i];
		if (k > POSTING_KEEP / 2) {
			memmove(p->s, p->s + (k - POSTING_KEEP / 2),
				(POSTING_KEEP / 2) * sizeof(*p->s));
			k = POSTING_KEEP / 2;
		}
		p->n = k;
	}
	if (p->n == p->cap) {
		size_t cap = p->cap, ocap = p->cap;
		st = px_grow((void **)&p->s, &cap, (size_t)p->n + 1, sizeof(*p->s));
		if (st)
			return st;
		c->mem += (cap - ocap) * sizeof(*p->s);
		p->cap = (uint32_t)cap;
	}
	p->s[p->n++] = s;
	return PX_OK;
}

/* Index a story under its heaviest terms that it is not yet indexed under. */
static px_status
index_story(struct px_clusterer *c, uint32_t s)
{
	struct story *t = &c->st[s];
	struct px__cterm tmp[STORY_K_BODY];
	uint32_t fresh[INDEX_MAX];
	size_t nf = 0, off = 0, i = 0, j = 0;
	int sp = 0;
	px_status st = PX_OK;

	for (sp = 0; sp < PX__NSPACE; sp++) {
		size_t n = t->n[sp];
		memcpy(tmp, t->v + off, n * sizeof(*tmp));
		off += n;
		n = top_k(tmp, n, index_k[sp], c->scratch);
		for (i = 0; i < n && nf < INDEX_MAX; i++) {
			int dup = 0;
			for (j = 0; j < nf && !dup; j++)
				dup = fresh[j] == tmp[i].id;
			if (!dup)
				fresh[nf++] = tmp[i].id;
		}
	}
	for (i = 0; i < nf && st == PX_OK; i++) {
		int had = 0;
		for (j = 0; j < t->n_indexed && !had; j++)
			had = t->indexed[j] == fresh[i];
		if (!had)
			st = posting_add(c, fresh[i], s);
	}
	memcpy(t->indexed, fresh, nf * sizeof(*fresh));
	t->n_indexed = (uint8_t)nf;
	return st;
}

/* Add the unit vectors of a doc into a story's sums and cut them. */
static px_status
story_merge(struct px_clusterer *c, struct story *t,
	    const struct px_cluster_doc *d, const size_t off[PX__NSPACE])
{
	size_t total = 0, k = 0, soff = 0;
	struct px__cterm *nv = NULL;
	uint16_t nn[PX__NSPACE];
	int sp = 0;

	for (sp = 0; sp < PX__NSPACE; sp++)
		total += (size_t)t->n[sp] + d->n[sp];
	nv = px_alloc((total ? total : 1) * sizeof(*nv));
	if (nv == NULL)
		return PX_ENOMEM;
	for (sp = 0; sp < PX__NSPACE; sp++) {
		const struct px__cterm *a = t->v ? t->v + soff : NULL;
		const struct px__cterm *b = d->t + off[sp];
		size_t na = t->n[sp], nb = d->n[sp], i = 0, j = 0, start = k;
		while (i < na || j < nb) {
			if (j >= nb || (i < na && a[i].id < b[j].id)) {
				nv[k++] = a[i++];
			} else if (i >= na || b[j].id < a[i].id) {
				nv[k++] = b[j++];
			} else {
				nv[k] = a[i++];
				nv[k++].w += b[j++].w;
			}
		}
		soff += na;
		nn[sp] = (uint16_t)top_k(nv + start, k - start, story_k[sp], c->scratch);
		k = start + nn[sp];
		t->norm[sp] = norm_of(nv + start, nn[sp]);
	}
	c->mem -= ((size_t)t->n[0] + t->n[1] + t->n[2]) * sizeof(*nv);
	c->mem += k * sizeof(*nv);
	px_free(t->v);
	t->v = nv;
	memcpy(t->n, nn, sizeof(nn));
	return PX_OK;
}

/* The combined score of a weighed doc against story u; *gap_out gets the
 * days between the doc and the story's [first, last] (0 when undated). */
static double
score(const struct px_clusterer *c, const struct px_cluster_doc *d,
      const size_t off[PX__NSPACE], uint32_t u, double part[PX__NSPACE],
      double *gap_out)
{
	const struct story *t = &c->st[u];
	int64_t last = c->hot[u].last;
	static const double zero = 0;
	double w[PX__NSPACE];
	double s = 0, wsum = 0, gap = 0;
	size_t soff = 0;
	int sp = 0;

	w[PX__BODY] = c->o.w_body;
	w[PX__TITLE] = c->o.w_title;
	w[PX__ENT] = c->o.w_entity;
	for (sp = 0; sp < PX__NSPACE; sp++) {
		double cs = zero;
		if (t->norm[sp] > 0 && d->n[sp] > 0)
			cs = dense_dot(c->dense[sp], c->weight[sp], t->v + soff, t->n[sp]) /
			     t->norm[sp];
		part[sp] = cs;
		soff += t->n[sp];
		/* A space empty on either side (no headline, no names) carries
		 * no evidence: its weight goes to the others. */
		if (d->n[sp] > 0 && t->n[sp] > 0) {
			s += w[sp] * cs;
			wsum += w[sp];
		}
	}
	s = wsum > 0 ? s / wsum : 0;
	if (d->time != INT64_MIN && last != INT64_MIN) {
		if (d->time > last)
			gap = (double)(d->time - last) / DAY;
		else if (d->time < t->first)
			gap = (double)(t->first - d->time) / DAY;
		s -= c->o.w_time * (gap < c->o.time_scale_days ? gap / c->o.time_scale_days : 1.0);
	}
	*gap_out = gap;
	return s < 0 ? 0 : s > 1 ? 1 : s;
}

static int
in_sorted(const uint32_t *v, size_t n, uint32_t word)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] == word)
			return 1;
		if (v[mid] < word)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/*
 * A word of the setting: a place of the article, a day it names, or, when
 * story_places, a place of the story (a city that the story's reports put
 * in a dateline is a place in "the University of Lyngstad" too).
 */
static int
is_setting(const struct px_cluster_doc *d, const struct story *t, uint32_t word,
	   int story_places)
{
	size_t i = 0;

	if (in_sorted(d->place, d->n_place, word) || in_sorted(d->day, d->n_day, word))
		return 1;
	for (i = 0; i < t->n_place && story_places; i++)
		if (t->place[i] == word && t->place_n[i] >= STORY_PLACE_SURE)
			return 1;
	return 0;
}

/*
 * Remember the doc's places in the story. "in X" is weak evidence that X
 * is a place ("in Obama's speech", "in American history"): it counts 1; a
 * dateline is strong: it counts STORY_PLACE_SURE. A story place is used
 * (is_setting) once it reaches STORY_PLACE_SURE: a dateline, or two
 * members writing "in X". When the slots are full, a place that is sure
 * takes the slot of one that is not.
 */
static void
story_places(struct story *t, const struct px_cluster_doc *d)
{
	size_t i = 0, j = 0;

	for (i = 0; i < d->n_place; i++) {
		uint32_t w = d->place[i];
		unsigned add = in_sorted(d->dl, d->n_dl, w) ? STORY_PLACE_SURE : 1;
		for (j = 0; j < t->n_place && t->place[j] != w; j++)
			;
		if (j < t->n_place) {
			if (t->place_n[j] < STORY_PLACE_SURE)
				t->place_n[j] = (uint8_t)(t->place_n[j] + add);
			continue;
		}
		if (t->n_place < STORY_PLACES) {
			j = t->n_place++;
		} else if (add >= STORY_PLACE_SURE) {
			for (j = 0; j < t->n_place && t->place_n[j] >= STORY_PLACE_SURE; j++)
				;
			if (j == t->n_place)
				continue;
		} else {
			continue;
		}
		t->place[j] = w;
		t->place_n[j] = (uint8_t)add;
	}
}

/*
 * The share of score() that the setting carries (is_setting): the products
 * of its terms in the three spaces (a town's name counts in the body, the
 * headline and the entities: "lindholt" and "^lindholt" are one word),
 * weighted as in score(). Needs the doc scattered into dense[].
 */
static double
setting_share(const struct px_clusterer *c, const struct px_cluster_doc *d,
	      const struct story *t, int story_places)
{
	double w[PX__NSPACE], wsum = 0, share = 0;
	size_t soff = 0, j = 0;
	int sp = 0;

	w[PX__BODY] = c->o.w_body;
	w[PX__TITLE] = c->o.w_title;
	w[PX__ENT] = c->o.w_entity;
	for (sp = 0; sp < PX__NSPACE; sp++)
		if (d->n[sp] > 0 && t->n[sp] > 0)
			wsum += w[sp];
	if (wsum <= 0)
		return 0;
	for (sp = 0; sp < PX__NSPACE; sp++) {
		const struct px__cterm *b = t->v + soff;
		soff += t->n[sp];
		if (d->n[sp] == 0 || t->norm[sp] <= 0)
			continue;
		for (j = 0; j < t->n[sp]; j++) {
			float a = c->weight[sp][c->dense[sp][b[j].id]];
			if (a != 0 && is_setting(d, t, c->v.word[b[j].id], story_places))
				share += w[sp] / wsum * a * b[j].w / t->norm[sp];
		}
	}
	return share;
}

/* Fill the explanation: terms shared with story t, heaviest first. */
static void
explain(struct px_clusterer *c, const struct px_cluster_doc *d,
	const size_t off[PX__NSPACE], const struct story *t,
	struct px_cluster_result *res)
{
	struct px__cterm sh[ART_K_BODY + ART_K_TITLE + ART_K_ENT];
	size_t n = 0, ne = 0, soff = 0, i = 0, j = 0, k = 0;
	int sp = 0;

	for (sp = 0; sp < PX__NSPACE; sp++) {
		const struct px__cterm *a = d->t + off[sp], *b = t->v + soff;
		size_t na = d->n[sp], nb = t->n[sp];
		for (i = 0, j = 0; i < na && j < nb;) {
			if (a[i].id < b[j].id) {
				i++;
			} else if (a[i].id > b[j].id) {
				j++;
			} else {
				float w = a[i].w * b[j].w / (t->norm[sp] > 0 ? t->norm[sp] : 1);
				int merged = 0;
				for (k = 0; k < n && !merged; k++) {
					if (sh[k].id == a[i].id) {
						sh[k].w += w;
						merged = 1;
					}
				}
				if (!merged) {
					sh[n].id = a[i].id;
					sh[n++].w = w;
				}
				i++;
				j++;
			}
		}
		soff += nb;
	}
	qsort(sh, n, sizeof(*sh), cmp_w_desc);
	for (i = 0; i < n; i++) {
		const char *key = px_map_key(c->v.map, sh[i].id, NULL);
		if (key[0] == '^' || key[0] == '#') {
			if (ne < PX_CLUSTER_EXPLAIN_MAX)
				res->entities[ne++] = key[0] == '^' ? key + 1 : key;
		} else if (res->n_terms < PX_CLUSTER_EXPLAIN_MAX) {
			res->terms[res->n_terms++] = key;
		}
	}
	res->n_entities = ne;
}

px_status
px_clusterer_add_doc(struct px_clusterer *c, struct px_cluster_doc *d,
		     struct px_cluster_result *res)
{
	size_t off[PX__NSPACE];
	size_t nc = 0, i = 0, j = 0;
	float cut = -1;
	uint32_t stamp = (uint32_t)c->n_articles + 1, best = 0xFFFFFFFFu;
	double best_s = -1, part[PX__NSPACE] = {0, 0, 0};
	struct story *t = NULL;
	px_status st = PX_OK;
	int sp = 0;

	memset(res, 0, sizeof(*res));
	{
		/* Scratch for selections: the doc's terms, a merged story, the
		 * candidates; reserved first so later steps cannot fail on it. */
		size_t need = (size_t)d->n[0] + d->n[1] + d->n[2] + 2 * STORY_K_BODY + MAX_CAND * 8;
		size_t vocab = px_map_count(c->v.map);
		if ((st = px_grow((void **)&c->scratch, &c->cap_scratch, need, sizeof(float))))
			goto cleanup;
		if (vocab > c->cap_dense) {
			size_t ncap = vocab + vocab / 2 + 1024, k = 0;
			for (k = 0; k < PX__NSPACE; k++) {
				uint8_t *nd = px_realloc(c->dense[k], ncap);
				if (nd == NULL) {
					st = PX_ENOMEM;
					goto cleanup;
				}
				memset(nd + c->cap_dense, 0, ncap - c->cap_dense);
				c->dense[k] = nd;
			}
			c->cap_dense = ncap;
		}
	}
	if (c->n_st == c->cap_st) {
		size_t cap = c->cap_st;
		if ((st = px_grow((void **)&c->st, &cap, c->n_st + 1, sizeof(*c->st))))
			goto cleanup;
		c->cap_st = cap;
	}
	if (c->n_st == c->cap_hot &&
	    (st = px_grow((void **)&c->hot, &c->cap_hot, c->n_st + 1, sizeof(*c->hot))))
		goto cleanup;
	if (d->time != INT64_MIN && (c->clock == INT64_MIN || d->time > c->clock))
		c->clock = d->time;
	age(c);
	count_df(c, d);
	c->n_articles++;
	weigh(c, d, off);

	/* Candidates: stories indexed under the doc's heaviest terms. */
	for (sp = 0; sp < PX__NSPACE; sp++) {
		struct px__cterm tmp[ART_K_BODY];
		size_t n = d->n[sp];
		memcpy(tmp, d->t + off[sp], n * sizeof(*tmp));
		n = top_k(tmp, n, probe_k[sp], c->scratch);
		for (i = 0; i < n; i++) {
			const struct posting *p = tmp[i].id < c->cap_post ? &c->post[tmp[i].id] : NULL;
			size_t scanned = 0;
			for (j = p ? p->n : 0; j > 0 && scanned < POSTING_SCAN; j--, scanned++) {
				uint32_t s = p->s[j - 1];
				struct story_hot *u = &c->hot[s];
				if (!u->active || too_old(c, u, d->time))
					continue;
				if (u->stamp != stamp) {
					u->stamp = stamp;
					u->acc = 0;
					if (nc < MAX_CAND * 8)
						c->cand[nc++] = s;
				}
				u->acc += tmp[i].w;
			}
		}
	}
	/* Score the most promising candidates exactly. */
	scatter(c, d, off, 0);
	if (nc > MAX_CAND) {
		for (i = 0; i < nc; i++)
			c->scratch[i] = c->hot[c->cand[i]].acc;
		cut = kth_largest(c->scratch, nc, MAX_CAND);
	}
	for (i = 0; i < nc; i++) {
		double s = 0, gap = 0, pt[PX__NSPACE];
		if (c->hot[c->cand[i]].acc < cut)
			continue;
		s = score(c, d, off, c->cand[i], pt, &gap);
		/* A setting alone does not make one event: without the terms
		 * of its places ("in Lindholt", a dateline; the story's too
		 * within a day) and days the score must still reach
		 * PLACE_MIN. */
		if (s >= c->o.threshold &&
		    s - setting_share(c, d, &c->st[c->cand[i]], gap < 1.0) < PLACE_MIN)
			continue;
		if (s > best_s || (s == best_s && c->cand[i] < best)) {
			best_s = s;
			best = c->cand[i];
			memcpy(part, pt, sizeof(part));
		}
	}
	scatter(c, d, off, 1);
	res->index = c->n_articles - 1;
	if (best != 0xFFFFFFFFu && best_s >= c->o.threshold) {
		t = &c->st[best];
		if (c->o.explain)
			explain(c, d, off, t, res);
		res->story = best;
		res->similarity = best_s;
		res->cos_body = part[PX__BODY];
		res->cos_title = part[PX__TITLE];
		res->cos_entity = part[PX__ENT];
	} else {
		best = (uint32_t)c->n_st++;
		t = &c->st[best];
		memset(t, 0, sizeof(*t));
		memset(&c->hot[best], 0, sizeof(c->hot[best]));
		t->first = c->hot[best].last = INT64_MIN;
		c->hot[best].active = 1;
		c->active++;
		res->story = best;
		res->similarity = 1.0;
		res->is_new = 1;
	}
	if ((st = story_merge(c, t, d, off)))
		goto cleanup;
	story_places(t, d);
	t->size++;
	t->seq++;
	if (d->time != INT64_MIN) {
		if (t->first == INT64_MIN || d->time < t->first)
			t->first = d->time;
		if (c->hot[best].last == INT64_MIN || d->time > c->hot[best].last)
			c->hot[best].last = d->time;
	}
	if ((st = index_story(c, best)) || (st = fifo_push(c, best, t->seq)))
		goto cleanup;
cleanup:
	px_cluster_doc_free(d);
	return st;
}

px_status
px_clusterer_add_parsed(struct px_clusterer *c, const struct px_article *a,
			const struct px_doc *title, const struct px_doc *text,
			struct px_cluster_result *res)
{
	struct px_cluster_doc *d = NULL;
	px_status st = px__features(&c->tk, &c->v, a, title, text, &d);

	if (st) {
		memset(res, 0, sizeof(*res));
		return st;
	}
	return px_clusterer_add_doc(c, d, res);
}

px_status
px_clusterer_add(struct px_clusterer *c, const struct px_article *a,
		 struct px_cluster_result *res)
{
	struct px_cluster_doc *d = NULL;
	px_status st = px_clusterer_prepare(c, a, &d);

	if (st) {
		memset(res, 0, sizeof(*res));
		return st;
	}
	return px_clusterer_add_doc(c, d, res);
}
