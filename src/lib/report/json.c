/*
 * The JSON report, schema version 1 (ARCHITECTURE.md §6). Written with
 * px_buf directly (a streaming writer): a report of a large run is large,
 * and building a jansson tree first would double its memory. Fields are
 * written in a fixed order so the same input gives byte-identical output.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "report_internal.h"

/* A size in decimal, as "%zu" prints it (without a format to parse). */
void
px__put_size(struct px_buf *b, size_t v)
{
	char t[24];
	size_t n = sizeof t;

	do {
		t[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	px_buf_append(b, t + n, sizeof t - n);
}

/*
 * A number as "%.2f" or "%.3f" prints it. printf rounds the exact binary
 * value to the nearest, so for 0 <= v < 1e6 the digits are those of the
 * integer nearest v * 10^decimals: the product's rounding error (under
 * 1e-7 there) cannot change which integer is nearest unless the product
 * lies within 1e-6 of a tie, and those values, negative zero and the rest
 * go to snprintf (its 1,400 instructions a call were a tenth of the JSON
 * writer's time).
 */
void
px__put_fixed(struct px_buf *b, int decimals, double v)
{
	char t[64];
	int n = 0;

	if (!signbit(v) && v < 1e6) {
		unsigned scale = decimals == 3 ? 1000 : 100;
		double x = v * scale, f = floor(x), d = x - f;
		if (fabs(d - 0.5) > 1e-6) {
			unsigned long long u = (unsigned long long)f + (d > 0.5);
			unsigned long long whole = u / scale;
			unsigned frac = (unsigned)(u % scale);
			size_t k = sizeof t;
			for (n = decimals == 3 ? 3 : 2; n > 0; n--) {
				t[--k] = (char)('0' + frac % 10);
				frac /= 10;
			}
			t[--k] = '.';
			do {
				t[--k] = (char)('0' + whole % 10);
				whole /= 10;
			} while (whole);
			px_buf_append(b, t + k, sizeof t - k);
			return;
		}
	}
	n = snprintf(t, sizeof t, decimals == 3 ? "%.3f" : "%.2f", v);

	if (n >= 0 && (size_t)n < sizeof t)
		px_buf_append(b, t, (size_t)n);
	else
		px_buf_printf(b, decimals == 3 ? "%.3f" : "%.2f", v);
}

static void
str_or_null(struct px_buf *b, const char *s)
{
	if (s)
		px_buf_put_json_str(b, s, strlen(s));
	else
		px__puts(b, "null");
}

static void
key(struct px_buf *b, int *first, const char *k)
{
	if (!*first)
		px__putc(b, ',');
	*first = 0;
	px__putc(b, '"');
	px__puts(b, k);
	px__puts(b, "\":");
}

static void
article_ids(struct px_buf *b, const struct px_report *r,
	    const struct px_report_story *s, const size_t *idx, size_t n,
	    int cmp_indices)
{
	size_t i = 0;

	px__putc(b, '[');
	for (i = 0; i < n; i++) {
		const struct px_article *a = cmp_indices ? px__story_article(r, s, idx[i])->a
							 : r->articles[idx[i]].a;
		if (i)
			px__putc(b, ',');
		px_buf_put_json_str(b, a->id, strlen(a->id));
	}
	px__putc(b, ']');
}

/* An evidence span's members, "field":...,"sentence":N,"start":N,"end":N,
 * without braces: an evidence item's and an origin's evidence share them. */
void
px__json_span(struct px_buf *b, enum px_field field, size_t sentence, size_t start, size_t end)
{
	px__puts(b, "\"field\":\"");
	px__puts(b, px_field_name(field));
	px__puts(b, "\",\"sentence\":");
	px__put_size(b, sentence);
	px__puts(b, ",\"start\":");
	px__put_size(b, start);
	px__puts(b, ",\"end\":");
	px__put_size(b, end);
}

void
px__json_evidence_open(struct px_buf *b, const struct px_report *r,
		       const struct px_report_story *s, const struct px_evidence *ev)
{
	const struct px_article *a = px__story_article(r, s, ev->article)->a;
	size_t len = 0;
	const char *t = px__evidence_text(r, s, ev, &len);

	px__puts(b, "{\"article\":");
	px_buf_put_json_str(b, a->id, strlen(a->id));
	px__puts(b, ",");
	px__json_span(b, ev->field, ev->sentence, ev->start, ev->end);
	px__puts(b, ",\"text\":");
	px_buf_put_json_str(b, t, len);
}

static void
evidence_list(struct px_buf *b, const struct px_report *r,
	      const struct px_report_story *s, const struct px_evidence *ev,
	      size_t n)
{
	size_t i = 0;

	px__putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			px__putc(b, ',');
		px__json_evidence_open(b, r, s, &ev[i]);
		px__provenance_json_evidence(b, r, s, &ev[i]);
		px__putc(b, '}');
	}
	px__putc(b, ']');
}

static void
why_list(struct px_buf *b, const char **why, size_t n)
{
	size_t i = 0;

	px__putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			px__putc(b, ',');
		str_or_null(b, why[i] ? why[i] : "");
	}
	px__putc(b, ']');
}

static void
story_json(struct px_buf *b, const struct px_report *r,
	   const struct px_report_story *s)
{
	const struct px_comparison *c = s->cmp;
	size_t i = 0, p = 0;
	int first = 1;

	px__putc(b, '{');
	key(b, &first, "id");
	px__put_size(b, s->id);
	key(b, &first, "title");
	if (c && c->title && c->title[0])
		px_buf_put_json_str(b, c->title, strlen(c->title));
	else {
		const struct px_article *a = r->articles[s->articles[0]].a;
		if (a->title)
			px_buf_put_json_str(b, a->title, a->title_len);
		else
			px_buf_put_json_str(b, a->id, strlen(a->id));
	}
	key(b, &first, "first_seen");
	str_or_null(b, s->first_seen);
	key(b, &first, "last_seen");
	str_or_null(b, s->last_seen);
	key(b, &first, "articles");
	article_ids(b, r, s, s->articles, s->n_articles, 0);
	key(b, &first, "sources");
	px__put_size(b, s->n_sources);
	key(b, &first, "copies");
	px__putc(b, '[');
	{
		int any = 0;
		for (i = 0; i < s->n_articles; i++) {
			const struct px_report_article *ra = &r->articles[s->articles[i]];
			if (ra->duplicate_of == PX_REPORT_NONE)
				continue;
			if (any)
				px__putc(b, ',');
			any = 1;
			px__puts(b, "{\"article\":");
			px_buf_put_json_str(b, ra->a->id, strlen(ra->a->id));
			px__puts(b, ",\"of\":");
			str_or_null(b, r->articles[ra->duplicate_of].a->id);
			px__puts(b, ",\"similarity\":");
			px__put_fixed(b, 3, ra->dup_similarity);
			px__putc(b, '}');
		}
	}
	px__putc(b, ']');
	if (s->note) {
		key(b, &first, "note");
		str_or_null(b, s->note);
	}
	key(b, &first, "summary");
	px__putc(b, '[');
	for (i = 0; c && i < c->n_summary; i++) {
		const struct px_summary_sentence *ss = &c->summary[i];
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"text\":");
		str_or_null(b, ss->text);
		px__puts(b, ",\"support\":");
		article_ids(b, r, s, ss->support, ss->n_support, 1);
		px__puts(b, ",\"evidence\":");
		evidence_list(b, r, s, &ss->source, 1);
		px__puts(b, ",\"disputes\":[");
		for (p = 0; p < ss->n_disputes; p++) {
			if (p)
				px__putc(b, ',');
			px__put_size(b, ss->disputes[p]);
		}
		px__puts(b, "]}");
	}
	px__putc(b, ']');
	key(b, &first, "agreements");
	px__putc(b, '[');
	for (i = 0; c && i < c->n_agreements; i++) {
		const struct px_agreement *ag = &c->agreements[i];
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"kind\":");
		str_or_null(b, ag->kind);
		px__puts(b, ",\"about\":");
		str_or_null(b, ag->about ? ag->about : "");
		px__puts(b, ",\"value\":");
		str_or_null(b, ag->value ? ag->value : "");
		px__puts(b, ",\"articles\":");
		article_ids(b, r, s, ag->articles, ag->n_articles, 1);
		px__puts(b, ",\"evidence\":");
		evidence_list(b, r, s, ag->evidence, ag->n_evidence);
		px__puts(b, ",\"confidence\":");
		px__put_fixed(b, 2, ag->confidence);
		px__puts(b, ",\"why\":");
		why_list(b, ag->why, ag->n_why);
		px__provenance_json_agreement(b, r, s, i);
		px__putc(b, '}');
	}
	px__putc(b, ']');
	key(b, &first, "conflicts");
	px__putc(b, '[');
	for (i = 0; c && i < c->n_conflicts; i++) {
		const struct px_conflict *cf = &c->conflicts[i];
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"kind\":");
		str_or_null(b, px_conflict_kind_name(cf->kind));
		px__puts(b, ",\"about\":");
		str_or_null(b, cf->about ? cf->about : "");
		px__puts(b, ",\"positions\":[");
		for (p = 0; p < cf->n_positions; p++) {
			const struct px_position *pos = &cf->positions[p];
			if (p)
				px__putc(b, ',');
			px__puts(b, "{\"value\":");
			str_or_null(b, pos->value ? pos->value : "");
			px__puts(b, ",\"articles\":");
			article_ids(b, r, s, pos->articles, pos->n_articles, 1);
			px__puts(b, ",\"evidence\":");
			evidence_list(b, r, s, pos->evidence, pos->n_evidence);
			px__putc(b, '}');
		}
		px__puts(b, "],\"confidence\":");
		px__put_fixed(b, 2, cf->confidence);
		px__puts(b, ",\"why\":");
		why_list(b, cf->why, cf->n_why);
		px__provenance_json_conflict(b, r, s, i);
		px__putc(b, '}');
	}
	px__putc(b, ']');
	key(b, &first, "unique");
	px__putc(b, '[');
	for (i = 0; c && i < c->n_unique; i++) {
		const struct px_unique *u = &c->unique[i];
		const struct px_article *a = px__story_article(r, s, u->article)->a;
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"article\":");
		px_buf_put_json_str(b, a->id, strlen(a->id));
		px__puts(b, ",\"about\":");
		str_or_null(b, u->about ? u->about : "");
		px__puts(b, ",\"evidence\":");
		evidence_list(b, r, s, u->evidence, u->n_evidence);
		px__puts(b, ",\"confidence\":");
		px__put_fixed(b, 2, u->confidence);
		px__puts(b, ",\"score\":");
		px__put_fixed(b, 2, u->score);
		px__puts(b, ",\"why\":");
		why_list(b, u->why, u->n_why);
		px__putc(b, '}');
	}
	px__putc(b, ']');
	px__provenance_json_story(b, r, s);
	px__perspective_json_story(b, r, s);
	if (r->opts.explain) {
		key(b, &first, "dismissed");
		px__putc(b, '[');
		for (i = 0; c && i < c->n_dismissed; i++) {
			const struct px_non_conflict *d = &c->dismissed[i];
			struct px_evidence ev[2];
			ev[0] = d->a;
			ev[1] = d->b;
			if (i)
				px__putc(b, ',');
			px__puts(b, "{\"about\":");
			str_or_null(b, d->about ? d->about : "");
			px__puts(b, ",\"why\":");
			str_or_null(b, d->why);
			px__puts(b, ",\"evidence\":");
			evidence_list(b, r, s, ev, 2);
			px__putc(b, '}');
		}
		px__putc(b, ']');
	}
	px__putc(b, '}');
}

/*
 * The stories are written on the report's threads: each thread writes
 * groups of consecutive stories into a buffer of the group's own, and the
 * groups are appended to the output in story order as soon as every group
 * before them is appended, so the output is the same byte for byte as one
 * thread writing it, and only the groups finished ahead of a slower one
 * wait in memory. A group holds about GROUP_COST of estimated output.
 */
#define GROUP_COST 4096

/* The output held before it is handed to a sink's write function: about
   this much, plus what one story or group adds past it. */
#define FLUSH_BYTES ((size_t)1 << 20)

void
px__sink_flush(struct px__sink *k, size_t min)
{
	struct px_buf *b = k->out;
	px_status st = PX_OK;

	if (k->write == NULL || b->failed || b->len == 0 || b->len < min)
		return;
	st = k->write(k->ud, b->data, b->len);
	if (st) {
		b->failed = st;
		return;
	}
	px_buf_reset(b);
}

/* Append len bytes at p to the sink's output. A piece of FLUSH_BYTES or
   more (a group holding a big story) goes to the sink's write function
   itself, after what the output holds, rather than through the output
   buffer, which then grew to twice the longest group: 33.5 MB on
   bench-news, at the report's peak of memory. Without a write function
   everything is appended. */
static void
sink_put(struct px__sink *k, const char *p, size_t len)
{
	struct px_buf *b = k->out;
	px_status st = PX_OK;

	if (k->write == NULL || len < FLUSH_BYTES || b->failed) {
		px_buf_append(b, p, len);
		return;
	}
	px__sink_flush(k, 0);
	if (b->failed)
		return;
	st = k->write(k->ud, p, len);
	if (st)
		b->failed = st;
}

struct story_groups {
	const struct px_report *r;
	struct px__sink *sink;
	struct px_buf *out;
	size_t *first;        /* group g: stories [first[g], first[g + 1]) */
	size_t n;
	struct px_buf *bufs;
	unsigned char *done;
	size_t next_out;      /* the first group not yet appended */
	pthread_mutex_t lock;
};

/* What a story's JSON costs to write, roughly in evidence items. */
static size_t
story_cost(const struct px_report *r, const struct px_report_story *s)
{
	const struct px_comparison *c = s->cmp;
	size_t n = 8 + s->n_articles;

	if (c) {
		n += 2 * (c->n_summary + c->n_agreements + c->n_conflicts + c->n_unique);
		if (r->opts.explain)
			n += 2 * c->n_dismissed;
	}
	return n;
}

static px_status
group_write(void *ctx, size_t g)
{
	struct story_groups *sg = ctx;
	struct px_buf b;
	size_t k = 0;
	px_status st = PX_OK;

	/* The group is written into a buffer on this thread's stack and moved
	   into sg->bufs under the lock: the buffers of neighbouring groups
	   share cache lines, and two threads appending to them at once made
	   px_buf_append and px_buf_reserve a third of the writer's time. */
	px_buf_init(&b, sg->out->max);
	for (k = sg->first[g]; k < sg->first[g + 1]; k++) {
		if (k)
			px__putc(&b, ',');
		story_json(&b, sg->r, &sg->r->stories[k]);
	}
	pthread_mutex_lock(&sg->lock);
	sg->bufs[g] = b;
	sg->done[g] = 1;
	while (sg->next_out < sg->n && sg->done[sg->next_out]) {
		struct px_buf *d = &sg->bufs[sg->next_out];
		if (d->failed && sg->out->failed == PX_OK)
			sg->out->failed = d->failed;
		sink_put(sg->sink, d->data, d->len);
		px_buf_release(d);
		sg->next_out++;
	}
	px__sink_flush(sg->sink, FLUSH_BYTES);
	st = sg->out->failed;
	pthread_mutex_unlock(&sg->lock);
	return st;
}

static px_status
stories_json(const struct px_report *r, struct px__sink *sink)
{
	struct px_buf *b = sink->out;
	struct story_groups sg;
	size_t k = 0, cost = 0, g = 0;
	px_status st = PX_OK;

	if (px__report_threads(r) < 2 || r->n_stories < 2) {
		for (k = 0; k < r->n_stories; k++) {
			if (k)
				px__putc(b, ',');
			story_json(b, r, &r->stories[k]);
			px__sink_flush(sink, FLUSH_BYTES);
		}
		return b->failed;
	}
	memset(&sg, 0, sizeof(sg));
	sg.r = r;
	sg.sink = sink;
	sg.out = b;
	sg.first = px_alloc((r->n_stories + 1) * sizeof(*sg.first));
	if (sg.first == NULL)
		return PX_ENOMEM;
	sg.first[0] = 0;
	for (k = 0; k < r->n_stories; k++) {
		cost += story_cost(r, &r->stories[k]);
		if (cost >= GROUP_COST || k + 1 == r->n_stories) {
			sg.first[++sg.n] = k + 1;
			cost = 0;
		}
	}
	sg.bufs = px_calloc(sg.n, sizeof(*sg.bufs));
	sg.done = px_calloc(sg.n, 1);
	if (sg.bufs == NULL || sg.done == NULL)
		st = PX_ENOMEM;
	if (st == PX_OK) {
		pthread_mutex_init(&sg.lock, NULL);
		st = px__report_parallel(r, sg.n, group_write, &sg);
		pthread_mutex_destroy(&sg.lock);
	}
	/* After a failure, the groups written but not appended. */
	for (g = 0; sg.bufs && g < sg.n; g++)
		px_buf_release(&sg.bufs[g]);
	px_free(sg.bufs);
	px_free(sg.done);
	px_free(sg.first);
	if (st && b->failed == PX_OK)
		b->failed = st;
	return b->failed;
}

/*
 * One story's JSON, after a comma unless it is the first story, through
 * the sink (px__report_build_json): written into scratch (emptied first),
 * then handed over as sink_put hands a group.
 */
void
px__report_json_story(const struct px_report *r, size_t k, struct px_buf *scratch,
		      struct px__sink *sink)
{
	px_buf_reset(scratch);
	if (k)
		px__putc(scratch, ',');
	story_json(scratch, r, &r->stories[k]);
	if (scratch->failed) {
		if (sink->out->failed == PX_OK)
			sink->out->failed = scratch->failed;
		return;
	}
	sink_put(sink, scratch->data, scratch->len);
	px__sink_flush(sink, FLUSH_BYTES);
}

void
px__report_json_tail(struct px__sink *sink)
{
	px__puts(sink->out, "]}\n");
}

px_status
px__report_json(const struct px_report *r, struct px__sink *sink)
{
	px__report_json_head(r, sink);
	stories_json(r, sink);
	px__report_json_tail(sink);
	return sink->out->failed;
}

void
px__report_json_head(const struct px_report *r, struct px__sink *sink)
{
	struct px_buf *b = sink->out;
	size_t i = 0, k = 0;

	px_buf_printf(b, "{\"parallax\":1,\"version\":\"%s\",\"config_hash\":\"%s\",\"inputs\":[",
		      px_version(), r->config_hash);
	for (i = 0; i < r->n_inputs; i++) {
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"path\":");
		str_or_null(b, r->inputs[i].path);
		px__puts(b, ",\"sha256\":");
		str_or_null(b, r->inputs[i].sha256);
		if (r->inputs[i].rejected)
			px__puts(b, ",\"rejected\":true");
		px__putc(b, '}');
	}
	px__puts(b, "],\"notes\":[");
	for (i = 0; i < r->n_notes; i++) {
		if (i)
			px__putc(b, ',');
		str_or_null(b, r->notes[i]);
	}
	px__puts(b, "],\"articles\":[");
	for (i = 0; i < r->n_articles; i++) {
		const struct px_report_article *ra = &r->articles[i];
		const struct px_article *a = ra->a;
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"id\":");
		px_buf_put_json_str(b, a->id, strlen(a->id));
		px__puts(b, ",\"source\":");
		str_or_null(b, a->source);
		px__puts(b, ",\"title\":");
		if (a->title)
			px_buf_put_json_str(b, a->title, a->title_len);
		else
			px__puts(b, "null");
		px__puts(b, ",\"date\":");
		str_or_null(b, a->date);
		px__puts(b, ",\"url\":");
		str_or_null(b, a->url);
		px__puts(b, ",\"lang\":");
		str_or_null(b, a->lang);
		px__puts(b, ",\"story\":");
		px__put_size(b, ra->story);
		px__puts(b, ",\"duplicate_of\":");
		str_or_null(b, ra->duplicate_of == PX_REPORT_NONE ? NULL : r->articles[ra->duplicate_of].a->id);
		px__puts(b, ",\"repairs\":[");
		for (k = 0; k < a->repairs.n; k++) {
			const struct px_edit *e = &a->repairs.items[k];
			if (k)
				px__putc(b, ',');
			px__puts(b, "{\"kind\":");
			str_or_null(b, e->kind);
			px__puts(b, ",\"before\":");
			str_or_null(b, e->before);
			px__puts(b, ",\"after\":");
			str_or_null(b, e->after);
			px__putc(b, '}');
		}
		px__puts(b, "],\"removed\":[");
		for (k = 0; k < a->n_removed; k++) {
			if (k)
				px__putc(b, ',');
			px__puts(b, "{\"kind\":");
			str_or_null(b, a->removed[k].kind);
			px__puts(b, ",\"text\":");
			str_or_null(b, a->removed[k].text);
			px__putc(b, '}');
		}
		px__puts(b, "]}");
		px__sink_flush(sink, FLUSH_BYTES);
	}
	px__puts(b, "],\"stories\":[");
}
