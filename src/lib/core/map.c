/*
 * Interning map: byte strings -> dense ids in insertion order.
 *
 * Open addressing with linear probing over a power-of-two table of slots;
 * entries (hash, key, length, value) live in a dense array so ids are stable
 * and iteration is in insertion order. Keys are copied into an arena owned
 * by the map, except those of px__map_intern_borrowed, which the caller
 * keeps alive. Load factor stays below 1/2.
 *
 * A slot holds the entry's id + 1 in its low 32 bits (0: empty) and the high
 * 32 bits of its hash above them, so a probe reads an entry only when those
 * bits match: a lookup that misses (most of the lexicon lookups) touches
 * the slot table alone. An entry holds the first 8 bytes of its key, so
 * that a hit on a key of 8 bytes or fewer (most words and stems) compares
 * within the entry and does not read the key's bytes in the arena, another
 * cache miss in a big map; the hashes, needed only to rehash, live in an
 * array of their own so the entries stay 32 bytes. xxHash is compiled
 * inline (XXH_INLINE_ALL): the keys are short words, for which the call
 * into the shared library cost as much as the hash; the values are those
 * of the library (same algorithm).
 */
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "parallax/core.h"
#include "core_internal.h"

struct px_map_entry {
	uint64_t head; /* the key's first 8 bytes, zero-padded (key_head) */
	const char *key;
	size_t len;
	uintptr_t value;
};

struct px_map {
	uint64_t *slots; /* hash >> 32 << 32 | (id + 1); 0 means empty */
	size_t nslots;
	struct px_map_entry *entries;
	uint64_t *hashes; /* each entry's hash */
	size_t count;
	size_t cap, cap_hashes;
	struct px_arena keys;
};

uint64_t
px_hash64(const void *p, size_t len, uint64_t seed)
{
	return XXH3_64bits_withSeed(p, len, seed);
}

px_status
px_map_new(struct px_map **out)
{
	struct px_map *m = px_calloc(1, sizeof(*m));

	*out = NULL;
	if (m == NULL)
		return PX_ENOMEM;
	m->nslots = 64;
	m->slots = px_calloc(m->nslots, sizeof(*m->slots));
	if (m->slots == NULL) {
		px_free(m);
		return PX_ENOMEM;
	}
	px_arena_init(&m->keys, 32 * 1024, 0);
	*out = m;
	return PX_OK;
}

void
px_map_free(struct px_map *m)
{
	if (m == NULL)
		return;
	px_free(m->slots);
	px_free(m->entries);
	px_free(m->hashes);
	px_arena_release(&m->keys);
	px_free(m);
}

#define SLOT_TAG(h) ((h) & 0xffffffff00000000u)
#define SLOT_ID(s) ((uint32_t)((s) & 0xffffffffu) - 1)

/* The first 8 bytes of a key, zero-padded: equal heads and lengths make
   equal keys of up to 8 bytes. */
static uint64_t
key_head(const char *key, size_t len)
{
	uint64_t head = 0;

	if (len > 0)
		memcpy(&head, key, len < sizeof(head) ? len : sizeof(head));
	return head;
}

static size_t
map_probe(const struct px_map *m, uint64_t h, const char *key, size_t len,
	  int *found)
{
	size_t mask = m->nslots - 1;
	size_t i = (size_t)h & mask;
	uint64_t tag = SLOT_TAG(h), head = 0;
	int have_head = 0;

	for (;;) {
		uint64_t s = m->slots[i];
		if (s == 0) {
			*found = 0;
			return i;
		}
		if (SLOT_TAG(s) == tag) {
			const struct px_map_entry *e = &m->entries[SLOT_ID(s)];
			if (!have_head) {
				head = key_head(key, len);
				have_head = 1;
			}
			if (e->len == len && e->head == head &&
			    (len <= sizeof(head) ||
			     memcmp(e->key + sizeof(head), key + sizeof(head),
				    len - sizeof(head)) == 0)) {
				*found = 1;
				return i;
			}
		}
		i = (i + 1) & mask;
	}
}

static px_status
map_rehash(struct px_map *m)
{
	size_t n = m->nslots * 2;
	uint64_t *slots = px_calloc(n, sizeof(*slots));
	size_t i = 0;

	if (slots == NULL)
		return PX_ENOMEM;
	for (i = 0; i < m->count; i++) {
		uint64_t h = m->hashes[i];
		size_t j = (size_t)h & (n - 1);
		while (slots[j])
			j = (j + 1) & (n - 1);
		slots[j] = SLOT_TAG(h) | (uint64_t)(i + 1);
	}
	px_free(m->slots);
	m->slots = slots;
	m->nslots = n;
	return PX_OK;
}

uint64_t
px__map_hash(const char *key, size_t len)
{
	return px_hash64(key, len, 0);
}

px_status
px_map_intern(struct px_map *m, const char *key, size_t len, uint32_t *id,
	      int *added)
{
	return px__map_intern_hashed(m, px_hash64(key, len, 0), key, len, id, added);
}

static px_status
map_intern(struct px_map *m, uint64_t h, const char *key, size_t len, int borrow,
	   uint32_t *id, int *added);

px_status
px__map_intern_hashed(struct px_map *m, uint64_t h, const char *key, size_t len,
		      uint32_t *id, int *added)
{
	return map_intern(m, h, key, len, 0, id, added);
}

px_status
px__map_intern_borrowed(struct px_map *m, const char *key, size_t len, uint32_t *id)
{
	return map_intern(m, px_hash64(key, len, 0), key, len, 1, id, NULL);
}

/* Intern key; borrow: a new key is not copied, the map keeps key itself. */
static px_status
map_intern(struct px_map *m, uint64_t h, const char *key, size_t len, int borrow,
	   uint32_t *id, int *added)
{
	int found = 0;
	size_t slot = map_probe(m, h, key, len, &found);
	struct px_map_entry *e = NULL;
	px_status st = PX_OK;

	if (added)
		*added = 0;
	if (found) {
		*id = SLOT_ID(m->slots[slot]);
		return PX_OK;
	}
	if (m->count >= UINT32_MAX - 1)
		return PX_ETOOBIG;
	/* Most insertions have room: no call to find that out. */
	if (m->count >= m->cap)
		st = px_grow((void **)&m->entries, &m->cap, m->count + 1,
			     sizeof(*m->entries));
	if (st == PX_OK && m->count >= m->cap_hashes)
		st = px_grow((void **)&m->hashes, &m->cap_hashes, m->count + 1,
			     sizeof(*m->hashes));
	if (st)
		return st;
	e = &m->entries[m->count];
	e->key = borrow ? key : px_arena_strndup(&m->keys, key, len);
	if (e->key == NULL)
		return PX_ENOMEM;
	m->hashes[m->count] = h;
	e->head = key_head(key, len);
	e->len = len;
	e->value = 0;
	m->slots[slot] = SLOT_TAG(h) | (uint64_t)(m->count + 1);
	*id = (uint32_t)m->count;
	m->count++;
	if (added)
		*added = 1;
	if (m->count * 2 > m->nslots) {
		st = map_rehash(m);
		if (st)
			return st;
	}
	return PX_OK;
}

px_status
px_map_find(const struct px_map *m, const char *key, size_t len, uint32_t *id)
{
	int found = 0;
	size_t slot = map_probe(m, px_hash64(key, len, 0), key, len, &found);

	if (!found)
		return PX_ENOTFOUND;
	*id = SLOT_ID(m->slots[slot]);
	return PX_OK;
}

size_t
px_map_count(const struct px_map *m)
{
	return m->count;
}

const char *
px_map_key(const struct px_map *m, uint32_t id, size_t *len)
{
	if (id >= m->count)
		return NULL;
	if (len)
		*len = m->entries[id].len;
	return m->entries[id].key;
}

uintptr_t *
px_map_value(struct px_map *m, uint32_t id)
{
	if (id >= m->count)
		return NULL;
	return &m->entries[id].value;
}

px_status
px__map_add_first(struct px_map *m, const char *key, size_t len, uintptr_t v)
{
	uint32_t id = 0;
	int added = 0;
	px_status st = px_map_intern(m, key, len, &id, &added);

	if (st == PX_OK && added)
		*px_map_value(m, id) = v;
	return st;
}

px_status
px__map_add_first_borrowed(struct px_map *m, const char *key, size_t len, uintptr_t v)
{
	uint32_t id = 0;
	int added = 0;
	px_status st = map_intern(m, px_hash64(key, len, 0), key, len, 1, &id, &added);

	if (st == PX_OK && added)
		m->entries[id].value = v;
	return st;
}
