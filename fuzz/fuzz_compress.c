/*
 * Fuzz target: compressed inputs (gzip and zstd streams, compress.c) read
 * through the whole reader. The first byte picks the codec (bit 0: gzip or
 * zstd), the mode (bit 1: the rest is written as the compressed file as it
 * is, after the codec's magic bytes, or the rest is content that is
 * compressed here, in two members or frames, and then damaged) and the
 * name the file gets (bits 2-3: .txt, .jsonl, .warc, .html, each with .gz
 * or .zst). Bytes 1-4 of content-mode inputs say where the stream is cut
 * and which byte is flipped (0 = none).
 * Invariants: no crash, leak or hang; every article has an id and valid
 * UTF-8 text; every problem has a reason; and an undamaged compressed file
 * gives exactly the articles (ids aside, texts and titles in order) of the
 * same content read uncompressed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>
#include <zstd.h>

#include "parallax/parallax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct got {
	char *texts[64];
	char *titles[64];
	size_t n, problems;
};

static int
keep(void *ud, struct px_article *a)
{
	struct got *g = ud;

	if (a->id == NULL || a->id[0] == '\0' || a->text == NULL ||
	    !px_utf8_valid(a->text, a->text_len))
		abort();
	if (g->n < 64) {
		g->texts[g->n] = px_strdup(a->text);
		g->titles[g->n] = a->title ? px_strdup(a->title) : NULL;
	}
	g->n++;
	px_article_free(a);
	return 0;
}

static void
problem(void *ud, const char *file, long line, const char *reason)
{
	struct got *g = ud;

	(void)file;
	(void)line;
	if (reason == NULL || reason[0] == '\0')
		abort();
	g->problems++;
}

static void
got_release(struct got *g)
{
	size_t i = 0;

	for (i = 0; i < g->n && i < 64; i++) {
		px_free(g->texts[i]);
		px_free(g->titles[i]);
	}
}

static int
write_file(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL)
		return -1;
	if (n && fwrite(p, 1, n, f) != n) {
		fclose(f);
		return -1;
	}
	return fclose(f);
}

static void
read_file(const char *path, struct got *g)
{
	struct px_reader_opts o;
	struct px_reader *r = NULL;

	memset(&o, 0, sizeof(o));
	o.clean_flags = PX_CLEAN_ALL;
	o.max_record = 4096;
	o.threads = 1;
	if (px_reader_new(&o, keep, problem, g, &r) != PX_OK)
		abort();
	px_reader_read(r, path);
	px_reader_free(r);
}

/* gzip members or zstd frames of p[0..n), split at cut; NULL on failure. */
static unsigned char *
compress_two(int zst, const uint8_t *p, size_t n, size_t cut, size_t *out_len)
{
	size_t cap = 2 * n + 256, len = 0, part = 0;
	unsigned char *out = malloc(cap);

	if (out == NULL)
		return NULL;
	for (part = 0; part < 2; part++) {
		const uint8_t *src = part ? p + cut : p;
		size_t sn = part ? n - cut : cut;
		if (zst) {
			size_t r = ZSTD_compress(out + len, cap - len, src, sn, 1);
			if (ZSTD_isError(r)) {
				free(out);
				return NULL;
			}
			len += r;
		} else {
			z_stream z;
			memset(&z, 0, sizeof(z));
			if (deflateInit2(&z, 1, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
				free(out);
				return NULL;
			}
			z.next_in = (unsigned char *)src;
			z.avail_in = (uInt)sn;
			z.next_out = out + len;
			z.avail_out = (uInt)(cap - len);
			if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
				deflateEnd(&z);
				free(out);
				return NULL;
			}
			len += (cap - len) - z.avail_out;
			deflateEnd(&z);
		}
	}
	*out_len = len;
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = {".txt", ".jsonl", ".warc", ".html"};
	char plain[96], packed[112];
	uint8_t opt = 0;
	int zst = 0;
	struct got a, b;
	size_t i = 0;

	if (size < 1 || size > 1 << 16)
		return 0;
	opt = data[0];
	zst = opt & 1;
	snprintf(plain, sizeof plain, "/tmp/px-fuzz-compress-%ld%s", (long)getpid(),
		 names[(opt >> 2) & 3]);
	snprintf(packed, sizeof packed, "%s%s", plain, zst ? ".zst" : ".gz");
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	if (!(opt & 2)) {
		/* Raw stream bytes after the magic, so the decoder runs. */
		static const unsigned char gz[] = {0x1f, 0x8b, 0x08};
		static const unsigned char zs[] = {0x28, 0xb5, 0x2f, 0xfd};
		unsigned char *buf = malloc(size + 4);
		size_t m = zst ? sizeof zs : sizeof gz;
		if (buf == NULL)
			return 0;
		memcpy(buf, zst ? zs : gz, m);
		memcpy(buf + m, data + 1, size - 1);
		if (write_file(packed, buf, m + size - 1) == 0)
			read_file(packed, &a);
		free(buf);
	} else if (size > 5) {
		const uint8_t *content = data + 5;
		size_t n = size - 5, len = 0;
		size_t cut = n ? data[1] % (n + 1) : 0;
		unsigned char *z = compress_two(zst, content, n, cut, &len);
		size_t keep_len = 0, flip = 0;
		if (z == NULL)
			return 0;
		/* Byte 2: keep all (0) or cut the stream short; bytes 3-4: a byte
		 * to flip (0 = none). */
		keep_len = data[2] == 0 ? len : (len * data[2]) / 256;
		flip = ((size_t)data[3] << 8 | data[4]);
		if (flip > 0 && flip - 1 < keep_len)
			z[flip - 1] ^= 0x5a;
		if (write_file(packed, z, keep_len) == 0)
			read_file(packed, &a);
		if (keep_len == len && flip == 0 && write_file(plain, content, n) == 0) {
			read_file(plain, &b);
			/* Undamaged: the same articles as the plain file. */
			if (a.n != b.n)
				abort();
			for (i = 0; i < a.n && i < 64; i++) {
				if (strcmp(a.texts[i], b.texts[i]) != 0)
					abort();
				if ((a.titles[i] == NULL) != (b.titles[i] == NULL) ||
				    (a.titles[i] && strcmp(a.titles[i], b.titles[i]) != 0))
					abort();
			}
		}
		free(z);
	}
	got_release(&a);
	got_release(&b);
	unlink(packed);
	unlink(plain);
	return 0;
}
