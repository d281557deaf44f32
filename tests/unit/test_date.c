/*
 * Unit tests of px_date_parse: ISO 8601 with and without time and offset,
 * RFC 2822, news styles, conversion to UTC across day and year boundaries,
 * and rejection of impossible or partial dates.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"

typedef px_status (*date_fn)(const char *, size_t, char **, int64_t *);

/* Read s with fn and compare with want (NULL: must be rejected). */
static void
expect(date_fn fn, const char *s, const char *want)
{
	char *out = NULL;
	int64_t t = 0;
	px_status st = fn(s, strlen(s), &out, &t);

	if (want == NULL) {
		if (st != PX_EFORMAT)
			fail_msg("'%s' parsed as '%s', expected rejection", s,
				 out ? out : "(null)");
		assert_null(out);
		return;
	}
	if (st != PX_OK)
		fail_msg("'%s' rejected (%s), expected '%s'", s, px_strerror(st), want);
	assert_string_equal(out, want);
	px_free(out);
}

/* Parse s as one date. */
static void
check(const char *s, const char *want)
{
	expect(px_date_parse, s, want);
}

/* Find the date in a scraped header line. */
static void
find(const char *s, const char *want)
{
	expect(px_date_find, s, want);
}

static void
test_iso(void **state)
{
	(void)state;
	check("2023-11-14", "2023-11-14");
	check("  2023-11-14\n", "2023-11-14");
	check("2023-11-14T09:30:00Z", "2023-11-14T09:30:00Z");
	check("2023-11-14T09:30Z", "2023-11-14T09:30:00Z");
	check("2023-11-14T09:30:00.123456Z", "2023-11-14T09:30:00Z");
	check("2023-11-14T09:30:00+02:00", "2023-11-14T07:30:00Z");
	check("2023-11-14T09:30:00-0500", "2023-11-14T14:30:00Z");
	check("2023-11-14T09:30:00+05", "2023-11-14T04:30:00Z");
	check("2023-11-14 23:30:00-02:00", "2023-11-15T01:30:00Z");
	check("2024-01-01T01:00:00+03:00", "2023-12-31T22:00:00Z");
	check("2023-12-31T23:30:00-01:00", "2024-01-01T00:30:00Z");
	/* A time without a zone cannot be converted to UTC: the date stays. */
	check("2023-11-14T09:30:00", "2023-11-14");
	check("2023-11-14 09:30", "2023-11-14");
}

static void
test_rfc2822(void **state)
{
	(void)state;
	check("Tue, 14 Nov 2023 09:30:00 GMT", "2023-11-14T09:30:00Z");
	check("Tue, 14 Nov 2023 09:30:00 +0000", "2023-11-14T09:30:00Z");
	check("Tue, 14 Nov 2023 21:15:00 -0500", "2023-11-15T02:15:00Z");
	check("14 Nov 2023 09:30 EST", "2023-11-14T14:30:00Z");
	check("Wed, 1 Mar 2023 08:00:00 PDT", "2023-03-01T15:00:00Z");
	check("Tue, 14 Nov 23 09:30:00 GMT", "2023-11-14T09:30:00Z");
	check("Tue, 14 Nov 2023 09:30:00 +0000 (UTC)", "2023-11-14T09:30:00Z");
	check("Thu, 29 Feb 2024 12:00:00 UT", "2024-02-29T12:00:00Z");
}

static void
test_news_styles(void **state)
{
	(void)state;
	check("Nov. 14, 2023", "2023-11-14");
	check("Nov 14, 2023", "2023-11-14");
	check("November 14, 2023", "2023-11-14");
	check("november 14 2023", "2023-11-14");
	check("Sept. 3, 2022", "2022-09-03");
	check("14 November 2023", "2023-11-14");
	check("14 Nov. 2023", "2023-11-14");
	check("3rd March 2021", "2021-03-03");
	check("March 3rd, 2021", "2021-03-03");
	check("Tuesday, November 14, 2023", "2023-11-14");
	check("Tuesday 14 November 2023", "2023-11-14");
	check("2023/11/14", "2023-11-14");
	check("2023/1/5", "2023-01-05");
	check("2023.11.14", "2023-11-14");
	check("14-Nov-2023", "2023-11-14");
	check("November 14, 2023 at 3:45 p.m. GMT", "2023-11-14T15:45:00Z");
	check("Nov. 14, 2023 9:30 AM EST", "2023-11-14T14:30:00Z");
	check("Nov. 14, 2023 12:05 am UTC", "2023-11-14T00:05:00Z");
	/* "ET" does not say whether daylight time applies: date only. */
	check("November 14, 2023 3:45 p.m. ET", "2023-11-14");
	check("Nov. 14, 2023 | 10:00", "2023-11-14");
}

/* Day-first numeric dates and a dotted time with am or pm, as European,
 * Indian and Australian sites print them. */
static void
test_day_first(void **state)
{
	(void)state;
	check("22.05.2025", "2025-05-22");
	check("22.05.2025 - 14:30 CET", "2025-05-22T13:30:00Z");
	check("15-07-2025 19:40 IST", "2025-07-15T14:10:00Z");
	check("27.02.2025 | 16:05", "2025-02-27");
	check("Tuesday 11 March 2025, 9.34pm AEST", "2025-03-11T11:34:00Z");
	check("March 12, 2025 - 11.05am", "2025-03-12");
	check("15.09.2025. 09:47", "2025-09-15");
	check("15/09/2025 06:30", "2025-09-15");
	check("09/15/2025", "2025-09-15");
	/* both could be the month: the site's order is unknown */
	check("04/09/2025", NULL);
	check("31.02.2025", NULL);
	check("22.05.25", NULL);
	/* a dot before the minutes needs am or pm: "9.34" alone is a number */
	check("March 12, 2025 9.34", NULL);
}

/* Date lines of outlets abroad above English text: full month and weekday
 * names of other languages, the day first. */
static void
test_other_languages(void **state)
{
	(void)state;
	check("Mercredi 18 septembre 2024", "2024-09-18");
	check("Fredag 11. oktober 2024", "2024-10-11");
	check("Mittwoch, 5. März 2025, 14:30 CET", "2025-03-05T13:30:00Z");
	check("miércoles, 5 de marzo de 2025", "2025-03-05");
	check("quarta-feira, 5 de março de 2025", "2025-03-05");
	check("1er août 2024", "2024-08-01");
	check("giovedì 12 giugno 2025", "2025-06-12");
	check("woensdag 18 september 2024", "2024-09-18");
	check("lördag 3 maj 2025", "2025-05-03");
	check("3 mei 2025", "2025-05-03");
	check("12 décembre 2023", "2023-12-12");
	/* only full names: "ago" is no month, nor a name cut short */
	check("3 ago 2024", NULL);
	check("3 sept. 2024", "2024-09-03");
	check("3 septem 2024", NULL);
	check("2er août 2024", NULL);
	check("Mercredi 31 septembre 2024", NULL);
	find("Accueil | Mercredi 18 septembre 2024", "2024-09-18");
}

static void
test_find_in_line(void **state)
{
	(void)state;
	find("Posted Wed 12 Mar 2025 at 10:40am", "2025-03-12");
	find("MineTrade Daily | Operations | 12 March 2025", "2025-03-12");
	find("By Priya Menon | Deccan Dispatch | 15 July 2025, 23:10 IST", "2025-07-15T17:40:00Z");
	find("NewsNow Live Desk | Last updated: 15-07-2025 19:40 IST", "2025-07-15T14:10:00Z");
	find("Kesarganj | Tuesday, 15 July 2025", "2025-07-15");
	find("Published 22.05.2025 - 14:30 CET", "2025-05-22T13:30:00Z");
	find("The toll rose to 15 on Wednesday", NULL);
	find("Rescue crews have worked since 2025", NULL);
	find("", NULL);
}

static void
test_invalid(void **state)
{
	(void)state;
	check("2023-02-30", NULL);
	check("2023-02-29", NULL);
	check("2023-13-01", NULL);
	check("2023-00-10", NULL);
	check("2023-11-31", NULL);
	check("February 30, 2024", NULL);
	check("31 April 2023", NULL);
	check("2023-11-14T25:00:00Z", NULL);
	check("2023-11-14T10:61:00Z", NULL);
	check("Tue, 14 Nov 2023 13:00 pm GMT", NULL);
	check("", NULL);
	check("   ", NULL);
	check("yesterday", NULL);
	check("Mayday 4, 2023", NULL);
	check("14 November", NULL);
	check("November 2023", NULL);
	check("2023", NULL);
	check("2023-11-14 and then some", NULL);
	check("2023-11-14T09:30:00 XYZ", NULL);
	check("20231114", NULL);
	check("2023-11-145", NULL);
	check("0999-01-01", NULL);
}

static void
test_epoch_seconds(void **state)
{
	char *out = NULL;
	int64_t t = 0;

	(void)state;
	assert_int_equal(px_date_parse("1970-01-01", 10, &out, &t), PX_OK);
	assert_int_equal(t, 0);
	px_free(out);
	assert_int_equal(px_date_parse("2023-11-14T09:30:00Z", 20, &out, &t), PX_OK);
	assert_int_equal(t, 1699954200);
	px_free(out);
	assert_int_equal(px_date_parse("2000-03-01", 10, &out, &t), PX_OK);
	assert_int_equal(t, 951868800);
	px_free(out);
	/* The length is honoured: no NUL terminator is needed. */
	assert_int_equal(px_date_parse("2023-11-14XYZ", 10, &out, &t), PX_OK);
	assert_string_equal(out, "2023-11-14");
	px_free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iso),
		cmocka_unit_test(test_rfc2822),
		cmocka_unit_test(test_news_styles),
		cmocka_unit_test(test_day_first),
		cmocka_unit_test(test_other_languages),
		cmocka_unit_test(test_find_in_line),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_epoch_seconds),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
