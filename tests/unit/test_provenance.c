/*
 * Unit tests of src/lib/compare/provenance.c: origins of sentences from
 * attribution cues (outlet reports, relay verbs, documents, statements,
 * anonymous sources, wire credits), speech subjects, quotations going on,
 * the article's own outlet, the priority of cue over speaker over subject,
 * name keys, and allocation failure at every step.
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
	/* "told reporters" names no outlet: the speaker is the source. */
	assert_string_equal(describe(o, 4, buf, sizeof buf), "person:Minister Varga");
	assert_string_equal(describe(o, 5, buf, sizeof buf), "document:letter");
	assert_string_equal(describe(o, 6, buf, sizeof buf), "anonymous:anonymous sources");
	assert_string_equal(describe(o, 7, buf, sizeof buf), "anonymous:anonymous sources");
	assert_string_equal(describe(o, 8, buf, sizeof buf), "outlet:The Norland Post");
	assert_string_equal(describe(o, 9, buf, sizeof buf), "outlet:Nordwire");
	/* Police are no outlet: they speak as an organisation. */
	assert_string_equal(describe(o, 10, buf, sizeof buf), "organisation:Police");
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

/* The origins of each body sentence of text, "kind:name" joined by "|". */
static void
expect_all(const struct px_attributor *a, const char *text, const char *own, const char *want)
{
	struct px_doc doc;
	struct px_origins *o = NULL;
	char buf[128], got[1024];
	size_t i;

	o = origins_of(a, text, NULL, 0, &doc);
	assert_int_equal(px_origins_set_own(o, own), PX_OK);
	got[0] = '\0';
	for (i = 0; i < doc.n_sents; i++) {
		if (i)
			strcat(got, "|");
		strcat(got, describe(o, i, buf, sizeof buf));
	}
	assert_string_equal(got, want);
	px_origins_free(o);
	px_doc_release(&doc);
}

static void
test_speech_subjects(void **state)
{
	struct px_attributor *a = NULL;

	(void)state;
	assert_int_equal(px_attributor_new(&a), PX_OK);
	/* Organisations, unnamed people, appositions, inverted subjects. */
	expect_all(a,
		   "Four boats sank in the bay, the harbour office said on Monday.\n\n"
		   "Police in Marsk said 12 people had been detained.\n\n"
		   "Three dock officials said the cranes had failed twice.\n\n"
		   "The union's secretary, Ada Brun, said the crews were tired.\n\n"
		   "\"We saw it coming,\" said a senior port engineer.\n\n"
		   "Organisers from the Dockers' Federation said 900 people marched.\n\n"
		   "The cost, which the Transport Ministry says is 40 million crowns, is rising.\n\n"
		   "Analysts said the port would recover.",
		   NULL,
		   "organisation:harbour office|organisation:Police|anonymous:anonymous sources|"
		   "person:Ada Brun|anonymous:anonymous sources|organisation:Dockers' Federation|"
		   "organisation:Transport Ministry|own");
	/* Lower-case targets of "according to", data, documents by an author. */
	expect_all(a,
		   "Rents rose 6%, according to the national statistics office.\n\n"
		   "Turnout was 48%, according to the board's figures.\n\n"
		   "The line carried 300 people, according to Norrail's ticket data.\n\n"
		   "Fares will rise 4%, according to calculations by the Ledger.",
		   "The Marsk Ledger",
		   "organisation:national statistics office|document:figures|document:data|own");
	/* Pronouns and outlet anaphors refer back; a quotation going on rests
	   on the source of the one before; the own outlet is no source. */
	expect_all(a,
		   "The ferry was sold for 9 million crowns, the Marsk Courier reported.\n\n"
		   "The buyer plans two new routes, the newspaper said.\n\n"
		   "Ada Brun told the Tidewire that fares would stay low.\n\n"
		   "\"We will not raise them,\" she said.\n\n"
		   "\"Not this year.\"\n\n"
		   "The ferry carried 80,000 people last year.\n\n"
		   "A memo seen by the Tidewire puts the cost at 2 million crowns.",
		   "Tidewire",
		   "outlet:Marsk Courier|outlet:Marsk Courier|person:Ada Brun|person:Ada Brun|"
		   "person:Ada Brun|own|document:memo");
	/* A wire's initials in its own dateline are its own reporting. */
	expect_all(a,
		   "MARSK (NPA) - The port reopened on Tuesday.\n\n"
		   "Crews cleared the channel overnight.",
		   "Nordic Press Agency", "own|own");
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
	/* A sentence without a cue of its own is the article's own reporting:
	   the dominant origin is not carried to it. */
	assert_string_equal(describe(o, 1, buf, sizeof buf), "own");
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
	/* The whole text of another outlet's article is the wire's copy. */
	assert_string_equal(describe(o, 1, buf, sizeof buf), "outlet:Nordwire");
	/* In the wire's own article it is its own reporting. */
	assert_int_equal(px_origins_set_own(o, "Nordwire"), PX_OK);
	assert_string_equal(describe(o, 1, buf, sizeof buf), "own");
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

/* A CSV source table: lookups by domain, subdomain and name; owners and
   wires make outlets dependent. */
static void
test_source_table_csv(void **state)
{
	const char *csv =
		"# outlets of the ferry example\n"
		"domain,name,outlet,owner,wires,country,group\n"
		"haldencourier.example,The Halden Courier,,Halden Media,Nordwire,NL,regional\n"
		"\"eveningpost.example; post.example\",Evening Post,Halden Evening Post,Halden Media,,NL,\"tabloid, national\"\n"
		"nordwire.example,Nordwire,Nordwire,,,NL,wire\n"
		"coastline.example,Coastline Radio,,Coast Trust,\"Nordwire\",NL,\n"
		"\r\n"
		"ledger.example,,The Ledger,,,,\n";
	struct px_source_table *t = NULL;
	struct px_source_error err;
	const struct px_outlet *courier, *post, *wire, *coast, *ledger;

	(void)state;
	assert_int_equal(px_source_table_parse(csv, strlen(csv), &t, &err), PX_OK);
	assert_int_equal(px_source_table_count(t), 5);
	courier = px_source_table_find(t, NULL, "https://www.haldencourier.example/news/1.html");
	assert_non_null(courier);
	/* An empty outlet cell takes the name. */
	assert_string_equal(courier->name, "The Halden Courier");
	assert_string_equal(courier->owner, "Halden Media");
	assert_int_equal(courier->n_wires, 1);
	assert_string_equal(courier->wires[0], "Nordwire");
	assert_string_equal(courier->group, "regional");
	assert_int_equal(courier->line, 3);
	/* A subdomain, a second domain, a name with case and "the" aside. */
	assert_ptr_equal(px_source_table_find(t, NULL, "http://live.haldencourier.example:8080/x"), courier);
	post = px_source_table_find(t, NULL, "post.example/story");
	assert_non_null(post);
	assert_string_equal(post->name, "Halden Evening Post");
	assert_string_equal(post->group, "tabloid, national");
	assert_ptr_equal(px_source_table_find(t, "the evening post", NULL), post);
	assert_ptr_equal(px_source_table_find(t, "Halden Evening Post", NULL), post);
	wire = px_source_table_find(t, "NORDWIRE", NULL);
	coast = px_source_table_find(t, "Coastline Radio", "https://unknown.example/");
	ledger = px_source_table_find(t, "x", "https://ledger.example");
	assert_non_null(wire);
	assert_non_null(coast);
	assert_non_null(ledger);
	assert_null(ledger->owner);
	assert_null(px_source_table_find(t, "Halden", "https://courier.example/"));
	assert_null(px_source_table_find(t, NULL, "https://example/"));
	/* One owner; a wire and its subscribers; not two subscribers alone. */
	assert_true(px_outlets_dependent(courier, post));
	assert_true(px_outlets_dependent(courier, wire));
	assert_true(px_outlets_dependent(wire, coast));
	assert_false(px_outlets_dependent(courier, coast));
	assert_false(px_outlets_dependent(post, wire));
	assert_false(px_outlets_dependent(ledger, NULL));
	assert_true(px_outlets_dependent(ledger, ledger));
	px_source_table_free(t);
}

static void
test_source_table_json(void **state)
{
	const char *json =
		"{\"sources\": [\n"
		" {\"domain\": [\"a.example\", \"b.example\"], \"outlet\": \"Alpha Daily\", \"owner\": \"Group\"},\n"
		" {\"name\": \"Beta Times\", \"wires\": \"Alpha Daily\", \"group\": null, \"country\": \"NO\"}\n"
		"]}";
	struct px_source_table *t = NULL;
	struct px_source_error err;
	const struct px_outlet *a, *b;

	(void)state;
	assert_int_equal(px_source_table_parse(json, strlen(json), &t, &err), PX_OK);
	assert_int_equal(px_source_table_count(t), 2);
	a = px_source_table_find(t, NULL, "https://b.example/1");
	b = px_source_table_outlet(t, 1);
	assert_non_null(a);
	assert_string_equal(a->name, "Alpha Daily");
	assert_string_equal(b->name, "Beta Times");
	assert_string_equal(b->country, "NO");
	assert_null(b->group);
	assert_true(px_outlets_dependent(a, b));
	px_source_table_free(t);
}

/* Bad tables: a status, the line (or entry) and a reason, never a crash. */
static void
test_source_table_errors(void **state)
{
	static const struct {
		const char *text;
		px_status st;
		size_t line;
		const char *reason;
	} cases[] = {
		{"", PX_EEMPTY, 0, "no header"},
		{"domain,outlet\n", PX_EEMPTY, 0, "no source rows"},
		{"domain,outlet,colour\nx.example,X,red\n", PX_EFORMAT, 1, "unknown column 'colour'"},
		{"outlet,owner\nX,Y\n", PX_EFORMAT, 1, "needs a 'domain' or a 'name'"},
		{"domain,domain\n", PX_EFORMAT, 1, "appears twice"},
		{"domain,outlet\n\nx.example,X\n,Y\n", PX_EFORMAT, 4, "neither a domain nor a name"},
		{"domain,outlet\nx.example\n", PX_EFORMAT, 2, "no outlet"},
		{"domain,outlet\nx.example,X,extra\n", PX_EFORMAT, 2, "more cells"},
		{"domain,outlet\n\"x.example,X\n", PX_EFORMAT, 2, "not closed"},
		{"domain,outlet\n\"x.example\"junk,X\n", PX_EFORMAT, 2, "after the closing quote"},
		{"domain,outlet\nhttp://bad domain/,X\n", PX_EFORMAT, 2, "is not a domain"},
		{"[{\"domain\": \"x.example\", \"outlet\": \"X\"}, 3]", PX_EFORMAT, 0, "entry 2: a source must be an object"},
		{"[{\"domain\": 7, \"outlet\": \"X\"}]", PX_EFORMAT, 0, "entry 1: 'domain' must be"},
		{"[{\"domian\": \"x\"}]", PX_EFORMAT, 0, "entry 1: unknown key 'domian'"},
		{"{\"outlets\": []}", PX_EFORMAT, 0, "expected a list"},
		{"[\n{\"domain\": \"x.example\",\n]", PX_EFORMAT, 3, ""},
		{"[]", PX_EEMPTY, 0, "no source rows"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct px_source_table *t = NULL;
		struct px_source_error err;
		px_status st = px_source_table_parse(cases[i].text, strlen(cases[i].text), &t, &err);
		if (st != cases[i].st || err.line != cases[i].line ||
		    !strstr(err.reason, cases[i].reason))
			fail_msg("case %zu: status %d line %zu reason '%s'", i, (int)st, err.line,
				 err.reason);
		assert_null(t);
		assert_true(err.reason[0] != '\0');
	}
	{
		struct px_source_table *t = NULL;
		struct px_source_error err;
		assert_int_equal(px_source_table_load("/nonexistent/sources.csv", &t, &err), PX_EIO);
		assert_null(t);
		assert_non_null(strstr(err.reason, "No such file"));
	}
}

static void
test_source_table_alloc_failure(void **state)
{
	const struct px_allocator fa = {failing_alloc, failing_realloc, plain_free, NULL};
	const char *csv = "domain,name,outlet,owner,wires\n"
			  "a.example;b.example,A;Alpha,Alpha Post,Owner,W1;W2\n"
			  "c.example,C,,,\n";
	long n;
	int ok = 0;

	(void)state;
	for (n = 1; n < 300 && !ok; n++) {
		struct px_source_table *t = NULL;
		struct px_source_error err;
		px_status st;
		alloc_count = 0;
		fail_at = n;
		px_set_allocator(&fa);
		st = px_source_table_parse(csv, strlen(csv), &t, &err);
		px_set_allocator(NULL);
		if (st == PX_OK) {
			assert_int_equal(px_source_table_count(t), 2);
			ok = alloc_count < fail_at;
		} else {
			assert_int_equal(st, PX_ENOMEM);
			assert_null(t);
		}
		px_source_table_free(t);
	}
	assert_true(ok);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cues),
		cmocka_unit_test(test_speech_subjects),
		cmocka_unit_test(test_dominant_and_outlets),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_alloc_failure),
		cmocka_unit_test(test_source_table_csv),
		cmocka_unit_test(test_source_table_json),
		cmocka_unit_test(test_source_table_errors),
		cmocka_unit_test(test_source_table_alloc_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
