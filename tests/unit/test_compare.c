/*
 * Unit tests of the comparison (src/lib/compare) through the report
 * pipeline: small multi-outlet stories written for each rule, checking
 * that real contradictions are found with the right sides and that
 * compatible figures, updates, different referents, different claimants,
 * different bases and syndicated copies are not called conflicts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"

struct art {
	const char *id;
	const char *text;
};

static struct px_report *
run(const struct art *arts, size_t n)
{
	struct px_report *r = NULL;
	struct px_report_opts o;
	size_t i = 0;

	px_report_opts_init(&o);
	o.threads = 1;
	assert_int_equal(px_report_new(&o, &r), PX_OK);
	for (i = 0; i < n; i++) {
		struct px_article *a = NULL;
		assert_int_equal(px_article_from_text(arts[i].id, arts[i].text, strlen(arts[i].text),
						      NULL, PX_CLEAN_ALL, &a),
				 PX_OK);
		assert_int_equal(px_report_add_article(r, a), PX_OK);
	}
	assert_int_equal(px_report_build(r), PX_OK);
	return r;
}

/* A story whose articles are all independent sources, as each test needs
 * (a near-copy would be folded and prove nothing). */
static struct px_report *
run_independent(const struct art *arts, size_t n)
{
	struct px_report *r = run(arts, n);

	assert_int_equal(r->n_stories, 1);
	assert_int_equal(r->stories[0].n_sources, n);
	return r;
}

/* The id of article i of a story's comparison. */
static const char *
cmp_id(const struct px_report *r, const struct px_report_story *s, size_t i)
{
	return r->articles[s->sources[i]].a->id;
}

/* Whether a position holds exactly these ids (NULL-terminated list). */
static int
position_is(const struct px_report *r, const struct px_report_story *s,
	    const struct px_position *p, const char *const *ids)
{
	size_t n = 0, i = 0, k = 0;

	for (n = 0; ids[n]; n++)
		;
	if (p->n_articles != n)
		return 0;
	for (i = 0; i < n; i++) {
		for (k = 0; k < p->n_articles; k++)
			if (strcmp(cmp_id(r, s, p->articles[k]), ids[i]) == 0)
				break;
		if (k == p->n_articles)
			return 0;
	}
	return 1;
}

/* Whether story 0 has a conflict of kind with exactly the two sides a and b
 * (NULL-terminated id lists), in either order. */
static int
has_sides(const struct px_report *r, enum px_conflict_kind kind, const char *const *a,
	  const char *const *b)
{
	const struct px_report_story *s = &r->stories[0];
	const struct px_comparison *c = s->cmp;
	size_t i = 0;

	for (i = 0; i < c->n_conflicts; i++) {
		const struct px_conflict *cf = &c->conflicts[i];
		if (cf->kind != kind || cf->n_positions != 2)
			continue;
		if ((position_is(r, s, &cf->positions[0], a) && position_is(r, s, &cf->positions[1], b)) ||
		    (position_is(r, s, &cf->positions[1], a) && position_is(r, s, &cf->positions[0], b)))
			return 1;
	}
	return 0;
}

static size_t
count_conflicts(const struct px_report *r, enum px_conflict_kind kind)
{
	size_t i = 0, k = 0, n = 0;

	for (i = 0; i < r->n_stories; i++) {
		const struct px_comparison *c = r->stories[i].cmp;
		for (k = 0; c && k < c->n_conflicts; k++)
			if (c->conflicts[k].kind == kind)
				n++;
	}
	return n;
}

/* The report of arts (independent sources) has a conflict of kind with
 * sides a and b; with only, it is the one conflict of its kind. */
static void
check_sides(const struct art *arts, size_t n, enum px_conflict_kind kind, const char *const *a,
	    const char *const *b, int only)
{
	struct px_report *r = run_independent(arts, n);

	assert_true(has_sides(r, kind, a, b));
	if (only)
		assert_int_equal(count_conflicts(r, kind), 1);
	px_report_free(r);
}

/* No conflict of its kind among arts (independent sources). */
static void
check_none(const struct art *arts, size_t n, enum px_conflict_kind kind)
{
	struct px_report *r = run_independent(arts, n);

	assert_int_equal(count_conflicts(r, kind), 0);
	px_report_free(r);
}

/* The one conflict of its kind: a.txt against b.txt. */
static void
check_a_b(const struct art *arts, size_t n, enum px_conflict_kind kind)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	check_sides(arts, n, kind, a, b, 1);
}

static const struct art letter[] = {
	{"a.txt", "title: Officials sign letter against port sale\nsource: Harbour Courier\ndate: 2024-05-07\n\n"
		  "More than 500 officials from 40 agencies signed an open letter on Tuesday urging the "
		  "transport minister to halt the sale of the Port Veyra terminal.\n\n"
		  "The letter warns that the sale would leave the region without a public harbour.\n\n"
		  "A separate letter signed by 127 retired judges last month raised similar concerns.\n"},
	{"b.txt", "title: Hundreds of officials oppose terminal sale\nsource: Veyra Daily\ndate: 2024-05-07\n\n"
		  "About 520 officials from 40 agencies signed an open letter on Tuesday asking the "
		  "transport minister to stop the sale of the Port Veyra terminal.\n\n"
		  "The signatories say the harbour should stay in public hands.\n"},
	{"c.txt", "title: Letter against port sale delivered\nsource: Coast Ledger\ndate: 2024-05-07\n\n"
		  "Some 400 government officials from 40 departments and agencies signed an open letter on "
		  "Tuesday urging the transport minister to halt the sale of the Port Veyra terminal.\n\n"
		  "The ministry said it would reply to the letter next week.\n"},
};

/* A figure after a bare "from" is an earlier value only beside the one it
 * went to; alone it is where something came from: "dropped from around
 * 120 metres" is a height, against "fell from a height of about 60
 * metres". */
static const struct art fromheight[] = {
	{"a.txt", "title: Balloon basket falls onto Tarn field\nsource: Coast Ledger\ndate: "
		  "2025-06-18\n\nThe basket of a tethered balloon fell from a height of about 60 metres "
		  "onto a field near Tarnby on Sunday, injuring two crew members.\n\nThe balloon had "
		  "been hired for a wedding, and the couple were watching from the lawn.\n\nPolice have "
		  "closed the site.\n"},
	{"b.txt", "title: Two hurt at Tarnby wedding\nsource: Vardsund Post\ndate: 2025-06-18\n\nTwo "
		  "crew members were hurt on Sunday when a tethered balloon basket dropped from around "
		  "120 metres onto farmland outside Tarnby.\n\nAir accident investigators are expected "
		  "at the farm on Monday.\n"},
};

static void
test_from_height(void **state)
{
	(void)state;
	check_a_b(fromheight, 2, PX_CONFLICT_QUANTITY);
}

/* "about 12,000 spectators had come through the gates over the weekend"
 * is the weekend's total, not Saturday's crowd of about 9,000. */
static const struct art weekend[] = {
	{"a.txt", "title: Brenning sets Strelna Hill record\nsource: Coast Ledger\ndate: "
		  "2025-01-19\n\nVeteran ski jumper Aksel Brenning set a hill record of 146.5 metres at "
		  "Strelna Hill on Saturday, in front of about 9,000 spectators.\n\nThe women's event "
		  "was moved to Sunday because of wind.\n"},
	{"b.txt", "title: Strelna Hill weekend draws crowds\nsource: Vardsund Post\ndate: "
		  "2025-01-20\n\nBrenning's record jump of 146.5 metres was the highlight of the Strelna "
		  "Hill meeting.\n\nOrganisers said about 12,000 spectators had come through the gates "
		  "over the weekend.\n"},
};

static void
test_weekend_total(void **state)
{
	(void)state;
	check_none(weekend, 2, PX_CONFLICT_QUANTITY);
}

/* Words reporters swap for one another count as one word
 * (data/compare_synonyms_en.txt): "returned 23 objects" and "Thirty-one
 * royal artefacts were returned" tell one count, and the museum's 45 other
 * objects and the expedition's 400 are other counts. */
static const struct art artefacts[] = {
	{"a.txt", "title: Museum hands back carvings to Veyra\nsource: Coast Ledger\ndate: "
		  "2025-11-09\n\nSUNMERE - The Harland City Museum returned 23 objects to the Republic "
		  "of Veyra on Saturday, handing back masks and carved figures seized by a naval "
		  "expedition in 1897.\n\nThe museum will keep 45 other objects from Veyra, most of them "
		  "textiles.\n"},
	{"b.txt", "title: Carvings come home to Sunmere\nsource: Vardsund Post\ndate: "
		  "2025-11-09\n\nThirty-one royal artefacts were returned to Veyra "
		  "yesterday.\n\nHistorians say the expedition took more than 400 objects from the "
		  "palace.\n"},
};

/* "a judgment handed down on Monday" and "a judge ruled on Tuesday" date
 * one ruling: "judgment", "ruling", "ruled" and "verdict" are one word. */
static const struct art ruling_days[] = {
	{"a.txt", "title: Calderford camera-van parking fines ruled unlawful\nsource: Pressline\ndate: "
		  "2024-11-12\n\nCalderford City Council must refund about 41,000 camera-van parking "
		  "fines. In a judgment handed down on Monday, Judge Priya Hallam of the Calderford "
		  "Administrative Court said the camera-van parking scheme broke data protection "
		  "rules.\n\nThe council said it was considering its options on the parking fines.\n"},
	{"b.txt", "title: Calderford drivers in line for parking fine refunds\nsource: Calder Courier\n"
		  "date: 2024-11-13\n\nCalderford City Council must refund about 41,000 camera-van "
		  "parking fines after a judge ruled on Tuesday that the camera-van parking scheme broke "
		  "data protection rules.\n\nMotorists' groups welcomed the refunds of the parking "
		  "fines.\n"},
};

static void
test_synonym_counts(void **state)
{
	(void)state;
	check_a_b(artefacts, 2, PX_CONFLICT_QUANTITY);
	check_a_b(ruling_days, 2, PX_CONFLICT_DATE);
}

/* A label's colon right before a bare figure says what it counts
 * ("Attendance confirmed by the club: 14,212"), and "fans" in front of
 * whom a side won are its crowd: both join the side of 14,212 against
 * "a crowd of 12,412". */
static const struct art attendance[] = {
	{"a.txt", "title: Vestmar into the cup final\nsource: Coast Ledger\ndate: 2026-04-20\n\nVestmar "
		  "beat Solbrekk 2-1 at Havnevollen on Sunday in front of 14,212 fans to reach the cup "
		  "final.\n\nThe winner came from the penalty spot.\n"},
	{"b.txt", "title: Penalty sends Vestmar through\nsource: Solbrekk Avis\ndate: 2026-04-20\n\nIn "
		  "front of a crowd of 12,412 at Havnevollen, Vestmar scored from the spot on Sunday to "
		  "beat Solbrekk 2-1.\n\nSolbrekk's coach called the penalty a disgrace.\n"},
	{"c.txt", "title: LIVE: Vestmar v Solbrekk\nsource: Goal Line Live\ndate: 2026-04-20\n\n20:58 "
		  "Attendance confirmed by the club: 14,212.\n\n21:40 Full time at Havnevollen: Vestmar "
		  "2, Solbrekk 1.\n"},
};

static void
test_attendance_label(void **state)
{
	const char *const more[] = {"a.txt", "c.txt", NULL};
	const char *const fewer[] = {"b.txt", NULL};

	(void)state;
	check_sides(attendance, 3, PX_CONFLICT_QUANTITY, more, fewer, 1);
}

static void
test_quantity_conflict_sides(void **state)
{
	struct px_report *r = run_independent(letter, 3);
	const char *const more[] = {"a.txt", "b.txt", NULL};
	const char *const fewer[] = {"c.txt", NULL};

	(void)state;
	/* more than 500 and about 520 agree; both contradict some 400. The
	 * 127 judges of another letter and the 40 agencies are no conflict. */
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, more, fewer));
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

static const struct art update[] = {
	{"a.txt", "title: Ferry capsizes on Lake Orm\nsource: Lake Courier\ndate: 2024-06-04\n\n"
		  "Twelve people were killed when a passenger ferry capsized on Lake Orm on Tuesday, the "
		  "regional emergency office said.\n\nDivers searched the wreck through the night.\n"},
	{"b.txt", "title: Ferry toll rises on Lake Orm\nsource: Orm Daily\ndate: 2024-06-05\n\n"
		  "The death toll from the capsizing of a passenger ferry on Lake Orm rose to 15 on "
		  "Wednesday after divers recovered three more bodies, the regional emergency office said.\n\n"
		  "Divers searched the wreck through the night.\n"},
};

static void
test_update_is_not_conflict(void **state)
{
	struct px_report *r = run_independent(update, 2);

	(void)state;
	assert_int_equal(r->n_stories, 1);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
}

/* A figure told as it is now ("has now passed 11,000 signatures") is a
 * running count's later value beside one given by Thursday evening. */
static const struct art petition_now[] = {
	{"a.txt", "title: Fishermen win cove path case\nsource: Arlen Times\ndate: 2025-04-18\n\n"
		  "The Supreme Court ruled that fishermen may cross the Morrow estate to reach the cove.\n\n"
		  "An online petition in support of the fishermen had gathered 8,400 signatures by "
		  "Thursday evening.\n"},
	{"b.txt", "title: Cove path ruling cheered in Porthkeel\nsource: Porthkeel Radio\ndate: 2025-04-18\n\n"
		  "The Supreme Court ruled that fishermen may cross the Morrow estate to reach the cove.\n\n"
		  "The online petition in support of the fishermen has now passed 11,000 signatures.\n"},
};

static void
test_now_is_update(void **state)
{
	struct px_report *r = run_independent(petition_now, 2);

	(void)state;
	assert_int_equal(r->n_stories, 1);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
}

static const struct art notation[] = {
	{"a.txt", "title: Voters back new tram line\nsource: City Post\ndate: 2024-03-11\n\n"
		  "Two-thirds of voters in Lindmark backed the new tram line in Sunday's referendum, "
		  "according to final results from the city election board.\n\n"
		  "The tram line will cost 1.2 million crowns a kilometre to build.\n"},
	{"b.txt", "title: Lindmark says yes to tram\nsource: Lindmark Today\ndate: 2024-03-11\n\n"
		  "Residents of Lindmark approved plans for a tram on Sunday, with 66% of voters saying yes, "
		  "the election board announced after counting finished late in the evening.\n\n"
		  "Opponents had argued that the line, at 1,200,000 crowns a kilometre, was too expensive "
		  "for a town of its size.\n"},
};

static void
test_notation_agrees(void **state)
{
	struct px_report *r = run_independent(notation, 2);
	const struct px_comparison *c = NULL;

	(void)state;
	assert_int_equal(r->n_stories, 1);
	c = r->stories[0].cmp;
	assert_non_null(c);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	assert_true(c->n_agreements >= 2);
	px_report_free(r);
}

static const struct art claimants[] = {
	{"a.txt", "title: Thousands march in Brennik\nsource: Brennik Post\ndate: 2024-09-10\n\n"
		  "Organisers from the Dockworkers' Federation said more than 10,000 people took part in "
		  "Tuesday's march against the closure of the Brennik shipyard.\n\n"
		  "The march ended peacefully at the city hall.\n"},
	{"b.txt", "title: Shipyard march draws crowds in Brennik\nsource: Valley News\ndate: 2024-09-10\n\n"
		  "Workers and their families filled the streets of Brennik on Tuesday to protest against "
		  "the planned closure of the shipyard. Police estimated that about 3,000 people took part "
		  "in the march.\n\nShops along the route closed early, and the crowd dispersed by "
		  "evening without arrests.\n"},
};

static void
test_different_claimants(void **state)
{
	(void)state;
	check_none(claimants, 2, PX_CONFLICT_QUANTITY);
}

static const struct art rates[] = {
	{"a.txt", "title: Rent support approved\nsource: Capital Post\ndate: 2024-02-06\n\n"
		  "In the capital a two-room flat now costs on average 14,800 crowns a month, the housing "
		  "ministry said on Tuesday when it presented the rent support plan.\n"},
	{"b.txt", "title: Parliament approves rent grants\nsource: Capital Times\ndate: 2024-02-06\n\n"
		  "The rent support plan gives a grant of up to 5,000 crowns per household a year, the "
		  "housing ministry said on Tuesday when it presented the plan.\n"},
};

static void
test_different_bases(void **state)
{
	(void)state;
	check_none(rates, 2, PX_CONFLICT_QUANTITY);
}

static const struct art votes[] = {
	{"a.txt", "title: Bank raises rate\nsource: Money Daily\ndate: 2024-02-08\n\n"
		  "The central bank's seven-member board voted 5-2 on Thursday to raise the main interest "
		  "rate to 4.5%, the bank said.\n"},
	{"b.txt", "title: Split board raises rate\nsource: Market Ledger\ndate: 2024-02-08\n\n"
		  "The central bank's board voted 4-3 on Thursday to raise the main interest rate to "
		  "4.5%, the bank said.\n"},
};

static void
test_vote_conflict(void **state)
{
	struct px_report *r = run_independent(votes, 2);

	(void)state;
	/* 5-2 against 4-3; the rate itself agrees. */
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	assert_true(r->stories[0].cmp->n_agreements >= 1);
	px_report_free(r);
}

static const struct art stance[] = {
	{"a.txt", "title: Governor rejects curfew for Tarnby\nsource: North Post\ndate: 2024-09-18\n\n"
		  "Governor Marta Kessling rejected calls for a curfew in Tarnby on Wednesday after a "
		  "second night of rioting in the city centre.\n"},
	{"b.txt", "title: Curfew imposed in Tarnby\nsource: South Herald\ndate: 2024-09-18\n\n"
		  "Governor Marta Kessling imposed a curfew on Tarnby on Wednesday after a second night "
		  "of rioting in the city centre.\n"},
};

static void
test_stance_conflict(void **state)
{
	struct px_report *r = run_independent(stance, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

static const struct art copies[] = {
	{"a.txt", "title: Ferry strike halts crossings\nsource: Nord Wire\ndate: 2024-03-05\n\n"
		  "More than 300 ferry workers walked off the job on Tuesday, halting all crossings to "
		  "Gull Island for the first time in a decade.\n\n"
		  "The union said the stoppage would last 48 hours unless the operator improved its pay "
		  "offer of 3.5%.\n\nThe operator said it regretted the disruption to passengers.\n"},
	{"b.txt", "title: Gull Island cut off by strike\nsource: Island Times\ndate: 2024-03-05\n\n"
		  "More than 300 ferry workers walked off the job on Tuesday, halting all crossings to "
		  "Gull Island for the first time in a decade.\n\n"
		  "The union said the stoppage would last 48 hours unless the operator improved its pay "
		  "offer of 3.5%.\n\nThe operator said it regretted the disruption to passengers.\n\n"
		  "Editor's note: this story was updated with the union's statement.\n"},
};

static void
test_copy_is_not_a_source(void **state)
{
	struct px_report *r = run(copies, 2);

	(void)state;
	assert_int_equal(r->n_stories, 1);
	assert_int_equal(r->stories[0].n_sources, 1);
	assert_int_equal(r->stories[0].n_articles, 2);
	/* One source cannot agree with itself. */
	assert_int_equal(r->stories[0].cmp->n_agreements, 0);
	px_report_free(r);
}

static const struct art both_figures[] = {
	{"a.txt", "title: Bus drivers strike over pay\nsource: Metro Post\ndate: 2024-04-02\n\n"
		  "Bus drivers in Ostrava Bay stopped work on Tuesday in a dispute over pay. The union wants "
		  "a 7% raise; the city transport company has offered 3.5%.\n\n"
		  "Most routes were cancelled during the morning rush.\n"},
	{"b.txt", "title: No buses as drivers walk out\nsource: Bay Herald\ndate: 2024-04-02\n\n"
		  "Commuters in Ostrava Bay found empty bus stops on Tuesday as drivers walked out. The city "
		  "transport company has offered a 3.5% raise; the union wants 7%.\n\n"
		  "Talks are due to resume on Thursday.\n"},
};

static void
test_both_figures_stated(void **state)
{
	struct px_report *r = run_independent(both_figures, 2);

	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0;
	int seven = 0, offer = 0;

	(void)state;
	/* Both sources state both figures, whichever order they come in:
	 * no conflict, and both sources agree on each (the union's wish of
	 * 7% is compared with wishes only, the offer of 3.5% with the
	 * offer). */
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	for (i = 0; i < c->n_agreements; i++) {
		if (c->agreements[i].n_articles != 2)
			continue;
		if (strstr(c->agreements[i].value, "7%") != NULL && strstr(c->agreements[i].value, "3.5") == NULL)
			seven = 1;
		if (strstr(c->agreements[i].value, "3.5%") != NULL)
			offer = 1;
	}
	assert_true(seven);
	assert_true(offer);
	px_report_free(r);
}

/* The figure's predicate says what it measures: the dead and the missing
 * are never one fact, whatever the sentences share. A date far from the
 * figure ("which updated its figures on Tuesday afternoon") does not make
 * it a figure of another time. */
static const struct art casualties[] = {
	{"a.txt", "title: Ferry overturns on Lake Sev\nsource: Sev Courier\ndate: 2024-10-15\n\n"
		  "Nine people died when the ferry Tova Lind overturned on Lake Sev, according to the "
		  "regional emergency office, which updated its figures on Tuesday afternoon.\n\n"
		  "Rescue boats searched the lake until dark.\n"},
	{"b.txt", "title: Twelve dead in Lake Sev ferry disaster\nsource: Sev Daily\ndate: 2024-10-15\n\n"
		  "Twelve people were confirmed dead on Tuesday after the ferry Tova Lind sank on Lake Sev "
		  "in a storm. Fourteen people are still missing, the emergency office said.\n\n"
		  "Relatives gathered at the harbour in Sevby.\n"},
	{"c.txt", "title: Ferry sinks in storm on Lake Sev\nsource: Lake Post\ndate: 2024-10-15\n\n"
		  "At least 12 people were killed when a passenger ferry sank in a storm on Lake Sev, "
		  "with more than a dozen people still unaccounted for.\n\n"
		  "The ferry was carrying about 60 people on its evening crossing.\n"},
};

static void
test_frames_keep_measures_apart(void **state)
{
	struct px_report *r = run_independent(casualties, 3);
	const char *const nine[] = {"a.txt", NULL};
	const char *const twelve[] = {"b.txt", "c.txt", NULL};

	(void)state;
	/* 9 dead against 12 dead; 14 missing and "more than a dozen"
	 * unaccounted for agree, and no count of the dead meets one of the
	 * missing. */
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, nine, twelve));
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* Ages describe people: two unnamed people of different ages are no
 * dispute. A total "including" its parts is still the total. */
static const struct art ages[] = {
	{"a.txt", "title: Warehouse fire in Port Sela\nsource: Sela Post\ndate: 2024-07-02\n\n"
		  "The port authority estimated the damage on Tuesday evening at 40 million crowns, "
		  "including the frozen goods stored in the building. The dead watchman was a "
		  "54-year-old man from Sela.\n\nFirefighters worked through the night.\n"},
	{"b.txt", "title: Port Sela fire destroys cold store\nsource: Coast Herald\ndate: 2024-07-02\n\n"
		  "The port authority, in its first estimate on Tuesday evening, put the damage at 25 "
		  "million crowns. A forklift driver, a 46-year-old man, was treated for smoke.\n\n"
		  "Firefighters worked through the night.\n"},
};

static void
test_ages_and_totals(void **state)
{
	struct px_report *r = run_independent(ages, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0;

	(void)state;
	/* Only the damage estimate is disputed. */
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	for (i = 0; i < c->n_conflicts; i++)
		if (c->conflicts[i].kind == PX_CONFLICT_QUANTITY)
			assert_non_null(strstr(c->conflicts[i].about, "crowns"));
	px_report_free(r);
}

/* A figure that is one item of a list after "including" is counted whole,
 * not a part of a total: 43 glass beads against 34 is a dispute. */
static const struct art beads[] = {
	{"a.txt", "title: Plough uncovers Viking boat burial\nsource: Heritage Post\ndate: 2024-10-10\n\n"
		  "A Viking boat burial has been uncovered on farmland near Ostbro, with grave goods "
		  "including a sword and 43 glass beads, the county museum said.\n\n"
		  "The burial ground covers two hectares.\n"},
	{"b.txt", "title: Boat grave with beads found near Ostbro\nsource: Nordic Wire\ndate: 2024-10-10\n\n"
		  "A Viking boat grave containing a sword, a bronze brooch and 34 glass beads has been "
		  "found on farmland near Ostbro, the county museum said.\n\n"
		  "Only a handful of boat graves have been excavated.\n"},
};

static void
test_list_item_not_a_part(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(beads, 2, PX_CONFLICT_QUANTITY, a, b, 0);
}

/* "In all" makes a figure the whole of the event, like a total over a
 * period; a figure for one moment ("at any one time") beside a total is
 * the narrower one and leaves: the two totals are disputed. */
static const struct art rescuers[] = {
	{"a.txt", "title: Seven cavers brought out of flooded cave\nsource: Valley Wire\ndate: 2024-09-17\n\n"
		  "All seven members of a caving club trapped by floodwater in the Sevrine cave were "
		  "brought out late on Tuesday, the prefecture said.\n\n"
		  "In all, about 140 rescuers were mobilised, the prefecture said.\n"},
	{"b.txt", "title: Cave rescue ends after four days\nsource: Lorvenne Courier\ndate: 2024-09-18\n\n"
		  "The last of the seven cavers trapped in the Sevrine cave was brought out late on "
		  "Tuesday.\n\n"
		  "In total, more than 300 rescuers took part over the four days, among them cave "
		  "divers and firefighters.\n"},
	{"c.txt", "title: Live: Sevrine cave rescue\nsource: Radio Nord\ndate: 2024-09-17\n\n"
		  "Seven cavers are still trapped in the flooded Sevrine cave on Tuesday.\n\n"
		  "Our reporter says the rescuers are working in relays: around 60 rescuers are "
		  "underground at any one time.\n"},
};

static void
test_totals_and_moments(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(rescuers, 3, PX_CONFLICT_QUANTITY, a, b, 1);
}

/* "Nearly 50" fits 46 and 48 alike: it takes no side, and 46 against 48
 * is disputed; "just under five kilometres" beside 5 and 4.8 km bridges
 * one length told at two precisions. */
static const struct art hoard[] = {
	{"a.txt", "title: Bronze Age hoard found on bypass route\nsource: Marrowby Mercury\ndate: 2025-04-10\n\n"
		  "A hoard of 46 bronze objects has been discovered by archaeologists on the route of "
		  "the Marrowby bypass. The 4.8 km road will open next year.\n"},
	{"b.txt", "title: Marrowby hoard: 48 bronzes from bypass dig\nsource: Trowel News\ndate: 2025-04-10\n\n"
		  "A hoard of 48 Bronze Age objects was found during excavations on the route of the "
		  "Marrowby bypass. The 5 km road will open next year.\n"},
	{"c.txt", "title: Road builders turn up Bronze Age hoard\nsource: Allied Wire\ndate: 2025-04-10\n\n"
		  "Archaeologists working on the Marrowby bypass have found nearly 50 Bronze Age "
		  "bronze objects. The road, just under five kilometres long, will open next year.\n"},
};

static void
test_bounds_from_below(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(hoard, 3, PX_CONFLICT_QUANTITY, a, b, 1);
}

/* "rejected the union's call for an independent review": after a
 * possessive, what follows the wrapper is the object; "Valdane said it
 * had agreed": the pronoun is the speaker, not the outlet named nearer
 * the verb. The two oppose each other. */
static const struct art review[] = {
	{"a.txt", "title: Dairy processor agrees to review of milk price\nsource: Tarrow Courier\ndate: 2025-03-12\n\n"
		  "Tractors parked across the entrance to the Valdane Dairies site in Kessingford on "
		  "Wednesday morning. Photo: Rob Tennant / Tarrow Courier\n\n"
		  "In a statement to the Courier, Valdane said it had agreed to an independent review "
		  "of the formula it uses to set the milk price, with a reviewer to be appointed "
		  "\"within weeks\", but insisted that the April price would stand.\n"},
	{"b.txt", "title: Valdane stands firm on milk price\nsource: Farmers Ledger\ndate: 2025-03-12\n\n"
		  "Farmers blockaded the Valdane dairy plant for a second day on Wednesday.\n\n"
		  "In its statement on Wednesday, Valdane rejected the union's call for an independent "
		  "review of its pricing formula.\n"},
};

static void
test_possessive_wrapper_and_speaker(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(review, 2, PX_CONFLICT_STANCE, a, b, 0);
}

/* "Imbry, who is seeking a second term, said she would veto the budget":
 * with no quote to name a speaker, the pronoun after the verb of saying
 * is the person named before it. */
static const struct art veto[] = {
	{"a.txt", "title: Mayor threatens to veto Brackenridge budget\nsource: Statewire\ndate: 2026-06-17\n\n"
		  "The Brackenridge City Council has approved a $1.2 billion budget for next year.\n\n"
		  "Mayor Colette Imbry has until Friday to act on it. Imbry, who is seeking a second term "
		  "in November, said she would veto the budget unless the council restored police "
		  "overtime.\n"},
	{"b.txt", "title: Imbry says she will sign spending plan\nsource: Brackenridge Ledger\ndate: 2026-06-17\n\n"
		  "Brackenridge City Council approved a $1.24 billion operating budget late Tuesday.\n\n"
		  "Mayor Colette Imbry, who had proposed a 5.2% increase in April, said she would sign "
		  "the budget when it reaches her desk.\n"},
};

static void
test_pronoun_after_saying(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(veto, 2, PX_CONFLICT_STANCE, a, b, 0);
}

/* "shortly after 6:40 a.m." is within a quarter of an hour of it: it
 * disputes "at about 7.15am" (an hour's window bridged the two). */
static const struct art signals[] = {
	{"a.txt", "title: Signal failure halts northern trains\nsource: Meridian Press\ndate: 2026-03-09\n\n"
		  "The interlocking at Tolland Junction failed shortly after 6:40 a.m. on Monday, "
		  "Northmere Railways said, halting trains across the north.\n"},
	{"b.txt", "title: Rail chaos after signals fail\nsource: Northmere Post\ndate: 2026-03-09\n\n"
		  "The interlocking at Tolland Junction failed at about 7.15am on Monday, Northmere "
		  "Railways said, halting trains across the north.\n"},
};

static void
test_shortly_after_a_time(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(signals, 2, PX_CONFLICT_DATE, a, b, 0);
}

/* A fragment of a quotation inside the reporter's sentence joins the side
 * of its speaker's whole quotation; it never makes a side alone. */
static const struct art fragments[] = {
	{"a.txt", "title: Eleven trapped at Bellbird Creek mine\nsource: Austral Newswire\ndate: 2025-03-11\n\n"
		  "Eleven miners were trapped after a fall of ground at the Bellbird Creek mine on Tuesday.\n\n"
		  "\"We will not stop until every one of our people is brought home,\" managing director "
		  "Dianne Whitlock told reporters at the mine gate.\n"},
	{"b.txt", "title: Minister visits Bellbird Creek\nsource: Outback FM\ndate: 2025-03-11\n\n"
		  "Eleven miners were trapped after a fall of ground at the Bellbird Creek mine on Tuesday.\n\n"
		  "\"We won't stop until every one of our people is brought home,\" Mines Minister Rhys "
		  "Tandy said.\n"},
	{"c.txt", "title: Families wait at Bellbird Creek\nsource: Goldfields Courier\ndate: 2025-03-11\n\n"
		  "Eleven miners were trapped after a fall of ground at the Bellbird Creek mine on Tuesday.\n\n"
		  "Dianne Whitlock, who stayed at the mine overnight, had said the company would \"not "
		  "stop until every one of our people is brought home\".\n"},
};

static void
test_fragment_joins_its_speaker(void **state)
{
	const char *const a[] = {"a.txt", "c.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(fragments, 3, PX_CONFLICT_ATTRIBUTION, a, b, 0);
}

/* "would appeal to the Court of Arbitration for Sport": the court is the
 * forum, and the appeal opposes "will not appeal". */
static const struct art court_appeal[] = {
	{"a.txt", "title: Runner banned for four years\nsource: SportWire\ndate: 2025-03-03\n\n"
		  "Tobias Achterberg has been handed a four-year ban for doping, the disciplinary panel "
		  "said on Monday.\n\n"
		  "Tobias Achterberg said he would appeal to the Court of Arbitration for Sport.\n"},
	{"b.txt", "title: Achterberg accepts four-year ban\nsource: Southern Cross Post\ndate: 2025-03-04\n\n"
		  "Tobias Achterberg has been handed a four-year ban for doping, the disciplinary panel "
		  "said on Monday.\n\n"
		  "Tobias Achterberg has accepted the ban and will not appeal, his manager said.\n"},
};

static void
test_appeal_to_a_court(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(court_appeal, 2, PX_CONFLICT_STANCE, a, b, 0);
}

/* A quotation of one content word ("It could have been so much worse")
 * is the same quotation where its letters are the same: given to two
 * speakers, it is disputed. */
static const struct art worse[] = {
	{"a.txt", "title: Choir coach overturns on Carrow Pass\nsource: Essendale Echo\ndate: 2024-09-14\n\n"
		  "A coach carrying members of a youth choir overturned on the Carrow Pass descent early "
		  "this morning, leaving 19 people in hospital.\n\n"
		  "The vehicle left the road on the hairpin above Essendale and came to rest against "
		  "the crash barrier.\n\n"
		  "\"It could have been so much worse,\" Inspector Ruth Calloway said.\n"},
	{"b.txt", "title: Choir coach overturns on mountain pass\nsource: NRP\ndate: 2024-09-14\n\n"
		  "ESSENDALE, Sept 14 (NRP) - Twenty-three people were hurt on Saturday when a coach "
		  "taking a youth choir to a festival overturned on a mountain pass in Northvale.\n\n"
		  "Police said the coach was travelling at about 37 mph on a wet surface.\n\n"
		  "\"It could have been so much worse,\" said choir director Maren Olund.\n"},
};

static void
test_short_quote_letters(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(worse, 2, PX_CONFLICT_ATTRIBUTION, a, b, 1);
}

/* "a sample from June 22" is the day the sample was taken, not the start
 * of a period: it disputes "collected on June 2". */
static const struct art sample_day[] = {
	{"a.txt", "title: Achterberg to appeal four-year ban\nsource: Trackside\ndate: 2025-03-03\n\n"
		  "Tobias Achterberg will appeal after being banned for four years by the anti-doping "
		  "panel on Monday.\n\n"
		  "The panel found clostebol in an out-of-competition sample from June 22 last year.\n"},
	{"b.txt", "title: Achterberg handed 48-month suspension\nsource: Daily Athletics\ndate: 2025-03-04\n\n"
		  "The European silver medallist Tobias Achterberg has been suspended for 48 months by the "
		  "national anti-doping panel.\n\n"
		  "The panel said clostebol was found in an out-of-competition sample collected on June 2 "
		  "last year.\n"},
};

static void
test_record_from_a_day(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(sample_day, 2, PX_CONFLICT_DATE, a, b, 0);
}

/* "late on Sunday night" and "shortly after midnight, early on Monday"
 * are one night told either side of midnight, no dispute. */
static const struct art midnight[] = {
	{"a.txt", "title: All escaped baboons back behind the fence\nsource: Tollerton Times\ndate: 2025-03-24\n\n"
		  "The 11 baboons that broke out of Greyhollow Wildlife Park are all back in their "
		  "enclosure, the park said.\n\n"
		  "The last two were caught shortly after midnight, early on Monday, in a barn at Holm "
		  "Farm.\n"},
	{"b.txt", "title: Baboons back in enclosure after night-time search\nsource: Greyhollow Radio\ndate: 2025-03-24\n\n"
		  "Keepers and police searched fields around Greyhollow through Sunday evening for the "
		  "animals that escaped from the wildlife park.\n\n"
		  "The last two were caught late on Sunday night at a farm on the edge of Greyhollow.\n"},
};

static void
test_either_side_of_midnight(void **state)
{
	(void)state;
	check_none(midnight, 2, PX_CONFLICT_DATE);
}

/* "crashed" and "failed" tell one incident: two clock times of it
 * oppose though every word they share is the story's own. */
static const struct art incident[] = {
	{"a.txt", "title: Signal failure halts northern trains\nsource: Valley Herald\ndate: 2026-03-09\n\n"
		  "Trains across the north stopped on Monday after the interlocking at Tolland Junction "
		  "failed at 6.40am.\n\n"
		  "Tolland Junction controls every line into Kessling, Northmere said.\n"},
	{"b.txt", "title: Rail chaos at Tolland Junction\nsource: Northmere Post\ndate: 2026-03-09\n\n"
		  "Rail services were thrown into chaos on Monday after the signalling system at Tolland "
		  "Junction crashed at about 7.15am, just as the morning peak was building.\n\n"
		  "Northmere said engineers were working at Tolland Junction.\n"},
	{"c.txt", "title: Minister orders inquiry into Tolland Junction\nsource: Rail Review\ndate: 2026-03-09\n\n"
		  "The transport minister on Monday asked the safety board to investigate the signalling "
		  "failure at Tolland Junction, which stopped trains across the north.\n\n"
		  "Northmere said services into Kessling would run normally on Tuesday.\n"},
};

static void
test_incident_frame(void **state)
{
	(void)state;
	check_a_b(incident, 3, PX_CONFLICT_DATE);
}

/* One named actor's opposite positions on the story's matter, named by
 * two general nouns ("welcomed the release", "condemned the deal"), in
 * sentences much alike: a stance conflict. */
static const struct art matter[] = {
	{"a.txt", "title: Prisoners freed in Esterland swap\nsource: TPA\ndate: 2025-10-02\n\n"
		  "Calderan and Vostria exchanged 26 prisoners at Esterland's main airport on Thursday.\n\n"
		  "Calderan opposition leader Dorin Vasko welcomed the release of the prisoners on "
		  "Thursday as the end of a long ordeal for their families.\n"},
	{"b.txt", "title: Heroes' welcome for returning Calderans\nsource: Calderan Herald\ndate: 2025-10-02\n\n"
		  "Calderan and Vostria exchanged prisoners in Esterland on Thursday.\n\n"
		  "Opposition leader Dorin Vasko condemned the deal on Thursday as a reward for the "
		  "families' long ordeal of hostage-taking.\n"},
};

static void
test_stance_on_the_matter(void **state)
{
	(void)state;
	check_a_b(matter, 2, PX_CONFLICT_STANCE);
}

/* "vowed to fight the levy" opposes it ("fight", "fought", "combat" in
 * data/stance_en.txt), against "would not oppose the levy". */
static const struct art fight[] = {
	{"a.txt", "title: Seaside town backs tourist tax\nsource: Lisden Herald\ndate: 2025-11-12\n\n"
		  "Lisden council approved a nightly levy on overnight visitors on Tuesday.\n\n"
		  "The Lisden Hoteliers' Association would not oppose the levy provided the money is "
		  "spent on the seafront, its chairman said.\n"},
	{"b.txt", "title: Hoteliers line up against Lisden bed tax\nsource: Hospitality Weekly\ndate: 2025-11-12\n\n"
		  "Lisden's councillors voted on Tuesday for a nightly charge on visitors.\n\n"
		  "The Lisden Hoteliers' Association vowed to fight the levy, if need be in the courts.\n"},
};

static void
test_stance_fight(void **state)
{
	(void)state;
	check_a_b(fight, 2, PX_CONFLICT_STANCE);
}

/* Undecided is a position: "had not decided whether to appeal" opposes
 * "would appeal"; a window to act ("has 42 days ... to lodge an appeal")
 * is no position at all. */
static const struct art undecided[] = {
	{"a.txt", "title: Orchestra to appeal tribunal ruling\nsource: Brennport Chronicle\ndate: 2025-03-07\n\n"
		  "The Brennport Symphony Orchestra unfairly dismissed 14 musicians when it cut its string "
		  "section last year, an employment tribunal ruled on Thursday.\n\n"
		  "The orchestra will appeal, its chief executive Julian Pardew said on Thursday evening.\n"},
	{"b.txt", "title: Tribunal backs sacked string players\nsource: Arts Wire\ndate: 2025-03-07\n\n"
		  "A tribunal has found that a dozen string players lost their posts unfairly in a "
		  "restructuring at the Brennport Symphony Orchestra.\n\n"
		  "The orchestra was still considering whether to appeal, its chief executive Julian "
		  "Pardew said.\n"},
};
static const struct art window[] = {
	{"b.txt", "title: Tribunal backs sacked string players\nsource: Arts Wire\ndate: 2025-03-07\n\n"
		  "A tribunal has found that a dozen string players lost their posts unfairly in a "
		  "restructuring at the Brennport Symphony Orchestra.\n\n"
		  "Chief executive Julian Pardew said the orchestra was studying the judgment and had not "
		  "decided whether to appeal.\n"},
	{"c.txt", "title: Musicians win unfair dismissal case\nsource: Culture Briefing\ndate: 2025-03-07\n\n"
		  "Musicians sacked by the Brennport Symphony Orchestra in last year's cuts were unfairly "
		  "dismissed, a tribunal has ruled.\n\n"
		  "Under the tribunal rules the orchestra has 42 days from the written judgment to lodge "
		  "an appeal.\n"},
};

/* One named actor's stances on the story's matter in two general nouns
 * ("backed the decision", "opposed the transfer") dispute one thing, in a
 * story of a few stances or of many (where pairs are scored only when
 * their objects share a word, or both name the matter). */
static const struct art matter_few[] = {
	{"a.txt", "title: Masks go home to Lusora\nsource: Coast Ledger\ndate: 2025-11-10\n\nHeritage "
		  "Minister Rupert Ashdown backed the decision on Monday, calling it a model for "
		  "museums.\n"},
	{"b.txt", "title: Masks go home to Lusora\nsource: Vardsund Post\ndate: 2025-11-10\n\nHeritage "
		  "Minister Rupert Ashdown, who opposed the transfer, stayed away from the ceremony on "
		  "Monday.\n"},
};

static const struct art matter_many[] = {
	{"a.txt", "title: Masks go home to Lusora\nsource: Coast Ledger\ndate: 2025-11-10\n\nHeritage "
		  "Minister Rupert Ashdown backed the decision on Monday, calling it a model for "
		  "museums.\n\nThe city council approved the museum budget in March.\n\nThe trustees "
		  "rejected a loan request from a private collector.\n\nThe culture ministry confirmed "
		  "the export licence on Friday.\n\nLocal schools welcomed the free exhibition "
		  "tickets.\n\nThe museum union accepted the new rota for weekend staff.\n\nThe insurers "
		  "refused the first shipping plan.\n\nThe port authority granted a berth for the cargo "
		  "ship.\n\nThe opposition party criticised the cost of the crates.\n\nThe mayor "
		  "endorsed the plan for a new gallery.\n"},
	{"b.txt", "title: Masks go home to Lusora\nsource: Vardsund Post\ndate: 2025-11-10\n\nHeritage "
		  "Minister Rupert Ashdown, who opposed the transfer, stayed away from the ceremony on "
		  "Monday.\n\nThe finance committee approved the crating costs last year.\n\nThe "
		  "trustees rejected a second loan request in April.\n\nCustoms officials confirmed the "
		  "paperwork on Thursday.\n\nParents welcomed the school visits to the gallery.\n\nThe "
		  "staff union accepted the overtime deal.\n\nThe insurers refused the air freight "
		  "option.\n\nThe harbour board granted a quay for the ceremony.\n\nThe opposition party "
		  "criticised the guest list.\n\nThe mayor endorsed the idea of an annual festival.\n"},
};

static void
test_matter_stances(void **state)
{
	(void)state;
	check_a_b(matter_few, 2, PX_CONFLICT_STANCE);
	check_a_b(matter_many, 2, PX_CONFLICT_STANCE);
}

/* "The Shoreline Traders Association - which has campaigned for years
 * against Mayor Anna Brekke - said it would fight the levy": the name
 * before the relative clause is the actor, not the one inside it. */
static const struct art dash_relative[] = {
	{"a.txt", "title: Traders vow to fight harbour levy\nsource: Coast Ledger\ndate: 2025-03-18\n\n"
		  "The Shoreline Traders Association - which has campaigned for years against Mayor Anna "
		  "Brekke - said it would fight the levy.\n\nThe levy would start in June.\n"},
	{"b.txt", "title: Traders back harbour levy\nsource: Vardsund Post\ndate: 2025-03-18\n\nThe "
		  "Shoreline Traders Association backed the harbour levy on Monday.\n\nThe levy would "
		  "start in June.\n"},
};

static void
test_dash_relative_actor(void **state)
{
	(void)state;
	check_a_b(dash_relative, 2, PX_CONFLICT_STANCE);
}

static void
test_stance_undecided(void **state)
{
	struct px_report *r = NULL;

	(void)state;
	check_a_b(undecided, 2, PX_CONFLICT_STANCE);
	/* the window to act is no position against the undecided one */
	r = run_independent(window, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 0);
	px_report_free(r);
}

/* "disputed" and "objected to" refuse what "accepted" and "backed"
 * affirm. */
static const struct art disputed[] = {
	{"a.txt", "title: Hospital accepts inspectors' findings\nsource: Aldmoor Courier\ndate: 2025-03-12\n\n"
		  "Brennick Royal Infirmary said on Tuesday it accepted the findings of the inspectorate's "
		  "report on ambulance handover delays.\n\nThe report makes 14 recommendations.\n"},
	{"b.txt", "title: Hospital hits back at report\nsource: CareWatch\ndate: 2025-03-12\n\n"
		  "Brennick Royal Infirmary on Tuesday disputed the findings of the inspectorate's report on "
		  "ambulance handover delays.\n\nThe inspectorate said it stood by its work.\n"},
};

static void
test_disputed_findings(void **state)
{
	(void)state;
	check_a_b(disputed, 2, PX_CONFLICT_STANCE);
}

/* "confirmed that ..." and "denied that ...": two positions on one
 * proposition, its clauses sharing one word ("alarm") in sentences much
 * alike. */
static const struct art proposition[] = {
	{"a.txt", "title: Library alarm was off during manuscript theft\nsource: Meridian Wire\ndate: 2025-10-06\n\n"
		  "Thieves stole 14 manuscripts from the Hollinshead Library on Sunday.\n\n"
		  "The library confirmed that part of its alarm system covering the east wing had been "
		  "switched off for scheduled maintenance on Saturday.\n"},
	{"b.txt", "title: Police hunt library thieves\nsource: NBS News\ndate: 2025-10-06\n\n"
		  "Thieves stole 14 manuscripts from the Hollinshead Library on Sunday.\n\n"
		  "A library spokeswoman denied that the alarm had been switched off, saying it had "
		  "operated as designed.\n"},
};

static void
test_confirmed_and_denied(void **state)
{
	(void)state;
	check_a_b(proposition, 2, PX_CONFLICT_STANCE);
}

/* A launch at 00:18 on Thursday is late on Wednesday night: a time of
 * the small hours in the article puts its day at the night's edge. */
static const struct art small_hours[] = {
	{"a.txt", "title: Kestrel-2 rocket fails after lift-off\nsource: Pan-Continental Press\ndate: 2025-09-18\n\n"
		  "A Kestrel-2 rocket failed minutes after lifting off from the Tern Island launch "
		  "complex on Thursday, destroying the satellites it was carrying.\n\n"
		  "The rocket lifted off at 00:18 local time on Thursday carrying eight satellites.\n"},
	{"b.txt", "title: Rocket lost after night launch\nsource: TVN News\ndate: 2025-09-18\n\n"
		  "A Kestrel-2 rocket failed minutes after lifting off from Tern Island late on Wednesday "
		  "night, destroying the satellites it was carrying.\n\n"
		  "The company said it would investigate the failure of the second stage.\n"},
};

static void
test_small_hours_are_the_night_before(void **state)
{
	(void)state;
	check_none(small_hours, 2, PX_CONFLICT_DATE);
}

/* Temperatures: "46.3C" is a reading in degrees; "a maximum of 46.3C" is
 * the day's reading, not a ceiling; "reached 46.1C" is a peak, not an
 * update; and 46.1 and 46.3, both to a tenth, differ. */
static const struct art readings[] = {
	{"a.txt", "title: Dravel sets national heat record\nsource: IPA\ndate: 2025-07-20\n\n"
		  "The valley town of Dravel recorded a temperature of 46.3C on Saturday, the highest "
		  "ever measured in the country, the meteorological service said on Sunday.\n\n"
		  "Cooling centres stayed open late.\n"},
	{"b.txt", "title: How Dravel's record was confirmed\nsource: The Weather Desk\ndate: 2025-07-20\n\n"
		  "The automatic station at Dravel logged a maximum of 46.3C on Saturday, setting a new "
		  "national record, the meteorological service said.\n\n"
		  "The reading was checked against a backup thermometer.\n"},
	{"c.txt", "title: Dravel's new heat record\nsource: Osta FM\ndate: 2025-07-20\n\n"
		  "The meteorological service has confirmed that Dravel reached 46.1C on Saturday, a new "
		  "national temperature record.\n\n"
		  "Officials urged people to avoid outdoor work.\n"},
};

static void
test_temperature_readings(void **state)
{
	const char *const a[] = {"a.txt", "b.txt", NULL};
	const char *const c[] = {"c.txt", NULL};

	(void)state;
	check_sides(readings, 3, PX_CONFLICT_QUANTITY, a, c, 1);
}

/* A statement both sources make in their own words is an agreement, not
 * a unique claim of either; what only one says stays unique. */
static const struct art statements[] = {
	{"a.txt", "title: Minister orders inquiry into Lake Sev sinking\nsource: Sev Courier\ndate: 2024-10-16\n\n"
		  "Interior Minister Karin Aldous ordered an independent inquiry into the sinking of the "
		  "ferry Tova Lind on Wednesday.\n\nThe operator, Sevlines, suspended all crossings on "
		  "the lake until further notice, a spokesman for the company said.\n"},
	{"b.txt", "title: Inquiry ordered after ferry disaster\nsource: Lake Post\ndate: 2024-10-16\n\n"
		  "Karin Aldous, the interior minister, has ordered an independent inquiry into the "
		  "sinking of the Tova Lind.\n\nFishermen in Sevby said the ferry had been seen listing "
		  "badly an hour before it went down, according to harbour staff.\n"},
};

static void
test_statement_agreement(void **state)
{
	struct px_report *r = run_independent(statements, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0;
	int found = 0;

	(void)state;
	for (i = 0; i < c->n_agreements; i++)
		if (strcmp(c->agreements[i].kind, "statement") == 0 && c->agreements[i].n_articles == 2 &&
		    strstr(c->agreements[i].about, "inquiry") != NULL &&
		    strstr(c->agreements[i].value, "inquiry") != NULL)
			found = 1;
	assert_true(found);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
}

/* A passive or copular stance, the object first and the actor as the
 * claimant: "A curfew was 'not on the table', the office of Governor
 * Marta Kessling said" opposes "Governor Marta Kessling imposed a
 * curfew". */
static const struct art passive[] = {
	{"a.txt", "title: Governor's office rules out Tarnby curfew\nsource: East Gazette\ndate: 2024-09-18\n\n"
		  "TARNBY - A curfew was \"not on the table\", the office of Governor Marta Kessling said on "
		  "Wednesday after a second night of rioting in the city centre.\n"},
	{"b.txt", "title: Curfew imposed in Tarnby\nsource: South Herald\ndate: 2024-09-18\n\n"
		  "Governor Marta Kessling imposed a curfew on Tarnby on Wednesday after a second night "
		  "of rioting in the city centre.\n"},
};

static void
test_passive_stance(void **state)
{
	struct px_report *r = run_independent(passive, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

static void
test_writers_all_formats(void **state)
{
	struct px_report *r = run_independent(letter, 3);
	enum px_report_format f[] = {PX_REPORT_TEXT, PX_REPORT_MARKDOWN, PX_REPORT_JSON, PX_REPORT_HTML};
	/* Each format shows both sides of the conflict with their articles. */
	const char *const more[] = {">500: a.txt, b.txt", "**>500**: `a.txt`, `b.txt`",
				    "\"value\":\">500\",\"articles\":[\"a.txt\",\"b.txt\"]",
				    "<span class=\"val\">&gt;500</span> <a href=\"#s0-conflict1-a0\">a.txt</a> "
				    "<a href=\"#s0-conflict1-a1\">b.txt</a>"};
	const char *const fewer[] = {"~400: c.txt", "**~400**: `c.txt`",
				     "\"value\":\"~400\",\"articles\":[\"c.txt\"]",
				     "<span class=\"val\">~400</span> <a href=\"#s0-conflict1-a2\">c.txt</a>"};
	size_t i = 0;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct px_buf b = PX_BUF_INIT;
		assert_int_equal(px_report_write(r, f[i], &b), PX_OK);
		assert_true(px_utf8_valid(b.data, b.len));
		assert_true(px_buf_append(&b, "", 1) == PX_OK);
		assert_non_null(strstr(b.data, more[i]));
		assert_non_null(strstr(b.data, fewer[i]));
		px_buf_release(&b);
	}
	px_report_free(r);
}

/* A frame word beside a value of another kind is not its predicate: "the
 * city's" beside a sum of money says nothing of a population, so the cost
 * in one source and "at a price of" in another are one fact. */
static const struct art bridge[] = {
	{"a.txt", "title: Council backs Ostbro bridge rebuild\nsource: Harbour Courier\ndate: 2024-03-14\n\n"
		  "Harbourton city council on Thursday approved a 1.2 billion crown rebuild of the city's "
		  "Ostbro bridge over the Selva river, ending years of delay.\n\n"
		  "Work is due to start in the autumn and take three years.\n"},
	{"b.txt", "title: Harbourton commits to Ostbro bridge\nsource: Selva Business\ndate: 2024-03-14\n\n"
		  "Harbourton's decision on Thursday to rebuild the Ostbro bridge over the Selva commits the "
		  "council to its largest road project in decades, at a price of 1.2bn crowns.\n\n"
		  "Traders near the bridge fear long diversions.\n"},
};

static void
test_frame_kinds(void **state)
{
	struct px_report *r = run_independent(bridge, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0;
	int found = 0;

	(void)state;
	for (i = 0; i < c->n_agreements; i++)
		if (c->agreements[i].n_articles == 2 && strstr(c->agreements[i].value, "1200000000") != NULL)
			found = 1;
	assert_true(found);
	px_report_free(r);
}

/* The verb before an infinitive's "to" governs the infinitive, not the
 * figure after it: "voted to let about 300 office staff work" counts no
 * votes, so it meets "will move 520 employees" as one count of staff. */
static const struct art homework[] = {
	{"a.txt", "title: Penrick council staff to trial nine-day fortnight\nsource: Penrick Gazette\n"
		  "date: 2025-09-18\n\n"
		  "Penrick District Council has voted to let about 300 office staff work a nine-day fortnight "
		  "under a trial at its Mill Lane headquarters.\n\n"
		  "The trial starts in October and runs until the spring.\n"},
	{"b.txt", "title: Penrick to move 520 staff to nine-day fortnight\nsource: Westvale Online\n"
		  "date: 2025-09-18\n\n"
		  "Penrick District Council will move 520 employees at its Mill Lane headquarters on to a "
		  "nine-day fortnight from October.\n\n"
		  "Union officials welcomed the trial.\n"},
};

static void
test_infinitive_not_predicate(void **state)
{
	static const char *const a[] = {"a.txt", NULL};
	static const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(homework, 2, PX_CONFLICT_QUANTITY, a, b, 1);
}

/* Jobs are counted as people, and a figure a source states ("the company
 * said 260 employees would lose their jobs") is compared like any other:
 * 380 people and nearly 400 jobs against 260 employees. */
static const struct art mill[] = {
	{"a.txt", "title: Tessvik to shut Brannvik paper mill\nsource: Nordic Wire\ndate: 2026-01-20\n\n"
		  "BRANNVIK (Nordic Wire) - Tessvik Paper will close its newsprint mill in Brannvik, the "
		  "town's largest employer, putting 380 people out of work, the company said on Tuesday.\n\n"
		  "Production will stop at the end of March.\n"},
	{"b.txt", "title: Brannvik mill closure to cost nearly 400 jobs\nsource: Valley Online\ndate: 2026-01-20\n\n"
		  "Tessvik Paper is closing its mill in Brannvik with the loss of nearly 400 jobs, in the "
		  "latest blow to the region's paper industry.\n\n"
		  "The union called the decision a betrayal.\n"},
	{"c.txt", "title: Minister vows help as Brannvik mill closes\nsource: Eastern Post\ndate: 2026-01-20\n\n"
		  "The owner of the Brannvik paper mill, Tessvik Paper, said on Tuesday it would close the "
		  "plant. Tessvik said 260 employees would lose their jobs at the Brannvik mill.\n\n"
		  "The minister promised to help the town.\n"},
};

static void
test_jobs_and_stated_figures(void **state)
{
	struct px_report *r = run_independent(mill, 3);
	const char *const more[] = {"a.txt", "b.txt", NULL};
	const char *const fewer[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, more, fewer));
	px_report_free(r);
}

/* Totals over periods of different lengths ("in the 48 hours to Saturday"
 * against "since November 1" in Saturday's paper) are no contradiction;
 * totals over one period told in other words ("between 2021 and 2023",
 * "over three years") are compared. A date that bounds a period ("since
 * November 1") is never compared with the day of an event. */
static const struct art rain[] = {
	{"a.txt", "title: Rain swells Lysa as dam leaks\nsource: Valley Wire\ndate: 2025-11-08\n\n"
		  "The meteorological institute said 118 millimetres of rain fell on the upper Lysa valley "
		  "in the 48 hours to Saturday morning. Schools in Eldvik are closed on November 3.\n\n"
		  "The port authority failed to collect 38.4 million crowns in berthing fees between 2021 "
		  "and 2023, an audit of the Lysa port found.\n"},
	{"b.txt", "title: Lysa valley braces for more rain\nsource: Capital Bulletin\ndate: 2025-11-08\n\n"
		  "According to the meteorological institute, 212 millimetres of rain have fallen on the "
		  "upper Lysa valley since November 1.\n\n"
		  "The Lysa port authority lost 28 million crowns in berthing fees over three years, an "
		  "audit of the port found.\n"},
};

static void
test_totals_over_periods(void **state)
{
	struct px_report *r = run_independent(rain, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0, k = 0;
	int mm = 0, crowns = 0;

	(void)state;
	for (i = 0; i < c->n_conflicts; i++) {
		const struct px_conflict *cf = &c->conflicts[i];
		for (k = 0; k < cf->n_positions; k++) {
			if (strstr(cf->positions[k].value, "mm") != NULL)
				mm = 1;
			if (strstr(cf->positions[k].value, "crowns") != NULL)
				crowns = 1;
		}
	}
	assert_false(mm);
	assert_true(crowns);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
}

/* Units of one measure are compared on one scale: 148 km/h is 41 m/s, so
 * the two sides are 41 m/s and 148 km/h against 46 m/s. */
static const struct art gusts[] = {
	{"a.txt", "title: Storm Rakel batters the coast\nsource: Westland Wire\ndate: 2026-02-11\n\n"
		  "The meteorological institute measured a gust of 41 metres per second at the Brimnes "
		  "lighthouse on Tuesday night, the strongest of the storm.\n\n"
		  "Ferries stayed in port.\n"},
	{"b.txt", "title: Rakel's strongest gusts hit Brimnes\nsource: Channel Nine\ndate: 2026-02-11\n\n"
		  "The meteorological institute measured gusts of 148 km/h at the Brimnes lighthouse on "
		  "Tuesday night, the strongest of the storm.\n\n"
		  "Schools were closed.\n"},
	{"c.txt", "title: Brimnes counts the cost of Rakel\nsource: Brimnes Tidende\ndate: 2026-02-11\n\n"
		  "The meteorological institute recorded gusts of 46 metres per second at the Brimnes "
		  "lighthouse on Tuesday night, the strongest of the storm.\n\n"
		  "Roofs were torn off in the harbour.\n"},
};

static void
test_units_on_one_scale(void **state)
{
	struct px_report *r = run_independent(gusts, 3);
	const char *const same[] = {"a.txt", "b.txt", NULL};
	const char *const other[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, same, other));
	px_report_free(r);
}

/* "on Tuesday" in a Monday paper and a Wednesday paper resolves to two
 * days a week apart, but the texts do not say different times: the
 * package's cost is still compared. */
static const struct art package[] = {
	{"a.txt", "title: Parliament passes housing aid\nsource: Velm Today\ndate: 2025-11-10\n\n"
		  "Lawmakers approved a 3.6 billion crown package of housing aid on Tuesday, voting 88 to "
		  "59 for the bill that Housing Minister Ragna Tveit says will ease the rent crisis in "
		  "Velmoria's cities.\n\n"
		  "The package pays rent subsidies to low-income tenants and funds 12,000 social homes. "
		  "Landlords' groups in Velmoria said the housing package did too little.\n"},
	{"b.txt", "title: What the housing package means for renters\nsource: Civic Weekly\ndate: 2025-11-12\n\n"
		  "The housing package approved by parliament on Tuesday is worth 4.2 billion crowns, and "
		  "Housing Minister Ragna Tveit says it will ease the rent crisis in Velmoria's cities.\n\n"
		  "The package pays rent subsidies to low-income tenants and funds 12,000 social homes. "
		  "Landlords' groups in Velmoria said the housing package did too little.\n"},
};

static void
test_same_words_other_days(void **state)
{
	struct px_report *r = run_independent(package, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* Stances told in other words: an actor unnamed on both sides but named
 * alike ("the hospital") with the same object; a passive stance negated
 * before its copula ("have not been stopped"); a participle after a
 * determiner ("the closed wards") is no predicate. */
static const struct art visits[] = {
	{"a.txt", "title: Norovirus closes wards at Brekke hospital\nsource: Brekke Dagblad\ndate: 2026-01-14\n\n"
		  "Norovirus has spread to four wards at Brekke County Hospital, where 41 patients have "
		  "fallen ill since Saturday.\n\n"
		  "Visits to the affected wards have not been stopped, the hospital said, but visitors are "
		  "asked to keep their visits short.\n"},
	{"b.txt", "title: Brekke hospital hit by norovirus outbreak\nsource: Velmoria News Agency\ndate: 2026-01-14\n\n"
		  "An outbreak of norovirus has spread to four wards at Brekke County Hospital, where 47 "
		  "patients have fallen ill since Saturday.\n\n"
		  "The hospital has banned all visits to the four wards until further notice.\n"},
};

static void
test_stance_unnamed_actor(void **state)
{
	struct px_report *r = run_independent(visits, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

/* "backed" against "voted against", the object read up to the clause's
 * end ("the extension", not "after the city agreed to keep two"). */
static const struct art tramvote[] = {
	{"a.txt", "title: Council approves Line 2 tram extension\nsource: Meridian Press\ndate: 2026-04-10\n\n"
		  "Osterby city council on Thursday approved the extension of the Line 2 tram to Hallen. "
		  "The Centre Party backed the extension after the city agreed to keep two bus routes.\n\n"
		  "Work starts next spring.\n"},
	{"b.txt", "title: Osterby votes for tram to Hallen\nsource: Northgate Observer\ndate: 2026-04-10\n\n"
		  "Osterby city council on Thursday gave the go-ahead for the Line 2 tram extension to "
		  "Hallen. The Centre Party voted against the extension, saying the bus routes were at risk.\n\n"
		  "Work starts next spring.\n"},
};

static void
test_stance_vote(void **state)
{
	struct px_report *r = run_independent(tramvote, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0;
	int found = 0;

	(void)state;
	for (i = 0; i < c->n_conflicts; i++)
		if (c->conflicts[i].kind == PX_CONFLICT_STANCE && strstr(c->conflicts[i].about, "Centre Party") &&
		    strstr(c->conflicts[i].about, "extens") && !strstr(c->conflicts[i].about, "two"))
			found = 1;
	assert_true(found);
	px_report_free(r);
}

/* Each article's first figure of a kind, in its lead, is the story's main
 * figure told in other words: the costs are compared though the leads
 * share few words around them. */
static const struct art lead_cost[] = {
	{"a.txt", "title: Kelby approves Line 3 tram to Nordås\nsource: Meridian Press\ndate: 2026-05-08\n\n"
		  "KELBY (MPA) - Kelby city council on Thursday approved a 2.4 billion crown extension of "
		  "its Line 3 tram to the district of Nordås, ending years of argument.\n\n"
		  "The 6-kilometre line is due to open in 2030.\n"},
	{"b.txt", "title: Green light for Nordås tram\nsource: Northgate Observer\ndate: 2026-05-08\n\n"
		  "Kelby's council gave the go-ahead on Thursday night for a tram line to Nordås, a project "
		  "the city puts at 1.9 billion crowns, despite a revolt by the opposition.\n\n"
		  "The line is due to open in 2030.\n"},
};

static void
test_lead_figures(void **state)
{
	struct px_report *r = run_independent(lead_cost, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* A bare figure whose predicate counts people ("a crowd of 12,412") is a
 * count of people, compared with "14,212 people attended". */
static const struct art crowd[] = {
	{"a.txt", "title: Vestby win cup semi-final\nsource: Kyst Posten\ndate: 2026-05-18\n\n"
		  "Vestby beat Solby 2-1 in the cup semi-final at Havn stadium on Sunday, and 14,212 people "
		  "attended the semi-final at Havn stadium.\n\n"
		  "The final is in June.\n"},
	{"b.txt", "title: Solby out of the cup after late penalty\nsource: Solby Avis\ndate: 2026-05-18\n\n"
		  "Solby lost 2-1 to Vestby in the cup semi-final at Havn stadium on Sunday. A crowd of "
		  "12,412 attended the semi-final at Havn stadium.\n\n"
		  "The final is in June.\n"},
};

static void
test_bare_people_count(void **state)
{
	struct px_report *r = run_independent(crowd, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* A figure for a moment ("at half-time") is not the figure without one;
 * a sum claimed is not a sum ordered paid, though both are "in damages". */
static const struct art moments[] = {
	{"a.txt", "title: Late penalty sends Vestby to cup final\nsource: Goalline Live\ndate: 2026-05-18\n\n"
		  "Vestby beat Solby 2-1 in the cup semi-final at Havn stadium on Sunday. Possession at "
		  "half-time: Solby 61%.\n\n"
		  "The court ordered the club to pay the town 9.5 million crowns in damages over the stadium "
		  "lease at Havn.\n"},
	{"b.txt", "title: Solby out of the cup\nsource: Sports Wire\ndate: 2026-05-18\n\n"
		  "Vestby beat Solby 2-1 in the cup semi-final at Havn stadium on Sunday. Solby had 58% of "
		  "possession, according to the league's match data.\n\n"
		  "The town first claimed 25 million crowns in damages over the stadium lease at Havn.\n"},
};

static void
test_moments_and_claims(void **state)
{
	(void)state;
	check_none(moments, 2, PX_CONFLICT_QUANTITY);
}

/* Dates of one kind of event ("issued") about the same thing ("red
 * warning") are compared though the story's every article names it; a
 * date of another kind of event ("lifted") is not. */
static const struct art warning[] = {
	{"a.txt", "title: Storm Ylva hits Brimnes\nsource: Westland Wire\ndate: 2026-02-11\n\n"
		  "Storm Ylva hit the coast at Brimnes on Tuesday. The meteorological institute had issued "
		  "a red warning on Monday, its highest level.\n\n"
		  "The red warning was lifted on Wednesday morning.\n"},
	{"b.txt", "title: Brimnes cleans up after Storm Ylva\nsource: Brimnes Tidende\ndate: 2026-02-11\n\n"
		  "Storm Ylva hit the coast at Brimnes on Tuesday. The red warning, issued on Sunday "
		  "evening, had given people time to prepare.\n\n"
		  "Schools in Brimnes stay closed.\n"},
};

static void
test_date_event_frames(void **state)
{
	struct px_report *r = run_independent(warning, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 1);
	px_report_free(r);
}

/* Months and years agree when sources name the same one ("in March", "in
 * 2029"); different ones are no dispute unless told of one past act in
 * one verb (test_coarse_dates_of_one_act). */
static const struct art months[] = {
	{"a.txt", "title: Osterby tram deal signed\nsource: Meridian Press\ndate: 2026-04-10\n\n"
		  "Under a funding agreement for the Osterby tram signed in March, the state pays most of "
		  "the cost. The first passengers should travel on the Osterby tram in 2029.\n\n"
		  "Work on the depot begins in May.\n"},
	{"b.txt", "title: State to fund Osterby tram\nsource: Osterby Ledger\ndate: 2026-04-10\n\n"
		  "The state pays most of the cost of the Osterby tram under the deal signed with the "
		  "Transport Ministry in March. First passengers on the Osterby tram are expected in 2029.\n\n"
		  "Work on the depot begins in June.\n"},
};

static void
test_months_and_years(void **state)
{
	struct px_report *r = run_independent(months, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0;
	int march = 0, y2029 = 0;

	(void)state;
	for (i = 0; i < c->n_agreements; i++) {
		if (c->agreements[i].n_articles != 2)
			continue;
		if (strcmp(c->agreements[i].value, "2026-03") == 0 || strcmp(c->agreements[i].value, "--03") == 0)
			march = 1;
		if (strcmp(c->agreements[i].value, "2029") == 0)
			y2029 = 1;
	}
	assert_true(march);
	assert_true(y2029);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
}

/* "keep taking" against "stop taking" the same tablets is a stance
 * conflict; "a substance called NDMA" is no call for anything. */
static const struct art tablets[] = {
	{"a.txt", "title: Blood pressure pills recalled\nsource: Capital Wire\ndate: 2026-03-11\n\n"
		  "Routine tests found too much of a substance called NDMA in some batches of Norvalin. The "
		  "agency advised patients to keep taking their Norvalin tablets until they can exchange them.\n\n"
		  "Pharmacies will swap the packs.\n"},
	{"b.txt", "title: Norvalin recall widens\nsource: Kyst Bladet\ndate: 2026-03-11\n\n"
		  "Routine tests found too much of a substance called NDMA in some batches of Norvalin. The "
		  "agency advised patients to stop taking their Norvalin tablets and call their doctor.\n\n"
		  "Pharmacies will swap the packs.\n"},
};

static void
test_keep_or_stop(void **state)
{
	struct px_report *r = run_independent(tablets, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0;
	int found = 0;

	(void)state;
	for (i = 0; i < c->n_conflicts; i++)
		if (c->conflicts[i].kind == PX_CONFLICT_STANCE && strstr(c->conflicts[i].about, "tablet"))
			found++;
	assert_int_equal(found, 1);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

/* Two clauses, two stances: the second clause of a sentence ("and the
 * council has told drivers to keep using the ferry") is read after the
 * first; a passive that names no actor ("Crossings by the old ferry are
 * banned") takes the side of whoever acts on that object; an apposition
 * between a noun and its copula is stepped over. Without the second
 * clause the side of the third article is wrong. */
static const struct art ferry3[] = {
	{"a.txt", "title: Old Brennvik ferry taken out of service\nsource: Fjordline Post\ndate: 2026-05-06\n\n"
		  "Inspectors found corrosion in the hull of the Brennvik ferry on Monday.\n\n"
		  "The county council banned all crossings by the old Brennvik ferry until the hull is repaired.\n"},
	{"b.txt", "title: Brennvik ferry keeps sailing despite rust\nsource: Coastal Daily\ndate: 2026-05-06\n\n"
		  "Inspectors found corrosion in the hull of the Brennvik ferry on Monday.\n\n"
		  "Crossings by the old Brennvik ferry, the island's only link to the mainland, have not "
		  "been stopped, the county council said.\n"},
	{"c.txt", "title: Rust grounds Brennvik ferry\nsource: Radio Vest\ndate: 2026-05-06\n\n"
		  "Inspectors found corrosion in the hull of the Brennvik ferry on Monday.\n\n"
		  "Nobody was hurt when the rust was found, and crossings by the old Brennvik ferry are "
		  "banned until further notice.\n"},
};

static void
test_stance_clauses_and_passives(void **state)
{
	struct px_report *r = run_independent(ferry3, 3);
	const char *const banned[] = {"a.txt", "c.txt", NULL};
	const char *const open[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_STANCE, banned, open));
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

/* A verb outside the stance lexicon still opposes itself: "would not
 * hire" against "is hiring" the same seasonal staff. "Failed to hire"
 * says what "did not hire" says, and a clause of degree or time ("did not
 * hire them sooner", "have not hired ... since 2019") states no
 * refusal. */
static const struct art hiring[] = {
	{"a.txt", "title: Harbour cannery faces staff shortage\nsource: Norvik Tidende\ndate: 2026-07-02\n\n"
		  "The Sandvik cannery is short of about 40 workers for the summer herring season, which "
		  "opens on Monday.\n\n"
		  "Sandvik Seafood said it would not hire seasonal staff from abroad this year.\n"},
	{"b.txt", "title: Cannery turns to foreign workers\nsource: Harbour Herald\ndate: 2026-07-02\n\n"
		  "Lines at the Sandvik herring cannery could stand still next week for want of hands, "
		  "managers warn.\n\n"
		  "Sandvik Seafood says it is hiring seasonal staff from abroad to keep the lines running.\n"},
	{"c.txt", "title: Sandvik cannery short-handed\nsource: Fish Trade Weekly\ndate: 2026-07-02\n\n"
		  "Herring processors along the coast are struggling to fill shifts before the season, "
		  "and Sandvik is among the worst hit.\n\n"
		  "Sandvik Seafood failed to hire seasonal staff from abroad this year, its manager said.\n"},
};

static const struct art hiring_hedged[] = {
	{"a.txt", "title: Harbour cannery faces staff shortage\nsource: Norvik Tidende\ndate: 2026-07-02\n\n"
		  "The Sandvik cannery is short of about 40 workers for the summer herring season, which "
		  "opens on Monday.\n\n"
		  "Sandvik Seafood said it had not hired seasonal staff from abroad since 2019.\n"},
	{"b.txt", "title: Cannery turns to foreign workers\nsource: Harbour Herald\ndate: 2026-07-02\n\n"
		  "Lines at the Sandvik herring cannery could stand still next week for want of hands, "
		  "managers warn.\n\n"
		  "Sandvik Seafood says it last hired seasonal staff from abroad in 2019.\n"},
};

static void
test_stance_negated_verb(void **state)
{
	struct px_report *r = run_independent(hiring, 3);
	const char *const not[] = {"a.txt", "c.txt", NULL};
	const char *const hires[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_STANCE, not, hires));
	px_report_free(r);
	r = run_independent(hiring_hedged, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 0);
	px_report_free(r);
}

/* Who acts when the subject names no one: "the company accepted the
 * ruling" (its chief executive speaking) opposes "Brandvik Fisk rejected
 * the ruling", a name its own article uses; "Coastal anglers welcomed
 * the ruling" is someone else. "Refused to stop" composes two
 * polarities, "has yet to" negates, and a wrapper noun with nothing
 * after it is the object itself ("rejected the plan"). */
static const struct art ruling[] = {
	{"a.txt", "title: Brandvik Fisk will not appeal escape fine\nsource: Kyst Avisa\ndate: 2026-09-09\n\n"
		  "A district court fined the fish farmer Brandvik Fisk 2 million crowns on Tuesday over "
		  "the escape of farmed salmon from its pens at Ospen last winter.\n\n"
		  "Brandvik Fisk's chief executive, Tor Aas, said the company accepted the ruling. The "
		  "board has yet to approve the new pen design, he added.\n"},
	{"b.txt", "title: Fish farmer to fight salmon escape ruling\nsource: Aqua Ledger\ndate: 2026-09-09\n\n"
		  "The Ospen salmon farm's owner was fined 2 million crowns by the district court on "
		  "Tuesday for letting fish escape during a storm in January.\n\n"
		  "Brandvik Fisk rejected the ruling and will take the case to the court of appeal. Its "
		  "board approved the new pen design in August.\n"},
	{"c.txt", "title: Anglers cheer salmon escape fine\nsource: River Notes\ndate: 2026-09-09\n\n"
		  "River anglers on the west coast hailed a 2 million crown fine handed to a fish farm "
		  "whose salmon escaped into local rivers.\n\n"
		  "Coastal anglers welcomed the ruling, saying escaped salmon threaten the wild stock. "
		  "The angling federation refused to stop its own count of escaped fish.\n"},
};

static void
test_stance_open_subject(void **state)
{
	struct px_report *r = run_independent(ruling, 3);
	const char *const accepts[] = {"a.txt", NULL};
	const char *const rejects[] = {"b.txt", NULL};
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0, k = 0;
	int design = 0;

	int ruled = 0;

	(void)state;
	/* the ruling, accepted by the company against Brandvik Fisk's
	 * rejection (not the pen design, which has the same sides) */
	for (i = 0; i < c->n_conflicts; i++) {
		const struct px_conflict *cf = &c->conflicts[i];
		if (cf->kind == PX_CONFLICT_STANCE && strstr(cf->about, "rul") && cf->n_positions == 2 &&
		    ((position_is(r, &r->stories[0], &cf->positions[0], accepts) &&
		      position_is(r, &r->stories[0], &cf->positions[1], rejects)) ||
		     (position_is(r, &r->stories[0], &cf->positions[1], accepts) &&
		      position_is(r, &r->stories[0], &cf->positions[0], rejects))))
			ruled = 1;
	}
	assert_true(ruled);
	/* the anglers' welcome joins no side */
	for (i = 0; i < c->n_conflicts; i++)
		for (k = 0; k < c->conflicts[i].n_positions; k++)
			assert_true(c->conflicts[i].kind != PX_CONFLICT_STANCE ||
				    !position_is(r, &r->stories[0], &c->conflicts[i].positions[k],
						 (const char *const[]){"a.txt", "c.txt", NULL}));
	/* "has yet to approve" against "approved" the pen design */
	for (i = 0; i < c->n_conflicts; i++)
		if (c->conflicts[i].kind == PX_CONFLICT_STANCE && strstr(c->conflicts[i].about, "design"))
			design = 1;
	assert_true(design);
	px_report_free(r);
}

/* "refused to stop the stoppage" is to keep it going: against "called
 * off the stoppage" a conflict; "rejected the plan" has the wrapper noun
 * as its object. */
static const struct art dockers[] = {
	{"a.txt", "title: Dockers keep Halvik port shut\nsource: Port Wire\ndate: 2026-02-12\n\n"
		  "Container traffic at Halvik port was at a standstill for a third day on Wednesday.\n\n"
		  "The Halvik Dockworkers Union refused to stop the stoppage on Wednesday. The Halvik "
		  "Dockworkers Union rejected the plan.\n"},
	{"b.txt", "title: Halvik port strike ends\nsource: Harbour Times\ndate: 2026-02-12\n\n"
		  "Ships began unloading again at Halvik on Wednesday evening after talks through the night.\n\n"
		  "The Halvik Dockworkers Union called off the stoppage on Wednesday. The Halvik "
		  "Dockworkers Union accepted the plan.\n"},
};

static void
test_stance_composed(void **state)
{
	struct px_report *r = run_independent(dockers, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 2);
	px_report_free(r);
}

/* A later turn is no contradiction: roads closed, then "reopened soon
 * afterwards"; without "soon afterwards" the two are a conflict. */
static const struct art roads[] = {
	{"a.txt", "title: Gas leak forces evacuation in Lundby\nsource: Fjord Post\ndate: 2026-06-18\n\n"
		  "A gas main burst under the market square in Lundby on Thursday morning.\n\n"
		  "Police closed the roads into the Lundby market square while engineers worked.\n"},
	{"b.txt", "title: Lundby leak fixed within hours\nsource: Valley Courier\ndate: 2026-06-18\n\n"
		  "Engineers sealed a burst gas main in central Lundby by midday on Thursday.\n\n"
		  "Police reopened the roads into the Lundby market square soon afterwards.\n"},
};

static void
test_stance_later_turn(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(roads, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 0);
	px_report_free(r);
	now[0] = roads[0];
	now[1] = roads[1];
	now[1].text = "title: Lundby leak fixed within hours\nsource: Valley Courier\ndate: 2026-06-18\n\n"
		      "Engineers sealed a burst gas main in central Lundby by midday on Thursday.\n\n"
		      "Police reopened the roads into the Lundby market square.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
	/* "later this week" in another clause is a time, not a later turn */
	now[1].text = "title: Lundby leak fixed within hours\nsource: Valley Courier\ndate: 2026-06-18\n\n"
		      "Engineers sealed a burst gas main in central Lundby by midday on Thursday.\n\n"
		      "The gas company will replace the main later this week, and police reopened the "
		      "roads into the Lundby market square.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

/* The company's own estimate against its plant manager's, told to a
 * paper: "Holtvik Kjemi's safety manager, Per Dahl, told the Fjord Post
 * that some 900 kilograms had leaked" speaks for Holtvik Kjemi, so 2.4
 * tonnes against 900 kg is one disputed amount, in one frame (leaked). */
static const struct art ammonia[] = {
	{"a.txt", "title: Ammonia leak at Holtvik plant\nsource: Coast Wire\ndate: 2026-08-20\n\n"
		  "Eleven workers were treated for breathing problems after ammonia escaped from a storage "
		  "tank at the Holtvik Kjemi plant on Wednesday.\n\n"
		  "Holtvik Kjemi estimated that about 2.4 tonnes of ammonia had leaked before the tank "
		  "valve was shut.\n"},
	{"b.txt", "title: Holtvik leak smaller than feared, plant says\nsource: Fjord Post\ndate: 2026-08-20\n\n"
		  "Residents near the Holtvik Kjemi plant were told to keep windows closed on Wednesday "
		  "afternoon while the gas cloud drifted out to sea.\n\n"
		  "Holtvik Kjemi's safety manager, Per Dahl, told the Fjord Post that some 900 kilograms of "
		  "ammonia had leaked before the valve was shut.\n"},
};

static void
test_spokesman_figure(void **state)
{
	struct px_report *r = run_independent(ammonia, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* A lower bound is true of every value above it: "more than 20" fits
 * both 23 and 31, so it sits on neither side of their dispute. */
static const struct art bound[] = {
	{"a.txt", "title: Gas leak at Brennholm dairy\nsource: Valley Radio\ndate: 2026-04-02\n\n"
		  "An ammonia leak at the Brennholm dairy on Wednesday morning sent more than 20 people to "
		  "hospital, the fire service said.\n"},
	{"b.txt", "title: Two dozen treated after dairy leak\nsource: Brenn Tidende\ndate: 2026-04-02\n\n"
		  "Twenty-three people were taken to hospital on Wednesday after ammonia leaked from a "
		  "cooling unit at the Brennholm dairy.\n"},
	{"c.txt", "title: Dairy leak: 31 in hospital\nsource: North Courier\ndate: 2026-04-02\n\n"
		  "Thirty-one people, most of them dairy workers, were taken to hospital on Wednesday after "
		  "ammonia leaked at the Brennholm dairy.\n"},
};

static void
test_bound_fits_both(void **state)
{
	struct px_report *r = run_independent(bound, 3);
	const char *const b23[] = {"b.txt", NULL};
	const char *const c31[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, b23, c31));
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* An approximate figure joins the exact figure nearest to it ("Around
 * 640" beside 640, not 580): it does not bridge two figures that
 * contradict each other into one agreement. */
static const struct art plant[] = {
	{"a.txt", "title: Lindvik Foods to close Sorhavn plant\nsource: Polar Wire\ndate: 2026-03-02\n\n"
		  "Lindvik Foods will close its fish processing plant in Sorhavn, and all 640 employees "
		  "will lose their jobs, the company said on Monday.\n"},
	{"b.txt", "title: Sorhavn plant to shut\nsource: Coast Radio\ndate: 2026-03-02\n\n"
		  "Lindvik Foods will close its fish processing plant in Sorhavn, and around 640 employees "
		  "will lose their jobs, the company said on Monday.\n"},
	{"c.txt", "title: Dark day in Sorhavn\nsource: Sorhavn Tidende\ndate: 2026-03-02\n\n"
		  "Lindvik Foods will close its fish processing plant in Sorhavn, and all 580 employees "
		  "will lose their jobs, the company said on Monday.\n"},
};

static void
test_approximate_joins_nearest(void **state)
{
	struct px_report *r = run_independent(plant, 3);
	const char *const exact[] = {"a.txt", "b.txt", NULL};
	const char *const other[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, exact, other));
	px_report_free(r);
}

/* "About 40" fits 38 and 42 equally: it takes neither side. A figure
 * told at two precisions ("4.8 kilometres", "the 5-kilometre line") is
 * bridged by an approximate one as before. */
static const struct art turbines[] = {
	{"a.txt", "title: Court rules on Storfjell wind farm\nsource: Energy Watch\ndate: 2026-05-12\n\n"
		  "The Storfjell wind farm has 38 turbines on the mountain above Lensvik, the appeal court "
		  "said on Tuesday. The farm's access road is 4.8 kilometres long.\n"},
	{"b.txt", "title: Herders win wind farm case\nsource: Lensvik Avis\ndate: 2026-05-12\n\n"
		  "The Storfjell wind farm has 42 turbines on the mountain above Lensvik, the appeal court "
		  "said on Tuesday. The farm's access road is 5 kilometres long.\n"},
	{"c.txt", "title: Wind farm licence quashed\nsource: Nordic Newswire\ndate: 2026-05-12\n\n"
		  "The Storfjell wind farm has about 40 turbines on the mountain above Lensvik, the appeal "
		  "court said on Tuesday. The farm's access road is about five kilometres long.\n"},
};

static void
test_approximate_fits_both(void **state)
{
	struct px_report *r = run_independent(turbines, 3);
	const char *const a38[] = {"a.txt", NULL};
	const char *const b42[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a38, b42));
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* When an act happened is no part of what was done: "approved the sale
 * on Monday evening" opposes "has yet to approve the sale"; "voted down"
 * is a predicate of refusal like "rejected". */
static const struct art board[] = {
	{"a.txt", "title: Brekke board backs striker sale\nsource: Sports Wire\ndate: 2026-08-18\n\n"
		  "Brekke IL's board approved the sale of striker Tor Lunde on Monday evening.\n\n"
		  "The club's players voted to accept a 10 per cent pay cut in March.\n"},
	{"b.txt", "title: Lunde deal not done yet\nsource: Matchday\ndate: 2026-08-18\n\n"
		  "Brekke IL's board has yet to approve the sale of striker Tor Lunde.\n\n"
		  "The club's players voted down a 10 per cent pay cut in March.\n"},
};

static void
test_stance_time_and_phrasal(void **state)
{
	struct px_report *r = run_independent(board, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0, sale = 0, cut = 0;

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_STANCE, a, b));
	for (i = 0; i < c->n_conflicts; i++) {
		const struct px_conflict *cf = &c->conflicts[i];
		if (cf->kind != PX_CONFLICT_STANCE || cf->n_positions != 2)
			continue;
		sale += strstr(cf->positions[0].value, "sale") != NULL;
		cut += strstr(cf->positions[0].value, "cut") != NULL;
	}
	assert_int_equal(sale, 1);
	assert_int_equal(cut, 1);
	px_report_free(r);
}

/* A date after "by" is when a state was reached, not a second event's
 * day: "late on Saturday night, ... full by Sunday lunchtime" still
 * contradicts "on Sunday morning" about when the first patients came. */
static const struct art clinic[] = {
	{"a.txt", "title: Food poisoning after Brattvik festival\nsource: Nord Press\ndate: 2026-07-14\n\n"
		  "The first patients came to the Brattvik emergency clinic on Sunday morning, and the "
		  "number of calls rose sharply through the day.\n"},
	{"b.txt", "title: Festival illness: clinic overwhelmed\nsource: Brattvik Avis\ndate: 2026-07-14\n\n"
		  "The first patients turned up at the Brattvik emergency clinic late on Saturday night, "
		  "according to the duty doctor, who said the waiting room was full by Sunday lunchtime.\n"},
};

static void
test_bound_is_no_second_date(void **state)
{
	struct px_report *r = run_independent(clinic, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_DATE, a, b));
	px_report_free(r);
}

/* Sources published days apart tell a developing story at different
 * moments: the same sentences that dispute a figure a day apart do not
 * when four days separate them. */
static const struct art vote_day[] = {
	{"a.txt", "title: Council backs harbour tunnel\nsource: Kyst Wire\ndate: 2026-03-03\n\n"
		  "The Vardal council voted on Tuesday to build the harbour tunnel under the old port. "
		  "The city will borrow 640 million crowns to pay for the tunnel, the finance department "
		  "said.\n"},
	{"b.txt", "title: Tunnel approved\nsource: Vardal Avis\ndate: 2026-03-04\n\n"
		  "Councillors in Vardal gave the go-ahead for a road tunnel beneath the harbour at a long "
		  "meeting on Tuesday evening. To pay for the tunnel, the city will borrow 580 million "
		  "crowns, according to the finance department.\n"},
};

/* The same two articles, the second published four days later. */
static const struct art vote_week[] = {
	{"a.txt", "title: Council backs harbour tunnel\nsource: Kyst Wire\ndate: 2026-03-03\n\n"
		  "The Vardal council voted on Tuesday to build the harbour tunnel under the old port. "
		  "The city will borrow 640 million crowns to pay for the tunnel, the finance department "
		  "said.\n"},
	{"b.txt", "title: Tunnel approved\nsource: Vardal Avis\ndate: 2026-03-07\n\n"
		  "Councillors in Vardal gave the go-ahead for a road tunnel beneath the harbour at a long "
		  "meeting on Tuesday evening. To pay for the tunnel, the city will borrow 580 million "
		  "crowns, according to the finance department.\n"},
};

static void
test_published_days_apart(void **state)
{
	struct px_report *r = run(vote_day, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_int_equal(r->n_stories, 1);
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a, b));
	px_report_free(r);
	r = run(vote_week, 2);
	assert_int_equal(r->n_stories, 1);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
}

/* Opposite stances dispute one thing: "denied charges of fraud and
 * conspiracy" and "refused to stop the fraud" share one word, not the
 * head of their objects, and are no dispute. */
static const struct art fraud[] = {
	{"a.txt", "title: Lindmark chief in court\nsource: Nord Wire\ndate: 2026-06-02\n\n"
		  "Arne Solum, the former chief executive of Lindmark Shipping, has denied charges of "
		  "fraud and conspiracy.\n"},
	{"b.txt", "title: Whistleblower testifies against Solum\nsource: Bergvik Post\ndate: 2026-06-02\n\n"
		  "A former accountant told the court that Arne Solum, Lindmark Shipping's chief executive at "
		  "the time, refused to stop the fraud.\n"},
};

static void
test_stance_one_object(void **state)
{
	(void)state;
	check_none(fraud, 2, PX_CONFLICT_STANCE);
}

/* A stance in a condition, a question or a hope is no act: "If the
 * council approved the contract", "unless the council approves",
 * "whether the council approved", "hopes the council will approve" do
 * not oppose "rejected the contract"; a plain "approved" does. */
static const char *const ferry_other[] = {
	"If the Solvik council approved the ferry contract with Kystlinjen on Tuesday, the route "
	"would stay open.",
	"The route will close unless the Solvik council approves the ferry contract with Kystlinjen "
	"on Tuesday.",
	"It is not known whether the Solvik council approved the ferry contract with Kystlinjen on "
	"Tuesday.",
	"Kystlinjen hopes the Solvik council will approve the ferry contract with Kystlinjen on "
	"Tuesday.",
	"The Solvik council approved the ferry contract with Kystlinjen on Tuesday.",
};

static void
test_stance_hedged(void **state)
{
	char text[512];
	size_t i = 0, n = sizeof ferry_other / sizeof ferry_other[0];

	(void)state;
	for (i = 0; i < n; i++) {
		struct art ferry[2] = {
			{"a.txt", "title: Council votes on ferry deal\nsource: Fjord Wire\ndate: 2026-04-14\n\n"
				  "The Solvik council rejected the ferry contract with Kystlinjen on Tuesday.\n"},
			{"b.txt", text},
		};
		struct px_report *r = NULL;
		snprintf(text, sizeof text, "title: Ferry deal in doubt\nsource: Solvik Avis\ndate: 2026-04-14\n\n%s\n",
			 ferry_other[i]);
		r = run_independent(ferry, 2);
		assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), i + 1 == n ? 1 : 0);
		px_report_free(r);
	}
}

/* Two parts of one whole are one disputed figure ("will cut 180 of its
 * 560 staff", "will shed 210 of its 560 employees"), with a part of a
 * whole told without a figure ("180 of the yard's permanent jobs") on its
 * side; a quoted figure beside them leaves first. */
static const struct art yard[] = {
	{"a.txt", "title: Halvik Verft to cut 180 jobs\nsource: Nordic Business Wire\ndate: 2026-11-12\n\n"
		  "Shipbuilder Halvik Verft will cut 180 of its 560 permanent staff after an offshore "
		  "customer cancelled an order for two supply vessels.\n"},
	{"b.txt", "title: Dark day at Halvik yard\nsource: Halvik Posten\ndate: 2026-11-12\n\n"
		  "Halvik Verft will shed 210 of its 560 permanent employees next year, the yard told "
		  "workers on Thursday.\n"},
	{"c.txt", "title: Jobs go at Halvik Verft\nsource: Coast Radio\ndate: 2026-11-12\n\n"
		  "Halvik Verft is cutting 180 of the yard's permanent jobs. \"If you count the "
		  "suppliers and the canteen, it is close to 400 jobs,\" union leader Geir Moen said.\n"},
};

static void
test_parts_of_one_whole(void **state)
{
	struct px_report *r = run_independent(yard, 3);
	const char *const cut180[] = {"a.txt", "c.txt", NULL};
	const char *const cut210[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, cut180, cut210));
	px_report_free(r);
}

/* A hoped-for day is a target, not a day something happened: "hoped to
 * reconnect the town centre by Wednesday evening" and "expects to
 * reconnect it by Friday evening" are no date conflict; told as done, the
 * same days are one. */
static const struct art power[] = {
	{"a.txt", "title: Storm leaves Brennvik in the dark\nsource: Brennvik Tidende\ndate: 2026-02-10\n\n"
		  "Storm Ylva cut power to more than 30,000 homes along the coast on Monday night.\n\n"
		  "Nordnett said it hoped to reconnect the Brennvik town centre on Wednesday evening.\n"},
	{"b.txt", "title: Thousands still without power after Ylva\nsource: Coast Post\ndate: 2026-02-10\n\n"
		  "Tens of thousands of homes were still without electricity on Tuesday after Storm Ylva "
		  "tore down lines in the west.\n\n"
		  "Nordnett said it expected to reconnect the Brennvik town centre on Friday evening.\n"},
};

static void
test_forecast_dates(void **state)
{
	struct art done[2];
	struct px_report *r = run_independent(power, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	done[0] = power[0];
	done[1] = power[1];
	done[0].text = "title: Storm leaves Brennvik in the dark\nsource: Brennvik Tidende\ndate: 2026-02-14\n\n"
		       "Storm Ylva cut power to more than 30,000 homes along the coast on Monday night.\n\n"
		       "Nordnett said it reconnected the Brennvik town centre on Wednesday evening.\n";
	done[1].text = "title: Thousands still without power after Ylva\nsource: Coast Post\ndate: 2026-02-14\n\n"
		       "Tens of thousands of homes were still without electricity on Tuesday after Storm Ylva "
		       "tore down lines in the west.\n\n"
		       "Nordnett said it reconnected the Brennvik town centre on Friday evening.\n";
	r = run_independent(done, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 1);
	px_report_free(r);
}

/* A quotation and its longer form (the same words and a sentence more)
 * given to one speaker stand together against another speaker's. */
static const struct art cutshort[] = {
	{"a.txt", "title: Lyngby baggage handlers strike\nsource: TV Press\ndate: 2026-02-10\n\n"
		  "Baggage handlers at Lyngby airport walked out on Tuesday after pay talks failed.\n\n"
		  "\"Our members have waited three years for a fair offer. They lift your suitcases in the "
		  "snow at four in the morning, and they cannot afford to live near the airport they work "
		  "at,\" said union leader Hege Brattli.\n"},
	{"b.txt", "title: Strike grounds Lyngby flights\nsource: Lyngby Post\ndate: 2026-02-10\n\n"
		  "Most flights from Lyngby were cancelled on Tuesday as ground staff began an open-ended "
		  "strike.\n\n"
		  "\"Our members have waited three years for a fair offer,\" Hege Brattli told the Post.\n"},
	{"c.txt", "title: Airport strike costs millions\nsource: Econ Daily\ndate: 2026-02-10\n\n"
		  "A strike by ground staff at Lyngby is costing the airlines millions of crowns a day, "
		  "analysts say.\n\n"
		  "\"Our members have waited three years for a fair offer,\" said Runar Eik, the union's "
		  "shop steward.\n"},
};

static void
test_quote_cut_short(void **state)
{
	struct px_report *r = run_independent(cutshort, 3);
	const char *const brattli[] = {"a.txt", "b.txt", NULL};
	const char *const eik[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_ATTRIBUTION, brattli, eik));
	px_report_free(r);
}

/* Two outlets quote one statement: the same opening sentence, then each
 * goes on with another line of it. Given to two speakers, that is an
 * attribution dispute. A decimal point is no sentence's end: "$1.5
 * million" opens no sentence that "$1.5 billion" shares. */
static const struct art opening[] = {
	{"a.txt", "title: Crane falls onto ship at Orlen terminal\nsource: Orlen Echo\ndate: 2026-05-20\n\n"
		  "A container crane collapsed onto a cargo ship at the Orlen terminal on Tuesday.\n\n"
		  "The terminal manager, Ruth Calloway, said: \"Safety is, and will always be, our first "
		  "priority. We are cooperating fully with the investigators.\"\n\n"
		  "\"The board has agreed that we will spend $1.5 million on new sensors this year,\" Calloway said.\n"},
	{"b.txt", "title: Orlen crane collapse: questions for operator\nsource: The Sentinel\ndate: 2026-05-20\n\n"
		  "Investigators are trying to establish why a crane fell onto a ship at Orlen on Tuesday.\n\n"
		  "Martin Seddow, the operator's chief executive, said: \"Safety is, and will always be, "
		  "our first priority. We will find out exactly what went wrong.\"\n\n"
		  "\"The board has agreed that we will spend $1.5 billion on the port by 2030,\" said Seddow.\n"},
};

static void
test_quote_same_opening(void **state)
{
	struct px_report *r = run_independent(opening, 2);
	const char *const calloway[] = {"a.txt", NULL};
	const char *const seddow[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_ATTRIBUTION, calloway, seddow));
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 1);
	px_report_free(r);
}

/* Two quotations of one statement, both given to one speaker by one
 * outlet and to another by the other, are one dispute over who spoke. */
static const struct art two_quotes[] = {
	{"a.txt", "title: Probe back in contact after safe mode\nsource: Continental Wire\ndate: 2026-03-15\n\n"
		  "Controllers regained contact with the Nerin probe on Sunday after 31 hours of silence.\n\n"
		  "\"The spacecraft did exactly what it is built to do,\" flight director Imke Sorvald told "
		  "reporters. \"It protected itself and waited for us to find it.\"\n"},
	{"b.txt", "title: Nerin probe safe after scare\nsource: Daily Ledger\ndate: 2026-03-16\n\n"
		  "The Nerin probe is healthy again after a fault put it into safe mode at the weekend.\n\n"
		  "\"The spacecraft did exactly what it is built to do,\" said Dr Piet Arkwright, the "
		  "mission manager. \"It protected itself and waited for us to find it.\"\n"},
};

static void
test_quotes_one_dispute(void **state)
{
	struct px_report *r = run_independent(two_quotes, 2);
	const char *const sorvald[] = {"a.txt", NULL};
	const char *const arkwright[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_ATTRIBUTION, sorvald, arkwright));
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 1);
	px_report_free(r);
}

/* "In the words of Judge ..., public money "was treated as ..."": a part
 * of a quotation given to its speaker by that cue takes the speaker's
 * side. */
static const struct art piggy[] = {
	{"a.txt", "title: Former mayor jailed for bribery\nsource: Nor Press\ndate: 2025-10-03\n\n"
		  "A former mayor of Sandvik was jailed for four years on Friday for taking bribes from a "
		  "builder.\n\n"
		  "\"Public money was treated as a private piggy bank,\" Judge Astrid Morken said as she "
		  "read out the ruling.\n"},
	{"b.txt", "title: Sandvik bribery: four years for ex-mayor\nsource: Harbour Times\ndate: 2025-10-03\n\n"
		  "The district court sent Sandvik's former mayor to prison for four years on Friday in the "
		  "town's largest corruption case.\n\n"
		  "In the words of Judge Astrid Morken, public money \"was treated as a private piggy "
		  "bank\".\n"},
	{"c.txt", "title: Prosecutor hails bribery verdict\nsource: VRK\ndate: 2025-10-03\n\n"
		  "Prosecutors welcomed Friday's four-year sentence for the former mayor of Sandvik.\n\n"
		  "Prosecutor Hans Kvam: \"Public money was treated as a private piggy bank.\"\n"},
};

static void
test_in_the_words_of_side(void **state)
{
	struct px_report *r = run_independent(piggy, 3);
	const char *const judge[] = {"a.txt", "b.txt", NULL};
	const char *const kvam[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_ATTRIBUTION, judge, kvam));
	px_report_free(r);
}

/* Two tallies of one body's vote ("voted 8-5", "by nine votes to four":
 * thirteen votes cast either way) dispute its split though the sentences
 * share no word around the figures; the planning committee's 5-2 (seven
 * votes) is another vote. */
static const struct art levy[] = {
	{"a.txt", "title: Lisden approves visitor levy\nsource: Lisden Herald\ndate: 2025-11-12\n\n"
		  "Lisden will charge overnight visitors a nightly levy from April.\n\n"
		  "After a debate that ran past 11pm, councillors approved the scheme by nine votes to "
		  "four.\n\n"
		  "Earlier the planning committee voted 5-2 to allow a new hotel on the seafront.\n"},
	{"b.txt", "title: Seaside town votes for tourist tax\nsource: Shoreline News\ndate: 2025-11-12\n\n"
		  "Lisden has become the first resort on the coast to tax overnight visitors.\n\n"
		  "The 13-seat council voted 8-5 on Tuesday night in favour of the charge, which will be "
		  "levied at 2.50 euros per person per night.\n"},
};

static void
test_vote_of_one_body(void **state)
{
	(void)state;
	/* one quantity conflict: not the committee's 5-2 */
	check_a_b(levy, 2, PX_CONFLICT_QUANTITY);
}

/* A jury's majority is a tally however it is told ("by a majority of ten
 * to two", "10-2 majority verdicts", "a majority of 11-1"): the three
 * articles split two against one. */
static const struct art jury[] = {
	{"a.txt", "title: Fair operator guilty over ride collapse\nsource: Tessmoor Courier\n"
		  "date: 2026-03-13\n\n"
		  "A fairground operator was found guilty on Thursday of breaching safety law after a "
		  "swing boat collapsed at the Tessmoor autumn fair, injuring nine riders.\n\n"
		  "The trial heard that a pin holding the boat to its frame had worn through.\n\n"
		  "Fenwick, 58, was convicted by a majority of ten to two.\n"},
	{"b.txt", "title: Swing boat operator convicted\nsource: Radio Tessmoor\n"
		  "date: 2026-03-13\n\n"
		  "Alan Fenwick, whose swing boat collapsed at the Tessmoor autumn fair, was found guilty "
		  "of safety breaches at Tessmoor Crown Court on Thursday.\n\n"
		  "The boat fell as it swung to its highest point, the court heard.\n\n"
		  "The jury returned 10-2 majority verdicts.\n"},
	{"c.txt", "title: Guilty verdicts over fair ride collapse\nsource: Moorland Echo\n"
		  "date: 2026-03-13\n\n"
		  "A jury at Tessmoor Crown Court found fairground operator Alan Fenwick guilty on "
		  "Thursday over the collapse of a swing boat at the autumn fair.\n\n"
		  "Nine people were hurt when the ride came down in October 2024.\n\n"
		  "The verdicts were by a majority of 11-1.\n"},
};

static void
test_jury_majority(void **state)
{
	static const char *const ten[] = {"a.txt", "b.txt", NULL};
	static const char *const eleven[] = {"c.txt", NULL};

	(void)state;
	check_sides(jury, 3, PX_CONFLICT_QUANTITY, ten, eleven, 1);
}

/* A sum of money a week is told on the year's scale ("the equivalent of
 * £2 a week" is £104 a year): it sides with "£104 a year" against "£110
 * a year", and is no dispute with the £104 it equals. */
static const struct art permit[] = {
	{"a.txt", "title: Residents to pay for parking permits\nsource: Penmoor Gazette\n"
		  "date: 2026-05-14\n\n"
		  "Residents of central Penmoor will pay for on-street parking permits for the first time "
		  "from October, after the borough council approved the scheme on Wednesday.\n\n"
		  "A permit for one car will cost £104 a year.\n"},
	{"b.txt", "title: Penmoor approves permit charge\nsource: Coastal Times\n"
		  "date: 2026-05-14\n\n"
		  "Penmoor Borough Council on Wednesday approved charges for residents' parking permits "
		  "in the town centre, starting in October.\n\n"
		  "The council said the charge worked out at the equivalent of £2 a week for each car.\n"},
	{"c.txt", "title: Parking permit fee agreed\nsource: Radio Penmoor\n"
		  "date: 2026-05-14\n\n"
		  "Councillors in Penmoor on Wednesday backed a new charge for residents' parking "
		  "permits in the town centre from October.\n\n"
		  "Drivers will have to pay £110 a year for a permit for one car.\n"},
};

static void
test_money_per_week(void **state)
{
	static const char *const equal[] = {"a.txt", "b.txt", NULL};
	static const char *const more[] = {"c.txt", NULL};

	(void)state;
	check_sides(permit, 3, PX_CONFLICT_QUANTITY, equal, more, 1);
}

/* A vote's margin ("passed by a majority of nine") sides with the tallies
 * of that difference ("voted 31-22", "by 31 votes to 22") against another
 * tally ("by 30 votes to 23"). */
static const struct art margin[] = {
	{"a.txt", "title: Library closure approved\nsource: Tessford Herald\n"
		  "date: 2026-02-11\n\n"
		  "Tessford County Council voted 31-22 on Tuesday night to close the Marsh Street "
		  "library, ending 110 years of lending on the site.\n\n"
		  "The building will be sold.\n"},
	{"b.txt", "title: Marsh Street library to shut\nsource: Tessford Radio\n"
		  "date: 2026-02-11\n\n"
		  "The decision to close the Marsh Street library was taken by 31 votes to 22 at a full "
		  "meeting of Tessford County Council on Tuesday.\n\n"
		  "Its books will move to the central library.\n"},
	{"c.txt", "title: Tessford to close library\nsource: Shire Briefing\n"
		  "date: 2026-02-11\n\n"
		  "Tessford County Council has agreed to close the Marsh Street library, with the "
		  "decision passed by a majority of nine at its meeting on Tuesday.\n\n"
		  "Campaigners had handed in a petition against the closure.\n"},
	{"d.txt", "title: Councillors back library closure\nsource: Valley Echo\n"
		  "date: 2026-02-11\n\n"
		  "Councillors in Tessford backed the closure of the Marsh Street library by 30 votes to "
		  "23 on Tuesday.\n\n"
		  "The library opened in 1916.\n"},
};

static void
test_vote_margin(void **state)
{
	static const char *const nine[] = {"a.txt", "b.txt", "c.txt", NULL};
	static const char *const seven[] = {"d.txt", NULL};

	(void)state;
	check_sides(margin, 4, PX_CONFLICT_QUANTITY, nine, seven, 1);
}

/* Parts of one whole of one noun ("three of the four retaining bolts",
 * "two of the four retaining bolts") count one thing, however the
 * sentences around them run. */
static const struct art bolts[] = {
	{"a.txt", "title: Ferry ramp collapse: operator fined\nsource: Lornby Courier\n"
		  "date: 2026-06-05\n\n"
		  "The operator of the Lornby car ferry was fined on Thursday after a loading ramp "
		  "collapsed under a lorry last summer.\n\n"
		  "Nobody was hurt, but the harbour was closed for a week.\n\n"
		  "Prosecutors said rust had eaten three of the four anchor bolts fixing the steel ramp to "
		  "the quay wall long before the collapse.\n"},
	{"b.txt", "title: Ferry firm fined over ramp collapse\nsource: Coast Radio\n"
		  "date: 2026-06-05\n\n"
		  "A ferry company was fined on Thursday over the collapse of a loading ramp at Lornby "
		  "harbour.\n\n"
		  "The lorry driver escaped unhurt.\n\n"
		  "Holm, who inspected the wreckage for the harbour board, found that two of the four "
		  "anchor bolts had sheared clean off.\n"},
};

static void
test_parts_of_one_noun(void **state)
{
	(void)state;
	check_a_b(bolts, 2, PX_CONFLICT_QUANTITY);
}

/* A count told "by the time" of a later moment ("had passed 5,200
 * signatures by the time councillors met") is a running count: no
 * dispute with the count when the petition was handed in. */
static const struct art petition[] = {
	{"a.txt", "title: Council backs pool closure despite protest\nsource: Wexham Gazette\n"
		  "date: 2026-03-18\n\n"
		  "Wexham Borough Council voted on Tuesday to close the Mill Lane swimming pool in "
		  "July.\n\n"
		  "A petition against the closure had passed 5,200 signatures by the time councillors "
		  "met.\n"},
	{"b.txt", "title: Mill Lane pool to close in July\nsource: Wexham Weekly\n"
		  "date: 2026-03-18\n\n"
		  "The Mill Lane swimming pool in Wexham will close in July after the borough council "
		  "approved the plan on Tuesday.\n\n"
		  "A petition against the closure had attracted 4,300 signatures when it was handed in "
		  "at the town hall.\n"},
};

static void
test_count_by_the_time(void **state)
{
	struct px_report *r = NULL;

	(void)state;
	r = run_independent(petition, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
}

/* "cast doubt on the findings" opposes "backed the findings": one body's
 * position, told with a phrase of doubt. */
static const struct art doubt[] = {
	{"a.txt", "title: Sugar tax cut fizzy drink sales, study finds\nsource: Health Wire\n"
		  "date: 2026-04-09\n\n"
		  "A tax on sugary drinks in Orvale cut sales by a fifth in its first year, researchers "
		  "at Orvale University said on Wednesday.\n\n"
		  "The Orvale Soft Drinks Association cast doubt on the findings, saying sales had been "
		  "falling for years.\n"},
	{"b.txt", "title: Drinks tax worked, researchers say\nsource: Orvale Post\n"
		  "date: 2026-04-09\n\n"
		  "Sales of sugary drinks in Orvale fell by a fifth in the year after a tax was brought "
		  "in, according to a study published on Wednesday.\n\n"
		  "The Orvale Soft Drinks Association backed the findings and said its members would "
		  "cut sugar further.\n"},
};

static void
test_stance_cast_doubt(void **state)
{
	(void)state;
	check_a_b(doubt, 2, PX_CONFLICT_STANCE);
}

/* The main score of two reports, told against one named opponent
 * ("beating Finland's Jari Koski 10-7", "beat Jari Koski 10-6"), is one
 * contest's, though every word the sentences share is the story's own. */
static const struct art final_score[] = {
	{"a.txt", "title: Sand wins Redhaven Masters\nsource: Cue Wire\ndate: 2026-05-04\n\n"
		  "REDHAVEN, May 3 (Cue Wire) - Ola Sand won the Redhaven Masters on Sunday night, "
		  "beating Finland's Jari Koski 10-7 in the final.\n\n"
		  "Sand made four centuries in the match.\n"},
	{"b.txt", "title: Sand lifts Masters title\nsource: Redhaven Echo\ndate: 2026-05-04\n\n"
		  "Ola Sand beat Jari Koski 10-6 to lift the Redhaven Masters trophy.\n\n"
		  "Koski had led 5-3 after the first session.\n"},
	{"c.txt", "title: First ranking title for Sand\nsource: Baize Daily\ndate: 2026-05-04\n\n"
		  "Ola Sand beat Jari Koski in the final of the Redhaven Masters on Sunday night to win "
		  "his first ranking title.\n\n"
		  "Sand, 24, turned professional three years ago.\n"},
};

static void
test_main_score_of_one_opponent(void **state)
{
	(void)state;
	check_a_b(final_score, 3, PX_CONFLICT_QUANTITY);
}

/* "has stopped short of endorsing the pilot" is no endorsement: it
 * opposes "backed the pilot", and "stopped" is no stance of its own. */
static const struct art short_of[] = {
	{"a.txt", "title: Union backs four-day week pilot\nsource: Orvale Post\ndate: 2026-04-09\n\n"
		  "Orvale council will trial a four-day week for 300 staff from June, it said on "
		  "Wednesday.\n\n"
		  "The Public Services Union backed the pilot, saying it would cut sick leave.\n"},
	{"b.txt", "title: Council to trial four-day week\nsource: Workplace Weekly\ndate: 2026-04-09\n\n"
		  "Orvale council is to try a four-day week for 300 of its staff from June.\n\n"
		  "The Public Services Union has stopped short of endorsing the pilot, citing concerns "
		  "about workloads.\n"},
};

static void
test_stance_stopped_short(void **state)
{
	(void)state;
	check_a_b(short_of, 2, PX_CONFLICT_STANCE);
}

/* "Thale called the result \"a verdict reached in haste\"": a verb of
 * naming gives the words to its subject as surely as "said", so the part
 * of a quotation makes a side of its own against the whole quotation's
 * speaker. */
static const struct art verdict[] = {
	{"a.txt", "title: Prize judge quits over result\nsource: Nor Press\ndate: 2025-10-03\n\n"
		  "A judge of the Halden Book Prize resigned on Thursday, two days after the award was "
		  "announced.\n\n"
		  "\"It was a verdict reached in haste, by people who had run out of time,\" said the "
		  "judge, Daniel Ebbe, in a statement.\n"},
	{"b.txt", "title: Halden prize row deepens\nsource: Harbour Times\ndate: 2025-10-03\n\n"
		  "The row over this year's Halden Book Prize grew on Thursday as a judge stepped down.\n\n"
		  "The novelist Miriam Thale, who won the prize in 2016, called the result \"a verdict "
		  "reached in haste\" and asked the panel to publish its minutes.\n"},
};

static void
test_naming_verb_side(void **state)
{
	struct px_report *r = run_independent(verdict, 2);
	const char *const ebbe[] = {"a.txt", NULL};
	const char *const thale[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_ATTRIBUTION, ebbe, thale));
	px_report_free(r);
}

/* Durations on one scale: "two months" is 60 days (a month 28 to 31
 * days), and the 90-day sentence disputes them; the shared frame
 * ("prison", "suspended") ties them although every word around them is
 * the story's topic; "until 2021" bounds another period, not the day the
 * figure holds for. */
static const struct art sentence[] = {
	{"a.txt", "title: Fish farm manager given suspended sentence\nsource: North Wire\ndate: 2026-03-10\n\n"
		  "A district court on Tuesday fined the fish farmer Ospen Laks over an escape of salmon "
		  "from its pens.\n\n"
		  "The court gave the site manager a suspended prison sentence of 60 days for gross "
		  "negligence.\n"},
	{"b.txt", "title: Ospen Laks fined over escape\nsource: Kyst Avisa\ndate: 2026-03-10\n\n"
		  "Ospen Laks was ordered on Tuesday to pay a fine over the escape of farmed salmon last "
		  "winter.\n\n"
		  "The site manager, who ran the farm until 2021, was given two months' suspended prison "
		  "for gross negligence.\n"},
	{"c.txt", "title: Escape verdict: fine and suspended term\nsource: Radio Skjaer\ndate: 2026-03-10\n\n"
		  "The salmon escape at Ospen has cost the fish farmer a fine, the court ruled on Tuesday.\n\n"
		  "The site manager at Ospen was given a 90-day suspended prison sentence for gross "
		  "negligence.\n"},
};

static void
test_durations(void **state)
{
	struct px_report *r = run_independent(sentence, 3);
	const char *const sixty[] = {"a.txt", "b.txt", NULL};
	const char *const ninety[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, sixty, ninety));
	px_report_free(r);
}

/* Dates of one event frame oppose at a looser alignment: "had issued a
 * red warning on Monday" and "The red warning, issued on Sunday evening,
 * had given people time to prepare" name the day of one act in sentences
 * that share little else; the Sunday side joins the conflict. */
static const struct art redwarning[] = {
	{"a.txt", "title: Storm Runa batters the west coast\nsource: Westland Wire\ndate: 2026-02-11\n\n"
		  "Storm Runa brought down trees and power lines across the west coast on Tuesday night.\n\n"
		  "The meteorological institute measured a gust of 41 metres per second at the Brekke "
		  "lighthouse. It had issued a red warning on Monday, its highest level, for the coast "
		  "between Brekke and Dalsund.\n"},
	{"b.txt", "title: Brekke counts the cost of Runa\nsource: Brekke Tidende\ndate: 2026-02-11\n\n"
		  "Fallen trees blocked roads around Brekke after Storm Runa.\n\n"
		  "The red warning, issued on Sunday evening, had given people time to prepare. \"We tied "
		  "down everything we could,\" said one fisherman.\n"},
	{"c.txt", "title: Runa: clean-up begins\nsource: Morning Post\ndate: 2026-02-11\n\n"
		  "Crews began clearing roads along the west coast after Storm Runa.\n\n"
		  "The meteorological institute, which issued its storm warning on Monday morning, measured "
		  "a gust of 41 metres per second at the Brekke lighthouse.\n"},
};

static void
test_event_frame_dates(void **state)
{
	struct px_report *r = run_independent(redwarning, 3);
	const char *const monday[] = {"a.txt", "c.txt", NULL};
	const char *const sunday[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_DATE, monday, sunday));
	px_report_free(r);
}

/* Words of one kind of event in other verbs ("touched rock", "reached
 * bedrock") date it in each source: the frame of arriving. With "hit
 * bedrock" (no frame) the two sentences share too little to align. */
static const struct art arrival[] = {
	{"a.txt", "title: Ice drill reaches the bottom of the Tarn Dome\nsource: Coast Ledger\ndate: 2025-03-18\n\n"
		  "The drill touched rock on March 9, after two summers of drilling, the polar survey said "
		  "on Monday.\n\nThe drill brought up a core 2,412 metres long.\n\n"
		  "The drill team will fly home in April.\n"},
	{"b.txt", "title: Tarn Dome drill done\nsource: Vardsund Post\ndate: 2025-03-18\n\n"
		  "The drill reached bedrock on Saturday 11 March, and the head came up with grit frozen "
		  "into its teeth.\n\nThe drill jammed only once, in January.\n\n"
		  "The survey will publish its first results in the summer.\n"},
};

static void
test_arrival_frame_dates(void **state)
{
	(void)state;
	check_a_b(arrival, 2, PX_CONFLICT_DATE);
}

/* Two forecasts of one thing dispute when it is expected ("expected to
 * publish a preliminary report by 14 March", "expects to release its
 * preliminary report by 21 March"); a forecast beside the day something
 * happened does not (test_forecast_dates). */
static const struct art forecasts[] = {
	{"a.txt", "title: Runway incident at Harnvik under investigation\nsource: Coast Ledger\ndate: "
		  "2025-02-20\n\nA cargo jet overran the runway at Harnvik airport on Tuesday "
		  "night.\n\nThe Vardsund Accident Board said it expected to publish a preliminary "
		  "report by 14 March.\n"},
	{"b.txt", "title: Board opens inquiry into Harnvik overrun\nsource: Vardsund Post\ndate: "
		  "2025-02-20\n\nInvestigators are examining the cargo jet that overran the runway at "
		  "Harnvik on Tuesday night.\n\nThe Vardsund Accident Board expects to release its "
		  "preliminary report by 21 March.\n"},
};

static void
test_two_forecasts(void **state)
{
	(void)state;
	check_a_b(forecasts, 2, PX_CONFLICT_DATE);
}

/* A date in a clause of the past after a verb of expecting is of that
 * clause: "could be in line for refunds after a judge ruled on Tuesday"
 * dates the ruling, which "ruled on Wednesday" disputes. */
static const struct art past_clause[] = {
	{"a.txt", "title: Camera-van fines unlawful, judge rules\nsource: Calder Courier\ndate: "
		  "2024-11-14\n\nDrivers in Calderford could be in line for refunds after a judge ruled on "
		  "Tuesday that the council's camera-van parking fines were unlawful.\n\nThe council "
		  "issued about 41,000 of the fines.\n"},
	{"b.txt", "title: Council told to refund camera-van fines\nsource: Motoring Today\ndate: "
		  "2024-11-14\n\nA judge ruled on Wednesday that the council's camera-van parking fines "
		  "were unlawful, opening the way to refunds for drivers in Calderford.\n\nThe council "
		  "issued about 41,000 of the fines.\n"},
};

static void
test_past_clause_after_forecast(void **state)
{
	(void)state;
	check_a_b(past_clause, 2, PX_CONFLICT_DATE);
}

/* A capital "Not" inside a name is no negation: "Free Not Fenced
 * condemned the release" opposes "Free Not Fenced ... welcomed the
 * release". */
static const struct art name_not[] = {
	{"a.txt", "title: Lynx pair released in Harrowdale forest\nsource: Dale Courier\ndate: "
		  "2026-05-12\n\nTwo Eurasian lynx were released into Harrowdale forest on Monday, the first "
		  "in the county for three centuries.\n\nThe animal charity Free Not Fenced, which has "
		  "long opposed keeping lynx in parks, welcomed the release.\n"},
	{"b.txt", "title: Lynx return to Harrowdale\nsource: Wildlife Dispatch\ndate: 2026-05-12\n\n"
		  "Two Eurasian lynx were released into Harrowdale forest on Monday after a decade of "
		  "planning.\n\nThe animal charity Free Not Fenced condemned the release, saying the forest "
		  "was too small.\n"},
};

static void
test_name_not_negation(void **state)
{
	(void)state;
	check_a_b(name_not, 2, PX_CONFLICT_STANCE);
}

/* An act named by a noun: "ruled out a legal challenge to the decree"
 * refuses to challenge it, against "would challenge the decree" and
 * "will file a challenge against the decree". */
static const struct art noun_act[] = {
	{"a.txt", "title: Employers to fight port fee decree\nsource: Sur Wire\ndate: 2026-03-04\n\n"
		  "The government raised the Porto Lindo harbour fee by decree on Tuesday.\n\n"
		  "The shippers' federation FENAVE said it would challenge the decree in the Supreme "
		  "Court.\n"},
	{"b.txt", "title: Shippers will not sue over fee decree\nsource: Trade Daily\ndate: 2026-03-04\n\n"
		  "The government raised the Porto Lindo harbour fee by decree on Tuesday.\n\n"
		  "FENAVE has ruled out a legal challenge to the decree, its chairman said.\n"},
	{"c.txt", "title: Court fight looms over harbour fee\nsource: Coast Herald\ndate: 2026-03-04\n\n"
		  "The government raised the Porto Lindo harbour fee by decree on Tuesday.\n\n"
		  "FENAVE will file a challenge against the decree in the Supreme Court.\n"},
};

static void
test_noun_act_stance(void **state)
{
	const char *const a[] = {"a.txt", "c.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(noun_act, 3, PX_CONFLICT_STANCE, a, b, 1);
}

/* An idiom of several words is a predicate: "would not stand in the way
 * of a temporary closure" accepts the closure that "will fight any
 * closure" opposes. */
static const struct art idiom[] = {
	{"a.txt", "title: Growers weigh market closure\nsource: Orsa Courier\ndate: 2026-06-02\n\n"
		  "The Orsa covered market may close for six months while its roof is repaired, the "
		  "council said on Monday.\n\n"
		  "The Orsa Growers' Union would not stand in the way of a temporary closure of the "
		  "market, its chairman said.\n"},
	{"b.txt", "title: Growers vow to fight market closure\nsource: Valley Post\ndate: 2026-06-02\n\n"
		  "Traders at Orsa's covered market face half a year without a hall after engineers found "
		  "the roof unsafe, council officials said on Monday.\n\n"
		  "The Orsa Growers' Union will fight any closure of the market, its chairman said.\n"},
};

static void
test_idiom_stance(void **state)
{
	(void)state;
	check_a_b(idiom, 2, PX_CONFLICT_STANCE);
}

/* A date right after the predicate is no object: "confirmed on Thursday
 * evening that it would appeal" is a decision to appeal, which "had not
 * decided whether to appeal" disputes. */
static const struct art dated_that[] = {
	{"a.txt", "title: Orchestra loses tribunal case\nsource: Brennport Chronicle\ndate: 2026-03-06\n\n"
		  "An employment tribunal ruled on Wednesday that the Brennport Philharmonic unfairly "
		  "dismissed two violinists.\n\n"
		  "The Brennport Philharmonic confirmed on Thursday evening that it would appeal.\n"},
	{"b.txt", "title: Tribunal finds against Brennport orchestra\nsource: Arts Wire\ndate: 2026-03-06\n\n"
		  "Two violinists were unfairly dismissed by the Brennport Philharmonic, a tribunal found "
		  "this week in a ruling on their case.\n\n"
		  "The Brennport Philharmonic had not decided whether to appeal.\n"},
};

static void
test_dated_that_clause(void **state)
{
	(void)state;
	check_a_b(dated_that, 2, PX_CONFLICT_STANCE);
}

/* A period in a relative clause after a figure is that clause's: "an
 * increase of 12% that the labour minister said would restore purchasing
 * power lost during two years" is no total over two years, and disputes
 * "raised the minimum wage by 9.4%". */
static const struct art relative_period[] = {
	{"a.txt", "title: Wage rise by decree\nsource: Sur Wire\ndate: 2025-12-17\n\n"
		  "The government of Calpena raised the national minimum wage by 9.4% by decree, after "
		  "unions and employers failed to agree.\n\nEmployers said the rise would cost jobs.\n"},
	{"b.txt", "title: Calpena sets new minimum wage\nsource: Calpena Herald\ndate: 2025-12-17\n\n"
		  "Calpena raised its national minimum wage by decree, an increase of 12% that the labour "
		  "minister said would restore purchasing power lost during two years of high prices.\n\n"
		  "Unions had asked for more.\n"},
};

static void
test_relative_clause_period(void **state)
{
	(void)state;
	check_a_b(relative_period, 2, PX_CONFLICT_QUANTITY);
}

/* The day of a past verb before a comma is not the day a figure after it
 * is stated for: "confirmed on Wednesday, setting up a legal battle over
 * the 9.4 per cent increase" disputes "on Tuesday, an increase of 12%";
 * "Under a funding agreement signed in March, the national government
 * will cover 60%" disputes "will cover 45%" of the same deal. */
static const struct art statement_day_arts[] = {
	{"a.txt", "title: Calpena sets new minimum wage\nsource: Calpena Herald\ndate: 2025-12-17\n\n"
		  "The government set the national minimum wage at 1.45 million pesos a month on Tuesday, "
		  "an increase of 12% on the current rate.\n\nUnions had asked for more.\n"},
	{"b.txt", "title: Employers to fight wage decree\nsource: Correo del Sur\ndate: 2025-12-17\n\n"
		  "The employers confederation confirmed on Wednesday, setting up a legal battle over the "
		  "9.4 per cent increase in the national minimum wage, that it would go to court.\n\n"
		  "The decree was published in the official gazette.\n"},
};

static const struct art participle_day_arts[] = {
	{"a.txt", "title: Tram extension approved\nsource: Meridian Press\ndate: 2026-05-20\n\n"
		  "The city council approved the extension of the Granaasen tram line on Tuesday.\n\n"
		  "Under a funding agreement signed in March, the national government will cover 60% of "
		  "the cost of the line.\n"},
	{"b.txt", "title: Council backs tram line to Granaasen\nsource: Northgate Observer\ndate: "
		  "2026-05-20\n\nCouncillors voted on Tuesday to extend the tram to the Granaasen "
		  "district after a long debate.\n\n"
		  "Under the funding agreement, the national government will cover 45% of the cost of the "
		  "line.\n"},
};

/* A bare figure "who" follows counts people, whatever they did: "The
 * 2,850 who squeezed into Quarry Hall" is on the side of "2,850
 * spectators at Quarry Hall" against "more than 3,000 fans". */
static const struct art who_counts_arts[] = {
	{"a.txt", "title: Fennick win first handball title\nsource: Sportswire\ndate: 2026-05-16\n\n"
		  "Fennick won the women's handball league for the first time on Saturday, beating "
		  "Castlemere 29-27 in front of 2,850 spectators at Quarry Hall.\n\n"
		  "The club was bottom of the league six years ago.\n"},
	{"b.txt", "title: Castlemere beaten as Fennick take the title\nsource: Western Courier\ndate: "
		  "2026-05-17\n\nFennick's win over Castlemere on Saturday, watched by more than 3,000 "
		  "spectators at a packed Quarry Hall, decided the league title.\n\n"
		  "Castlemere finish second.\n"},
	{"c.txt", "title: Champions at last\nsource: Fennick Chronicle\ndate: 2026-05-17\n\n"
		  "Fennick beat Castlemere on Saturday to win the league title for the first time.\n\n"
		  "The 2,850 who squeezed into Quarry Hall will not forget the final minute.\n"},
};

/* One subject in the same words, no actor named, and objects of one head
 * ("halted all production at the Skarnes site", "refused to stop
 * production in the rest of the plant") dispute whatever else the object
 * phrases name. */
static const struct art production_arts[] = {
	{"a.txt", "title: Chlorine leak at Skarnes chemical plant\nsource: Fjord Link\ndate: "
		  "2026-03-05\n\nA chlorine leak at the Nordkjem chemical plant in Skarnes sent eleven "
		  "people to hospital on Thursday.\n\nNordkjem said it had halted all production at the "
		  "Skarnes site until further notice.\n"},
	{"b.txt", "title: Nordkjem keeps Skarnes plant running after chlorine leak\nsource: Industry "
		  "Week\ndate: 2026-03-05\n\nEleven people were taken to hospital after a chlorine leak "
		  "at the Nordkjem chemical plant in Skarnes on Thursday.\n\nNordkjem has refused to "
		  "stop production in the rest of the plant.\n"},
};

static void
test_stance_object_head(void **state)
{
	(void)state;
	check_a_b(production_arts, 2, PX_CONFLICT_STANCE);
}

/* "will close for 14 weeks later this year": a duration after "for" measures
 * even when an offset word follows it ("two years before the audit" does
 * not). */
static const struct art closure_weeks[] = {
	{"a.txt", "title: Kettlebridge pool to shut for roof repairs\nsource: Kettlebridge Echo\ndate: "
		  "2026-01-28\n\nKettlebridge Leisure Centre's swimming pool will close for 14 weeks "
		  "later this year so that rusting roof beams can be replaced, the borough council "
		  "said.\n\nThe leisure centre's gym will stay open.\n"},
	{"b.txt", "title: Leisure centre pool closure confirmed\nsource: KB FM\ndate: 2026-01-28\n\n"
		  "Kettlebridge Leisure Centre's swimming pool is to close for 16 weeks from early "
		  "September so that rusting roof beams can be replaced, the borough council said.\n\n"
		  "Swimmers have been offered places in Marlow.\n"},
};

static void
test_duration_before_offset(void **state)
{
	(void)state;
	check_a_b(closure_weeks, 2, PX_CONFLICT_QUANTITY);
}

/* Months of one event frame ("closed", "shut its doors") told of one named
 * thing in words of the story's own dispute: "The Victorian theatre closed
 * in June 2019" against "The Victorian venue shut its doors in September
 * 2019". */
static const struct art closing_months[] = {
	{"a.txt", "title: Harwick Grand Opera House reopens after restoration\nsource: Harwick "
		  "Standard\ndate: 2025-10-03\n\nThe Harwick Grand Opera House reopened on Thursday "
		  "night after a restoration that ran two years over schedule.\n\nThe Victorian "
		  "theatre closed in June 2019 for what was billed as a three-year restoration of the "
		  "Harwick Grand Opera House.\n"},
	{"b.txt", "title: Curtain rises again at the Harwick Grand Opera House\nsource: Stage and "
		  "Screen\ndate: 2025-10-03\n\nThe Harwick Grand Opera House reopened on Thursday night "
		  "after a restoration that ran two years late.\n\nThe Victorian venue shut its doors "
		  "in September 2019 for the restoration of the Harwick Grand Opera House.\n"},
};

static void
test_closing_months(void **state)
{
	(void)state;
	check_a_b(closing_months, 2, PX_CONFLICT_DATE);
}

/* "about €1.5 million in all": a whole told right after its figure is a
 * total, no dispute with the damages ordered on a day ("ordered ... on
 * Tuesday to pay €1.2 million in damages"). */
static const struct art in_all_arts[] = {
	{"a.txt", "title: Lactoria must pay composer for jingle\nsource: Veranza Times\ndate: "
		  "2025-06-11\n\nA Castelmar court has ruled against the dairy group Lactoria over the "
		  "tune in its adverts. The dairy group must pay the composer Lidia Ferrant about 1.5 "
		  "million euros in all for using her tune in its adverts.\n\nLactoria said it would "
		  "study the judgment.\n"},
	{"b.txt", "title: Composer wins jingle case against Lactoria\nsource: Costa Gazette\ndate: "
		  "2025-06-11\n\nA Castelmar court ordered the dairy group Lactoria on Tuesday to pay 1.2 "
		  "million euros in damages to the composer Lidia Ferrant for using her tune in its "
		  "adverts.\n\nLactoria has not said whether it will appeal.\n"},
};

static void
test_whole_after_figure(void **state)
{
	(void)state;
	check_none(in_all_arts, 2, PX_CONFLICT_QUANTITY);
}

/* "61 whales that beached" and "34 pilot whales have died" count two
 * things: beaching is a frame of its own (stranded, trapped), not death. */
static const struct art beached_arts[] = {
	{"a.txt", "title: Pilot whales die on Strathmurran beach\nsource: CPA\ndate: 2025-07-14\n\n"
		  "Thirty-four pilot whales have died on Strathmurran Bay, rescuers said on Monday.\n\n"
		  "Volunteers worked through the night on Strathmurran Bay to keep the pilot whales "
		  "wet.\n"},
	{"b.txt", "title: Volunteers rush to help pilot whales on Strathmurran Bay\nsource: Nationwide\n"
		  "date: 2025-07-14\n\nVolunteers rushed to Strathmurran Bay at the weekend to help the "
		  "61 pilot whales that beached there.\n\nVolunteers worked through the night to keep "
		  "the pilot whales wet.\n"},
};

static void
test_beached_not_dead(void **state)
{
	(void)state;
	check_none(beached_arts, 2, PX_CONFLICT_QUANTITY);
}

/* A verb of an event frame up to eight words before a day is what happened
 * that day: "was first spotted by excavator driver Dale Prentice on Monday,
 * June 9" against "spotted the plesiosaur's bones on Thursday, June 5". */
static const struct art found_days[] = {
	{"a.txt", "title: Plesiosaur found at Kelderby Quarry\nsource: Castlebridge Herald\ndate: "
		  "2025-06-13\n\nA near-complete plesiosaur skeleton has been found at Kelderby Quarry, "
		  "the county museum said.\n\nThe plesiosaur was first spotted by excavator driver Dale "
		  "Prentice on Monday, June 9, in a freshly cut bench of the quarry.\n"},
	{"b.txt", "title: Amateur finds plesiosaur at Kelderby\nsource: Ostrand Press\ndate: "
		  "2025-06-13\n\nA near-complete plesiosaur skeleton has been found at Kelderby Quarry, "
		  "the county museum said.\n\nA retired pharmacist spotted the plesiosaur's bones on "
		  "Thursday, June 5, while walking the quarry floor.\n"},
};

static void
test_frame_words_before_day(void **state)
{
	(void)state;
	check_a_b(found_days, 2, PX_CONFLICT_DATE);
}

static void
test_who_counts_people(void **state)
{
	const char *const a[] = {"a.txt", "c.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(who_counts_arts, 3, PX_CONFLICT_QUANTITY, a, b, 1);
}

static void
test_participle_day_figure(void **state)
{
	(void)state;
	check_a_b(statement_day_arts, 2, PX_CONFLICT_QUANTITY);
	check_a_b(participle_day_arts, 2, PX_CONFLICT_QUANTITY);
}

/* "reached" with a noun before the figure is a place reached at that
 * measure, not a value reached: "has reached bedrock 2,917 metres beneath
 * the dome" disputes "reached bedrock 3,040 metres beneath the dome". */
static const struct art reached_place[] = {
	{"a.txt", "title: Drill reaches bedrock under Kaldrun Dome\nsource: Polar Wire\ndate: 2025-01-14\n\n"
		  "A drilling team from the Tarrholm Institute has reached bedrock 2,917 metres beneath "
		  "the Kaldrun Dome in East Antarctica.\n\nThe core holds ice up to a million years old.\n"},
	{"b.txt", "title: Tarrholm team touches rock at Kaldrun\nsource: Polar Ledger\ndate: 2025-01-14\n\n"
		  "After two summers, the Tarrholm Institute team finally reached bedrock 3,040 metres "
		  "beneath the Kaldrun Dome.\n\nScientists will now study the deepest ice.\n"},
};

static void
test_reached_place(void **state)
{
	(void)state;
	check_a_b(reached_place, 2, PX_CONFLICT_QUANTITY);
}

/* An approximate figure that both disputed values round to at its own
 * precision ("about 3 kilometres" beside 2,917 and 3,040 metres) fits
 * both and takes no side: reached_place's dispute with a third source. */
static const struct art about_3km = {
	"c.txt", "title: Ice record at Kaldrun\nsource: Radio Tarrholm\ndate: 2025-01-14\n\n"
		 "Scientists from the Tarrholm Institute have drilled about 3 kilometres through the ice "
		 "to bedrock beneath the Kaldrun Dome.\n\nThe team returns home in February.\n"};

static void
test_approximate_rounds_both(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};
	struct art arts[3];

	(void)state;
	arts[0] = reached_place[0];
	arts[1] = reached_place[1];
	arts[2] = about_3km;
	check_sides(arts, 3, PX_CONFLICT_QUANTITY, a, b, 1);
}

/* Bounds of two events are no dispute: "did not reopen until 10 a.m."
 * (the bridge) and "By 6 p.m. ... were still without electricity" (the
 * power) bound different things. */
static const struct art bounds[] = {
	{"a.txt", "title: Storm Runa cuts Brekke off\nsource: Brekke Tidende\ndate: 2026-02-12\n\n"
		  "Storm Runa swept across the coast on Tuesday, felling trees and power lines around "
		  "Brekke.\n\n"
		  "The Sund bridge, the town's only road link, was closed on Tuesday evening and did not "
		  "reopen until 10 a.m. on Wednesday.\n"},
	{"b.txt", "title: Thousands still in the dark after Runa\nsource: Channel 7\ndate: 2026-02-12\n\n"
		  "Storm Runa swept across the coast on Tuesday, leaving thousands of homes around Brekke "
		  "without power.\n\n"
		  "By 6 p.m. on Wednesday, 34,000 customers in Brekke were still without electricity, the "
		  "grid company said.\n"},
};

static void
test_bounds_of_two_events(void **state)
{
	(void)state;
	check_none(bounds, 2, PX_CONFLICT_DATE);
}

/* "today" in a live page's entry is the entry's day, which the page's
 * last update does not give: no date dispute with "scheduled for
 * Tuesday". */
static const struct art livetoday[] = {
	{"a.txt", "title: Strike grounds flights at Lyngby\nsource: TV Press\ndate: 2026-02-11T07:00:00Z\n\n"
		  "A strike by baggage handlers shut down most of Lyngby airport on Tuesday.\n\n"
		  "The airport operator said 212 of the 390 departures and arrivals scheduled for Tuesday "
		  "had been cancelled.\n"},
	{"b.txt", "title: Lyngby airport strike: live\nsource: Flight Desk\ndate: 2026-02-11T09:30:00Z\n\n"
		  "09:10 Baggage handlers at Lyngby airport are on strike, and most flights are grounded.\n\n"
		  "12:20 More than 200 departures and arrivals have now been cancelled, out of the 390 on "
		  "today's schedule, the airport operator said.\n"},
};

static void
test_live_today(void **state)
{
	(void)state;
	check_none(livetoday, 2, PX_CONFLICT_DATE);
}

/* A newer count from another claimant ("By Friday morning, 38 people had
 * sought hospital treatment, the hospital said") leaves the comparison
 * alone: Thursday's 23 and 31 are still disputed. */
static const struct art treated[] = {
	{"a.txt", "title: Ammonia leak at Brennholm dairy\nsource: Fjordlink\ndate: 2026-04-03\n\n"
		  "Twenty-three people were taken to hospital on Thursday after ammonia leaked at the "
		  "Brennholm dairy, police said.\n"},
	{"b.txt", "title: Dairy leak: 31 in hospital\nsource: Brenn Tidende\ndate: 2026-04-03\n\n"
		  "Thirty-one people, most of them dairy workers, were taken to hospital on Thursday after "
		  "the ammonia leak at Brennholm, police said.\n"},
	{"c.txt", "title: Brennholm leak: more seek treatment\nsource: Industry Week\ndate: 2026-04-03\n\n"
		  "By Friday morning, 38 people had sought hospital treatment after the ammonia leak at "
		  "Brennholm, the county hospital said.\n"},
};

static void
test_newer_count_leaves(void **state)
{
	struct px_report *r = run_independent(treated, 3);
	const char *const a23[] = {"a.txt", NULL};
	const char *const b31[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a23, b31));
	px_report_free(r);
}

/* A figure that names no time is as of its paper's day: Tuesday's "31
 * people were taken to hospital" stays beside Tuesday's 23 and 31, and
 * Wednesday's "14 people remained in its care on Wednesday morning" is
 * the later count that leaves. */
static const struct art undated[] = {
	{"a.txt", "title: Four dead as train leaves the rails at Corrick\nsource: Vale Press\ndate: 2032-09-14\n\n"
		  "Thirty-one people were taken to hospital after the derailment near Corrick, a spokeswoman "
		  "for the Ashmoor Ambulance Service said.\n"},
	{"b.txt", "title: Corrick derailment: 23 in hospital\nsource: Ashmoor Courier\ndate: 2032-09-14\n\n"
		  "Twenty-three people were taken to hospital after the derailment near Corrick, the ambulance "
		  "service said.\n"},
	{"c.txt", "title: Corrick crash: 31 taken to hospital\nsource: Kesterton Ledger\ndate: 2032-09-14\n\n"
		  "The ambulance service said it had taken 31 people to hospital after the derailment near "
		  "Corrick.\n"},
	{"d.txt", "title: Corrick derailment: hospital still treats 14\nsource: Capital News\ndate: 2032-09-15\n\n"
		  "The hospital said 14 people remained in its care on Wednesday morning after the derailment "
		  "near Corrick.\n"},
};

static void
test_undated_is_paper_day(void **state)
{
	struct px_report *r = run_independent(undated, 4);
	const char *const ac[] = {"a.txt", "c.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, ac, b));
	px_report_free(r);
}

/* "14 arrests" counts the people arrested, as "nine people were arrested"
 * does: the two figures are one fact disputed. */
static const struct art arrests[] = {
	{"a.txt", "title: Pitch invasion mars Marrow Cup final\nsource: Calverran Press\ndate: 2031-05-18\n\n"
		  "Police said nine people were arrested after hundreds of supporters ran onto the pitch at "
		  "the end of the Marrow Cup final at Greystone Park on Saturday.\n"},
	{"b.txt", "title: Greystone chaos: 14 held after final\nsource: Pitchside\ndate: 2031-05-18\n\n"
		  "Greystone Police said 14 arrests had been made after supporters invaded the pitch at the "
		  "end of the Marrow Cup final on Saturday.\n"},
};

static void
test_arrests_are_people(void **state)
{
	struct px_report *r = run_independent(arrests, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a, b));
	px_report_free(r);
}

/* "A total of" that tells no period, beside a figure that tells no time,
 * is one count worded two ways: 210 and about 120 postponed operations
 * are disputed. */
static const struct art total_of[] = {
	{"a.txt", "title: Cyberattack: 210 operations postponed at Ravnholm\nsource: Nord Dagblad\ndate: 2027-09-20\n\n"
		  "A total of 210 planned operations have been postponed at Ravnholm University Hospital "
		  "after the cyberattack on its computer systems, the health trust said.\n"},
	{"b.txt", "title: Hospital hit by hackers postpones surgery\nsource: Arctic Press\ndate: 2027-09-20\n\n"
		  "About 120 planned operations have been postponed at Ravnholm University Hospital after "
		  "the cyberattack on its computer systems, the health trust said.\n"},
};

static void
test_total_of_no_period(void **state)
{
	struct px_report *r = run_independent(total_of, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a, b));
	px_report_free(r);
}

/* A date that opens its sentence ("In May, ...") dates every figure of
 * it, and a figure dated months before the papers is of an earlier time
 * than one that names none: May's turnout of 49 percent in the
 * neighbouring town stays out of the dispute over Sunday's turnout. */
static const struct art turnout[] = {
	{"a.txt", "title: Elvstad votes no to merger\nsource: Coast Bulletin\ndate: 2027-10-11\n\n"
		  "Voters in Elvstad rejected a merger with Moldvik in Sunday's referendum. Turnout in the "
		  "referendum was 58.4 percent.\n"},
	{"b.txt", "title: Clear no in Elvstad\nsource: Fjord Radio\ndate: 2027-10-11\n\n"
		  "Elvstad said no to a merger with Moldvik in Sunday's referendum. Turnout in the referendum "
		  "was 64.8 percent, the municipality said.\n"},
	{"c.txt", "title: Elvstad's no leaves Moldvik alone\nsource: Politics North\ndate: 2027-10-11\n\n"
		  "Elvstad rejected the merger with Moldvik in Sunday's referendum. In May, 54 percent of "
		  "Moldvik's voters backed the merger in a referendum of their own, on a turnout of 49 percent.\n"},
};

static void
test_opening_date_earlier(void **state)
{
	struct px_report *r = run_independent(turnout, 3);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a, b));
	px_report_free(r);
}

/* Wire copy whose only day is its dateline's month and day ("PRAGUE, Feb
 * 27 (CEW) -") takes the year of the run's dated articles when they all
 * fall within two months; an archive of years gives it none. */
static const struct art wire_day[] = {
	{"a.txt", "title: Tesarik to cut 1,150 jobs\nsource: Autoline Europe\ndate: 2025-02-28\n\n"
		  "Czech supplier Tesarik Components will cut 1,150 jobs after a loss, the company said on "
		  "Thursday.\n"},
	{"b.txt", "Czech supplier Tesarik to cut 1,150 jobs\n\n"
		  "PRAGUE, Feb 27 (CEW) - Czech car-parts maker Tesarik Components will cut 1,150 jobs after "
		  "swinging to a loss, it said on Thursday.\n"},
};

static const struct art wire_far[] = {
	{"a.txt", "title: Tesarik to cut 1,150 jobs\nsource: Autoline Europe\ndate: 2025-02-28\n\n"
		  "Czech supplier Tesarik Components will cut 1,150 jobs after a loss, the company said on "
		  "Thursday.\n"},
	{"b.txt", "Czech supplier Tesarik to cut 1,150 jobs\n\n"
		  "PRAGUE, Feb 27 (CEW) - Czech car-parts maker Tesarik Components will cut 1,150 jobs after "
		  "swinging to a loss, it said on Thursday.\n"},
	{"c.txt", "title: Tesarik opens new foundry\nsource: Autoline Europe\ndate: 2024-06-10\n\n"
		  "Tesarik Components opened a new foundry in Kostelna Hurka on Monday.\n"},
};

/* The date of the article with this id, or NULL. */
static const char *
date_of(const struct px_report *r, const char *id)
{
	size_t i = 0;

	for (i = 0; i < r->n_articles; i++)
		if (strcmp(r->articles[i].a->id, id) == 0)
			return r->articles[i].a->date;
	return NULL;
}

static void
test_dateline_takes_year(void **state)
{
	struct px_report *r = run(wire_day, 2);

	(void)state;
	assert_non_null(date_of(r, "b.txt"));
	assert_string_equal(date_of(r, "b.txt"), "2025-02-27");
	px_report_free(r);
	r = run(wire_far, 3);
	assert_null(date_of(r, "b.txt"));
	px_report_free(r);
}

/* A predicate that ends its clause is its own object: "Brandvik Fisk
 * will appeal." against "Brandvik Fisk ... will not appeal." */
static const struct art appeal[] = {
	{"a.txt", "title: Fish farmer fined over salmon escape\nsource: Aqua Ledger\ndate: 2026-09-09\n\n"
		  "A district court fined the fish farmer Brandvik Fisk 2 million crowns on Tuesday over the "
		  "escape of farmed salmon from its pens at Ospen.\n\n"
		  "Brandvik Fisk will appeal, its lawyer told the court after the ruling.\n"},
	{"b.txt", "title: Brandvik Fisk accepts escape fine\nsource: Kyst Avisa\ndate: 2026-09-09\n\n"
		  "The fish farmer Brandvik Fisk was fined 2 million crowns by the district court on Tuesday "
		  "for the salmon escape at Ospen last winter.\n\n"
		  "Brandvik Fisk will not appeal, its chief executive said on Tuesday evening.\n"},
};

static void
test_stance_intransitive(void **state)
{
	struct px_report *r = run_independent(appeal, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

/* A short quotation that opens its sentence ("We let our customers
 * down," said ...) is compared by its letters: the opening of a longer
 * quote given to another speaker is an attribution conflict. */
static const struct art sorry[] = {
	{"a.txt", "title: Bank apologises for card outage\nsource: Polar Wire\ndate: 2026-05-09\n\n"
		  "Card payments at Nordbank failed across the country for most of Friday.\n\n"
		  "\"We let our customers down, and I am sorry,\" chief executive Anne Holm told a news "
		  "conference on Saturday.\n"},
	{"b.txt", "title: Nordbank: systems back after outage\nsource: Radio Nordkyst\ndate: 2026-05-09\n\n"
		  "Nordbank customers could pay by card again on Saturday after a day-long outage.\n\n"
		  "\"We let our customers down,\" said the bank's communications director, Tomas Vik.\n"},
};

static void
test_short_quote(void **state)
{
	struct px_report *r = run_independent(sorry, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 1);
	px_report_free(r);
}

/* "has so far declined to open a formal investigation" is the verb after
 * "to" refused, compared with "had opened an investigation"; its clause
 * has no subject of its own and shares the sentence's (the authority). */
static const struct art inquiry[] = {
	{"a.txt", "title: Regulator opens inquiry into bank outage\nsource: Polar Wire\ndate: 2026-03-14\n\n"
		  "Card payments at Fjellbank failed for most of Friday, leaving shops without takings.\n\n"
		  "The Financial Supervisory Authority said it had opened an investigation into the outage.\n"},
	{"b.txt", "title: Fjellbank faces questions over outage\nsource: Finansdagen\ndate: 2026-03-14\n\n"
		  "Investors want answers from Fjellbank after Friday's payment failure.\n\n"
		  "The Financial Supervisory Authority has asked the bank for a written account, but has so "
		  "far declined to open a formal investigation.\n"},
};

static void
test_refused_verb_and_elided_subject(void **state)
{
	struct px_report *r = run_independent(inquiry, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

/* "the latest count" on both sides is one count, not a figure updated
 * over time: 61 and about 80 wolves are disputed. */
static const struct art wolves[] = {
	{"a.txt", "title: Ministry cuts wolf quota in Tindal\nsource: Arctic Press\ndate: 2026-11-20\n\n"
		  "The environment ministry on Thursday cut this winter's wolf quota in Tindal.\n\n"
		  "The latest national count found 61 wolves living wholly or partly in Tindal.\n"},
	{"b.txt", "title: Farmers angry at Tindal wolf decision\nsource: Bondebladet\ndate: 2026-11-20\n\n"
		  "Sheep farmers in Tindal reacted with anger on Thursday to the ministry's wolf quota.\n\n"
		  "About 80 wolves now live in Tindal, according to the latest national count.\n"},
};

static void
test_latest_count(void **state)
{
	struct px_report *r = run_independent(wolves, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* A figure someone wants is compared only with other wishes: the union's
 * demand of 7.5 percent is no side of the dispute over the company's
 * offer (4.2 against 3.5 percent). */
static const struct art payoffer[] = {
	{"a.txt", "title: Baggage handlers strike at Lyngby\nsource: TV Press\ndate: 2026-02-10\n\n"
		  "Baggage handlers at Lyngby airport walked out on Tuesday after pay talks failed.\n\n"
		  "The union is demanding a pay rise of 7.5 percent over two years. Skyhandling has offered "
		  "a pay rise of 4.2 percent over two years.\n"},
	{"b.txt", "title: Strike costs airlines millions\nsource: Econ Daily\ndate: 2026-02-10\n\n"
		  "The strike by ground staff at Lyngby is costing airlines millions of crowns a day.\n\n"
		  "Skyhandling has offered its workers a pay rise of 3.5 percent over two years.\n"},
};

static void
test_wish_figures(void **state)
{
	struct px_report *r = run_independent(payoffer, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0, k = 0;

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	for (i = 0; i < c->n_conflicts; i++)
		for (k = 0; k < c->conflicts[i].n_positions; k++)
			assert_true(strstr(c->conflicts[i].positions[k].value, "7.5") == NULL);
	px_report_free(r);
}

/* A judgement ("should not have granted the licence") and a wish ("expect
 * the ministry to revoke the licence") are no acts: neither opposes "the
 * ministry granted the licence". */
static const struct art licence[] = {
	{"a.txt", "title: Court strikes down Brattfjell wind farm licence\nsource: Nordic Newswire\ndate: 2026-10-07\n\n"
		  "An appeals court on Wednesday struck down the licence for the Brattfjell wind farm.\n\n"
		  "The energy ministry granted the licence for the Brattfjell wind farm in 2019.\n"},
	{"b.txt", "title: Herders win wind farm case\nsource: Finnvik Bladet\ndate: 2026-10-07\n\n"
		  "Reindeer herders on Brattfjell won their case against the wind farm on Wednesday.\n\n"
		  "The court found that the energy ministry should not have granted the licence for the "
		  "Brattfjell wind farm in 2019.\n"},
};

static const struct art licencewish[] = {
	{"a.txt", "title: Court strikes down Brattfjell wind farm licence\nsource: Nordic Newswire\ndate: 2026-10-07\n\n"
		  "An appeals court on Wednesday struck down the licence for the Brattfjell wind farm.\n\n"
		  "The energy ministry granted the licence in 2019, despite objections from the herders and "
		  "from environmental groups.\n"},
	{"b.txt", "title: Herders win wind farm case\nsource: Finnvik Bladet\ndate: 2026-10-07\n\n"
		  "Reindeer herders on Brattfjell won their case against the wind farm on Wednesday.\n\n"
		  "The grazing district's lawyer, Silje Aamot, said the herders now expected the energy "
		  "ministry to revoke the licence.\n"},
	{"c.txt", "title: Energy groups fear for Brattfjell turbines\nsource: Energi Watch\ndate: 2026-10-07\n\n"
		  "The ruling leaves the future of the Brattfjell turbines unclear, energy groups said.\n\n"
		  "Lawyers for the herders argued that the state had been warned about the effect on the "
		  "reindeer before the licence was granted in 2019.\n"},
};

static void
test_judgement_and_wish(void **state)
{
	struct px_report *r = run_independent(licence, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 0);
	px_report_free(r);
	r = run_independent(licencewish, 3);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 0);
	px_report_free(r);
}

/* A live page's entry opens with its clock time; the page's date (its last
 * update, a day later) is not the entry's day, so its running count is
 * compared with Thursday's figures. */
static const struct art quake[] = {
	{"a.txt", "title: Quake kills 134 in western Kalvia\nsource: Capital Herald\ndate: 2026-10-15T18:50:00Z\n\n"
		  "Kalvia's interior ministry said on Thursday afternoon that 134 people had died in the "
		  "earthquake, which flattened whole streets of Sarim's old town.\n\n"
		  "Velmoria is sending a search-and-rescue team of 40.\n"},
	{"b.txt", "title: Kalvia earthquake: live\nsource: World News Live\ndate: 2026-10-16T06:30:00Z\n\n"
		  "06:10 Rescue teams are searching the old town of Sarim through the night.\n\n"
		  "16:20 Kalvia's interior ministry: 143 people dead in the earthquake.\n"},
	{"c.txt", "title: Earthquake in western Kalvia kills 143\nsource: Orbis Wire\ndate: 2026-10-15T12:30:00Z\n\n"
		  "An earthquake struck western Kalvia before dawn on Thursday. Kalvia's interior ministry "
		  "said 143 people had been confirmed dead in the earthquake.\n\n"
		  "Rescue teams are searching the old town of Sarim.\n"},
};

static void
test_live_entry_day(void **state)
{
	struct px_report *r = run_independent(quake, 3);
	const char *const more[] = {"b.txt", "c.txt", NULL};
	const char *const fewer[] = {"a.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, more, fewer));
	px_report_free(r);
}

/* "up from 47 on Monday evening" is Monday evening's figure, told by the
 * source that reports Wednesday's: it sides with the other 47. */
static const struct art outbreak[] = {
	{"a.txt", "title: Norovirus spreads at Brekke hospital\nsource: Velmoria News Agency\ndate: 2026-01-13\n\n"
		  "Norovirus has closed four wards at Brekke County Hospital. By Monday evening 47 patients "
		  "had fallen ill with vomiting and diarrhoea at Brekke County Hospital.\n\n"
		  "Visits are restricted.\n"},
	{"b.txt", "title: Brekke hospital outbreak grows\nsource: Brekke Dagblad\ndate: 2026-01-13\n\n"
		  "Norovirus has closed four wards at Brekke County Hospital. The hospital said 41 patients "
		  "had fallen ill by Monday evening at Brekke County Hospital.\n\n"
		  "Visits are restricted.\n"},
	{"c.txt", "title: Brekke norovirus: live updates\nsource: Radio Nord\ndate: 2026-01-14\n\n"
		  "09:40 The number of patients with norovirus at Brekke County Hospital rose to 53 on "
		  "Wednesday morning, up from 47 on Monday evening, the hospital said in its daily update.\n\n"
		  "No new wards have been affected.\n"},
};

static void
test_earlier_value_with_day(void **state)
{
	struct px_report *r = run_independent(outbreak, 3);
	const char *const more[] = {"a.txt", "c.txt", NULL};
	const char *const fewer[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, more, fewer));
	px_report_free(r);
}

/* Reported speech of the same words joins the side of the direct quote of
 * its speaker; it never makes a side of its own. */
static const struct art medicine[] = {
	{"a.txt", "title: Norvalin batches recalled\nsource: Capital Wire\ndate: 2026-03-11\n\n"
		  "The medicines agency recalled 14 batches of the blood pressure drug Norvalin on Monday. "
		  "\"There is no reason for anyone to stop taking their medicine on their own,\" said Ingrid "
		  "Falk, head of drug safety at the agency.\n\nPharmacies will swap the packs.\n"},
	{"b.txt", "title: What the Norvalin recall means\nsource: Health Watch\ndate: 2026-03-11\n\n"
		  "The medicines agency recalled 14 batches of the blood pressure drug Norvalin on Monday. "
		  "Ingrid Falk, the agency's head of drug safety, said there was no reason for anyone to stop "
		  "taking their medicine on their own.\n\nPharmacies will swap the packs.\n"},
	{"c.txt", "title: Norvalin maker apologises\nsource: TV Sentral\ndate: 2026-03-11\n\n"
		  "The medicines agency recalled 14 batches of the blood pressure drug Norvalin on Monday. "
		  "\"There is no reason for anyone to stop taking their medicine on their own,\" said Anders "
		  "Vik, the maker's medical director.\n\nPharmacies will swap the packs.\n"},
};

static void
test_reported_joins_quote(void **state)
{
	struct px_report *r = run_independent(medicine, 3);
	const char *const falk[] = {"a.txt", "b.txt", NULL};
	const char *const vik[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_ATTRIBUTION, falk, vik));
	px_report_free(r);
}

/* A sentence one source alone carries with a date and a superlative is a
 * unique claim, though it has no figure, quote or attribution. */
static const struct art wildfire[] = {
	{"a.txt", "title: Wildfire forces evacuation above Ostby\nsource: Skyline Wire\ndate: 2026-07-21\n\n"
		  "A wildfire in the hills above Ostby forced 1,300 people from their homes on Monday, the "
		  "fire service said.\n\n"
		  "It is the largest wildfire in Velmoria since 2018.\n"},
	{"b.txt", "title: Ostby residents flee hill fire\nsource: Ostby Avis\ndate: 2026-07-21\n\n"
		  "About 1,300 people were ordered out of their homes above Ostby on Monday as a wildfire "
		  "spread through the hills, the fire service said.\n\n"
		  "Farmers moved their sheep down to the valley.\n"},
};

static void
test_unique_date_superlative(void **state)
{
	struct px_report *r = run_independent(wildfire, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0;
	int found = 0;

	(void)state;
	for (i = 0; i < c->n_unique; i++) {
		const struct px_evidence *e = &c->unique[i].evidence[0];
		const char *text = r->articles[r->stories[0].sources[e->article]].a->text;
		if (e->field == PX_FIELD_TEXT && e->end - e->start > 16 &&
		    strncmp(text + e->start, "It is the largest", 17) == 0)
			found = 1;
	}
	assert_true(found);
	px_report_free(r);
}

/* Figures of two named owners are two facts ("Norland Bank reported 14
 * complaints", "Vestby Credit Union reported 16 complaints"); figures whose clauses
 * share fewer than three words ("exports to Norland rose 1.8%", "spending
 * on defence rose 4.3%") are no dispute, however alike their sentences. */
static const struct art owners[] = {
	{"a.txt", "title: Banks report app complaints\nsource: Business Daily\ndate: 2026-02-03\n\n"
		  "The Velmorian economy grew in January. Shops reported brisk trade.\n\n"
		  "In its monthly report on the Velmorian economy, published on Tuesday by the statistics "
		  "office in Astrelle, exports to Norland rose 1.8%.\n\n"
		  "Norland Bank reported 14 complaints about its new payment app on Monday.\n"},
	{"b.txt", "title: Monthly economy report\nsource: Capital Bulletin\ndate: 2026-02-03\n\n"
		  "Figures out on Tuesday showed growth across Velmoria at the start of the year. Retailers "
		  "in the capital said January had been better than feared.\n\n"
		  "In its monthly report on the Velmorian economy, published on Tuesday by the statistics "
		  "office in Astrelle, spending on defence rose 4.3%.\n\n"
		  "Vestby Credit Union reported 16 complaints about its new payment app on Monday.\n"},
};

static void
test_owners_and_context(void **state)
{
	(void)state;
	check_none(owners, 2, PX_CONFLICT_QUANTITY);
}

/* "his client would appeal" names no one: the actor named elsewhere in its
 * article ("Karl Moen") may be the one who "would accept the verdict and
 * not appeal" in another. */
static const struct art client_appeal[] = {
	{"a.txt", "title: Former Brekke mayor jailed for bribery\nsource: Norpress\ndate: 2026-10-09\n\n"
		  "Karl Moen, a former mayor of Brekke, was sentenced to three years in prison on Friday "
		  "for taking bribes from a building firm.\n\n"
		  "Moen denied the charges throughout the trial. His lawyer, Eva Brenna, said his client "
		  "would appeal.\n"},
	{"b.txt", "title: Moen will not fight bribery verdict\nsource: Harbour Times\ndate: 2026-10-09\n\n"
		  "The former Brekke mayor Karl Moen was jailed for three years on Friday after a trial "
		  "over bribes from a building firm.\n\n"
		  "His lawyer, Eva Brenna, said on Friday evening that Moen would accept the verdict and "
		  "not appeal, to spare his family a second trial.\n"},
};

static void
test_stance_possessive_subject(void **state)
{
	struct px_report *r = run_independent(client_appeal, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_STANCE, a, b));
	px_report_free(r);
}

/* "rejected the decision outright": the adverb is no part of the object,
 * so the rejection and "accepted the ministry's decision" share a head. */
static const struct art quota[] = {
	{"a.txt", "title: Farmers accept wolf quota decision\nsource: Bondebladet\ndate: 2026-11-20\n\n"
		  "The environment ministry cut the wolf quota in Valdmark to 16 animals on Thursday.\n\n"
		  "Lars Hovland, who leads the Farmers' Union, said the union accepted the ministry's "
		  "decision, since it was final.\n"},
	{"b.txt", "title: Anger over wolf quota cut\nsource: Valdmarkposten\ndate: 2026-11-20\n\n"
		  "Sheep farmers in Valdmark reacted with anger after the environment ministry cut the "
		  "wolf quota to 16 animals on Thursday.\n\n"
		  "The Farmers' Union rejected the decision outright and said it would ask parliament to "
		  "step in.\n"},
};

static void
test_stance_object_adverb(void **state)
{
	struct px_report *r = run_independent(quota, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_STANCE, a, b));
	px_report_free(r);
}

/* "confirmed that schools will stay closed" affirms the closure: with
 * "schools are closed" it agrees, the polarity of the that-clause's verb
 * composing with the confirmation's. */
static const struct art schools[] = {
	{"a.txt", "title: Cyclone keeps southern schools shut\nsource: Radio Sud\ndate: 2031-03-04\n\n"
		  "Cyclone Ilona tore across the south of the island on Tuesday.\n\n"
		  "The Ministry of Education has confirmed that schools in the south will stay closed "
		  "until Thursday.\n"},
	{"b.txt", "title: Cyclone Ilona: live\nsource: Sentinel Live\ndate: 2031-03-04T16:00:00Z\n\n"
		  "15:05 - A reminder from the Ministry of Education: all schools in the south are closed "
		  "until Thursday.\n"},
};

static void
test_stance_that_clause(void **state)
{
	(void)state;
	check_none(schools, 2, PX_CONFLICT_STANCE);
}

/* Wind gusts are one measure, told in other words around them: "packing
 * gusts of up to 210 km/h" and "gusts reaching 240 km/h" at landfall
 * dispute it. */
static const struct art landfall_gusts[] = {
	{"a.txt", "title: Cyclone Ilona makes landfall\nsource: Velmara Press Agency\ndate: 2031-03-04\n\n"
		  "Cyclone Ilona tore across the south of Velmara on Tuesday, flattening homes in the "
		  "fishing town of Pointe aux Sables.\n\n"
		  "The storm made landfall near the fishing town of Pointe aux Sables at around 2 a.m. "
		  "local time, packing gusts of up to 210 km/h, according to the Velmara Meteorological "
		  "Services. It was classed as an intense tropical cyclone.\n\n"
		  "Rescue teams reached Pointe aux Sables by midday, where the cyclone destroyed the "
		  "harbour and the market.\n"},
	{"b.txt", "title: Cyclone Ilona: deadliest in years\nsource: Velmara Times\ndate: 2031-03-04\n\n"
		  "Cyclone Ilona killed nine people as it crossed the south of Velmara on Tuesday, and the "
		  "town of Pointe aux Sables took the worst of it.\n\n"
		  "Ilona is the deadliest storm to hit Velmara since Cyclone Berenice in 2027. "
		  "Meteorologists said its winds were stronger, with gusts reaching 240 km/h recorded at "
		  "Pointe aux Sables as the cyclone came ashore in the early hours of Tuesday.\n\n"
		  "In Pointe aux Sables the cyclone tore roofs off the school and the clinic.\n"},
};

static void
test_wind_gusts(void **state)
{
	struct px_report *r = run_independent(landfall_gusts, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a, b));
	px_report_free(r);
}

/* "the judge said" is the judge the article names, by the title "Justice";
 * the same words given to the prosecutor elsewhere are an attribution
 * conflict. */
static const struct art judge[] = {
	{"a.txt", "title: Former minister guilty of bribery\nsource: Velmara Times\ndate: 2031-05-14\n\n"
		  "In a ruling that ran to 212 pages, Justice Miriam Lafleur found that the former fisheries "
		  "minister had taken bribes from trawler operators.\n\n"
		  "\"This was a betrayal of every fisherman who played by the rules,\" the judge said as she "
		  "read out a summary of her findings.\n"},
	{"b.txt", "title: Ex-minister jailed for seven years\nsource: Daily Sentinel\ndate: 2031-05-14\n\n"
		  "The former fisheries minister was jailed for seven years on Tuesday for taking bribes from "
		  "trawler operators.\n\n"
		  "\"This was a betrayal of every fisherman who played by the rules,\" prosecutor Samuel "
		  "Teeluck said outside court.\n"},
};

static void
test_attribution_judge_title(void **state)
{
	struct px_report *r = run_independent(judge, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_ATTRIBUTION, a, b));
	px_report_free(r);
}

/* A live page's entry names its day in full ("starting on Monday 16
 * June"): that day is compared, unlike a bare "today". */
static const struct art strikeday[] = {
	{"a.txt", "title: Dockers vote to strike\nsource: Velmara Press Agency\n"
		  "date: 2031-06-10T15:00:00Z\n\n"
		  "Dockworkers at Port Lysander voted to reject a pay offer on Tuesday and will begin an "
		  "indefinite strike on Monday, June 16, their union said.\n"},
	{"b.txt", "title: Port pay vote: live\nsource: Sentinel Live\ndate: 2031-06-10T16:55:00Z\n\n"
		  "12:45 - Union leader Josiane Moutou confirms the dockers will go ahead with an all-out "
		  "strike starting on Monday 16 June.\n"},
	{"c.txt", "title: DOCK SHOCK\nsource: Island Echo\ndate: 2031-06-11\n\n"
		  "Furious dockworkers at Port Lysander voted on Tuesday to reject the pay offer and "
		  "strike. The dockers' strike will begin on Wednesday 18 June, their union said.\n"},
};

static void
test_live_entry_named_day(void **state)
{
	struct px_report *r = run_independent(strikeday, 3);
	const char *const ab[] = {"a.txt", "b.txt", NULL};
	const char *const c[] = {"c.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_DATE, ab, c));
	px_report_free(r);
}

/* A live page's entry stamp ("06:30 - A strong earthquake has struck") is
 * when the entry was written, not when the earthquake struck: no dispute
 * with "struck at 02:40 local time". */
static const struct art stamps[] = {
	{"a.txt", "title: Kalvia earthquake: live\nsource: World News Live\ndate: 2026-10-16T11:30:00Z\n\n"
		  "06:30 - A strong earthquake has struck western Kalvia near the town of Sarimel, and "
		  "there are reports of collapsed buildings.\n\n"
		  "09:15 - Rescue teams in Sarimel say whole streets of the old town have collapsed.\n"},
	{"b.txt", "title: Earthquake kills dozens in western Kalvia\nsource: Orbis Wire\ndate: 2026-10-16\n\n"
		  "A strong earthquake struck western Kalvia near the town of Sarimel at 02:40 local "
		  "time on Thursday, flattening buildings in the old town.\n\n"
		  "Rescue teams worked through the day in the collapsed streets of Sarimel.\n"},
};

static void
test_live_entry_stamp(void **state)
{
	(void)state;
	check_none(stamps, 2, PX_CONFLICT_DATE);
}

/* A clock time is a window: "shortly after 13:00" is the hour after it,
 * so "at 14:30" disputes it and "at 13:20" does not. */
static const struct art lifted[] = {
	{"a.txt", "title: Chlorine leak: stay-indoors order lifted\nsource: VBC News\ndate: 2026-09-17\n\n"
		  "Residents of Skarnes were told to stay indoors on Thursday morning after chlorine gas "
		  "leaked from a rail tank wagon at the Nordkjem plant.\n\n"
		  "The stay-indoors order was lifted at 14:30, the police said.\n"},
	{"b.txt", "title: Skarnes leak: residents allowed out\nsource: Skarnes Tidende\ndate: 2026-09-17\n\n"
		  "Residents of Skarnes had to stay indoors on Thursday after chlorine gas leaked from a "
		  "rail tank wagon at the Nordkjem plant.\n\n"
		  "The stay-indoors order was lifted shortly after 13:00, the police said.\n"},
};

static void
test_time_windows(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(lifted, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_DATE, a, b));
	px_report_free(r);
	now[0] = lifted[0];
	now[1] = lifted[1];
	now[0].text = "title: Chlorine leak: stay-indoors order lifted\nsource: VBC News\ndate: 2026-09-17\n\n"
		      "Residents of Skarnes were told to stay indoors on Thursday morning after chlorine gas "
		      "leaked from a rail tank wagon at the Nordkjem plant.\n\n"
		      "The stay-indoors order was lifted at 13:20, the police said.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	/* across midnight: "shortly after 23:30" holds 00:10 */
	now[0].text = "title: Chlorine leak: stay-indoors order lifted\nsource: VBC News\ndate: 2026-09-17\n\n"
		      "Residents of Skarnes were told to stay indoors on Thursday morning after chlorine gas "
		      "leaked from a rail tank wagon at the Nordkjem plant.\n\n"
		      "The stay-indoors order was lifted at 00:10, the police said.\n";
	now[1].text = "title: Skarnes leak: residents allowed out\nsource: Skarnes Tidende\ndate: 2026-09-17\n\n"
		      "Residents of Skarnes had to stay indoors on Thursday after chlorine gas leaked from a "
		      "rail tank wagon at the Nordkjem plant.\n\n"
		      "The stay-indoors order was lifted shortly after 23:30, the police said.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
}

/* The day and the clock time of one event disputed in the same sentences
 * ("shortly before midnight on Tuesday", "at around 02:00 on Wednesday")
 * are one conflict. */
static const struct art sawmill[] = {
	{"a.txt", "title: Fire destroys Fagerdal Sag drying hall\nsource: Fagerdal Nytt\ndate: 2027-08-25\n\n"
		  "A fire that broke out shortly before midnight on Tuesday destroyed the drying hall at "
		  "the Fagerdal Sag sawmill, the fire service said.\n"},
	{"b.txt", "title: Sawmill loses drying hall in fire\nsource: Tre og Industri\ndate: 2027-08-25\n\n"
		  "The sawmill Fagerdal Sag lost its drying hall in a fire that broke out at around 02:00 on "
		  "Wednesday, the fire service said.\n"},
};

static void
test_one_date_dispute(void **state)
{
	struct px_report *r = run_independent(sawmill, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 1);
	px_report_free(r);
}

/* A figure of a condition's outcome ("If Jones wins, Republicans would
 * control the Senate by a slim 51-49 margin") is no fact to dispute the
 * present 52-48 majority; told as a fact, it would be. */
static const struct art senate[] = {
	{"a.txt", "title: Republicans distance themselves from Moore\nsource: Capitol Wire\ndate: 2017-12-10\n\n"
		  "Republican leaders in the Senate kept their distance from Roy Moore on Sunday before the "
		  "Alabama special election.\n\n"
		  "Republicans hold a slim 52-48 majority in the Senate, and party leaders said on Sunday "
		  "they would not campaign for Moore.\n"},
	{"b.txt", "title: Alabama votes in Senate race\nsource: Southern Ledger\ndate: 2017-12-10\n\n"
		  "Republican leaders in the Senate kept their distance from Roy Moore before the Alabama "
		  "special election on Tuesday.\n\n"
		  "If Jones wins on Tuesday, Republicans would hold a slim 51-49 majority in the Senate, "
		  "party leaders said on Sunday.\n"},
};

static void
test_hypothetical_figure(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(senate, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
	now[0] = senate[0];
	now[1] = senate[1];
	now[1].text = "title: Alabama votes in Senate race\nsource: Southern Ledger\ndate: 2017-12-10\n\n"
		      "Republican leaders in the Senate kept their distance from Roy Moore before the Alabama "
		      "special election on Tuesday.\n\n"
		      "Republicans hold a slim 51-49 majority in the Senate, party leaders said on Sunday.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* Two scores dispute one match or vote only when both sides are named
 * near both ("Wales beat France 24-18" / "24-17") or the sentences are
 * alike: one shared name (the House) in other words is two votes. */
static const struct art house_votes[] = {
	{"a.txt", "title: House passes tax bill and defence bill\nsource: Capitol Wire\ndate: 2017-12-15\n\n"
		  "The House of Representatives passed the tax overhaul on Thursday in a day of votes "
		  "before the holiday recess.\n\n"
		  "The Republican-controlled House voted 356-70 on Thursday for the annual defence bill, "
		  "which sets the level of military spending.\n"},
	{"b.txt", "title: House Republicans pass tax overhaul\nsource: Federal Ledger\ndate: 2017-12-15\n\n"
		  "The House of Representatives passed the tax overhaul on Thursday in a day of votes "
		  "before the holiday recess.\n\n"
		  "Now is the time to deliver, the White House said on Thursday after the largely "
		  "party-line House vote of 227-205 on the tax bill.\n"},
};

static const struct art rugby[] = {
	{"a.txt", "title: Wales edge France in Cardiff\nsource: Rugby Desk\ndate: 2005-02-27\n\n"
		  "Wales kept their Six Nations title hopes alive on Saturday.\n\n"
		  "Wales came from behind to beat France 24-18 in Cardiff on Saturday, with two late tries "
		  "from the wing.\n"},
	{"b.txt", "title: Late tries lift Wales\nsource: Sport Today\ndate: 2005-02-27\n\n"
		  "A second-half comeback in Cardiff kept the home side in the Six Nations title race.\n\n"
		  "Wales beat France 24-17 in Cardiff on Saturday thanks to two late tries from the "
		  "wing.\n"},
};

static void
test_scores_need_both_sides(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(house_votes, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
	r = run_independent(rugby, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
	/* a score is no total over a period, whatever period the sentence
	 * names ("two tries in the last ten minutes") */
	now[0] = rugby[0];
	now[1] = rugby[1];
	now[1].text = "title: Late tries lift Wales\nsource: Sport Today\ndate: 2005-02-27\n\n"
		      "A second-half comeback in Cardiff kept the home side in the Six Nations title race.\n\n"
		      "Wales beat France 24-17 in Cardiff on Saturday thanks to two tries in the last ten "
		      "minutes.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* Each source telling the news of its own day ("arrived in Beijing on
 * Wednesday" in Wednesday's paper, "pressed China on Thursday" in
 * Thursday's) is a developing story, not a dispute over one day; two
 * papers of one day that date one arrival differently are. */
static const struct art visit[] = {
	{"a.txt", "title: Trump arrives in China\nsource: Asia Wire\ndate: 2017-11-08\n\n"
		  "BEIJING - U.S. President Donald Trump arrived in Beijing on Wednesday seeking help to "
		  "rein in North Korea on his visit to China.\n"},
	{"b.txt", "title: Trump presses China on North Korea\nsource: Pacific Ledger\ndate: 2017-11-09\n\n"
		  "BEIJING - U.S. President Donald Trump pressed China to do more to rein in North Korea "
		  "on Thursday on his visit to Beijing.\n"},
};

static void
test_own_days(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(visit, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	now[0] = visit[0];
	now[1] = visit[1];
	now[0].text = "title: Trump arrives in China\nsource: Asia Wire\ndate: 2017-11-09\n\n"
		      "BEIJING - U.S. President Donald Trump arrived in Beijing on Wednesday seeking help to "
		      "rein in North Korea on his visit to China.\n";
	now[1].text = "title: Trump lands in Beijing\nsource: Pacific Ledger\ndate: 2017-11-09\n\n"
		      "BEIJING - U.S. President Donald Trump arrived in Beijing on Thursday seeking help to "
		      "rein in North Korea, on a visit to China.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 1);
	px_report_free(r);
}

/* Two papers of two days, each dating one act to its own day with the
 * same verb ("the licence was annulled by a court on Wednesday", "a court
 * on Thursday annulled the licence"), dispute that day; the second tells
 * it after a plan ("said it would appeal after a court on Thursday
 * annulled ..."), which does not make the court's day one to come. */
static const struct art annulled[] = {
	{"a.txt", "title: Court annuls terminal licence\nsource: Lusa Wire\ndate: 2025-05-21\n\n"
		  "The environmental licence for the expansion of the Cais Norte container terminal in "
		  "Porto Vello was annulled by an administrative court on Wednesday.\n"},
	{"b.txt", "title: Terminal operator to appeal\nsource: Iberian Ledger\ndate: 2025-05-22\n\n"
		  "The operator of the Cais Norte container terminal in Porto Vello said it would appeal "
		  "after an administrative court on Thursday annulled the environmental licence for its "
		  "expansion.\n"},
};

static void
test_own_days_one_act(void **state)
{
	struct art now[2];

	(void)state;
	check_a_b(annulled, 2, PX_CONFLICT_DATE);
	/* told with another verb, each day is its own paper's news */
	now[0] = annulled[0];
	now[1] = annulled[1];
	now[1].text = "title: Terminal operator to appeal\nsource: Iberian Ledger\ndate: 2025-05-22\n\n"
		      "The operator of the Cais Norte container terminal in Porto Vello on Thursday appealed "
		      "against the ruling that annulled the environmental licence for its expansion.\n";
	{
		struct px_report *r = run_independent(now, 2);
		assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
		px_report_free(r);
	}
}

/* "At midnight Thursday" and "at 11:59 p.m. Thursday" are one moment, a
 * minute apart in notation; "at 11:30 p.m." disputes it. */
static const struct art ballots[] = {
	{"a.txt", "title: Nurses back strike\nsource: Fort Ashby Chronicle\ndate: 2025-09-05\n\n"
		  "Nurses at Tamarac hospitals voted to strike, the union said on Friday.\n\n"
		  "Ballots closed at midnight Thursday after a four-day electronic vote.\n"},
	{"b.txt", "title: Tamarac nurses vote for walkout\nsource: Dominion Press\ndate: 2025-09-05\n\n"
		  "Nurses in Tamarac have voted for a strike, their union announced on Friday.\n\n"
		  "Voting closed at 11:59 p.m. Thursday after four days of electronic voting.\n"},
};

static void
test_midnight_minute(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(ballots, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	now[0] = ballots[0];
	now[1] = ballots[1];
	now[1].text = "title: Tamarac nurses vote for walkout\nsource: Dominion Press\ndate: 2025-09-05\n\n"
		      "Nurses in Tamarac have voted for a strike, their union announced on Friday.\n\n"
		      "Voting closed at 11:30 p.m. Thursday after four days of electronic voting.\n";
	check_a_b(now, 2, PX_CONFLICT_DATE);
}

/* A clock time in universal time and a local one a whole number of hours
 * apart are one moment ("left Carrow Harbour at 9.05pm on Friday",
 * "departed Carrow Harbour at 19:05 UTC on Friday"); two local times are a
 * dispute. */
static const struct art departed[] = {
	{"a.txt", "title: Night train returns to Carrow\nsource: Meridian Wire\ndate: 2025-05-17\n\n"
		  "The first Nightliner sleeper train left Carrow Harbour station at 9.05pm on Friday "
		  "carrying 214 passengers to Estrenne.\n"},
	{"b.txt", "title: Sleeper service is back\nsource: Railwatch\ndate: 2025-05-17\n\n"
		  "The first Nightliner sleeper train departed Carrow Harbour station at 19:05 UTC on Friday "
		  "with 214 passengers on board for Estrenne.\n"},
};

static void
test_time_zones(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(departed, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	now[0] = departed[0];
	now[1] = departed[1];
	now[1].text = "title: Sleeper service is back\nsource: Railwatch\ndate: 2025-05-17\n\n"
		      "The first Nightliner sleeper train departed Carrow Harbour station at 7.05pm on Friday "
		      "with 214 passengers on board for Estrenne.\n";
	check_a_b(now, 2, PX_CONFLICT_DATE);
}

/* One dispute told by two pairs of articles in two sets of words ("£85,000
 * in damages" / "damages of £58,000", "eighty-five thousand pounds in
 * damages" / "a £58k libel award") forms two facts: the second conflict,
 * the same values a side from other articles, joins the first. */
static const struct art damages[] = {
	{"a.txt", "title: Chef wins libel case against newspaper\nsource: Lexline\ndate: 2025-10-14\n\n"
		  "A High Court judge ruled on Tuesday that a restaurant review in the Harwick Courier was "
		  "defamatory.\n\n"
		  "She awarded the restaurant's chef-owner, Lorenzo Albescu, £85,000 in damages.\n"},
	{"b.txt", "title: Courier to pay chef damages\nsource: Harwick Standard\ndate: 2025-10-14\n\n"
		  "The Harwick Courier has been ordered to pay damages of £58,000 to the chef Lorenzo "
		  "Albescu after a High Court judge found that its review of his Old Quay restaurant was "
		  "defamatory.\n"},
	{"c.txt", "title: Harwick chef wins damages\nsource: Harwick FM\ndate: 2025-10-14\n\n"
		  "A Harwick chef has won eighty-five thousand pounds in damages from the Harwick Courier "
		  "over a restaurant review that claimed his food came out of a supermarket freezer.\n"},
	{"d.txt", "title: Libel award for Old Quay chef\nsource: Hospitality Week\ndate: 2025-10-14\n\n"
		  "Lorenzo Albescu, the chef-owner of Albescu's on Harwick's Old Quay, has won a £58k libel "
		  "award against the Harwick Courier over a review that accused his kitchen of serving "
		  "frozen food.\n"},
};

static void
test_split_dispute_joined(void **state)
{
	const char *const high[] = {"a.txt", "c.txt", NULL};
	const char *const low[] = {"b.txt", "d.txt", NULL};

	(void)state;
	check_sides(damages, 4, PX_CONFLICT_QUANTITY, high, low, 1);
}

/* A side of a conflict is joined by an article whose mention agrees with
 * it closely enough to agree, though not to oppose: "A court in Brennmark
 * on Tuesday sentenced ..." beside "was convicted on Tuesday at Brennmark
 * District Court", against "was convicted Monday". The caption's Tuesday
 * and the sentence's made the fact of a.txt and c.txt an agreement of its
 * own, so the conflict had one article a side. */
static const struct art sentenced[] = {
	{"a.txt", "title: Former harbour chief convicted of bribery\nsource: Coast Post\ndate: 2025-03-04\n\n"
		  "Edvin Halvorsen arrives at Brennmark District Court on Tuesday.\n\n"
		  "The 61-year-old, who led the harbour authority until 2022, was convicted on Tuesday at "
		  "Brennmark District Court of aggravated bribery and gross breach of trust.\n"},
	{"b.txt", "title: Harbor boss guilty in bribery case\nsource: Northern Ledger\ndate: 2025-03-04\n\n"
		  "Halvorsen, 61, was convicted Monday of aggravated bribery and gross breach of trust by "
		  "the Brennmark District Court, which handed him a six-year prison sentence.\n"},
	{"c.txt", "title: Brennmark harbour chief jailed for six years\nsource: Meridian\ndate: 2025-03-04\n\n"
		  "A court in Brennmark on Tuesday sentenced the former head of the city's harbour "
		  "authority, Edvin Halvorsen, to six years in prison for taking bribes from a dredging "
		  "contractor.\n"},
};

/* A stance side is joined by one actor's like position on the story's
 * matter in another general noun: "Havbris has accepted the judgment"
 * beside "Havbris accepted the verdict", against "rejected the verdict". */
static const struct art judgment[] = {
	{"a.txt", "title: Havbris fined over salmon escape\nsource: Kystavisa\ndate: 2026-03-10\n\n"
		  "The fish farmer Havbris was fined 4 million crowns on Tuesday for the escape of 52,000 "
		  "salmon from its Kvalsund farm.\n\n"
		  "Havbris accepted the verdict, the company said.\n"},
	{"b.txt", "title: Salmon farmer to appeal escape fine\nsource: Aqua Ledger\ndate: 2026-03-10\n\n"
		  "Havbris was fined 4 million crowns by Bronnvik District Court on Tuesday over the escape "
		  "of 52,000 salmon in Kvalsund.\n\n"
		  "Havbris rejected the verdict and will appeal, the company said.\n"},
	{"c.txt", "title: Havbris fined for Kvalsund escape\nsource: Radio Skjaergard\ndate: 2026-03-10\n\n"
		  "The court fined Havbris 4 million crowns on Tuesday after 52,000 salmon escaped from its "
		  "farm in Kvalsund.\n\n"
		  "Havbris has accepted the judgment, the company said in a short statement.\n"},
};

static void
test_stance_side_joiner(void **state)
{
	const char *const accepted[] = {"a.txt", "c.txt", NULL};
	const char *const rejected[] = {"b.txt", NULL};

	(void)state;
	check_sides(judgment, 3, PX_CONFLICT_STANCE, accepted, rejected, 1);
}

static void
test_side_joiners(void **state)
{
	const char *const tuesday[] = {"a.txt", "c.txt", NULL};
	const char *const monday[] = {"b.txt", NULL};

	(void)state;
	check_sides(sentenced, 3, PX_CONFLICT_DATE, tuesday, monday, 1);
}

/* Who did a thing, told as its agent: "The motion, tabled by councillor
 * Priya Okonedo" against "The motion was brought by councillor Tom
 * Halloran" or "proposed by" (acts of one group of the dictionary, one object) is an
 * attribution conflict; so are "It was Ines Varga who first recognised
 * the call" and "Tomas Reilly, 27, was the first to recognise the call". */
static const struct art tabled[] = {
	{"a.txt", "title: Harnbury votes to end e-scooter scheme\nsource: Harnbury Echo\ndate: 2025-03-12\n\n"
		  "Harnbury council voted on Tuesday to end the city's rental e-scooter scheme at the end of "
		  "the month.\n\n"
		  "The motion, tabled by Green councillor Priya Okonedo, cited injuries to pedestrians.\n"},
	{"b.txt", "title: Council ends Harnbury e-scooter rentals\nsource: Meridian Press\ndate: 2025-03-12\n\n"
		  "Councillors in Harnbury voted on Tuesday to end the city's rental e-scooter scheme at the "
		  "end of the month.\n\n"
		  "The motion was brought by independent councillor Tom Halloran after a rise in injuries to "
		  "pedestrians.\n"},
};

/* "proposed by" is an act of the same group as "tabled by" */
static const struct art proposed[] = {
	{"a.txt", "title: Harnbury votes to end e-scooter scheme\nsource: Harnbury Echo\ndate: 2025-03-12\n\n"
		  "Harnbury council voted on Tuesday to end the city's rental e-scooter scheme at the end of "
		  "the month.\n\n"
		  "The motion, tabled by Green councillor Priya Okonedo, cited injuries to pedestrians.\n"},
	{"b.txt", "title: Council ends Harnbury e-scooter rentals\nsource: Meridian Press\ndate: 2025-03-12\n\n"
		  "Councillors in Harnbury voted on Tuesday to end the city's rental e-scooter scheme at the "
		  "end of the month.\n\n"
		  "The motion, proposed by independent councillor Tom Halloran, was carried by 24 votes to "
		  "17.\n"},
};

static const struct art recognised[] = {
	{"a.txt", "title: Marsh bird thought extinct is found again\nsource: Northwire\ndate: 2025-10-08\n\n"
		  "A marsh bird last recorded decades ago has been found again in the Keld Marshes, "
		  "Harrowmere University said on Wednesday.\n\n"
		  "It was volunteer Ines Varga who first recognised the bird's call on the recordings.\n"},
	{"b.txt", "title: Lost crake turns up in Keld Marshes\nsource: Lantern Post\ndate: 2025-10-08\n\n"
		  "A marsh bird last recorded decades ago has been found again in the Keld Marshes, "
		  "Harrowmere University announced on Wednesday.\n\n"
		  "Doctoral researcher Tomas Reilly, 27, was the first to recognise the call on a survey "
		  "recording.\n"},
};

static void
test_agents(void **state)
{
	struct art now[2];
	struct px_report *r = NULL;

	(void)state;
	check_a_b(tabled, 2, PX_CONFLICT_ATTRIBUTION);
	check_a_b(proposed, 2, PX_CONFLICT_ATTRIBUTION);
	check_a_b(recognised, 2, PX_CONFLICT_ATTRIBUTION);
	/* one agent told two ways: an agreement */
	now[0] = tabled[0];
	now[1] = tabled[1];
	now[1].text = "title: Council ends Harnbury e-scooter rentals\nsource: Meridian Press\ndate: 2025-03-12\n\n"
		      "Councillors in Harnbury voted on Tuesday to end the city's rental e-scooter scheme at the "
		      "end of the month.\n\n"
		      "The motion was brought by Priya Okonedo after a rise in injuries to pedestrians.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 0);
	px_report_free(r);
	/* an act of two agents ("by X and Y") is no one's alone */
	now[1].text = "title: Council ends Harnbury e-scooter rentals\nsource: Meridian Press\ndate: 2025-03-12\n\n"
		      "Councillors in Harnbury voted on Tuesday to end the city's rental e-scooter scheme at the "
		      "end of the month.\n\n"
		      "The motion was brought by independent councillor Tom Halloran and a Green colleague after "
		      "a rise in injuries to pedestrians.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 0);
	px_report_free(r);
	/* "a separate motion" is another act */
	now[1].text = "title: Council ends Harnbury e-scooter rentals\nsource: Meridian Press\ndate: 2025-03-12\n\n"
		      "Councillors in Harnbury voted on Tuesday to end the city's rental e-scooter scheme at the "
		      "end of the month.\n\n"
		      "A separate motion was brought by independent councillor Tom Halloran to lower speed limits "
		      "for pedestrians' safety.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 0);
	px_report_free(r);
	/* an article that gives one act of one object to two agents holds
	   two such acts: which of them the other source tells is unknown */
	now[1].text = "title: Council ends Harnbury e-scooter rentals\nsource: Meridian Press\ndate: 2025-03-12\n\n"
		      "Councillors in Harnbury voted on Tuesday to end the city's rental e-scooter scheme at the "
		      "end of the month.\n\n"
		      "The motion was brought by independent councillor Tom Halloran after a rise in injuries to "
		      "pedestrians.\n\n"
		      "A motion on parking was tabled by councillor Ruth Emsley in January.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 0);
	px_report_free(r);
	/* a source that names the other's agent in its sentence tells how
	   they are tied ("on behalf of Priya Okonedo's group") */
	now[1].text = "title: Council ends Harnbury e-scooter rentals\nsource: Meridian Press\ndate: 2025-03-12\n\n"
		      "Councillors in Harnbury voted on Tuesday to end the city's rental e-scooter scheme at the "
		      "end of the month.\n\n"
		      "The motion was brought by independent councillor Tom Halloran on behalf of Priya "
		      "Okonedo's group.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 0);
	px_report_free(r);
	/* acts outside the dictionary's groups ("staged by") are not read:
	   many take several agents */
	now[0].text = "title: Harnbury votes to end e-scooter scheme\nsource: Harnbury Echo\ndate: 2025-03-12\n\n"
		      "Harnbury council voted on Tuesday to end the city's rental e-scooter scheme at the end of "
		      "the month.\n\n"
		      "The protest, staged by Green councillor Priya Okonedo, drew 300 people.\n";
	now[1].text = "title: Council ends Harnbury e-scooter rentals\nsource: Meridian Press\ndate: 2025-03-12\n\n"
		      "Councillors in Harnbury voted on Tuesday to end the city's rental e-scooter scheme at the "
		      "end of the month.\n\n"
		      "The protest was staged by independent councillor Tom Halloran.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 0);
	px_report_free(r);
}

/* The verb "include" with no larger figure before it and no pronoun for
 * its subject tells the whole ("The trial, ORVA-2, included some 3,600
 * patients"), not a part: the trials' sizes are disputed. */
static const struct art trial_size[] = {
	{"a.txt", "title: Orva heart drug cuts hospital stays\nsource: Medwire North\ndate: 2025-03-10\n\n"
		  "The ORVA-2 trial enrolled 4,212 patients in 14 countries, the drugmaker Telvik said "
		  "on Monday.\n\n"
		  "Patients on the drug spent fewer days in hospital than those on placebo.\n"},
	{"b.txt", "title: Telvik trial meets its goal\nsource: Aldern Tidende\ndate: 2025-03-10\n\n"
		  "The trial, ORVA-2, included some 3,600 patients in 14 countries, Telvik said on "
		  "Monday.\n\n"
		  "The company plans to seek approval later this year.\n"},
};

static void
test_include_whole_or_part(void **state)
{
	(void)state;
	check_a_b(trial_size, 2, PX_CONFLICT_QUANTITY);
}

/* "Chair Ilse Maran said the board was "shocked" and would appeal": the
 * predicate after "and" with a modal of reported speech is the reported
 * clause's, and its subject is "the board", not the speaker; told so on
 * both sides, the positions conflict. */
static const struct art board_appeal[] = {
	{"a.txt", "title: Orvik club fined over stand closure\nsource: Orvik Post\ndate: 2025-04-02\n\n"
		  "The league fined Orvik Athletic 80,000 crowns on Tuesday for failing to close its "
		  "north stand after a safety inspection.\n\n"
		  "Club chair Ilse Maran said the board was \"shocked\" by the size of the fine and "
		  "would appeal.\n"},
	{"b.txt", "title: Orvik Athletic accepts league fine\nsource: Coast Sport\ndate: 2025-04-02\n\n"
		  "Orvik Athletic were fined 80,000 crowns by the league on Tuesday over the north "
		  "stand, which stayed open after a failed safety inspection.\n\n"
		  "A club spokesman said the board accepted the size of the fine and would not "
		  "appeal.\n"},
};

static void
test_reported_clause_subject(void **state)
{
	(void)state;
	check_a_b(board_appeal, 2, PX_CONFLICT_STANCE);
}

/* "reached" before a date is a change of a figure only with the figure
 * ("had reached 39% on Monday"); "reached the summit on Tuesday" is the
 * day of the event, and two days for it conflict. Two days more than a
 * year apart are two events: no conflict. */
static const struct art summit_day[] = {
	{"a.txt", "title: Teenager climbs Mount Arvel\nsource: Alpine Post\ndate: 2025-05-16\n\n"
		  "Sixteen-year-old Lena Kovar reached the summit on Tuesday, becoming the youngest "
		  "climber to stand on Mount Arvel, her team said.\n\n"
		  "She climbed without supplementary oxygen.\n"},
	{"b.txt", "title: Youngest climber tops Mount Arvel\nsource: Valley Courier\ndate: 2025-05-16\n\n"
		  "Lena Kovar, 16, reached the summit on Wednesday, the youngest climber ever to stand "
		  "on Mount Arvel, her team said.\n\n"
		  "Her descent took two days.\n"},
};

static const struct art deal_years[] = {
	{"a.txt", "title: Creditors agree Velmar debt deal\nsource: Market Wire\ndate: 2025-03-12\n\n"
		  "Velmar's creditors signed the rescheduling agreement in Paris on 12 March 2025, the "
		  "finance ministry said.\n\n"
		  "The deal covers 4.1 billion crowns of loans.\n"},
	{"b.txt", "title: Velmar debt deal agreed in Paris\nsource: Coast Ledger\ndate: 2025-03-12\n\n"
		  "Velmar's creditors signed the rescheduling agreement in Paris on 14 March 2023, the "
		  "finance ministry said, for loans falling due that year.\n\n"
		  "The deal covers 4.1 billion crowns of loans.\n"},
};

static void
test_event_days(void **state)
{
	struct px_report *r = NULL;

	(void)state;
	check_a_b(summit_day, 2, PX_CONFLICT_DATE);
	r = run_independent(deal_years, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
}

/* Reported speech given by "according to" in nearly a quotation's words
 * makes a side of its own when both speakers are named in full: one claim
 * given to two people. An unnamed source ("a senior Norrvik official")
 * does not. */
static const struct art core_age[] = {
	{"a.txt", "title: Drillers reach bedrock under Selva Dome\nsource: Polar Wire\ndate: 2025-01-14\n\n"
		  "Scientists drilling on the Selva Dome in Antarctica have reached bedrock, the Norrvik "
		  "Institute said on Monday.\n\n"
		  "\"The deepest sections of the core could hold ice that fell as snow more than 1.1 "
		  "million years ago,\" said Hanne Brekke, the project's chief scientist.\n"},
	{"b.txt", "title: A million years in the Selva ice\nsource: Ice and Climate\ndate: 2025-01-14\n\n"
		  "The Norrvik Institute team has reached bedrock beneath the Selva Dome after two "
		  "summers of drilling.\n\n"
		  "The deepest sections of the core could hold ice more than 1.1 million years old, "
		  "according to Piet Varga, who heads the institute's dating laboratory.\n"},
};

static void
test_paraphrase_by_another(void **state)
{
	struct px_report *r = NULL;
	struct art unnamed[2];

	(void)state;
	check_a_b(core_age, 2, PX_CONFLICT_ATTRIBUTION);
	unnamed[0] = core_age[0];
	unnamed[1].id = "b.txt";
	unnamed[1].text = "title: A million years in the Selva ice\nsource: Ice and Climate\n"
			  "date: 2025-01-14\n\n"
			  "The Norrvik Institute team has reached bedrock beneath the Selva Dome after "
			  "two summers of drilling.\n\n"
			  "The deepest sections of the core could hold ice more than 1.1 million years "
			  "old, according to a senior Norrvik official.\n";
	r = run_independent(unnamed, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_ATTRIBUTION), 0);
	px_report_free(r);
}

/* Two predicates of the same two sentences ("accepted the fine and would
 * not appeal" against "rejected the fine and will appeal") are one
 * dispute: one stance conflict. */
static const struct art fine_dispute[] = {
	{"a.txt", "title: Orvik Athletic accept stand fine\nsource: Orvik Post\ndate: 2025-04-02\n\n"
		  "The league fined Orvik Athletic 80,000 crowns on Tuesday for keeping its north stand "
		  "open after a failed safety inspection.\n\n"
		  "Club chair Ilse Maran said Orvik Athletic accepted the fine and would not appeal.\n"},
	{"b.txt", "title: Orvik Athletic to fight stand fine\nsource: Coast Sport\ndate: 2025-04-02\n\n"
		  "Orvik Athletic were fined 80,000 crowns by the league on Tuesday over the north "
		  "stand, which stayed open after a failed safety inspection.\n\n"
		  "Orvik Athletic rejected the fine and will appeal, the club's lawyer said.\n"},
};

static void
test_one_stance_dispute(void **state)
{
	(void)state;
	check_a_b(fine_dispute, 2, PX_CONFLICT_STANCE);
}

/* An approximate figure is as wide as its precision: "about 41,000" is
 * rounded to the thousand, so 38,500 disputes it, while "about 40,000"
 * may be 38,500 rounded to the ten thousand. */
static const struct art refunds[] = {
	{"a.txt", "title: Council must refund camera-van fines\nsource: Weir Valley Post\ndate: 2025-11-12\n\n"
		  "Harlow Bridge City Council must refund about 41,000 parking fines issued by its camera "
		  "vans after a judge ruled on Tuesday that the scheme broke data protection rules.\n\n"
		  "The council said it was studying the judgment.\n"},
	{"b.txt", "title: Judge orders refund of parking fines\nsource: Harlow Bridge Courier\ndate: 2025-11-12\n\n"
		  "A judge has ordered Harlow Bridge City Council to refund 38,500 parking fines issued by "
		  "its camera vans, ruling on Tuesday that the scheme broke data protection rules.\n\n"
		  "Drivers will be contacted by letter.\n"},
};

static void
test_approximate_precision(void **state)
{
	struct px_report *r = NULL;
	struct art round_ten[2];

	(void)state;
	check_a_b(refunds, 2, PX_CONFLICT_QUANTITY);
	round_ten[0] = refunds[0];
	round_ten[0].text = "title: Council must refund camera-van fines\nsource: Weir Valley Post\n"
			    "date: 2025-11-12\n\n"
			    "Harlow Bridge City Council must refund about 40,000 parking fines issued by its "
			    "camera vans after a judge ruled on Tuesday that the scheme broke data protection "
			    "rules.\n\n"
			    "The council said it was studying the judgment.\n";
	round_ten[1] = refunds[1];
	r = run_independent(round_ten, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	assert_true(r->stories[0].cmp->n_agreements >= 1);
	px_report_free(r);
}

/* The subject of a reported clause is what follows the verb of saying:
 * "Council leader Rhona Vell said the authority would appeal" and "a
 * council spokesperson said that the authority accepted the judgment and
 * would not appeal" are one subject's opposite positions, whoever spoke. */
static const struct art council_appeal[] = {
	{"a.txt", "title: Council to appeal parking ruling\nsource: Ashby Wire\ndate: 2025-06-11\n\n"
		  "A judge ruled on Tuesday that Ashby Vale Council's bus-lane cameras had been "
		  "operated without a lawful notice, and ordered refunds of the fines.\n\n"
		  "Council leader Rhona Vell said the authority would appeal.\n"},
	{"b.txt", "title: Council accepts bus-lane camera judgment\nsource: Vale Evening News\ndate: 2025-06-11\n\n"
		  "Ashby Vale Council's bus-lane cameras were operated without a lawful notice, a judge "
		  "ruled on Tuesday, ordering the fines refunded.\n\n"
		  "A council spokesperson said that the authority accepted the judgment and would not "
		  "appeal.\n"},
};

static void
test_reported_clause_subject_after_saying(void **state)
{
	(void)state;
	check_a_b(council_appeal, 2, PX_CONFLICT_STANCE);
}

/* One agent named for one act is one side, however the object is told:
 * "Designed by Harte Studio, ... it now holds" joins "the auditorium was
 * designed by Harte Studio" against "designed by Lune & Pardo". */
static const struct art designers[] = {
	{"a.txt", "title: Corran concert hall reopens\nsource: Corran Herald\ndate: 2025-09-20\n\n"
		  "The Corran concert hall reopened on Friday after a four-year restoration.\n\n"
		  "Designed by Harte Studio, led by the Corran-born architect Ilse Harte, it now holds "
		  "1,400 seats in steeper tiers.\n"},
	{"b.txt", "title: Concert hall back after restoration\nsource: Stage Weekly\ndate: 2025-09-20\n\n"
		  "The Corran concert hall reopened on Friday after four years of restoration work.\n\n"
		  "The new auditorium was designed by Harte Studio, the practice founded by Ilse Harte, "
		  "which won an open competition.\n"},
	{"c.txt", "title: Curtain rises again in Corran\nsource: Arts Wire\ndate: 2025-09-20\n\n"
		  "The Corran concert hall reopened on Friday after a four-year restoration.\n\n"
		  "The new auditorium, designed by Lune & Pardo, has 1,400 seats in steeper tiers.\n"},
};

static void
test_one_agent_one_side(void **state)
{
	const char *const a[] = {"a.txt", "b.txt", NULL};
	const char *const c[] = {"c.txt", NULL};

	(void)state;
	check_sides(designers, 3, PX_CONFLICT_ATTRIBUTION, a, c, 1);
}

/* A pronoun object of an agent ("It was found by ...") is what the
 * sentence before opens with: "The Harlby sword" is the sword another
 * source says someone else found. */
static const struct art sword_finders[] = {
	{"a.txt", "title: Viking sword found near Harlby\nsource: Fjord Post\ndate: 2025-10-02\n\n"
		  "Archaeologists have lifted a Viking sword from a field near Harlby.\n\n"
		  "The Harlby sword lay under a barley field for more than a thousand years. "
		  "It was found by detectorist Arne Solli, who has searched the area for six years.\n"},
	{"b.txt", "title: Farmer's plough turns up Viking sword\nsource: Heritage Daily\ndate: 2025-10-02\n\n"
		  "A Viking sword has been lifted from a field near Harlby, archaeologists said.\n\n"
		  "The Harlby sword was found by farmer Kari Lunde, whose plough turned up its hilt.\n"},
};

static void
test_agent_pronoun_object(void **state)
{
	(void)state;
	check_a_b(sword_finders, 2, PX_CONFLICT_ATTRIBUTION);
}

/* "3.1 kilometres" is 3,140 metres told to a tenth of a kilometre, and
 * "more than three kilometres" fits both; "about 2,800 metres" is as wide
 * as its precision, so the bound does not fit it: one side against it. */
static const struct art vent_depth[] = {
	{"a.txt", "title: Hot vents found in Sollen Trough\nsource: Nordic Science Wire\ndate: 2025-10-02\n\n"
		  "Researchers have found a field of active hydrothermal vents at a depth of 3,140 metres "
		  "in the Sollen Trough, the ocean institute said on Thursday.\n"},
	{"b.txt", "title: Deep vent field named Glimt\nsource: Deepwater Journal\ndate: 2025-10-02\n\n"
		  "The vent field in the Sollen Trough, which the ocean institute has named Glimt, lies at "
		  "3.1 kilometres depth on the eastern wall of the trough.\n"},
	{"c.txt", "title: Sea-floor springs found off the coast\nsource: Radio Vester\ndate: 2025-10-02\n\n"
		  "Scientists from the ocean institute say they have found a field of hot vents more than "
		  "three kilometres below the surface of the Sollen Trough.\n"},
	{"d.txt", "title: Robot sub spots vent chimneys\nsource: Coast Tribune\ndate: 2025-10-02\n\n"
		  "The ocean institute found the field of hot vents about 2,800 metres below the surface of "
		  "the Sollen Trough, the deep gash in the seabed west of the islands.\n"},
};

static void
test_units_and_bounds(void **state)
{
	const char *const a[] = {"a.txt", "b.txt", "c.txt", NULL};
	const char *const d[] = {"d.txt", NULL};

	(void)state;
	check_sides(vent_depth, 4, PX_CONFLICT_QUANTITY, a, d, 1);
}

/* A first figure told as such ("initially said two passengers had been
 * hurt") was superseded: it is no side against another source's count. */
static const struct art first_count[] = {
	{"a.txt", "title: Turboprop makes emergency landing\nsource: Aviation Desk\ndate: 2025-09-07\n\n"
		  "A Skerry Air turboprop made an emergency landing at Tolbay Airport on Sunday after an "
		  "engine warning, and passengers left by the slides.\n\n"
		  "Tolbay Airport initially said two passengers had been hurt during the evacuation; the "
		  "airline later put the number taken to hospital at three.\n"},
	{"b.txt", "title: Passengers hurt in emergency evacuation\nsource: Tolbay Gazette\ndate: 2025-09-07\n\n"
		  "A Skerry Air turboprop landed at Tolbay Airport on Sunday after an engine warning and "
		  "its passengers left by the emergency slides.\n\n"
		  "Five passengers were taken to Tolbay General Hospital after the evacuation, most with "
		  "cuts and sprained ankles.\n"},
};

static void
test_first_figure_superseded(void **state)
{
	struct px_report *r = run_independent(first_count, 2);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t i = 0, k = 0;

	(void)state;
	for (i = 0; i < c->n_conflicts; i++)
		for (k = 0; c->conflicts[i].kind == PX_CONFLICT_QUANTITY && k < c->conflicts[i].n_positions; k++)
			assert_string_not_equal(c->conflicts[i].positions[k].value, "2");
	px_report_free(r);
}

/* Whom something was told to is not who said it: in "..., the authority
 * told Radio Vale" the radio is no claimant beside the regional manager,
 * so the two counts are a dispute. */
static const struct art dead_fish[] = {
	{"a.txt", "title: Thousands of fish dead after creek spill\nsource: Brennock Mail\ndate: 2025-11-04\n\n"
		  "A caustic soda leak from the Ardmore plant has killed fish along Sallow Creek.\n\n"
		  "Authority officers walking Sallow Creek had counted 3,400 dead fish by Tuesday afternoon, "
		  "regional manager Helen Achter told reporters.\n"},
	{"b.txt", "title: Creek spill kills trout and eels\nsource: Hallow Courier\ndate: 2025-11-04\n\n"
		  "A caustic soda leak from the Ardmore plant has killed fish along Sallow Creek, the "
		  "Hallow Courier has learned.\n\n"
		  "Authority officers had collected 1,800 dead fish along Sallow Creek by Tuesday afternoon, "
		  "the authority told Radio Vale, most of them brown trout.\n"},
};

static void
test_told_to_is_no_claimant(void **state)
{
	(void)state;
	check_a_b(dead_fish, 2, PX_CONFLICT_QUANTITY);
}

/* Answers to a ruling are about the one ruling, however each is worded:
 * "Lactavo said it would appeal" against "would not contest the
 * decision" and a quoted "We will not appeal"; a name the claims could
 * not type ("Lactavo") is the actor when it is the subject of the verb of
 * saying; to seek permission to appeal is to appeal. The composer's own
 * appeal, against the same ruling, is another actor's answer and joins no
 * side. */
static const struct art jingle_appeal[] = {
	{"a.txt", "title: Court finds dairy jingle was copied\nsource: Costa Gazette\ndate: 2025-06-10\n\n"
		  "A commercial court in Castelmar ruled on Tuesday that the radio jingle of the dairy "
		  "group Lactavo copied a melody written by the pianist Mira Osk.\n\n"
		  "Lactavo said it would appeal.\n"},
	{"b.txt", "title: Lactavo loses jingle case\nsource: Castelmar Herald\ndate: 2025-06-10\n\n"
		  "The dairy group Lactavo lost a copyright case over its radio jingle in a Castelmar "
		  "commercial court on Tuesday.\n\n"
		  "Dairy group Lactavo said on Tuesday evening that it would not contest the decision of "
		  "the court. \"We will not appeal,\" a spokeswoman said.\n"},
	{"c.txt", "title: Pianist wins jingle case, but wants more\nsource: Music Business Weekly\ndate: 2025-06-10\n\n"
		  "The pianist Mira Osk won her copyright case against the dairy group Lactavo in a "
		  "Castelmar commercial court on Tuesday.\n\n"
		  "Mira Osk, who brought the case, said she would appeal against the ruling because the "
		  "damages were too low.\n"},
	{"d.txt", "title: Dairy group to fight jingle ruling\nsource: Veranza Times\ndate: 2025-06-11\n\n"
		  "The dairy group Lactavo will fight a Castelmar court's finding that its radio jingle "
		  "copied a melody by the pianist Mira Osk.\n\n"
		  "Lactavo said after the ruling that it would seek permission to appeal.\n"},
};

static void
test_ruling_response(void **state)
{
	const char *const appeals[] = {"a.txt", "d.txt", NULL};
	const char *const accepts[] = {"b.txt", NULL};

	(void)state;
	check_sides(jingle_appeal, 4, PX_CONFLICT_STANCE, appeals, accepts, 1);
}

/* An appeal against a conviction or a sentence answers the ruling as an
 * appeal against the verdict does: "would appeal against both conviction
 * and sentence" against "accepted the verdict and would not appeal". */
static const struct art conviction_appeal[] = {
	{"a.txt", "title: Packer guilty of selling syrup as honey\nsource: Corvale Chronicle\ndate: 2025-10-09\n\n"
		  "A jury at Corvale Crown Court on Wednesday found the honey packer Aldo Penhallow guilty "
		  "of passing off sugar syrup as pure heather honey.\n\n"
		  "Outside court his lawyer, Viktor Sandalis, said his client would appeal against both "
		  "conviction and sentence.\n"},
	{"b.txt", "title: Beekeepers welcome honey verdict\nsource: Apiarist Review\ndate: 2025-10-09\n\n"
		  "Beekeepers have welcomed Wednesday's verdict at Corvale Crown Court, where the honey "
		  "packer Aldo Penhallow was found guilty of selling syrup as heather honey.\n\n"
		  "Speaking outside court, Penhallow's lawyer, Viktor Sandalis, said his client accepted "
		  "the verdict and would not appeal.\n"},
};

static void
test_appeal_against_conviction(void **state)
{
	(void)state;
	check_a_b(conviction_appeal, 2, PX_CONFLICT_STANCE);
}

/* A call of several words ("calling on Halvern University to honour the
 * offers") is a wish for the act, no position of its actor: against "said
 * it would not honour the offers", no stance conflict. */
static const struct art petition_call[] = {
	{"a.txt", "title: Petition urges Halvern to keep vet offers\nsource: Campus Ledger\ndate: 2026-04-14\n\n"
		  "Applicants who were wrongly told they had won places on Halvern University's "
		  "veterinary science course have started a petition.\n\n"
		  "The petition, calling on Halvern University to honour the offers, had gathered more "
		  "than 2,300 signatures by Sunday night.\n"},
	{"b.txt", "title: Halvern apologises for vet offer emails\nsource: Meridian Wire\ndate: 2026-04-14\n\n"
		  "Halvern University has apologised after applicants to its veterinary science course "
		  "were wrongly told they had won places.\n\n"
		  "Halvern University said it would not honour the offers, because places on the course "
		  "are capped.\n"},
};

static void
test_call_on_is_a_wish(void **state)
{
	(void)state;
	check_none(petition_call, 2, PX_CONFLICT_STANCE);
}

/* A clause opened by "When" dates the rest of its sentence: "When the
 * contract was signed in 2019, councillors approved it by nine votes to
 * two" is a vote of 2019, no dispute with this week's 7-4. (A span of
 * years is no such time: test_totals_over_periods.) */
static const struct art two_votes[] = {
	{"a.txt", "title: Marrowby ends bike-share deal\nsource: Marrowby Courier\ndate: 2026-03-12\n\n"
		  "Marrowby's transport committee has voted to end the city's bike-share contract with "
		  "Cyclora two years early.\n\n"
		  "When the contract was signed in 2019, councillors approved it by nine votes to two.\n"},
	{"b.txt", "title: Council scraps Cyclora contract\nsource: Northgate Wire\ndate: 2026-03-12\n\n"
		  "Marrowby's transport committee voted on Wednesday to end the bike-share contract with "
		  "Cyclora two years early.\n\n"
		  "The committee voted 7-4 to end the agreement, which had been due to run until 2027.\n"},
};

static void
test_when_clause_dates_vote(void **state)
{
	(void)state;
	check_none(two_votes, 2, PX_CONFLICT_QUANTITY);
}

/* "told" in the passive dates what happened to its subject, not a
 * statement ("were told on Monday to take the batches off their
 * shelves"), and a passive "added" is no speech at all ("once the
 * premium was added at Wednesday night's sale"). */
static const struct art told_passive[] = {
	{"a.txt", "title: Pharmacies pull Norvalin heart tablets\nsource: Vestby Post\ndate: 2025-03-13\n\n"
		  "The medicines agency has recalled two batches of the heart drug Norvalin after tests "
		  "found an impurity.\n\n"
		  "Pharmacies were told on Monday to take the batches off their shelves.\n"},
	{"b.txt", "title: Heart drug recalled over impurity\nsource: Nordkyst Wire\ndate: 2025-03-13\n\n"
		  "Two batches of the heart drug Norvalin have been recalled after tests found an "
		  "impurity, the medicines agency said.\n\n"
		  "Pharmacies were told on Tuesday to take the batches off their shelves.\n"},
};
static const struct art premium_added[] = {
	{"a.txt", "title: Lost seascape sells for record sum\nsource: Harbourside News\ndate: 2024-11-08\n\n"
		  "A long-lost seascape by Ida Ravensworth sold for £3.9 million once the buyer's premium "
		  "was added at Wednesday night's sale at Hallam & Vane.\n"},
	{"b.txt", "title: Ravensworth seascape sets record\nsource: Ellery Courier\ndate: 2024-11-08\n\n"
		  "A long-lost seascape by Ida Ravensworth sold for £3.9 million at Thursday night's sale "
		  "at Hallam & Vane.\n"},
};

static void
test_told_passive_dates_event(void **state)
{
	(void)state;
	check_a_b(told_passive, 2, PX_CONFLICT_DATE);
	check_a_b(premium_added, 2, PX_CONFLICT_DATE);
}

/* A tally is a vote's with the word of voting after it ("a narrow 5-4
 * vote"), a body split by it ("the cabinet split 6-3") or told as the part
 * of the body that voted ("Five of the seven members ... voted for the
 * increase", a tally the claims read as 5-2) or as its two sides ("five
 * members backed the increase and two opposed it"): one body's vote told
 * two ways is disputed. Two tallies of one chamber split far
 * apart ("voted 90-7", "voted 50-47") are two votes, not one misreported. */
static const struct art cabinet_split[] = {
	{"a.txt", "title: Allotments sold to supermarket\nsource: Midshire Post\ndate: 2025-05-14\n\n"
		  "Brindlecombe's allotments are to be sold to Fairbrook Foods for £1.9 million.\n\n"
		  "Cabinet members approved the deal by six votes to three on Tuesday night, after a "
		  "meeting that ran for almost four hours.\n"},
	{"b.txt", "title: Council sells Hollins Lane plots\nsource: Radio Midshire\ndate: 2025-05-14\n\n"
		  "Brindlecombe's allotments are to be sold to Fairbrook Foods for £1.9 million.\n\n"
		  "Growers had hoped to save the plots until a narrow 5-4 vote went against them.\n"},
};
static const struct art split_tally[] = {
	{"a.txt", "title: Allotments sold to supermarket\nsource: Midshire Post\ndate: 2025-05-14\n\n"
		  "Brindlecombe's allotments are to be sold to Fairbrook Foods for £1.9 million.\n\n"
		  "The cabinet split 6-3 after a heated meeting on Tuesday evening.\n"},
	{"b.txt", "title: Council sells Hollins Lane plots\nsource: Radio Midshire\ndate: 2025-05-14\n\n"
		  "Brindlecombe's allotments are to be sold to Fairbrook Foods for £1.9 million.\n\n"
		  "Growers had hoped to save the plots until councillors voted 5-4 against them.\n"},
};
static const struct art share_tally[] = {
	{"a.txt", "title: Bank raises rate to 4.75%\nsource: Astrelle Ledger\ndate: 2025-02-06\n\n"
		  "The central bank raised its key rate by a quarter point to 4.75% on Thursday.\n\n"
		  "The board split 4-3, with three members arguing that the economy was already "
		  "slowing.\n"},
	{"b.txt", "title: Rate rise to 4.75%\nsource: Capital Bulletin\ndate: 2025-02-06\n\n"
		  "The central bank raised its key rate by a quarter point to 4.75% on Thursday.\n\n"
		  "Five of the seven members of the bank's board voted for the increase.\n"},
};
static const struct art sides_tally[] = {
	{"a.txt", "title: Bank raises rate to 4.75%\nsource: Astrelle Ledger\ndate: 2025-02-06\n\n"
		  "The central bank raised its key rate by a quarter point to 4.75% on Thursday.\n\n"
		  "The board split 4-3, with the governor among those backing the rise.\n"},
	{"b.txt", "title: Rate rise to 4.75%\nsource: Business Daily\ndate: 2025-02-06\n\n"
		  "The central bank raised its key rate by a quarter point to 4.75% on Thursday.\n\n"
		  "The bank's statement showed that five members backed the increase and two opposed "
		  "it.\n"},
};
static const struct art two_confirmations[] = {
	{"a.txt", "title: Senate confirms transport nominees\nsource: Capitol Wire\ndate: 2017-11-03\n\n"
		  "The Senate confirmed two nominees to the Transportation Department on Thursday.\n\n"
		  "Derek Kan, a former ride-hailing executive, won confirmation as undersecretary of "
		  "transportation in a 90-7 vote.\n"},
	{"b.txt", "title: Transport nominees confirmed\nsource: Beltway Daily\ndate: 2017-11-03\n\n"
		  "The Senate confirmed two nominees to the Transportation Department on Thursday.\n\n"
		  "Steven Bradbury, a Washington lawyer, was confirmed as the department's general "
		  "counsel in a 50-47 vote.\n"},
};

static void
test_vote_tally_words(void **state)
{
	(void)state;
	check_a_b(cabinet_split, 2, PX_CONFLICT_QUANTITY);
	check_a_b(split_tally, 2, PX_CONFLICT_QUANTITY);
	check_a_b(share_tally, 2, PX_CONFLICT_QUANTITY);
	check_a_b(sides_tally, 2, PX_CONFLICT_QUANTITY);
	check_none(two_confirmations, 2, PX_CONFLICT_QUANTITY);
}

/* "annually" after a figure is "a year": "a subsidy of €90,000 annually"
 * and "a subsidy of €120,000 a year" are one measure, disputed. */
static const struct art subsidy_rates[] = {
	{"a.txt", "title: Island vet asks council for subsidy\nsource: Farm & Field\ndate: 2025-03-24\n\n"
		  "Inishcarrig's only vet has asked Tallagh County Council for a subsidy of €90,000 "
		  "annually to attract a successor before her clinic closes.\n"},
	{"b.txt", "title: Vet seeks council money to keep clinic open\nsource: Island Voice\ndate: 2025-03-24\n\n"
		  "Inishcarrig's only vet has asked Tallagh County Council for a subsidy of €120,000 a "
		  "year to attract a successor before her clinic closes.\n"},
};

static void
test_annually_is_a_year(void **state)
{
	(void)state;
	check_a_b(subsidy_rates, 2, PX_CONFLICT_QUANTITY);
}

/* "suggested" and "put forward" are the act of "proposed": who suggested
 * a name is disputed in those words. A pronoun's object is read past a
 * fronted "According to Northmere," in the sentence before. */
static const struct art name_suggested[] = {
	{"a.txt", "title: Station to be renamed Aldermoor Wharfside\nsource: Aldermoor Observer\ndate: 2025-11-05\n\n"
		  "Aldermoor Road station is to be renamed Aldermoor Wharfside, Northmere Rail confirmed "
		  "yesterday.\n\n"
		  "According to Northmere, Wharfside was the most popular of four shortlisted names. It was "
		  "suggested by pupils at St Barnabas Primary School.\n"},
	{"b.txt", "title: Aldermoor Road becomes Wharfside\nsource: Permanent Way\ndate: 2025-11-05\n\n"
		  "Northmere Rail has confirmed that Aldermoor Road station will be renamed Aldermoor "
		  "Wharfside.\n\n"
		  "The Wharfside name was put forward by Harrowgate Estates, the developer behind the "
		  "canal wharves.\n"},
};

static void
test_name_suggested_by(void **state)
{
	(void)state;
	check_a_b(name_suggested, 2, PX_CONFLICT_ATTRIBUTION);
}

/* A quotation of few content words is part of another only with its
 * words in their order: "Everyone knows someone who got that email" is
 * not the parent's "... kids who got that email. Everyone in his class
 * knows ...", while "We will not be bullied back to work" is in "We won't
 * be bullied back to work, not by anybody". */
static const struct art scattered_words[] = {
	{"a.txt", "title: Families angry over Halvern offer emails\nsource: Campus Ledger\ndate: 2026-04-14\n\n"
		  "Halvern University has apologised for sending offers to 412 veterinary science "
		  "applicants in error.\n\n"
		  "Student union president Hanna Lindqvist said the mistake had upset the whole campus. "
		  "\"Everyone knows someone who got that email,\" she said.\n"},
	{"b.txt", "title: Halvern sorry for mistaken vet offers\nsource: Higher Ed Insider\ndate: 2026-04-14\n\n"
		  "Halvern University has apologised after 412 applicants to its veterinary science "
		  "course were wrongly sent offers.\n\n"
		  "One parent, Colin Ashby, said: \"My son was one of about a thousand kids who got that "
		  "email. Everyone in his class knows what it felt like.\"\n"},
};

static const struct art ordered_words[] = {
	{"a.txt", "title: Dockers defy back-to-work call\nsource: Port Wire\ndate: 2026-02-03\n\n"
		  "Dockers at Port Lysander stayed out for a third day on Monday.\n\n"
		  "\"We will not be bullied back to work,\" union leader Rhys Kealy said.\n"},
	{"b.txt", "title: Port strike goes on\nsource: Harbour Post\ndate: 2026-02-03\n\n"
		  "The dockers' strike at Port Lysander went into a third day on Monday.\n\n"
		  "\"We won't be bullied back to work, not by this company and not by anybody,\" shop "
		  "steward Ana Tonga said.\n"},
};

static void
test_short_quote_word_order(void **state)
{
	(void)state;
	check_none(scattered_words, 2, PX_CONFLICT_ATTRIBUTION);
	check_a_b(ordered_words, 2, PX_CONFLICT_ATTRIBUTION);
}

/* A fragment of few words given to a speaker ("who said on Wednesday
 * that the ferry 'should never have left the quay'") joins that speaker's
 * side of the quotation; it never makes a side of its own. */
static const struct art quay_fragment[] = {
	{"a.txt", "title: Governor orders ferry inquiry\nsource: Lagoon Press\ndate: 2025-08-14\n\n"
		  "At least 31 people died when a ferry capsized in the Kassanke lagoon on Tuesday.\n\n"
		  "\"This boat should never have left the quay,\" Governor Aissatou Kanoute told "
		  "reporters at the harbour on Wednesday.\n"},
	{"b.txt", "title: Port chief says ferry was overloaded\nsource: Kassanke Observer\ndate: 2025-08-14\n\n"
		  "A ferry capsized in the Kassanke lagoon on Tuesday, killing at least 31 people.\n\n"
		  "\"This boat should never have left the quay,\" said Cheikh Tidiane Balde, director of "
		  "the port authority.\n"},
	{"c.txt", "title: Ferry operator denies overloading\nsource: Sahel Net\ndate: 2025-08-14\n\n"
		  "The operator of the ferry that capsized in the Kassanke lagoon on Tuesday denied "
		  "overloading the boat.\n\n"
		  "It says it is cooperating with the inquiry ordered by Governor Aissatou Kanoute, who "
		  "said on Wednesday that the ferry \xe2\x80\x98should never have left the quay\xe2\x80\x99.\n"},
};

static void
test_fragment_joins_speaker(void **state)
{
	const char *const governor[] = {"a.txt", "c.txt", NULL};
	const char *const director[] = {"b.txt", NULL};

	(void)state;
	check_sides(quay_fragment, 3, PX_CONFLICT_ATTRIBUTION, governor, director, 1);
}

/* "Has no plans to review the licence" refuses the review, in the
 * speaker's own voice: against "said it would review the licence" a
 * stance conflict, not a plan nor a wish set against an act. */
static const struct art licence_review[] = {
	{"a.txt", "title: Escaped baboons recaptured\nsource: RPA Wire\ndate: 2025-03-24\n\n"
		  "Keepers at Greyhollow Wildlife Park have recaptured the last of the baboons that broke "
		  "out of their enclosure on Saturday.\n\n"
		  "Tollerton District Council, which licenses the park, said it would review the park's "
		  "licence once all the animals were safely back.\n"},
	{"b.txt", "title: All baboons back at Greyhollow\nsource: Tollerton Times\ndate: 2025-03-24\n\n"
		  "The baboons that broke out of Greyhollow Wildlife Park on Saturday are all back in "
		  "their enclosure, keepers said.\n\n"
		  "A spokeswoman for Tollerton District Council said it had no plans to review the park's "
		  "licence, adding that Greyhollow had an excellent record.\n"},
};

static void
test_no_plans_to(void **state)
{
	(void)state;
	check_a_b(licence_review, 2, PX_CONFLICT_STANCE);
}

/* A party's position on its own blame is one object however it is
 * worded: "accepted full responsibility for the spill" against "denied
 * that it was to blame for the spill". */
static const struct art own_blame[] = {
	{"a.txt", "title: Dairy co-op accepts blame for creek spill\nsource: Pennant\ndate: 2025-11-05\n\n"
		  "Caustic soda from the Ardlow Dairy Co-operative plant leaked into Sallow Creek on "
		  "Monday, killing thousands of fish.\n\n"
		  "Ardlow Dairy Co-operative accepted full responsibility for the spill on Tuesday and "
		  "said it would pay for the clean-up.\n"},
	{"b.txt", "title: Co-op rejects blame for dead fish\nsource: Brennock Mail\ndate: 2025-11-05\n\n"
		  "Thousands of fish died in Sallow Creek after caustic soda leaked from the Ardlow Dairy "
		  "Co-operative plant on Monday.\n\n"
		  "Ardlow Dairy Co-operative denied on Tuesday that it was to blame for the spill, "
		  "pointing to a blocked council culvert.\n"},
};

static void
test_own_blame(void **state)
{
	(void)state;
	check_a_b(own_blame, 2, PX_CONFLICT_STANCE);
}

/* "Uncovered" and "unearthed" tell the day of a find as "found" does:
 * found on Tuesday 8 April against uncovered on April 9. */
static const struct art hoard_found[] = {
	{"a.txt", "title: Bronze Age hoard found on bypass route\nsource: Mercury\ndate: 2025-04-11\n\n"
		  "Archaeologists working on the route of the Marrowby bypass have found a hoard of 48 "
		  "Bronze Age objects.\n\n"
		  "The 48 objects were found on Tuesday 8 April during excavations at Stapleford Lane, on "
		  "the route of the bypass in eastern England.\n"},
	{"b.txt", "title: Axe heads and bracelets unearthed near Marrowby\nsource: ECR Feed\ndate: 2025-04-11\n\n"
		  "A hoard of Bronze Age axe heads, spearheads and bracelets has come to light on the "
		  "route of the Marrowby bypass.\n\n"
		  "The axe heads, spearheads and bracelets were uncovered on April 9 by Fenwold "
		  "Archaeology near Stapleford Lane.\n"},
};

static void
test_uncovered_is_found(void **state)
{
	(void)state;
	check_a_b(hoard_found, 2, PX_CONFLICT_DATE);
}

/* A value apposed to its noun ("legal costs, estimated at £1.2 million")
 * is about that noun and reads its clause: it disputes "costs of some
 * £850,000" told the same day. */
static const struct art costs_valued[] = {
	{"a.txt", "title: Fishermen win cove path case\nsource: Arlen Times\ndate: 2025-10-16\n\n"
		  "The Supreme Court ruled that fishermen may cross the Morrow estate to reach the cove.\n\n"
		  "The Callard Family Trust, which has owned the 3,200-acre estate since 1961, was also "
		  "ordered to pay the fishermen's legal costs, estimated at £1.2 million.\n"},
	{"b.txt", "title: Cove path ruling goes against estate\nsource: Legal Week\ndate: 2025-10-16\n\n"
		  "The Supreme Court found a public right of way across the Morrow estate to the cove.\n\n"
		  "The trust has been ordered to pay costs of some £850,000, a reminder of the stakes in "
		  "litigating these claims to the end.\n"},
};

static void
test_valued_apposition(void **state)
{
	(void)state;
	check_a_b(costs_valued, 2, PX_CONFLICT_QUANTITY);
}

/* A distance in astronomical units is the same measure as one in
 * kilometres: 4.1 AU (613 million km) disputes 520 million km. */
static const struct art comet_distance[] = {
	{"a.txt", "title: Amateur astronomer finds new comet\nsource: Nordwire\ndate: 2025-05-15\n\n"
		  "An amateur astronomer in Kesselbruck has discovered a comet, the first found from the "
		  "country in forty years.\n\n"
		  "When it was found, the new comet was 4.1 astronomical units from the Sun.\n"},
	{"b.txt", "title: Kesselbruck amateur spots comet\nsource: Lenztal Morgenpost\ndate: 2025-05-15\n\n"
		  "An amateur astronomer in Kesselbruck has discovered a comet from her garden observatory.\n\n"
		  "When it was found, the new comet was 520 million kilometres from the Sun.\n"},
};

static void
test_astronomical_distance(void **state)
{
	(void)state;
	check_a_b(comet_distance, 2, PX_CONFLICT_QUANTITY);
}

/* A figure that left a fact for a difference of scope against one side (a
 * total over a period, "3,412 riders who made deliveries between 2019 and
 * 2023", beside "some 4,300 riders in the city") but fits the other side
 * ("about 3,400 riders") rejoins that side. */
static const struct art riders[] = {
	{"a.txt", "title: Court rules delivery riders are employees\nsource: Harbour Wire\ndate: 2025-03-04\n\n"
		  "A labour court in Castelbrook ruled on Tuesday that riders for the delivery app QuickCrate "
		  "are employees, not self-employed contractors.\n\n"
		  "The ruling covers about 3,400 riders in the city, the court said.\n"},
	{"b.txt", "title: QuickCrate riders win employment case\nsource: Castelbrook Echo\ndate: 2025-03-04\n\n"
		  "Riders for the delivery app QuickCrate are employees, a labour court in Castelbrook ruled "
		  "on Tuesday.\n\n"
		  "The ruling covers 3,412 riders who made deliveries in the city between 2019 and 2023.\n"},
	{"c.txt", "title: Delivery app loses landmark labour case\nsource: Radio Vale\ndate: 2025-03-04\n\n"
		  "A Castelbrook labour court ruled on Tuesday that QuickCrate riders are employees of the "
		  "delivery app.\n\n"
		  "The ruling affects some 4,300 riders in the city, who will now be entitled to sick pay.\n"},
};

static void
test_rejoin_explained(void **state)
{
	const char *const about_3400[] = {"a.txt", "b.txt", NULL};
	const char *const some_4300[] = {"c.txt", NULL};

	(void)state;
	check_sides(riders, 3, PX_CONFLICT_QUANTITY, about_3400, some_4300, 1);
}

/* A bound that stays near its figure ("a little over 200": 200 to 220)
 * fits 214, not "some 260": it is a side's, not a bound on both. */
static const struct art near_bounds[] = {
	{"a.txt", "title: First sleeper train reaches Estrenne\nsource: Meridian Wire\ndate: 2025-05-17\n\n"
		  "The first Nightliner sleeper train from Carrow reached Estrenne Central on Saturday "
		  "morning, carrying 214 passengers on its inaugural run.\n"},
	{"b.txt", "title: Nightliner completes its first run\nsource: Railwatch\ndate: 2025-05-17\n\n"
		  "The Nightliner sleeper train from Carrow completed its inaugural run to Estrenne Central on "
		  "Saturday morning with a little over 200 passengers on board.\n"},
	{"c.txt", "title: Sleeper service arrives late in Estrenne\nsource: Estrenne Daily\ndate: 2025-05-17\n\n"
		  "Some 260 passengers were on board the first Nightliner sleeper train from Carrow when it "
		  "reached Estrenne Central on Saturday morning after its inaugural run.\n"},
};

static void
test_near_bound_side(void **state)
{
	const char *const near_214[] = {"a.txt", "b.txt", NULL};
	const char *const some_260[] = {"c.txt", NULL};

	(void)state;
	check_sides(near_bounds, 3, PX_CONFLICT_QUANTITY, near_214, some_260, 1);
}

/* A relative clause between a named subject and its predicate ("The
 * Ellery Civic Trust, which had campaigned for the picture to remain in
 * the town, welcomed the sale") leaves the name the actor. */
static const struct art trust[] = {
	{"a.txt", "title: Harbour painting sold at auction\nsource: Artmarket Daily\ndate: 2025-06-12\n\n"
		  "The Salt Road at Dusk was sold at auction in London on Wednesday to a private buyer.\n\n"
		  "The Ellery Civic Trust, which had campaigned for the picture to remain in the town, "
		  "welcomed the sale after the auction house confirmed a loan to the town museum.\n"},
	{"b.txt", "title: Ellery painting goes to private buyer\nsource: Ellery Courier\ndate: 2025-06-12\n\n"
		  "The Salt Road at Dusk was sold at auction in London on Wednesday to a private buyer.\n\n"
		  "The Ellery Civic Trust condemned the sale, saying the town museum should have been offered "
		  "the picture first.\n"},
};

static void
test_actor_past_relative(void **state)
{
	(void)state;
	check_a_b(trust, 2, PX_CONFLICT_STANCE);
}

/* A month or a year is shared by many events: two sources dispute one
 * only when they tell it of one act, with one past verb (else
 * test_months_and_years), about one named thing
 * ("The site was last inspected by the Directorate in March", "The
 * Directorate last inspected the site in June"); not figures of two
 * periods ("fell to 79,000 in January from 82,000 in December") or of two
 * named things ("the US trade gap narrowed in December", "the UK's trade
 * gap narrowed in November"). */
static const struct art inspected[] = {
	{"a.txt", "title: Chlorine leak at Skarnes plant\nsource: Fjord Link\ndate: 2026-07-02\n\n"
		  "A chlorine leak at the Skarnes water plant sent nine workers to hospital on Wednesday.\n\n"
		  "The Skarnes site was last inspected by the Directorate for Civil Protection in March.\n"},
	{"b.txt", "title: Nine hurt in Skarnes chlorine leak\nsource: Industry Week\ndate: 2026-07-02\n\n"
		  "Nine workers were taken to hospital after chlorine leaked at the Skarnes water plant "
		  "on Wednesday.\n\n"
		  "The Directorate for Civil Protection last inspected the Skarnes site in June.\n"},
};

static void
test_coarse_dates_of_one_act(void **state)
{
	struct art now[2];
	struct px_report *r = NULL;

	(void)state;
	check_a_b(inspected, 2, PX_CONFLICT_DATE);
	now[0] = inspected[0];
	now[1] = inspected[1];
	/* two periods in one sentence */
	now[1].text = "title: Nine hurt in Skarnes chlorine leak\nsource: Industry Week\ndate: 2026-07-02\n\n"
		      "Nine workers were taken to hospital after chlorine leaked at the Skarnes water plant "
		      "on Wednesday.\n\n"
		      "The Directorate for Civil Protection last inspected the Skarnes site in June, after "
		      "a visit in January.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	/* two named things */
	now[0].text = "title: Chlorine leak at Skarnes plant\nsource: Fjord Link\ndate: 2026-07-02\n\n"
		      "A chlorine leak at the Skarnes water plant sent nine workers to hospital on Wednesday.\n\n"
		      "The Skarnes site was last inspected by the civil protection directorate in March.\n";
	now[1].text = "title: Nine hurt in Skarnes chlorine leak\nsource: Industry Week\ndate: 2026-07-02\n\n"
		      "Nine workers were taken to hospital after chlorine leaked at the Skarnes water plant "
		      "on Wednesday.\n\n"
		      "The Vesterby site was last inspected by the civil protection directorate in June.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
}

/* A year told right after one verb of one thing, the subject a pronoun
 * on one side ("were installed in 2018", "since they were installed in
 * 2020"), is one past act: the sources dispute its year. Two named things
 * ("the Orva gauges", "the Tessel gauges") are two acts, and a verb far
 * from the year ("adjusted for a dividend paid in ...") dates no act of
 * its own. */
static const struct art installed[] = {
	{"a.txt", "title: Kelda flood sirens sound as river bursts its banks\nsource: Valley Post\n"
		  "date: 2026-03-04\n\n"
		  "Flood sirens sounded along the Kelda on Tuesday night as the river burst its banks "
		  "above Orvaby.\n\n"
		  "River gauges and warning sirens were installed in 2018 under a scheme paid for by the "
		  "Kelda Valley Trust.\n"},
	{"b.txt", "title: Sirens warn Orvaby as the Kelda floods\nsource: Northern Wire\n"
		  "date: 2026-03-04\n\n"
		  "The Kelda burst its banks above Orvaby on Tuesday night, and flood sirens sounded "
		  "across the town.\n\n"
		  "The river has been watched by automatic gauges since they were installed in 2020.\n"},
};

static void
test_coarse_dates_by_their_verb(void **state)
{
	struct art now[2];
	struct px_report *r = NULL;

	(void)state;
	check_a_b(installed, 2, PX_CONFLICT_DATE);
	now[0] = installed[0];
	now[1] = installed[1];
	/* two named things */
	now[0].text = "title: Kelda flood sirens sound as river bursts its banks\nsource: Valley Post\n"
		      "date: 2026-03-04\n\n"
		      "Flood sirens sounded along the Kelda on Tuesday night as the river burst its banks "
		      "above Orvaby.\n\n"
		      "The Orva gauges were installed in 2018.\n";
	now[1].text = "title: Sirens warn Orvaby as the Kelda floods\nsource: Northern Wire\n"
		      "date: 2026-03-04\n\n"
		      "The Kelda burst its banks above Orvaby on Tuesday night, and flood sirens sounded "
		      "across the town.\n\n"
		      "The Tessel gauges were installed in 2020.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	/* the verb far from the year */
	now[0] = installed[0];
	now[1].text = "title: Sirens warn Orvaby as the Kelda floods\nsource: Northern Wire\n"
		      "date: 2026-03-04\n\n"
		      "The Kelda burst its banks above Orvaby on Tuesday night, and flood sirens sounded "
		      "across the town.\n\n"
		      "The gauges were installed by a contractor for the river authority in 2020.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
}

/* The day of a dateline ("CARRICK MERE, June 3 (Interpress) - ") is when
 * the story was filed: a fire "overnight" in it does not dispute "on
 * Monday night", June 2, elsewhere; the same two articles with "on
 * Tuesday night" in the second are a dispute over the night of the fire. */
static const struct art filed[] = {
	{"a.txt", "title: Fire destroys fishing boats in harbour\nsource: Interpress\n\n"
		  "CARRICK MERE, June 3 (Interpress) - A fire destroyed seven fishing boats at a "
		  "boatyard in the harbour town of Carrick Mere overnight, the fire service said.\n"},
	{"b.txt", "title: Harbour fire destroys fishing boats\nsource: Coastline News\ndate: 2025-06-03\n\n"
		  "Fishing boats were destroyed when a fire swept through the boatyard in Carrick Mere "
		  "on Monday night, the fire service said.\n"},
};

static void
test_dateline_day_is_no_event(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(filed, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	now[0] = filed[0];
	now[1] = filed[1];
	now[0].text = "title: Fire destroys fishing boats in harbour\nsource: Interpress\n"
		      "date: 2025-06-04\n\n"
		      "A fire destroyed fishing boats at a boatyard in Carrick Mere on Tuesday night, the "
		      "fire service said.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 1);
	px_report_free(r);
}

/* A figure of earlier reports ("Earlier reports from the scene said three
 * people were hurt") was superseded: beside "Five people were hurt" it is
 * no dispute; the same figure from the scene's witnesses is. */
static const struct art earlier[] = {
	{"a.txt", "title: Balloon hits power lines at festival\nsource: Plains Wire\ndate: 2025-09-13\n\n"
		  "Five people were hurt when a hot-air balloon hit power lines at the Calder Springs "
		  "festival on Saturday morning, the sheriff's office said.\n"},
	{"b.txt", "title: Balloon crashes at Calder Springs festival\nsource: KCSR News\ndate: 2025-09-13\n\n"
		  "A hot-air balloon hit power lines at the Calder Springs festival on Saturday morning, "
		  "the sheriff's office said. Earlier reports from the scene said three people were "
		  "hurt.\n"},
};

static void
test_earlier_reports(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(earlier, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
	now[0] = earlier[0];
	now[1] = earlier[1];
	now[1].text = "title: Balloon crashes at Calder Springs festival\nsource: KCSR News\n"
		      "date: 2025-09-13\n\n"
		      "A hot-air balloon hit power lines at the Calder Springs festival on Saturday "
		      "morning, the sheriff's office said. Three people were hurt when the balloon hit "
		      "the lines.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	px_report_free(r);
}

/* A date of something to come ("is set to return on Tuesday") beside the
 * day something happened ("returned on Thursday") is a plan and an event,
 * no dispute; two past returns on different days are. */
static const struct art returned[] = {
	{"a.txt", "title: Minister cuts short Asia trip\nsource: Ormund Post\ndate: 2026-03-09\n\n"
		  "Trade minister Ilse Varga cut short her trade mission to Asia after the port strike "
		  "spread to Ormund's second city.\n\n"
		  "Varga is set to return to Ormund on Tuesday to meet the union leaders, her office "
		  "said.\n"},
	{"b.txt", "title: Varga back for port talks\nsource: Capital Ledger\ndate: 2026-03-12\n\n"
		  "The dockers' walkout in Ormund entered its second week as the government sought a "
		  "way out of the dispute.\n\n"
		  "Varga returned to Ormund on Thursday to meet the union leaders, her office said.\n"},
};

static void
test_planned_and_done(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(returned, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 0);
	px_report_free(r);
	now[0] = returned[0];
	now[1] = returned[1];
	now[0].text = "title: Minister cuts short Asia trip\nsource: Ormund Post\ndate: 2026-03-13\n\n"
		      "Trade minister Ilse Varga cut short her trade mission to Asia after the port strike "
		      "spread to Ormund's second city.\n\n"
		      "Varga returned to Ormund on Tuesday to meet the union leaders, her office said.\n";
	r = run_independent(now, 2);
	assert_int_equal(count_conflicts(r, PX_CONFLICT_DATE), 1);
	px_report_free(r);
}

/* "did not want to give up control" is wanting to keep it: with "wanted to
 * keep control" no dispute. */
static const struct art control[] = {
	{"a.txt", "title: Carmaker talks stall\nsource: Auto Wire\ndate: 2005-02-14\n\n"
		  "Talks on a tie-up between Velta Motors and its German rival stalled on Monday.\n\n"
		  "The founder, Ottavio Renzi, wanted to keep control of Velta Motors and preferred "
		  "a smaller deal.\n"},
	{"b.txt", "title: Velta deal collapses\nsource: Business Courier\ndate: 2005-02-14\n\n"
		  "A planned merger of Velta Motors with a German rival collapsed after weeks of talks.\n\n"
		  "The founder, Ottavio Renzi, did not want to give up control of Velta Motors, people "
		  "close to the talks said.\n"},
};

static void
test_stance_give_up(void **state)
{
	(void)state;
	check_none(control, 2, PX_CONFLICT_STANCE);
}

/* "offered 4.2 percent over the same period" is a figure over a period
 * told before, like "3.5 percent over two years": a dispute, not a total
 * beside a figure for one time. */
static const struct art offer[] = {
	{"a.txt", "title: Airport strike looms\nsource: TV Press\ndate: 2026-02-09\n\n"
		  "Baggage handlers at Lyngby airport will strike on Monday after talks over pay broke "
		  "down.\n\n"
		  "The union is demanding a pay rise of 7.5 percent over two years. Lyngby Handling has "
		  "offered its workers a rise of 4.2 percent over the same period.\n"},
	{"b.txt", "title: Lyngby handlers to strike\nsource: Econ Daily\ndate: 2026-02-09\n\n"
		  "Baggage handlers at Lyngby airport are set to strike on Monday in a dispute over pay.\n\n"
		  "Lyngby Handling has offered its workers a rise of 3.5 percent over two years, while the "
		  "union wants 7.5 percent.\n"},
};

static void
test_same_period(void **state)
{
	struct px_report *r = run_independent(offer, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a, b));
	px_report_free(r);
}

/* A quotation cut short after its opening words is the same quotation,
 * however long the other telling runs: given to two speakers, an
 * attribution conflict. */
static const struct art bankrupt[] = {
	{"a.txt", "title: Kestfly files for bankruptcy\nsource: Polar Wire\ndate: 2026-11-02\n\n"
		  "The regional airline Kestfly filed for bankruptcy on Monday morning after its owners "
		  "refused to put in more money.\n\n"
		  "\"We have simply run out of money and out of time. I am deeply sorry for our passengers "
		  "and for our employees, who have fought for this company to the very end,\" chief "
		  "executive Hege Solbakk said in a statement.\n"},
	{"b.txt", "title: Kestfly grounded\nsource: Havrestad Tidende\ndate: 2026-11-02\n\n"
		  "All Kestfly flights were cancelled on Monday as the airline filed for bankruptcy, "
		  "leaving about 2,500 passengers stranded.\n\n"
		  "\"We have simply run out of money,\" board chairman Kristian Dahl told the paper.\n"},
};

static void
test_quote_opening(void **state)
{
	struct px_report *r = run_independent(bankrupt, 2);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_ATTRIBUTION, a, b));
	px_report_free(r);
}

/* "the CFA said the goal should have stood and rejected the officials'
 * decision": the clause joined to the saying shares its speaker, who
 * opposes "it backed the officials' decision". */
static const struct art offside[] = {
	{"a.txt", "title: Tarrant win cup after late goal ruled out\nsource: Calverran Press Agency\n"
		  "date: 2032-09-25\n\n"
		  "Tarrant Rovers won the cup final 1-0 on Saturday after a late equaliser was ruled out "
		  "for offside by the video assistant referee.\n\n"
		  "The Calverran Football Association said in a statement on Saturday evening that it "
		  "backed the officials' decision and that the correct procedure had been followed.\n"},
	{"b.txt", "title: CFA turns on its own officials\nsource: Pitchside Pro\ndate: 2032-09-26\n\n"
		  "The Calverran Football Association (CFA) has been under pressure since the cup final "
		  "in Tarrant on Saturday.\n\n"
		  "After a long meeting of its board in Dunmarrow late on Saturday night, the CFA said the "
		  "goal should have been allowed to stand and rejected the officials' decision.\n"},
	{"c.txt", "title: Rovers fans celebrate in Tarrant\nsource: Tarrant FM\ndate: 2032-09-26\n\n"
		  "Thousands of Tarrant Rovers fans celebrated the cup final win in the city centre on "
		  "Saturday night, and police said the evening passed off peacefully.\n"},
};

static void
test_stance_said_and(void **state)
{
	struct px_report *r = run_independent(offside, 3);
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_STANCE, a, b));
	px_report_free(r);
}

/* "stood by the decision", an irregular past, is a stance like "backed
 * the decision". */
static const struct art stoodby[] = {
	{"a.txt", "title: Association backs referee\nsource: Dunmarrow Ledger\ndate: 2032-09-26\n\n"
		  "The cup final ended in uproar in Tarrant on Saturday night after a late goal was ruled "
		  "out.\n\n"
		  "The Calverran Football Association stood by the referee's decision on Sunday, saying the "
		  "technology had been used as intended.\n"},
	{"b.txt", "title: Association turns on referee\nsource: Pitchside Pro\ndate: 2032-09-26\n\n"
		  "Tarrant Rovers supporters invaded the pitch on Saturday night after the final whistle.\n\n"
		  "The Calverran Football Association rejected the referee's decision on Sunday, saying the "
		  "goal should have been allowed to stand.\n"},
};

static void
test_stance_stood_by(void **state)
{
	struct px_report *r = run_independent(stoodby, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_STANCE), 1);
	px_report_free(r);
}

/* A sentence that opens with "If" is a condition up to its last comma:
 * "If, however, the state party says it wants to withdraw its nominee,
 * ..., officials will print new ballots" is no act against "stood by
 * their nominee". */
static const struct art nominee[] = {
	{"a.txt", "title: Alabama Republicans stand by Moore\nsource: Capitol Wire\ndate: 2017-11-14\n\n"
		  "Alabama Republicans stood by their nominee Roy Moore on Monday despite the allegations "
		  "against him.\n"},
	{"b.txt", "title: Can Moore still be replaced?\nsource: Southern Ledger\ndate: 2017-11-14\n\n"
		  "If, however, the Alabama Republican party says it wants to withdraw its nominee Roy "
		  "Moore, or if Moore quits, election officials will have to print new ballots.\n"},
};

static void
test_stance_if_sentence(void **state)
{
	(void)state;
	check_none(nominee, 2, PX_CONFLICT_STANCE);
}

/* Two figures of one named kind of thing, each the only figure of its
 * sentence and closely aligned, dispute it with two context words shared
 * ("About 2,500 passengers were stranded on Monday, the airline said",
 * "The airline said 1,800 passengers were left without a flight on
 * Monday"), where figures of people in general need three. */
static const struct art stranded[] = {
	{"a.txt", "title: Kystfly files for bankruptcy\nsource: Polar Wire\ndate: 2027-05-10\n\n"
		  "Northern regional carrier Kystfly, which employs 640 people, filed for bankruptcy on "
		  "Monday and grounded its fleet.\n\n"
		  "About 2,500 passengers were stranded on Monday, the airline said.\n"},
	{"b.txt", "title: Kystfly grounds fleet after bankruptcy filing\nsource: Velmoria Business\ndate: 2027-05-10\n\n"
		  "The regional airline Kystfly, with 640 employees, has filed for bankruptcy and cancelled "
		  "all of its flights.\n\n"
		  "The airline said 1,800 passengers were left without a flight on Monday.\n"},
};

static void
test_same_counted_noun(void **state)
{
	(void)state;
	check_a_b(stranded, 2, PX_CONFLICT_QUANTITY);
}

/* A count that "remains" is the state now, not the first count: "Two
 * injured workers remain in hospital" beside "Five injured workers were
 * taken to hospital" is a later moment, no dispute; "Two injured workers
 * were taken to hospital" is one. */
static const struct art remain[] = {
	{"a.txt", "title: Miners killed in collapse\nsource: Bush Examiner\ndate: 2025-03-11\n\n"
		  "Two miners were killed when part of the Bellbird Creek gold mine caved in on Tuesday.\n\n"
		  "Five injured workers were taken to Merrigal Base Hospital with broken bones.\n"},
	{"b.txt", "title: Quondong suspends mine\nsource: Minetrade\ndate: 2025-03-11\n\n"
		  "Quondong Resources has suspended production at Bellbird Creek after a fall of ground "
		  "killed two miners on Tuesday.\n\n"
		  "Two injured workers remain in Merrigal Base Hospital with broken bones, Quondong said.\n"},
};

static void
test_count_that_remains(void **state)
{
	struct art now[2];
	struct px_report *r = run_independent(remain, 2);

	(void)state;
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 0);
	px_report_free(r);
	now[0] = remain[0];
	now[1] = remain[1];
	now[1].text = "title: Quondong suspends mine\nsource: Minetrade\ndate: 2025-03-11\n\n"
		      "Quondong Resources has suspended production at Bellbird Creek after a fall of ground "
		      "killed two miners on Tuesday.\n\n"
		      "Two injured workers were taken to Merrigal Base Hospital with broken bones, Quondong "
		      "said.\n";
	check_a_b(now, 2, PX_CONFLICT_QUANTITY);
}

/* A running count told for a later day than the other article's ("14
 * people were in hospital on Wednesday morning" beside Tuesday's "31 were
 * taken to hospital") is another moment, as an earlier day is. */
static const struct art hospital_days[] = {
	{"a.txt", "title: Train derails near Orrin's Ford\nsource: Calverran Press Agency\ndate: 2032-09-14\n\n"
		  "A commuter train derailed near Orrin's Ford on Tuesday morning, killing four people.\n\n"
		  "Thirty-one people were taken to hospital after the derailment, the ambulance service "
		  "said.\n"},
	{"b.txt", "title: Derailment: hospital update\nsource: CBN News\ndate: 2032-09-15\n\n"
		  "The derailment of a commuter train near Orrin's Ford on Tuesday killed four people.\n\n"
		  "Fourteen people were in hospital on Wednesday morning after the derailment, the "
		  "ambulance service said.\n"},
};

static void
test_running_count_later_day(void **state)
{
	(void)state;
	check_none(hospital_days, 2, PX_CONFLICT_QUANTITY);
}

/* A running count told of the event's day in a later paper ("leaving
 * three workers injured" after "collapsed ... on Tuesday") beside one
 * whose sentence names that day too ("Two workers were taken to hospital
 * after ... collapsed on Tuesday afternoon") are both of Tuesday: a
 * dispute, not two moments. */
static const struct art crane_days[] = {
	{"a.txt", "title: Crane collapses onto ship at Farrow docks\nsource: Farrow Echo\ndate: 2031-05-14\n\n"
		  "Two workers were taken to hospital after a dockside crane collapsed onto a container "
		  "ship at Farrow terminal on Tuesday afternoon.\n\n"
		  "The terminal's operator said an investigation had begun.\n"},
	{"b.txt", "title: Farrow crane: inquiry opens\nsource: Ports Gazette\ndate: 2031-05-15\n\n"
		  "A dockside crane collapsed onto a container ship at Farrow terminal on Tuesday "
		  "afternoon, leaving three workers injured.\n\n"
		  "Inspectors began examining the wreckage on Thursday.\n"},
};

static void
test_running_count_of_event_day(void **state)
{
	(void)state;
	check_a_b(crane_days, 2, PX_CONFLICT_QUANTITY);
}

/* Two sums told before the noun they value ("The €610m mission", "The
 * €475m mission") are the price of one thing, however little else their
 * sentences share. */
static const struct art priced[] = {
	{"a.txt", "title: Asteroid probe recovers from fault\nsource: Orbit Wire\ndate: 2026-03-16\n\n"
		  "The Nerin probe is stable again after a wheel fault put it into safe mode.\n\n"
		  "The fault tipped the spacecraft into a protective state late on Friday.\n\n"
		  "Controllers at Kelmsford spent the weekend listening for its signal.\n\n"
		  "Its team said the probe had done what it was built to do.\n\n"
		  "The €610m mission is due to reach the asteroid Orlane in October 2027.\n"},
	{"b.txt", "title: Nerin back in touch\nsource: SBC News\ndate: 2026-03-16\n\n"
		  "Engineers regained contact with the Nerin probe on Sunday.\n\n"
		  "A deep-space antenna picked up a faint carrier signal before dawn.\n\n"
		  "Scientists said none of the instruments had been harmed.\n\n"
		  "A software patch for the faulty wheel is being written.\n\n"
		  "Backers of the €475m mission say the scare shows why spare parts matter.\n"},
};

static void
test_priced_noun(void **state)
{
	(void)state;
	check_a_b(priced, 2, PX_CONFLICT_QUANTITY);
}

/* Notices of one kind about different companies, each lead opening with
 * its own subject and neither naming the other's, are no sources of one
 * story: their fees are each their own issue's. A third notice naming the
 * first bank as well is about it, and disputes its fee. */
static const struct art notices[] = {
	{"a.txt", "title: Hollin Bank issues convertible eurobond\nsource: Fin Wire\ndate: 2027-03-03\n\n"
		  "Hollin Bank Ltd is issuing a 30 mln dlr convertible eurobond due March 31, 2032, lead "
		  "manager Kessel Securities said.\n\n"
		  "The selling concession is 1-1/4 pct while management and underwriting combined pays "
		  "5/8 pct.\n"},
	{"b.txt", "title: Garnet Bank issues convertible eurobond\nsource: Fin Wire\ndate: 2027-03-03\n\n"
		  "Garnet Bank Ltd is issuing a 50 mln dlr convertible eurobond due March 31, 2032, lead "
		  "manager Orlen Capital said.\n\n"
		  "The selling concession is 1-1/2 pct while management and underwriting combined pays "
		  "3/4 pct.\n"},
};

static const struct art notices_named[] = {
	{"a.txt", "title: Hollin Bank issues convertible eurobond\nsource: Fin Wire\ndate: 2027-03-03\n\n"
		  "Hollin Bank Ltd is issuing a 30 mln dlr convertible eurobond due March 31, 2032, lead "
		  "manager Kessel Securities said.\n\n"
		  "The selling concession is 1-1/4 pct while management and underwriting combined pays "
		  "5/8 pct.\n"},
	{"b.txt", "title: Hollin eurobond terms\nsource: Bond Daily\ndate: 2027-03-03\n\n"
		  "Kessel Securities said it is leading a 30 mln dlr convertible eurobond for Hollin Bank "
		  "Ltd due March 31, 2032.\n\n"
		  "The selling concession is 1-1/2 pct while management and underwriting combined pays "
		  "3/4 pct.\n"},
};

/* The same of two investors' filings about their stakes in one company:
 * each stake is its own investor's. */
static const struct art filings[] = {
	{"a.txt", "title: Investor raises Keller stake\nsource: Fin Wire\ndate: 2027-03-05\n\n"
		  "Paul Varden, a Florida investor, said he raised his stake in Keller Tools Inc to 7.2 pct "
		  "of the outstanding common stock.\n\n"
		  "He said the shares were bought for investment purposes.\n"},
	{"b.txt", "title: Second investor builds Keller stake\nsource: Fin Wire\ndate: 2027-03-05\n\n"
		  "Ines Corrado, a New York investor, said she raised her stake in Keller Tools Inc to 9.9 "
		  "pct of the outstanding common stock.\n\n"
		  "She said the shares were bought for investment purposes.\n"},
};

static void
test_notices_of_other_subjects(void **state)
{
	(void)state;
	check_none(notices, 2, PX_CONFLICT_QUANTITY);
	check_none(filings, 2, PX_CONFLICT_QUANTITY);
	{
		struct px_report *r = run_independent(notices_named, 2);
		assert_true(count_conflicts(r, PX_CONFLICT_QUANTITY) >= 1);
		px_report_free(r);
	}
}

/* Page furniture stamps when something was written, not when anything
 * happened: a wire header's day and clock time ("GENEVA | Tue Jun 9, 2029
 * 1:54 pm EDT"), a reader's comment ("Posted by: ... | Report abuse"), a
 * blog entry's "10:25 UK time, Saturday, 9 June 2029", an embedded post's
 * "(@inesvarga) June 9, 2029" and a live page's "(Update 8:03 p.m. in
 * Cairo, ...)" are no dates of the story; the same days told of an act
 * are. */
static const struct art page_stamps[] = {
	{"a.txt", "title: Health body nears pandemic call\nsource: Wire One\ndate: 2029-06-09\n\n"
		  "GENEVA | Tue Jun 9, 2029 1:54 pm EDT GENEVA - The Health Assembly is on the verge of "
		  "declaring the first pandemic of the decade, its chief said.\n\n"
		  "(Update 8:03 p.m. in Geneva, 2:03 p.m. ET) The assembly's committee met behind closed "
		  "doors.\n\n"
		  "Posted by: jd | June 9, 2029 9:22 PM | Report abuse The assembly should act now.\n\n"
		  "Mara Quill | 10:25 UK time, Saturday, 9 June 2029 Commentators weigh what a pandemic "
		  "call would mean for schools.\n"},
	{"b.txt", "title: Pandemic declaration close\nsource: Wire Two\ndate: 2029-06-10\n\n"
		  "LONDON | Wed Jun 10, 2029 2:10 pm EDT LONDON - The Health Assembly is on the verge of "
		  "declaring the first pandemic of the decade, its chief said.\n\n"
		  "(Update 11:38 p.m. in Geneva, 5:38 p.m. ET) The assembly's committee met behind closed "
		  "doors.\n\n"
		  "Posted by: kb | June 10, 2029 1:53 PM | Report abuse The assembly should act now.\n\n"
		  "Mara Quill | 18:17 UK time, Sunday, 10 June 2029 Commentators weigh what a pandemic "
		  "call would mean for schools.\n"},
};

static const struct art page_stamps_told[] = {
	{"a.txt", "title: Health body nears pandemic call\nsource: Wire One\ndate: 2029-06-11\n\n"
		  "The Health Assembly's committee met behind closed doors on June 9, 2029 to weigh a "
		  "pandemic declaration.\n"},
	{"b.txt", "title: Pandemic declaration close\nsource: Wire Two\ndate: 2029-06-11\n\n"
		  "The Health Assembly's committee met behind closed doors on June 10, 2029 to weigh a "
		  "pandemic declaration.\n"},
};

static const struct art tweet_stamps[] = {
	{"a.txt", "title: Harbour tunnel vote delayed\nsource: Coast Daily\ndate: 2029-06-10\n\n"
		  "Councillors in Brenmouth put off a vote on the harbour tunnel until the autumn.\n\n"
		  "The council's leader, Ines Varga, answered critics online. \"We will not rush a "
		  "decision this big,\" she wrote. Ines Varga (@inesvarga) June 9, 2029\n"},
	{"b.txt", "title: Tunnel plan pushed back\nsource: Brenmouth FM\ndate: 2029-06-11\n\n"
		  "A decision on Brenmouth's harbour tunnel will not come before October, the council "
		  "said.\n\n"
		  "The council's leader, Ines Varga, answered critics online. \"We will not rush a "
		  "decision this big,\" she wrote. Ines Varga (@inesvarga) June 10, 2029\n"},
};

static void
test_page_stamps(void **state)
{
	(void)state;
	check_none(tweet_stamps, 2, PX_CONFLICT_DATE);
	check_none(page_stamps, 2, PX_CONFLICT_DATE);
	check_a_b(page_stamps_told, 2, PX_CONFLICT_DATE);
}

/* A table's row kept as a sentence ("Stocks to use 29 pct 33 pct ...")
 * says by its columns which figure is what, and the columns are gone: its
 * figures are not compared. */
static const struct art table_rows[] = {
	{"a.txt", "title: Soybean balance sheet\nsource: Ag Wire\ndate: 2027-04-09\n\n"
		  "The department released its monthly soybean balance sheet on Thursday.\n\n"
		  "Stocks to use 29 pct 33 pct 35 pct 31 pct 28 pct 30 pct\n"},
	{"b.txt", "title: Soybean balance sheet\nsource: Ag Wire Two\ndate: 2027-04-09\n\n"
		  "The department released its monthly soybean balance sheet on Thursday.\n\n"
		  "Stocks to use 24 pct 36 pct 32 pct 27 pct 22 pct 25 pct\n"},
};

static void
test_table_row(void **state)
{
	(void)state;
	check_none(table_rows, 2, PX_CONFLICT_QUANTITY);
}

/* A small count of one significant digit is told as counted ("40
 * holiday lodges"), not as another source's figure rounded ("38
 * lodges"): the two dispute. */
static const struct art lodges[] = {
	{"a.txt", "title: Quarry lodges approved on appeal\nsource: Fellside Radio\ndate: 2026-06-05\n\n"
		  "A plan to build 40 holiday lodges in a former quarry above Kelderby has been given "
		  "the go-ahead on appeal.\n\n"
		  "The company behind the plans says the park will open in 2027.\n"},
	{"b.txt", "title: Inspector backs holiday park\nsource: Dales Courier\ndate: 2026-06-05\n\n"
		  "Plans for 38 holiday lodges in a disused quarry above Kelderby have been approved on "
		  "appeal, overturning the council's refusal.\n\n"
		  "The company said the first guests could arrive in 2027.\n"},
};

static void
test_small_count_not_rounded(void **state)
{
	(void)state;
	check_a_b(lodges, 2, PX_CONFLICT_QUANTITY);
}

/* Two bodies of one kind ("Wharrendale District Council", "Kelderby Parish
 * Council") are two actors: their opposite stances are no dispute. */
static const struct art councils[] = {
	{"a.txt", "title: Lodges get go-ahead\nsource: Fellside Radio\ndate: 2026-06-05\n\n"
		  "Wharrendale District Council refused the scheme at Gillthwaite Quarry, but a "
		  "government inspector has now overturned that decision.\n\n"
		  "The company behind the plans says the park will open in 2027.\n"},
	{"b.txt", "title: Inspector backs quarry lodges\nsource: Dales Courier\ndate: 2026-06-05\n\n"
		  "An inspector has allowed the appeal over holiday lodges at Gillthwaite Quarry.\n\n"
		  "Kelderby Parish Council, which supported the scheme at Gillthwaite Quarry, welcomed "
		  "the ruling.\n"},
};

static void
test_bodies_of_one_kind(void **state)
{
	(void)state;
	check_none(councils, 2, PX_CONFLICT_STANCE);
}

/* An ordinal after "the" places a figure in a sequence ("32 riders on
 * the third stage"); it is no other thing than the one counted. */
static const struct art stage_crash[] = {
	{"a.txt", "title: Crash wrecks Kjaer's podium bid\nsource: Velo Daily\ndate: 2026-08-10\n\n"
		  "Mads Kjaer's bid for a podium ended on Tuesday when he was caught up in a crash "
		  "involving 32 riders on the third stage of the Fjordkyst Rundt.\n\n"
		  "The race resumed after a delay of 25 minutes.\n"},
	{"b.txt", "title: Mass crash on Storlia descent\nsource: Nordic Press\ndate: 2026-08-10\n\n"
		  "Twenty-three riders came down in a mass crash on Tuesday on the third stage of the "
		  "Fjordkyst Rundt.\n\n"
		  "Racing was held for 25 minutes while medical staff attended to the injured.\n"},
};

static void
test_ordinal_of_a_sequence(void **state)
{
	(void)state;
	check_a_b(stage_crash, 2, PX_CONFLICT_QUANTITY);
}

/* "two riders remained in hospital overnight" is a running count, no
 * dispute with the four taken to hospital after the crash. */
static const struct art remained[] = {
	{"a.txt", "title: Four riders in hospital after crash\nsource: Nordic Press\ndate: 2026-08-10\n\n"
		  "Twenty-three riders came down in a mass crash on the Storlia descent on Tuesday.\n\n"
		  "Four riders were taken to hospital in Solheimsfjord after the crash.\n"},
	{"b.txt", "title: Haugland wins chaotic stage\nsource: Velo Daily\ndate: 2026-08-10\n\n"
		  "Eirik Haugland won the third stage after 23 riders came down in a crash on the "
		  "Storlia descent on Tuesday.\n\n"
		  "The race doctor said two riders remained in hospital overnight after the crash.\n"},
};

static void
test_remained_is_running(void **state)
{
	(void)state;
	check_none(remained, 2, PX_CONFLICT_QUANTITY);
}

/* A clock time told exactly by another source ("at 14.40" beside "at
 * 2.40pm") joins that source's side, however else its sentence runs. */
static const struct art launch_time[] = {
	{"a.txt", "title: Lifeboats save six kayakers\nsource: Westcoast Courier\ndate: 2026-07-13\n\n"
		  "Six kayakers were rescued from the sea off Dunmorrow Head on Sunday afternoon.\n\n"
		  "Both of the station's boats, the all-weather lifeboat and the smaller inshore "
		  "lifeboat, were launched at 2.40pm after a walker on the cliff path above the cove "
		  "heard shouting from the water.\n"},
	{"b.txt", "title: Kayakers rescued in fog\nsource: Atlantic FM\ndate: 2026-07-13\n\n"
		  "Volunteer crews are being praised after a long search in fog off Dunmorrow Head.\n\n"
		  "The six had set out from the pier in the morning for a day on the water.\n\n"
		  "The lifeboats launched at 3.15pm, after a walker on the cliff path raised the "
		  "alarm.\n"},
	{"c.txt", "title: Fog rescue off Dunmorrow\nsource: Irish Ledger\ndate: 2026-07-13\n\n"
		  "Seven kayakers were rescued off Dunmorrow Head yesterday after fog descended on the "
		  "paddling spot.\n\n"
		  "A walker had heard cries for help from the water below the cliff path.\n\n"
		  "Kilbrannagh sent its crews to sea at 14.40, and a coast guard helicopter was "
		  "scrambled soon afterwards.\n\n"
		  "The forecaster had issued a fog warning for western coastal areas at 10am.\n"},
};

static void
test_clock_time_joins_its_side(void **state)
{
	const char *const ac[] = {"a.txt", "c.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(launch_time, 3, PX_CONFLICT_DATE, ac, b, 1);
}

/* One named body's act, told by a verb and by its noun ("refused
 * planning permission in October 2023", "the council's refusal of the
 * scheme in January 2024"), though every shared word is the story's. */
static const struct art refusal[] = {
	{"a.txt", "title: Quarry lodges win appeal\nsource: Dales Courier\ndate: 2026-06-05\n\n"
		  "A leisure company has won its appeal to build holiday lodges at Gillthwaite Quarry.\n\n"
		  "Wharrendale District Council refused planning permission in October 2023, despite "
		  "a recommendation from its officers to approve.\n"},
	{"b.txt", "title: Inspector allows lodges appeal\nsource: Planning Weekly\ndate: 2026-06-05\n\n"
		  "An inspector has granted permission for holiday lodges at Gillthwaite Quarry.\n\n"
		  "The decision allows the company's appeal against Wharrendale District Council's "
		  "refusal of the scheme in January 2024.\n"},
	{"c.txt", "title: Holiday park wins appeal\nsource: Fellside Radio\ndate: 2026-06-05\n\n"
		  "Wharrendale District Council's refusal of holiday lodges at Gillthwaite Quarry has "
		  "been overturned on appeal.\n\n"
		  "The council said it would study the decision.\n"},
};

static void
test_refusal_told_by_its_noun(void **state)
{
	(void)state;
	check_a_b(refusal, 3, PX_CONFLICT_DATE);
}

/* A plea answers the charges, whatever they are called: "pleaded guilty
 * to two offences" against "had denied the charges". */
static const struct art plea[] = {
	{"a.txt", "title: Dairy fined over river pollution\nsource: Midlands Wire\ndate: 2026-03-14\n\n"
		  "Brackwell Dairies was fined on Friday over a leak that killed thousands of fish in "
		  "the River Leddon.\n\n"
		  "Brackwell Dairies pleaded guilty at an earlier hearing to two offences.\n"},
	{"b.txt", "title: Dairy firm fined after fish kill\nsource: Business Desk\ndate: 2026-03-14\n\n"
		  "Brackwell Dairies was fined on Friday after a leak into the River Leddon killed "
		  "thousands of fish.\n\n"
		  "Brackwell Dairies had denied the charges and was convicted after a four-day trial.\n"},
};

static void
test_plea_on_the_charges(void **state)
{
	(void)state;
	check_a_b(plea, 2, PX_CONFLICT_STANCE);
}

/* Two sources give the same words in quotation marks to one speaker, a
 * third gives them, inside a whole quotation, to another: who said them
 * is disputed. */
static const struct art evidence_quote[] = {
	{"a.txt", "title: Quarry lodges approved\nsource: Dales Courier\ndate: 2026-06-05\n\n"
		  "An inspector has approved holiday lodges at Gillthwaite Quarry.\n\n"
		  "Fellside Leisure's managing director, Graham Aske, said the inspector had \"looked "
		  "at the evidence rather than the noise\".\n"},
	{"b.txt", "title: Lodges get go-ahead\nsource: Fellside Radio\ndate: 2026-06-05\n\n"
		  "Holiday lodges at Gillthwaite Quarry have been approved on appeal.\n\n"
		  "The company's managing director, Graham Aske, told the station the inspector had "
		  "\"looked at the evidence rather than the noise\".\n"},
	{"c.txt", "title: Gillthwaite appeal allowed\nsource: Planning Weekly\ndate: 2026-06-05\n\n"
		  "An inspector has allowed the appeal for holiday lodges at Gillthwaite Quarry.\n\n"
		  "Harriet Lyle of Lyle Barraclough Planning, who acted for the company, said: \"The "
		  "inspector has looked at the evidence rather than the noise. This shows that good "
		  "schemes can succeed.\"\n"},
};

static void
test_fragment_sides(void **state)
{
	const char *const ab[] = {"a.txt", "b.txt", NULL};
	const char *const c[] = {"c.txt", NULL};

	(void)state;
	check_sides(evidence_quote, 3, PX_CONFLICT_ATTRIBUTION, ab, c, 1);
}

/* Homes however they are called ("4,200 properties", "more than 6,000
 * households") are one count. */
static const struct art homes_cut_off[] = {
	{"a.txt", "title: Trunk main bursts in Kilbrannagh\nsource: Lakeland FM\ndate: 2026-02-09\n\n"
		  "The 600mm main ruptured at about 11.40pm on Sunday close to Mill Road, cutting off "
		  "water to about 4,200 properties in the town.\n\n"
		  "Crews worked through the night to shut off the main.\n"},
	{"b.txt", "title: Residents demand new water main\nsource: Midland Examiner\ndate: 2026-02-09\n\n"
		  "The trunk main burst late on Sunday night, leaving more than 6,000 households in the "
		  "town without water.\n\n"
		  "Residents have called for the main to be replaced in full.\n"},
};

static void
test_homes_however_called(void **state)
{
	(void)state;
	check_a_b(homes_cut_off, 2, PX_CONFLICT_QUANTITY);
}

/* A gerund after a preposition of time is the subject's act: "was fined
 * after admitting two offences" against "had denied the charges". */
static const struct art admitting[] = {
	{"a.txt", "title: Dairy fined over fish kill\nsource: County Press\ndate: 2026-03-14\n\n"
		  "Brackwell Dairies was fined on Friday after admitting two environmental offences "
		  "over the pollution of the River Leddon.\n\n"
		  "Thousands of fish died in the river.\n"},
	{"b.txt", "title: Dairy firm fined after fish kill\nsource: Business Desk\ndate: 2026-03-14\n\n"
		  "Brackwell Dairies was fined on Friday after a leak into the River Leddon killed "
		  "thousands of fish.\n\n"
		  "Brackwell Dairies had denied the charges and was convicted after a four-day trial.\n"},
};

static void
test_gerund_after_time(void **state)
{
	(void)state;
	check_a_b(admitting, 2, PX_CONFLICT_STANCE);
}

/* An answer to criticism is one object however it is named: "rejected
 * the criticism" against "acknowledged the concerns". */
static const struct art table_cloth[] = {
	{"a.txt", "title: Rennie knocked out at Cardiff Open\nsource: Press Sport\ndate: 2026-03-03\n\n"
		  "Callum Rennie was beaten 4-3 in the first round of the Cardiff Open on Monday.\n\n"
		  "Tournament director Alun Hughes rejected the criticism of the table after the "
		  "match.\n"},
	{"b.txt", "title: Table row at Cardiff Open\nsource: Cue Sport Weekly\ndate: 2026-03-03\n\n"
		  "Callum Rennie lost his first-round match at the Cardiff Open 4-3 on Monday.\n\n"
		  "Tournament director Alun Hughes acknowledged the concerns about the table on "
		  "Monday night.\n"},
};

static void
test_answer_to_criticism(void **state)
{
	(void)state;
	check_a_b(table_cloth, 2, PX_CONFLICT_STANCE);
}

/* Two years told with one verb right before each ("got out in 2017",
 * "got out in 2020") date one event, though every shared word is the
 * story's; the articles give no day of their own. */
static const struct art otters[] = {
	{"a.txt", "title: Otters escape from Brindle Marsh centre\nsource: Fenland Post\n\n"
		  "Four otters escaped from the Brindle Marsh wildlife centre on Sunday and were "
		  "recaptured by keepers the same evening.\n\n"
		  "Three otters got out in 2017 and were found in a nearby garden pond.\n"},
	{"b.txt", "title: Brindle Marsh otters recaptured\nsource: Marsh Radio\n\n"
		  "Keepers at the Brindle Marsh wildlife centre recaptured four otters on Sunday after "
		  "they escaped from their enclosure.\n\n"
		  "Otters got out in 2020 as well.\n"},
	{"c.txt", "title: Otters on the loose at Brindle Marsh\nsource: Fen Radio\n\n"
		  "Four otters escaped from the Brindle Marsh wildlife centre on Sunday before keepers "
		  "caught them that evening.\n\n"
		  "Otters have got out of the centre before, keepers said.\n"},
};

static void
test_years_of_one_act(void **state)
{
	(void)state;
	check_a_b(otters, 3, PX_CONFLICT_DATE);
}

/* Dates of the first event of a kind told with one verb are one event's
 * day, however much else the sentences share ("The first case was
 * confirmed on 3 March", "The first case, a Year 6 pupil, was confirmed on
 * Friday 7 March"). */
static const struct art first_case[] = {
	{"a.txt", "title: Mumps outbreak closes Harrowgate classes\nsource: Harrowgate Echo\ndate: 2026-03-19\n\n"
		  "A mumps outbreak at Linden Road Primary School in Harrowgate has grown to 14 cases, "
		  "the district health office said on Thursday.\n\n"
		  "The first case was confirmed on 3 March.\n\n"
		  "Two classes have been sent home until next week.\n"},
	{"b.txt", "title: Harrowgate school hit by mumps\nsource: Vale Radio\ndate: 2026-03-19\n\n"
		  "Fourteen children at Linden Road Primary School in Harrowgate now have mumps, health "
		  "officials said.\n\n"
		  "The first case, a Year 6 pupil, was confirmed on Friday 7 March, a week after the boy fell ill.\n\n"
		  "Parents have been asked to check their children's vaccination records.\n"},
	{"c.txt", "title: Mumps cases rise at Linden Road\nsource: County Wire\ndate: 2026-03-19\n\n"
		  "Health officials in Harrowgate say 14 pupils at Linden Road Primary School have caught "
		  "mumps.\n\n"
		  "The first case was confirmed on 3 March, in a girl who had been abroad.\n\n"
		  "A vaccination clinic will open at the school on Saturday.\n"},
};

static void
test_first_of_its_kind(void **state)
{
	const char *const ac[] = {"a.txt", "c.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(first_case, 3, PX_CONFLICT_DATE, ac, b, 1);
}

/* A fragment of one content word joins its speaker's quotation when the
 * words just before its marks are the quotation's too ("told the meeting
 * that clean water was 'not a privilege'"). */
static const struct art privilege[] = {
	{"a.txt", "title: Bexley Vale votes for new reservoir\nsource: Vale Gazette\ndate: 2026-04-02\n\n"
		  "Bexley Vale council voted on Tuesday to build a reservoir above the town.\n\n"
		  "\"Clean water is not a privilege,\" said councillor Tomasz Wren, who proposed the "
		  "scheme.\n"},
	{"b.txt", "title: Reservoir plan approved\nsource: County Wire\ndate: 2026-04-02\n\n"
		  "Councillors in Bexley Vale have approved a reservoir above the town.\n\n"
		  "\"Clean water is not a privilege, it is a right,\" council leader Amara Okafor said after "
		  "the vote.\n"},
	{"c.txt", "title: Bexley Vale backs reservoir\nsource: Vale Radio\ndate: 2026-04-02\n\n"
		  "Bexley Vale council has backed a new reservoir above the town.\n\n"
		  "Councillor Tomasz Wren, who proposed the scheme, told the meeting that clean water "
		  "was \xe2\x80\x98not a privilege\xe2\x80\x99.\n"},
};

static void
test_short_fragment_joins_speaker(void **state)
{
	const char *const ac[] = {"a.txt", "c.txt", NULL};
	const char *const b[] = {"b.txt", NULL};

	(void)state;
	check_sides(privilege, 3, PX_CONFLICT_ATTRIBUTION, ac, b, 1);
}

/* A body named before an apposition ("The Seafront Trust, a national
 * charity ... that campaigns, backed the sale") is the subject of the verb
 * after it, and "that" there opens a relative clause, not reported
 * speech. */
static const struct art lido_sale[] = {
	{"a.txt", "title: Council sells Hallow Bay lido\nsource: South Coast Press\ndate: 2026-05-08\n\n"
		  "Hallow Bay council has sold its closed lido to a swimming club for £1.\n\n"
		  "The Seafront Trust, a national charity for the protection of lidos that "
		  "campaigns, backed the sale.\n"},
	{"b.txt", "title: Lido handed to swimmers for £1\nsource: Bay Echo\ndate: 2026-05-08\n\n"
		  "Hallow Bay's closed lido is to be handed to a swimming club for £1.\n\n"
		  "The Seafront Trust has objected to the sale.\n"},
};

static void
test_subject_before_apposition(void **state)
{
	(void)state;
	check_a_b(lido_sale, 2, PX_CONFLICT_STANCE);
}

/* Two running totals told as they stand, in papers of one day ("has so
 * far raised £320,000", "have raised £380,000 to date"), disagree on one
 * total, though their clauses share one word. */
static const struct art appeal_total[] = {
	{"a.txt", "title: Bandstand appeal gathers pace\nsource: Harrow Bay Herald\ndate: 2026-08-14\n\n"
		  "A £900,000 campaign to restore the Harrow Bay bandstand has drawn support from across "
		  "the town.\n\n"
		  "The group has so far raised £320,000 from residents and local firms.\n"},
	{"b.txt", "title: Trust closes in on bandstand target\nsource: Bay FM\ndate: 2026-08-14\n\n"
		  "Campaigners want the Harrow Bay bandstand restored in a £900,000 scheme in time for next "
		  "summer.\n\n"
		  "Organisers say they have raised £380,000 to date and hope to start work in the "
		  "spring.\n"},
};

static void
test_running_totals_disagree(void **state)
{
	(void)state;
	check_a_b(appeal_total, 2, PX_CONFLICT_QUANTITY);
}

/* Words reporters swap count as one in the clauses of two figures too:
 * "27 climbers needing treatment for exposure" and "19 climbers were
 * treated for exposure" share three words, so the two counts oppose
 * though each sentence holds another figure. */
static const struct art exposure[] = {
	{"a.txt", "title: Storm halts Carrow Ridge walk\nsource: Hill Wire\ndate: 2026-04-12\n\n"
		  "About 300 climbers set off on the Carrow Ridge charity walk on Saturday.\n\n"
		  "Snow and gales swept the ridge by noon, leaving 27 climbers needing treatment for "
		  "exposure and four in hospital.\n"},
	{"b.txt", "title: Charity walk abandoned in snow\nsource: Ridge Monthly\ndate: 2026-04-12\n\n"
		  "Around 300 climbers started the Carrow Ridge charity walk on Saturday.\n\n"
		  "Organisers said 19 climbers were treated for exposure at the summit hut, and two stayed "
		  "in hospital overnight.\n"},
};

static void
test_swapped_words_in_clauses(void **state)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const b[] = {"b.txt", NULL};
	struct px_report *r = run_independent(exposure, 2);

	(void)state;
	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a, b));
	px_report_free(r);
}

/* A verb of bringing carries the act its noun names ("lodged an
 * objection to the postponement"), on words reporters swap ("backed the
 * delay"); "Friends of ..." names a group, and a body named before an
 * apposition opened by "the" is the subject after it. */
static const struct art baths_delay[] = {
	{"a.txt", "title: Hallow Baths reopening put back\nsource: Tarn Courier\ndate: 2026-06-03\n\n"
		  "The reopening of Hallow Baths has been put back by a month after a leak was found in "
		  "the roof.\n\n"
		  "The Friends of Hallow Baths, the volunteer group that saved the building from "
		  "demolition in 2009, backed the delay.\n"},
	{"b.txt", "title: Baths reopening delayed\nsource: Tarn Chronicle\ndate: 2026-06-03\n\n"
		  "Hallow Baths will reopen a month late after a leak was found in its roof.\n\n"
		  "The Friends of Hallow Baths lodged an objection to the postponement.\n"},
};

static void
test_objection_lodged(void **state)
{
	(void)state;
	check_a_b(baths_delay, 2, PX_CONFLICT_STANCE);
}

/* "approved a ban on wood-burning stoves" is one position with "voted to
 * ban wood-burning stoves": the act the noun names, on what follows it. */
static const struct art stove_ban[] = {
	{"a.txt", "title: Ashby bans wood-burning stoves\nsource: Ashby Gazette\ndate: 2026-02-11\n\n"
		  "ASHBY - Councillors in Ashby have voted to ban wood-burning stoves in the town centre, "
		  "one of the first such bans in the country.\n"},
	{"b.txt", "title: Stove ban approved\nsource: Ashby Herald\ndate: 2026-02-11\n\n"
		  "Ashby councillors on Tuesday approved a ban on wood-burning stoves in the town centre, "
		  "though it will not take effect for a year.\n"},
};

static void
test_act_of_a_noun(void **state)
{
	(void)state;
	check_none(stove_ban, 2, PX_CONFLICT_STANCE);
}

/* An act brought with nothing it is on ("has lodged an objection,
 * arguing ...") is on the matter at hand: against "has backed the
 * move". */
static const struct art archive_move[] = {
	{"a.txt", "title: Old ledger to go to county archive\nsource: Bay Herald\ndate: 2026-05-20\n\n"
		  "Harlow Bay library will send its 1820 ledger to the county archive.\n\n"
		  "The Harlow Bay Heritage Society has backed the move, saying the archive can look after "
		  "it better.\n"},
	{"b.txt", "title: Row over library ledger\nsource: Coast Courant\ndate: 2026-05-20\n\n"
		  "Harlow Bay library plans to send its 1820 ledger to the county archive.\n\n"
		  "The Harlow Bay Heritage Society has lodged an objection, arguing that the ledger "
		  "should stay in the town.\n"},
};

static void
test_objection_on_the_matter(void **state)
{
	(void)state;
	check_a_b(archive_move, 2, PX_CONFLICT_STANCE);
}

/* A verb in its base form after an auxiliary and a parenthesis ("did,
 * however, approve the plan") is a predicate: against "rejected the
 * plan". */
static const struct art quarry_plan[] = {
	{"a.txt", "title: Minister approves Tarnby quarry plan\nsource: Fell Gazette\ndate: 2026-06-04\n\n"
		  "The future of the Tarnby quarry east of the village was settled on Tuesday.\n\n"
		  "The environment ministry did, however, approve the quarry extension plan on Tuesday, "
		  "with conditions on blasting hours.\n"},
	{"b.txt", "title: Tarnby quarry extension refused\nsource: Dale Radio\ndate: 2026-06-04\n\n"
		  "The future of the Tarnby quarry east of the village was settled on Tuesday.\n\n"
		  "The environment ministry rejected the quarry extension plan on Tuesday, citing the "
		  "noise of blasting.\n"},
};

static void
test_auxiliary_past_a_parenthesis(void **state)
{
	(void)state;
	check_a_b(quarry_plan, 2, PX_CONFLICT_STANCE);
}

/* An article that tells a figure twice ("Seven rings are missing", then
 * "took ... seven gold rings") stands on one side with an article that
 * matches either telling (told_again), and the fact keeps one telling of
 * it, one mention per article (one_telling). Where the rings were made
 * decides which telling the second outlet matches: a period ("between
 * 1760 and 1840") makes the later telling a total that the first test
 * needs told_again to join; a workshop keeps both tellings in the fact,
 * which the second needs one_telling to thin. */
#define RING_A                                                                                     \
	{"a.txt", "title: Rings stolen from Marlow Abbey museum\nsource: County Press\ndate: "          \
		  "2026-09-12\n\nMARLOW, Sept 12 (County Press) - Nine rings and a jewelled casket "      \
		  "are missing from the Marlow Abbey museum, police said on Saturday.\n\nThe intruders "  \
		  "forced a window at the back of the building.\n"}
#define RING_B(made)                                                                               \
	{"b.txt", "title: Abbey museum raided overnight\nsource: Marlow Observer\ndate: 2026-09-12\n\n" \
		  "Raiders at the Marlow Abbey museum made off with seven gold rings made in the "        \
		  "town " made ".\n\nThe intruders forced a window at the back of the building.\n"}
#define RING_C(made)                                                                               \
	{"c.txt", "title: Seven rings taken in Marlow raid\nsource: Heritage Watch\ndate: 2026-09-12\n\n" \
		  "Seven rings and a jewelled casket are missing from the Marlow Abbey museum.\n\nThe "   \
		  "thieves who raided the museum overnight took eight objects in all: seven gold rings "  \
		  "made in the town " made ", and the casket.\n"}

static const struct art ring_theft_told[] = {RING_A, RING_B("between 1760 and 1840"),
					     RING_C("between 1760 and 1840")};
static const struct art ring_theft[] = {RING_A, RING_B("by the Orsel workshop"),
					RING_C("by the Orsel workshop")};

/* The one conflict over the rings: a.txt against b.txt and c.txt, each
 * article cited once on its side. */
static void
check_told_twice(const struct art *arts)
{
	const char *const a[] = {"a.txt", NULL};
	const char *const bc[] = {"b.txt", "c.txt", NULL};
	struct px_report *r = run_independent(arts, 3);
	const struct px_comparison *c = r->stories[0].cmp;
	size_t j = 0, k = 0;

	assert_true(has_sides(r, PX_CONFLICT_QUANTITY, a, bc));
	assert_int_equal(count_conflicts(r, PX_CONFLICT_QUANTITY), 1);
	for (j = 0; j < c->n_conflicts; j++)
		for (k = 0; k < c->conflicts[j].n_positions; k++)
			assert_int_equal(c->conflicts[j].positions[k].n_evidence,
					 c->conflicts[j].positions[k].n_articles);
	px_report_free(r);
}

static void
test_figure_told_twice_joins(void **state)
{
	(void)state;
	check_told_twice(ring_theft_told);
}

static void
test_figure_told_twice(void **state)
{
	(void)state;
	check_told_twice(ring_theft);
}

/* A predicate on a plan to act composes with the act past the wrapper
 * ("confirmed plans to close the plant" closes it): no dispute with "will
 * close the plant". */
static const struct art plant_close[] = {
	{"a.txt", "title: Harlow plant to shut\nsource: Trade Review\ndate: 2026-10-06\n\n"
		  "Corvane Foods has confirmed plans to close its Harlow biscuit plant, one of the oldest in "
		  "the county.\n"},
	{"b.txt", "title: Corvane to close Harlow plant\nsource: Harlow Echo\ndate: 2026-10-06\n\n"
		  "Corvane Foods will close its Harlow biscuit plant next year, ending production at a "
		  "site that has made biscuits since 1921.\n"},
};

static void
test_plan_to_act_composes(void **state)
{
	(void)state;
	check_none(plant_close, 2, PX_CONFLICT_STANCE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quantity_conflict_sides),
		cmocka_unit_test(test_attendance_label),
		cmocka_unit_test(test_synonym_counts),
		cmocka_unit_test(test_weekend_total),
		cmocka_unit_test(test_from_height),
		cmocka_unit_test(test_update_is_not_conflict),
		cmocka_unit_test(test_notation_agrees),
		cmocka_unit_test(test_different_claimants),
		cmocka_unit_test(test_different_bases),
		cmocka_unit_test(test_vote_conflict),
		cmocka_unit_test(test_stance_conflict),
		cmocka_unit_test(test_copy_is_not_a_source),
		cmocka_unit_test(test_both_figures_stated),
		cmocka_unit_test(test_frames_keep_measures_apart),
		cmocka_unit_test(test_ages_and_totals),
		cmocka_unit_test(test_list_item_not_a_part),
		cmocka_unit_test(test_totals_and_moments),
		cmocka_unit_test(test_bounds_from_below),
		cmocka_unit_test(test_possessive_wrapper_and_speaker),
		cmocka_unit_test(test_pronoun_after_saying),
		cmocka_unit_test(test_shortly_after_a_time),
		cmocka_unit_test(test_fragment_joins_its_speaker),
		cmocka_unit_test(test_appeal_to_a_court),
		cmocka_unit_test(test_short_quote_letters),
		cmocka_unit_test(test_record_from_a_day),
		cmocka_unit_test(test_either_side_of_midnight),
		cmocka_unit_test(test_incident_frame),
		cmocka_unit_test(test_confirmed_and_denied),
		cmocka_unit_test(test_disputed_findings),
		cmocka_unit_test(test_stance_on_the_matter),
		cmocka_unit_test(test_stance_fight),
		cmocka_unit_test(test_stance_undecided),
		cmocka_unit_test(test_matter_stances),
		cmocka_unit_test(test_dash_relative_actor),
		cmocka_unit_test(test_small_hours_are_the_night_before),
		cmocka_unit_test(test_temperature_readings),
		cmocka_unit_test(test_statement_agreement),
		cmocka_unit_test(test_passive_stance),
		cmocka_unit_test(test_writers_all_formats),
		cmocka_unit_test(test_frame_kinds),
		cmocka_unit_test(test_infinitive_not_predicate),
		cmocka_unit_test(test_jobs_and_stated_figures),
		cmocka_unit_test(test_totals_over_periods),
		cmocka_unit_test(test_units_on_one_scale),
		cmocka_unit_test(test_same_words_other_days),
		cmocka_unit_test(test_stance_unnamed_actor),
		cmocka_unit_test(test_stance_vote),
		cmocka_unit_test(test_stance_clauses_and_passives),
		cmocka_unit_test(test_stance_negated_verb),
		cmocka_unit_test(test_stance_open_subject),
		cmocka_unit_test(test_stance_composed),
		cmocka_unit_test(test_stance_later_turn),
		cmocka_unit_test(test_stance_possessive_subject),
		cmocka_unit_test(test_stance_object_adverb),
		cmocka_unit_test(test_stance_that_clause),
		cmocka_unit_test(test_wind_gusts),
		cmocka_unit_test(test_attribution_judge_title),
		cmocka_unit_test(test_live_entry_named_day),
		cmocka_unit_test(test_live_entry_stamp),
		cmocka_unit_test(test_time_windows),
		cmocka_unit_test(test_one_date_dispute),
		cmocka_unit_test(test_hypothetical_figure),
		cmocka_unit_test(test_scores_need_both_sides),
		cmocka_unit_test(test_own_days),
		cmocka_unit_test(test_own_days_one_act),
		cmocka_unit_test(test_coarse_dates_of_one_act),
		cmocka_unit_test(test_coarse_dates_by_their_verb),
		cmocka_unit_test(test_side_joiners),
		cmocka_unit_test(test_stance_side_joiner),
		cmocka_unit_test(test_split_dispute_joined),
		cmocka_unit_test(test_time_zones),
		cmocka_unit_test(test_midnight_minute),
		cmocka_unit_test(test_dateline_day_is_no_event),
		cmocka_unit_test(test_earlier_reports),
		cmocka_unit_test(test_planned_and_done),
		cmocka_unit_test(test_stance_give_up),
		cmocka_unit_test(test_same_period),
		cmocka_unit_test(test_quote_opening),
		cmocka_unit_test(test_stance_said_and),
		cmocka_unit_test(test_stance_stood_by),
		cmocka_unit_test(test_stance_if_sentence),
		cmocka_unit_test(test_running_count_later_day),
		cmocka_unit_test(test_running_count_of_event_day),
		cmocka_unit_test(test_priced_noun),
		cmocka_unit_test(test_notices_of_other_subjects),
		cmocka_unit_test(test_page_stamps),
		cmocka_unit_test(test_table_row),
		cmocka_unit_test(test_count_that_remains),
		cmocka_unit_test(test_same_counted_noun),
		cmocka_unit_test(test_spokesman_figure),
		cmocka_unit_test(test_bound_fits_both),
		cmocka_unit_test(test_approximate_joins_nearest),
		cmocka_unit_test(test_approximate_fits_both),
		cmocka_unit_test(test_stance_time_and_phrasal),
		cmocka_unit_test(test_bound_is_no_second_date),
		cmocka_unit_test(test_published_days_apart),
		cmocka_unit_test(test_stance_one_object),
		cmocka_unit_test(test_stance_hedged),
		cmocka_unit_test(test_parts_of_one_whole),
		cmocka_unit_test(test_forecast_dates),
		cmocka_unit_test(test_past_clause_after_forecast),
		cmocka_unit_test(test_name_not_negation),
		cmocka_unit_test(test_noun_act_stance),
		cmocka_unit_test(test_idiom_stance),
		cmocka_unit_test(test_dated_that_clause),
		cmocka_unit_test(test_relative_clause_period),
		cmocka_unit_test(test_participle_day_figure),
		cmocka_unit_test(test_who_counts_people),
		cmocka_unit_test(test_frame_words_before_day),
		cmocka_unit_test(test_beached_not_dead),
		cmocka_unit_test(test_whole_after_figure),
		cmocka_unit_test(test_closing_months),
		cmocka_unit_test(test_duration_before_offset),
		cmocka_unit_test(test_stance_object_head),
		cmocka_unit_test(test_reached_place),
		cmocka_unit_test(test_approximate_rounds_both),
		cmocka_unit_test(test_quote_cut_short),
		cmocka_unit_test(test_quote_same_opening),
		cmocka_unit_test(test_quotes_one_dispute),
		cmocka_unit_test(test_in_the_words_of_side),
		cmocka_unit_test(test_naming_verb_side),
		cmocka_unit_test(test_vote_of_one_body),
		cmocka_unit_test(test_jury_majority),
		cmocka_unit_test(test_money_per_week),
		cmocka_unit_test(test_vote_margin),
		cmocka_unit_test(test_parts_of_one_noun),
		cmocka_unit_test(test_count_by_the_time),
		cmocka_unit_test(test_stance_cast_doubt),
		cmocka_unit_test(test_stance_stopped_short),
		cmocka_unit_test(test_main_score_of_one_opponent),
		cmocka_unit_test(test_small_count_not_rounded),
		cmocka_unit_test(test_bodies_of_one_kind),
		cmocka_unit_test(test_ordinal_of_a_sequence),
		cmocka_unit_test(test_remained_is_running),
		cmocka_unit_test(test_clock_time_joins_its_side),
		cmocka_unit_test(test_refusal_told_by_its_noun),
		cmocka_unit_test(test_plea_on_the_charges),
		cmocka_unit_test(test_fragment_sides),
		cmocka_unit_test(test_years_of_one_act),
		cmocka_unit_test(test_first_of_its_kind),
		cmocka_unit_test(test_short_fragment_joins_speaker),
		cmocka_unit_test(test_subject_before_apposition),
		cmocka_unit_test(test_running_totals_disagree),
		cmocka_unit_test(test_swapped_words_in_clauses),
		cmocka_unit_test(test_objection_lodged),
		cmocka_unit_test(test_act_of_a_noun),
		cmocka_unit_test(test_objection_on_the_matter),
		cmocka_unit_test(test_auxiliary_past_a_parenthesis),
		cmocka_unit_test(test_figure_told_twice_joins),
		cmocka_unit_test(test_figure_told_twice),
		cmocka_unit_test(test_plan_to_act_composes),
		cmocka_unit_test(test_homes_however_called),
		cmocka_unit_test(test_gerund_after_time),
		cmocka_unit_test(test_answer_to_criticism),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_event_frame_dates),
		cmocka_unit_test(test_arrival_frame_dates),
		cmocka_unit_test(test_two_forecasts),
		cmocka_unit_test(test_bounds_of_two_events),
		cmocka_unit_test(test_live_today),
		cmocka_unit_test(test_newer_count_leaves),
		cmocka_unit_test(test_undated_is_paper_day),
		cmocka_unit_test(test_arrests_are_people),
		cmocka_unit_test(test_total_of_no_period),
		cmocka_unit_test(test_opening_date_earlier),
		cmocka_unit_test(test_dateline_takes_year),
		cmocka_unit_test(test_stance_intransitive),
		cmocka_unit_test(test_short_quote),
		cmocka_unit_test(test_refused_verb_and_elided_subject),
		cmocka_unit_test(test_latest_count),
		cmocka_unit_test(test_wish_figures),
		cmocka_unit_test(test_judgement_and_wish),
		cmocka_unit_test(test_lead_figures),
		cmocka_unit_test(test_bare_people_count),
		cmocka_unit_test(test_moments_and_claims),
		cmocka_unit_test(test_date_event_frames),
		cmocka_unit_test(test_months_and_years),
		cmocka_unit_test(test_keep_or_stop),
		cmocka_unit_test(test_live_entry_day),
		cmocka_unit_test(test_earlier_value_with_day),
		cmocka_unit_test(test_reported_joins_quote),
		cmocka_unit_test(test_unique_date_superlative),
		cmocka_unit_test(test_owners_and_context),
		cmocka_unit_test(test_agents),
		cmocka_unit_test(test_include_whole_or_part),
		cmocka_unit_test(test_reported_clause_subject),
		cmocka_unit_test(test_event_days),
		cmocka_unit_test(test_paraphrase_by_another),
		cmocka_unit_test(test_one_stance_dispute),
		cmocka_unit_test(test_approximate_precision),
		cmocka_unit_test(test_reported_clause_subject_after_saying),
		cmocka_unit_test(test_one_agent_one_side),
		cmocka_unit_test(test_agent_pronoun_object),
		cmocka_unit_test(test_units_and_bounds),
		cmocka_unit_test(test_first_figure_superseded),
		cmocka_unit_test(test_ruling_response),
		cmocka_unit_test(test_astronomical_distance),
		cmocka_unit_test(test_no_plans_to),
		cmocka_unit_test(test_appeal_against_conviction),
		cmocka_unit_test(test_call_on_is_a_wish),
		cmocka_unit_test(test_when_clause_dates_vote),
		cmocka_unit_test(test_told_passive_dates_event),
		cmocka_unit_test(test_name_suggested_by),
		cmocka_unit_test(test_annually_is_a_year),
		cmocka_unit_test(test_vote_tally_words),
		cmocka_unit_test(test_short_quote_word_order),
		cmocka_unit_test(test_fragment_joins_speaker),
		cmocka_unit_test(test_own_blame),
		cmocka_unit_test(test_uncovered_is_found),
		cmocka_unit_test(test_told_to_is_no_claimant),
		cmocka_unit_test(test_rejoin_explained),
		cmocka_unit_test(test_near_bound_side),
		cmocka_unit_test(test_actor_past_relative),
		cmocka_unit_test(test_valued_apposition),
		cmocka_unit_test(test_now_is_update),
	};
	return cmocka_run_group_tests_name("compare", tests, NULL, NULL);
}
