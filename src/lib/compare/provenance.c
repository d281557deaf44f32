/*
 * Origins of sentences: which source an article says each sentence comes
 * from, read from attribution cues (data/provenance_en.txt), quote
 * speakers and entity types of the claims stage.
 *
 * Invariants: every origin's span lies inside its sentence (a lead
 * credit inside the first body sentence); items are in the order found
 * (title cues, body cues, lead credit, quote speakers), since sentences
 * refer to them by index; per sentence at most one cue origin (the
 * first by position) and one speaker origin are recorded. Matching works on
 * an ASCII-lowercased copy of each sentence (made only as far as a match
 * needs), byte for byte, so offsets in the copy are offsets in the text. Cues are indexed by their first word
 * (one hash table, built with the attributor, behind a bit filter), so a
 * sentence is scanned once: each word start probes the table and only the
 * cues that begin with that word are compared. The cost is linear in the
 * text, without allocation per byte.
 */
#include <string.h>

#include "parallax/provenance.h"
#include "core_internal.h"

enum cue_section {
	SEC_RELAY_BY = 0,
	SEC_ACCORDING,
	SEC_TOLD,
	SEC_REPORTED,
	SEC_CREDIT,
	SEC_STATEMENT,
	SEC_DOCUMENT,
	SEC_ANONYMOUS,
	SEC_DOC_NOUN,
	SEC_OUTLET_WORD,
	SEC_OUTLET_FIRST,
	SEC_SPEECH,
	SEC_ORG_NOUN,
	SEC_PERSON_NOUN,
	SEC_MEMBER_NOUN,
	SEC_OUTLET_ANAPHOR,
	SEC_DATA_NOUN,
	SEC_COUNT
};

static const char *const section_names[SEC_COUNT] = {
	"relay_by", "according", "told", "reported", "credit",
	"statement", "document", "anonymous", "doc_noun", "outlet_word",
	"outlet_first", "speech", "org_noun", "person_noun", "member_noun",
	"outlet_anaphor", "data_noun"};

/* Sections of single words (looked up per word, never matched as cues). */
static int
single_section(enum cue_section sec)
{
	return sec >= SEC_DOC_NOUN;
}

struct cue {
	const char *phrase; /* lower case, NUL-terminated, in the arena */
	size_t len;
	const char *value;  /* document name ([document]) or NULL */
	enum cue_section sec;
	size_t first_len;   /* length of the phrase's first word */
	size_t next;        /* next cue with the same first word, or NONE */
};

/* One word of the lexicon: the cues that start with it (in lexicon order)
   and the sections that list it as a whole phrase (doc_noun, outlet_word). */
struct word_slot {
	const char *w; /* NULL: empty slot */
	size_t len;
	size_t first;  /* first cue starting with the word, or NONE */
	size_t last;
	unsigned single; /* 1 << section */
};

/* Bits of the word filter (px_attributor.filter). */
#define FILTER_BITS 8192

struct px_attributor {
	struct cue *cues;
	size_t n;
	struct word_slot *slots;
	size_t n_slots; /* a power of two, at least twice the words */
	/* Bit word_bit(w) is set for every word of the lexicon: most other
	   words of a sentence are turned away here, without hashing them
	   (word_slot was 0.9% of the report's CPU on bench-news head 3000). */
	uint64_t filter[FILTER_BITS / 64];
	/* is_alnum() of every byte, for the scan of a sentence's words. */
	unsigned char alnum[256];
	struct px_arena arena;
};

#define CUE_NONE ((size_t)-1)
#define RELAYS_MAX 8
#define VERBS_MAX 4
#define WORD_MAX 64

const char *
px_origin_kind_name(enum px_origin_kind k)
{
	switch (k) {
	case PX_ORIGIN_OWN: return "own";
	case PX_ORIGIN_OUTLET: return "outlet";
	case PX_ORIGIN_PERSON: return "person";
	case PX_ORIGIN_ORGANISATION: return "organisation";
	case PX_ORIGIN_DOCUMENT: return "document";
	case PX_ORIGIN_ANONYMOUS: return "anonymous";
	}
	return "own";
}

static int
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c >= 0x80;
}

static int
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static int is_alnum(unsigned char c);

/* The filter bit of a lowercase word of n bytes, first and last. */
static size_t
word_bit(char first, char last, size_t n)
{
	return (((size_t)(unsigned char)first << 5) ^ (unsigned char)last ^ (n << 9)) &
	       (FILTER_BITS - 1);
}

static size_t
word_hash(const char *w, size_t n)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

/* The slot of lowercase word w[0..n): its own, or the empty one where it
   would go. */
static struct word_slot *
word_slot(const struct px_attributor *a, const char *w, size_t n)
{
	size_t m = a->n_slots - 1, i = word_hash(w, n) & m;

	while (a->slots[i].w &&
	       (a->slots[i].len != n || memcmp(a->slots[i].w, w, n) != 0))
		i = (i + 1) & m;
	return &a->slots[i];
}

/* The slot of lowercase word w[0..n) (n > 0), or NULL when the lexicon
   does not hold it. */
static const struct word_slot *
word_find(const struct px_attributor *a, const char *w, size_t n)
{
	size_t bit = word_bit(w[0], w[n - 1], n);
	const struct word_slot *ws = NULL;

	if (!((a->filter[bit / 64] >> (bit % 64)) & 1))
		return NULL;
	ws = word_slot(a, w, n);
	return ws->w ? ws : NULL;
}

/* Whether word w[0..n) (n > 0, any case) may be in the lexicon: the
   filter's answer, from its first and last bytes lowercased. */
static inline int
word_maybe(const struct px_attributor *a, const char *w, size_t n)
{
	size_t bit = word_bit(lower(w[0]), lower(w[n - 1]), n);

	return (a->filter[bit / 64] >> (bit % 64)) & 1;
}

/* Lowercase s into low up to x: a sentence is lowercased only as far as
   a word that passes the filter or a cue compared needs (*lo: done so far). */
static inline void
lower_upto(char *low, const char *s, size_t *lo, size_t x)
{
	size_t i = *lo;

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Eight bytes at a time: a byte of 'A' to 'Z' (high bit clear) gets
	   0x20 set. y + 0x3f reaches 0x80 from 'A' on and y + 0x25 from '['
	   on (y, the byte without its high bit, is at most 0x7f: neither sum
	   carries into the next byte). */
	const uint64_t hi = 0x8080808080808080ull, ones = 0x0101010101010101ull;

	for (; i + 8 <= x; i += 8) {
		uint64_t v = 0, y = 0, up = 0;
		memcpy(&v, s + i, 8);
		y = v & ~hi;
		up = (y + ones * 0x3f) & ~(y + ones * 0x25) & ~v & hi;
		v |= up >> 2;
		memcpy(low + i, &v, 8);
	}
#endif
	for (; i < x; i++)
		low[i] = lower(s[i]);
	*lo = i;
}

/* The end of the word of bytes is_alnum() holds from s[p] (p < n). */
static inline size_t
word_end_at(const struct px_attributor *a, const char *s, size_t p, size_t n)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Eight bytes at a time: a byte is alnum when its high bit is set,
	   or, without it, it is a letter once 0x20 is set ('a' to 'z') or a
	   digit; as in lower_upto, no sum carries into the next byte. */
	const uint64_t hi = 0x8080808080808080ull, ones = 0x0101010101010101ull;

	while (p + 8 <= n) {
		uint64_t v = 0, y = 0, l = 0, an = 0;
		memcpy(&v, s + p, 8);
		y = v & ~hi;
		l = y | (ones * 0x20);
		an = ((l + ones * 0x1f) & ~(l + ones * 0x05)) |
		     ((y + ones * 0x50) & ~(y + ones * 0x46));
		an = (an & hi) | (v & hi);
		if (an != hi)
			return p + ((size_t)__builtin_ctzll(~an & hi) >> 3);
		p += 8;
	}
#endif
	while (p < n && a->alnum[(unsigned char)s[p]])
		p++;
	return p;
}

/* Index the cues by first word, and the single-word sections by word. */
static px_status
index_cues(struct px_attributor *a)
{
	size_t i, n_slots = 16;

	while (n_slots < 2 * a->n + 2)
		n_slots *= 2;
	a->slots = px_calloc(n_slots, sizeof *a->slots);
	if (!a->slots)
		return PX_ENOMEM;
	a->n_slots = n_slots;
	for (i = 0; i < a->n; i++) {
		struct cue *c = &a->cues[i];
		struct word_slot *ws = NULL;
		size_t fl = 0;
		while (fl < c->len && c->phrase[fl] != ' ')
			fl++;
		c->first_len = fl;
		c->next = CUE_NONE;
		if (fl == 0 || fl > WORD_MAX)
			return PX_EFORMAT;
		ws = word_slot(a, c->phrase, fl);
		if (!ws->w) {
			size_t bit = word_bit(c->phrase[0], c->phrase[fl - 1], fl);
			ws->w = c->phrase;
			ws->len = fl;
			ws->first = ws->last = CUE_NONE;
			a->filter[bit / 64] |= (uint64_t)1 << (bit % 64);
		}
		if (single_section(c->sec)) {
			if (fl == c->len)
				ws->single |= 1u << c->sec;
			continue;
		}
		if (ws->first == CUE_NONE)
			ws->first = i;
		else
			a->cues[ws->last].next = i;
		ws->last = i;
	}
	return PX_OK;
}

px_status
px_attributor_new(struct px_attributor **out)
{
	struct px_attributor *a = NULL;
	const char *data = NULL;
	size_t len = 0, pos = 0, cap = 0, byte = 0;
	int sec = -1;
	px_status st = PX_OK;

	*out = NULL;
	st = px_data_get("provenance_en.txt", &data, &len);
	if (st != PX_OK)
		goto cleanup;
	a = px_calloc(1, sizeof *a);
	if (!a) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	px_arena_init(&a->arena, 4096, 0);
	for (byte = 0; byte < 256; byte++)
		a->alnum[byte] = (unsigned char)is_alnum((unsigned char)byte);
	while (pos < len) {
		size_t e = pos, tab = 0;
		while (e < len && data[e] != '\n')
			e++;
		if (e > pos && data[pos] == '[') {
			size_t k;
			sec = -1;
			for (k = 0; k < SEC_COUNT; k++)
				if (e - pos == strlen(section_names[k]) + 2 &&
				    memcmp(data + pos + 1, section_names[k], e - pos - 2) == 0)
					sec = (int)k;
			if (sec < 0) {
				st = PX_EFORMAT;
				goto cleanup;
			}
		} else if (e > pos && data[pos] != '#') {
			struct cue *c = NULL;
			if (sec < 0) {
				st = PX_EFORMAT;
				goto cleanup;
			}
			if (px_grow((void **)&a->cues, &cap, a->n + 1, sizeof *a->cues) != PX_OK) {
				st = PX_ENOMEM;
				goto cleanup;
			}
			c = &a->cues[a->n++];
			for (tab = pos; tab < e && data[tab] != '\t'; tab++)
				;
			c->sec = (enum cue_section)sec;
			c->len = tab - pos;
			c->phrase = px_arena_strndup(&a->arena, data + pos, c->len);
			c->value = tab < e ? px_arena_strndup(&a->arena, data + tab + 1, e - tab - 1) : NULL;
			if (!c->phrase || (tab < e && !c->value)) {
				st = PX_ENOMEM;
				goto cleanup;
			}
		}
		pos = e + 1;
	}
	st = index_cues(a);
	if (st != PX_OK)
		goto cleanup;
	*out = a;
	a = NULL;
cleanup:
	px_attributor_free(a);
	return st;
}

void
px_attributor_free(struct px_attributor *a)
{
	if (!a)
		return;
	px_free(a->cues);
	px_free(a->slots);
	px_arena_release(&a->arena);
	px_free(a);
}

size_t
px_origin_key(const char *name, char *out, size_t cap)
{
	size_t n = 0, i = 0, len = name ? strlen(name) : 0;

	if (cap == 0)
		return 0;
	if (len >= 4 && lower(name[0]) == 't' && lower(name[1]) == 'h' &&
	    lower(name[2]) == 'e' && name[3] == ' ')
		i = 4;
	if (len >= i + 2 && name[len - 2] == '\'' && lower(name[len - 1]) == 's')
		len -= 2;
	for (; i < len && n + 1 < cap; i++)
		out[n++] = lower(name[i]);
	out[n] = '\0';
	return n;
}

/* Whether the lowercase word w[0..n) is in a section of single words. */
static int
word_in(const struct px_attributor *a, enum cue_section sec, const char *w,
	size_t n)
{
	char low[WORD_MAX];
	const struct word_slot *ws = NULL;
	size_t k;

	if (n == 0 || n > WORD_MAX)
		return 0;
	for (k = 0; k < n; k++)
		low[k] = lower(w[k]);
	ws = word_find(a, low, n);
	return ws && (ws->single & (1u << sec));
}

/* The end of the word at p (letters, digits, inner apostrophes, hyphens
   and dots). */
static size_t
word_end(const char *s, size_t p, size_t end)
{
	while (p < end && (is_alnum((unsigned char)s[p]) ||
			   ((s[p] == '\'' || s[p] == '-' || s[p] == '.' || s[p] == '&') &&
			    p + 1 < end && is_alnum((unsigned char)s[p + 1]))))
		p++;
	return p;
}

static size_t
skip_space(const char *s, size_t p, size_t end)
{
	while (p < end && (s[p] == ' ' || s[p] == '\n' || s[p] == '\t'))
		p++;
	return p;
}

/*
 * A run of capitalised words from p ("The Halden Courier", "Bank of
 * Norland"), lower-case connectors allowed between capitalised words. Sets
 * [*ns, *ne) and returns 1 when there is one.
 */
static int
name_after(const char *s, size_t p, size_t end, size_t *ns, size_t *ne)
{
	size_t q = skip_space(s, p, end), last = 0;
	int any = 0;

	*ns = q;
	while (q < end) {
		size_t we = word_end(s, q, end);
		if (we == q && any && s[q] == '&') {
			/* "Mining & Energy Weekly": an ampersand joins names. */
			q = skip_space(s, q + 1, end);
			continue;
		}
		if (we == q)
			break;
		if (is_upper((unsigned char)s[q])) {
			last = we;
			any = 1;
		} else if (!(any && ((we - q == 2 && memcmp(s + q, "of", 2) == 0) ||
				     (we - q == 2 && memcmp(s + q, "de", 2) == 0) ||
				     (we - q == 3 && memcmp(s + q, "for", 3) == 0)))) {
			break;
		}
		q = skip_space(s, we, end);
	}
	if (!any)
		return 0;
	/* A possessive ends the name: "The Halden Courier's report". */
	if (last >= *ns + 2 && s[last - 2] == '\'' && s[last - 1] == 's')
		last -= 2;
	*ne = last;
	return *ne > *ns;
}

/* A run of capitalised words ending just before p. */
static int
name_before(const char *s, size_t start, size_t p, size_t *ns, size_t *ne)
{
	size_t q = p, first = p;
	int any = 0;

	while (q > start && (s[q - 1] == ' ' || s[q - 1] == '\n'))
		q--;
	*ne = q;
	while (q > start) {
		size_t ws = q;
		while (ws > start && (is_alnum((unsigned char)s[ws - 1]) || s[ws - 1] == '.' ||
				      s[ws - 1] == '\'' || s[ws - 1] == '-' || s[ws - 1] == '&'))
			ws--;
		if (ws == q || !is_upper((unsigned char)s[ws]))
			break;
		first = ws;
		any = 1;
		q = ws;
		while (q > start && s[q - 1] == ' ')
			q--;
	}
	*ns = first;
	return any && *ne > *ns;
}

/* Builder state for one article. */
struct origin_builder {
	const struct px_attributor *a;
	const struct px_claims *claims;
	const char *const *outlets;
	size_t n_outlets;
	char (*outlet_keys)[128]; /* px_origin_key of each outlet ("" for NULL) */
	size_t *outlet_klen;
	struct px_origins *o;
	size_t cap;
	/* The entity claims by name and canonical name, and the person
	   entities by every word suffix of their names ("Kessling", "van
	   Kessling"); each value is the index + 1 of the first such claim, so
	   a lookup answers what a scan of the claims in order would. */
	struct px_map *entity_names;
	struct px_map *surnames;
	int indexed;   /* the two maps made (entities_ready) */
	char *low;     /* lowercased sentence scratch */
	size_t low_cap;
	px_status st;
};

/* The last word of name[0..n) is an outlet word, or the name is a known
   outlet (keys computed once per article in the builder). */
static int
outlet_like(const struct origin_builder *b, const char *name, size_t n)
{
	const struct px_attributor *a = b->a;
	char k1[128], tmp[128];
	size_t i, ws = n, klen;

	while (ws > 0 && name[ws - 1] != ' ')
		ws--;
	for (i = ws; i <= n; i++)
		if (i == n || name[i] == ' ') {
			if (word_in(a, SEC_OUTLET_WORD, name + ws, i - ws))
				return 1;
			break;
		}
	/* "Radio Skerry": a first word that marks an outlet. */
	if (ws > 0) {
		size_t fe = 0;
		while (fe < n && name[fe] != ' ')
			fe++;
		if (word_in(a, SEC_OUTLET_FIRST, name, fe))
			return 1;
	}
	/* "Nordwire", "Newsday": a single word ending in an outlet word. */
	if (n >= 4 && ws == 0) {
		if ((n > 4 && strncmp(name + n - 4, "wire", 4) == 0) ||
		    (n > 4 && strncmp(name + n - 4, "news", 4) == 0))
			return 1;
	}
	if (n >= sizeof tmp)
		return 0;
	memcpy(tmp, name, n);
	tmp[n] = '\0';
	klen = px_origin_key(tmp, k1, sizeof k1);
	for (i = 0; i < b->n_outlets; i++)
		if (b->outlet_klen[i] == klen && memcmp(k1, b->outlet_keys[i], klen) == 0)
			return 1;
	return 0;
}

/* Build the builder's entity indices over its claims. */
static px_status
index_entities(struct origin_builder *b)
{
	size_t i, p;
	px_status st = px_map_new(&b->entity_names);

	if (st == PX_OK)
		st = px_map_new(&b->surnames);
	for (i = 0; st == PX_OK && b->claims && i < b->claims->n; i++) {
		const struct px_claim *c = &b->claims->items[i];
		const struct px_entity *e = &c->u.entity;
		size_t l = 0;
		if (c->kind != PX_CLAIM_ENTITY)
			continue;
		if (e->name)
			st = px__map_add_first_borrowed(b->entity_names, e->name, strlen(e->name),
							i + 1);
		if (st == PX_OK && e->canonical)
			st = px__map_add_first_borrowed(b->entity_names, e->canonical,
							strlen(e->canonical), i + 1);
		if (st || !e->name || !e->type || strcmp(e->type, "person") != 0)
			continue;
		l = strlen(e->name);
		for (p = 1; st == PX_OK && p < l; p++)
			if (e->name[p] == ' ')
				st = px__map_add_first_borrowed(b->surnames, e->name + p + 1,
								l - p - 1, i + 1);
	}
	return st;
}

/* Make the entity indices when first asked: a third of the articles
   (8,174 of 24,403 on bench-news) never look a name up. A failure is
   sticky in b->st; the lookups then find nothing. */
static void
entities_ready(struct origin_builder *b)
{
	if (b->indexed)
		return;
	b->indexed = 1;
	if (index_entities(b) != PX_OK)
		b->st = PX_ENOMEM;
}

/* The first claim index + 1 that m holds under key[0..n), or 0. */
static size_t
index_get(const struct px_map *m, const char *key, size_t n)
{
	uint32_t id = 0;

	if (!m || px_map_find(m, key, n, &id) != PX_OK)
		return 0;
	return *px_map_value((struct px_map *)m, id);
}

/* The entity type the claims give a name ("person", "org"), or NULL: that
   of the first entity claim whose name or canonical name it is. */
static const char *
entity_type(struct origin_builder *b, const char *name, size_t n)
{
	size_t i = 0;

	entities_ready(b);
	i = index_get(b->entity_names, name, n);

	return i ? b->claims->items[i - 1].u.entity.type : NULL;
}

static enum px_origin_kind
kind_of_entity(const char *type, enum px_origin_kind dflt)
{
	if (type && strcmp(type, "person") == 0)
		return PX_ORIGIN_PERSON;
	if (type && strcmp(type, "org") == 0)
		return PX_ORIGIN_ORGANISATION;
	return dflt;
}

static size_t
add_origin(struct origin_builder *b, enum px_origin_kind kind, const char *name,
	   size_t name_len, const char *cue, enum px_field field, size_t sent,
	   size_t start, size_t end)
{
	struct px_origin *g = NULL;

	if (b->st != PX_OK)
		return PX_ORIGIN_NONE;
	if (px_grow((void **)&b->o->items, &b->cap, b->o->n + 1, sizeof *b->o->items) != PX_OK) {
		b->st = PX_ENOMEM;
		return PX_ORIGIN_NONE;
	}
	g = &b->o->items[b->o->n];
	memset(g, 0, sizeof *g);
	g->kind = kind;
	g->name = px_arena_strndup(&b->o->arena, name, name_len);
	g->cue = px_arena_strndup(&b->o->arena, cue, strlen(cue));
	g->document = PX_ORIGIN_NONE;
	g->field = field;
	g->sentence = sent;
	g->start = start;
	g->end = end;
	if (!g->name || !g->cue) {
		b->st = PX_ENOMEM;
		return PX_ORIGIN_NONE;
	}
	return b->o->n++;
}

static size_t
skip_determiner(const char *s, size_t p, size_t end)
{
	size_t q = skip_space(s, p, end), we = word_end(s, q, end);

	if ((we - q == 1 && s[q] == 'a') || (we - q == 2 && memcmp(s + q, "an", 2) == 0) ||
	    (we - q == 3 && memcmp(s + q, "the", 3) == 0) ||
	    (we - q == 4 && memcmp(s + q, "this", 4) == 0))
		return we;
	return p;
}

/* Whether word w[0..n) (any case) is one of the listed words. */
static int
word_is(const char *w, size_t n, const char *const *list)
{
	size_t i, k;

	if (n == 0)
		return 0;
	for (i = 0; list[i]; i++) {
		/* The first letter turns most entries away before strlen. */
		if (lower(w[0]) != list[i][0] || strlen(list[i]) != n)
			continue;
		for (k = 0; k < n && lower(w[k]) == list[i][k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

static const char *const determiners[] = {"a", "an", "the", "this", "its", "his", "her",
					   "their", "our", NULL};
static const char *const np_stops[] = {"by", "from", "in", "on", "at", "for", "to", "with",
				       "which", "that", "who", "and", "or", "show", "shows",
				       "published", "released", "issued", NULL};

/* Whether a word is a possessive ("company's", "board's", "workers'"). */
static int
possessive(const char *w, size_t n)
{
	return (n > 2 && w[n - 2] == '\'' && lower(w[n - 1]) == 's') || (n > 1 && w[n - 1] == '\'');
}

/*
 * A lower-case target after "according to": up to six words, determiners
 * and possessors skipped ("the board's figures"), "of" passed before a head
 * ("an average of recent surveys"); the head is the last of a run of
 * listed nouns ("the national statistics office"). An organisation noun
 * head is an organisation named from the first word to the head, a
 * document or data noun is a document named by the head. *ns is the first
 * word, *hs the head's start, *ne its end. PX_ORIGIN_OWN when no head.
 */
static enum px_origin_kind
common_target(const struct px_attributor *a, const char *s, size_t p, size_t end, size_t *ns,
	      size_t *hs, size_t *ne)
{
	size_t q = skip_space(s, p, end), k, first = CUE_NONE;
	enum px_origin_kind kind = PX_ORIGIN_OWN, wk = PX_ORIGIN_OWN;

	for (k = 0; k < 6 && q < end; k++) {
		size_t we = q;
		while (we < end && s[we] != ' ' && s[we] != ',' && s[we] != '.' && s[we] != ';' &&
		       s[we] != ':' && s[we] != '"' && s[we] != ')' && (unsigned char)s[we] != 0xe2)
			we++;
		if (we == q || is_upper((unsigned char)s[q]))
			break;
		if (word_is(s + q, we - q, np_stops) ||
		    (kind != PX_ORIGIN_OWN && we - q == 2 && memcmp(s + q, "of", 2) == 0))
			break;
		wk = PX_ORIGIN_OWN;
		if (word_in(a, SEC_ORG_NOUN, s + q, we - q))
			wk = PX_ORIGIN_ORGANISATION;
		else if (word_in(a, SEC_DOC_NOUN, s + q, we - q) ||
			 word_in(a, SEC_DATA_NOUN, s + q, we - q))
			wk = PX_ORIGIN_DOCUMENT;
		if (wk != PX_ORIGIN_OWN) {
			kind = wk;
			*hs = q;
			*ne = we;
			if (first == CUE_NONE)
				first = q;
		} else if (kind != PX_ORIGIN_OWN) {
			break;
		} else if (!word_is(s + q, we - q, determiners) && !possessive(s + q, we - q) &&
			   !(we - q == 2 && memcmp(s + q, "of", 2) == 0)) {
			if (first == CUE_NONE)
				first = q;
		} else {
			first = CUE_NONE;
		}
		q = skip_space(s, we, end);
	}
	*ns = first == CUE_NONE ? *hs : first;
	return kind;
}

/*
 * "calculations by the Ledger", "a count by the opposition": a document
 * followed by "by" and its author rests on the author (an outlet when the
 * name looks like one). Updates the hit from *ce on when there is one.
 */
static void
by_agent(struct origin_builder *b, const char *s, size_t n, enum px_origin_kind *kind,
	 const char **nm, size_t *ln, size_t *ce)
{
	size_t q = skip_space(s, *ce, n), ns = 0, ne = 0, hs = 0;

	if (q + 3 > n || memcmp(s + q, "by ", 3) != 0)
		return;
	q = skip_determiner(s, q + 2, n);
	if (name_after(s, q, n, &ns, &ne)) {
		*kind = outlet_like(b, s + ns, ne - ns)
				? PX_ORIGIN_OUTLET
				: kind_of_entity(entity_type(b, s + ns, ne - ns),
						 PX_ORIGIN_ORGANISATION);
	} else if (common_target(b->a, s, q, n, &ns, &hs, &ne) == PX_ORIGIN_ORGANISATION) {
		*kind = PX_ORIGIN_ORGANISATION;
	} else {
		/* "the opposition": a lower-case noun phrase of one or two words. */
		size_t w1 = skip_space(s, q, n), e1 = word_end(s, w1, n);
		if (e1 == w1 || e1 - w1 < 4 || (e1 < n && s[e1] == ' ' && word_end(s, e1 + 1, n) > e1 + 1 &&
						 !word_is(s + e1 + 1, word_end(s, e1 + 1, n) - e1 - 1, np_stops)))
			return;
		ns = w1;
		ne = e1;
		*kind = PX_ORIGIN_ORGANISATION;
	}
	*nm = s + ns;
	*ln = ne - ns;
	*ce = ne;
}

/* One cue matched at a position, and what it names. */
struct cue_hit {
	size_t cs, ce; /* span of cue and target in the sentence */
	enum px_origin_kind kind;
	const char *name;
	size_t name_len;
	int weak;
	size_t ds, de; /* a document right before a relay cue ("a memo seen
			  by"), or ds == de */
};

/*
 * What cue c, matched at p of sentence s[0..n) (field text offset start,
 * end), names: 1 with *h filled, or 0 when it names nothing (no name
 * after "according to", "reported" after a name that is no outlet, ...).
 */
static int
cue_at(struct origin_builder *b, const struct cue *c, const char *s, size_t n, size_t p,
       enum px_field field, size_t start, size_t end, struct cue_hit *h)
{
	const struct px_attributor *a = b->a;
	size_t ns = 0, ne = 0, ce = p + c->len, cs = p;
	enum px_origin_kind kind = PX_ORIGIN_OWN;
	const char *nm = NULL;
	size_t ln = 0;

	h->weak = 0;
	h->ds = h->de = 0;
	if (c->sec == SEC_RELAY_BY && p > 1) {
		size_t e = p - 1, ws = e;
		while (ws > 0 && is_alnum((unsigned char)s[ws - 1]))
			ws--;
		if (ws < e && (word_in(a, SEC_DOC_NOUN, s + ws, e - ws) ||
			       word_in(a, SEC_DATA_NOUN, s + ws, e - ws))) {
			h->ds = ws;
			h->de = e;
		}
	}
	switch (c->sec) {
	case SEC_RELAY_BY:
	case SEC_ACCORDING:
	case SEC_TOLD: {
		size_t q = skip_determiner(s, ce, n);
		if (name_after(s, q, n, &ns, &ne)) {
			size_t ws = skip_space(s, ne, n);
			size_t we = word_end(s, ws, n);
			int report = we > ws && word_in(a, SEC_DOC_NOUN, s + ws, we - ws);
			int outlet = outlet_like(b, s + ns, ne - ns);
			const char *type = entity_type(b, s + ns, ne - ns);
			if (c->sec == SEC_TOLD)
				kind = outlet ? PX_ORIGIN_OUTLET : PX_ORIGIN_OWN;
			else if (outlet || report)
				kind = PX_ORIGIN_OUTLET;
			else if (c->sec == SEC_RELAY_BY)
				kind = kind_of_entity(type, PX_ORIGIN_OUTLET);
			else
				kind = kind_of_entity(type, PX_ORIGIN_ORGANISATION);
			nm = s + ns;
			ln = ne - ns;
			ce = report ? we : ne;
			if (c->sec == SEC_ACCORDING && !outlet && !report) {
				/* "the Ormund regional emergency office", "Velmorian
				   Railways' ticket data": the head after the name. */
				size_t r = ne, ts = 0, hs = 0, te = 0;
				enum px_origin_kind tk;
				if (r + 1 < n && s[r] == '\'' && s[r + 1] == 's')
					r += 2;
				else if (r < n && s[r] == '\'')
					r++;
				tk = r < n && s[r] == ' ' ? common_target(a, s, r, n, &ts, &hs, &te)
							  : PX_ORIGIN_OWN;
				if (tk == PX_ORIGIN_ORGANISATION && r == ne) {
					kind = tk;
					ln = te - ns;
					ce = te;
				} else if (tk == PX_ORIGIN_DOCUMENT) {
					kind = tk;
					nm = s + hs;
					ln = te - hs;
					ce = te;
				}
			}
		} else if (c->sec == SEC_ACCORDING) {
			size_t hs = 0;
			kind = common_target(a, s, ce, n, &ns, &hs, &ne);
			nm = kind == PX_ORIGIN_DOCUMENT ? s + hs : s + ns;
			ln = kind == PX_ORIGIN_DOCUMENT ? ne - hs : ne - ns;
			ce = ne;
			if (kind == PX_ORIGIN_DOCUMENT)
				by_agent(b, s, n, &kind, &nm, &ln, &ce);
		}
		break;
	}
	case SEC_REPORTED:
	case SEC_CREDIT:
		if (name_before(s, 0, p, &ns, &ne) &&
		    (c->sec == SEC_CREDIT || outlet_like(b, s + ns, ne - ns))) {
			kind = PX_ORIGIN_OUTLET;
			nm = s + ns;
			ln = ne - ns;
			cs = ns;
		}
		break;
	case SEC_STATEMENT: {
		/* The issuer: the first organisation or person the claims stage
		   names in the sentence. */
		size_t k;
		kind = PX_ORIGIN_DOCUMENT;
		nm = "statement";
		ln = 9;
		h->weak = 1;
		for (k = 0; b->claims && k < b->claims->n; k++) {
			const struct px_claim *cl = &b->claims->items[k];
			enum px_origin_kind ek = PX_ORIGIN_OWN;
			if (cl->kind != PX_CLAIM_ENTITY || cl->field != field || cl->start < start ||
			    cl->end > end)
				continue;
			ek = kind_of_entity(cl->u.entity.type, PX_ORIGIN_OWN);
			if (ek == PX_ORIGIN_OWN)
				continue;
			kind = ek;
			nm = cl->u.entity.canonical ? cl->u.entity.canonical : cl->u.entity.name;
			ln = strlen(nm);
			break;
		}
		break;
	}
	case SEC_DOCUMENT:
		kind = PX_ORIGIN_DOCUMENT;
		nm = c->value ? c->value : c->phrase;
		ln = strlen(nm);
		break;
	case SEC_ANONYMOUS:
		kind = PX_ORIGIN_ANONYMOUS;
		nm = "anonymous sources";
		ln = strlen(nm);
		break;
	default:
		break;
	}
	if (kind == PX_ORIGIN_OWN || !nm || !ln)
		return 0;
	h->cs = cs;
	h->ce = ce;
	h->kind = kind;
	h->name = nm;
	h->name_len = ln;
	return 1;
}

/* ------------------------------------------------------ speech subjects */

static const char *const aux_words[] = {"has", "have", "had", "also", "later", "earlier",
					"previously", "again", "then", "repeatedly", "separately",
					"would", "will", "did", "does", "has", "already", NULL};
static const char *const indefinites[] = {"a", "an", "one", "two", "three", "four", "five",
					  "six", "seven", "eight", "nine", "ten", "several",
					  "some", "many", "dozens", NULL};
static const char *const relatives[] = {"who", "which", "whose", NULL};
static const char *const clause_words[] = {"that", "as", "while", "because", "when", "where",
					   "although", "though", "if", "since", "after", "before",
					   NULL};
static const char *const head_stops[] = {"in", "at", "from", "on", "with", "who", "which",
					 "whose", "after", "before", "during", "seen", "obtained",
					 "by", NULL};

#define SEG_MAX 12

struct seg_word {
	size_t s, e;
};

/* Whether s[p - 1] ends a clause for a subject: a comma, colon, semicolon,
   bracket, quotation mark or dash (ASCII or UTF-8). Sets *w to its width. */
static int
boundary_before(const char *s, size_t p, size_t *w)
{
	unsigned char c = (unsigned char)s[p - 1];

	*w = 1;
	if (c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')')
		return 1;
	if (p >= 3 && (unsigned char)s[p - 3] == 0xe2 && (unsigned char)s[p - 2] == 0x80 &&
	    (c == 0x9c || c == 0x9d || c == 0x93 || c == 0x94)) {
		*w = 3;
		return 1;
	}
	return 0;
}

/* The words of s[a..e), trailing punctuation trimmed; 0 when more than
   SEG_MAX. */
static size_t
seg_words(const char *s, size_t a, size_t e, struct seg_word *w)
{
	size_t n = 0, q = a;

	while (q < e) {
		size_t we = q;
		if (s[q] == ' ' || s[q] == '\n' || s[q] == '\t') {
			q++;
			continue;
		}
		while (we < e && s[we] != ' ' && s[we] != '\n' && s[we] != '\t')
			we++;
		if (n == SEG_MAX)
			return 0;
		w[n].s = q;
		w[n].e = we;
		while (w[n].e > w[n].s && (s[w[n].e - 1] == ',' || s[w[n].e - 1] == '.' ||
					   s[w[n].e - 1] == '"' || s[w[n].e - 1] == ';'))
			w[n].e--;
		if (w[n].e > w[n].s)
			n++;
		q = we;
	}
	return n;
}

/* The most recent origin of a kind found so far, or NONE. */
static size_t
recent_origin(const struct origin_builder *b, enum px_origin_kind kind)
{
	size_t i = b->o->n;

	while (i-- > 0)
		if (b->o->items[i].kind == kind)
			return i;
	return PX_ORIGIN_NONE;
}

/* A person the article names whose name ends with the word w[0..n)
   ("Kessling" -> "Marta Kessling"), from the claims' entities and the
   origins found so far, or NULL. */
static const char *
person_by_surname(struct origin_builder *b, const char *w, size_t n)
{
	size_t i = 0;

	entities_ready(b);
	i = index_get(b->surnames, w, n);

	if (i)
		return b->claims->items[i - 1].u.entity.name;
	for (i = 0; i < b->o->n; i++) {
		const char *nm = b->o->items[i].name;
		size_t l = strlen(nm);
		if (b->o->items[i].kind == PX_ORIGIN_PERSON && l > n + 1 && nm[l - n - 1] == ' ' &&
		    memcmp(nm + l - n, w, n) == 0)
			return nm;
	}
	return NULL;
}

/*
 * What the subject words w[0..nw) of a speech verb name: *kind and the
 * name (*nm, *ln), or an earlier origin (*ref) for a pronoun ("she said")
 * or an outlet anaphor ("the newspaper reported"). Returns 0 when the
 * subject names no source ("analysts said", "the minister said": the
 * quote's speaker, when any, says who).
 */
static int
classify_subject(struct origin_builder *b, const char *s, const struct seg_word *w,
		 size_t nw, enum px_origin_kind *kind, const char **nm, size_t *ln, size_t *ref)
{
	const struct px_attributor *a = b->a;
	size_t i, nh = nw, rs = 0, re = 0, first = 0;
	const char *l0 = s + w[0].s;
	size_t n0 = w[0].e - w[0].s;

	*ref = PX_ORIGIN_NONE;
	if (nw == 1 && (word_is(l0, n0, (const char *const[]){"he", "she", NULL}))) {
		*ref = recent_origin(b, PX_ORIGIN_PERSON);
		return *ref != PX_ORIGIN_NONE;
	}
	if (nw == 1 && (word_is(l0, n0, (const char *const[]){"it", "they", NULL}))) {
		*ref = recent_origin(b, PX_ORIGIN_ORGANISATION);
		return *ref != PX_ORIGIN_NONE;
	}
	if (nw <= 3 && word_is(l0, n0, (const char *const[]){"the", "this", NULL}) &&
	    word_in(a, SEC_OUTLET_ANAPHOR, s + w[nw - 1].s, w[nw - 1].e - w[nw - 1].s)) {
		*ref = recent_origin(b, PX_ORIGIN_OUTLET);
		return *ref != PX_ORIGIN_NONE;
	}
	for (i = 0; i < nw; i++)
		if (i > 0 && word_is(s + w[i].s, w[i].e - w[i].s, head_stops)) {
			nh = i;
			break;
		}
	/* "organisers from the Metalworkers' Federation": the organisation. */
	for (i = 0; i + 1 < nw; i++) {
		size_t k = i + 1, e = 0;
		if (!word_in(a, SEC_MEMBER_NOUN, s + w[i].s, w[i].e - w[i].s) ||
		    !word_is(s + w[k].s, w[k].e - w[k].s, (const char *const[]){"of", "from", "for", NULL}))
			continue;
		k++;
		if (k < nw && word_is(s + w[k].s, w[k].e - w[k].s, determiners))
			k++;
		for (e = k; e < nw && is_upper((unsigned char)s[w[e].s]); e++)
			;
		if (e > k) {
			*kind = PX_ORIGIN_ORGANISATION;
			*nm = s + w[k].s;
			*ln = w[e - 1].e - w[k].s;
			return 1;
		}
	}
	/* "two port officials", "a senior coalition aide": unnamed people. */
	if (word_is(l0, n0, indefinites)) {
		for (i = 1; i < nh; i++)
			if (word_in(a, SEC_PERSON_NOUN, s + w[i].s, w[i].e - w[i].s)) {
				*kind = PX_ORIGIN_ANONYMOUS;
				*nm = "anonymous sources";
				*ln = strlen(*nm);
				return 1;
			}
		return 0;
	}
	/* Determiners and possessors before the name ("the guild's"). */
	while (first < nh && (word_is(s + w[first].s, w[first].e - w[first].s, determiners) ||
			      possessive(s + w[first].s, w[first].e - w[first].s)))
		first++;
	if (first >= nh)
		return 0;
	/* "the island council", "Police", "The Velmorian Teachers' Union". */
	{
		const char *hw = s + w[nh - 1].s;
		size_t hl = w[nh - 1].e - w[nh - 1].s;
		if (hl > 2 && hw[hl - 2] == '\'' && hw[hl - 1] == 's')
			hl -= 2;
		if (word_in(a, SEC_ORG_NOUN, hw, hl)) {
			*kind = PX_ORIGIN_ORGANISATION;
			*nm = s + w[first].s;
			*ln = w[nh - 1].e - w[first].s;
			return 1;
		}
		/* "the bank's statement showed", "the offer document shows"; "the
		   Herald's analysis of the results shows" rests on the Herald. */
		for (i = 0; i < nh; i++) {
			const char *x = s + w[i].s;
			size_t xl = w[i].e - w[i].s;
			if (!word_in(a, SEC_DOC_NOUN, x, xl) && !word_in(a, SEC_DATA_NOUN, x, xl))
				continue;
			*kind = PX_ORIGIN_DOCUMENT;
			*nm = x;
			*ln = xl;
			if (i > 0 && is_upper((unsigned char)s[w[i - 1].s]) &&
			    possessive(s + w[i - 1].s, w[i - 1].e - w[i - 1].s)) {
				size_t pl = w[i - 1].e - w[i - 1].s;
				pl -= s[w[i - 1].e - 1] == '\'' ? 1 : 2;
				if (outlet_like(b, s + w[i - 1].s, pl)) {
					*kind = PX_ORIGIN_OUTLET;
					*nm = s + w[i - 1].s;
					*ln = pl;
				}
			}
			return 1;
		}
	}
	/* The last run of capitalised words ("Interior Minister Karin
	   Aldous", "Valtra Industries", "Rheinkohle"). */
	for (i = first; i < nh; i++) {
		if (is_upper((unsigned char)s[w[i].s])) {
			if (re != i || rs == re)
				rs = i;
			re = i + 1;
		} else if (!word_is(s + w[i].s, w[i].e - w[i].s,
				    (const char *const[]){"of", "for", "de", "&", NULL}) || rs == re) {
			rs = re = 0;
		}
	}
	if (re == 0 || re != nh)
		return 0;
	*nm = s + w[rs].s;
	*ln = w[re - 1].e - w[rs].s;
	/* "The Courier said": an outlet. */
	if (outlet_like(b, *nm, *ln)) {
		*kind = PX_ORIGIN_OUTLET;
		return 1;
	}
	for (i = rs; i < re; i++)
		if (word_in(a, SEC_ORG_NOUN, s + w[i].s, w[i].e - w[i].s)) {
			*kind = PX_ORIGIN_ORGANISATION;
			return 1;
		}
	for (i = rs; i < re; i++) {
		const char *type = entity_type(b, s + w[i].s, w[re - 1].e - w[i].s);
		if (type) {
			*kind = kind_of_entity(type, PX_ORIGIN_ORGANISATION);
			*nm = s + w[i].s;
			*ln = w[re - 1].e - w[i].s;
			return 1;
		}
	}
	if (re - rs == 1) {
		const char *full = person_by_surname(b, *nm, *ln);
		/* A capital that only opens the sentence says nothing
		   ("Analysts said"). */
		if (!full && w[rs].s == 0)
			return 0;
		*kind = full ? PX_ORIGIN_PERSON : PX_ORIGIN_ORGANISATION;
		if (full) {
			*nm = full;
			*ln = strlen(full);
		}
		return 1;
	}
	*kind = PX_ORIGIN_PERSON;
	return 1;
}

/*
 * The source the subject of the speech verb at s[v..ve) names, added as an
 * origin (or an earlier one, for a pronoun), or NONE. The subject is the
 * clause before the verb back to a comma, quotation mark or the sentence
 * start, auxiliaries ("has said") skipped; an apposition or relative
 * clause right before the verb ("Ilona Verhas, who chairs the
 * association, told") gives way to the name before it; a verb right after
 * a quotation ("\"...,\" said Ole Brandvik") takes the words after it.
 */
static size_t
speech_subject(struct origin_builder *b, const char *s, size_t n, size_t v, size_t ve,
	       enum px_field field, size_t sent, size_t start)
{
	struct seg_word w[SEG_MAX];
	size_t q = v, ss = 0, se = 0, nw = 0, bw = 0, k, ref = PX_ORIGIN_NONE, ln = 0;
	enum px_origin_kind kind = PX_ORIGIN_OWN;
	const char *nm = NULL;
	char cue[WORD_MAX + 1];

	for (k = 0; k < 3; k++) {
		size_t e = q, ws;
		while (e > 0 && s[e - 1] == ' ')
			e--;
		ws = e;
		while (ws > 0 && is_alnum((unsigned char)s[ws - 1]))
			ws--;
		if (ws == e || !word_is(s + ws, e - ws, aux_words))
			break;
		q = ws;
	}
	se = q;
	for (k = 0; k < 3; k++) {
		ss = se;
		while (ss > 0 && !boundary_before(s, ss, &bw))
			ss--;
		nw = seg_words(s, ss, se, w);
		if (nw > 0 && k > 0 && word_is(s + w[0].s, w[0].e - w[0].s, relatives) && ss > 0) {
			se = ss - bw;
			continue;
		}
		/* "One signatory, a director ..., said": the apposition. */
		if (nw == 0 && ss > 0 && s[ss - 1] == ',') {
			se = ss - 1;
			continue;
		}
		break;
	}
	if (k == 0 && nw > 0) {
		/* "a bill that the government says", "which his ministry says",
		   "stations, and Velmorian Railways said": the clause after the
		   last relative word or conjunction. */
		size_t i, cut = 0;
		for (i = 0; i < nw; i++) {
			const char *x = s + w[i].s;
			size_t xl = w[i].e - w[i].s;
			if (word_is(x, xl, relatives) || word_is(x, xl, clause_words) ||
			    (word_is(x, xl, (const char *const[]){"and", "but", NULL}) &&
			     (i == 0 || !is_upper((unsigned char)s[w[i - 1].s]) ||
			      s[w[i - 1].e] == ',')))
				cut = i + 1;
		}
		if (cut == nw)
			return PX_ORIGIN_NONE;
		if (cut > 0) {
			memmove(w, w + cut, (nw - cut) * sizeof *w);
			nw -= cut;
		}
	}
	if (nw == 0 && (ss == 0 || bw == 3 || s[ss - bw] == '"')) {
		/* Inverted: "\"...,\" said Ole Brandvik, who runs ...". */
		size_t e = ve;
		while (e < n && s[e] != ',' && s[e] != '.' && s[e] != ';' && s[e] != '"' &&
		       (unsigned char)s[e] != 0xe2)
			e++;
		ss = ve;
		se = e;
		nw = seg_words(s, ss, se, w);
	}
	if (nw == 0 || !classify_subject(b, s, w, nw, &kind, &nm, &ln, &ref))
		return PX_ORIGIN_NONE;
	if (ref != PX_ORIGIN_NONE)
		return ref;
	if (ve - v > WORD_MAX)
		return PX_ORIGIN_NONE;
	for (k = 0; k < ve - v; k++)
		cue[k] = lower(s[v + k]);
	cue[k] = '\0';
	ss = w[0].s < v ? w[0].s : v;
	se = w[nw - 1].e > ve ? w[nw - 1].e : ve;
	return add_origin(b, kind, nm, ln, cue, field, sent, start + ss, start + se);
}

/*
 * The first attribution cue origin of sentence s[start..end) (text is the
 * field text), or PX_ORIGIN_NONE: of every cue that names something, the
 * one whose span starts first, the earlier in the lexicon on a tie. One
 * pass over the words: each word start probes the first-word index. in_lead
 * marks the title and the first two body sentences, where a relay cue
 * speaks for the whole article.
 */
static size_t
sentence_cue(struct origin_builder *b, const char *text, size_t start, size_t end,
	     enum px_field field, size_t sent, int in_lead, size_t *said)
{
	const struct px_attributor *a = b->a;
	size_t n = end - start, i, p = 0, best = PX_ORIGIN_NONE, best_i = CUE_NONE;
	size_t n_relays = 0, relay_i[RELAYS_MAX], verbs[VERBS_MAX], n_verbs = 0;
	size_t doc = PX_ORIGIN_NONE;
	int quoted = 0, straight = 0, curly = 0;
	struct cue_hit best_hit, relays[RELAYS_MAX];
	const char *s = text + start;
	const char *q = NULL;
	char *low = NULL; /* s lowercased, [0, lo) so far */
	size_t lo = 0;

	memset(&best_hit, 0, sizeof best_hit);
	if (px_grow((void **)&b->low, &b->low_cap, n + 1, 1) != PX_OK) {
		b->st = PX_ENOMEM;
		return PX_ORIGIN_NONE;
	}
	low = b->low;
	*said = PX_ORIGIN_NONE;
	/* Quotation marks are few: memchr finds them. */
	for (q = memchr(s, '"', n); q; q = memchr(q + 1, '"', n - (size_t)(q + 1 - s)))
		straight++;
	for (q = memchr(s, 0xe2, n); q; q = memchr(q + 1, 0xe2, n - (size_t)(q + 1 - s))) {
		i = (size_t)(q - s);
		curly += i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
			 ((unsigned char)s[i + 2] == 0x9c || (unsigned char)s[i + 2] == 0x9d);
	}
	/* Quotation marks are followed only when they pair up in the sentence. */
	straight = straight % 2 == 0;
	curly = curly % 2 == 0;
	while (p < n) {
		size_t we = p, ci;
		const struct word_slot *ws = NULL;
		if (!a->alnum[(unsigned char)s[p]]) {
			if ((s[p] == '"' && straight) ||
			    (curly && p + 2 < n && (unsigned char)s[p] == 0xe2 &&
			     (unsigned char)s[p + 1] == 0x80 && (unsigned char)s[p + 2] == 0x9c))
				quoted = s[p] == '"' ? !quoted : 1;
			else if (curly && p + 2 < n && (unsigned char)s[p] == 0xe2 &&
				 (unsigned char)s[p + 1] == 0x80 && (unsigned char)s[p + 2] == 0x9d)
				quoted = 0;
			p++;
			continue;
		}
		we = word_end_at(a, s, we, n);
		if (we - p <= WORD_MAX && word_maybe(a, s + p, we - p)) {
			lower_upto(low, s, &lo, we);
			ws = word_slot(a, low + p, we - p);
			if (!ws->w)
				ws = NULL;
			if (ws && (ws->single & (1u << SEC_SPEECH)) && !quoted && n_verbs < VERBS_MAX)
				verbs[n_verbs++] = p;
			for (ci = ws ? ws->first : CUE_NONE; ci != CUE_NONE; ci = a->cues[ci].next) {
				const struct cue *c = &a->cues[ci];
				struct cue_hit h;
				size_t fl = c->first_len;
				/* The first word matched already; the two bytes after it
				   turn most cues away before the text is lowercased and
				   compared. */
				if (p + c->len > n || (c->len > fl + 1 && (lower(s[p + fl]) != c->phrase[fl] ||
									  lower(s[p + fl + 1]) != c->phrase[fl + 1])))
					continue;
				lower_upto(low, s, &lo, p + c->len);
				if (memcmp(low + p + fl, c->phrase + fl, c->len - fl) != 0 ||
				    (p + c->len < n && is_alnum((unsigned char)s[p + c->len])))
					continue;
				if (!cue_at(b, c, s, n, p, field, start, end, &h))
					continue;
				if (c->sec == SEC_RELAY_BY && h.kind == PX_ORIGIN_OUTLET &&
				    n_relays < RELAYS_MAX) {
					relays[n_relays] = h;
					relay_i[n_relays++] = ci;
				}
				if (best_i == CUE_NONE || h.cs < best_hit.cs ||
				    (h.cs == best_hit.cs && ci < best_i)) {
					best_hit = h;
					best_i = ci;
				}
			}
		}
		p = we;
	}
	/* Speech verbs: the first subject that names a source, an outlet
	   before anything else ("the audit found ..., the newspaper
	   reported": the account came through the newspaper). */
	for (i = 0; i < n_verbs && b->st == PX_OK; i++) {
		size_t ve = verbs[i], g;
		while (ve < n && is_alnum((unsigned char)s[ve]))
			ve++;
		g = speech_subject(b, s, n, verbs[i], ve, field, sent, start);
		if (g != PX_ORIGIN_NONE && (*said == PX_ORIGIN_NONE || b->o->items[g].kind == PX_ORIGIN_OUTLET))
			*said = g;
		if (*said != PX_ORIGIN_NONE && b->o->items[*said].kind == PX_ORIGIN_OUTLET)
			break;
	}
	if (best_i == CUE_NONE)
		return PX_ORIGIN_NONE;
	/* "according to an internal audit first reported by The Vessby
	   Tribune": the document reached the article through the outlet that
	   the relay cue right after it names, so that outlet is the origin. */
	for (i = 0; best_hit.kind == PX_ORIGIN_DOCUMENT && i < n_relays; i++) {
		if (relays[i].cs >= best_hit.ce && relays[i].cs <= best_hit.ce + 1) {
			doc = add_origin(b, best_hit.kind, best_hit.name, best_hit.name_len,
					 a->cues[best_i].phrase, field, sent, start + best_hit.cs,
					 start + best_hit.ce);
			relays[i].cs = best_hit.cs;
			best_hit = relays[i];
			best_i = relay_i[i];
			break;
		}
	}
	best = add_origin(b, best_hit.kind, best_hit.name, best_hit.name_len, a->cues[best_i].phrase,
			  field, sent, start + best_hit.cs, start + best_hit.ce);
	if (best != PX_ORIGIN_NONE && doc == PX_ORIGIN_NONE && best_hit.kind == PX_ORIGIN_OUTLET &&
	    best_hit.de > best_hit.ds)
		doc = add_origin(b, PX_ORIGIN_DOCUMENT, s + best_hit.ds, best_hit.de - best_hit.ds,
				 a->cues[best_i].phrase, field, sent, start + best_hit.ds,
				 start + best_hit.de);
	if (best != PX_ORIGIN_NONE) {
		b->o->items[best].weak = best_hit.weak;
		b->o->items[best].document = doc;
	}
	if (best != PX_ORIGIN_NONE && in_lead &&
	    (best_hit.kind == PX_ORIGIN_OUTLET || best_hit.kind == PX_ORIGIN_DOCUMENT) &&
	    (a->cues[best_i].sec == SEC_RELAY_BY || a->cues[best_i].sec == SEC_ACCORDING ||
	     a->cues[best_i].sec == SEC_REPORTED))
		b->o->items[best].lead = 1;
	return best;
}

/* A wire credit in parentheses at the start of the body: "CITY (Wire) -". */
static size_t
lead_credit(struct origin_builder *b, const struct px_doc *text)
{
	const char *s = text->text;
	size_t end = text->n_sents ? text->sents[0].end : 0, p = text->n_sents ? text->sents[0].start : 0;
	size_t lim = p + 80 < end ? p + 80 : end;

	for (; p < lim; p++) {
		size_t q = p + 1, r = 0, g = 0;
		if (s[p] != '(')
			continue;
		while (q < lim && s[q] != ')')
			q++;
		if (q >= lim || q == p + 1 || !is_upper((unsigned char)s[p + 1]))
			break;
		r = skip_space(s, q + 1, end);
		if (r + 1 < end && (s[r] == '-' || (unsigned char)s[r] == 0xe2)) {
			g = add_origin(b, PX_ORIGIN_OUTLET, s + p + 1, q - p - 1, "dateline credit",
				       PX_FIELD_TEXT, 0, p, q + 1);
			if (g != PX_ORIGIN_NONE)
				b->o->items[g].lead = 1;
			return g;
		}
		break;
	}
	return PX_ORIGIN_NONE;
}

/*
 * The kind of a quote's speaker as the claims stage names it: unnamed
 * people ("a senior coalition aide") are anonymous sources, a name with an
 * organisation word ("Valtra Industries") an organisation, else the
 * entity type, else a single word that is no known person's surname an
 * organisation ("Rheinkohle"), else a person.
 */
static enum px_origin_kind
speaker_kind(struct origin_builder *b, const char *sp)
{
	struct seg_word w[SEG_MAX];
	size_t nw = seg_words(sp, 0, strlen(sp), w), i;
	const char *type = NULL;

	if (nw == 0)
		return PX_ORIGIN_PERSON;
	if (word_is(sp + w[0].s, w[0].e - w[0].s, indefinites)) {
		/* "a senior port official", "an inspector": nobody named. */
		for (i = 1; i < nw; i++)
			if (word_in(b->a, SEC_PERSON_NOUN, sp + w[i].s, w[i].e - w[i].s) ||
			    is_upper((unsigned char)sp[w[i].s]))
				break;
		if (i < nw ? !is_upper((unsigned char)sp[w[i].s]) : nw > 1)
			return PX_ORIGIN_ANONYMOUS;
	}
	if (!is_upper((unsigned char)sp[0]))
		return PX_ORIGIN_PERSON;
	for (i = 0; i < nw; i++)
		if (word_in(b->a, SEC_ORG_NOUN, sp + w[i].s, w[i].e - w[i].s))
			return PX_ORIGIN_ORGANISATION;
	type = entity_type(b, sp, strlen(sp));
	if (type)
		return kind_of_entity(type, PX_ORIGIN_PERSON);
	if (nw == 1 && !person_by_surname(b, sp, strlen(sp)))
		return PX_ORIGIN_ORGANISATION;
	return PX_ORIGIN_PERSON;
}

/* The quote claim with a speaker of each sentence of a field (the first
   one), so that speakers are added in sentence order. */
static size_t *
speaker_claims(const struct px_claims *claims, enum px_field field, size_t n_sents)
{
	size_t *at = px_alloc((n_sents + 1) * sizeof *at), i;

	if (!at)
		return NULL;
	for (i = 0; i < n_sents; i++)
		at[i] = PX_ORIGIN_NONE;
	for (i = 0; claims && i < claims->n; i++) {
		const struct px_claim *c = &claims->items[i];
		if (c->field == field && c->kind == PX_CLAIM_QUOTE && c->u.quote.speaker &&
		    c->sentence < n_sents && at[c->sentence] == PX_ORIGIN_NONE)
			at[c->sentence] = i;
	}
	return at;
}

/* Whether the sentence opens with a quotation mark: a quotation going on
   from the sentence before when it names no source of its own. */
static int
opens_quote(const char *s, size_t p, size_t end)
{
	p = skip_space(s, p, end);
	return p < end && (s[p] == '"' || (p + 2 < end && (unsigned char)s[p] == 0xe2 &&
					   (unsigned char)s[p + 1] == 0x80 &&
					   (unsigned char)s[p + 2] == 0x9c));
}

static void
scan_doc(struct origin_builder *b, const struct px_doc *d, enum px_field field,
	 struct px_sentence_origin *per)
{
	size_t i, *sp = speaker_claims(b->claims, field, d->n_sents);

	if (!sp) {
		b->st = PX_ENOMEM;
		return;
	}
	for (i = 0; i < d->n_sents && b->st == PX_OK; i++) {
		per[i].speaker = PX_ORIGIN_NONE;
		per[i].carry = PX_ORIGIN_NONE;
		per[i].said = PX_ORIGIN_NONE;
		if (sp[i] != PX_ORIGIN_NONE) {
			const struct px_claim *c = &b->claims->items[sp[i]];
			const char *s = c->u.quote.speaker;
			enum px_origin_kind sk = speaker_kind(b, s);
			/* "Lund" after "Petra Lund": one person, by the full name. */
			const char *full = sk == PX_ORIGIN_PERSON && !strchr(s, ' ')
						   ? person_by_surname(b, s, strlen(s))
						   : NULL;
			if (full)
				s = full;
			per[i].speaker = add_origin(b, sk, s, strlen(s),
						    c->u.quote.cue ? c->u.quote.cue : "quote", c->field,
						    c->sentence, c->start, c->end);
		}
		per[i].cue = sentence_cue(b, d->text, d->sents[i].start, d->sents[i].end, field, i,
					  field == PX_FIELD_TITLE || i < 2, &per[i].said);
	}
	px_free(sp);
}

px_status
px_origins_extract(const struct px_attributor *a, const struct px_doc *title,
		   const struct px_doc *text, const struct px_claims *claims,
		   const char *const *outlets, size_t n_outlets,
		   struct px_origins **out)
{
	struct origin_builder b;
	struct px_origins *o = NULL;
	size_t i, credit = PX_ORIGIN_NONE;
	px_status st = PX_OK;

	memset(&b, 0, sizeof b);
	*out = NULL;
	o = px_calloc(1, sizeof *o);
	if (!o) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	px_arena_init(&o->arena, 2048, 0);
	o->dominant = PX_ORIGIN_NONE;
	b.a = a;
	b.claims = claims;
	b.outlets = outlets;
	b.n_outlets = n_outlets;
	b.o = o;
	if (n_outlets) {
		b.outlet_keys = px_alloc(n_outlets * sizeof *b.outlet_keys);
		b.outlet_klen = px_alloc(n_outlets * sizeof *b.outlet_klen);
		if (!b.outlet_keys || !b.outlet_klen) {
			st = PX_ENOMEM;
			goto cleanup;
		}
		/* A NULL outlet gets a key no name has (names are not empty). */
		for (i = 0; i < n_outlets; i++)
			b.outlet_klen[i] = outlets[i] ? px_origin_key(outlets[i], b.outlet_keys[i], 128)
						      : (size_t)-1;
	}
	o->n_title = title ? title->n_sents : 0;
	o->n_body = text ? text->n_sents : 0;
	o->title = px_calloc(o->n_title + 1, sizeof *o->title);
	o->body = px_calloc(o->n_body + 1, sizeof *o->body);
	if (!o->title || !o->body) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	if (title)
		scan_doc(&b, title, PX_FIELD_TITLE, o->title);
	if (text && b.st == PX_OK) {
		scan_doc(&b, text, PX_FIELD_TEXT, o->body);
		if (b.st == PX_OK && o->n_body && o->body[0].cue == PX_ORIGIN_NONE) {
			credit = lead_credit(&b, text);
			o->body[0].cue = credit;
		}
	}
	st = b.st;
	if (st != PX_OK)
		goto cleanup;
	/* The dominant origin: the first lead relay, title first. */
	for (i = 0; i < o->n && o->dominant == PX_ORIGIN_NONE; i++) {
		size_t k;
		for (k = 0; k < o->n_title && o->dominant == PX_ORIGIN_NONE; k++)
			if (o->title[k].cue == i && o->items[i].lead)
				o->dominant = i;
	}
	for (i = 0; i < o->n_body && i < 2 && o->dominant == PX_ORIGIN_NONE; i++)
		if (o->body[i].cue != PX_ORIGIN_NONE && o->items[o->body[i].cue].lead)
			o->dominant = o->body[i].cue;
	/* A quotation going on from the sentence before rests on its source;
	   a sentence going on in the paragraph of a relayed report or a
	   document's account rests on that report or document. */
	for (i = 1; text && i < o->n_body; i++) {
		size_t prev = px_origins_of_sentence(o, PX_FIELD_TEXT, i - 1);
		int relayed = prev != PX_ORIGIN_NONE && (o->items[prev].kind == PX_ORIGIN_OUTLET ||
							 o->items[prev].kind == PX_ORIGIN_DOCUMENT);
		if (prev == PX_ORIGIN_NONE || px_origins_of_sentence(o, PX_FIELD_TEXT, i) != PX_ORIGIN_NONE)
			continue;
		if (relayed ? text->sents[i].para == text->sents[i - 1].para
			    : opens_quote(text->text, text->sents[i].start, text->sents[i].end))
			o->body[i].carry = prev;
	}
	*out = o;
	o = NULL;
cleanup:
	px_map_free(b.entity_names);
	px_map_free(b.surnames);
	px_free(b.low);
	px_free(b.outlet_keys);
	px_free(b.outlet_klen);
	px_origins_free(o);
	return st;
}

void
px_origins_free(struct px_origins *o)
{
	if (!o)
		return;
	px_free(o->items);
	px_free(o->title);
	px_free(o->body);
	px_arena_release(&o->arena);
	px_free(o);
}

/* px_origin_key with "&" read as "and" ("Mining & Energy Weekly"). */
static size_t
plain_key(const char *name, char *out, size_t cap)
{
	char tmp[128];
	size_t n = 0, i;

	for (i = 0; name[i] && n + 4 < sizeof tmp; i++) {
		if (name[i] == '&') {
			memcpy(tmp + n, "and", 3);
			n += 3;
		} else {
			tmp[n++] = name[i];
		}
	}
	tmp[n] = '\0';
	return px_origin_key(tmp, out, cap);
}

/* Whether origin g names the article's own outlet, or a short form of it
   ("the Tribune" in The Vessby Tribune). */
static int
names_own(const struct px_origins *o, size_t g)
{
	char k1[128], k2[128];
	size_t l1, l2;

	if (!o->own || o->items[g].kind != PX_ORIGIN_OUTLET)
		return 0;
	l1 = plain_key(o->items[g].name, k1, sizeof k1);
	l2 = plain_key(o->own, k2, sizeof k2);
	if (l1 && l1 <= l2 && strcmp(k2 + l2 - l1, k1) == 0 && (l1 == l2 || k2[l2 - l1 - 1] == ' '))
		return 1;
	/* "MPA" in the Meridian Press Agency: the initials of its words. */
	if (l1 >= 2 && l1 <= 6 && strchr(k1, ' ') == NULL) {
		size_t i, m = 0;
		for (i = 0; i < l2 && m <= l1; i++)
			if (i == 0 || k2[i - 1] == ' ') {
				if (strncmp(k2 + i, "and ", 4) == 0 || strncmp(k2 + i, "of ", 3) == 0)
					continue;
				if (m == l1 || k2[i] != k1[m])
					return 0;
				m++;
			}
		return m == l1;
	}
	return 0;
}

size_t
px_origins_of_sentence(const struct px_origins *o, enum px_field field,
		       size_t sentence)
{
	const struct px_sentence_origin *per = NULL;
	size_t n = 0, cue = PX_ORIGIN_NONE;

	if (!o)
		return PX_ORIGIN_NONE;
	per = field == PX_FIELD_TITLE ? o->title : o->body;
	n = field == PX_FIELD_TITLE ? o->n_title : o->n_body;
	if (sentence >= n)
		return PX_ORIGIN_NONE;
	cue = per[sentence].cue;
	/* The article's own outlet is no source of its own sentences; a
	   document it made public is ("a memo seen by Radio Brennick"). */
	if (cue != PX_ORIGIN_NONE && names_own(o, cue))
		cue = o->items[cue].document;
	if (cue != PX_ORIGIN_NONE && !o->items[cue].weak)
		return cue;
	if (per[sentence].speaker != PX_ORIGIN_NONE)
		return per[sentence].speaker;
	if (per[sentence].said != PX_ORIGIN_NONE && !names_own(o, per[sentence].said))
		return per[sentence].said;
	if (cue != PX_ORIGIN_NONE)
		return cue;
	if (per[sentence].carry != PX_ORIGIN_NONE && !names_own(o, per[sentence].carry))
		return per[sentence].carry;
	/* A wire's credit in the dateline of another outlet's article: the
	   whole text is the wire's copy. */
	if (o->dominant != PX_ORIGIN_NONE && strcmp(o->items[o->dominant].cue, "dateline credit") == 0 &&
	    !names_own(o, o->dominant))
		return o->dominant;
	return PX_ORIGIN_NONE;
}

px_status
px_origins_set_own(struct px_origins *o, const char *own)
{
	const char *copy = NULL;

	if (!o)
		return PX_OK;
	if (own) {
		copy = px_arena_strndup(&o->arena, own, strlen(own));
		if (!copy)
			return PX_ENOMEM;
	}
	o->own = copy;
	return PX_OK;
}

void
px_origin_to_json(const struct px_origins *o, size_t g, const char *own_name,
		  const char *field_text, size_t field_len, struct px_buf *out)
{
	const struct px_origin *x = NULL;

	if (!o || g >= o->n) {
		px_buf_puts(out, "\"origin\":{\"kind\":\"own\",\"name\":");
		if (own_name)
			px_buf_put_json_str(out, own_name, strlen(own_name));
		else
			px_buf_puts(out, "null");
		px_buf_puts(out, ",\"cue\":null,\"evidence\":null}");
		return;
	}
	x = &o->items[g];
	px_buf_printf(out, "\"origin\":{\"kind\":\"%s\",\"name\":", px_origin_kind_name(x->kind));
	px_buf_put_json_str(out, x->name, strlen(x->name));
	px_buf_puts(out, ",\"cue\":");
	px_buf_put_json_str(out, x->cue, strlen(x->cue));
	px_buf_printf(out, ",\"evidence\":{\"field\":\"%s\",\"sentence\":%zu,\"start\":%zu,\"end\":%zu",
		      px_field_name(x->field), x->sentence, x->start, x->end);
	if (field_text && x->end <= field_len && x->start <= x->end) {
		px_buf_puts(out, ",\"text\":");
		px_buf_put_json_str(out, field_text + x->start, x->end - x->start);
	}
	px_buf_puts(out, "}}");
}
