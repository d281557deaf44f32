/*
 * The compact DOM of the HTML extractor: a byte-level pre-pass that cuts
 * script, style, comment and svg bodies, libxml2's HTML SAX parser, and the
 * class/id lexicon (data/html_hints.txt) applied to each element as it is
 * created.
 *
 * Why SAX and a private node array rather than libxml2's tree: on the
 * bench pages the tree costs about twice the parse, and the extractor needs
 * only tag kinds, a few attribute-derived flags and the text. Nodes are
 * appended in document order (see html_internal.h for the invariants), so
 * nothing here recurses: the SAX events arrive as a flat stream and the
 * open element is a node index. Elements deeper than PX__HTML_MAX_DEPTH are
 * not created; their text goes to the deepest created ancestor.
 */
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "html_internal.h"

/* ------------------------------------------------------------ tag names */

struct tag_name {
	const char *name;
	enum px__htag tag;
};

/* Sorted by name for bsearch. */
static const struct tag_name tag_names[] = {
	{"a", PX__T_A}, {"address", PX__T_ADDRESS}, {"article", PX__T_ARTICLE},
	{"aside", PX__T_ASIDE}, {"audio", PX__T_AUDIO}, {"b", PX__T_B},
	{"blockquote", PX__T_BLOCKQUOTE}, {"body", PX__T_BODY}, {"br", PX__T_BR},
	{"button", PX__T_BUTTON}, {"canvas", PX__T_CANVAS},
	{"caption", PX__T_CAPTION}, {"center", PX__T_CENTER}, {"code", PX__T_CODE},
	{"dd", PX__T_DD}, {"details", PX__T_DETAILS}, {"dialog", PX__T_DIALOG},
	{"div", PX__T_DIV}, {"dl", PX__T_DL}, {"dt", PX__T_DT}, {"em", PX__T_EM},
	{"embed", PX__T_EMBED}, {"fieldset", PX__T_FIELDSET},
	{"figcaption", PX__T_FIGCAPTION}, {"figure", PX__T_FIGURE},
	{"footer", PX__T_FOOTER}, {"form", PX__T_FORM}, {"h1", PX__T_H1},
	{"h2", PX__T_H2}, {"h3", PX__T_H3}, {"h4", PX__T_H4}, {"h5", PX__T_H5},
	{"h6", PX__T_H6}, {"head", PX__T_HEAD}, {"header", PX__T_HEADER},
	{"hr", PX__T_HR}, {"html", PX__T_HTML}, {"i", PX__T_I},
	{"iframe", PX__T_IFRAME}, {"img", PX__T_IMG}, {"input", PX__T_INPUT},
	{"label", PX__T_LABEL}, {"legend", PX__T_LEGEND}, {"li", PX__T_LI},
	{"link", PX__T_LINK}, {"main", PX__T_MAIN}, {"map", PX__T_MAP},
	{"menu", PX__T_MENU}, {"meta", PX__T_META}, {"nav", PX__T_NAV},
	{"noscript", PX__T_NOSCRIPT}, {"object", PX__T_OBJECT}, {"ol", PX__T_OL},
	{"option", PX__T_OPTION}, {"p", PX__T_P}, {"picture", PX__T_PICTURE},
	{"pre", PX__T_PRE}, {"script", PX__T_SCRIPT}, {"section", PX__T_SECTION},
	{"select", PX__T_SELECT}, {"strong", PX__T_STRONG}, {"style", PX__T_STYLE},
	{"summary", PX__T_SUMMARY}, {"sup", PX__T_SUP}, {"svg", PX__T_SVG},
	{"table", PX__T_TABLE}, {"tbody", PX__T_TBODY}, {"td", PX__T_TD},
	{"template", PX__T_TEMPLATE}, {"textarea", PX__T_TEXTAREA},
	{"th", PX__T_TH}, {"thead", PX__T_THEAD}, {"time", PX__T_TIME},
	{"title", PX__T_TITLE}, {"tr", PX__T_TR}, {"ul", PX__T_UL},
	{"video", PX__T_VIDEO},
};

enum px__htag
px__htag_lookup(const char *name)
{
	size_t lo = 0, hi = sizeof(tag_names) / sizeof(tag_names[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, tag_names[mid].name);
		if (c == 0)
			return tag_names[mid].tag;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return PX__T_OTHER;
}

/* -------------------------------------------------------------- lexicon */

static int
pair_index(const char *p, size_t len)
{
	int a = 26, b = 26;

	if (len > 0 && p[0] >= 'a' && p[0] <= 'z')
		a = p[0] - 'a';
	if (len > 1 && p[1] >= 'a' && p[1] <= 'z')
		b = p[1] - 'a';
	return a * 27 + b;
}


static uint16_t
flag_word(const char *w, size_t n)
{
	static const struct {
		const char *name;
		size_t len;
		uint16_t flag;
	} words[] = {
		{"body", 4, PX__HF_BODYHINT}, {"boiler", 6, PX__HF_BOILER},
		{"date", 4, PX__HF_DATEHINT}, {"author", 6, PX__HF_AUTHOR},
		{"caption", 7, PX__HF_CAPTION | PX__HF_BOILER},
		{"share", 5, PX__HF_SHARE | PX__HF_BOILER},
		{"related", 7, PX__HF_RELATED | PX__HF_BOILER},
		{"comment", 7, PX__HF_COMMENT | PX__HF_BOILER},
		{"ad", 2, PX__HF_AD | PX__HF_BOILER},
		{"embed", 5, PX__HF_EMBED},
	};
	size_t i = 0;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (words[i].len == n && memcmp(words[i].name, w, n) == 0)
			return words[i].flag;
	return 0;
}

/*
 * data/html_hints.txt: "WEIGHT PATTERN [FLAG...]" a line, '#' comments.
 * A '<' before or '>' after the pattern requires a token boundary there.
 * Patterns point into the static data, so nothing is copied but the index.
 */
px_status
px__hints_load(struct px__hints *h)
{
	const char *data = NULL;
	size_t len = 0, i = 0, cap = 0;
	px_status st = PX_OK;

	memset(h, 0, sizeof(*h));
	st = px_data_get("html_hints.txt", &data, &len);
	if (st)
		return st;
	while (i < len) {
		const char *line = data + i;
		const char *nl = memchr(line, '\n', len - i);
		size_t ll = nl ? (size_t)(nl - line) : len - i;
		size_t p = 0;
		long w = 0;
		int neg = 0;
		struct px__hint it;

		i += ll + 1;
		memset(&it, 0, sizeof(it));
		while (p < ll && line[p] == ' ')
			p++;
		if (p >= ll || line[p] == '#')
			continue;
		if (line[p] == '-' || line[p] == '+') {
			neg = line[p] == '-';
			p++;
		}
		while (p < ll && line[p] >= '0' && line[p] <= '9')
			w = w * 10 + (line[p++] - '0');
		it.weight = (int16_t)(neg ? -w : w);
		while (p < ll && line[p] == ' ')
			p++;
		if (p < ll && line[p] == '<') {
			it.left = 1;
			p++;
		}
		it.pat = line + p;
		while (p < ll && line[p] != ' ' && line[p] != '>')
			p++;
		it.len = (uint8_t)(line + p - it.pat);
		if (p < ll && line[p] == '>') {
			it.right = 1;
			p++;
		}
		while (p < ll) {
			size_t s = 0;
			while (p < ll && line[p] == ' ')
				p++;
			s = p;
			while (p < ll && line[p] != ' ')
				p++;
			if (p > s)
				it.flags |= flag_word(line + s, p - s);
		}
		if (it.len == 0)
			continue;
		st = px_grow((void **)&h->items, &cap, h->n + 1, sizeof(*h->items));
		if (st) {
			px__hints_release(h);
			return st;
		}
		h->items[h->n++] = it;
	}
	/*
	 * Counting sort by leading letter pair: bucket[k] is the first item
	 * with key k, bucket[27*27] the count (a per-page cost, so no qsort).
	 */
	{
		uint16_t count[27 * 27 + 1];
		struct px__hint *sorted = NULL;
		size_t k = 0, j = 0;
		memset(count, 0, sizeof(count));
		for (j = 0; j < h->n; j++)
			count[pair_index(h->items[j].pat, h->items[j].len)]++;
		h->bucket[0] = 0;
		for (k = 0; k < 27 * 27; k++)
			h->bucket[k + 1] = (uint16_t)(h->bucket[k] + count[k]);
		sorted = px_alloc(h->n * sizeof(*sorted) + 1);
		if (sorted == NULL) {
			px__hints_release(h);
			return PX_ENOMEM;
		}
		memset(count, 0, sizeof(count));
		for (j = 0; j < h->n; j++) {
			int key = pair_index(h->items[j].pat, h->items[j].len);
			sorted[h->bucket[key] + count[key]++] = h->items[j];
		}
		px_free(h->items);
		h->items = sorted;
	}
	return PX_OK;
}

void
px__hints_release(struct px__hints *h)
{
	px_free(h->items);
	memset(h, 0, sizeof(*h));
}

/*
 * Normalise a class/id value: camelCase humps and any non-alphanumeric byte
 * become '-', letters are lowercased, so "articleBody" and "article_body"
 * both read "article-body". Then every position is tried against the
 * patterns sharing its first two letters.
 */
int
px__hints_match(const struct px__hints *h, const char *s, size_t len,
		uint16_t *flags)
{
	char norm[320];
	size_t n = 0, i = 0;
	int total = 0;
	uint16_t seen[12];
	size_t n_seen = 0;

	for (i = 0; i < len && n + 2 < sizeof(norm); i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z') {
			if (i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z' && n > 0 &&
			    norm[n - 1] != '-')
				norm[n++] = '-';
			norm[n++] = (char)(c + 32);
		} else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			norm[n++] = (char)c;
		} else if (n > 0 && norm[n - 1] != '-') {
			norm[n++] = '-';
		}
	}
	for (i = 0; i < n; i++) {
		int key = 0;
		size_t j = 0;
		if (norm[i] == '-')
			continue;
		key = pair_index(norm + i, n - i);
		for (j = h->bucket[key]; j < h->bucket[key + 1]; j++) {
			const struct px__hint *it = &h->items[j];
			size_t k = 0;
			int dup = 0;
			if (it->len > n - i || memcmp(norm + i, it->pat, it->len) != 0)
				continue;
			if (it->left && i > 0 && norm[i - 1] != '-')
				continue;
			if (it->right && i + it->len < n && norm[i + it->len] != '-')
				continue;
			for (k = 0; k < n_seen; k++)
				if (seen[k] == j)
					dup = 1;
			if (dup)
				continue;
			if (n_seen < sizeof(seen) / sizeof(seen[0]))
				seen[n_seen++] = (uint16_t)j;
			total += it->weight;
			*flags |= it->flags;
		}
	}
	return total;
}

/* px_buf_append with the common case inline (many small pieces here). */
static inline void
put(struct px_buf *b, const char *p, size_t n)
{
	if (b->failed == PX_OK && b->len + n + 1 <= b->cap) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
		b->data[b->len] = '\0';
	} else {
		px_buf_append(b, p, n);
	}
}

static inline void
put_c(struct px_buf *b, char c)
{
	put(b, &c, 1);
}

/* ------------------------------------------------------------- pre-pass */

static int
name_is(const char *p, const char *end, const char *name)
{
	size_t n = strlen(name);

	if (p >= end || (*p | 0x20) != name[0])
		return 0;
	if ((size_t)(end - p) < n + 1 || strncasecmp(p, name, n) != 0)
		return 0;
	p += n;
	return *p == '>' || *p == '/' || *p == ' ' || *p == '\t' ||
	       *p == '\n' || *p == '\r' || *p == '\f';
}

/* End of a start tag beginning at p ('<'): just past its '>', or NULL. */
static const char *
tag_end(const char *p, const char *end)
{
	char q = 0;

	for (p++; p < end; p++) {
		if (q) {
			if (*p == q)
				q = 0;
		} else if (*p == '"' || *p == '\'') {
			/* Only a quote right after '=' opens a value. */
			const char *b = p - 1;
			while (*b == ' ' || *b == '\t' || *b == '\n')
				b--;
			if (*b == '=')
				q = *p;
		} else if (*p == '>') {
			return p + 1;
		}
	}
	return NULL;
}

/* Just past "</name ... >" from p on, or NULL. */
static const char *
close_end(const char *p, const char *end, const char *name)
{
	while (p < end) {
		const char *lt = memchr(p, '<', (size_t)(end - p));
		if (lt == NULL || lt + 1 >= end)
			return NULL;
		if (lt[1] == '/' && name_is(lt + 2, end, name)) {
			const char *gt = memchr(lt, '>', (size_t)(end - lt));
			return gt ? gt + 1 : end;
		}
		p = lt + 1;
	}
	return NULL;
}

static int
contains_ci(const char *p, size_t n, const char *needle)
{
	size_t k = strlen(needle), i = 0;

	for (i = 0; i + k <= n; i++)
		if (strncasecmp(p + i, needle, k) == 0)
			return 1;
	return 0;
}


/* Attributes the extractor reads; the others are cut before parsing. */
static int
attr_wanted(const char *a, size_t n)
{
	static const char *const keep[] = {
		"class", "id", "role", "itemprop", "hidden", "aria-hidden",
		"style", "type", "property", "name", "content", "http-equiv",
		"charset", "rel", "href", "lang", "datetime", "pubdate", NULL};
	static const unsigned char lens[] = {5, 2, 4, 8, 6, 11, 5, 4, 8, 4, 7,
					     10, 7, 3, 4, 4, 8, 7};
	size_t i = 0;

	if (n < 2 || n > 11)
		return 0;
	for (i = 0; keep[i]; i++)
		if (lens[i] == n && (a[0] | 0x20) == keep[i][0] &&
		    strncasecmp(a, keep[i], n) == 0)
			return 1;
	return 0;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/*
 * Copy a start tag at p ('<' then a letter) keeping only the wanted
 * attributes, and return the position after it; NULL when the tag does not
 * end (the caller copies the rest as it is). Attribute syntax follows the
 * HTML tokenizer: names end at space, '/', '>' or '='; values are quoted or
 * run to space or '>'. Long style values are dropped (only short ones can
 * say display:none; long ones are inline images).
 */
static const char *
copy_start_tag(const char *p, const char *end, struct px_buf *out)
{
	const char *q = p + 1;
	const char *name_end = NULL;

	while (q < end && !is_space(*q) && *q != '>' && *q != '/')
		q++;
	name_end = q;
	if (q >= end)
		return NULL;
	put(out, p, (size_t)(name_end - p));
	while (q < end) {
		const char *an = NULL, *ae = NULL, *vs = NULL, *ve = NULL;
		while (q < end && (is_space(*q) || *q == '/'))
			q++;
		if (q >= end)
			return NULL;
		if (*q == '>') {
			if (q[-1] == '/')
				put_c(out, '/');
			put_c(out, '>');
			return q + 1;
		}
		an = q;
		q++; /* the first character may be '=' (a broken name) */
		while (q < end && !is_space(*q) && *q != '>' && *q != '/' && *q != '=')
			q++;
		ae = q;
		while (q < end && is_space(*q))
			q++;
		if (q < end && *q == '=') {
			q++;
			while (q < end && is_space(*q))
				q++;
			if (q < end && (*q == '"' || *q == '\'')) {
				const char *cq = memchr(q + 1, *q, (size_t)(end - q - 1));
				if (cq == NULL)
					return NULL;
				vs = q;
				ve = cq + 1;
				q = ve;
			} else {
				vs = q;
				while (q < end && !is_space(*q) && *q != '>')
					q++;
				ve = q;
			}
		}
		if (attr_wanted(an, (size_t)(ae - an)) &&
		    !((ae - an) == 5 && vs != NULL && ve - vs > 120 &&
		      strncasecmp(an, "style", 5) == 0)) {
			put_c(out, ' ');
			put(out, an, (size_t)(ae - an));
			if (vs != NULL) {
				put_c(out, '=');
				put(out, vs, (size_t)(ve - vs));
			}
		}
	}
	return NULL;
}

/*
 * Whether the element from p to its close at ce can be cut before parsing:
 * page furniture that the extractor drops anyway, unless it holds another
 * element of its kind (nesting or a missing close tag would make the cut
 * span more than the element) or anything that looks like the article.
 */
static int
furniture_cuttable(const char *te, const char *ce, const char *name)
{
	const char *q = te;

	while (q < ce) {
		const char *lt = memchr(q, '<', (size_t)(ce - q));
		if (lt == NULL)
			break;
		if (name_is(lt + 1, ce, name) || name_is(lt + 1, ce, "article") ||
		    name_is(lt + 1, ce, "main") || name_is(lt + 1, ce, "h1") ||
		    name_is(lt + 1, ce, "time"))
			return 0;
		q = lt + 1;
	}
	return 1;
}

/*
 * Copy text between tags with white-space runs folded to one byte (a
 * newline when the run holds one): indentation is a seventh of a page's
 * markup, and the extractor folds white space anyway. Inside <pre> and
 * <textarea> the text is copied as it is.
 */
static void
put_text_folded(struct px_buf *out, const char *p, const char *e, int keep)
{
	const char *run = p;

	if (keep) {
		put(out, p, (size_t)(e - p));
		return;
	}
	while (p < e) {
		if (is_space(*p) && p + 1 < e && is_space(p[1])) {
			const char *w = p;
			int nl = 0;
			put(out, run, (size_t)(p - run));
			while (w < e && is_space(*w)) {
				nl |= *w == '\n';
				w++;
			}
			put_c(out, nl ? '\n' : ' ');
			p = run = w;
			continue;
		}
		p++;
	}
	put(out, run, (size_t)(e - run));
}

px_status
px__html_strip(const char *in, size_t len, struct px_buf *out)
{
	int pre = 0;

	const char *p = in, *end = in + len;

	px_buf_reserve(out, len / 2 + len / 4 + 64);
	while (p < end) {
		const char *lt = memchr(p, '<', (size_t)(end - p));
		const char *te = NULL, *ce = NULL;
		if (lt == NULL) {
			put_text_folded(out, p, end, pre);
			break;
		}
		put_text_folded(out, p, lt, pre);
		p = lt;
		if (end - lt >= 4 && memcmp(lt + 1, "!--", 3) == 0) {
			/* A comment; an unclosed one runs to the end, as in browsers. */
			const char *q = lt + 4;
			const char *c = NULL;
			while (q < end) {
				c = memchr(q, '-', (size_t)(end - q));
				if (c == NULL || end - c < 3)
					break;
				if (c[1] == '-' && c[2] == '>')
					break;
				q = c + 1;
				c = NULL;
			}
			p = (c != NULL && end - c >= 3) ? c + 3 : end;
			continue;
		}
		if (name_is(lt + 1, end, "script") || name_is(lt + 1, end, "style")) {
			int script = (lt[2] | 0x20) == 'c';
			te = tag_end(lt, end);
			if (te == NULL) {
				p = end;
				continue;
			}
			ce = close_end(te, end, script ? "script" : "style");
			if (script && contains_ci(lt, (size_t)(te - lt), "ld+json")) {
				const char *stop = ce ? ce : end;
				put(out, lt, (size_t)(stop - lt));
			}
			p = ce ? ce : end;
			continue;
		}
		if (lt + 1 < end && ((lt[1] | 0x20) == 'n' || (lt[1] | 0x20) == 'f' ||
				     (lt[1] | 0x20) == 's' || (lt[1] | 0x20) == 't' ||
				     (lt[1] | 0x20) == 'h' || (lt[1] | 0x20) == 'a')) {
			static const char *const furniture[] = {
				"nav", "footer", "select", "template", "header", "aside", NULL};
			size_t k = 0;
			const char *cut = NULL;
			for (k = 0; furniture[k] && cut == NULL; k++) {
				if (!name_is(lt + 1, end, furniture[k]))
					continue;
				te = tag_end(lt, end);
				ce = te ? close_end(te, end, furniture[k]) : NULL;
				if (ce != NULL && furniture_cuttable(te, ce, furniture[k]))
					cut = ce;
			}
			if (cut != NULL) {
				put_c(out, ' ');
				p = cut;
				continue;
			}
		}
		if (name_is(lt + 1, end, "svg")) {
			te = tag_end(lt, end);
			if (te == NULL) {
				p = end;
				continue;
			}
			ce = te[-2] == '/' ? NULL : close_end(te, end, "svg");
			p = ce ? ce : te;
			continue;
		}
		if (lt + 2 < end && lt[1] == '/' &&
		    (name_is(lt + 2, end, "pre") || name_is(lt + 2, end, "textarea")))
			pre = 0;
		if (lt + 1 < end && ((lt[1] | 0x20) >= 'a' && (lt[1] | 0x20) <= 'z')) {
			const char *after = NULL;
			if (name_is(lt + 1, end, "pre") || name_is(lt + 1, end, "textarea"))
				pre = 1;
			after = copy_start_tag(lt, end, out);
			if (after == NULL) {
				/* An unfinished tag: leave the rest to the parser. */
				put(out, lt, (size_t)(end - lt));
				break;
			}
			p = after;
			continue;
		}
		put_c(out, '<');
		p = lt + 1;
	}
	return out->failed;
}

/* ------------------------------------------------------------------ SAX */

static uint32_t
node_add(struct px__hdom *d, enum px__htag tag)
{
	struct px__hnode *n = NULL;
	uint32_t id = 0;

	if (d->failed)
		return 0;
	if (d->n >= PX__HTML_MAX_NODES)
		return 0;
	if (d->n == d->cap &&
	    px_grow((void **)&d->nodes, &d->cap, d->n + 1, sizeof(*d->nodes))) {
		d->failed = PX_ENOMEM;
		return 0;
	}
	id = (uint32_t)d->n++;
	n = &d->nodes[id];
	memset(n, 0, sizeof(*n));
	n->tag = (uint16_t)tag;
	n->parent = d->cur;
	n->depth = (uint16_t)d->depth;
	if (d->nodes[d->cur].last)
		d->nodes[d->nodes[d->cur].last].next = id;
	else
		d->nodes[d->cur].first = id;
	d->nodes[d->cur].last = id;
	return id;
}

static void
meta_add(struct px__hdom *d, enum px__hkey key, uint32_t node, const char *val,
	 size_t len)
{
	struct px__hmeta *m = NULL;

	if (d->failed || val == NULL)
		return;
	while (len > 0 && (*val == ' ' || *val == '\n' || *val == '\t')) {
		val++;
		len--;
	}
	while (len > 0 && (val[len - 1] == ' ' || val[len - 1] == '\n' ||
			   val[len - 1] == '\t'))
		len--;
	if (len == 0 || d->n_meta >= 4096)
		return;
	if (px_grow((void **)&d->meta, &d->cap_meta, d->n_meta + 1,
		    sizeof(*d->meta))) {
		d->failed = PX_ENOMEM;
		return;
	}
	m = &d->meta[d->n_meta];
	m->key = (uint16_t)key;
	m->node = node;
	m->val = px_arena_strndup(&d->arena, val, len);
	if (m->val == NULL) {
		d->failed = PX_ENOMEM;
		return;
	}
	d->n_meta++;
}

static int
ieq(const char *a, const char *b)
{
	return a != NULL && strcasecmp(a, b) == 0;
}

/* Meta property/name values that carry a first-publication date. */
static int
meta_date_key(const char *k)
{
	static const char *const strong[] = {
		"article:published_time", "og:published_time",
		"article:published", "datepublished", "date_published",
		"published_time", "publish_date", "publish-date", "publishdate",
		"pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
		"dcterms.issued", "dcterms.created", "dc.date.created",
		"article.published", "published-date", "cxenseparse:recs:publishtime",
		"originalpublicationdate", "article_date_original",
		"og:article:published_time", "citation_publication_date",
		"citation_date", "rnews:datepublished", "datecreated",
		"publication_date", "release_date", "dc.date.published",
		"article.created", "dc.created", NULL};
	static const char *const weak[] = {
		"date", "dc.date", "dcterms.date", "created", "creation_date",
		"timestamp", "og:updated_time", NULL};
	static const char *const mod[] = {
		"article:modified_time", "og:modified_time", "datemodified",
		"last-modified", "dcterms.modified", "dc.date.modified",
		"lastmod", "revised", NULL};
	size_t i = 0;

	for (i = 0; strong[i]; i++)
		if (strcasecmp(k, strong[i]) == 0)
			return PX__K_DATE_META;
	for (i = 0; weak[i]; i++)
		if (strcasecmp(k, weak[i]) == 0)
			return PX__K_DATE_META_WEAK;
	for (i = 0; mod[i]; i++)
		if (strcasecmp(k, mod[i]) == 0)
			return PX__K_DATE_MOD;
	return 0;
}

static void
on_meta(struct px__hdom *d, const char *property, const char *name,
	const char *itemprop, const char *content)
{
	const char *keys[3] = {property, name, itemprop};
	size_t i = 0, clen = 0;

	if (content == NULL)
		return;
	clen = strlen(content);
	for (i = 0; i < 3; i++) {
		const char *k = keys[i];
		int dk = 0;
		if (k == NULL)
			continue;
		if (ieq(k, "og:title") || ieq(k, "twitter:title"))
			meta_add(d, PX__K_OG_TITLE, 0, content, clen);
		else if (ieq(k, "og:site_name") || ieq(k, "application-name") ||
			 ieq(k, "twitter:site:name"))
			meta_add(d, PX__K_SITE_NAME, 0, content, clen);
		else if (ieq(k, "og:url"))
			meta_add(d, PX__K_URL, 0, content, clen);
		else if (ieq(k, "author") || ieq(k, "article:author") ||
			 ieq(k, "byl") || ieq(k, "dc.creator") ||
			 ieq(k, "sailthru.author") || ieq(k, "parsely-author"))
			meta_add(d, PX__K_AUTHOR, 0, content, clen);
		else if (ieq(k, "description") || ieq(k, "og:description"))
			meta_add(d, PX__K_DESCRIPTION, 0, content, clen);
		else if ((dk = meta_date_key(k)) != 0)
			meta_add(d, (enum px__hkey)dk, 0, content, clen);
	}
}

static int
style_hidden(const char *s)
{
	char buf[128];
	size_t n = 0;

	for (; *s && n + 1 < sizeof(buf); s++)
		if (*s != ' ' && *s != '\t')
			buf[n++] = (char)(*s | 0x20);
	buf[n] = '\0';
	return strstr(buf, "display:none") != NULL ||
	       strstr(buf, "visibility:hidden") != NULL;
}

static void
sax_start(void *ud, const xmlChar *xname, const xmlChar **atts)
{
	struct px__hdom *d = ud;
	const char *name = (const char *)xname;
	const char *cls = NULL, *id = NULL, *role = NULL, *itemprop = NULL;
	const char *property = NULL, *mname = NULL, *content = NULL;
	const char *rel = NULL, *href = NULL, *lang = NULL, *datetime = NULL;
	const char *type = NULL, *style = NULL;
	int hidden = 0, pubdate = 0;
	enum px__htag tag = px__htag_lookup(name);
	uint32_t id_node = 0;
	struct px__hnode *n = NULL;
	size_t i = 0;

	d->depth++;
	if (d->over > 0 || d->depth > PX__HTML_MAX_DEPTH || d->failed) {
		d->over++;
		return;
	}
	for (i = 0; atts != NULL && atts[i] != NULL; i += 2) {
		const char *k = (const char *)atts[i];
		const char *v = (const char *)atts[i + 1];
		switch (k[0]) {
		case 'a':
			if (strcmp(k, "aria-hidden") == 0 && ieq(v, "true"))
				hidden = 1;
			break;
		case 'c':
			if (strcmp(k, "class") == 0)
				cls = v;
			else if (strcmp(k, "content") == 0)
				content = v;
			break;
		case 'd':
			if (strcmp(k, "datetime") == 0)
				datetime = v;
			break;
		case 'h':
			if (strcmp(k, "hidden") == 0)
				hidden = 1;
			else if (strcmp(k, "href") == 0)
				href = v;
			break;
		case 'i':
			if (strcmp(k, "id") == 0)
				id = v;
			else if (strcmp(k, "itemprop") == 0)
				itemprop = v;
			break;
		case 'l':
			if (strcmp(k, "lang") == 0)
				lang = v;
			break;
		case 'n':
			if (strcmp(k, "name") == 0)
				mname = v;
			break;
		case 'p':
			if (strcmp(k, "property") == 0)
				property = v;
			else if (strcmp(k, "pubdate") == 0)
				pubdate = 1;
			break;
		case 'r':
			if (strcmp(k, "role") == 0)
				role = v;
			else if (strcmp(k, "rel") == 0)
				rel = v;
			break;
		case 's':
			if (strcmp(k, "style") == 0)
				style = v;
			break;
		case 't':
			if (strcmp(k, "type") == 0)
				type = v;
			break;
		default:
			break;
		}
	}
	id_node = node_add(d, tag);
	if (id_node == 0) {
		/* Out of node budget: ignored like a too deep element. */
		d->over++;
		return;
	}
	n = &d->nodes[id_node];
	d->cur = id_node;
	if (cls != NULL || id != NULL) {
		/* Pages repeat class names; a small cache saves the matching. */
		size_t cl = cls ? strlen(cls) : 0, il = id ? strlen(id) : 0;
		uint64_t h = px_hash64(cls ? cls : "", cl, 1) ^
			     (px_hash64(id ? id : "", il, 2) * 31);
		struct px__hcache *ce = &d->hcache[h % PX__HCACHE];
		if (ce->key != h) {
			uint16_t fl = 0;
			int w = 0;
			if (cls != NULL)
				w += px__hints_match(d->hints, cls, cl, &fl);
			if (id != NULL)
				w += px__hints_match(d->hints, id, il, &fl);
			if (w > 100)
				w = 100;
			if (w < -100)
				w = -100;
			ce->key = h;
			ce->weight = (int16_t)w;
			ce->flags = fl;
		}
		n->hint = ce->weight;
		n->flags |= ce->flags;
		if (cls != NULL)
			n->sig = (uint32_t)(px_hash64(cls, cl, tag) >> 7);
	}
	/* sig stays 0 without a class: such elements are not alike. */
	if (hidden || (style != NULL && style_hidden(style)))
		n->flags |= PX__HF_HIDDEN;
	if (role != NULL) {
		if (ieq(role, "navigation") || ieq(role, "banner") ||
		    ieq(role, "contentinfo") || ieq(role, "complementary") ||
		    ieq(role, "menu") || ieq(role, "menubar") ||
		    ieq(role, "search") || ieq(role, "dialog") ||
		    ieq(role, "alert") || ieq(role, "alertdialog") ||
		    ieq(role, "toolbar") || ieq(role, "tablist"))
			n->flags |= PX__HF_BOILER;
		else if (ieq(role, "main"))
			n->flags |= PX__HF_ROLEMAIN;
	}
	if (itemprop != NULL) {
		if (contains_ci(itemprop, strlen(itemprop), "articlebody"))
			n->flags |= PX__HF_BODYPROP;
		else if (contains_ci(itemprop, strlen(itemprop), "datepublished")) {
			n->flags |= PX__HF_PUBDATE;
			if (content != NULL)
				meta_add(d, PX__K_DATE_PROP, id_node, content, strlen(content));
			else if (datetime != NULL)
				meta_add(d, PX__K_DATE_PROP, id_node, datetime, strlen(datetime));
		} else if (contains_ci(itemprop, strlen(itemprop), "datecreated")) {
			if (content != NULL)
				meta_add(d, PX__K_DATE_META_WEAK, id_node, content, strlen(content));
		} else if (contains_ci(itemprop, strlen(itemprop), "datemodified")) {
			if (content != NULL)
				meta_add(d, PX__K_DATE_MOD, id_node, content, strlen(content));
		} else if (ieq(itemprop, "author") || ieq(itemprop, "creator")) {
			n->flags |= PX__HF_AUTHOR;
		}
	}
	switch (tag) {
	case PX__T_META:
		on_meta(d, property, mname, tag == PX__T_META ? itemprop : NULL,
			content);
		break;
	case PX__T_LINK:
		if (rel != NULL && href != NULL && ieq(rel, "canonical"))
			meta_add(d, PX__K_URL, 0, href, strlen(href));
		break;
	case PX__T_A:
		if (rel != NULL && strstr(rel, "author") != NULL)
			n->flags |= PX__HF_AUTHOR;
		break;
	case PX__T_HTML:
		if (lang != NULL)
			meta_add(d, PX__K_LANG, 0, lang, strlen(lang));
		break;
	case PX__T_TIME:
		if (pubdate)
			n->flags |= PX__HF_PUBDATE;
		if (datetime != NULL)
			meta_add(d, PX__K_DATE_TIME, id_node, datetime, strlen(datetime));
		break;
	case PX__T_TITLE:
		if (d->title_node == 0 && d->depth <= 4) {
			d->title_node = id_node;
			px_buf_reset(&d->scratch);
		}
		break;
	case PX__T_SCRIPT:
		if (type != NULL && contains_ci(type, strlen(type), "ld+json")) {
			d->jsonld_open = id_node;
			px_buf_reset(&d->scratch);
		}
		break;
	default:
		break;
	}
}

static void
sax_end(void *ud, const xmlChar *name)
{
	struct px__hdom *d = ud;

	(void)name;
	if (d->depth == 0)
		return;
	d->depth--;
	if (d->over > 0) {
		d->over--;
		return;
	}
	if (d->cur == 0)
		return;
	if (d->cur == d->title_node && d->scratch.len > 0) {
		meta_add(d, PX__K_TITLE, 0, d->scratch.data, d->scratch.len);
		px_buf_reset(&d->scratch);
	} else if (d->cur == d->jsonld_open) {
		meta_add(d, PX__K_JSONLD, d->cur, d->scratch.data, d->scratch.len);
		px_buf_reset(&d->scratch);
		d->jsonld_open = 0;
	}
	d->cur = d->nodes[d->cur].parent;
}

static void
sax_text(void *ud, const xmlChar *ch, int len)
{
	struct px__hdom *d = ud;
	struct px__hnode *cur = NULL;
	uint32_t last = 0;

	if (d->failed || len <= 0)
		return;
	cur = &d->nodes[d->cur];
	switch (cur->tag) {
	case PX__T_TITLE:
		if (d->cur == d->title_node && d->scratch.len < 4096)
			px_buf_append(&d->scratch, ch, (size_t)len);
		return;
	case PX__T_SCRIPT:
		if (d->cur == d->jsonld_open && d->scratch.len < ((size_t)4 << 20))
			px_buf_append(&d->scratch, ch, (size_t)len);
		return;
	case PX__T_STYLE: case PX__T_TEXTAREA: case PX__T_SELECT:
	case PX__T_OPTION: case PX__T_TEMPLATE: case PX__T_HEAD:
	case PX__T_NONE: case PX__T_HTML:
		return;
	default:
		break;
	}
	last = cur->last;
	if (last && d->nodes[last].tag == PX__T_TEXT &&
	    d->nodes[last].off + d->nodes[last].len == d->pool.len) {
		put(&d->pool, (const char *)ch, (size_t)len);
		if (d->pool.failed == PX_OK)
			d->nodes[last].len += (uint32_t)len;
		return;
	}
	{
		uint32_t t = 0;
		d->depth++;
		t = node_add(d, PX__T_TEXT);
		d->depth--;
		if (t == 0)
			return;
		d->nodes[t].off = (uint32_t)d->pool.len;
		put(&d->pool, (const char *)ch, (size_t)len);
		if (d->pool.failed == PX_OK)
			d->nodes[t].len = (uint32_t)len;
	}
}

px_status
px__hdom_parse(struct px__hdom *d, const char *utf8, size_t len,
	       const struct px__hints *hints)
{
	htmlSAXHandler sax;
	htmlParserCtxtPtr ctxt = NULL;
	px_status st = PX_OK;

	/*
	 * libxml2 initialises itself on first use; doing it here makes the
	 * first call from a single thread do it (cheap afterwards). Callers
	 * that start threads first should extract one page before, or call
	 * xmlInitParser() themselves (docs/internals/html.md).
	 */
	xmlInitParser();
	d->hints = hints;
	px_buf_init(&d->pool, (size_t)1 << 30);
	px_buf_init(&d->scratch, 0);
	px_arena_init(&d->arena, 16384, (size_t)64 << 20);
	d->cur = 0;
	/* Node 0, the root: node_add links it to itself, which is undone. */
	node_add(d, PX__T_NONE);
	if (d->n == 0)
		return PX_ENOMEM;
	d->nodes[0].first = d->nodes[0].last = 0;
	memset(&sax, 0, sizeof(sax));
	sax.startElement = sax_start;
	sax.endElement = sax_end;
	sax.characters = sax_text;
	sax.ignorableWhitespace = sax_text;
	sax.cdataBlock = sax_text;
	ctxt = htmlCreatePushParserCtxt(&sax, d, NULL, 0, NULL,
					XML_CHAR_ENCODING_UTF8);
	if (ctxt == NULL)
		return PX_ENOMEM;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
					 HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
					 HTML_PARSE_IGNORE_ENC);
	htmlParseChunk(ctxt, utf8, (int)len, 1);
	htmlFreeParserCtxt(ctxt);
	st = d->failed ? d->failed : d->pool.failed;
	return st;
}

void
px__hdom_release(struct px__hdom *d)
{
	px_free(d->nodes);
	px_free(d->meta);
	px_buf_release(&d->pool);
	px_buf_release(&d->scratch);
	px_arena_release(&d->arena);
	memset(d, 0, sizeof(*d));
}

/* Append one text node's bytes with white space (and no-break space) folded. */
static void
put_folded(struct px_buf *out, size_t start, const char *s, size_t len)
{
	size_t k = 0;

	for (k = 0; k < len; k++) {
		unsigned char ch = (unsigned char)s[k];
		if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' ||
		    (ch == 0xC2 && k + 1 < len && (unsigned char)s[k + 1] == 0xA0)) {
			if (ch == 0xC2)
				k++;
			if (out->len > start && out->data[out->len - 1] != ' ')
				px_buf_putc(out, ' ');
		} else {
			px_buf_putc(out, (char)ch);
		}
	}
}

/* Text of a subtree with white space folded, capped at max bytes. */
px_status
px__hdom_text(const struct px__hdom *d, uint32_t node, struct px_buf *out,
	      size_t max)
{
	size_t start = out->len;
	uint32_t c = d->nodes[node].first;

	if (d->nodes[node].tag == PX__T_TEXT) {
		put_folded(out, start, d->pool.data + d->nodes[node].off,
			   d->nodes[node].len);
		c = 0;
	}
	while (c != 0 && out->len - start < max) {
		const struct px__hnode *x = &d->nodes[c];
		if (x->tag == PX__T_TEXT)
			put_folded(out, start, d->pool.data + x->off, x->len);
		if (x->first != 0) {
			c = x->first;
			continue;
		}
		while (c != node && d->nodes[c].next == 0)
			c = d->nodes[c].parent;
		if (c == node)
			break;
		c = d->nodes[c].next;
	}
	while (out->len > start && out->data[out->len - 1] == ' ')
		px_buf_truncate(out, out->len - 1);
	return out->failed;
}
