/*
 * Unit tests of the claims tokenizer's lexicon lookups (src/lib/claim/
 * tokens.c): every word token carries the id the word map gives its
 * lower-cased text, whichever path found it (the packed fast table, the
 * ASCII shortcut, the map for long words), and the word-set bits of the
 * lists in px__cl_word_sets, whatever the case of the token.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#include "../../src/lib/claim/claim_internal.h"
#include "test_extractor.h"


/* The reference: the word map's id of the ASCII-lower-cased token text. */
static int32_t
map_id(const struct toks *tk, size_t i)
{
	char buf[64];
	size_t n = tk->t[i].end - tk->t[i].start, k = 0;
	uint32_t id = 0;

	if (n == 0 || n >= 48)
		return -1;
	for (k = 0; k < n; k++) {
		char c = tk->text[tk->t[i].start + k];
		buf[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	return px_map_find(X->words, buf, n, &id) == PX_OK ? (int32_t)id : -1;
}

/* Tokenizes len bytes copied to an exact-size heap buffer (so a read past
   the end is caught by the sanitizers) and checks every token's id and
   sets against the map. Returns the number of word tokens found in the
   lexicon. */
static size_t
check_text(const char *text, size_t len)
{
	char *copy = malloc(len ? len : 1);
	struct toks tk;
	size_t i = 0, hits = 0;

	assert_non_null(copy);
	memcpy(copy, text, len);
	assert_int_equal(px__cl_toks_make(X, copy, len, &tk), PX_OK);
	for (i = 0; i < tk.n; i++) {
		const struct tok *t = &tk.t[i];
		int32_t want = -1;
		if (t->type == T_WORD)
			want = map_id(&tk, i);
		if (t->type == T_WORD && want != t->lw)
			fail_msg("token %zu \"%.*s\": id %d, map %d", i, (int)(t->end - t->start),
				 copy + t->start, (int)t->lw, (int)want);
		if (t->type == T_NUM)
			assert_int_equal(t->lw, -1);
		assert_int_equal(t->sets, t->lw >= 0 ? X->w[t->lw].sets : 0);
		hits += t->type == T_WORD && t->lw >= 0;
	}
	px__cl_toks_release(&tk);
	free(copy);
	return hits;
}

static void
test_ids_match_the_map(void **state)
{
	static const char *const texts[] = {
		"More than 500 officials SAID on Tuesday that the Ministry of Finance "
		"had paid $14.3 billion, according to a statement.",
		/* every word length from 1 to 20 bytes, in three cases */
		"a an the said would percent thousand seventeen spokeswoman "
		"administration investigators acknowledging internationally "
		"A AN THE SAID WOULD PERCENT THOUSAND SEVENTEEN SPOKESWOMAN "
		"ADMINISTRATION INVESTIGATORS ACKNOWLEDGING INTERNATIONALLY "
		"A An The Said Would Percent Thousand Seventeen Spokeswoman",
		/* letters beyond ASCII inside and around words */
		"Zoë Ångström said the café in Tromsø was über-busy; İstanbul, "
		"ÉLYSÉE, naïve, Straße, Ελλάδα and Москва are words too.",
		/* digits glued to words, URLs, units, odd punctuation */
		"10k 1.2bn 21st COVID-19 km/h US$5 www.example.com/said "
		"http://said.example (said) \"said\" 'said' said... ¾ 3/4",
		/* a lexicon word as the very last bytes, no white space after */
		"they said",
		"SAID",
		"a",
	};
	size_t k = 0, hits = 0;

	(void)state;
	for (k = 0; k < sizeof texts / sizeof texts[0]; k++)
		hits += check_text(texts[k], strlen(texts[k]));
	/* the texts are full of lexicon words: the lookups must find them */
	assert_true(hits > 40);
}

/* Whether set b lists the n lower-case bytes w. */
static int
in_set(size_t b, const char *w, size_t n)
{
	size_t k = 0;

	for (k = 0; px__cl_word_sets[b][k].w != NULL; k++)
		if (px__cl_word_sets[b][k].n == n && memcmp(px__cl_word_sets[b][k].w, w, n) == 0)
			return 1;
	return 0;
}

static void
test_word_sets_by_case(void **state)
{
	size_t b = 0, k = 0;

	(void)state;
	for (b = 0; px__cl_word_sets[b] != NULL; b++) {
		for (k = 0; px__cl_word_sets[b][k].w != NULL; k++) {
			const char *w = px__cl_word_sets[b][k].w;
			size_t n = strlen(w), m = 0;
			char buf[80];
			struct toks tk;
			assert_true(n < 20);
			/* lower, Capitalised and UPPER forms, then a longer word */
			snprintf(buf, sizeof buf, "%s %s %s %sx", w, w, w, w);
			buf[n + 1] = (char)(buf[n + 1] - 32 * (buf[n + 1] >= 'a' && buf[n + 1] <= 'z'));
			for (m = 0; m < n; m++) {
				char *c = &buf[2 * n + 2 + m];
				if (*c >= 'a' && *c <= 'z')
					*c = (char)(*c - 32);
			}
			assert_int_equal(px__cl_toks_make(X, buf, strlen(buf), &tk), PX_OK);
			assert_int_equal(tk.n, 4);
			for (m = 0; m < 3; m++)
				if (!(tk.t[m].sets & (1u << b)))
					fail_msg("\"%.*s\" lacks the bit of set %zu", (int)n,
						 buf + tk.t[m].start, b);
			/* the word with an "x" after it has the bit only when
			   the list holds that word too (no prefix matches) */
			if ((tk.t[3].sets & (1u << b)) && !in_set(b, buf + tk.t[3].start, n + 1))
				fail_msg("\"%.*s\" has the bit of set %zu", (int)n + 1,
					 buf + tk.t[3].start, b);
			px__cl_toks_release(&tk);
		}
	}
	assert_true(b > 0 && b <= WORD_SETS_MAX);
}

static void
test_non_words_have_no_sets(void **state)
{
	static const char text[] = "1,329 14.3 -- ... $ % 2023-11-14 www.said.com";
	struct toks tk;
	size_t i = 0;

	(void)state;
	assert_int_equal(px__cl_toks_make(X, text, strlen(text), &tk), PX_OK);
	assert_true(tk.n > 5);
	for (i = 0; i < tk.n; i++) {
		assert_true(tk.t[i].type != T_WORD);
		assert_int_equal(tk.t[i].sets, 0);
	}
	px__cl_toks_release(&tk);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids_match_the_map),
		cmocka_unit_test(test_word_sets_by_case),
		cmocka_unit_test(test_non_words_have_no_sets),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
