/*
 * Date and time claims, resolved against the article date.
 *
 * Recognised: ISO and numeric dates ("2023-11-14", "11/14/2023",
 * "14.11.2023", "20231114"), a month name between separators ("05-Aug-2016",
 * "2019/aug/01"), month-name dates ("Nov. 14, 2023", "November 14", "14
 * November", "14 nov", "the 14th of November", "Tuesday, Nov. 14", "28 June
 * in 2020", "October, 1st", "February twenty second"), a day of the
 * reference month ("the 4th", "the 21st this month"), "18 and 19 June",
 * months ("November 2023", "in November"), weekdays with or without
 * last/next/this ("Tuesday", "last Wednesday", "Tuesday of next week",
 * "next week Wednesday", "Monday 21", "Friday 5/12"), today/yesterday/
 * tomorrow/tonight, "last night", "this morning", "last week/month/year"
 * (and this/next/previous/following), "N days ago", "in N days", "N weeks
 * later", offsets from an anchor ("3 days from Tuesday", "two weeks after
 * January 15", "Monday two weeks from now"), years ("in 1979", "the 1988
 * film"), decades ("1990s") and clock times ("10 p.m.", "10:30 a.m.",
 * "22:00", "noon").
 *
 * Resolution (ref = article date): a date without a year, a bare weekday or
 * month is the most recent such day on or before ref, unless the sentence
 * has a future marker ("will", "next", "scheduled"; data/claims_words.txt),
 * then the first on or after ref ("I'll" counts as a marker); a month and
 * day in a sentence with no word of tense at all ("Pay April 15") takes the
 * nearer reading. "last X"/
 * "next X"/"this X" for a weekday name the X of the previous/next/current
 * Monday-to-Sunday week. "Feb 29" without a year takes the nearest leap
 * year in that direction; "Monday 21" the nearest month in which the 21st
 * is a Monday. A weekday or day number followed by something it could count
 * ("Monday 21 people", "Friday 7.5 percent") stays a weekday. Without a
 * ref, values stay partial: "--11-14", "Tuesday", and granularity says so.
 *
 * Tokens a date claims are marked used, so quantities never read "14" of
 * "Nov. 14" or a year as a count.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claim_internal.h"

/* 1 = Monday ... 7 = Sunday. 1970-01-01 was a Thursday. */
static int
weekday_of(int64_t day)
{
	return (int)(((day + 3) % 7 + 7) % 7) + 1;
}

static int
days_in_month(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

static int
valid_date(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static size_t
tlen(const struct toks *tk, size_t i)
{
	return tk->t[i].end - tk->t[i].start;
}

/* A plain unsigned integer token of lo..hi digits; its value or -1. */
static long
int_tok(const struct toks *tk, size_t i, size_t lo, size_t hi)
{
	size_t n = 0, k = 0;
	long v = 0;

	if (i >= tk->n || tk->t[i].type != T_NUM)
		return -1;
	n = tlen(tk, i);
	if (n < lo || n > hi)
		return -1;
	for (k = 0; k < n; k++) {
		char c = tk->text[tk->t[i].start + k];
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

static int
glued(const struct toks *tk, size_t i)
{
	return i < tk->n && !(tk->t[i].flags & TF_SPACE);
}

struct dres {
	char value[32];
	const char *gran;
	int relative;
};

/*
 * The tense a date at token i resolves with (clause_tense, else the
 * sentence's future markers), worked out on first use: most tokens tried
 * as dates start none, and the clause scan around a token costs more than
 * the tries. Neither scan reads TF_USED, so asking late gives what asking
 * first would.
 */
struct tense_memo {
	const struct px_extractor *x;
	const struct toks *tk;
	size_t t0, t1, i;
	int have_ref;
	int sent;  /* future_sentence of the sentence, or -1 until asked */
	int value; /* the tense at i, or -1 until asked */
	int tensed; /* a word of the sentence tells a tense, or -1 until asked */
};

static int tense_get(struct tense_memo *tm);

static void
emit(struct toks *tk, size_t a, size_t b, const struct dres *r,
     struct claim_sink *sink)
{
	struct px_claim *c = px__cl_sink_add(sink, PX_CLAIM_DATE, tk->t[a].start,
					  tk->t[b - 1].end);
	size_t k = 0;

	for (k = a; k < b; k++)
		tk->t[k].flags |= TF_USED;
	if (c == NULL)
		return;
	c->u.date.value = px__cl_sink_str(sink, r->value, strlen(r->value));
	c->u.date.granularity = r->gran;
	c->u.date.relative = r->relative;
}

static void
set_day(struct dres *r, int64_t day)
{
	int y = 0, m = 0, d = 0;

	px__civil_from_days(day, &y, &m, &d);
	snprintf(r->value, sizeof r->value, "%04d-%02d-%02d", y, m, d);
	r->gran = "day";
}

/* Year of a month/day without one: on or before ref, or after if future. */
static int
pick_year(const struct date_ctx *dc, int future, int m, int d)
{
	int y = 0, rm = 0, rd = 0;

	px__civil_from_days(dc->ref_day, &y, &rm, &rd);
	if (d == 0)
		d = 1;
	if (future == 2 && valid_date(y, m, d)) {
		/* a present schedule tips toward the nearer reading: "the
		   trial opens on 19 March" ahead, "hearings resume two weeks
		   after January 15" behind */
		int64_t here = px__days_from_civil(y, m, d);
		int64_t ahead = here >= dc->ref_day ? here : px__days_from_civil(y + 1, m, d);
		int64_t behind = here <= dc->ref_day ? here : px__days_from_civil(y - 1, m, d);
		if (ahead - dc->ref_day < dc->ref_day - behind)
			return here >= dc->ref_day ? y : y + 1;
		return here <= dc->ref_day ? y : y - 1;
	}
	if (!future) {
		if (m > rm || (m == rm && d > rd))
			y--;
	} else {
		if (m < rm || (m == rm && d < rd && d != 1))
			y++;
	}
	/* "Feb 29" in a common year: the leap year before (or after) */
	while (m == 2 && d == 29 && days_in_month(y, 2) == 28)
		y += future ? 1 : -1;
	return y;
}

static void
set_md(struct dres *r, const struct date_ctx *dc, int future, int y, int m, int d)
{
	if (y <= 0 && dc->ref_day != INT64_MIN) {
		y = pick_year(dc, future, m, d);
		r->relative = 1;
	}
	if (y > 0 && d > 0 && valid_date(y, m, d)) {
		snprintf(r->value, sizeof r->value, "%04d-%02d-%02d", y, m, d);
		r->gran = "day";
	} else if (y > 0 && d > 0) {
		snprintf(r->value, sizeof r->value, "%04d-%02d-%02d", y, m, d);
		r->gran = "day";
	} else if (d > 0) {
		snprintf(r->value, sizeof r->value, "--%02d-%02d", m, d);
		r->gran = "day";
	} else if (y > 0) {
		snprintf(r->value, sizeof r->value, "%04d-%02d", y, m);
		r->gran = "month";
	} else {
		snprintf(r->value, sizeof r->value, "--%02d", m);
		r->gran = "month";
	}
}

/* Day of month at i: "14", "14th", "fourteenth". Returns tokens used. */
static size_t
day_at(const struct px_extractor *x, const struct toks *tk, size_t i,
       size_t lim, int *d)
{
	long v = int_tok(tk, i, 1, 2);
	const struct lexw *w = NULL;

	if (v >= 1 && v <= 31) {
		if (i + 1 < lim && glued(tk, i + 1) &&
		    (px__cl_tok_is(tk, i + 1, "st") || px__cl_tok_is(tk, i + 1, "nd") ||
		     px__cl_tok_is(tk, i + 1, "rd") || px__cl_tok_is(tk, i + 1, "th"))) {
			*d = (int)v;
			return 2;
		}
		if (i + 1 < lim && glued(tk, i + 1) && tk->t[i + 1].type == T_WORD)
			return 0;
		*d = (int)v;
		return 1;
	}
	w = px__cl_lex_word(x, tk, i);
	if (i < lim && w && (w->flags & LX_ORD) && !(w->flags & LX_CARD) && w->num <= 31 &&
	    tk->t[i].type == T_WORD && w->num >= 1) {
		/* "twenty-first" */
		*d = (int)w->num;
		return 1;
	}
	if (i + 2 < lim && w && (w->flags & LX_CARD) && (w->num == 20 || w->num == 30) &&
	    px__cl_tok_sym(tk, i + 1, '-') && glued(tk, i + 1) && glued(tk, i + 2)) {
		const struct lexw *u = px__cl_lex_word(x, tk, i + 2);
		if (u && (u->flags & LX_ORD) && u->num < 10 && w->num + u->num <= 31) {
			*d = (int)(w->num + u->num);
			return 3;
		}
	}
	/* "twenty second" */
	if (i + 1 < lim && w && (w->flags & LX_CARD) && (w->num == 20 || w->num == 30) &&
	    tk->t[i].type == T_WORD && tk->t[i + 1].type == T_WORD) {
		const struct lexw *u = px__cl_lex_word(x, tk, i + 1);
		if (u && (u->flags & LX_ORD) && !(u->flags & LX_CARD) && u->num >= 1 && u->num < 10 &&
		    w->num + u->num <= 31) {
			*d = (int)(w->num + u->num);
			return 2;
		}
	}
	return 0;
}

/* A 4-digit year at i (1000-2999), not glued to letters. */
static long
year_at(const struct toks *tk, size_t i, size_t lim)
{
	long v = int_tok(tk, i, 4, 4);

	if (i >= lim || v < 1000 || v > 2999)
		return -1;
	if (i + 1 < lim && glued(tk, i + 1) && tk->t[i + 1].type == T_WORD)
		return -1;
	return v;
}

/* A month name at i. loose: a day number stands beside it ("14 nov",
   "feb 30"), so lower-case abbreviations count too. */
static int
month_ok2(const struct px_extractor *x, const struct toks *tk, size_t i, int *m, int loose)
{
	const struct lexw *w = px__cl_lex_word(x, tk, i);

	if (w == NULL || !(w->flags & LX_MONTH) || tk->t[i].type != T_WORD)
		return 0;
	if (loose && !(tk->t[i].flags & TF_CAP) && !px__cl_tok_is(tk, i, "march") &&
	    !px__cl_tok_is(tk, i, "may")) {
		*m = w->month;
		return 1;
	}
	/* Lower case only for full names that are not also common words. */
	if (!(tk->t[i].flags & TF_CAP) &&
	    (tlen(tk, i) < 4 || px__cl_tok_is(tk, i, "march") || px__cl_tok_is(tk, i, "august") ||
	     px__cl_tok_is(tk, i, "sept")))
		return 0;
	*m = w->month;
	return 1;
}

static int
month_ok(const struct px_extractor *x, const struct toks *tk, size_t i, int *m)
{
	return month_ok2(x, tk, i, m, 0);
}

/* Skip an abbreviation's period: "Nov." */
static size_t
after_month(const struct toks *tk, size_t i, size_t lim)
{
	if (i + 1 < lim && px__cl_tok_sym(tk, i + 1, '.') && glued(tk, i + 1))
		return i + 2;
	return i + 1;
}

static int
is_noun(const struct px_extractor *x, const struct toks *tk, size_t i)
{
	int plural = 0;

	return i < tk->n && tk->t[i].type == T_WORD &&
	       px__cl_lex_noun(x, tk->text + tk->t[i].start, tk->t[i].end - tk->t[i].start,
			       &plural) != NULL;
}

static int
future_sentence(const struct px_extractor *x, const struct toks *tk, size_t t0,
		size_t t1)
{
	size_t k = 0;

	for (k = t0; k < t1; k++) {
		if ((px__cl_lex_flags(x, tk, k) & LX_FUTURE) && !(tk->t[k].flags & TF_CAP && k == t0 && 0))
			return 1;
		/* "I'll", "we’ll": the contraction is three tokens */
		if (px__cl_tok_is(tk, k, "ll") && k > t0 && glued(tk, k) &&
		    (px__cl_tok_sym(tk, k - 1, '\'') || tlen(tk, k - 1) == 3))
			return 1;
	}
	return 0;
}

/* "in 2020", "of 1995" after a day and month: the year (*yv) and the token
   after it; else j and *yv = -1. */
static size_t
year_after_prep(const struct toks *tk, size_t j, size_t lim, long *yv)
{
	*yv = -1;
	if (j + 1 < lim && (px__cl_tok_is(tk, j, "in") || px__cl_tok_is(tk, j, "of")) &&
	    (*yv = year_at(tk, j + 1, lim)) > 0)
		return j + 2;
	*yv = -1;
	return j;
}

/* Month-name date starting at i (a month). Sets the span end. */
static int
month_date(const struct px_extractor *x, const struct toks *tk, size_t i,
	   size_t lim, int *y, int *m, int *d, size_t *end)
{
	size_t j = 0, u = 0;
	long yv = -1;

	if (!month_ok(x, tk, i, m)) {
		int dd = 0;
		size_t k = after_month(tk, i, lim);
		if (!(k < lim && tk->t[k].type == T_NUM && day_at(x, tk, k, lim, &dd) > 0 &&
		      month_ok2(x, tk, i, m, 1)))
			return 0;
	}
	j = after_month(tk, i, lim);
	*d = 0;
	*y = 0;
	if (j < lim && px__cl_tok_sym(tk, j, '/') && glued(tk, j))
		j++;
	/* "October, 1st": a comma before an ordinal day */
	if (j + 2 < lim && px__cl_tok_sym(tk, j, ',') && tk->t[j + 1].type == T_NUM &&
	    day_at(x, tk, j + 1, lim, d) == 2)
		j++;
	u = j < lim ? day_at(x, tk, j, lim, d) : 0;
	if (u > 0 && !(u == 1 && tk->t[j].type == T_NUM && j + 1 < lim &&
		       (px__cl_tok_sym(tk, j + 1, ':') || px__cl_tok_sym(tk, j + 1, '%')))) {
		j += u;
		/* ", 2023" or " 2023" */
		if (j + 1 < lim && px__cl_tok_sym(tk, j, ',') && (yv = year_at(tk, j + 1, lim)) > 0)
			j += 2;
		else if (j < lim && (yv = year_at(tk, j, lim)) > 0)
			j += 1;
		else
			j = year_after_prep(tk, j, lim, &yv);
		if (yv > 0)
			*y = (int)yv;
		*end = j;
		return 1;
	}
	*d = 0;
	/* "November 2023", "November, 2023" */
	if (j < lim && (yv = year_at(tk, j, lim)) > 0) {
		*y = (int)yv;
		*end = j + 1;
		return 1;
	}
	if (j + 1 < lim && px__cl_tok_sym(tk, j, ',') && (yv = year_at(tk, j + 1, lim)) > 0) {
		*y = (int)yv;
		*end = j + 2;
		return 1;
	}
	/* A month alone: full names only; "May" needs a preposition before it. */
	if (tlen(tk, i) >= 5 || (tlen(tk, i) == 3 && px__cl_tok_is(tk, i, "may") && i > 0 &&
				 (px__cl_tok_is(tk, i - 1, "in") || px__cl_tok_is(tk, i - 1, "since") ||
				  px__cl_tok_is(tk, i - 1, "until") || px__cl_tok_is(tk, i - 1, "early") ||
				  px__cl_tok_is(tk, i - 1, "late") || px__cl_tok_is(tk, i - 1, "mid") ||
				  px__cl_tok_is(tk, i - 1, "last") || px__cl_tok_is(tk, i - 1, "next"))) ||
	    (tlen(tk, i) == 4 && (px__cl_tok_is(tk, i, "june") || px__cl_tok_is(tk, i, "july")))) {
		if (px__cl_tok_is(tk, i, "march") && !(i > 0 && (px__cl_tok_is(tk, i - 1, "in") ||
							      px__cl_tok_is(tk, i - 1, "since") ||
							      px__cl_tok_is(tk, i - 1, "until") ||
							      px__cl_tok_is(tk, i - 1, "early") ||
							      px__cl_tok_is(tk, i - 1, "late") ||
							      px__cl_tok_is(tk, i - 1, "mid") ||
							      px__cl_tok_is(tk, i - 1, "last") ||
							      px__cl_tok_is(tk, i - 1, "next") ||
							      px__cl_tok_is(tk, i - 1, "of"))))
			return 0;
		*end = i + 1;
		return 2; /* month only */
	}
	return 0;
}

/* "14 November 2023", "14th of November", "the 14th of November". */
static int
day_month(const struct px_extractor *x, const struct toks *tk, size_t i,
	  size_t lim, int *y, int *m, int *d, size_t *end)
{
	size_t u = day_at(x, tk, i, lim, d), j = i, mo = 0;
	long yv = -1;

	if (u == 0)
		return 0;
	j += u;
	if (j < lim && px__cl_tok_is(tk, j, "of"))
		j++;
	if (j >= lim || !month_ok2(x, tk, j, m, tk->t[i].type == T_NUM))
		return 0;
	mo = j;
	j = after_month(tk, j, lim);
	*y = 0;
	if (j < lim && (yv = year_at(tk, j, lim)) > 0) {
		*y = (int)yv;
		j++;
	} else if (j + 1 < lim && px__cl_tok_sym(tk, j, ',') && (yv = year_at(tk, j + 1, lim)) > 0) {
		*y = (int)yv;
		j += 2;
	} else {
		j = year_after_prep(tk, j, lim, &yv);
		if (yv > 0)
			*y = (int)yv;
		else
			j = mo + 1; /* "19 June." : the sentence's period is not the date's */
	}
	*end = j;
	return 1;
}

/* Numeric dates: 2023-11-14, 2023/11/14, 11/14/2023, 14.11.2023, 20231114. */
static int
numeric_date(const struct toks *tk, size_t i, size_t lim, int *y, int *m,
	     int *d, size_t *end)
{
	long a = int_tok(tk, i, 1, 4), b = -1, c = -1;
	char sep = 0;

	if (a < 0) {
		/* "14.11.2023" is one number token: d{1,2} . d{1,2} . d{4} */
		if (i < lim && tk->t[i].type == T_NUM) {
			const char *p = tk->text + tk->t[i].start;
			size_t l = tlen(tk, i), k = 0, part = 0, digits = 0;
			int v[3] = {0, 0, 0}, ok = l >= 8 && l <= 10;
			for (k = 0; k < l && ok; k++) {
				if (p[k] == '.') {
					ok = digits >= 1 && part < 2;
					part++;
					digits = 0;
				} else if (p[k] >= '0' && p[k] <= '9' && digits < 4) {
					v[part] = v[part] * 10 + (p[k] - '0');
					digits++;
				} else {
					ok = 0;
				}
			}
			if (ok && part == 2 && digits == 4 && valid_date(v[2], v[1], v[0])) {
				*y = v[2];
				*m = v[1];
				*d = v[0];
				*end = i + 1;
				return 1;
			}
		}
		return 0;
	}
	if (tlen(tk, i) == 8 || (a < 0 && 0)) {
		return 0;
	}
	if (i + 4 < lim + 0 && i + 4 < tk->n && glued(tk, i + 1) && glued(tk, i + 2) &&
	    glued(tk, i + 3) && glued(tk, i + 4) &&
	    (px__cl_tok_sym(tk, i + 1, '-') || px__cl_tok_sym(tk, i + 1, '/')) &&
	    px__cl_tok_sym(tk, i + 3, tk->text[tk->t[i + 1].start])) {
		sep = tk->text[tk->t[i + 1].start];
		b = int_tok(tk, i + 2, 1, 2);
		c = int_tok(tk, i + 4, 1, 4);
		if (b < 0 || c < 0)
			return 0;
		if (i + 5 < tk->n && glued(tk, i + 5) &&
		    (tk->t[i + 5].type == T_NUM || px__cl_tok_sym(tk, i + 5, sep)))
			return 0;
		if (tlen(tk, i) == 4) {
			*y = (int)a, *m = (int)b, *d = (int)c;
		} else if (tlen(tk, i + 4) == 4 || tlen(tk, i + 4) == 2) {
			int yy = (int)c;
			if (tlen(tk, i + 4) == 2)
				yy += yy < 50 ? 2000 : 1900;
			if (sep == '-' && tlen(tk, i + 4) == 2)
				return 0;
			if (a > 12) {
				*d = (int)a, *m = (int)b;
			} else {
				*m = (int)a, *d = (int)b;
			}
			*y = yy;
		} else {
			return 0;
		}
		if (!valid_date(*y, *m, *d))
			return 0;
		*end = i + 5;
		return 1;
	}
	return 0;
}

/*
 * Three glued parts joined by one separator ("-", "/" or "."), one of them a
 * month name: "05-Aug-2016", "Sep-23-2020", "2019/aug/01", "23/Sep/2020".
 * The other two are a 4-digit year and a day.
 */
static int
mixed_date(const struct px_extractor *x, const struct toks *tk, size_t i, size_t lim, int *y,
	   int *m, int *d, size_t *end)
{
	size_t k = 0;
	char sep = 0;
	long yv = -1, dv = -1;
	int mv = 0;

	if (i + 4 >= lim || !glued(tk, i + 1) || !glued(tk, i + 2) || !glued(tk, i + 3) ||
	    !glued(tk, i + 4))
		return 0;
	if (!px__cl_tok_sym(tk, i + 1, '-') && !px__cl_tok_sym(tk, i + 1, '/') &&
	    !px__cl_tok_sym(tk, i + 1, '.'))
		return 0;
	sep = tk->text[tk->t[i + 1].start];
	if (!px__cl_tok_sym(tk, i + 3, sep))
		return 0;
	if (i + 5 < tk->n && glued(tk, i + 5) && (tk->t[i + 5].type != T_SYM || px__cl_tok_sym(tk, i + 5, sep)))
		return 0;
	for (k = i; k <= i + 4; k += 2) {
		long v = int_tok(tk, k, 1, 4);
		int mm = 0;
		if (tk->t[k].type == T_WORD && mv == 0 && month_ok2(x, tk, k, &mm, 1))
			mv = mm;
		else if (v >= 1000 && tlen(tk, k) == 4 && yv < 0)
			yv = v;
		else if (v >= 1 && v <= 31 && tlen(tk, k) <= 2 && dv < 0)
			dv = v;
		else
			return 0;
	}
	if (mv == 0 || yv < 0 || dv < 0 || !valid_date((int)yv, mv, (int)dv))
		return 0;
	*y = (int)yv;
	*m = mv;
	*d = (int)dv;
	*end = i + 5;
	return 1;
}

static int
eight_digits(const struct toks *tk, size_t i, int *y, int *m, int *d)
{
	long v = int_tok(tk, i, 8, 8);

	if (v < 0)
		return 0;
	*y = (int)(v / 10000);
	*m = (int)(v / 100 % 100);
	*d = (int)(v % 100);
	return *y >= 1900 && *y <= 2100 && valid_date(*y, *m, *d);
}

/* Whether token k is a preposition a clock time follows: "at 10 p.m.",
 * "until midnight", "shortly after 14.00". */
static int
time_prep(const struct toks *tk, size_t k)
{
	static const char *const preps[] = {"at", "by", "until", "till", "before", "after",
					    "around", "about", "from", "since", NULL};

	return px__cl_tok_among(tk, k, preps);
}

/*
 * Whether a dotted number at i ending before j reads as a clock time
 * without am/pm ("closed at 14.00 on Thursday", "touched down at 22.50 on
 * Sunday", "at 3.30 this morning"): a time preposition before it and a day
 * or a time zone after it. A price says neither ("rose from 16.06 last
 * month", "closed at 14.50 pence").
 */
static int
dotted_clock_context(const struct px_extractor *x, const struct toks *tk, size_t i, size_t j,
		     size_t lim, long h)
{
	static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};
	static const char *const zones[] = {"gmt", "utc", "bst", "cet", "cest", "hours", "hrs", NULL};
	static const char *const market[] = {"close", "closed", "closing", "trade", "traded",
					     "trading", "stood", "stand", "ended", "finished",
					     "opened", "priced", "valued", "fixed", "settled", "sold",
					     "bought", "peaked", "rose", "fell", NULL};

	if (i == 0 || j >= lim || !time_prep(tk, i - 1))
		return 0;
	/* "sent both of its boats to sea at 14.40 after the alarm": an hour
	 * past noon then a clause word, unless a price is told ("closed at
	 * 14.40 after a volatile session") */
	if (h >= 13 && h <= 23 && !(i >= 2 && px__cl_tok_among(tk, i - 2, market))) {
		size_t k = j + (px__cl_tok_sym(tk, j, ',') && j + 1 < lim); /* "at 14.40, and" */
		if (tk->t[k].type == T_WORD && !(tk->t[k].flags & TF_CAP) &&
		    (px__cl_lex_flags(x, tk, k) & LX_STOP) && !px__cl_tok_is(tk, k, "per") &&
		    !(px__cl_lex_flags(x, tk, k) & LX_ART))
			return 1;
	}
	if (px__cl_lex_flags(x, tk, j) & LX_RELDATE)
		return 1; /* "yesterday", "tonight" */
	if (px__cl_tok_among(tk, j, zones))
		return 1;
	if (j + 1 >= lim)
		return 0;
	if (px__cl_tok_is(tk, j, "local") && px__cl_tok_is(tk, j + 1, "time"))
		return 1;
	if (px__cl_tok_is(tk, j, "on") && (px__cl_lex_flags(x, tk, j + 1) & LX_WEEKDAY))
		return 1;
	return px__cl_tok_is(tk, j, "this") && px__cl_tok_among(tk, j + 1, parts);
}

/* Clock time at i: "10 p.m.", "10:30 a.m.", "22:00", "10pm", "14.00 on
   Thursday". */
static int
clock_at(const struct px_extractor *x, const struct toks *tk, size_t i, size_t lim, int *hh,
	 int *mm, size_t *end)
{
	long h = int_tok(tk, i, 1, 2), mi = 0;
	size_t j = i + 1;
	int has_min = 0, ampm = 0, dotted = 0;

	/* "6.10am", "6.15 a.m.", "at 14.00 on Thursday": British dotted times
	   are one number token, a time only with am/pm or in the context
	   dotted_clock_context reads */
	if (h < 0 && i < lim && tk->t[i].type == T_NUM && tlen(tk, i) >= 4 && tlen(tk, i) <= 5) {
		const char *p = tk->text + tk->t[i].start;
		size_t l = tlen(tk, i);
		if (p[l - 3] == '.' && p[l - 2] >= '0' && p[l - 2] <= '5' && p[l - 1] >= '0' &&
		    p[l - 1] <= '9' && p[0] >= '0' && p[0] <= '9' && (l == 4 || (p[1] >= '0' && p[1] <= '9'))) {
			h = l == 4 ? p[0] - '0' : (p[0] - '0') * 10 + (p[1] - '0');
			mi = (p[l - 2] - '0') * 10 + (p[l - 1] - '0');
			dotted = 1;
		}
	}
	if (h < 0 || h > 24)
		return 0;
	if (j + 1 < lim && px__cl_tok_sym(tk, j, ':') && glued(tk, j) && glued(tk, j + 1)) {
		mi = int_tok(tk, j + 1, 2, 2);
		if (mi < 0 || mi > 59)
			return 0;
		has_min = 1;
		j += 2;
		/* "10:30:15" seconds are kept in the span only */
		if (j + 1 < lim && px__cl_tok_sym(tk, j, ':') && glued(tk, j) && int_tok(tk, j + 1, 2, 2) >= 0)
			j += 2;
	} else if (j < lim && (px__cl_tok_sym(tk, j, ':') || px__cl_tok_sym(tk, j, '.')) && glued(tk, j) &&
		   j + 1 < lim && tk->t[j + 1].type == T_NUM) {
		return 0;
	}
	/* a.m. / p.m. / am / pm / a.m / p.m */
	if (j < lim && (px__cl_tok_is(tk, j, "a") || px__cl_tok_is(tk, j, "p")) &&
	    j + 2 < lim && px__cl_tok_sym(tk, j + 1, '.') && glued(tk, j + 1) &&
	    px__cl_tok_is(tk, j + 2, "m") && glued(tk, j + 2)) {
		ampm = px__cl_tok_is(tk, j, "p") ? 2 : 1;
		j += 3;
		if (j < lim && px__cl_tok_sym(tk, j, '.') && glued(tk, j))
			j++;
	} else if (j < lim && (px__cl_tok_is(tk, j, "am") || px__cl_tok_is(tk, j, "pm"))) {
		ampm = px__cl_tok_is(tk, j, "pm") ? 2 : 1;
		j++;
	} else if (j < lim && px__cl_tok_is(tk, j, "o") && j + 2 < lim &&
		   (px__cl_tok_sym(tk, j + 1, '\'') ||
		    (tlen(tk, j + 1) == 3 && memcmp(tk->text + tk->t[j + 1].start, "\xe2\x80\x99", 3) == 0)) &&
		   px__cl_tok_is(tk, j + 2, "clock")) {
		j += 3;
		ampm = 3;
	}
	/* a dotted time needs am/pm, or a time preposition and a day after it */
	if (dotted && (ampm == 3 || (ampm == 0 && !dotted_clock_context(x, tk, i, j, lim, h))))
		return 0;
	if (ampm == 0 && !has_min && !dotted)
		return 0;
	if (ampm == 1 || ampm == 2) {
		if (h < 1 || h > 12)
			return 0;
		if (ampm == 2 && h != 12)
			h += 12;
		if (ampm == 1 && h == 12)
			h = 0;
	}
	if (h > 23)
		return 0;
	/* time zones stay in the span: "10 p.m. ET" */
	if (j < lim && tk->t[j].type == T_WORD && (tk->t[j].flags & TF_UPPER) &&
	    (px__cl_tok_is(tk, j, "et") || px__cl_tok_is(tk, j, "est") || px__cl_tok_is(tk, j, "edt") ||
	     px__cl_tok_is(tk, j, "gmt") || px__cl_tok_is(tk, j, "utc") || px__cl_tok_is(tk, j, "bst") ||
	     px__cl_tok_is(tk, j, "cet") || px__cl_tok_is(tk, j, "cest") || px__cl_tok_is(tk, j, "pt") ||
	     px__cl_tok_is(tk, j, "pst") || px__cl_tok_is(tk, j, "pdt") || px__cl_tok_is(tk, j, "ct") ||
	     px__cl_tok_is(tk, j, "cst") || px__cl_tok_is(tk, j, "cdt") || px__cl_tok_is(tk, j, "mt")))
		j++;
	*hh = (int)h;
	*mm = (int)mi;
	*end = j;
	return 1;
}

/* Monday of the week holding day. */
static int64_t
week_monday(int64_t day)
{
	return day - (weekday_of(day) - 1);
}

static void
set_week(struct dres *r, int64_t day)
{
	/* ISO 8601 week: the week's Thursday decides the year. */
	int64_t thu = week_monday(day) + 3;
	int y = 0, m = 0, d = 0;
	int64_t jan1 = 0;
	int wk = 0;

	px__civil_from_days(thu, &y, &m, &d);
	jan1 = px__days_from_civil(y, 1, 1);
	wk = (int)((thu - jan1) / 7) + 1;
	snprintf(r->value, sizeof r->value, "%04d-W%02d", y, wk);
	r->gran = "week";
}

/* day moved by n units (1 day, 2 week, 3 month, 4 year, 5 fortnight). */
static int64_t
add_units(int64_t day, int unit, long n)
{
	int yy = 0, mm = 0, dd = 0;
	long tot = 0;

	if (unit == 1)
		return day + n;
	if (unit == 2)
		return day + 7 * n;
	if (unit == 5)
		return day + 14 * n;
	px__civil_from_days(day, &yy, &mm, &dd);
	tot = (long)yy * 12 + (mm - 1) + (unit == 3 ? n : 12 * n);
	yy = (int)(tot / 12);
	mm = (int)(tot % 12) + 1;
	if (dd > days_in_month(yy, mm))
		dd = days_in_month(yy, mm);
	return px__days_from_civil(yy, (unsigned)mm, (unsigned)dd);
}

/* A time unit word at j: 1 day, 2 week, 3 month, 4 year, 5 fortnight; 0. */
static int
unit_at(const struct toks *tk, size_t j)
{
	if (px__cl_tok_is(tk, j, "day") || px__cl_tok_is(tk, j, "days"))
		return 1;
	if (px__cl_tok_is(tk, j, "week") || px__cl_tok_is(tk, j, "weeks"))
		return 2;
	if (px__cl_tok_is(tk, j, "month") || px__cl_tok_is(tk, j, "months"))
		return 3;
	if (px__cl_tok_is(tk, j, "year") || px__cl_tok_is(tk, j, "years"))
		return 4;
	if (px__cl_tok_is(tk, j, "fortnight") || px__cl_tok_is(tk, j, "fortnights"))
		return 5;
	return 0;
}

/* Day of a weekday wd read without last/next: the most recent on or before
   ref, or the first on or after it in a future sentence. */
static int64_t
weekday_day(int64_t ref, int wd, int future)
{
	int rw = weekday_of(ref);

	return future ? ref + (wd - rw + 7) % 7 : ref - (rw - wd + 7) % 7;
}

/*
 * An anchor day at k: today, now, tomorrow, yesterday, a weekday, or a
 * month and day ("January 15", "15 January 2024"). Sets *day and *end.
 */
static int
anchor_at(const struct px_extractor *x, const struct toks *tk, size_t k, size_t lim,
	  const struct date_ctx *dc, int future, int64_t *day, size_t *end)
{
	const struct lexw *w = k < lim ? px__cl_lex_word(x, tk, k) : NULL;
	int y = 0, m = 0, d = 0;

	if (k >= lim)
		return 0;
	if (px__cl_tok_is(tk, k, "today") || px__cl_tok_is(tk, k, "now")) {
		*day = dc->ref_day;
		*end = k + 1;
		return 1;
	}
	if (w && (w->flags & LX_RELDATE) && tk->t[k].type == T_WORD) {
		*day = dc->ref_day + w->reldate;
		*end = k + 1;
		return 1;
	}
	if (w && (w->flags & LX_WEEKDAY) && tk->t[k].type == T_WORD && tlen(tk, k) >= 6) {
		*day = weekday_day(dc->ref_day, w->weekday, future);
		*end = k + 1;
		return 1;
	}
	if ((month_date(x, tk, k, lim, &y, &m, &d, end) == 1 || day_month(x, tk, k, lim, &y, &m, &d, end)) &&
	    d > 0) {
		if (y <= 0)
			y = pick_year(dc, future, m, d);
		if (!valid_date(y, m, d))
			return 0;
		*day = px__days_from_civil(y, (unsigned)m, (unsigned)d);
		return 1;
	}
	return 0;
}

/*
 * The count of units at token i, before lim, of "3 days from Tuesday" or
 * "two weeks ago": a whole number from 0 to 999 (no ordinal or range)
 * into *n; 0 when there is none ("a"/"an" are told by the callers).
 */
static int
unit_count_at(const struct px_extractor *x, const struct toks *tk, size_t i, size_t lim,
	      struct num *n)
{
	const struct lexw *w = px__cl_lex_word(x, tk, i);

	return (tk->t[i].type == T_NUM || (w && (w->flags & LX_CARD))) &&
	       !px__cl_tok_is(tk, i, "a") && !px__cl_tok_is(tk, i, "an") &&
	       px__cl_num_at(x, tk, i, lim, n) && !(n->flags & (PX_NUM_ORDINAL | PX_NUM_RANGE)) &&
	       n->value >= 0 && n->value < 1000 && n->value == floor(n->value);
}

/*
 * "3 days from Tuesday", "two weeks after January 15", "5 days before
 * tomorrow", "two weeks from now" at i: the day it names. count is
 * unit_count_at(i, lim), NULL when it found none: the caller reads the
 * number once for this and for what else it may start.
 */
static int
offset_phrase(const struct px_extractor *x, const struct toks *tk, size_t i, size_t lim,
	      const struct num *count, const struct date_ctx *dc, struct tense_memo *tm,
	      int64_t *day, size_t *end)
{
	size_t j = i;
	long v = 1;
	int unit = 0, dir = 0;
	int64_t anchor = 0;

	/* "closed for six weeks from Monday" is a duration, not an offset */
	if (i > 0 && (px__cl_tok_is(tk, i - 1, "for") || px__cl_tok_is(tk, i - 1, "lasting")))
		return 0;
	if (px__cl_tok_is(tk, i, "a") || px__cl_tok_is(tk, i, "an")) {
		j = i + 1;
	} else if (count) {
		j = count->t1;
		v = (long)count->value;
	} else {
		return 0;
	}
	if (j + 2 > lim || (unit = unit_at(tk, j)) == 0)
		return 0;
	if (px__cl_tok_is(tk, j + 1, "from") || px__cl_tok_is(tk, j + 1, "after"))
		dir = 1;
	else if (px__cl_tok_is(tk, j + 1, "before"))
		dir = -1;
	else
		return 0;
	if (!anchor_at(x, tk, j + 2, lim, dc, tense_get(tm), &anchor, end))
		return 0;
	*day = add_units(anchor, unit, dir * v);
	return 1;
}

/* Whether tokens k, k + 1 name a week by its place: "next week" or "the
   following week" (*off 1), "last"/"previous week" (-1), "this week" (0). */
static int
week_named(const struct toks *tk, size_t k, size_t lim, int *off)
{
	if (k + 1 >= lim || !px__cl_tok_is(tk, k + 1, "week"))
		return 0;
	if (px__cl_tok_is(tk, k, "next") || px__cl_tok_is(tk, k, "following"))
		*off = 1;
	else if (px__cl_tok_is(tk, k, "last") || px__cl_tok_is(tk, k, "previous"))
		*off = -1;
	else if (px__cl_tok_is(tk, k, "this"))
		*off = 0;
	else
		return 0;
	return 1;
}

/* The year of month m, day d nearest the reference day ref, within a
   year either side, on which that day is weekday wd (any day when wd is
   0); 0 when there is none. "Wednesday 14 May" in a paper of 16 May 2025
   is 14 May 2025, whether the verb before it looks ahead or back; "this
   Friday 7.6" is the nearest 7 June. */
static int
nearest_year(int64_t ref, int m, int d, int wd)
{
	int ry = 0, rm = 0, rd = 0, y = 0, best = 0;
	int64_t dist = INT64_MAX;

	px__civil_from_days(ref, &ry, &rm, &rd);
	for (y = ry - 1; y <= ry + 1; y++) {
		int64_t day = 0;
		if (!valid_date(y, m, d))
			continue;
		day = px__days_from_civil(y, (unsigned)m, (unsigned)d);
		if ((wd == 0 || weekday_of(day) == wd) && (day > ref ? day - ref : ref - day) < dist) {
			dist = day > ref ? day - ref : ref - day;
			best = y;
		}
	}
	return best;
}

/*
 * What may follow a weekday wd (with its last/this/next mod) at token j:
 * "of next week", "of the following week", "last week" ("Wednesday last
 * week": the Wednesday of the week before the reference day's); a day of
 * the month ("Monday 21", "Wed 13th": the nearest month where that day is
 * that weekday); a
 * month/day in figures ("Friday 5/12", "Friday 7.6"); "two weeks from now"
 * (the weekday of that week). Sets r and *end.
 */
static int
weekday_more(const struct px_extractor *x, const struct toks *tk, size_t j, size_t lim,
	     const struct date_ctx *dc, struct tense_memo *tm, int wd, int mod, struct dres *r,
	     size_t *end)
{
	int future = tense_get(tm);
	int64_t ref = dc->ref_day, day = 0;
	int d = 0, y = 0, m = 0, k = 0;
	struct num count;
	size_t u = 0;

	if (j >= lim)
		return 0;
	/* "of next week", "of the following week", and without "of":
	   "Wednesday last week", "Friday next week" */
	{
		int off = 0, of = px__cl_tok_is(tk, j, "of");
		size_t k2 = of ? j + 1 : j;
		if (of && px__cl_tok_is(tk, k2, "the"))
			k2++;
		if (week_named(tk, k2, lim, &off)) {
			set_day(r, week_monday(ref) + 7 * off + (wd - 1));
			*end = k2 + 2;
			return 1;
		}
		if (of)
			return 0;
	}
	/* "5/12", "7.6": month and day in figures; never a count or a figure
	   with a unit ("Monday 21 people", "Friday 7.5 percent") */
	if (tk->t[j].type == T_NUM) {
		const char *p = tk->text + tk->t[j].start;
		size_t l = tlen(tk, j);
		long a = -1, b = -1;
		if (l >= 3 && l <= 5 && memchr(p, '.', l) != NULL) {
			char buf[8];
			char *dot = NULL;
			memcpy(buf, p, l);
			buf[l] = '\0';
			dot = strchr(buf, '.');
			*dot = '\0';
			a = strtol(buf, NULL, 10);
			b = strtol(dot + 1, NULL, 10);
			u = 1;
		} else if (j + 2 < lim && px__cl_tok_sym(tk, j + 1, '/') && glued(tk, j + 1) &&
			   glued(tk, j + 2) && !(j + 3 < tk->n && glued(tk, j + 3) &&
						 px__cl_tok_sym(tk, j + 3, '/'))) {
			a = int_tok(tk, j, 1, 2);
			b = int_tok(tk, j + 2, 1, 2);
			u = 3;
		}
		if (u > 0 && j + u < lim && (tk->t[j + u].type != T_SYM || px__cl_tok_sym(tk, j + u, '%')))
			u = 0;
		if (u > 0 && a >= 1 && a <= 12 && b >= 1 && b <= 31) {
			m = (int)a;
			d = (int)b;
			if (mod) {
				/* "this Friday 7.6": the nearest such date */
				y = nearest_year(ref, m, d, 0);
				if (y == 0)
					return 0;
				set_day(r, px__days_from_civil(y, (unsigned)m, (unsigned)d));
			} else {
				set_md(r, dc, future, 0, m, d);
			}
			*end = j + u;
			return 1;
		}
		u = day_at(x, tk, j, lim, &d);
		if (u > 0 && !(j + u < lim && (tk->t[j + u].type != T_SYM || px__cl_tok_sym(tk, j + u, '%') ||
					       px__cl_tok_sym(tk, j + u, '-') || px__cl_tok_sym(tk, j + u, ':')))) {
			/* the nearest month, backwards (forwards when future),
			   where day d falls on weekday wd */
			int ry = 0, rm = 0, rd = 0;
			px__civil_from_days(ref, &ry, &rm, &rd);
			for (k = 0; k < 36; k++) {
				int yy = ry, mm = rm + (future ? k : -k);
				while (mm < 1) {
					mm += 12;
					yy--;
				}
				while (mm > 12) {
					mm -= 12;
					yy++;
				}
				if (!valid_date(yy, mm, d))
					continue;
				day = px__days_from_civil(yy, (unsigned)mm, (unsigned)d);
				if ((future && day < ref) || (!future && day > ref) || weekday_of(day) != wd)
					continue;
				set_day(r, day);
				*end = j + u;
				return 1;
			}
			return 0;
		}
	}
	/* "Monday two weeks from now" */
	if (offset_phrase(x, tk, j, lim, unit_count_at(x, tk, j, lim, &count) ? &count : NULL, dc,
			  tm, &day, end)) {
		set_day(r, week_monday(day) + (wd - 1));
		return 1;
	}
	return 0;
}

static const char *const wd_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
				       "Friday", "Saturday", "Sunday"};

/*
 * Tense of the clause a date stands in. A clause ends at ; : ( ) a dash, a
 * quote mark, a comma, or a word that opens another clause ("that",
 * "which", "but", ...). A marker right after the date decides ("June 12
 * last year"); else the nearest one before the date (English puts the
 * verb before the date adverbial); else the nearest one after it:
 *   +1  a future marker (data/claims_words.txt "future": will, shall, 'll,
 *       due, scheduled, expected, plans, set/going/slated/poised to);
 *   +2  a present-tense verb of a schedule ("schedule": is, are, stays,
 *       remain, begins, reopens, meets, ...: "schools stay closed until
 *       Monday", "the vote is on Tuesday"): a weekday ahead, a month/day
 *       whichever of the two readings is nearer (pick_year);
 *   -1  a past marker ("past": was, said, met, since, ago, ...) or a word
 *       in -ed that is not a participle after a copula or a schedule verb
 *       ("stay closed" is not past);
 *    0  none: the caller falls back on the sentence's future markers.
 * A date that opens the sentence ("On Monday, the council will vote")
 * reads its clause across the comma that closes the fronted phrase.
 */
static int
clause_end(const struct px_extractor *x, const struct toks *tk, size_t k)
{
	static const char *const w[] = {"that", "which", "who", "but", "while", "because",
					"although", "though", "whereas", "whom", "whose", NULL};
	size_t n = tk->t[k].end - tk->t[k].start;
	const char *s = tk->text + tk->t[k].start;

	(void)x;
	if (tk->t[k].type == T_SYM)
		return strchr(",;:()\"", s[0]) != NULL ||
		       (n == 3 && (memcmp(s, "\xe2\x80\x94", 3) == 0 ||
				   memcmp(s, "\xe2\x80\x93", 3) == 0 ||
				   memcmp(s, "\xe2\x80\x9c", 3) == 0 ||
				   memcmp(s, "\xe2\x80\x9d", 3) == 0));
	return px__cl_tok_among(tk, k, w);
}

/* A word in -ed read as a past verb: not after a copula, a schedule verb
   or an auxiliary ("are closed", "stay shut", "will be delayed"), and not
   one of the -ed words that are no verbs ("hundred", "need"). */
static int
past_ed(const struct px_extractor *x, const struct toks *tk, size_t k, size_t t0)
{
	static const char *const adj_before[] = {"be", "been", "being", "get", "gets", "to",
						 "remain", "remains", "stay", "stays", "is",
						 "are", "will", "not", NULL};
	size_t n = tk->t[k].end - tk->t[k].start, m = 0;
	const char *s = tk->text + tk->t[k].start;

	if (tk->t[k].type != T_WORD || n < 5 || (tk->t[k].flags & TF_CAP) || s[n - 2] != 'e' ||
	    s[n - 1] != 'd' || s[n - 3] == 'e' || px__cl_tok_is(tk, k, "hundred"))
		return 0;
	if (px__cl_lex_flags(x, tk, k) & (LX_FUTURE | LX_SCHED))
		return 0;
	/* "will be formally completed": adverbs in between are skipped */
	while (k > t0 + 1 && tk->t[k - 1].type == T_WORD && tlen(tk, k - 1) > 3 &&
	       memcmp(tk->text + tk->t[k - 1].end - 2, "ly", 2) == 0)
		k--;
	if (k > t0)
		for (m = 0; adj_before[m]; m++)
			if (px__cl_tok_is(tk, k - 1, adj_before[m]))
				return 0;
	return 1;
}

static int
tense_at(const struct px_extractor *x, const struct toks *tk, size_t k, size_t t0)
{
	uint32_t fl = px__cl_lex_flags(x, tk, k);

	if (fl & LX_FUTURE)
		return 1;
	/* "the pool is to close from early September", "are to be
	   replaced": an arrangement to come ("is to blame" is none) */
	if ((px__cl_tok_is(tk, k, "is") || px__cl_tok_is(tk, k, "are")) && k + 2 < tk->n &&
	    px__cl_tok_is(tk, k + 1, "to") && tk->t[k + 2].type == T_WORD &&
	    !(tk->t[k + 2].flags & TF_CAP) && !px__cl_tok_is(tk, k + 2, "blame"))
		return 1;
	if (fl & LX_SCHED)
		return 2;
	/* "is set to", "going to" */
	if ((px__cl_tok_is(tk, k, "set") || px__cl_tok_is(tk, k, "going")) && k + 1 < tk->n &&
	    px__cl_tok_is(tk, k + 1, "to"))
		return 1;
	if ((fl & LX_PAST) || past_ed(x, tk, k, t0))
		return -1;
	/* "I'll", "we’ll": the contraction is three tokens */
	if (px__cl_tok_is(tk, k, "ll") && k > t0 && glued(tk, k) &&
	    (px__cl_tok_sym(tk, k - 1, '\'') || tlen(tk, k - 1) == 3))
		return 1;
	return 0;
}

/* Whether token k belongs to a date phrase (skipped when reading forward
   from the date's first token). */
static int
date_part(const struct px_extractor *x, const struct toks *tk, size_t k)
{
	return tk->t[k].type == T_NUM || px__cl_tok_sym(tk, k, '.') ||
	       (px__cl_lex_flags(x, tk, k) & (LX_MONTH | LX_WEEKDAY | LX_CARD | LX_ORD)) ||
	       px__cl_tok_is(tk, k, "of");
}

static int
clause_tense(const struct px_extractor *x, const struct toks *tk, size_t t0, size_t t1,
	     size_t i)
{
	size_t b = i, f = i + 1, bd = 0, fd = 0, steps = 0;
	int bt = 0, ft = 0, fronted = 0;

	/* backwards to the clause start */
	while (bt == 0 && steps++ < 40) {
		if (b == t0) {
			fronted = 1;
			break;
		}
		b--;
		bd++;
		if (clause_end(x, tk, b))
			break;
		bt = tense_at(x, tk, b, t0);
	}
	/* forwards past the date's own words ("Tuesday, Nov. 14,") */
	while (f < t1 && date_part(x, tk, f) && !px__cl_tok_sym(tk, f, ','))
		f++;
	while (f < t1 && px__cl_tok_sym(tk, f, ',') && f + 1 < t1 && date_part(x, tk, f + 1)) {
		f++;
		while (f < t1 && date_part(x, tk, f) && !px__cl_tok_sym(tk, f, ','))
			f++;
	}
	/* "June 12 last year", "Monday next week": a marker right after the
	   date is part of it and decides first */
	if (f < t1 && (px__cl_lex_flags(x, tk, f) & (LX_PAST | LX_FUTURE)))
		return (px__cl_lex_flags(x, tk, f) & LX_FUTURE) ? 1 : -1;
	steps = 0;
	while (ft == 0 && f < t1 && steps++ < 40) {
		fd++;
		if (clause_end(x, tk, f)) {
			/* a fronted date phrase: its clause follows the comma */
			if (!(fronted && px__cl_tok_sym(tk, f, ',')))
				break;
			fronted = 0;
		} else if (!px__cl_tok_is(tk, f, "is") && !px__cl_tok_is(tk, f, "are")) {
			/* a copula after the date describes it now ("the crash on
			   Sunday is the worst"), it schedules nothing */
			ft = tense_at(x, tk, f, t0);
		}
		f++;
	}
	/* English puts the verb before the date adverbial ("crashed ... on
	   Sunday, on a planned flight"): a marker before the date wins */
	(void)bd;
	(void)fd;
	return bt != 0 ? bt : ft;
}

/*
 * The tense a month and day without a year resolve with: tense_get(), but
 * the nearer of the two readings (2, as a schedule) when no word of the
 * sentence tells any tense: a notice's label lines ("Pay April 15",
 * "Record March 31" in a paper of 18 March) name days ahead as often as
 * behind.
 */
static int
md_tense(struct tense_memo *tm)
{
	int f = tense_get(tm);
	size_t k = 0;

	if (f != 0 || !tm->have_ref)
		return f;
	if (tm->tensed < 0)
		for (k = tm->t0, tm->tensed = 0; k < tm->t1 && !tm->tensed; k++)
			tm->tensed = tense_at(tm->x, tm->tk, k, tm->t0) != 0;
	return tm->tensed ? f : 2;
}

static int
tense_get(struct tense_memo *tm)
{
	if (tm->value < 0) {
		int f = tm->have_ref ? clause_tense(tm->x, tm->tk, tm->t0, tm->t1, tm->i) : 0;
		if (f == 0) {
			if (tm->sent < 0)
				tm->sent = future_sentence(tm->x, tm->tk, tm->t0, tm->t1);
			f = tm->sent != 0;
		} else if (f < 0) {
			f = 0;
		}
		tm->value = f;
	}
	return tm->value;
}

void
px__cl_dates_sentence(const struct px_extractor *x, struct toks *tk, size_t t0,
		   size_t t1, const struct date_ctx *dc, struct claim_sink *sink)
{
	size_t i = t0;
	int have_ref = dc->ref_day != INT64_MIN;
	struct tense_memo tm;

	tm.x = x;
	tm.tk = tk;
	tm.t0 = t0;
	tm.t1 = t1;
	tm.i = t0;
	tm.have_ref = have_ref;
	tm.sent = -1;
	tm.value = -1;
	tm.tensed = -1;

	while (i < t1) {
		/* the token's own copy of its flags: no lexicon entry is read
		   and no local set up for the words skipped here */
		if ((tk->t[i].flags & TF_USED) ||
		    (tk->t[i].type != T_NUM &&
		     !(px__cl_lex_flags(x, tk, i) & (LX_MONTH | LX_WEEKDAY | LX_RELDATE | LX_DATEWORD |
						     LX_CARD | LX_ORD | LX_ART)))) {
			i++;
			continue;
		}
		struct dres r;
		int y = 0, m = 0, d = 0, hh = 0, mi = 0, k = 0;
		size_t end = i;
		const struct lexw *w = px__cl_lex_word(x, tk, i);
		struct num count_at_i;
		const struct num *count = NULL; /* unit_count_at(i), once read */
		int article = 0;                /* token i is "a" or "an" */

		/* "a"/"an" with no other date flag opens only an offset ("a
		   week ago", "a week from Tuesday"): a time unit must follow */
		if (!(px__cl_lex_flags(x, tk, i) & (LX_MONTH | LX_WEEKDAY | LX_RELDATE | LX_DATEWORD |
						    LX_CARD | LX_ORD)) &&
		    tk->t[i].type == T_WORD && (!have_ref || unit_at(tk, i + 1) == 0)) {
			i++;
			continue;
		}
		memset(&r, 0, sizeof r);
		/* the tense of the date's own clause, else the sentence's,
		   when a date needs it */
		tm.i = i;
		tm.value = -1;
		/* Weekday, maybe with last/next/this, maybe before a date. */
		if (w && (w->flags & LX_WEEKDAY) && ((tk->t[i].flags & TF_CAP) || tlen(tk, i) >= 6) &&
		    tk->t[i].type == T_WORD &&
		    (tlen(tk, i) > 3 || (i + 1 < t1 && px__cl_tok_sym(tk, i + 1, '.')) ||
		     (i + 1 < t1 && (px__cl_lex_flags(x, tk, i + 1) & LX_MONTH)) ||
		     (i + 1 < t1 && int_tok(tk, i + 1, 1, 2) > 0))) {
			size_t a = i, j = i + 1, e2 = 0;
			int wd = w->weekday, mod = 0;
			if (j < t1 && px__cl_tok_sym(tk, j, '.') && glued(tk, j) && tlen(tk, i) <= 4)
				j++;
			/* "Tuesday, Nov. 14" / "Tuesday 14 November" */
			{
				size_t jj = j;
				if (jj < t1 && px__cl_tok_sym(tk, jj, ','))
					jj++;
				if ((k = month_date(x, tk, jj, t1, &y, &m, &d, &e2)) == 1 ||
				    day_month(x, tk, jj, t1, &y, &m, &d, &e2)) {
					int inferred = y <= 0 && d > 0 && have_ref &&
						       (y = nearest_year(dc->ref_day, m, d, wd)) > 0;
					set_md(&r, dc, md_tense(&tm), y, m, d);
					if (inferred)
						r.relative = 1;
					emit(tk, a, e2, &r, sink);
					i = e2;
					continue;
				}
			}
			if (a > t0) {
				if (px__cl_tok_is(tk, a - 1, "last") || px__cl_tok_is(tk, a - 1, "previous"))
					mod = -1;
				else if (px__cl_tok_is(tk, a - 1, "next") || px__cl_tok_is(tk, a - 1, "coming") ||
					 px__cl_tok_is(tk, a - 1, "following"))
					mod = 1;
				else if (px__cl_tok_is(tk, a - 1, "this"))
					mod = 2;
				else if (px__cl_tok_is(tk, a - 1, "past"))
					mod = 3;
				if (mod && !(tk->t[a - 1].flags & TF_USED))
					a--;
				else
					mod = 0;
				if (mod == 3 && a > t0 && px__cl_tok_is(tk, a - 1, "this"))
					a--;
			}
			if (have_ref && weekday_more(x, tk, j, t1, dc, &tm, wd, mod, &r, &e2)) {
				r.relative = 1;
				emit(tk, a, e2, &r, sink);
				i = e2;
				continue;
			}
			if (!have_ref) {
				snprintf(r.value, sizeof r.value, "%s", wd_names[wd - 1]);
				r.gran = "weekday";
			} else {
				int64_t day = 0, ref = dc->ref_day;
				int rw = weekday_of(ref);
				if (mod == -1)
					day = week_monday(ref) - 7 + (wd - 1);
				else if (mod == 1)
					day = week_monday(ref) + 7 + (wd - 1);
				else if (mod == 2)
					day = week_monday(ref) + (wd - 1);
				else if (mod == 3)
					day = ref - ((rw - wd + 7) % 7 == 0 ? 7 : (rw - wd + 7) % 7);
				else if (tense_get(&tm))
					day = ref + (wd - rw + 7) % 7;
				else
					day = ref - (rw - wd + 7) % 7;
				set_day(&r, day);
				r.relative = 1;
			}
			emit(tk, a, j, &r, sink);
			i = j;
			continue;
		}
		/* today, yesterday, tomorrow, tonight */
		if (w && (w->flags & LX_RELDATE) && tk->t[i].type == T_WORD) {
			if (have_ref) {
				set_day(&r, dc->ref_day + w->reldate);
			} else {
				snprintf(r.value, sizeof r.value, "%.*s", (int)tlen(tk, i),
					 tk->text + tk->t[i].start);
				for (k = 0; r.value[k]; k++)
					if (r.value[k] >= 'A' && r.value[k] <= 'Z')
						r.value[k] = (char)(r.value[k] + 32);
				r.gran = "day";
			}
			r.relative = 1;
			emit(tk, i, i + 1, &r, sink);
			i++;
			continue;
		}
		/* last night, this morning; last/this/next week, month, year */
		if ((px__cl_tok_is(tk, i, "last") || px__cl_tok_is(tk, i, "this") ||
		     px__cl_tok_is(tk, i, "next") || px__cl_tok_is(tk, i, "previous") ||
		     px__cl_tok_is(tk, i, "following")) &&
		    i + 1 < t1 && have_ref) {
			int off = (px__cl_tok_is(tk, i, "last") || px__cl_tok_is(tk, i, "previous")) ? -1
				  : (px__cl_tok_is(tk, i, "next") || px__cl_tok_is(tk, i, "following")) ? 1
													: 0;
			size_t j = i + 1;
			int done = 1;
			int yy = 0, mm = 0, dd = 0;
			px__civil_from_days(dc->ref_day, &yy, &mm, &dd);
			if (px__cl_tok_is(tk, j, "night") && off == -1) {
				set_day(&r, dc->ref_day - 1);
			} else if ((px__cl_tok_is(tk, j, "morning") || px__cl_tok_is(tk, j, "afternoon") ||
				    px__cl_tok_is(tk, j, "evening")) && off == 0) {
				set_day(&r, dc->ref_day);
			} else if (px__cl_tok_is(tk, j, "week")) {
				/* "next week Wednesday", "this week - Monday" */
				size_t k2 = j + 1;
				const struct lexw *wk = NULL;
				if (k2 < t1 && (px__cl_tok_sym(tk, k2, '-') || px__cl_tok_sym(tk, k2, ',')))
					k2++;
				wk = k2 < t1 ? px__cl_lex_word(x, tk, k2) : NULL;
				if (wk && (wk->flags & LX_WEEKDAY) && tk->t[k2].type == T_WORD && tlen(tk, k2) >= 6) {
					set_day(&r, week_monday(dc->ref_day) + 7 * off + (wk->weekday - 1));
					j = k2;
				} else {
					set_week(&r, dc->ref_day + 7 * off);
				}
			} else if (px__cl_tok_is(tk, j, "month")) {
				mm += off;
				if (mm < 1)
					mm = 12, yy--;
				if (mm > 12)
					mm = 1, yy++;
				snprintf(r.value, sizeof r.value, "%04d-%02d", yy, mm);
				r.gran = "month";
			} else if (px__cl_tok_is(tk, j, "year")) {
				snprintf(r.value, sizeof r.value, "%04d", yy + off);
				r.gran = "year";
			} else {
				done = 0;
			}
			if (done) {
				size_t a = i;
				if (a > t0 && (px__cl_tok_is(tk, a - 1, "earlier") || px__cl_tok_is(tk, a - 1, "later")) &&
				    off == 0)
					a--;
				r.relative = 1;
				emit(tk, a, j + 1, &r, sink);
				i = j + 1;
				continue;
			}
		}
		/* "3 days from Tuesday", "two weeks after January 15"; the
		   number is read once for this and the next rule */
		if (have_ref && unit_count_at(x, tk, i, t1, &count_at_i))
			count = &count_at_i;
		article = px__cl_tok_is(tk, i, "a") || px__cl_tok_is(tk, i, "an");
		if (have_ref && (count || article)) {
			int64_t day = 0;
			if (offset_phrase(x, tk, i, t1, count, dc, &tm, &day, &end)) {
				set_day(&r, day);
				r.relative = 1;
				emit(tk, i, end, &r, sink);
				i = end;
				continue;
			}
		}
		/* N days/weeks/months/years ago; in N days; N weeks later. */
		if (have_ref && (count || article)) {
			size_t j = article ? i + 1 : count->t1;
			double v = article ? 1 : count->value;
			if (j + 1 < t1) {
				int unit = 0; /* 1 day 2 week 3 month 4 year 5 fortnight */
				if (px__cl_tok_is(tk, j, "day") || px__cl_tok_is(tk, j, "days"))
					unit = 1;
				else if (px__cl_tok_is(tk, j, "week") || px__cl_tok_is(tk, j, "weeks"))
					unit = 2;
				else if (px__cl_tok_is(tk, j, "month") || px__cl_tok_is(tk, j, "months"))
					unit = 3;
				else if (px__cl_tok_is(tk, j, "year") || px__cl_tok_is(tk, j, "years"))
					unit = 4;
				else if (px__cl_tok_is(tk, j, "fortnight"))
					unit = 5;
				if (unit) {
					int dir = 0;
					size_t a = i, e = j + 1;
					if (px__cl_tok_is(tk, j + 1, "ago") || px__cl_tok_is(tk, j + 1, "earlier") ||
					    px__cl_tok_is(tk, j + 1, "before"))
						dir = -1;
					else if (px__cl_tok_is(tk, j + 1, "later") || px__cl_tok_is(tk, j + 1, "hence"))
						dir = 1;
					if (dir)
						e = j + 2;
					/* "in a fortnight" is a day ahead, but a
					   span in a past clause ("had lost 30
					   colonies in a fortnight", "rose two
					   metres in a week") */
					if (!dir && i > t0 && px__cl_tok_is(tk, i - 1, "in") &&
					    !(j + 1 < t1 && (px__cl_tok_is(tk, j + 1, "of") ||
							     is_noun(x, tk, j + 1))) &&
					    clause_tense(x, tk, t0, t1, i - 1) >= 0) {
						dir = 1;
						a = i - 1;
					}
					if (px__cl_tok_is(tk, j + 1, "before") && j + 2 < t1 &&
					    !px__cl_tok_is(tk, j + 2, "that"))
						dir = 0;
					/* "will close for 14 weeks later this year":
					   after "for" a span, not a day */
					if (dir && i > t0 && px__cl_tok_is(tk, i - 1, "for"))
						dir = 0;
					if (dir) {
						int64_t day = dc->ref_day;
						int yy = 0, mm = 0, dd = 0;
						long nv = (long)v;
						px__civil_from_days(day, &yy, &mm, &dd);
						if (unit == 1)
							day += dir * nv;
						else if (unit == 2)
							day += dir * 7 * nv;
						else if (unit == 5)
							day += dir * 14 * nv;
						if (unit == 3 || unit == 4) {
							long months = (unit == 3 ? nv : 12 * nv) * dir;
							long tot = (long)yy * 12 + (mm - 1) + months;
							yy = (int)(tot / 12);
							mm = (int)(tot % 12) + 1;
							if (dd > days_in_month(yy, mm))
								dd = days_in_month(yy, mm);
							day = px__days_from_civil(yy, (unsigned)mm, (unsigned)dd);
						}
						set_day(&r, day);
						if (unit == 4) {
							snprintf(r.value, sizeof r.value, "%04d", yy);
							r.gran = "year";
						}
						r.relative = 1;
						emit(tk, a, e, &r, sink);
						i = e;
						continue;
					}
				}
			}
		}
		/* Month-name dates and months. */
		if ((k = month_date(x, tk, i, t1, &y, &m, &d, &end)) != 0) {
			size_t a = i;
			if (k == 2) {
				if (y == 0 && have_ref) {
					y = pick_year(dc, tense_get(&tm), m, 0);
					r.relative = 1;
				}
				set_md(&r, dc, tense_get(&tm), y, m, 0);
			} else {
				set_md(&r, dc, md_tense(&tm), y, m, d);
			}
			emit(tk, a, end, &r, sink);
			i = end;
			continue;
		}
		/* "the 4th", "the 21st (of) this month": a day of the reference month,
		   only when nothing that it could count or rank follows */
		if (have_ref && i > t0 && px__cl_tok_is(tk, i - 1, "the") && tk->t[i].type == T_NUM &&
		    day_at(x, tk, i, t1, &d) == 2) {
			size_t j = i + 2;
			int ok = j >= t1 || (tk->t[j].type == T_SYM && !px__cl_tok_sym(tk, j, '-'));
			int ry = 0, rm = 0, rd = 0, off = 0, fixed = 0;
			if (!ok && j + 1 < t1 && px__cl_tok_is(tk, j, "of"))
				j++;
			if (!ok && j + 1 < t1 && px__cl_tok_is(tk, j + 1, "month") &&
			    (px__cl_tok_is(tk, j, "this") || px__cl_tok_is(tk, j, "next") ||
			     px__cl_tok_is(tk, j, "last"))) {
				off = px__cl_tok_is(tk, j, "next") ? 1 : px__cl_tok_is(tk, j, "last") ? -1 : 0;
				fixed = 1;
				ok = 1;
				j += 2;
			} else if (!ok) {
				j = i + 2;
			} else {
				j = i + 2;
			}
			if (ok) {
				px__civil_from_days(dc->ref_day, &ry, &rm, &rd);
				if (!fixed)
					off = tense_get(&tm) ? (d < rd ? 1 : 0) : (d > rd ? -1 : 0);
				rm += off;
				if (rm < 1)
					rm = 12, ry--;
				if (rm > 12)
					rm = 1, ry++;
				if (valid_date(ry, rm, d)) {
					set_day(&r, px__days_from_civil(ry, (unsigned)rm, (unsigned)d));
					r.relative = 1;
					emit(tk, i - 1, j, &r, sink);
					i = j;
					continue;
				}
			}
		}
		/* "18 and 19 June": the first day takes the second's month */
		if (tk->t[i].type == T_NUM && day_at(x, tk, i, t1, &d) == 1 && i + 2 < t1 &&
		    (px__cl_tok_is(tk, i + 1, "and") || px__cl_tok_is(tk, i + 1, "or")) &&
		    day_month(x, tk, i + 2, t1, &y, &m, &k, &end) && tk->t[i + 2].type == T_NUM) {
			int d2 = k;
			set_md(&r, dc, md_tense(&tm), y, m, d);
			emit(tk, i, i + 1, &r, sink);
			memset(&r, 0, sizeof r);
			set_md(&r, dc, md_tense(&tm), y, m, d2);
			emit(tk, i + 2, end, &r, sink);
			i = end;
			continue;
		}
		if (day_month(x, tk, i, t1, &y, &m, &d, &end)) {
			size_t a = i;
			if (a > t0 && px__cl_tok_is(tk, a - 1, "the") && !(tk->t[a - 1].flags & TF_USED))
				a--;
			set_md(&r, dc, md_tense(&tm), y, m, d);
			emit(tk, a, end, &r, sink);
			i = end;
			continue;
		}
		if (mixed_date(x, tk, i, t1, &y, &m, &d, &end) || numeric_date(tk, i, t1, &y, &m, &d, &end)) {
			snprintf(r.value, sizeof r.value, "%04d-%02d-%02d", y, m, d);
			r.gran = "day";
			emit(tk, i, end, &r, sink);
			i = end;
			continue;
		}
		if (eight_digits(tk, i, &y, &m, &d) && !(i > t0 && glued(tk, i) && tk->t[i - 1].type == T_WORD)) {
			snprintf(r.value, sizeof r.value, "%04d-%02d-%02d", y, m, d);
			r.gran = "day";
			emit(tk, i, i + 1, &r, sink);
			i++;
			continue;
		}
		if (clock_at(x, tk, i, t1, &hh, &mi, &end) &&
		    !(i > t0 && glued(tk, i) && (px__cl_tok_sym(tk, i - 1, ':') || tk->t[i - 1].type == T_NUM))) {
			snprintf(r.value, sizeof r.value, "%02d:%02d", hh, mi);
			r.gran = "time";
			emit(tk, i, end, &r, sink);
			i = end;
			continue;
		}
		if ((px__cl_tok_is(tk, i, "noon") || px__cl_tok_is(tk, i, "midnight") ||
		     px__cl_tok_is(tk, i, "midday")) && i > t0 && time_prep(tk, i - 1)) {
			snprintf(r.value, sizeof r.value, "%s", px__cl_tok_is(tk, i, "midnight") ? "00:00" : "12:00");
			r.gran = "time";
			emit(tk, i, i + 1, &r, sink);
			i++;
			continue;
		}
		/* Decades: "1990s", "the 1990s". */
		{
			long yv = int_tok(tk, i, 4, 4);
			if (yv >= 1000 && yv <= 2990 && yv % 10 == 0 && i + 1 < t1 && glued(tk, i + 1) &&
			    px__cl_tok_is(tk, i + 1, "s")) {
				snprintf(r.value, sizeof r.value, "%03ld", yv / 10);
				r.gran = "decade";
				emit(tk, i, i + 2, &r, sink);
				i += 2;
				continue;
			}
		}
		/* Years: "in 1979", "since 2011", "the 1988 film"; never a count
		   ("2000 workers"), money or a part of a larger number. */
		{
			long yv = year_at(tk, i, t1);
			if (yv >= 1000 && yv <= 2100 && !(i > t0 && glued(tk, i) && tk->t[i - 1].type != T_SYM) &&
			    !(i > t0 && glued(tk, i) && (px__cl_tok_sym(tk, i - 1, '$') || px__cl_tok_sym(tk, i - 1, '#'))) &&
			    !(i + 1 < t1 && glued(tk, i + 1) && px__cl_tok_sym(tk, i + 1, '%'))) {
				size_t w0 = 0, w1 = 0;
				int plural = 0, prep = 0, yearish = 0;
				const char *cls = NULL;
				size_t after = i + 1;
				const struct lexp *u = px__cl_lex_phrase(x, tk, i + 1, t1, LP_UNIT_POST, &after);
				if (i > t0) {
					prep = px__cl_tok_is(tk, i - 1, "in") || px__cl_tok_is(tk, i - 1, "since") ||
					       px__cl_tok_is(tk, i - 1, "by") || px__cl_tok_is(tk, i - 1, "until") ||
					       px__cl_tok_is(tk, i - 1, "before") || px__cl_tok_is(tk, i - 1, "after") ||
					       px__cl_tok_is(tk, i - 1, "during") || px__cl_tok_is(tk, i - 1, "from") ||
					       px__cl_tok_is(tk, i - 1, "of") || px__cl_tok_is(tk, i - 1, "year") ||
					       px__cl_tok_is(tk, i - 1, "through") || px__cl_tok_is(tk, i - 1, "till") ||
					       px__cl_tok_is(tk, i - 1, "circa") || px__cl_tok_is(tk, i - 1, "early") ||
					       px__cl_tok_is(tk, i - 1, "late") || px__cl_tok_is(tk, i - 1, "mid") ||
					       px__cl_tok_is(tk, i - 1, "fiscal") || px__cl_tok_is(tk, i - 1, "the") ||
					       px__cl_tok_is(tk, i - 1, "and") || px__cl_tok_is(tk, i - 1, "to") ||
					       px__cl_tok_is(tk, i - 1, "between") || px__cl_tok_is(tk, i - 1, "around");
				}
				cls = px__cl_head_noun(x, tk, i + 1, t1, &w0, &w1, 0);
				if (cls) {
					int pl = 0;
					px__cl_lex_noun(x, tk->text + w0, w1 - w0, &pl);
					plural = pl;
				}
				yearish = !plural && !(u && after > i + 1);
				/* "in 2019 sales rose", "between 1600 and 1900 world
				   temperatures": a date preposition outweighs a noun */
				if (!yearish && !(u && after > i + 1) && i > t0 &&
				    (px__cl_tok_is(tk, i - 1, "in") || px__cl_tok_is(tk, i - 1, "since") ||
				     px__cl_tok_is(tk, i - 1, "until") || px__cl_tok_is(tk, i - 1, "during") ||
				     px__cl_tok_is(tk, i - 1, "between") ||
				     (px__cl_tok_is(tk, i - 1, "and") && i > t0 + 2 &&
				      (tk->t[i - 2].flags & TF_USED))))
					yearish = 1;
				if (yearish && (prep || yv >= 1900) &&
				    !(i > t0 && (px__cl_lex_flags(x, tk, i - 1) & LX_PSTART) &&
				      px__cl_lex_phrase(x, tk, i - 1, i, LP_APPROX | LP_UNIT_PRE, &after) != NULL)) {
					snprintf(r.value, sizeof r.value, "%04ld", yv);
					r.gran = "year";
					emit(tk, i, i + 1, &r, sink);
					i++;
					continue;
				}
			}
		}
		i++;
	}
}
