/*
 * Article cleaning: from the repaired text of one article to its title, its
 * metadata and a body of paragraphs, with every removed line recorded.
 *
 * The text is cut into lines once; each line keeps a span [s, e) into the
 * input that only ever shrinks (trimming, a caption cut off its head, a
 * credit cut off its tail). The passes, in order: leading metadata, debris,
 * bylines and a repeated title, the headline, then the body is joined from
 * the kept spans and the first paragraphs are checked for a dateline.
 *
 * Invariants: every kept line of the body is a byte-identical slice of the
 * input (repairs happened before, so evidence offsets found in the body can
 * be traced to the repaired text); paragraphs are separated by exactly
 * "\n\n", lines inside one by "\n"; the body has no leading or trailing
 * white space. Work is linear in the input: no pass looks at more than a
 * bounded window of a line, however long.
 */
#include <stdlib.h>
#include <string.h>

#include "parallax/article.h"
#include "parallax/clean.h"
#include "clean_internal.h"

/* How many leading lines may hold metadata and bylines. */
#define META_MAX_LINES 40
#define BYLINE_LINES 6
/* How many paragraphs may open with a dateline. */
#define DATELINE_PARAS 3
/* The longest headline, in bytes and words. */
#define TITLE_MAX 160
#define TITLE_WORDS 24
/* Links under a "Related stories" heading: how many, how long each. */
#define RELATED_LINES 8
#define RELATED_MAX 120

enum line_state {
	L_TEXT = 0,
	L_BLANK,
	L_GONE, /* removed (recorded) */
	L_TITLE /* became the title */
};

struct line {
	size_t s, e;   /* kept span, trimmed */
	size_t indent; /* leading white space in bytes */
	unsigned char state;
	unsigned char after_date; /* the rest of a "date YYYY-MM-DD" line */
};

/* A removal waiting to be recorded, kept in input order. */
struct rem {
	size_t pos;
	size_t seq; /* order of discovery, to break ties */
	const char *kind;
	size_t s, e;
};

struct cleaner {
	const char *text;
	size_t len;
	unsigned flags;
	struct line *lines;
	size_t n;
	struct rem *rems;
	size_t n_rems, cap_rems;
	struct px__debris_lex lx;
	struct px_clean_result *out;
	px_status st;
};

/* ------------------------------------------------------------- helpers */

static int
is_hspace(char c)
{
	return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

/* Bytes of a Unicode space at s (NBSP, en/em spaces, ZWSP, ideographic). */
static size_t
uspace_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] <= 0x8B || u[2] == 0xAF))
		return 3;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F)
		return 3;
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return 3;
	return 0;
}

/* Trim white space (ASCII and Unicode) at both ends of [*s, *e). */
static void
trim(const char *t, size_t *s, size_t *e)
{
	size_t w = 0;

	while (*s < *e) {
		if (is_hspace(t[*s]))
			(*s)++;
		else if ((w = uspace_len(t + *s, *e - *s)) > 0)
			*s += w;
		else
			break;
	}
	while (*e > *s) {
		if (is_hspace(t[*e - 1])) {
			(*e)--;
			continue;
		}
		/* A Unicode space ends in 0x80-0xBF: look back two or three bytes. */
		if (*e - *s >= 2 && uspace_len(t + *e - 2, 2) == 2) {
			*e -= 2;
			continue;
		}
		if (*e - *s >= 3 && uspace_len(t + *e - 3, 3) == 3) {
			*e -= 3;
			continue;
		}
		break;
	}
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
starts_lower(const char *s, size_t n)
{
	size_t w = 0;

	return n > 0 && px__letter_case(s, n, &w) == 'L';
}

static void
rem_add(struct cleaner *c, size_t pos, const char *kind, size_t s, size_t e)
{
	px_status st = PX_OK;

	if (c->st)
		return;
	trim(c->text, &s, &e);
	if (s == e)
		return;
	st = px_grow((void **)&c->rems, &c->cap_rems, c->n_rems + 1, sizeof(*c->rems));
	if (st) {
		c->st = st;
		return;
	}
	c->rems[c->n_rems].pos = pos;
	c->rems[c->n_rems].seq = c->n_rems;
	c->rems[c->n_rems].kind = kind;
	c->rems[c->n_rems].s = s;
	c->rems[c->n_rems].e = e;
	c->n_rems++;
}

/* Set *field to a copy of t[s..e) unless it is set already. */
static void
field_set(struct cleaner *c, char **field, size_t s, size_t e)
{
	trim(c->text, &s, &e);
	if (c->st || *field != NULL || s == e)
		return;
	*field = px_strndup(c->text + s, e - s);
	if (*field == NULL)
		c->st = PX_ENOMEM;
}

/* ---------------------------------------------------------------- lines */

static px_status
split_lines(struct cleaner *c)
{
	size_t count = 1, i = 0, k = 0;
	const char *p = c->text, *end = c->text + c->len;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		count++;
		p++;
	}
	c->lines = px_calloc(count, sizeof(*c->lines));
	if (c->lines == NULL)
		return PX_ENOMEM;
	for (k = 0; k < count; k++) {
		const char *nl = i < c->len ? memchr(c->text + i, '\n', c->len - i) : NULL;
		size_t e = nl ? (size_t)(nl - c->text) : c->len;
		struct line *l = &c->lines[k];
		l->s = i;
		l->e = e;
		trim(c->text, &l->s, &l->e);
		l->indent = l->s - i;
		l->state = l->s == l->e ? L_BLANK : L_TEXT;
		i = e + 1;
	}
	c->n = count;
	return PX_OK;
}

/* Remove line k whole, recording it. */
static void
line_drop(struct cleaner *c, size_t k, const char *kind)
{
	struct line *l = &c->lines[k];

	rem_add(c, l->s, kind, l->s, l->e);
	l->state = L_GONE;
}

/* ------------------------------------------------------------- metadata */

enum meta_key {
	K_NONE = 0,
	K_TITLE,
	K_SOURCE,
	K_DATE,
	K_URL,
	K_AUTHOR,
	K_PLACE,
	K_OTHER /* known, kept only as a removal */
};

struct key_name {
	const char *name;
	enum meta_key key;
	int core; /* may open a metadata block on its own */
};

static const struct key_name key_names[] = {
	{"publication date", K_DATE, 0}, {"date published", K_DATE, 0},
	{"pub date", K_DATE, 0},         {"published date", K_DATE, 0},
	{"copyright", K_OTHER, 0},       {"edition", K_OTHER, 0},
	{"retrieved", K_OTHER, 0},       {"length", K_OTHER, 0},
	{"word count", K_OTHER, 0},      {"document id", K_OTHER, 0},
	{"author", K_AUTHOR, 1},    {"by", K_AUTHOR, 1},
	{"byline", K_AUTHOR, 0},    {"category", K_OTHER, 0},
	{"date", K_DATE, 1},        {"dateline", K_PLACE, 0},
	{"headline", K_TITLE, 1},   {"publication", K_SOURCE, 0},
	{"pubdate", K_DATE, 0},     {"guid", K_OTHER, 0},
	{"station", K_SOURCE, 0},   {"newspaper", K_SOURCE, 0},
	{"posted", K_DATE, 0},      {"reporter", K_AUTHOR, 0},
	{"writer", K_AUTHOR, 0},    {"agency", K_SOURCE, 0},
	{"id", K_OTHER, 0},         {"keywords", K_OTHER, 0},
	{"lang", K_OTHER, 0},       {"language", K_OTHER, 0},
	{"link", K_URL, 0},         {"location", K_PLACE, 0},
	{"modified", K_OTHER, 0},   {"outlet", K_SOURCE, 0},
	{"place", K_PLACE, 0},      {"published", K_DATE, 0},
	{"publisher", K_SOURCE, 0}, {"section", K_OTHER, 0},
	{"site", K_SOURCE, 0},      {"source", K_SOURCE, 1},
	{"tags", K_OTHER, 0},       {"title", K_TITLE, 1},
	{"updated", K_OTHER, 0},    {"url", K_URL, 1},
};

static int
is_letter(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* "key: value" with a known key of one or two words ("Date:", "TITLE:",
 * "Publication date:"): its entry, and where the value starts. */
static const struct key_name *
meta_key(const char *t, size_t s, size_t e, size_t *vs)
{
	size_t i = s, k = 0, m = 0;

	while (i < e && i - s <= 20 &&
	       (is_letter(t[i]) || (t[i] == ' ' && i > s && is_letter(t[i - 1]) && i + 1 < e &&
				    is_letter(t[i + 1]))))
		i++;
	m = i - s;
	if (m == 0 || m > 20)
		return NULL;
	while (i < e && (t[i] == ' ' || t[i] == '\t'))
		i++;
	if (i >= e || t[i] != ':' || (i + 1 < e && t[i + 1] != ' ' && t[i + 1] != '\t'))
		return NULL;
	for (k = 0; k < sizeof key_names / sizeof key_names[0]; k++) {
		const char *nm = key_names[k].name;
		size_t j = 0;
		if (strlen(nm) != m)
			continue;
		while (j < m && lower(t[s + j]) == nm[j])
			j++;
		if (j == m) {
			*vs = i + 1;
			return &key_names[k];
		}
	}
	return NULL;
}

/*
 * "date YYYY-MM-DD[Thh:mm...]" at the start of [s, e): returns the end of
 * the date token (then ds and de bound the date), or 0.
 */
static size_t
bare_date(const char *t, size_t s, size_t e, size_t *ds, size_t *de)
{
	size_t i = s + 4, d = 0, k = 0;

	if (e - s < 15 || lower(t[s]) != 'd' || lower(t[s + 1]) != 'a' ||
	    lower(t[s + 2]) != 't' || lower(t[s + 3]) != 'e' || !is_hspace(t[i]))
		return 0;
	while (i < e && is_hspace(t[i]))
		i++;
	d = i;
	if (e - d < 10)
		return 0;
	for (k = 0; k < 10; k++) {
		char ch = t[d + k];
		if ((k == 4 || k == 7) ? ch != '-' : !is_digit(ch))
			return 0;
	}
	i = d + 10;
	if (i < e && t[i] == 'T') {
		while (i < e && !is_hspace(t[i]) && i - d < 30)
			i++;
	}
	if (i < e && !is_hspace(t[i]))
		return 0;
	*ds = d;
	*de = i;
	return i;
}

static void
meta_value(struct cleaner *c, const struct key_name *kn, size_t vs, size_t e, int quoted)
{
	struct px_clean_result *o = c->out;

	/* a quoted value of front matter: title: "Outage: regulator ..."
	 * (elsewhere the quotes are the headline's: "A black day ...") */
	trim(c->text, &vs, &e);
	if (quoted && e - vs >= 2 && (c->text[vs] == '"' || c->text[vs] == '\'') &&
	    c->text[e - 1] == c->text[vs]) {
		vs++;
		e--;
	}

	switch (kn->key) {
	case K_TITLE:
		field_set(c, &o->title, vs, e);
		if (o->title)
			o->title_len = strlen(o->title);
		break;
	case K_SOURCE:
		field_set(c, &o->source, vs, e);
		break;
	case K_DATE:
		field_set(c, &o->date, vs, e);
		break;
	case K_URL:
		field_set(c, &o->url, vs, e);
		break;
	case K_AUTHOR:
		field_set(c, &o->author, vs, e);
		break;
	case K_PLACE:
		field_set(c, &o->place, vs, e);
		break;
	default:
		break;
	}
}

/* The words of s[0..n): runs of bytes between spaces. */
static size_t
words_in(const char *s, size_t n)
{
	size_t i = 0, words = 0;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
			words++;
	return words;
}

/* Whether [s, e) is "key: value" with a key of one or two words of
 * letters (or a hyphenated word) outside key_names and a short value of at
 * most four words ("Doc-ID: NATW-250714-0917", "Section: Home News"; not a headline such as
 * "Silo fire: dock workers demand dust checks"), read only right under a
 * line of the block. */
static int
other_key(const char *t, size_t s, size_t e)
{
	size_t i = s, words = 1;

	while (i < e && i - s <= 20 &&
	       (is_letter(t[i]) || (t[i] == '-' && i > s && is_letter(t[i - 1])) ||
		(t[i] == ' ' && i > s && t[i - 1] != ' ' && words++ < 2)))
		i++;
	return i > s && i - s <= 20 && i + 2 < e && t[i] == ':' && t[i + 1] == ' ' &&
	       t[i - 1] != ' ' && e - (i + 2) <= 40 && words_in(t + i + 2, e - (i + 2)) <= 4;
}

/*
 * Whether the line s[0..n) is a fence of an export: a run of three or more
 * '=', '-', '*' or '#' ("---", "=========="), or two such runs around a
 * short label ("==== NewsVault export ====").
 */
static int
fence_line(const char *s, size_t n)
{
	size_t a = 0, b = n;

	if (n < 3 || n > 80 || !(s[0] == '=' || s[0] == '-' || s[0] == '*' || s[0] == '#'))
		return 0;
	while (a < n && s[a] == s[0])
		a++;
	if (a < 3)
		return 0;
	if (a == n)
		return 1;
	while (b > a && s[b - 1] == s[0])
		b--;
	return n - b >= 3 && b - a <= 50;
}

/* Whether the line s[0..n) names an export above its fields ("THE
 * NATIONWIDE -- ARCHIVE EXPORT", "Document EVPO000020250918el9i0004k"): a
 * short line, no sentence, with a word of archives. */
static int
export_line(const char *s, size_t n)
{
	static const char *const cues[] = {"export", "archive", "record", "document", "database",
					   "clipping"};
	size_t k = 0;

	if (n > 60 || px__ends_sentence(s + n - 1, 1) || words_in(s, n) > 8)
		return 0;
	for (k = 0; k < sizeof cues / sizeof cues[0]; k++)
		if (px__ci_find(s, n, cues[k]))
			return 1;
	return 0;
}

static int outlet_line(const char *s, size_t n);

/* How many lines above a metadata block may name or fence it. */
#define META_BANNERS 2

/*
 * The leading metadata block: "key: value" lines and a bare date line,
 * blank lines between them allowed. Keys that are not core ("tags:",
 * "lang:") only count beside a core key, so a first body line such as
 * "Updated: figures ..." is not taken for metadata on its own. Up to two
 * lines above the block may fence or name it ("---" of front matter, "====
 * ARCHIVE RECORD ====", "Document EVPO0000..."), and fences close it; a
 * line above it that is neither (a headline over "Source:" and "Date:")
 * stays in the body.
 */
static void
pass_metadata(struct cleaner *c)
{
	size_t k = 0, end = 0, vs = 0, ds = 0, de = 0, banners = 0;
	int core = 0, yaml = 0;

	for (k = 0; k < c->n && k < META_MAX_LINES; k++) {
		struct line *l = &c->lines[k];
		const struct key_name *kn = NULL;
		if (l->state == L_BLANK) {
			if (end == 0 && banners > 0)
				break; /* a banner stands right above its block */
			continue;
		}
		kn = meta_key(c->text, l->s, l->e, &vs);
		if (kn) {
			core |= kn->core;
			end = k + 1;
			continue;
		}
		if (bare_date(c->text, l->s, l->e, &ds, &de)) {
			core = 1;
			end = k + 1;
			/* Text after the date ends the block: it is a line of its own. */
			if (de < l->e)
				break;
			continue;
		}
		if (end == k && k > 0 && other_key(c->text, l->s, l->e)) {
			end = k + 1;
			continue;
		}
		if (end == 0 && banners < META_BANNERS && l->e - l->s <= 80 &&
		    !px__ends_sentence(c->text + l->e - 1, 1)) {
			banners++;
			continue;
		}
		if (end > 0 && fence_line(c->text + l->s, l->e - l->s))
			end = k + 1;
		break;
	}
	if (!core)
		return;
	/* YAML front matter ("---" above the keys) quotes its values */
	for (k = 0; k < end && c->lines[k].state == L_BLANK; k++)
		;
	yaml = k < end && c->lines[k].e - c->lines[k].s == 3 &&
	       memcmp(c->text + c->lines[k].s, "---", 3) == 0;
	for (k = 0; k < end; k++) {
		struct line *l = &c->lines[k];
		const struct key_name *kn = NULL;
		if (l->state == L_BLANK)
			continue;
		kn = meta_key(c->text, l->s, l->e, &vs);
		if (kn) {
			meta_value(c, kn, vs, l->e, yaml);
			line_drop(c, k, "metadata");
		} else if (bare_date(c->text, l->s, l->e, &ds, &de)) {
			field_set(c, &c->out->date, ds, de);
			rem_add(c, l->s, "metadata", l->s, de);
			l->s = de;
			trim(c->text, &l->s, &l->e);
			if (l->s == l->e) {
				l->state = L_GONE;
			} else {
				l->after_date = 1;
			}
		} else if (fence_line(c->text + l->s, l->e - l->s) ||
			   export_line(c->text + l->s, l->e - l->s)) {
			line_drop(c, k, "metadata");
		} else if (k + 1 < end && outlet_line(c->text + l->s, l->e - l->s)) {
			/* "Ellery Courier" between "Document ELCO..." and the
			 * fields: the outlet */
			field_set(c, &c->out->source, l->s, l->e);
			line_drop(c, k, "metadata");
		} else if (other_key(c->text, l->s, l->e)) {
			line_drop(c, k, "metadata");
		}
	}
}

/* --------------------------------------------------------------- debris */

/* The kept line before k, or NULL; *gap tells whether a blank or removed
 * line (or the title) lies between. */
static const struct line *
prev_text(const struct cleaner *c, size_t k, int *gap)
{
	*gap = 0;
	while (k-- > 0) {
		if (c->lines[k].state == L_TEXT)
			return &c->lines[k];
		*gap = 1;
	}
	return NULL;
}

static int chrome_line(const char *s, size_t n);

static unsigned
line_ctx(const struct cleaner *c, size_t k)
{
	int gap = 0;
	const struct line *p = prev_text(c, k, &gap);
	unsigned ctx = 0;

	/* a line after a blank, a sentence's end, a page's chrome or the
	 * outlet's name starts a unit */
	if (p == NULL || gap || px__ends_sentence(c->text + p->s, p->e - p->s) ||
	    chrome_line(c->text + p->s, p->e - p->s) || outlet_line(c->text + p->s, p->e - p->s))
		ctx |= PX__LINE_UNIT_START;
	if (c->lines[k].after_date)
		ctx |= PX__LINE_UNIT_START | PX__LINE_AFTER_DATE;
	return ctx;
}

/* Whether s[0..n) reads as a caption's sentence: at most 320 bytes, six
 * words or more, some lower case, ending as a sentence does (a headline
 * seldom ends in a full stop). */
static int
caption_sentence(const char *s, size_t n)
{
	size_t i = 0;

	if (n > 320 || !px__ends_sentence(s, n) || words_in(s, n) < 6)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return 1;
	return 0;
}

static int is_headline(const char *s, size_t n, const char *next, size_t nn);

/*
 * A photo's credit dropped whole at line k, right under the first line of
 * text and over a headline: that line is the photo's caption, leaked above
 * the headline by a scrape ("Volunteers gather outside the studio on
 * Tuesday afternoon." over "Photo: Name Surname / Outlet" over the
 * headline). It goes as `caption`, so the headline can be read as the
 * title. A lead sentence with a credit under it and text after stays.
 */
static void
caption_above(struct cleaner *c, size_t k)
{
	size_t p = 0, q = 0;

	if (k == 0 || c->lines[k - 1].state != L_TEXT)
		return;
	p = k - 1;
	for (q = 0; q < p; q++)
		if (c->lines[q].state == L_TEXT || c->lines[q].state == L_TITLE)
			return;
	for (q = k + 1; q < c->n && c->lines[q].state == L_BLANK; q++)
		;
	if (q == c->n || c->lines[q].state != L_TEXT ||
	    !is_headline(c->text + c->lines[q].s, c->lines[q].e - c->lines[q].s, NULL, 0))
		return;
	if (caption_sentence(c->text + c->lines[p].s, c->lines[p].e - c->lines[p].s))
		line_drop(c, p, "caption");
}

/*
 * The links under a "Related stories" heading at line k: the headline-like
 * lines right after it (blank lines between allowed), each at most
 * RELATED_MAX bytes and not ending as a sentence does, up to RELATED_LINES
 * of them; the first line that reads as text ends the list.
 */
static void
related_links(struct cleaner *c, size_t k)
{
	size_t j = 0, n = 0;
	struct px__cut cut;

	for (j = k + 1; j < c->n && n < RELATED_LINES; j++) {
		struct line *l = &c->lines[j];
		if (l->state == L_BLANK || l->state == L_GONE)
			continue;
		if (l->state != L_TEXT || l->e - l->s > RELATED_MAX || l->e == l->s ||
		    px__ends_sentence(c->text + l->s, l->e - l->s) || c->text[l->e - 1] == ',' ||
		    c->text[l->e - 1] == ';' || words_in(c->text + l->s, l->e - l->s) < 3)
			break;
		/* debris of its own kind ("Share on Facebook") ends the list */
		px__debris_classify(&c->lx, c->text + l->s, l->e - l->s, line_ctx(c, j), &cut);
		if (cut.how != PX__CUT_NONE)
			break;
		line_drop(c, j, "related");
		n++;
	}
}

static void
pass_debris(struct cleaner *c)
{
	size_t k = 0;

	for (k = 0; k < c->n && !c->st; k++) {
		struct line *l = &c->lines[k];
		struct px__cut cut;
		if (l->state != L_TEXT)
			continue;
		px__debris_classify(&c->lx, c->text + l->s, l->e - l->s, line_ctx(c, k), &cut);
		switch (cut.how) {
		case PX__CUT_WHOLE:
			line_drop(c, k, cut.kind);
			if (strcmp(cut.kind, "credit") == 0 || strcmp(cut.kind, "caption") == 0)
				caption_above(c, k);
			if (strcmp(cut.kind, "related") == 0)
				related_links(c, k);
			break;
		case PX__CUT_HEAD:
			rem_add(c, l->s, cut.kind, l->s, l->s + cut.at);
			l->s += cut.at;
			trim(c->text, &l->s, &l->e);
			if (l->s == l->e)
				l->state = L_GONE;
			break;
		case PX__CUT_TAIL:
			rem_add(c, l->s + cut.at, cut.kind, l->s + cut.at, l->e);
			l->e = l->s + cut.at;
			trim(c->text, &l->s, &l->e);
			if (l->s == l->e)
				l->state = L_GONE;
			break;
		default:
			break;
		}
	}
}

/* ------------------------------------------------------- scraped header */

/* Line l is the headline: the title, out of the body. */
static void
take_title(struct cleaner *c, struct line *l)
{
	field_set(c, &c->out->title, l->s, l->e);
	if (c->out->title)
		c->out->title_len = l->e - l->s;
	l->state = L_TITLE;
}

/* Whether line k reads as a headline on its own. */
static int
headline_at(const struct cleaner *c, size_t k)
{
	return is_headline(c->text + c->lines[k].s, c->lines[k].e - c->lines[k].s, NULL, 0);
}

/* How many lines after the headline may be its scraped header. */
#define HEADER_LINES 8
/* The longest header line, in bytes. */
#define HEADER_MAX 160

/* Words that end or make an outlet's name ("Bunyip Valley Examiner",
 * "Outback FM News", "Wiener Börsen-Kurier"), compared without case. */
static const char *const outlet_words[] = {
	"news", "post", "times", "review", "daily", "wire", "newswire", "chronicle",
	"examiner", "courier", "gazette", "herald", "press", "agency", "fm", "radio",
	"tv", "network", "journal", "tribune", "mirror", "dispatch", "bulletin",
	"express", "observer", "kurier", "zeitung", "edition", "desk", "live", "online",
	"today", "standard", "telegraph", "record", "echo", "advertiser", "sentinel",
	"monitor", "globe", "mail", "ledger", "weekly", "magazine", "media", "broadcasting",
	"avis", "tidende", "bladet", "posten",
};

/* Whether the word w[0..n) is one of the nw lower-case words, in any case. */
static int
word_among(const char *w, size_t n, const char *const *words, size_t nw)
{
	size_t k = 0, j = 0;

	for (k = 0; k < nw; k++) {
		if (strlen(words[k]) != n)
			continue;
		for (j = 0; j < n && lower(w[j]) == words[k][j]; j++)
			;
		if (j == n)
			return 1;
	}
	return 0;
}

/* Whether s[0..n) holds an outlet word, as a word or a hyphenated part. */
static int
has_outlet_word(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t ws = i;
		while (i < n && s[i] != ' ' && s[i] != '-')
			i++;
		if (word_among(s + ws, i - ws, outlet_words, sizeof outlet_words / sizeof outlet_words[0]))
			return 1;
		while (i < n && (s[i] == ' ' || s[i] == '-'))
			i++;
	}
	return 0;
}

/*
 * Whether s[0..n) is a name written alone on a line: two to six words, no
 * digits, no end punctuation, every word of four letters or more
 * capitalised ("Bunyip Valley Examiner", "Tom Vidovic", "Central India
 * Chronicle"). Sets *words.
 */
static int
name_line(const char *s, size_t n, size_t *words)
{
	size_t i = 0, w = 0;

	*words = 0;
	if (n == 0 || n > 70 || px__letter_case(s, n, &w) != 'U' || px__ends_sentence(s + n - 1, 1) ||
	    s[n - 1] == ':' || s[n - 1] == ',')
		return 0;
	/* "Radyo Bandilyo 88.7": a station's frequency may end the name */
	{
		size_t e = n;
		while (e > 0 && (is_digit(s[e - 1]) || s[e - 1] == '.'))
			e--;
		if (e < n && e > 0 && s[e - 1] == ' ' && is_digit(s[e]))
			n = e - 1;
	}
	for (i = 0; i < n; i++) {
		if (is_digit(s[i]) || s[i] == ':' || s[i] == ';' || s[i] == '|' || s[i] == '"')
			return 0;
		if (s[i] == ' ' && i > 0 && s[i - 1] != ' ')
			(*words)++;
	}
	(*words)++;
	if (*words > 6)
		return 0;
	/* every word of four letters or more capitalised */
	for (i = 0; i < n;) {
		size_t ws = i, letters = 0;
		while (i < n && s[i] != ' ') {
			letters++;
			i++;
		}
		if (letters >= 4 && px__letter_case(s + ws, n - ws, &w) != 'U')
			return 0;
		while (i < n && s[i] == ' ')
			i++;
	}
	return *words >= 2 || has_outlet_word(s, n);
}

/* Whether s[0..n) opens with one of the nw lower-case words, in any case. */
static int
opens_with(const char *s, size_t n, const char *const *words, size_t nw)
{
	size_t k = 0, j = 0;

	for (k = 0; k < nw; k++) {
		size_t wl = strlen(words[k]);
		if (n < wl)
			continue;
		for (j = 0; j < wl && lower(s[j]) == words[k][j]; j++)
			;
		if (j == wl)
			return 1;
	}
	return 0;
}

/* Whether the segment s[0..n) of a header line opens with a label of
 * time ("Updated", "Posted", "Published", "Last updated"). */
static int
time_label(const char *s, size_t n)
{
	static const char *const labels[] = {"updated", "posted", "published", "last updated",
					     "first published", "modified"};

	return opens_with(s, n, labels, sizeof labels / sizeof labels[0]);
}

/*
 * The segments of a header line split at " | " ("MineTrade Daily |
 * Operations | 12 March 2025", "By Priya Menon | Deccan Dispatch | 15 July
 * 2025, 23:10 IST"): a byline segment sets the author, and the first one
 * that names an outlet (two words or more, or an outlet word, not a date,
 * a byline or a time label) sets the source when none is known.
 */
static void
header_segments(struct cleaner *c, size_t s, size_t e)
{
	const char *t = c->text;
	size_t i = s;

	while (i < e) {
		size_t a = i, b = i, words = 0;
		struct px__byline_parts bp;
		while (b < e && t[b] != '|')
			b++;
		i = b < e ? b + 1 : e;
		trim(t, &a, &b);
		if (a == b)
			continue;
		if (px__byline(t + a, b - a, &bp)) {
			if (c->out->author == NULL)
				field_set(c, &c->out->author, a + bp.name_start, a + bp.name_end);
			continue;
		}
		if (c->out->source == NULL && !time_label(t + a, b - a) && name_line(t + a, b - a, &words))
			field_set(c, &c->out->source, a, b);
	}
}

/* Whether the line s[0..n) shares a story ("Share on Facebook | Share on X
 * | Email this story"). */
static int
share_line(const char *s, size_t n)
{
	static const char *const heads[] = {"share", "tweet", "print", "email", "facebook"};

	return n < HEADER_MAX && memchr(s, '|', n) != NULL &&
	       (px__ci_find(s, n, "share on") || px__ci_find(s, n, "email this") ||
		opens_with(s, n, heads, sizeof heads / sizeof heads[0]));
}

/* Whether the line s[0..n) credits a picture ("Picture: Jess Harlow /
 * ..."), the line after a caption. */
static int
credit_line(const char *s, size_t n)
{
	static const char *const heads[] = {"picture:", "photo:", "image:", "credit:", "photograph:"};

	return opens_with(s, n, heads, sizeof heads / sizeof heads[0]);
}

/* Whether a picture credit follows line l's kept span, in the rest of its
 * input line that debris cut off ("Relatives gather at the landing stage.
 * Photo: Pape Ndiour/Observer") or on the next line ("Picture: Jess Harlow
 * / ..."): read from the text, as debris may have cut the credit already. */
static int
credit_after(const struct cleaner *c, const struct line *l)
{
	size_t j = l->e, e = l->e, line = 0;

	for (line = 0; line < 2 && j < c->len; line++) {
		while (e < c->len && c->text[e] != '\n')
			e++;
		while (j < e && is_hspace(c->text[j]))
			j++;
		if (j < e && credit_line(c->text + j, e - j))
			return 1;
		j = e = e + 1;
	}
	return 0;
}

/* Whether the line s[0..n) is share buttons without bars ("Share  Tweet
 * Email", "f  X  Viber  WhatsApp"): every word one of theirs. */
static int
share_words(const char *s, size_t n)
{
	static const char *const words[] = {"share", "tweet", "email", "print", "f", "x",
					    "viber", "whatsapp", "facebook", "twitter", "telegram",
					    "linkedin", "reddit", "pinterest", "messenger",
					    "copy", "link", "save", "comment", "comments"};
	size_t i = 0, found = 0;

	if (n == 0 || n > 80)
		return 0;
	while (i < n) {
		size_t ws = i;
		while (i < n && !is_hspace(s[i]))
			i++;
		if (!word_among(s + ws, i - ws, words, sizeof words / sizeof words[0]))
			return 0;
		found++;
		while (i < n && is_hspace(s[i]))
			i++;
	}
	return found >= 2;
}

/* Whether the line s[0..n) is a bare timestamp whose day and month a
 * reader cannot tell apart ("04/09/2025 08:12"): digits and separators
 * only. */
static int
timestamp_line(const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	if (n < 8 || n > 40)
		return 0;
	for (i = 0; i < n; i++) {
		if (is_digit(s[i]))
			digits++;
		else if (s[i] != '/' && s[i] != '.' && s[i] != '-' && s[i] != ':' && s[i] != ' ')
			return 0;
	}
	return digits >= 6;
}

/* Whether the line s[0..n) is a path of sections ("Politics & Society ›
 * West Africa", "Home / News / Vrelsko", "Accueil > Afrique de l'Ouest >
 * Faits divers"): parts split by ›, », > or a slash between spaces. */
static int
breadcrumb_line(const char *s, size_t n)
{
	return n < 120 && (px__ci_find(s, n, " \xE2\x80\xBA ") || px__ci_find(s, n, " \xC2\xBB ") ||
			   px__ci_find(s, n, " > ") || px__ci_find(s, n, " / "));
}

/* Whether the line s[0..n) is a label of the page, not a sentence: one to
 * three words, no digits, no end punctuation ("Politics", "ANALYSIS",
 * "NEWS | LOCAL | ESTUARY" goes as a bar line), or a labelled field
 * ("Source : ACP", "Author: D. Kovacevic"), whose value becomes *src or
 * *author. */
static int
label_line(struct cleaner *c, const struct line *l)
{
	static const char *const src_heads[] = {"source :", "source:"};
	static const char *const author_heads[] = {"author:", "author :", "words:", "reporter:"};
	const char *t = c->text + l->s;
	size_t n = l->e - l->s, i = 0, words = 1, w = 0;
	int src = opens_with(t, n, src_heads, sizeof src_heads / sizeof src_heads[0]);

	if (src || opens_with(t, n, author_heads, sizeof author_heads / sizeof author_heads[0])) {
		char **field = src ? &c->out->source : &c->out->author;
		size_t v = 0;
		while (v < n && t[v] != ':')
			v++;
		for (v++; v < n && is_hspace(t[v]); v++)
			;
		if (v < n && *field == NULL)
			field_set(c, field, l->s + v, l->e);
		return 1;
	}
	if (n == 0 || n > 40 || px__letter_case(t, n, &w) != 'U' || px__ends_sentence(t + n - 1, 1))
		return 0;
	for (i = 0; i < n; i++) {
		if (is_digit(t[i]) || t[i] == ',' || t[i] == ';' || t[i] == ':')
			return 0;
		if (t[i] == ' ' && i > 0 && t[i - 1] != ' ')
			words++;
	}
	return words <= 3;
}

/* Whether s[0..n) holds a date px_date_find can read. */
static int
holds_date(const char *s, size_t n)
{
	char *d = NULL;
	int64_t secs = 0;

	if (px_date_find(s, n, &d, &secs) != PX_OK)
		return 0;
	px_free(d);
	return 1;
}

/* Whether the header line s[0..n) is a line with a date: not a sentence
 * ("Published 12 March 2025 | Updated ..."), or a short one whose full
 * stop is an abbreviation's ("September 8, 2026 at 4:17 p.m."). */
static int
date_line(const char *s, size_t n)
{
	return n <= HEADER_MAX && (!px__ends_sentence(s + n - 1, 1) || n <= 48) && holds_date(s, n);
}

/* How many text lines of page chrome may stand above a headline. */
#define PRELUDE_LINES 8

/* The length of a separator of a bar's sections at s[i..n): a run of two
 * spaces or more, or a bullet (U+2022) or a middle dot (U+00B7) between
 * spaces; 0 when none starts there. */
static size_t
section_sep(const char *s, size_t n, size_t i)
{
	size_t j = i;

	if (s[i] != ' ')
		return 0;
	if (i + 4 < n && memcmp(s + i, " \xE2\x80\xA2 ", 5) == 0)
		j = i + 5;
	else if (i + 3 < n && memcmp(s + i, " \xC2\xB7 ", 4) == 0)
		j = i + 4;
	else if (i + 1 < n && s[i + 1] == ' ')
		j = i + 2;
	else
		return 0;
	while (j < n && s[j] == ' ')
		j++;
	return j - i;
}

/* Whether the line s[0..n) is a bar of four or more sections split by runs
 * of spaces or by bullets ("Home  News  Crime  Culture  Sport", "News, a
 * bullet, Business, a bullet, Sport ..."), each of at most three words. */
static int
spaced_bar(const char *s, size_t n)
{
	size_t i = 0, parts = 0, sep = 0;

	while (i < n) {
		size_t words = 1;
		while (i < n && (sep = section_sep(s, n, i)) == 0) {
			if (s[i] == ' ')
				words++;
			i++;
		}
		if (words > 3)
			return 0;
		parts++;
		i += sep;
	}
	return parts >= 4;
}

/*
 * Whether the line s[0..n) is a wire service's slug: capitals only, with a
 * word of topics split by a slash or an update number ("ARP --
 * BRITAIN-ARCHAEOLOGY/HOARD (UPDATE 2)", "KESSLING-RAIL/OUTAGE (UPDATE 3)").
 */
static int
wire_slug(const char *s, size_t n)
{
	size_t i = 0, w = 0;
	int topics = 0;

	if (n > 80 || px__letter_case(s, n, &w) != 'U')
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		if (s[i] == '/' && i > 0 && i + 1 < n && s[i - 1] >= 'A' && s[i - 1] <= 'Z' &&
		    s[i + 1] >= 'A' && s[i + 1] <= 'Z')
			topics = 1;
	}
	return topics || px__ci_find(s, n, "(UPDATE ");
}

/* Whether the line s[0..n) is a wire's priority or a page's banner alone
 * ("URGENT", "BREAKING"): chrome, no outlet and no headline. */
static int
priority_word(const char *s, size_t n)
{
	static const char *const words[] = {"urgent", "breaking", "flash", "bulletin", "exclusive",
					    "advisory", "correction"};

	return word_among(s, n, words, sizeof words / sizeof words[0]);
}

/* Whether the line s[0..n) is a field of a wire's header: a short key of
 * other_key, in capitals ("SLUG: ZOO-BABOONS (PICTURED)", "PRIORITY:
 * Routine"). */
static int
wire_field(const char *s, size_t n)
{
	size_t i = 0;

	if (n > 60 || !other_key(s, 0, n))
		return 0;
	for (i = 0; s[i] != ':'; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
	return i >= 3;
}

/*
 * Whether the line s[0..n) is chrome of the page above its headline: a
 * notice of cookies or of a paywall ("You have read 4 of your 5 free
 * articles"), skip links and sign-in bars, an app to download, a live
 * stream ("LIVE: Watch KCSR 7 News"), a bar of sections ("HOME | NEWS
 * | SPORT", "NEWS  WEATHER  SPORTS  WATCH LIVE"), a path of sections or
 * share buttons.
 */
static int
chrome_line(const char *s, size_t n)
{
	static const char *const cues[] = {"cookie", "skip to", "sign in", "log in", "subscribe",
					   "free article", "listen live", "watch live", "e-edition",
					   "menu"};
	static const char *const heads[] = {"download", "live:"};
	static const char *const search[] = {"search"};
	size_t k = 0;

	if (n > 400)
		return 0;
	for (k = 0; k < sizeof cues / sizeof cues[0]; k++)
		if (px__ci_find(s, n, cues[k]))
			return 1;
	if (opens_with(s, n, heads, sizeof heads / sizeof heads[0]))
		return 1;
	/* the search box: "Search...", "Search this site" */
	if (opens_with(s, n, search, 1) && words_in(s, n) <= 3)
		return 1;
	if (wire_slug(s, n) || wire_field(s, n) || priority_word(s, n))
		return 1;
	if (px__ends_sentence(s + n - 1, 1))
		return 0;
	return memchr(s, '|', n) != NULL || breadcrumb_line(s, n) || share_words(s, n) ||
	       spaced_bar(s, n);
}

/*
 * Whether the line s[0..n) is an outlet's name above its headline: a name
 * line of up to five words ("The Coast Post", "Radio Castelmere 104.2"),
 * capitals ("THE EVENING STAR", "CHANNEL 4 BRACKENRIDGE") or one word
 * with a capital inside ("ShireWatch").
 */
static int
outlet_line(const char *s, size_t n)
{
	size_t i = 0, words = 1, lower_letters = 0, inner_caps = 0;

	if (n == 0 || n > 50 || px__ends_sentence(s + n - 1, 1) || priority_word(s, n))
		return 0;
	if (name_line(s, n, &words))
		return words <= 5;
	words = 1;
	for (i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			lower_letters++;
		else if (s[i] >= 'A' && s[i] <= 'Z')
			inner_caps += i > 0 && s[i - 1] != ' ';
		else if (s[i] == ' ' && i > 0 && s[i - 1] != ' ')
			words++;
		else if (!(s[i] == ' ' || is_digit(s[i]) || s[i] == '&' || s[i] == '.' ||
			   s[i] == '\'' || s[i] == '-' || (unsigned char)s[i] >= 0x80))
			return 0;
	}
	if (words > 5 || !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	if ((lower_letters == 0 && n > 3) || (words == 1 && inner_caps > 0))
		return 1;
	/* "KCSR 7 News": capitalised words and a figure, an outlet word */
	for (i = 0; i < n; i++)
		if (i == 0 || s[i - 1] == ' ')
			if (!((s[i] >= 'A' && s[i] <= 'Z') || is_digit(s[i]) || s[i] == '&'))
				return 0;
	return has_outlet_word(s, n);
}


/* How many words of three letters or more of s[0..n) open in lower case:
 * a headline has them ("Two die, 146 hospitalised in Kesarganj"), an
 * outlet's name seldom ("hpa Hanse Presse Agentur - English Service"). */
static size_t
lower_words(const char *s, size_t n)
{
	size_t i = 0, found = 0;

	while (i < n) {
		size_t ws = i;
		while (i < n && s[i] != ' ')
			i++;
		if (i - ws >= 3 && s[ws] >= 'a' && s[ws] <= 'z')
			found++;
		while (i < n && s[i] == ' ')
			i++;
	}
	return found;
}

/*
 * Whether the line s[0..n) above a headline tells the date and little
 * else: a short date ("19.09.2025, 14:22 Uhr"), or fields split by runs of
 * spaces that open with one ("Thu Oct 10 2024 11:02 CET   Priority:
 * routine   Words: 342").
 */
static int
prelude_date(const char *s, size_t n)
{
	size_t i = 0;

	if (n <= 40)
		return holds_date(s, n);
	if (n > 100 || px__ends_sentence(s + n - 1, 1))
		return 0;
	/* "RPA NEWSWIRE -- Sunday 23 March 2025 18:41": a name and a date */
	if (n <= 60 && lower_words(s, n) == 0 && words_in(s, n) <= 9 && holds_date(s, n))
		return 1;
	for (i = 0; i + 1 < n && !(s[i] == ' ' && s[i + 1] == ' '); i++)
		;
	return i + 1 < n && i <= 40 && holds_date(s, i);
}


/* When the line s[0..n) is an outlet's name and its tagline after " - "
 * ("Harbourside News - Port Ellery's independent news site", "The Atlantic
 * Post - Portugal's English-language news"), the length of the name; else
 * 0. */
static size_t
tagline_name(const char *s, size_t n)
{
	size_t j = 0, words = 0;

	/* a dash between spaces: " - ", " – ", " — " */
	for (j = 0; j + 2 < n; j++) {
		size_t l = s[j] == ' ' ? px__dash_at(s, n, j + 1) : 0;
		if (l && j + 1 + l < n && s[j + 1 + l] == ' ')
			break;
	}
	return j + 2 < n && name_line(s, j, &words) && has_outlet_word(s, j) ? j : 0;
}

/* The next text line after line k, or NULL. */
static const struct line *
next_text(const struct cleaner *c, size_t k)
{
	for (k++; k < c->n; k++)
		if (c->lines[k].state == L_TEXT)
			return &c->lines[k];
	return NULL;
}

/*
 * Where the headline stands below the chrome of a page (chrome_line,
 * outlet_line, and a motto right under the outlet's name that more chrome
 * follows: "Your town. Your news.", "Serving Strathmurran, Port Annick and
 * the Isles since 1872"): the line of the first other line, or
 * `first` when no chrome opens the text. *outlet is the outlet's line, or
 * c->n.
 */
/* Whether the line s[0..n) is a byline and more in parts split by bars
 * ("By Imogen Stroud | 11 March 2025"): its first part is a byline. */
static int
byline_bar(const char *s, size_t n)
{
	struct px__byline_parts bp;
	const char *bar = memchr(s, '|', n);
	size_t e = bar ? (size_t)(bar - s) : n;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	return px__byline(s, e, &bp);
}

/* Whether the line right under line k, kept or not, is a bar of the
 * page's sections ("Home | News | Business | Sport"): the line above it
 * is the outlet's name however written ("La Gazzetta della Costa - English
 * edition"), though debris has taken the bar already. */
static int
bar_below(const struct cleaner *c, size_t k)
{
	for (k++; k < c->n && c->lines[k].e == c->lines[k].s; k++)
		;
	return k < c->n && chrome_line(c->text + c->lines[k].s, c->lines[k].e - c->lines[k].s) &&
	       memchr(c->text + c->lines[k].s, '|', c->lines[k].e - c->lines[k].s) != NULL;
}

/* The longest a line may run and still be a headline over a photo's
 * credit at the very top of a page: a longer one is the photo's caption
 * ("Shoppers pass the flagship on Kell Street as news of the
 * administration spread through the town centre"). */
#define CAPTION_LONG 100

/* Whether line k is a photo's caption over its credit above the headline
 * ("Rescuers search the remains of a house." over "Photo: Dawa Sherpal /
 * The Rimsala Post"): a sentence, or at the top of the page (top) a line
 * that is no headline or runs longer than one. */
static int
caption_at(const struct cleaner *c, size_t k, size_t top)
{
	const struct line *l = &c->lines[k];
	size_t n = l->e - l->s;

	return credit_after(c, l) &&
	       (px__ends_sentence(c->text + l->e - 1, 1) ||
		(k == top && (n > CAPTION_LONG || !headline_at(c, k))));
}

static size_t
prelude_end(const struct cleaner *c, size_t first, size_t *outlet)
{
	size_t k = 0, lines = 0, prev_outlet = 0, top = first;

	*outlet = c->n;
	for (k = first; k < c->n && lines < PRELUDE_LINES; k++) {
		const struct line *l = &c->lines[k], *nx = NULL;
		const char *t = c->text + l->s;
		size_t n = l->e - l->s, words = 0;
		if (l->state != L_TEXT)
			continue;
		lines++;
		nx = next_text(c, k);
		if (chrome_line(t, n) || prelude_date(t, n)) {
			prev_outlet = 0;
			continue;
		}
		/* a photo's caption and its credit above the page or under
		 * its chrome; at the top, the page starts after them */
		if (credit_line(t, n) || caption_at(c, k, top)) {
			if (k == top && nx)
				top = (size_t)(nx - c->lines);
			prev_outlet = 0;
			continue;
		}
		/* the first line, short, above a bar, a path or a date (the
		 * bar perhaps taken by debris already): the outlet's name
		 * however written ("hpa Hanse Presse Agentur - English
		 * Service", "PRENSA ATLÁNTICA (PA) - SERVICIO EN INGLÉS", "La
		 * Gazzetta della Costa - English edition") */
		if (outlet_line(t, n) ||
		    (k == top && n <= 90 && !px__ends_sentence(t + n - 1, 1) && tagline_name(t, n)) ||
		    (k == top && n <= 60 && !px__ends_sentence(t + n - 1, 1) &&
		     ((lower_words(t, n) < 2 && nx &&
		       (chrome_line(c->text + nx->s, nx->e - nx->s) ||
			prelude_date(c->text + nx->s, nx->e - nx->s))) ||
		      (lower_words(t, n) <= 2 && bar_below(c, k))))) {
			/* after the outlet's name, another name is its
			 * motto or a section ("Larkfield & Marion County",
			 * "EDUCATION") */
			if (*outlet == c->n)
				*outlet = k;
			prev_outlet = 1;
			continue;
		}
		words = words_in(t, n);
		if (*outlet != c->n && words <= 3 && !px__ends_sentence(t + n - 1, 1))
			continue; /* a label of the section: "ELECTION 2026" */
		/* a motto over the page's bar, not a headline over its
		 * byline ("By Imogen Stroud | 11 March 2025") */
		if (prev_outlet && nx &&
		    ((words <= 12 && chrome_line(c->text + nx->s, nx->e - nx->s) &&
		      !byline_bar(c->text + nx->s, nx->e - nx->s)) ||
		     (words <= 8 && outlet_line(c->text + nx->s, nx->e - nx->s)))) {
			prev_outlet = 0;
			continue;
		}
		return k;
	}
	return first;
}

/* Whether the line s[0..n) tells how long ago the page was posted ("2
 * hours ago", "Updated 5 minutes ago"). */
static int
ago_line(const char *s, size_t n)
{
	static const char *const units[] = {"minute", "minutes", "hour", "hours", "day", "days",
					    "min", "mins", "hr", "hrs"};
	size_t i = 0;

	if (n > 40 || n < 5 || !px__ci_find(s, n, " ago"))
		return 0;
	while (i < n && !is_digit(s[i]))
		i++;
	while (i < n && is_digit(s[i]))
		i++;
	if (i == n || s[i] != ' ')
		return 0;
	{
		size_t ws = ++i;
		while (i < n && s[i] != ' ')
			i++;
		return word_among(s + ws, i - ws, units, sizeof units / sizeof units[0]);
	}
}

/* Whether the line s[0..n) credits a newsroom rather than a person ("By
 * Tallis Post staff", "By KCSR 7 Digital Staff"): "By", at most six
 * words, a last word "staff" or "reporters", no end punctuation. */
static int
staff_line(const char *s, size_t n)
{
	static const char *const heads[] = {"by "};
	static const char *const last[] = {"staff", "reporters", "newsroom", "desk"};
	size_t i = n;

	if (n > 60 || !opens_with(s, n, heads, 1) || px__ends_sentence(s + n - 1, 1) ||
	    words_in(s, n) > 6)
		return 0;
	while (i > 0 && s[i - 1] != ' ')
		i--;
	return word_among(s + i, n - i, last, sizeof last / sizeof last[0]);
}

/* The length of the name of a byline with a role and no "By" ("Lena
 * Varga, transport correspondent", "Sophie Markland, Arts
 * Correspondent"), 0 when s[0..n) is none. */
static size_t
role_byline(const char *s, size_t n)
{
	size_t j = 0, r = 0, words = 0;

	if (n == 0 || px__ends_sentence(s + n - 1, 1))
		return 0;
	for (j = 0; j < n && s[j] != ','; j++)
		;
	for (r = j + 1; r < n && is_hspace(s[r]); r++)
		;
	if (r < n && n - j < 60 && name_line(s, j, &words) && words <= 3 &&
	    (starts_lower(s + r, n - r) || px__role_after(s + r, n - r)))
		return j;
	return 0;
}

/* Whether one of the next two text lines after line k is a byline or a
 * line with a date: line k is then a standfirst under the headline. */
static int
header_follows(const struct cleaner *c, size_t k)
{
	size_t seen = 0;
	struct px__byline_parts bp;

	for (k++; k < c->n && seen < 2; k++) {
		const struct line *l = &c->lines[k];
		const char *t = c->text + l->s;
		size_t n = l->e - l->s, words = 0;
		/* a date line debris took as a time stamp ("Published Sep
		 * 18, 2025") still ends the header */
		if (l->state == L_GONE && l->e > l->s && date_line(t, n))
			return 1;
		if (l->state != L_TEXT)
			continue;
		seen++;
		if (n <= HEADER_MAX &&
		    (px__byline(t, n, &bp) || ago_line(t, n) || (name_line(t, n, &words) && words <= 3) ||
		     staff_line(t, n) || date_line(t, n) || role_byline(t, n)))
			return 1;
	}
	return 0;
}

/*
 * The header a scrape keeps between the headline and the body when no
 * metadata block came first: the outlet's name on a line of its own, the
 * author's, a line with the date ("Tuesday 11 March 2025, 9.34pm AEST",
 * "Posted Wed 12 Mar 2025 at 10:40am"), a line of parts split by bars
 * ("GreenWire Europe | Biodiversity | 22 May 2025"), a path of sections
 * ("Home / News / Vrelsko"), a label ("Politics", "ANALYSIS", "Source :
 * ACP"), share buttons, and a photo's caption above its credit. The header ends at the first other
 * line; its date line becomes the date (px_date_find reads it), its names
 * the source and author, and its lines leave the body. Bylines are left to
 * pass_bylines. Only a text that carries its own headline (PX_CLEAN_TITLE,
 * and a first line that reads as one) has such a header.
 */
static void
pass_header(struct cleaner *c)
{
	size_t k = 0, q = 0, first = c->n, seen = 0, words = 0, head = 0, outlet = 0;
	int standfirst = 0, wire = 0;
	struct px__byline_parts bp;
	struct px_dateline dl;

	if (!(c->flags & PX_CLEAN_TITLE) || c->out->date || c->out->source || c->out->title)
		return;
	for (k = 0; k < c->n; k++)
		if (c->lines[k].state == L_TEXT) {
			first = k;
			break;
		}
	if (first == c->n)
		return;
	/* a header follows a headline: the text must open with one, or
	 * with the page's chrome above one */
	head = prelude_end(c, first, &outlet);
	/* wire copy with no headline: the chrome stands over the dateline
	 * ("ACP -- Agence Continentale de Presse", "17 Sep 2024 21:47 GMT",
	 * then "MONTAUBRÉ, Sept 17 (ACP) - ...") */
	wire = head != first && px_dateline_parse(c->text + c->lines[head].s,
						  c->lines[head].e - c->lines[head].s, &dl);
	if (!wire && !headline_at(c, head)) {
		if (head == first || !headline_at(c, first))
			return;
		head = first; /* no headline below: the first line was one */
		outlet = c->n;
	}
	for (k = first; k < head; k++) {
		const struct line *l = &c->lines[k];
		if (l->state != L_TEXT)
			continue;
		if (k == outlet) {
			/* "Harbourside News - Port Ellery's independent news
			 * site": the name before the tagline */
			size_t name = tagline_name(c->text + l->s, l->e - l->s);
			field_set(c, &c->out->source, l->s, name ? l->s + name : l->e);
		}
		/* "13.08.2025 | 11:04" above the headline */
		if (c->out->date == NULL && l->e - l->s <= HEADER_MAX &&
		    holds_date(c->text + l->s, l->e - l->s))
			field_set(c, &c->out->date, l->s, l->e);
		line_drop(c, k, k == outlet ? "metadata"
				: credit_line(c->text + l->s, l->e - l->s) ? "credit"
				: caption_at(c, k, first) ? "caption"
				: "navigation");
	}
	if (wire)
		return;
	/* below the chrome, the headline is known for one even when a
	 * standfirst follows it with no blank line */
	if (head != first)
		take_title(c, &c->lines[head]);
	for (k = head + 1; k < c->n && seen < HEADER_LINES && !c->st; k++) {
		struct line *l = &c->lines[k];
		const char *t = c->text + l->s;
		size_t n = l->e - l->s, j = 0;
		int sentence = 0;
		if (l->state != L_TEXT)
			continue;
		seen++;
		if (n > HEADER_MAX)
			break;
		sentence = px__ends_sentence(t + n - 1, 1);
		if (share_line(t, n)) {
			line_drop(c, k, "share");
			continue;
		}
		if (px__byline(t, n, &bp))
			continue;
		/* a caption: one sentence with a credit beside or below */
		if (sentence && credit_after(c, l)) {
			line_drop(c, k, "caption");
			continue;
		}
		if (share_words(t, n)) {
			line_drop(c, k, "share");
			continue;
		}
		if (date_line(t, n)) {
			if (c->out->date == NULL)
				field_set(c, &c->out->date, l->s, l->e);
			if (memchr(t, '|', n))
				header_segments(c, l->s, l->e);
			line_drop(c, k, "metadata");
			continue;
		}
		if (!sentence && memchr(t, '|', n)) {
			header_segments(c, l->s, l->e);
			line_drop(c, k, "metadata");
			continue;
		}
		if (timestamp_line(t, n) || (!sentence && breadcrumb_line(t, n))) {
			line_drop(c, k, "metadata");
			continue;
		}
		/* "The Atlantic Post - Portugal's English-language news" */
		if ((j = tagline_name(t, n)) != 0) {
			if (c->out->source == NULL)
				field_set(c, &c->out->source, l->s, l->s + j);
			line_drop(c, k, "metadata");
			continue;
		}
		if (name_line(t, n, &words)) {
			if (has_outlet_word(t, n)) {
				if (c->out->source == NULL)
					field_set(c, &c->out->source, l->s, l->e);
				line_drop(c, k, "metadata");
				continue;
			}
			if (words <= 3) {
				if (c->out->author == NULL)
					field_set(c, &c->out->author, l->s, l->e);
				line_drop(c, k, "byline");
				continue;
			}
		}
		if (label_line(c, l)) {
			line_drop(c, k, "metadata");
			continue;
		}
		if (ago_line(t, n)) {
			line_drop(c, k, "metadata");
			continue;
		}
		if (staff_line(t, n)) {
			line_drop(c, k, "byline");
			continue;
		}
		if ((j = role_byline(t, n)) != 0) {
			if (c->out->author == NULL)
				field_set(c, &c->out->author, l->s, l->s + j);
			line_drop(c, k, "byline");
			continue;
		}
		/* a standfirst under the headline, above the byline or the
		 * date: it stays in the body, and the header goes on */
		if (!standfirst && seen == 1 && header_follows(c, k)) {
			standfirst = 1;
			continue;
		}
		break;
	}
	/* a time stamp of the header that debris took ("Published:
	 * 15/08/2025 07:30") still dates the article */
	for (q = 0; c->out->date == NULL && q < c->n_rems; q++) {
		const struct rem *rm = &c->rems[q];
		if (rm->s < (k < c->n ? c->lines[k].s : c->len) && strcmp(rm->kind, "timestamp") == 0 &&
		    rm->e - rm->s <= HEADER_MAX && holds_date(c->text + rm->s, rm->e - rm->s))
			field_set(c, &c->out->date, rm->s, rm->e);
	}
}

/* ------------------------------------------------------- wire credit */

/* The longest credit line of a wire story's copy, in bytes. */
#define WIRE_CREDIT_MAX 40

/*
 * A copy's credit to the wire it came from, as its last line: a dash
 * (px__dash_at) and one to four capitalised words ("- Northwire", "—
 * Reuters", "-- Statewire"), or such
 * words alone in brackets ("(AFP)"). Any other last line stays.
 */
static int
wire_credit(const char *s, size_t n)
{
	size_t i = 0, words = 0;

	if (n < 3 || n > WIRE_CREDIT_MAX)
		return 0;
	if ((i = px__dash_at(s, n, 0)) == 0) {
		if (s[0] != '(' || s[n - 1] != ')')
			return 0;
		i = 1;
		n--;
	}
	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		if (i == n)
			break;
		if (!(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
		while (i < n && s[i] != ' ') {
			char ch = s[i];
			if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '&' || ch == '.' ||
			      ch == '\'' || ch == '-'))
				return 0;
			i++;
		}
		words++;
	}
	return words >= 1 && words <= 4;
}

/* The body's last text line, when it is a wire credit, goes. */
static void
pass_wire_credit(struct cleaner *c)
{
	size_t k = c->n;

	while (k > 0) {
		struct line *l = &c->lines[--k];
		if (l->state != L_TEXT)
			continue;
		if (wire_credit(c->text + l->s, l->e - l->s))
			line_drop(c, k, "credit");
		return;
	}
}

/* ------------------------------------------------------------ promotion */

/* How many of an article's last text lines may be its outlet's promotion. */
#define PROMO_LINES 4
/* The longest such line, in bytes. */
#define PROMO_MAX 240

/*
 * An outlet promoting itself at the end of its article: a short line among
 * the last PROMO_LINES that names the outlet (its "source:" line) and
 * carries a word of promotion ("Radio Nordkyst will follow the story
 * through the weekend", "Follow KBN News on social media", "Listen to
 * Fjordradio on DAB or in the app", "Villmarksnytt is funded by its
 * readers", "Also on Deccan Dispatch: ..."). A line naming the outlet as a
 * source of news ("the bank told Finansdagen", "VRK has learned") carries
 * no such word. A line that names it by one word of its name ("Get the
 * Examiner's morning headlines in your inbox", "Download the Kesarganj
 * Times app") needs a cue no news sentence uses: a newsletter, an app, a
 * subscription, an inbox.
 */
/* Whether byte b is an ASCII letter or part of a multibyte character. */
static int
is_alpha_byte(char b)
{
	unsigned char u = (unsigned char)b;

	return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

/* Whether s[0..n) names the outlet by one word of its name of five letters
 * or more, capitalised as in the name ("the Examiner's morning headlines"
 * for "Bunyip Valley Examiner", "the Kesarganj Times app"). */
static int
names_outlet_word(const char *s, size_t n, const char *src)
{
	size_t i = 0, k = 0;

	while (src[i]) {
		size_t ws = i;
		while (src[i] && src[i] != ' ' && src[i] != '-')
			i++;
		if (i - ws >= 5 && (unsigned char)src[ws] >= 'A' && (unsigned char)src[ws] <= 'Z') {
			for (k = 0; k + (i - ws) <= n; k++)
				if (memcmp(s + k, src + ws, i - ws) == 0 &&
				    (k == 0 || !is_alpha_byte(s[k - 1])) &&
				    (k + (i - ws) == n || !is_alpha_byte(s[k + (i - ws)])))
					return 1;
		}
		while (src[i] == ' ' || src[i] == '-')
			i++;
	}
	return 0;
}

static void
pass_promo(struct cleaner *c)
{
	static const char *const cues[] = {
		"follow", "update", "newsletter", " app", "listen", " fm", "dab ", "subscri",
		"supporter", "sign up", "live page", "newsroom", "will publish", "premium",
		"your station", "unlimited access", "your local", "newspaper of", "funded by",
		"not responsible", "news from", "will have reactions", "also reports",
		"also on ", "stay tuned", "syndicated feed", "not been edited", "inbox", "download",
	};
	/* Cues that promote whatever outlet a word of its name stands for. */
	static const char *const strong[] = {
		"newsletter", " app ", " app.", " app,", "subscri", "sign up", "stay tuned", "also on ",
		"inbox", "download",
	};
	const char *src = c->out->source;
	size_t k = c->n, seen = 0, i = 0;

	if (src == NULL || strlen(src) < 3)
		return;
	while (k > 0 && seen < PROMO_LINES && !c->st) {
		struct line *l = &c->lines[--k];
		const char *t = c->text + l->s;
		size_t n = l->e - l->s;
		if (l->state != L_TEXT)
			continue;
		seen++;
		if (n > PROMO_MAX)
			continue;
		if (px__ci_find(t, n, src)) {
			for (i = 0; i < sizeof cues / sizeof cues[0]; i++)
				if (px__ci_find(t, n, cues[i]))
					break;
			if (i < sizeof cues / sizeof cues[0])
				line_drop(c, k, "promotion");
			continue;
		}
		if (!names_outlet_word(t, n, src))
			continue;
		for (i = 0; i < sizeof strong / sizeof strong[0]; i++)
			if (px__ci_find(t, n, strong[i]))
				break;
		if (i < sizeof strong / sizeof strong[0])
			line_drop(c, k, "promotion");
	}
}

/* ------------------------------------------------------ bylines, titles */

/* "By Jane Smith" among the first lines sets the author. */
static void
pass_bylines(struct cleaner *c)
{
	size_t k = 0, seen = 0;
	struct px__byline_parts bp;

	for (k = 0; k < c->n && seen < BYLINE_LINES && !c->st; k++) {
		struct line *l = &c->lines[k];
		if (l->state != L_TEXT)
			continue;
		seen++;
		if (px__byline(c->text + l->s, l->e - l->s, &bp)) {
			field_set(c, &c->out->author, l->s + bp.name_start, l->s + bp.name_end);
			if (bp.outlet_end > bp.outlet_start)
				field_set(c, &c->out->source, l->s + bp.outlet_start,
					  l->s + bp.outlet_end);
			line_drop(c, k, "byline");
		}
	}
}

/* A first body line that repeats the title: scrapes often keep both. */
static void
pass_title_repeat(struct cleaner *c)
{
	size_t k = 0;
	const struct px_clean_result *o = c->out;

	for (k = 0; k < c->n; k++) {
		struct line *l = &c->lines[k];
		if (l->state != L_TEXT)
			continue;
		if (l->e - l->s == o->title_len &&
		    memcmp(c->text + l->s, o->title, o->title_len) == 0)
			line_drop(c, k, "title");
		return;
	}
}

/* Title Case: most words of four letters or more are capitalised. */
static int
title_case(const char *s, size_t n)
{
	size_t i = 0, long_words = 0, caps = 0;

	while (i < n) {
		size_t ws = i, letters = 0;
		while (i < n && s[i] != ' ') {
			if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
			    (unsigned char)s[i] >= 0x80)
				letters++;
			i++;
		}
		if (letters >= 4) {
			size_t w = 0;
			long_words++;
			if (px__letter_case(s + ws, n - ws, &w) == 'U')
				caps++;
		}
		while (i < n && s[i] == ' ')
			i++;
	}
	return long_words >= 2 && caps * 10 >= long_words * 7;
}

/*
 * Whether s looks like a headline. next/nn is the line right after it when
 * no blank line separates them (nn 0 otherwise): then s could also be the
 * first line of hard-wrapped prose, which continues in lower case or runs
 * about as long as the next line.
 */
static int
is_headline(const char *s, size_t n, const char *next, size_t nn)
{
	struct px_dateline dl;
	struct px__byline_parts bp;
	size_t i = 0, words = 0, w = 0;
	unsigned char last = 0, first = 0;

	if (n < 3 || n > TITLE_MAX)
		return 0;
	first = (unsigned char)s[0];
	if (!(px__letter_case(s, n, &w) == 'U' || is_digit(s[0]) || first == '"' ||
	      first == '\'' || first == 0xE2))
		return 0;
	last = (unsigned char)s[n - 1];
	if (last == ',' || last == ';' || last == ':' || last == '-')
		return 0;
	if (last == '.') {
		/* "Ferry strike spreads to U.S." may end in a dot, and "Talks
		 * stall..." in an ellipsis; a sentence may not. */
		size_t ws = n - 1, dots = 0, k = 0;
		int abbrev = 1;
		while (ws > 0 && s[ws - 1] != ' ')
			ws--;
		for (k = ws; k < n; k++) {
			if (s[k] == '.')
				dots++;
			else if (!((s[k] >= 'A' && s[k] <= 'Z') ||
				   (s[k] >= 'a' && s[k] <= 'z')) ||
				 (k > ws && s[k - 1] != '.' && k + 1 < n && s[k + 1] != '.'))
				abbrev = 0;
		}
		if (!(abbrev && dots >= 2) &&
		    !(n >= 4 && s[n - 2] == '.' && s[n - 3] == '.' && s[n - 4] != '.'))
			return 0;
	}
	/* Two sentences are prose: ". X" after a word longer than an abbreviation. */
	for (i = 0; i + 2 < n; i++) {
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
		    px__letter_case(s + i + 2, n - i - 2, &w) == 'U') {
			size_t ws = i;
			while (ws > 0 && s[ws - 1] != ' ')
				ws--;
			if (i - ws > 3)
				return 0;
		}
	}
	for (i = 0; i < n; i++) {
		if (s[i] == ' ' && (i == 0 || s[i - 1] != ' '))
			words++;
	}
	if (words + 1 > TITLE_WORDS)
		return 0;
	if (px_dateline_parse(s, n, &dl) || px__byline(s, n, &bp))
		return 0;
	if (nn > 0) {
		if (starts_lower(next, nn) || n > 120)
			return 0;
		if (!(title_case(s, n) || n * 10 <= nn * 7 || last == '?' || last == '!'))
			return 0;
	}
	return 1;
}

static void
pass_title(struct cleaner *c)
{
	size_t k = 0, j = 0;
	struct line *l = NULL, *next = NULL;

	for (k = 0; k < c->n; k++) {
		if (c->lines[k].state == L_TEXT) {
			l = &c->lines[k];
			break;
		}
	}
	if (l == NULL)
		return;
	/* The next line of the same block; removed lines between do not
	 * separate ("The minister said the ferry\nAdvertisement\nwould ..."). */
	for (j = k + 1; j < c->n && c->lines[j].state == L_GONE; j++)
		;
	if (j < c->n && c->lines[j].state == L_TEXT)
		next = &c->lines[j];
	if (!is_headline(c->text + l->s, l->e - l->s, next ? c->text + next->s : NULL,
			 next ? next->e - next->s : 0))
		return;
	take_title(c, l);
}

/* ----------------------------------------------------------------- body */

/* Where paragraphs start in the body (the first few, for datelines). */
struct para_starts {
	size_t off[DATELINE_PARAS];
	size_t n;
};

static px_status
build_body(struct cleaner *c, struct px_buf *body, struct para_starts *ps)
{
	size_t k = 0;
	int blank = 0, gone = 0;
	const struct line *prev = NULL;

	for (k = 0; k < c->n; k++) {
		const struct line *l = &c->lines[k];
		int para = 0;
		if (l->state == L_BLANK) {
			blank = 1;
			continue;
		}
		if (l->state != L_TEXT) {
			gone = 1;
			continue;
		}
		if (prev == NULL) {
			para = 1;
		} else {
			int ends = px__ends_sentence(c->text + prev->s, prev->e - prev->s);
			/* A removed line between two halves of a sentence (an ad
			 * injected mid-paragraph) does not split the paragraph. */
			if (blank || (gone && (ends || !starts_lower(c->text + l->s, l->e - l->s))))
				para = 1;
			/* An indented line after a sentence end starts a paragraph in
			 * text laid out with first-line indents instead of blank lines. */
			else if (l->indent >= 2 && l->indent > prev->indent && ends)
				para = 1;
			px_buf_puts(body, para ? "\n\n" : "\n");
		}
		if (para && ps->n < DATELINE_PARAS)
			ps->off[ps->n++] = body->len;
		px_buf_append(body, c->text + l->s, l->e - l->s);
		prev = l;
		blank = gone = 0;
	}
	return body->failed;
}

static void
find_dateline(struct cleaner *c, const char *body, size_t len,
	      const struct para_starts *ps)
{
	struct px_dateline dl;
	size_t k = 0;

	for (k = 0; k < ps->n; k++) {
		size_t off = ps->off[k];
		if (!px_dateline_parse(body + off, len - off, &dl))
			continue;
		c->out->dateline_start = off;
		c->out->dateline_end = off + dl.end;
		if (dl.place_end > dl.place_start && c->out->place == NULL) {
			c->out->place = px_strndup(body + off + dl.place_start,
						   dl.place_end - dl.place_start);
			if (c->out->place == NULL)
				c->st = PX_ENOMEM;
		}
		if (dl.source_end > dl.source_start && c->out->source == NULL) {
			c->out->source = px_strndup(body + off + dl.source_start,
						    dl.source_end - dl.source_start);
			if (c->out->source == NULL)
				c->st = PX_ENOMEM;
		}
		return;
	}
}

static int
rem_cmp(const void *a, const void *b)
{
	const struct rem *x = a, *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq ? 1 : 0;
}

/* -------------------------------------------------------------- public */

px_status
px_clean_result_add_removal(struct px_clean_result *r, const char *kind,
			    const char *text, size_t len)
{
	struct px_removal *it = NULL;
	px_status st = px_grow((void **)&r->removed, &r->cap_removed,
			       r->n_removed + 1, sizeof(*r->removed));

	if (st)
		return st;
	it = &r->removed[r->n_removed];
	it->kind = px_strdup(kind);
	it->text = px_strndup(text, len);
	if (it->kind == NULL || it->text == NULL) {
		px_free(it->kind);
		px_free(it->text);
		return PX_ENOMEM;
	}
	r->n_removed++;
	return PX_OK;
}

void
px_clean_result_release(struct px_clean_result *r)
{
	size_t i = 0;

	px_free(r->title);
	px_free(r->body);
	px_free(r->date);
	px_free(r->source);
	px_free(r->url);
	px_free(r->author);
	px_free(r->place);
	for (i = 0; i < r->n_removed; i++) {
		px_free(r->removed[i].kind);
		px_free(r->removed[i].text);
	}
	px_free(r->removed);
	memset(r, 0, sizeof(*r));
}

px_status
px_text_clean(const char *text, size_t len, unsigned flags,
	      struct px_clean_result *out)
{
	struct cleaner c;
	struct px_buf body = PX_BUF_INIT;
	struct para_starts ps;
	size_t i = 0, body_cap = 0;
	px_status st = PX_OK;

	memset(out, 0, sizeof(*out));
	memset(&c, 0, sizeof(c));
	memset(&ps, 0, sizeof(ps));
	if (text == NULL)
		text = "";
	if (flags == 0) {
		/* Raw mode: the body is the input exactly, so offsets hold. */
		out->body = px_strndup(text, len);
		out->body_len = len;
		return out->body ? PX_OK : PX_ENOMEM;
	}
	c.text = text;
	c.len = len;
	c.flags = flags;
	c.out = out;
	px__debris_lex_open(&c.lx);
	st = split_lines(&c);
	if (st)
		goto cleanup;
	if (flags & PX_CLEAN_METADATA)
		pass_metadata(&c);
	if (flags & PX_CLEAN_DEBRIS) {
		pass_debris(&c);
		pass_wire_credit(&c);
	}
	if (flags & PX_CLEAN_METADATA)
		pass_header(&c);
	if ((flags & PX_CLEAN_DEBRIS) && (flags & PX_CLEAN_METADATA))
		pass_promo(&c);
	if (flags & PX_CLEAN_METADATA)
		pass_bylines(&c);
	if (out->title && (flags & (PX_CLEAN_METADATA | PX_CLEAN_TITLE)))
		pass_title_repeat(&c);
	if ((flags & PX_CLEAN_TITLE) && out->title == NULL)
		pass_title(&c);
	st = c.st;
	if (st)
		goto cleanup;
	/* The body is never longer than the input: one allocation. */
	px_buf_init(&body, len + 1 > PX_BUF_DEFAULT_MAX ? len + 1 : 0);
	st = px_buf_reserve(&body, len);
	if (st == PX_OK)
		st = build_body(&c, &body, &ps);
	/* An empty append NUL-terminates even an empty body. */
	if (st == PX_OK)
		st = px_buf_append(&body, "", 0);
	if (st)
		goto cleanup;
	body_cap = body.cap;
	if (flags & PX_CLEAN_DATELINE)
		find_dateline(&c, body.data, body.len, &ps);
	if (c.n_rems > 1)
		qsort(c.rems, c.n_rems, sizeof(*c.rems), rem_cmp);
	for (i = 0; i < c.n_rems && st == PX_OK; i++) {
		const struct rem *r = &c.rems[i];
		st = px_clean_result_add_removal(out, r->kind, text + r->s, r->e - r->s);
	}
	if (st == PX_OK)
		st = c.st;
	if (st)
		goto cleanup;
	out->body = px_buf_detach(&body, &out->body_len);
	if (out->body == NULL) {
		st = PX_ENOMEM;
	} else if (body_cap > out->body_len + 1) {
		/* The buffer grew by doubling to the input's length: give
		   back what the body does not use (a reader holds every
		   article's body until the end of the run). */
		char *shrunk = px_realloc(out->body, out->body_len + 1);
		if (shrunk)
			out->body = shrunk;
	}
cleanup:
	px_buf_release(&body);
	px_free(c.lines);
	px_free(c.rems);
	if (st)
		px_clean_result_release(out);
	return st;
}
