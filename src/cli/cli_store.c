/*
 * Helpers the store commands share (ingest, stories, show, search, serve):
 * opening a store with the reason on stderr, and the --db option. A
 * problem with the store is a problem with its file, so it is reported
 * as any other file's: `parallax: FILE: reason` (docs/cli.md).
 */
#include <string.h>

#include "cli.h"

int
cli_store_open(const char *path, int write, struct px_store **out)
{
	struct px_store_opts so;
	char err[512] = "";
	px_status st = PX_OK;

	px_store_opts_init(&so);
	so.err = err;
	so.err_size = sizeof err;
	st = px_store_open(path, write ? PX_STORE_WRITE : PX_STORE_READ, &so, out);
	if (st) {
		cli_problem(NULL, path, 0, err[0] ? err : px_strerror(st));
		return -1;
	}
	return 0;
}

int
cli_db_option(const char *cmd, int argc, char **argv, int *i, const char **db)
{
	const char *a = argv[*i];

	if (strcmp(a, "--db") == 0) {
		if (++*i >= argc) {
			cli_usage_error(cmd, "--db takes a file name");
			return -1;
		}
		*db = argv[*i];
		return 1;
	}
	if (strncmp(a, "--db=", 5) == 0) {
		*db = a + 5;
		return 1;
	}
	return 0;
}
