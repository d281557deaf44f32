/*
 * parallax claims [--raw] [--kinds LIST] INPUT...: one JSON object per claim
 * (ARCHITECTURE.md §5): article, field, sentence, start, end, text, kind and
 * the kind's fields. Offsets are bytes into the field ("title" or "text") of
 * the article's extract record; with --raw, into the repaired input. Each
 * claim carries the origin of its sentence (provenance.h): the article's own
 * reporting, or the outlet, person, organisation, document or anonymous
 * sources it cites, with the cue and where it stands.
 */
#include <string.h>

#include "cli.h"

static const char claims_help[] =
	"usage: parallax claims [--raw] [--kinds LIST] [--sources FILE] [INPUT...]\n"
	"\n"
	"Print the claims of each article as JSON Lines, one object a claim:\n"
	"{\"article\", \"field\", \"sentence\", \"start\", \"end\", \"text\", \"kind\", ...}\n"
	"with kind quantity (value, low, high, approx, unit, counts, class),\n"
	"date (value, granularity), quote (quote, speaker, cue) or entity\n"
	"(name, type, canonical, role), and the origin of its sentence\n"
	"(kind own, outlet, person, organisation, document or anonymous; name,\n"
	"cue, evidence). Reads stdin without INPUT or with '-'.\n"
	"\n"
	"  --raw         treat each input as body text only, so offsets refer to\n"
	"                the repaired input bytes\n"
	"  --kinds LIST  comma-separated subset of quantity,date,quote,entity\n"
	"  --sources FILE  source table (CSV or JSON): names the article's own\n"
	"                outlet after the table's outlet\n"
	"  -h, --help    show this help\n";

struct claims_state {
	struct cli_problems problems;
	struct px_extractor *x;
	struct px_attributor *at;
	const struct px_source_table *table;
	struct px_buf out;
	size_t done;
	unsigned kinds;
	int failed;
};

/* The origin index of a claim's sentence; NONE for the article's own
   reporting, which an outlet citing itself (a wire's dateline) is too. */
static size_t
claim_origin(const struct px_origins *o, const struct px_claim *c, const char *own)
{
	size_t g = px_origins_of_sentence(o, c->field, c->sentence);
	char k1[128], k2[128];

	if (g == PX_ORIGIN_NONE || !own || o->items[g].kind != PX_ORIGIN_OUTLET)
		return g;
	size_t l1 = px_origin_key(o->items[g].name, k1, sizeof k1);
	size_t l2 = px_origin_key(own, k2, sizeof k2);

	/* "the Tribune" in The Vessby Tribune's own article: a short form
	   (the last words of its own name) is the outlet itself. */
	if (l1 && l1 <= l2 && strcmp(k2 + l2 - l1, k1) == 0 && (l1 == l2 || k2[l2 - l1 - 1] == ' '))
		return PX_ORIGIN_NONE;
	return g;
}

static void
emit(struct claims_state *s, const struct px_article *a,
     const struct px_claims *cl, const struct px_origins *o, const char *own)
{
	size_t i = 0;

	for (i = 0; i < cl->n; i++) {
		const struct px_claim *c = &cl->items[i];
		const char *t = c->field == PX_FIELD_TITLE ? a->title : a->text;
		size_t len = c->field == PX_FIELD_TITLE ? a->title_len : a->text_len;
		size_t mark = s->out.len;
		px_claim_to_json(c, a->id, t, len, &s->out);
		/* The origin goes inside the claim's object, as its last member. */
		if (o && s->out.failed == PX_OK && s->out.len > mark &&
		    s->out.data[s->out.len - 1] == '}') {
			size_t g = claim_origin(o, c, own);
			const struct px_origin *x = g == PX_ORIGIN_NONE ? NULL : &o->items[g];
			int title = x ? x->field == PX_FIELD_TITLE : 0;
			px_buf_truncate(&s->out, s->out.len - 1);
			px_buf_putc(&s->out, ',');
			px_origin_to_json(o, g, own, title ? a->title : a->text,
					  title ? a->title_len : a->text_len, &s->out);
			px_buf_putc(&s->out, '}');
		}
		px_buf_putc(&s->out, '\n');
	}
}

static int
claims_article(void *ud, struct px_article *a)
{
	struct claims_state *s = ud;
	struct px_doc title, body;
	struct px_claims *cl = NULL;
	struct px_origins *org = NULL;
	const struct px_outlet *outlet = px_source_table_article(s->table, a);
	const char *own = outlet ? outlet->name : a->source;
	struct px_claims_opts opts;
	int have_title = 0;
	px_status st = PX_OK;

	memset(&title, 0, sizeof title);
	memset(&body, 0, sizeof body);
	memset(&opts, 0, sizeof opts);
	opts.kinds = s->kinds;
	opts.date = a->date;
	if (a->title && a->title_len > 0) {
		st = px_doc_parse(&title, a->title, a->title_len, 0, NULL);
		have_title = st == PX_OK;
	}
	if (st == PX_OK)
		st = px_doc_parse(&body, a->text, a->text_len, 0, NULL);
	if (st == PX_OK)
		st = px_claims_extract(s->x, have_title ? &title : NULL, &body, &opts, &cl);
	if (st == PX_OK)
		st = px_origins_extract(s->at, have_title ? &title : NULL, &body, cl, &own,
					own ? 1 : 0, &org);
	if (st == PX_OK)
		st = px_origins_set_own(org, own);
	if (st) {
		cli_problem(&s->problems, a->path ? a->path : a->id, 0, px_strerror(st));
	} else {
		emit(s, a, cl, org, own);
		s->done++;
	}
	px_claims_free(cl);
	px_origins_free(org);
	if (have_title)
		px_doc_release(&title);
	px_doc_release(&body);
	if (s->out.failed == PX_OK)
		s->failed |= cli_write(stdout, s->out.data, s->out.len);
	else
		s->failed = 1;
	px_buf_reset(&s->out);
	px_article_free(a);
	return s->failed;
}

static int
parse_kinds(const char *list, unsigned *kinds)
{
	const char *p = list;

	*kinds = 0;
	while (*p) {
		size_t n = strcspn(p, ",");
		if (n == 8 && strncmp(p, "quantity", n) == 0)
			*kinds |= PX_CLAIMS_QUANTITIES;
		else if (n == 4 && strncmp(p, "date", n) == 0)
			*kinds |= PX_CLAIMS_DATES;
		else if (n == 5 && strncmp(p, "quote", n) == 0)
			*kinds |= PX_CLAIMS_QUOTES;
		else if (n == 6 && strncmp(p, "entity", n) == 0)
			*kinds |= PX_CLAIMS_ENTITIES;
		else
			return -1;
		p += n;
		if (*p == ',')
			p++;
	}
	return *kinds ? 0 : -1;
}

int
cmd_claims(int argc, char **argv)
{
	struct claims_state s;
	struct px_reader_opts opts;
	struct px_source_table *table = NULL;
	const char *sources = NULL;
	size_t rejected = 0;
	int i = 0, nfiles = 0, only_files = 0, raw = 0;
	px_status st = PX_OK;

	memset(&s, 0, sizeof(s));
	memset(&opts, 0, sizeof(opts));
	if (cli_wants_help(argc, argv))
		return cli_help(claims_help);
	for (i = 1; i < argc; i++) {
		if (only_files || argv[i][0] != '-' || strcmp(argv[i], "-") == 0) {
			nfiles++;
		} else if (strcmp(argv[i], "--") == 0) {
			only_files = 1;
		} else if (strcmp(argv[i], "--raw") == 0) {
			raw = 1;
		} else if (strcmp(argv[i], "--kinds") == 0) {
			if (i + 1 >= argc || parse_kinds(argv[i + 1], &s.kinds) != 0)
				return cli_usage_error("claims", "--kinds needs a list of quantity,date,quote,entity");
			i++;
		} else if (strcmp(argv[i], "--sources") == 0) {
			if (i + 1 >= argc)
				return cli_usage_error("claims", "--sources takes a file name");
			sources = argv[++i];
		} else {
			return cli_usage_error("claims", "unknown option '%s'", argv[i]);
		}
	}
	if (sources) {
		table = cli_sources_load(sources);
		if (!table)
			return CLI_USAGE;
		s.table = table;
	}
	st = px_extractor_new(&s.x);
	if (st == PX_OK)
		st = px_attributor_new(&s.at);
	if (st) {
		px_extractor_free(s.x);
		px_source_table_free(table);
		fprintf(stderr, "parallax: claims: cannot load the lexicons: %s\n", px_strerror(st));
		return CLI_NOTHING;
	}
	opts.format = raw ? PX_FMT_TEXT : PX_FMT_AUTO;
	opts.clean_flags = raw ? 0 : PX_CLEAN_ALL;
	{
		static const char *const valued[] = {"--kinds", "--sources", NULL};
		if (cli_read_args(argc, argv, valued, &opts, claims_article, &s, &rejected) != PX_OK)
			s.failed = 1;
	}
	px_buf_release(&s.out);
	px_extractor_free(s.x);
	px_attributor_free(s.at);
	px_source_table_free(table);
	if (cli_flush(stdout) != 0 || s.failed)
		return CLI_NOTHING;
	return cli_status(s.done, rejected);
}
