/*
 * parallax claims stage: what an article states, as structs with byte
 * offsets. Four kinds (ARCHITECTURE.md §5 "claims values"):
 *
 *   quantity  how many / how much: value, interval [low, high], approx
 *             ("=", "~", "<", "<=", ">", ">=", "range"), normalised unit
 *             ("USD", "%", "pp", "km", "" for a count), counted head noun
 *             and its class ("people", "organisations", ...);
 *   date      absolute, partial and relative dates and clock times,
 *             resolved against the article date, as ISO 8601 strings;
 *   quote     quoted words with the speaker (resolved to the full name the
 *             article uses) and the attribution cue ("said", ...);
 *   entity    people, organisations and places, titles stripped (kept as
 *             role), aliases folded onto one canonical name;
 *   reported  reported speech without quote marks ("X said that ...",
 *             "..., officials said", "according to X, ..."): a struct
 *             px_quote whose words are the reported clause. Its own kind,
 *             so that code written for direct quotes never mistakes a
 *             paraphrase for the speaker's words; the §5 line writes it as
 *             a quote with "reported": true.
 *
 * Two layers. px_numbers_scan() finds every number mention in a text
 * (cardinals, ordinals, fractions, percents, ranges) without interpreting
 * it; px_claims_extract() reads whole articles into claims.
 *
 * Ownership: a px_extractor holds the compiled lexicons (data/claims_*.txt);
 * it is immutable after px_extractor_new() and may be shared by any number
 * of threads. A px_claims result owns every string its claims point to
 * (one arena) and is freed with px_claims_free(); px_numbers_scan()'s array
 * is freed with px_free(). Offsets are byte offsets into the text given.
 * Input text must be valid UTF-8; it need not be NUL-terminated.
 */
#ifndef PARALLAX_CLAIMS_H
#define PARALLAX_CLAIMS_H

#include "parallax/core.h"
#include "parallax/segment.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The compiled lexicons. Opaque, immutable, thread-safe once made. */
struct px_extractor;

/*
 * Load and compile the claims lexicons shipped in data/. *out is owned by
 * the caller (px_extractor_free). PX_ENOMEM, or PX_EFORMAT when a shipped
 * lexicon is malformed (a build defect).
 */
PX_API px_status px_extractor_new(struct px_extractor **out);
PX_API void px_extractor_free(struct px_extractor *x);

/* ---------------------------------------------------------- numbers */

enum px_number_flags {
	PX_NUM_DIGITS = 1 << 0,   /* written with digits ("1,329") */
	PX_NUM_WORDS = 1 << 1,    /* written in words ("twenty-one") */
	PX_NUM_ORDINAL = 1 << 2,  /* "21st", "third" (value is the rank) */
	PX_NUM_FRACTION = 1 << 3, /* "two-thirds", "3/4", "½" */
	PX_NUM_DECIMAL = 1 << 4,  /* has a fractional part */
	PX_NUM_PERCENT = 1 << 5,  /* "66%", "66 percent" (value 66) */
	PX_NUM_RANGE = 1 << 6,    /* "30-40", "between 30 and 40" */
	PX_NUM_SCALED = 1 << 7,   /* "1.2 million", "10k", "a dozen" */
	PX_NUM_GLUED = 1 << 8,    /* digits glued to letters ("29km", "S23") */
	PX_NUM_VAGUE = 1 << 9,    /* "dozens", "hundreds", "millions" */
	PX_NUM_POWER = 1 << 10,   /* "1e10", "1.1^23" */
	PX_NUM_NEGATIVE = 1 << 11,
	PX_NUM_RELATIVE = 1 << 12 /* relative ordinal ("last", "next") */
};

/*
 * One number mention. For a range, value is the lower end and high the
 * upper end; otherwise high == value. For a relative ordinal, value is the
 * offset and rel names what it is relative to ("end", "current").
 */
struct px_number {
	size_t start;
	size_t end; /* exclusive */
	double value;
	double high;
	unsigned flags; /* px_number_flags */
	const char *rel; /* static string or NULL */
};

/*
 * Every number mention of text[0..len), in order, not overlapping. *out is
 * a px_alloc'd array (px_free; NULL when *n is 0). Thread-safe.
 */
PX_API px_status px_numbers_scan(const struct px_extractor *x,
				 const char *text, size_t len,
				 struct px_number **out, size_t *n);

/* ----------------------------------------------------------- claims */

enum px_claim_kind {
	PX_CLAIM_QUANTITY = 1,
	PX_CLAIM_DATE = 2,
	PX_CLAIM_QUOTE = 3,
	PX_CLAIM_ENTITY = 4,
	PX_CLAIM_REPORTED = 5 /* reported speech: u.quote, reported == 1 */
};

enum px_field {
	PX_FIELD_TITLE = 0,
	PX_FIELD_TEXT = 1
};

/* Interval kinds of a quantity, in the order of the §5 strings. */
enum px_approx {
	PX_APPROX_EQ = 0, /* "=" exact */
	PX_APPROX_ABOUT,  /* "~" about, around, roughly, some, an estimated */
	PX_APPROX_LT,     /* "<" nearly, almost, fewer than, under */
	PX_APPROX_LE,     /* "<=" up to, at most, as many as */
	PX_APPROX_GT,     /* ">" more than, over, above */
	PX_APPROX_GE,     /* ">=" at least */
	PX_APPROX_RANGE   /* "range": value is the lower end */
};

enum px_quantity_flags {
	PX_QTY_SCORE = 1 << 0,   /* a score or vote ("7-4"): value-second */
	PX_QTY_VAGUE = 1 << 1,   /* "dozens", "hundreds of" */
	PX_QTY_WORDS = 1 << 2,   /* the number was written in words */
	PX_QTY_FRACTION = 1 << 3, /* "two-thirds of" (value 0.666...) */
	PX_QTY_CHANGE = 1 << 4,   /* the end of a change: `from` holds where it
				     started ("fell from 7 to 5": on the 5) */
	PX_QTY_CHANGE_START = 1 << 5, /* the start of such a change (the 7) */
	PX_QTY_BOUNDS = 1 << 6,    /* a range joined from two bounds ("greater
				      than 100 and smaller than 300") */
	PX_QTY_LOW_OPEN = 1 << 7,  /* with PX_QTY_BOUNDS: low end excluded */
	PX_QTY_HIGH_OPEN = 1 << 8  /* with PX_QTY_BOUNDS: high end excluded */
};

struct px_quantity {
	double value; /* as stated, fully scaled ($14.3 billion -> 1.43e10) */
	double low;   /* finite; low <= value <= high */
	double high;
	double second; /* the other side of a score or vote ("7-4": 4) */
	enum px_approx approx;
	unsigned flags;       /* px_quantity_flags */
	const char *unit;     /* "USD", "%", "pp", "km", ...; "" for a count */
	const char *dim;      /* unit dimension: "money", "percent", ... or "" */
	const char *counts;   /* head noun counted ("officials") or NULL */
	const char *cls;      /* class of what is counted ("people") or NULL */
	size_t fig_start;     /* the figure alone: currency, number(s), unit, */
	size_t fig_end;       /* without approximation words ("$14.3 billion") */
	size_t num_end;       /* end of the number(s), before any unit */
	/* Added after the first release (fields only appended): */
	const char *counted;  /* the counted phrase with its modifiers
				 ("European countries"), or NULL */
	const char *per;      /* denominator of a counted rate ("7.4 rebounds
				 per game": "game"), or NULL */
	double from;          /* with PX_QTY_CHANGE: the value it changed from */
};

struct px_date {
	const char *value;       /* "2023-11-14", "2023-11", "1979", "--11-14",
				    "2023-W45", "22:00", "Tuesday" */
	const char *granularity; /* "year", "month", "week", "day", "time",
				    "weekday", "decade" */
	int relative;            /* 1 when resolved from a relative phrase */
};

struct px_quote {
	size_t q_start; /* the quoted words, without the marks */
	size_t q_end;
	const char *quote;   /* those words, a newline-free copy */
	const char *speaker; /* full name as the article uses it, or NULL */
	const char *cue;     /* "said", "according to", ... or NULL */
	int partial;         /* a fragment inside the reporter's sentence */
	/* Spans of the attribution's parts, byte offsets into the same field
	   (PolNeAR's Source / Cue / Content). An end of 0 means "not in this
	   field": the speaker of a second quote in a paragraph, or no cue. */
	size_t src_start;    /* the speaker as written: "he", "Quill", */
	size_t src_end;      /* "a spokesman for the ministry" */
	size_t cue_start;    /* "said", "according to", "told" */
	size_t cue_end;
	int reported;        /* 1: reported speech (kind PX_CLAIM_REPORTED);
				q_start..q_end is the clause ("that the ...") */
};

struct px_entity {
	const char *name;      /* as written, title stripped ("Biden") */
	const char *type;      /* "person", "org", "place", "other" */
	const char *canonical; /* the fullest form in the article */
	const char *role;      /* stripped title ("President") or NULL */
};

/*
 * One claim. field/sentence/start/end locate it: bytes start..end of the
 * field's text, sentence being the index of the sentence (of that field's
 * px_doc) that holds start. Only the member of the claim's kind is set.
 */
struct px_claim {
	enum px_claim_kind kind;
	enum px_field field;
	size_t sentence;
	size_t start;
	size_t end;
	union {
		struct px_quantity quantity;
		struct px_date date;
		struct px_quote quote;
		struct px_entity entity;
	} u;
};

struct px_claims {
	struct px_claim *items; /* in field order, then by start offset */
	size_t n;
	struct px_arena arena;  /* owns every string of the claims */
};

enum px_claims_kinds {
	PX_CLAIMS_QUANTITIES = 1 << 0,
	PX_CLAIMS_DATES = 1 << 1,
	PX_CLAIMS_QUOTES = 1 << 2, /* direct quotes and reported speech */
	PX_CLAIMS_ENTITIES = 1 << 3,
	PX_CLAIMS_ALL = 0xf
};

struct px_claims_opts {
	unsigned kinds;   /* px_claims_kinds; 0 means all */
	const char *date; /* article date "YYYY-MM-DD[Thh:mm:ssZ]" or NULL */
};

/*
 * Extract the claims of one article from its segmented title (may be NULL)
 * and body. The docs are only read; their text must be valid UTF-8. Names,
 * aliases and he/she resolve across both fields (title first). *out is
 * owned by the caller (px_claims_free); on failure it is NULL. opts may be
 * NULL (all kinds, no article date). Thread-safe for distinct outputs.
 */
PX_API px_status px_claims_extract(const struct px_extractor *x,
				   const struct px_doc *title,
				   const struct px_doc *text,
				   const struct px_claims_opts *opts,
				   struct px_claims **out);
PX_API void px_claims_free(struct px_claims *c);

/* The §5 strings: "quantity"..., "title"/"text", "="... (static). */
PX_API const char *px_claim_kind_name(enum px_claim_kind k);
PX_API const char *px_field_name(enum px_field f);
PX_API const char *px_approx_name(enum px_approx a);

/*
 * Append one claim as the §5 JSON object (no newline) for article id; text
 * is the field's text the offsets refer to. Sticky errors as px_buf.
 */
PX_API px_status px_claim_to_json(const struct px_claim *c, const char *article,
				  const char *text, size_t len,
				  struct px_buf *out);

#ifdef __cplusplus
}
#endif
#endif
