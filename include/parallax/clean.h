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
};

/*
 * Clean repaired UTF-8 text. With flags 0 the body is the input exactly
 * (raw mode: offsets into the body are offsets into the input).
 */
PX_API px_status px_text_clean(const char *text, size_t len, unsigned flags,
			       struct px_clean_result *out);
PX_API void px_clean_result_release(struct px_clean_result *r);
PX_API px_status px_clean_result_add_removal(struct px_clean_result *r,
					     const char *kind,
					     const char *text, size_t len);

#ifdef __cplusplus
}
#endif
#endif
