/*
 * parallax show --db FILE STORY... [-f text|markdown|json|html]: stories
 * of a store as reports, in the formats of `parallax report`, one after
 * another (JSON: one document a line). JSON is the document stored at the
 * story's last comparison; the other formats (and JSON with --explain) are
 * rebuilt from the stored articles, which gives the same comparison.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char show_help[] =
	"usage: parallax show --db FILE [-f text|markdown|json|html] [-o FILE]\n"
	"                     [--explain] STORY...\n"
	"\n"
	"Show stories of the store as reports: each one's summary, what the\n"
	"sources agree on, where they conflict and what only one reports, with\n"
	"evidence. Several stories are shown one after another (JSON: one\n"
	"document a line; HTML takes one STORY). A story merged into another\n"
	"since is shown as the story that holds its articles now (with a note\n"
	"on stderr).\n"
	"\n"
	"  --db FILE       the store\n"
	"  -f, --format F  text (default), markdown, json or html\n"
	"  -o, --output F  write to F instead of standard output\n"
	"  --explain       the reasons for each decision\n"
	"  -h, --help      show this help\n";

/* Parse a STORY argument into *id; a usage error (message printed) when
   it is no story id. */
static int
story_id(const char *story, int64_t *id)
{
	char *end = NULL;
	long long v = 0;

	errno = 0;
	v = strtoll(story, &end, 10);
	if (errno || end == story || *end || v < 0) {
		cli_usage_error("show", "STORY is a story id (a number), not '%s'", story);
		return -1;
	}
	*id = (int64_t)v;
	return 0;
}

/* Append story id's report to out, following a merge once. */
static px_status
show_one(struct px_store *store, const char *db, int64_t id, enum px_report_format fmt,
	 const struct px_report_opts *ro, struct px_buf *out)
{
	size_t mark = out->len;
	int64_t moved_to = -1;
	px_status st = PX_OK;
	int i = 0;

	for (i = 0; i < 2; i++) {
		if (fmt == PX_REPORT_JSON && !ro->explain)
			st = px_store_story_json(store, id, out, &moved_to);
		else
			st = px_store_story_report(store, id, fmt, ro, out, &moved_to);
		if (st != PX_ENOTFOUND || moved_to < 0)
			break;
		fprintf(stderr, "parallax: %s: story %lld was merged into story %lld\n", db,
			(long long)id, (long long)moved_to);
		id = moved_to;
		out->len = mark;
	}
	if (st != PX_OK)
		out->len = mark;
	return st;
}

int
cmd_show(int argc, char **argv)
{
	struct px_store *store = NULL;
	struct px_report_opts ro;
	struct px_buf out = PX_BUF_INIT;
	enum px_report_format fmt = PX_REPORT_TEXT;
	const char *db = NULL, *outpath = NULL;
	int64_t *ids = NULL;
	size_t nids = 0, k = 0, failed = 0;
	int i = 0, rc = CLI_OK, r = 0, only_story = 0;

	px_report_opts_init(&ro);
	if (cli_wants_help(argc, argv))
		return cli_help(show_help);
	ids = calloc((size_t)argc, sizeof(*ids));
	if (ids == NULL) {
		cli_problem(NULL, "show", 0, "out of memory");
		return CLI_NOTHING;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_story) {
			r = cli_db_option("show", argc, argv, &i, &db);
			if (r < 0)
				goto usage;
			if (r > 0)
				continue;
		}
		if (only_story || !(a[0] == '-' && a[1] != '\0')) {
			if (story_id(a, &ids[nids]) != 0)
				goto usage;
			nids++;
		} else if (strcmp(a, "--") == 0) {
			only_story = 1;
		} else if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0) {
			if (++i >= argc || px_report_format_parse(argv[i], &fmt) != PX_OK) {
				cli_usage_error("show", "-f takes text, markdown, json or html");
				goto usage;
			}
		} else if (strncmp(a, "--format=", 9) == 0) {
			if (px_report_format_parse(a + 9, &fmt) != PX_OK) {
				cli_usage_error("show", "-f takes text, markdown, json or html");
				goto usage;
			}
		} else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
			if (++i >= argc) {
				cli_usage_error("show", "-o takes a file name");
				goto usage;
			}
			outpath = argv[i];
		} else if (strcmp(a, "--explain") == 0) {
			ro.explain = 1;
		} else {
			cli_usage_error("show", "unknown option '%s'", a);
			goto usage;
		}
	}
	if (db == NULL) {
		cli_usage_error("show", "--db FILE is required");
		goto usage;
	}
	if (nids == 0) {
		cli_usage_error("show", "no STORY given (an id from 'parallax stories')");
		goto usage;
	}
	if (fmt == PX_REPORT_HTML && nids > 1) {
		cli_usage_error("show", "-f html shows one STORY (a page of its own)");
		goto usage;
	}
	if (cli_output_check(outpath) != 0)
		goto usage;
	if (cli_store_open(db, 0, &store) != 0) {
		free(ids);
		return CLI_NOTHING;
	}
	ro.color = fmt == PX_REPORT_TEXT && cli_output_is_stdout(outpath) && isatty(1) && getenv("NO_COLOR") == NULL;
	ro.threads = 1;
	for (k = 0; k < nids; k++) {
		if (show_one(store, db, ids[k], fmt, &ro, &out) != PX_OK) {
			cli_problem(NULL, db, 0, px_store_errmsg(store));
			failed++;
		}
	}
	if (failed < nids && cli_output_write(outpath, out.data, out.len) != 0)
		rc = CLI_NOTHING;
	else if (failed == nids)
		rc = CLI_NOTHING;
	else if (failed > 0)
		rc = CLI_SOME_REJECTED;
	px_buf_release(&out);
	px_store_close(store);
	free(ids);
	return rc;
usage:
	free(ids);
	return CLI_USAGE;
}
