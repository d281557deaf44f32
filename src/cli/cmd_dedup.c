/*
 * parallax dedup INPUT...: near-duplicate groups as JSON Lines.
 *
 * Reads every input, sorts the articles into processing order (date, then
 * id; undated ones after, in input order), adds them to a px_dedup index and
 * prints one record per group of two or more: group ids count from 0 in
 * order of the group's first member; members are listed in processing
 * order; similarity is the lowest copy similarity (px_dedup_copy_similarity:
 * Jaccard or containment, whichever is larger) of a member with the
 * canonical one.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char dedup_help[] =
	"usage: parallax dedup [--threshold J] [--containment C] [INPUT...]\n"
	"\n"
	"Find syndicated copies and near-duplicates among the articles of the\n"
	"inputs (files, directories, '-' for stdin; every input format) and print\n"
	"one JSON object per group of two or more copies:\n"
	"{\"group\", \"canonical\", \"articles\": [ids], \"similarity\"}\n"
	"Groups are numbered from 0 in order of first appearance (articles are\n"
	"taken by date, then id; undated ones after, in input order). The\n"
	"canonical article is the earliest, then the longest. A copy with a new\n"
	"headline, a trimmed last paragraph or an added editor's note is still a\n"
	"copy; independent reports of one event are not.\n"
	"\n"
	"  --threshold J  Jaccard similarity of word 4-shingles that makes a\n"
	"                 near-duplicate, 0 < J <= 1 (default 0.5)\n"
	"  --containment C  also a copy when the shorter text's shingles are at\n"
	"                 least this share of the longer one's (a copy cut to its\n"
	"                 first paragraphs); 0 turns it off (default 0.6)\n"
	"  -h, --help     show this help\n";

struct dedup_state {
	struct cli_problems problems; /* first: the reader's problem ud */
	struct px_article **arts;
	size_t n, cap;
	int failed;
};

static int
dedup_collect(void *ud, struct px_article *a)
{
	struct dedup_state *s = ud;

	if (px_grow((void **)&s->arts, &s->cap, s->n + 1, sizeof(*s->arts))) {
		px_article_free(a);
		s->failed = 1;
		return 1;
	}
	s->arts[s->n++] = a;
	return 0;
}

/* Print the groups; returns 0 or -1 on a write or memory error. */
static int
dedup_print(struct px_dedup *d, struct px_article **arts, size_t n)
{
	size_t *next = px_alloc((n ? n : 1) * sizeof(size_t));
	size_t *tail = px_alloc((n ? n : 1) * sizeof(size_t));
	struct px_buf b = PX_BUF_INIT;
	size_t i = 0, group = 0;
	int rc = 0;

	if (next == NULL || tail == NULL) {
		rc = -1;
		goto cleanup;
	}
	/* Link the members of each group in processing order, from its first. */
	for (i = 0; i < n; i++) {
		size_t first = 0;
		next[i] = PX_DEDUP_NONE;
		px_dedup_group(d, i, &first, NULL, NULL);
		if (first == i)
			tail[i] = i;
		else {
			next[tail[first]] = i;
			tail[first] = i;
		}
	}
	for (i = 0; i < n && rc == 0; i++) {
		size_t first = 0, canon = 0, size = 0, m = 0;
		double low = 1.0;
		px_dedup_group(d, i, &first, &canon, &size);
		if (first != i || size < 2)
			continue;
		px_buf_printf(&b, "{\"group\":%zu,\"canonical\":", group++);
		px_buf_put_json_str(&b, arts[canon]->id, strlen(arts[canon]->id));
		px_buf_puts(&b, ",\"articles\":[");
		for (m = i; m != PX_DEDUP_NONE; m = next[m]) {
			double s = 0;
			if (m != i)
				px_buf_putc(&b, ',');
			px_buf_put_json_str(&b, arts[m]->id, strlen(arts[m]->id));
			px_dedup_copy_similarity(d, m, canon, &s);
			if (m != canon && s < low)
				low = s;
		}
		px_buf_printf(&b, "],\"similarity\":%.3f}\n", low);
		if (b.failed || cli_write(stdout, b.data, b.len))
			rc = -1;
		px_buf_reset(&b);
	}
cleanup:
	px_buf_release(&b);
	px_free(next);
	px_free(tail);
	return rc;
}

int
cmd_dedup(int argc, char **argv)
{
	struct dedup_state s;
	struct px_reader_opts ropts;
	struct px_dedup_opts dopts;
	struct px_dedup *d = NULL;
	size_t rejected = 0, i = 0;
	int nfiles = 0, only_files = 0, rc = CLI_OK;
	px_status st = PX_OK;

	memset(&s, 0, sizeof(s));
	memset(&ropts, 0, sizeof(ropts));
	px_dedup_opts_init(&dopts);
	if (cli_wants_help(argc, argv))
		return cli_help(dedup_help);
	ropts.clean_flags = PX_CLEAN_ALL;
	for (i = 1; i < (size_t)argc; i++) {
		const char *a = argv[i];
		if (!only_files && strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (!only_files && strcmp(a, "--threshold") == 0) {
			char *end = NULL;
			if (i + 1 >= (size_t)argc)
				return cli_usage_error("dedup", "'--threshold' needs a value");
			dopts.threshold = strtod(argv[++i], &end);
			if (*end || end == argv[i] || !(dopts.threshold > 0 && dopts.threshold <= 1))
				return cli_usage_error("dedup", "bad threshold '%s'", argv[i]);
		} else if (!only_files && strcmp(a, "--containment") == 0) {
			char *end = NULL;
			if (i + 1 >= (size_t)argc)
				return cli_usage_error("dedup", "'--containment' needs a value");
			dopts.containment = strtod(argv[++i], &end);
			if (*end || end == argv[i] || !(dopts.containment >= 0 && dopts.containment <= 1))
				return cli_usage_error("dedup", "bad containment '%s'", argv[i]);
		} else if (!only_files && a[0] == '-' && a[1] != '\0') {
			return cli_usage_error("dedup", "unknown option '%s'", a);
		} else {
			nfiles++;
		}
	}
	{
		static const char *const valued[] = {"--threshold", "--containment", NULL};
		if (cli_read_args(argc, argv, valued, &ropts, dedup_collect, &s, &rejected) != PX_OK)
			s.failed = 1;
	}
	if (!s.failed)
		st = px_articles_sort(s.arts, s.n);
	if (!s.failed && st == PX_OK)
		st = px_dedup_new(&dopts, &d);
	for (i = 0; i < s.n && st == PX_OK && !s.failed; i++) {
		struct px_dedup_match m;
		const struct px_article *a = s.arts[i];
		st = px_dedup_add(d, a->title, a->title ? a->title_len : 0,
				  a->text, a->text_len, a->time, &m);
	}
	if (st != PX_OK || s.failed) {
		fprintf(stderr, "parallax: dedup: %s\n",
			px_strerror(st != PX_OK ? st : PX_ENOMEM));
		rc = CLI_NOTHING;
	} else if (dedup_print(d, s.arts, s.n) || cli_flush(stdout) != 0) {
		rc = CLI_NOTHING;
	} else {
		rc = cli_status(s.n, rejected);
	}
	px_dedup_free(d);
	for (i = 0; i < s.n; i++)
		px_article_free(s.arts[i]);
	px_free(s.arts);
	return rc;
}
