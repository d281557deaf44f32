/*
 * Decoded byte streams: plain files, gzip (zlib; several members in a row,
 * as .warc.gz stores one per record) and zstd (libzstd; several frames),
 * read in 64 KiB steps into a window that a reader inspects before
 * consuming. The codec is chosen by the magic bytes, so a compressed file
 * without its suffix is still read, and a ".gz" that is not gzip is read as
 * it is.
 *
 * Invariants: buf[start..end) holds decoded bytes not yet consumed; the
 * window never grows beyond limit (+ one read step), so memory per record is
 * bounded; after the stream ends, err says whether it ended cleanly (PX_OK)
 * or not (PX_ETRUNCATED, PX_EFORMAT, PX_EIO, PX_ENOMEM), and the bytes
 * decoded before the damage stay available.
 */
#include <stdio.h>
#include <string.h>

#include <zlib.h>
#include <zstd.h>

#include "ingest_internal.h"

#define IN_STEP ((size_t)1 << 16)
#define OUT_STEP ((size_t)1 << 16)

/* Read more raw bytes, keeping the unread ones; sets in_eof at the end. */
static void
raw_refill(struct px__stream *s)
{
	size_t keep = s->in_len - s->in_pos;
	size_t n = 0;

	if (s->in_eof)
		return;
	if (keep > 0 && s->in_pos > 0)
		memmove(s->in, s->in + s->in_pos, keep);
	s->in_pos = 0;
	s->in_len = keep;
	n = fread(s->in + keep, 1, IN_STEP - keep, (FILE *)s->f);
	s->in_len += n;
	if (n == 0) {
		if (ferror((FILE *)s->f))
			s->err = PX_EIO;
		s->in_eof = 1;
	}
}

px_status
px__stream_open(struct px__stream *s, void *f, size_t limit, const char **what)
{
	const unsigned char *m = NULL;
	px_status st = PX_OK;

	memset(s, 0, sizeof(*s));
	s->f = f;
	s->limit = limit;
	*what = NULL;
	s->in = px_alloc(IN_STEP);
	if (s->in == NULL)
		return PX_ENOMEM;
	/* Read until 6 bytes are there (a pipe may deliver fewer at a time). */
	while (s->in_len < 6 && !s->in_eof)
		raw_refill(s);
	m = s->in;
	if (s->in_len >= 2 && m[0] == 0x1f && m[1] == 0x8b) {
		z_stream *z = px_calloc(1, sizeof(*z));
		if (z == NULL || inflateInit2(z, 15 + 16) != Z_OK) {
			px_free(z);
			st = PX_ENOMEM;
			goto cleanup;
		}
		s->codec = PX__CODEC_GZIP;
		s->zstate = z;
	} else if (s->in_len >= 4 && m[0] == 0x28 && m[1] == 0xb5 &&
		   m[2] == 0x2f && m[3] == 0xfd) {
		ZSTD_DStream *z = ZSTD_createDStream();
		if (z == NULL) {
			st = PX_ENOMEM;
			goto cleanup;
		}
		ZSTD_initDStream(z);
		s->codec = PX__CODEC_ZSTD;
		s->zstate = z;
	} else if (s->in_len >= 6 && memcmp(m, "\xfd" "7zXZ\0", 6) == 0) {
		*what = "xz";
		st = PX_EUNSUPPORTED;
	} else if (s->in_len >= 3 && memcmp(m, "BZh", 3) == 0 &&
		   s->in_len >= 4 && m[3] >= '1' && m[3] <= '9') {
		*what = "bzip2";
		st = PX_EUNSUPPORTED;
	}
cleanup:
	if (st)
		px__stream_close(s);
	return st;
}

px_status
px__stream_open_mem(struct px__stream *s, const char *bytes, size_t len)
{
	memset(s, 0, sizeof(*s));
	s->buf = px_alloc(len + 1);
	if (s->buf == NULL)
		return PX_ENOMEM;
	if (len > 0)
		memcpy(s->buf, bytes, len);
	s->cap = len + 1;
	s->end = len;
	s->limit = len;
	s->in_eof = 1;
	s->eof = 1;
	return PX_OK;
}

void
px__stream_close(struct px__stream *s)
{
	if (s->codec == PX__CODEC_GZIP && s->zstate) {
		inflateEnd(s->zstate);
		px_free(s->zstate);
	} else if (s->codec == PX__CODEC_ZSTD && s->zstate) {
		ZSTD_freeDStream(s->zstate);
	}
	px_free(s->in);
	px_free(s->buf);
	memset(s, 0, sizeof(*s));
}

/* Make room for at least OUT_STEP more bytes after end; 0 or -1. */
static int
make_room(struct px__stream *s)
{
	size_t need = 0, ncap = 0;
	char *nb = NULL;

	if (s->start > 0 && (s->start >= s->cap / 2 || s->cap - s->end < OUT_STEP)) {
		memmove(s->buf, s->buf + s->start, s->end - s->start);
		s->end -= s->start;
		s->start = 0;
	}
	if (s->cap - s->end >= OUT_STEP)
		return 0;
	need = s->end + OUT_STEP;
	ncap = s->cap ? s->cap : OUT_STEP * 2;
	while (ncap < need)
		ncap *= 2;
	/* Doubling past the limit would only reserve memory never used. */
	if (ncap > s->limit + 2 * OUT_STEP && need <= s->limit + 2 * OUT_STEP)
		ncap = s->limit + 2 * OUT_STEP;
	nb = px_realloc(s->buf, ncap);
	if (nb == NULL) {
		s->err = PX_ENOMEM;
		return -1;
	}
	s->buf = nb;
	s->cap = ncap;
	return 0;
}

/* Whether the rest of the raw input is all zero bytes (tar-style padding). */
static int
rest_is_zero(struct px__stream *s)
{
	for (;;) {
		size_t i = 0;
		for (i = s->in_pos; i < s->in_len; i++) {
			if (s->in[i] != 0)
				return 0;
		}
		s->in_pos = s->in_len;
		if (s->in_eof)
			return 1;
		raw_refill(s);
	}
}

/* Decode one step into the window; sets eof/err at the end. */
static void
decode_step(struct px__stream *s)
{
	if (s->eof)
		return;
	if (make_room(s)) {
		s->eof = 1;
		return;
	}
	if (s->in_pos >= s->in_len)
		raw_refill(s);
	if (s->err) {
		s->eof = 1;
		return;
	}
	if (s->codec == PX__CODEC_NONE) {
		size_t n = s->in_len - s->in_pos;
		if (n == 0 && s->in_eof) {
			s->eof = 1;
			return;
		}
		if (n > s->cap - s->end)
			n = s->cap - s->end;
		memcpy(s->buf + s->end, s->in + s->in_pos, n);
		s->end += n;
		s->in_pos += n;
	} else if (s->codec == PX__CODEC_GZIP) {
		z_stream *z = s->zstate;
		int rc = 0;
		if (s->member_done) {
			/* Another member follows, or the file ends here. */
			if (s->in_pos >= s->in_len && s->in_eof) {
				s->eof = 1;
				return;
			}
			if (s->in[s->in_pos] != 0x1f) {
				if (!rest_is_zero(s))
					s->err = PX_EFORMAT;
				s->eof = 1;
				return;
			}
			inflateReset(z);
			s->member_done = 0;
		}
		if (s->in_pos >= s->in_len && s->in_eof) {
			s->err = PX_ETRUNCATED;
			s->eof = 1;
			return;
		}
		z->next_in = s->in + s->in_pos;
		z->avail_in = (uInt)(s->in_len - s->in_pos);
		z->next_out = (Bytef *)s->buf + s->end;
		z->avail_out = (uInt)(s->cap - s->end);
		rc = inflate(z, Z_NO_FLUSH);
		s->in_pos = s->in_len - z->avail_in;
		s->end = s->cap - z->avail_out;
		if (rc == Z_STREAM_END) {
			s->member_done = 1;
		} else if (rc == Z_BUF_ERROR) {
			/* No progress possible: input exhausted mid-member. */
			if (s->in_eof) {
				s->err = PX_ETRUNCATED;
				s->eof = 1;
			}
		} else if (rc != Z_OK) {
			s->err = rc == Z_MEM_ERROR ? PX_ENOMEM : PX_EFORMAT;
			s->eof = 1;
		}
	} else {
		ZSTD_inBuffer zin;
		ZSTD_outBuffer zout;
		size_t rc = 0;
		if (s->in_pos >= s->in_len && s->in_eof) {
			if (!s->member_done)
				s->err = PX_ETRUNCATED;
			s->eof = 1;
			return;
		}
		zin.src = s->in;
		zin.size = s->in_len;
		zin.pos = s->in_pos;
		zout.dst = s->buf;
		zout.size = s->cap;
		zout.pos = s->end;
		rc = ZSTD_decompressStream(s->zstate, &zout, &zin);
		s->in_pos = zin.pos;
		s->end = zout.pos;
		if (ZSTD_isError(rc)) {
			s->err = PX_EFORMAT;
			s->eof = 1;
		} else {
			s->member_done = rc == 0;
		}
	}
}

size_t
px__stream_fill(struct px__stream *s, size_t want)
{
	if (want > s->limit)
		want = s->limit;
	while (s->end - s->start < want && !s->eof)
		decode_step(s);
	return s->end - s->start;
}

void
px__stream_consume(struct px__stream *s, size_t n)
{
	if (n > s->end - s->start)
		n = s->end - s->start;
	s->start += n;
	s->offset += n;
	if (s->start == s->end) {
		s->start = 0;
		s->end = 0;
	}
}

uint64_t
px__stream_skip(struct px__stream *s, uint64_t n)
{
	uint64_t done = 0;

	while (done < n) {
		size_t avail = s->end - s->start;
		size_t take = 0;
		if (avail == 0) {
			if (s->eof)
				break;
			decode_step(s);
			continue;
		}
		take = (uint64_t)avail < n - done ? avail : (size_t)(n - done);
		px__stream_consume(s, take);
		done += take;
	}
	return done;
}

const char *
px__stream_error(const struct px__stream *s)
{
	const char *codec = s->codec == PX__CODEC_GZIP   ? "gzip"
			    : s->codec == PX__CODEC_ZSTD ? "zstd"
							 : NULL;

	switch (s->err) {
	case PX_OK:
		return "no error";
	case PX_ETRUNCATED:
		return codec == NULL ? "truncated input"
		       : s->codec == PX__CODEC_GZIP ? "truncated gzip data"
						    : "truncated zstd data";
	case PX_EFORMAT:
		return s->codec == PX__CODEC_GZIP ? "corrupt gzip data"
						  : "corrupt zstd data";
	default:
		return px_strerror(s->err);
	}
}
