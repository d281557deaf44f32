/*
 * Fuzz target: segmentation of arbitrary text. The first byte selects the
 * path: bit 7 clear runs the bytes through px_article_from_text (decode,
 * repair, clean with flags = low four bits) so the segmenter sees valid
 * UTF-8 as in production; bit 7 set feeds the raw bytes to px_doc_parse
 * (invalid UTF-8 and NUL included), which must not crash either. Bit 4
 * asks for tokens, bit 5 for stems.
 *
 * Invariants checked (abort on violation):
 * - sentences are non-empty, in order, non-overlapping, inside the text,
 *   start and end on non-space bytes, and lie inside their paragraph;
 *   paragraph indexes are valid and non-decreasing;
 * - for valid UTF-8 input no sentence or token boundary splits a sequence;
 * - tokens are non-empty, ordered, inside the text, with NUL-terminated
 *   folds and stems; sentence token ranges tile the token array;
 * - sentence boundaries do not depend on the flags (tokens or not) and
 *   parsing is deterministic.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One stemmer for the whole run: creating one per input is slow. */
static struct px_stemmer *fuzz_stemmer;

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0;
}

static int
continuation(const char *t, size_t len, size_t i)
{
	return i < len && ((unsigned char)t[i] & 0xC0) == 0x80;
}

static void
check(const char *text, size_t len, unsigned flags)
{
	struct px_doc doc, plain;
	size_t i = 0, prev_end = 0, prev_para = 0;
	int valid = px_utf8_valid(text, len);
	struct px_stemmer *st = (flags & PX_DOC_STEMS) ? fuzz_stemmer : NULL;

	if ((flags & PX_DOC_STEMS) && st == NULL)
		flags &= ~(unsigned)PX_DOC_STEMS;
	if (px_doc_parse(&doc, text, len, flags, st) != PX_OK)
		return;
	for (i = 0; i < doc.n_sents; i++) {
		const struct px_sentence *s = &doc.sents[i];
		if (s->start >= s->end || s->end > len || s->start < prev_end)
			abort();
		if (is_space((unsigned char)text[s->start]) || is_space((unsigned char)text[s->end - 1]))
			abort();
		if (s->para >= doc.n_paras || s->para < prev_para)
			abort();
		if (s->start < doc.paras[s->para].start || s->end > doc.paras[s->para].end)
			abort();
		if (valid && (continuation(text, len, s->start) || continuation(text, len, s->end)))
			abort();
		if (flags & PX_DOC_TOKENS) {
			if (s->tok_start >= s->tok_end || s->tok_end > doc.n_toks)
				abort();
			if (s->tok_start != (i ? doc.sents[i - 1].tok_end : 0))
				abort();
			if (doc.toks[s->tok_start].start != s->start ||
			    doc.toks[s->tok_end - 1].end != s->end)
				abort();
		}
		prev_end = s->end;
		prev_para = s->para;
	}
	if ((flags & PX_DOC_TOKENS) && doc.n_sents &&
	    doc.sents[doc.n_sents - 1].tok_end != doc.n_toks)
		abort();
	for (i = 0; i < doc.n_toks; i++) {
		const struct px_token *t = &doc.toks[i];
		if (t->start >= t->end || t->end > len || (i && t->start < doc.toks[i - 1].end))
			abort();
		if (t->fold == NULL || t->stem == NULL || strlen(t->fold) > 3 * (t->end - t->start))
			abort();
		if (valid && (continuation(text, len, t->start) || continuation(text, len, t->end)))
			abort();
	}
	/* The same boundaries without tokens. */
	if (px_doc_parse(&plain, text, len, 0, NULL) == PX_OK) {
		if (plain.n_sents != doc.n_sents)
			abort();
		for (i = 0; i < doc.n_sents; i++)
			if (plain.sents[i].start != doc.sents[i].start ||
			    plain.sents[i].end != doc.sents[i].end)
				abort();
		px_doc_release(&plain);
	}
	px_doc_release(&doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct px_article *a = NULL;
	unsigned sel = 0, flags = 0;

	if (size == 0)
		return 0;
	sel = data[0];
	if (fuzz_stemmer == NULL && px_stemmer_new("en", &fuzz_stemmer) != PX_OK)
		fuzz_stemmer = NULL;
	flags = ((sel & 0x10) ? PX_DOC_TOKENS : 0) | ((sel & 0x20) ? PX_DOC_STEMS | PX_DOC_TOKENS : 0);
	if (sel & 0x80) {
		check((const char *)data + 1, size - 1, flags);
		return 0;
	}
	if (px_article_from_text("fuzz", (const char *)data + 1, size - 1, NULL,
				 sel & PX_CLEAN_ALL, &a) != PX_OK)
		return 0;
	check(a->text, a->text_len, flags);
	if (a->title)
		check(a->title, a->title_len, flags);
	px_article_free(a);
	return 0;
}
