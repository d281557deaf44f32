/*
 * Unique claims and the multi-document summary.
 *
 * Unique: a body sentence of one source that carries a check-worthy claim
 * (a figure, a quote with a speaker, a named actor with an attribution)
 * and that no sentence of another source resembles, nor any fact shared
 * with another source. Ranked by check-worthiness.
 *
 * Summary: LexRank (Erkan and Radev, 2004) over the story's body
 * sentences: a graph whose edges join sentences with cosine similarity of
 * at least 0.1, ranked by PageRank, each score weighted by the number of
 * independent sources that state the sentence (a sentence of another
 * source at cosine >= 0.3). Sentences are picked best first, skipping any
 * too close to one already picked (maximal marginal relevance), then put
 * in source and position order. Each cites its supporting articles.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare_internal.h"

#define SUPPORT_MIN 0.30
#define UNIQUE_MAX_SIM 0.35
#define LEXRANK_EDGE 0.10
#define LEAD_SENTENCES CMP_LEAD_SENTENCES /* per article, for the summary graph */
#define GRAPH_MAX 360      /* sentences in the graph: O(n^2) similarities */

/*
 * Sentence similarities go through an inverted index of the story's
 * sentence vectors: only sentences that share a term with the query get a
 * dot product, accumulated term by term in ascending term id, the order
 * px__cmp_cosine() sums in, so every value is bit for bit the same as the
 * pairwise cosine.
 */
static px_status
index_build(struct cmp_ctx *x)
{
	size_t i = 0, k = 0, total = 0, terms = 0;
	uint32_t *cur = NULL;

	for (i = 0; i < x->n_sents; i++) {
		const struct cmp_vec *v = &x->sents[i].v;
		total += v->n;
		if (v->n && v->t[v->n - 1].id + 1 > terms)
			terms = v->t[v->n - 1].id + 1;
	}
	x->ix_terms = terms;
	x->ix_off = px_calloc(terms + 1, sizeof(*x->ix_off));
	cur = px_alloc((terms ? terms : 1) * sizeof(*cur));
	x->ix = px_alloc((total ? total : 1) * sizeof(*x->ix));
	x->acc = px_calloc(x->n_sents ? x->n_sents : 1, sizeof(*x->acc));
	x->touched = px_alloc((x->n_sents + 1) * sizeof(*x->touched));
	if (x->ix_off == NULL || cur == NULL || x->ix == NULL || x->acc == NULL ||
	    x->touched == NULL) {
		px_free(cur);
		px__cmp_sims_release(x);
		return PX_ENOMEM;
	}
	for (i = 0; i < x->n_sents; i++)
		for (k = 0; k < x->sents[i].v.n; k++)
			x->ix_off[x->sents[i].v.t[k].id + 1]++;
	for (i = 0; i < terms; i++) {
		x->ix_off[i + 1] += x->ix_off[i];
		cur[i] = x->ix_off[i];
	}
	for (i = 0; i < x->n_sents; i++)
		for (k = 0; k < x->sents[i].v.n; k++) {
			const struct cmp_term *t = &x->sents[i].v.t[k];
			x->ix[cur[t->id]].sent = (uint32_t)i;
			x->ix[cur[t->id]++].w = t->w;
		}
	px_free(cur);
	x->n_touched = 0;
	return PX_OK;
}

px_status
px__cmp_sims(struct cmp_ctx *x, const struct cmp_vec *q)
{
	size_t i = 0, nt = 0;
	double *acc = NULL;
	uint32_t *touched = NULL;

	if (x->ix_off == NULL) {
		px_status st = index_build(x);
		if (st)
			return st;
	}
	acc = x->acc;
	touched = x->touched;
	for (i = 0; i < x->n_touched; i++)
		acc[touched[i]] = 0;
	for (i = 0; i < q->n; i++) {
		uint32_t id = q->t[i].id;
		double w = q->t[i].w;
		const struct cmp_posting *ps = NULL, *pe = NULL;
		if (id >= x->ix_terms)
			continue;
		ps = x->ix + x->ix_off[id];
		pe = x->ix + x->ix_off[id + 1];
		for (; ps < pe; ps++) {
			uint32_t j = ps->sent;
			double a = acc[j];
			/* Every weight is positive: a zero sum is an untouched
			 * one. The sentence is written at the end of the list
			 * always and kept only then, which spares a branch
			 * the data decide (touched has room for one more). */
			touched[nt] = j;
			nt += a == 0 && nt < x->n_sents;
			acc[j] = a + w * ps->w;
		}
	}
	x->n_touched = nt;
	return PX_OK;
}

/* Sentence ids (into x->sents) that take part in the summary graph. */
static size_t
graph_nodes(struct cmp_ctx *x, size_t *ids)
{
	size_t n = 0, i = 0;

	for (i = 0; i < x->n_sents; i++) {
		const struct cmp_sent *s = &x->sents[i];
		if (s->field != PX_FIELD_TEXT || s->idx >= LEAD_SENTENCES || s->v.n < 4)
			continue;
		/* Questions, one-liners and very long sentences read badly alone. */
		if (s->end - s->start < 40 || s->end - s->start > 400)
			continue;
		ids[n++] = i;
		if (n == GRAPH_MAX)
			break;
	}
	return n;
}

static void
graph_release(struct cmp_ctx *x)
{
	px_free(x->other_best);
	px_free(x->graph_ids);
	px_free(x->graph_node);
	px_free(x->graph_sim);
	px_free(x->graph_done);
	x->other_best = NULL;
	x->graph_ids = NULL;
	x->graph_node = NULL;
	x->graph_sim = NULL;
	x->graph_done = NULL;
	x->graph_n = 0;
}

/* The summary graph's nodes, its matrix with no row known yet, and no
 * sentence's best similarity known yet; on failure, none of them. */
static px_status
graph_prepare(struct cmp_ctx *x)
{
	size_t i = 0, ns = x->n_sents ? x->n_sents : 1, n = 0;

	x->graph_ids = px_alloc(ns * sizeof(*x->graph_ids));
	x->graph_node = px_alloc(ns * sizeof(*x->graph_node));
	x->other_best = px_alloc(ns * sizeof(*x->other_best));
	if (x->graph_ids == NULL || x->graph_node == NULL || x->other_best == NULL) {
		graph_release(x);
		return PX_ENOMEM;
	}
	x->graph_n = graph_nodes(x, x->graph_ids);
	n = x->graph_n ? x->graph_n : 1;
	x->graph_sim = px_calloc(n * n, sizeof(*x->graph_sim));
	x->graph_done = px_calloc(n, 1);
	if (x->graph_sim == NULL || x->graph_done == NULL) {
		graph_release(x);
		return PX_ENOMEM;
	}
	for (i = 0; i < x->n_sents; i++) {
		x->graph_node[i] = UINT32_MAX;
		x->other_best[i] = -1;
	}
	for (i = 0; i < x->graph_n; i++)
		x->graph_node[x->graph_ids[i]] = (uint32_t)i;
	return PX_OK;
}

px_status
px__cmp_sims_of(struct cmp_ctx *x, size_t i)
{
	const struct cmp_sent *s = &x->sents[i];
	double best = 0;
	uint32_t node = 0;
	size_t k = 0;
	px_status st = px__cmp_sims(x, &s->v);

	if (st == PX_OK && x->other_best == NULL)
		st = graph_prepare(x);
	if (st)
		return st;
	/* As unique claims compare: the greatest, whatever the order. */
	for (k = 0; k < x->n_touched; k++) {
		uint32_t t = x->touched[k];
		if (x->acc[t] > best && x->sents[t].art != s->art)
			best = x->acc[t];
	}
	x->other_best[i] = best;
	node = x->graph_node[i];
	if (node != UINT32_MAX && !x->graph_done[node]) {
		/* Untouched nodes and the diagonal stay 0, as calloc left them. */
		double *row = x->graph_sim + (size_t)node * x->graph_n;
		for (k = 0; k < x->n_touched; k++) {
			uint32_t t = x->touched[k], g = x->graph_node[t];
			if (g != UINT32_MAX && g != node)
				row[g] = x->acc[t];
		}
		x->graph_done[node] = 1;
	}
	return PX_OK;
}

/*
 * px__cmp_sims_of() for every sentence i with ask[i], in ascending order,
 * with each pair of asking sentences summed once: similarities are
 * symmetric bit for bit (each product is exact in a double, and both
 * directions sum the shared terms in ascending term id), so the query of
 * sentence i reads the postings of asking sentences after i only, and
 * fills in, for those, what their own queries would have found of i. A
 * term's postings are split into the asking sentences' (a cursor per term
 * steps past those up to i, once over the whole run) and the others'.
 *
 * For each pair (i, t) with a similarity of at least min, t != i, found
 * by the query of i (t after i, or t not asking), pair() is called with
 * the similarity and the pair's first shared term id: a query touches t
 * at that term, and its touch order (first term, then sentence) is what
 * px__cmp_sims() lists x->touched in, for callers that break ties by it.
 * On return every asking sentence's best similarity with another article
 * and its graph row (for a node) are known as px__cmp_sims_of() keeps
 * them; x->acc and x->touched hold the last query's (t after it only).
 */
px_status
px__cmp_sims_each(struct cmp_ctx *x, const unsigned char *ask, double min,
		  void (*pair)(void *ctx, size_t i, size_t t, double sim, uint32_t first),
		  void *ctx)
{
	size_t i = 0, k = 0, ns = x->n_sents, total = 0;
	uint32_t *mid = NULL, *cur = NULL;
	uint32_t *first = NULL; /* per entry of x->touched, the term that touched it */
	uint32_t *art = NULL;   /* per sentence, its article (read per touch) */
	struct cmp_posting *sp = NULL;
	px_status st = PX_OK;

	if (x->ix_off == NULL && (st = index_build(x)) != PX_OK)
		return st;
	if (x->other_best == NULL && (st = graph_prepare(x)) != PX_OK)
		return st;
	total = x->ix_off[x->ix_terms];
	mid = px_alloc((x->ix_terms ? x->ix_terms : 1) * sizeof(*mid));
	cur = px_alloc((x->ix_terms ? x->ix_terms : 1) * sizeof(*cur));
	first = px_alloc((ns + 1) * sizeof(*first));
	sp = px_alloc((total ? total : 1) * sizeof(*sp));
	art = px_alloc((ns ? ns : 1) * sizeof(*art));
	if (mid == NULL || cur == NULL || first == NULL || sp == NULL || art == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	/* Per term: the asking sentences' postings, then the others', each
	   in sentence order. */
	for (k = 0; k < x->ix_terms; k++) {
		size_t o = x->ix_off[k], e = x->ix_off[k + 1], n = o, p = 0;
		for (p = o; p < e; p++)
			if (ask[x->ix[p].sent])
				sp[n++] = x->ix[p];
		mid[k] = (uint32_t)n;
		cur[k] = (uint32_t)o;
		for (p = o; p < e; p++)
			if (!ask[x->ix[p].sent])
				sp[n++] = x->ix[p];
	}
	for (i = 0; i < ns; i++) {
		art[i] = (uint32_t)x->sents[i].art;
		if (ask[i])
			x->other_best[i] = 0;
	}
	for (i = 0; i < ns; i++) {
		const struct cmp_sent *s = &x->sents[i];
		const struct cmp_vec *q = &s->v;
		double *acc = x->acc, best = 0;
		uint32_t *touched = x->touched, node = 0;
		size_t nt = 0, j = 0;
		if (!ask[i])
			continue;
		for (j = 0; j < x->n_touched; j++)
			acc[touched[j]] = 0;
		for (j = 0; j < q->n; j++) {
			uint32_t id = q->t[j].id;
			double w = q->t[j].w;
			const struct cmp_posting *ps = NULL, *pe = NULL;
			if (id >= x->ix_terms)
				continue;
			while (cur[id] < mid[id] && sp[cur[id]].sent <= i)
				cur[id]++;
			ps = sp + cur[id];
			pe = sp + x->ix_off[id + 1];
			for (; ps < pe; ps++) {
				uint32_t t = ps->sent;
				double a = acc[t];
				/* as px__cmp_sims() */
				touched[nt] = t;
				first[nt] = id;
				nt += a == 0 && nt < ns;
				acc[t] = a + w * ps->w;
			}
		}
		x->n_touched = nt;
		best = x->other_best[i];
		node = x->graph_node[i];
		for (j = 0; j < nt; j++) {
			uint32_t t = touched[j], g = x->graph_node[t];
			double v = acc[t];
			if (art[t] != art[i]) {
				if (v > best)
					best = v;
				if (ask[t] && v > x->other_best[t])
					x->other_best[t] = v;
			}
			if (node != UINT32_MAX && g != UINT32_MAX && g != node) {
				if (!x->graph_done[node])
					x->graph_sim[(size_t)node * x->graph_n + g] = v;
				if (ask[t] && !x->graph_done[g])
					x->graph_sim[(size_t)g * x->graph_n + node] = v;
			}
			if (v >= min && t != i)
				pair(ctx, i, t, v, first[j]);
		}
		x->other_best[i] = best;
		if (node != UINT32_MAX)
			x->graph_done[node] = 1;
	}
cleanup:
	px_free(mid);
	px_free(cur);
	px_free(first);
	px_free(sp);
	px_free(art);
	return st;
}

void
px__cmp_sims_release(struct cmp_ctx *x)
{
	graph_release(x);
	px_free(x->ix_off);
	px_free(x->ix);
	px_free(x->acc);
	px_free(x->touched);
	x->ix_off = NULL;
	x->ix = NULL;
	x->acc = NULL;
	x->touched = NULL;
	x->ix_terms = 0;
	x->n_touched = 0;
}

/*
 * The claims of each sentence: claim indices of sentence i (into its
 * article's claims, ascending) are idx[off[i] .. off[i + 1]).
 */
struct sent_claims {
	size_t *off;
	size_t *idx;
};

static px_status
sent_claims_make(struct cmp_ctx *x, struct sent_claims *sc)
{
	size_t a = 0, i = 0, total = 0;
	size_t *at = NULL, *cur = NULL;
	px_status st = PX_OK;

	for (a = 0; a < x->n; a++)
		total += x->in[a].claims ? x->in[a].claims->n : 0;
	sc->off = px_calloc(x->n_sents + 1, sizeof(*sc->off));
	sc->idx = px_alloc((total ? total : 1) * sizeof(*sc->idx));
	at = px_alloc((total ? total : 1) * sizeof(*at));
	cur = px_alloc((x->n_sents ? x->n_sents : 1) * sizeof(*cur));
	if (sc->off == NULL || sc->idx == NULL || at == NULL || cur == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	/* at[k]: the sentence of the k-th claim of the story, or n_sents. */
	total = 0;
	for (a = 0; a < x->n; a++) {
		const struct px_claims *cl = x->in[a].claims;
		for (i = 0; cl && i < cl->n; i++) {
			const struct cmp_sent *s =
				px__cmp_sent_at(x, a, cl->items[i].field, cl->items[i].sentence);
			at[total] = s ? (size_t)(s - x->sents) : x->n_sents;
			if (s)
				sc->off[at[total] + 1]++;
			total++;
		}
	}
	for (i = 0; i < x->n_sents; i++) {
		sc->off[i + 1] += sc->off[i];
		cur[i] = sc->off[i];
	}
	total = 0;
	for (a = 0; a < x->n; a++) {
		const struct px_claims *cl = x->in[a].claims;
		for (i = 0; cl && i < cl->n; i++, total++)
			if (at[total] < x->n_sents)
				sc->idx[cur[at[total]]++] = i;
	}
cleanup:
	px_free(at);
	px_free(cur);
	return st;
}

static double
checkworthiness(struct cmp_ctx *x, const struct sent_claims *sc,
		const struct cmp_sent *s, const char **about)
{
	const struct px_claims *cl = x->in[s->art].claims;
	double score = 0;
	size_t k = 0, si = (size_t)(s - x->sents);
	int nq = 0, quotes = 0, named = 0, dates = 0;

	*about = NULL;
	for (k = sc->off[si]; cl && k < sc->off[si + 1]; k++) {
		const struct px_claim *c = &cl->items[sc->idx[k]];
		if (c->field != s->field || c->sentence != s->idx)
			continue;
		switch (c->kind) {
		case PX_CLAIM_QUANTITY:
			if (!(c->u.quantity.flags & PX_QTY_VAGUE)) {
				nq++;
				if (*about == NULL)
					*about = c->u.quantity.counts ? c->u.quantity.counts : "figure";
			}
			break;
		case PX_CLAIM_QUOTE:
			if (c->u.quote.speaker) {
				quotes++;
				if (*about == NULL)
					*about = c->u.quote.speaker;
			}
			break;
		case PX_CLAIM_ENTITY:
			if (c->u.entity.type && strcmp(c->u.entity.type, "other") != 0) {
				named++;
				if (*about == NULL)
					*about = c->u.entity.canonical ? c->u.entity.canonical : c->u.entity.name;
			}
			break;
		case PX_CLAIM_DATE:
			/* "the largest wildfire since 2018", "opened in 2016" */
			if (c->u.date.granularity && strcmp(c->u.date.granularity, "time") != 0) {
				dates++;
				if (*about == NULL)
					*about = "date";
			}
			break;
		case PX_CLAIM_REPORTED:
			break;
		}
	}
	score = 2.0 * (nq > 3 ? 3 : nq) + 1.5 * (quotes > 1 ? 1 : quotes) +
		0.5 * (named > 4 ? 4 : named) + 1.0 * (dates > 1 ? 1 : dates);
	if (s->cues & (1u << CUE_ATTRIB))
		score += 1.0;
	/* A superlative or a record is a claim someone can check ("the
	 * largest wildfire in Velmoria since 2018"). */
	if (s->cues & (1u << CUE_RECORD)) {
		const struct px_sentence *se = &s->doc->sents[s->idx];
		size_t t = se->tok_start;
		score += 1.0;
		while (*about == NULL && t < se->tok_end && !px__cmp_cue_len(x, CUE_RECORD, s->doc, t))
			t++;
		if (*about == NULL)
			*about = t < se->tok_end ? s->doc->toks[t].fold : "record";
	}
	/* Earlier sentences carry the news; later ones background. */
	score += 0.5 / (1.0 + (double)s->idx);
	return score;
}

static int
unique_desc(const void *p, const void *q)
{
	const struct px_unique *a = p, *b = q;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	return a->evidence[0].sentence < b->evidence[0].sentence ? -1 : 1;
}

px_status
px__cmp_unique(struct cmp_ctx *x)
{
	struct px_comparison *o = x->out;
	struct sent_claims sc = {NULL, NULL};
	size_t i = 0;
	px_status st = PX_OK;

	if (x->n < 2)
		return PX_OK;
	st = sent_claims_make(x, &sc);
	for (i = 0; st == PX_OK && i < x->n_sents; i++) {
		const struct cmp_sent *s = &x->sents[i];
		const char *about = NULL;
		double score = 0, best = 0;
		struct px_unique *u = NULL;

		if (s->field != PX_FIELD_TEXT || x->sent_shared[i] || s->v.n < 3)
			continue;
		score = checkworthiness(x, &sc, s, &about);
		if (score < 1.5 || about == NULL)
			continue;
		/* Statements may have computed it already. */
		if ((x->other_best == NULL || x->other_best[i] < 0) &&
		    (st = px__cmp_sims_of(x, i)) != PX_OK)
			break;
		best = x->other_best[i];
		if (best >= UNIQUE_MAX_SIM)
			continue;
		if (px_grow((void **)&o->unique, &x->cap_unique, o->n_unique + 1, sizeof(*o->unique))) {
			st = PX_ENOMEM;
			break;
		}
		u = &o->unique[o->n_unique++];
		memset(u, 0, sizeof(*u));
		u->article = s->art;
		u->about = px__cmp_strdup(x, about, strlen(about));
		u->evidence = px_arena_alloc(&o->arena, sizeof(*u->evidence));
		if (u->evidence == NULL) {
			st = PX_ENOMEM;
			break;
		}
		px__cmp_evidence(x, s, u->evidence);
		u->n_evidence = 1;
		u->score = score;
		u->confidence = 0.6 + 0.4 * (1.0 - best / UNIQUE_MAX_SIM);
		u->why = px__cmp_why(x, 2, "no other independent source states it",
				     px__cmp_printf(x, "closest sentence elsewhere: similarity %.2f", best));
		u->n_why = 2;
	}
	px_free(sc.off);
	px_free(sc.idx);
	if (st)
		return st;
	if (o->n_unique > 1)
		qsort(o->unique, o->n_unique, sizeof(*o->unique), unique_desc);
	return x->st;
}

static int
conflict_cites(const struct px_conflict *cf, const struct cmp_sent *s)
{
	size_t p = 0, e = 0;

	for (p = 0; p < cf->n_positions; p++)
		for (e = 0; e < cf->positions[p].n_evidence; e++) {
			const struct px_evidence *ev = &cf->positions[p].evidence[e];
			if (ev->article == s->art && ev->field == s->field && ev->sentence == s->idx)
				return 1;
		}
	return 0;
}

struct pick {
	size_t id;   /* sentence (into x->sents) */
	size_t node; /* its node in the graph */
	double score;
};

static int
pick_order(const void *p, const void *q)
{
	const struct pick *a = p, *b = q;

	return a->id < b->id ? -1 : a->id > b->id;
}

px_status
px__cmp_summary(struct cmp_ctx *x)
{
	struct px_comparison *o = x->out;
	size_t *ids = NULL, n = 0, i = 0, j = 0, it = 0, np = 0;
	double *sim = NULL, *rank = NULL, *next = NULL, *deg = NULL, *weight = NULL;
	double *in_w = NULL;
	size_t *in_off = NULL, *in_from = NULL, n_edges = 0;
	struct pick picks[16];
	size_t want = x->c->opts.summary_max > 16 ? 16 : x->c->opts.summary_max;
	px_status st = PX_OK;

	if (want == 0 || x->n_sents == 0)
		return x->st;
	if (x->other_best == NULL && (st = graph_prepare(x)) != PX_OK)
		return st;
	ids = x->graph_ids;
	n = x->graph_n;
	sim = x->graph_sim;
	if (n == 0)
		goto cleanup;
	rank = px_calloc(n, sizeof(*rank));
	next = px_calloc(n, sizeof(*next));
	deg = px_calloc(n, sizeof(*deg));
	weight = px_calloc(n, sizeof(*weight));
	if (rank == NULL || next == NULL || deg == NULL || weight == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		/* Support: how many sources (this one included) state it. */
		unsigned char seen[256];
		size_t support = 1;
		memset(seen, 0, sizeof seen);
		/* Rows statements computed are kept; the others computed here. */
		if (!x->graph_done[i] && px__cmp_sims_of(x, ids[i])) {
			st = PX_ENOMEM;
			goto cleanup;
		}
		for (j = 0; j < n; j++) {
			double c = sim[i * n + j];
			if (c >= LEXRANK_EDGE)
				deg[i] += c;
			if (c >= SUPPORT_MIN && x->sents[ids[j]].art != x->sents[ids[i]].art &&
			    !seen[x->sents[ids[j]].art & 255]) {
				seen[x->sents[ids[j]].art & 255] = 1;
				support++;
			}
		}
		weight[i] = 1.0 + 0.5 * (double)(support - 1);
		rank[i] = 1.0 / (double)n;
	}
	/* The graph's in-edges of each node, in node order, with their
	 * transition weight: power iteration then costs the edges, not n^2. */
	in_off = px_calloc(n + 1, sizeof(*in_off));
	if (in_off == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	/* sim is symmetric bit for bit (the products of two weights are
	 * exact and every cosine sums its shared terms in ascending id), so
	 * the in-edges of i are read along row i. */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			if (sim[i * n + j] >= LEXRANK_EDGE && deg[j] > 0)
				n_edges++;
	in_from = px_alloc((n_edges ? n_edges : 1) * sizeof(*in_from));
	in_w = px_alloc((n_edges ? n_edges : 1) * sizeof(*in_w));
	if (in_from == NULL || in_w == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	n_edges = 0;
	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++)
			if (sim[i * n + j] >= LEXRANK_EDGE && deg[j] > 0) {
				in_from[n_edges] = j;
				in_w[n_edges++] = sim[i * n + j] / deg[j];
			}
		in_off[i + 1] = n_edges;
	}
	for (it = 0; it < 50; it++) {
		double delta = 0;
		for (i = 0; i < n; i++) {
			double s = 0;
			size_t e = 0;
			for (e = in_off[i]; e < in_off[i + 1]; e++)
				s += in_w[e] * rank[in_from[e]];
			next[i] = 0.15 / (double)n + 0.85 * s;
		}
		for (i = 0; i < n; i++) {
			delta += fabs(next[i] - rank[i]);
			rank[i] = next[i];
		}
		if (delta < 1e-6)
			break;
	}
	/* A lead sentence is a reporter's own summary: a small bonus. */
	for (i = 0; i < n; i++)
		rank[i] *= weight[i] * (x->sents[ids[i]].idx == 0 ? 1.2 : 1.0);
	while (np < want) {
		size_t best = n;
		for (i = 0; i < n; i++) {
			int skip = 0;
			if (rank[i] <= 0)
				continue;
			for (j = 0; j < np && !skip; j++)
				if (sim[i * n + picks[j].node] > 0.45)
					skip = 1;
			if (skip)
				continue;
			if (best == n || rank[i] > rank[best])
				best = i;
		}
		if (best == n)
			break;
		picks[np].id = ids[best];
		picks[np].node = best;
		picks[np].score = rank[best];
		np++;
		rank[best] = 0;
	}
	qsort(picks, np, sizeof(*picks), pick_order);
	o->summary = px_calloc(np ? np : 1, sizeof(*o->summary));
	if (o->summary == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	for (i = 0; i < np; i++) {
		const struct cmp_sent *s = &x->sents[picks[i].id];
		struct px_summary_sentence *ss = &o->summary[o->n_summary++];
		size_t k = 0, c = 0;
		ss->text = px__cmp_strdup(x, s->text + s->start, s->end - s->start);
		px__cmp_evidence(x, s, &ss->source);
		ss->support = px_arena_alloc(&o->arena, x->n * sizeof(size_t));
		ss->disputes = px_arena_alloc(&o->arena, (o->n_conflicts ? o->n_conflicts : 1) * sizeof(size_t));
		if (ss->support == NULL || ss->disputes == NULL) {
			st = PX_ENOMEM;
			goto cleanup;
		}
		ss->support[ss->n_support++] = s->art;
		if (px__cmp_sims(x, &s->v)) {
			st = PX_ENOMEM;
			goto cleanup;
		}
		for (k = 0; k < x->n; k++) {
			double best = 0;
			if (k == s->art)
				continue;
			for (j = x->first_sent[k]; j < x->first_sent[k + 1]; j++)
				if (x->acc[j] > best)
					best = x->acc[j];
			if (best >= SUPPORT_MIN)
				ss->support[ss->n_support++] = k;
		}
		for (c = 0; c < o->n_conflicts; c++)
			if (conflict_cites(&o->conflicts[c], s))
				ss->disputes[ss->n_disputes++] = c;
	}
cleanup:
	px_free(rank);
	px_free(next);
	px_free(deg);
	px_free(weight);
	px_free(in_off);
	px_free(in_from);
	px_free(in_w);
	return st ? st : x->st;
}
