/*
 * Helpers shared by the subcommands: messages, exit statuses, writing.
 */
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

void
cli_problem(void *ud, const char *file, long line, const char *reason)
{
	struct cli_problems *p = ud;

	if (line > 0)
		fprintf(stderr, "parallax: %s:%ld: %s\n", file, line, reason);
	else
		fprintf(stderr, "parallax: %s: %s\n", file, reason);
	if (p)
		p->count++;
}

int
cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "parallax %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\ntry 'parallax %s --help'\n", cmd);
	return CLI_USAGE;
}

int
cli_status(size_t processed, size_t rejected)
{
	if (processed == 0 && rejected > 0)
		return CLI_NOTHING;
	return rejected ? CLI_SOME_REJECTED : CLI_OK;
}

/* Whether a write error was reported already (once is enough). */
static int write_error_told;

/* Report a failed write to standard output or -o with errno err, unless
   one was reported already or the reader went away (EPIPE); returns -1. */
static int
write_failed(int err)
{
	if (err != EPIPE && !write_error_told)
		fprintf(stderr, "parallax: write error: %s\n", strerror(err));
	write_error_told = 1;
	return -1;
}

static void
cannot_write(const char *path, const char *why)
{
	fprintf(stderr, "parallax: %s: cannot write: %s\n", path, why);
}

int
cli_write(FILE *f, const char *p, size_t len)
{
	if (len && fwrite(p, 1, len, f) != len)
		return write_failed(errno);
	return 0;
}

int
cli_output_check(const char *path)
{
	struct stat sb;
	const char *why = NULL;

	if (cli_output_is_stdout(path))
		return 0;
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			why = "is a directory";
		else if (access(path, W_OK) != 0)
			why = strerror(errno);
	} else if (errno != ENOENT) {
		why = strerror(errno);
	} else {
		/* A new file: its directory must exist and take it. */
		char dir[4096];
		const char *slash = strrchr(path, '/');
		size_t n = slash ? (size_t)(slash - path) : 0;
		if (slash == NULL)
			snprintf(dir, sizeof dir, ".");
		else if (n == 0)
			snprintf(dir, sizeof dir, "/");
		else
			snprintf(dir, sizeof dir, "%.*s", (int)(n < sizeof dir ? n : sizeof dir - 1), path);
		if (access(dir, W_OK) != 0)
			why = strerror(errno);
	}
	if (why == NULL)
		return 0;
	cannot_write(path, why);
	return -1;
}

int
cli_output_is_stdout(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0;
}

FILE *
cli_output_open(const char *path)
{
	FILE *f = NULL;

	if (cli_output_is_stdout(path))
		return stdout;
	f = fopen(path, "wb");
	if (f == NULL)
		cannot_write(path, strerror(errno));
	return f;
}

int
cli_output_close(FILE *f, const char *path)
{
	int ret = cli_flush(f);

	if (f == stdout)
		return ret;
	if (fclose(f) != 0 && ret == 0) {
		cannot_write(path, strerror(errno));
		ret = -1;
	}
	return ret;
}

int
cli_output_write(const char *path, const char *p, size_t len)
{
	FILE *f = cli_output_open(path);
	int ret = 0;

	if (f == NULL)
		return -1;
	if (cli_write(f, p, len) != 0)
		ret = -1;
	if (cli_output_close(f, path) != 0)
		ret = -1;
	return ret;
}

int
cli_flush(FILE *f)
{
	if (fflush(f) != 0)
		return write_failed(errno);
	return 0;
}

int
cli_finish(int rc)
{
	/* Output still buffered is written now: a full disk or a closed
	 * descriptor found here is an error like any other write's. */
	if (cli_flush(stdout) != 0 || ferror(stdout)) {
		if (!write_error_told)
			fprintf(stderr, "parallax: write error\n");
		write_error_told = 1;
		if (rc == CLI_OK || rc == CLI_SOME_REJECTED)
			rc = CLI_NOTHING;
	}
	return rc;
}

int
cli_wants_help(int argc, char **argv)
{
	int i = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return 1;
	}
	return 0;
}

int
cli_help(const char *text)
{
	fputs(text, stdout);
	return CLI_OK;
}

int
cli_stderr_tty(void)
{
	return isatty(2);
}

px_status
cli_read_args(int argc, char **argv, const char *const *valued,
	      const struct px_reader_opts *opts, px_article_cb on_article,
	      void *state, size_t *rejected)
{
	struct px_reader *r = NULL;
	px_status st = px_reader_new(opts, on_article, cli_problem, state, &r);
	int i = 0, only_files = 0, n = 0;

	*rejected = 0;
	if (st)
		return st;
	for (i = 1; i < argc && st != PX_ENOMEM && st != PX_ESTOP; i++) {
		const char *a = argv[i];
		size_t k = 0;
		if (!only_files && strcmp(a, "--") == 0) {
			only_files = 1;
			continue;
		}
		if (!only_files && a[0] == '-' && a[1] != '\0') {
			for (k = 0; valued && valued[k]; k++)
				if (strcmp(a, valued[k]) == 0)
					i++; /* its value */
			continue;
		}
		st = px_reader_read(r, a);
		n++;
	}
	if (n == 0)
		st = px_reader_read(r, "-");
	*rejected = px_reader_rejected(r);
	px_reader_free(r);
	return st == PX_ENOMEM ? st : PX_OK;
}

struct px_source_table *
cli_sources_load(const char *path)
{
	struct px_source_table *t = NULL;
	struct px_source_error err;
	char reason[256];
	px_status st = px_source_table_load(path, &t, &err);

	if (st == PX_OK)
		return t;
	snprintf(reason, sizeof reason, "%s source table: %s",
		 st == PX_EIO ? "cannot read the" : "bad", err.reason);
	cli_problem(NULL, path, (long)err.line, reason);
	return NULL;
}
