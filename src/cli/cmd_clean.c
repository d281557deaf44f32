/*
 * parallax clean [--raw] [FILE...]: repaired, cleaned text.
 */
#include <string.h>

#include "cli.h"

static const char clean_help[] =
	"usage: parallax clean [--raw] [FILE...]\n"
	"\n"
	"Print each article's repaired and cleaned text: the title, a blank line,\n"
	"then the body (paragraphs separated by a blank line). Encoding damage\n"
	"(mojibake), HTML entities and stray control characters are repaired;\n"
	"metadata lines, photo captions and credits, advertisements and\n"
	"read-more/share/sign-up lines are removed. Reads stdin without FILE or\n"
	"with '-'.\n"
	"\n"
	"  --raw       treat each input as body text only: decode and repair, no\n"
	"              title, metadata or debris detection; prints the repaired\n"
	"              input exactly\n"
	"  -h, --help  show this help\n";

struct clean_state {
	struct cli_problems problems;
	size_t done;
	int raw;
	int failed;
};

static int
clean_article(void *ud, struct px_article *a)
{
	struct clean_state *s = ud;

	if (s->raw) {
		s->failed |= cli_write(stdout, a->text, a->text_len);
	} else {
		if (s->done)
			fputc('\n', stdout);
		if (a->title) {
			s->failed |= cli_write(stdout, a->title, a->title_len);
			fputs("\n\n", stdout);
		}
		s->failed |= cli_write(stdout, a->text, a->text_len);
		fputc('\n', stdout);
	}
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
	int i = 0, nfiles = 0, only_files = 0;

	memset(&s, 0, sizeof(s));
	memset(&opts, 0, sizeof(opts));
	if (cli_wants_help(argc, argv))
		return cli_help(clean_help);
	for (i = 1; i < argc; i++) {
		if (only_files || argv[i][0] != '-' || strcmp(argv[i], "-") == 0) {
			nfiles++;
		} else if (strcmp(argv[i], "--") == 0) {
			only_files = 1;
		} else if (strcmp(argv[i], "--raw") == 0) {
			s.raw = 1;
		} else {
			return cli_usage_error("clean", "unknown option '%s'", argv[i]);
		}
	}
	opts.format = s.raw ? PX_FMT_TEXT : PX_FMT_AUTO;
	opts.clean_flags = s.raw ? 0 : PX_CLEAN_ALL;
	if (nfiles == 0)
		px_read_input("-", &opts, clean_article, cli_problem, &s.problems, &rejected);
	only_files = 0;
	for (i = 1; i < argc && !s.failed; i++) {
		if (!only_files && strcmp(argv[i], "--") == 0) {
			only_files = 1;
			continue;
		}
		if (!only_files && argv[i][0] == '-' && argv[i][1] != '\0')
			continue;
		px_read_input(argv[i], &opts, clean_article, cli_problem, &s.problems, &rejected);
	}
	if (fflush(stdout) != 0)
		s.failed = 1;
	if (s.failed)
		return CLI_NOTHING;
	return cli_status(s.done, rejected);
}
