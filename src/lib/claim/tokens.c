/*
 * The claims tokenizer: words, numbers and symbols with byte offsets, each
 * looked up once in the word lexicon.
 *
 * Tokens: a word is a run of letters (ASCII or any Unicode letter or mark);
 * a number is a run of digits that may continue with ",ddd" (exactly three
 * digits: thousands grouping), ".d+" (decimals) and an exponent ("1e10"); a
 * symbol is any other single code point. White space (including no-break
 * and thin spaces) separates tokens and is recorded on the token after it
 * (TF_SPACE, TF_NL), which is how phrase keys and glued suffixes ("10k",
 * "$14.3bn") are told apart from spaced ones. Invalid UTF-8 bytes become
 * one-byte symbols, so tokens never split a sequence of valid input.
 */
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "claim_internal.h"

#define TOKS_MAX ((size_t)1 << 26)

/* Classes of ASCII bytes, read once per byte by the scanner. */
enum { C_SPACE = 1, C_ALPHA = 2, C_UPPER = 4, C_DIGIT = 8, C_NOLOOK = 16 };

#define CL_UP(c) [c] = C_ALPHA | C_UPPER, [c + 32] = C_ALPHA
static const unsigned char ch_class[256] = {
	[' '] = C_SPACE, ['\t'] = C_SPACE, ['\r'] = C_SPACE, ['\n'] = C_SPACE,
	['\f'] = C_SPACE, ['\v'] = C_SPACE,
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
	['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
	['8'] = C_DIGIT, ['9'] = C_DIGIT,
	/* one-byte punctuation (and NUL) never looked up in the lexicon */
	[0] = C_NOLOOK,
	['.'] = C_NOLOOK, [','] = C_NOLOOK, [';'] = C_NOLOOK, [':'] = C_NOLOOK,
	['!'] = C_NOLOOK, ['?'] = C_NOLOOK, ['('] = C_NOLOOK, [')'] = C_NOLOOK,
	['['] = C_NOLOOK, [']'] = C_NOLOOK, ['\''] = C_NOLOOK, ['"'] = C_NOLOOK,
	CL_UP('A'), CL_UP('B'), CL_UP('C'), CL_UP('D'), CL_UP('E'), CL_UP('F'),
	CL_UP('G'), CL_UP('H'), CL_UP('I'), CL_UP('J'), CL_UP('K'), CL_UP('L'),
	CL_UP('M'), CL_UP('N'), CL_UP('O'), CL_UP('P'), CL_UP('Q'), CL_UP('R'),
	CL_UP('S'), CL_UP('T'), CL_UP('U'), CL_UP('V'), CL_UP('W'), CL_UP('X'),
	CL_UP('Y'), CL_UP('Z')};
#undef CL_UP

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Code points read as white space besides ASCII: no-break and thin spaces. */
static int
is_space_cp(int32_t cp)
{
	return cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007 ||
	       cp == 0x200A || cp == 0x2002 || cp == 0x2003 || cp == 0x3000;
}

static int
is_letter_cp(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);

	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}

/*
 * End of the run of ASCII letters at s[i]. Eight bytes at a time where the
 * machine allows: with the high bit of each byte cleared and 0x20 set (upper
 * case folded), a byte y is a letter when y + 0x1f reaches 0x80 ('a') and
 * y + 0x05 does not ('{'); neither sum carries into the next byte. Bytes
 * with the high bit set are no ASCII letters.
 */
static size_t
skip_letters(const char *s, size_t len, size_t i)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t hi = 0x8080808080808080ull;

	while (i + 8 <= len) {
		uint64_t x = 0, y = 0, letter = 0;
		memcpy(&x, s + i, 8);
		y = (x & ~hi) | 0x2020202020202020ull;
		letter = (y + 0x1f1f1f1f1f1f1f1full) & ~(y + 0x0505050505050505ull) & ~x & hi;
		if (letter != hi)
			return i + ((size_t)__builtin_ctzll(~letter & hi) >> 3);
		i += 8;
	}
#endif
	while (i < len && (ch_class[(unsigned char)s[i]] & C_ALPHA))
		i++;
	return i;
}

/*
 * As skip_letters, also adding to *upper the upper-case letters skipped:
 * a letter is upper case when its 0x20 bit is clear, which shifted left by
 * two lands on the byte's high bit; the bytes' counts are summed by a
 * multiplication into the top byte.
 */
static size_t
skip_letters_upper(const char *s, size_t len, size_t i, size_t *upper)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t hi = 0x8080808080808080ull;

	while (i + 8 <= len) {
		uint64_t x = 0, y = 0, letter = 0, up = 0;
		memcpy(&x, s + i, 8);
		y = (x & ~hi) | 0x2020202020202020ull;
		letter = (y + 0x1f1f1f1f1f1f1f1full) & ~(y + 0x0505050505050505ull) & ~x & hi;
		up = letter & ~(x << 2);
		if (letter != hi) {
			size_t p = (size_t)__builtin_ctzll(~letter & hi) >> 3;
			up &= ((uint64_t)1 << (8 * p)) - 1;
			*upper += (size_t)(((up >> 7) * 0x0101010101010101ull) >> 56);
			return i + p;
		}
		*upper += (size_t)(((up >> 7) * 0x0101010101010101ull) >> 56);
		i += 8;
	}
#endif
	while (i < len && (ch_class[(unsigned char)s[i]] & C_ALPHA)) {
		*upper += (ch_class[(unsigned char)s[i]] & C_UPPER) != 0;
		i++;
	}
	return i;
}

/* End of the number that starts at s[i] (a digit). */
static size_t
scan_number(const char *s, size_t len, size_t i)
{
	size_t i0 = i;

	while (i < len && is_digit(s[i]))
		i++;
	/* European grouping with a decimal comma: "1.111,11", "2.500.000,5"
	   (dot groups of three digits, then a comma and decimals). A number
	   with dot groups alone ("1.500") stays a decimal. */
	if (i - i0 <= 3 && i + 4 < len && s[i] == '.') {
		size_t j = i;
		int groups = 0;
		while (j + 3 < len && s[j] == '.' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
		       is_digit(s[j + 3]) && (j + 4 >= len || !is_digit(s[j + 4]))) {
			j += 4;
			groups++;
		}
		if (groups > 0 && j + 1 < len && s[j] == ',' && is_digit(s[j + 1])) {
			size_t e = j + 1;
			while (e < len && is_digit(s[e]))
				e++;
			if (!(e + 1 < len && (s[e] == ',' || s[e] == '.') && is_digit(s[e + 1])))
				return e;
		}
	}
	/* A decimal comma before a unit or a word: "9,5 meter", "3,75 %"
	   (one or two decimals: "1,500" stays a thousands group; not in a
	   list: "rows 22,24,26", "24,26 and 28"). */
	if (i - i0 <= 3 && i + 2 < len && s[i] == ',' && is_digit(s[i + 1]) &&
	    (i0 == 0 || s[i0 - 1] != ',')) {
		size_t e = i + 1;
		while (e < len && is_digit(s[e]))
			e++;
		if (e - i <= 3 && e + 1 < len && s[e] == ' ' &&
		    (s[e + 1] == '%' ||
		     (is_alpha(s[e + 1]) && !(len - e > 4 && strncmp(s + e + 1, "and ", 4) == 0) &&
		      !(len - e > 3 && strncmp(s + e + 1, "or ", 3) == 0))))
			return e;
	}
	/* Indian grouping: "12,34,567.89" (two-digit groups, then three). */
	if (i - i0 <= 2 && i + 3 < len && s[i] == ',') {
		size_t j = i;
		int groups = 0;
		while (j + 2 < len && s[j] == ',' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
		       j + 3 < len && s[j + 3] == ',') {
			j += 3;
			groups++;
		}
		if (groups > 0 && j + 3 < len && s[j] == ',' && is_digit(s[j + 1]) &&
		    is_digit(s[j + 2]) && is_digit(s[j + 3]) && (j + 4 >= len || !is_digit(s[j + 4])))
			i = j;
	}
	for (;;) {
		if (i + 3 < len + 0 && s[i] == ',' && is_digit(s[i + 1]) &&
		    is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
		    (i + 4 >= len || !is_digit(s[i + 4]))) {
			i += 4;
		} else if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1])) {
			i += 1;
			while (i < len && is_digit(s[i]))
				i++;
		} else {
			break;
		}
	}
	/* Exponent: 1e10, 12.32e+14, -12e-1; not "3ers" or "2e". */
	if (i + 1 < len && (s[i] == 'e' || s[i] == 'E')) {
		size_t j = i + 1;
		if (j < len && (s[j] == '+' || s[j] == '-'))
			j++;
		if (j < len && is_digit(s[j])) {
			while (j < len && is_digit(s[j]))
				j++;
			if (j >= len || !is_alpha(s[j]))
				i = j;
		}
	}
	return i;
}

/* Whether a URL starts at s[i]: "http://", "https://" or "www." at the
   start of a word. */
static int
url_at(const char *s, size_t len, size_t i)
{
	if (i > 0 && (is_alpha(s[i - 1]) || is_digit(s[i - 1]) || s[i - 1] == '.' ||
		      s[i - 1] == '/'))
		return 0;
	if (len - i >= 8 && (strncasecmp(s + i, "https://", 8) == 0))
		return 1;
	if (len - i >= 7 && (strncasecmp(s + i, "http://", 7) == 0))
		return 1;
	return len - i >= 5 && strncasecmp(s + i, "www.", 4) == 0 && is_alpha(s[i + 4]);
}

/* End of the URL starting at s[i]: white space, a quote or angle bracket
   or any non-ASCII byte ends it; final punctuation is left out. */
static size_t
url_end(const char *s, size_t len, size_t i)
{
	size_t e = i;

	while (e < len && (unsigned char)s[e] > ' ' && (unsigned char)s[e] < 0x80 &&
	       s[e] != '"' && s[e] != '<' && s[e] != '>')
		e++;
	while (e > i + 4 && strchr(".,;:!?)]'", s[e - 1]) != NULL)
		e--;
	return e;
}

/* Lexicon id of token t from its lower-cased bytes packed into key and
   key2 (its first 16 bytes), or the map for longer words. */
static void
lookup_key(const struct px_extractor *x, struct toks *tk, struct tok *t, uint64_t key,
	   uint64_t key2)
{
	char buf[48];
	size_t n = t->end - t->start, i = 0;
	uint32_t id = 0;
	const char *s = tk->text + t->start;

	if (n <= 16 && x->fast != NULL) {
		t->lw = px__cl_fast_find(x, key, key2, n);
		/* the key entry just compared holds the flags too */
		if (t->lw >= 0) {
			t->sets = x->fast_keys[t->lw].sets;
			t->lx = x->fast_keys[t->lw].flags;
		}
		return;
	}
	for (i = 0; i < n; i++)
		buf[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	if (px_map_find(x->words, buf, n, &id) == PX_OK)
		t->lw = (int32_t)id;
	if (t->lw >= 0) {
		t->sets = x->w[t->lw].sets;
		t->lx = x->w[t->lw].flags;
	}
}

static void
lookup(const struct px_extractor *x, struct toks *tk, struct tok *t)
{
	size_t n = t->end - t->start, i = 0;
	const char *s = tk->text + t->start;
	uint64_t key = 0, key2 = 0;

	t->lw = -1;
	if (x == NULL || n == 0 || n >= 48 || t->type == T_NUM)
		return;
	if (t->type == T_SYM && n == 1 && (ch_class[(unsigned char)s[0]] & C_NOLOOK))
		return;
	for (i = 0; i < n && i < 16; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		if (i < 8)
			key |= (uint64_t)c << (8 * i);
		else
			key2 |= (uint64_t)c << (8 * (i - 8));
	}
	lookup_key(x, tk, t, key, key2);
}

/* Lexicon id of a word of ASCII letters only: lower case is each byte
   with 0x20 set, so on little-endian machines the key is two loads and
   two masks. */
static void
lookup_ascii_word(const struct px_extractor *x, struct toks *tk, struct tok *t)
{
	size_t n = t->end - t->start;
	uint64_t key = 0, key2 = 0;

	t->lw = -1;
	if (n >= 48)
		return;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (n <= 16) {
		const uint64_t lower = 0x2020202020202020ull;
		if (t->start + 16 <= tk->len) {
			/* two plain loads from the text (through a buffer they
			   would wait for its store) */
			memcpy(&key, tk->text + t->start, 8);
			memcpy(&key2, tk->text + t->start + 8, 8);
		} else {
			unsigned char b[16] = {0};
			memcpy(b, tk->text + t->start, n);
			memcpy(&key, b, 8);
			memcpy(&key2, b + 8, 8);
		}
		if (n < 8) {
			key = (key | lower) & ((1ull << (8 * n)) - 1);
			key2 = 0;
		} else if (n == 8) {
			key |= lower;
			key2 = 0;
		} else {
			key |= lower;
			key2 = n == 16 ? key2 | lower : (key2 | lower) & ((1ull << (8 * (n - 8))) - 1);
		}
		if (x->fast == NULL) {
			lookup_key(x, tk, t, key, key2);
			return;
		}
		/* the common case, here rather than through lookup_key: a call
		   per word cost as much as the probe */
		t->lw = px__cl_fast_find(x, key, key2, n);
		if (t->lw >= 0) {
			t->sets = x->fast_keys[t->lw].sets;
			t->lx = x->fast_keys[t->lw].flags;
		}
		return;
	}
#endif
	lookup(x, tk, t);
}

px_status
px__cl_toks_make(const struct px_extractor *x, const char *text, size_t len,
	      struct toks *tk)
{
	size_t i = 0;
	unsigned pend = 0; /* TF_SPACE / TF_NL for the next token */
	px_status st = PX_OK;

	memset(tk, 0, sizeof(*tk));
	tk->text = text;
	tk->len = len;
	if (len > UINT32_MAX)
		return PX_ETOOBIG;
	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		struct tok *t = NULL;
		int32_t cp = 0;
		size_t cl = 1;
		int url = 0;

		if (c == ' ') {
			/* the commonest byte between tokens, before the table */
			pend |= TF_SPACE;
			i++;
			continue;
		}
		if (ch_class[c] & C_SPACE) {
			pend |= TF_SPACE | (c == '\n' ? TF_NL : 0);
			i++;
			continue;
		}
		if (c >= 0x80) {
			cl = px_utf8_decode(text + i, len - i, &cp);
			if (cp >= 0 && is_space_cp(cp)) {
				pend |= TF_SPACE;
				i += cl;
				continue;
			}
		}
		if (tk->n == tk->cap) {
			/* The first grow sizes the array for the whole text (about
			   one token per five bytes), so long texts grow rarely. */
			size_t want = len / 5 + 16 < TOKS_MAX ? len / 5 + 16 : TOKS_MAX;
			if (tk->n >= TOKS_MAX) {
				st = PX_ETOOBIG;
				break;
			}
			st = px_grow((void **)&tk->t, &tk->cap, tk->n == 0 ? want : tk->n + 1,
				     sizeof(*tk->t));
			if (st)
				break;
		}
		/* filled in place: a token built on the stack and copied costs a
		   store-forwarding stall per token */
		t = &tk->t[tk->n];
		t->start = (uint32_t)i;
		t->flags = (uint8_t)pend;
		t->sets = 0;
		t->lw = -1;
		t->lx = 0;
		t->sym = 0;
		pend = 0;
		url = ((c | 32) == 'h' || (c | 32) == 'w') && i + 4 < len &&
		      ((unsigned char)text[i + 1] | 32) == ((c | 32) == 'h' ? 't' : 'w') &&
		      url_at(text, len, i);
		if (url) {
			/* a URL is one symbol: its digits are never figures */
			t->type = T_SYM;
			i = url_end(text, len, i);
		} else if (ch_class[c] & C_DIGIT) {
			t->type = T_NUM;
			i = scan_number(text, len, i);
		} else if ((ch_class[c] & C_ALPHA) || (c >= 0x80 && cp >= 0 && is_letter_cp(cp))) {
			size_t upper = 0, letters = 0;
			int ascii = 1;
			t->type = T_WORD;
			if ((ch_class[c] & C_UPPER) ||
			    (c >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU))
				t->flags |= TF_CAP;
			/* A word whose first letter is not upper case is never all
			   capitals (TF_UPPER): its letters are skipped uncounted. */
			while (!(t->flags & TF_CAP)) {
				int32_t cp2 = 0;
				size_t l2 = 0;
				i = skip_letters(text, len, i);
				if (i >= len || (unsigned char)text[i] < 0x80)
					break;
				l2 = px_utf8_decode(text + i, len - i, &cp2);
				if (cp2 < 0 || !is_letter_cp(cp2))
					break;
				i += l2;
				ascii = 0;
			}
			for (; t->flags & TF_CAP;) {
				/* ASCII letters, the common case, skipped and counted
				   eight at a time */
				size_t e = skip_letters_upper(text, len, i, &upper);
				letters += e - i;
				i = e;
				if (i < len && (unsigned char)text[i] >= 0x80) {
					int32_t cp2 = 0;
					size_t l2 = px_utf8_decode(text + i, len - i, &cp2);
					if (cp2 >= 0 && is_letter_cp(cp2)) {
						letters++;
						upper += utf8proc_category(cp2) == UTF8PROC_CATEGORY_LU;
						i += l2;
						ascii = 0;
						continue;
					}
				}
				break;
			}
			if (letters >= 2 && upper == letters)
				t->flags |= TF_UPPER;
			t->end = (uint32_t)i;
			if (ascii && x != NULL)
				lookup_ascii_word(x, tk, t);
			else
				lookup(x, tk, t);
			tk->n++;
			continue;
		} else {
			t->type = T_SYM;
			if (cl == 1)
				t->sym = c;
			i += cl;
		}
		t->end = (uint32_t)i;
		if (!url)
			lookup(x, tk, t);
		tk->n++;
	}
	if (st)
		px__cl_toks_release(tk);
	return st;
}

void
px__cl_toks_release(struct toks *tk)
{
	px_free(tk->t);
	tk->t = NULL;
	tk->n = tk->cap = 0;
}
