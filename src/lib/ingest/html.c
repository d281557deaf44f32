/*
 * HTML article extraction: px__html_extract() (ingest_internal.h).
 *
 * Steps: refuse binary data and pages over PX__HTML_MAX_BYTES; pick the
 * charset (BOM, then the HTTP charset, then <meta charset>/http-equiv, then
 * detection: valid UTF-8, else uchardet, else windows-1252); cut script,
 * style, comment and svg bodies (html_dom.c) before decoding, since they
 * are ASCII-transparent and most of the bytes; decode to UTF-8 with
 * px_text_decode() (iconv for charsets it does not know); parse with
 * libxml2's SAX parser into the compact DOM; read the metadata
 * (html_meta.c) and the main text (html_main.c); finally repair and clean
 * the text with the text layer (debris only: no title or metadata lines are
 * taken from an HTML body), logging repairs and removals.
 */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <uchardet.h>

#include "html_internal.h"

/* The charset named by a <meta> in the first 8 KiB, into cs (NUL-terminated). */
static int
sniff_meta_charset(const char *s, size_t len, char *cs, size_t cap)
{
	size_t lim = len < 8192 ? len : 8192, i = 0;

	for (i = 0; i + 5 < lim; i++) {
		size_t j = 0, end = 0;
		if (s[i] != '<' || strncasecmp(s + i + 1, "meta", 4) != 0)
			continue;
		end = i + 5;
		while (end < lim && s[end] != '>')
			end++;
		for (j = i + 5; j + 7 < end; j++) {
			size_t k = 0, n = 0;
			if (strncasecmp(s + j, "charset", 7) != 0)
				continue;
			k = j + 7;
			while (k < end && (s[k] == ' ' || s[k] == '\t'))
				k++;
			if (k >= end || s[k] != '=')
				continue;
			k++;
			while (k < end && (s[k] == ' ' || s[k] == '"' || s[k] == '\''))
				k++;
			while (k + n < end && n + 1 < cap &&
			       ((s[k + n] >= 'a' && s[k + n] <= 'z') ||
				(s[k + n] >= 'A' && s[k + n] <= 'Z') ||
				(s[k + n] >= '0' && s[k + n] <= '9') || s[k + n] == '-' ||
				s[k + n] == '_' || s[k + n] == ':' || s[k + n] == '.')) {
				cs[n] = s[k + n];
				n++;
			}
			cs[n] = '\0';
			if (n > 0)
				return 1;
		}
		i = end;
	}
	return 0;
}

static int
charset_native(const char *cs)
{
	static const char *const names[] = {
		"utf-8", "utf8", "windows-1252", "cp1252", "iso-8859-1",
		"iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
		"iso-8859-15", NULL};
	size_t i = 0;

	for (i = 0; names[i]; i++)
		if (strcasecmp(cs, names[i]) == 0)
			return 1;
	return 0;
}

/* Decode with iconv; invalid bytes become U+FFFD. 0 when iconv lacks cs. */
static int
decode_iconv(const char *in, size_t len, const char *cs, struct px_buf *out,
	     struct px_edits *log)
{
	iconv_t cd = iconv_open("UTF-8", cs);
	char *ip = (char *)(uintptr_t)in;
	size_t il = len, bad = 0;

	if (cd == (iconv_t)-1)
		return 0;
	while (il > 0 && out->failed == PX_OK) {
		char tmp[16384];
		char *op = tmp;
		size_t ol = sizeof tmp;
		size_t r = iconv(cd, &ip, &il, &op, &ol);
		px_buf_append(out, tmp, (size_t)(op - tmp));
		if (r == (size_t)-1) {
			if (errno == E2BIG)
				continue;
			/* EILSEQ or EINVAL: replace one byte and go on. */
			px_buf_append(out, "\xEF\xBF\xBD", 3);
			ip++;
			il--;
			bad++;
		}
	}
	iconv_close(cd);
	if (log != NULL)
		px_edits_add(log, "encoding", cs, strlen(cs), "utf-8", 5);
	(void)bad;
	return 1;
}

/*
 * Decode stripped bytes to UTF-8 by the charset rules above. PX_EEXIST
 * means they are valid UTF-8 already and are used as they are (decoding
 * would only copy them; libxml2 folds CR LF itself).
 */
static px_status
decode_page(const char *in, size_t len, const char *http_cs, const char *meta_cs,
	    struct px_buf *out, struct px_edits *log)
{
	const unsigned char *u = (const unsigned char *)in;
	const char *cs = NULL;
	char detected[64];

	if ((len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ||
	    (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))))
		return px_text_decode(in, len, NULL, out, log);
	cs = http_cs && http_cs[0] ? http_cs : meta_cs;
	if (cs == NULL || cs[0] == '\0') {
		if (px_utf8_valid(in, len))
			return PX_EEXIST; /* already UTF-8: use the bytes as they are */
		detected[0] = '\0';
		{
			uchardet_t ud = uchardet_new();
			if (ud != NULL) {
				const char *r = NULL;
				uchardet_handle_data(ud, in, len < 65536 ? len : 65536);
				uchardet_data_end(ud);
				r = uchardet_get_charset(ud);
				if (r != NULL && strlen(r) < sizeof(detected))
					memcpy(detected, r, strlen(r) + 1);
				uchardet_delete(ud);
			}
		}
		cs = detected[0] ? detected : NULL;
	}
	if (cs != NULL && (strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "utf8") == 0)) {
		if (px_utf8_valid(in, len))
			return PX_EEXIST;
		/* Declared UTF-8 but not: let the decoder judge the bytes. */
		return px_text_decode(in, len, NULL, out, log);
	}
	if (cs == NULL || charset_native(cs))
		return px_text_decode(in, len, cs, out, log);
	/* A declared legacy charset on bytes that are valid UTF-8 is a lie. */
	if (px_utf8_valid(in, len))
		return PX_EEXIST;
	if (strcasecmp(cs, "utf-16") == 0 || strcasecmp(cs, "utf-16le") == 0 ||
	    strcasecmp(cs, "utf-16be") == 0 || strcasecmp(cs, "utf-32") == 0)
		return px_text_decode(in, len, NULL, out, log);
	if (decode_iconv(in, len, cs, out, log))
		return out->failed;
	return px_text_decode(in, len, NULL, out, log);
}

static px_status
set_str(char **dst, char **src)
{
	*dst = *src;
	*src = NULL;
	return PX_OK;
}

px_status
px__html_extract_at(const char *bytes, size_t len, const char *charset,
		    const char *url, int64_t crawl_time,
		    struct px_article **out, char **date_local)
{
	struct px_buf stripped = PX_BUF_INIT, utf8 = PX_BUF_INIT;
	struct px_buf body = PX_BUF_INIT, rep = PX_BUF_INIT;
	struct px__hints hints;
	struct px__hdom dom;
	struct px__hinfo info;
	struct px_clean_result cr, removed;
	struct px_article *a = NULL;
	char meta_cs[64];
	const unsigned char *u = (const unsigned char *)bytes;
	px_status st = PX_OK;
	size_t i = 0;

	memset(&hints, 0, sizeof(hints));
	memset(&dom, 0, sizeof(dom));
	memset(&info, 0, sizeof(info));
	memset(&cr, 0, sizeof(cr));
	memset(&removed, 0, sizeof(removed));
	*out = NULL;
	if (date_local != NULL)
		*date_local = NULL;
	if (len > PX__HTML_MAX_BYTES)
		return PX_ETOOBIG;
	if (len == 0)
		return PX_EEMPTY;
	/* The binary test reads a prefix: a page is judged by its head. */
	if (px_text_is_binary(bytes, len < 16384 ? len : 16384))
		return PX_EBINARY;
	if (crawl_time == INT64_MIN)
		crawl_time = (int64_t)time(NULL);
	a = px_calloc(1, sizeof(*a));
	if (a == NULL)
		return PX_ENOMEM;
	a->time = INT64_MIN;
	meta_cs[0] = '\0';
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		/* UTF-16: decode first, then cut. */
		st = px_text_decode(bytes, len, NULL, &utf8, &a->repairs);
		if (st == PX_OK)
			st = px__html_strip(utf8.data, utf8.len, &stripped);
		if (st)
			goto cleanup;
		px_buf_release(&utf8);
		utf8 = stripped;
		memset(&stripped, 0, sizeof(stripped));
	} else {
		sniff_meta_charset(bytes, len, meta_cs, sizeof meta_cs);
		st = px__html_strip(bytes, len, &stripped);
		if (st == PX_OK)
			st = decode_page(stripped.data ? stripped.data : "", stripped.len,
					 charset, meta_cs[0] ? meta_cs : NULL, &utf8,
					 &a->repairs);
		if (st == PX_EEXIST) {
			px_buf_release(&utf8);
			utf8 = stripped;
			memset(&stripped, 0, sizeof(stripped));
			st = PX_OK;
		}
		if (st)
			goto cleanup;
		px_buf_release(&stripped);
	}
	if (utf8.len == 0) {
		st = PX_EEMPTY;
		goto cleanup;
	}
	st = px__hints_load(&hints);
	if (st)
		goto cleanup;
	st = px__hdom_parse(&dom, utf8.data, utf8.len, &hints);
	if (st)
		goto cleanup;
	px_buf_release(&utf8);
	st = px__html_meta(&dom, url, crawl_time, NULL, 0, &info);
	if (st)
		goto cleanup;
	/* The page's date is reported even when it has no article text. */
	if (date_local != NULL)
		set_str(date_local, &info.date_local);
	px_buf_init(&body, (size_t)16 << 20);
	st = px__html_main(&dom, info.title, &body, &removed);
	if (st)
		goto cleanup;
	if (body.len == 0) {
		st = PX_EEMPTY;
		goto cleanup;
	}
	st = px_text_repair(body.data, body.len, PX_REPAIR_ALL, &rep, &a->repairs);
	if (st)
		goto cleanup;
	st = px_text_clean(rep.data ? rep.data : "", rep.len,
			   PX_CLEAN_DEBRIS | PX_CLEAN_DATELINE, &cr);
	if (st)
		goto cleanup;
	if (cr.body_len == 0) {
		st = PX_EEMPTY;
		goto cleanup;
	}
	/* The extractor's removals first, then the text layer's. */
	for (i = 0; i < cr.n_removed && st == PX_OK; i++)
		st = px_clean_result_add_removal(&removed, cr.removed[i].kind,
						 cr.removed[i].text,
						 strlen(cr.removed[i].text));
	if (st)
		goto cleanup;
	a->text = cr.body;
	a->text_len = cr.body_len;
	cr.body = NULL;
	a->removed = removed.removed;
	a->n_removed = removed.n_removed;
	removed.removed = NULL;
	removed.n_removed = 0;
	a->place = cr.place;
	cr.place = NULL;
	if (info.title != NULL) {
		struct px_buf t = PX_BUF_INIT;
		st = px_text_repair(info.title, strlen(info.title), PX_REPAIR_ALL, &t,
				    &a->repairs);
		if (st == PX_OK && t.failed)
			st = t.failed;
		a->title = px_buf_detach(&t, &a->title_len);
		if (st)
			goto cleanup;
	}
	set_str(&a->source, &info.source);
	set_str(&a->url, &info.url);
	set_str(&a->author, &info.author);
	set_str(&a->lang, &info.lang);
	set_str(&a->date, &info.date);
	a->time = info.time;
cleanup:
	px_buf_release(&stripped);
	px_buf_release(&utf8);
	px_buf_release(&body);
	px_buf_release(&rep);
	px__hints_release(&hints);
	px__hdom_release(&dom);
	px__hinfo_release(&info);
	px_clean_result_release(&cr);
	px_clean_result_release(&removed);
	if (st) {
		px_article_free(a);
		if (date_local != NULL && st != PX_EEMPTY) {
			px_free(*date_local);
			*date_local = NULL;
		}
		return st;
	}
	*out = a;
	return PX_OK;
}

px_status
px__html_extract(const char *bytes, size_t len, const char *charset,
		 const char *url, struct px_article **out)
{
	return px__html_extract_at(bytes, len, charset, url, INT64_MIN, out, NULL);
}
