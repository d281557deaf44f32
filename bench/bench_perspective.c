/*
 * Benchmark of the perspective stage (coverage matrix, emphasis, wording,
 * loaded and hedged terms) on the BASIL triplets: every event's three
 * articles go through a report (segmentation, claims, stories, comparison:
 * not timed), then the perspective of every story is dropped and built
 * again, timed. Prints the standard line (articles/s and MB/s of the
 * articles' title and body bytes, peak RSS) in wall and process CPU time,
 * best and median of RUNS. Skips with a message when ../shared (PX_SHARED)
 * is absent. The stage is internal to the report (report_internal.h), so
 * this benchmark calls it through the static library.
 */
#include "bench_common.h"

#include "parallax/parallax.h"
#include "../src/lib/report/report_internal.h"

#define RUNS 7

static double
cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One event's article as plain text: title line, blank line, paragraphs. */
static char *
event_article(json_t *o, size_t *len, size_t *bytes)
{
	json_t *paras = json_object_get(o, "paragraphs");
	const char *title = json_string_value(json_object_get(o, "title"));
	size_t i, cap = 64, n = 0;
	char *s = NULL;

	if (!json_is_array(paras))
		return NULL;
	title = title ? title : "";
	cap += strlen(title);
	for (i = 1; i < json_array_size(paras); i++)
		cap += strlen(json_string_value(json_array_get(paras, i)) ? json_string_value(json_array_get(paras, i)) : "") + 2;
	s = malloc(cap);
	if (!s)
		return NULL;
	n = (size_t)snprintf(s, cap, "title: %s\n\n", title);
	*bytes += strlen(title);
	for (i = 1; i < json_array_size(paras); i++) {
		const char *p = json_string_value(json_array_get(paras, i));
		size_t l = p ? strlen(p) : 0;
		memcpy(s + n, p ? p : "", l);
		n += l;
		s[n++] = '\n';
		s[n++] = '\n';
		*bytes += l;
	}
	s[n] = '\0';
	*len = n;
	return s;
}

int
main(void)
{
	char path[4096];
	FILE *f = NULL;
	char *line = NULL;
	size_t cap = 0, n_reports = 0, rcap = 0, n_articles = 0, bytes = 0, i, k;
	ssize_t got = 0;
	struct px_report **reports = NULL;
	char last_event[128] = "";
	double secs[RUNS], cpu[RUNS];
	size_t cells = 0;
	int run;

	(void)bench_load_news; /* shared helper this benchmark does not use */
	snprintf(path, sizeof path, "%s/data/basil-triplets/articles.jsonl", bench_shared());
	f = fopen(path, "r");
	if (!f) {
		printf("perspective: skipped: %s not found (set PX_SHARED)\n", path);
		return 0;
	}
	/* Articles of one event are consecutive lines; one report per event. */
	while ((got = getline(&line, &cap, f)) > 0) {
		json_error_t err;
		json_t *o = json_loadb(line, (size_t)got, 0, &err);
		const char *ev = o ? json_string_value(json_object_get(o, "event_id")) : NULL;
		const char *id = o ? json_string_value(json_object_get(o, "article_id")) : NULL;
		struct px_article *a = NULL;
		size_t len = 0;
		char *text = NULL;
		if (!ev || !id) {
			json_decref(o);
			continue;
		}
		if (strcmp(ev, last_event) != 0) {
			struct px_report_opts opts;
			if (n_reports == rcap) {
				rcap = rcap ? 2 * rcap : 128;
				reports = realloc(reports, rcap * sizeof(*reports));
			}
			px_report_opts_init(&opts);
			opts.threads = 1;
			if (px_report_new(&opts, &reports[n_reports]) != PX_OK)
				return 1;
			n_reports++;
			snprintf(last_event, sizeof last_event, "%s", ev);
		}
		text = event_article(o, &len, &bytes);
		if (text && px_article_from_text(id, text, len, NULL, PX_CLEAN_ALL, &a) == PX_OK &&
		    px_report_add_article(reports[n_reports - 1], a) == PX_OK)
			n_articles++;
		free(text);
		json_decref(o);
	}
	free(line);
	fclose(f);
	for (i = 0; i < n_reports; i++)
		if (px_report_build(reports[i]) != PX_OK)
			return 1;
	for (run = 0; run < RUNS; run++) {
		double t0, c0;
		for (i = 0; i < n_reports; i++)
			for (k = 0; k < reports[i]->n_stories; k++) {
				px__perspective_free(reports[i]->stories[k].perspective);
				reports[i]->stories[k].perspective = NULL;
			}
		t0 = bench_now();
		c0 = cpu_now();
		for (i = 0; i < n_reports; i++)
			if (px__perspective_build(reports[i], NULL) != PX_OK)
				return 1;
		secs[run] = bench_now() - t0;
		cpu[run] = cpu_now() - c0;
	}
	for (i = 0; i < n_reports; i++)
		for (k = 0; k < reports[i]->n_stories; k++) {
			const struct px_perspective *p = reports[i]->stories[k].perspective;
			cells += p ? p->n_facts * p->n_sources : 0;
		}
	bench_report("perspective", secs, RUNS, n_articles, bytes);
	bench_report("perspective (process CPU time)", cpu, RUNS, n_articles, bytes);
	printf("perspective: %zu events, %zu articles, %zu coverage cells\n", n_reports, n_articles, cells);
	for (i = 0; i < n_reports; i++)
		px_report_free(reports[i]);
	free(reports);
	return 0;
}
