/*
 * Conformance: sentence boundaries (px_doc_parse) against three suites in
 * ../shared/conformance (see each PROVENANCE.md):
 *
 *   sbd_golden_rules_en  pragmatic_segmenter's English Golden Rules
 *   sbd_en               further pragmatic_segmenter and pySBD cases
 *   sbd_news_gum_en      GUM news documents (Wikinews), gold sentences
 *
 * Golden Rules and sbd_en are judged as upstream: the list of sentences,
 * each stripped, must equal `expected` exactly. Sentence text is printed the
 * way `parallax segment` prints it (white space inside a sentence, newlines
 * included, becomes one space), and the expected sentences get the same
 * white-space normalisation, so a "pdf" soft wrap compares as a space.
 *
 * Not comparable, and reported apart rather than counted: cases whose
 * expected sentences are not the input's own characters (pragmatic's and
 * pySBD's cleaner rewrote them: HTML tags removed, table-of-contents dots
 * dropped, backquotes straightened, a period moved), detected by comparing
 * the non-space characters of input and expectation, and `task: clean`
 * cases (a cleaner, not a segmenter, is under test).
 *
 * GUM: one case per document, paragraphs joined with one newline. Scored as
 * boundary precision/recall/F1 over sentence end offsets (bytes), the end of
 * the document excluded (it is always right). Two readings of the input:
 *   raw         the text as given; each newline goes through parallax's line
 *               rules (ARCHITECTURE.md §5), the same as for any plain text
 *   paragraphs  each newline made a blank line, since the upstream format
 *               marks paragraphs with one; only the ends inside paragraphs
 *               are then scored (paragraph ends are given)
 * plus the share of documents segmented exactly (raw).
 *
 * The RESULT lines: sbd_golden_rules_en pass_rate, sbd_en pass_rate (both
 * over comparable cases), sbd_news_gum_en f1 (raw) and f1_paragraphs.
 * PX_VERBOSE=1 prints every failing case and every wrong boundary.
 */
#include "conf_common.h"

static int verbose;

/* Sentences as strings, white space runs collapsed; parallel arrays. */
struct sents {
	char **s;
	size_t n;
};

static void
sents_free(struct sents *x)
{
	size_t i = 0;

	for (i = 0; i < x->n; i++)
		free(x->s[i]);
	free(x->s);
	x->s = NULL;
	x->n = 0;
}

/* Copy of p[0..n) stripped, each white-space run made one space. */
static char *
normalise(const char *p, size_t n)
{
	char *r = malloc(n + 1);
	size_t i = 0, o = 0;
	int sp = 0;

	if (r == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			sp = 1;
			continue;
		}
		if (sp && o > 0)
			r[o++] = ' ';
		sp = 0;
		r[o++] = (char)c;
	}
	r[o] = '\0';
	return r;
}

/* The non-space bytes of p, for the comparability test. */
static char *
squeeze(const char *p)
{
	size_t n = strlen(p), i = 0, o = 0;
	char *r = malloc(n + 1);

	if (r == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'))
			r[o++] = (char)c;
	}
	r[o] = '\0';
	return r;
}

static int
segment(const char *text, size_t len, struct sents *out)
{
	struct px_doc doc;
	size_t i = 0;

	out->s = NULL;
	out->n = 0;
	if (px_doc_parse(&doc, text, len, 0, NULL) != PX_OK)
		return -1;
	out->s = calloc(doc.n_sents + 1, sizeof(char *));
	for (i = 0; i < doc.n_sents; i++) {
		char *t = normalise(text + doc.sents[i].start,
				    doc.sents[i].end - doc.sents[i].start);
		if (t && t[0])
			out->s[out->n++] = t;
		else
			free(t);
	}
	px_doc_release(&doc);
	return 0;
}

struct tally {
	int n, ok, skipped;
};

/* Whether the expected sentences are the input's characters. */
static int
comparable(const char *input, json_t *expected)
{
	size_t i = 0, cap = 1, len = 0;
	json_t *v = NULL;
	char *all = NULL, *a = NULL, *b = NULL;
	int ok = 0;

	json_array_foreach(expected, i, v)
		cap += strlen(json_string_value(v)) + 1;
	all = malloc(cap);
	if (all == NULL)
		return 0;
	all[0] = '\0';
	json_array_foreach(expected, i, v) {
		size_t l = strlen(json_string_value(v));
		memcpy(all + len, json_string_value(v), l);
		len += l;
		all[len++] = ' ';
		all[len] = '\0';
	}
	a = squeeze(input);
	b = squeeze(all);
	ok = a && b && strcmp(a, b) == 0;
	free(a);
	free(b);
	free(all);
	return ok;
}

static void
list_case(struct tally *t, const char *suite, json_t *c)
{
	const char *id = conf_str(c, "id");
	const char *in = conf_str(c, "input");
	const char *task = conf_str(c, "task");
	json_t *exp = json_object_get(c, "expected");
	struct sents got;
	size_t i = 0, ne = 0;
	int ok = 1;

	if (in == NULL || !json_is_array(exp) || (task && strcmp(task, "segment") != 0) ||
	    !comparable(in, exp)) {
		t->skipped++;
		if (verbose)
			printf("  SKIP %s %s (expected text is not the input's)\n", suite, id);
		return;
	}
	t->n++;
	if (segment(in, strlen(in), &got) != 0) {
		printf("  ERROR %s %s\n", suite, id);
		return;
	}
	ne = json_array_size(exp);
	if (ne != got.n)
		ok = 0;
	for (i = 0; ok && i < ne; i++) {
		const char *w = json_string_value(json_array_get(exp, i));
		char *wn = normalise(w, strlen(w));
		ok = wn && strcmp(wn, got.s[i]) == 0;
		free(wn);
	}
	t->ok += ok;
	if (!ok && verbose) {
		printf("  FAIL %s %s\n    in:   %s\n", suite, id, in);
		for (i = 0; i < ne; i++)
			printf("    want: %s\n", json_string_value(json_array_get(exp, i)));
		for (i = 0; i < got.n; i++)
			printf("    got:  %s\n", got.s[i]);
	}
	sents_free(&got);
}

static double
rate(const struct tally *t)
{
	return t->n ? (double)t->ok / t->n : 0.0;
}

static int
run_list_suite(const char *suite, const char *label)
{
	json_t *cases = conf_load(suite);
	struct tally t = {0, 0, 0};
	size_t i = 0;
	json_t *c = NULL;

	if (json_array_size(cases) == 0) {
		printf("%s: skipped: no cases found\n", label);
		json_decref(cases);
		return 0;
	}
	json_array_foreach(cases, i, c)
		list_case(&t, suite, c);
	printf("%s: %d/%d cases pass (%.1f%%); %d not comparable (text rewritten by a "
	       "cleaner, or a cleaning task)\n",
	       label, t.ok, t.n, 100.0 * rate(&t), t.skipped);
	conf_result(suite, "pass_rate", rate(&t));
	json_decref(cases);
	return 1;
}

/* --------------------------------------------------------------- GUM */

struct prf {
	long tp, fp, fn;
};

static double
f1_of(const struct prf *p, double *prec, double *rec)
{
	*prec = p->tp + p->fp ? (double)p->tp / (double)(p->tp + p->fp) : 1.0;
	*rec = p->tp + p->fn ? (double)p->tp / (double)(p->tp + p->fn) : 1.0;
	return *prec + *rec > 0 ? 2 * *prec * *rec / (*prec + *rec) : 0.0;
}

/* Byte offset of code point index cp in s. */
static size_t
cp_to_byte(const char *s, size_t cp)
{
	size_t b = 0, k = 0;

	while (s[b] && k < cp) {
		b++;
		while (((unsigned char)s[b] & 0xC0) == 0x80)
			b++;
		k++;
	}
	return b;
}

static int
has_end(const size_t *ends, size_t n, size_t e)
{
	size_t i = 0;

	for (i = 0; i < n; i++)
		if (ends[i] == e)
			return 1;
	return 0;
}

/* Print the text around a boundary offset for PX_VERBOSE. */
static void
show_at(const char *what, const char *id, const char *s, size_t len, size_t e)
{
	size_t a = e > 50 ? e - 50 : 0, b = e + 30 < len ? e + 30 : len, i = 0;

	while (a > 0 && ((unsigned char)s[a] & 0xC0) == 0x80)
		a--;
	while (b < len && ((unsigned char)s[b] & 0xC0) == 0x80)
		b++;
	printf("  %s %s: ", what, id);
	for (i = a; i < b; i++) {
		if (i == e)
			printf("|");
		putchar(s[i] == '\n' ? '/' : s[i]);
	}
	printf("\n");
}

/*
 * Score one document. ends_gold are byte ends in text; when para_mode is
 * set, ends followed by a newline are paragraph ends and not scored.
 */
static int
gum_score(const char *id, const char *text, size_t len, const size_t *gold, size_t ng,
	  int para_mode, struct prf *p)
{
	struct px_doc doc;
	size_t i = 0, *ends = NULL, ne = 0;
	int exact = 1;

	if (px_doc_parse(&doc, text, len, 0, NULL) != PX_OK)
		return 0;
	ends = malloc((doc.n_sents + 1) * sizeof(size_t));
	for (i = 0; i < doc.n_sents; i++)
		ends[ne++] = doc.sents[i].end;
	for (i = 0; i < ne; i++) {
		size_t e = ends[i];
		if (e >= len || (para_mode && text[e] == '\n'))
			continue;
		if (has_end(gold, ng, e)) {
			p->tp++;
		} else {
			p->fp++;
			exact = 0;
			if (verbose)
				show_at(para_mode ? "FP(par)" : "FP", id, text, len, e);
		}
	}
	for (i = 0; i < ng; i++) {
		size_t e = gold[i];
		if (e >= len || (para_mode && text[e] == '\n'))
			continue;
		if (!has_end(ends, ne, e)) {
			p->fn++;
			exact = 0;
			if (verbose)
				show_at(para_mode ? "FN(par)" : "FN", id, text, len, e);
		}
	}
	free(ends);
	px_doc_release(&doc);
	return exact;
}

static void
run_gum(void)
{
	const char *suite = "sbd_news_gum_en";
	json_t *cases = conf_load(suite);
	struct prf raw = {0, 0, 0}, par = {0, 0, 0};
	size_t i = 0;
	int docs = 0, exact = 0;
	json_t *c = NULL;
	double p = 0, r = 0, f = 0, pp = 0, pr = 0, pf = 0;

	if (json_array_size(cases) == 0) {
		printf("news_gum: skipped: no cases found\n");
		json_decref(cases);
		return;
	}
	json_array_foreach(cases, i, c) {
		const char *id = conf_str(c, "id");
		const char *in = conf_str(c, "input");
		json_t *spans = json_object_get(c, "expected_spans");
		size_t n = in ? strlen(in) : 0, ng = json_array_size(spans), k = 0, j = 0;
		size_t *gold = NULL, *gold2 = NULL, *map = NULL;
		char *two = NULL;
		size_t tl = 0;

		if (in == NULL || ng == 0)
			continue;
		gold = malloc(ng * sizeof(size_t));
		gold2 = malloc(ng * sizeof(size_t));
		for (k = 0; k < ng; k++) {
			json_t *sp = json_array_get(spans, k);
			gold[k] = cp_to_byte(in, (size_t)json_integer_value(json_array_get(sp, 1)));
		}
		docs++;
		exact += gum_score(id, in, n, gold, ng, 0, &raw);
		/* Paragraph reading: every newline doubled; offsets mapped. */
		two = malloc(2 * n + 1);
		map = malloc((n + 1) * sizeof(size_t));
		for (j = 0; j < n; j++) {
			map[j] = tl;
			two[tl++] = in[j];
			if (in[j] == '\n')
				two[tl++] = '\n';
		}
		map[n] = tl;
		two[tl] = '\0';
		for (k = 0; k < ng; k++)
			gold2[k] = map[gold[k]];
		gum_score(id, two, tl, gold2, ng, 1, &par);
		free(two);
		free(map);
		free(gold);
		free(gold2);
	}
	f = f1_of(&raw, &p, &r);
	pf = f1_of(&par, &pp, &pr);
	printf("news_gum: %d documents, %d segmented exactly; raw text: boundary P %.4f R %.4f "
	       "F1 %.4f (tp %ld fp %ld fn %ld); paragraphs given: in-paragraph P %.4f R %.4f "
	       "F1 %.4f (tp %ld fp %ld fn %ld)\n",
	       docs, exact, p, r, f, raw.tp, raw.fp, raw.fn, pp, pr, pf, par.tp, par.fp, par.fn);
	conf_result(suite, "precision", p);
	conf_result(suite, "recall", r);
	conf_result(suite, "f1", f);
	conf_result(suite, "f1_paragraphs", pf);
	conf_result(suite, "exact_docs", docs ? (double)exact / docs : 0.0);
	json_decref(cases);
}

int
main(void)
{
	(void)conf_read_gz; /* shared helper this runner does not need */
	verbose = getenv("PX_VERBOSE") != NULL;
	run_list_suite("sbd_golden_rules_en", "golden_rules");
	run_list_suite("sbd_en", "sbd_en");
	run_gum();
	return 0;
}
