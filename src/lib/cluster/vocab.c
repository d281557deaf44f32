/*
 * The clusterer's vocabulary: term keys interned to dense ids, each with
 * its background document frequency (from the shipped IDF table) and its
 * document frequency in the input so far.
 *
 * Table format (data/idf_en.txt, made by tools/build-idf): lines starting
 * with '#' are comments; "docs N" gives the number of background
 * documents; every other line is "STEM DF" (a Snowball English stem of a
 * case-folded word, one space, its document frequency). Background terms are
 * interned first, so their ids are the table's line order.
 */
#include <string.h>

#include "cluster_internal.h"
#include "core_internal.h"

static px_status
vocab_grow(struct px__vocab *v, size_t need)
{
	size_t cap = v->cap, ocap = v->cap;
	px_status st = PX_OK;

	if (need <= v->cap)
		return PX_OK;
	st = px_grow((void **)&v->bg, &cap, need, sizeof(*v->bg));
	if (st)
		return st;
	cap = ocap;
	st = px_grow((void **)&v->df, &cap, need, sizeof(*v->df));
	if (st)
		return st;
	cap = ocap;
	st = px_grow((void **)&v->word, &cap, need, sizeof(*v->word));
	if (st)
		return st;
	memset(v->bg + ocap, 0, (cap - ocap) * sizeof(*v->bg));
	memset(v->df + ocap, 0, (cap - ocap) * sizeof(*v->df));
	memset(v->word + ocap, 0, (cap - ocap) * sizeof(*v->word));
	v->cap = cap;
	return PX_OK;
}

/*
 * A direct-mapped cache of keys of up to 16 bytes in front of the map,
 * 1 << PX__VHOT_BITS slots of 24 bytes (768 KiB): the vocabulary of a day's
 * news outgrows the CPU's caches (bench-news: 182k terms), and a lookup in
 * the map waits for memory twice (its slot, then its entry), while most
 * tokens are common stems and names. Ids never change once given, so a
 * slot holds a key's id for good; a slot is overwritten by the last key
 * hashed to it. On bench-news 82% of the 5.9M lookups hit with 8K slots;
 * the clusterer's CPU (px_clusterer_add_parsed, bench runs at load 3.7)
 * fell by about a tenth with 32K slots, less with 8K or 16K, no more with
 * 64K.
 */
px_status
px__vocab_intern(struct px__vocab *v, const char *key, size_t len,
		 const char *bg_key, size_t bg_len, uint32_t *id)
{
	uint64_t h = px__map_hash(key, len);
	struct px__vhot *e = NULL;
	int added = 0;
	px_status st = PX_OK;

	if (v->map == NULL && (st = px_map_new(&v->map)))
		return st;
	if (v->hot == NULL &&
	    (v->hot = px_calloc((size_t)1 << PX__VHOT_BITS, sizeof(*v->hot))) == NULL)
		return PX_ENOMEM;
	e = &v->hot[(h >> 32) & (((size_t)1 << PX__VHOT_BITS) - 1)];
	if (len > 0 && e->len == len && memcmp(e->key, key, len) == 0) {
		*id = e->id;
		return PX_OK;
	}
	if ((st = vocab_grow(v, px_map_count(v->map) + 1)))
		return st;
	if ((st = px__map_intern_hashed(v->map, h, key, len, id, &added)))
		return st;
	if (len > 0 && len <= sizeof(e->key)) {
		memcpy(e->key, key, len);
		e->len = (uint32_t)len;
		e->id = *id;
	}
	if (added)
		v->word[*id] = *id;
	if (added && (bg_key != key || bg_len != len)) {
		uint32_t bid = 0;
		/* An entity takes the background frequency of its stem, and is
		 * the same word as its stem. */
		if (px_map_find(v->map, bg_key, bg_len, &bid) == PX_OK && bid < v->cap) {
			v->bg[*id] = v->bg[bid];
			v->word[*id] = bid;
		}
	}
	return PX_OK;
}

static size_t
parse_uint(const char *s, size_t len, uint64_t *out)
{
	size_t i = 0;

	*out = 0;
	while (i < len && s[i] >= '0' && s[i] <= '9' && *out < 0xFFFFFFFFull)
		*out = *out * 10 + (uint64_t)(s[i++] - '0');
	return i;
}

px_status
px__vocab_load_bg(struct px__vocab *v, const char *data, size_t len)
{
	size_t i = 0;
	px_status st = PX_OK;

	while (i < len && st == PX_OK) {
		const char *line = data + i, *nl = memchr(line, '\n', len - i);
		size_t ll = nl ? (size_t)(nl - line) : len - i;
		const char *sp = memchr(line, ' ', ll);
		uint64_t n = 0;
		i += ll + 1;
		if (ll == 0 || line[0] == '#')
			continue;
		if (sp == NULL || sp == line)
			return PX_EFORMAT;
		if (parse_uint(sp + 1, ll - (size_t)(sp + 1 - line), &n) !=
		    ll - (size_t)(sp + 1 - line))
			return PX_EFORMAT;
		if ((size_t)(sp - line) == 4 && memcmp(line, "docs", 4) == 0) {
			v->bg_docs = (uint32_t)n;
		} else {
			uint32_t id = 0;
			st = px__vocab_intern(v, line, (size_t)(sp - line), line,
					      (size_t)(sp - line), &id);
			if (st == PX_OK)
				v->bg[id] = (uint32_t)n;
		}
	}
	return st;
}

void
px__vocab_release(struct px__vocab *v)
{
	px_map_free(v->map);
	px_free(v->hot);
	px_free(v->bg);
	px_free(v->df);
	px_free(v->word);
	memset(v, 0, sizeof(*v));
}
