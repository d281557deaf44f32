/*
 * Verbs of naming, shared by the quote finder (quote.c, which reads them
 * as cues) and the comparison (compare/facts.c, which gives a fragment
 * they attribute its speaker): the subject gives the quoted words as its
 * own ("Thale called the result \"a verdict reached in haste\"", "Pell
 * described the shortlist as \"the weakest in a decade\"").
 */
#ifndef PX_CLAIM_NAMING_H
#define PX_CLAIM_NAMING_H

#include <string.h>

/* Whether lower-case word w is a verb of naming. */
static inline int
px__naming_verb(const char *w)
{
	static const char *const verbs[] = {"branded", "brands", "called", "calls", "described",
					    "describes", "dubbed", "dubs", "labeled", "labelled",
					    "labels", "termed", "terms", NULL};
	size_t i = 0;

	for (i = 0; verbs[i]; i++)
		if (strcmp(w, verbs[i]) == 0)
			return 1;
	return 0;
}

#endif
