/*
 * Tokens of the segmenter: the re2c scanner (sbd_lex.re, generated into
 * $(BUILD)/gen/sbd_lex.c and included below), a wrapper that skips white
 * space, counts newlines and computes each token's shape, and case folding.
 *
 * The scanner never allocates. Folding writes into caller memory; ASCII takes
 * a table-driven fast path, anything else goes through utf8proc's case
 * folding one code point at a time (no allocation inside utf8proc either).
 */
#include <string.h>

#include <utf8proc.h>

#include "seg_internal.h"

/*
 * End of a URL matched from start to end: trailing punctuation that usually
 * belongs to the sentence (a final period, a comma, a closing quote, a
 * parenthesis the URL did not open) is given back.
 */
static size_t
url_end(const unsigned char *s, size_t start, size_t end)
{
	size_t open = 0, close = 0, i = 0;

	for (i = start; i < end; i++) {
		if (s[i] == '(')
			open++;
		else if (s[i] == ')')
			close++;
	}
	while (end > start + 1) {
		unsigned char c = s[end - 1];
		if (c == ')' && close > open) {
			close--;
			end--;
		} else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
			   c == '?' || c == '\'' || c == ']' || c == '}') {
			end--;
		} else if (end - start >= 4 && s[end - 3] == 0xE2 && s[end - 2] == 0x80 &&
			   (c == 0x9D || c == 0x99)) {
			/* A closing curly quote (U+201D, U+2019). */
			end -= 3;
		} else {
			break;
		}
	}
	return end;
}

/*
 * End of a dotted word matched from start to end. When its last part is
 * the capital of a longer word ("world.Today" matched as "world.T"), the
 * full stop was a sentence's, written without a space: give the last part
 * back, leaving a word (or a shorter dotted word) before the stop.
 */
static size_t
dotted_end(const unsigned char *s, size_t n, size_t start, size_t end, int *kind)
{
	size_t i = end;

	*kind = PX__TK_DOTTED;
	if (end >= n || !(s[end] >= 'a' && s[end] <= 'z'))
		return end;
	while (i > start && s[i - 1] != '.')
		i--;
	i--; /* the stop itself */
	if (memchr(s + start, '.', i - start) == NULL)
		*kind = (s[start] >= '0' && s[start] <= '9') ? PX__TK_NUM : PX__TK_WORD;
	return i;
}

#include "sbd_lex.c"

/* ASCII character classes for the white-space skip and the shapes. */
enum {
	C_SPACE = 1, /* space, tab, CR, VT, FF */
	C_NL = 2,
	C_UPPER = 4,
	C_LOWER = 8,
	C_DIGIT = 16,
	C_WORD_END = 32 /* ends an ASCII word whatever follows it */
};

/* 256 entries (bytes >= 0x80 are 0), so lookups need no range test. */
static const unsigned char ascii_class[256] = {
	['\t'] = C_SPACE | C_WORD_END, ['\v'] = C_SPACE | C_WORD_END,
	['\f'] = C_SPACE | C_WORD_END, ['\r'] = C_SPACE | C_WORD_END,
	[' '] = C_SPACE | C_WORD_END, ['\n'] = C_NL | C_WORD_END,
	[','] = C_WORD_END, [';'] = C_WORD_END, [')'] = C_WORD_END, ['"'] = C_WORD_END,
	['!'] = C_WORD_END, ['?'] = C_WORD_END, [']'] = C_WORD_END, ['('] = C_WORD_END,
	['A'] = C_UPPER, ['B'] = C_UPPER, ['C'] = C_UPPER, ['D'] = C_UPPER,
	['E'] = C_UPPER, ['F'] = C_UPPER, ['G'] = C_UPPER, ['H'] = C_UPPER,
	['I'] = C_UPPER, ['J'] = C_UPPER, ['K'] = C_UPPER, ['L'] = C_UPPER,
	['M'] = C_UPPER, ['N'] = C_UPPER, ['O'] = C_UPPER, ['P'] = C_UPPER,
	['Q'] = C_UPPER, ['R'] = C_UPPER, ['S'] = C_UPPER, ['T'] = C_UPPER,
	['U'] = C_UPPER, ['V'] = C_UPPER, ['W'] = C_UPPER, ['X'] = C_UPPER,
	['Y'] = C_UPPER, ['Z'] = C_UPPER,
	['a'] = C_LOWER, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER,
	['e'] = C_LOWER, ['f'] = C_LOWER, ['g'] = C_LOWER, ['h'] = C_LOWER,
	['i'] = C_LOWER, ['j'] = C_LOWER, ['k'] = C_LOWER, ['l'] = C_LOWER,
	['m'] = C_LOWER, ['n'] = C_LOWER, ['o'] = C_LOWER, ['p'] = C_LOWER,
	['q'] = C_LOWER, ['r'] = C_LOWER, ['s'] = C_LOWER, ['t'] = C_LOWER,
	['u'] = C_LOWER, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER,
	['y'] = C_LOWER, ['z'] = C_LOWER,
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
	['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
	['8'] = C_DIGIT, ['9'] = C_DIGIT,
};

/*
 * ASCII bytes that always scan as a token of their own, with its kind
 * ('.' only when white space, a closing mark or the end follows: ".." is an
 * ellipsis and ".x@y.org" an address, which the caller checks).
 */
static const unsigned char ascii_single[128] = {
	[','] = PX__TK_PUNCT, [';'] = PX__TK_PUNCT, [':'] = PX__TK_PUNCT,
	['('] = PX__TK_OPEN, ['['] = PX__TK_OPEN, ['{'] = PX__TK_OPEN,
	[')'] = PX__TK_CLOSE, [']'] = PX__TK_CLOSE, ['}'] = PX__TK_CLOSE,
	['"'] = PX__TK_QUOTE, ['\''] = PX__TK_QUOTE, ['`'] = PX__TK_QUOTE,
	['.'] = PX__TK_DOT, ['$'] = PX__TK_CUR, ['&'] = PX__TK_SYM,
};

/* Shape of a word-like token: the case of its first letter, letters, ASCII. */
static unsigned
shape_of(const unsigned char *s, size_t a, size_t b)
{
	unsigned sh = PX__SH_ASCII;
	int first = 1;
	size_t i = a;

	while (i < b) {
		unsigned char c = s[i];
		if (c < 0x80) {
			unsigned cl = ascii_class[c];
			if (cl & (C_UPPER | C_LOWER)) {
				sh |= PX__SH_ALPHA;
				if (first)
					sh |= (cl & C_UPPER) ? PX__SH_CAP : PX__SH_LOWER;
				first = 0;
			}
			i++;
		} else {
			int32_t cp = 0;
			size_t k = px_utf8_decode((const char *)s + i, b - i, &cp);
			sh &= ~(unsigned)PX__SH_ASCII;
			if (cp >= 0) {
				utf8proc_category_t cat = utf8proc_category(cp);
				if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) {
					sh |= PX__SH_ALPHA;
					if (first) {
						if (cat == UTF8PROC_CATEGORY_LU ||
						    cat == UTF8PROC_CATEGORY_LT)
							sh |= PX__SH_CAP;
						else if (cat == UTF8PROC_CATEGORY_LL)
							sh |= PX__SH_LOWER;
					}
					first = 0;
				}
			}
			i += k;
		}
	}
	return sh;
}

#if defined(__GNUC__)
#define PX__INLINE inline __attribute__((always_inline))
#else
#define PX__INLINE inline
#endif

static PX__INLINE int
tok_next(const char *str, size_t n, size_t *pos, struct px__tok *t)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = *pos;
	int ws = 0, nl = 0, kind = 0;

	/* A token right after the start of the text or a space counts as
	 * spaced even when the caller's range starts at it. */
	ws = i == 0 || (ascii_class[s[i - 1]] & (C_SPACE | C_NL));

	for (;;) {
		size_t e = 0;
		/* ASCII white space, the common case, without the scanner. */
		while (i < n && (ascii_class[s[i]] & (C_SPACE | C_NL))) {
			nl |= s[i] == '\n';
			ws = 1;
			i++;
		}
		if (i >= n) {
			*pos = n;
			return 0;
		}
		/*
		 * Fast paths, equivalent to the scanner: a run of ASCII letters
		 * and digits starting with a letter and ended by a byte no
		 * longer rule can continue with is a word, and some
		 * punctuation is always a token of one byte.
		 */
		if (ascii_class[s[i]] & (C_UPPER | C_LOWER)) {
			size_t k = i + 1;
			while (k < n && (ascii_class[s[k]] & (C_UPPER | C_LOWER | C_DIGIT)))
				k++;
			if (k >= n || (ascii_class[s[k]] & C_WORD_END)) {
				t->start = i;
				t->end = k;
				t->kind = PX__TK_WORD;
				t->ws = (uint8_t)ws;
				t->nl = (uint8_t)nl;
				t->mark = 0;
				t->shape = PX__SH_ALPHA | PX__SH_ASCII |
					   ((ascii_class[s[i]] & C_UPPER) ? PX__SH_CAP : PX__SH_LOWER);
				*pos = k;
				return 1;
			}
		} else if (s[i] < 0x80 && ascii_single[s[i]] &&
			   (s[i] != '.' || i + 1 >= n ||
			    ((ascii_class[s[i + 1]] & C_WORD_END) && s[i + 1] != '!' &&
			     s[i + 1] != '?'))) {
			t->start = i;
			t->end = i + 1;
			t->kind = ascii_single[s[i]];
			t->ws = (uint8_t)ws;
			t->nl = (uint8_t)nl;
			t->mark = 0;
			t->shape = 0;
			*pos = i + 1;
			return 1;
		}
		e = px__lex(str, n, i, &kind);
		if (kind != PX__TK_SPACE) {
			t->start = i;
			t->end = e;
			t->kind = (uint8_t)kind;
			t->ws = (uint8_t)ws;
			t->nl = (uint8_t)nl;
			t->mark = 0;
			t->shape = 0;
			if (kind == PX__TK_WORD || kind == PX__TK_NUM || kind == PX__TK_ACRO ||
			    kind == PX__TK_DOTTED) {
				/* Fast path: a short ASCII word's first byte decides. */
				unsigned char c = s[i];
				if (c < 0x80 && (ascii_class[c] & (C_UPPER | C_LOWER))) {
					size_t k = i + 1;
					t->shape = PX__SH_ALPHA | ((ascii_class[c] & C_UPPER) ? PX__SH_CAP : PX__SH_LOWER);
					while (k < e && s[k] < 0x80)
						k++;
					if (k == e)
						t->shape |= PX__SH_ASCII;
					else
						t->shape = (uint8_t)shape_of(s, i, e);
				} else {
					t->shape = (uint8_t)shape_of(s, i, e);
				}
			}
			*pos = e;
			return 1;
		}
		nl |= memchr(s + i, '\n', e - i) != NULL;
		ws = 1;
		i = e;
	}
}

int
px__tok_next(const char *s, size_t n, size_t *pos, struct px__tok *t)
{
	return tok_next(s, n, pos, t);
}

size_t
px__tok_fill(const char *s, size_t n, size_t *pos, struct px__tok *out, size_t max,
	     int *done)
{
	size_t k = 0;

	/* One call per window rather than per token: the scanner loop
	 * stays inlined and its state in registers. */
	while (k < max) {
		if (!tok_next(s, n, pos, &out[k])) {
			*done = 1;
			break;
		}
		k++;
	}
	return k;
}

/* ---------------------------------------------------------------- folding */

size_t
px__fold(const char *str, size_t len, char *out, int *upper)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, o = 0;
	int saw_upper = 0, saw_lower = 0;

	while (i < len) {
		unsigned char c = s[i];
		if (c < 0x80) {
			unsigned cl = ascii_class[c];
			if (cl & C_UPPER) {
				saw_upper = 1;
				c = (unsigned char)(c + 32);
			} else if (cl & C_LOWER) {
				saw_lower = 1;
			}
			out[o++] = (char)c;
			i++;
			continue;
		}
		/* U+2019 RIGHT SINGLE QUOTATION MARK as an apostrophe. */
		if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x99) {
			out[o++] = '\'';
			i += 3;
			continue;
		}
		{
			int32_t cp = 0;
			size_t k = px_utf8_decode(str + i, len - i, &cp);
			utf8proc_int32_t buf[4];
			utf8proc_ssize_t nf = 0, j = 0;
			char tmp[16];
			size_t tl = 0;
			int last = 0;

			if (cp < 0) {
				/* Invalid bytes are copied (the input is meant to be valid). */
				memcpy(out + o, str + i, k);
				o += k;
				i += k;
				continue;
			}
			nf = utf8proc_decompose_char(cp, buf, 4, UTF8PROC_CASEFOLD, &last);
			if (nf < 0 || nf > 4) {
				memcpy(out + o, str + i, k);
				o += k;
				i += k;
				continue;
			}
			for (j = 0; j < nf; j++)
				tl += px_utf8_encode((uint32_t)buf[j], tmp + tl);
			if (tl > 3 * k) {
				/* Never reached with Unicode's folds; keeps the bound. */
				memcpy(out + o, str + i, k);
				o += k;
				i += k;
				continue;
			}
			if (nf != 1 || buf[0] != cp)
				saw_upper = 1;
			else if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
				saw_lower = 1;
			memcpy(out + o, tmp, tl);
			o += tl;
			i += k;
		}
	}
	out[o] = '\0';
	if (upper)
		*upper = saw_upper && !saw_lower;
	return o;
}
