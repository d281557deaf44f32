/*
 * The failing allocator the unit tests share: install it with
 * px_set_allocator(&test_failing_allocator), set fail_at to N (from 1) and
 * alloc_count to 0, and the Nth allocation or reallocation fails, so a test
 * can fail every allocation in turn (STYLE.md "Allocation failure").
 * fail_at 0 never fails. Include once per test file.
 */
#ifndef PX_TEST_ALLOC_H
#define PX_TEST_ALLOC_H

#include <stdlib.h>

#include "parallax/core.h"

static long fail_at = 0;
static long alloc_count = 0;

static void *
failing_alloc(void *ud, size_t n)
{
	(void)ud;
	if (++alloc_count == fail_at)
		return NULL;
	return malloc(n);
}

static void *
failing_realloc(void *ud, void *p, size_t n)
{
	(void)ud;
	if (++alloc_count == fail_at)
		return NULL;
	return realloc(p, n);
}

static void
plain_free(void *ud, void *p)
{
	(void)ud;
	free(p);
}

#endif
