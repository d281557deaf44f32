/*
 * Date parsing. Placeholder: ISO 8601 dates (YYYY-MM-DD) only; RFC 2822 and
 * news styles land with ingest.
 */
#include <stdio.h>
#include <string.h>

#include "parallax/article.h"

static int64_t
days_from_civil(int64_t y, unsigned m, unsigned d)
{
	/* Howard Hinnant's algorithm: days since 1970-01-01. */
	int64_t era = 0;
	unsigned yoe = 0, doy = 0, doe = 0;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

px_status
px_date_parse(const char *s, size_t len, char **out, int64_t *t)
{
	int y = 0, m = 0, d = 0;
	size_t i = 0;
	char tmp[16];

	*out = NULL;
	*t = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (len - i < 10)
		return PX_EFORMAT;
	for (size_t k = 0; k < 10; k++) {
		char c = s[i + k];
		if (k == 4 || k == 7) {
			if (c != '-')
				return PX_EFORMAT;
		} else if (c < '0' || c > '9') {
			return PX_EFORMAT;
		}
	}
	y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
	m = (s[i + 5] - '0') * 10 + (s[i + 6] - '0');
	d = (s[i + 8] - '0') * 10 + (s[i + 9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return PX_EFORMAT;
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
	*out = px_strdup(tmp);
	if (*out == NULL)
		return PX_ENOMEM;
	*t = days_from_civil(y, (unsigned)m, (unsigned)d) * 86400;
	return PX_OK;
}
