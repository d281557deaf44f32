/*
 * Date recognition for the HTML extractor: a date at the start of a string
 * (attribute values, JSON-LD, meta content) and the first date inside free
 * text (bylines, "Published ..." lines). Formats: ISO 8601 (with time and
 * offset), RFC 2822, "Nov. 14, 2023", "14 November 2023", "2023/11/14",
 * "11/14/2023" and "14.11.2023". No allocation, no locale: month names are
 * English. Years are accepted from 1990 to 2099; callers apply the crawl
 * date bound.
 */
#include <string.h>
#include <strings.h>

#include "html_internal.h"

int64_t
px__date_days(int y, int m, int d)
{
	/* Days since 1970-01-01 in the proleptic Gregorian calendar. */
	int64_t yy = y - (m <= 2);
	int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t yoe = yy - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
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
valid(int y, int m, int d)
{
	return y >= 1990 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days_in_month(y, m);
}

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

/* Read exactly n digits at s[*i]; -1 when absent. */
static int
digits(const char *s, size_t len, size_t *i, int n)
{
	int v = 0, k = 0;

	for (k = 0; k < n; k++) {
		if (*i + (size_t)k >= len || !is_digit(s[*i + (size_t)k]))
			return -1;
		v = v * 10 + (s[*i + (size_t)k] - '0');
	}
	*i += (size_t)n;
	return v;
}

/* Read 1 or 2 digits not followed by another digit; -1 when absent. */
static int
digits12(const char *s, size_t len, size_t *i)
{
	int v = 0;
	size_t k = *i;

	if (k >= len || !is_digit(s[k]))
		return -1;
	v = s[k++] - '0';
	if (k < len && is_digit(s[k]))
		v = v * 10 + (s[k++] - '0');
	if (k < len && is_digit(s[k]))
		return -1;
	*i = k;
	return v;
}

/* Month name (full or abbreviated, optional '.') at s[*i]; 0 if none. */
static int
month_name(const char *s, size_t len, size_t *i)
{
	static const char *const names[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"};
	size_t k = *i, n = 0, m = 0;
	char w[12];

	while (k + n < len && is_alpha(s[k + n]) && n < sizeof(w) - 1) {
		w[n] = (char)(s[k + n] | 0x20);
		n++;
	}
	if (n < 3 || (k + n < len && is_alpha(s[k + n])))
		return 0;
	w[n] = '\0';
	for (m = 0; m < 12; m++) {
		size_t full = strlen(names[m]);
		int ok = 0;
		if (n == full && memcmp(w, names[m], n) == 0)
			ok = 1;
		else if (n == 3 && memcmp(w, names[m], 3) == 0)
			ok = 1;
		else if (n == 4 && m == 8 && memcmp(w, "sept", 4) == 0)
			ok = 1;
		if (ok) {
			k += n;
			if (k < len && s[k] == '.')
				k++;
			*i = k;
			return (int)m + 1;
		}
	}
	return 0;
}

static size_t
skip_space(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
			   s[i] == '\r'))
		i++;
	/* A no-break space reads as a space. */
	while (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
	       (unsigned char)s[i + 1] == 0xA0) {
		i += 2;
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
			i++;
	}
	return i;
}

/* Skip "Monday, " or "Mon, " before a date. */
static size_t
skip_weekday(const char *s, size_t len, size_t i)
{
	static const char *const days[] = {"mon", "tue", "wed", "thu", "fri",
					   "sat", "sun"};
	size_t n = 0, d = 0;

	while (i + n < len && is_alpha(s[i + n]))
		n++;
	if (n < 3)
		return i;
	for (d = 0; d < 7; d++) {
		if (strncasecmp(s + i, days[d], 3) == 0) {
			size_t k = i + n;
			if (k < len && s[k] == '.')
				k++;
			if (k < len && s[k] == ',')
				k++;
			return skip_space(s, len, k);
		}
	}
	return i;
}

/* Optional time after a date: "T10:30", " 10:30:00", "10:30 am", zone. */
static void
scan_time(const char *s, size_t len, size_t *i, struct px__hdate *o)
{
	size_t k = *i;
	int hh = 0, mi = 0, ss = 0;

	if (k < len && (s[k] == 'T' || s[k] == 't'))
		k++;
	else {
		k = skip_space(s, len, k);
		if (k < len && s[k] == ',')
			k = skip_space(s, len, k + 1);
		if (k + 2 < len && (s[k] == 'a' || s[k] == 'A') && s[k + 1] == 't' &&
		    s[k + 2] == ' ')
			k = skip_space(s, len, k + 2);
	}
	hh = digits12(s, len, &k);
	if (hh < 0 || hh > 23 || k >= len || s[k] != ':')
		return;
	k++;
	mi = digits(s, len, &k, 2);
	if (mi < 0 || mi > 59)
		return;
	if (k < len && s[k] == ':') {
		k++;
		ss = digits(s, len, &k, 2);
		if (ss < 0 || ss > 60)
			return;
		if (k < len && (s[k] == '.' || s[k] == ',')) {
			k++;
			while (k < len && is_digit(s[k]))
				k++;
		}
	}
	{
		size_t a = skip_space(s, len, k);
		if (a + 1 < len && (s[a] | 0x20) >= 'a' && ((s[a] | 0x20) == 'a' || (s[a] | 0x20) == 'p') &&
		    ((s[a + 1] | 0x20) == 'm' || s[a + 1] == '.')) {
			int pm = (s[a] | 0x20) == 'p';
			if (hh > 12)
				return;
			if (hh == 12)
				hh = 0;
			if (pm)
				hh += 12;
			a += 2;
			if (a < len && s[a] == '.')
				a++;
			if (a < len && (s[a] | 0x20) == 'm')
				a++;
			if (a < len && s[a] == '.')
				a++;
			k = a;
		}
	}
	o->has_time = 1;
	o->hh = hh;
	o->mi = mi;
	o->ss = ss;
	/* Zone: Z, +hh:mm, +hhmm, +hh, GMT/UTC, US abbreviations. */
	{
		size_t z = k;
		if (z < len && (s[z] == 'Z' || s[z] == 'z') &&
		    !(z + 1 < len && is_alpha(s[z + 1]))) {
			o->has_tz = 1;
			o->tz_min = 0;
			k = z + 1;
		} else {
			z = skip_space(s, len, z);
			if (z + 3 <= len && (strncmp(s + z, "GMT", 3) == 0 ||
					     strncmp(s + z, "UTC", 3) == 0)) {
				o->has_tz = 1;
				o->tz_min = 0;
				z += 3;
			} else if (z + 3 <= len && s[z + 2] == 'T' &&
				   (s[z + 1] == 'S' || s[z + 1] == 'D') &&
				   !(z + 3 < len && is_alpha(s[z + 3]))) {
				static const char zones[] = "ECMP";
				const char *p = memchr(zones, s[z], 4);
				if (p != NULL) {
					o->has_tz = 1;
					o->tz_min = (-5 - (int)(p - zones)) * 60 +
						    (s[z + 1] == 'D' ? 60 : 0);
					z += 3;
				}
			}
			if (z < len && (s[z] == '+' || s[z] == '-') &&
			    z + 2 < len && is_digit(s[z + 1])) {
				int sign = s[z] == '-' ? -1 : 1;
				size_t q = z + 1;
				int th = digits(s, len, &q, 2), tm = 0;
				if (th >= 0 && th <= 14) {
					if (q < len && s[q] == ':')
						q++;
					if (q + 1 < len && is_digit(s[q]) && is_digit(s[q + 1]))
						tm = digits(s, len, &q, 2);
					o->has_tz = 1;
					o->tz_min = sign * (th * 60 + tm);
					z = q;
				}
			}
			if (o->has_tz)
				k = z;
		}
	}
	*i = k;
}

static int
finish(int y, int m, int d, struct px__hdate *o)
{
	if (!valid(y, m, d))
		return 0;
	o->y = y;
	o->m = m;
	o->d = d;
	return 1;
}

int
px__date_scan(const char *s, size_t len, int dmy, struct px__hdate *o,
	      size_t *used)
{
	size_t i = skip_space(s, len, 0);
	int y = 0, m = 0, d = 0;

	memset(o, 0, sizeof(*o));
	i = skip_weekday(s, len, i);
	if (i >= len)
		return 0;
	if (is_digit(s[i])) {
		size_t k = i;
		int a = 0;
		/* YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD */
		if (k + 4 <= len && is_digit(s[k + 1]) && is_digit(s[k + 2]) &&
		    is_digit(s[k + 3])) {
			y = digits(s, len, &k, 4);
			if (k < len && (s[k] == '-' || s[k] == '/' || s[k] == '.')) {
				char sep = s[k++];
				m = digits12(s, len, &k);
				if (m < 0 || k >= len || s[k] != sep)
					return 0;
				k++;
				d = digits12(s, len, &k);
				if (d < 0)
					return 0;
			} else if (k + 4 <= len && is_digit(s[k]) && is_digit(s[k + 1]) &&
				   is_digit(s[k + 2]) && is_digit(s[k + 3]) &&
				   !(k + 4 < len && is_digit(s[k + 4]))) {
				m = digits(s, len, &k, 2);
				d = digits(s, len, &k, 2);
			} else {
				return 0;
			}
			if (!finish(y, m, d, o))
				return 0;
			scan_time(s, len, &k, o);
			*used = k;
			return 1;
		}
		/* D Month YYYY, MM/DD/YYYY, DD.MM.YYYY */
		a = digits12(s, len, &k);
		if (a < 0)
			return 0;
		if (k + 1 < len && (s[k] == '/' || s[k] == '.' || s[k] == '-') &&
		    is_digit(s[k + 1])) {
			char sep = s[k++];
			int b = digits12(s, len, &k);
			if (b < 0 || k >= len || s[k] != sep)
				return 0;
			k++;
			if (k + 4 > len)
				return 0;
			y = digits(s, len, &k, 4);
			if (y < 0) {
				/* Two-digit years are too ambiguous to trust. */
				return 0;
			}
			if (k < len && is_digit(s[k]))
				return 0;
			if (sep == '/' && a <= 12 && b > 12) {
				m = a;
				d = b;
			} else if (sep == '/' && a <= 12 && !dmy) {
				m = a; /* US order when ambiguous */
				d = b;
			} else {
				d = a;
				m = b;
			}
			if (!finish(y, m, d, o))
				return 0;
			scan_time(s, len, &k, o);
			*used = k;
			return 1;
		}
		if (k + 1 < len && (s[k] == 's' || s[k] == 'n' || s[k] == 'r' ||
				    s[k] == 't') && is_alpha(s[k + 1]) &&
		    !(k + 2 < len && is_alpha(s[k + 2])))
			k += 2; /* 1st 2nd 3rd 4th */
		k = skip_space(s, len, k);
		if (k + 2 < len && s[k] == 'o' && s[k + 1] == 'f' && s[k + 2] == ' ')
			k = skip_space(s, len, k + 2);
		m = month_name(s, len, &k);
		if (m == 0)
			return 0;
		if (k < len && s[k] == ',')
			k++;
		k = skip_space(s, len, k);
		y = digits(s, len, &k, 4);
		if (y < 0 || (k < len && is_digit(s[k])))
			return 0;
		if (!finish(y, m, a, o))
			return 0;
		scan_time(s, len, &k, o);
		*used = k;
		return 1;
	}
	if (is_alpha(s[i])) {
		size_t k = i;
		m = month_name(s, len, &k);
		if (m == 0)
			return 0;
		k = skip_space(s, len, k);
		d = digits12(s, len, &k);
		if (d < 0)
			return 0;
		if (k + 1 < len && (s[k] == 's' || s[k] == 'n' || s[k] == 'r' ||
				    s[k] == 't') && is_alpha(s[k + 1]))
			k += 2;
		if (k < len && s[k] == ',')
			k++;
		k = skip_space(s, len, k);
		y = digits(s, len, &k, 4);
		if (y < 0 || (k < len && is_digit(s[k])))
			return 0;
		if (!finish(y, m, d, o))
			return 0;
		scan_time(s, len, &k, o);
		*used = k;
		return 1;
	}
	return 0;
}

int
px__date_find(const char *s, size_t len, int dmy, struct px__hdate *o,
	      size_t *at)
{
	size_t i = 0;

	for (i = 0; i < len; i++) {
		size_t used = 0;
		char c = s[i];
		if (!(is_digit(c) || is_alpha(c)))
			continue;
		if (i > 0 && (is_digit(s[i - 1]) || is_alpha(s[i - 1])))
			continue;
		if (px__date_scan(s + i, len - i, dmy, o, &used)) {
			*at = i;
			return 1;
		}
	}
	return 0;
}
