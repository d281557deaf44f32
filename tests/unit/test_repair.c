/*
 * Unit tests of px_text_repair (src/lib/text/repair*.c): mojibake in every
 * supported charset, double encoding, mixed correct and broken text, the
 * "sloppy" variants (lost 0xA0, lost bytes, C1 controls, CESU-8), HTML
 * entities, stray controls, NFC, the edit log, idempotency, correct text
 * left byte-identical, and allocation failure at every allocation.
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

struct pair {
	const char *in;
	const char *want;
	const char *what;
};

/* Mojibake: each damaged text and the original it came from. The first
 * two columns were produced by encoding the original as UTF-8 and decoding
 * it with the charset named in the third (twice for "double"). */
static const struct pair mojibake[] = {
	{"T\xc4\x82\xc4\xbdrkiye", "T\xc3\xbcrkiye", "cp1250"},
	{"The minister said she doesn\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t expect a vote before Friday.", "The minister said she doesn\xe2\x80\x99t expect a vote before Friday.", "cp1252"},
	{"The caf\xc3\x83\xc2\xa9 on Harbour Street reopened.", "The caf\xc3\xa9 on Harbour Street reopened.", "cp1252"},
	{"\xd0\xa0\xd1\x9f\xd0\xa1\xd0\x82\xd0\xa0\xd1\x91\xd0\xa0\xd0\x86\xd0\xa0\xc2\xb5\xd0\xa1\xe2\x80\x9a \xd0\xa0\xd1\x91\xd0\xa0\xc2\xb7 \xd0\xa0\xd0\x8e\xd0\xa0\xc2\xb5\xd0\xa0\xd0\x86\xd0\xa0\xc2\xb5\xd0\xa1\xd0\x82\xd0\xa1\xd0\x83\xd0\xa0\xd1\x94\xd0\xa0\xc2\xb0, \xd0\xa1\xd0\x83\xd0\xa0\xd1\x95\xd0\xa0\xd1\x95\xd0\xa0\xc2\xb1\xd0\xa1\xe2\x80\xb0\xd0\xa0\xc2\xb0\xd0\xa0\xc2\xb5\xd0\xa1\xe2\x80\x9a \xd0\xa0\xc2\xb0\xd0\xa0\xd1\x96\xd0\xa0\xc2\xb5\xd0\xa0\xd0\x85\xd0\xa1\xe2\x80\x9a\xd0\xa1\xd0\x83\xd0\xa1\xe2\x80\x9a\xd0\xa0\xd0\x86\xd0\xa0\xd1\x95.", "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xb8\xd0\xb7 \xd0\xa1\xd0\xb5\xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd0\xba\xd0\xb0, \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb0\xd0\xb5\xd1\x82 \xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe.", "cp1251"},
	{"Der B\xc3\x83\xc2\xbcrgermeister sagte: \xc3\xa2\xe2\x82\xac\xc5\xbeWir sind bereit\xc3\xa2\xe2\x82\xac\xc5\x93.", "Der B\xc3\xbcrgermeister sagte: \xe2\x80\x9eWir sind bereit\xe2\x80\x9c.", "cp1252"},
	{"Die Stra\xe2\x88\x9a\xc3\xbc" "e war wei\xe2\x88\x9a\xc3\xbc.", "Die Stra\xc3\x9f" "e war wei\xc3\x9f.", "mac_roman"},
	{"\xe2\x94\x80\xc3\xae" "e\xe2\x94\xbc\xc3\xadtina a sloven\xe2\x94\x80\xc3\xacina", "\xc4\x8c" "e\xc5\xa1tina a sloven\xc4\x8dina", "cp437"},
	{"Prezydent \xc4\xb9\xc2\x81\xc4\x82\xc5\x82" "d\xc4\xb9\xc5\x9f odwiedzi\xc4\xb9\xe2\x80\x9a wczoraj", "Prezydent \xc5\x81\xc3\xb3" "d\xc5\xba odwiedzi\xc5\x82 wczoraj", "cp1250"},
	{"M\xc4\x82\xc4\x84m dost t\xc4\xb9\xc2\x99" "et\xc4\x82\xc2\xadho tis\xc4\x82\xc2\xad" "cilet\xc4\x82\xc2\xad", "M\xc3\xa1m dost t\xc5\x99" "et\xc3\xadho tis\xc3\xad" "cilet\xc3\xad", "iso8859_2"},
	{"\xce\x9e\xe2\x80\x94 \xce\x9e\xe2\x80\x98\xce\x9e\xce\x88\xce\x9e\xc2\xae\xce\x9e\xc2\xbd\xce\x9e\xc2\xb1 \xce\x9e\xc2\xb1\xce\x9e\xc2\xbd\xce\x9e\xc2\xb1\xce\x9e\xce\x8a\xce\x9e\xce\x8f\xce\x9e\xe2\x80\x95\xce\x9e\xc2\xbd\xce\x9f\xe2\x80\xb0\xce\x9f\xc6\x92\xce\x9e\xc2\xb5", "\xce\x97 \xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1 \xce\xb1\xce\xbd\xce\xb1\xce\xba\xce\xbf\xce\xaf\xce\xbd\xcf\x89\xcf\x83\xce\xb5", "cp1253"},
	{"\xc3\x85\xc2\xa0iaip \xc3\x84\xc3\x86" "domu, kaip \xc3\x84\xc3\x86sivaizduoji", "\xc5\xa0iaip \xc4\xaf" "domu, kaip \xc4\xafsivaizduoji", "cp1257"},
	{"\xc3\x84\xc2\xb0stanbul'da ya\xc3\x84\xc5\xb8mur ya\xc3\x84\xc5\xb8\xc3\x84\xc2\xb1yor", "\xc4\xb0stanbul'da ya\xc4\x9fmur ya\xc4\x9f\xc4\xb1yor", "cp1254"},
	{"The fund rose 5 \xc3\xa2\xe2\x80\x9a\xc2\xac \xc3\xa2\xe2\x82\xac\xe2\x80\x9d \xc3\xa2\xe2\x82\xac\xc5\x93" "a record\xc3\xa2\xe2\x82\xac\xc2\x9d \xc3\xa2\xe2\x82\xac\xe2\x80\x9d in 2023\xc3\xa2\xe2\x82\xac\xc2\xa6", "The fund rose 5 \xe2\x82\xac \xe2\x80\x94 \xe2\x80\x9c" "a record\xe2\x80\x9d \xe2\x80\x94 in 2023\xe2\x80\xa6", "cp1252"},
	{"\xc3\xa4\xc2\xb8\xc5\x93\xc3\xa4\xc2\xba\xc2\xac\xc3\xa7\xe2\x80\x9d\xc2\xb5\xc3\xa5\xc5\xa0\xe2\x80\xba\xc3\xa5\xe2\x80\xa6\xc2\xac\xc3\xa5\xc2\x8f\xc2\xb8", "\xe4\xb8\x9c\xe4\xba\xac\xe7\x94\xb5\xe5\x8a\x9b\xe5\x85\xac\xe5\x8f\xb8", "cp1252"},
	{"Emoji \xc3\xb0\xc5\xb8\xcb\x9c\xe2\x82\xac in a headline", "Emoji \xf0\x9f\x98\x80 in a headline", "cp1252"},
	{"Pel\xc3\x83\xc6\x92\xc3\x82\xc2\xa9 scored twice in S\xc3\x83\xc6\x92\xc3\x82\xc2\xa3o Tom\xc3\x83\xc6\x92\xc3\x82\xc2\xa9.", "Pel\xc3\xa9 scored twice in S\xc3\xa3o Tom\xc3\xa9.", "double"},
	{"l\xe2\x80\x99\xc3\x83\xc2\xa9t\xc3\x83\xc2\xa9 \xc3\xa0 Paris, dit Aur\xc3\xa9lie", "l\xe2\x80\x99\xc3\xa9t\xc3\xa9 \xc3\xa0 Paris, dit Aur\xc3\xa9lie", "mixed"},
	{"\xc3\x83 perturber la r\xc3\x83\xc2\xa9" "flexion jusqu'\xc3\x83 nos jours", "\xc3\xa0 perturber la r\xc3\xa9" "flexion jusqu'\xc3\xa0 nos jours", "a-grave"},
	{"It was named\xc3\x82 \xc3\xa2\xe2\x82\xac\xc5\xbescars\xc3\x82\xc2\xb4 stones\xc3\xa2\xe2\x82\xac\xc5\x9b after", "It was named\xc2\xa0\xe2\x80\x9escars\xc2\xb4 stones\xe2\x80\x9c after", "a0-restore"},
	{"\xc3\xa2\xe2\x82\xac\xc5\x93lossy decoding\xc3\xa2\xe2\x82\xac\xef\xbf\xbd", "\xe2\x80\x9clossy decoding\xef\xbf\xbd", "lossy"},
	{"\xc2\x84Handwerk bringt dich \xc3\xbc" "berall hin\xc2\x93: Von der", "\xe2\x80\x9eHandwerk bringt dich \xc3\xbc" "berall hin\xe2\x80\x9c: Von der", "c1"},
	{"Hi guys \xc3\xad\xc2\xa0\xc2\xbd\xc3\xad\xc2\xb8\xc2\x8d", "Hi guys \xf0\x9f\x98\x8d", "cesu"},
};

/* Correct text in many scripts and styles that must come out unchanged. */
static const char *const correct[] = {
	"M\xc3\xa4kel\xc3\xa4 and Wr\xc3\xb3" "bel met Aur\xc3\xa9lie in Tampere.",
	"\xce\x97 \xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1 \xce\xb1\xce\xbd\xce\xb1\xce\xba\xce\xbf\xce\xaf\xce\xbd\xcf\x89\xcf\x83\xce\xb5 \xce\xbd\xce\xad\xce\xb1 \xce\xbc\xce\xad\xcf\x84\xcf\x81\xce\xb1 \xce\xb3\xce\xb9\xce\xb1 \xcf\x84\xce\xb7 \xcf\x83\xcf\x84\xce\xad\xce\xb3\xce\xb1\xcf\x83\xce\xb7.",
	"\xd0\x9f\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe \xd0\xbe\xd0\xb1\xd1\x8a\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb\xd0\xbe \xd0\xbe \xd0\xbd\xd0\xbe\xd0\xb2\xd1\x8b\xd1\x85 \xd0\xbc\xd0\xb5\xd1\x80\xd0\xb0\xd1\x85 \xc2\xab\xd0\xbd\xd0\xb0 \xd1\x8d\xd1\x82\xd0\xbe\xd0\xb9 \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb5\xc2\xbb.",
	"\xe4\xb8\x9c\xe4\xba\xac\xe7\x94\xb5\xe5\x8a\x9b\xe5\x85\xac\xe5\x8f\xb8\xe5\x91\xa8\xe4\xba\x8c\xe8\xa1\xa8\xe7\xa4\xba\xef\xbc\x8c\xe5\xb0\x86\xe6\x8f\x90\xe9\xab\x98\xe7\x94\xb5\xe4\xbb\xb7\xe3\x80\x82",
	"Fans cheered \xf0\x9f\x8e\x89\xf0\x9f\x94\xa5 as the Harbour Lions won 3\xe2\x80\x93" "1.",
	"The formula is \xe2\x88\x91 x\xe1\xb5\xa2 \xe2\x89\xa4 \xe2\x88\x9an \xc2\xb1 \xce\xb5, so \xe2\x88\x86T \xe2\x89\x88 2 \xc2\xb0" "C and x \xe2\x89\xa0 y.",
	"\xe2\x80\x9cIt\xe2\x80\x99s over,\xe2\x80\x9d she said \xe2\x80\x94 and left\xe2\x80\xa6 \xe2\x80\x98quietly\xe2\x80\x99.",
	"\xc4\xb0stanbul\xe2\x80\x99" "da ya\xc4\x9fmur; \xc5\x81\xc3\xb3" "d\xc5\xba, P\xc5\x99\xc3\xadli\xc5\xa1 \xc5\xbelu\xc5\xa5ou\xc4\x8dk\xc3\xbd k\xc5\xaf\xc5\x88, Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t.",
	"Gru\xc3\x9f\xe2\x80\x9c und \xe2\x80\x9eStra\xc3\x9f" "e\xe2\x80\x9c in M\xc3\xbcnchen; na\xc3\xafve caf\xc3\xa9; 1\xc2\xba piso; N\xc2\xb0 5; 5 km\xc2\xb2; \xc2\xbd cup.",
	"\xc2\xab Bonjour \xc2\xbb a dit la ministre \xc3\xa0 l\xe2\x80\x99\xc3\x89lys\xc3\xa9" "e.",
	"Prices: \xc2\xa3" "5, \xe2\x82\xac" "7, \xc2\xa5" "300, $2 \xe2\x80\x94 \xc2\xa9" "2024 Ardent Wire, Brand\xe2\x84\xa2, Label\xc2\xae.",
	"C O N C L U S \xc3\x83 O and S\xc3\x83O PAULO and N\xc3\x83O.",
	"There are a lot of \xc3\x83\xe2\x80\x99s in this text about letters.",
	"A radius of 10 \xc3\x85\xe2\x80\x94 measured at 4288\xc3\x97\xe2\x80\xa6 points.",
	"NICIODAT\xc4\x82\xe2\x84\xa2 and TRANSFORMATORI\xc5\xb2\xe2\x84\xa2 are product names.",
	"Tab\x09separated\x09values stay.",
	"\xd7\xa2\xd7\x91\xd7\xa8\xd7\x99\xd7\xaa \xd7\x95\xd7\xa2\xd7\xa8\xd7\x91\xd7\x99\xd7\xaa: \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xd8\xa8\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x84\xd9\x85",
	"\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 \xed\x85\x8d\xec\x8a\xa4\xed\x8a\xb8\xec\x99\x80 \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88",
	"\xd0\x9a\xd1\x96\xd0\x91\xd1\x96\xd1\x82, \xd0\xa0\xd0\x9e\xd0\x97\xd0\x9c\xd0\x86\xd0\xa0\xd1\x83, \xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb4 \xd0\xa0\xd0\x9e\xd0\x97\xd0\x9c\xd0\x86\xd0\xa0\xd0\xbe\xd0\xbc.",
	"The pln\xc3\xa1\xc2\xa0\xe2\x80\x93 \xc4\x8d" "ek\xc3\xa1 se case and S\xc3\xa1 Carneiro.",
};

static const struct pair entities[] = {
	{"Profits &amp; losses", "Profits & losses", NULL},
	{"don&#8217;t", "don\xe2\x80\x99t", NULL},
	{"don&#x2019;t", "don\xe2\x80\x99t", NULL},
	{"caf&eacute; owner", "caf\xc3\xa9 owner", NULL},
	{"CAF&EACUTE;", "CAF\xc3\x89", NULL},
	{"V&SCARON;ICHNI", "V\xc5\xa0ICHNI", NULL},
	{"&amp;eacute;t&amp;eacute;", "\xc3\xa9t\xc3\xa9", NULL},
	{"&amp;amp;amp;", "&", NULL},
	{"a&#151;b", "a\xe2\x80\x94" "b", NULL},
	{"euro &#x80;", "euro \xe2\x82\xac", NULL},
	{"AT&T and R&D", "AT&T and R&D", NULL},
	{"&nosuchentity; stays", "&nosuchentity; stays", NULL},
	{"this is &not html", "this is &not html", NULL},
	{"&#xffffffff;", "\xef\xbf\xbd", NULL},
	{"x&#xffff;y", "xy", NULL},
	{"&#0;", "\xef\xbf\xbd", NULL},
	{"10&nbsp;km", "10\xc2\xa0km", NULL},
	{"&lt;b&gt;", "<b>", NULL},
};

static const struct pair controls[] = {
	{"a\x01" "b\x7f" "c", "abc", NULL},
	{"keep\x09tabs", "keep\x09tabs", NULL},
	{"\x1b[31mred\x1b[0m text", "red text", NULL},
	{"\xef\xbb\xbf" "Byline", "Byline", NULL},
	{"odd\xc2\x81" "byte", "oddbyte", NULL},
	{"tag\xf3\xa0\x81\x81s", "tags", NULL},
	{"\xf0\x9f\x8f\xb4\xf3\xa0\x81\xa7\xf3\xa0\x81\xa2\xf3\xa0\x81\xb3\xf3\xa0\x81\xa3\xf3\xa0\x81\xb4\xf3\xa0\x81\xbf flag", "\xf0\x9f\x8f\xb4\xf3\xa0\x81\xa7\xf3\xa0\x81\xa2\xf3\xa0\x81\xb3\xf3\xa0\x81\xa3\xf3\xa0\x81\xb4\xf3\xa0\x81\xbf flag", NULL},
	{"line\x0d\x0a" "end", "line\x0a" "end", NULL},
};

static char *
repair(const char *in, unsigned flags, struct px_edits *log)
{
	struct px_buf out = PX_BUF_INIT;
	char *r = NULL;

	assert_int_equal(px_text_repair(in, strlen(in), flags, &out, log), PX_OK);
	r = px_buf_detach(&out, NULL);
	return r ? r : px_strdup("");
}

static void
check_pairs(const struct pair *p, size_t n, unsigned flags)
{
	size_t i = 0;

	for (i = 0; i < n; i++) {
		char *got = repair(p[i].in, flags, NULL);
		if (strcmp(got, p[i].want) != 0)
			fail_msg("%s: \"%s\" gave \"%s\", want \"%s\"",
				 p[i].what ? p[i].what : "case", p[i].in, got, p[i].want);
		px_free(got);
	}
}

static void
test_mojibake_each_charset(void **state)
{
	(void)state;
	check_pairs(mojibake, sizeof mojibake / sizeof mojibake[0], PX_REPAIR_MOJIBAKE);
	/* The same through the whole repair. */
	check_pairs(mojibake, sizeof mojibake / sizeof mojibake[0], PX_REPAIR_ALL);
}

static void
test_seed_examples(void **state)
{
	static const struct pair seeds[] = {
		{"T\xc4\x82\xc4\xbdrkiye", "T\xc3\xbcrkiye", "windows-1250"},
		{"don\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t", "don\xe2\x80\x99t", "windows-1252"},
		{"caf\xc3\x83\xc2\xa9", "caf\xc3\xa9", "latin-1"},
		{"Ankara said T\xc4\x82\xc4\xbdrkiye would not take part.",
		 "Ankara said T\xc3\xbcrkiye would not take part.", "in a sentence"},
	};
	(void)state;
	check_pairs(seeds, sizeof seeds / sizeof seeds[0], PX_REPAIR_ALL);
}

static void
test_correct_text_untouched(void **state)
{
	size_t i = 0;

	(void)state;
	for (i = 0; i < sizeof correct / sizeof correct[0]; i++) {
		struct px_edits log = {0};
		char *got = repair(correct[i], PX_REPAIR_ALL, &log);
		if (strcmp(got, correct[i]) != 0)
			fail_msg("changed \"%s\" into \"%s\"", correct[i], got);
		if (log.n != 0)
			fail_msg("logged %zu edits on correct text \"%s\" (first: %s)",
				 log.n, correct[i], log.items[0].kind);
		px_free(got);
		px_edits_release(&log);
	}
}

static void
test_entities(void **state)
{
	(void)state;
	check_pairs(entities, sizeof entities / sizeof entities[0], PX_REPAIR_ALL);
}

static void
test_entities_then_mojibake(void **state)
{
	static const struct pair p[] = {
		/* an entity whose value completes a mojibake sequence */
		{"10\xc3\x8e&frac14;s", "10\xce\xbcs", "entity+mojibake"},
		{"caf&Atilde;&copy; society", "caf\xc3\xa9 society", "entity mojibake"},
	};
	(void)state;
	check_pairs(p, sizeof p / sizeof p[0], PX_REPAIR_ALL);
}

static void
test_controls(void **state)
{
	(void)state;
	check_pairs(controls, sizeof controls / sizeof controls[0], PX_REPAIR_ALL);
}

static void
test_nfc(void **state)
{
	struct px_edits log = {0};
	char *got = NULL;

	(void)state;
	/* e + combining acute, A + combining ring */
	got = repair("Caf" "e\xcc\x81 and A\xcc\x8a" "ngstr\xc3\xb6m", PX_REPAIR_ALL, &log);
	assert_string_equal(got, "Caf\xc3\xa9 and \xc3\x85ngstr\xc3\xb6m");
	assert_int_equal(log.n, 1);
	assert_string_equal(log.items[0].kind, "normalization");
	px_free(got);
	px_edits_release(&log);
	/* Hangul jamo compose into a syllable. */
	got = repair("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab", PX_REPAIR_NFC, NULL);
	assert_string_equal(got, "\xed\x95\x9c");
	px_free(got);
}

static void
test_flags_select_stages(void **state)
{
	char *got = NULL;

	(void)state;
	got = repair("caf\xc3\x83\xc2\xa9 &amp; bar\x01", PX_REPAIR_ENTITIES, NULL);
	assert_string_equal(got, "caf\xc3\x83\xc2\xa9 & bar\x01");
	px_free(got);
	got = repair("caf\xc3\x83\xc2\xa9 &amp; bar\x01", PX_REPAIR_MOJIBAKE, NULL);
	assert_string_equal(got, "caf\xc3\xa9 &amp; bar\x01");
	px_free(got);
	got = repair("caf\xc3\x83\xc2\xa9 &amp; bar\x01", PX_REPAIR_CONTROLS, NULL);
	assert_string_equal(got, "caf\xc3\x83\xc2\xa9 &amp; bar");
	px_free(got);
	got = repair("caf\xc3\x83\xc2\xa9 &amp; bar\x01", 0, NULL);
	assert_string_equal(got, "caf\xc3\x83\xc2\xa9 &amp; bar\x01");
	px_free(got);
}

static void
test_edit_log(void **state)
{
	struct px_edits log = {0};
	char *got = NULL;

	(void)state;
	got = repair("She doesn\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t know &amp; won\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t say.",
		     PX_REPAIR_ALL, &log);
	assert_string_equal(got, "She doesn\xe2\x80\x99t know & won\xe2\x80\x99t say.");
	assert_int_equal(log.n, 3);
	assert_string_equal(log.items[0].kind, "entity");
	assert_string_equal(log.items[0].before, "&amp;");
	assert_string_equal(log.items[0].after, "&");
	assert_string_equal(log.items[1].kind, "mojibake");
	assert_string_equal(log.items[1].before, "\xc3\xa2\xe2\x82\xac\xe2\x84\xa2");
	assert_string_equal(log.items[1].after, "\xe2\x80\x99");
	px_free(got);
	px_edits_release(&log);
	/* Three layers of damage are one edit from the damaged run to the fix. */
	got = repair("The Mona Lisa doesn\xc3\x83\xc6\x92\xc3\x82\xc2\xa2\xc3\x83\xc2\xa2\xc3\xa2\xe2\x82\xac\xc5\xa1\xc3\x82\xc2\xac\xc3\x83\xc2\xa2\xc3\xa2\xe2\x82\xac\xc5\xbe\xc3\x82\xc2\xa2t have eyebrows.",
		     PX_REPAIR_ALL, &log);
	assert_string_equal(got, "The Mona Lisa doesn\xe2\x80\x99t have eyebrows.");
	assert_int_equal(log.n, 1);
	assert_string_equal(log.items[0].after, "\xe2\x80\x99");
	px_free(got);
	px_edits_release(&log);
	/* A removed control is logged with what was removed. */
	got = repair("odd\x07text", PX_REPAIR_ALL, &log);
	assert_string_equal(got, "oddtext");
	assert_int_equal(log.n, 1);
	assert_string_equal(log.items[0].kind, "control");
	assert_string_equal(log.items[0].before, "\x07");
	px_free(got);
	px_edits_release(&log);
}

static void
test_idempotent(void **state)
{
	size_t i = 0;

	(void)state;
	for (i = 0; i < sizeof mojibake / sizeof mojibake[0]; i++) {
		char *once = repair(mojibake[i].in, PX_REPAIR_ALL, NULL);
		char *twice = repair(once, PX_REPAIR_ALL, NULL);
		assert_string_equal(once, twice);
		px_free(once);
		px_free(twice);
	}
}

static void
test_multiline_and_fast_path(void **state)
{
	struct px_buf big = PX_BUF_INIT;
	struct px_edits log = {0};
	char *got = NULL;
	int i = 0;

	(void)state;
	/* Lines are repaired independently; clean lines stay as they are. */
	got = repair("First line is fine.\ncaf\xc3\x83\xc2\xa9 on line two\n\nLast \xe2\x80\x94 fine.\n",
		     PX_REPAIR_ALL, &log);
	assert_string_equal(got, "First line is fine.\ncaf\xc3\xa9 on line two\n\nLast \xe2\x80\x94 fine.\n");
	assert_int_equal(log.n, 1);
	px_free(got);
	px_edits_release(&log);
	/* A long single line (cut into segments) with damage at both ends. */
	px_buf_puts(&big, "caf\xc3\x83\xc2\xa9 ");
	for (i = 0; i < 20000; i++)
		px_buf_puts(&big, "word ");
	px_buf_puts(&big, "don\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t");
	got = repair(big.data, PX_REPAIR_ALL, &log);
	assert_int_equal(strncmp(got, "caf\xc3\xa9 word", 10), 0);
	assert_string_equal(got + strlen(got) - 5, "n\xe2\x80\x99t");
	assert_int_equal(log.n, 2);
	px_free(got);
	px_edits_release(&log);
	px_buf_release(&big);
	/* Empty input. */
	got = repair("", PX_REPAIR_ALL, NULL);
	assert_string_equal(got, "");
	px_free(got);
}

static void
test_invalid_utf8_input(void **state)
{
	struct px_edits log = {0};
	char *got = NULL;

	(void)state;
	got = repair("bad \xff byte and \xc3 cut", PX_REPAIR_ALL, &log);
	assert_string_equal(got, "bad \xef\xbf\xbd byte and \xef\xbf\xbd cut");
	assert_true(log.n >= 1);
	assert_string_equal(log.items[0].kind, "encoding");
	px_free(got);
	px_edits_release(&log);
}


static void
test_allocation_failure(void **state)
{
	struct px_allocator a = {failing_alloc, failing_realloc, plain_free, NULL};
	const char *in = "caf\xc3\x83\xc2\xa9 &amp; \xc3\xa2\xe2\x82\xac\xc5\x93quoted\xc3\xa2\xe2\x82\xac\xc2\x9d e\xcc\x81\x01";
	long n = 0;
	int completed = 0;

	(void)state;
	px_set_allocator(&a);
	for (n = 1; n < 400 && !completed; n++) {
		struct px_buf out = PX_BUF_INIT;
		struct px_edits log = {0};
		px_status st = PX_OK;
		fail_at = n;
		alloc_count = 0;
		st = px_text_repair(in, strlen(in), PX_REPAIR_ALL, &out, &log);
		if (st == PX_OK && out.failed == PX_OK && alloc_count < n)
			completed = 1;
		else
			assert_true(st == PX_ENOMEM || st == PX_OK);
		px_buf_release(&out);
		px_edits_release(&log);
	}
	px_set_allocator(NULL);
	assert_true(completed);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_examples),
		cmocka_unit_test(test_mojibake_each_charset),
		cmocka_unit_test(test_correct_text_untouched),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_entities_then_mojibake),
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_flags_select_stages),
		cmocka_unit_test(test_edit_log),
		cmocka_unit_test(test_idempotent),
		cmocka_unit_test(test_multiline_and_fast_path),
		cmocka_unit_test(test_invalid_utf8_input),
		cmocka_unit_test(test_allocation_failure),
	};
	return cmocka_run_group_tests_name("repair", tests, NULL, NULL);
}
