/*
 * parallax ingest --db FILE [--batch N] INPUT...: add articles to a store,
 * assign them to stories and re-compare the stories that changed.
 *
 * Each batch (by default the whole run) is one transaction: a crash or a
 * kill leaves the store as it was after the last committed batch. The run
 * ends with exactly one summary line on stderr,
 * `added N, updated U, skipped M, rejected K`, counting committed batches.
 *
 * For provenance the store keeps each article's raw input bytes when they
 * can be read back cheaply: the whole file for a single-article file, the
 * line for a record of a plain JSON Lines file (compressed and WARC inputs
 * and stdin keep none), and the SHA-256 of every input file.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

#define RAW_MAX ((size_t)16 << 20)

static const char ingest_help[] =
	"usage: parallax ingest --db FILE [--batch N] [--threads N] [--no-raw]\n"
	"                       [-v] INPUT...\n"
	"\n"
	"Add articles to the store FILE (created when missing), assign them to\n"
	"stories and re-compare the stories that changed. An article whose id and\n"
	"content are both stored is skipped; a stored id with new content becomes\n"
	"a new version (the old one is kept and the change recorded). Ends with\n"
	"one line on stderr: added N, updated U, skipped M, rejected K.\n"
	"\n"
	"  --db FILE      the store (SQLite)\n"
	"  --batch N      commit every N articles (default: the whole run is one\n"
	"                 batch); a killed run keeps the committed batches\n"
	"  --threads N    worker threads for comparison (default: one per core)\n"
	"  --no-raw       do not keep the raw input bytes of each article\n"
	"  -v, --verbose  one line per committed batch with its timings\n"
	"  -h, --help     show this help\n";

/* The input file an article came from, read back for its raw bytes. */
struct source_file {
	char *path;
	char sha256[65];
	int kind;       /* 0 none, 1 whole file, 2 JSON Lines by line */
	FILE *f;
	long *line_off; /* start offset of line i + 1 (2: JSON Lines) */
	size_t n_lines;
	char *whole;    /* kind 1 */
	size_t whole_len;
};

struct ingest_state {
	struct cli_problems problems;
	struct px_store *store;
	const char *db;          /* its file, named in messages about it */
	struct px_reader *rd;
	struct source_file src;
	char *buf;       /* a JSON Lines record read back */
	size_t buf_cap;
	size_t batch_size;
	size_t in_batch;         /* articles given to the open batch */
	size_t rejected_at_begin; /* reader rejections before the batch */
	size_t batches;
	int keep_raw;
	int verbose;
	int progress;
	size_t seen;
	size_t added, updated, skipped, rejected; /* committed */
	px_status st;
};

static int
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	size_t i = 0;

	if (n < m)
		return 0;
	for (i = 0; i < m; i++) {
		char c = s[n - m + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != suffix[i])
			return 0;
	}
	return 1;
}

static void
source_release(struct source_file *f)
{
	free(f->path);
	if (f->f)
		fclose(f->f);
	free(f->line_off);
	free(f->whole);
	memset(f, 0, sizeof(*f));
}

/* Hash the whole file; for a single-article file keep its bytes. */
static void
source_open(struct source_file *f, const char *path, int keep_raw, int whole)
{
	struct px_sha256 h;
	char chunk[65536];
	size_t n = 0;
	long off = 0;
	int at_line_start = 1;

	source_release(f);
	f->path = strdup(path);
	if (f->path == NULL || strcmp(path, "-") == 0)
		return;
	f->f = fopen(path, "rb");
	if (f->f == NULL)
		return;
	if (has_suffix(path, ".gz") || has_suffix(path, ".zst") || has_suffix(path, ".warc") ||
	    has_suffix(path, ".json"))
		keep_raw = 0;
	f->kind = keep_raw ? (whole ? 1 : 2) : 0;
	px_sha256_init(&h);
	while ((n = fread(chunk, 1, sizeof chunk, f->f)) > 0) {
		size_t i = 0;
		px_sha256_update(&h, chunk, n);
		if (f->kind == 1) {
			char *p = NULL;
			if (f->whole_len + n > RAW_MAX) {
				f->kind = 0;
			} else if ((p = realloc(f->whole, f->whole_len + n)) == NULL) {
				f->kind = 0;
			} else {
				f->whole = p;
				memcpy(f->whole + f->whole_len, chunk, n);
				f->whole_len += n;
			}
		}
		for (i = 0; f->kind == 2 && i < n; i++) {
			if (at_line_start) {
				if (f->n_lines % 1024 == 0) {
					long *p = realloc(f->line_off, (f->n_lines + 1024) * sizeof(long));
					if (p == NULL) {
						f->kind = 0;
						break;
					}
					f->line_off = p;
				}
				f->line_off[f->n_lines++] = off + (long)i;
			}
			at_line_start = chunk[i] == '\n';
		}
		off += (long)n;
	}
	px_sha256_final(&h, f->sha256);
	if (f->kind != 1) {
		free(f->whole);
		f->whole = NULL;
		f->whole_len = 0;
	}
}

/* The raw bytes of an article, or NULL. */
static const char *
article_raw(struct ingest_state *s, const struct px_article *a, size_t *len)
{
	struct source_file *f = &s->src;
	long start = 0, end = 0;

	*len = 0;
	if (a->path == NULL)
		return NULL;
	if (f->path == NULL || strcmp(f->path, a->path) != 0)
		source_open(f, a->path, s->keep_raw, a->line == 0);
	if (f->kind == 1 && a->line == 0) {
		*len = f->whole_len;
		return f->whole;
	}
	if (f->kind != 2 || a->line <= 0 || (size_t)a->line > f->n_lines || f->f == NULL)
		return NULL;
	start = f->line_off[a->line - 1];
	if ((size_t)a->line < f->n_lines) {
		end = f->line_off[a->line];
	} else {
		if (fseek(f->f, 0, SEEK_END) != 0)
			return NULL;
		end = ftell(f->f);
	}
	if (end <= start || (size_t)(end - start) > RAW_MAX)
		return NULL;
	if ((size_t)(end - start) > s->buf_cap) {
		char *p = realloc(s->buf, (size_t)(end - start));
		if (p == NULL)
			return NULL;
		s->buf = p;
		s->buf_cap = (size_t)(end - start);
	}
	if (fseek(f->f, start, SEEK_SET) != 0 ||
	    fread(s->buf, 1, (size_t)(end - start), f->f) != (size_t)(end - start))
		return NULL;
	*len = (size_t)(end - start);
	while (*len && (s->buf[*len - 1] == '\n' || s->buf[*len - 1] == '\r'))
		(*len)--;
	return s->buf;
}

static px_status
batch_commit(struct ingest_state *s)
{
	struct px_store_stats st;
	size_t rejected = px_reader_rejected(s->rd) - s->rejected_at_begin;
	px_status ret = px_store_commit(s->store, rejected, &st);

	if (ret) {
		cli_problem(NULL, s->db, 0, px_store_errmsg(s->store));
		return ret;
	}
	s->added += st.added;
	s->updated += st.updated;
	s->skipped += st.skipped;
	s->rejected += rejected;
	if (st.added + st.updated + rejected == 0) {
		/* Nothing changed: the store recorded no batch either. */
		s->in_batch = 0;
		return PX_OK;
	}
	s->batches++;
	if (s->verbose)
		fprintf(stderr,
			"parallax: ingest: batch %zu: added %zu, updated %zu, skipped %zu, rejected %zu;"
			" %zu articles, %zu stories, %zu compared (%zu alone, %zu merged);"
			" replay %.2fs, compare %.2fs, other %.2fs\n",
			s->batches, st.added, st.updated, st.skipped, rejected, st.articles,
			st.stories, st.stories_compared, st.stories_alone, st.stories_merged,
			st.replay_seconds, st.compare_seconds,
			st.write_seconds);
	s->in_batch = 0;
	return PX_OK;
}

static px_status
batch_begin(struct ingest_state *s)
{
	px_status ret = px_store_begin(s->store);

	if (ret)
		cli_problem(NULL, s->db, 0, px_store_errmsg(s->store));
	s->rejected_at_begin = px_reader_rejected(s->rd);
	return ret;
}

static int
ingest_article(void *ud, struct px_article *a)
{
	struct ingest_state *s = ud;
	enum px_store_outcome outcome;
	const char *raw = NULL;
	size_t raw_len = 0;

	if (s->st) {
		px_article_free(a);
		return 1;
	}
	raw = article_raw(s, a, &raw_len);
	s->st = px_store_add(s->store, a, raw, raw_len,
			     s->src.path && s->src.sha256[0] ? s->src.sha256 : NULL, &outcome);
	if (s->st)
		fprintf(stderr, "parallax: %s: cannot store article '%s': %s\n", s->db, a->id,
			px_store_errmsg(s->store));
	px_article_free(a);
	s->in_batch++;
	s->seen++;
	if (s->progress && s->seen % 1000 == 0)
		fprintf(stderr, "\rparallax: ingest: read %zu articles", s->seen);
	if (s->st == PX_OK && s->batch_size && s->in_batch >= s->batch_size) {
		s->st = batch_commit(s);
		if (s->st == PX_OK)
			s->st = batch_begin(s);
	}
	return s->st != PX_OK;
}

static void
ingest_problem(void *ud, const char *file, long line, const char *reason)
{
	struct ingest_state *s = ud;

	cli_problem(&s->problems, file, line, reason);
}

static int
parse_count(const char *arg, long max, long *out)
{
	char *end = NULL;
	long v = 0;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno || end == arg || *end || v < 0 || v > max)
		return -1;
	*out = v;
	return 0;
}

int
cmd_ingest(int argc, char **argv)
{
	struct ingest_state s;
	struct px_store_opts so;
	struct px_reader_opts ro;
	const char *db = NULL;
	char err[512] = "";
	int i = 0, only_files = 0, n_inputs = 0, rc = CLI_OK;
	long v = 0;
	px_status st = PX_OK;

	memset(&s, 0, sizeof(s));
	memset(&ro, 0, sizeof(ro));
	px_store_opts_init(&so);
	s.keep_raw = 1;
	if (cli_wants_help(argc, argv))
		return cli_help(ingest_help);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_files && strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (!only_files && strcmp(a, "--db") == 0) {
			if (++i >= argc)
				return cli_usage_error("ingest", "--db takes a file name");
			db = argv[i];
		} else if (!only_files && strncmp(a, "--db=", 5) == 0) {
			db = a + 5;
		} else if (!only_files && strcmp(a, "--batch") == 0) {
			if (++i >= argc || parse_count(argv[i], 100000000L, &v) != 0)
				return cli_usage_error("ingest", "--batch takes a number of articles");
			s.batch_size = (size_t)v;
		} else if (!only_files && strcmp(a, "--threads") == 0) {
			if (++i >= argc || parse_count(argv[i], 64, &v) != 0 || v < 1)
				return cli_usage_error("ingest", "--threads takes a number from 1 to 64");
			so.threads = (unsigned)v;
			ro.threads = (unsigned)v;
		} else if (!only_files && strcmp(a, "--no-raw") == 0) {
			s.keep_raw = 0;
		} else if (!only_files && (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0)) {
			s.verbose = 1;
		} else if (!only_files && a[0] == '-' && a[1] != '\0') {
			return cli_usage_error("ingest", "unknown option '%s'", a);
		} else {
			n_inputs++;
		}
	}
	if (db == NULL)
		return cli_usage_error("ingest", "--db FILE is required");
	if (n_inputs == 0)
		return cli_usage_error("ingest", "no INPUT given (use '-' for standard input)");
	so.keep_raw = s.keep_raw;
	so.err = err;
	so.err_size = sizeof err;
	st = px_store_open(db, PX_STORE_WRITE, &so, &s.store);
	if (st) {
		cli_problem(NULL, db, 0, err[0] ? err : px_strerror(st));
		return CLI_NOTHING;
	}
	s.db = db;
	ro.clean_flags = PX_CLEAN_ALL;
	s.progress = cli_stderr_tty();
	st = px_reader_new(&ro, ingest_article, ingest_problem, &s, &s.rd);
	if (st == PX_OK)
		st = batch_begin(&s);
	if (st) {
		if (st == PX_ENOMEM)
			fprintf(stderr, "parallax: ingest: %s\n", px_strerror(st));
		px_reader_free(s.rd);
		px_store_close(s.store);
		return CLI_NOTHING;
	}
	only_files = 0;
	for (i = 1; i < argc && s.st == PX_OK; i++) {
		const char *a = argv[i];
		if (!only_files && strcmp(a, "--") == 0) {
			only_files = 1;
			continue;
		}
		if (!only_files && (strcmp(a, "--db") == 0 || strcmp(a, "--batch") == 0 ||
				    strcmp(a, "--threads") == 0)) {
			i++;
			continue;
		}
		if (!only_files && a[0] == '-' && a[1] != '\0')
			continue;
		st = px_reader_read(s.rd, a);
		if (st == PX_ENOMEM && s.st == PX_OK)
			s.st = st;
	}
	if (s.progress && s.seen >= 1000)
		fputc('\n', stderr);
	if (s.st == PX_OK)
		s.st = batch_commit(&s);
	else
		px_store_rollback(s.store);
	fprintf(stderr, "added %zu, updated %zu, skipped %zu, rejected %zu\n", s.added, s.updated,
		s.skipped, s.rejected);
	if (s.st)
		rc = CLI_NOTHING;
	else
		rc = cli_status(s.added + s.updated + s.skipped, s.rejected);
	px_reader_free(s.rd);
	px_store_close(s.store);
	source_release(&s.src);
	free(s.buf);
	return rc;
}
