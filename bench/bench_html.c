/*
 * Benchmark of HTML extraction (charset, pre-pass, libxml2 SAX parse,
 * metadata, main text, repair and cleaning) over the real news pages of
 * ../shared/data/bench-html/aeb/html/ (181 pages, 31.5 MB). The pages are
 * decompressed into memory first; only px__html_extract() is timed, on one
 * thread. Prints pages/s, MB/s of raw HTML, peak RSS, best and median of
 * five runs. BENCH_HTML_THREADS=2 adds a run on two threads (pages split by
 * index; each thread extracts independently). BENCH_HTML_TRAF=1 adds the 922
 * multilingual pages of trafilatura-eval.tar.zst (134.9 MB).
 */
#include <dirent.h>
#include <pthread.h>
#include <zlib.h>
#include <zstd.h>

#include "bench_common.h"
#include "parallax/parallax.h"
#include "../src/lib/ingest/html_internal.h"

static double
cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct page {
	char *html;
	size_t len;
};

struct pages {
	struct page *p;
	size_t n;
	size_t bytes;
};

static char *
read_gz(const char *path, size_t *len)
{
	gzFile g = gzopen(path, "rb");
	size_t cap = 1 << 20, n = 0;
	char *buf = NULL;
	int r = 0;

	if (g == NULL)
		return NULL;
	buf = malloc(cap);
	while (buf && (r = gzread(g, buf + n, (unsigned)(cap - n))) > 0) {
		n += (size_t)r;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
		}
	}
	gzclose(g);
	*len = n;
	return buf;
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
load_pages(struct pages *ps)
{
	char dir[4096];
	DIR *d = NULL;
	struct dirent *e = NULL;
	char **names = NULL;
	size_t n = 0, cap = 0, i = 0;

	memset(ps, 0, sizeof(*ps));
	snprintf(dir, sizeof dir, "%s/data/bench-html/aeb/html", bench_shared());
	d = opendir(dir);
	if (d == NULL) {
		fprintf(stderr, "bench_html: %s not found (set PX_SHARED)\n", dir);
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (strstr(e->d_name, ".html.gz") == NULL)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			names = realloc(names, cap * sizeof(char *));
		}
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(char *), cmp_name);
	ps->p = calloc(n ? n : 1, sizeof(struct page));
	for (i = 0; i < n; i++) {
		char path[8192];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		ps->p[ps->n].html = read_gz(path, &ps->p[ps->n].len);
		if (ps->p[ps->n].html != NULL) {
			ps->bytes += ps->p[ps->n].len;
			ps->n++;
		}
		free(names[i]);
	}
	free(names);
	return 0;
}

/* The regular files of a (ustar) .tar.zst, read whole into memory. */
static int
load_tar_zst(struct pages *ps, const char *path)
{
	FILE *f = fopen(path, "rb");
	ZSTD_DStream *z = NULL;
	char *tar = NULL, *in = NULL;
	size_t cap = (size_t)160 << 20, n = 0, off = 0, r = 0;

	memset(ps, 0, sizeof(*ps));
	if (f == NULL)
		return -1;
	z = ZSTD_createDStream();
	ZSTD_initDStream(z);
	tar = malloc(cap);
	in = malloc(1 << 17);
	while ((r = fread(in, 1, 1 << 17, f)) > 0) {
		ZSTD_inBuffer ib = {in, r, 0};
		while (ib.pos < ib.size) {
			ZSTD_outBuffer ob = {tar + n, cap - n, 0};
			if (ZSTD_isError(ZSTD_decompressStream(z, &ob, &ib)))
				goto done;
			n += ob.pos;
			if (n == cap) {
				cap *= 2;
				tar = realloc(tar, cap);
			}
		}
	}
done:
	fclose(f);
	free(in);
	ZSTD_freeDStream(z);
	ps->p = calloc(1024, sizeof(struct page));
	while (off + 512 <= n && tar[off] != '\0' && ps->n < 1024) {
		size_t size = strtoul(tar + off + 124, NULL, 8);
		char type = tar[off + 156];
		if ((type == '0' || type == '\0') && off + 512 + size <= n &&
		    strstr(tar + off, ".html") != NULL) {
			ps->p[ps->n].html = malloc(size ? size : 1);
			memcpy(ps->p[ps->n].html, tar + off + 512, size);
			ps->p[ps->n].len = size;
			ps->bytes += size;
			ps->n++;
		}
		off += 512 + (size + 511) / 512 * 512;
	}
	free(tar);
	return 0;
}

struct job {
	const struct pages *ps;
	size_t start, step;
	size_t ok;
};

static void *
run_job(void *arg)
{
	struct job *j = arg;
	size_t i = 0;

	for (i = j->start; i < j->ps->n; i += j->step) {
		struct px_article *a = NULL;
		if (px__html_extract(j->ps->p[i].html, j->ps->p[i].len, NULL, NULL, &a) == PX_OK)
			j->ok++;
		px_article_free(a);
	}
	return NULL;
}

int
main(void)
{
	struct pages ps;
	double secs[5], cpu[5];
	int r = 0;
	size_t ok = 0, i = 0;
	const char *threads = getenv("BENCH_HTML_THREADS");

	(void)bench_load_news; /* shared helper this benchmark does not need */
	if (load_pages(&ps) != 0)
		return 0;
	for (r = 0; r < 5; r++) {
		struct job j = {&ps, 0, 1, 0};
		double t0 = bench_now(), c0 = cpu_now();
		run_job(&j);
		secs[r] = bench_now() - t0;
		cpu[r] = cpu_now() - c0;
		ok = j.ok;
	}
	printf("bench_html: %zu pages, %.1f MB, %zu with text\n", ps.n,
	       (double)ps.bytes / 1e6, ok);
	/* CPU time too: wall time is unreliable on a shared, busy machine. */
	qsort(cpu, 5, sizeof(double), bench_cmp_double);
	printf("html extract (CPU time): %.0f pages per CPU-second, %.1f MB per CPU-second (best of 5)\n",
	       (double)ps.n / cpu[0], (double)ps.bytes / cpu[0] / 1e6);
	bench_report("html extract (pages)", secs, 5, ps.n, ps.bytes);
	if (threads != NULL && atoi(threads) > 1) {
		int nt = atoi(threads) > 16 ? 16 : atoi(threads);
		for (r = 0; r < 5; r++) {
			pthread_t th[16];
			struct job jobs[16];
			double t0 = bench_now();
			int k = 0;
			for (k = 0; k < nt; k++) {
				jobs[k].ps = &ps;
				jobs[k].start = (size_t)k;
				jobs[k].step = (size_t)nt;
				jobs[k].ok = 0;
				pthread_create(&th[k], NULL, run_job, &jobs[k]);
			}
			for (k = 0; k < nt; k++)
				pthread_join(th[k], NULL);
			secs[r] = bench_now() - t0;
		}
		printf("threads: %d\n", nt);
		bench_report("html extract (pages, threads)", secs, 5, ps.n, ps.bytes);
	}
	for (i = 0; i < ps.n; i++)
		free(ps.p[i].html);
	free(ps.p);
	if (getenv("BENCH_HTML_TRAF") != NULL) {
		char path[4096];
		snprintf(path, sizeof path, "%s/data/bench-html/trafilatura-eval.tar.zst",
			 bench_shared());
		if (load_tar_zst(&ps, path) == 0 && ps.n > 0) {
			for (r = 0; r < 3; r++) {
				struct job j = {&ps, 0, 1, 0};
				double t0 = bench_now(), c0 = cpu_now();
				run_job(&j);
				secs[r] = bench_now() - t0;
				cpu[r] = cpu_now() - c0;
				ok = j.ok;
			}
			printf("trafilatura-eval: %zu pages, %.1f MB, %zu with text\n", ps.n,
			       (double)ps.bytes / 1e6, ok);
			qsort(cpu, 3, sizeof(double), bench_cmp_double);
			printf("html extract, trafilatura-eval (CPU time): %.0f pages per CPU-second, %.1f MB per CPU-second\n",
			       (double)ps.n / cpu[0], (double)ps.bytes / cpu[0] / 1e6);
			bench_report("html extract, trafilatura-eval (pages)", secs, 3, ps.n, ps.bytes);
			for (i = 0; i < ps.n; i++)
				free(ps.p[i].html);
			free(ps.p);
		}
	}
	return 0;
}
