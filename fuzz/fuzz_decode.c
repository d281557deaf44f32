/*
 * Fuzz target: decoding unknown bytes, then repair. The first byte picks a
 * declared charset (none, a table charset, an iconv one, an unknown label)
 * so that every decoding path is reached. Invariants: never crashes, the
 * output of both steps is valid UTF-8, and repairing the output again
 * changes nothing (repair is idempotent).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const labels[] = {
		NULL, "utf-8", "windows-1252", "windows-1250", "iso-8859-2",
		"windows-1251", "macintosh", "cp437", "koi8-r", "shift_jis",
		"gb18030", "x-unknown-label",
	};
	struct px_buf dec = PX_BUF_INIT, rep = PX_BUF_INIT, again = PX_BUF_INIT;
	struct px_edits log = {0};
	const char *cs = NULL;

	if (size > 0) {
		/* Only a byte below 16 selects a label, so plain-text seeds
		 * keep exercising detection. */
		if (data[0] < 16)
			cs = labels[data[0] % (sizeof labels / sizeof labels[0])];
	}
	if (px_text_decode((const char *)data, size, cs, &dec, &log) == PX_OK) {
		if (!px_utf8_valid(dec.data ? dec.data : "", dec.len))
			abort();
		if (px_text_repair(dec.data ? dec.data : "", dec.len, PX_REPAIR_ALL, &rep, &log) == PX_OK) {
			if (!px_utf8_valid(rep.data ? rep.data : "", rep.len))
				abort();
			if (px_text_repair(rep.data ? rep.data : "", rep.len, PX_REPAIR_ALL, &again, NULL) == PX_OK &&
			    (again.len != rep.len || (rep.len && memcmp(again.data, rep.data, rep.len) != 0)))
				abort();
		}
	}
	px_buf_release(&dec);
	px_buf_release(&rep);
	px_buf_release(&again);
	px_edits_release(&log);
	return 0;
}
