/*
 * Benchmark of story clustering on bench-news: feature extraction
 * (px_clusterer_prepare: tokens, stems, interning) and clustering proper
 * (px_clusterer_add_doc: weighting, candidates, scoring, story update) are
 * timed apart; articles/s and MB/s of title + text for each, best and median
 * of 3 runs, peak RSS and the clusterer's bytes per article; then the growth
 * from 25k to 100k articles on a synthetic x4 corpus of near-duplicate edits
 * (bench_scale.h). Articles are undated here (bench_common loads text only),
 * so no story ages out by time: the worst case for the candidate index.
 * Wall-clock and CPU time are both printed (other jobs may share the cores).
 */
#include "parallax/parallax.h"

#include "bench_scale.h"

static double
cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct timing {
	double prep, add, prep_cpu, add_cpu;
	size_t stories, mem;
};

static void
run(const struct bench_corpus *c, size_t n, struct timing *t)
{
	struct px_clusterer *cl = NULL;
	struct px_cluster_doc **docs = calloc(n, sizeof(*docs));
	double t0 = 0, c0 = 0;
	size_t i = 0;

	px_clusterer_new(NULL, &cl);
	t0 = bench_now();
	c0 = cpu_now();
	for (i = 0; i < n; i++) {
		struct px_article a;
		memset(&a, 0, sizeof(a));
		a.title = c->title[i];
		a.title_len = c->title_len[i];
		a.text = c->text[i];
		a.text_len = c->text_len[i];
		a.time = INT64_MIN;
		px_clusterer_prepare(cl, &a, &docs[i]);
	}
	t->prep = bench_now() - t0;
	t->prep_cpu = cpu_now() - c0;
	t0 = bench_now();
	c0 = cpu_now();
	for (i = 0; i < n; i++) {
		struct px_cluster_result r;
		px_clusterer_add_doc(cl, docs[i], &r);
	}
	t->add = bench_now() - t0;
	t->add_cpu = cpu_now() - c0;
	t->stories = px_clusterer_story_count(cl);
	t->mem = px_clusterer_memory(cl);
	px_clusterer_free(cl);
	free(docs);
}

int
main(void)
{
	struct bench_corpus c;
	struct timing t;
	double prep[3], add[3], best_cpu_add = 1e9, best_cpu_prep = 1e9;
	size_t steps[4], i = 0, bytes = 0;
	int r = 0, s = 0;

	if (bench_load_news(&c, 0))
		return 0;
	for (r = 0; r < 3; r++) {
		run(&c, c.n, &t);
		prep[r] = t.prep;
		add[r] = t.add;
		if (t.add_cpu < best_cpu_add)
			best_cpu_add = t.add_cpu;
		if (t.prep_cpu < best_cpu_prep)
			best_cpu_prep = t.prep_cpu;
	}
	bench_report("cluster extraction", prep, 3, c.n, c.bytes);
	bench_report("cluster after extraction", add, 3, c.n, c.bytes);
	printf("cluster: CPU time best: extraction %.0f articles/s, clustering %.0f articles/s; "
	       "%zu stories; clusterer %.0f bytes/article\n",
	       c.n / best_cpu_prep, c.n / best_cpu_add, t.stories, (double)t.mem / c.n);
	scale_corpus(&c, 4);
	steps[0] = c.n / 4;
	steps[1] = c.n / 2;
	steps[2] = c.n / 4 * 3;
	steps[3] = c.n;
	for (s = 0; s < 4; s++) {
		bytes = 0;
		for (i = 0; i < steps[s]; i++)
			bytes += c.title_len[i] + c.text_len[i];
		run(&c, steps[s], &t);
		printf("cluster growth: %6zu articles %6.1f MB  extraction %.2f s  clustering %.2f s "
		       "(%.0f articles/s; CPU %.0f/s)  %zu stories  clusterer %.1f MiB (%.0f B/article)  "
		       "peak RSS %.0f MiB\n",
		       steps[s], bytes / 1e6, t.prep, t.add, steps[s] / t.add, steps[s] / t.add_cpu,
		       t.stories, t.mem / 1048576.0, (double)t.mem / steps[s], bench_peak_rss_mib());
	}
	return 0;
}
