/*
 * Entity claims: names of people, organisations and places, with titles
 * stripped (kept as role) and aliases folded onto one canonical name per
 * article.
 *
 * A name is a run of capitalised words (initials "J." and hyphenated parts
 * included), joined through "of", "for", "the", "and", "de", "van", "al"
 * only when a capitalised word follows ("Bank of England"). A sentence's
 * first word opens a name only when it is not a function word or a common
 * noun standing alone ("Officials said" is not a name). Leading titles
 * ("President", "former Treasury Secretary", "Sen.") become the role when a
 * name remains after them.
 *
 * Types: a title or a two/three-word name of plain capitalised words is a
 * person; an organisation word ("Ministry", "Council", "Inc") or an acronym
 * makes an org; a gazetteer hit (data/claims_places.txt) a place; anything
 * else is other. Aliases, resolved after the whole article is read: a
 * one-word name equal to a person's surname takes that person's full name
 * ("Biden" -> "Joe Biden"); an acronym equal to the initials of an
 * organisation's capitalised words takes its full name ("NSC" -> "National
 * Security Council"). Heuristics, not a trained tagger: docs/internals/
 * claims.md gives the limits.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "claim_internal.h"

#define W(s) {s, sizeof(s) - 1}

static int
cap_word(const struct toks *tk, size_t i)
{
	/* the tokenizer sets TF_CAP on words only */
	return i < tk->n && (tk->t[i].flags & (TF_CAP | TF_USED)) == TF_CAP;
}

/* Two or three bytes packed into an integer, first byte lowest: the
   connector test compares one integer per word instead of strings. */
#define K2(a, b) ((uint32_t)(a) | (uint32_t)(b) << 8)
#define K3(a, b, c) (K2(a, b) | (uint32_t)(c) << 16)

static int
connector(const struct toks *tk, size_t i)
{
	const unsigned char *s = NULL;
	uint32_t key = 0;
	size_t k = 0, n = 0;

	if (i >= tk->n || tk->t[i].type != T_WORD || (tk->t[i].flags & TF_CAP))
		return 0;
	/* every connector has two or three letters: of, for, the, and, de,
	   van, von, al, bin, la, del, da, di, le, du, on (ASCII upper case
	   folded, as px__cl_tok_is does) */
	n = tk->t[i].end - tk->t[i].start;
	if (n < 2 || n > 3)
		return 0;
	s = (const unsigned char *)tk->text + tk->t[i].start;
	for (k = 0; k < n; k++)
		key |= (uint32_t)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]) << (8 * k);
	if (n == 2)
		return key == K2('o', 'f') || key == K2('d', 'e') || key == K2('a', 'l') ||
		       key == K2('l', 'a') || key == K2('d', 'a') || key == K2('d', 'i') ||
		       key == K2('l', 'e') || key == K2('d', 'u') || key == K2('o', 'n');
	return key == K3('f', 'o', 'r') || key == K3('t', 'h', 'e') || key == K3('a', 'n', 'd') ||
	       key == K3('v', 'a', 'n') || key == K3('v', 'o', 'n') || key == K3('b', 'i', 'n') ||
	       key == K3('d', 'e', 'l');
}

/* Whether token i is an opening quote mark (a name after it starts a
   quoted sentence); a closing mark is not ("...,” Clinton said"). */
static int
opens_quote(const struct toks *tk, size_t i)
{
	size_t n = 0;

	if (i >= tk->n || tk->t[i].type != T_SYM)
		return 0;
	n = tk->t[i].end - tk->t[i].start;
	if (n == 3 && memcmp(tk->text + tk->t[i].start, "\xe2\x80\x9c", 3) == 0)
		return 1;
	return n == 1 && (tk->text[tk->t[i].start] == '"' || tk->text[tk->t[i].start] == '(') &&
	       (i == 0 || (tk->t[i].flags & TF_SPACE));
}

static int
add_mention(struct ent_table *et, const struct ent_mention *m)
{
	if (et->n == et->cap && px_grow((void **)&et->m, &et->cap, et->n + 1, sizeof(*et->m)))
		return -1;
	et->m[et->n++] = *m;
	return 0;
}

/* Words that open a clause, and the pronoun "I": never inside a name. */
static const char *const clause_words[] = {"because", "after", "before", "since", "until", "while",
					   "when", "whereas", "although", "though", "if", "so",
					   "but", "yet", "nor", "i", "meanwhile", "however", "then",
					   NULL};

/* End (exclusive) of the capitalised run starting at i, within [i, lim). */
static size_t
name_run(const struct px_extractor *x, const struct toks *tk, size_t i, size_t lim)
{
	size_t j = i;

	while (j < lim) {
		/* a line break ends a name ("Mark Hosenball" then "WASHINGTON") */
		if (j > i && (tk->t[j].flags & TF_NL))
			break;
		/* a clause word or the pronoun "I" capitalised after a name
		   ends it ("McCain Because McCain", "Barack Obama I") */
		if (j > i && cap_word(tk, j) && px__cl_tok_among(tk, j, clause_words) &&
		    !(j + 1 < lim && px__cl_tok_sym(tk, j + 1, '.') && !(tk->t[j + 1].flags & TF_SPACE)))
			break;
		if (cap_word(tk, j)) {
			j++;
			/* initials "J." and "U.S." */
			if (j < lim && px__cl_tok_sym(tk, j, '.') && !(tk->t[j].flags & TF_SPACE) &&
			    tk->t[j - 1].end - tk->t[j - 1].start == 1 && j + 1 < lim &&
			    (cap_word(tk, j + 1)))
				j++;
			/* "Landowners' Association", "Farmers' Union": a
			   plural's possessive mark inside an organisation's
			   name */
			if (j + 1 < lim && px__cl_tok_sym(tk, j, '\'') && !(tk->t[j].flags & TF_SPACE) &&
			    (tk->t[j + 1].flags & TF_SPACE) && cap_word(tk, j + 1) &&
			    tk->t[j - 1].end - tk->t[j - 1].start > 2 &&
			    tk->text[tk->t[j - 1].end - 1] == 's' &&
			    (px__cl_lex_flags(x, tk, j + 1) & LX_ORGWORD)) {
				j++;
				continue;
			}
			/* "Jean-Luc", "Al-Sisi" */
			if (j + 1 < lim && px__cl_tok_sym(tk, j, '-') && !(tk->t[j].flags & TF_SPACE) &&
			    !(tk->t[j + 1].flags & TF_SPACE) && cap_word(tk, j + 1))
				j++;
			/* "Mazar-i-Sharif", "Stratford-upon-Avon" */
			else if (j + 3 < lim && px__cl_tok_sym(tk, j, '-') && !(tk->t[j].flags & TF_SPACE) &&
				 !(tk->t[j + 1].flags & TF_SPACE) && tk->t[j + 1].type == T_WORD &&
				 !(tk->t[j + 1].flags & TF_CAP) && tk->t[j + 1].end - tk->t[j + 1].start <= 4 &&
				 px__cl_tok_sym(tk, j + 2, '-') && !(tk->t[j + 2].flags & TF_SPACE) &&
				 !(tk->t[j + 3].flags & TF_SPACE) && cap_word(tk, j + 3))
				j += 3;
			continue;
		}
		if (j > i && connector(tk, j) && !(tk->t[j].flags & TF_NL)) {
			size_t k = j, m = 0;
			int has_of = 0;
			for (m = i; m < j; m++)
				has_of |= px__cl_tok_is(tk, m, "of");
			/* "and" joins only inside an "of" name ("Department of
			   Health and Human Services"), never two names */
			if (px__cl_tok_is(tk, j, "and") && (!has_of || px__cl_tok_is(tk, j + 1, "the")))
				break;
			while (k < lim && connector(tk, k))
				k++;
			if (k < lim && cap_word(tk, k) && k - j <= 2) {
				j = k;
				continue;
			}
		}
		break;
	}
	/* a name never ends on a connector or a period */
	while (j > i && (connector(tk, j - 1) || tk->t[j - 1].type == T_SYM))
		j--;
	return j;
}

static char *
copy_span(struct claim_sink *s, const struct toks *tk, size_t a, size_t b)
{
	if (a >= b)
		return NULL;
	return px__cl_sink_str(s, tk->text + tk->t[a].start, tk->t[b - 1].end - tk->t[a].start);
}

static int
is_title(const struct px_extractor *x, const struct toks *tk, size_t i, size_t lim,
	 size_t *after)
{
	const struct lexp *p = px__cl_lex_phrase(x, tk, i, lim, LP_TITLE, after);

	if (p)
		return 1;
	*after = i + 1;
	if (px__cl_lex_flags(x, tk, i) & LX_TITLE) {
		/* "Sen." "Dr." */
		if (i + 1 < lim && px__cl_tok_sym(tk, i + 1, '.') && !(tk->t[i + 1].flags & TF_SPACE))
			*after = i + 2;
		return 1;
	}
	return 0;
}

static const char *
classify(const struct px_extractor *x, const struct toks *tk, size_t a, size_t b,
	 int titled)
{
	static const char *const quarters[] = {"north", "south", "east", "west", "northern",
					       "southern", "eastern", "western", "central", "upper",
					       "lower", "greater", NULL};
	static const char *const postnominals[] = {"kc", "qc", "mp", "mep", "msp",
						   "obe", "mbe", "cbe", "kbe", "dbe", "frs", NULL};
	size_t k = 0, caps = 0, joins = 0, after = 0;
	int org = 0;

	for (k = a; k < b; k++) {
		if (px__cl_lex_flags(x, tk, k) & LX_ORGWORD)
			org = 1;
		if (cap_word(tk, k))
			caps++;
		/* a double-barrelled name: "Claire Dufresne-Ott" */
		else if (k > a && k + 1 < b && px__cl_tok_sym(tk, k, '-') && px__cl_tok_glued(tk, k - 1) &&
			 px__cl_tok_glued(tk, k) && cap_word(tk, k - 1) && cap_word(tk, k + 1))
			joins++;
	}
	if (px__cl_lex_phrase(x, tk, a, b, LP_PLACE, &after) && after == b)
		return "place";
	/* "West Germany", "Northern Norland": a part of a place is a place */
	if (b > a + 1 && px__cl_tok_among(tk, a, quarters) &&
	    px__cl_lex_phrase(x, tk, a + 1, b, LP_PLACE, &after) && after == b)
		return "place";
	if (org)
		return "org";
	if (b > a + 1 && (px__cl_lex_flags(x, tk, b - 1) & LX_PLACEWORD))
		return "place";
	if (b == a + 1 && (tk->t[a].flags & TF_UPPER))
		return "org";
	if (titled)
		return "person";
	/* "Martin Feeley KC", "Anna Roy MP": a name with a post-nominal */
	if (b >= a + 3 && caps == b - a && px__cl_tok_among(tk, b - 1, postnominals) &&
	    !(tk->t[b - 2].flags & TF_UPPER))
		return "person";
	if (caps >= 2 + (joins > 0) && caps <= 4 && b - a == caps + joins) {
		/* plain capitalised words, no connectors: most often a person */
		int upper = 0;
		for (k = a; k < b; k++)
			upper |= (tk->t[k].flags & TF_UPPER) != 0;
		if (!upper)
			return "person";
	}
	return "other";
}

/*
 * Whether mention m stands where a place does: after "in", "near",
 * "outside", "across", "throughout", "around", "into" or "towards" (not
 * before a possessive: "in Smith's house"), or as the dateline at the start
 * of the body ("CROYDON, England (Wire) -", all capitals, then a comma, a
 * parenthesis or a dash). Returns 1 for a preposition, 2 for a dateline.
 */
static int
place_context(const struct px_extractor *x, const struct toks *tk, const struct ent_mention *m,
	      enum px_field field)
{
	static const struct set_word prep[] = {
		W("in"), W("near"), W("outside"), W("across"), W("throughout"), W("around"),
		W("into"), W("towards"), {NULL, 0}};
	size_t k = 0;

	(void)x;
	if (m->t0 > 0 && tk->t[m->t0 - 1].type == T_WORD && !(tk->t[m->t0 - 1].flags & TF_CAP)) {
		for (k = 0; prep[k].w; k++) {
			if (!px__cl_tok_is_n(tk, m->t0 - 1, prep[k].w, prep[k].n))
				continue;
			if (m->t1 + 1 < tk->n && (px__cl_tok_sym(tk, m->t1, '\'') ||
						   tk->t[m->t1].end - tk->t[m->t1].start == 3) &&
			    !(tk->t[m->t1].flags & TF_SPACE) && px__cl_tok_is(tk, m->t1 + 1, "s"))
				return 0;
			return 1;
		}
	}
	if (field == PX_FIELD_TEXT && (m->t0 == 0 || (tk->t[m->t0].flags & TF_NL)) &&
	    (tk->t[m->t0].flags & TF_UPPER) && m->t1 < tk->n &&
	    (px__cl_tok_sym(tk, m->t1, ',') || px__cl_tok_sym(tk, m->t1, '(') ||
	     px__cl_tok_sym(tk, m->t1, '-') ||
	     (tk->t[m->t1].end - tk->t[m->t1].start == 3 &&
	      memcmp(tk->text + tk->t[m->t1].start, "\xe2\x80\x94", 3) == 0)))
		return 2;
	return 0;
}

/* Acronym of an org name's capitalised words ("National Security Council" -> NSC). */
static size_t
acronym(const struct toks *tk, size_t a, size_t b, char *out, size_t cap)
{
	size_t k = 0, n = 0;

	for (k = a; k < b && n + 1 < cap; k++)
		if (tk->t[k].type == T_WORD && (tk->t[k].flags & TF_CAP))
			out[n++] = tk->text[tk->t[k].start];
	out[n] = '\0';
	return n;
}

/* Sentence-initial capitalised nouns that may be surnames. */
struct maybe {
	size_t *v; /* pairs: field, token */
	size_t n, cap;
};

static int
add_maybe(struct maybe *mb, size_t f, size_t t)
{
	if (px_grow((void **)&mb->v, &mb->cap, mb->n + 2, sizeof(*mb->v)))
		return -1;
	mb->v[mb->n++] = f;
	mb->v[mb->n++] = t;
	return 0;
}

/*
 * A string map for one article's mentions: open addressing over borrowed
 * keys (names in the claims arena, words in the text), sized once for the
 * keys it will hold, so it never grows or copies a key, and costs two
 * allocations instead of px_map's table and key arena. Ids count from 0
 * in order of insertion; nothing reads the map in hash order.
 */
struct emap_ent {
	const char *k;
	size_t len;
	uint64_t h;
	uintptr_t v;
};

struct emap {
	uint32_t *slot; /* entry id + 1; 0: empty */
	struct emap_ent *e;
	size_t n, cap, mask;
};

static px_status
emap_init(struct emap *m, size_t cap)
{
	size_t ns = 16;

	memset(m, 0, sizeof *m);
	if (cap == 0)
		return PX_OK; /* finds nothing, takes nothing */
	while (ns < 2 * cap)
		ns *= 2;
	m->slot = px_calloc(ns, sizeof(*m->slot));
	m->e = px_alloc(cap * sizeof(*m->e));
	if (m->slot == NULL || m->e == NULL) {
		px_free(m->slot);
		px_free(m->e);
		memset(m, 0, sizeof *m);
		return PX_ENOMEM;
	}
	m->cap = cap;
	m->mask = ns - 1;
	return PX_OK;
}

static void
emap_release(struct emap *m)
{
	px_free(m->slot);
	px_free(m->e);
	memset(m, 0, sizeof *m);
}

/* Eight bytes at a time, each word mixed by a multiplication, the last
   word read where the key ends (overlapping the one before) and shorter
   keys by two or three small loads; the order of the slots it gives is
   never read. */
static uint64_t
emap_hash(const char *k, size_t len)
{
	uint64_t h = 0x9E3779B97F4A7C15ull ^ len, w = 0;
	size_t i = 0;

	if (len >= 8) {
		for (i = 0; i + 8 < len; i += 8) {
			memcpy(&w, k + i, 8);
			h = (h ^ w) * 0xFF51AFD7ED558CCDull;
			h ^= h >> 29;
		}
		memcpy(&w, k + len - 8, 8);
	} else if (len >= 4) {
		uint32_t a = 0, b = 0;
		memcpy(&a, k, 4);
		memcpy(&b, k + len - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else if (len > 0) {
		w = (uint64_t)(unsigned char)k[0] << 16 | (uint64_t)(unsigned char)k[len / 2] << 8 |
		    (unsigned char)k[len - 1];
	}
	h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
	return h ^ (h >> 32);
}

/* Slot of key k: its entry's, or the empty one where it would go. */
static size_t
emap_slot(const struct emap *m, const char *k, size_t len, uint64_t h)
{
	size_t i = (size_t)h & m->mask;

	for (;;) {
		uint32_t s = m->slot[i];
		const struct emap_ent *e = NULL;
		if (s == 0)
			return i;
		e = &m->e[s - 1];
		if (e->h == h && e->len == len && memcmp(e->k, k, len) == 0)
			return i;
		i = (i + 1) & m->mask;
	}
}

static int
emap_find(const struct emap *m, const char *k, size_t len, uint32_t *id)
{
	size_t i = 0;

	if (m->slot == NULL)
		return 0;
	i = emap_slot(m, k, len, emap_hash(k, len));
	if (m->slot[i] == 0)
		return 0;
	*id = m->slot[i] - 1;
	return 1;
}

/* Id of key k, added (*added = 1) when missing; the caller sized the map
   for every key it adds (the table is at least twice that, so a probe
   always ends). */
static uint32_t
emap_intern(struct emap *m, const char *k, size_t len, int *added)
{
	uint64_t h = emap_hash(k, len);
	size_t i = emap_slot(m, k, len, h);

	*added = 0;
	if (m->slot[i] == 0) {
		assert(m->n < m->cap);
		m->e[m->n].k = k;
		m->e[m->n].len = len;
		m->e[m->n].h = h;
		m->e[m->n].v = 0;
		m->slot[i] = (uint32_t)++m->n;
		*added = 1;
	}
	return m->slot[i] - 1;
}

/* Whether an entity type (one of the literals "person", "org", "place",
   "other") is t: the first byte settles most tests. */
static int
type_is(const char *type, const char *t)
{
	return type[0] == t[0] && strcmp(type, t) == 0;
}

static int
cmp_mention(const void *a, const void *b)
{
	const struct ent_mention *x = a, *y = b;

	if (x->f != y->f)
		return x->f < y->f ? -1 : 1;
	return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

px_status
px__cl_entities(const struct px_extractor *x, struct field_in *f, size_t nf,
		struct claim_sink *sinks, struct ent_table *et)
{
	size_t fi = 0, k = 0;
	struct maybe maybe = {NULL, 0, 0};
	px_status ret = PX_OK;

	/* about one name per sixteen tokens: the table reserved at once */
	for (fi = 0; fi < nf; fi++)
		k += f[fi].tk->n / 16;
	if (px_grow((void **)&et->m, &et->cap, k + 8, sizeof(*et->m))) {
		ret = PX_ENOMEM;
		goto out;
	}
	k = 0;
	for (fi = 0; fi < nf; fi++) {
		struct toks *tk = f[fi].tk;
		const struct px_doc *doc = f[fi].doc;
		size_t s = 0;
		for (s = 0; s < doc->n_sents; s++) {
			size_t t0 = f[fi].sent_tok[s], t1 = f[fi].sent_tok[s + 1];
			size_t i = t0;
			while (t1 > t0 && tk->t[t1 - 1].start >= doc->sents[s].end)
				t1--;
			while (i < t1) {
				size_t e = 0, a = i, ta = 0;
				int titled = 0;
				struct ent_mention m;
				/* most tokens are no capitalised word: one flag test
				   each (t1 <= tk->n) */
				if ((tk->t[i].flags & (TF_CAP | TF_USED)) != TF_CAP) {
					i++;
					continue;
				}
				/* "Because McCain ...", "I": a clause word opens no name */
				if (px__cl_tok_among(tk, i, clause_words)) {
					i++;
					continue;
				}
				e = name_run(x, tk, i, t1);
				if (e <= i) {
					i++;
					continue;
				}
				/* Sentence-initial function words and lone common nouns. */
				if (i == t0 || (tk->t[i].flags & TF_SENT) || opens_quote(tk, i - 1)) {
					uint32_t fl = px__cl_lex_flags(x, tk, i);
					int plural = 0;
					if ((fl & (LX_STOP | LX_CUE | LX_PRONOUN | LX_DATEWORD)) ||
					    (e == i + 1 && !(tk->t[i].flags & TF_UPPER) &&
					     px__cl_lex_noun(x, tk->text + tk->t[i].start,
							     tk->t[i].end - tk->t[i].start, &plural))) {
						if (e == i + 1 || (fl & (LX_STOP | LX_PRONOUN | LX_DATEWORD))) {
							/* a surname that is also a noun ("Quill
							   said"): kept aside until the article's
							   people are known */
							if (e == i + 1 &&
							    !(fl & (LX_STOP | LX_CUE | LX_PRONOUN | LX_DATEWORD)) &&
							    add_maybe(&maybe, fi, i)) {
								ret = PX_ENOMEM;
								goto out;
							}
							i++;
							continue;
						}
					}
				}
				/* Titles: the longest title prefix leaving a name. */
				while (a < e) {
					size_t after = a;
					if (!is_title(x, tk, a, e, &after) || after >= e)
						break;
					/* "Secretary of State Antony Blinken" */
					if (after + 2 < e && px__cl_tok_is(tk, after, "of") && cap_word(tk, after + 1) &&
					    after + 2 < e)
						after += 2;
					a = after;
					titled = 1;
				}
				/* "Treasury Secretary Lawrence Summers": a title after one capitalised word */
				if (!titled && e - i >= 3) {
					size_t after = i + 1;
					if (is_title(x, tk, i + 1, e, &after) && after < e) {
						a = after;
						titled = 1;
					}
				}
				while (a < e && connector(tk, a))
					a++;
				if (a >= e) {
					i = e;
					continue;
				}
				ta = a;
				memset(&m, 0, sizeof m);
				m.f = fi;
				m.t0 = ta;
				m.t1 = e;
				m.start = tk->t[ta].start;
				m.end = tk->t[e - 1].end;
				m.name = copy_span(&sinks[fi], tk, ta, e);
				m.type = classify(x, tk, ta, e, titled);
				/* "the Harbor Ledger", "a Halden Courier report": a
				   person's name takes no article */
				if (!titled && ta > t0 && type_is(m.type, "person") &&
				    (px__cl_tok_is(tk, ta - 1, "the") || px__cl_tok_is(tk, ta - 1, "a") ||
				     px__cl_tok_is(tk, ta - 1, "an")))
					m.type = "other";
				if (titled) {
					size_t r0 = i;
					if (r0 > t0 && (px__cl_tok_is(tk, r0 - 1, "former") ||
							px__cl_tok_is(tk, r0 - 1, "acting") ||
							px__cl_tok_is(tk, r0 - 1, "deputy") ||
							px__cl_tok_is(tk, r0 - 1, "interim")))
						r0--;
					m.role = copy_span(&sinks[fi], tk, r0, ta);
				}
				/* A lone month, weekday or title is not a name. */
				if (e == ta + 1 && (px__cl_lex_flags(x, tk, ta) & (LX_MONTH | LX_WEEKDAY | LX_TITLE | LX_RELDATE)))
					m.name = NULL;
				if (m.name && add_mention(et, &m)) {
					ret = PX_ENOMEM;
					goto out;
				}
				i = e;
			}
		}
	}
	/* Aliases: surnames and acronyms take the fullest name in the article.
	   Two maps keep this linear: a person's last word -> that person,
	   an organisation's initials -> that organisation. */
	{
		struct emap sur = {NULL, NULL, 0, 0, 0}, acr = {NULL, NULL, 0, 0, 0};
		size_t n0 = et->n;
		/* the initials of mention k are kept at acbuf + 32 k: map keys */
		char *acbuf = px_alloc((n0 ? n0 : 1) * 32);
		px_status st = acbuf == NULL ? PX_ENOMEM : emap_init(&sur, n0);
		if (st == PX_OK)
			st = emap_init(&acr, n0);
		for (k = 0; k < n0 && st == PX_OK; k++) {
			struct ent_mention *o = &et->m[k];
			const struct toks *tko = f[o->f].tk;
			uint32_t id = 0;
			int added = 0;
			o->canonical = o->name;
			if (o->t1 - o->t0 < 2)
				continue;
			if (type_is(o->type, "person")) {
				const struct tok *last = &tko->t[o->t1 - 1];
				id = emap_intern(&sur, tko->text + last->start, last->end - last->start, &added);
				if (added || strlen(et->m[sur.e[id].v].name) < strlen(o->name))
					sur.e[id].v = k;
			} else {
				char *ac = acbuf + 32 * k;
				size_t an = acronym(tko, o->t0, o->t1, ac, 32);
				if (an >= 2) {
					id = emap_intern(&acr, ac, an, &added);
					if (added)
						acr.e[id].v = k;
				}
			}
		}
		/* "Quill said": a sentence-initial noun that is a person's surname */
		for (k = 0; k + 1 < maybe.n && st == PX_OK; k += 2) {
			const struct toks *tk = f[maybe.v[k]].tk;
			const struct tok *w = &tk->t[maybe.v[k + 1]];
			uint32_t id = 0;
			struct ent_mention m;
			if (!emap_find(&sur, tk->text + w->start, w->end - w->start, &id))
				continue;
			memset(&m, 0, sizeof m);
			m.f = maybe.v[k];
			m.t0 = maybe.v[k + 1];
			m.t1 = m.t0 + 1;
			m.start = w->start;
			m.end = w->end;
			m.name = copy_span(&sinks[m.f], tk, m.t0, m.t1);
			m.type = "person";
			m.canonical = m.name;
			if (m.name == NULL || add_mention(et, &m))
				st = PX_ENOMEM;
		}
		for (k = 0; k < et->n && st == PX_OK; k++) {
			struct ent_mention *m = &et->m[k];
			const struct toks *tk = f[m->f].tk;
			uint32_t id = 0;
			if (m->t1 != m->t0 + 1)
				continue;
			if (!(tk->t[m->t0].flags & TF_UPPER)) {
				if (emap_find(&sur, tk->text + m->start, m->end - m->start, &id)) {
					m->canonical = et->m[sur.e[id].v].name;
					m->type = "person";
				}
			} else if (emap_find(&acr, tk->text + m->start, m->end - m->start, &id)) {
				const struct ent_mention *o = &et->m[acr.e[id].v];
				m->canonical = o->name;
				m->type = type_is(o->type, "other") ? "org" : o->type;
			}
		}
		emap_release(&sur);
		emap_release(&acr);
		px_free(acbuf);
		if (st) {
			ret = st;
			goto out;
		}
		/* The surnames were appended in (field, token) order after the
		   mentions, also in that order, and none starts where a mention
		   does: one merge from the back puts them in place (ties would
		   keep the earlier mention first, as a stable sort). */
		if (et->n > n0 && n0 > 0) {
			size_t a = n0, b = et->n - n0, o = et->n;
			struct ent_mention *tmp = px_alloc(b * sizeof(*tmp));
			if (tmp == NULL) {
				ret = PX_ENOMEM;
				goto out;
			}
			memcpy(tmp, et->m + n0, b * sizeof(*tmp));
			while (b > 0) {
				if (a > 0 && cmp_mention(&et->m[a - 1], &tmp[b - 1]) > 0)
					et->m[--o] = et->m[--a];
				else
					et->m[--o] = tmp[--b];
			}
			px_free(tmp);
		}
	}
	/* Places by context: a name read as "other" that some mention shows to
	   be a place (after "in", "near", "outside" ... or as the dateline
	   city) is a place in every mention; a name read as a person only for
	   its shape (no title) needs that in half of its mentions and no
	   surname reference ("in Hillary Clinton's" or "confidence in Kimi
	   Raikkonen" do not make places). Maps from canonical name to
	   counts: evidence, mentions, and a flag for one-word references. */
	{
		struct emap where = {NULL, NULL, 0, 0, 0};
		/* each mention's entry, found once: the second walk reads it */
		uint32_t *wid = et->n > 0 ? px_alloc(et->n * sizeof(*wid)) : NULL;
		px_status st = et->n > 0 && wid == NULL ? PX_ENOMEM : emap_init(&where, et->n);
		for (k = 0; k < et->n && st == PX_OK; k++) {
			const struct ent_mention *m = &et->m[k];
			uint32_t id = 0;
			int added = 0;
			uintptr_t *v = NULL;
			int pc = 0;
			if (m->canonical == NULL)
				continue;
			id = emap_intern(&where, m->canonical, strlen(m->canonical), &added);
			wid[k] = id;
			v = &where.e[id].v;
			if (added)
				*v = 0;
			/* bits 0-13: mentions; 14-27: evidence (both capped);
			   bit 28: a one-word reference to a longer name, or a
			   titled mention; bit 29: a dateline */
			if ((*v & 0x3fff) < 0x3fff)
				*v += 1;
			pc = place_context(x, f[m->f].tk, m, f[m->f].field);
			if (((*v >> 14) & 0x3fff) < 0x3fff && pc)
				*v += (uintptr_t)1 << 14;
			if (pc == 2)
				*v |= (uintptr_t)1 << 29;
			if ((m->t1 == m->t0 + 1 && strcmp(m->name, m->canonical) != 0) || m->role != NULL)
				*v |= (uintptr_t)1 << 28;
		}
		for (k = 0; k < et->n && st == PX_OK; k++) {
			struct ent_mention *m = &et->m[k];
			uint32_t id = 0;
			uintptr_t v = 0, n = 0, ev = 0;
			if (m->canonical == NULL || m->role != NULL ||
			    (!type_is(m->type, "other") && !type_is(m->type, "person") &&
			     !type_is(m->type, "org")))
				continue;
			id = wid[k];
			v = where.e[id].v;
			/* an all-capitals word reads as an acronym (org) unless it
			   opens the dateline */
			if (type_is(m->type, "org") && !((v >> 29) & 1 && m->t1 == m->t0 + 1 &&
							     strcmp(m->name, m->canonical) == 0))
				continue;
			n = v & 0x3fff;
			ev = (v >> 14) & 0x3fff;
			if (ev == 0)
				continue;
			if (type_is(m->type, "person") && (((v >> 28) & 1) || 2 * ev < n))
				continue;
			m->type = "place";
		}
		emap_release(&where);
		px_free(wid);
		if (st) {
			ret = st;
			goto out;
		}
	}
	/* A person's later full mentions agree with the first full one. */
	for (k = 0; k < et->n; k++) {
		struct ent_mention *m = &et->m[k];
		struct px_claim *c = px__cl_sink_add(&sinks[m->f], PX_CLAIM_ENTITY, m->start, m->end);
		if (c == NULL) {
			ret = sinks[m->f].failed ? sinks[m->f].failed : PX_ENOMEM;
			goto out;
		}
		c->u.entity.name = m->name;
		c->u.entity.type = m->type;
		c->u.entity.canonical = m->canonical;
		c->u.entity.role = m->role;
	}
out:
	px_free(maybe.v);
	return ret;
}
