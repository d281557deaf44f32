/*
 * Text repair: HTML entities, mojibake, stray control characters and
 * Unicode NFC, each logged as a px_edit.
 *
 * The text is handled one line at a time (very long lines are cut at a
 * space between ASCII characters, which no repaired run crosses). A quick
 * scan decides whether a line can need anything at all; most lines of real
 * text cannot, and are copied without further work (the fast path). A line
 * that may need repair goes through the stages in order - entities,
 * mojibake, controls, NFC - and the stages are repeated until none changes
 * anything, so repair is idempotent: repairing its own output changes
 * nothing. Quotes and dashes are never touched.
 *
 * Invalid UTF-8 in the input (the API asks for valid UTF-8, but bytes come
 * from anywhere) becomes U+FFFD and is logged as an "encoding" edit.
 */
#include <string.h>

#include <utf8proc.h>

#include "parallax/text.h"
#include "repair_internal.h"

enum need {
	N_ENT = 1,
	N_MOJI = 2,
	N_CTRL = 4,
	N_NFC = 8,
	N_BADUTF8 = 16
};

/* Longest segment handled at once; longer lines are cut at a safe space. */
#define SEG_MAX (32 * 1024)
/* Most rounds of all stages over one segment. */
#define MAX_ROUNDS 8
/* Longest before/after excerpt kept in a control or normalisation edit. */
#define EXCERPT_MAX 64

struct repair {
	unsigned flags;
	struct px_edits *log;
	struct px__moji moji;
	struct px_buf a, b;
	int32_t *u32;
	size_t u32cap;
};

/* Whether a code point can begin (bit 0) or continue (bit 1) a UTF-8
 * sequence once re-encoded in some charset. */
static unsigned
lead_cont(uint32_t cp)
{
	const struct px__cs_rev_entry *e = px__cs_lookup(cp);
	unsigned r = 0;
	int i = 0;

	if (e == NULL)
		return 0;
	for (i = 0; i < PX__NCS; i++) {
		uint8_t b = e->byte[i];
		if (b >= 0xC2 && b <= 0xF4)
			r |= 1;
		else if (b >= 0x80 && b <= 0xBF)
			r |= 2;
	}
	return r;
}

/* Whether NFC could change text holding this code point (>= U+0300). */
static int
nfc_suspect(uint32_t cp)
{
	const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);

	if (cp >= 0x1100 && cp < 0x1200)
		return 1; /* Hangul jamo compose algorithmically */
	return p->combining_class != 0 || p->comp_exclusion ||
	       (p->decomp_type == 0 && p->decomp_seqindex != UINT16_MAX) ||
	       p->comb_index != UINT16_MAX;
}

/* Format and control characters removed as stray (besides C0 and C1). */
static int
is_stray_format(uint32_t cp)
{
	return cp == 0xFEFF || (cp >= 0x206A && cp <= 0x206F) ||
	       (cp >= 0xFFF9 && cp <= 0xFFFC) ||
	       (cp >= 0x1D173 && cp <= 0x1D17A) ||
	       (cp >= 0xE0000 && cp <= 0xE007F);
}

/* Whether 8 bytes hold anything but printable ASCII other than '&': a
 * byte >= 0x80, a control (< 0x20, 0x7F; tabs included, which only costs a
 * closer look) or '&'. */
static int
word_special(const char *p)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t x = 0, amp = 0, del = 0;

	memcpy(&x, p, 8);
	amp = x ^ (ones * '&');
	del = x ^ (ones * 0x7F);
	return ((x | ((x - ones * 0x20) & ~x) | ((amp - ones) & ~amp) |
		 ((del - ones) & ~del)) & high) != 0;
}

/* What a segment may need, as enum need bits (limited to the flags). */
static unsigned
scan(const char *s, size_t n, unsigned flags)
{
	unsigned need = 0;
	size_t i = 0;
	int prev_lead = 0;

	while (i < n) {
		unsigned char c = 0;
		int32_t cp = 0;
		size_t l = 0;

		if (!prev_lead) {
			/* Skip plain ASCII eight bytes at a time. */
			while (i + 8 <= n && !word_special(s + i))
				i += 8;
			if (i >= n)
				break;
		}
		c = (unsigned char)s[i];
		if (c < 0x80) {
			if (c >= 0x20 && c != 0x7F) {
				if (c == '&')
					need |= N_ENT;
				else if (prev_lead && (c == ' ' || c == '?'))
					need |= N_MOJI;
			} else if (c != '\t' && c != '\n') {
				need |= N_CTRL;
			}
			prev_lead = 0;
			i++;
			continue;
		}
		l = px_utf8_decode(s + i, n - i, &cp);
		i += l;
		if (cp < 0) {
			need |= N_BADUTF8;
			prev_lead = 0;
			continue;
		}
		if (cp < 0xA0) {
			need |= N_MOJI | N_CTRL;
			prev_lead = 0;
			continue;
		}
		{
			unsigned lc = lead_cont((uint32_t)cp);
			if (prev_lead && ((lc & 2) || cp == 0xFFFD))
				need |= N_MOJI;
			prev_lead = lc & 1;
		}
		if (cp >= 0x300 && nfc_suspect((uint32_t)cp))
			need |= N_NFC;
		if (is_stray_format((uint32_t)cp))
			need |= N_CTRL;
	}
	if (!(flags & PX_REPAIR_ENTITIES))
		need &= ~(unsigned)N_ENT;
	if (!(flags & PX_REPAIR_MOJIBAKE))
		need &= ~(unsigned)N_MOJI;
	if (!(flags & PX_REPAIR_CONTROLS))
		need &= ~(unsigned)N_CTRL;
	if (!(flags & PX_REPAIR_NFC))
		need &= ~(unsigned)N_NFC;
	return need;
}

/* ------------------------------------------------------------- encoding */

static px_status
fix_invalid(const char *s, size_t n, struct px_buf *out, struct px_edits *log)
{
	size_t i = 0, run = 0, bad = 0;

	while (i < n) {
		int32_t cp = 0;
		size_t l = px_utf8_decode(s + i, n - i, &cp);
		if (cp < 0) {
			px_buf_append(out, s + run, i - run);
			px_buf_puts(out, "\xEF\xBF\xBD");
			if (log && bad < 8)
				px_edits_add(log, "encoding", s + i, l, "\xEF\xBF\xBD", 3);
			bad++;
			run = i + l;
		}
		i += l;
	}
	px_buf_append(out, s + run, n - run);
	return out->failed;
}

/* ------------------------------------------------------------- entities */

static int
entity_cmp(const char *a, size_t alen, const char *b)
{
	size_t i = 0;

	for (i = 0; i < alen && b[i]; i++)
		if ((unsigned char)a[i] != (unsigned char)b[i])
			return (unsigned char)a[i] < (unsigned char)b[i] ? -1 : 1;
	if (i < alen)
		return 1;
	return b[i] ? -1 : 0;
}

static const char *
entity_find(const char *name, size_t len)
{
	size_t lo = 0, hi = px__entity_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = entity_cmp(name, len, px__entities[mid].name);
		if (c == 0)
			return px__entities[mid].value;
		if (c > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * Decode the character reference at s[0] == '&'. Returns its length (0 when
 * it is not a complete reference) and writes its value to val (*vlen bytes,
 * possibly 0: a noncharacter reference is dropped).
 */
static size_t
entity_at(const char *s, size_t n, char *val, size_t *vlen)
{
	size_t i = 1;

	*vlen = 0;
	if (i < n && s[i] == '#') {
		int hex = 0, digits = 0, overflow = 0;
		uint32_t v = 0;
		i++;
		if (i < n && (s[i] == 'x' || s[i] == 'X')) {
			hex = 1;
			i++;
		}
		for (; i < n; i++) {
			unsigned d = 0;
			char c = s[i];
			if (c >= '0' && c <= '9')
				d = (unsigned)(c - '0');
			else if (hex && c >= 'a' && c <= 'f')
				d = (unsigned)(c - 'a' + 10);
			else if (hex && c >= 'A' && c <= 'F')
				d = (unsigned)(c - 'A' + 10);
			else
				break;
			digits++;
			if (v > 0x10FFFF)
				overflow = 1;
			else
				v = v * (hex ? 16u : 10u) + d;
			if (digits > 16)
				return 0;
		}
		if (digits == 0 || i >= n || s[i] != ';')
			return 0;
		if (overflow || v > 0x10FFFF || v == 0 || (v >= 0xD800 && v <= 0xDFFF)) {
			v = 0xFFFD;
		} else if (v >= 0x80 && v < 0xA0) {
			/* HTML reads these numbers as windows-1252 bytes. */
			uint32_t w = px__cs_hi[PX__CS_1252][v - 0x80];
			if (w >= 0xA0)
				v = w;
		} else if ((v >= 0xFDD0 && v <= 0xFDEF) || (v & 0xFFFE) == 0xFFFE) {
			return i + 1; /* a noncharacter is not text: drop it */
		}
		*vlen = px_utf8_encode(v, val);
		return i + 1;
	}
	{
		size_t start = i;
		const char *v = NULL;
		for (; i < n && i - start < 32; i++) {
			char c = s[i];
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			      (c >= '0' && c <= '9')))
				break;
		}
		if (i == start || i >= n || s[i] != ';' ||
		    !((s[start] >= 'a' && s[start] <= 'z') ||
		      (s[start] >= 'A' && s[start] <= 'Z')))
			return 0;
		v = entity_find(s + start, i - start);
		if (v == NULL && i - start <= 32) {
			/* Upper-cased text: "&EACUTE;" means "&Eacute;". */
			char low[33];
			size_t k = 0;
			low[0] = s[start];
			for (k = 1; k < i - start; k++) {
				char c = s[start + k];
				low[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
			}
			v = entity_find(low, i - start);
		}
		if (v == NULL)
			return 0;
		*vlen = strlen(v);
		memcpy(val, v, *vlen);
		return i + 1;
	}
}

static px_status
fix_entities_once(const char *s, size_t n, struct px_buf *out,
		  struct px_edits *log, int *changed)
{
	size_t i = 0, run = 0;
	px_status st = PX_OK;

	*changed = 0;
	while (i < n) {
		const char *amp = memchr(s + i, '&', n - i);
		char val[16];
		size_t vlen = 0, l = 0;
		if (amp == NULL)
			break;
		i = (size_t)(amp - s);
		l = entity_at(s + i, n - i, val, &vlen);
		if (l == 0) {
			i++;
			continue;
		}
		px_buf_append(out, s + run, i - run);
		px_buf_append(out, val, vlen);
		if (log) {
			st = px_edits_add(log, "entity", s + i, l, val, vlen);
			if (st)
				return st;
		}
		*changed = 1;
		i += l;
		run = i;
	}
	px_buf_append(out, s + run, n - run);
	return out->failed;
}

/* Unescape until nothing changes: "&amp;eacute;" is an escaped "&eacute;"
 * (double escaping is a publishing bug, and article text is never HTML
 * source). Every pass shortens the text, so this ends. */
static px_status
fix_entities(const char *s, size_t n, struct px_buf *out, struct px_edits *log,
	     int *changed)
{
	struct px_buf tmp = PX_BUF_INIT;
	int ch = 0;
	px_status st = fix_entities_once(s, n, out, log, changed);

	while (st == PX_OK && *changed) {
		px_buf_reset(&tmp);
		st = fix_entities_once(out->data, out->len, &tmp, log, &ch);
		if (st || !ch)
			break;
		px_buf_reset(out);
		st = px_buf_append(out, tmp.data, tmp.len);
	}
	px_buf_release(&tmp);
	return st;
}

/* ------------------------------------------------------------- controls */

/* Length of a terminal escape sequence (ESC [ params letter) at s, or 0. */
static size_t
terminal_escape(const char *s, size_t n)
{
	size_t i = 2;

	if (n < 3 || s[0] != 0x1B || s[1] != '[')
		return 0;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == ';'))
		i++;
	if (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
		return i + 1;
	return 0;
}

static px_status
fix_controls(const char *s, size_t n, struct px_buf *out, struct px_edits *log,
	     int *changed)
{
	size_t i = 0, run = 0;
	size_t del_start = 0, del_len = 0; /* the current run of removals */
	uint32_t prev = 0;
	px_status st = PX_OK;

	*changed = 0;
	while (i < n) {
		int32_t cp = 0;
		size_t l = px_utf8_decode(s + i, n - i, &cp);
		size_t drop = 0;
		uint32_t u = cp < 0 ? 0xFFFD : (uint32_t)cp;

		if (u == 0x1B)
			drop = terminal_escape(s + i, n - i);
		if (drop == 0 &&
		    ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7F ||
		     (u >= 0x80 && u < 0xA0) ||
		     (is_stray_format(u) &&
		      /* keep emoji tag sequences (flags of regions) */
		      !(u >= 0xE0020 && u <= 0xE007F &&
			(prev == 0x1F3F4 || (prev >= 0xE0020 && prev <= 0xE007F))))))
			drop = l;
		if (drop) {
			px_buf_append(out, s + run, i - run);
			if (del_len && del_start + del_len == i) {
				del_len += drop;
			} else {
				if (log && del_len) {
					st = px_edits_add(log, "control", s + del_start,
							  del_len < EXCERPT_MAX ? del_len : EXCERPT_MAX,
							  "", 0);
					if (st)
						return st;
				}
				del_start = i;
				del_len = drop;
			}
			*changed = 1;
			i += drop;
			run = i;
			continue;
		}
		prev = u;
		i += l;
	}
	if (log && del_len) {
		/* Cut a long excerpt at a character boundary. */
		size_t cut = del_len;
		if (cut > EXCERPT_MAX) {
			cut = EXCERPT_MAX;
			while (cut > 0 && ((unsigned char)s[del_start + cut] & 0xC0) == 0x80)
				cut--;
		}
		st = px_edits_add(log, "control", s + del_start, cut, "", 0);
		if (st)
			return st;
	}
	px_buf_append(out, s + run, n - run);
	return out->failed;
}

/* ------------------------------------------------------------------ NFC */

static size_t
back_to_char(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

static px_status
fix_nfc(struct repair *r, const char *s, size_t n, struct px_buf *out,
	int *changed)
{
	utf8proc_option_t opt = (utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	utf8proc_ssize_t need = 0, got = 0;
	px_status st = PX_OK;
	size_t pre = 0, suf = 0;
	const char *res = NULL;

	*changed = 0;
	need = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
				  NULL, 0, opt);
	if (need < 0)
		return px_buf_append(out, s, n); /* not valid UTF-8: leave it */
	if ((size_t)need + 1 > r->u32cap) {
		void *p = px_realloc(r->u32, ((size_t)need + 1) * sizeof(int32_t));
		if (p == NULL)
			return PX_ENOMEM;
		r->u32 = p;
		r->u32cap = (size_t)need + 1;
	}
	got = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
				 r->u32, need, opt);
	if (got < 0 || got > need)
		return px_buf_append(out, s, n);
	got = utf8proc_reencode(r->u32, got, opt);
	if (got < 0)
		return px_buf_append(out, s, n);
	res = (const char *)r->u32;
	if ((size_t)got == n && memcmp(res, s, n) == 0)
		return px_buf_append(out, s, n);
	*changed = 1;
	st = px_buf_append(out, res, (size_t)got);
	if (st || r->log == NULL)
		return st;
	/* Log the changed region, trimmed to whole characters. */
	while (pre < n && pre < (size_t)got && s[pre] == res[pre])
		pre++;
	pre = back_to_char(s, pre);
	while (suf < n - pre && suf < (size_t)got - pre &&
	       s[n - 1 - suf] == res[(size_t)got - 1 - suf])
		suf++;
	while (suf > 0 && ((unsigned char)s[n - suf] & 0xC0) == 0x80)
		suf--;
	{
		size_t bl = n - pre - suf, al = (size_t)got - pre - suf;
		if (bl > EXCERPT_MAX)
			bl = back_to_char(s + pre, EXCERPT_MAX);
		if (al > EXCERPT_MAX)
			al = back_to_char(res + pre, EXCERPT_MAX);
		st = px_edits_add(r->log, "normalization", s + pre, bl, res + pre, al);
	}
	return st;
}

/* ------------------------------------------------------------- pipeline */

static px_status
repair_segment(struct repair *r, const char *s, size_t n, struct px_buf *out)
{
	const char *cur = s;
	size_t curn = n;
	int round = 0, flip = 0;
	px_status st = PX_OK;
	unsigned need = scan(s, n, r->flags);

	/* A stage reruns only when another stage changed the text after it
	 * last ran: each stage is a fixed point of itself. */
	int version = 1, ran[5] = {0, 0, 0, 0, 0};

	for (round = 0; round < MAX_ROUNDS && need; round++) {
		int any = 0;
		int stage = 0;
		for (stage = 0; stage < 5; stage++) {
			struct px_buf *dst = flip ? &r->b : &r->a;
			int ch = 0;
			if (ran[stage] == version)
				continue;
			ran[stage] = version;
			px_buf_reset(dst);
			switch (stage) {
			case 0:
				if (!(need & N_BADUTF8))
					continue;
				st = fix_invalid(cur, curn, dst, r->log);
				ch = 1;
				break;
			case 1:
				if (!(need & N_ENT))
					continue;
				st = fix_entities(cur, curn, dst, r->log, &ch);
				break;
			case 2:
				if (!(need & N_MOJI))
					continue;
				st = px__moji_fix(&r->moji, cur, curn, dst, r->log, &ch);
				break;
			case 3:
				if (!(need & N_CTRL))
					continue;
				st = fix_controls(cur, curn, dst, r->log, &ch);
				break;
			default:
				if (!(need & N_NFC))
					continue;
				st = fix_nfc(r, cur, curn, dst, &ch);
				break;
			}
			if (st)
				return st;
			if (ch) {
				cur = dst->data;
				curn = dst->len;
				flip = !flip;
				any = 1;
				version++;
				ran[stage] = version;
				need = scan(cur, curn, r->flags);
			}
		}
		if (!any)
			break;
	}
	return px_buf_append(out, cur, curn);
}

/* End of the segment starting at i: the line end, or a cut of a long line
 * at a space between two ASCII non-space characters. */
static size_t
segment_end(const char *in, size_t len, size_t i)
{
	/* Look no further than one segment ahead, so a very long line costs
	 * linear time, not a rescan to its end per segment. */
	size_t lim = len - i > SEG_MAX + 1 ? i + SEG_MAX + 1 : len;
	const char *nl = memchr(in + i, '\n', lim - i);
	size_t k = 0;

	if (nl)
		return (size_t)(nl - in);
	if (lim == len)
		return len;
	for (k = i + SEG_MAX; k > i + SEG_MAX / 2; k--) {
		if (in[k] == ' ' && (unsigned char)in[k - 1] < 0x80 && in[k - 1] != ' ' &&
		    k + 1 < len && (unsigned char)in[k + 1] < 0x80 && in[k + 1] != ' ')
			return k;
	}
	/* No word gap: cut at a character boundary. */
	k = i + SEG_MAX;
	while (k > i + 1 && ((unsigned char)in[k] & 0xC0) == 0x80)
		k--;
	return k;
}

px_status
px_text_repair(const char *in, size_t len, unsigned flags, struct px_buf *out,
	       struct px_edits *log)
{
	struct repair r;
	size_t i = 0, clean = 0;
	px_status st = PX_OK;

	if (in == NULL && len > 0)
		return PX_EINVAL;
	memset(&r, 0, sizeof(r));
	r.flags = flags;
	r.log = log;
	while (i < len) {
		size_t e = segment_end(in, len, i);
		if (scan(in + i, e - i, flags)) {
			px_buf_append(out, in + clean, i - clean);
			st = repair_segment(&r, in + i, e - i, out);
			if (st)
				goto cleanup;
			clean = e;
		}
		i = e < len && in[e] == '\n' ? e + 1 : e;
	}
	st = px_buf_append(out, in + clean, len - clean);

cleanup:
	px__moji_release(&r.moji);
	px_buf_release(&r.a);
	px_buf_release(&r.b);
	px_free(r.u32);
	return st;
}
