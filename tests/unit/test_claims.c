/*
 * Unit tests of src/lib/claim: numbers in every form news uses, quantity
 * intervals and units, counted nouns and their classes, things that are not
 * counts (years, phone numbers, ids, ordinals), dates resolved against the
 * article date, quotes with speakers, entities with roles and aliases, JSON
 * output, and allocation failure. Texts are one sentence per doc (built
 * here) so the tests do not depend on the segmenter.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#include "test_alloc.h"
#define PX_TEST_EXTRACT_SPLIT
#include "test_extractor.h"

static void
test_number_forms(void **state)
{
	static const struct {
		const char *text;
		const char *span;
		double value;
	} cases[] = {
		{"A total of 1,329 voters", "1,329", 1329},
		{"It rose by 14.3 to 20", "14.3 to 20", 14.3},
		{"some 1.2 million people", "some 1.2 million", 1.2e6},
		{"five hundred workers", "five hundred", 500},
		{"twenty-one soldiers", "twenty-one", 21},
		/* a scale word after a hyphen belongs to the number */
		{"burying a two-hundred-metre section", "two-hundred-metre", 200},
		{"a three-thousand-strong crowd", "three-thousand", 3000},
		{"a dozen ministers", "a dozen", 12},
		{"half a million residents", "half a million", 5e5},
		{"two-thirds of voters", "two-thirds", 2.0 / 3},
		{"one hundred and six nurses", "one hundred and six", 106},
		{"1 234 567 tickets", "1 234 567", 1234567},
		{"three dozen eggs", "three dozen", 36},
		{"half a dozen boats", "half a dozen", 6},
		{"10k runners", "10k", 10000},
	};
	size_t i = 0;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct px_claims *c = extract(cases[i].text, NULL, PX_CLAIMS_QUANTITIES);
		const struct px_quantity *q = qty(c, cases[i].text, cases[i].span);
		assert_true(fabs(q->value - cases[i].value) < 1e-9 * fmax(1, cases[i].value));
		px_claims_free(c);
	}
}

static void
test_money_and_units(void **state)
{
	const char *t = "The $14.3 billion plan adds £600m, €5bn and US$2 million, up 6.5 "
			"percentage points from 66% and 66 percent, at 80 km/h over 12 tonnes.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	const struct px_quantity *q = NULL;

	(void)state;
	q = qty(c, t, "$14.3 billion");
	assert_true(q->value == 14300000000.0);
	assert_string_equal(q->unit, "USD");
	assert_null(q->counts);
	q = qty(c, t, "£600m");
	assert_true(q->value == 600000000.0);
	assert_string_equal(q->unit, "GBP");
	q = qty(c, t, "€5bn");
	assert_true(q->value == 5e9);
	assert_string_equal(q->unit, "EUR");
	assert_string_equal(qty(c, t, "US$2 million")->unit, "USD");
	q = qty(c, t, "6.5 percentage points");
	assert_string_equal(q->unit, "pp");
	assert_string_equal(qty(c, t, "66%")->unit, "%");
	assert_string_equal(qty(c, t, "66 percent")->unit, "%");
	assert_string_equal(qty(c, t, "80 km/h")->unit, "km/h");
	assert_string_equal(qty(c, t, "over 12 tonnes")->unit, "t");
	px_claims_free(c);
	/* pressures: blood pressure in mmHg, air pressure in hPa or millibars */
	t = "Blood pressure fell by 2.1 mmHg, against 1.2mmHg in Larrow, as the low deepened to "
	    "962 hPa, or 960 millibars.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_string_equal(qty(c, t, "2.1 mmHg")->unit, "mmHg");
	assert_string_equal(qty(c, t, "1.2mmHg")->unit, "mmHg");
	assert_string_equal(qty(c, t, "962 hPa")->unit, "hPa");
	assert_string_equal(qty(c, t, "960 millibars")->unit, "mbar");
	assert_string_equal(qty(c, t, "960 millibars")->dim, "pressure");
	px_claims_free(c);
}

static void
test_intervals(void **state)
{
	static const struct {
		const char *text;
		const char *span;
		enum px_approx approx;
		double low, high;
	} cases[] = {
		{"More than 500 officials signed", "More than 500", PX_APPROX_GT, 500, 750},
		{"over 500 officials", "over 500", PX_APPROX_GT, 500, 750},
		{"at least 12 people died", "at least 12", PX_APPROX_GE, 12, 18},
		{"nearly 40 staffers", "nearly 40", PX_APPROX_LT, 36, 40},
		{"almost 40 staffers", "almost 40", PX_APPROX_LT, 36, 40},
		{"gusts approaching 100km/h", "approaching 100km/h", PX_APPROX_LT, 90, 100},
		{"about 100 protesters", "about 100", PX_APPROX_ABOUT, 90, 110},
		{"around 100 protesters", "around 100", PX_APPROX_ABOUT, 90, 110},
		{"roughly 100 protesters", "roughly 100", PX_APPROX_ABOUT, 90, 110},
		{"an estimated 100 protesters", "an estimated 100", PX_APPROX_ABOUT, 80, 120},
		{"up to 700 workers", "up to 700", PX_APPROX_LE, 0, 700},
		{"as many as 700 workers", "as many as 700", PX_APPROX_LE, 350, 700},
		{"fewer than 50 cases", "fewer than 50", PX_APPROX_LT, 0, 50},
		{"between 30 and 40 tanks", "between 30 and 40", PX_APPROX_RANGE, 30, 40},
		{"30-40 tanks", "30-40", PX_APPROX_RANGE, 30, 40},
		{"30 to 40 tanks", "30 to 40", PX_APPROX_RANGE, 30, 40},
		{"dozens of homes", "dozens", PX_APPROX_RANGE, 12, 120},
		{"hundreds of homes", "hundreds", PX_APPROX_RANGE, 100, 1000},
		{"65 or older", "65 or older", PX_APPROX_GE, 65, 97.5},
		{"its 120 or so resident cats", "120 or so", PX_APPROX_ABOUT, 108, 132},
	};
	size_t i = 0;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct px_claims *c = extract(cases[i].text, NULL, PX_CLAIMS_QUANTITIES);
		const struct px_quantity *q = qty(c, cases[i].text, cases[i].span);
		if (q->approx != cases[i].approx || fabs(q->low - cases[i].low) > 1e-9 ||
		    fabs(q->high - cases[i].high) > 1e-9)
			fail_msg("%s: approx %s [%g, %g]", cases[i].text, px_approx_name(q->approx),
				 q->low, q->high);
		assert_true(q->low <= q->value && q->value <= q->high);
		if (q->approx == PX_APPROX_RANGE)
			assert_true(q->value == q->low);
		px_claims_free(c);
	}
}

static void
test_counted_nouns(void **state)
{
	const char *t = "More than 500 individuals representing 40 government agencies and "
			"400 government employees joined 40 departments and agencies and 12 signatories "
			"and 7 staffers.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	const struct px_quantity *q = NULL;

	(void)state;
	q = qty(c, t, "More than 500");
	assert_string_equal(q->counts, "individuals");
	assert_string_equal(q->cls, "people");
	q = qty(c, t, "40");
	assert_string_equal(q->counts, "agencies");
	assert_string_equal(q->cls, "organisations");
	q = qty(c, t, "400");
	assert_string_equal(q->counts, "employees");
	assert_string_equal(q->cls, "people");
	assert_string_equal(qty(c, t, "12")->cls, "people");
	assert_string_equal(qty(c, t, "7")->cls, "people");
	px_claims_free(c);
	/* an agent noun the dictionary lacks, made of a word it has */
	t = "Half a dozen kayakers and 14 bloggers got into difficulty.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	q = qty(c, t, "Half a dozen");
	assert_non_null(q->cls);
	assert_string_equal(q->counts, "kayakers");
	assert_string_equal(q->cls, "people");
	assert_non_null(qty(c, t, "14")->cls);
	assert_string_equal(qty(c, t, "14")->cls, "people");
	px_claims_free(c);
	/* a participle that is a cue word ("confirmed", "reported") before
	   the head describes it */
	t = "The outbreak has grown to 23 confirmed cases, with 19 reported deaths.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_non_null(qty(c, t, "23")->counts);
	assert_string_equal(qty(c, t, "23")->counts, "cases");
	assert_non_null(qty(c, t, "19")->counts);
	assert_string_equal(qty(c, t, "19")->counts, "deaths");
	px_claims_free(c);
	t = "They sent 40 departments and agencies home.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_string_equal(qty(c, t, "40")->counts, "departments");
	px_claims_free(c);
	/* a plural cue word after a noun that modifies it */
	t = "Nine of the unit's 21 midwife posts were vacant.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_string_equal(qty(c, t, "21")->counts, "posts");
	assert_string_equal(qty(c, t, "21")->cls, "jobs");
	px_claims_free(c);
	/* people counted by where they come from, right after the figure */
	t = "Calderan released 14 Vostrians, and five Japanese banks lent money; see 1 Corinthians 13.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_string_equal(qty(c, t, "14")->cls, "people");
	assert_string_equal(qty(c, t, "five")->counts, "banks");
	assert_null(qty(c, t, "1")->cls);
	px_claims_free(c);
	/* people counted by the lives lost */
	t = "The steamer went down on 11 January 1887 with the loss of 47 lives.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_string_equal(qty(c, t, "47")->counts, "lives");
	assert_string_equal(qty(c, t, "47")->cls, "people");
	px_claims_free(c);
	/* jobs in other words: positions, posts, redundancies, and job
	   losses or cuts (the head tells what happens to the jobs) */
	t = "The memo sets out 1,200 job losses by 2026, or 640 positions, 310 posts and some 540 "
	    "redundancies, after 95 job cuts last year.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	q = qty(c, t, "1,200");
	assert_string_equal(q->counts, "job losses");
	assert_string_equal(q->cls, "jobs");
	assert_string_equal(qty(c, t, "640")->cls, "jobs");
	assert_string_equal(qty(c, t, "310")->cls, "jobs");
	assert_string_equal(qty(c, t, "some 540")->cls, "jobs");
	assert_string_equal(qty(c, t, "95")->counts, "job cuts");
	assert_string_equal(qty(c, t, "95")->cls, "jobs");
	px_claims_free(c);
	/* a part counts what its whole counts, past the whole's figure and
	   a lower-case possessor */
	t = "Halvik Verft will shed 210 of its roughly 560 permanent employees. It is cutting 90 "
	    "of the yard's temporary contracts.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_string_equal(qty(c, t, "210")->counts, "employees");
	assert_string_equal(qty(c, t, "90")->counts, "contracts");
	px_claims_free(c);
	/* collective nouns counted in the singular, as "staff" is */
	t = "All eight crew of the yacht Kestrel Run and 30 staff of the marina were safe.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_non_null(qty(c, t, "eight")->counts);
	assert_string_equal(qty(c, t, "eight")->counts, "crew");
	assert_string_equal(qty(c, t, "eight")->cls, "people");
	assert_non_null(qty(c, t, "30")->counts);
	assert_string_equal(qty(c, t, "30")->counts, "staff");
	px_claims_free(c);
}

static void
test_not_counts(void **state)
{
	const char *t = "In 1979 the Boeing 737 crew called 555-0142-7788 after COVID-19 hit; "
			"she finished third and the 22nd team won 7-4.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES | PX_CLAIMS_DATES);
	const struct px_claim *y = find_nth(c, t, "1979", PX_CLAIM_DATE, 0);
	const struct px_claim *s = find_nth(c, t, "7-4", PX_CLAIM_QUANTITY, 0);
	size_t i = 0;

	(void)state;
	assert_non_null(y);
	assert_string_equal(y->u.date.granularity, "year");
	assert_non_null(s);
	assert_true(s->u.quantity.flags & PX_QTY_SCORE);
	assert_true(s->u.quantity.value == 7 && s->u.quantity.second == 4);
	for (i = 0; i < c->n; i++) {
		const struct px_claim *x = &c->items[i];
		if (x->kind == PX_CLAIM_QUANTITY && x != s)
			fail_msg("unexpected quantity \"%.*s\"", (int)(x->end - x->start), t + x->start);
	}
	px_claims_free(c);
}

/* A vote or score told with "to" beside a word of votes or scores; a range
 * of a unit or one without such a word stays a range. */
static void
test_score_with_to(void **state)
{
	const char *t = "The council voted 39 to 22 for the plan. Turnout was 20 to 30 percent in "
			"the vote. Prices rose from 3 to 4 million crowns.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	const struct px_claim *v = find_nth(c, t, "39 to 22", PX_CLAIM_QUANTITY, 0);
	const struct px_claim *r = find_nth(c, t, "20 to 30 percent", PX_CLAIM_QUANTITY, 0);
	const struct px_claim *m = find_nth(c, t, "3 to 4 million crowns", PX_CLAIM_QUANTITY, 0);

	(void)state;
	assert_non_null(v);
	assert_true(v->u.quantity.flags & PX_QTY_SCORE);
	assert_true(v->u.quantity.value == 39 && v->u.quantity.second == 22);
	assert_non_null(r);
	assert_false(r->u.quantity.flags & PX_QTY_SCORE);
	assert_true(r->u.quantity.low == 20 && r->u.quantity.high == 30);
	assert_non_null(m);
	assert_false(m->u.quantity.flags & PX_QTY_SCORE);
	px_claims_free(c);
	/* a tally told with "votes to", in figures or in words */
	t = "The motion passed by eight votes to three. The charge was approved by 31 votes to 17.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	v = find_nth(c, t, "eight votes to three", PX_CLAIM_QUANTITY, 0);
	assert_non_null(v);
	assert_true(v->u.quantity.flags & PX_QTY_SCORE);
	assert_true(v->u.quantity.value == 8 && v->u.quantity.second == 3);
	v = find_nth(c, t, "31 votes to 17", PX_CLAIM_QUANTITY, 0);
	assert_non_null(v);
	assert_true(v->u.quantity.value == 31 && v->u.quantity.second == 17);
	px_claims_free(c);
	/* a tally in number words after "majority of" or a verb of voting;
	 * other number words joined by "to" are a range */
	t = "The jury convicted him by a majority of ten to two. The board voted nine to four. "
	    "Between five to six hundred people came.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	v = find_nth(c, t, "ten to two", PX_CLAIM_QUANTITY, 0);
	assert_non_null(v);
	assert_true(v->u.quantity.flags & PX_QTY_SCORE);
	assert_true(v->u.quantity.value == 10 && v->u.quantity.second == 2);
	v = find_nth(c, t, "nine to four", PX_CLAIM_QUANTITY, 0);
	assert_non_null(v);
	assert_true(v->u.quantity.flags & PX_QTY_SCORE);
	assert_true(v->u.quantity.value == 9 && v->u.quantity.second == 4);
	v = find_nth(c, t, "five to six hundred", PX_CLAIM_QUANTITY, 0);
	assert_true(v == NULL || !(v->u.quantity.flags & PX_QTY_SCORE));
	px_claims_free(c);
	/* a tally told as a part of the body that voted: for, or against; a
	 * part that did something else is no tally */
	t = "Five of the seven members of the bank's board voted for the increase. Two of the nine "
	    "councillors voted against the plan. Three of the eight members were absent.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	v = find_nth(c, t, "Five of the seven", PX_CLAIM_QUANTITY, 0);
	assert_non_null(v);
	assert_true(v->u.quantity.flags & PX_QTY_SCORE);
	assert_true(v->u.quantity.value == 5 && v->u.quantity.second == 2);
	v = find_nth(c, t, "Two of the nine", PX_CLAIM_QUANTITY, 0);
	assert_non_null(v);
	assert_true(v->u.quantity.value == 7 && v->u.quantity.second == 2);
	assert_null(find_nth(c, t, "Three of the eight", PX_CLAIM_QUANTITY, 0));
	assert_non_null(find_nth(c, t, "Five", PX_CLAIM_QUANTITY, 0));
	px_claims_free(c);
	/* a tally told as its two sides, the backers first; two who voted
	 * for something else are no side against */
	t = "The statement showed that five members backed the increase and two voted to hold. Six "
	    "councillors supported the plan and three opposed it. Four members backed the cut and two "
	    "voted for a larger one.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	v = find_nth(c, t, "five members backed the increase and two", PX_CLAIM_QUANTITY, 0);
	assert_non_null(v);
	assert_true(v->u.quantity.flags & PX_QTY_SCORE);
	assert_true(v->u.quantity.value == 5 && v->u.quantity.second == 2);
	v = find_nth(c, t, "Six councillors supported the plan and three", PX_CLAIM_QUANTITY, 0);
	assert_non_null(v);
	assert_true(v->u.quantity.value == 6 && v->u.quantity.second == 3);
	assert_null(find_nth(c, t, "Four members backed the cut and two", PX_CLAIM_QUANTITY, 0));
	px_claims_free(c);
}

static void
test_dates(void **state)
{
	/* 2023-11-16 is a Thursday. */
	const char *t = "It happened Tuesday, Nov. 14, 2023, at 10 p.m.\n\n"
			"Officials met on Tuesday and again yesterday.\n\n"
			"The vote was held on November 11 and 14 November, last week.\n\n"
			"The summit will open on Monday at 22:00.\n\n"
			"Records began on 2023-11-01 and 11/02/2023.";
	struct px_claims *c = extract(t, "2023-11-16", PX_CLAIMS_DATES);
	static const struct {
		const char *span;
		const char *value;
		const char *gran;
	} want[] = {
		{"Tuesday, Nov. 14, 2023", "2023-11-14", "day"},
		{"10 p.m.", "22:00", "time"},
		{"Tuesday", "2023-11-14", "day"},
		{"yesterday", "2023-11-15", "day"},
		{"November 11", "2023-11-11", "day"},
		{"14 November", "2023-11-14", "day"},
		{"last week", "2023-W45", "week"},
		{"Monday", "2023-11-20", "day"},
		{"22:00", "22:00", "time"},
		{"2023-11-01", "2023-11-01", "day"},
		{"11/02/2023", "2023-11-02", "day"},
	};
	size_t i = 0;

	(void)state;
	for (i = 0; i < sizeof want / sizeof want[0]; i++) {
		const struct px_claim *d = find_nth(c, t, want[i].span, PX_CLAIM_DATE, 0);
		if (d == NULL)
			fail_msg("no date \"%s\"", want[i].span);
		assert_string_equal(d->u.date.value, want[i].value);
		assert_string_equal(d->u.date.granularity, want[i].gran);
	}
	px_claims_free(c);
	/* Dotted 24-hour times read as clock times between a time preposition
	 * and a day or zone; a price beside "last month" stays a figure. */
	t = "The bridge was closed at 14.00 on Thursday.\n\n"
	    "The last flight touched down at 22.50 on Sunday.\n\n"
	    "It struck at 10.00 local time.\n\n"
	    "The gazetted price rose from 16.06 last month.";
	c = extract(t, "2023-11-16", PX_CLAIMS_DATES);
	assert_string_equal(find_nth(c, t, "14.00", PX_CLAIM_DATE, 0)->u.date.value, "14:00");
	assert_string_equal(find_nth(c, t, "22.50", PX_CLAIM_DATE, 0)->u.date.value, "22:50");
	assert_string_equal(find_nth(c, t, "10.00", PX_CLAIM_DATE, 0)->u.date.value, "10:00");
	assert_null(find_nth(c, t, "16.06", PX_CLAIM_DATE, 0));
	px_claims_free(c);
	/* An hour past noon after "at", then a clause word, is a clock
	 * time too; a price told with a market verb stays a figure. */
	t = "The station sent both of its boats to sea at 14.40, and the helicopter was "
	    "scrambled soon afterwards.\n\n"
	    "The crew left the harbour at 16.05 after the alarm.\n\n"
	    "Shares closed at 14.40 after a volatile session.";
	c = extract(t, "2023-11-16", PX_CLAIMS_DATES);
	assert_non_null(find_nth(c, t, "14.40", PX_CLAIM_DATE, 0));
	assert_string_equal(find_nth(c, t, "14.40", PX_CLAIM_DATE, 0)->u.date.value, "14:40");
	assert_non_null(find_nth(c, t, "16.05", PX_CLAIM_DATE, 0));
	assert_string_equal(find_nth(c, t, "16.05", PX_CLAIM_DATE, 0)->u.date.value, "16:05");
	assert_null(find_nth(c, t, "14.40", PX_CLAIM_DATE, 1));
	px_claims_free(c);
	/* Without an article date: partial values. */
	t = "The talks ended on November 11 and resume Tuesday.";
	c = extract(t, NULL, PX_CLAIMS_DATES);
	assert_string_equal(find_nth(c, t, "November 11", PX_CLAIM_DATE, 0)->u.date.value, "--11-11");
	assert_string_equal(find_nth(c, t, "Tuesday", PX_CLAIM_DATE, 0)->u.date.value, "Tuesday");
	px_claims_free(c);
}

/* A double-barrelled name is a person's, and "she" in the next sentence is
 * that person; a hyphenated brand of two words stays unknown. */
static void
test_double_barrelled_name(void **state)
{
	const char *t = "Team owner Claire Dufresne-Ott said the sponsor had given the team no warning. "
			"\"We were left standing at the altar,\" she said.\n\n"
			"Rolls-Royce said it would cut jobs.";
	struct px_claims *c = extract(t, "2025-09-16", PX_CLAIMS_ALL);
	const struct px_claim *e = NULL, *q = NULL;

	(void)state;
	e = find_nth(c, t, "Claire Dufresne-Ott", PX_CLAIM_ENTITY, 0);
	assert_non_null(e);
	assert_string_equal(e->u.entity.type, "person");
	q = find_nth(c, t, "\"We were left standing at the altar,\"", PX_CLAIM_QUOTE, 0);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Claire Dufresne-Ott");
	e = find_nth(c, t, "Rolls-Royce", PX_CLAIM_ENTITY, 0);
	assert_true(e == NULL || strcmp(e->u.entity.type, "person") != 0);
	px_claims_free(c);
}

/* A role told without an article between commas ("head of the unit") is
 * an apposition: the speaker is the name before it, for a quotation after
 * the verb and for a fragment in the reporter's sentence alike. */
static void
test_role_apposition(void **state)
{
	const char *t = "Professor Anders Vael, head of the university's Marine Archaeology Unit, said the "
			"moment the lettering emerged was \"like opening a letter that was posted long ago\".\n\n"
			"Mairi Lennox, chair of the harbour trust, said \"We have waited years for this.\"";
	struct px_claims *c = extract(t, "2025-06-04", PX_CLAIMS_ALL);
	const struct px_claim *q = NULL;

	(void)state;
	q = find_nth(c, t, "\"like opening a letter that was posted long ago\"", PX_CLAIM_QUOTE, 0);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Anders Vael");
	q = find_nth(c, t, "\"We have waited years for this.\"", PX_CLAIM_QUOTE, 0);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Mairi Lennox");
	px_claims_free(c);
}

/* "Both", "Neither", "Either", "Another", "Following" and "Dear" open no
 * name at a sentence's start: "Neither Halvorsen nor his firm" names
 * Halvorsen, "Following Marit Lund's arrest" Marit Lund. */
static void
test_determiner_opens_no_name(void **state)
{
	const char *t = "Neither Halvorsen nor his firm was named in the ruling.\n\nBoth Marit Lund and "
			"the harbour board declined to comment.";
	struct px_claims *c = extract(t, "2025-06-04", PX_CLAIMS_ALL);

	(void)state;
	/* find_nth matches the whole span: "Neither Halvorsen" is not
	 * "Halvorsen" */
	assert_non_null(find_nth(c, t, "Halvorsen", PX_CLAIM_ENTITY, 0));
	assert_non_null(find_nth(c, t, "Marit Lund", PX_CLAIM_ENTITY, 0));
	px_claims_free(c);
	t = "Following Marit Lund's arrest, the board met.\n\nAnother Halvorsen company was "
	    "fined.\n\nDear Tessford residents, the council writes.";
	c = extract(t, "2025-06-04", PX_CLAIMS_ALL);
	assert_non_null(find_nth(c, t, "Marit Lund", PX_CLAIM_ENTITY, 0));
	assert_null(find_nth(c, t, "Following Marit Lund", PX_CLAIM_ENTITY, 0));
	assert_null(find_nth(c, t, "Another Halvorsen", PX_CLAIM_ENTITY, 0));
	assert_null(find_nth(c, t, "Dear Tessford", PX_CLAIM_ENTITY, 0));
	px_claims_free(c);
	/* a clause word or "I" capitalised beside a name is no part of it,
	 * nor is "everyone" or "Last" opening a sentence */
	t = "Everyone Marit Lund met agreed.\n\nThe board backed Halvorsen Because Halvorsen "
	    "paid.\n\nThe deal Marit Lund I spoke of fell through.\n\nLast Midsummer Ola Berg "
	    "spoke.";
	c = extract(t, "2025-06-04", PX_CLAIMS_ALL);
	assert_non_null(find_nth(c, t, "Marit Lund", PX_CLAIM_ENTITY, 0));
	assert_non_null(find_nth(c, t, "Marit Lund", PX_CLAIM_ENTITY, 1));
	assert_null(find_nth(c, t, "Everyone Marit Lund", PX_CLAIM_ENTITY, 0));
	assert_null(find_nth(c, t, "Halvorsen Because Halvorsen", PX_CLAIM_ENTITY, 0));
	assert_null(find_nth(c, t, "Because Halvorsen", PX_CLAIM_ENTITY, 0));
	assert_null(find_nth(c, t, "Marit Lund I", PX_CLAIM_ENTITY, 0));
	assert_null(find_nth(c, t, "Last Midsummer Ola Berg", PX_CLAIM_ENTITY, 0));
	px_claims_free(c);
}

/* A quarter of a place is a place ("West Germany", "Upper Egypt"), not a
 * person a pronoun could stand for. */
/* The type of the entity whose text is exactly span; fails if none. */
static const char *
entity_type(const struct px_claims *c, const char *t, const char *span)
{
	const struct px_claim *e = find_nth(c, t, span, PX_CLAIM_ENTITY, 0);

	if (e == NULL)
		fail_msg("no entity \"%s\"", span);
	return e->u.entity.type;
}

static void
test_part_of_place(void **state)
{
	const char *t = "West Germany said it would act.\n\nUpper Egypt voted on Sunday.\n\n"
			"West Marsh said he would act.";
	struct px_claims *c = extract(t, "2025-06-04", PX_CLAIMS_ALL);

	(void)state;
	assert_string_equal(entity_type(c, t, "West Germany"), "place");
	assert_string_equal(entity_type(c, t, "Upper Egypt"), "place");
	assert_string_equal(entity_type(c, t, "West Marsh"), "person");
	px_claims_free(c);
}

/* A landmark's name ends in its kind ("Marwick Pier", "Wrenfield Lido"):
 * a place, not a person; "Friends of ..." names a group. */
static void
test_landmarks_and_friends(void **state)
{
	const char *t = "Marwick Pier was closed in January.\n\nThe pool at Wrenfield Lido "
			"cracked.\n\nThe Friends of Hallow Baths backed the delay.";
	struct px_claims *c = extract(t, "2025-06-04", PX_CLAIMS_ALL);

	(void)state;
	assert_string_equal(entity_type(c, t, "Marwick Pier"), "place");
	assert_string_equal(entity_type(c, t, "Wrenfield Lido"), "place");
	assert_string_equal(entity_type(c, t, "Friends of Hallow Baths"), "org");
	px_claims_free(c);
}

/* A plural's possessive mark inside an organisation's name: "the North
 * Ostrobothnia Landowners' Association" is one organisation, not "North
 * Ostrobothnia Landowners" and "Association". */
static void
test_possessive_in_org_name(void **state)
{
	const char *t = "The North Ostrobothnia Landowners' Association has lodged an objection."
			"\n\nThe Farmers' Union said no.\n\nThe Jones' house was empty.";
	struct px_claims *c = extract(t, "2025-06-04", PX_CLAIMS_ALL);

	(void)state;
	assert_string_equal(entity_type(c, t, "North Ostrobothnia Landowners' Association"), "org");
	assert_string_equal(entity_type(c, t, "Farmers' Union"), "org");
	assert_null(find_nth(c, t, "Jones' house", PX_CLAIM_ENTITY, 0));
	px_claims_free(c);
}

static void
test_quotes_entities(void **state)
{
	const char *t = "President Joe Biden met former Treasury Secretary Lawrence Summers and the "
			"National Security Council (NSC) on Monday.\n\n"
			"\xe2\x80\x9cWe will not walk away from our partners,\xe2\x80\x9d Biden said.\n\n"
			"\"The numbers do not add up,\" said Summers, adding that the plan was late.\n\n"
			"According to the NSC, \"the review is complete.\"\n\n"
			"He said: \"This is the start of a long process and we are ready for it.\"";
	struct px_claims *c = extract(t, "2023-11-16", PX_CLAIMS_ALL);
	const struct px_claim *e = NULL, *q = NULL;

	(void)state;
	e = find_nth(c, t, "Joe Biden", PX_CLAIM_ENTITY, 0);
	assert_non_null(e);
	assert_string_equal(e->u.entity.type, "person");
	assert_string_equal(e->u.entity.role, "President");
	e = find_nth(c, t, "Lawrence Summers", PX_CLAIM_ENTITY, 0);
	assert_non_null(e);
	assert_string_equal(e->u.entity.role, "former Treasury Secretary");
	e = find_nth(c, t, "NSC", PX_CLAIM_ENTITY, 0);
	assert_non_null(e);
	assert_string_equal(e->u.entity.canonical, "National Security Council");
	assert_string_equal(find_nth(c, t, "Biden", PX_CLAIM_ENTITY, 0)->u.entity.canonical, "Joe Biden");

	q = find_nth(c, t, "\xe2\x80\x9cWe will not walk away from our partners,\xe2\x80\x9d",
		     PX_CLAIM_QUOTE, 0);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Joe Biden");
	assert_string_equal(q->u.quote.cue, "said");
	assert_string_equal(q->u.quote.quote, "We will not walk away from our partners,");
	q = find_nth(c, t, "\"The numbers do not add up,\"", PX_CLAIM_QUOTE, 0);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Lawrence Summers");
	q = find_nth(c, t, "\"the review is complete.\"", PX_CLAIM_QUOTE, 0);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "National Security Council");
	assert_string_equal(q->u.quote.cue, "according to");
	q = find_nth(c, t, "\"This is the start of a long process and we are ready for it.\"",
		     PX_CLAIM_QUOTE, 0);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Lawrence Summers");
	px_claims_free(c);
}

static void
test_quote_across_paragraphs(void **state)
{
	const char *t = "\xe2\x80\x9cWe came here to work,\xe2\x80\x9d Mayor Ana Ruiz said. "
			"\xe2\x80\x9cThe first part is done.\n\n\xe2\x80\x9cThe second part starts now,"
			"\xe2\x80\x9d she added.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUOTES);
	size_t i = 0, n = 0;

	(void)state;
	for (i = 0; i < c->n; i++) {
		const struct px_claim *q = &c->items[i];
		assert_int_equal(q->kind, PX_CLAIM_QUOTE);
		assert_string_equal(q->u.quote.speaker, "Ana Ruiz");
		n++;
		if (n == 2)
			assert_string_equal(q->u.quote.quote,
					    "The first part is done. The second part starts now,");
	}
	assert_int_equal(n, 2);
	px_claims_free(c);
}

static void
test_offsets_and_json(void **state)
{
	const char *t = "About 1.2 million people, \"not enough\", said Dr. Mia Chen on Monday.";
	struct px_claims *c = extract(t, "2024-03-06", PX_CLAIMS_ALL);
	struct px_buf b = PX_BUF_INIT;
	size_t i = 0;

	(void)state;
	assert_true(c->n >= 4);
	for (i = 0; i < c->n; i++) {
		const struct px_claim *x = &c->items[i];
		assert_true(x->start <= x->end && x->end <= strlen(t));
		if (i > 0)
			assert_true(c->items[i - 1].start <= x->start);
		px_buf_reset(&b);
		assert_int_equal(px_claim_to_json(x, "a.txt", t, strlen(t), &b), PX_OK);
		assert_non_null(strstr(b.data, "\"article\":\"a.txt\""));
		assert_non_null(strstr(b.data, "\"kind\":\""));
	}
	px_buf_reset(&b);
	px_claim_to_json(&c->items[0], "a.txt", t, strlen(t), &b);
	assert_string_equal(b.data,
			    "{\"article\":\"a.txt\",\"field\":\"text\",\"sentence\":0,\"start\":0,"
			    "\"end\":17,\"text\":\"About 1.2 million\",\"kind\":\"quantity\",\"value\":1200000,"
			    "\"low\":1080000,\"high\":1320000,\"approx\":\"~\",\"unit\":\"\",\"counts\":"
			    "\"people\",\"class\":\"people\"}");
	px_buf_release(&b);
	px_claims_free(c);
}

static void
test_numbers_scan(void **state)
{
	const char *t = "the 21st of 30 and two-thirds, 3/4 and dozens";
	struct px_number *n = NULL;
	size_t k = 0;

	(void)state;
	assert_int_equal(px_numbers_scan(X, t, strlen(t), &n, &k), PX_OK);
	assert_int_equal(k, 5);
	assert_true(n[0].flags & PX_NUM_ORDINAL);
	assert_true(n[0].value == 21);
	assert_true(n[1].value == 30);
	assert_true(fabs(n[2].value - 2.0 / 3) < 1e-12 && (n[2].flags & PX_NUM_FRACTION));
	assert_true(n[3].value == 0.75);
	assert_true((n[4].flags & PX_NUM_VAGUE) && n[4].high == 120);
	px_free(n);
}

/* Counted phrases keep their modifiers; counted rates; linked changes. */
static void
test_counted_phrases_rates_changes(void **state)
{
	const char *t = "A survey of seven European countries and 60 commercial fishermen found "
			"20 decently sized coal-fired power plants and 400 charging stations.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	const struct px_quantity *q = NULL;

	(void)state;
	q = qty(c, t, "seven");
	assert_string_equal(q->counts, "countries");
	assert_string_equal(q->counted, "European countries");
	q = qty(c, t, "60");
	assert_string_equal(q->counts, "fishermen");
	assert_string_equal(q->cls, "people");
	assert_string_equal(q->counted, "commercial fishermen");
	q = qty(c, t, "20");
	assert_string_equal(q->counts, "plants");
	assert_string_equal(q->counted, "coal-fired power plants");
	assert_string_equal(qty(c, t, "400")->counts, "stations");
	px_claims_free(c);

	t = "He averaged 7.4 rebounds per game and 15.3 ppg as labs ran 3,000 tests a day.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	q = qty(c, t, "7.4");
	assert_string_equal(q->counts, "rebounds");
	assert_string_equal(q->per, "game");
	assert_string_equal(qty(c, t, "15.3 ppg")->unit, "point/game");
	q = qty(c, t, "3,000");
	assert_string_equal(q->per, "day");
	assert_null(qty(c, t, "15.3 ppg")->counted);
	px_claims_free(c);

	/* A change in either order; "a year earlier" is not a rate. */
	t = "Bitcoin fell from $36,040 at 10.45pm to $34,935, while revenue rose to $7.36 "
	    "billion from $6.78 billion a year earlier.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	q = qty(c, t, "$34,935");
	assert_true(q->flags & PX_QTY_CHANGE);
	assert_true(q->from == 36040);
	assert_true(qty(c, t, "$36,040")->flags & PX_QTY_CHANGE_START);
	q = qty(c, t, "$7.36 billion");
	assert_true(q->flags & PX_QTY_CHANGE);
	assert_true(q->from == 6.78e9);
	assert_string_equal(qty(c, t, "$6.78 billion")->unit, "USD");
	px_claims_free(c);

	/* Not a change: the figures are in different units; a rising range stays one. */
	t = "Shares rose from 5% to $40, and the count went from 10 to 15 people.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_false(qty(c, t, "$40")->flags & PX_QTY_CHANGE);
	assert_int_equal(qty(c, t, "10 to 15")->approx, PX_APPROX_RANGE);
	px_claims_free(c);
}

/* Index names, a pound sign lost to ASCII, a console that is not money. */
static void
test_indexes_and_pounds(void **state)
{
	const char *t = "The S&P 500 and the Nasdaq 100 fell 2% after a PS6m bonus and a PS21,700 "
			"fare, as the PS5 sold 40 units.";
	struct px_claims *c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	size_t k = 0;

	(void)state;
	for (k = 0; k < c->n; k++) {
		const struct px_quantity *q = &c->items[k].u.quantity;
		assert_true(q->value != 500 && q->value != 100 && q->value != 5);
	}
	assert_string_equal(qty(c, t, "PS6m")->unit, "GBP");
	assert_true(qty(c, t, "PS6m")->value == 6e6);
	assert_true(qty(c, t, "PS21,700")->value == 21700);
	assert_string_equal(qty(c, t, "2%")->unit, "%");
	px_claims_free(c);
}

/* Relative ordinals, "A over B", scientific notation, a lone vulgar fraction. */
static void
test_numbers_scan_forms(void **state)
{
	const char *t = "the next to last one over 3 and 1.99\xc3\x97" "10\xe2\x88\x92"
			"30 and \xe2\x85\x94";
	struct px_number *n = NULL;
	size_t k = 0;

	(void)state;
	assert_int_equal(px_numbers_scan(X, t, strlen(t), &n, &k), PX_OK);
	assert_int_equal(k, 4);
	assert_true((n[0].flags & PX_NUM_RELATIVE) && strcmp(n[0].rel, "end-1") == 0);
	assert_int_equal(n[0].end - n[0].start, strlen("next to last"));
	assert_true(fabs(n[1].value - 1.0 / 3) < 1e-12);
	assert_true(fabs(n[2].value - 1.99e-30) < 1e-40);
	assert_true(fabs(n[3].value - 2.0 / 3) < 1e-12);
	px_free(n);
	/* "over" with something counted after it is not a fraction */
	t = "won 3 over 2 rivals";
	assert_int_equal(px_numbers_scan(X, t, strlen(t), &n, &k), PX_OK);
	assert_int_equal(k, 2);
	assert_true(n[0].value == 3 && n[1].value == 2);
	px_free(n);
}

/* Fractions after "and", plural scales, compound denominators, grouping
   styles, glued "b" after decimals, numbers inside URLs. */
static void
test_numbers_more_forms(void **state)
{
	static const struct {
		const char *text;
		double value;
		size_t len; /* bytes of the number */
	} cases[] = {
		{"twenty and three fifths", 20.6, 23},
		{"one hundred and three quarters", 100.75, 30},
		{"two hundred and fifty-four hundredths", 200.54, 37},
		{"one hundred and thirty and two fifths", 130.4, 37},
		{"one hundred and thirty-two fifths", 26.4, 33},
		{"nine million and five ninths", 9e6 + 5e6 / 9, 28},
		{"three dozens", 36, 12},
		{"three hundred and two dozens", 324, 28},
		{"five hundreds", 500, 13},
		{"three twenty-firsts", 3.0 / 21, 19},
		{"three twenty firsts", 3.0 / 21, 19},
		{"1.2b", 1.2e9, 4},
		{"1.111,11", 1111.11, 8},
		{"2.500.000,5", 2500000.5, 11},
		{"12,34,567.89", 1234567.89, 12},
		{"9,5 meter", 9.5, 3},
		{"2,75 %", 2.75, 4},
	};
	size_t i = 0, k = 0;
	struct px_number *n = NULL;
	const char *t = NULL;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		t = cases[i].text;
		assert_int_equal(px_numbers_scan(X, t, strlen(t), &n, &k), PX_OK);
		if (k != 1 || fabs(n[0].value - cases[i].value) > 1e-9 * fmax(1, cases[i].value) ||
		    n[0].end - n[0].start != cases[i].len)
			fail_msg("\"%s\": %zu numbers, first %.10g over %zu bytes", t, k,
				 k ? n[0].value : 0.0, k ? n[0].end - n[0].start : 0);
		px_free(n);
	}
	/* an ordinal after tens in a compound */
	t = "one hundred twenty fifth";
	assert_int_equal(px_numbers_scan(X, t, strlen(t), &n, &k), PX_OK);
	assert_int_equal(k, 1);
	assert_true((n[0].flags & PX_NUM_ORDINAL) && n[0].value == 125);
	px_free(n);
	/* a list with two-digit groups stays three numbers; "1.500" a decimal */
	t = "rows 22,24,26 and 1.500";
	assert_int_equal(px_numbers_scan(X, t, strlen(t), &n, &k), PX_OK);
	assert_int_equal(k, 4);
	assert_true(n[0].value == 22 && n[2].value == 26 && n[3].value == 1.5);
	px_free(n);
	/* a decimal comma only before a unit or a word, never in a list */
	t = "rows 24,26 and 28 of 9,5 metres";
	assert_int_equal(px_numbers_scan(X, t, strlen(t), &n, &k), PX_OK);
	assert_int_equal(k, 4);
	assert_true(n[0].value == 24 && n[1].value == 26 && n[2].value == 28 && n[3].value == 9.5);
	px_free(n);
	/* a glued b without decimals is not a billion ("4b" is a name) */
	t = "Section 4b";
	assert_int_equal(px_numbers_scan(X, t, strlen(t), &n, &k), PX_OK);
	assert_true(k == 0 || n[0].value == 4);
	px_free(n);
	/* figures inside a URL are no quantities; the text around them is read */
	{
		const char *u = "See https://example.org/report?id=2023&rate=30%25 or "
				"www.example.com/page/17, which lists 40 schools.";
		struct px_claims *c = extract(u, NULL, PX_CLAIMS_QUANTITIES);
		assert_int_equal(c->n, 1);
		assert_true(qty(c, u, "40")->value == 40);
		px_claims_free(c);
	}
}

/* Bounds: two joined into one range with open or closed ends, bounds after
   the figure, stated exact figures, comparison signs. */
static void
test_bounds(void **state)
{
	const char *t = "Turnout was greater than 100 and smaller than 300 voters, at most 90 and "
			"at least 20 staff, more than 40 and less than 10 rooms.";
	struct px_claims *c = NULL;
	const struct px_quantity *q = NULL;

	(void)state;
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	q = qty(c, t, "greater than 100 and smaller than 300");
	assert_int_equal(q->approx, PX_APPROX_RANGE);
	assert_true(q->low == 100 && q->high == 300 && q->value == 100);
	assert_int_equal(q->flags & (PX_QTY_BOUNDS | PX_QTY_LOW_OPEN | PX_QTY_HIGH_OPEN),
			 PX_QTY_BOUNDS | PX_QTY_LOW_OPEN | PX_QTY_HIGH_OPEN);
	assert_string_equal(q->counts, "voters");
	q = qty(c, t, "at most 90 and at least 20");
	assert_true(q->low == 20 && q->high == 90);
	assert_int_equal(q->flags & (PX_QTY_LOW_OPEN | PX_QTY_HIGH_OPEN), 0);
	/* a lower bound above the upper one: two bounds */
	assert_int_equal(qty(c, t, "more than 40")->approx, PX_APPROX_GT);
	assert_int_equal(qty(c, t, "less than 10")->approx, PX_APPROX_LT);
	px_claims_free(c);

	t = "Scores of 200 or greater than that, equal to 5000 or less than 6000, less than 70 or "
	    "equal, exactly 12, about 20~100; the range is 1000-5000.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	q = qty(c, t, "200 or greater than");
	assert_int_equal(q->approx, PX_APPROX_GE);
	q = qty(c, t, "equal to 5000");
	assert_int_equal(q->approx, PX_APPROX_EQ);
	assert_true(q->low == 5000 && q->high == 5000);
	assert_int_equal(qty(c, t, "less than 6000")->approx, PX_APPROX_LT);
	assert_int_equal(qty(c, t, "less than 70 or equal")->approx, PX_APPROX_LE);
	assert_int_equal(qty(c, t, "exactly 12")->approx, PX_APPROX_EQ);
	q = qty(c, t, "20~100");
	assert_true(q->approx == PX_APPROX_RANGE && q->low == 20 && q->high == 100);
	q = qty(c, t, "1000-5000");
	assert_true(q->approx == PX_APPROX_RANGE && q->low == 1000 && q->high == 5000);
	px_claims_free(c);

	/* "<>" and "=>" glued are no bounds */
	t = "where x <>30 and y =>7";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	assert_int_equal(qty(c, t, "30")->approx, PX_APPROX_EQ);
	assert_int_equal(qty(c, t, "7")->approx, PX_APPROX_EQ);
	px_claims_free(c);
}

/* Sports distances and betting odds are not millions and shares; the
   noun classes of words WordNet lists first by another sense. */
static void
test_sport_odds_classes(void **state)
{
	const char *t = "She won the 400m hurdles, then 1500m runners and a 10,000m race; the "
			"fund paid $400m for 30m shares.";
	struct px_claims *c = NULL;
	const struct px_quantity *q = NULL;

	(void)state;
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	q = qty(c, t, "400m");
	assert_true(q->value == 400);
	assert_string_equal(q->unit, "m");
	assert_true(qty(c, t, "1500m")->value == 1500);
	assert_true(qty(c, t, "10,000m")->value == 10000);
	assert_true(qty(c, t, "$400m")->value == 4e8);
	q = qty(c, t, "30m");
	assert_true(q->value == 3e7);
	assert_string_equal(q->counts, "shares");
	px_claims_free(c);

	t = "Gale Runner started the 1/5 favourite and odds of 5/2 were offered, while 1/5 of the "
	    "seats changed hands and 12 vans and 3 crowns were sold.";
	c = extract(t, NULL, PX_CLAIMS_QUANTITIES);
	/* the first quantity is the share, not the price before it */
	assert_true(c->n > 0);
	assert_int_equal(c->items[0].start, (size_t)(strstr(t, "1/5 of") - t));
	assert_null(find_nth(c, t, "5/2", PX_CLAIM_QUANTITY, 0));
	assert_string_equal(qty(c, t, "12")->cls, "vehicles");
	/* crowns after a figure are a currency, whatever the noun's class */
	assert_string_equal(qty(c, t, "3 crowns")->dim, "money");
	px_claims_free(c);
}

/* Allocation failure at every step must give PX_ENOMEM, never a crash. */
static void
test_alloc_failure(void **state)
{
	struct px_allocator a = {failing_alloc, failing_realloc, plain_free, NULL};
	const char *t = "\"We will,\" said Joe Biden, who sent $14.3 billion to 40 agencies on Tuesday.";
	long n = 0;
	int oks = 0;

	(void)state;
	px_set_allocator(&a);
	for (n = 1; n < 400; n++) {
		struct px_sentence s = {0, strlen(t), 0, 0, 0};
		struct px_doc doc;
		struct px_claims *c = NULL;
		px_status st = PX_OK;
		memset(&doc, 0, sizeof doc);
		doc.text = t;
		doc.len = strlen(t);
		doc.sents = &s;
		doc.n_sents = 1;
		fail_at = n;
		alloc_count = 0;
		st = px_claims_extract(X, NULL, &doc, NULL, &c);
		if (st == PX_OK) {
			oks++;
			px_claims_free(c);
		} else {
			assert_int_equal(st, PX_ENOMEM);
			assert_null(c);
		}
	}
	px_set_allocator(NULL);
	assert_true(oks > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_number_forms),
		cmocka_unit_test(test_money_and_units),
		cmocka_unit_test(test_intervals),
		cmocka_unit_test(test_counted_nouns),
		cmocka_unit_test(test_not_counts),
		cmocka_unit_test(test_score_with_to),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_quotes_entities),
		cmocka_unit_test(test_double_barrelled_name),
		cmocka_unit_test(test_role_apposition),
		cmocka_unit_test(test_determiner_opens_no_name),
		cmocka_unit_test(test_part_of_place),
		cmocka_unit_test(test_landmarks_and_friends),
		cmocka_unit_test(test_possessive_in_org_name),
		cmocka_unit_test(test_quote_across_paragraphs),
		cmocka_unit_test(test_offsets_and_json),
		cmocka_unit_test(test_numbers_scan),
		cmocka_unit_test(test_counted_phrases_rates_changes),
		cmocka_unit_test(test_indexes_and_pounds),
		cmocka_unit_test(test_numbers_scan_forms),
		cmocka_unit_test(test_numbers_more_forms),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_sport_odds_classes),
		cmocka_unit_test(test_alloc_failure),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
