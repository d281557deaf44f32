/*
 * Unit tests of the claims stage's units and tenses: unit conventions of
 * quantities (mobile generations, sen, the ASCII yen sign, attributive
 * nouns, units as counted heads, names with figures before a counted noun,
 * a noun counted before the figure ("the number of people injured rose to
 * 47"), suspended hyphens ("7- or 9-inch"), elided units and nouns, ages
 * after "the age of", house numbers and bracketed labels that are no
 * quantities, durations told in two units), and the tense of a relative
 * date's clause (a bare weekday or month/day read forward in a future or
 * present-schedule clause, backward in a past one, whatever the other
 * clauses of the sentence say). Texts are one sentence per paragraph,
 * split here, so the tests do not depend on the segmenter.
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

/* Whether some quantity has this value. */
static int
has_value(const struct px_claims *c, double v)
{
	size_t i = 0;

	for (i = 0; i < c->n; i++)
		if (c->items[i].kind == PX_CLAIM_QUANTITY && c->items[i].u.quantity.value == v)
			return 1;
	return 0;
}

static void
check_unit(const struct px_claims *c, const char *t, const char *span, double value,
	   const char *unit, const char *counts)
{
	const struct px_quantity *q = qty(c, t, span);

	if (fabs(q->value - value) > 1e-9 * fabs(value))
		fail_msg("\"%s\": value %g, expected %g", span, q->value, value);
	if (strcmp(q->unit, unit) != 0)
		fail_msg("\"%s\": unit \"%s\", expected \"%s\"", span, q->unit, unit);
	if (counts == NULL && q->counts != NULL)
		fail_msg("\"%s\": counts \"%s\", expected none", span, q->counts);
	if (counts && (q->counts == NULL || strcmp(q->counts, counts) != 0))
		fail_msg("\"%s\": counts \"%s\", expected \"%s\"", span,
			 q->counts ? q->counts : "(none)", counts);
}

static void
test_unit_conventions(void **state)
{
	const char *t = "Carriers in Orlund switched on 5G in 40 towns and retired their 3G masts.\n\n"
			"Shares of Halden Foods rose 18 sen to RM4.50.\n\n"
			"Marrow Electric expects a net profit of Y=120 billion this year.\n\n"
			"The coupe's engine makes 640bhp and 586 lb-ft of torque.\n\n"
			"Trucks were held to 40 m.p.h. on the causeway.\n\n"
			"Plant owners moved 2.24 million barrels at US $2.10 per mmBtu.\n\n"
			"The agency bottled eight million 250ml doses of vaccine.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	const struct px_quantity *q = NULL;

	(void)state;
	check_unit(c, t, "5G", 5, "G", NULL);
	assert_string_equal(qty(c, t, "5G")->dim, "generation");
	check_unit(c, t, "3G", 3, "G", NULL);
	check_unit(c, t, "40", 40, "", "towns");
	check_unit(c, t, "18 sen", 18, "sen", NULL);
	check_unit(c, t, "Y=120 billion", 120e9, "JPY", NULL);
	check_unit(c, t, "640bhp", 640, "bhp", NULL);
	check_unit(c, t, "586 lb-ft", 586, "lb-ft", NULL);
	check_unit(c, t, "40 m.p.h.", 40, "mph", NULL);
	q = qty(c, t, "US $2.10 per mmBtu");
	assert_string_equal(q->unit, "USD/mmbtu");
	/* digits glued to a unit after a scale word start their own figure */
	check_unit(c, t, "eight million", 8e6, "", NULL);
	check_unit(c, t, "250ml", 250, "ml", NULL);
	px_claims_free(c);

	/* a capital G glued to more than one digit stays a unit of its own */
	t = "The phone ships with 54GB of storage.\n\n"
	    "Sen. Ilse Marr said 12 Sen staff left.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	check_unit(c, t, "54GB", 54, "GB", NULL);
	assert_string_not_equal(qty(c, t, "12")->unit, "sen");
	px_claims_free(c);

	/* degrees glued in capitals; a lower-case c is cents; "a maximum
	 * of" a temperature is the day's reading */
	t = "Dravel recorded 46.3C on Saturday and forecasters expect 102F in Lornhaven.\n\n"
	    "The station logged a maximum of 45.9C, while bread rose 5c a loaf.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	check_unit(c, t, "46.3C", 46.3, "\xC2\xB0" "C", NULL);
	check_unit(c, t, "102F", 102, "\xC2\xB0" "F", NULL);
	check_unit(c, t, "45.9C", 45.9, "\xC2\xB0" "C", NULL);
	assert_int_equal(qty(c, t, "45.9C")->approx, PX_APPROX_EQ);
	assert_false(has_value(c, 5));
	px_claims_free(c);
}

/* One duration told in two units is one figure in the larger unit; a
 * smaller part of a whole larger one or more stays a figure of its own;
 * "half a" before a unit is half of it. */
static void
test_compound_durations(void **state)
{
	const char *t = "Lena Morva reached the far shore after 9 hours 41 minutes in the water.\n\n"
			"The defendant was handed a year and a half in prison, suspended.\n\n"
			"The review took two years and three months, and the hearing an hour and a half.\n\n"
			"The search lasted 3 hours 90 minutes by one count.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	check_unit(c, t, "9 hours 41 minutes", 9 + 41.0 / 60, "hour", NULL);
	check_unit(c, t, "a year and a half", 1.5, "year", NULL);
	check_unit(c, t, "two years and three months", 2.25, "year", NULL);
	check_unit(c, t, "an hour and a half", 1.5, "hour", NULL);
	check_unit(c, t, "3 hours", 3, "hour", NULL);
	check_unit(c, t, "90 minutes", 90, "minute", NULL);
	assert_false(has_value(c, 41));
	assert_false(has_value(c, 0.5));
	px_claims_free(c);

	/* "half a" or "half an" before a unit is half of it */
	t = "Every sweet chestnut within half a kilometre of a diseased tree must come down.\n\n"
	    "The search took half an hour.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	check_unit(c, t, "half a kilometre", 0.5, "km", NULL);
	check_unit(c, t, "half an hour", 0.5, "hour", NULL);
	px_claims_free(c);
}

/* Distances of astronomy: astronomical units and light-years. */
static void
test_astronomical_units(void **state)
{
	const char *t = "The comet was about 4.1 astronomical units from the Sun.\n\n"
			"At discovery it lay 4.1 AU from the Sun.\n\n"
			"The star is 12 light-years from Earth.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	check_unit(c, t, "about 4.1 astronomical units", 4.1, "AU", NULL);
	check_unit(c, t, "4.1 AU", 4.1, "AU", NULL);
	check_unit(c, t, "12 light-years", 12, "ly", NULL);
	px_claims_free(c);
}

static void
test_counted_units(void **state)
{
	const char *t = "Investigators read the 12 page memo twice.\n\n"
			"The hatchback has a four-cylinder engine.\n\n"
			"The Wolves gave up 412 rushing yards in the opener.\n\n"
			"Only 17 players in the squad are over the age of 21.\n\n"
			"The museum holds 300 paintings.\n\n"
			"Donors gave tens of thousands of pounds and 60 aircraft within five years.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	const struct px_quantity *q = NULL;

	(void)state;
	check_unit(c, t, "12", 12, "", "page");
	check_unit(c, t, "four", 4, "", "cylinder");
	q = qty(c, t, "412");
	assert_string_equal(q->unit, "yd");
	assert_string_equal(q->counts, "yards");
	assert_string_equal(q->counted, "rushing yards");
	q = qty(c, t, "21");
	assert_string_equal(q->unit, "year");
	assert_string_equal(q->dim, "age");
	/* a plain plural count is left alone */
	check_unit(c, t, "300", 300, "", "paintings");
	/* "pounds" may be money; a unit far after the figure is no head */
	assert_string_not_equal(qty(c, t, "tens of thousands")->unit, "lb");
	assert_string_equal(qty(c, t, "60")->unit, "");
	px_claims_free(c);
}

/* The quantity whose text is span counts nothing. */
static void
check_no_count(const struct px_claims *c, const char *t, const char *span)
{
	const struct px_quantity *q = qty(c, t, span);

	if (q->counts != NULL)
		fail_msg("\"%s\": counts \"%s\", expected none", span, q->counts);
}

static void
test_name_modifiers(void **state)
{
	const char *t = "Harrow Motors delivered 41,000 Vanta 5 sedans in the quarter.\n\n"
			"The airline grounded two new 321 Neo jets on Tuesday.\n\n"
			"About 380 Orbis and Talvo scooters were stolen this year.\n\n"
			"The clinic ran thousands of RSV -4 tests in March.\n\n"
			"The forecast is the average of nine estimates compiled by Kestrel.\n\n"
			"The order was for 500 Boeing, the rest went to Airbus.\n\n"
			"Police were called to 3 Harrow Street after midnight.\n\n"
			"The deal covers 12 Nordic and Baltic states and 40 Marlow 7 cars.\n\n"
			"Greens won 34 of the 100 Senate seats.\n\n"
			"Osby lost two of the last 10 League games.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	const struct px_quantity *q = NULL;
	const struct px_claim *house = NULL;
	size_t i = 0;

	(void)state;
	/* a name with a figure between the figure and its head */
	check_unit(c, t, "41,000", 41000, "", "sedans");
	assert_string_equal(qty(c, t, "41,000")->counted, "Vanta 5 sedans");
	check_unit(c, t, "two", 2, "", "jets");
	assert_string_equal(qty(c, t, "two")->counted, "new 321 Neo jets");
	/* two names joined by "and" */
	check_unit(c, t, "About 380", 380, "", "scooters");
	assert_string_equal(qty(c, t, "About 380")->counted, "Orbis and Talvo scooters");
	/* a code with a dash and a figure */
	q = qty(c, t, "thousands");
	assert_non_null(q->counts);
	assert_string_equal(q->counts, "tests");
	/* a plural cue word right after the figure is a noun */
	check_unit(c, t, "nine", 9, "", "estimates");
	check_unit(c, t, "12", 12, "", "states");
	check_unit(c, t, "40", 40, "", "cars");
	/* the figures inside the names are no quantities */
	for (i = 0; i < c->n; i++) {
		double v = c->items[i].u.quantity.value;
		if (c->items[i].kind == PX_CLAIM_QUANTITY && (v == 5 || v == 321 || v == 4 || v == -4 ||
							     v == 7))
			fail_msg("a figure inside a name read as a quantity: %g", v);
	}
	/* a count before a name stays a quantity: first in the phrase, or
	   after a rank */
	check_unit(c, t, "100", 100, "", "seats");
	check_unit(c, t, "10", 10, "", "games");
	/* no head after the name: nothing counted */
	check_no_count(c, t, "500");
	house = find_nth(c, t, "3", PX_CLAIM_QUANTITY, 0);
	assert_true(house == NULL || house->u.quantity.counts == NULL);
	px_claims_free(c);
}

static void
test_suspended_hyphens(void **state)
{
	const char *t = "The tablet has a 7- or 9-inch screen.\n\n"
			"Forecasters expect 3- to 4-metre waves on the coast.\n\n"
			"The club fields 10- and 12-year-olds.\n\n"
			"The vote was 7- 4 and the score 3 to 2.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	check_unit(c, t, "7", 7, "in", NULL);
	check_unit(c, t, "3", 3, "m", NULL);
	assert_string_equal(qty(c, t, "10")->unit, "year");
	assert_string_equal(qty(c, t, "10")->dim, qty(c, t, "12-year-olds")->dim);
	/* no dash glued to the first figure: nothing taken */
	assert_string_equal(qty(c, t, "7- 4")->unit, "score");
	px_claims_free(c);
}

/* "The number of people injured rose to 47": a figure with nothing counted
 * after it counts the noun of "number of", "count of", "tally of" before
 * it; not across a comma, and not a figure that counts its own noun. */
static void
test_counted_before(void **state)
{
	const char *t = "The number of people injured rose to 47 on Sunday morning.\n\n"
			"The company raised its count of affected customers to 1.4 million.\n\n"
			"The tally of votes cast reached 18,904.\n\n"
			"The number of flights was cut, to 210.\n\n"
			"The number of patients rose to 31 wards.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	check_unit(c, t, "47", 47, "", "people");
	check_unit(c, t, "1.4 million", 1400000, "", "customers");
	check_unit(c, t, "18,904", 18904, "", "votes");
	check_unit(c, t, "210", 210, "", NULL);
	check_unit(c, t, "31", 31, "", "wards");
	px_claims_free(c);
}

/* A noun of people before "of" and a figure that ends its phrase: "a crew
   of 22" counts the crew as "22 crew" does; "a family of three" does not
   (one family is a family), nor a figure with words of its own after it. */
static void
test_collective_of(void **state)
{
	const char *t = "She has a crew of 22, the shipping line said.\n\n"
			"The plant has a staff of 340 and two kilns.\n\n"
			"The dead included a family of three.\n\n"
			"It named members of four current Politburo Standing Committee members.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	check_unit(c, t, "22", 22, "", "crew");
	check_unit(c, t, "340", 340, "", "staff");
	check_unit(c, t, "three", 3, "", NULL);
	check_unit(c, t, "four", 4, "", NULL);
	px_claims_free(c);
}

/* A spaced "m" is a length before a word of extent or the clause's end,
   and no unit before anything else ("40 m crowns", "5 m in 2020"). */
static void
test_spaced_metres(void **state)
{
	const char *t = "The vessel, 245 m long with a draught of 11.5 m, came from Rotterdam.\n\n"
			"The mast is 120 m high.\n\n"
			"Lund paid 40 m crowns for the site.\n\n"
			"Sales rose to 7 m in 2020.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	check_unit(c, t, "245 m", 245, "m", NULL);
	check_unit(c, t, "11.5 m", 11.5, "m", NULL);
	check_unit(c, t, "120 m", 120, "m", NULL);
	check_unit(c, t, "40", 40, "", "crowns");
	check_unit(c, t, "7", 7, "", NULL);
	px_claims_free(c);
}

static void
test_elided_units(void **state)
{
	const char *t = "The launches offer 435 homes by open sale and 187 by tender.\n\n"
			"The highest forecast is 84.75 cents, while the lowest is 74.07.\n\n"
			"The Kestrel 200 index lost 162.31 points, or 2.14%, to fall to 7,425.81.\n\n"
			"The fund fell 0.4 per cent to 13,176.\n\n"
			"The cost is $4.25 and 32 is the quantity.\n\n"
			"Rooks rushed for 138 yards and 2 TDs.\n\n"
			"The index, up over the last 8 months, climbed to 110.5 in May.\n\n"
			"The club grew by 13% and its oldest member is 104.\n\n"
			"Homes now take 81 days to sell, up from 53 in the summer.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	check_unit(c, t, "187", 187, "", "homes");
	check_unit(c, t, "74.07", 74.07, "cent", NULL);
	/* a level after "to" takes the points, never the percentage */
	check_unit(c, t, "7,425.81", 7425.81, "point", NULL);
	check_unit(c, t, "13,176", 13176, "", NULL);
	/* a figure that is the subject of its own clause, or has a word of
	   its own after it, keeps no unit */
	check_unit(c, t, "32", 32, "", NULL);
	assert_string_equal(qty(c, t, "2")->unit, "");
	/* a time frame gives nothing; a share is never over 100 */
	check_unit(c, t, "110.5", 110.5, "", NULL);
	check_unit(c, t, "104", 104, "", NULL);
	check_unit(c, t, "53", 53, "day", NULL);
	px_claims_free(c);
}

static void
test_not_quantities(void **state)
{
	const char *t = "The trust sold 49 Tamsin Ridge Road and 9 E 71st St for $12 million.\n\n"
			"Quarterback Ellis Crane (4) ran for a touchdown.\n\n"
			"Unit 3 at 16-18 Harrow Avenue was leased.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);

	(void)state;
	assert_false(has_value(c, 49));
	assert_false(has_value(c, 9));
	assert_false(has_value(c, 4));
	assert_false(has_value(c, 16));
	check_unit(c, t, "$12 million", 12e6, "USD", NULL);
	px_claims_free(c);
}

static void
check_date(const struct px_claims *c, const char *t, const char *span, int nth,
	   const char *want)
{
	const struct px_claim *d = find_nth(c, t, span, PX_CLAIM_DATE, nth);

	if (d == NULL)
		fail_msg("no date \"%s\" (%d) in: %s", span, nth, t);
	if (strcmp(d->u.date.value, want) != 0)
		fail_msg("\"%s\" (%d): %s, expected %s", span, nth, d->u.date.value, want);
}

/* A weekday written beside its month and day picks the year: in a paper
 * of Friday 16 May 2025, "Wednesday 14 May" is 14 May 2025 whatever the
 * clause's tense says ("to sell it" reads ahead), and "Tuesday 6 January"
 * is January 2026 (6 January 2025 was a Monday). A weekday that fits no
 * nearby year ("Monday 14 March") leaves the tense to decide. */
static void
test_weekday_names_year(void **state)
{
	const char *t =
		"Growers say they will keep fighting, after the borough council's cabinet agreed on "
		"Wednesday 14 May to sell it to Fairbrook Foods.\n\n"
		"The appeal will be heard on Tuesday 6 January.\n\n"
		"The clinic closed on Monday 14 March.";
	struct px_claims *c = extract(t, "2025-05-16", PX_CLAIMS_DATES);

	(void)state;
	check_date(c, t, "Wednesday 14 May", 0, "2025-05-14");
	check_date(c, t, "Tuesday 6 January", 0, "2026-01-06");
	check_date(c, t, "Monday 14 March", 0, "2025-03-14");
	px_claims_free(c);
}

/* A month and day in a sentence with no word of tense is the nearer of
 * the two readings: a dividend notice of 18 March 1987 pays on 15 April
 * 1987 and closes its register on 31 March 1987; a past verb keeps the
 * day behind ("was paid on April 15" is 1986). */
static void
test_untensed_month_day(void **state)
{
	const char *t = "Qtly div 17-1/2 cts vs 17-1/4 cts\n\n"
			"Pay April 15\n\n"
			"Record March 31\n\n"
			"The previous dividend was paid on April 15.";
	struct px_claims *c = extract(t, "1987-03-18", PX_CLAIMS_DATES);

	(void)state;
	check_date(c, t, "April 15", 0, "1987-04-15");
	check_date(c, t, "March 31", 0, "1987-03-31");
	check_date(c, t, "April 15", 1, "1986-04-15");
	px_claims_free(c);
}

static void
test_clause_tense(void **state)
{
	/* 2023-11-18 is a Saturday. */
	const char *t =
		"Schools in Varden County stay closed on Monday while crews clear fallen trees.\n\n"
		"The county board will meet on Tuesday.\n\n"
		"The harbor authority is due to vote on Wednesday.\n\n"
		"The ferry line is set to resume service on Thursday.\n\n"
		"Talks are going to resume on Friday.\n\n"
		"The new timetable applies from Monday.\n\n"
		"The board met on Tuesday.\n\n"
		"The vote on Wednesday was close.\n\n"
		"On Friday, the mayor will tour the harbor.\n\n"
		"On Thursday, the mayor toured the harbor.\n\n"
		"Officials said on Thursday that the bridge reopens on Wednesday.\n\n"
		"The minister, who will retire next year, said on Monday that talks had failed.\n\n"
		"The election is on December 5.\n\n"
		"Sales have fallen since March 3.\n\n"
		"Hearings resume two weeks after January 15.\n\n"
		"The trial opens on December 4.\n\n"
		"The new rate takes effect on February 1.";
	struct px_claims *c = extract(t, "2023-11-18", PX_CLAIMS_DATES);

	(void)state;
	check_date(c, t, "Monday", 0, "2023-11-20");
	check_date(c, t, "Tuesday", 0, "2023-11-21");
	check_date(c, t, "Wednesday", 0, "2023-11-22");
	check_date(c, t, "Thursday", 0, "2023-11-23");
	check_date(c, t, "Friday", 0, "2023-11-24");
	check_date(c, t, "Monday", 1, "2023-11-20");
	/* past clauses */
	check_date(c, t, "Tuesday", 1, "2023-11-14");
	check_date(c, t, "Wednesday", 1, "2023-11-15");
	/* a fronted date reads the clause after its comma */
	check_date(c, t, "Friday", 1, "2023-11-24");
	check_date(c, t, "Thursday", 1, "2023-11-16");
	/* each date its own clause */
	check_date(c, t, "Thursday", 2, "2023-11-16");
	check_date(c, t, "Wednesday", 2, "2023-11-22");
	check_date(c, t, "Monday", 2, "2023-11-13");
	/* month and day without a year */
	check_date(c, t, "December 5", 0, "2023-12-05");
	check_date(c, t, "March 3", 0, "2023-03-03");
	/* a present schedule takes the nearer of the two readings */
	check_date(c, t, "two weeks after January 15", 0, "2024-01-29");
	check_date(c, t, "December 4", 0, "2023-12-04");
	check_date(c, t, "February 1", 0, "2024-02-01"); /* "takes effect", not last February */
	px_claims_free(c);

	/* "is to" + a verb is an arrangement to come, as "will" is; a span
	 * after "for" is no day, whatever word follows it */
	t = "The pool is to close from September.\n\n"
	    "The pool will close for 14 weeks later this year.\n\n"
	    "Repairs began three weeks later.";
	c = extract(t, "2023-11-18", PX_CLAIMS_DATES);
	check_date(c, t, "September", 0, "2024-09");
	assert_null(find_nth(c, t, "14 weeks later", PX_CLAIM_DATE, 0));
	check_date(c, t, "three weeks later", 0, "2023-12-09");
	px_claims_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unit_conventions),
		cmocka_unit_test(test_counted_units),
		cmocka_unit_test(test_astronomical_units),
		cmocka_unit_test(test_compound_durations),
		cmocka_unit_test(test_name_modifiers),
		cmocka_unit_test(test_suspended_hyphens),
		cmocka_unit_test(test_counted_before),
		cmocka_unit_test(test_collective_of),
		cmocka_unit_test(test_spaced_metres),
		cmocka_unit_test(test_elided_units),
		cmocka_unit_test(test_not_quantities),
		cmocka_unit_test(test_clause_tense),
		cmocka_unit_test(test_weekday_names_year),
		cmocka_unit_test(test_untensed_month_day),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
