/*
 * Perspective (coverage matrix, emphasis and wording per source): placeholder hooks of the report; the stage fills them in.
 */
#include "report_internal.h"

px_status
px__perspective_build(struct px_report *r)
{
	(void)r;
	return PX_OK;
}

void
px__perspective_free(struct px_perspective *p)
{
	(void)p;
}

void
px__perspective_json_story(struct px_buf *b, const struct px_report *r,
		  const struct px_report_story *s)
{
	(void)b;
	(void)r;
	(void)s;
}

void
px__perspective_text(struct px_buf *b, const struct px_report *r,
		 const struct px_report_story *s, int markdown)
{
	(void)b;
	(void)r;
	(void)s;
	(void)markdown;
}

void
px__perspective_html(struct px_buf *b, const struct px_report *r,
		 const struct px_report_story *s)
{
	(void)b;
	(void)r;
	(void)s;
}
