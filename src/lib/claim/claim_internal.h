/*
 * Internal declarations of the claims stage (src/lib/claim/): the compiled
 * lexicons, the tokens every recogniser works on, and the recognisers'
 * entry points. Not installed.
 *
 * Invariants: tokens of a text are in order, never overlap, never split a
 * UTF-8 sequence, and carry the lexicon id of their lower-cased text (or -1)
 * so each word is hashed once per text. Recognisers only read tokens; they
 * mark the tokens they claim in `used` so that a later recogniser (numbers
 * after dates) does not read them again.
 */
#ifndef PX_CLAIM_INTERNAL_H
#define PX_CLAIM_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "parallax/claims.h"
#include "core_internal.h"

/* Word lexicon flags (struct lexw.flags). */
enum {
	LX_CARD = 1u << 0,
	LX_SCALE = 1u << 1,
	LX_ABBR = 1u << 2,
	LX_FRAC = 1u << 3,
	LX_VAGUE = 1u << 4,
	LX_SIGN = 1u << 5,
	LX_DOZEN = 1u << 6,
	LX_ORD = 1u << 7,
	LX_MONTH = 1u << 8,
	LX_WEEKDAY = 1u << 9,
	LX_RELDATE = 1u << 10,
	LX_STOP = 1u << 11,
	LX_CUE = 1u << 12,
	LX_TITLE = 1u << 13,
	LX_ORGWORD = 1u << 14,
	LX_FUTURE = 1u << 15,
	LX_SCORECTX = 1u << 16,
	LX_IDCTX = 1u << 17,
	LX_PRONOUN = 1u << 18,
	LX_PS_UNIT = 1u << 20,   /* a unit or currency phrase starts here */
	LX_PS_APPROX = 1u << 21, /* an approximation phrase starts here */
	LX_PS_PLACE = 1u << 22,  /* a place name starts here */
	LX_PS_TITLE = 1u << 23,  /* a title phrase starts here */
	LX_DATEWORD = 1u << 24,  /* last, this, next, noon, ... (date phrases) */
	LX_ART = 1u << 25,       /* a, an */
	LX_PLACEWORD = 1u << 26, /* Dam, River, Street: ends a place name */
	LX_PAST = 1u << 27,      /* was, said, met, since: a past clause (dates) */
	LX_SCHED = 1u << 28,     /* is, stays, begins: a present schedule (dates) */
	LX_PSTART = LX_PS_UNIT | LX_PS_APPROX | LX_PS_PLACE | LX_PS_TITLE,
	LX_NUMWORD = LX_CARD | LX_SCALE | LX_FRAC | LX_VAGUE | LX_SIGN |
		     LX_DOZEN | LX_ORD
};

/* Phrase lexicon flags (struct lexp.flags). */
enum {
	LP_UNIT_PRE = 1u << 0,  /* currency before the figure */
	LP_UNIT_POST = 1u << 1, /* unit after the figure */
	LP_APPROX = 1u << 2,
	LP_PLACE = 1u << 3,
	LP_TITLE = 1u << 4
};

struct lexw {
	uint32_t flags;
	double num;       /* value of a number word */
	int8_t month;     /* 1-12 */
	int8_t weekday;   /* 1-7, Monday first */
	int8_t reldate;   /* day offset of today/yesterday/tomorrow */
	int16_t noun_cls; /* index into lex.classes, -1 when not a noun */
	uint8_t maxlen;   /* tokens in the longest phrase starting with this word */
	uint16_t sets;    /* bit b: the word is in px__cl_word_sets[b] */
	int32_t phrase1;  /* index into p of the one-word phrase of this word,
			     or -1 */
};

struct lexp {
	uint32_t flags;
	const char *pre_unit;  /* normalised currency of a pre phrase */
	const char *post_unit; /* normalised unit of a post phrase */
	const char *post_dim;
	int approx;            /* enum px_approx */
	double lowf, highf;    /* interval factors of an approx phrase */
};

/* Open-addressed table of the words of up to 16 bytes, packed into two
   integers: the per-token lookup without hashing bytes or comparing memory.
   A slot is 8 bytes (a 32-bit tag of the hash, then id + 1; 0: empty) so
   that the table stays in cache; the packed keys live apart, indexed by id,
   and are read only when a tag matches. A bit filter of the hashes goes
   first. */
#define LEX_FILTER_BITS 17
#define NOUN_FILTER_BITS 19
struct lex_key {
	uint64_t key;   /* bytes 0..7 */
	uint64_t key2;  /* bytes 8..15 */
	uint16_t len;   /* 0: not in the table */
	uint16_t sets;  /* the word's struct lexw.sets and flags, here so */
	uint32_t flags; /* that a token's lookup reads one entry */
};

struct px_extractor {
	uint64_t *fast;        /* 1 << fast_bits slots */
	uint64_t *fast_filter; /* 1 << LEX_FILTER_BITS bits: hashes of the words */
	struct lex_key *fast_keys; /* n_w entries */
	unsigned fast_bits;
	struct px_map *words;  /* lower-case token text -> index in w */
	struct lexw *w;
	size_t n_w, cap_w;
	struct px_map *nouns;   /* noun -> class index (value slot); kept apart
				   from words so the per-token map stays small */
	uint64_t *noun_filter;  /* 1 << NOUN_FILTER_BITS bits: hashes of the
				   nouns of up to 16 bytes */
	struct px_map *phrases; /* normalised phrase key -> index in p */
	struct lexp *p;
	size_t n_p, cap_p;
	size_t max_phrase;      /* tokens in the longest phrase */
	const char **classes;   /* noun class names (arena) */
	size_t n_classes, cap_classes;
	int people_cls;         /* index of the class "people", -1 if none */
	struct px_arena arena;  /* strings of the lexicons */
};

enum tok_type { T_WORD = 1, T_NUM = 2, T_SYM = 3 };

enum {
	TF_SPACE = 1 << 0,  /* white space before the token */
	TF_NL = 1 << 1,     /* a newline in that white space */
	TF_CAP = 1 << 2,    /* word starting with an upper-case letter */
	TF_UPPER = 1 << 3,  /* word all upper case (2+ letters) */
	TF_USED = 1 << 4,   /* claimed by a recogniser */
	TF_SENT = 1 << 5    /* first token of a sentence */
};

struct tok {
	uint32_t start;
	uint32_t end;
	uint8_t type;
	uint8_t flags;
	uint16_t sets; /* word sets of its word (struct lexw.sets), copied here */
	int32_t lw;    /* index into x->w or -1 */
	uint32_t lx;   /* flags of its word (struct lexw.flags) or 0, copied
			  here: flag tests are the commonest per-token work */
	uint8_t sym;   /* the byte of a one-byte symbol, else 0: symbol tests
			  read the token, not the text */
};

/*
 * Word sets: lists of lower-case ASCII words that a recogniser tests
 * tokens against (speech verbs, determiners, ...), each ending with
 * {NULL, 0}; px__cl_word_sets lists at most WORD_SETS_MAX of them, NULL
 * after the last (defined in quote.c beside the code that reads them).
 * px_extractor_new() adds their words to the word lexicon with bit b for
 * px__cl_word_sets[b], and the tokenizer copies a word's bits into
 * tok.sets, so testing a token against a list is one AND instead of
 * string compares.
 */
struct set_word {
	const char *w;
	size_t n; /* strlen(w) */
};
#define WORD_SETS_MAX 16
extern const struct set_word *const px__cl_word_sets[];

struct toks {
	struct tok *t;
	size_t n, cap;
	const char *text;
	size_t len;
};

/* Lexicon lookups. */
/* Lexicon entry of token i's word, or NULL; inline: called per token. */
static inline const struct lexw *
px__cl_lex_word(const struct px_extractor *x, const struct toks *tk, size_t i)
{
	return i < tk->n && tk->t[i].lw >= 0 ? &x->w[tk->t[i].lw] : NULL;
}
/* Flags of token i's word (0 when none); inline: called per token. */
static inline uint32_t
px__cl_lex_flags(const struct px_extractor *x, const struct toks *tk, size_t i)
{
	(void)x;
	return i < tk->n ? tk->t[i].lx : 0;
}
/* px__cl_lex_phrase past its first test (lexicon.c). */
const struct lexp *px__cl_lex_phrase_at(const struct px_extractor *x,
					const struct toks *tk, size_t i, size_t lim,
					uint32_t want, size_t *after);
/*
 * Longest phrase with any of the flags `want` starting at token i, ending
 * before token lim: returns its entry and sets *after to the token after it.
 * Inline: the token's copy of its word's flags answers most calls, which
 * then cost no call.
 */
static inline const struct lexp *
px__cl_lex_phrase(const struct px_extractor *x, const struct toks *tk, size_t i,
		  size_t lim, uint32_t want, size_t *after)
{
	uint32_t need = ((want & (LP_UNIT_PRE | LP_UNIT_POST)) ? LX_PS_UNIT : 0) |
			((want & LP_APPROX) ? LX_PS_APPROX : 0) |
			((want & LP_PLACE) ? LX_PS_PLACE : 0) | ((want & LP_TITLE) ? LX_PS_TITLE : 0);

	*after = i;
	if (i >= lim || i >= tk->n || !(tk->t[i].lx & need))
		return NULL;
	return px__cl_lex_phrase_at(x, tk, i, lim, want, after);
}
/* Noun class of a word (plural forms lemmatised), or NULL; *plural set.
   Nouns live in their own map, looked up only where a noun is asked for. */
const char *px__cl_lex_noun(const struct px_extractor *x, const char *w,
			 size_t len, int *plural);

static inline uint64_t
px__cl_fast_hash(uint64_t key, uint64_t key2, size_t len)
{
	return (key ^ (key2 * 0xC2B2AE3D27D4EB4Full) ^ len) * 0x9E3779B97F4A7C15ull;
}

/* Id of a lower-case word of 1..16 bytes packed little-endian, or -1. */
static inline int32_t
px__cl_fast_find(const struct px_extractor *x, uint64_t key, uint64_t key2, size_t len)
{
	uint64_t h = px__cl_fast_hash(key, key2, len);
	size_t mask = ((size_t)1 << x->fast_bits) - 1;
	size_t i = (size_t)(h >> (64 - x->fast_bits));
	size_t bit = (size_t)(h >> 24) & (((size_t)1 << LEX_FILTER_BITS) - 1);
	uint32_t tag = (uint32_t)h;

	/* Most words of a text are in no lexicon: a 16 KiB bit filter that
	   stays in cache answers for most of them without touching the table. */
	if (!((x->fast_filter[bit >> 6] >> (bit & 63)) & 1))
		return -1;
	for (;;) {
		uint64_t f = x->fast[i];
		if (f == 0)
			return -1;
		if ((uint32_t)(f >> 32) == tag) {
			const struct lex_key *k = &x->fast_keys[(uint32_t)f - 1];
			if (k->key == key && k->key2 == key2 && k->len == len)
				return (int32_t)((uint32_t)f - 1);
		}
		i = (i + 1) & mask;
	}
}

/* Tokenizer: the whole text, with lexicon ids. */
px_status px__cl_toks_make(const struct px_extractor *x, const char *text,
			size_t len, struct toks *tk);
void px__cl_toks_release(struct toks *tk);
/* Whether token i is the n-byte word w (ASCII, compared case-insensitively):
   the lengths first, so most calls end without reading the text. */
static inline int
px__cl_tok_is_n(const struct toks *tk, size_t i, const char *w, size_t n)
{
	size_t k = 0;
	const char *s = NULL;

	if (i >= tk->n || tk->t[i].end - tk->t[i].start != n)
		return 0;
	s = tk->text + tk->t[i].start;
	for (k = 0; k < n; k++) {
		char c = s[k];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != w[k])
			return 0;
	}
	return 1;
}
/* Whether token i is the word w; for a literal w, strlen() is a constant
   once inlined. Lists of words keep their lengths (struct set_word) and
   call px__cl_tok_is_n. */
static inline int
px__cl_tok_is(const struct toks *tk, size_t i, const char *w)
{
	return px__cl_tok_is_n(tk, i, w, strlen(w));
}
/* Whether token i is one of the words of a NULL-terminated list (as
   px__cl_tok_is of each): the token's first byte, lowercased once, turns
   most words away without measuring them. */
static inline int
px__cl_tok_among(const struct toks *tk, size_t i, const char *const *words)
{
	size_t k = 0, n = 0;
	const char *s = NULL;
	char c0 = 0;

	if (i >= tk->n)
		return 0;
	s = tk->text + tk->t[i].start;
	n = tk->t[i].end - tk->t[i].start;
	if (n == 0)
		return 0;
	c0 = s[0] >= 'A' && s[0] <= 'Z' ? (char)(s[0] + 32) : s[0];
	if (c0 == '\0')
		return 0; /* no word holds a NUL */
	for (k = 0; words[k]; k++) {
		const char *w = words[k];
		size_t j = 1;
		if (w[0] != c0)
			continue;
		for (; j < n && w[j]; j++) {
			char c = s[j] >= 'A' && s[j] <= 'Z' ? (char)(s[j] + 32) : s[j];
			if (c != w[j])
				break;
		}
		if (j == n && w[n] == '\0')
			return 1;
	}
	return 0;
}
/* Whether token i is the one-byte symbol c. */
static inline int
px__cl_tok_sym(const struct toks *tk, size_t i, char c)
{
	if (c == 0) /* a NUL symbol: the text itself (sym 0 means none) */
		return i < tk->n && tk->t[i].type == T_SYM &&
		       tk->t[i].end - tk->t[i].start == 1 && tk->text[tk->t[i].start] == 0;
	return i < tk->n && tk->t[i].sym == (uint8_t)c;
}
/* Whether tokens i and i+1 touch (no white space between). */
static inline int
px__cl_tok_glued(const struct toks *tk, size_t i)
{
	return i + 1 < tk->n && !(tk->t[i + 1].flags & TF_SPACE);
}

/* A parsed number (number.c). */
struct num {
	size_t t0, t1;  /* tokens [t0, t1) */
	size_t start, end; /* bytes */
	double value;
	double high;    /* == value unless a range */
	unsigned flags; /* px_number_flags */
	const char *rel;
	double scale;   /* multiplier word applied last ("million": 1e6), or 0 */
};

/*
 * Parse a number starting at token i (before lim). Returns 1 and fills *n,
 * or 0. Ranges and percents are not joined here (quantity.c does that).
 */
int px__cl_num_at(const struct px_extractor *x, const struct toks *tk, size_t i,
	       size_t lim, struct num *n);
/*
 * Whether a number may start at token i: digits, a number word, "a", "an",
 * "half", a minus sign, a decimal point or a symbol of several bytes (a
 * vulgar fraction, U+2212). Every number px__cl_num_at reads starts so;
 * inline, for the scanners that try many positions.
 */
static inline int
px__cl_num_may_start(const struct toks *tk, size_t i)
{
	const struct tok *t = NULL;

	if (i >= tk->n)
		return 0;
	t = &tk->t[i];
	if (t->type == T_NUM || (t->lx & (LX_NUMWORD | LX_DOZEN)))
		return 1;
	if (t->type == T_WORD)
		return px__cl_tok_is(tk, i, "a") || px__cl_tok_is(tk, i, "an") ||
		       px__cl_tok_is(tk, i, "half");
	return t->sym == '-' || t->sym == '.' || t->end - t->start > 1;
}

/* The per-sentence recognisers write claims into this builder. */
struct claim_sink {
	struct px_claim *items;
	size_t n, cap;
	struct px_arena *arena;
	px_status failed;
	enum px_field field;
	size_t sentence;
};

struct px_claim *px__cl_sink_add(struct claim_sink *s, enum px_claim_kind k,
			      size_t start, size_t end);
char *px__cl_sink_str(struct claim_sink *s, const char *p, size_t len);

/* Article date as days since 1970-01-01, or INT32_MIN when unknown. */
struct date_ctx {
	int64_t ref_day; /* INT64_MIN when unknown */
};

void px__cl_dates_sentence(const struct px_extractor *x, struct toks *tk,
			size_t t0, size_t t1, const struct date_ctx *dc,
			struct claim_sink *sink);
void px__cl_quantities_sentence(const struct px_extractor *x, struct toks *tk,
			     size_t t0, size_t t1, struct claim_sink *sink);
/*
 * Counted head noun after token i (before lim): sets *w0 and *w1 to its bytes
 * and returns its class, or returns NULL when there is none. single: the
 * figure is one, so a singular noun may be the head ("one man").
 */
const char *px__cl_head_noun(const struct px_extractor *x, const struct toks *tk,
			  size_t i, size_t lim, size_t *w0, size_t *w1, int single);

/* Entities and quotes work on the whole article (entity.c, quote.c). */
struct field_in {
	const struct px_doc *doc;
	struct toks *tk;
	size_t *sent_tok; /* first token of each sentence, n_sents + 1 */
	enum px_field field;
};

/* One name found in the article (entity.c), kept for quote speakers. */
struct ent_mention {
	size_t f;          /* index into the field_in array */
	size_t t0, t1;     /* tokens of the name (title stripped) */
	size_t start, end; /* bytes */
	const char *name;
	const char *type;  /* "person", "org", "place", "other" */
	const char *canonical;
	const char *role;
};

struct ent_table {
	struct ent_mention *m;
	size_t n, cap;
};

px_status px__cl_entities(const struct px_extractor *x, struct field_in *f,
			  size_t nf, struct claim_sink *sinks,
			  struct ent_table *et);
px_status px__cl_quotes(const struct px_extractor *x, struct field_in *f,
			size_t nf, struct claim_sink *sinks,
			const struct ent_table *et);

/* The quote fields of a §5 claims line (direct quotes and reported
   speech), appended to b after "kind" (quote.c). */
void px__cl_quote_json(const struct px_quote *q, struct px_buf *b);


#endif
