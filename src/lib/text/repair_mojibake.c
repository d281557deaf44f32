/*
 * Mojibake repair: UTF-8 text that some program decoded with a single-byte
 * charset (windows-1252, -1251, -1250, -1253, -1254, -1257, iso-8859-2,
 * macroman, cp437) and re-encoded, possibly several times.
 *
 * How it decides. Each charset maps the characters of a segment back to
 * the bytes they came from. Wherever those bytes form a valid UTF-8
 * sequence (2 to 4 bytes, or a CESU-8 surrogate pair) there is a
 * candidate; adjacent candidates of one charset form a cluster, which is
 * fixed or left alone as a whole. A cluster is fixed when decoding it makes
 * the text around it markedly less "bad", where badness counts character
 * sequences that real text seldom has (a symbol between two letters, an
 * accented capital after a small letter, two scripts inside one word, C1
 * controls, stray spacing diacritics, ...), plus a small prior for the
 * sequences that are almost always mojibake (3- and 4-byte sequences, the
 * windows-1252 lead characters Ã and Â). A cluster that is only mildly
 * better is fixed when the same segment already holds confident fixes in
 * that charset (evidence), or when it lies inside text decoded in an
 * earlier round (one more layer of the same damage).
 *
 * Weak candidates need evidence: those that assume a lost byte 0xA0 turned
 * into a space, a byte lost as '?', or the French/Portuguese word "à" whose
 * 0xA0 was eaten. A byte lost as U+FFFD already marks damage and is not
 * weak. Remaining C1 controls become their windows-1252 characters.
 *
 * Invariants: the output is valid UTF-8; text that has no candidate is
 * copied byte for byte; repeated rounds run until nothing changes, so the
 * result is a fixed point of this stage.
 */
#include <string.h>

#include <utf8proc.h>

#include "repair_internal.h"

/* Character kinds used by the badness measure. */
enum kind {
	K_SP,    /* ASCII white space, or the edge of the text */
	K_AP,    /* ASCII punctuation and symbols */
	K_DG,    /* ASCII digit */
	K_LET,   /* letter (any script; see script and case flags) */
	K_MARK,  /* combining mark */
	K_MOD,   /* spacing modifier or diacritic */
	K_NUM,   /* non-ASCII number: superscripts, fractions, ordinals */
	K_SYM,   /* non-ASCII symbol: math, currency, other */
	K_BOX,   /* box drawing and block elements */
	K_PICT,  /* pictographs and emoji */
	K_PI,    /* opening punctuation (and inverted ! ?) */
	K_PF,    /* closing and other punctuation */
	K_DASH,  /* dashes */
	K_SPX,   /* non-ASCII space, no-break space, soft hyphen */
	K_C1,    /* C1 control */
	K_BAD,   /* replacement char, private use, unassigned, other controls */
	K_FMT    /* harmless format characters (ZWJ, ZWNJ, marks of direction) */
};

enum script {
	S_NONE,
	S_LATIN,
	S_GREEK,
	S_CYRILLIC,
	S_ARMENIAN,
	S_HEBREW,
	S_ARABIC,
	S_CJK,
	S_OTHER
};

enum cflag {
	F_UPPER = 1,
	F_LOWER = 2,
	F_IPA = 4,
	F_JUNK = 8,      /* seldom in real text on its own (¤ ¦ ¨ ƒ ‡ ‰ ...) */
	F_MARKOK = 16,   /* ™ ® © : fine right after a word */
	F_APOS = 32,     /* apostrophe-like (’ ‘ ´ ʼ) */
	F_COMMONP = 64,  /* common prose punctuation (quotes, dashes, …) */
	F_CURRENCY = 128
};

struct chc {
	uint8_t kind;
	uint8_t script;
	uint8_t flags;
	uint32_t cp;
};

/* Candidate: chars [s, s+n) decode to one code point. */
struct px__cand {
	uint32_t s, n;
	uint32_t cp;
	uint8_t weak;
	int8_t prior;
};

struct px__cluster {
	uint32_t s, e;     /* chars */
	uint32_t c0, c1;   /* candidate index range */
	int score;
	uint8_t cs;
	uint8_t weak;      /* every candidate is weak */
	uint8_t hinted;    /* inside text decoded in an earlier round */
	int ev;            /* evidence of its charset (0 while choosing the
			    * confident ones) */
};

/* A region decoded in an earlier round: bytes [s, e) of the current text,
 * and the edit that recorded it (or -1). */
struct hint {
	size_t s, e;
	long edit;
};

struct hints {
	struct hint *h;
	size_t n, cap;
};

const struct px__cs_rev_entry *
px__cs_lookup(uint32_t cp)
{
	size_t lo = 0, hi = px__cs_rev_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (px__cs_rev[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < px__cs_rev_count && px__cs_rev[lo].cp == cp)
		return &px__cs_rev[lo];
	return NULL;
}

void
px__moji_release(struct px__moji *m)
{
	px_free(m->cp);
	px_free(m->off);
	px_free(m->rev);
	px_free(m->at);
	px_free(m->cand);
	px_free(m->cl);
	memset(m, 0, sizeof(*m));
}

static enum script
script_of(uint32_t cp)
{
	if (cp < 0x250 || (cp >= 0x1E00 && cp < 0x1F00) ||
	    (cp >= 0x2C60 && cp < 0x2C80) || (cp >= 0xA720 && cp < 0xA800) ||
	    (cp >= 0xFB00 && cp < 0xFB07) || (cp >= 0xFF21 && cp < 0xFF5B) ||
	    (cp >= 0xAB30 && cp < 0xAB70))
		return S_LATIN;
	if (cp < 0x2B0)
		return S_LATIN; /* IPA letters: Latin, with F_IPA */
	if ((cp >= 0x370 && cp < 0x400) || (cp >= 0x1F00 && cp < 0x2000))
		return S_GREEK;
	if ((cp >= 0x400 && cp < 0x530) || (cp >= 0x1C80 && cp < 0x1C90) ||
	    (cp >= 0x2DE0 && cp < 0x2E00) || (cp >= 0xA640 && cp < 0xA6A0))
		return S_CYRILLIC;
	if (cp >= 0x530 && cp < 0x590)
		return S_ARMENIAN;
	if ((cp >= 0x590 && cp < 0x600) || (cp >= 0xFB1D && cp < 0xFB50))
		return S_HEBREW;
	if ((cp >= 0x600 && cp < 0x700) || (cp >= 0x750 && cp < 0x780) ||
	    (cp >= 0x8A0 && cp < 0x900) || (cp >= 0xFB50 && cp < 0xFE00) ||
	    (cp >= 0xFE70 && cp < 0xFF00))
		return S_ARABIC;
	if ((cp >= 0x2E80 && cp < 0xA000) || (cp >= 0xAC00 && cp < 0xD7B0) ||
	    (cp >= 0xF900 && cp < 0xFB00) || (cp >= 0xFF66 && cp < 0xFFA0) ||
	    (cp >= 0x1100 && cp < 0x1200) || cp >= 0x20000)
		return S_CJK;
	return S_OTHER;
}

static int
is_junk_symbol(uint32_t cp)
{
	switch (cp) {
	case 0xA4: case 0xA6: case 0xA8: case 0xAF: case 0xB8:
	case 0x192: case 0x2C6: case 0x2C7: case 0x2D8: case 0x2D9: case 0x2DA:
	case 0x2DB: case 0x2DC: case 0x2DD: case 0x2021: case 0x2030:
	case 0x2310: case 0x25CA: case 0xF8FF:
		return 1;
	default:
		return 0;
	}
}

static void
classify(uint32_t cp, struct chc *o)
{
	utf8proc_category_t cat;

	o->cp = cp;
	o->script = S_NONE;
	o->flags = 0;
	if (cp < 0x80) {
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r')
			o->kind = K_SP;
		else if (cp >= '0' && cp <= '9')
			o->kind = K_DG;
		else if (cp >= 'a' && cp <= 'z') {
			o->kind = K_LET;
			o->script = S_LATIN;
			o->flags = F_LOWER;
		} else if (cp >= 'A' && cp <= 'Z') {
			o->kind = K_LET;
			o->script = S_LATIN;
			o->flags = F_UPPER;
		} else if (cp < 0x20 || cp == 0x7F)
			o->kind = K_BAD;
		else
			o->kind = K_AP;
		return;
	}
	if (cp < 0xA0) {
		o->kind = K_C1;
		return;
	}
	if (is_junk_symbol(cp))
		o->flags |= F_JUNK;
	switch (cp) {
	case 0xA0: case 0xAD:
		o->kind = K_SPX;
		return;
	case 0xA1: case 0xBF:
		o->kind = K_PI;
		return;
	case 0xAA: case 0xBA:
		o->kind = K_NUM; /* ordinal indicators: belong after digits */
		return;
	case 0xB5: case 0x3BC: case 0x3A9: case 0x2126:
		/* micro and ohm: unit prefixes that sit among Latin letters */
		o->kind = K_LET;
		o->script = S_NONE;
		o->flags = F_LOWER;
		return;
	case 0xA9: case 0xAE: case 0x2122:
		o->kind = K_SYM;
		o->flags |= F_MARKOK;
		return;
	case 0xB4: case 0x2018: case 0x2019: case 0x2BC:
		o->kind = cp == 0xB4 ? K_MOD : (cp == 0x2018 ? K_PI : K_PF);
		o->flags |= F_APOS | F_COMMONP;
		return;
	case 0x201C: case 0x201E: case 0xAB:
		o->kind = K_PI;
		o->flags |= F_COMMONP;
		return;
	case 0x201D: case 0xBB: case 0x2026:
		o->kind = K_PF;
		o->flags |= F_COMMONP;
		return;
	case 0x2013: case 0x2014:
		o->kind = K_DASH;
		o->flags |= F_COMMONP;
		return;
	case 0xFFFD:
		/* A lost character: it stands where a letter most likely was,
		 * so it neither adds nor removes badness around it. */
		o->kind = K_LET;
		return;
	case 0x200C: case 0x200D: case 0x200E: case 0x200F:
		o->kind = K_FMT;
		return;
	default:
		break;
	}
	if (cp >= 0x2500 && cp < 0x25A0) {
		o->kind = K_BOX;
		return;
	}
	if ((cp >= 0x1F000 && cp < 0x1FB00) || (cp >= 0x2600 && cp < 0x27C0) ||
	    (cp >= 0x2B00 && cp < 0x2C00)) {
		o->kind = K_PICT;
		return;
	}
	cat = utf8proc_category((utf8proc_int32_t)cp);
	switch (cat) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		o->kind = K_LET;
		o->script = (uint8_t)script_of(cp);
		o->flags |= F_UPPER;
		return;
	case UTF8PROC_CATEGORY_LL:
		o->kind = K_LET;
		o->script = (uint8_t)script_of(cp);
		o->flags |= F_LOWER;
		if (cp >= 0x250 && cp < 0x2B0)
			o->flags |= F_IPA;
		return;
	case UTF8PROC_CATEGORY_LO:
		o->kind = K_LET;
		o->script = (uint8_t)script_of(cp);
		return;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_SK:
		o->kind = K_MOD;
		return;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		o->kind = K_MARK;
		return;
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		o->kind = K_NUM;
		return;
	case UTF8PROC_CATEGORY_PD:
		o->kind = K_DASH;
		return;
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PI:
		o->kind = K_PI;
		return;
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
	case UTF8PROC_CATEGORY_PC:
		o->kind = K_PF;
		return;
	case UTF8PROC_CATEGORY_SC:
		o->kind = K_SYM;
		o->flags |= F_CURRENCY;
		return;
	case UTF8PROC_CATEGORY_SM:
	case UTF8PROC_CATEGORY_SO:
		o->kind = K_SYM;
		return;
	case UTF8PROC_CATEGORY_ZS:
		o->kind = K_SPX;
		return;
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		o->kind = K_SP;
		return;
	case UTF8PROC_CATEGORY_CF:
		o->kind = K_FMT;
		return;
	default:
		o->kind = K_BAD; /* Cc, Cs, Co, Cn */
		return;
	}
}

static int
is_letter(const struct chc *c)
{
	return c->kind == K_LET;
}

/* Punctuation that is odd right after a letter: footnote and list marks. */
static int
is_odd_punct(uint32_t cp)
{
	return cp == 0x2020 || cp == 0x2021 || cp == 0xB7 || cp == 0x2022 ||
	       cp == 0xA7 || cp == 0xB6 || cp == 0x2039 || cp == 0x203A;
}

/* Rule: a letter followed directly by a symbol that seldom follows words. */
static int
sym_after_letter(const struct chc *p, const struct chc *x)
{
	if (p->cp >= 0x80) {
		switch (x->kind) {
		case K_SYM:
			return !(x->flags & F_MARKOK);
		case K_BOX: case K_NUM: case K_PI: case K_SPX: case K_C1:
		case K_BAD:
			return 1;
		case K_MOD:
			return 1;
		case K_PF:
			return is_odd_punct(x->cp);
		default:
			return 0;
		}
	}
	switch (x->kind) {
	case K_SYM:
		return !(x->flags & (F_MARKOK | F_CURRENCY)) && x->cp != 0xB0;
	case K_BOX: case K_C1: case K_BAD:
		return 1;
	case K_MOD:
		return (x->flags & F_JUNK) != 0;
	case K_PI:
		return !(x->flags & F_APOS);
	default:
		return 0;
	}
}

/* Rule: a character that is odd between two letters. */
static int
odd_between_letters(const struct chc *x)
{
	switch (x->kind) {
	case K_SYM: case K_BOX: case K_NUM: case K_PI: case K_SPX: case K_C1:
	case K_BAD:
		return !(x->flags & F_APOS);
	case K_MOD:
		return x->cp != 0xB4;
	case K_PF:
		return !(x->flags & F_APOS) && x->cp != 0x2026;
	default:
		return 0;
	}
}

static int
symbolish(const struct chc *x)
{
	if (x->cp < 0x80)
		return 0;
	switch (x->kind) {
	case K_SYM: case K_NUM: case K_MOD: case K_BOX: case K_PI: case K_PF:
	case K_DASH: case K_SPX: case K_C1: case K_BAD:
		return 1;
	default:
		return 0;
	}
}

static int
common_punct(const struct chc *x)
{
	return (x->flags & F_COMMONP) || x->kind == K_SPX;
}

/* The non-ASCII capitals of the capital run that ends before c[i], not
 * counting a word-initial one. */
static int
inner_capitals(const struct chc *c, size_t i)
{
	size_t k = i;
	int count = 0;

	while (k > 0 && is_letter(&c[k - 1]) && (c[k - 1].flags & F_UPPER)) {
		k--;
		if (c[k].cp >= 0x80 && k > 0 && is_letter(&c[k - 1]))
			count++;
	}
	return count;
}

/* A letter of a non-Latin script with no neighbour of its script but a
 * Latin letter close by: one Greek or CJK character amid Latin text. */
static int
lone_script(const struct chc *c, size_t n, size_t i)
{
	size_t lo = i >= 2 ? i - 2 : 0, hi = i + 3 < n ? i + 3 : n, k = 0;
	int latin = 0;

	if ((i > 0 && is_letter(&c[i - 1]) && c[i - 1].script == c[i].script) ||
	    (i + 1 < n && is_letter(&c[i + 1]) && c[i + 1].script == c[i].script))
		return 0;
	for (k = lo; k < hi; k++)
		if (k != i && is_letter(&c[k]) && c[k].script == S_LATIN)
			latin = 1;
	return latin;
}

/*
 * Badness of a run of classified characters: the number of sequences that
 * real text seldom contains. c[-1] and c[n] are never read; callers pass
 * the context as part of the run.
 */
static int
badness(const struct chc *c, size_t n)
{
	int b = 0;
	size_t i = 0;

	for (i = 0; i < n; i++) {
		const struct chc *x = &c[i];
		const struct chc *p = i > 0 ? &c[i - 1] : NULL;

		if (x->kind == K_C1)
			b += 4;
		else if (x->kind == K_BAD && x->cp != 0xFFFD)
			b += 3;
		if (x->flags & F_JUNK)
			b += 1;
		if (is_letter(x) && x->script > S_LATIN && lone_script(c, n, i))
			b += 2;
		if (p == NULL)
			continue;
		if (is_letter(p) && is_letter(x)) {
			/* a small letter then a non-ASCII capital: "tÃ", "ґР" */
			if ((p->flags & F_LOWER) && (x->flags & F_UPPER) && x->cp >= 0x80)
				b += 1;
			/* two scripts inside one word */
			if (p->script != S_NONE && x->script != S_NONE &&
			    p->script != x->script)
				b += 2;
			/* non-ASCII capitals inside a word, before a small
			 * letter: "TĂĽrkiye", "MĂĄm" */
			if ((x->flags & F_LOWER) && (p->flags & F_UPPER))
				b += inner_capitals(c, i);
			/* IPA letters beside capitals */
			if (((x->flags & F_IPA) && (p->flags & F_UPPER)) ||
			    ((p->flags & F_IPA) && (x->flags & F_UPPER)))
				b += 1;
		}
		if (is_letter(p) && sym_after_letter(p, x))
			b += 1;
		if (i >= 2 && is_letter(&c[i - 2]) && is_letter(x) &&
		    odd_between_letters(p))
			b += 1;
		if (symbolish(p) && symbolish(x) &&
		    !(common_punct(p) && common_punct(x)))
			b += 1;
		/* A combining mark on a space, or on a cased letter (NFC
		 * leaves few of those uncomposed in real text). */
		if (x->kind == K_MARK &&
		    (p->kind == K_SP || (is_letter(p) && (p->flags & (F_UPPER | F_LOWER)))))
			b += 1;
	}
	return b;
}

/* ------------------------------------------------------------ candidates */

static int
byte_of(const struct px__moji *m, size_t i, int cs)
{
	uint32_t cp = m->cp[i];

	if (cp < 0x80)
		return (int)cp;
	if (cp < 0xA0) {
		/* A C1 control stands for its own byte in latin-1 (read as
		 * part of windows-1252) and for the undefined bytes of the
		 * other windows charsets, which "sloppy" decoders pass through. */
		if (cs == PX__CS_1252 || px__cs_hi[cs][cp - 0x80] == cp)
			return (int)cp;
		return -1;
	}
	if (m->rev[i] && m->rev[i]->byte[cs])
		return m->rev[i]->byte[cs];
	return -1;
}

/* Charsets where byte 0xA0 is the no-break space (so a space may stand for it). */
static int
cs_has_nbsp_a0(int cs)
{
	return strcmp(px__cs_names[cs], "macroman") != 0 &&
	       strcmp(px__cs_names[cs], "cp437") != 0;
}

/* Charsets with undefined bytes, which a decoder may have turned into
 * U+FFFD or '?' (macroman, cp437 and iso-8859-2 define every byte). */
static int
cs_has_undefined(int cs)
{
	return cs_has_nbsp_a0(cs) && strcmp(px__cs_names[cs], "iso-8859-2") != 0;
}

static int
apos_like(uint32_t cp)
{
	return cp == 0x2019 || cp == 0x2018 || cp == 0xB4 || cp == 0x2BC;
}

static int
cp_acceptable(uint32_t cp)
{
	utf8proc_category_t cat;

	/* C1 results are kept: they are one layer of latin-1 mojibake that
	 * the windows-1252 reading of C1 controls finishes. */
	if (cp < 0x80)
		return 0;
	if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
		return 0;
	if (cp == 0xFFFD || cp < 0xA0)
		return 1;
	cat = utf8proc_category((utf8proc_int32_t)cp);
	return cat != UTF8PROC_CATEGORY_CN && cat != UTF8PROC_CATEGORY_CO &&
	       cat != UTF8PROC_CATEGORY_CS && cat != UTF8PROC_CATEGORY_CC;
}

static int
is_word_char(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= '0' && cp <= '9') || cp >= 0xC0;
}

/*
 * How likely a character is as the decoded result of mojibake: 1 for the
 * blocks real text is full of (general punctuation, symbols, CJK, Hangul,
 * Indic, Thai, Vietnamese Latin, emoji, ...), -1 for blocks that a chance
 * byte sequence lands in far more often than real text does (IPA and
 * spacing modifiers, rare Latin extensions, Syriac to NKo, historic and
 * minority scripts), 0 otherwise.
 */
static int
plausibility(uint32_t cp)
{
	if (cp < 0x800) {
		if (cp >= 0x180 && cp < 0x250) {
			/* Latin Extended-B: keep Vietnamese, Pinyin, Romanian */
			if (cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0 ||
			    (cp >= 0x1CD && cp <= 0x1DC) || (cp >= 0x218 && cp <= 0x21B))
				return 0;
			return -1;
		}
		if (cp >= 0x250 && cp < 0x300)
			return cp == 0x2BB || cp == 0x2BC || cp == 0x2C6 || cp == 0x2DC ? 0 : -1;
		if ((cp >= 0x500 && cp < 0x530) || cp >= 0x700)
			return -1;
		return 0;
	}
	if (cp < 0x10000) {
		if ((cp >= 0x900 && cp < 0xF00) || (cp >= 0x10A0 && cp < 0x1100) ||
		    (cp >= 0x1E00 && cp < 0x2C00) || (cp >= 0x2E80 && cp < 0xA000) ||
		    (cp >= 0xAC00 && cp < 0xD7B0) || (cp >= 0xFB00 && cp < 0xFB50) ||
		    cp == 0xFE0F || cp == 0xFEFF || (cp >= 0xFF00 && cp < 0xFFF0) ||
		    cp == 0xFFFD)
			return 1;
		if ((cp >= 0x800 && cp < 0x900) || (cp >= 0x1200 && cp < 0x1780) ||
		    (cp >= 0x1800 && cp < 0x1E00) || (cp >= 0x2C00 && cp < 0x2E00) ||
		    (cp >= 0xA000 && cp < 0xAC00) || (cp >= 0xD7B0 && cp < 0xD800))
			return -1;
		return 0;
	}
	if (cp >= 0x1F000 && cp < 0x1FB00)
		return 1;
	if (cp >= 0x20000 && cp < 0x40000)
		return 0;
	return -1;
}

/* Two letters of one script that would decode to something that is not a
 * letter of that script: real words produce such pairs by chance. */
static int
same_script_letters(const struct px__moji *m, size_t i, uint32_t v)
{
	struct chc a, b, r;

	classify(m->cp[i], &a);
	classify(m->cp[i + 1], &b);
	classify(v, &r);
	if (!is_letter(&a) || !is_letter(&b) || a.script != b.script ||
	    a.script == S_NONE)
		return 0;
	return !(is_letter(&r) && r.script == a.script);
}

/*
 * Try a candidate starting at char i in charset cs. Fills *c and returns 1
 * when the bytes there form a UTF-8 sequence (possibly with a restored
 * 0xA0 or a lost byte).
 */
static int
cand_at(const struct px__moji *m, size_t n, size_t i, int cs,
	struct px__cand *c)
{
	int b0 = byte_of(m, i, cs);
	int len = 0, k = 0, lossy = 0, weak = 0, realcont = 0;
	uint32_t v = 0;
	int lo = 0x80, hi = 0xBF;

	if (b0 < 0xC2 || b0 > 0xF4)
		return 0;
	if (b0 < 0xE0) {
		len = 2;
		v = (uint32_t)(b0 & 0x1F);
	} else if (b0 < 0xF0) {
		len = 3;
		v = (uint32_t)(b0 & 0x0F);
		if (b0 == 0xE0)
			lo = 0xA0;
		else if (b0 == 0xED)
			hi = 0xBF; /* surrogates: CESU-8 pair checked below */
	} else {
		len = 4;
		v = (uint32_t)(b0 & 0x07);
		if (b0 == 0xF0)
			lo = 0x90;
		else if (b0 == 0xF4)
			hi = 0x8F;
	}
	if (i + (size_t)len > n) {
		/* "Ã " at the very end cannot be the à-word; nothing here. */
		return 0;
	}
	for (k = 1; k < len; k++) {
		uint32_t cp = m->cp[i + (size_t)k];
		int b = byte_of(m, i + (size_t)k, cs);
		int l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
		if (b >= l && b <= h) {
			realcont++;
		} else if (cp == ' ' && cs_has_nbsp_a0(cs) && 0xA0 >= l && 0xA0 <= h) {
			b = 0xA0;
			weak = 1;
		} else if ((cp == 0xFFFD || cp == '?') && cs_has_undefined(cs)) {
			if (cp == '?')
				weak = 1;
			lossy = 1;
			b = 0x80;
		} else {
			return 0;
		}
		v = (v << 6) | (uint32_t)(b & 0x3F);
	}
	if (lossy) {
		/* A lost byte after a 2-byte lead: only Â and Ã are common
		 * enough to trust with '?'; longer sequences need one real
		 * continuation byte besides the lost one. */
		if (len == 2 && m->cp[i + 1] == '?' && b0 != 0xC2 && b0 != 0xC3)
			return 0;
		if (len > 2 && realcont == 0)
			return 0;
		v = 0xFFFD;
	} else if (v >= 0xD800 && v <= 0xDFFF) {
		/* CESU-8: a high surrogate followed by a low one, 6 bytes. */
		uint32_t w = 0;
		if (v > 0xDBFF || i + 6 > n || byte_of(m, i + 3, cs) != 0xED)
			return 0;
		for (k = 4; k < 6; k++) {
			int b = byte_of(m, i + (size_t)k, cs);
			if (b < 0x80 || b > 0xBF)
				return 0;
		}
		w = (uint32_t)(((byte_of(m, i + 4, cs) & 0x3F) << 6) |
			       (byte_of(m, i + 5, cs) & 0x3F)) | 0xD000;
		if (w < 0xDC00 || w > 0xDFFF)
			return 0;
		v = 0x10000 + ((v - 0xD800) << 10) + (w - 0xDC00);
		len = 6;
	}
	if (!lossy && len == 2 && weak) {
		/* A restored 0xA0 after a 2-byte lead: only leads that make a
		 * common character with it (no-break space, à, Š, Π, Р, ٠). */
		if (b0 != 0xC2 && b0 != 0xC3 && b0 != 0xC5 && b0 != 0xCE &&
		    b0 != 0xD0 && b0 != 0xD9)
			return 0;
	}
	if (!cp_acceptable(v))
		return 0;
	c->s = (uint32_t)i;
	c->n = (uint32_t)len;
	c->cp = v;
	c->weak = (uint8_t)weak;
	c->prior = 0;
	if (lossy && !weak)
		c->prior = 1; /* the U+FFFD already marks a lost byte */
	if (!weak && !lossy) {
		int pl = plausibility(v);
		if (len >= 4)
			c->prior = pl > 0 ? 2 : pl;
		else if (len == 3)
			c->prior = pl;
		else if ((m->cp[i] == 0xC2 || m->cp[i] == 0xC3) &&
			 (uint32_t)b0 == m->cp[i])
			c->prior = apos_like(m->cp[i + 1]) ? 1 : 2;
		else
			c->prior = pl < 0 ? -1 : 0;
		if (len == 2 && same_script_letters(m, i, v))
			c->prior = (int8_t)(c->prior - 2);
	}
	return 1;
}

/*
 * The word "à" (and Portuguese "às", "àquele", ...) whose 0xA0 byte was
 * lost: the lead of à alone before a space. Weak: needs evidence.
 */
static int
a_grave_word_at(const struct px__moji *m, size_t n, size_t i, int cs,
		struct px__cand *c)
{
	if (byte_of(m, i, cs) != 0xC3 || i + 2 >= n || m->cp[i + 1] != ' ')
		return 0;
	if (i > 0 && is_word_char(m->cp[i - 1]))
		return 0;
	if (!is_word_char(m->cp[i + 2]))
		return 0;
	c->s = (uint32_t)i;
	c->n = 1;
	c->cp = 0xE0;
	c->weak = 1;
	c->prior = 0;
	return 1;
}

/* Portuguese contractions of "a" with "aquele", "aquela", "aquilo", "as". */
static int
portuguese_a_contraction(const struct px__moji *m, size_t n, size_t i)
{
	static const char *const rest[] = {"quele", "quela", "quilo", "s"};
	size_t k = 0, j = 0;

	for (k = 0; k < sizeof rest / sizeof rest[0]; k++) {
		size_t l = strlen(rest[k]);
		if (i + 2 + l > n)
			continue;
		for (j = 0; j < l; j++)
			if (m->cp[i + 2 + j] != (unsigned char)rest[k][j])
				break;
		if (j < l)
			continue;
		if (i + 2 + l == n || !is_word_char(m->cp[i + 2 + l]))
			return 1;
		if (l > 1 && m->cp[i + 2 + l] == 's' &&
		    (i + 3 + l == n || !is_word_char(m->cp[i + 3 + l])))
			return 1;
	}
	return 0;
}

static px_status
grow(void **p, size_t *cap, size_t need, size_t el)
{
	return *cap >= need ? PX_OK : px_grow(p, cap, need, el);
}

/* Context characters taken on each side of a cluster when scoring it, and
 * the most candidates one cluster holds (longer runs are split). */
#define CTX 2
#define MAX_CL 24

static int
score_cluster(const struct px__moji *m, size_t n, const struct px__cand *cand,
	      const struct px__cluster *cl)
{
	struct chc before[MAX_CL * 6 + 2 * CTX + 2], after[MAX_CL + 2 * CTX + 2];
	size_t nb = 0, na = 0, i = 0, lo = 0, hi = 0;
	uint32_t k = 0;
	int prior = 0;

	lo = cl->s >= CTX ? cl->s - CTX : 0;
	hi = cl->e + CTX <= n ? cl->e + CTX : n;
	if (lo == 0) {
		classify(' ', &before[nb++]);
		classify(' ', &after[na++]);
	}
	for (i = lo; i < hi; i++)
		classify(m->cp[i], &before[nb++]);
	for (i = lo; i < cl->s; i++)
		classify(m->cp[i], &after[na++]);
	for (k = cl->c0; k < cl->c1; k++) {
		classify(cand[k].cp, &after[na++]);
		prior += cand[k].prior;
	}
	for (i = cl->e; i < hi; i++)
		classify(m->cp[i], &after[na++]);
	if (hi == n) {
		classify(' ', &before[nb++]);
		classify(' ', &after[na++]);
	}
	if (prior > 3)
		prior = 3;
	return badness(before, nb) - badness(after, na) + prior;
}

/* Whether chars [s, e) lie inside a hinted region (bytes). */
static long
hint_find(const struct px__moji *m, const struct hints *h, uint32_t s,
	  uint32_t e)
{
	size_t i = 0;

	for (i = 0; i < h->n; i++)
		if (h->h[i].s <= m->off[s] && m->off[e] <= h->h[i].e)
			return (long)i;
	return -1;
}

/* Index of the char that starts at byte offset b (or the next one). */
static size_t
char_at(const struct px__moji *m, size_t nc, size_t b)
{
	size_t lo = 0, hi = nc;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->off[mid] < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static px_status
hints_add(struct hints *h, size_t s, size_t e, long edit)
{
	px_status st = grow((void **)&h->h, &h->cap, h->n + 1, sizeof(*h->h));

	if (st)
		return st;
	h->h[h->n].s = s;
	h->h[h->n].e = e;
	h->h[h->n].edit = edit;
	h->n++;
	return PX_OK;
}

static int
cl_cmp_better(const struct px__cluster *a, const struct px__cluster *b)
{
	if (a->ev != b->ev)
		return a->ev > b->ev;
	if (a->score != b->score)
		return a->score > b->score;
	return a->cs < b->cs;
}

/* Sort cluster indexes best first (score, then charset order, then text
 * order); insertion into runs merged bottom-up keeps it O(n log n). */
static void
sort_clusters(const struct px__cluster *cl, uint32_t *order, size_t n)
{
	uint32_t *tmp = NULL;
	size_t w = 0, i = 0;

	if (n < 2)
		return;
	tmp = px_alloc(n * sizeof(*tmp));
	if (tmp == NULL) {
		/* Without memory, fall back to insertion sort. */
		for (i = 1; i < n; i++) {
			uint32_t v = order[i];
			size_t j = i;
			while (j > 0 && cl_cmp_better(&cl[v], &cl[order[j - 1]])) {
				order[j] = order[j - 1];
				j--;
			}
			order[j] = v;
		}
		return;
	}
	for (w = 1; w < n; w *= 2) {
		for (i = 0; i < n; i += 2 * w) {
			size_t a = i, am = i + w < n ? i + w : n;
			size_t b = am, bm = i + 2 * w < n ? i + 2 * w : n;
			size_t o = i;
			while (a < am && b < bm)
				tmp[o++] = cl_cmp_better(&cl[order[b]], &cl[order[a]]) ?
						   order[b++] : order[a++];
			while (a < am)
				tmp[o++] = order[a++];
			while (b < bm)
				tmp[o++] = order[b++];
		}
		memcpy(order, tmp, n * sizeof(*order));
	}
	px_free(tmp);
}

/* Mark a cluster's chars as taken unless one already is. */
static int
take(uint32_t *taken, const struct px__cluster *c, uint32_t idx)
{
	uint32_t j = 0;

	for (j = c->s; j < c->e; j++)
		if (taken[j])
			return 0;
	for (j = c->s; j < c->e; j++)
		taken[j] = idx + 1;
	return 1;
}

/* Windows-1252 reading of a C1 control (0 when that byte is undefined). */
static uint32_t
c1_as_1252(uint32_t cp)
{
	uint32_t v = px__cs_hi[PX__CS_1252][cp - 0x80];
	return v >= 0xA0 ? v : 0;
}

/*
 * One round over the text s[0..n): find, choose and apply clusters; write
 * the result to out. hin: regions decoded in the previous round (byte
 * offsets into s); hout receives the regions decoded now (offsets into
 * out). Returns whether anything changed through *changed.
 */
static px_status
moji_round(struct px__moji *m, const char *s, size_t n, struct px_buf *out,
	   struct px_edits *log, const struct hints *hin, struct hints *hout,
	   int *changed)
{
	size_t nc = 0, i = 0, ncand = 0, ncl = 0, k = 0, nonascii = 0, nat = 0;
	int cs = 0;
	int evidence[PX__NCS];
	int whole[PX__NCS]; /* 2: the segment reads as UTF-8 and holds C1
			     * controls; 1: it reads as UTF-8 */
	px_status st = PX_OK;
	uint32_t *taken = NULL;
	uint32_t *accepted = NULL;
	uint32_t *order = NULL;
	size_t *omap = NULL; /* output byte offset of each input char */
	size_t nacc = 0;

	*changed = 0;
	/* Decode into code points. */
	if (n + 1 > m->cap) {
		size_t cap = m->cap * 2 > n + 1 ? m->cap * 2 : n + 1;
		void *p = px_realloc(m->cp, cap * sizeof(*m->cp));
		if (p == NULL)
			return PX_ENOMEM;
		m->cp = p;
		p = px_realloc(m->off, cap * sizeof(*m->off));
		if (p == NULL)
			return PX_ENOMEM;
		m->off = p;
		p = px_realloc(m->rev, cap * sizeof(*m->rev));
		if (p == NULL)
			return PX_ENOMEM;
		m->rev = p;
		p = px_realloc(m->at, cap * sizeof(*m->at));
		if (p == NULL)
			return PX_ENOMEM;
		m->at = p;
		m->cap = cap;
	}
	while (i < n) {
		int32_t cp = 0;
		size_t l = px_utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			cp = 0xFFFD;
		m->cp[nc] = (uint32_t)cp;
		m->off[nc] = (uint32_t)i;
		m->rev[nc] = cp >= 0xA0 ? px__cs_lookup((uint32_t)cp) : NULL;
		nc++;
		i += l;
	}
	m->off[nc] = (uint32_t)n;

	/* Only C1 controls and characters some charset maps to a byte can
	 * start a candidate: the charsets below visit those alone, not the
	 * whole (mostly ASCII) segment once each. */
	for (i = 0; i < nc; i++) {
		if (m->cp[i] >= 0x80)
			nonascii++;
		if (!(m->cp[i] < 0x80 || (m->rev[i] == NULL && m->cp[i] >= 0xA0)))
			m->at[nat++] = (uint32_t)i;
	}
	/* Candidates and clusters for every charset. */
	for (cs = 0; cs < PX__NCS; cs++) {
		size_t first = ncand;
		size_t covered = 0;
		size_t a = 0, next = 0;
		int c1 = 0;
		evidence[cs] = 0;
		for (a = 0; a < nat; a++) {
			struct px__cand c;
			i = m->at[a];
			if (i < next)
				continue;
			/* "Ã " before a word is the word "à" that lost its 0xA0,
			 * except in Portuguese "àquele", "às", where the space
			 * itself stands for the lost byte. */
			if (!(a_grave_word_at(m, nc, i, cs, &c) &&
			      !portuguese_a_contraction(m, nc, i)) &&
			    !cand_at(m, nc, i, cs, &c)) {
				next = i + 1;
				continue;
			}
			st = grow((void **)&m->cand, &m->ccap, ncand + 1, sizeof(*m->cand));
			if (st)
				return st;
			m->cand[ncand++] = c;
			for (k = i; k < i + c.n; k++) {
				if (m->cp[k] >= 0x80)
					covered++;
				if (m->cp[k] >= 0x80 && m->cp[k] < 0xA0)
					c1 = 1;
			}
			next = i + c.n;
		}
		/* The whole segment reads as UTF-8 in this charset and went
		 * through latin-1 (C1 controls) or has several fixes: that is
		 * evidence for every one of them. */
		whole[cs] = nonascii && covered == nonascii ? (c1 ? 2 : 1) : 0;
		/* Group adjacent candidates. */
		for (k = first; k < ncand;) {
			size_t e = k + 1;
			struct px__cluster cl;
			while (e < ncand && m->cand[e].s == m->cand[e - 1].s + m->cand[e - 1].n &&
			       e - k < MAX_CL)
				e++;
			cl.s = m->cand[k].s;
			cl.e = m->cand[e - 1].s + m->cand[e - 1].n;
			cl.c0 = (uint32_t)k;
			cl.c1 = (uint32_t)e;
			cl.cs = (uint8_t)cs;
			cl.weak = 1;
			for (i = k; i < e; i++)
				if (!m->cand[i].weak)
					cl.weak = 0;
			cl.hinted = hin && hint_find(m, hin, cl.s, cl.e) >= 0;
			cl.ev = 0;
			cl.score = score_cluster(m, nc, m->cand, &cl);

			st = grow((void **)&m->cl, &m->clcap, ncl + 1, sizeof(*m->cl));
			if (st)
				return st;
			m->cl[ncl++] = cl;
			k = e;
		}
	}

	taken = px_calloc(nc + 1, sizeof(*taken));
	accepted = px_calloc(ncl + 1, sizeof(*accepted));
	order = px_calloc(ncl + 1, sizeof(*order));
	omap = px_calloc(nc + 1, sizeof(*omap));
	if (taken == NULL || accepted == NULL || order == NULL || omap == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	/* Choose: confident clusters first, best score first (it wins an
	 * overlap); then the mild ones in charsets that have evidence. */
	/* A segment that reads as UTF-8 as a whole: with C1 controls it went
	 * through latin-1, which settles it; otherwise it needs two fixes
	 * that improve it. */
	for (cs = 0; cs < PX__NCS; cs++) {
		int sum = 0, ncs = 0;
		for (k = 0; k < ncl; k++) {
			if (m->cl[k].cs != cs)
				continue;
			ncs++;
			if (m->cl[k].score > 0)
				sum += m->cl[k].score;
		}
		if (whole[cs] == 2 || (whole[cs] == 1 && ncs >= 2 && sum >= 2))
			evidence[cs] += 1000;
	}
	for (k = 0; k < ncl; k++) {
		order[k] = (uint32_t)k;
		m->cl[k].ev = evidence[m->cl[k].cs] >= 1000 ? 1000 : 0;
	}
	sort_clusters(m->cl, order, ncl);
	for (k = 0; k < ncl; k++) {
		struct px__cluster *c = &m->cl[order[k]];
		if (c->score > -1000 &&
		    (c->score >= (c->weak ? 1000 : 2) || c->ev >= 1000) &&
		    take(taken, c, order[k]))
			accepted[nacc++] = order[k];
	}
	/* Credit every charset that reads an accepted run the same way. */
	for (k = 0; k < ncl; k++) {
		struct px__cluster *c = &m->cl[k];
		uint32_t t = taken[c->s];
		if (t && m->cl[t - 1].s == c->s && m->cl[t - 1].e == c->e &&
		    m->cl[t - 1].c1 - m->cl[t - 1].c0 == c->c1 - c->c0)
			evidence[c->cs]++;
	}
	/* Several mild fixes in one charset that agree are evidence too. */
	{
		int mild[PX__NCS], nmild[PX__NCS];
		for (cs = 0; cs < PX__NCS; cs++)
			mild[cs] = nmild[cs] = 0;
		for (k = 0; k < ncl; k++) {
			struct px__cluster *c = &m->cl[k];
			if (c->score >= 1 && !c->weak && !taken[c->s]) {
				mild[c->cs] += c->score;
				nmild[c->cs]++;
			}
		}
		for (cs = 0; cs < PX__NCS; cs++)
			if (mild[cs] >= 3 && nmild[cs] >= 2)
				evidence[cs] += 1;
	}
	/* The rest, where their charset has evidence: the charset with the
	 * most evidence first, then the best score. */
	for (k = 0; k < ncl; k++)
		m->cl[k].ev = evidence[m->cl[k].cs];
	sort_clusters(m->cl, order, ncl);
	for (k = 0; k < ncl; k++) {
		struct px__cluster *c = &m->cl[order[k]];
		if (c->ev > 0 && c->score > -1000 && (c->score >= 0 || c->ev >= 1000) &&
		    take(taken, c, order[k]))
			accepted[nacc++] = order[k];
	}

	/* Apply in text order. */
	{
		size_t pos = 0; /* chars copied so far */
		size_t a = 0;
		/* sort accepted by start (insertion sort: few entries) */
		for (a = 1; a < nacc; a++) {
			uint32_t v = accepted[a];
			size_t b = a;
			while (b > 0 && m->cl[accepted[b - 1]].s > m->cl[v].s) {
				accepted[b] = accepted[b - 1];
				b--;
			}
			accepted[b] = v;
		}
		for (a = 0; a <= nacc; a++) {
			size_t upto = a < nacc ? m->cl[accepted[a]].s : nc;
			/* copy chars [pos, upto), turning C1 controls into
			 * their windows-1252 characters */
			size_t run = pos;
			for (i = pos; i < upto; i++) {
				uint32_t cp = m->cp[i];
				uint32_t w = (cp >= 0x80 && cp < 0xA0) ? c1_as_1252(cp) : 0;
				omap[i] = out->len + (m->off[i] - m->off[run]);
				if (w) {
					char tmp[4];
					size_t l = px_utf8_encode(w, tmp);
					px_buf_append(out, s + m->off[run], m->off[i] - m->off[run]);
					if (log)
						px_edits_add(log, "mojibake", s + m->off[i],
							     m->off[i + 1] - m->off[i], tmp, l);
					px_buf_append(out, tmp, l);
					run = i + 1;
					*changed = 1;
				}
			}
			px_buf_append(out, s + m->off[run], m->off[upto] - m->off[run]);
			if (a == nacc)
				break;
			{
				struct px__cluster *c = &m->cl[accepted[a]];
				size_t o0 = out->len;
				for (k = c->s; k < c->e; k++)
					omap[k] = o0;
				long hi = hin ? hint_find(m, hin, c->s, c->e) : -1;
				long edit = -1;
				for (k = c->c0; k < c->c1; k++)
					px_buf_put_cp(out, m->cand[k].cp);
				if (out->failed) {
					st = out->failed;
					goto cleanup;
				}
				if (log && hi >= 0 && hin->h[hi].edit >= 0 &&
				    (size_t)hin->h[hi].edit < log->n) {
					/* One more layer of an earlier fix: update
					 * that edit's "after" instead of adding one. */
					struct px_edit *ed = &log->items[hin->h[hi].edit];
					size_t rs = m->off[c->s] - hin->h[hi].s;
					size_t re = m->off[c->e] - hin->h[hi].s;
					size_t al = strlen(ed->after);
					struct px_buf nb = PX_BUF_INIT;
					if (re <= al) {
						px_buf_append(&nb, ed->after, rs);
						px_buf_append(&nb, out->data + o0, out->len - o0);
						px_buf_append(&nb, ed->after + re, al - re);
						if (nb.failed == PX_OK) {
							px_free(ed->after);
							ed->after = px_buf_detach(&nb, NULL);
						}
						px_buf_release(&nb);
					}
					edit = hin->h[hi].edit;
				} else if (log) {
					st = px_edits_add(log, "mojibake", s + m->off[c->s],
							  m->off[c->e] - m->off[c->s],
							  out->data + o0, out->len - o0);
					if (st)
						goto cleanup;
					edit = (long)log->n - 1;
				}
				if (hout) {
					st = hints_add(hout, o0, out->len, edit);
					if (st)
						goto cleanup;
				}
				pos = c->e;
				*changed = 1;
			}
		}
		omap[nc] = out->len;
		/* Carry forward the earlier regions that nothing touched now, so
		 * that every layer sees all decoded text. */
		if (hin && hout) {
			size_t h = 0;
			for (h = 0; h < hin->n; h++) {
				size_t cs0 = char_at(m, nc, hin->h[h].s);
				size_t ce0 = char_at(m, nc, hin->h[h].e);
				int touched = 0;
				for (k = cs0; k < ce0; k++)
					if (taken[k])
						touched = 1;
				if (!touched && ce0 > cs0) {
					st = hints_add(hout, omap[cs0], omap[ce0], hin->h[h].edit);
					if (st)
						goto cleanup;
				}
			}
		}
	}
	st = out->failed;

cleanup:
	px_free(taken);
	px_free(accepted);
	px_free(order);
	px_free(omap);
	return st;
}

px_status
px__moji_fix(struct px__moji *m, const char *s, size_t n, struct px_buf *out,
	     struct px_edits *log, int *changed)
{
	struct px_buf a = PX_BUF_INIT, b = PX_BUF_INIT;
	struct hints ha = {NULL, 0, 0}, hb = {NULL, 0, 0};
	const char *cur = s;
	size_t curn = n;
	int round = 0, ch = 0;
	px_status st = PX_OK;

	*changed = 0;
	/* Each round shrinks every fixed run, so a text of n bytes has at
	 * most log2(n) layers; the cap only bounds pathological input. */
	for (round = 0; round < 40; round++) {
		struct px_buf *dst = (round & 1) ? &b : &a;
		struct hints *hin = round == 0 ? NULL : ((round & 1) ? &ha : &hb);
		struct hints *hout = (round & 1) ? &hb : &ha;
		px_buf_reset(dst);
		hout->n = 0;
		st = moji_round(m, cur, curn, dst, log, hin, hout, &ch);
		if (st)
			goto cleanup;
		if (!ch)
			break;
		*changed = 1;
		cur = dst->data;
		curn = dst->len;
	}
	st = px_buf_append(out, cur, curn);

cleanup:
	px_buf_release(&a);
	px_buf_release(&b);
	px_free(ha.h);
	px_free(hb.h);
	return st;
}
