/*
 * Segmentation. Placeholder: paragraphs at blank lines, sentences after
 * ". ", "? " and "! "; the real segmenter lands later.
 */
#include <string.h>

#include "parallax/segment.h"

static px_status
add_sent(struct px_doc *doc, size_t *cap, size_t s, size_t e, size_t para)
{
	px_status st = PX_OK;

	while (s < e && (doc->text[s] == ' ' || doc->text[s] == '\n'))
		s++;
	while (e > s && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\n'))
		e--;
	if (s == e)
		return PX_OK;
	st = px_grow((void **)&doc->sents, cap, doc->n_sents + 1,
		     sizeof(*doc->sents));
	if (st)
		return st;
	doc->sents[doc->n_sents].start = s;
	doc->sents[doc->n_sents].end = e;
	doc->sents[doc->n_sents].para = para;
	doc->sents[doc->n_sents].tok_start = 0;
	doc->sents[doc->n_sents].tok_end = 0;
	doc->n_sents++;
	return PX_OK;
}

px_status
px_doc_parse(struct px_doc *doc, const char *text, size_t len, unsigned flags,
	     struct px_stemmer *stemmer)
{
	size_t cap = 0;
	size_t i = 0, s = 0;
	px_status st = PX_OK;

	(void)flags;
	(void)stemmer;
	memset(doc, 0, sizeof(*doc));
	doc->text = text;
	doc->len = len;
	for (i = 0; i <= len && st == PX_OK; i++) {
		if (i == len || (text[i] == '\n' && i + 1 < len && text[i + 1] == '\n')) {
			st = add_sent(doc, &cap, s, i, 0);
			s = i + 1;
		} else if ((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
			   i + 1 < len && text[i + 1] == ' ') {
			st = add_sent(doc, &cap, s, i + 1, 0);
			s = i + 1;
		}
	}
	if (st)
		px_doc_release(doc);
	return st;
}

void
px_doc_release(struct px_doc *doc)
{
	px_free(doc->paras);
	px_free(doc->sents);
	px_free(doc->toks);
	px_arena_release(&doc->arena);
	memset(doc, 0, sizeof(*doc));
}

px_status
px_stemmer_new(const char *lang, struct px_stemmer **out)
{
	(void)lang;
	*out = NULL;
	return PX_EUNSUPPORTED;
}

void
px_stemmer_free(struct px_stemmer *s)
{
	(void)s;
}

const char *
px_stemmer_stem(struct px_stemmer *s, const char *w, size_t len,
		size_t *out_len)
{
	(void)s;
	*out_len = len;
	return w;
}

int
px_is_stopword(const char *w, size_t len)
{
	(void)w;
	(void)len;
	return 0;
}
