/*
 * parallax segment [--raw] [--json] [FILE...]: one sentence a line.
 */
#include <string.h>

#include "cli.h"

static const char segment_help[] =
	"usage: parallax segment [--raw] [--json] [FILE...]\n"
	"\n"
	"Print the sentences of each article, one a line (a newline inside a\n"
	"sentence becomes a space), the title's first. Reads stdin without FILE\n"
	"or with '-'.\n"
	"\n"
	"  --json      one JSON object a line: {\"article\", \"field\", \"sentence\",\n"
	"              \"start\", \"end\", \"text\"} with byte offsets into the field\n"
	"              (\"title\" or \"text\") of the article's extract record\n"
	"  --raw       treat each input as body text only (no title, metadata or\n"
	"              debris detection), so offsets refer to the repaired input\n"
	"  -h, --help  show this help\n"
	"\n"
	"Exit status: 0 all inputs read, 1 some rejected (one stderr line each),\n"
	"2 usage error, 3 nothing could be read.\n";

struct segment_state {
	struct cli_problems problems;
	struct px_buf out;
	size_t done;
	int json;
	int failed;
};

static void
emit_field(struct segment_state *s, const struct px_article *a,
	   const char *field, const char *text, size_t len)
{
	struct px_doc doc;
	size_t i = 0;
	px_status st = px_doc_parse(&doc, text, len, 0, NULL);

	if (st) {
		cli_problem(&s->problems, a->path ? a->path : a->id, 0, px_strerror(st));
		return;
	}
	for (i = 0; i < doc.n_sents; i++) {
		const struct px_sentence *se = &doc.sents[i];
		if (s->json) {
			px_buf_puts(&s->out, "{\"article\":");
			px_buf_put_json_str(&s->out, a->id, strlen(a->id));
			px_buf_printf(&s->out, ",\"field\":\"%s\",\"sentence\":%zu,"
					       "\"start\":%zu,\"end\":%zu,\"text\":",
				      field, i, se->start, se->end);
			px_buf_put_json_str(&s->out, text + se->start, se->end - se->start);
			px_buf_puts(&s->out, "}\n");
		} else {
			size_t k = 0;
			for (k = se->start; k < se->end; k++)
				px_buf_putc(&s->out, text[k] == '\n' ? ' ' : text[k]);
			px_buf_putc(&s->out, '\n');
		}
	}
	px_doc_release(&doc);
}

static int
segment_article(void *ud, struct px_article *a)
{
	struct segment_state *s = ud;

	if (a->title)
		emit_field(s, a, "title", a->title, a->title_len);
	emit_field(s, a, "text", a->text, a->text_len);
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
cmd_segment(int argc, char **argv)
{
	struct segment_state s;
	struct px_reader_opts opts;
	size_t rejected = 0;
	int i = 0, nfiles = 0, only_files = 0, raw = 0;

	memset(&s, 0, sizeof(s));
	memset(&opts, 0, sizeof(opts));
	if (cli_wants_help(argc, argv))
		return cli_help(segment_help);
	for (i = 1; i < argc; i++) {
		if (only_files || argv[i][0] != '-' || strcmp(argv[i], "-") == 0)
			nfiles++;
		else if (strcmp(argv[i], "--") == 0)
			only_files = 1;
		else if (strcmp(argv[i], "--raw") == 0)
			raw = 1;
		else if (strcmp(argv[i], "--json") == 0)
			s.json = 1;
		else
			return cli_usage_error("segment", "unknown option '%s'", argv[i]);
	}
	opts.format = raw ? PX_FMT_TEXT : PX_FMT_AUTO;
	opts.clean_flags = raw ? 0 : PX_CLEAN_ALL;
	if (cli_read_args(argc, argv, NULL, &opts, segment_article, &s, &rejected) != PX_OK)
		s.failed = 1;
	px_buf_release(&s.out);
	if (cli_flush(stdout) != 0 || s.failed)
		return CLI_NOTHING;
	return cli_status(s.done, rejected);
}
