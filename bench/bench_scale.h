/*
 * Shared by bench_dedup.c and bench_cluster.c: a larger synthetic corpus for
 * growth measurements, made at bench time (never committed) by deterministic
 * near-duplicate edits of bench-news, as in the corpus notes: copy k of an
 * article drops one sentence, swaps three pairs of adjacent words and
 * appends " (copy k)". Copy 0 is the real corpus.
 */
#ifndef PX_BENCH_SCALE_H
#define PX_BENCH_SCALE_H

#include "bench_common.h"

/* Edited copy k (>= 1) of text; malloc'd, NUL-terminated. */
static char *
scale_edit(const char *text, size_t len, unsigned k, size_t *out_len)
{
	char *o = malloc(len + 32);
	size_t i = 0, n = 0, drop_s = 0, drop_e = 0, sents = 0;
	unsigned seed = (unsigned)len * 2654435761u + k;

	/* Pick the sentence to drop: the (seed % count)-th ". " boundary. */
	for (i = 0; i + 1 < len; i++)
		sents += text[i] == '.' && text[i + 1] == ' ';
	if (sents > 2) {
		size_t want = seed % sents, seen = 0, start = 0;
		for (i = 0; i + 1 < len; i++) {
			if (text[i] == '.' && text[i + 1] == ' ') {
				if (seen == want) {
					drop_s = start;
					drop_e = i + 2;
					break;
				}
				seen++;
				start = i + 2;
			}
		}
	}
	for (i = 0; i < len; i++) {
		if (i >= drop_s && i < drop_e)
			continue;
		o[n++] = text[i];
	}
	/* Swap three pairs of adjacent words (first letters swapped is enough
	 * to change both shingles and terms). */
	for (i = 0; i < 3 && n > 20; i++) {
		size_t p = (seed = seed * 1103515245u + 12345u) % (n - 10), q = p;
		while (q < n && o[q] != ' ')
			q++;
		if (q + 1 < n && p < n) {
			char t = o[p];
			o[p] = o[q + 1];
			o[q + 1] = t;
		}
	}
	n += (size_t)snprintf(o + n, 32, " (copy %u)", k);
	*out_len = n;
	return o;
}

/* Grow c to `copies` times its size with edited copies. */
static void
scale_corpus(struct bench_corpus *c, unsigned copies)
{
	size_t n0 = c->n, total = c->n * copies, i = 0;
	unsigned k = 0;

	c->title = realloc(c->title, total * sizeof(char *));
	c->text = realloc(c->text, total * sizeof(char *));
	c->title_len = realloc(c->title_len, total * sizeof(size_t));
	c->text_len = realloc(c->text_len, total * sizeof(size_t));
	for (k = 1; k < copies; k++) {
		for (i = 0; i < n0; i++) {
			size_t j = k * n0 + i;
			c->title[j] = strdup(c->title[i]);
			c->title_len[j] = c->title_len[i];
			c->text[j] = scale_edit(c->text[i], c->text_len[i], k, &c->text_len[j]);
			c->bytes += c->title_len[j] + c->text_len[j];
		}
	}
	c->n = total;
}

#endif
