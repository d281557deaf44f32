/*
 * Unit tests of the NewsQuant runner's unit mapping
 * (tests/conformance/cqe_unit.h): English singulars of counted heads, the
 * counted phrase without function words and possessives, a share of a
 * group as "% X", prices glued to "p", and ages after "the age of". The
 * quantities come from the claims extractor on sentences of our own, so a
 * change on either side shows here.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#define PX_TEST_EXTRACT_SPLIT
#include "test_extractor.h"
#include "../conformance/cqe_unit.h"

static void
check_singular(const char *plural, const char *want)
{
	char w[64];

	snprintf(w, sizeof w, "%s", plural);
	cqe_singular(w);
	if (strcmp(w, want) != 0)
		fail_msg("singular of \"%s\": \"%s\", expected \"%s\"", plural, w, want);
}

static void
test_singular(void **state)
{
	(void)state;
	/* Latin -us nouns lose "es", not "s" */
	check_singular("viruses", "virus");
	check_singular("bonuses", "bonus");
	check_singular("campuses", "campus");
	check_singular("buses", "bus");
	/* an e that belongs to the singular stays */
	check_singular("houses", "house");
	check_singular("causes", "cause");
	check_singular("excuses", "excuse");
	check_singular("licenses", "license");
	check_singular("sedans", "sedan");
	/* sibilants */
	check_singular("branches", "branch");
	check_singular("dishes", "dish");
	check_singular("boxes", "box");
	check_singular("glasses", "glass");
	/* -ies, -oes, -men, irregulars */
	check_singular("categories", "category");
	check_singular("heroes", "hero");
	check_singular("tomatoes", "tomato");
	check_singular("shoes", "shoe");
	check_singular("canoes", "canoe");
	check_singular("firemen", "fireman");
	check_singular("women", "woman");
	check_singular("children", "child");
	check_singular("people", "people");
	check_singular("shelves", "shelf");
	check_singular("crises", "crisis");
	/* already singular */
	check_singular("virus", "virus");
	check_singular("glass", "glass");
	check_singular("analysis", "analysis");
}

/* The CQE unit of the quantity whose text is span. */
static void
check_cqe(const struct px_claims *c, const char *t, const char *span, const char *want)
{
	const struct px_quantity *q = qty(c, t, span);
	char out[160];

	/* offsets are into the whole text, so it is passed as the sentence */
	cqe_unit(q, t, out, sizeof out);
	if (strcmp(out, want) != 0)
		fail_msg("\"%s\": CQE unit \"%s\", expected \"%s\"", span, out, want);
}

static void
test_counted_units(void **state)
{
	const char *t = "Inspectors found two viruses in the hive samples.\n\n"
			"Two of Okafor's aides resigned on Friday.\n\n"
			"The firm paid 40 bonuses to its drivers.\n\n"
			"The bank closed 12 rural branches last year.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	check_cqe(c, t, "two", "virus");
	check_cqe(c, t, "Two", "okafor aide");
	check_cqe(c, t, "40", "bonus");
	check_cqe(c, t, "12", "rural branch");
	px_claims_free(c);
}

static void
test_conventions(void **state)
{
	const char *t = "Shares of Marrow Foods closed at 212p after the results.\n\n"
			"The fare rose by 50 pence on the island line.\n\n"
			"A quarter of those polled backed the plan.\n\n"
			"The league barred players above the age of 16.\n\n"
			"Vaccines went to pupils under the age of 12 years.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	/* a price glued to "p" is CQE's "point"; spelled out it is a penny */
	check_cqe(c, t, "212p", "point");
	check_cqe(c, t, "50 pence", "penny");
	/* a share of a group with nothing counted */
	check_cqe(c, t, "A quarter", "% -");
	/* the age word written is the unit */
	check_cqe(c, t, "16", "age");
	check_cqe(c, t, "12 years", "year of age");
	px_claims_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_singular),
		cmocka_unit_test(test_counted_units),
		cmocka_unit_test(test_conventions),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
