/*
 * Language of an article that did not state one: a quick English test on
 * function words first, then libexttextcat's n-gram classifier on the first
 * few KiB when the quick test is not sure.
 *
 * Why two steps: libexttextcat compares against 160 language profiles and
 * takes about 0.6 ms per KiB of text on this machine (docs/internals/
 * ingest.md), which would cap JSON Lines ingest near 5 MB/s; almost every
 * article parallax sees is English, and English is recognised with
 * certainty from the share of its commonest words in one pass. Texts too
 * short to judge get no language (NULL), as the contract prefers null to a
 * guess.
 *
 * A px__lang is used by one thread at a time; the classifier is loaded on
 * first use, so runs that never need it never pay the ~20 ms start-up.
 */
#include <string.h>

#include <textcat.h>

#include "ingest_internal.h"

#define TEXTCAT_DIR "/usr/share/libexttextcat/"
#define SAMPLE_BYTES 1024 /* for the classifier */
#define QUICK_BYTES 480   /* for the function-word test (about 80 words) */
/* Percent of English function words among the words above which text is
 * English (SURE), or is English unless foreign function words are common
 * too (LIKELY). */
#define ENGLISH_SURE 15
#define ENGLISH_LIKELY 8
#define MIN_LETTERS 80

/*
 * Function words, each packed into an integer (one byte a letter, first
 * letter lowest) and kept in a small hash table, so a word costs one
 * multiplication and a probe or two: this test runs on every article. The
 * English list is the commonest English words; the other list holds
 * frequent short words of the major languages written in Latin letters
 * (French, Spanish, Italian, Portuguese, German, Dutch, Scandinavian,
 * Indonesian, Tagalog, Turkish, Swahili) that are not English words.
 */
static const char *const english_words[] = {
	"the", "of", "and", "to", "in", "is", "that", "for", "on", "with",
	"was", "as", "it", "he", "by", "at", "said", "from", "his", "be",
	"are", "has", "have", "an", "had", "not", "but", "they", "this", "were",
	"which", "its", "will", "who", "been", "their", "would", "she", "her",
	"or", "after", "we", "than", "more", "about", "also", "when", "there",
};
static const char *const foreign_words[] = {
	"de", "la", "le", "les", "des", "du", "une", "est", "et", "el",
	"los", "las", "que", "del", "por", "con", "una", "il", "di", "che",
	"della", "sono", "der", "und", "das", "den", "ist", "nicht", "mit", "het",
	"een", "van", "zijn", "och", "att", "det", "som", "og", "af", "er",
	"fra", "da", "em", "os", "dos", "ein", "eine", "auf",
	"yang", "dan", "untuk", "dengan", "ini", "itu", "dari", "pada",
	"ang", "ng", "mga", "sa", "ve", "bir", "bu", "na",
};
#define N_ENGLISH (sizeof english_words / sizeof english_words[0])
#define N_FOREIGN (sizeof foreign_words / sizeof foreign_words[0])
_Static_assert(4 * (N_ENGLISH + N_FOREIGN) <= PX__LANG_SLOTS,
	       "the word table stays at most a quarter full");

static uint64_t
pack(const char *w, size_t n)
{
	uint64_t v = 0;
	size_t i = 0;

	for (i = 0; i < n && i < 8; i++)
		v |= (uint64_t)(unsigned char)w[i] << (8 * i);
	return v;
}

static size_t
slot_of(uint64_t key)
{
	return (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - PX__LANG_SLOTS_LOG2));
}

static void
insert(struct px__lang *l, uint64_t key, unsigned char kind)
{
	size_t i = slot_of(key);

	while (l->keys[i] != 0 && l->keys[i] != key)
		i = (i + 1) & (PX__LANG_SLOTS - 1);
	l->keys[i] = key;
	l->kinds[i] = kind;
}

/* The open-addressing table of both word lists, built once per px__lang
 * (a quarter full, so a lookup is one or two probes). */
static void
build_tables(struct px__lang *l)
{
	size_t k = 0;

	for (k = 0; k < N_ENGLISH; k++)
		insert(l, pack(english_words[k], strlen(english_words[k])), 1);
	for (k = 0; k < N_FOREIGN; k++)
		insert(l, pack(foreign_words[k], strlen(foreign_words[k])), 2);
	l->ready = 1;
}

/* 1 for an English function word, 2 for a foreign one, else 0. */
static int
kind_of(const struct px__lang *l, uint64_t key)
{
	size_t i = slot_of(key);

	while (l->keys[i] != 0) {
		if (l->keys[i] == key)
			return l->kinds[i];
		i = (i + 1) & (PX__LANG_SLOTS - 1);
	}
	return 0;
}

/* What the quick pass counts in a sample. */
struct counts {
	size_t words, english, foreign;
	size_t letters, nonascii, digits;
};

/*
 * Count ASCII words, English and foreign function words, letters (any
 * script) and digits in s[0..n).
 */
static void
count_words(const struct px__lang *l, const char *s, size_t n, struct counts *c)
{
	size_t i = 0;
	char w[8];

	memset(c, 0, sizeof(*c));
	while (i < n) {
		unsigned char ch = (unsigned char)s[i];
		if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
			size_t len = 0;
			while (i < n && (((unsigned char)s[i] | 0x20) >= 'a' &&
					 ((unsigned char)s[i] | 0x20) <= 'z')) {
				if (len < sizeof w)
					w[len] = (char)(s[i] | 0x20);
				len++;
				i++;
			}
			c->letters += len;
			/* A word glued to non-ASCII letters is no function word. */
			if (i < n && (unsigned char)s[i] >= 0x80)
				continue;
			c->words++;
			if (len <= 5) {
				int kind = kind_of(l, pack(w, len));
				c->english += kind == 1;
				c->foreign += kind == 2;
			}
		} else {
			if (ch >= 0xC0) {
				c->letters++;
				c->nonascii++;
			}
			else if (ch >= '0' && ch <= '9')
				c->digits++;
			i++;
		}
	}
}

void
px__lang_init(struct px__lang *l)
{
	memset(l, 0, sizeof(*l));
}

void
px__lang_release(struct px__lang *l)
{
	if (l->handle)
		textcat_Done(l->handle);
	memset(l, 0, sizeof(*l));
}

px_status
px__lang_detect(struct px__lang *l, const char *text, size_t len, char **out)
{
	size_t n = len < SAMPLE_BYTES ? len : SAMPLE_BYTES;
	size_t k = 0;
	struct counts c;
	const char *res = NULL;

	*out = NULL;
	/* Do not cut a UTF-8 sequence in two. */
	while (n > 0 && n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	if (!l->ready)
		build_tables(l);
	count_words(l, text, n < QUICK_BYTES ? n : QUICK_BYTES, &c);
	/* Too little prose to judge: short texts and tables of figures. */
	if (c.letters < MIN_LETTERS || c.letters < 2 * c.digits || c.words == 0)
		return PX_OK;
	/* English news runs at 25-40% function words; other languages in
	 * Latin letters stay under 10% of English ones and show their own. */
	if (c.english * 100 >= ENGLISH_SURE * c.words ||
	    (c.english * 100 >= ENGLISH_LIKELY * c.words && c.foreign * 2 < c.english)) {
		*out = px_strdup("en");
		return *out ? PX_OK : PX_ENOMEM;
	}
	/* Plain ASCII prose without the function words of either list is
	 * mostly English lists, tables and headlines, which the n-gram
	 * classifier misreads (as Scots, Catalan, ...): better unknown. */
	if (c.nonascii * 100 < c.letters && c.foreign * 100 < 5 * c.words)
		return PX_OK;
	if (l->handle == NULL && !l->failed) {
		l->handle = special_textcat_Init(TEXTCAT_DIR "fpdb.conf", TEXTCAT_DIR);
		if (l->handle == NULL)
			l->failed = 1;
	}
	if (l->handle == NULL)
		return PX_OK;
	res = textcat_Classify(l->handle, text, n);
	/* Answers look like "[de--utf8]"; several candidates
	 * ("[nl--utf8][af--utf8]"), "SHORT" or "UNKNOWN" mean the classifier is
	 * not sure, and a guess would be worse than null. */
	if (res == NULL || res[0] != '[' || strchr(res + 1, '[') != NULL)
		return PX_OK;
	for (k = 1; res[k] >= 'a' && res[k] <= 'z' && k < 4; k++)
		;
	if (k < 3 || (res[k] != '-' && res[k] != ']'))
		return PX_OK;
	*out = px_strndup(res + 1, k - 1);
	return *out ? PX_OK : PX_ENOMEM;
}
