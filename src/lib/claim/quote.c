/*
 * Quote claims: quoted words with their speaker and attribution cue.
 *
 * Quotes: curly (U+201C ... U+201D) and straight ("...") double quotes. A
 * quote left open at a paragraph's end continues when the next paragraph
 * opens with a quote mark (the news convention for long quotes); otherwise
 * it ends there. The claim spans the marks; `quote` is the words inside,
 * white space folded and continuation marks dropped. A quote of fewer than
 * six words, or one set inside the reporter's sentence, is partial.
 *
 * Speaker, in the quote's paragraph: after the closing mark (`," X said`,
 * `," said X`, `, X added.`), else before the opening one (`X said: "`,
 * `according to X, "`, `X told reporters that "`). X is a name found by
 * entity.c (resolved to its canonical full name: "Biden" -> "Joe Biden"),
 * he/she (the last person named before the quote), or a described speaker
 * ("a police spokesman"). Cues are the attribution verbs of
 * data/claims_words.txt plus "according to".
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "claim_internal.h"

#define QUOTE_MAX_WORDS 4000

struct qspan {
	size_t os, qs, qe, oe; /* opening mark, words, end of words, after closing */
};

static int
at(const char *t, size_t len, size_t i, const char *lit)
{
	size_t n = strlen(lit);
	return i + n <= len && memcmp(t + i, lit, n) == 0;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Length of an opening mark at i (0 if none). */
static size_t
open_mark(const char *t, size_t len, size_t i)
{
	if (at(t, len, i, "\xe2\x80\x9c"))
		return 3;
	if (t[i] == '"' && (i == 0 || is_space(t[i - 1]) || strchr("([{-:", t[i - 1])) &&
	    i + 1 < len && !is_space(t[i + 1]))
		return 1;
	return 0;
}

static size_t
close_mark(const char *t, size_t len, size_t i)
{
	if (at(t, len, i, "\xe2\x80\x9d"))
		return 3;
	if (t[i] == '"' && i > 0 && !is_space(t[i - 1]))
		return 1;
	return 0;
}

/* Quote spans of one field, in order. */
static px_status
find_quotes(const char *t, size_t len, struct qspan **out, size_t *n)
{
	size_t i = 0, cap = 0;
	struct qspan cur;
	int open = 0;

	*out = NULL;
	*n = 0;
	memset(&cur, 0, sizeof cur);
	while (i < len) {
		size_t m = 0;
		if (open && t[i] == '\n' && i + 1 < len && t[i + 1] == '\n') {
			/* paragraph break inside a quote: continued or ended */
			size_t k = i;
			while (k < len && is_space(t[k]))
				k++;
			if (k < len && open_mark(t, len, k)) {
				i = k + open_mark(t, len, k);
				continue;
			}
			cur.qe = i;
			cur.oe = i;
			open = 0;
			if (px_grow((void **)out, &cap, *n + 1, sizeof(**out)))
				return PX_ENOMEM;
			(*out)[(*n)++] = cur;
			i = k;
			continue;
		}
		if (open && (m = close_mark(t, len, i)) > 0) {
			cur.qe = i;
			cur.oe = i + m;
			open = 0;
			if (cur.qe > cur.qs) {
				if (px_grow((void **)out, &cap, *n + 1, sizeof(**out)))
					return PX_ENOMEM;
				(*out)[(*n)++] = cur;
			}
			i += m;
			continue;
		}
		if (!open && (m = open_mark(t, len, i)) > 0) {
			cur.os = i;
			cur.qs = i + m;
			open = 1;
			i += m;
			continue;
		}
		i++;
	}
	if (open && len > cur.qs) {
		cur.qe = len;
		cur.oe = len;
		if (px_grow((void **)out, &cap, *n + 1, sizeof(**out)))
			return PX_ENOMEM;
		(*out)[(*n)++] = cur;
	}
	return PX_OK;
}

static size_t
tok_at_or_after(const struct toks *tk, size_t off)
{
	size_t lo = 0, hi = tk->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (tk->t[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Mentions are in (field, token) order: binary search the first one that
   does not end before token k of field f. */
static size_t
mention_lower(const struct ent_table *et, size_t f, size_t k)
{
	size_t lo = 0, hi = et->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct ent_mention *m = &et->m[mid];
		if (m->f < f || (m->f == f && m->t1 <= k))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const struct ent_mention *
mention_at(const struct ent_table *et, size_t f, size_t k)
{
	size_t i = mention_lower(et, f, k);

	if (i < et->n && et->m[i].f == f && et->m[i].t0 <= k && k < et->m[i].t1)
		return &et->m[i];
	return NULL;
}

static const struct ent_mention *
mention_ending(const struct ent_table *et, size_t f, size_t k)
{
	size_t i = k > 0 ? mention_lower(et, f, k - 1) : 0;

	if (i < et->n && et->m[i].f == f && et->m[i].t1 == k)
		return &et->m[i];
	return NULL;
}

/* The last person named before byte off of field f (title counts first). */
static const struct ent_mention *
last_person(const struct ent_table *et, size_t f, size_t off)
{
	size_t lo = 0, hi = et->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct ent_mention *m = &et->m[mid];
		if (m->f < f || (m->f == f && m->end <= off))
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo-- > 0)
		if (strcmp(et->m[lo].type, "person") == 0)
			return &et->m[lo];
	return NULL;
}

/* Whether a paragraph break lies between bytes a and b. */
static int
para_break(const char *t, size_t a, size_t b)
{
	size_t k = 0;

	for (k = a; k + 1 < b; k++)
		if (t[k] == '\n' && t[k + 1] == '\n')
			return 1;
	return 0;
}

struct speaker {
	const char *name;
	const char *cue;   /* "according to", or NULL with cue_tok set */
	size_t cue_tok;    /* token of a verb cue, or SIZE_MAX */
	size_t s0, s1;     /* bytes of a described speaker ("a police spokesman") */
};

static int
cue_at(const struct px_extractor *x, const struct toks *tk, size_t k, const char **cue,
       size_t *len)
{
	if (k >= tk->n)
		return 0;
	*cue = NULL;
	if (px__cl_tok_is(tk, k, "according") && px__cl_tok_is(tk, k + 1, "to")) {
		*cue = "according to";
		*len = 2;
		return 1;
	}
	if ((px__cl_lex_flags(x, tk, k) & LX_CUE) && tk->t[k].type == T_WORD) {
		*len = 1;
		return 1;
	}
	return 0;
}

/* A speaker at token k: a name, he/she, or "the/a ... noun" (up to a cue). */
static int
speaker_at(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	   size_t f, size_t k, size_t lim, size_t quote_off, struct speaker *sp, size_t *end)
{
	const struct ent_mention *m = NULL;

	if (k >= lim)
		return 0;
	m = mention_at(et, f, k);
	if (m && m->t0 == k) {
		sp->name = m->canonical;
		*end = m->t1;
		return 1;
	}
	/* "Mayor Ana Ruiz", "the NSC": titles and an article before the name */
	{
		size_t j = k;
		while (j < lim && j < k + 4 && tk->t[j].type == T_WORD &&
		       ((tk->t[j].flags & TF_CAP) || px__cl_tok_is(tk, j, "the") ||
			(px__cl_lex_flags(x, tk, j) & LX_TITLE))) {
			m = mention_at(et, f, j);
			if (m && m->t0 == j && j > k) {
				sp->name = m->canonical;
				*end = m->t1;
				return 1;
			}
			if (m)
				break;
			j++;
			if (j < lim && px__cl_tok_sym(tk, j, '.'))
				j++;
		}
	}
	if (px__cl_lex_flags(x, tk, k) & LX_PRONOUN) {
		const struct ent_mention *p = last_person(et, f, quote_off);
		sp->name = p ? p->canonical : NULL;
		*end = k + 1;
		return p != NULL;
	}
	if (px__cl_tok_is(tk, k, "a") || px__cl_tok_is(tk, k, "an") || px__cl_tok_is(tk, k, "the")) {
		size_t j = k + 1;
		while (j < lim && j < k + 6 && tk->t[j].type == T_WORD &&
		       !(px__cl_lex_flags(x, tk, j) & (LX_CUE | LX_STOP)))
			j++;
		if (j > k + 1) {
			sp->s0 = tk->t[k].start;
			sp->s1 = tk->t[j - 1].end;
			*end = j;
			return 1;
		}
	}
	return 0;
}

static void
find_speaker(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	     size_t f, const struct qspan *q, const char *t, struct speaker *sp)
{
	size_t k = tok_at_or_after(tk, q->oe), lim = k + 12, end = 0, cl = 0;
	const char *cue = NULL;

	memset(sp, 0, sizeof *sp);
	sp->cue_tok = SIZE_MAX;
	if (lim > tk->n)
		lim = tk->n;
	/* Transcripts: the quote opens with a speaker label ("WALLACE: ..."). */
	{
		size_t lk = tok_at_or_after(tk, q->qs);
		if (lk + 1 < tk->n && tk->t[lk].start < q->qe && (tk->t[lk].flags & TF_UPPER) &&
		    tk->t[lk].end - tk->t[lk].start >= 3 && px__cl_tok_sym(tk, lk + 1, ':')) {
			size_t i = 0, n = tk->t[lk].end - tk->t[lk].start;
			sp->s0 = tk->t[lk].start;
			sp->s1 = tk->t[lk].end;
			/* a person of the article whose surname the label spells */
			for (i = 0; i < et->n; i++) {
				const struct ent_mention *m = &et->m[i];
				if (strcmp(m->type, "person") == 0 && m->end - m->start > n &&
				    strncasecmp(m->name + strlen(m->name) - n, t + sp->s0, n) == 0 &&
				    m->name[strlen(m->name) - n - 1] == ' ') {
					sp->name = m->canonical;
					break;
				}
			}
			return;
		}
	}
	/* After the quote: `," X said`, `," said X`. */
	while (k < lim && tk->t[k].type == T_SYM && !para_break(t, q->oe, tk->t[k].end))
		k++;
	if (k < lim && !para_break(t, q->oe, tk->t[k].start)) {
		if (cue_at(x, tk, k, &cue, &cl)) {
			if (speaker_at(x, tk, et, f, k + cl, lim, q->os, sp, &end)) {
				sp->cue = cue;
				sp->cue_tok = cue ? SIZE_MAX : k;
				return;
			}
		} else if (speaker_at(x, tk, et, f, k, lim, q->os, sp, &end) && end < lim &&
			   cue_at(x, tk, end, &cue, &cl)) {
			sp->cue = cue;
			sp->cue_tok = cue ? SIZE_MAX : end;
			return;
		}
	}
	memset(sp, 0, sizeof *sp);
	sp->cue_tok = SIZE_MAX;
	/* Before the quote: `X said: "`, `according to X, "`, `X told Y that "`. */
	{
		size_t qk = tok_at_or_after(tk, q->os), lo = qk > 14 ? qk - 14 : 0, c = 0;
		for (c = qk; c-- > lo;) {
			if (para_break(t, tk->t[c].end, q->os))
				break;
			if (!cue_at(x, tk, c, &cue, &cl))
				continue;
			if (cue) {
				if (speaker_at(x, tk, et, f, c + 2, qk, q->os, sp, &end)) {
					sp->cue = cue;
					return;
				}
			} else {
				const struct ent_mention *m = c > 0 ? mention_ending(et, f, c) : NULL;
				if (m) {
					sp->name = m->canonical;
					sp->cue_tok = c;
					return;
				}
				if (c > 0 && (px__cl_lex_flags(x, tk, c - 1) & LX_PRONOUN) &&
				    speaker_at(x, tk, et, f, c - 1, qk, q->os, sp, &end)) {
					sp->cue_tok = c;
					return;
				}
			}
			memset(sp, 0, sizeof *sp);
			sp->cue_tok = SIZE_MAX;
		}
	}
}

px_status
px__cl_quotes(const struct px_extractor *x, struct field_in *f, size_t nf,
	      struct claim_sink *sinks, const struct ent_table *et)
{
	size_t fi = 0;
	px_status st = PX_OK;

	for (fi = 0; fi < nf && st == PX_OK; fi++) {
		const char *t = f[fi].doc->text;
		size_t len = f[fi].doc->len, n = 0, i = 0;
		struct qspan *qs = NULL;
		const struct toks *tk = f[fi].tk;
		const struct px_claim *prev = NULL;
		st = find_quotes(t, len, &qs, &n);
		for (i = 0; i < n && st == PX_OK; i++) {
			struct qspan *q = &qs[i];
			struct px_claim *c = NULL;
			struct speaker sp;
			struct px_buf b = PX_BUF_INIT;
			size_t k = 0, words = 0;
			int space = 0;
			/* the words, white space folded, continuation marks dropped */
			px_buf_init(&b, 1 << 20);
			for (k = q->qs; k < q->qe; k++) {
				if (is_space(t[k])) {
					space = 1;
					continue;
				}
				if (space && b.len > 0 && t[k - 1] == '\n' && open_mark(t, len, k)) {
					k += open_mark(t, len, k) - 1;
					continue;
				}
				if (space && b.len > 0) {
					px_buf_putc(&b, ' ');
					words++;
				}
				space = 0;
				px_buf_putc(&b, t[k]);
			}
			words += b.len > 0;
			if (b.failed || b.len == 0 || words > QUOTE_MAX_WORDS) {
				px_buf_release(&b);
				continue;
			}
			find_speaker(x, tk, et, fi, q, t, &sp);
			/* A second quote in the same paragraph keeps the first's speaker. */
			if (sp.name == NULL && sp.s1 == sp.s0 && prev && prev->u.quote.speaker &&
			    !para_break(t, prev->end, q->os)) {
				sp.name = prev->u.quote.speaker;
				sp.cue = prev->u.quote.cue;
			}
			c = px__cl_sink_add(&sinks[fi], PX_CLAIM_QUOTE, q->os, q->oe);
			if (c == NULL) {
				px_buf_release(&b);
				st = sinks[fi].failed ? sinks[fi].failed : PX_ENOMEM;
				break;
			}
			c->u.quote.q_start = q->qs;
			c->u.quote.q_end = q->qe;
			c->u.quote.quote = px__cl_sink_str(&sinks[fi], b.data, b.len);
			if (sp.name)
				c->u.quote.speaker = sp.name;
			else if (sp.s1 > sp.s0)
				c->u.quote.speaker = px__cl_sink_str(&sinks[fi], t + sp.s0, sp.s1 - sp.s0);
			if (sp.cue) {
				c->u.quote.cue = sp.cue;
			} else if (sp.cue_tok != SIZE_MAX) {
				char *cw = px__cl_sink_str(&sinks[fi], t + tk->t[sp.cue_tok].start,
							   tk->t[sp.cue_tok].end - tk->t[sp.cue_tok].start);
				char *p = cw;
				for (; p && *p; p++)
					if (*p >= 'A' && *p <= 'Z')
						*p = (char)(*p + 32);
				c->u.quote.cue = cw;
			}
			prev = NULL;
			c->u.quote.partial = words < 6 ||
					     (q->os > 1 && is_space(t[q->os - 1]) &&
					      ((t[q->os - 2] >= 'a' && t[q->os - 2] <= 'z') ||
					       (t[q->os - 2] >= 'A' && t[q->os - 2] <= 'Z')));
			px_buf_release(&b);
			prev = &sinks[fi].items[sinks[fi].n - 1];
		}
		px_free(qs);
	}
	return st;
}
