/*
 * parallax text layer, part 3: paragraphs, sentences and tokens with byte
 * offsets, case folding, Snowball stems and stopwords.
 * Design and measured figures: docs/internals/segment.md.
 *
 * Ownership: a px_doc borrows the text it was parsed from; the text must
 * outlive it. Everything else the doc points to (paragraph, sentence and
 * token arrays, folds, stems) is owned by the doc and lives until
 * px_doc_release(); it does not depend on the stemmer staying alive.
 *
 * Offsets are byte offsets into the text given to px_doc_parse(), end
 * exclusive. Sentence and paragraph spans exclude surrounding white space
 * and start and end on token boundaries, so for valid UTF-8 they never split
 * a character.
 *
 * Line breaks (ARCHITECTURE.md §5): a blank line (one holding only spaces)
 * ends a paragraph and a sentence; a single newline ends a sentence when
 * the line before it is a heading, dateline or byline (short for its
 * paragraph, no final punctuation, the next line starting a new unit), or
 * when the lines form a list; otherwise it is a space (hard-wrapped text).
 *
 * Thread-safety: px_doc_parse() and px_is_stopword() are thread-safe on
 * distinct docs; a px_stemmer is not thread-safe (it holds a cache): use one
 * per thread.
 */
#ifndef PARALLAX_SEGMENT_H
#define PARALLAX_SEGMENT_H

#include <string.h>

#include "parallax/core.h"

#ifdef __cplusplus
extern "C" {
#endif

struct px_span {
	size_t start;
	size_t end; /* exclusive */
};

enum px_token_flags {
	PX_TOK_WORD = 1 << 0,   /* letters (and digits): don't, well-known, U.S.;
				 * a number with letters (31st, 3.5bn) has both */
	PX_TOK_NUMBER = 1 << 1, /* starts with a digit: 1,329 14.3 9/11 9:40 */
	PX_TOK_PUNCT = 1 << 2,  /* punctuation, quotes, brackets, dashes */
	PX_TOK_SYMBOL = 1 << 3, /* currency, percent, other symbols, emoji */
	PX_TOK_STOP = 1 << 4,   /* a stopword (data/stopwords_en.txt) */
	PX_TOK_CAP = 1 << 5,    /* starts with an upper-case letter */
	PX_TOK_ABBR = 1 << 6,   /* abbreviation: U.S., or Mr/Gen/Jan before a
				 * period that does not end the sentence */
	PX_TOK_URL = 1 << 7,    /* a URL or an e-mail address */
	PX_TOK_UPPER = 1 << 8,  /* every cased letter is upper case (NASA, I) */
};

/*
 * A token. Every non-space character of the text belongs to exactly one
 * token. fold is the Unicode case fold (utf8proc), with U+2019 as an
 * apostrophe ("Don’t" -> "don't"); stem is the Snowball stem of fold for
 * words when PX_DOC_STEMS was asked, else the same pointer as fold. Both are
 * NUL-terminated and never NULL. fold_len and stem_len are their lengths in
 * bytes, or UINT16_MAX for one of UINT16_MAX bytes or more (a long URL):
 * px_token_fold_len() and px_token_stem_len() give the length in every
 * case, without a strlen for all but those.
 */
struct px_token {
	size_t start;
	size_t end;
	unsigned flags;   /* enum px_token_flags */
	uint16_t fold_len; /* strlen(fold), at most UINT16_MAX */
	uint16_t stem_len; /* strlen(stem), at most UINT16_MAX */
	const char *fold; /* case-folded form, NUL-terminated (doc-owned) */
	const char *stem; /* Snowball stem of fold; == fold when not a word */
};

/* strlen(t->fold) and strlen(t->stem), from the lengths kept in the token. */
static inline size_t
px_token_fold_len(const struct px_token *t)
{
	return t->fold_len < UINT16_MAX ? t->fold_len : strlen(t->fold);
}

static inline size_t
px_token_stem_len(const struct px_token *t)
{
	return t->stem_len < UINT16_MAX ? t->stem_len : strlen(t->stem);
}

struct px_sentence {
	size_t start;
	size_t end;       /* exclusive; trailing white space excluded */
	size_t para;      /* index of its paragraph */
	size_t tok_start; /* first token index (when tokens were made) */
	size_t tok_end;   /* tokens [tok_start, tok_end); 0, 0 without tokens */
};

enum px_doc_flags {
	PX_DOC_TOKENS = 1 << 0, /* make tokens with case folding */
	PX_DOC_STEMS = 1 << 1,  /* and stems (needs a stemmer; implies tokens) */
};

struct px_stemmer;

/*
 * A Snowball stemmer (libstemmer) with a cache of words seen: stems,
 * stopword flags. lang is "en" (or "eng", "english"); others give
 * PX_EUNSUPPORTED, NULL gives PX_EINVAL; PX_ENOMEM on memory failure. The
 * cache is bounded (about 100,000 words, ~4 MiB); words past it are stemmed
 * every time. Free with px_stemmer_free() (NULL is allowed). Not
 * thread-safe: one per thread.
 *
 * Passing a stemmer to px_doc_parse() also speeds up PX_DOC_TOKENS without
 * PX_DOC_STEMS: stopword flags then come from the cache.
 */
PX_API px_status px_stemmer_new(const char *lang, struct px_stemmer **out);
PX_API void px_stemmer_free(struct px_stemmer *s);

/*
 * Stem of a case-folded word w[0..len); *out_len gets its length. The
 * result is NUL-terminated and borrowed from the stemmer until its next
 * call. Words longer than 64 bytes are returned unchanged.
 */
PX_API const char *px_stemmer_stem(struct px_stemmer *s, const char *w,
				   size_t len, size_t *out_len);

/*
 * Whether a case-folded word (ASCII apostrophes) is an English stopword.
 * A binary search of the shipped list; px_doc_parse's tokens carry the
 * answer already (PX_TOK_STOP).
 */
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
	struct px_arena arena; /* folds and stems */
};

/*
 * Segment text[0..len) (UTF-8; invalid bytes are tolerated but only valid
 * input gets the guarantees above) into paragraphs and sentences, and into
 * tokens when flags ask for them. stemmer may be NULL unless PX_DOC_STEMS is
 * set. doc is caller-owned and need not be initialised; after any return
 * px_doc_release() may be called (it does nothing after a failure).
 *
 * Errors: PX_EINVAL (text NULL with len > 0, or PX_DOC_STEMS without a
 * stemmer), PX_ENOMEM. On failure doc is zeroed and owns nothing.
 * Memory: bounded by the output plus a fixed window (a 50 MB paragraph
 * without tokens costs the sentence array only).
 */
PX_API px_status px_doc_parse(struct px_doc *doc, const char *text,
			      size_t len, unsigned flags,
			      struct px_stemmer *stemmer);
/* Free what the doc owns and zero it; a zeroed doc is fine. */
PX_API void px_doc_release(struct px_doc *doc);

#ifdef __cplusplus
}
#endif
#endif
