/*
 * Fuzz target: the source table parser (CSV or JSON) and its lookups on
 * arbitrary bytes. Invariants: a parse either succeeds with at least one
 * outlet or fails with a reason; every outlet has a name and is found again
 * by it, is dependent on itself, and lookups with slices of the input as
 * name and URL never read out of bounds.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct px_source_table *t = NULL;
	struct px_source_error err;
	char probe[80], key[128];
	size_t i, n, half = size / 2;
	px_status st = px_source_table_parse((const char *)data, size, &t, &err);

	if (st != PX_OK) {
		if (t != NULL || err.reason[0] == '\0')
			abort();
		return 0;
	}
	n = px_source_table_count(t);
	if (n == 0)
		abort();
	for (i = 0; i < n; i++) {
		const struct px_outlet *o = px_source_table_outlet(t, i);
		const struct px_outlet *f = NULL;
		if (!o || !o->name || !px_outlets_dependent(o, o))
			abort();
		f = px_source_table_find(t, o->name, NULL);
		/* Names are keyed without case, a leading "the" and a trailing
		   "'s", so an earlier outlet may own the key; some outlet must
		   answer, unless nothing is left of the name ("'s"). */
		if (!f && px_origin_key(o->name, key, sizeof key) > 0)
			abort();
		if (f && !f->name)
			abort();
	}
	n = size < sizeof probe - 1 ? size : sizeof probe - 1;
	memcpy(probe, data, n);
	probe[n] = '\0';
	(void)px_source_table_find(t, probe, probe);
	if (half < size) {
		n = size - half < sizeof probe - 1 ? size - half : sizeof probe - 1;
		memcpy(probe, data + half, n);
		probe[n] = '\0';
		(void)px_source_table_find(t, NULL, probe);
	}
	px_source_table_free(t);
	return 0;
}
