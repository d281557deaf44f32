/*
 * Unit tests of attribution, dates and entity types in src/lib/claim:
 * reported speech ("X said that ...", "..., officials said", "according to
 * X, ...", "A, she said, B") as PX_CLAIM_REPORTED claims with source, cue
 * and content spans; speakers of direct quotes by the patterns reporters
 * use; dates relative to an anchor, a week or the reference month; places
 * told by their context. Texts are fictional wire copy, segmented by the
 * real segmenter (px_doc_parse), so several sentences share a paragraph.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#define PX_TEST_EXTRACT_DOC
#include "test_extractor.h"


/* The claim of kind k whose span is exactly `span`, or NULL. */
static const struct px_claim *
find(const struct got *g, const char *span, enum px_claim_kind k)
{
	size_t i = 0, n = strlen(span);

	for (i = 0; i < g->c->n; i++) {
		const struct px_claim *x = &g->c->items[i];
		if (x->kind == k && x->end - x->start == n && memcmp(g->text + x->start, span, n) == 0)
			return x;
	}
	return NULL;
}

static size_t
count(const struct got *g, enum px_claim_kind k)
{
	size_t i = 0, n = 0;

	for (i = 0; i < g->c->n; i++)
		n += g->c->items[i].kind == k;
	return n;
}

/* A reported-speech claim whose content is `content`, with its speaker,
   verb and the text of its source and cue spans. */
static void
check_reported(const struct got *g, const char *content, const char *speaker, const char *cue,
	       const char *source, const char *cue_text)
{
	const struct px_claim *r = find(g, content, PX_CLAIM_REPORTED);

	if (r == NULL)
		fail_msg("no reported speech \"%s\" in: %s", content, g->text);
	assert_int_equal(r->u.quote.reported, 1);
	assert_string_equal(r->u.quote.quote, content);
	assert_string_equal(r->u.quote.speaker, speaker);
	assert_string_equal(r->u.quote.cue, cue);
	assert_string_equal(span(g, r->u.quote.src_start, r->u.quote.src_end), source);
	assert_string_equal(span(g, r->u.quote.cue_start, r->u.quote.cue_end), cue_text);
}

static void
test_reported_patterns(void **state)
{
	struct got g;

	(void)state;
	extract(&g,
		"County engineer Petra Quill said the Harlow Bridge would close for six weeks.\n\n"
		"The ferry was carrying 212 passengers, officials said on Tuesday.\n\n"
		"The crew had ignored two storm warnings, said a spokesman for the harbour ministry.\n\n"
		"According to the Harbor Safety Board, the ferry left port 40 minutes late.\n\n"
		"Quill told the Harbor Ledger that the repairs were long overdue.\n\n"
		"In a statement, the Ormund Transit Authority said it would review its timetables.\n\n"
		"The plan, she said, would cost the county nothing.\n\n"
		"Tomas Brell, who chairs the transport committee, has also said the vote would be "
		"held in March.\n\n"
		"Governor Ana Ruiz praised the rescue crews, saying they had worked through the night.\n\n"
		"Ticket sales fell by a third last year, according to port authority figures.",
		"2024-03-06", PX_CLAIMS_QUOTES);
	check_reported(&g, "the Harlow Bridge would close for six weeks", "Petra Quill", "said",
		       "County engineer Petra Quill", "said");
	check_reported(&g, "The ferry was carrying 212 passengers", "officials", "said", "officials",
		       "said");
	check_reported(&g, "The crew had ignored two storm warnings", "a spokesman for the harbour ministry",
		       "said", "a spokesman for the harbour ministry", "said");
	check_reported(&g, "the ferry left port 40 minutes late", "Harbor Safety Board", "according to",
		       "the Harbor Safety Board", "According to");
	check_reported(&g, "that the repairs were long overdue", "Petra Quill", "told", "Quill", "told");
	check_reported(&g, "it would review its timetables", "Ormund Transit Authority", "said",
		       "the Ormund Transit Authority", "said");
	check_reported(&g, "The plan, she said, would cost the county nothing", "Petra Quill", "said",
		       "she", "said");
	check_reported(&g, "the vote would be held in March", "Tomas Brell", "said",
		       "Tomas Brell, who chairs the transport committee", "has also said");
	check_reported(&g, "they had worked through the night", "Ana Ruiz", "saying",
		       "Governor Ana Ruiz", "saying");
	check_reported(&g, "Ticket sales fell by a third last year", "port authority figures",
		       "according to", "port authority figures", "according to");
	assert_int_equal(count(&g, PX_CLAIM_REPORTED), 10);
	assert_int_equal(count(&g, PX_CLAIM_QUOTE), 0);
	release(&g);
}

/* A trust speaks like any body ("The trust says ..."), and a forecast is
   reported ("A report by consultants for the council projected that ..."). */
static void
test_trust_and_projection(void **state)
{
	struct got g;

	(void)state;
	extract(&g,
		"The trust says a restored bandstand could bring 20,000 visitors a year.\n\n"
		"A report by consultants for the council projected that a restored bandstand could "
		"attract around 12,000 visitors a year.",
		"2024-03-06", PX_CLAIMS_QUOTES);
	check_reported(&g, "a restored bandstand could bring 20,000 visitors a year", "The trust", "says",
		       "The trust", "says");
	check_reported(&g, "that a restored bandstand could attract around 12,000 visitors a year",
		       "A report by consultants for the council", "projected",
		       "A report by consultants for the council", "projected");
	release(&g);
}

/* A name between commas after a description speaks ("His lawyer, Gunnar
   Wiik, said ..."), and "her" may open the reported clause's subject
   ("said her crews were ...") and so may "no" ("said no one should be
   ..."), though "said her goodbyes" and "said no to" report nothing;
   "told" at the end of a sentence takes its listener ("told Radio
   Vestkyst", "told reporters on Tuesday"). */
static void
test_reported_apposed_name(void **state)
{
	struct got g;

	(void)state;
	extract(&g,
		"Dybdahl denied the charges. His lawyer, Gunnar Wiik, said his client would appeal.\n\n"
		"The fire chief in charge of the operation, Mari Sollid, said her crews were battling "
		"the fire on three separate fronts.\n\n"
		"Mari Sollid said her goodbyes to the crew before the vote on Monday.\n\n"
		"Esterland's foreign minister, Ingrid Saalberg, said no one should be a bargaining chip "
		"between states.\n\n"
		"The council said no to the plan on Tuesday.",
		"2026-05-04", PX_CLAIMS_QUOTES);
	check_reported(&g, "his client would appeal", "Gunnar Wiik", "said", "His lawyer, Gunnar Wiik",
		       "said");
	check_reported(&g, "her crews were battling the fire on three separate fronts", "Mari Sollid",
		       "said", "The fire chief in charge of the operation, Mari Sollid", "said");
	check_reported(&g, "no one should be a bargaining chip between states", "Ingrid Saalberg", "said",
		       "Esterland's foreign minister, Ingrid Saalberg", "said");
	assert_int_equal(count(&g, PX_CLAIM_REPORTED), 3);
	release(&g);
	/* "..., X told Y.": the listener after "told" ends the sentence */
	extract(&g,
		"Two people had been admitted to Kvernvik Hospital by Tuesday evening, the chief "
		"medical officer told Radio Vestkyst.\n\n"
		"Four more beds were made ready, Aaslid told reporters on Tuesday.",
		"2026-05-04", PX_CLAIMS_QUOTES);
	check_reported(&g, "Two people had been admitted to Kvernvik Hospital by Tuesday evening",
		       "the chief medical officer", "told", "the chief medical officer", "told");
	check_reported(&g, "Four more beds were made ready", "Aaslid", "told", "Aaslid", "told");
	release(&g);
}

static void
test_reported_not(void **state)
{
	struct got g;

	(void)state;
	/* No attribution, a verb with nothing reported, a negated verb, an
	   infinitive, a relative clause: none is reported speech. */
	extract(&g,
		"The council voted on Monday to close the Harlow Bridge.\n\n"
		"Quill said nothing.\n\n"
		"Asked about the cost, the mayor said.\n\n"
		"The bridge is said to be the oldest in the county.\n\n"
		"Residents who said they had not been warned gathered outside the hall.",
		"2024-03-06", PX_CLAIMS_QUOTES);
	assert_int_equal(count(&g, PX_CLAIM_REPORTED), 0);
	release(&g);
}

static void
test_quote_inside_reported(void **state)
{
	struct got g;
	const struct px_claim *q = NULL;

	(void)state;
	/* The partial quote speaks; the clause around it is no second claim. */
	extract(&g,
		"Senator Tomas Brell said the toll was \xe2\x80\x9c" "a disaster for the valley\xe2\x80\x9d "
		"and should be dropped.",
		NULL, PX_CLAIMS_QUOTES);
	q = find(&g, "\xe2\x80\x9c" "a disaster for the valley\xe2\x80\x9d", PX_CLAIM_QUOTE);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Tomas Brell");
	assert_string_equal(q->u.quote.cue, "said");
	assert_int_equal(count(&g, PX_CLAIM_REPORTED), 0);
	release(&g);
}

static void
test_direct_speakers(void **state)
{
	struct got g;
	const struct px_claim *q = NULL;

	(void)state;
	extract(&g,
		"Vessby port reopened on Friday after a week of repairs.\n\n"
		"\"The deck is sound again,\" said county engineer Petra Quill, who led the "
		"inspection.\n\n"
		"''We lost a week of trade,'' Mr. Brell said.\n\n"
		"\"Nobody wants a repeat of this,\" one senior ministry official said.\n\n"
		"\"The toll stays,\" Ana Ruiz, the harbour master, told reporters.",
		NULL, PX_CLAIMS_QUOTES);
	q = find(&g, "\"The deck is sound again,\"", PX_CLAIM_QUOTE);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Petra Quill");
	assert_string_equal(span(&g, q->u.quote.src_start, q->u.quote.src_end),
			    "county engineer Petra Quill, who led the inspection");
	assert_string_equal(span(&g, q->u.quote.cue_start, q->u.quote.cue_end), "said");
	q = find(&g, "''We lost a week of trade,''", PX_CLAIM_QUOTE);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Brell");
	assert_string_equal(span(&g, q->u.quote.src_start, q->u.quote.src_end), "Mr. Brell");
	q = find(&g, "\"Nobody wants a repeat of this,\"", PX_CLAIM_QUOTE);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "one senior ministry official");
	q = find(&g, "\"The toll stays,\"", PX_CLAIM_QUOTE);
	assert_non_null(q);
	assert_string_equal(q->u.quote.speaker, "Ana Ruiz");
	assert_string_equal(q->u.quote.cue, "told");
	release(&g);
}

static void
test_reported_json(void **state)
{
	struct got g;
	struct px_buf b = PX_BUF_INIT;
	const struct px_claim *r = NULL;

	(void)state;
	extract(&g, "The ferry was overloaded, police said.", NULL, PX_CLAIMS_QUOTES);
	r = find(&g, "The ferry was overloaded", PX_CLAIM_REPORTED);
	assert_non_null(r);
	px_buf_init(&b, 1 << 16);
	assert_int_equal(px_claim_to_json(r, "a.txt", g.text, strlen(g.text), &b), PX_OK);
	px_buf_putc(&b, '\0');
	assert_non_null(strstr(b.data, "\"kind\":\"quote\""));
	assert_non_null(strstr(b.data, "\"reported\":true"));
	assert_non_null(strstr(b.data, "\"speaker\":\"police\""));
	assert_non_null(strstr(b.data, "\"content_span\":[0,24]"));
	assert_non_null(strstr(b.data, "\"source_span\":[26,32]"));
	assert_non_null(strstr(b.data, "\"cue_span\":[33,37]"));
	assert_string_equal(px_claim_kind_name(PX_CLAIM_REPORTED), "quote");
	px_buf_release(&b);
	release(&g);
}

/* The date claim whose span is `s`: its value. */
static void
check_date(const struct got *g, const char *s, const char *value)
{
	const struct px_claim *d = find(g, s, PX_CLAIM_DATE);

	if (d == NULL)
		fail_msg("no date \"%s\" in: %s", s, g->text);
	assert_string_equal(d->u.date.value, value);
}

static void
test_dates_anchored(void **state)
{
	struct got g;

	(void)state;
	/* 2024-03-06 is a Wednesday. */
	extract(&g,
		"The inquiry will report 3 days from Friday.\n\n"
		"Hearings resume two weeks after January 15.\n\n"
		"The vote was moved to Tuesday of next week.\n\n"
		"Talks were set for next week Wednesday.\n\n"
		"The first nest was found on Thursday last week.\n\n"
		"The board meets on Friday next week.\n\n"
		"The ferry sank on Friday 23.\n\n"
		"Crews returned on the 4th.\n\n"
		"Divers searched on 14 feb and on 05-Feb-2024.\n\n"
		"The alarm sounded at about 6.10am and again at 6.15 a.m.\n\n"
		"The lease began on Feb 29.\n\n"
		"The trial opens on 18 and 19 March.\n\n"
		"On Monday 21 people were rescued.",
		"2024-03-06", PX_CLAIMS_DATES | PX_CLAIMS_QUANTITIES);
	check_date(&g, "3 days from Friday", "2024-03-11");
	check_date(&g, "two weeks after January 15", "2024-01-29");
	check_date(&g, "Tuesday of next week", "2024-03-12");
	check_date(&g, "next week Wednesday", "2024-03-13");
	/* the weekday of the week named after it, as one date */
	check_date(&g, "Thursday last week", "2024-02-29");
	check_date(&g, "Friday next week", "2024-03-15");
	check_date(&g, "Friday 23", "2024-02-23");
	check_date(&g, "the 4th", "2024-03-04");
	check_date(&g, "14 feb", "2024-02-14");
	check_date(&g, "05-Feb-2024", "2024-02-05");
	check_date(&g, "6.10am", "06:10");
	check_date(&g, "6.15 a.m.", "06:15");
	check_date(&g, "Feb 29", "2024-02-29");
	check_date(&g, "18", "2024-03-18"); /* "opens": a schedule, 12 days ahead */
	check_date(&g, "19 March", "2024-03-19");
	/* "Monday 21 people": a weekday and a count, not the 21st */
	check_date(&g, "Monday", "2024-03-04");
	assert_non_null(find(&g, "21", PX_CLAIM_QUANTITY));
	release(&g);
	extract(&g, "The lease began on Feb 29.", "2025-05-01", PX_CLAIMS_DATES);
	check_date(&g, "Feb 29", "2024-02-29");
	release(&g);
	/* "in a fortnight": a day ahead in a clause about the future, a span
	   in a past one */
	extract(&g,
		"The ship will sail in a fortnight.\n\n"
		"He had lost 30 colonies in a fortnight.\n\n"
		"The river rose two metres in a week.",
		"2025-08-14", PX_CLAIMS_DATES);
	check_date(&g, "in a fortnight", "2025-08-28");
	assert_null(find(&g, "in a week", PX_CLAIM_DATE));
	assert_int_equal(count(&g, PX_CLAIM_DATE), 1);
	release(&g);
}

static void
test_places_by_context(void **state)
{
	struct got g;
	const struct px_claim *e = NULL;
	size_t i = 0;

	(void)state;
	extract(&g,
		"VESSBY, Ormund (Harbor Ledger) - A tram derailed near Sandholm early on Wednesday.\n\n"
		"Residents in Sandholm said the curve had worried them for years.\n\n"
		"Investors kept their confidence in Ana Ruiz, the port's chief executive. Ruiz "
		"declined to comment.",
		"2024-03-06", PX_CLAIMS_ENTITIES);
	e = find(&g, "VESSBY", PX_CLAIM_ENTITY);
	assert_non_null(e);
	assert_string_equal(e->u.entity.type, "place");
	for (i = 0; i < g.c->n; i++) {
		e = &g.c->items[i];
		if (e->kind == PX_CLAIM_ENTITY && strcmp(e->u.entity.canonical, "Sandholm") == 0)
			assert_string_equal(e->u.entity.type, "place");
		if (e->kind == PX_CLAIM_ENTITY && strcmp(e->u.entity.canonical, "Ana Ruiz") == 0)
			assert_string_equal(e->u.entity.type, "person");
	}
	assert_non_null(find(&g, "Sandholm", PX_CLAIM_ENTITY));
	assert_non_null(find(&g, "Ana Ruiz", PX_CLAIM_ENTITY));
	release(&g);
}

/* A capitalised name ending in a plural business noun is an organisation
   ("Coralline Terminals"), not a person, so "she" after it is the union
   leader named before. */
static void
test_org_plural_noun(void **state)
{
	struct got g;
	size_t i = 0;
	int seen = 0;

	(void)state;
	extract(&g,
		"Union leader Josiane Moutou said the bosses at Coralline Terminals had been given "
		"every chance. \"Our members have spoken,\" she told reporters.",
		"2026-05-04", PX_CLAIMS_ENTITIES | PX_CLAIMS_QUOTES);
	for (i = 0; i < g.c->n; i++) {
		const struct px_claim *e = &g.c->items[i];
		if (e->kind == PX_CLAIM_ENTITY && strcmp(e->u.entity.canonical, "Coralline Terminals") == 0) {
			assert_string_equal(e->u.entity.type, "org");
			seen = 1;
		}
		if (e->kind == PX_CLAIM_QUOTE)
			assert_string_equal(e->u.quote.speaker, "Josiane Moutou");
	}
	assert_true(seen);
	release(&g);
}

/* A sentence adverb is no part of the name after it: "However Trump
   said", "Meanwhile Theresa May said". */
static void
test_sentence_adverb_not_name(void **state)
{
	struct got g;
	size_t i = 0;

	(void)state;
	extract(&g,
		"However Karl Moen said the talks had gone well.\n\n"
		"Meanwhile Theresa Brandt said she was clear about the plan.",
		"2026-05-04", PX_CLAIMS_ENTITIES);
	assert_non_null(find(&g, "Karl Moen", PX_CLAIM_ENTITY));
	assert_non_null(find(&g, "Theresa Brandt", PX_CLAIM_ENTITY));
	for (i = 0; i < g.c->n; i++)
		if (g.c->items[i].kind == PX_CLAIM_ENTITY)
			assert_null(strstr(g.c->items[i].u.entity.name, "However"));
	release(&g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reported_patterns),
		cmocka_unit_test(test_trust_and_projection),
		cmocka_unit_test(test_reported_apposed_name),
		cmocka_unit_test(test_reported_not),
		cmocka_unit_test(test_quote_inside_reported),
		cmocka_unit_test(test_direct_speakers),
		cmocka_unit_test(test_reported_json),
		cmocka_unit_test(test_dates_anchored),
		cmocka_unit_test(test_places_by_context),
		cmocka_unit_test(test_org_plural_noun),
		cmocka_unit_test(test_sentence_adverb_not_name),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
