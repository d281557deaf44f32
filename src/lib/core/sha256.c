/*
 * SHA-256 (FIPS 180-4), used to name the exact input files a report was
 * made from (the report header's `inputs[].sha256`, what sha256sum prints).
 * No Debian library the project already uses provides it, and it is small.
 *
 * On x86 processors with the SHA extensions the blocks go through them
 * (sha256rnds2, sha256msg1/2): `report` hashes every input before it reads
 * it, on one thread, and the portable rounds took 4.6% of the report's
 * instructions on bench-news. The processor is asked (cpuid) once per
 * update of 1 KiB or more; shorter ones use the portable rounds. Both give
 * the same digest: test_sha256 (tests/unit/test_core.c) checks FIPS 180-4
 * vectors through both, and a long input fed in pieces of every size.
 */
#include <string.h>

#include "parallax/core.h"

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define PX_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void
block(struct px_sha256 *s, const unsigned char *p)
{
	uint32_t w[64], a, b, c, d, e, f, g, h;
	int i = 0;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (i = 16; i < 64; i++) {
		uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = s->h[0]; b = s->h[1]; c = s->h[2]; d = s->h[3];
	e = s->h[4]; f = s->h[5]; g = s->h[6]; h = s->h[7];
	for (i = 0; i < 64; i++) {
		uint32_t S1 = ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25);
		uint32_t ch = (e & f) ^ (~e & g);
		uint32_t t1 = h + S1 + ch + K[i] + w[i];
		uint32_t S0 = ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22);
		uint32_t mj = (a & b) ^ (a & c) ^ (b & c);
		uint32_t t2 = S0 + mj;
		h = g; g = f; f = e; e = d + t1;
		d = c; c = b; b = a; a = t1 + t2;
	}
	s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d;
	s->h[4] += e; s->h[5] += f; s->h[6] += g; s->h[7] += h;
}

#ifdef PX_SHA_NI
/* SHA extensions (CPUID leaf 7, EBX bit 29) with SSSE3 and SSE4.1 (leaf 1,
 * ECX bits 9 and 19), which the shuffles and blends below use. */
static int
have_sha_ni(void)
{
	unsigned a = 0, b = 0, c = 0, d = 0;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 9)) || !(c & (1u << 19)))
		return 0;
	if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
		return 0;
	return (b & (1u << 29)) != 0;
}

/*
 * n blocks with the SHA instructions. The state is kept as ABEF and CDGH
 * (the order sha256rnds2 wants); each group of four rounds adds its
 * message words to the constants, and the schedule for words 16..63 is
 * W[i] = msg2(msg1(W[i-4], W[i-3]) + (W[i-2] W[i-1] shifted by a word),
 * W[i-1]) over groups of four words.
 */
__attribute__((target("sha,sse4.1,ssse3"))) static void
blocks_ni(struct px_sha256 *s, const unsigned char *p, size_t n)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
	__m128i tmp = _mm_loadu_si128((const __m128i *)(const void *)&s->h[0]);
	__m128i st1 = _mm_loadu_si128((const __m128i *)(const void *)&s->h[4]);
	__m128i st0;

	tmp = _mm_shuffle_epi32(tmp, 0xB1);     /* CDAB */
	st1 = _mm_shuffle_epi32(st1, 0x1B);     /* EFGH */
	st0 = _mm_alignr_epi8(tmp, st1, 8);     /* ABEF */
	st1 = _mm_blend_epi16(st1, tmp, 0xF0);  /* CDGH */
	for (; n > 0; n--, p += 64) {
		__m128i save0 = st0, save1 = st1;
		__m128i w[16];
		int g = 0;

		for (g = 0; g < 16; g++) {
			__m128i m;
			if (g < 4) {
				w[g] = _mm_shuffle_epi8(
					_mm_loadu_si128((const __m128i *)(const void *)(p + 16 * g)),
					bswap);
			} else {
				__m128i t = _mm_sha256msg1_epu32(w[g - 4], w[g - 3]);
				t = _mm_add_epi32(t, _mm_alignr_epi8(w[g - 1], w[g - 2], 4));
				w[g] = _mm_sha256msg2_epu32(t, w[g - 1]);
			}
			m = _mm_add_epi32(w[g], _mm_loadu_si128((const __m128i *)(const void *)&K[4 * g]));
			st1 = _mm_sha256rnds2_epu32(st1, st0, m);
			m = _mm_shuffle_epi32(m, 0x0E);
			st0 = _mm_sha256rnds2_epu32(st0, st1, m);
		}
		st0 = _mm_add_epi32(st0, save0);
		st1 = _mm_add_epi32(st1, save1);
	}
	tmp = _mm_shuffle_epi32(st0, 0x1B);     /* FEBA */
	st1 = _mm_shuffle_epi32(st1, 0xB1);     /* DCHG */
	st0 = _mm_blend_epi16(tmp, st1, 0xF0);  /* DCBA */
	st1 = _mm_alignr_epi8(st1, tmp, 8);     /* HGFE */
	_mm_storeu_si128((__m128i *)(void *)&s->h[0], st0);
	_mm_storeu_si128((__m128i *)(void *)&s->h[4], st1);
}
#endif

/* n consecutive 64-byte blocks. */
static void
blocks(struct px_sha256 *s, const unsigned char *p, size_t n, int ni)
{
#ifdef PX_SHA_NI
	if (ni) {
		blocks_ni(s, p, n);
		return;
	}
#endif
	(void)ni;
	for (; n > 0; n--, p += 64)
		block(s, p);
}

void
px_sha256_init(struct px_sha256 *s)
{
	static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
				       0xa54ff53a, 0x510e527f, 0x9b05688c,
				       0x1f83d9ab, 0x5be0cd19};
	memcpy(s->h, iv, sizeof iv);
	s->len = 0;
	s->fill = 0;
}

void
px_sha256_update(struct px_sha256 *s, const void *data, size_t len)
{
	const unsigned char *p = data;
	int ni = 0;

#ifdef PX_SHA_NI
	/* cpuid can cost microseconds in a virtual machine: short updates
	   (the store hashes ids and numbers) keep the portable rounds. */
	if (len >= 1024)
		ni = have_sha_ni();
#endif
	s->len += len;
	if (s->fill) {
		size_t take = 64 - s->fill < len ? 64 - s->fill : len;
		memcpy(s->buf + s->fill, p, take);
		s->fill += take;
		p += take;
		len -= take;
		if (s->fill < 64)
			return;
		blocks(s, s->buf, 1, ni);
		s->fill = 0;
	}
	if (len >= 64) {
		blocks(s, p, len / 64, ni);
		p += len / 64 * 64;
		len %= 64;
	}
	memcpy(s->buf, p, len);
	s->fill = len;
}

void
px_sha256_final(struct px_sha256 *s, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	uint64_t bits = s->len * 8;
	unsigned char pad[72];
	size_t padlen = (s->fill < 56 ? 56 : 120) - s->fill;
	int i = 0;

	memset(pad, 0, sizeof pad);
	pad[0] = 0x80;
	for (i = 0; i < 8; i++)
		pad[padlen + (size_t)i] = (unsigned char)(bits >> (56 - 8 * i));
	{
		uint64_t keep = s->len;
		px_sha256_update(s, pad, padlen + 8);
		s->len = keep;
	}
	for (i = 0; i < 8; i++) {
		int k = 0;
		for (k = 0; k < 8; k++)
			out[8 * i + k] = hex[(s->h[i] >> (28 - 4 * k)) & 15];
	}
	out[64] = '\0';
}

void
px_sha256_hex(const void *data, size_t len, char out[65])
{
	struct px_sha256 s;

	px_sha256_init(&s);
	px_sha256_update(&s, data, len);
	px_sha256_final(&s, out);
}
