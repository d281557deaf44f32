/*
 * Segmentation: paragraphs, sentences and (on request) tokens with case
 * folds, stopword flags and Snowball stems. See docs/internals/segment.md.
 *
 * One pass over the text. Paragraphs end at blank lines. Inside a paragraph
 * the scanner (token.c) fills a bounded window of tokens; sentence decisions
 * are taken token by token with a fixed look-ahead and a little history, so
 * memory stays bounded however long a paragraph is and nothing is scanned
 * twice (line statistics of multi-line paragraphs are the only extra pass,
 * and it only looks for newlines). Decisions are rules over token kinds,
 * shapes and two small lexicons (data/abbreviations_en.txt,
 * data/stopwords_en.txt): no regular-expression rewriting of the text.
 *
 * Invariants: sentences are in text order, non-empty, never overlap, start
 * and end on token boundaries (so they exclude surrounding white space and
 * never split a UTF-8 sequence of valid input), and every token belongs to
 * exactly one sentence. Public tokens, folds and stems live in the doc (its
 * arrays and arena); nothing is allocated per token except bump space.
 */
#include <string.h>

#include "seg_internal.h"

#define WIN_MAX 4096   /* tokens held in the window */
#define WIN_MIN 256
#define LOOKAHEAD 48   /* tokens a decision may look ahead */
#define HISTORY 16     /* tokens a decision may look back */
#define MARKERS_MAX 256
#define LIST_LINE_MAX 60 /* bytes: a line of a list or heading block */
#define DATELINE_MAX 48
#define BYLINE_MAX 60

#define PREP_BATCH 32 /* tokens folded and prefetched ahead */
#define STOPSET_MIN_LEN 256 /* shorter texts search the stopword list */
#define FOLD_PAD 12 /* zero bytes after each fold (the stem cache's slot width) */

enum next_class { NX_END, NX_LOWER, NX_DIGIT, NX_UPPER, NX_OTHER };

/* A token's public data prepared ahead of emission (see prepare()). */
struct prep {
	const char *fold;
	uint64_t hash;
	uint32_t flen;
	uint8_t upper;
	uint8_t word; /* gets a stopword flag and a stem */
};

struct seg {
	struct px_doc *doc;
	const char *s;
	size_t len;
	unsigned flags;
	struct px_stemmer *stemmer;
	/* Lexicons, opened on first use (a title often needs none). */
	struct px__seglex stop_lx, abbr_lx;
	int stop_open, abbr_open;
	struct px__stopset *stopset; /* tokens without a stemmer */
	px_status st; /* sticky failure */
	size_t cap_sents, cap_toks, cap_paras;

	/* The paragraph being read. */
	size_t ps, pe;
	size_t para;
	int lines_known;
	size_t width;  /* longest trimmed line */
	int para_list; /* every line is a unit of its own */
	int para_any;  /* it had a token */
	size_t para_first, para_last;

	/* The token window, and per token the prepared public data. */
	struct px__tok *win;
	struct prep *prep;
	size_t wcap, nt, pos;
	size_t prep_end; /* prep[0..prep_end) is valid */
	int para_done;

	/* The sentence being built. */
	int open;
	size_t sent_start, sent_end;
	size_t sent_tok0;
	size_t words;     /* word-like tokens in it */
	int from_marker;  /* it starts with a list marker */

	/* Bump space for folds and stems (doc arena). */
	char *fb;
	size_t fb_left;
};

/* ------------------------------------------------------------ utilities */

static int
is_wordish(int kind)
{
	return kind == PX__TK_WORD || kind == PX__TK_NUM || kind == PX__TK_ACRO ||
	       kind == PX__TK_DOTTED || kind == PX__TK_URL || kind == PX__TK_EMAIL;
}

static int
is_terminal(int kind)
{
	return kind == PX__TK_DOT || kind == PX__TK_ELLIPSIS || kind == PX__TK_EXCL ||
	       kind == PX__TK_ACRO || kind == PX__TK_CJKSTOP;
}

static int
is_closer(int kind)
{
	return kind == PX__TK_QCLOSE || kind == PX__TK_QUOTE || kind == PX__TK_CLOSE;
}

static int
is_opener(int kind)
{
	return kind == PX__TK_QOPEN || kind == PX__TK_QUOTE || kind == PX__TK_OPEN;
}

static int
is_space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int
ascii_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int
ascii_alpha(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int
ascii_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Whether s[a..b) equals word (ASCII, case-insensitive). */
static int
eq_nocase(const char *s, size_t a, size_t b, const char *word)
{
	size_t n = strlen(word), i = 0;

	if (b - a != n)
		return 0;
	for (i = 0; i < n; i++)
		if (ascii_lower((unsigned char)s[a + i]) != word[i])
			return 0;
	return 1;
}

static const struct px__seglex *
stop_lexicon(struct seg *g)
{
	if (!g->stop_open) {
		px__seglex_open(&g->stop_lx, PX__STOPWORDS);
		g->stop_open = 1;
	}
	return &g->stop_lx;
}

static const struct px__seglex *
abbr_lexicon(struct seg *g)
{
	if (!g->abbr_open) {
		px__seglex_open(&g->abbr_lx, PX__ABBREVIATIONS);
		g->abbr_open = 1;
	}
	return &g->abbr_lx;
}

/*
 * Whether a capitalised word typically starts a sentence: a stopword (The,
 * He, However, In) or a lexicon starter (Meanwhile, Millions). Names that
 * follow an abbreviation (Smith, Government, Army) are not.
 */
static int
is_starter(struct seg *g, const struct px__tok *t)
{
	char buf[24];
	size_t n = 0, i = 0;

	if (t->kind != PX__TK_WORD || !(t->shape & PX__SH_CAP) || !(t->shape & PX__SH_ASCII))
		return 0;
	if (t->end - t->start >= sizeof(buf))
		return 0;
	for (i = t->start; i < t->end; i++)
		buf[n++] = (char)ascii_lower((unsigned char)g->s[i]);
	if (px__seglex_has(stop_lexicon(g), buf, n))
		return 1;
	return px__abbr_class(abbr_lexicon(g), buf, n) == PX__LX_STARTER;
}

/* ----------------------------------------------------------- the output */

static void
fail(struct seg *g, px_status st)
{
	if (g->st == PX_OK)
		g->st = st;
}

/* A new chunk of bump space for at least n bytes; 0 on failure. */
static int
bump_refill(struct seg *g, size_t n)
{
	/* Chunks sized to the text (folds take about 3.5 bytes a text byte
	 * with their padding), at most 64 KiB unless n is larger. */
	size_t chunk = g->len < 16 * 1024 ? 4 * g->len + 256 : 64 * 1024;

	if (chunk < n)
		chunk = n;
	g->fb = px_arena_alloc(&g->doc->arena, chunk);
	if (g->fb == NULL) {
		g->fb_left = 0;
		return 0;
	}
	g->fb_left = chunk;
	return 1;
}

/* Bump space of n bytes in the doc arena; NULL on failure. Inline: it
 * runs for every token (11 million calls on bench-news's report), and
 * most calls only move the pointer. */
static inline char *
bump(struct seg *g, size_t n)
{
	char *p = NULL;

	if (n > g->fb_left && !bump_refill(g, n))
		return NULL;
	p = g->fb;
	g->fb += n;
	g->fb_left -= n;
	return p;
}

/* Give back the unused tail of the last bump (folds shrink). */
static void
bump_trim(struct seg *g, char *p, size_t asked, size_t used)
{
	if (p + asked == g->fb) {
		g->fb -= asked - used;
		g->fb_left += asked - used;
	}
}

/* Case of ASCII bytes: 1 upper-case letter, 2 lower-case letter. */
static const unsigned char ascii_case[256] = {
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
	['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2,
	['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2,
	['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2,
	['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
};

/* Each printable ASCII character as a string: static folds. */
static const char ascii_strings[][2] = {
	" ", "!", "\"", "#", "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".",
	"/", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", ";", "<", "=",
	">", "?", "@", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
	"M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "[",
	"\\", "]", "^", "_", "`", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j",
	"k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y",
	"z", "{", "|", "}", "~",
};

/* Public flags of each scanner kind (a number adds WORD when it has letters). */
static const uint16_t kind_flags[] = {
	[PX__TK_END] = PX_TOK_PUNCT,       [PX__TK_SPACE] = PX_TOK_PUNCT,
	[PX__TK_WORD] = PX_TOK_WORD,       [PX__TK_NUM] = PX_TOK_NUMBER,
	[PX__TK_ACRO] = PX_TOK_WORD | PX_TOK_ABBR,
	[PX__TK_DOTTED] = PX_TOK_WORD,     [PX__TK_URL] = PX_TOK_URL,
	[PX__TK_EMAIL] = PX_TOK_URL,       [PX__TK_DOT] = PX_TOK_PUNCT,
	[PX__TK_ELLIPSIS] = PX_TOK_PUNCT,  [PX__TK_EXCL] = PX_TOK_PUNCT,
	[PX__TK_CJKSTOP] = PX_TOK_PUNCT,   [PX__TK_QOPEN] = PX_TOK_PUNCT,
	[PX__TK_QCLOSE] = PX_TOK_PUNCT,    [PX__TK_QUOTE] = PX_TOK_PUNCT,
	[PX__TK_OPEN] = PX_TOK_PUNCT,      [PX__TK_CLOSE] = PX_TOK_PUNCT,
	[PX__TK_DASH] = PX_TOK_PUNCT,      [PX__TK_BULLET] = PX_TOK_PUNCT,
	[PX__TK_PUNCT] = PX_TOK_PUNCT,     [PX__TK_SYM] = PX_TOK_SYMBOL,
	[PX__TK_CUR] = PX_TOK_SYMBOL,
};

static unsigned
public_flags(const struct px__tok *t)
{
	unsigned f = kind_flags[t->kind];

	if (t->kind == PX__TK_NUM && (t->shape & PX__SH_ALPHA))
		f |= PX_TOK_WORD;
	return f;
}

/*
 * First half of making a public token, done for a batch of tokens ahead of
 * their emission: the case fold (into bump space) and, for words, the hash
 * of the fold, with the stemmer cache's slots prefetched. A cache probe
 * that misses the CPU caches costs tens of nanoseconds on the machines
 * measured (docs/internals/segment.md); issued a batch ahead, the probes
 * overlap instead of adding up.
 */
static void
prepare(struct seg *g, size_t from, size_t to)
{
	size_t j = 0;

	for (j = from; j < to; j++) {
		const struct px__tok *t = &g->win[j];
		struct prep *p = &g->prep[j];
		size_t len = t->end - t->start, need = 0;
		char *fold = NULL;
		int upper = 0, hashed = 0;

		p->fold = NULL;
		p->flen = 0;
		p->upper = 0;
		p->word = 0;
		if (len == 1 && !(t->shape & PX__SH_ALPHA)) {
			unsigned char c = (unsigned char)g->s[t->start];
			if (c >= 0x20 && c < 0x7F) {
				/* One ASCII symbol: its fold is static. */
				p->fold = ascii_strings[c - 0x20];
				p->flen = 1;
				continue;
			}
		}
		/* Folds are followed by FOLD_PAD zero bytes (their NUL and
		 * more), so the word hash and the cache compare can read whole
		 * words of memory. */
		if (t->shape & PX__SH_ASCII) {
			/* ASCII words: lower-case them inline, the length is kept. */
			const unsigned char *src = (const unsigned char *)g->s + t->start;
			size_t q = 0;
			unsigned seen = 0;
			fold = bump(g, len + FOLD_PAD);
			if (fold == NULL) {
				fail(g, PX_ENOMEM);
				return;
			}
			memset(fold + len, 0, FOLD_PAD);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/*
			 * Eight bytes at a time where the text allows reading
			 * them (SWAR: the word's bytes are ASCII, so no carry
			 * leaves them; bytes read past the word only spill into
			 * higher lanes, which are masked off). The cache hash is
			 * computed from the same registers, the way
			 * px__word_hash_padded reads the zero-padded fold
			 * (reading the fold back would stall on the stores).
			 */
			if (len >= 8 || t->start + 8 <= g->len) {
				uint64_t h = 0x9E3779B97F4A7C15ULL ^ len;
				while (q < len) {
					uint64_t x = 0, ge_a = 0, gt_z = 0, up = 0, lo = 0;
					const uint64_t ones = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
					if (q + 8 > len && t->start + q + 8 > g->len)
						break;
					memcpy(&x, src + q, 8);
					ge_a = x + ones * (0x80 - 'A');
					gt_z = x + ones * (0x7F - 'Z');
					up = ge_a & ~gt_z & hi;
					lo = (x + ones * (0x80 - 'a')) & ~(x + ones * (0x7F - 'z')) & hi;
					if (q + 8 > len) {
						/* Only the word's bytes count. */
						uint64_t keep = ~0ULL >> (8 * (q + 8 - len));
						up &= keep;
						lo &= keep;
						x = (x | (up >> 2)) & keep;
						h = (h ^ x) * 0xFF51AFD7ED558CCDULL;
					} else {
						x |= up >> 2;
						h = (h ^ x) * 0xFF51AFD7ED558CCDULL;
						h ^= h >> 29;
					}
					seen |= (up ? 1u : 0u) | (lo ? 2u : 0u);
					memcpy(fold + q, &x, 8);
					q += 8;
				}
				if (q >= len) {
					h ^= h >> 32;
					h *= 0xC4CEB9FE1A85EC53ULL;
					h ^= h >> 29;
					p->hash = h;
					hashed = 1;
				}
			}
#endif
			for (; q < len; q++) {
				unsigned c = src[q], k = ascii_case[c];
				seen |= k;
				fold[q] = (char)(c | ((k & 1) << 5));
			}
			p->flen = (uint32_t)len;
			upper = seen == 1;
		} else {
			need = 3 * len + FOLD_PAD;
			fold = bump(g, need);
			if (fold == NULL) {
				fail(g, PX_ENOMEM);
				return;
			}
			p->flen = (uint32_t)px__fold(g->s + t->start, len, fold, &upper);
			memset(fold + p->flen, 0, FOLD_PAD);
			bump_trim(g, fold, need, p->flen + FOLD_PAD);
		}
		p->fold = fold;
		p->upper = (uint8_t)(upper && (t->shape & PX__SH_ALPHA));
		if ((public_flags(t) & PX_TOK_WORD) && (t->shape & PX__SH_ALPHA)) {
			p->word = 1;
			if (g->stemmer) {
				if (!hashed)
					p->hash = px__word_hash_padded(fold, p->flen);
				px__stemmer_prefetch(g->stemmer, p->hash);
			}
		}
	}
}

/* Second half: the public token, with its stopword flag and stem. */
static void
emit_token(struct seg *g, size_t idx)
{
	const struct px__tok *t = &g->win[idx];
	struct px_doc *doc = g->doc;
	struct px_token *pt = NULL;
	const struct prep *p = NULL;

	/* Keep the prepared range a batch or two ahead, so that the
	 * prefetches of a batch have landed by the time it is emitted. */
	if (idx + PREP_BATCH >= g->prep_end && g->prep_end < g->nt) {
		size_t from = g->prep_end > idx ? g->prep_end : idx;
		size_t to = idx + 2 * PREP_BATCH < g->nt ? idx + 2 * PREP_BATCH : g->nt;
		size_t j = 0;
		/* Second stage for the tokens about to be emitted: their hot
		 * slots (prefetched a batch ago) have landed; where the word is
		 * not there, prefetch its slot in the big table. */
		if (g->stemmer)
			for (j = idx; j < from; j++)
				if (g->prep[j].word)
					px__stemmer_prefetch_table(g->stemmer, g->prep[j].fold,
								   g->prep[j].flen, g->prep[j].hash);
		prepare(g, from, to);
		g->prep_end = to;
		if (g->st)
			return;
	}
	p = &g->prep[idx];
	if (doc->n_toks >= g->cap_toks &&
	    px_grow((void **)&doc->toks, &g->cap_toks, doc->n_toks + 1, sizeof(*doc->toks))) {
		fail(g, PX_ENOMEM);
		return;
	}
	pt = &doc->toks[doc->n_toks];
	pt->start = t->start;
	pt->end = t->end;
	pt->flags = public_flags(t);
	if (t->shape & PX__SH_CAP)
		pt->flags |= PX_TOK_CAP;
	if (p->upper)
		pt->flags |= PX_TOK_UPPER;
	pt->fold = p->fold;
	pt->stem = p->fold;
	/* No token holds a NUL (the scanner reads it as white space), so the
	 * fold's length is its strlen. */
	pt->fold_len = (uint16_t)(p->flen < UINT16_MAX ? p->flen : UINT16_MAX);
	pt->stem_len = pt->fold_len;
	if (p->word) {
		const char *stem = NULL;
		size_t sl = 0, q = 0;
		int fl = 0;
		if (g->stemmer) {
			if (!px__stemmer_lookup_hashed(g->stemmer, p->fold, p->flen, p->hash, 1, &stem,
						       &sl, &fl)) {
				fail(g, PX_ENOMEM);
				return;
			}
			if ((g->flags & PX_DOC_STEMS) && !(fl & PX__STEM_SAME)) {
				char *c = bump(g, sl + 1);
				if (c == NULL) {
					fail(g, PX_ENOMEM);
					return;
				}
				for (q = 0; q < sl; q++)
					c[q] = stem[q];
				c[sl] = '\0';
				pt->stem = c;
				pt->stem_len = (uint16_t)(sl < UINT16_MAX ? sl : UINT16_MAX);
			}
		} else if (g->stopset ? px__stopset_has(g->stopset, p->fold, p->flen)
				      : px__seglex_has(stop_lexicon(g), p->fold, p->flen)) {
			fl = PX__STEM_STOP;
		}
		if (fl & PX__STEM_STOP)
			pt->flags |= PX_TOK_STOP;
	}
	doc->n_toks++;
}

static void
add_token(struct seg *g, size_t idx)
{
	const struct px__tok *t = &g->win[idx];

	if (!g->open) {
		g->open = 1;
		g->sent_start = t->start;
		g->sent_tok0 = g->doc->n_toks;
		g->words = 0;
		g->from_marker = (t->mark & PX__MK_MARKER) != 0;
	}
	g->sent_end = t->end;
	if (is_wordish(t->kind))
		g->words++;
	if (!g->para_any) {
		g->para_any = 1;
		g->para_first = t->start;
	}
	g->para_last = t->end;
	if (g->flags & PX_DOC_TOKENS)
		emit_token(g, idx);
}

static void
close_sentence(struct seg *g)
{
	struct px_doc *doc = g->doc;
	struct px_sentence *se = NULL;

	if (!g->open)
		return;
	g->open = 0;
	if (g->words == 0 && doc->n_sents > 0 && doc->sents[doc->n_sents - 1].para == g->para) {
		/* Punctuation alone, as a closing quote set off by a space
		 * ("the event. '"), belongs to the sentence before it. */
		doc->sents[doc->n_sents - 1].end = g->sent_end;
		if (g->flags & PX_DOC_TOKENS)
			doc->sents[doc->n_sents - 1].tok_end = doc->n_toks;
		return;
	}
	if (doc->n_sents >= g->cap_sents &&
	    px_grow((void **)&doc->sents, &g->cap_sents, doc->n_sents + 1, sizeof(*doc->sents))) {
		fail(g, PX_ENOMEM);
		return;
	}
	se = &doc->sents[doc->n_sents++];
	se->start = g->sent_start;
	se->end = g->sent_end;
	se->para = g->para;
	se->tok_start = (g->flags & PX_DOC_TOKENS) ? g->sent_tok0 : 0;
	se->tok_end = (g->flags & PX_DOC_TOKENS) ? g->doc->n_toks : 0;
}

/* Mark the public token before the current one as an abbreviation. */
static void
flag_abbr_before(struct seg *g)
{
	if ((g->flags & PX_DOC_TOKENS) && g->doc->n_toks >= 2)
		g->doc->toks[g->doc->n_toks - 2].flags |= PX_TOK_ABBR;
}

/* ------------------------------------------------------------ the lines */

/* Trimmed bounds of the line [a, b). */
static void
trim(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && is_space_byte((unsigned char)s[*a]))
		(*a)++;
	while (*b > *a && is_space_byte((unsigned char)s[*b - 1]))
		(*b)--;
}

/* Last byte of a trimmed line, looking through closing quotes/brackets. */
static int
line_last(const char *s, size_t a, size_t b)
{
	while (b > a) {
		unsigned char c = (unsigned char)s[b - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']') {
			b--;
			continue;
		}
		/* U+201D, U+2019 closing quotes; U+2026 ellipsis counts as '.' */
		if (b - a >= 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80) {
			if (c == 0x9D || c == 0x99) {
				b -= 3;
				continue;
			}
			if (c == 0xA6)
				return '.';
		}
		return c;
	}
	return 0;
}

static int
ends_sentence_char(int c)
{
	return c == '.' || c == '!' || c == '?';
}

/* Longest trimmed line and the list property of the paragraph. */
static void
line_stats(struct seg *g)
{
	const char *s = g->s;
	size_t a = g->ps, lines = 0;
	int all_short = 1, none_final = 1;

	g->width = 0;
	while (a < g->pe) {
		const char *nl = memchr(s + a, '\n', g->pe - a);
		size_t b = nl ? (size_t)(nl - s) : g->pe, ta = a, tb = b;
		trim(s, &ta, &tb);
		if (tb > ta) {
			lines++;
			if (tb - ta > g->width)
				g->width = tb - ta;
			if (tb - ta > LIST_LINE_MAX)
				all_short = 0;
			if (ends_sentence_char(line_last(s, ta, tb)))
				none_final = 0;
		}
		a = b + 1;
	}
	g->para_list = lines >= 3 && all_short && none_final;
	g->lines_known = 1;
}

static const char *const date_words[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
	"tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", NULL
};

/* A dateline such as "Saturday, September 12, 2015" or "Nov. 14, 2023". */
static int
is_dateline(const char *s, size_t a, size_t b)
{
	size_t i = a, date = 0, other = 0, digits = 0;

	if (b - a > DATELINE_MAX)
		return 0;
	while (i < b) {
		unsigned char c = (unsigned char)s[i];
		if (ascii_alpha(c)) {
			size_t j = i;
			int k = 0, hit = 0;
			while (j < b && ascii_alpha((unsigned char)s[j]))
				j++;
			for (k = 0; date_words[k]; k++)
				if (eq_nocase(s, i, j, date_words[k]))
					hit = 1;
			if (hit)
				date++;
			else
				other++;
			i = j;
		} else {
			if (ascii_digit(c))
				digits++;
			else if (c >= 0x80)
				other++;
			i++;
		}
	}
	return date >= 1 && digits >= 1 && other <= 3;
}

/* A byline: "By Jane Smith" (short, capitalised name after "By"). */
static int
is_byline(const char *s, size_t a, size_t b)
{
	return b - a <= BYLINE_MAX && b - a > 4 && (s[a] == 'B' || s[a] == 'b') &&
	       (s[a + 1] == 'y' || s[a + 1] == 'Y') && s[a + 2] == ' ' &&
	       s[a + 3] >= 'A' && s[a + 3] <= 'Z';
}

/* A heading: two or more words, most of the long ones capitalised. */
static int
is_heading(const char *s, size_t a, size_t b)
{
	size_t i = a, words = 0, caps = 0;

	while (i < b) {
		size_t j = i;
		while (j < b && s[j] != ' ')
			j++;
		if (j - i >= 4) {
			words++;
			if ((unsigned char)s[i] >= 'A' && (unsigned char)s[i] <= 'Z')
				caps++;
			else if ((unsigned char)s[i] >= 0x80)
				caps++; /* cannot tell cheaply; do not hold it against */
		}
		i = j + 1;
	}
	return words >= 2 && caps * 10 >= words * 7;
}

/*
 * Words a wrapped line ends with but a heading almost never does: articles,
 * prepositions, conjunctions, auxiliaries, possessives.
 */
static const char *const line_glue[] = {
	"a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "with", "by", "into",
	"and", "or", "but", "nor", "as", "than", "that", "which", "who", "whose", "whom",
	"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
	"can", "could", "should", "may", "might", "must", "its", "their", "his", "her",
	"our", "your", "my", "this", "these", "those", "said", NULL
};

/* Whether the last word of the line is a lower-case function word. */
static int
ends_with_function_word(const char *s, size_t a, size_t b)
{
	size_t j = b;
	int k = 0;

	while (j > a && s[j - 1] != ' ')
		j--;
	if (b - j == 0 || b - j > 8 || !((unsigned char)s[j] >= 'a' && (unsigned char)s[j] <= 'z'))
		return 0;
	for (k = 0; line_glue[k]; k++)
		if (eq_nocase(s, j, b, line_glue[k]))
			return 1;
	return 0;
}

/*
 * The start of the line that ends at s[e] (e > from), not before from:
 * the byte after the last newline of s[from, e), else from. Eight bytes
 * at a time from the end: a byte of x = word ^ "\n\n..." is zero exactly
 * where the word holds a newline, and (x & 0x7f..) + 0x7f.. sets the high
 * bit of every byte but those (no sum carries into the next byte).
 */
static size_t
line_start(const char *s, size_t from, size_t e)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7full, nl = 0x0a0a0a0a0a0a0a0aull;

	while (e >= from + 8) {
		uint64_t x = 0, z = 0;
		memcpy(&x, s + e - 8, 8);
		x ^= nl;
		z = ~(((x & low7) + low7) | x | low7);
		if (z)
			return e - 8 + (size_t)((63 - __builtin_clzll(z)) >> 3) + 1;
		e -= 8;
	}
#endif
	while (e > from && s[e - 1] != '\n')
		e--;
	return e;
}

/*
 * Whether the newline before token t ends a sentence (ARCHITECTURE.md §5):
 * after a heading, dateline or byline (short, no final punctuation, the next
 * line starting a new unit) it does; in hard-wrapped text it is a space.
 * A line that ends with sentence punctuation leaves the decision to the
 * punctuation rules. "Short" is relative: the line would have had room for
 * the next line's first word within the paragraph's longest line.
 */
static int
newline_breaks(struct seg *g, const struct px__tok *t)
{
	const char *s = g->s;
	size_t q = t->start, la = 0, lb = 0, w = 0;
	int last = 0;

	if (!g->lines_known)
		line_stats(g);
	if (g->para_list)
		return 1;
	while (q > g->ps && s[q - 1] != '\n')
		q--;
	if (q <= g->ps)
		return 0;
	lb = q - 1; /* the newline */
	la = lb;
	la = line_start(s, g->ps, la);
	trim(s, &la, &lb);
	if (lb <= la)
		return 0;
	last = line_last(s, la, lb);
	if (ends_sentence_char(last))
		return 0;
	if (t->kind == PX__TK_BULLET)
		return 1;
	if ((t->kind == PX__TK_SYM || t->kind == PX__TK_DASH) && t->end < g->pe &&
	    is_space_byte((unsigned char)s[t->end]))
		return 1;
	if (is_dateline(s, la, lb) || is_byline(s, la, lb))
		return 1;
	if (t->shape & PX__SH_LOWER)
		return 0;
	if (last == ',' || last == ';' || last == '-' || ends_with_function_word(s, la, lb))
		return 0;
	w = t->start;
	while (w < g->pe && !is_space_byte((unsigned char)s[w]) && s[w] != '\n')
		w++;
	if ((lb - la) + 1 + (w - t->start) <= g->width)
		return 1;
	return is_heading(s, la, lb);
}

/* ------------------------------------------------------------ list items */

enum { ST_DIGIT, ST_LOWER, ST_UPPER, ST_LROMAN, ST_UROMAN };
enum { FM_DOT, FM_PAREN, FM_DOTPAREN, FM_PARENS };

struct marker {
	size_t first; /* first token of the marker */
	size_t dot;   /* its period, or SIZE_MAX */
	int style, form, value, unit_start;
};

static int
roman_value(const char *s, size_t a, size_t b)
{
	static const char *const lower[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
					    "ix", "x", "xi", "xii", "xiii", "xiv", "xv", NULL};
	int k = 0;

	for (k = 0; lower[k]; k++)
		if (eq_nocase(s, a, b, lower[k]))
			return k + 1;
	return 0;
}

/*
 * Collect marker candidates at window index m: "1." "1)" "1.)" "(1)" and the
 * same with letters or roman numerals, preceded by white space. Returns the
 * number of interpretations written to out (a lone "i" is a letter and a
 * roman one).
 */
static int
marker_at(const struct seg *g, size_t m, struct marker *out)
{
	const struct px__tok *w = g->win;
	const char *s = g->s;
	size_t v = m, after = 0, dot = SIZE_MAX;
	int form = 0, n = 0, parens = 0, unit = 0;
	size_t len = 0;

	if (!w[m].ws && !(m > 0 && w[m - 1].kind == PX__TK_BULLET))
		return 0;
	if (w[m].kind == PX__TK_OPEN && s[w[m].start] == '(') {
		parens = 1;
		v = m + 1;
		if (v >= g->nt || w[v].ws)
			return 0;
	}
	if (v + 1 >= g->nt || (w[v].kind != PX__TK_NUM && w[v].kind != PX__TK_WORD))
		return 0;
	len = w[v].end - w[v].start;
	after = v + 1;
	if (w[after].ws)
		return 0;
	if (parens) {
		if (w[after].kind != PX__TK_CLOSE || s[w[after].start] != ')')
			return 0;
		form = FM_PARENS;
		after++;
	} else if (w[after].kind == PX__TK_DOT) {
		dot = after;
		form = FM_DOT;
		after++;
		if (after < g->nt && !w[after].ws && w[after].kind == PX__TK_CLOSE &&
		    s[w[after].start] == ')') {
			form = FM_DOTPAREN;
			after++;
		}
	} else if (w[after].kind == PX__TK_CLOSE && s[w[after].start] == ')') {
		form = FM_PAREN;
		after++;
	} else {
		return 0;
	}
	if (after >= g->nt || !w[after].ws)
		return 0;
	unit = m == 0 || w[m].nl || w[m - 1].kind == PX__TK_BULLET ||
	       (w[m].mark & PX__MK_NLBREAK);
	if (w[v].kind == PX__TK_NUM) {
		size_t i = 0;
		int val = 0;
		if (len > 3)
			return 0;
		for (i = w[v].start; i < w[v].end; i++) {
			if (!ascii_digit((unsigned char)s[i]))
				return 0;
			val = val * 10 + (s[i] - '0');
		}
		out[n].style = ST_DIGIT;
		out[n].value = val;
		n++;
	} else {
		unsigned char c = (unsigned char)s[w[v].start];
		int rv = 0;
		if (!(w[v].shape & PX__SH_ASCII) || len > 4)
			return 0;
		/* An initial follows a capitalised name: "John A. Smith". */
		if (form == FM_DOT && m > 0 && w[m - 1].kind == PX__TK_WORD &&
		    (w[m - 1].shape & PX__SH_CAP))
			return 0;
		if (len == 1 && ascii_alpha(c)) {
			out[n].style = (c >= 'a') ? ST_LOWER : ST_UPPER;
			out[n].value = ascii_lower(c) - 'a' + 1;
			n++;
		}
		rv = roman_value(s, w[v].start, w[v].end);
		if (rv) {
			out[n].style = (c >= 'a') ? ST_LROMAN : ST_UROMAN;
			out[n].value = rv;
			n++;
		}
	}
	for (int k = 0; k < n; k++) {
		out[k].first = m;
		out[k].dot = dot;
		out[k].form = form;
		out[k].unit_start = unit;
	}
	return n;
}

/*
 * Find list items in the window from index `from` on: a marker counts when
 * another of the same style and form holds the next or previous value
 * ("1. ... 2. ..."), or, for numbers, when it starts a line or follows a
 * bullet. Bullets always start an item. Items start sentences, and a
 * marker's period ends none.
 */
static void
mark_lists(struct seg *g, size_t from)
{
	struct marker mk[MARKERS_MAX];
	size_t nm = 0, i = 0, a = 0, b = 0;

	for (i = from; i < g->nt; i++)
		g->win[i].mark &= (uint8_t)~(PX__MK_LBREAK | PX__MK_NOBREAK | PX__MK_MARKER);
	for (i = 0; i < g->nt && nm + 2 <= MARKERS_MAX; i++) {
		const struct px__tok *t = &g->win[i];
		if (t->kind == PX__TK_BULLET && (t->ws || i == 0)) {
			if (i >= from)
				g->win[i].mark |= PX__MK_LBREAK | PX__MK_MARKER;
			continue;
		}
		/* Cheap test first: a marker is a short token with a period or
		 * parenthesis glued to it, or an opening parenthesis. */
		if (i + 1 < g->nt && !g->win[i + 1].ws &&
		    (((t->kind == PX__TK_NUM || t->kind == PX__TK_WORD) && t->end - t->start <= 4 &&
		      (g->win[i + 1].kind == PX__TK_DOT || g->win[i + 1].kind == PX__TK_CLOSE)) ||
		     t->kind == PX__TK_OPEN))
			nm += (size_t)marker_at(g, i, mk + nm);
	}
	for (a = 0; a < nm; a++) {
		int ok = mk[a].style == ST_DIGIT && mk[a].unit_start;
		for (b = 0; b < nm && !ok; b++) {
			if (mk[b].style != mk[a].style || mk[b].form != mk[a].form)
				continue;
			if ((mk[b].value == mk[a].value + 1 && mk[b].first > mk[a].first) ||
			    (mk[b].value == mk[a].value - 1 && mk[b].first < mk[a].first))
				ok = 1;
		}
		if (!ok || mk[a].first < from)
			continue;
		/* After a bullet the item has already started. */
		if (mk[a].first == 0 || g->win[mk[a].first - 1].kind != PX__TK_BULLET)
			g->win[mk[a].first].mark |= PX__MK_LBREAK | PX__MK_MARKER;
		if (mk[a].dot != SIZE_MAX)
			g->win[mk[a].dot].mark |= PX__MK_NOBREAK;
	}
}

/* -------------------------------------------------------- the decisions */

/* Class of the token at j, looking through opening quotes and brackets. */
static int
next_class(const struct seg *g, size_t j, size_t *content)
{
	const struct px__tok *w = g->win;
	size_t c = j;

	while (c < g->nt && c - j < 4 && (is_opener(w[c].kind) || w[c].kind == PX__TK_DASH))
		c++;
	if (c >= g->nt) {
		*content = SIZE_MAX;
		return g->para_done ? NX_OTHER : NX_OTHER;
	}
	*content = c;
	if (w[c].kind == PX__TK_NUM)
		return NX_DIGIT;
	/* An amount written with its currency sign: "$5". */
	if (w[c].kind == PX__TK_CUR && c + 1 < g->nt && !w[c + 1].ws && w[c + 1].kind == PX__TK_NUM)
		return NX_DIGIT;
	if (is_wordish(w[c].kind)) {
		if (w[c].shape & PX__SH_LOWER)
			return NX_LOWER;
		if (w[c].shape & PX__SH_CAP)
			return NX_UPPER;
	}
	return NX_OTHER;
}

/* Index of the last closer (quote, bracket, footnote) attached after i. */
static size_t
closers_after(const struct seg *g, size_t i)
{
	const struct px__tok *w = g->win;
	const char *s = g->s;
	size_t k = i, n = 0;
	int foot = w[i].kind == PX__TK_DOT || w[i].kind == PX__TK_EXCL;

	while (k + 1 < g->nt && !w[k + 1].ws && n < 8) {
		const struct px__tok *c = &w[k + 1];
		if (is_closer(c->kind)) {
			k++;
		} else if (c->kind == PX__TK_QOPEN && (k + 2 >= g->nt || w[k + 2].ws)) {
			/* An opening mark used as a closing one (U+201C after
			 * "decision." and before a space). */
			k++;
		} else if (foot && c->kind == PX__TK_OPEN && s[c->start] == '[' && k + 3 < g->nt &&
			   w[k + 2].kind == PX__TK_NUM && !w[k + 2].ws && w[k + 3].kind == PX__TK_CLOSE &&
			   !w[k + 3].ws) {
			/* A citation: "martyr.[1]" */
			k += 3;
		} else if (foot && c->kind == PX__TK_NUM && c->end - c->start <= 3 &&
			   !(c->shape & PX__SH_ALPHA) && (k + 2 >= g->nt || w[k + 2].ws) &&
			   i > 0 && w[i - 1].kind != PX__TK_NUM) {
			/* A footnote number: "consultation.11 Take" */
			k++;
		} else {
			break;
		}
		n++;
	}
	return k;
}

/* Length of the run of spaced full stops starting at j (". . ."). */
static size_t
spaced_dots(const struct seg *g, size_t j)
{
	size_t r = 0;

	while (j + r < g->nt && g->win[j + r].kind == PX__TK_DOT && g->win[j + r].ws &&
	       !g->win[j + r].nl)
		r++;
	return r;
}

/* The lexicon class of the word before a period at window index p. */
static int
abbr_class_of(struct seg *g, size_t p)
{
	const struct px__tok *w = g->win;
	const char *s = g->s;
	size_t a = w[p].start, b = w[p].end, i = 0;
	int c = PX__LX_NONE;

	if (w[p].kind != PX__TK_WORD) {
		/* A chain of attached tokens, as "N°": from the last space. */
		size_t q = p;
		while (q > 0 && !w[q].ws && p - q < 4)
			q--;
		while (q < p && is_opener(w[q].kind))
			q++;
		a = w[q].start;
	}
	if (b - a <= PX__ABBR_MAX)
		c = px__abbr_class(abbr_lexicon(g), s + a, b - a);
	if (c == PX__LX_NONE && b - a > 2) {
		/* The last part of a compound: "D-Calif." */
		for (i = b; i > a; i--) {
			if (s[i - 1] == '-') {
				if (b - i <= PX__ABBR_MAX)
					c = px__abbr_class(abbr_lexicon(g), s + i, b - i);
				a = i;
				break;
			}
		}
	}
	if (c == PX__LX_ABBR_CAP || c == PX__LX_TITLE) {
		int cap = (unsigned char)s[a] >= 'A' && (unsigned char)s[a] <= 'Z';
		if (c == PX__LX_ABBR_CAP)
			c = cap ? PX__LX_ABBR : PX__LX_NONE;
		else if (!cap)
			c = PX__LX_ABBR;
	}
	return c;
}

/* Whether a capitalised word continues a company name: written in
 * capitals (KG, AG, LP) or itself an abbreviation (Ltd, Inc). */
static int
continues_name(struct seg *g, size_t content)
{
	const struct px__tok *c = &g->win[content];
	size_t i = 0;
	int caps = 1, cls = 0;

	if (c->kind != PX__TK_WORD)
		return c->kind == PX__TK_ACRO;
	for (i = c->start; i < c->end; i++)
		if (!(g->s[i] >= 'A' && g->s[i] <= 'Z'))
			caps = 0;
	if (caps)
		return 1;
	if (c->end - c->start <= PX__ABBR_MAX)
		cls = px__abbr_class(abbr_lexicon(g), g->s + c->start, c->end - c->start);
	return cls == PX__LX_COMPANY || cls == PX__LX_ABBR || cls == PX__LX_ABBR_CAP ||
	       cls == PX__LX_TITLE;
}

/* A word's period judged by the next word: ends a sentence? */
static int
abbr_decides(struct seg *g, int nx, size_t content)
{
	if (nx == NX_END)
		return 1;
	if (nx != NX_UPPER)
		return 0;
	return is_starter(g, &g->win[content]);
}

/* a.m. or p.m., in either case. */
static int
is_clock(const struct seg *g, const struct px__tok *t)
{
	return t->end - t->start == 4 &&
	       (eq_nocase(g->s, t->start, t->end, "a.m.") || eq_nocase(g->s, t->start, t->end, "p.m."));
}

static const char *const clock_words[] = {
	"eastern", "pacific", "central", "mountain", "atlantic", "local", "greenwich", NULL
};

/*
 * What may follow a time inside its sentence: a lower-case word, a number,
 * a weekday or month ("6 p.m. Monday"), a time zone written in capitals
 * ("10 a.m. ET") or named ("Eastern"). Any other capitalised word starts
 * a sentence ("at 9:40 p.m. Officials said"), as most do after a time.
 */
static int
clock_continues(const struct seg *g, int nx, size_t content)
{
	const struct px__tok *c = NULL;
	size_t len = 0;
	int k = 0;

	if (nx == NX_LOWER || nx == NX_DIGIT)
		return 1;
	if (nx != NX_UPPER || content == SIZE_MAX)
		return nx == NX_OTHER;
	c = &g->win[content];
	len = c->end - c->start;
	if (c->kind == PX__TK_WORD && (c->shape & PX__SH_ASCII)) {
		size_t i = 0;
		int caps = 1;
		for (i = c->start; i < c->end; i++)
			if (!(g->s[i] >= 'A' && g->s[i] <= 'Z'))
				caps = 0;
		if (caps && len <= 4)
			return 1;
		for (k = 0; date_words[k]; k++)
			if (eq_nocase(g->s, c->start, c->end, date_words[k]))
				return 1;
		for (k = 0; clock_words[k]; k++)
			if (eq_nocase(g->s, c->start, c->end, clock_words[k]))
				return 1;
	}
	return 0;
}

#define NO_BREAK SIZE_MAX

/*
 * Decide whether the terminal token at window index i ends the sentence.
 * Returns the index of the sentence's last token (i, or the closers after
 * it), or NO_BREAK. Only tokens before g->nt are examined; the window
 * always holds LOOKAHEAD tokens after i unless the paragraph ended.
 */
static size_t
decide(struct seg *g, size_t i, int *abbr)
{
	struct px__tok *w = g->win;
	const struct px__tok *t = &w[i];
	size_t k = 0, j = 0, content = SIZE_MAX, r = 0;
	int nx = NX_END;

	*abbr = 0;
	if (t->kind == PX__TK_CJKSTOP)
		return closers_after(g, i);
	/* Punctuation alone ("! ! !", a leading ellipsis) is no sentence. */
	if (g->words == 0)
		return NO_BREAK;
	/* An omission mark in brackets: "[...]". */
	if (t->kind == PX__TK_ELLIPSIS && i > 0 && !t->ws && w[i - 1].kind == PX__TK_OPEN &&
	    i + 1 < g->nt && !w[i + 1].ws && w[i + 1].kind == PX__TK_CLOSE)
		return NO_BREAK;
	/* Spaced ellipsis ". . ." (three stops) or ". . . ." (four). */
	if (t->kind == PX__TK_DOT && t->ws) {
		r = spaced_dots(g, i);
		if (r >= 3) {
			size_t q = 0;
			for (q = 1; q < r; q++)
				w[i + q].mark |= PX__MK_NOBREAK;
			if (r == 3 || g->words == 0)
				return NO_BREAK;
			i += r - 1;
			t = &w[i];
		}
	}
	k = closers_after(g, i);
	j = k + 1;
	if (j >= g->nt)
		return g->para_done ? k : NO_BREAK;
	if (!w[j].ws) {
		/* A missing space: "world.Today", "1,000.That" (not "U.S"). */
		if (t->kind == PX__TK_DOT && k == i && i > 0 && !t->ws &&
		    (w[i - 1].kind == PX__TK_WORD || w[i - 1].kind == PX__TK_NUM) &&
		    w[i - 1].end - w[i - 1].start >= 2 && w[j].kind == PX__TK_WORD &&
		    (w[j].shape & PX__SH_CAP) && w[j].end - w[j].start >= 2 &&
		    g->s[w[j].start + 1] >= 'a' && g->s[w[j].start + 1] <= 'z' &&
		    !(w[i - 1].shape & PX__SH_CAP && w[i - 1].end - w[i - 1].start <= 3))
			return k;
		return NO_BREAK;
	}
	if (w[j].mark & (PX__MK_NLBREAK | PX__MK_LBREAK))
		return k;
	/* An attribution after a quotation: ...game." - Matthew Ingram */
	if (k > i && (w[k].kind == PX__TK_QCLOSE || w[k].kind == PX__TK_QUOTE) &&
	    w[j].kind == PX__TK_DASH)
		return NO_BREAK;
	/* More footnote numbers: "consultation.11 12 Take" */
	if (k > i && w[k].kind == PX__TK_NUM) {
		size_t f = j;
		while (f + 1 < g->nt && w[f].kind == PX__TK_NUM && w[f].end - w[f].start <= 3 &&
		       !(w[f].shape & PX__SH_ALPHA) && w[f + 1].ws && f - j < 4)
			f++;
		if (f > j && f < g->nt && is_wordish(w[f].kind) && (w[f].shape & PX__SH_CAP)) {
			k = f - 1;
			j = f;
		}
	}
	/* "compounds. . . . The": the stop ends it, the ellipsis opens the next. */
	if (t->kind == PX__TK_DOT && !t->ws && k == i) {
		r = spaced_dots(g, j);
		if (r >= 3) {
			size_t after = closers_after(g, j + r - 1) + 1;
			if (after >= g->nt)
				return NO_BREAK;
			nx = next_class(g, after, &content);
			return (nx == NX_UPPER || nx == NX_DIGIT) ? k : NO_BREAK;
		}
	}
	nx = next_class(g, j, &content);
	switch (t->kind) {
	case PX__TK_EXCL:
		return nx == NX_LOWER ? NO_BREAK : k;
	case PX__TK_ELLIPSIS:
		if (g->words == 0 || nx == NX_LOWER)
			return NO_BREAK;
		return k;
	case PX__TK_ACRO:
		/* U.S. a.m. e.g.: the next word decides, but "The U.S." is no
		 * sentence (old wire copy capitalises the word after it). */
		if (g->words <= 2)
			return NO_BREAK;
		if (is_clock(g, t))
			return clock_continues(g, nx, content) ? NO_BREAK : k;
		return abbr_decides(g, nx, content) ? k : NO_BREAK;
	default:
		break;
	}
	/* A full stop. */
	if (nx == NX_LOWER)
		return NO_BREAK;
	if (t->ws || i == 0)
		return g->words == 0 ? NO_BREAK : k;
	{
		const struct px__tok *p = &w[i - 1];
		if (p->kind == PX__TK_WORD) {
			size_t plen = p->end - p->start;
			int single = (plen == 1 && (p->shape & PX__SH_ALPHA)) ||
				     (plen == 2 && !(p->shape & PX__SH_ASCII) && (p->shape & PX__SH_ALPHA));
			int cls = PX__LX_NONE;
			if (single) {
				/* An initial: "Jonas E. Smith", but "you and I. Did";
				 * a lower-case letter abbreviates (p. v. n.). */
				*abbr = 1;
				if (nx == NX_DIGIT || g->words <= 1 || (p->shape & PX__SH_LOWER))
					return NO_BREAK;
				if (abbr_decides(g, nx, content))
					return k;
				return NO_BREAK;
			}
			cls = abbr_class_of(g, i - 1);
			if (cls == PX__LX_TITLE) {
				*abbr = 1;
				return NO_BREAK;
			}
			if (cls == PX__LX_ABBR) {
				*abbr = 1;
				if (nx == NX_DIGIT)
					return NO_BREAK;
				return abbr_decides(g, nx, content) ? k : NO_BREAK;
			}
			if (cls == PX__LX_COMPANY) {
				/* "Acme Inc. Shares fell": a capitalised word starts a
				 * sentence unless it continues the name (Co. KG, Bros.
				 * Inc.). */
				*abbr = 1;
				if (nx == NX_END)
					return k;
				/* "Acme Inc. (ACME)", "Inc. (\"Company A\")" */
				if (nx != NX_UPPER || content == SIZE_MAX || w[j].kind == PX__TK_OPEN)
					return NO_BREAK;
				return continues_name(g, content) ? NO_BREAK : k;
			}
			if (cls == PX__LX_NUMERIC && nx == NX_DIGIT) {
				*abbr = 1;
				return NO_BREAK;
			}
			if (nx == NX_DIGIT && plen <= 3 && (p->shape & PX__SH_LOWER) &&
			    (p->shape & PX__SH_ASCII)) {
				/* "rs. 1000", "ca. 1900": short lower-case words before
				 * a number are abbreviations far more often than not. */
				*abbr = 1;
				return NO_BREAK;
			}
			return k;
		}
		if (p->kind == PX__TK_SYM || p->kind == PX__TK_PUNCT) {
			/* "N°." and similar chains before a number. */
			if (nx == NX_DIGIT && abbr_class_of(g, i - 1) == PX__LX_NUMERIC)
				return NO_BREAK;
		}
	}
	return k;
}

/* ------------------------------------------------------------- the loop */

/* Fill the window; newline decisions are made as tokens arrive. */
static void
fill(struct seg *g)
{
	size_t first = g->nt, i = 0;
	int done = 0;

	if (g->para_done || g->nt >= g->wcap)
		return;
	g->nt += px__tok_fill(g->s, g->pe, &g->pos, g->win + g->nt, g->wcap - g->nt, &done);
	if (done)
		g->para_done = 1;
	for (i = first; i < g->nt; i++)
		if (g->win[i].nl && newline_breaks(g, &g->win[i]))
			g->win[i].mark |= PX__MK_NLBREAK;
}

/* Process the token at i; returns the next index to process. */
static size_t
step(struct seg *g, size_t i)
{
	struct px__tok *t = &g->win[i];
	size_t k = 0, q = 0;
	int abbr = 0;

	if (g->open && (t->mark & (PX__MK_NLBREAK | PX__MK_LBREAK)))
		close_sentence(g);
	/* A list item that ran to the end of its line ends there. */
	if (g->open && t->nl && g->from_marker && (t->shape & PX__SH_CAP))
		close_sentence(g);
	add_token(g, i);
	if (!is_terminal(t->kind) || (t->mark & PX__MK_NOBREAK))
		return i + 1;
	k = decide(g, i, &abbr);
	if (k == NO_BREAK) {
		if (abbr)
			flag_abbr_before(g);
		return i + 1;
	}
	for (q = i + 1; q <= k; q++)
		add_token(g, q);
	close_sentence(g);
	return k + 1;
}

static void
paragraph(struct seg *g, size_t ps, size_t pe)
{
	size_t from = 0, i = 0;

	g->ps = ps;
	g->pe = pe;
	g->lines_known = 0;
	g->para_list = 0;
	g->para_any = 0;
	g->para = g->doc->n_paras;
	g->nt = 0;
	g->prep_end = 0;
	g->pos = ps;
	g->para_done = 0;
	while (g->st == PX_OK) {
		size_t limit = 0;
		fill(g);
		mark_lists(g, from);
		limit = g->para_done ? g->nt : (g->nt > LOOKAHEAD ? g->nt - LOOKAHEAD : 0);
		i = from;
		while (i < limit && g->st == PX_OK)
			i = step(g, i);
		if (g->para_done && i >= g->nt)
			break;
		{
			size_t keep = i < HISTORY ? i : HISTORY, drop = i - keep;
			memmove(g->win, g->win + drop, (g->nt - drop) * sizeof(*g->win));
			if (g->prep) {
				memmove(g->prep, g->prep + drop, (g->nt - drop) * sizeof(*g->prep));
				g->prep_end = g->prep_end > drop ? g->prep_end - drop : 0;
			}
			g->nt -= drop;
			from = keep;
		}
	}
	close_sentence(g);
	if (g->para_any && g->st == PX_OK) {
		struct px_doc *doc = g->doc;
		if (px_grow((void **)&doc->paras, &g->cap_paras, doc->n_paras + 1, sizeof(*doc->paras))) {
			fail(g, PX_ENOMEM);
			return;
		}
		doc->paras[doc->n_paras].start = g->para_first;
		doc->paras[doc->n_paras].end = g->para_last;
		doc->n_paras++;
	}
}

/*
 * End of the paragraph starting at p: the newline that begins a blank line
 * (one holding only spaces), or len. *next is where the next one starts.
 */
static size_t
paragraph_end(const char *s, size_t len, size_t p, size_t *next)
{
	while (p < len) {
		const char *nl = memchr(s + p, '\n', len - p);
		size_t q = 0;
		if (nl == NULL)
			break;
		q = (size_t)(nl - s) + 1;
		while (q < len && is_space_byte((unsigned char)s[q]))
			q++;
		if (q >= len || s[q] == '\n') {
			size_t end = (size_t)(nl - s);
			/* Skip the whole run of blank lines. */
			while (q < len && (s[q] == '\n' || is_space_byte((unsigned char)s[q])))
				q++;
			while (q > 0 && q < len && s[q - 1] != '\n')
				q--;
			*next = q;
			return end;
		}
		p = (size_t)(nl - s) + 1;
	}
	*next = len;
	return len;
}

px_status
px_doc_parse(struct px_doc *doc, const char *text, size_t len, unsigned flags,
	     struct px_stemmer *stemmer)
{
	struct seg g;
	size_t p = 0;
	px_status st = PX_OK;

	memset(doc, 0, sizeof(*doc));
	memset(&g, 0, sizeof(g));
	if ((text == NULL && len > 0) || ((flags & PX_DOC_STEMS) && stemmer == NULL)) {
		st = PX_EINVAL;
		goto cleanup;
	}
	if (flags & PX_DOC_STEMS)
		flags |= PX_DOC_TOKENS;
	doc->text = text;
	doc->len = len;
	px_arena_init(&doc->arena, 64 * 1024, 0);
	g.doc = doc;
	g.s = text;
	g.len = len;
	g.flags = flags;
	g.stemmer = stemmer;
	/* A short text fits whole (it has at most len tokens); a longer one
	 * gets a window that grows with it, up to WIN_MAX. */
	g.wcap = len < WIN_MIN ? len + 1 : len / 2 + 16;
	if (g.wcap > WIN_MAX)
		g.wcap = WIN_MAX;
	if (g.wcap < WIN_MIN && len >= WIN_MIN)
		g.wcap = WIN_MIN;
	g.win = px_alloc(g.wcap * (sizeof(*g.win) + ((flags & (PX_DOC_TOKENS | PX_DOC_STEMS)) ?
						      sizeof(*g.prep) : 0)));
	if (g.win == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	if ((flags & PX_DOC_TOKENS) && stemmer == NULL && len >= STOPSET_MIN_LEN) {
		g.stopset = px_alloc(sizeof(*g.stopset));
		if (g.stopset == NULL) {
			st = PX_ENOMEM;
			goto cleanup;
		}
		px__stopset_build(g.stopset, stop_lexicon(&g));
	}
	if (flags & PX_DOC_TOKENS) {
		/* The prepared data lives after the window, in one allocation. */
		g.prep = (struct prep *)(void *)(g.win + g.wcap);
		/* About one token per five bytes of news text. */
		g.cap_toks = len / 5 + 16;
		doc->toks = px_alloc(g.cap_toks * sizeof(*doc->toks));
		if (doc->toks == NULL) {
			st = PX_ENOMEM;
			goto cleanup;
		}
	}
	while (p < len && g.st == PX_OK) {
		size_t next = 0, pe = paragraph_end(text, len, p, &next);
		paragraph(&g, p, pe);
		if (next <= p)
			break;
		p = next;
	}
	st = g.st;
cleanup:
	px_free(g.win);
	px_free(g.stopset);
	if (st)
		px_doc_release(doc);
	return st;
}

void
px_doc_release(struct px_doc *doc)
{
	px_free(doc->paras);
	px_free(doc->sents);
	px_free(doc->toks);
	px_arena_release(&doc->arena);
	memset(doc, 0, sizeof(*doc));
}
