/*
 * The JSON report, schema version 1 (ARCHITECTURE.md §6). Written with
 * px_buf directly (a streaming writer): a report of a large run is large,
 * and building a jansson tree first would double its memory. Fields are
 * written in a fixed order so the same input gives byte-identical output.
 */
#include <string.h>

#include "report_internal.h"

static void
str_or_null(struct px_buf *b, const char *s)
{
	if (s)
		px_buf_put_json_str(b, s, strlen(s));
	else
		px_buf_puts(b, "null");
}

static void
key(struct px_buf *b, int *first, const char *k)
{
	if (!*first)
		px_buf_putc(b, ',');
	*first = 0;
	px_buf_putc(b, '"');
	px_buf_puts(b, k);
	px_buf_puts(b, "\":");
}

static void
article_ids(struct px_buf *b, const struct px_report *r,
	    const struct px_report_story *s, const size_t *idx, size_t n,
	    int cmp_indices)
{
	size_t i = 0;

	px_buf_putc(b, '[');
	for (i = 0; i < n; i++) {
		const struct px_article *a = cmp_indices ? px__story_article(r, s, idx[i])->a
							 : r->articles[idx[i]].a;
		if (i)
			px_buf_putc(b, ',');
		px_buf_put_json_str(b, a->id, strlen(a->id));
	}
	px_buf_putc(b, ']');
}

static void
evidence_list(struct px_buf *b, const struct px_report *r,
	      const struct px_report_story *s, const struct px_evidence *ev,
	      size_t n)
{
	size_t i = 0;

	px_buf_putc(b, '[');
	for (i = 0; i < n; i++) {
		const struct px_article *a = px__story_article(r, s, ev[i].article)->a;
		size_t len = 0;
		const char *t = px__evidence_text(r, s, &ev[i], &len);
		if (i)
			px_buf_putc(b, ',');
		px_buf_puts(b, "{\"article\":");
		px_buf_put_json_str(b, a->id, strlen(a->id));
		px_buf_printf(b, ",\"field\":\"%s\",\"sentence\":%zu,\"start\":%zu,\"end\":%zu,\"text\":",
			      px_field_name(ev[i].field), ev[i].sentence, ev[i].start, ev[i].end);
		px_buf_put_json_str(b, t, len);
		px__provenance_json_evidence(b, r, s, &ev[i]);
		px_buf_putc(b, '}');
	}
	px_buf_putc(b, ']');
}

static void
why_list(struct px_buf *b, const char **why, size_t n)
{
	size_t i = 0;

	px_buf_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			px_buf_putc(b, ',');
		str_or_null(b, why[i] ? why[i] : "");
	}
	px_buf_putc(b, ']');
}

static void
story_json(struct px_buf *b, const struct px_report *r,
	   const struct px_report_story *s)
{
	const struct px_comparison *c = s->cmp;
	size_t i = 0, p = 0;
	int first = 1;

	px_buf_putc(b, '{');
	key(b, &first, "id");
	px_buf_printf(b, "%zu", s->id);
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
	px_buf_printf(b, "%zu", s->n_sources);
	key(b, &first, "copies");
	px_buf_putc(b, '[');
	{
		int any = 0;
		for (i = 0; i < s->n_articles; i++) {
			const struct px_report_article *ra = &r->articles[s->articles[i]];
			if (ra->duplicate_of == PX_REPORT_NONE)
				continue;
			if (any)
				px_buf_putc(b, ',');
			any = 1;
			px_buf_puts(b, "{\"article\":");
			px_buf_put_json_str(b, ra->a->id, strlen(ra->a->id));
			px_buf_puts(b, ",\"of\":");
			str_or_null(b, r->articles[ra->duplicate_of].a->id);
			px_buf_printf(b, ",\"similarity\":%.3f}", ra->dup_similarity);
		}
	}
	px_buf_putc(b, ']');
	if (s->note) {
		key(b, &first, "note");
		str_or_null(b, s->note);
	}
	key(b, &first, "summary");
	px_buf_putc(b, '[');
	for (i = 0; c && i < c->n_summary; i++) {
		const struct px_summary_sentence *ss = &c->summary[i];
		if (i)
			px_buf_putc(b, ',');
		px_buf_puts(b, "{\"text\":");
		str_or_null(b, ss->text);
		px_buf_puts(b, ",\"support\":");
		article_ids(b, r, s, ss->support, ss->n_support, 1);
		px_buf_puts(b, ",\"evidence\":");
		evidence_list(b, r, s, &ss->source, 1);
		px_buf_puts(b, ",\"disputes\":[");
		for (p = 0; p < ss->n_disputes; p++)
			px_buf_printf(b, "%s%zu", p ? "," : "", ss->disputes[p]);
		px_buf_puts(b, "]}");
	}
	px_buf_putc(b, ']');
	key(b, &first, "agreements");
	px_buf_putc(b, '[');
	for (i = 0; c && i < c->n_agreements; i++) {
		const struct px_agreement *ag = &c->agreements[i];
		if (i)
			px_buf_putc(b, ',');
		px_buf_puts(b, "{\"kind\":");
		str_or_null(b, ag->kind);
		px_buf_puts(b, ",\"about\":");
		str_or_null(b, ag->about ? ag->about : "");
		px_buf_puts(b, ",\"value\":");
		str_or_null(b, ag->value ? ag->value : "");
		px_buf_puts(b, ",\"articles\":");
		article_ids(b, r, s, ag->articles, ag->n_articles, 1);
		px_buf_puts(b, ",\"evidence\":");
		evidence_list(b, r, s, ag->evidence, ag->n_evidence);
		px_buf_printf(b, ",\"confidence\":%.2f,\"why\":", ag->confidence);
		why_list(b, ag->why, ag->n_why);
		px__provenance_json_agreement(b, r, s, i);
		px_buf_putc(b, '}');
	}
	px_buf_putc(b, ']');
	key(b, &first, "conflicts");
	px_buf_putc(b, '[');
	for (i = 0; c && i < c->n_conflicts; i++) {
		const struct px_conflict *cf = &c->conflicts[i];
		if (i)
			px_buf_putc(b, ',');
		px_buf_puts(b, "{\"kind\":");
		str_or_null(b, px_conflict_kind_name(cf->kind));
		px_buf_puts(b, ",\"about\":");
		str_or_null(b, cf->about ? cf->about : "");
		px_buf_puts(b, ",\"positions\":[");
		for (p = 0; p < cf->n_positions; p++) {
			const struct px_position *pos = &cf->positions[p];
			if (p)
				px_buf_putc(b, ',');
			px_buf_puts(b, "{\"value\":");
			str_or_null(b, pos->value ? pos->value : "");
			px_buf_puts(b, ",\"articles\":");
			article_ids(b, r, s, pos->articles, pos->n_articles, 1);
			px_buf_puts(b, ",\"evidence\":");
			evidence_list(b, r, s, pos->evidence, pos->n_evidence);
			px_buf_putc(b, '}');
		}
		px_buf_printf(b, "],\"confidence\":%.2f,\"why\":", cf->confidence);
		why_list(b, cf->why, cf->n_why);
		px__provenance_json_conflict(b, r, s, i);
		px_buf_putc(b, '}');
	}
	px_buf_putc(b, ']');
	key(b, &first, "unique");
	px_buf_putc(b, '[');
	for (i = 0; c && i < c->n_unique; i++) {
		const struct px_unique *u = &c->unique[i];
		const struct px_article *a = px__story_article(r, s, u->article)->a;
		if (i)
			px_buf_putc(b, ',');
		px_buf_puts(b, "{\"article\":");
		px_buf_put_json_str(b, a->id, strlen(a->id));
		px_buf_puts(b, ",\"about\":");
		str_or_null(b, u->about ? u->about : "");
		px_buf_puts(b, ",\"evidence\":");
		evidence_list(b, r, s, u->evidence, u->n_evidence);
		px_buf_printf(b, ",\"confidence\":%.2f,\"score\":%.2f,\"why\":", u->confidence, u->score);
		why_list(b, u->why, u->n_why);
		px_buf_putc(b, '}');
	}
	px_buf_putc(b, ']');
	px__provenance_json_story(b, r, s);
	px__perspective_json_story(b, r, s);
	if (r->opts.explain) {
		key(b, &first, "dismissed");
		px_buf_putc(b, '[');
		for (i = 0; c && i < c->n_dismissed; i++) {
			const struct px_non_conflict *d = &c->dismissed[i];
			struct px_evidence ev[2];
			ev[0] = d->a;
			ev[1] = d->b;
			if (i)
				px_buf_putc(b, ',');
			px_buf_puts(b, "{\"about\":");
			str_or_null(b, d->about ? d->about : "");
			px_buf_puts(b, ",\"why\":");
			str_or_null(b, d->why);
			px_buf_puts(b, ",\"evidence\":");
			evidence_list(b, r, s, ev, 2);
			px_buf_putc(b, '}');
		}
		px_buf_putc(b, ']');
	}
	px_buf_putc(b, '}');
}

px_status
px__report_json(const struct px_report *r, struct px_buf *b)
{
	size_t i = 0, k = 0;

	px_buf_printf(b, "{\"parallax\":1,\"version\":\"%s\",\"config_hash\":\"%s\",\"inputs\":[",
		      px_version(), r->config_hash);
	for (i = 0; i < r->n_inputs; i++) {
		if (i)
			px_buf_putc(b, ',');
		px_buf_puts(b, "{\"path\":");
		str_or_null(b, r->inputs[i].path);
		px_buf_puts(b, ",\"sha256\":");
		str_or_null(b, r->inputs[i].sha256);
		if (r->inputs[i].rejected)
			px_buf_puts(b, ",\"rejected\":true");
		px_buf_putc(b, '}');
	}
	px_buf_puts(b, "],\"notes\":[");
	for (i = 0; i < r->n_notes; i++) {
		if (i)
			px_buf_putc(b, ',');
		str_or_null(b, r->notes[i]);
	}
	px_buf_puts(b, "],\"articles\":[");
	for (i = 0; i < r->n_articles; i++) {
		const struct px_report_article *ra = &r->articles[i];
		const struct px_article *a = ra->a;
		if (i)
			px_buf_putc(b, ',');
		px_buf_puts(b, "{\"id\":");
		px_buf_put_json_str(b, a->id, strlen(a->id));
		px_buf_puts(b, ",\"source\":");
		str_or_null(b, a->source);
		px_buf_puts(b, ",\"title\":");
		if (a->title)
			px_buf_put_json_str(b, a->title, a->title_len);
		else
			px_buf_puts(b, "null");
		px_buf_puts(b, ",\"date\":");
		str_or_null(b, a->date);
		px_buf_puts(b, ",\"url\":");
		str_or_null(b, a->url);
		px_buf_puts(b, ",\"lang\":");
		str_or_null(b, a->lang);
		px_buf_printf(b, ",\"story\":%zu,\"duplicate_of\":", ra->story);
		str_or_null(b, ra->duplicate_of == PX_REPORT_NONE ? NULL : r->articles[ra->duplicate_of].a->id);
		px_buf_puts(b, ",\"repairs\":[");
		for (k = 0; k < a->repairs.n; k++) {
			const struct px_edit *e = &a->repairs.items[k];
			if (k)
				px_buf_putc(b, ',');
			px_buf_puts(b, "{\"kind\":");
			str_or_null(b, e->kind);
			px_buf_puts(b, ",\"before\":");
			str_or_null(b, e->before);
			px_buf_puts(b, ",\"after\":");
			str_or_null(b, e->after);
			px_buf_putc(b, '}');
		}
		px_buf_puts(b, "],\"removed\":[");
		for (k = 0; k < a->n_removed; k++) {
			if (k)
				px_buf_putc(b, ',');
			px_buf_puts(b, "{\"kind\":");
			str_or_null(b, a->removed[k].kind);
			px_buf_puts(b, ",\"text\":");
			str_or_null(b, a->removed[k].text);
			px_buf_putc(b, '}');
		}
		px_buf_puts(b, "]}");
	}
	px_buf_puts(b, "],\"stories\":[");
	for (i = 0; i < r->n_stories; i++) {
		if (i)
			px_buf_putc(b, ',');
		story_json(b, r, &r->stories[i]);
	}
	px_buf_puts(b, "]}\n");
	return b->failed;
}
