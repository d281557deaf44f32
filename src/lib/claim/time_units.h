/*
 * Days in one unit of time as the claims stage names units
 * (data/claims_units.txt: "second" ... "century"), shared by the claims
 * stage (quantity.c, which adds "9 hours 41 minutes" into one figure) and
 * the comparison (compare/facts.c, which compares durations in days and
 * reads "over three weeks" as a period).
 */
#ifndef PX_CLAIM_TIME_UNITS_H
#define PX_CLAIM_TIME_UNITS_H

#include <string.h>

/* Days in one `unit` ("hour" 1/24, "month" 30.4375, "year" 365.25), 0 when
 * it is no unit of time. */
static inline double
px__unit_days(const char *unit)
{
	static const struct {
		const char *unit;
		double days;
	} t[] = {{"second", 1.0 / 86400}, {"minute", 1.0 / 1440}, {"hour", 1.0 / 24},
		 {"day", 1},		  {"week", 7},		  {"month", 30.4375},
		 {"year", 365.25},	  {"decade", 3652.5},	  {"century", 36525}};
	size_t i = 0;

	for (i = 0; unit && i < sizeof t / sizeof t[0]; i++)
		if (strcmp(unit, t[i].unit) == 0)
			return t[i].days;
	return 0;
}

#endif
