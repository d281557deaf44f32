/*
 * Fuzz target: quotes, reported speech, speakers, entities and dates over
 * arbitrary text. The first byte selects options: bit 0 segments with the
 * real segmenter (px_doc_parse) instead of one sentence per paragraph, bit
 * 1 gives an article date (relative dates resolve). Invariants: every
 * claim lies inside its text; a quote's words lie inside its span (a
 * reported clause is its span); source and cue spans lie inside the text;
 * names and speakers are non-empty strings; every claim writes as JSON.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct px_extractor *X;

static int
span_ok(size_t s, size_t e, size_t len)
{
	return e == 0 || (s <= e && e <= len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned opt = size > 0 ? data[0] : 0;
	const char *t = size > 0 ? (const char *)data + 1 : (const char *)data;
	size_t n = size > 0 ? size - 1 : 0;
	size_t len = px_utf8_valid_prefix(t, n > 65536 ? 65536 : n), i = 0, s0 = 0, ns = 0;
	struct px_sentence sents[256];
	struct px_doc doc;
	struct px_claims *c = NULL;
	struct px_claims_opts o;
	struct px_buf b = PX_BUF_INIT;
	int parsed = 0;

	if (X == NULL && px_extractor_new(&X) != PX_OK)
		abort();
	memset(&doc, 0, sizeof doc);
	if (opt & 1) {
		if (px_doc_parse(&doc, t, len, PX_DOC_TOKENS, NULL) != PX_OK)
			return 0;
		parsed = 1;
	} else {
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
		doc.text = t;
		doc.len = len;
		doc.sents = sents;
		doc.n_sents = ns;
	}
	memset(&o, 0, sizeof o);
	o.date = (opt & 2) ? "2024-03-06" : NULL;
	px_buf_init(&b, 1 << 22);
	if (px_claims_extract(X, NULL, &doc, &o, &c) == PX_OK) {
		for (i = 0; i < c->n; i++) {
			const struct px_claim *x = &c->items[i];
			const struct px_quote *q = &x->u.quote;
			if (x->start > x->end || x->end > len)
				abort();
			if ((x->kind == PX_CLAIM_QUOTE || x->kind == PX_CLAIM_REPORTED) &&
			    (q->q_start < x->start || q->q_end > x->end || q->quote == NULL ||
			     (q->speaker && !q->speaker[0]) || !span_ok(q->src_start, q->src_end, len) ||
			     !span_ok(q->cue_start, q->cue_end, len)))
				abort();
			if (x->kind == PX_CLAIM_REPORTED &&
			    (!q->reported || q->q_start != x->start || q->q_end != x->end))
				abort();
			if (x->kind == PX_CLAIM_ENTITY &&
			    (!x->u.entity.name || !x->u.entity.name[0] || !x->u.entity.canonical))
				abort();
			px_buf_reset(&b);
			if (px_claim_to_json(x, "fuzz", t, len, &b) != PX_OK)
				abort();
		}
		px_claims_free(c);
	}
	px_buf_release(&b);
	if (parsed)
		px_doc_release(&doc);
	return 0;
}
