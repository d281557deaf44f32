/*
 * Decoding bytes of unknown encoding into valid UTF-8.
 *
 * Order of evidence: a BOM; UTF-16 without one (the high bytes zero or
 * one script block, never a zero unit); a declared charset that the bytes do not
 * contradict (bytes that are valid UTF-8 with non-ASCII characters are
 * UTF-8 whatever the label says: a legacy text is almost never valid UTF-8
 * by chance); valid UTF-8; mostly-valid UTF-8 (a few bad bytes are
 * replaced); then detection with uchardet on text long enough for it to be
 * reliable; otherwise windows-1252, the usual encoding of mislabelled
 * Western news pages. Single-byte charsets use the tables that mojibake
 * repair shares (repair_tables.c); other declared charsets (Shift_JIS,
 * GB18030, Big5, EUC-KR, KOI8-R, ...) go through iconv. Invalid sequences
 * become U+FFFD and are logged; CRLF and lone CR become LF.
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <uchardet/uchardet.h>

#include "parallax/text.h"
#include "repair_internal.h"

/* windows-1252 bytes 0x80..0x9F; 0 marks the five undefined bytes, which
 * map to the C1 control of the same number as browsers do. */
static const uint16_t cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/*
 * UTF-16 without a byte order mark (some exports). In an alphabetic text
 * the high byte of almost every unit is zero (ASCII: spaces, digits,
 * Latin letters) or the one block of its script (0x04 for Cyrillic), the
 * low byte is almost never zero, and no unit is all zero. Returns 0 for
 * little-endian, 1 for big-endian, -1 when the bytes do not look so.
 */
static int
utf16_unmarked(const char *in, size_t len)
{
	const unsigned char *u = (const unsigned char *)in;
	size_t n = len < 4096 ? len : 4096, i = 0, pairs = 0, k = 0;
	int big = 0;

	n &= ~(size_t)1;
	if (n < 16 || (len & 1))
		return -1;
	for (big = 0; big < 2; big++) {
		size_t hist[256] = {0}, low_zero = 0, top = 0;
		pairs = 0;
		for (i = 0; i < n; i += 2) {
			unsigned lo = u[i + big], hi = u[i + 1 - big];
			if (lo == 0 && hi == 0)
				return -1;
			hist[hi]++;
			low_zero += lo == 0;
			pairs++;
		}
		for (k = 1; k < 256; k++)
			if (hist[k] > top)
				top = hist[k];
		if (hist[0] * 10 >= pairs && (hist[0] + top) * 10 >= pairs * 9 &&
		    low_zero * 50 < pairs)
			return big;
	}
	return -1;
}

int
px_text_is_binary(const char *in, size_t len)
{
	size_t head = len < 4096 ? len : 4096;
	size_t i = 0;
	size_t printable = 0;
	size_t total = 0;

	if (len >= 2 && (((unsigned char)in[0] == 0xFF && (unsigned char)in[1] == 0xFE) ||
			 ((unsigned char)in[0] == 0xFE && (unsigned char)in[1] == 0xFF)))
		return 0; /* UTF-16 with BOM holds NULs legitimately */
	if (utf16_unmarked(in, len) >= 0)
		return 0; /* and so does UTF-16 without one */
	if (memchr(in, '\0', head))
		return 1;
	/* Count printable characters over the first 64 KiB: ASCII graphic and
	 * white space, and every byte >= 0x80 that decodes (as UTF-8 or, when
	 * not, as windows-1252 letters). */
	head = len < 65536 ? len : 65536;
	while (i < head) {
		unsigned char c = (unsigned char)in[i];
		if (c < 0x80) {
			if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t' ||
			    c == '\f')
				printable++;
			total++;
			i++;
		} else {
			int32_t cp = 0;
			size_t n = px_utf8_decode(in + i, head - i, &cp);
			if (cp >= 0) {
				if (cp >= 0xA0)
					printable++;
				total++;
				i += n;
			} else {
				if (c >= 0xA0 || cp1252_hi[c - 0x80] != 0)
					printable++;
				total++;
				i++;
			}
		}
	}
	return total > 0 && printable * 4 < total * 3;
}

static void
put_newline_normalised(struct px_buf *out, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		const char *cr = memchr(s + i, '\r', len - i);
		size_t e = cr ? (size_t)(cr - s) : len;
		px_buf_append(out, s + i, e - i);
		if (cr == NULL)
			break;
		px_buf_putc(out, '\n');
		i = e + 1;
		if (i < len && s[i] == '\n')
			i++;
	}
}

static px_status
decode_utf8_lossy(const char *in, size_t len, struct px_buf *out,
		  struct px_edits *log)
{
	size_t i = 0;
	size_t start = 0;
	size_t bad = 0;

	while (i < len) {
		size_t ok = px_utf8_valid_prefix(in + i, len - i);
		int32_t cp = 0;
		size_t n = 0;

		i += ok;
		if (i >= len)
			break;
		put_newline_normalised(out, in + start, i - start);
		n = px_utf8_decode(in + i, len - i, &cp);
		px_buf_puts(out, "\xEF\xBF\xBD");
		bad++;
		i += n;
		start = i;
	}
	put_newline_normalised(out, in + start, len - start);
	if (bad && log) {
		char msg[64];
		int m = snprintf(msg, sizeof msg, "%zu invalid UTF-8 sequences", bad);
		px_edits_add(log, "encoding", msg, (size_t)m, "\xEF\xBF\xBD", 3);
	}
	return out->failed;
}

static px_status
decode_utf16(const char *in, size_t len, int big, struct px_buf *out,
	     struct px_edits *log)
{
	size_t i = 0;
	size_t bad = 0;

	for (i = 0; i + 1 < len; i += 2) {
		unsigned a = (unsigned char)in[i], b = (unsigned char)in[i + 1];
		uint32_t u = big ? (a << 8 | b) : (b << 8 | a);
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
			unsigned c = (unsigned char)in[i + 2], d = (unsigned char)in[i + 3];
			uint32_t l = big ? (c << 8 | d) : (d << 8 | c);
			if (l >= 0xDC00 && l <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00);
				i += 2;
			} else {
				u = 0xFFFD;
				bad++;
			}
		} else if (u >= 0xD800 && u <= 0xDFFF) {
			u = 0xFFFD;
			bad++;
		}
		if (u == '\r') {
			/* CRLF becomes LF when the next unit is LF. */
			px_buf_putc(out, '\n');
			if (i + 3 < len) {
				unsigned c = (unsigned char)in[i + 2], d = (unsigned char)in[i + 3];
				uint32_t n = big ? (c << 8 | d) : (d << 8 | c);
				if (n == '\n')
					i += 2;
			}
			continue;
		}
		px_buf_put_cp(out, u);
	}
	if (bad && log)
		px_edits_add(log, "encoding", "unpaired UTF-16 surrogate", 25,
			     "\xEF\xBF\xBD", 3);
	return out->failed;
}

/* Index into px__cs_names of a single-byte charset label, or -1. */
static int
charset_table(const char *cs)
{
	static const struct {
		const char *label;
		const char *table;
	} alias[] = {
		{"windows-1252", "windows-1252"}, {"cp1252", "windows-1252"},
		{"x-cp1252", "windows-1252"}, {"iso-8859-1", "windows-1252"},
		{"iso8859-1", "windows-1252"}, {"iso_8859-1", "windows-1252"},
		{"latin1", "windows-1252"}, {"latin-1", "windows-1252"},
		{"l1", "windows-1252"}, {"us-ascii", "windows-1252"},
		{"ascii", "windows-1252"}, {"windows-1250", "windows-1250"},
		{"cp1250", "windows-1250"}, {"x-cp1250", "windows-1250"},
		{"windows-1251", "windows-1251"}, {"cp1251", "windows-1251"},
		{"x-cp1251", "windows-1251"}, {"windows-1253", "windows-1253"},
		{"cp1253", "windows-1253"}, {"windows-1254", "windows-1254"},
		{"cp1254", "windows-1254"}, {"iso-8859-9", "windows-1254"},
		{"latin5", "windows-1254"}, {"windows-1257", "windows-1257"},
		{"cp1257", "windows-1257"}, {"iso-8859-2", "iso-8859-2"},
		{"iso8859-2", "iso-8859-2"}, {"iso_8859-2", "iso-8859-2"},
		{"latin2", "iso-8859-2"}, {"macintosh", "macroman"},
		{"mac", "macroman"}, {"macroman", "macroman"},
		{"x-mac-roman", "macroman"}, {"cp437", "cp437"}, {"ibm437", "cp437"},
	};
	size_t i = 0;
	int k = 0;

	for (i = 0; i < sizeof alias / sizeof alias[0]; i++) {
		if (strcasecmp(cs, alias[i].label) != 0)
			continue;
		for (k = 0; k < PX__NCS; k++)
			if (strcmp(px__cs_names[k], alias[i].table) == 0)
				return k;
	}
	return -1;
}

static int
is_utf8_label(const char *cs)
{
	return strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "utf8") == 0 ||
	       strcasecmp(cs, "unicode-1-1-utf-8") == 0;
}

static px_status
decode_table(const char *in, size_t len, int cs, struct px_buf *out)
{
	size_t i = 0, run = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];
		if (c < 0x80 && c != '\r')
			continue;
		px_buf_append(out, in + run, i - run);
		run = i + 1;
		if (c == '\r') {
			px_buf_putc(out, '\n');
			if (i + 1 < len && in[i + 1] == '\n') {
				i++;
				run = i + 1;
			}
		} else {
			px_buf_put_cp(out, px__cs_hi[cs][c - 0x80]);
		}
	}
	px_buf_append(out, in + run, len - run);
	return out->failed;
}

/*
 * Convert with iconv (charsets without a table). An invalid or incomplete
 * sequence becomes U+FFFD and decoding resumes one byte later. Returns
 * PX_EUNSUPPORTED when iconv does not know the charset (out untouched).
 */
static px_status
decode_iconv(const char *in, size_t len, const char *charset,
	     struct px_buf *out, struct px_edits *log)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	struct px_buf tmp = PX_BUF_INIT;
	char chunk[4096];
	char *src = (char *)(uintptr_t)in;
	size_t left = len, bad = 0;
	px_status st = PX_OK;

	if (cd == (iconv_t)-1)
		return PX_EUNSUPPORTED;
	while (left > 0) {
		char *dst = chunk;
		size_t room = sizeof chunk;
		size_t r = iconv(cd, &src, &left, &dst, &room);
		px_buf_append(&tmp, chunk, (size_t)(dst - chunk));
		if (r == (size_t)-1 && errno != E2BIG) {
			/* EILSEQ or EINVAL: skip one byte */
			px_buf_puts(&tmp, "\xEF\xBF\xBD");
			bad++;
			src++;
			left--;
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	iconv_close(cd);
	if (tmp.failed) {
		st = tmp.failed;
		goto cleanup;
	}
	put_newline_normalised(out, tmp.data ? tmp.data : "", tmp.len);
	if (bad && log) {
		char msg[96];
		int m = snprintf(msg, sizeof msg, "%zu invalid %s sequences", bad, charset);
		px_edits_add(log, "encoding", msg, (size_t)m, "\xEF\xBF\xBD", 3);
	}
	st = out->failed;

cleanup:
	px_buf_release(&tmp);
	return st;
}

/* Decode with a named charset; PX_EUNSUPPORTED when it is unknown. */
static px_status
decode_named(const char *in, size_t len, const char *cs, struct px_buf *out,
	     struct px_edits *log)
{
	int t = charset_table(cs);

	if (is_utf8_label(cs))
		return decode_utf8_lossy(in, len, out, log);
	if (t >= 0)
		return decode_table(in, len, t, out);
	return decode_iconv(in, len, cs, out, log);
}

static int
has_non_ascii(const char *in, size_t len)
{
	size_t i = 0;

	for (i = 0; i < len; i++)
		if ((unsigned char)in[i] >= 0x80)
			return 1;
	return 0;
}

/* Shortest input uchardet is asked about: below it, guesses are noise. */
#define DETECT_MIN 256

px_status
px_text_decode(const char *in, size_t len, const char *charset,
	       struct px_buf *out, struct px_edits *log)
{
	const unsigned char *u = (const unsigned char *)in;
	px_status st = PX_OK;

	if (in == NULL && len > 0)
		return PX_EINVAL;
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return decode_utf8_lossy(in + 3, len - 3, out, log);
	if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
		return decode_utf16(in + 2, len - 2, 0, out, log);
	if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
		return decode_utf16(in + 2, len - 2, 1, out, log);
	{
		int big = utf16_unmarked(in, len);
		if (big >= 0) {
			if (log)
				px_edits_add(log, "encoding", big ? "utf-16be" : "utf-16le", 8,
					     "utf-8", 5);
			return decode_utf16(in, len, big, out, log);
		}
	}
	if (charset && *charset) {
		if (is_utf8_label(charset))
			return decode_utf8_lossy(in, len, out, log);
		/* A label that the bytes contradict: valid UTF-8 with non-ASCII
		 * characters is UTF-8. */
		if (has_non_ascii(in, len) && px_utf8_valid(in, len)) {
			if (log)
				px_edits_add(log, "encoding", charset, strlen(charset),
					     "utf-8", 5);
			return decode_utf8_lossy(in, len, out, log);
		}
		st = decode_named(in, len, charset, out, log);
		if (st != PX_EUNSUPPORTED) {
			if (st == PX_OK && log && has_non_ascii(in, len))
				px_edits_add(log, "encoding", charset, strlen(charset),
					     "utf-8", 5);
			return st;
		}
		/* An unknown label: fall through to detection. */
	}
	if (px_utf8_valid(in, len))
		return decode_utf8_lossy(in, len, out, log);
	/* Mostly UTF-8 with a few bad bytes: keep UTF-8, replace the bad. */
	{
		size_t i = 0, multi = 0, bad = 0;
		while (i < len) {
			int32_t cp = 0;
			size_t n = 0;
			if (u[i] < 0x80) {
				i++;
				continue;
			}
			n = px_utf8_decode(in + i, len - i, &cp);
			if (cp >= 0)
				multi++;
			else
				bad++;
			i += n;
		}
		if (multi > 4 * bad)
			return decode_utf8_lossy(in, len, out, log);
	}
	if (len >= DETECT_MIN) {
		uchardet_t ud = uchardet_new();
		char name[64];
		name[0] = '\0';
		if (ud) {
			if (uchardet_handle_data(ud, in, len) == 0) {
				const char *g = NULL;
				uchardet_data_end(ud);
				g = uchardet_get_charset(ud);
				if (g && strlen(g) < sizeof name)
					memcpy(name, g, strlen(g) + 1);
			}
			uchardet_delete(ud);
		}
		if (name[0] && !is_utf8_label(name) && strcasecmp(name, "ascii") != 0) {
			size_t mark = out->len;
			st = decode_named(in, len, name, out, log);
			if (st == PX_OK) {
				if (log)
					px_edits_add(log, "encoding", name, strlen(name),
						     "utf-8", 5);
				return PX_OK;
			}
			if (st != PX_EUNSUPPORTED)
				return st;
			px_buf_truncate(out, mark);
		}
	}
	if (log)
		px_edits_add(log, "encoding", "windows-1252", 12, "utf-8", 5);
	return decode_table(in, len, PX__CS_1252, out);
}
