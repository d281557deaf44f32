/*
 * px_claims_extract(): runs the recognisers over an article's title and
 * body and gathers their claims; px_claim_to_json() writes the §5 line.
 *
 * Order of work per sentence: dates first (so that "Nov. 14, 2023" and "in
 * 1979" are never read as counts), then quantities. Entities and quotes
 * read whole fields (quotes cross sentences and paragraphs; aliases and
 * he/she resolve across the article, title first).
 *
 * Invariants: every claim's [start, end) lies inside its field's text and
 * never splits a UTF-8 sequence (spans are token boundaries); its sentence
 * is the sentence of the doc that holds start (the last one starting at or
 * before it), so indices follow whatever segmenter produced the doc; claims
 * are sorted by field, then start, then kind.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claim_internal.h"

/* Claims of a field sorted with index arrays on the stack up to this many. */
#define SORT_STACK 256

struct px_claim *
px__cl_sink_add(struct claim_sink *s, enum px_claim_kind k, size_t start,
	     size_t end)
{
	struct px_claim *c = NULL;

	if (s->failed)
		return NULL;
	if (s->n == s->cap && px_grow((void **)&s->items, &s->cap, s->n + 1, sizeof(*s->items))) {
		s->failed = PX_ENOMEM;
		return NULL;
	}
	c = &s->items[s->n++];
	memset(c, 0, sizeof(*c));
	c->kind = k;
	c->field = s->field;
	c->sentence = s->sentence;
	c->start = start;
	c->end = end;
	return c;
}

char *
px__cl_sink_str(struct claim_sink *s, const char *p, size_t len)
{
	char *r = px_arena_strndup(s->arena, p, len);

	if (r == NULL)
		s->failed = PX_ENOMEM;
	return r;
}

static int
cmp_claim(const void *a, const void *b)
{
	const struct px_claim *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/*
 * Stable merge sort of the indices idx[0..n) of items by cmp_claim, with
 * tmp of n entries: the claims themselves (large structs) never move, and
 * equal ones keep their order, as the merge sort behind glibc's qsort kept
 * them. Runs already in order (each recogniser emits left to right) cost
 * one compare per merge.
 */
static void
sort_claims(const struct px_claim *items, size_t *idx, size_t *tmp, size_t n)
{
	size_t w = 0, i = 0;
	size_t *a = idx, *b = tmp;

	for (i = 0; i < n; i++)
		idx[i] = i;
	for (w = 1; w < n; w *= 2) {
		for (i = 0; i < n; i += 2 * w) {
			size_t mid = i + w < n ? i + w : n, end = i + 2 * w < n ? i + 2 * w : n;
			size_t l = i, r = mid, o = i;
			if (mid >= end || cmp_claim(&items[a[mid - 1]], &items[a[mid]]) <= 0) {
				memcpy(b + i, a + i, (end - i) * sizeof(*a));
				continue;
			}
			while (l < mid && r < end)
				b[o++] = cmp_claim(&items[a[r]], &items[a[l]]) < 0 ? a[r++] : a[l++];
			while (l < mid)
				b[o++] = a[l++];
			while (r < end)
				b[o++] = a[r++];
		}
		{
			size_t *t = a;
			a = b;
			b = t;
		}
	}
	if (a != idx)
		memcpy(idx, a, n * sizeof(*idx));
}

static int64_t
parse_ref(const char *d)
{
	int y = 0, m = 0, dd = 0;

	if (d == NULL || strlen(d) < 10)
		return INT64_MIN;
	if (sscanf(d, "%4d-%2d-%2d", &y, &m, &dd) != 3 || m < 1 || m > 12 || dd < 1 || dd > 31)
		return INT64_MIN;
	return px__days_from_civil(y, (unsigned)m, (unsigned)dd);
}

/* Token ranges of the doc's sentences: sent_tok[s] .. sent_tok[s + 1]. */
static px_status
sentence_tokens(const struct px_doc *doc, struct toks *tk, size_t **out)
{
	size_t *st = px_alloc((doc->n_sents + 1) * sizeof(*st));
	size_t s = 0, k = 0;

	*out = NULL;
	if (st == NULL)
		return PX_ENOMEM;
	for (s = 0; s < doc->n_sents; s++) {
		while (k < tk->n && tk->t[k].start < doc->sents[s].start)
			k++;
		st[s] = k;
		if (k < tk->n)
			tk->t[k].flags |= TF_SENT;
	}
	st[doc->n_sents] = tk->n;
	*out = st;
	return PX_OK;
}

static size_t
sentence_end_tok(const struct px_doc *doc, const struct toks *tk, size_t s,
		 size_t from, size_t next)
{
	size_t k = from;

	/* Most often the next sentence's first token (next) is the answer:
	   token ends increase (tokens are in order and never overlap), so
	   when the token before next ends inside sentence s and next does
	   not, the walk below would stop at next. */
	if (next > from && next <= tk->n && tk->t[next - 1].end <= doc->sents[s].end &&
	    (next == tk->n || tk->t[next].end > doc->sents[s].end))
		return next;

	while (k < tk->n && tk->t[k].end <= doc->sents[s].end)
		k++;
	return k;
}

px_status
px_claims_extract(const struct px_extractor *x, const struct px_doc *title,
		  const struct px_doc *text, const struct px_claims_opts *opts,
		  struct px_claims **out)
{
	struct px_claims *res = NULL;
	const struct px_doc *docs[2] = {title, text};
	struct toks tks[2];
	struct field_in fin[2];
	struct claim_sink sinks[2];
	struct date_ctx dc;
	struct ent_table et = {NULL, 0, 0};
	unsigned kinds = opts && opts->kinds ? opts->kinds : PX_CLAIMS_ALL;
	size_t nf = 0, f = 0, total = 0, max_n = 0;
	size_t order_stack[2 * SORT_STACK];
	size_t *order = order_stack;
	px_status st = PX_OK;

	*out = NULL;
	memset(tks, 0, sizeof tks);
	memset(fin, 0, sizeof fin);
	memset(sinks, 0, sizeof sinks);
	res = px_calloc(1, sizeof(*res));
	if (res == NULL)
		return PX_ENOMEM;
	px_arena_init(&res->arena, 16 * 1024, 0);
	dc.ref_day = parse_ref(opts ? opts->date : NULL);

	for (f = 0; f < 2 && st == PX_OK; f++) {
		const struct px_doc *doc = docs[f];
		size_t s = 0;
		if (doc == NULL)
			continue;
		st = px__cl_toks_make(x, doc->text, doc->len, &tks[nf]);
		if (st)
			break;
		fin[nf].doc = doc;
		fin[nf].tk = &tks[nf];
		fin[nf].field = f == 0 ? PX_FIELD_TITLE : PX_FIELD_TEXT;
		st = sentence_tokens(doc, &tks[nf], &fin[nf].sent_tok);
		if (st)
			break;
		sinks[nf].arena = &res->arena;
		sinks[nf].field = fin[nf].field;
		/* about one claim per eight tokens in news text: reserved at
		   once rather than grown through several copies */
		st = px_grow((void **)&sinks[nf].items, &sinks[nf].cap, tks[nf].n / 8 + 8,
			     sizeof(*sinks[nf].items));
		if (st)
			break;
		for (s = 0; s < doc->n_sents; s++) {
			size_t t0 = fin[nf].sent_tok[s];
			size_t t1 = sentence_end_tok(doc, &tks[nf], s, t0, fin[nf].sent_tok[s + 1]);
			sinks[nf].sentence = s;
			px__cl_dates_sentence(x, &tks[nf], t0, t1, &dc, &sinks[nf]);
			if (kinds & PX_CLAIMS_QUANTITIES)
				px__cl_quantities_sentence(x, &tks[nf], t0, t1, &sinks[nf]);
		}
		nf++;
	}
	if (st == PX_OK && (kinds & (PX_CLAIMS_ENTITIES | PX_CLAIMS_QUOTES)))
		st = px__cl_entities(x, fin, nf, sinks, &et);
	if (st == PX_OK && (kinds & PX_CLAIMS_QUOTES))
		st = px__cl_quotes(x, fin, nf, sinks, &et);
	for (f = 0; f < nf && st == PX_OK; f++)
		if (sinks[f].failed)
			st = sinks[f].failed;
	/* Gather: fix sentence indices from offsets, drop unrequested kinds. */
	for (f = 0; f < nf && st == PX_OK; f++)
		total += sinks[f].n;
	if (st == PX_OK && total > 0) {
		res->items = px_alloc(total * sizeof(*res->items));
		if (res->items == NULL)
			st = PX_ENOMEM;
	}
	for (f = 0; f < nf && st == PX_OK; f++)
		if (sinks[f].n > max_n)
			max_n = sinks[f].n;
	if (st == PX_OK && max_n > SORT_STACK) {
		order = px_alloc(2 * max_n * sizeof(*order));
		if (order == NULL)
			st = PX_ENOMEM;
	}
	for (f = 0; f < nf && st == PX_OK; f++) {
		const struct px_doc *doc = fin[f].doc;
		size_t k = 0, s = 0;
		sort_claims(sinks[f].items, order, order + max_n, sinks[f].n);
		for (k = 0; k < sinks[f].n; k++) {
			struct px_claim *c = &sinks[f].items[order[k]];
			unsigned bit = c->kind == PX_CLAIM_QUANTITY ? PX_CLAIMS_QUANTITIES
				       : c->kind == PX_CLAIM_DATE   ? PX_CLAIMS_DATES
				       : c->kind == PX_CLAIM_QUOTE  ? PX_CLAIMS_QUOTES
				       : c->kind == PX_CLAIM_REPORTED ? PX_CLAIMS_QUOTES
								    : PX_CLAIMS_ENTITIES;
			if (!(kinds & bit))
				continue;
			/* the last sentence starting at or before the claim: claims
			   come in order of start, so the walk goes forward only */
			while (s + 1 < doc->n_sents && doc->sents[s + 1].start <= c->start)
				s++;
			c->sentence = s;
			res->items[res->n++] = *c;
		}
	}
	if (order != order_stack)
		px_free(order);
	px_free(et.m);
	for (f = 0; f < 2; f++) {
		px__cl_toks_release(&tks[f]);
		px_free(fin[f].sent_tok);
		px_free(sinks[f].items);
	}
	if (st) {
		px_claims_free(res);
		return st;
	}
	*out = res;
	return PX_OK;
}

void
px_claims_free(struct px_claims *c)
{
	if (c == NULL)
		return;
	px_free(c->items);
	px_arena_release(&c->arena);
	px_free(c);
}

const char *
px_claim_kind_name(enum px_claim_kind k)
{
	switch (k) {
	case PX_CLAIM_QUANTITY:
		return "quantity";
	case PX_CLAIM_DATE:
		return "date";
	case PX_CLAIM_QUOTE:
	case PX_CLAIM_REPORTED: /* §5 has four kinds: "reported": true tells it */
		return "quote";
	case PX_CLAIM_ENTITY:
		return "entity";
	}
	return "unknown";
}

const char *
px_field_name(enum px_field f)
{
	return f == PX_FIELD_TITLE ? "title" : "text";
}

const char *
px_approx_name(enum px_approx a)
{
	static const char *const names[] = {"=", "~", "<", "<=", ">", ">=", "range"};

	if ((unsigned)a > PX_APPROX_RANGE)
		return "=";
	return names[a];
}

/* JSON numbers: integers exactly, others with 15 significant digits. */
static void
put_num(struct px_buf *b, double v)
{
	if (!isfinite(v))
		v = 0;
	if (v == 0)
		v = 0; /* no "-0" */
	if (v == floor(v) && fabs(v) < 1e15)
		px_buf_printf(b, "%.0f", v);
	else
		px_buf_printf(b, "%.15g", v);
}

static void
put_str_or_null(struct px_buf *b, const char *s)
{
	if (s)
		px_buf_put_json_str(b, s, strlen(s));
	else
		px_buf_puts(b, "null");
}

px_status
px_claim_to_json(const struct px_claim *c, const char *article,
		 const char *text, size_t len, struct px_buf *b)
{
	if (c->end > len || c->start > c->end)
		return PX_EINVAL;
	px_buf_puts(b, "{\"article\":");
	px_buf_put_json_str(b, article, strlen(article));
	px_buf_printf(b, ",\"field\":\"%s\",\"sentence\":%zu,\"start\":%zu,\"end\":%zu,\"text\":",
		      px_field_name(c->field), c->sentence, c->start, c->end);
	px_buf_put_json_str(b, text + c->start, c->end - c->start);
	px_buf_printf(b, ",\"kind\":\"%s\"", px_claim_kind_name(c->kind));
	switch (c->kind) {
	case PX_CLAIM_QUANTITY: {
		const struct px_quantity *q = &c->u.quantity;
		px_buf_puts(b, ",\"value\":");
		put_num(b, q->value);
		px_buf_puts(b, ",\"low\":");
		put_num(b, q->low);
		px_buf_puts(b, ",\"high\":");
		put_num(b, q->high);
		px_buf_printf(b, ",\"approx\":\"%s\",\"unit\":", px_approx_name(q->approx));
		put_str_or_null(b, q->unit ? q->unit : "");
		px_buf_puts(b, ",\"counts\":");
		put_str_or_null(b, q->counts);
		px_buf_puts(b, ",\"class\":");
		put_str_or_null(b, q->cls);
		if (q->flags & PX_QTY_SCORE) {
			px_buf_puts(b, ",\"score\":[");
			put_num(b, q->value);
			px_buf_putc(b, ',');
			put_num(b, q->second);
			px_buf_putc(b, ']');
		}
		if (q->flags & PX_QTY_VAGUE)
			px_buf_puts(b, ",\"vague\":true");
		if (q->counted) {
			px_buf_puts(b, ",\"counted\":");
			put_str_or_null(b, q->counted);
		}
		if (q->per) {
			px_buf_puts(b, ",\"per\":");
			put_str_or_null(b, q->per);
		}
		if (q->flags & PX_QTY_CHANGE) {
			px_buf_puts(b, ",\"from\":");
			put_num(b, q->from);
		}
		break;
	}
	case PX_CLAIM_DATE:
		px_buf_puts(b, ",\"value\":");
		put_str_or_null(b, c->u.date.value ? c->u.date.value : "");
		px_buf_puts(b, ",\"granularity\":");
		put_str_or_null(b, c->u.date.granularity ? c->u.date.granularity : "day");
		if (c->u.date.relative)
			px_buf_puts(b, ",\"relative\":true");
		break;
	case PX_CLAIM_QUOTE:
	case PX_CLAIM_REPORTED:
		px__cl_quote_json(&c->u.quote, b);
		break;
	case PX_CLAIM_ENTITY:
		px_buf_puts(b, ",\"name\":");
		put_str_or_null(b, c->u.entity.name ? c->u.entity.name : "?");
		px_buf_puts(b, ",\"type\":");
		put_str_or_null(b, c->u.entity.type ? c->u.entity.type : "other");
		px_buf_puts(b, ",\"canonical\":");
		put_str_or_null(b, c->u.entity.canonical ? c->u.entity.canonical : c->u.entity.name);
		if (c->u.entity.role) {
			px_buf_puts(b, ",\"role\":");
			put_str_or_null(b, c->u.entity.role);
		}
		break;
	}
	px_buf_putc(b, '}');
	return b->failed;
}
