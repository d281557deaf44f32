/*
 * parallax extract INPUT...: articles as JSON Lines.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char extract_help[] =
	"usage: parallax extract [OPTIONS] [INPUT...]\n"
	"\n"
	"Read articles from plain-text, JSON Lines, JSON, HTML and WARC files\n"
	"(optionally .gz or .zst), directories (recursively, sorted by name) or\n"
	"'-' for stdin (the default), and print one JSON object per article:\n"
	"{\"id\", \"source\", \"url\", \"title\", \"date\", \"lang\", \"text\",\n"
	" \"repairs\": [{\"kind\", \"before\", \"after\"}], \"removed\": [{\"kind\", \"text\"}]}\n"
	"\n"
	"The format comes from the name (.txt .html .htm .jsonl .json .warc) checked\n"
	"against the content. Bad inputs are reported on stderr as\n"
	"'parallax: FILE[:LINE]: reason' and skipped.\n"
	"\n"
	"  -f, --format FMT  read every input as FMT: auto (default), text, html,\n"
	"                    jsonl or warc\n"
	"  -j, --threads N   threads for per-article work (default: the number of\n"
	"                    processors, at most 8); the output is the same for any N\n"
	"      --max-record SIZE  largest article file, JSON line or WARC record,\n"
	"                    in bytes or with a K, M or G suffix (default 256M)\n"
	"  -h, --help        show this help\n"
	"\n"
	"Exit status: 0 success, 1 some inputs rejected, 2 usage error, 3 nothing\n"
	"could be processed.\n";

static void
put_opt_str(struct px_buf *b, const char *key, const char *v)
{
	px_buf_printf(b, ",\"%s\":", key);
	if (v)
		px_buf_put_json_str(b, v, strlen(v));
	else
		px_buf_puts(b, "null");
}

/* Append the extract record of a (ARCHITECTURE.md §5) and a newline. */
static void
extract_json(struct px_buf *b, const struct px_article *a)
{
	size_t i = 0;

	px_buf_puts(b, "{\"id\":");
	px_buf_put_json_str(b, a->id, strlen(a->id));
	put_opt_str(b, "source", a->source);
	put_opt_str(b, "url", a->url);
	px_buf_puts(b, ",\"title\":");
	if (a->title)
		px_buf_put_json_str(b, a->title, a->title_len);
	else
		px_buf_puts(b, "null");
	put_opt_str(b, "date", a->date);
	put_opt_str(b, "lang", a->lang);
	px_buf_puts(b, ",\"text\":");
	px_buf_put_json_str(b, a->text, a->text_len);
	px_buf_puts(b, ",\"repairs\":[");
	for (i = 0; i < a->repairs.n; i++) {
		const struct px_edit *e = &a->repairs.items[i];
		px_buf_puts(b, i ? ",{\"kind\":" : "{\"kind\":");
		px_buf_put_json_str(b, e->kind, strlen(e->kind));
		px_buf_puts(b, ",\"before\":");
		px_buf_put_json_str(b, e->before, strlen(e->before));
		px_buf_puts(b, ",\"after\":");
		px_buf_put_json_str(b, e->after, strlen(e->after));
		px_buf_putc(b, '}');
	}
	px_buf_puts(b, "],\"removed\":[");
	for (i = 0; i < a->n_removed; i++) {
		const struct px_removal *r = &a->removed[i];
		px_buf_puts(b, i ? ",{\"kind\":" : "{\"kind\":");
		px_buf_put_json_str(b, r->kind, strlen(r->kind));
		px_buf_puts(b, ",\"text\":");
		px_buf_put_json_str(b, r->text, strlen(r->text));
		px_buf_putc(b, '}');
	}
	px_buf_puts(b, "]}\n");
}

struct extract_state {
	struct cli_problems problems;
	struct px_buf out;
	int failed;
};

static int
extract_article(void *ud, struct px_article *a)
{
	struct extract_state *s = ud;

	extract_json(&s->out, a);
	/* Write in blocks: one write per article costs more than the JSON. */
	if (s->out.failed != PX_OK)
		s->failed = 1;
	else if (s->out.len >= ((size_t)1 << 16)) {
		s->failed |= cli_write(stdout, s->out.data, s->out.len);
		px_buf_reset(&s->out);
	}
	px_article_free(a);
	return s->failed;
}

/* A size with an optional K, M or G suffix; 0 when invalid. */
static size_t
parse_size(const char *v)
{
	char *end = NULL;
	unsigned long long n = 0;

	if (v[0] < '0' || v[0] > '9')
		return 0;
	n = strtoull(v, &end, 10);
	if (*end == 'K' || *end == 'k')
		n <<= 10, end++;
	else if (*end == 'M' || *end == 'm')
		n <<= 20, end++;
	else if (*end == 'G' || *end == 'g')
		n <<= 30, end++;
	if (*end != '\0' || n == 0 || n > ((unsigned long long)1 << 40))
		return 0;
	return (size_t)n;
}

static int
default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		return 1;
	return n > 8 ? 8 : (int)n;
}

int
cmd_extract(int argc, char **argv)
{
	struct extract_state s;
	struct px_reader_opts opts;
	struct px_reader *r = NULL;
	int i = 0, nfiles = 0, only_files = 0;
	char **inputs = NULL;
	int status = CLI_OK;

	memset(&s, 0, sizeof(s));
	memset(&opts, 0, sizeof(opts));
	if (cli_wants_help(argc, argv))
		return cli_help(extract_help);
	opts.clean_flags = PX_CLEAN_ALL;
	opts.threads = (unsigned)default_threads();
	inputs = calloc((size_t)argc + 1, sizeof(*inputs));
	if (inputs == NULL) {
		fprintf(stderr, "parallax: extract: out of memory\n");
		return CLI_NOTHING;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
			inputs[nfiles++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0) {
			const char *v = i + 1 < argc ? argv[++i] : "";
			if (strcmp(v, "auto") == 0)
				opts.format = PX_FMT_AUTO;
			else if (strcmp(v, "text") == 0)
				opts.format = PX_FMT_TEXT;
			else if (strcmp(v, "html") == 0)
				opts.format = PX_FMT_HTML;
			else if (strcmp(v, "jsonl") == 0)
				opts.format = PX_FMT_JSONL;
			else if (strcmp(v, "warc") == 0)
				opts.format = PX_FMT_WARC;
			else {
				free(inputs);
				return cli_usage_error("extract", "-f takes auto, text, html, jsonl or warc, not '%s'", v);
			}
		} else if (strcmp(a, "-j") == 0 || strcmp(a, "--threads") == 0) {
			const char *v = i + 1 < argc ? argv[++i] : "";
			char *end = NULL;
			long n = strtol(v, &end, 10);
			if (*v == '\0' || *end != '\0' || n < 1 || n > 64) {
				free(inputs);
				return cli_usage_error("extract", "--threads wants 1 to 64, not '%s'", v);
			}
			opts.threads = (unsigned)n;
		} else if (strcmp(a, "--max-record") == 0) {
			const char *v = i + 1 < argc ? argv[++i] : "";
			opts.max_record = parse_size(v);
			if (opts.max_record == 0) {
				free(inputs);
				return cli_usage_error("extract", "--max-record takes a size in bytes or with K, M or G, not '%s'", v);
			}
		} else {
			free(inputs);
			return cli_usage_error("extract", "unknown option '%s'", a);
		}
	}
	if (nfiles == 0)
		inputs[nfiles++] = "-";
	if (px_reader_new(&opts, extract_article, cli_problem, &s.problems, &r)) {
		fprintf(stderr, "parallax: extract: out of memory\n");
		free(inputs);
		return CLI_NOTHING;
	}
	for (i = 0; i < nfiles && !s.failed; i++) {
		px_status st = px_reader_read(r, inputs[i]);
		if (st == PX_ENOMEM) {
			fprintf(stderr, "parallax: %s: out of memory\n", inputs[i]);
			s.failed = 1;
		}
	}
	if (!s.failed && s.out.len > 0)
		s.failed |= cli_write(stdout, s.out.data, s.out.len);
	px_buf_release(&s.out);
	if (cli_flush(stdout) != 0 || s.failed)
		status = CLI_NOTHING;
	else
		status = cli_status(px_reader_articles(r), px_reader_rejected(r));
	px_reader_free(r);
	free(inputs);
	return status;
}
