/*
 * UTF-8 decoding and validation (RFC 3629): no overlong forms, no
 * surrogates, nothing above U+10FFFF. Invalid input is reported with the
 * length of its maximal invalid prefix, as the Unicode standard recommends
 * for replacement (one U+FFFD per maximal subpart).
 */
#include "parallax/core.h"

size_t
px_utf8_decode(const char *str, size_t len, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0];
	size_t need = 0;
	uint32_t v = 0;
	unsigned char lo = 0x80, hi = 0xBF;
	size_t i = 0;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		*cp = -1;
		return 1;
	}
	for (i = 1; i <= need; i++) {
		if (i >= len || s[i] < lo || s[i] > hi) {
			*cp = -1;
			return i;
		}
		v = (v << 6) | (s[i] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = (int32_t)v;
	return need + 1;
}

size_t
px_utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp < 0x110000) {
		out[0] = (char)(0xF0 | (cp >> 18));
		out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (char)(0x80 | (cp & 0x3F));
		return 4;
	}
	return 0;
}

size_t
px_utf8_valid_prefix(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		int32_t cp = 0;
		size_t n = 0;

		/* Fast path over ASCII, eight bytes at a time. */
		while (i + 8 <= len) {
			uint64_t w = 0;
			size_t k = 0;
			for (k = 0; k < 8; k++)
				w |= (uint64_t)(unsigned char)s[i + k] << (8 * k);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		n = px_utf8_decode(s + i, len - i, &cp);
		if (cp < 0)
			return i;
		i += n;
	}
	return len;
}

int
px_utf8_valid(const char *s, size_t len)
{
	return px_utf8_valid_prefix(s, len) == len;
}
