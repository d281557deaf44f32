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
#include "parallax/article.h"
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
		     relay cue: the article presents itself as relaying it */	int weak; /* yields to a quote's speaker or a speech subject of the same
		     sentence: the bare document of "said in a statement" */	size_t document; /* for an outlet that made a document public ("a memo
			    first reported by Radio Brennick"): the document's
			    origin, else PX_ORIGIN_NONE */
};

/* The origins of one sentence: indices into px_origins.items or NONE. */
struct px_sentence_origin {
	size_t cue;     /* an attribution cue in the sentence */
	size_t speaker; /* the speaker of a quote in the sentence */
	size_t said;    /* the subject of a speech verb ("police said",
			   "said a senior aide", "the newspaper reported") */
	size_t carry;   /* the origin of the account the sentence continues
			   (a quotation going on from the sentence before) */
};

struct px_origins {
	struct px_origin *items; /* in the order found */
	size_t n;
	struct px_sentence_origin *title; /* one per title sentence */
	size_t n_title;
	struct px_sentence_origin *body;  /* one per body sentence */
	size_t n_body;
	/* The origin the article's lead relays (first lead outlet or
	   document), or PX_ORIGIN_NONE: what the article presents itself as
	   relaying (the report's "who cites whom"); it is not the origin of
	   the article's other sentences. */
	size_t dominant;
	struct px_arena arena;
	const char *own; /* the article's own outlet (px_origins_set_own) */
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
 * The origin a sentence rests on, from the sentence's own cues, by
 * priority: an attribution cue (one naming the article's own outlet, "she
 * told the Courier" in the Courier, does not count), else a quote's
 * speaker, else the subject of a speech verb, else a weak cue ("said in a
 * statement"), else the origin of the account it continues (a quotation
 * going on from the sentence before), else a wire credited in the
 * dateline ("PORT HALDEN (Nordwire) -") of an article that is not the
 * wire's own (the whole text is its copy); PX_ORIGIN_NONE means the
 * article's own reporting. Another dominant origin (a relay cue in the
 * lead) is not carried to sentences without cues: an article relaying
 * another outlet also reports on its own.
 * Out-of-range sentences give PX_ORIGIN_NONE.
 */
PX_API size_t px_origins_of_sentence(const struct px_origins *o,
				     enum px_field field, size_t sentence);

/*
 * Tell the origins which outlet the article is (its source, or its outlet
 * in a source table): a cue naming it, or a short form of it ("told the
 * Courier" in The Halden Courier), is the article's own reporting, and a
 * speaker in such a sentence is its origin. own may be NULL (unknown).
 * PX_ENOMEM when the name cannot be copied (the origins stay as they were).
 */
PX_API px_status px_origins_set_own(struct px_origins *o, const char *own);

/*
 * A comparison key for an origin name: lower case ASCII, a leading "the "
 * dropped, a trailing possessive dropped, written to out (NUL-terminated,
 * cut at cap - 1 bytes). Returns the key length.
 */
PX_API size_t px_origin_key(const char *name, char *out, size_t cap);

/*
 * Append `"origin":{...}` (no leading comma) for origin index g of o, as
 * claims and evidence items carry it (ARCHITECTURE.md §6): {"kind", "name",
 * "cue", "evidence"}. g == PX_ORIGIN_NONE writes the article's own
 * reporting: kind "own", name own_name (may be NULL: null), cue and
 * evidence null. Otherwise evidence is {"field", "sentence", "start",
 * "end", "text"} of the cue and its target; field_text/field_len are the
 * text of the field the origin was found in (NULL: no "text" member).
 */
PX_API void px_origin_to_json(const struct px_origins *o, size_t g,
			      const char *own_name, const char *field_text,
			      size_t field_len, struct px_buf *out);

/* --------------------------------------------------------- source table */

/*
 * A source table (`--sources FILE`) says which outlet an article comes
 * from (by its source name or its URL's domain), who owns the outlet,
 * which wires it takes copy from, its country, and an optional group the
 * user chooses ("public broadcasters", "regional", "left", ...). Outlets
 * of one owner, and a wire and the outlets that take its copy, are not
 * independent of each other: the report counts them as one origin.
 *
 * File format, CSV (RFC 4180 quoting; `#` lines and blank lines skipped)
 * with a header line naming the columns, in any order:
 *
 *   domain,name,outlet,owner,wires,country,group
 *   haldencourier.example,The Halden Courier,The Halden Courier,Halden Media,Nordwire,NL,regional
 *
 * or JSON: an array of objects (or {"sources": [...]}) with the same keys,
 * "wires" (and "domain", "name") a string or an array of strings. Every
 * row needs a domain or a name and an outlet (default: the name). In CSV,
 * several domains, names or wires in one cell are separated by `;`. A
 * domain matches the URL's host or any host under it
 * ("news.haldencourier.example"), a leading "www." aside; a name matches
 * the article's source with case and a leading "the" aside. The table
 * holds no ratings: it only says who is who.
 *
 * Groups: px_outlet.group is the user's label, NULL when the row has none;
 * the coverage matrix groups its columns (sources) by it, an unmapped
 * article or an outlet without a group forming a column group of its own.
 *
 * Ownership: the table owns every string and outlet it hands out; they stay
 * valid until px_source_table_free(). Immutable once loaded: any number of
 * threads may look up at once. A report borrows it (px_report_opts.sources)
 * and the table must outlive the report.
 */
struct px_outlet {
	const char *name;    /* display name, never NULL */
	const char *owner;   /* owning company, or NULL */
	const char *const *wires; /* wires it takes copy from (outlet names) */
	size_t n_wires;
	const char *country; /* as written (e.g. an ISO 3166 code), or NULL */
	const char *group;   /* user-defined group label, or NULL */
	size_t line;         /* line of the file (JSON: entry number) */
};

struct px_source_table;

/* Where a table is malformed: line 0 when the problem is the whole file. */
struct px_source_error {
	size_t line;
	char reason[192];
};

/*
 * Parse a table from data[0..len) (CSV or JSON, told apart by the first
 * non-blank byte: `[` or `{` is JSON). *out is owned by the caller
 * (px_source_table_free); NULL on failure. PX_EFORMAT with err (when not
 * NULL) holding the line and the reason for a malformed table,
 * PX_ETOOBIG past 16 MiB or 100000 rows, PX_EEMPTY without a row,
 * PX_ENOMEM.
 */
PX_API px_status px_source_table_parse(const char *data, size_t len,
				       struct px_source_table **out,
				       struct px_source_error *err);
/* Read and parse a file; PX_EIO (err->reason: strerror) when unreadable. */
PX_API px_status px_source_table_load(const char *path,
				      struct px_source_table **out,
				      struct px_source_error *err);
PX_API void px_source_table_free(struct px_source_table *t);

/* The outlets, in file order (one per row). */
PX_API size_t px_source_table_count(const struct px_source_table *t);
PX_API const struct px_outlet *
px_source_table_outlet(const struct px_source_table *t, size_t i);

/*
 * The outlet of a source name and/or a URL (either may be NULL): the
 * URL's domain first, then the name, compared with the table's names and
 * outlet names. NULL when neither matches or t is NULL.
 */
PX_API const struct px_outlet *
px_source_table_find(const struct px_source_table *t, const char *name,
		     const char *url);
/* px_source_table_find(t, a->source, a->url). */
PX_API const struct px_outlet *
px_source_table_article(const struct px_source_table *t,
			const struct px_article *a);

/*
 * Whether two outlets are not independent of each other: the same outlet,
 * the same owner, or one is a wire the other takes copy from. Two
 * subscribers of one wire are not dependent through it alone (they may
 * report on their own); in a fact that the wire also states, all three are
 * one origin. NULL is independent of everything.
 */
PX_API int px_outlets_dependent(const struct px_outlet *a,
				const struct px_outlet *b);

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
	/* Independent origins: n_names, less the origins the source table
	   says depend on another (same owner, wire and subscriber). */
	size_t independent;
	/* Per name: the index of the first name it depends on (itself when
	   independent of every earlier one). */
	size_t *family;
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
	/* Per comparison input: its outlet in the source table, or NULL. */
	const struct px_outlet **outlet;
	struct px_provenance_cache *cache; /* private: keys computed once */
	struct px_arena arena;
};

#ifdef __cplusplus
}
#endif
#endif
