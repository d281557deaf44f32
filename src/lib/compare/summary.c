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
#define LEAD_SENTENCES 12 /* per article, for the summary graph */
#define GRAPH_MAX 360      /* sentences in the graph: O(n^2) similarities */

static double
checkworthiness(struct cmp_ctx *x, const struct cmp_sent *s, const char **about)
{
	const struct px_claims *cl = x->in[s->art].claims;
	double score = 0;
	size_t i = 0;
	int nq = 0, quotes = 0, named = 0;

	*about = NULL;
	for (i = 0; cl && i < cl->n; i++) {
		const struct px_claim *c = &cl->items[i];
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
			break;
		}
	}
	score = 2.0 * (nq > 3 ? 3 : nq) + 1.5 * (quotes > 1 ? 1 : quotes) +
		0.5 * (named > 4 ? 4 : named);
	if (s->cues & (1u << CUE_ATTRIB))
		score += 1.0;
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
	size_t i = 0, j = 0;

	if (x->n < 2)
		return PX_OK;
	for (i = 0; i < x->n_sents; i++) {
		const struct cmp_sent *s = &x->sents[i];
		const char *about = NULL;
		double score = 0, best = 0;
		struct px_unique *u = NULL;

		if (s->field != PX_FIELD_TEXT || x->sent_shared[i] || s->v.n < 3)
			continue;
		score = checkworthiness(x, s, &about);
		if (score < 1.5 || about == NULL)
			continue;
		for (j = 0; j < x->n_sents && best < UNIQUE_MAX_SIM; j++) {
			double c = 0;
			if (x->sents[j].art == s->art)
				continue;
			c = px__cmp_cosine(&s->v, &x->sents[j].v);
			if (c > best)
				best = c;
		}
		if (best >= UNIQUE_MAX_SIM)
			continue;
		if (px_grow((void **)&o->unique, &x->cap_unique, o->n_unique + 1, sizeof(*o->unique)))
			return PX_ENOMEM;
		u = &o->unique[o->n_unique++];
		memset(u, 0, sizeof(*u));
		u->article = s->art;
		u->about = px__cmp_strdup(x, about, strlen(about));
		u->evidence = px_arena_alloc(&o->arena, sizeof(*u->evidence));
		if (u->evidence == NULL)
			return PX_ENOMEM;
		px__cmp_evidence(x, s, u->evidence);
		u->n_evidence = 1;
		u->score = score;
		u->confidence = 0.6 + 0.4 * (1.0 - best / UNIQUE_MAX_SIM);
		u->why = px__cmp_why(x, 2, "no other independent source states it",
				     px__cmp_printf(x, "closest sentence elsewhere: similarity %.2f", best));
		u->n_why = 2;
	}
	if (o->n_unique > 1)
		qsort(o->unique, o->n_unique, sizeof(*o->unique), unique_desc);
	return x->st;
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
	size_t id;
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
	struct pick picks[16];
	size_t want = x->c->opts.summary_max > 16 ? 16 : x->c->opts.summary_max;
	px_status st = PX_OK;

	ids = px_alloc((x->n_sents ? x->n_sents : 1) * sizeof(*ids));
	if (ids == NULL)
		return PX_ENOMEM;
	n = graph_nodes(x, ids);
	if (n == 0 || want == 0)
		goto cleanup;
	sim = px_calloc(n * n, sizeof(*sim));
	rank = px_calloc(n, sizeof(*rank));
	next = px_calloc(n, sizeof(*next));
	deg = px_calloc(n, sizeof(*deg));
	weight = px_calloc(n, sizeof(*weight));
	if (sim == NULL || rank == NULL || next == NULL || deg == NULL || weight == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		/* Support: how many sources (this one included) state it. */
		unsigned char seen[256];
		size_t support = 1;
		memset(seen, 0, sizeof seen);
		for (j = 0; j < n; j++) {
			double c = i == j ? 0 : px__cmp_cosine(&x->sents[ids[i]].v, &x->sents[ids[j]].v);
			sim[i * n + j] = c;
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
	for (it = 0; it < 50; it++) {
		double delta = 0;
		for (i = 0; i < n; i++) {
			double s = 0;
			for (j = 0; j < n; j++)
				if (sim[j * n + i] >= LEXRANK_EDGE && deg[j] > 0)
					s += sim[j * n + i] / deg[j] * rank[j];
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
			for (j = 0; j < np && !skip; j++) {
				size_t pj = 0;
				for (pj = 0; pj < n && ids[pj] != picks[j].id; pj++)
					;
				if (pj < n && sim[i * n + pj] > 0.45)
					skip = 1;
			}
			if (skip)
				continue;
			if (best == n || rank[i] > rank[best])
				best = i;
		}
		if (best == n)
			break;
		picks[np].id = ids[best];
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
		for (k = 0; k < x->n; k++) {
			double best = 0;
			if (k == s->art)
				continue;
			for (j = x->first_sent[k]; j < x->first_sent[k + 1]; j++) {
				double cs = px__cmp_cosine(&s->v, &x->sents[j].v);
				if (cs > best)
					best = cs;
			}
			if (best >= SUPPORT_MIN)
				ss->support[ss->n_support++] = k;
		}
		for (c = 0; c < o->n_conflicts; c++)
			if (conflict_cites(&o->conflicts[c], s))
				ss->disputes[ss->n_disputes++] = c;
	}
cleanup:
	px_free(ids);
	px_free(sim);
	px_free(rank);
	px_free(next);
	px_free(deg);
	px_free(weight);
	return st ? st : x->st;
}
