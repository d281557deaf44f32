/*
 * Provenance of claims (issue: where each claim comes from, how independent the sources are): placeholder hooks of the report; the stage fills them in.
 */
#include "report_internal.h"

px_status
px__provenance_build(struct px_report *r)
{
	(void)r;
	return PX_OK;
}

void
px__provenance_free(struct px_provenance *p)
{
	(void)p;
}

void
px__provenance_json_story(struct px_buf *b, const struct px_report *r,
		 const struct px_report_story *s)
{
	(void)b;
	(void)r;
	(void)s;
}

void
px__provenance_text(struct px_buf *b, const struct px_report *r,
		 const struct px_report_story *s, int markdown)
{
	(void)b;
	(void)r;
	(void)s;
	(void)markdown;
}

void
px__provenance_html(struct px_buf *b, const struct px_report *r,
		 const struct px_report_story *s)
{
	(void)b;
	(void)r;
	(void)s;
}

void
px__provenance_json_agreement(struct px_buf *b, const struct px_report *r,
			      const struct px_report_story *s, size_t i)
{
	(void)b;
	(void)r;
	(void)s;
	(void)i;
}

void
px__provenance_json_conflict(struct px_buf *b, const struct px_report *r,
			     const struct px_report_story *s, size_t i)
{
	(void)b;
	(void)r;
	(void)s;
	(void)i;
}
