/*
 * parallax command line: dispatches to one cmd_<name>() per subcommand.
 * Adding a subcommand takes one row in `commands` and its cmd_<name>.c.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct cli_command commands[] = {
	{"report", cmd_report, "the main job: compare the sources of each story"},
	{"extract", cmd_extract, "articles as JSON Lines"},
	{"clean", cmd_clean, "repaired, cleaned text"},
	{"segment", cmd_segment, "one sentence a line"},
	{"claims", cmd_claims, "claims as JSON Lines"},
	{"dedup", cmd_dedup, "near-duplicate groups as JSON Lines"},
	{"cluster", cmd_cluster, "story assignment, one JSON object per article"},
	{"ingest", cmd_ingest, "add articles to a store, assign stories incrementally"},
	{"stories", cmd_stories, "the stories of a store, newest first"},
	{"show", cmd_show, "one story of a store as a report"},
	{"search", cmd_search, "full-text search over a store's articles and claims"},
	{"serve", cmd_serve, "web page and JSON API over a store"},
};

static const size_t n_commands = sizeof(commands) / sizeof(commands[0]);

static void
usage(FILE *f)
{
	size_t i = 0;

	fprintf(f, "usage: parallax COMMAND [OPTIONS] [INPUT...]\n\n"
		   "Read news articles from many outlets, repair them, and compare what\n"
		   "the sources claim.\n\ncommands:\n");
	for (i = 0; i < n_commands; i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'parallax COMMAND --help' (or 'parallax help COMMAND') describes a\n"
		   "command; 'parallax --version' prints the version. Exit status: 0 success,\n"
		   "1 some inputs rejected, 2 usage error, 3 nothing could be processed.\n");
}

/*
 * The long options of any command that take no value. Split, `--raw=x`
 * would become the flag and an INPUT named `x`; it is a usage error
 * instead. The e2e case cli_flag_values checks this list against every
 * command's --help.
 */
static const char *const flag_options[] = {
	"--explain", "--json", "--log", "--no-raw", "--raw", "--removed", "--verbose", NULL
};

static int
is_flag_option(const char *name)
{
	size_t i = 0;

	for (i = 0; flag_options[i]; i++)
		if (strcmp(name, flag_options[i]) == 0)
			return 1;
	return 0;
}

/*
 * The arguments with every long option written `--name=value` split into
 * `--name` `value`, as the commands read them (up to a `--`, after which
 * everything is an input). NULL when out of memory, or with *flag set to
 * the option when a flag was given a value (a usage error).
 */
static char **
split_long_options(int argc, char **argv, int *n_out, const char **flag)
{
	char **v = malloc(sizeof(*v) * (2 * (size_t)argc + 1));
	int i = 0, n = 0, done = 0;

	*flag = NULL;
	if (v == NULL)
		return NULL;
	for (i = 0; i < argc; i++) {
		char *eq = NULL;
		if (!done && strcmp(argv[i], "--") == 0)
			done = 1;
		if (!done && i > 1 && strncmp(argv[i], "--", 2) == 0 && argv[i][2] != '\0' &&
		    argv[i][2] != '=' && (eq = strchr(argv[i], '=')) != NULL) {
			*eq = '\0';
			if (is_flag_option(argv[i])) {
				*flag = argv[i];
				free(v);
				return NULL;
			}
			v[n++] = argv[i];
			v[n++] = eq + 1;
			continue;
		}
		v[n++] = argv[i];
	}
	v[n] = NULL;
	*n_out = n;
	return v;
}

static const struct cli_command *
command_find(const char *name)
{
	size_t i = 0;

	for (i = 0; i < n_commands; i++)
		if (strcmp(name, commands[i].name) == 0)
			return &commands[i];
	return NULL;
}

int
main(int argc, char **argv)
{
	const struct cli_command *cmd = NULL;

	/* A closed pipe (parallax ... | head) ends output quietly. */
	signal(SIGPIPE, SIG_DFL);
	/* The pipeline touches hundreds of megabytes once: huge pages save
	 * most of the page faults (Linux with glibc; a no-op elsewhere). */
	px_alloc_huge_pages();
	if (argc < 2) {
		usage(stderr);
		return CLI_USAGE;
	}
	if (strcmp(argv[1], "help") == 0 && argc > 2) {
		/* parallax help COMMAND: the command's own --help. */
		static char help_opt[] = "--help";
		char *help_argv[] = {argv[2], help_opt, NULL};
		cmd = command_find(argv[2]);
		if (cmd == NULL) {
			fprintf(stderr, "parallax: '%s' is not a command\n", argv[2]);
			usage(stderr);
			return CLI_USAGE;
		}
		return cli_finish(cmd->fn(2, help_argv));
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return cli_finish(CLI_OK);
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		printf("parallax %s\n", px_version());
		return cli_finish(CLI_OK);
	}
	cmd = command_find(argv[1]);
	if (cmd != NULL) {
		int n = 0, rc = 0;
		const char *flag = NULL;
		char **v = NULL;
		if (cli_wants_help(argc - 1, argv + 1))
			return cli_finish(cmd->fn(argc - 1, argv + 1));
		v = split_long_options(argc, argv, &n, &flag);
		if (flag != NULL)
			return cli_usage_error(cmd->name, "%s takes no value", flag);
		if (v == NULL) {
			fprintf(stderr, "parallax: %s: out of memory\n", cmd->name);
			return CLI_NOTHING;
		}
		rc = cli_finish(cmd->fn(n - 1, v + 1));
		free(v);
		return rc;
	}
	fprintf(stderr, "parallax: '%s' is not a command\n", argv[1]);
	usage(stderr);
	return CLI_USAGE;
}
