/*
 * Fast path for JSON Lines records: a strict scanner for one JSON object
 * that unescapes only the fields ingest reads (id url source title date
 * lang author text html, and the other names feeds give the date, the body
 * and the headline) and validates and skips everything else.
 *
 * Why: jansson builds a full tree (every key hashed, every string copied
 * twice) at about 50-75 MB/s on this machine, which alone would cap JSON
 * Lines ingest below its 100 MB/s goal; this scanner runs at several hundred
 * MB/s (docs/internals/ingest.md has the figures).
 *
 * Invariant, checked by fuzz/fuzz_jsonl.c: the scanner accepts only input
 * that jansson also accepts, with the same field values. Whenever it meets
 * anything outside the plain cases (numbers that jansson might find too
 * large, \u0000, lone surrogates, deep nesting, invalid UTF-8, any syntax
 * error) it gives up and the caller lets jansson decide, so jansson stays
 * the authority on what is valid and on every error message.
 */
#include <string.h>

#include "ingest_internal.h"

#define MAX_DEPTH 64
#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

static const char *const field_names[PX__REC_N] = {
	"id", "url", "source", "title", "date", "lang", "author", "text", "html",
	"published", "published_at", "datePublished", "pubDate", "body", "content", "articleBody",
	"maintext", "headline",
};

const char *
px__rec_field_name(int k)
{
	return field_names[k];
}

void
px__rec_release(struct px__rec *r)
{
	int k = 0;

	for (k = 0; k < PX__REC_N; k++)
		px_free(r->f[k]);
	memset(r, 0, sizeof(*r));
}

struct scan {
	const char *p;
	size_t n;
	size_t i;
};

static void
ws(struct scan *s)
{
	while (s->i < s->n && (s->p[s->i] == ' ' || s->p[s->i] == '\t' ||
			       s->p[s->i] == '\n' || s->p[s->i] == '\r'))
		s->i++;
}

static int
hex4(const char *p, uint32_t *v)
{
	int k = 0;

	*v = 0;
	for (k = 0; k < 4; k++) {
		char c = p[k];
		uint32_t d = 0;
		if (c >= '0' && c <= '9')
			d = (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			d = (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			d = (uint32_t)(c - 'A' + 10);
		else
			return -1;
		*v = *v << 4 | d;
	}
	return 0;
}

/*
 * A string at s->i (the opening quote); unescaped into out when out is not
 * NULL. Returns 0, or -1 to give up.
 */
static int
string(struct scan *s, struct px_buf *out)
{
	const char *p = s->p;
	size_t n = s->n, j = s->i + 1;

	for (;;) {
		size_t start = j;
		uint64_t high = 0;
		/* Eight bytes at a time while none is a quote, a backslash or a
		 * control character (the usual bit tricks for "has a byte equal
		 * to" and "has a byte less than"). */
		while (j + 8 <= n) {
			uint64_t v = 0, q = 0, b = 0, c = 0;
			memcpy(&v, p + j, 8);
			q = v ^ ONES * '"';
			b = v ^ ONES * '\\';
			c = (q - ONES) & ~q;
			c |= (b - ONES) & ~b;
			c |= (v - ONES * 0x20) & ~v;
			if (c & HIGHS)
				break;
			high |= v;
			j += 8;
		}
		while (j < n) {
			unsigned char c = (unsigned char)p[j];
			if (c == '"' || c == '\\' || c < 0x20)
				break;
			high |= c;
			j++;
		}
		if ((high & HIGHS) && !px_utf8_valid(p + start, j - start))
			return -1;
		if (out != NULL && j > start)
			px_buf_append(out, p + start, j - start);
		if (j >= n || (unsigned char)p[j] < 0x20)
			return -1;
		if (p[j] == '"') {
			s->i = j + 1;
			return 0;
		}
		/* An escape. */
		if (j + 1 >= n)
			return -1;
		switch (p[j + 1]) {
		case '"':
		case '\\':
		case '/':
			if (out)
				px_buf_putc(out, p[j + 1]);
			j += 2;
			break;
		case 'b':
			if (out)
				px_buf_putc(out, '\b');
			j += 2;
			break;
		case 'f':
			if (out)
				px_buf_putc(out, '\f');
			j += 2;
			break;
		case 'n':
			if (out)
				px_buf_putc(out, '\n');
			j += 2;
			break;
		case 'r':
			if (out)
				px_buf_putc(out, '\r');
			j += 2;
			break;
		case 't':
			if (out)
				px_buf_putc(out, '\t');
			j += 2;
			break;
		case 'u': {
			uint32_t cp = 0, lo = 0;
			if (j + 6 > n || hex4(p + j + 2, &cp))
				return -1;
			j += 6;
			if (cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
				return -1;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (j + 6 > n || p[j] != '\\' || p[j + 1] != 'u' ||
				    hex4(p + j + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
					return -1;
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				j += 6;
			}
			if (out)
				px_buf_put_cp(out, cp);
			break;
		}
		default:
			return -1;
		}
	}
}

/*
 * A number; *integer says whether it is a plain integer of at most 18
 * digits (its text is then p[start..s->i)). Exponents and long numbers
 * give up: jansson may reject them as too large.
 */
static int
number(struct scan *s, int *integer)
{
	const char *p = s->p;
	size_t n = s->n, j = s->i, digits = 0;

	*integer = 1;
	if (j < n && p[j] == '-')
		j++;
	if (j >= n || p[j] < '0' || p[j] > '9')
		return -1;
	if (p[j] == '0') {
		j++;
		digits = 1;
	} else {
		while (j < n && p[j] >= '0' && p[j] <= '9') {
			j++;
			digits++;
		}
	}
	if (j < n && p[j] == '.') {
		size_t f = 0;
		*integer = 0;
		j++;
		while (j < n && p[j] >= '0' && p[j] <= '9') {
			j++;
			f++;
		}
		if (f == 0)
			return -1;
		digits += f;
	}
	if (j < n && (p[j] == 'e' || p[j] == 'E'))
		return -1;
	if (digits > 15)
		return -1;
	s->i = j;
	return 0;
}

static int value(struct scan *s, int depth);

static int
literal(struct scan *s, const char *word)
{
	size_t k = strlen(word);

	if (s->n - s->i < k || memcmp(s->p + s->i, word, k) != 0)
		return -1;
	s->i += k;
	return 0;
}

/* Validate and skip an array at s->i. */
static int
array(struct scan *s, int depth)
{
	s->i++;
	ws(s);
	if (s->i < s->n && s->p[s->i] == ']') {
		s->i++;
		return 0;
	}
	for (;;) {
		if (value(s, depth + 1))
			return -1;
		ws(s);
		if (s->i >= s->n)
			return -1;
		if (s->p[s->i] == ']') {
			s->i++;
			return 0;
		}
		if (s->p[s->i] != ',')
			return -1;
		s->i++;
		ws(s);
	}
}

/* Validate and skip an object at s->i. */
static int
object(struct scan *s, int depth)
{
	s->i++;
	ws(s);
	if (s->i < s->n && s->p[s->i] == '}') {
		s->i++;
		return 0;
	}
	for (;;) {
		if (s->i >= s->n || s->p[s->i] != '"' || string(s, NULL))
			return -1;
		ws(s);
		if (s->i >= s->n || s->p[s->i] != ':')
			return -1;
		s->i++;
		ws(s);
		if (value(s, depth + 1))
			return -1;
		ws(s);
		if (s->i >= s->n)
			return -1;
		if (s->p[s->i] == '}') {
			s->i++;
			return 0;
		}
		if (s->p[s->i] != ',')
			return -1;
		s->i++;
		ws(s);
	}
}

static int
value(struct scan *s, int depth)
{
	int integer = 0;

	if (depth > MAX_DEPTH || s->i >= s->n)
		return -1;
	switch (s->p[s->i]) {
	case '"':
		return string(s, NULL);
	case '{':
		return object(s, depth);
	case '[':
		return array(s, depth);
	case 't':
		return literal(s, "true");
	case 'f':
		return literal(s, "false");
	case 'n':
		return literal(s, "null");
	default:
		return number(s, &integer);
	}
}

/* Which wanted field a key names, or -1. */
static int
field_of(const char *k, size_t n)
{
	int f = 0;

	for (f = 0; f < PX__REC_N; f++) {
		if (strlen(field_names[f]) == n && memcmp(field_names[f], k, n) == 0)
			return f;
	}
	return -1;
}

int
px__rec_scan(const char *p, size_t n, struct px__rec *r)
{
	struct scan s;
	struct px_buf v = PX_BUF_INIT;
	int rc = -1;

	memset(r, 0, sizeof(*r));
	s.p = p;
	s.n = n;
	s.i = 0;
	ws(&s);
	if (s.i >= n || p[s.i] != '{')
		return -1;
	s.i++;
	ws(&s);
	if (s.i < n && p[s.i] == '}') {
		s.i++;
		goto end;
	}
	for (;;) {
		size_t key_start = 0, key_end = 0;
		int f = -1;
		if (s.i >= n || p[s.i] != '"')
			goto fail;
		key_start = s.i + 1;
		if (string(&s, NULL))
			goto fail;
		key_end = s.i - 1;
		/* Field names have no escapes; an escaped key is never ours. */
		if (memchr(p + key_start, '\\', key_end - key_start) == NULL)
			f = field_of(p + key_start, key_end - key_start);
		ws(&s);
		if (s.i >= n || p[s.i] != ':')
			goto fail;
		s.i++;
		ws(&s);
		if (f >= 0) {
			/* Duplicate keys: the last one wins, as in jansson. */
			px_free(r->f[f]);
			r->f[f] = NULL;
			r->len[f] = 0;
			if (f == PX__REC_ID)
				r->id_integer = 0;
		}
		if (f >= 0 && s.i < n && p[s.i] == '"') {
			px_buf_init(&v, n + 1);
			if (string(&s, &v))
				goto fail;
			if (v.failed) {
				rc = -2;
				goto fail;
			}
			r->len[f] = v.len;
			r->f[f] = px_buf_detach(&v, NULL);
			if (r->f[f] == NULL) {
				r->f[f] = px_strdup("");
				if (r->f[f] == NULL) {
					rc = -2;
					goto fail;
				}
			}
		} else if (f == PX__REC_ID && s.i < n && (p[s.i] == '-' || (p[s.i] >= '0' && p[s.i] <= '9'))) {
			size_t start = s.i;
			int integer = 0;
			if (number(&s, &integer))
				goto fail;
			if (integer) {
				/* jansson prints an integer id back as %lld: "-0" is "0". */
				int neg = p[start] == '-' && !(s.i - start == 2 && p[start + 1] == '0');
				size_t ds = start + (p[start] == '-');
				r->f[f] = px_alloc(s.i - ds + 2);
				if (r->f[f] == NULL) {
					rc = -2;
					goto fail;
				}
				r->len[f] = 0;
				if (neg)
					r->f[f][r->len[f]++] = '-';
				memcpy(r->f[f] + r->len[f], p + ds, s.i - ds);
				r->len[f] += s.i - ds;
				r->f[f][r->len[f]] = '\0';
				r->id_integer = 1;
			}
		} else if (value(&s, 1)) {
			goto fail;
		}
		ws(&s);
		if (s.i >= n)
			goto fail;
		if (p[s.i] == '}') {
			s.i++;
			break;
		}
		if (p[s.i] != ',')
			goto fail;
		s.i++;
		ws(&s);
	}
end:
	ws(&s);
	if (s.i != n)
		goto fail;
	return 0;
fail:
	px_buf_release(&v);
	px__rec_release(r);
	return rc;
}
