/*
 * Main-text extraction over the compact DOM (html_internal.h).
 *
 * A cascade, in the spirit of trafilatura, with readability's scoring as the
 * general case:
 *   1. Drop by tag (nav, aside, footer, header, forms, embeds, captions),
 *      by hidden attributes, and by class/id hints (data/html_hints.txt),
 *      except on elements that hold an article-body marker below them.
 *   2. Bottom-up statistics per node (text, link text, commas, paragraphs)
 *      in one reverse scan of the node array, and readability-style content
 *      scores: every paragraph-like block gives 1 + commas + length/100 to
 *      its parent, half to its grandparent, less further up.
 *   3. The container: itemprop=articleBody, else a class/id naming an
 *      article body, else the largest <article>, else <main>, else the best
 *      scored node. A marked container much smaller than the best scored
 *      one loses to it. Siblings that look like more of the same join.
 *   4. Render the container's blocks in order, skipping link-dense blocks
 *      (menus, related lists), headings left without text, and the title.
 * Everything is iterative (explicit walks over parent/next links), so deep
 * nesting costs no stack.
 */
#include <string.h>
#ifdef PX_HTML_DEBUG
#include <stdio.h>
#include <stdlib.h>
#endif

#include "html_internal.h"

/* Per-node state while extracting. */
enum {
	ST_DROP = 1 << 0,     /* dropped itself */
	ST_IN_DROP = 1 << 1,  /* it or an ancestor dropped */
	ST_BODYDESC = 1 << 2, /* has a body marker at or below it */
	ST_BLOCKKID = 1 << 3, /* has a block-level child */
	ST_SCORED = 1 << 4,   /* got an initial score */
	ST_KEEP = 1 << 5,     /* inside the chosen container(s) */
	ST_ARTDESC = 1 << 6   /* has an <article> strictly below it */
};

struct mctx {
	struct px__hdom *d;
	uint8_t *st;
	int relaxed; /* second try: no hint or hidden drops */
	int counted; /* own_chars of text nodes are set */
	const char *title;
	struct px_clean_result *removed;
};

static int
is_heading(int t)
{
	return t >= PX__T_H1 && t <= PX__T_H6;
}

static int
is_block(int t)
{
	switch (t) {
	case PX__T_ADDRESS: case PX__T_ARTICLE: case PX__T_ASIDE:
	case PX__T_BLOCKQUOTE: case PX__T_BODY: case PX__T_CAPTION:
	case PX__T_CENTER: case PX__T_DD: case PX__T_DETAILS: case PX__T_DIV:
	case PX__T_DL: case PX__T_DT: case PX__T_FIELDSET:
	case PX__T_FIGCAPTION: case PX__T_FIGURE: case PX__T_FOOTER:
	case PX__T_FORM: case PX__T_H1: case PX__T_H2: case PX__T_H3:
	case PX__T_H4: case PX__T_H5: case PX__T_H6: case PX__T_HEADER:
	case PX__T_HR: case PX__T_HTML: case PX__T_LI: case PX__T_MAIN:
	case PX__T_MENU: case PX__T_NAV: case PX__T_OL: case PX__T_P:
	case PX__T_PRE: case PX__T_SECTION: case PX__T_SUMMARY:
	case PX__T_TABLE: case PX__T_TBODY: case PX__T_TD: case PX__T_TH:
	case PX__T_THEAD: case PX__T_TR: case PX__T_UL: case PX__T_DIALOG:
	case PX__T_LEGEND:
		return 1;
	default:
		return 0;
	}
}

static int
tag_drops(int t)
{
	switch (t) {
	case PX__T_SCRIPT: case PX__T_STYLE: case PX__T_NOSCRIPT:
	case PX__T_TEMPLATE: case PX__T_SVG: case PX__T_CANVAS:
	case PX__T_IFRAME: case PX__T_OBJECT: case PX__T_EMBED:
	case PX__T_VIDEO: case PX__T_AUDIO: case PX__T_SELECT:
	case PX__T_OPTION: case PX__T_TEXTAREA: case PX__T_INPUT:
	case PX__T_BUTTON: case PX__T_NAV: case PX__T_MENU:
	case PX__T_ASIDE: case PX__T_FOOTER: case PX__T_HEADER:
	case PX__T_FIGCAPTION: case PX__T_DIALOG: case PX__T_HEAD:
	case PX__T_TITLE: case PX__T_MAP: case PX__T_LEGEND:
	case PX__T_LABEL:
		return 1;
	default:
		return 0;
	}
}

/* Removal kind of a dropped element, or NULL when not worth recording. */
static const char *
drop_kind(const struct px__hnode *n)
{
	if (n->flags & PX__HF_CAPTION || n->tag == PX__T_FIGCAPTION)
		return "caption";
	if (n->flags & PX__HF_SHARE)
		return "share";
	if (n->flags & PX__HF_RELATED)
		return "related";
	if (n->flags & PX__HF_COMMENT)
		return "comments";
	if (n->flags & PX__HF_AD)
		return "advertisement";
	if (n->flags & (PX__HF_AUTHOR | PX__HF_DATEHINT))
		return "metadata";
	if (n->tag == PX__T_NAV || n->tag == PX__T_MENU)
		return "navigation";
	return "boilerplate";
}

static uint32_t count_chars(const char *s, uint32_t len, uint32_t *commas);

/*
 * Raw paragraph counts (no drops yet): n->paras is the number of <p> with
 * at least 80 characters in the subtree. A page furniture element holding
 * most of the page's paragraphs is a wrapper, often from misnested markup
 * (libxml2 ignores a </button> that would close an open <div>, for one).
 */
static void
raw_counts(struct mctx *m)
{
	struct px__hdom *d = m->d;
	size_t i = 0;

	for (i = 0; i < d->n; i++)
		d->nodes[i].chars = d->nodes[i].paras = d->nodes[i].link_chars = 0;
	for (i = d->n; i-- > 1;) {
		struct px__hnode *n = &d->nodes[i];
		struct px__hnode *p = &d->nodes[n->parent];
		if (n->tag == PX__T_TEXT) {
			if (!m->counted) {
				uint32_t commas = 0;
				n->own_chars = count_chars(d->pool.data + n->off, n->len, &commas);
				n->own_commas = commas;
			}
			n->chars = n->own_chars;
		} else if (n->tag == PX__T_P && n->chars >= 80) {
			n->paras++;
		} else if (n->tag == PX__T_A) {
			n->link_chars = n->chars;
		}
		p->chars += n->chars;
		p->paras += n->paras;
		p->link_chars += n->link_chars;
	}
	m->counted = 1;
}

/*
 * Whether a furniture element holds most of the page's paragraphs or text
 * (outside links), which makes it the article's wrapper, not furniture.
 */
static int
is_wrapper(const struct px__hdom *d, const struct px__hnode *n)
{
	const struct px__hnode *root = &d->nodes[0];
	uint32_t g = n->chars - n->link_chars;
	uint32_t gr = root->chars - root->link_chars;

	return (n->paras >= 3 && n->paras * 2 >= root->paras) ||
	       (g >= 500 && g * 2 >= gr);
}

/* Step 1: which elements are dropped, given the body markers below them. */
static void
mark_drops(struct mctx *m)
{
	struct px__hdom *d = m->d;
	size_t i = 0;

	raw_counts(m);
	for (i = 0; i < d->n; i++)
		m->st[i] = 0;
	/* Body markers propagate to every ancestor (reverse scan). */
	for (i = d->n; i-- > 1;) {
		const struct px__hnode *n = &d->nodes[i];
		if ((n->flags & (PX__HF_BODYPROP | PX__HF_BODYHINT)) ||
		    n->tag == PX__T_ARTICLE || n->tag == PX__T_MAIN ||
		    (n->flags & PX__HF_ROLEMAIN))
			m->st[i] |= ST_BODYDESC;
		if (m->st[i] & ST_BODYDESC)
			m->st[n->parent] |= ST_BODYDESC;
		if (n->tag == PX__T_ARTICLE || (m->st[i] & ST_ARTDESC))
			m->st[n->parent] |= ST_ARTDESC;
	}
	for (i = 1; i < d->n; i++) {
		const struct px__hnode *n = &d->nodes[i];
		int drop = 0;
		int marked = (m->st[i] & ST_BODYDESC) != 0 || is_wrapper(d, n);
		if (m->st[n->parent] & ST_IN_DROP) {
			m->st[i] |= ST_IN_DROP;
			continue;
		}
		if (n->tag == PX__T_TEXT)
			continue;
		if (tag_drops(n->tag)) {
			/* Page furniture tags that wrap the article are kept. */
			drop = !marked || n->tag == PX__T_SCRIPT ||
			       n->tag == PX__T_STYLE || n->tag == PX__T_HEAD ||
			       n->tag == PX__T_TITLE || n->tag == PX__T_TEMPLATE ||
			       n->tag == PX__T_OPTION || n->tag == PX__T_TEXTAREA;
		} else if (!m->relaxed && !marked &&
			   (n->flags & PX__HF_HIDDEN)) {
			drop = 1;
		} else if (!m->relaxed && (n->flags & PX__HF_BOILER) &&
			   ((n->flags & (PX__HF_EMBED | PX__HF_AD)) != PX__HF_EMBED) &&
			   (!marked || ((n->flags & PX__HF_COMMENT) && !(m->st[i] & ST_BODYDESC))) &&
			   !(n->flags & (PX__HF_BODYHINT | PX__HF_BODYPROP)) &&
			   n->tag != PX__T_BODY && n->tag != PX__T_HTML) {
			/* Headings keep their place unless named as a widget. */
			drop = !is_heading(n->tag) ||
			       (n->flags & (PX__HF_SHARE | PX__HF_RELATED |
					    PX__HF_COMMENT | PX__HF_AD |
					    PX__HF_CAPTION));
		}
		if (drop)
			m->st[i] |= ST_DROP | ST_IN_DROP;
	}
}

static uint32_t
count_chars(const char *s, uint32_t len, uint32_t *commas)
{
	uint32_t n = 0, k = 0;

	for (k = 0; k < len; k++) {
		unsigned char c = (unsigned char)s[k];
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
			continue;
		if ((c & 0xC0) == 0x80)
			continue;
		if (c == ',')
			(*commas)++;
		n++;
	}
	return n;
}

static int
is_para_like(const struct mctx *m, uint32_t i)
{
	const struct px__hnode *n = &m->d->nodes[i];

	switch (n->tag) {
	case PX__T_P: case PX__T_PRE: case PX__T_TD: case PX__T_BLOCKQUOTE:
	case PX__T_DD: case PX__T_LI:
		return 1;
	case PX__T_DIV: case PX__T_SECTION: case PX__T_ARTICLE:
	case PX__T_OTHER: case PX__T_CENTER:
		/* A div without block children reads as a paragraph. */
		return !(m->st[i] & ST_BLOCKKID);
	default:
		return 0;
	}
}

static float
initial_score(const struct px__hnode *n)
{
	float s = (float)n->hint;

	switch (n->tag) {
	case PX__T_DIV: case PX__T_ARTICLE: case PX__T_MAIN:
		s += 5;
		break;
	case PX__T_PRE: case PX__T_TD: case PX__T_BLOCKQUOTE:
		s += 3;
		break;
	case PX__T_ADDRESS: case PX__T_OL: case PX__T_UL: case PX__T_DL:
	case PX__T_DD: case PX__T_DT: case PX__T_LI: case PX__T_FORM:
		s -= 3;
		break;
	case PX__T_H1: case PX__T_H2: case PX__T_H3: case PX__T_H4:
	case PX__T_H5: case PX__T_H6: case PX__T_TH:
		s -= 5;
		break;
	default:
		break;
	}
	if (n->flags & PX__HF_BODYPROP)
		s += 25;
	return s;
}

/* Step 2: statistics and scores. */
static void
compute_stats(struct mctx *m)
{
	struct px__hdom *d = m->d;
	size_t i = 0;

	for (i = 0; i < d->n; i++) {
		struct px__hnode *n = &d->nodes[i];
		n->chars = n->link_chars = n->commas = n->paras = 0;
		n->score = 0;
	}
	for (i = d->n; i-- > 1;) {
		struct px__hnode *n = &d->nodes[i];
		struct px__hnode *p = &d->nodes[n->parent];
		if (n->tag == PX__T_TEXT) {
			n->chars = n->own_chars;
			n->commas = n->own_commas;
		} else if (n->tag == PX__T_A) {
			n->link_chars = n->chars;
		}
		if (is_block(n->tag))
			m->st[n->parent] |= ST_BLOCKKID;
		if ((n->tag == PX__T_P || (is_para_like(m, (uint32_t)i) &&
					   n->tag != PX__T_LI)) &&
		    n->chars >= 80 && !(m->st[i] & ST_IN_DROP))
			n->paras++;
		if (m->st[i] & ST_IN_DROP)
			continue;
		p->chars += n->chars;
		p->link_chars += n->link_chars;
		p->commas += n->commas;
		p->paras += n->paras;
	}
	/* Content scores, readability style. */
	for (i = 1; i < d->n; i++) {
		struct px__hnode *n = &d->nodes[i];
		float s = 0;
		uint32_t a = 0;
		int level = 0;
		if (m->st[i] & ST_IN_DROP)
			continue;
		if (n->tag == PX__T_TEXT) {
			/* Loose text in a block reads as a paragraph of its own. */
			uint32_t par = n->parent;
			if (n->chars < 25 || par == 0 || !is_block(d->nodes[par].tag) ||
			    is_para_like(m, par))
				continue;
		} else if (!is_para_like(m, (uint32_t)i) || n->chars < 25) {
			continue;
		}
		s = 1.0f + (float)n->commas + (float)(n->chars / 100 > 3 ? 3 : n->chars / 100);
		a = n->parent;
		for (; a != 0 && level < 5; a = d->nodes[a].parent, level++) {
			struct px__hnode *x = &d->nodes[a];
			if (!(m->st[a] & ST_SCORED)) {
				m->st[a] |= ST_SCORED;
				x->score = initial_score(x);
			}
			x->score += level == 0 ? s : level == 1 ? s / 2 : s / (float)(level * 3);
		}
	}
	for (i = 1; i < d->n; i++) {
		struct px__hnode *n = &d->nodes[i];
		if (m->st[i] & ST_SCORED) {
			float ld = n->chars ? (float)n->link_chars / (float)n->chars : 0;
			n->score *= 1.0f - ld;
		}
	}
}

static uint32_t
good(const struct px__hnode *n)
{
	return n->chars - (n->link_chars < n->chars ? n->link_chars : n->chars);
}

static int
is_ancestor(const struct px__hdom *d, uint32_t a, uint32_t n)
{
	while (n != 0 && d->nodes[n].depth > d->nodes[a].depth)
		n = d->nodes[n].parent;
	return n == a;
}

static int pred_article(const struct px__hnode *n);

/*
 * Among marked nodes, the best container: most good text; a marked node
 * inside another that still holds most of its text is preferred, as the
 * outer one tends to add the headline, byline and share bars.
 */
static uint32_t
best_marked(struct mctx *m, int (*pred)(const struct px__hnode *))
{
	struct px__hdom *d = m->d;
	uint32_t best = 0;
	size_t i = 0;

	for (i = 1; i < d->n; i++) {
		const struct px__hnode *n = &d->nodes[i];
		if (n->tag == PX__T_TEXT || (m->st[i] & ST_IN_DROP) || !pred(n))
			continue;
		/* An <article> holding other articles is a list of teasers. */
		if (n->tag == PX__T_ARTICLE && (m->st[i] & ST_ARTDESC) &&
		    pred == pred_article)
			continue;
		if (best == 0 || good(n) > good(&d->nodes[best]))
			best = (uint32_t)i;
		else if (is_ancestor(d, best, (uint32_t)i) &&
			 (double)good(n) >= 0.85 * good(&d->nodes[best]))
			best = (uint32_t)i;
	}
	return best;
}

static int
pred_bodyprop(const struct px__hnode *n)
{
	return (n->flags & PX__HF_BODYPROP) != 0;
}

static int
pred_bodyhint(const struct px__hnode *n)
{
	return (n->flags & PX__HF_BODYHINT) != 0 && n->tag != PX__T_P;
}

static int
pred_article(const struct px__hnode *n)
{
	return n->tag == PX__T_ARTICLE;
}

static int
pred_main(const struct px__hnode *n)
{
	return n->tag == PX__T_MAIN || (n->flags & PX__HF_ROLEMAIN);
}

static uint32_t
best_scored(struct mctx *m)
{
	struct px__hdom *d = m->d;
	uint32_t best = 0;
	size_t i = 0;

	for (i = 1; i < d->n; i++) {
		if (!(m->st[i] & ST_SCORED) || (m->st[i] & ST_IN_DROP))
			continue;
		if (best == 0 || d->nodes[i].score > d->nodes[best].score)
			best = (uint32_t)i;
	}
	return best;
}

/* Mark a subtree (the node and its descendants) as kept. */
static void
keep_subtree(struct mctx *m, uint32_t node)
{
	struct px__hdom *d = m->d;
	uint32_t c = node;

	m->st[node] |= ST_KEEP;
	c = d->nodes[node].first;
	while (c != 0) {
		m->st[c] |= ST_KEEP;
		if (d->nodes[c].first != 0) {
			c = d->nodes[c].first;
			continue;
		}
		while (c != node && d->nodes[c].next == 0)
			c = d->nodes[c].parent;
		if (c == node)
			break;
		c = d->nodes[c].next;
	}
}

/* Step 3: choose the container and the siblings that join it. */
static uint32_t
choose(struct mctx *m, int *marked)
{
	struct px__hdom *d = m->d;
	uint32_t top = best_scored(m), c = 0;
	uint32_t g_top = top ? good(&d->nodes[top]) : 0;

	*marked = 1;
	c = best_marked(m, pred_bodyprop);
	if (c == 0 || good(&d->nodes[c]) < 200)
		c = best_marked(m, pred_bodyhint);
	if (c == 0 || good(&d->nodes[c]) < 200)
		c = best_marked(m, pred_article);
	if (c == 0 || good(&d->nodes[c]) < 200)
		c = best_marked(m, pred_main);
	if (c != 0 && good(&d->nodes[c]) >= 200 &&
	    ((double)good(&d->nodes[c]) >= 0.35 * g_top || is_ancestor(d, c, top)))
		return c;
	*marked = 0;
	return top;
}

static int
ends_sentence(const struct mctx *m, uint32_t node)
{
	struct px_buf b = PX_BUF_INIT;
	int r = 0;

	px__hdom_text(m->d, node, &b, 4096);
	r = b.len > 0 && (b.data[b.len - 1] == '.' || b.data[b.len - 1] == '"');
	px_buf_release(&b);
	return r;
}

static void
keep_with_siblings(struct mctx *m, uint32_t c, int marked)
{
	struct px__hdom *d = m->d;
	const struct px__hnode *cn = &d->nodes[c];
	uint32_t s = 0;
	float thresh = cn->score * 0.2f > 10.0f ? cn->score * 0.2f : 10.0f;

	if (cn->parent == 0) {
		keep_subtree(m, c);
		return;
	}
	/*
	 * An article body split into parts (one section per part, each in its
	 * own wrapper) repeats the body marker: nearby copies of the
	 * container's tag, class and marker are kept with it.
	 */
	if (marked && (cn->flags & (PX__HF_BODYPROP | PX__HF_BODYHINT))) {
		uint32_t a = c, i = 0;
		int up = 0;
		for (up = 0; up < 3 && d->nodes[a].parent != 0; up++)
			a = d->nodes[a].parent;
		for (i = a + 1; i < d->n && d->nodes[i].depth > d->nodes[a].depth; i++) {
			const struct px__hnode *x = &d->nodes[i];
			if (i == c || x->tag != cn->tag || x->sig != cn->sig || cn->sig == 0 ||
			    (x->flags & (PX__HF_BODYPROP | PX__HF_BODYHINT)) !=
				    (cn->flags & (PX__HF_BODYPROP | PX__HF_BODYHINT)) ||
			    (m->st[i] & (ST_IN_DROP | ST_KEEP)) || is_ancestor(d, i, c) ||
			    is_ancestor(d, c, i))
				continue;
			keep_subtree(m, i);
		}
	}
	for (s = d->nodes[cn->parent].first; s != 0; s = d->nodes[s].next) {
		const struct px__hnode *sn = &d->nodes[s];
		int join = 0;
		float ld = 0;
		if (s == c) {
			keep_subtree(m, c);
			continue;
		}
		if (sn->tag == PX__T_TEXT || (m->st[s] & ST_IN_DROP) || sn->chars == 0)
			continue;
		ld = (float)sn->link_chars / (float)sn->chars;
		if (sn->sig == cn->sig && sn->sig != 0 && sn->tag == cn->tag && ld < 0.3f)
			join = 1;
		else if (sn->flags & (PX__HF_BODYPROP))
			join = 1;
		else if (!marked && (m->st[s] & ST_SCORED) && sn->score >= thresh &&
			 ld < 0.3f)
			join = 1;
		else if (!marked && sn->tag == PX__T_P) {
			if (sn->chars > 80 && ld < 0.25f)
				join = 1;
			else if (sn->chars > 0 && sn->link_chars == 0 &&
				 ends_sentence(m, s))
				join = 1;
		}
		if (join)
			keep_subtree(m, s);
	}
}

/* ----------------------------------------------------------- rendering */

struct block {
	size_t start, len;
	int heading; /* 1..6, 0 for text */
};

struct render {
	struct px_buf out;
	struct block *blocks;
	size_t n_blocks, cap_blocks;
	size_t bstart;   /* start of the open block in out */
	int bheading;    /* heading level of the open block */
	int pending;     /* 0 none, 1 line break, 2 paragraph break */
	int space;       /* a space is due before the next text */
	int pre;         /* inside <pre> (depth count) */
	px_status failed;
};

static void
block_close(struct render *r)
{
	struct block *b = NULL;

	while (r->out.len > r->bstart && r->out.data[r->out.len - 1] == ' ')
		px_buf_truncate(&r->out, r->out.len - 1);
	if (r->out.len > r->bstart) {
		if (px_grow((void **)&r->blocks, &r->cap_blocks, r->n_blocks + 1,
			    sizeof(*r->blocks))) {
			r->failed = PX_ENOMEM;
			return;
		}
		b = &r->blocks[r->n_blocks++];
		b->start = r->bstart;
		b->len = r->out.len - r->bstart;
		b->heading = r->bheading;
	}
	r->bstart = r->out.len;
	r->bheading = 0;
	r->pending = 0;
	r->space = 0;
}

static void
put_text(struct render *r, const char *s, size_t len, int heading)
{
	size_t k = 0;

	for (k = 0; k < len; k++) {
		unsigned char ch = (unsigned char)s[k];
		int ws = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' ||
			 ch == '\f';
		if (ch == 0xC2 && k + 1 < len && (unsigned char)s[k + 1] == 0xA0) {
			ws = 1;
			k++;
		} else if (ch == 0xE2 && k + 2 < len && (unsigned char)s[k + 1] == 0x80 &&
			   ((unsigned char)s[k + 2] == 0x8B || (unsigned char)s[k + 2] == 0x8C)) {
			k += 2; /* zero-width space and non-joiner vanish */
			continue;
		}
		if (ws && !(r->pre && ch == '\n')) {
			r->space = 1;
			continue;
		}
		if (r->pending == 2 || (r->pending && r->out.len == r->bstart)) {
			block_close(r);
		} else if (r->pending == 1) {
			while (r->out.len > r->bstart && r->out.data[r->out.len - 1] == ' ')
				px_buf_truncate(&r->out, r->out.len - 1);
			px_buf_putc(&r->out, '\n');
			r->space = 0;
		}
		r->pending = 0;
		if (r->out.len == r->bstart)
			r->bheading = heading;
		if (r->space && r->out.len > r->bstart &&
		    r->out.data[r->out.len - 1] != '\n')
			px_buf_putc(&r->out, ' ');
		r->space = 0;
		px_buf_putc(&r->out, (char)ch);
		if (ch == '\n')
			r->space = 0;
	}
}

static int
link_dense(const struct px__hnode *n)
{
	double ld = 0;

	if (n->chars == 0)
		return 0;
	ld = (double)n->link_chars / n->chars;
	switch (n->tag) {
	case PX__T_UL: case PX__T_OL: case PX__T_DL: case PX__T_LI:
	case PX__T_DIV: case PX__T_SECTION: case PX__T_TABLE: case PX__T_TR:
	case PX__T_TD: case PX__T_P: case PX__T_OTHER: case PX__T_DD:
	case PX__T_DT: case PX__T_CENTER:
		return n->chars >= 1000 ? ld > 0.65 : ld > 0.5;
	case PX__T_H1: case PX__T_H2: case PX__T_H3: case PX__T_H4:
	case PX__T_H5: case PX__T_H6:
		return ld > 0.5;
	default:
		return 0;
	}
}

/* Record the text of a dropped element inside the container. */
static void
record_removal(struct mctx *m, uint32_t node, const char *kind)
{
	struct px_buf b = PX_BUF_INIT;

	if (m->removed == NULL || m->removed->n_removed >= 256)
		return;
	px__hdom_text(m->d, node, &b, 300);
	if (b.len > 0 && b.failed == PX_OK)
		px_clean_result_add_removal(m->removed, kind, b.data, b.len);
	px_buf_release(&b);
}

/* Whether a heading's text is the title (so it is not repeated). */
static int
heading_is_title(struct mctx *m, uint32_t node)
{
	struct px_buf b = PX_BUF_INIT;
	int r = 0;
	size_t tl = m->title ? strlen(m->title) : 0;

	if (tl == 0)
		return 0;
	px__hdom_text(m->d, node, &b, tl + 8);
	r = b.len == tl && b.data && memcmp(b.data, m->title, tl) == 0;
	px_buf_release(&b);
	return r;
}

static void
render(struct mctx *m, struct render *r)
{
	struct px__hdom *d = m->d;
	uint32_t c = d->nodes[0].first;
	int heading = 0;
	uint32_t heading_node = 0;

	while (c != 0) {
		const struct px__hnode *n = &d->nodes[c];
		int enter = 1;
		if (!(m->st[c] & ST_KEEP)) {
			/* Outside the container: only descend towards it. */
			enter = 1;
		} else if (m->st[c] & ST_DROP) {
			if (!tag_drops(n->tag))
				record_removal(m, c, drop_kind(n));
			else if (n->tag == PX__T_FIGCAPTION || n->tag == PX__T_ASIDE)
				record_removal(m, c, n->tag == PX__T_ASIDE ? "boilerplate" : "caption");
			enter = 0;
		} else if (n->tag == PX__T_TEXT) {
			put_text(r, d->pool.data + n->off, n->len, heading);
			enter = 0;
		} else if (link_dense(n)) {
			if (n->chars >= 20)
				record_removal(m, c, "links");
			enter = 0;
		} else if (is_heading(n->tag) && heading_is_title(m, c)) {
			enter = 0;
		} else if (n->tag == PX__T_BR) {
			if (r->pending < 1)
				r->pending = 1;
			else
				r->pending = 2;
			enter = 0;
		} else if (is_block(n->tag)) {
			if (n->tag == PX__T_LI || n->tag == PX__T_DT || n->tag == PX__T_DD)
				r->pending = r->pending > 1 ? r->pending : 1;
			else
				r->pending = 2;
			if (is_heading(n->tag) && heading == 0) {
				heading = n->tag - PX__T_H1 + 1;
				heading_node = c;
				r->pending = 2;
			}
		}
		if (n->tag == PX__T_PRE && enter && (m->st[c] & ST_KEEP))
			r->pre++;
		if (enter && n->first != 0) {
			c = n->first;
			continue;
		}
		/* Leave c and any ancestors that end here. */
		for (;;) {
			const struct px__hnode *x = &d->nodes[c];
			if ((m->st[c] & ST_KEEP) && x->tag != PX__T_TEXT) {
				if (x->tag == PX__T_PRE && enter && r->pre > 0)
					r->pre--;
				if (is_block(x->tag) && !(m->st[c] & ST_DROP)) {
					if (x->tag == PX__T_LI || x->tag == PX__T_DT ||
					    x->tag == PX__T_DD)
						r->pending = r->pending > 1 ? r->pending : 1;
					else
						r->pending = 2;
				}
				if (c == heading_node) {
					heading = 0;
					heading_node = 0;
				}
			}
			enter = 1;
			if (d->nodes[c].next != 0) {
				c = d->nodes[c].next;
				break;
			}
			c = d->nodes[c].parent;
			if (c == 0)
				break;
		}
	}
	block_close(r);
}

/* Whether a short block reads as a closing prompt (data/html_tail.txt). */
static int
tail_prompt(const char *s, size_t len)
{
	const char *data = NULL;
	size_t dlen = 0, i = 0;
	char low[300];

	if (len >= 300 || px_data_get("html_tail.txt", &data, &dlen) != PX_OK)
		return 0;
	for (i = 0; i < len; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	i = 0;
	while (i < dlen) {
		const char *line = data + i;
		const char *nl = memchr(line, '\n', dlen - i);
		size_t ll = nl ? (size_t)(nl - line) : dlen - i;
		size_t k = 0;
		i += ll + 1;
		if (ll == 0 || line[0] == '#')
			continue;
		if (line[0] == '^') {
			if (ll - 1 <= len && memcmp(low, line + 1, ll - 1) == 0)
				return 1;
			continue;
		}
		if (ll > len)
			continue;
		for (k = 0; k + ll <= len; k++)
			if (low[k] == line[0] && memcmp(low + k, line, ll) == 0)
				return 1;
	}
	return 0;
}

/*
 * Join the blocks, leaving out headings that no text follows and, at the
 * end, short closing prompts ("Follow us on ...", copyright notices).
 */
static px_status
join_blocks(struct mctx *m, struct render *r, struct px_buf *out)
{
	size_t i = 0, last = r->n_blocks, cut = 0;

	while (last > 1 && cut < 6) {
		const struct block *b = &r->blocks[last - 1];
		if (!tail_prompt(r->out.data + b->start, b->len) && !b->heading)
			break;
		if (m->removed != NULL && !b->heading)
			px_clean_result_add_removal(m->removed, "signup",
						    r->out.data + b->start, b->len);
		last--;
		cut++;
	}
	for (i = 0; i < last; i++) {
		const struct block *b = &r->blocks[i];
		if (b->heading) {
			size_t j = i + 1;
			if (j >= last)
				continue;
			if (r->blocks[j].heading && r->blocks[j].heading <= b->heading)
				continue;
		}
		if (out->len > 0)
			px_buf_append(out, "\n\n", 2);
		px_buf_append(out, r->out.data + b->start, b->len);
	}
	return out->failed;
}

static px_status
extract_once(struct mctx *m, struct px_buf *out)
{
	struct render r;
	uint32_t c = 0;
	int marked = 0;
	size_t i = 0;
	px_status st = PX_OK;

	memset(&r, 0, sizeof(r));
	px_buf_init(&r.out, 0);
	mark_drops(m);
	compute_stats(m);
	c = choose(m, &marked);
	if (c == 0) {
		/* Nothing scored: take the body as it is. */
		for (i = 1; i < m->d->n; i++)
			if (m->d->nodes[i].tag == PX__T_BODY) {
				c = (uint32_t)i;
				break;
			}
		if (c == 0)
			c = m->d->n > 1 ? 1 : 0;
		if (c == 0)
			goto cleanup;
		keep_subtree(m, c);
	} else {
		keep_with_siblings(m, c, marked);
	}
#ifdef PX_HTML_DEBUG
	if (getenv("PX_HTML_TRACE")) {
		const char *needle = getenv("PX_HTML_TRACE");
		for (i = 1; i < m->d->n; i++) {
			const struct px__hnode *x = &m->d->nodes[i];
			if (x->tag == PX__T_TEXT && x->len < 4000) {
				char tmp[4001];
				memcpy(tmp, m->d->pool.data + x->off, x->len);
				tmp[x->len] = 0;
				if (strstr(tmp, needle)) {
					uint32_t a = (uint32_t)i;
					while (a) {
						const struct px__hnode *y = &m->d->nodes[a];
						fprintf(stderr, "  node %u tag %d flags %x hint %d st %x chars %u link %u score %.1f\n", a, y->tag, y->flags, y->hint, m->st[a], y->chars, y->link_chars, y->score);
						a = y->parent;
					}
					break;
				}
			}
		}
	}
	{
		const struct px__hnode *x = &m->d->nodes[c];
		fprintf(stderr, "choose node %u tag %d flags %x hint %d chars %u link %u score %.1f marked %d relaxed %d\n",
			c, x->tag, x->flags, x->hint, x->chars, x->link_chars, x->score, marked, m->relaxed);
	}
#endif
	render(m, &r);
	st = r.failed ? r.failed : r.out.failed;
	if (st == PX_OK)
		st = join_blocks(m, &r, out);
cleanup:
	px_buf_release(&r.out);
	px_free(r.blocks);
	return st;
}

px_status
px__html_main(struct px__hdom *dom, const char *title, struct px_buf *out,
	      struct px_clean_result *removed)
{
	struct mctx m;
	px_status st = PX_OK;

	memset(&m, 0, sizeof(m));
	m.d = dom;
	m.title = title;
	m.removed = removed;
	m.st = px_alloc(dom->n + 1);
	if (m.st == NULL)
		return PX_ENOMEM;
	st = extract_once(&m, out);
	if (st == PX_OK && out->len < 250) {
		/* Too little: the hints may have cut the article; try without. */
		struct px_buf again = PX_BUF_INIT;
		px_buf_init(&again, out->max);
		m.relaxed = 1;
		m.removed = NULL;
		st = extract_once(&m, &again);
		if (st == PX_OK && again.len > out->len * 2 + 100) {
			px_buf_reset(out);
			px_buf_append(out, again.data, again.len);
			st = out->failed;
		}
		px_buf_release(&again);
	}
	px_free(m.st);
	return st;
}
