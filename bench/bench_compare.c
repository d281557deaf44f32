/*
 * Benchmark of the comparison stage (px_compare) on bench-news: the file
 * goes through a report with one thread (reading, clustering, claims,
 * comparison: not timed); then every story that was compared is compared
 * again RUNS times, its sources segmented once beforehand (not timed).
 * Prints the standard line (articles/s and MB/s of the compared sources'
 * title and body bytes, peak RSS) in wall and process CPU time, best and
 * median of RUNS, and checks that every run finds as many agreements,
 * conflicts and unique claims as the report did.
 *
 * Usage: bench_compare [ARTICLES] (the first ARTICLES of bench-news; 0 or
 * none: all). Skips with a message when ../shared (PX_SHARED) is absent.
 */
#include "bench_common.h"

#include "parallax/parallax.h"

#define RUNS 3
#define MAX_COMPARED 48 /* as the report compares (build.c) */

struct reading {
	struct px_report *r;
	size_t limit;
	size_t n;
};

static int
on_article(void *ud, struct px_article *a)
{
	struct reading *rd = ud;

	if (rd->limit && rd->n >= rd->limit) {
		px_article_free(a);
		return 1;
	}
	rd->n++;
	return px_report_add_article(rd->r, a) != PX_OK;
}

int
main(int argc, char **argv)
{
	char path[4096];
	struct reading rd;
	struct px_report_opts opts;
	struct px_stemmer *stem = NULL;
	const struct px_comparer *cmp = NULL;
	struct px_compare_input *in = NULL;
	double secs[RUNS], cpu[RUNS];
	size_t k = 0, i = 0, stories = 0, articles = 0, bytes = 0, rejected = 0;
	size_t want_items = 0, items[RUNS];
	int run = 0;
	FILE *f = NULL;

	(void)bench_load_news; /* shared helper this benchmark does not use */
	memset(&rd, 0, sizeof(rd));
	rd.limit = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 0;
	snprintf(path, sizeof path, "%s/data/bench-news/bench-news.jsonl", bench_shared());
	f = fopen(path, "r");
	if (f == NULL) {
		printf("compare: skipped: %s not found (set PX_SHARED)\n", path);
		return 0;
	}
	fclose(f);
	px_report_opts_init(&opts);
	opts.threads = 1;
	if (px_report_new(&opts, &rd.r) != PX_OK || px_stemmer_new("en", &stem) != PX_OK)
		return 1;
	if (px_read_input(path, NULL, on_article, bench_no_problem, &rd, &rejected) != PX_OK &&
	    (rd.limit == 0 || rd.n < rd.limit))
		return 1;
	if (px_report_build(rd.r) != PX_OK)
		return 1;
	cmp = rd.r->comparer; /* the report's own, with its options */
	in = calloc(MAX_COMPARED, sizeof(*in));
	for (run = 0; run < RUNS; run++) {
		secs[run] = 0;
		cpu[run] = 0;
		items[run] = 0;
	}
	for (k = 0; k < rd.r->n_stories; k++) {
		struct px_report_story *s = &rd.r->stories[k];
		size_t n = s->n_sources < MAX_COMPARED ? s->n_sources : MAX_COMPARED;
		if (s->cmp == NULL)
			continue;
		want_items += s->cmp->n_agreements + s->cmp->n_conflicts + s->cmp->n_unique;
		for (i = 0; i < n; i++) {
			struct px_report_article *ra = &rd.r->articles[s->sources[i]];
			const struct px_article *a = ra->a;
			if ((a->title && px_doc_parse(&ra->title, a->title, a->title_len,
						      PX_DOC_TOKENS | PX_DOC_STEMS, stem) != PX_OK) ||
			    px_doc_parse(&ra->text, a->text, a->text_len,
					 PX_DOC_TOKENS | PX_DOC_STEMS, stem) != PX_OK)
				return 1;
			in[i].article = a;
			in[i].title = a->title ? &ra->title : NULL;
			in[i].text = &ra->text;
			in[i].claims = ra->claims;
			bytes += a->title_len + a->text_len;
		}
		articles += n;
		stories++;
		for (run = 0; run < RUNS; run++) {
			struct px_comparison *c = NULL;
			double t0 = bench_now(), c0 = bench_cpu_now();
			if (px_compare(cmp, in, n, &c) != PX_OK)
				return 1;
			secs[run] += bench_now() - t0;
			cpu[run] += bench_cpu_now() - c0;
			items[run] += c->n_agreements + c->n_conflicts + c->n_unique;
			px_comparison_free(c);
		}
		for (i = 0; i < n; i++) {
			px_doc_release(&rd.r->articles[s->sources[i]].title);
			px_doc_release(&rd.r->articles[s->sources[i]].text);
		}
	}
	for (run = 0; run < RUNS; run++)
		if (items[run] != want_items) {
			fprintf(stderr, "compare: run %d found %zu items, the report %zu\n", run,
				items[run], want_items);
			return 1;
		}
	bench_report("compare", secs, RUNS, articles, bytes);
	bench_report("compare (process CPU time)", cpu, RUNS, articles, bytes);
	printf("compare: %zu stories, %zu sources compared, %zu agreements + conflicts + unique; "
	       "CPU %.2f s best, %.2f s median\n",
	       stories, articles, want_items, cpu[0], cpu[RUNS / 2]);
	free(in);
	px_stemmer_free(stem);
	px_report_free(rd.r);
	return 0;
}
