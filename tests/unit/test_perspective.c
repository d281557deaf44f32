/*
 * Unit tests of the perspective stage through the report: a three-source
 * story with a two-against-one figure, a hedged statement, a fact one source
 * leaves out, a quote and a loaded word; a 1-1 split (both sides
 * contradicted); and a story of one article.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"

static const char *const art_a =
	"title: Dam inspectors order Kessel reservoir drained\n\n"
	"ORVIK — Inspectors ordered the Kessel reservoir drained on Friday after finding a leak in the dam wall.\n\n"
	"About 4,000 residents live below the dam, the regional water board said.\n\n"
	"\"We will not take chances with people's homes,\" Hanne Dorn said.\n\n"
	"The work will cost 2.2 million crowns, the board said.\n";
static const char *const art_b =
	"title: Kessel reservoir to be drained\n\n"
	"ORVIK — Inspectors reportedly ordered the Kessel reservoir drained on Friday after finding a leak in the dam wall.\n\n"
	"About 4,000 residents live below the dam, the regional water board said.\n\n"
	"Critics slammed the board for a reckless delay.\n\n"
	"The work will cost 2.2 million crowns, the board said.\n";
static const char *const art_c =
	"title: Leak forces Kessel reservoir closure\n\n"
	"ORVIK — Inspectors ordered the Kessel reservoir drained on Friday after finding a leak in the dam wall.\n\n"
	"Some 2,500 residents live below the dam, the regional water board said.\n";

static struct px_report *
make_report(const char *const *texts, size_t n)
{
	struct px_report *r = NULL;
	struct px_report_opts o;
	size_t i;
	char id[16];

	px_report_opts_init(&o);
	o.threads = 1;
	assert_int_equal(px_report_new(&o, &r), PX_OK);
	for (i = 0; i < n; i++) {
		struct px_article *a = NULL;
		snprintf(id, sizeof(id), "art-%c.txt", (int)('a' + i));
		assert_int_equal(px_article_from_text(id, texts[i], strlen(texts[i]), NULL, 0, &a), PX_OK);
		assert_int_equal(px_report_add_article(r, a), PX_OK);
	}
	assert_int_equal(px_report_build(r), PX_OK);
	return r;
}

/* The column of article id in the story, or n_sources. */
static size_t
column(const struct px_report *r, const struct px_report_story *s, const char *id)
{
	size_t i;

	for (i = 0; i < s->n_sources; i++)
		if (strcmp(r->articles[s->sources[i]].a->id, id) == 0)
			break;
	return i;
}

/* The fact whose evidence for column col holds text. */
static const struct px_coverage_fact *
fact_citing(const struct px_report *r, const struct px_report_story *s, size_t col, const char *text)
{
	const struct px_perspective *p = s->perspective;
	size_t k;

	for (k = 0; k < p->n_facts; k++) {
		const struct px_evidence *e = &p->facts[k].evidence[col];
		const struct px_article *a = r->articles[s->sources[col]].a;
		const char *field = e->field == PX_FIELD_TITLE ? a->title : a->text;
		size_t n = strlen(text);
		size_t o;
		if (!p->facts[k].has_evidence[col] || e->end - e->start < n)
			continue;
		for (o = e->start; o + n <= e->end; o++)
			if (memcmp(field + o, text, n) == 0)
				return &p->facts[k];
	}
	return NULL;
}

static const struct px_coverage_fact *
fact_about(const struct px_perspective *p, const char *word)
{
	size_t k;

	for (k = 0; k < p->n_facts; k++)
		if (strstr(p->facts[k].about, word))
			return &p->facts[k];
	return NULL;
}

static void
test_matrix(void **state)
{
	const char *const texts[] = {art_a, art_b, art_c};
	struct px_report *r = make_report(texts, 3);
	const struct px_report_story *s;
	const struct px_perspective *p;
	const struct px_coverage_fact *f, *cost;
	size_t a, b, c, k, i;
	int loaded = 0, hedge = 0;

	(void)state;
	assert_int_equal(r->n_stories, 1);
	s = &r->stories[0];
	p = s->perspective;
	assert_non_null(p);
	assert_int_equal(p->n_sources, 3);
	a = column(r, s, "art-a.txt");
	b = column(r, s, "art-b.txt");
	c = column(r, s, "art-c.txt");
	assert_true(a < 3 && b < 3 && c < 3);

	/* 4,000 (two sources) against 2,500 (one): the lone side is contradicted. */
	f = fact_about(p, "residents");
	assert_non_null(f);
	assert_int_equal(f->origin, PX_FACT_CONFLICT);
	assert_int_equal(f->cells[a], PX_CELL_STATED);
	assert_int_equal(f->cells[b], PX_CELL_STATED);
	assert_int_equal(f->cells[c], PX_CELL_CONTRADICTED);

	/* The cost: two sources state it, the third omits it. */
	f = cost = fact_citing(r, s, a, "2.2 million crowns");
	assert_non_null(f);
	assert_int_equal(f->cells[c], PX_CELL_OMITTED);
	assert_false(f->has_evidence[c]);
	assert_int_equal(f->cells[a], PX_CELL_STATED);
	assert_true(f->partial);

	/* Every fact stated in b's lead sentence with "reportedly" is hedged. */
	for (k = 0; k < p->n_facts; k++) {
		f = &p->facts[k];
		if (f->has_evidence[b] && f->evidence[b].field == PX_FIELD_TEXT && f->evidence[b].sentence == 0) {
			assert_int_equal(f->cells[b], PX_CELL_HEDGED);
			assert_string_equal(f->hedge[b], "reportedly");
		}
	}

	/* Emphasis: c omits the cost; a quotes Hanne Dorn only. */
	for (k = 0; k < p->emphasis[c].n_omits; k++)
		if (&p->facts[p->emphasis[c].omits[k]] == cost)
			break;
	assert_true(k < p->emphasis[c].n_omits);
	assert_int_equal(p->emphasis[a].n_speakers, 1);
	assert_string_equal(p->emphasis[a].speakers[0].name, "Hanne Dorn");
	assert_true(p->emphasis[a].speakers[0].share > 0.99);
	assert_int_equal(p->emphasis[c].n_speakers, 0);

	/* Terms: b's "slammed" and "reckless" are loaded; a has none. */
	for (i = 0; i < p->n_terms; i++) {
		assert_true(p->terms[i].source != a || strcmp(p->terms[i].kind, "loaded") != 0);
		if (p->terms[i].source == b && strcmp(p->terms[i].kind, "loaded") == 0)
			loaded++;
		if (p->terms[i].source == b && strcmp(p->terms[i].kind, "hedge") == 0)
			hedge++;
	}
	assert_true(loaded >= 2);
	assert_true(hedge >= 1);
	assert_string_equal(px_cell_name(PX_CELL_CONTRADICTED), "contradicted");
	px_report_free(r);
}

static void
test_even_split(void **state)
{
	const char *const texts[] = {art_a, art_c};
	struct px_report *r = make_report(texts, 2);
	const struct px_report_story *s = &r->stories[0];
	const struct px_coverage_fact *f;

	(void)state;
	assert_non_null(s->perspective);
	f = fact_about(s->perspective, "residents");
	assert_non_null(f);
	/* One source against one: no side is taken as the reference. */
	assert_int_equal(f->cells[0], PX_CELL_CONTRADICTED);
	assert_int_equal(f->cells[1], PX_CELL_CONTRADICTED);
	px_report_free(r);
}

static void
test_single_and_json(void **state)
{
	const char *const texts[] = {art_b};
	struct px_report *r = make_report(texts, 1);
	struct px_buf b = PX_BUF_INIT;
	size_t k;

	const struct px_perspective *p = r->stories[0].perspective;

	(void)state;
	/* One column; nothing to compare it with, so no facts and no wording,
	 * but its own hedge ("reportedly") is still listed. */
	assert_non_null(p);
	assert_int_equal(p->n_sources, 1);
	for (k = 0; k < p->n_facts; k++)
		assert_int_not_equal(p->facts[k].cells[0], PX_CELL_OMITTED);
	assert_int_equal(p->n_wording, 0);
	assert_int_equal(px_report_write(r, PX_REPORT_JSON, &b), PX_OK);
	assert_int_equal(px_buf_append(&b, "", 1), PX_OK);
	assert_non_null(strstr(b.data, "\"coverage\":{\"sources\":[\"art-a.txt\"],"));
	assert_non_null(strstr(b.data, "{\"term\":\"reportedly\",\"kind\":\"hedge\",\"quoted\":false,"));
	px_buf_release(&b);
	assert_int_equal(px_report_write(r, PX_REPORT_HTML, &b), PX_OK);
	px_buf_release(&b);
	assert_int_equal(px_report_write(r, PX_REPORT_MARKDOWN, &b), PX_OK);
	px_buf_release(&b);
	px_report_free(r);
}

/*
 * The outlet's own voice: a hedge inside a quotation is the speaker's and
 * is neither a hedge term nor a hedged cell; a loaded word inside one is
 * kept (the outlet chose the quote) and marked quoted, outside it is not.
 * The ship count that a and b state and c gives another figure for is
 * never omitted by b.
 */
static const char *const q_a =
	"title: Harbour cranes halted at Brenvik\n\n"
	"BRENVIK — Dock workers halted the harbour cranes at Brenvik on Monday in a dispute over night shifts.\n\n"
	"\"They slammed the door on us, allegedly to save money,\" said union steward Oda Lien.\n\n"
	"The harbour board slammed the stoppage as reckless.\n\n"
	"The port handles about 310 container ships a year, according to the board.\n";
static const char *const q_b =
	"title: Brenvik cranes stop in shift dispute\n\n"
	"BRENVIK — Dock workers halted the harbour cranes at Brenvik on Monday in a dispute over night shifts.\n\n"
	"\u201cWe were never asked,\u201d said union steward Oda Lien.\n\n"
	"The port handles about 310 container ships each year, according to the board.\n";
static const char *const q_c =
	"title: Crane stoppage at Brenvik harbour\n\n"
	"BRENVIK — Dock workers halted the harbour cranes at Brenvik on Monday in a dispute over night shifts.\n\n"
	"The port handles about 180 container ships a year, according to the board.\n";

static void
test_voice_and_alignment(void **state)
{
	const char *const texts[] = {q_a, q_b, q_c};
	struct px_report *r = make_report(texts, 3);
	const struct px_report_story *s;
	const struct px_perspective *p;
	const struct px_coverage_fact *f;
	size_t a, b, c, i, outside = 0, inside = 0;

	(void)state;
	assert_int_equal(r->n_stories, 1);
	s = &r->stories[0];
	p = s->perspective;
	assert_non_null(p);
	a = column(r, s, "art-a.txt");
	b = column(r, s, "art-b.txt");
	c = column(r, s, "art-c.txt");
	assert_true(a < 3 && b < 3 && c < 3);
	for (i = 0; i < p->n_terms; i++) {
		const struct px_term *t = &p->terms[i];
		const char *text = r->articles[s->sources[t->source]].a->text;
		size_t q0 = (size_t)(strstr(text, "\"They") - text);
		size_t q1 = (size_t)(strstr(text, "The harbour board") - text);
		int in_quote = t->source == a && t->where.field == PX_FIELD_TEXT && t->where.start > q0 &&
			       t->where.end < q1;
		/* Inside a's quote: "slammed" is kept and marked quoted, the
		   speaker's "allegedly" is no hedge of the outlet's. */
		assert_int_equal(t->quoted, in_quote);
		assert_true(!in_quote || strcmp(t->kind, "hedge") != 0);
		if (in_quote)
			inside++;
		if (t->source == a && strcmp(t->kind, "loaded") == 0 && t->where.start >= q1)
			outside++;
	}
	assert_true(inside >= 1);
	assert_true(outside >= 1);
	/* The ship count: a and b in nearly the same words, c another figure. */
	f = fact_citing(r, s, a, "310 container ships");
	assert_non_null(f);
	assert_true(f->has_evidence[b]);
	assert_int_not_equal(f->cells[b], PX_CELL_OMITTED);
	assert_true(f->cells[c] == PX_CELL_OMITTED || f->cells[c] == PX_CELL_CONTRADICTED);
	/* No cell of a is hedged by the quoted "allegedly". */
	for (i = 0; i < p->n_facts; i++)
		assert_int_not_equal(p->facts[i].cells[a], PX_CELL_HEDGED);
	px_report_free(r);
}

/*
 * Sentence alignment of omitted cells: the third source states the ship
 * count of an agreement in other words the comparison did not align; the
 * perspective fills its cell in (stated, aligned, with that sentence as
 * evidence). The same sentence with another figure stays omitted.
 */
static const char *const al_a =
	"title: Harbour cranes halted at Brenvik\n\n"
	"BRENVIK — Dock workers halted the harbour cranes at Brenvik on Monday in a dispute over night shifts.\n\n"
	"The stoppage left 14 ships waiting outside the harbour mouth overnight, the pilots' office said.\n\n"
	"The port handles about 310 container ships a year, according to the board.\n";
static const char *const al_b =
	"title: Brenvik cranes stop in shift dispute\n\n"
	"BRENVIK — Dock workers halted the harbour cranes at Brenvik on Monday in a dispute over night shifts.\n\n"
	"Outside the harbour mouth, 14 ships were left waiting overnight because of the stoppage.\n\n"
	"The port handles about 310 container ships each year, according to the board.\n";
static const char *const al_c =
	"title: Brenvik dock dispute\n\n"
	"BRENVIK — Dock workers halted the harbour cranes at Brenvik on Monday in a dispute over night shifts.\n\n"
	"According to the board, some 310 container ships call at the port in a typical year.\n\n"
	"Workers had not been consulted about the new rota, said union steward Oda Lien.\n";

static void
test_alignment_fills_omitted(void **state)
{
	const char *const texts[] = {al_a, al_b, al_c};
	char other[1024];
	const char *texts2[3];
	struct px_report *r;
	const struct px_report_story *s;
	const struct px_coverage_fact *f;
	size_t a, b, c;
	char *at;

	(void)state;
	r = make_report(texts, 3);
	assert_int_equal(r->n_stories, 1);
	s = &r->stories[0];
	assert_non_null(s->perspective);
	a = column(r, s, "art-a.txt");
	b = column(r, s, "art-b.txt");
	c = column(r, s, "art-c.txt");
	assert_true(a < 3 && b < 3 && c < 3);
	f = fact_citing(r, s, a, "310 container ships");
	assert_non_null(f);
	assert_int_equal(f->origin, PX_FACT_AGREEMENT);
	assert_int_equal(f->cells[b], PX_CELL_STATED);
	assert_false(f->aligned[a]);
	assert_false(f->aligned[b]);
	assert_int_equal(f->cells[c], PX_CELL_STATED);
	assert_true(f->aligned[c]);
	assert_true(f == fact_citing(r, s, c, "some 310 container ships call at the port"));
	px_report_free(r);

	/* "some 180 container ships" shares the words but not the figure. */
	assert_true(strlen(al_c) < sizeof(other));
	strcpy(other, al_c);
	at = strstr(other, "some 310");
	assert_non_null(at);
	memcpy(at + 5, "180", 3);
	texts2[0] = al_a;
	texts2[1] = al_b;
	texts2[2] = other;
	r = make_report(texts2, 3);
	s = &r->stories[0];
	a = column(r, s, "art-a.txt");
	c = column(r, s, "art-c.txt");
	f = fact_citing(r, s, a, "310 container ships");
	assert_non_null(f);
	assert_int_equal(f->cells[c], PX_CELL_OMITTED);
	assert_false(f->aligned[c]);
	assert_false(f->has_evidence[c]);
	px_report_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matrix),
		cmocka_unit_test(test_even_split),
		cmocka_unit_test(test_single_and_json),
		cmocka_unit_test(test_voice_and_alignment),
		cmocka_unit_test(test_alignment_fills_omitted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
