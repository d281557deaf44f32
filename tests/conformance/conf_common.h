/*
 * Shared helpers of the conformance runners: locating ../shared, reading a
 * suite's cases.jsonl with jansson, reading gzip files, and printing results
 * in the "RESULT suite metric value" form tests/conformance/run.sh checks.
 */
#ifndef PX_CONF_COMMON_H
#define PX_CONF_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <zlib.h>

#include "parallax/parallax.h"

static const char *
conf_shared(void)
{
	const char *s = getenv("PX_SHARED");
	return s ? s : "../shared";
}

/* Load every case of a suite; returns a JSON array (caller decrefs). */
static json_t *
conf_load(const char *suite)
{
	char path[4096];
	FILE *f = NULL;
	json_t *arr = json_array();
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = 0;

	snprintf(path, sizeof path, "%s/conformance/%s/cases.jsonl", conf_shared(), suite);
	f = fopen(path, "r");
	if (f == NULL) {
		fprintf(stderr, "conformance: cannot open %s\n", path);
		return arr;
	}
	while ((n = getline(&line, &cap, f)) > 0) {
		json_error_t err;
		json_t *c = json_loadb(line, (size_t)n, 0, &err);
		if (c)
			json_array_append_new(arr, c);
	}
	free(line);
	fclose(f);
	return arr;
}

/* Read a gzip-compressed file relative to the suite folder; malloc'd. */
static char *
conf_read_gz(const char *suite, const char *rel, size_t *len)
{
	char path[4096];
	gzFile g = NULL;
	char *buf = NULL;
	size_t cap = 0, n = 0;
	int r = 0;

	snprintf(path, sizeof path, "%s/conformance/%s/%s", conf_shared(), suite, rel);
	g = gzopen(path, "rb");
	if (g == NULL)
		return NULL;
	cap = 1 << 16;
	buf = malloc(cap + 1);
	while (buf && (r = gzread(g, buf + n, (unsigned)(cap - n))) > 0) {
		n += (size_t)r;
		if (n == cap) {
			char *nb = realloc(buf, cap * 2 + 1);
			if (nb == NULL) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
	}
	gzclose(g);
	if (buf)
		buf[n] = '\0';
	*len = n;
	return buf;
}

static const char *
conf_str(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void
conf_result(const char *suite, const char *metric, double value)
{
	printf("RESULT %s %s %.4f\n", suite, metric, value);
}

#endif
