/*
 * Fuzz target: plain-text articles and their metadata (the first byte picks
 * the cleaning flags), and the date parser on every line. Invariants: no
 * crash, leak or hang; the article's title and text are valid UTF-8; a
 * parsed date always has the contract's format (YYYY-MM-DD or
 * YYYY-MM-DDThh:mm:ssZ) and parsing is deterministic.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
date_format_ok(const char *d)
{
	size_t n = strlen(d), i = 0;
	const char *pat10 = "dddd-dd-dd", *pat20 = "dddd-dd-ddTdd:dd:ddZ";
	const char *pat = n == 10 ? pat10 : n == 20 ? pat20 : NULL;

	if (pat == NULL)
		return 0;
	for (i = 0; i < n; i++) {
		if (pat[i] == 'd' ? (d[i] < '0' || d[i] > '9') : d[i] != pat[i])
			return 0;
	}
	return 1;
}

static void
check_date(const char *s, size_t n)
{
	char *d = NULL, *d2 = NULL;
	int64_t t = 0, t2 = 0;

	if (px_date_parse(s, n, &d, &t) == PX_OK) {
		if (!date_format_ok(d))
			abort();
		if (px_date_parse(s, n, &d2, &t2) != PX_OK || strcmp(d, d2) != 0 || t != t2)
			abort();
		/* The normalised date parses to itself. */
		px_free(d2);
		d2 = NULL;
		if (px_date_parse(d, strlen(d), &d2, &t2) != PX_OK || strcmp(d, d2) != 0 || t != t2)
			abort();
	}
	px_free(d);
	px_free(d2);
	d = NULL;
	/* A date found in a header line is a well-formed date that parses
	 * to itself. */
	if (px_date_find(s, n, &d, &t) == PX_OK) {
		if (!date_format_ok(d))
			abort();
		d2 = NULL;
		if (px_date_parse(d, strlen(d), &d2, &t2) != PX_OK || strcmp(d, d2) != 0 || t != t2)
			abort();
		px_free(d2);
	}
	px_free(d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data;
	struct px_article *a = NULL;
	unsigned flags = size ? data[0] & PX_CLEAN_ALL : PX_CLEAN_ALL;
	size_t start = 0, i = 0;

	for (i = 0; i <= size; i++) {
		if (i == size || p[i] == '\n') {
			check_date(p + start, i - start);
			start = i + 1;
		}
	}
	if (size > 0 && px_article_from_text("fuzz", p + 1, size - 1, NULL, flags, &a) == PX_OK) {
		if (a->text == NULL || !px_utf8_valid(a->text, a->text_len) ||
		    (a->title != NULL && !px_utf8_valid(a->title, a->title_len)))
			abort();
		if (a->date != NULL && !date_format_ok(a->date))
			abort();
		px_article_free(a);
	}
	return 0;
}
