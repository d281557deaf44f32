/*
 * Benchmark of article cleaning (px_text_clean, PX_CLEAN_ALL) over
 * ../shared/data/bench-news/bench-news.jsonl (25,394 real articles), one
 * thread, the texts loaded into memory first so only cleaning is timed.
 * The texts are already UTF-8 (decoding and repair are measured by
 * bench_repair). Five runs; the line gives the best and the median, and
 * peak RSS. Times are the thread's CPU time, so that other processes on a
 * shared machine do not count. A second line counts what was found.
 * BENCH_CLEAN_RUNS changes the number of runs.
 */
#include "bench_common.h"
#include "parallax/parallax.h"

static size_t sink;

static double
cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
run_once(const struct bench_corpus *c)
{
	double t0 = cpu_now();
	size_t i = 0;

	for (i = 0; i < c->n; i++) {
		struct px_clean_result r;
		if (px_text_clean(c->text[i], c->text_len[i], PX_CLEAN_ALL, &r) == PX_OK) {
			sink += r.body_len + r.n_removed;
			px_clean_result_release(&r);
		}
	}
	return cpu_now() - t0;
}

int
main(void)
{
	struct bench_corpus c;
	const char *e = getenv("BENCH_CLEAN_RUNS");
	int runs = e ? atoi(e) : 5, r = 0;
	double secs[32];
	size_t i = 0, titles = 0, removed = 0, datelines = 0, bytes = 0;

	(void)bench_now;
	if (runs < 1 || runs > 32)
		runs = 5;
	if (bench_load_news(&c, 0) != 0)
		return 0;
	for (i = 0; i < c.n; i++) {
		struct px_clean_result cr;
		bytes += c.text_len[i];
		if (px_text_clean(c.text[i], c.text_len[i], PX_CLEAN_ALL, &cr) != PX_OK)
			continue;
		titles += cr.title != NULL;
		removed += cr.n_removed;
		datelines += cr.place != NULL || cr.dateline_end > 0;
		px_clean_result_release(&cr);
	}
	for (r = 0; r < runs; r++)
		secs[r] = run_once(&c);
	bench_report("clean", secs, runs, c.n, bytes);
	printf("clean: %zu articles, %.1f MB of text; %zu headlines taken from a first line, "
	       "%zu lines or parts removed, %zu datelines\n",
	       c.n, (double)bytes / 1e6, titles, removed, datelines);
	return sink == 0;
}
