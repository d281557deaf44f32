/*
 * Benchmark of segmentation over ../shared/data/bench-news/bench-news.jsonl
 * (25,394 real articles, title + text), one thread, the texts loaded into
 * memory first so only px_doc_parse() is timed. Three levels:
 *
 *   segment                paragraphs and sentences (flags 0, as `parallax
 *                          segment` uses it)
 *   segment+tokens         plus tokens, case folds and stopword flags (a
 *                          px_stemmer passed as the per-thread word cache)
 *   segment+tokens+stems   plus Snowball stems
 *
 * and, for reference, segment+tokens without a stemmer (stopwords then come
 * from a per-document set), and the whole text layer: px_article_from_text
 * (decode, repair, clean) followed by segment+tokens+stems. Each level runs five times; the line
 * gives articles/s and MB/s of the best run, the median, and peak RSS.
 * Times are the thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so that other
 * processes on a shared machine do not count.
 * BENCH_SEGMENT_RUNS changes the number of runs; BENCH_SEGMENT_ONLY=segment,
 * tokens, stems, nostemmer or layer runs one level (for profiling).
 */
#include "bench_common.h"
#include "parallax/parallax.h"

static size_t sink;

/*
 * CPU time of this thread: the machine the figures come from is shared, and
 * wall-clock time would count the time other processes held the core.
 */
static double
cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
run_once(const struct bench_corpus *c, unsigned flags, struct px_stemmer *st)
{
	double t0 = cpu_now();
	size_t i = 0;

	for (i = 0; i < c->n; i++) {
		struct px_doc doc;
		if (px_doc_parse(&doc, c->title[i], c->title_len[i], flags, st) == PX_OK) {
			sink += doc.n_sents + doc.n_toks;
			px_doc_release(&doc);
		}
		if (px_doc_parse(&doc, c->text[i], c->text_len[i], flags, st) == PX_OK) {
			sink += doc.n_sents + doc.n_toks;
			px_doc_release(&doc);
		}
	}
	return cpu_now() - t0;
}

static void
level(const char *name, const struct bench_corpus *c, unsigned flags,
      struct px_stemmer *st, int runs)
{
	double secs[32];
	int r = 0;

	for (r = 0; r < runs; r++)
		secs[r] = run_once(c, flags, st);
	bench_report(name, secs, runs, c->n, c->bytes);
}

/*
 * The whole text layer as an article goes through it: decoding, repair and
 * cleaning (px_article_from_text on the body, PX_CLEAN_ALL), then
 * segmentation with tokens and stems of title and text.
 */
static double
run_layer(const struct bench_corpus *c, struct px_stemmer *st)
{
	double t0 = cpu_now();
	size_t i = 0;

	for (i = 0; i < c->n; i++) {
		struct px_article *a = NULL;
		struct px_doc doc;
		if (px_article_from_text("bench", c->text[i], c->text_len[i], NULL, PX_CLEAN_ALL, &a) !=
		    PX_OK)
			continue;
		if (px_doc_parse(&doc, c->title[i], c->title_len[i], PX_DOC_STEMS, st) == PX_OK) {
			sink += doc.n_toks;
			px_doc_release(&doc);
		}
		if (px_doc_parse(&doc, a->text, a->text_len, PX_DOC_STEMS, st) == PX_OK) {
			sink += doc.n_toks;
			px_doc_release(&doc);
		}
		px_article_free(a);
	}
	return cpu_now() - t0;
}

/* Sentence and token counts, once, for the record. */
static void
counts(const struct bench_corpus *c, struct px_stemmer *st)
{
	size_t i = 0, sents = 0, toks = 0;

	for (i = 0; i < c->n; i++) {
		struct px_doc doc;
		if (px_doc_parse(&doc, c->text[i], c->text_len[i], PX_DOC_TOKENS, st) == PX_OK) {
			sents += doc.n_sents;
			toks += doc.n_toks;
			px_doc_release(&doc);
		}
	}
	printf("segment: corpus %zu articles, %.1f MB (title + text); %zu sentences, %zu tokens "
	       "in the texts\n",
	       c->n, (double)c->bytes / 1e6, sents, toks);
}

int
main(void)
{
	struct bench_corpus c;
	struct px_stemmer *st = NULL;
	const char *e = getenv("BENCH_SEGMENT_RUNS");
	const char *only = NULL;
	int runs = e ? atoi(e) : 5;

	(void)bench_now; /* wall-clock helper of bench_common.h, unused here */
	if (runs < 1 || runs > 32)
		runs = 5;
	if (bench_load_news(&c, 0) != 0)
		return 0;
	if (px_stemmer_new("en", &st) != PX_OK) {
		fprintf(stderr, "bench: no stemmer\n");
		return 1;
	}
	only = getenv("BENCH_SEGMENT_ONLY");
	if (only == NULL)
		counts(&c, st);
	if (only == NULL || strcmp(only, "segment") == 0)
		level("segment", &c, 0, NULL, runs);
	if (only == NULL || strcmp(only, "tokens") == 0)
		level("segment+tokens", &c, PX_DOC_TOKENS, st, runs);
	if (only == NULL || strcmp(only, "stems") == 0)
		level("segment+tokens+stems", &c, PX_DOC_TOKENS | PX_DOC_STEMS, st, runs);
	if (only == NULL || strcmp(only, "nostemmer") == 0)
		level("segment+tokens (no stemmer)", &c, PX_DOC_TOKENS, NULL, runs);
	if (only == NULL || strcmp(only, "layer") == 0) {
		double secs[32];
		int r = 0;
		for (r = 0; r < runs; r++)
			secs[r] = run_layer(&c, st);
		bench_report("text layer (decode+repair+clean+segment+tokens+stems)", secs, runs, c.n,
			     c.bytes);
	}
	px_stemmer_free(st);
	return sink == 0;
}
