/*
 * One claims extractor for a whole test binary: cmocka group setup and
 * teardown, and the extract helpers a test asks for by macro
 * (tests/unit/test_claims.c, test_attribution.c,
 * test_claim_tokens.c).
 */
#ifndef PX_TEST_EXTRACTOR_H
#define PX_TEST_EXTRACTOR_H

#include "parallax/parallax.h"

static struct px_extractor *X;

static int
setup(void **state)
{
	(void)state;
	return px_extractor_new(&X) == PX_OK ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	px_extractor_free(X);
	return 0;
}

#ifdef PX_TEST_EXTRACT_SPLIT
/* A text split on "\n\n" into paragraphs, each one sentence, read by the
 * group's extractor, and the claim lookups of the tests that use it
 * (test_claims.c, test_claim_units.c). */
static struct px_claims *
extract(const char *text, const char *date, unsigned kinds)
{
	static struct px_sentence sents[64];
	struct px_doc doc;
	struct px_claims *c = NULL;
	struct px_claims_opts o;
	size_t n = strlen(text), s = 0, i = 0, ns = 0;

	memset(&doc, 0, sizeof doc);
	for (i = 0; i <= n && ns < 64; i++) {
		if (i == n || (text[i] == '\n' && i + 1 < n && text[i + 1] == '\n')) {
			sents[ns].start = s;
			sents[ns].end = i;
			ns++;
			s = i + 2;
			i++;
		}
	}
	doc.text = text;
	doc.len = n;
	doc.sents = sents;
	doc.n_sents = ns;
	memset(&o, 0, sizeof o);
	o.date = date;
	o.kinds = kinds;
	assert_int_equal(px_claims_extract(X, NULL, &doc, &o, &c), PX_OK);
	return c;
}

/* The n-th claim (from 0) of a kind whose text is exactly span, or NULL. */
static const struct px_claim *
find_nth(const struct px_claims *c, const char *text, const char *span, enum px_claim_kind k,
	 int nth)
{
	size_t i = 0;

	for (i = 0; i < c->n; i++) {
		const struct px_claim *x = &c->items[i];
		if (x->kind == k && x->end - x->start == strlen(span) &&
		    memcmp(text + x->start, span, strlen(span)) == 0 && nth-- == 0)
			return x;
	}
	return NULL;
}

/* The first quantity whose text is exactly span; fails the test if none. */
static const struct px_quantity *
qty(const struct px_claims *c, const char *text, const char *span)
{
	const struct px_claim *x = find_nth(c, text, span, PX_CLAIM_QUANTITY, 0);
	if (x == NULL)
		fail_msg("no quantity \"%s\" in: %s", span, text);
	return &x->u.quantity;
}
#endif

#ifdef PX_TEST_EXTRACT_DOC
/* A text segmented by the text layer and read by the group's extractor
 * (test_attribution.c, test_quote_speakers.c). */
struct got {
	struct px_doc doc;
	struct px_claims *c;
	const char *text;
};

static void
extract(struct got *g, const char *text, const char *date, unsigned kinds)
{
	struct px_claims_opts o;

	memset(g, 0, sizeof *g);
	g->text = text;
	assert_int_equal(px_doc_parse(&g->doc, text, strlen(text), PX_DOC_TOKENS, NULL), PX_OK);
	memset(&o, 0, sizeof o);
	o.date = date;
	o.kinds = kinds;
	assert_int_equal(px_claims_extract(X, NULL, &g->doc, &o, &g->c), PX_OK);
}

static void
release(struct got *g)
{
	px_claims_free(g->c);
	px_doc_release(&g->doc);
}
/* Bytes s..e of the text as a string (static buffer); "" for no span. */
static const char *
span(const struct got *g, size_t s, size_t e)
{
	static char buf[256];
	size_t n = e > s ? e - s : 0;

	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, g->text + s, n);
	buf[n] = '\0';
	return buf;
}
#endif

#endif
