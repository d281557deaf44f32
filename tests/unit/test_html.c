/*
 * Unit tests of the HTML extractor (src/lib/ingest/html*.c) on small pages
 * of fictional outlets: boilerplate and captions dropped, headings kept,
 * each date source, the copyright-year and future-date traps, charsets,
 * the title without the site name, malformed markup, deep nesting, limits.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#include "../../src/lib/ingest/html_internal.h"

/* 2021-06-01T00:00:00Z: the crawl time of the date tests. */
#define CRAWL_2021 ((int64_t)1622505600)

static const char *const BODY_P =
	"<p>Crews from the Northvale water authority worked through the night "
	"to shore up the levee along the Tamsin River, officials said on "
	"Tuesday, after two days of heavy rain.</p>"
	"<p>The river crested at 6.1 metres shortly before dawn, about half a "
	"metre below the record set in 1998, according to the authority's "
	"chief engineer, Mara Obel.</p>"
	"<p>Residents of three low-lying streets were asked to leave their "
	"homes as a precaution, and a shelter opened at the Eastgate school "
	"gymnasium.</p>";

static struct px_article *
extract(const char *html, const char *url)
{
	struct px_article *a = NULL;
	px_status st = px__html_extract_at(html, strlen(html), NULL, url,
					   CRAWL_2021, &a, NULL);
	assert_int_equal(st, PX_OK);
	assert_non_null(a);
	return a;
}

static char *
page(const char *head, const char *body)
{
	size_t n = strlen(head) + strlen(body) + 128;
	char *s = malloc(n);
	snprintf(s, n, "<!DOCTYPE html><html lang=\"en-GB\"><head>%s</head>"
		 "<body>%s</body></html>", head, body);
	return s;
}

static int
removed_kind(const struct px_article *a, const char *kind, const char *text)
{
	size_t i = 0;

	for (i = 0; i < a->n_removed; i++)
		if (strcmp(a->removed[i].kind, kind) == 0 &&
		    strstr(a->removed[i].text, text) != NULL)
			return 1;
	return 0;
}

static void
test_boilerplate_dropped(void **state)
{
	char body[8192];
	char *html = NULL;
	struct px_article *a = NULL;

	(void)state;
	snprintf(body, sizeof body,
		 "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a></li></ul></nav>"
		 "<div class=\"cookie-banner\">We use cookies to improve your visit.</div>"
		 "<article><h1>Levee holds as Tamsin River crests</h1>"
		 "<div class=\"article-body\">"
		 "<div class=\"share-tools\"><a href=\"#\">Share on Bluesky</a> <a href=\"#\">Email this story</a></div>%s"
		 "<div class=\"related-stories\"><h3>More on the floods</h3><ul>"
		 "<li><a href=\"/a\">Storm season arrives early in the valley</a></li>"
		 "<li><a href=\"/b\">How levees are built, explained</a></li></ul></div>"
		 "</div></article>"
		 "<section id=\"comments\"><p>Reader42: This happens every single year and nobody in charge ever learns.</p></section>"
		 "<footer><p>The Harbor Ledger, 12 Quay Street, Northvale.</p></footer>"
		 "<script>var tracking = 'Levee';</script>",
		 BODY_P);
	html = page("<title>Levee holds | The Harbor Ledger</title>", body);
	a = extract(html, NULL);
	assert_non_null(strstr(a->text, "Crews from the Northvale water authority"));
	assert_non_null(strstr(a->text, "gymnasium."));
	assert_null(strstr(a->text, "Home"));
	assert_null(strstr(a->text, "cookies"));
	assert_null(strstr(a->text, "Share on"));
	assert_null(strstr(a->text, "Storm season"));
	assert_null(strstr(a->text, "More on the floods"));
	assert_null(strstr(a->text, "Reader42"));
	assert_null(strstr(a->text, "Quay Street"));
	assert_null(strstr(a->text, "tracking"));
	/* Paragraphs are separated by one blank line. */
	assert_non_null(strstr(a->text, "heavy rain.\n\nThe river crested"));
	assert_true(removed_kind(a, "share", "Share on Bluesky"));
	assert_true(removed_kind(a, "related", "Storm season"));
	px_article_free(a);
	free(html);
}

static void
test_closing_prompts(void **state)
{
	char body[8192];
	char *html = NULL;
	struct px_article *a = NULL;

	(void)state;
	snprintf(body, sizeof body,
		 "<div class=\"story-body\">%s"
		 "<p>The mayor thanked the crews in a short statement she posted on Twitter.</p>"
		 "<p>Follow the Harbor Ledger on Twitter and Instagram for flood updates.</p>"
		 "<p>Copyright 2021 Harbor Ledger Media. All rights reserved.</p></div>",
		 BODY_P);
	html = page("", body);
	a = extract(html, NULL);
	/* A real closing sentence that mentions Twitter stays. */
	assert_non_null(strstr(a->text, "she posted on Twitter."));
	assert_null(strstr(a->text, "Follow the Harbor Ledger"));
	assert_null(strstr(a->text, "All rights reserved"));
	assert_true(removed_kind(a, "signup", "Follow the Harbor Ledger"));
	px_article_free(a);
	free(html);
}

static void
test_captions_dropped(void **state)
{
	char body[8192];
	char *html = NULL;
	struct px_article *a = NULL;

	(void)state;
	snprintf(body, sizeof body,
		 "<article itemprop=\"articleBody\">"
		 "<figure><img src=\"levee.jpg\"><figcaption>Volunteers stack sandbags on Mill Road. "
		 "<span class=\"credit\">Photo: Ines Varga / Harbor Ledger</span></figcaption></figure>"
		 "%s<p class=\"wp-caption-text\">A pump truck idles near the school.</p></article>",
		 BODY_P);
	html = page("", body);
	a = extract(html, NULL);
	assert_null(strstr(a->text, "sandbags"));
	assert_null(strstr(a->text, "Ines Varga"));
	assert_null(strstr(a->text, "pump truck"));
	assert_non_null(strstr(a->text, "The river crested"));
	assert_true(removed_kind(a, "caption", "sandbags"));
	px_article_free(a);
	free(html);
}

static void
test_headings_and_lists_kept(void **state)
{
	char body[8192];
	char *html = NULL;
	struct px_article *a = NULL;

	(void)state;
	snprintf(body, sizeof body,
		 "<article><h1>Levee holds as Tamsin River crests</h1>"
		 "<div class=\"story-body\">%s<h2>What residents should do</h2>"
		 "<p>The authority asked residents to follow three steps until the "
		 "water falls below the warning mark on Friday.</p>"
		 "<ul><li>Boil tap water before drinking it.</li>"
		 "<li>Keep away from the river path.</li>"
		 "<li>Report blocked drains to the council.</li></ul>"
		 "<h2>Sponsored links</h2></div></article>",
		 BODY_P);
	html = page("<meta property=\"og:title\" content=\"Levee holds as Tamsin River crests\">", body);
	a = extract(html, NULL);
	assert_string_equal(a->title, "Levee holds as Tamsin River crests");
	/* The headline is the title, not repeated in the text. */
	assert_null(strstr(a->text, "Levee holds"));
	assert_non_null(strstr(a->text, "\n\nWhat residents should do\n\nThe authority"));
	/* List items are lines of one block. */
	assert_non_null(strstr(a->text, "Boil tap water before drinking it.\nKeep away from the river path.\n"));
	/* A heading with nothing after it is dropped. */
	assert_null(strstr(a->text, "Sponsored links"));
	px_article_free(a);
	free(html);
}

/* The date the extractor finds in a page (local calendar date). */
static char *
date_of(const char *head, const char *body_extra, const char *url,
	int64_t crawl, char **utc)
{
	char body[8192];
	char *html = NULL, *local = NULL;
	struct px_article *a = NULL;

	snprintf(body, sizeof body, "<article>%s%s</article>", body_extra, BODY_P);
	html = page(head, body);
	assert_int_equal(px__html_extract_at(html, strlen(html), NULL, url, crawl,
					     &a, &local), PX_OK);
	if (utc != NULL)
		*utc = a->date ? strdup(a->date) : NULL;
	px_article_free(a);
	free(html);
	return local;
}

static void
check_date(const char *head, const char *body_extra, const char *url,
	   const char *want)
{
	char *got = date_of(head, body_extra, url, CRAWL_2021, NULL);

	if (want == NULL) {
		assert_null(got);
	} else {
		assert_non_null(got);
		assert_string_equal(got, want);
	}
	px_free(got);
}

static void
test_date_sources(void **state)
{
	(void)state;
	check_date("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
		   "\"@type\":\"NewsArticle\",\"headline\":\"Levee holds\","
		   "\"datePublished\":\"2021-03-04T09:15:00+01:00\"}</script>", "", NULL,
		   "2021-03-04");
	check_date("<meta property=\"article:published_time\" content=\"2020-11-18T08:00:00Z\">",
		   "", NULL, "2020-11-18");
	check_date("", "<span itemprop=\"datePublished\" content=\"2019-07-02\">July 2</span>",
		   NULL, "2019-07-02");
	check_date("", "<p class=\"meta\"><time datetime=\"2018-05-09T12:00\">May 9</time></p>",
		   NULL, "2018-05-09");
	check_date("", "", "https://harborledger.example/2017/10/23/levee-holds/",
		   "2017-10-23");
	check_date("", "<div class=\"byline\">By Mara Obel | Published Jan. 14, 2021</div>",
		   NULL, "2021-01-14");
	check_date("", "<p>Posted on 14 February 2020 by the news desk</p>", NULL,
		   "2020-02-14");
	/* JSON-LD outranks a visible date. */
	check_date("<script type=\"application/ld+json\">[{\"@type\":\"BlogPosting\","
		   "\"datePublished\":\"2016-04-01\"}]</script>",
		   "<p>Published May 3, 2016</p>", NULL, "2016-04-01");
}

static void
test_date_traps(void **state)
{
	char *got = NULL;

	(void)state;
	/* A copyright year is not a publication date. */
	check_date("", "<footer>&copy; 2019 The Harbor Ledger. All rights reserved.</footer>",
		   NULL, NULL);
	check_date("", "<p>Copyright November 2, 2019 Harbor Ledger Media</p>", NULL, NULL);
	/* A date after the crawl is not believed; the next source is used. */
	check_date("<meta property=\"article:published_time\" content=\"2024-02-01T10:00:00Z\">",
		   "<p>Published 3 March 2021</p>", NULL, "2021-03-03");
	got = date_of("<meta property=\"article:published_time\" content=\"2021-06-30\">",
		      "", NULL, CRAWL_2021, NULL);
	assert_null(got);
	/* "Updated" dates are not first publication. */
	check_date("", "<p>Updated April 30, 2021</p><p>Published April 2, 2021</p>",
		   NULL, "2021-04-02");
	/* Too old to be a web page's date. */
	check_date("<meta name=\"date\" content=\"1987-05-01\">", "", NULL, NULL);
}

static void
test_date_utc(void **state)
{
	char *utc = NULL;
	char *local = date_of("<meta property=\"article:published_time\" "
			      "content=\"2021-03-04T22:30:00-05:00\">", "", NULL,
			      CRAWL_2021, &utc);

	(void)state;
	assert_string_equal(local, "2021-03-04");
	assert_string_equal(utc, "2021-03-05T03:30:00Z");
	px_free(local);
	free(utc);
	/* Day-first numbers outside US English. */
	local = date_of("", "<p>Published 02/10/2020</p>", NULL, CRAWL_2021, NULL);
	assert_string_equal(local, "2020-10-02");
	px_free(local);
}

static void
test_charset_from_meta(void **state)
{
	char html[4096];
	struct px_article *a = NULL;

	(void)state;
	snprintf(html, sizeof html,
		 "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 owners "
		 "reopen \x96 Harbor Ledger</title></head><body><article>%s"
		 "<p>The caf\xe9 on Mill Road served its first cr\xe8me br\xfbl\xe9"
		 "e in two weeks on Thursday morning, its owner said.</p>"
		 "</article></body></html>", BODY_P);
	a = extract(html, NULL);
	assert_non_null(strstr(a->text, "caf\xc3\xa9 on Mill Road"));
	assert_non_null(strstr(a->text, "cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e"));
	assert_string_equal(a->title, "Caf\xc3\xa9 owners reopen");
	px_article_free(a);

	/* Declared UTF-8, written in windows-1252: the bytes decide. */
	snprintf(html, sizeof html,
		 "<html><head><meta charset=\"utf-8\"></head><body><article>%s"
		 "<p>The caf\xe9 on Mill Road served its first cr\xe8me br\xfbl\xe9"
		 "e in two weeks on Thursday morning, its owner said.</p>"
		 "</article></body></html>", BODY_P);
	a = extract(html, NULL);
	assert_non_null(strstr(a->text, "caf\xc3\xa9 on Mill Road"));
	px_article_free(a);

	/* A charset px_text_decode does not know goes through iconv. */
	snprintf(html, sizeof html,
		 "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
		 "charset=iso-8859-2\"></head><body><article>%s<p>The mayor of "
		 "\xa3\xf3\x64\xbc thanked the crews in a short statement on Tuesday "
		 "evening.</p></article></body></html>", BODY_P);
	a = extract(html, NULL);
	assert_non_null(strstr(a->text, "\xc5\x81\xc3\xb3\x64\xc5\xba thanked"));
	px_article_free(a);
}

static void
test_title_source_url_lang(void **state)
{
	char *html = page("<title>Levee holds as Tamsin River crests - The Harbor Ledger</title>"
			  "<meta property=\"og:site_name\" content=\"The Harbor Ledger\">"
			  "<link rel=\"canonical\" href=\"https://harborledger.example/news/levee\">"
			  "<meta name=\"author\" content=\"Mara Obel\">",
			  BODY_P);
	struct px_article *a = NULL;

	(void)state;
	a = extract(html, NULL);
	assert_string_equal(a->title, "Levee holds as Tamsin River crests");
	assert_string_equal(a->source, "The Harbor Ledger");
	assert_string_equal(a->url, "https://harborledger.example/news/levee");
	assert_string_equal(a->author, "Mara Obel");
	assert_string_equal(a->lang, "en");
	px_article_free(a);
	free(html);

	/* No og:site_name: the domain; site name before the title. */
	html = page("<title>Northvale Times | Levee holds as river crests</title>", BODY_P);
	a = extract(html, "https://www.northvaletimes.example/a/1");
	assert_string_equal(a->source, "northvaletimes.example");
	assert_string_equal(a->title, "Levee holds as river crests");
	assert_string_equal(a->url, "https://www.northvaletimes.example/a/1");
	px_article_free(a);
	free(html);
}

static void
test_malformed(void **state)
{
	const char *html =
		"<p>Crews from the Northvale water authority worked through the night "
		"<b>to shore up <i>the levee</b> along the Tamsin River</i>, officials said."
		"<p>The river crested at 6.1 metres shortly before dawn, about half a "
		"metre below the record, according to the chief engineer, Mara Obel.</div>"
		"</span><p>Residents were asked to leave their homes <a href='x'>as a "
		"precaution</a>, and a shelter opened at the school gymnasium.<td>"
		"<p>Unclosed <div <p>attributes ='\" at the end";
	struct px_article *a = NULL;

	(void)state;
	a = extract(html, NULL);
	assert_non_null(strstr(a->text, "to shore up the levee along the Tamsin River, officials said."));
	assert_non_null(strstr(a->text, "as a precaution, and a shelter"));
	px_article_free(a);
}

static void
test_unclosed_furniture(void **state)
{
	char html[8192];
	struct px_article *a = NULL;

	(void)state;
	/* A <nav> left open must not swallow the article before the next nav. */
	snprintf(html, sizeof html,
		 "<html><body><nav><ul><li><a href=\"/\">Home</a></li></ul>"
		 "<div class=\"story\">%s</div>"
		 "<nav><a href=\"/next\">Next story</a></nav><footer><p>Contact the desk</p>"
		 "</body></html>", BODY_P);
	a = extract(html, NULL);
	assert_non_null(strstr(a->text, "Crews from the Northvale"));
	assert_non_null(strstr(a->text, "gymnasium."));
	px_article_free(a);
	/* The same with an <article> after an open <footer>. */
	snprintf(html, sizeof html,
		 "<html><body><footer><p>Top bar</p><article>%s</article>"
		 "<footer>Bottom</footer></body></html>", BODY_P);
	a = extract(html, NULL);
	assert_non_null(strstr(a->text, "The river crested"));
	px_article_free(a);
}

static void
test_deep_nesting(void **state)
{
	size_t depth = 100000, i = 0;
	struct px_buf b = PX_BUF_INIT;
	struct px_article *a = NULL;
	px_status st = PX_OK;

	(void)state;
	for (i = 0; i < depth; i++)
		px_buf_puts(&b, "<div><span>");
	px_buf_puts(&b, BODY_P);
	for (i = 0; i < depth; i++)
		px_buf_puts(&b, "</span></div>");
	assert_int_equal(b.failed, PX_OK);
	st = px__html_extract(b.data, b.len, NULL, NULL, &a);
	assert_int_equal(st, PX_OK);
	assert_non_null(strstr(a->text, "The river crested"));
	px_article_free(a);
	px_buf_release(&b);
}

static void
test_limits_and_junk(void **state)
{
	struct px_article *a = NULL;
	char junk[600];
	size_t i = 0;
	char *big = NULL;

	(void)state;
	assert_int_equal(px__html_extract("", 0, NULL, NULL, &a), PX_EEMPTY);
	assert_null(a);
	for (i = 0; i < sizeof junk; i++)
		junk[i] = (char)((i * 7919) & 0xff);
	assert_int_equal(px__html_extract(junk, sizeof junk, NULL, NULL, &a), PX_EBINARY);
	assert_null(a);
	assert_int_equal(px__html_extract("<html><body><nav>Home</nav></body></html>",
					  41, NULL, NULL, &a), PX_EEMPTY);
	assert_null(a);
	big = malloc(PX__HTML_MAX_BYTES + 1);
	assert_non_null(big);
	memset(big, 'a', PX__HTML_MAX_BYTES + 1);
	assert_int_equal(px__html_extract(big, PX__HTML_MAX_BYTES + 1, NULL, NULL, &a),
			 PX_ETOOBIG);
	assert_null(a);
	free(big);
}

static void
test_date_parser(void **state)
{
	static const struct {
		const char *in;
		int y, m, d;
	} cases[] = {
		{"2021-03-04", 2021, 3, 4},
		{"2021-03-04T10:00:00.000+02:00", 2021, 3, 4},
		{"Thu, 04 Mar 2021 10:00:00 GMT", 2021, 3, 4},
		{"March 4, 2021", 2021, 3, 4},
		{"Mar. 4, 2021 at 9:30 a.m. EST", 2021, 3, 4},
		{"Sept. 30, 2020", 2020, 9, 30},
		{"4th March 2021", 2021, 3, 4},
		{"2021/3/4", 2021, 3, 4},
		{"20210304", 2021, 3, 4},
		{"03/04/2021", 2021, 3, 4},
		{"31.12.2020", 2020, 12, 31},
	};
	size_t i = 0, used = 0;
	struct px__hdate dt;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int ok = px__date_scan(cases[i].in, strlen(cases[i].in), 0, &dt, &used);
		if (!ok)
			fail_msg("not a date: %s", cases[i].in);
		assert_int_equal(dt.y, cases[i].y);
		assert_int_equal(dt.m, cases[i].m);
		assert_int_equal(dt.d, cases[i].d);
	}
	assert_false(px__date_scan("2021-02-30", 10, 0, &dt, &used));
	assert_false(px__date_scan("May the fourth", 14, 0, &dt, &used));
	assert_false(px__date_scan("12/13/14", 8, 0, &dt, &used));
	assert_true(px__date_scan("Mar. 4, 2021 at 9:30 p.m. EST", 29, 0, &dt, &used));
	assert_int_equal(dt.hh, 21);
	assert_int_equal(dt.tz_min, -300);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_boilerplate_dropped),
		cmocka_unit_test(test_closing_prompts),
		cmocka_unit_test(test_captions_dropped),
		cmocka_unit_test(test_headings_and_lists_kept),
		cmocka_unit_test(test_date_sources),
		cmocka_unit_test(test_date_traps),
		cmocka_unit_test(test_date_utc),
		cmocka_unit_test(test_charset_from_meta),
		cmocka_unit_test(test_title_source_url_lang),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_unclosed_furniture),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_limits_and_junk),
		cmocka_unit_test(test_date_parser),
	};
	return cmocka_run_group_tests_name("html", tests, NULL, NULL);
}
