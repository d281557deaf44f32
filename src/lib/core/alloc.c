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
 *
 * With px_alloc_huge_pages() (Linux with glibc only) the default
 * allocator also asks for transparent huge pages on the C library's heap
 * as it grows; heap_mark, where that advice has reached, is then the
 * second global, and the only one written after start-up (atomically).
 * The heaps glibc gives other threads are advised too, once per thread
 * and heap; each thread notes the heaps it advised in thread-local
 * variables.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/core.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <unistd.h>
#if defined(MADV_HUGEPAGE) && defined(M_TOP_PAD) && !defined(__STDC_NO_ATOMICS__) && \
	!defined(__STDC_NO_THREADS__)
#define PX_HEAP_HUGE_PAGES 1
#endif
#endif

#ifdef PX_HEAP_HUGE_PAGES
#define HUGE_PAGE ((uintptr_t)2 << 20)

/* The heap below heap_mark (2 MiB aligned) is advised; 0: advice off. */
static _Atomic uintptr_t heap_mark;
/* The break as heap_advise last read it (sbrk(0)). */
static _Atomic uintptr_t heap_top;

/*
 * Advise MADV_HUGEPAGE over the heap grown past heap_mark since the last
 * call. A heap grown by brk() is a new mapping without the advice; one
 * advised as it grows faults in a 2 MiB page at a time (bench-news's
 * report: 150k page faults down to 20k, and fewer TLB misses). Which
 * thread advises a stretch is decided by moving the mark; sbrk(0) only
 * reads glibc's idea of the break.
 */
static void
heap_advise(void)
{
	uintptr_t mark = atomic_load_explicit(&heap_mark, memory_order_relaxed);
	uintptr_t top = 0;

	if (mark == 0)
		return;
	top = (uintptr_t)sbrk(0);
	atomic_store_explicit(&heap_top, top, memory_order_relaxed);
	if (top < mark) {
		/* Trimmed well below the mark: advise again from the top. */
		if (mark - top >= HUGE_PAGE)
			atomic_compare_exchange_strong(&heap_mark, &mark,
						       (top + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1));
		return;
	}
	if (top - mark < HUGE_PAGE)
		return;
	if (atomic_compare_exchange_strong(&heap_mark, &mark, top & ~(HUGE_PAGE - 1)))
		madvise((void *)mark, top - mark, MADV_HUGEPAGE);
}

/*
 * glibc serves every thread but the first from heaps of its own: mappings
 * of 64 MiB (HEAP_MAX_SIZE on 64-bit systems) aligned to their size, made
 * writable from the start up to the top pad, then a few pages at a time
 * (mprotect). A huge page needs a whole 2 MiB inside one writable mapping,
 * so advice given as such a heap creeps forward reaches little; with the
 * top pad at 64 MiB (px_alloc_huge_pages) a heap is writable whole when it
 * is made, and one advice over it serves all of it. The first block a
 * thread gets from a heap it has not advised yet (found by aligning the
 * block's address down; blocks of the main heap lie below the break)
 * advises that heap. Measured on bench-news's report with two threads:
 * page faults 104k -> 8k (a fault of a 4 KiB page costs about 15 us of
 * system time on the shared build machine, a virtual one).
 */
#define THREAD_HEAP ((uintptr_t)64 << 20)
#define THREAD_HEAPS 8

static _Thread_local uintptr_t heap_last;  /* the heap of the last block */
static _Thread_local uintptr_t heaps[THREAD_HEAPS]; /* the heaps advised */
static _Thread_local unsigned n_heaps;
static _Thread_local uintptr_t thread_heap_last; /* advised, not the main heap */
static _Thread_local unsigned n_skipped;

/* Called after heap_advise(), which has read the break into heap_top. */
static void
thread_heap_advise(uintptr_t p)
{
	uintptr_t heap = p & ~(THREAD_HEAP - 1);
	unsigned i = 0;

	if (p == 0 || heap == heap_last)
		return;
	heap_last = heap;
	if (atomic_load_explicit(&heap_mark, memory_order_relaxed) == 0 ||
	    p < atomic_load_explicit(&heap_top, memory_order_relaxed))
		return;
	thread_heap_last = heap;
	for (i = 0; i < n_heaps; i++)
		if (heaps[i] == heap)
			return;
	/* Past THREAD_HEAPS the last slot takes turns (advice twice is
	   harmless). */
	heaps[n_heaps < THREAD_HEAPS ? n_heaps++ : THREAD_HEAPS - 1] = heap;
	madvise((void *)heap, THREAD_HEAP, MADV_HUGEPAGE);
}

/*
 * The advice for a block of size bytes at address a. Most blocks need
 * none and are told apart without reading the break (an sbrk() call for
 * each of millions of allocations: with the two functions above, 270M
 * instructions on bench-news's report): a block of the thread heap this
 * thread last advised, or one that ends below the break as last read (the
 * block that grows the main heap ends past it; thread heaps lie above the
 * main heap, as thread_heap_advise assumes). Every 4096th block is checked
 * anyway, so that a heap trimmed and grown again under a stale heap_top
 * is advised again.
 */
static void
block_advise(uintptr_t a, size_t size)
{
	if (a == 0)
		return;
	if (++n_skipped % 4096 != 0 &&
	    ((a & ~(THREAD_HEAP - 1)) == thread_heap_last ||
	     a + size <= atomic_load_explicit(&heap_top, memory_order_relaxed)))
		return;
	heap_advise();
	thread_heap_advise(a);
}
#endif

static void *
std_alloc(void *ud, size_t size)
{
	void *p = malloc(size);

	(void)ud;
#ifdef PX_HEAP_HUGE_PAGES
	block_advise((uintptr_t)p, size);
#endif
	return p;
}

static void *
std_realloc(void *ud, void *ptr, size_t size)
{
	void *p = realloc(ptr, size);

	(void)ud;
#ifdef PX_HEAP_HUGE_PAGES
	block_advise((uintptr_t)p, size);
#endif
	return p;
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

px_status
px_alloc_huge_pages(void)
{
#ifdef PX_HEAP_HUGE_PAGES
	uintptr_t top = (uintptr_t)sbrk(0);

	if (px__allocator.alloc != std_alloc || top == (uintptr_t)-1)
		return PX_EUNSUPPORTED;
	/* The heap grows 64 MiB at a time: most of each growth is whole
	   2 MiB pages when first touched, and the 2 MiB where two growths
	   meet, which glibc touched before the advice (two mappings then,
	   never one huge page), come once per 64 MiB (with 16 MiB, 20k page
	   faults on bench-news, with 64 MiB 6.5k). The same pad makes the
	   other threads' heaps writable whole (thread_heap_advise). Setting
	   one threshold stops glibc from adjusting the others, so they are
	   set where its dynamic thresholds end up: blocks under 32 MiB come
	   from the (advised) heaps; up to 128 MiB free at the top is kept,
	   more than the pad, so that a trim does not undo a growth. */
	mallopt(M_TOP_PAD, 64 << 20);
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 128 << 20);
	atomic_store(&heap_top, top);
	atomic_store(&heap_mark, (top + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1));
	return PX_OK;
#else
	return PX_EUNSUPPORTED;
#endif
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
	if (px__allocator.alloc == std_alloc) {
		/* The C library's calloc skips the clearing of memory that is
		   zero already: a block mapped fresh (the stemmer's 4 MiB
		   table, made for each report) is then faulted in only where
		   it is touched, not all at once by a memset. */
		p = calloc(n ? n : 1, size ? size : 1);
#ifdef PX_HEAP_HUGE_PAGES
		block_advise((uintptr_t)p, n * size);
#endif
		return p;
	}
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
