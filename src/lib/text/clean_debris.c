/*
 * Debris lines of scraped articles: photo captions and credits,
 * advertisement markers, read-more/related links, share and sign-up
 * prompts, cookie notices, copyright, timestamps and reporting credits.
 *
 * Decisions go by the shape of a line, never by a word alone: a sentence
 * that mentions a photographer or advertising is text. Fixed phrases live
 * in data/debris_en.txt (sorted, binary-searched in place, so nothing is
 * parsed or allocated); the structured cases (credits "Name/Agency via X
 * Images", "(AP Photo/Name)", captions before a credit) are parsed here.
 *
 * Invariants: every cut offset is at an ASCII byte (a space, a bracket or a
 * marker's first letter), so cutting valid UTF-8 keeps it valid; no function
 * looks at more than a bounded window of a long line, so a 50 MB line costs
 * no more than a short one.
 */
#include <string.h>

#include "parallax/clean.h"
#include "clean_internal.h"

/* Longest lexicon key (bytes) and most words looked up as a prefix. */
#define LEX_KEY_MAX 64
#define LEX_PREFIX_WORDS 5
/* No lexicon entry matches a longer line (tools/debris_fmt.py checks). */
#define LEX_LINE_MAX 1000
/* A credit is short: at most this many bytes and words. */
#define CREDIT_MAX 120
#define CREDIT_WORDS 14
/* How far from the end of a line a trailing credit may start. */
#define TAIL_WINDOW 200
/* Longest caption that may precede a credit on its own line. */
#define CAPTION_MAX 320
#define CAPTION_AFTER_DATE_MAX 640

/* ------------------------------------------------------------ helpers */

static int
is_space(char c)
{
	return c == ' ' || c == '\t';
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether needle[0..m) starts at one of the bytes first in s[0..n),
 * ignoring ASCII case after that byte: memchr skips the text between two
 * candidates (the cleaner asks this of every short line). */
static int
ci_find_first(const char *s, size_t n, const char *needle, size_t m, char first)
{
	const char *p = s, *end = s + (n - m) + 1; /* the last start is n - m */

	while (p < end) {
		size_t k = 1;
		p = memchr(p, first, (size_t)(end - p));
		if (p == NULL)
			return 0;
		while (k < m && lower(p[k]) == lower(needle[k]))
			k++;
		if (k == m)
			return 1;
		p++;
	}
	return 0;
}

/* Case-insensitive (ASCII) search of needle in s[0..n): the needle may
 * start at its first byte in either case. */
int
px__ci_find(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	char first = lower(needle[0]), upper = first;

	if (m == 0 || m > n)
		return 0;
	if (first >= 'a' && first <= 'z')
		upper = (char)(first - 'a' + 'A');
	return ci_find_first(s, n, needle, m, first) ||
	       (upper != first && ci_find_first(s, n, needle, m, upper));
}

/* Whether t[0..m) equals the lower-case word w, ignoring ASCII case.
   Inline: the credit scanners call it 7.5 million times on bench-news,
   mostly with a literal, whose length is then known when compiling. */
static inline int
word_is(const char *t, size_t m, const char *w)
{
	size_t k = 0;

	if (m == 0 || lower(t[0]) != w[0] || strlen(w) != m)
		return 0;
	for (k = 1; k < m; k++) {
		if (lower(t[k]) != w[k])
			return 0;
	}
	return 1;
}

static int
word_in(const char *t, size_t m, const char *const *list, size_t count)
{
	size_t k = 0;

	for (k = 0; k < count; k++) {
		if (word_is(t, m, list[k]))
			return 1;
	}
	return 0;
}

int
px__ends_sentence(const char *s, size_t n)
{
	unsigned char c = 0;

	if (n == 0)
		return 0;
	c = (unsigned char)s[n - 1];
	if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':')
		return 1;
	/* ” ’ … end in 0x9D, 0x99, 0xA6 after E2 80. */
	if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
	    (c == 0x9D || c == 0x99 || c == 0xA6))
		return 1;
	return 0;
}

/* --------------------------------------------------------------- lexicon */

void
px__debris_lex_open(struct px__debris_lex *lx)
{
	const char *d = NULL;
	size_t len = 0, i = 0;

	lx->data = "";
	lx->n = 0;
	if (px_data_get("debris_en.txt", &d, &len) != PX_OK)
		return;
	/* Skip the comment lines at the top. */
	while (i < len && d[i] == '#') {
		const char *nl = memchr(d + i, '\n', len - i);
		i = nl ? (size_t)(nl - d) + 1 : len;
	}
	lx->data = d + i;
	lx->n = (len - i) / PX__LEX_REC;
}

/*
 * Compare key with the phrase of record k, bytewise, a shorter string
 * first. The phrase ends at a TAB, which sorts before any phrase byte, so
 * this is the order the file is sorted in.
 */
static int
lex_cmp(const struct px__debris_lex *lx, size_t k, const char *key, size_t klen)
{
	const unsigned char *p = (const unsigned char *)lx->data + k * PX__LEX_REC;
	const unsigned char *q = (const unsigned char *)key;
	size_t m = klen < PX__LEX_KIND_COL - 1 ? klen : PX__LEX_KIND_COL - 1, i = 0;

	/* Keys are a few bytes: a plain loop beats a call to memcmp. */
	for (i = 0; i < m; i++) {
		if (q[i] != p[i])
			return q[i] < p[i] ? -1 : 1;
	}
	if (klen >= PX__LEX_KIND_COL)
		return 1;
	return p[klen] == '\t' ? 0 : -1;
}

/* Index of the first record whose phrase is not less than key (n when none). */
static size_t
lex_lower_bound(const struct px__debris_lex *lx, const char *key, size_t klen)
{
	size_t lo = 0, hi = lx->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (lex_cmp(lx, mid, key, klen) <= 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The record whose phrase is exactly key: its kind and limit. */
static int
lex_find(const struct px__debris_lex *lx, const char *key, size_t klen,
	 const char **kind, size_t *kind_len, long *max)
{
	size_t k = lex_lower_bound(lx, key, klen), kl = 0;
	const char *r = NULL, *t = NULL;

	if (k >= lx->n || lex_cmp(lx, k, key, klen) != 0)
		return 0;
	r = lx->data + k * PX__LEX_REC;
	while (PX__LEX_KIND_COL + kl < PX__LEX_MAX_COL && r[PX__LEX_KIND_COL + kl] != ' ')
		kl++;
	*kind = r + PX__LEX_KIND_COL;
	*kind_len = kl;
	*max = 0;
	for (t = r + PX__LEX_MAX_COL; t < r + PX__LEX_REC && is_digit(*t); t++)
		*max = *max * 10 + (*t - '0');
	return kl > 0;
}

/* Whether some phrase starts with the word key (then a space, ':' or end). */
static int
lex_has_word(const struct px__debris_lex *lx, const char *key, size_t klen)
{
	size_t k = lex_lower_bound(lx, key, klen);
	const char *p = NULL;

	if (k >= lx->n || klen >= PX__LEX_KIND_COL)
		return 0;
	p = lx->data + k * PX__LEX_REC;
	return memcmp(key, p, klen) == 0 &&
	       (p[klen] == '\t' || p[klen] == ' ' || p[klen] == ':');
}

/* Static kind strings, so results never point into the lexicon file. */
static const char *const kinds[] = {
	"advertisement", "byline", "caption", "cookie", "copyright", "credit",
	"note", "prompt", "read-more", "related", "separator", "share", "signup",
	"timestamp", "video",
};

static const char *
kind_static(const char *k, size_t n)
{
	size_t i = 0;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		if (strlen(kinds[i]) == n && memcmp(kinds[i], k, n) == 0)
			return kinds[i];
	}
	return NULL;
}

/* Bytes of a leading bullet or arrow ("» ", "• ", "> ", "* ") at s. */
static size_t
bullet_len(const char *s, size_t n)
{
	static const char *const bullets[] = {
		"\xC2\xBB", "\xE2\x80\xA2", "\xE2\x96\xBA", "\xE2\x96\xB6",
		"\xC2\xB7", ">", "*", "|", "-",
	};
	size_t k = 0;
	unsigned char c = (unsigned char)s[0];

	if (!(c == 0xC2 || c == 0xE2 || c == '>' || c == '*' || c == '|' || c == '-'))
		return 0;
	for (k = 0; k < sizeof bullets / sizeof bullets[0]; k++) {
		size_t m = strlen(bullets[k]);
		if (m <= n && memcmp(s, bullets[k], m) == 0)
			return m;
	}
	return 0;
}

/* Bytes of trailing punctuation that a whole-line match ignores. */
static size_t
trail_len(const char *s, size_t n)
{
	size_t e = n;

	while (e > 0) {
		char c = s[e - 1];
		if (c == ' ' || c == '.' || c == ':' || c == '!' || c == '>' || c == '|' ||
		    c == '*' || c == '-') {
			e--;
		} else if (e >= 2 && (unsigned char)s[e - 2] == 0xC2 &&
			   (unsigned char)c == 0xBB) {
			e -= 2; /* » */
		} else if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 &&
			   ((unsigned char)s[e - 2] == 0x80 &&
			    ((unsigned char)c == 0xA6 || (unsigned char)c == 0xA2 ||
			     (unsigned char)c == 0x93 || (unsigned char)c == 0x94))) {
			e -= 3; /* … • – — */
		} else {
			break;
		}
	}
	return n - e;
}

/* A lexicon match: its kind, the entry's limit and where the phrase ends. */
struct lex_hit {
	const char *kind;
	size_t kind_len;
	long max;
	size_t end; /* offset in the line just after the matched words */
	int whole;  /* matched the whole line */
};

/*
 * Look the line up: as a whole (bullets and trailing punctuation ignored),
 * then by its first 5..1 words, longest first.
 */
static int
lex_match(const struct px__debris_lex *lx, const char *s, size_t n, unsigned ctx,
	  struct lex_hit *hit)
{
	char key[LEX_KEY_MAX];
	size_t word_key[LEX_PREFIX_WORDS + 1], word_src[LEX_PREFIX_WORDS + 1];
	size_t klen = 0, i = 0, nw = 0, b = 0, w1 = 0, e = n - trail_len(s, n);
	int complete = 1;

	memset(hit, 0, sizeof(*hit));
	while (i < n && (b = bullet_len(s + i, n - i)) > 0) {
		i += b;
		while (i < n && is_space(s[i]))
			i++;
	}
	/* A line in parentheses is looked up without them: "(Reporting by
	 * Ana Lind; editing by Tom Reed)", "(Editing by Sara Wold)". */
	if (i < e && s[i] == '(') {
		size_t c = e;
		while (c > i && is_space(s[c - 1]))
			c--;
		if (c > i + 1 && s[c - 1] == ')') {
			i++;
			e = c - 1;
		}
	}
	if (i >= e || (unsigned char)s[i] < 'A')
		return 0;

	/* The key: lower-case words, single spaces, up to the trailing
	 * punctuation. Most lines start with a word no phrase starts with, so
	 * the first word is looked up before the others are copied. */
	while (i < e) {
		size_t ws = i;
		if (nw == LEX_PREFIX_WORDS) {
			complete = 0;
			break;
		}
		while (i < n && !is_space(s[i]))
			i++;
		if (klen + (nw ? 1 : 0) + (i - ws) > LEX_KEY_MAX) {
			complete = 0;
			break;
		}
		if (nw)
			key[klen++] = ' ';
		for (size_t k = ws; k < i; k++)
			key[klen++] = lower(s[k]);
		nw++;
		word_key[nw] = klen;
		word_src[nw] = i;
		if (nw == 1) {
			w1 = klen - (i > e ? i - e : 0);
			while (w1 > 1 && (key[w1 - 1] == '.' || key[w1 - 1] == ',' ||
					  key[w1 - 1] == '!'))
				w1--;
			if (!lex_has_word(lx, key, w1) &&
			    !(key[w1 - 1] == ':' && lex_has_word(lx, key, w1 - 1)))
				return 0;
		}
		while (i < n && is_space(s[i]))
			i++;
	}
	if (nw == 0)
		return 0;
	/* The whole line, its trailing punctuation dropped. */
	if (complete) {
		size_t wk = word_key[nw] - (word_src[nw] > e ? word_src[nw] - e : 0);
		if (wk > 0 && lex_find(lx, key, wk, &hit->kind, &hit->kind_len, &hit->max) &&
		    (hit->max == 0 || (long)n <= hit->max)) {
			hit->end = n;
			hit->whole = 1;
			return 1;
		}
	}
	if (!(ctx & PX__LINE_UNIT_START))
		return 0;
	for (size_t k = nw; k >= 1; k--) {
		size_t kl = word_key[k];
		int tries = key[kl - 1] == ':' ? 2 : 1;
		for (int t = 0; t < tries; t++) {
			if (lex_find(lx, key, kl - (size_t)t, &hit->kind, &hit->kind_len,
				     &hit->max) && hit->max > 0 && (long)n <= hit->max) {
				hit->end = word_src[k];
				return 1;
			}
		}
	}
	return 0;
}

/* --------------------------------------------------------------- credits */

/* Lower-case words a name or an agency may contain. */
static const char *const connectors[] = {
	"al", "and", "bin", "da", "de", "del", "der", "di", "du", "for", "la",
	"le", "of", "the", "van", "von", "y", "&",
};

/* Words that open a sentence: after a name, they end an unslashed credit
 * ("Picture: Associated Press We knew ..."). */
static const char *const starters[] = {
	"a", "after", "an", "as", "at", "but", "by", "he", "her", "his",
	"i", "if", "in", "it", "its", "many", "more", "my", "on", "our", "she",
	"some", "that", "the", "their", "there", "these", "they", "this",
	"those", "two", "we", "when", "while", "you",
};

/* Words that end an agency's name ("Halcyon Images", "Nordwire Pictures"). */
static const char *const agency_tails[] = {
	"agency", "archive", "handout", "images", "media", "news", "photo",
	"photos", "pictures", "pool", "press", "service", "wire",
};

static int
starts_upper(const char *t, size_t m)
{
	size_t w = 0;

	return m > 0 && px__letter_case(t, m, &w) == 'U';
}

/* An initial ("T.") or an abbreviation with inner dots ("U.S."). */
static int
is_initial(const char *t, size_t m)
{
	return m >= 2 && t[m - 1] == '.' &&
	       (m == 2 || memchr(t, '.', m - 1) != NULL);
}

struct credit {
	size_t end;  /* bytes of the credit from its start */
	int slash;   /* "Name/Agency" seen: the end is certain */
	int via;     /* "via Agency" seen */
	int tail;    /* the last word is an agency word */
	int starter; /* stopped before a word that opens a sentence */
	size_t words;
};

/*
 * Parse a credit at t[0..m): names, then "Name/Agency" or "AGENCY/Name",
 * then "via Agency Images". Returns 1 when it reaches the end of t (a credit
 * alone) or, with a slash, stops before other text (cr->end says where).
 */
static int
credit_parse(const char *t, size_t m, struct credit *cr)
{
	size_t i = 0, after = 0, via_words = 0;
	int slash_agency_first = 0, stop = 0;

	memset(cr, 0, sizeof(*cr));
	if (m > CREDIT_MAX * 4)
		m = CREDIT_MAX * 4;
	while (i < m && !stop) {
		size_t ws = i, we = 0, core = 0;
		const char *sl = NULL;
		int ok = 0;
		while (i < m && !is_space(t[i]))
			i++;
		we = i;
		core = we - ws;
		/* Trailing punctuation does not make a word. */
		while (core > 0 && (t[ws + core - 1] == ',' || t[ws + core - 1] == ';' ||
				    t[ws + core - 1] == ')' ||
				    (t[ws + core - 1] == '.' && !is_initial(t + ws, core))))
			core--;
		if (core == 0 && we - ws > 0 && t[ws] != '/' && t[ws] != '|')
			break;
		/* "Photographer:" is a label, never part of a name. */
		if (core > 0 && t[ws + core - 1] == ':')
			break;
		sl = memchr(t + ws, '/', core);
		if ((core == 1 && (t[ws] == '/' || t[ws] == '|')) && !cr->slash && cr->words) {
			cr->slash = 1;
			ok = 1;
		} else if (sl != NULL && !cr->slash) {
			size_t left = (size_t)(sl - (t + ws)), right = core - left - 1;
			if ((left == 0 || starts_upper(t + ws, left)) &&
			    (right == 0 || starts_upper(sl + 1, right))) {
				int caps = left > 0;
				for (size_t k = 0; k < left; k++) {
					if (t[ws + k] >= 'a' && t[ws + k] <= 'z')
						caps = 0;
				}
				slash_agency_first = caps || word_is(t + ws, left, "photo");
				cr->slash = 1;
				ok = 1;
			}
		} else if (word_is(t + ws, core, "via") && cr->words) {
			cr->via = 1;
			via_words = 0;
			ok = 2; /* accepted, but a credit never ends on "via" */
		} else if (!cr->slash && !cr->via) {
			/* A capitalised "We", "The": a new sentence, not a name. */
			if (cr->words && starts_upper(t + ws, core) &&
			    word_in(t + ws, core, starters, sizeof starters / sizeof starters[0])) {
				cr->starter = 1;
				break;
			}
			if (starts_upper(t + ws, core) ||
			    (cr->words && word_in(t + ws, core, connectors,
						  sizeof connectors / sizeof connectors[0])) ||
			    (cr->words == 0 && word_is(t + ws, core, "the")))
				ok = 1;
		} else if (starts_upper(t + ws, core)) {
			int tail = word_in(t + ws, core, agency_tails,
					   sizeof agency_tails / sizeof agency_tails[0]);
			if (cr->via && via_words < 4) {
				ok = 1;
				via_words++;
				cr->tail = tail;
			} else if (tail) {
				ok = 1;
				cr->tail = 1;
			} else if (slash_agency_first && after == 0) {
				ok = 1; /* "REUTERS/Henry Romero": the surname */
				after = 1;
			}
		} else if (cr->via && word_in(t + ws, core, connectors,
					      sizeof connectors / sizeof connectors[0])) {
			ok = 2;
		}
		if (ok == 0)
			break;
		cr->words++;
		if (ok == 1)
			cr->end = we;
		/* A word ending in a full stop ends the credit. */
		if (core < we - ws && t[we - 1] == '.' && !is_initial(t + ws, we - ws))
			stop = 1;
		if (cr->words > CREDIT_WORDS || we > CREDIT_MAX)
			return 0;
		while (i < m && is_space(t[i]))
			i++;
	}
	if (cr->words == 0 || cr->end == 0)
		return 0;
	if (cr->end == m)
		return 1;
	return cr->slash || cr->starter;
}

/* Photo markers that may introduce a credit inside a line. */
struct marker {
	const char *text;
	size_t len;
};

#define MARKER(s) {s, sizeof(s) - 1}
static const struct marker markers[] = {
	MARKER("Photographer:"), MARKER("Photograph:"), MARKER("Photos:"),
	MARKER("Photo:"), MARKER("Photos by "), MARKER("Photo by "),
	MARKER("Photo credit"), MARKER("Photo courtesy"), MARKER("PHOTO:"),
	MARKER("PHOTOS:"), MARKER("Image credit"), MARKER("Image source:"),
	MARKER("Image:"), MARKER("IMAGE:"), MARKER("Images:"),
	MARKER("Picture:"), MARKER("Pictures:"), MARKER("Credit:"),
	MARKER("CREDIT:"), MARKER("Credits:"), MARKER("Illustration:"),
	MARKER("Featured image"), MARKER("Featured Image"), MARKER("Photo via "),
	MARKER("Image via "), MARKER("Image by "), MARKER("Images via "),
};
#undef MARKER

/* Where a marker's value starts: after ':', dashes and spaces. */
static size_t
skip_value(const char *s, size_t n, size_t i)
{
	while (i < n && (is_space(s[i]) || s[i] == ':' || s[i] == '-'))
		i++;
	/* "Featured image via Name/Agency", "Photo courtesy of Name" */
	if (n - i > 4 && (memcmp(s + i, "via ", 4) == 0 || memcmp(s + i, "by ", 3) == 0 ||
			  memcmp(s + i, "of ", 3) == 0)) {
		i += s[i] == 'v' ? 4 : 3;
		while (i < n && is_space(s[i]))
			i++;
	}
	return i;
}

/*
 * The first marker at or after from that starts a word or is glued after a
 * sentence ("older.Photo by"). *vstart gets where its value begins.
 */
static int
marker_find(const char *s, size_t n, size_t from, size_t *at, size_t *vstart)
{
	const char *cand[4] = {NULL, NULL, NULL, NULL};
	static const char firsts[4] = {'P', 'I', 'C', 'F'};
	size_t p = from, k = 0;

	/* Markers start with P, I, C or F: jump between those with memchr. */
	for (k = 0; k < 4; k++)
		cand[k] = from < n ? memchr(s + from, firsts[k], n - from) : NULL;
	for (;;) {
		const char *best = NULL;
		size_t bk = 0;
		char c = 0, c2 = 0;
		unsigned char prev = 0;
		for (k = 0; k < 4; k++) {
			if (cand[k] && (best == NULL || cand[k] < best)) {
				best = cand[k];
				bk = k;
			}
		}
		if (best == NULL)
			return 0;
		p = (size_t)(best - s);
		cand[bk] = p + 1 < n ? memchr(s + p + 1, firsts[bk], n - p - 1) : NULL;
		c = s[p];
		c2 = p + 1 < n ? s[p + 1] : 0;
		prev = p ? (unsigned char)s[p - 1] : ' ';
		/* Ph/PH/Pi, Im/IM/Il, Cr/CR, Fe: everything else goes at once. */
		if (!((c == 'P' && (c2 == 'h' || c2 == 'H' || c2 == 'i')) ||
		      (c == 'I' && (c2 == 'm' || c2 == 'M' || c2 == 'l')) ||
		      (c == 'C' && (c2 == 'r' || c2 == 'R')) || (c == 'F' && c2 == 'e')))
			continue;
		if (!(prev == ' ' || prev == '\t' || prev == '.' || prev == '"' ||
		      prev == '(' || prev == '|' || prev >= 0x80))
			continue;
		for (k = 0; k < sizeof markers / sizeof markers[0]; k++) {
			if (markers[k].text[0] == c && markers[k].len <= n - p &&
			    memcmp(s + p, markers[k].text, markers[k].len) == 0) {
				*at = p;
				*vstart = skip_value(s, n, p + markers[k].len);
				return 1;
			}
		}
	}
}

/*
 * Whether a credit parsed without a marker is more than a slashed phrase
 * ("SOYBEAN CAKE/MEAL", "(Neo-NRA/WPA)", "Bulgaria/Israel/Hungary"): two
 * words or more, some lower case, at most a final ", File".
 */
static int
credit_plausible(const char *t, size_t m, const struct credit *cr)
{
	size_t i = 0, commas = 0;
	int lower_seen = 0;

	if (cr->words < 2)
		return 0;
	for (i = 0; i < m; i++) {
		if (t[i] >= 'a' && t[i] <= 'z')
			lower_seen = 1;
		else if (t[i] == ',')
			commas++;
	}
	if (commas > 1)
		return 0;
	if (commas == 1) {
		const char *c = memchr(t, ',', m);
		size_t rest = m - (size_t)(c - t) - 1;
		while (rest > 0 && is_space(c[1])) {
			c++;
			rest--;
		}
		/* ", File", ", File/Associated Press", ", Pool" */
		rest = rest > 4 ? 4 : rest;
		if (!(word_is(c + 1, rest, "file") || word_is(c + 1, rest, "pool")))
			return 0;
	}
	return lower_seen;
}

/* Whether the bracketed s[o+1..c) is a photo credit: "(AP Photo/Name)". */
static int
group_is_credit(const char *s, size_t o, size_t c)
{
	const char *g = s + o + 1;
	size_t m = c - o - 1;
	struct credit cr;

	if (m < 3 || m > CREDIT_MAX)
		return 0;
	if (px__ci_find(g, m, "photo/") || px__ci_find(g, m, "photo:") ||
	    px__ci_find(g, m, "photo by") || px__ci_find(g, m, "photograph") ||
	    px__ci_find(g, m, "image:") || px__ci_find(g, m, "image credit") ||
	    px__ci_find(g, m, "picture:") || px__ci_find(g, m, "pictures:") ||
	    px__ci_find(g, m, "credit:") || px__ci_find(g, m, "getty images"))
		return 1;
	return credit_parse(g, m, &cr) && cr.end == m && (cr.slash || cr.via) &&
	       credit_plausible(g, m, &cr);
}

/* Text follows at s[i..n): a capital, digit or quote, and three words. */
static int
text_follows(const char *s, size_t n, size_t i)
{
	size_t words = 0;
	unsigned char c = 0;

	while (i < n && is_space(s[i]))
		i++;
	if (i >= n)
		return 0;
	c = (unsigned char)s[i];
	if (!(starts_upper(s + i, n - i) || is_digit(s[i]) || c == '"' || c == '\'' ||
	      c == 0xE2))
		return 0;
	while (i < n && words < 3) {
		while (i < n && !is_space(s[i]))
			i++;
		words++;
		while (i < n && is_space(s[i]))
			i++;
	}
	return words >= 3;
}

/* Offset of the ')' closing the '(' at o, within a credit's length. */
static size_t
group_close(const char *s, size_t n, size_t o)
{
	size_t lim = n - o > CREDIT_MAX + 2 ? o + CREDIT_MAX + 2 : n;
	const char *c = memchr(s + o, ')', lim - o);

	return c ? (size_t)(c - s) : 0;
}

/*
 * A bare credit after a sentence at the end of the line: "... on Tuesday.
 * Ana Lind/Nordwire via Halcyon Images". Returns its start or n.
 */
static size_t
bare_credit_start(const char *s, size_t n)
{
	size_t starts[9], ns = 0, i = n, k = 0, from = n > CREDIT_MAX ? n - CREDIT_MAX : 0;
	struct credit cr;

	/* A bare credit has a slash, or ends "via Agency Images": most lines
	 * have neither. */
	if (memchr(s + from, '/', n - from) == NULL) {
		size_t ws = n, we = n;
		while (we > from && (s[we - 1] == '.' || s[we - 1] == ')'))
			we--;
		ws = we;
		while (ws > from && !is_space(s[ws - 1]))
			ws--;
		if (!word_in(s + ws, we - ws, agency_tails,
			     sizeof agency_tails / sizeof agency_tails[0]))
			return n;
	}
	while (i > 0 && ns < 9) {
		while (i > 0 && !is_space(s[i - 1]))
			i--;
		starts[ns++] = i;
		while (i > 0 && is_space(s[i - 1]))
			i--;
		if (n - i > CREDIT_MAX)
			break;
	}
	for (k = ns; k-- > 0;) {
		size_t st = starts[k], pe = st;
		while (pe > 0 && is_space(s[pe - 1]))
			pe--;
		size_t ps = pe;
		if (pe == 0 || pe == st || !px__ends_sentence(s, pe))
			continue;
		/* "Frederick M. Brown/Getty": an initial ends no sentence. */
		while (ps > 0 && !is_space(s[ps - 1]))
			ps--;
		if (is_initial(s + ps, pe - ps) && pe - ps == 2)
			continue;
		if (credit_parse(s + st, n - st, &cr) && cr.end == n - st &&
		    (cr.slash || (cr.via && cr.tail)) && credit_plausible(s + st, n - st, &cr))
			return st;
	}
	return n;
}

/* Where a photo credit that ends the line starts, or n when none. */
static size_t
tail_credit_start(const char *s, size_t n)
{
	size_t from = n > TAIL_WINDOW ? n - TAIL_WINDOW : 0;
	size_t e = n, p = from, at = 0, v = 0;
	struct credit cr;

	while (e > from && s[e - 1] == '.')
		e--;
	if (e > from && s[e - 1] == ')') {
		size_t o = e - 1;
		while (o > from && s[o] != '(' && e - o < CREDIT_MAX + 2)
			o--;
		if (s[o] == '(' && group_is_credit(s, o, e - 1))
			return o;
	}
	while (marker_find(s, n, p, &at, &v)) {
		if (v < n && credit_parse(s + v, n - v, &cr) && v + cr.end == n)
			return at;
		p = at + 1;
	}
	return bare_credit_start(s, n);
}

static void
cut_set(struct px__cut *cut, enum px__cut_how how, const char *kind, size_t at)
{
	cut->how = how;
	cut->kind = kind;
	cut->at = at;
}

/*
 * A credit starting at cs runs to the end of the line: the text before it
 * is a caption when the line stands alone (and is short); a long or glued
 * text before it is a sentence that keeps its place.
 */
static void
cut_tail(const char *s, size_t n, size_t cs, unsigned ctx, struct px__cut *cut)
{
	size_t pe = cs;
	size_t limit = (ctx & PX__LINE_AFTER_DATE) ? CAPTION_AFTER_DATE_MAX : CAPTION_MAX;
	int glued = cs > 0 && !is_space(s[cs - 1]);

	while (pe > 0 && is_space(s[pe - 1]))
		pe--;
	if (pe == 0)
		cut_set(cut, PX__CUT_WHOLE, "credit", 0);
	else if ((ctx & PX__LINE_UNIT_START) && !glued && pe <= limit)
		cut_set(cut, PX__CUT_WHOLE, "caption", 0);
	else
		cut_set(cut, PX__CUT_TAIL, "credit", cs);
}

/*
 * The rest of a "date YYYY-MM-DD" line: a caption, a credit, then perhaps
 * the article's own text. The first credit found (a marker with its value,
 * or a bracketed credit) ends the caption; what follows is kept when it
 * reads as text.
 */
static int
after_date(const char *s, size_t n, unsigned ctx, struct px__cut *cut)
{
	size_t p = 0, at = 0, v = 0, ce = 0;
	/* A caption is short: look for its credit near the start only, so a
	 * huge first line costs no more than a short one. */
	size_t lim = n < CAPTION_AFTER_DATE_MAX + CREDIT_MAX ? n : CAPTION_AFTER_DATE_MAX + CREDIT_MAX;
	struct credit cr;

	while (marker_find(s, lim, p, &at, &v)) {
		if (v < n && credit_parse(s + v, n - v, &cr)) {
			ce = v + cr.end;
			if (ce == n) {
				cut_tail(s, n, at, ctx, cut);
				return 1;
			}
			if (text_follows(s, n, ce)) {
				cut_set(cut, PX__CUT_HEAD, at == 0 ? "credit" : "caption", ce);
				return 1;
			}
		}
		p = at + 1;
	}
	for (p = 0; p < lim; p++) {
		const char *o = memchr(s + p, '(', lim - p);
		size_t c = 0;
		if (o == NULL)
			break;
		p = (size_t)(o - s);
		c = group_close(s, n, p);
		if (c && group_is_credit(s, p, c)) {
			ce = c + 1;
			while (ce < n && s[ce] == '.')
				ce++;
			if (ce == n) {
				cut_tail(s, n, p, ctx, cut);
				return 1;
			}
			if (text_follows(s, n, ce)) {
				cut_set(cut, PX__CUT_HEAD, p == 0 ? "credit" : "caption", ce);
				return 1;
			}
		}
	}
	return 0;
}

/* Abbreviations whose full stop ends no sentence (lower case, no dot). */
static const char *const abbrevs[] = {
	"apr", "aug", "capt", "co", "col", "corp", "dec", "dr", "feb", "ft",
	"gen", "gov", "inc", "jan", "jr", "lt", "ltd", "mar", "mr", "mrs", "ms",
	"mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept",
	"sgt", "sr", "st", "vs",
};

/*
 * End of the first sentence of s (after its full stop), or n: a '.', '!'
 * or '?' followed by a space and a capital, not after an abbreviation or
 * an initial. Good enough to split a caption from the text glued after it;
 * the segmenter proper comes later in the pipeline.
 */
static size_t
first_sentence_end(const char *s, size_t n)
{
	size_t i = 0;

	for (i = 1; i + 2 < n; i++) {
		size_t ws = i;
		if (!((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
		      starts_upper(s + i + 2, n - i - 2)))
			continue;
		while (ws > 0 && !is_space(s[ws - 1]))
			ws--;
		if (s[i] == '.' && (is_initial(s + ws, i + 1 - ws) ||
				    word_in(s + ws, i - ws, abbrevs, sizeof abbrevs / sizeof abbrevs[0])))
			continue;
		return i + 1;
	}
	return n;
}

/*
 * "FILE - In this Nov. 2, 2017 file photo, ..." (AP's caption style). Scraped
 * pages often run the article on in the same line: the caption ends at its
 * bracketed credit, else after its first sentence.
 */
static void
file_caption(const char *s, size_t n, struct px__cut *cut)
{
	size_t p = 0, ce = 0;

	for (p = 0; p < n; p++) {
		const char *o = memchr(s + p, '(', n - p);
		size_t c = 0;
		if (o == NULL)
			break;
		p = (size_t)(o - s);
		c = group_close(s, n, p);
		if (c && group_is_credit(s, p, c)) {
			ce = c + 1;
			while (ce < n && s[ce] == '.')
				ce++;
			break;
		}
	}
	if (ce == 0)
		ce = first_sentence_end(s, n);
	if (ce < n && text_follows(s, n, ce))
		cut_set(cut, PX__CUT_HEAD, "caption", ce);
	else
		cut_set(cut, PX__CUT_WHOLE, "caption", 0);
}

/* ------------------------------------------------ timestamps, copyright */

static const char *const time_words[] = {
	"a.m", "ago", "am", "apr", "april", "at", "aug", "august", "bst", "cdt",
	"cest", "cet", "cst", "ct", "day", "days", "dec", "december", "edt",
	"est", "et", "feb", "february", "fri", "friday", "gmt", "h", "hour",
	"hours", "hrs", "jan", "january", "jul", "july", "jun", "june", "last",
	"mar", "march", "may", "min", "mins", "minute", "minutes", "mon",
	"monday", "mt", "nov", "november", "oct", "october", "on", "p.m", "pdt",
	"pm", "pst", "pt", "sat", "saturday", "sep", "sept", "september", "sun",
	"sunday", "thu", "thur", "thurs", "thursday", "today", "tue", "tues",
	"tuesday", "updated", "utc", "wed", "wednesday", "yesterday", "|", "-",
	"\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x80\xA2",
};

/* The value of "Updated ..." is only dates and times. */
static int
is_timestamp(const char *t, size_t m)
{
	size_t i = 0;
	int dated = 0;

	while (i < m) {
		size_t ws = i, a = 0, b = 0;
		int digits = 0, other = 0;
		while (i < m && !is_space(t[i]))
			i++;
		a = ws;
		b = i;
		while (a < b && t[a] == '(')
			a++;
		while (b > a && (t[b - 1] == ',' || t[b - 1] == '.' || t[b - 1] == ':' ||
				 t[b - 1] == ')'))
			b--;
		for (size_t k = a; k < b; k++) {
			if (is_digit(t[k]))
				digits = 1;
			else if (t[k] != ':' && t[k] != '/' && t[k] != '-' && t[k] != '.')
				other = 1;
		}
		if (digits && !other) {
			dated = 1;
		} else if (b > a && word_in(t + a, b - a, time_words,
					    sizeof time_words / sizeof time_words[0])) {
			if (word_is(t + a, b - a, "today") || word_is(t + a, b - a, "yesterday") ||
			    word_is(t + a, b - a, "ago"))
				dated = 1;
		} else if (b > a) {
			return 0;
		}
		while (i < m && is_space(t[i]))
			i++;
	}
	return dated;
}

/* A year 1900-2099 or "rights reserved" in t. */
static int
has_copyright_detail(const char *t, size_t m)
{
	size_t i = 0;

	for (i = 0; i + 4 <= m; i++) {
		if ((t[i] == '1' && t[i + 1] == '9') || (t[i] == '2' && t[i + 1] == '0')) {
			if (is_digit(t[i + 2]) && is_digit(t[i + 3]) &&
			    (i == 0 || !is_digit(t[i - 1])) && (i + 4 == m || !is_digit(t[i + 4])))
				return 1;
		}
	}
	return px__ci_find(t, m, "rights reserved");
}

/* "Reporting by Ana Lind; Editing by Tom Reed": names after "by". */
static int
is_reporting(const char *s, size_t n, size_t v)
{
	size_t words = 0, i = 0;

	if (v >= n || !starts_upper(s + v, n - v))
		return 0;
	for (i = 0; i < n; i++) {
		if (is_space(s[i]))
			words++;
	}
	return memchr(s, ';', n) != NULL || px__ci_find(s, n, "editing by") || words <= 8;
}

/* ------------------------------------------------------------ classify */

/* The '@' kinds of the lexicon: structure decides. */
static void
lex_special(const char *s, size_t n, unsigned ctx, const struct lex_hit *h,
	    struct px__cut *cut)
{
	const char *k = h->kind + 1;
	size_t kl = h->kind_len - 1, v = skip_value(s, n, h->end);
	struct credit cr;

	if (word_is(k, kl, "photo") || word_is(k, kl, "credit")) {
		int credit_marker = word_is(k, kl, "credit");
		if (v >= n) {
			cut_set(cut, PX__CUT_WHOLE, credit_marker ? "credit" : "caption", 0);
			return;
		}
		if (credit_parse(s + v, n - v, &cr)) {
			/* "Image: Halverston Herald / Dan Whitlow - all rights
			 * reserved": a rights notice after the credit is the
			 * credit's own */
			if (v + cr.end == n ||
			    (n - v - cr.end <= 100 &&
			     px__ci_find(s + v + cr.end, n - v - cr.end, "rights reserved"))) {
				cut_set(cut, PX__CUT_WHOLE, "credit", 0);
				return;
			}
			if (text_follows(s, n, v + cr.end)) {
				cut_set(cut, PX__CUT_HEAD, "credit", v + cr.end);
				return;
			}
		}
		if (!credit_marker)
			cut_set(cut, PX__CUT_WHOLE, "caption", 0);
		else if (tail_credit_start(s, n) < n)
			cut_set(cut, PX__CUT_WHOLE, "caption", 0);
	} else if (word_is(k, kl, "caption")) {
		/* "FILE - In this photo ..." is AP's caption style: upper case only. */
		if (n >= 4 && word_is(s, 4, "file")) {
			if (memcmp(s, "FILE", 4) == 0)
				file_caption(s, n, cut);
			return;
		}
		cut_set(cut, PX__CUT_WHOLE, "caption", 0);
	} else if (word_is(k, kl, "timestamp")) {
		if (v < n && is_timestamp(s + v, n - v))
			cut_set(cut, PX__CUT_WHOLE, "timestamp", 0);
	} else if (word_is(k, kl, "reporting")) {
		if (is_reporting(s, n, v))
			cut_set(cut, PX__CUT_WHOLE, "byline", 0);
	} else if (word_is(k, kl, "copyright")) {
		if (v < n && has_copyright_detail(s + v, n - v))
			cut_set(cut, PX__CUT_WHOLE, "copyright", 0);
	}
	(void)ctx;
}

/* "cookie" in any case, found from its 'k' (rare in English). */
static int
has_cookie(const char *s, size_t n)
{
	static const char ks[2] = {'k', 'K'};
	size_t j = 0;

	for (j = 0; j < 2; j++) {
		size_t i = 3;
		while (i + 2 < n) {
			const char *k = memchr(s + i, ks[j], n - 2 - i);
			if (k == NULL)
				break;
			i = (size_t)(k - s);
			if (word_is(s + i - 3, 6, "cookie"))
				return 1;
			i++;
		}
	}
	return 0;
}

/*
 * A separator: "* * *", "---", "• • •", "###": punctuation only, no letter
 * or digit, short. It is layout, not text.
 */
static int
is_separator(const char *s, size_t n)
{
	static const char *const marks[] = {
		"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA2", "\xC2\xB7",
		"\xE2\x80\xA6", "\xE2\x81\x82", "\xE2\x97\x8F", "\xE2\x96\xA0",
	};
	size_t i = 0, k = 0;

	if (n > 80)
		return 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
				return 0;
			i++;
			continue;
		}
		for (k = 0; k < sizeof marks / sizeof marks[0]; k++) {
			size_t m = strlen(marks[k]);
			if (m <= n - i && memcmp(s + i, marks[k], m) == 0)
				break;
		}
		if (k == sizeof marks / sizeof marks[0])
			return 0;
		i += strlen(marks[k]);
	}
	return 1;
}

/*
 * A newsletter's sign-up prompt in words of its own: a short line naming a
 * newsletter that ends by asking to sign up or subscribe ("Get the Herald
 * Daily newsletter - the best local news in your inbox every morning. Sign
 * up here").
 */
static int
is_signup(const char *s, size_t n)
{
	static const char *const asks[] = {"sign up here", "sign up now", "sign up today",
					   "subscribe here", "subscribe now", "sign up"};
	size_t e = n, k = 0;

	if (n > 240 || !px__ci_find(s, n, "newsletter"))
		return 0;
	while (e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' || is_space(s[e - 1])))
		e--;
	for (k = 0; k < sizeof asks / sizeof asks[0]; k++) {
		size_t l = strlen(asks[k]);
		if (e >= l && px__ci_find(s + e - l, l, asks[k]))
			return 1;
	}
	return 0;
}

/* A cookie notice: "We use cookies ...", "Accept all cookies". */
static int
is_cookie(const char *s, size_t n)
{
	static const char *const cues[] = {
		"we use", "uses cookies", "use cookies", "use of cookies", "accept",
		"consent", "cookie policy", "cookies policy", "cookie settings",
		"manage cookies", "by continuing", "privacy",
	};
	size_t k = 0;

	if (n > 400 || !has_cookie(s, n))
		return 0;
	for (k = 0; k < sizeof cues / sizeof cues[0]; k++) {
		if (px__ci_find(s, n, cues[k]))
			return 1;
	}
	return 0;
}

void
px__debris_classify(const struct px__debris_lex *lx, const char *s, size_t n,
		    unsigned ctx, struct px__cut *cut)
{
	struct lex_hit hit;
	struct credit cr;
	size_t cs = 0;

	cut_set(cut, PX__CUT_NONE, NULL, 0);
	if (n == 0)
		return;
	if (!starts_upper(s, n) && is_separator(s, n)) {
		cut_set(cut, PX__CUT_WHOLE, "separator", 0);
		return;
	}
	if (n <= LEX_LINE_MAX && lex_match(lx, s, n, ctx, &hit)) {
		if (hit.kind[0] != '@') {
			const char *k = kind_static(hit.kind, hit.kind_len);
			if (k)
				cut_set(cut, PX__CUT_WHOLE, k, 0);
			return;
		}
		lex_special(s, n, ctx, &hit, cut);
		if (cut->how != PX__CUT_NONE)
			return;
	}
	/* A bracketed credit opening the line: "(AP Photo/Name) Text ...". */
	if (s[0] == '(') {
		size_t c = group_close(s, n, 0), ce = c + 1;
		if (c && group_is_credit(s, 0, c)) {
			while (ce < n && s[ce] == '.')
				ce++;
			if (ce >= n) {
				cut_set(cut, PX__CUT_WHOLE, "credit", 0);
				return;
			}
			if (text_follows(s, n, ce)) {
				cut_set(cut, PX__CUT_HEAD, "credit", ce);
				return;
			}
		}
	}
	/* "© 2023 Nordwire", "(c) 2023 Nordwire" */
	if (n <= 200 && ((n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA9) ||
			 (n >= 4 && s[0] == '(' && (s[1] == 'c' || s[1] == 'C') && s[2] == ')' &&
			  s[3] == ' ')) &&
	    (n <= 60 || has_copyright_detail(s, n))) {
		cut_set(cut, PX__CUT_WHOLE, "copyright", 0);
		return;
	}
	if ((ctx & PX__LINE_AFTER_DATE) && after_date(s, n, ctx, cut))
		return;
	/* A credit alone: "Ana Lind/Nordwire via Halcyon Images". */
	if (n <= CREDIT_MAX && credit_parse(s, n, &cr) && cr.end == n && cr.words <= 8 &&
	    (cr.slash || (cr.via && cr.tail)) && credit_plausible(s, n, &cr)) {
		cut_set(cut, PX__CUT_WHOLE, "credit", 0);
		return;
	}
	cs = tail_credit_start(s, n);
	if (cs < n) {
		cut_tail(s, n, cs, ctx, cut);
		return;
	}
	if ((ctx & PX__LINE_UNIT_START) && is_cookie(s, n))
		cut_set(cut, PX__CUT_WHOLE, "cookie", 0);
	else if ((ctx & PX__LINE_UNIT_START) && is_signup(s, n))
		cut_set(cut, PX__CUT_WHOLE, "signup", 0);
}

/* ------------------------------------------------------------- bylines */

static const char *const not_names[] = {
	"april", "august", "december", "february", "friday", "january", "july",
	"june", "march", "may", "monday", "november", "october", "saturday",
	"september", "sunday", "thursday", "tuesday", "wednesday",
};

int
px__role_after(const char *s, size_t n)
{
	static const char *const roles[] = {"reporter", "correspondent", "editor", "writer",
					    "columnist", "journalist", "producer", "contributor",
					    "photographer", "analyst"};
	size_t k = 0;

	for (k = 0; k < sizeof roles / sizeof roles[0]; k++)
		if (px__ci_find(s, n, roles[k]))
			return 1;
	return 0;
}

int
px__byline(const char *s, size_t n, struct px__byline_parts *bp)
{
	size_t i = 3, words = 0, ne = 0, os = 0;
	int outlet = 0;

	memset(bp, 0, sizeof(*bp));
	if (n < 5 || n > 100 || (s[0] != 'B' && s[0] != 'b') || (s[1] != 'y' && s[1] != 'Y') || s[2] != ' ')
		return 0;
	if (s[n - 1] == '.' && !is_initial(s, n))
		return 0;
	while (i < n) {
		size_t ws = i, core = 0;
		int comma = 0;
		while (i < n && !is_space(s[i]))
			i++;
		core = i - ws;
		if (core > 0 && s[ws + core - 1] == ',') {
			core--;
			comma = 1;
		}
		/* "By Ann Lee | Harbour Times", "By Niamh Carrow — Chief
		 * Reporter" */
		if ((core == 1 && s[ws] == '|') || (core > 0 && px__dash_at(s + ws, core, 0) == core)) {
			outlet = 1;
		} else if (starts_upper(s + ws, core)) {
			if (!outlet) {
				if (words == 0 && word_in(s + ws, core, not_names,
							  sizeof not_names / sizeof not_names[0]))
					return 0;
				words++;
				ne = ws + core;
			} else if (os == 0) {
				os = ws;
			}
		} else if (!(words && word_in(s + ws, core, connectors,
					      sizeof connectors / sizeof connectors[0]))) {
			return 0;
		}
		if (comma)
			outlet = 1;
		while (i < n && is_space(s[i]))
			i++;
	}
	if (words == 0 || words > 8)
		return 0;
	bp->name_start = 3;
	bp->name_end = ne;
	/* "By Bethan Rowe, Chief Reporter", "By Niamh Carrow — Chief
	 * Reporter": a role, no outlet */
	if (os && !px__role_after(s + os, n - os)) {
		bp->outlet_start = os;
		bp->outlet_end = n;
	}
	return 1;
}

/* -------------------------------------------------------------- public */

const char *
px_clean_debris_kind(const char *line, size_t len)
{
	struct px__debris_lex lx;
	struct px__cut cut;
	size_t s = 0, e = len;

	if (line == NULL)
		return NULL;
	while (s < e && (is_space(line[s]) || line[s] == '\n' || line[s] == '\r'))
		s++;
	while (e > s && (is_space(line[e - 1]) || line[e - 1] == '\n' || line[e - 1] == '\r'))
		e--;
	if (s == e || memchr(line + s, '\n', e - s) != NULL)
		return NULL;
	px__debris_lex_open(&lx);
	px__debris_classify(&lx, line + s, e - s, PX__LINE_UNIT_START, &cut);
	return cut.how == PX__CUT_WHOLE ? cut.kind : NULL;
}
