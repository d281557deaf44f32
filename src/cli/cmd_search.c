/*
 * parallax search --db FILE [--limit N] [--json] QUERY...: full-text
 * search over the stored articles and claims, best first, each hit with a
 * snippet around the matched words.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char search_help[] =
	"usage: parallax search --db FILE [--limit N] [--json] QUERY...\n"
	"\n"
	"Search the current versions of the stored articles (headline weighted\n"
	"above body) and their claims, ranked by BM25. Words are stemmed and\n"
	"must all match; \"quoted words\" match as a phrase; word* matches a\n"
	"prefix. Each hit shows its kind (article or claim), story, article and a\n"
	"snippet with the matched words marked.\n"
	"\n"
	"  --db FILE   the store\n"
	"  --limit N   at most N hits (default 20, at most 200)\n"
	"  --json      {\"query\",\"results\":[...]} as 'GET /api/search' returns\n"
	"  -h, --help  show this help\n";

struct search_out {
	FILE *f;
	size_t n;
	int color;
};

static int
hit_line(void *ud, const struct px_store_hit *h)
{
	struct search_out *o = ud;
	size_t i = 0, at = 0, len = strlen(h->snippet);

	o->n++;
	fprintf(o->f, "%zu. %s", o->n, h->kind);
	if (h->claim_kind)
		fprintf(o->f, " (%s)", h->claim_kind);
	if (h->story >= 0)
		fprintf(o->f, "  story %lld", (long long)h->story);
	fprintf(o->f, "  %s", h->article);
	if (h->title)
		fprintf(o->f, "  %s", h->title);
	fputs("\n   ", o->f);
	for (i = 0; i <= h->n_marks; i++) {
		size_t end = i < h->n_marks ? h->marks[i][0] : len;
		size_t k = 0;
		for (k = at; k < end; k++)
			fputc(h->snippet[k] == '\n' ? ' ' : h->snippet[k], o->f);
		if (i < h->n_marks) {
			fputs(o->color ? "\033[1m" : "[", o->f);
			fwrite(h->snippet + h->marks[i][0], 1, h->marks[i][1] - h->marks[i][0], o->f);
			fputs(o->color ? "\033[0m" : "]", o->f);
			at = h->marks[i][1];
		}
	}
	fputc('\n', o->f);
	return ferror(o->f) != 0;
}

int
cmd_search(int argc, char **argv)
{
	struct px_store *store = NULL;
	struct px_buf query = PX_BUF_INIT;
	struct search_out o;
	const char *db = NULL;
	size_t limit = 0;
	int i = 0, json = 0, rc = CLI_OK, r = 0, only_words = 0;
	px_status st = PX_OK;

	memset(&o, 0, sizeof(o));
	if (cli_wants_help(argc, argv))
		return cli_help(search_help);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_words) {
			r = cli_db_option("search", argc, argv, &i, &db);
			if (r < 0) {
				px_buf_release(&query);
				return CLI_USAGE;
			}
			if (r > 0)
				continue;
		}
		if (!only_words && strcmp(a, "--") == 0) {
			only_words = 1;
		} else if (!only_words && strcmp(a, "--json") == 0) {
			json = 1;
		} else if (!only_words && strcmp(a, "--limit") == 0) {
			char *end = NULL;
			long v = 0;
			errno = 0;
			if (++i < argc)
				v = strtol(argv[i], &end, 10);
			if (i >= argc || errno || end == argv[i] || *end || v < 1 || v > 200) {
				px_buf_release(&query);
				return cli_usage_error("search", "--limit takes a number from 1 to 200");
			}
			limit = (size_t)v;
		} else if (!only_words && a[0] == '-' && a[1] != '\0') {
			px_buf_release(&query);
			return cli_usage_error("search", "unknown option '%s'", a);
		} else {
			if (query.len)
				px_buf_putc(&query, ' ');
			px_buf_puts(&query, a);
		}
	}
	if (db == NULL || query.len == 0) {
		px_buf_release(&query);
		return cli_usage_error("search", db ? "no QUERY given" : "--db FILE is required");
	}
	if (cli_store_open(db, 0, &store) != 0) {
		px_buf_release(&query);
		return CLI_NOTHING;
	}
	if (json) {
		struct px_buf out = PX_BUF_INIT;
		st = px_store_search_json(store, query.data, limit, &out);
		if (st == PX_OK) {
			px_buf_putc(&out, '\n');
			if (cli_write(stdout, out.data, out.len) != 0)
				rc = CLI_NOTHING;
		}
		px_buf_release(&out);
	} else {
		o.f = stdout;
		o.color = isatty(1) && getenv("NO_COLOR") == NULL;
		st = px_store_search(store, query.data, limit, hit_line, &o);
		if (st == PX_OK && o.n == 0)
			fprintf(stderr, "parallax: search: no match for '%s'\n", query.data);
	}
	if (st == PX_EINVAL) {
		/* The query itself is wrong (no word, too long, not UTF-8). */
		rc = cli_usage_error("search", "%s", px_store_errmsg(store));
	} else if (st && st != PX_ESTOP) {
		cli_problem(NULL, db, 0, px_store_errmsg(store));
		rc = CLI_NOTHING;
	}
	px_store_close(store);
	px_buf_release(&query);
	return rc;
}
