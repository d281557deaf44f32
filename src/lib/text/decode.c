/*
 * Decoding bytes of unknown encoding into valid UTF-8.
 *
 * Order of evidence: a BOM; a declared charset that the bytes do not
 * contradict; valid UTF-8; otherwise windows-1252 (the usual encoding of
 * mislabelled Western news pages). Invalid UTF-8 inside mostly-UTF-8 text is
 * replaced by U+FFFD, one per maximal invalid subpart, and logged. CRLF and
 * lone CR become LF.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "parallax/text.h"

/* windows-1252 bytes 0x80..0x9F; 0 marks the five undefined bytes, which
 * map to the C1 control of the same number as browsers do. */
static const uint16_t cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

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
	size_t run = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r') {
			px_buf_append(out, s + i - run, run);
			run = 0;
			px_buf_putc(out, '\n');
			if (i + 1 < len && s[i + 1] == '\n')
				i++;
			continue;
		}
		run++;
	}
	px_buf_append(out, s + len - run, run);
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
decode_single_byte(const char *in, size_t len, const uint16_t *hi32,
		   struct px_buf *out)
{
	size_t i = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];
		if (c == '\r') {
			px_buf_putc(out, '\n');
			if (i + 1 < len && in[i + 1] == '\n')
				i++;
		} else if (c < 0x80) {
			px_buf_putc(out, c);
		} else if (c < 0xA0 && hi32 && hi32[c - 0x80]) {
			px_buf_put_cp(out, hi32[c - 0x80]);
		} else {
			px_buf_put_cp(out, c);
		}
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

static int
charset_is(const char *cs, const char *const *names)
{
	size_t i = 0;

	for (i = 0; names[i]; i++)
		if (strcasecmp(cs, names[i]) == 0)
			return 1;
	return 0;
}

px_status
px_text_decode(const char *in, size_t len, const char *charset,
	       struct px_buf *out, struct px_edits *log)
{
	static const char *const utf8_names[] = {"utf-8", "utf8", NULL};
	static const char *const cp1252_names[] = {
		"windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1",
		"latin-1", "us-ascii", "ascii", "iso-8859-15", NULL};
	const unsigned char *u = (const unsigned char *)in;

	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return decode_utf8_lossy(in + 3, len - 3, out, log);
	if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
		return decode_utf16(in + 2, len - 2, 0, out, log);
	if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
		return decode_utf16(in + 2, len - 2, 1, out, log);
	if (charset && charset_is(charset, utf8_names))
		return decode_utf8_lossy(in, len, out, log);
	if (px_utf8_valid(in, len))
		return decode_utf8_lossy(in, len, out, log);
	if (charset && charset_is(charset, cp1252_names)) {
		if (log)
			px_edits_add(log, "encoding", charset, strlen(charset),
				     "utf-8", 5);
		return decode_single_byte(in, len, cp1252_hi, out);
	}
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
	if (log)
		px_edits_add(log, "encoding", "windows-1252", 12, "utf-8", 5);
	return decode_single_byte(in, len, cp1252_hi, out);
}
