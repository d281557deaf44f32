/*
 * Perspective: per compared story, the coverage matrix (which source
 * states, hedges, contradicts or omits each aligned fact), emphasis (what
 * each source leads with, places late or leaves out, whose voices it
 * quotes), wording (content words a source uses for a fact that no other
 * source uses) and lexicon terms (loaded and hedged words), and their
 * writers in the four report formats.
 *
 * Invariants: a px_perspective is built once after every story is compared
 * and is immutable after; every array it holds lives in its own arena;
 * source index i is comparison input index i (report article
 * story->sources[i]). Cells never take a side: "contradicted" means another
 * side of the conflict is stated by at least as many sources
 * (include/parallax/perspective.h, docs/internals/perspective.md).
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/perspective.h"
#include "parallax/provenance.h"
#include "core_internal.h"
#include "report_internal.h"

/* Bounds that keep output and work linear in the story's size. */
#define LEAD_SENTENCES 2
#define WORDING_WORDS 8
#define TERMS_PER_SOURCE 64
#define PHRASE_MAX 6
/* Sentence alignment of omitted cells (docs/internals/perspective.md).
   align_row's filter reads the Dice of 1/2 as 4 shared >= |e| + |c|. */
#define ALIGN_DICE 0.5
#define ALIGN_SHARED 4
#define NUMBER_KEY (1ULL << 63)

static const char *const cell_names[] = {"omitted", "stated", "hedged", "contradicted"};
static const char *const cell_symbols[] = {"\xc2\xb7", "\xe2\x9c\x93", "~", "\xc3\x97"};
static const char *const origin_names[] = {"agreement", "conflict", "unique"};
/* cell_names as JSON strings (px_cell_name's mapping). */
static const char *const cell_json[] = {"\"omitted\"", "\"stated\"", "\"hedged\"",
					"\"contradicted\""};

const char *
px_cell_name(enum px_cell c)
{
	return (unsigned)c < 4 ? cell_names[c] : "omitted";
}

/* ------------------------------------------------------------ lexicons */

/* The key a lexicon compares a token by. */
static const char *
tok_key(const struct px_token *t, int by_fold)
{
	return by_fold ? t->fold : t->stem;
}

/* Its length. */
static size_t
tok_key_len(const struct px_token *t, int by_fold)
{
	return by_fold ? px_token_fold_len(t) : px_token_stem_len(t);
}

/* A lexicon phrase as stems (or folds); phrases sharing a first stem are chained. */
struct phrase {
	const char *entry;
	const char *stems[PHRASE_MAX];
	size_t n;
	size_t next; /* 1 + index of the next phrase with the same first stem */
};

/* A first key of a lexicon and the chain of phrases that start with it. */
struct first_slot {
	const char *key; /* NULL: an empty slot */
	size_t len;
	uint32_t hash;   /* key_hash() */
	size_t head;     /* 1 + index of the chain head */
};

/*
 * The first keys are looked up for every word token of every source:
 * signatures by first byte and length and by last byte and length turn
 * most tokens away (by first byte alone, a third of the word tokens
 * went on to hash their key), and those left probe a table of the keys (at most a quarter full) instead of the
 * map that orders the chains while loading, which is then dropped.
 */
struct lexicon {
	struct phrase *p;
	size_t n;
	size_t cap;
	struct px_map *first; /* while loading: first key -> 1 + index of its chain head */
	struct first_slot *slots;
	size_t mask;          /* number of slots - 1 (a power of two) */
	struct px_keysig sig; /* every first key */
	const char *kind;
	int by_fold; /* compare case-folded words, not stems */
};

struct lexicons {
	struct lexicon hedge;
	struct lexicon loaded;
	struct px_arena arena;
};

/* FNV-1a of key[0..len). */
static uint32_t
key_hash(const char *key, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)key[i]) * 16777619u;
	return h;
}

/* The slot of key (hash h, length len): its own, or the empty one where it
   would go. */
static inline struct first_slot *
first_slot(const struct lexicon *lx, const char *key, size_t len, uint32_t h)
{
	size_t i = h & lx->mask;

	while (lx->slots[i].key && (lx->slots[i].hash != h || lx->slots[i].len != len ||
				    memcmp(lx->slots[i].key, key, len) != 0))
		i = (i + 1) & lx->mask;
	return &lx->slots[i];
}

/* Fill the first-key table from the chains the map ordered. */
static px_status
lexicon_index(struct lexicon *lx)
{
	size_t size = 16, k;

	while (size < 4 * lx->n)
		size *= 2;
	lx->slots = px_calloc(size, sizeof(*lx->slots));
	if (!lx->slots)
		return PX_ENOMEM;
	lx->mask = size - 1;
	for (k = 0; k < lx->n; k++) {
		const char *key = lx->p[k].stems[0];
		size_t len = strlen(key);
		uint32_t h = key_hash(key, len), id = 0;
		struct first_slot *fs = first_slot(lx, key, len, h);
		if (fs->key)
			continue;
		px__keysig_add(&lx->sig, key, len);
		if (px_map_find(lx->first, key, len, &id) != PX_OK)
			return PX_EINVAL;
		fs->key = key;
		fs->len = len;
		fs->hash = h;
		fs->head = *px_map_value(lx->first, id);
	}
	px_map_free(lx->first);
	lx->first = NULL;
	return PX_OK;
}

static px_status
lexicon_add(struct lexicon *lx, struct px_arena *ar, struct px_stemmer *stem,
	    const char *line, size_t len)
{
	struct px_doc d;
	struct phrase ph;
	size_t t;
	uint32_t id;
	uintptr_t *head;
	int added = 0;
	px_status st;

	memset(&ph, 0, sizeof(ph));
	st = px_doc_parse(&d, line, len, PX_DOC_TOKENS | PX_DOC_STEMS, stem);
	if (st)
		return st;
	for (t = 0; t < d.n_toks && ph.n < PHRASE_MAX; t++) {
		if (!(d.toks[t].flags & PX_TOK_WORD))
			continue;
		const char *k = tok_key(&d.toks[t], lx->by_fold);
		ph.stems[ph.n] = px_arena_strndup(ar, k, strlen(k));
		if (!ph.stems[ph.n]) {
			st = PX_ENOMEM;
			goto out;
		}
		ph.n++;
	}
	if (ph.n == 0)
		goto out;
	ph.entry = px_arena_strndup(ar, line, len);
	if (!ph.entry) {
		st = PX_ENOMEM;
		goto out;
	}
	st = px_map_intern(lx->first, ph.stems[0], strlen(ph.stems[0]), &id, &added);
	if (st)
		goto out;
	st = px_grow((void **)&lx->p, &lx->cap, lx->n + 1, sizeof(*lx->p));
	if (st)
		goto out;
	head = px_map_value(lx->first, id);
	ph.next = *head;
	lx->p[lx->n++] = ph;
	*head = lx->n;
out:
	px_doc_release(&d);
	return st;
}

static px_status
lexicon_load(struct lexicon *lx, struct px_arena *ar, struct px_stemmer *stem,
	     const char *name, const char *kind)
{
	const char *d = NULL, *end, *nl;
	size_t len = 0;
	px_status st;

	lx->kind = kind;
	lx->by_fold = kind[0] == 'h';
	st = px_map_new(&lx->first);
	if (st)
		return st;
	st = px_data_get(name, &d, &len);
	if (st)
		return st;
	for (end = d + len; d < end; d = nl + 1) {
		const char *a, *z;
		nl = memchr(d, '\n', (size_t)(end - d));
		if (!nl)
			nl = end;
		for (a = d; a < nl && (*a == ' ' || *a == '\t'); a++)
			;
		for (z = nl; z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r'); z--)
			;
		if (z == a || *a == '#')
			continue;
		st = lexicon_add(lx, ar, stem, a, (size_t)(z - a));
		if (st)
			return st;
		if (nl == end)
			break;
	}
	return lexicon_index(lx);
}

static void
lexicons_free(struct lexicons *L)
{
	px_free(L->hedge.p);
	px_map_free(L->hedge.first);
	px_free(L->hedge.slots);
	px_free(L->loaded.p);
	px_map_free(L->loaded.first);
	px_free(L->loaded.slots);
	px_arena_release(&L->arena);
}

/*
 * The longest lexicon phrase starting at token t of doc within [t, lim),
 * or NULL; *n_toks gets the tokens it covers (word tokens only are
 * compared; punctuation between words ends a match).
 */
static const struct phrase *
lexicon_chain(const struct lexicon *lx, const struct px_doc *doc, size_t t, size_t lim,
	      const char *key, size_t klen, size_t *n_toks)
{
	const struct first_slot *fs = first_slot(lx, key, klen, key_hash(key, klen));
	const struct phrase *best = NULL;
	size_t k;

	if (!fs->key)
		return NULL;
	for (k = fs->head; k; k = lx->p[k - 1].next) {
		const struct phrase *ph = &lx->p[k - 1];
		size_t i;
		if (t + ph->n > lim || (best && ph->n <= best->n))
			continue;
		for (i = 1; i < ph->n; i++)
			if (!(doc->toks[t + i].flags & PX_TOK_WORD) || strcmp(tok_key(&doc->toks[t + i], lx->by_fold), ph->stems[i]) != 0)
				break;
		if (i == ph->n)
			best = ph;
	}
	if (best)
		*n_toks = best->n;
	return best;
}

/* The signature tests are inlined at every token; the table and the
   chain (lexicon_chain) are reached by the few tokens that pass both. */
static inline const struct phrase *
lexicon_match(const struct lexicon *lx, const struct px_doc *doc, size_t t,
	      size_t lim, size_t *n_toks)
{
	const struct px_token *tk = &doc->toks[t];
	const char *key = NULL;
	size_t klen = 0;

	if (!(tk->flags & PX_TOK_WORD))
		return NULL;
	key = tok_key(tk, lx->by_fold);
	klen = tok_key_len(tk, lx->by_fold);
	if (!px__keysig_may(&lx->sig, key, klen))
		return NULL;
	return lexicon_chain(lx, doc, t, lim, key, klen, n_toks);
}

/* ---------------------------------------------------------------- build */

static const struct px_doc *
field_doc(const struct px_report *r, const struct px_report_story *s, size_t src,
	  enum px_field f)
{
	const struct px_report_article *ra = &r->articles[s->sources[src]];
	return f == PX_FIELD_TITLE ? &ra->title : &ra->text;
}

/*
 * Which tokens of a doc stand inside a quotation: the words of the people
 * an outlet quotes, not the outlet's own voice. A straight double quote
 * toggles, a curly opening or closing one sets or clears; a paragraph
 * starts outside (news style reopens a quote that runs on). NULL when
 * out of memory (then every token counts as the outlet's own).
 */
static int
quote_step(const unsigned char *x, size_t b, size_t len, int in)
{
	if (x[b] == '"')
		return !in;
	if (x[b] == 0xe2 && b + 2 < len && x[b + 1] == 0x80 && (x[b + 2] == 0x9c || x[b + 2] == 0x9d))
		return x[b + 2] == 0x9c;
	return in;
}

/* The offset of the first byte c at or after b in x[0..len), or len. */
static size_t
byte_from(const unsigned char *x, size_t len, size_t b, int c)
{
	const unsigned char *p = b < len ? memchr(x + b, c, len - b) : NULL;

	return p ? (size_t)(p - x) : len;
}

static unsigned char *
quote_map(struct px_arena *ar, const struct px_doc *d)
{
	unsigned char *q = px_arena_alloc(ar, d->n_toks ? d->n_toks : 1);
	const unsigned char *x = (const unsigned char *)d->text;
	size_t t, para = 0, len = d->len;
	/* The next straight quote and the next lead byte 0xe2 of a curly one:
	   quote_step acts on no other byte, so only these are stepped through,
	   found by memchr (a step per byte was 1.1% of the report's CPU on
	   bench-news head 3000). */
	size_t dq = byte_from(x, len, 0, '"'), e2 = byte_from(x, len, 0, 0xe2);
	size_t next = dq < e2 ? dq : e2;
	int in = 0;

	if (!q)
		return NULL;
	for (t = 0; t < d->n_toks; t++) {
		size_t e = d->toks[t].end < len ? d->toks[t].end : len;
		while (para < d->n_paras && d->paras[para].start <= d->toks[t].start) {
			para++;
			in = 0;
		}
		/* A quote mark is a token of its own: an opening one stands
		   outside, a closing one inside. */
		for (; next < d->toks[t].start && next < len; next = dq < e2 ? dq : e2) {
			in = quote_step(x, next, len, in);
			if (next == dq)
				dq = byte_from(x, len, next + 1, '"');
			else
				e2 = byte_from(x, len, next + 1, 0xe2);
		}
		q[t] = (unsigned char)in;
		for (; next < e; next = dq < e2 ? dq : e2) {
			in = quote_step(x, next, len, in);
			if (next == dq)
				dq = byte_from(x, len, next + 1, '"');
			else
				e2 = byte_from(x, len, next + 1, 0xe2);
		}
	}
	return q;
}

/* Quote maps of a story's sources: [2 * source + (field == text)]. */
struct quotes {
	unsigned char **map;
	struct px_arena arena;
};

static int
quoted(const struct quotes *Q, size_t src, enum px_field f, size_t t)
{
	const unsigned char *m = Q && Q->map ? Q->map[2 * src + (f == PX_FIELD_TEXT)] : NULL;
	return m ? m[t] : 0;
}

/*
 * The first hedge phrase in an evidence sentence that the outlet says in
 * its own voice (a hedge inside a quotation is the speaker's), or NULL.
 */
static const char *
evidence_hedge(const struct lexicons *L, const struct quotes *Q, const struct px_report *r,
	       const struct px_report_story *s, const struct px_evidence *ev)
{
	const struct px_doc *d = field_doc(r, s, ev->article, ev->field);
	const struct px_sentence *se;
	size_t t, n = 0;

	if (ev->sentence >= d->n_sents)
		return NULL;
	se = &d->sents[ev->sentence];
	for (t = se->tok_start; t < se->tok_end; t++) {
		const struct phrase *ph;
		if (quoted(Q, ev->article, ev->field, t))
			continue;
		ph = lexicon_match(&L->hedge, d, t, se->tok_end, &n);
		if (ph)
			return ph->entry;
	}
	return NULL;
}

static void
set_cell(struct px_coverage_fact *f, const struct px_evidence *ev, enum px_cell c)
{
	size_t a = ev->article;

	if (f->has_evidence[a])
		return;
	f->has_evidence[a] = 1;
	f->evidence[a] = *ev;
	f->cells[a] = c;
}

static px_status
fact_init(struct px_perspective *p, struct px_coverage_fact *f, enum px_fact_origin o,
	  size_t index, const char *about, const char *value)
{
	size_t n = p->n_sources;

	f->origin = o;
	f->index = index;
	f->about = about ? about : "";
	f->value = value;
	f->cells = px_arena_alloc(&p->arena, n * sizeof(*f->cells));
	f->evidence = px_arena_alloc(&p->arena, n * sizeof(*f->evidence));
	f->has_evidence = px_arena_alloc(&p->arena, n);
	f->hedge = px_arena_alloc(&p->arena, n * sizeof(*f->hedge));
	f->aligned = px_arena_alloc(&p->arena, n);
	if (!f->cells || !f->evidence || !f->has_evidence || !f->hedge || !f->aligned)
		return PX_ENOMEM;
	memset(f->aligned, 0, n);
	memset(f->cells, 0, n * sizeof(*f->cells));
	memset(f->evidence, 0, n * sizeof(*f->evidence));
	memset(f->has_evidence, 0, n);
	memset((void *)f->hedge, 0, n * sizeof(*f->hedge));
	return PX_OK;
}

/* ------------------------------------------------ sentence alignment */

/*
 * A sentence as a sorted set of keys: the stems of its words that are not
 * stopwords (names included), and its numbers as written (marked with
 * NUMBER_KEY). Alignment compares these sets.
 */
struct sent_keys {
	uint64_t *k;
	size_t n;
	size_t start, end; /* the sentence's bytes in its field */
};

struct source_keys {
	struct sent_keys *sent[2]; /* [0] title, [1] text: one per sentence */
	size_t n_sent[2];
};

/* Sort a sentence's keys (a few dozen: insertion sort, no calls). */
static void
sort_keys(uint64_t *k, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		uint64_t x = k[i];
		for (j = i; j > 0 && k[j - 1] > x; j--)
			k[j] = k[j - 1];
		k[j] = x;
	}
}

static px_status
doc_keys(struct px_arena *ar, const struct px_doc *d, struct sent_keys **out)
{
	struct sent_keys *sk = px_arena_alloc(ar, (d->n_sents ? d->n_sents : 1) * sizeof(*sk));
	size_t si, t;

	if (!sk)
		return PX_ENOMEM;
	for (si = 0; si < d->n_sents; si++) {
		const struct px_sentence *se = &d->sents[si];
		size_t n = 0, u;
		uint64_t *k = px_arena_alloc(ar, (se->tok_end - se->tok_start + 1) * sizeof(*k));
		if (!k)
			return PX_ENOMEM;
		for (t = se->tok_start; t < se->tok_end; t++) {
			const struct px_token *tk = &d->toks[t];
			if (tk->flags & PX_TOK_NUMBER)
				k[n++] = px_hash64(tk->fold, px_token_fold_len(tk), 7) | NUMBER_KEY;
			else if ((tk->flags & PX_TOK_WORD) && !(tk->flags & PX_TOK_STOP) && tk->stem[0] && tk->stem[1])
				k[n++] = px_hash64(tk->stem, px_token_stem_len(tk), 7) & ~NUMBER_KEY;
		}
		sort_keys(k, n);
		for (t = u = 0; t < n; t++)
			if (u == 0 || k[u - 1] != k[t])
				k[u++] = k[t];
		sk[si].k = k;
		sk[si].n = u;
		sk[si].start = se->start;
		sk[si].end = se->end;
	}
	*out = sk;
	return PX_OK;
}

static size_t
keys_numbers(const struct sent_keys *a)
{
	size_t i, n = 0;

	for (i = 0; i < a->n; i++)
		n += (a->k[i] & NUMBER_KEY) != 0;
	return n;
}

static const struct sent_keys *
evidence_keys(const struct source_keys *K, const struct px_evidence *ev)
{
	int f = ev->field == PX_FIELD_TEXT;

	return ev->sentence < K[ev->article].n_sent[f] ? &K[ev->article].sent[f][ev->sentence] : NULL;
}

/*
 * An inverted index of the story's sentence keys: every sentence of every
 * source gets a flat number (source, then title before text, then
 * position), and each key lists the sentences holding it, so a sentence
 * is compared only with the sentences it shares a key with. The keys are
 * hashes already; a table of the distinct keys (open addressing, at most
 * half full) gives each its run of sentences in `sents`. The order of the
 * sentences counted does not matter (align_row breaks ties by sentence
 * number), so the runs are not sorted; a radix sort of the postings and a
 * binary search per key took 1.5% of the report's CPU on bench-news.
 */
struct key_slot {
	uint64_t key;
	uint32_t start; /* its run: sents[start, start + n) */
	uint32_t n;     /* 0: an empty slot */
	uint32_t fill;  /* next free place in the run while filling */
};

struct key_index {
	struct key_slot *tab;
	size_t mask;             /* table size - 1 (a power of two) */
	uint32_t *sents;         /* flat sentence numbers, grouped by key */
	uint32_t *psrc;          /* per entry of sents: its sentence's source */
	size_t n_flat;
	uint32_t *src;           /* per flat sentence: its source */
	const struct sent_keys **sk; /* per flat sentence: its keys */
	uint32_t *nk;            /* per flat sentence: how many (sk[i]->n) */
	unsigned char *f2;       /* per flat sentence: 0 title, 1 text */
	uint32_t *si;            /* per flat sentence: index in its field */
	uint32_t *cnt, *num;     /* per flat sentence: shared keys, numbers */
	uint32_t *touched;
	size_t n_touched;
	const struct key_slot **eslot; /* scratch: an evidence sentence's keys */
	uint64_t *rest;                /* scratch: its keys not counted, ascending */
	size_t max_keys;               /* the most keys of any sentence */
	/* Scratch per source for align_row: the best sentence so far and
	   the best of the current evidence sentence. */
	double *best_dice, *local_dice;
	uint32_t *best_sn, *local_sn;
};

/* The slot of key: its own, or the empty one where it would go. */
static struct key_slot *
key_slot(const struct key_index *ix, uint64_t key)
{
	size_t i = (size_t)(key ^ (key >> 29)) & ix->mask;

	while (ix->tab[i].n && ix->tab[i].key != key)
		i = (i + 1) & ix->mask;
	return &ix->tab[i];
}

/*
 * Make room in the table for one more key: at most half full, doubled
 * (the keys moved to their slots in the new one) when it would be more.
 * A story's sentences repeat their keys (on bench-news the distinct keys
 * are a small part of the postings), so a table sized by the postings,
 * as it was, was mostly empty slots to clear and to miss the cache on.
 */
static px_status
key_room(struct px_arena *ar, struct key_index *ix, size_t used)
{
	struct key_slot *old = ix->tab;
	size_t size = ix->mask + 1, i = 0;

	if (2 * (used + 1) <= size)
		return PX_OK;
	ix->tab = px_arena_alloc(ar, 2 * size * sizeof(*ix->tab));
	if (!ix->tab)
		return PX_ENOMEM;
	memset(ix->tab, 0, 2 * size * sizeof(*ix->tab));
	ix->mask = 2 * size - 1;
	for (i = 0; i < size; i++)
		if (old[i].n)
			*key_slot(ix, old[i].key) = old[i];
	return PX_OK;
}

static px_status
index_keys(struct px_arena *ar, const struct source_keys *K, size_t n_sources, struct key_index *ix)
{
	size_t j, f2, si, t, flat = 0, np = 0, size = 16, run = 0, used = 0;

	memset(ix, 0, sizeof(*ix));
	for (j = 0; j < n_sources; j++)
		for (f2 = 0; f2 < 2; f2++)
			for (si = 0; si < K[j].n_sent[f2]; si++) {
				flat++;
				np += K[j].sent[f2][si].n;
				if (K[j].sent[f2][si].n > ix->max_keys)
					ix->max_keys = K[j].sent[f2][si].n;
			}
	if (np >= UINT32_MAX / 4)
		return PX_ETOOBIG;
	ix->n_flat = flat;
	ix->mask = size - 1;
	ix->tab = px_arena_alloc(ar, size * sizeof(*ix->tab));
	ix->sents = px_arena_alloc(ar, (np ? np : 1) * sizeof(*ix->sents));
	ix->psrc = px_arena_alloc(ar, (np ? np : 1) * sizeof(*ix->psrc));
	ix->src = px_arena_alloc(ar, (flat ? flat : 1) * sizeof(*ix->src));
	ix->sk = px_arena_alloc(ar, (flat ? flat : 1) * sizeof(*ix->sk));
	ix->nk = px_arena_alloc(ar, (flat ? flat : 1) * sizeof(*ix->nk));
	ix->f2 = px_arena_alloc(ar, flat ? flat : 1);
	ix->si = px_arena_alloc(ar, (flat ? flat : 1) * sizeof(*ix->si));
	ix->cnt = px_arena_alloc(ar, (flat ? flat : 1) * sizeof(*ix->cnt));
	ix->num = px_arena_alloc(ar, (flat ? flat : 1) * sizeof(*ix->num));
	ix->touched = px_arena_alloc(ar, (flat ? flat : 1) * sizeof(*ix->touched));
	ix->eslot = px_arena_alloc(ar, (ix->max_keys ? ix->max_keys : 1) * sizeof(*ix->eslot));
	ix->rest = px_arena_alloc(ar, (ix->max_keys ? ix->max_keys : 1) * sizeof(*ix->rest));
	ix->best_dice = px_arena_alloc(ar, (n_sources ? n_sources : 1) * sizeof(*ix->best_dice));
	ix->local_dice = px_arena_alloc(ar, (n_sources ? n_sources : 1) * sizeof(*ix->local_dice));
	ix->best_sn = px_arena_alloc(ar, (n_sources ? n_sources : 1) * sizeof(*ix->best_sn));
	ix->local_sn = px_arena_alloc(ar, (n_sources ? n_sources : 1) * sizeof(*ix->local_sn));
	if (!ix->tab || !ix->sents || !ix->psrc || !ix->src || !ix->sk || !ix->nk || !ix->f2 || !ix->si ||
	    !ix->cnt || !ix->num || !ix->touched || !ix->eslot || !ix->rest || !ix->best_dice ||
	    !ix->local_dice || !ix->best_sn || !ix->local_sn)
		return PX_ENOMEM;
	memset(ix->tab, 0, size * sizeof(*ix->tab));
	memset(ix->cnt, 0, (flat ? flat : 1) * sizeof(*ix->cnt));
	memset(ix->num, 0, (flat ? flat : 1) * sizeof(*ix->num));
	/* Count the sentences of each key, place the runs, then fill them. */
	flat = 0;
	for (j = 0; j < n_sources; j++)
		for (f2 = 0; f2 < 2; f2++)
			for (si = 0; si < K[j].n_sent[f2]; si++, flat++) {
				const struct sent_keys *c = &K[j].sent[f2][si];
				ix->src[flat] = (uint32_t)j;
				ix->sk[flat] = c;
				ix->nk[flat] = (uint32_t)c->n;
				ix->f2[flat] = (unsigned char)f2;
				ix->si[flat] = (uint32_t)si;
				for (t = 0; t < c->n; t++) {
					struct key_slot *e = key_slot(ix, c->k[t]);
					if (e->n == 0) {
						if (key_room(ar, ix, used) != PX_OK)
							return PX_ENOMEM;
						e = key_slot(ix, c->k[t]);
						e->key = c->k[t];
						used++;
					}
					e->n++;
				}
			}
	size = ix->mask + 1;
	for (t = 0; t < size; t++) {
		ix->tab[t].start = (uint32_t)run;
		ix->tab[t].fill = (uint32_t)run;
		run += ix->tab[t].n;
	}
	for (flat = 0; flat < ix->n_flat; flat++) {
		const struct sent_keys *c = ix->sk[flat];
		for (t = 0; t < c->n; t++) {
			uint32_t at = key_slot(ix, c->k[t])->fill++;
			ix->sents[at] = (uint32_t)flat;
			ix->psrc[at] = ix->src[flat];
		}
	}
	return PX_OK;
}

/*
 * Count, for every sentence sharing one of the first n_keys keys of e in
 * order of their postings (the fewest first) with e, how many of those
 * keys (and how many numbers) it shares; the sentences counted are
 * ix->touched, in no particular order. Sentences of the sources in skip
 * (those that state the row already, which align_row passes over) are not
 * counted: a row stated by most sources reads only the postings' sources
 * for most entries, in order, instead of a counter per sentence at random.
 */
static void
count_shared(struct key_index *ix, const struct sent_keys *e, size_t n_keys,
	     const unsigned char *skip)
{
	const struct key_slot **es = ix->eslot;
	size_t t, i;

	ix->n_touched = 0;
	for (t = 0; t < e->n; t++) {
		const struct key_slot *ks = key_slot(ix, e->k[t]);
		for (i = t; i > 0 && es[i - 1]->n > ks->n; i--)
			es[i] = es[i - 1];
		es[i] = ks;
	}
	for (t = 0; t < n_keys; t++) {
		const struct key_slot *ks = es[t];
		size_t end = (size_t)ks->start + ks->n;
		/* The postings are most of the alignment's work: the test of
		   the key's kind is made once per key, not once per posting. */
		if (ks->key & NUMBER_KEY) {
			for (i = ks->start; i < end; i++) {
				uint32_t sn = ix->sents[i];
				if (skip[ix->psrc[i]])
					continue;
				if (ix->cnt[sn]++ == 0)
					ix->touched[ix->n_touched++] = sn;
				ix->num[sn]++;
			}
			continue;
		}
		for (i = ks->start; i < end; i++) {
			uint32_t sn = ix->sents[i];
			if (skip[ix->psrc[i]])
				continue;
			if (ix->cnt[sn]++ == 0)
				ix->touched[ix->n_touched++] = sn;
		}
	}
}

/*
 * The keys of e that count_shared left out (those with the most postings),
 * in ascending order into ix->rest; returns how many. A sentence counted
 * there shares these with e besides the keys it was counted for.
 */
static size_t
rest_keys(struct key_index *ix, size_t n_keys, size_t n)
{
	size_t r = 0, i;

	for (r = 0; n_keys + r < n; r++) {
		uint64_t k = ix->eslot[n_keys + r]->key;
		for (i = r; i > 0 && ix->rest[i - 1] > k; i--)
			ix->rest[i] = ix->rest[i - 1];
		ix->rest[i] = k;
	}
	return r;
}

/*
 * Add to *sh and *num the keys (and numbers) of r[0..nr) that sentence c
 * holds: both lists ascend, and r is most often the shorter (the keys
 * left out are a third of a long evidence sentence's), so each is found by
 * a binary search from where the one before it was, instead of a merge
 * walking all of c.
 */
static void
rest_shared(const uint64_t *r, size_t nr, const struct sent_keys *c, size_t *sh, size_t *num)
{
	size_t i, lo = 0;

	for (i = 0; i < nr && lo < c->n; i++) {
		size_t a = lo, b = c->n;
		while (a < b) {
			size_t mid = a + (b - a) / 2;
			if (c->k[mid] < r[i])
				a = mid + 1;
			else
				b = mid;
		}
		if (a < c->n && c->k[a] == r[i]) {
			*sh += 1;
			*num += (r[i] & NUMBER_KEY) != 0;
			a++;
		}
		lo = a;
	}
}

/*
 * Fill the omitted cells of agreement and unique rows that the comparison
 * did not align: source j states the row's fact when one of its sentences
 * shares at least ALIGN_SHARED keys and a Dice coefficient of ALIGN_DICE
 * with the evidence sentence of a stating source, and, when that evidence
 * holds numbers, at least one of them as written. Conflict rows are left
 * alone: which side an unaligned sentence takes is the comparer's call.
 * For each omitted source the best sentence wins, the first in (stating
 * source, title before text, position) order among equals.
 */
static void
align_row(struct px_coverage_fact *f, const struct source_keys *K, size_t n_sources,
	  struct key_index *ix)
{
	size_t j, i, t;
	double *best_dice = ix->best_dice, *local_dice = ix->local_dice;
	uint32_t *best_sn = ix->best_sn, *local_sn = ix->local_sn;

	for (j = 0; j < n_sources; j++) {
		best_dice[j] = local_dice[j] = 0.0;
		best_sn[j] = local_sn[j] = UINT32_MAX;
	}
	for (i = 0; i < n_sources; i++) {
		const struct sent_keys *e;
		size_t e_num, need, n_keys, n_rest;
		if (!f->has_evidence[i] || f->aligned[i])
			continue;
		e = evidence_keys(K, &f->evidence[i]);
		if (!e || e->n == 0)
			continue;
		/*
		 * A sentence c that qualifies shares sh >= ALIGN_SHARED keys
		 * with e and a Dice of 2 sh / (|e| + |c|) >= 1/2, that is
		 * 4 sh >= |e| + |c| >= |e| + sh (exactly: the division of the
		 * test below rounds no quotient across 1/2), so sh >= |e| / 3.
		 * It then shares one of any |e| - need + 1 keys of e: only
		 * those with the fewest postings are counted, and a sentence
		 * that could still qualify by the keys not counted has those
		 * of them it holds looked up in its key list (rest_shared).
		 */
		assert(e->n <= ix->max_keys); /* e is a sentence of the index */
		if (e->n < ALIGN_SHARED)
			continue;
		need = (e->n + 2) / 3 > ALIGN_SHARED ? (e->n + 2) / 3 : ALIGN_SHARED;
		n_keys = e->n - need + 1;
		e_num = keys_numbers(e);
		count_shared(ix, e, n_keys, f->has_evidence);
		n_rest = rest_keys(ix, n_keys, e->n);
		/* This evidence's best sentence per omitted source (the first
		   in flat order among equals) ... */
		for (t = 0; t < ix->n_touched; t++) {
			uint32_t sn = ix->touched[t];
			const struct sent_keys *c = NULL;
			size_t sh = ix->cnt[sn], num = ix->num[sn], rest = e->n - n_keys, most;
			size_t cn = ix->nk[sn];
			double dice;
			ix->cnt[sn] = 0;
			ix->num[sn] = 0;
			j = ix->src[sn];
			if (f->has_evidence[j])
				continue;
			/* the most it can share, with every key not counted (told
			   from the flat count: most sentences stop here, without
			   reading their keys' scattered memory) */
			most = sh + (rest < cn - sh ? rest : cn - sh);
			if (most < ALIGN_SHARED || 4 * most < e->n + cn)
				continue;
			c = ix->sk[sn];
			if (n_rest > 0)
				rest_shared(ix->rest, n_rest, c, &sh, &num);
			/* Most sentences share a key or two: no division for them. */
			if (sh < ALIGN_SHARED)
				continue;
			dice = cn ? 2.0 * (double)sh / (double)(e->n + cn) : 0.0;
			if (dice < ALIGN_DICE || (e_num && !num))
				continue;
			if (dice > local_dice[j] || (dice == local_dice[j] && sn < local_sn[j])) {
				local_dice[j] = dice;
				local_sn[j] = sn;
			}
		}
		/* ... replaces the best so far only when strictly better. */
		for (j = 0; j < n_sources; j++) {
			if (local_sn[j] != UINT32_MAX && local_dice[j] > best_dice[j]) {
				best_dice[j] = local_dice[j];
				best_sn[j] = local_sn[j];
			}
			local_dice[j] = 0.0;
			local_sn[j] = UINT32_MAX;
		}
	}
	for (j = 0; j < n_sources; j++) {
		const struct sent_keys *c = NULL;
		uint32_t sn = best_sn[j];
		if (f->has_evidence[j] || sn == UINT32_MAX)
			continue;
		c = ix->sk[sn];
		memset(&f->evidence[j], 0, sizeof(f->evidence[j]));
		f->evidence[j].article = j;
		f->evidence[j].field = ix->f2[sn] ? PX_FIELD_TEXT : PX_FIELD_TITLE;
		f->evidence[j].sentence = ix->si[sn];
		f->evidence[j].start = c->start;
		f->evidence[j].end = c->end;
		f->has_evidence[j] = 1;
		f->aligned[j] = 1;
		f->cells[j] = PX_CELL_STATED;
	}
}

/* A digest of what same_row() compares (which sources have evidence, and
 * where), so that rows same_row() would call equal have equal digests and
 * most pairs are told apart without a walk over the sources. */
static uint64_t
row_digest(const struct px_coverage_fact *f, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		uint64_t v = 0;
		if (f->has_evidence[i])
			v = ((uint64_t)f->evidence[i].sentence << 2) | ((uint64_t)f->evidence[i].field << 1) | 1;
		h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 29;
	}
	return h;
}

/* Two unique rows that alignment made the same fact: same evidence. */
static int
same_row(const struct px_coverage_fact *a, const struct px_coverage_fact *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (a->has_evidence[i] != b->has_evidence[i])
			return 0;
		if (a->has_evidence[i] && (a->evidence[i].field != b->evidence[i].field ||
					   a->evidence[i].sentence != b->evidence[i].sentence))
			return 0;
	}
	return 1;
}

/* A row alignment may change: an agreement or unique row that some
   source states and some other source omits. */
static int
row_open(const struct px_coverage_fact *f, size_t n)
{
	size_t i, stated = 0;

	if (f->origin == PX_FACT_CONFLICT)
		return 0;
	for (i = 0; i < n; i++)
		stated += f->has_evidence[i] != 0;
	return stated > 0 && stated < n;
}

static px_status
align_coverage(struct px_perspective *p, const struct px_report *r, const struct px_report_story *s)
{
	struct px_arena ar;
	struct source_keys *K;
	struct key_index ix;
	uint64_t *dig = NULL;
	size_t i, k, m, kept = 0;
	int open = 0;
	px_status st = PX_OK;

	px_arena_init(&ar, 16384, 0);
	/* Without a row to align (a story of one source, or rows every
	   source states) the sentences' keys are not needed. */
	for (k = 0; k < p->n_facts && !open; k++)
		open = row_open(&p->facts[k], p->n_sources);
	if (!open)
		goto dedup;
	K = px_arena_alloc(&ar, (p->n_sources ? p->n_sources : 1) * sizeof(*K));
	if (!K) {
		st = PX_ENOMEM;
		goto out;
	}
	for (i = 0; i < p->n_sources && st == PX_OK; i++) {
		const struct px_report_article *ra = &r->articles[s->sources[i]];
		K[i].n_sent[0] = ra->title.n_sents;
		K[i].n_sent[1] = ra->text.n_sents;
		st = doc_keys(&ar, &ra->title, &K[i].sent[0]);
		if (st == PX_OK)
			st = doc_keys(&ar, &ra->text, &K[i].sent[1]);
	}
	if (st)
		goto out;
	st = index_keys(&ar, K, p->n_sources, &ix);
	if (st)
		goto out;
	for (k = 0; k < p->n_facts; k++)
		if (row_open(&p->facts[k], p->n_sources))
			align_row(&p->facts[k], K, p->n_sources, &ix);
dedup:
	/* A unique row that became the same fact as an earlier unique row
	   (each aligned to the other's sentence) is dropped. Each kept row's
	   digest (0 for rows of other origins, never compared) is kept beside
	   it: same_row() runs only for rows whose digests are equal. */
	dig = px_arena_alloc(&ar, (p->n_facts ? p->n_facts : 1) * sizeof(*dig));
	if (!dig) {
		st = PX_ENOMEM;
		goto out;
	}
	for (k = 0; k < p->n_facts; k++) {
		int dup = 0, uniq = p->facts[k].origin == PX_FACT_UNIQUE;
		uint64_t h = uniq ? row_digest(&p->facts[k], p->n_sources) : 0;
		for (m = 0; m < kept && !dup && uniq; m++)
			dup = dig[m] == h && p->facts[m].origin == PX_FACT_UNIQUE &&
			      same_row(&p->facts[m], &p->facts[k], p->n_sources);
		if (!dup) {
			dig[kept] = h;
			p->facts[kept++] = p->facts[k];
		}
	}
	p->n_facts = kept;
out:
	px_arena_release(&ar);
	return st;
}

static px_status
build_coverage(struct px_perspective *p, const struct lexicons *L, const struct quotes *Q,
	       const struct px_report *r, const struct px_report_story *s)
{
	const struct px_comparison *c = s->cmp;
	size_t i, j, e, k = 0;
	px_status st;

	p->n_facts = c->n_agreements + c->n_conflicts + c->n_unique;
	p->facts = px_arena_alloc(&p->arena, (p->n_facts ? p->n_facts : 1) * sizeof(*p->facts));
	if (!p->facts)
		return PX_ENOMEM;
	memset(p->facts, 0, (p->n_facts ? p->n_facts : 1) * sizeof(*p->facts));
	for (i = 0; i < c->n_agreements; i++, k++) {
		const struct px_agreement *ag = &c->agreements[i];
		st = fact_init(p, &p->facts[k], PX_FACT_AGREEMENT, i, ag->about, ag->value);
		if (st)
			return st;
		for (e = 0; e < ag->n_evidence; e++)
			if (ag->evidence[e].article < p->n_sources)
				set_cell(&p->facts[k], &ag->evidence[e], PX_CELL_STATED);
	}
	for (i = 0; i < c->n_conflicts; i++, k++) {
		const struct px_conflict *cf = &c->conflicts[i];
		struct px_buf v = PX_BUF_INIT;
		size_t largest = 0, n_largest = 0;
		for (j = 0; j < cf->n_positions; j++) {
			if (cf->positions[j].n_articles > largest) {
				largest = cf->positions[j].n_articles;
				n_largest = 1;
			} else if (cf->positions[j].n_articles == largest) {
				n_largest++;
			}
			px_buf_printf(&v, "%s%s", j ? " | " : "", cf->positions[j].value ? cf->positions[j].value : "");
		}
		st = v.failed;
		if (st == PX_OK) {
			const char *val = px_arena_strndup(&p->arena, v.data ? v.data : "", v.len);
			st = val ? fact_init(p, &p->facts[k], PX_FACT_CONFLICT, i, cf->about, val) : PX_ENOMEM;
		}
		px_buf_release(&v);
		if (st)
			return st;
		for (j = 0; j < cf->n_positions; j++) {
			const struct px_position *pos = &cf->positions[j];
			enum px_cell cell = pos->n_articles == largest && n_largest == 1 ? PX_CELL_STATED
											 : PX_CELL_CONTRADICTED;
			for (e = 0; e < pos->n_evidence; e++)
				if (pos->evidence[e].article < p->n_sources)
					set_cell(&p->facts[k], &pos->evidence[e], cell);
		}
	}
	for (i = 0; i < c->n_unique; i++, k++) {
		const struct px_unique *u = &c->unique[i];
		st = fact_init(p, &p->facts[k], PX_FACT_UNIQUE, i, u->about, NULL);
		if (st)
			return st;
		if (u->n_evidence && u->evidence[0].article < p->n_sources)
			set_cell(&p->facts[k], &u->evidence[0], PX_CELL_STATED);
	}
	st = align_coverage(p, r, s);
	if (st)
		return st;
	for (k = 0; k < p->n_facts; k++) {
		struct px_coverage_fact *f = &p->facts[k];
		for (i = 0; i < p->n_sources; i++) {
			if (!f->has_evidence[i])
				continue;
			f->n_stated++;
			f->hedge[i] = evidence_hedge(L, Q, r, s, &f->evidence[i]);
			/* The lexicons are freed after the build: copy. */
			if (f->hedge[i]) {
				f->hedge[i] = px_arena_strndup(&p->arena, f->hedge[i], strlen(f->hedge[i]));
				if (!f->hedge[i])
					return PX_ENOMEM;
			}
			if (f->hedge[i] && f->cells[i] == PX_CELL_STATED)
				f->cells[i] = PX_CELL_HEDGED;
		}
		f->partial = f->n_stated > 0 && f->n_stated < p->n_sources;
	}
	return PX_OK;
}

static size_t
count_words(const char *q)
{
	size_t n = 0;
	int in = 0;

	for (; q && *q; q++) {
		int sp = *q == ' ' || *q == '\t' || *q == '\n';
		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

static int
speaker_order(const void *pa, const void *pb)
{
	const struct px_speaker *a = pa, *b = pb;

	if (a->words != b->words)
		return a->words > b->words ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Whether short names the end of long at a word boundary ("Lind" in
   "Edvard Lind"). */
static int
name_tail(const char *shorter, const char *longer)
{
	size_t a = strlen(shorter), b = strlen(longer);

	return a < b && longer[b - a - 1] == ' ' && strcmp(longer + b - a, shorter) == 0;
}

/*
 * One voice, one row: a speaker named by a surname the claims stage did not
 * resolve ("Lind") is folded onto the one fuller name of the same source
 * that ends with it ("Edvard Lind"); with two such fuller names
 * ("Edvard Lind", "Maja Lind") it stays apart. "(unattributed)" never folds.
 */
static void
fold_speakers(struct px_emphasis *em)
{
	size_t i, j, k, n = 0;

	for (i = 0; i < em->n_speakers; i++) {
		size_t into = em->n_speakers, hits = 0;
		if (!em->speakers[i].name || em->speakers[i].name[0] == '(')
			continue;
		for (j = 0; j < em->n_speakers; j++)
			if (j != i && em->speakers[j].name && name_tail(em->speakers[i].name, em->speakers[j].name)) {
				into = j;
				hits++;
			}
		if (hits == 1) {
			em->speakers[into].words += em->speakers[i].words;
			em->speakers[i].words = 0;
			em->speakers[i].name = NULL;
		}
	}
	for (k = 0; k < em->n_speakers; k++)
		if (em->speakers[k].name)
			em->speakers[n++] = em->speakers[k];
	em->n_speakers = n;
}

static px_status
build_emphasis(struct px_perspective *p, const struct px_report *r,
	       const struct px_report_story *s)
{
	size_t i, k, q;

	p->emphasis = px_arena_alloc(&p->arena, p->n_sources * sizeof(*p->emphasis));
	if (!p->emphasis)
		return PX_ENOMEM;
	memset(p->emphasis, 0, p->n_sources * sizeof(*p->emphasis));
	for (i = 0; i < p->n_sources; i++) {
		struct px_emphasis *em = &p->emphasis[i];
		const struct px_report_article *ra = &r->articles[s->sources[i]];
		size_t half = ra->text.n_sents / 2, total = 0, n_lead = 0, n_late = 0, n_omits = 0;
		size_t *lists = NULL;
		if (half < LEAD_SENTENCES)
			half = LEAD_SENTENCES;
		/* The lists are sized to what they hold, counted first: sized
		 * for every fact, they took 53 MB at the report's peak on
		 * bench-news for a few MB of indices. */
		for (k = 0; k < p->n_facts; k++) {
			const struct px_coverage_fact *f = &p->facts[k];
			if (!f->has_evidence[i])
				n_omits += f->n_stated >= 2;
			else if (f->evidence[i].field == PX_FIELD_TITLE ||
				 f->evidence[i].sentence < LEAD_SENTENCES)
				n_lead++;
			else if (f->evidence[i].sentence >= half)
				n_late++;
		}
		lists = px_arena_alloc(&p->arena, (n_lead + n_late + n_omits + 1) * sizeof(size_t));
		if (!lists)
			return PX_ENOMEM;
		em->lead = lists;
		em->late = lists + n_lead;
		em->omits = lists + n_lead + n_late;
		for (k = 0; k < p->n_facts; k++) {
			const struct px_coverage_fact *f = &p->facts[k];
			if (!f->has_evidence[i]) {
				if (f->n_stated >= 2)
					em->omits[em->n_omits++] = k;
				continue;
			}
			if (f->evidence[i].field == PX_FIELD_TITLE || f->evidence[i].sentence < LEAD_SENTENCES)
				em->lead[em->n_lead++] = k;
			else if (f->evidence[i].sentence >= half)
				em->late[em->n_late++] = k;
		}
		if (!ra->claims)
			continue;
		for (q = 0; q < ra->claims->n; q++)
			if (ra->claims->items[q].kind == PX_CLAIM_QUOTE)
				em->n_speakers++;
		if (!em->n_speakers)
			continue;
		em->speakers = px_arena_alloc(&p->arena, em->n_speakers * sizeof(*em->speakers));
		if (!em->speakers)
			return PX_ENOMEM;
		em->n_speakers = 0;
		for (q = 0; q < ra->claims->n; q++) {
			const struct px_claim *cl = &ra->claims->items[q];
			const char *name;
			size_t w, j;
			if (cl->kind != PX_CLAIM_QUOTE)
				continue;
			name = cl->u.quote.speaker ? cl->u.quote.speaker : "(unattributed)";
			w = count_words(cl->u.quote.quote);
			total += w;
			for (j = 0; j < em->n_speakers && strcmp(em->speakers[j].name, name) != 0; j++)
				;
			if (j == em->n_speakers) {
				/* A copy: the claims may be freed once the story
				   is built (px_report_opts.drop_claims). */
				em->speakers[j].name = px_arena_strndup(&p->arena, name, strlen(name));
				if (!em->speakers[j].name)
					return PX_ENOMEM;
				em->speakers[j].words = 0;
				em->n_speakers++;
			}
			em->speakers[j].words += w;
		}
		fold_speakers(em);
		for (q = 0; q < em->n_speakers; q++)
			em->speakers[q].share = total ? (double)em->speakers[q].words / (double)total : 0.0;
		qsort(em->speakers, em->n_speakers, sizeof(*em->speakers), speaker_order);
	}
	return PX_OK;
}

/* A content word for wording: a lower-case word, not a stopword. */
static int
content_token(const struct px_token *t)
{
	return (t->flags & PX_TOK_WORD) && !(t->flags & (PX_TOK_STOP | PX_TOK_NUMBER | PX_TOK_CAP)) &&
	       t->stem[0] && t->stem[1];
}

/* A content token of an evidence sentence and the hash of its stem. */
struct content_word {
	const struct px_token *tok;
	uint32_t hash;
};

/* Whether words[0..n) hold a token of stem (its hash h). */
static int
words_have_stem(const struct content_word *words, size_t n, const char *stem, uint32_t h)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (words[k].hash == h && strcmp(words[k].tok->stem, stem) == 0)
			return 1;
	return 0;
}

/*
 * The content words of a fact's evidence sentences, source by source:
 * source j's are (*cw)[off[j], off[j + 1]), none when it has no evidence.
 * A word is compared with those of every other source, so each stem is
 * hashed once here and compared in full only with stems of its hash
 * (comparing every pair in full was 1.7% of the report's CPU on bench-news
 * head 3000).
 */
static px_status
fact_words(const struct px_coverage_fact *f, size_t n_sources, const struct px_report *r,
	   const struct px_report_story *s, struct content_word **cw, size_t *cap, size_t *off)
{
	size_t j, t, n = 0;
	px_status st = PX_OK;

	for (j = 0; j < n_sources; j++) {
		const struct px_doc *d = NULL;
		const struct px_sentence *se = NULL;
		off[j] = n;
		if (!f->has_evidence[j])
			continue;
		d = field_doc(r, s, j, f->evidence[j].field);
		if (f->evidence[j].sentence >= d->n_sents)
			continue;
		se = &d->sents[f->evidence[j].sentence];
		st = px_grow((void **)cw, cap, n + (se->tok_end - se->tok_start) + 1, sizeof(**cw));
		if (st)
			return st;
		for (t = se->tok_start; t < se->tok_end; t++) {
			const struct px_token *tk = &d->toks[t];
			if (!content_token(tk))
				continue;
			(*cw)[n].tok = tk;
			(*cw)[n].hash = key_hash(tk->stem, px_token_stem_len(tk));
			n++;
		}
	}
	off[n_sources] = n;
	return PX_OK;
}

static px_status
build_wording(struct px_perspective *p, const struct px_report *r,
	      const struct px_report_story *s)
{
	size_t k, i, j, t, cap = 0, cw_cap = 0;
	struct px_variant *vs = px_arena_alloc(&p->arena, (p->n_sources + 1) * sizeof(*vs));
	size_t *off = px_alloc((p->n_sources + 1) * sizeof(*off));
	struct content_word *cw = NULL;
	struct px_buf w = PX_BUF_INIT;
	px_status st = PX_OK;

	if (!vs || !off) {
		px_free(off);
		return PX_ENOMEM;
	}
	for (k = 0; k < p->n_facts; k++) {
		const struct px_coverage_fact *f = &p->facts[k];
		size_t nv = 0;
		if (f->origin == PX_FACT_UNIQUE || f->n_stated < 2)
			continue;
		st = fact_words(f, p->n_sources, r, s, &cw, &cw_cap, off);
		if (st)
			goto out;
		for (i = 0; i < p->n_sources; i++) {
			size_t n_words = 0;
			if (off[i] == off[i + 1])
				continue;
			px_buf_reset(&w);
			for (t = off[i]; t < off[i + 1] && n_words < WORDING_WORDS; t++) {
				const struct px_token *tk = cw[t].tok;
				int shared = 0, seen = 0;
				seen = words_have_stem(cw + off[i], t - off[i], tk->stem, cw[t].hash);
				for (j = 0; j < p->n_sources && !shared && !seen; j++)
					shared = j != i && words_have_stem(cw + off[j], off[j + 1] - off[j],
									   tk->stem, cw[t].hash);
				if (shared || seen)
					continue;
				if (n_words++)
					px__putc(&w, ' ');
				px__puts(&w, tk->fold);
			}
			if (w.failed) {
				st = w.failed;
				goto out;
			}
			if (!n_words)
				continue;
			vs[nv].source = i;
			vs[nv].text = px_arena_strndup(&p->arena, w.data, w.len);
			if (!vs[nv].text) {
				st = PX_ENOMEM;
				goto out;
			}
			nv++;
		}
		if (nv < 2)
			continue;
		st = px_grow((void **)&p->wording, &cap, p->n_wording + 1, sizeof(*p->wording));
		if (st)
			goto out;
		p->wording[p->n_wording].fact = k;
		p->wording[p->n_wording].about = f->about;
		p->wording[p->n_wording].n_variants = nv;
		p->wording[p->n_wording].variants = px_arena_alloc(&p->arena, nv * sizeof(*vs));
		if (!p->wording[p->n_wording].variants) {
			st = PX_ENOMEM;
			goto out;
		}
		memcpy(p->wording[p->n_wording].variants, vs, nv * sizeof(*vs));
		p->n_wording++;
	}
	/* The list moves into the arena so that one release frees it all. */
	if (p->n_wording) {
		struct px_wording *a = px_arena_alloc(&p->arena, p->n_wording * sizeof(*a));
		if (!a) {
			st = PX_ENOMEM;
			goto out;
		}
		memcpy(a, p->wording, p->n_wording * sizeof(*a));
		px_free(p->wording);
		p->wording = a;
	}
out:
	if (st && p->n_wording == 0) {
		px_free(p->wording);
		p->wording = NULL;
	} else if (st) {
		px_free(p->wording);
		p->wording = NULL;
		p->n_wording = 0;
	}
	px_buf_release(&w);
	px_free(cw);
	px_free(off);
	return st;
}

static px_status
scan_terms(struct px_perspective *p, const struct lexicons *L, const struct quotes *Q,
	   const struct px_doc *d, size_t src, enum px_field field, size_t *cap, size_t *n_src)
{
	size_t si, t, n = 0;
	px_status st;

	for (si = 0; si < d->n_sents && *n_src < TERMS_PER_SOURCE; si++) {
		const struct px_sentence *se = &d->sents[si];
		for (t = se->tok_start; t < se->tok_end && *n_src < TERMS_PER_SOURCE; t++) {
			const struct lexicon *lxs[2] = {&L->loaded, &L->hedge};
			size_t x;
			int in_quote = -1; /* read once a lexicon matches: most tokens match none */
			for (x = 0; x < 2; x++) {
				const struct phrase *ph;
				struct px_term *tm;
				ph = lexicon_match(lxs[x], d, t, se->tok_end, &n);
				if (!ph)
					continue;
				if (in_quote < 0)
					in_quote = quoted(Q, src, field, t);
				/* A hedge inside a quotation is the speaker's, not the
				   outlet's; a loaded word there is kept (the outlet
				   chose the quote) and marked quoted. */
				if (in_quote && x == 1)
					continue;
				st = px_grow((void **)&p->terms, cap, p->n_terms + 1, sizeof(*p->terms));
				if (st)
					return st;
				tm = &p->terms[p->n_terms++];
				tm->source = src;
				/* The lexicons are freed after the build: copy. */
				tm->term = px_arena_strndup(&p->arena, ph->entry, strlen(ph->entry));
				if (!tm->term)
					return PX_ENOMEM;
				tm->kind = lxs[x]->kind;
				tm->quoted = in_quote;
				tm->where.article = src;
				tm->where.field = field;
				tm->where.sentence = si;
				tm->where.start = d->toks[t].start;
				tm->where.end = d->toks[t + n - 1].end;
				(*n_src)++;
				t += n - 1;
				break;
			}
		}
	}
	return PX_OK;
}

static px_status
build_terms(struct px_perspective *p, const struct lexicons *L, const struct quotes *Q,
	    const struct px_report *r, const struct px_report_story *s)
{
	size_t i, cap = 0;
	px_status st = PX_OK;

	for (i = 0; i < p->n_sources && st == PX_OK; i++) {
		const struct px_report_article *ra = &r->articles[s->sources[i]];
		size_t n_src = 0;
		st = scan_terms(p, L, Q, &ra->title, i, PX_FIELD_TITLE, &cap, &n_src);
		if (st == PX_OK)
			st = scan_terms(p, L, Q, &ra->text, i, PX_FIELD_TEXT, &cap, &n_src);
	}
	if (st == PX_OK && p->n_terms) {
		struct px_term *a = px_arena_alloc(&p->arena, p->n_terms * sizeof(*a));
		if (!a)
			st = PX_ENOMEM;
		else
			memcpy(a, p->terms, p->n_terms * sizeof(*a));
		px_free(p->terms);
		p->terms = a;
		if (!a)
			p->n_terms = 0;
	} else {
		px_free(p->terms);
		p->terms = NULL;
		p->n_terms = 0;
	}
	return st;
}

/*
 * Column groups from the source table: sources whose outlets share a
 * group label form one group, in order of their first source; a source
 * without a label is a group of its own. Then, per fact, the groups that
 * carry nothing of a fact two or more sources outside them state.
 */
static px_status
build_groups(struct px_perspective *p, const struct px_report *r, const struct px_report_story *s)
{
	const struct px_source_table *t = r->opts.sources;
	const char **label;
	size_t *of, i, g, k, c = 0;

	if (!t || p->n_sources == 0)
		return PX_OK;
	label = px_arena_alloc(&p->arena, p->n_sources * sizeof(*label));
	of = px_arena_alloc(&p->arena, p->n_sources * sizeof(*of));
	p->groups = px_arena_alloc(&p->arena, p->n_sources * sizeof(*p->groups));
	p->order = px_arena_alloc(&p->arena, p->n_sources * sizeof(*p->order));
	if (!label || !of || !p->groups || !p->order)
		return PX_ENOMEM;
	for (i = 0; i < p->n_sources; i++) {
		const struct px_outlet *o = px_source_table_article(t, r->articles[s->sources[i]].a);
		label[i] = o && o->group && o->group[0] ? o->group : NULL;
		for (g = 0; label[i] && g < p->n_groups; g++)
			if (p->groups[g].name && strcmp(p->groups[g].name, label[i]) == 0)
				break;
		if (!label[i] || g == p->n_groups) {
			g = p->n_groups++;
			p->groups[g].name = label[i];
			p->groups[g].n_sources = 0;
			p->groups[g].sources = px_arena_alloc(&p->arena, p->n_sources * sizeof(size_t));
			if (!p->groups[g].sources)
				return PX_ENOMEM;
		}
		of[i] = g;
		p->groups[g].sources[p->groups[g].n_sources++] = i;
	}
	for (g = 0; g < p->n_groups; g++)
		for (i = 0; i < p->groups[g].n_sources; i++)
			p->order[c++] = p->groups[g].sources[i];
	for (k = 0; k < p->n_facts; k++) {
		struct px_coverage_fact *f = &p->facts[k];
		f->group_omits = px_arena_alloc(&p->arena, p->n_groups);
		if (!f->group_omits)
			return PX_ENOMEM;
		for (g = 0; g < p->n_groups; g++) {
			size_t in = 0, out = 0;
			for (i = 0; i < p->n_sources; i++) {
				if (!f->has_evidence[i])
					continue;
				if (of[i] == g)
					in++;
				else
					out++;
			}
			f->group_omits[g] = in == 0 && out >= 2;
		}
	}
	return PX_OK;
}

static px_status
build_story(const struct lexicons *L, const struct px_report *r,
	    struct px_report_story *s)
{
	struct px_perspective *p = px_calloc(1, sizeof(*p));
	struct quotes Q;
	size_t i;
	px_status st = PX_OK;

	if (!p)
		return PX_ENOMEM;
	px_arena_init(&p->arena, 16384, 0);
	px_arena_init(&Q.arena, 4096, 0);
	p->n_sources = s->n_sources;
	Q.map = px_arena_alloc(&Q.arena, 2 * s->n_sources * sizeof(*Q.map));
	for (i = 0; Q.map && i < s->n_sources; i++) {
		const struct px_report_article *ra = &r->articles[s->sources[i]];
		Q.map[2 * i] = quote_map(&Q.arena, &ra->title);
		Q.map[2 * i + 1] = quote_map(&Q.arena, &ra->text);
		if (!Q.map[2 * i] || !Q.map[2 * i + 1])
			st = PX_ENOMEM;
	}
	if (!Q.map)
		st = PX_ENOMEM;
	if (st == PX_OK)
		st = build_coverage(p, L, &Q, r, s);
	if (st == PX_OK)
		st = build_groups(p, r, s);
	if (st == PX_OK)
		st = build_emphasis(p, r, s);
	if (st == PX_OK)
		st = build_wording(p, r, s);
	if (st == PX_OK)
		st = build_terms(p, L, &Q, r, s);
	px_arena_release(&Q.arena);
	if (st) {
		px__perspective_free(p);
		return st;
	}
	s->perspective = p;
	return PX_OK;
}

struct px__perspective_words {
	struct lexicons L;
};

void
px__perspective_words_free(struct px__perspective_words *w)
{
	if (w == NULL)
		return;
	lexicons_free(&w->L);
	px_free(w);
}

px_status
px__perspective_words_new(struct px_stemmer *stem, struct px__perspective_words **out)
{
	struct px__perspective_words *w = px_calloc(1, sizeof(*w));
	px_status st = PX_OK;

	*out = NULL;
	if (w == NULL)
		return PX_ENOMEM;
	px_arena_init(&w->L.arena, 8192, 0);
	st = lexicon_load(&w->L.hedge, &w->L.arena, stem, "perspective_hedges_en.txt", "hedge");
	if (st == PX_OK)
		st = lexicon_load(&w->L.loaded, &w->L.arena, stem, "perspective_loaded_en.txt",
				  "loaded");
	if (st) {
		px__perspective_words_free(w);
		return st;
	}
	*out = w;
	return PX_OK;
}

px_status
px__perspective_build(struct px_report *r, struct px_stemmer *shared,
		      const struct px__perspective_words *words)
{
	struct px__perspective_words *own_words = NULL;
	struct px_stemmer *own = NULL;
	struct px_stemmer *stem = shared;
	size_t i;
	px_status st = PX_OK;

	if (stem == NULL) {
		st = px_stemmer_new("en", &own);
		stem = own;
	}
	if (st == PX_OK && words == NULL) {
		st = px__perspective_words_new(stem, &own_words);
		words = own_words;
	}
	for (i = 0; st == PX_OK && i < r->n_stories; i++) {
		struct px_report_story *s = &r->stories[i];
		if (!s->cmp || s->n_sources == 0 || s->perspective)
			continue;
		st = build_story(&words->L, r, s);
	}
	px_stemmer_free(own);
	px__perspective_words_free(own_words);
	return st;
}

void
px__perspective_free(struct px_perspective *p)
{
	if (!p)
		return;
	px_arena_release(&p->arena);
	px_free(p);
}

/* ----------------------------------------------------------------- JSON */

static const char *
src_id(const struct px_report *r, const struct px_report_story *s, size_t i)
{
	return px__story_article(r, s, i)->a->id;
}

static void
json_str(struct px_buf *b, const char *s)
{
	px_buf_put_json_str(b, s ? s : "", s ? strlen(s) : 0);
}

static void
json_evidence(struct px_buf *b, const struct px_report *r, const struct px_report_story *s,
	      const struct px_evidence *ev)
{
	px__json_evidence_open(b, r, s, ev);
	px__putc(b, '}');
}

static void
json_indices(struct px_buf *b, const size_t *v, size_t n)
{
	size_t i;

	px__putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			px__putc(b, ',');
		px__put_size(b, v[i]);
	}
	px__putc(b, ']');
}

void
px__perspective_json_story(struct px_buf *b, const struct px_report *r,
			   const struct px_report_story *s)
{
	const struct px_perspective *p = s->perspective;
	size_t i, k;

	if (!p)
		return;
	px__puts(b, ",\"coverage\":{\"sources\":[");
	for (i = 0; i < p->n_sources; i++) {
		if (i)
			px__putc(b, ',');
		json_str(b, src_id(r, s, i));
	}
	px__putc(b, ']');
	if (p->groups) {
		size_t g;
		px__puts(b, ",\"groups\":[");
		for (g = 0; g < p->n_groups; g++) {
			px__puts(b, g ? ",{\"name\":" : "{\"name\":");
			if (p->groups[g].name)
				json_str(b, p->groups[g].name);
			else
				px__puts(b, "null");
			px__puts(b, ",\"sources\":[");
			for (i = 0; i < p->groups[g].n_sources; i++) {
				if (i)
					px__putc(b, ',');
				json_str(b, src_id(r, s, p->groups[g].sources[i]));
			}
			px__puts(b, "]}");
		}
		px__putc(b, ']');
	}
	px__puts(b, ",\"facts\":[");
	for (k = 0; k < p->n_facts; k++) {
		const struct px_coverage_fact *f = &p->facts[k];
		if (k)
			px__putc(b, ',');
		px__puts(b, "{\"about\":");
		json_str(b, f->about);
		px__puts(b, ",\"origin\":\"");
		px__puts(b, origin_names[f->origin]);
		px__puts(b, "\",\"index\":");
		px__put_size(b, f->index);
		px__puts(b, ",\"value\":");
		if (f->value)
			json_str(b, f->value);
		else
			px__puts(b, "null");
		px__puts(b, f->partial ? ",\"partial\":true,\"cells\":[" : ",\"partial\":false,\"cells\":[");
		for (i = 0; i < p->n_sources; i++) {
			if (i)
				px__putc(b, ',');
			px__puts(b, cell_json[(unsigned)f->cells[i] < 4 ? f->cells[i] : 0]);
		}
		px__puts(b, "],\"evidence\":[");
		for (i = 0; i < p->n_sources; i++) {
			if (i)
				px__putc(b, ',');
			if (f->has_evidence[i])
				json_evidence(b, r, s, &f->evidence[i]);
			else
				px__puts(b, "null");
		}
		if (p->groups) {
			size_t g, n = 0;
			px__puts(b, "],\"omitted_by_groups\":[");
			for (g = 0; g < p->n_groups; g++) {
				if (!f->group_omits[g] || !p->groups[g].name)
					continue;
				if (n++)
					px__putc(b, ',');
				json_str(b, p->groups[g].name);
			}
		}
		px__puts(b, "],\"aligned\":[");
		for (i = 0; i < p->n_sources; i++)
			px__puts(b, i ? (f->aligned[i] ? ",true" : ",false") : (f->aligned[i] ? "true" : "false"));
		px__puts(b, "],\"hedges\":[");
		for (i = 0; i < p->n_sources; i++) {
			if (i)
				px__putc(b, ',');
			if (f->hedge[i])
				json_str(b, f->hedge[i]);
			else
				px__puts(b, "null");
		}
		px__puts(b, "]}");
	}
	px__puts(b, "]},\"emphasis\":[");
	for (i = 0; i < p->n_sources; i++) {
		const struct px_emphasis *em = &p->emphasis[i];
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"article\":");
		json_str(b, src_id(r, s, i));
		px__puts(b, ",\"lead\":");
		json_indices(b, em->lead, em->n_lead);
		px__puts(b, ",\"late\":");
		json_indices(b, em->late, em->n_late);
		px__puts(b, ",\"omits\":");
		json_indices(b, em->omits, em->n_omits);
		px__puts(b, ",\"speakers\":[");
		for (k = 0; k < em->n_speakers; k++) {
			px__puts(b, k ? ",{\"name\":" : "{\"name\":");
			json_str(b, em->speakers[k].name);
			px__puts(b, ",\"words\":");
			px__put_size(b, em->speakers[k].words);
			px__puts(b, ",\"share\":");
			px__put_fixed(b, 2, em->speakers[k].share);
			px__putc(b, '}');
		}
		px__puts(b, "]}");
	}
	px__puts(b, "],\"wording\":[");
	for (i = 0; i < p->n_wording; i++) {
		const struct px_wording *wd = &p->wording[i];
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"about\":");
		json_str(b, wd->about);
		px__puts(b, ",\"fact\":");
		px__put_size(b, wd->fact);
		px__puts(b, ",\"variants\":[");
		for (k = 0; k < wd->n_variants; k++) {
			px__puts(b, k ? ",{\"article\":" : "{\"article\":");
			json_str(b, src_id(r, s, wd->variants[k].source));
			px__puts(b, ",\"text\":");
			json_str(b, wd->variants[k].text);
			px__putc(b, '}');
		}
		px__puts(b, "]}");
	}
	px__puts(b, "],\"terms\":[");
	for (i = 0; i < p->n_terms; i++) {
		const struct px_term *tm = &p->terms[i];
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"term\":");
		json_str(b, tm->term);
		px__puts(b, ",\"kind\":\"");
		px__puts(b, tm->kind);
		px__puts(b, tm->quoted ? "\",\"quoted\":true,\"evidence\":" : "\",\"quoted\":false,\"evidence\":");
		json_evidence(b, r, s, &tm->where);
		px__putc(b, '}');
	}
	px__putc(b, ']');
}

/* ------------------------------------------------------ text, Markdown */

/* The source shown in column c: grouped order with a source table. */
static size_t
column_source(const struct px_perspective *p, size_t c)
{
	return p->order ? p->order[c] : c;
}

/* "group: S1 S3; S2 (no group)" for the writers, with a source table. */
static void
groups_line(struct px_buf *b, const struct px_perspective *p)
{
	size_t g, i;

	for (g = 0; g < p->n_groups; g++) {
		px__puts(b, g ? "; " : "");
		px__puts(b, p->groups[g].name ? p->groups[g].name : "(no group)");
		px__putc(b, ':');
		for (i = 0; i < p->groups[g].n_sources; i++)
			px_buf_printf(b, " S%zu", p->groups[g].sources[i] + 1);
	}
}

/* Names of the groups that leave a fact out (see group_omits). */
static void
group_omits_note(struct px_buf *b, const struct px_perspective *p, const struct px_coverage_fact *f)
{
	size_t g, n = 0;

	for (g = 0; p->groups && g < p->n_groups; g++) {
		if (!f->group_omits[g] || !p->groups[g].name)
			continue;
		px__puts(b, n++ ? ", " : " [not in: ");
		px__puts(b, p->groups[g].name);
	}
	if (n)
		px__putc(b, ']');
}

/* Rows shown in text and HTML: every multi-source fact, and the first
 * unique claims (the report's unique_shown); JSON has them all. */
static int
row_shown(const struct px_report *r, const struct px_coverage_fact *f)
{
	return f->origin != PX_FACT_UNIQUE || f->n_stated > 1 || f->index < r->opts.unique_shown;
}

static void
fact_label(struct px_buf *b, const struct px_coverage_fact *f)
{
	if (f->value)
		px_buf_printf(b, "%s: %s", f->about, f->value);
	else
		px__puts(b, f->about);
}

/* Markdown table cells must not break the table. */
static void
md_cell(struct px_buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			px__puts(b, "\\|");
		else if (*s == '\n')
			px__putc(b, ' ');
		else
			px__putc(b, *s);
	}
}

static void
fact_list(struct px_buf *b, const struct px_perspective *p, const size_t *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		px__puts(b, i ? "; " : "");
		fact_label(b, &p->facts[v[i]]);
	}
}

void
px__perspective_text(struct px_buf *b, const struct px_report *r,
		     const struct px_report_story *s, int markdown)
{
	const struct px_perspective *p = s->perspective;
	const char *ind = markdown ? "" : "   ";
	size_t i, k;

	if (!p)
		return;
	if (markdown)
		px__puts(b, "\n### Coverage\n\n");
	else
		px__puts(b, "\n   Coverage\n");
	px_buf_printf(b, "%s%s \xe2\x9c\x93 stated, \xc3\x97 contradicted (another side has as many sources or more), ~ hedged, "
			 "\xc2\xb7 omitted%s\n",
		      ind, markdown ? "*Legend:*" : "legend:", markdown ? "\n" : "");
	if (p->groups) {
		px__puts(b, ind);
		px__puts(b, markdown ? "*Groups (from the source table):* " : "groups (from the source table): ");
		groups_line(b, p);
		px__putc(b, '\n');
	}
	if (markdown) {
		px__puts(b, "\n| fact |");
		for (i = 0; i < p->n_sources; i++)
			px_buf_printf(b, " S%zu |", column_source(p, i) + 1);
		px__puts(b, "\n|---|");
		for (i = 0; i < p->n_sources; i++)
			px__puts(b, ":-:|");
		px__putc(b, '\n');
	}
	for (k = 0; k < p->n_facts; k++) {
		const struct px_coverage_fact *f = &p->facts[k];
		struct px_buf l = PX_BUF_INIT;
		if (!row_shown(r, f))
			continue;
		fact_label(&l, f);
		if (f->partial && f->n_stated > 1)
			px__puts(&l, " [partial]");
		group_omits_note(&l, p, f);
		if (markdown) {
			px__puts(b, "| ");
			if (l.failed == PX_OK && l.data)
				md_cell(b, l.data);
			px__puts(b, " |");
			for (i = 0; i < p->n_sources; i++)
				px_buf_printf(b, " %s |", cell_symbols[f->cells[column_source(p, i)]]);
		} else {
			px__puts(b, "   ");
			for (i = 0; i < p->n_sources; i++)
				px_buf_printf(b, "%s ", cell_symbols[f->cells[column_source(p, i)]]);
			px__puts(b, " ");
			if (l.failed == PX_OK && l.data)
				px_buf_append(b, l.data, l.len);
		}
		px__putc(b, '\n');
		px_buf_release(&l);
	}
	if (markdown)
		px__putc(b, '\n');
	for (i = 0; i < p->n_sources; i++)
		px_buf_printf(b, markdown ? "- S%zu: `%s`\n" : "   S%zu = %s\n", i + 1, src_id(r, s, i));

	px__puts(b, markdown ? "\n### Emphasis\n\n" : "\n   Emphasis\n");
	for (i = 0; i < p->n_sources; i++) {
		const struct px_emphasis *em = &p->emphasis[i];
		px_buf_printf(b, markdown ? "- S%zu leads with: " : "   - S%zu leads with: ", i + 1);
		if (em->n_lead)
			fact_list(b, p, em->lead, em->n_lead);
		else
			px__puts(b, "(no aligned fact)");
		if (em->n_late) {
			px__puts(b, "; late: ");
			fact_list(b, p, em->late, em->n_late);
		}
		if (em->n_omits) {
			px__puts(b, "; omits: ");
			fact_list(b, p, em->omits, em->n_omits);
		}
		if (em->n_speakers) {
			px__puts(b, "; quotes: ");
			for (k = 0; k < em->n_speakers; k++)
				px_buf_printf(b, "%s%s %.0f%%", k ? ", " : "", em->speakers[k].name,
					      100.0 * em->speakers[k].share);
		}
		px__putc(b, '\n');
	}
	if (p->n_wording) {
		px__puts(b, markdown ? "\n### Wording\n\n" : "\n   Wording (words only one source uses for the fact)\n");
		for (i = 0; i < p->n_wording; i++) {
			const struct px_wording *wd = &p->wording[i];
			px__puts(b, markdown ? "- " : "   - ");
			fact_label(b, &p->facts[wd->fact]);
			px__puts(b, ": ");
			for (k = 0; k < wd->n_variants; k++)
				px_buf_printf(b, "%sS%zu \"%s\"", k ? " / " : "", wd->variants[k].source + 1,
					      wd->variants[k].text);
			px__putc(b, '\n');
		}
	}
	if (p->n_terms) {
		size_t last = (size_t)-1;
		px__puts(b, markdown ? "\n### Loaded and hedged terms\n\n" : "\n   Loaded and hedged terms\n");
		for (i = 0; i < p->n_terms; i++) {
			const struct px_term *tm = &p->terms[i];
			size_t len = 0;
			const char *t = px__evidence_text(r, s, &tm->where, &len);
			if (tm->source != last)
				px_buf_printf(b, "%s%sS%zu: ", last == (size_t)-1 ? "" : "\n", markdown ? "- " : "   - ",
					      tm->source + 1);
			else
				px__puts(b, ", ");
			last = tm->source;
			px_buf_append(b, t, len);
			px_buf_printf(b, " (%s%s)", tm->kind, tm->quoted ? ", in a quote" : "");
		}
		px__putc(b, '\n');
	}
}

/* ----------------------------------------------------------------- HTML */

static void
html_esc(struct px_buf *b, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '<': px__puts(b, "&lt;"); break;
		case '>': px__puts(b, "&gt;"); break;
		case '&': px__puts(b, "&amp;"); break;
		case '"': px__puts(b, "&quot;"); break;
		case '\'': px__puts(b, "&#39;"); break;
		default: px__putc(b, s[i]);
		}
	}
}

static void
html_escs(struct px_buf *b, const char *s)
{
	if (s)
		html_esc(b, s, strlen(s));
}

static void
html_fact(struct px_buf *b, const struct px_coverage_fact *f)
{
	if (f->value) {
		px__puts(b, "<span class=\"val\">");
		html_escs(b, f->value);
		px__puts(b, "</span> ");
	}
	html_escs(b, f->about);
}

void
px__perspective_html(struct px_buf *b, const struct px_report *r,
		     const struct px_report_story *s)
{
	static const char *const cls[] = {"", "agree", "unique", "conflict"};
	const struct px_perspective *p = s->perspective;
	size_t i, k;

	if (!p)
		return;
	px__puts(b, "<h3>Coverage</h3><p class=\"meta\">&#10003; stated &middot; &times; contradicted (another side "
		       "has as many sources or more) &middot; ~ hedged &middot; &middot; omitted. Hover a cell for its "
		       "sentence.</p><table class=\"coverage\">");
	if (p->groups) {
		size_t g;
		px__puts(b, "<tr class=\"groups\"><th></th>");
		for (g = 0; g < p->n_groups; g++) {
			px_buf_printf(b, "<th colspan=\"%zu\">", p->groups[g].n_sources);
			html_escs(b, p->groups[g].name ? p->groups[g].name : "(no group)");
			px__puts(b, "</th>");
		}
		px__puts(b, "</tr>");
	}
	px__puts(b, "<tr><th>fact</th>");
	for (i = 0; i < p->n_sources; i++) {
		px_buf_printf(b, "<th title=\"");
		html_escs(b, src_id(r, s, column_source(p, i)));
		px_buf_printf(b, "\">S%zu</th>", column_source(p, i) + 1);
	}
	px__puts(b, "</tr>");
	for (k = 0; k < p->n_facts; k++) {
		const struct px_coverage_fact *f = &p->facts[k];
		if (!row_shown(r, f))
			continue;
		px__puts(b, "<tr><td>");
		html_fact(b, f);
		if (f->partial && f->n_stated > 1)
			px__puts(b, " <span class=\"kind\">partial</span>");
		if (p->groups) {
			struct px_buf note = PX_BUF_INIT;
			group_omits_note(&note, p, f);
			if (note.len && !note.failed) {
				px__puts(b, " <span class=\"kind\">");
				html_esc(b, note.data + 1, note.len - 1);
				px__puts(b, "</span>");
			}
			px_buf_release(&note);
		}
		px__puts(b, "</td>");
		for (i = 0; i < p->n_sources; i++) {
			size_t src = column_source(p, i);
			enum px_cell c = f->cells[src];
			px_buf_printf(b, "<td title=\"%s", px_cell_name(c));
			if (f->has_evidence[src]) {
				size_t len = 0;
				const char *t = px__evidence_text(r, s, &f->evidence[src], &len);
				px__puts(b, ": ");
				html_esc(b, t, len);
			}
			if (c == PX_CELL_OMITTED)
				px_buf_printf(b, "\">%s</td>", cell_symbols[c]);
			else
				px_buf_printf(b, "\"><mark class=\"%s\">%s</mark></td>", cls[c], cell_symbols[c]);
		}
		px__puts(b, "</tr>");
	}
	px__puts(b, "</table><p class=\"meta\">");
	for (i = 0; i < p->n_sources; i++) {
		px_buf_printf(b, "%sS%zu ", i ? " &middot; " : "", i + 1);
		html_escs(b, src_id(r, s, i));
	}
	px__puts(b, "</p><h3>Emphasis</h3><ul>");
	for (i = 0; i < p->n_sources; i++) {
		const struct px_emphasis *em = &p->emphasis[i];
		px_buf_printf(b, "<li><b>S%zu</b> leads with: ", i + 1);
		for (k = 0; k < em->n_lead; k++) {
			px__puts(b, k ? "; " : "");
			html_fact(b, &p->facts[em->lead[k]]);
		}
		if (!em->n_lead)
			px__puts(b, "(no aligned fact)");
		if (em->n_omits) {
			px__puts(b, " <span class=\"meta\">omits:</span> ");
			for (k = 0; k < em->n_omits; k++) {
				px__puts(b, k ? "; " : "");
				html_fact(b, &p->facts[em->omits[k]]);
			}
		}
		if (em->n_speakers) {
			px__puts(b, " <span class=\"meta\">quotes:</span> ");
			for (k = 0; k < em->n_speakers; k++) {
				px__puts(b, k ? ", " : "");
				html_escs(b, em->speakers[k].name);
				px_buf_printf(b, " %.0f%%", 100.0 * em->speakers[k].share);
			}
		}
		px__puts(b, "</li>");
	}
	px__puts(b, "</ul>");
	if (p->n_wording) {
		px__puts(b, "<h3>Wording</h3><ul>");
		for (i = 0; i < p->n_wording; i++) {
			const struct px_wording *wd = &p->wording[i];
			px__puts(b, "<li>");
			html_fact(b, &p->facts[wd->fact]);
			px__puts(b, ": ");
			for (k = 0; k < wd->n_variants; k++) {
				px_buf_printf(b, "%s<b>S%zu</b> &ldquo;", k ? " / " : "", wd->variants[k].source + 1);
				html_escs(b, wd->variants[k].text);
				px__puts(b, "&rdquo;");
			}
			px__puts(b, "</li>");
		}
		px__puts(b, "</ul>");
	}
	if (p->n_terms) {
		px__puts(b, "<h3>Loaded and hedged terms</h3><ul>");
		for (i = 0; i < p->n_terms; i++) {
			const struct px_term *tm = &p->terms[i];
			size_t len = 0;
			const char *t = px__evidence_text(r, s, &tm->where, &len);
			if (i == 0 || p->terms[i - 1].source != tm->source)
				px_buf_printf(b, "%s<li><b>S%zu</b> ", i ? "</li>" : "", tm->source + 1);
			else
				px__puts(b, ", ");
			px_buf_printf(b, "<mark class=\"%s\">", tm->kind[0] == 'h' ? "unique" : "conflict");
			html_esc(b, t, len);
			px_buf_printf(b, "</mark> <span class=\"meta\">%s</span>", tm->kind);
		}
		px__puts(b, "</li></ul>");
	}
}
