/*
 * Benchmark of JSON Lines ingest: bench-news.jsonl read through px_reader
 * (streaming, JSON parsing, decode, repair, cleaning, language), articles
 * freed as they arrive. Reports one line per thread count (1 and 2) with
 * articles/s and MB/s of input, best and median of the runs.
 *
 * usage: bench_ingest [RUNS]   (PX_SHARED locates ../shared)
 */
#include "bench_common.h"

#include "parallax/parallax.h"

struct count {
	size_t articles;
	size_t problems;
};

static int
on_article(void *ud, struct px_article *a)
{
	struct count *c = ud;

	c->articles++;
	px_article_free(a);
	return 0;
}

static void
on_problem(void *ud, const char *file, long line, const char *reason)
{
	struct count *c = ud;

	(void)file;
	(void)line;
	(void)reason;
	c->problems++;
}

int
main(int argc, char **argv)
{
	char path[4096];
	int runs = argc > 1 ? atoi(argv[1]) : 3;
	unsigned threads[] = {1, 2};
	size_t t = 0;
	FILE *f = NULL;
	long size = 0;

	if (runs < 1 || runs > 50)
		runs = 3;
	snprintf(path, sizeof path, "%s/data/bench-news/bench-news.jsonl", bench_shared());
	f = fopen(path, "rb");
	if (f == NULL) {
		printf("bench_ingest: skipped: %s not found (set PX_SHARED)\n", path);
		return 0;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fclose(f);
	for (t = 0; t < sizeof threads / sizeof threads[0]; t++) {
		double secs[50];
		struct count c;
		char stage[64];
		int r = 0;

		for (r = 0; r < runs; r++) {
			struct px_reader_opts opts;
			struct px_reader *rd = NULL;
			double t0 = 0;

			memset(&opts, 0, sizeof(opts));
			memset(&c, 0, sizeof(c));
			opts.clean_flags = PX_CLEAN_ALL;
			opts.threads = threads[t];
			if (px_reader_new(&opts, on_article, on_problem, &c, &rd) != PX_OK)
				return 1;
			t0 = bench_now();
			px_reader_read(rd, path);
			secs[r] = bench_now() - t0;
			px_reader_free(rd);
		}
		snprintf(stage, sizeof stage, "ingest jsonl (%u thread%s)", threads[t],
			 threads[t] == 1 ? "" : "s");
		bench_report(stage, secs, runs, c.articles, (size_t)size);
		if (c.problems)
			printf("  (%zu problems reported)\n", c.problems);
	}
	return 0;
}
