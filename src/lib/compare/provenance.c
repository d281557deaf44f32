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
 * an ASCII-lowercased copy of each sentence, byte for byte, so offsets in
 * the copy are offsets in the text. Cues are indexed by their first word
 * (one hash table, built with the attributor), so a sentence is scanned
 * once: each word start probes the table and only the cues that begin
 * with that word are compared. The cost is linear in the text, without
 * allocation per byte.
 */
#include <string.h>

#include "parallax/provenance.h"

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
	SEC_COUNT
};

static const char *const section_names[SEC_COUNT] = {
	"relay_by", "according", "told", "reported", "credit",
	"statement", "document", "anonymous", "doc_noun", "outlet_word"};

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

struct px_attributor {
	struct cue *cues;
	size_t n;
	struct word_slot *slots;
	size_t n_slots; /* a power of two, at least twice the words */
	struct px_arena arena;
};

#define CUE_NONE ((size_t)-1)
#define RELAYS_MAX 8
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
			ws->w = c->phrase;
			ws->len = fl;
			ws->first = ws->last = CUE_NONE;
		}
		if (c->sec == SEC_DOC_NOUN || c->sec == SEC_OUTLET_WORD) {
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
	size_t len = 0, pos = 0, cap = 0;
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
	ws = word_slot(a, low, n);
	return ws->w && (ws->single & (1u << sec));
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

/* The entity type the claims give a name ("person", "org"), or NULL. */
static const char *
entity_type(const struct px_claims *claims, const char *name, size_t n)
{
	size_t i;

	for (i = 0; claims && i < claims->n; i++) {
		const struct px_claim *c = &claims->items[i];
		const struct px_entity *e = &c->u.entity;
		if (c->kind != PX_CLAIM_ENTITY)
			continue;
		if ((e->name && strlen(e->name) == n && memcmp(e->name, name, n) == 0) ||
		    (e->canonical && strlen(e->canonical) == n && memcmp(e->canonical, name, n) == 0))
			return e->type;
	}
	return NULL;
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

/* After a determiner, up to two lowercase words then a document noun. */
static int
document_after(const struct px_attributor *a, const char *s, size_t p, size_t end,
	       size_t *ns, size_t *ne)
{
	size_t q = skip_space(s, p, end), k;

	for (k = 0; k < 4 && q < end; k++) {
		size_t we = word_end(s, q, end);
		if (we == q || is_upper((unsigned char)s[q]))
			return 0;
		if (word_in(a, SEC_DOC_NOUN, s + q, we - q)) {
			*ns = q;
			*ne = we;
			return 1;
		}
		q = skip_space(s, we, end);
	}
	return 0;
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

/* One cue matched at a position, and what it names. */
struct cue_hit {
	size_t cs, ce; /* span of cue and target in the sentence */
	enum px_origin_kind kind;
	const char *name;
	size_t name_len;
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
			const char *type = entity_type(b->claims, s + ns, ne - ns);
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
		} else if (c->sec == SEC_ACCORDING && document_after(a, s, ce, n, &ns, &ne)) {
			kind = PX_ORIGIN_DOCUMENT;
			nm = s + ns;
			ln = ne - ns;
			ce = ne;
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
	     enum px_field field, size_t sent, int in_lead)
{
	const struct px_attributor *a = b->a;
	size_t n = end - start, i, p = 0, best = PX_ORIGIN_NONE, best_i = CUE_NONE;
	size_t n_relays = 0, relay_i[RELAYS_MAX];
	struct cue_hit best_hit, relays[RELAYS_MAX];
	const char *s = text + start;
	char *low = NULL;

	memset(&best_hit, 0, sizeof best_hit);
	if (px_grow((void **)&b->low, &b->low_cap, n + 1, 1) != PX_OK) {
		b->st = PX_ENOMEM;
		return PX_ORIGIN_NONE;
	}
	low = b->low;
	for (i = 0; i < n; i++)
		low[i] = lower(s[i]);
	while (p < n) {
		size_t we = p, ci;
		const struct word_slot *ws = NULL;
		if (!is_alnum((unsigned char)low[p])) {
			p++;
			continue;
		}
		while (we < n && is_alnum((unsigned char)low[we]))
			we++;
		if (we - p <= WORD_MAX) {
			ws = word_slot(a, low + p, we - p);
			for (ci = ws->w ? ws->first : CUE_NONE; ci != CUE_NONE; ci = a->cues[ci].next) {
				const struct cue *c = &a->cues[ci];
				struct cue_hit h;
				if (p + c->len > n || memcmp(low + p, c->phrase, c->len) != 0 ||
				    (p + c->len < n && is_alnum((unsigned char)low[p + c->len])))
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
	if (best_i == CUE_NONE)
		return PX_ORIGIN_NONE;
	/* "according to an internal audit first reported by The Vessby
	   Tribune": the document reached the article through the outlet that
	   the relay cue right after it names, so that outlet is the origin. */
	for (i = 0; best_hit.kind == PX_ORIGIN_DOCUMENT && i < n_relays; i++) {
		if (relays[i].cs >= best_hit.ce && relays[i].cs <= best_hit.ce + 1) {
			relays[i].cs = best_hit.cs;
			best_hit = relays[i];
			best_i = relay_i[i];
			break;
		}
	}
	best = add_origin(b, best_hit.kind, best_hit.name, best_hit.name_len, a->cues[best_i].phrase,
			  field, sent, start + best_hit.cs, start + best_hit.ce);
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

static void
scan_doc(struct origin_builder *b, const struct px_doc *d, enum px_field field,
	 struct px_sentence_origin *per)
{
	size_t i;

	for (i = 0; i < d->n_sents && b->st == PX_OK; i++) {
		per[i].speaker = PX_ORIGIN_NONE;
		per[i].cue = sentence_cue(b, d->text, d->sents[i].start, d->sents[i].end, field, i,
					  field == PX_FIELD_TITLE || i < 2);
	}
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
	/* Quote speakers: a person or organisation origin for the sentence. */
	for (i = 0; claims && i < claims->n && b.st == PX_OK; i++) {
		const struct px_claim *c = &claims->items[i];
		struct px_sentence_origin *per = c->field == PX_FIELD_TITLE ? o->title : o->body;
		size_t np = c->field == PX_FIELD_TITLE ? o->n_title : o->n_body;
		const char *sp = c->kind == PX_CLAIM_QUOTE ? c->u.quote.speaker : NULL;
		if (!sp || c->sentence >= np || per[c->sentence].speaker != PX_ORIGIN_NONE)
			continue;
		per[c->sentence].speaker =
			add_origin(&b, kind_of_entity(entity_type(claims, sp, strlen(sp)), PX_ORIGIN_PERSON),
				   sp, strlen(sp), c->u.quote.cue ? c->u.quote.cue : "quote",
				   c->field, c->sentence, c->start, c->end);
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
	*out = o;
	o = NULL;
cleanup:
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

size_t
px_origins_of_sentence(const struct px_origins *o, enum px_field field,
		       size_t sentence)
{
	const struct px_sentence_origin *per = NULL;
	size_t n = 0;

	if (!o)
		return PX_ORIGIN_NONE;
	per = field == PX_FIELD_TITLE ? o->title : o->body;
	n = field == PX_FIELD_TITLE ? o->n_title : o->n_body;
	if (sentence >= n)
		return PX_ORIGIN_NONE;
	if (per[sentence].cue != PX_ORIGIN_NONE)
		return per[sentence].cue;
	if (o->dominant != PX_ORIGIN_NONE)
		return o->dominant;
	return per[sentence].speaker;
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
