/*
 * parallax text layer, part 3: paragraphs, sentences and tokens with byte
 * offsets, case folding, Snowball stems and stopwords.
 *
 * A px_doc borrows the text it was parsed from: the text must outlive it.
 * Everything else the doc points to is owned by the doc's arena and lives
 * until px_doc_release().
 *
 * Line breaks: a blank line ends a paragraph and a sentence; a single
 * newline ends a sentence when the line before it is a heading, dateline or
 * byline (short, no final punctuation); otherwise it is a space.
 *
 * Thread-safety: a px_stemmer is not thread-safe; use one per thread.
 */
#ifndef PARALLAX_SEGMENT_H
#define PARALLAX_SEGMENT_H

#include "parallax/core.h"

#ifdef __cplusplus
extern "C" {
#endif

struct px_span {
	size_t start;
	size_t end; /* exclusive */
};

enum px_token_flags {
	PX_TOK_WORD = 1 << 0,
	PX_TOK_NUMBER = 1 << 1,
	PX_TOK_PUNCT = 1 << 2,
	PX_TOK_SYMBOL = 1 << 3, /* currency, percent, other symbols */
	PX_TOK_STOP = 1 << 4,   /* a stopword */
	PX_TOK_CAP = 1 << 5,    /* starts with an upper-case letter */
	PX_TOK_ABBR = 1 << 6,   /* abbreviation: U.S., or Mr/Gen/Jan before a
				 * period that does not end the sentence */
	PX_TOK_URL = 1 << 7,    /* a URL or an e-mail address */
	PX_TOK_UPPER = 1 << 8,  /* every cased letter is upper case (NASA, I) */
};

struct px_token {
	size_t start;
	size_t end;
	unsigned flags;
	const char *fold; /* case-folded form, NUL-terminated (doc arena) */
	const char *stem; /* Snowball stem of fold; == fold when not a word */
};

struct px_sentence {
	size_t start;
	size_t end;       /* exclusive; trailing white space excluded */
	size_t para;      /* index of its paragraph */
	size_t tok_start; /* first token index (when tokens were made) */
	size_t tok_end;
};

enum px_doc_flags {
	PX_DOC_TOKENS = 1 << 0, /* make tokens with case folding */
	PX_DOC_STEMS = 1 << 1,  /* and stems (needs a stemmer) */
};

struct px_stemmer;
/* An English Snowball stemmer (lang "en" or "english"). */
PX_API px_status px_stemmer_new(const char *lang, struct px_stemmer **out);
PX_API void px_stemmer_free(struct px_stemmer *s);
/* Stem of a case-folded word; the result is borrowed until the next call. */
PX_API const char *px_stemmer_stem(struct px_stemmer *s, const char *w,
				   size_t len, size_t *out_len);
/* Whether a case-folded word is an English stopword. */
PX_API int px_is_stopword(const char *w, size_t len);

struct px_doc {
	const char *text; /* borrowed */
	size_t len;
	struct px_span *paras;
	size_t n_paras;
	struct px_sentence *sents;
	size_t n_sents;
	struct px_token *toks;
	size_t n_toks;
	struct px_arena arena;
};

/*
 * Segment text (valid UTF-8) into paragraphs and sentences, and into tokens
 * when flags ask for them. stemmer may be NULL unless PX_DOC_STEMS is set.
 * doc is caller-owned: zero it, parse, then px_doc_release().
 */
PX_API px_status px_doc_parse(struct px_doc *doc, const char *text,
			      size_t len, unsigned flags,
			      struct px_stemmer *stemmer);
PX_API void px_doc_release(struct px_doc *doc);

#ifdef __cplusplus
}
#endif
#endif
