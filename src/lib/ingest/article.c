/*
 * Articles from plain text: decode, repair, clean. Shared by every reader,
 * since HTML, JSON Lines and WARC bodies all end in the text layer.
 * Invariant: an article that leaves here has a non-NULL text, its repairs
 * and removals logged, and a date only when px_date_parse accepted it.
 */
#include <string.h>

#include "ingest_internal.h"

void
px_article_free(struct px_article *a)
{
	size_t i = 0;

	if (a == NULL)
		return;
	px_free(a->id);
	px_free(a->source);
	px_free(a->url);
	px_free(a->title);
	px_free(a->date);
	px_free(a->lang);
	px_free(a->author);
	px_free(a->place);
	px_free(a->text);
	px_free(a->path);
	px_edits_release(&a->repairs);
	for (i = 0; i < a->n_removed; i++) {
		px_free(a->removed[i].kind);
		px_free(a->removed[i].text);
	}
	px_free(a->removed);
	px_free(a);
}

/*
 * Decode (unless the bytes are known to be clean UTF-8 already), repair and
 * clean into a new article.
 */
static px_status
build(const char *id, const char *bytes, size_t len, const char *charset,
      unsigned clean_flags, int utf8, struct px_article **out)
{
	struct px_article *a = NULL;
	struct px_buf dec = PX_BUF_INIT;
	struct px_buf rep = PX_BUF_INIT;
	struct px_clean_result cr;
	px_status st = PX_OK;
	const char *text = bytes;
	size_t text_len = len;

	memset(&cr, 0, sizeof(cr));
	*out = NULL;
	a = px_calloc(1, sizeof(*a));
	if (a == NULL)
		return PX_ENOMEM;
	a->time = INT64_MIN;
	a->id = px_strdup(id ? id : "");
	if (a->id == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	if (!utf8) {
		st = px_text_decode(bytes, len, charset, &dec, &a->repairs);
		if (st)
			goto cleanup;
		text = dec.data ? dec.data : "";
		text_len = dec.len;
	}
	st = px_text_repair(text, text_len, PX_REPAIR_ALL, &rep, &a->repairs);
	if (st)
		goto cleanup;
	st = px_text_clean(rep.data ? rep.data : "", rep.len, clean_flags, &cr);
	if (st)
		goto cleanup;
	if (cr.body_len == 0 && cr.title == NULL) {
		st = PX_EEMPTY;
		goto cleanup;
	}
	a->text = cr.body;
	a->text_len = cr.body_len;
	a->title = cr.title;
	a->title_len = cr.title_len;
	a->source = cr.source;
	a->url = cr.url;
	a->author = cr.author;
	a->place = cr.place;
	a->removed = cr.removed;
	a->n_removed = cr.n_removed;
	if (cr.date) {
		char *d = NULL;
		int64_t t = 0;
		/* A "date:" header holds a date; a line of the scraped
		 * header ("By Priya Menon | Deccan Dispatch | 15 July 2025,
		 * 23:10 IST") holds one among other words. */
		if (px_date_parse(cr.date, strlen(cr.date), &d, &t) == PX_OK ||
		    px_date_find(cr.date, strlen(cr.date), &d, &t) == PX_OK) {
			a->date = d;
			a->time = t;
		}
		px_free(cr.date);
	}
	memset(&cr, 0, sizeof(cr));
cleanup:
	px_buf_release(&dec);
	px_buf_release(&rep);
	px_clean_result_release(&cr);
	if (st) {
		px_article_free(a);
		return st;
	}
	*out = a;
	return PX_OK;
}

px_status
px_article_from_text(const char *id, const char *bytes, size_t len,
		     const char *charset, unsigned clean_flags,
		     struct px_article **out)
{
	*out = NULL;
	if (px_text_is_binary(bytes, len))
		return PX_EBINARY;
	return build(id, bytes, len, charset, clean_flags, 0, out);
}

px_status
px__article_from_utf8(const char *id, const char *text, size_t len,
		      unsigned clean_flags, struct px_article **out)
{
	/* Decoding valid UTF-8 only strips a BOM and folds CR and CRLF into
	 * LF; when neither is there the copy it makes is skipped. */
	int clean = memchr(text, '\r', len) == NULL &&
		    !(len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0);

	return build(id, text, len, "utf-8", clean_flags, clean, out);
}
