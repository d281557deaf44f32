/* Entities (in progress). */
#include "claim_internal.h"

px_status
px__cl_entities(const struct px_extractor *x, struct field_in *f, size_t nf,
	     struct claim_sink *sinks)
{
	(void)x;
	(void)f;
	(void)nf;
	(void)sinks;
	return PX_OK;
}
