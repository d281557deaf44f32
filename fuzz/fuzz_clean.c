/*
 * Fuzz target: article cleaning (px_text_clean) of arbitrary bytes, valid
 * UTF-8 or not (NUL bytes, which repaired text never has, become spaces).
 * The first byte selects the clean flags. Invariants checked:
 * - raw mode (flags 0) returns the input exactly;
 * - the body has no leading or trailing white space, no "\n\n\n", and every
 *   line of it is a byte-identical slice of the input;
 * - title, removals and metadata values are slices of the input too
 *   (trimmed), and the dateline offsets lie inside the body;
 * - valid UTF-8 in gives valid UTF-8 out (cuts happen at ASCII bytes);
 * - px_clean_debris_kind and px_dateline_parse stay inside their input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *
find(const char *hay, size_t hn, const char *needle, size_t nn)
{
	size_t i = 0;

	if (nn == 0)
		return hay;
	for (i = 0; i + nn <= hn; i++) {
		if (hay[i] == needle[0] && memcmp(hay + i, needle, nn) == 0)
			return hay + i;
	}
	return NULL;
}

static void
check_slice(const char *in, size_t n, const char *s)
{
	if (s != NULL && find(in, n, s, strlen(s)) == NULL)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct px_clean_result r;
	struct px_dateline dl;
	char *copy = NULL;
	const char *in = NULL;
	size_t n = size ? size - 1 : 0, i = 0;
	unsigned flags = 0;
	int valid = 0;

	if (size == 0 || size > 1 << 16)
		return 0;
	/* Repaired text has no NUL bytes (repair drops control characters) and
	 * the result's strings are C strings: NULs become spaces here. */
	copy = malloc(size);
	if (copy == NULL)
		return 0;
	for (i = 1; i < size; i++)
		copy[i] = data[i] ? (char)data[i] : ' ';
	in = copy + 1;
	flags = data[0] & PX_CLEAN_ALL;
	valid = px_utf8_valid(in, n);
	if (px_text_clean(in, n, flags, &r) != PX_OK)
		abort();
	if (flags == 0) {
		if (r.body_len != n || memcmp(r.body, in, n) != 0)
			abort();
		px_clean_result_release(&r);
		free(copy);
		return 0;
	}
	if (r.body_len && (r.body[0] == ' ' || r.body[0] == '\n' ||
			   r.body[r.body_len - 1] == ' ' || r.body[r.body_len - 1] == '\n'))
		abort();
	if (find(r.body, r.body_len, "\n\n\n", 3) != NULL)
		abort();
	while (i < r.body_len) {
		const char *nl = memchr(r.body + i, '\n', r.body_len - i);
		size_t e = nl ? (size_t)(nl - r.body) : r.body_len;
		if (e > i && find(in, n, r.body + i, e - i) == NULL)
			abort();
		i = e + 1;
	}
	if (valid && !px_utf8_valid(r.body, r.body_len))
		abort();
	check_slice(in, n, r.title);
	check_slice(in, n, r.url);
	for (i = 0; i < r.n_removed; i++) {
		check_slice(in, n, r.removed[i].text);
		if (r.removed[i].kind == NULL || r.removed[i].text[0] == '\0')
			abort();
	}
	if (r.dateline_end > r.body_len || r.dateline_start > r.dateline_end)
		abort();
	px_clean_result_release(&r);
	/* The line classifier and the dateline parser on the raw bytes. */
	(void)px_clean_debris_kind(in, n);
	if (px_dateline_parse(in, n, &dl)) {
		if (dl.end > n || dl.place_end > dl.end || dl.source_end > dl.end ||
		    dl.source_start > dl.source_end)
			abort();
	}
	free(copy);
	return 0;
}
