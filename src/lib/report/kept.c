/*
 * Kept documents: a compact copy of an article's segmented title and body,
 * made when its window has been clustered (build.c, keep_docs), so that
 * building its story (step 3) does not segment the article again.
 *
 * A px_doc holds about 60 bytes per token: the 40-byte token, its fold
 * with the zero padding the stemmer's cache reads, its stem and the bump
 * space around them. The copy holds about 8: per token a record of its
 * flags, its start as the gap from the previous token's end, its length
 * (a byte each; the fold's and the stem's lengths only where they differ
 * from it), then its fold unless it is the token's text, and, when the doc
 * has a stem of its own for it, the stem, each NUL-terminated, token after
 * token. Paragraphs and sentences are kept as 32-bit offsets. Everything
 * is in one allocation. On bench-news the copies take 78.8 MB instead of
 * 213.5 MB with 32-bit token offsets, 16-bit lengths (14 bytes a token
 * before its strings, two thirds of the copies) and every fold.
 *
 * Invariant: px__kept_unpack, given the text the doc was packed from,
 * gives a doc whose spans, sentences, tokens, flags, lengths and strings
 * are those of the doc packed; its stems and the folds that are not the
 * token's text point into the copy, so the copy must outlive the doc (the
 * other folds are copied into the doc's arena). A doc that does not fit
 * the copy's integer widths is not packed (px__kept_pack says so), and is
 * segmented again.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "parallax/segment.h"
#include "report_internal.h"

/*
 * Token records. A record opens with its flags (16 bits, low byte first);
 * the token flags use the low 9 bits, the copy the top four:
 *   OWN_STEM   the doc has a stem of its own for the token (it follows
 *              the fold);
 *   FOLD_LEN   the fold's length is not the token's (a byte follows);
 *   STEM_LEN   the stem's length is not the fold's (a byte follows);
 *   WIDE       the record holds the token's start and end as 32 bits and
 *              the two lengths as 16 bits, where the short form would not
 *              hold them;
 *   FOLD_TEXT  the fold is the token's text byte for byte (a word in
 *              lower case, a number, most punctuation: 84% of the tokens
 *              on bench-news) and is not stored; unpacking copies it from
 *              the text into the doc's arena.
 * The short form: the bytes from the previous token's end (or from 0) to
 * its start, its length, then the bytes the flags ask for. The fold
 * (unless FOLD_TEXT) and, with OWN_STEM, the stem follow, each
 * NUL-terminated. Most tokens take 4
 * bytes besides their strings (14 in the fixed-width arrays before).
 */
#define OWN_STEM 0x8000u
#define FOLD_LEN 0x4000u
#define STEM_LEN 0x2000u
#define WIDE 0x1000u
#define FOLD_TEXT 0x0800u
#define COPY_FLAGS (OWN_STEM | FOLD_LEN | STEM_LEN | WIDE | FOLD_TEXT)

/* Bytes of a record besides its strings, at most. */
#define RECORD_MAX (2 + 2 * sizeof(uint32_t) + 2 * sizeof(uint16_t))

struct kept_doc {
	int present; /* the doc was parsed (its text is set) */
	size_t len;
	size_t n_paras, n_sents, n_toks;
	size_t arrays;  /* offset in data: paras (start, end) and sentences
			   (start, end, para, tok_start, tok_end), 32 bits */
	size_t records; /* offset in data: token records with their strings,
			   token order */
	size_t folds;   /* bytes of the folds not stored (FOLD_TEXT), each
			   with its NUL */
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

/* Bytes of the fixed-width arrays of a doc, a multiple of 4 bytes so that
   the next doc's arrays stay aligned. */
static size_t
doc_arrays(const struct px_doc *d)
{
	return d->n_paras * 2 * sizeof(uint32_t) + d->n_sents * 5 * sizeof(uint32_t);
}

/* A bound on the bytes of a doc's records: every fold and stem is in its
   arena (with padding), but a token's fold may instead be a static
   one-character string, which takes two bytes here. */
static size_t
doc_records_bound(const struct px_doc *d)
{
	return d->arena.total + (2 + RECORD_MAX) * d->n_toks;
}

static unsigned char *
put_u16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v & 0xFF);
	p[1] = (unsigned char)(v >> 8);
	return p + 2;
}

static unsigned char *
put_u32(unsigned char *p, uint32_t v)
{
	p = put_u16(p, v & 0xFFFF);
	return put_u16(p, v >> 16);
}

static unsigned
get_u16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static uint32_t
get_u32(const unsigned char *p)
{
	return (uint32_t)get_u16(p) | (uint32_t)get_u16(p + 2) << 16;
}

/* Copy d into data at offsets k->arrays and k->records; *end gets the
   offset past its records. Returns the union of its tokens' flags. */
static unsigned
doc_pack(const struct px_doc *d, struct kept_doc *k, char *data, size_t arrays,
	 size_t records, size_t *end)
{
	uint32_t *u32 = (uint32_t *)(void *)(data + arrays);
	unsigned char *p = (unsigned char *)data + records;
	size_t i = 0, n = d->n_toks, prev = 0;
	unsigned all = 0;

	memset(k, 0, sizeof(*k));
	k->arrays = arrays;
	k->records = records;
	*end = records;
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
	for (i = 0; i < n; i++) {
		const struct px_token *t = &d->toks[i];
		size_t fl = px_token_fold_len(t) + 1, tl = t->end - t->start;
		size_t gap = t->start - prev; /* huge when the token starts before */
		unsigned f = t->flags;
		all |= f;
		if (t->stem != t->fold)
			f |= OWN_STEM;
		if (t->fold_len != tl)
			f |= FOLD_LEN;
		if (t->stem_len != t->fold_len)
			f |= STEM_LEN;
		/* A capitalised token's fold is never its text: no compare. */
		if (!(f & (PX_TOK_CAP | PX_TOK_UPPER)) && t->fold_len == tl &&
		    tl < UINT16_MAX && memcmp(d->text + t->start, t->fold, tl) == 0) {
			f |= FOLD_TEXT;
			k->folds += fl;
		}
		if ((gap | tl | t->fold_len | t->stem_len) > 0xFF) {
			p = put_u16(p, f | WIDE);
			p = put_u32(p, (uint32_t)t->start);
			p = put_u32(p, (uint32_t)t->end);
			p = put_u16(p, t->fold_len);
			p = put_u16(p, t->stem_len);
		} else {
			p = put_u16(p, f);
			*p++ = (unsigned char)gap;
			*p++ = (unsigned char)tl;
			if (f & FOLD_LEN)
				*p++ = (unsigned char)t->fold_len;
			if (f & STEM_LEN)
				*p++ = (unsigned char)t->stem_len;
		}
		prev = t->end;
		if (!(f & FOLD_TEXT)) {
			memcpy(p, t->fold, fl);
			p += fl;
		}
		if (f & OWN_STEM) {
			size_t sl = px_token_stem_len(t) + 1;
			memcpy(p, t->stem, sl);
			p += sl;
		}
	}
	*end = (size_t)((char *)p - data);
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
	bound = doc_records_bound(title) + doc_records_bound(text);
	k = px_alloc(head + a0 + a1 + bound);
	if (k == NULL)
		return PX_ENOMEM;
	flags = doc_pack(title, &k->doc[0], (char *)k->data, 0, a0 + a1, &end);
	flags |= doc_pack(text, &k->doc[1], (char *)k->data, a0, end, &end);
	if (flags & COPY_FLAGS) {
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
	const unsigned char *p = (const unsigned char *)data + k->records;
	char *folds = NULL;
	size_t i = 0, n = k->n_toks, prev = 0;

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
	if (k->folds && (folds = px_arena_alloc(&d->arena, k->folds + 8)) == NULL)
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
	for (i = 0; i < n; i++) {
		struct px_token *t = &d->toks[i];
		unsigned f = get_u16(p);
		if (f & WIDE) {
			t->start = get_u32(p + 2);
			t->end = get_u32(p + 6);
			t->fold_len = (uint16_t)get_u16(p + 10);
			t->stem_len = (uint16_t)get_u16(p + 12);
			p += 14;
		} else {
			t->start = prev + p[2];
			t->end = t->start + p[3];
			t->fold_len = p[3];
			p += 4;
			if (f & FOLD_LEN)
				t->fold_len = *p++;
			t->stem_len = t->fold_len;
			if (f & STEM_LEN)
				t->stem_len = *p++;
		}
		prev = t->end;
		t->flags = f & ~COPY_FLAGS;
		if (f & FOLD_TEXT) {
			/* Most folds are short: eight bytes in one move where
			   the text has them (the buffer has eight to spare;
			   the next fold overwrites what passes the NUL). */
			if (t->fold_len <= 8 && t->start + 8 <= k->len)
				memcpy(folds, text + t->start, 8);
			else
				memcpy(folds, text + t->start, t->fold_len);
			folds[t->fold_len] = '\0';
			t->fold = folds;
			folds += t->fold_len + 1;
		} else {
			t->fold = (const char *)p;
			p += (t->fold_len < UINT16_MAX ? t->fold_len : strlen(t->fold)) + 1;
		}
		t->stem = t->fold;
		if (f & OWN_STEM) {
			t->stem = (const char *)p;
			p += (t->stem_len < UINT16_MAX ? t->stem_len : strlen(t->stem)) + 1;
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
