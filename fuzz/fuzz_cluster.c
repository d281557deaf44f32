/*
 * Fuzz target: near-duplicate index and story clusterer on arbitrary text.
 * The input is split at NUL bytes into up to 16 articles (the first byte of
 * each sets its day, 0xFF = undated; the rest up to the first newline is
 * the title, the remainder the body, raw bytes that need not be valid UTF-8,
 * so the scanners meet broken text directly); each goes into one px_dedup
 * and one px_clusterer (with --explain).
 * Invariants: indexes count up, similarities are in [0, 1], a new story has
 * similarity 1.0 and the next id, a match is an earlier article, groups are
 * consistent, and nothing leaks or crashes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct px_dedup *d = NULL;
	struct px_clusterer *c = NULL;
	struct px_cluster_opts o;
	size_t i = 0, n = 0, stories = 0;

	px_cluster_opts_init(&o);
	o.explain = 1;
	/* No background table: loading it per input would dominate the run
	 * (its parser only ever sees the shipped file). */
	o.idf = "";
	if (px_dedup_new(NULL, &d) != PX_OK || px_clusterer_new(&o, &c) != PX_OK)
		abort();
	while (i < size && n < 16) {
		const uint8_t *p = data + i, *end = memchr(p, 0, size - i);
		size_t len = end ? (size_t)(end - p) : size - i;
		struct px_article art, *a = &art;
		const uint8_t *nl = NULL;
		i += len + 1;
		if (len < 2)
			continue;
		memset(&art, 0, sizeof(art));
		art.id = "fuzz";
		nl = memchr(p + 1, '\n', len - 1);
		art.title = (char *)p + 1;
		art.title_len = nl ? (size_t)(nl - (p + 1)) : len - 1;
		art.text = nl ? (char *)nl + 1 : (char *)p + len;
		art.text_len = nl ? len - 1 - art.title_len - 1 : 0;
		a->time = p[0] == 0xFF ? INT64_MIN : (int64_t)p[0] * 86400 * 3;
		{
			struct px_dedup_match m;
			struct px_cluster_result r;
			size_t first = 0, canon = 0, gsize = 0, k = 0;
			if (px_dedup_add(d, a->title, a->title ? a->title_len : 0, a->text,
					 a->text_len, a->time, &m) != PX_OK)
				abort();
			if (m.index != n || (m.match != PX_DEDUP_NONE && m.match >= n) ||
			    m.similarity < 0 || m.similarity > 1)
				abort();
			if (px_dedup_group(d, n, &first, &canon, &gsize) != PX_OK ||
			    first > n || canon > n || gsize < 1 || gsize > n + 1)
				abort();
			if (px_clusterer_add(c, a, &r) != PX_OK)
				abort();
			if (r.index != n || r.similarity < 0 || r.similarity > 1)
				abort();
			if (r.is_new) {
				if (r.story != stories++ || r.similarity != 1.0)
					abort();
			} else if (r.story >= stories) {
				abort();
			}
			for (k = 0; k < r.n_terms; k++)
				if (r.terms[k] == NULL || r.terms[k][0] == '\0')
					abort();
			for (k = 0; k < r.n_entities; k++)
				if (r.entities[k] == NULL || r.entities[k][0] == '\0')
					abort();
		}
		n++;
	}
	px_dedup_free(d);
	px_clusterer_free(c);
	return 0;
}
