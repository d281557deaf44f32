/*
 * Datelines: "WASHINGTON (NewsNation) — ", "PORT HALDEN, Norland (Reuters) - ",
 * "LONDON, Nov 14 (Wire) - ", "(Reuters) - ", and with a colon after the
 * outlet or a place in capitals: "Kesarganj, July 15 (NNS): ", "NEW DELHI: ". The parser only reads: it
 * returns offsets of the place and the outlet, and the text stays as it is
 * (the sentence after the dash is part of the body).
 *
 * Invariants: every offset lies inside the input and on a UTF-8 boundary;
 * the parser looks at most PX__DATELINE_MAX bytes, so it costs O(1) per
 * paragraph whatever the paragraph's length.
 */
#include <string.h>

#include <utf8proc.h>

#include "parallax/clean.h"
#include "clean_internal.h"

/* The longest dateline considered, separator included. */
#define PX__DATELINE_MAX 160

/*
 * Upper-case words that open a paragraph before a dash without being places:
 * labels and caption markers. Sorted only for reading.
 */
static const char *const not_places[] = {
	"ANALYSIS", "BREAKING", "COMMENT", "CORRECTION", "EDITORIAL",
	"EXCLUSIVE", "FACT CHECK", "FEATURE", "FILE", "INTERVIEW", "LIVE",
	"NOTE", "OPINION", "PHOTO", "PHOTOS", "REVIEW", "UPDATE", "UPDATED",
	"VIDEO", "WATCH",
};

int
px__letter_case(const char *s, size_t n, size_t *w)
{
	int32_t cp = 0;
	utf8proc_category_t c;

	if ((unsigned char)s[0] < 0x80) {
		*w = 1;
		if (s[0] >= 'A' && s[0] <= 'Z')
			return 'U';
		if (s[0] >= 'a' && s[0] <= 'z')
			return 'L';
		return 0;
	}
	*w = px_utf8_decode(s, n, &cp);
	if (cp < 0)
		return 0;
	c = utf8proc_category(cp);
	if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT)
		return 'U';
	if (c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LO)
		return 'L';
	return 0;
}

/*
 * One word of a place at s[i..n): letters and the punctuation place names
 * use ("ST.", "WINSTON-SALEM", "N'DJAMENA"). Sets *caps when it has no
 * lower-case letter and *title when it starts with a capital. Returns the
 * end of the word, or i when there is none.
 */
static size_t
place_word(const char *s, size_t n, size_t i, int *caps, int *title)
{
	size_t j = i, w = 0;
	int letters = 0, lower = 0;

	*caps = 0;
	*title = 0;
	while (j < n) {
		unsigned char c = (unsigned char)s[j];
		int lc = 0;
		if (c == '.' || c == '\'' || c == '-' || c == '&') {
			if (c == '-' && (j + 1 >= n || s[j + 1] == ' '))
				break; /* a dash before a space is the separator */
			j++;
			continue;
		}
		if (c == 0xE2 && j + 2 < n && (unsigned char)s[j + 1] == 0x80 &&
		    (unsigned char)s[j + 2] == 0x99) {
			j += 3; /* a curly apostrophe */
			continue;
		}
		lc = px__letter_case(s + j, n - j, &w);
		if (lc == 0)
			break;
		if (letters == 0)
			*title = lc == 'U';
		if (lc == 'L')
			lower = 1;
		letters++;
		j += w;
	}
	if (letters == 0)
		return i;
	*caps = !lower;
	return j;
}

static int
is_label(const char *s, size_t n)
{
	size_t k = 0;

	for (k = 0; k < sizeof not_places / sizeof not_places[0]; k++) {
		if (strlen(not_places[k]) == n && memcmp(not_places[k], s, n) == 0)
			return 1;
	}
	return 0;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * A part after a comma: a region ("Norland", "Calif.", "N.Y.", "Sri Lanka")
 * or a date ("Nov 14", "Nov. 14", "14 Nov", "March 2"). Returns the end of
 * the part or i; *is_date says which.
 */
static size_t
comma_part(const char *s, size_t n, size_t i, int *is_date)
{
	size_t j = i, words = 0, w = 0;
	int digits = 0;

	*is_date = 0;
	while (j < n && words < 4) {
		int caps = 0, title = 0;
		size_t e = j;
		if (is_digit(s[j])) {
			while (e < n && is_digit(s[e]))
				e++;
			if (e - j > 2)
				return i; /* a year or a figure is not a dateline */
			digits = 1;
		} else {
			e = place_word(s, n, j, &caps, &title);
			if (e == j || !title)
				break;
		}
		words++;
		j = e;
		if (j + 1 < n && s[j] == ' ' &&
		    (is_digit(s[j + 1]) || px__letter_case(s + j + 1, n - j - 1, &w) == 'U'))
			j++;
		else
			break;
	}
	if (words == 0 || j - i > 40)
		return i;
	*is_date = digits;
	return j;
}

size_t
px__dash_at(const char *s, size_t n, size_t i)
{
	if (i + 1 < n && s[i] == '-' && s[i + 1] == '-')
		return 2;
	if (i < n && s[i] == '-')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94 ||
	     (unsigned char)s[i + 2] == 0x95))
		return 3;
	return 0;
}

int
px_dateline_parse(const char *text, size_t len, struct px_dateline *out)
{
	size_t n = len < PX__DATELINE_MAX ? len : PX__DATELINE_MAX;
	size_t i = 0, place_end = 0, words = 0, d = 0;
	int all_caps = 1, any_title = 1, has_comma = 0, found = 0;

	memset(out, 0, sizeof(*out));
	/* The place: words separated by single spaces. */
	while (i < n && words < 6) {
		int caps = 0, title = 0;
		size_t e = place_word(text, n, i, &caps, &title);
		if (e == i)
			break;
		if (!caps)
			all_caps = 0;
		if (!title)
			any_title = 0;
		words++;
		i = e;
		place_end = e;
		if (i + 1 < n && text[i] == ' ' && text[i + 1] != '(' &&
		    px__dash_at(text, n, i + 1) == 0)
			i++;
		else
			break;
	}
	if (words > 0 && (!any_title || place_end > 48))
		goto cleanup;
	if (words > 0 && !all_caps && words > 3)
		goto cleanup;
	i = place_end;
	/* Up to two comma parts: a region, then perhaps a date. */
	for (int k = 0; k < 2 && words > 0; k++) {
		int is_date = 0;
		size_t e = 0;
		if (i + 1 >= n || text[i] != ',' || text[i + 1] != ' ')
			break;
		e = comma_part(text, n, i + 2, &is_date);
		if (e == i + 2)
			goto cleanup;
		has_comma = 1;
		if (!is_date) {
			place_end = e;
		} else {
			out->date_start = i + 2;
			out->date_end = e;
		}
		i = e;
		if (is_date)
			break;
	}
	/* The outlet in parentheses. */
	if (i < n && (text[i] == ' ' || words == 0) &&
	    ((words == 0 && text[i] == '(') || (i + 1 < n && text[i + 1] == '('))) {
		size_t open = text[i] == '(' ? i : i + 1;
		const char *close = memchr(text + open, ')', n - open);
		size_t cl = close ? (size_t)(close - text) : 0;
		size_t w = 0;
		if (close == NULL || cl - open < 2 || cl - open > 60 ||
		    memchr(text + open + 1, '(', cl - open - 1) != NULL ||
		    memchr(text + open + 1, '\n', cl - open - 1) != NULL ||
		    (px__letter_case(text + open + 1, n - open - 1, &w) != 'U' &&
		     !is_digit(text[open + 1])))
			goto cleanup;
		out->source_start = open + 1;
		out->source_end = cl;
		i = cl + 1;
	} else if (words == 0) {
		goto cleanup;
	}
	/* A title-case place needs an outlet: "Washington (CNN) —". */
	if (!all_caps && out->source_end == 0)
		goto cleanup;
	if (all_caps && out->source_end == 0 && !has_comma &&
	    (place_end < 3 || is_label(text, place_end)))
		goto cleanup;
	if (words > 0 && is_label(text, place_end))
		goto cleanup;
	/* The separator, then text (or the end of the line). */
	if (i < n && text[i] == ' ')
		i++;
	d = px__dash_at(text, n, i);
	/* "Kesarganj, July 15 (NNS): Two people ...", "KESARGANJ: More than
	 * 200 ...": a colon after the outlet, or right after a place in
	 * capitals, as Indian and Pakistani wires write it. */
	if (d == 0 && i < n && text[i] == ':' && i + 1 < n && text[i + 1] == ' ' &&
	    (out->source_end > 0 || (all_caps && words > 0 && words <= 2 && i == place_end)))
		d = 1; /* "LANDSLIDE IN PODLAZNA: Two dead" is a headline's kicker */
	if (d == 0)
		goto cleanup;
	i += d;
	if (i < len && text[i] == ' ') {
		size_t w = 0;
		i++;
		/* "NATO - the alliance said" is a sentence, not a dateline. */
		if (i >= len || text[i] == ' ' || text[i] == '\n' ||
		    px__letter_case(text + i, len - i, &w) == 'L')
			goto cleanup;
	} else if (i < len && text[i] != '\n') {
		goto cleanup;
	}
	out->place_start = 0;
	out->place_end = place_end;
	out->end = i;
	found = 1;
cleanup:
	if (!found)
		memset(out, 0, sizeof(*out));
	return found;
}
