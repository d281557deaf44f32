/*
 * parallax show --db FILE STORY [-f text|markdown|json|html]: one story of
 * a store as a report, in the formats of `parallax report`. JSON is the
 * document stored at the story's last comparison; the other formats (and
 * JSON with --explain) are rebuilt from the stored articles, which gives
 * the same comparison.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char show_help[] =
	"usage: parallax show --db FILE [-f text|markdown|json|html] [-o FILE]\n"
	"                     [--explain] STORY\n"
	"\n"
	"Show one story of the store as a report: its summary, what the sources\n"
	"agree on, where they conflict and what only one reports, with evidence.\n"
	"A story merged into another since is shown as the story that holds its\n"
	"articles now (with a note on stderr).\n"
	"\n"
	"  --db FILE       the store\n"
	"  -f, --format F  text (default), markdown, json or html\n"
	"  -o, --output F  write to F instead of standard output\n"
	"  --explain       the reasons for each decision\n"
	"  -h, --help      show this help\n";

int
cmd_show(int argc, char **argv)
{
	struct px_store *store = NULL;
	struct px_report_opts ro;
	struct px_buf out = PX_BUF_INIT;
	enum px_report_format fmt = PX_REPORT_TEXT;
	const char *db = NULL, *outpath = NULL, *story = NULL;
	int64_t id = 0, moved_to = -1;
	int i = 0, rc = CLI_OK, r = 0, only_story = 0;
	px_status st = PX_OK;

	px_report_opts_init(&ro);
	if (cli_wants_help(argc, argv))
		return cli_help(show_help);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_story) {
			r = cli_db_option("show", argc, argv, &i, &db);
			if (r < 0)
				return CLI_USAGE;
			if (r > 0)
				continue;
		}
		if (only_story) {
			if (story != NULL)
				return cli_usage_error("show", "one STORY at a time");
			story = a;
		} else if (strcmp(a, "--") == 0) {
			only_story = 1;
		} else if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0) {
			if (++i >= argc || px_report_format_parse(argv[i], &fmt) != PX_OK)
				return cli_usage_error("show", "-f takes text, markdown, json or html");
		} else if (strncmp(a, "--format=", 9) == 0) {
			if (px_report_format_parse(a + 9, &fmt) != PX_OK)
				return cli_usage_error("show", "-f takes text, markdown, json or html");
		} else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
			if (++i >= argc)
				return cli_usage_error("show", "-o takes a file name");
			outpath = argv[i];
		} else if (strcmp(a, "--explain") == 0) {
			ro.explain = 1;
		} else if (a[0] == '-' && a[1] != '\0') {
			return cli_usage_error("show", "unknown option '%s'", a);
		} else if (story == NULL) {
			story = a;
		} else {
			return cli_usage_error("show", "one STORY at a time");
		}
	}
	if (db == NULL)
		return cli_usage_error("show", "--db FILE is required");
	if (story == NULL)
		return cli_usage_error("show", "no STORY given (an id from 'parallax stories')");
	{
		char *end = NULL;
		long long v = 0;
		errno = 0;
		v = strtoll(story, &end, 10);
		if (errno || end == story || *end || v < 0)
			return cli_usage_error("show", "STORY is a story id (a number), not '%s'", story);
		id = (int64_t)v;
	}
	if (cli_output_check(outpath) != 0)
		return CLI_USAGE;
	if (cli_store_open(db, 0, &store) != 0)
		return CLI_NOTHING;
	ro.color = fmt == PX_REPORT_TEXT && cli_output_is_stdout(outpath) && isatty(1) && getenv("NO_COLOR") == NULL;
	ro.threads = 1;
	for (i = 0; i < 2; i++) {
		if (fmt == PX_REPORT_JSON && !ro.explain)
			st = px_store_story_json(store, id, &out, &moved_to);
		else
			st = px_store_story_report(store, id, fmt, &ro, &out, &moved_to);
		if (st != PX_ENOTFOUND || moved_to < 0)
			break;
		fprintf(stderr, "parallax: %s: story %lld was merged into story %lld\n", db,
			(long long)id, (long long)moved_to);
		id = moved_to;
		px_buf_reset(&out);
	}
	if (st == PX_OK) {
		if (cli_output_write(outpath, out.data, out.len) != 0)
			rc = CLI_NOTHING;
	} else {
		cli_problem(NULL, db, 0, px_store_errmsg(store));
		rc = CLI_NOTHING;
	}
	px_buf_release(&out);
	px_store_close(store);
	return rc;
}
