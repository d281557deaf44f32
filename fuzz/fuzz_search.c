/*
 * Fuzz target: the store's search query parser (words, "phrases", word*
 * prefixes, everything else taken as text and never as FTS5 syntax) over a
 * small store made once per process from three fictional articles. The
 * input is the query. Invariants: the search returns PX_OK or PX_EINVAL
 * (no word to search for), never an SQLite error; the JSON answer parses;
 * every hit's marks lie inside its snippet, in order; scores are finite.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct px_store *S;
static char path[64];

static const char *const articles[] = {
	"Ferry strike leaves Skerry Islands cut off\n\nPORT HALDEN — More than 500 "
	"crew members walked out on Tuesday, the union said. \"We don't take this "
	"step lightly,\" said Aurélie Brandt.",
	"Crane collapses at Dockton terminal\n\nDOCKTON — A crane collapsed at the "
	"container terminal on Tuesday night; the port authority said 2.4 million "
	"crowns of cargo was damaged.",
	"Skerry ferry talks resume\n\nVESSBY — Talks between the ferry operator and "
	"the crew's union resumed on Thursday, both sides said; the operator offers "
	"3.5% and the union wants 7%.",
};

static void
remove_store(void)
{
	char wal[80];

	px_store_close(S);
	unlink(path);
	snprintf(wal, sizeof wal, "%s-wal", path);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", path);
	unlink(wal);
}

static void
make_store(void)
{
	struct px_store *w = NULL;
	size_t i = 0;

	snprintf(path, sizeof path, "/tmp/px-fuzz-search-%ld.db", (long)getpid());
	unlink(path);
	if (px_store_open(path, PX_STORE_WRITE, NULL, &w) != PX_OK || px_store_begin(w) != PX_OK)
		abort();
	for (i = 0; i < sizeof articles / sizeof articles[0]; i++) {
		struct px_article *a = NULL;
		enum px_store_outcome out;
		char id[16];
		snprintf(id, sizeof id, "a%zu", i);
		if (px_article_from_text(id, articles[i], strlen(articles[i]), NULL,
					 PX_CLEAN_ALL, &a) != PX_OK ||
		    px_store_add(w, a, NULL, 0, NULL, &out) != PX_OK)
			abort();
		px_article_free(a);
	}
	if (px_store_commit(w, 0, NULL) != PX_OK)
		abort();
	px_store_close(w);
	if (px_store_open(path, PX_STORE_READ, NULL, &S) != PX_OK)
		abort();
	atexit(remove_store);
}

static int
check_hit(void *ud, const struct px_store_hit *h)
{
	size_t i = 0, n = strlen(h->snippet), last = 0;

	(void)ud;
	if (h->n_marks > PX_STORE_MARKS_MAX || !isfinite(h->score))
		abort();
	for (i = 0; i < h->n_marks; i++) {
		if (h->marks[i][0] > h->marks[i][1] || h->marks[i][1] > n ||
		    h->marks[i][0] < last)
			abort();
		last = h->marks[i][1];
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct px_buf out = PX_BUF_INIT;
	char *q = NULL;
	px_status st = PX_OK;

	if (size > 1024)
		return 0;
	if (S == NULL)
		make_store();
	q = malloc(size + 1);
	if (q == NULL)
		return 0;
	memcpy(q, data, size);
	q[size] = '\0';
	st = px_store_search(S, q, 5, check_hit, NULL);
	if (st != PX_OK && st != PX_EINVAL) {
		fprintf(stderr, "search: %s: %s\n", px_strerror(st), px_store_errmsg(S));
		abort();
	}
	st = px_store_search_json(S, q, 5, &out);
	if (st == PX_OK) {
		json_error_t e;
		json_t *doc = json_loadb(out.data, out.len, 0, &e);
		if (doc == NULL)
			abort();
		json_decref(doc);
	} else if (st != PX_EINVAL) {
		abort();
	}
	px_buf_release(&out);
	free(q);
	return 0;
}
