/*
 * Fuzz target: the WARC reader. The input is written to a file and read as
 * WARC (forced, so inputs that do not start with a record still reach the
 * resynchronisation code) with a small record limit, so the size-limit and
 * skip paths run too. Invariants: no crash, leak or hang; every article has
 * a non-empty valid UTF-8 id and a text; ids are unique.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct seen {
	char *ids[256];
	size_t n;
};

static int
check(void *ud, struct px_article *a)
{
	struct seen *s = ud;
	size_t i = 0;

	if (a->id == NULL || a->id[0] == '\0' || !px_utf8_valid(a->id, strlen(a->id)) ||
	    a->text == NULL)
		abort();
	for (i = 0; i < s->n; i++) {
		if (strcmp(s->ids[i], a->id) == 0)
			abort();
	}
	if (s->n < 256)
		s->ids[s->n++] = px_strdup(a->id);
	px_article_free(a);
	return 0;
}

static void
quiet(void *ud, const char *file, long line, const char *reason)
{
	(void)ud;
	(void)file;
	(void)line;
	if (reason == NULL || reason[0] == '\0')
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	FILE *f = NULL;
	struct px_reader_opts o;
	struct px_reader *r = NULL;
	struct seen s;
	size_t i = 0;

	snprintf(path, sizeof path, "/tmp/px-fuzz-warc-%ld.warc", (long)getpid());
	f = fopen(path, "wb");
	if (f == NULL)
		return 0;
	fwrite(data, 1, size, f);
	fclose(f);
	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	o.clean_flags = PX_CLEAN_ALL;
	o.format = PX_FMT_WARC;
	o.max_record = 4096;
	if (px_reader_new(&o, check, quiet, &s, &r) == PX_OK) {
		px_reader_read(r, path);
		px_reader_free(r);
	}
	for (i = 0; i < s.n; i++)
		px_free(s.ids[i]);
	unlink(path);
	return 0;
}
