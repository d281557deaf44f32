/*
 * Article metadata from the compact DOM: title (og:title, JSON-LD headline,
 * h1, <title>, each without the site name), source (og:site_name, JSON-LD
 * publisher, else the URL's host), url (given, else canonical/og:url),
 * author, language (the html lang attribute) and the publication date.
 *
 * Dates, most trusted first: JSON-LD datePublished, meta
 * article:published_time and kin, itemprop=datePublished, <time pubdate>,
 * the URL's /YYYY/MM/DD/ path, elements whose class names a date, any
 * <time datetime>, weaker meta names, then date lines in the visible text
 * near the top of the page, then a modification date. A date after the
 * crawl time (plus one day of time-zone slack) or before 1995 is never
 * taken; a date in a copyright line is skipped.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <jansson.h>

#include "html_internal.h"

struct jsonld {
	const char *published;
	const char *created;
	const char *modified;
	const char *headline;
	const char *publisher;
	const char *author;
	int article; /* the published date came from an Article-like type */
};

static int
type_is_article(json_t *o)
{
	json_t *t = json_object_get(o, "@type");
	const char *s = NULL;

	if (json_is_array(t))
		t = json_array_get(t, 0);
	s = json_string_value(t);
	if (s == NULL)
		return 0;
	return strstr(s, "Article") != NULL || strstr(s, "Posting") != NULL ||
	       strstr(s, "Report") != NULL || strstr(s, "Blog") != NULL;
}

static const char *
name_of(json_t *v)
{
	if (json_is_array(v))
		v = json_array_get(v, 0);
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_object(v))
		return json_string_value(json_object_get(v, "name"));
	return NULL;
}

/* Walk a JSON-LD value iteratively, keeping the first useful fields. */
static void
jsonld_scan(json_t *root, struct jsonld *j)
{
	json_t *stack[64];
	size_t n = 0, visited = 0;

	stack[n++] = root;
	while (n > 0 && visited < 2000) {
		json_t *v = stack[--n];
		visited++;
		if (json_is_array(v)) {
			size_t i = json_array_size(v);
			while (i-- > 0 && n < 64)
				stack[n++] = json_array_get(v, i);
		} else if (json_is_object(v)) {
			const char *key = NULL;
			json_t *val = NULL;
			int art = type_is_article(v);
			const char *pub = json_string_value(json_object_get(v, "datePublished"));
			if (pub != NULL && (j->published == NULL || (art && !j->article))) {
				j->published = pub;
				j->article = art;
			}
			if (j->created == NULL)
				j->created = json_string_value(json_object_get(v, "dateCreated"));
			if (j->created == NULL)
				j->created = json_string_value(json_object_get(v, "uploadDate"));
			if (j->modified == NULL)
				j->modified = json_string_value(json_object_get(v, "dateModified"));
			if (art && j->headline == NULL)
				j->headline = json_string_value(json_object_get(v, "headline"));
			if (art && j->publisher == NULL)
				j->publisher = name_of(json_object_get(v, "publisher"));
			if (art && j->author == NULL)
				j->author = name_of(json_object_get(v, "author"));
			json_object_foreach(v, key, val) {
				if ((json_is_object(val) || json_is_array(val)) && n < 64 &&
				    strcmp(key, "author") != 0 && strcmp(key, "publisher") != 0)
					stack[n++] = val;
			}
		}
	}
}

/* ------------------------------------------------------------- helpers */

static char *
trimmed_dup(const char *s, size_t len)
{
	struct px_buf b = PX_BUF_INIT;
	size_t i = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			if (b.len > 0 && b.data[b.len - 1] != ' ')
				px_buf_putc(&b, ' ');
		} else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
			i++;
			if (b.len > 0 && b.data[b.len - 1] != ' ')
				px_buf_putc(&b, ' ');
		} else {
			px_buf_putc(&b, (char)c);
		}
	}
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		px_buf_truncate(&b, b.len - 1);
	if (b.failed || b.len == 0) {
		px_buf_release(&b);
		return NULL;
	}
	return px_buf_detach(&b, NULL);
}

static const char *
meta_first(const struct px__hdom *d, enum px__hkey key)
{
	size_t i = 0;

	for (i = 0; i < d->n_meta; i++)
		if (d->meta[i].key == key)
			return d->meta[i].val;
	return NULL;
}

/* The host of an absolute URL, without "www."; NULL when none. */
static char *
url_host(const char *url)
{
	const char *p = NULL, *e = NULL;

	if (url == NULL)
		return NULL;
	p = strstr(url, "://");
	if (p == NULL)
		return NULL;
	p += 3;
	e = p;
	while (*e && *e != '/' && *e != ':' && *e != '?' && *e != '#')
		e++;
	if (e - p > 4 && strncasecmp(p, "www.", 4) == 0)
		p += 4;
	if (e == p)
		return NULL;
	{
		char *h = px_strndup(p, (size_t)(e - p));
		size_t i = 0;
		for (i = 0; h != NULL && h[i]; i++)
			if (h[i] >= 'A' && h[i] <= 'Z')
				h[i] = (char)(h[i] + 32);
		return h;
	}
}

/* Compare ignoring case, spaces and dots ("The Verge" ~ "theverge.com"). */
static int
loose_eq(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0;

	for (;;) {
		while (i < alen && (a[i] == ' ' || a[i] == '.' || a[i] == '-'))
			i++;
		while (j < blen && (b[j] == ' ' || b[j] == '.' || b[j] == '-'))
			j++;
		if (i >= alen || j >= blen)
			return i >= alen && j >= blen;
		if ((a[i] | 0x20) != (b[j] | 0x20))
			return 0;
		i++;
		j++;
	}
}

static int
loose_prefix(const char *host, const char *s, size_t len)
{
	/* "venturebeat.com" against "VentureBeat". */
	const char *dot = strchr(host, '.');
	size_t hl = dot ? (size_t)(dot - host) : strlen(host);

	return hl >= 3 && loose_eq(host, hl, s, len);
}

static size_t
count_words(const char *s, size_t len)
{
	size_t i = 0, w = 0;
	int in = 0;

	for (i = 0; i < len; i++) {
		int sp = s[i] == ' ';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

/* Remove a site name before or after a separator in a title. */
static char *
strip_site(char *title, const char *site, const char *host)
{
	static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ",
					   " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ",
					   " // ", " \xE2\x80\xA2 ", " : ", NULL};
	size_t tl = 0, k = 0;

	if (title == NULL)
		return NULL;
	tl = strlen(title);
	for (k = 0; seps[k]; k++) {
		const char *sep = seps[k];
		size_t sl = strlen(sep);
		const char *first = strstr(title, sep);
		const char *last = first;
		const char *p = first;
		while (p != NULL) {
			last = p;
			p = strstr(p + sl, sep);
		}
		if (last == NULL)
			continue;
		{
			const char *r = last + sl;
			size_t rl = tl - (size_t)(r - title);
			size_t ll = (size_t)(last - title);
			size_t lw = count_words(title, ll), rw = count_words(r, rl);
			int r_site = (site && loose_eq(r, rl, site, strlen(site))) ||
				     (host && (loose_eq(r, rl, host, strlen(host)) ||
					       loose_prefix(host, r, rl)));
			const char *f = first + sl;
			size_t fl = (size_t)(first - title);
			int l_site = (site && loose_eq(title, fl, site, strlen(site))) ||
				     (host && (loose_eq(title, fl, host, strlen(host)) ||
					       loose_prefix(host, title, fl)));
			if (r_site || (k < 4 && rw <= 3 && lw > rw && lw >= 3)) {
				title[ll] = '\0';
				return title;
			}
			if (l_site) {
				memmove(title, f, strlen(f) + 1);
				return title;
			}
		}
	}
	return title;
}

/* ---------------------------------------------------------------- dates */

/*
 * Candidates are gathered in trust order; the first one wins, with one
 * correction: a UTC time early in the morning is often the evening before
 * where the page was published, so when another source states exactly the
 * day before (a URL date, a local time), that day is taken.
 */
struct datecand {
	struct px__hdate dt;
};

struct datepick {
	struct datecand c[48];
	size_t n;
	int64_t limit_days; /* last acceptable day */
	int dmy;            /* day-first numeric dates (not en-US) */
};

static int
date_ok(const struct datepick *p, const struct px__hdate *dt)
{
	int64_t days = px__date_days(dt->y, dt->m, dt->d);

	return dt->y >= 1995 && days <= p->limit_days;
}

static void
add_cand(struct datepick *p, const struct px__hdate *dt)
{
	if (p->n < sizeof(p->c) / sizeof(p->c[0]) && date_ok(p, dt))
		p->c[p->n++].dt = *dt;
}

static void
try_date(struct datepick *p, const char *s)
{
	struct px__hdate dt;
	size_t used = 0;

	if (s != NULL && px__date_scan(s, strlen(s), p->dmy, &dt, &used))
		add_cand(p, &dt);
}

static int
has_ci(const char *s, const char *needle)
{
	size_t n = strlen(needle);

	for (; *s; s++)
		if ((*s | 0x20) == needle[0] && strncasecmp(s, needle, n) == 0)
			return 1;
	return 0;
}

/* A date anywhere in a short text, unless it is a copyright line. */
static int
try_text(struct datepick *p, const char *s, size_t len)
{
	struct px__hdate dt;
	size_t at = 0, off = 0;

	if (s == NULL)
		return 0;
	if (strstr(s, "\xC2\xA9") != NULL || has_ci(s, "copyright") ||
	    has_ci(s, "all rights reserved"))
		return 0;
	while (off < len && px__date_find(s + off, len - off, p->dmy, &dt, &at)) {
		if (date_ok(p, &dt)) {
			/* "Updated" before the date means it is not the first one. */
			size_t pos = off + at, b = pos > 24 ? pos - 24 : 0;
			char ctx[32];
			size_t cl = pos - b;
			memcpy(ctx, s + b, cl);
			ctx[cl] = '\0';
			if (!has_ci(ctx, "updated") && !has_ci(ctx, "modified")) {
				add_cand(p, &dt);
				return 1;
			}
		}
		off += at + 1;
	}
	return 0;
}

/* /2019/11/18/, /2019/7/2/, /2019-11-18/ or /20191118/ in a URL path. */
static void
try_url(struct datepick *p, const char *url)
{
	const char *s = NULL;
	size_t i = 0, len = 0;

	if (url == NULL)
		return;
	s = strstr(url, "://");
	s = s ? strchr(s + 3, '/') : NULL;
	if (s == NULL)
		return;
	len = strlen(s);
	for (i = 0; i + 9 <= len; i++) {
		const char *q = s + i + 1;
		struct px__hdate dt;
		int y = 0, m = 0, d = 0, k = 0;
		char sep = 0;
		if (s[i] != '/' && s[i] != '-' && s[i] != '_')
			continue;
		for (k = 0; k < 4; k++) {
			if (q[k] < '0' || q[k] > '9')
				break;
			y = y * 10 + (q[k] - '0');
		}
		if (k < 4 || y < 1995)
			continue;
		q += 4;
		sep = *q;
		if (sep == '/' || sep == '-' || sep == '_') {
			q++;
			for (k = 0; k < 2 && *q >= '0' && *q <= '9'; k++, q++)
				m = m * 10 + (*q - '0');
			if (k == 0 || *q != sep)
				continue;
			q++;
			for (k = 0; k < 2 && *q >= '0' && *q <= '9'; k++, q++)
				d = d * 10 + (*q - '0');
			if (k == 0 || (*q >= '0' && *q <= '9'))
				continue;
		} else if (sep >= '0' && sep <= '9') {
			for (k = 0; k < 4 && q[k] >= '0' && q[k] <= '9'; k++)
				;
			if (k < 4 || (q[4] >= '0' && q[4] <= '9'))
				continue;
			m = (q[0] - '0') * 10 + (q[1] - '0');
			d = (q[2] - '0') * 10 + (q[3] - '0');
		} else {
			continue;
		}
		memset(&dt, 0, sizeof(dt));
		dt.y = y;
		dt.m = m;
		dt.d = d;
		if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
			add_cand(p, &dt);
			return;
		}
	}
}

/* Text of the elements flagged as dates (or <time>) in document order. */
static void
try_flagged(struct datepick *p, const struct px__hdom *d, uint16_t flag,
	    int tag)
{
	size_t i = 0;
	struct px_buf b = PX_BUF_INIT;

	for (i = 1; i < d->n; i++) {
		const struct px__hnode *n = &d->nodes[i];
		if (!((n->flags & flag) || (tag && n->tag == tag)))
			continue;
		px_buf_reset(&b);
		px__hdom_text(d, (uint32_t)i, &b, 200);
		if (b.len > 0 && b.len < 200 && try_text(p, b.data, b.len))
			break;
	}
	px_buf_release(&b);
}

/* Short text nodes near the top of the body: "Published Nov. 3, 2019". */
static void
try_visible(struct datepick *p, const struct px__hdom *d)
{
	size_t i = 0, seen = 0;

	for (i = 1; i < d->n && seen < 400; i++) {
		const struct px__hnode *n = &d->nodes[i];
		if (n->tag != PX__T_TEXT || n->len < 6 || n->len > 160)
			continue;
		seen++;
		{
			char buf[168];
			memcpy(buf, d->pool.data + n->off, n->len);
			buf[n->len] = '\0';
			if (try_text(p, buf, n->len))
				return;
		}
	}
}

static void
pick_date(const struct px__hdom *d, const char *url, const struct jsonld *j,
	  int64_t crawl_time, struct px__hinfo *info)
{
	struct datepick p;
	struct px__hdate best;
	const char *v = NULL;
	size_t i = 0, structured = 0;
	char out[32];

	memset(&p, 0, sizeof(p));
	p.limit_days = crawl_time / 86400 + 1;
	p.dmy = info->lang == NULL || strcmp(info->lang, "en") != 0 ||
		((v = meta_first(d, PX__K_LANG)) != NULL && strlen(v) > 3 &&
		 strncasecmp(v + 3, "us", 2) != 0);
	try_date(&p, j->published);
	for (i = 0; i < d->n_meta; i++)
		if (d->meta[i].key == PX__K_DATE_META)
			try_date(&p, d->meta[i].val);
	try_url(&p, url);
	for (i = 0; i < d->n_meta; i++)
		if (d->meta[i].key == PX__K_DATE_PROP)
			try_date(&p, d->meta[i].val);
	structured = p.n;
	if (p.n == 0)
		try_flagged(&p, d, PX__HF_PUBDATE, 0);
	for (i = 0; i < d->n_meta; i++)
		if (d->meta[i].key == PX__K_DATE_TIME)
			try_date(&p, d->meta[i].val);
	try_date(&p, j->created);
	for (i = 0; i < d->n_meta; i++)
		if (d->meta[i].key == PX__K_DATE_META_WEAK)
			try_date(&p, d->meta[i].val);
	if (p.n == 0 || (p.c[0].dt.has_tz && p.c[0].dt.tz_min == 0 &&
			 p.c[0].dt.hh < 8)) {
		try_flagged(&p, d, PX__HF_DATEHINT, PX__T_TIME);
		try_visible(&p, d);
	}
	try_date(&p, j->modified);
	for (i = 0; i < d->n_meta; i++)
		if (d->meta[i].key == PX__K_DATE_MOD)
			try_date(&p, d->meta[i].val);
	if (p.n == 0)
		return;
	(void)structured;
	best = p.c[0].dt;
	if (best.has_time && best.has_tz && best.tz_min == 0 && best.hh < 8) {
		int64_t day = px__date_days(best.y, best.m, best.d);
		for (i = 1; i < p.n; i++) {
			const struct px__hdate *o = &p.c[i].dt;
			if (px__date_days(o->y, o->m, o->d) == day - 1 &&
			    !(o->has_tz && o->tz_min == 0)) {
				/* Keep the instant; report the local day. */
				best.y = o->y;
				best.m = o->m;
				best.d = o->d;
				best.hh += 24;
				break;
			}
		}
	}
	snprintf(out, sizeof out, "%04d-%02d-%02d", best.y, best.m, best.d);
	info->date_local = px_strdup(out);
	if (best.has_time && best.has_tz) {
		int64_t t = px__date_days(best.y, best.m, best.d) * 86400 +
			    best.hh * 3600 + best.mi * 60 + best.ss -
			    (int64_t)best.tz_min * 60;
		int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
		int64_t sec = t - days * 86400;
		/* Civil date from days (inverse of px__date_days). */
		int64_t z = days + 719468;
		int64_t era = (z >= 0 ? z : z - 146096) / 146097;
		int64_t doe = z - era * 146097;
		int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
		int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
		int64_t mp = (5 * doy + 2) / 153;
		int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
		int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
		int yy = (int)(yoe + era * 400 + (mm <= 2));
		snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02dZ", yy, mm,
			 dd, (int)(sec / 3600), (int)(sec / 60 % 60), (int)(sec % 60));
		info->time = t;
	} else {
		info->time = px__date_days(best.y, best.m, best.d) * 86400;
	}
	info->date = px_strdup(out);
}

/* ------------------------------------------------------------- the rest */

static char *
first_h1(const struct px__hdom *d)
{
	size_t i = 0;
	struct px_buf b = PX_BUF_INIT;

	for (i = 1; i < d->n; i++) {
		if (d->nodes[i].tag != PX__T_H1)
			continue;
		px_buf_reset(&b);
		px__hdom_text(d, (uint32_t)i, &b, 600);
		if (b.len > 0 && b.len < 600 && !b.failed)
			return px_buf_detach(&b, NULL);
	}
	px_buf_release(&b);
	return NULL;
}

static char *
author_from_dom(const struct px__hdom *d)
{
	size_t i = 0;
	struct px_buf b = PX_BUF_INIT;

	for (i = 1; i < d->n; i++) {
		const struct px__hnode *n = &d->nodes[i];
		if (!(n->flags & PX__HF_AUTHOR) || n->tag == PX__T_META)
			continue;
		px_buf_reset(&b);
		px__hdom_text(d, (uint32_t)i, &b, 200);
		if (b.len > 2 && b.len < 100 && !b.failed) {
			const char *s = b.data;
			if (strncasecmp(s, "by ", 3) == 0)
				s += 3;
			if (*s) {
				char *r = px_strdup(s);
				px_buf_release(&b);
				return r;
			}
		}
	}
	px_buf_release(&b);
	return NULL;
}

static char *
lang_code(const char *v)
{
	char out[4];
	size_t n = 0;

	if (v == NULL)
		return NULL;
	while (*v == ' ')
		v++;
	while (n < 3 && ((v[n] >= 'a' && v[n] <= 'z') || (v[n] >= 'A' && v[n] <= 'Z'))) {
		out[n] = (char)(v[n] | 0x20);
		n++;
	}
	if (n < 2 || (v[n] != '\0' && v[n] != '-' && v[n] != '_'))
		return NULL;
	out[n] = '\0';
	return px_strdup(out);
}

px_status
px__html_meta(const struct px__hdom *d, const char *url, int64_t crawl_time,
	      const char *body, size_t body_len, struct px__hinfo *info)
{
	struct jsonld j;
	json_t *roots[8];
	size_t n_roots = 0, i = 0;
	const char *v = NULL;
	char *host = NULL;
	px_status st = PX_OK;

	(void)body;
	(void)body_len;
	memset(&j, 0, sizeof(j));
	info->time = INT64_MIN;
	for (i = 0; i < d->n_meta && n_roots < 8; i++) {
		json_error_t err;
		json_t *r = NULL;
		if (d->meta[i].key != PX__K_JSONLD)
			continue;
		r = json_loads(d->meta[i].val, JSON_DECODE_ANY, &err);
		if (r == NULL)
			continue;
		roots[n_roots++] = r;
		jsonld_scan(r, &j);
	}
	/* url */
	if (url != NULL && url[0] != '\0')
		info->url = px_strdup(url);
	else if ((v = meta_first(d, PX__K_URL)) != NULL && strstr(v, "://") != NULL)
		info->url = trimmed_dup(v, strlen(v));
	host = url_host(info->url);
	/* source */
	if ((v = meta_first(d, PX__K_SITE_NAME)) != NULL)
		info->source = trimmed_dup(v, strlen(v));
	else if (j.publisher != NULL)
		info->source = trimmed_dup(j.publisher, strlen(j.publisher));
	else if (host != NULL)
		info->source = px_strdup(host);
	/* title */
	{
		const char *t = meta_first(d, PX__K_OG_TITLE);
		char *page = NULL;
		if ((v = meta_first(d, PX__K_TITLE)) != NULL)
			page = trimmed_dup(v, strlen(v));
		if (t != NULL)
			info->title = trimmed_dup(t, strlen(t));
		else if (j.headline != NULL)
			info->title = trimmed_dup(j.headline, strlen(j.headline));
		else {
			char *h1 = first_h1(d);
			if (h1 != NULL && (page == NULL || strstr(page, h1) != NULL ||
					   count_words(h1, strlen(h1)) >= 4)) {
				info->title = h1;
			} else {
				px_free(h1);
				info->title = page;
				page = NULL;
			}
		}
		px_free(page);
		info->title = strip_site(info->title, info->source, host);
		if (info->title != NULL && info->title[0] == '\0') {
			px_free(info->title);
			info->title = NULL;
		}
	}
	/* author */
	if ((v = meta_first(d, PX__K_AUTHOR)) != NULL && strstr(v, "://") == NULL)
		info->author = trimmed_dup(v, strlen(v));
	else if (j.author != NULL)
		info->author = trimmed_dup(j.author, strlen(j.author));
	else
		info->author = author_from_dom(d);
	/* language */
	info->lang = lang_code(meta_first(d, PX__K_LANG));
	/* date */
	pick_date(d, info->url, &j, crawl_time, info);
	for (i = 0; i < n_roots; i++)
		json_decref(roots[i]);
	px_free(host);
	if ((url && !info->url))
		st = PX_ENOMEM;
	return st;
}

void
px__hinfo_release(struct px__hinfo *info)
{
	px_free(info->title);
	px_free(info->source);
	px_free(info->url);
	px_free(info->author);
	px_free(info->lang);
	px_free(info->date);
	px_free(info->date_local);
	memset(info, 0, sizeof(info[0]));
}
