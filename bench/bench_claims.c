/*
 * Benchmark of the claims stage on bench-news: segmentation (px_doc_parse)
 * then px_claims_extract over title and body, one core. Prints the standard
 * line twice: claims alone (segmentation done before timing) and segment +
 * claims, plus claims per second.
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

int
main(void)
{
	struct bench_corpus c;
	struct px_extractor *x = NULL;
	struct px_doc *titles = NULL, *bodies = NULL;
	double secs[RUNS], secs2[RUNS], cpu[RUNS];
	size_t i = 0, nclaims = 0;
	int r = 0;

	struct px_claims_opts opts = {0, NULL};
	const char *kinds = getenv("PX_BENCH_KINDS");
	const char *arts = getenv("PX_BENCH_ARTICLES");
	const char *runs_env = getenv("PX_BENCH_RUNS");
	const char *only = getenv("PX_BENCH_CLAIMS_ONLY");
	int runs = RUNS, n_runs = runs_env ? atoi(runs_env) : 0;
	int claims_only = only && atoi(only) == 1;

	/* PX_BENCH_KINDS=1,2,4,8 (a px_claims_kinds mask) times one recogniser */
	if (kinds)
		opts.kinds = (unsigned)strtoul(kinds, NULL, 0);
	/* PX_BENCH_ARTICLES=N reads the first N articles only and
	   PX_BENCH_RUNS=N (1-5) repeats each pass N times: for profiling */
	if (n_runs >= 1 && n_runs <= RUNS)
		runs = n_runs;
	if (bench_load_news(&c, arts ? (size_t)strtoul(arts, NULL, 10) : 0) != 0)
		return 0;
	if (px_extractor_new(&x) != PX_OK)
		return 1;
	titles = calloc(c.n, sizeof(*titles));
	bodies = calloc(c.n, sizeof(*bodies));
	for (i = 0; i < c.n; i++) {
		px_doc_parse(&titles[i], c.title[i], c.title_len[i], 0, NULL);
		px_doc_parse(&bodies[i], c.text[i], c.text_len[i], 0, NULL);
	}
	for (r = 0; r < runs; r++) {
		double t0 = bench_now(), c0 = cpu_now();
		nclaims = 0;
		for (i = 0; i < c.n; i++) {
			struct px_claims *cl = NULL;
			if (px_claims_extract(x, &titles[i], &bodies[i], &opts, &cl) == PX_OK) {
				nclaims += cl->n;
				px_claims_free(cl);
			}
		}
		secs[r] = bench_now() - t0;
		cpu[r] = cpu_now() - c0;
	}
	/* PX_BENCH_CLAIMS_ONLY=1 leaves out the segment+claims passes (A/B
	   runs of the claims stage alone) */
	for (r = 0; r < runs && !claims_only; r++) {
		double t0 = bench_now();
		for (i = 0; i < c.n; i++) {
			struct px_doc td, bd;
			struct px_claims *cl = NULL;
			if (px_doc_parse(&td, c.title[i], c.title_len[i], 0, NULL) != PX_OK)
				continue;
			if (px_doc_parse(&bd, c.text[i], c.text_len[i], 0, NULL) == PX_OK) {
				if (px_claims_extract(x, &td, &bd, NULL, &cl) == PX_OK)
					px_claims_free(cl);
				px_doc_release(&bd);
			}
			px_doc_release(&td);
		}
		secs2[r] = bench_now() - t0;
	}
	bench_report("claims", secs, runs, c.n, c.bytes);
	/* On a shared machine wall time overstates the cost; CPU time of this
	   process is printed beside it. */
	bench_report("claims (process CPU time)", cpu, runs, c.n, c.bytes);
	printf("claims: %zu claims per pass, %.0f claims/s\n", nclaims,
	       (double)nclaims / secs[0]);
	if (!claims_only)
		bench_report("segment+claims", secs2, runs, c.n, c.bytes);
	for (i = 0; i < c.n; i++) {
		px_doc_release(&titles[i]);
		px_doc_release(&bodies[i]);
	}
	free(titles);
	free(bodies);
	px_extractor_free(x);
	return 0;
}
