/*
 * Shared helpers of the benchmarks: loading bench-news.jsonl (texts only),
 * wall-clock timing, peak RSS, and the report line every benchmark prints:
 *   <stage>: <articles/s> articles/s, <MB/s> MB/s, peak RSS <MiB> MiB
 * Benchmarks repeat a run and report the best and the median (STYLE.md).
 */
#ifndef PX_BENCH_COMMON_H
#define PX_BENCH_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <jansson.h>

struct bench_corpus {
	char **title;
	char **text;
	size_t *title_len;
	size_t *text_len;
	char **line;     /* the raw JSON line */
	size_t *line_len;
	size_t n;
	size_t bytes;    /* title + text bytes */
	size_t line_bytes;
};

static const char *
bench_shared(void)
{
	const char *s = getenv("PX_SHARED");
	return s ? s : "../shared";
}

static double
bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of the process, in seconds. */
static inline double
bench_cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A reader's problem callback for benchmarks that skip bad input quietly. */
static inline void
bench_no_problem(void *ud, const char *file, long line, const char *reason)
{
	(void)ud;
	(void)file;
	(void)line;
	(void)reason;
}

static double
bench_peak_rss_mib(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_maxrss / 1024.0;
}

/* Load up to max articles (0: all) of data/bench-news/bench-news.jsonl. */
static int
bench_load_news(struct bench_corpus *c, size_t max)
{
	char path[4096];
	FILE *f = NULL;
	char *line = NULL;
	size_t cap = 0, ncap = 0;
	ssize_t n = 0;

	memset(c, 0, sizeof(*c));
	snprintf(path, sizeof path, "%s/data/bench-news/bench-news.jsonl", bench_shared());
	f = fopen(path, "r");
	if (f == NULL) {
		fprintf(stderr, "bench: %s not found (set PX_SHARED)\n", path);
		return -1;
	}
	while ((n = getline(&line, &cap, f)) > 0 && (max == 0 || c->n < max)) {
		json_error_t err;
		json_t *o = json_loadb(line, (size_t)n, 0, &err);
		json_t *t = NULL, *x = NULL;
		if (o == NULL)
			continue;
		if (c->n == ncap) {
			ncap = ncap ? ncap * 2 : 1024;
			c->title = realloc(c->title, ncap * sizeof(char *));
			c->text = realloc(c->text, ncap * sizeof(char *));
			c->title_len = realloc(c->title_len, ncap * sizeof(size_t));
			c->text_len = realloc(c->text_len, ncap * sizeof(size_t));
			c->line = realloc(c->line, ncap * sizeof(char *));
			c->line_len = realloc(c->line_len, ncap * sizeof(size_t));
		}
		t = json_object_get(o, "title");
		x = json_object_get(o, "text");
		c->title[c->n] = strdup(json_is_string(t) ? json_string_value(t) : "");
		c->text[c->n] = strdup(json_is_string(x) ? json_string_value(x) : "");
		c->title_len[c->n] = strlen(c->title[c->n]);
		c->text_len[c->n] = strlen(c->text[c->n]);
		c->line[c->n] = strndup(line, (size_t)n);
		c->line_len[c->n] = (size_t)n;
		c->bytes += c->title_len[c->n] + c->text_len[c->n];
		c->line_bytes += (size_t)n;
		c->n++;
		json_decref(o);
	}
	free(line);
	fclose(f);
	return 0;
}

static int
bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Print the standard line for a stage from the run times (seconds). */
static void
bench_report(const char *stage, double *secs, int runs, size_t articles,
	     size_t bytes)
{
	double best = 0, median = 0;

	qsort(secs, (size_t)runs, sizeof(double), bench_cmp_double);
	best = secs[0];
	median = secs[runs / 2];
	printf("%s: %.0f articles/s, %.1f MB/s (best of %d; median %.1f MB/s), peak RSS %.1f MiB\n",
	       stage, (double)articles / best, (double)bytes / best / 1e6, runs,
	       (double)bytes / median / 1e6, bench_peak_rss_mib());
}

#endif
