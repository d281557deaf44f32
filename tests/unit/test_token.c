/*
 * Unit tests of the tokens px_doc_parse makes with PX_DOC_TOKENS: kinds
 * and flags, byte offsets, case folds (ASCII and Unicode), stopword flags,
 * Snowball stems (with and without the stemmer's cache, and past its
 * capacity), sentence token ranges; and of the shipped lexicons, whose
 * sorted order the library's binary search relies on.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libstemmer.h>

#include "parallax/parallax.h"
#include "../../src/lib/text/seg_internal.h"

struct tok_want {
	const char *text;
	const char *fold;
	unsigned flags; /* all of these must be set */
	unsigned not;   /* none of these may be set */
};

/* Assert the token sequence of text. */
static void
expect_tokens(const char *text, const struct tok_want *want, size_t n)
{
	struct px_doc doc;
	size_t i = 0;

	assert_int_equal(px_doc_parse(&doc, text, strlen(text), PX_DOC_TOKENS, NULL), PX_OK);
	for (i = 0; i < n && i < doc.n_toks; i++) {
		const struct px_token *t = &doc.toks[i];
		size_t len = t->end - t->start;
		if (strlen(want[i].text) != len || memcmp(text + t->start, want[i].text, len) != 0)
			fail_msg("token %zu: got \"%.*s\", want \"%s\"", i, (int)len, text + t->start,
				 want[i].text);
		if (want[i].fold && strcmp(t->fold, want[i].fold) != 0)
			fail_msg("token %zu \"%s\": fold \"%s\", want \"%s\"", i, want[i].text, t->fold,
				 want[i].fold);
		if ((t->flags & want[i].flags) != want[i].flags)
			fail_msg("token %zu \"%s\": flags %#x lack %#x", i, want[i].text, t->flags,
				 want[i].flags);
		if (t->flags & want[i].not)
			fail_msg("token %zu \"%s\": flags %#x have %#x", i, want[i].text, t->flags,
				 t->flags & want[i].not);
		assert_non_null(t->stem);
	}
	if (doc.n_toks != n)
		fail_msg("%zu tokens, want %zu (text: %s)", doc.n_toks, n, text);
	px_doc_release(&doc);
}

#define W PX_TOK_WORD
#define N PX_TOK_NUMBER
#define P PX_TOK_PUNCT
#define S PX_TOK_SYMBOL

static void
test_words(void **state)
{
	const struct tok_want w[] = {
		{"The", "the", W | PX_TOK_CAP | PX_TOK_STOP, N},
		{"mayor", "mayor", W, PX_TOK_CAP | PX_TOK_STOP},
		{"didn't", "didn't", W | PX_TOK_STOP, 0},
		{"say", "say", W, 0},
		{"it", "it", W | PX_TOK_STOP, 0},
		{"wasn\xE2\x80\x99t", "wasn't", W | PX_TOK_STOP, 0},
		{"O\xE2\x80\x99Neill\xE2\x80\x99s", "o'neill's", W | PX_TOK_CAP, PX_TOK_STOP},
		{"well-known", "well-known", W, 0},
		{"co-op", "co-op", W, 0},
		{"NASA", "nasa", W | PX_TOK_CAP | PX_TOK_UPPER, 0},
		{".", ".", P, W},
	};
	(void)state;
	expect_tokens("The mayor didn't say it wasn\xE2\x80\x99t O\xE2\x80\x99Neill\xE2\x80\x99s "
		      "well-known co-op NASA.", w, sizeof(w) / sizeof(w[0]));
}

static void
test_numbers(void **state)
{
	const struct tok_want w[] = {
		{"$", "$", S, W | N},
		{"14.3", "14.3", N, W},
		{"billion", NULL, W, N},
		{",", ",", P, 0},
		{"1,329", "1,329", N, W},
		{"ships", NULL, W, 0},
		{",", ",", P, 0},
		{"2.5", "2.5", N, 0},
		{"%", "%", S, 0},
		{"and", NULL, W | PX_TOK_STOP, 0},
		{"\xE2\x82\xAC", "\xE2\x82\xAC", S, 0},
		{"3.5bn", "3.5bn", N | W, 0},
		{"by", NULL, W, 0},
		{"9:40", "9:40", N, 0},
		{"on", NULL, W, 0},
		{"9/11", "9/11", N, 0},
		{";", ";", P, 0},
		{"31st", "31st", N | W, 0},
		{"10-year-old", "10-year-old", N | W, 0},
		{"F-16", "f-16", W | PX_TOK_CAP, N},
		{"\xC2\xA3", NULL, S, 0},
		{"600", NULL, N, 0},
		{".", ".", P, 0},
	};
	(void)state;
	expect_tokens("$14.3 billion, 1,329 ships, 2.5% and \xE2\x82\xAC" "3.5bn by 9:40 on 9/11; "
		      "31st 10-year-old F-16 \xC2\xA3" "600.",
		      w, sizeof(w) / sizeof(w[0]));
}

static void
test_punctuation_and_special(void **state)
{
	const struct tok_want w[] = {
		{"\xE2\x80\x9C", NULL, P, 0},
		{"Go", NULL, W, 0},
		{"!", NULL, P, 0},
		{"\xE2\x80\x9D", NULL, P, 0},
		{"(", NULL, P, 0},
		{"see", NULL, W, 0},
		{"https://example.org/a_b?c=1", NULL, PX_TOK_URL, W | P},
		{"or", NULL, W, 0},
		{"desk@example.org", NULL, PX_TOK_URL, 0},
		{")", NULL, P, 0},
		{"\xE2\x80\x94", NULL, P, 0},
		{"U.S.", "u.s.", W | PX_TOK_ABBR | PX_TOK_CAP, 0},
		{"Mr", "mr", W | PX_TOK_ABBR | PX_TOK_CAP, 0},
		{".", NULL, P, 0},
		{"Li", NULL, W, PX_TOK_ABBR},
		{"...", NULL, P, 0},
	};
	(void)state;
	expect_tokens("\xE2\x80\x9CGo!\xE2\x80\x9D (see https://example.org/a_b?c=1 or "
		      "desk@example.org) \xE2\x80\x94 U.S. Mr. Li...",
		      w, sizeof(w) / sizeof(w[0]));
}

static void
test_unicode_folds(void **state)
{
	const struct tok_want w[] = {
		{"\xC3\x89" "COLE", "\xC3\xA9" "cole", W | PX_TOK_CAP | PX_TOK_UPPER, 0},
		{"Stra\xC3\x9F" "e", "strasse", W | PX_TOK_CAP, PX_TOK_UPPER},
		{"\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", "\xCE\xB1\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1",
		 W | PX_TOK_CAP, 0},
		{"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
		 W | PX_TOK_CAP, 0},
		{"\xE5\x8C\x97\xE4\xBA\xAC", "\xE5\x8C\x97\xE4\xBA\xAC", W, PX_TOK_CAP},
		{"\xF0\x9F\x98\x80", NULL, S, W},
	};
	(void)state;
	expect_tokens("\xC3\x89" "COLE Stra\xC3\x9F" "e \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 "
		      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE5\x8C\x97\xE4\xBA\xAC "
		      "\xF0\x9F\x98\x80",
		      w, sizeof(w) / sizeof(w[0]));
}

/* Stems through px_doc_parse and directly, against libstemmer itself. */
static void
test_stems(void **state)
{
	const char *text = "Officials were running the Ponies' generously funded studies.";
	struct px_stemmer *st = NULL;
	struct px_doc doc;
	size_t i = 0, len = 0;
	const char *want[][2] = {
		{"Officials", "offici"}, {"were", "were"}, {"running", "run"}, {"the", "the"},
		{"Ponies", "poni"}, {"'", "'"}, {"generously", "generous"}, {"funded", "fund"},
		{"studies", "studi"}, {".", "."},
	};
	(void)state;
	assert_int_equal(px_stemmer_new("fr", &st), PX_EUNSUPPORTED);
	assert_null(st);
	assert_int_equal(px_stemmer_new("en", &st), PX_OK);
	/* Twice: the second pass is answered from the cache. */
	for (int pass = 0; pass < 2; pass++) {
		assert_int_equal(px_doc_parse(&doc, text, strlen(text),
					      PX_DOC_TOKENS | PX_DOC_STEMS, st), PX_OK);
		assert_int_equal(doc.n_toks, sizeof(want) / sizeof(want[0]));
		for (i = 0; i < doc.n_toks; i++) {
			assert_memory_equal(text + doc.toks[i].start, want[i][0], strlen(want[i][0]));
			assert_string_equal(doc.toks[i].stem, want[i][1]);
		}
		/* Stopword flags come from the cache too. */
		assert_true(doc.toks[1].flags & PX_TOK_STOP);
		assert_false(doc.toks[2].flags & PX_TOK_STOP);
		assert_int_equal(doc.n_sents, 1);
		assert_int_equal(doc.sents[0].tok_start, 0);
		assert_int_equal(doc.sents[0].tok_end, doc.n_toks);
		px_doc_release(&doc);
	}
	/* Tokens without stems: stem is the fold. */
	assert_int_equal(px_doc_parse(&doc, text, strlen(text), PX_DOC_TOKENS, st), PX_OK);
	assert_ptr_equal(doc.toks[2].stem, doc.toks[2].fold);
	assert_string_equal(doc.toks[2].fold, "running");
	px_doc_release(&doc);
	assert_string_equal(px_stemmer_stem(st, "nationalities", 13, &len), "nation");
	assert_int_equal(len, 6);
	px_stemmer_free(st);
	px_stemmer_free(NULL);
}

/* More distinct words than the cache keeps: results stay right. */
static void
test_stem_cache_capacity(void **state)
{
	struct px_stemmer *st = NULL;
	struct sb_stemmer *ref = sb_stemmer_new("english", "UTF_8");
	char w[64];
	size_t i = 0, len = 0;
	(void)state;
	assert_non_null(ref);
	assert_int_equal(px_stemmer_new("en", &st), PX_OK);
	for (i = 0; i < 120000; i++) {
		const char *got = NULL;
		const sb_symbol *r = NULL;
		/* Word-like strings with inflections and some long ones. */
		int n = snprintf(w, sizeof w, "%s%zx%s", i % 7 == 0 ? "internationalisation" : "ab",
				 i, (i % 3 == 0) ? "ings" : (i % 3 == 1 ? "ed" : "ly"));
		for (int k = 0; k < n; k++)
			if (w[k] >= '0' && w[k] <= '9')
				w[k] = (char)('g' + (w[k] - '0'));
		got = px_stemmer_stem(st, w, (size_t)n, &len);
		r = sb_stemmer_stem(ref, (const sb_symbol *)w, n);
		if (len != (size_t)sb_stemmer_length(ref) || memcmp(got, r, len) != 0)
			fail_msg("stem of %s: %.*s, want %.*s", w, (int)len, got,
				 sb_stemmer_length(ref), (const char *)r);
		/* Ask again for an early word: still cached and right. */
		if (i % 1000 == 999) {
			got = px_stemmer_stem(st, "generously", 10, &len);
			assert_int_equal(len, 8);
			assert_memory_equal(got, "generous", 8);
		}
	}
	px_stemmer_free(st);
	sb_stemmer_delete(ref);
}

/*
 * The cache starts small and doubles as words come: every word stays
 * cached across the growths (asked again, none is added twice) and the
 * table stays at most 3/4 full.
 */
static void
test_stem_cache_growth(void **state)
{
	struct px_stemmer *st = NULL;
	char w[32];
	size_t i = 0, len = 0, words = 0, slots = 0, first_slots = 0;
	const char *got = NULL;
	(void)state;
	assert_int_equal(px_stemmer_new("en", &st), PX_OK);
	px__stemmer_size(st, &words, &first_slots);
	assert_int_equal(words, 0);
	for (int pass = 0; pass < 2; pass++) {
		for (i = 0; i < 5000; i++) {
			/* Short words in the slots, long ones in the pool. */
			int n = snprintf(w, sizeof w, i % 5 ? "walk%zxing" : "reconsideration%zxed", i);
			for (int k = 0; k < n; k++)
				if (w[k] >= '0' && w[k] <= '9')
					w[k] = (char)('g' + (w[k] - '0'));
			got = px_stemmer_stem(st, w, (size_t)n, &len);
			assert_true(len > 0 && len < (size_t)n);
			assert_memory_equal(got, w, 3);
		}
		px__stemmer_size(st, &words, &slots);
		assert_int_equal(words, 5000);
		assert_true(slots > first_slots);
		assert_true(words * 4 <= slots * 3);
	}
	got = px_stemmer_stem(st, "generously", 10, &len);
	assert_int_equal(len, 8);
	assert_memory_equal(got, "generous", 8);
	px_stemmer_free(st);
}

/*
 * Stopword flags and folds are the same on every path: with a stemmer (its
 * cache), without one on a short text (list search) and on a long text
 * (per-document set).
 */
static void
test_stop_flags_paths(void **state)
{
	const char *unit = "The minister said they would not resign, and he didn't. ";
	char text[2048];
	size_t n = 0, i = 0, ul = strlen(unit);
	struct px_stemmer *st = NULL;
	struct px_doc a, b, c;
	(void)state;
	while (n + ul < sizeof(text)) {
		memcpy(text + n, unit, ul);
		n += ul;
	}
	assert_int_equal(px_stemmer_new("en", &st), PX_OK);
	assert_int_equal(px_doc_parse(&a, text, n, PX_DOC_TOKENS, st), PX_OK);
	assert_int_equal(px_doc_parse(&b, text, n, PX_DOC_TOKENS, NULL), PX_OK);
	assert_int_equal(px_doc_parse(&c, text, ul, PX_DOC_TOKENS, NULL), PX_OK);
	assert_int_equal(a.n_toks, b.n_toks);
	for (i = 0; i < a.n_toks; i++) {
		assert_int_equal(a.toks[i].flags, b.toks[i].flags);
		assert_string_equal(a.toks[i].fold, b.toks[i].fold);
		if (i < c.n_toks)
			assert_int_equal(a.toks[i].flags, c.toks[i].flags);
	}
	/* "The", "they", "would", "not", "and", "he", "didn't" are stopwords. */
	assert_true(a.toks[0].flags & PX_TOK_STOP);
	assert_false(a.toks[1].flags & PX_TOK_STOP);
	assert_true(b.toks[3].flags & PX_TOK_STOP);
	assert_true(b.toks[10].flags & PX_TOK_STOP);
	px_doc_release(&a);
	px_doc_release(&b);
	px_doc_release(&c);
	px_stemmer_free(st);
}

static void
test_stopwords(void **state)
{
	(void)state;
	assert_true(px_is_stopword("the", 3));
	assert_true(px_is_stopword("don't", 5));
	assert_true(px_is_stopword("a", 1));
	assert_true(px_is_stopword("yourselves", 10));
	assert_false(px_is_stopword("The", 3)); /* folded input only */
	assert_false(px_is_stopword("parliament", 10));
	assert_false(px_is_stopword("", 0));
	assert_false(px_is_stopword("th", 2));
	assert_false(px_is_stopword("thee", 4));
}

/* The lexicons must stay sorted (binary search) and well formed. */
static void
check_stopwords(void)
{
	const char *d = NULL, *e = NULL, *prev = NULL;
	size_t len = 0, prev_len = 0, lines = 0;

	assert_int_equal(px_data_get("stopwords_en.txt", &d, &len), PX_OK);
	e = d + len;
	while (d < e && *d == '#')
		d = memchr(d, '\n', (size_t)(e - d)) + 1;
	while (d < e) {
		const char *nl = memchr(d, '\n', (size_t)(e - d));
		size_t kl = 0;
		assert_non_null(nl);
		kl = (size_t)(nl - d);
		assert_true(kl > 0 && kl <= 15);
		assert_null(memchr(d, ' ', kl));
		if (prev) {
			int c = memcmp(prev, d, prev_len < kl ? prev_len : kl);
			if (c > 0 || (c == 0 && prev_len >= kl))
				fail_msg("stopwords: \"%.*s\" after \"%.*s\" (not in byte order)",
					 (int)kl, d, (int)prev_len, prev);
		}
		prev = d;
		prev_len = kl;
		lines++;
		d = nl + 1;
	}
	assert_true(lines > 100);
}

static void
check_abbreviations(void)
{
	const char *d = NULL, *e = NULL, *prev = NULL;
	size_t len = 0, lines = 0;

	assert_int_equal(px_data_get("abbreviations_en.txt", &d, &len), PX_OK);
	e = d + len;
	while (d < e && *d == '#')
		d = memchr(d, '\n', (size_t)(e - d)) + 1;
	/* Records of 16 bytes: key padded to 14, class, newline. */
	assert_int_equal((size_t)(e - d) % 16, 0);
	for (; d < e; d += 16) {
		size_t kl = 14;
		while (kl > 0 && d[kl - 1] == ' ')
			kl--;
		assert_true(kl > 0);
		assert_null(memchr(d, ' ', kl));
		assert_int_equal(d[15], '\n');
		assert_non_null(strchr("TaAcns", d[14]));
		for (size_t k = 0; k < kl; k++)
			if (d[k] >= 'A' && d[k] <= 'Z')
				fail_msg("abbreviations: key %.*s not folded", (int)kl, d);
		/* PX__ABBR_MAX: the segmenter skips longer words. */
		if (d[14] != 's' && kl > 6)
			fail_msg("abbreviations: %.*s longer than 6 bytes", (int)kl, d);
		if (prev && memcmp(prev, d, 14) >= 0)
			fail_msg("abbreviations: \"%.*s\" after \"%.14s\" (not in byte order)", (int)kl,
				 d, prev);
		prev = d;
		lines++;
	}
	assert_true(lines > 100);
}

static void
test_lexicons_sorted(void **state)
{
	(void)state;
	check_stopwords();
	check_abbreviations();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_punctuation_and_special),
		cmocka_unit_test(test_unicode_folds),
		cmocka_unit_test(test_stems),
		cmocka_unit_test(test_stem_cache_capacity),
		cmocka_unit_test(test_stem_cache_growth),
		cmocka_unit_test(test_stop_flags_paths),
		cmocka_unit_test(test_stopwords),
		cmocka_unit_test(test_lexicons_sorted),
	};
	return cmocka_run_group_tests_name("token", tests, NULL, NULL);
}
