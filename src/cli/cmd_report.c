/*
 * parallax report [-f text|markdown|json|html] [-o FILE] INPUT...: the main
 * job. Reads every input, runs the whole pipeline and writes the report.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "cli.h"

static const char report_help[] =
	"usage: parallax report [-f text|markdown|json|html] [-o FILE] [--explain]\n"
	"                       [--threads N] [--sources FILE] INPUT...\n"
	"\n"
	"Read the articles, fold syndicated copies, group the articles into\n"
	"stories and, for each story, show what independent sources agree on,\n"
	"where they contradict each other and what only one reports, with the\n"
	"evidence sentences, a summary citing its sources, and the repairs made.\n"
	"\n"
	"  -f, --format F  text (default; colour on a terminal), markdown, json\n"
	"                  (schema version 1) or html (one self-contained page)\n"
	"  -o, --output F  write to F instead of standard output\n"
	"  --explain       add the reasons for each decision and the differences\n"
	"                  judged not to be conflicts\n"
	"  --threads N     worker threads (default: one per core); the output\n"
	"                  does not depend on it\n"
	"  --sources FILE  source table (CSV or JSON: domain, name, outlet, owner,\n"
	"                  wires, country, group): outlets of one owner, or a wire\n"
	"                  and the outlets taking its copy, count as one origin\n"
	"  -h, --help      show this help\n";

struct report_state {
	struct cli_problems problems;
	struct px_report *r;
	size_t articles;
	int progress;
	px_status st;
};

/* Where px_report_stream writes: the -o stream (path), opened at the
   first write when f is NULL; a failure to open or write is told once and
   remembered so it is not told again. */
struct report_out {
	FILE *f;
	const char *path;
	int failed;
};

static px_status
report_out_write(void *ud, const char *p, size_t len)
{
	struct report_out *o = ud;

	if (o->failed)
		return PX_EIO;
	if (o->f == NULL)
		o->f = cli_output_open(o->path);
	if (o->f == NULL || cli_write(o->f, p, len) != 0) {
		o->failed = 1;
		return PX_EIO;
	}
	return PX_OK;
}

static int
report_article(void *ud, struct px_article *a)
{
	struct report_state *s = ud;

	if (a->path && px_report_add_input(s->r, a->path, NULL, 0) != PX_OK)
		s->st = PX_ENOMEM;
	if (px_report_add_article(s->r, a) != PX_OK)
		s->st = PX_ENOMEM;
	s->articles++;
	if (s->progress && s->articles % 1000 == 0)
		fprintf(stderr, "\rparallax: report: read %zu articles", s->articles);
	return s->st != PX_OK;
}

static void
report_problem(void *ud, const char *file, long line, const char *reason)
{
	struct report_state *s = ud;

	cli_problem(&s->problems, file, line, reason);
	/* A file-level problem means the file was rejected; a line's problem
	 * means the file was read. */
	px_report_add_input(s->r, file, NULL, line == 0);
}

/* Fill in the SHA-256 of every input file read (stdin's was computed). */
static void
hash_inputs(struct px_report *r, const char *stdin_hash)
{
	size_t i = 0;

	for (i = 0; i < r->n_inputs; i++) {
		struct px_report_input *in = &r->inputs[i];
		FILE *f = NULL;
		struct px_sha256 h;
		char buf[65536];
		size_t n = 0;

		if (in->sha256[0])
			continue;
		if (strcmp(in->path, "-") == 0) {
			if (stdin_hash)
				memcpy(in->sha256, stdin_hash, 65);
			continue;
		}
		f = fopen(in->path, "rb");
		if (f == NULL)
			continue;
		px_sha256_init(&h);
		while ((n = fread(buf, 1, sizeof buf, f)) > 0)
			px_sha256_update(&h, buf, n);
		fclose(f);
		px_sha256_final(&h, in->sha256);
	}
}

struct feeder {
	int in;                /* the real standard input */
	int out;               /* our end of the socket the reader reads */
	struct px_sha256 h;
	int complete;          /* read to its end: the hash is the input's */
};

/*
 * Copies standard input to the reader, hashing it on the way, so the
 * header can give its SHA-256 without holding it in memory (an endless
 * or huge stdin used to be buffered whole first). A socket, not a pipe,
 * so a reader that stopped early (a record over the limit) ends the copy
 * with EPIPE instead of SIGPIPE.
 */
static void *
feed(void *arg)
{
	struct feeder *f = arg;
	char buf[65536];

	for (;;) {
		ssize_t n = read(f->in, buf, sizeof buf), off = 0;
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			f->complete = n == 0;
			break;
		}
		px_sha256_update(&f->h, buf, (size_t)n);
		while (off < n) {
			ssize_t w = send(f->out, buf + off, (size_t)(n - off), MSG_NOSIGNAL);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				goto done;
			off += w;
		}
	}
done:
	close(f->out);
	return NULL;
}

/*
 * Standard input is handed to the reader through a socket by a thread
 * that hashes it for the header, so the reader still streams it. hash is
 * left empty when the reader stopped before the end.
 */
static px_status
read_stdin(struct px_reader *rd, char hash[65])
{
	int sv[2];
	pthread_t t;
	struct feeder f;
	px_status st = PX_OK;

	hash[0] = '\0';
	memset(&f, 0, sizeof(f));
	f.in = dup(0);
	if (f.in < 0) {
		fprintf(stderr, "parallax: stdin: cannot read: %s\n", strerror(errno));
		return PX_EIO;
	}
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
		close(f.in);
		return PX_EIO;
	}
	if (dup2(sv[0], 0) < 0) {
		close(sv[0]);
		close(sv[1]);
		close(f.in);
		return PX_EIO;
	}
	close(sv[0]);
	clearerr(stdin);
	f.out = sv[1];
	px_sha256_init(&f.h);
	if (pthread_create(&t, NULL, feed, &f) != 0) {
		close(sv[1]);
		close(f.in);
		return PX_EIO;
	}
	st = px_reader_read(rd, "-");
	/* A reader that stopped early ends the copy (EPIPE on the feeder). */
	shutdown(0, SHUT_RDWR);
	pthread_join(t, NULL);
	close(f.in);
	if (f.complete)
		px_sha256_final(&f.h, hash);
	return st;
}

int
cmd_report(int argc, char **argv)
{
	struct report_state s;
	struct px_report_opts ro;
	struct px_reader_opts opts;
	struct px_reader *rd = NULL;
	enum px_report_format fmt = PX_REPORT_TEXT;
	const char *outpath = NULL, *sources = NULL;
	struct px_source_table *table = NULL;
	char stdin_hash[65] = "";
	struct report_out out = {NULL, NULL, 0};
	int i = 0, only_files = 0, n_inputs = 0, rc = CLI_OK;
	px_status st = PX_OK;

	memset(&s, 0, sizeof(s));
	memset(&opts, 0, sizeof(opts));
	px_report_opts_init(&ro);
	if (cli_wants_help(argc, argv))
		return cli_help(report_help);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_files && strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (!only_files && (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0)) {
			if (++i >= argc || px_report_format_parse(argv[i], &fmt) != PX_OK)
				return cli_usage_error("report", "-f takes text, markdown, json or html");
		} else if (!only_files && strncmp(a, "--format=", 9) == 0) {
			if (px_report_format_parse(a + 9, &fmt) != PX_OK)
				return cli_usage_error("report", "-f takes text, markdown, json or html");
		} else if (!only_files && (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0)) {
			if (++i >= argc)
				return cli_usage_error("report", "-o takes a file name");
			outpath = argv[i];
		} else if (!only_files && strcmp(a, "--sources") == 0) {
			if (++i >= argc)
				return cli_usage_error("report", "--sources takes a file name");
			sources = argv[i];
		} else if (!only_files && strcmp(a, "--explain") == 0) {
			ro.explain = 1;
		} else if (!only_files && strcmp(a, "--threads") == 0) {
			char *end = NULL;
			long t = 0;
			if (++i >= argc)
				return cli_usage_error("report", "--threads takes a number");
			t = strtol(argv[i], &end, 10);
			if (*end || t < 1 || t > 64)
				return cli_usage_error("report", "--threads takes a number from 1 to 64");
			ro.threads = (unsigned)t;
		} else if (!only_files && a[0] == '-' && a[1] != '\0') {
			return cli_usage_error("report", "unknown option '%s'", a);
		} else {
			n_inputs++;
		}
	}
	if (n_inputs == 0)
		return cli_usage_error("report", "no INPUT given (use '-' for standard input)");
	if (cli_output_check(outpath) != 0)
		return CLI_USAGE;
	if (sources) {
		table = cli_sources_load(sources);
		if (!table)
			return CLI_USAGE;
		ro.sources = table;
	}
	ro.color = fmt == PX_REPORT_TEXT && cli_output_is_stdout(outpath) && isatty(1) && getenv("NO_COLOR") == NULL;
	s.progress = cli_stderr_tty();
	ro.drop_claims = 1; /* only the report is written */
	st = px_report_new(&ro, &s.r);
	opts.clean_flags = PX_CLEAN_ALL;
	opts.threads = ro.threads;
	if (st == PX_OK)
		st = px_reader_new(&opts, report_article, report_problem, &s, &rd);
	if (st) {
		fprintf(stderr, "parallax: report: %s\n", px_strerror(st));
		px_report_free(s.r);
		px_source_table_free(table);
		return CLI_NOTHING;
	}
	only_files = 0;
	for (i = 1; i < argc && s.st == PX_OK; i++) {
		const char *a = argv[i];
		if (!only_files && strcmp(a, "--") == 0) {
			only_files = 1;
			continue;
		}
		if (!only_files && (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0 ||
				    strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0 ||
				    strcmp(a, "--threads") == 0 || strcmp(a, "--sources") == 0)) {
			i++;
			continue;
		}
		if (!only_files && a[0] == '-' && a[1] != '\0')
			continue;
		if (strcmp(a, "-") == 0)
			st = read_stdin(rd, stdin_hash);
		else
			st = px_reader_read(rd, a);
		if (st == PX_ENOMEM)
			s.st = st;
	}
	if (s.progress && s.articles >= 1000)
		fputc('\n', stderr);
	hash_inputs(s.r, stdin_hash[0] ? stdin_hash : NULL);
	if (s.st == PX_OK && s.articles == 0) {
		px_reader_free(rd);
		px_report_free(s.r);
		px_source_table_free(table);
		fprintf(stderr, "parallax: report: no article could be read\n");
		return CLI_NOTHING;
	}
	if (px_reader_rejected(rd)) {
		char note[128];
		snprintf(note, sizeof note, "%zu input file(s) or record(s) rejected; see the inputs list",
			 px_reader_rejected(rd));
		px_report_add_note(s.r, note);
	}
	/* The report is written as it is made (JSON: a megabyte at a time,
	 * each story as soon as it and the ones before it are built), never
	 * whole in memory; the -o file is opened at the first write: for JSON
	 * once the stories are formed, for the other formats once the build
	 * succeeded. */
	out.path = outpath;
	if (s.st == PX_OK && fmt == PX_REPORT_JSON)
		s.st = px_report_build_json(s.r, report_out_write, &out);
	else if (s.st == PX_OK)
		s.st = px_report_build(s.r);
	if (s.st == PX_OK && fmt != PX_REPORT_JSON)
		s.st = px_report_stream(s.r, fmt, report_out_write, &out);
	if (out.f && cli_output_close(out.f, out.path) != 0)
		rc = CLI_NOTHING;
	if (s.st && !out.failed) {
		fprintf(stderr, "parallax: report: %s\n", px_strerror(s.st));
		rc = CLI_NOTHING;
	} else if (s.st) {
		rc = CLI_NOTHING;
	}
	if (rc == CLI_OK && px_reader_rejected(rd))
		rc = CLI_SOME_REJECTED;
	px_reader_free(rd);
	px_report_free(s.r);
	px_source_table_free(table);
	return rc;
}
