/*
 * Provenance of a story's claims in the report: the origins of every
 * independent article (src/lib/compare/provenance.c), the origins behind
 * each agreement and conflict, and the writers of the provenance view.
 *
 * An evidence sentence rests on the origin px_origins_of_sentence() gives;
 * without one it is the article's own reporting, named after its outlet
 * (px_article.source) or, when unknown, its id. Origins are the same when
 * their keys (px_origin_key) are equal, so "The Halden Courier" cited by
 * one article and the Halden Courier's own article are one origin.
 * Anonymous sources are never merged across articles: nothing says two
 * articles' unnamed sources are the same people.
 *
 * Invariants: independent == n_names >= 1 for every fact with evidence; a
 * conflict is a relay exactly when all its evidence rests on one origin
 * that is not an article's own reporting. Everything lives in the
 * provenance arena of the story.
 */
#include <string.h>

#include "parallax/provenance.h"
#include "report_internal.h"

#define KEY_MAX 128

/* The display name and key of an evidence sentence's origin. */
struct origin_ref {
	const char *name;
	char key[KEY_MAX + 32];
	enum px_origin_kind kind;
	const struct px_outlet *outlet; /* in the source table, or NULL */
};

/*
 * Keys computed once per story, so that resolving an evidence sentence's
 * origin compares keys instead of recomputing them: the key of every
 * outlet name in px_provenance.outlets, and per comparison input the name,
 * key and table outlet of its own reporting.
 */
struct px_provenance_cache {
	const char **outlet_key; /* in the provenance's arena, each at its length:
				    KEY_MAX bytes each held 33 MB at the report's
				    peak on bench-news */
	size_t *outlet_key_len;
	const char **own_name;
	const char **own_key;
	const struct px_outlet **own_outlet;
	const struct px_source_table *table;
};

/* The own reporting of comparison input art, from the keys computed once
   per story (story_outlets). */
static void
own_of(const struct px_provenance_cache *c, size_t art, struct origin_ref *o)
{
	o->name = c->own_name[art];
	o->kind = PX_ORIGIN_OWN;
	o->outlet = c->own_outlet[art];
	memcpy(o->key, c->own_key[art], strlen(c->own_key[art]) + 1);
}

/* Whether key k (kl bytes) ends with the words of key w (wl bytes):
   "halden courier" ends with "courier". */
static int
ends_with_words(const char *k, size_t kl, const char *w, size_t wl)
{
	if (wl == 0 || wl > kl)
		return 0;
	return memcmp(k + kl - wl, w, wl) == 0 && (kl == wl || k[kl - wl - 1] == ' ');
}

/* The story's display name of an outlet: the first listed outlet whose
   key equals or ends with the words of this one. */
static const char *
outlet_canonical(const struct px_provenance *p, const char *name)
{
	char k[KEY_MAX];
	size_t i, kl = px_origin_key(name, k, sizeof k);

	for (i = 0; i < p->n_outlets; i++)
		if (ends_with_words(p->cache->outlet_key[i], p->cache->outlet_key_len[i], k, kl))
			return p->outlets[i];
	return name;
}

/*
 * The origin of a sentence. With independence set, a document or
 * anonymous source that an article cited by the others relies on counts
 * as that article's own reporting: its relays reach it only through that
 * article, so the article is the origin they share. *item is the origin
 * found in the text (NONE for own reporting).
 */
static void
origin_of(const struct px_report *r, const struct px_report_story *s,
	  const struct px_provenance *p, size_t art, enum px_field field,
	  size_t sentence, int independence, struct origin_ref *o, size_t *item)
{
	const struct px_article *a = px__story_article(r, s, art)->a;
	const struct px_origins *org = art < p->n_sources ? p->sources[art] : NULL;
	size_t g = px_origins_of_sentence(org, field, sentence);

	*item = PX_ORIGIN_NONE;
	if (g == PX_ORIGIN_NONE ||
	    (independence && p->cited && p->cited[art] &&
	     (org->items[g].kind == PX_ORIGIN_DOCUMENT || org->items[g].kind == PX_ORIGIN_ANONYMOUS))) {
		own_of(p->cache, art, o);
		return;
	}
	o->name = org->items[g].name;
	o->kind = org->items[g].kind;
	o->outlet = NULL;
	if (o->kind == PX_ORIGIN_OUTLET)
		o->name = outlet_canonical(p, o->name);
	if (o->kind == PX_ORIGIN_ANONYMOUS) {
		/* Unnamed sources of different articles stay apart. */
		size_t n = px_origin_key(o->name, o->key, KEY_MAX);
		size_t idl = strlen(a->id);
		if (idl > 30)
			idl = 30;
		o->key[n] = '@';
		memcpy(o->key + n + 1, a->id, idl);
		o->key[n + 1 + idl] = '\0';
	} else {
		px_origin_key(o->name, o->key, KEY_MAX);
		if (o->kind == PX_ORIGIN_OUTLET) {
			o->outlet = px_source_table_find(p->cache->table, o->name, NULL);
			/* A wire's own dateline credit, or an outlet citing itself,
			   is its own reporting. */
			if (strcmp(p->cache->own_key[art], o->key) == 0 ||
			    (o->outlet && o->outlet == p->cache->own_outlet[art])) {
				own_of(p->cache, art, o);
				return;
			}
		}
	}
	*item = g;
}

static size_t
family_root(const size_t *family, size_t k)
{
	while (family[k] != k)
		k = family[k];
	return k;
}

/*
 * Fold the distinct origins of a fact into families of outlets that are
 * not independent (source table: one owner, a wire and its subscribers):
 * family[k] is the first name of k's family. Returns the families.
 */
static size_t
fold_families(const struct px_outlet *const *outlets, size_t n, size_t *family)
{
	size_t i, k, roots = n;

	for (i = 0; i < n; i++)
		family[i] = i;
	for (i = 0; i < n; i++) {
		for (k = 0; k < i; k++) {
			size_t ri = family_root(family, i), rk = family_root(family, k);
			if (ri == rk || !px_outlets_dependent(outlets[i], outlets[k]))
				continue;
			if (ri < rk)
				family[rk] = ri;
			else
				family[ri] = rk;
			roots--;
		}
	}
	for (i = 0; i < n; i++)
		family[i] = family_root(family, i);
	return roots;
}

/* The name a family of dependent outlets goes by: the wire the others
   take copy from, else their common owner, else its first name. */
static const char *
family_name(const struct px_fact_origins *f, const struct px_outlet *const *outlets,
	    size_t root)
{
	size_t i, k;

	for (i = 0; i < f->n_names; i++) {
		if (f->family[i] != root || !outlets[i])
			continue;
		for (k = 0; k < f->n_names; k++) {
			size_t w;
			if (k == i || f->family[k] != root || !outlets[k])
				continue;
			for (w = 0; w < outlets[k]->n_wires; w++) {
				char a[KEY_MAX], b[KEY_MAX];
				px_origin_key(outlets[k]->wires[w], a, sizeof a);
				px_origin_key(outlets[i]->name, b, sizeof b);
				if (strcmp(a, b) == 0)
					return f->names[i];
			}
		}
	}
	for (i = 0; i < f->n_names; i++)
		if (f->family[i] == root && outlets[i] && outlets[i]->owner)
			return outlets[i]->owner;
	return f->names[root];
}

/* The origins behind a set of evidence items. */
static px_status
fact_origins(const struct px_report *r, const struct px_report_story *s,
	     struct px_provenance *p, const struct px_evidence *const *ev,
	     const size_t *n_ev, size_t n_lists, struct px_fact_origins *f)
{
	size_t total = 0, l, e, k, n_own = 0;
	char(*keys)[KEY_MAX + 32] = NULL;
	const struct px_outlet **outlets = NULL;
	px_status st = PX_OK;

	for (l = 0; l < n_lists; l++)
		total += n_ev[l];
	memset(f, 0, sizeof *f);
	if (total == 0)
		goto cleanup;
	keys = px_alloc(total * sizeof *keys);
	outlets = px_alloc(total * sizeof *outlets);
	f->names = px_arena_alloc(&p->arena, total * sizeof *f->names);
	f->anonymous = px_arena_alloc(&p->arena, total * sizeof *f->anonymous);
	f->family = px_arena_alloc(&p->arena, total * sizeof *f->family);
	if (!keys || !outlets || !f->names || !f->anonymous || !f->family) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	for (l = 0; l < n_lists; l++) {
		for (e = 0; e < n_ev[l]; e++) {
			const struct px_evidence *x = &ev[l][e];
			struct origin_ref o;
			size_t item = 0;
			origin_of(r, s, p, x->article, x->field, x->sentence, 1, &o, &item);
			if (o.kind == PX_ORIGIN_OWN)
				n_own++;
			if (o.kind == PX_ORIGIN_ANONYMOUS) {
				for (k = 0; k < f->n_anonymous && f->anonymous[k] != x->article; k++)
					;
				if (k == f->n_anonymous)
					f->anonymous[f->n_anonymous++] = x->article;
			}
			for (k = 0; k < f->n_names && strcmp(keys[k], o.key) != 0; k++)
				;
			if (k == f->n_names) {
				memcpy(keys[k], o.key, sizeof keys[k]);
				outlets[k] = o.outlet;
				f->names[f->n_names++] = o.name;
			}
		}
	}
	f->independent = fold_families(outlets, f->n_names, f->family);
	/* One origin behind every side, and it is not one article's own
	   reporting: the sides relay it (a relay discrepancy when they
	   disagree). Outlets of one family count as one origin: a wire and
	   the outlets that run its copy, or papers of one owner. */
	if (f->n_names == 1 && n_own < total) {
		f->relay = 1;
		f->relay_origin = f->names[0];
	} else if (f->n_names > 1 && f->independent == 1) {
		f->relay = 1;
		f->relay_origin = family_name(f, outlets, 0);
	}
cleanup:
	px_free(keys);
	px_free(outlets);
	return st;
}

/* Count the claims of article i by origin. The counts are gathered in
   scratch space sized for one origin per claim and copied into the
   provenance at their number: sized per claim in the arena, they held
   about 20 MB at the report's peak on bench-news for a few origins each. */
static px_status
article_origins(const struct px_report *r, const struct px_report_story *s,
		struct px_provenance *p, size_t i)
{
	const struct px_report_article *ra = px__story_article(r, s, i);
	const struct px_claims *cl = ra->claims;
	struct px_provenance_article *pa = &p->articles[i];
	size_t cap = (cl ? cl->n : 0) + 1, c, k = 0;
	char(*keys)[KEY_MAX + 32] = NULL;
	struct px_origin_count *origins = NULL;
	px_status st = PX_OK;

	pa->article = i;
	pa->origins = NULL;
	pa->n_origins = 0;
	origins = px_alloc(cap * sizeof *origins);
	keys = px_alloc(cap * sizeof *keys);
	if (!origins || !keys) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	for (c = 0; cl && c < cl->n; c++) {
		const struct px_claim *x = &cl->items[c];
		struct origin_ref o;
		size_t item = 0;
		if (x->kind == PX_CLAIM_ENTITY)
			continue;
		/* Claims of one sentence share its origin. */
		if (c > 0 && pa->n_origins && cl->items[c - 1].kind != PX_CLAIM_ENTITY &&
		    cl->items[c - 1].field == x->field && cl->items[c - 1].sentence == x->sentence) {
			origins[k].claims++;
			continue;
		}
		origin_of(r, s, p, i, x->field, x->sentence, 0, &o, &item);
		for (k = 0; k < pa->n_origins && strcmp(keys[k], o.key) != 0; k++)
			;
		if (k == pa->n_origins) {
			memcpy(keys[k], o.key, sizeof keys[k]);
			origins[k].name = o.name;
			origins[k].kind = o.kind;
			origins[k].claims = 0;
			pa->n_origins++;
		}
		origins[k].claims++;
	}
	/* An article that cites nothing still has its own reporting. */
	if (pa->n_origins == 0) {
		struct origin_ref o;
		own_of(p->cache, i, &o);
		origins[0].name = o.name;
		origins[0].kind = PX_ORIGIN_OWN;
		origins[0].claims = 0;
		pa->n_origins = 1;
	}
	pa->origins = px_arena_alloc(&p->arena, pa->n_origins * sizeof *pa->origins);
	if (!pa->origins) {
		pa->n_origins = 0;
		st = PX_ENOMEM;
		goto cleanup;
	}
	memcpy(pa->origins, origins, pa->n_origins * sizeof *pa->origins);
cleanup:
	px_free(origins);
	px_free(keys);
	return st;
}

static int
cmp_len_desc(const void *x, const void *y)
{
	size_t a = strlen(*(const char *const *)x), b = strlen(*(const char *const *)y);

	return a > b ? -1 : a < b;
}

/* The story's outlet names (longest first, so a short form folds onto the
   fullest), their keys, the own reporting of every article, and which
   articles the others cite. sources[i] is article i's outlet name (the
   source table's when it maps the article). */
static px_status
story_outlets(const struct px_report *r, const struct px_report_story *s,
	      struct px_provenance *p, const char **sources, size_t n)
{
	struct px_provenance_cache *c = p->cache;
	size_t i, k, g, total = n, n_cites = 0;
	char(*cite_key)[KEY_MAX] = NULL;
	const struct px_outlet **cite_outlet = NULL;
	size_t *cite_by = NULL;

	for (i = 0; i < n; i++)
		total += p->sources[i]->n;
	p->outlets = px_arena_alloc(&p->arena, (total + 1) * sizeof *p->outlets);
	p->cited = px_arena_alloc(&p->arena, (n + 1) * sizeof *p->cited);
	c->outlet_key = px_arena_alloc(&p->arena, (total + 1) * sizeof *c->outlet_key);
	c->outlet_key_len = px_arena_alloc(&p->arena, (total + 1) * sizeof *c->outlet_key_len);
	c->own_name = px_arena_alloc(&p->arena, (n + 1) * sizeof *c->own_name);
	c->own_key = px_arena_alloc(&p->arena, (n + 1) * sizeof *c->own_key);
	if (!p->outlets || !p->cited || !c->outlet_key || !c->outlet_key_len || !c->own_name ||
	    !c->own_key)
		return PX_ENOMEM;
	memset(p->cited, 0, (n + 1) * sizeof *p->cited);
	for (i = 0; i < n; i++)
		if (sources[i] && sources[i][0])
			p->outlets[p->n_outlets++] = sources[i];
	/* Sources first, each cited name after: a stable sort by length keeps
	   an article's own spelling ahead of a cited one of equal length. */
	for (i = 0; i < n; i++)
		for (k = 0; k < p->sources[i]->n; k++)
			if (p->sources[i]->items[k].kind == PX_ORIGIN_OUTLET)
				p->outlets[p->n_outlets++] = p->sources[i]->items[k].name;
	for (i = 1; i < p->n_outlets; i++) {
		const char *x = p->outlets[i];
		size_t j = i;
		while (j > 0 && cmp_len_desc(&p->outlets[j - 1], &x) > 0) {
			p->outlets[j] = p->outlets[j - 1];
			j--;
		}
		p->outlets[j] = x;
	}
	for (i = 0; i < p->n_outlets; i++) {
		char key[KEY_MAX];
		c->outlet_key_len[i] = px_origin_key(p->outlets[i], key, KEY_MAX);
		c->outlet_key[i] = px_arena_strndup(&p->arena, key, c->outlet_key_len[i]);
		if (!c->outlet_key[i])
			return PX_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		const struct px_article *a = px__story_article(r, s, i)->a;
		char key[KEY_MAX];
		size_t kl = 0;
		if (sources[i] && sources[i][0])
			c->own_name[i] = outlet_canonical(p, sources[i]);
		else
			c->own_name[i] = a->id;
		kl = px_origin_key(c->own_name[i], key, KEY_MAX);
		c->own_key[i] = px_arena_strndup(&p->arena, key, kl);
		if (!c->own_key[i])
			return PX_ENOMEM;
	}
	/* An article is cited when another names its outlet (or, with a
	   source table, an outlet the table says is the same). The key and
	   table outlet of every outlet an article names, once per story. */
	cite_key = px_alloc((total + 1) * sizeof *cite_key);
	cite_outlet = px_alloc((total + 1) * sizeof *cite_outlet);
	cite_by = px_alloc((total + 1) * sizeof *cite_by);
	if (!cite_key || !cite_outlet || !cite_by) {
		px_free(cite_key);
		px_free(cite_outlet);
		px_free(cite_by);
		return PX_ENOMEM;
	}
	for (k = 0; k < n; k++) {
		for (g = 0; g < p->sources[k]->n; g++) {
			const char *nm = NULL;
			if (p->sources[k]->items[g].kind != PX_ORIGIN_OUTLET)
				continue;
			nm = outlet_canonical(p, p->sources[k]->items[g].name);
			px_origin_key(nm, cite_key[n_cites], KEY_MAX);
			cite_outlet[n_cites] = c->table ? px_source_table_find(c->table, nm, NULL) : NULL;
			cite_by[n_cites++] = k;
		}
	}
	for (i = 0; i < n; i++) {
		if (!sources[i] || !sources[i][0])
			continue;
		for (g = 0; g < n_cites && !p->cited[i]; g++) {
			if (cite_by[g] == i)
				continue;
			if (strcmp(c->own_key[i], cite_key[g]) == 0 ||
			    (c->own_outlet[i] && cite_outlet[g] == c->own_outlet[i]))
				p->cited[i] = 1;
		}
	}
	px_free(cite_key);
	px_free(cite_outlet);
	px_free(cite_by);
	return PX_OK;
}

static px_status
story_build(struct px_report *r, struct px_report_story *s,
	    const struct px_attributor *at)
{
	struct px_provenance *p = NULL;
	const char **outlets = NULL, **names = NULL;
	struct px_map *seen = NULL;
	size_t i, n = s->n_sources, n_names = 0;
	px_status st = PX_OK;

	p = px_calloc(1, sizeof *p);
	outlets = px_calloc(n + 1, sizeof *outlets);
	names = px_calloc(n + 1, sizeof *names);
	if (!p || !outlets || !names) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	px_arena_init(&p->arena, 4096, 0);
	p->n_sources = n;
	p->sources = px_arena_alloc(&p->arena, (n + 1) * sizeof *p->sources);
	p->articles = px_arena_alloc(&p->arena, (n + 1) * sizeof *p->articles);
	p->outlet = px_arena_alloc(&p->arena, (n + 1) * sizeof *p->outlet);
	p->cache = px_arena_alloc(&p->arena, sizeof *p->cache);
	if (!p->sources || !p->articles || !p->outlet || !p->cache) {
		st = PX_ENOMEM;
		goto cleanup;
	}
	memset(p->sources, 0, (n + 1) * sizeof *p->sources);
	memset(p->articles, 0, (n + 1) * sizeof *p->articles);
	memset(p->cache, 0, sizeof *p->cache);
	p->cache->table = r->opts.sources;
	p->cache->own_outlet = p->outlet;
	for (i = 0; i < n; i++) {
		const struct px_article *a = px__story_article(r, s, i)->a;
		p->outlet[i] = px_source_table_article(r->opts.sources, a);
		outlets[i] = p->outlet[i] ? p->outlet[i]->name : a->source;
	}
	/* px_origins_extract reads its outlets only to tell whether a name is
	   one of them, and makes a key of each for every article: each name
	   once (a story of hundreds of articles has a few dozen sources; the
	   keys of all of them for each article were 0.6% of bench-news). */
	st = px_map_new(&seen);
	for (i = 0; i < n && st == PX_OK; i++) {
		uint32_t id = 0;
		int added = 0;
		if (outlets[i] == NULL)
			continue;
		st = px_map_intern(seen, outlets[i], strlen(outlets[i]), &id, &added);
		if (st == PX_OK && added)
			names[n_names++] = outlets[i];
	}
	for (i = 0; i < n && st == PX_OK; i++) {
		const struct px_report_article *ra = px__story_article(r, s, i);
		st = px_origins_extract(at, ra->a->title ? &ra->title : NULL, &ra->text, ra->claims,
					names, n_names, &p->sources[i]);
		if (st == PX_OK)
			st = px_origins_set_own(p->sources[i], outlets[i]);
	}
	if (st == PX_OK)
		st = story_outlets(r, s, p, outlets, n);
	for (i = 0; i < n && st == PX_OK; i++)
		st = article_origins(r, s, p, i);
	if (st == PX_OK && s->cmp) {
		const struct px_comparison *c = s->cmp;
		p->n_agreements = c->n_agreements;
		p->n_conflicts = c->n_conflicts;
		p->agreements = px_arena_alloc(&p->arena, (c->n_agreements + 1) * sizeof *p->agreements);
		p->conflicts = px_arena_alloc(&p->arena, (c->n_conflicts + 1) * sizeof *p->conflicts);
		if (!p->agreements || !p->conflicts) {
			st = PX_ENOMEM;
			goto cleanup;
		}
		for (i = 0; i < c->n_agreements && st == PX_OK; i++) {
			const struct px_evidence *ev = c->agreements[i].evidence;
			size_t ne = c->agreements[i].n_evidence;
			st = fact_origins(r, s, p, &ev, &ne, 1, &p->agreements[i]);
			p->agreements[i].n_articles = c->agreements[i].n_articles;
		}
		for (i = 0; i < c->n_conflicts && st == PX_OK; i++) {
			const struct px_conflict *cf = &c->conflicts[i];
			const struct px_evidence *lists[16];
			size_t ns[16], k, na = 0, m = cf->n_positions < 16 ? cf->n_positions : 16;
			for (k = 0; k < m; k++) {
				lists[k] = cf->positions[k].evidence;
				ns[k] = cf->positions[k].n_evidence;
				na += cf->positions[k].n_articles;
			}
			st = fact_origins(r, s, p, lists, ns, m, &p->conflicts[i]);
			p->conflicts[i].n_articles = na;
		}
	}
	if (st == PX_OK) {
		s->provenance = p;
		p = NULL;
	}
cleanup:
	px_map_free(seen);
	px_free(names);
	px_free(outlets);
	px__provenance_free(p);
	return st;
}

px_status
px__provenance_build(struct px_report *r, const struct px_attributor *at)
{
	struct px_attributor *own = NULL;
	size_t i;
	px_status st = PX_OK;

	if (at == NULL) {
		st = px_attributor_new(&own);
		at = own;
	}
	for (i = 0; st == PX_OK && i < r->n_stories; i++)
		st = story_build(r, &r->stories[i], at);
	px_attributor_free(own);
	return st;
}

void
px__provenance_free(struct px_provenance *p)
{
	size_t i;

	if (!p)
		return;
	for (i = 0; p->sources && i < p->n_sources; i++)
		px_origins_free(p->sources[i]);
	px_arena_release(&p->arena);
	px_free(p);
}

/* ------------------------------------------------------------- JSON */

static void
json_fact(struct px_buf *b, const struct px_fact_origins *f, int conflict)
{
	size_t k;

	px__puts(b, ",\"origins\":[");
	for (k = 0; k < f->n_names; k++) {
		if (k)
			px__putc(b, ',');
		px_buf_put_json_str(b, f->names[k], strlen(f->names[k]));
	}
	px__puts(b, "],\"independent\":");
	px__put_size(b, f->independent);
	if (f->independent < f->n_names) {
		/* The families of outlets the source table says are one origin. */
		size_t r, any = 0;
		px__puts(b, ",\"dependent\":[");
		for (r = 0; r < f->n_names; r++) {
			size_t m = 0;
			if (f->family[r] != r)
				continue;
			for (k = r + 1; k < f->n_names; k++)
				m += f->family[k] == r;
			if (m == 0)
				continue;
			px__puts(b, any++ ? ",[" : "[");
			for (k = r; k < f->n_names; k++) {
				if (f->family[k] != r)
					continue;
				if (k != r)
					px__putc(b, ',');
				px_buf_put_json_str(b, f->names[k], strlen(f->names[k]));
			}
			px__putc(b, ']');
		}
		px__putc(b, ']');
	}
	if (conflict) {
		px__puts(b, f->relay ? ",\"relay\":true" : ",\"relay\":false");
		if (f->relay) {
			px__puts(b, ",\"relay_origin\":");
			px_buf_put_json_str(b, f->relay_origin, strlen(f->relay_origin));
		}
	}
}

static void
json_str_or_null(struct px_buf *b, const char *v)
{
	if (v)
		px_buf_put_json_str(b, v, strlen(v));
	else
		px__puts(b, "null");
}

/* The article's outlet in the source table. */
static void
json_outlet(struct px_buf *b, const struct px_outlet *o)
{
	size_t k;

	px__puts(b, ",\"outlet\":{\"name\":");
	json_str_or_null(b, o->name);
	px__puts(b, ",\"owner\":");
	json_str_or_null(b, o->owner);
	px__puts(b, ",\"wires\":[");
	for (k = 0; k < o->n_wires; k++) {
		if (k)
			px__putc(b, ',');
		json_str_or_null(b, o->wires[k]);
	}
	px__puts(b, "],\"country\":");
	json_str_or_null(b, o->country);
	px__puts(b, ",\"group\":");
	json_str_or_null(b, o->group);
	px__putc(b, '}');
}

void
px__provenance_json_evidence(struct px_buf *b, const struct px_report *r,
			     const struct px_report_story *s, const struct px_evidence *ev)
{
	const struct px_provenance *p = s->provenance;
	const struct px_article *a = NULL;
	const struct px_origin *x = NULL;
	struct origin_ref o;
	size_t item = PX_ORIGIN_NONE;
	const char *t = NULL;
	size_t tl = 0;

	if (!p || ev->article >= p->n_sources)
		return;
	origin_of(r, s, p, ev->article, ev->field, ev->sentence, 0, &o, &item);
	px__puts(b, ",\"origin\":{\"kind\":\"");
	px__puts(b, px_origin_kind_name(o.kind));
	px__puts(b, "\",\"name\":");
	px_buf_put_json_str(b, o.name, strlen(o.name));
	if (item == PX_ORIGIN_NONE) {
		px__puts(b, ",\"cue\":null,\"evidence\":null}");
		return;
	}
	x = &p->sources[ev->article]->items[item];
	a = px__story_article(r, s, ev->article)->a;
	t = x->field == PX_FIELD_TITLE ? a->title : a->text;
	tl = x->field == PX_FIELD_TITLE ? a->title_len : a->text_len;
	px__puts(b, ",\"cue\":");
	px_buf_put_json_str(b, x->cue, strlen(x->cue));
	px__puts(b, ",\"evidence\":{");
	px__json_span(b, x->field, x->sentence, x->start, x->end);
	if (t && x->start <= x->end && x->end <= tl) {
		px__puts(b, ",\"text\":");
		px_buf_put_json_str(b, t + x->start, x->end - x->start);
	}
	px__puts(b, "}}");
}

void
px__provenance_json_story(struct px_buf *b, const struct px_report *r,
			  const struct px_report_story *s)
{
	const struct px_provenance *p = s->provenance;
	size_t i, k;

	if (!p)
		return;
	px__puts(b, ",\"provenance\":[");
	for (i = 0; i < p->n_sources; i++) {
		const struct px_provenance_article *pa = &p->articles[i];
		const struct px_article *a = px__story_article(r, s, i)->a;
		if (i)
			px__putc(b, ',');
		px__puts(b, "{\"article\":");
		px_buf_put_json_str(b, a->id, strlen(a->id));
		if (p->outlet && p->outlet[i])
			json_outlet(b, p->outlet[i]);
		px__puts(b, ",\"origins\":[");
		for (k = 0; k < pa->n_origins; k++) {
			const struct px_origin_count *oc = &pa->origins[k];
			if (k)
				px__putc(b, ',');
			px__puts(b, "{\"name\":");
			px_buf_put_json_str(b, oc->name, strlen(oc->name));
			px__puts(b, ",\"kind\":\"");
			px__puts(b, px_origin_kind_name(oc->kind));
			px__puts(b, "\",\"claims\":");
			px__put_size(b, oc->claims);
			px__putc(b, '}');
		}
		px__puts(b, "]}");
	}
	px__putc(b, ']');
}

void
px__provenance_json_agreement(struct px_buf *b, const struct px_report *r,
			      const struct px_report_story *s, size_t i)
{
	(void)r;
	if (s->provenance && i < s->provenance->n_agreements)
		json_fact(b, &s->provenance->agreements[i], 0);
}

void
px__provenance_json_conflict(struct px_buf *b, const struct px_report *r,
			     const struct px_report_story *s, size_t i)
{
	(void)r;
	if (s->provenance && i < s->provenance->n_conflicts)
		json_fact(b, &s->provenance->conflicts[i], 1);
}

/* ------------------------------------------------------ text and HTML */

/* Whether the story has anything beyond own reporting to show: a cited
   origin, a relay, or an agreement of more outlets than origins. Stories
   whose outlets all report on their own print no provenance section. */
static int
worth_showing(const struct px_provenance *p)
{
	size_t i, k;

	for (i = 0; p && i < p->n_agreements; i++)
		if (p->agreements[i].independent < p->agreements[i].n_names ||
		    p->agreements[i].independent < p->agreements[i].n_articles)
			return 1;
	for (i = 0; p && i < p->n_conflicts; i++)
		if (p->conflicts[i].independent < p->conflicts[i].n_names)
			return 1;
	for (i = 0; p && i < p->n_sources; i++)
		for (k = 0; k < p->articles[i].n_origins; k++)
			if (p->articles[i].origins[k].kind == PX_ORIGIN_OUTLET ||
			    p->articles[i].origins[k].kind == PX_ORIGIN_DOCUMENT ||
			    p->articles[i].origins[k].kind == PX_ORIGIN_ANONYMOUS)
				return 1;
	return 0;
}

typedef void (*put_fn)(struct px_buf *b, const char *s, size_t len);

static void
put_plain(struct px_buf *b, const char *s, size_t len)
{
	px_buf_append(b, s, len);
}

static void
put_html(struct px_buf *b, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '<': px__puts(b, "&lt;"); break;
		case '>': px__puts(b, "&gt;"); break;
		case '&': px__puts(b, "&amp;"); break;
		case '"': px__puts(b, "&quot;"); break;
		default: px__putc(b, s[i]); break;
		}
	}
}

static void
puts_with(struct px_buf *b, put_fn put, const char *s)
{
	put(b, s, strlen(s));
}

/* Shared body of the text, Markdown and HTML views; the markup of each
   line comes from the format's strings. */
struct view_marks {
	const char *head, *head_end, *sub, *sub_end, *item, *item_end, *list, *list_end;
	put_fn put;
};

static void
view(struct px_buf *b, const struct px_report *r, const struct px_report_story *s,
     const struct view_marks *m)
{
	const struct px_provenance *p = s->provenance;
	const struct px_comparison *c = s->cmp;
	size_t i, k, n_relay = 0, n_multi = 0;

	px__puts(b, m->head);
	px__puts(b, "Provenance");
	px__puts(b, m->head_end);
	px__puts(b, m->list);
	for (i = 0; i < p->n_sources; i++) {
		const struct px_provenance_article *pa = &p->articles[i];
		const struct px_article *a = px__story_article(r, s, i)->a;
		int first = 1;
		px__puts(b, m->item);
		puts_with(b, m->put, a->id);
		px__puts(b, ": ");
		for (k = 0; k < pa->n_origins; k++) {
			const struct px_origin_count *oc = &pa->origins[k];
			if (!first)
				px__puts(b, "; ");
			first = 0;
			if (oc->kind == PX_ORIGIN_OWN)
				px__puts(b, "own reporting");
			else {
				px__puts(b, oc->kind == PX_ORIGIN_OUTLET ? "cites " : "");
				puts_with(b, m->put, oc->name);
				px_buf_printf(b, " (%s)", px_origin_kind_name(oc->kind));
			}
			px_buf_printf(b, ", %zu claim%s", oc->claims, oc->claims == 1 ? "" : "s");
		}
		px__puts(b, m->item_end);
	}
	px__puts(b, m->list_end);
	for (i = 0; c && i < p->n_conflicts; i++)
		n_relay += p->conflicts[i].relay;
	for (i = 0; c && i < p->n_agreements; i++)
		n_multi += p->agreements[i].n_articles > p->agreements[i].independent;
	if (n_relay) {
		px__puts(b, m->sub);
		px_buf_printf(b, "Relay discrepancies (%zu)", n_relay);
		px__puts(b, m->sub_end);
		px__puts(b, m->list);
		for (i = 0; i < p->n_conflicts; i++) {
			const struct px_fact_origins *f = &p->conflicts[i];
			const struct px_conflict *cf = &c->conflicts[i];
			if (!f->relay)
				continue;
			px__puts(b, m->item);
			puts_with(b, m->put, px_conflict_kind_name(cf->kind));
			px__puts(b, " ");
			puts_with(b, m->put, cf->about ? cf->about : "");
			px__puts(b, ": ");
			for (k = 0; k < cf->n_positions; k++) {
				if (k)
					px__puts(b, " vs ");
				puts_with(b, m->put, cf->positions[k].value ? cf->positions[k].value : "");
			}
			px_buf_printf(b, "; %zu outlets, 1 origin: ", f->n_articles);
			puts_with(b, m->put, f->relay_origin);
			px__puts(b, " (settle it at the origin)");
			px__puts(b, m->item_end);
		}
		px__puts(b, m->list_end);
	}
	if (n_multi) {
		px__puts(b, m->sub);
		px__puts(b, "Agreements with fewer origins than outlets");
		px__puts(b, m->sub_end);
		px__puts(b, m->list);
		for (i = 0; i < p->n_agreements; i++) {
			const struct px_fact_origins *f = &p->agreements[i];
			if (f->n_articles <= f->independent)
				continue;
			px__puts(b, m->item);
			puts_with(b, m->put, c->agreements[i].about ? c->agreements[i].about : "");
			px_buf_printf(b, ": %zu outlets, %zu origin%s: ", f->n_articles, f->independent,
				      f->independent == 1 ? "" : "s");
			/* One family a group: "Nordwire + Coastline Radio". */
			for (k = 0; k < f->n_names; k++) {
				size_t j;
				if (f->family[k] != k)
					continue;
				if (k)
					px__puts(b, ", ");
				puts_with(b, m->put, f->names[k]);
				for (j = k + 1; j < f->n_names; j++) {
					if (f->family[j] != k)
						continue;
					px__puts(b, " + ");
					puts_with(b, m->put, f->names[j]);
				}
			}
			px__puts(b, m->item_end);
		}
		px__puts(b, m->list_end);
	}
	/* Claims that rest on anonymous sources or on a single document. */
	{
		int any = 0;
		for (i = 0; i < p->n_sources; i++) {
			const struct px_provenance_article *pa = &p->articles[i];
			for (k = 0; k < pa->n_origins; k++) {
				const struct px_origin_count *oc = &pa->origins[k];
				if ((oc->kind != PX_ORIGIN_ANONYMOUS && oc->kind != PX_ORIGIN_DOCUMENT) ||
				    oc->claims == 0)
					continue;
				if (!any) {
					px__puts(b, m->sub);
					px__puts(b, "Claims resting on anonymous sources or one document");
					px__puts(b, m->sub_end);
					px__puts(b, m->list);
					any = 1;
				}
				px__puts(b, m->item);
				puts_with(b, m->put, px__story_article(r, s, i)->a->id);
				px_buf_printf(b, ": %zu claim%s on ", oc->claims, oc->claims == 1 ? "" : "s");
				puts_with(b, m->put, oc->name);
				px__puts(b, m->item_end);
			}
		}
		if (any)
			px__puts(b, m->list_end);
	}
}

/* Code points of s[0..n), for columns. */
static size_t
columns(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

/* Copy text to b, breaking lines longer than 80 columns at spaces; the
   continuation lines are indented by 5 spaces. */
static void
wrap_lines(struct px_buf *b, const char *t, size_t n)
{
	size_t pos = 0;

	while (pos < n) {
		size_t e = pos, indent = 0;
		while (e < n && t[e] != '\n')
			e++;
		while (columns(t + pos, e - pos) + indent > 80) {
			size_t cut = pos, q;
			for (q = pos; q < e && columns(t + pos, q - pos) + indent <= 80; q++)
				if (t[q] == ' ')
					cut = q;
			if (cut <= pos + 5)
				break;
			if (indent)
				px__puts(b, "     ");
			px_buf_append(b, t + pos, cut - pos);
			px__putc(b, '\n');
			pos = cut + 1;
			indent = 5;
		}
		if (indent)
			px__puts(b, "     ");
		px_buf_append(b, t + pos, e - pos);
		if (e < n)
			px__putc(b, '\n');
		pos = e + 1;
	}
}

void
px__provenance_text(struct px_buf *b, const struct px_report *r,
		    const struct px_report_story *s, int markdown)
{
	static const struct view_marks md = {"\n### ", "\n\n", "\n**", "**\n\n", "- ", "\n",
					     "", "", put_plain};
	static const struct view_marks tx = {"\n   ", "\n", "   ", "\n", "   - ", "\n",
					     "", "", put_plain};

	struct px_buf tmp = PX_BUF_INIT;

	if (!s->provenance || !worth_showing(s->provenance))
		return;
	if (markdown) {
		view(b, r, s, &md);
		return;
	}
	view(&tmp, r, s, &tx);
	if (tmp.failed == PX_OK && tmp.data)
		wrap_lines(b, tmp.data, tmp.len);
	px_buf_release(&tmp);
}

void
px__provenance_html(struct px_buf *b, const struct px_report *r,
		    const struct px_report_story *s)
{
	static const struct view_marks h = {"<h3>", "</h3>", "<h4>", "</h4>", "<li>", "</li>",
					    "<ul class=\"provenance\">", "</ul>", put_html};

	if (!s->provenance || !worth_showing(s->provenance))
		return;
	view(b, r, s, &h);
}
