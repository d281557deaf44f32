/*
 * parallax core: status codes, allocation, arenas, buffers, interning maps
 * and UTF-8 helpers. Every other module builds on these.
 *
 * Ownership rules for the whole library:
 * - Memory returned to the caller is allocated with px_alloc() and freed
 *   with px_free() (or the type's own _free()/_release()); _free(NULL) and
 *   _release() on a zeroed struct do nothing.
 * - Functions return a px_status; results come back through out-params,
 *   which are NULL/0 on failure (the caller then owns nothing).
 * - Input text is passed as pointer + length and need not be NUL-terminated.
 *   Strings the library returns are always NUL-terminated for convenience.
 * - No function keeps global state except the allocator hook, which must be
 *   set before any other call and not changed while the library is in use.
 *   Unless a function says otherwise, distinct objects may be used from
 *   distinct threads at once; one object is not safe to share.
 */
#ifndef PARALLAX_CORE_H
#define PARALLAX_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(PX_BUILDING) && defined(__GNUC__)
#define PX_API __attribute__((visibility("default")))
#else
#define PX_API
#endif

#if defined(__GNUC__)
#define PX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PX_PRINTF(f, a)
#endif

#define PX_VERSION_MAJOR 0
#define PX_VERSION_MINOR 1
#define PX_VERSION_PATCH 0
#define PX_VERSION_STRING "0.1.0"

/* The library's version string ("0.1.0"); static storage. */
PX_API const char *px_version(void);

/*
 * Status codes. The numbers are stable and never reused; new codes are only
 * appended. Generated from one table so names and messages never drift.
 */
#define PX_STATUS_MAP(X)                                               \
	X(OK, 0, "success")                                            \
	X(ENOMEM, 1, "out of memory")                                  \
	X(EINVAL, 2, "invalid argument")                               \
	X(EIO, 3, "input/output error")                                \
	X(EFORMAT, 4, "malformed input")                               \
	X(ETOOBIG, 5, "input exceeds a size limit")                    \
	X(EBINARY, 6, "binary data, not text")                         \
	X(EEMPTY, 7, "empty input")                                    \
	X(ETRUNCATED, 8, "truncated input")                            \
	X(ENOTFOUND, 9, "not found")                                   \
	X(EEXIST, 10, "already exists")                                \
	X(EDEPTH, 11, "nesting too deep")                              \
	X(EENCODING, 12, "unsupported or broken encoding")             \
	X(EDB, 13, "store error")                                      \
	X(ESTOP, 14, "stopped by callback")                            \
	X(EUNSUPPORTED, 15, "unsupported")

typedef enum px_status {
#define PX__STATUS_ENUM(name, num, msg) PX_##name = num,
	PX_STATUS_MAP(PX__STATUS_ENUM)
#undef PX__STATUS_ENUM
	PX__STATUS_END
} px_status;

/* A short lowercase message for a status; static storage, never NULL. */
PX_API const char *px_strerror(px_status st);
/* The status's name without prefix ("ENOMEM"); static storage, never NULL. */
PX_API const char *px_status_name(px_status st);

/* ---------------------------------------------------------------- memory */

/*
 * The allocator every library allocation goes through. realloc(p, 0) is
 * never called; free(NULL) may be. Set with px_set_allocator() before any
 * other call (not thread-safe); NULL restores the C library's allocator.
 */
struct px_allocator {
	void *(*alloc)(void *ud, size_t size);
	void *(*realloc)(void *ud, void *ptr, size_t size);
	void (*free)(void *ud, void *ptr);
	void *ud;
};
PX_API void px_set_allocator(const struct px_allocator *a);

/*
 * Back the default allocator's heaps with transparent huge pages as they
 * grow (madvise MADV_HUGEPAGE; the kernel's THP mode "madvise" or
 * "always" decides): the main heap, and the heaps glibc gives other
 * threads. A program that allocates a lot calls it once at start, before
 * any thread and any other call; it changes the process's malloc tuning
 * (glibc mallopt: top pad 64 MiB, mmap threshold 32 MiB, trim threshold
 * 128 MiB), so a library embedding parallax may prefer not to. Fewer page
 * faults and TLB misses: parallax report over bench-news takes about 6%
 * less CPU with one thread, and about 10% less with two. PX_EUNSUPPORTED (nothing changed) except on Linux with
 * glibc, or when px_set_allocator() installed another allocator.
 */
PX_API px_status px_alloc_huge_pages(void);

/* Allocation: NULL on failure (or size 0 rounds up to 1). */
PX_API void *px_alloc(size_t size);
/* Zeroed allocation of n * size bytes; NULL on failure or overflow. */
PX_API void *px_calloc(size_t n, size_t size);
/* Resize; on failure returns NULL and leaves ptr untouched. May move. */
PX_API void *px_realloc(void *ptr, size_t size);
PX_API void px_free(void *ptr);
/* Copies of len bytes plus a NUL; NULL on failure. */
PX_API char *px_strndup(const char *s, size_t len);
PX_API char *px_strdup(const char *s);

/*
 * Grow *arr (of *cap elements of elsize bytes) to hold at least need
 * elements, doubling. PX_ENOMEM on failure, leaving *arr as it was.
 */
PX_API px_status px_grow(void **arr, size_t *cap, size_t need, size_t elsize);

/*
 * Arena: bump allocation for per-document temporary data, freed all at once.
 * Caller-owned struct; zero-initialise or px_arena_init(), px_arena_release().
 * Pointers from px_arena_alloc stay valid until reset or release.
 */
struct px_arena_block;
struct px_arena {
	struct px_arena_block *head;
	size_t block_size;
	size_t total; /* bytes handed out since the last reset */
	size_t max;   /* 0: no limit; otherwise allocations past it fail */
};
PX_API void px_arena_init(struct px_arena *a, size_t block_size, size_t max);
/* Memory aligned for any type; NULL on failure or past the limit. */
PX_API void *px_arena_alloc(struct px_arena *a, size_t size);
PX_API char *px_arena_strndup(struct px_arena *a, const char *s, size_t len);
/* Forget everything allocated, keeping the first block for reuse. */
PX_API void px_arena_reset(struct px_arena *a);
PX_API void px_arena_release(struct px_arena *a);

/*
 * Growable byte buffer with a maximum size. data is always NUL-terminated
 * when non-NULL. Appends that fail (memory or max) set the sticky `failed`
 * status and are ignored afterwards, so a builder checks once at the end.
 * Any append may move data.
 */
struct px_buf {
	char *data;
	size_t len;
	size_t cap;
	size_t max; /* 0 means PX_BUF_DEFAULT_MAX */
	px_status failed;
};
#define PX_BUF_DEFAULT_MAX ((size_t)1 << 30)
#define PX_BUF_INIT {NULL, 0, 0, 0, PX_OK}
PX_API void px_buf_init(struct px_buf *b, size_t max);
PX_API void px_buf_release(struct px_buf *b);
/* Give the data to the caller (free with px_free); the buffer is emptied. */
PX_API char *px_buf_detach(struct px_buf *b, size_t *len);
PX_API void px_buf_reset(struct px_buf *b);
PX_API px_status px_buf_reserve(struct px_buf *b, size_t extra);
PX_API px_status px_buf_append(struct px_buf *b, const void *p, size_t len);
PX_API px_status px_buf_puts(struct px_buf *b, const char *s);
PX_API px_status px_buf_putc(struct px_buf *b, int c);
PX_API px_status px_buf_printf(struct px_buf *b, const char *fmt, ...)
	PX_PRINTF(2, 3);
PX_API px_status px_buf_vprintf(struct px_buf *b, const char *fmt, va_list ap);
/* Append the code point as UTF-8. */
PX_API px_status px_buf_put_cp(struct px_buf *b, uint32_t cp);
/* Append s as the contents of a JSON string, with quotes. */
PX_API px_status px_buf_put_json_str(struct px_buf *b, const char *s, size_t len);
PX_API void px_buf_truncate(struct px_buf *b, size_t len);

/*
 * Interning map: byte strings to dense ids 0, 1, 2, ... in insertion order,
 * each with a user value slot. Keys are copied into the map's own arena.
 */
struct px_map;
PX_API px_status px_map_new(struct px_map **out);
PX_API void px_map_free(struct px_map *m);
/* Id of key, inserting it when absent (*added says which). */
PX_API px_status px_map_intern(struct px_map *m, const char *key, size_t len,
			       uint32_t *id, int *added);
/* Id of key, or PX_ENOTFOUND. */
PX_API px_status px_map_find(const struct px_map *m, const char *key,
			     size_t len, uint32_t *id);
PX_API size_t px_map_count(const struct px_map *m);
/* Key of an id (NUL-terminated, owned by the map, valid until free). */
PX_API const char *px_map_key(const struct px_map *m, uint32_t id, size_t *len);
/* The value slot of an id (initially 0). */
PX_API uintptr_t *px_map_value(struct px_map *m, uint32_t id);

/* SHA-256 of bytes as 64 lowercase hex digits and a NUL (FIPS 180-4);
 * what sha256sum prints. The incremental form hashes a stream. */
struct px_sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t fill;
};
PX_API void px_sha256_init(struct px_sha256 *s);
PX_API void px_sha256_update(struct px_sha256 *s, const void *data, size_t len);
PX_API void px_sha256_final(struct px_sha256 *s, char out[65]);
PX_API void px_sha256_hex(const void *data, size_t len, char out[65]);

/* 64-bit hash of bytes (xxHash3) with a seed. */
PX_API uint64_t px_hash64(const void *p, size_t len, uint64_t seed);

/* ----------------------------------------------------------------- UTF-8 */

/*
 * Decode one code point from s[0..len). Returns the sequence length (1..4)
 * and sets *cp; on an invalid or truncated sequence returns the length of
 * the maximal invalid prefix (at least 1) and sets *cp to -1.
 * len must be > 0.
 */
PX_API size_t px_utf8_decode(const char *s, size_t len, int32_t *cp);
/* Encode cp (< 0x110000, not a surrogate) into out[4]; returns 1..4 or 0. */
PX_API size_t px_utf8_encode(uint32_t cp, char out[4]);
/* Whether s[0..len) is valid UTF-8 (no overlongs, surrogates or > U+10FFFF). */
PX_API int px_utf8_valid(const char *s, size_t len);
/* Byte length of the longest valid UTF-8 prefix of s[0..len). */
PX_API size_t px_utf8_valid_prefix(const char *s, size_t len);

/*
 * Data files shipped in data/ are compiled into the library. Looks one up by
 * file name ("abbreviations.txt"); the bytes are static, NUL-terminated.
 */
PX_API px_status px_data_get(const char *name, const char **data, size_t *len);

#ifdef __cplusplus
}
#endif
#endif
