/*
 * Quantity claims: a number (number.c) read in its phrase. Around the
 * number, in this order: an approximation word before it ("more than",
 * "nearly"; data/claims_approx.txt), "between", a currency written before
 * it ("$", "US$", "£"), a second number making a range ("30-40", "30 to
 * 40", "between 30 and 40") or a score ("7-4"), a unit after it ("%",
 * "percentage points", "km/h", "dollars"; data/claims_units.txt), a bound
 * after it ("or more"), and finally the counted head noun with its class
 * ("400 government employees" -> employees, people).
 *
 * What is not a quantity is dropped here: ordinals, bare years (dates do
 * those), phone numbers and other digit chains, identifiers ("Boeing 737",
 * "COVID-19", "Flight 370", "S23"), a lone "one", and numbers inside URLs.
 *
 * Invariants: low <= value <= high, all finite; a range has value == low
 * and approx "range"; spans cover approximation word, currency, number(s)
 * and unit (not the counted noun), inside one sentence.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "claim_internal.h"
#include "time_units.h"

static int
used(const struct toks *tk, size_t a, size_t b)
{
	size_t k = 0;

	for (k = a; k < b; k++)
		if (tk->t[k].flags & TF_USED)
			return 1;
	return 0;
}

static void
mark(struct toks *tk, size_t a, size_t b)
{
	size_t k = 0;

	for (k = a; k < b && k < tk->n; k++)
		tk->t[k].flags |= TF_USED;
}

static int
is_dash(const struct toks *tk, size_t i)
{
	size_t n = 0;
	const char *s = NULL;

	if (i >= tk->n || tk->t[i].type != T_SYM)
		return 0;
	n = tk->t[i].end - tk->t[i].start;
	s = tk->text + tk->t[i].start;
	return (n == 1 && s[0] == '-') ||
	       (n == 3 && (memcmp(s, "\xe2\x80\x93", 3) == 0 || memcmp(s, "\xe2\x80\x94", 3) == 0 ||
			   memcmp(s, "\xe2\x80\x90", 3) == 0 || memcmp(s, "\xe2\x88\x92", 3) == 0));
}

static int
is_sym_any(const struct toks *tk, size_t i, const char *set)
{
	return i < tk->n && tk->t[i].type == T_SYM && tk->t[i].end - tk->t[i].start == 1 &&
	       strchr(set, tk->text[tk->t[i].start]) != NULL;
}

/* The phrase parsed at one position. */
struct qparse {
	size_t q0, q1;   /* tokens of the whole quantity span */
	struct num n;
	double high;
	int approx;      /* -1 when none */
	double lowf, highf;
	const char *unit, *dim;
	int range, score;
	double second;
	size_t after;    /* first token after the span */
	size_t nend;     /* token after the second number of a range or score */
};

/* "sub-7 nanometer", "over-65s": a prefix glued by a hyphen, not an id. */
static int
prefix_word(const struct toks *tk, size_t i)
{
	static const char *const pre[] = {"sub", "over", "under", "mid", "pre", "post", "non",
					  "near", "ultra", "super", "anti", "now", "minus",
					  "plus", "then", "top", "low", "high", NULL};

	return px__cl_tok_among(tk, i, pre);
}

/* A token that may be (part of) a number: digits, a number word, or a
   non-ASCII symbol (vulgar fractions). A quantity starts at most five
   tokens before one ("as many as 500"), which lets most words skip the
   phrase lookups. */
static int
number_like(const struct px_extractor *x, const struct toks *tk, size_t k)
{
	return tk->t[k].type == T_NUM || (px__cl_lex_flags(x, tk, k) & (LX_NUMWORD | LX_DOZEN)) ||
	       (tk->t[k].type == T_SYM && tk->t[k].end - tk->t[k].start > 1);
}

/* A 4-digit integer that reads as a year. */
static int
year_like(const struct toks *tk, const struct num *n)
{
	if (n->t1 != n->t0 + 1 || tk->t[n->t0].type != T_NUM)
		return 0;
	if (tk->t[n->t0].end - tk->t[n->t0].start != 4)
		return 0;
	return n->value >= 1000 && n->value <= 2100 && n->value == floor(n->value);
}

/* Whether word i is a plural noun (lower case). */
static int
plural_head(const struct px_extractor *x, const struct toks *tk, size_t i)
{
	int plural = 0;

	if ((tk->t[i].flags & TF_CAP) && !(tk->t[i].flags & TF_UPPER))
		return 0;
	return px__cl_lex_noun(x, tk->text + tk->t[i].start, tk->t[i].end - tk->t[i].start,
			       &plural) != NULL && plural;
}

/* A word that modifies the counted noun without being part of what is
   counted: adverbs ("decently sized") and participles that are not nouns
   ("charging stations", "sized"). */
static int
loose_modifier(const struct toks *tk, size_t k)
{
	size_t n = tk->t[k].end - tk->t[k].start;
	const char *s = tk->text + tk->t[k].start;

	if (tk->t[k].flags & TF_CAP)
		return 0;
	return (n > 4 && memcmp(s + n - 2, "ly", 2) == 0) ||
	       (n > 5 && memcmp(s + n - 3, "ing", 3) == 0) ||
	       (n > 4 && memcmp(s + n - 2, "ed", 2) == 0);
}

/*
 * A house number: the figure before a street name ("9 E 71st St", "49
 * Zorro Ranch Road", "16-18 Industrial Avenue"): up to five capitalised
 * words or ordinals ending in a street word.
 */
static int
street_after(const struct toks *tk, size_t j, size_t lim)
{
	static const char *const w[] = {"street", "st", "avenue", "ave", "road", "rd", "way",
					"drive", "lane", "boulevard", "blvd", "place", "court",
					"terrace", "highway", "crescent", "parkway", NULL};
	size_t k = 0;

	for (k = j; k < lim && k < j + 5; k++) {
		if (tk->t[k].type == T_NUM || (tk->t[k].type == T_WORD && !(tk->t[k].flags & TF_SPACE)))
			continue; /* "71st" */
		if (tk->t[k].type != T_WORD || !(tk->t[k].flags & TF_CAP) || (tk->t[k].flags & TF_NL))
			return 0;
		if (px__cl_tok_among(tk, k, w))
			return 1;
	}
	return 0;
}

/* Speech cues in -s that are verbs after a figure far more often than
   counted nouns ("Ruiz, 45, says"); other plural cues right after a figure
   are nouns ("eight estimates", "50 states", "three reports"). */
static int
verb_cue(const struct toks *tk, size_t k)
{
	static const char *const w[] = {"says", "urges", "muses", "recalls", "counters",
					"cautions", NULL};

	return px__cl_tok_among(tk, k, w);
}

/* Words that rank what follows them ("the last 10", "the top 20"). */
static int
rank_word(const struct toks *tk, size_t k)
{
	static const char *const w[] = {"last", "first", "top", "next", "past", "previous",
					"other", "remaining", "final", "latest", "bottom", NULL};

	return px__cl_tok_among(tk, k, w);
}

/* A capitalised word that may stand in a name modifying a counted noun
   ("Orbis", "Vanta", "RSV"): not a month, weekday or street word. */
static int
name_word(const struct px_extractor *x, const struct toks *tk, size_t k)
{
	return k < tk->n && tk->t[k].type == T_WORD && (tk->t[k].flags & TF_CAP) &&
	       !(tk->t[k].flags & TF_NL) &&
	       !(px__cl_lex_flags(x, tk, k) & (LX_MONTH | LX_WEEKDAY | LX_STOP)) &&
	       !street_after(tk, k, k + 1);
}

/*
 * Inside a name that modifies the counted noun, tokens the word walk of
 * head_phrase would stop at: a figure beside a capitalised word ("Vanta 5
 * sedans", "two new 321 Neo jets"), a glued "-4" after one ("RSV-4 tests",
 * "RSV -4 tests"), "and" or "&" between two ("Orbis and Talvo scooters"),
 * a possessive "'s" after one. first: the phrase's first token; prev_cap:
 * the token before k was such a word. Returns the token after the part
 * taken, or k when none.
 */
static size_t
name_part(const struct px_extractor *x, const struct toks *tk, size_t first, size_t k, size_t lim,
	  int prev_cap)
{
	if (k >= lim || (tk->t[k].flags & TF_NL))
		return k;
	if (tk->t[k].type == T_NUM && prev_cap)
		return k + 1;
	/* a figure before a name is a model's only after a modifier ("two
	   new 321 Neo jets"), not first ("34 of the 100 Senate seats") or
	   after a rank ("two of the last 10 League games" counts games) */
	if (tk->t[k].type == T_NUM && k > first && !rank_word(tk, k - 1) && k + 1 < lim &&
	    name_word(x, tk, k + 1))
		return k + 1;
	if (prev_cap && k + 1 < lim && is_dash(tk, k) && tk->t[k + 1].type == T_NUM &&
	    !(tk->t[k + 1].flags & TF_SPACE))
		return k + 2;
	if (prev_cap && k + 1 < lim &&
	    (px__cl_tok_is(tk, k, "and") || px__cl_tok_sym(tk, k, '&')) && name_word(x, tk, k + 1))
		return k + 1;
	/* a possessive: "two of Okafor's aides" */
	if (prev_cap && k + 1 < lim && tk->t[k].type == T_SYM && !(tk->t[k].flags & TF_SPACE) &&
	    !(tk->t[k + 1].flags & TF_SPACE) && px__cl_tok_is(tk, k + 1, "s") &&
	    (px__cl_tok_sym(tk, k, '\'') ||
	     (tk->t[k].end - tk->t[k].start == 3 &&
	      memcmp(tk->text + tk->t[k].start, "\xe2\x80\x99", 3) == 0)))
		return k + 2;
	return k;
}

/* Whether the word right before byte w0, within the phrase from byte p0,
   is "job" or "jobs" ("1,200 job losses"). */
static int
job_before(const char *text, size_t p0, size_t w0)
{
	size_t e = w0, b = 0;

	while (e > p0 && text[e - 1] == ' ')
		e--;
	b = e;
	while (b > p0 && ((text[b - 1] | 0x20) >= 'a' && (text[b - 1] | 0x20) <= 'z'))
		b--;
	return (e - b == 3 && strncasecmp(text + b, "job", 3) == 0) ||
	       (e - b == 4 && strncasecmp(text + b, "jobs", 4) == 0);
}

static const char *head_phrase(const struct px_extractor *x, const struct toks *tk, size_t i,
			       size_t lim, size_t *p0, size_t *w0, size_t *w1, int single,
			       size_t *skip);

/*
 * What a figure with no counted noun after it counts when its clause names
 * it before it as "the number of", "count of", "tally of" something ("The
 * number of people injured rose to 47", "raised its count of affected
 * customers to 1.4 million"): that noun's class, the span in *p0, *w0, *w1;
 * NULL when none stands within eight tokens before token a (at or after
 * t0) with no comma between.
 */
static const char *
counted_before(const struct px_extractor *x, const struct toks *tk, size_t t0, size_t a,
	       size_t *p0, size_t *w0, size_t *w1)
{
	size_t o = a, seen = 0, skip = 0;

	while (o > t0 + 1 && seen < 8) {
		o--;
		seen++;
		if (px__cl_tok_sym(tk, o, ',') || px__cl_tok_sym(tk, o, ';'))
			return NULL;
		if (px__cl_tok_is(tk, o, "of") &&
		    (px__cl_tok_is(tk, o - 1, "number") || px__cl_tok_is(tk, o - 1, "count") ||
		     px__cl_tok_is(tk, o - 1, "tally")))
			return head_phrase(x, tk, o + 1, a, p0, w0, w1, 0, &skip);
	}
	return NULL;
}

/*
 * What a figure that ends its phrase counts when a noun of people stands
 * right before it with "of" ("She has a crew of 22", "a staff of 340 and
 * two kilns"): that noun, as "22 crew" counts it; its class in the return
 * value, its span in *p0, *w0, *w1. Not "family" or "household", whose
 * "one family" counts families, nor a figure with words of its own after
 * it ("members of two current Politburo members"). a, b: the figure's
 * tokens.
 */
static const char *
collective_before(const struct px_extractor *x, const struct toks *tk, size_t t0, size_t a,
		  size_t b, size_t t1, size_t *p0, size_t *w0, size_t *w1)
{
	const char *cls = NULL;
	int plural = 0;

	if (a < t0 + 2 || !px__cl_tok_is(tk, a - 1, "of") || tk->t[a - 2].type != T_WORD ||
	    px__cl_tok_is(tk, a - 2, "family") || px__cl_tok_is(tk, a - 2, "household"))
		return NULL;
	if (b < t1 && tk->t[b].type == T_WORD && !(px__cl_lex_flags(x, tk, b) & LX_STOP))
		return NULL;
	cls = px__cl_lex_noun(x, tk->text + tk->t[a - 2].start, tk->t[a - 2].end - tk->t[a - 2].start,
			      &plural);
	if (cls == NULL || strcmp(cls, "people") != 0)
		return NULL;
	*p0 = *w0 = tk->t[a - 2].start;
	*w1 = tk->t[a - 2].end;
	return cls;
}

/* Whether token i is a plural noun of the lexicon. */
static int
plural_noun(const struct px_extractor *x, const struct toks *tk, size_t i)
{
	int plural = 0;

	if (i >= tk->n || tk->t[i].type != T_WORD)
		return 0;
	return px__cl_lex_noun(x, tk->text + tk->t[i].start, tk->t[i].end - tk->t[i].start,
			       &plural) != NULL && plural;
}

/* Whether token k is a plural of people by origin: a word of five letters
 * or more in -ans or -ese ("Vostrians", "Americans", "Chinese"). */
static int
demonym_plural(const struct toks *tk, size_t k)
{
	size_t n = tk->t[k].end - tk->t[k].start;
	const char *w = tk->text + tk->t[k].start;

	return n >= 5 && (memcmp(w + n - 3, "ans", 3) == 0 || memcmp(w + n - 3, "ese", 3) == 0);
}

/*
 * The counted head noun after token i, as px__cl_head_noun, and in *p0 the
 * start of its phrase: the modifiers before the head that belong to what is
 * counted ("seven European countries", "700 heart transplants"), leading
 * adverbs and participles left out. Names with figures in them may modify
 * the head ("41,000 Vanta 5 sedans"; at most four such tokens besides the
 * four words); *skip then holds the token after the last figure taken into the
 * phrase (the caller marks them, so they are no quantities), else 0.
 */
static const char *
head_phrase(const struct px_extractor *x, const struct toks *tk, size_t i,
	    size_t lim, size_t *p0, size_t *w0, size_t *w1, int single, size_t *skip)
{
	size_t k = i, words = 0, parts = 0, fig = 0;
	const char *cand_cls = NULL;
	size_t c0 = 0, c1 = 0;
	int only_nouns = 1, lead = 1, prev_cap = 0, named = 0;

	*p0 = i < tk->n ? tk->t[i].start : 0;
	if (skip)
		*skip = 0;

	while (k < lim && words < 4) {
		const struct tok *t = &tk->t[k];
		uint32_t fl = 0;
		size_t e = k + 1;
		int plural = 0;
		const char *cls = NULL;

		/* a name's figures, dashes and "and": only when a head may
		   still follow (a word after the part) */
		if (skip && parts < 4) {
			size_t np = name_part(x, tk, i, k, lim, prev_cap);
			if (np > k && np < lim && tk->t[np].type == T_WORD) {
				if (tk->t[np - 1].type == T_NUM)
					fig = np;
				parts += np - k;
				prev_cap = 0;
				named = 1;
				lead = 0;
				k = np;
				continue;
			}
		}
		fl = px__cl_lex_flags(x, tk, k);
		/* a cue word right after the figure, a name or nouns that is a
		   plural noun is what is counted ("eight estimates", "12 Nordic
		   states", "21 midwife posts") */
		if ((fl & LX_CUE) && !(fl & LX_STOP) && (k == i || named || (cand_cls && only_nouns)) &&
		    t->type == T_WORD && plural_head(x, tk, k) && !verb_cue(tk, k)) {
			*w0 = t->start;
			*w1 = t->end;
			return px__cl_lex_noun(x, tk->text + t->start, t->end - t->start, &plural);
		}
		/* a cue word that is a participle right after the figure
		   describes a plural head after it ("23 confirmed cases", "19
		   reported deaths"): the head is what is counted */
		if (lead && k == i && (fl & LX_CUE) && !(fl & LX_STOP) && t->type == T_WORD &&
		    !(t->flags & TF_NL) && loose_modifier(tk, k) && k + 1 < lim &&
		    tk->t[k + 1].type == T_WORD && plural_head(x, tk, k + 1)) {
			*p0 = tk->t[k + 1].start;
			k++;
			continue;
		}
		if (t->type != T_WORD || (t->flags & TF_NL) || (fl & (LX_STOP | LX_CUE)))
			break;
		prev_cap = name_word(x, tk, k);
		named = prev_cap;
		/* Compounds: "long-range", "so-called": the last part is the word. */
		while (e + 1 < lim && is_dash(tk, e) && !(tk->t[e].flags & TF_SPACE) &&
		       !(tk->t[e + 1].flags & TF_SPACE) && tk->t[e + 1].type == T_WORD)
			e += 2;
		cls = px__cl_lex_noun(x, tk->text + tk->t[e - 1].start,
				   tk->t[e - 1].end - tk->t[e - 1].start, &plural);
		/* A capitalised word inside the sentence is a name, not what is
		   counted ("the 1988 film Childs Play"), unless it is a plural
		   of people by where they come from right after the figure, with
		   no noun after it ("released 14 Vostrians", "three Americans";
		   not "five Japanese banks"). */
		if ((tk->t[e - 1].flags & TF_CAP) && !(tk->t[e - 1].flags & TF_UPPER)) {
			cls = NULL;
			if (k == i && e == k + 1 && demonym_plural(tk, k) && !plural_noun(x, tk, e) &&
			    !(e < lim && ((tk->t[e].flags & TF_CAP) || tk->t[e].type == T_NUM))) {
				*w0 = t->start;
				*w1 = t->end;
				return "people";
			}
		}
		/* A noun modifying a plural head: "police officers",
		   "rescue workers" count the officers and the workers. */
		if (cls && plural && e < lim && tk->t[e].type == T_WORD &&
		    !(tk->t[e].flags & (TF_CAP | TF_NL))) {
			int pl2 = 0;
			const char *c2 = px__cl_lex_noun(x, tk->text + tk->t[e].start,
						      tk->t[e].end - tk->t[e].start, &pl2);
			if (c2 && pl2 && !(px__cl_lex_flags(x, tk, e) & (LX_STOP | LX_CUE))) {
				words++;
				k = e;
				continue;
			}
		}
		if (cls && plural) {
			*w0 = tk->t[e - 1].start;
			*w1 = tk->t[e - 1].end;
			if (skip)
				*skip = fig;
			return cls;
		}
		if (cls && cand_cls == NULL && only_nouns) {
			cand_cls = cls;
			c0 = tk->t[e - 1].start;
			c1 = tk->t[e - 1].end;
		} else if (cls == NULL && !(t->flags & TF_CAP)) {
			only_nouns = 0;
			/* A participle ends the phrase ("500 individuals representing")
			   unless a noun follows it ("400 charging stations"). */
			if (t->end - t->start > 4 && memcmp(tk->text + t->end - 3, "ing", 3) == 0 &&
			    !(e < lim && tk->t[e].type == T_WORD && plural_head(x, tk, e)))
				break;
		}
		if (lead && e == k + 1 && cls == NULL && loose_modifier(tk, k) && e < lim) {
			*p0 = tk->t[e].start;
			k = e; /* "20 decently sized coal-fired power plants" */
			continue;
		}
		lead = 0;
		words++;
		k = e;
	}
	/* A singular head only for "one" ("one man"); plural-like collectives
	   ("300 police") were found above. */
	if (cand_cls && only_nouns && single) {
		*w0 = c0;
		*w1 = c1;
		return cand_cls;
	}
	return NULL;
}

const char *
px__cl_head_noun(const struct px_extractor *x, const struct toks *tk, size_t i,
	      size_t lim, size_t *w0, size_t *w1, int single)
{
	size_t p0 = 0;

	return head_phrase(x, tk, i, lim, &p0, w0, w1, single, NULL);
}

/* Words after a glued "m" that make it metres in sport ("the 400m
   hurdles", "1500m runners", "a 10,000m race"), not millions. */
static int
sport_word(const struct toks *tk, size_t i)
{
	static const char *const w[] = {
		"race", "races", "runner", "runners", "hurdles", "hurdler", "hurdlers", "relay",
		"relays", "sprint", "sprints", "sprinter", "sprinters", "freestyle", "backstroke",
		"breaststroke", "butterfly", "medley", "steeplechase", "dash", "final", "finals",
		"heat", "heats", "semifinal", "semi-final", "event", "events", "run", "swim",
		"swimmers", "athletes", "champion", "world", "olympic", "gold", "silver", "bronze",
		NULL};

	return px__cl_tok_among(tk, i, w);
}

/* Betting odds around a slash fraction ("the 1/5 favourite", "odds of
   5/2"): a price, not a share of anything. */
static int
odds_near(const struct toks *tk, size_t a, size_t b, size_t t0, size_t t1)
{
	static const char *const w[] = {"odds", "favourite", "favourites", "favorite", "favorites",
					"shot", "bookmakers", "bookies", "priced", "outsider",
					"odds-on", "evens", "betting", "punters", NULL};
	size_t lo = a > t0 + 3 ? a - 3 : t0, hi = b + 2 < t1 ? b + 2 : t1, k = 0;

	for (k = lo; k < hi; k++)
		if ((k < a || k >= b) && px__cl_tok_among(tk, k, w))
			return 1;
	return 0;
}

/* After a spaced "m": a word of extent ("245 m long", "40 m high") or the
   end of a clause ("a draught of 11.5 m,"), where it is a length. */
static int
spaced_metres(const struct toks *tk, size_t k, size_t t1)
{
	static const char *const w[] = {"long", "tall", "high", "deep", "wide", "thick", "across",
					"away", "below", "above", "beneath", "underground", "down",
					"up", NULL};

	if (k >= t1)
		return 1; /* the sentence's end */
	if (tk->t[k].type == T_WORD)
		return px__cl_tok_among(tk, k, w);
	return px__cl_tok_sym(tk, k, ',') || px__cl_tok_sym(tk, k, '.') || px__cl_tok_sym(tk, k, ';') ||
	       px__cl_tok_sym(tk, k, ')');
}

/* Whether the unit words [j, ua) may be read as a unit after this figure. */
static int
unit_ok(const struct toks *tk, size_t j, size_t ua, size_t t1, const struct qparse *q)
{
	int spaced = (tk->t[j].flags & TF_SPACE) != 0;

	/* A currency before the figure already says what it is ("$350 per kg"). */
	if (q->unit && q->dim && strcmp(q->dim, "money") == 0)
		return 0;
	/* Single letters are units only glued to the digits ("10m", "5g"),
	   but for a spaced "m" of a length ("245 m long", "a draught of
	   11.5 m,"): a word of extent or the clause's end after it. */
	if (spaced && ua == j + 1 && tk->t[j].end - tk->t[j].start == 1 && tk->t[j].type == T_WORD &&
	    !(px__cl_tok_is(tk, j, "m") && (q->n.flags & PX_NUM_DIGITS) && spaced_metres(tk, j + 1, t1)))
		return 0;
	/* Words that are units only when glued or unambiguous. */
	if (spaced && ua == j + 1 &&
	    (px__cl_tok_is(tk, j, "in") || px__cl_tok_is(tk, j, "won") ||
	     px__cl_tok_is(tk, j, "real") || px__cl_tok_is(tk, j, "mark") ||
	     px__cl_tok_is(tk, j, "marks") || px__cl_tok_is(tk, j, "stone") ||
	     px__cl_tok_is(tk, j, "sterling") ||
	     px__cl_tok_is(tk, j, "pc") || px__cl_tok_is(tk, j, "bit") ||
	     px__cl_tok_is(tk, j, "rand") || px__cl_tok_is(tk, j, "min") ||
	     px__cl_tok_is(tk, j, "sec") || px__cl_tok_is(tk, j, "cup") ||
	     px__cl_tok_is(tk, j, "magnitude")))
		return 0;
	/* "18 sen" (a hundredth of a ringgit or a yen) in lower case only:
	   "Sen." is a senator. */
	if (px__cl_tok_is(tk, j, "sen") && (tk->t[j].flags & TF_CAP))
		return 0;
	/* "one second" is as often an ordinal as a duration. */
	if (px__cl_tok_is(tk, j, "second") && (q->n.flags & PX_NUM_WORDS))
		return 0;
	return 1;
}

/*
 * Approximation after the figure: "or more", "and over", "or less", "or
 * greater than" (with nothing compared after it), "or equal (to)" after a
 * strict bound ("less than 5000 or equal"). "more than 40 and less than
 * 10" is two bounds, not one: a bound word followed by "than" and a figure
 * opens the next quantity. prev: the approximation before the figure, or
 * -1. Returns the approximation and sets *after, or -1.
 */
static int
post_bound(const struct px_extractor *x, const struct toks *tk, size_t j, size_t lim, int prev,
	   size_t *after)
{
	static const char *const ge[] = {"more", "over", "above", "higher", "older", "greater", "plus",
					 "bigger", "larger", NULL};
	static const char *const le[] = {"less", "fewer", "under", "below", "younger", "lower",
					 "smaller", NULL};
	size_t k = 0, e = j + 2;
	int r = -1;

	if (j + 1 >= lim || !(px__cl_tok_is(tk, j, "or") || px__cl_tok_is(tk, j, "and")))
		return -1;
	if (px__cl_tok_is(tk, j + 1, "equal") && (prev == PX_APPROX_GT || prev == PX_APPROX_LT)) {
		if (e < lim && px__cl_tok_is(tk, e, "to"))
			e++;
		*after = e;
		return prev == PX_APPROX_GT ? PX_APPROX_GE : PX_APPROX_LE;
	}
	for (k = 0; ge[k] && r < 0; k++)
		if (px__cl_tok_is(tk, j + 1, ge[k]))
			r = PX_APPROX_GE;
	for (k = 0; le[k] && r < 0; k++)
		if (px__cl_tok_is(tk, j + 1, le[k]))
			r = PX_APPROX_LE;
	if (r < 0)
		return -1;
	{
		/* "or more than 4500", "and less than or equal to 40": a bound
		   of its own */
		size_t aa = 0;
		if (px__cl_lex_phrase(x, tk, j + 1, lim, LP_APPROX, &aa) && aa < lim &&
		    (tk->t[aa].type == T_NUM || (px__cl_lex_flags(x, tk, aa) & (LX_NUMWORD | LX_ART))))
			return -1;
	}
	if (e < lim && px__cl_tok_is(tk, e, "than"))
		e++;
	*after = e;
	return r;
}

/* Whether a tally in number words starts at token t ("by a majority of ten
 * to two", "the board voted nine to four"): after "majority of" or a verb
 * of voting, "ten to two" is no range. */
static int
tally_words(const struct toks *tk, size_t t, size_t t0)
{
	if (t >= t0 + 2 && px__cl_tok_is(tk, t - 1, "of") && px__cl_tok_is(tk, t - 2, "majority"))
		return 1;
	return t >= t0 + 1 && (px__cl_tok_is(tk, t - 1, "voted") || px__cl_tok_is(tk, t - 1, "vote"));
}

/* A range separator at j: "-", "to", "through", "and" after "between",
   "or" (only for close small numbers; *or_sep says so). */
static int
sep_at(const struct toks *tk, size_t j, int between, int *or_sep)
{
	*or_sep = 0;
	if (j >= tk->n)
		return 0;
	if (between)
		return px__cl_tok_is(tk, j, "and") || px__cl_tok_is(tk, j, "to");
	if (is_dash(tk, j) || is_sym_any(tk, j, "~") || px__cl_tok_is(tk, j, "to") ||
	    px__cl_tok_is(tk, j, "through") ||
	    px__cl_tok_is(tk, j, "thru"))
		return 1;
	if (px__cl_tok_is(tk, j, "or")) {
		*or_sep = 1;
		return 1;
	}
	return 0;
}

static int
near_word(const struct px_extractor *x, const struct toks *tk, size_t a,
	  size_t b, size_t t0, size_t t1, uint32_t flag)
{
	size_t lo = a > t0 + 4 ? a - 4 : t0, hi = b + 4 < t1 ? b + 4 : t1, k = 0;

	for (k = lo; k < hi; k++)
		if (px__cl_lex_flags(x, tk, k) & flag)
			return 1;
	return 0;
}

static int
money_glued_scale(const struct toks *tk, size_t j, size_t lim, double *mult)
{
	static const struct {
		const char *w;
		double m;
	} s[] = {{"m", 1e6}, {"b", 1e9}, {"t", 1e12}, {"mm", 1e6}};
	size_t k = 0;

	if (j >= lim || tk->t[j].type != T_WORD || (tk->t[j].flags & TF_SPACE))
		return 0;
	if (j + 1 < lim && !(tk->t[j + 1].flags & TF_SPACE) && tk->t[j + 1].type == T_WORD)
		return 0;
	for (k = 0; k < sizeof s / sizeof s[0]; k++) {
		if (px__cl_tok_is(tk, j, s[k].w)) {
			*mult = s[k].m;
			return 1;
		}
	}
	return 0;
}

/* Number at j with an optional currency before it; fills cur_unit. */
static int
money_num(const struct px_extractor *x, const struct toks *tk, size_t j,
	  size_t lim, struct num *n, const char **cur_unit, size_t *t0)
{
	size_t after = j;
	const struct lexp *c = px__cl_lex_phrase(x, tk, j, lim, LP_UNIT_PRE, &after);

	*t0 = j;
	if (c && after < lim && after > j) {
		/* "PS6m", "PS21,700": a pound sign lost to ASCII, but "PS5" is a
		   console: only glued and only a sum of money */
		int ps = after == j + 1 && px__cl_tok_is(tk, j, "ps");
		if (ps && (memcmp(tk->text + tk->t[j].start, "PS", 2) != 0 ||
			   (tk->t[after].flags & TF_SPACE)))
			return 0;
		if (px__cl_num_at(x, tk, after, lim, n) && !(n->flags & PX_NUM_ORDINAL)) {
			double mult = 0;
			if (ps && !(n->flags & PX_NUM_SCALED) && n->value < 100 &&
			    !((n->flags & PX_NUM_GLUED) && money_glued_scale(tk, n->t1, lim, &mult)))
				return 0;
			mult = 0;
			*cur_unit = c->pre_unit;
			/* "$US160": the letters glued before the digits are the currency */
			if ((n->flags & PX_NUM_GLUED) &&
			    !(n->t1 < lim && tk->t[n->t1].type == T_WORD && !(tk->t[n->t1].flags & TF_SPACE)))
				n->flags &= ~(unsigned)PX_NUM_GLUED;
			if ((n->flags & PX_NUM_GLUED) && money_glued_scale(tk, n->t1, lim, &mult)) {
				n->value *= mult;
				n->high *= mult;
				n->flags = (n->flags & ~(unsigned)PX_NUM_GLUED) | PX_NUM_SCALED;
				n->t1++;
				n->end = tk->t[n->t1 - 1].end;
			}
			return 1;
		}
		return 0;
	}
	if (!px__cl_num_at(x, tk, j, lim, n))
		return 0;
	*cur_unit = NULL;
	return 1;
}

/*
 * One duration told in two units, in the larger one: "9 hours 41 minutes"
 * (9.68 hours), "two years and three months", "two hours and a half". The
 * smaller part must be less than one of the larger ("3 hours 90 minutes"
 * is two figures).
 */
static void
compound_duration(const struct px_extractor *x, const struct toks *tk, size_t t1, struct qparse *q)
{
	double f1 = px__unit_days(q->unit), f2 = 0, add = 0;
	size_t j = q->q1, c0 = 0, ua = 0;
	const char *cur2 = NULL;
	const struct lexp *u2 = NULL;
	struct num n2;

	if (f1 <= 0)
		return;
	if (j + 2 < t1 && px__cl_tok_is(tk, j, "and") && px__cl_tok_is(tk, j + 1, "a") &&
	    px__cl_tok_is(tk, j + 2, "half")) {
		add = 0.5;
		ua = j + 3;
	} else {
		if (j < t1 && px__cl_tok_is(tk, j, "and"))
			j++;
		if (j >= t1 || !px__cl_num_may_start(tk, j) || !money_num(x, tk, j, t1, &n2, &cur2, &c0) ||
		    cur2 != NULL || used(tk, c0, n2.t1) ||
		    (n2.flags & (PX_NUM_ORDINAL | PX_NUM_RANGE | PX_NUM_FRACTION)))
			return;
		u2 = px__cl_lex_phrase(x, tk, n2.t1, t1, LP_UNIT_POST, &ua);
		f2 = u2 ? px__unit_days(u2->post_unit) : 0;
		if (f2 <= 0 || f2 >= f1 || n2.value * f2 >= f1 || strcmp(u2->post_dim, "time") != 0)
			return;
		add = n2.value * f2 / f1;
	}
	if (q->high == q->n.value)
		q->high += add;
	q->n.value += add;
	q->q1 = ua;
}

/*
 * "a year and a half", "an hour and a half": the half after a unit of time
 * that "a" counts. Makes q (the figure "a half" at n.t0) that duration.
 */
static void
unit_and_half(const struct px_extractor *x, const struct toks *tk, size_t t0, size_t t1,
	      struct qparse *q)
{
	size_t a = q->n.t0, ua = 0;
	const struct lexp *u = NULL;

	if (q->n.t1 != a + 2 || !px__cl_tok_is(tk, a + 1, "half") || a < t0 + 3 ||
	    !px__cl_tok_is(tk, a - 1, "and") ||
	    !(px__cl_tok_is(tk, a - 3, "a") || px__cl_tok_is(tk, a - 3, "an")) || used(tk, a - 3, a))
		return;
	u = px__cl_lex_phrase(x, tk, a - 2, t1, LP_UNIT_POST, &ua);
	if (u == NULL || ua != a - 1 || strcmp(u->post_dim, "time") != 0 || px__unit_days(u->post_unit) <= 0)
		return;
	q->n.value = 1.5;
	q->high = 1.5;
	q->unit = u->post_unit;
	q->dim = u->post_dim;
	q->q0 = a - 3;
}

/*
 * A counted rate after the head noun ending at byte hend: "7.4 rebounds per
 * game", "3,000 tests a day", "78,000 times a minute". Returns the
 * denominator (a time unit's normalised name or the singular noun as
 * written) or NULL.
 */
static const char *
rate_after(const struct px_extractor *x, const struct toks *tk, size_t h,
	   size_t hend, size_t lim, size_t *len)
{
	size_t j = 0, r = 0, ra = 0;
	const struct lexp *ru = NULL;
	int plural = 0;

	for (j = h; j < lim && tk->t[j].end <= hend; j++)
		;
	if (j + 1 >= lim || !(px__cl_tok_is(tk, j, "per") || px__cl_tok_is(tk, j, "a") ||
			      px__cl_tok_is(tk, j, "an") || px__cl_tok_is(tk, j, "each")))
		return NULL;
	r = j + 1;
	if (tk->t[r].type != T_WORD || (tk->t[r].flags & TF_CAP))
		return NULL;
	ru = px__cl_lex_phrase(x, tk, r, lim, LP_UNIT_POST, &ra);
	if (ru && ra == r + 1 && strcmp(ru->post_dim, "time") == 0) {
		*len = strlen(ru->post_unit);
		return ru->post_unit;
	}
	if (!px__cl_tok_is(tk, j, "per"))
		return NULL;
	if (px__cl_lex_noun(x, tk->text + tk->t[r].start, tk->t[r].end - tk->t[r].start,
			    &plural) == NULL || plural)
		return NULL;
	*len = tk->t[r].end - tk->t[r].start;
	return tk->text + tk->t[r].start;
}

/*
 * Changes: "fell from $36,040 ... to $34,935", "narrowed to 138,285 lots
 * from 212,577": a figure after "to" within a few tokens of one after
 * "from", in the same unit, records where it changed from. Both stay
 * quantities; the start is flagged so that a reader may fold the pair.
 */
#define CHANGE_MAX 64
#define CHANGE_GAP 8

static int
change_pair(const struct toks *tk, size_t t0, struct px_quantity *a, size_t a0, size_t a1,
	    struct px_quantity *b, size_t b0, size_t b1)
{
	/* a: the "from" figure, b: the "to" figure, in either order */
	size_t gap = a1 <= b0 ? b0 - a1 : a0 >= b1 ? a0 - b1 : SIZE_MAX;

	if (a0 <= t0 || b0 <= t0 || gap > CHANGE_GAP)
		return 0;
	if (!px__cl_tok_is(tk, a0 - 1, "from") || !px__cl_tok_is(tk, b0 - 1, "to"))
		return 0;
	if ((a->flags | b->flags) & (PX_QTY_SCORE | PX_QTY_CHANGE | PX_QTY_CHANGE_START))
		return 0;
	if (a->approx == PX_APPROX_RANGE || b->approx == PX_APPROX_RANGE || a->value == b->value)
		return 0;
	if (strcmp(a->unit, b->unit) != 0 && !(b->unit[0] == '\0' && b->counts == NULL))
		return 0;
	return 1;
}

static void
link_changes(const struct toks *tk, size_t t0, struct claim_sink *sink, size_t first,
	     const size_t *qt0, const size_t *qt1, size_t nq)
{
	size_t a = 0, b = 0;

	for (a = 0; a < nq; a++) {
		struct px_quantity *qa = &sink->items[first + a].u.quantity;
		if (qt0[a] <= t0 || !px__cl_tok_is(tk, qt0[a] - 1, "from"))
			continue;
		for (b = 0; b < nq; b++) {
			struct px_quantity *qb = &sink->items[first + b].u.quantity;
			if (b == a || !change_pair(tk, t0, qa, qt0[a], qt1[a], qb, qt0[b], qt1[b]))
				continue;
			qb->flags |= PX_QTY_CHANGE;
			qb->from = qa->value;
			qa->flags |= PX_QTY_CHANGE_START;
			if (qb->unit[0] == '\0' && qa->unit[0]) {
				qb->unit = qa->unit;
				qb->dim = qa->dim;
			}
			break;
		}
	}
}

/* What q counts, taken from the quantity that says it ("7- or 9-inch",
 * "between 40 and 50 people"). */
static void
take_counted(struct px_quantity *q, const struct px_quantity *from)
{
	q->counts = from->counts;
	q->counted = from->counted;
	q->cls = from->cls;
	q->per = from->per;
}

/*
 * Two bounds joined into one range: "greater than 100 and smaller than
 * 300", "at most 100 and at least 20", "above one quarter and below a
 * half": consecutive quantities, one a lower bound (> >=) and one an upper
 * bound (< <=), in the same unit, with only "and", "but" or a comma between
 * them and the lower below the upper. The pair becomes one range whose
 * open ends are flagged; "more than 40 and less than 10" stays two.
 */
static int
is_lower(int a)
{
	return a == PX_APPROX_GT || a == PX_APPROX_GE;
}

static int
is_upper(int a)
{
	return a == PX_APPROX_LT || a == PX_APPROX_LE;
}

static size_t
join_bounds(const struct toks *tk, struct claim_sink *sink, size_t first, size_t *qt0,
	    size_t *qt1, size_t nq)
{
	size_t a = 0;

	for (a = 0; a + 1 < nq; a++) {
		struct px_claim *ca = &sink->items[first + a], *cb = &sink->items[first + a + 1];
		struct px_quantity *qa = &ca->u.quantity, *qb = &cb->u.quantity;
		const struct px_quantity *lo = NULL, *hi = NULL;
		size_t k = 0, seps = 0;
		int ok = 1;

		if (is_lower((int)qa->approx) && is_upper((int)qb->approx))
			lo = qa, hi = qb;
		else if (is_upper((int)qa->approx) && is_lower((int)qb->approx))
			lo = qb, hi = qa;
		else
			continue;
		if (((qa->flags | qb->flags) & (PX_QTY_SCORE | PX_QTY_CHANGE | PX_QTY_CHANGE_START)) ||
		    strcmp(qa->unit, qb->unit) != 0 || !(lo->value < hi->value))
			continue;
		for (k = qt1[a]; k < qt0[a + 1] && ok; k++) {
			ok = px__cl_tok_is(tk, k, "and") || px__cl_tok_is(tk, k, "but") ||
			     px__cl_tok_sym(tk, k, ',');
			seps++;
		}
		if (!ok || seps == 0 || seps > 2)
			continue;
		{
			double l = lo->value, h = hi->value;
			unsigned fl = PX_QTY_BOUNDS;
			if (lo->approx == PX_APPROX_GT)
				fl |= PX_QTY_LOW_OPEN;
			if (hi->approx == PX_APPROX_LT)
				fl |= PX_QTY_HIGH_OPEN;
			if (qa->counts == NULL)
				take_counted(qa, qb);
			qa->value = l;
			qa->low = l;
			qa->high = h;
			qa->approx = PX_APPROX_RANGE;
			qa->flags |= fl | (qb->flags & (PX_QTY_WORDS | PX_QTY_FRACTION));
			qa->fig_end = qb->fig_end;
			qa->num_end = qb->num_end;
			ca->end = cb->end;
			qt1[a] = qt1[a + 1];
			memmove(cb, cb + 1, (sink->n - (first + a + 2)) * sizeof(*cb));
			memmove(qt0 + a + 1, qt0 + a + 2, (nq - a - 2) * sizeof(*qt0));
			memmove(qt1 + a + 1, qt1 + a + 2, (nq - a - 2) * sizeof(*qt1));
			sink->n--;
			nq--;
		}
	}
	return nq;
}

/*
 * An attributive singular noun right after the figure, itself before a
 * noun: "a 12 page document", "3 cylinder engine", "four-cylinder engine"
 * count pages and cylinders (the figure measures the modifier, not the
 * head). Token h is what follows the figure; a glued hyphen is skipped.
 * Returns the noun's class and its byte span, or NULL.
 */
static const char *
attributive_noun(const struct px_extractor *x, const struct toks *tk, size_t h, size_t lim,
		 size_t *w0, size_t *w1)
{
	const char *cls = NULL, *c2 = NULL;
	int plural = 0, pl2 = 0;

	if (h + 1 < lim && is_dash(tk, h) && !(tk->t[h].flags & TF_SPACE) &&
	    !(tk->t[h + 1].flags & TF_SPACE))
		h++;
	if (h + 1 >= lim)
		return NULL;
	if (tk->t[h].type != T_WORD || tk->t[h + 1].type != T_WORD ||
	    ((tk->t[h].flags | tk->t[h + 1].flags) & (TF_CAP | TF_NL)) ||
	    ((px__cl_lex_flags(x, tk, h) | px__cl_lex_flags(x, tk, h + 1)) & (LX_STOP | LX_CUE)) ||
	    (px__cl_lex_flags(x, tk, h) & (LX_DATEWORD | LX_RELDATE | LX_MONTH | LX_WEEKDAY | LX_ORD)))
		return NULL;
	/* "29 cutting back": a participle is no noun here */
	if (tk->t[h].end - tk->t[h].start > 4 && memcmp(tk->text + tk->t[h].end - 3, "ing", 3) == 0)
		return NULL;
	cls = px__cl_lex_noun(x, tk->text + tk->t[h].start, tk->t[h].end - tk->t[h].start, &plural);
	if (cls == NULL || plural)
		return NULL;
	c2 = px__cl_lex_noun(x, tk->text + tk->t[h + 1].start,
			     tk->t[h + 1].end - tk->t[h + 1].start, &pl2);
	if (c2 == NULL)
		return NULL;
	*w0 = tk->t[h].start;
	*w1 = tk->t[h].end;
	return cls;
}

/*
 * A counted head that is itself a unit of measure: "517 rushing yards",
 * "the 50 previous years" measure yards and years; the modifiers stay in
 * the counted phrase. Money and percentages are read before the noun, so
 * only other dimensions count here. Returns the unit's phrase or NULL.
 */
static const struct lexp *
unit_head(const struct px_extractor *x, const struct toks *tk, size_t h, size_t lim,
	  size_t w0)
{
	const struct lexp *u = NULL;
	size_t k = h, ua = 0;

	while (k < lim && tk->t[k].start < w0)
		k++;
	/* the head right after the figure or after one modifier: not "60
	   aircraft within five years"; "pounds" may be money */
	if (k >= lim || tk->t[k].start != w0 || k > h + 1 || px__cl_tok_is(tk, k, "pounds") ||
	    px__cl_tok_is(tk, k, "pound"))
		return NULL;
	u = px__cl_lex_phrase(x, tk, k, lim, LP_UNIT_POST, &ua);
	if (u == NULL || ua != k + 1 || tk->t[k].end - tk->t[k].start < 3 ||
	    strcmp(u->post_dim, "money") == 0 || strcmp(u->post_dim, "percent") == 0)
		return NULL;
	return u;
}

/*
 * Elided units and nouns: "435 homes by open sale and 187 by tender",
 * "the highest forecast is 84.75 cents, while the lowest is 74.07", "rose
 * 64.06 points to 4,577.10". A bare figure (no unit, nothing counted)
 * right after a connective takes the unit and counted noun of an earlier
 * figure of the sentence: of the three before it, the one nearest in
 * magnitude (within a factor of 1000). A level after "to" or "at" never
 * takes a percentage or percentage points (a change of 2.14% "to
 * 7,425.81" ends at an index level, not at a percentage); a figure over
 * 100 never takes a percentage; a time frame ("the last 8 months") gives
 * nothing.
 */
static int
elision_cue(const struct toks *tk, size_t k, int *level)
{
	static const char *const w[] = {"and", "or", "but", "from", "with", "than", "versus",
					"vs", "by", "is", "was", "to", "at", NULL};

	*level = px__cl_tok_is(tk, k, "to") || px__cl_tok_is(tk, k, "at");
	return px__cl_tok_among(tk, k, w);
}

/* After a bare figure: a verb that makes it a clause's subject ("and 32
   is the quantity"), a bracket that makes it a list label ("and 3)"), or
   a content word that may say what it counts ("and 2 TDs"). */
static int
own_clause(const struct px_extractor *x, const struct toks *tk, size_t k, size_t lim)
{
	static const char *const w[] = {"is", "are", "was", "were", "has", "have", "had",
					"will", "would", NULL};

	if (k >= lim)
		return 0;
	if (px__cl_tok_sym(tk, k, ')'))
		return 1;
	if (tk->t[k].type == T_WORD &&
	    !(px__cl_lex_flags(x, tk, k) &
	      (LX_STOP | LX_CUE | LX_DATEWORD | LX_RELDATE | LX_MONTH | LX_WEEKDAY | LX_FUTURE)))
		return 1;
	return px__cl_tok_among(tk, k, w);
}

/*
 * Suspended hyphens: "a 7- or 8-inch screen", "3- to 4-metre waves": a bare
 * figure with a dash glued to it, then "or", "to" or "and", then a figure
 * with its unit glued by a dash, takes that unit (and what it counts).
 */
static void
suspended_units(const struct toks *tk, size_t t1, struct claim_sink *sink, size_t first,
		const size_t *qt0, const size_t *qt1, size_t nq)
{
	size_t a = 0;

	for (a = 0; a + 1 < nq; a++) {
		struct px_quantity *qa = &sink->items[first + a].u.quantity;
		const struct px_quantity *qb = &sink->items[first + a + 1].u.quantity;
		size_t d = qt1[a];

		/* the rare glued dash first: this runs for every figure */
		if (qt0[a + 1] != d + 2 || d + 2 >= t1 || tk->t[d].type != T_SYM ||
		    (tk->t[d].flags & TF_SPACE) || !is_dash(tk, d) ||
		    !(tk->t[d + 1].flags & TF_SPACE) || qa->unit[0] || qa->counts ||
		    (qa->flags & (PX_QTY_SCORE | PX_QTY_VAGUE)) ||
		    !(px__cl_tok_is(tk, d + 1, "or") || px__cl_tok_is(tk, d + 1, "to") ||
		      px__cl_tok_is(tk, d + 1, "and")) ||
		    !qb->unit[0] || strcmp(qb->unit, "score") == 0 || qb->fig_end <= qb->num_end ||
		    tk->text[qb->num_end] != '-')
			continue;
		qa->unit = qb->unit;
		qa->dim = qb->dim;
		take_counted(qa, qb);
	}
}

/*
 * Append a tally of yes to no votes told by the two counts at sink items i
 * and i + 1: a score claim over both figures, spanning them. Returns 0
 * when out of memory.
 */
static int
add_tally(struct claim_sink *sink, size_t i, double yes, double no)
{
	size_t start = sink->items[i].start, end = sink->items[i + 1].end;
	size_t fig = sink->items[i].u.quantity.fig_start, num = sink->items[i + 1].u.quantity.num_end;
	struct px_claim *c = px__cl_sink_add(sink, PX_CLAIM_QUANTITY, start, end);

	if (c == NULL)
		return 0;
	c->u.quantity.value = yes;
	c->u.quantity.low = c->u.quantity.high = yes;
	c->u.quantity.second = no;
	c->u.quantity.approx = PX_APPROX_EQ;
	c->u.quantity.flags = PX_QTY_SCORE | PX_QTY_WORDS;
	c->u.quantity.unit = "score";
	c->u.quantity.dim = "score";
	c->u.quantity.fig_start = fig;
	c->u.quantity.fig_end = end;
	c->u.quantity.num_end = num;
	return 1;
}

/*
 * Whether two figures may be the counts of a vote: exact whole numbers
 * from 1 to 1000 without a unit, neither a score, a vague word ("dozens")
 * nor a fraction.
 */
static int
vote_counts(const struct px_quantity *qa, const struct px_quantity *qb)
{
	return !qa->unit[0] && !qb->unit[0] &&
	       !((qa->flags | qb->flags) & (PX_QTY_SCORE | PX_QTY_VAGUE | PX_QTY_FRACTION)) &&
	       qa->approx == PX_APPROX_EQ && qb->approx == PX_APPROX_EQ && qa->value >= 1 && qb->value >= 1 &&
	       qa->value <= 1000 && qb->value <= 1000 && qa->value == floor(qa->value) &&
	       qb->value == floor(qb->value);
}

/*
 * A vote told as a part of a body: "Five of the seven members of the
 * board voted for the increase" is a tally of 5-2, "two of the nine
 * councillors voted against" one of 7-2. Two counts joined by "of the"
 * (or "of its", "of their"), the part smaller, and a word of voting within
 * eight words after the whole, followed by "for", "in" or "to" (the part
 * voted yes) or "against" (the part voted no): a score claim over both
 * figures is added. Runs last: it appends to the sink.
 */
static void
vote_shares(const struct toks *tk, size_t t1, struct claim_sink *sink, size_t first,
	    const size_t *qt0, const size_t *qt1, size_t nq)
{
	static const char *const dets[] = {"the", "its", "their", NULL};
	size_t a = 0, k = 0;

	for (a = 0; a + 1 < nq; a++) {
		const struct px_quantity *qa = &sink->items[first + a].u.quantity;
		const struct px_quantity *qb = &sink->items[first + a + 1].u.quantity;
		double part = qa->value, whole = qb->value, yes = -1;
		if (qt0[a + 1] != qt1[a] + 2 || !px__cl_tok_is(tk, qt1[a], "of") ||
		    !px__cl_tok_among(tk, qt1[a] + 1, dets) || !vote_counts(qa, qb) || whole <= part)
			continue;
		for (k = qt1[a + 1]; k + 1 < t1 && k < qt1[a + 1] + 8; k++) {
			if (tk->t[k].type == T_SYM && strchr(",;:()", tk->text[tk->t[k].start]))
				break;
			if (px__cl_tok_is(tk, k, "voted") || px__cl_tok_is(tk, k, "vote")) {
				if (px__cl_tok_is(tk, k + 1, "for") || px__cl_tok_is(tk, k + 1, "in") ||
				    px__cl_tok_is(tk, k + 1, "to"))
					yes = part;
				else if (px__cl_tok_is(tk, k + 1, "against"))
					yes = whole - part;
				break;
			}
		}
		if (yes < 0)
			continue;
		if (!add_tally(sink, first + a, yes, whole - yes))
			return;
	}
}

/*
 * A vote told as its two sides: "five members backed the increase and two
 * voted to hold" is 5-2. A count, a verb of backing within the three words
 * after it, "and" right before a second count, and a verb of voting or
 * opposing right after that one (not "voted for"): a score claim over
 * both figures is added, the backers first. Runs last: it appends.
 */
static void
vote_sides(const struct toks *tk, size_t t1, struct claim_sink *sink, size_t first,
	   const size_t *qt0, const size_t *qt1, size_t nq)
{
	static const char *const backing[] = {"backed", "supported", "favoured", "favored", NULL};
	static const char *const against[] = {"voted", "opposed", "dissented", NULL};
	size_t a = 0, k = 0;

	for (a = 0; a + 1 < nq; a++) {
		const struct px_quantity *qa = &sink->items[first + a].u.quantity;
		const struct px_quantity *qb = &sink->items[first + a + 1].u.quantity;
		double yes = qa->value, no = qb->value;
		size_t e = qt1[a + 1];
		if (qa->counts == NULL || !vote_counts(qa, qb) ||
		    qt0[a + 1] < qt1[a] + 3 || !px__cl_tok_is(tk, qt0[a + 1] - 1, "and") || e >= t1 ||
		    !px__cl_tok_among(tk, e, against) ||
		    (px__cl_tok_is(tk, e, "voted") && e + 1 < t1 && px__cl_tok_is(tk, e + 1, "for")))
			continue;
		for (k = qt1[a]; k < qt1[a] + 3 && k < qt0[a + 1] && !px__cl_tok_among(tk, k, backing); k++)
			;
		if (k == qt1[a] + 3 || k >= qt0[a + 1])
			continue;
		if (!add_tally(sink, first + a, yes, no))
			return;
	}
}

static void
inherit_elided(const struct px_extractor *x, const struct toks *tk, size_t t0, size_t t1, struct claim_sink *sink,
	       size_t first, const size_t *qt0, const size_t *qt1, size_t nq)
{
	size_t b = 0;

	for (b = 1; b < nq; b++) {
		struct px_quantity *qb = &sink->items[first + b].u.quantity;
		const struct px_quantity *best = NULL;
		double best_r = 1000;
		size_t a = b, tries = 0;
		int level = 0;

		if (qb->unit[0] || qb->counts || qt0[b] <= t0 ||
		    (qb->flags & (PX_QTY_SCORE | PX_QTY_VAGUE | PX_QTY_FRACTION)) ||
		    !elision_cue(tk, qt0[b] - 1, &level) || qb->value == 0 ||
		    own_clause(x, tk, qt1[b], t1))
			continue;
		while (a-- > 0 && tries++ < 3) {
			const struct px_quantity *qa = &sink->items[first + a].u.quantity;
			double r = 0;
			if ((!qa->unit[0] && !qa->counts) || (qa->flags & PX_QTY_SCORE) ||
			    qa->value == 0)
				continue;
			if (level && (strcmp(qa->unit, "%") == 0 || strcmp(qa->unit, "pp") == 0))
				continue;
			/* a share is at most 100: "growing by 13% ... the oldest
			   member is 114" */
			if (strcmp(qa->unit, "%") == 0 && fabs(qb->value) > 100)
				continue;
			/* a time frame ("over the last 8 months, climbed to
			   110.0") frames the statement, it is not what is measured */
			if (qt0[a] > t0 && (px__cl_tok_is(tk, qt0[a] - 1, "last") ||
					    px__cl_tok_is(tk, qt0[a] - 1, "past") ||
					    px__cl_tok_is(tk, qt0[a] - 1, "next") ||
					    px__cl_tok_is(tk, qt0[a] - 1, "previous") ||
					    px__cl_tok_is(tk, qt0[a] - 1, "coming") ||
					    px__cl_tok_is(tk, qt0[a] - 1, "first")))
				continue;
			r = fabs(qa->value) > fabs(qb->value) ? fabs(qa->value / qb->value)
							      : fabs(qb->value / qa->value);
			if (r < best_r) {
				best_r = r;
				best = qa;
			}
		}
		if (best == NULL)
			continue;
		qb->unit = best->unit;
		qb->dim = best->dim;
		take_counted(qb, best);
	}
}

void
px__cl_quantities_sentence(const struct px_extractor *x, struct toks *tk,
			size_t t0, size_t t1, struct claim_sink *sink)
{
	size_t i = t0, next_num = SIZE_MAX;
	size_t first = sink->n, nq = 0;
	size_t qt0[CHANGE_MAX], qt1[CHANGE_MAX];

	while (i < t1) {
		struct qparse q;
		struct num n0;
		const struct lexp *ap = NULL;
		size_t k = i, after = i, nt0 = i;
		const char *cur = NULL;
		int between = 0;

		if (tk->t[i].flags & TF_USED) {
			i++;
			continue;
		}
		/* Cheap test first: only numbers, number words, approximation and
		   currency words, "between", "a", "half" and signs open a quantity. */
		if (next_num < i || next_num == SIZE_MAX) {
			/* the next number-like token at or after i, found once */
			size_t nk = i;
			while (nk < t1 && !number_like(x, tk, nk))
				nk++;
			next_num = nk;
		}
		if (next_num >= t1 || next_num > i + 5) {
			i = next_num >= t1 ? t1 : next_num - 5;
			continue;
		}
		ap = px__cl_lex_phrase(x, tk, k, t1, LP_APPROX, &after);
		/* "<>30", "=>30": a comparison sign glued after another is no
		   bound */
		if (ap && tk->t[k].type == T_SYM && k > t0 && !(tk->t[k].flags & TF_SPACE) &&
		    is_sym_any(tk, k - 1, "<>=!"))
			ap = NULL;
		if (ap && after < t1) {
			k = after;
		} else {
			ap = NULL;
		}
		if (px__cl_tok_is(tk, k, "between") && k + 1 < t1) {
			between = 1;
			k++;
		}
		/* a currency or a number must come next: most positions tried
		   fail this before any call */
		if (!(tk->t[k].lx & LX_PS_UNIT) && !px__cl_num_may_start(tk, k)) {
			i++;
			continue;
		}
		/* q is cleared only for a number: most positions tried have none */
		if (!money_num(x, tk, k, t1, &n0, &cur, &nt0) || used(tk, nt0, n0.t1)) {
			i++;
			continue;
		}
		memset(&q, 0, sizeof q);
		q.approx = -1;
		q.n = n0;
		if (k != i && nt0 != k) {
			/* approx/between then something that is not the number */
		}
		q.q0 = i;
		q.q1 = q.n.t1;
		q.high = q.n.high;
		q.nend = q.n.t1;
		q.range = (q.n.flags & PX_NUM_RANGE) != 0;
		if (ap) {
			q.approx = ap->approx;
			q.lowf = ap->lowf;
			q.highf = ap->highf;
		}
		q.unit = cur;
		q.dim = cur ? "money" : NULL;
		if (q.n.flags & PX_NUM_ORDINAL) {
			i = q.n.t1;
			continue;
		}
		/* Betting odds: "the 1/5 favourite", "odds of 5/2". */
		if ((q.n.flags & PX_NUM_FRACTION) && cur == NULL && q.n.t1 == q.n.t0 + 3 &&
		    px__cl_tok_sym(tk, q.n.t0 + 1, '/') && odds_near(tk, q.n.t0, q.n.t1, t0, t1)) {
			mark(tk, q.n.t0, q.n.t1);
			i = q.n.t1;
			continue;
		}
		/* Identifiers and chains: "COVID-19", "F-35", "+1-222-2222", "5/17/2018". */
		{
			size_t a = q.n.t0, b = q.n.t1;
			int id = 0;
			if (cur == NULL && a > t0 && (is_dash(tk, a - 1) || is_sym_any(tk, a - 1, "/#@_:.+=")) &&
			    !(tk->t[a].flags & TF_SPACE) && a - 1 > t0 &&
			    !(tk->t[a - 1].flags & TF_SPACE) && tk->t[a - 2].type != T_SYM &&
			    !prefix_word(tk, a - 2))
				id = 1;
			if (cur == NULL && b < t1 && is_sym_any(tk, b, "/:@_") &&
			    !(tk->t[b].flags & TF_SPACE) && b + 1 < t1 &&
			    !(tk->t[b + 1].flags & TF_SPACE) && tk->t[b + 1].type == T_NUM)
				id = 1;
			if ((q.n.flags & PX_NUM_GLUED) && cur == NULL) {
				if (a > t0 && tk->t[a - 1].type == T_WORD && !(tk->t[a].flags & TF_SPACE))
					id = 1;
			}
			if (b + 1 < t1 && is_dash(tk, b) && !(tk->t[b].flags & TF_SPACE) &&
			    tk->t[b + 1].type == T_NUM && !(tk->t[b + 1].flags & TF_SPACE) &&
			    b + 3 < t1 && is_dash(tk, b + 2) && !(tk->t[b + 2].flags & TF_SPACE) &&
			    tk->t[b + 3].type == T_NUM && !(tk->t[b + 3].flags & TF_SPACE))
				id = 2; /* phone numbers and other chains */
			if (id) {
				size_t e = b;
				while (e + 1 < t1 && !(tk->t[e].flags & TF_SPACE) &&
				       !(tk->t[e + 1].flags & TF_SPACE) &&
				       (is_dash(tk, e) || is_sym_any(tk, e, "/.:")) &&
				       tk->t[e + 1].type == T_NUM)
					e += 2;
				mark(tk, a, e);
				i = e;
				continue;
			}
		}
		/* A second number: "30-40", "30 to 40", "between 30 and 40", "from 5
		   to 7", "three or four", "7-4"; "15kHz and 17kHz" shares a unit. */
		{
			size_t j = q.n.t1, c0 = 0, uafter = 0;
			const struct lexp *u1 = NULL;
			int sep = 0, or_sep = 0, votes = 0;
			/* "passed by eight votes to three": a tally */
			if (!between && !q.unit && j + 2 < t1 &&
			    (px__cl_tok_is(tk, j, "votes") || px__cl_tok_is(tk, j, "vote")) &&
			    px__cl_tok_is(tk, j + 1, "to")) {
				j++;
				votes = 1;
			}
			if (!votes && !sep_at(tk, j, between, &or_sep) && !q.unit) {
				u1 = px__cl_lex_phrase(x, tk, j, t1, LP_UNIT_POST, &uafter);
				if (u1 && sep_at(tk, uafter, between, &or_sep))
					j = uafter;
				else
					u1 = NULL;
			}
			sep = sep_at(tk, j, between, &or_sep);
			if (sep) {
				struct num n2;
				const char *cur2 = NULL;
				size_t e2 = 0, ua2 = 0;
				int ok = money_num(x, tk, j + 1, t1, &n2, &cur2, &c0) && !used(tk, c0, n2.t1) &&
				    !(n2.flags & (PX_NUM_ORDINAL | PX_NUM_RANGE)) &&
					 (cur2 == NULL || cur == NULL || strcmp(cur2, cur) == 0) &&
					 !(is_dash(tk, j) && year_like(tk, &q.n) &&
					   (n2.value < 100 || year_like(tk, &n2)));
				e2 = ok ? n2.t1 : 0;
				if (ok && u1) {
					/* the same unit must follow the second number */
					const struct lexp *u2 = px__cl_lex_phrase(x, tk, n2.t1, t1, LP_UNIT_POST, &ua2);
					ok = u2 && u2->post_unit == u1->post_unit;
					e2 = ua2;
				} else if (ok && (n2.flags & PX_NUM_GLUED)) {
					ok = px__cl_lex_phrase(x, tk, n2.t1, t1, LP_UNIT_POST, &ua2) != NULL;
				}
				if (ok) {
					double a = q.n.value, b = n2.value;
					int dash = is_dash(tk, j);
					/* Scale shared: "3 to 4 million", "$10 to $15 billion". */
					if (n2.scale > 1 && q.n.scale == 0 && a < b / n2.scale)
						a *= n2.scale;
					/* "7-4", and "voted 39 to 22" beside a word of
					 * scores and votes */
					if ((dash || (px__cl_tok_is(tk, j, "to") && a >= b &&
						      near_word(x, tk, q.n.t0, n2.t1, t0, t1, LX_SCORECTX) &&
						      px__cl_lex_phrase(x, tk, n2.t1, t1, LP_UNIT_POST, &ua2) == NULL)) &&
					    !between && cur == NULL && !u1 &&
					    (a >= b || near_word(x, tk, q.n.t0, n2.t1, t0, t1, LX_SCORECTX)) &&
					    a == floor(a) && b == floor(b) && a < 1000 && b < 1000 &&
					    (votes || !(q.n.flags & PX_NUM_WORDS) ||
					     tally_words(tk, q.n.t0, t0))) {
						q.score = 1;
						q.second = b;
						q.q1 = n2.t1;
						q.nend = n2.t1;
					} else if (a < b && (!or_sep || b - a <= (a * 0.5 > 2 ? a * 0.5 : 2))) {
						q.n.value = a;
						q.high = b;
						q.range = 1;
						q.q1 = e2;
						q.nend = n2.t1;
						if (u1) {
							q.unit = u1->post_unit;
							q.dim = u1->post_dim;
						}
						if (cur == NULL && cur2 != NULL) {
							q.unit = cur2;
							q.dim = "money";
						}
					} else if (between && a > b) {
						q.n.value = b;
						q.high = a;
						q.range = 1;
						q.q1 = e2;
						q.nend = n2.t1;
					}
				}
			}
		}
		/* "about 20-100": a range says how vague it is; the vague word
		   leaves the span */
		if (q.range && q.approx == PX_APPROX_ABOUT && !between)
			q.q0 = nt0;
		/* A unit after the figure: "%", "per cent", "km/h", "-year-old". */
		if (!q.score && !(q.range && q.unit && q.q1 > q.n.t1 + 1)) {
			size_t j = q.q1, ua = j;
			const struct lexp *u = NULL;
			double mult = 0;
			/* "1.2m tons", "35m of its devices": a glued m is a million
			   before a noun or "of", a metre otherwise. */
			if ((q.n.flags & PX_NUM_GLUED) && !q.unit && money_glued_scale(tk, j, t1, &mult) &&
			    j + 1 < t1 && !(px__cl_tok_is(tk, j, "m") && sport_word(tk, j + 1)) &&
			    (px__cl_tok_is(tk, j + 1, "of") || plural_noun(x, tk, j + 1) ||
					   px__cl_lex_phrase(x, tk, j + 1, t1, LP_UNIT_POST, &ua) != NULL)) {
				q.n.value *= mult;
				q.high *= mult;
				q.n.flags = (q.n.flags & ~(unsigned)PX_NUM_GLUED) | PX_NUM_SCALED;
				q.q1 = ++j;
			}
			if (j < t1)
				u = px__cl_lex_phrase(x, tk, j, t1, LP_UNIT_POST, &ua);
			if (u == NULL && j + 1 < t1 && is_dash(tk, j) && !(tk->t[j].flags & TF_SPACE) &&
			    !(tk->t[j + 1].flags & TF_SPACE)) {
				/* "three-foot", "2.5-mile", "12-cent" */
				u = px__cl_lex_phrase(x, tk, j + 1, t1, LP_UNIT_POST, &ua);
			}
			if (u && ua > j && !unit_ok(tk, j, ua, t1, &q)) {
				u = NULL;
			}
			/* "46.3C", "102F": a capital C or F glued to the
			   digits is degrees ("11c", "14.7C/ per security"
			   are cents) */
			if (u == NULL && !q.unit && (q.n.flags & PX_NUM_GLUED) && j < t1 &&
			    tk->t[j].end - tk->t[j].start == 1 && !(tk->t[j].flags & TF_SPACE) &&
			    (tk->text[tk->t[j].start] == 'C' || tk->text[tk->t[j].start] == 'F') &&
			    !(j + 1 < t1 && !(tk->t[j + 1].flags & TF_SPACE) &&
			      (px__cl_tok_sym(tk, j + 1, '/') || tk->t[j + 1].type != T_SYM)) &&
			    !(j + 1 < t1 && px__cl_tok_is(tk, j + 1, "per"))) {
				q.unit = tk->text[tk->t[j].start] == 'C' ? "\xC2\xB0" "C" : "\xC2\xB0" "F";
				q.dim = "temperature";
				q.q1 = j + 1;
			}
			if (u && ua > j) {
				const char *un = u->post_unit, *dm = u->post_dim;
				if (strcmp(un, "lb") == 0 && (q.n.flags & PX_NUM_SCALED) &&
				    tk->text[tk->t[j].start] == 'p') {
					un = "GBP";
					dm = "money";
				}
				/* "5G", "4G networks": a capital G glued to a single
				   digit is a generation of mobile networks, not grams */
				if (ua == j + 1 && tk->text[tk->t[j].start] == 'G' &&
				    tk->t[j].end - tk->t[j].start == 1 && !(tk->t[j].flags & TF_SPACE) &&
				    (q.n.flags & PX_NUM_DIGITS) && q.n.t1 == q.n.t0 + 1 &&
				    tk->t[q.n.t0].end - tk->t[q.n.t0].start == 1) {
					un = "G";
					dm = "generation";
				}
				q.unit = un;
				q.dim = dm;
				q.q1 = ua;
			} else if (q.unit == NULL && (q.n.flags & PX_NUM_GLUED) && j < t1 &&
				   tk->t[j].type == T_WORD && !(tk->t[j].flags & TF_SPACE)) {
				/* digits glued to an unknown word ("5G", "4K"): a name */
				mark(tk, q.n.t0, j + 1);
				i = j + 1;
				continue;
			}
		}
		if (q.unit && q.dim && strcmp(q.dim, "time") == 0 && !q.range && !q.score)
			compound_duration(x, tk, t1, &q);
		else if (q.unit == NULL && !q.range && !q.score && q.n.value == 0.5)
			unit_and_half(x, tk, t0, t1, &q);
		/* Rates: "$62 a share", "$58 per barrel", "15% a year", "between
		   $48,000 and $90,000 a year"; not "$6.78 billion a year earlier". */
		if (q.unit && !q.score && q.q1 + 1 < t1 &&
		    (px__cl_tok_is(tk, q.q1, "per") || px__cl_tok_is(tk, q.q1, "a") ||
		     px__cl_tok_is(tk, q.q1, "an")) &&
		    !(q.q1 + 2 < t1 && (px__cl_tok_is(tk, q.q1 + 2, "earlier") ||
					px__cl_tok_is(tk, q.q1 + 2, "ago") ||
					px__cl_tok_is(tk, q.q1 + 2, "before") ||
					px__cl_tok_is(tk, q.q1 + 2, "later") ||
					px__cl_tok_is(tk, q.q1 + 2, "after")))) {
			size_t r = q.q1 + 1, ra = r;
			const struct lexp *ru = px__cl_lex_phrase(x, tk, r, t1, LP_UNIT_POST, &ra);
			char buf[64];
			int n = 0;
			if (ru && ((ra == r + 1 && strcmp(ru->post_dim, "time") == 0) ||
				   (px__cl_tok_is(tk, q.q1, "per") && strcmp(ru->post_dim, "money") != 0 &&
				    strcmp(ru->post_dim, "percent") != 0))) {
				n = snprintf(buf, sizeof buf, "%s/%s", q.unit, ru->post_unit);
			} else if (tk->t[r].type == T_WORD && !(px__cl_lex_flags(x, tk, r) & LX_STOP) &&
				   (px__cl_tok_is(tk, q.q1, "per") || px__cl_tok_is(tk, r, "share") ||
				    px__cl_tok_is(tk, r, "barrel") || px__cl_tok_is(tk, r, "head") ||
				    px__cl_tok_is(tk, r, "ton") || px__cl_tok_is(tk, r, "tonne") ||
				    px__cl_tok_is(tk, r, "gallon") || px__cl_tok_is(tk, r, "litre") ||
				    px__cl_tok_is(tk, r, "kilo") || px__cl_tok_is(tk, r, "pound"))) {
				int plural = 0;
				if (px__cl_lex_noun(x, tk->text + tk->t[r].start,
						    tk->t[r].end - tk->t[r].start, &plural) && !plural) {
					n = snprintf(buf, sizeof buf, "%s/%.*s", q.unit,
						     (int)(tk->t[r].end - tk->t[r].start),
						     tk->text + tk->t[r].start);
					ra = r + 1;
				}
			}
			if (n > 0 && (size_t)n < sizeof buf) {
				char *k2 = NULL;
				q.unit = px__cl_sink_str(sink, buf, (size_t)n);
				for (k2 = (char *)q.unit; k2 && *k2; k2++)
					if (*k2 >= 'A' && *k2 <= 'Z' && k2 > strchr(q.unit, '/'))
						*k2 = (char)(*k2 + 32);
				q.q1 = ra;
			}
		}
		/* "Jamie Armstrong, 25, said": an age after a name. */
		if (q.unit == NULL && !ap && q.n.t0 >= t0 + 2 && q.q1 < t1 && q.q1 == q.n.t1 &&
		    px__cl_tok_sym(tk, q.n.t0 - 1, ',') && px__cl_tok_sym(tk, q.q1, ',') &&
		    (tk->t[q.n.t0 - 2].flags & TF_CAP) && tk->t[q.n.t0 - 2].type == T_WORD &&
		    (q.n.flags & PX_NUM_DIGITS) && q.n.value >= 1 && q.n.value < 120 &&
		    q.n.value == floor(q.n.value)) {
			q.unit = "year";
			q.dim = "age";
		}
		/* "aged 35" */
		if (q.unit == NULL && q.n.t0 > t0 && px__cl_tok_is(tk, q.n.t0 - 1, "aged") && !ap) {
			q.unit = "year";
			q.dim = "age";
		}
		/* "over the age of 21", "under the age of 5 years" */
		if ((q.unit == NULL || strcmp(q.unit, "year") == 0) && q.n.t0 >= t0 + 2 &&
		    px__cl_tok_is(tk, q.n.t0 - 1, "of") && px__cl_tok_is(tk, q.n.t0 - 2, "age") &&
		    (q.n.flags & PX_NUM_DIGITS)) {
			q.unit = "year";
			q.dim = "age";
		}
		/* "logged a maximum of 46.3C", "a minimum of -4C": the
		   reading of the day, not a ceiling or a floor */
		if (ap && q.dim && strcmp(q.dim, "temperature") == 0 && q.n.t0 >= t0 + 2 &&
		    px__cl_tok_is(tk, q.n.t0 - 1, "of") &&
		    (px__cl_tok_is(tk, q.n.t0 - 2, "maximum") || px__cl_tok_is(tk, q.n.t0 - 2, "minimum"))) {
			q.approx = -1;
			q.lowf = q.highf = 1;
			q.q0 = nt0;
		}
		/* A bound after the figure: "65 or older", "500 or more". */
		{
			size_t pa = 0;
			int pb = post_bound(x, tk, q.q1, t1, q.approx, &pa);
			if (pb >= 0 && !q.range && !q.score) {
				/* "about five hundred and more": the bound replaces a
				   vague word before the figure, which leaves the span */
				if (q.approx == PX_APPROX_ABOUT)
					q.q0 = nt0;
				q.approx = pb;
				q.lowf = pb == PX_APPROX_GE ? 1 : 0;
				q.highf = pb == PX_APPROX_GE ? 1.5 : 1;
				q.q1 = pa;
			} else if (q.q1 + 1 < t1 && px__cl_tok_is(tk, q.q1, "or") &&
				   px__cl_tok_is(tk, q.q1 + 1, "so") && !q.range && !q.score && q.approx < 0) {
				/* "its 120 or so resident cats": about 120 */
				q.approx = PX_APPROX_ABOUT;
				q.lowf = 0.9;
				q.highf = 1.1;
				q.q1 += 2;
			} else if (q.q1 < t1 && px__cl_tok_sym(tk, q.q1, '+') &&
				   !(tk->t[q.q1].flags & TF_SPACE) && !q.range && q.approx < 0) {
				q.approx = PX_APPROX_GE;
				q.lowf = 1;
				q.highf = 1.5;
				q.q1++;
			}
		}
		/* What is counted. */
		{
			size_t w0 = 0, w1 = 0, p0 = 0, j = q.q1, name_fig = 0;
			const char *per = NULL;
			size_t per_len = 0;
			const char *cls = NULL;
			int plain = q.unit == NULL && !q.score;
			if (plain || (q.dim && strcmp(q.dim, "percent") == 0) ||
			    (q.n.flags & PX_NUM_FRACTION)) {
				size_t h = j;
				int partitive = 0;
				if (px__cl_tok_is(tk, h, "of")) {
					h++;
					partitive = 1;
					while (h < t1 && (px__cl_tok_is(tk, h, "the") || px__cl_tok_is(tk, h, "its") ||
							  px__cl_tok_is(tk, h, "their") || px__cl_tok_is(tk, h, "all") ||
							  px__cl_tok_is(tk, h, "those") || px__cl_tok_is(tk, h, "these") ||
							  px__cl_tok_is(tk, h, "his") || px__cl_tok_is(tk, h, "her") ||
							  px__cl_tok_is(tk, h, "our") || px__cl_tok_is(tk, h, "them")))
						h++;
					/* "180 of the yard's permanent jobs": the
					   possessor is not what is counted */
					if (h + 3 < t1 && tk->t[h].type == T_WORD && !(tk->t[h].flags & TF_CAP) &&
					    tk->t[h + 1].type == T_SYM && !(tk->t[h + 1].flags & TF_SPACE) &&
					    !(tk->t[h + 2].flags & TF_SPACE) && px__cl_tok_is(tk, h + 2, "s") &&
					    (px__cl_tok_sym(tk, h + 1, '\'') ||
					     (tk->t[h + 1].end - tk->t[h + 1].start == 3 &&
					      memcmp(tk->text + tk->t[h + 1].start, "\xe2\x80\x99", 3) == 0)))
						h += 3;
					/* "210 of its 560 permanent employees", "180 of
					   its roughly 560 staff": a part counts what its
					   whole counts */
					if (h + 1 < t1 && (px__cl_tok_is(tk, h, "roughly") ||
							   px__cl_tok_is(tk, h, "about") ||
							   px__cl_tok_is(tk, h, "around") ||
							   px__cl_tok_is(tk, h, "some") ||
							   px__cl_tok_is(tk, h, "nearly")) &&
					    tk->t[h + 1].type == T_NUM)
						h++;
					if (h + 1 < t1 && tk->t[h].type == T_NUM &&
					    (h + 2 >= t1 || !px__cl_tok_sym(tk, h + 1, ',')))
						h++;
				}
				if (plain || partitive)
					cls = head_phrase(x, tk, h, t1, &p0, &w0, &w1,
							  (q.n.value == 1 && !partitive) ||
							  (partitive && (q.n.flags & PX_NUM_FRACTION)),
							  &name_fig);

				if (cls && plain)
					per = rate_after(x, tk, h, w1, t1, &per_len);
			}
			if (plain) {
				/* Bare figures that are not counts. */
				int drop = 0;
				size_t a = q.n.t0;
				if (year_like(tk, &q.n) && cls == NULL &&
				    !(q.range && (q.high > 2100 || q.high != floor(q.high))))
					drop = 1;
				if (q.n.t1 == q.n.t0 + 1 && px__cl_tok_is(tk, a, "one") && cls == NULL && !ap)
					drop = 1;
				if (a > t0 && (px__cl_lex_flags(x, tk, a - 1) & LX_IDCTX) && !ap)
					drop = 1;
				if (a > t0 && px__cl_tok_sym(tk, a - 1, '.') && a > t0 + 1 &&
				    px__cl_tok_is(tk, a - 2, "no"))
					drop = 1;
				/* "Boeing 737", "Windows 10", "Apollo 11": a capitalised word
				   that is not a title, month or sentence start; before a
				   counted noun only after an article ("the Boeing 737
				   crew", not "Harnbury 600 staff") */
				if (a > t0 && a == i && tk->t[a - 1].type == T_WORD &&
				    (tk->t[a - 1].flags & TF_CAP) && !(tk->t[a - 1].flags & TF_SENT) &&
				    !(px__cl_lex_flags(x, tk, a - 1) & (LX_MONTH | LX_STOP | LX_WEEKDAY | LX_TITLE)) &&
				    (cls == NULL ||
				     (a > t0 + 1 && (px__cl_tok_is(tk, a - 2, "the") || px__cl_tok_is(tk, a - 2, "a") ||
						     px__cl_tok_is(tk, a - 2, "an")))) &&
				    (q.n.flags & PX_NUM_DIGITS))
					drop = 1;
				if (cls == NULL && !ap && (q.n.flags & PX_NUM_DIGITS) &&
				    q.n.value == floor(q.n.value) && street_after(tk, q.q1, t1))
					drop = 1;
				/* "Dak Prescott (4)": a figure alone in brackets
				   after a name is a label (jersey, footnote) */
				if (cls == NULL && !ap && a > t0 + 1 && q.q1 < t1 && q.q1 == q.n.t1 &&
				    px__cl_tok_sym(tk, a - 1, '(') && px__cl_tok_sym(tk, q.q1, ')') &&
				    tk->t[a - 2].type == T_WORD && (tk->t[a - 2].flags & TF_CAP))
					drop = 1;
				if (drop) {
					mark(tk, q.q0, q.q1);
					i = q.q1;
					continue;
				}
				if (cls == NULL && !px__cl_tok_is(tk, j, "of") &&
				    !(q.n.flags & PX_NUM_FRACTION)) {
					cls = attributive_noun(x, tk, j, t1, &w0, &w1);
					p0 = w0;
				}
				if (cls == NULL && !ap && !(q.n.flags & PX_NUM_FRACTION)) {
					cls = counted_before(x, tk, t0, q.q0, &p0, &w0, &w1);
					if (cls == NULL)
						cls = collective_before(x, tk, t0, q.q0, q.q1, t1, &p0,
									&w0, &w1);
				}
				if (cls) {
					const struct lexp *hu = unit_head(x, tk, j, t1, w0);
					if (hu) {
						q.unit = hu->post_unit;
						q.dim = hu->post_dim;
					}
				}
			}
			/* "1,200 job losses", "300 job cuts": jobs are counted,
			   whatever the head says happens to them */
			if (cls && p0 < w0 && job_before(tk->text, p0, w0)) {
				cls = "jobs";
				w0 = p0;
			}
			/* Emit. */
			{
				struct px_claim *c = px__cl_sink_add(sink, PX_CLAIM_QUANTITY,
								  tk->t[q.q0].start, tk->t[q.q1 - 1].end);
				if (c == NULL)
					return;
				if (nq < CHANGE_MAX && sink->n == first + nq + 1) {
					qt0[nq] = q.q0;
					qt1[nq] = q.q1;
					nq++;
				}
				{
					struct px_quantity *qq = &c->u.quantity;
					double v = q.n.value, lo = v, hi = v;
					size_t f0 = nt0 < q.q1 ? nt0 : q.q0;
					qq->value = v;
					qq->fig_start = tk->t[f0].start;
					qq->fig_end = tk->t[q.q1 - 1].end;
					qq->num_end = tk->t[(q.range || q.score ? q.nend : q.n.t1) - 1].end;
					if (q.score) {
						qq->approx = PX_APPROX_EQ;
						qq->flags |= PX_QTY_SCORE;
						qq->second = q.second;
						qq->unit = "score";
						qq->dim = "score";
					} else if (q.range) {
						qq->approx = PX_APPROX_RANGE;
						lo = v;
						hi = q.high;
					} else if (q.approx >= 0) {
						qq->approx = (enum px_approx)q.approx;
						lo = v * q.lowf;
						hi = v * q.highf;
						if (lo > hi) {
							double t = lo;
							lo = hi;
							hi = t;
						}
						if (lo > v)
							lo = v;
						if (hi < v)
							hi = v;
					} else {
						qq->approx = PX_APPROX_EQ;
					}
					if (q.unit && strcmp(q.unit, "%") == 0 && hi > 100 && v <= 100)
						hi = 100;
					if (!isfinite(lo) || !isfinite(hi) || !isfinite(v)) {
						lo = hi = v = isfinite(v) ? v : 0;
						qq->value = v;
					}
					qq->low = lo;
					qq->high = hi;
					if (!q.score) {
						qq->unit = q.unit ? q.unit : "";
						qq->dim = q.dim ? q.dim : "";
					}
					if (q.n.flags & PX_NUM_VAGUE)
						qq->flags |= PX_QTY_VAGUE;
					if (q.n.flags & PX_NUM_WORDS)
						qq->flags |= PX_QTY_WORDS;
					if (q.n.flags & PX_NUM_FRACTION)
						qq->flags |= PX_QTY_FRACTION;
					if (cls) {
						qq->counts = px__cl_sink_str(sink, tk->text + w0, w1 - w0);
						qq->cls = cls;
						if (p0 < w0)
							qq->counted = px__cl_sink_str(sink, tk->text + p0,
										      w1 - p0);
						if (per)
							qq->per = px__cl_sink_str(sink, per, per_len);
						if (qq->counts) {
							char *p = (char *)qq->counts;
							for (; *p; p++)
								if (*p >= 'A' && *p <= 'Z')
									*p = (char)(*p + 32);
						}
					} else if (q.dim && *q.dim) {
						qq->cls = q.dim;
					}
				}
			}
			mark(tk, q.q0, q.q1);
			/* the figures of a name in the counted phrase ("Vanta 5") */
			if (cls && name_fig > q.q1)
				mark(tk, q.q1, name_fig);
			i = q.q1;
		}
	}
	if (!sink->failed && sink->n == first + nq)
		nq = join_bounds(tk, sink, first, qt0, qt1, nq);
	if (!sink->failed && sink->n == first + nq)
		link_changes(tk, t0, sink, first, qt0, qt1, nq);
	if (!sink->failed && sink->n == first + nq)
		suspended_units(tk, t1, sink, first, qt0, qt1, nq);
	if (!sink->failed && sink->n == first + nq)
		inherit_elided(x, tk, t0, t1, sink, first, qt0, qt1, nq);
	if (!sink->failed && sink->n == first + nq) {
		vote_shares(tk, t1, sink, first, qt0, qt1, nq);
		vote_sides(tk, t1, sink, first, qt0, qt1, nq);
	}
}
