/*
 * Internal interface of text repair (src/lib/text/repair*.c): the generated
 * charset and entity tables (read-only, from repair_tables.py) and the
 * mojibake stage that repair.c drives.
 */
#ifndef PX_REPAIR_INTERNAL_H
#define PX_REPAIR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "parallax/text.h"

/* Number of single-byte charsets mojibake repair knows (see px__cs_names). */
#define PX__NCS 9

/* Index of windows-1252 (always first: the most common misreading). */
#define PX__CS_1252 0

struct px__cs_rev_entry {
	uint16_t cp;
	uint8_t byte[PX__NCS];
};

struct px__entity {
	const char *name;  /* without '&' and ';' */
	const char *value; /* UTF-8 */
};

extern const char *const px__cs_names[PX__NCS];
extern const uint16_t px__cs_hi[PX__NCS][128];
extern const struct px__cs_rev_entry px__cs_rev[];
extern const size_t px__cs_rev_count;
extern const struct px__entity px__entities[];
extern const size_t px__entity_count;

/* The charset bytes of a code point >= 0xA0, or NULL when no charset has it. */
const struct px__cs_rev_entry *px__cs_lookup(uint32_t cp);

/*
 * Scratch memory of the mojibake stage, reused across segments of one
 * px_text_repair call. Zero-initialise; release with px__moji_release.
 */
struct px__moji {
	uint32_t *cp;     /* code points of the segment */
	uint32_t *off;    /* byte offset of each code point, plus the end */
	const struct px__cs_rev_entry **rev;
	uint32_t *at;     /* indices of the code points a candidate may start at */
	size_t cap;
	struct px__cand *cand;
	size_t ccap;
	struct px__cluster *cl;
	size_t clcap;
};
void px__moji_release(struct px__moji *m);

/*
 * Repairs mojibake in one segment of valid UTF-8 (no '\n'), appending the
 * result to out and logging each fixed run. *changed says whether the
 * output differs from the input.
 */
px_status px__moji_fix(struct px__moji *m, const char *s, size_t n,
		       struct px_buf *out, struct px_edits *log, int *changed);

#endif
