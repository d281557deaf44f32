/*
 * Fuzz target: JSON Lines records. Invariants: the fast record scanner
 * (jsonrec.c) accepts only what jansson accepts, with the same values for
 * every field ingest reads; and the whole JSON Lines reader never crashes,
 * leaks or hangs on the input (read as a .jsonl file through px_reader,
 * with one and with two threads).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "parallax/parallax.h"
#include "../src/lib/ingest/ingest_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_scanner(const char *p, size_t n)
{
	struct px__rec rec;
	json_error_t e;
	json_t *o = NULL;
	int k = 0;

	if (px__rec_scan(p, n, &rec) != 0)
		return;
	o = json_loadb(p, n, 0, &e);
	if (o == NULL || !json_is_object(o)) {
		fprintf(stderr, "scanner accepted what jansson rejects: %s\n", e.text);
		abort();
	}
	for (k = 0; k < PX__REC_N; k++) {
		json_t *v = json_object_get(o, px__rec_field_name(k));
		if (json_is_string(v)) {
			if (rec.f[k] == NULL || rec.len[k] != json_string_length(v) ||
			    memcmp(rec.f[k], json_string_value(v), rec.len[k]) != 0)
				abort();
		} else if (k == PX__REC_ID && json_is_integer(v)) {
			char num[32];
			snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
			if (rec.f[k] == NULL || strcmp(rec.f[k], num) != 0 || !rec.id_integer)
				abort();
		} else if (rec.f[k] != NULL) {
			abort();
		}
	}
	json_decref(o);
	px__rec_release(&rec);
}

static int
drop(void *ud, struct px_article *a)
{
	(void)ud;
	px_article_free(a);
	return 0;
}

static void
quiet(void *ud, const char *file, long line, const char *reason)
{
	(void)ud;
	(void)file;
	(void)line;
	(void)reason;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data;
	size_t start = 0, i = 0;
	char path[64];
	FILE *f = NULL;
	unsigned threads = 1;

	/* Every line on its own through both parsers. */
	for (i = 0; i <= size; i++) {
		if (i == size || p[i] == '\n') {
			check_scanner(p + start, i - start);
			start = i + 1;
		}
	}
	/* The whole input as a file through the reader. */
	snprintf(path, sizeof path, "/tmp/px-fuzz-jsonl-%ld.jsonl", (long)getpid());
	f = fopen(path, "wb");
	if (f == NULL)
		return 0;
	fwrite(data, 1, size, f);
	fclose(f);
	for (threads = 1; threads <= 2; threads++) {
		struct px_reader_opts o;
		struct px_reader *r = NULL;
		memset(&o, 0, sizeof(o));
		o.clean_flags = PX_CLEAN_ALL;
		o.threads = threads;
		o.max_record = 1 << 16;
		if (px_reader_new(&o, drop, quiet, NULL, &r) == PX_OK) {
			px_reader_read(r, path);
			px_reader_free(r);
		}
	}
	unlink(path);
	return 0;
}
