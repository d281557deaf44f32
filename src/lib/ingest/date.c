/*
 * Date parsing for article metadata: ISO 8601, RFC 2822 and the styles
 * news sites print ("Nov. 14, 2023", "November 14, 2023", "14 November
 * 2023", "2023/11/14"), with an optional time of day and zone. The pages
 * of outlets abroad print their date lines in their own language above
 * English text ("Mercredi 18 septembre 2024", "Fredag 11. oktober 2024",
 * "5 de marzo de 2025"): the full month and weekday names of French,
 * German, Spanish, Italian, Portuguese, Dutch and the Scandinavian
 * languages are read in the day-first style, not their abbreviations.
 *
 * Invariants: the whole string (less surrounding white space) must be one
 * date, so "14 November 2023 and more" is rejected rather than guessed at;
 * calendar validity is checked (no February 30); a time with a known zone
 * or offset is converted to UTC and printed as YYYY-MM-DDThh:mm:ssZ, while a
 * time without a zone cannot be placed on the UTC line, so only its date is
 * kept (YYYY-MM-DD). Nothing here allocates except the result string.
 */
#include <stdio.h>
#include <string.h>

#include "parallax/article.h"
#include "core_internal.h"

/* A parsed calendar date with an optional time and UTC offset. */
struct pdate {
	int year, month, day;
	int has_time;
	int hour, min, sec;
	int has_zone;
	int offset; /* minutes east of UTC */
};

/* A cursor over the input. */
struct cur {
	const char *s;
	size_t n;
	size_t i;
};

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

static void
skip_space(struct cur *c)
{
	while (c->i < c->n && (c->s[c->i] == ' ' || c->s[c->i] == '\t' ||
			       c->s[c->i] == '\n' || c->s[c->i] == '\r'))
		c->i++;
}

/* Read exactly k digits (k > 0) as a number, or return -1 and move nothing. */
static int
digits_exact(struct cur *c, size_t k)
{
	int v = 0;
	size_t j = 0;

	if (c->n - c->i < k)
		return -1;
	for (j = 0; j < k; j++) {
		if (!is_digit(c->s[c->i + j]))
			return -1;
		v = v * 10 + (c->s[c->i + j] - '0');
	}
	c->i += k;
	return v;
}

/* Read 1..max digits as a number; *len gets the count; -1 when none. */
static int
digits_upto(struct cur *c, size_t max, size_t *len)
{
	int v = 0;
	size_t j = 0;

	while (j < max && c->i + j < c->n && is_digit(c->s[c->i + j])) {
		v = v * 10 + (c->s[c->i + j] - '0');
		j++;
	}
	if (j == 0 || (c->i + j < c->n && is_digit(c->s[c->i + j])))
		return -1;
	c->i += j;
	*len = j;
	return v;
}

static int
accept(struct cur *c, char ch)
{
	if (c->i < c->n && c->s[c->i] == ch) {
		c->i++;
		return 1;
	}
	return 0;
}

/* Read a run of letters (ASCII, or the bytes of a multibyte character:
 * "février", "lørdag"), ASCII lowercased into w; its length, or 0 when it
 * does not fit. */
static size_t
word(struct cur *c, char *w, size_t cap)
{
	size_t j = 0;

	while (c->i + j < c->n &&
	       (is_alpha(c->s[c->i + j]) || (unsigned char)c->s[c->i + j] >= 0x80)) {
		if (j + 1 < cap)
			w[j] = lower(c->s[c->i + j]);
		j++;
	}
	if (j >= cap)
		return 0;
	w[j] = '\0';
	c->i += j;
	return j;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && is_leap(y))
		return 29;
	return dim[m - 1];
}

static int
valid(const struct pdate *d)
{
	if (d->year < 1000 || d->year > 9999 || d->month < 1 || d->month > 12)
		return 0;
	if (d->day < 1 || d->day > days_in_month(d->year, d->month))
		return 0;
	if (d->has_time && (d->hour < 0 || d->hour > 23 || d->min < 0 ||
			    d->min > 59 || d->sec < 0 || d->sec > 60))
		return 0;
	if (d->has_zone && (d->offset < -18 * 60 || d->offset > 18 * 60))
		return 0;
	return 1;
}

/* Full month names of French, German, Spanish, Italian, Portuguese, Dutch,
 * Norwegian and Danish, and Swedish that differ from the English ones, in
 * lower case (UTF-8). */
static const char *const foreign_months[12][6] = {
	{"janvier", "januar", "enero", "gennaio", "janeiro", "januari"},
	{"février", "februar", "febrero", "febbraio", "fevereiro", "februari"},
	{"mars", "märz", "marzo", "março", "maart", NULL},
	{"avril", "aprile", "abril", NULL, NULL, NULL},
	{"mai", "mayo", "maggio", "maio", "mei", "maj"},
	{"juin", "juni", "junio", "giugno", "junho", NULL},
	{"juillet", "juli", "julio", "luglio", "julho", NULL},
	{"août", "agosto", "augustus", "augusti", NULL, NULL},
	{"septembre", "septiembre", "setiembre", "settembre", "setembro", NULL},
	{"octobre", "oktober", "octubre", "ottobre", "outubro", NULL},
	{"novembre", "noviembre", "novembro", NULL, NULL, NULL},
	{"décembre", "dezember", "diciembre", "dicembre", "dezembro", "desember"},
};

/* Month from a (lowercased) name or abbreviation; 0 when not a month. */
static int
month_of(const char *w, size_t len)
{
	static const char *const names[12] = {
		"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"};
	int m = 0;

	if (len < 3)
		return 0;
	for (m = 0; m < 12; m++) {
		if (strncmp(names[m], w, len) == 0 && names[m][len] == '\0')
			return m + 1;
		if (len == 3 && strncmp(names[m], w, 3) == 0)
			return m + 1;
	}
	if (strcmp(w, "sept") == 0)
		return 9;
	for (m = 0; m < 12; m++) {
		size_t k = 0;
		for (k = 0; k < sizeof foreign_months[0] / sizeof foreign_months[0][0]; k++)
			if (foreign_months[m][k] && strcmp(foreign_months[m][k], w) == 0)
				return m + 1;
	}
	return 0;
}

static int
weekday_word(const char *w, size_t len)
{
	static const char *const names[7] = {"monday", "tuesday", "wednesday",
					     "thursday", "friday", "saturday",
					     "sunday"};
	static const char *const foreign[] = {
		"lundi",    "mardi",     "mercredi", "jeudi",     "vendredi", "samedi",
		"dimanche", "montag",    "dienstag", "mittwoch",  "donnerstag", "freitag",
		"samstag",  "sonntag",   "lunes",    "martes",    "miércoles", "jueves",
		"viernes",  "sábado",    "domingo",  "lunedì",    "martedì",  "mercoledì",
		"giovedì",  "venerdì",   "sabato",   "domenica",  "segunda",  "terça",
		"quarta",   "quinta",    "sexta",    "maandag",   "dinsdag",  "woensdag",
		"donderdag", "vrijdag",  "zaterdag", "zondag",    "mandag",   "tirsdag",
		"onsdag",   "torsdag",   "fredag",   "lørdag",    "søndag",   "måndag",
		"tisdag",   "lördag",    "söndag"};
	int k = 0;
	size_t f = 0;

	if (len < 3)
		return 0;
	for (k = 0; k < 7; k++) {
		if (strncmp(names[k], w, len) == 0)
			return 1;
	}
	for (f = 0; f < sizeof foreign / sizeof foreign[0]; f++)
		if (strcmp(foreign[f], w) == 0)
			return 1;
	return strcmp(w, "tues") == 0 || strcmp(w, "thur") == 0 ||
	       strcmp(w, "thurs") == 0;
}

/* Zone abbreviations seen in mail and news headers (minutes east of UTC). */
static int
zone_of(const char *w, int *offset)
{
	static const struct {
		const char *name;
		int offset;
	} zones[] = {
		{"z", 0}, {"ut", 0}, {"utc", 0}, {"gmt", 0},
		{"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
		{"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
		{"bst", 60}, {"cet", 60}, {"cest", 120}, {"eet", 120},
		{"eest", 180}, {"wet", 0}, {"west", 60}, {"ist", 330},
		{"jst", 540}, {"aest", 600}, {"aedt", 660},
	};
	size_t k = 0;

	for (k = 0; k < sizeof zones / sizeof zones[0]; k++) {
		if (strcmp(w, zones[k].name) == 0) {
			*offset = zones[k].offset;
			return 1;
		}
	}
	return 0;
}

/* A numeric offset: +hh, +hhmm or +hh:mm (also a Unicode-free '-'). */
static int
numeric_offset(struct cur *c, int *offset)
{
	size_t save = c->i;
	int sign = 0, hh = 0, mm = 0;

	if (accept(c, '+'))
		sign = 1;
	else if (accept(c, '-'))
		sign = -1;
	else
		return 0;
	hh = digits_exact(c, 2);
	if (hh < 0) {
		c->i = save;
		return 0;
	}
	if (accept(c, ':')) {
		mm = digits_exact(c, 2);
		if (mm < 0) {
			c->i = save;
			return 0;
		}
	} else if (c->i < c->n && is_digit(c->s[c->i])) {
		mm = digits_exact(c, 2);
		if (mm < 0) {
			c->i = save;
			return 0;
		}
	}
	if (hh > 18 || mm > 59) {
		c->i = save;
		return 0;
	}
	*offset = sign * (hh * 60 + mm);
	return 1;
}

/*
 * An optional zone after a time: Z, a numeric offset, or a name (also
 * "ET"-style US zones without daylight information, taken as standard
 * time would be wrong half the year, so they are read as the date only).
 * Returns 0 on success (zone or not), -1 on an unknown word.
 */
static int
zone(struct cur *c, struct pdate *d)
{
	char w[8];
	size_t save = 0, len = 0;
	int off = 0;

	skip_space(c);
	if (numeric_offset(c, &off)) {
		d->has_zone = 1;
		d->offset = off;
	} else if (c->i < c->n && is_alpha(c->s[c->i])) {
		save = c->i;
		len = word(c, w, sizeof w);
		if (len > 0 && zone_of(w, &off)) {
			d->has_zone = 1;
			d->offset = off;
			/* "GMT+1" and "UTC-05:00" carry an extra offset. */
			if (off == 0 && numeric_offset(c, &off))
				d->offset = off;
		} else if (len > 0 && (strcmp(w, "et") == 0 || strcmp(w, "ct") == 0 ||
				       strcmp(w, "mt") == 0 || strcmp(w, "pt") == 0)) {
			d->has_zone = 0;
		} else {
			c->i = save;
			return -1;
		}
	}
	skip_space(c);
	/* RFC 2822 allows a comment such as "(UTC)" or "(Eastern Standard Time)". */
	if (c->i < c->n && c->s[c->i] == '(') {
		while (c->i < c->n && c->s[c->i] != ')')
			c->i++;
		if (!accept(c, ')'))
			return -1;
	}
	return 0;
}

/* hh:mm[:ss[.fraction]] with an optional am/pm; 0 on success. */
static int
clock_time(struct cur *c, struct pdate *d)
{
	size_t len = 0;
	int h = 0, m = 0, s = 0;

	int dotted = 0;

	h = digits_upto(c, 2, &len);
	if (h < 0)
		return -1;
	/* "9.34pm": a dot separates only a time with am or pm (below) */
	if (!accept(c, ':')) {
		if (!accept(c, '.'))
			return -1;
		dotted = 1;
	}
	m = digits_exact(c, 2);
	if (m < 0)
		return -1;
	if (!dotted && accept(c, ':')) {
		s = digits_exact(c, 2);
		if (s < 0)
			return -1;
		if (accept(c, '.') || accept(c, ',')) {
			if (c->i >= c->n || !is_digit(c->s[c->i]))
				return -1;
			while (c->i < c->n && is_digit(c->s[c->i]))
				c->i++;
		}
	}
	{
		size_t save = c->i;
		char w[8];
		size_t wl = 0;
		skip_space(c);
		wl = c->i < c->n && is_alpha(c->s[c->i]) ? word(c, w, sizeof w) : 0;
		if (wl == 1 && (w[0] == 'a' || w[0] == 'p') && accept(c, '.')) {
			/* "a.m." / "p.m." */
			char w2[4];
			if (word(c, w2, sizeof w2) != 1 || w2[0] != 'm')
				return -1;
			accept(c, '.');
		} else if (wl == 2 && (w[0] == 'a' || w[0] == 'p') && w[1] == 'm') {
			/* "am" / "pm" */
		} else {
			c->i = save;
			wl = 0;
		}
		if (dotted && wl == 0)
			return -1;
		if (wl > 0) {
			if (h < 1 || h > 12)
				return -1;
			if (w[0] == 'p' && h != 12)
				h += 12;
			else if (w[0] == 'a' && h == 12)
				h = 0;
		}
	}
	d->has_time = 1;
	d->hour = h;
	d->min = m;
	d->sec = s > 59 ? 59 : s;
	return 0;
}

/* ISO 8601: YYYY-MM-DD[(T| )hh:mm[:ss[.f]][Z|+hh[:mm]]]. */
static int
parse_iso(struct cur *c, struct pdate *d)
{
	int y = 0, m = 0, dd = 0;

	y = digits_exact(c, 4);
	if (y < 0 || !accept(c, '-'))
		return -1;
	m = digits_exact(c, 2);
	if (m < 0 || !accept(c, '-'))
		return -1;
	dd = digits_exact(c, 2);
	if (dd < 0 || (c->i < c->n && is_digit(c->s[c->i])))
		return -1;
	d->year = y;
	d->month = m;
	d->day = dd;
	if (c->i < c->n && (c->s[c->i] == 'T' || c->s[c->i] == 't' ||
			    (c->s[c->i] == ' ' && c->i + 1 < c->n &&
			     is_digit(c->s[c->i + 1])))) {
		c->i++;
		if (clock_time(c, d))
			return -1;
		if (c->i < c->n && (c->s[c->i] == 'Z' || c->s[c->i] == 'z')) {
			c->i++;
			d->has_zone = 1;
			d->offset = 0;
		} else if (zone(c, d)) {
			return -1;
		}
	}
	return 0;
}

/* YYYY/MM/DD or YYYY.MM.DD, optionally followed by a time and zone. */
static int
parse_ymd_sep(struct cur *c, struct pdate *d)
{
	int y = 0, m = 0, dd = 0;
	size_t len = 0;
	char sep = 0;

	y = digits_exact(c, 4);
	if (y < 0 || c->i >= c->n)
		return -1;
	sep = c->s[c->i];
	if (sep != '/' && sep != '.')
		return -1;
	c->i++;
	m = digits_upto(c, 2, &len);
	if (m < 0 || !accept(c, sep))
		return -1;
	dd = digits_upto(c, 2, &len);
	if (dd < 0)
		return -1;
	d->year = y;
	d->month = m;
	d->day = dd;
	skip_space(c);
	if (c->i < c->n && is_digit(c->s[c->i])) {
		if (clock_time(c, d) || zone(c, d))
			return -1;
	}
	return 0;
}

/*
 * DD.MM.YYYY or DD-MM-YYYY (the day first, as European and Indian sites
 * print it: "22.05.2025 - 14:30 CET", "15-07-2025 19:40 IST", "15.09.2025."),
 * optionally followed by a time and zone; with slashes only when one number
 * cannot be a month ("15/09/2025", "09/15/2025"): "05/07/2025" is 5 July or
 * May 7 depending on the site.
 */
static int
parse_dmy(struct cur *c, struct pdate *d)
{
	int y = 0, m = 0, dd = 0;
	size_t len = 0;
	char sep = 0;

	dd = digits_upto(c, 2, &len);
	if (dd < 0 || c->i >= c->n)
		return -1;
	sep = c->s[c->i];
	if (sep != '.' && sep != '-' && sep != '/')
		return -1;
	c->i++;
	m = digits_upto(c, 2, &len);
	if (m < 0 || !accept(c, sep))
		return -1;
	y = digits_exact(c, 4);
	if (y < 0 || (c->i < c->n && is_digit(c->s[c->i])))
		return -1;
	/* "15/09/2025" is the day first, "09/15/2025" the month first; when
	 * both numbers could be a month the site's order is unknown. */
	if (sep == '/') {
		if (m > 12 && dd <= 12) {
			int t = m;
			m = dd;
			dd = t;
		} else if (dd <= 12) {
			return -1;
		}
	}
	if (sep == '.')
		accept(c, '.'); /* "15.09.2025." */
	d->year = y;
	d->month = m;
	d->day = dd;
	skip_space(c);
	if (c->i < c->n && (c->s[c->i] == '-' || c->s[c->i] == '|' || c->s[c->i] == ',')) {
		c->i++;
		skip_space(c);
	}
	if (c->i < c->n && is_digit(c->s[c->i])) {
		if (clock_time(c, d) || zone(c, d))
			return -1;
	}
	return 0;
}

/* A day number with an optional ordinal suffix ("14th"); -1 when none. */
static int
day_number(struct cur *c)
{
	size_t len = 0, save = c->i;
	int v = digits_upto(c, 2, &len);
	char w[4];

	if (v < 0)
		return -1;
	if (c->i < c->n && is_alpha(c->s[c->i])) {
		size_t wl = word(c, w, sizeof w);
		if (wl != 2 || !(strcmp(w, "st") == 0 || strcmp(w, "nd") == 0 ||
				 strcmp(w, "rd") == 0 || strcmp(w, "th") == 0 ||
				 (v == 1 && strcmp(w, "er") == 0))) {
			c->i = save;
			return -1;
		}
	}
	return v;
}

/* A month word, with an optional abbreviation period; 0 when none. */
static int
month_word(struct cur *c)
{
	char w[16];
	size_t save = c->i;
	size_t len = word(c, w, sizeof w);
	int m = len ? month_of(w, len) : 0;

	if (m == 0) {
		c->i = save;
		return 0;
	}
	accept(c, '.');
	return m;
}

/* A year: four digits, or two (RFC 2822's obsolete form: 00-49 -> 20xx). */
static int
year_number(struct cur *c)
{
	size_t len = 0;
	int v = digits_upto(c, 4, &len);

	if (v < 0 || len == 3 || len == 1)
		return -1;
	if (len == 2)
		v += v < 50 ? 2000 : 1900;
	return v;
}

/* Step over "de" and a space ("5 de marzo de 2025"). */
static void
of_word(struct cur *c)
{
	if (c->n - c->i >= 3 && lower(c->s[c->i]) == 'd' && c->s[c->i + 1] == 'e' &&
	    c->s[c->i + 2] == ' ') {
		c->i += 3;
		skip_space(c);
	}
}

/*
 * Word styles: [Weekday[,]] (Month Day[,] Year | Day Month[,] Year)
 * [[,] [at|-|T] time [zone]]. RFC 2822 is the second form with a time.
 */
static int
parse_words(struct cur *c, struct pdate *d)
{
	char w[16];
	size_t save = c->i;
	int m = 0, day = 0, y = 0;

	if (c->i < c->n && is_alpha(c->s[c->i])) {
		size_t len = word(c, w, sizeof w);
		if (len && weekday_word(w, len)) {
			/* "segunda-feira" */
			if (c->n - c->i >= 6 && memcmp(c->s + c->i, "-feira", 6) == 0)
				c->i += 6;
			accept(c, '.');
			skip_space(c);
			accept(c, ',');
			skip_space(c);
		} else {
			c->i = save;
		}
	}
	if (c->i < c->n && is_alpha(c->s[c->i])) {
		m = month_word(c);
		if (m == 0)
			return -1;
		skip_space(c);
		day = day_number(c);
		if (day < 0)
			return -1;
		skip_space(c);
		accept(c, ',');
		skip_space(c);
		y = year_number(c);
	} else {
		day = day_number(c);
		if (day < 0)
			return -1;
		accept(c, '.'); /* "11. oktober 2024" */
		skip_space(c);
		if (accept(c, '-') || accept(c, '/'))
			skip_space(c);
		of_word(c);
		m = month_word(c);
		if (m == 0)
			return -1;
		skip_space(c);
		if (accept(c, '-') || accept(c, '/'))
			skip_space(c);
		accept(c, ',');
		skip_space(c);
		of_word(c);
		y = year_number(c);
	}
	if (y < 0)
		return -1;
	d->year = y;
	d->month = m;
	d->day = day;
	skip_space(c);
	accept(c, ',');
	skip_space(c);
	if (c->i < c->n && (c->s[c->i] == '-' || c->s[c->i] == '|')) {
		c->i++;
		skip_space(c);
	} else if (c->n - c->i >= 3 && lower(c->s[c->i]) == 'a' &&
		   lower(c->s[c->i + 1]) == 't' && c->s[c->i + 2] == ' ') {
		c->i += 3;
		skip_space(c);
	}
	if (c->i < c->n && is_digit(c->s[c->i])) {
		if (clock_time(c, d) || zone(c, d))
			return -1;
	}
	return 0;
}

px_status
px_date_parse(const char *s, size_t len, char **out, int64_t *t)
{
	struct cur c;
	struct pdate d;
	char tmp[32];
	int64_t secs = 0;
	int ok = 0;

	*out = NULL;
	*t = 0;
	if (s == NULL)
		return PX_EINVAL;
	/* Trim; also bound the work on absurd inputs. */
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
			   s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	c.s = s;
	c.n = len;
	c.i = 0;
	skip_space(&c);
	if (c.n - c.i > 80 || c.i == c.n)
		return PX_EFORMAT;
	{
		/* Each style in turn, from the start; the first that reads
		 * the whole string wins. */
		static int (*const styles[])(struct cur *, struct pdate *) = {
			parse_iso, parse_ymd_sep, parse_dmy, parse_words};
		size_t start = c.i, k = 0;
		for (k = 0; k < sizeof styles / sizeof styles[0] && !ok; k++) {
			c.i = start;
			memset(&d, 0, sizeof(d));
			if (styles[k](&c, &d) == 0) {
				skip_space(&c);
				ok = c.i == c.n;
			}
		}
	}
	if (!ok || !valid(&d))
		return PX_EFORMAT;
	secs = px__days_from_civil(d.year, (unsigned)d.month, (unsigned)d.day) * 86400;
	if (d.has_time && d.has_zone) {
		int y = 0, m = 0, dd = 0;
		int64_t day = 0, rem = 0;
		secs += (int64_t)d.hour * 3600 + d.min * 60 + d.sec;
		secs -= (int64_t)d.offset * 60;
		day = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
		rem = secs - day * 86400;
		px__civil_from_days(day, &y, &m, &dd);
		if (y < 1000 || y > 9999)
			return PX_EFORMAT;
		snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m,
			 dd, (int)(rem / 3600), (int)(rem % 3600 / 60),
			 (int)(rem % 60));
	} else {
		snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", d.year, d.month, d.day);
	}
	*out = px_strdup(tmp);
	if (*out == NULL)
		return PX_ENOMEM;
	*t = secs;
	return PX_OK;
}

/* Whether s[i] starts a word: the first byte, or after a space, a bar, a
 * comma or an opening bracket. */
static int
word_start(const char *s, size_t i)
{
	return i == 0 || s[i - 1] == ' ' || s[i - 1] == '|' || s[i - 1] == ',' || s[i - 1] == '(' ||
	       s[i - 1] == ':';
}

px_status
px_date_find(const char *s, size_t len, char **out, int64_t *t)
{
	size_t i = 0, j = 0;

	*out = NULL;
	*t = 0;
	if (s == NULL)
		return PX_EINVAL;
	if (len > 200)
		return PX_EFORMAT;
	/* The longest date at the earliest word start: "Posted Wed 12 Mar
	 * 2025 at 10:40am" gives "Wed 12 Mar 2025 at 10:40am". */
	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || !word_start(s, i) ||
		    !((s[i] >= '0' && s[i] <= '9') || is_alpha(s[i])))
			continue;
		for (j = len; j > i; j--) {
			if (j < len && s[j] != ' ' && s[j] != ',' && s[j] != '|' && s[j] != ')')
				continue;
			if (j - i < 6 || j - i > 80)
				continue;
			if (px_date_parse(s + i, j - i, out, t) == PX_OK)
				return PX_OK;
		}
	}
	return PX_EFORMAT;
}
