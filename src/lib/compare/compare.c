/*
 * The compare stage's driver: the comparer (lexicons from data/), the
 * story-wide sentence vectors, and px_compare(), which runs the fact
 * alignments (quantities, dates, quotes, stance), then unique claims and
 * the summary, into one px_comparison arena (working data in a scratch
 * arena released on return).
 *
 * Sentence vectors weight each content stem by its background inverse
 * document frequency (data/idf_en.txt), so rare words (names, places,
 * "curfew") tie sentences together and common ones do not.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "compare_internal.h"
#include "core_internal.h"

void
px_compare_opts_init(struct px_compare_opts *o)
{
	o->summary_max = 5;
	o->align_min = 0.25;
}

const char *
px_conflict_kind_name(enum px_conflict_kind k)
{
	switch (k) {
	case PX_CONFLICT_QUANTITY: return "quantity";
	case PX_CONFLICT_DATE: return "date";
	case PX_CONFLICT_ATTRIBUTION: return "attribution";
	case PX_CONFLICT_STANCE: return "stance";
	}
	return "quantity";
}

/* ------------------------------------------------------------ lexicons */

/* The line of data[len] starting at *i (without its newline, length *ll);
 * *i moves past it. */
static const char *
next_line(const char *data, size_t len, size_t *i, size_t *ll)
{
	const char *line = data + *i;
	const char *nl = memchr(line, '\n', len - *i);

	*ll = nl ? (size_t)(nl - line) : len - *i;
	*i += *ll + 1;
	return line;
}

/* The next "name: ..." line of a data file (comments and lines without a
 * colon skipped: NULL), *colon at its colon. */
static const char *
named_line(const char *data, size_t len, size_t *i, size_t *ll, size_t *colon)
{
	const char *line = next_line(data, len, i, ll);
	size_t p = 0;

	if (*ll == 0 || line[0] == '#')
		return NULL;
	while (p < *ll && line[p] != ':')
		p++;
	if (p == *ll)
		return NULL;
	*colon = p;
	return line;
}

static px_status
load_idf(struct px_comparer *c)
{
	const char *d = NULL;
	size_t len = 0, i = 0;
	px_status st = px_data_get("idf_en.txt", &d, &len);

	if (st == PX_ENOTFOUND)
		return PX_OK; /* no table: every stem weighs the same */
	while (i < len && st == PX_OK) {
		size_t ll = 0;
		const char *line = next_line(d, len, &i, &ll);
		const char *sp = memchr(line, ' ', ll);

		if (ll == 0 || line[0] == '#' || sp == NULL)
			continue;
		{
			unsigned long v = 0;
			const char *p = sp + 1;
			uint32_t id = 0;
			while (p < line + ll && *p >= '0' && *p <= '9')
				v = v * 10 + (unsigned long)(*p++ - '0');
			if ((size_t)(sp - line) == 4 && memcmp(line, "docs", 4) == 0) {
				c->idf_docs = (uint32_t)v;
				continue;
			}
			st = px_map_intern(c->idf, line, (size_t)(sp - line), &id, NULL);
			if (st == PX_OK)
				*px_map_value(c->idf, id) = (uintptr_t)v;
		}
	}
	return st;
}

static px_status
load_cues(struct px_comparer *c)
{
	static const char *const names[CUE_NSECT] = {
		"update", "subset", "distinct", "negation", "wrapper", "attrib", "claimant", "past",
		"running", "period", "partitive", "offset", "sources", "from", "until", "record",
		"forecast", "later", "asking", "degree", "nostance", "peak", "wish", "superseded",
		"whole", "records", "forum", "matter", "stamp"};
	const char *d = NULL;
	size_t len = 0, i = 0;
	int sect = -1;
	px_status st = px_data_get("compare_cues_en.txt", &d, &len);

	if (st)
		return st;
	while (i < len && st == PX_OK) {
		size_t ll = 0;
		const char *line = next_line(d, len, &i, &ll);
		size_t k = 0, words = 1;
		uint32_t id = 0;

		if (ll == 0 || line[0] == '#')
			continue;
		if (line[0] == '[') {
			sect = -1;
			for (k = 0; k < CUE_NSECT; k++)
				if (ll == strlen(names[k]) + 2 &&
				    memcmp(line + 1, names[k], ll - 2) == 0)
					sect = (int)k;
			if (sect < 0)
				return PX_EFORMAT;
			continue;
		}
		if (sect < 0)
			return PX_EFORMAT;
		for (k = 0; k < ll; k++)
			if (line[k] == ' ')
				words++;
		if (words > c->cue_max_words[sect])
			c->cue_max_words[sect] = words;
		st = px_map_intern(c->cues[sect], line, ll, &id, NULL);
	}
	return st;
}

static px_status
load_stance(struct px_comparer *c)
{
	const char *d = NULL;
	size_t len = 0, i = 0;
	px_status st = px_data_get("stance_en.txt", &d, &len);

	if (st)
		return st;
	while (i < len && st == PX_OK) {
		size_t ll = 0;
		const char *line = next_line(d, len, &i, &ll);
		const char *sp = NULL;
		uint32_t id = 0;

		if (ll == 0 || line[0] == '#')
			continue;
		/* "stem +1" or "stem particle -1": the key is all but the sign. */
		sp = line + ll;
		while (sp > line && sp[-1] != ' ')
			sp--;
		if (sp == line)
			continue;
		st = px_map_intern(c->stance, line, (size_t)(sp - 1 - line), &id, NULL);
		if (st == PX_OK)
			*px_map_value(c->stance, id) |= sp[0] == '-' ? 2 : 1;
		/* The first word of an entry of several words is marked (4),
		 * so a word that begins none is looked up once; the longer
		 * beginnings of a phrase of three or more ("stand in the way")
		 * are marked (8), so that the lookup goes on. */
		if (st == PX_OK && memchr(line, ' ', (size_t)(sp - 1 - line)) != NULL) {
			const char *w = memchr(line, ' ', (size_t)(sp - 1 - line));
			st = px_map_intern(c->stance, line, (size_t)(w - line), &id, NULL);
			if (st == PX_OK)
				*px_map_value(c->stance, id) |= 4;
			while (st == PX_OK &&
			       (w = memchr(w + 1, ' ', (size_t)(sp - 1 - (w + 1)))) != NULL) {
				st = px_map_intern(c->stance, line, (size_t)(w - line), &id, NULL);
				if (st == PX_OK)
					*px_map_value(c->stance, id) |= 8;
			}
		}
	}
	for (i = 0; st == PX_OK && i < px_map_count(c->stance); i++) {
		size_t kl = 0;
		const char *k = px_map_key(c->stance, (uint32_t)i, &kl);
		px__keysig_add(&c->stance_sig, k, kl);
	}
	return st;
}

static size_t cue_word_bit(const char *w, size_t len);

/* The bytes of a phrase or word before its first space or hyphen. */
static size_t
moment_start(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && s[i] != ' ' && s[i] != '-')
		i++;
	return i;
}

int
px__cmp_moment_may_start(const struct px_comparer *c, const char *fold)
{
	size_t b = cue_word_bit(fold, moment_start(fold, strlen(fold))) % 4096;

	return (c->moment_first[b / 64] >> (b % 64)) & 1;
}

/*
 * Moments a figure can be stated for (data/compare_moments_en.txt):
 * "class: phrase | phrase", each phrase a key of c->moments with its
 * class number.
 */
static px_status
load_moments(struct px_comparer *c)
{
	const char *d = NULL;
	size_t len = 0, i = 0;
	uint64_t cls = 0;
	px_status st = px_data_get("compare_moments_en.txt", &d, &len);

	while (st == PX_OK && i < len) {
		size_t ll = 0, p = 0;
		const char *line = named_line(d, len, &i, &ll, &p);

		if (line == NULL)
			continue;
		cls++;
		for (p++; p < ll && st == PX_OK;) {
			size_t a = 0, b = 0, words = 1, k = 0;
			while (p < ll && line[p] == ' ')
				p++;
			a = p;
			while (p < ll && line[p] != '|')
				p++;
			b = p;
			while (b > a && line[b - 1] == ' ')
				b--;
			if (p < ll)
				p++; /* past '|' */
			if (b == a)
				continue;
			for (k = a; k < b; k++)
				words += line[k] == ' ';
			st = px__map_add_first(c->moments, line + a, b - a, cls);
			if (words > c->moment_words)
				c->moment_words = words;
			k = cue_word_bit(line + a, moment_start(line + a, b - a)) % 4096;
			c->moment_first[k / 64] |= (uint64_t)1 << (k % 64);
		}
	}
	return st;
}

/* The kind of value a frame is about, from "name (kind):"; 0 (any kind)
 * when the line names none. */
static uint64_t
frame_kind(const char *line, size_t p)
{
	static const struct {
		const char *name;
		uint64_t bit;
	} kinds[] = {{"(count)", PX__FRAME_COUNT},
		     {"(people)", PX__FRAME_PEOPLE},
		     {"(date)", PX__FRAME_DATE},
		     {"(money)", PX__FRAME_MONEY},
		     {"(measure)", PX__FRAME_MEASURE},
		     {"(age)", PX__FRAME_AGE}};
	size_t i = 0, b = 0;

	for (b = 0; b < p && line[b] != '('; b++)
		;
	for (i = 0; b < p && i < sizeof kinds / sizeof kinds[0]; i++)
		if (p - b == strlen(kinds[i].name) && memcmp(line + b, kinds[i].name, p - b) == 0)
			return kinds[i].bit;
	return 0;
}

/* Set the bit of a stem of the synonyms in syn_first (cue_word_bit()
 * % 4096, as for the moments' first words). */
static void
syn_mark(struct px_comparer *c, const char *s, size_t len)
{
	size_t b = cue_word_bit(s, len) % 4096;

	c->syn_first[b / 64] |= (uint64_t)1 << (b % 64);
}

/*
 * Words told for one another (data/compare_synonyms_en.txt): "word: word
 * word ...", each stemmed as the tokens are; every stem of a line maps to
 * the id of its first. A word listed twice keeps its first group.
 */
static px_status
load_synonyms(struct px_comparer *c)
{
	const char *d = NULL;
	size_t len = 0, i = 0;
	struct px_stemmer *stem = NULL;
	px_status st = px_data_get("compare_synonyms_en.txt", &d, &len);

	if (st == PX_OK)
		st = px_stemmer_new("en", &stem);
	while (st == PX_OK && i < len) {
		size_t ll = 0, p = 0, sl = 0;
		uint32_t head = 0;
		int added = 0;
		const char *s = NULL, *line = named_line(d, len, &i, &ll, &p);

		if (line == NULL || p == 0)
			continue;
		s = px_stemmer_stem(stem, line, p, &sl);
		st = px_map_intern(c->synonyms, s, sl, &head, &added);
		if (st)
			break;
		syn_mark(c, s, sl);
		if (*px_map_value(c->synonyms, head) == 0)
			*px_map_value(c->synonyms, head) = (uintptr_t)head + 1;
		else
			head = (uint32_t)(*px_map_value(c->synonyms, head) - 1); /* listed before */
		for (p++; p < ll && st == PX_OK;) {
			size_t w = p;
			while (p < ll && line[p] != ' ')
				p++;
			if (p > w) {
				s = px_stemmer_stem(stem, line + w, p - w, &sl);
				st = px__map_add_first(c->synonyms, s, sl, (uintptr_t)head + 1);
				syn_mark(c, s, sl);
			}
			while (p < ll && line[p] == ' ')
				p++;
		}
	}
	px_stemmer_free(stem);
	return st;
}

/*
 * Frames of reported figures (data/compare_frames_en.txt): "frame (kind):
 * words", each word stemmed as the tokens are, so lookups use token stems.
 * A word listed twice keeps its first frame.
 */
static px_status
load_frames(struct px_comparer *c)
{
	const char *d = NULL;
	size_t len = 0, i = 0;
	uint64_t frame = 0, kind = 0;
	int running = 0;
	struct px_stemmer *stem = NULL;
	px_status st = px_data_get("compare_frames_en.txt", &d, &len);

	if (st == PX_OK)
		st = px_stemmer_new("en", &stem);
	while (st == PX_OK && i < len) {
		size_t ll = 0, p = 0;
		const char *line = named_line(d, len, &i, &ll, &p);

		if (line == NULL)
			continue;
		frame++;
		kind = frame_kind(line, p);
		running = memchr(line, '*', p) != NULL;
		for (p++; p < ll && st == PX_OK;) {
			size_t w = p, sl = 0;
			const char *s = NULL;
			while (p < ll && line[p] != ' ')
				p++;
			if (p > w) {
				s = px_stemmer_stem(stem, line + w, p - w, &sl);
				st = px__map_add_first(c->frames, s, sl,
							       frame | kind | (running ? PX__FRAME_RUNNING : 0));
			}
			while (p < ll && line[p] == ' ')
				p++;
		}
	}
	px_stemmer_free(stem);
	return st;
}

/*
 * The weight table (c->idf_tab) from the loaded idf map: each stem's
 * weight computed once here, as idf_weight() computed it for every story
 * before, (float)(log((N + 1) / (df + 1)) + 1).
 */
static px_status
index_idf(struct px_comparer *c)
{
	double n = c->idf_docs ? c->idf_docs : 1;
	size_t count = px_map_count(c->idf), i = 0, slots = 16;

	c->idf_w0 = (float)(log((n + 1.0) / (0 + 1.0)) + 1.0);
	if (c->idf_docs == 0 || count == 0)
		return PX_OK;
	while (slots < 2 * count)
		slots *= 2;
	c->idf_tab = px_calloc(slots, sizeof(*c->idf_tab));
	if (c->idf_tab == NULL)
		return PX_ENOMEM;
	c->idf_slots = slots;
	for (i = 0; i < count; i++) {
		size_t len = 0;
		const char *key = px_map_key(c->idf, (uint32_t)i, &len);
		double df = (double)*px_map_value(c->idf, (uint32_t)i);
		uint64_t h = px_hash64(key, len, 0);
		size_t j = (size_t)h & (slots - 1);
		while (c->idf_tab[j].key)
			j = (j + 1) & (slots - 1);
		c->idf_tab[j].hash = h;
		c->idf_tab[j].key = key;
		c->idf_tab[j].len = len;
		c->idf_tab[j].w = (float)(log((n + 1.0) / (df + 1.0)) + 1.0);
	}
	return PX_OK;
}

/* A cheap hash of a word for the cue_first filter (bit index). */
static size_t
cue_word_bit(const char *w, size_t len)
{
	uint32_t h = 2166136261u ^ (uint32_t)len;
	size_t i = 0;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return (size_t)((h ^ (h >> 16)) & 0xffffu);
}

/* The union of the cue sections with their word prefixes (cue_any), so
 * that the cue table of a document takes one lookup per word of a phrase
 * for all sections together. */
static px_status
index_cue_phrases(struct px_comparer *c)
{
	size_t k = 0, i = 0, n = 0, p = 0, len = 0;
	px_status st = PX_OK;

	for (k = 0; k < CUE_NSECT && st == PX_OK; k++) {
		n = px_map_count(c->cues[k]);
		if (c->cue_max_words[k] > c->cue_any_words)
			c->cue_any_words = c->cue_max_words[k];
		for (i = 0; i < n && st == PX_OK; i++) {
			const char *key = px_map_key(c->cues[k], (uint32_t)i, &len);
			uint32_t id = 0;
			st = px_map_intern(c->cue_any, key, len, &id, NULL);
			if (st == PX_OK)
				*px_map_value(c->cue_any, id) |= (uintptr_t)1 << k;
			for (p = 0; p < len && key[p] != ' '; p++)
				;
			c->cue_first[cue_word_bit(key, p) / 64] |= (uint64_t)1 << (cue_word_bit(key, p) % 64);
			for (p = 1; st == PX_OK && p < len; p++) {
				if (key[p] != ' ')
					continue;
				st = px_map_intern(c->cue_any, key, p, &id, NULL);
				if (st == PX_OK)
					*px_map_value(c->cue_any, id) |= (uintptr_t)1 << CUE_NSECT;
			}
		}
	}
	return st;
}

px_status
px_comparer_new(const struct px_compare_opts *opts, struct px_comparer **out)
{
	struct px_comparer *c = px_calloc(1, sizeof(*c));
	px_status st = PX_OK;
	size_t k = 0;
	uint64_t h = 0;
	const char *d = NULL;
	size_t len = 0;

	*out = NULL;
	if (c == NULL)
		return PX_ENOMEM;
	if (opts)
		c->opts = *opts;
	else
		px_compare_opts_init(&c->opts);
	st = px_map_new(&c->idf);
	for (k = 0; st == PX_OK && k < CUE_NSECT; k++)
		st = px_map_new(&c->cues[k]);
	if (st == PX_OK)
		st = px_map_new(&c->stance);
	if (st == PX_OK)
		st = px_map_new(&c->frames);
	if (st == PX_OK)
		st = px_map_new(&c->synonyms);
	if (st == PX_OK)
		st = px_map_new(&c->moments);
	if (st == PX_OK)
		st = load_idf(c);
	if (st == PX_OK)
		st = index_idf(c);
	if (st == PX_OK)
		st = load_cues(c);
	if (st == PX_OK)
		st = load_stance(c);
	if (st == PX_OK)
		st = load_frames(c);
	if (st == PX_OK)
		st = load_synonyms(c);
	if (st == PX_OK)
		st = load_moments(c);
	if (st == PX_OK)
		st = px_map_new(&c->cue_any);
	if (st == PX_OK)
		st = index_cue_phrases(c);
	if (st) {
		px_comparer_free(c);
		return st;
	}
	/* The configuration hash covers the options and every lexicon the
	 * decisions depend on, so a report names what produced it. */
	h = px_hash64(&c->opts.summary_max, sizeof(c->opts.summary_max), 1);
	h = px_hash64(&c->opts.align_min, sizeof(c->opts.align_min), h);
	if (px_data_get("compare_cues_en.txt", &d, &len) == PX_OK)
		h = px_hash64(d, len, h);
	if (px_data_get("stance_en.txt", &d, &len) == PX_OK)
		h = px_hash64(d, len, h);
	if (px_data_get("compare_frames_en.txt", &d, &len) == PX_OK)
		h = px_hash64(d, len, h);
	if (px_data_get("compare_synonyms_en.txt", &d, &len) == PX_OK)
		h = px_hash64(d, len, h);
	if (px_data_get("compare_moments_en.txt", &d, &len) == PX_OK)
		h = px_hash64(d, len, h);
	if (px_data_get("idf_en.txt", &d, &len) == PX_OK)
		h = px_hash64(d, len, h);
	snprintf(c->hash, sizeof c->hash, "%016llx", (unsigned long long)h);
	*out = c;
	return PX_OK;
}

void
px_comparer_free(struct px_comparer *c)
{
	size_t k = 0;

	if (c == NULL)
		return;
	px_map_free(c->idf);
	px_free(c->idf_tab);
	for (k = 0; k < CUE_NSECT; k++)
		px_map_free(c->cues[k]);
	px_map_free(c->stance);
	px_map_free(c->cue_any);
	px_map_free(c->frames);
	px_map_free(c->synonyms);
	px_map_free(c->moments);
	px_free(c);
}

const char *
px_comparer_config_hash(const struct px_comparer *c)
{
	return c->hash;
}

/* ------------------------------------------------------------- vectors */

/* A content word whose stem is worth a vector dimension (two bytes or more). */
static int
is_content(const struct px_token *t)
{
	/* "11 p.m." and "6 p.m." share no content: a clock's marker says
	 * nothing of what happened. */
	return px__cmp_content_word(t) && t->stem[0] && t->stem[1] &&
	       !((t->fold[0] == 'a' || t->fold[0] == 'p') && t->fold[1] == '.' && t->fold[2] == 'm');
}

static uint32_t *doc_tok_ids(const struct cmp_ctx *x, const struct px_doc *doc);

/* Weight of a stem: its background inverse document frequency. */
static float
idf_weight(const struct px_comparer *c, const char *stem, size_t len)
{
	uint64_t h = 0;
	size_t j = 0;

	if (c->idf_slots == 0)
		return c->idf_w0;
	h = px_hash64(stem, len, 0);
	for (j = (size_t)h & (c->idf_slots - 1); c->idf_tab[j].key;
	     j = (j + 1) & (c->idf_slots - 1)) {
		const struct px_idf_slot *e = &c->idf_tab[j];
		if (e->hash == h && e->len == len && memcmp(e->key, stem, len) == 0)
			return e->w;
	}
	return c->idf_w0;
}

static int
cmp_term_id(const void *a, const void *b)
{
	const struct cmp_term *x = a, *y = b;
	return x->id < y->id ? -1 : x->id > y->id;
}

px_status
px__cmp_vec_tokens(struct cmp_ctx *x, const struct px_doc *doc,
		   size_t tok_from, size_t tok_to, size_t skip_start,
		   size_t skip_end, struct cmp_vec *out)
{
	struct cmp_term *t = NULL;
	const uint32_t *ids = NULL;
	size_t n = 0, i = 0, k = 0;
	double norm = 0;

	out->t = NULL;
	out->n = 0;
	if (tok_to <= tok_from || doc == NULL)
		return PX_OK;
	ids = doc_tok_ids(x, doc);
	t = px_arena_alloc(&x->scratch, (tok_to - tok_from) * sizeof(*t));
	if (t == NULL)
		return PX_ENOMEM;
	for (i = tok_from; i < tok_to; i++) {
		const struct px_token *tok = &doc->toks[i];
		size_t sl = 0;
		uint32_t id = 0;
		px_status st = PX_OK;

		if (ids ? ids[i] == UINT32_MAX : !is_content(tok))
			continue;
		if (tok->start < skip_end && tok->end > skip_start)
			continue;
		if (ids)
			id = ids[i];
		else if ((st = px_map_intern(x->terms, tok->stem, px_token_stem_len(tok), &id,
					     NULL)) != PX_OK)
			return st;
		if (id >= x->idfw_cap) {
			size_t old = x->idfw_cap;
			st = px_grow((void **)&x->idfw, &x->idfw_cap, id + 1,
				     sizeof(*x->idfw));
			if (st)
				return st;
			memset(x->idfw + old, 0, (x->idfw_cap - old) * sizeof(*x->idfw));
		}
		if (x->idfw[id] <= 0) {
			sl = px_token_stem_len(tok);
			x->idfw[id] = idf_weight(x->c, tok->stem, sl);
		}
		t[n].id = id;
		t[n].w = x->idfw[id];
		if (skip_end > skip_start) {
			/* Around a figure, the nearest words say what it is:
			 * weight falls with the distance in tokens. */
			size_t d = 0, j = 0;
			for (j = i; j > tok_from && doc->toks[j - 1].start >= skip_end; j--)
				d++;
			for (j = i; j + 1 < tok_to && doc->toks[j + 1].end <= skip_start; j++)
				d++;
			t[n].w = (float)(t[n].w / (1.0 + (double)d / 3.0));
		}
		n++;
	}
	/* A sentence has a few dozen terms at most: sorted in place. The
	 * order among equal ids does not matter (the best weight is kept). */
	if (n > 64)
		qsort(t, n, sizeof(*t), cmp_term_id);
	else
		for (i = 1; i < n; i++) {
			struct cmp_term v = t[i];
			size_t j = i;
			for (; j > 0 && t[j - 1].id > v.id; j--)
				t[j] = t[j - 1];
			t[j] = v;
		}
	/* Binary term weights: a repeated stem counts once, at its best. */
	for (i = 0; i < n; i++) {
		if (k > 0 && t[k - 1].id == t[i].id) {
			if (t[i].w > t[k - 1].w)
				t[k - 1].w = t[i].w;
			continue;
		}
		t[k++] = t[i];
	}
	for (i = 0; i < k; i++)
		norm += (double)t[i].w * t[i].w;
	norm = sqrt(norm);
	for (i = 0; i < k && norm > 0; i++)
		t[i].w = (float)(t[i].w / norm);
	out->t = t;
	out->n = k;
	return PX_OK;
}

/*
 * The merge of two vectors sorted by term id. Shared terms are summed in
 * ascending id, the order every other similarity here (px__cmp_sims)
 * sums in; the cursors move without a branch on which id is smaller, and
 * vectors whose id ranges do not overlap cost nothing.
 */
double
px__cmp_cosine(const struct cmp_vec *a, const struct cmp_vec *b)
{
	const struct cmp_term *p = a->t, *q = b->t;
	const struct cmp_term *pe = p + a->n, *qe = q + b->n;
	double s = 0;

	if (a->n == 0 || b->n == 0 || pe[-1].id < q->id || qe[-1].id < p->id)
		return 0;
	while (p < pe && q < qe) {
		uint32_t u = p->id, v = q->id;
		if (u == v)
			s += (double)p->w * q->w;
		p += u <= v;
		q += v <= u;
	}
	return s;
}

int
px__cmp_share_specific(const struct cmp_ctx *x, const struct cmp_vec *a,
		       const struct cmp_vec *b)
{
	size_t i = 0, j = 0;

	while (i < a->n && j < b->n) {
		if (a->t[i].id == b->t[j].id) {
			uint32_t id = a->t[i].id;
			if (x->n <= 2 || id >= x->df_cap || x->story_df[id] < x->n)
				return 1;
			i++;
			j++;
		} else if (a->t[i].id < b->t[j].id) {
			i++;
		} else {
			j++;
		}
	}
	return 0;
}

/* The tokens of a document that get term ids: all of them, but for a
 * lone article's body those of its first CMP_LEAD_SENTENCES sentences.
 * Ids go in order of first use, so the ids of those tokens are the ones
 * all its tokens would give them. */
static size_t
lone_toks(const struct cmp_ctx *x, const struct px_doc *d, int body)
{
	if (!x->lone || !body || d->n_sents <= CMP_LEAD_SENTENCES)
		return d->n_toks;
	return d->sents[CMP_LEAD_SENTENCES - 1].tok_end;
}

/* The stem a stem counts as: the first of its group of synonyms, or
 * itself; a stem whose bit is clear in syn_first is none of theirs. */
const char *
px__cmp_synonym(const struct px_comparer *c, const char *stem, size_t len, size_t *out)
{
	uint32_t id = 0;
	size_t b = stem ? cue_word_bit(stem, len) % 4096 : 0;

	*out = len;
	if (stem == NULL || !(c->syn_first[b / 64] >> (b % 64) & 1) ||
	    px_map_find(c->synonyms, stem, len, &id) != PX_OK)
		return stem;
	return px_map_key(c->synonyms, (uint32_t)(*px_map_value(c->synonyms, id) - 1), out);
}

/*
 * The story-local id of token t's stem, or of the first word of its group
 * of synonyms ("artefacts" counts as "objects"), looked up once per
 * stem of the story. The story's documents and the comparer outlive
 * x->terms: their stems are not copied.
 */
static px_status
term_id(struct cmp_ctx *x, const struct px_token *t, uint32_t *out)
{
	uint32_t id = 0, cid = 0;
	size_t sl = 0, n = 0;
	const char *syn = NULL;
	px_status st = px__map_intern_borrowed(x->terms, t->stem, px_token_stem_len(t), &id);

	if (st)
		return st;
	if (id < x->n_canon) {
		*out = x->canon[id];
		return PX_OK;
	}
	cid = id;
	syn = px__cmp_synonym(x->c, t->stem, px_token_stem_len(t), &sl);
	if (syn != t->stem && (st = px__map_intern_borrowed(x->terms, syn, sl, &cid)) != PX_OK)
		return st;
	n = px_map_count(x->terms);
	st = px_grow((void **)&x->canon, &x->canon_cap, n, sizeof(*x->canon));
	if (st)
		return st;
	/* ids come in order: id is new, and so is cid when it is past id */
	x->canon[id] = cid;
	if (cid > id)
		x->canon[cid] = cid;
	x->n_canon = n;
	*out = cid;
	return PX_OK;
}

/* Count, per stem, how many of the story's articles use it. */
static px_status
story_frequencies(struct cmp_ctx *x)
{
	size_t a = 0, i = 0, f = 0;

	for (a = 0; a < x->n; a++) {
		const struct px_doc *docs[2] = {x->in[a].title, x->in[a].text};
		for (f = 0; f < 2; f++) {
			const struct px_doc *d = docs[f];
			uint32_t *ids = d ? doc_tok_ids(x, d) : NULL;
			size_t end = d ? lone_toks(x, d, f == 1) : 0;
			for (i = 0; i < end; i++) {
				const struct px_token *t = &d->toks[i];
				uint32_t id = 0;
				px_status st = PX_OK;
				if (ids)
					ids[i] = UINT32_MAX;
				if (!is_content(t))
					continue;
				st = term_id(x, t, &id);
				if (st)
					return st;
				if (ids)
					ids[i] = id;
				if (id >= x->df_cap) {
					size_t old = x->df_cap, cap2 = x->df_cap;
					st = px_grow((void **)&x->story_df, &cap2, id + 1, sizeof(*x->story_df));
					if (st == PX_OK)
						st = px_grow((void **)&x->last_art, &x->df_cap, cap2, sizeof(*x->last_art));
					if (st)
						return st;
					memset(x->story_df + old, 0, (x->df_cap - old) * sizeof(*x->story_df));
					memset(x->last_art + old, 0, (x->df_cap - old) * sizeof(*x->last_art));
				}
				if (x->last_art[id] != a + 1) {
					x->last_art[id] = (uint32_t)(a + 1);
					x->story_df[id]++;
				}
			}
		}
	}
	return PX_OK;
}

struct cmp_sent *
px__cmp_sent_at(struct cmp_ctx *x, size_t art, enum px_field field, size_t idx)
{
	size_t i = 0, lo = x->first_sent[art], hi = x->first_sent[art + 1];
	size_t n_title = x->in[art].title ? x->in[art].title->n_sents : 0;

	/* An article's sentences are its title's, then its body's, in order. */
	i = lo + (field == PX_FIELD_TITLE ? idx : n_title + idx);
	if (idx < hi - lo && i < hi && x->sents[i].field == field && x->sents[i].idx == idx)
		return &x->sents[i];
	for (i = lo; i < hi; i++)
		if (x->sents[i].field == field && x->sents[i].idx == idx)
			return &x->sents[i];
	return NULL;
}

/* Fold of a token, with a trailing "n't"/"n’t" reported as "n't"; its
 * length in *len. */
static const char *
tok_fold(const struct px_token *t, size_t *len)
{
	size_t l = t->fold ? px_token_fold_len(t) : 0;

	*len = l;
	if (l > 3 && memcmp(t->fold + l - 3, "n't", 3) == 0) {
		*len = 3;
		return "n't";
	}
	if (l > 5 && memcmp(t->fold + l - 5, "n\xE2\x80\x99t", 5) == 0) {
		*len = 3;
		return "n't";
	}
	return t->fold ? t->fold : "";
}

/*
 * For each section, the shortest cue phrase starting at token i, in words
 * (0: none), into tab[0..CUE_NSECT); returns the sections found (bit k:
 * tab[k] is nonzero). Phrases of growing length are looked up once in the
 * union of the sections, and the walk stops when no cue begins with the
 * words so far; a first word outside the cue_first filter begins none.
 */
static unsigned
cues_starting(const struct px_comparer *c, const struct px_doc *doc, size_t i,
	      unsigned char *tab)
{
	size_t w = 0, kl = 0;
	unsigned found = 0, fresh = 0, all = (1u << CUE_NSECT) - 1;
	char key[128];

	memset(tab, 0, CUE_NSECT);
	for (w = 0; w < c->cue_any_words && i + w < doc->n_toks && found != all; w++) {
		size_t fl = 0;
		const char *f = tok_fold(&doc->toks[i + w], &fl);
		uint32_t id = 0;
		uintptr_t bits = 0;
		if (w == 0) {
			size_t b = cue_word_bit(f, fl);
			if (!(c->cue_first[b / 64] & ((uint64_t)1 << (b % 64))))
				break;
		}
		if (kl + fl + 1 >= sizeof key)
			break;
		if (w)
			key[kl++] = ' ';
		memcpy(key + kl, f, fl);
		kl += fl;
		if (px_map_find(c->cue_any, key, kl, &id) != PX_OK)
			break;
		bits = *px_map_value(c->cue_any, id);
		/* Only the sections this phrase is the first of: one step per
		 * such section, not one per section. */
		fresh = (unsigned)(bits & all) & ~found;
		found |= fresh;
		for (; fresh; fresh &= fresh - 1)
			tab[__builtin_ctz(fresh)] = (unsigned char)(w + 1);
		if (!(bits & ((uintptr_t)1 << CUE_NSECT)))
			break;
	}
	return found;
}

static size_t
cue_slot(const struct cmp_ctx *x, const struct px_doc *doc)
{
	size_t h = (size_t)(((uintptr_t)doc >> 4) * 0x9E3779B97F4A7C15ULL);
	size_t i = h & (x->cue_slots - 1);

	while (x->cue_docs[i] && x->cue_docs[i] != doc)
		i = (i + 1) & (x->cue_slots - 1);
	return i;
}

/* The term id table of a document of the story, or NULL. */
static uint32_t *
doc_tok_ids(const struct cmp_ctx *x, const struct px_doc *doc)
{
	size_t slot = 0;

	if (x->cue_slots == 0 || doc->toks == NULL)
		return NULL;
	slot = cue_slot(x, doc);
	return x->cue_docs[slot] == doc ? x->tok_ids[slot] : NULL;
}

/* The story term id of token i of a document of the story, UINT32_MAX
 * when it has none (not a content word). */
uint32_t
px__cmp_tok_term(const struct cmp_ctx *x, const struct px_doc *doc, size_t i)
{
	const uint32_t *ids = doc_tok_ids(x, doc);

	return ids && i < doc->n_toks ? ids[i] : UINT32_MAX;
}

/* Whether token t is a capitalised word that could be part of a name. */
static int
name_word(const struct px_token *t)
{
	return (t->flags & PX_TOK_WORD) && (t->flags & PX_TOK_CAP);
}

/* Make the cue table of every document of the story (one pass each), and
 * room for its term ids (filled by story_frequencies). A lone article
 * gets no cue tables: nothing it is compared with reads its cues. */
static px_status
index_cues(struct cmp_ctx *x)
{
	size_t a = 0, f = 0, i = 0;

	x->cue_slots = 8;
	while (x->cue_slots < 4 * x->n + 8)
		x->cue_slots *= 2;
	x->cue_docs = px_arena_alloc(&x->scratch, x->cue_slots * sizeof(*x->cue_docs));
	x->cue_tabs = px_arena_alloc(&x->scratch, x->cue_slots * sizeof(*x->cue_tabs));
	x->tok_ids = px_arena_alloc(&x->scratch, x->cue_slots * sizeof(*x->tok_ids));
	x->cue_bits = px_arena_alloc(&x->scratch, x->cue_slots * sizeof(*x->cue_bits));
	if (x->cue_docs == NULL || x->cue_tabs == NULL || x->tok_ids == NULL ||
	    x->cue_bits == NULL)
		return PX_ENOMEM;
	memset(x->cue_docs, 0, x->cue_slots * sizeof(*x->cue_docs));
	for (a = 0; a < x->n; a++) {
		const struct px_doc *docs[2] = {x->in[a].title, x->in[a].text};
		for (f = 0; f < 2; f++) {
			const struct px_doc *d = docs[f];
			unsigned char *tab = NULL;
			uint32_t *bits = NULL;
			size_t slot = 0;
			if (d == NULL || d->toks == NULL)
				continue;
			slot = cue_slot(x, d);
			x->cue_docs[slot] = d;
			x->cue_tabs[slot] = NULL;
			x->cue_bits[slot] = NULL;
			x->tok_ids[slot] = px_arena_alloc(&x->scratch,
							  (d->n_toks ? d->n_toks : 1) * sizeof(uint32_t));
			if (x->tok_ids[slot] == NULL)
				return PX_ENOMEM;
			if (x->lone)
				continue;
			tab = px_arena_alloc(&x->scratch, (d->n_toks ? d->n_toks : 1) * CUE_NSECT);
			bits = px_arena_alloc(&x->scratch, (d->n_toks ? d->n_toks : 1) * sizeof(*bits));
			if (tab == NULL || bits == NULL)
				return PX_ENOMEM;
			for (i = 0; i < d->n_toks; i++) {
				bits[i] = 0;
				if (d->toks[i].flags & (PX_TOK_WORD | PX_TOK_PUNCT))
					bits[i] = cues_starting(x->c, d, i, tab + i * CUE_NSECT);
				else
					memset(tab + i * CUE_NSECT, 0, CUE_NSECT);
				/* "The campaign group Wild Not Caged condemned the
				 * birth": a capital "Not" between two capitalised
				 * words of a text is a name's, no negation (a
				 * headline's capitals are its style) */
				if (f == 1 && tab[i * CUE_NSECT + CUE_NEGATION] && i > 0 && i + 1 < d->n_toks &&
				    (d->toks[i].flags & PX_TOK_CAP) && name_word(&d->toks[i - 1]) &&
				    name_word(&d->toks[i + 1])) {
					tab[i * CUE_NSECT + CUE_NEGATION] = 0;
					bits[i] &= ~(1u << CUE_NEGATION);
				}
			}
			x->cue_tabs[slot] = tab;
			x->cue_bits[slot] = bits;
		}
	}
	return PX_OK;
}

/* The cue table of a document (CUE_NSECT lengths per token), NULL when it
 * has none. */
static const unsigned char *
cue_table(const struct cmp_ctx *x, const struct px_doc *doc)
{
	size_t slot = 0;

	if (doc == NULL || doc->toks == NULL || x->cue_slots == 0)
		return NULL;
	slot = cue_slot(x, doc);
	return x->cue_docs[slot] == doc ? x->cue_tabs[slot] : NULL;
}

const unsigned char *
px__cmp_cue_tab(const struct cmp_ctx *x, const struct px_doc *doc)
{
	const unsigned char *tab = cue_table(x, doc);

	if (x->cue_memo) {
		x->cue_memo->doc = doc;
		x->cue_memo->tab = tab;
	}
	return tab;
}

/* -------------------------------------------------------------- output */

char *
px__cmp_strdup(struct cmp_ctx *x, const char *s, size_t len)
{
	char *p = px_arena_strndup(&x->out->arena, s, len);

	if (p == NULL)
		x->st = PX_ENOMEM;
	return p;
}

char *
px__cmp_printf(struct cmp_ctx *x, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	int n = 0;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof tmp)
		n = (int)sizeof tmp - 1;
	return px__cmp_strdup(x, tmp, (size_t)n);
}

const char **
px__cmp_why(struct cmp_ctx *x, size_t n, ...)
{
	const char **w = px_arena_alloc(&x->out->arena, (n ? n : 1) * sizeof(*w));
	va_list ap;
	size_t i = 0;

	if (w == NULL) {
		x->st = PX_ENOMEM;
		return NULL;
	}
	va_start(ap, n);
	for (i = 0; i < n; i++)
		w[i] = va_arg(ap, const char *);
	va_end(ap);
	return w;
}

void
px__cmp_evidence(struct cmp_ctx *x, const struct cmp_sent *s,
		 struct px_evidence *ev)
{
	(void)x;
	ev->article = s->art;
	ev->field = s->field;
	ev->sentence = s->idx;
	ev->start = s->start;
	ev->end = s->end;
}

void
px__cmp_dismiss(struct cmp_ctx *x, const char *about, const char *why,
		 const struct cmp_sent *a, const struct cmp_sent *b)
{
	struct px_comparison *o = x->out;
	struct px_non_conflict *d = NULL;

	if (px_grow((void **)&o->dismissed, &x->cap_dismissed, o->n_dismissed + 1,
		    sizeof(*o->dismissed))) {
		x->st = PX_ENOMEM;
		return;
	}
	d = &o->dismissed[o->n_dismissed++];
	d->about = about;
	d->why = why;
	px__cmp_evidence(x, a, &d->a);
	px__cmp_evidence(x, b, &d->b);
}

struct px_agreement *
px__cmp_add_agreement(struct cmp_ctx *x)
{
	struct px_comparison *o = x->out;

	if (px_grow((void **)&o->agreements, &x->cap_agreements,
		    o->n_agreements + 1, sizeof(*o->agreements))) {
		x->st = PX_ENOMEM;
		return NULL;
	}
	memset(&o->agreements[o->n_agreements], 0, sizeof(*o->agreements));
	return &o->agreements[o->n_agreements++];
}

struct px_conflict *
px__cmp_add_conflict(struct cmp_ctx *x)
{
	struct px_comparison *o = x->out;

	if (px_grow((void **)&o->conflicts, &x->cap_conflicts,
		    o->n_conflicts + 1, sizeof(*o->conflicts))) {
		x->st = PX_ENOMEM;
		return NULL;
	}
	memset(&o->conflicts[o->n_conflicts], 0, sizeof(*o->conflicts));
	return &o->conflicts[o->n_conflicts++];
}

/* ------------------------------------------------------------- driver */

/* Attribution of a sentence: a quote's speaker, else the first person or
 * organisation named in a sentence that carries an attribution cue. */
static void
sentence_claims(struct cmp_ctx *x, size_t art)
{
	const struct px_claims *cl = x->in[art].claims;
	size_t i = 0;

	if (cl == NULL)
		return;
	for (i = 0; i < cl->n; i++) {
		const struct px_claim *c = &cl->items[i];
		struct cmp_sent *s = px__cmp_sent_at(x, art, c->field, c->sentence);
		if (s == NULL)
			continue;
		if (c->kind == PX_CLAIM_QUOTE && c->u.quote.speaker && s->speaker == NULL)
			s->speaker = c->u.quote.speaker;
		else if (c->kind == PX_CLAIM_DATE && c->u.date.granularity &&
			 (strcmp(c->u.date.granularity, "day") == 0 ||
			  strcmp(c->u.date.granularity, "weekday") == 0)) {
			if (s->n_dates == 0)
				s->date_value = c->u.date.value;
			s->n_dates++;
		}
	}
}

/* Punctuation that ends a clause (a possessive apostrophe does not). */
static int
clause_break(const struct px_doc *d, const struct px_token *t)
{
	unsigned char c = (unsigned char)d->text[t->start];

	if (!(t->flags & PX_TOK_PUNCT))
		return 0;
	return !(c == '\'' || (c == 0xE2 && t->end - t->start == 3 &&
				(unsigned char)d->text[t->start + 2] == 0x99));
}

/* The entity claim of an article covering byte offset `at`, or NULL. */
/*
 * The claims of sentence s: items[*lo..*hi) of cl (claims are sorted by
 * field and start, and a sentence's claims start inside it).
 */
void
px__cmp_sentence_claims(const struct px_claims *cl, const struct cmp_sent *s, size_t *lo, size_t *hi)
{
	size_t a = 0, b = cl->n;

	while (a < b) {
		size_t mid = a + (b - a) / 2;
		const struct px_claim *c = &cl->items[mid];
		if (c->field < s->field || (c->field == s->field && c->start < s->start))
			a = mid + 1;
		else
			b = mid;
	}
	*lo = a;
	while (a < cl->n && cl->items[a].field == s->field && cl->items[a].sentence == s->idx)
		a++;
	*hi = a;
}

static const struct px_claim *
entity_at(const struct px_claims *cl, const struct cmp_sent *s, size_t at)
{
	size_t i = 0, lo = 0, hi = 0;

	if (cl == NULL)
		return NULL;
	px__cmp_sentence_claims(cl, s, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &cl->items[i];
		if (c->kind == PX_CLAIM_ENTITY && c->field == s->field && c->start <= at && at < c->end)
			return c;
	}
	return NULL;
}

/*
 * Who a sentence without a quote attributes its statement to: the nearest
 * person or organisation named just before the attribution cue, or an
 * unnamed claimant noun there ("Police in Tarnholm said": police); else
 * the same just after it ("said the company"). Anything else ("a
 * spokesman said", "the report estimated") names no one.
 */
/* The person, organisation or unnamed claimant named at token j, or NULL. */
static const char *
named_at(struct cmp_ctx *x, const struct cmp_sent *s, size_t j)
{
	const struct px_token *t = &s->doc->toks[j];
	const struct px_claim *e = entity_at(x->in[s->art].claims, s, t->start);

	if (e && e->u.entity.type && (strcmp(e->u.entity.type, "person") == 0 ||
				      strcmp(e->u.entity.type, "org") == 0))
		return e->u.entity.canonical ? e->u.entity.canonical : e->u.entity.name;
	if (px__cmp_has_cue(x, CUE_CLAIMANT, s->doc, j, j + 1))
		return t->fold;
	return NULL;
}

static void
speaker_of(struct cmp_ctx *x, struct cmp_sent *s)
{
	const struct px_doc *d = s->doc;
	const struct px_sentence *se = &d->sents[s->idx];
	size_t i = 0, j = 0;

	if (s->speaker || !(s->cues & (1u << CUE_ATTRIB)) || d->toks == NULL)
		return;
	for (i = se->tok_start; i < se->tok_end; i++)
		if (px__cmp_has_cue(x, CUE_ATTRIB, d, i, i + 1))
			break;
	if (i == se->tok_end)
		return;
	/* Before the cue: the first name of its clause, the subject
	 * ("Organisers from the Metalworkers' Federation said": organisers;
	 * "Police in Tarnholm said": police). */
	for (j = i; j > se->tok_start && j + 7 > i; j--)
		if (clause_break(d, &d->toks[j - 1]))
			break;
	for (; j < i; j++)
		if (px__cmp_content_word(&d->toks[j]) && (s->speaker = named_at(x, s, j)) != NULL)
			return;
	/* After it: the first content word, when it is a name; after
	 * "told" that is whom it was told to ("the authority told the
	 * Courier"), never the speaker. */
	if (d->toks[i].fold && (strcmp(d->toks[i].fold, "told") == 0 || strcmp(d->toks[i].fold, "tells") == 0 ||
				strcmp(d->toks[i].fold, "tell") == 0))
		return;
	for (j = i + 1; j < se->tok_end && j < i + 5; j++) {
		if (clause_break(d, &d->toks[j]))
			break;
		if (px__cmp_content_word(&d->toks[j])) {
			s->speaker = named_at(x, s, j);
			return;
		}
	}
}

/* The cue sections with a whole phrase inside tokens [from, to): what
 * px__cmp_has_cue() says for every section, in one pass over the tokens'
 * cue bits (most tokens start no cue). */
static unsigned
sentence_cues(const struct cmp_ctx *x, const struct px_doc *d, size_t from, size_t to)
{
	size_t slot = 0, i = 0, end = to < d->n_toks ? to : d->n_toks;
	const unsigned char *tab = NULL;
	const uint32_t *bits = NULL;
	unsigned out = 0;
	int c = 0;

	if (d->toks == NULL || x->cue_slots == 0)
		return 0;
	slot = cue_slot(x, d);
	if (x->cue_docs[slot] != d || x->cue_bits[slot] == NULL)
		return 0;
	tab = x->cue_tabs[slot];
	bits = x->cue_bits[slot];
	for (i = from; i < end; i++) {
		const unsigned char *row = tab + i * CUE_NSECT;
		if (bits[i] == 0 || (bits[i] & ~out) == 0)
			continue;
		for (c = 0; c < CUE_NSECT; c++)
			if (row[c] && i + row[c] <= to)
				out |= 1u << c;
	}
	return out;
}

static px_status
build_sentences(struct cmp_ctx *x)
{
	size_t total = 0, a = 0, i = 0, k = 0;
	px_status st = PX_OK;

	for (a = 0; a < x->n; a++) {
		if (x->in[a].title)
			total += x->in[a].title->n_sents;
		if (x->in[a].text)
			total += x->in[a].text->n_sents;
	}
	x->sents = px_arena_alloc(&x->scratch, (total ? total : 1) * sizeof(*x->sents));
	x->first_sent = px_arena_alloc(&x->scratch, (x->n + 1) * sizeof(size_t));
	x->sent_shared = px_arena_alloc(&x->scratch, total ? total : 1);
	if (x->sents == NULL || x->first_sent == NULL || x->sent_shared == NULL)
		return PX_ENOMEM;
	memset(x->sent_shared, 0, total ? total : 1);
	for (a = 0; a < x->n; a++) {
		const struct px_doc *docs[2] = {x->in[a].title, x->in[a].text};
		x->first_sent[a] = k;
		for (i = 0; i < 2; i++) {
			const struct px_doc *d = docs[i];
			size_t s = 0;
			if (d == NULL)
				continue;
			for (s = 0; s < d->n_sents; s++) {
				struct cmp_sent *cs = &x->sents[k++];
				const struct px_sentence *se = &d->sents[s];
				memset(cs, 0, sizeof(*cs));
				cs->art = a;
				cs->field = i == 0 ? PX_FIELD_TITLE : PX_FIELD_TEXT;
				cs->idx = s;
				cs->start = se->start;
				cs->end = se->end;
				cs->doc = d;
				cs->text = d->text;
				if (x->lone && i == 1 && s >= CMP_LEAD_SENTENCES)
					continue; /* no term ids: no vector */
				st = px__cmp_vec_tokens(x, d, se->tok_start, se->tok_end, 0, 0, &cs->v);
				if (st)
					return st;
				cs->cues = sentence_cues(x, d, se->tok_start, se->tok_end);
			}
		}
	}
	x->first_sent[x->n] = k;
	x->n_sents = k;
	for (a = 0; a < x->n; a++)
		sentence_claims(x, a);
	for (i = 0; i < x->n_sents; i++)
		speaker_of(x, &x->sents[i]);
	return PX_OK;
}

/* The story title: the headline closest to all the others and to the
 * articles' leads; else the most central body sentence. */
static void
choose_title(struct cmp_ctx *x)
{
	double best = -1;
	const struct cmp_sent *pick = NULL;
	size_t i = 0, j = 0;

	for (i = 0; i < x->n_sents; i++) {
		const struct cmp_sent *s = &x->sents[i];
		double score = 0;
		if (s->field != PX_FIELD_TITLE || s->idx != 0)
			continue;
		if (px__cmp_sims(x, &s->v)) {
			x->st = PX_ENOMEM;
			return;
		}
		/* Summed in sentence order, as pairwise cosines would be. */
		for (j = 0; j < x->n_sents; j++) {
			const struct cmp_sent *t = &x->sents[j];
			if (t->art == s->art || t->idx > 1)
				continue;
			score += x->acc[j];
		}
		if (score > best) {
			best = score;
			pick = s;
		}
	}
	if (pick) {
		const struct px_article *a = x->in[pick->art].article;
		x->out->title = px__cmp_strdup(x, a->title ? a->title : "", a->title ? a->title_len : 0);
		return;
	}
	if (x->out->n_summary)
		x->out->title = x->out->summary[0].text;
	else if (x->n_sents)
		x->out->title = px__cmp_strdup(x, x->sents[0].text + x->sents[0].start,
					       x->sents[0].end - x->sents[0].start);
	else
		x->out->title = px__cmp_strdup(x, "", 0);
}

/* The story's distinct outlet names into x->outlets, in the order of
 * their first article. A story has few outlets, so each source is looked
 * for among those kept so far. */
static px_status
story_outlets(struct cmp_ctx *x)
{
	size_t a = 0, k = 0;

	x->outlets = px_arena_alloc(&x->scratch, (x->n ? x->n : 1) * sizeof(*x->outlets));
	if (x->outlets == NULL)
		return PX_ENOMEM;
	for (a = 0; a < x->n; a++) {
		const char *src = x->in[a].article ? x->in[a].article->source : NULL;
		if (src == NULL || src[0] == '\0')
			continue;
		for (k = 0; k < x->n_outlets && strcmp(x->outlets[k], src) != 0; k++)
			;
		if (k == x->n_outlets)
			x->outlets[x->n_outlets++] = src;
	}
	return PX_OK;
}

px_status
px_compare(const struct px_comparer *c, const struct px_compare_input *in,
	   size_t n, struct px_comparison **out)
{
	struct cmp_ctx x;
	struct cmp_cue_memo memo = {NULL, NULL};
	struct px_comparison *cmp = px_calloc(1, sizeof(*cmp));
	px_status st = PX_OK;

	*out = NULL;
	if (cmp == NULL)
		return PX_ENOMEM;
	px_arena_init(&cmp->arena, 8 * 1024, 0);
	memset(&x, 0, sizeof(x));
	px_arena_init(&x.scratch, 64 * 1024, 0);
	x.c = c;
	x.in = in;
	x.n = n;
	x.lone = n == 1;
	x.out = cmp;
	x.cue_memo = &memo;
	st = px_map_new(&x.terms);
	if (st == PX_OK)
		st = story_outlets(&x);
	if (st == PX_OK)
		st = index_cues(&x);
	if (st == PX_OK)
		st = story_frequencies(&x);
	if (st == PX_OK)
		st = build_sentences(&x);
	if (st == PX_OK && n > 1)
		st = px__cmp_quantities(&x);
	if (st == PX_OK && n > 1)
		st = px__cmp_dates(&x);
	if (st == PX_OK && n > 1)
		st = px__cmp_quotes(&x);
	if (st == PX_OK && n > 1)
		st = px__cmp_agents(&x);
	if (st == PX_OK && n > 1)
		st = px__cmp_stance(&x);
	if (st == PX_OK && n > 1)
		st = px__cmp_statements(&x);
	if (st == PX_OK)
		st = px__cmp_unique(&x);
	if (st == PX_OK)
		st = px__cmp_summary(&x);
	if (st == PX_OK)
		choose_title(&x);
	if (st == PX_OK)
		st = x.st;
	px__cmp_sims_release(&x);
	px_arena_release(&x.scratch);
	px_map_free(x.terms);
	px_free(x.idfw);
	px_free(x.story_df);
	px_free(x.last_art);
	px_free(x.canon);
	if (st) {
		px_comparison_free(cmp);
		return st;
	}
	*out = cmp;
	return PX_OK;
}

void
px_comparison_free(struct px_comparison *cmp)
{
	if (cmp == NULL)
		return;
	px_free(cmp->agreements);
	px_free(cmp->conflicts);
	px_free(cmp->unique);
	px_free(cmp->summary);
	px_free(cmp->dismissed);
	px_arena_release(&cmp->arena);
	px_free(cmp);
}
