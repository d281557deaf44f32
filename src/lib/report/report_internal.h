/*
 * Internal helpers shared by the report writers: mapping a comparison's
 * article indices back to report articles, and evidence text.
 */
#ifndef PX_REPORT_INTERNAL_H
#define PX_REPORT_INTERNAL_H

#include "parallax/report.h"

/* The report article of a comparison index within a story. */
static inline const struct px_report_article *
px__story_article(const struct px_report *r, const struct px_report_story *s,
		  size_t cmp_index)
{
	return &r->articles[s->sources[cmp_index]];
}

/* The text an evidence item cites, and its length. */
static inline const char *
px__evidence_text(const struct px_report *r, const struct px_report_story *s,
		  const struct px_evidence *ev, size_t *len)
{
	const struct px_article *a = px__story_article(r, s, ev->article)->a;
	const char *field = ev->field == PX_FIELD_TITLE ? a->title : a->text;

	*len = ev->end - ev->start;
	return field + ev->start;
}

px_status px__report_json(const struct px_report *r, struct px_buf *out);
px_status px__report_text(const struct px_report *r, struct px_buf *out,
			  int markdown);
px_status px__report_html(const struct px_report *r, struct px_buf *out);

#endif
