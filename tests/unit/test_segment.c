/*
 * Unit tests of px_doc_parse's paragraphs and sentences: the hard cases of
 * news text (titles, months, dotted acronyms decided by what follows,
 * initials, a.m./p.m., money, numbered lists, ellipses, quotations,
 * parentheses, headlines, datelines and hard wraps, URLs, "No. 1", e.g.),
 * byte offsets, paragraph indexes, a paragraph longer than the segmenter's
 * token window, and allocation failure at every step. The articles are
 * fictional wire copy written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#include "test_alloc.h"

/* The sentences of text as strings, newlines shown as spaces. */
static char **
sentences(const char *text, size_t *n)
{
	struct px_doc doc;
	char **out = NULL;
	size_t i = 0, k = 0;

	assert_int_equal(px_doc_parse(&doc, text, strlen(text), 0, NULL), PX_OK);
	out = calloc(doc.n_sents + 1, sizeof(char *));
	assert_non_null(out);
	for (i = 0; i < doc.n_sents; i++) {
		size_t len = doc.sents[i].end - doc.sents[i].start;
		out[i] = malloc(len + 1);
		assert_non_null(out[i]);
		for (k = 0; k < len; k++) {
			char c = text[doc.sents[i].start + k];
			out[i][k] = c == '\n' ? ' ' : c;
		}
		out[i][len] = '\0';
	}
	*n = doc.n_sents;
	px_doc_release(&doc);
	return out;
}

/* Assert that text splits into exactly the NULL-terminated list. */
static void
expect_split(const char *text, ...)
{
	va_list ap;
	size_t n = 0, i = 0;
	char **got = sentences(text, &n);
	const char *want = NULL;

	va_start(ap, text);
	while ((want = va_arg(ap, const char *)) != NULL) {
		if (i >= n)
			fail_msg("missing sentence %zu: \"%s\" (text: %s)", i, want, text);
		if (strcmp(got[i], want) != 0)
			fail_msg("sentence %zu: got \"%s\", want \"%s\"", i, got[i], want);
		i++;
	}
	va_end(ap);
	if (i != n)
		fail_msg("%zu sentences, want %zu; extra: \"%s\"", n, i, got[i]);
	for (i = 0; i < n; i++)
		free(got[i]);
	free(got);
}

static void
test_titles_and_honorifics(void **state)
{
	(void)state;
	expect_split("Mr. Halvorsen and Mrs. Okafor met Dr. Reyes on Tuesday. Gen. Tamsin Vale "
		     "briefed Sen. Ortiz, Gov. Blake and Rep. Nakamura. Lt. Col. Ahmed Sarr "
		     "confirmed it. They left St. Anselm's at noon.",
		     "Mr. Halvorsen and Mrs. Okafor met Dr. Reyes on Tuesday.",
		     "Gen. Tamsin Vale briefed Sen. Ortiz, Gov. Blake and Rep. Nakamura.",
		     "Lt. Col. Ahmed Sarr confirmed it.",
		     "They left St. Anselm's at noon.", NULL);
	/* A title never ends a sentence, even before a capitalised function
	 * word that is a name ("Will"). */
	expect_split("The award went to Prof. Will Danby of Kestrel University.",
		     "The award went to Prof. Will Danby of Kestrel University.", NULL);
	/* A lower-case "rep." is an ordinary abbreviation, ended by "The". */
	expect_split("She called the sales rep. The call lasted an hour.",
		     "She called the sales rep.", "The call lasted an hour.", NULL);
}

static void
test_months(void **state)
{
	(void)state;
	expect_split("The vote is set for Nov. 14, and results are due by Sept. 3. Officials "
		     "expect a delay into Jan. The board disagrees.",
		     "The vote is set for Nov. 14, and results are due by Sept. 3.",
		     "Officials expect a delay into Jan.", "The board disagrees.", NULL);
	/* Capitalised only: "sat." is a verb's end, "Sat." a day. */
	expect_split("The committee sat. Members then voted on Sat. 12 May.",
		     "The committee sat.", "Members then voted on Sat. 12 May.", NULL);
}

static void
test_dotted_acronyms(void **state)
{
	(void)state;
	expect_split("Exports to the U.S. rose 4% last year. The U.S. Commerce Department "
		     "disputed the figure, and U.N. monitors arrived in Washington, D.C. on "
		     "Friday.",
		     "Exports to the U.S. rose 4% last year.",
		     "The U.S. Commerce Department disputed the figure, and U.N. monitors "
		     "arrived in Washington, D.C. on Friday.", NULL);
	/* Decided by what follows: a sentence starter splits, a name does not. */
	expect_split("The delegation stayed in the U.S. The next day it flew to the U.K. "
		     "Prime Minister's office.",
		     "The delegation stayed in the U.S.",
		     "The next day it flew to the U.K. Prime Minister's office.", NULL);
	expect_split("Turnout fell sharply across the U.S. Millions stayed home.",
		     "Turnout fell sharply across the U.S.", "Millions stayed home.", NULL);
	expect_split("He has lived in the U.S.A. for 20 years. I went to J.C. Penney.",
		     "He has lived in the U.S.A. for 20 years.", "I went to J.C. Penney.", NULL);
}

static void
test_initials(void **state)
{
	(void)state;
	expect_split("My name is Jonas E. Smith. The inquiry was led by Harriet K. Mbeki.",
		     "My name is Jonas E. Smith.",
		     "The inquiry was led by Harriet K. Mbeki.", NULL);
	expect_split("We make a good team, you and I. Did you see Albert I. Jones yesterday?",
		     "We make a good team, you and I.",
		     "Did you see Albert I. Jones yesterday?", NULL);
	expect_split("Q. What is his name? A. His name is Alfred E. Sloan.",
		     "Q. What is his name?", "A. His name is Alfred E. Sloan.", NULL);
}

static void
test_times(void **state)
{
	(void)state;
	expect_split("The ferry left at 6 a.m. Monday and docked at 9:40 p.m. Officials "
		     "said the delay cost $2.1 million. The next sailing is at 7 a.m. on "
		     "Wednesday.",
		     "The ferry left at 6 a.m. Monday and docked at 9:40 p.m.",
		     "Officials said the delay cost $2.1 million.",
		     "The next sailing is at 7 a.m. on Wednesday.", NULL);
	expect_split("The game starts at 10 p.m. I'm going, are you?",
		     "The game starts at 10 p.m.", "I'm going, are you?", NULL);
}

static void
test_numbers_and_money(void **state)
{
	(void)state;
	expect_split("The port handled $14.3 billion of goods, up 2.5% from 1,329 ships. "
		     "She has $100.00. It is in her bag. Revenue hit 3.5bn euros.",
		     "The port handled $14.3 billion of goods, up 2.5% from 1,329 ships.",
		     "She has $100.00.", "It is in her bag.", "Revenue hit 3.5bn euros.", NULL);
	expect_split("Today is 11.18.2014. He is No. 1 in the polls and no. 5 in cash. Turn "
		     "to p. 55 for details.",
		     "Today is 11.18.2014.",
		     "He is No. 1 in the polls and no. 5 in cash.",
		     "Turn to p. 55 for details.", NULL);
	expect_split("I have 600. How many do you have?", "I have 600.",
		     "How many do you have?", NULL);
}

static void
test_lists(void **state)
{
	(void)state;
	expect_split("The plan has three parts. 1. Raise the levee 2. Widen the channel "
		     "3. Move the pumps",
		     "The plan has three parts.", "1. Raise the levee", "2. Widen the channel",
		     "3. Move the pumps", NULL);
	expect_split("a) The first item b) The second item c) The third item",
		     "a) The first item", "b) The second item", "c) The third item", NULL);
	expect_split("(i) Hello world.\n(ii) Hello world.", "(i) Hello world.",
		     "(ii) Hello world.", NULL);
	expect_split("\xE2\x80\xA2 9. The first item \xE2\x80\xA2 10. The second item",
		     "\xE2\x80\xA2 9. The first item", "\xE2\x80\xA2 10. The second item", NULL);
	/* Initials in a row are not a list ("A. ... B."). */
	expect_split("It was John A. Smith. She was Jane B. Smith.", "It was John A. Smith.",
		     "She was Jane B. Smith.", NULL);
	/* A lone number before a period is not an item. */
	expect_split("The team finished 5. The coach resigned.", "The team finished 5.",
		     "The coach resigned.", NULL);
}

static void
test_ellipses(void **state)
{
	(void)state;
	expect_split("I never meant that.... She left the store.", "I never meant that....",
		     "She left the store.", NULL);
	expect_split("I wasn't really ... well, what I mean...see . . . what I'm saying, the "
		     "thing is . . . I didn't mean it.",
		     "I wasn't really ... well, what I mean...see . . . what I'm saying, the "
		     "thing is . . . I didn't mean it.", NULL);
	expect_split("The minister paused \xE2\x80\xA6 and then resigned.",
		     "The minister paused \xE2\x80\xA6 and then resigned.", NULL);
	expect_split("\"Bohr [...] used the analogy [...]\" (Smith 55).",
		     "\"Bohr [...] used the analogy [...]\" (Smith 55).", NULL);
	expect_split("It ended with a period . . . . Next sentence.",
		     "It ended with a period . . . .", "Next sentence.", NULL);
}

static void
test_quotations(void **state)
{
	(void)state;
	expect_split("\"We will rebuild the bridge,\" the mayor said. \"It will take a year.\" "
		     "Work starts in May.",
		     "\"We will rebuild the bridge,\" the mayor said.",
		     "\"It will take a year.\"", "Work starts in May.", NULL);
	expect_split("She turned to him, \"This is great.\" she said.",
		     "She turned to him, \"This is great.\" she said.", NULL);
	expect_split("The statement read: \xE2\x80\x9CWe regret the error.\xE2\x80\x9D The "
		     "paper apologised.",
		     "The statement read: \xE2\x80\x9CWe regret the error.\xE2\x80\x9D",
		     "The paper apologised.", NULL);
	expect_split("'Stop!' he shouted at the crowd.", "'Stop!' he shouted at the crowd.",
		     NULL);
	/* An attribution after a quotation stays with it. */
	expect_split("\"It's a long game.\" - Mara Quist", "\"It's a long game.\" - Mara Quist",
		     NULL);
	/* A quote mark set off by a space joins the sentence before it. */
	expect_split("It opens on Friday. '\n\nNext paragraph.", "It opens on Friday. '",
		     "Next paragraph.", NULL);
}

static void
test_parentheses(void **state)
{
	(void)state;
	expect_split("He teaches science (He previously worked for 5 years as an engineer.) at "
		     "the local university.",
		     "He teaches science (He previously worked for 5 years as an engineer.) at "
		     "the local university.", NULL);
	expect_split("The vote passed. (Two members abstained.) The chair adjourned.",
		     "The vote passed.", "(Two members abstained.)", "The chair adjourned.",
		     NULL);
	expect_split("Sen. Ana Ruiz (D-Calif.) voted no.", "Sen. Ana Ruiz (D-Calif.) voted no.",
		     NULL);
}

static void
test_exclamations(void **state)
{
	(void)state;
	expect_split("Hello!! Long time no see. Hello?! Is that you?", "Hello!!",
		     "Long time no see.", "Hello?!", "Is that you?", NULL);
	expect_split("She works at Yahoo! in the accounting department.",
		     "She works at Yahoo! in the accounting department.", NULL);
	expect_split("Mix it, bake it and -- voila! -- you have cake.",
		     "Mix it, bake it and -- voila! -- you have cake.", NULL);
}

static void
test_urls_and_emails(void **state)
{
	(void)state;
	expect_split("Details are at https://www.example.org/report.html. Write to "
		     "press.office@example.org. Or visit www.example.org today.",
		     "Details are at https://www.example.org/report.html.",
		     "Write to press.office@example.org.", "Or visit www.example.org today.", NULL);
	expect_split("The file is report.pdf and J1.txt. Done.",
		     "The file is report.pdf and J1.txt.", "Done.", NULL);
	expect_split("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.",
		     "Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.",
		     "That is a lot.", NULL);
}

static void
test_abbreviations(void **state)
{
	(void)state;
	expect_split("Bring three items, e.g. a hat, a coat and a bag, i.e. warm clothes.",
		     "Bring three items, e.g. a hat, a coat and a bag, i.e. warm clothes.", NULL);
	expect_split("They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
		     "They closed the deal with Pitt, Briggs & Co.", "It closed yesterday.",
		     NULL);
	expect_split("Shares of Vantor Inc. rose after Acme Corp. and Tellis Ltd. reported.",
		     "Shares of Vantor Inc. rose after Acme Corp. and Tellis Ltd. reported.",
		     NULL);
	/* After a company suffix a capitalised word starts a sentence, unless
	 * it continues the name. */
	expect_split("The unit was sold to Oak Industries Inc. Terms were not disclosed.",
		     "The unit was sold to Oak Industries Inc.", "Terms were not disclosed.",
		     NULL);
	expect_split("It is a GmbH & Co. KG owned by Harlow Bros. Inc. (HBI) of Leeds.",
		     "It is a GmbH & Co. KG owned by Harlow Bros. Inc. (HBI) of Leeds.", NULL);
	expect_split("The Giants vs. the Tigers game is at 8. Doors open at 7.",
		     "The Giants vs. the Tigers game is at 8.", "Doors open at 7.", NULL);
}

static void
test_headlines_and_lines(void **state)
{
	(void)state;
	/* Headline, dateline and byline each end at their newline. */
	expect_split("Floodwaters recede in Marlow Valley\nTuesday, March 4, 2025\nBy Ines "
		     "Carvalho\nresidents returned home on Monday after the river fell.",
		     "Floodwaters recede in Marlow Valley", "Tuesday, March 4, 2025",
		     "By Ines Carvalho", "residents returned home on Monday after the river fell.",
		     NULL);
	/* Hard-wrapped text: a newline is a space. */
	expect_split("The council approved the budget after a long\ndebate that ran past "
		     "midnight and into the\nmorning. Members then left.",
		     "The council approved the budget after a long debate that ran past midnight "
		     "and into the morning.",
		     "Members then left.", NULL);
	/* Even before a capitalised name, when the line was full. */
	expect_split("Negotiators from both sides met again with\nPresident Ilse Varga in the "
		     "capital on Friday.",
		     "Negotiators from both sides met again with President Ilse Varga in the "
		     "capital on Friday.", NULL);
	/* A block of short lines without punctuation is a list. */
	expect_split("features\ncontact manager\nevents, activities\n", "features",
		     "contact manager", "events, activities", NULL);
	/* A blank line always ends a paragraph and a sentence. */
	expect_split("The river rose by\n\nTwo metres overnight", "The river rose by",
		     "Two metres overnight", NULL);
}

static void
test_offsets_and_paragraphs(void **state)
{
	struct px_doc doc;
	const char *t = "  Caf\xC3\xA9 owners met.  They agreed.\n\n\n  \xE2\x80\x9C" "Fine,\xE2\x80\x9D "
			"said R\xC3\xA9mi.\n";
	(void)state;
	assert_int_equal(px_doc_parse(&doc, t, strlen(t), 0, NULL), PX_OK);
	assert_int_equal(doc.n_paras, 2);
	assert_int_equal(doc.n_sents, 3);
	/* Byte offsets, white space excluded. */
	assert_int_equal(doc.sents[0].start, 2);
	assert_int_equal(doc.sents[0].end, 19);
	assert_memory_equal(t + doc.sents[0].start, "Caf\xC3\xA9 owners met.", 17);
	assert_int_equal(doc.sents[1].start, 21);
	assert_int_equal(doc.sents[1].end, 33);
	assert_int_equal(doc.sents[2].start, 38);
	assert_int_equal(doc.sents[2].end, strlen(t) - 1);
	assert_int_equal(doc.sents[0].para, 0);
	assert_int_equal(doc.sents[1].para, 0);
	assert_int_equal(doc.sents[2].para, 1);
	assert_int_equal(doc.paras[0].start, 2);
	assert_int_equal(doc.paras[0].end, 33);
	assert_int_equal(doc.paras[1].start, 38);
	assert_ptr_equal(doc.text, t);
	assert_int_equal(doc.len, strlen(t));
	/* Without PX_DOC_TOKENS there are no tokens. */
	assert_int_equal(doc.n_toks, 0);
	assert_null(doc.toks);
	px_doc_release(&doc);
	assert_int_equal(doc.n_sents, 0);
}

static void
test_empty_and_odd_input(void **state)
{
	struct px_doc doc;
	struct px_stemmer *st = NULL;
	const char nul[] = "One.\0Two. Three";
	(void)state;
	assert_int_equal(px_doc_parse(&doc, "", 0, 0, NULL), PX_OK);
	assert_int_equal(doc.n_sents, 0);
	px_doc_release(&doc);
	assert_int_equal(px_doc_parse(&doc, NULL, 0, PX_DOC_TOKENS, NULL), PX_OK);
	assert_int_equal(doc.n_sents, 0);
	px_doc_release(&doc);
	assert_int_equal(px_doc_parse(&doc, " \n\n \t\n", 6, 0, NULL), PX_OK);
	assert_int_equal(doc.n_sents, 0);
	assert_int_equal(doc.n_paras, 0);
	px_doc_release(&doc);
	/* Stems need a stemmer; text needs a pointer. */
	assert_int_equal(px_doc_parse(&doc, "a", 1, PX_DOC_STEMS, NULL), PX_EINVAL);
	assert_int_equal(doc.n_sents, 0);
	assert_int_equal(px_doc_parse(&doc, NULL, 3, 0, NULL), PX_EINVAL);
	/* Punctuation alone is still one sentence. */
	expect_split("! ! !", "! ! !", NULL);
	expect_split("* * * * *", "* * * * *", NULL);
	/* NUL bytes are white space, not the end. */
	assert_int_equal(px_doc_parse(&doc, nul, sizeof(nul) - 1, 0, NULL), PX_OK);
	assert_int_equal(doc.n_sents, 3);
	assert_int_equal(doc.sents[2].end, sizeof(nul) - 1);
	px_doc_release(&doc);
	/* Ideographic full stops end sentences without spaces. */
	assert_int_equal(px_stemmer_new("en", &st), PX_OK);
	assert_int_equal(px_doc_parse(&doc, "\xE4\xBB\x8A\xE5\xA4\xA9\xE3\x80\x82\xE6\x98\x8E"
					  "\xE5\xA4\xA9\xE3\x80\x82", 18, PX_DOC_TOKENS, st), PX_OK);
	assert_int_equal(doc.n_sents, 2);
	assert_int_equal(doc.sents[0].end, 9);
	px_doc_release(&doc);
	px_stemmer_free(st);
}

/*
 * A paragraph of many sentences, far longer than the segmenter's token
 * window, with the tricky cases at every position: the result must be the
 * same as for the sentences one at a time.
 */
static void
test_long_paragraph(void **state)
{
	const char *unit = "Mr. Okafor paid $1,250.50 at 9 a.m. in the U.S. The next day he left. ";
	size_t reps = 3000, ul = strlen(unit), i = 0;
	char *text = malloc(ul * reps + 1);
	struct px_doc doc;
	(void)state;
	assert_non_null(text);
	for (i = 0; i < reps; i++)
		memcpy(text + i * ul, unit, ul);
	text[ul * reps] = '\0';
	assert_int_equal(px_doc_parse(&doc, text, ul * reps, PX_DOC_TOKENS, NULL), PX_OK);
	assert_int_equal(doc.n_paras, 1);
	assert_int_equal(doc.n_sents, 2 * reps);
	for (i = 0; i < reps; i++) {
		assert_int_equal(doc.sents[2 * i].start, i * ul);
		assert_int_equal(doc.sents[2 * i].end, i * ul + 47);
		assert_int_equal(doc.sents[2 * i + 1].start, i * ul + 48);
		assert_int_equal(doc.sents[2 * i + 1].end, i * ul + ul - 1);
	}
	/* Every token is in exactly one sentence, in order. */
	assert_int_equal(doc.sents[0].tok_start, 0);
	for (i = 1; i < doc.n_sents; i++)
		assert_int_equal(doc.sents[i].tok_start, doc.sents[i - 1].tok_end);
	assert_int_equal(doc.sents[doc.n_sents - 1].tok_end, doc.n_toks);
	px_doc_release(&doc);
	free(text);
}

/* ---------------------------------------------- allocation failure */


static void
test_alloc_failure_every_n(void **state)
{
	const struct px_allocator fa = {failing_alloc, failing_realloc, plain_free, NULL};
	/* Enough text for several growths of every array. */
	char text[8192];
	size_t len = 0;
	long n = 0;
	int ok = 0;
	(void)state;
	while (len + 80 < sizeof(text)) {
		memcpy(text + len, "Gen. Vale said the U.S. Navy arrived. Caf\xC3\xA9 staff fled!\n\n", 57);
		len += 57;
	}
	for (n = 1; n < 400 && !ok; n++) {
		struct px_stemmer *st = NULL;
		struct px_doc doc;
		px_status s = PX_OK;
		fail_at = n;
		alloc_count = 0;
		px_set_allocator(&fa);
		s = px_stemmer_new("en", &st);
		if (s == PX_OK) {
			s = px_doc_parse(&doc, text, len, PX_DOC_TOKENS | PX_DOC_STEMS, st);
			if (s == PX_OK) {
				assert_int_equal(doc.n_sents, 2 * (len / 57));
				px_doc_release(&doc);
				ok = 1;
			} else {
				assert_int_equal(s, PX_ENOMEM);
				/* On failure the caller owns nothing. */
				assert_null(doc.sents);
				assert_null(doc.toks);
				assert_int_equal(doc.n_sents, 0);
			}
			px_stemmer_free(st);
		} else {
			assert_int_equal(s, PX_ENOMEM);
			assert_null(st);
		}
		px_set_allocator(NULL);
	}
	assert_true(ok);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titles_and_honorifics),
		cmocka_unit_test(test_months),
		cmocka_unit_test(test_dotted_acronyms),
		cmocka_unit_test(test_initials),
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_numbers_and_money),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_ellipses),
		cmocka_unit_test(test_quotations),
		cmocka_unit_test(test_parentheses),
		cmocka_unit_test(test_exclamations),
		cmocka_unit_test(test_urls_and_emails),
		cmocka_unit_test(test_abbreviations),
		cmocka_unit_test(test_headlines_and_lines),
		cmocka_unit_test(test_offsets_and_paragraphs),
		cmocka_unit_test(test_empty_and_odd_input),
		cmocka_unit_test(test_long_paragraph),
		cmocka_unit_test(test_alloc_failure_every_n),
	};
	return cmocka_run_group_tests_name("segment", tests, NULL, NULL);
}
