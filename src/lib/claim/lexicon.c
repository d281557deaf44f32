/*
 * The claims lexicons: data/claims_*.txt compiled into two interning maps
 * at px_extractor_new(). One map holds single tokens (lower-cased) with
 * every role a word plays (number word, month, title, noun class, ...), so
 * that a word is hashed once per text; the other holds phrases (units,
 * currencies, approximation words, places, titles), keyed by their tokens
 * joined with one space where the text has white space and nothing where
 * the tokens touch ("per cent", "km/h", "us$").
 *
 * Invariants: the extractor is never modified after px_extractor_new()
 * returns, so lookups are thread-safe; every phrase's first token carries
 * LX_PSTART in the word map, so phrase lookup is only tried where one can
 * start.
 */
#include <stdlib.h>
#include <string.h>

#include "claim_internal.h"

#define LEX_KEY_MAX 96

static px_status
word_entry(struct px_extractor *x, const char *w, size_t len,
	   struct lexw **out)
{
	uint32_t id = 0;
	int added = 0;
	px_status st = px_map_intern(x->words, w, len, &id, &added);

	*out = NULL;
	if (st)
		return st;
	if (added) {
		st = px_grow((void **)&x->w, &x->cap_w, (size_t)id + 1, sizeof(*x->w));
		if (st)
			return st;
		memset(&x->w[id], 0, sizeof(x->w[id]));
		x->w[id].noun_cls = -1;
		x->w[id].phrase1 = -1;
		x->n_w = (size_t)id + 1;
	}
	*out = &x->w[id];
	return PX_OK;
}

/*
 * The normalised key of a phrase written with spaces in a data file: its
 * tokens as the tokenizer sees them, joined the way px__cl_lex_phrase builds
 * keys from running text. Also returns the first token and the count.
 */
static px_status
phrase_key(const struct px_extractor *x, const char *s, size_t len,
	   char *key, size_t *klen, size_t *first_len, size_t *ntok)
{
	struct toks tk;
	size_t i = 0, k = 0;
	px_status st = px__cl_toks_make(x, s, len, &tk);

	*klen = 0;
	*ntok = 0;
	*first_len = 0;
	if (st)
		return st;
	for (i = 0; i < tk.n && st == PX_OK; i++) {
		size_t n = tk.t[i].end - tk.t[i].start;
		size_t j = 0;
		if (i > 0 && (tk.t[i].flags & TF_SPACE)) {
			if (k + 1 >= LEX_KEY_MAX)
				st = PX_EFORMAT;
			else
				key[k++] = ' ';
		}
		if (k + n >= LEX_KEY_MAX) {
			st = PX_EFORMAT;
			break;
		}
		for (j = 0; j < n; j++) {
			char c = s[tk.t[i].start + j];
			key[k++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
		if (i == 0)
			*first_len = k;
	}
	*klen = k;
	*ntok = tk.n;
	px__cl_toks_release(&tk);
	if (st == PX_OK && k == 0)
		st = PX_EFORMAT;
	return st;
}

static px_status
phrase_entry(struct px_extractor *x, const char *s, size_t len, uint32_t start_flag,
	     struct lexp **out)
{
	char key[LEX_KEY_MAX];
	size_t klen = 0, flen = 0, ntok = 0;
	uint32_t id = 0;
	int added = 0;
	struct lexw *w = NULL;
	px_status st = phrase_key(x, s, len, key, &klen, &flen, &ntok);

	*out = NULL;
	if (st)
		return st;
	st = word_entry(x, key, flen, &w);
	if (st)
		return st;
	w->flags |= start_flag;
	if (ntok > w->maxlen)
		w->maxlen = (uint8_t)(ntok > 255 ? 255 : ntok);
	if (ntok > x->max_phrase)
		x->max_phrase = ntok;
	st = px_map_intern(x->phrases, key, klen, &id, &added);
	if (st)
		return st;
	if (added) {
		st = px_grow((void **)&x->p, &x->cap_p, (size_t)id + 1, sizeof(*x->p));
		if (st)
			return st;
		memset(&x->p[id], 0, sizeof(x->p[id]));
		x->n_p = (size_t)id + 1;
	}
	/* the one-word phrase is found through its word, without hashing */
	if (ntok == 1)
		w->phrase1 = (int32_t)id;
	*out = &x->p[id];
	return PX_OK;
}

/* Split one data line into up to max TAB-separated fields. */
static size_t
split_tabs(const char *line, size_t len, const char **f, size_t *fl, size_t max)
{
	size_t n = 0, s = 0, i = 0;

	for (i = 0; i <= len && n < max; i++) {
		if (i == len || line[i] == '\t') {
			f[n] = line + s;
			fl[n] = i - s;
			n++;
			s = i + 1;
		}
	}
	return n;
}

static double
field_num(const char *s, size_t len)
{
	char tmp[48];

	if (len >= sizeof tmp)
		len = sizeof tmp - 1;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	return strtod(tmp, NULL);
}

static int
field_is(const char *s, size_t len, const char *lit)
{
	return strlen(lit) == len && memcmp(s, lit, len) == 0;
}

static const char *
intern_str(struct px_extractor *x, const char *s, size_t len)
{
	return px_arena_strndup(&x->arena, s, len);
}

static int
class_index(struct px_extractor *x, const char *s, size_t len)
{
	size_t i = 0;

	for (i = 0; i < x->n_classes; i++)
		if (strlen(x->classes[i]) == len && memcmp(x->classes[i], s, len) == 0)
			return (int)i;
	if (px_grow((void **)&x->classes, &x->cap_classes, x->n_classes + 1,
		    sizeof(*x->classes)))
		return -1;
	x->classes[x->n_classes] = intern_str(x, s, len);
	if (x->classes[x->n_classes] == NULL)
		return -1;
	return (int)x->n_classes++;
}

typedef px_status (*line_fn)(struct px_extractor *x, const char **f,
			     size_t *fl, size_t nf);

static px_status
load_file(struct px_extractor *x, const char *name, line_fn fn)
{
	const char *data = NULL;
	size_t len = 0, i = 0, s = 0;
	px_status st = px_data_get(name, &data, &len);

	if (st)
		return st == PX_ENOTFOUND ? PX_EFORMAT : st;
	for (i = 0; i <= len && st == PX_OK; i++) {
		if (i == len || data[i] == '\n') {
			const char *f[6];
			size_t fl[6], nf = 0, ll = i - s;
			if (ll > 0 && data[s] != '#') {
				nf = split_tabs(data + s, ll, f, fl, 6);
				st = fn(x, f, fl, nf);
			}
			s = i + 1;
		}
	}
	return st;
}

static px_status
numbers_line(struct px_extractor *x, const char **f, size_t *fl, size_t nf)
{
	struct lexw *w = NULL;
	static const struct {
		const char *name;
		uint32_t flag;
	} kinds[] = {{"card", LX_CARD}, {"scale", LX_SCALE}, {"abbr", LX_ABBR},
		     {"frac", LX_FRAC},  {"vague", LX_VAGUE}, {"sign", LX_SIGN},
		     {"dozen", LX_DOZEN}, {"ord", LX_ORD}};
	size_t k = 0;
	px_status st = PX_OK;

	if (nf < 3)
		return PX_EFORMAT;
	st = word_entry(x, f[0], fl[0], &w);
	if (st)
		return st;
	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		if (field_is(f[1], fl[1], kinds[k].name))
			break;
	if (k == sizeof kinds / sizeof kinds[0])
		return PX_EFORMAT;
	/* An abbreviation never overrides a word's own number value. */
	if (!(kinds[k].flag == LX_ABBR && (w->flags & LX_NUMWORD)))
		w->num = field_num(f[2], fl[2]);
	w->flags |= kinds[k].flag;
	return PX_OK;
}

static px_status
words_line(struct px_extractor *x, const char **f, size_t *fl, size_t nf)
{
	struct lexw *w = NULL;
	struct lexp *p = NULL;
	int v = nf >= 3 ? (int)field_num(f[2], fl[2]) : 0;
	px_status st = PX_OK;
	const char *c = f[1];
	size_t cl = nf >= 2 ? fl[1] : 0;

	if (nf < 2)
		return PX_EFORMAT;
	if (memchr(f[0], ' ', fl[0]) != NULL) {
		/* Multi-word titles ("prime minister") are phrases. */
		st = phrase_entry(x, f[0], fl[0], LX_PS_TITLE, &p);
		if (st == PX_OK && field_is(c, cl, "title"))
			p->flags |= LP_TITLE;
		return st;
	}
	st = word_entry(x, f[0], fl[0], &w);
	if (st)
		return st;
	if (field_is(c, cl, "month")) {
		w->flags |= LX_MONTH;
		w->month = (int8_t)v;
	} else if (field_is(c, cl, "weekday")) {
		w->flags |= LX_WEEKDAY;
		w->weekday = (int8_t)v;
	} else if (field_is(c, cl, "reldate")) {
		w->flags |= LX_RELDATE;
		w->reldate = (int8_t)v;
	} else if (field_is(c, cl, "stop")) {
		w->flags |= LX_STOP;
	} else if (field_is(c, cl, "cue")) {
		w->flags |= LX_CUE;
	} else if (field_is(c, cl, "title")) {
		w->flags |= LX_TITLE;
	} else if (field_is(c, cl, "orgword")) {
		w->flags |= LX_ORGWORD;
	} else if (field_is(c, cl, "future")) {
		w->flags |= LX_FUTURE;
	} else if (field_is(c, cl, "scorectx")) {
		w->flags |= LX_SCORECTX;
	} else if (field_is(c, cl, "idctx")) {
		w->flags |= LX_IDCTX;
	} else if (field_is(c, cl, "pronoun")) {
		w->flags |= LX_PRONOUN;
	} else if (field_is(c, cl, "placeword")) {
		w->flags |= LX_PLACEWORD;
	} else if (field_is(c, cl, "article")) {
		w->flags |= LX_ART;
	} else if (field_is(c, cl, "dateword")) {
		w->flags |= LX_DATEWORD;
	} else if (field_is(c, cl, "past")) {
		w->flags |= LX_PAST;
	} else if (field_is(c, cl, "schedule")) {
		w->flags |= LX_SCHED;
	} else {
		return PX_EFORMAT;
	}
	return PX_OK;
}

static px_status
units_line(struct px_extractor *x, const char **f, size_t *fl, size_t nf)
{
	struct lexp *p = NULL;
	px_status st = PX_OK;

	if (nf < 4)
		return PX_EFORMAT;
	st = phrase_entry(x, f[0], fl[0], LX_PS_UNIT, &p);
	if (st)
		return st;
	if (field_is(f[3], fl[3], "pre")) {
		if (p->flags & LP_UNIT_PRE)
			return PX_OK;
		p->flags |= LP_UNIT_PRE;
		p->pre_unit = intern_str(x, f[1], fl[1]);
		return p->pre_unit ? PX_OK : PX_ENOMEM;
	}
	if (p->flags & LP_UNIT_POST)
		return PX_OK; /* the first line for a surface wins */
	p->flags |= LP_UNIT_POST;
	p->post_unit = intern_str(x, f[1], fl[1]);
	p->post_dim = intern_str(x, f[2], fl[2]);
	return p->post_unit && p->post_dim ? PX_OK : PX_ENOMEM;
}

static px_status
approx_line(struct px_extractor *x, const char **f, size_t *fl, size_t nf)
{
	static const char *const names[] = {"=", "~", "<", "<=", ">", ">=", "range"};
	struct lexp *p = NULL;
	size_t k = 0;
	px_status st = PX_OK;

	if (nf < 4)
		return PX_EFORMAT;
	for (k = 0; k < 7; k++)
		if (field_is(f[1], fl[1], names[k]))
			break;
	if (k == 7)
		return PX_EFORMAT;
	st = phrase_entry(x, f[0], fl[0], LX_PS_APPROX, &p);
	if (st)
		return st;
	p->flags |= LP_APPROX;
	p->approx = (int)k;
	p->lowf = field_num(f[2], fl[2]);
	p->highf = field_num(f[3], fl[3]);
	return PX_OK;
}

/* Bit of the noun filter for the n bytes w (n <= 16), from the packed key. */
static size_t
noun_bit(const char *w, size_t n)
{
	uint64_t key = 0, key2 = 0;
	size_t k = 0;

	for (k = 0; k < n; k++) {
		if (k < 8)
			key |= (uint64_t)(unsigned char)w[k] << (8 * k);
		else
			key2 |= (uint64_t)(unsigned char)w[k] << (8 * (k - 8));
	}
	return (size_t)(px__cl_fast_hash(key, key2, n) >> (64 - NOUN_FILTER_BITS));
}

static px_status
nouns_line(struct px_extractor *x, const char **f, size_t *fl, size_t nf)
{
	uint32_t id = 0;
	int cls = 0, added = 0;
	px_status st = PX_OK;

	if (nf < 2)
		return PX_EFORMAT;
	cls = class_index(x, f[1], fl[1]);
	if (cls < 0)
		return PX_ENOMEM;
	st = px_map_intern(x->nouns, f[0], fl[0], &id, &added);
	if (st)
		return st;
	*px_map_value(x->nouns, id) = (uintptr_t)cls;
	if (fl[0] <= 16) {
		size_t bit = noun_bit(f[0], fl[0]);
		x->noun_filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
	}
	return PX_OK;
}

static px_status
places_line(struct px_extractor *x, const char **f, size_t *fl, size_t nf)
{
	struct lexp *p = NULL;
	px_status st = PX_OK;

	if (nf < 1 || fl[0] == 0)
		return PX_EFORMAT;
	st = phrase_entry(x, f[0], fl[0], LX_PS_PLACE, &p);
	if (st == PX_OK)
		p->flags |= LP_PLACE;
	return st;
}

/* The words of the word sets, each with its set's bit (claim_internal.h). */
static px_status
load_word_sets(struct px_extractor *x)
{
	size_t b = 0, k = 0;
	px_status st = PX_OK;

	for (b = 0; px__cl_word_sets[b] != NULL && st == PX_OK; b++) {
		if (b >= WORD_SETS_MAX)
			return PX_ETOOBIG;
		for (k = 0; px__cl_word_sets[b][k].w != NULL && st == PX_OK; k++) {
			const struct set_word *w = &px__cl_word_sets[b][k];
			struct lexw *e = NULL;
			st = word_entry(x, w->w, w->n, &e);
			if (st == PX_OK)
				e->sets = (uint16_t)(e->sets | (1u << b));
		}
	}
	return st;
}

static px_status
build_fast(struct px_extractor *x)
{
	size_t count = px_map_count(x->words), n = 0, i = 0, mask = 0;
	unsigned bits = 10;

	/* load factor at most one half */
	while (((size_t)1 << bits) < count * 2 && bits < 24)
		bits++;
	if (((size_t)1 << bits) < count * 2)
		return PX_ETOOBIG;
	n = (size_t)1 << bits;
	mask = n - 1;
	x->fast_bits = bits;
	x->fast = px_calloc(n, sizeof(*x->fast));
	x->fast_keys = px_calloc(count ? count : 1, sizeof(*x->fast_keys));
	x->fast_filter = px_calloc(((size_t)1 << LEX_FILTER_BITS) / 64, sizeof(uint64_t));
	if (x->fast == NULL || x->fast_keys == NULL || x->fast_filter == NULL)
		return PX_ENOMEM;
	for (i = 0; i < count; i++) {
		size_t len = 0, k = 0, slot = 0, bit = 0;
		const char *w = px_map_key(x->words, (uint32_t)i, &len);
		uint64_t key = 0, key2 = 0, h = 0;
		if (len == 0 || len > 16)
			continue;
		for (k = 0; k < len; k++) {
			if (k < 8)
				key |= (uint64_t)(unsigned char)w[k] << (8 * k);
			else
				key2 |= (uint64_t)(unsigned char)w[k] << (8 * (k - 8));
		}
		h = px__cl_fast_hash(key, key2, len);
		slot = (size_t)(h >> (64 - bits));
		bit = (size_t)(h >> 24) & (((size_t)1 << LEX_FILTER_BITS) - 1);
		x->fast_filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
		while (x->fast[slot] != 0)
			slot = (slot + 1) & mask;
		x->fast[slot] = ((uint64_t)(uint32_t)h << 32) | (uint64_t)(i + 1);
		x->fast_keys[i].key = key;
		x->fast_keys[i].key2 = key2;
		x->fast_keys[i].len = (uint16_t)len;
		x->fast_keys[i].sets = x->w[i].sets;
		x->fast_keys[i].flags = x->w[i].flags;
	}
	return PX_OK;
}

px_status
px_extractor_new(struct px_extractor **out)
{
	struct px_extractor *x = px_calloc(1, sizeof(*x));
	px_status st = PX_OK;

	*out = NULL;
	if (x == NULL)
		return PX_ENOMEM;
	px_arena_init(&x->arena, 64 * 1024, 0);
	st = px_map_new(&x->words);
	if (st == PX_OK)
		st = px_map_new(&x->phrases);
	if (st == PX_OK)
		st = px_map_new(&x->nouns);
	if (st == PX_OK)
		st = load_file(x, "claims_numbers.txt", numbers_line);
	if (st == PX_OK)
		st = load_file(x, "claims_words.txt", words_line);
	if (st == PX_OK)
		st = load_file(x, "claims_units.txt", units_line);
	if (st == PX_OK)
		st = load_file(x, "claims_approx.txt", approx_line);
	if (st == PX_OK) {
		x->noun_filter = px_calloc(((size_t)1 << NOUN_FILTER_BITS) / 64, sizeof(uint64_t));
		if (x->noun_filter == NULL)
			st = PX_ENOMEM;
	}
	if (st == PX_OK)
		st = load_file(x, "claims_nouns.txt", nouns_line);
	if (st == PX_OK) {
		size_t k = 0;
		x->people_cls = -1;
		for (k = 0; k < x->n_classes && x->people_cls < 0; k++)
			if (strcmp(x->classes[k], "people") == 0)
				x->people_cls = (int)k;
	}
	if (st == PX_OK)
		st = load_file(x, "claims_places.txt", places_line);
	if (st == PX_OK)
		st = load_word_sets(x);
	if (st == PX_OK)
		st = build_fast(x);
	if (st) {
		px_extractor_free(x);
		return st;
	}
	*out = x;
	return PX_OK;
}

void
px_extractor_free(struct px_extractor *x)
{
	if (x == NULL)
		return;
	px_free(x->fast);
	px_free(x->fast_keys);
	px_free(x->fast_filter);
	px_free(x->noun_filter);
	px_map_free(x->words);
	px_map_free(x->phrases);
	px_map_free(x->nouns);
	px_free(x->w);
	px_free(x->p);
	px_free(x->classes);
	px_arena_release(&x->arena);
	px_free(x);
}

const struct lexp *
px__cl_lex_phrase_at(const struct px_extractor *x, const struct toks *tk, size_t i,
		     size_t lim, uint32_t want, size_t *after)
{
	char key[LEX_KEY_MAX];
	size_t ends[16];
	size_t k = 0, n = 0, j = 0;

	uint32_t need = ((want & (LP_UNIT_PRE | LP_UNIT_POST)) ? LX_PS_UNIT : 0) |
			((want & LP_APPROX) ? LX_PS_APPROX : 0) | ((want & LP_PLACE) ? LX_PS_PLACE : 0) |
			((want & LP_TITLE) ? LX_PS_TITLE : 0);

	const struct lexw *w0 = NULL;
	size_t maxn = 0;

	*after = i;
	/* the token's copy of its word's flags answers for most calls */
	if (i >= lim || i >= tk->n || !(tk->t[i].lx & need))
		return NULL;
	w0 = &x->w[tk->t[i].lw];
	maxn = w0->maxlen < x->max_phrase ? w0->maxlen : x->max_phrase;
	/* A word that starts only one-word phrases: its own entry. */
	if (maxn == 1) {
		if (w0->phrase1 >= 0 && (x->p[w0->phrase1].flags & want)) {
			*after = i + 1;
			return &x->p[w0->phrase1];
		}
		return NULL;
	}
	/* Build the key token by token, remembering where each prefix ends. */
	for (j = i; j < lim && n < maxn && n < 16; j++) {
		const struct tok *t = &tk->t[j];
		size_t len = t->end - t->start, m = 0;
		if (j > i && (t->flags & TF_SPACE)) {
			if (t->flags & TF_NL)
				break;
			if (k + 1 >= LEX_KEY_MAX)
				break;
			key[k++] = ' ';
		}
		if (k + len >= LEX_KEY_MAX)
			break;
		for (m = 0; m < len; m++) {
			char c = tk->text[t->start + m];
			key[k++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
		ends[n++] = k;
	}
	while (n > 1) {
		uint32_t id = 0;
		if (px_map_find(x->phrases, key, ends[n - 1], &id) == PX_OK &&
		    (x->p[id].flags & want)) {
			*after = i + n;
			return &x->p[id];
		}
		n--;
	}
	/* the first word alone (its key is the word's own) */
	if (n == 1 && w0->phrase1 >= 0 && (x->p[w0->phrase1].flags & want)) {
		*after = i + 1;
		return &x->p[w0->phrase1];
	}
	return NULL;
}

static int
noun_lookup(const struct px_extractor *x, const char *w, size_t len)
{
	uint32_t id = 0;

	/* most words tried are no noun: the filter answers without hashing
	   into the 40k-entry map */
	if (len <= 16) {
		size_t bit = noun_bit(w, len);
		if (!((x->noun_filter[bit >> 6] >> (bit & 63)) & 1))
			return -1;
	}
	if (px_map_find(x->nouns, w, len, &id) != PX_OK)
		return -1;
	return (int)*px_map_value(x->nouns, id);
}

const char *
px__cl_lex_noun(const struct px_extractor *x, const char *w, size_t len,
	     int *plural)
{
	char buf[40];
	size_t i = 0;
	int c = -1;

	*plural = 0;
	if (len < 2 || len >= sizeof buf)
		return NULL;
	for (i = 0; i < len; i++) {
		char ch = w[i];
		buf[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
	}
	buf[len] = '\0';
	if (buf[len - 1] == 's' && buf[len - 2] != 's') {
		/* Regular plurals: -ies -> -y, -es, -s. */
		if (len > 4 && buf[len - 3] == 'i' && buf[len - 2] == 'e') {
			buf[len - 3] = 'y';
			c = noun_lookup(x, buf, len - 2);
			buf[len - 3] = 'i';
		}
		if (c < 0 && len > 3 && buf[len - 2] == 'e')
			c = noun_lookup(x, buf, len - 2);
		if (c < 0)
			c = noun_lookup(x, buf, len - 1);
		if (c >= 0) {
			*plural = 1;
			return x->classes[c];
		}
		/* "kayakers", "paddleboarders": an agent noun the dictionary
		 * lacks, made of a noun or verb it has, counts people */
		if (x->people_cls >= 0 && len > 6 && strcmp(buf + len - 3, "ers") == 0 &&
		    (noun_lookup(x, buf, len - 3) >= 0 || noun_lookup(x, buf, len - 2) >= 0)) {
			*plural = 1;
			return x->classes[x->people_cls];
		}
	}
	c = noun_lookup(x, buf, len);
	if (c < 0 && len > 5 && strcmp(buf + len - 3, "men") == 0) {
		/* "fishermen", "congressmen": the -man noun's plural */
		buf[len - 2] = 'a';
		c = noun_lookup(x, buf, len);
		buf[len - 2] = 'e';
		if (c >= 0) {
			*plural = 1;
			return x->classes[c];
		}
	}
	if (c < 0)
		return NULL;
	/* Irregular plurals the generator listed ("people", "children",
	 * "lives": "with the loss of 47 lives"). */
	if (len > 3 && (strcmp(buf, "people") == 0 || strcmp(buf + len - 3, "ren") == 0 ||
			strcmp(buf, "lives") == 0 ||
			strcmp(buf + len - 3, "men") == 0 || strcmp(buf, "police") == 0 ||
			strcmp(buf, "staff") == 0 || strcmp(buf, "personnel") == 0 ||
			strcmp(buf, "troops") == 0 || strcmp(buf, "cattle") == 0 ||
			strcmp(buf, "crew") == 0))
		*plural = 1;
	return x->classes[c];
}
