/*
 * Growable byte buffer with a maximum size and a sticky failure status.
 *
 * Invariant: when data is non-NULL, data[len] == '\0' and len < cap. Once an
 * append fails, `failed` holds the status and every later append is ignored
 * and returns it, so builders check once at the end (as SQLite's StrAccum).
 */
#include <stdio.h>
#include <string.h>

#include "parallax/core.h"

void
px_buf_init(struct px_buf *b, size_t max)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max;
	b->failed = PX_OK;
}

void
px_buf_release(struct px_buf *b)
{
	px_free(b->data);
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->failed = PX_OK;
}

char *
px_buf_detach(struct px_buf *b, size_t *len)
{
	char *p = b->data;

	if (p == NULL)
		p = px_strndup("", 0);
	if (len)
		*len = p ? b->len : 0;
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	return p;
}

void
px_buf_reset(struct px_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
	b->failed = PX_OK;
}

void
px_buf_truncate(struct px_buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->data[len] = '\0';
	}
}

px_status
px_buf_reserve(struct px_buf *b, size_t extra)
{
	size_t max = b->max ? b->max : PX_BUF_DEFAULT_MAX;
	size_t need = 0;
	size_t ncap = 0;
	char *p = NULL;

	if (b->failed)
		return b->failed;
	if (extra > max || b->len > max - extra) {
		b->failed = PX_ETOOBIG;
		return b->failed;
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return PX_OK;
	ncap = b->cap ? b->cap : 64;
	while (ncap < need)
		ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
	if (ncap > max + 1)
		ncap = max + 1;
	p = px_realloc(b->data, ncap);
	if (p == NULL) {
		b->failed = PX_ENOMEM;
		return b->failed;
	}
	b->data = p;
	b->cap = ncap;
	return PX_OK;
}

px_status
px_buf_append(struct px_buf *b, const void *p, size_t len)
{
	px_status st = PX_OK;

	/* The common case, room left and no failure, without the checks of
	   px_buf_reserve (cap <= max + 1, so what fits is within the max). */
	if (b->failed == PX_OK && b->data != NULL && len < b->cap - b->len) {
		memcpy(b->data + b->len, p, len);
		b->len += len;
		b->data[b->len] = '\0';
		return PX_OK;
	}
	st = px_buf_reserve(b, len);
	if (st)
		return st;
	if (len)
		memcpy(b->data + b->len, p, len);
	b->len += len;
	b->data[b->len] = '\0';
	return PX_OK;
}

px_status
px_buf_puts(struct px_buf *b, const char *s)
{
	return px_buf_append(b, s, strlen(s));
}

px_status
px_buf_putc(struct px_buf *b, int c)
{
	char ch = (char)c;

	return px_buf_append(b, &ch, 1);
}

/*
 * Formats once into the spare capacity and a second time only when the
 * result did not fit (the JSON writers print many short numbers; measuring
 * first doubled their formatting cost). A short spare is grown to 64 bytes
 * first, unless that would pass the maximum: the failures are the same as
 * when measuring first, since a result that fits the spare also fits the
 * maximum (cap <= max + 1).
 */
px_status
px_buf_vprintf(struct px_buf *b, const char *fmt, va_list ap)
{
	size_t max = b->max ? b->max : PX_BUF_DEFAULT_MAX;
	size_t spare = 0;
	va_list cp;
	int n = 0;
	px_status st = PX_OK;

	if (b->failed)
		return b->failed;
	if (b->cap - b->len < 64 && max >= 64 && b->len <= max - 64) {
		st = px_buf_reserve(b, 64);
		if (st)
			return st;
	}
	if (b->data != NULL)
		spare = b->cap - b->len;
	va_copy(cp, ap);
	n = vsnprintf(spare ? b->data + b->len : NULL, spare, fmt, cp);
	va_end(cp);
	if (n < 0) {
		if (b->data != NULL)
			b->data[b->len] = '\0';
		return PX_EINVAL;
	}
	if ((size_t)n < spare) {
		b->len += (size_t)n;
		return PX_OK;
	}
	st = px_buf_reserve(b, (size_t)n);
	if (st) {
		if (b->data != NULL)
			b->data[b->len] = '\0';
		return st;
	}
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return PX_OK;
}

px_status
px_buf_printf(struct px_buf *b, const char *fmt, ...)
{
	va_list ap;
	px_status st = PX_OK;

	va_start(ap, fmt);
	st = px_buf_vprintf(b, fmt, ap);
	va_end(ap);
	return st;
}

px_status
px_buf_put_cp(struct px_buf *b, uint32_t cp)
{
	char tmp[4];
	size_t n = px_utf8_encode(cp, tmp);

	if (n == 0)
		n = px_utf8_encode(0xFFFD, tmp);
	return px_buf_append(b, tmp, n);
}

/* Append the bytes p[0..len) and then c, as px_buf_append and
   px_buf_putc would, the common case (room left, no failure) without a
   call: the JSON writers quote millions of strings. */
static px_status
append_then(struct px_buf *b, const char *p, size_t len, char c)
{
	if (b->failed == PX_OK && b->data != NULL && len + 1 < b->cap - b->len) {
		if (len)
			memcpy(b->data + b->len, p, len);
		b->len += len;
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
		return PX_OK;
	}
	if (len)
		px_buf_append(b, p, len);
	return px_buf_putc(b, c);
}

px_status
px_buf_put_json_str(struct px_buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0;
	size_t run = 0;

	append_then(b, NULL, 0, '"');
	while (i < len) {
		unsigned char c = 0;
		const char *esc = NULL;
		char u[6];

		/* Eight bytes at a time while none needs a look: no control
		 * byte, no byte >= 0x80, no '"' or '\\' (most of a news text). */
		while (i + 8 <= len) {
			uint64_t x = 0, q = 0, bs = 0;
			memcpy(&x, s + i, 8);
			q = x ^ 0x2222222222222222u;
			bs = x ^ 0x5c5c5c5c5c5c5c5cu;
			if (((x - 0x2020202020202020u) | x |
			     (q - 0x0101010101010101u) | (bs - 0x0101010101010101u)) &
			    0x8080808080808080u)
				break;
			i += 8;
			run += 8;
		}
		if (i >= len)
			break;
		c = (unsigned char)s[i];

		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		default: break;
		}
		if (esc == NULL && c >= 0x20) {
			if (c < 0x80) {
				i++;
				run++;
				continue;
			}
			/* Pass valid UTF-8 through; replace invalid bytes so the
			 * output is always valid JSON. */
			{
				int32_t cp = 0;
				size_t n = px_utf8_decode(s + i, len - i, &cp);
				if (cp >= 0) {
					i += n;
					run += n;
					continue;
				}
				px_buf_append(b, s + i - run, run);
				run = 0;
				px_buf_puts(b, "\xEF\xBF\xBD");
				i += n;
				continue;
			}
		}
		px_buf_append(b, s + i - run, run);
		run = 0;
		if (esc) {
			px_buf_puts(b, esc);
		} else {
			u[0] = '\\';
			u[1] = 'u';
			u[2] = '0';
			u[3] = '0';
			u[4] = hex[c >> 4];
			u[5] = hex[c & 15];
			px_buf_append(b, u, 6);
		}
		i++;
	}
	return append_then(b, s + i - run, run, '"');
}
