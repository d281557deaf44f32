/*
 * Text repair. Placeholder: copies its input unchanged until the mojibake,
 * entity and control-character passes land.
 */
#include "parallax/text.h"

px_status
px_text_repair(const char *in, size_t len, unsigned flags, struct px_buf *out,
	       struct px_edits *log)
{
	(void)flags;
	(void)log;
	return px_buf_append(out, in, len);
}
