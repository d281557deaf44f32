/*
 * Internal declarations of the compare stage: the comparer's lexicons, the
 * story-wide sentence vectors every decision works on, and the pieces
 * (facts, quotes, stance, summary) that fill a px_comparison.
 *
 * Invariants: sentence vectors hold content-word stems only (no stopwords,
 * numbers or punctuation), sorted by term id and L2-normalised; term ids
 * are local to one px_compare() call. Article indices are input indices.
 */
#ifndef PX_COMPARE_INTERNAL_H
#define PX_COMPARE_INTERNAL_H

#include "core_internal.h"
#include "parallax/compare.h"

enum {
	CUE_UPDATE = 0,
	CUE_SUBSET,
	CUE_DISTINCT,
	CUE_NEGATION,
	CUE_WRAPPER,
	CUE_ATTRIB,
	CUE_CLAIMANT,
	CUE_PAST,
	CUE_RUNNING,
	CUE_PERIOD,
	CUE_PARTITIVE,
	CUE_OFFSET,
	CUE_SOURCES,
	CUE_FROM,
	CUE_UNTIL,
	CUE_RECORD,
	CUE_FORECAST,
	CUE_LATER,
	CUE_ASKING,
	CUE_DEGREE,
	CUE_NOSTANCE,
	CUE_PEAK,
	CUE_WISH,
	CUE_SUPERSEDED,
	CUE_WHOLE,
	CUE_RECORDS,
	CUE_FORUM,
	CUE_MATTER,
	CUE_STAMP,
	CUE_NSECT
};

#define PX__FRAME_RUNNING 0x10000u
/* The kind of value a frame is about; none of them: any kind. */
#define PX__FRAME_COUNT 0x20000u
#define PX__FRAME_MONEY 0x40000u
#define PX__FRAME_MEASURE 0x80000u
#define PX__FRAME_AGE 0x100000u
#define PX__FRAME_PEOPLE 0x200000u
#define PX__FRAME_DATE 0x400000u
#define PX__FRAME_KINDS                                                                            \
	(PX__FRAME_COUNT | PX__FRAME_MONEY | PX__FRAME_MEASURE | PX__FRAME_AGE | PX__FRAME_PEOPLE |   \
	 PX__FRAME_DATE)

struct px_comparer {
	struct px_compare_opts opts;
	struct px_map *idf;   /* stem -> background document frequency */
	uint32_t idf_docs;
	struct px_map *cues[CUE_NSECT]; /* phrases, words joined by ' ' */
	size_t cue_max_words[CUE_NSECT];
	struct px_map *stance; /* stem -> value 1 (+) or 2 (-) */
	/* Every key of stance, for stance_at to turn most words away
	 * before hashing them. */
	struct px_keysig stance_sig;
	/* Every cue phrase of every section and every word prefix of one:
	 * value bit k (k < CUE_NSECT) when the phrase is a cue of section k,
	 * bit CUE_NSECT when it begins a longer one. */
	struct px_map *cue_any;
	size_t cue_any_words;
	struct px_map *moments; /* phrase (lower case, words joined by ' ')
				   -> moment class (1-based) */
	size_t moment_words;    /* the longest phrase's word count */
	/* Bit h % 4096 of cue_word_bit() of each moment phrase's start, up
	 * to its first space or hyphen (px__cmp_moment_may_start). */
	uint64_t moment_first[64];
	struct px_map *frames; /* stem -> frame number (1-based), with
				  PX__FRAME_RUNNING for running counts */
	struct px_map *synonyms; /* stem -> id in this map of the stem its
				    group is counted as (itself for the first
				    word of a group) */
	uint64_t syn_first[64];  /* cue_word_bit() % 4096 of every stem of synonyms */
	char hash[17];
	/* Background weights by stem, made from idf once loaded: open
	 * addressing on the stem's px_hash64, each slot the stem (a key of
	 * idf) and its weight, so a story's lookup reads one slot and the
	 * key instead of the map's slot, entry and key; idf_slots is a power
	 * of two (0: no table, every stem weighs idf_w0). */
	struct px_idf_slot *idf_tab;
	size_t idf_slots;
	float idf_w0; /* the weight of a stem outside the table */
	/* Bit h % 65536 of a cheap hash of the first word of every cue
	 * phrase: a word whose bit is clear begins none, and costs no map
	 * lookup (most words of a text). */
	uint64_t cue_first[1024];
};

struct px_idf_slot {
	uint64_t hash;
	const char *key; /* NULL: empty slot */
	size_t len;
	float w;
};

struct cmp_term {
	uint32_t id;
	float w;
};

struct cmp_vec {
	struct cmp_term *t;
	size_t n;
};

/* A sentence of the inverted index's list of a term, with the term's
 * weight in it (together: one stream of memory per term). */
struct cmp_posting {
	uint32_t sent;
	float w;
};

/* One sentence of the story (title and body sentences of every article). */
struct cmp_sent {
	size_t art;
	enum px_field field;
	size_t idx; /* sentence index within its field */
	size_t start;
	size_t end;
	const struct px_doc *doc;
	const char *text; /* the field's text */
	struct cmp_vec v;
	unsigned cues;          /* 1 << CUE_x found in the sentence */
	const char *speaker;    /* who the sentence attributes to, or NULL */
	size_t n_dates;         /* date claims in the sentence */
	const char *date_value; /* the first one's value */
};

/* Body sentences per article that the summary graph reads (its lead). */
#define CMP_LEAD_SENTENCES 12

struct cmp_ctx {
	const struct px_comparer *c;
	const struct px_compare_input *in;
	size_t n;
	/* One article: nothing is compared, and what is written of it (the
	 * summary of its lead, its title) reads the vectors of its title and
	 * its first CMP_LEAD_SENTENCES body sentences only. No cue tables
	 * are made and no other sentence gets a vector (lone_toks). */
	int lone;
	/* Working data of one px_compare() call (sentences, vectors, cue and
	 * term tables), released when it returns; what the comparison
	 * returns lives in out->arena. */
	struct px_arena scratch;
	/* Per article, the indices (into its claims, ascending) of its quote
	 * claims, made in scratch when in_quote (facts.c) first reads that
	 * article; quote_ix NULL until it first reads any. */
	uint32_t **quote_ix;
	size_t *n_quote_ix;
	/* The story's outlet names (its articles' sources, not empty), each
	 * once: names_outlet (facts.c) compares a speaker with every one of
	 * them, for each quote and name, and the articles of a big story
	 * mostly share a few outlets. */
	const char **outlets;
	size_t n_outlets;
	struct px_map *terms; /* story-local stem ids */
	float *idfw;          /* weight per local id */
	size_t idfw_cap;
	uint32_t *canon;      /* per local id: the id it counts as (synonyms) */
	size_t n_canon, canon_cap;
	uint32_t *story_df;   /* per local id: articles of the story using it */
	uint32_t *last_art;
	size_t df_cap;
	struct cmp_sent *sents;
	size_t n_sents;
	size_t *first_sent; /* per article, its first sentence (n + 1 entries) */
	struct px_comparison *out;
	size_t cap_agreements, cap_conflicts, cap_unique, cap_summary,
		cap_dismissed;
	/* Claims already part of a multi-source fact, per article: marks on
	 * sentences so unique claims skip them (1; 2 for a stance, whose
	 * sentence may still join a statement). */
	unsigned char *sent_shared;
	/* Per pair of articles (n * n, made on first use in scratch): 1 when
	 * their leads open with different subjects, organisations or people,
	 * neither named by the other (facts.c, other_subjects), 0 when not,
	 * -1 not yet known. */
	signed char *subjects;
	/* Cue tables: for each document, per token and section, the word
	 * count of the shortest cue phrase starting there (0: none). Looked up
	 * by document pointer in an open-addressing table. */
	const struct px_doc **cue_docs;
	unsigned char **cue_tabs;
	size_t cue_slots;
	/* The last document px__cmp_has_cue() looked up and its table: the
	 * rules ask about one document many times in a row. Points to
	 * px_compare()'s own memo (one story on one thread), so the const
	 * context can update it. */
	struct cmp_cue_memo {
		const struct px_doc *doc;
		const unsigned char *tab;
	} *cue_memo;
	/* Per document (same slots): each token's story-local term id, or
	 * UINT32_MAX when it is not a content word, so vectors need not hash
	 * stems again. */
	uint32_t **tok_ids;
	/* Per document (same slots): per token, the cue sections with a
	 * phrase starting there (bit k: the table's entry k is nonzero). */
	uint32_t **cue_bits;
	/* Inverted index of the sentence vectors (px__cmp_sims): per term id,
	 * the sentences using it, in sentence order, with their weights; and
	 * an accumulator per sentence. Made on first use, freed with the ctx. */
	uint32_t *ix_off;   /* n_terms + 1 offsets into ix */
	struct cmp_posting *ix;
	size_t ix_terms;
	double *acc;        /* per sentence: dot product with the query */
	uint32_t *touched;  /* sentences whose acc is set, n_touched of them
			       (room for n_sents + 1) */
	size_t n_touched;
	/* What px__cmp_sims_of() keeps of each sentence's similarities for
	 * the later stages, so that unique claims and the summary graph need
	 * not compute a row statements computed already: per sentence, the
	 * best similarity with a sentence of another article (< 0: not
	 * known); the summary graph's nodes (graph_ids, graph_n of them;
	 * graph_node: per sentence its node or UINT32_MAX) and their
	 * similarity matrix, row by row as the rows are known (graph_done). */
	double *other_best;
	size_t *graph_ids;
	size_t graph_n;
	uint32_t *graph_node;
	double *graph_sim;
	unsigned char *graph_done;
	px_status st;
};

/* Vectors and similarity. */
px_status px__cmp_vec_tokens(struct cmp_ctx *x, const struct px_doc *doc,
			     size_t tok_from, size_t tok_to, size_t skip_start,
			     size_t skip_end, struct cmp_vec *out);
double px__cmp_cosine(const struct cmp_vec *a, const struct cmp_vec *b);
/* Cosine of sentence vector q with every sentence of the story at once,
 * through the inverted index: afterwards x->acc[j] holds exactly
 * px__cmp_cosine(q, &x->sents[j].v) for the x->n_touched sentences listed
 * in x->touched (every other sentence shares no term with q: 0). Valid
 * until the next call. */
px_status px__cmp_sims(struct cmp_ctx *x, const struct cmp_vec *q);
/* 0 when no moment phrase (c->moments) begins with the word fold: a phrase
 * built from fold and the words after it starts with fold up to its first
 * space or hyphen, and so does the phrase. */
int px__cmp_moment_may_start(const struct px_comparer *c, const char *fold);
void px__cmp_sims_release(struct cmp_ctx *x);
/* px__cmp_sims() of sentence i's vector, which also keeps the sentence's
 * best similarity with another article and, for a node of the summary
 * graph, its row of the graph (see struct cmp_ctx). */
px_status px__cmp_sims_of(struct cmp_ctx *x, size_t i);
/* px__cmp_sims_of() for every sentence i with ask[i] (n_sents flags),
 * each pair of them summed once; pair() gets every pair (i, t), t != i,
 * of similarity min or more with its first shared term id (see
 * summary.c). */
px_status px__cmp_sims_each(struct cmp_ctx *x, const unsigned char *ask, double min,
			    void (*pair)(void *ctx, size_t i, size_t t, double sim,
					 uint32_t first),
			    void *ctx);
/* Whether two vectors share a word that not every source of the story
 * uses (with two sources, any shared word). */
int px__cmp_share_specific(const struct cmp_ctx *x, const struct cmp_vec *a,
			   const struct cmp_vec *b);
/* The stem a stem counts as: the first of its group of synonyms
 * (data/compare_synonyms_en.txt), or itself; its length in *out. */
const char *px__cmp_synonym(const struct px_comparer *c, const char *stem, size_t len, size_t *out);
struct cmp_sent *px__cmp_sent_at(struct cmp_ctx *x, size_t art,
				 enum px_field field, size_t idx);

/* A word that is not a stopword or a number, with its fold and stem
 * (inline: the rules ask it of most tokens of a story). */
static inline int
px__cmp_content_word(const struct px_token *t)
{
	return (t->flags & PX_TOK_WORD) && !(t->flags & (PX_TOK_STOP | PX_TOK_NUMBER)) &&
	       t->fold != NULL && t->stem != NULL;
}
/* The story term id of token i of a document of the story, or UINT32_MAX. */
uint32_t px__cmp_tok_term(const struct cmp_ctx *x, const struct px_doc *doc, size_t i);

/* The cue table of doc (NULL when it has none), kept in x->cue_memo. */
const unsigned char *px__cmp_cue_tab(const struct cmp_ctx *x, const struct px_doc *doc);

/* The cue table of doc, from x->cue_memo when doc is the document asked
 * about last (most often), else px__cmp_cue_tab(), which remembers it. */
static inline const unsigned char *
px__cmp_cue_memo(const struct cmp_ctx *x, const struct px_doc *doc)
{
	if (x->cue_memo && x->cue_memo->doc == doc && doc)
		return x->cue_memo->tab;
	return px__cmp_cue_tab(x, doc);
}

/* Does the token range contain a whole cue phrase of the section? Uses
 * the per-document tables made once by px__cmp_index_cues(). Inline: the
 * rules ask it about 9.5 million times on bench-news. */
static inline int
px__cmp_has_cue(const struct cmp_ctx *x, int sect, const struct px_doc *doc, size_t tok_from,
		size_t tok_to)
{
	const unsigned char *tab = px__cmp_cue_memo(x, doc);
	size_t i = 0;

	for (i = tok_from; tab && i < tok_to && i < doc->n_toks; i++) {
		unsigned char w = tab[i * CUE_NSECT + (size_t)sect];
		if (w && i + w <= tok_to)
			return 1;
	}
	return 0;
}

/* The length in tokens of the cue phrase of section sect that starts at
 * token i, 0 when none starts there. */
static inline size_t
px__cmp_cue_len(const struct cmp_ctx *x, int sect, const struct px_doc *doc, size_t i)
{
	const unsigned char *tab = px__cmp_cue_memo(x, doc);

	return tab && i < doc->n_toks ? tab[i * CUE_NSECT + (size_t)sect] : 0;
}

void px__cmp_sentence_claims(const struct px_claims *cl, const struct cmp_sent *s, size_t *lo,
			     size_t *hi);

/* Output building (arena). */
char *px__cmp_strdup(struct cmp_ctx *x, const char *s, size_t len);
char *px__cmp_printf(struct cmp_ctx *x, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void px__cmp_evidence(struct cmp_ctx *x, const struct cmp_sent *s,
		      struct px_evidence *ev);
void px__cmp_dismiss(struct cmp_ctx *x, const char *about, const char *why,
		     const struct cmp_sent *a, const struct cmp_sent *b);
struct px_agreement *px__cmp_add_agreement(struct cmp_ctx *x);
struct px_conflict *px__cmp_add_conflict(struct cmp_ctx *x);
const char **px__cmp_why(struct cmp_ctx *x, size_t n, ...);

/* The stages. */
px_status px__cmp_quantities(struct cmp_ctx *x);
px_status px__cmp_dates(struct cmp_ctx *x);
px_status px__cmp_quotes(struct cmp_ctx *x);
px_status px__cmp_agents(struct cmp_ctx *x);
px_status px__cmp_stance(struct cmp_ctx *x);
px_status px__cmp_statements(struct cmp_ctx *x);
px_status px__cmp_unique(struct cmp_ctx *x);
px_status px__cmp_summary(struct cmp_ctx *x);

/* Compact value notation of a quantity (ARCHITECTURE.md §6). */
void px__cmp_quantity_notation(const struct px_quantity *q, char *buf,
			       size_t cap);

#endif
