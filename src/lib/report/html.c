/*
 * The HTML report: one self-contained page (inline CSS, a few lines of
 * inline script, no network requests). Per story: the summary with its
 * citations, the conflicts with links to their evidence, the agreements
 * and unique claims, and the independent sources side by side with the
 * cited sentences highlighted in place (conflicts red, agreements green,
 * unique claims yellow). Article text is untrusted: everything is escaped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

static void
esc(struct px_buf *b, const char *s, size_t len)
{
	size_t i = 0, run = 0;
	char ctl[8];

	for (i = 0; i < len; i++) {
		const char *rep = NULL;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default:
			/* Control characters (a repair's "before") are not
			 * allowed in HTML: shown as \uXXXX. */
			if (((unsigned char)s[i] < 0x20 && s[i] != '\n' && s[i] != '\t') ||
			    s[i] == 0x7F) {
				snprintf(ctl, sizeof ctl, "\\u%04X", (unsigned char)s[i]);
				rep = ctl;
			}
			break;
		}
		if (rep == NULL) {
			run++;
			continue;
		}
		px_buf_append(b, s + i - run, run);
		run = 0;
		px_buf_puts(b, rep);
	}
	px_buf_append(b, s + len - run, run);
}

static void
escs(struct px_buf *b, const char *s)
{
	if (s)
		esc(b, s, strlen(s));
}

static const char css[] =
	"body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2327;background:#f6f7f7}"
	"header{background:#1d2327;color:#fff;padding:12px 24px}header h1{margin:0;font-size:20px}"
	"main{padding:0 24px 40px}section.story{background:#fff;border:1px solid #dcdcde;"
	"border-radius:6px;margin:20px 0;padding:8px 20px 20px}"
	"h2{font-size:19px}h3{font-size:16px;margin:18px 0 6px}"
	".meta{color:#646970;font-size:13px}.cite{color:#2271b1;font-size:12px}"
	"mark.conflict{background:#f8d7da;border-bottom:2px solid #d63638}"
	"mark.agree{background:#d1f0d8}mark.unique{background:#fcf0c3}"
	"mark:target,mark.flash{outline:3px solid #d63638}"
	".sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:14px}"
	".source{border:1px solid #dcdcde;border-radius:4px;padding:6px 12px;font-size:14px}"
	".source h4{margin:6px 0}table{border-collapse:collapse}"
	"td,th{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}"
	".val{font-weight:600;white-space:nowrap}.kind{font-variant:small-caps;color:#d63638}"
	"details{margin-top:6px}li{margin:3px 0}";

struct span {
	size_t start;
	size_t end;
	int cls; /* 0 conflict, 1 agree, 2 unique */
	size_t n; /* item number */
};

static int
span_order(const void *p, const void *q)
{
	const struct span *a = p, *b = q;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->cls - b->cls;
}

static void
push_span(struct span **sp, size_t *n, size_t *cap, const struct px_evidence *ev,
	  size_t art, int cls, size_t num)
{
	if (ev->article != art || ev->field != PX_FIELD_TEXT)
		return;
	if (px_grow((void **)sp, cap, *n + 1, sizeof(**sp)))
		return;
	(*sp)[*n].start = ev->start;
	(*sp)[*n].end = ev->end;
	(*sp)[*n].cls = cls;
	(*sp)[*n].n = num;
	(*n)++;
}

/* One source's body with the cited sentences marked. */
static void
source_text(struct px_buf *b, const struct px_report *r,
	    const struct px_report_story *s, size_t ci)
{
	static const char *const cls[] = {"conflict", "agree", "unique"};
	const struct px_comparison *c = s->cmp;
	const struct px_article *a = px__story_article(r, s, ci)->a;
	struct span *sp = NULL;
	size_t n = 0, cap = 0, i = 0, p = 0, e = 0, pos = 0;

	for (i = 0; c && i < c->n_conflicts; i++)
		for (p = 0; p < c->conflicts[i].n_positions; p++)
			for (e = 0; e < c->conflicts[i].positions[p].n_evidence; e++)
				push_span(&sp, &n, &cap, &c->conflicts[i].positions[p].evidence[e], ci, 0, i + 1);
	for (i = 0; c && i < c->n_agreements; i++)
		for (e = 0; e < c->agreements[i].n_evidence; e++)
			push_span(&sp, &n, &cap, &c->agreements[i].evidence[e], ci, 1, i + 1);
	for (i = 0; c && i < c->n_unique; i++)
		for (e = 0; e < c->unique[i].n_evidence; e++)
			push_span(&sp, &n, &cap, &c->unique[i].evidence[e], ci, 2, i + 1);
	if (n > 1)
		qsort(sp, n, sizeof(*sp), span_order);
	px_buf_puts(b, "<p>");
	for (i = 0; i <= n; i++) {
		size_t upto = i < n ? sp[i].start : a->text_len;
		size_t k = pos;
		if (i < n && sp[i].start < pos)
			continue; /* overlaps a span already marked */
		/* Plain text up to the span, paragraphs kept. */
		while (k < upto) {
			const char *nl = memchr(a->text + k, '\n', upto - k);
			size_t stop = nl ? (size_t)(nl - a->text) : upto;
			esc(b, a->text + k, stop - k);
			k = stop;
			if (nl) {
				size_t m = k;
				while (m < upto && a->text[m] == '\n')
					m++;
				/* A blank line ends a paragraph; a single line
				 * break is a hard wrap and reads as a space. */
				px_buf_puts(b, m - k >= 2 ? "</p><p>" : " ");
				k = m;
			}
		}
		if (i == n)
			break;
		px_buf_printf(b, "<mark class=\"%s\" id=\"s%zu-%s%zu-a%zu\">", cls[sp[i].cls], s->id,
			      cls[sp[i].cls], sp[i].n, ci);
		esc(b, a->text + sp[i].start, sp[i].end - sp[i].start);
		px_buf_puts(b, "</mark>");
		pos = sp[i].end;
	}
	px_buf_puts(b, "</p>");
	px_free(sp);
}

static void
cite(struct px_buf *b, const struct px_report *r, const struct px_report_story *s,
     const size_t *idx, size_t n)
{
	size_t i = 0;

	px_buf_puts(b, " <span class=\"cite\">[");
	for (i = 0; i < n; i++) {
		if (i)
			px_buf_puts(b, ", ");
		escs(b, px__story_article(r, s, idx[i])->a->id);
	}
	px_buf_puts(b, "]</span>");
}

static void
story_html(struct px_buf *b, const struct px_report *r, const struct px_report_story *s)
{
	const struct px_comparison *c = s->cmp;
	size_t i = 0, p = 0, e = 0;

	px_buf_printf(b, "<section class=\"story\" id=\"story-%zu\"><h2>", s->id);
	if (c && c->title && c->title[0])
		escs(b, c->title);
	else
		escs(b, r->articles[s->articles[0]].a->title ? r->articles[s->articles[0]].a->title
							     : r->articles[s->articles[0]].a->id);
	px_buf_printf(b, "</h2><p class=\"meta\">Story %zu &middot; %zu articles &middot; %zu independent sources",
		      s->id, s->n_articles, s->n_sources);
	if (s->first_seen) {
		px_buf_puts(b, " &middot; ");
		escs(b, s->first_seen);
		px_buf_puts(b, " to ");
		escs(b, s->last_seen);
	}
	px_buf_puts(b, "</p>");
	if (s->note) {
		px_buf_puts(b, "<p class=\"meta\">");
		escs(b, s->note);
		px_buf_puts(b, "</p>");
	}
	if (c && c->n_summary) {
		px_buf_puts(b, "<h3>Summary</h3><ol>");
		for (i = 0; i < c->n_summary; i++) {
			px_buf_puts(b, "<li>");
			escs(b, c->summary[i].text);
			cite(b, r, s, c->summary[i].support, c->summary[i].n_support);
			for (p = 0; p < c->summary[i].n_disputes; p++)
				px_buf_printf(b, " <a class=\"kind\" href=\"#s%zu-conflict%zu\">disputed</a>", s->id,
					      c->summary[i].disputes[p] + 1);
			px_buf_puts(b, "</li>");
		}
		px_buf_puts(b, "</ol>");
	}
	if (c) {
		px_buf_printf(b, "<h3>Conflicts (%zu)</h3><table>", c->n_conflicts);
		for (i = 0; i < c->n_conflicts; i++) {
			const struct px_conflict *cf = &c->conflicts[i];
			px_buf_printf(b, "<tr id=\"s%zu-conflict%zu\"><td class=\"kind\">%s</td><td>", s->id, i + 1,
				      px_conflict_kind_name(cf->kind));
			escs(b, cf->about);
			px_buf_puts(b, "</td><td>");
			for (p = 0; p < cf->n_positions; p++) {
				const struct px_position *pos = &cf->positions[p];
				px_buf_puts(b, "<div><span class=\"val\">");
				escs(b, pos->value);
				px_buf_puts(b, "</span>");
				for (e = 0; e < pos->n_evidence; e++) {
					const struct px_evidence *ev = &pos->evidence[e];
					px_buf_printf(b, " <a href=\"#s%zu-conflict%zu-a%zu\">", s->id, i + 1, ev->article);
					escs(b, px__story_article(r, s, ev->article)->a->id);
					px_buf_puts(b, "</a>");
				}
				px_buf_puts(b, "</div>");
			}
			px_buf_puts(b, "</td></tr>");
		}
		px_buf_printf(b, "</table><h3>Agreements (%zu)</h3><ul>", c->n_agreements);
		for (i = 0; i < c->n_agreements; i++) {
			const struct px_agreement *ag = &c->agreements[i];
			px_buf_puts(b, "<li><span class=\"val\">");
			escs(b, ag->value);
			px_buf_puts(b, "</span> ");
			escs(b, ag->about);
			cite(b, r, s, ag->articles, ag->n_articles);
			px_buf_puts(b, "</li>");
		}
		px_buf_printf(b, "</ul><h3>Only one source (%zu)</h3><ul>", c->n_unique);
		for (i = 0; i < c->n_unique; i++) {
			const struct px_unique *u = &c->unique[i];
			size_t len = 0;
			const char *t = px__evidence_text(r, s, &u->evidence[0], &len);
			if (i == r->opts.unique_shown)
				px_buf_printf(b, "</ul><details><summary>%zu more</summary><ul>", c->n_unique - i);
			px_buf_puts(b, "<li>");
			esc(b, t, len);
			cite(b, r, s, &u->article, 1);
			px_buf_puts(b, "</li>");
		}
		px_buf_puts(b, c->n_unique > r->opts.unique_shown ? "</ul></details>" : "</ul>");
	}
	px_buf_puts(b, "<h3>Sources</h3><div class=\"sources\">");
	for (i = 0; i < s->n_sources; i++) {
		const struct px_report_article *ra = &r->articles[s->sources[i]];
		px_buf_puts(b, "<div class=\"source\"><h4>");
		escs(b, ra->a->title ? ra->a->title : ra->a->id);
		px_buf_puts(b, "</h4><p class=\"meta\">");
		escs(b, ra->a->id);
		if (ra->a->source) {
			px_buf_puts(b, " &middot; ");
			escs(b, ra->a->source);
		}
		if (ra->a->date) {
			px_buf_puts(b, " &middot; ");
			escs(b, ra->a->date);
		}
		px_buf_puts(b, "</p>");
		source_text(b, r, s, i);
		if (ra->a->repairs.n || ra->a->n_removed) {
			px_buf_printf(b, "<details><summary>%zu repairs, %zu removals</summary><ul>",
				      ra->a->repairs.n, ra->a->n_removed);
			for (p = 0; p < ra->a->repairs.n; p++) {
				px_buf_puts(b, "<li>");
				escs(b, ra->a->repairs.items[p].kind);
				px_buf_puts(b, ": <code>");
				escs(b, ra->a->repairs.items[p].before);
				px_buf_puts(b, "</code> &rarr; <code>");
				escs(b, ra->a->repairs.items[p].after);
				px_buf_puts(b, "</code></li>");
			}
			for (p = 0; p < ra->a->n_removed; p++) {
				px_buf_puts(b, "<li>removed ");
				escs(b, ra->a->removed[p].kind);
				px_buf_puts(b, ": <code>");
				escs(b, ra->a->removed[p].text);
				px_buf_puts(b, "</code></li>");
			}
			px_buf_puts(b, "</ul></details>");
		}
		px_buf_puts(b, "</div>");
	}
	px_buf_puts(b, "</div>");
	for (i = 0; i < s->n_articles; i++) {
		const struct px_report_article *ra = &r->articles[s->articles[i]];
		if (ra->duplicate_of == PX_REPORT_NONE)
			continue;
		px_buf_puts(b, "<p class=\"meta\">");
		escs(b, ra->a->id);
		px_buf_puts(b, " is a copy of ");
		escs(b, r->articles[ra->duplicate_of].a->id);
		px_buf_printf(b, " (similarity %.2f) and is not counted as an independent source.</p>",
			      ra->dup_similarity);
	}
	/* Perspective and provenance after the sources they refer to. */
	if (c) {
		px__perspective_html(b, r, s);
		px__provenance_html(b, r, s);
	}
	px_buf_puts(b, "</section>");
}

px_status
px__report_html(const struct px_report *r, struct px_buf *b)
{
	size_t i = 0;

	px_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		       "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
		       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		       "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
		       "<title>parallax report</title><style>");
	px_buf_puts(b, css);
	px_buf_printf(b, "</style></head><body><header><h1>parallax report</h1><div class=\"meta\">%zu articles, "
		      "%zu stories &middot; parallax %s</div></header><main>",
		      r->n_articles, r->n_stories, px_version());
	for (i = 0; i < r->n_notes; i++) {
		px_buf_puts(b, "<p class=\"meta\">");
		escs(b, r->notes[i]);
		px_buf_puts(b, "</p>");
	}
	for (i = 0; i < r->n_stories; i++)
		story_html(b, r, &r->stories[i]);
	/* Clicking a conflict's source link flashes every cited sentence. */
	px_buf_puts(b, "</main><script>document.addEventListener('click',function(e){"
		       "var a=e.target.closest('a[href^=\"#\"]');if(!a)return;"
		       "var t=document.getElementById(a.getAttribute('href').slice(1));"
		       "if(t){t.classList.add('flash');setTimeout(function(){t.classList.remove('flash')},1500)}"
		       "});</script></body></html>\n");
	return b->failed;
}

static px_status
report_write(const struct px_report *r, enum px_report_format f, struct px__sink *k)
{
	switch (f) {
	case PX_REPORT_JSON: return px__report_json(r, k);
	case PX_REPORT_MARKDOWN: return px__report_text(r, k->out, 1);
	case PX_REPORT_HTML: return px__report_html(r, k->out);
	case PX_REPORT_TEXT: break;
	}
	return px__report_text(r, k->out, 0);
}

px_status
px_report_write(const struct px_report *r, enum px_report_format f,
		struct px_buf *out)
{
	struct px__sink k = {out, NULL, NULL};

	if (r->streamed)
		return PX_EINVAL;
	return report_write(r, f, &k);
}

px_status
px_report_stream(const struct px_report *r, enum px_report_format f,
		 px_status (*write)(void *ud, const char *p, size_t len), void *ud)
{
	struct px_buf b = PX_BUF_INIT;
	struct px__sink k = {&b, write, ud};
	px_status st = r->streamed ? PX_EINVAL : report_write(r, f, &k);

	if (st == PX_OK) {
		px__sink_flush(&k, 0);
		st = b.failed;
	}
	px_buf_release(&b);
	return st;
}
