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

/* The verbs, lower case, NULL-terminated (for px__cl_tok_among). */
static const char *const px__naming_verbs[] = {"branded",  "brands",  "called",   "calls",
					       "described", "describes", "dubbed", "dubs",
					       "labeled",  "labelled", "labels",   "termed",
					       "terms",    NULL};

/* Whether lower-case word w is a verb of naming. */
static inline int
px__naming_verb(const char *w)
{
	size_t i = 0;

	for (i = 0; px__naming_verbs[i]; i++)
		if (strcmp(w, px__naming_verbs[i]) == 0)
			return 1;
	return 0;
}

#endif
