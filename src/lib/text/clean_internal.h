/*
 * Internal interfaces of article cleaning (clean.c, clean_debris.c). Not
 * public API. All functions work on one trimmed line s[0..n) and never
 * allocate.
 */
#ifndef PX_CLEAN_INTERNAL_H
#define PX_CLEAN_INTERNAL_H

#include <stddef.h>

/* How much of a line a classification removes. */
enum px__cut_how {
	PX__CUT_NONE = 0,
	PX__CUT_WHOLE, /* the whole line */
	PX__CUT_HEAD,  /* s[0..at) goes, s[at..n) stays (a caption before text) */
	PX__CUT_TAIL   /* s[0..at) stays, s[at..n) goes (a credit glued on) */
};

struct px__cut {
	enum px__cut_how how;
	const char *kind; /* static string; NULL with PX__CUT_NONE */
	size_t at;
};

/* Context of a line, as bits. */
enum {
	/* The line begins a unit: it is the first, follows a blank or removed
	 * line, or follows a line that ends a sentence. Prefix rules ("Read
	 * more: ...") need it, so a hard-wrapped line never matches them. */
	PX__LINE_UNIT_START = 1u << 0,
	/* The rest of a leading "date YYYY-MM-DD" line: leaked captions sit
	 * here, so a credit anywhere in it ends a caption. */
	PX__LINE_AFTER_DATE = 1u << 1
};

/*
 * The debris lexicon (data/debris_en.txt): sorted fixed-width records of
 * PX__LEX_REC bytes (phrase, TAB and padding up to PX__LEX_KIND_COL, kind
 * up to PX__LEX_MAX_COL, limit, newline), so it is binary-searched by
 * record number in place, with no index to build per article.
 */
#define PX__LEX_REC 64
#define PX__LEX_KIND_COL 40
#define PX__LEX_MAX_COL 56

struct px__debris_lex {
	const char *data; /* first record */
	size_t n;         /* records */
};

/* Locate the lexicon; an empty one when it is missing (never fails). */
void px__debris_lex_open(struct px__debris_lex *lx);

/* Classify one trimmed, non-empty line. */
int px__ci_find(const char *s, size_t n, const char *needle);
void px__debris_classify(const struct px__debris_lex *lx, const char *s, size_t n,
			 unsigned ctx, struct px__cut *cut);

/* The parts of a byline, as offsets into the line (empty: start == end). */
struct px__byline_parts {
	size_t name_start, name_end;     /* "Jane Smith" */
	size_t outlet_start, outlet_end; /* after ", " or " | ": "Nordwire" */
};

/*
 * A byline "By Jane Smith", "By JANE SMITH, Nordwire", "By Ana Lind and Tom
 * Reed": returns 1 and its parts, else 0.
 */
int px__byline(const char *s, size_t n, struct px__byline_parts *bp);

/* Whether s[0..n) names a newsroom role ("Chief Reporter", "Arts
 * Correspondent"). */
int px__role_after(const char *s, size_t n);

/* The length of a dash at s[i..n) ("-", "--", an en, em or horizontal
 * dash), or 0. */
size_t px__dash_at(const char *s, size_t n, size_t i);

/*
 * Letter case of the code point at s[0..n) (n > 0): 'U' upper or title
 * case, 'L' lower case or a caseless letter, 0 not a letter. *w gets the
 * bytes it takes (at least 1).
 */
int px__letter_case(const char *s, size_t n, size_t *w);

/* Whether the byte can end a sentence (.!? and closing quotes/brackets). */
int px__ends_sentence(const char *s, size_t n);

#endif
