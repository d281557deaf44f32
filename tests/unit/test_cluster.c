/*
 * Unit tests of src/lib/cluster: the streaming clusterer on fictional wire
 * stories. Checks that reports of one event join, that two events of the
 * same kind on the same day in different cities split, that two events of
 * different kinds in the same town on the same day split, that the first
 * article of a story has similarity 1.0 and story ids count up from 0, that
 * results never depend on later articles, the time window, --explain terms,
 * prepare/add_doc and add_parsed equivalence, option errors and allocation
 * failure.
 */
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

#define DAY 86400
#define T0 1709596800 /* 2024-03-05 */

struct doc {
	const char *id;
	const char *title;
	const char *text;
	int64_t time;
};

static const struct doc docs[] = {
	{"kelby-1", "Flooding forces hundreds from homes in Kelby",
	 "KELBY - The Marrow River burst its banks in Kelby on Tuesday after two days of "
	 "heavy rain, forcing about 400 residents from their homes, Mayor Tobias Wren said. "
	 "Rescue crews used boats to reach families on Linden Street, where water stood "
	 "waist deep by noon. The county opened a shelter at the Kelby fairgrounds. Wren said "
	 "no one had been hurt but warned that the river would crest again overnight.",
	 T0},
	{"kelby-2", "Marrow River floods Kelby; shelter opens at fairgrounds",
	 "Residents of Linden Street in Kelby were taken out by boat on Tuesday as the Marrow "
	 "River rose over its banks. Mayor Tobias Wren put the number of people evacuated at "
	 "roughly 400 and said the fairgrounds shelter had room for more. Forecasters expect "
	 "the Marrow to crest overnight before falling on Wednesday.",
	 T0 + 3600},
	{"pellam-1", "Flooding in Pellam cuts off highway, strands drivers",
	 "PELLAM - Floodwater from Brisk Creek covered Highway 40 east of Pellam on Tuesday, "
	 "stranding dozens of drivers for hours, state police said. Captain Irene Solano said "
	 "troopers pulled 23 people from cars near the Ashgrove exit. Pellam schools will stay "
	 "closed on Wednesday while road crews check two bridges over the creek.",
	 T0 + 7200},
	{"kelby-3", "Kelby mayor: river will crest tonight",
	 "Kelby Mayor Tobias Wren urged residents near the Marrow River to stay away from "
	 "Linden Street on Tuesday evening, saying the river would crest again overnight. "
	 "About 400 people have left their homes and many are staying at the fairgrounds "
	 "shelter, he said.",
	 T0 + 10800},
	{"pellam-2", "Troopers rescue 23 drivers as Brisk Creek floods Highway 40",
	 "State troopers rescued 23 people from cars trapped by Brisk Creek floodwater on "
	 "Highway 40 near Pellam, Captain Irene Solano said Tuesday. Two bridges near the "
	 "Ashgrove exit will be inspected before the highway reopens, and Pellam schools are "
	 "closed Wednesday.",
	 T0 + 14400},
	{"budget", "Council adopts Harwick city budget with no tax increase",
	 "The Harwick City Council adopted a $212 million budget on Tuesday night that holds "
	 "property taxes flat for a third year. Council President Amara Okafor said the plan "
	 "adds eight police officers and funds repairs at the Dunlop Street library.",
	 T0 + 18000},
};

static const size_t n_docs = sizeof(docs) / sizeof(docs[0]);

static void
fill(struct px_article *a, const struct doc *d)
{
	memset(a, 0, sizeof(*a));
	a->id = (char *)d->id;
	a->title = (char *)d->title;
	a->title_len = strlen(d->title);
	a->text = (char *)d->text;
	a->text_len = strlen(d->text);
	a->time = d->time;
}

static void
run(struct px_clusterer *c, size_t n, size_t *story, double *sim)
{
	size_t i = 0;

	for (i = 0; i < n; i++) {
		struct px_article a;
		struct px_cluster_result r;
		fill(&a, &docs[i]);
		assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
		assert_int_equal(r.index, i);
		story[i] = r.story;
		sim[i] = r.similarity;
		assert_true(r.similarity >= 0 && r.similarity <= 1);
		if (r.is_new)
			assert_true(r.similarity == 1.0);
	}
}

static void
test_same_kind_split(void **state)
{
	struct px_clusterer *c = NULL;
	size_t story[8];
	double sim[8];

	(void)state;
	assert_int_equal(px_clusterer_new(NULL, &c), PX_OK);
	run(c, n_docs, story, sim);
	/* Two floods on the same day in two towns are two stories. */
	assert_int_equal(story[0], 0);
	assert_int_equal(story[1], 0);
	assert_int_equal(story[2], 1);
	assert_int_equal(story[3], 0);
	assert_int_equal(story[4], 1);
	assert_int_equal(story[5], 2);
	assert_true(sim[0] == 1.0 && sim[2] == 1.0 && sim[5] == 1.0);
	assert_true(sim[1] < 1.0);
	assert_int_equal(px_clusterer_story_count(c), 3);
	assert_int_equal(px_clusterer_article_count(c), n_docs);
	assert_true(px_clusterer_memory(c) > 0);
	px_clusterer_free(c);
}

/*
 * One town, one day, two events: a barge hits a bridge, and a company
 * announces a bakery. The bakery report names the town ("in Brackwater")
 * and mentions the accident in passing; the town carries most of its
 * similarity to the bridge story, which is not one event.
 */
static const struct doc town_docs[] = {
	{"bridge-1", "Barge strikes Ostby Bridge in Brackwater, span closed",
	 "BRACKWATER - A grain barge struck the Ostby Bridge in Brackwater early on Tuesday, "
	 "damaging a pier and forcing engineers to close the span to all traffic, the county "
	 "roads department said. No one was hurt. The barge, operated by Keller River Freight, "
	 "lost power in a strong current, the department said. Inspectors will dive around the "
	 "damaged pier on Wednesday, and the bridge will stay closed for at least a week. About "
	 "18,000 vehicles cross it each day.",
	 T0},
	{"bridge-2", "Ostby Bridge closed for a week after barge collision",
	 "Drivers in Brackwater face long detours after a barge hit the Ostby Bridge on Tuesday "
	 "morning. County engineer Priya Nandal said the collision cracked a concrete pier and "
	 "that divers would inspect it on Wednesday. Keller River Freight said its barge had "
	 "lost engine power in the current. The bridge carries about 18,000 vehicles a day and "
	 "will remain closed for at least a week.",
	 T0 + 3 * 3600},
	{"bridge-3", "Brackwater commuters rerouted as damaged bridge stays shut",
	 "Commuters in Brackwater were sent on a 12-mile detour on Tuesday after a barge struck "
	 "the Ostby Bridge and damaged one of its piers. Priya Nandal, the county engineer, said "
	 "divers would examine the pier on Wednesday. Keller River Freight, which runs the barge, "
	 "said the vessel had lost power in the current.",
	 T0 + 7 * 3600},
	{"bakery", "Halden Foods to build bakery in Brackwater, hiring 140",
	 "Halden Foods will build a $60 million bakery on the former rail yard in Brackwater, "
	 "creating about 140 jobs, chief executive Marta Sundqvist said on Tuesday. The plant "
	 "will bake bread and rolls for grocery chains in three states and should open in the "
	 "autumn of 2025. Halden chose Brackwater over sites in two other states because of its "
	 "workforce and rail links, Sundqvist said. The city council still has to approve a tax "
	 "break for the project. Halden, founded in 1962, runs four bakeries in the region. It "
	 "was the second big news in Brackwater on Tuesday, after a barge accident closed one of "
	 "the bridges in the city.",
	 T0 + 8 * 3600},
};

static void
test_same_place_split(void **state)
{
	struct px_clusterer *c = NULL;
	size_t i = 0, story[4];

	(void)state;
	assert_int_equal(px_clusterer_new(NULL, &c), PX_OK);
	for (i = 0; i < 4; i++) {
		struct px_article a;
		struct px_cluster_result r;
		fill(&a, &town_docs[i]);
		assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
		story[i] = r.story;
	}
	/* The bridge reports join even though they name the town too. */
	assert_int_equal(story[0], 0);
	assert_int_equal(story[1], 0);
	assert_int_equal(story[2], 0);
	/* The bakery shares the town and a passing mention: its own story. */
	assert_int_equal(story[3], 1);
	assert_int_equal(px_clusterer_story_count(c), 2);
	px_clusterer_free(c);
}

/*
 * One city, one day, two events, written like wire copy: a bus drivers'
 * strike told with a dateline ("TERVIK, Norland (NWS) -") and by the local
 * paper ("in Tervik"), then a museum closing two branches after a budget
 * cut. The museum report never writes the city after a locative ("Tervik's
 * city museum", "the City of Tervik") and mentions the strike in passing;
 * the city's name in its headline, body and names, the weekday and a few
 * generic words (staff, union, city) are all it shares with the strike.
 */
static const struct doc city_docs[] = {
	{"bus-1", "Bus drivers strike halts Tervik city transport",
	 "TERVIK, Norland (NWS) \xe2\x80\x94 Bus and tram drivers walked out in Tervik on "
	 "Tuesday after pay talks with the transit operator Metrolinja broke down overnight, "
	 "leaving about 180,000 daily passengers without a ride. The Norland Drivers' Union "
	 "called out 1,200 members for 24 hours and is demanding a rise of 6 percent; "
	 "Metrolinja has offered 3.8 percent. Only two of the 46 bus routes ran, with managers "
	 "at the wheel. \"Our drivers have not had a real rise in four years,\" union leader "
	 "Sigrun Dahle said outside the Vestby depot.",
	 T0 + 3600},
	{"bus-2", "Tervik commuters walk and cycle as drivers strike",
	 "Commuters in Tervik queued for taxis and bicycles on Tuesday as 1,200 bus and tram "
	 "drivers stayed off work in a pay dispute with Metrolinja. Drivers' union leader "
	 "Sigrun Dahle told strikers at the Vestby depot that the union would not accept less "
	 "than 6 percent. Metrolinja said its 3.8 percent offer was fair and that mediators "
	 "would call both sides back on Thursday. Schools in Tervik reported many pupils late.",
	 T0 + 5 * 3600},
	{"museum", "Tervik's city museum to close two branches after budget cut",
	 "The Tervik City Museum will close two of its five branches and cut 35 staff posts "
	 "after the city council reduced its grant by 12 percent, director Helga Moen told "
	 "staff on Tuesday. The maritime branch and the school museum will shut at the end of "
	 "June, and their collections will move to storage. The cut, worth 9 million crowns a "
	 "year, is part of the City of Tervik's savings plan. The staff union said it would "
	 "ask the council to reverse the decision. Moen said that visitor numbers had risen "
	 "every year since 2019. Tuesday's bus strike in the city kept many of the museum's "
	 "staff at home.",
	 T0 + 7 * 3600},
};

static void
test_same_city_split(void **state)
{
	struct px_clusterer *c = NULL;
	size_t i = 0, story[3];

	(void)state;
	assert_int_equal(px_clusterer_new(NULL, &c), PX_OK);
	for (i = 0; i < 3; i++) {
		struct px_article a;
		struct px_cluster_result r;
		fill(&a, &city_docs[i]);
		assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
		story[i] = r.story;
	}
	/* The two strike reports are one story. */
	assert_int_equal(story[0], 0);
	assert_int_equal(story[1], 0);
	/* The museum shares the city, the day and a passing mention: the
	 * strike reports wrote the city as a place, so it is a place for the
	 * museum report too, and the rest does not make one event. */
	assert_int_equal(story[2], 1);
	assert_int_equal(px_clusterer_story_count(c), 2);
	px_clusterer_free(c);
}

static void
test_prefix_independent(void **state)
{
	struct px_clusterer *a = NULL, *b = NULL;
	size_t sa[8], sb[8], i = 0;
	double xa[8], xb[8];

	(void)state;
	/* The first N results are the same whatever follows. */
	assert_int_equal(px_clusterer_new(NULL, &a), PX_OK);
	assert_int_equal(px_clusterer_new(NULL, &b), PX_OK);
	run(a, 3, sa, xa);
	run(b, n_docs, sb, xb);
	for (i = 0; i < 3; i++) {
		assert_int_equal(sa[i], sb[i]);
		assert_true(xa[i] == xb[i]);
	}
	px_clusterer_free(a);
	px_clusterer_free(b);
}

static void
test_window(void **state)
{
	struct px_cluster_opts o;
	struct px_clusterer *c = NULL;
	struct px_article a;
	struct px_cluster_result r;

	(void)state;
	px_cluster_opts_init(&o);
	o.window_days = 2;
	assert_int_equal(px_clusterer_new(&o, &c), PX_OK);
	fill(&a, &docs[0]);
	assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
	/* The same report a month later cannot join the closed story. */
	fill(&a, &docs[1]);
	a.time = T0 + 30 * DAY;
	assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
	assert_true(r.is_new);
	assert_int_equal(r.story, 1);
	/* Undated articles do not move the clock and may join. */
	fill(&a, &docs[3]);
	a.time = INT64_MIN;
	assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
	assert_int_equal(r.story, 1);
	px_clusterer_free(c);
}

static void
test_explain(void **state)
{
	struct px_cluster_opts o;
	struct px_clusterer *c = NULL;
	struct px_article a;
	struct px_cluster_result r;
	size_t i = 0;
	int wren = 0, marrow = 0;

	(void)state;
	px_cluster_opts_init(&o);
	o.explain = 1;
	assert_int_equal(px_clusterer_new(&o, &c), PX_OK);
	fill(&a, &docs[0]);
	assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
	assert_int_equal(r.n_terms, 0);
	fill(&a, &docs[1]);
	assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
	assert_false(r.is_new);
	assert_true(r.n_terms > 0 && r.n_terms <= PX_CLUSTER_EXPLAIN_MAX);
	assert_true(r.n_entities > 0 && r.n_entities <= PX_CLUSTER_EXPLAIN_MAX);
	assert_true(r.cos_body > 0 && r.cos_entity > 0);
	for (i = 0; i < r.n_entities; i++)
		wren |= strcmp(r.entities[i], "wren") == 0;
	for (i = 0; i < r.n_terms; i++)
		marrow |= strcmp(r.terms[i], "marrow") == 0;
	assert_true(wren);
	assert_true(marrow);
	px_clusterer_free(c);
}

static void
test_two_step(void **state)
{
	struct px_clusterer *a = NULL, *b = NULL;
	size_t i = 0;

	(void)state;
	assert_int_equal(px_clusterer_new(NULL, &a), PX_OK);
	assert_int_equal(px_clusterer_new(NULL, &b), PX_OK);
	for (i = 0; i < n_docs; i++) {
		struct px_article art;
		struct px_cluster_result ra, rb;
		struct px_cluster_doc *d = NULL;
		fill(&art, &docs[i]);
		assert_int_equal(px_clusterer_add(a, &art, &ra), PX_OK);
		assert_int_equal(px_clusterer_prepare(b, &art, &d), PX_OK);
		assert_int_equal(px_clusterer_add_doc(b, d, &rb), PX_OK);
		assert_int_equal(ra.story, rb.story);
		assert_true(ra.similarity == rb.similarity);
	}
	px_cluster_doc_free(NULL);
	px_clusterer_free(a);
	px_clusterer_free(b);
}

static void
test_add_parsed(void **state)
{
	struct px_clusterer *a = NULL, *b = NULL;
	struct px_stemmer *stem = NULL;
	size_t i = 0;

	(void)state;
	/* Fields segmented by the caller give the same stories and
	 * similarities as px_clusterer_add; a NULL field is parsed inside. */
	assert_int_equal(px_clusterer_new(NULL, &a), PX_OK);
	assert_int_equal(px_clusterer_new(NULL, &b), PX_OK);
	assert_int_equal(px_stemmer_new("en", &stem), PX_OK);
	for (i = 0; i < n_docs; i++) {
		struct px_article art;
		struct px_cluster_result ra, rb;
		struct px_doc title, text;
		unsigned fl = PX_DOC_TOKENS | PX_DOC_STEMS;
		fill(&art, &docs[i]);
		assert_int_equal(px_doc_parse(&title, art.title, art.title_len, fl, stem), PX_OK);
		assert_int_equal(px_doc_parse(&text, art.text, art.text_len, fl, stem), PX_OK);
		assert_int_equal(px_clusterer_add(a, &art, &ra), PX_OK);
		assert_int_equal(px_clusterer_add_parsed(b, &art, i == 2 ? NULL : &title, &text, &rb),
				 PX_OK);
		assert_int_equal(ra.story, rb.story);
		assert_int_equal(ra.is_new, rb.is_new);
		assert_true(ra.similarity == rb.similarity);
		px_doc_release(&title);
		px_doc_release(&text);
	}
	assert_int_equal(px_clusterer_story_count(b), 3);
	px_stemmer_free(stem);
	px_clusterer_free(a);
	px_clusterer_free(b);
}

static void
test_options(void **state)
{
	struct px_cluster_opts o;
	struct px_clusterer *c = NULL;
	struct px_article a;
	struct px_cluster_result r;

	(void)state;
	px_cluster_opts_init(&o);
	o.threshold = 1.5;
	assert_int_equal(px_clusterer_new(&o, &c), PX_EINVAL);
	assert_null(c);
	px_cluster_opts_init(&o);
	o.window_days = 0;
	assert_int_equal(px_clusterer_new(&o, &c), PX_EINVAL);
	px_cluster_opts_init(&o);
	o.idf = "no-such-table.txt";
	assert_int_equal(px_clusterer_new(&o, &c), PX_ENOTFOUND);
	/* Without a background table the input's own statistics serve. */
	o.idf = "";
	assert_int_equal(px_clusterer_new(&o, &c), PX_OK);
	fill(&a, &docs[0]);
	assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
	/* An empty article starts its own story. */
	memset(&a, 0, sizeof(a));
	a.id = "empty";
	a.text = "";
	a.time = INT64_MIN;
	assert_int_equal(px_clusterer_add(c, &a, &r), PX_OK);
	assert_true(r.is_new);
	assert_int_equal(r.story, 1);
	px_clusterer_free(c);
	px_clusterer_free(NULL);
}

static void
test_alloc_failure(void **state)
{
	struct px_allocator al = {failing_alloc, failing_realloc, plain_free, NULL};
	int ok = 0;

	(void)state;
	px_set_allocator(&al);
	for (fail_at = 1; fail_at < 100000 && !ok; fail_at += 1 + fail_at / 50) {
		struct px_clusterer *c = NULL;
		px_status st = PX_OK;
		size_t i = 0;
		alloc_count = 0;
		st = px_clusterer_new(NULL, &c);
		for (i = 0; i < n_docs && st == PX_OK; i++) {
			struct px_article a;
			struct px_cluster_result r;
			fill(&a, &docs[i]);
			st = px_clusterer_add(c, &a, &r);
		}
		assert_true(st == PX_OK || st == PX_ENOMEM);
		if (st == PX_OK && alloc_count < fail_at)
			ok = 1;
		px_clusterer_free(c);
	}
	px_set_allocator(NULL);
	assert_true(ok);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_kind_split),
		cmocka_unit_test(test_same_place_split),
		cmocka_unit_test(test_same_city_split),
		cmocka_unit_test(test_prefix_independent),
		cmocka_unit_test(test_window),
		cmocka_unit_test(test_explain),
		cmocka_unit_test(test_two_step),
		cmocka_unit_test(test_add_parsed),
		cmocka_unit_test(test_options),
		cmocka_unit_test(test_alloc_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
