/*
 * Unit tests of px_text_decode and px_text_is_binary (src/lib/text/
 * decode.c): BOMs, declared charsets (tables and iconv), labels the bytes
 * contradict, detection, invalid sequences, newline normalisation, binary
 * detection.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"

static char *
decode(const char *in, size_t len, const char *cs, struct px_edits *log)
{
	struct px_buf out = PX_BUF_INIT;
	char *r = NULL;

	assert_int_equal(px_text_decode(in, len, cs, &out, log), PX_OK);
	assert_true(px_utf8_valid(out.data ? out.data : "", out.len));
	r = px_buf_detach(&out, NULL);
	return r ? r : px_strdup("");
}

static void
test_boms(void **state)
{
	char *got = NULL;

	(void)state;
	got = decode("\xef\xbb\xbf" "caf\xc3\xa9", 8, NULL, NULL);
	assert_string_equal(got, "caf\xc3\xa9");
	px_free(got);
	/* UTF-16LE "Hé\r\n!" and UTF-16BE "Hé" */
	got = decode("\xff\xfeH\x00\xe9\x00\r\x00\n\x00!\x00", 12, NULL, NULL);
	assert_string_equal(got, "H\xc3\xa9\n!");
	px_free(got);
	got = decode("\xfe\xff\x00H\x00\xe9", 6, NULL, NULL);
	assert_string_equal(got, "H\xc3\xa9");
	px_free(got);
	/* an unpaired surrogate becomes U+FFFD */
	got = decode("\xff\xfe\x00\xd8x\x00", 6, NULL, NULL);
	assert_string_equal(got, "\xef\xbf\xbdx");
	px_free(got);
}

static void
test_declared_charsets(void **state)
{
	static const struct {
		const char *cs, *in, *want;
	} c[] = {
		{"windows-1252", "\x93" "Caf\xe9\x94 \x80" "5", "\xe2\x80\x9c" "Caf\xc3\xa9\xe2\x80\x9d \xe2\x82\xac" "5"},
		{"ISO-8859-1", "na\xefve", "na\xc3\xafve"},
		{"windows-1250", "\xa3\xf3" "d\x9f", "\xc5\x81\xc3\xb3" "d\xc5\xba"},
		{"iso-8859-2", "\xa3\xf3" "d\xbc", "\xc5\x81\xc3\xb3" "d\xc5\xba"},
		{"windows-1251", "\xcf\xf0\xe8\xe2\xe5\xf2", "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"},
		{"koi8-r", "\xf0\xd2\xc9\xd7\xc5\xd4", "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"},
		{"macintosh", "Stra\xa7" "e", "Stra\xc3\x9f" "e"},
		{"Shift_JIS", "\x93\xfa\x96\x7b", "\xe6\x97\xa5\xe6\x9c\xac"},
		{"utf-8", "caf\xc3\xa9", "caf\xc3\xa9"},
	};
	size_t i = 0;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		char *got = decode(c[i].in, strlen(c[i].in), c[i].cs, NULL);
		if (strcmp(got, c[i].want) != 0)
			fail_msg("%s: got \"%s\", want \"%s\"", c[i].cs, got, c[i].want);
		px_free(got);
	}
}

static void
test_label_contradicted(void **state)
{
	struct px_edits log = {0};
	char *got = NULL;

	(void)state;
	/* Valid UTF-8 labelled windows-1252 is UTF-8 (no mojibake made). */
	got = decode("caf\xc3\xa9", 5, "windows-1252", &log);
	assert_string_equal(got, "caf\xc3\xa9");
	assert_int_equal(log.n, 1);
	assert_string_equal(log.items[0].kind, "encoding");
	px_free(got);
	px_edits_release(&log);
	/* An unknown label falls back to detection. */
	got = decode("caf\xe9", 4, "x-no-such-charset", NULL);
	assert_string_equal(got, "caf\xc3\xa9");
	px_free(got);
}

static void
test_undeclared(void **state)
{
	struct px_edits log = {0};
	struct px_buf ru = PX_BUF_INIT;
	char *got = NULL;
	int i = 0;

	(void)state;
	/* Valid UTF-8 stays; no edit. */
	got = decode("\xe2\x80\x9cQuote\xe2\x80\x9d", 11, NULL, &log);
	assert_string_equal(got, "\xe2\x80\x9cQuote\xe2\x80\x9d");
	assert_int_equal(log.n, 0);
	px_free(got);
	/* Short invalid text: windows-1252. */
	got = decode("The caf\xe9 \x96 open", 16, NULL, &log);
	assert_string_equal(got, "The caf\xc3\xa9 \xe2\x80\x93 open");
	assert_int_equal(log.n, 1);
	px_free(got);
	px_edits_release(&log);
	/* Mostly UTF-8 with one bad byte: the bad byte becomes U+FFFD. */
	got = decode("\xc3\xa9t\xc3\xa9 \xc3\xa0 \xc3\xa9t\xc3\xa9 \xc3\xa0 \xff end",
		     strlen("\xc3\xa9t\xc3\xa9 \xc3\xa0 \xc3\xa9t\xc3\xa9 \xc3\xa0 \xff end"), NULL, &log);
	assert_string_equal(got, "\xc3\xa9t\xc3\xa9 \xc3\xa0 \xc3\xa9t\xc3\xa9 \xc3\xa0 \xef\xbf\xbd end");
	assert_int_equal(log.n, 1);
	assert_string_equal(log.items[0].kind, "encoding");
	px_free(got);
	px_edits_release(&log);
	/* A long windows-1251 text is detected as such. */
	for (i = 0; i < 8; i++)
		px_buf_puts(&ru, "\xcf\xf0\xe0\xe2\xe8\xf2\xe5\xeb\xfc\xf1\xf2\xe2\xee "
				 "\xee\xe1\xfa\xff\xe2\xe8\xeb\xee \xee \xed\xee\xe2\xfb\xf5 "
				 "\xec\xe5\xf0\xe0\xf5 \xed\xe0 \xfd\xf2\xee\xe9 \xed\xe5\xe4\xe5\xeb\xe5. ");
	got = decode(ru.data, ru.len, NULL, NULL);
	assert_int_equal(strncmp(got, "\xd0\x9f\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82", 12), 0);
	px_free(got);
	px_buf_release(&ru);
}

static void
test_newlines(void **state)
{
	char *got = NULL;

	(void)state;
	got = decode("a\r\nb\rc\n\r\nd", 10, NULL, NULL);
	assert_string_equal(got, "a\nb\nc\n\nd");
	px_free(got);
	got = decode("caf\xe9\r\nx\r", 8, "windows-1252", NULL);
	assert_string_equal(got, "caf\xc3\xa9\nx\n");
	px_free(got);
	got = decode("", 0, NULL, NULL);
	assert_string_equal(got, "");
	px_free(got);
}

static void
test_binary(void **state)
{
	char bin[512];
	size_t i = 0;

	(void)state;
	assert_false(px_text_is_binary("Plain news text.\n", 17));
	assert_false(px_text_is_binary("caf\xc3\xa9 \xe2\x80\x94 ok", 12));
	assert_false(px_text_is_binary("caf\xe9 na\xefve", 10));
	assert_false(px_text_is_binary("\xff\xfeH\x00i\x00", 6));
	assert_true(px_text_is_binary("PK\x03\x04\x00\x00zip", 9));
	for (i = 0; i < sizeof bin; i++)
		bin[i] = (char)(1 + (i * 37) % 31); /* C0 controls, no NUL */
	assert_true(px_text_is_binary(bin, sizeof bin));
	assert_false(px_text_is_binary("", 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_boms),
		cmocka_unit_test(test_declared_charsets),
		cmocka_unit_test(test_label_contradicted),
		cmocka_unit_test(test_undeclared),
		cmocka_unit_test(test_newlines),
		cmocka_unit_test(test_binary),
	};
	return cmocka_run_group_tests_name("decode", tests, NULL, NULL);
}
