/*
 * Fuzz target: the whole report pipeline over a few articles cut from the
 * input (articles separated by a form feed), written in every format.
 * Invariants: never crashes, and the JSON written is valid UTF-8.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct px_report *r = NULL;
	struct px_report_opts o;
	const char *p = (const char *)data;
	size_t left = size, n = 0;

	px_report_opts_init(&o);
	o.threads = 1;
	if (size > 1 << 16 || px_report_new(&o, &r) != PX_OK)
		return 0;
	while (left > 0 && n < 8) {
		const char *ff = memchr(p, '\f', left);
		size_t len = ff ? (size_t)(ff - p) : left;
		struct px_article *a = NULL;
		char id[16];
		id[0] = 'a';
		id[1] = (char)('0' + n);
		id[2] = '\0';
		if (px_article_from_text(id, p, len, NULL, PX_CLEAN_ALL, &a) == PX_OK)
			px_report_add_article(r, a);
		n++;
		p += len + (ff ? 1 : 0);
		left -= len + (ff ? 1 : 0);
	}
	if (px_report_build(r) == PX_OK) {
		enum px_report_format f[] = {PX_REPORT_JSON, PX_REPORT_TEXT, PX_REPORT_MARKDOWN, PX_REPORT_HTML};
		size_t i = 0;
		for (i = 0; i < 4; i++) {
			struct px_buf b = PX_BUF_INIT;
			if (px_report_write(r, f[i], &b) == PX_OK && !px_utf8_valid(b.data ? b.data : "", b.len))
				abort();
			px_buf_release(&b);
		}
	}
	px_report_free(r);
	return 0;
}
