/*
 * HTML article extraction, minimal version: parse with libxml2's HTML
 * parser, take <title> as the title and the text of the <p> elements as the
 * body paragraphs, then repair and clean like any text. The full extractor
 * (main-text scoring, metadata) replaces this file; the interface is
 * px__html_extract() in ingest_internal.h.
 */
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ingest_internal.h"

/* Append the text below node, folding white space runs into one space. */
static void
collect_text(const xmlNode *node, struct px_buf *b, int depth)
{
	const xmlNode *c = NULL;

	if (depth > 256)
		return;
	for (c = node; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			const char *s = (const char *)c->content;
			size_t i = 0;
			for (i = 0; s != NULL && s[i] != '\0'; i++) {
				char ch = s[i];
				if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
					if (b->len > 0 && b->data[b->len - 1] != ' ' &&
					    b->data[b->len - 1] != '\n')
						px_buf_putc(b, ' ');
				} else {
					px_buf_putc(b, ch);
				}
			}
		} else if (c->type == XML_ELEMENT_NODE &&
			   xmlStrcasecmp(c->name, BAD_CAST "script") != 0 &&
			   xmlStrcasecmp(c->name, BAD_CAST "style") != 0) {
			collect_text(c->children, b, depth + 1);
		}
	}
}

static void
trim_end(struct px_buf *b)
{
	while (b->len > 0 && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n'))
		px_buf_truncate(b, b->len - 1);
}

static void
walk(const xmlNode *node, struct px_buf *title, struct px_buf *body, int depth)
{
	const xmlNode *c = NULL;

	if (depth > 256)
		return;
	for (c = node; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcasecmp(c->name, BAD_CAST "title") == 0 && title->len == 0) {
			collect_text(c->children, title, depth + 1);
			trim_end(title);
		} else if (xmlStrcasecmp(c->name, BAD_CAST "p") == 0) {
			size_t before = body->len;
			if (body->len > 0)
				px_buf_puts(body, "\n\n");
			collect_text(c->children, body, depth + 1);
			trim_end(body);
			if (body->len <= before + 2)
				px_buf_truncate(body, before);
		} else if (xmlStrcasecmp(c->name, BAD_CAST "script") != 0 &&
			   xmlStrcasecmp(c->name, BAD_CAST "style") != 0) {
			walk(c->children, title, body, depth + 1);
		}
	}
}

px_status
px__html_extract(const char *bytes, size_t len, const char *charset,
		 const char *url, struct px_article **out)
{
	htmlDocPtr doc = NULL;
	struct px_buf title = PX_BUF_INIT, body = PX_BUF_INIT, rep = PX_BUF_INIT;
	struct px_clean_result cr;
	struct px_article *a = NULL;
	px_status st = PX_OK;
	const xmlNode *root = NULL;

	memset(&cr, 0, sizeof(cr));
	*out = NULL;
	if (px_text_is_binary(bytes, len))
		return PX_EBINARY;
	if (len > (size_t)INT32_MAX)
		return PX_ETOOBIG;
	doc = htmlReadMemory(bytes, (int)len, url, charset,
			     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			     HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	if (doc == NULL)
		return PX_EFORMAT;
	root = xmlDocGetRootElement(doc);
	walk(root, &title, &body, 0);
	if (title.failed || body.failed) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	if (body.len == 0) {
		st = PX_EEMPTY;
		goto cleanup;
	}
	a = px_calloc(1, sizeof(*a));
	if (a == NULL) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	a->time = INT64_MIN;
	st = px_text_repair(body.data, body.len, PX_REPAIR_ALL, &rep, &a->repairs);
	if (st)
		goto cleanup;
	st = px_text_clean(rep.data ? rep.data : "", rep.len,
			   PX_CLEAN_DEBRIS | PX_CLEAN_DATELINE, &cr);
	if (st)
		goto cleanup;
	a->text = cr.body;
	a->text_len = cr.body_len;
	a->removed = cr.removed;
	a->n_removed = cr.n_removed;
	a->source = cr.source;
	a->place = cr.place;
	cr.body = NULL;
	cr.removed = NULL;
	cr.n_removed = 0;
	cr.source = NULL;
	cr.place = NULL;
	if (title.len > 0) {
		struct px_buf t = PX_BUF_INIT;
		st = px_text_repair(title.data, title.len, PX_REPAIR_ALL, &t, &a->repairs);
		a->title_len = t.len;
		a->title = px_buf_detach(&t, NULL);
		if (st)
			goto cleanup;
	}
	if (root != NULL) {
		xmlChar *lang = xmlGetProp(root, BAD_CAST "lang");
		if (lang != NULL && lang[0] != '\0') {
			size_t n = 0;
			while (n < 2 && ((lang[n] >= 'a' && lang[n] <= 'z') ||
					 (lang[n] >= 'A' && lang[n] <= 'Z')))
				n++;
			if (n == 2) {
				a->lang = px_strndup((const char *)lang, 2);
				if (a->lang != NULL) {
					a->lang[0] = (char)(a->lang[0] | 0x20);
					a->lang[1] = (char)(a->lang[1] | 0x20);
				}
			}
		}
		xmlFree(lang);
	}
	if (url != NULL)
		a->url = px_strdup(url);
cleanup:
	xmlFreeDoc(doc);
	px_buf_release(&title);
	px_buf_release(&body);
	px_buf_release(&rep);
	px_clean_result_release(&cr);
	if (st) {
		px_article_free(a);
		return st;
	}
	*out = a;
	return PX_OK;
}
