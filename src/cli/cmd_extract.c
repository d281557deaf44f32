/*
 * parallax extract INPUT...: articles as JSON Lines.
 */
#include <string.h>

#include "cli.h"

static const char extract_help[] =
	"usage: parallax extract [INPUT...]\n"
	"\n"
	"Read articles from plain-text, JSON Lines, HTML and WARC files\n"
	"(optionally .gz or .zst), directories (recursively, sorted by name) or\n"
	"'-' for stdin, and print one JSON object per article:\n"
	"{\"id\", \"source\", \"url\", \"title\", \"date\", \"lang\", \"text\",\n"
	" \"repairs\": [{\"kind\", \"before\", \"after\"}], \"removed\": [{\"kind\", \"text\"}]}\n"
	"\n"
	"  -h, --help  show this help\n";

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
	size_t done;
	int failed;
};

static int
extract_article(void *ud, struct px_article *a)
{
	struct extract_state *s = ud;

	extract_json(&s->out, a);
	if (s->out.failed == PX_OK)
		s->failed |= cli_write(stdout, s->out.data, s->out.len);
	else
		s->failed = 1;
	px_buf_reset(&s->out);
	s->done++;
	px_article_free(a);
	return s->failed;
}

int
cmd_extract(int argc, char **argv)
{
	struct extract_state s;
	struct px_reader_opts opts;
	size_t rejected = 0;
	int i = 0, nfiles = 0, only_files = 0;

	memset(&s, 0, sizeof(s));
	memset(&opts, 0, sizeof(opts));
	if (cli_wants_help(argc, argv))
		return cli_help(extract_help);
	opts.clean_flags = PX_CLEAN_ALL;
	for (i = 1; i < argc; i++) {
		if (!only_files && strcmp(argv[i], "--") == 0) {
			only_files = 1;
			continue;
		}
		if (!only_files && argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage_error("extract", "unknown option '%s'", argv[i]);
		nfiles++;
	}
	if (nfiles == 0)
		px_read_input("-", &opts, extract_article, cli_problem, &s.problems, &rejected);
	only_files = 0;
	for (i = 1; i < argc && !s.failed; i++) {
		if (!only_files && strcmp(argv[i], "--") == 0) {
			only_files = 1;
			continue;
		}
		px_read_input(argv[i], &opts, extract_article, cli_problem, &s.problems, &rejected);
	}
	px_buf_release(&s.out);
	if (fflush(stdout) != 0 || s.failed)
		return CLI_NOTHING;
	return cli_status(s.done, rejected);
}
