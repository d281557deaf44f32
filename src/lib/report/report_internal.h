/*
 * Internal helpers shared by the report writers: mapping a comparison's
 * article indices back to report articles, and evidence text.
 */
#ifndef PX_REPORT_INTERNAL_H
#define PX_REPORT_INTERNAL_H

#include <string.h>

#include "parallax/provenance.h"
#include "parallax/report.h"

/* The report article of a comparison index within a story. */
static inline const struct px_report_article *
px__story_article(const struct px_report *r, const struct px_report_story *s,
		  size_t cmp_index)
{
	return &r->articles[s->sources[cmp_index]];
}

/* The text an evidence item cites, and its length. */
static inline const char *
px__evidence_text(const struct px_report *r, const struct px_report_story *s,
		  const struct px_evidence *ev, size_t *len)
{
	const struct px_article *a = px__story_article(r, s, ev->article)->a;
	const char *field = ev->field == PX_FIELD_TITLE ? a->title : a->text;

	*len = ev->end - ev->start;
	return field + ev->start;
}

/*
 * Where a writer's output goes: appended to out and, when write is set,
 * handed to write(ud, ...) in order as the writer goes (px__sink_flush),
 * out then being emptied, so a large report is never whole in memory.
 */
struct px__sink {
	struct px_buf *out;
	px_status (*write)(void *ud, const char *p, size_t len);
	void *ud;
};

/* Hand out's bytes to the sink's write once they are at least min (any
 * with min 0) and empty out; a failure of write becomes out's sticky
 * status. Without a write function this does nothing. */
void px__sink_flush(struct px__sink *k, size_t min);

px_status px__report_json(const struct px_report *r, struct px__sink *k);
/* The JSON report in three parts, for a report written while it is built
   (px_report_build_json): the head (the header and the articles, up to the
   stories' opening bracket), story k (with its leading comma; scratch is a
   caller-owned buffer it empties and reuses) and the tail. Failures become
   the sink's out sticky status. */
void px__report_json_head(const struct px_report *r, struct px__sink *k);
void px__report_json_story(const struct px_report *r, size_t story, struct px_buf *scratch,
			   struct px__sink *k);
void px__report_json_tail(struct px__sink *k);
/* An evidence item's JSON object without its closing brace: article id,
 * field, sentence, start, end and text (json.c). */
void px__json_span(struct px_buf *b, enum px_field field, size_t sentence, size_t start,
		   size_t end);
void px__json_evidence_open(struct px_buf *b, const struct px_report *r,
			    const struct px_report_story *s, const struct px_evidence *ev);

/*
 * Kept documents (kept.c): a compact copy of an article's segmented title
 * and body (either may be a zeroed doc), made once its window is clustered
 * and unpacked when its story is built, instead of segmenting it again.
 * px__kept_pack sets *out to NULL (and returns PX_OK) for a doc too large
 * for the copy's 32-bit offsets; PX_ENOMEM on failure. px__kept_unpack
 * fills two caller-owned docs (released with px_doc_release) over the
 * article's title and text, the bytes they were packed from; their stems
 * and most of their folds point into the copy, which must be freed only
 * after them. Thread-safe on distinct copies (and
 * one copy may be unpacked by any thread).
 */
struct px__report_kept;
px_status px__kept_pack(const struct px_doc *title, const struct px_doc *text,
			struct px__report_kept **out);
size_t px__kept_bytes(const struct px__report_kept *k);
px_status px__kept_unpack(const struct px__report_kept *k, const char *title, const char *text,
			  struct px_doc *title_doc, struct px_doc *text_doc);
void px__kept_free(struct px__report_kept *k);

/*
 * Worker threads for the writers (build.c): job(ctx, i) is called once
 * for every i in [0, total), items handed out in index order to
 * px__report_threads(r) threads (the calling one among them); a job must
 * write only what belongs to its item. Returns the first failure of a job
 * (the items not yet started are then skipped), else PX_OK.
 */
unsigned px__report_threads(const struct px_report *r);
px_status px__report_parallel(const struct px_report *r, size_t total,
			      px_status (*job)(void *ctx, size_t i), void *ctx);

/*
 * Provenance (provenance_out.c) and perspective (perspective_out.c): built
 * per story after the comparison, freed with the report, and written into
 * each format through these hooks. The JSON hooks append `,"key":value`
 * members to the object being written (story, or agreement/conflict i).
 *
 * Threads (build.c): both builds are called on worker threads, at the same
 * time, each with a shallow copy of the report whose story list is one
 * chunk of consecutive stories; they must read the report and write only
 * into those stories. Right after, the sources' segmented documents
 * (articles[].title/.text) are released: the writers may use the
 * articles, their claims and what the builds made, not the documents.
 */
/* at: the attributor to read the articles with (read-only, so one serves
   every thread), or NULL to make one for the call. */
px_status px__provenance_build(struct px_report *r, const struct px_attributor *at);
void px__provenance_free(struct px_provenance *p);
void px__provenance_json_story(struct px_buf *b, const struct px_report *r,
			       const struct px_report_story *s);
void px__provenance_json_agreement(struct px_buf *b, const struct px_report *r,
				   const struct px_report_story *s, size_t i);
void px__provenance_json_conflict(struct px_buf *b, const struct px_report *r,
				  const struct px_report_story *s, size_t i);
/* `,"origin":{...}` of one evidence item (its sentence's origin). */
void px__provenance_json_evidence(struct px_buf *b, const struct px_report *r,
				  const struct px_report_story *s,
				  const struct px_evidence *ev);
void px__provenance_text(struct px_buf *b, const struct px_report *r,
			 const struct px_report_story *s, int markdown);
void px__provenance_html(struct px_buf *b, const struct px_report *r,
			 const struct px_report_story *s);

/* The perspective's word lists (hedges and loaded words), read and
   stemmed once: px__perspective_words_new() with any stemmer, freed with
   px__perspective_words_free() (NULL does nothing). Read-only once made,
   so one set serves every thread. PX_ENOMEM, or the data's errors. */
struct px__perspective_words;
px_status px__perspective_words_new(struct px_stemmer *stem, struct px__perspective_words **out);
void px__perspective_words_free(struct px__perspective_words *w);
/* The perspective of every compared story of r that has none yet. stem:
   the calling thread's stemmer (its cache is kept warm across chunks), or
   NULL to use one of its own for the call; not shared between threads.
   words: the word lists, or NULL to read them for the call (with stem). */
px_status px__perspective_build(struct px_report *r, struct px_stemmer *stem,
				const struct px__perspective_words *words);
void px__perspective_free(struct px_perspective *p);
/* px_buf_puts inlined, so that the length of a literal is known when
   compiling instead of measured on every call (the writers append
   hundreds of thousands of literals). */
static inline px_status
px__puts(struct px_buf *b, const char *s)
{
	size_t n = strlen(s);

	/* px_buf_append's common case (room left, no failure), so that the
	   copy of a literal is a few moves rather than a call to memcpy. */
	if (b->failed == PX_OK && b->data != NULL && n < b->cap - b->len) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
		return PX_OK;
	}
	return px_buf_append(b, s, n);
}

/* px_buf_putc with its common case (room left, no failure) inlined: the
   JSON writers append a million single characters on bench-news, and each
   went through px_buf_append and a memcpy of one byte. */
static inline void
px__putc(struct px_buf *b, char c)
{
	if (b->failed == PX_OK && b->data != NULL && b->cap - b->len > 1) {
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
	} else {
		px_buf_putc(b, c);
	}
}

/* JSON numbers written without a format string to parse (json.c): a size
   as "%zu" prints it; a number as "%.2f" or "%.3f" (decimals 2 or 3). */
void px__put_size(struct px_buf *b, size_t v);
void px__put_fixed(struct px_buf *b, int decimals, double v);
void px__perspective_json_story(struct px_buf *b, const struct px_report *r,
				const struct px_report_story *s);
void px__perspective_text(struct px_buf *b, const struct px_report *r,
			  const struct px_report_story *s, int markdown);
void px__perspective_html(struct px_buf *b, const struct px_report *r,
			  const struct px_report_story *s);
px_status px__report_text(const struct px_report *r, struct px_buf *out,
			  int markdown);
px_status px__report_html(const struct px_report *r, struct px_buf *out);

#endif
