/*
 * Civil dates and day numbers in the proleptic Gregorian calendar (the
 * algorithms of Howard Hinnant's "chrono-compatible low-level date
 * algorithms", written out here): one copy for ingest, claims and the
 * comparison.
 */
#include "core_internal.h"

int64_t
px__days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era = 0;
	unsigned yoe = 0, doy = 0, doe = 0;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

void
px__civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t era = 0, yy = 0;
	unsigned doe = 0, yoe = 0, doy = 0, mp = 0;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (int64_t)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}
