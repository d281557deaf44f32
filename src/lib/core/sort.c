/*
 * Sorting arrays of unsigned 64-bit keys in place, ascending.
 *
 * qsort() calls its comparison function through a pointer for every
 * comparison; for plain integer keys (a clustering vector's (space, term)
 * pairs, a few hundred to a few thousand per article) that call was most
 * of the sort's cost. This is an introsort: quicksort with a median of
 * three, insertion sort below 16 keys, and heapsort when the recursion
 * passes twice the log of the length, so the worst case stays n log n.
 * The keys are integers, so any correct sort gives the same result.
 *
 * With scratch space for the keys, px__sort_u64_buf sorts by radix
 * instead: a few passes over the bytes that differ, without the
 * comparisons' mispredicted branches, which dominate an introsort of
 * random keys (a clustering vector's pairs differ in their low three bytes
 * and the space byte, four passes).
 */
#include <string.h>

#include "core_internal.h"

#define SMALL 16

static void
insertion(uint64_t *v, size_t n)
{
	size_t i = 0, j = 0;

	for (i = 1; i < n; i++) {
		uint64_t x = v[i];
		for (j = i; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static void
sift_down(uint64_t *v, size_t root, size_t n)
{
	uint64_t x = v[root];

	for (;;) {
		size_t c = 2 * root + 1;
		if (c >= n)
			break;
		if (c + 1 < n && v[c + 1] > v[c])
			c++;
		if (v[c] <= x)
			break;
		v[root] = v[c];
		root = c;
	}
	v[root] = x;
}

static void
heapsort_u64(uint64_t *v, size_t n)
{
	size_t i = n / 2;

	while (i-- > 0)
		sift_down(v, i, n);
	for (i = n; i-- > 1;) {
		uint64_t t = v[0];
		v[0] = v[i];
		v[i] = t;
		sift_down(v, 0, i);
	}
}

static void
swap(uint64_t *a, uint64_t *b)
{
	uint64_t t = *a;

	*a = *b;
	*b = t;
}

static void
introsort(uint64_t *v, size_t n, unsigned depth)
{
	while (n > SMALL) {
		size_t i = 0, j = 0, m = n / 2;
		uint64_t pivot = 0;

		if (depth == 0) {
			heapsort_u64(v, n);
			return;
		}
		depth--;
		/* Median of the first, middle and last keys, left in the middle. */
		if (v[m] < v[0])
			swap(&v[m], &v[0]);
		if (v[n - 1] < v[m]) {
			swap(&v[n - 1], &v[m]);
			if (v[m] < v[0])
				swap(&v[m], &v[0]);
		}
		pivot = v[m];
		/* Hoare partition: keys equal to the pivot are split between
		 * both sides, so runs of repeats stay n log n. */
		i = 0;
		j = n - 1;
		for (;;) {
			while (v[i] < pivot)
				i++;
			while (v[j] > pivot)
				j--;
			if (i >= j)
				break;
			swap(&v[i], &v[j]);
			i++;
			j--;
		}
		/* [0, j] <= pivot <= [j + 1, n): recurse into the smaller side. */
		if (j + 1 < n - (j + 1)) {
			introsort(v, j + 1, depth);
			v += j + 1;
			n -= j + 1;
		} else {
			introsort(v + j + 1, n - (j + 1), depth);
			n = j + 1;
		}
	}
	insertion(v, n);
}

void
px__sort_u64(uint64_t *v, size_t n)
{
	unsigned depth = 0;
	size_t k = n;

	while (k > 1) {
		depth += 2;
		k >>= 1;
	}
	introsort(v, n, depth);
}

#define RADIX_MIN 128 /* fewer keys: the histograms cost more than they save */

void
px__sort_u64_buf(uint64_t *v, uint64_t *tmp, size_t n)
{
	uint32_t count[256];
	uint64_t *src = v, *dst = tmp, diff = 0;
	size_t i = 0;
	unsigned d = 0;

	if (n < RADIX_MIN || n > UINT32_MAX) {
		px__sort_u64(v, n);
		return;
	}
	for (i = 1; i < n; i++)
		diff |= v[i] ^ v[0];
	for (d = 0; d < 64; d += 8) {
		uint32_t sum = 0;
		uint64_t *t = NULL;
		size_t b = 0;
		/* A byte that is the same in every key orders nothing. */
		if (((diff >> d) & 0xFF) == 0)
			continue;
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(src[i] >> d) & 0xFF]++;
		for (b = 0; b < 256; b++) {
			uint32_t c = count[b];
			count[b] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[(src[i] >> d) & 0xFF]++] = src[i];
		t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof(*v));
}
