/*
 * Benchmark of near-duplicate detection (px_dedup_add) on bench-news:
 * articles/s and MB/s of title + text (best and median of 3 runs), peak RSS
 * and the index's bytes per article; then the growth from 25k to 100k
 * articles on a synthetic x4 corpus of near-duplicate edits (bench_scale.h).
 * One core.
 */
#include "parallax/parallax.h"

#include "bench_scale.h"

static double cpu_secs;

static double
cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
run(const struct bench_corpus *c, size_t n, size_t *groups, size_t *mem)
{
	struct px_dedup *d = NULL;
	double t0 = 0, t = 0, c0 = 0;
	size_t i = 0, g = 0;

	px_dedup_new(NULL, &d);
	t0 = bench_now();
	c0 = cpu_now();
	for (i = 0; i < n; i++) {
		struct px_dedup_match m;
		px_dedup_add(d, c->title[i], c->title_len[i], c->text[i], c->text_len[i],
			     INT64_MIN, &m);
		g += m.match != PX_DEDUP_NONE;
	}
	t = bench_now() - t0;
	cpu_secs = cpu_now() - c0;
	*groups = g;
	*mem = px_dedup_memory(d);
	px_dedup_free(d);
	return t;
}

int
main(void)
{
	struct bench_corpus c;
	double secs[3];
	size_t matched = 0, mem = 0, bytes = 0, i = 0, steps[4];
	int r = 0, s = 0;

	if (bench_load_news(&c, 0))
		return 0;
	double best_cpu = 1e9;

	for (r = 0; r < 3; r++) {
		secs[r] = run(&c, c.n, &matched, &mem);
		if (cpu_secs < best_cpu)
			best_cpu = cpu_secs;
	}
	bench_report("dedup", secs, 3, c.n, c.bytes);
	printf("dedup: CPU time best: %.0f articles/s, %.1f MB/s\n", c.n / best_cpu,
	       c.bytes / best_cpu / 1e6);
	printf("dedup: %zu of %zu articles matched an earlier one; index %.0f bytes/article\n",
	       matched, c.n, (double)mem / (double)c.n);
	scale_corpus(&c, 4);
	steps[0] = c.n / 4;
	steps[1] = c.n / 2;
	steps[2] = c.n / 4 * 3;
	steps[3] = c.n;
	for (s = 0; s < 4; s++) {
		double t = 0;
		bytes = 0;
		for (i = 0; i < steps[s]; i++)
			bytes += c.title_len[i] + c.text_len[i];
		t = run(&c, steps[s], &matched, &mem);
		printf("dedup growth: %6zu articles %7.1f MB  %.2f s (CPU %.2f s)  %.0f articles/s  %.1f MB/s  "
		       "index %.1f MiB (%.0f B/article)  matched %zu  peak RSS %.0f MiB\n",
		       steps[s], bytes / 1e6, t, cpu_secs, steps[s] / t, bytes / t / 1e6,
		       mem / 1048576.0, (double)mem / steps[s], matched, bench_peak_rss_mib());
	}
	return 0;
}
