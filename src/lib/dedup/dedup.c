/*
 * Near-duplicate index: exact hash of the normalised body, one-permutation
 * MinHash with optimal densification over word shingles, LSH band tables
 * with per-band chains, verification by the full signature, union-find
 * groups with a canonical member.
 *
 * Invariants:
 * - Every per-article array has n entries (n = articles added) and cap
 *   capacity; an article's band entries are in the table before the next
 *   add starts, so the result of an add only depends on earlier articles.
 * - parent[] forms a forest whose roots carry the group's first member (the
 *   smallest index), canonical member and size.
 * - The band table is open addressing with linear probing, at most three
 *   quarters full; a slot holds a 32-bit band key (0 = empty, keys are forced odd)
 *   and the index of the latest article with that key; prev[] chains earlier
 *   articles with the same key in the same band.
 * - The exact table maps the 64-bit body hash to the first article with it.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/dedup.h"

#define SIG_K 128           /* signature length (bins) */
#define SIG_SHIFT 57        /* 64 - log2(SIG_K): bin from the top bits */
#define MAX_BANDS 64
#define MAX_SHINGLE 16
#define CHAIN_WALK 48       /* band chain entries looked at per band */
#define MAX_ARTICLES 0xFFFFFFFEu
#define NONE32 0xFFFFFFFFu
#define LSH_CONTAIN_T 0.33      /* LSH target when containment is on */
#define MIN_CONTAIN_J 0.15      /* containment needs some Jaccard too */
#define SHORT_CONTAIN_SHINGLES 100 /* a shorter text than this ... */
#define SHORT_CONTAIN 0.8       /* ... needs at least this containment */
#define MIN_CONTAIN_SHINGLES 40 /* and a shorter text of some length */

struct px_dedup {
	struct px_dedup_opts o;
	unsigned bands, rows;
	size_t n, cap;
	uint16_t *sig;      /* n x SIG_K */
	uint32_t *prev;     /* n x bands: earlier article with the same key */
	uint32_t *parent;
	uint32_t *first;    /* at roots: smallest index of the group */
	uint32_t *canon;    /* at roots: canonical member */
	uint32_t *size;     /* at roots: members */
	int64_t *time;
	uint32_t *len;      /* body bytes, for the canonical rule */
	uint32_t *seen;     /* stamp: last article that looked at this one */
	uint8_t *empty;     /* no shingles: exact matching only */
	uint32_t *nsh;      /* shingles */
	/* band table */
	uint32_t *bkey;
	uint32_t *bidx;
	size_t bcap, bused;
	/* exact table */
	uint64_t *ekey;
	uint32_t *eidx;
	size_t ecap, eused;
};

static uint64_t
mix64(uint64_t x)
{
	/* splitmix64 finaliser: a cheap bijection with full avalanche. */
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

static uint64_t
rotl64(uint64_t x, unsigned r)
{
	return r ? (x << r) | (x >> (64 - r)) : x;
}

void
px_dedup_opts_init(struct px_dedup_opts *opts)
{
	memset(opts, 0, sizeof(*opts));
	opts->threshold = 0.5;
	opts->shingle = 4;
	opts->min_words = 25;
	opts->containment = 0.6;
}

void
px_dedup_lsh_params(double threshold, unsigned *bands, unsigned *rows)
{
	/*
	 * The S-curve's false-positive area (pairs below the threshold that
	 * still collide) plus its false-negative area (pairs above it that
	 * never collide), integrated numerically; the same criterion as the
	 * usual MinHash LSH tools, so the figures compare. P(s) = 1 - (1 -
	 * s^r)^b is evaluated as 1 - exp(b log(1 - s^r)), with s^r and the
	 * logarithm computed once per (r, s), so this costs about a millisecond.
	 */
	enum { STEPS = 100 };
	double sv[2 * STEPS], pw[2 * STEPS], lg[2 * STEPS];
	double best = 1e9;
	unsigned b = 0, r = 0, bb = 1, br = SIG_K;
	int i = 0;

	for (i = 0; i < STEPS; i++) {
		sv[i] = threshold * (i + 0.5) / STEPS;
		sv[STEPS + i] = threshold + (1 - threshold) * (i + 0.5) / STEPS;
	}
	for (i = 0; i < 2 * STEPS; i++)
		pw[i] = 1.0;
	for (r = 1; r <= SIG_K; r++) {
		for (i = 0; i < 2 * STEPS; i++) {
			pw[i] *= sv[i];
			lg[i] = log1p(-pw[i]);
		}
		for (b = 1; b <= MAX_BANDS && b * r <= SIG_K; b++) {
			double fp = 0, fn = 0;
			for (i = 0; i < STEPS; i++)
				fp += 1.0 - exp(b * lg[i]);
			for (i = STEPS; i < 2 * STEPS; i++)
				fn += exp(b * lg[i]);
			fp *= threshold / STEPS;
			fn *= (1 - threshold) / STEPS;
			if (fp + fn < best) {
				best = fp + fn;
				bb = b;
				br = r;
			}
		}
	}
	*bands = bb;
	*rows = br;
}

px_status
px_dedup_new(const struct px_dedup_opts *opts, struct px_dedup **out)
{
	struct px_dedup *d = NULL;
	struct px_dedup_opts o;

	*out = NULL;
	px_dedup_opts_init(&o);
	if (opts) {
		if (opts->threshold != 0)
			o.threshold = opts->threshold;
		if (opts->shingle)
			o.shingle = opts->shingle;
		o.bands = opts->bands;
		o.rows = opts->rows;
		if (opts->min_words)
			o.min_words = opts->min_words;
		o.containment = opts->containment;
	}
	if (!(o.threshold > 0 && o.threshold <= 1) || o.shingle > MAX_SHINGLE ||
	    !(o.containment >= 0 && o.containment <= 1))
		return PX_EINVAL;
	if ((o.bands == 0) != (o.rows == 0) || o.bands > MAX_BANDS ||
	    (o.bands && o.bands * o.rows > SIG_K))
		return PX_EINVAL;
	d = px_calloc(1, sizeof(*d));
	if (d == NULL)
		return PX_ENOMEM;
	d->o = o;
	if (o.bands) {
		d->bands = o.bands;
		d->rows = o.rows;
	} else {
		/* With containment on, candidates must include trimmed copies
		 * whose Jaccard is well under the threshold. */
		px_dedup_lsh_params(o.containment > 0 && o.threshold > LSH_CONTAIN_T ?
				    LSH_CONTAIN_T : o.threshold, &d->bands, &d->rows);
	}
	*out = d;
	return PX_OK;
}

void
px_dedup_free(struct px_dedup *d)
{
	if (d == NULL)
		return;
	px_free(d->sig);
	px_free(d->prev);
	px_free(d->parent);
	px_free(d->first);
	px_free(d->canon);
	px_free(d->size);
	px_free(d->time);
	px_free(d->len);
	px_free(d->seen);
	px_free(d->empty);
	px_free(d->nsh);
	px_free(d->bkey);
	px_free(d->bidx);
	px_free(d->ekey);
	px_free(d->eidx);
	px_free(d);
}

size_t
px_dedup_count(const struct px_dedup *d)
{
	return d->n;
}

size_t
px_dedup_memory(const struct px_dedup *d)
{
	size_t per = sizeof(uint16_t) * SIG_K + sizeof(uint32_t) * d->bands +
		     sizeof(uint32_t) * 8 + sizeof(int64_t) + 1;

	return sizeof(*d) + d->cap * per + d->bcap * 2 * sizeof(uint32_t) +
	       d->ecap * (sizeof(uint64_t) + sizeof(uint32_t));
}

/* Resize one per-article array to cap elements. */
static px_status
resize(void **p, size_t cap, size_t elsize)
{
	void *q = px_realloc(*p, cap * elsize);

	if (q == NULL)
		return PX_ENOMEM;
	*p = q;
	return PX_OK;
}

static px_status
reserve_article(struct px_dedup *d)
{
	size_t cap = 0;
	px_status st = PX_OK;

	if (d->n < d->cap)
		return PX_OK;
	cap = d->cap ? d->cap * 2 : 256;
	/* Each array grows on its own; a failure leaves the old ones valid. */
	if ((st = resize((void **)&d->sig, cap, sizeof(uint16_t) * SIG_K)) ||
	    (st = resize((void **)&d->prev, cap, sizeof(uint32_t) * d->bands)) ||
	    (st = resize((void **)&d->parent, cap, sizeof(uint32_t))) ||
	    (st = resize((void **)&d->first, cap, sizeof(uint32_t))) ||
	    (st = resize((void **)&d->canon, cap, sizeof(uint32_t))) ||
	    (st = resize((void **)&d->size, cap, sizeof(uint32_t))) ||
	    (st = resize((void **)&d->time, cap, sizeof(int64_t))) ||
	    (st = resize((void **)&d->len, cap, sizeof(uint32_t))) ||
	    (st = resize((void **)&d->seen, cap, sizeof(uint32_t))) ||
	    (st = resize((void **)&d->empty, cap, 1)) ||
	    (st = resize((void **)&d->nsh, cap, sizeof(uint32_t))))
		return st;
	d->cap = cap;
	return PX_OK;
}

/* Grow the band table so that `extra` more keys keep it at most half full. */
static px_status
band_reserve(struct px_dedup *d, size_t extra)
{
	size_t ncap = d->bcap ? d->bcap : 1024, i = 0;
	uint32_t *nk = NULL, *ni = NULL;

	while ((d->bused + extra) * 4 > ncap * 3)
		ncap *= 2;
	if (ncap == d->bcap)
		return PX_OK;
	nk = px_calloc(ncap, sizeof(*nk));
	ni = px_alloc(ncap * sizeof(*ni));
	if (nk == NULL || ni == NULL) {
		px_free(nk);
		px_free(ni);
		return PX_ENOMEM;
	}
	for (i = 0; i < d->bcap; i++) {
		size_t j = 0;
		if (d->bkey[i] == 0)
			continue;
		j = mix64(d->bkey[i]) & (ncap - 1);
		while (nk[j])
			j = (j + 1) & (ncap - 1);
		nk[j] = d->bkey[i];
		ni[j] = d->bidx[i];
	}
	px_free(d->bkey);
	px_free(d->bidx);
	d->bkey = nk;
	d->bidx = ni;
	d->bcap = ncap;
	return PX_OK;
}

/* Slot of a band key: where it is, or the empty slot where it would go. */
static size_t
band_slot(const struct px_dedup *d, uint32_t key)
{
	size_t j = mix64(key) & (d->bcap - 1);

	while (d->bkey[j] && d->bkey[j] != key)
		j = (j + 1) & (d->bcap - 1);
	return j;
}

static px_status
exact_reserve(struct px_dedup *d)
{
	size_t ncap = d->ecap ? d->ecap : 512, i = 0;
	uint64_t *nk = NULL;
	uint32_t *ni = NULL;

	while ((d->eused + 1) * 2 > ncap)
		ncap *= 2;
	if (ncap == d->ecap)
		return PX_OK;
	nk = px_calloc(ncap, sizeof(*nk));
	ni = px_alloc(ncap * sizeof(*ni));
	if (nk == NULL || ni == NULL) {
		px_free(nk);
		px_free(ni);
		return PX_ENOMEM;
	}
	for (i = 0; i < d->ecap; i++) {
		size_t j = 0;
		if (d->ekey[i] == 0)
			continue;
		j = d->ekey[i] & (ncap - 1);
		while (nk[j])
			j = (j + 1) & (ncap - 1);
		nk[j] = d->ekey[i];
		ni[j] = d->eidx[i];
	}
	px_free(d->ekey);
	px_free(d->eidx);
	d->ekey = nk;
	d->eidx = ni;
	d->ecap = ncap;
	return PX_OK;
}

static size_t
exact_slot(const struct px_dedup *d, uint64_t key)
{
	size_t j = key & (d->ecap - 1);

	while (d->ekey[j] && d->ekey[j] != key)
		j = (j + 1) & (d->ecap - 1);
	return j;
}

/*
 * Byte classes of the word scanner: a letter or digit maps to itself
 * (upper case folded); 0 separates words; 1 is the apostrophe; 2 is any
 * other non-ASCII byte (part of a word); 3 is a lead byte (0xC2, 0xE2)
 * that may start a space or punctuation character.
 */
static const unsigned char word_class[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
	48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
	0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
	0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

/*
 * Word scanner: a word is a run of ASCII letters and digits and of non-ASCII
 * characters other than the general-punctuation block (dashes, quotes,
 * spaces U+2000..U+206F) and no-break space. Apostrophes inside a word are
 * skipped so that "don't" and "don’t" hash alike; ASCII letters are folded.
 * Returns the position after the word and its hash in *h, or len when no
 * word is left (*h = 0). One table lookup per byte keeps the loop to two
 * predictable branches inside a word.
 */
static size_t
next_word(const unsigned char *s, size_t i, size_t len, uint64_t *h)
{
	uint64_t x = 0xcbf29ce484222325ULL;
	int inword = 0;

	*h = 0;
	while (i < len) {
		unsigned c = s[i], t = word_class[c];
		if (t >= '0') {
			x = (x ^ t) * 0x100000001b3ULL;
			inword = 1;
			i++;
			continue;
		}
		if (t == 0) {
			if (inword)
				break;
			i++;
			continue;
		}
		if (t == 1) {
			/* An apostrophe is skipped inside a word. */
			i++;
			continue;
		}
		if (t == 3 && c == 0xE2 && i + 2 < len && (s[i + 1] == 0x80 || s[i + 1] == 0x81)) {
			if (s[i + 1] == 0x80 && s[i + 2] == 0x99 && inword) {
				i += 3; /* U+2019 inside a word: an apostrophe */
				continue;
			}
			if (inword)
				break;
			i += 3;
			continue;
		}
		if (t == 3 && c == 0xC2 && i + 1 < len && s[i + 1] == 0xA0) {
			if (inword)
				break;
			i += 2;
			continue;
		}
		x = (x ^ c) * 0x100000001b3ULL;
		inword = 1;
		i++;
	}
	if (inword)
		*h = x | 1; /* never 0, so 0 can mean "no word" */
	return i;
}

struct sketch {
	uint32_t v[SIG_K];
	uint64_t exact;
	size_t words;
	size_t shingles;
	uint64_t ring[MAX_SHINGLE];
	unsigned pos;
	uint64_t roll; /* the current shingle's combination, before mixing */
};

/* Shingle one text into the sketch's bins. The last w word hashes live in
 * a ring (k->ring, next slot k->pos); no division on the hot path.
 * A shingle combines its words as XOR of rotl(word j, 23 j mod 64), oldest
 * first; the next one is rotr(that ^ oldest, 23) ^ rotl(newest,
 * 23 (w - 1) mod 64), the same bits without a pass over the ring. */
static void
sketch_text(struct sketch *k, const char *text, size_t len, unsigned w)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;

	while (i < len) {
		uint64_t h = 0, sh = 0, oldest = 0;
		unsigned j = 0, p = 0;
		i = next_word(s, i, len, &h);
		if (h == 0)
			break;
		k->exact = (k->exact ^ h) * 0x9e3779b97f4a7c15ULL;
		if (k->words >= w)
			oldest = k->ring[k->pos]; /* leaves the window now */
		k->ring[k->pos] = h;
		k->pos = k->pos + 1 == w ? 0 : k->pos + 1;
		k->words++;
		if (k->words < w)
			continue;
		if (k->words == w) {
			/* The first shingle: the last w words, oldest first (k->pos
			 * now points at the oldest). */
			for (j = 0, p = k->pos; j < w; j++) {
				sh ^= rotl64(k->ring[p], (j * 23) & 63);
				p = p + 1 == w ? 0 : p + 1;
			}
			k->roll = sh;
		} else {
			k->roll = rotl64(k->roll ^ oldest, 64 - 23) ^ rotl64(h, ((w - 1) * 23) & 63);
		}
		sh = mix64(k->roll + w);
		if ((uint32_t)sh < k->v[sh >> SIG_SHIFT])
			k->v[sh >> SIG_SHIFT] = (uint32_t)sh;
		k->shingles++;
	}
}

/*
 * Optimal densification (Shrivastava, ICML 2017): an empty bin borrows the
 * value of a non-empty bin picked by a hash of (bin, attempt), so that two
 * sets fill the same empty bin from the same donor and the collision
 * probability stays equal to their Jaccard similarity.
 */
static void
densify(struct sketch *k)
{
	uint8_t full[SIG_K];
	unsigned i = 0;

	for (i = 0; i < SIG_K; i++)
		full[i] = k->v[i] != NONE32;
	for (i = 0; i < SIG_K; i++) {
		uint64_t a = 0;
		if (full[i])
			continue;
		/* Only bins filled by shingles donate, never borrowed ones. */
		for (a = 1; a < 65536; a++) {
			unsigned j = (unsigned)(mix64(((uint64_t)i << 32) | a) >> SIG_SHIFT);
			if (full[j]) {
				k->v[i] = (uint32_t)mix64(((uint64_t)k->v[j] << 8) ^ i);
				break;
			}
		}
	}
}

static uint32_t
find(struct px_dedup *d, uint32_t x)
{
	uint32_t r = x;

	while (d->parent[r] != r)
		r = d->parent[r];
	while (d->parent[x] != r) {
		uint32_t nx = d->parent[x];
		d->parent[x] = r;
		x = nx;
	}
	return r;
}

/* Whether article a is a better canonical member than b. */
static int
better_canon(const struct px_dedup *d, uint32_t a, uint32_t b)
{
	int64_t ta = d->time[a], tb = d->time[b];

	if (ta != tb) {
		if (ta == INT64_MIN)
			return 0;
		if (tb == INT64_MIN)
			return 1;
		return ta < tb;
	}
	if (d->len[a] != d->len[b])
		return d->len[a] > d->len[b];
	return a < b;
}

static void
unite(struct px_dedup *d, uint32_t a, uint32_t b)
{
	uint32_t ra = find(d, a), rb = find(d, b);

	if (ra == rb)
		return;
	if (d->size[ra] < d->size[rb]) {
		uint32_t t = ra;
		ra = rb;
		rb = t;
	}
	d->parent[rb] = ra;
	d->size[ra] += d->size[rb];
	if (d->first[rb] < d->first[ra])
		d->first[ra] = d->first[rb];
	if (better_canon(d, d->canon[rb], d->canon[ra]))
		d->canon[ra] = d->canon[rb];
}

static double
sig_sim(const struct px_dedup *d, size_t a, size_t b)
{
	const uint16_t *x = d->sig + a * SIG_K, *y = d->sig + b * SIG_K;
	unsigned i = 0, eq = 0;

	for (i = 0; i < SIG_K; i++)
		eq += x[i] == y[i];
	return (double)eq / SIG_K;
}

/*
 * Whether the shorter of two articles is mostly contained in the longer
 * (a copy trimmed to its first paragraphs): the containment estimated from
 * the Jaccard estimate and the shingle counts, |A & B| = J (|A| + |B|) /
 * (1 + J), reaches opts.containment.
 */
static int
contained(const struct px_dedup *d, uint32_t a, uint32_t b, double j)
{
	double na = d->nsh[a], nb = d->nsh[b], small = na < nb ? na : nb, need = d->o.containment;

	if (need <= 0 || j < MIN_CONTAIN_J || small < MIN_CONTAIN_SHINGLES)
		return 0;
	/* a short text needs more: templated notices ("U.K. MONEY MARKET
	 * DEFICIT FORECAST AT 250 MLN STG") share half their shingles */
	if (small < SHORT_CONTAIN_SHINGLES && need < SHORT_CONTAIN)
		need = SHORT_CONTAIN;
	return j * (na + nb) / (1 + j) >= need * small;
}

px_status
px_dedup_add(struct px_dedup *d, const char *title, size_t title_len,
	     const char *text, size_t text_len, int64_t time,
	     struct px_dedup_match *out)
{
	struct sketch k;
	uint32_t me = 0, best = NONE32, exact_hit = NONE32;
	uint32_t keys[MAX_BANDS];
	double best_sim = 0;
	size_t slot = 0;
	unsigned b = 0, i = 0;
	px_status st = PX_OK;

	out->index = PX_DEDUP_NONE;
	out->match = PX_DEDUP_NONE;
	out->similarity = 0;
	out->exact = 0;
	if (d->n >= MAX_ARTICLES)
		return PX_ETOOBIG;
	if ((st = reserve_article(d)) || (st = band_reserve(d, d->bands)) ||
	    (st = exact_reserve(d)))
		return st;
	memset(&k, 0xFF, sizeof(k.v));
	k.exact = 0x84222325cbf29ce4ULL;
	k.words = 0;
	k.shingles = 0;
	k.pos = 0;
	k.roll = 0;
	sketch_text(&k, text, text_len, d->o.shingle);
	if (k.words == 0 && title) {
		/* No body: the headline is all there is to compare. */
		sketch_text(&k, title, title_len, d->o.shingle);
	}
	if (k.shingles == 0 && k.words > 0) {
		/* Fewer words than a shingle: hash them as one shingle. */
		uint64_t sh = mix64(k.exact);
		k.v[sh >> SIG_SHIFT] = (uint32_t)sh;
		k.shingles = 1;
	}
	me = (uint32_t)d->n;
	d->empty[me] = k.words < d->o.min_words;
	if (k.shingles)
		densify(&k);
	for (i = 0; i < SIG_K; i++)
		d->sig[(size_t)me * SIG_K + i] = (uint16_t)(mix64(k.v[i]) >> 48);
	d->parent[me] = me;
	d->first[me] = me;
	d->canon[me] = me;
	d->size[me] = 1;
	d->time[me] = time;
	d->len[me] = text_len > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)text_len;
	d->seen[me] = me;
	d->nsh[me] = k.shingles > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)k.shingles;

	/* Exact copies first: same normalised body. */
	if (k.words > 0) {
		uint64_t ek = k.exact | 1;
		slot = exact_slot(d, ek);
		if (d->ekey[slot]) {
			exact_hit = d->eidx[slot];
		} else {
			d->ekey[slot] = ek;
			d->eidx[slot] = me;
			d->eused++;
		}
	}
	/* Band keys: every band hashes its rows; the band number is mixed in. */
	for (b = 0; b < d->bands; b++) {
		uint64_t h = 0x51ed270b27c4f1b3ULL ^ ((uint64_t)b << 56);
		for (i = 0; i < d->rows; i++)
			h = mix64(h ^ k.v[b * d->rows + i]);
		keys[b] = (uint32_t)h | 1;
	}
	if (exact_hit != NONE32) {
		best = exact_hit;
		best_sim = 1.0;
		unite(d, me, exact_hit);
	}
	for (b = 0; b < d->bands && !d->empty[me]; b++) {
		uint32_t c = 0;
		unsigned walked = 0;
		slot = band_slot(d, keys[b]);
		c = d->bkey[slot] ? d->bidx[slot] : NONE32;
		for (; c != NONE32 && walked < CHAIN_WALK;
		     c = d->prev[(size_t)c * d->bands + b], walked++) {
			double s = 0;
			if (d->seen[c] == me || d->empty[c])
				continue;
			d->seen[c] = me;
			s = sig_sim(d, me, c);
			if (s < d->o.threshold && !contained(d, me, c, s))
				continue;
			unite(d, me, c);
			if (s > best_sim) {
				best_sim = s;
				best = c;
			}
		}
	}
	for (b = 0; b < d->bands; b++) {
		slot = band_slot(d, keys[b]);
		if (d->bkey[slot]) {
			d->prev[(size_t)me * d->bands + b] = d->bidx[slot];
		} else {
			d->prev[(size_t)me * d->bands + b] = NONE32;
			d->bkey[slot] = keys[b];
			d->bused++;
		}
		d->bidx[slot] = me;
	}
	d->n++;
	out->index = me;
	if (best != NONE32) {
		out->match = best;
		out->similarity = best_sim;
		out->exact = best == exact_hit;
	}
	return PX_OK;
}

px_status
px_dedup_group(struct px_dedup *d, size_t index, size_t *first,
	       size_t *canonical, size_t *size)
{
	uint32_t r = 0;

	if (index >= d->n)
		return PX_EINVAL;
	r = find(d, (uint32_t)index);
	if (first)
		*first = d->first[r];
	if (canonical)
		*canonical = d->canon[r];
	if (size)
		*size = d->size[r];
	return PX_OK;
}

px_status
px_dedup_similarity(const struct px_dedup *d, size_t a, size_t b, double *out)
{
	*out = 0;
	if (a >= d->n || b >= d->n)
		return PX_EINVAL;
	*out = a == b ? 1.0 : sig_sim(d, a, b);
	return PX_OK;
}

struct sort_item {
	struct px_article *a;
	size_t pos;
};

static int
cmp_order(const void *pa, const void *pb)
{
	const struct sort_item *x = pa, *y = pb;
	int xd = x->a->time != INT64_MIN, yd = y->a->time != INT64_MIN;
	int c = 0;

	if (xd != yd)
		return xd ? -1 : 1;
	if (xd) {
		if (x->a->time != y->a->time)
			return x->a->time < y->a->time ? -1 : 1;
		c = strcmp(x->a->id, y->a->id);
		if (c)
			return c;
	}
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

px_status
px_articles_sort(struct px_article **arr, size_t n)
{
	struct sort_item *it = NULL;
	size_t i = 0;

	if (n < 2)
		return PX_OK;
	it = px_alloc(n * sizeof(*it));
	if (it == NULL)
		return PX_ENOMEM;
	for (i = 0; i < n; i++) {
		it[i].a = arr[i];
		it[i].pos = i;
	}
	qsort(it, n, sizeof(*it), cmp_order);
	for (i = 0; i < n; i++)
		arr[i] = it[i].a;
	px_free(it);
	return PX_OK;
}

px_status
px_dedup_copy_similarity(const struct px_dedup *d, size_t a, size_t b,
			 double *out)
{
	double j = 0, na = 0, nb = 0, small = 0, c = 0;

	*out = 0;
	if (a >= d->n || b >= d->n)
		return PX_EINVAL;
	if (a == b) {
		*out = 1.0;
		return PX_OK;
	}
	j = sig_sim(d, a, b);
	na = d->nsh[a];
	nb = d->nsh[b];
	small = na < nb ? na : nb;
	if (small > 0) {
		c = j * (na + nb) / (1 + j) / small;
		if (c > 1)
			c = 1;
	}
	*out = c > j ? c : j;
	return PX_OK;
}
