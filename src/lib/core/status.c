/*
 * Status names and messages, generated from PX_STATUS_MAP so the two never
 * drift apart. Also the library version.
 */
#include "parallax/core.h"

const char *
px_version(void)
{
	return PX_VERSION_STRING;
}

const char *
px_strerror(px_status st)
{
	switch (st) {
#define PX__STATUS_MSG(name, num, msg) \
	case PX_##name:                \
		return msg;
		PX_STATUS_MAP(PX__STATUS_MSG)
#undef PX__STATUS_MSG
	default:
		return "unknown status";
	}
}

const char *
px_status_name(px_status st)
{
	switch (st) {
#define PX__STATUS_NAME(name, num, msg) \
	case PX_##name:                 \
		return #name;
		PX_STATUS_MAP(PX__STATUS_NAME)
#undef PX__STATUS_NAME
	default:
		return "UNKNOWN";
	}
}
