/*
 * Benchmark of the store: ingest throughput of bench-news.jsonl into a
 * fresh SQLite store, by phase, then the cost of a re-ingest (every article
 * skipped) and of a small batch on top of the full store (the replay of
 * every stored article that each batch pays).
 *
 * usage: bench_store [N [THREADS]]   first N articles (default 5000; 0 for
 *        all: the comparison of all of bench-news takes the better part of
 *        an hour here); THREADS for comparison (default 0: one per core)
 * PX_SHARED locates ../shared. The articles are read first (px_reader, not
 * timed here: bench_ingest measures reading) and held in memory; the last
 * 100 are held back for the small batch. One run: a full ingest of
 * bench-news takes minutes. CPU seconds are printed beside wall seconds
 * because wall time on a busy machine is not the program's.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "bench_common.h"

#include "parallax/parallax.h"

#define HELD_BACK 100

struct articles {
	struct px_article **a;
	size_t n, cap;
	size_t bytes;
	size_t max;
};

static int
on_article(void *ud, struct px_article *a)
{
	struct articles *v = ud;

	if (v->max && v->n >= v->max) {
		px_article_free(a);
		return 1;
	}
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 1024;
		v->a = realloc(v->a, v->cap * sizeof(*v->a));
	}
	v->a[v->n++] = a;
	v->bytes += a->text_len + a->title_len;
	return 0;
}

static long long
file_size(const char *p)
{
	struct stat sb;

	return stat(p, &sb) == 0 ? (long long)sb.st_size : 0;
}

/* One batch of articles [from, to); prints its line. */
static int
batch(struct px_store *s, struct articles *v, size_t from, size_t to, const char *what)
{
	struct px_store_stats st;
	enum px_store_outcome o;
	double t0 = bench_now(), c0 = bench_cpu_now(), t1 = 0, total = 0;
	size_t i = 0;

	if (px_store_begin(s) != PX_OK) {
		fprintf(stderr, "bench_store: %s\n", px_store_errmsg(s));
		return -1;
	}
	for (i = from; i < to; i++) {
		if (px_store_add(s, v->a[i], NULL, 0, NULL, &o) != PX_OK) {
			fprintf(stderr, "bench_store: %s\n", px_store_errmsg(s));
			return -1;
		}
	}
	t1 = bench_now();
	if (px_store_commit(s, 0, &st) != PX_OK) {
		fprintf(stderr, "bench_store: %s\n", px_store_errmsg(s));
		return -1;
	}
	total = bench_now() - t0;
	printf("%s: %zu articles in %.2f s wall, %.2f s CPU: %.0f articles/s"
	       " (add %.2f s, replay %.2f s [%.2f s CPU], compare %.2f s, write %.2f s);"
	       " added %zu, skipped %zu; store %zu articles, %zu stories, %zu compared"
	       " (%zu alone, %zu merged)\n",
	       what, to - from, total, bench_cpu_now() - c0, (double)(to - from) / total, t1 - t0,
	       st.replay_seconds, st.replay_cpu_seconds, st.compare_seconds, st.write_seconds, st.added, st.skipped,
	       st.articles, st.stories, st.stories_compared, st.stories_alone, st.stories_merged);
	return 0;
}

int
main(int argc, char **argv)
{
	char path[4096], dir[] = "/tmp/px-bench-store-XXXXXX", db[128], wal[160];
	struct articles v;
	struct px_reader_opts ro;
	struct px_reader *rd = NULL;
	struct px_store_opts so;
	struct px_store *s = NULL;
	size_t keep = 0, i = 0;
	int rc = 0;

	(void)bench_load_news;
	(void)bench_report;
	memset(&v, 0, sizeof(v));
	v.max = 5000;
	if (argc > 1)
		v.max = (size_t)strtoul(argv[1], NULL, 10);
	snprintf(path, sizeof path, "%s/data/bench-news/bench-news.jsonl", bench_shared());
	if (access(path, R_OK) != 0) {
		printf("bench_store: skipped: %s not found (set PX_SHARED)\n", path);
		return 0;
	}
	memset(&ro, 0, sizeof(ro));
	ro.clean_flags = PX_CLEAN_ALL;
	ro.threads = 2;
	if (px_reader_new(&ro, on_article, bench_no_problem, &v, &rd) != PX_OK)
		return 1;
	px_reader_read(rd, path);
	px_reader_free(rd);
	if (v.n <= HELD_BACK) {
		printf("bench_store: too few articles (%zu)\n", v.n);
		return 1;
	}
	keep = v.n - HELD_BACK;
	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(db, sizeof db, "%s/store.db", dir);
	snprintf(wal, sizeof wal, "%s-wal", db);
	px_store_opts_init(&so);
	so.threads = argc > 2 ? (unsigned)strtoul(argv[2], NULL, 10) : 0;
	if (px_store_open(db, PX_STORE_WRITE, &so, &s) != PX_OK)
		return 1;
	printf("bench_store: %zu articles, %.1f MB of text, comparison threads %u\n", v.n,
	       (double)v.bytes / 1e6, so.threads);
	rc = batch(s, &v, 0, keep, "ingest into an empty store");
	if (rc == 0)
		rc = batch(s, &v, 0, keep, "re-ingest (all skipped)");
	if (rc == 0)
		rc = batch(s, &v, keep, v.n, "small batch on the full store");
	px_store_close(s);
	printf("store file %.1f MB (wal %.1f MB), peak RSS %.1f MiB\n", (double)file_size(db) / 1e6,
	       (double)file_size(wal) / 1e6, bench_peak_rss_mib());
	unlink(db);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", db);
	unlink(wal);
	rmdir(dir);
	for (i = 0; i < v.n; i++)
		px_article_free(v.a[i]);
	free(v.a);
	return rc ? 1 : 0;
}
