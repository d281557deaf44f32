/*
 * parallax cluster INPUT...: story assignment, one JSON object per article.
 *
 * Reads every input, sorts the articles into processing order (date, then
 * id; undated ones after, in input order) and feeds them one by one to a
 * px_clusterer, printing one record per article in that order. Story ids
 * count from 0 in order of first appearance; a story's first article has
 * similarity 1.0. --explain adds the terms and entities that tied the
 * article to its story.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char cluster_help[] =
	"usage: parallax cluster [--explain] [--window DAYS] [--threshold S] [INPUT...]\n"
	"\n"
	"Group the articles of the inputs (files, directories, '-' for stdin;\n"
	"every input format) into stories, one real-world event each, and print\n"
	"one JSON object per article:\n"
	"{\"article\", \"story\", \"similarity\"}\n"
	"Articles are taken in time order (date, then id; undated ones after, in\n"
	"input order); each joins the most similar recent story or starts one.\n"
	"Story ids count from 0 in order of first appearance.\n"
	"\n"
	"  --explain      add \"terms\" and \"entities\" (the stems and names that\n"
	"                 tied the article to its story; empty for a new story) and\n"
	"                 \"cosines\" (body, title and entity similarities)\n"
	"  --window DAYS  how long a story stays open after its last article\n"
	"                 (default 30)\n"
	"  --threshold S  the similarity needed to join a story, 0..1\n"
	"  -h, --help     show this help\n";

struct cluster_state {
	struct cli_problems problems; /* first: the reader's problem ud */
	struct px_article **arts;
	size_t n, cap;
	int failed;
};

static int
cluster_collect(void *ud, struct px_article *a)
{
	struct cluster_state *s = ud;

	if (px_grow((void **)&s->arts, &s->cap, s->n + 1, sizeof(*s->arts))) {
		px_article_free(a);
		s->failed = 1;
		return 1;
	}
	s->arts[s->n++] = a;
	return 0;
}

static void
put_list(struct px_buf *b, const char *key, const char *const *v, size_t n)
{
	size_t i = 0;

	px_buf_printf(b, ",\"%s\":[", key);
	for (i = 0; i < n; i++) {
		if (i)
			px_buf_putc(b, ',');
		px_buf_put_json_str(b, v[i], strlen(v[i]));
	}
	px_buf_putc(b, ']');
}

/* Parse a number option value; returns 0 or -1. */
static int
num_arg(int argc, char **argv, int *i, double lo, double hi, double *out)
{
	char *end = NULL;

	if (*i + 1 >= argc)
		return -1;
	*out = strtod(argv[++*i], &end);
	return *end == '\0' && end != argv[*i] && *out >= lo && *out <= hi ? 0 : -1;
}

int
cmd_cluster(int argc, char **argv)
{
	struct cluster_state s;
	struct px_reader_opts ropts;
	struct px_cluster_opts copts;
	struct px_clusterer *c = NULL;
	struct px_buf b = PX_BUF_INIT;
	size_t rejected = 0, k = 0;
	int i = 0, nfiles = 0, only_files = 0, rc = CLI_OK;
	px_status st = PX_OK;

	memset(&s, 0, sizeof(s));
	memset(&ropts, 0, sizeof(ropts));
	px_cluster_opts_init(&copts);
	if (cli_wants_help(argc, argv))
		return cli_help(cluster_help);
	ropts.clean_flags = PX_CLEAN_ALL;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_files && strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (!only_files && strcmp(a, "--explain") == 0) {
			copts.explain = 1;
		} else if (!only_files && strcmp(a, "--window") == 0) {
			if (num_arg(argc, argv, &i, 1e-6, 1e6, &copts.window_days))
				return cli_usage_error("cluster", "'--window' needs a number of days > 0");
		} else if (!only_files && strcmp(a, "--threshold") == 0) {
			if (num_arg(argc, argv, &i, 0, 1, &copts.threshold))
				return cli_usage_error("cluster", "'--threshold' needs a number from 0 to 1");
		} else if (!only_files && a[0] == '-' && a[1] != '\0') {
			return cli_usage_error("cluster", "unknown option '%s'", a);
		} else {
			nfiles++;
		}
	}
	{
		static const char *const valued[] = {"--window", "--threshold", NULL};
		if (cli_read_args(argc, argv, valued, &ropts, cluster_collect, &s, &rejected) != PX_OK)
			s.failed = 1;
	}
	st = s.failed ? PX_ENOMEM : px_articles_sort(s.arts, s.n);
	if (st == PX_OK)
		st = px_clusterer_new(&copts, &c);
	for (k = 0; k < s.n && st == PX_OK; k++) {
		struct px_cluster_result r;
		const struct px_article *a = s.arts[k];
		st = px_clusterer_add(c, a, &r);
		if (st)
			break;
		px_buf_puts(&b, "{\"article\":");
		px_buf_put_json_str(&b, a->id, strlen(a->id));
		px_buf_printf(&b, ",\"story\":%zu,\"similarity\":%.3f", r.story,
			      r.similarity);
		if (copts.explain) {
			px_buf_printf(&b, ",\"cosines\":{\"body\":%.3f,\"title\":%.3f,\"entities\":%.3f}",
				      r.cos_body, r.cos_title, r.cos_entity);
			put_list(&b, "terms", r.terms, r.n_terms);
			put_list(&b, "entities", r.entities, r.n_entities);
		}
		px_buf_puts(&b, "}\n");
		if (b.failed) {
			st = b.failed;
			break;
		}
		if (b.len >= 65536 || k + 1 == s.n) {
			if (cli_write(stdout, b.data, b.len)) {
				rc = CLI_NOTHING;
				break;
			}
			px_buf_reset(&b);
		}
	}
	if (st != PX_OK) {
		fprintf(stderr, "parallax: cluster: %s\n", px_strerror(st));
		rc = CLI_NOTHING;
	} else if (rc == CLI_OK) {
		rc = cli_flush(stdout) != 0 ? CLI_NOTHING : cli_status(s.n, rejected);
	}
	px_buf_release(&b);
	px_clusterer_free(c);
	for (k = 0; k < s.n; k++)
		px_article_free(s.arts[k]);
	px_free(s.arts);
	return rc;
}
