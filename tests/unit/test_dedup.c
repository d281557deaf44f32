/*
 * Unit tests of src/lib/dedup: LSH parameters, exact and near copies
 * (new headline, trimmed last paragraph, editor's note), independent reports
 * that must stay apart, canonical member rules, transitive groups, the
 * processing order of px_articles_sort, bad options and allocation failure.
 * The articles are fictional.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#include "test_alloc.h"

static const char wire[] =
	"OSTERBY (Northline Wire) - Workers at the Osterby paper mill walked off the job on "
	"Monday after talks over a new contract broke down, halting production at the "
	"largest employer in the valley, union leaders said.\n\n"
	"About 640 members of the Mill and Forest Workers Local 12 voted on Sunday night to "
	"strike after the company offered a two percent raise over three years, said local "
	"president Ingrid Halvard.\n\n"
	"\"We have given this mill thirty years of our lives and they offer us crumbs,\" "
	"Halvard told a crowd outside the main gate as picket lines formed in light rain.\n\n"
	"Osterby Paper said in a statement that its offer was fair given falling demand for "
	"newsprint and that it hoped to return to the table within days.\n\n"
	"The last strike at the mill, in 1998, lasted eleven weeks and ended with a "
	"settlement brokered by the state labor board.";

/* The same wire story: trimmed last paragraph and an editor's note. */
static const char copy[] =
	"OSTERBY (Northline Wire) - Workers at the Osterby paper mill walked off the job on "
	"Monday after talks over a new contract broke down, halting production at the "
	"largest employer in the valley, union leaders said.\n\n"
	"About 640 members of the Mill and Forest Workers Local 12 voted on Sunday night to "
	"strike after the company offered a two percent raise over three years, said local "
	"president Ingrid Halvard.\n\n"
	"\"We have given this mill thirty years of our lives and they offer us crumbs,\" "
	"Halvard told a crowd outside the main gate as picket lines formed in light rain.\n\n"
	"Osterby Paper said in a statement that its offer was fair given falling demand for "
	"newsprint and that it hoped to return to the table within days.\n\n"
	"Editor's note: An earlier version of this story misstated the size of the union local.";

/* An independent report of the same strike. */
static const char other[] =
	"Picket signs went up at the gates of the Osterby paper mill on Monday morning as "
	"hundreds of workers began the valley's first strike in more than two decades.\n\n"
	"The union, Local 12, says the company's offer of a 2% raise spread over three years "
	"does not keep up with prices. Ingrid Halvard, who leads the local, said members had "
	"voted overwhelmingly to walk out.\n\n"
	"Managers at Osterby Paper did not answer calls on Monday. In a written statement the "
	"company blamed weak newsprint sales and said it wanted talks to resume soon.";

/* The wire story as a local paper ran it: the dateline and the last
 * paragraph cut, "on Monday" made "yesterday", a few words changed and a
 * credit line added. It is about two thirds inside the wire (0.66): a copy. */
static const char edited[] =
	"Workers at the Osterby paper mill walked off the job yesterday after talks over a new "
	"contract broke down, halting production at the valley's largest employer, union leaders "
	"said.\n\n"
	"About 640 members of the Mill and Forest Workers Local 12 voted on Sunday night to strike "
	"after the company offered a 2% raise over three years, said Ingrid Halvard, the local's "
	"president.\n\n"
	"\"We have given this mill thirty years of our lives and they offer us crumbs,\" Mrs Halvard "
	"told a crowd at the main gate as pickets formed in the rain.\n\n"
	"The company said its offer was fair given falling demand for newsprint and that it hoped "
	"to return to the table within days.\n\n"
	"- Northline Wire";

/* Two short money-market notices of one template on different days: the
 * shorter is about 70% inside the longer, yet they are two notices. */
static const char notice1[] =
	"The Bank of Estoria said it forecast a shortage of around 250 mln crowns in the money "
	"market today. Among the main factors affecting liquidity, bills maturing in official hands "
	"and the treasury bill take-up will drain some 310 mln crowns, while a rise in the note "
	"circulation will take out around 95 mln crowns. Partly offsetting these, exchequer "
	"transactions will add some 140 mln crowns and bankers' balances above target will add "
	"around 15 mln crowns.";
static const char notice2[] =
	"The Bank of Estoria said it forecast a shortage of around 400 mln crowns in the money "
	"market today. Among the main factors affecting liquidity, bills maturing in official hands "
	"and the treasury bill take-up will drain some 520 mln crowns, while a rise in the note "
	"circulation will drain around 60 mln crowns. Exchequer transactions will add some 70 mln "
	"crowns.";

static void
test_lsh_params(void **state)
{
	unsigned b = 0, r = 0;
	double p_low = 0, p_high = 0;

	(void)state;
	px_dedup_lsh_params(0.5, &b, &r);
	assert_true(b * r <= 128);
	assert_true(b >= 2 && r >= 2);
	/* The S-curve must separate 0.2 from 0.8 similarity sharply. */
	p_low = 1 - pow(1 - pow(0.2, r), b);
	p_high = 1 - pow(1 - pow(0.8, r), b);
	assert_true(p_low < 0.1);
	assert_true(p_high > 0.99);
}

static void
test_copies(void **state)
{
	struct px_dedup *d = NULL;
	struct px_dedup_match m;
	size_t first = 0, canon = 0, size = 0;

	(void)state;
	assert_int_equal(px_dedup_new(NULL, &d), PX_OK);
	assert_int_equal(px_dedup_add(d, "Osterby mill workers strike", 27, wire,
				      strlen(wire), 1700000000, &m), PX_OK);
	assert_int_equal(m.index, 0);
	assert_true(m.match == PX_DEDUP_NONE);
	/* Exact copy under a new headline. */
	assert_int_equal(px_dedup_add(d, "Paper mill strike begins", 24, wire,
				      strlen(wire), 1700003600, &m), PX_OK);
	assert_int_equal(m.match, 0);
	assert_true(m.exact);
	assert_true(m.similarity == 1.0);
	/* Near copy: trimmed last paragraph and an editor's note. */
	assert_int_equal(px_dedup_add(d, "Valley mill halts as union walks out", 36,
				      copy, strlen(copy), 1700007200, &m), PX_OK);
	assert_true(m.match == 0 || m.match == 1);
	assert_false(m.exact);
	assert_true(m.similarity >= 0.5);
	assert_true(m.similarity < 1.0);
	/* Independent report: not a copy. */
	assert_int_equal(px_dedup_add(d, "Pickets at Osterby", 18, other,
				      strlen(other), 1700010000, &m), PX_OK);
	assert_true(m.match == PX_DEDUP_NONE);
	assert_int_equal(px_dedup_count(d), 4);
	assert_int_equal(px_dedup_group(d, 2, &first, &canon, &size), PX_OK);
	assert_int_equal(first, 0);
	assert_int_equal(canon, 0); /* earliest */
	assert_int_equal(size, 3);
	assert_int_equal(px_dedup_group(d, 3, &first, &canon, &size), PX_OK);
	assert_int_equal(first, 3);
	assert_int_equal(size, 1);
	assert_int_equal(px_dedup_group(d, 4, &first, &canon, &size), PX_EINVAL);
	px_dedup_free(d);
}

/* A copy a local paper cut and edited is still a copy (containment 0.6 by
 * default); short templated notices need 0.8, and stay apart. */
static void
test_edited_copy(void **state)
{
	struct px_dedup *d = NULL;
	struct px_dedup_match m;

	(void)state;
	assert_int_equal(px_dedup_new(NULL, &d), PX_OK);
	assert_int_equal(px_dedup_add(d, "Osterby mill workers strike", 27, wire, strlen(wire), 1700000000, &m),
			 PX_OK);
	assert_int_equal(px_dedup_add(d, "Mill walkout halts valley's biggest employer", 44, edited, strlen(edited),
				      1700090000, &m),
			 PX_OK);
	assert_int_equal(m.match, 0);
	assert_false(m.exact);
	assert_int_equal(px_dedup_add(d, "Estoria money market shortage", 29, notice1, strlen(notice1), 1700100000,
				      &m),
			 PX_OK);
	assert_true(m.match == PX_DEDUP_NONE);
	assert_int_equal(px_dedup_add(d, "Estoria money market shortage", 29, notice2, strlen(notice2), 1700190000,
				      &m),
			 PX_OK);
	assert_true(m.match == PX_DEDUP_NONE);
	px_dedup_free(d);
}

static void
test_canonical_rules(void **state)
{
	struct px_dedup *d = NULL;
	struct px_dedup_match m;
	size_t canon = 0;
	double s = 0;

	(void)state;
	assert_int_equal(px_dedup_new(NULL, &d), PX_OK);
	/* Undated short copy first, then a dated longer one: dated wins. */
	px_dedup_add(d, NULL, 0, copy, strlen(copy), INT64_MIN, &m);
	px_dedup_add(d, NULL, 0, wire, strlen(wire), 1700000000, &m);
	assert_int_equal(m.match, 0);
	px_dedup_group(d, 0, NULL, &canon, NULL);
	assert_int_equal(canon, 1);
	/* Same date: the longer text wins. */
	px_dedup_free(d);
	assert_int_equal(px_dedup_new(NULL, &d), PX_OK);
	px_dedup_add(d, NULL, 0, copy, strlen(copy), 1700000000, &m);
	px_dedup_add(d, NULL, 0, wire, strlen(wire), 1700000000, &m);
	px_dedup_group(d, 1, NULL, &canon, NULL);
	assert_int_equal(canon, strlen(wire) > strlen(copy) ? 1 : 0);
	assert_int_equal(px_dedup_similarity(d, 0, 1, &s), PX_OK);
	assert_true(s >= 0.5 && s < 1);
	assert_int_equal(px_dedup_similarity(d, 0, 2, &s), PX_EINVAL);
	/* The trimmed copy is mostly contained in the original: its copy
	 * similarity is above its Jaccard. */
	{
		double j = 0, cs = 0;
		assert_int_equal(px_dedup_similarity(d, 0, 1, &j), PX_OK);
		assert_int_equal(px_dedup_copy_similarity(d, 0, 1, &cs), PX_OK);
		assert_true(cs > j);
		assert_true(cs >= 0.8 && cs <= 1.0);
		assert_int_equal(px_dedup_copy_similarity(d, 1, 1, &cs), PX_OK);
		assert_true(cs == 1.0);
		assert_int_equal(px_dedup_copy_similarity(d, 0, 5, &cs), PX_EINVAL);
	}
	px_dedup_free(d);
}

static void
test_short_texts(void **state)
{
	struct px_dedup *d = NULL;
	struct px_dedup_match m;

	(void)state;
	assert_int_equal(px_dedup_new(NULL, &d), PX_OK);
	/* Short bodies only match exactly (case and punctuation aside). */
	px_dedup_add(d, NULL, 0, "Markets closed higher.", 22, INT64_MIN, &m);
	px_dedup_add(d, NULL, 0, "markets closed HIGHER", 21, INT64_MIN, &m);
	assert_int_equal(m.match, 0);
	assert_true(m.exact);
	px_dedup_add(d, NULL, 0, "Markets closed lower.", 21, INT64_MIN, &m);
	assert_true(m.match == PX_DEDUP_NONE);
	/* No body at all: the headline stands in. */
	px_dedup_add(d, "Storm warning for the coast", 27, "", 0, INT64_MIN, &m);
	px_dedup_add(d, "Storm Warning For The Coast", 27, "", 0, INT64_MIN, &m);
	assert_int_equal(m.match, 3);
	/* Apostrophe styles hash alike. */
	px_dedup_add(d, NULL, 0, "We don't know yet, she said.", 28, INT64_MIN, &m);
	px_dedup_add(d, NULL, 0, "We don\xe2\x80\x99t know yet, she said.", 30, INT64_MIN, &m);
	assert_int_equal(m.match, 5);
	px_dedup_free(d);
}

/* A pseudo-random article of 60 words from a small vocabulary. */
static void
make_text(char *out, size_t cap, unsigned seed)
{
	static const char *const words[] = {
		"council", "harbor", "budget", "river", "school", "police", "market",
		"storm", "union", "court", "mayor", "bridge", "tax", "hospital", "port",
		"farm", "rail", "water", "energy", "vote", "fire", "road", "museum",
		"bank", "strike", "plant", "ferry", "clinic", "library", "airport"};
	size_t k = 0;
	int i = 0;

	out[0] = '\0';
	for (i = 0; i < 60; i++) {
		seed = seed * 1103515245u + 12345u;
		k += (size_t)snprintf(out + k, cap - k, "%s ", words[(seed >> 16) % 30]);
	}
}

static void
test_many_articles(void **state)
{
	struct px_dedup *d = NULL;
	struct px_dedup_match m;
	char text[1024];
	unsigned i = 0;

	(void)state;
	/* Enough articles to grow and rehash the band table several times:
	 * a copy of an early article must still be found. */
	assert_int_equal(px_dedup_new(NULL, &d), PX_OK);
	for (i = 0; i < 3000; i++) {
		make_text(text, sizeof text, i + 1);
		assert_int_equal(px_dedup_add(d, NULL, 0, text, strlen(text), INT64_MIN, &m), PX_OK);
		assert_true(m.match == PX_DEDUP_NONE);
	}
	make_text(text, sizeof text, 6);
	memcpy(text, "COUNCIL", 7); /* case differs: still exact */
	assert_int_equal(px_dedup_add(d, NULL, 0, text, strlen(text), INT64_MIN, &m), PX_OK);
	assert_int_equal(m.match, 5);
	make_text(text, sizeof text, 12);
	memcpy(text + strlen(text) - 20, "and the ferry strike", 20);
	assert_int_equal(px_dedup_add(d, NULL, 0, text, strlen(text), INT64_MIN, &m), PX_OK);
	assert_int_equal(m.match, 11);
	assert_false(m.exact);
	px_dedup_free(d);
}

static void
test_bad_options(void **state)
{
	struct px_dedup_opts o;
	struct px_dedup *d = NULL;

	(void)state;
	px_dedup_opts_init(&o);
	o.threshold = 1.5;
	assert_int_equal(px_dedup_new(&o, &d), PX_EINVAL);
	assert_null(d);
	px_dedup_opts_init(&o);
	o.shingle = 17;
	assert_int_equal(px_dedup_new(&o, &d), PX_EINVAL);
	px_dedup_opts_init(&o);
	o.bands = 64;
	o.rows = 4;
	assert_int_equal(px_dedup_new(&o, &d), PX_EINVAL);
	o.bands = 16;
	o.rows = 8;
	assert_int_equal(px_dedup_new(&o, &d), PX_OK);
	px_dedup_free(d);
	px_dedup_free(NULL);
}

static struct px_article *
art(const char *id, int64_t t)
{
	struct px_article *a = calloc(1, sizeof(*a));
	a->id = (char *)id;
	a->time = t;
	return a;
}

static void
test_sort_order(void **state)
{
	struct px_article *v[5];
	size_t i = 0;

	(void)state;
	v[0] = art("u1", INT64_MIN);
	v[1] = art("b", 200);
	v[2] = art("u0", INT64_MIN);
	v[3] = art("a", 200);
	v[4] = art("c", 100);
	assert_int_equal(px_articles_sort(v, 5), PX_OK);
	assert_string_equal(v[0]->id, "c");
	assert_string_equal(v[1]->id, "a");
	assert_string_equal(v[2]->id, "b");
	assert_string_equal(v[3]->id, "u1"); /* undated keep input order */
	assert_string_equal(v[4]->id, "u0");
	for (i = 0; i < 5; i++)
		free(v[i]);
}

static void
test_alloc_failure(void **state)
{
	struct px_allocator a = {failing_alloc, failing_realloc, plain_free, NULL};
	int ok = 0;

	(void)state;
	px_set_allocator(&a);
	for (fail_at = 1; fail_at < 200 && !ok; fail_at++) {
		struct px_dedup *d = NULL;
		struct px_dedup_match m;
		px_status st = PX_OK;
		int k = 0;
		alloc_count = 0;
		st = px_dedup_new(NULL, &d);
		for (k = 0; k < 300 && st == PX_OK; k++)
			st = px_dedup_add(d, NULL, 0, k % 2 ? wire : copy,
					  k % 2 ? strlen(wire) : strlen(copy), k, &m);
		assert_true(st == PX_OK || st == PX_ENOMEM);
		if (st == PX_OK && alloc_count < fail_at)
			ok = 1;
		px_dedup_free(d);
	}
	px_set_allocator(NULL);
	assert_true(ok);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lsh_params),
		cmocka_unit_test(test_copies),
		cmocka_unit_test(test_edited_copy),
		cmocka_unit_test(test_canonical_rules),
		cmocka_unit_test(test_short_texts),
		cmocka_unit_test(test_many_articles),
		cmocka_unit_test(test_bad_options),
		cmocka_unit_test(test_sort_order),
		cmocka_unit_test(test_alloc_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
