/*
 * Benchmark of ingest through px_reader, articles freed as they arrive:
 * - JSON Lines: bench-news.jsonl (streaming, JSON parsing, decode, repair,
 *   cleaning, language); MB/s of JSON input.
 * - WARC: the bench-html pages (gzip files) wrapped as HTTP responses with
 *   Content-Encoding: gzip into a temporary WARC (HTTP parsing, inflating,
 *   HTML extraction, cleaning, language); MB/s of decoded HTML.
 * One line per thread count (1 and 2), best and median of the runs.
 *
 * usage: bench_ingest [RUNS]   (PX_SHARED locates ../shared)
 * Also prints the CPU time per run, which stays meaningful on a busy
 * machine where wall-clock figures do not.
 */
#include "bench_common.h"

#include <dirent.h>
#include <unistd.h>
#include <zlib.h>

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

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Write the bench-html pages as a WARC of HTTP responses to path; returns
 * the number of pages and sets *html_bytes to their decoded size.
 */
static size_t
make_warc(const char *path, size_t *html_bytes)
{
	char dir[4096], file[8192];
	char *names[4096];
	size_t n = 0, i = 0, pages = 0;
	DIR *d = NULL;
	struct dirent *e = NULL;
	FILE *out = NULL;

	*html_bytes = 0;
	snprintf(dir, sizeof dir, "%s/data/bench-html/aeb/html", bench_shared());
	d = opendir(dir);
	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL && n < 4096) {
		if (e->d_name[0] != '.')
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(char *), cmp_name);
	out = fopen(path, "wb");
	for (i = 0; out != NULL && i < n; i++) {
		FILE *f = NULL;
		char *body = NULL, head[1024], http[256];
		long len = 0;
		int hl = 0, hh = 0;
		unsigned char buf[65536];
		gzFile gz = NULL;
		int got = 0;

		snprintf(file, sizeof file, "%s/%s", dir, names[i]);
		f = fopen(file, "rb");
		if (f == NULL)
			continue;
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		fseek(f, 0, SEEK_SET);
		body = malloc((size_t)len);
		if (fread(body, 1, (size_t)len, f) != (size_t)len) {
			free(body);
			fclose(f);
			continue;
		}
		fclose(f);
		gz = gzopen(file, "rb");
		while (gz != NULL && (got = gzread(gz, buf, sizeof buf)) > 0)
			*html_bytes += (size_t)got;
		if (gz != NULL)
			gzclose(gz);
		hh = snprintf(http, sizeof http,
			      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
			      "Content-Encoding: gzip\r\n\r\n");
		hl = snprintf(head, sizeof head,
			      "WARC/1.1\r\nWARC-Type: response\r\n"
			      "WARC-Record-ID: <urn:uuid:bench-%zu>\r\n"
			      "WARC-Date: 2023-11-14T10:00:00Z\r\n"
			      "WARC-Target-URI: https://bench.example/%s\r\n"
			      "Content-Length: %ld\r\n\r\n",
			      i, names[i], (long)hh + len);
		fwrite(head, 1, (size_t)hl, out);
		fwrite(http, 1, (size_t)hh, out);
		fwrite(body, 1, (size_t)len, out);
		fwrite("\r\n\r\n", 1, 4, out);
		free(body);
		pages++;
	}
	if (out != NULL)
		fclose(out);
	for (i = 0; i < n; i++)
		free(names[i]);
	return pages;
}

/* Read path runs times with 1 and 2 threads and report each. */
static void
bench_input(const char *what, const char *path, int runs, size_t bytes)
{
	unsigned threads[] = {1, 2};
	size_t t = 0;

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
				return;
			t0 = bench_now();
			c0 = cpu_now();
			px_reader_read(rd, path);
			secs[r] = bench_now() - t0;
			cpu[r] = cpu_now() - c0;
			px_reader_free(rd);
		}
		snprintf(stage, sizeof stage, "ingest %s (%u thread%s)", what, threads[t],
			 threads[t] == 1 ? "" : "s");
		bench_report(stage, secs, runs, c.articles, bytes);
		qsort(cpu, (size_t)runs, sizeof(double), bench_cmp_double);
		printf("  CPU time: best %.3f s (%.1f MB per CPU-second)\n", cpu[0],
		       (double)bytes / cpu[0] / 1e6);
		if (c.problems)
			printf("  (%zu problems reported)\n", c.problems);
	}
}

int
main(int argc, char **argv)
{
	char path[4096];
	int runs = argc > 1 ? atoi(argv[1]) : 3;
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
	bench_input("jsonl", path, runs, (size_t)size);
	{
		char warc[64];
		size_t html = 0, pages = 0;
		snprintf(warc, sizeof warc, "/tmp/px-bench-ingest-%ld.warc", (long)getpid());
		pages = make_warc(warc, &html);
		if (pages > 0)
			bench_input("warc of bench-html pages", warc, runs, html);
		unlink(warc);
	}
	return 0;
}
