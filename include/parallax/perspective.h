/*
 * parallax perspective stage: for one compared story, what each independent
 * source includes, omits, hedges and emphasises, and where outlets word the
 * same fact differently. It rates no outlet: every cell, lead fact, speaker
 * share and wording variant points back at the article text.
 *
 * The report builds one px_perspective per compared story (report.h,
 * px_report_story.perspective) after the comparison; it is read-only after
 * that. Source index i is comparison input index i, i.e. report article
 * story->sources[i].
 *
 * Definitions (docs/internals/perspective.md has the reasons):
 *   facts      the comparison's agreements, then its conflicts, then its
 *              unique claims (one-source rows), in the comparison's order;
 *   stated     the source carries the fact (evidence cites it);
 *   contradicted  in a conflict, the source's side is not the single
 *              largest one: some other side is stated by at least as many
 *              sources (so a 1-1 split marks both sides contradicted; no
 *              side is taken as the truth);
 *   hedged     the source carries the fact, but its evidence sentence holds
 *              a hedge of data/perspective_hedges_en.txt ("reportedly",
 *              "alleged", "said to") and it is not contradicted;
 *   omitted    the source does not carry the fact.
 *
 * Ownership: everything a px_perspective points to lives in its arena and
 * is freed with the report. Evidence items are copies of the comparison's.
 *
 * Thread-safety: immutable once built; any number of readers.
 */
#ifndef PARALLAX_PERSPECTIVE_H
#define PARALLAX_PERSPECTIVE_H

#include "parallax/core.h"
#include "parallax/compare.h"

#ifdef __cplusplus
extern "C" {
#endif

enum px_cell {
	PX_CELL_OMITTED = 0,
	PX_CELL_STATED,
	PX_CELL_HEDGED,
	PX_CELL_CONTRADICTED
};

/* "omitted", "stated", "hedged", "contradicted" (static). */
PX_API const char *px_cell_name(enum px_cell c);

enum px_fact_origin {
	PX_FACT_AGREEMENT = 0,
	PX_FACT_CONFLICT,
	PX_FACT_UNIQUE
};

/* One row of the coverage matrix. Arrays have n_sources entries. */
struct px_coverage_fact {
	enum px_fact_origin origin;
	size_t index;        /* into the comparison's list of that origin */
	const char *about;   /* the comparison's "about" */
	const char *value;   /* agreed value, "a | b" for a conflict, or NULL */
	enum px_cell *cells;
	struct px_evidence *evidence; /* valid where has_evidence[i] */
	unsigned char *has_evidence;
	const char **hedge;  /* the hedge found in the evidence, or NULL */
	unsigned char *aligned; /* the cell comes from the perspective's own
				   sentence alignment, not the comparison */
	size_t n_stated;     /* cells other than omitted */
	int partial;         /* some sources carry it, others omit it */
	/* With a source table: per column group, 1 when no source of the
	   group carries the fact while two or more sources outside it do. */
	unsigned char *group_omits;
};

/* One quoted voice in a source: quoted words given to a speaker. */
struct px_speaker {
	const char *name; /* as the article names it; "(unattributed)" */
	size_t words;
	double share;     /* of the source's quoted words, 0..1 */
};

/* Where a source puts the facts (indices into px_perspective.facts). */
struct px_emphasis {
	size_t *lead;  /* evidence in the headline or first two sentences */
	size_t n_lead;
	size_t *late;  /* evidence in the second half of the body only */
	size_t n_late;
	size_t *omits; /* facts two or more other sources carry, not it */
	size_t n_omits;
	struct px_speaker *speakers; /* by share, largest first */
	size_t n_speakers;
};

/* A lexicon term found in a source's sentence. */
struct px_term {
	size_t source;
	const char *term; /* the lexicon entry */
	const char *kind; /* "loaded" or "hedge" (static) */
	int quoted;       /* inside a quotation (the speaker's words); hedges
			     are only taken outside quotations */
	struct px_evidence where; /* the term's own bytes */
};

/* How one source words a fact: its content words no other source uses. */
struct px_variant {
	size_t source;
	const char *text; /* those words, space-separated, text order */
};

struct px_wording {
	size_t fact; /* index into px_perspective.facts */
	const char *about;
	struct px_variant *variants;
	size_t n_variants;
};

/*
 * A column group: the sources whose outlet the source table (report
 * opts.sources) puts in one user-defined group. Sources without a group
 * (unmapped, or a row without one) each form a group of their own with a
 * NULL name. Groups are in order of their first source.
 */
struct px_column_group {
	const char *name;  /* the user's label (borrowed from the table), or NULL */
	size_t *sources;   /* source indices, ascending */
	size_t n_sources;
};

struct px_perspective {
	size_t n_sources;
	/* Column groups, only with a source table (else NULL, 0), and the
	   column order they give: order[c] is the source shown in column c. */
	struct px_column_group *groups;
	size_t n_groups;
	size_t *order;
	struct px_coverage_fact *facts;
	size_t n_facts;
	struct px_emphasis *emphasis; /* n_sources entries */
	struct px_wording *wording;
	size_t n_wording;
	struct px_term *terms; /* by source, then position */
	size_t n_terms;
	struct px_arena arena;
};

#ifdef __cplusplus
}
#endif
#endif
