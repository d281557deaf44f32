/*
 * Number mentions: digits ("1,329", "14.3", ".08", "1 234 567", "1e10",
 * "3/4", "2½"), words ("twenty-one", "one hundred and six", "a dozen",
 * "two-thirds", "half a million", "five point five"), mixes ("1.2 million",
 * "$14.3bn" -> the 14.3bn part, "3 hundred and 21"), ordinals ("21st",
 * "twenty-first"), vague plurals ("dozens", "tens of thousands").
 *
 * A number is parsed over tokens by one left-to-right state machine: the
 * running value is total + cur, where cur is the group below the last
 * scale word; each token is accepted only when it can follow the previous
 * kind ("twenty" then "one", never "one" then "twenty"), so "one two" is
 * two numbers. Interpretation (is it a count, a year, an id) is not done
 * here: quantity.c and date_expr.c do that.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "claim_internal.h"

enum last_kind {
	L_NONE = 0,
	L_A,      /* "a" / "an" before a scale or fraction */
	L_UNIT,   /* 0-9 */
	L_TEEN,   /* 10-19 */
	L_TENS,   /* 20, 30, ... 90 */
	L_HUNDRED,
	L_SCALE,  /* thousand and up */
	L_DIGITS,
	L_AND,
	L_FRAC    /* a fraction ended the number */
};

/* Parse the digits of one number token: grouping commas, one decimal
 * point, exponent. Returns 0 when the token is not a single number
 * ("14.11.2023"). */
static int
parse_digits(const char *s, size_t n, double *v, unsigned *flags)
{
	char buf[64];
	size_t k = 0, i = 0;
	int dots = 0;
	const char *lc = NULL, *ld = NULL;

	if (n >= sizeof buf)
		return 0;
	lc = memchr(s, ',', n);
	ld = memchr(s, '.', n);
	if (lc && !ld && n - (size_t)(lc - s) <= 3 && memchr(lc + 1, ',', n - (size_t)(lc - s) - 1) == NULL) {
		/* "9,5": a decimal comma (one or two decimals; the tokenizer
		   keeps this shape only before a unit or a word) */
		for (i = 0; i < n; i++)
			buf[k++] = s[i] == ',' ? '.' : s[i];
		buf[k] = '\0';
		*flags |= PX_NUM_DECIMAL;
		*v = strtod(buf, NULL);
		return 1;
	}
	/* Digits and grouping commas only, up to 15 digits (most figures):
	   the integer is exact in a double, as strtod would read it. */
	{
		uint64_t iv = 0;
		size_t nd = 0;
		for (i = 0; i < n; i++) {
			if (s[i] >= '0' && s[i] <= '9') {
				iv = iv * 10 + (uint64_t)(s[i] - '0');
				nd++;
			} else if (s[i] != ',') {
				break;
			}
		}
		if (i == n && nd > 0 && nd <= 15) {
			*v = (double)iv;
			return 1;
		}
		i = 0;
	}
	if (lc && ld && lc > ld) {
		/* "1.111,11": dots group, the comma is the decimal point (the
		   tokenizer keeps only this shape) */
		for (i = 0; i < n; i++) {
			if (s[i] == '.')
				continue;
			buf[k++] = s[i] == ',' ? '.' : s[i];
		}
		buf[k] = '\0';
		*flags |= PX_NUM_DECIMAL;
		*v = strtod(buf, NULL);
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (s[i] == ',')
			continue;
		if (s[i] == '.') {
			dots++;
			*flags |= PX_NUM_DECIMAL;
		}
		if (s[i] == 'e' || s[i] == 'E')
			*flags |= PX_NUM_POWER;
		buf[k++] = s[i];
	}
	if (dots > 1)
		return 0;
	buf[k] = '\0';
	*v = strtod(buf, NULL);
	return 1;
}

static size_t
tlen(const struct toks *tk, size_t i)
{
	return tk->t[i].end - tk->t[i].start;
}

static const char *
ttext(const struct toks *tk, size_t i)
{
	return tk->text + tk->t[i].start;
}

/* A plain run of 1-3 digits or exactly 3 digits (for "1 234 567"). */
static int
plain_digits(const struct toks *tk, size_t i, size_t lo, size_t hi)
{
	size_t n = 0, k = 0;

	if (i >= tk->n || tk->t[i].type != T_NUM)
		return 0;
	n = tlen(tk, i);
	if (n < lo || n > hi)
		return 0;
	for (k = 0; k < n; k++)
		if (ttext(tk, i)[k] < '0' || ttext(tk, i)[k] > '9')
			return 0;
	return 1;
}

/* Unicode vulgar fractions (U+00BC-00BE, U+2150-215E). */
static double
vulgar(const struct toks *tk, size_t i)
{
	static const struct {
		const char *s;
		double v;
	} f[] = {{"\xc2\xbd", 0.5},          {"\xc2\xbc", 0.25},
		 {"\xc2\xbe", 0.75},         {"\xe2\x85\x93", 1.0 / 3},
		 {"\xe2\x85\x94", 2.0 / 3},  {"\xe2\x85\x95", 0.2},
		 {"\xe2\x85\x96", 0.4},      {"\xe2\x85\x97", 0.6},
		 {"\xe2\x85\x98", 0.8},      {"\xe2\x85\x99", 1.0 / 6},
		 {"\xe2\x85\x9a", 5.0 / 6},  {"\xe2\x85\x9b", 0.125},
		 {"\xe2\x85\x9c", 0.375},    {"\xe2\x85\x9d", 0.625},
		 {"\xe2\x85\x9e", 0.875},    {"\xe2\x85\x90", 1.0 / 7},
		 {"\xe2\x85\x91", 1.0 / 9},  {"\xe2\x85\x92", 0.1}};
	size_t k = 0, n = 0;
	unsigned char b0 = 0;

	if (i >= tk->n || tk->t[i].type != T_SYM)
		return -1;
	n = tlen(tk, i);
	/* every fraction is "\xc2" + 1 or "\xe2\x85" + 1: most symbols end here */
	b0 = (unsigned char)ttext(tk, i)[0];
	if (!(n == 2 && b0 == 0xc2) && !(n == 3 && b0 == 0xe2))
		return -1;
	for (k = 0; k < sizeof f / sizeof f[0]; k++)
		if (strlen(f[k].s) == n && memcmp(f[k].s, ttext(tk, i), n) == 0)
			return f[k].v;
	return -1;
}

static int
is_ord_suffix(const struct toks *tk, size_t i, double v)
{
	static const char *const sfx[] = {"st", "nd", "rd", "th"};
	size_t k = 0;

	(void)v;
	for (k = 0; k < 4; k++)
		if (px__cl_tok_is(tk, i, sfx[k]))
			return 1;
	return 0;
}

static int
is_minus(const struct toks *tk, size_t i)
{
	return px__cl_tok_sym(tk, i, '-') ||
	       (i < tk->n && tlen(tk, i) == 3 && memcmp(ttext(tk, i), "\xe2\x88\x92", 3) == 0);
}

static int
is_hyphen(const struct toks *tk, size_t i)
{
	return is_minus(tk, i) ||
	       (i < tk->n && tlen(tk, i) == 3 && memcmp(ttext(tk, i), "\xe2\x80\x90", 3) == 0);
}

/* The word-number value of a lexicon entry kind. */
static int
card_kind(double v)
{
	if (v < 10)
		return L_UNIT;
	if (v < 20)
		return L_TEEN;
	return L_TENS;
}

/* Whether the hyphen at j joins a number word to a scale word written
 * after it ("two-hundred-metre", "three-thousand-strong"): the scale of a
 * number of units, teens or tens so far, not an abbreviation ("two-k"). */
static int
hyphen_scale(const struct px_extractor *x, const struct toks *tk, size_t j, size_t lim, int last)
{
	const struct lexw *w = j + 1 < lim ? px__cl_lex_word(x, tk, j + 1) : NULL;

	return (last == L_UNIT || last == L_TEEN || last == L_TENS) && is_hyphen(tk, j) &&
	       !(tk->t[j].flags & TF_SPACE) && w && (w->flags & LX_SCALE) && !(w->flags & LX_ABBR) &&
	       w->num >= 100 && tk->t[j + 1].type == T_WORD && !(tk->t[j + 1].flags & TF_SPACE);
}

/*
 * Ordinal compound ending at a word: "twenty-first" (tens '-' ord) starting
 * at i. Returns the number of tokens used (0 if none) and its value.
 */
static size_t
ordinal_word(const struct px_extractor *x, const struct toks *tk, size_t i,
	     size_t lim, double *v)
{
	const struct lexw *w = px__cl_lex_word(x, tk, i);

	if (w == NULL || tk->t[i].type != T_WORD)
		return 0;
	if ((w->flags & LX_ORD) && !(w->flags & LX_CARD)) {
		*v = w->num;
		return 1;
	}
	if ((w->flags & LX_CARD) && w->num >= 20 && w->num < 100 && i + 2 < lim &&
	    is_hyphen(tk, i + 1) && !(tk->t[i + 1].flags & TF_SPACE) &&
	    !(tk->t[i + 2].flags & TF_SPACE)) {
		const struct lexw *u = px__cl_lex_word(x, tk, i + 2);
		if (u && (u->flags & LX_ORD) && u->num < 10) {
			*v = w->num + u->num;
			return 3;
		}
	}
	return 0;
}

/* Whether word i is a plural ordinal used as a denominator ("thirds"). */
static int plural_ord_min(const struct px_extractor *x, const struct toks *tk, size_t i,
			  size_t lim, double *den, size_t *used, double min);

static int
plural_ord(const struct px_extractor *x, const struct toks *tk, size_t i,
	   size_t lim, double *den, size_t *used)
{
	return plural_ord_min(x, tk, i, lim, den, used, 3);
}

/* As plural_ord, for ordinals of at least min ("firsts" only inside a
   compound: "twenty-firsts"). */
static int
plural_ord_min(const struct px_extractor *x, const struct toks *tk, size_t i,
	       size_t lim, double *den, size_t *used, double min)
{
	char buf[32];
	size_t n = 0;
	uint32_t id = 0;
	size_t k = 0;

	*used = 0;
	if (i >= lim || tk->t[i].type != T_WORD)
		return 0;
	/* "twenty-firsts": tens '-' plural */
	if (i + 2 < lim && is_hyphen(tk, i + 1) && !(tk->t[i + 1].flags & TF_SPACE) &&
	    !(tk->t[i + 2].flags & TF_SPACE)) {
		const struct lexw *w = px__cl_lex_word(x, tk, i);
		double d2 = 0;
		size_t u2 = 0;
		if (w && (w->flags & LX_CARD) && w->num >= 20 && w->num < 100 &&
		    plural_ord_min(x, tk, i + 2, lim, &d2, &u2, 1) && d2 < 10) {
			*den = w->num + d2;
			*used = 3;
			return 1;
		}
	}
	n = tlen(tk, i);
	if (n < 4 || n >= sizeof buf)
		return 0;
	for (k = 0; k < n; k++) {
		char c = ttext(tk, i)[k];
		buf[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	if (buf[n - 1] != 's')
		return 0;
	if (px_map_find(x->words, buf, n - 1, &id) != PX_OK)
		return 0;
	if (!(x->w[id].flags & LX_ORD) || x->w[id].num < min)
		return 0;
	*den = x->w[id].num;
	*used = 1;
	return 1;
}

static void
finish(const struct toks *tk, struct num *n, size_t t0, size_t t1)
{
	n->t0 = t0;
	n->t1 = t1;
	n->start = tk->t[t0].start;
	n->end = tk->t[t1 - 1].end;
	if (!(n->flags & PX_NUM_RANGE))
		n->high = n->value;
}

/* Vague plurals: "dozens", "hundreds", "tens of thousands", "millions". */
static int
vague_at(const struct px_extractor *x, const struct toks *tk, size_t i,
	 size_t lim, struct num *n)
{
	const struct lexw *w = px__cl_lex_word(x, tk, i);
	double base = 0;
	size_t j = i + 1;

	if (w == NULL || !(w->flags & LX_VAGUE) || tk->t[i].type != T_WORD)
		return 0;
	base = w->num;
	/* "tens of thousands", "hundreds of millions" */
	if (j + 1 < lim && px__cl_tok_is(tk, j, "of")) {
		const struct lexw *w2 = px__cl_lex_word(x, tk, j + 1);
		if (w2 && (w2->flags & LX_VAGUE) && w2->num > base && w2->num >= 1000) {
			base = base * w2->num;
			j += 2;
		}
	}
	if (w->num == 10 && j == i + 1)
		return 0; /* a bare "tens" is not a number */
	memset(n, 0, sizeof(*n));
	n->flags = PX_NUM_WORDS | PX_NUM_VAGUE | PX_NUM_RANGE;
	{
		n->value = base;
		n->high = base * 10;
	}
	finish(tk, n, i, j);
	n->high = n->flags & PX_NUM_RANGE ? n->high : n->value;
	return 1;
}

static int num_core(const struct px_extractor *x, const struct toks *tk, size_t i,
		    size_t lim, struct num *n);

/*
 * "and" at token j then a proper fraction in words: "twenty and three
 * fifths", "one hundred and three quarters", "two hundred and fifty-four
 * hundredths"; after a scale word it is a fraction of that scale ("nine
 * million and five ninths", as "and a half"). An improper one makes the
 * whole phrase its numerator ("one hundred and thirty-two fifths" is
 * 132/5), which the caller reads. Adds it times `scale` to *cur, sets
 * *jout after it and returns 1, or returns 0.
 */
static int
and_fraction(const struct px_extractor *x, const struct toks *tk, size_t j, size_t lim,
	     double scale, double *cur, size_t *jout)
{
	struct num f;

	if (j + 2 >= lim || !px__cl_tok_is(tk, j, "and") || tk->t[j + 1].type != T_WORD ||
	    px__cl_tok_is(tk, j + 1, "a") || px__cl_tok_is(tk, j + 1, "an"))
		return 0;
	if (!num_core(x, tk, j + 1, lim, &f))
		return 0;
	if ((f.flags & (PX_NUM_FRACTION | PX_NUM_WORDS | PX_NUM_DIGITS | PX_NUM_ORDINAL)) !=
		    (PX_NUM_FRACTION | PX_NUM_WORDS) ||
	    !(f.value > 0 && f.value < 1))
		return 0;
	*cur += f.value * scale;
	*jout = f.t1;
	return 1;
}

static int
num_core(const struct px_extractor *x, const struct toks *tk, size_t i,
	 size_t lim, struct num *n)
{
	size_t j = i, t0 = i;
	double total = 0, cur = 0, last_scale = 0, and_base = -1;
	int last = L_NONE, any = 0;
	unsigned flags = 0;
	uint32_t wf = 0;
	const struct lexw *w = NULL;

	memset(n, 0, sizeof(*n));
	if (i >= lim)
		return 0;
	/* A word that is no number word (no card, scale, fraction, vague,
	   sign, dozen or ordinal flag) and not "a", "an" or "half" fails every
	   test below: most calls (the words before a figure) end here. */
	if (tk->t[i].type == T_WORD && !(px__cl_lex_flags(x, tk, i) & (LX_NUMWORD | LX_DOZEN)) &&
	    !px__cl_tok_is(tk, i, "a") && !px__cl_tok_is(tk, i, "an") &&
	    !px__cl_tok_is(tk, i, "half"))
		return 0;
	/* Sign: "minus five", "negative one", "-9.2" (a '-' after a space). */
	w = px__cl_lex_word(x, tk, j);
	if (w && (w->flags & LX_SIGN) && j + 1 < lim) {
		struct num inner;
		size_t k = j + 1;
		/* "minus-130 degrees" */
		if (is_minus(tk, k) && k + 1 < lim && !(tk->t[k].flags & TF_SPACE) &&
		    !(tk->t[k + 1].flags & TF_SPACE) && tk->t[k + 1].type == T_NUM)
			k++;
		if (px__cl_num_at(x, tk, k, lim, &inner) && !(inner.flags & PX_NUM_ORDINAL)) {
			*n = inner;
			n->value = -inner.value;
			n->high = -inner.high;
			n->flags |= PX_NUM_NEGATIVE;
			n->t0 = i;
			n->start = tk->t[i].start;
			return 1;
		}
		return 0;
	}
	if (is_minus(tk, j) && j + 1 < lim && tk->t[j + 1].type == T_NUM &&
	    !(tk->t[j + 1].flags & TF_SPACE) &&
	    (j == 0 || (tk->t[j].flags & TF_SPACE) || tk->t[j - 1].type == T_SYM)) {
		struct num inner;
		if (j > 0 && tk->t[j - 1].type == T_SYM && !(tk->t[j].flags & TF_SPACE) &&
		    (is_minus(tk, j - 1) || px__cl_tok_sym(tk, j - 1, '/')))
			return 0;
		if (px__cl_num_at(x, tk, j + 1, lim, &inner) && !(inner.flags & PX_NUM_ORDINAL)) {
			*n = inner;
			n->value = -inner.value;
			n->high = -inner.high;
			n->flags |= PX_NUM_NEGATIVE;
			n->t0 = i;
			n->start = tk->t[i].start;
			return 1;
		}
		return 0;
	}
	/* ".08": a leading decimal point after white space or at the start. */
	if (px__cl_tok_sym(tk, j, '.') && j + 1 < lim && tk->t[j + 1].type == T_NUM &&
	    !(tk->t[j + 1].flags & TF_SPACE) &&
	    (j == 0 || (tk->t[j].flags & TF_SPACE)) && plain_digits(tk, j + 1, 1, 20)) {
		char buf[32];
		size_t m = tlen(tk, j + 1);
		buf[0] = '0';
		buf[1] = '.';
		memcpy(buf + 2, ttext(tk, j + 1), m);
		buf[m + 2] = '\0';
		n->value = strtod(buf, NULL);
		n->flags = PX_NUM_DIGITS | PX_NUM_DECIMAL;
		/* ".25ml": a unit glued after it, as for "10m" */
		if (j + 2 < lim && tk->t[j + 2].type == T_WORD && !(tk->t[j + 2].flags & TF_SPACE))
			n->flags |= PX_NUM_GLUED;
		finish(tk, n, j, j + 2);
		return 1;
	}
	if (vague_at(x, tk, j, lim, n))
		return 1;
	/* A vulgar fraction alone: "⅔", "¾" */
	if (tk->t[j].type == T_SYM && vulgar(tk, j) > 0) {
		n->value = vulgar(tk, j);
		n->flags = PX_NUM_DIGITS | PX_NUM_FRACTION;
		finish(tk, n, j, j + 1);
		return 1;
	}

	if (tk->t[j].type == T_NUM) {
		double v = 0;
		if (!parse_digits(ttext(tk, j), tlen(tk, j), &v, &flags))
			return 0;
		flags |= PX_NUM_DIGITS;
		/* Glued letters before the digits: "S23", "COVID19" (ids). */
		if (j > 0 && tk->t[j - 1].type == T_WORD && !(tk->t[j].flags & TF_SPACE))
			flags |= PX_NUM_GLUED;
		j++;
		/* "1 234 567" and "40 000": groups of exactly three digits. */
		if (plain_digits(tk, j - 1, 1, 3)) {
			size_t g = j;
			double gv = v;
			while (g < lim && (tk->t[g].flags & TF_SPACE) && !(tk->t[g].flags & TF_NL) &&
			       plain_digits(tk, g, 3, 3) &&
			       tk->t[g].start - tk->t[g - 1].end <= 3 &&
			       !(g + 1 < lim && px__cl_tok_sym(tk, g + 1, '/'))) {
				gv = gv * 1000 + strtod(ttext(tk, g), NULL);
				g++;
			}
			if (g > j) {
				v = gv;
				j = g;
			}
		}
		/* Powers: "1.1^23", "-2.5^-1". */
		if (j + 1 < lim && px__cl_tok_sym(tk, j, '^') && !(tk->t[j].flags & TF_SPACE)) {
			size_t e = j + 1;
			double es = 1;
			while (e < lim && is_minus(tk, e)) {
				es = -es;
				e++;
			}
			if (e < lim && px__cl_tok_sym(tk, e, '+'))
				e++;
			if (e < lim && tk->t[e].type == T_NUM && !(tk->t[e].flags & TF_SPACE)) {
				v = pow(v, es * strtod(ttext(tk, e), NULL));
				flags |= PX_NUM_POWER;
				j = e + 1;
			}
		}
		/* Scientific notation: "1.99×10−30", "2.5 x 10^8", "3×10^-5". */
		if (j + 1 < lim && (tk->t[j].type == T_SYM ? tlen(tk, j) == 2 &&
						memcmp(ttext(tk, j), "\xc3\x97", 2) == 0
					  : px__cl_tok_is(tk, j, "x")) &&
		    tk->t[j + 1].type == T_NUM && tlen(tk, j + 1) == 2 &&
		    memcmp(ttext(tk, j + 1), "10", 2) == 0 &&
		    !(tk->t[j + 1].flags & TF_SPACE) == !(tk->t[j].flags & TF_SPACE)) {
			size_t e = j + 2;
			double es = 1;
			if (e < lim && px__cl_tok_sym(tk, e, '^') && !(tk->t[e].flags & TF_SPACE))
				e++;
			if (e < lim && is_minus(tk, e) && !(tk->t[e].flags & TF_SPACE)) {
				es = -1;
				e++;
			}
			if (e > j + 2 && e < lim && tk->t[e].type == T_NUM && !(tk->t[e].flags & TF_SPACE) &&
			    plain_digits(tk, e, 1, 3)) {
				v *= pow(10, es * strtod(ttext(tk, e), NULL));
				flags |= PX_NUM_POWER;
				j = e + 1;
			}
		}
		/* Fractions "3/4" (not "5/17/2018") and mixed "1 1/2". */
		if (j + 1 < lim && px__cl_tok_sym(tk, j, '/') && !(tk->t[j].flags & TF_SPACE) &&
		    tk->t[j + 1].type == T_NUM && !(tk->t[j + 1].flags & TF_SPACE) &&
		    !(flags & PX_NUM_DECIMAL) && !(j + 2 < lim && px__cl_tok_sym(tk, j + 2, '/')) &&
		    !(j >= 2 && px__cl_tok_sym(tk, j - 2, '/'))) {
			double d = strtod(ttext(tk, j + 1), NULL);
			if (d > 0) {
				v = v / d;
				flags |= PX_NUM_FRACTION;
				j += 2;
			}
		}
		if (j < lim && !(tk->t[j].flags & TF_SPACE) && vulgar(tk, j) > 0) {
			v += vulgar(tk, j);
			flags |= PX_NUM_FRACTION;
			j++;
		}
		/* Glued suffixes: ordinals ("21st"), multipliers ("10k", "1.2bn"). */
		if (j < lim && tk->t[j].type == T_WORD && !(tk->t[j].flags & TF_SPACE)) {
			const struct lexw *s = px__cl_lex_word(x, tk, j);
			int upper_m = tlen(tk, j) == 1 && (ttext(tk, j)[0] == 'M' ||
							   ttext(tk, j)[0] == 'B' ||
							   ttext(tk, j)[0] == 'K' ||
							   ttext(tk, j)[0] == 'T');
			int glued_after = j + 1 < lim && !(tk->t[j + 1].flags & TF_SPACE) &&
					  tk->t[j + 1].type != T_SYM;
			if (is_ord_suffix(tk, j, v) && !(flags & PX_NUM_DECIMAL) && !glued_after) {
				n->value = v;
				n->flags = flags | PX_NUM_ORDINAL;
				finish(tk, n, t0, j + 1);
				return 1;
			}
			/* "1.2b": a glued b after decimals is billions (a bit or
			   byte count is not written with decimals) */
			int dec_b = (flags & PX_NUM_DECIMAL) && px__cl_tok_is(tk, j, "b");
			if (s && (s->flags & LX_ABBR) && !glued_after &&
			    (upper_m || dec_b ||
			     !(px__cl_tok_is(tk, j, "m") || px__cl_tok_is(tk, j, "t") ||
			       px__cl_tok_is(tk, j, "b") || px__cl_tok_is(tk, j, "mm")))) {
				n->value = v * s->num;
				n->flags = flags | PX_NUM_SCALED;
				n->scale = s->num;
				finish(tk, n, t0, j + 1);
				return 1;
			}
			flags |= PX_NUM_GLUED;
			n->value = v;
			n->flags = flags;
			finish(tk, n, t0, j);
			return 1;
		}
		if (flags & (PX_NUM_FRACTION | PX_NUM_POWER)) {
			n->value = v;
			n->flags = flags;
			finish(tk, n, t0, j);
			return 1;
		}
		cur = v;
		last = L_DIGITS;
		any = 1;
	}

	/* The word grammar (also continues after digits: "1.2 million"). */
	while (j < lim) {
		const struct tok *t = &tk->t[j];
		size_t used = 0;
		double den = 0;

		if ((t->flags & TF_NL) && j > t0)
			break; /* a number never runs across a line break */
		w = px__cl_lex_word(x, tk, j);
		if (t->type == T_WORD && (px__cl_tok_is(tk, j, "a") || px__cl_tok_is(tk, j, "an")) &&
		    last == L_NONE) {
			const struct lexw *nx = px__cl_lex_word(x, tk, j + 1);
			double ov = 0;
			if (j + 1 < lim && nx && tk->t[j + 1].type == T_WORD &&
			    (nx->flags & (LX_SCALE | LX_DOZEN | LX_FRAC)) && !(nx->flags & LX_ABBR)) {
				cur = 1;
				last = L_A;
				any = 1;
				flags |= PX_NUM_WORDS;
				j++;
				continue;
			}
			if (j + 1 < lim && ordinal_word(x, tk, j + 1, lim, &ov) && ov >= 3) {
				/* "a fifth", "a twenty-first" */
				size_t u = ordinal_word(x, tk, j + 1, lim, &ov);
				n->value = 1.0 / ov;
				n->flags = PX_NUM_WORDS | PX_NUM_FRACTION;
				finish(tk, n, t0, j + 1 + u);
				return 1;
			}
			break;
		}
		if (t->type == T_WORD && px__cl_tok_is(tk, j, "half") && last == L_NONE) {
			/* "half a million", "half million" */
			size_t k = j + 1, after = 0;
			const struct lexw *sc = NULL;
			if (px__cl_tok_is(tk, k, "a") || px__cl_tok_is(tk, k, "an"))
				k++;
			sc = px__cl_lex_word(x, tk, k);
			if (k < lim && sc && (sc->flags & LX_SCALE) && sc->num >= 100 &&
			    tk->t[k].type == T_WORD) {
				n->value = 0.5 * sc->num;
				n->flags = PX_NUM_WORDS | PX_NUM_FRACTION | PX_NUM_SCALED;
				finish(tk, n, t0, k + 1);
				return 1;
			}
			/* "half a kilometre", "half an hour": a half of the
			   unit that follows */
			if (k < lim && k > j + 1 && tk->t[k].type == T_WORD &&
			    px__cl_lex_phrase(x, tk, k, lim, LP_UNIT_POST, &after) != NULL && after > k) {
				n->value = 0.5;
				n->flags = PX_NUM_WORDS;
				finish(tk, n, t0, k);
				return 1;
			}
			/* "half a dozen": six */
			if (k < lim && k > j + 1 && sc && (sc->flags & LX_DOZEN) && tk->t[k].type == T_WORD &&
			    px__cl_tok_is(tk, k, "dozen")) {
				n->value = 6;
				n->flags = PX_NUM_WORDS;
				finish(tk, n, t0, k + 1);
				return 1;
			}
			break;
		}
		if (t->type == T_NUM && (last == L_SCALE || last == L_HUNDRED ||
					 (last == L_AND && any))) {
			/* "4 thousand 3 hundred and 21" */
			double v = 0;
			unsigned f2 = 0;
			if (!plain_digits(tk, j, 1, 3) || !parse_digits(ttext(tk, j), tlen(tk, j), &v, &f2))
				break;
			if (last == L_HUNDRED && v >= 100)
				break;
			/* "eight million 250ml bottles": digits glued to a unit
			   start a figure of their own */
			if (j + 1 < lim && tk->t[j + 1].type == T_WORD &&
			    !(tk->t[j + 1].flags & TF_SPACE))
				break;
			if (last_scale > 0 && v >= last_scale)
				break;
			cur += v;
			last = L_DIGITS;
			j++;
			continue;
		}
		/* "a two-hundred-metre section", "a three-thousand-strong
		   crowd": the scale word after the hyphen */
		if (t->type != T_WORD && hyphen_scale(x, tk, j, lim, last)) {
			j++;
			continue;
		}
		if (t->type != T_WORD && !(is_hyphen(tk, j) && last == L_TENS))
			break;
		if (is_hyphen(tk, j)) {
			/* "twenty-one", "fifty - two" */
			const struct lexw *u = px__cl_lex_word(x, tk, j + 1);
			if (j + 1 < lim && u && (u->flags & LX_CARD) && u->num >= 1 && u->num < 10 &&
			    tk->t[j + 1].type == T_WORD) {
				j++;
				continue;
			}
			if (j + 1 < lim && u && (u->flags & LX_ORD) && !(u->flags & LX_CARD) &&
			    u->num < 10 && tk->t[j + 1].type == T_WORD &&
			    !(total == 0 && cur > 0 && cur < 20 && 0)) {
				/* "twenty-first", "one hundred twenty-fifth" */
				size_t u2 = 0;
				double den2 = 0;
				if (plural_ord(x, tk, j + 1, lim, &den2, &u2))
					break;
				n->value = total + cur + u->num;
				n->flags = flags | PX_NUM_ORDINAL | PX_NUM_WORDS;
				finish(tk, n, t0, j + 2);
				return 1;
			}
			break;
		}
		/* Fractions: "two thirds", "two-thirds", "five eighths", "one eighth". */
		if (any && (last == L_UNIT || last == L_TEEN || last == L_TENS || last == L_DIGITS ||
			    last == L_HUNDRED || last == L_A)) {
			size_t k = j;
			double ov = 0;
			size_t u = 0;
			int plural = 0;
			if (plural_ord(x, tk, k, lim, &den, &used)) {
				plural = 1;
				u = used;
			} else if (w && (w->flags & LX_FRAC)) {
				den = w->num;
				u = 1;
				plural = 1;
			} else if (w && (w->flags & LX_CARD) && w->num >= 20 && w->num < 100 &&
				   fmod(w->num, 10) == 0 && (last == L_UNIT || last == L_TEEN) &&
				   total == 0 && plural_ord_min(x, tk, k + 1, lim, &ov, &used, 1) &&
				   used == 1 && ov < 10) {
				/* "three twenty firsts": 3/21 */
				den = w->num + ov;
				u = 2;
			} else if ((u = ordinal_word(x, tk, k, lim, &ov)) > 0 && ov >= 3 &&
				   total == 0 && (cur == 1 || last == L_A)) {
				den = ov;
			} else {
				u = 0;
			}
			(void)plural;
			if (u > 0 && den > 0) {
				double numer = total + cur;
				const struct lexw *sc = px__cl_lex_word(x, tk, k + u);
				n->value = numer / den;
				n->flags = flags | PX_NUM_FRACTION | PX_NUM_WORDS;
				j = k + u;
				if (sc && (sc->flags & LX_SCALE) && sc->num >= 1000 && tk->t[j].type == T_WORD) {
					n->value *= sc->num;
					j++;
				}
				finish(tk, n, t0, j);
				return 1;
			}
		}
		if (w == NULL)
			break;
		wf = w->flags;
		/* A plural scale after a number is the scale: "three dozens",
		   "five hundreds", "two thousands" */
		if ((wf & LX_VAGUE) && w->num >= 12 && t->type == T_WORD &&
		    (last == L_UNIT || last == L_TEEN || last == L_TENS || last == L_DIGITS))
			wf = w->num == 12 ? LX_DOZEN : LX_SCALE;
		if ((wf & LX_CARD) && !(wf & LX_ORD)) {
			int k = card_kind(w->num);
			int ok = 0;
			if (px__cl_tok_is(tk, j, "nil") && last == L_NONE)
				break;
			switch (k) {
			case L_UNIT:
				ok = last == L_NONE || last == L_TENS || last == L_HUNDRED ||
				     last == L_SCALE || last == L_AND;
				break;
			case L_TEEN:
			case L_TENS:
				ok = last == L_NONE || last == L_HUNDRED || last == L_SCALE ||
				     last == L_AND;
				break;
			}
			/* A plural ordinal may follow: "twenty fifths", "three twenty-firsts". */
			if (!ok)
				break;
			if (k == L_TENS && last != L_NONE && plural_ord(x, tk, j, lim, &den, &used) &&
			    used == 3)
				break;
			cur += w->num;
			last = k;
			any = 1;
			flags |= PX_NUM_WORDS;
			j++;
			continue;
		}
		if ((wf & LX_SCALE) && !(wf & LX_ABBR) && w->num == 100) {
			if (last == L_NONE || last == L_HUNDRED || last == L_AND)
				break;
			if (last == L_A)
				cur = 1;
			if (cur >= 100 && last != L_DIGITS)
				break;
			cur *= 100;
			last = L_HUNDRED;
			any = 1;
			flags |= PX_NUM_SCALED;
			j++;
			continue;
		}
		if ((wf & (LX_SCALE | LX_ABBR)) && w->num >= 1000 && t->type == T_WORD) {
			/* Spaced abbreviations only after digits ("2.33 k", "10 bln"). */
			if (!(wf & LX_SCALE)) {
				if (last != L_DIGITS || px__cl_tok_is(tk, j, "m") || px__cl_tok_is(tk, j, "t") ||
				    px__cl_tok_is(tk, j, "b") || px__cl_tok_is(tk, j, "mm") ||
				    px__cl_tok_is(tk, j, "mil") || (j + 1 < lim && !(tk->t[j + 1].flags & TF_SPACE) &&
								  tk->t[j + 1].type == T_WORD))
					break;
			}
			if (last == L_NONE || last == L_AND)
				break;
			if (last == L_A)
				cur = 1;
			if (last_scale > 0 && w->num >= last_scale) {
				/* "million billion" is not a number; "322 hundred" was */
				break;
			}
			total += cur * w->num;
			cur = 0;
			last_scale = w->num;
			last = L_SCALE;
			any = 1;
			flags |= PX_NUM_SCALED;
			j++;
			continue;
		}
		if (wf & LX_DOZEN) {
			if (last == L_HUNDRED || last == L_SCALE || last == L_AND)
				break;
			if (last == L_A || last == L_NONE)
				cur = cur > 0 ? cur : 1;
			if (last == L_NONE && !px__cl_tok_is(tk, j, "dozen"))
				break;
			/* "three hundred and two dozens": the dozens are the group
			   after "and" */
			cur = and_base >= 0 ? and_base + (cur - and_base) * 12 : cur * 12;
			last = L_SCALE;
			last_scale = 12;
			any = 1;
			flags |= PX_NUM_SCALED;
			j++;
			continue;
		}
		if (px__cl_tok_is(tk, j, "and") && any && (last == L_HUNDRED || last == L_SCALE)) {
			/* "and a half" after a scale word: half of that scale */
			if (j + 2 < lim && (px__cl_tok_is(tk, j + 1, "a") || px__cl_tok_is(tk, j + 1, "one")) &&
			    (px__cl_tok_is(tk, j + 2, "half") || px__cl_tok_is(tk, j + 2, "quarter"))) {
				double fr = px__cl_tok_is(tk, j + 2, "half") ? 0.5 : 0.25;
				const struct lexw *after = px__cl_lex_word(x, tk, j + 3);
				if (after && (after->flags & LX_SCALE) && after->num < last_scale) {
					total += cur * (last_scale ? 1 : 0);
					cur = fr * after->num;
					total += cur;
					cur = 0;
					j += 4;
				} else {
					total += fr * (last == L_HUNDRED ? 1 : last_scale);
					j += 3;
				}
				flags |= PX_NUM_FRACTION;
				last = L_FRAC;
				break;
			}
			if (and_fraction(x, tk, j, lim, last == L_SCALE ? last_scale : 1, &cur, &j)) {
				flags |= PX_NUM_FRACTION;
				last = L_FRAC;
				break;
			}
			{
				const struct lexw *nx = px__cl_lex_word(x, tk, j + 1);
				if (j + 1 < lim && ((nx && (nx->flags & LX_CARD) && !(nx->flags & LX_ORD)) ||
						    plain_digits(tk, j + 1, 1, 3))) {
					last = L_AND;
					and_base = cur;
					j++;
					continue;
				}
			}
			break;
		}
		if (px__cl_tok_is(tk, j, "and") && any && (last == L_UNIT || last == L_TEEN ||
							 last == L_TENS || last == L_DIGITS)) {
			/* "five and a half million", "one and a fourth" */
			size_t k = j + 1;
			double fv = 0;
			if ((flags & PX_NUM_WORDS) && last != L_DIGITS &&
			    and_fraction(x, tk, j, lim, 1, &cur, &j)) {
				/* "twenty and three fifths" */
				flags |= PX_NUM_FRACTION;
				last = L_FRAC;
				break;
			}
			if (k < lim && (px__cl_tok_is(tk, k, "a") || px__cl_tok_is(tk, k, "one"))) {
				double ov = 0;
				size_t u = 0;
				if (px__cl_tok_is(tk, k + 1, "half"))
					fv = 0.5, u = 1;
				else if (px__cl_tok_is(tk, k + 1, "quarter"))
					fv = 0.25, u = 1;
				else if ((u = ordinal_word(x, tk, k + 1, lim, &ov)) > 0 && ov >= 3)
					fv = 1.0 / ov;
				if (fv > 0) {
					const struct lexw *sc = px__cl_lex_word(x, tk, k + 1 + u);
					cur += fv;
					j = k + 1 + u;
					flags |= PX_NUM_FRACTION;
					if (sc && (sc->flags & LX_SCALE) && sc->num >= 1000 &&
					    tk->t[j].type == T_WORD) {
						total += cur * sc->num;
						cur = 0;
						j++;
					}
					last = L_FRAC;
					break;
				}
			}
			break;
		}
		if (px__cl_tok_is(tk, j, "point") && any && last != L_AND && last != L_A &&
		    !(flags & PX_NUM_DECIMAL)) {
			/* "five point five", "two hundred point zero three" */
			double frac = 0, scale = 0.1;
			size_t k = j + 1;
			int got = 0;
			while (k < lim) {
				const struct lexw *d = px__cl_lex_word(x, tk, k);
				if (d && (d->flags & LX_CARD) && d->num < 10 && tk->t[k].type == T_WORD) {
					frac += d->num * scale;
					scale /= 10;
					got++;
					k++;
				} else if (d && (d->flags & LX_CARD) && d->num >= 10 && d->num < 100 &&
					   got == 0 && tk->t[k].type == T_WORD) {
					/* "point seventy-one" */
					double tv = d->num;
					k++;
					if (k + 1 < lim && is_hyphen(tk, k)) {
						const struct lexw *u = px__cl_lex_word(x, tk, k + 1);
						if (u && (u->flags & LX_CARD) && u->num < 10) {
							tv += u->num;
							k += 2;
						}
					}
					frac = tv / (tv >= 10 ? 100 : 10);
					got = 2;
					break;
				} else {
					break;
				}
			}
			if (got == 0)
				break;
			cur += frac;
			flags |= PX_NUM_DECIMAL;
			j = k;
			last = L_FRAC;
			break;
		}
		/* Hyphenated fractions: "two-thirds". */
		if (last == L_UNIT && is_hyphen(tk, j))
			break;
		/* Ordinal compounds: "one hundred twenty fifth", "two hundredth". */
		{
			double ov = 0;
			size_t u = ordinal_word(x, tk, j, lim, &ov);
			if (u > 0 && ((last == L_HUNDRED || last == L_SCALE) ||
				      (last == L_TENS && ov < 10 && total + cur >= 100)) &&
			    ov < 100) {
				n->value = total + cur + ov;
				n->flags = flags | PX_NUM_ORDINAL | PX_NUM_WORDS;
				finish(tk, n, t0, j + u);
				return 1;
			}
			if (u > 0 && ov >= 100 && (last == L_UNIT || last == L_TEEN || last == L_TENS) &&
			    total == 0) {
				n->value = cur * ov;
				n->flags = flags | PX_NUM_ORDINAL | PX_NUM_WORDS;
				finish(tk, n, t0, j + u);
				return 1;
			}
		}
		break;
	}
	/* A hyphen between a unit and a fraction word: "two-thirds". */
	if (any && last == L_UNIT && j + 1 < lim && is_hyphen(tk, j) && !(tk->t[j].flags & TF_SPACE)) {
		double d = 0;
		size_t u = 0;
		const struct lexw *fw = px__cl_lex_word(x, tk, j + 1);
		if (plural_ord(x, tk, j + 1, lim, &d, &u) ||
		    (fw && (fw->flags & LX_FRAC) && (d = fw->num) > 0 && (u = 1)) ||
		    (cur == 1 && (u = ordinal_word(x, tk, j + 1, lim, &d)) > 0 && d >= 3)) {
			n->value = (total + cur) / d;
			n->flags = flags | PX_NUM_FRACTION | PX_NUM_WORDS;
			finish(tk, n, t0, j + 1 + u);
			return 1;
		}
	}
	if (last == L_AND) {
		/* a dangling "and" is not part of the number */
		j--;
	}
	if (!any) {
		double ov = 0;
		size_t u = ordinal_word(x, tk, i, lim, &ov);
		if (u > 0) {
			n->value = ov;
			n->flags = PX_NUM_WORDS | PX_NUM_ORDINAL;
			finish(tk, n, i, i + u);
			return 1;
		}
		return 0;
	}
	/* "the one you mentioned", "which one": a pronoun, not a number */
	if (j == i + 1 && px__cl_tok_is(tk, i, "one") && i > 0 &&
	    (px__cl_tok_is(tk, i - 1, "the") || px__cl_tok_is(tk, i - 1, "this") ||
	     px__cl_tok_is(tk, i - 1, "that") || px__cl_tok_is(tk, i - 1, "which") ||
	     px__cl_tok_is(tk, i - 1, "each") || px__cl_tok_is(tk, i - 1, "any") ||
	     px__cl_tok_is(tk, i - 1, "every") || px__cl_tok_is(tk, i - 1, "no") ||
	     px__cl_tok_is(tk, i - 1, "another") || px__cl_tok_is(tk, i - 1, "someone") ||
	     px__cl_tok_is(tk, i - 1, "everyone") || px__cl_tok_is(tk, i - 1, "anyone")))
		return 0;
	n->value = total + cur;
	n->flags = flags;
	n->scale = last_scale >= 1000 && cur == 0 ? last_scale : 0;
	finish(tk, n, t0, j);
	return 1;
}

/*
 * A number, then "A out of B" and "A in B" read as the fraction A/B when A
 * is a whole number below B ("one in five Americans", "7 out of 10"); "12
 * out of 10" and "8 in 2019" stay two numbers.
 */
int
px__cl_num_at(const struct px_extractor *x, const struct toks *tk, size_t i,
	      size_t lim, struct num *n)
{
	struct num b;
	size_t j = 0;
	int in = 0;

	if (!num_core(x, tk, i, lim, n))
		return 0;
	if (n->flags & (PX_NUM_ORDINAL | PX_NUM_RANGE | PX_NUM_FRACTION | PX_NUM_DECIMAL) ||
	    n->value < 0 || n->value > 1e15 || n->value != floor(n->value))
		return 1;
	j = n->t1;
	if (px__cl_tok_is(tk, j, "out") && px__cl_tok_is(tk, j + 1, "of"))
		j += 2;
	else if (px__cl_tok_is(tk, j, "in"))
		j += 1, in = 1;
	else if (px__cl_tok_is(tk, j, "over"))
		j += 1, in = 2;
	else
		return 1;
	if (j >= lim || !num_core(x, tk, j, lim, &b))
		return 1;
	/* "1 over 3", "2000 over 3": a fraction only when nothing is counted
	   after it ("won 3 over 2 rivals" is not one) */
	if (in == 2 && (b.value <= 0 ||
			(b.t1 < lim && tk->t[b.t1].type == T_WORD &&
			 !(px__cl_lex_flags(x, tk, b.t1) & LX_STOP)) ||
			(b.flags & (PX_NUM_ORDINAL | PX_NUM_RANGE | PX_NUM_FRACTION | PX_NUM_GLUED))))
		return 1;
	if (in != 2 && ((b.flags & (PX_NUM_ORDINAL | PX_NUM_RANGE | PX_NUM_FRACTION | PX_NUM_DECIMAL |
				    PX_NUM_GLUED)) || b.value <= n->value || b.value > 1e15 ||
			b.value != floor(b.value) || (in && (b.value > 100 || n->value > 10))))
		return 1;
	n->value = n->value / b.value;
	n->high = n->value;
	n->flags |= PX_NUM_FRACTION;
	n->t1 = b.t1;
	n->end = b.end;
	n->scale = 0;
	return 1;
}

/*
 * Relative ordinals, for px_numbers_scan only (they are positions, never
 * quantities): "last" (end+0), "next" (current+1), "previous" (current-1),
 * "current" (current+0), and the ones before the end: "penultimate", "next
 * to last", "the second to last", "the last but one", "the one before the
 * last one" (end-1). value is the offset, rel the Recognizers-style value.
 */
static int
relative_ordinal(const struct toks *tk, size_t i, struct num *n)
{
	static const struct {
		const char *w[6];
		const char *rel;
		double off;
	} pat[] = {
		{{"the", "one", "before", "the", "last", "one"}, "end-1", -1},
		{{"the", "second", "to", "last"}, "end-1", -1},
		{{"the", "last", "but", "one"}, "end-1", -1},
		{{"next", "to", "last"}, "end-1", -1},
		{{"penultimate"}, "end-1", -1},
		{{"previous", "one"}, "current-1", -1},
		{{"last"}, "end+0", 0},
		{{"next"}, "current+1", 1},
		{{"previous"}, "current-1", -1},
		{{"current"}, "current+0", 0},
	};
	size_t p = 0, k = 0;

	if (tk->t[i].type != T_WORD)
		return 0;
	for (p = 0; p < sizeof pat / sizeof pat[0]; p++) {
		for (k = 0; k < 6 && pat[p].w[k]; k++)
			if (i + k >= tk->n || !px__cl_tok_is(tk, i + k, pat[p].w[k]) ||
			    (k > 0 && (tk->t[i + k].flags & TF_NL)))
				break;
		if (k < 6 && pat[p].w[k])
			continue;
		memset(n, 0, sizeof(*n));
		n->value = pat[p].off;
		n->flags = PX_NUM_WORDS | PX_NUM_ORDINAL | PX_NUM_RELATIVE;
		n->rel = pat[p].rel;
		finish(tk, n, i, i + k);
		return 1;
	}
	return 0;
}

px_status
px_numbers_scan(const struct px_extractor *x, const char *text, size_t len,
		struct px_number **out, size_t *count)
{
	struct toks tk;
	struct px_number *arr = NULL;
	size_t n = 0, cap = 0, i = 0;
	px_status st = px__cl_toks_make(x, text, len, &tk);

	*out = NULL;
	*count = 0;
	if (st)
		return st;
	while (i < tk.n && st == PX_OK) {
		struct num nm;
		if (!px__cl_num_at(x, &tk, i, tk.n, &nm) && !relative_ordinal(&tk, i, &nm)) {
			i++;
			continue;
		}
		st = px_grow((void **)&arr, &cap, n + 1, sizeof(*arr));
		if (st)
			break;
		arr[n].start = nm.start;
		arr[n].end = nm.end;
		arr[n].value = nm.value;
		arr[n].high = nm.high;
		arr[n].flags = nm.flags;
		arr[n].rel = nm.rel;
		n++;
		i = nm.t1 > i ? nm.t1 : i + 1;
	}
	px__cl_toks_release(&tk);
	if (st) {
		px_free(arr);
		return st;
	}
	*out = arr;
	*count = n;
	return PX_OK;
}
