/*
 * parallax clean [--raw] [--removed] [FILE...]: repaired, cleaned text.
 *
 * One article: the title, a blank line, then the body (ARCHITECTURE.md §5).
 * Several articles (more than one operand, or a directory): each is
 * preceded by a "==> ID <==" line, as head(1) does, so the reader can tell
 * where one ends. Problems go to stderr as `parallax: FILE: reason`.
 */
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static const char clean_help[] =
	"usage: parallax clean [--raw] [--removed] [FILE...]\n"
	"\n"
	"Print each article's repaired and cleaned text: the title, a blank line,\n"
	"then the body (paragraphs separated by a blank line). Encoding damage\n"
	"(mojibake), HTML entities and stray control characters are repaired;\n"
	"leading metadata lines (title:, source:, date:, url:, author:, a bare\n"
	"'date YYYY-MM-DD'), bylines, photo captions and credits, advertisement,\n"
	"read-more, share, sign-up and cookie lines are removed. Reads stdin\n"
	"without FILE or with '-'; a directory is read recursively. With several\n"
	"articles each is preceded by a line '==> ID <=='.\n"
	"\n"
	"  --raw       treat each input as body text only: decode and repair, no\n"
	"              title, metadata or debris detection; prints the repaired\n"
	"              input exactly\n"
	"  --removed   print what cleaning found instead of the text: one line\n"
	"              'FIELD<TAB>VALUE' per metadata field found (title, date,\n"
	"              source, author, url, place) and 'removed<TAB>KIND<TAB>TEXT'\n"
	"              per removed line or part of a line\n"
	"  -h, --help  show this help\n"
	"\n"
	"Exit status: 0 all inputs read, 1 some rejected (one stderr line each),\n"
	"2 usage error, 3 nothing could be read.\n";

struct clean_state {
	struct cli_problems problems;
	struct px_buf out;
	size_t done;
	int raw;
	int removed;
	int headers;
	int failed;
};

/* A value on one line: newlines and tabs become spaces. */
static void
put_flat(struct px_buf *b, const char *s, size_t len)
{
	size_t i = 0;

	for (i = 0; i < len; i++)
		px_buf_putc(b, s[i] == '\n' || s[i] == '\t' ? ' ' : s[i]);
}

static void
put_field(struct px_buf *b, const char *name, const char *value)
{
	if (value == NULL)
		return;
	px_buf_puts(b, name);
	px_buf_putc(b, '\t');
	put_flat(b, value, strlen(value));
	px_buf_putc(b, '\n');
}

static void
put_removed(struct px_buf *b, const struct px_article *a)
{
	size_t i = 0;

	put_field(b, "title", a->title);
	put_field(b, "date", a->date);
	put_field(b, "source", a->source);
	put_field(b, "author", a->author);
	put_field(b, "url", a->url);
	put_field(b, "place", a->place);
	for (i = 0; i < a->n_removed; i++) {
		px_buf_printf(b, "removed\t%s\t", a->removed[i].kind);
		put_flat(b, a->removed[i].text, strlen(a->removed[i].text));
		px_buf_putc(b, '\n');
	}
}

static int
clean_article(void *ud, struct px_article *a)
{
	struct clean_state *s = ud;
	struct px_buf *b = &s->out;

	px_buf_reset(b);
	if (s->headers)
		px_buf_printf(b, "%s==> %s <==\n", s->done ? "\n" : "", a->id);
	if (s->removed) {
		put_removed(b, a);
	} else if (s->raw) {
		px_buf_append(b, a->text, a->text_len);
	} else {
		if (a->title) {
			px_buf_append(b, a->title, a->title_len);
			px_buf_puts(b, a->text_len ? "\n\n" : "\n");
		}
		if (a->text_len) {
			px_buf_append(b, a->text, a->text_len);
			px_buf_putc(b, '\n');
		}
	}
	if (b->failed)
		s->failed = 1;
	else
		s->failed |= cli_write(stdout, b->data, b->len);
	s->done++;
	px_article_free(a);
	return s->failed;
}

int
cmd_clean(int argc, char **argv)
{
	struct clean_state s;
	struct px_reader_opts opts;
	size_t rejected = 0;
	int i = 0, nfiles = 0, only_files = 0, dirs = 0;

	memset(&s, 0, sizeof(s));
	memset(&opts, 0, sizeof(opts));
	if (cli_wants_help(argc, argv))
		return cli_help(clean_help);
	for (i = 1; i < argc; i++) {
		if (only_files || argv[i][0] != '-' || strcmp(argv[i], "-") == 0) {
			struct stat sb;
			nfiles++;
			if (strcmp(argv[i], "-") != 0 && stat(argv[i], &sb) == 0 &&
			    S_ISDIR(sb.st_mode))
				dirs++;
		} else if (strcmp(argv[i], "--") == 0) {
			only_files = 1;
		} else if (strcmp(argv[i], "--raw") == 0) {
			s.raw = 1;
		} else if (strcmp(argv[i], "--removed") == 0) {
			s.removed = 1;
		} else {
			return cli_usage_error("clean", "unknown option '%s'", argv[i]);
		}
	}
	s.headers = nfiles > 1 || dirs > 0;
	opts.format = s.raw ? PX_FMT_TEXT : PX_FMT_AUTO;
	opts.clean_flags = s.raw ? 0 : PX_CLEAN_ALL;
	if (cli_read_args(argc, argv, NULL, &opts, clean_article, &s, &rejected) != PX_OK)
		s.failed = 1;
	px_buf_release(&s.out);
	if (cli_flush(stdout) != 0)
		s.failed = 1;
	if (s.failed)
		return CLI_NOTHING;
	return cli_status(s.done, rejected);
}
