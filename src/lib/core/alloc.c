/*
 * Allocation hooks and the arena.
 *
 * Every library allocation goes through px_alloc/px_realloc/px_free so that
 * an embedder can plug in its own allocator and tests can fail the Nth
 * allocation. The hook is the library's only global; it is set once, before
 * use.
 *
 * The arena hands out aligned slices of large blocks; it is used for
 * per-document temporary data that dies all at once.
 */
#include <stdlib.h>
#include <string.h>

#include "parallax/core.h"

static void *
std_alloc(void *ud, size_t size)
{
	(void)ud;
	return malloc(size);
}

static void *
std_realloc(void *ud, void *ptr, size_t size)
{
	(void)ud;
	return realloc(ptr, size);
}

static void
std_free(void *ud, void *ptr)
{
	(void)ud;
	free(ptr);
}

static struct px_allocator px__allocator = {std_alloc, std_realloc, std_free,
					    NULL};

void
px_set_allocator(const struct px_allocator *a)
{
	if (a == NULL) {
		px__allocator.alloc = std_alloc;
		px__allocator.realloc = std_realloc;
		px__allocator.free = std_free;
		px__allocator.ud = NULL;
		return;
	}
	px__allocator = *a;
}

void *
px_alloc(size_t size)
{
	return px__allocator.alloc(px__allocator.ud, size ? size : 1);
}

void *
px_calloc(size_t n, size_t size)
{
	void *p = NULL;

	if (size && n > SIZE_MAX / size)
		return NULL;
	p = px_alloc(n * size);
	if (p)
		memset(p, 0, n * size > 0 ? n * size : 1);
	return p;
}

void *
px_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return px_alloc(size);
	return px__allocator.realloc(px__allocator.ud, ptr, size ? size : 1);
}

void
px_free(void *ptr)
{
	if (ptr)
		px__allocator.free(px__allocator.ud, ptr);
}

char *
px_strndup(const char *s, size_t len)
{
	char *p = NULL;

	if (len == SIZE_MAX)
		return NULL;
	p = px_alloc(len + 1);
	if (p == NULL)
		return NULL;
	if (len)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
px_strdup(const char *s)
{
	return s ? px_strndup(s, strlen(s)) : NULL;
}

px_status
px_grow(void **arr, size_t *cap, size_t need, size_t elsize)
{
	size_t ncap = *cap ? *cap : 8;
	void *p = NULL;

	if (need <= *cap)
		return PX_OK;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return PX_ENOMEM;
		ncap *= 2;
	}
	if (elsize && ncap > SIZE_MAX / elsize)
		return PX_ENOMEM;
	p = px_realloc(*arr, ncap * elsize);
	if (p == NULL)
		return PX_ENOMEM;
	*arr = p;
	*cap = ncap;
	return PX_OK;
}

/* ----------------------------------------------------------------- arena */

struct px_arena_block {
	struct px_arena_block *next;
	size_t size;
	size_t used;
	max_align_t data[];
};

#define PX_ARENA_ALIGN (_Alignof(max_align_t))
#define PX_ARENA_FIRST ((size_t)1024) /* the first block's size, at most */

void
px_arena_init(struct px_arena *a, size_t block_size, size_t max)
{
	a->head = NULL;
	a->block_size = block_size ? block_size : 64 * 1024;
	a->total = 0;
	a->max = max;
}

void *
px_arena_alloc(struct px_arena *a, size_t size)
{
	struct px_arena_block *b = a->head;
	size_t need = 0;
	void *p = NULL;

	if (a->block_size == 0)
		px_arena_init(a, 0, a->max);
	if (size > SIZE_MAX / 2)
		return NULL;
	need = (size + PX_ARENA_ALIGN - 1) & ~(PX_ARENA_ALIGN - 1);
	if (need == 0)
		need = PX_ARENA_ALIGN;
	if (a->max && a->total + need > a->max)
		return NULL;
	if (b == NULL || b->size - b->used < need) {
		/* Blocks grow from 1 KiB, doubling up to block_size: most
		 * arenas (an article's claims, a short story) hold a few
		 * kilobytes, and a full block each cost page faults and
		 * peak memory. */
		size_t grow = b ? b->size * 2 : PX_ARENA_FIRST;
		size_t bs = grow < a->block_size ? grow : a->block_size;
		if (bs < need)
			bs = need;
		b = px_alloc(sizeof(*b) + bs);
		if (b == NULL)
			return NULL;
		b->size = bs;
		b->used = 0;
		/* A block too big for normal use goes second, so the current
		 * block keeps serving small requests. */
		if (a->head && bs > a->block_size) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += need;
	a->total += need;
	return p;
}

char *
px_arena_strndup(struct px_arena *a, const char *s, size_t len)
{
	char *p = NULL;

	if (len == SIZE_MAX)
		return NULL;
	p = px_arena_alloc(a, len + 1);
	if (p == NULL)
		return NULL;
	if (len)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
px_arena_reset(struct px_arena *a)
{
	struct px_arena_block *b = a->head;
	struct px_arena_block *keep = NULL;

	while (b) {
		struct px_arena_block *next = b->next;
		if (keep == NULL && b->size == a->block_size) {
			keep = b;
			keep->used = 0;
		} else {
			px_free(b);
		}
		b = next;
	}
	if (keep)
		keep->next = NULL;
	a->head = keep;
	a->total = 0;
}

void
px_arena_release(struct px_arena *a)
{
	struct px_arena_block *b = a->head;

	while (b) {
		struct px_arena_block *next = b->next;
		px_free(b);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
}
