/*
 * Unit tests of the comparison's sentence similarities (src/lib/compare):
 * px__cmp_cosine against a plain merge of two sorted vectors, and
 * px__cmp_sims (the inverted index) against px__cmp_cosine, bit for bit;
 * the summary relies on the similarity of i and j being the same bits as
 * that of j and i, and unique claims and statements on the index giving
 * the pairwise cosine exactly; what px__cmp_sims_of keeps for them is
 * the same.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/lib/compare/compare_internal.h"

#define N_VECS 40
#define MAX_TERMS 24

static uint32_t seed = 12345u;

static uint32_t
rnd(void)
{
	seed = seed * 1103515245u + 12345u;
	return seed >> 8;
}

/* The merge as first written: a branch on which id is smaller. */
static double
cosine_ref(const struct cmp_vec *a, const struct cmp_vec *b)
{
	size_t i = 0, j = 0;
	double s = 0;

	while (i < a->n && j < b->n) {
		if (a->t[i].id == b->t[j].id)
			s += (double)a->t[i++].w * b->t[j++].w;
		else if (a->t[i].id < b->t[j].id)
			i++;
		else
			j++;
	}
	return s;
}

/* A random L2-normalised vector with ids ascending in [base, base + span). */
static void
make_vec(struct cmp_vec *v, struct cmp_term *t, uint32_t base, uint32_t span)
{
	size_t n = rnd() % (MAX_TERMS + 1), k = 0;
	uint32_t id = base;
	double norm = 0;

	for (k = 0; k < n && id < base + span; k++) {
		id += 1 + rnd() % 4;
		t[k].id = id;
		t[k].w = (float)(1.0 + (rnd() % 1000) / 100.0);
		norm += (double)t[k].w * t[k].w;
	}
	v->t = t;
	v->n = k;
	for (k = 0; k < v->n; k++)
		t[k].w = (float)(t[k].w / sqrt(norm));
}

static int
same_bits(double a, double b)
{
	return memcmp(&a, &b, sizeof a) == 0;
}

static struct cmp_term terms[N_VECS][MAX_TERMS];
static struct cmp_sent sents[N_VECS];

static void
make_story(void)
{
	size_t i = 0;

	memset(sents, 0, sizeof sents);
	for (i = 0; i < N_VECS; i++)
		/* Overlapping id ranges, some disjoint (i % 7 == 6), some empty. */
		make_vec(&sents[i].v, terms[i], i % 7 == 6 ? 200 : (uint32_t)(i % 3) * 10, 60);
}

static void
test_cosine_matches_merge(void **state)
{
	size_t i = 0, j = 0, shared = 0;

	(void)state;
	make_story();
	for (i = 0; i < N_VECS; i++)
		for (j = 0; j < N_VECS; j++) {
			double c = px__cmp_cosine(&sents[i].v, &sents[j].v);
			double r = cosine_ref(&sents[i].v, &sents[j].v);
			if (!same_bits(c, r))
				fail_msg("vectors %zu and %zu: %.17g, merge %.17g", i, j, c, r);
			if (!same_bits(c, px__cmp_cosine(&sents[j].v, &sents[i].v)))
				fail_msg("vectors %zu and %zu: not symmetric", i, j);
			shared += c > 0;
		}
	/* The story is not trivial: many pairs share terms, some do not. */
	assert_true(shared > N_VECS * 4);
	assert_true(shared < N_VECS * N_VECS);
	{
		struct cmp_vec empty = {NULL, 0};
		assert_true(px__cmp_cosine(&empty, &sents[0].v) == 0);
		assert_true(px__cmp_cosine(&sents[0].v, &empty) == 0);
	}
}

static void
test_sims_match_cosine(void **state)
{
	struct cmp_ctx x;
	size_t i = 0, j = 0, k = 0;

	(void)state;
	make_story();
	memset(&x, 0, sizeof x);
	x.sents = sents;
	x.n_sents = N_VECS;
	for (i = 0; i < N_VECS; i++) {
		assert_int_equal(px__cmp_sims(&x, &sents[i].v), PX_OK);
		for (j = 0; j < N_VECS; j++) {
			double want = px__cmp_cosine(&sents[i].v, &sents[j].v);
			int listed = 0;
			for (k = 0; k < x.n_touched; k++)
				listed |= x.touched[k] == j;
			if (want > 0 && !listed)
				fail_msg("query %zu: sentence %zu shares a term but is not listed", i, j);
			if (listed && !same_bits(x.acc[j], want))
				fail_msg("query %zu, sentence %zu: index %.17g, cosine %.17g", i, j,
					 x.acc[j], want);
		}
	}
	px__cmp_sims_release(&x);
}

/*
 * What px__cmp_sims_of() keeps for the later stages is what they computed
 * from a row of their own: each sentence's best cosine with another
 * article (unique claims) and the summary graph's matrix, bit for bit.
 */
static void
test_sims_of_keeps_rows(void **state)
{
	struct cmp_ctx x;
	size_t i = 0, j = 0, g = 0, h = 0;

	(void)state;
	make_story();
	for (i = 0; i < N_VECS; i++) {
		sents[i].art = i % 4;
		sents[i].field = PX_FIELD_TEXT;
		sents[i].idx = i / 4;
		sents[i].end = 100;
	}
	memset(&x, 0, sizeof x);
	x.sents = sents;
	x.n_sents = N_VECS;
	for (i = 0; i < N_VECS; i++)
		assert_int_equal(px__cmp_sims_of(&x, i), PX_OK);
	assert_true(x.graph_n > 4);
	for (i = 0; i < N_VECS; i++) {
		double best = 0;
		for (j = 0; j < N_VECS; j++) {
			double c = px__cmp_cosine(&sents[i].v, &sents[j].v);
			if (sents[j].art != sents[i].art && c > best)
				best = c;
		}
		if (!same_bits(x.other_best[i], best))
			fail_msg("sentence %zu: kept %.17g, best %.17g", i, x.other_best[i], best);
	}
	for (g = 0; g < x.graph_n; g++) {
		assert_true(x.graph_done[g]);
		for (h = 0; h < x.graph_n; h++) {
			double want = g == h ? 0 : px__cmp_cosine(&sents[x.graph_ids[g]].v,
								   &sents[x.graph_ids[h]].v);
			if (!same_bits(x.graph_sim[g * x.graph_n + h], want))
				fail_msg("graph nodes %zu and %zu: %.17g, cosine %.17g", g, h,
					 x.graph_sim[g * x.graph_n + h], want);
		}
	}
	px__cmp_sims_release(&x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cosine_matches_merge),
		cmocka_unit_test(test_sims_match_cosine),
		cmocka_unit_test(test_sims_of_keeps_rows),
	};
	return cmocka_run_group_tests_name("compare_vectors", tests, NULL, NULL);
}
