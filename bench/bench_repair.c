/*
 * Benchmark of the first text stage: px_text_decode then px_text_repair
 * (all repairs) over the titles and texts of bench-news.jsonl, single
 * thread. Prints the standard line (bench_common.h) and how many articles
 * were changed, so a regression in the fast path shows as a speed drop and
 * a regression in conservatism as a jump in the count.
 */
#include "bench_common.h"

#include "parallax/parallax.h"

#define RUNS 5

static double
cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t
run_once(const struct bench_corpus *c, size_t *changed, size_t *edits)
{
	struct px_buf dec = PX_BUF_INIT, rep = PX_BUF_INIT;
	struct px_edits log = {0};
	size_t i = 0, out = 0;

	*changed = 0;
	*edits = 0;
	for (i = 0; i < c->n; i++) {
		int part = 0;
		for (part = 0; part < 2; part++) {
			const char *s = part ? c->text[i] : c->title[i];
			size_t n = part ? c->text_len[i] : c->title_len[i];
			px_buf_reset(&dec);
			px_buf_reset(&rep);
			px_text_decode(s, n, NULL, &dec, &log);
			px_text_repair(dec.data ? dec.data : "", dec.len, PX_REPAIR_ALL,
				       &rep, &log);
			out += rep.len;
			if (rep.len != n || (n && memcmp(rep.data, s, n) != 0))
				(*changed)++;
		}
		*edits += log.n;
		px_edits_release(&log);
	}
	px_buf_release(&dec);
	px_buf_release(&rep);
	return out;
}

int
main(void)
{
	struct bench_corpus c;
	double secs[RUNS], cpu_best = 1e30;
	size_t changed = 0, edits = 0, out = 0;
	int r = 0;

	if (bench_load_news(&c, 0) != 0)
		return 0;
	for (r = 0; r < RUNS; r++) {
		double t0 = bench_now(), c0 = cpu_now(), cpu = 0;
		out = run_once(&c, &changed, &edits);
		secs[r] = bench_now() - t0;
		cpu = cpu_now() - c0;
		if (cpu < cpu_best)
			cpu_best = cpu;
	}
	bench_report("decode+repair", secs, RUNS, c.n, c.bytes);
	/* CPU time is what the stage costs when other work shares the cores. */
	printf("decode+repair: %.1f MB/s of CPU time (best of %d)\n",
	       (double)c.bytes / cpu_best / 1e6, RUNS);
	printf("decode+repair: %zu of %zu fields changed, %zu edits logged, %zu bytes out\n",
	       changed, 2 * c.n, edits, out);
	return 0;
}
