/*
 * Fuzz target: HTML extraction (px__html_extract_at). The first byte picks
 * options: bits 0-1 the HTTP charset (none, utf-8, windows-1252,
 * iso-8859-2), bit 2 a URL, bit 3 an old crawl time. Invariants: never
 * crashes or leaks; on success the text is valid UTF-8 and not empty, the
 * title and other strings are valid UTF-8, the date has the article format
 * and is not after the crawl time, and the language is 2-3 lowercase
 * letters. Run with the dictionary:
 *   build/fuzz-clang/fuzz_html fuzz/corpus/html -dict=fuzz/html.dict
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"
#include "../src/lib/ingest/html_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_str(const char *s)
{
	if (s != NULL && !px_utf8_valid(s, strlen(s)))
		abort();
}

static void
check_date(const char *s, int64_t t, int64_t crawl)
{
	size_t n = 0, i = 0;

	if (s == NULL)
		return;
	n = strlen(s);
	if (n != 10 && n != 20)
		abort();
	for (i = 0; i < n; i++) {
		char c = s[i];
		int want_digit = !(i == 4 || i == 7 || i == 10 || i == 13 || i == 16 || i == 19);
		if (want_digit && (c < '0' || c > '9'))
			abort();
	}
	if (t == INT64_MIN || t > crawl + 2 * 86400)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const charsets[] = {NULL, "utf-8", "windows-1252",
					       "iso-8859-2"};
	struct px_article *a = NULL;
	char *local = NULL;
	int64_t crawl = 0;
	uint8_t opt = 0;

	if (size == 0)
		return 0;
	opt = data[0];
	crawl = (opt & 8) ? (int64_t)1262304000 : (int64_t)1893456000;
	if (px__html_extract_at((const char *)data + 1, size - 1, charsets[opt & 3],
				(opt & 4) ? "https://fuzz.example/2009/05/06/page" : NULL,
				crawl, &a, &local) == PX_OK) {
		if (a->text == NULL || a->text_len == 0 ||
		    strlen(a->text) != a->text_len ||
		    !px_utf8_valid(a->text, a->text_len))
			abort();
		check_str(a->title);
		check_str(a->source);
		check_str(a->author);
		check_str(a->url);
		check_date(a->date, a->time, crawl);
		if (a->lang != NULL) {
			size_t i = 0, n = strlen(a->lang);
			if (n < 2 || n > 3)
				abort();
			for (i = 0; i < n; i++)
				if (a->lang[i] < 'a' || a->lang[i] > 'z')
					abort();
		}
	}
	px_free(local);
	px_article_free(a);
	return 0;
}
