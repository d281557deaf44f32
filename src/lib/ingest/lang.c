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
#define SAMPLE_BYTES 2048
#define MIN_LETTERS 80

/* The commonest English function words; a hit rate over 20% is English. */
static const char *const english_words[] = {
	"the", "of", "and", "to", "in", "is", "that", "for", "on", "with",
	"was", "as", "it", "he", "by", "at", "said", "from", "his", "be",
	"are", "has", "have", "an", "had", "not", "but", "they", "this", "were",
	"which", "its", "will", "who", "been", "their", "would", "she", "her",
	"or", "after", "we", "than", "more", "about", "also", "when", "there",
};

static int
is_english_word(const char *w, size_t n)
{
	size_t k = 0;

	for (k = 0; k < sizeof english_words / sizeof english_words[0]; k++) {
		if (strlen(english_words[k]) == n && memcmp(english_words[k], w, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * Share of English function words among the ASCII words of the sample, in
 * percent; *letters gets how many letters (any script) were seen.
 */
static int
english_share(const char *s, size_t n, size_t *letters)
{
	size_t i = 0, words = 0, hits = 0;
	char w[8];

	*letters = 0;
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
			if (len <= sizeof w && is_english_word(w, len))
				hits++;
		} else {
			if (c >= 0xC0)
				(*letters)++;
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
	size_t letters = 0, k = 0;
	const char *res = NULL;
	int share = 0;

	*out = NULL;
	/* Do not cut a UTF-8 sequence in two. */
	while (n > 0 && n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	share = english_share(text, n, &letters);
	if (letters < MIN_LETTERS)
		return PX_OK;
	if (share >= 20) {
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
	/* Answers look like "[de--utf8]" or "[zh-CN-utf8][ja--utf8]"; a tie of
	 * more than two candidates, "SHORT" or "UNKNOWN" stays unknown. */
	if (res == NULL || res[0] != '[')
		return PX_OK;
	{
		size_t brackets = 0;
		const char *p = res;
		for (p = res; *p; p++)
			brackets += *p == '[';
		if (brackets > 2)
			return PX_OK;
	}
	for (k = 1; res[k] >= 'a' && res[k] <= 'z' && k < 4; k++)
		;
	if (k < 3 || (res[k] != '-' && res[k] != ']'))
		return PX_OK;
	*out = px_strndup(res + 1, k - 1);
	return *out ? PX_OK : PX_ENOMEM;
}
