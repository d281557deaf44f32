/*
 * Unit tests of the speaker of a direct quote in src/lib/claim/quote.c, for
 * the patterns reporters use besides "X said": a colon that introduces the
 * quote (the person named at the start of the clause speaks, or the person
 * named right before the colon; the colon is the cue), a role with a
 * person's name apposed to it ("said Grenvik's mayor, Eirik Holt"; the name
 * speaks, not the possessor) and "in the words of X". Texts are fictional
 * wire copy and live-blog lines, segmented by the real segmenter.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#define PX_TEST_EXTRACT_DOC
#include "test_extractor.h"

/* The quotes of a text. */
static void
quotes_of(struct got *g, const char *text)
{
	extract(g, text, NULL, PX_CLAIMS_QUOTES);
}

/* The claim of a kind (a direct quote, reported speech) whose words start
 * with `words`, or NULL. */
static const struct px_claim *
claim_of(const struct got *g, enum px_claim_kind kind, const char *words)
{
	size_t i = 0;

	for (i = 0; i < g->c->n; i++) {
		const struct px_claim *x = &g->c->items[i];
		if (x->kind == kind && x->u.quote.quote &&
		    strncmp(x->u.quote.quote, words, strlen(words)) == 0)
			return x;
	}
	return NULL;
}

/* The direct quote whose words start with `words`. */
static const struct px_claim *
quote_of(const struct got *g, const char *words)
{
	const struct px_claim *x = claim_of(g, PX_CLAIM_QUOTE, words);

	if (x == NULL)
		fail_msg("no quote \"%s\" in: %s", words, g->text);
	return x;
}

/* The quote starting with `words` has this speaker (NULL: none), cue and
   source and cue spans as written. */
static void
check(const struct got *g, const char *words, const char *speaker, const char *cue,
      const char *source, const char *cue_text)
{
	const struct px_claim *q = quote_of(g, words);

	if (speaker == NULL) {
		if (q->u.quote.speaker != NULL)
			fail_msg("quote \"%s\": speaker \"%s\", expected none", words, q->u.quote.speaker);
		return;
	}
	if (q->u.quote.speaker == NULL)
		fail_msg("quote \"%s\": no speaker, expected \"%s\"", words, speaker);
	assert_string_equal(q->u.quote.speaker, speaker);
	assert_non_null(q->u.quote.cue);
	assert_string_equal(q->u.quote.cue, cue);
	assert_string_equal(span(g, q->u.quote.src_start, q->u.quote.src_end), source);
	assert_string_equal(span(g, q->u.quote.cue_start, q->u.quote.cue_end), cue_text);
}

static void
test_colon_clause_subject(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"The Grenvik quay collapsed early on Sunday.\n\n"
		"Harbour master Tove Lindqvist: \"The quay will stay closed until the divers "
		"have finished their work.\"\n\n"
		"07:45 Rescue leader Ola Strand: \"We have found two more people alive under the "
		"roof of the fish hall.\"\n\n"
		"Grenvik striker Jonas Aune was still shaking his head long after the final "
		"whistle: \"We gave the match away in five minutes and we all know it.\"\n\n"
		"Councillor Marte Lie closed the meeting with a warning to both parties: "
		"\xe2\x80\x9c" "A harbour is not a piggy bank for the next election.\xe2\x80\x9d\n\n"
		"Velmara Shipping's chief engineer Rune Dahl: \"The cracks were in the drawings we "
		"sent the council in 2019.\"");
	check(&g, "The quay will stay closed", "Tove Lindqvist", ":", "Harbour master Tove Lindqvist",
	      ":");
	check(&g, "We have found two more", "Ola Strand", ":", "Rescue leader Ola Strand", ":");
	check(&g, "We gave the match away", "Jonas Aune", ":", "Grenvik striker Jonas Aune", ":");
	check(&g, "A harbour is not a piggy bank", "Marte Lie", ":", "Councillor Marte Lie", ":");
	check(&g, "The cracks were in the drawings", "Rune Dahl", ":",
	      "Velmara Shipping's chief engineer Rune Dahl", ":");
	release(&g);
}

/* `", adding that ...` after a quote: the participle's subject is the
   sentence's, never the clause that follows it. */
static void
test_participle_after_quote(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"Judge Helen Oyelaran told the firm its failings amounted to \"a wholesale failure "
		"of basic housekeeping\", adding that the company had ignored its own alarms.");
	check(&g, "a wholesale failure", "Helen Oyelaran", "told", "Judge Helen Oyelaran", "told");
	release(&g);
}

/* `," X, head of ... at Y, said`: after a comma the speaker's apposition
   may run a dozen words; a phrase after the verb ("said in a statement")
   names no speaker. */
static void
test_long_apposition_after_quote(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"\"We will not reopen the baths until the roof is safe,\" Anjali Mehta, head of "
		"property services at Castlebrook Borough Council, said in a statement.");
	check(&g, "We will not reopen", "Anjali Mehta", "said",
	      "Anjali Mehta, head of property services at Castlebrook Borough Council", "said");
	release(&g);
}

static void
test_colon_before_name(void **state)
{
	struct got g;

	(void)state;
	/* No person opens the clause: the person named right before the colon
	   speaks; a verb cue in the clause keeps its own reading, also when it
	   opens the sentence ("Added Lindqvist:"). */
	quotes_of(&g,
		"The last word of the evening went to Mayor Eirik Holt: \"Nobody "
		"goes back into that hall before the engineers say so.\"\n\n"
		"Tove Lindqvist told reporters on Monday: \"The divers will be back at first "
		"light tomorrow.\"\n\n"
		"Added Lindqvist: \"We will be back for every one of them.\"");
	check(&g, "Nobody goes back", "Eirik Holt", ":", "Mayor Eirik Holt", ":");
	check(&g, "The divers will be back", "Tove Lindqvist", "told", "Tove Lindqvist", "told");
	check(&g, "We will be back", "Tove Lindqvist", "added", "Lindqvist", "Added");
	release(&g);
}

static void
test_colon_not_a_speaker(void **state)
{
	struct got g;

	(void)state;
	/* A label, a place, an organisation, a subject that is no person, a
	   possessor, a pronoun: none is taken for the speaker. */
	quotes_of(&g,
		"BREAKING: \"Two ferries have collided outside the harbour of Vessby this "
		"morning.\"\n\n"
		"Grenvik: \"The water is still rising in the lower town and more people must "
		"leave.\"\n\n"
		"21:02 The ministry has just published its figures: \"A total of 412 homes were "
		"damaged by the storm.\"\n\n"
		"Marte Lie's lawyer was blunt outside the court: \"My client will appeal this "
		"ruling as soon as it is written.\"\n\n"
		"He did not hold back: \"I have never seen a council treat its harbour like "
		"this.\"");
	check(&g, "Two ferries have collided", NULL, NULL, NULL, NULL);
	check(&g, "The water is still rising", NULL, NULL, NULL, NULL);
	check(&g, "A total of 412 homes", NULL, NULL, NULL, NULL);
	check(&g, "My client will appeal", NULL, NULL, NULL, NULL);
	check(&g, "I have never seen a council", NULL, NULL, NULL, NULL);
	release(&g);
}

static void
test_title_and_postnominal(void **state)
{
	struct got g;

	(void)state;
	/* "the Rev" before a name apposed to a role, and a name with a
	   post-nominal ("KC") that a pronoun later stands for. */
	quotes_of(&g,
		"Speaking outside court, the vicar, the Rev Simon Achterberg, said: \"A church "
		"bell is not a car alarm.\"\n\n"
		"Martin Feeley KC, for the parish, had argued that the bells were older than the "
		"houses. \"A church bell is part of the fabric of the place,\" he told the court.");
	check(&g, "A church bell is not a car alarm", "Simon Achterberg", "said",
	      "the vicar, the Rev Simon Achterberg", "said");
	check(&g, "A church bell is part of the fabric", "Martin Feeley KC", "told", "he", "told");
	release(&g);
}

static void
test_role_apposed_name(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"The Grenvik cannery will close in March.\n\n"
		"\"Fish from Grenvik has gone to every market in Europe for a century,\" said "
		"Grenvik's mayor, Eirik Holt, who wants the state to find a buyer.\n\n"
		"\"We were told on Friday, by email, after forty years,\" said the union's shop "
		"steward, Hanne Viken.\n\n"
		"Asked about the closure, a company spokeswoman, Lene Brun, said: \"The decision "
		"was not taken lightly.\"\n\n"
		"\"We will lose some lines, but not the heart of this collection,\" said the seed "
		"bank's director, Dr Helena Marsk.");
	check(&g, "Fish from Grenvik", "Eirik Holt", "said",
	      "Grenvik's mayor, Eirik Holt, who wants the state to find a buyer", "said");
	check(&g, "We were told on Friday", "Hanne Viken", "said",
	      "the union's shop steward, Hanne Viken", "said");
	check(&g, "The decision was not", "Lene Brun", "said", "a company spokeswoman, Lene Brun",
	      "said");
	/* a title the name was stripped of, after the comma */
	check(&g, "We will lose some lines", "Helena Marsk", "said",
	      "the seed bank's director, Dr Helena Marsk", "said");
	release(&g);
}

static void
test_in_the_words_of(void **state)
{
	struct got g;
	const struct px_claim *q = NULL;

	(void)state;
	quotes_of(&g, "The court sent the harbour chief to prison for three years. In the words of "
		    "Judge Ruth Aasen, the council had \"run the harbour like a private club\".");
	check(&g, "run the harbour", "Ruth Aasen", "in the words of", "Judge Ruth Aasen",
	      "In the words of");
	q = quote_of(&g, "run the harbour");
	assert_int_equal(q->u.quote.partial, 1);
	release(&g);
}

/* "said VTU leader Hege Brattli": an organisation, a role and a name; the
 * person speaks, and the whole phrase is the source span. */
static void
test_org_role_name(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"Baggage handlers at Lyngby airport walked out on Tuesday.\n\n"
		"\"Our members have waited three years for a fair offer,\" said HTU leader Hege "
		"Brattli outside the terminal.\n\n"
		"\"We will keep every gate open,\" said Skyport spokeswoman Kari Lund.");
	check(&g, "Our members have waited", "Hege Brattli", "said", "HTU leader Hege Brattli", "said");
	check(&g, "We will keep every gate", "Kari Lund", "said", "Skyport spokeswoman Kari Lund",
	      "said");
	release(&g);
}

/* A lower-case description before the title and name, after the quote:
 * "regional road director Sigrun Hovda told reporters"; the name speaks
 * and the whole description is the source span. A description with a
 * determiner ("the regional road director said") is a description. */
static void
test_description_title_name_after(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"The Hallsund Bridge was closed on Thursday after cracks were found.\n\n"
		"\"Nobody will drive on that bridge until it is safe,\" regional road director "
		"Sigrun Hovda told reporters on Thursday evening.\n\n"
		"\"The cracks are not something you see every day,\" the regional road director "
		"said.");
	check(&g, "Nobody will drive", "Sigrun Hovda", "told", "regional road director Sigrun Hovda",
	      "told");
	check(&g, "The cracks are not", "the regional road director", "said",
	      "the regional road director", "said");
	release(&g);
}

/* The body the speaker serves may open the description: "Quondong
 * managing director Dianne Whitlock told reporters". */
static void
test_body_description_name_after(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"Eleven miners were trapped at the Bellbird Creek mine on Tuesday.\n\n"
		"\"We will not stop until every one of our people is brought home,\" Quondong "
		"managing director Dianne Whitlock told reporters at the mine gate.");
	check(&g, "We will not stop", "Dianne Whitlock", "told",
	      "Quondong managing director Dianne Whitlock", "told");
	release(&g);
	/* a partial quote in reported speech after a date adjunct: "had
	 * said on Tuesday the company would ..." */
	quotes_of(&g,
		"Eleven miners were trapped at the Bellbird Creek mine on Tuesday.\n\n"
		"Dianne Whitlock, who stayed at the mine overnight, had said on Tuesday the company "
		"would \"not stop until every one of our people is brought home\".");
	check(&g, "not stop until", "Dianne Whitlock", "said",
	      "Dianne Whitlock, who stayed at the mine overnight", "had said");
	release(&g);
}

/* A role ending in a prepositional phrase, then the name apposed to it:
 * "said the leader of the grazing district, Nils Anders Persen"; the name
 * speaks. */
static void
test_role_phrase_then_name(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"Reindeer herders won their case against the wind farm on Wednesday.\n\n"
		"\"A licence is not a licence to break the law,\" said the leader of the grazing "
		"district, Nils Anders Persen.");
	check(&g, "A licence is not a licence", "Nils Anders Persen", "said",
	      "the leader of the grazing district, Nils Anders Persen", "said");
	release(&g);
}

/* A title with a preposition inside, written before the name ("Leader of
 * Opposition Devendra Patidar said", "Minister of Finance Ana Ruiz
 * told"): the whole role belongs to the speaker. */
static void
test_title_with_of_before_name(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"Bus drivers across Madhyapur stayed off work on Tuesday.\n\n"
		"\"The government has money for advertisements, but not for the people who drive "
		"its buses,\" Leader of Opposition Devendra Patidar said while visiting a depot.\n\n"
		"\"Salaries will be paid this week,\" Minister of Finance Asha Rawat told reporters.");
	check(&g, "The government has money", "Devendra Patidar", "said",
	      "Leader of Opposition Devendra Patidar", "said");
	check(&g, "Salaries will be paid", "Asha Rawat", "told", "Minister of Finance Asha Rawat",
	      "told");
	release(&g);
}

/* A quote in single curly marks, British style, inside the reporter's
 * sentence, and a speaker told by a relative clause ("Governor Aissatou
 * Kanoute, who said on Wednesday that the ferry ..."); an apostrophe
 * inside or after a word ("the port’s", "workers’ union") ends nothing. */
static void
test_single_marks_and_who_said(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"The inquiry was ordered by Governor Aissatou Kanoute, who said on Wednesday that the "
		"ferry \xe2\x80\x98should never have left the quay\xe2\x80\x99 in such weather.\n\n"
		"The port\xe2\x80\x99s director, Cheikh Balde, said the workers\xe2\x80\x99 union "
		"had warned of overloading.");
	check(&g, "should never have left the quay", "Aissatou Kanoute", "said", "Governor Aissatou Kanoute",
	      "said");
	assert_int_equal(g.c->n > 0, 1);
	{
		size_t i = 0, quotes = 0;
		for (i = 0; i < g.c->n; i++)
			if (g.c->items[i].kind == PX_CLAIM_QUOTE)
				quotes++;
		assert_int_equal(quotes, 1);
	}
	release(&g);
}

/* Verbs of naming: the subject gives the quoted words as its own when
 * the verb's object stands between ("called the result \"...\"",
 * "described the shortlist as \"...\""), past a relative clause after the
 * name; no speaker when the quote follows the verb at once (a name: "a
 * village called \"...\""), after an auxiliary (passive) or "called for".
 * A naming verb's speaker is not lent to the paragraph's next quote. */
static void
test_naming_verbs(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"The novelist Miriam Thale, who won the prize in 2016, called the result \"a "
		"verdict reached in haste\" on Friday.\n\n"
		"The critic Jonah Pell described the shortlist as \"the weakest in a decade\". "
		"\"Nobody on the panel wanted this outcome,\" the statement read.\n\n"
		"Most of them live in a village called \"Little Haven\" on the coast.\n\n"
		"The plan was called \"reckless\" by several councillors.\n\n"
		"Mayor Ana Ruiz called for \"a full and open inquiry\" into the spill.");
	check(&g, "a verdict reached", "Miriam Thale", "called",
	      "The novelist Miriam Thale", "called");
	check(&g, "the weakest in", "Jonah Pell", "described", "The critic Jonah Pell", "described");
	check(&g, "Nobody on the panel", NULL, NULL, NULL, NULL);
	check(&g, "Little Haven", NULL, NULL, NULL, NULL);
	check(&g, "reckless", NULL, NULL, NULL, NULL);
	check(&g, "a full and open", NULL, NULL, NULL, NULL);
	release(&g);
}

/* Reported speech without marks after a verb of naming: "X called the
 * news a dark day for the town" tells what X said of it, the complement
 * from its "a" to the clause's end; "called for", "called on" and a
 * complement of fewer than three words are no such report. */
static void
test_called_a_complement(void **state)
{
	struct got g;
	const struct px_claim *r = NULL;

	(void)state;
	quotes_of(&g,
		"Council leader Anwen Pryce called the news a dark day for Dunmere and said she had "
		"asked the minister for a meeting.\n\n"
		"Mayor Ana Ruiz called for an inquiry into the spill on Tuesday.\n\n"
		"Union leader Mark Dell called it an insult to every nurse in the county.");
	r = claim_of(&g, PX_CLAIM_REPORTED, "a dark day");
	assert_non_null(r);
	assert_string_equal(r->u.quote.quote, "a dark day for Dunmere");
	assert_string_equal(r->u.quote.speaker, "Anwen Pryce");
	assert_string_equal(r->u.quote.cue, "called");
	assert_null(claim_of(&g, PX_CLAIM_REPORTED, "an inquiry"));
	r = claim_of(&g, PX_CLAIM_REPORTED, "an insult");
	assert_non_null(r);
	assert_string_equal(r->u.quote.speaker, "Mark Dell");
	release(&g);
}

/* British style: straight single marks are quotation marks when they
 * close right after the quote's own punctuation; the speaker must follow
 * the closing mark at once. Apostrophes ("the skippers' briefing",
 * "'Tis") open nothing, and a tweet quoted with a full stop and no cue
 * after it has no speaker, nor does the paragraph lend one. */
static void
test_straight_single_marks(void **state)
{
	struct got g;
	size_t i = 0, quotes = 0;

	(void)state;
	quotes_of(&g,
		"Gusts were well above the forecast given at the skippers' briefing.\n\n"
		"'The sea state was as bad as anything I have seen in thirty years,' said Captain "
		"Viktor Agren, master of the Orla Bright. 'It took us an hour to get them aboard.'\n\n"
		"'Tis the season for storms, the harbourmaster Lena Voss said on Monday.");
	check(&g, "The sea state was", "Viktor Agren", "said", "Captain Viktor Agren",
	      "said");
	check(&g, "It took us an hour", NULL, NULL, NULL, NULL);
	for (i = 0; i < g.c->n; i++)
		quotes += g.c->items[i].kind == PX_CLAIM_QUOTE;
	assert_int_equal(quotes, 2);
	release(&g);
}

/* British style with the speaker first: a straight single-quoted
 * quotation right after a named speaker's cue and a colon or comma takes
 * that speaker; after a pronoun's cue it takes none, as a straight quote
 * followed by a pronoun does. */
static void
test_straight_single_after_cue(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"Tobias Achterberg was banned for four years on Monday.\n\n"
		"In a post on Instagram, Achterberg wrote: 'I have never knowingly taken a banned "
		"substance. I will fight this at CAS.'\n\n"
		"Club chair Ilse Maran said, 'We will stand by him until the appeal is heard.'\n\n"
		"He said: 'Nobody at the club knew anything about it.'");
	check(&g, "I have never knowingly", "Tobias Achterberg", "wrote", "Achterberg", "wrote");
	check(&g, "We will stand by him", "Ilse Maran", "said", "Club chair Ilse Maran", "said");
	check(&g, "Nobody at the club", NULL, NULL, NULL, NULL);
	release(&g);
}

/* "He" opening a sentence is the sentence before's subject (the last
 * person named before its first comma, auxiliary or speech verb), not the
 * last person that sentence named. */
static void
test_pronoun_is_last_subject(void **state)
{
	struct got g;

	(void)state;
	quotes_of(&g,
		"Harbour director Piet Olsen, who led the talks in 2019, says Mayor Tove Brandt "
		"promised him a new quay. He told reporters: \"She gave me her word in front of "
		"the whole board.\"\n\n"
		"Port union leader Sigrun Hovda has called the deal a betrayal. She said: \"Our "
		"members were never asked about any of this.\"");
	check(&g, "She gave me her word", "Piet Olsen", "told", "He", "told");
	check(&g, "Our members were never", "Sigrun Hovda", "said", "She", "said");
	release(&g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_colon_clause_subject),
		cmocka_unit_test(test_colon_before_name),
		cmocka_unit_test(test_colon_not_a_speaker),
		cmocka_unit_test(test_role_apposed_name),
		cmocka_unit_test(test_title_and_postnominal),
		cmocka_unit_test(test_in_the_words_of),
		cmocka_unit_test(test_org_role_name),
		cmocka_unit_test(test_role_phrase_then_name),
		cmocka_unit_test(test_description_title_name_after),
		cmocka_unit_test(test_body_description_name_after),
		cmocka_unit_test(test_title_with_of_before_name),
		cmocka_unit_test(test_single_marks_and_who_said),
		cmocka_unit_test(test_naming_verbs),
		cmocka_unit_test(test_called_a_complement),
		cmocka_unit_test(test_pronoun_is_last_subject),
		cmocka_unit_test(test_straight_single_marks),
		cmocka_unit_test(test_straight_single_after_cue),
		cmocka_unit_test(test_participle_after_quote),
		cmocka_unit_test(test_long_apposition_after_quote),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
