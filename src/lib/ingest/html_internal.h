/*
 * Internal interfaces of the HTML extractor (html.c, html_dom.c,
 * html_main.c, html_meta.c, html_date.c). Nothing here is public API.
 *
 * The pipeline for one page: pick the charset and decode to UTF-8; drop
 * script, style, comment and svg bodies with a byte-level pre-pass (they are
 * more than half of a modern page and libxml2 parses them slowly); parse the
 * rest with libxml2's HTML SAX interface into a compact DOM kept in one
 * growable node array (px__hdom); collect metadata on the way; then choose
 * the main-text container and render its blocks.
 *
 * Node invariants: node 0 is the document root; a node's index is larger
 * than its parent's and smaller than its later siblings' and their
 * descendants', so a reverse scan of the array visits children before
 * parents (used for bottom-up statistics without recursion). Text lives in
 * one pool buffer; nodes refer to it by offset, so the pool may move.
 */
#ifndef PX_HTML_INTERNAL_H
#define PX_HTML_INTERNAL_H

#include <stdint.h>

#include "ingest_internal.h"

/* Limits (docs/internals/html.md). */
#define PX__HTML_MAX_BYTES ((size_t)64 << 20) /* larger pages are rejected */
#define PX__HTML_MAX_DEPTH 400                /* deeper tags are flattened */
#define PX__HTML_MAX_NODES 2000000            /* further nodes are ignored */

/* Element kinds the extractor tells apart; everything else is TAG_OTHER. */
enum px__htag {
	PX__T_NONE = 0, /* the document root */
	PX__T_TEXT,     /* a text node */
	PX__T_OTHER,    /* an element without a role here (span, font, ...) */
	PX__T_A, PX__T_ADDRESS, PX__T_ARTICLE, PX__T_ASIDE, PX__T_AUDIO,
	PX__T_B, PX__T_BLOCKQUOTE, PX__T_BODY, PX__T_BR, PX__T_BUTTON,
	PX__T_CANVAS, PX__T_CAPTION, PX__T_CENTER, PX__T_CODE, PX__T_DD,
	PX__T_DETAILS, PX__T_DIALOG, PX__T_DIV, PX__T_DL, PX__T_DT, PX__T_EM,
	PX__T_EMBED, PX__T_FIELDSET, PX__T_FIGCAPTION, PX__T_FIGURE,
	PX__T_FOOTER, PX__T_FORM, PX__T_H1, PX__T_H2, PX__T_H3, PX__T_H4,
	PX__T_H5, PX__T_H6, PX__T_HEAD, PX__T_HEADER, PX__T_HR, PX__T_HTML,
	PX__T_I, PX__T_IFRAME, PX__T_IMG, PX__T_INPUT, PX__T_LABEL,
	PX__T_LEGEND, PX__T_LI, PX__T_LINK, PX__T_MAIN, PX__T_MAP,
	PX__T_MENU, PX__T_META, PX__T_NAV, PX__T_NOSCRIPT, PX__T_OBJECT,
	PX__T_OL, PX__T_OPTION, PX__T_P, PX__T_PICTURE, PX__T_PRE,
	PX__T_SCRIPT, PX__T_SECTION, PX__T_SELECT, PX__T_STRONG,
	PX__T_STYLE, PX__T_SUMMARY, PX__T_SUP, PX__T_SVG, PX__T_TABLE,
	PX__T_TBODY, PX__T_TD, PX__T_TEMPLATE, PX__T_TEXTAREA, PX__T_TH,
	PX__T_THEAD, PX__T_TIME, PX__T_TITLE, PX__T_TR, PX__T_UL,
	PX__T_VIDEO,
	PX__T_COUNT
};

/* Node flags set while parsing (from attributes) and while extracting. */
enum px__hflag {
	PX__HF_HIDDEN = 1 << 0,   /* hidden, aria-hidden, display:none */
	PX__HF_BODYPROP = 1 << 1, /* itemprop="articleBody" */
	PX__HF_BODYHINT = 1 << 2, /* class/id names an article body */
	PX__HF_BOILER = 1 << 3,   /* class/id or role names boilerplate */
	PX__HF_DROP = 1 << 4,     /* removed from extraction */
	PX__HF_PROTECT = 1 << 5,  /* holds the main text: never dropped */
	PX__HF_DATEHINT = 1 << 6, /* class/id speaks of dates */
	PX__HF_AUTHOR = 1 << 7,   /* class/id/rel/itemprop: author */
	PX__HF_CAPTION = 1 << 8,  /* class/id: caption or credit */
	PX__HF_SHARE = 1 << 9,    /* class/id: share or social widget */
	PX__HF_RELATED = 1 << 10, /* class/id: related/recommended items */
	PX__HF_COMMENT = 1 << 11, /* class/id: comments */
	PX__HF_AD = 1 << 12,      /* class/id: advertisement */
	PX__HF_PUBDATE = 1 << 13, /* itemprop=datePublished or time[pubdate] */
	PX__HF_ROLEMAIN = 1 << 14,/* role="main" */
	PX__HF_EMBED = 1 << 15    /* class/id: an embedded post or quote (kept) */
};

struct px__hnode {
	uint32_t parent, first, last, next; /* indexes; 0 means none */
	uint32_t off, len;                  /* text nodes: bytes in the pool */
	uint16_t tag;                       /* enum px__htag */
	uint16_t flags;                     /* enum px__hflag */
	int16_t hint;                       /* class/id weight (readability style) */
	uint16_t depth;
	uint32_t sig;                       /* hash of tag + class; 0 no class */
	/* Bottom-up statistics over the subtree, dropped parts excluded. */
	uint32_t chars;      /* non-space text characters (bytes) */
	uint32_t link_chars; /* of which inside <a> */
	uint32_t commas;
	uint32_t paras;      /* <p>-like blocks with some text */
	uint32_t own_chars;  /* text nodes: their own counts, set once */
	uint32_t own_commas;
	float score;         /* readability-style content score */
};

/* A metadata value seen while parsing; key is an enum px__hkey. */
struct px__hmeta {
	uint16_t key;
	uint32_t node; /* element it came from (0 for head metadata) */
	char *val;     /* arena string */
};

enum px__hkey {
	PX__K_TITLE = 1,     /* <title> text */
	PX__K_OG_TITLE,      /* og:title, twitter:title */
	PX__K_SITE_NAME,     /* og:site_name, application-name */
	PX__K_URL,           /* link rel=canonical, og:url */
	PX__K_LANG,          /* html lang */
	PX__K_AUTHOR,        /* meta author, article:author */
	PX__K_DATE_META,     /* article:published_time and kin */
	PX__K_DATE_META_WEAK,/* meta date names of lesser trust */
	PX__K_DATE_MOD,      /* modified dates: last resort */
	PX__K_DATE_PROP,     /* itemprop=datePublished */
	PX__K_DATE_TIME,     /* <time datetime> */
	PX__K_JSONLD,        /* application/ld+json text */
	PX__K_DESCRIPTION
};

#define PX__HCACHE 512
struct px__hcache {
	uint64_t key; /* hash of class and id; 0 empty */
	int16_t weight;
	uint16_t flags;
};

struct px__hdom {
	struct px__hnode *nodes;
	size_t n, cap;
	struct px_buf pool;   /* text of text nodes */
	struct px_arena arena;/* metadata strings */
	struct px__hmeta *meta;
	size_t n_meta, cap_meta;
	uint32_t cur;         /* open element while parsing */
	uint32_t depth;       /* open elements, ignored ones included */
	uint32_t over;        /* open elements ignored (too deep, no budget) */
	uint32_t title_node;  /* the <title> being read, 0 otherwise */
	uint32_t jsonld_open; /* inside <script type=ld+json> */
	struct px_buf scratch;/* title and script text being collected */
	const struct px__hints *hints;
	struct px__hcache hcache[PX__HCACHE];
	px_status failed;
};

/* Class/id lexicon, read from data/html_hints.txt once per extraction. */
struct px__hint {
	const char *pat;
	uint8_t len;
	uint8_t left, right; /* require a token boundary on that side */
	int16_t weight;
	uint16_t flags;      /* px__hflag bits it sets */
};
struct px__hints {
	struct px__hint *items;
	size_t n;
	uint16_t bucket[27 * 27 + 1]; /* first index per leading letter pair */
};

/* html_dom.c */
px_status px__hints_load(struct px__hints *h);
void px__hints_release(struct px__hints *h);
/* Match a class/id string; returns the summed weight and ORs flags. */
int px__hints_match(const struct px__hints *h, const char *s, size_t len,
		    uint16_t *flags);
/* Remove script/style/comment/svg bodies; keeps ld+json scripts. */
px_status px__html_strip(const char *in, size_t len, struct px_buf *out);
/* Parse UTF-8 HTML into dom (zeroed by the caller; release after). */
px_status px__hdom_parse(struct px__hdom *dom, const char *utf8, size_t len,
			 const struct px__hints *hints);
void px__hdom_release(struct px__hdom *dom);
/* Text length in bytes of a node's subtree, white space folded. */
px_status px__hdom_text(const struct px__hdom *dom, uint32_t node,
			struct px_buf *out, size_t max);
enum px__htag px__htag_lookup(const char *name);

/* html_main.c: the body, blocks separated by "\n\n"; removals logged. */
px_status px__html_main(struct px__hdom *dom, const char *title,
			struct px_buf *out, struct px_clean_result *removed);

/* html_date.c */
struct px__hdate {
	int y, m, d;
	int has_time;
	int hh, mi, ss;
	int has_tz;
	int tz_min; /* offset east of UTC in minutes */
};
/*
 * Parse a date at the start of s (ISO 8601, RFC 2822, news styles). dmy:
 * read an ambiguous "02/10/2020" day first (pages not in US English).
 */
int px__date_scan(const char *s, size_t len, int dmy, struct px__hdate *out,
		  size_t *used);
/* Find the first plausible date anywhere in s; *at gets its offset. */
int px__date_find(const char *s, size_t len, int dmy, struct px__hdate *out,
		  size_t *at);
int64_t px__date_days(int y, int m, int d);

/* html_meta.c: the article's metadata from the dom and url. */
struct px__hinfo {
	char *title;
	char *source;
	char *url;
	char *author;
	char *lang;
	char *date;        /* article format, UTC when the time is known */
	char *date_local;  /* YYYY-MM-DD as the page states it */
	int64_t time;      /* seconds since the epoch, INT64_MIN unknown */
};
px_status px__html_meta(const struct px__hdom *dom, const char *url,
			int64_t crawl_time, const char *body, size_t body_len,
			struct px__hinfo *info);
void px__hinfo_release(struct px__hinfo *info);

/*
 * px__html_extract() with a crawl time (seconds since the epoch; dates after
 * it are not believed; INT64_MIN: now) and, when date_local is not NULL, the
 * page's own calendar date (YYYY-MM-DD, before UTC conversion; px_free),
 * set on success and also with PX_EEMPTY (a dated page without text).
 */
px_status px__html_extract_at(const char *bytes, size_t len,
			      const char *charset, const char *url,
			      int64_t crawl_time, struct px_article **out,
			      char **date_local);

#endif
