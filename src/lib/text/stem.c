/*
 * Word lexicons and stems: the stopword list and the segmentation lexicon
 * (data/stopwords_en.txt, data/abbreviations_en.txt, compiled into the
 * library), and px_stemmer, a Snowball stemmer (libstemmer) behind a cache.
 *
 * The lexicons are searched in place: after their '#' header, the lines of
 * each file are in byte order, so a binary search over the embedded bytes
 * needs no table built at run time and no global state. That costs a few
 * comparisons per lookup, which is fine for the segmenter's occasional
 * questions. For the per-token stopword flag the stemmer's cache answers
 * instead: word frequencies are Zipfian, so almost every token is a cache
 * hit (one hash, one compare) and libstemmer runs once per distinct word.
 *
 * Invariants: the cache never holds more than PX__SC_MAX entries; when full
 * it is cleared at the next insertion (results are copied by callers before
 * that can happen). Words longer than PX__SC_WORD_MAX bytes are not stemmed.
 */
#include <string.h>

#include <libstemmer.h>

#include "seg_internal.h"

#define PX__SC_BITS 16
#define PX__SC_MAX ((size_t)1 << (PX__SC_BITS - 1))
#define PX__SC_WORD_MAX 64

/* -------------------------------------------------------------- lexicons */

/* The body of a data file: the bytes after its leading '#' lines. */
static int
lexicon_body(const char *name, const char **body, const char **end)
{
	const char *d = NULL;
	size_t len = 0;

	if (px_data_get(name, &d, &len) != PX_OK)
		return 0;
	*end = d + len;
	while (d < *end && *d == '#') {
		const char *nl = memchr(d, '\n', (size_t)(*end - d));
		d = nl ? nl + 1 : *end;
	}
	*body = d;
	return 1;
}

/*
 * Binary search of key among the sorted lines of [lo, hi); each line holds
 * a key ended by a tab or the newline. Returns the line, or NULL.
 */
static const char *
lexicon_find(const char *lo, const char *hi, const char *key, size_t len)
{
	while (lo < hi) {
		const char *mid = lo + (hi - lo) / 2;
		const char *ls = mid, *le = NULL, *ke = NULL;
		size_t kl = 0;
		int c = 0;

		while (ls > lo && ls[-1] != '\n')
			ls--;
		le = memchr(ls, '\n', (size_t)(hi - ls));
		if (le == NULL)
			le = hi;
		ke = ls;
		while (ke < le && *ke != '\t')
			ke++;
		kl = (size_t)(ke - ls);
		c = memcmp(ls, key, kl < len ? kl : len);
		if (c == 0)
			c = kl < len ? -1 : kl > len;
		if (c == 0)
			return ls;
		if (c < 0)
			lo = le + 1;
		else
			hi = ls;
	}
	return NULL;
}

int
px_is_stopword(const char *w, size_t len)
{
	const char *body = NULL, *end = NULL;

	if (len == 0 || len > 16 || !lexicon_body("stopwords_en.txt", &body, &end))
		return 0;
	return lexicon_find(body, end, w, len) != NULL;
}

int
px__abbr_class(const char *w, size_t len)
{
	const char *body = NULL, *end = NULL, *line = NULL;
	char low[32];
	size_t i = 0;

	if (len == 0 || len >= sizeof(low) || !lexicon_body("abbreviations_en.txt", &body, &end))
		return PX__LX_NONE;
	for (i = 0; i < len; i++) {
		char c = w[i];
		low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	line = lexicon_find(body, end, low, len);
	if (line == NULL || line + len + 1 >= end)
		return PX__LX_NONE;
	return (unsigned char)line[len + 1];
}

/* --------------------------------------------------------------- stemmer */

struct px__sc_entry {
	const char *key; /* NULL: empty slot */
	const char *stem;
	uint32_t klen;
	uint32_t slen;
	uint32_t hash;
	uint32_t stop;
};

struct px_stemmer {
	struct sb_stemmer *sb;
	struct px__sc_entry *tab; /* 1 << PX__SC_BITS slots */
	size_t n;
	struct px_arena strings;
};

px_status
px_stemmer_new(const char *lang, struct px_stemmer **out)
{
	struct px_stemmer *s = NULL;
	const char *algo = NULL;
	px_status st = PX_OK;

	*out = NULL;
	if (lang == NULL)
		return PX_EINVAL;
	if (strcmp(lang, "en") == 0 || strcmp(lang, "eng") == 0 ||
	    strcmp(lang, "english") == 0)
		algo = "english";
	else
		return PX_EUNSUPPORTED;
	s = px_calloc(1, sizeof(*s));
	if (s == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	s->tab = px_calloc((size_t)1 << PX__SC_BITS, sizeof(*s->tab));
	if (s->tab == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	px_arena_init(&s->strings, 64 * 1024, 0);
	/* libstemmer allocates with the C library; it has no allocator hook. */
	s->sb = sb_stemmer_new(algo, "UTF_8");
	if (s->sb == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	*out = s;
	s = NULL;
cleanup:
	px_stemmer_free(s);
	return st;
}

void
px_stemmer_free(struct px_stemmer *s)
{
	if (s == NULL)
		return;
	if (s->sb)
		sb_stemmer_delete(s->sb);
	px_free(s->tab);
	px_arena_release(&s->strings);
	px_free(s);
}

/* Snowball stem of w, borrowed from libstemmer until its next call. */
static const char *
stem_raw(struct px_stemmer *s, const char *w, size_t len, size_t *out_len)
{
	const sb_symbol *r = NULL;

	if (len == 0 || len > PX__SC_WORD_MAX) {
		*out_len = len;
		return w;
	}
	r = sb_stemmer_stem(s->sb, (const sb_symbol *)w, (int)len);
	if (r == NULL) {
		*out_len = len;
		return w;
	}
	*out_len = (size_t)sb_stemmer_length(s->sb);
	return (const char *)r;
}

const char *
px_stemmer_stem(struct px_stemmer *s, const char *w, size_t len,
		size_t *out_len)
{
	const char *stem = NULL;
	int stop = 0;

	if (px__stemmer_lookup(s, w, len, &stem, out_len, &stop))
		return stem;
	return stem_raw(s, w, len, out_len);
}

int
px__stemmer_lookup(struct px_stemmer *s, const char *w, size_t len,
		   const char **stem, size_t *stem_len, int *stop)
{
	const size_t mask = ((size_t)1 << PX__SC_BITS) - 1;
	uint64_t h = 0;
	size_t i = 0;
	struct px__sc_entry *e = NULL;
	const char *r = NULL;
	size_t rl = 0;
	char *mem = NULL;

	if (len > PX__SC_WORD_MAX) {
		*stem = w;
		*stem_len = len;
		*stop = 0;
		return 1;
	}
	h = px_hash64(w, len, 0x9E3779B97F4A7C15ULL);
	i = (size_t)h & mask;
	for (;;) {
		e = &s->tab[i];
		if (e->key == NULL)
			break;
		if (e->hash == (uint32_t)(h >> 32) && e->klen == len &&
		    memcmp(e->key, w, len) == 0) {
			*stem = e->stem;
			*stem_len = e->slen;
			*stop = (int)e->stop;
			return 1;
		}
		i = (i + 1) & mask;
	}
	if (s->n >= PX__SC_MAX) {
		/* Full: start afresh rather than grow without bound. */
		memset(s->tab, 0, (mask + 1) * sizeof(*s->tab));
		px_arena_reset(&s->strings);
		s->n = 0;
		i = (size_t)h & mask;
		e = &s->tab[i];
	}
	r = stem_raw(s, w, len, &rl);
	mem = px_arena_alloc(&s->strings, len + rl + 2);
	if (mem == NULL)
		return 0;
	memcpy(mem, w, len);
	mem[len] = '\0';
	memcpy(mem + len + 1, r, rl);
	mem[len + 1 + rl] = '\0';
	e->key = mem;
	e->stem = mem + len + 1;
	e->klen = (uint32_t)len;
	e->slen = (uint32_t)rl;
	e->hash = (uint32_t)(h >> 32);
	e->stop = (uint32_t)px_is_stopword(w, len);
	s->n++;
	*stem = e->stem;
	*stem_len = rl;
	*stop = (int)e->stop;
	return 1;
}
