/*
 * Fuzz target: article cleaning and segmentation of arbitrary text. The first
 * byte selects clean flags. Invariants: sentences are ordered, inside the
 * text, non-empty, and never split a UTF-8 sequence.
 */
#include <stdint.h>
#include <stdlib.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct px_article *a = NULL;
	unsigned flags = size ? (data[0] & PX_CLEAN_ALL) : 0;
	struct px_doc doc;
	size_t i = 0, prev = 0;

	if (size == 0)
		return 0;
	if (px_article_from_text("fuzz", (const char *)data + 1, size - 1, NULL, flags, &a) != PX_OK)
		return 0;
	if (px_doc_parse(&doc, a->text, a->text_len, PX_DOC_TOKENS, NULL) == PX_OK) {
		for (i = 0; i < doc.n_sents; i++) {
			const struct px_sentence *s = &doc.sents[i];
			if (s->start >= s->end || s->end > a->text_len || s->start < prev)
				abort();
			if (((unsigned char)a->text[s->start] & 0xC0) == 0x80)
				abort();
			prev = s->end;
		}
		px_doc_release(&doc);
	}
	px_article_free(a);
	return 0;
}
