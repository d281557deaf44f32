/*
 * Unit tests of src/lib/compare/provenance.c: origins of sentences from
 * attribution cues (outlet reports, relay verbs, documents, statements,
 * anonymous sources, wire credits), the priority of cue over dominant over
 * speaker, name keys, and allocation failure at every step.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#include "test_alloc.h"

/* Segment text (no tokens needed) and find its origins, without claims. */
static struct px_origins *
origins_of(const struct px_attributor *a, const char *text, const char *const *outlets,
	   size_t n_outlets, struct px_doc *doc)
{
	struct px_origins *o = NULL;

	assert_int_equal(px_doc_parse(doc, text, strlen(text), 0, NULL), PX_OK);
	assert_int_equal(px_origins_extract(a, NULL, doc, NULL, outlets, n_outlets, &o), PX_OK);
	assert_non_null(o);
	return o;
}

/* The origin of body sentence i as "kind:name", or "own". */
static const char *
describe(const struct px_origins *o, size_t i, char *buf, size_t cap)
{
	size_t g = px_origins_of_sentence(o, PX_FIELD_TEXT, i);

	if (g == PX_ORIGIN_NONE)
		snprintf(buf, cap, "own");
	else
		snprintf(buf, cap, "%s:%s", px_origin_kind_name(o->items[g].kind), o->items[g].name);
	return buf;
}

static void
test_cues(void **state)
{
	struct px_attributor *a = NULL;
	struct px_doc doc;
	struct px_origins *o = NULL;
	char buf[128];
	const char *text =
		"Farmers met in Brennick on Tuesday.\n\n"
		"Crews gathered at the dam at dawn.\n\n"
		"The cost was put at 400 million crowns, according to a Halden Courier report.\n\n"
		"The figure was first made public by Radio Skerry on Monday.\n\n"
		"Minister Varga told reporters the work was urgent.\n\n"
		"\"The spillway cannot hold,\" the letter reads.\n\n"
		"Two people familiar with the talks said the deal was close.\n\n"
		"Officials who spoke on condition of anonymity said so.\n\n"
		"The Norland Post reported that the dam was closed.\n\n"
		"Nordwire contributed to this report.\n\n"
		"Police reported two arrests.";

	(void)state;
	assert_int_equal(px_attributor_new(&a), PX_OK);
	o = origins_of(a, text, NULL, 0, &doc);
	assert_int_equal(doc.n_sents, 11);
	assert_int_equal(o->dominant, PX_ORIGIN_NONE);
	assert_string_equal(describe(o, 0, buf, sizeof buf), "own");
	assert_string_equal(describe(o, 1, buf, sizeof buf), "own");
	assert_string_equal(describe(o, 2, buf, sizeof buf), "outlet:Halden Courier");
	assert_string_equal(describe(o, 3, buf, sizeof buf), "outlet:Radio Skerry");
	/* "told reporters" names no outlet. */
	assert_string_equal(describe(o, 4, buf, sizeof buf), "own");
	assert_string_equal(describe(o, 5, buf, sizeof buf), "document:letter");
	assert_string_equal(describe(o, 6, buf, sizeof buf), "anonymous:anonymous sources");
	assert_string_equal(describe(o, 7, buf, sizeof buf), "anonymous:anonymous sources");
	assert_string_equal(describe(o, 8, buf, sizeof buf), "outlet:The Norland Post");
	assert_string_equal(describe(o, 9, buf, sizeof buf), "outlet:Nordwire");
	/* Police are not an outlet: "reported" needs an outlet before it. */
	assert_string_equal(describe(o, 10, buf, sizeof buf), "own");
	/* The evidence span covers the cue and its target. */
	{
		size_t g = px_origins_of_sentence(o, PX_FIELD_TEXT, 2);
		const struct px_origin *x = &o->items[g];
		assert_int_equal(x->sentence, 2);
		assert_true(x->start >= doc.sents[2].start && x->end <= doc.sents[2].end);
		assert_true(strncmp(text + x->start, "according to a Halden Courier report",
				    x->end - x->start) == 0);
		assert_int_equal(x->end - x->start, strlen("according to a Halden Courier report"));
		assert_string_equal(x->cue, "according to");
	}
	px_origins_free(o);
	px_doc_release(&doc);
	px_attributor_free(a);
}

static void
test_dominant_and_outlets(void **state)
{
	struct px_attributor *a = NULL;
	struct px_doc doc;
	struct px_origins *o = NULL;
	char buf[128];
	const char *const outlets[] = {"The Skerry Beacon"};
	const char *text =
		"The dam will cost 500 million crowns, first reported by the Skerry Beacon.\n\n"
		"The reservoir will be lowered by four metres.\n\n"
		"Engineers said the cracks were new, according to Ilse Varga.";

	(void)state;
	assert_int_equal(px_attributor_new(&a), PX_OK);
	o = origins_of(a, text, outlets, 1, &doc);
	assert_int_not_equal(o->dominant, PX_ORIGIN_NONE);
	assert_string_equal(o->items[o->dominant].name, "Skerry Beacon");
	/* A sentence without a cue of its own rests on the dominant origin. */
	assert_string_equal(describe(o, 1, buf, sizeof buf), "outlet:Skerry Beacon");
	/* Its own cue wins; an unknown name after "according to" is an
	   organisation without the claims stage's entity types. */
	assert_string_equal(describe(o, 2, buf, sizeof buf), "organisation:Ilse Varga");
	px_origins_free(o);
	px_doc_release(&doc);

	/* A known outlet without an outlet word still counts as one. */
	{
		const char *const known[] = {"Halcyon"};
		o = origins_of(a, "Halcyon reported a fire in the port.", known, 1, &doc);
		assert_string_equal(describe(o, 0, buf, sizeof buf), "outlet:Halcyon");
		px_origins_free(o);
		px_doc_release(&doc);
		o = origins_of(a, "Halcyon reported a fire in the port.", NULL, 0, &doc);
		assert_string_equal(describe(o, 0, buf, sizeof buf), "own");
		px_origins_free(o);
		px_doc_release(&doc);
	}
	/* A wire credit in the dateline. */
	o = origins_of(a, "PORT HALDEN (Nordwire) - Crews walked out.\n\nTalks resume.", NULL, 0, &doc);
	assert_int_not_equal(o->dominant, PX_ORIGIN_NONE);
	assert_string_equal(o->items[o->dominant].name, "Nordwire");
	assert_string_equal(describe(o, 1, buf, sizeof buf), "outlet:Nordwire");
	px_origins_free(o);
	px_doc_release(&doc);
	px_attributor_free(a);
}

static void
test_keys(void **state)
{
	char k[64];

	(void)state;
	assert_int_equal(px_origin_key("The Halden Courier", k, sizeof k), 14);
	assert_string_equal(k, "halden courier");
	px_origin_key("Halden Courier's", k, sizeof k);
	assert_string_equal(k, "halden courier");
	px_origin_key("Theodor Lund", k, sizeof k);
	assert_string_equal(k, "theodor lund");
	assert_int_equal(px_origin_key("Courier", k, 4), 3);
	assert_string_equal(k, "cou");
	assert_string_equal(px_origin_kind_name(PX_ORIGIN_DOCUMENT), "document");
	assert_string_equal(px_origin_kind_name(PX_ORIGIN_ANONYMOUS), "anonymous");
}

/* An allocator that fails the Nth allocation. */
static void
test_alloc_failure(void **state)
{
	const struct px_allocator fa = {failing_alloc, failing_realloc, plain_free, NULL};
	const char *text = "Costs rose, according to a Halden Courier report.\n\n"
			   "Two people familiar with it said so.";
	struct px_doc doc;
	long n;
	int ok = 0;

	(void)state;
	assert_int_equal(px_doc_parse(&doc, text, strlen(text), 0, NULL), PX_OK);
	for (n = 1; n < 200 && !ok; n++) {
		struct px_attributor *a = NULL;
		struct px_origins *o = NULL;
		px_status st;
		alloc_count = 0;
		fail_at = n;
		px_set_allocator(&fa);
		st = px_attributor_new(&a);
		if (st == PX_OK)
			st = px_origins_extract(a, NULL, &doc, NULL, NULL, 0, &o);
		px_set_allocator(NULL);
		if (st == PX_OK) {
			assert_non_null(o);
			ok = alloc_count < fail_at;
		} else {
			assert_int_equal(st, PX_ENOMEM);
			assert_null(o);
		}
		px_origins_free(o);
		px_attributor_free(a);
	}
	assert_true(ok);
	px_doc_release(&doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cues),
		cmocka_unit_test(test_dominant_and_outlets),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_alloc_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
