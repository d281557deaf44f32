/*
 * Unit tests of src/lib/core: status table, allocation hooks with injected
 * failures, arena, buffer limits, interning map, UTF-8.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <xxhash.h>

#include "parallax/parallax.h"
#include "core_internal.h"
#include "test_alloc.h"


static void
test_status_names(void **state)
{
	(void)state;
	assert_int_equal(PX_OK, 0);
	assert_string_equal(px_strerror(PX_OK), "success");
	assert_string_equal(px_strerror(PX_ENOMEM), "out of memory");
	assert_string_equal(px_status_name(PX_EBINARY), "EBINARY");
	assert_string_equal(px_strerror((px_status)9999), "unknown status");
	assert_string_equal(px_version(), PX_VERSION_STRING);
}

static void
test_buf_basic(void **state)
{
	struct px_buf b = PX_BUF_INIT;
	char *d = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(px_buf_puts(&b, "hello"), PX_OK);
	assert_int_equal(px_buf_printf(&b, " %d %s", 42, "x"), PX_OK);
	assert_string_equal(b.data, "hello 42 x");
	assert_int_equal(b.len, 10);
	px_buf_truncate(&b, 5);
	assert_string_equal(b.data, "hello");
	px_buf_put_cp(&b, 0x2019);
	assert_string_equal(b.data, "hello\xE2\x80\x99");
	d = px_buf_detach(&b, &len);
	assert_int_equal(len, 8);
	assert_null(b.data);
	px_free(d);
	px_buf_release(&b);
}

/*
 * px_buf_printf formats into the spare capacity and again only when the
 * result did not fit: results longer than the spare, at the maximum and one
 * byte past it must come out as snprintf's, or fail leaving the text whole.
 */
static void
test_buf_printf_fit(void **state)
{
	struct px_buf b = PX_BUF_INIT;
	char want[600];
	char word[300];
	int i = 0;

	(void)state;
	memset(word, 'w', sizeof word - 1);
	word[sizeof word - 1] = '\0';
	for (i = 0; i < 40; i++)
		assert_int_equal(px_buf_printf(&b, "%d,", i * 7919), PX_OK);
	snprintf(want, sizeof want, "%s", b.data);
	assert_int_equal(px_buf_printf(&b, "[%s|%.3f]", word, 2.5), PX_OK);
	snprintf(want + strlen(want), sizeof want - strlen(want), "[%s|%.3f]",
		 word, 2.5);
	assert_string_equal(b.data, want);
	assert_int_equal(b.len, strlen(want));
	px_buf_release(&b);

	px_buf_init(&b, 10);
	assert_int_equal(px_buf_puts(&b, "abc"), PX_OK);
	assert_int_equal(px_buf_printf(&b, "%s", "defghij"), PX_OK);
	assert_string_equal(b.data, "abcdefghij");
	px_buf_truncate(&b, 3);
	assert_int_equal(px_buf_printf(&b, "%s%d", "defghij", 7), PX_ETOOBIG);
	assert_string_equal(b.data, "abc");
	assert_int_equal(b.len, 3);
	px_buf_release(&b);

	px_buf_init(&b, 100);
	assert_int_equal(px_buf_printf(&b, "%.*s", 60, word), PX_OK);
	assert_int_equal(px_buf_printf(&b, "%.*s", 40, word), PX_OK);
	assert_int_equal(b.len, 100);
	assert_int_equal(px_buf_printf(&b, "%d", 1), PX_ETOOBIG);
	assert_int_equal(b.len, 100);
	assert_int_equal(b.data[100], '\0');
	px_buf_release(&b);
}

static void
test_buf_max_is_sticky(void **state)
{
	struct px_buf b;

	(void)state;
	px_buf_init(&b, 8);
	assert_int_equal(px_buf_puts(&b, "12345678"), PX_OK);
	assert_int_equal(px_buf_putc(&b, '9'), PX_ETOOBIG);
	/* Later appends fail too, even small ones, until reset. */
	assert_int_equal(px_buf_puts(&b, ""), PX_ETOOBIG);
	assert_int_equal(b.failed, PX_ETOOBIG);
	assert_int_equal(b.len, 8);
	px_buf_reset(&b);
	assert_int_equal(px_buf_puts(&b, "ok"), PX_OK);
	px_buf_release(&b);
}

static void
test_buf_json(void **state)
{
	struct px_buf b = PX_BUF_INIT;
	const char in[] = "a\"b\\c\n\x01 \xE2\x80\x9Cq\xE2\x80\x9D \xFF";

	(void)state;
	px_buf_put_json_str(&b, in, sizeof(in) - 1);
	assert_string_equal(b.data,
			    "\"a\\\"b\\\\c\\n\\u0001 \xE2\x80\x9Cq\xE2\x80\x9D \xEF\xBF\xBD\"");
	px_buf_release(&b);
}

/*
 * px_buf_put_json_str skips runs of plain ASCII eight bytes at a time:
 * each byte that needs a look, at every position of a longer text, must
 * come out as a byte-at-a-time escaper writes it.
 */
static void
test_buf_json_positions(void **state)
{
	static const char *const special[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f",
					      "\xC3\xA9", "\xFF", " ", "!", "#", "[", "]"};
	static const char *const want[] = {"\\\"", "\\\\", "\\n", "\\u0001", "\\u001f",
					   "\x7f", "\xC3\xA9", "\xEF\xBF\xBD", " ", "!", "#", "[",
					   "]"};
	struct px_buf b = PX_BUF_INIT;
	char in[64], out[128];
	size_t k = 0, pos = 0, len = 0;

	(void)state;
	for (k = 0; k < sizeof special / sizeof special[0]; k++)
		for (len = 1; len <= 24; len++)
			for (pos = 0; pos < len; pos++) {
				size_t sl = strlen(special[k]);
				memset(in, 'q', pos);
				memcpy(in + pos, special[k], sl);
				memset(in + pos + sl, 'z', len - pos - 1);
				snprintf(out, sizeof out, "\"%.*s%s%.*s\"", (int)pos,
					 "qqqqqqqqqqqqqqqqqqqqqqqq", want[k], (int)(len - pos - 1),
					 "zzzzzzzzzzzzzzzzzzzzzzzz");
				px_buf_reset(&b);
				px_buf_put_json_str(&b, in, len - 1 + sl);
				assert_string_equal(b.data, out);
			}
	px_buf_release(&b);
}

static void
test_arena(void **state)
{
	struct px_arena a;
	char *big = NULL;
	void *p = NULL;
	int i = 0;

	(void)state;
	px_arena_init(&a, 256, 0);
	for (i = 0; i < 100; i++) {
		p = px_arena_alloc(&a, 24);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
		memset(p, 0xAB, 24);
	}
	big = px_arena_alloc(&a, 10000);
	assert_non_null(big);
	memset(big, 1, 10000);
	assert_string_equal(px_arena_strndup(&a, "abcdef", 3), "abc");
	px_arena_reset(&a);
	assert_int_equal(a.total, 0);
	assert_non_null(px_arena_alloc(&a, 8));
	px_arena_release(&a);

	px_arena_init(&a, 64, 100);
	assert_non_null(px_arena_alloc(&a, 64));
	assert_null(px_arena_alloc(&a, 64)); /* past the limit */
	px_arena_release(&a);
}

/* The largest single allocation seen by the sizing allocator. */
static size_t largest = 0;

static void *
sizing_alloc(void *ud, size_t n)
{
	(void)ud;
	if (n > largest)
		largest = n;
	return malloc(n);
}

/* An arena's blocks grow from 1 KiB: a small arena never takes a whole
 * block of its block size (an article's few claims do not cost 64 KiB). */
static void
test_arena_growth(void **state)
{
	struct px_allocator sa = {sizing_alloc, failing_realloc, plain_free, NULL};
	struct px_arena a;
	size_t i = 0;

	(void)state;
	fail_at = 0;
	px_set_allocator(&sa);
	px_arena_init(&a, 64 * 1024, 0);
	largest = 0;
	for (i = 0; i < 10; i++)
		assert_non_null(px_arena_alloc(&a, 40));
	assert_true(largest < 2048);
	for (i = 0; i < 4000; i++)
		assert_non_null(px_arena_alloc(&a, 40));
	assert_true(largest >= 64 * 1024 && largest < 65 * 1024); /* grown to the block size */
	px_arena_release(&a);
	px_set_allocator(NULL);
}

static void
test_map_intern(void **state)
{
	struct px_map *m = NULL;
	uint32_t id = 0, id2 = 0;
	int added = 0;
	char key[32];
	int i = 0;
	size_t len = 0;

	(void)state;
	assert_int_equal(px_map_new(&m), PX_OK);
	assert_int_equal(px_map_intern(m, "officials", 9, &id, &added), PX_OK);
	assert_int_equal(id, 0);
	assert_int_equal(added, 1);
	assert_int_equal(px_map_intern(m, "officials", 9, &id2, &added), PX_OK);
	assert_int_equal(id2, 0);
	assert_int_equal(added, 0);
	/* Many keys force rehashing; ids stay dense and stable. */
	for (i = 0; i < 5000; i++) {
		int n = snprintf(key, sizeof key, "k%d", i);
		assert_int_equal(px_map_intern(m, key, (size_t)n, &id, NULL), PX_OK);
		assert_int_equal(id, (uint32_t)i + 1);
	}
	assert_int_equal(px_map_count(m), 5001);
	assert_int_equal(px_map_find(m, "k4999", 5, &id), PX_OK);
	assert_int_equal(id, 5000);
	assert_string_equal(px_map_key(m, 5000, &len), "k4999");
	assert_int_equal(len, 5);
	assert_int_equal(px_map_find(m, "absent", 6, &id), PX_ENOTFOUND);
	/* Every key is found under its id and no absent one is. */
	for (i = 0; i < 5000; i++) {
		int n = snprintf(key, sizeof key, "k%d", i);
		assert_int_equal(px_map_find(m, key, (size_t)n, &id), PX_OK);
		assert_int_equal(id, (uint32_t)i + 1);
		n = snprintf(key, sizeof key, "x%d", i);
		assert_int_equal(px_map_find(m, key, (size_t)n, &id),
				 PX_ENOTFOUND);
	}
	*px_map_value(m, 3) = 77;
	assert_int_equal(*px_map_value(m, 3), 77);
	/* The empty string is a key like any other. */
	assert_int_equal(px_map_intern(m, "", 0, &id, &added), PX_OK);
	assert_int_equal(added, 1);
	px_map_free(m);
	px_map_free(NULL);
}

static void
test_utf8(void **state)
{
	int32_t cp = 0;
	char out[4];

	(void)state;
	assert_int_equal(px_utf8_decode("\xC3\xA9", 2, &cp), 2);
	assert_int_equal(cp, 0xE9);
	assert_int_equal(px_utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	/* Overlong, surrogate, truncated and stray continuation bytes. */
	assert_int_equal(px_utf8_decode("\xC0\xAF", 2, &cp), 1);
	assert_int_equal(cp, -1);
	assert_int_equal(px_utf8_decode("\xED\xA0\x80", 3, &cp), 1);
	assert_int_equal(cp, -1);
	assert_int_equal(px_utf8_decode("\xE2\x80", 2, &cp), 2);
	assert_int_equal(cp, -1);
	assert_int_equal(px_utf8_decode("\x80", 1, &cp), 1);
	assert_int_equal(cp, -1);
	assert_true(px_utf8_valid("Mäkelä Wróbel 日本 😀", strlen("Mäkelä Wróbel 日本 😀")));
	assert_false(px_utf8_valid("abc\xFF", 4));
	assert_int_equal(px_utf8_valid_prefix("abcdefghij\xC3", 11), 10);
	assert_int_equal(px_utf8_encode(0x20AC, out), 3);
	assert_memory_equal(out, "\xE2\x82\xAC", 3);
	assert_int_equal(px_utf8_encode(0xD800, out), 0);
	assert_int_equal(px_utf8_encode(0x110000, out), 0);
}

static void
test_alloc_failure_every_n(void **state)
{
	struct px_allocator fa = {failing_alloc, failing_realloc, plain_free, NULL};
	long n = 0;

	(void)state;
	px_set_allocator(&fa);
	/* Fail the Nth allocation for every N: each step either succeeds or
	 * reports PX_ENOMEM, and nothing leaks (checked under ASan). */
	for (n = 1; n < 200; n++) {
		struct px_map *m = NULL;
		struct px_buf b = PX_BUF_INIT;
		px_status st = PX_OK;
		int i = 0;

		fail_at = n;
		alloc_count = 0;
		st = px_map_new(&m);
		for (i = 0; st == PX_OK && i < 100; i++) {
			char k[16];
			uint32_t id = 0;
			int len = snprintf(k, sizeof k, "w%d", i);
			st = px_map_intern(m, k, (size_t)len, &id, NULL);
			if (st == PX_OK)
				px_buf_printf(&b, "%s ", k);
		}
		assert_true(st == PX_OK || st == PX_ENOMEM);
		assert_true(b.failed == PX_OK || b.failed == PX_ENOMEM);
		px_map_free(m);
		px_buf_release(&b);
	}
	px_set_allocator(NULL);
}

static void
test_hash(void **state)
{
	(void)state;
	assert_true(px_hash64("abc", 3, 0) == px_hash64("abc", 3, 0));
	assert_true(px_hash64("abc", 3, 0) != px_hash64("abd", 3, 0));
	assert_true(px_hash64("abc", 3, 0) != px_hash64("abc", 3, 1));
	/* The hash is xxHash's XXH3 (compiled inline in the library), whose
	 * values decide map layouts and the perspective's keys. */
	assert_true(px_hash64("officials", 9, 0) ==
		    XXH3_64bits_withSeed("officials", 9, 0));
	assert_true(px_hash64("", 0, 7) == XXH3_64bits_withSeed("", 0, 7));
	{
		char longkey[300];
		memset(longkey, 'q', sizeof longkey);
		assert_true(px_hash64(longkey, sizeof longkey, 3) ==
			    XXH3_64bits_withSeed(longkey, sizeof longkey, 3));
	}
}

/*
 * SHA-256: FIPS 180-4 vectors, whole (the SHA instructions take updates of
 * 1 KiB or more where the processor has them) and one byte at a time (the
 * portable rounds); and a 1 MB input in pieces of many sizes, which must
 * agree however it is cut.
 */
static void
test_sha256(void **state)
{
	static const char *const abc_want =
		"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
	static const char *const two_blocks =
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char out[65], whole[65];
	unsigned char *big = malloc(1000000);
	struct px_sha256 h;
	size_t i = 0, step = 0;

	(void)state;
	assert_non_null(big);
	px_sha256_hex("", 0, out);
	assert_string_equal(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	px_sha256_hex("abc", 3, out);
	assert_string_equal(out, abc_want);
	px_sha256_hex(two_blocks, strlen(two_blocks), out);
	assert_string_equal(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	memset(big, 'a', 1000000);
	px_sha256_hex(big, 1000000, out);
	assert_string_equal(out, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	px_sha256_init(&h);
	for (i = 0; i < 1000000; i++)
		px_sha256_update(&h, big + i, 1);
	px_sha256_final(&h, out);
	assert_string_equal(out, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	for (i = 0; i < 1000000; i++)
		big[i] = (unsigned char)(i * 2654435761u >> 13);
	px_sha256_hex(big, 1000000, whole);
	for (step = 1; step < 70000; step = step * 3 + 1) {
		px_sha256_init(&h);
		for (i = 0; i < 1000000; i += step)
			px_sha256_update(&h, big + i, 1000000 - i < step ? 1000000 - i : step);
		px_sha256_final(&h, out);
		assert_string_equal(out, whole);
	}
	free(big);
}

static int
cmp_key(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * px__sort_u64 against qsort on the shapes a clustering vector takes
 * (repeated (space, term) keys) and on the ones that break quicksorts:
 * sorted, reversed, all equal, organ pipe, two values.
 */
static void
test_sort_u64(void **state)
{
	static const size_t sizes[] = {0, 1, 2, 3, 15, 16, 17, 100, 1000, 20000};
	uint64_t *v = malloc(20000 * sizeof(*v));
	uint64_t *w = malloc(20000 * sizeof(*w));
	uint64_t seed = 88172645463325252u;
	size_t si = 0, i = 0;
	int shape = 0;

	(void)state;
	assert_non_null(v);
	assert_non_null(w);
	for (shape = 0; shape < 7; shape++)
		for (si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
			size_t n = sizes[si];
			for (i = 0; i < n; i++) {
				seed ^= seed << 13;
				seed ^= seed >> 7;
				seed ^= seed << 17;
				switch (shape) {
				case 0: v[i] = seed; break;
				case 1: v[i] = ((seed % 3) << 32) | (seed >> 40) % 50; break;
				case 2: v[i] = i; break;
				case 3: v[i] = n - i; break;
				case 4: v[i] = 7; break;
				case 5: v[i] = i < n / 2 ? i : n - i; break;
				default: v[i] = seed & 1; break;
				}
			}
			memcpy(w, v, n * sizeof(*v));
			if (n)
				qsort(w, n, sizeof(*w), cmp_key);
			px__sort_u64(v, n);
			for (i = 0; i < n; i++)
				if (v[i] != w[i])
					fail_msg("shape %d, n %zu: key %zu is %llu, want %llu", shape, n,
						 i, (unsigned long long)v[i], (unsigned long long)w[i]);
		}
	free(v);
	free(w);
}

/* Huge pages on the heap change where memory comes from, never what an
   allocation holds: 64 MiB in blocks of 1 MiB, written, grown and read. */
static void
test_alloc_huge_pages(void **state)
{
	unsigned char *p[64];
	size_t i = 0, k = 0;
	px_status st = px_alloc_huge_pages();

	(void)state;
	assert_true(st == PX_OK || st == PX_EUNSUPPORTED);
	for (i = 0; i < 64; i++) {
		p[i] = px_alloc((size_t)1 << 20);
		assert_non_null(p[i]);
		memset(p[i], (int)i, (size_t)1 << 20);
	}
	for (i = 0; i < 64; i += 2) {
		unsigned char *q = px_realloc(p[i], (size_t)3 << 20);
		assert_non_null(q);
		p[i] = q;
	}
	for (i = 0; i < 64; i++) {
		for (k = 0; k < ((size_t)1 << 20); k += 4093)
			assert_int_equal(p[i][k], i);
		px_free(p[i]);
	}
}

/* The same from a second thread, whose blocks come from glibc's heaps for
   threads (advised one heap at a time): more than one such heap's 64 MiB. */
static void *
huge_pages_thread(void *arg)
{
	unsigned char *p[96];
	size_t i = 0, k = 0;
	int *ok = arg;

	*ok = 1;
	for (i = 0; i < 96; i++) {
		p[i] = px_alloc((size_t)1 << 20);
		if (p[i] == NULL) {
			*ok = 0;
			break;
		}
		memset(p[i], (int)i, (size_t)1 << 20);
	}
	for (k = 0; k < i; k++) {
		if (p[k][k * 4093 % ((size_t)1 << 20)] != (unsigned char)k)
			*ok = 0;
		px_free(p[k]);
	}
	return NULL;
}

static void
test_alloc_huge_pages_thread(void **state)
{
	pthread_t t;
	int ok = 0;
	px_status st = px_alloc_huge_pages();

	(void)state;
	assert_true(st == PX_OK || st == PX_EUNSUPPORTED);
	assert_int_equal(pthread_create(&t, NULL, huge_pages_thread, &ok), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(ok, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_names),
		cmocka_unit_test(test_buf_basic),
		cmocka_unit_test(test_buf_printf_fit),
		cmocka_unit_test(test_buf_max_is_sticky),
		cmocka_unit_test(test_buf_json),
		cmocka_unit_test(test_buf_json_positions),
		cmocka_unit_test(test_arena),
		cmocka_unit_test(test_arena_growth),
		cmocka_unit_test(test_map_intern),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_alloc_failure_every_n),
		cmocka_unit_test(test_hash),
		cmocka_unit_test(test_sort_u64),
		cmocka_unit_test(test_sha256),
		cmocka_unit_test(test_alloc_huge_pages),
		cmocka_unit_test(test_alloc_huge_pages_thread),
	};
	return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
