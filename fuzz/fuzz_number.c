/*
 * Fuzz target: the number parser and the quantity and date recognisers on
 * arbitrary bytes (made valid UTF-8 first, as the text layer guarantees).
 * Invariants: number mentions are ordered, inside the text and on UTF-8
 * boundaries; every claim's span is inside the text; a quantity has
 * finite low <= value <= high, and a range has value == low; a range
 * joined from two bounds has low < high and its figure inside its span,
 * and only such a range has open ends.
 */
#include <math.h>
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
	size_t len = px_utf8_valid_prefix(t, size > 65536 ? 65536 : size), n = 0, i = 0, prev = 0;
	struct px_number *nums = NULL;
	struct px_sentence s;
	struct px_doc doc;
	struct px_claims *c = NULL;
	struct px_claims_opts o = {PX_CLAIMS_QUANTITIES | PX_CLAIMS_DATES, "2023-11-16"};

	if (X == NULL && px_extractor_new(&X) != PX_OK)
		abort();
	if (px_numbers_scan(X, t, len, &nums, &n) == PX_OK) {
		for (i = 0; i < n; i++) {
			if (nums[i].start < prev || nums[i].end > len || nums[i].start >= nums[i].end)
				abort();
			if (((unsigned char)t[nums[i].start] & 0xC0) == 0x80)
				abort();
			prev = nums[i].end;
		}
		px_free(nums);
	}
	memset(&s, 0, sizeof s);
	memset(&doc, 0, sizeof doc);
	s.end = len;
	doc.text = t;
	doc.len = len;
	doc.sents = &s;
	doc.n_sents = len ? 1 : 0;
	if (px_claims_extract(X, NULL, &doc, &o, &c) == PX_OK) {
		for (i = 0; i < c->n; i++) {
			const struct px_claim *x = &c->items[i];
			if (x->start > x->end || x->end > len)
				abort();
			if (x->kind == PX_CLAIM_QUANTITY) {
				const struct px_quantity *q = &x->u.quantity;
				if (!isfinite(q->low) || !isfinite(q->high) || !isfinite(q->value) ||
				    q->low > q->value || q->value > q->high)
					abort();
				if (q->approx == PX_APPROX_RANGE && q->value != q->low)
					abort();
				/* two bounds joined: a range, ends in order, spans
				   within the claim */
				if ((q->flags & PX_QTY_BOUNDS) &&
				    (q->approx != PX_APPROX_RANGE || !(q->low < q->high) ||
				     q->fig_end > x->end || q->fig_start < x->start))
					abort();
				if ((q->flags & (PX_QTY_LOW_OPEN | PX_QTY_HIGH_OPEN)) &&
				    !(q->flags & PX_QTY_BOUNDS))
					abort();
			}
		}
		px_claims_free(c);
	}
	return 0;
}
