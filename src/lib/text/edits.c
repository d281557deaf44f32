/*
 * The edit log: what the text layer changed, as (kind, before, after).
 */
#include "parallax/text.h"

px_status
px_edits_add(struct px_edits *e, const char *kind, const char *before,
	     size_t before_len, const char *after, size_t after_len)
{
	struct px_edit *it = NULL;
	px_status st = px_grow((void **)&e->items, &e->cap, e->n + 1,
			       sizeof(*e->items));

	if (st)
		return st;
	it = &e->items[e->n];
	it->kind = px_strdup(kind);
	it->before = px_strndup(before, before_len);
	it->after = px_strndup(after, after_len);
	if (it->kind == NULL || it->before == NULL || it->after == NULL) {
		px_free(it->kind);
		px_free(it->before);
		px_free(it->after);
		return PX_ENOMEM;
	}
	e->n++;
	return PX_OK;
}

void
px_edits_release(struct px_edits *e)
{
	size_t i = 0;

	for (i = 0; i < e->n; i++) {
		px_free(e->items[i].kind);
		px_free(e->items[i].before);
		px_free(e->items[i].after);
	}
	px_free(e->items);
	e->items = NULL;
	e->n = 0;
	e->cap = 0;
}
