/*
 * Fuzz target: quotes, speakers and entities over arbitrary text split into
 * paragraphs (each a sentence). Invariants: every claim lies inside its
 * text; a quote's words lie inside its span; names and speakers are
 * non-empty strings.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct px_extractor *X;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *t = (const char *)data;
	size_t len = px_utf8_valid_prefix(t, size > 65536 ? 65536 : size), i = 0, s0 = 0, ns = 0;
	struct px_sentence sents[256];
	struct px_doc doc;
	struct px_claims *c = NULL;

	if (X == NULL && px_extractor_new(&X) != PX_OK)
		abort();
	for (i = 0; i <= len && ns < 256; i++) {
		if (i == len || (t[i] == '\n' && i + 1 < len && t[i + 1] == '\n')) {
			if (i > s0) {
				memset(&sents[ns], 0, sizeof sents[ns]);
				sents[ns].start = s0;
				sents[ns].end = i;
				ns++;
			}
			s0 = i + 2;
			i++;
		}
	}
	memset(&doc, 0, sizeof doc);
	doc.text = t;
	doc.len = len;
	doc.sents = sents;
	doc.n_sents = ns;
	if (px_claims_extract(X, NULL, &doc, NULL, &c) == PX_OK) {
		for (i = 0; i < c->n; i++) {
			const struct px_claim *x = &c->items[i];
			if (x->start > x->end || x->end > len)
				abort();
			if (x->kind == PX_CLAIM_QUOTE &&
			    (x->u.quote.q_start < x->start || x->u.quote.q_end > x->end ||
			     x->u.quote.quote == NULL || (x->u.quote.speaker && !x->u.quote.speaker[0])))
				abort();
			if (x->kind == PX_CLAIM_ENTITY &&
			    (!x->u.entity.name || !x->u.entity.name[0] || !x->u.entity.canonical))
				abort();
		}
		px_claims_free(c);
	}
	return 0;
}
