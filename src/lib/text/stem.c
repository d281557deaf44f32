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
 * Invariants: the cache never holds more than 3/4 of its slots, so probes
 * stay short. It starts at 1 << PX__SC_BITS_MIN slots and doubles as words
 * come, up to 1 << PX__SC_BITS (PX__SC_MAX entries); a report of a few
 * articles makes several stemmers and so never clears or faults in the
 * 4 MiB of a full table. Once full it stops taking new words, which
 * are then stemmed on every use. Stems it returns are borrowed until the
 * next call (the string pool may move), so callers copy them. Words longer
 * than PX__SC_WORD_MAX bytes are not stemmed.
 */
#include <string.h>

#include <libstemmer.h>

#include "seg_internal.h"

#define PX__SC_BITS 17
#define PX__SC_BITS_MIN 10
#define PX__SC_MAX ((size_t)3 << (PX__SC_BITS - 2))
#define PX__SC_WORD_MAX 64

/* -------------------------------------------------------------- lexicons */

void
px__seglex_open(struct px__seglex *lx, const char *name)
{
	const char *d = NULL;
	size_t len = 0;

	lx->lo = lx->hi = NULL;
	if (px_data_get(name, &d, &len) != PX_OK)
		return;
	lx->hi = d + len;
	while (d < lx->hi && *d == '#') {
		const char *nl = memchr(d, '\n', (size_t)(lx->hi - d));
		d = nl ? nl + 1 : lx->hi;
	}
	lx->lo = d;
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
		const char *ls = mid, *ke = NULL;
		size_t kl = 0, m = 0;
		int c = 0;

		while (ls > lo && ls[-1] != '\n')
			ls--;
		ke = ls;
		while (ke < hi && *ke != '\t' && *ke != '\n')
			ke++;
		kl = (size_t)(ke - ls);
		m = kl < len ? kl : len;
		for (size_t q = 0; q < m && c == 0; q++)
			c = (unsigned char)ls[q] - (unsigned char)key[q];
		if (c == 0)
			c = kl < len ? -1 : kl > len;
		if (c == 0)
			return ls;
		if (c < 0) {
			while (ke < hi && *ke != '\n')
				ke++;
			lo = ke + 1;
		} else {
			hi = ls;
		}
	}
	return NULL;
}

int
px__seglex_has(const struct px__seglex *lx, const char *w, size_t len)
{
	if (len == 0 || lx->lo == NULL)
		return 0;
	return lexicon_find(lx->lo, lx->hi, w, len) != NULL;
}

void
px__stopset_build(struct px__stopset *set, const struct px__seglex *lx)
{
	const char *d = lx->lo;

	memset(set->len, 0, sizeof(set->len));
	while (d && d < lx->hi) {
		const char *nl = memchr(d, '\n', (size_t)(lx->hi - d));
		size_t len = nl ? (size_t)(nl - d) : (size_t)(lx->hi - d);
		if (len > 0 && len <= PX__STOPSET_LEN) {
			uint64_t h = px__word_hash(d, len);
			size_t i = (size_t)h & (PX__STOPSET_SLOTS - 1);
			while (set->len[i])
				i = (i + 1) & (PX__STOPSET_SLOTS - 1);
			set->len[i] = (uint8_t)len;
			memcpy(set->word[i], d, len);
		}
		d = nl ? nl + 1 : lx->hi;
	}
}

int
px__stopset_has(const struct px__stopset *set, const char *w, size_t len)
{
	size_t i = 0;

	if (len == 0 || len > PX__STOPSET_LEN)
		return 0;
	i = (size_t)px__word_hash(w, len) & (PX__STOPSET_SLOTS - 1);
	while (set->len[i]) {
		if (set->len[i] == len && memcmp(set->word[i], w, len) == 0)
			return 1;
		i = (i + 1) & (PX__STOPSET_SLOTS - 1);
	}
	return 0;
}

int
px_is_stopword(const char *w, size_t len)
{
	struct px__seglex lx;

	if (len == 0 || len > 16)
		return 0;
	px__seglex_open(&lx, PX__STOPWORDS);
	return px__seglex_has(&lx, w, len);
}

int
px__abbr_class(const struct px__seglex *lx, const char *w, size_t len)
{
	char key[PX__ABBR_KEY];
	size_t lo = 0, hi = 0, i = 0;

	if (len == 0 || len > PX__ABBR_KEY || lx->lo == NULL)
		return PX__LX_NONE;
	for (i = 0; i < PX__ABBR_KEY; i++) {
		char c = i < len ? w[i] : ' ';
		key[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	/* Fixed-width records: a binary search by index, one compare each. */
	hi = (size_t)(lx->hi - lx->lo) / PX__ABBR_REC;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *r = lx->lo + mid * PX__ABBR_REC;
		int c = memcmp(r, key, PX__ABBR_KEY);
		if (c == 0)
			return (unsigned char)r[PX__ABBR_KEY];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return PX__LX_NONE;
}

/* --------------------------------------------------------------- stemmer */

/*
 * A cache slot: 32 bytes, two to a CPU cache line. A word of up to
 * PX__SLOT_LEN bytes and its stem are stored inline, so a lookup costs one
 * memory access; longer ones live in the string pool at off (key, NUL,
 * stem, NUL). hash == 0 marks an empty slot.
 */
#define PX__SLOT_LEN 12
struct px__slot {
	uint32_t hash;
	uint8_t klen;
	uint8_t slen;
	uint8_t stop; /* bit 0: a stopword; bit 1: the stem is the word */
	uint8_t pooled;
	union {
		struct {
			char key[PX__SLOT_LEN];
			char stem[PX__SLOT_LEN];
		} in;
		uint32_t off;
	} u;
};

/*
 * Two levels. The hot cache is direct-mapped, 1 << PX__HOT_BITS slots
 * (256 KiB), small enough to stay in the CPU's L2 cache: news vocabulary is
 * Zipfian, and the few thousand commonest words (most tokens) are answered
 * there. The table behind it holds every word seen, up to PX__SC_MAX, with
 * linear probing at most 3/4 full. Measured on this machine a random access
 * to 4 MiB costs ~80 ns and to 256 KiB ~4 ns, which is why both levels keep
 * the word inline rather than behind a pointer.
 */
#define PX__HOT_BITS 13

struct px_stemmer {
	struct sb_stemmer *sb;
	struct px__seglex stop;
	struct px__slot *hot; /* 1 << PX__HOT_BITS slots */
	struct px__slot *tab; /* mask + 1 slots, at most 1 << PX__SC_BITS */
	size_t mask;
	size_t n;
	char *pool;
	size_t pool_len, pool_cap;
	char out[PX__SC_WORD_MAX + 1]; /* px_stemmer_stem's result */
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
	s->mask = ((size_t)1 << PX__SC_BITS_MIN) - 1;
	s->tab = px_calloc(s->mask + 1, sizeof(*s->tab));
	s->hot = px_calloc((size_t)1 << PX__HOT_BITS, sizeof(*s->hot));
	s->pool_cap = 64 * 1024;
	s->pool = px_alloc(s->pool_cap);
	if (s->tab == NULL || s->hot == NULL || s->pool == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	px__seglex_open(&s->stop, PX__STOPWORDS);
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
	px_free(s->hot);
	px_free(s->pool);
	px_free(s);
}

void
px__stemmer_size(const struct px_stemmer *s, size_t *words, size_t *slots)
{
	*words = s->n;
	*slots = s->mask + 1;
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

	if (px__stemmer_lookup(s, w, len, &stem, out_len, &stop) && *out_len <= PX__SC_WORD_MAX) {
		(void)stop;
		/* A NUL-terminated copy (the cache's own may not be). */
		memcpy(s->out, stem, *out_len);
		s->out[*out_len] = '\0';
		return s->out;
	}
	return stem_raw(s, w, len, out_len);
}

/* A fast hash of a short word, eight bytes at a time (not for security:
 * the table only degrades, never fails, on collisions). */
uint64_t
px__word_hash(const char *w, size_t len)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ len;
	size_t i = 0;

	for (i = 0; i + 8 <= len; i += 8) {
		uint64_t v = 0;
		memcpy(&v, w + i, 8);
		h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 29;
	}
	if (i < len) {
		/* The tail as if zero-padded to eight bytes, as the padded
		 * variant reads it. */
		char tmp[8] = {0};
		uint64_t v = 0;
		size_t k = 0;
		for (k = 0; i + k < len; k++)
			tmp[k] = w[i + k];
		memcpy(&v, tmp, 8);
		h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
	}
	h ^= h >> 32;
	h *= 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 29;
	return h;
}

uint64_t
px__word_hash_padded(const char *w, size_t len)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ len;
	size_t i = 0;

	for (i = 0; i + 8 <= len; i += 8) {
		uint64_t v = 0;
		memcpy(&v, w + i, 8);
		h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 29;
	}
	if (i < len) {
		uint64_t v = 0;
		memcpy(&v, w + i, 8); /* zero padding follows the word */
		h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
	}
	h ^= h >> 32;
	h *= 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 29;
	return h;
}

static int
same_word(const char *a, const char *b, size_t len)
{
	size_t i = 0;

	for (i = 0; i < len; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/*
 * Whether a slot's inline key (zero-padded to PX__SLOT_LEN) equals a word
 * of at most PX__SLOT_LEN bytes followed by at least twelve zero bytes: two
 * loads and compares instead of a byte loop. Bytes past the word are zero
 * on both sides (the word's NUL and padding; the slot's fill).
 */
static int
same_padded(const char *key, const char *w)
{
	uint64_t a = 0, b = 0;
	uint32_t c = 0, d = 0;

	memcpy(&a, key, 8);
	memcpy(&b, w, 8);
	memcpy(&c, key + 8, 4);
	memcpy(&d, w + 8, 4);
	return a == b && c == d;
}

static const char *
slot_key(const struct px_stemmer *s, const struct px__slot *e)
{
	return e->pooled ? s->pool + e->u.off : e->u.in.key;
}

static const char *
slot_stem(const struct px_stemmer *s, const struct px__slot *e)
{
	return e->pooled ? s->pool + e->u.off + e->klen + 1 : e->u.in.stem;
}

void
px__stemmer_prefetch(const struct px_stemmer *s, uint64_t h)
{
#if defined(__GNUC__)
	/* The hot slot only: it answers most words, and prefetching the table
	 * too filled the CPU's miss queue and stalled (measured). */
	__builtin_prefetch(&s->hot[(h >> 18) & (((size_t)1 << PX__HOT_BITS) - 1)]);
#else
	(void)s;
	(void)h;
#endif
}

void
px__stemmer_prefetch_table(const struct px_stemmer *s, const char *w, size_t len, uint64_t h)
{
	const struct px__slot *hot = &s->hot[(h >> 18) & (((size_t)1 << PX__HOT_BITS) - 1)];
	uint32_t h32 = (uint32_t)(h >> 32) | 1;

	if (hot->hash == h32 && hot->klen == len && len <= PX__SLOT_LEN && same_padded(hot->u.in.key, w))
		return;
#if defined(__GNUC__)
	__builtin_prefetch(&s->tab[(size_t)h & s->mask]);
#endif
}

/*
 * Doubles the table and puts every word back at its new place (the slots
 * keep the high half of the hash; the low bits that place a word are
 * computed again from its key). 0 when out of memory: the old table stays.
 */
static int
grow_table(struct px_stemmer *s)
{
	size_t nmask = s->mask * 2 + 1, i = 0, k = 0;
	struct px__slot *nt = px_calloc(nmask + 1, sizeof(*nt));

	if (nt == NULL)
		return 0;
	for (i = 0; i <= s->mask; i++) {
		const struct px__slot *e = &s->tab[i];
		if (e->hash == 0)
			continue;
		k = (size_t)px__word_hash(slot_key(s, e), e->klen) & nmask;
		while (nt[k].hash != 0)
			k = (k + 1) & nmask;
		nt[k] = *e;
	}
	px_free(s->tab);
	s->tab = nt;
	s->mask = nmask;
	return 1;
}

int
px__stemmer_lookup(struct px_stemmer *s, const char *w, size_t len,
		   const char **stem, size_t *stem_len, int *flags)
{
	return px__stemmer_lookup_hashed(s, w, len, px__word_hash(w, len), 0, stem, stem_len,
					 flags);
}

int
px__stemmer_lookup_hashed(struct px_stemmer *s, const char *w, size_t len, uint64_t hash,
			  int padded, const char **stem, size_t *stem_len, int *flags)
{
	size_t mask = s->mask;
	uint64_t h = 0;
	uint32_t h32 = 0;
	size_t i = 0;
	struct px__slot *e = NULL, *hot = NULL;
	const char *r = NULL;
	size_t rl = 0;

	if (len == 0 || len > PX__SC_WORD_MAX) {
		*stem = w;
		*stem_len = len;
		*flags = PX__STEM_SAME;
		return 1;
	}
	h = hash;
	h32 = (uint32_t)(h >> 32) | 1; /* never 0, the empty mark */
	hot = &s->hot[(h >> 18) & (((size_t)1 << PX__HOT_BITS) - 1)];
	if (hot->hash == h32 && hot->klen == len &&
	    (padded ? same_padded(hot->u.in.key, w) : same_word(hot->u.in.key, w, len))) {
		*stem = hot->u.in.stem;
		*stem_len = hot->slen;
		*flags = hot->stop;
		return 1;
	}
	for (i = (size_t)h & mask;; i = (i + 1) & mask) {
		e = &s->tab[i];
		if (e->hash == 0)
			break;
		if (e->hash == h32 && e->klen == len && same_word(slot_key(s, e), w, len)) {
			if (!e->pooled)
				*hot = *e; /* promote */
			*stem = slot_stem(s, e);
			*stem_len = e->slen;
			*flags = e->stop;
			return 1;
		}
	}
	r = stem_raw(s, w, len, &rl);
	*flags = px__seglex_has(&s->stop, w, len) ? PX__STEM_STOP : 0;
	if (rl == len && same_word(r, w, len))
		*flags |= PX__STEM_SAME;
	*stem = r;
	*stem_len = rl;
	if (s->n + 1 > (mask + 1) / 4 * 3 && mask + 1 < ((size_t)1 << PX__SC_BITS)) {
		/* Past 3/4 full: double the table, then find the word's
		   empty slot in the new one. */
		if (!grow_table(s))
			return 1;
		mask = s->mask;
		for (i = (size_t)h & mask; s->tab[i].hash != 0; i = (i + 1) & mask)
			;
		e = &s->tab[i];
	}
	if (s->n >= PX__SC_MAX || rl > PX__SC_WORD_MAX)
		/*
		 * Full: the words seen first in a stream include the frequent
		 * ones, so the cache keeps them and rarer words are stemmed
		 * each time (memory stays bounded, hits stay hits).
		 */
		return 1;
	e->klen = (uint8_t)len;
	e->slen = (uint8_t)rl;
	e->stop = (uint8_t)*flags;
	if (len <= PX__SLOT_LEN && rl <= PX__SLOT_LEN) {
		e->pooled = 0;
		memset(&e->u, 0, sizeof(e->u));
		memcpy(e->u.in.key, w, len);
		memcpy(e->u.in.stem, r, rl);
		*hot = *e;
		hot->hash = h32;
	} else {
		if (s->pool_len + len + rl + 2 > s->pool_cap) {
			size_t nc = s->pool_cap * 2;
			char *np = px_realloc(s->pool, nc);
			if (np == NULL)
				return 0;
			s->pool = np;
			s->pool_cap = nc;
		}
		e->pooled = 1;
		e->u.off = (uint32_t)s->pool_len;
		memcpy(s->pool + s->pool_len, w, len);
		s->pool[s->pool_len + len] = '\0';
		memcpy(s->pool + s->pool_len + len + 1, r, rl);
		s->pool[s->pool_len + len + 1 + rl] = '\0';
		s->pool_len += len + rl + 2;
	}
	e->hash = h32;
	s->n++;
	*stem = slot_stem(s, e);
	return 1;
}
