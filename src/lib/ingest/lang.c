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
#include <stdlib.h>
#include <string.h>

#include <textcat.h>

#include "ingest_internal.h"

#define TEXTCAT_DIR "/usr/share/libexttextcat/"
#define SAMPLE_BYTES 1024
#define ENGLISH_BYTES 1024
/* Percent of function words above which text is English: English news
 * runs at 25-40%, other languages written in Latin letters below 10%. */
#define ENGLISH_SHARE 15
#define MIN_LETTERS 80

/*
 * The commonest English function words, each packed into an integer (one
 * byte a letter, first letter lowest) and sorted, so a word is found by a
 * binary search over integers: this test runs on every article.
 */
static const char *const english_words[] = {
	"the", "of", "and", "to", "in", "is", "that", "for", "on", "with",
	"was", "as", "it", "he", "by", "at", "said", "from", "his", "be",
	"are", "has", "have", "an", "had", "not", "but", "they", "this", "were",
	"which", "its", "will", "who", "been", "their", "would", "she", "her",
	"or", "after", "we", "than", "more", "about", "also", "when", "there",
};
#define N_ENGLISH (sizeof english_words / sizeof english_words[0])
_Static_assert(N_ENGLISH == 48, "struct px__lang holds 48 packed words");

static uint64_t
pack(const char *w, size_t n)
{
	uint64_t v = 0;
	size_t i = 0;

	for (i = 0; i < n && i < 8; i++)
		v |= (uint64_t)(unsigned char)w[i] << (8 * i);
	return v;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The sorted packed table, built once per px__lang. */
static void
build_table(struct px__lang *l)
{
	size_t k = 0;

	for (k = 0; k < N_ENGLISH; k++)
		l->english[k] = pack(english_words[k], strlen(english_words[k]));
	qsort(l->english, N_ENGLISH, sizeof(uint64_t), cmp_u64);
	l->ready = 1;
}

static int
is_english_word(const struct px__lang *l, uint64_t w)
{
	size_t lo = 0, hi = N_ENGLISH;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (l->english[mid] == w)
			return 1;
		if (l->english[mid] < w)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/*
 * Share of English function words among the ASCII words of the sample, in
 * percent; *letters gets how many letters (any script) were seen.
 */
static int
english_share(const struct px__lang *l, const char *s, size_t n, size_t *letters,
	      size_t *digits)
{
	size_t i = 0, words = 0, hits = 0;
	char w[8];

	*letters = 0;
	*digits = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			size_t len = 0;
			while (i < n && (((unsigned char)s[i] | 0x20) >= 'a' &&
					 ((unsigned char)s[i] | 0x20) <= 'z')) {
				if (len < sizeof w)
					w[len] = (char)(s[i] | 0x20);
				len++;
				i++;
			}
			*letters += len;
			/* A word glued to non-ASCII letters is not an English word. */
			if (i < n && (unsigned char)s[i] >= 0x80)
				continue;
			words++;
			if (len <= 5 && is_english_word(l, pack(w, len)))
				hits++;
		} else {
			if (c >= 0xC0)
				(*letters)++;
			else if (c >= '0' && c <= '9')
				(*digits)++;
			i++;
		}
	}
	return words ? (int)(hits * 100 / words) : 0;
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
	size_t letters = 0, digits = 0, k = 0;
	const char *res = NULL;
	int share = 0;

	*out = NULL;
	/* Do not cut a UTF-8 sequence in two. */
	while (n > 0 && n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	if (!l->ready)
		build_table(l);
	share = english_share(l, text, n > ENGLISH_BYTES ? ENGLISH_BYTES : n,
			      &letters, &digits);
	/* Too little prose to judge: short texts and tables of figures. */
	if (letters < MIN_LETTERS || letters < 2 * digits)
		return PX_OK;
	if (share >= ENGLISH_SHARE) {
		*out = px_strdup("en");
		return *out ? PX_OK : PX_ENOMEM;
	}
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
