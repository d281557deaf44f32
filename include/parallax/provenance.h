/*
 * parallax provenance: where each sentence of an article says its content
 * comes from (the article's own reporting, another outlet, a named person
 * or organisation, a document, anonymous sources), and, per story, how many
 * independent origins stand behind each agreement and conflict.
 *
 * Origins are read from the text: attribution cues and their targets
 * ("according to a Halden Courier report", "first made public by", "told
 * The Halden Courier", "the letter reads", "in a statement"), wire credits
 * ("Nordwire contributed to this report", "(Nordwire) -" in the lead) and
 * anonymous sourcing ("two people familiar with the talks"). The cue
 * lexicon is data/provenance_en.txt.
 *
 * Ownership: a px_attributor holds the compiled lexicon and is immutable
 * after px_attributor_new(); any number of threads may share it. A
 * px_origins result owns every string it points to (one arena) and is
 * freed with px_origins_free(). It borrows nothing from its input.
 *
 * Thread-safety: px_origins_extract() only reads its input and the
 * attributor; distinct outputs may be built on distinct threads at once.
 */
#ifndef PARALLAX_PROVENANCE_H
#define PARALLAX_PROVENANCE_H

#include "parallax/core.h"
#include "parallax/segment.h"
#include "parallax/claims.h"

#ifdef __cplusplus
extern "C" {
#endif

#define PX_ORIGIN_NONE ((size_t)-1)

enum px_origin_kind {
	PX_ORIGIN_OWN = 0,
	PX_ORIGIN_OUTLET,
	PX_ORIGIN_PERSON,
	PX_ORIGIN_ORGANISATION,
	PX_ORIGIN_DOCUMENT,
	PX_ORIGIN_ANONYMOUS
};

/* "own", "outlet", "person", "organisation", "document", "anonymous". */
PX_API const char *px_origin_kind_name(enum px_origin_kind k);

/*
 * One attribution found in the text. name is the source as written ("The
 * Halden Courier", "letter", "Maren Holt"; "anonymous sources" for unnamed
 * ones); cue is the lexicon phrase or quote cue that names it. The
 * evidence is the sentence (field, index) and the byte span start..end of
 * the cue and its target in that field's text.
 */
struct px_origin {
	enum px_origin_kind kind;
	const char *name;
	const char *cue;
	enum px_field field;
	size_t sentence;
	size_t start;
	size_t end;
	int lead; /* found in the title or the first two body sentences with a
		     relay cue: the article presents itself as relaying it */
};

/* The origins of one sentence: indices into px_origins.items or NONE. */
struct px_sentence_origin {
	size_t cue;     /* an attribution cue in the sentence */
	size_t speaker; /* the speaker of a quote in the sentence */
};

struct px_origins {
	struct px_origin *items; /* in the order found */
	size_t n;
	struct px_sentence_origin *title; /* one per title sentence */
	size_t n_title;
	struct px_sentence_origin *body;  /* one per body sentence */
	size_t n_body;
	/* The origin the whole article relays (first lead outlet or document),
	   or PX_ORIGIN_NONE when the article does its own reporting. */
	size_t dominant;
	struct px_arena arena;
};

/* The compiled lexicon. Opaque, immutable, thread-safe once made. */
struct px_attributor;

/*
 * Load and compile data/provenance_en.txt. *out is owned by the caller
 * (px_attributor_free); NULL on failure. PX_ENOMEM, or PX_EFORMAT when the
 * shipped lexicon is malformed.
 */
PX_API px_status px_attributor_new(struct px_attributor **out);
PX_API void px_attributor_free(struct px_attributor *a);

/*
 * Find the origins of one article from its segmented title (may be NULL)
 * and body, and its claims (may be NULL: then no quote speakers and no
 * entity types). outlets, when not NULL, lists n_outlets names known to be
 * outlets (the sources of the other articles): a name equal to one of them
 * (case and a leading "the" aside) is an outlet. *out is owned by the
 * caller (px_origins_free); NULL on failure (PX_ENOMEM).
 */
PX_API px_status px_origins_extract(const struct px_attributor *a,
				    const struct px_doc *title,
				    const struct px_doc *text,
				    const struct px_claims *claims,
				    const char *const *outlets,
				    size_t n_outlets,
				    struct px_origins **out);
PX_API void px_origins_free(struct px_origins *o);

/*
 * The origin a sentence rests on, by priority: an attribution cue in the
 * sentence, else the article's dominant origin, else a quote's speaker;
 * PX_ORIGIN_NONE means the article's own reporting. Out-of-range
 * sentences give PX_ORIGIN_NONE.
 */
PX_API size_t px_origins_of_sentence(const struct px_origins *o,
				     enum px_field field, size_t sentence);

/*
 * A comparison key for an origin name: lower case ASCII, a leading "the "
 * dropped, a trailing possessive dropped, written to out (NUL-terminated,
 * cut at cap - 1 bytes). Returns the key length.
 */
PX_API size_t px_origin_key(const char *name, char *out, size_t cap);

/* --------------------------------------------------------- per story */

/* One origin an article relies on, with the claims resting on it. */
struct px_origin_count {
	const char *name;
	enum px_origin_kind kind;
	size_t claims;
};

struct px_provenance_article {
	size_t article; /* comparison input index */
	struct px_origin_count *origins; /* own reporting first when any */
	size_t n_origins;
};

/* The independent origins behind one agreement or conflict. */
struct px_fact_origins {
	const char **names; /* distinct origins, in evidence order */
	size_t n_names;
	size_t n_articles;  /* articles behind it */
	int relay;          /* conflict: every side relays one origin */
	const char *relay_origin;
	size_t *anonymous;  /* evidence articles resting on anonymous sources */
	size_t n_anonymous;
};

/*
 * The provenance of one story (report stage; built by the report and
 * freed with it). Indices follow the story's comparison.
 */
struct px_provenance {
	struct px_origins **sources; /* per comparison input, may be NULL */
	size_t n_sources;
	struct px_provenance_article *articles; /* per comparison input */
	struct px_fact_origins *agreements;
	size_t n_agreements;
	struct px_fact_origins *conflicts;
	size_t n_conflicts;
	/* The outlets of the story (its articles' sources, then the outlets
	   they cite), the longest form of each name first: "Courier" is folded
	   onto "The Halden Courier" when that is the only outlet it ends. */
	const char **outlets;
	size_t n_outlets;
	/* Per comparison input: other articles of the story cite its outlet,
	   so the documents it obtained are its own reporting for independence. */
	int *cited;
	struct px_arena arena;
};

#ifdef __cplusplus
}
#endif
#endif
