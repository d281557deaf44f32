/*
 * Article cleaning. Placeholder: splits paragraphs at blank lines and takes
 * a first line as title; debris removal lands later.
 */
#include <string.h>

#include "parallax/clean.h"

px_status
px_clean_result_add_removal(struct px_clean_result *r, const char *kind,
			    const char *text, size_t len)
{
	struct px_removal *it = NULL;
	px_status st = px_grow((void **)&r->removed, &r->cap_removed,
			       r->n_removed + 1, sizeof(*r->removed));

	if (st)
		return st;
	it = &r->removed[r->n_removed];
	it->kind = px_strdup(kind);
	it->text = px_strndup(text, len);
	if (it->kind == NULL || it->text == NULL) {
		px_free(it->kind);
		px_free(it->text);
		return PX_ENOMEM;
	}
	r->n_removed++;
	return PX_OK;
}

void
px_clean_result_release(struct px_clean_result *r)
{
	size_t i = 0;

	px_free(r->title);
	px_free(r->body);
	px_free(r->date);
	px_free(r->source);
	px_free(r->url);
	px_free(r->author);
	px_free(r->place);
	for (i = 0; i < r->n_removed; i++) {
		px_free(r->removed[i].kind);
		px_free(r->removed[i].text);
	}
	px_free(r->removed);
	memset(r, 0, sizeof(*r));
}

px_status
px_text_clean(const char *text, size_t len, unsigned flags,
	      struct px_clean_result *out)
{
	struct px_buf body = PX_BUF_INIT;
	size_t i = 0;
	px_status st = PX_OK;

	memset(out, 0, sizeof(*out));
	if (flags == 0) {
		/* Raw mode: the body is the input exactly, so offsets hold. */
		out->body = px_strndup(text, len);
		out->body_len = len;
		return out->body ? PX_OK : PX_ENOMEM;
	}
	while (len && (text[len - 1] == '\n' || text[len - 1] == ' '))
		len--;
	while (i < len && text[i] == '\n')
		i++;
	if (flags & PX_CLEAN_TITLE) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - text) : len;
		if (nl && e - i < 200) {
			out->title = px_strndup(text + i, e - i);
			out->title_len = e - i;
			i = e;
			while (i < len && text[i] == '\n')
				i++;
		}
	}
	px_buf_append(&body, text + i, len - i);
	st = body.failed;
	if (st) {
		px_buf_release(&body);
		px_clean_result_release(out);
		return st;
	}
	out->body = px_buf_detach(&body, &out->body_len);
	if (out->body == NULL) {
		px_clean_result_release(out);
		return PX_ENOMEM;
	}
	return PX_OK;
}
