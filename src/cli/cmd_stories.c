/*
 * parallax stories --db FILE [--since DATE] [--limit N] [--json]: the
 * stories of a store, newest first (by their latest article's date).
 * --json prints the same document as `GET /api/stories`.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char stories_help[] =
	"usage: parallax stories --db FILE [--since DATE] [--limit N] [--json]\n"
	"\n"
	"List the stories of the store, newest first: id, latest date, articles,\n"
	"independent sources, conflicts and title.\n"
	"\n"
	"  --db FILE     the store\n"
	"  --since DATE  only stories with an article dated DATE or later\n"
	"  --limit N     at most N stories\n"
	"  --json        the GET /api/stories document of 'parallax serve'\n"
	"  -h, --help    show this help\n";

static int
story_line(void *ud, const struct px_store_story *st)
{
	FILE *f = ud;

	fprintf(f, "%lld\t%s\t%zu article%s, %zu source%s, %zu conflict%s\t%s\n",
		(long long)st->id, st->last_seen ? st->last_seen : "-", st->n_articles,
		st->n_articles == 1 ? "" : "s", st->sources, st->sources == 1 ? "" : "s",
		st->conflicts, st->conflicts == 1 ? "" : "s", st->title);
	return ferror(f) != 0;
}

int
cmd_stories(int argc, char **argv)
{
	struct px_store *store = NULL;
	struct px_store_query q;
	const char *db = NULL;
	char *since = NULL;
	int i = 0, json = 0, rc = CLI_OK, r = 0;
	px_status st = PX_OK;

	memset(&q, 0, sizeof(q));
	if (cli_wants_help(argc, argv))
		return cli_help(stories_help);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			/* The end of the options; stories takes no operand. */
			if (i + 1 < argc) {
				px_free(since);
				return cli_usage_error("stories", "unexpected argument '%s'",
						       argv[i + 1]);
			}
			break;
		}
		r = cli_db_option("stories", argc, argv, &i, &db);
		if (r < 0) {
			px_free(since);
			return CLI_USAGE;
		}
		if (r > 0)
			continue;
		if (strcmp(a, "--json") == 0) {
			json = 1;
		} else if (strcmp(a, "--since") == 0) {
			int64_t t = 0;
			if (++i >= argc || px_date_parse(argv[i], strlen(argv[i]), &since, &t) != PX_OK)
				return cli_usage_error("stories", "--since takes a date (YYYY-MM-DD)");
		} else if (strcmp(a, "--limit") == 0) {
			char *end = NULL;
			long v = 0;
			errno = 0;
			if (++i < argc)
				v = strtol(argv[i], &end, 10);
			if (i >= argc || errno || end == argv[i] || *end || v < 1) {
				px_free(since);
				return cli_usage_error("stories", "--limit takes a positive number");
			}
			q.limit = (size_t)v;
		} else {
			px_free(since);
			return cli_usage_error("stories", "unexpected argument '%s'", a);
		}
	}
	if (db == NULL) {
		px_free(since);
		return cli_usage_error("stories", "--db FILE is required");
	}
	q.since = since;
	if (cli_store_open(db, 0, &store) != 0) {
		px_free(since);
		return CLI_NOTHING;
	}
	if (json) {
		struct px_buf out = PX_BUF_INIT;
		st = px_store_stories_json(store, &q, &out);
		if (st == PX_OK) {
			px_buf_putc(&out, '\n');
			if (cli_write(stdout, out.data, out.len) != 0)
				rc = CLI_NOTHING;
		}
		px_buf_release(&out);
	} else {
		st = px_store_stories(store, &q, story_line, stdout, NULL);
	}
	if (st && st != PX_ESTOP) {
		cli_problem(NULL, db, 0, px_store_errmsg(store));
		rc = CLI_NOTHING;
	}
	px_store_close(store);
	px_free(since);
	return rc;
}
