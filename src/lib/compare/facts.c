/*
 * Facts with values: quantities and dates stated by several sources.
 *
 * A mention is one quantity or date claim with its context (the content
 * stems around it). Mentions of different articles align when their kind
 * of value is the same (unit, or the class of what is counted) and their
 * contexts are similar; aligned mentions are merged greedily, strongest
 * pair first, into facts holding at most one mention per article, and
 * only when every pair in the merged fact is similar enough (no chains).
 *
 * A fact whose values are all compatible (intervals overlap: `more than
 * 500` and `about 520`) is an agreement; one whose values fall into
 * incompatible groups is a conflict, unless the difference is explained:
 * a figure reported as updated, a subset beside its total, a figure inside
 * a quote beside a reported one, figures from different claimants, figures
 * anchored at different days, a noun marked as a different referent. Each
 * explained difference is kept as a dismissal for --explain.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compare_internal.h"
#include "core_internal.h"
#include "../claim/naming.h"
#include "../claim/time_units.h"

#define CTX_WINDOW 8
#define QUOTE_SPAN ((size_t)1 << 16) /* the longest quote in_quote looks back over */
/* Explanations of a difference of scope, after which a mention may rejoin
 * the side its value fits (rejoin_explained). */
#define WHY_PERIOD_TOTAL "a total over a period beside a figure for one time"
#define WHY_QUOTED_STANCE "one side is a quoted position, the other a reported act"

#define CONFLICT_SHARED 3 /* context words two sides of a quantity dispute share */
#define STANCE_UNDECIDED 2 /* a stance's polarity when the act is not yet decided on */

enum {
	M_INQUOTE = 1 << 0,
	M_UPDATE = 1 << 1,
	M_SUBSET = 1 << 2,
	M_DISTINCT = 1 << 3,
	M_TOTAL = 1 << 4,   /* a total over a period ("a total of", "over the
			       past three years") */
	M_LEADKEY = 1 << 5, /* the first figure of its kind in its article,
			       in the lead: the story's main figure */
	M_REPORTED = 1 << 6, /* quote: reported speech, the words paraphrased */
	M_NOAGENT = 1 << 7,  /* stance: a passive that names no actor ("Visits
				to the wards are banned") */
	M_OPENSUBJ = 1 << 8, /* stance: the subject names no one ("it", "the
				company") */
	M_PART = 1 << 9,     /* quantity: the part in "180 of its 560" */
	M_WHOLE = 1 << 10,   /* quantity: the whole in "180 of its 560" */
	M_FORECAST = 1 << 11, /* date: a hoped-for or expected day ("hopes to
				 reconnect the town by Wednesday") */
	M_SHORT = 1 << 12,    /* quote: two content words only ("We let our
				 customers down"), compared by its letters */
	M_PLANNED = 1 << 13,  /* date: of something to come ("will meet on
				 Thursday", "is due to appear on Monday") */
	M_DONE = 1 << 14,     /* date: of something done, told in the past
				 tense ("passed the bill on Tuesday") */
	M_FRAGMENT = 1 << 15, /* quote: a fragment inside the reporter's
				 sentence, read as reported speech */
	M_MATTER = 1 << 16,   /* stance: the object names the story's matter
				 in a general noun ("the deal", "the plan") */
	M_THAT = 1 << 17,     /* stance: on a that-clause ("confirmed that
				 part of its alarm had been switched off") */
	M_DIGIT = 1 << 18,    /* date: its words hold a digit ("16 June",
				 "23:40"; not "on Tuesday", "today"), has_digit()
				 once per mention, not once per pair compared */
	M_RESPONSE = 1 << 19, /* stance: a party's answer to a ruling ("would
				 appeal", "accepted the judgment", "would not
				 contest the decision"), response_to_ruling() */
	M_BLAME = 1 << 20,    /* stance: on its own blame ("accepted
				 responsibility for the leaks", "denies that it
				 is to blame"), blame_words() */
	M_VOTE = 1 << 21,     /* quantity: a vote's tally ("voted 8-5", "by
				 nine votes to four"), vote_tally() once per
				 mention */
	M_JOINONLY = 1 << 22, /* quote: a fragment of two or three content
				 words, which only joins its own speaker's
				 quotation ("is not a car alarm") */
	M_PRICED = 1 << 23,   /* quantity: money told before the noun it values
				 ("The €610m mission", "the £25,000 prize") */
	M_MARGIN = 1 << 24,   /* quantity: a vote's margin ("passed by a
				 majority of nine"), compared with tallies by
				 the difference of their two sides */
	M_RUNNING = 1 << 25   /* quantity: a running total told as one ("has
				 so far raised", "to date") and no change of
				 it ("rose to") */
};

/* Stances on one object however it is worded: answers to a ruling, or
 * positions on one's own blame. */
#define M_ANSWER (M_RESPONSE | M_BLAME)

/*
 * The whole words of a text (maximal runs of isalnum() bytes), each
 * different one once in a hash table of open addressing, read from the
 * text the first time a word is looked up: open_names() asks whether a
 * name is a word of an article for pairs of stance mentions, and a search
 * of the whole text per pair was most of its time on long articles.
 */
struct word_slot {
	uint64_t hash;
	uint32_t off, len; /* len 0: empty */
};

struct art_words {
	const char *text;
	struct word_slot *tab;
	size_t mask;
	size_t n;
	int state; /* 0: not read yet, 1: read, -1: no memory or too long */
};

struct mention {
	struct cmp_sent *s;
	const struct px_claim *c;
	struct cmp_vec ctx;
	char key[64];   /* what kind of value: "%", "USD", "count:people" */
	double lo, hi;  /* the interval it stands for */
	double scale;   /* quantity: the factor from the claim's unit to the key's */
	unsigned flags;
	size_t fact;    /* union-find parent */
	const char *about;
	const char *value; /* notation when not computed from the claim */
	int polarity;      /* stance: +1 or -1, or STANCE_UNDECIDED */
	const char *actor; /* stance: who acts, or NULL */
	const char *object; /* stance: the object's stem; date: the stem of
			       its verb of expecting (forecast), or NULL */
	const char *act_on; /* stance: "approved a ban on wood-burning stoves":
			       the stem of what the act its noun names is on
			       ("stove"), or NULL */
	int act_polarity;   /* stance: the polarity on act_on */
	const char *verb;   /* stance: the verb's stem when the polarity comes
			       from a negation alone ("would not bring in"),
			       NULL for a predicate of the lexicon; date: the
			       stem of the past verb it is told with
			       (date_verb), or NULL */
	const struct px_claims *claims; /* the article's claims */
	const char *head;   /* quantity: the counted noun, else the stem of
			       the nearest content word ("Turnout was 54%") */
	unsigned frame;     /* quantity: what the predicate beside it
			       measures (data/compare_frames_en.txt), 0: none */
	const struct px_date *when; /* quantity: the time it is stated for
				       ("12 dead on Tuesday"), or NULL */
	const struct px_claim *when_claim; /* the date claim of when */
	const char *owner;  /* quantity: the person or organisation named
			       just before it in its clause, or NULL */
	unsigned moment;    /* quantity: the moment class it is stated for
			       ("at half-time"), 0 when none */
	double period;      /* quantity: the length in days of the period
			       a total is over, 0 when not told, -1 for
			       "a total of" with no period at all */
	struct cmp_vec subj; /* stance: the words before the predicate */
	size_t subj_from, subj_to; /* stance: their token range */
	const char *art_date; /* the article's date ("2025-06-03..."), or NULL */
	struct art_words *words; /* stance: the words of its article's text
				    (open_names), or NULL */
};

struct edge {
	size_t a, b;
	double w;
};

/* A new mention of sentence s and claim c (or NULL) at the end of *m, of
 * n before it, zeroed but for those and its own fact; NULL when out of
 * memory. */
static struct mention *
new_mention(struct mention **m, size_t *cap, size_t n, struct cmp_sent *s, const struct px_claim *c)
{
	struct mention *mm = NULL;

	if (px_grow((void **)m, cap, n + 1, sizeof(**m)) != PX_OK)
		return NULL;
	mm = &(*m)[n];
	memset(mm, 0, sizeof(*mm));
	mm->s = s;
	mm->c = c;
	mm->fact = n;
	return mm;
}

/* Token range of a claim span within its sentence. */
static void
claim_tokens(const struct cmp_sent *s, size_t start, size_t end, size_t *from,
	     size_t *to)
{
	const struct px_doc *d = s->doc;
	const struct px_sentence *se = &d->sents[s->idx];
	size_t i = 0;

	*from = se->tok_start;
	*to = se->tok_start;
	for (i = se->tok_start; i < se->tok_end; i++) {
		if (d->toks[i].end <= start)
			*from = i + 1;
		if (d->toks[i].start < end)
			*to = i + 1;
	}
	if (*to < *from)
		*to = *from;
}

/* The quote claims of article a (x->quote_ix[a]); NULL when out of memory
   (x->st set). */
static const uint32_t *
quote_index(struct cmp_ctx *x, size_t a, size_t *n)
{
	const struct px_claims *cl = x->in[a].claims;
	uint32_t *ix = NULL;
	size_t i = 0, k = 0;

	*n = 0;
	if (x->quote_ix == NULL) {
		x->quote_ix = px_arena_alloc(&x->scratch, (x->n ? x->n : 1) * sizeof(*x->quote_ix));
		x->n_quote_ix = px_arena_alloc(&x->scratch, (x->n ? x->n : 1) * sizeof(*x->n_quote_ix));
		if (x->quote_ix == NULL || x->n_quote_ix == NULL) {
			x->quote_ix = NULL;
			x->st = PX_ENOMEM;
			return NULL;
		}
		memset(x->quote_ix, 0, x->n * sizeof(*x->quote_ix));
	}
	if (x->quote_ix[a] == NULL) {
		for (i = 0; i < cl->n; i++)
			k += cl->items[i].kind == PX_CLAIM_QUOTE;
		ix = px_arena_alloc(&x->scratch, (k ? k : 1) * sizeof(*ix));
		if (ix == NULL || cl->n > UINT32_MAX) {
			x->st = PX_ENOMEM;
			return NULL;
		}
		for (i = k = 0; i < cl->n; i++)
			if (cl->items[i].kind == PX_CLAIM_QUOTE)
				ix[k++] = (uint32_t)i;
		x->quote_ix[a] = ix;
		x->n_quote_ix[a] = k;
	}
	*n = x->n_quote_ix[a];
	return x->quote_ix[a];
}

/*
 * Whether claim c of article art lies inside a quote of its article. A quote
 * holding c starts before it: back from the last quote starting at or
 * before c (claims are sorted by field and start), over at most 64 KiB of
 * text (QUOTE_SPAN). Only the article's quote claims are read (a scan of
 * every claim back over 64 KiB was 0.7% of bench-news's report, long
 * articles holding thousands of claims).
 */
static int
in_quote(struct cmp_ctx *x, size_t art, const struct px_claim *c)
{
	const struct px_claims *cl = x->in[art].claims;
	size_t a = 0, b = 0;
	const uint32_t *qi = quote_index(x, art, &b);

	if (qi == NULL)
		return 0;
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		const struct px_claim *o = &cl->items[qi[mid]];
		if (o->field < c->field || (o->field == c->field && o->start <= c->start))
			a = mid + 1;
		else
			b = mid;
	}
	while (a-- > 0) {
		const struct px_claim *q = &cl->items[qi[a]];
		if (q->field != c->field || q->start + QUOTE_SPAN < c->start)
			break;
		if (q->u.quote.q_start <= c->start && c->end <= q->u.quote.q_end)
			return 1;
	}
	return 0;
}

/* Append len bytes of s to buf (cap bytes, *n used) as snprintf(buf + *n,
   cap - *n, "%s", s) would: what fits, NUL-terminated, *n growing by the
   whole length. */
static void
about_put(char *buf, size_t cap, size_t *n, const char *s, size_t len)
{
	if (*n < cap) {
		size_t fit = len < cap - 1 - *n ? len : cap - 1 - *n;
		memcpy(buf + *n, s, fit);
		buf[*n + fit] = '\0';
	}
	*n += len;
}

/* The words of a mention's context with the highest weight, as "about". */
static const char *
make_about(struct cmp_ctx *x, const struct mention *m, const char *head)
{
	const struct px_doc *d = m->s->doc;
	size_t from = 0, to = 0, i = 0, k = 0;
	const char *pick[3] = {NULL, NULL, NULL};
	float pw[3] = {0, 0, 0};
	char buf[256];
	size_t n = 0;
	const char *first = head ? head : "figure";
	const struct px_sentence *se = &d->sents[m->s->idx];

	claim_tokens(m->s, m->c->start, m->c->end, &from, &to);
	from = from > se->tok_start + CTX_WINDOW ? from - CTX_WINDOW : se->tok_start;
	to = to + CTX_WINDOW < se->tok_end ? to + CTX_WINDOW : se->tok_end;
	for (i = from; i < to; i++) {
		const struct px_token *t = &d->toks[i];
		uint32_t id = 0;
		float w = 0;
		if (!px__cmp_content_word(t) || (t->start < m->c->end && t->end > m->c->start))
			continue;
		if (head && strcmp(t->fold, head) == 0)
			continue;
		id = px__cmp_tok_term(x, d, i);
		if (id < x->idfw_cap)
			w = x->idfw[id];
		for (k = 0; k < 3; k++) {
			if (pick[k] && strcmp(pick[k], t->fold) == 0)
				break;
			if (w > pw[k]) {
				memmove(pick + k + 1, pick + k, (2 - k) * sizeof(*pick));
				memmove(pw + k + 1, pw + k, (2 - k) * sizeof(*pw));
				pick[k] = t->fold;
				pw[k] = w;
				break;
			}
		}
	}
	/* "head (word, word, word)", cut to the buffer as snprintf cuts. */
	about_put(buf, sizeof buf, &n, first, strlen(first));
	for (k = 0; k < 3 && pick[k] && n > 0 && n < sizeof buf; k++) {
		about_put(buf, sizeof buf, &n, k ? ", " : " (", 2);
		about_put(buf, sizeof buf, &n, pick[k], strlen(pick[k]));
	}
	if (pick[0] && n > 0 && n < sizeof buf - 1)
		about_put(buf, sizeof buf, &n, ")", 1);
	return px__cmp_strdup(x, buf, n > 0 && n < sizeof buf ? n : strlen(buf));
}

/* What kind of value a quantity is; 0 when it should not be compared. */
/*
 * Units of one measure compared on one scale, by exact conversion factors
 * ("148 km/h" is 41.1 m/s, "six miles" 9.66 km): the base unit and the
 * factor to it, NULL for units compared as they are (currencies, whose
 * rates change; temperatures, which are not proportional; "ton", which is
 * short, long or metric by country).
 */
static const char *
base_unit(const char *unit, double *scale)
{
	static const struct {
		const char *unit, *base;
		double f;
	} conv[] = {
		{"m/s", "m/s", 1},	   {"km/h", "m/s", 1 / 3.6},	 {"mph", "m/s", 0.44704},
		{"kn", "m/s", 1852.0 / 3600},
		{"m", "m", 1},		   {"km", "m", 1000},		 {"cm", "m", 0.01},
		{"mm", "m", 0.001},	   {"dm", "m", 0.1},		 {"mi", "m", 1609.344},
		{"ft", "m", 0.3048},	   {"in", "m", 0.0254},		 {"yd", "m", 0.9144},
		{"nmi", "m", 1852},	   {"AU", "m", 1.495978707e11},	 {"ly", "m", 9.4607304725808e15},
		{"kg", "kg", 1},	   {"g", "kg", 0.001},		 {"mg", "kg", 1e-6},
		{"t", "kg", 1000},	   {"Mt", "kg", 1e9},		 {"Gt", "kg", 1e12},
		{"lb", "kg", 0.45359237},  {"oz", "kg", 0.028349523125}, {"st", "kg", 6.35029318},
		{"l", "l", 1},		   {"ml", "l", 0.001},		 {"cl", "l", 0.01},
		{"m3", "l", 1000},
		{"m2", "m2", 1},	   {"km2", "m2", 1e6},		 {"ha", "m2", 1e4},
		{"acre", "m2", 4046.8564224}, {"sq mi", "m2", 2589988.110336}, {"sq ft", "m2", 0.09290304},
	};
	size_t i = 0;
	double days = px__unit_days(unit);

	if (days > 0) {
		*scale = days; /* durations in days */
		return "day";
	}
	for (i = 0; i < sizeof conv / sizeof conv[0]; i++)
		if (strcmp(unit, conv[i].unit) == 0) {
			*scale = conv[i].f;
			return conv[i].base;
		}
	return NULL;
}

/* Whether w[0..wl) is one of the lower-case words of list, in any case.
 * The first byte, folded as strncasecmp folds it, turns most words away
 * before their strlen. */
static int
word_among(const char *w, size_t wl, const char *const *list)
{
	size_t k = 0;
	char c = '\0';

	if (wl == 0)
		return 0;
	c = w[0] >= 'A' && w[0] <= 'Z' ? (char)(w[0] - 'A' + 'a') : w[0];
	for (k = 0; list[k]; k++)
		if (list[k][0] == c && strlen(list[k]) == wl && strncasecmp(list[k], w, wl) == 0)
			return 1;
	return 0;
}

/* Whether a counted noun names homes: the dwellings a supply, a flood or
 * an evacuation is counted in, whatever the dictionary's class for it
 * ("properties" are possessions there, "households" groups). */
static int
dwelling(const char *noun)
{
	static const char *const homes[] = {"homes", "households", "houses", "properties",
					    "premises", "dwellings", "residences", NULL};

	return word_among(noun, strlen(noun), homes);
}

static int
quantity_key(const struct px_quantity *q, char *key, size_t cap, double *scale)
{
	*scale = 1;
	if (q->flags & PX_QTY_SCORE || (q->unit && strcmp(q->unit, "score") == 0)) {
		snprintf(key, cap, "score");
		return 1;
	}
	if (q->flags & PX_QTY_VAGUE)
		return 0;
	if (q->unit && strcmp(q->unit, "%") == 0) {
		snprintf(key, cap, "%%");
		return 1;
	}
	if ((q->unit == NULL || q->unit[0] == '\0') &&
	    ((q->flags & PX_QTY_FRACTION) || (q->value > 0 && q->value < 1))) {
		*scale = 100; /* two-thirds of -> 66.7% */
		snprintf(key, cap, "%%");
		return 1;
	}
	if (q->unit && q->unit[0]) {
		const char *base = base_unit(q->unit, scale);
		snprintf(key, cap, "%s", base ? base : q->unit);
		return 1;
	}
	/* "4,200 properties", "4,200 homes and businesses", "more than
	 * 6,000 households": homes however they are called. */
	if (q->counts && dwelling(q->counts)) {
		snprintf(key, cap, "count:homes");
		return 1;
	}
	if (q->cls && q->cls[0]) {
		/* "nearly 400 jobs" and "380 people out of work": a job is
		 * one person's, so jobs are counted as people. */
		snprintf(key, cap, "count:%s", strcmp(q->cls, "jobs") == 0 ? "people" : q->cls);
		return 1;
	}
	if (q->counts && q->counts[0]) {
		snprintf(key, cap, "noun:%s", q->counts);
		return 1;
	}
	return 0;
}

/*
 * A rate after a figure ("14,800 crowns a month", "5,000 crowns per
 * household", "€90,000 annually"): figures per different bases are
 * different measures.
 */
static const char *
rate_after(const struct cmp_sent *s, size_t to)
{
	/* an adverb of a period is "a" and that period ("€90,000 annually"
	 * is "€90,000 a year"), as stemmed */
	static const char *const adverbs[][2] = {{"annually", "year"}, {"yearly", "year"},
						 {"monthly", "month"}, {"weekly", "week"},
						 {"daily", "day"}, {"hourly", "hour"}};
	const struct px_doc *d = s->doc;
	const struct px_sentence *se = &d->sents[s->idx];
	size_t j = 0, k = 0;

	if (to < se->tok_end && d->toks[to].fold)
		for (k = 0; k < sizeof adverbs / sizeof adverbs[0]; k++)
			if (strcmp(d->toks[to].fold, adverbs[k][0]) == 0)
				return adverbs[k][1];

	/* Right after the figure ("has touched a nerve" is no rate). */
	for (j = to; j + 1 < se->tok_end && j < to + 1; j++) {
		const char *f = d->toks[j].fold;
		if (f == NULL)
			continue;
		if (strcmp(f, "per") == 0 || strcmp(f, "a") == 0 || strcmp(f, "an") == 0 ||
		    strcmp(f, "each") == 0 || strcmp(f, "every") == 0) {
			const struct px_token *t = &d->toks[j + 1];
			if ((t->flags & PX_TOK_WORD) && !(t->flags & PX_TOK_NUMBER) && t->stem)
				return t->stem;
			return NULL;
		}
		if (d->toks[j].flags & PX_TOK_PUNCT)
			return NULL;
	}
	return NULL;
}

/* Whether text[a..b) is " of ", " of the ", " of its ", ... */
static int
is_part_of_gap(const char *t, size_t a, size_t b)
{
	static const char *const gaps[] = {" of ", " of the ", " of its ", " of their ",
					   " of his ", " of her ", " of our ", " out of ", NULL};
	static const char *const order[] = {"last ", "first ", "past ", "next ", "previous ", NULL};
	size_t i = 0, k = 0;

	for (i = 0; gaps[i]; i++) {
		size_t gl = strlen(gaps[i]);
		if (b - a == gl && strncasecmp(t + a, gaps[i], b - a) == 0)
			return 1;
		/* "eight of their last 13 matches" */
		for (k = 0; order[k] && b - a > gl && strncasecmp(t + a, gaps[i], gl) == 0; k++)
			if (b - a == gl + strlen(order[k]) && strncasecmp(t + a + gl, order[k], b - a - gl) == 0)
				return 1;
	}
	return 0;
}

/*
 * The claims of claim c's sentence: items[*lo..*hi) of cl. Claims are
 * sorted by field and start and a claim's sentence is the last one
 * starting at or before it, so a sentence's claims are adjacent.
 */
static void
claim_sentence(const struct px_claims *cl, const struct px_claim *c, size_t *lo, size_t *hi)
{
	size_t a = (size_t)(c - cl->items), b = a + 1;

	if (c < cl->items || a >= cl->n) {
		*lo = 0;
		*hi = cl->n; /* not one of cl's: every claim */
		return;
	}
	while (a > 0 && cl->items[a - 1].field == c->field && cl->items[a - 1].sentence == c->sentence)
		a--;
	while (b < cl->n && cl->items[b].field == c->field && cl->items[b].sentence == c->sentence)
		b++;
	*lo = a;
	*hi = b;
}

/* Whether token t is the word w (lower case); the first byte turns most
 * tokens away before strcmp is called. */
static int
fold_is(const struct px_token *t, const char *w)
{
	return t->fold && t->fold[0] == w[0] && strcmp(t->fold, w) == 0;
}

/*
 * Whether the figure at token `from` follows a bare "from" (one or two
 * words before it, not "up from" or "down from").
 */
static int
bare_from(const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	size_t k = 0;

	for (k = 1; k <= 2 && from >= se->tok_start + k; k++)
		if (fold_is(&d->toks[from - k], "from"))
			return !(from >= se->tok_start + k + 1 &&
				 (fold_is(&d->toks[from - k - 1], "up") ||
				  fold_is(&d->toks[from - k - 1], "down")));
	return 0;
}

/*
 * Whether claim c's sentence has another figure of c's dimension: a
 * figure after a bare "from" is an earlier value only beside the value it
 * went to ("rose from 2 metres to 3.4 metres"); alone, it is where
 * something came from ("dropped from around 200 feet").
 */
static int
measure_sibling(const struct px_claims *cl, const struct px_claim *c)
{
	size_t lo = 0, hi = 0, i = 0;
	const char *dim = c->u.quantity.dim ? c->u.quantity.dim : "";

	claim_sentence(cl, c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *o = &cl->items[i];
		if (o != c && o->kind == PX_CLAIM_QUANTITY &&
		    strcmp(o->u.quantity.dim ? o->u.quantity.dim : "", dim) == 0)
			return 1;
	}
	return 0;
}

static const char *const part_dets[] = {"the", "its", "their", "his", "her", "our", "these",
					"those", NULL};

/* "Three of its six carriages": the first is a part, the second a total. */
static int
part_or_total(const struct px_claims *cl, const struct px_claim *c, const char *text)
{
	size_t i = 0, lo = 0, hi = 0;

	claim_sentence(cl, c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *o = &cl->items[i];
		if (o == c || o->kind != PX_CLAIM_QUANTITY || o->field != c->field ||
		    o->sentence != c->sentence)
			continue;
		if (o->start >= c->end && is_part_of_gap(text, c->end, o->start))
			return 1; /* c is the part */
		if (c->start >= o->end && is_part_of_gap(text, o->end, c->start))
			return 2; /* c is the whole */
	}
	return 0;
}

static int same_day(const char *a, const char *b);

/* The person named within a few words of claim c, by the last word of
 * their full name ("Bente Solum, 54" -> "Solum"), or NULL. */
static const char *
person_near(const struct px_claims *cl, const struct px_claim *c)
{
	const char *best = NULL, *sp = NULL;
	size_t i = 0, best_gap = 41, lo = 0, hi = 0;

	claim_sentence(cl, c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *o = &cl->items[i];
		size_t gap = 0;
		if (o->kind != PX_CLAIM_ENTITY || o->field != c->field || o->sentence != c->sentence ||
		    o->u.entity.type == NULL || strcmp(o->u.entity.type, "person") != 0)
			continue;
		if (o->start >= c->end)
			gap = o->start - c->end;
		else if (c->start >= o->end)
			gap = c->start - o->end;
		else
			continue;
		if (gap < best_gap) {
			best_gap = gap;
			best = o->u.entity.canonical ? o->u.entity.canonical : o->u.entity.name;
		}
	}
	if (best && (sp = strrchr(best, ' ')) != NULL)
		best = sp + 1;
	return best;
}

/* Frame of a word already in its stemmed form, 0 when none. */
static unsigned
word_frame(const struct px_comparer *c, const char *stem)
{
	uint32_t id = 0;

	if (px_map_find(c->frames, stem, strlen(stem), &id) != PX_OK)
		return 0;
	return (unsigned)*px_map_value(c->frames, id);
}

/* Whether frame f may be the predicate of a value of the given kinds
 * (frames of no kind fit every value). */
static int
frame_fits(unsigned f, unsigned kinds)
{
	return (f & PX__FRAME_KINDS) == 0 || (f & kinds) != 0;
}

/* Frame of token t, 0 when none. */
static unsigned
token_frame(const struct px_comparer *c, const struct px_token *t)
{
	if (t->stem == NULL || !(t->flags & PX_TOK_WORD) || (t->flags & PX_TOK_NUMBER))
		return 0;
	return word_frame(c, t->stem);
}

/* Whether token t is a quote mark. */
static int
quote_mark(const struct px_token *t)
{
	return (t->flags & PX_TOK_PUNCT) && t->fold &&
	       (t->fold[0] == '"' || strcmp(t->fold, "“") == 0 || strcmp(t->fold, "”") == 0);
}

/* Whether token t is punctuation that ends a clause (a comma, a dash, a
 * bracket, a semicolon), not a quote mark, hyphen or apostrophe. */
static int
clause_punct(const struct px_token *t)
{
	/* The curly marks all begin with the byte 0xE2: other punctuation
	 * (most of it, commas and full stops) is told without a strcmp. */
	return (t->flags & PX_TOK_PUNCT) && t->fold != NULL && t->fold[0] != '-' &&
	       t->fold[0] != '\'' && t->fold[0] != '"' &&
	       (t->fold[0] != '\xE2' ||
		(strcmp(t->fold, "’") != 0 && strcmp(t->fold, "‘") != 0 &&
		 strcmp(t->fold, "“") != 0 && strcmp(t->fold, "”") != 0));
}

/* Whether token t's stem is one of the list's (verbs in any inflection:
 * "appeal" for "appealed", "challeng" for "challenges"). */
static int
stem_in(const struct px_token *t, const char *const *stems)
{
	size_t i = 0;

	for (i = 0; t->stem && stems[i]; i++)
		if (strcmp(t->stem, stems[i]) == 0)
			return 1;
	return 0;
}

/* Whether token t is a word (lower case) of the list. This runs for most
 * tokens of a clause against lists of a dozen words: the first two bytes
 * turn most words away before they are compared (the second is read only
 * when the first matched, so neither string is read past its end). */
static int
fold_in(const struct px_token *t, const char *const *words)
{
	const char *f = t->fold;
	size_t i = 0;

	if (f == NULL)
		return 0;
	for (i = 0; words[i]; i++)
		if (words[i][0] == f[0] &&
		    (f[0] == '\0' || (words[i][1] == f[1] && strcmp(f, words[i]) == 0)))
			return 1;
	return 0;
}

/* Whether token t ends a clause for the frame search: clause punctuation,
 * a quote mark, or a conjunction that starts another clause. */
static int
clause_break(const struct px_token *t)
{
	static const char *const words[] = {"and", "but", "while", "whereas", "including",
					    "after", "before", "when", "until", "unless", "because", NULL};

	if (t->flags & PX_TOK_PUNCT)
		return clause_punct(t) || quote_mark(t);
	return fold_in(t, words);
}

/*
 * Whether a cue of section sec stands among the n tokens before token i
 * in its clause (back to clause punctuation), not one of the words skip
 * (NULL: none): "whether" before a verb, "hoped to" before a date. The
 * nearest such cue's token plus one, or 0.
 */
static size_t
cue_before(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i,
	   size_t n, int sec, const char *const *skip)
{
	size_t j = 0, w = 0;

	for (j = i; j > se->tok_start && i - j < n; j--) {
		const struct px_token *t = &d->toks[j - 1];
		if (clause_punct(t))
			return 0;
		/* a cue of several words ends by token i ("calling on Halvern
		   to honour") */
		w = px__cmp_cue_len(x, sec, d, j - 1);
		if (w && j - 1 + w <= i && !(skip && fold_in(t, skip)))
			return j;
	}
	return 0;
}

/*
 * The comma before a figure told as the value of the noun before it ("the
 * fishermen's legal costs, estimated at £1.2 million", "a painting, valued
 * at $4m", "the deal, worth $2bn"): its token, or 0 when there is none.
 */
static size_t
valued_comma(const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	static const char *const at[] = {"estimated", "valued", "put", "priced", "costed",
					 "reckoned", NULL};
	static const char *const bare[] = {"worth", "totalling", "totaling", "costing", NULL};
	size_t c = 0;

	if (from >= se->tok_start + 3 && fold_is(&d->toks[from - 1], "at") &&
	    fold_in(&d->toks[from - 2], at))
		c = from - 3;
	else if (from >= se->tok_start + 2 && fold_in(&d->toks[from - 1], bare))
		c = from - 2;
	else
		return 0;
	return c > se->tok_start && fold_is(&d->toks[c], ",") ? c : 0;
}

/*
 * The words that say what a value is about: up to CTX_WINDOW tokens on
 * each side within its clause ("Sæther will meet union leaders on
 * Wednesday", not the ", a day later than first planned, after ..." that
 * follows). A clause too short to say anything (fewer than two content
 * words) gives way to the plain window.
 */
static void
clause_window(const struct px_doc *d, const struct px_sentence *se, size_t from, size_t to,
	      size_t *wf, size_t *wt)
{
	size_t a = from, b = to, j = 0, content = 0, comma = valued_comma(d, se, from);

	/* a value apposed to its noun reads the noun's clause too */
	while (a > se->tok_start && from - a < CTX_WINDOW &&
	       (!clause_punct(&d->toks[a - 1]) || a - 1 == comma))
		a--;
	while (b < se->tok_end && b - to < CTX_WINDOW && !clause_punct(&d->toks[b]))
		b++;
	for (j = a; j < b; j++)
		if ((j < from || j >= to) && px__cmp_content_word(&d->toks[j]))
			content++;
	if (content < 2) {
		a = from > se->tok_start + CTX_WINDOW ? from - CTX_WINDOW : se->tok_start;
		b = to + CTX_WINDOW < se->tok_end ? to + CTX_WINDOW : se->tok_end;
	}
	*wf = a;
	*wt = b;
}

/* The first token of the clause that holds token i (after the last clause
 * punctuation before it, or the sentence's start). */
static size_t
clause_begin(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	while (i > se->tok_start && !clause_punct(&d->toks[i - 1]))
		i--;
	return i;
}

/*
 * Whether the figure at token `from` is told as what earlier reports gave
 * ("Earlier reports from the scene said three people were hurt", "initial
 * estimates put the damage at $2m"): a cue of [superseded] in its clause
 * before it. Such a figure was superseded, like one that has since changed.
 */
static int
superseded(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	return px__cmp_has_cue(x, CUE_SUPERSEDED, d, clause_begin(d, se, from), from);
}

/*
 * Whether token j is an infinitive's "to" before the figure at `from`
 * ("voted to let about 450 staff", "agreed to pay ..."): a word follows it
 * that is not the figure, an article or a word of approximation ("rose to
 * about 15", "to a record 15"). The verb before such a "to" governs the
 * infinitive, not the figure.
 */
static int
infinitive_to(const struct px_doc *d, size_t j, size_t from)
{
	static const char *const lead[] = {"a", "an", "the", "about", "around", "some", "nearly", "almost",
					   "more", "over", "just", "roughly", "approximately", "estimated",
					   "at", "only", "fewer", "less", "up", "as", "record", "between", NULL};
	const struct px_token *t = NULL;
	size_t k = 0;

	if (!fold_is(&d->toks[j], "to") || j + 1 >= from)
		return 0;
	t = &d->toks[j + 1];
	if (!(t->flags & PX_TOK_WORD) || (t->flags & PX_TOK_NUMBER) || t->fold == NULL)
		return 0;
	for (k = 0; lead[k]; k++)
		if (strcmp(t->fold, lead[k]) == 0)
			return 0;
	return 1;
}

/*
 * What a figure measures: the frame of the nearest predicate word in its
 * clause, after the figure first ("12 people were killed", "23 officers
 * had been hurt"), then before it ("killed at least 12", "the death toll
 * rose to 15").
 */
static unsigned
quantity_frame(const struct px_comparer *c, const struct px_doc *d,
	       const struct px_sentence *se, size_t from, size_t to, unsigned kinds)
{
	size_t j = 0, seen = 0, label = 0;
	unsigned f = 0;
	/* A sum of money is told by the verb before it ("ordered to pay 9.5
	 * million crowns in damages", "first claimed 25 million crowns in
	 * damages"); the noun after it says what the money is. */
	int before_first = kinds == PX__FRAME_MONEY || kinds == PX__FRAME_DATE;
	/* a date's verb may stand further back, past its agent ("was first
	 * spotted by excavator driver Dale Prentice on Monday, June 9") */
	size_t back = kinds == PX__FRAME_DATE ? 8 : 5;

	if (before_first) {
		for (j = from, seen = 0; j > se->tok_start && seen < back; seen++) {
			j--;
			if (clause_break(&d->toks[j]))
				break;
			if ((f = token_frame(c, &d->toks[j])) != 0 && frame_fits(f, kinds))
				return f;
		}
	}
	for (j = to, seen = 0; j < se->tok_end && seen < 7; j++, seen++) {
		if (clause_break(&d->toks[j]))
			break;
		if ((f = token_frame(c, &d->toks[j])) != 0 && frame_fits(f, kinds))
			return f;
	}
	/* "Attendance confirmed by the club: 14,212": a label's colon right
	 * before the figure, and the label says what it is */
	label = from > se->tok_start && fold_is(&d->toks[from - 1], ":");
	for (j = from - label, seen = 0; !before_first && j > se->tok_start && seen < 5; seen++) {
		j--;
		if (clause_break(&d->toks[j]) || infinitive_to(d, j, from - label))
			break;
		if ((f = token_frame(c, &d->toks[j])) != 0 && frame_fits(f, kinds))
			return f;
	}
	return 0;
}

/* Whether a counted class is of things that happen ("arrests" are acts,
 * "deaths" deaths, "injuries" states, "fatalities" events), not of
 * things. */
static int
happening_class(const char *cls)
{
	static const char *const happen[] = {"acts", "events", "deaths", "states", NULL};
	size_t i = 0;

	for (i = 0; happen[i]; i++)
		if (strcmp(cls, happen[i]) == 0)
			return 1;
	return 0;
}

/*
 * The frame of the noun a count counts ("14 arrests", "three deaths"):
 * the token of q->counts among the three after the figure, 0 when it
 * is none or has no frame.
 */
static unsigned
counted_frame(const struct px_comparer *c, const struct px_doc *d, const struct px_sentence *se,
	      size_t to, const struct px_quantity *q)
{
	size_t j = 0;

	if (q->counts == NULL)
		return 0;
	for (j = to; j < se->tok_end && j < to + 3; j++)
		if (d->toks[j].fold && strcasecmp(d->toks[j].fold, q->counts) == 0)
			return token_frame(c, &d->toks[j]);
	return 0;
}

/*
 * The frame kinds a quantity can be about: a sum of money only money
 * frames ("a 1.45 billion crown extension of the city's tram" is not the
 * city's population), a count only count frames, a measure in units only
 * measure frames, an age only ages; a percentage any of them.
 */
static unsigned
value_kinds(const struct px_quantity *q)
{
	if (q->dim == NULL || q->dim[0] == '\0')
		return PX__FRAME_COUNT | PX__FRAME_PEOPLE;
	if (strcmp(q->dim, "percent") == 0 || strcmp(q->dim, "pp") == 0)
		return PX__FRAME_KINDS & ~PX__FRAME_DATE;
	if (strcmp(q->dim, "money") == 0)
		return PX__FRAME_MONEY;
	if (strcmp(q->dim, "age") == 0)
		return PX__FRAME_AGE;
	if (strcmp(q->dim, "time") == 0)
		return PX__FRAME_AGE | PX__FRAME_MEASURE; /* "four years in prison" */
	if (strcmp(q->dim, "score") == 0 || strcmp(q->dim, "points") == 0)
		return PX__FRAME_COUNT | PX__FRAME_PEOPLE;
	return PX__FRAME_MEASURE;
}

/*
 * The time a figure is stated for: the nearest date of its sentence within
 * a few words of it ("12 people were confirmed dead on Tuesday", "rents
 * rose 9.4% last year"), not across a semicolon. A date far away in the
 * sentence ("the office, which updated its figures on Tuesday afternoon")
 * says when something else happened.
 */
#define WHEN_GAP 40

/* Whether the word before byte `at` bounds a period ("who ran the company
 * until 2022", "since March"): such a date tells when something else
 * ended or began, not when a figure holds. */
static int
bound_before(const char *text, size_t at)
{
	static const char *const bounds[] = {"until", "till", "since", "before", "after", NULL};
	size_t e = at, b = 0, i = 0;

	while (e > 0 && text[e - 1] == ' ')
		e--;
	b = e;
	while (b > 0 && isalpha((unsigned char)text[b - 1]))
		b--;
	for (i = 0; bounds[i]; i++)
		if (e - b == strlen(bounds[i]) && strncasecmp(text + b, bounds[i], e - b) == 0)
			return 1;
	return 0;
}

static int past_form(const struct px_token *t);

/* Whether date claim o of sentence s is the day of a participle's act
 * ("Under a funding agreement signed in March, the national government
 * will cover 60%", "confirmed on Wednesday, setting up a legal battle over
 * the 9.4 per cent increase"): with a comma between it and the figure
 * after it, not the day the figure is stated for. */
static int
participle_day(const struct cmp_sent *s, const struct px_claim *o)
{
	static const char *const preps[] = {"in", "on", "at", NULL};
	const struct px_doc *d = s->doc;
	const struct px_sentence *se = &d->sents[s->idx];
	size_t from = 0, to = 0;

	claim_tokens(s, o->start, o->end, &from, &to);
	/* ... unless the participle's clause says when the rest happened
	   ("When the contract was signed in 2019, councillors approved it
	   by nine votes to two") */
	if (se->tok_end > se->tok_start && fold_is(&d->toks[se->tok_start], "when"))
		return 0;
	return from >= se->tok_start + 2 && fold_in(&d->toks[from - 1], preps) &&
	       past_form(&d->toks[from - 2]);
}

/*
 * A date that opens its sentence as an adverbial of its own ("In May, 54
 * percent there voted yes ..., on a turnout of 49 percent", "On Sunday,
 * ..."): up to two words before it, a comma right after it, and the
 * figure after that comma in the same sentence. It sets the time of every
 * figure of the sentence; NULL when there is none.
 */
static const struct px_date *
opening_date(const struct px_claims *cl, const struct px_claim *c, const char *text,
	     size_t sent_start, size_t lo, size_t hi, const struct px_claim **claim)
{
	size_t i = 0, k = 0, words = 0;

	for (i = lo; i < hi; i++) {
		const struct px_claim *o = &cl->items[i];
		if (o->kind != PX_CLAIM_DATE || o->field != c->field || o->sentence != c->sentence ||
		    o->u.date.granularity == NULL || strcmp(o->u.date.granularity, "time") == 0 ||
		    o->start < sent_start || o->end >= c->start || text[o->end] != ',')
			continue;
		for (k = sent_start, words = 0; k < o->start; k++) {
			if (!isalpha((unsigned char)text[k]) && text[k] != ' ')
				break;
			if (text[k] == ' ' && k > sent_start && text[k - 1] != ' ')
				words++;
		}
		if (k < o->start || words > 2)
			return NULL;
		for (k = o->end; k < c->start && text[k] != ';' && text[k] != '(' && text[k] != ')'; k++)
			;
		if (k < c->start)
			return NULL;
		*claim = o;
		return &o->u.date;
	}
	return NULL;
}

static const struct px_date *
quantity_when(const struct cmp_sent *s, const struct px_claims *cl, const struct px_claim *c,
	      const struct px_claim **claim)
{
	const char *text = s->text;
	const struct px_date *best = NULL;
	size_t i = 0, best_gap = WHEN_GAP + 1, lo = 0, hi = 0;

	claim_sentence(cl, c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *o = &cl->items[i];
		size_t a = 0, b = 0, k = 0;
		if (o->kind != PX_CLAIM_DATE || o->field != c->field || o->sentence != c->sentence ||
		    o->u.date.granularity == NULL || strcmp(o->u.date.granularity, "time") == 0)
			continue;
		if (o->start >= c->end) {
			a = c->end;
			b = o->start;
		} else if (c->start >= o->end) {
			a = o->end;
			b = c->start;
		} else {
			continue;
		}
		/* Not across a semicolon, a bracket or a dash ("PORT VARDEN,
		 * June 11 (Coastal Wire) - Twelve dock workers"). */
		for (k = a; k < b && text[k] != ';' && text[k] != '(' && text[k] != ')' &&
			    !(text[k] == '-' && k > 0 && text[k - 1] == ' ') &&
			    !((unsigned char)text[k] == 0xe2 && k + 2 < b && (unsigned char)text[k + 1] == 0x80 &&
			      ((unsigned char)text[k + 2] == 0x93 || (unsigned char)text[k + 2] == 0x94));
		     k++)
			;
		if (k < b || b - a >= best_gap || bound_before(text, o->start) ||
		    (o->end <= c->start && memchr(text + a, ',', b - a) != NULL && participle_day(s, o)))
			continue;
		best_gap = b - a;
		best = &o->u.date;
		*claim = o;
	}
	if (best == NULL)
		best = opening_date(cl, c, text, s->start, lo, hi, claim);
	return best;
}

/* Whether date d falls within y, a year ("2026-09" or "2026-09-14" in
 * "2026"). */
static int
within_year(const struct px_date *d, const struct px_date *y)
{
	return strcmp(y->granularity, "year") == 0 && strlen(y->value) == 4 && strlen(d->value) >= 4 &&
	       strncmp(d->value, y->value, 4) == 0;
}

/* Whether one of two dates is a year and the other a month of it ("later
 * this year", "from early September"). */
static int
month_of_year(const struct px_date *a, const struct px_date *b)
{
	const struct px_date *y = strcmp(a->granularity, "year") == 0 ? a : b, *mo = y == a ? b : a;

	return strcmp(mo->granularity, "month") == 0 && within_year(mo, y);
}

/* Whether two figures are stated for different times: different days, or
 * periods of different lengths ("last year" and "in January"). */
static int
different_times(const struct px_date *a, const struct px_date *b)
{
	int da = strcmp(a->granularity, "day") == 0 || strcmp(a->granularity, "weekday") == 0;
	int db = strcmp(b->granularity, "day") == 0 || strcmp(b->granularity, "weekday") == 0;

	if (da && db)
		return !same_day(a->value, b->value);
	/* "approved a 3.6 billion crown package on Tuesday" beside "worth
	 * 4.2 billion crowns over the 2025-2027 period": the day is when
	 * something was done, the year a period the figure covers; the day
	 * within the year is no other time. */
	if (da != db) {
		return !within_year(da ? a : b, da ? b : a);
	}
	if (strcmp(a->granularity, b->granularity) != 0)
		return 1;
	return strcmp(a->value, b->value) != 0;
}

static int clause_punct(const struct px_token *t);

/*
 * The moment a figure is stated for without a date ("at half-time", "at
 * the peak", "on the first night": data/compare_moments_en.txt), from a
 * phrase in its clause (up to ten tokens before it, twelve after), 0 when
 * none.
 */
static unsigned
quantity_moment(const struct px_comparer *c, const struct px_doc *d, const struct px_sentence *se,
		size_t from, size_t to)
{
	size_t a = from, b = to, j = 0, n = 0, k = 0;

	if (c->moment_words == 0)
		return 0;
	/* Back past a label's colon ("Possession at half-time: Solbrekk
	 * 61%"), not past other clause punctuation. */
	while (a > se->tok_start && from - a < 10 &&
	       (!clause_punct(&d->toks[a - 1]) || strcmp(d->toks[a - 1].fold, ":") == 0))
		a--;
	while (b < se->tok_end && b - to < 12 && !clause_punct(&d->toks[b]))
		b++;
	for (j = a; j < b; j++) {
		char key[96];
		size_t kl = 0, words = 0;
		if (j >= from && j < to)
			continue;
		/* Most words begin no phrase: no lookups for them. */
		if (d->toks[j].fold == NULL || !px__cmp_moment_may_start(c, d->toks[j].fold))
			continue;
		for (k = j; k < b && words < c->moment_words; k++) {
			const char *f = d->toks[k].fold;
			size_t fl = f ? strlen(f) : 0;
			int hyphen = fl == 1 && f[0] == '-';
			uint32_t id = 0;
			if (fl == 0 || kl + fl + 2 > sizeof key)
				break;
			if (kl && !hyphen && key[kl - 1] != '-')
				key[kl++] = ' ';
			memcpy(key + kl, f, fl);
			kl += fl;
			if (!hyphen)
				words++;
			if (!hyphen && px_map_find(c->moments, key, kl, &id) == PX_OK)
				n = (size_t)*px_map_value(c->moments, id);
		}
		if (n)
			return (unsigned)n;
	}
	return 0;
}

/* Days in one unit of time named by word f, 0 when f names none. */
static double
unit_days(const char *f)
{
	static const struct {
		const char *w;
		double days;
	} units[] = {{"minute", 1.0 / 1440}, {"minutes", 1.0 / 1440}, {"hour", 1.0 / 24},
		     {"hours", 1.0 / 24},    {"day", 1},		  {"days", 1},
		     {"night", 1},	     {"nights", 1},		  {"week", 7},
		     {"weeks", 7},	     {"month", 30.44},		  {"months", 30.44},
		     {"year", 365.25},	     {"years", 365.25}};
	size_t i = 0;

	for (i = 0; f && i < sizeof units / sizeof units[0]; i++)
		if (strcmp(f, units[i].w) == 0)
			return units[i].days;
	return 0;
}

/* The count a token states ("48", "three", "a"), 0 when none. */
static double
token_count(const struct px_token *t)
{
	static const char *const words[] = {"a", "one", "two", "three", "four", "five", "six",
					    "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};
	size_t i = 0;

	if (t->fold == NULL)
		return 0;
	if (t->flags & PX_TOK_NUMBER)
		return strtod(t->fold, NULL);
	for (i = 0; words[i]; i++)
		if (strcmp(t->fold, words[i]) == 0)
			return i == 0 ? 1 : (double)i;
	return 0;
}

/*
 * A length of time told as a count from token k ("the past three years",
 * "48 hours", "a week", "48-hour"): optional "the", "past", "last",
 * "first", a count, a unit of time. Its length in days, 0 when none.
 */
static double
duration_at(const struct px_doc *d, size_t k, size_t end)
{
	static const char *const fill[] = {"the", "past", "last", "first", "previous", NULL};
	double n = 0, u = 0;

	while (k < end && fold_in(&d->toks[k], fill))
		k++;
	if (k >= end || (n = token_count(&d->toks[k])) <= 0)
		return 0;
	k++;
	if (k < end && d->toks[k].fold && strcmp(d->toks[k].fold, "-") == 0)
		k++; /* "48-hour" */
	if (k >= end || (u = unit_days(d->toks[k].fold)) == 0)
		return 0;
	return n * u;
}

/* One "%<width>d" conversion as sscanf reads it: white space skipped, then
 * at most width bytes of an optional sign and digits, at least one digit.
 * Advances *p past them and returns 1, or returns 0. */
static int
scan_int(const char **p, int width, int *out)
{
	const char *s = *p;
	int used = 0, digits = 0, neg = 0, v = 0;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '+' || *s == '-') {
		neg = *s == '-';
		s++;
		used++;
	}
	for (; used < width && *s >= '0' && *s <= '9'; s++, used++, digits++)
		v = v * 10 + (*s - '0');
	if (digits == 0)
		return 0;
	*out = neg ? -v : v;
	*p = s;
	return 1;
}

/* The first and last day of a date value ("2021", "2025-11", "2025-11-01"),
 * 0 when it has no year. The value is read as sscanf(v, "%4d-%2d-%2d")
 * would read it (a sscanf per call was 0.3% of a report's instructions). */
static int
date_days(const char *v, int64_t *first, int64_t *last)
{
	const char *p = v;
	int y = 0, m = 0, dd = 0, n = 0;
	int *parts[3] = {&y, &m, &dd};

	for (n = 0; n < 3; n++) {
		if (n > 0 && *p != '-')
			break;
		if (n > 0)
			p++;
		if (!scan_int(&p, n == 0 ? 4 : 2, parts[n]))
			break;
	}

	if (n < 1 || y < 1000)
		return 0;
	if (n == 1) {
		*first = px__days_from_civil(y, 1, 1);
		*last = px__days_from_civil(y, 12, 31);
	} else if (n == 2) {
		*first = px__days_from_civil(y, (unsigned)m, 1);
		*last = px__days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : (unsigned)m + 1, 1) - 1;
	} else {
		*first = *last = px__days_from_civil(y, (unsigned)m, (unsigned)dd);
	}
	return 1;
}

/* The date claim of the figure's sentence starting at token k, or NULL. */
static const struct px_date *
date_at_token(const struct px_claims *cl, const struct px_claim *c, const struct px_doc *d, size_t k)
{
	size_t i = 0, lo = 0, hi = 0;

	if (cl == NULL)
		return NULL;
	claim_sentence(cl, c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *o = &cl->items[i];
		if (o->kind == PX_CLAIM_DATE && o->field == c->field && o->sentence == c->sentence &&
		    o->start == d->toks[k].start && o->u.date.value)
			return &o->u.date;
	}
	return NULL;
}

/*
 * A total over a period: "a total of" before the figure, a [whole] cue
 * before it in its clause or opening the sentence ("In all, about 140
 * rescuers were mobilised", "In total, more than 300"), or in its clause
 * after it a [period] cue ("over the past three years", "since November
 * 1"), a span of time ("in the 48 hours to Saturday", "over three days")
 * or a range of dates ("between 2021 and 2023", "from 2021 to 2023"). Beside
 * a figure for one time it is no contradiction, nor beside a total over a
 * period of another length. *days is the period's length, 0 when not told
 * ("since" counts to the article's day), -1 for "a total of" alone, which
 * tells no period.
 */
static int
cumulative(struct cmp_ctx *x, const struct px_claims *cl, const struct px_claim *c,
	   const struct px_doc *d, const struct px_sentence *se, size_t from, size_t to,
	   const char *art_date, double *days)
{
	static const char *const spans[] = {"in", "over", "during", "within", NULL};
	static const char *const ranges[] = {"between", "from", NULL};
	static const char *const relatives[] = {"which", "who", "whose", NULL};
	static const char *const time_nouns[] = {"year", "month", "week", "day", "period", "quarter",
						 "season", "weekend", "morning", "night", NULL};
	size_t j = 0, l = 0, end = se->tok_end;
	const struct px_date *d1 = NULL, *d2 = NULL;
	int64_t f1 = 0, l1 = 0, f2 = 0, l2 = 0;
	int whole = 0;

	*days = 0;
	if (from >= se->tok_start + 3 && d->toks[from - 3].fold && d->toks[from - 2].fold &&
	    d->toks[from - 1].fold && strcmp(d->toks[from - 3].fold, "a") == 0 &&
	    strcmp(d->toks[from - 2].fold, "total") == 0 && strcmp(d->toks[from - 1].fold, "of") == 0) {
		*days = -1; /* a total, over no period told */
		return 1;
	}
	j = clause_begin(d, se, from);
	/* "In all, about 140 rescuers were mobilised": the whole of the
	 * event, told before the figure with its own comma */
	if (j > se->tok_start && j - 1 > se->tok_start && fold_is(&d->toks[j - 1], ",") &&
	    px__cmp_has_cue(x, CUE_WHOLE, d, se->tok_start, j - 1))
		whole = 1;
	if (px__cmp_has_cue(x, CUE_WHOLE, d, j, from))
		whole = 1;
	/* "must pay the composer about €1.5 million in all": right after
	 * the figure too */
	if (to < end && px__cmp_cue_len(x, CUE_WHOLE, d, to) != 0)
		whole = 1;
	for (j = to; j < end && j < to + 14 && !clause_punct(&d->toks[j]); j++) {
		/* "an increase of 12% that the minister said would restore
		 * purchasing power lost during two years": a relative clause
		 * tells its own period ("rose 12% that year" is the figure's) */
		if ((fold_in(&d->toks[j], relatives) ||
		    (fold_is(&d->toks[j], "that") && !(j + 1 < end && fold_in(&d->toks[j + 1], time_nouns)))))
			break;
		if ((l = px__cmp_cue_len(x, CUE_PERIOD, d, j)) != 0) {
			size_t k = j + l;
			*days = duration_at(d, k, end);
			if (*days == 0 && k < end && (d1 = date_at_token(cl, c, d, k)) != NULL &&
			    art_date && date_days(d1->value, &f1, &l1) && date_days(art_date, &f2, &l2) &&
			    f2 > f1)
				*days = (double)(f2 - f1);
			return 1;
		}
		if (fold_in(&d->toks[j], spans) && (*days = duration_at(d, j + 1, end)) > 0)
			return 1;
		/* "has offered 4.2 percent over the same period", "over that
		 * period": a period told before, of a length not given here */
		if (fold_in(&d->toks[j], spans) && j + 2 < end &&
		    (fold_is(&d->toks[j + 1], "the") || fold_is(&d->toks[j + 1], "that"))) {
			size_t p = j + 2 + (fold_is(&d->toks[j + 2], "same") ? 1 : 0);
			if (p < end && fold_is(&d->toks[p], "period"))
				return 1;
			/* "had come through the gates over the weekend" */
			if (p < end && fold_is(&d->toks[p], "weekend")) {
				*days = 2;
				return 1;
			}
		}
		if (fold_in(&d->toks[j], ranges) && j + 1 < end &&
		    (d1 = date_at_token(cl, c, d, j + 1)) != NULL) {
			size_t k = 0;
			for (k = j + 2; k < end && k < j + 8; k++)
				if (d->toks[k].fold &&
				    (strcmp(d->toks[k].fold, "and") == 0 || strcmp(d->toks[k].fold, "to") == 0))
					break;
			if (k + 1 < end && k < j + 8 && (d2 = date_at_token(cl, c, d, k + 1)) != NULL &&
			    date_days(d1->value, &f1, &l1) && date_days(d2->value, &f2, &l2) && l2 >= f1) {
				*days = (double)(l2 - f1 + 1);
				return 1;
			}
		}
	}
	if (whole) {
		*days = -1;
		return 1;
	}
	return 0;
}

/* A cue of section sect starting within `within` tokens after a figure
 * ("has taken $75m so far", "four of them firefighters"). */
static int
cue_after(struct cmp_ctx *x, int sect, const struct px_doc *d, const struct px_sentence *se,
	  size_t to, size_t within)
{
	return to < se->tok_end &&
	       px__cmp_has_cue(x, sect, d, to, to + within < se->tok_end ? to + within : se->tok_end);
}

/* Whether token t is a possessive ("union's", "members'"). */
static int
possessive(const struct px_token *t)
{
	size_t n = t->fold ? px_token_fold_len(t) : 0;

	return n > 2 && ((t->fold[n - 2] == '\'' && t->fold[n - 1] == 's') || t->fold[n - 1] == '\'');
}

/* Whether the verb at token v has a pronoun for its subject, past
 * auxiliaries ("these will include", "they also included"). */
static int
pronoun_subject(const struct px_doc *d, const struct px_sentence *se, size_t v)
{
	static const char *const aux[] = {"will", "would", "could", "may", "might", "also", "should",
					  NULL};
	static const char *const pron[] = {"these", "they", "those", "which", "that", "this", "it",
					   NULL};
	size_t i = v;

	while (i > se->tok_start && fold_in(&d->toks[i - 1], aux))
		i--;
	return i > se->tok_start && fold_in(&d->toks[i - 1], pron);
}

/* Whether a larger figure of claim c's dimension (money, percent, a count)
 * is told before it in its sentence or the sentence before. */
static int
larger_before(const struct px_claims *cl, const struct px_claim *c)
{
	size_t i = 0;

	for (i = 0; i < cl->n; i++) {
		const struct px_claim *o = &cl->items[i];
		if (o == c || o->kind != PX_CLAIM_QUANTITY || o->field != c->field ||
		    o->sentence > c->sentence || o->sentence + 1 < c->sentence || o->start > c->start)
			continue;
		if (strcmp(o->u.quantity.dim ? o->u.quantity.dim : "",
			   c->u.quantity.dim ? c->u.quantity.dim : "") == 0 &&
		    o->u.quantity.value > c->u.quantity.value)
			return 1;
	}
	return 0;
}

/*
 * Whether a cue of a part ("including", "among them") stands within four
 * tokens before the figure at token from, with no content word between:
 * "including at least four firefighters" is a part of a figure told
 * nearby, but in "grave goods including a sword and 43 glass beads" the
 * figure is one item of the list, counted whole. The verb "include" takes
 * a part only of a larger figure told before it in its sentence or the one
 * before ("The field of 126 players included 14 grandmasters") or of a
 * whole its pronoun subject refers to ("these will include a seven pct
 * cut"); without either it tells the whole ("The trial, VELA-HF, included
 * some 3,600 patients").
 */
static int
subset_cue(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from,
	   const struct px_claims *cl, const struct px_claim *c)
{
	size_t i = from > se->tok_start + 4 ? from - 4 : se->tok_start, j = 0, len = 0;

	for (; i < from; i++) {
		len = px__cmp_cue_len(x, CUE_SUBSET, d, i);
		if (len == 0 || i + len > from)
			continue;
		for (j = i + len; j < from && !px__cmp_content_word(&d->toks[j]); j++)
			;
		if (j < from)
			continue;
		if (d->toks[i].fold && strncmp(d->toks[i].fold, "include", 7) == 0 &&
		    !larger_before(cl, c) && !pronoun_subject(d, se, i))
			continue;
		return 1;
	}
	return 0;
}

/*
 * A money figure in brackets right after another ("775m euros ($1bn)",
 * "1.55bn euros ($2bn; £1.1bn)") converts that figure: it is compared
 * through the first, not again on its own.
 */
static int
conversion(const struct px_claims *cl, const struct px_claim *c, const char *text)
{
	size_t p = c->start, i = 0, lo = 0, hi = 0;

	while (p > 0 && c->start - p < 40 && text[p - 1] != '(' && text[p - 1] != ')')
		p--;
	if (p == 0 || text[p - 1] != '(')
		return 0;
	p--; /* at '(' */
	claim_sentence(cl, c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *o = &cl->items[i];
		if (o == c || o->kind != PX_CLAIM_QUANTITY || o->field != c->field ||
		    o->sentence != c->sentence || o->end > p || p - o->end > 2 ||
		    o->u.quantity.dim == NULL || strcmp(o->u.quantity.dim, "money") != 0)
			continue;
		return 1;
	}
	return 0;
}

/*
 * Whether a sentence opens a live page's entry with its clock time ("16:20
 * Interior ministry: 143 people dead", "Yesterday, 16:10 ...": a time in
 * its first 16 bytes, as the claims read it): the entry
 * may be of another day than the page's last update, so the article's
 * date says nothing of its day.
 */
static int
live_entry(const struct px_claims *cl, const struct px_claim *c, const struct px_sentence *se)
{
	size_t i = 0, lo = 0, hi = 0;

	claim_sentence(cl, c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *o = &cl->items[i];
		if (o->kind == PX_CLAIM_DATE && o->start < se->start + 16 && o->u.date.granularity &&
		    strcmp(o->u.date.granularity, "time") == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether date claim c, read at tokens [from, to) of its sentence, is a
 * live page's entry stamp: a clock time opening the sentence (after a
 * day word and a comma at most: "Yesterday, 16:10"), followed by a dash,
 * a colon or a capitalised word, not by "local time", "GMT" or a day.
 */
static int
entry_stamp(const struct px_doc *d, const struct px_sentence *se, const struct px_claim *c,
	    size_t from, size_t to)
{
	static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
					   "saturday", "sunday", "today", "tonight", NULL};
	const struct px_token *t = NULL;

	if (c->u.date.granularity == NULL || strcmp(c->u.date.granularity, "time") != 0 ||
	    to >= se->tok_end)
		return 0;
	if (from != se->tok_start &&
	    !(from == se->tok_start + 2 && d->toks[from - 1].fold && d->toks[from - 1].fold[0] == ','))
		return 0;
	t = &d->toks[to];
	if (t->flags & PX_TOK_PUNCT)
		return t->fold && (t->fold[0] == '-' || t->fold[0] == ':' ||
				   strncmp(t->fold, "\xe2\x80\x93", 3) == 0 ||
				   strncmp(t->fold, "\xe2\x80\x94", 3) == 0);
	return (t->flags & PX_TOK_CAP) && !((t->flags & PX_TOK_UPPER) && t->end - t->start > 1) &&
	       !fold_in(t, days);
}

/*
 * Whether sentence se is a table's row rather than prose: of its words and
 * numbers, eight or more, over a third are numbers ("Start Stocks  4.19
 * 4.01  4.71  4.71 Production  17.00  17.00 ...", "Final div 30 cents vs
 * 10, making 40 vs 10"). Which figure stands for what is told by columns
 * the sentence does not keep, so none of them is compared.
 */
static int
table_row(const struct px_doc *d, const struct px_sentence *se)
{
	size_t i = 0, words = 0, numbers = 0;

	for (i = se->tok_start; i < se->tok_end; i++) {
		if (d->toks[i].flags & PX_TOK_NUMBER)
			numbers++;
		else if (d->toks[i].flags & PX_TOK_WORD)
			words++;
	}
	return words + numbers >= 8 && 3 * numbers > words + numbers;
}

/* Whether text[i..] opens with a clock time ("9:22 PM", "1:54 pm",
 * "17.57"): one or two digits, a colon or a point, two digits. */
static int
clock_at(const char *text, size_t i, size_t len)
{
	size_t k = i;

	while (k < len && k < i + 2 && isdigit((unsigned char)text[k]))
		k++;
	return k > i && k + 2 < len && (text[k] == ':' || text[k] == '.') &&
	       isdigit((unsigned char)text[k + 1]) && isdigit((unsigned char)text[k + 2]) &&
	       (k + 3 == len || !isdigit((unsigned char)text[k + 3]));
}

/* Whether day claim c is written with its year and followed at once by a
 * clock time ("September 24, 2008 9:22 PM", "Tue Jun 9, 2009 1:54 pm",
 * "August 4, 2010; 3:54 PM", "February 9, 2011 at 11:03 pm"). */
static int
day_clock(const char *t, size_t len, const struct px_claim *c)
{
	size_t k = c->end;

	if (c->u.date.granularity == NULL || strcmp(c->u.date.granularity, "day") != 0 ||
	    c->end < c->start + 4 || !isdigit((unsigned char)t[c->end - 1]) ||
	    !isdigit((unsigned char)t[c->end - 4]))
		return 0;
	while (k < len && k < c->end + 3 && strchr(" ,;|-", t[k]))
		k++;
	if (k + 3 < len && strncmp(t + k, "at ", 3) == 0)
		k += 3;
	if (k > c->end && clock_at(t, k, len))
		return 1;
	/* "At 1:32 pm on 09 Jun 2010, Delirium wrote:", "Fergus Walsh | 10:25
	 * UK time, Monday, 15 June 2009" */
	for (k = c->start; k > 0 && k + 30 > c->start && t[k - 1] != '.' && t[k - 1] != '\n'; k--)
		if (clock_at(t, k - 1, c->start) && (k < 2 || !isdigit((unsigned char)t[k - 2])))
			return 1;
	return 0;
}

/* Whether the day at byte `at` follows an embedded post's handle in
 * brackets ("Donald J. Trump (@realDonaldTrump) October 8, 2017"): the
 * day it was posted. `from` is where its sentence starts. */
static int
tweet_stamp(const char *t, size_t from, size_t at)
{
	size_t k = at;

	while (k > from && t[k - 1] == ' ')
		k--;
	if (k == from || t[k - 1] != ')')
		return 0;
	for (k--; k > from && k + 40 > at && t[k - 1] != '('; k--)
		;
	return k > from && t[k - 1] == '(' && t[k] == '@';
}

/*
 * Whether date claim c (its first token `from`) stamps the page rather
 * than dating an event: its sentence holds page furniture ("Posted by: jd
 * | September 24, 2008 9:22 PM | Report abuse", "Last updated at 17:57
 * GMT"); or it is a day written with its year and a clock time right after
 * it ("GENEVA | Tue Jun 9, 2009 1:54 pm EDT"), or a clock time of a
 * sentence with such a day; or a clock time in a bracket opened by
 * "Update" ("(Update 1:24 a.m. Tuesday in Cairo, 6:24 p.m. ET Monday)");
 * or the day after an embedded post's handle (tweet_stamp).
 */
static int
page_stamp(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se,
	   const struct px_claims *cl, const struct px_claim *c)
{
	const char *g = c->u.date.granularity, *t = d->text;
	size_t k = 0, lo = 0, hi = 0;

	if (g == NULL || (strcmp(g, "day") != 0 && strcmp(g, "time") != 0))
		return 0;
	if (px__cmp_has_cue(x, CUE_STAMP, d, se->tok_start, se->tok_end))
		return 1;
	if (strcmp(g, "day") == 0)
		return day_clock(t, d->len, c) || tweet_stamp(t, se->start, c->start);
	claim_sentence(cl, c, &lo, &hi);
	for (k = lo; k < hi; k++)
		if (cl->items[k].kind == PX_CLAIM_DATE && day_clock(t, d->len, &cl->items[k]))
			return 1;
	for (k = c->start; k > 0 && k + 80 > c->start && t[k - 1] != ')'; k--)
		if (t[k - 1] == '(')
			return strncmp(t + k, "Update", 6) == 0;
	return c->start >= se->start + 7 && strncmp(t + c->start - 7, "Update ", 7) == 0;
}

/* Whether conflict a cites, on as many sides as b, every sentence b cites. */
static int
covers(const struct px_conflict *a, const struct px_conflict *b)
{
	size_t i = 0, j = 0, k = 0, l = 0;

	if (a->n_positions != b->n_positions)
		return 0;
	for (i = 0; i < b->n_positions; i++)
		for (k = 0; k < b->positions[i].n_evidence; k++) {
			const struct px_evidence *e = &b->positions[i].evidence[k];
			int found = 0;
			for (j = 0; j < a->n_positions && !found; j++)
				for (l = 0; l < a->positions[j].n_evidence && !found; l++)
					found = a->positions[j].evidence[l].article == e->article &&
						a->positions[j].evidence[l].field == e->field &&
						a->positions[j].evidence[l].sentence == e->sentence;
			if (!found)
				return 0;
		}
	return 1;
}

/* Of the conflicts added since index `from`, drop each that another
 * covers (covered(a, b): a makes b one dispute with it). */
static void
drop_covered(struct cmp_ctx *x, size_t from,
	     int (*covered)(const struct px_conflict *, const struct px_conflict *))
{
	struct px_comparison *o = x->out;
	size_t i = from, j = 0, drop = 0;

	while (i < o->n_conflicts) {
		drop = o->n_conflicts;
		for (j = from; j < i && drop == o->n_conflicts; j++)
			if (covered(&o->conflicts[j], &o->conflicts[i]))
				drop = i;
			else if (covered(&o->conflicts[i], &o->conflicts[j]))
				drop = j;
		if (drop == o->n_conflicts) {
			i++;
			continue;
		}
		memmove(&o->conflicts[drop], &o->conflicts[drop + 1],
			(o->n_conflicts - drop - 1) * sizeof(*o->conflicts));
		o->n_conflicts--;
		if (drop < i)
			i--;
	}
}

/* A day and a clock time of one event disputed in the same sentences
 * ("shortly before midnight on Tuesday" against "at around 02:00 on
 * Wednesday") are one dispute: of the conflicts added since index `from`,
 * one whose sentences another cites is dropped. */
static void
one_conflict_per_dispute(struct cmp_ctx *x, size_t from)
{
	drop_covered(x, from, covers);
}

/* Whether positions a and b share an article. */
static int
positions_meet(const struct px_position *a, const struct px_position *b)
{
	size_t i = 0, j = 0;

	for (i = 0; i < a->n_articles; i++)
		for (j = 0; j < b->n_articles; j++)
			if (a->articles[i] == b->articles[j])
				return 1;
	return 0;
}

/*
 * Whether conflict b is conflict a told by other articles: the same
 * values a side, position for position (in either order; map[i] is a's
 * position of b's i), and no article in both.
 */
static int
same_dispute(const struct px_conflict *a, const struct px_conflict *b, size_t *map)
{
	size_t i = 0, j = 0, k = 0;

	if (a->kind != b->kind || a->n_positions != b->n_positions || a->n_positions > 8)
		return 0;
	for (i = 0; i < b->n_positions; i++) {
		for (j = 0; j < a->n_positions; j++)
			if (a->positions[j].value && b->positions[i].value &&
			    strcmp(a->positions[j].value, b->positions[i].value) == 0)
				break;
		if (j == a->n_positions)
			return 0;
		for (k = 0; k < i; k++)
			if (map[k] == j)
				return 0;
		map[i] = j;
	}
	for (i = 0; i < b->n_positions; i++)
		for (j = 0; j < a->n_positions; j++)
			if (positions_meet(&b->positions[i], &a->positions[j]))
				return 0;
	return 1;
}

/*
 * One dispute split in two facts ("£85,000 in damages" / "damages of
 * £58,000" in two articles, "eighty-five thousand pounds" / "a £58k
 * award" in two others): of the conflicts added since index `from`, one
 * with the same values a side as another, from other articles, joins it.
 */
static void
join_split_disputes(struct cmp_ctx *x, size_t from)
{
	struct px_comparison *o = x->out;
	size_t i = 0, j = 0, k = 0, map[8];

	for (i = from; i < o->n_conflicts; i++) {
		for (j = from; j < i; j++)
			if (same_dispute(&o->conflicts[j], &o->conflicts[i], map))
				break;
		if (j == i)
			continue;
		for (k = 0; k < o->conflicts[i].n_positions; k++) {
			struct px_position *to = &o->conflicts[j].positions[map[k]];
			const struct px_position *add = &o->conflicts[i].positions[k];
			size_t *arts = px_arena_alloc(&x->out->arena,
						      (to->n_articles + add->n_articles) * sizeof(size_t));
			struct px_evidence *ev = px_arena_alloc(
				&x->out->arena, (to->n_evidence + add->n_evidence) * sizeof(*ev));
			if (arts == NULL || ev == NULL) {
				x->st = PX_ENOMEM;
				return;
			}
			memcpy(arts, to->articles, to->n_articles * sizeof(size_t));
			memcpy(arts + to->n_articles, add->articles, add->n_articles * sizeof(size_t));
			memcpy(ev, to->evidence, to->n_evidence * sizeof(*ev));
			memcpy(ev + to->n_evidence, add->evidence, add->n_evidence * sizeof(*ev));
			to->articles = arts;
			to->n_articles += add->n_articles;
			to->evidence = ev;
			to->n_evidence += add->n_evidence;
		}
		memmove(&o->conflicts[i], &o->conflicts[i + 1],
			(o->n_conflicts - i - 1) * sizeof(*o->conflicts));
		o->n_conflicts--;
		i--;
	}
}

/* Minutes after midnight of a clock time value ("21:00"), or -1. */
static int
clock_minutes(const char *v)
{
	if (v == NULL || strlen(v) < 5 || !isdigit((unsigned char)v[0]) ||
	    !isdigit((unsigned char)v[1]) || v[2] != ':' || !isdigit((unsigned char)v[3]) ||
	    !isdigit((unsigned char)v[4]))
		return -1;
	return ((v[0] - '0') * 10 + (v[1] - '0')) * 60 + (v[3] - '0') * 10 + (v[4] - '0');
}

/* Minutes between two clock time values the short way round midnight
 * ("23:59" and "00:00" are 1 apart), or -1 when either is no clock time. */
static int
clock_apart(const char *a, const char *b)
{
	int ma = clock_minutes(a), mb = clock_minutes(b), d = ma - mb;

	if (ma < 0 || mb < 0)
		return -1;
	d = d < 0 ? -d : d;
	return d > 12 * 60 ? 24 * 60 - d : d;
}

/* Whether the clock-time windows of two mentions meet, also across
 * midnight ("shortly after 23:30" and "00:10"). */
static int
windows_meet(const struct mention *a, const struct mention *b)
{
	int k = 0;

	for (k = -1; k <= 1; k++)
		if (a->lo + 1440 * k <= b->hi && b->lo <= a->hi + 1440 * k)
			return 1;
	return 0;
}

/*
 * The window of minutes a clock time at token `from` stands for, in *lo
 * and *hi: "shortly after 13:00", "just after", "soon after" the hour
 * after a time on the hour or half hour, half an hour after a quarter,
 * a quarter after any other minute ("shortly after 6:40 a.m."); "shortly
 * before", "just before" as long before; "around",
 * "about", "approximately", "roughly" either side, by how round the time
 * is; a plain time the minute itself. `bound` says a cue of [from] or
 * [until] stands right before the time. Returns 1 for a point or a window,
 * 0 for a bound ("after 13:00", "by 6 p.m.", "until 10 a.m.") or a value
 * that is no clock time.
 */
static int
time_window(const struct px_doc *d, const struct px_sentence *se, const struct px_claim *c,
	    size_t from, int bound, double *lo, double *hi)
{
	static const char *const near[] = {"shortly", "just", "soon", "immediately", NULL};
	static const char *const approx[] = {"around", "about", "approximately", "roughly", NULL};
	int t = clock_minutes(c->u.date.value), w = 0;
	const struct px_token *p1 = from > se->tok_start ? &d->toks[from - 1] : NULL;

	if (t < 0)
		return 0;
	*lo = *hi = t;
	if (bound) {
		if (!(fold_is(p1, "after") || fold_is(p1, "before")) || from < se->tok_start + 2 ||
		    !fold_in(&d->toks[from - 2], near))
			return 0;
		/* as near as the time is round: "shortly after 2 a.m." or
		 * "23:30" within the hour, "shortly after 6:40 a.m." a
		 * quarter of an hour */
		w = t % 30 == 0 ? 60 : t % 15 == 0 ? 30 : 15;
		if (fold_is(p1, "after"))
			*hi = t + w;
		else
			*lo = t - w;
	} else if (p1 && fold_in(p1, approx)) {
		/* as wide as the time is round: "around 2 a.m." half an
		 * hour, "about 8:15" a quarter, "about 8:13" ten minutes */
		w = t % 30 == 0 ? 30 : t % 15 == 0 ? 15 : 10;
		*lo = t - w;
		*hi = t + w;
	}
	return 1;
}

/* Whether the time span at tokens [from, to) bounds a record: "high",
 * "low" or "peak" right after it ("four-month highs"), or "in" before it
 * after a record word of its clause ("its steepest fall in three
 * months"). */
static int
record_span(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from,
	    size_t to)
{
	if (to < se->tok_end && px__cmp_has_cue(x, CUE_PEAK, d, to, to + 1))
		return 1;
	if (from == se->tok_start ||
	    !(fold_is(&d->toks[from - 1], "in") || fold_is(&d->toks[from - 1], "for")))
		return 0;
	return cue_before(x, d, se, from - 1, 9, CUE_RECORD, NULL) != 0;
}

/* Whether a verb of wanting or demanding stands in the six words before
 * the figure at token `from`, within its clause. */
static int
wished(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	return cue_before(x, d, se, from, 6, CUE_WISH, NULL) != 0;
}

/* Whether a word of `words` stands in the n tokens before token `from`,
 * within its clause; a word of `stops` (or NULL) other than the one right
 * before `from` ends the search, as a clause break. */
static int
word_before(const struct px_doc *d, const struct px_sentence *se, size_t from, size_t n,
	    const char *const *words, const char *const *stops)
{
	size_t j = 0;

	for (j = from; j > se->tok_start && from - j < n; j--) {
		if (clause_punct(&d->toks[j - 1]) || (stops && j < from && fold_in(&d->toks[j - 1], stops)))
			return 0;
		if (fold_in(&d->toks[j - 1], words))
			return 1;
	}
	return 0;
}

/* Whether sentence se opens with a condition ("If Jones wins, ...",
 * "Unless the council agrees, ..."). */
static int
opens_condition(const struct px_doc *d, const struct px_sentence *se)
{
	static const char *const opens[] = {"if", "unless", NULL};

	return se->tok_start < se->tok_end && fold_in(&d->toks[se->tok_start], opens);
}

/*
 * Whether a figure at token `from` is hypothetical: in a condition or a
 * question (a cue of [asking] earlier in its clause: "if", "unless",
 * "whether"; not "last", "first", "how"), or in the outcome of a sentence
 * that opens with "If" or "Unless", after "would", "could" or "might" in
 * its clause.
 */
static int
hypothetical(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	static const char *const bounds[] = {"last", "first", "how", NULL};
	static const char *const modals[] = {"would", "could", "might", NULL};

	if (cue_before(x, d, se, from, 12, CUE_ASKING, bounds))
		return 1;
	return opens_condition(d, se) && word_before(d, se, from, 12, modals, NULL);
}

/* The key of the figure an earlier value is compared with ("rose to 53
 * ..., up from 47"): the last mention taken, when it is of the same
 * sentence; 0 when none. */
static int
earlier_key(const struct mention *m, size_t n, const struct cmp_sent *s, char *key, size_t cap,
	    double *scale)
{
	const char *slash = NULL;

	if (n == 0 || m[n - 1].s != s)
		return 0;
	snprintf(key, cap, "%s", m[n - 1].key);
	if ((slash = strchr(key, '/')) != NULL)
		key[slash - key] = '\0'; /* not its rate or "/past" */
	*scale = m[n - 1].scale;
	return 1;
}

static const char *actor_before(const struct px_claims *cl, const struct cmp_sent *s, size_t before);

/* Whether figure m is a vote's tally: a word of voting in its own words,
 * among the three before or right after ("voted 8-5", "by nine votes to
 * four", "a vote of 5-2", "the ballot went 30-12", "a narrow 5-4 vote"),
 * or a body split by it ("the cabinet split 6-3"). */
static int
vote_tally(const struct mention *m)
{
	const struct px_doc *d = m->s->doc;
	const struct px_sentence *se = &d->sents[m->s->idx];
	size_t from = 0, to = 0, k = 0;

	claim_tokens(m->s, m->c->start, m->c->end, &from, &to);
	for (k = from > se->tok_start + 3 ? from - 3 : se->tok_start; k <= to && k < se->tok_end; k++) {
		const char *f = d->toks[k].fold;
		if (f && (strncmp(f, "vot", 3) == 0 || strncmp(f, "ballot", 6) == 0 ||
			  /* "by a majority of 11-1", "10-2 majority verdicts" */
			  strncmp(f, "majorit", 7) == 0 ||
			  (k + 1 == from && strcmp(f, "split") == 0) ||
			  /* "Five of the seven members ... voted for", "five
			   * members backed the increase and two voted to
			   * hold": tallies the claims read from words */
			  (k > from && k < to && (strcmp(f, "of") == 0 || strcmp(f, "and") == 0))))
			return 1;
	}
	return 0;
}

/*
 * Whether the figure at token `from` is the peak of a reading ("Dravel
 * reached 46.1C", "gusts reached 140 km/h"): a temperature, speed,
 * pressure, concentration or magnitude after "reached" is the highest
 * value measured, not a count updated as news came in ("turnout had
 * reached 39%").
 */
static int
reading_peak(const struct px_quantity *q, const struct px_doc *d, const struct px_sentence *se,
	     size_t from)
{
	static const char *const dims[] = {"temperature", "speed", "pressure", "concentration",
					   "magnitude", NULL};
	size_t j = 0, k = 0;

	if (q->dim == NULL)
		return 0;
	for (k = 0; dims[k] && strcmp(dims[k], q->dim) != 0; k++)
		;
	if (dims[k] == NULL)
		return 0;
	for (j = from > se->tok_start + 4 ? from - 4 : se->tok_start; j < from; j++)
		if (fold_is(&d->toks[j], "reached"))
			return 1;
	return 0;
}

/*
 * Whether an update cue ends among the four tokens before token `from`
 * ("the toll rose to 15", "revised its estimate on Monday"). "reached" is
 * one only when the value reached stands between it and `from` (a figure:
 * "had reached 39% on Monday") or, when `from` is itself a figure (figure
 * set), nothing that names what was reached does ("turnout had reached
 * 39%"): "the drill reached bedrock on Saturday" and "has reached bedrock
 * 2,917 metres beneath the dome" tell where, not a value reached.
 */
static int
update_before(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from,
	      int figure)
{
	static const char *const reach[] = {"reached", "reaches", "reach", "reaching", NULL};
	size_t i = from > se->tok_start + 4 ? from - 4 : se->tok_start, j = 0, len = 0;
	int named = 0;

	for (; i < from; i++) {
		len = px__cmp_cue_len(x, CUE_UPDATE, d, i);
		if (len == 0 || i + len > from)
			continue;
		if (!fold_in(&d->toks[i], reach))
			return 1;
		for (j = i + len, named = 0; j < from; j++) {
			if (d->toks[j].flags & PX_TOK_NUMBER)
				return 1;
			named |= px__cmp_content_word(&d->toks[j]);
		}
		if (figure && !named)
			return 1;
	}
	return 0;
}

/* Whether a running cue comes within three tokens after token `to`
 * with no punctuation before it. */
static int
running_right_after(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t to)
{
	size_t i = 0;

	for (i = to; i < se->tok_end && i < to + 3; i++) {
		if (px__cmp_cue_len(x, CUE_RUNNING, d, i) > 0)
			return 1;
		if (d->toks[i].flags & PX_TOK_PUNCT)
			return 0;
	}
	return 0;
}

/* Whether "so far" or "to date" is the update told in the four tokens
 * before token `from` ("has so far raised £450,000"), with no other. */
static int
so_far_before(const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	size_t i = from > se->tok_start + 4 ? from - 4 : se->tok_start;

	for (; i + 1 < from; i++)
		if ((fold_is(&d->toks[i], "so") && fold_is(&d->toks[i + 1], "far")) ||
		    (fold_is(&d->toks[i], "to") && fold_is(&d->toks[i + 1], "date")))
			return 1;
	return 0;
}

/* Whether a distinct cue stands in tokens [from, to) after a figure
 * ("12 people in a separate incident"); an ordinal after "the" there
 * places the figure in a sequence ("32 riders on the third stage"). */
static int
distinct_after(struct cmp_ctx *x, const struct px_doc *d, size_t from, size_t to)
{
	size_t i = 0, len = 0;

	for (i = from; i < to; i++)
		if ((len = px__cmp_cue_len(x, CUE_DISTINCT, d, i)) > 0 && i + len <= to &&
		    !(i > from && fold_is(&d->toks[i - 1], "the") &&
		      (fold_is(&d->toks[i], "second") || fold_is(&d->toks[i], "third"))))
			return 1;
	return 0;
}

/* Whether the bare figure at token `from` is a vote's margin: "by a
 * majority of nine", "a margin of 12". */
static int
vote_margin(const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	return from >= se->tok_start + 2 && fold_is(&d->toks[from - 1], "of") &&
	       (fold_is(&d->toks[from - 2], "majority") || fold_is(&d->toks[from - 2], "margin"));
}

/* "the equivalent of £1 a week" is £52 a year: a sum of money a week or
 * a month ("GBP/week", "EUR/month") is told on the year's scale. */
static void
per_year(const struct px_quantity *q, struct mention *m)
{
	size_t kl = strlen(m->key);
	double f = 0;

	if (q->dim == NULL || strcmp(q->dim, "money") != 0)
		return;
	if (kl > 5 && strcmp(m->key + kl - 5, "/week") == 0) {
		f = 52;
		kl -= 5;
	} else if (kl > 6 && strcmp(m->key + kl - 6, "/month") == 0) {
		f = 12;
		kl -= 6;
	} else {
		return;
	}
	snprintf(m->key + kl, sizeof m->key - kl, "/year");
	m->lo *= f;
	m->hi *= f;
	m->scale *= f;
}

static px_status
collect_quantities(struct cmp_ctx *x, struct mention **out, size_t *n_out)
{
	struct mention *m = NULL;
	size_t n = 0, cap = 0, a = 0, i = 0;
	px_status st = PX_OK;
	const struct cmp_sent *row_s = NULL; /* the sentence table_row() last read */
	int row = 0;

	for (a = 0; a < x->n; a++) {
		const struct px_claims *cl = x->in[a].claims;
		for (i = 0; cl && i < cl->n; i++) {
			const struct px_claim *c = &cl->items[i];
			const struct px_quantity *q = &c->u.quantity;
			struct cmp_sent *s = NULL;
			struct mention *mm = NULL;
			size_t from = 0, to = 0, wf = 0, wt = 0;
			const struct px_sentence *se = NULL;
			double scale = 1;
			char key[64];
			int keyed = 0, past = 0, margin = 0;

			if (c->kind != PX_CLAIM_QUANTITY || c->field != PX_FIELD_TEXT)
				continue;
			keyed = quantity_key(q, key, sizeof key, &scale);
			/* A bare figure ("a crowd of 12,412") is compared
			 * only when its predicate counts people (below). */
			if (!keyed && (q->flags & PX_QTY_VAGUE || (q->unit && q->unit[0]) || q->cls || q->counts ||
				       (q->dim && q->dim[0])))
				continue;
			/* An age describes one person: compared only between
			 * mentions of the same named person ("Bente Solum,
			 * 54"), never between the unnamed ("a 54-year-old
			 * man", "the driver, a 46-year-old man"). */
			if (q->cls && strcmp(q->cls, "age") == 0) {
				const char *who = person_near(cl, c);
				size_t kl = strlen(key);
				if (who == NULL)
					continue;
				snprintf(key + kl, sizeof key - kl, "@%.40s", who);
			}
			s = px__cmp_sent_at(x, a, c->field, c->sentence);
			if (s == NULL || s->doc->toks == NULL)
				continue;
			if (q->dim && strcmp(q->dim, "money") == 0 && conversion(cl, c, s->text))
				continue;
			se = &s->doc->sents[s->idx];
			claim_tokens(s, c->start, c->end, &from, &to);
			/* "four-month highs", "its biggest fall in four
			 * months": a span that measures a record, not a
			 * figure of the story. */
			if (q->dim && strcmp(q->dim, "time") == 0 && record_span(x, s->doc, se, from, to))
				continue;
			past = px__cmp_has_cue(x, CUE_PAST, s->doc,
					       from > se->tok_start + 2 ? from - 2 : se->tok_start, from);
			if (past && bare_from(s->doc, se, from) && !measure_sibling(cl, c))
				past = 0; /* "dropped from around 200 feet" */
			if (!keyed && past)
				keyed = earlier_key(m, n, s, key, sizeof key, &scale);
			/* "14 arrests", "three deaths": a noun of something
			 * that happens to people, of a frame of people,
			 * counts the people it happened to, as "nine people
			 * were arrested" does ("41 homes" are no people). */
			if (keyed && q->cls && happening_class(q->cls) &&
			    counted_frame(x->c, s->doc, se, to, q) & PX__FRAME_PEOPLE)
				snprintf(key, sizeof key, "count:people");
			/* "passed by a majority of nine": the margin of a
			 * tally, told beside tallies */
			margin = !keyed && vote_margin(s->doc, se, from);
			if (margin) {
				snprintf(key, sizeof key, "score");
				keyed = 1;
			}
			if (!keyed) {
				unsigned f = quantity_frame(x->c, s->doc, se, from, to, PX__FRAME_PEOPLE);
				/* "The 2,850 who squeezed into the hall", "the
				 * 140 who were rescued": a figure "who" follows
				 * counts people, whatever they did */
				if (!(f & PX__FRAME_PEOPLE) &&
				    !(to < se->tok_end && fold_is(&s->doc->toks[to], "who")))
					continue;
				snprintf(key, sizeof key, "count:people");
			}
			/* "according to two people familiar with the mine":
			 * the reporter's sources, not a fact of the story.
			 * A figure a source states ("Sandvær said 260
			 * employees would lose their jobs") is one. */
			if ((from >= se->tok_start + 2 && s->doc->toks[from - 2].fold &&
			     s->doc->toks[from - 1].fold &&
			     strcmp(s->doc->toks[from - 2].fold, "according") == 0 &&
			     strcmp(s->doc->toks[from - 1].fold, "to") == 0) ||
			    cue_after(x, CUE_SOURCES, s->doc, se, to, 4))
				continue;
			/* "two years before the audit", "a week ago": a time
			 * offset locates an event, it measures nothing ("will
			 * close for 14 weeks later this year" measures). */
			if (q->dim && strcmp(q->dim, "time") == 0 && cue_after(x, CUE_OFFSET, s->doc, se, to, 1) &&
			    !(from > se->tok_start && fold_is(&s->doc->toks[from - 1], "for")))
				continue;
			if (s != row_s) {
				row_s = s;
				row = table_row(s->doc, se);
			}
			if (row)
				continue;
			if ((mm = new_mention(&m, &cap, n, s, c)) == NULL) {
				st = PX_ENOMEM;
				goto fail;
			}
			memcpy(mm->key, key, sizeof key);
			mm->lo = q->low * scale;
			mm->hi = q->high * scale;
			mm->scale = scale;
			/* Months are 28 to 31 days ("two months" beside "60
			 * days"), years 365 or 366. */
			if (q->unit && strcmp(q->unit, "month") == 0) {
				mm->lo = q->low * 28;
				mm->hi = q->high * 31;
			} else if (q->unit && strcmp(q->unit, "year") == 0) {
				mm->lo = q->low * 365;
				mm->hi = q->high * 366;
			}
			if (mm->lo > mm->hi) {
				double t = mm->lo;
				mm->lo = mm->hi;
				mm->hi = t;
			}
			wf = from > se->tok_start + CTX_WINDOW ? from - CTX_WINDOW : se->tok_start;
			wt = to + CTX_WINDOW < se->tok_end ? to + CTX_WINDOW : se->tok_end;
			st = px__cmp_vec_tokens(x, s->doc, wf, wt, c->start, c->end, &mm->ctx);
			if (st)
				goto fail;
			mm->when = quantity_when(s, cl, c, &mm->when_claim);
			{
				const char *rate = q->per && q->per[0] ? q->per : rate_after(s, to);
				size_t kl = strlen(mm->key);
				if (rate && kl + strlen(rate) + 2 < sizeof mm->key)
					snprintf(mm->key + kl, sizeof mm->key - kl, "/%s", rate);
				per_year(q, mm);
				/* "up from 44.2%": an earlier value, compared only
				 * with earlier values; one with its own time ("up
				 * from 47 on Monday evening") is the figure of that
				 * time, compared with others of it. */
				kl = strlen(mm->key);
				if (past && kl + 6 < sizeof mm->key &&
				    !(mm->when && mm->when_claim->start >= c->end &&
				      strcmp(mm->when->granularity, "time") != 0))
					snprintf(mm->key + kl, sizeof mm->key - kl, "/past");
				/* "had wanted 24 wolves shot", "is demanding a
				 * rise of 7.5 percent": a figure someone wants
				 * is compared only with other wishes. */
				kl = strlen(mm->key);
				if (wished(x, s->doc, se, from) && kl + 6 < sizeof mm->key)
					snprintf(mm->key + kl, sizeof mm->key - kl, "/wish");
				/* "If Jones wins, Republicans would control the
				 * Senate by 51-49", "whether 500 would come": a
				 * figure of a condition or its outcome is
				 * compared only with other such figures. */
				kl = strlen(mm->key);
				if (hypothetical(x, s->doc, se, from) && kl + 4 < sizeof mm->key)
					snprintf(mm->key + kl, sizeof mm->key - kl, "/if");
			}
			mm->claims = cl;
			mm->frame = quantity_frame(x->c, s->doc, se, from, to, value_kinds(q));
			/* "sold to its rival for $1.8 billion", "agreed to buy
			 * Velair, the flag carrier, for $2.1 billion": money
			 * given for something is its price. */
			if (mm->frame == 0 && q->dim && strcmp(q->dim, "money") == 0 && from > se->tok_start &&
			    s->doc->toks[from - 1].fold && strcmp(s->doc->toks[from - 1].fold, "for") == 0)
				mm->frame = word_frame(x->c, "price");
			mm->moment = quantity_moment(x->c, s->doc, se, from, to);
			mm->owner = actor_before(cl, s, c->start); /* whose figure it is */
			mm->art_date = live_entry(cl, c, se) ? NULL
				       : x->in[a].article ? x->in[a].article->date : NULL;
			mm->head = q->counts;
			if ((q->flags & PX_QTY_SCORE) && vote_tally(mm))
				mm->flags |= M_VOTE;
			if (mm->head == NULL) {
				/* "legal costs, estimated at £1.2 million":
				 * the valued noun */
				size_t comma = valued_comma(s->doc, se, from);
				if (comma > se->tok_start && px__cmp_content_word(&s->doc->toks[comma - 1]))
					mm->head = s->doc->toks[comma - 1].stem;
			}
			if (mm->head == NULL) {
				/* The nearest content word, left first, within 3. */
				size_t d = 0;
				for (d = 1; d <= 3 && mm->head == NULL; d++) {
					const struct px_token *t = NULL;
					if (from >= se->tok_start + d) {
						t = &s->doc->toks[from - d];
						if (px__cmp_content_word(t))
							mm->head = t->stem;
					}
					if (mm->head == NULL && to + d - 1 < se->tok_end) {
						t = &s->doc->toks[to + d - 1];
						if (px__cmp_content_word(t) && t->start >= c->end)
							mm->head = t->stem;
					}
				}
			}
			if (q->dim && strcmp(q->dim, "money") == 0 && to < se->tok_end && mm->head &&
			    s->doc->toks[to].start >= c->end && s->doc->toks[to].stem &&
			    strcmp(s->doc->toks[to].stem, mm->head) == 0)
				mm->flags |= M_PRICED;
			if (in_quote(x, a, c))
				mm->flags |= M_INQUOTE;
			if (margin)
				mm->flags |= M_MARGIN;
			/* a score is the state of one contest, never a sum
			 * ("beat France 24-17 with two tries in the last ten
			 * minutes") */
			if (strncmp(mm->key, "score", 5) != 0 &&
			    cumulative(x, cl, c, s->doc, se, from, to,
				       x->in[a].article ? x->in[a].article->date : NULL, &mm->period))
				mm->flags |= M_TOTAL;
			switch (part_or_total(cl, c, s->text)) {
			case 1:
				mm->flags |= M_SUBSET | M_PART;
				break;
			case 2:
				mm->flags |= M_SUBSET | M_WHOLE;
				break;
			default:
				/* "180 of the yard's permanent jobs": a part
				 * of a whole told without a figure */
				if (to + 1 < se->tok_end && fold_is(&s->doc->toks[to], "of") &&
				    fold_in(&s->doc->toks[to + 1], part_dets))
					mm->flags |= M_PART;
				break;
			}
			/* "the toll rose to 15", "turnout had reached 39%": the
			 * change is told right before the figure; an update
			 * elsewhere in the sentence ("the office, which updated
			 * its figures") does not make this figure a new one. A
			 * running count's cue comes soon after it ("had passed
			 * 4,100 signatures by the time councillors met"). */
			{
				int before = update_before(x, s->doc, se, from, 1);
				int upd = before && !reading_peak(q, s->doc, se, from);
				int run = cue_after(x, CUE_RUNNING, s->doc, se, to, 5);
				int sup = superseded(x, s->doc, se, from);
				if (upd || run || sup)
					mm->flags |= M_UPDATE;
				/* "raised £540,000 so far": the cue right after the
				 * figure and its noun ("week to date 48,900 head"
				 * after "2,400 heifers." is another figure's) */
				if (!sup && (upd ? so_far_before(s->doc, se, from)
						 : run && !before && running_right_after(x, s->doc, se, to)))
					mm->flags |= M_RUNNING;
			}
			/* "including four firefighters", "four of them
			 * firefighters": a part of a figure told nearby. */
			if (subset_cue(x, s->doc, se, from, cl, c) ||
			    cue_after(x, CUE_PARTITIVE, s->doc, se, to, 1))
				mm->flags |= M_SUBSET;
			/* Around the figure, not in it ("nearly a third"). */
			if (px__cmp_has_cue(x, CUE_DISTINCT, s->doc,
					    from > se->tok_start + 5 ? from - 5 : se->tok_start, from) ||
			    distinct_after(x, s->doc, to, to + 4 < se->tok_end ? to + 4 : se->tok_end))
				mm->flags |= M_DISTINCT;
			mm->fact = n;
			n++;
		}
	}
	*out = m;
	*n_out = n;
	return PX_OK;
fail:
	px_free(m);
	return st;
}

static int compatible(const struct mention *a, const struct mention *b);
static int rounds_to(double a, double b);
static int corroborated_part(const struct mention *m, const size_t *idx, size_t k, size_t i);
static int quoted_part(const struct mention *f, const struct mention *o);
static int small_round(double a, double b);

/* Whether two figures' times are the same relative words ("on Tuesday")
 * resolved against articles of different days: the texts do not say
 * different times. */
static int
same_relative_words(const struct mention *a, const struct mention *b)
{
	const struct px_claim *x = a->when_claim, *y = b->when_claim;

	return x && y && x->u.date.relative && y->u.date.relative && x->end - x->start == y->end - y->start &&
	       strncasecmp(a->s->text + x->start, b->s->text + y->start, x->end - x->start) == 0 &&
	       a->art_date && b->art_date && strcmp(a->art_date, b->art_date) != 0;
}

/*
 * How likely two quantity mentions state the same fact: the words around
 * the figure (the counted noun and its predicate), the whole sentences,
 * the same counted noun, both being in an article's lead, and figures of a
 * plausible distance (reporters disagree by tens of percent, not by
 * orders of magnitude: 10,000 people and 41 people are different groups).
 */
/* Whether v, written in digits, has `digits` significant digits or more
 * (with 2: 640, 12412, 1.3e9, not 500 or 3; with 3: 39.6, not 2.1). */
static int
uncommon_figure(double v, int digits)
{
	double x = fabs(v), lo = digits >= 3 ? 100 : 10;
	int k = 0;

	if (x <= 0 || x != x)
		return 0;
	/* scale to [lo, 10 lo) and look for a non-zero digit past the first */
	while (x >= lo * 10)
		x /= 10;
	while (x < lo && k++ < 40)
		x *= 10;
	return fabs(x - floor(x + 0.5)) > 1e-6 || ((long)floor(x + 0.5)) % 10 != 0;
}

/* Whether two vote tallies count one body's votes: the same number of
 * votes cast in all ("voted 8-5" and "by nine votes to four" are the
 * thirteen councillors of one vote; "356-70" and "227-205" are two), split
 * nearly alike (a tally misreported moves a vote or two: "90-7" and
 * "50-47" are two votes of one chamber). */
static int
same_body_vote(const struct mention *a, const struct mention *b)
{
	const struct px_quantity *qa = NULL, *qb = NULL;
	double total = 0;

	if (!(a->flags & b->flags & M_VOTE))
		return 0;
	qa = &a->c->u.quantity;
	qb = &b->c->u.quantity;
	total = qa->value + qa->second;
	return total >= 3 && total == qb->value + qb->second &&
	       fabs(qa->value - qb->value) <= (total / 10 > 2 ? total / 10 : 2);
}

/* The whole a part is told of ("three of the four bolts", "180 of its
 * 560 staff"): the value of the figure right after it in its sentence,
 * or -1. */
static double
whole_of(const struct mention *m)
{
	size_t i = 0, lo = 0, hi = 0;

	if (m->claims == NULL)
		return -1;
	claim_sentence(m->claims, m->c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &m->claims->items[i];
		if (c->kind == PX_CLAIM_QUANTITY && c->start >= m->c->end)
			return c->start - m->c->end < 24 ? c->u.quantity.value : -1;
	}
	return -1;
}

/* quantity_align() given the cosine of the two sentences (cs), or
 * computing it when cs < 0. */
static double
quantity_score(const struct mention *a, const struct mention *b, double cs)
{
	const struct px_quantity *qa = &a->c->u.quantity, *qb = &b->c->u.quantity;
	/* Values on the key's scale ("a third" is 33.3 beside "38%"). */
	double s = 0, va = fabs(a->lo + a->hi) / 2, vb = fabs(b->lo + b->hi) / 2;

	if (a->s->art == b->s->art || strcmp(a->key, b->key) != 0)
		return 0;
	/* "12 people were killed" and "14 people are missing". */
	if (a->frame && b->frame && a->frame != b->frame)
		return 0;
	/* A share of people ("one in three households") and a share of
	 * something else ("two-thirds of the money") never meet. */
	if (strcmp(a->key, "%") == 0 && qa->counts && qb->counts && qa->cls && qb->cls &&
	    (strcmp(qa->cls, "people") == 0) != (strcmp(qb->cls, "people") == 0))
		return 0;
	if (cs < 0)
		cs = px__cmp_cosine(&a->s->v, &b->s->v);
	/* A context's words are words of its sentence: sentences that share
	 * none (cosine 0) have contexts that share none. */
	s = 0.5 * (cs > 0 ? px__cmp_cosine(&a->ctx, &b->ctx) : 0) + 0.35 * cs;
	if (a->frame && a->frame == b->frame)
		s += 0.1;
	if (a->head && b->head && strcmp(a->head, b->head) == 0)
		s += 0.15;

	if (a->s->idx <= 1 && b->s->idx <= 1)
		s += 0.1;
	/* Each article's first figure of the kind, in its lead: the main
	 * figure of the story told in other words ("approved a 1.45 billion
	 * crown extension", "a project the city puts at 1.2 billion"). */
	if (a->flags & b->flags & M_LEADKEY)
		s += 0.1;
	/* Parts of one whole of one noun ("three of the four retaining
	 * bolts", "two of the four retaining bolts"): one count. */
	if ((a->flags & b->flags & M_PART) && a->head && b->head && strcmp(a->head, b->head) == 0) {
		double whole = whole_of(a);
		if (whole > 0 && whole == whole_of(b))
			s += 0.15;
	}
	/* A vote's margin beside a tally of votes ("passed by a majority of
	 * nine", "by 28 votes to 19"): one vote told two ways. */
	if (((a->flags ^ b->flags) & M_MARGIN) && ((a->flags | b->flags) & M_VOTE))
		return s + 0.4;
	if (va > 0 && vb > 0 && (va > 3 * vb || vb > 3 * va))
		return 0; /* not one figure misreported: two different ones */
	/* Between two candidates in one sentence, the one whose value fits
	 * is more likely the same fact ("wants 7%; offered 3.5%" twice). */
	if (compatible(a, b))
		s += 0.08;
	/* The same uncommon figure ("640", "12,412", "1.3 billion": two
	 * significant digits or more) told exactly by two sources is one
	 * fact however differently the sentences run ("Its 640 employees
	 * will lose their jobs", "Around 640 people work for the
	 * airline"). */
	if (qa->value == qb->value && a->scale == b->scale &&
	    !((qa->flags | qb->flags) & (PX_QTY_WORDS | PX_QTY_FRACTION | PX_QTY_VAGUE)) &&
	    uncommon_figure(qa->value, strcmp(a->key, "%") == 0 ? 3 : 2))
		s += 0.2;
	/* Two tallies of the same number of votes cast ("voted 8-5", "by nine
	 * votes to four"): one body's vote, however it is told. */
	if (same_body_vote(a, b))
		s += 0.4;
	return s;
}

static double
quantity_align(const struct mention *a, const struct mention *b)
{
	return quantity_score(a, b, -1);
}

static int
edge_desc(const void *p, const void *q)
{
	const struct edge *a = p, *b = q;

	if (a->w != b->w)
		return a->w > b->w ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

/* Whether edge p comes before edge q in edge_desc's order. */
static int
edge_before(const struct edge *p, const struct edge *q)
{
	if (p->w != q->w)
		return p->w > q->w;
	if (p->a != q->a)
		return p->a < q->a;
	return p->b < q->b;
}

/*
 * Sort edges in edge_desc's order: runs of 16 by insertion, then merged
 * pairwise, the comparison inline (qsort's call per comparison was most
 * of the sort on a big story). Edges that compare equal are equal in
 * every field, so the order is qsort's. Without scratch space, qsort.
 */
static void
sort_edges(struct edge *e, size_t n)
{
	struct edge *tmp = n > 16 ? px_alloc(n * sizeof(*tmp)) : NULL;
	struct edge *from = e, *to = tmp;
	size_t i = 0, j = 0, run = 16;

	if (n > 16 && tmp == NULL) {
		qsort(e, n, sizeof(*e), edge_desc);
		return;
	}
	for (i = 0; i < n; i += run) {
		size_t end = i + run < n ? i + run : n;
		for (j = i + 1; j < end; j++) {
			struct edge v = e[j];
			size_t k = j;
			for (; k > i && edge_before(&v, &e[k - 1]); k--)
				e[k] = e[k - 1];
			e[k] = v;
		}
	}
	for (; run < n; run *= 2) {
		struct edge *swap = NULL;
		for (i = 0; i < n; i += 2 * run) {
			size_t a = i, mid = i + run < n ? i + run : n, b = mid;
			size_t end = i + 2 * run < n ? i + 2 * run : n, k = i;
			while (a < mid && b < end)
				to[k++] = edge_before(&from[b], &from[a]) ? from[b++] : from[a++];
			while (a < mid)
				to[k++] = from[a++];
			while (b < end)
				to[k++] = from[b++];
		}
		swap = from;
		from = to;
		to = swap;
	}
	if (from != e)
		memcpy(e, from, n * sizeof(*e));
	px_free(tmp);
}

static size_t
find(struct mention *m, size_t i)
{
	while (m[i].fact != i) {
		m[i].fact = m[m[i].fact].fact;
		i = m[i].fact;
	}
	return i;
}

/*
 * Greedy merging: strongest edge first; two facts merge when they share no
 * article and every cross pair aligns at least at half the threshold.
 */
typedef double (*align_fn)(const struct mention *, const struct mention *);
/* An align_fn given the cosine of the two mentions' sentences (< 0: not
 * known). */
typedef double (*score_fn)(const struct mention *, const struct mention *, double);

static int
key_order(const void *p, const void *q)
{
	const struct mention *const *a = p, *const *b = q;
	int c = strcmp((*a)->key, (*b)->key);

	if (c)
		return c;
	return *a < *b ? -1 : *a > *b;
}

/*
 * Facts in two steps. Seeds: strongest pair first, two facts merge when
 * they share no article and every cross pair aligns at least at half the
 * threshold. Extension: a paraphrase often shares few words with any one
 * sentence of a fact but fits the fact as a whole, so a lone mention joins
 * the fact it fits best on average (above a lower bar) when the fact has
 * no mention of its article yet.
 *
 * Only mentions with the same key (kind of value) can align, so pairs are
 * formed within runs of equal keys: the cost is quadratic in the largest
 * run, not in all mentions of the story.
 */
/* Whether another lone mention of lone's sentence and key fits fact f
 * (member list from f through next) better on average than fit. Mentions
 * of one sentence are adjacent in m. */
static int
better_sibling(struct mention *m, size_t n, size_t lone, size_t f, const size_t *next, double fit,
	       align_fn align)
{
	size_t lo = lone, hi = lone, k = 0, t = 0;

	while (lo > 0 && m[lo - 1].s == m[lone].s)
		lo--;
	while (hi + 1 < n && m[hi + 1].s == m[lone].s)
		hi++;
	for (k = lo; k <= hi; k++) {
		double sum = 0;
		size_t cnt = 0;
		int clash = 0;
		if (k == lone || m[k].fact != k || strcmp(m[k].key, m[lone].key) != 0)
			continue;
		for (t = f; t != n && !clash; t = next[t]) {
			double w = m[t].s->art == m[k].s->art ? 0 : align(&m[k], &m[t]);
			if (w <= 0)
				clash = 1;
			sum += w;
			cnt++;
		}
		if (!clash && cnt && sum / (double)cnt > fit)
			return 1;
	}
	return 0;
}

/* Compare two size_t values (qsort). */
static int
size_order(const void *p, const void *q)
{
	size_t a = *(const size_t *)p, b = *(const size_t *)q;

	return a < b ? -1 : a > b;
}

/* The first of postings post[lo, np) (term id << 32 | number, sorted)
 * whose term id is id or above: a binary search. */
static size_t
first_posting(const uint64_t *post, size_t lo, size_t np, uint32_t id)
{
	size_t hi = np;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((uint32_t)(post[mid] >> 32) < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Append the edge of mentions a and b (of array m) with weight w, when w
 * reaches half the seed threshold min: pairs below it take part in no
 * merge or extension. */
static px_status
add_edge(struct edge **e, size_t *ne, size_t *cap, const struct mention *m,
	 const struct mention *a, const struct mention *b, double w, double min)
{
	px_status st = PX_OK;

	if (w < min * 0.5)
		return PX_OK;
	if ((st = px_grow((void **)e, cap, *ne + 1, sizeof(**e))) != PX_OK)
		return st;
	(*e)[*ne].a = (size_t)(a - m);
	(*e)[*ne].b = (size_t)(b - m);
	(*e)[*ne].w = w;
	(*ne)++;
	return PX_OK;
}

/*
 * The edges of run [run, k) of byk whose contexts share a word, in the
 * order of the full pair loop (i ascending, then j ascending): a pair
 * that shares none scores 0 and makes no edge. The context words are
 * postings (story term id << 32 | place in the run), sorted as integers.
 */
static px_status
gated_edges(struct mention **byk, size_t run, size_t k, struct mention *m, double min,
	    align_fn align, struct edge **e, size_t *ne, size_t *cap)
{
	uint64_t *post = NULL, *cand = NULL;
	size_t np = 0, pcap = 0, i = 0, t = 0, nc = 0;
	unsigned char *seen = NULL;
	px_status st = PX_OK;

	if (k - run > UINT32_MAX)
		return PX_ETOOBIG;
	for (i = run; i < k && st == PX_OK; i++)
		for (t = 0; t < byk[i]->ctx.n && st == PX_OK; t++) {
			st = px_grow((void **)&post, &pcap, np + 1, sizeof(*post));
			if (st == PX_OK)
				post[np++] = (uint64_t)byk[i]->ctx.t[t].id << 32 | (uint64_t)(i - run);
		}
	cand = px_alloc((k - run + 1) * sizeof(*cand));
	seen = px_calloc(k - run + 1, 1);
	if (st == PX_OK && (cand == NULL || seen == NULL))
		st = PX_ENOMEM;
	if (st == PX_OK && np > 1)
		px__sort_u64(post, np);
	for (i = run; st == PX_OK && i < k; i++) {
		size_t c = 0;
		nc = 0;
		for (t = 0; t < byk[i]->ctx.n; t++) {
			uint32_t id = byk[i]->ctx.t[t].id;
			size_t lo = first_posting(post, 0, np, id);
			for (; lo < np && (uint32_t)(post[lo] >> 32) == id; lo++) {
				size_t j = run + (uint32_t)post[lo];
				if (j > i && !seen[j - run]) {
					seen[j - run] = 1;
					cand[nc++] = j;
				}
			}
		}
		/* answers to a ruling align in any words ("would appeal",
		 * "accepted the judgment"), and stances on the story's
		 * matter in two general nouns (matter_tie: "backed the
		 * decision", "opposed the transfer") */
		if (byk[i]->flags & (M_ANSWER | M_MATTER))
			for (c = i + 1; c < k; c++)
				if ((byk[c]->flags & byk[i]->flags & (M_ANSWER | M_MATTER)) && !seen[c - run]) {
					seen[c - run] = 1;
					cand[nc++] = c;
				}
		if (nc > 1)
			px__sort_u64(cand, nc);
		for (c = 0; c < nc && st == PX_OK; c++) {
			size_t j = (size_t)cand[c];
			seen[j - run] = 0;
			st = add_edge(e, ne, cap, m, byk[i], byk[j], align(byk[i], byk[j]), min);
		}
		for (; c < nc; c++)
			seen[cand[c] - run] = 0;
	}
	px_free(post);
	px_free(cand);
	px_free(seen);
	return st;
}

/*
 * The edges of run [run, k) of byk in the order of the full pair loop,
 * each pair scored with the cosine of its two sentences summed through
 * the run's postings: the products of the shared terms in ascending term
 * id, as px__cmp_cosine() sums them, so every score is the same, and a
 * pair of sentences that share no term costs no merge of their vectors.
 */
static px_status
scored_edges(struct mention **byk, size_t run, size_t k, struct mention *m, double min,
	     score_fn score, struct edge **e, size_t *ne, size_t *cap)
{
	/* A posting: story term id << 32 | its number p; at[p] is the place
	   of its mention in the run and w[p] the term's weight. Numbered in
	   run order, the postings of a term sort by place. */
	uint64_t *post = NULL;
	uint32_t *at = NULL;
	float *pw = NULL;
	double *cs = NULL;
	size_t np = 0, i = 0, j = 0, t = 0;
	px_status st = PX_OK;

	for (i = run; i < k; i++)
		np += byk[i]->s->v.n;
	if (np > UINT32_MAX)
		return PX_ETOOBIG;
	post = px_alloc((np ? np : 1) * sizeof(*post));
	at = px_alloc((np ? np : 1) * sizeof(*at));
	pw = px_alloc((np ? np : 1) * sizeof(*pw));
	cs = px_alloc((k - run) * sizeof(*cs));
	if (post == NULL || at == NULL || pw == NULL || cs == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	np = 0;
	for (i = run; i < k; i++)
		for (t = 0; t < byk[i]->s->v.n; t++) {
			post[np] = (uint64_t)byk[i]->s->v.t[t].id << 32 | (uint64_t)np;
			at[np] = (uint32_t)(i - run);
			pw[np] = byk[i]->s->v.t[t].w;
			np++;
		}
	if (np > 1)
		px__sort_u64(post, np);
	for (i = run; i < k && st == PX_OK; i++) {
		const struct cmp_vec *v = &byk[i]->s->v;
		size_t lo = 0;
		for (j = i + 1; j < k; j++)
			cs[j - run] = 0;
		/* The vector's ids ascend, so each search starts where the
		   last one ended. */
		for (t = 0; t < v->n; t++) {
			uint32_t id = v->t[t].id;
			size_t q = 0;
			lo = first_posting(post, lo, np, id);
			for (q = lo; q < np && (uint32_t)(post[q] >> 32) == id; q++) {
				uint32_t p = (uint32_t)post[q];
				if (at[p] > i - run)
					cs[at[p]] += (double)v->t[t].w * pw[p];
			}
		}
		for (j = i + 1; j < k && st == PX_OK; j++)
			st = add_edge(e, ne, cap, m, byk[i], byk[j], score(byk[i], byk[j], cs[j - run]),
				      min);
	}
cleanup:
	px_free(post);
	px_free(at);
	px_free(pw);
	px_free(cs);
	return st;
}

/*
 * Alignments already computed while merging and extending facts: a merge
 * that fails is tried again for each edge between the same two facts, and
 * a lone mention is scored against a fact once for each edge to it, each
 * time over the same pairs. An align_fn is a pure function of the pair, so
 * its value is kept, by ordered pair (open addressing, grown at half full).
 * When memory runs out the values are computed again, which changes
 * nothing but the time.
 */
struct pair_memo {
	uint64_t *key; /* ((uint64_t)i << 32 | j) + 1; 0: an empty slot */
	double *w;
	size_t mask;   /* slots - 1; 0: no table (yet, or any more) */
	size_t used;
	int off;       /* out of memory: compute every pair */
};

static size_t
memo_slot(const struct pair_memo *mo, uint64_t key)
{
	uint64_t h = key * 0x9E3779B97F4A7C15ULL;
	size_t i = (size_t)(h ^ (h >> 32)) & mo->mask;

	while (mo->key[i] && mo->key[i] != key)
		i = (i + 1) & mo->mask;
	return i;
}

/* Make room for one more pair; 0 when there is none. */
static int
memo_room(struct pair_memo *mo)
{
	size_t cap = mo->mask ? 2 * (mo->mask + 1) : 1024, i = 0;
	struct pair_memo big;

	if (mo->mask && 2 * (mo->used + 1) <= mo->mask + 1)
		return 1;
	memset(&big, 0, sizeof(big));
	big.key = px_calloc(cap, sizeof(*big.key));
	big.w = px_alloc(cap * sizeof(*big.w));
	if (big.key == NULL || big.w == NULL) {
		px_free(big.key);
		px_free(big.w);
		return 0;
	}
	big.mask = cap - 1;
	big.used = mo->used;
	for (i = 0; mo->mask && i <= mo->mask; i++) {
		if (mo->key[i]) {
			size_t at = memo_slot(&big, mo->key[i]);
			big.key[at] = mo->key[i];
			big.w[at] = mo->w[i];
		}
	}
	px_free(mo->key);
	px_free(mo->w);
	*mo = big;
	return 1;
}

static double
memo_align(struct pair_memo *mo, align_fn align, const struct mention *m, size_t i, size_t j)
{
	uint64_t key = ((uint64_t)i << 32 | j) + 1;
	size_t at = 0;
	double w = 0;

	if (!mo->off && mo->mask) {
		at = memo_slot(mo, key);
		if (mo->key[at])
			return mo->w[at];
	}
	w = align(&m[i], &m[j]);
	if (mo->off)
		return w;
	if (!memo_room(mo)) {
		mo->off = 1;
		return w;
	}
	at = memo_slot(mo, key);
	mo->key[at] = key;
	mo->w[at] = w;
	mo->used++;
	return w;
}

static int uncommon_figure(double v, int digits);

/* Whether two mentions tell one uncommon value in the same terms: one
 * clock time ("14:40", "2.40pm"), or one figure of two significant digits
 * or more in digits ("4,600"). */
static int
same_told_value(const struct mention *a, const struct mention *b)
{
	if (a->c == NULL || b->c == NULL || a->c->kind != b->c->kind || strcmp(a->key, b->key) != 0)
		return 0;
	if (a->c->kind == PX_CLAIM_DATE)
		return strncmp(a->key, "time", 4) == 0 && (a->flags & b->flags & M_DIGIT) &&
		       a->c->u.date.value && b->c->u.date.value &&
		       strcmp(a->c->u.date.value, b->c->u.date.value) == 0;
	if (a->c->kind == PX_CLAIM_QUANTITY) {
		const struct px_quantity *qa = &a->c->u.quantity, *qb = &b->c->u.quantity;
		return qa->value == qb->value && a->lo == b->lo && a->hi == b->hi &&
		       !((qa->flags | qb->flags) & (PX_QTY_WORDS | PX_QTY_FRACTION | PX_QTY_VAGUE)) &&
		       uncommon_figure(qa->value, 2);
	}
	return 0;
}

/* Whether two mentions of one article tell one figure of one key: the
 * same span on the same scale. */
static int
told_again(const struct mention *a, const struct mention *b)
{
	return a->c && b->c && a->c->kind == PX_CLAIM_QUANTITY && b->c->kind == PX_CLAIM_QUANTITY &&
	       strcmp(a->key, b->key) == 0 && a->lo == b->lo && a->hi == b->hi && a->scale == b->scale;
}

/* Alignment of mention x with the members of its fact (list from root
 * r) of other articles, summed. */
static double
fit_in_fact(struct pair_memo *memo, align_fn align, struct mention *m, const size_t *next,
	    size_t n, size_t r, size_t x)
{
	double sum = 0;
	size_t t = 0;

	for (t = r; t != n; t = next[t])
		if (m[t].s->art != m[x].s->art)
			sum += memo_align(memo, align, m, x, t);
	return sum;
}

/* A figure its article tells twice may join one fact through both
 * tellings (told_again): the fact keeps the one that fits its other
 * members better, the other leaves it, so that a fact holds one mention
 * per article. */
static px_status
one_telling(struct mention *m, size_t n, const size_t *next, struct pair_memo *memo, align_fn align)
{
	unsigned char *drop = NULL;
	size_t i = 0, p = 0, q = 0, r = 0;

	for (i = 0; i < n; i++) {
		if (find(m, i) != i)
			continue;
		for (p = i; p != n; p = next[p])
			for (q = next[p]; q != n; q = next[q]) {
				if (m[p].s->art != m[q].s->art || (drop && (drop[p] || drop[q])))
					continue;
				/* the table only when some fact has two tellings */
				if (drop == NULL && (drop = px_calloc(n, 1)) == NULL)
					return PX_ENOMEM;
				if (fit_in_fact(memo, align, m, next, n, i, p) >=
				    fit_in_fact(memo, align, m, next, n, i, q))
					drop[q] = 1;
				else
					drop[p] = 1;
			}
	}
	if (drop == NULL)
		return PX_OK;
	/* every member points at its root; a dropped root hands the fact to
	   its first member kept */
	for (i = 0; i < n; i++)
		(void)find(m, i);
	for (i = 0; i < n; i++) {
		if (!drop[i] || m[i].fact != i)
			continue;
		for (r = 0; r < n && (m[r].fact != i || drop[r] || r == i); r++)
			;
		for (p = 0; r < n && p < n; p++)
			if (m[p].fact == i && !drop[p])
				m[p].fact = r;
	}
	for (i = 0; i < n; i++)
		if (drop[i])
			m[i].fact = i;
	px_free(drop);
	return PX_OK;
}

static px_status
build_facts(struct mention *m, size_t n, double min, align_fn align, score_fn score,
	    int ctx_gate)
{
	struct edge *e = NULL, *cand = NULL;
	struct mention **byk = NULL;
	size_t *size = NULL, *next = NULL, *tail = NULL, nc = 0;
	unsigned char *arts = NULL;
	size_t ne = 0, cap = 0, i = 0, j = 0, k = 0, run = 0, max_art = 0;
	struct pair_memo memo;
	px_status st = PX_OK;

	memset(&memo, 0, sizeof(memo));
	memo.off = n > UINT32_MAX;
	if (n < 2)
		return PX_OK;
	byk = px_alloc(n * sizeof(*byk));
	size = px_calloc(n, sizeof(*size));
	if (byk == NULL || size == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		byk[i] = &m[i];
		if (m[i].s->art > max_art)
			max_art = m[i].s->art;
	}
	qsort(byk, n, sizeof(*byk), key_order);
	for (run = 0; run < n; run = k) {
		for (k = run + 1; k < n && strcmp(byk[k]->key, byk[run]->key) == 0; k++)
			;
		/* Where two mentions align only when their contexts share a
		 * word (stance; quotes, which need most words of the shorter
		 * context in the longer), only such pairs are scored: found
		 * through the mentions of each context word, then taken in
		 * the same (i, j) order as the full loop. */
		if (ctx_gate && k - run > 16) {
			st = gated_edges(byk, run, k, m, min, align, &e, &ne, &cap);
			if (st)
				goto cleanup;
			continue;
		}
		if (score && k - run > 16) {
			st = scored_edges(byk, run, k, m, min, score, &e, &ne, &cap);
			if (st)
				goto cleanup;
			continue;
		}
		for (i = run; i < k && st == PX_OK; i++)
			for (j = i + 1; j < k && st == PX_OK; j++)
				st = add_edge(&e, &ne, &cap, m, byk[i], byk[j], align(byk[i], byk[j]), min);
		if (st)
			goto cleanup;
	}
	if (ne > 1)
		sort_edges(e, ne);
	for (i = 0; i < n; i++)
		size[i] = 1;
	arts = px_calloc((max_art + 1), 1);
	if (arts == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	/* Member lists per fact (head = root), so checks walk one fact's
	 * members, not every mention of the story. */
	next = px_alloc(n * sizeof(*next));
	tail = px_alloc(n * sizeof(*tail));
	if (next == NULL || tail == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		next[i] = n;
		tail[i] = i;
	}
	for (k = 0; k < ne; k++) {
		size_t ra = find(m, e[k].a), rb = find(m, e[k].b);
		int ok = 1;
		if (ra == rb || e[k].w < min)
			continue;
		/* The two facts must fit on average, and no cross pair may
		 * be ruled out (same article, different measures): a
		 * paraphrase shares few words with some sentences of a fact
		 * and many with others. */
		{
			double sum = 0;
			size_t cnt = 0;
			for (i = ra; i != n && ok; i = next[i]) {
				for (j = rb; j != n && ok; j = next[j]) {
					double w = 0;
					/* one article telling one figure twice (in
					 * its lead and again further down) is one
					 * position, told twice */
					if (m[i].s->art == m[j].s->art && told_again(&m[i], &m[j]))
						continue;
					w = m[i].s->art == m[j].s->art ? 0 : memo_align(&memo, align, m, i, j);
					if (w <= 0)
						ok = 0;
					sum += w;
					cnt++;
				}
			}
			if (ok && cnt && sum / (double)cnt < min * 0.6)
				ok = 0;
			/* A lone mention joins a fact only when no other
			 * figure of its sentence fits the fact better ("rose
			 * to 53 on Wednesday, up from 47 on Monday evening"
			 * beside "47 patients by Monday evening"). */
			if (ok && cnt && (size[ra] == 1) != (size[rb] == 1) &&
			    better_sibling(m, n, size[ra] == 1 ? ra : rb, size[ra] == 1 ? rb : ra, next,
					   sum / (double)cnt, align))
				ok = 0;
		}
		if (ok) {
			m[rb].fact = ra;
			size[ra] += size[rb];
			next[tail[ra]] = rb;
			tail[ra] = tail[rb];
		}
	}
	/* Extension: each lone mention's best fact on average, then attached
	 * best first while the fact still lacks its article. Candidates are
	 * the edges, which hold every pair worth considering. */
	cand = px_alloc((ne ? ne : 1) * sizeof(*cand));
	if (cand == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	for (k = 0; k < ne; k++) {
		size_t ends[2] = {e[k].a, e[k].b};
		int side = 0;
		for (side = 0; side < 2; side++) {
			size_t lone = ends[side], f = find(m, ends[1 - side]), t = 0, cnt = 0;
			double sum = 0;
			int clash = 0;
			if (find(m, lone) != lone || size[lone] != 1 || size[f] < 2)
				continue;
			for (t = f; t != n && !clash; t = next[t]) {
				if (m[t].s->art == m[lone].s->art)
					clash = 1;
				sum += memo_align(&memo, align, m, lone, t);
				cnt++;
			}
			if (clash || cnt == 0 || sum / (double)cnt <= min * 0.5)
				continue;
			cand[nc].a = lone;
			cand[nc].b = f;
			cand[nc].w = sum / (double)cnt;
			nc++;
			if (nc == ne)
				break;
		}
		if (nc == ne)
			break;
	}
	if (nc > 1)
		sort_edges(cand, nc);
	for (k = 0; k < nc; k++) {
		size_t lone = cand[k].a, f = find(m, cand[k].b), t = 0;
		int clash = 0;
		if (find(m, lone) != lone || size[lone] != 1)
			continue;
		for (t = f; t != n && !clash; t = next[t])
			if (m[t].s->art == m[lone].s->art)
				clash = 1;
		if (clash)
			continue;
		m[lone].fact = f;
		size[f] += 1;
		next[tail[f]] = lone;
		tail[f] = lone;
	}
	st = one_telling(m, n, next, &memo, align);
cleanup:
	px_free(e);
	px_free(cand);
	px_free(next);
	px_free(tail);
	px_free(byk);
	px_free(size);
	px_free(arts);
	px_free(memo.key);
	px_free(memo.w);
	return st;
}

static int approximate(const struct mention *m);
static double last_digit(double v);
static int cut_to(double fine, double coarse, double p);

/* The span an approximate figure is told with, narrowed by its
 * precision: "about 41,000" is a figure rounded to the thousand, not
 * anything from 36,900 to 45,100, so it is 39,500 to 42,500 (one and a
 * half units of its last digit either side); "about 300" keeps its tenth
 * either side, which is narrower than its unit. A fraction ("roughly a
 * third") or a figure of four significant digits and more tells no such
 * precision. */
static void
told_span(const struct mention *m, double *lo, double *hi)
{
	double v, p, w;

	if (!approximate(m) || m->scale <= 0 || (m->c->u.quantity.flags & PX_QTY_FRACTION))
		return;
	v = fabs(m->c->u.quantity.value);
	p = last_digit(v);
	if (v == 0 || v / p < 10 || v / p >= 1000)
		return;
	v = m->c->u.quantity.value * m->scale;
	w = 1.5 * p * m->scale;
	if (*lo < v - w)
		*lo = v - w;
	if (*hi > v + w)
		*hi = v + w;
}

static int
compatible(const struct mention *a, const struct mention *b)
{
	double eps = 0.01 * fmax(fabs(a->hi), fabs(b->hi));

	if (strcmp(a->key, "score") == 0) {
		const struct px_quantity *qa = &a->c->u.quantity, *qb = &b->c->u.quantity;
		/* a margin fits a tally of that difference ("a majority of
		 * nine", "28 votes to 19") */
		if ((a->flags ^ b->flags) & M_MARGIN)
			return a->flags & M_MARGIN ? fabs(qb->value - qb->second) == qa->value
						   : fabs(qa->value - qa->second) == qb->value;
		if (a->flags & b->flags & M_MARGIN)
			return qa->value == qb->value;
		return (qa->value == qb->value && qa->second == qb->second) ||
		       (qa->value == qb->second && qa->second == qb->value);
	}
	/* Two exact figures of one unit are one figure only when one may be
	 * the other rounded ("2.4 million" and 2,412,000, "52%" and 52.4%):
	 * "46.1C" and "46.3C" differ, and so do 41,206 and 41,260. Figures
	 * converted from other units keep the margin. */
	if (a->c && b->c && a->c->kind == PX_CLAIM_QUANTITY && b->c->kind == PX_CLAIM_QUANTITY &&
	    a->c->u.quantity.approx == PX_APPROX_EQ && b->c->u.quantity.approx == PX_APPROX_EQ &&
	    a->lo == a->hi && b->lo == b->hi && a->scale == 1 && b->scale == 1)
		return rounds_to(a->lo, b->lo) && !(strncmp(a->key, "count", 5) == 0 &&
						    (small_round(a->lo, b->lo) || small_round(b->lo, a->lo)));
	/* Exact figures in two units ("3.1 kilometres", "3,140 metres"): one
	 * figure when the finer, cut to the coarser's last written digit in
	 * the base unit, is the coarser, and that digit is a decimal one (60
	 * days may be exact, not 56 rounded: "eight weeks" differs). */
	if (a->c && b->c && a->c->kind == PX_CLAIM_QUANTITY && b->c->kind == PX_CLAIM_QUANTITY &&
	    a->c->u.quantity.approx == PX_APPROX_EQ && b->c->u.quantity.approx == PX_APPROX_EQ &&
	    a->lo == a->hi && b->lo == b->hi && a->scale > 0 && b->scale > 0 && a->scale != b->scale) {
		double pa = last_digit(a->c->u.quantity.value) * a->scale;
		double pb = last_digit(b->c->u.quantity.value) * b->scale;
		double va = a->c->u.quantity.value, vb = b->c->u.quantity.value;
		if ((pa > pb && va != floor(va) && cut_to(b->lo, a->lo, pa)) ||
		    (pb > pa && vb != floor(vb) && cut_to(a->lo, b->lo, pb)))
			return 1;
	}
	{
		double alo = a->lo, ahi = a->hi, blo = b->lo, bhi = b->hi;
		told_span(a, &alo, &ahi);
		told_span(b, &blo, &bhi);
		return alo <= bhi + eps && blo <= ahi + eps;
	}
}

/* Whether word w[0..wl) is one of the words of s (case-insensitive). */
static int
has_word(const char *s, const char *w, size_t wl)
{
	const char *p = s;

	while (*p) {
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		if (((size_t)(e - p) == wl || ((size_t)(e - p) == wl + 1 && (p[wl] == 's' || p[wl] == 'S'))) &&
		    strncasecmp(p, w, wl) == 0)
			return 1;
		p = *e ? e + 1 : e;
	}
	return 0;
}

/* Whether name s is a person's of a body ("Harriet Lyle of Lyle
 * Barraclough Planning": two capitalised words, then " of "): the
 * person's part copied to buf. */
static int
person_of(const char *s, char *buf, size_t cap)
{
	const char *of = strstr(s, " of "), *sp = NULL;
	size_t l = of ? (size_t)(of - s) : 0;

	if (of == NULL || l + 1 > cap || !isupper((unsigned char)s[0]))
		return 0;
	sp = memchr(s, ' ', l);
	if (sp == NULL || !isupper((unsigned char)sp[1]) || memchr(sp + 1, ' ', (size_t)(of - sp - 1)))
		return 0;
	memcpy(buf, s, l);
	buf[l] = '\0';
	return 1;
}

/* Whether w[0..wl) is a word that names a kind of body or its level, not
 * one body ("Council", "District", "Railways", "Ltd"). */
static int
generic_word(const char *w, size_t wl)
{
	static const char *const kinds[] = {
		"council", "councils", "committee", "board", "authority", "association", "union",
		"trust", "ltd", "inc", "plc", "llc", "company", "group", "department", "ministry",
		"agency", "party", "club", "society", "police", "service", "services", "court",
		"commission", "institute", "university", "college", "school", "hospital", "railway",
		"railways", "federation", "league", "government", "bank", "office", "corporation",
		"foundation", "district", "parish", "county", "city", "borough", "town", "regional",
		"national", "state", "federal", "municipal", "municipality", "executive", "directorate",
		"inspectorate", "of", "and", "for", "the", NULL};

	return word_among(w, wl, kinds);
}

/* Whether two names share a word that is not a generic_word(). */
static int
shares_proper_word(const char *a, const char *b)
{
	const char *p = a;

	while (*p) {
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		if (e > p && !generic_word(p, (size_t)(e - p)) && has_word(b, p, (size_t)(e - p)))
			return 1;
		p = *e ? e + 1 : e;
	}
	return 0;
}

/*
 * Two names for one person or body: the surname (last word, possessive
 * dropped) of either appears among the other's words ("Kessling" and
 * "Marta Kessling of Halvard Province").
 */
static int
same_speaker(const char *a, const char *b)
{
	const char *la = strrchr(a, ' '), *lb = strrchr(b, ' ');
	size_t na = 0, nb = 0;
	char ha[128], hb[128];

	/* "Wharrendale District Council" and "Kelderby Parish Council": two
	 * bodies of one kind share only the kind's words. */
	if (la && lb && generic_word(la + 1, strlen(la + 1)) && generic_word(lb + 1, strlen(lb + 1)) &&
	    !shares_proper_word(a, b))
		return 0;

	/* "Harriet Lyle of Lyle Barraclough Planning": the person's
	 * surname is the word before " of ", not the body's last word */
	if (person_of(a, ha, sizeof ha))
		la = strrchr(ha, ' ');
	if (person_of(b, hb, sizeof hb))
		lb = strrchr(hb, ' ');
	la = la ? la + 1 : a;
	lb = lb ? lb + 1 : b;
	na = strlen(la);
	nb = strlen(lb);
	/* "Railways" and "railway" name the same body. */
	if (na > 3 && (la[na - 1] == 's' || la[na - 1] == 'S'))
		na--;
	if (nb > 3 && (lb[nb - 1] == 's' || lb[nb - 1] == 'S'))
		nb--;
	if (na > 2 && (la[na - 2] == '\'' || la[na - 1] == '\''))
		na -= la[na - 1] == 's' ? 2 : 1;
	if (nb > 2 && (lb[nb - 2] == '\'' || lb[nb - 1] == '\''))
		nb -= lb[nb - 1] == 's' ? 2 : 1;
	return has_word(b, la, na) || has_word(a, lb, nb);
}

static const char *month_day(const char *v);
static int quantity_key(const struct px_quantity *q, char *key, size_t cap, double *scale);

/* Whether two date values can name the same day ("--11-14" and
 * "2023-11-14" can; an unresolved weekday is not compared). */
static int
same_day(const char *a, const char *b)
{
	const char *ma = month_day(a), *mb = month_day(b);

	if (strcmp(a, b) == 0 || ma == NULL || mb == NULL)
		return 1;
	if (strlen(a) != strlen(b))
		return strcmp(ma, mb) == 0;
	return 0;
}

/*
 * Whether sentence s states, in some quantity claim, a value compatible
 * with mention m's value ("the union wants 7%; the operator offered 3.5%"
 * in both sources: each states the other's figure too).
 */
static int
sentence_states(const struct cmp_sent *s, const struct px_claims *cl,
		const struct mention *m)
{
	size_t i = 0, lo = 0, hi = 0;

	if (cl == NULL)
		return 0;
	px__cmp_sentence_claims(cl, s, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &cl->items[i];
		struct mention tmp;
		double scale = 1;
		if (c == m->c || c->kind != PX_CLAIM_QUANTITY || c->field != s->field ||
		    c->sentence != s->idx)
			continue;
		memset(&tmp, 0, sizeof(tmp));
		tmp.c = c;
		if (!quantity_key(&c->u.quantity, tmp.key, sizeof tmp.key, &scale) ||
		    strncmp(tmp.key, m->key, strlen(tmp.key)) != 0)
			continue;
		tmp.lo = c->u.quantity.low * scale;
		tmp.hi = c->u.quantity.high * scale;
		tmp.scale = scale;
		if (tmp.lo > tmp.hi) {
			double t = tmp.lo;
			tmp.lo = tmp.hi;
			tmp.hi = t;
		}
		if (compatible(&tmp, m))
			return 1;
	}
	return 0;
}

/*
 * Whether the owner or speaker of m speaks for the party named `other`:
 * m's sentence names that party, possessive, before the figure ("Nordkjem's plant
 * manager, Jens Øvrebø, told the paper that some 800 kilograms had
 * escaped" beside "Nordkjem estimated 1.9 tonnes").
 */
static int
owner_speaks_for(const struct mention *m, const char *other)
{
	const struct px_doc *d = m->s->doc;
	const struct px_sentence *se = &d->sents[m->s->idx];
	const char *w = other;
	size_t j = 0;

	if (m->c == NULL)
		return 0;
	/* each capitalised word of the name of four letters or more
	 * ("Nordkjem", "BBC" is too short to tell, "The" no word of it) */
	for (; *w; w += strcspn(w, " "), w += *w == ' ') {
		size_t len = strcspn(w, " ");
		if (len < 4 || !isupper((unsigned char)w[0]))
			continue;
		for (j = se->tok_start; j < se->tok_end && d->toks[j].end <= m->c->start; j++)
		{
			const char *t = d->text + d->toks[j].start;
			size_t tl = d->toks[j].end - d->toks[j].start;
			if (tl > len && strncmp(t, w, len) == 0 &&
			    ((tl == len + 2 && strncmp(t + len, "'s", 2) == 0) ||
			     (tl == len + 4 && strncmp(t + len, "’s", 4) == 0)))
				return 1;
		}
	}
	return 0;
}

/* Whether date d (a day, a month or a year) ends more than a week
 * before the article's day: a time in the story's past, not of its news. */
static int
earlier_than_paper(const struct px_date *d, const char *art_date)
{
	int64_t f = 0, l = 0, af = 0, al = 0;

	if (d == NULL || d->value == NULL || art_date == NULL || strlen(art_date) < 10 ||
	    (strcmp(d->granularity, "day") != 0 && strcmp(d->granularity, "month") != 0 &&
	     strcmp(d->granularity, "year") != 0))
		return 0;
	return date_days(d->value, &f, &l) && date_days(art_date, &af, &al) && l + 7 < af;
}

/* Whether a figure's date is the time it is stated for: a day or a
 * month, or a year with "in" before it ("When the contract was signed in
 * 2019, councillors approved it by nine votes to two"), not a span of
 * years ("between 2021 and 2023"). */
static int
stated_time(const struct mention *m)
{
	size_t from = 0, to = 0;

	if (strcmp(m->when->granularity, "year") != 0)
		return 1;
	claim_tokens(m->s, m->when_claim->start, m->when_claim->end, &from, &to);
	return from > m->s->doc->sents[m->s->idx].tok_start && fold_is(&m->s->doc->toks[from - 1], "in");
}

/* Whether the sentence of mention m names the day `day` ("Two workers
 * were taken to hospital after the crane collapsed on Tuesday"): its
 * figure is told of that day's event, not as of its paper. */
static int
names_day(const struct mention *m, const char *day)
{
	size_t lo = 0, hi = 0, i = 0;

	if (m->claims == NULL)
		return 0;
	claim_sentence(m->claims, m->c, &lo, &hi);
	for (i = lo; i < hi; i++)
		if (m->claims->items[i].kind == PX_CLAIM_DATE && m->claims->items[i].u.date.value &&
		    strcmp(m->claims->items[i].u.date.value, day) == 0)
			return 1;
	return 0;
}

/* Whether two mentions' articles are of one day, or give none. */
static int
same_paper_day(const struct mention *a, const struct mention *b)
{
	if (a->art_date == NULL || b->art_date == NULL)
		return a->art_date == b->art_date;
	return strlen(a->art_date) >= 10 && strlen(b->art_date) >= 10 &&
	       strncmp(a->art_date, b->art_date, 10) == 0;
}

/* Why two incompatible mentions are not a contradiction, or NULL. */
static const char *
explain_difference(const struct mention *a, const struct mention *b)
{
	/* Two running totals told as they stand ("has so far raised
	 * £450,000", "has raised £540,000 so far") in papers of one day
	 * disagree on one total. */
	if (((a->flags | b->flags) & M_UPDATE) &&
	    !((a->flags & b->flags & M_RUNNING) && same_paper_day(a, b)))
		return "a figure reported as updated over time";
	/* Two parts told as parts of their wholes ("will cut 180 of its
	 * 560 staff", "will shed 210 of its 560 employees") are one
	 * figure, as are two wholes. */
	if (((a->flags | b->flags) & M_SUBSET) &&
	    !((a->flags & b->flags & M_PART) || (a->flags & b->flags & M_WHOLE)))
		return "a part beside its total";
	if ((a->flags ^ b->flags) & M_DISTINCT)
		return "the noun refers to a different thing in one source";
	if ((a->flags ^ b->flags) & M_INQUOTE)
		return "a figure inside a quote beside a reported one";
	/* "A total of 210 operations have been postponed" beside "More than
	 * 100 operations have been postponed": "a total of" with no period
	 * told, beside a figure of no told time, is one count worded two
	 * ways. */
	if ((a->flags ^ b->flags) & M_TOTAL) {
		const struct mention *t = a->flags & M_TOTAL ? a : b, *o = t == a ? b : a;
		if (t->period >= 0 || o->when || o->moment)
			return WHY_PERIOD_TOTAL;
	}
	if ((a->flags & b->flags & M_TOTAL) && a->period > 0 && b->period > 0 &&
	    (a->period > 1.5 * b->period || b->period > 1.5 * a->period))
		return "totals over periods of different lengths";
	/* Police against organisers, or one named body against another; an
	 * unnamed claimant ("the operator said") may be the named one
	 * ("Velmorian Railways said"), so the two are not told apart. */
	if (a->s->speaker && b->s->speaker &&
	    islower((unsigned char)a->s->speaker[0]) == islower((unsigned char)b->s->speaker[0]) &&
	    !same_speaker(a->s->speaker, b->s->speaker) && !owner_speaks_for(a, b->s->speaker) &&
	    !owner_speaks_for(b, a->s->speaker))
		return "different claimants";
	if (a->c->kind == PX_CLAIM_QUANTITY && b->c->kind == PX_CLAIM_QUANTITY) {
		if (a->moment != b->moment)
			return "figures stated for different moments";
		/* two spans of one thing starting in a month of the year the
		 * other names ("will close for 14 weeks later this year", "is
		 * to close for 16 weeks from early September") are not of two
		 * times; counts in March and in the year are */
		if (a->when && b->when && different_times(a->when, b->when) &&
		    !same_relative_words(a, b) &&
		    !(strcmp(a->key, "day") == 0 && month_of_year(a->when, b->when)))
			return "figures stated for different times";
		/* One figure names its time (t), the other none (u), which is
		 * as of its paper: a day or month ending more than a week
		 * before both papers is an earlier time ("on a turnout of 49
		 * percent" in May beside "Turnout was 58.4 percent" in
		 * October's paper), and a running count's day is another
		 * than u's paper's ("One miner was confirmed dead on Tuesday
		 * evening" beside "Two miners died" in Wednesday's paper). */
		if ((a->when == NULL) != (b->when == NULL)) {
			const struct mention *t = a->when ? a : b, *u = a->when ? b : a;
			if (!a->moment && stated_time(t) && earlier_than_paper(t->when, t->art_date) &&
			    earlier_than_paper(t->when, u->art_date))
				return "figures stated for different times";
			if ((a->frame & b->frame & PX__FRAME_RUNNING) && strcmp(t->when->granularity, "day") == 0 &&
			    u->art_date && strlen(u->art_date) >= 10 && strlen(t->when->value) == 10 &&
			    strncmp(t->when->value, u->art_date, 10) != 0 && !names_day(u, t->when->value))
				return "figures stated for different times";
		}
	} else if (a->s->date_value && b->s->date_value &&
		   !same_day(a->s->date_value, b->s->date_value)) {
		return "figures anchored at different days";
	}
	if (a->c->kind == PX_CLAIM_QUANTITY && b->c->kind == PX_CLAIM_QUANTITY &&
	    (sentence_states(a->s, a->claims, b) || sentence_states(b->s, b->claims, a)))
		return "one source states both figures";
	return NULL;
}

/* Add the evidence of mention m to an array in the arena. */
static void
push_article(size_t **arts, size_t *na, struct px_evidence **ev, size_t *nev,
	     struct cmp_ctx *x, const struct mention *m)
{
	px__cmp_evidence(x, m->s, &(*ev)[(*nev)++]);
	(*arts)[(*na)++] = m->s->art;
}

typedef void (*notation_fn)(const struct mention *, char *, size_t);

static void
quantity_value(const struct mention *m, char *buf, size_t cap)
{
	struct px_quantity q = m->c->u.quantity;
	double scale = 1;
	char key[64];

	if (quantity_key(&q, key, sizeof key, &scale) && scale != 1 && strcmp(key, "%") == 0) {
		/* A fraction compared as a percentage reads as one. */
		snprintf(buf, cap, "%.3g%%", q.value * scale);
		return;
	}
	px__cmp_quantity_notation(&q, buf, cap);
}

/*
 * Decide one fact (members idx[0..k)): agreement, conflict or nothing.
 */
typedef const char *(*explain_fn)(const struct mention *, const struct mention *);

/*
 * How a fact is decided: its kind names, value notation, compatibility of
 * two values, what explains a difference, and the alignment that must hold
 * between two sides before they are called a contradiction (asserting one
 * needs more certainty than agreeing).
 */
struct fact_rules {
	const char *kind;
	enum px_conflict_kind ckind;
	notation_fn notation;
	int (*compat)(const struct mention *, const struct mention *);
	explain_fn explain;
	align_fn align;
	score_fn score; /* align given the sentences' cosine, or NULL */
	double conflict_min;
	int specific; /* sides must share a word beyond the story's topic */
};

/* Whether token t of m's sentence lies in a name the claims found: a
 * capital that opens a sentence ("Wallabies got out in 2021") is no name
 * by itself. */
static int
entity_at(const struct mention *m, const struct px_token *t)
{
	size_t i = 0, lo = 0, hi = 0;

	claim_sentence(m->claims, m->c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &m->claims->items[i];
		if (c->kind == PX_CLAIM_ENTITY && c->start <= t->start && t->start < c->end)
			return 1;
	}
	return 0;
}

/*
 * Kinds of figure a story holds many of, one per event (scores of
 * matches, durations): two sides oppose only when they share a word
 * beyond the story's topic (the same opponent, the same sentence term).
 */
/* How many names near two figures (capitalised content words within the
 * context window, not days or months) they share: the
 * same teams for two scores ("18-17 defeat to France", "19-13 defeat to
 * Ireland" share none). */
static size_t
share_name(const struct mention *a, const struct mention *b)
{
	const struct px_doc *da = a->s->doc, *db = b->s->doc;
	const struct px_sentence *sa = &da->sents[a->s->idx], *sb = &db->sents[b->s->idx];
	static const char *const calendar[] = {"monday", "tuesday", "wednesday", "thursday",
					       "friday", "saturday", "sunday", "january", "february",
					       "march", "april", "may", "june", "july", "august",
					       "september", "october", "november", "december", NULL};
	size_t fa = 0, ta = 0, fb = 0, tb = 0, i = 0, j = 0, k = 0, n = 0;

	claim_tokens(a->s, a->c->start, a->c->end, &fa, &ta);
	claim_tokens(b->s, b->c->start, b->c->end, &fb, &tb);
	fa = fa > sa->tok_start + CTX_WINDOW ? fa - CTX_WINDOW : sa->tok_start;
	ta = ta + CTX_WINDOW < sa->tok_end ? ta + CTX_WINDOW : sa->tok_end;
	fb = fb > sb->tok_start + CTX_WINDOW ? fb - CTX_WINDOW : sb->tok_start;
	tb = tb + CTX_WINDOW < sb->tok_end ? tb + CTX_WINDOW : sb->tok_end;
	for (i = fa; i < ta; i++) {
		const struct px_token *t = &da->toks[i];
		if (!(t->flags & PX_TOK_CAP) || !(t->flags & PX_TOK_WORD) || !px__cmp_content_word(t) ||
		    t->stem == NULL || (i == sa->tok_start && !entity_at(a, t)))
			continue;
		if (fold_in(t, calendar))
			continue; /* "Thursday" names no side */
		for (k = fa; k < i; k++)
			if ((da->toks[k].flags & PX_TOK_CAP) && da->toks[k].stem &&
			    strcmp(da->toks[k].stem, t->stem) == 0)
				break;
		if (k < i)
			continue; /* counted already */
		for (j = fb; j < tb; j++) {
			const struct px_token *u = &db->toks[j];
			if ((u->flags & PX_TOK_CAP) && u->stem && strcmp(t->stem, u->stem) == 0 &&
			    (j != sb->tok_start || entity_at(b, u))) {
				n++;
				break;
			}
		}
	}
	return n;
}

/* Whether two scores are of one contest: both sides named near both
 * ("Wales beat France 24-18" / "24-17"), or one side named and the
 * sentences alike (cosine 0.5 or more: "the board voted 5-2 on Thursday
 * to raise the rate" / "voted 4-3"); "the House voted 356-70 for the
 * defence bill" and "the House vote of 227-205 on the tax bill" are two
 * votes. */
static int
same_contest(const struct mention *a, const struct mention *b)
{
	size_t n = share_name(a, b);

	return n >= 2 || px__cmp_cosine(&a->s->v, &b->s->v) >= 0.5 || same_body_vote(a, b);
}

static int
needs_specific(const struct mention *m)
{
	const struct px_quantity *q = NULL;

	if (m->c == NULL || m->c->kind != PX_CLAIM_QUANTITY)
		return 0;
	q = &m->c->u.quantity;
	return strncmp(m->key, "score", 5) == 0 || (q->dim && strcmp(q->dim, "time") == 0);
}

/* The content words of a figure's clause (up to 16), the figure left out. */
static size_t
clause_words(const struct px_comparer *c, const struct mention *m, const char **w, size_t cap)
{
	const struct px_doc *d = m->s->doc;
	const struct px_sentence *se = &d->sents[m->s->idx];
	size_t from = 0, to = 0, a = 0, b = 0, k = 0, n = 0, len = 0;

	claim_tokens(m->s, m->c->start, m->c->end, &from, &to);
	clause_window(d, se, from, to, &a, &b);
	for (k = a; k < b && n < cap; k++)
		if ((k < from || k >= to) && px__cmp_content_word(&d->toks[k]) && d->toks[k].stem)
			w[n++] = px__cmp_synonym(c, d->toks[k].stem, px_token_stem_len(&d->toks[k]), &len);
	return n;
}

/* How many content words the clauses of two figures share. */
static size_t
clause_shared(const struct px_comparer *c, const struct mention *a, const struct mention *b)
{
	const char *wa[16], *wb[16];
	size_t na = clause_words(c, a, wa, 16), nb = clause_words(c, b, wb, 16), i = 0, j = 0, n = 0;

	for (i = 0; i < na; i++) {
		for (j = 0; j < i && strcmp(wa[j], wa[i]) != 0; j++)
			;
		if (j < i)
			continue; /* counted once */
		for (j = 0; j < nb; j++)
			if (strcmp(wa[i], wb[j]) == 0) {
				n++;
				break;
			}
	}
	return n;
}

/* Whether m is the only figure of its sentence. */
static int
lone_figure(const struct mention *m)
{
	size_t i = 0, lo = 0, hi = 0;

	if (m->claims == NULL)
		return 0;
	claim_sentence(m->claims, m->c, &lo, &hi);
	for (i = lo; i < hi; i++)
		if (&m->claims->items[i] != m->c && m->claims->items[i].kind == PX_CLAIM_QUANTITY)
			return 0;
	return 1;
}

/* Whether two figures count one named kind of thing ("412 services",
 * "more than 600 services"), not people in general, each the only figure
 * of its sentence. */
static int
same_head(const struct mention *a, const struct mention *b)
{
	return a->head && b->head && strcmp(a->head, b->head) == 0 && a->c->u.quantity.counts &&
	       strcmp(a->head, "people") != 0 && lone_figure(a) && lone_figure(b);
}

/* Two sums of money told before one noun they value ("The €610m
 * mission", "The €475m mission"): the price of one thing. */
static int
same_priced(const struct mention *a, const struct mention *b)
{
	return (a->flags & b->flags & M_PRICED) && strcmp(a->head, b->head) == 0;
}

/* Two running totals of one act ("has so far raised £450,000", "has
 * raised £540,000 so far"). */
static int
same_running(const struct mention *a, const struct mention *b)
{
	return (a->flags & b->flags & M_RUNNING) && a->head && b->head && strcmp(a->head, b->head) == 0;
}

/* Two dates of one kind of event ("began", "opened") about the same
 * thing (their clauses share a word: "the trial"). */
static int
same_event(const struct mention *a, const struct mention *b)
{
	return a->c && a->c->kind == PX_CLAIM_DATE && a->frame && a->frame == b->frame &&
	       px__cmp_cosine(&a->ctx, &b->ctx) > 0;
}

/* Whether two figures are their articles' main ones of the kind, told of
 * one named owner ("beating Belgium's Joost Verhaegen 11-9", "beat Joost
 * Verhaegen 11-8"): the story's one contest, though the name is the
 * story's own and so no specific word. */
static int
same_lead_owner(const struct mention *a, const struct mention *b)
{
	return (a->flags & b->flags & M_LEADKEY) && a->owner && b->owner &&
	       same_speaker(a->owner, b->owner);
}

/* Whether two durations measure one span: the same frame of their own
 * ("four years in prison", "a four-year contract"), not a score. */
static int
same_span(const struct mention *a, const struct mention *b)
{
	return a->c && a->c->kind == PX_CLAIM_QUANTITY && strncmp(a->key, "score", 5) != 0 &&
	       a->frame && a->frame == b->frame;
}

/*
 * The day or month a quantity is stated for, as "YYYY-MM-DD" or
 * "YYYY-MM": the one it names, or its article's day when it names no time
 * at all (a count as of the paper's day); NULL when it names another kind
 * of time or its article has no date.
 */
static const char *
stated_day(const struct mention *m)
{
	if (m->when)
		return m->when->value && (strcmp(m->when->granularity, "day") == 0 ||
					  strcmp(m->when->granularity, "month") == 0) &&
				       strlen(m->when->value) >= 7
			       ? m->when->value
			       : NULL;
	return m->art_date && strlen(m->art_date) >= 10 ? m->art_date : NULL;
}

/*
 * Of two figures whose difference is explained with no mark to tell them
 * apart: when each is stated for its own day or month, the later one
 * leaves (a newer count, "38 people by Friday morning", beside Thursday's
 * "23" that other sources may dispute). A figure that names no time is as
 * of its article's day, and beside it the one that names a time leaves,
 * later ("14 people remained in its care on Wednesday morning" beside
 * Tuesday's "Thirty-one people were taken to hospital") or earlier ("In
 * May, ... on a turnout of 49 percent" beside October's "Turnout was 58.4
 * percent"): the story's figures are those of its papers' days.
 * Otherwise both leave.
 */
static void
later_leaves(const struct mention *a, const struct mention *b, int *keep_a, int *keep_b)
{
	const char *da = NULL, *db = NULL;
	int c = 0;

	if (a->c && a->c->kind == PX_CLAIM_QUANTITY && (a->when || b->when)) {
		da = stated_day(a);
		db = stated_day(b);
	}
	/* compared as far as the shorter goes, up to the day: a month and a
	 * day in it are no order */
	if (da && db) {
		size_t k = strlen(da) < strlen(db) ? strlen(da) : strlen(db);
		c = strncmp(da, db, k < 10 ? k : 10);
	}
	if (c != 0) {
		if ((a->when == NULL) != (b->when == NULL))
			c = a->when ? 1 : -1; /* the one that names its time */
		if (c > 0)
			*keep_a = 0;
		else
			*keep_b = 0;
		return;
	}
	*keep_a = *keep_b = 0;
}

/* Whether m is an approximate figure ("about 640", "some 3,600"): an
 * interval round a point rather than the point. "Nearly" and "up to"
 * point at no value inside their interval: they are bounds (upper_bound). */
static int
approximate(const struct mention *m)
{
	return m->c && m->c->kind == PX_CLAIM_QUANTITY && strcmp(m->key, "score") != 0 &&
	       m->c->u.quantity.approx == PX_APPROX_ABOUT;
}

/* The unit of the last digit of v: 100 for 4,200, 1 for 5, 0.1 for 4.8. */
static double
last_digit(double v)
{
	double p = 1;

	v = fabs(v);
	if (v == 0)
		return 1;
	if (fabs(v - round(v)) < 1e-9 * v) {
		while (p < 1e12 && fmod(v, p * 10) < 1e-9 * v)
			p *= 10;
		return p;
	}
	while (p > 1e-6 && fabs(v / p - round(v / p)) > 1e-6)
		p /= 10;
	return p;
}

/* Whether fine, cut to the precision p of coarse, is coarse: rounded
 * ("4.8 km" and "the 5-kilometre line") or truncated ("£1.35bn" and
 * "£1.3bn"). */
static int
cut_to(double fine, double coarse, double p)
{
	double tol = 1e-9 * fmax(fabs(coarse), 1);

	return fabs(round(fine / p) * p - coarse) < tol || fabs(floor(fine / p + 1e-9) * p - coarse) < tol;
}

/* Whether count a, of one significant digit and under a hundred, is
 * rounder than b: such a count is told as counted, not rounded ("40
 * holiday lodges" is not 38 rounded; "about 40" is). */
static int
small_round(double a, double b)
{
	double p = last_digit(a);

	return fabs(a) < 100 && p > last_digit(b) && fabs(a) / p < 10;
}

/* Whether a and b may be one figure told at two precisions. */
static int
rounds_to(double a, double b)
{
	double pa = last_digit(a), pb = last_digit(b);

	if (pa > pb)
		return cut_to(b, a, pa);
	if (pb > pa)
		return cut_to(a, b, pb);
	return a == b;
}

/*
 * The group of exact figures an approximate one belongs to: the one it
 * fits, or of several it fits the one whose figure is clearly the nearest
 * to its own ("Around 640 people" beside "Its 640 employees" and "All 580
 * employees"); -1 when it fits none, -2 when it fits several about equally
 * ("about 40 turbines" beside 38 and 42), so it takes no side.
 */
static long
approx_group(const struct mention *m, const size_t *idx, size_t k, size_t i, const int *keep,
	     const int *exact, const size_t *comp,
	     int (*compat)(const struct mention *, const struct mention *))
{
	double best = -1, second = -1, at = m[idx[i]].c->u.quantity.value * m[idx[i]].scale;
	size_t j = 0, t = 0, fit = (size_t)-1;

	for (j = 0; j < k; j++) {
		double d = 0;
		if (!keep[j] || !exact[j] || !compat(&m[idx[i]], &m[idx[j]]))
			continue;
		/* Two figures it fits that may be one told at two
		 * precisions: it bridges them as any compatible value does. */
		for (t = 0; t < j; t++)
			if (keep[t] && exact[t] && comp[t] != comp[j] && compat(&m[idx[i]], &m[idx[t]]) &&
			    rounds_to(m[idx[t]].lo, m[idx[j]].lo))
				return -1;
		d = fabs(0.5 * (m[idx[j]].lo + m[idx[j]].hi) - at);
		if (fit == (size_t)-1 || d < best) {
			if (fit != (size_t)-1 && comp[fit] != comp[j])
				second = best;
			best = d;
			fit = j;
		} else if (comp[j] != comp[fit] && (second < 0 || d < second)) {
			second = d;
		}
	}
	if (fit == (size_t)-1)
		return -1;
	if (second >= 0 && best * 2 > second)
		return -2;
	/* "about 3 kilometres" beside 2,917 and 3,040 metres: both round to
	 * it at the precision it is told with, so it fits both alike */
	if (second >= 0 && best > 0 &&
	    rounds_to(0.5 * (m[idx[fit]].lo + m[idx[fit]].hi), at))
		for (j = 0; j < k; j++)
			if (keep[j] && exact[j] && comp[j] != comp[fit] && compat(&m[idx[i]], &m[idx[j]]) &&
			    rounds_to(0.5 * (m[idx[j]].lo + m[idx[j]].hi), at))
				return -2;
	return (long)comp[fit];
}

/* Whether m is a lower bound ("more than 20", "at least 12"): true of
 * any value above it. */
static int
lower_bound(const struct mention *m)
{
	return m->c && m->c->kind == PX_CLAIM_QUANTITY && strcmp(m->key, "score") != 0 &&
	       (m->c->u.quantity.approx == PX_APPROX_GT || m->c->u.quantity.approx == PX_APPROX_GE);
}

/* Whether lower bound m stays near its figure ("just over 200", "a little
 * more than 200": [200, 220]), so that it fits no value far above it
 * ("some 260"), as "more than 200" does. */
static int
near_bound(const struct mention *m)
{
	return m->lo > 0 && m->hi <= m->lo * 1.11;
}

/* Whether the figure of the approximate mention a ("about 18 per cent")
 * lies in the interval of b. */
static int
inside(const struct mention *a, const struct mention *b)
{
	double v = a->c->u.quantity.value * a->scale, eps = 0.01 * fabs(b->hi);

	return v >= b->lo - eps && v <= b->hi + eps;
}

/* Whether m comes near a figure from below ("nearly 50", "almost 1,400",
 * "fewer than 40"): it fits the exact values of its interval ("nearly 50":
 * 45 to 50). A ceiling ("up to 85 km/h", "at most 12") is no such bound:
 * the values under it are not told apart by it, and it stays a bridge. */
static int
upper_bound(const struct mention *m)
{
	return m->c && m->c->kind == PX_CLAIM_QUANTITY && strcmp(m->key, "score") != 0 &&
	       m->c->u.quantity.approx == PX_APPROX_LT;
}

/* How many terms two vectors share. */
static size_t
shared_terms(const struct cmp_vec *a, const struct cmp_vec *b)
{
	size_t i = 0, j = 0, n = 0;

	while (i < a->n && j < b->n) {
		if (a->t[i].id == b->t[j].id) {
			n++;
			i++;
			j++;
		} else if (a->t[i].id < b->t[j].id) {
			i++;
		} else {
			j++;
		}
	}
	return n;
}

/* The most days apart two articles may be published and still dispute
 * a figure, a day or a stance (the gold stories' sources span two days at
 * most; bench-news shows developing stories weeks apart). */
#define PUBLISHED_DAYS 3

static long days_apart(const char *a, const char *b);
static int same_date_verb(const struct mention *a, const struct mention *b);
static int periods(const struct mention *m);

/* Whether the month or year of date mention m ("2019-06", "2019") is over
 * before its article's month or year: a past event's. */
static int
before_paper(const struct mention *m)
{
	const char *v = m->c && m->c->kind == PX_CLAIM_DATE ? m->c->u.date.value : NULL;
	size_t l = v ? strlen(v) : 0;

	if (v == NULL || (l != 4 && l != 7) || v[0] == '-')
		return 0;
	/* An article of no known day: told as done ("got out in 2019"). */
	if (m->art_date == NULL)
		return (m->flags & (M_DONE | M_PLANNED | M_FORECAST)) == M_DONE;
	return strlen(m->art_date) >= l && strncmp(v, m->art_date, l) < 0;
}

static const char *const particles[] = {"out", "up", "down", "off", "back", "away", "over", NULL};

/* Whether m's verb comes right before its date, with at most one word
 * between ("were installed in 2019", "was last inspected in March"). */
static int
verb_by_date(const struct mention *m)
{
	const struct px_doc *d = m->s->doc;
	const struct px_sentence *se = &d->sents[m->s->idx];
	size_t from = 0, to = 0, k = 0;

	if (m->verb == NULL)
		return 0;
	claim_tokens(m->s, m->c->start, m->c->end, &from, &to);
	for (k = 1; k <= 2 && from >= se->tok_start + k; k++)
		if (d->toks[from - k].stem && strcmp(d->toks[from - k].stem, m->verb) == 0)
			return 1;
	/* a phrasal verb's particle between ("got out in 2019", "came down
	 * on Saturday") */
	return from >= se->tok_start + 3 && fold_in(&d->toks[from - 2], particles) &&
	       d->toks[from - 3].stem && strcmp(d->toks[from - 3].stem, m->verb) == 0;
}

/* Whether two dates are told with one verb right before each and two
 * more shared words of their clauses ("Three wallabies got out in 2019",
 * "Wallabies got out in 2021"), though all of them are the story's own. */
static int
one_act_by_date(const struct cmp_ctx *x, const struct mention *a, const struct mention *b)
{
	return a->c && a->c->kind == PX_CLAIM_DATE && same_date_verb(a, b) && verb_by_date(a) &&
	       verb_by_date(b) && clause_shared(x->c, a, b) >= 2;
}

/* Whether m's sentence calls its event the first of its kind in the
 * dozen words before the date ("The first case, a Year 4 pupil, was
 * confirmed on Monday 6 October", "first sighted the chimneys on 14
 * September"): there is only one such event. */
static int
first_of_kind(const struct mention *m)
{
	const struct px_doc *d = m->s->doc;
	const struct px_sentence *se = &d->sents[m->s->idx];
	size_t from = 0, to = 0, k = 0;

	claim_tokens(m->s, m->c->start, m->c->end, &from, &to);
	for (k = from > se->tok_start + 12 ? from - 12 : se->tok_start; k < from; k++)
		if (fold_is(&d->toks[k], "first"))
			return 1;
	return 0;
}

/* Whether two dates are told of the first event of one kind with one verb
 * and another shared word of their clauses ("The first case was confirmed
 * on 2 October", "The first case ... was confirmed on Monday 6 October"). */
static int
one_first_act(const struct cmp_ctx *x, const struct mention *a, const struct mention *b)
{
	return a->c && a->c->kind == PX_CLAIM_DATE && same_date_verb(a, b) && first_of_kind(a) &&
	       first_of_kind(b) && clause_shared(x->c, a, b) >= 1;
}

/*
 * Whether two months or years of one fact dispute, neither sentence
 * comparing periods: told right after one verb, both over before their
 * papers' own, the clauses sharing two words and not each naming a thing
 * the other does not ("The sensors and sirens were installed in 2019",
 * "since they were installed in 2021"); or, with a shared name, told of
 * one past act of one named thing ("The site was last inspected by the
 * Directorate in March", "The Directorate last inspected the site in
 * June": one verb and three shared words), or of one event frame when both
 * are over before their papers' own and the contexts share a word beyond
 * the story's topic ("The Victorian theatre closed in June 2019", "The
 * Victorian venue shut its doors in September 2019").
 */
static int
coarse_dispute(struct cmp_ctx *x, const struct mention *a, const struct mention *b)
{
	size_t shared = 0;

	if (periods(a) || periods(b))
		return 0;
	shared = share_name(a, b);
	/* share_name(m, m) counts m's own names: more than it shares with
	 * the other is a name of its own ("the Orva gauges", "the Tessel
	 * gauges") */
	if (before_paper(a) && before_paper(b) && one_act_by_date(x, a, b) &&
	    !(share_name(a, a) > shared && share_name(b, b) > share_name(b, a)))
		return 1;
	if (shared == 0)
		return 0;
	if (same_date_verb(a, b) && clause_shared(x->c, a, b) >= CONFLICT_SHARED)
		return 1;
	return same_event(a, b) && before_paper(a) && before_paper(b) &&
	       px__cmp_share_specific(x, &a->ctx, &b->ctx);
}

static int names_outlet(const struct cmp_ctx *x, const char *speaker);

/* Whether two stances' objects are one word, or words reporters swap
 * ("backed the delay", "objected to the postponement"). */
static int
same_object(const struct px_comparer *c, const struct mention *a, const struct mention *b)
{
	size_t la = 0, lb = 0;
	const char *sa = px__cmp_synonym(c, a->object, strlen(a->object), &la);
	const char *sb = px__cmp_synonym(c, b->object, strlen(b->object), &lb);

	return la == lb && memcmp(sa, sb, la) == 0;
}

/* Whether two dates are told of one act of one named body in much the
 * same words: one verb, a shared name and three shared words of their
 * clauses ("Wharrendale District Council refused planning permission in
 * October 2023", "Wharrendale District Council's refusal of the scheme
 * in January 2024"), though all of them are the story's own. */
static int
one_named_act(const struct cmp_ctx *x, const struct mention *a, const struct mention *b)
{
	return a->c && a->c->kind == PX_CLAIM_DATE && same_date_verb(a, b) && share_name(a, b) > 0 &&
	       clause_shared(x->c, a, b) >= CONFLICT_SHARED;
}

/* The organisations and people that open article a's lead as its subject
 * (at most two words before them in its first sentence, after any
 * dateline; not an outlet of the story), at most cap of them; their
 * count. Claims come in text order, so the scan ends at the first that
 * lies further in. */
static size_t
lead_subjects(const struct cmp_ctx *x, size_t a, const struct px_entity **out, size_t cap)
{
	const struct px_claims *cl = x->in[a].claims;
	const struct px_doc *d = x->in[a].text;
	size_t i = 0, n = 0, skip = 0;

	if (cl == NULL || d == NULL || d->n_sents == 0)
		return 0;
	{
		struct px_dateline dl;
		const struct px_sentence *se = &d->sents[0];
		if (px_dateline_parse(d->text + se->start, se->end - se->start, &dl))
			skip = se->start + dl.end;
	}
	if (skip < d->sents[0].start)
		skip = d->sents[0].start;
	for (i = 0; i < cl->n && n < cap; i++) {
		const struct px_claim *c = &cl->items[i];
		size_t k = 0, spaces = 0;

		if (c->field != PX_FIELD_TEXT)
			continue;
		if (c->sentence > 0)
			break;
		if (c->kind != PX_CLAIM_ENTITY || c->start < skip)
			continue;
		for (k = skip; k < c->start && k < d->len; k++)
			spaces += d->text[k] == ' ';
		if (spaces > 2)
			break;
		if (c->u.entity.type == NULL ||
		    (strcmp(c->u.entity.type, "org") != 0 && strcmp(c->u.entity.type, "person") != 0) ||
		    c->u.entity.name == NULL || strlen(c->u.entity.name) < 3 ||
		    names_outlet(x, c->u.entity.name))
			continue;
		out[n++] = &c->u.entity;
	}
	return n;
}

/* Whether article b names organisation or person e anywhere (as written
 * or in its fullest form). */
static int
names_subject(const struct cmp_ctx *x, size_t b, const struct px_entity *e)
{
	const struct px_doc *docs[2] = {x->in[b].title, x->in[b].text};
	size_t k = 0;

	for (k = 0; k < 2; k++) {
		if (docs[k] == NULL || docs[k]->text == NULL)
			continue;
		if (strstr(docs[k]->text, e->name) ||
		    (e->canonical && strstr(docs[k]->text, e->canonical)))
			return 1;
	}
	return 0;
}

/*
 * Whether articles a and b are about different subjects: each lead opens
 * with an organisation or a person and neither article names any of the
 * other's ("The Hokkaido Bank Ltd is issuing a 30 mln dlr convertible
 * eurobond" beside "The Gunma Bank Ltd is issuing a 50 mln dlr convertible
 * eurobond"; "Paul Bilzerian reported that he holds a 7.2 pct stake"
 * beside another investor's filing): notices of one kind clustered
 * together, whose figures are each their own subject's.
 */
static int
other_subjects(struct cmp_ctx *x, size_t a, size_t b)
{
	const struct px_entity *ea[4], *eb[4];
	size_t na = 0, nb = 0, i = 0;
	signed char v = 0;

	if (a == b)
		return 0;
	if (x->subjects == NULL) {
		x->subjects = px_arena_alloc(&x->scratch, x->n * x->n);
		if (x->subjects == NULL)
			return 0;
		memset(x->subjects, -1, x->n * x->n);
	}
	if (x->subjects[a * x->n + b] >= 0)
		return x->subjects[a * x->n + b];
	na = lead_subjects(x, a, ea, 4);
	nb = lead_subjects(x, b, eb, 4);
	v = na > 0 && nb > 0;
	for (i = 0; v && i < na; i++)
		if (names_subject(x, b, ea[i]))
			v = 0;
	for (i = 0; v && i < nb; i++)
		if (names_subject(x, a, eb[i]))
			v = 0;
	x->subjects[a * x->n + b] = x->subjects[b * x->n + a] = v;
	return v;
}

/* Whether the articles of a and b were published more than
 * PUBLISHED_DAYS apart (both dated to the day). */
static int
published_apart(const struct cmp_ctx *x, const struct mention *a, const struct mention *b)
{
	const struct px_article *pa = x->in[a->s->art].article, *pb = x->in[b->s->art].article;

	return pa && pb && days_apart(pa->date, pb->date) > PUBLISHED_DAYS;
}

/*
 * Whether two dates are each their own article's day of publication, the
 * articles of different days ("Trump arrived in China on Wednesday" in
 * Wednesday's paper, "pressed China on Thursday" in Thursday's): each
 * source tells the news of its own day, a developing story's next step,
 * not a dispute over one day.
 */
static int
own_days(const struct cmp_ctx *x, const struct mention *a, const struct mention *b)
{
	const struct px_article *pa = x->in[a->s->art].article, *pb = x->in[b->s->art].article;
	const char *va = a->c ? a->c->u.date.value : NULL, *vb = b->c ? b->c->u.date.value : NULL;

	return pa && pb && pa->date && pb->date && va && vb && strlen(pa->date) >= 10 &&
	       strlen(pb->date) >= 10 && strlen(va) == 10 && strlen(vb) == 10 &&
	       strncmp(pa->date, pb->date, 10) != 0 && strncmp(va, pa->date, 10) == 0 &&
	       strncmp(vb, pb->date, 10) == 0;
}

static double stance_joins(const struct mention *a, const struct mention *b);

#define SIDE_JOINERS 8 /* articles one side of a conflict may be joined by */

/*
 * The mentions of one kind chained by key: first[i] is the first mention
 * whose key is mention i's, next[i] the next one after i (n: none), so that
 * side_joiners reads the mentions of a side's key alone, in mention order,
 * instead of comparing the key of every mention of the story per side (a
 * scan quadratic in a story's mentions: 2.3% of bench-news's report).
 * Made when side_joiners first needs them.
 */
struct key_chains {
	size_t n;
	size_t *first, *next; /* NULL until made */
};

static px_status
key_chains_make(struct key_chains *kc, const struct mention *m)
{
	struct px_map *keys = NULL;
	size_t i = 0, *last = NULL;
	px_status st = PX_OK;

	kc->first = px_alloc((kc->n ? kc->n : 1) * sizeof(*kc->first));
	kc->next = px_alloc((kc->n ? kc->n : 1) * sizeof(*kc->next));
	last = px_alloc((kc->n ? kc->n : 1) * sizeof(*last));
	if (kc->first == NULL || kc->next == NULL || last == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	if ((st = px_map_new(&keys)) != PX_OK)
		goto cleanup;
	/* last[id]: the latest mention of key id so far. */
	for (i = 0; i < kc->n; i++) {
		uint32_t id = 0;
		int added = 0;
		if ((st = px_map_intern(keys, m[i].key, strlen(m[i].key), &id, &added)) != PX_OK)
			goto cleanup;
		kc->next[i] = kc->n;
		if (added) {
			kc->first[i] = i;
		} else {
			kc->first[i] = kc->first[last[id]];
			kc->next[last[id]] = i;
		}
		last[id] = i;
	}
cleanup:
	px_map_free(keys);
	px_free(last);
	if (st != PX_OK) {
		px_free(kc->first);
		px_free(kc->next);
		kc->first = kc->next = NULL;
	}
	return st;
}

/*
 * The mentions of other articles (of m, every mention of the kind, kc
 * chaining them by key) that join side `side` of a conflict (members idx[0..k), kept
 * ones grouped by comp): an article that has no
 * member in the fact, not joined already (joined[0..nj)), whose mention
 * of the kind is compatible with every member of the side, closely enough
 * aligned with one of them (at the agreement threshold, not the
 * conflict's: it agrees with the side), and incompatible with every
 * member of the other sides for no explained reason. Its best aligned
 * mention goes in out; returns how many, their articles appended to
 * joined.
 */
static size_t
side_joiners(struct cmp_ctx *x, const struct mention *m, struct key_chains *kc, const size_t *idx,
	     size_t k, const int *keep, const size_t *comp, size_t side, const struct fact_rules *fr,
	     const struct mention **out, size_t *joined, size_t nj)
{
	size_t c = 0, j = 0, n = 0;
	double best[SIDE_JOINERS];

	if (nj + SIDE_JOINERS > 64 ||
	    (fr->ckind != PX_CONFLICT_QUANTITY && fr->ckind != PX_CONFLICT_DATE &&
	     fr->ckind != PX_CONFLICT_STANCE))
		return 0;
	if (kc->next == NULL && (x->st = key_chains_make(kc, m)) != PX_OK)
		return 0;
	/* The mentions of the side's key, in mention order. */
	for (c = kc->first[idx[0]]; c < kc->n; c = kc->next[c]) {
		const struct mention *mc = &m[c];
		double fit = 0;
		int ok = 1;
		for (j = 0; j < k && m[idx[j]].s->art != mc->s->art; j++)
			;
		if (j < k)
			continue; /* the fact speaks for that article */
		for (j = 0; j < nj && joined[j] != mc->s->art; j++)
			;
		if (j < nj)
			continue;
		/* Compatible with every member of the side and with no member
		   of the others, aligned closely enough, and then no reason
		   given for a difference from the others: the tests are pure,
		   so the cheap ones go first (the explanations of dates read
		   their sentences' other claims). */
		for (j = 0; j < k && ok; j++)
			if (keep[j] && (comp[j] == side) != (fr->compat(mc, &m[idx[j]]) != 0))
				ok = 0;
		for (j = 0; j < k && ok; j++) {
			const struct mention *o = &m[idx[j]];
			double a = 0;
			if (!keep[j] || comp[j] != side)
				continue;
			a = fr->ckind == PX_CONFLICT_STANCE ? stance_joins(mc, o) : fr->align(mc, o);
			/* one that tells a member's uncommon value exactly ("at
			 * 14.40" beside "at 2.40pm") needs half the alignment,
			 * down to a floor */
			if (a >= 0.15 && same_told_value(mc, o))
				a *= 2;
			if (a > fit)
				fit = a;
		}
		if (!ok || fit < x->c->opts.align_min)
			continue;
		for (j = 0; j < k && ok; j++)
			if (keep[j] && comp[j] != side && fr->explain(mc, &m[idx[j]]) != NULL)
				ok = 0;
		if (!ok)
			continue;
		for (j = 0; j < n && out[j]->s->art != mc->s->art; j++)
			;
		if (j < n) {
			if (fit > best[j]) {
				out[j] = mc;
				best[j] = fit;
			}
			continue;
		}
		if (n == SIDE_JOINERS)
			continue;
		out[n] = mc;
		best[n++] = fit;
	}
	for (j = 0; j < n; j++)
		joined[nj + j] = out[j]->s->art;
	return n;
}

/*
 * A mention that left a fact for a difference explained against one side
 * ("covers 3,412 riders who made deliveries between 2019 and 2023", a
 * total over a period, beside "some 4,300 riders in the city") but whose
 * value fits every member of another side ("about 3,400 riders in the
 * city") and no member of the rest is that side's: it tells the value the
 * side tells, of the fact the sides dispute. Its article must be on no
 * side yet.
 */
static void
rejoin_explained(const struct mention *m, const size_t *idx, size_t k, int *keep, size_t *comp,
		 const int *explained, const struct fact_rules *fr)
{
	size_t i = 0, j = 0;

	for (i = 0; i < k; i++) {
		size_t side = (size_t)-1;
		int ok = 1;
		if (!explained[i])
			continue;
		for (j = 0; j < k && ok; j++) {
			if (!keep[j])
				continue;
			if (m[idx[j]].s->art == m[idx[i]].s->art)
				ok = 0;
			else if (fr->compat(&m[idx[i]], &m[idx[j]])) {
				if (side != (size_t)-1 && side != comp[j])
					ok = 0;
				side = comp[j];
			}
		}
		for (j = 0; j < k && ok && side != (size_t)-1; j++)
			if (keep[j] && comp[j] == side && !fr->compat(&m[idx[i]], &m[idx[j]]))
				ok = 0;
		if (ok && side != (size_t)-1) {
			keep[i] = 1;
			comp[i] = side;
		}
	}
}

/* Whether a speaker is a full name: two words or more, each capitalised
 * ("Tomas Reinholt", not "Kuwaiti" or "Slidell police"). */
static int
full_name(const char *v)
{
	size_t words = 0;
	const char *p = v;

	if (v == NULL)
		return 0;
	while (*p) {
		while (*p == ' ')
			p++;
		if (*p == 0)
			break;
		if (!isupper((unsigned char)*p) && !((unsigned char)*p & 0x80))
			return 0;
		words++;
		while (*p && *p != ' ')
			p++;
	}
	return words >= 2;
}

static int names_outlet(const struct cmp_ctx *x, const char *speaker);

/*
 * Whether reported speech r tells quotation q in nearly its words, given
 * by "according to": "The bottom sections could hold ice more than 1.2
 * million years old, according to Tomas Reinholt" beside "The bottom
 * sections could hold ice that fell as snow more than 1.2 million years
 * ago," said Maren Ostby. Such a paraphrase may make a side of its own
 * when both speakers are named in full ("a senior Palestinian politician"
 * is not) and neither is an outlet.
 */
static int
close_paraphrase(const struct cmp_ctx *x, const struct mention *r, const struct mention *q)
{
	size_t shared = 0, small = 0;

	if (r->c == NULL || q->c == NULL || (r->flags & M_FRAGMENT) || r->c->u.quote.cue == NULL ||
	    strcmp(r->c->u.quote.cue, "according to") != 0 || !full_name(r->value) ||
	    !full_name(q->value) || names_outlet(x, r->value) || names_outlet(x, q->value))
		return 0;
	shared = shared_terms(&r->ctx, &q->ctx);
	small = r->ctx.n < q->ctx.n ? r->ctx.n : q->ctx.n;
	return shared >= 5 && (double)shared >= 0.6 * (double)small;
}

static void
decide(struct cmp_ctx *x, struct mention *m, struct key_chains *kc, size_t *idx, size_t k,
       const struct fact_rules *fr)
{
	const char *kind = fr->kind;
	enum px_conflict_kind ckind = fr->ckind;
	notation_fn notation = fr->notation;
	int (*compat)(const struct mention *, const struct mention *) = fr->compat;
	explain_fn explain = fr->explain;
	size_t comp[64];
	size_t ncomp = 0, i = 0, j = 0, live = 0;
	int keep[64], loose[64], exact[64], apx[64], explained[64], coarse = 0;
	char val[96];
	const char *about = m[idx[0]].about;

	if (k > 64)
		k = 64;
	/* Drop members whose difference from another is explained. */
	for (i = 0; i < k; i++)
		keep[i] = 1;
	/* Reported speech only joins the side of a direct quote of the same
	 * speaker: a paraphrase given to someone else is too weak a ground
	 * for an attribution conflict. */
	for (i = 0; i < k; i++) {
		if (!(m[idx[i]].flags & M_REPORTED))
			continue;
		for (j = 0; j < k; j++)
			if (!(m[idx[j]].flags & M_REPORTED) &&
			    (compat(&m[idx[i]], &m[idx[j]]) || close_paraphrase(x, &m[idx[i]], &m[idx[j]])))
				break;
		if (j == k && !corroborated_part(m, idx, k, i))
			keep[i] = 0;
	}
	for (i = 0; i < k; i++)
		explained[i] = 0;
	for (i = 0; i < k; i++) {
		for (j = i + 1; j < k; j++) {
			const char *why = NULL;
			int was_i = keep[i], was_j = keep[j], scope = 0;
			if (!keep[i] || !keep[j] || compat(&m[idx[i]], &m[idx[j]]))
				continue;
			why = explain(&m[idx[i]], &m[idx[j]]);
			if (why == NULL)
				continue;
			/* differences of scope, not of what the figure is: a
			   total over a period beside a figure for one time, a
			   quoted position beside a reported act */
			scope = strcmp(why, WHY_PERIOD_TOTAL) == 0 || strcmp(why, WHY_QUOTED_STANCE) == 0;
			px__cmp_dismiss(x, about, why, m[idx[i]].s, m[idx[j]].s);
			/* The side that carries the explaining mark leaves the
			 * comparison, a quoted figure first ("close to 400
			 * jobs", said a union leader, beside "will cut 180 of
			 * its 560 staff"); when both or neither do, both
			 * leave. */
			{
				static const unsigned marks[] = {M_INQUOTE, M_UPDATE, M_SUBSET, M_DISTINCT,
								 M_TOTAL};
				unsigned fi = m[idx[i]].flags, fj = m[idx[j]].flags;
				size_t t = 0, narrow = fi & M_TOTAL ? j : i;
				for (t = 0; t < sizeof marks / sizeof marks[0]; t++)
					if ((fi ^ fj) & marks[t])
						break;
				/* a total beside a figure for one moment ("In all,
				 * about 140 rescuers" beside "around 60 rescuers
				 * are underground at any one time"): the moment's
				 * figure is the narrower one and leaves */
				if (t < sizeof marks / sizeof marks[0] && marks[t] == M_TOTAL &&
				    m[idx[narrow]].moment != 0)
					keep[narrow] = 0;
				else if (t == sizeof marks / sizeof marks[0])
					later_leaves(&m[idx[i]], &m[idx[j]], &keep[i], &keep[j]);
				else if (fi & marks[t])
					keep[i] = 0;
				else
					keep[j] = 0;
			}
			if (was_i && !keep[i])
				explained[i] = scope;
			if (was_j && !keep[j])
				explained[j] = scope;
		}
	}
	/* Connected groups of compatible values. A bound ("more than 20",
	 * "nearly 50") is no point: it joins the one group its open interval
	 * fits, and sits on no side when it fits two ("more than 20" beside
	 * 23 and 31, "nearly 50" beside 46 and 48). */
	for (i = 0; i < k; i++) {
		comp[i] = keep[i] ? i : (size_t)-1;
		loose[i] = !keep[i] ? 0 : lower_bound(&m[idx[i]]) ? 1 : upper_bound(&m[idx[i]]) ? 2 : 0;
		exact[i] = keep[i] && !loose[i] && !approximate(&m[idx[i]]);
		apx[i] = -1;
	}
	/* Exact figures first; an approximate one then joins the group of
	 * exact figures it fits best, so that "about 40" does not bridge 38
	 * and 42 into one group. One that fits no exact figure groups as
	 * before, with whatever it is compatible with. */
	for (i = 0; i < k; i++) {
		for (j = i + 1; j < k; j++) {
			if (!exact[i] || !exact[j] || !compat(&m[idx[i]], &m[idx[j]]))
				continue;
			{
				size_t ci = comp[i], cj = comp[j], t = 0;
				for (t = 0; t < k; t++)
					if (comp[t] == cj)
						comp[t] = ci;
			}
		}
	}
	for (i = 0; i < k; i++)
		if (keep[i] && !loose[i] && !exact[i])
			apx[i] = approx_group(m, idx, k, i, keep, exact, comp, compat);
	for (i = 0; i < k; i++) {
		if (apx[i] >= 0)
			comp[i] = (size_t)apx[i];
		else if (apx[i] == -2) {
			keep[i] = 0;
			px__cmp_dismiss(x, about, "an approximate figure that fits values on both sides",
					m[idx[i]].s, m[idx[i]].s);
		}
	}
	for (i = 0; i < k; i++) {
		for (j = 0; j < k; j++) {
			if (i == j || !keep[i] || !keep[j] || loose[i] || loose[j] || apx[i] != -1 ||
			    exact[i] || !compat(&m[idx[i]], &m[idx[j]]))
				continue;
			{
				size_t ci = comp[j], cj = comp[i], t = 0;
				for (t = 0; t < k; t++)
					if (comp[t] == cj)
						comp[t] = ci;
			}
		}
	}
	for (i = 0; i < k; i++) {
		size_t fits = (size_t)-1, fits_at = 0, nfit = 0;
		if (!loose[i])
			continue;
		for (j = 0; j < k; j++) {
			double eps = 0.01 * fabs(m[idx[j]].hi), jlo = m[idx[j]].lo, jhi = m[idx[j]].hi;
			if (fr->ckind == PX_CONFLICT_QUANTITY)
				told_span(&m[idx[j]], &jlo, &jhi);
			/* a lower bound fits any value above it; "nearly 400"
			 * only values near it: exact ones of its interval (380,
			 * not 260), approximate ones whose figure is in it
			 * ("about 18 per cent" beside "nearly one in five",
			 * not "about 1,150" beside "almost 1,400") */
			if (!keep[j] || loose[j] || comp[j] == fits ||
			    (loose[i] == 1 ? jhi + eps < m[idx[i]].lo ||
						     (near_bound(&m[idx[i]]) && jlo > m[idx[i]].hi + eps)
					   : !(exact[j] ? compat(&m[idx[i]], &m[idx[j]])
							: inside(&m[idx[j]], &m[idx[i]]))))
				continue;
			/* two values it fits that may be one told at two
			 * precisions ("just under five kilometres" beside 5
			 * and 4.8 km) are one value: it bridges them */
			if (loose[i] == 2 && fits != (size_t)-1 && rounds_to(m[idx[j]].lo, m[idx[fits_at]].lo)) {
				size_t t = 0, from_comp = comp[j];
				for (t = 0; t < k; t++)
					if (comp[t] == from_comp)
						comp[t] = fits;
				continue;
			}
			if (fits != (size_t)-1 && comp[j] != fits)
				nfit++;
			else if (fits == (size_t)-1)
				nfit = 1;
			fits = comp[j];
			fits_at = j;
		}
		if (nfit >= 2) {
			keep[i] = 0;
			px__cmp_dismiss(x, about, "a bound that fits values on both sides", m[idx[i]].s,
					m[idx[i]].s);
		} else if (nfit == 1) {
			comp[i] = fits;
		}
	}
	/* Bounds that fit no value are one side: bounds of one direction
	 * never contradict each other ("more than $20bn", "over $27bn"); a
	 * lower and an upper bound do when no value fits both ("more than
	 * 500", "nearly 400"). */
	for (i = 0; i < k; i++) {
		for (j = i + 1; j < k; j++) {
			if (!keep[i] || !keep[j] || !loose[i] || !loose[j] || comp[i] != i || comp[j] != j ||
			    (loose[i] != loose[j] && !compat(&m[idx[i]], &m[idx[j]])))
				continue;
			comp[j] = i;
		}
	}
	for (i = 0; i < k; i++) {
		if (!keep[i])
			continue;
		live++;
		for (j = 0; j < i; j++)
			if (keep[j] && comp[j] == comp[i])
				break;
		if (j == i)
			ncomp++;
	}
	if (live < 2)
		return;
	/* A month or a year is shared by many events of a story ("in
	 * March", "in 2029"): sources naming the same one agree, but
	 * different ones dispute only when told of one kind of event (below). */
	coarse = ncomp > 1 && m[idx[0]].c && m[idx[0]].c->kind == PX_CLAIM_DATE &&
		 (strncmp(m[idx[0]].key, "month", 5) == 0 || strncmp(m[idx[0]].key, "year", 4) == 0);
	if (ncomp > 1) {
		/* A side joins the conflict only when some mention of it is
		 * closely aligned with a mention of another side. */
		int linked[64], far = 0;
		size_t nlinked = 0;
		for (i = 0; i < k; i++)
			linked[i] = 0;
		for (i = 0; i < k; i++) {
			for (j = 0; j < k; j++) {
				if (!keep[i] || !keep[j] || comp[i] == comp[j])
					continue;
				if (m[idx[i]].c && m[idx[i]].c->kind == PX_CLAIM_QUANTITY &&
				    strncmp(m[idx[i]].key, "score", 5) == 0 && !same_contest(&m[idx[i]], &m[idx[j]]))
					continue;
				/* Opposite stances dispute one thing: the objects
				 * have one head or share two words ("denied charges
				 * of fraud" and "refused to stop the fraud" do not). */
				if (ckind == PX_CONFLICT_STANCE && !same_object(x->c, &m[idx[i]], &m[idx[j]]) &&
				    shared_terms(&m[idx[i]].ctx, &m[idx[j]].ctx) <
					    (m[idx[i]].flags & m[idx[j]].flags & M_THAT ? 1 : 2) &&
				    !(m[idx[i]].flags & m[idx[j]].flags & (M_MATTER | M_ANSWER)))
					continue;
				/* Articles published days apart tell a developing
				 * story at different moments (a vote count, a
				 * deadline, who still backs a candidate): their
				 * figures, days and stances are no dispute; nor are
				 * two days each of its own paper, unless told with
				 * one verb ("a court on Wednesday annulled the
				 * licence", "a court on Thursday annulled the
				 * licence"). Who spoke a quotation does not change
				 * with time. */
				if (ckind != PX_CONFLICT_ATTRIBUTION &&
				    other_subjects(x, m[idx[i]].s->art, m[idx[j]].s->art))
					continue;
				if (ckind != PX_CONFLICT_ATTRIBUTION && published_apart(x, &m[idx[i]], &m[idx[j]])) {
					far = 1;
					continue;
				}
				if (coarse && !coarse_dispute(x, &m[idx[i]], &m[idx[j]]))
					continue;
				/* Two days more than a year apart are days of two
				 * events, not one day told two ways ("the
				 * agreement was reached in Paris today" beside
				 * "an agreement in Paris" of two years before). */
				if (ckind == PX_CONFLICT_DATE && m[idx[i]].c && m[idx[j]].c &&
				    days_apart(m[idx[i]].c->u.date.value, m[idx[j]].c->u.date.value) > 366)
					continue;
				if (ckind == PX_CONFLICT_DATE && own_days(x, &m[idx[i]], &m[idx[j]]) &&
				    !same_date_verb(&m[idx[i]], &m[idx[j]])) {
					far = 1;
					continue;
				}
				/* "The Aviator leads with 14 nominations", "The BBC
				 * has 16 nominations": figures of two named owners
				 * are two facts. */
				if (m[idx[i]].owner && m[idx[j]].owner &&
				    !same_speaker(m[idx[i]].owner, m[idx[j]].owner) &&
				    !owner_speaks_for(&m[idx[i]], m[idx[j]].owner) &&
				    !owner_speaks_for(&m[idx[j]], m[idx[i]].owner))
					continue;
				/* A disputed figure is told in much the same words
				 * around it: three shared words of context, unless
				 * the figures share a frame, are each article's
				 * main figure of the kind or tally one body's
				 * votes. */
				if (m[idx[i]].c && m[idx[i]].c->kind == PX_CLAIM_QUANTITY &&
				    clause_shared(x->c, &m[idx[i]], &m[idx[j]]) <
					    (same_head(&m[idx[i]], &m[idx[j]]) &&
							     fr->align(&m[idx[i]], &m[idx[j]]) >= fr->conflict_min + 0.05
						     ? 2
						     : CONFLICT_SHARED) &&
				    !(m[idx[i]].frame && m[idx[i]].frame == m[idx[j]].frame) &&
				    !(m[idx[i]].flags & m[idx[j]].flags & M_LEADKEY) &&
				    !same_body_vote(&m[idx[i]], &m[idx[j]]) && !same_priced(&m[idx[i]], &m[idx[j]]) &&
				    !same_running(&m[idx[i]], &m[idx[j]]))
					continue;
				/* Dates of one event frame ("issued a red warning
				 * on Monday", "the red warning, issued on Sunday
				 * evening") oppose at a looser alignment: the frame
				 * says what happened that day. */
				/* Bounds ("did not reopen until 10 a.m.", "by 6
				 * p.m. ... still without power") oppose only as
				 * bounds of one event. */
				if (m[idx[i]].c && m[idx[i]].c->kind == PX_CLAIM_DATE &&
				    (strstr(m[idx[i]].key, "/until") || strstr(m[idx[i]].key, "/from")) &&
				    !same_event(&m[idx[i]], &m[idx[j]]))
					continue;
				if (fr->align(&m[idx[i]], &m[idx[j]]) >=
					    fr->conflict_min - (same_event(&m[idx[i]], &m[idx[j]]) ? 0.1 : 0) &&
				    (!(fr->specific || needs_specific(&m[idx[i]])) ||
				     px__cmp_share_specific(x, &m[idx[i]].ctx, &m[idx[j]].ctx) ||
				     same_event(&m[idx[i]], &m[idx[j]]) || same_span(&m[idx[i]], &m[idx[j]]) ||
				     same_body_vote(&m[idx[i]], &m[idx[j]]) || same_lead_owner(&m[idx[i]], &m[idx[j]]) ||
				     one_named_act(x, &m[idx[i]], &m[idx[j]]) || one_act_by_date(x, &m[idx[i]], &m[idx[j]]) ||
				     one_first_act(x, &m[idx[i]], &m[idx[j]])))
					linked[i] = 1;
			}
		}
		for (i = 0; i < k; i++) {
			if (!keep[i])
				continue;
			for (j = 0; j < k; j++)
				if (keep[j] && comp[j] == comp[i] && linked[j])
					break;
			if (j == k)
				keep[i] = 0; /* its whole side is too loosely tied */
		}
		ncomp = 0;
		live = 0;
		for (i = 0; i < k; i++) {
			if (!keep[i])
				continue;
			live++;
			for (j = 0; j < i; j++)
				if (keep[j] && comp[j] == comp[i])
					break;
			if (j == i)
				ncomp++;
		}
		nlinked = ncomp;
		/* Three or more values, each from one source alone: the
		 * figures count different things ("split 4-3", "seven
		 * members", "five members backed"), not one fact disputed. */
		if (nlinked >= 3 && live == nlinked) {
			px__cmp_dismiss(x, m[idx[0]].about, "every source gives another value: likely different things counted",
					m[idx[0]].s, m[idx[k - 1]].s);
			return;
		}
		if (nlinked < 2) {
			if (k >= 1)
				px__cmp_dismiss(x, m[idx[0]].about,
						far ? "the sources were published days apart and may tell different moments of a developing story"
						    : "values differ but the statements are too loosely related to oppose",
						m[idx[0]].s, m[idx[k - 1]].s);
			return;
		}
		rejoin_explained(m, idx, k, keep, comp, explained, fr);
	}
	/* A stance covers one clause: the rest of its sentence may still be
	 * said in other words elsewhere (a statement), so it marks the
	 * sentence 2, shared but open to statements; other facts mark 1. */
	for (i = 0; i < k; i++)
		if (keep[i] && x->sent_shared[m[idx[i]].s - x->sents] != 1)
			x->sent_shared[m[idx[i]].s - x->sents] = ckind == PX_CONFLICT_STANCE ? 2 : 1;
	if (ncomp == 1) {
		struct px_agreement *ag = px__cmp_add_agreement(x);
		size_t best = 0;
		double width = INFINITY;
		if (ag == NULL)
			return;
		ag->articles = px_arena_alloc(&x->out->arena, live * sizeof(size_t));
		ag->evidence = px_arena_alloc(&x->out->arena, live * sizeof(*ag->evidence));
		if (ag->articles == NULL || ag->evidence == NULL) {
			x->st = PX_ENOMEM;
			return;
		}
		for (i = 0; i < k; i++) {
			if (!keep[i])
				continue;
			push_article(&ag->articles, &ag->n_articles, &ag->evidence,
				     &ag->n_evidence, x, &m[idx[i]]);
			if (m[idx[i]].hi - m[idx[i]].lo < width) {
				width = m[idx[i]].hi - m[idx[i]].lo;
				best = i;
			}
		}
		notation(&m[idx[best]], val, sizeof val);
		ag->kind = kind;
		ag->about = about;
		ag->value = px__cmp_strdup(x, val, strlen(val));
		ag->confidence = live >= 3 ? 0.9 : 0.8;
		ag->why = px__cmp_why(x, 2, "values compatible once approximation and rounding are allowed for",
				      px__cmp_printf(x, "%zu independent sources state it", live));
		ag->n_why = 2;
		return;
	}
	{
		struct px_conflict *cf = px__cmp_add_conflict(x);
		const struct mention *more[SIDE_JOINERS];
		size_t joined[64];
		size_t p = 0, nmore = 0, njoined = 0;
		if (cf == NULL)
			return;
		cf->positions = px_arena_alloc(&x->out->arena, ncomp * sizeof(*cf->positions));
		if (cf->positions == NULL) {
			x->st = PX_ENOMEM;
			return;
		}
		memset(cf->positions, 0, ncomp * sizeof(*cf->positions));
		for (i = 0; i < k; i++) {
			struct px_position *pos = NULL;
			size_t members = 0;
			if (!keep[i])
				continue;
			for (j = 0; j < i; j++)
				if (keep[j] && comp[j] == comp[i])
					break;
			if (j < i)
				continue;
			pos = &cf->positions[p++];
			for (j = i; j < k; j++)
				if (keep[j] && comp[j] == comp[i])
					members++;
			nmore = side_joiners(x, m, kc, idx, k, keep, comp, comp[i], fr, more, joined,
					     njoined);
			if (x->st != PX_OK)
				return;
			njoined += nmore;
			pos->articles = px_arena_alloc(&x->out->arena, (members + nmore) * sizeof(size_t));
			pos->evidence = px_arena_alloc(&x->out->arena, (members + nmore) * sizeof(*pos->evidence));
			if (pos->articles == NULL || pos->evidence == NULL) {
				x->st = PX_ENOMEM;
				return;
			}
			for (j = i; j < k; j++)
				if (keep[j] && comp[j] == comp[i])
					push_article(&pos->articles, &pos->n_articles, &pos->evidence,
						     &pos->n_evidence, x, &m[idx[j]]);
			for (j = 0; j < nmore; j++)
				push_article(&pos->articles, &pos->n_articles, &pos->evidence,
					     &pos->n_evidence, x, more[j]);
			notation(&m[idx[i]], val, sizeof val);
			pos->value = px__cmp_strdup(x, val, strlen(val));
		}
		cf->n_positions = p;
		cf->kind = ckind;
		cf->about = about;
		cf->confidence = 0.75;
		cf->why = px__cmp_why(x, 2, "the sources' values cannot both hold",
				      "same kind of value in matching contexts");
		cf->n_why = 2;
	}
}

/*
 * Decide every fact of two or more mentions, in the order of their roots,
 * each with its members in mention order. The members are gathered in one
 * pass (decide() leaves the facts as they are): a scan of every mention
 * per fact was quadratic in a story's mentions of one kind.
 */
static px_status
run_facts(struct cmp_ctx *x, struct mention *m, size_t n, const struct fact_rules *fr)
{
	size_t *idx = NULL, *root = NULL, *off = NULL;
	size_t i = 0, j = 0;
	struct key_chains kc = {n, NULL, NULL};

	idx = px_alloc((n ? n : 1) * sizeof(size_t));
	root = px_alloc((n ? n : 1) * sizeof(size_t));
	off = px_calloc(n + 1, sizeof(size_t));
	if (idx == NULL || root == NULL || off == NULL) {
		px_free(idx);
		px_free(root);
		px_free(off);
		return PX_ENOMEM;
	}
	/* off[r + 1] counts fact r's members, then off[r] is where they start. */
	for (j = 0; j < n; j++) {
		root[j] = find(m, j);
		off[root[j] + 1]++;
	}
	for (i = 0; i < n; i++)
		off[i + 1] += off[i];
	for (j = 0; j < n; j++)
		idx[off[root[j]]++] = j;
	/* Filling moved each start to the next fact's: fact i's members are
	   idx[(i ? off[i - 1] : 0), off[i]). */
	for (i = 0; i < n && x->st == PX_OK; i++) {
		size_t from = i ? off[i - 1] : 0;
		if (root[i] == i && off[i] - from >= 2)
			decide(x, m, &kc, idx + from, off[i] - from, fr);
	}
	px_free(kc.first);
	px_free(kc.next);
	px_free(idx);
	px_free(root);
	px_free(off);
	return x->st;
}

typedef const char *(*about_fn)(struct cmp_ctx *, const struct mention *);

/*
 * The common end of every kind of fact: form the facts, name each by its
 * first mention, decide them, and free the mentions (also on an error
 * status passed in).
 */
static px_status
settle_facts(struct cmp_ctx *x, struct mention *m, size_t n, px_status st,
	     double seed_min, about_fn about, const struct fact_rules *fr)
{
	size_t i = 0;

	if (st == PX_OK)
		st = build_facts(m, n, seed_min, fr->align, fr->score,
				 fr->ckind == PX_CONFLICT_STANCE ||
					 fr->ckind == PX_CONFLICT_ATTRIBUTION);
	for (i = 0; st == PX_OK && i < n; i++)
		if (find(m, i) == i)
			m[i].about = about(x, &m[i]);
	for (i = 0; i < n; i++)
		m[i].about = m[find(m, i)].about;
	if (st == PX_OK)
		st = run_facts(x, m, n, fr);
	px_free(m);
	return st;
}

static const char *
quantity_about(struct cmp_ctx *x, const struct mention *m)
{
	const struct px_quantity *q = &m->c->u.quantity;

	if (q->counts)
		return make_about(x, m, q->counts);
	if (q->unit && q->unit[0])
		return make_about(x, m, q->unit);
	/* A bare figure counted by its predicate: "count:people". */
	return make_about(x, m, strchr(m->key, ':') ? strchr(m->key, ':') + 1 : m->key);
}

px_status
px__cmp_quantities(struct cmp_ctx *x)
{
	struct mention *m = NULL;
	size_t n = 0;
	px_status st = collect_quantities(x, &m, &n);
	size_t i = 0, j = 0;

	if (st)
		return st;
	/* Mentions come in text order per article, so the first of a key in
	 * an article's lead has no earlier one of its article and key. */
	for (i = 0; i < n; i++) {
		if (m[i].s->idx > 1)
			continue;
		for (j = i; j > 0 && m[j - 1].s->art == m[i].s->art; j--)
			if (strcmp(m[j - 1].key, m[i].key) == 0)
				break;
		if (j == 0 || m[j - 1].s->art != m[i].s->art)
			m[i].flags |= M_LEADKEY;
	}
	{
		struct fact_rules fr = {"quantity", PX_CONFLICT_QUANTITY, quantity_value, compatible,
					explain_difference, quantity_align, quantity_score,
					x->c->opts.align_min + 0.15, 0};
		size_t before = x->out->n_conflicts;
		st = settle_facts(x, m, n, st, x->c->opts.align_min, quantity_about, &fr);
		if (st == PX_OK)
			join_split_disputes(x, before);
		return st == PX_OK ? x->st : st;
	}
}

/* --------------------------------------------------------------- dates */

/* "day" for calendar days and weekdays, "time" for clock times. */
static const char *
date_key(const struct px_date *d)
{
	if (d->granularity == NULL || d->value == NULL)
		return NULL;
	if (strcmp(d->granularity, "day") == 0 || strcmp(d->granularity, "weekday") == 0)
		return "day";
	if (strcmp(d->granularity, "time") == 0)
		return "time";
	if (strcmp(d->granularity, "month") == 0)
		return "month";
	if (strcmp(d->granularity, "year") == 0)
		return "year";
	return NULL;
}

/* Days between two dates "YYYY-MM-DD..." (0 when either is unknown). */
static long
days_apart(const char *a, const char *b)
{
	int64_t fa = 0, la = 0, fb = 0, lb = 0;

	/* Days only: a month or a year is no day to count from. */
	if (a == NULL || b == NULL || !date_days(a, &fa, &la) || !date_days(b, &fb, &lb) || fa != la ||
	    fb != lb)
		return 0;
	return (long)(fa > fb ? fa - fb : fb - fa);
}

/* Whether a mention's text has a digit ("June 12", not "Tuesday"). */
static int
has_digit(const struct mention *m)
{
	size_t i = 0;

	for (i = m->c->start; i < m->c->end; i++)
		if (m->s->text[i] >= '0' && m->s->text[i] <= '9')
			return 1;
	return 0;
}

/* date_align() given the cosine of the two sentences (cs), or computing
 * it when cs < 0. */
static double
date_score(const struct mention *a, const struct mention *b, double cs)
{
	double s = 0;

	if (a->s->art == b->s->art || strcmp(a->key, b->key) != 0)
		return 0;
	/* "The trial began on September 8" and "the trial ended on ...". */
	if (a->frame && b->frame && a->frame != b->frame)
		return 0;
	if (cs < 0)
		cs = px__cmp_cosine(&a->s->v, &b->s->v);
	/* As in quantity_align: no shared word, no shared context word. */
	s = 0.5 * (cs > 0 ? px__cmp_cosine(&a->ctx, &b->ctx) : 0) + 0.35 * cs;
	if (a->s->idx <= 1 && b->s->idx <= 1)
		s += 0.1;
	if (a->frame && a->frame == b->frame)
		s += 0.1;
	/* The same clock time in two sources most likely dates the same
	 * event, even in other words ("a distress call at 23:40", "the first
	 * mayday came at 11:40 p.m.", "vote on June 12"); a weekday told
	 * relative to the article ("on Tuesday") is shared by many events. */
	if ((strncmp(a->key, "time", 4) == 0 || (a->flags & b->flags & M_DIGIT)) &&
	    strcmp(a->c->u.date.value, b->c->u.date.value) == 0)
		s += 0.15;
	return s;
}

static double
date_align(const struct mention *a, const struct mention *b)
{
	return date_score(a, b, -1);
}

/* Month and day of a date value ("2025-03-19" or "--03-19"), or NULL. */
static const char *
month_day(const char *v)
{
	size_t l = strlen(v);

	if (l == 10 && v[4] == '-' && v[7] == '-')
		return v + 5;
	if (l == 7 && v[0] == '-' && v[1] == '-')
		return v + 2;
	return NULL;
}

static int
date_compatible(const struct mention *a, const struct mention *b)
{
	const char *va = a->c->u.date.value, *vb = b->c->u.date.value;
	const char *ma = month_day(va), *mb = month_day(vb);

	if (strcmp(va, vb) == 0)
		return 1;
	/* The same words resolved against articles of different days ("on
	 * Wednesday" in two weeks' papers, "in October" in papers either
	 * side of New Year): the texts do not disagree. */
	if (a->c->end - a->c->start == b->c->end - b->c->start &&
	    strncasecmp(a->s->text + a->c->start, b->s->text + b->c->start, a->c->end - a->c->start) == 0)
		return 1;
	/* Months and years: the same one, a year on one side only ("in
	 * March", "in March 2026"). */
	if (strncmp(a->key, "month", 5) == 0) {
		size_t la = strlen(va), lb = strlen(vb);
		return la >= 2 && lb >= 2 && strcmp(va + la - 2, vb + lb - 2) == 0 &&
		       (va[0] == '-' || vb[0] == '-');
	}
	if (strncmp(a->key, "year", 4) == 0)
		return 0;
	if (ma && mb && (strlen(va) != strlen(vb)))
		return strcmp(ma, mb) == 0; /* a year on one side only */
	/* The same month and day with a year one side inferred. */
	if (ma && mb && strcmp(ma, mb) == 0 && (a->c->u.date.relative || b->c->u.date.relative))
		return 1;
	/* "at midnight Thursday", "at 11:59 p.m. Thursday": one minute */
	if (strcmp(a->key, "time") == 0 && clock_apart(va, vb) >= 0 && clock_apart(va, vb) <= 1)
		return 1;
	if (strcmp(a->key, "time") == 0 && a->hi >= 0 && b->hi >= 0)
		return windows_meet(a, b);
	if (strncmp(a->key, "time", 4) == 0)
		return 0;
	/* An unresolved weekday against a date is not comparable here. */
	return !(ma && mb);
}

/*
 * Whether the sentence of mention a also states b's date ("imposed a ban
 * on Tuesday ... from Wednesday morning" beside "imposed a ban on
 * Tuesday"): a's two dates name two events, and b's is one of them.
 */
static int
sentence_has_date(const struct mention *a, const struct mention *b)
{
	static const char *const bounds[] = {"by", "until", "till", "since", NULL};
	size_t i = 0, lo = 0, hi = 0;

	if (a->claims == NULL)
		return 0;
	claim_sentence(a->claims, a->c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &a->claims->items[i];
		struct mention tmp;
		size_t from = 0, to = 0;
		if (c == a->c || c->kind != PX_CLAIM_DATE || c->field != a->c->field ||
		    c->sentence != a->c->sentence || c->u.date.value == NULL)
			continue;
		/* "... late on Saturday night, ... the waiting room was full
		 * by Sunday lunchtime": a bound is when a state was reached,
		 * not a second event's day. */
		claim_tokens(a->s, c->start, c->end, &from, &to);
		if (from > a->s->doc->sents[a->s->idx].tok_start && fold_in(&a->s->doc->toks[from - 1], bounds))
			continue;
		tmp = *a;
		tmp.c = c;
		if (date_key(&c->u.date) &&
		    strncmp(date_key(&c->u.date), a->key, strlen(date_key(&c->u.date))) == 0 &&
		    date_compatible(&tmp, b))
			return 1;
	}
	return 0;
}

/* Conjunctions that open a clause of their own: a date after one is of
 * that clause ("said it would appeal after a court on Thursday annulled
 * the licence"). */
static const char *const clause_openers[] = {"after", "because", "when", "while", "since", NULL};

/*
 * Whether a date at token `from` is a hope or a forecast: the stem of a
 * verb of expecting in its clause before it ("hoped to reconnect the town
 * centre by Wednesday evening", "expects to finish by Friday"), or NULL.
 * Such a date is a target, not a day something happened on; two targets
 * told with one verb ("expected to publish ... by 14 March", "expects to
 * release ... by 21 March") dispute when it is expected.
 */
static const char *
forecast(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	size_t k = cue_before(x, d, se, from, 12, CUE_FORECAST, NULL), j = 0;

	if (k == 0)
		return NULL;
	/* "could be in line for refunds after a judge ruled on Tuesday": a
	 * date in a clause of the past that a conjunction opens is of that
	 * clause ("expects OPEC to raise prices when it meets on December 9"
	 * is still expected) */
	for (j = k; j < from; j++) {
		size_t t = 0;
		if (!fold_in(&d->toks[j], clause_openers))
			continue;
		for (t = j + 1; t < from; t++)
			if (past_form(&d->toks[t]))
				return NULL;
	}
	return d->toks[k - 1].stem ? d->toks[k - 1].stem : "";
}

/*
 * Whether a date at token `from` is of something to come: a future marker
 * in its clause before it ("will meet union leaders on Thursday", "is set
 * to return on Tuesday", "are due to appear on Monday", "said it would
 * open on October 4"). Such a date and the day something happened are
 * two events.
 */
static int
planned(const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	static const char *const future[] = {"will", "'ll", "shall", "would", "set", "due",
					     "scheduled", "slated", "planned", "plans", "plan",
					     "upcoming", "next", NULL};
	/* "said it would appeal after a court on Thursday annulled the
	 * licence": the date is of the clause the conjunction opens, not of
	 * what is to come ("will close before Friday" is). */
	return word_before(d, se, from, 10, future, clause_openers);
}

/*
 * Whether a date at token `from` is of something done, told in the past
 * tense: a past form in its clause before it ("the House passed the
 * measure on Tuesday", "Trump left Beijing on Friday", "the talks
 * collapsed on Sunday night").
 */
static const char *const past_irregular[] = {"met", "left", "took", "went", "came", "made",
					     "began", "gave", "held", "won", "lost", "fell",
					     "rose", "struck", "sent", "ran", "broke", "got", "found",
					     "stood", "sold", "built", "paid", "caught", "led", "quit",
					     "sank", "stole", "shut", "hit", "kept", "bought", "brought",
					     "flew", "grew", "spent", "wrote", "froze", NULL};

/* Whether token t is a verb's past form ("annulled", "struck"). */
static int
past_form(const struct px_token *t)
{
	size_t n = t->fold ? px_token_fold_len(t) : 0;

	return fold_in(t, past_irregular) ||
	       (n > 4 && !(t->flags & PX_TOK_CAP) && strcmp(t->fold + n - 2, "ed") == 0);
}

static int
done(const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	static const char *const aux[] = {"was", "were", "had", NULL};
	size_t j = 0;

	for (j = from; j > se->tok_start && from - j < 10; j--) {
		const struct px_token *t = &d->toks[j - 1];
		if (clause_punct(t))
			return 0;
		if (fold_in(t, aux) || past_form(t))
			return 1;
	}
	return 0;
}

/* Whether t is a noun of an act, made from its verb ("refusal",
 * "completion", "appointment"). */
static int
act_noun(const struct px_token *t)
{
	static const char *const ends[] = {"al", "ion", "ment", NULL};
	size_t n = t->fold ? px_token_fold_len(t) : 0, k = 0;

	for (k = 0; ends[k]; k++) {
		size_t l = strlen(ends[k]);
		if (n > l + 4 && strcmp(t->fold + n - l, ends[k]) == 0)
			return 1;
	}
	return 0;
}

/*
 * The stem of the verb a date is told with: the nearest past form in its
 * clause, after it ("a court on Wednesday annulled the licence") or before
 * it ("the talks collapsed on Sunday night"), a verb of saying left out
 * ("said on Tuesday" dates the statement); NULL when there is none.
 */
static const char *
date_verb(const struct cmp_ctx *x, const struct mention *m)
{
	const struct px_doc *d = m->s->doc;
	const struct px_sentence *se = &d->sents[m->s->idx];
	size_t from = 0, to = 0, k = 0;
	int after = 1, before = 1;

	claim_tokens(m->s, m->c->start, m->c->end, &from, &to);
	for (k = 1; k <= 10 && (after || before); k++) {
		/* "got out in 2019 and were found on a golf course": a verb
		 * after a conjunction is the next act's */
		if (after && (k > 3 || to + k - 1 >= se->tok_end || clause_punct(&d->toks[to + k - 1]) ||
			      fold_is(&d->toks[to + k - 1], "and") || fold_is(&d->toks[to + k - 1], "but")))
			after = 0;
		if (after && past_form(&d->toks[to + k - 1]))
			return px__cmp_has_cue(x, CUE_ATTRIB, d, to + k - 1, to + k) ? NULL
										: d->toks[to + k - 1].stem;
		if (before && (from < se->tok_start + k || clause_punct(&d->toks[from - k])))
			before = 0;
		if (before && past_form(&d->toks[from - k]))
			return px__cmp_has_cue(x, CUE_ATTRIB, d, from - k, from - k + 1) ? NULL
										 : d->toks[from - k].stem;
		/* "voted to refuse the application in October", "the
		 * council's refusal of the scheme in January": the act
		 * itself, as an infinitive or a noun of it, with its object
		 * between it and the date ("sent its crews to sea at 14.40"
		 * has none) */
		if (before && k >= 3 && from >= se->tok_start + k + 1 &&
		    (fold_is(&d->toks[from - k - 1], "to") ||
		     (fold_is(&d->toks[from - k + 1], "of") && act_noun(&d->toks[from - k]))) &&
		    !(d->toks[from - k].flags & PX_TOK_CAP) && d->toks[from - k].stem &&
		    !px__cmp_has_cue(x, CUE_ATTRIB, d, from - k, from - k + 1))
			return d->toks[from - k].stem;
	}
	return NULL;
}

/*
 * Whether the sentence of a month or a year m names another one ("fell to
 * 79,000 in January from 82,000 in December", "in 2004 compared with
 * 2003"): it compares periods, and its verb is told of each.
 */
static int
periods(const struct mention *m)
{
	size_t i = 0, lo = 0, hi = 0;

	claim_sentence(m->claims, m->c, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &m->claims->items[i];
		const char *key = c->kind == PX_CLAIM_DATE ? date_key(&c->u.date) : NULL;
		if (c != m->c && key && (strcmp(key, "month") == 0 || strcmp(key, "year") == 0) &&
		    strcmp(c->u.date.value, m->c->u.date.value) != 0)
			return 1;
	}
	return 0;
}

/* Whether two dates are told with one verb ("annulled" and "annulled"). */
static int
same_date_verb(const struct mention *a, const struct mention *b)
{
	return a->verb && b->verb && strcmp(a->verb, b->verb) == 0;
}

/*
 * Whether m's article puts a clock time of the small hours (before 5 a.m.)
 * on m's day ("lifted off at 00:18 local time on Thursday"): that day's
 * event came in the night before it.
 */
static int
small_hours(const struct mention *m)
{
	const struct px_claims *cl = m->claims;
	size_t i = 0, k = 0, lo = 0, hi = 0;

	for (i = 0; cl && i < cl->n; i++) {
		const struct px_claim *t = &cl->items[i];
		int min = t->kind == PX_CLAIM_DATE ? clock_minutes(t->u.date.value) : -1;
		if (min < 0 || min >= 5 * 60 || t->field != m->c->field)
			continue;
		/* the dates of the time's own sentence */
		claim_sentence(cl, t, &lo, &hi);
		for (k = lo; k < hi; k++) {
			const struct px_claim *c = &cl->items[k];
			if (c->kind == PX_CLAIM_DATE && c->u.date.value &&
			    strcmp(c->u.date.value, m->c->u.date.value) == 0)
				return 1;
		}
	}
	return 0;
}

/*
 * Whether the day of m is told at an edge of a night: late (the day
 * before: "late on Sunday night", "Sunday night") or early (the day after:
 * "early on Monday", "overnight", "midnight" in its sentence, or a time of
 * the small hours that day in its article).
 */
static int
night_edge(const struct mention *m, int late)
{
	const struct px_doc *d = m->s->doc;
	const struct px_sentence *se = &d->sents[m->s->idx];
	size_t from = 0, to = 0, j = 0;

	claim_tokens(m->s, m->c->start, m->c->end, &from, &to);
	for (j = from > se->tok_start + 3 ? from - 3 : se->tok_start; j < from; j++)
		if (late ? fold_is(&d->toks[j], "late")
			 : fold_is(&d->toks[j], "early") || fold_is(&d->toks[j], "overnight"))
			return 1;
	if (late)
		return to < se->tok_end && fold_is(&d->toks[to], "night");
	for (j = se->tok_start; j < se->tok_end; j++)
		if (fold_is(&d->toks[j], "midnight"))
			return 1;
	return small_hours(m);
}

/* Whether the clock time of m is told in universal time ("at 19:05 UTC",
 * "15:32 GMT"). */
static int
universal_time(const struct mention *m)
{
	const char *t = m->s->text;
	size_t i = 0, end = m->c->end;

	while (t[end] == ' ' && end < m->c->end + 2)
		end++; /* "at 19:05 UTC" read as "19:05" */
	for (i = m->c->start; i <= end && t[i]; i++)
		if (strncasecmp(t + i, "utc", 3) == 0 || strncasecmp(t + i, "gmt", 3) == 0)
			return 1;
	return 0;
}

/* Whether two clock times, one in universal time and the other not, are
 * a whole number of hours apart (or half hours; the short way round
 * midnight): one moment told in two time zones ("left at 9.05pm" and
 * "departed at 19:05 UTC"). */
static int
two_zones(const struct mention *a, const struct mention *b)
{
	int d = clock_apart(a->c->u.date.value, b->c->u.date.value);

	return d > 0 && d % 30 == 0 && universal_time(a) != universal_time(b);
}

static const char *
date_explain(const struct mention *a, const struct mention *b)
{
	int64_t fa = 0, la = 0, fb = 0, lb = 0;

	if (strcmp(a->key, "time") == 0 && two_zones(a, b))
		return "one moment told in two time zones";

	/* "caught late on Sunday night" beside "caught shortly after
	 * midnight, early on Monday": one moment, two days */
	if (date_days(a->c->u.date.value, &fa, &la) && date_days(b->c->u.date.value, &fb, &lb) &&
	    fa == la && fb == lb && (fa - fb == 1 || fb - fa == 1) &&
	    night_edge(fa < fb ? a : b, 1) && night_edge(fa < fb ? b : a, 0))
		return "one night told either side of midnight";
	/* Two forecasts of one thing told with one verb ("expected to
	 * publish a preliminary report by 14 March", "expects to release its
	 * preliminary findings by 21 March") dispute when it is expected; a
	 * hope beside an expectation does not. */
	if (((a->flags ^ b->flags) & M_FORECAST) ||
	    ((a->flags & b->flags & M_FORECAST) && strcmp(a->object, b->object) != 0))
		return "a hoped-for or expected date, not the day something happened";
	if (((a->flags & M_PLANNED) && (b->flags & M_DONE)) ||
	    ((b->flags & M_PLANNED) && (a->flags & M_DONE)))
		return "a date of something to come beside the day something happened";
	if (sentence_has_date(a, b) || sentence_has_date(b, a))
		return "one source states both dates in the same sentence";
	if (!((a->flags | b->flags) & M_DIGIT) && days_apart(a->art_date, b->art_date) > 3)
		return "weekdays told in articles days apart may name different weeks' events";
	if ((a->flags ^ b->flags) & M_DISTINCT)
		return "the date belongs to a different event in one source";
	if ((a->flags ^ b->flags) & M_INQUOTE)
		return "a date inside a quote beside a reported one";
	return NULL;
}

static void
date_value(const struct mention *m, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s", m->c->u.date.value);
}

static const char *
date_about(struct cmp_ctx *x, const struct mention *m)
{
	return make_about(x, m, strncmp(m->key, "time", 4) == 0 ? "time" : "date");
}

/*
 * Whether a cue of speech in the three tokens before token from makes the
 * date there the day of a statement ("said on Tuesday", "told reporters
 * on Monday", "43 more cases were announced today"). "told" and "added"
 * in the passive do not: "were told on Monday to take the batches off
 * their shelves" dates when they learnt it, and "once the premium was
 * added at Wednesday night's sale" is no speech.
 */
static int
statement_day(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	static const char *const be[] = {"was", "were", "been", "being", "is", "are", NULL};
	static const char *const passive[] = {"told", "added", NULL};
	size_t i = from > se->tok_start + 3 ? from - 3 : se->tok_start;

	for (; i < from; i++) {
		size_t w = px__cmp_cue_len(x, CUE_ATTRIB, d, i);
		if (w && i + w <= from &&
		    !(i > se->tok_start && fold_in(&d->toks[i], passive) && fold_in(&d->toks[i - 1], be)))
			return 1;
	}
	return 0;
}

px_status
px__cmp_dates(struct cmp_ctx *x)
{
	struct mention *m = NULL;
	size_t n = 0, cap = 0, a = 0, i = 0;
	px_status st = PX_OK;

	for (a = 0; a < x->n && st == PX_OK; a++) {
		const struct px_claims *cl = x->in[a].claims;
		for (i = 0; cl && i < cl->n; i++) {
			const struct px_claim *c = &cl->items[i];
			const char *key = NULL;
			struct cmp_sent *s = NULL;
			const struct px_sentence *se = NULL;
			size_t from = 0, to = 0, wf = 0, wt = 0;
			int bound = 0;
			if (c->kind != PX_CLAIM_DATE || c->field != PX_FIELD_TEXT)
				continue;
			key = date_key(&c->u.date);
			if (key == NULL)
				continue;
			s = px__cmp_sent_at(x, a, c->field, c->sentence);
			if (s == NULL || s->doc->toks == NULL)
				continue;
			if (new_mention(&m, &cap, n, s, c) == NULL) {
				st = PX_ENOMEM;
				break;
			}
			snprintf(m[n].key, sizeof m[n].key, "%s", key);
			se = &s->doc->sents[s->idx];
			/* "CARRICK MERE, June 3 (Interpress) - ": the day of a
			 * dateline is when the story was filed, not when
			 * anything in it happened. */
			if (c->start >= se->start && c->start - se->start < 80) {
				struct px_dateline dl;
				if (px_dateline_parse(s->text + se->start, se->end - se->start, &dl) &&
				    dl.date_end > dl.date_start && c->start >= se->start + dl.date_start &&
				    c->end <= se->start + dl.end)
					continue;
			}
			claim_tokens(s, c->start, c->end, &from, &to);
			/* "said on Tuesday", "rose to 15 on Wednesday": the day
			 * of a statement or an update, not of the event ("the
			 * drill reached bedrock on Saturday" is the event's:
			 * update_before). */
			if (statement_day(x, s->doc, se, from) || update_before(x, s->doc, se, from, 0)) {
				continue;
			}
			/* A clock time is a window of minutes ("at 03:20", "around
			 * 2 a.m.", "shortly after 13:00"); lo = hi = -1 for any
			 * other date. */
			m[n].lo = m[n].hi = -1;
			/* "a sample from June 22", "a letter from May 2": the
			 * day a record was made, not the start of a period */
			if (from > se->tok_start && px__cmp_cue_len(x, CUE_FROM, s->doc, from - 1) == 1 &&
			    !(from > se->tok_start + 1 && fold_is(&s->doc->toks[from - 1], "from") &&
			      px__cmp_cue_len(x, CUE_RECORDS, s->doc, from - 2) == 1))
				bound = 1;
			else if (from > se->tok_start && px__cmp_cue_len(x, CUE_UNTIL, s->doc, from - 1) == 1)
				bound = 2;
			if (strcmp(key, "time") == 0 &&
			    time_window(s->doc, se, c, from, bound, &m[n].lo, &m[n].hi))
				bound = 0;
			/* "since November 1", "until Monday": a date that
			 * bounds a period is compared only with bounds of
			 * the same side, never with the day of an event. */
			if (bound)
				snprintf(m[n].key + strlen(m[n].key), sizeof m[n].key - strlen(m[n].key), "%s",
					 bound == 1 ? "/from" : "/until");
			clause_window(s->doc, se, from, to, &wf, &wt);
			if (has_digit(&m[n]))
				m[n].flags |= M_DIGIT;
			m[n].claims = cl;
			m[n].art_date = x->in[a].article ? x->in[a].article->date : NULL;
			/* What happened that day: "the leak was discovered on
			 * Friday", "issued its red warning on Monday". */
			m[n].frame = quantity_frame(x->c, s->doc, se, from, to, PX__FRAME_DATE);
			m[n].verb = date_verb(x, &m[n]);
			if (in_quote(x, a, c)) {
				/* "today" in a quote is the day it was said,
				 * which the article does not give; "on 16
				 * June" names its day. */
				if (c->u.date.relative && !(m[n].flags & M_DIGIT))
					continue;
				m[n].flags |= M_INQUOTE;
			}
			/* A live page's entry stamp ("06:30 A strong
			 * earthquake has struck", "12:45 - Union leader ...")
			 * is when the entry was written, like "said on
			 * Tuesday", not when anything happened. */
			if (entry_stamp(s->doc, se, c, from, to) || page_stamp(x, s->doc, se, cl, c))
				continue;
			/* "today" in a live page's entry ("12:20 More than
			 * 200 flights ... on today's schedule") is the
			 * entry's day, not the page's last update; "starting
			 * on Monday 16 June" is that day whenever told. */
			if (c->u.date.relative && !(m[n].flags & M_DIGIT) && live_entry(cl, c, se))
				continue;
			if (px__cmp_has_cue(x, CUE_DISTINCT, s->doc, wf, wt))
				m[n].flags |= M_DISTINCT;
			if ((m[n].object = forecast(x, s->doc, se, from)) != NULL)
				m[n].flags |= M_FORECAST;
			if (planned(s->doc, se, from))
				m[n].flags |= M_PLANNED;
			else if (done(s->doc, se, from))
				m[n].flags |= M_DONE;
			st = px__cmp_vec_tokens(x, s->doc, wf, wt, c->start, c->end, &m[n].ctx);
			n++;
		}
	}
	{
		struct fact_rules fr = {"date", PX_CONFLICT_DATE, date_value, date_compatible,
					date_explain, date_align, date_score, x->c->opts.align_min + 0.05, 1};
		size_t before = x->out->n_conflicts;
		st = settle_facts(x, m, n, st, x->c->opts.align_min + 0.05, date_about, &fr);
		if (st == PX_OK)
			one_conflict_per_dispute(x, before);
		return st;
	}
}

/* ------------------------------------------------------------ notation */

static void
put_number(double v, char *buf, size_t cap)
{
	if (fabs(v) < 1e15 && v == floor(v))
		snprintf(buf, cap, "%.0f", v);
	else
		snprintf(buf, cap, "%.6g", v);
}

void
px__cmp_quantity_notation(const struct px_quantity *q, char *buf, size_t cap)
{
	static const char *const sym[] = {"", "~", "<", "<=", ">", ">=", ""};
	char num[64], hi[64];
	const char *unit = q->unit ? q->unit : "";

	put_number(q->value, num, sizeof num);
	if (q->flags & PX_QTY_SCORE || strcmp(unit, "score") == 0) {
		put_number(q->second, hi, sizeof hi);
		snprintf(buf, cap, "%s-%s", num, hi);
		return;
	}
	if (q->approx == PX_APPROX_RANGE) {
		put_number(q->high, hi, sizeof hi);
		if (strcmp(unit, "%") == 0)
			snprintf(buf, cap, "%s-%s%%", num, hi);
		else if (q->dim && strcmp(q->dim, "money") == 0)
			snprintf(buf, cap, "%s %s-%s", unit, num, hi);
		else if (unit[0])
			snprintf(buf, cap, "%s-%s %s", num, hi, unit);
		else
			snprintf(buf, cap, "%s-%s", num, hi);
		return;
	}
	if (strcmp(unit, "%") == 0)
		snprintf(buf, cap, "%s%s%%", sym[q->approx], num);
	else if (q->dim && strcmp(q->dim, "money") == 0 && strlen(unit) == 3 &&
		 isupper((unsigned char)unit[0]))
		snprintf(buf, cap, "%s%s %s", sym[q->approx], unit, num); /* USD 2100000000 */
	else if (unit[0])
		snprintf(buf, cap, "%s%s %s", sym[q->approx], num, unit);
	else
		snprintf(buf, cap, "%s%s", sym[q->approx], num);
}

/* -------------------------------------------------------------- quotes */

/* Whether positions a and b hold the same articles. */
static int
same_articles(const struct px_position *a, const struct px_position *b)
{
	size_t i = 0, j = 0;

	if (a->n_articles != b->n_articles)
		return 0;
	for (i = 0; i < a->n_articles; i++) {
		for (j = 0; j < b->n_articles && b->articles[j] != a->articles[i]; j++)
			;
		if (j == b->n_articles)
			return 0;
	}
	return 1;
}

/*
 * Whether conflicts a and b give their quotations to the same speakers,
 * article for article ("The spacecraft did exactly what it is built to
 * do," and "It protected itself and waited for us to find it.", both
 * Sorvald's in one outlet and both Arkwright's in another): one dispute
 * over who spoke them.
 */
static int
same_speakers(const struct px_conflict *a, const struct px_conflict *b)
{
	size_t p = 0, q = 0;

	if (a->n_positions != b->n_positions)
		return 0;
	for (p = 0; p < b->n_positions; p++) {
		for (q = 0; q < a->n_positions; q++)
			if (same_articles(&a->positions[q], &b->positions[p]) && a->positions[q].value &&
			    b->positions[p].value && same_speaker(a->positions[q].value, b->positions[p].value))
				break;
		if (q == a->n_positions)
			return 0;
	}
	return 1;
}

/*
 * Whether the shorter of two quotations opens the other (or equals it):
 * its letters and digits, case folded, 20 of them or more, are the
 * longer's first ("We let our customers down," beside "We let our
 * customers down, and I am sorry,").
 */
static int
quote_opens(const char *a, const char *b)
{
	char fa[512], fb[512];
	size_t na = 0, nb = 0;
	const char *p = NULL;

	if (a == NULL || b == NULL)
		return 0;
	if (strlen(a) > strlen(b)) {
		p = a;
		a = b;
		b = p;
	}
	for (p = a; *p && na < sizeof fa - 1; p++)
		if (isalnum((unsigned char)*p))
			fa[na++] = (char)tolower((unsigned char)*p);
	for (p = b; *p && nb < na; p++)
		if (isalnum((unsigned char)*p))
			fb[nb++] = (char)tolower((unsigned char)*p);
	return na >= 20 && na < sizeof fa - 1 && nb == na && memcmp(fa, fb, na) == 0;
}

/* Whether p is at a sentence's end: a full stop, "!" or "?" before the
 * end, a space, a closing quote or bracket, or a curly quote's bytes (not
 * the point of "$1.5"). */
static int
sentence_end(const char *p)
{
	return *p != '\0' && strchr(".!?", *p) &&
	       (p[1] == '\0' || isspace((unsigned char)p[1]) || strchr("\"')", p[1]) ||
		(unsigned char)p[1] >= 0x80);
}

/*
 * Whether two quotations open with the same sentence, its letters and
 * digits case folded, 25 of them or more ("Safety is, and will always be,
 * our first priority. We are cooperating fully ..." beside "Safety is,
 * and will always be, our first priority. We will find out exactly ...":
 * outlets that quote one statement go on with different lines of it).
 */
static int
same_opening(const char *a, const char *b)
{
	size_t n = 0;

	if (a == NULL || b == NULL)
		return 0;
	for (;;) {
		while (*a && !isalnum((unsigned char)*a) && !sentence_end(a))
			a++;
		while (*b && !isalnum((unsigned char)*b) && !sentence_end(b))
			b++;
		if (*a == '\0' || *b == '\0' || sentence_end(a) || sentence_end(b))
			break;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++;
		b++;
		n++;
	}
	/* both at the end of that first sentence, and another follows in
	   one of them at least (one whole quotation is quote_opens') */
	return n >= 25 && (*a == '\0' || sentence_end(a)) && (*b == '\0' || sentence_end(b)) &&
	       (*a != '\0' || *b != '\0');
}

/* The tokens [*from, *to) of the quoted words of quote claim c in d,
 * which may span sentences: from is the first token ending after the
 * quote's start (tokens are in text order). */
static void
quoted_tokens(const struct px_doc *d, const struct px_claim *c, size_t *from, size_t *to)
{
	size_t lo = 0, hi = d->n_toks;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->toks[mid].end <= c->u.quote.q_start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (hi = lo; hi < d->n_toks && d->toks[hi].start < c->u.quote.q_end; hi++)
		;
	*from = lo;
	*to = hi;
}

/*
 * Whether the content words of quotation a come in b in the same order
 * (their stems), as a quotation cut or retold by another outlet keeps
 * them ("We will not be bullied back to work" in "We won't be bullied
 * back to work"); scattered words of a longer quote do not ("everyone
 * knows" after "kids who got that email").
 */
static int
words_in_order(const struct mention *a, const struct mention *b)
{
	const struct px_doc *da = a->s->doc, *db = b->s->doc;
	size_t af = 0, at = 0, bf = 0, bt = 0, i = 0, j = 0;

	quoted_tokens(da, a->c, &af, &at);
	quoted_tokens(db, b->c, &bf, &bt);
	j = bf;

	for (i = af; i < at && i < da->n_toks; i++) {
		const struct px_token *t = &da->toks[i];
		if (!px__cmp_content_word(t) || t->stem == NULL)
			continue;
		for (; j < bt && j < db->n_toks; j++)
			if (px__cmp_content_word(&db->toks[j]) && db->toks[j].stem &&
			    strcmp(db->toks[j].stem, t->stem) == 0)
				break;
		if (j >= bt || j >= db->n_toks)
			return 0;
		j++;
	}
	return 1;
}

/* How many content words of the five tokens before fragment f's
 * opening mark, in its sentence, quotation o has. */
static size_t
lead_words(const struct mention *f, const struct mention *o)
{
	const struct px_doc *df = f->s->doc, *dob = o->s->doc;
	const struct px_sentence *se = &df->sents[f->s->idx];
	size_t ff = 0, ft = 0, of = 0, ot = 0, i = 0, j = 0, n = 0;

	quoted_tokens(df, f->c, &ff, &ft);
	quoted_tokens(dob, o->c, &of, &ot);
	for (i = ff > se->tok_start + 5 ? ff - 5 : se->tok_start; i < ff; i++) {
		const struct px_token *t = &df->toks[i];
		if (!px__cmp_content_word(t) || t->stem == NULL)
			continue;
		for (j = of; j < ot && j < dob->n_toks; j++)
			if (dob->toks[j].stem && strcmp(dob->toks[j].stem, t->stem) == 0)
				break;
		n += j < ot && j < dob->n_toks;
	}
	return n;
}

/* Whether f is a fragment in quotation marks long enough to tell its
 * quotation: three content words or more and thirty bytes ("weapons of
 * mass destruction" is a phrase anyone quotes). */
static int
telling_fragment(const struct mention *f)
{
	return (f->flags & M_FRAGMENT) && f->c && f->c->kind == PX_CLAIM_QUOTE && f->ctx.n >= 3 &&
	       f->c->u.quote.q_end - f->c->u.quote.q_start >= 30;
}

/* The alignment of two tellings of one quotation, word for word (a
 * fragment and the whole, or one fragment twice): above any paraphrase. */
static double
part_align(const struct mention *a, const struct mention *b)
{
	return 0.7 + 0.1 * px__cmp_cosine(&a->ctx, &b->ctx);
}

/* Whether fragment f, a telling_fragment(), is a part of whole quotation
 * o, its words in order ("said the
 * inspector had \"looked at the evidence rather than the noise\"" and
 * "The inspector has looked at the evidence rather than the noise."):
 * the same words, whoever each article gives them to. */
static int
quoted_part(const struct mention *f, const struct mention *o)
{
	return telling_fragment(f) && !(o->flags & M_REPORTED) && o->c &&
	       o->c->kind == PX_CLAIM_QUOTE && words_in_order(f, o);
}

/* Whether fragment idx[i] is a part of a whole quotation of the fact
 * and another article gives the same fragment to the same speaker: two
 * sources agree on who said the words the third gives to another. */
static int
corroborated_part(const struct mention *m, const size_t *idx, size_t k, size_t i)
{
	size_t j = 0, o = 0;

	for (o = 0; o < k && !quoted_part(&m[idx[i]], &m[idx[o]]); o++)
		;
	if (o == k)
		return 0;
	for (j = 0; j < k; j++)
		if (j != i && m[idx[j]].s->art != m[idx[i]].s->art && (m[idx[j]].flags & M_FRAGMENT) &&
		    m[idx[i]].value && m[idx[j]].value && same_speaker(m[idx[i]].value, m[idx[j]].value) &&
		    quoted_part(&m[idx[j]], &m[idx[o]]))
			return 1;
	return 0;
}

static double
quote_align(const struct mention *a, const struct mention *b)
{
	size_t shared = 0, small = 0;

	if (a->s->art == b->s->art)
		return 0;
	/* A fragment of few words ("said a church bell 'is not a car
	 * alarm'") is the same quotation only as its speaker's, words in
	 * order: it joins that side and never makes one of its own. */
	if ((a->flags | b->flags) & M_JOINONLY) {
		const struct mention *f = a->flags & M_JOINONLY ? a : b, *o = f == a ? b : a;
		/* three words in quotation marks, word for word in the
		 * whole quotation, are a part of it (whether they make a
		 * side: corroborated_part()) */
		if (quoted_part(f, o))
			return part_align(a, b);
		if ((o->flags & M_REPORTED) || !same_speaker(a->value, b->value) ||
		    !words_in_order(f, o))
			return 0;
		/* one content word says little: with the words just before
		 * its marks it may tell the quotation ("told the chamber
		 * that clean air was 'not a luxury'") */
		if (f->ctx.n < 2)
			return f->ctx.n + lead_words(f, o) >= 3 ? part_align(a, b) : 0;
		return px__cmp_cosine(&a->ctx, &b->ctx);
	}
	/* One quotation, whole or in part: most words of the shorter are in
	 * the longer (two quotes that share a few names are two quotes). */
	shared = shared_terms(&a->ctx, &b->ctx);
	small = a->ctx.n < b->ctx.n ? a->ctx.n : b->ctx.n;
	/* Reported speech beside a quote: the quotation told in other
	 * words ("said her crews were battling the fire on three separate
	 * fronts" for "We are fighting this fire on three fronts"), which
	 * keeps fewer of its words; two paraphrases are not compared. */
	if ((a->flags ^ b->flags) & M_REPORTED) {
		if (small == 0 || (double)shared < 0.6 * (double)small || shared < 3)
			return 0;
		/* a fragment in quotation marks that is a part of the whole
		 * quotation, word for word, is that quotation */
		if (quoted_part(a, b) || quoted_part(b, a))
			return part_align(a, b);
		/* a fragment never outweighs a whole quotation of its
		 * article for a place in the fact */
		return px__cmp_cosine(&a->ctx, &b->ctx) + ((a->flags | b->flags) & M_FRAGMENT ? 0 : 0.2);
	}
	/* two fragments of the same words in quotation marks ("had
	 * \"looked at the evidence rather than the noise\"") */
	if (telling_fragment(a) && telling_fragment(b) && a->ctx.n == b->ctx.n && shared == small &&
	    words_in_order(a, b))
		return part_align(a, b);
	if (a->flags & b->flags & M_REPORTED)
		return 0;
	if (same_opening(a->c->u.quote.quote, b->c->u.quote.quote))
		return 1.0;
	if (small == 0 || (double)shared < 0.7 * (double)small)
		return 0;
	/* A quote cut short is the same quotation ("Our members have waited
	 * three years for a fair offer," beside the same words and two more
	 * sentences): the shorter's words, in order, are the longer's
	 * opening or close, and the cosine the extra sentences lower does
	 * not count. */
	if (shared == small && quote_opens(a->c->u.quote.quote, b->c->u.quote.quote))
		return 1.0;
	if ((a->flags | b->flags) & M_SHORT)
		return 0;
	/* A quotation of three content words or fewer is part of another
	 * only with its words in their order: "Everyone knows someone who
	 * got that email" is not "My son was one of about a thousand kids
	 * who got that email ... everyone knows". */
	if (small <= 3 && !words_in_order(a->ctx.n <= b->ctx.n ? a : b, a->ctx.n <= b->ctx.n ? b : a))
		return 0;
	return px__cmp_cosine(&a->ctx, &b->ctx);
}

static int
quote_compatible(const struct mention *a, const struct mention *b)
{
	return same_speaker(a->value, b->value);
}

static const char *
no_explanation(const struct mention *a, const struct mention *b)
{
	(void)a;
	(void)b;
	return NULL;
}

static void
given_value(const struct mention *m, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s", m->value ? m->value : "");
}

/* Whether two role words name one office: the same word, or a title and
 * the noun a reporter uses for it later ("Justice Miriam Lafleur" is "the
 * judge"; "CEO" is "the chief executive"). */
static int
same_role(const char *a, const char *b)
{
	static const char *const pairs[][2] = {{"justice", "judge"}, {"ceo", "chief executive"}};
	size_t i = 0;

	if (strcasecmp(a, b) == 0)
		return 1;
	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if ((strcasecmp(a, pairs[i][0]) == 0 && strcasecmp(b, pairs[i][1]) == 0) ||
		    (strcasecmp(a, pairs[i][1]) == 0 && strcasecmp(b, pairs[i][0]) == 0))
			return 1;
	return 0;
}

/*
 * A speaker named by role ("the governor", "a spokesperson") is the person
 * of the article who holds that role, when exactly one does; NULL when no
 * one or several do. Other speakers are returned as they are.
 */
static const char *
resolve_role(const struct px_claims *cl, const char *text, size_t text_len,
	     const char *speaker)
{
	const char *role = speaker, *found = NULL;
	size_t i = 0, rl = 0;
	int first = 0;

	if (strncasecmp(role, "the ", 4) == 0)
		role += 4;
	else if (strncasecmp(role, "a ", 2) == 0)
		role += 2;
	else if (strncasecmp(role, "an ", 3) == 0)
		role += 3;
	else
		return speaker;
	for (i = 0; i < cl->n; i++) {
		const struct px_claim *c = &cl->items[i];
		const char *name = NULL;
		if (c->kind != PX_CLAIM_ENTITY || c->u.entity.role == NULL ||
		    !same_role(c->u.entity.role, role))
			continue;
		name = c->u.entity.canonical ? c->u.entity.canonical : c->u.entity.name;
		if (found && strcmp(found, name) != 0)
			return NULL; /* two people hold it: ambiguous */
		found = name;
	}
	if (found)
		return found;
	/* "The regional governor, Marta Kessling, said": the role word just
	 * before a person's name in the body. */
	rl = strlen(role);
	first = tolower((unsigned char)role[0]);
	for (i = 0; i < cl->n && rl > 2; i++) {
		const struct px_claim *c = &cl->items[i];
		const char *name = NULL;
		size_t from = 0, k = 0;
		if (c->kind != PX_CLAIM_ENTITY || c->field != PX_FIELD_TEXT || c->u.entity.type == NULL ||
		    strcmp(c->u.entity.type, "person") != 0 || c->start > text_len)
			continue;
		from = c->start > 40 ? c->start - 40 : 0;
		for (k = from; k + rl <= c->start; k++) {
			size_t g = k + rl;
			/* The first byte as strncasecmp folds it turns most
			   places away without a call. */
			if (tolower((unsigned char)text[k]) != first ||
			    strncasecmp(text + k, role, rl) != 0)
				continue;
			/* Only a comma and spaces between the role and the name. */
			while (g < c->start && (text[g] == ',' || text[g] == ' '))
				g++;
			if (g != c->start)
				continue;
			name = c->u.entity.canonical ? c->u.entity.canonical : c->u.entity.name;
			if (found && strcmp(found, name) != 0)
				return NULL;
			found = name;
			break;
		}
	}
	/* An unresolved role names no one we can compare. */
	return found;
}

static const char *
quote_about(struct cmp_ctx *x, const struct mention *m)
{
	const struct px_quote *q = &m->c->u.quote;
	size_t ql = strlen(q->quote);

	return px__cmp_printf(x, "who said \u201c%.*s%s\u201d", (int)(ql > 60 ? 60 : ql), q->quote,
			      ql > 60 ? "\u2026" : "");
}

/*
 * The same words quoted by several sources: agreement when they give them
 * to the same speaker, an attribution conflict when to different ones.
 */
/* Whether a speaker is one of the story's outlets ("told Reuters" read as
 * the speaker): an outlet relays a quote, it does not say it. */
static int
names_outlet(const struct cmp_ctx *x, const char *speaker)
{
	size_t k = 0;

	for (k = 0; k < x->n_outlets; k++)
		if (same_speaker(speaker, x->outlets[k]))
			return 1;
	return 0;
}

px_status
px__cmp_quotes(struct cmp_ctx *x)
{
	struct mention *m = NULL;
	size_t n = 0, cap = 0, a = 0, i = 0;
	/* The last speaker resolve_role() was asked about and its answer:
	   an article's quotes often come in runs of one speaker. */
	const char *last_speaker = NULL, *last_value = NULL;
	int last_skip = 0; /* last_value is NULL or names an outlet of the story */
	px_status st = PX_OK;

	for (a = 0; a < x->n && st == PX_OK; a++) {
		const struct px_claims *cl = x->in[a].claims;
		last_speaker = NULL;
		for (i = 0; cl && i < cl->n; i++) {
			const struct px_claim *c = &cl->items[i];
			struct cmp_sent *s = NULL;
			size_t from = 0, to = 0;
			int opens = 0, fragment = 0, words_of = 0;
			/* Only quotes given to a speaker by an explicit cue
			 * ("said", "told"), not fragments inside the
			 * reporter's sentence or speakers inferred from the
			 * paragraph: an attribution conflict must not rest on
			 * a guess. A fragment counts when "in the words of"
			 * or a verb of naming gives it its speaker. */
			if ((c->kind != PX_CLAIM_QUOTE && c->kind != PX_CLAIM_REPORTED) ||
			    c->field != PX_FIELD_TEXT || c->u.quote.speaker == NULL || c->u.quote.cue == NULL ||
			    c->u.quote.q_end - c->u.quote.q_start < 8)
				continue;
			s = px__cmp_sent_at(x, a, c->field, c->sentence);
			if (s == NULL || s->doc->toks == NULL)
				continue;
			/* A short quote that opens its sentence ("\"We let
			 * our customers down,\" said ...") is a quotation,
			 * compared by its letters only (M_SHORT). */
			opens = c->u.quote.q_start <= s->start + 4;
			/* A fragment inside the reporter's sentence ("Whitlock had
			 * said the company would \"not stop until ...\"") is
			 * read like reported speech: it joins the side of a
			 * whole quotation of its speaker, never makes one. */
			words_of = strcmp(c->u.quote.cue, "in the words of") == 0 || px__naming_verb(c->u.quote.cue);
			fragment = c->kind == PX_CLAIM_QUOTE && c->u.quote.partial && !opens && !words_of;
			/* Under twenty bytes only a fragment, to join its
			 * speaker's quotation ("told the chamber that clean
			 * air was 'not a luxury'") */
			if (c->u.quote.q_end - c->u.quote.q_start < 20 && !fragment)
				continue;
			if (new_mention(&m, &cap, n, s, c) == NULL) {
				st = PX_ENOMEM;
				break;
			}
			if (last_speaker == NULL || strcmp(last_speaker, c->u.quote.speaker) != 0) {
				last_speaker = c->u.quote.speaker;
				last_value = resolve_role(cl, x->in[a].article->text,
							  x->in[a].article->text_len, last_speaker);
				last_skip = last_value == NULL || names_outlet(x, last_value);
			}
			m[n].value = last_value;
			if (c->kind == PX_CLAIM_REPORTED || fragment)
				m[n].flags |= M_REPORTED;
			if (fragment)
				m[n].flags |= M_FRAGMENT;
			if (last_skip)
				continue;
			/* The quoted words only, which may span sentences. */
			quoted_tokens(s->doc, c, &from, &to);
			st = px__cmp_vec_tokens(x, s->doc, from, to, 0, 0, &m[n].ctx);
			/* "We will bring every one of them home": two content
			 * words in a quote of some length are enough. */
			if (st != PX_OK)
				break;
			/* "We let our customers down": a short quotation
			 * counts only as the same letters as another quote
			 * (quote_align) */
			if (fragment) {
				/* four content words: not a slogan or a name
				 * ("Make America Great Again"); two or three
				 * only join their speaker's quotation */
				if (m[n].ctx.n < 4)
					m[n].flags |= M_JOINONLY;
				if (m[n].ctx.n >= 1)
					n++;
			} else if (c->kind == PX_CLAIM_QUOTE &&
			    ((c->u.quote.partial && !words_of) ||
			     (m[n].ctx.n == 2 && c->u.quote.q_end - c->u.quote.q_start < 30) ||
			     m[n].ctx.n == 1)) {
				/* "It could have been so much worse," (one content
				 * word): the same letters in another article's quote
				 * are the same quotation */
				if (m[n].ctx.n >= 2 || (m[n].ctx.n == 1 && !c->u.quote.partial)) {
					m[n].flags |= M_SHORT;
					n++;
				}
			} else if (m[n].ctx.n >= 3 ||
				   (m[n].ctx.n == 2 && c->u.quote.q_end - c->u.quote.q_start >= 30)) {
				n++;
			}
		}
	}
	{
		struct fact_rules fr = {"quote", PX_CONFLICT_ATTRIBUTION, given_value, quote_compatible,
					no_explanation, quote_align, NULL, 0.6, 0};
		size_t before = x->out->n_conflicts;
		st = settle_facts(x, m, n, st, 0.6, quote_about, &fr);
		if (st == PX_OK)
			drop_covered(x, before, same_speakers);
	}
	return st;
}

/* -------------------------------------------------------------- agents */

/* Sentence si of the story when it is of an article's body and
 * segmented (its document and sentence in *d and *se), else NULL. */
static struct cmp_sent *
body_sentence(struct cmp_ctx *x, size_t si, const struct px_doc **d, const struct px_sentence **se)
{
	struct cmp_sent *s = &x->sents[si];

	if (s->field != PX_FIELD_TEXT || s->doc->toks == NULL)
		return NULL;
	*d = s->doc;
	*se = &s->doc->sents[s->idx];
	return s;
}


/*
 * Who did a thing, told as its agent: "The motion was brought by
 * independent councillor Tom Halloran", "It was volunteer Ines Varga who
 * first recognised the bird's call", "Henrik Vasse was the first to reach
 * the group". Two sources giving one act (the same verb) on one object (a
 * shared object word) to agents that are not one another dispute who did
 * it, an attribution conflict; one agent at least must be named.
 */

/* Words between an agent verb and its object noun phrase that are read
 * past ("The motion was first brought by"). */
static const char *const agent_skip[] = {"was", "were", "been", "be", "being", "is", "are",
					  "had", "has", "have", "first", "originally", "initially",
					  "reportedly", "also", "actually", "only", "later", NULL};
/* Words that end an agent's phrase: a relative clause, a time, a place. */
static const char *const agent_end[] = {"who", "whose", "which", "that", "after", "before", "when",
					 "while", "on", "in", "at", "during", "last", "this", "and",
					 "or", "for", "to", "with", "as", "since", "until", NULL};
/* Words an agent verb's object does not reach back past ("Baker said
 * that some of the bills proposed by"). */
static const char *const agent_object_end[] = {"that", "which", "who", "whose", "said", "says",
						"told", NULL};

/* Verbs of one act, as a dictionary gives them ("tabled" and "brought"
 * a motion, "piloted" and "skippered" a boat, "found" and "spotted" a
 * thing): an agent's act is keyed by its group, or by its stem. Folded
 * forms, since stems join "found" and "founded". Only these acts are read
 * with "by" or in the active voice: most others take several agents at
 * once ("backed by", "attended by", "organised by"). */
static const char *const agent_acts[][12] = {
	{"tabled", "proposed", "brought", "lodged", "filed", "suggested", "forward", NULL},
	{"piloted", "skippered", "captained", "steered", "helmed", NULL},
	{"found", "discovered", "spotted", "uncovered", "unearthed", "detected", "noticed",
	 "recognised", "recognized", "recognise", "recognize", NULL},
	{"exposed", "revealed", NULL},
	{"written", "authored", "penned", NULL},
	{"scored", "netted", NULL},
	{"designed", NULL},
};

/* The group of agent_acts token t is in, or -1. This runs for every word
 * of a story's body sentences: every act is 5 to 10 bytes long and ends in
 * 'd', 'e', 'n' or 't', which turns most words away before the lists are
 * searched. */
static int
agent_group(const struct px_token *t)
{
	size_t g = 0, n = 0;
	char last = 0;

	if (t->fold == NULL)
		return -1;
	n = px_token_fold_len(t);
	if (n < 5 || n > 10)
		return -1;
	last = t->fold[n - 1];
	if (last != 'd' && last != 'e' && last != 'n' && last != 't')
		return -1;
	for (g = 0; g < sizeof agent_acts / sizeof agent_acts[0]; g++) {
		const char *const *w = agent_acts[g];
		size_t k = 0;
		/* fold_in's test inline: the first two bytes, then strcmp */
		for (k = 0; w[k]; k++)
			if (w[k][0] == t->fold[0] && w[k][1] == t->fold[1] && strcmp(w[k], t->fold) == 0)
				return (int)g;
	}
	return -1;
}

/* The key of the act of token t: "agent=N" for a group, else its stem. */
static void
agent_key(const struct px_token *t, char *key, size_t cap)
{
	int g = agent_group(t);

	if (g >= 0)
		snprintf(key, cap, "agent=%d", g);
	else
		snprintf(key, cap, "agent:%s", t->stem);
}

/* Whether token t (at index i of its sentence, which opens at `open`) is
 * an act of agent_acts read with its agent: capitalised only when it
 * opens the sentence ("Designed by Oyelaran Studio, the auditorium"). */
static int
agent_verb(const struct px_token *t, size_t i, size_t open)
{
	/* "forward" only as "put forward" ("The name was put forward by") */
	if (fold_is(t, "forward") && (i <= open || !fold_is(t - 1, "put")))
		return 0;
	return (t->flags & PX_TOK_WORD) && (!(t->flags & PX_TOK_CAP) || i == open) && agent_group(t) >= 0;
}

/* The name in an agent's tokens [a, b): its last run of capitalised words,
 * none a day or a month, as text; NULL when it names no one ("by car",
 * "by two students"). */
static int
agent_cap(const struct px_token *t)
{
	return (t->flags & PX_TOK_CAP) && (t->flags & PX_TOK_WORD);
}

static const char *
agent_name(struct cmp_ctx *x, const struct cmp_sent *s, size_t a, size_t b, int first)
{
	const struct px_doc *d = s->doc;
	const struct px_claims *cl = x->in[s->art].claims;
	size_t open = d->sents[s->idx].tok_start, k = 0, lo = 0, hi = 0, i = 0;
	const char *name = NULL;

	/* the sentence's first word is capitalised as a sentence opens:
	   alone, it names no one ("Two divers") */
	if (a == open && agent_cap(&d->toks[a]) && (a + 1 == b || !agent_cap(&d->toks[a + 1])))
		a++;
	if (first) {
		for (k = a; k < b && !agent_cap(&d->toks[k]); k++)
			;
		lo = k;
		while (k < b && agent_cap(&d->toks[k]))
			k++;
		hi = k;
	} else {
		for (k = b; k > a && !agent_cap(&d->toks[k - 1]); k--)
			;
		hi = k;
		while (k > a && agent_cap(&d->toks[k - 1]))
			k--;
		lo = k;
	}
	if (lo >= hi)
		return NULL;
	/* "completed by Tuesday", "by March": a time, not an agent */
	for (i = 0; cl && i < cl->n; i++) {
		const struct px_claim *c = &cl->items[i];
		if (c->kind == PX_CLAIM_DATE && c->field == s->field && c->start < d->toks[hi - 1].end &&
		    c->end > d->toks[lo].start)
			return NULL;
	}
	name = px__cmp_strdup(x, d->text + d->toks[lo].start, d->toks[hi - 1].end - d->toks[lo].start);
	if (name == NULL || names_outlet(x, name))
		return NULL;
	return name;
}

/* The agent's tokens after "by" at token k: up to a clause break or a word
 * of agent_end, at most ten; *to gets the end. */
static void
agent_after(const struct px_doc *d, const struct px_sentence *se, size_t k, size_t *to)
{
	size_t e = k;

	while (e < se->tok_end && e < k + 10 && !clause_punct(&d->toks[e]) &&
	       !quote_mark(&d->toks[e]) && !fold_in(&d->toks[e], agent_end))
		e++;
	/* "by the Courier's chief critic, Jonah Pell.": a name set after a
	   comma is the agent's */
	if (e + 2 < se->tok_end && d->toks[e].fold && d->toks[e].fold[0] == ',' &&
	    agent_cap(&d->toks[e + 1]) && agent_cap(&d->toks[e + 2])) {
		size_t f = e + 1;
		while (f < se->tok_end && agent_cap(&d->toks[f]))
			f++;
		if (f == se->tok_end || clause_punct(&d->toks[f]))
			e = f;
	}
	*to = e;
}

/* The "by" of an agent after the verb at token i: next, or after a short
 * phrase of time or place ("found in mid-September by"); 0 when none. */
static size_t
agent_by(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const preps[] = {"in", "on", "at", "during", "early", "late", "last", NULL};
	size_t k = i + 1;

	if (k < se->tok_end && fold_is(&d->toks[k], "by"))
		return k;
	if (k >= se->tok_end || !fold_in(&d->toks[k], preps))
		return 0;
	for (k++; k < se->tok_end && k < i + 6 && !clause_break(&d->toks[k]); k++)
		if (fold_is(&d->toks[k], "by"))
			return k + 1 < se->tok_end ? k : 0;
	return 0;
}

static px_status
agent_push(struct cmp_ctx *x, struct mention **m, size_t *n, size_t *cap, struct cmp_sent *s,
	   size_t verb, size_t ag_from, size_t ag_to, size_t ob_from, size_t ob_to, int active)
{
	const struct px_doc *d = s->doc;
	const char *name = NULL;
	struct mention *mm = NULL;
	px_status st = PX_OK;

	if (ag_from >= ag_to || ob_from >= ob_to)
		return PX_OK;
	for (; ag_from < ag_to && (d->toks[ag_from].flags & PX_TOK_PUNCT); ag_from++)
		;
	for (; ag_to > ag_from && (d->toks[ag_to - 1].flags & PX_TOK_PUNCT); ag_to--)
		;
	if (ag_from >= ag_to)
		return PX_OK;
	/* "brought by Microsoft and the attorney general": an act of
	   several agents */
	if (active == 0 && ag_to < d->sents[s->idx].tok_end &&
	    (fold_is(&d->toks[ag_to], "and") || fold_is(&d->toks[ag_to], "or")))
		return PX_OK;
	name = agent_name(x, s, ag_from, ag_to, active != 0);
	if (active == 1 && name == NULL)
		return PX_OK;
	/* "by 2026", "by 400 votes": a figure that names no one is no
	   agent ("Tomas Reilly, 27," is) */
	{
		size_t k = 0;
		for (k = ag_from; k < ag_to && name == NULL; k++)
			if (d->toks[k].flags & PX_TOK_NUMBER)
				return PX_OK;
	}
	if ((mm = new_mention(m, cap, *n, s, NULL)) == NULL)
		return PX_ENOMEM;
	mm->actor = name;
	mm->value = px__cmp_strdup(x, d->text + d->toks[ag_from].start,
				   d->toks[ag_to - 1].end - d->toks[ag_from].start);
	if (mm->value == NULL)
		return PX_ENOMEM;
	agent_key(&d->toks[verb], mm->key, sizeof mm->key);
	if ((st = px__cmp_vec_tokens(x, d, ob_from, ob_to, 0, 0, &mm->ctx)) != PX_OK ||
	    (st = px__cmp_vec_tokens(x, d, ag_from, ag_to, 0, 0, &mm->subj)) != PX_OK)
		return st;
	/* "It was found by detectorist Arne Vik" after "The grave lay
	   under a barley field": a pronoun object is what the sentence
	   before opens with, up to its first verb or break */
	if (mm->ctx.n == 0 && ob_to == ob_from + 1 && s->idx > 0 &&
	    (fold_is(&d->toks[ob_from], "it") || fold_is(&d->toks[ob_from], "they"))) {
		const struct px_sentence *pv = &d->sents[s->idx - 1];
		size_t b = pv->tok_start, e = 0;
		/* past a fronted "According to X," ("According to
		   Northmere, Wharfside was the most popular") */
		for (e = b; e < pv->tok_end && e < b + 6 && !fold_is(&d->toks[e], ","); e++)
			;
		if (e < pv->tok_end && e < b + 6 && e > b && fold_is(&d->toks[b], "according"))
			b = e + 1;
		e = b;
		while (e < pv->tok_end && e < b + 6 && !clause_break(&d->toks[e]) &&
		       !past_form(&d->toks[e]) && !fold_in(&d->toks[e], agent_skip))
			e++;
		if (e > b) {
			ob_from = b;
			ob_to = e;
			if ((st = px__cmp_vec_tokens(x, d, ob_from, ob_to, 0, 0, &mm->ctx)) != PX_OK)
				return st;
		}
	}
	/* an object with no content word ("It was found by") says of what
	   act nothing; "a separate case brought by" is another act */
	if (mm->ctx.n == 0 || mm->subj.n == 0 || px__cmp_has_cue(x, CUE_DISTINCT, d, ob_from, ob_to))
		return PX_OK;
	mm->object = px__cmp_printf(x, "who %.*s %.*s", (int)px_token_fold_len(&d->toks[verb]),
				    d->toks[verb].fold, (int)(d->toks[ob_to - 1].end - d->toks[ob_from].start),
				    d->text + d->toks[ob_from].start);
	if (mm->object == NULL)
		return PX_ENOMEM;
	(*n)++;
	return PX_OK;
}

/* One act and one object, named on one side at least. */
static double
agent_align(const struct mention *a, const struct mention *b)
{
	double co = 0;

	if (a->s->art == b->s->art || strcmp(a->key, b->key) != 0 || (a->actor == NULL && b->actor == NULL))
		return 0;
	co = px__cmp_cosine(&a->ctx, &b->ctx);
	/* One agent named for one act ("Designed by Oyelaran Studio, ... it
	 * has been rebuilt" beside "the auditorium was designed by Oyelaran
	 * Studio"): the same fact, whatever its object is told as. */
	if (co <= 0 && a->actor && b->actor && same_speaker(a->actor, b->actor))
		return 0.45 + 0.2 * px__cmp_cosine(&a->s->v, &b->s->v) + 0.1;
	if (co <= 0)
		return 0;
	return 0.45 + 0.35 * co + 0.2 * px__cmp_cosine(&a->s->v, &b->s->v);
}

/* Whether the last word of name stands as a whole word in sentence s. */
static int
sentence_names(const struct cmp_sent *s, const char *name)
{
	const char *w = strrchr(name, ' ');
	const char *t = s->text + s->start, *end = s->text + s->end, *p = NULL;
	size_t wl = 0;

	w = w ? w + 1 : name;
	wl = strlen(w);
	if (wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's')
		wl -= 2;
	if (wl < 3)
		return 0;
	for (p = t; p + wl <= end; p++)
		if (strncasecmp(p, w, wl) == 0 && (p == t || !isalnum((unsigned char)p[-1])) &&
		    (p + wl == end || !isalnum((unsigned char)p[wl])))
			return 1;
	return 0;
}

/* One agent: the same name, or, where one side names no one, a word of
 * its phrase in the other's ("a farmer" and "farmer Kari Lund"). A source
 * that names the other's agent in its sentence ("British Printing filed
 * suit to block what Maxwell called" beside "a suit brought by Robert
 * Maxwell") tells how they are tied, no dispute. */
static int
agent_compatible(const struct mention *a, const struct mention *b)
{
	if (a->actor && b->actor)
		return same_speaker(a->actor, b->actor) || sentence_names(a->s, b->actor) ||
		       sentence_names(b->s, a->actor);
	return px__cmp_cosine(&a->subj, &b->subj) > 0;
}

static const char *
agent_about(struct cmp_ctx *x, const struct mention *m)
{
	(void)x;
	return m->object;
}

px_status
px__cmp_agents(struct cmp_ctx *x)
{
	struct mention *m = NULL;
	size_t n = 0, cap = 0, si = 0, i = 0, to = 0, by = 0, passive = 0;
	px_status st = PX_OK;

	for (si = 0; si < x->n_sents && st == PX_OK; si++) {
		const struct px_doc *d = NULL;
		const struct px_sentence *se = NULL;
		struct cmp_sent *s = body_sentence(x, si, &d, &se);
		if (s == NULL)
			continue;
		for (i = se->tok_start; i + 2 < se->tok_end && st == PX_OK; i++) {
			const struct px_token *t = &d->toks[i];
			/* "The motion was brought by X", "a complaint lodged by X"
			   (both tests are pure: the cheaper one first) */
			by = agent_verb(t, i, se->tok_start) ? agent_by(d, se, i) : 0;
			if (by) {
				size_t j = i, ob = 0;
				/* "Designed by X, the new auditorium has": the
				   object follows the agent */
				if (i == se->tok_start) {
					agent_after(d, se, by + 1, &to);
					for (j = to; j < se->tok_end && clause_punct(&d->toks[j]); j++)
						;
					/* past a second participle phrase ("Designed by
					   X, led by Y, the auditorium") */
					if (j + 1 < se->tok_end && agent_by(d, se, j) &&
					    (past_form(&d->toks[j]) || fold_is(&d->toks[j], "led"))) {
						while (j < se->tok_end && !clause_punct(&d->toks[j]))
							j++;
						while (j < se->tok_end && clause_punct(&d->toks[j]))
							j++;
					}
					for (ob = j; ob < se->tok_end && ob < j + 8 && !clause_break(&d->toks[ob]); ob++)
						;
					st = agent_push(x, &m, &n, &cap, s, i, by + 1, to, j, ob, 0);
					continue;
				}
				if (fold_is(t, "forward"))
					j--; /* "put forward": the object is before "put" */
				while (j > se->tok_start && fold_in(&d->toks[j - 1], agent_skip))
					j--;
				if (j > se->tok_start && fold_is(&d->toks[j - 1], "not"))
					continue;
				/* "The new auditorium, designed by": the noun before the comma */
				if (j > se->tok_start && clause_punct(&d->toks[j - 1]) &&
				    d->toks[j - 1].fold && d->toks[j - 1].fold[0] == ',')
					j--;
				for (ob = j; ob > se->tok_start && ob + 8 > j && !clause_break(&d->toks[ob - 1]) &&
					     !fold_in(&d->toks[ob - 1], agent_object_end);)
					ob--;
				agent_after(d, se, by + 1, &to);
				st = agent_push(x, &m, &n, &cap, s, i, by + 1, to, ob, j, 0);
				continue;
			}
			/* "It was X who first recognised the call" */
			if (i + 3 < se->tok_end && fold_is(t, "it") && clause_begin(d, se, i) == i &&
			    fold_is(&d->toks[i + 1], "was")) {
				size_t w = i + 2, v = 0;
				while (w < se->tok_end && w < i + 12 && !fold_is(&d->toks[w], "who") &&
				       !clause_punct(&d->toks[w]))
					w++;
				if (w >= se->tok_end || !fold_is(&d->toks[w], "who"))
					continue;
				for (v = w + 1; v < se->tok_end && fold_in(&d->toks[v], agent_skip); v++)
					;
				if (v >= se->tok_end || !(d->toks[v].flags & PX_TOK_WORD) || fold_is(&d->toks[v], "not"))
					continue;
				for (to = v + 1; to < se->tok_end && to < v + 9 && !clause_break(&d->toks[to]); to++)
					;
				st = agent_push(x, &m, &n, &cap, s, v, i + 2, w, v + 1, to, 0);
				continue;
			}
			/* "Henrik Vasse was the first to reach the group" */
			if (i + 4 < se->tok_end && (fold_is(t, "was") || fold_is(t, "were")) &&
			    fold_is(&d->toks[i + 1], "the") && fold_is(&d->toks[i + 2], "first") &&
			    fold_is(&d->toks[i + 3], "to") && (d->toks[i + 4].flags & PX_TOK_WORD)) {
				size_t a = i, e = 0;
				/* the subject, back past comma-set appositions
				   ("Tomas Reilly, 27, was"), at most twelve words */
				while (a > se->tok_start && a + 12 > i && !clause_break(&d->toks[a - 1]))
					a--;
				while (a > se->tok_start && a + 12 > i && d->toks[a - 1].fold &&
				       d->toks[a - 1].fold[0] == ',') {
					a--;
					while (a > se->tok_start && a + 12 > i && !clause_break(&d->toks[a - 1]))
						a--;
				}
				if (a == i)
					continue;
				for (e = i + 5; e < se->tok_end && e < i + 13 && !clause_break(&d->toks[e]); e++)
					;
				st = agent_push(x, &m, &n, &cap, s, i + 4, a, i, i + 5, e, 2);
				i += 4;
			}
		}
	}
	/* "Klaus Ritter, the father of Jonas Ritter, lodged a complaint": the
	   same acts told in the active voice by a named subject, where some
	   source told them with an agent above */
	passive = n;
	for (si = 0; si < x->n_sents && st == PX_OK && passive > 0; si++) {
		const struct px_doc *d = NULL;
		const struct px_sentence *se = NULL;
		struct cmp_sent *s = body_sentence(x, si, &d, &se);
		if (s == NULL)
			continue;
		for (i = se->tok_start + 1; i + 1 < se->tok_end && st == PX_OK; i++) {
			const struct px_token *t = &d->toks[i];
			char key[64];
			size_t a = i, e = 0, k = 0;
			if (!agent_verb(t, i, se->tok_start) || agent_by(d, se, i))
				continue;
			agent_key(t, key, sizeof key);
			for (k = 0; k < passive && strcmp(m[k].key, key) != 0; k++)
				;
			if (k == passive)
				continue;
			while (a > se->tok_start && fold_in(&d->toks[a - 1], agent_skip))
				a--;
			/* the subject ends right before the verb: a name, or
			   the comma closing its apposition ("Klaus Ritter, the
			   father of Jonas Ritter, lodged"), not "he" or "which" */
			if (a == se->tok_start || !(agent_cap(&d->toks[a - 1]) ||
						    (d->toks[a - 1].fold && d->toks[a - 1].fold[0] == ',')) ||
			    possessive(&d->toks[a - 1]))
				continue;
			{
				static const char *const subordinate[] = {"that", "which", "who", "whom", "whose",
									  "after", "when", "as", "if", "and",
									  "or", NULL};
				size_t v = a, r = a, cb = 0, q = 0;
				/* past a comma-set apposition to the name before it */
				if (!agent_cap(&d->toks[v - 1])) {
					for (r = v - 1; r > se->tok_start && r + 12 > v &&
							!(d->toks[r - 1].fold && d->toks[r - 1].fold[0] == ',');
					     r--)
						;
					if (r <= se->tok_start + 1 || !agent_cap(&d->toks[r - 2]))
						continue;
					r -= 1;
				}
				while (r > se->tok_start && agent_cap(&d->toks[r - 1]))
					r--;
				/* the name opens its clause, not a relative or
				   subordinate one ("a review that the Justice
				   Department launched") */
				cb = clause_begin(d, se, r);
				for (q = cb; q < r && !fold_in(&d->toks[q], subordinate); q++)
					;
				if (q < r || r == v)
					continue;
				for (e = i + 1; e < se->tok_end && e < i + 9 && !clause_break(&d->toks[e]); e++)
					;
				st = agent_push(x, &m, &n, &cap, s, i, r, v, i + 1, e, 1);
			}
		}
	}
	/* One act of one object given to two agents in one article ("the
	   Maryland case was brought by the ACLU ... a case brought by the
	   state of Hawaii"): the story holds several such acts, and which of
	   them two sources tell is not known; the act is left out. */
	{
		size_t a = 0, b = 0, k = 0;
		unsigned char *drop = n ? px_calloc(n, 1) : NULL;
		if (n && drop == NULL)
			st = PX_ENOMEM;
		for (a = 0; drop && a < n; a++)
			for (b = a + 1; b < n; b++)
				if (m[a].s->art == m[b].s->art && strcmp(m[a].key, m[b].key) == 0 &&
				    px__cmp_cosine(&m[a].ctx, &m[b].ctx) > 0 && !agent_compatible(&m[a], &m[b]))
					drop[a] = drop[b] = 1;
		for (a = 0; drop && a < n; a++)
			if (drop[a])
				for (b = 0; b < n; b++)
					if (strcmp(m[a].key, m[b].key) == 0 && b != a && !drop[b])
						drop[b] = 2;
		for (a = 0, k = 0; drop && a < n; a++)
			if (!drop[a]) {
				if (k != a)
					m[k] = m[a];
				m[k].fact = k;
				k++;
			}
		if (drop)
			n = k;
		px_free(drop);
	}
	{
		struct fact_rules fr = {"agent", PX_CONFLICT_ATTRIBUTION, given_value, agent_compatible,
					no_explanation, agent_align, NULL, 0.55, 0};
		return settle_facts(x, m, n, st, 0.55, agent_about, &fr);
	}
}

/* -------------------------------------------------------------- stance */

/* Whether the stance predicate at token v, with its object in tokens
 * [from, to), takes or refuses one's blame: to accept, admit, acknowledge
 * or take responsibility, blame, fault or liability, or to deny, reject,
 * dispute or refuse it ("accepted responsibility for the leaks", "denies
 * that it is to blame", "rejected claims the co-op is responsible"); a
 * plea answers the charges however they are named ("pleaded guilty to two
 * offences", "had denied the charges"), and an answer to criticism the
 * criticism ("rejected the criticism", "acknowledged the concerns"). */
static int
blame_words(const struct px_doc *d, size_t v, size_t from, size_t to)
{
	static const char *const blame[] = {"responsibility", "responsible", "blame", "blamed",
					    "fault", "liability", "liable", "charges", "offences",
					    "offenses", "offence", "offense", "wrongdoing", "guilty",
					    "criticism", "criticisms", "complaints", "concerns", NULL};
	static const char *const takes[] = {"accept", "admit", "acknowledg", "take", "took",
					    "deni", "reject", "disput", "refus", "plead", "pled",
					    NULL};
	size_t j = 0;

	if (!stem_in(&d->toks[v], takes))
		return 0;
	for (j = from; j < to && j < d->n_toks; j++)
		if (fold_in(&d->toks[j], blame))
			return 1;
	return 0;
}

/*
 * Whether the stance predicate at token v, with the head of its object
 * at token o (NULL: none, the predicate ends its clause or goes on to a
 * court), is a party's answer to a ruling: to appeal, with or without
 * an object (or to lodge an appeal), or to contest, challenge or accept a
 * ruling, decision, judgment, verdict, conviction, sentence or fine
 * ("would appeal against both conviction and sentence"). Such answers
 * are all about the one ruling, however it is named ("said it would
 * appeal", "accepted the judgment", "would not contest the decision").
 * Appeals for calm or for witnesses are not.
 */
static int
response_to_ruling(const struct px_token *v, const struct px_token *o)
{
	static const char *const answers[] = {"appeal", "contest", "challeng", "accept", NULL};
	static const char *const appeal[] = {"appeal", NULL};
	static const char *const lodge[] = {"lodg", NULL};
	static const char *const rulings[] = {"ruling", "rulings", "decision", "decisions",
					      "judgment", "judgement", "judgments", "judgements",
					      "verdict", "verdicts", "conviction", "convictions",
					      "sentence", "sentences", "fine", "fines", NULL};

	if (stem_in(v, lodge))
		return o != NULL && stem_in(o, appeal); /* "would lodge an appeal" */
	if (!stem_in(v, answers))
		return 0;
	return o == NULL ? stem_in(v, appeal) : fold_in(o, rulings);
}

/*
 * Polarity of the predicate at token i: +1, -1 or 0 when it is none. A
 * two-word entry ("rule out") needs its particle next; *width gets the
 * predicate's token count.
 */
static int
stance_at(const struct px_comparer *c, const struct px_doc *d, size_t i,
	  size_t end, size_t *width)
{
	const struct px_token *t = &d->toks[i];
	char key[96];
	uint32_t id = 0;
	size_t sl = 0;
	uint64_t v = 0;

	*width = 1;
	if (t->stem == NULL || !(t->flags & PX_TOK_WORD))
		return 0;
	sl = px_token_stem_len(t);
	/* A stem whose first or last byte and length begin no key is no
	   stance word (neither the one nor the first of two). */
	if (!px__keysig_may(&c->stance_sig, t->stem, sl))
		return 0;
	if (px_map_find(c->stance, t->stem, sl, &id) != PX_OK)
		return 0; /* neither a stance word nor the first of two */
	v = *px_map_value(c->stance, id);
	if ((v & 4) && sl + 1 < sizeof key) {
		/* the longest entry of several words that starts here: "rule
		 * out", "stand in the way" */
		size_t k = i + 1, kl = sl, bw = 0;
		int best = 0;
		memcpy(key, t->stem, sl);
		for (; k < end && k < i + 6 && d->toks[k].fold; k++) {
			size_t fl = px_token_fold_len(&d->toks[k]);
			uint32_t id2 = 0;
			uint64_t v2 = 0;
			if (kl + 1 + fl >= sizeof key)
				break;
			key[kl] = ' ';
			memcpy(key + kl + 1, d->toks[k].fold, fl);
			kl += 1 + fl;
			if (px_map_find(c->stance, key, kl, &id2) != PX_OK)
				break;
			v2 = *px_map_value(c->stance, id2);
			if (v2 & 3) {
				best = (v2 & 3) == 2 ? -1 : 1;
				bw = k - i + 1;
			}
			if (!(v2 & 8))
				break;
		}
		if (best) {
			*width = bw;
			return best;
		}
	}
	if ((v & 3) == 0)
		return 0;
	return (v & 3) == 2 ? -1 : 1;
}

/* The first person or organisation named before byte `before`. */
/*
 * Whether the stance word at token i reads as a verb, not a noun ("the
 * Senate's support for the bill", "encountered resistance"): a past or
 * third-person form ("rejected", "wants"), an irregular past, or a word
 * after an auxiliary, "to" or a negation ("will impose", "to block",
 * "would not impose").
 */
/* Verbs that bring an act named by a noun ("file a challenge", "lodged
 * an appeal"). */
static const char *const bring_verbs[] = {"file", "files", "filed", "filing", "lodge", "lodges",
					  "lodged", "lodging", "mount", "mounted", NULL};

/* Whether "stopped short of" comes right before token i ("has stopped
 * short of endorsing the pilot" says it has not endorsed it). */
static int
stopped_short(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const stopped[] = {"stopped", "stops", "stop", "stopping", NULL};

	return i >= se->tok_start + 3 && fold_is(&d->toks[i - 1], "of") &&
	       fold_is(&d->toks[i - 2], "short") && fold_in(&d->toks[i - 3], stopped);
}

static const char *const gerund_preps[] = {"after", "before", "by", "since", NULL};

/* Whether one of the auxiliaries aux stands before token i, right before
 * it or past an adverb or a parenthesis set off by commas ("did, however,
 * approve the decision", "would also support", "will now accept"), within
 * four tokens. */
static int
aux_before(const struct px_doc *d, const struct px_sentence *se, size_t i,
	   const char *const *aux)
{
	static const char *const adverbs[] = {"however", "also", "though", "now", "then", "still",
					      "finally", "eventually", "later", "never", "already",
					      "indeed", "therefore", "nonetheless", "nevertheless",
					      "instead", NULL};
	size_t j = i, k = 0;

	for (k = 0; k < 4 && j > se->tok_start; k++) {
		const struct px_token *t = &d->toks[--j];
		size_t n = t->fold ? strlen(t->fold) : 0;
		if (fold_in(t, aux))
			return 1;
		if (fold_is(t, ",") || fold_in(t, adverbs) ||
		    (n > 4 && strcmp(t->fold + n - 2, "ly") == 0 && !(t->flags & PX_TOK_CAP)))
			continue;
		return 0;
	}
	return 0;
}

static int
verb_like(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const aux[] = {"to", "will", "would", "could", "should", "may",
					  "might", "must", "can", "has", "have", "had", "did",
					  "does", "do", "shall", NULL};
	static const char *const past[] = {"sought", "withdrew", "upheld", "overrode", "forbade",
					   "froze", "undid", "stood", "kept", "gave", "shut", "cast", NULL};
	static const char *const det[] = {"the", "a", "an", "its", "their", "his", "her", "our",
					  "this", "these", "those", "that", NULL};
	const char *f = d->toks[i].fold;
	size_t n = f ? strlen(f) : 0;

	if (f == NULL)
		return 0;
	/* "will file a challenge against the decree", "lodged an appeal
	 * against the ruling": an act named by a noun after a verb of
	 * bringing it is that verb */
	if (i > se->tok_start + 1 && i + 1 < se->tok_end && fold_in(&d->toks[i - 1], det) &&
	    fold_in(&d->toks[i - 2], bring_verbs) &&
	    (fold_is(&d->toks[i + 1], "against") || fold_is(&d->toks[i + 1], "to")))
		return 1;
	/* "the closed wards", "a banned substance": a participle after a
	 * determiner describes a noun. */
	if (i > se->tok_start && fold_in(&d->toks[i - 1], det))
		return 0;
	if (fold_in(&d->toks[i], past) || stopped_short(d, se, i))
		return 1;
	if (n > 3 && strcmp(f + n - 2, "ed") == 0)
		return 1;
	/* "was fined after admitting two offences", "before agreeing to
	 * the sale": a gerund after a preposition of time is the subject's
	 * act */
	if (n > 4 && strcmp(f + n - 3, "ing") == 0 && i > se->tok_start &&
	    fold_in(&d->toks[i - 1], gerund_preps))
		return 1;
	if (n > 3 && f[n - 1] == 's' && f[n - 2] != 's' && !(d->toks[i].flags & PX_TOK_CAP))
		return 1;
	return i > se->tok_start &&
	       (px__cmp_has_cue(x, CUE_NEGATION, d, i - 1, i) || aux_before(d, se, i, aux));
}

/* Words that open what someone said ("said the company accepted", "told
 * reporters that"). */
static const char *const saying[] = {"said", "says", "say", "told", "tells", "added",
				     "adds", "stated", "announced", "that", NULL};

/* The head of the noun phrase that opens at token `from` ("wood-burning
 * stoves in the city centre" -> "stoves"): its last content word before
 * a word that is none (a preposition, a determiner) or a clause break, or
 * 0 when it has none. */
static size_t
act_head(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	size_t k = from, h = 0;

	for (; k < se->tok_end && k < from + 6; k++) {
		const struct px_token *t = &d->toks[k];
		if (clause_punct(t) || px__cmp_has_cue(x, CUE_ATTRIB, d, k, k + 1))
			break;
		if (t->flags & PX_TOK_PUNCT)
			continue; /* "wood-burning" */
		if (!px__cmp_content_word(t))
			break;
		h = k;
	}
	return h;
}

/* Whether token i is "that" opening a relative clause, a verb after it
 * ("a national body that campaigns for seaside piers, supported the
 * transfer"), not a reported one ("said that the trust ..."). */
static int
relative_that(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const finite[] = {"has", "had", "have", "is", "was", "were", "are", NULL};
	const struct px_token *v = i + 1 < se->tok_end ? &d->toks[i + 1] : NULL;
	size_t n = v && v->fold ? px_token_fold_len(v) : 0;

	return v && fold_is(&d->toks[i], "that") &&
	       !fold_in(&d->toks[i - (i > se->tok_start)], saying) &&
	       (fold_in(v, finite) ||
		(n > 3 && !(v->flags & PX_TOK_CAP) &&
		 ((v->fold[n - 1] == 's' && v->fold[n - 2] != 's') || strcmp(v->fold + n - 2, "ed") == 0)));
}

/* Whether claim c names a person or organisation in sentence s. */
static int
actor_claim(const struct px_claim *c, const struct cmp_sent *s)
{
	return c->kind == PX_CLAIM_ENTITY && c->field == s->field && c->sentence == s->idx &&
	       c->u.entity.type &&
	       (strcmp(c->u.entity.type, "person") == 0 || strcmp(c->u.entity.type, "org") == 0);
}

/* The name an entity claim is known by in its article. */
static const char *
actor_name(const struct px_claim *c)
{
	return c->u.entity.canonical ? c->u.entity.canonical : c->u.entity.name;
}

/* Whether text[from, to) is a relative clause set off by commas or by
 * dashes, and only that ("The Ellery Civic Trust, which had campaigned for
 * the picture to remain in the town, welcomed the sale"; "Shareholders
 * United - which has rallied opposition to Mr Glazer's campaign - said"):
 * the name before it is the subject of what follows. */
static int
relative_between(const char *text, size_t from, size_t to)
{
	/* each opening with its closing mark */
	static const char *const opens[][2] = {{", which ", ","}, {", who ", ","}, {", whose ", ","},
					       {", a ", ","}, {", an ", ","}, {", the ", ","}, /* an apposition */
					       {" - which ", "-"}, {" - who ", "-"}, {" - whose ", "-"},
					       {" \xe2\x80\x93 which ", "\xe2\x80\x93"},
					       {" \xe2\x80\x93 who ", "\xe2\x80\x93"},
					       {" \xe2\x80\x94 which ", "\xe2\x80\x94"},
					       {" \xe2\x80\x94 who ", "\xe2\x80\x94"}};
	size_t i = 0, e = to, k = 0, ml = 0, n = sizeof opens / sizeof opens[0];

	if (to - from > 240)
		return 0;
	for (i = 0; i < n; i++)
		if (strncmp(text + from, opens[i][0], strlen(opens[i][0])) == 0)
			break;
	if (i == n)
		return 0;
	ml = strlen(opens[i][1]);
	while (e > from && text[e - 1] == ' ')
		e--;
	if (e < from + strlen(opens[i][0]) + ml || memcmp(text + e - ml, opens[i][1], ml) != 0)
		return 0;
	/* one clause: no other comma or closing mark inside it */
	for (k = from + strlen(opens[i][0]); k + ml < e; k++)
		if (text[k] == ',' || text[k] == ';' || text[k] == '.' ||
		    memcmp(text + k, opens[i][1], ml) == 0)
			return 0;
	return 1;
}

static const char *
actor_before(const struct px_claims *cl, const struct cmp_sent *s, size_t before)
{
	/* The nearest person or organisation named before the predicate,
	 * within a few words (its subject, not the first name of the
	 * sentence: "The White House backed the committee's decision to
	 * withdraw support"), or the one before a relative clause that
	 * ends there. */
	size_t i = 0, lo = 0, hi = 0, best_end = 0;
	const char *best = NULL, *rel = NULL;

	if (cl == NULL)
		return NULL;
	px__cmp_sentence_claims(cl, s, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &cl->items[i];
		int r = 0;
		if (!actor_claim(c, s) || c->end > before)
			continue;
		r = relative_between(s->text, c->end, before);
		if (r)
			rel = actor_name(c);
		if ((before - c->end <= 48 || r) && (best == NULL || c->end > best_end)) {
			best = actor_name(c);
			best_end = c->end;
		}
	}
	/* a name inside the relative clause is not the subject: "Shareholders
	 * United - which has rallied opposition to Mr Glazer's campaign -
	 * said" is the group's */
	return rel ? rel : best;
}

/* Whether a person or organisation is named between bytes from and to
 * of sentence s. */
static int
actor_after(const struct px_claims *cl, const struct cmp_sent *s, size_t from, size_t to)
{
	size_t lo = 0, hi = 0, i = 0;

	if (cl == NULL)
		return 0;
	px__cmp_sentence_claims(cl, s, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &cl->items[i];
		if (actor_claim(c, s) && c->start >= from && c->end <= to)
			return 1;
	}
	return 0;
}

/* Whether the verb at token i follows "no plans to" or "no intention
 * to" ("has no plans to review the licence"): a refusal of it, not a plan
 * or a forecast. */
static const char *const plan_words[] = {"plan", "plans", "intention", NULL};

static int
no_plans_to(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	return i > se->tok_start + 2 && fold_is(&d->toks[i - 1], "to") &&
	       fold_in(&d->toks[i - 2], plan_words) && fold_is(&d->toks[i - 3], "no");
}

/*
 * Whether the subject before a predicate at token `to` names no one: 2
 * when its last word before the verb group is a pronoun ("it said it
 * would not"), 1 for a common noun after "the" or a possessive ("the
 * company accepted", "his client would appeal"), which a reporter uses
 * for an actor named elsewhere; 0 otherwise.
 */
static int
open_subject(const struct px_doc *d, const struct px_sentence *se, size_t from, size_t to)
{
	static const char *const verb_group[] = {"has", "have", "had", "will", "would", "is", "are",
						 "was", "were", "did", "does", "do", "not", "n't",
						 "never", "also", "could", "can", "may", "might",
						 "must", "should", "to", "been", "be", "now",
						 "already", "yet", "still", NULL};
	static const char *const pronouns[] = {"it", "they", "he", "she", "we", NULL};
	/* "the company", "his client", "its owner" */
	static const char *const dets[] = {"the", "his", "her", "its", "their", NULL};
	size_t j = to;

	if (no_plans_to(d, se, to) && to - 3 > from)
		j = to - 3; /* "it had no plans to review" */
	while (j > from && fold_in(&d->toks[j - 1], verb_group))
		j--;
	if (j == from)
		return 0;
	if (fold_in(&d->toks[j - 1], pronouns))
		return 2;
	return j - 1 > from && j - 1 > se->tok_start && fold_in(&d->toks[j - 2], dets) &&
	       px__cmp_content_word(&d->toks[j - 1]) && !(d->toks[j - 1].flags & PX_TOK_CAP);
}

/* Whether the predicate at token i opens its clause after a comma or a
 * conjunction with only auxiliaries, negations and adverbs between: a
 * subject shared with the clause before ("..., but has so far
 * declined"). */
static int
elided_subject(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const group[] = {"has", "have", "had", "will", "would", "is", "are",
					    "was", "were", "did", "does", "do", "not", "n't", "never",
					    "also", "so", "far", "still", "now", "already", "then",
					    "later", "could", "can", "may", "might", "must", "should",
					    "yet", "been", "be", NULL};
	size_t j = i;

	while (j > se->tok_start && fold_in(&d->toks[j - 1], group))
		j--;
	return j > se->tok_start + 2 &&
	       (fold_is(&d->toks[j - 1], "but") || fold_is(&d->toks[j - 1], "and"));
}

/* The person or organisation that opens sentence s (its subject: "The
 * Financial Supervisory Authority has ..."), or NULL. */
static const char *
sentence_subject(const struct px_claims *cl, const struct cmp_sent *s, const struct px_doc *d,
		 const struct px_sentence *se)
{
	size_t lo = 0, hi = 0, k = 0;
	size_t lim = se->tok_start + 2 < se->tok_end ? d->toks[se->tok_start + 2].start : s->end;

	if (cl == NULL)
		return NULL;
	px__cmp_sentence_claims(cl, s, &lo, &hi);
	for (k = lo; k < hi; k++) {
		const struct px_claim *c = &cl->items[k];
		if (actor_claim(c, s) && c->start < lim)
			return actor_name(c);
	}
	return NULL;
}

/* Whether a speaker's words name someone: its first and last words are
 * capitalised ("Atlantis Terminais", "Fundação de Serralves"; not "The
 * company" or "the minister"). */
static int
names_someone(const char *name)
{
	const char *last = strrchr(name, ' ');

	return isupper((unsigned char)name[0]) && !islower((unsigned char)(last ? last[1] : name[0]));
}

/* The named speaker of the reported speech of sentence s that holds byte
 * at, or NULL. */
static const char *
reported_speaker(const struct px_claims *cl, const struct cmp_sent *s, size_t at)
{
	size_t lo = 0, hi = 0, i = 0;

	if (cl == NULL)
		return NULL;
	px__cmp_sentence_claims(cl, s, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &cl->items[i];
		if (c->kind == PX_CLAIM_REPORTED && c->field == s->field && c->sentence == s->idx &&
		    c->start <= at && at < c->end && c->u.quote.speaker &&
		    names_someone(c->u.quote.speaker))
			return c->u.quote.speaker;
	}
	return NULL;
}

/*
 * The name, of any type, that is the subject of the verb of saying before
 * token `said` ("Lactoria said it would appeal", "Dairy group Lactoria
 * said on Tuesday that it would not contest the decision"): one that
 * speaks is a person or an organisation, whatever its name alone let the
 * claims tell of it. NULL when none ends just before the verb or before a
 * relative clause set off by commas in front of it.
 */
static const char *
saying_subject(const struct px_claims *cl, const struct cmp_sent *s, const struct px_doc *d,
	       const struct px_sentence *se, size_t said)
{
	static const char *const verbs[] = {"said", "says", "say", "stated", "announced", NULL};
	size_t k = said, lo = 0, hi = 0, i = 0, at = 0, best_end = 0;
	const char *best = NULL;

	if (cl == NULL)
		return NULL;
	while (k > se->tok_start && !fold_in(&d->toks[k - 1], verbs))
		k--;
	if (k == se->tok_start)
		return NULL;
	at = d->toks[k - 1].start;
	px__cmp_sentence_claims(cl, s, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct px_claim *c = &cl->items[i];
		if (c->kind != PX_CLAIM_ENTITY || c->field != s->field || c->sentence != s->idx ||
		    c->end > at || (at - c->end > 1 && !relative_between(s->text, c->end, at)))
			continue;
		if ((best == NULL || c->end > best_end) && names_someone(actor_name(c))) {
			best = actor_name(c);
			best_end = c->end;
		}
	}
	return best;
}

/* Whether a word (three letters or more) of name is among the words of
 * m's subject, case-insensitively. */
static int
subject_names(const struct mention *m, const char *name)
{
	const struct px_doc *d = m->s->doc;
	const char *p = name;
	size_t j = 0;

	while (p && *p) {
		const char *e = p;
		size_t wl = 0;
		while (*e && *e != ' ')
			e++;
		wl = (size_t)(e - p);
		for (j = m->subj_from; wl >= 3 && j < m->subj_to && j < d->n_toks; j++) {
			const struct px_token *t = &d->toks[j];
			if (t->end - t->start == wl && strncasecmp(m->s->text + t->start, p, wl) == 0)
				return 1;
		}
		p = *e ? e + 1 : e;
	}
	return 0;
}

static struct word_slot *
words_slot(const struct art_words *aw, const char *w, size_t len, uint64_t h)
{
	size_t i = (size_t)h & aw->mask;

	while (aw->tab[i].len && (aw->tab[i].hash != h || aw->tab[i].len != len ||
				  memcmp(aw->text + aw->tab[i].off, w, len) != 0))
		i = (i + 1) & aw->mask;
	return &aw->tab[i];
}

/* Read the words of aw->text into its table; state -1 on failure. */
static void
words_read(struct art_words *aw)
{
	const char *t = aw->text;
	size_t i = 0, size = 1024;

	aw->state = -1;
	aw->tab = px_calloc(size, sizeof(*aw->tab));
	if (aw->tab == NULL)
		return;
	aw->mask = size - 1;
	while (t[i]) {
		size_t a = i;
		uint64_t h = 0;
		struct word_slot *ws = NULL;
		if (!isalnum((unsigned char)t[i])) {
			i++;
			continue;
		}
		while (isalnum((unsigned char)t[i]))
			i++;
		if (i > UINT32_MAX)
			return;
		h = px_hash64(t + a, i - a, 0);
		ws = words_slot(aw, t + a, i - a, h);
		if (ws->len)
			continue;
		ws->hash = h;
		ws->off = (uint32_t)a;
		ws->len = (uint32_t)(i - a);
		if (++aw->n * 2 > size) {
			struct word_slot *old = aw->tab;
			size_t k = 0;
			aw->tab = px_calloc(size * 2, sizeof(*aw->tab));
			if (aw->tab == NULL) {
				aw->tab = old;
				return;
			}
			aw->mask = size * 2 - 1;
			for (k = 0; k < size; k++)
				if (old[k].len)
					*words_slot(aw, t + old[k].off, old[k].len, old[k].hash) = old[k];
			size *= 2;
			px_free(old);
		}
	}
	aw->state = 1;
}

/*
 * Whether word[0, len) stands in text as a whole word: 1 or 0, or -1 when
 * the table cannot tell (a word of other bytes than isalnum() ones, or no
 * memory), for the caller to search the text. A whole-word match of an
 * all-isalnum word is exactly a maximal run of isalnum() bytes.
 */
static int
words_have(struct art_words *aw, const char *word, size_t len)
{
	size_t i = 0;

	for (i = 0; i < len; i++)
		if (!isalnum((unsigned char)word[i]))
			return -1;
	if (aw->state == 0)
		words_read(aw);
	if (aw->state != 1)
		return -1;
	return words_slot(aw, word, len, px_hash64(word, len, 0))->len != 0;
}

/*
 * Whether the actor of mention nm, told by name (its actor, else the
 * capitalised last word of its subject: "Havbris rejected"), is named
 * anywhere in the article of mention o, whose subject names no one ("the
 * company accepted"): "Fishing organisations" is no name.
 */
static int
open_names(const struct mention *o, const struct mention *nm)
{
	const struct px_doc *d = nm->s->doc;
	const char *text = o->s->doc->text, *p = NULL;
	const char *name = nm->actor;
	char word[64];
	size_t len = 0, j = nm->subj_to;

	if (name)
		len = strcspn(name, " "); /* its first word: "Havbris" of "Havbris AS" */
	else {
		while (j > nm->subj_from && !px__cmp_content_word(&d->toks[j - 1]))
			j--;
		if (j == nm->subj_from || !(d->toks[j - 1].flags & PX_TOK_CAP))
			return 0;
		name = d->text + d->toks[j - 1].start;
		len = d->toks[j - 1].end - d->toks[j - 1].start;
	}
	if (len < 3 || len >= sizeof word || text == NULL)
		return 0;
	if (o->words && o->words->text == text) {
		int has = words_have(o->words, name, len);
		if (has >= 0)
			return has;
	}
	memcpy(word, name, len);
	word[len] = '\0';
	for (p = text; (p = strstr(p, word)) != NULL; p++)
		if ((p == text || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[len]))
			return 1;
	return 0;
}

/*
 * The byte span of the first date the claims read in sentence s between
 * tokens from and to, with a part of the day after it ("approved the sale
 * on Monday evening"): when an act happened is no part of what was done,
 * so a stance's object words leave it out. 0 when there is none.
 */
static int
date_span(const struct cmp_ctx *x, const struct cmp_sent *s, size_t from, size_t to,
	  size_t *start, size_t *end)
{
	static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};
	const struct px_claims *cl = x->in[s->art].claims;
	const struct px_doc *d = s->doc;
	size_t i = 0, j = 0;

	if (s->n_dates == 0 || cl == NULL || from >= to)
		return 0;
	for (i = 0; i < cl->n; i++) {
		const struct px_claim *c = &cl->items[i];
		if (c->kind != PX_CLAIM_DATE || c->field != s->field || c->sentence != s->idx ||
		    c->start < d->toks[from].start || c->end > d->toks[to - 1].end)
			continue;
		*start = c->start;
		*end = c->end;
		for (j = from; j < to; j++)
			if (d->toks[j].start >= c->end) {
				if (fold_in(&d->toks[j], parts))
					*end = d->toks[j].end;
				break;
			}
		return 1;
	}
	return 0;
}

/* The token after a date right after token k ("confirmed on Thursday
 * evening that ..."): "on" and the date with its part of the day; k when
 * none follows. */
static size_t
past_date(const struct cmp_ctx *x, const struct cmp_sent *s, const struct px_sentence *se, size_t k)
{
	const struct px_doc *d = s->doc;
	size_t ds = 0, de = 0, j = k;

	if (k + 1 >= se->tok_end || !fold_is(&d->toks[k], "on") ||
	    !date_span(x, s, k + 1, k + 4 < se->tok_end ? k + 4 : se->tok_end, &ds, &de) ||
	    ds != d->toks[k + 1].start)
		return k;
	while (j < se->tok_end && d->toks[j].start < de)
		j++;
	return j;
}

/* The least sentence cosine of two stances on the story's matter told
 * by two general nouns. */
#define MATTER_COSINE 0.3

/* Whether two stances are one actor's (the same where both name one) on
 * the story's matter in general nouns ("welcomed the release", "condemned
 * the deal"), predicates of the lexicon, in sentences much alike. */
static int
matter_tie(const struct mention *a, const struct mention *b)
{
	return (a->flags & b->flags & M_MATTER) && !a->verb && !b->verb &&
	       (a->actor == NULL || b->actor == NULL || same_speaker(a->actor, b->actor)) &&
	       px__cmp_cosine(&a->s->v, &b->s->v) >= MATTER_COSINE;
}

static double
stance_align(const struct mention *a, const struct mention *b)
{
	double cs = 0, co = 0;

	/* One actor: named on one side at least, the same where both name
	 * it ("the water authority ruled out a ban" beside "Ormund Water
	 * imposed a ban"); stances with no named actor ("groups sought to
	 * capitalise on the accusations", "he denied the accusations") are
	 * no dispute. */
	if (a->s->art == b->s->art)
		return 0;
	/* Answers to a ruling are about the one ruling, in whatever words
	 * ("would appeal", "accepted the judgment") */
	co = a->flags & b->flags & M_ANSWER ? 1.0 : px__cmp_cosine(&a->ctx, &b->ctx);
	/* "Vasko welcomed the release", "Vasko condemned the deal": one
	 * named actor's position on the story's matter, named by two
	 * general nouns, in sentences that share much else */
	if (co <= 0 && a->polarity != b->polarity && a->actor && b->actor && matter_tie(a, b))
		co = 0.6;
	if (co <= 0)
		return 0;
	/* "Nordkjem said it had halted all production at the Skarnes site",
	 * "Nordkjem has refused to stop production in the rest of the
	 * plant": one subject in the same words (no actor named) and objects
	 * of one head match whatever else their phrases name */
	if (co < 0.5 && a->actor == NULL && b->actor == NULL && a->object && b->object &&
	    strcmp(a->object, b->object) == 0 && px__cmp_cosine(&a->subj, &b->subj) >= 0.8)
		co = 0.5;
	/* A verb read by its negation alone opposes only the same verb
	 * ("would not bring in replacement staff", "is bringing in
	 * replacement staff"); on the same side, any predicate of the same
	 * object in much the same words ("will not use replacement staff"). */
	if ((a->verb || b->verb) &&
	    (a->polarity != b->polarity ? !a->verb || !b->verb || strcmp(a->verb, b->verb) != 0
					: co < 0.5))
		return 0;
	/* A passive that names no actor ("Visits to the closed wards are
	 * banned") is about whoever acts on that object: the objects must
	 * match closely instead. */
	if ((a->flags | b->flags) & M_NOAGENT) {
		if (co < 0.5)
			return 0;
		cs = px__cmp_cosine(&a->s->v, &b->s->v);
		return cs < 0.2 ? 0 : 0.3 + 0.3 * co + 0.4 * cs;
	}
	if (a->actor && b->actor && !same_speaker(a->actor, b->actor))
		return 0;
	/* A subject that names no one ("it", "the company") may be anyone
	 * the other side names, when the objects have one head and match. */
	if (((a->flags ^ b->flags) & M_OPENSUBJ) &&
	    (strcmp(a->object, b->object) == 0 || (a->flags & b->flags & M_ANSWER)) &&
	    co >= 0.3 &&
	    open_names((a->flags & M_OPENSUBJ) ? a : b, (a->flags & M_OPENSUBJ) ? b : a)) {
		/* objects in nearly the same words ("backed the officials'
		 * decision", "rejected the officials' decision as ...") need
		 * less of the rest of the sentences, and answers to the
		 * ruling none ("DashPlate said it would appeal", "the chief
		 * executive told analysts that the company accepted the
		 * decision") */
		cs = px__cmp_cosine(&a->s->v, &b->s->v);
		if (!(a->flags & b->flags & M_ANSWER) && cs < (co >= 0.6 ? 0.1 : 0.2))
			return 0;
		return 0.3 + 0.3 * co + 0.4 * cs;
	}
	/* Named on neither side: the same actor only when both subjects
	 * name it in much the same words and the objects match ("The
	 * hospital has banned all visits to the four wards", "Visits to the
	 * affected wards have not been stopped, the hospital said"). */
	if (a->actor == NULL && b->actor == NULL &&
	    (px__cmp_cosine(&a->subj, &b->subj) < 0.5 || co < 0.5))
		return 0;
	/* Named on one side only: the other side's subject must carry a
	 * word of that name ("the water authority for the Ormund lakes
	 * region", "Ormund Water"), not be a bare "it" or "he". */
	if (a->actor == NULL && b->actor && !subject_names(a, b->actor))
		return 0;
	if (b->actor == NULL && a->actor && !subject_names(b, a->actor))
		return 0;
	cs = px__cmp_cosine(&a->s->v, &b->s->v);
	/* one actor named on both sides, and objects in nearly the same
	 * words, need less of the rest of the sentences, as an open
	 * subject does above */
	if (cs < (a->actor && b->actor && co >= 0.6 ? 0.1 : 0.2))
		return 0;
	/* The object words weigh as much as the sentences; naming the same
	 * actor on both sides adds to it. */
	return 0.3 + 0.3 * co + 0.4 * cs +
	       (a->actor && b->actor ? 0.1 : 0.05);
}

/* How closely stance a may join b's side: as aligned, or one actor's
 * position on the story's matter in another general noun ("accepted the
 * verdict", "has accepted the judgment") in sentences much alike. */
static double
stance_joins(const struct mention *a, const struct mention *b)
{
	double al = stance_align(a, b);

	if (al <= 0 && a->polarity == b->polarity && matter_tie(a, b))
		al = 0.6;
	return al;
}

/* Whether a's act named by a noun is on b's object, which is not a's own
 * ("approved a ban on wood-burning stoves" beside "voted to ban
 * wood-burning stoves"). */
static int
act_on_object(const struct mention *a, const struct mention *b)
{
	return a->act_on && a->object && b->object && strcmp(a->object, b->object) != 0 &&
	       strcmp(a->act_on, b->object) == 0;
}

static int
stance_compatible(const struct mention *a, const struct mention *b)
{
	/* one position on the stoves, read on the act the noun names */
	if (act_on_object(a, b))
		return a->act_polarity == b->polarity;
	if (act_on_object(b, a))
		return b->act_polarity == a->polarity;
	return a->polarity == b->polarity;
}

static const char *
stance_explain(const struct mention *a, const struct mention *b)
{
	/* an answer to a ruling in the party's own words ("We will not
	 * appeal," he said) is the answer itself */
	if (((a->flags ^ b->flags) & M_INQUOTE) && !(a->flags & b->flags & M_ANSWER))
		return WHY_QUOTED_STANCE;
	if ((a->flags | b->flags) & M_UPDATE)
		return "a stance that changed over time";
	return NULL;
}

/* Whether sentence s tells of a later turn ("police reopened the roads
 * soon afterwards", "was later lifted"): a stance in it follows another,
 * it does not contradict it. */
static int
later_turn(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const time_of[] = {"this", "next", "in", "on", "that", "today", "tonight",
					      NULL};
	size_t a = i, b = i, j = 0;

	/* the predicate's own clause: "The company will apply later this
	 * year, and the agency turned down ..." is no later turn */
	a = clause_begin(d, se, i);
	while (b < se->tok_end && !clause_punct(&d->toks[b]))
		b++;
	for (j = a; j < b; j++)
		if (px__cmp_has_cue(x, CUE_LATER, d, j, j + 1) &&
		    !(j + 1 < se->tok_end && fold_in(&d->toks[j + 1], time_of)))
			return 1; /* not "later this year", "later in the week" */
	return 0;
}

static const char *
stance_about(struct cmp_ctx *x, const struct mention *m)
{
	return px__cmp_printf(x, "%s%s%s", m->actor ? m->actor : "", m->actor ? " on " : "", m->object);
}

/*
 * Opposite polarity about the same actor and object, however worded:
 * "rejected calls for a curfew" against "imposed a curfew".
 */
/*
 * The copula of a passive or copular stance ("was rejected", "is not on
 * the table", "were ruled out"): the index of "was/were/is/are/been/be"
 * a few words before the stance word at i, with only negations, quote
 * marks and "on the" between; (size_t)-1 when there is none.
 */
static size_t
copula_before(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const cop[] = {"was", "were", "is", "are", "been", "be", "being", NULL};
	static const char *const skip[] = {"not", "never", "no", "longer", "on", "the", "n't", NULL};
	size_t j = i;

	while (j > se->tok_start && i - j < 6) {
		const struct px_token *t = &d->toks[j - 1];
		j--;
		if (quote_mark(t))
			continue;
		if (fold_in(t, cop))
			return j;
		if (!fold_in(t, skip))
			return (size_t)-1;
	}
	return (size_t)-1;
}

/*
 * A passive or copular stance: the object is the noun phrase before the
 * copula (up to four words, within the clause), a negation between the
 * copula and the stance word flips it, and the actor is the one named by
 * "by ..." after it, else the sentence's claimant ("A curfew was 'not on
 * the table', the office of Governor Marta Kessling said"). Adds at most
 * one mention.
 */
/* Whether the verb at token i is told as what should or would have been
 * ("should not have granted the licence", "would have approved"): a
 * judgement or a hypothesis, not an act or a refusal. */
static int
counterfactual(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const modal[] = {"should", "would", "could", "might", "must", NULL};
	static const char *const neg[] = {"not", "n't", "never", NULL};
	size_t j = i;

	if (j > se->tok_start && fold_is(&d->toks[j - 1], "have")) {
		j--;
		if (j > se->tok_start && fold_in(&d->toks[j - 1], neg))
			j--;
		return j > se->tok_start && fold_in(&d->toks[j - 1], modal);
	}
	return 0;
}

/* Whether a verb of expecting or wanting stands in the five words before
 * the predicate at token i, within its clause, with "to" right before the
 * predicate ("expected the ministry to revoke"). */
static int
wished_act(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	if (i == se->tok_start || !fold_is(&d->toks[i - 1], "to") || no_plans_to(d, se, i))
		return 0;
	return cue_before(x, d, se, i - 1, 5, CUE_FORECAST, NULL) ||
	       cue_before(x, d, se, i - 1, 5, CUE_WISH, NULL);
}

/* Whether token t is an -ing form: after a copula it is active ("the
 * committee is withdrawing support"), not a passive. */
static int
progressive(const struct px_token *t)
{
	size_t n = t->fold ? px_token_fold_len(t) : 0;

	return n > 4 && strcmp(t->fold + n - 3, "ing") == 0;
}

/* Whether token t is a past participle ("closed", "withdrawn", "kept"). */
static int
participle(const struct px_token *t)
{
	static const char *const irregular[] = {"kept", "shut", "withdrawn", "upheld", "sought",
						"stood", "forbidden", "overridden", "frozen", "held",
						NULL};
	size_t n = t->fold ? px_token_fold_len(t) : 0;

	return (n > 3 && strcmp(t->fold + n - 2, "ed") == 0) || fold_in(t, irregular);
}

/* Whether a "by" follows the passive predicate in its clause ("was
 * rejected by the council"). */
static int
by_agent(const struct px_doc *d, const struct px_sentence *se, size_t from)
{
	size_t j = 0;

	for (j = from; j < se->tok_end && j < from + 6; j++) {
		if (clause_break(&d->toks[j]))
			return 0;
		if (fold_is(&d->toks[j], "by"))
			return 1;
	}
	return 0;
}

static px_status
passive_stance(struct cmp_ctx *x, struct cmp_sent *s, const struct px_sentence *se, size_t i,
	       size_t cop, int pol, struct mention **mp, size_t *np, size_t *cap)
{
	static const char *const subordinators[] = {"that", "which", "who", "said", "says", "and",
						    "but", "if", "when", "while", "after", "before",
						    NULL};
	static const char *const auxiliaries[] = {"has", "have", "had", "will", "would", "may",
						  "might", "could", "should", "must", "can", "not",
						  "n't", "never", NULL};
	const struct px_doc *d = s->doc;
	size_t j = cop, first = cop, last = 0, nobj = 0, np_end = cop;
	struct mention *mm = NULL;
	px_status st = PX_OK;

	/* "The Storsund bridge, the town's only road link, has been
	 * closed": the auxiliaries before the copula, then an apposition
	 * between the noun and them, are stepped over. */
	while (j > se->tok_start && cop - j < 4 && fold_in(&d->toks[j - 1], auxiliaries))
		j--;
	if (j > se->tok_start + 1 && clause_punct(&d->toks[j - 1])) {
		size_t k = j - 1;
		while (k > se->tok_start && !clause_punct(&d->toks[k - 1]) && j - k < 12)
			k--;
		if (k > se->tok_start && j - k < 12 && d->toks[k - 1].fold &&
		    d->toks[k - 1].fold[0] == ',')
			j = k - 1;
	}
	np_end = j;
	while (j > se->tok_start && np_end - j < 6 && nobj < 4) {
		const struct px_token *t = &d->toks[j - 1];
		if (clause_punct(t) || quote_mark(t) || fold_in(t, subordinators))
			break;
		j--;
		if (!px__cmp_content_word(t))
			continue;
		if (nobj == 0)
			last = j;
		first = j;
		nobj++;
	}
	if (nobj == 0)
		return PX_OK;
	/* "was not rejected", "have not been stopped": a negation after
	 * the copula or right before it; "No visits were stopped": one
	 * opening the noun phrase. */
	if (px__cmp_has_cue(x, CUE_NEGATION, d, cop > se->tok_start + 2 ? cop - 2 : se->tok_start, i))
		pol = -pol;
	if (fold_is(&d->toks[j], "no"))
		pol = -pol;
	if ((mm = new_mention(mp, cap, *np, s, NULL)) == NULL)
		return PX_ENOMEM;
	mm->polarity = pol;
	if ((st = px__cmp_vec_tokens(x, d, first, last + 1, 0, 0, &mm->ctx)) != PX_OK)
		return st;
	mm->subj_from = i + 1;
	mm->subj_to = i + 9 < se->tok_end ? i + 9 : se->tok_end;
	if ((st = px__cmp_vec_tokens(x, d, mm->subj_from, mm->subj_to, 0, 0, &mm->subj)) != PX_OK)
		return st;
	mm->object = d->toks[last].stem;
	mm->actor = s->speaker && !islower((unsigned char)s->speaker[0]) ? s->speaker : NULL;
	if (s->speaker == NULL && !by_agent(d, se, i + 1))
		mm->flags |= M_NOAGENT;
	mm->value = px__cmp_strdup(x, d->text + d->toks[first].start,
				   d->toks[i].end - d->toks[first].start);
	if (later_turn(x, d, se, i))
		mm->flags |= M_UPDATE;
	(*np)++;
	return PX_OK;
}

/*
 * Whether token i is a verb negated by its auxiliary ("would not bring
 * in", "has not been stopped", "cannot support"), a verb of any kind but
 * saying and knowing, which tell nothing of a stance ("did not comment",
 * "would not say").
 */
static int
negated_verb(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const aux[] = {"would", "will", "wo", "did", "does", "do", "has", "have",
					  "had", "is", "are", "was", "were", "could", "can", "ca",
					  "should", "must", "may", "might", "shall", NULL};
	static const char *const between[] = {"be", "been", "yet", "now", "also", "ever", NULL};
	static const char *const failed[] = {"failed", "fails", "fail", "unable", "declined",
					     "declines", "refused", "refuses", NULL};
	const struct px_token *t = &d->toks[i];
	size_t j = i;

	/* most words: no negation or "to" within the two before them */
	if (!px__cmp_content_word(t) || (t->flags & PX_TOK_CAP) || i < se->tok_start + 1 ||
	    !(px__cmp_has_cue(x, CUE_NEGATION, d, i - 1, i) ||
	      (i > se->tok_start + 1 && px__cmp_has_cue(x, CUE_NEGATION, d, i - 2, i - 1)) ||
	      fold_is(&d->toks[i - 1], "to")) ||
	    px__cmp_has_cue(x, CUE_NOSTANCE, d, i, i + 1))
		return 0;
	/* "failed to collect", "declined to open" say what "did not
	 * collect", "did not open" say */
	if (i > se->tok_start + 1 && fold_is(&d->toks[i - 1], "to") && fold_in(&d->toks[i - 2], failed))
		return 1;
	/* "has no plans to review the licence" says "will not review" it;
	 * the plans themselves are no act */
	if (no_plans_to(d, se, i))
		return 1;
	if (fold_in(t, plan_words) && i + 1 < se->tok_end && fold_is(&d->toks[i + 1], "to"))
		return 0;
	if (j > se->tok_start && fold_in(&d->toks[j - 1], between))
		j--;
	if (j <= se->tok_start || !px__cmp_has_cue(x, CUE_NEGATION, d, j - 1, j))
		return 0;
	if (fold_is(&d->toks[j - 1], "cannot"))
		return 1;
	return j - 1 > se->tok_start && fold_in(&d->toks[j - 2], aux) && !counterfactual(d, se, i);
}

/*
 * Whether the clause of a verb at token i says something other than a
 * plain act or refusal: a question or condition ("why the county was not
 * alerted", "whether it would"), a time bound ("have not reached the
 * final since 2009", "last reached the final"), or a matter of degree
 * ("not alerted sooner").
 */
static int
verb_hedged(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	size_t j = 0;

	if (cue_before(x, d, se, i, 6, CUE_ASKING, NULL))
		return 1;
	for (j = i + 1; j < se->tok_end && j < i + 8; j++) {
		if (clause_break(&d->toks[j]))
			break;
		if (px__cmp_has_cue(x, CUE_DEGREE, d, j, j + 1))
			return 1;
	}
	return 0;
}

/*
 * Whether the act at token i is given a time to be done in ("the orchestra
 * has 42 days from the written judgment to lodge an appeal", "was given
 * two weeks to respond"): a window, not a decision.
 */
static int
time_to_act(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const spans[] = {"days", "weeks", "months", "hours", "years", NULL};
	static const char *const having[] = {"has", "have", "had", "given", "gets", "get", NULL};
	size_t k = 0, span = 0;

	if (i < se->tok_start + 3 || !fold_is(&d->toks[i - 1], "to"))
		return 0;
	for (k = i - 1; k > se->tok_start && k + 8 > i && span == 0; k--)
		if (fold_in(&d->toks[k - 1], spans))
			span = k - 1;
	for (k = span; span && k > se->tok_start && k + 4 > span; k--)
		if (fold_in(&d->toks[k - 1], having))
			return 1;
	return 0;
}

/*
 * Whether the act at token i is one not yet decided on ("had not decided
 * whether to appeal", "is still considering whether to appeal"): the
 * deciding word's token plus one, or 0. Undecided is a position of its
 * own, opposed to doing the act and to refusing it ("it would appeal",
 * "will not appeal"); other questions ("asked whether they would support
 * a bid") are no stance.
 */
static size_t
undecided_act(const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const deciding[] = {"decide",   "decided",   "decides",  "deciding",
					       "consider", "considers", "considering", "weigh",
					       "weighs",   "weighing",  "undecided", "unsure",
					       "mulling",  NULL};
	size_t k = 0;

	if (i < se->tok_start + 3 || !fold_is(&d->toks[i - 1], "to") ||
	    !fold_is(&d->toks[i - 2], "whether"))
		return 0;
	for (k = i - 2; k > se->tok_start && k + 3 > i - 2; k--)
		if (fold_in(&d->toks[k - 1], deciding))
			return k; /* the deciding word's token, plus one */
	return 0;
}

/*
 * Whether a stance predicate at token i is no assertion of an act: in a
 * condition or question ("If Britain's proposal were adopted", "unless
 * ministers backed down", "whether they would support a bid") or after a
 * verb of hoping or expecting in its clause ("hopes this will lead to a
 * bid being accepted", "expected the embargo to be lifted"). The modal
 * verbs of the forecast cues ("could", "might", "should") stay stances:
 * "could not rule out arson" is a position.
 */
static int
stance_hedged(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i)
{
	static const char *const modals[] = {"could", "might", "should", NULL};
	static const char *const bounds[] = {"last", "first", "how", NULL};
	size_t j = 0;

	if (no_plans_to(d, se, i))
		return 0;
	if (cue_before(x, d, se, i, 10, CUE_ASKING, bounds) ||
	    cue_before(x, d, se, i, 10, CUE_FORECAST, modals))
		return 1;
	/* "If, however, the state party says it wants to withdraw its
	 * nominee, ... officials will ...": a sentence that opens with a
	 * condition holds it up to its last comma */
	if (!opens_condition(d, se))
		return 0;
	for (j = i + 1; j < se->tok_end; j++)
		if (d->toks[j].fold && d->toks[j].fold[0] == ',' && d->toks[j].fold[1] == '\0')
			return 1;
	return 0;
}

/* The verbs negated anywhere in the story (negated_verb), marked by story
 * term id in *out (px_map_count(x->terms) bytes, or NULL when there are
 * none); a verb's affirmed uses are read only for these. */
static px_status
negated_terms(struct cmp_ctx *x, unsigned char **out)
{
	unsigned char *mark = NULL;
	size_t si = 0, i = 0, nt = px_map_count(x->terms);

	*out = NULL;
	for (si = 0; si < x->n_sents; si++) {
		const struct px_doc *d = NULL;
		const struct px_sentence *se = NULL;
		const struct cmp_sent *s = body_sentence(x, si, &d, &se);
		if (s == NULL)
			continue;
		for (i = se->tok_start; i < se->tok_end; i++) {
			uint32_t id = 0;
			if (!negated_verb(x, d, se, i))
				continue;
			id = px__cmp_tok_term(x, d, i);
			if (id >= nt)
				continue;
			if (mark == NULL && (mark = px_calloc(nt, 1)) == NULL)
				return PX_ENOMEM;
			mark[id] = 1;
		}
	}
	*out = mark;
	return PX_OK;
}

/*
 * "Harriet Doyle said the authority was "disappointed" and would appeal":
 * a predicate after "and" or "but" with a modal of reported speech
 * ("would", "could", "might", "should") belongs to the clause the verb of
 * saying reports, however far back that verb stands. Its subject is what
 * follows the verb, up to that clause's first verb: set [*from, *to) to
 * it and return 1 when it is a short noun phrase ("the authority", "the
 * club's board"), else 0. "The CFA said the goal should have stood and
 * rejected the decision" keeps its speaker: no modal.
 */
static int
reported_subject(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i,
		 size_t *from, size_t *to)
{
	static const char *const modals[] = {"would", "could", "might", "should", NULL};
	static const char *const skip[] = {"not", "n't", "never", "also", "still", "now", NULL};
	static const char *const verb_group[] = {"has", "have", "had", "will", "would", "is", "are",
						 "was", "were", "did", "does", "do", "could", "can",
						 "may", "might", "must", "should", NULL};
	size_t j = i, k = 0, w = 0;

	while (j > se->tok_start && fold_in(&d->toks[j - 1], skip))
		j--;
	if (j == se->tok_start || !fold_in(&d->toks[j - 1], modals) || !elided_subject(d, se, i))
		return 0;
	for (j = *from; j > se->tok_start; j--)
		if (fold_in(&d->toks[j - 1], saying))
			break;
	if (j == se->tok_start)
		return 0;
	for (k = j; k < i && k < j + 6; k++) {
		const struct px_token *t = &d->toks[k];
		if (clause_break(t))
			return 0;
		if (fold_in(t, verb_group) || past_form(t) || stance_at(x->c, d, k, se->tok_end, &w))
			break;
	}
	if (k == j || k >= i || k == j + 6)
		return 0;
	*from = j;
	*to = k;
	return 1;
}

/*
 * Polarity of a verb outside the lexicon at token i: -1 when negated
 * ("would not bring in replacement staff"), +1 when affirmed as a verb
 * ("is bringing in replacement staff") and negated somewhere else in the
 * story, 0 otherwise.
 */
static int
verb_polarity(struct cmp_ctx *x, const struct px_doc *d, const struct px_sentence *se, size_t i,
	      const unsigned char *negs)
{
	const struct px_token *t = &d->toks[i];
	uint32_t id = 0;

	if (negs == NULL || !px__cmp_content_word(t) || (t->flags & PX_TOK_CAP))
		return 0;
	id = px__cmp_tok_term(x, d, i);
	if (id >= px_map_count(x->terms) || !negs[id] || verb_hedged(x, d, se, i))
		return 0;
	if (negated_verb(x, d, se, i))
		return -1;
	if (px__cmp_has_cue(x, CUE_NEGATION, d, i > se->tok_start + 3 ? i - 3 : se->tok_start, i))
		return 0;
	if (progressive(t) && i > se->tok_start && copula_before(d, se, i) == i - 1)
		return 1;
	return verb_like(x, d, se, i) ? 1 : 0;
}

px_status
px__cmp_stance(struct cmp_ctx *x)
{
	struct mention *m = NULL;
	static const char *const preps[] = {"from", "to", "in", "on", "at", "for", "by", "with",
					    "during", "until", "since", "after", "before", "over",
					    "as", "amid", "of", "into", "onto", "across", "through",
					    "near", "around", "about", "against", "under", "between",
					    NULL};
	static const char *const dets[] = {"the", "a", "an", "its", "their", "his", "her", "our",
					   "this", "that", NULL};
	static const char *const leave[] = {"permission", "leave", NULL};
	static const char *const act_preps[] = {"to", "against", NULL};
	static const char *const adverbs[] = {"outright", "again", "instead", "altogether",
					      "entirely", "completely", "unanimously", "formally",
					      "publicly", "immediately", "firmly", "flatly",
					      "overwhelmingly", "narrowly", "today", "yesterday",
					      "tonight", "now", "too", "also", NULL};
	unsigned char *negs = NULL;
	struct art_words *aw = NULL;
	size_t n = 0, cap = 0, si = 0, i = 0;
	int open = 1;
	px_status st = PX_OK;

	if ((st = negated_terms(x, &negs)) != PX_OK)
		return st;

	for (si = 0; si < x->n_sents && st == PX_OK; si++) {
		const struct px_doc *d = NULL;
		const struct px_sentence *se = NULL;
		struct cmp_sent *s = body_sentence(x, si, &d, &se);
		if (s == NULL)
			continue;
		/* One stance per clause: its main predicate. A predicate
		 * after another's object needs a clause break between them
		 * ("said there was no reason to stop taking their medicine,
		 * and the agency has told patients to keep taking their
		 * tablets"). */
		open = 1;
		for (i = se->tok_start; i < se->tok_end; i++) {
			size_t width = 1, j = 0, nobj = 0, last = 0, first = i, head = 0, wrapper = 0;
			size_t said = 0, granted = 0, after = 0, act_from = 0;
			int act_inner = 0;
			const char *who = NULL;
			int subj = 0, intrans = 0, composed = 0, rep = 0;
			int that_clause = 0;
			int np_done = 0;
			int pol = 0;
			size_t und = 0;
			struct px_claim fake;
			size_t cop = 0, had = n;
			if (!open) {
				open = clause_break(&d->toks[i]);
				continue;
			}
			const char *verb = NULL;
			pol = stance_at(x->c, d, i, se->tok_end, &width);
			/* "stopped short of": the act after it is the stance */
			if (pol != 0 && i + 3 < se->tok_end && stopped_short(d, se, i + 3))
				continue;
			if (pol == 0) {
				/* A verb outside the lexicon, by its negation. */
				pol = verb_polarity(x, d, se, i, negs);
				if (pol == 0)
					continue;
				verb = d->toks[i].stem;
				if (pol < 0)
					first = i > se->tok_start + 1 ? i - 2 : i - 1; /* "not", "failed to" */
			}
			und = verb == NULL ? undecided_act(d, se, i) : 0;
			/* a window to act closes its clause: "has 42 days to
			   lodge an appeal" is no position on the appeal */
			if (!und && time_to_act(d, se, i)) {
				open = 0;
				continue;
			}
			if (!und && stance_hedged(x, d, se, i))
				continue;
			/* "A curfew was not on the table", "the plan was
			 * rejected": the object comes first. */
			cop = copula_before(d, se, i);
			if (cop != (size_t)-1 && !progressive(&d->toks[i]) &&
			    (verb || (!participle(&d->toks[i]) && !fold_is(&d->toks[i - 1], "the"))))
				continue; /* "Mr Howard was dismissive", "D'Arcy is back";
					     a verb outside the lexicon only active */
			if (cop != (size_t)-1 && !progressive(&d->toks[i])) {
				/* passive_stance reads the negation itself */
				st = passive_stance(x, s, se, i + width - 1, cop, verb ? 1 : pol, &m,
						    &n, &cap);
				if (st)
					break;
				if (n > had) {
					m[n - 1].verb = verb;
					open = 0;
					i += width - 1;
				}
				continue;
			}
			if (cop == (size_t)-1 && !verb_like(x, d, se, i))
				continue;
			if (counterfactual(d, se, i))
				continue; /* "should not have granted the licence" */
			/* "confirmed on Thursday evening that it would appeal":
			 * a date right after the predicate is no object, and
			 * the clause after it may be a that-clause */
			after = past_date(x, s, se, i + width);
			that_clause = after < se->tok_end && fold_is(&d->toks[after], "that");
			/* The object: up to three content words after the
			 * predicate, past wrappers ("calls for") and other
			 * predicates, within the clause. */
			for (j = i + width; j < se->tok_end && j <= i + width + 8 && nobj < 5; j++) {
				const struct px_token *t = &d->toks[j];
				size_t w2 = 0;
				int prep_in = 0;
				int inner = 0;
				if (clause_break(t))
					break; /* "backed the extension after the city agreed" */
				if (t->flags & PX_TOK_PUNCT)
					continue; /* "the teachers' pay dispute" */
				if (nobj > 0 && (fold_in(t, preps) || participle(t)))
					np_done = 1; /* the object's head: "staff", not
							"from abroad this year"; "the
							verdict", not "handed down" */
				/* "rejected the decision outright": an adverb
				 * after the object ends it */
				if (nobj > 0 && fold_in(t, adverbs)) {
					np_done = 1;
					continue;
				}
				if (!px__cmp_content_word(t) || j < after)
					continue;
				if (px__cmp_has_cue(x, CUE_WRAPPER, d, j, j + 1)) {
					/* "rejected the plan": the wrapper is the
					 * object; "the company's plan": its head */
					wrapper = j;
					if (nobj > 0 && !np_done && (d->toks[j - 1].flags & PX_TOK_PUNCT)) {
						nobj++;
						last = head = j;
					} else if (nobj > 0 && !np_done && possessive(&d->toks[j - 1])) {
						/* "rejected the union's call for an
						 * independent review": what follows the
						 * wrapper is the object, the wrapper
						 * itself when nothing does */
						nobj = 0;
						head = 0;
					}
					continue;
				}
				inner = stance_at(x->c, d, j, se->tok_end, &w2);
				/* "would seek permission to appeal", "asked for
				 * leave to appeal": the act sought composes, and
				 * is the answer */
				if (inner && nobj == 1 && fold_is(&d->toks[j - 1], "to") &&
				    fold_in(&d->toks[last], leave)) {
					pol *= inner;
					granted = j;
					j += w2 - 1;
					continue;
				}
				/* "ruled out a legal challenge to the decree",
				 * "rejected any appeal against the ruling": an
				 * act named by a noun right after a predicate of
				 * refusal composes, and what follows its
				 * preposition is the object ("wants the dispute
				 * to go to arbitration" does not: no determiner
				 * after "to") */
				if (inner && pol < 0 && !composed && verb == NULL && !that_clause && nobj <= 2 &&
				    j + w2 + 1 < se->tok_end && fold_in(&d->toks[j + w2], act_preps) &&
				    fold_in(&d->toks[j + w2 + 1], dets) && !fold_is(&d->toks[j - 1], "to")) {
					pol *= inner;
					composed = 1;
					nobj = 0;
					head = last = 0;
					np_done = 0;
					j += w2;
					continue;
				}
				/* "lodged an objection to the postponement", "filed
				 * a challenge against the ruling": a verb of bringing
				 * carries the act its noun names, on what follows */
				/* the preposition inside the entry ("object to")
				 * or right after it */
				prep_in = w2 > 1 && fold_in(&d->toks[j + w2 - 1], act_preps);
				if (inner && !composed && verb == NULL && !that_clause && nobj <= 1 &&
				    fold_in(&d->toks[i], bring_verbs) && j + w2 < se->tok_end &&
				    fold_in(&d->toks[j - 1], dets) &&
				    (prep_in || fold_in(&d->toks[j + w2], act_preps))) {
					pol = inner;
					composed = 1;
					nobj = 0;
					head = last = 0;
					np_done = 0;
					j += w2 - (size_t)prep_in; /* past the preposition */
					continue;
				}
				/* "approved a ban on wood-burning stoves": the
				 * noun's act and what it is on, read beside the
				 * object (stance_compatible) */
				if (inner && nobj == 0 && !act_inner && fold_in(&d->toks[j - 1], dets) &&
				    j + w2 + 1 < se->tok_end &&
				    (fold_is(&d->toks[j + w2], "on") || fold_is(&d->toks[j + w2], "against"))) {
					act_inner = inner;
					act_from = j + w2 + 1;
				}
				if (inner && !fold_in(&d->toks[j - 1], dets)) {
					/* "refused to stop production": the
					 * inner predicate's polarity composes,
					 * also past a wrapper ("confirmed plans
					 * to close the plant") */
					if (nobj == 0 && fold_is(&d->toks[j - 1], "to") &&
					    (j == i + width + 1 || (wrapper && wrapper + 2 == j)))
						pol *= inner;
					/* "confirmed that schools will stay
					 * closed", "denied that the stall had
					 * not been shut": so does the first
					 * verb of a that-clause, with its own
					 * negation */
					else if (that_clause && !composed && nobj > 0 &&
						 verb_like(x, d, se, j)) {
						pol *= px__cmp_has_cue(x, CUE_NEGATION, d, j > i + 4 ? j - 3 : i + 1, j)
							       ? -inner
							       : inner;
						composed = 1;
					}
					j += w2 - 1;
					continue;
				}
				/* "declined to open a formal investigation": the
				 * verb after "to" is what is refused or agreed,
				 * compared as that verb ("opened an
				 * investigation") */
				if (verb == NULL && nobj == 0 && j == i + width + 1 &&
				    fold_is(&d->toks[j - 1], "to") && !(t->flags & PX_TOK_CAP) &&
				    !px__cmp_has_cue(x, CUE_NOSTANCE, d, j, j + 1)) {
					verb = t->stem;
					continue;
				}
				nobj++;
				last = j;
				if (!np_done)
					head = j;
			}
			if (nobj == 0 && wrapper) {
				nobj = 1;
				last = head = wrapper;
			}
			/* "his client would appeal.", "would accept the
			 * verdict and not appeal": a predicate of the lexicon
			 * that ends its clause is its own object. */
			intrans = nobj == 0 && verb == NULL &&
				  (i + width >= se->tok_end || clause_break(&d->toks[i + width]) ||
				   (d->toks[i + width].flags & PX_TOK_PUNCT));
			/* "would appeal to the Court of Arbitration for Sport":
			 * the court is where the act goes, not what it is about */
			if (!intrans && nobj > 0 && verb == NULL && i + width < se->tok_end &&
			    fold_is(&d->toks[i + width], "to") &&
			    px__cmp_cue_len(x, CUE_FORUM, d, head ? head : last) == 1)
				intrans = 1;
			if (intrans) {
				nobj = 1;
				last = head = i + width - 1;
			}
			if (nobj == 0)
				continue;
			if (verb == NULL && i > se->tok_start + 1 && fold_is(&d->toks[i - 1], "to") &&
			    fold_is(&d->toks[i - 2], "yet")) {
				pol = -pol; /* "has yet to sign off on the transfer" */
				first = i - 2;
			} else if (verb == NULL && stopped_short(d, se, i)) {
				pol = -pol; /* "has stopped short of endorsing the pilot" */
				first = i - 3;
			} else if (verb == NULL &&
			    px__cmp_has_cue(x, CUE_NEGATION, d, i > se->tok_start + 3 ? i - 3 : se->tok_start, i)) {
				pol = -pol;
				for (first = i > se->tok_start + 3 ? i - 3 : se->tok_start; first < i; first++)
					if (px__cmp_has_cue(x, CUE_NEGATION, d, first, first + 1))
						break;
			}
			if (und) {
				/* the position as told: "not decided whether to appeal" */
				first = und - 1;
				if (first > se->tok_start &&
				    (fold_is(&d->toks[first - 1], "not") || fold_is(&d->toks[first - 1], "yet")))
					first--;
			}
			if (new_mention(&m, &cap, n, s, NULL) == NULL) {
				st = PX_ENOMEM;
				break;
			}
			m[n].polarity = und ? STANCE_UNDECIDED : pol;
			{
				size_t ds = 0, de = 0;
				if (intrans || !date_span(x, s, i + width, last + 1, &ds, &de))
					ds = de = 0;
				st = px__cmp_vec_tokens(x, d, intrans ? i : i + width, last + 1, ds, de,
							&m[n].ctx);
			}
			if (st)
				break;
			m[n].subj_from = i > se->tok_start + 8 ? i - 8 : se->tok_start;
			m[n].subj_to = i;
			/* "Marte Lien said the company accepted the verdict":
			 * a name before a verb of saying is the speaker; the
			 * subject is what follows that verb. */
			said = 0;
			for (j = i; j > m[n].subj_from; j--)
				if (fold_in(&d->toks[j - 1], saying) && !relative_that(d, se, j - 1))
					break;
			if (j > m[n].subj_from)
				said = j;
			/* ... unless it is a pronoun ("Police say they still
			 * have not ruled out arson"), which is the speaker */
			subj = open_subject(d, se, said ? said : m[n].subj_from, i);
			if (said && said < i && subj != 2)
				m[n].subj_from = said;
			rep = said ? 0 : reported_subject(x, d, se, i, &m[n].subj_from,
							 &m[n].subj_to);
			st = px__cmp_vec_tokens(x, d, m[n].subj_from, m[n].subj_to, 0, 0, &m[n].subj);
			if (st)
				break;
			m[n].object = d->toks[head ? head : last].stem;
			if (act_inner && !und) {
				size_t h = act_head(x, d, se, act_from);
				if (h > 0 && d->toks[h].stem) {
					m[n].act_on = d->toks[h].stem;
					m[n].act_polarity = pol * act_inner;
				}
			}
			if (px__cmp_cue_len(x, CUE_MATTER, d, head ? head : last) == 1)
				m[n].flags |= M_MATTER;
			/* "has lodged an objection, arguing ...": an act
			 * brought with nothing it is on is on the matter at
			 * hand */
			{
				size_t w3 = 1, h = head ? head : last;
				if (fold_in(&d->toks[i], bring_verbs) && h > i &&
				    (act_noun(&d->toks[h]) || stance_at(x->c, d, h, se->tok_end, &w3)) &&
				    (h + w3 >= se->tok_end || clause_punct(&d->toks[h + w3]) ||
				     (d->toks[h + w3].flags & PX_TOK_PUNCT)))
					m[n].flags |= M_MATTER;
			}
			if (verb == NULL &&
			    (granted ? response_to_ruling(&d->toks[granted], NULL)
				     : response_to_ruling(&d->toks[i],
							  intrans ? NULL : &d->toks[head ? head : last])))
				m[n].flags |= M_RESPONSE;
			else if (verb == NULL && !intrans && blame_words(d, i, i + width, last + 1))
				m[n].flags |= M_BLAME;
			if (that_clause)
				m[n].flags |= M_THAT;
			m[n].verb = verb;
			if (rep) {
				/* the reported clause's subject, named or not */
				m[n].actor = actor_after(x->in[s->art].claims, s,
							 d->toks[m[n].subj_from].start,
							 d->toks[m[n].subj_to - 1].end)
						     ? actor_before(x->in[s->art].claims, s,
								    d->toks[m[n].subj_to - 1].end)
						     : NULL;
				if (m[n].actor == NULL)
					m[n].flags |= M_OPENSUBJ;
				m[n].value = px__cmp_strdup(x, d->text + d->toks[first].start,
							    d->toks[last].end - d->toks[first].start);
				goto quoted;
			}
			m[n].actor = actor_before(x->in[s->art].claims, s, d->toks[i].start);
			/* "Kay Ivey said she would vote for Moore": a
			 * pronoun after the verb of saying is its speaker. */
			if (m[n].actor && said && subj != 2 &&
			    !actor_after(x->in[s->art].claims, s, d->toks[said].start, d->toks[i].start))
				m[n].actor = NULL;
			/* "In a statement to the Courier, Valdane said it had
			 * agreed": the pronoun is the speaker, not the name
			 * nearest the verb */
			if (said && subj == 2) {
				if (s->speaker && !islower((unsigned char)s->speaker[0]))
					m[n].actor = s->speaker;
				else if ((m[n].flags & M_ANSWER) &&
					 (who = reported_speaker(x->in[s->art].claims, s,
								 d->toks[i].start)) != NULL)
					m[n].actor = who; /* "Atlantis Terminais, the
							     operator of the terminal,
							     said it would lodge" */
				else if ((who = actor_before(x->in[s->art].claims, s,
							     d->toks[said - 1].start)) != NULL)
					m[n].actor = who; /* "Imbry, who is seeking a
							     second term, said she
							     would veto" */
				else if (m[n].flags & M_ANSWER)
					m[n].actor = saying_subject(x->in[s->art].claims, s, d, se,
								    said);
			}
			if (m[n].actor == NULL && subj)
				m[n].flags |= M_OPENSUBJ;
			/* "The authority has asked the bank for an account,
			 * but has so far declined to open an investigation":
			 * a clause with no subject of its own shares the
			 * sentence's. */
			/* ... or, "the CFA said the goal should have stood and
			 * rejected the officials' decision", the speaker. */
			if (m[n].actor == NULL && !subj && elided_subject(d, se, i)) {
				if (!said)
					m[n].actor = sentence_subject(x->in[s->art].claims, s, d, se);
				for (j = i; m[n].actor == NULL && j > se->tok_start; j--)
					if (fold_in(&d->toks[j - 1], saying)) {
						m[n].actor = actor_before(x->in[s->art].claims, s,
									  d->toks[j - 1].start);
						break;
					}
			}
			m[n].value = px__cmp_strdup(x, d->text + d->toks[first].start,
						    d->toks[last].end - d->toks[first].start);
		quoted:
			/* A predicate inside a quote is someone's position. */
			memset(&fake, 0, sizeof(fake));
			fake.field = s->field;
			fake.start = d->toks[i].start;
			fake.end = d->toks[i].end;
			if (x->in[s->art].claims && in_quote(x, s->art, &fake))
				m[n].flags |= M_INQUOTE;
			if (later_turn(x, d, se, i))
				m[n].flags |= M_UPDATE;
			/* "expected the ministry to revoke the licence",
			 * "wants the board to approve": someone's wish, a
			 * position like a quote, not an act */
			if (wished_act(x, d, se, i))
				m[n].flags |= M_INQUOTE;
			n++;
			open = 0;
			i = last;
		}
	}
	px_free(negs);
	/* Each article's words for open_names(), read when first asked;
	   without the memory the texts are searched instead. */
	aw = n > 1 && st == PX_OK ? px_arena_alloc(&x->scratch, x->n * sizeof(*aw)) : NULL;
	if (aw) {
		memset(aw, 0, x->n * sizeof(*aw));
		for (i = 0; i < x->n; i++)
			aw[i].text = x->in[i].text ? x->in[i].text->text : NULL;
		for (i = 0; i < n; i++)
			if (aw[m[i].s->art].text == m[i].s->doc->text)
				m[i].words = &aw[m[i].s->art];
	}
	{
		struct fact_rules fr = {"stance", PX_CONFLICT_STANCE, given_value, stance_compatible,
					stance_explain, stance_align, NULL,
					x->c->opts.align_min + 0.25, 0};
		size_t before = x->out->n_conflicts;
		st = settle_facts(x, m, n, st, x->c->opts.align_min + 0.25, stance_about, &fr);
		/* "accepted the verdict and would not appeal" against
		 * "rejected the verdict ... and will appeal": two predicates
		 * of the same sentences are one dispute */
		if (st == PX_OK)
			one_conflict_per_dispute(x, before);
	}
	for (i = 0; aw && i < x->n; i++)
		px_free(aw[i].tab);
	return st;
}

/* ------------------------------------------------------------ statements */

/*
 * Statements several sources make in their own words ("Interior Minister
 * Karin Aldous ordered an inquiry", "Aldous has ordered an inquiry into
 * the sinking"): sentences of different articles that are each other's
 * closest sentence in the other article, similar enough (cosine at least
 * STATEMENT_MIN) and sharing a word beyond the story's topic. Connected
 * pairs form one agreement of kind "statement", at most one sentence per
 * article; its sentences are no longer unique claims. Sentences already
 * part of a fact are left to it.
 */
#define STATEMENT_MIN 0.5

struct stmt_pair {
	size_t a, b; /* sentence indices */
	double w;
};

/* The content words sentence a shares with sentence b, as written in a,
 * up to four, joined by ", ": what is done first ("ordered, independent,
 * inquiry, sinking"), then names. */
static const char *
shared_words(struct cmp_ctx *x, const struct cmp_sent *a, const struct cmp_sent *b)
{
	const struct px_sentence *sa = &a->doc->sents[a->idx], *sb = &b->doc->sents[b->idx];
	char buf[160];
	size_t i = 0, j = 0, n = 0, k = 0, pass = 0;

	buf[0] = '\0';
	for (pass = 0; pass < 2; pass++)
	for (i = sa->tok_start; i < sa->tok_end && k < 4; i++) {
		const struct px_token *t = &a->doc->toks[i];
		if (!px__cmp_content_word(t) || !(t->flags & PX_TOK_CAP) != !pass)
			continue;
		for (j = sb->tok_start; j < sb->tok_end; j++) {
			const struct px_token *u = &b->doc->toks[j];
			if (px__cmp_content_word(u) && strcmp(t->stem, u->stem) == 0)
				break;
		}
		if (j == sb->tok_end || strstr(buf, t->fold) != NULL)
			continue;
		if (n + strlen(t->fold) + 3 >= sizeof buf)
			break;
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", k ? ", " : "", t->fold);
		k++;
	}
	return k ? px__cmp_strdup(x, buf, n) : NULL;
}

/* A sentence's text as an agreement value: whole, or cut at a word before
 * 160 bytes with an ellipsis. */
static const char *
statement_value(struct cmp_ctx *x, const struct cmp_sent *s)
{
	const char *t = s->text + s->start;
	size_t n = s->end - s->start, cut = n;

	if (n > 160) {
		for (cut = 157; cut > 60 && t[cut] != ' '; cut--)
			;
		return px__cmp_printf(x, "%.*s…", (int)cut, t);
	}
	return px__cmp_strdup(x, t, n);
}

static int
stmt_desc(const void *p, const void *q)
{
	const struct stmt_pair *a = p, *b = q;

	if (a->w != b->w)
		return a->w > b->w ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

/* Root of sentence i's group. */
static size_t
stmt_root(size_t *parent, size_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}


/* The closest sentences found so far: per (sentence, article) slot, the
 * sentence, its similarity and their first shared term id. */
struct stmt_best {
	const struct cmp_ctx *x;
	const unsigned char *ask; /* a body sentence of its own, 4 terms or more */
	size_t *best;
	double *bw;
	uint32_t *bf;
};

/* Sentence t as sentence i's closest in t's article: the most similar,
 * and of equals the first a query of i touches (the first shared term,
 * then the sentence order), as a walk over px__cmp_sims()'s touched list
 * keeping the first greatest would choose. */
static void
stmt_offer(struct stmt_best *b, size_t i, size_t t, double v, uint32_t first)
{
	size_t slot = i * b->x->n + b->x->sents[t].art, cur = b->best[slot];

	if (cur != (size_t)-1 &&
	    (v < b->bw[slot] ||
	     (v == b->bw[slot] && (first > b->bf[slot] || (first == b->bf[slot] && t > cur)))))
		return;
	b->best[slot] = t;
	b->bw[slot] = v;
	b->bf[slot] = first;
}

/* A pair of px__cmp_sims_each() at STATEMENT_MIN or more: a candidate
 * both ways, when both sentences may take part. */
static void
stmt_seen(void *ctx, size_t i, size_t t, double v, uint32_t first)
{
	struct stmt_best *b = ctx;
	const struct cmp_sent *u = &b->x->sents[t];

	if (u->art == b->x->sents[i].art || u->field != PX_FIELD_TEXT ||
	    b->x->sent_shared[t] == 1)
		return;
	stmt_offer(b, i, t, v, first);
	if (b->ask[t])
		stmt_offer(b, t, i, v, first);
}

px_status
px__cmp_statements(struct cmp_ctx *x)
{
	struct stmt_pair *pairs = NULL;
	size_t *best = NULL, *parent = NULL, *next = NULL, *tail = NULL, *members = NULL;
	double *bw = NULL;
	uint32_t *bf = NULL;
	unsigned char *ask = NULL;
	struct stmt_best sb;
	size_t np = 0, cap = 0, i = 0, k = 0, ns = x->n_sents;
	px_status st = PX_OK;

	if (x->n < 2 || ns < 2)
		return PX_OK;
	best = px_alloc(ns * x->n * sizeof(*best));
	parent = px_alloc(ns * sizeof(*parent));
	next = px_alloc(ns * sizeof(*next));
	tail = px_alloc(ns * sizeof(*tail));
	members = px_alloc(ns * sizeof(*members));
	bw = px_alloc(ns * x->n * sizeof(*bw));
	bf = px_alloc(ns * x->n * sizeof(*bf));
	ask = px_alloc(ns);
	if (best == NULL || parent == NULL || next == NULL || tail == NULL || members == NULL ||
	    bw == NULL || bf == NULL || ask == NULL) {
		st = PX_ENOMEM;
		goto done;
	}
	/* For each sentence, its closest sentence in every other article;
	   each pair's similarity is computed once, for both sentences. */
	for (i = 0; i < ns; i++) {
		const struct cmp_sent *s = &x->sents[i];
		parent[i] = tail[i] = i;
		next[i] = ns;
		for (k = 0; k < x->n; k++)
			best[i * x->n + k] = (size_t)-1;
		ask[i] = s->field == PX_FIELD_TEXT && x->sent_shared[i] != 1 && s->v.n >= 4;
	}
	sb.x = x;
	sb.ask = ask;
	sb.best = best;
	sb.bw = bw;
	sb.bf = bf;
	if ((st = px__cmp_sims_each(x, ask, STATEMENT_MIN, stmt_seen, &sb)) != PX_OK)
		goto done;
	/* Mutual closest pairs that share a specific word. */
	for (i = 0; i < ns; i++) {
		for (k = 0; k < x->n; k++) {
			size_t t = best[i * x->n + k];
			if (t == (size_t)-1 || t < i || best[t * x->n + x->sents[i].art] != i ||
			    !px__cmp_share_specific(x, &x->sents[i].v, &x->sents[t].v))
				continue;
			if ((st = px_grow((void **)&pairs, &cap, np + 1, sizeof(*pairs))) != PX_OK)
				goto done;
			pairs[np].a = i;
			pairs[np].b = t;
			pairs[np].w = px__cmp_cosine(&x->sents[i].v, &x->sents[t].v);
			np++;
		}
	}
	if (np > 1)
		qsort(pairs, np, sizeof(*pairs), stmt_desc);
	/* Strongest first; two groups join when no article is in both
	 * (their member lists are walked, not every sentence). */
	for (k = 0; k < np; k++) {
		size_t ra = stmt_root(parent, pairs[k].a), rb = stmt_root(parent, pairs[k].b), m = 0, q = 0;
		int clash = 0;
		if (ra == rb)
			continue;
		for (m = ra; m != ns && !clash; m = next[m])
			for (q = rb; q != ns && !clash; q = next[q])
				clash = x->sents[m].art == x->sents[q].art;
		if (clash)
			continue;
		parent[rb] = ra;
		next[tail[ra]] = rb;
		tail[ra] = tail[rb];
	}
	/* One agreement per group of two or more, its sentences in story
	 * order. */
	for (i = 0; i < ns && x->st == PX_OK; i++) {
		struct px_agreement *ag = NULL;
		size_t nm = 0, shortest = 0, m = 0;
		if (parent[i] != i || next[i] == ns)
			continue;
		for (m = i; m != ns; m = next[m])
			members[nm++] = m;
		qsort(members, nm, sizeof(*members), size_order);
		ag = px__cmp_add_agreement(x);
		if (ag == NULL)
			break;
		ag->articles = px_arena_alloc(&x->out->arena, nm * sizeof(size_t));
		ag->evidence = px_arena_alloc(&x->out->arena, nm * sizeof(*ag->evidence));
		if (ag->articles == NULL || ag->evidence == NULL) {
			x->st = PX_ENOMEM;
			break;
		}
		for (m = 0; m < nm; m++) {
			const struct cmp_sent *s = &x->sents[members[m]];
			px__cmp_evidence(x, s, &ag->evidence[ag->n_evidence++]);
			ag->articles[ag->n_articles++] = s->art;
			x->sent_shared[members[m]] = 1;
			if (s->end - s->start < x->sents[members[shortest]].end - x->sents[members[shortest]].start)
				shortest = m;
		}
		ag->kind = "statement";
		ag->about = shared_words(x, &x->sents[members[0]], &x->sents[members[1]]);
		if (ag->about == NULL)
			ag->about = "statement";
		ag->value = statement_value(x, &x->sents[members[shortest]]);
		ag->confidence = nm >= 3 ? 0.8 : 0.7;
		ag->why = px__cmp_why(x, 2, "the sentences are each other's closest in the other source",
				      px__cmp_printf(x, "%zu independent sources say it in their own words", nm));
		ag->n_why = 2;
	}
	if (st == PX_OK)
		st = x->st;
done:
	px_free(pairs);
	px_free(best);
	px_free(parent);
	px_free(next);
	px_free(tail);
	px_free(members);
	px_free(bw);
	px_free(bf);
	px_free(ask);
	return st;
}
