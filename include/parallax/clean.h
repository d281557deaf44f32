/*
 * parallax text layer, part 2: cleaning an article's repaired text.
 *
 * Turns the text of a plain-text article (or the body extracted from HTML)
 * into a title and a body of paragraphs separated by one blank line, and
 * removes debris lines, each recorded with its kind: leading metadata
 * ("title:", "source:", "date:", "url:", a bare "date YYYY-MM-DD"), leaked
 * photo captions and credits, "Advertisement", "Read more", share and
 * sign-up prompts. Datelines ("WASHINGTON (NewsNation) —") are parsed into
 * place and source while the sentence stays intact.
 *
 * Thread-safe on distinct arguments.
 */
#ifndef PARALLAX_CLEAN_H
#define PARALLAX_CLEAN_H

#include "parallax/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One removed line or block: kind ("metadata", "caption", "credit",
 * "advertisement", "read-more", "share", "signup", ...) and its text. */
struct px_removal {
	char *kind;
	char *text;
};

enum px_clean_flags {
	PX_CLEAN_METADATA = 1 << 0, /* read leading metadata lines */
	PX_CLEAN_TITLE = 1 << 1,    /* take a headline-like first line as title */
	PX_CLEAN_DEBRIS = 1 << 2,   /* drop captions, credits, ads, prompts */
	PX_CLEAN_DATELINE = 1 << 3, /* parse a dateline into place/source */
	PX_CLEAN_ALL = 0xF
};

/*
 * The result; every string is owned (px_free via px_clean_result_release)
 * and NULL when absent. body is never NULL after success.
 */
struct px_clean_result {
	char *title;
	size_t title_len;
	char *body;
	size_t body_len;
	char *date;   /* as written in a metadata line, normalised when possible */
	char *source; /* from a "source:" line, else the dateline's outlet */
	char *url;
	char *author;
	char *place; /* dateline place ("WASHINGTON") */
	struct px_removal *removed;
	size_t n_removed;
	size_t cap_removed;
	/*
	 * The dateline at the start of a body paragraph, as byte offsets into
	 * body ("PORT HALDEN, Norland (Nordwire) - " including the separator and
	 * the space after it); both 0 when there is none. The dateline stays in
	 * the body: these offsets only say where it is.
	 */
	size_t dateline_start;
	size_t dateline_end;
};

/*
 * Clean repaired UTF-8 text (newlines already "\n", as px_text_decode
 * leaves them) into *out, which the caller zero-initialises or not: it is
 * overwritten. Rules (docs/internals/clean.md has the details and why):
 *
 * - PX_CLEAN_METADATA: leading "key: value" lines (title, source, date, url,
 *   author, by; published, updated, lang, section, tags, ... only beside one
 *   of those) fill the fields; a first line "date YYYY-MM-DD rest" sets the
 *   date and "rest" is cleaned as an ordinary line; a "By NAME" line near
 *   the top sets author. Each removed line is recorded ("metadata",
 *   "byline"); a first body line repeating the title is removed ("title").
 * - PX_CLEAN_TITLE: without a title: line, the first kept line becomes the
 *   title when it looks like a headline (short, no final period or comma,
 *   not a dateline, byline or caption, not the first line of wrapped prose).
 * - PX_CLEAN_DEBRIS: whole lines of debris are removed and recorded by kind
 *   ("caption", "credit", "advertisement", "read-more", "related", "share",
 *   "signup", "prompt", "video", "cookie", "copyright", "timestamp",
 *   "byline", "separator"); a photo credit that shares a line with text is cut off at
 *   the credit's end (after a caption) or start (glued after a sentence).
 * - PX_CLEAN_DATELINE: the first dateline among the first paragraphs sets
 *   place, source (unless a source: line did) and dateline_start/_end.
 *
 * Whenever flags is nonzero the body is the kept lines, each trimmed of
 * white space at both ends and otherwise byte-identical to the input,
 * joined by "\n" inside a paragraph and "\n\n" between paragraphs (a
 * blank line, a removed line, or an indented line after a sentence end
 * starts a paragraph). With flags 0 the body is the input exactly (raw
 * mode: offsets into the body are offsets into the input).
 *
 * Errors: PX_ENOMEM (out is then released and zeroed). Input that is not
 * valid UTF-8 is handled without error (cuts happen at ASCII bytes only, so
 * valid input gives valid output). Thread-safe on distinct arguments.
 */
PX_API px_status px_text_clean(const char *text, size_t len, unsigned flags,
			       struct px_clean_result *out);
/* Free every string of r and zero it; a zeroed r is fine. */
PX_API void px_clean_result_release(struct px_clean_result *r);
/* Append a removal (kind and text are copied). PX_ENOMEM. */
PX_API px_status px_clean_result_add_removal(struct px_clean_result *r,
					     const char *kind,
					     const char *text, size_t len);

/*
 * The debris kind of one whole line of text (a paragraph of an HTML page, a
 * line of a plain-text article) taken on its own: "advertisement",
 * "caption", "credit", "read-more", ... as px_text_clean records them; NULL
 * when the line is not debris as a whole (a line that only partly is, such
 * as a credit glued to a sentence, gives NULL). The string is static.
 * Thread-safe.
 */
PX_API const char *px_clean_debris_kind(const char *line, size_t len);

/*
 * A dateline found at the start of a paragraph. Offsets are bytes into the
 * text given to px_dateline_parse; a part that is absent has start == end.
 */
struct px_dateline {
	size_t place_start; /* "PORT HALDEN, Norland", "WASHINGTON" */
	size_t place_end;
	size_t source_start; /* the outlet inside the parentheses */
	size_t source_end;
	size_t date_start; /* the day without its year ("Feb 27", "14 Nov") */
	size_t date_end;
	size_t end; /* after the separator (" - ", " — ") and its space */
};

/*
 * Parse a dateline at the start of text: an upper-case place (a title-case
 * one only before an outlet in parentheses), optional ", Region" and
 * ", Mon DD" parts, an optional "(Outlet)", then a dash separator ("-",
 * "--", "–", "—") followed by text or the end of the line. Returns 1 and
 * fills *out when there is one, else 0 (*out zeroed). Thread-safe.
 */
PX_API int px_dateline_parse(const char *text, size_t len,
			     struct px_dateline *out);

#ifdef __cplusplus
}
#endif
#endif
