/*
 * Lookup of the data files compiled into the library. The table itself is
 * generated at build time from data/ (tools/embed.c -> build/gen/px_data.c).
 */
#include <string.h>

#include "parallax/core.h"
#include "core_internal.h"

px_status
px_data_get(const char *name, const char **data, size_t *len)
{
	size_t i = 0;

	*data = NULL;
	*len = 0;
	for (i = 0; i < px__data_count; i++) {
		if (strcmp(px__data_files[i].name, name) == 0) {
			*data = px__data_files[i].data;
			*len = px__data_files[i].len;
			return PX_OK;
		}
	}
	return PX_ENOTFOUND;
}
