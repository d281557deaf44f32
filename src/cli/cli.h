/*
 * Shared pieces of the command line: the command table entry type, problem
 * reporting in the `parallax: FILE[:LINE]: reason` form, exit statuses and
 * output helpers. The CLI uses only the public library API.
 */
#ifndef PX_CLI_H
#define PX_CLI_H

#include <stdio.h>

#include "parallax/parallax.h"

/* Exit statuses (ARCHITECTURE.md §5). */
enum {
	CLI_OK = 0,
	CLI_SOME_REJECTED = 1,
	CLI_USAGE = 2,
	CLI_NOTHING = 3
};

struct cli_command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

/* Counts problems reported on stderr; passed as the reader's ud part. */
struct cli_problems {
	size_t count;
};

/* Print `parallax: FILE[:LINE]: reason` on stderr. */
void cli_problem(void *ud, const char *file, long line, const char *reason);
/* Print `parallax CMD: message` and return CLI_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Exit status from how many inputs were processed and rejected. */
int cli_status(size_t processed, size_t rejected);
/* Write a buffer to f; returns 0 or -1 (and reports) on a write error. */
int cli_write(FILE *f, const char *p, size_t len);
/* Whether the -o FILE of a command can be written (checked before the
 * work, so a typo does not cost a whole run); reports why not (-1). */
int cli_output_check(const char *path);
/* Whether -o PATH means standard output: no -o, or `-o -`. */
int cli_output_is_stdout(const char *path);
/* Write p[0..len) to -o PATH (standard output when
 * cli_output_is_stdout()), flushed and, for a file, closed; 0, or -1 with
 * the reason reported. */
int cli_output_write(const char *path, const char *p, size_t len);
/* The stream for -o PATH: standard output when cli_output_is_stdout(),
 * else PATH opened for writing; NULL (reported) when it cannot be. */
FILE *cli_output_open(const char *path);
/* Flush and, unless it is standard output, close what cli_output_open()
 * gave; 0, or -1 with the reason reported. */
int cli_output_close(FILE *f, const char *path);
/* fflush(f); a failure is reported on stderr (once) and gives -1. */
int cli_flush(FILE *f);
/* Flush standard output at the end of a command: a write error not yet
 * reported is reported, and turns a success status into CLI_NOTHING. */
int cli_finish(int rc);
/* Whether the option list asks for help (-h/--help) at argv[1..]. */
int cli_wants_help(int argc, char **argv);
/* Print the command's help text on stdout and return CLI_OK. */
int cli_help(const char *text);
/*
 * Read every INPUT of a command line (the arguments that are not options;
 * `valued` lists the options that take a value, NULL-terminated) through
 * one px_reader, so article ids stay unique across inputs; standard input
 * when there is none. state is passed to on_article and, as the problem
 * counter, to cli_problem: it must start with a struct cli_problems.
 * *rejected gets the inputs and records rejected. PX_ENOMEM or PX_OK.
 */
px_status cli_read_args(int argc, char **argv, const char *const *valued,
			const struct px_reader_opts *opts, px_article_cb on_article,
			void *state, size_t *rejected);
/* Whether stderr is a terminal (progress lines go there only then). */
int cli_stderr_tty(void);
/*
 * Load a source table (--sources FILE); on failure print
 * `parallax: FILE[:LINE]: reason` and return NULL.
 */
struct px_source_table *cli_sources_load(const char *path);

int cmd_report(int argc, char **argv);
int cmd_clean(int argc, char **argv);
int cmd_segment(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_claims(int argc, char **argv);
int cmd_dedup(int argc, char **argv);
int cmd_cluster(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_stories(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/* Store commands (cli_store.c). Open a store, reporting why it failed on
 * stderr as `parallax: FILE: reason` (-1); write: for ingest. */
int cli_store_open(const char *path, int write, struct px_store **out);
/* Take a --db FILE or --db=FILE option at argv[*i]: 1 taken, 0 not this
 * option, -1 usage error (reported). */
int cli_db_option(const char *cmd, int argc, char **argv, int *i,
		  const char **db);

#endif
