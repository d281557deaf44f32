/*
 * Kept documents: a compact copy of an article's segmented title and body,
 * made when its window has been clustered (build.c, keep_docs), so that
 * building its story (step 3) does not segment the article again.
 *
 * A px_doc holds about 60 bytes per token: the 40-byte token, its fold
 * with the zero padding the stemmer's cache reads, its stem and the bump
 * space around them. The copy holds about 22: per token its offsets (32
 * bits each), its flags and the lengths of its fold and stem (16 bits
 * each), then its fold and, when the doc has a stem of its own for it, the
 * stem, each NUL-terminated, token after token. Paragraphs and sentences
 * are kept as 32-bit offsets. Everything is in one allocation.
 *
 * Invariant: px__kept_unpack gives a doc whose spans, sentences, tokens,
 * flags, lengths and strings are those of the doc packed; its folds and
 * stems point into the copy (not into an arena of its own), so the copy
 * must outlive the doc. A doc that does not fit the copy's integer widths
 * is not packed (px__kept_pack says so), and is segmented again.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "parallax/segment.h"
#include "report_internal.h"

/* A flag bit the token flags never use: the token has a stem of its own. */
#define OWN_STEM 0x8000u

struct kept_doc {
	int present; /* the doc was parsed (its text is set) */
	size_t len;
	size_t n_paras, n_sents, n_toks;
	size_t arrays;  /* offset in data: paras (start, end), sentences
			   (start, end, para, tok_start, tok_end), token
			   starts and ends (32 bits), then token flags (with
			   OWN_STEM), fold and stem lengths (16 bits) */
	size_t strings; /* offset in data: folds and own stems, token order */
};

/* Offsets, not pointers: the block may move when it is shrunk. */
struct px__report_kept {
	struct kept_doc doc[2]; /* title, text */
	size_t bytes;           /* the allocation's size */
	max_align_t data[];
};

/* Whether the doc's offsets and counts fit the copy's widths (its flags
   are checked while packing). */
static int
doc_fits(const struct px_doc *d)
{
	return d->len <= UINT32_MAX && d->n_toks <= UINT32_MAX && d->n_sents <= UINT32_MAX &&
	       d->n_paras <= UINT32_MAX;
}

/* Bytes of the fixed-width arrays of a doc, rounded up so that the next
   doc's 32-bit arrays stay aligned. */
static size_t
doc_arrays(const struct px_doc *d)
{
	size_t n = d->n_paras * 2 * sizeof(uint32_t) + d->n_sents * 5 * sizeof(uint32_t) +
		   d->n_toks * (2 * sizeof(uint32_t) + 3 * sizeof(uint16_t));

	return (n + sizeof(uint32_t) - 1) & ~(sizeof(uint32_t) - 1);
}

/* A bound on the bytes of a doc's strings: every fold and stem is in its
   arena (with padding), but a token's fold may instead be a static
   one-character string, which takes two bytes here. */
static size_t
doc_strings_bound(const struct px_doc *d)
{
	return d->arena.total + 2 * d->n_toks;
}

/* Copy d into data at offsets k->arrays and k->strings; *end gets the
   offset past its strings. Returns the union of its tokens' flags. */
static unsigned
doc_pack(const struct px_doc *d, struct kept_doc *k, char *data, size_t arrays,
	 size_t strings, size_t *end)
{
	uint32_t *u32 = (uint32_t *)(void *)(data + arrays);
	uint16_t *u16 = NULL;
	char *s = data + strings;
	size_t i = 0, n = d->n_toks;
	unsigned all = 0;

	memset(k, 0, sizeof(*k));
	k->arrays = arrays;
	k->strings = strings;
	*end = strings;
	if (d->text == NULL)
		return 0;
	k->present = 1;
	k->len = d->len;
	k->n_paras = d->n_paras;
	k->n_sents = d->n_sents;
	k->n_toks = n;
	for (i = 0; i < d->n_paras; i++) {
		*u32++ = (uint32_t)d->paras[i].start;
		*u32++ = (uint32_t)d->paras[i].end;
	}
	for (i = 0; i < d->n_sents; i++) {
		const struct px_sentence *x = &d->sents[i];
		*u32++ = (uint32_t)x->start;
		*u32++ = (uint32_t)x->end;
		*u32++ = (uint32_t)x->para;
		*u32++ = (uint32_t)x->tok_start;
		*u32++ = (uint32_t)x->tok_end;
	}
	u16 = (uint16_t *)(void *)(u32 + 2 * n);
	for (i = 0; i < n; i++) {
		const struct px_token *t = &d->toks[i];
		size_t fl = px_token_fold_len(t) + 1;
		unsigned f = t->flags;
		all |= f;
		u32[i] = (uint32_t)t->start;
		u32[n + i] = (uint32_t)t->end;
		memcpy(s, t->fold, fl);
		s += fl;
		if (t->stem != t->fold) {
			size_t sl = px_token_stem_len(t) + 1;
			memcpy(s, t->stem, sl);
			s += sl;
			f |= OWN_STEM;
		}
		u16[i] = (uint16_t)f;
		u16[n + i] = t->fold_len;
		u16[2 * n + i] = t->stem_len;
	}
	*end = (size_t)(s - data);
	return all;
}

px_status
px__kept_pack(const struct px_doc *title, const struct px_doc *text,
	      struct px__report_kept **out)
{
	struct px__report_kept *k = NULL, *shrunk = NULL;
	size_t a0 = 0, a1 = 0, bound = 0, end = 0;
	unsigned flags = 0;
	size_t head = offsetof(struct px__report_kept, data);

	*out = NULL;
	if (!doc_fits(title) || !doc_fits(text))
		return PX_OK;
	a0 = doc_arrays(title);
	a1 = doc_arrays(text);
	bound = doc_strings_bound(title) + doc_strings_bound(text);
	k = px_alloc(head + a0 + a1 + bound);
	if (k == NULL)
		return PX_ENOMEM;
	flags = doc_pack(title, &k->doc[0], (char *)k->data, 0, a0 + a1, &end);
	flags |= doc_pack(text, &k->doc[1], (char *)k->data, a0, end, &end);
	if (flags & OWN_STEM) {
		px_free(k);
		return PX_OK;
	}
	k->bytes = head + end;
	/* Give back what the bound overestimated. */
	shrunk = px_realloc(k, k->bytes);
	*out = shrunk ? shrunk : k;
	return PX_OK;
}

size_t
px__kept_bytes(const struct px__report_kept *k)
{
	return k ? k->bytes : 0;
}

static px_status
doc_unpack(const struct kept_doc *k, const char *data, const char *text, struct px_doc *d)
{
	const uint32_t *u = (const uint32_t *)(const void *)(data + k->arrays);
	const uint32_t *starts = NULL, *ends = NULL;
	const uint16_t *flags = NULL, *fold_len = NULL, *stem_len = NULL;
	const char *s = data + k->strings;
	size_t i = 0, n = k->n_toks;

	memset(d, 0, sizeof(*d));
	if (!k->present)
		return PX_OK;
	d->text = text;
	d->len = k->len;
	px_arena_init(&d->arena, 64 * 1024, 0);
	if (k->n_paras) {
		d->paras = px_alloc(k->n_paras * sizeof(*d->paras));
		if (d->paras == NULL)
			return PX_ENOMEM;
	}
	if (k->n_sents) {
		d->sents = px_alloc(k->n_sents * sizeof(*d->sents));
		if (d->sents == NULL)
			return PX_ENOMEM;
	}
	d->toks = px_alloc(n * sizeof(*d->toks));
	if (d->toks == NULL)
		return PX_ENOMEM;
	for (i = 0; i < k->n_paras; i++, u += 2) {
		d->paras[i].start = u[0];
		d->paras[i].end = u[1];
	}
	d->n_paras = k->n_paras;
	for (i = 0; i < k->n_sents; i++, u += 5) {
		struct px_sentence *x = &d->sents[i];
		x->start = u[0];
		x->end = u[1];
		x->para = u[2];
		x->tok_start = u[3];
		x->tok_end = u[4];
	}
	d->n_sents = k->n_sents;
	starts = u;
	ends = u + n;
	flags = (const uint16_t *)(const void *)(u + 2 * n);
	fold_len = flags + n;
	stem_len = flags + 2 * n;
	for (i = 0; i < n; i++) {
		struct px_token *t = &d->toks[i];
		unsigned f = flags[i];
		t->start = starts[i];
		t->end = ends[i];
		t->flags = f & ~OWN_STEM;
		t->fold_len = fold_len[i];
		t->stem_len = stem_len[i];
		t->fold = s;
		s += (t->fold_len < UINT16_MAX ? t->fold_len : strlen(s)) + 1;
		t->stem = t->fold;
		if (f & OWN_STEM) {
			t->stem = s;
			s += (t->stem_len < UINT16_MAX ? t->stem_len : strlen(s)) + 1;
		}
	}
	d->n_toks = n;
	return PX_OK;
}

px_status
px__kept_unpack(const struct px__report_kept *k, const char *title, const char *text,
		struct px_doc *title_doc, struct px_doc *text_doc)
{
	const char *data = (const char *)k->data;
	px_status st = doc_unpack(&k->doc[0], data, title, title_doc);

	if (st == PX_OK)
		st = doc_unpack(&k->doc[1], data, text, text_doc);
	if (st) {
		px_doc_release(title_doc);
		px_doc_release(text_doc);
	}
	return st;
}

void
px__kept_free(struct px__report_kept *k)
{
	px_free(k);
}
