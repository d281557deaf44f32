/*
 * The text report (for the terminal, wrapped at 80 columns, ANSI colour
 * only when asked for) and the Markdown report. Both show, per story, the
 * summary with citations, the conflicts with their evidence, the
 * agreements, the top unique claims (the rest folded into a count), the
 * copies folded into their original, and the repairs and removals made.
 */
#include <string.h>

#include "report_internal.h"

#define WIDTH 80

/*
 * A repair's "before" text holds the control characters it removed (an
 * escape sequence, a bell): written as \uXXXX, so an input cannot drive
 * the reader's terminal. C0, DEL and C1 (U+0080-U+009F, CSI among them).
 */
static void
put_visible(struct px_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t run = 0, i = 0;

	for (i = 0; p[i]; i++) {
		unsigned cp = 0;
		size_t n = 1;
		if (p[i] < 0x20 || p[i] == 0x7F)
			cp = p[i];
		else if (p[i] == 0xC2 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F)
			cp = p[i + 1], n = 2;
		if (cp == 0 && n == 1 && p[i] >= 0x20) {
			run++;
			continue;
		}
		px_buf_append(b, (const char *)p + i - run, run);
		run = 0;
		px_buf_printf(b, "\\u%04X", cp);
		i += n - 1;
	}
	px_buf_append(b, (const char *)p + i - run, run);
}

struct tw {
	struct px_buf *b;
	int md;
	int color;
};

static const char *
c_on(const struct tw *w, const char *code)
{
	return w->color ? code : "";
}

static const char *
c_off(const struct tw *w)
{
	return w->color ? "\x1b[0m" : "";
}

/* Display width in code points (good enough for news text). */
static size_t
cols(const char *s, size_t len)
{
	size_t i = 0, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Append s wrapped at WIDTH with the given indent (first line too). */
static void
wrap(struct px_buf *b, const char *s, size_t len, size_t indent, size_t first_used)
{
	size_t i = 0, col = first_used;
	int at_start = 1;

	if (col < indent) {
		for (; col < indent; col++)
			px__putc(b, ' ');
	}
	while (i < len) {
		size_t j = i, wl = 0;
		while (i < len && (s[i] == ' ' || s[i] == '\n'))
			i++;
		j = i;
		while (j < len && s[j] != ' ' && s[j] != '\n')
			j++;
		if (j == i)
			break;
		wl = cols(s + i, j - i);
		if (!at_start && col + 1 + wl > WIDTH) {
			px__putc(b, '\n');
			for (col = 0; col < indent; col++)
				px__putc(b, ' ');
			at_start = 1;
		}
		if (!at_start) {
			px__putc(b, ' ');
			col++;
		}
		px_buf_append(b, s + i, j - i);
		col += wl;
		at_start = 0;
		i = j;
	}
	px__putc(b, '\n');
}

/*
 * Append src to b with every line longer than WIDTH wrapped; continuation
 * lines keep the line's indentation (plus two past a list dash).
 */
static void
wrap_lines(struct px_buf *b, const char *src, size_t len)
{
	size_t i = 0;

	while (i < len) {
		const char *nl = memchr(src + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - src) : len;
		size_t ind = 0;

		if (cols(src + i, e - i) <= WIDTH) {
			px_buf_append(b, src + i, e - i);
			px__putc(b, '\n');
		} else {
			while (i + ind < e && src[i + ind] == ' ')
				ind++;
			if (i + ind + 1 < e && src[i + ind] == '-' && src[i + ind + 1] == ' ')
				ind += 2;
			px_buf_append(b, src + i, ind);
			wrap(b, src + i + ind, e - i - ind, ind, ind);
		}
		i = e + 1;
	}
}

static void
ids_line(struct px_buf *b, const struct px_report *r,
	 const struct px_report_story *s, const size_t *idx, size_t n, int md)
{
	size_t i = 0;

	for (i = 0; i < n; i++) {
		const struct px_article *a = px__story_article(r, s, idx[i])->a;
		px_buf_printf(b, "%s%s%s%s", i ? ", " : "", md ? "`" : "", a->id, md ? "`" : "");
	}
}

static void
quote_evidence(const struct tw *w, const struct px_report *r,
	       const struct px_report_story *s, const struct px_evidence *ev,
	       size_t indent)
{
	size_t len = 0;
	const char *t = px__evidence_text(r, s, ev, &len);
	const struct px_article *a = px__story_article(r, s, ev->article)->a;
	struct px_buf tmp = PX_BUF_INIT;

	if (w->md) {
		px_buf_puts(w->b, "  > ");
		px_buf_append(w->b, t, len);
		px_buf_printf(w->b, " — `%s`\n", a->id);
		return;
	}
	px_buf_puts(&tmp, "\xE2\x80\x9C");
	px_buf_append(&tmp, t, len);
	px_buf_printf(&tmp, "\xE2\x80\x9D (%s)", a->id);
	if (tmp.failed == PX_OK)
		wrap(w->b, tmp.data, tmp.len, indent, 0);
	px_buf_release(&tmp);
}

static void
story_text(const struct tw *w, const struct px_report *r,
	   const struct px_report_story *s)
{
	struct px_buf *b = w->b;
	const struct px_comparison *c = s->cmp;
	const char *title = c && c->title && c->title[0] ? c->title
				: (r->articles[s->articles[0]].a->title ? r->articles[s->articles[0]].a->title
									: r->articles[s->articles[0]].a->id);
	size_t i = 0, p = 0, e = 0, copies = 0;
	size_t shown = r->opts.unique_shown;

	if (w->md) {
		px_buf_printf(b, "## Story %zu: %s\n\n", s->id, title);
		px_buf_printf(b, "%zu article%s, %zu independent source%s", s->n_articles,
			      s->n_articles == 1 ? "" : "s", s->n_sources, s->n_sources == 1 ? "" : "s");
	} else {
		px_buf_printf(b, "%s== Story %zu ==%s ", c_on(w, "\x1b[1m"), s->id, c_off(w));
		wrap(b, title, strlen(title), 3, 13 + (s->id > 9 ? 1 : 0));
		px_buf_printf(b, "   %zu article%s, %zu independent source%s", s->n_articles,
			      s->n_articles == 1 ? "" : "s", s->n_sources, s->n_sources == 1 ? "" : "s");
	}
	if (s->first_seen)
		px_buf_printf(b, "; %s to %s", s->first_seen, s->last_seen);
	px_buf_puts(b, w->md ? ".\n\n" : "\n");
	for (i = 0; i < s->n_articles; i++) {
		const struct px_report_article *ra = &r->articles[s->articles[i]];
		const char *src = ra->a->source ? ra->a->source : "unknown outlet";
		if (ra->duplicate_of != PX_REPORT_NONE) {
			copies++;
			continue;
		}
		px_buf_printf(b, w->md ? "- `%s` (%s)\n" : "   - %s (%s)\n", ra->a->id, src);
	}
	for (i = 0; i < s->n_articles; i++) {
		const struct px_report_article *ra = &r->articles[s->articles[i]];
		if (ra->duplicate_of == PX_REPORT_NONE)
			continue;
		px_buf_printf(b, w->md ? "- `%s`: copy of `%s` (similarity %.2f), not an independent source\n"
				       : "   - %s: copy of %s (similarity %.2f), not independent\n",
			      ra->a->id, r->articles[ra->duplicate_of].a->id, ra->dup_similarity);
	}
	px__putc(b, '\n');
	if (s->note)
		px_buf_printf(b, w->md ? "*%s*\n\n" : "   %s\n\n", s->note);
	if (c == NULL)
		return;
	if (c->n_summary) {
		px_buf_puts(b, w->md ? "### Summary\n\n" : "   Summary\n");
		for (i = 0; i < c->n_summary; i++) {
			const struct px_summary_sentence *ss = &c->summary[i];
			struct px_buf line = PX_BUF_INIT;
			px_buf_puts(&line, ss->text);
			px_buf_puts(&line, " [");
			ids_line(&line, r, s, ss->support, ss->n_support, w->md);
			px__putc(&line, ']');
			for (p = 0; p < ss->n_disputes; p++)
				px_buf_printf(&line, " (disputed: conflict %zu)", ss->disputes[p] + 1);
			if (w->md) {
				px_buf_printf(b, "%zu. ", i + 1);
				px_buf_append(b, line.data, line.len);
				px__putc(b, '\n');
			} else if (line.failed == PX_OK) {
				px_buf_printf(b, "   %zu. ", i + 1);
				wrap(b, line.data, line.len, 6, 6);
			}
			px_buf_release(&line);
		}
		px__putc(b, '\n');
	}
	if (w->md)
		px_buf_printf(b, "### Conflicts (%zu)\n\n", c->n_conflicts);
	else
		px_buf_printf(b, "   %sConflicts (%zu)%s\n", c_on(w, "\x1b[1;31m"), c->n_conflicts, c_off(w));
	for (i = 0; i < c->n_conflicts; i++) {
		const struct px_conflict *cf = &c->conflicts[i];
		if (w->md)
			px_buf_printf(b, "%zu. **%s** — %s (confidence %.2f)\n", i + 1,
				      px_conflict_kind_name(cf->kind), cf->about, cf->confidence);
		else
			px_buf_printf(b, "   %zu. %s: %s\n", i + 1, px_conflict_kind_name(cf->kind), cf->about);
		for (p = 0; p < cf->n_positions; p++) {
			const struct px_position *pos = &cf->positions[p];
			if (w->md) {
				px_buf_printf(b, "   - **%s**: ", pos->value);
				ids_line(b, r, s, pos->articles, pos->n_articles, 1);
				px__putc(b, '\n');
			} else {
				px_buf_printf(b, "      %s%s%s: ", c_on(w, "\x1b[1m"), pos->value, c_off(w));
				ids_line(b, r, s, pos->articles, pos->n_articles, 0);
				px__putc(b, '\n');
			}
			for (e = 0; e < pos->n_evidence; e++)
				quote_evidence(w, r, s, &pos->evidence[e], 9);
		}
		if (r->opts.explain)
			for (p = 0; p < cf->n_why; p++)
				px_buf_printf(b, w->md ? "   - why: %s\n" : "      why: %s\n", cf->why[p]);
	}
	px__putc(b, '\n');
	if (w->md)
		px_buf_printf(b, "### Agreements (%zu)\n\n", c->n_agreements);
	else
		px_buf_printf(b, "   %sAgreements (%zu)%s\n", c_on(w, "\x1b[1;32m"), c->n_agreements, c_off(w));
	for (i = 0; i < c->n_agreements; i++) {
		const struct px_agreement *ag = &c->agreements[i];
		if (w->md) {
			px_buf_printf(b, "- **%s** %s: %s — ", ag->kind, ag->about, ag->value);
			ids_line(b, r, s, ag->articles, ag->n_articles, 1);
			px__putc(b, '\n');
		} else {
			struct px_buf line = PX_BUF_INIT;
			px_buf_printf(&line, "%s %s: %s: ", ag->kind, ag->about, ag->value);
			ids_line(&line, r, s, ag->articles, ag->n_articles, 0);
			px_buf_puts(b, "   - ");
			if (line.failed == PX_OK)
				wrap(b, line.data, line.len, 5, 5);
			px_buf_release(&line);
		}
		if (r->opts.explain)
			for (e = 0; e < ag->n_evidence; e++)
				quote_evidence(w, r, s, &ag->evidence[e], 7);
	}
	px__putc(b, '\n');
	if (w->md)
		px_buf_printf(b, "### Only one source (%zu)\n\n", c->n_unique);
	else
		px_buf_printf(b, "   %sOnly one source (%zu)%s\n", c_on(w, "\x1b[1;33m"), c->n_unique, c_off(w));
	for (i = 0; i < c->n_unique && i < shown; i++) {
		const struct px_unique *u = &c->unique[i];
		const struct px_article *a = px__story_article(r, s, u->article)->a;
		if (w->md) {
			px_buf_printf(b, "- `%s` (%s):\n", a->id, u->about);
			quote_evidence(w, r, s, &u->evidence[0], 0);
		} else {
			px_buf_printf(b, "   - %s (%s):\n", a->id, u->about);
			quote_evidence(w, r, s, &u->evidence[0], 7);
		}
	}
	if (c->n_unique > shown)
		px_buf_printf(b, w->md ? "\n*%zu more in the JSON report.*\n" : "     ... %zu more (see -f json)\n",
			      c->n_unique - shown);
	if (w->md) {
		px__provenance_text(b, r, s, 1);
		px__perspective_text(b, r, s, 1);
	} else {
		struct px_buf tmp = PX_BUF_INIT;
		px__provenance_text(&tmp, r, s, 0);
		px__perspective_text(&tmp, r, s, 0);
		if (tmp.failed == PX_OK && tmp.len)
			wrap_lines(b, tmp.data, tmp.len);
		px_buf_release(&tmp);
	}
	if (r->opts.explain && c->n_dismissed) {
		px_buf_printf(b, w->md ? "\n### Not conflicts (%zu)\n\n" : "\n   Not conflicts (%zu)\n", c->n_dismissed);
		for (i = 0; i < c->n_dismissed; i++)
			px_buf_printf(b, w->md ? "- %s: %s\n" : "   - %s: %s\n", c->dismissed[i].about,
				      c->dismissed[i].why);
	}
	px__putc(b, '\n');
}

px_status
px__report_text(const struct px_report *r, struct px_buf *b, int markdown)
{
	struct tw w;
	size_t i = 0, k = 0, repairs = 0, removed = 0;

	w.b = b;
	w.md = markdown;
	w.color = !markdown && r->opts.color;
	for (i = 0; i < r->n_articles; i++) {
		repairs += r->articles[i].a->repairs.n;
		removed += r->articles[i].a->n_removed;
	}
	if (markdown)
		px_buf_printf(b, "# parallax report\n\n%zu article%s, %zu stor%s.\n\n", r->n_articles,
			      r->n_articles == 1 ? "" : "s", r->n_stories, r->n_stories == 1 ? "y" : "ies");
	else
		px_buf_printf(b, "parallax report: %zu article%s, %zu stor%s\n\n", r->n_articles,
			      r->n_articles == 1 ? "" : "s", r->n_stories, r->n_stories == 1 ? "y" : "ies");
	for (i = 0; i < r->n_notes; i++)
		px_buf_printf(b, markdown ? "- note: %s\n" : "note: %s\n", r->notes[i]);
	if (r->n_notes)
		px__putc(b, '\n');
	for (i = 0; i < r->n_stories; i++)
		story_text(&w, r, &r->stories[i]);
	if (repairs || removed) {
		px_buf_puts(b, markdown ? "## Repairs and removals\n\n" : "== Repairs and removals ==\n");
		for (i = 0; i < r->n_articles; i++) {
			const struct px_article *a = r->articles[i].a;
			for (k = 0; k < a->repairs.n; k++) {
				px_buf_printf(b, markdown ? "- `%s`: %s `" : "   %s: %s \xE2\x80\x9C",
					      a->id, a->repairs.items[k].kind);
				put_visible(b, a->repairs.items[k].before);
				px_buf_puts(b, markdown ? "` → `" : "\xE2\x80\x9D -> \xE2\x80\x9C");
				put_visible(b, a->repairs.items[k].after);
				px_buf_puts(b, markdown ? "`\n" : "\xE2\x80\x9D\n");
			}
			for (k = 0; k < a->n_removed; k++) {
				struct px_buf line = PX_BUF_INIT;
				px_buf_printf(&line, "%s: removed %s \xE2\x80\x9C%s\xE2\x80\x9D", a->id,
					      a->removed[k].kind, a->removed[k].text);
				if (markdown)
					px_buf_printf(b, "- %s\n", line.data ? line.data : "");
				else if (line.failed == PX_OK)
					wrap(b, line.data, line.len, 5, 0);
				px_buf_release(&line);
			}
		}
	}
	return b->failed;
}
