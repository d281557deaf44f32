/*
 * Build tool for data/idf_en.txt: reads documents from stdin separated by
 * NUL bytes (title line, then body), tokenises and stems them exactly as
 * the clusterer does (the cluster module's own feature extractor), counts
 * in how many documents each stem occurs and prints the table format that
 * src/lib/cluster/vocab.c reads: comment lines, "docs N", then "STEM DF"
 * for the MAX stems with the highest document frequency (at least MIN_DF),
 * sorted by stem. Usage: build_idf MAX MIN_DF < docs > table
 * (tools/build-idf runs it over the corpus; see docs/internals/cluster.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/lib/cluster/cluster_internal.h"

struct row {
	const char *key;
	uint32_t df;
};

static int
by_df(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->df != y->df)
		return x->df > y->df ? -1 : 1;
	return strcmp(x->key, y->key);
}

static int
by_key(const void *a, const void *b)
{
	return strcmp(((const struct row *)a)->key, ((const struct row *)b)->key);
}

int
main(int argc, char **argv)
{
	struct px__tokenizer tk;
	struct px__vocab v;
	struct px_buf doc = PX_BUF_INIT;
	struct row *rows = NULL;
	size_t max = argc > 1 ? strtoul(argv[1], NULL, 10) : 60000;
	uint32_t min_df = argc > 2 ? (uint32_t)strtoul(argv[2], NULL, 10) : 2;
	uint32_t docs = 0;
	size_t i = 0, n = 0, nrows = 0;
	int ch = 0;

	memset(&v, 0, sizeof(v));
	if (px__tokenizer_init(&tk) || px_map_new(&v.map))
		return 1;
	for (;;) {
		ch = getchar();
		if (ch != EOF && ch != 0) {
			px_buf_putc(&doc, ch);
			continue;
		}
		if (doc.len > 0) {
			struct px_article a;
			struct px_cluster_doc *d = NULL;
			char *nl = memchr(doc.data, '\n', doc.len);
			memset(&a, 0, sizeof(a));
			a.title = doc.data;
			a.title_len = nl ? (size_t)(nl - doc.data) : doc.len;
			a.text = nl ? nl + 1 : doc.data + doc.len;
			a.text_len = doc.len - (size_t)(a.text - doc.data);
			a.time = INT64_MIN;
			if (px__features(&tk, &v, &a, &d) == PX_OK) {
				/* Stems of title and body; a stem counted once per doc. */
				size_t total = (size_t)d->n[0] + d->n[1];
				for (i = 0; i < total; i++) {
					size_t j = 0;
					int dup = 0;
					if (i >= d->n[0])
						for (j = 0; j < d->n[0] && !dup; j++)
							dup = d->t[j].id == d->t[i].id;
					if (!dup)
						v.df[d->t[i].id]++;
				}
				px_cluster_doc_free(d);
				docs++;
			}
		}
		px_buf_reset(&doc);
		if (ch == EOF)
			break;
	}
	n = px_map_count(v.map);
	rows = calloc(n ? n : 1, sizeof(*rows));
	for (i = 0; i < n; i++) {
		const char *k = px_map_key(v.map, (uint32_t)i, NULL);
		if (k[0] == '^' || k[0] == '#' || v.df[i] < min_df)
			continue;
		rows[nrows].key = k;
		rows[nrows++].df = v.df[i];
	}
	qsort(rows, nrows, sizeof(*rows), by_df);
	if (nrows > max)
		nrows = max;
	qsort(rows, nrows, sizeof(*rows), by_key);
	printf("# parallax background document frequencies of English Snowball stems\n");
	printf("# made by tools/build-idf; see docs/internals/cluster.md\n");
	printf("docs %u\n", docs);
	for (i = 0; i < nrows; i++)
		printf("%s %u\n", rows[i].key, rows[i].df);
	free(rows);
	px_buf_release(&doc);
	px__vocab_release(&v);
	px__tokenizer_release(&tk);
	return 0;
}
