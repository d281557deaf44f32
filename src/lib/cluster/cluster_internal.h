/*
 * Internal declarations of the cluster module: the vocabulary shared by the
 * feature extractor and the clusterer, and the prepared document.
 *
 * Term keys in the vocabulary: a stem as is ("fire"); an entity as "^" and
 * its stem ("^dunmor"); a number as "#" and its digits ("#1200"). Stems of
 * the headline and of the body share ids (and document frequencies) but
 * live in different vectors.
 */
#ifndef PX_CLUSTER_INTERNAL_H
#define PX_CLUSTER_INTERNAL_H

#include "parallax/cluster.h"
#include "parallax/segment.h"

enum px__space { PX__BODY = 0, PX__TITLE = 1, PX__ENT = 2, PX__NSPACE = 3 };

/* One weighted term of a vector. */
struct px__cterm {
	uint32_t id;
	float w;
};

/* A slot of the vocabulary's hot cache (vocab.c): a short key and its id;
 * the cache has 1 << PX__VHOT_BITS of them. */
#define PX__VHOT_BITS 15
struct px__vhot {
	char key[16];
	uint32_t len; /* 0: empty */
	uint32_t id;
};

struct px__vocab {
	struct px_map *map;
	struct px__vhot *hot; /* 1 << PX__VHOT_BITS slots, made at the first lookup */
	uint32_t *bg;   /* background document frequency per id */
	uint32_t *df;   /* document frequency in the input so far */
	uint32_t *word; /* the id of the term's word: an entity's stem, else
			   the term itself ("^lindholt" -> "lindholt") */
	size_t cap;
	uint32_t bg_docs;
};

/*
 * A prepared article: term counts per space (raw counts in w, sorted by
 * id), its time, and its setting: its places, the words of names it writes
 * after a locative preposition ("in Lindholt", "near Lindholt") or in its
 * dateline ("LINDHOLT, Norland (NWS) -"), those of the dateline alone
 * (dl), and its days, the weekdays and months it names; all as word ids
 * (px__vocab.word), sorted and unique.
 */
struct px_cluster_doc {
	int64_t time;
	uint32_t n[PX__NSPACE];
	struct px__cterm *t; /* n[0] body terms, then title, then entities */
	uint32_t *place;
	uint32_t n_place;
	uint32_t *dl;
	uint32_t n_dl;
	uint32_t *day;
	uint32_t n_day;
};

/* The tokenizer state: a stemmer and the stopword source. */
struct px__tokenizer {
	struct px_stemmer *px;  /* the text layer's stemmer, when available */
	void *sb;               /* else libstemmer directly */
	int text_layer_stops;   /* px_is_stopword works */
};

px_status px__tokenizer_init(struct px__tokenizer *tk);
void px__tokenizer_release(struct px__tokenizer *tk);

/* Intern a key, looking up its background frequency under bg_key. */
px_status px__vocab_intern(struct px__vocab *v, const char *key, size_t len,
			   const char *bg_key, size_t bg_len, uint32_t *id);
px_status px__vocab_load_bg(struct px__vocab *v, const char *data, size_t len);
void px__vocab_release(struct px__vocab *v);

/* Extract the features of an article into a new doc; title and text are
 * its fields already parsed (px_clusterer_add_parsed), or NULL. */
px_status px__features(struct px__tokenizer *tk, struct px__vocab *v,
		       const struct px_article *a, const struct px_doc *title,
		       const struct px_doc *text, struct px_cluster_doc **out);

#endif
