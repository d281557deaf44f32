/*
 * Benchmark of JSON Lines ingest: bench-news.jsonl read through px_reader
 * (streaming, JSON parsing, decode, repair, cleaning, language), articles
 * freed as they arrive. Reports one line per thread count (1 and 2) with
 * articles/s and MB/s of input, best and median of the runs.
 *
 * usage: bench_ingest [RUNS]   (PX_SHARED locates ../shared)
 * Also prints the CPU time per run, which stays meaningful on a busy
 * machine where wall-clock figures do not.
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

/* CPU seconds used by the process (all threads). */
static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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

	/* The shared loader is for benchmarks of stages after ingest. */
	(void)bench_load_news;
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
		double secs[50], cpu[50];
		struct count c;
		char stage[64];
		int r = 0;

		for (r = 0; r < runs; r++) {
			struct px_reader_opts opts;
			struct px_reader *rd = NULL;
			double t0 = 0, c0 = 0;

			memset(&opts, 0, sizeof(opts));
			memset(&c, 0, sizeof(c));
			opts.clean_flags = PX_CLEAN_ALL;
			opts.threads = threads[t];
			if (px_reader_new(&opts, on_article, on_problem, &c, &rd) != PX_OK)
				return 1;
			t0 = bench_now();
			c0 = cpu_now();
			px_reader_read(rd, path);
			secs[r] = bench_now() - t0;
			cpu[r] = cpu_now() - c0;
			px_reader_free(rd);
		}
		snprintf(stage, sizeof stage, "ingest jsonl (%u thread%s)", threads[t],
			 threads[t] == 1 ? "" : "s");
		bench_report(stage, secs, runs, c.articles, (size_t)size);
		qsort(cpu, (size_t)runs, sizeof(double), bench_cmp_double);
		printf("  CPU time: best %.3f s (%.1f MB per CPU-second)\n", cpu[0],
		       (double)size / cpu[0] / 1e6);
		if (c.problems)
			printf("  (%zu problems reported)\n", c.problems);
	}
	return 0;
}
