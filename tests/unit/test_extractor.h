/*
 * One claims extractor for a whole test binary: cmocka group setup and
 * teardown (tests/unit/test_claims.c, test_attribution.c,
 * test_claim_tokens.c).
 */
#ifndef PX_TEST_EXTRACTOR_H
#define PX_TEST_EXTRACTOR_H

#include "parallax/parallax.h"

static struct px_extractor *X;

static int
setup(void **state)
{
	(void)state;
	return px_extractor_new(&X) == PX_OK ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	px_extractor_free(X);
	return 0;
}

#endif
