/*
 * The source table (`--sources FILE`): outlets, their owners, the wires
 * they take copy from, their country and a user-defined group, read from
 * CSV or JSON, and the lookup of an article's outlet by its URL's domain
 * or its source name.
 *
 * Invariants: every px_outlet handed out is the first member of a struct
 * entry, so px_outlets_dependent() reaches the precomputed keys; all
 * strings live in the table's arena; domains are stored lowercase without
 * "www." and names by px_origin_key(), each in a map to its first row, so
 * a lookup costs one probe per label of the host plus one for the name.
 * Bad input never crashes: every problem ends the parse with PX_EFORMAT,
 * the line (JSON: the entry number, or jansson's line for a syntax error)
 * and a reason.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "parallax/provenance.h"
#include "core_internal.h"

#define TABLE_MAX_BYTES ((size_t)16 << 20)
#define TABLE_MAX_ROWS 100000
#define FIELD_MAX 256
#define LIST_MAX 32
#define KEY_MAX 128

enum column { COL_DOMAIN = 0, COL_NAME, COL_OUTLET, COL_OWNER, COL_WIRES, COL_COUNTRY,
	      COL_GROUP, COL_COUNT };

static const char *const column_names[COL_COUNT] = {"domain", "name", "outlet", "owner",
						    "wires", "country", "group"};

struct entry {
	struct px_outlet o; /* first: px_outlet pointers are entry pointers */
	const char *key;       /* px_origin_key of the outlet name */
	const char *owner_key; /* lower case owner, or NULL */
	const char **wire_keys;
};

struct px_source_table {
	struct entry *e;
	size_t n;
	size_t cap;
	struct px_map *domains; /* domain -> row + 1 */
	struct px_map *names;   /* name key -> row + 1 */
	struct px_arena arena;
};

/* One row as read, before it becomes an entry: cells of up to LIST_MAX
   values (domains, names, wires), others single. */
struct row {
	const char *cell[COL_COUNT];
	size_t len[COL_COUNT];
};

static void
set_error(struct px_source_error *err, size_t line, const char *fmt, const char *a,
	  const char *b)
{
	if (!err)
		return;
	err->line = line;
	snprintf(err->reason, sizeof err->reason, fmt, a ? a : "", b ? b : "");
}

/* A problem with one row: at a line of CSV, or at an entry of a JSON
   list (whose objects have no line jansson reports). */
static void
row_error(struct px_source_error *err, size_t line, size_t entry, const char *fmt,
	  const char *a)
{
	char msg[160];

	if (!err)
		return;
	snprintf(msg, sizeof msg, fmt, a ? a : "");
	if (entry) {
		err->line = 0;
		snprintf(err->reason, sizeof err->reason, "entry %zu: %s", entry, msg);
	} else {
		err->line = line;
		snprintf(err->reason, sizeof err->reason, "%s", msg);
	}
}

static char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Trim s[0..*n) in place (moves the start). */
static const char *
trim(const char *s, size_t *n)
{
	while (*n > 0 && is_space(s[0])) {
		s++;
		(*n)--;
	}
	while (*n > 0 && is_space(s[*n - 1]))
		(*n)--;
	return s;
}

/*
 * The host of a URL or a bare domain, lower case, without scheme, user,
 * port, path, trailing dot or a leading "www.", into out. Returns its
 * length (0 when there is none).
 */
static size_t
host_of(const char *url, size_t len, char *out, size_t cap)
{
	size_t p = 0, e = 0, n = 0, i;
	const char *s = url;

	for (i = 0; i + 2 < len; i++) {
		if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/') {
			p = i + 3;
			break;
		}
		if (s[i] == '/' || s[i] == '.')
			break;
	}
	if (p == 0 && len >= 2 && s[0] == '/' && s[1] == '/')
		p = 2;
	e = p;
	while (e < len && s[e] != '/' && s[e] != '?' && s[e] != '#')
		e++;
	for (i = p; i < e; i++)
		if (s[i] == '@')
			p = i + 1;
	for (i = p; i < e; i++)
		if (s[i] == ':') {
			e = i;
			break;
		}
	while (e > p && s[e - 1] == '.')
		e--;
	if (e - p > 4 && lower(s[p]) == 'w' && lower(s[p + 1]) == 'w' && lower(s[p + 2]) == 'w' &&
	    s[p + 3] == '.')
		p += 4;
	if (e - p + 1 > cap)
		return 0;
	for (i = p; i < e; i++)
		out[n++] = lower(s[i]);
	out[n] = '\0';
	return n;
}

static int
domain_ok(const char *d, size_t n)
{
	size_t i;

	if (n == 0 || d[0] == '.' || d[0] == '-')
		return 0;
	for (i = 0; i < n; i++)
		if (!((d[i] >= 'a' && d[i] <= 'z') || (d[i] >= '0' && d[i] <= '9') || d[i] == '.' ||
		      d[i] == '-' || (unsigned char)d[i] >= 0x80))
			return 0;
	return 1;
}

static char *
key_dup(struct px_arena *a, const char *s)
{
	char k[KEY_MAX];
	size_t n = px_origin_key(s, k, sizeof k);

	return px_arena_strndup(a, k, n);
}

/* Split a cell at ';' into trimmed, non-empty values (at most LIST_MAX). */
static size_t
split_list(const char *s, size_t n, const char **v, size_t *vl)
{
	size_t k = 0, p = 0;

	while (p <= n && k < LIST_MAX) {
		size_t e = p, l = 0;
		const char *t = NULL;
		while (e < n && s[e] != ';')
			e++;
		l = e - p;
		t = trim(s + p, &l);
		if (l) {
			v[k] = t;
			vl[k] = l;
			k++;
		}
		p = e + 1;
	}
	return k;
}

/* Turn a row into an entry; PX_EFORMAT with err set when it is unusable. */
static px_status
add_row(struct px_source_table *t, const struct row *r, size_t line, size_t entry,
	struct px_source_error *err)
{
	const char *dv[LIST_MAX], *nv[LIST_MAX], *wv[LIST_MAX];
	size_t dl[LIST_MAX], nl[LIST_MAX], wl[LIST_MAX], nd = 0, nn = 0, nw = 0, i, k;
	struct entry *e = NULL;
	const char *single[COL_COUNT];
	size_t slen[COL_COUNT];
	char host[FIELD_MAX + 1];
	px_status st = PX_OK;

	for (i = 0; i < COL_COUNT; i++) {
		slen[i] = r->len[i];
		single[i] = r->cell[i] ? trim(r->cell[i], &slen[i]) : NULL;
		if (slen[i] > FIELD_MAX) {
			row_error(err, line, entry, "the %s is longer than 256 bytes", column_names[i]);
			return PX_EFORMAT;
		}
		if (single[i] && memchr(single[i], '\0', slen[i])) {
			row_error(err, line, entry, "the %s holds a NUL byte", column_names[i]);
			return PX_EFORMAT;
		}
	}
	if (single[COL_DOMAIN])
		nd = split_list(single[COL_DOMAIN], slen[COL_DOMAIN], dv, dl);
	if (single[COL_NAME])
		nn = split_list(single[COL_NAME], slen[COL_NAME], nv, nl);
	if (single[COL_WIRES])
		nw = split_list(single[COL_WIRES], slen[COL_WIRES], wv, wl);
	if (nd == 0 && nn == 0) {
		row_error(err, line, entry, "the row has neither a domain nor a name", NULL);
		return PX_EFORMAT;
	}
	if (slen[COL_OUTLET] == 0 && nn == 0) {
		row_error(err, line, entry, "the row has no outlet (and no name to take it from)", NULL);
		return PX_EFORMAT;
	}
	if (t->n >= TABLE_MAX_ROWS) {
		row_error(err, line, entry, "more than 100000 rows", NULL);
		return PX_ETOOBIG;
	}
	if (px_grow((void **)&t->e, &t->cap, t->n + 1, sizeof *t->e) != PX_OK)
		return PX_ENOMEM;
	e = &t->e[t->n];
	memset(e, 0, sizeof *e);
	if (slen[COL_OUTLET])
		e->o.name = px_arena_strndup(&t->arena, single[COL_OUTLET], slen[COL_OUTLET]);
	else
		e->o.name = px_arena_strndup(&t->arena, nv[0], nl[0]);
	if (!e->o.name)
		return PX_ENOMEM;
	if (slen[COL_OWNER]) {
		char *ok = px_arena_strndup(&t->arena, single[COL_OWNER], slen[COL_OWNER]);
		e->o.owner = ok;
		e->owner_key = key_dup(&t->arena, ok ? ok : "");
		if (!ok || !e->owner_key)
			return PX_ENOMEM;
	}
	if (slen[COL_COUNTRY] &&
	    !(e->o.country = px_arena_strndup(&t->arena, single[COL_COUNTRY], slen[COL_COUNTRY])))
		return PX_ENOMEM;
	if (slen[COL_GROUP] &&
	    !(e->o.group = px_arena_strndup(&t->arena, single[COL_GROUP], slen[COL_GROUP])))
		return PX_ENOMEM;
	e->o.line = line;
	e->key = key_dup(&t->arena, e->o.name);
	if (!e->key)
		return PX_ENOMEM;
	if (nw) {
		const char **w = px_arena_alloc(&t->arena, nw * sizeof *w);
		e->wire_keys = px_arena_alloc(&t->arena, nw * sizeof *e->wire_keys);
		if (!w || !e->wire_keys)
			return PX_ENOMEM;
		for (k = 0; k < nw; k++) {
			w[k] = px_arena_strndup(&t->arena, wv[k], wl[k]);
			e->wire_keys[k] = w[k] ? key_dup(&t->arena, w[k]) : NULL;
			if (!w[k] || !e->wire_keys[k])
				return PX_ENOMEM;
		}
		e->o.wires = w;
		e->o.n_wires = nw;
	}
	for (k = 0; k < nd && st == PX_OK; k++) {
		size_t hl = host_of(dv[k], dl[k], host, sizeof host);
		if (!domain_ok(host, hl)) {
			char shown[64];
			snprintf(shown, sizeof shown, "%.*s", (int)(dl[k] < 60 ? dl[k] : 60), dv[k]);
			row_error(err, line, entry, "'%s' is not a domain", shown);
			return PX_EFORMAT;
		}
		st = px__map_add_first(t->domains, host, hl, t->n + 1);
	}
	for (k = 0; k < nn && st == PX_OK; k++) {
		char tmp[FIELD_MAX + 1], key[KEY_MAX];
		size_t kl = 0;
		memcpy(tmp, nv[k], nl[k]);
		tmp[nl[k]] = '\0';
		kl = px_origin_key(tmp, key, sizeof key);
		if (kl)
			st = px__map_add_first(t->names, key, kl, t->n + 1);
	}
	/* The outlet's own name finds it too ("The Halden Courier"). */
	if (st == PX_OK && e->key[0])
		st = px__map_add_first(t->names, e->key, strlen(e->key), t->n + 1);
	if (st == PX_OK)
		t->n++;
	return st;
}

/* ---------------------------------------------------------------- CSV */

/*
 * Read one CSV record from s[*pos..len) into cells (pointers into a
 * scratch buffer that unquotes), advancing *pos and *line. Returns the
 * number of cells, or -1 with err set (unterminated quote, text after a
 * closing quote, too many cells).
 */
static int
csv_record(const char *s, size_t len, size_t *pos, size_t *line, char *scratch,
	   const char **cells, size_t *lens, size_t max_cells, struct px_source_error *err)
{
	size_t p = *pos, n = 0, w = 0, start_line = *line;
	int done = 0;

	while (!done) {
		size_t cs = w;
		if (n >= max_cells) {
			set_error(err, start_line, "more cells than the header has columns", NULL, NULL);
			return -1;
		}
		if (p < len && s[p] == '"') {
			p++;
			for (;;) {
				if (p >= len) {
					set_error(err, start_line, "a quoted cell is not closed", NULL, NULL);
					return -1;
				}
				if (s[p] == '"') {
					if (p + 1 < len && s[p + 1] == '"') {
						scratch[w++] = '"';
						p += 2;
						continue;
					}
					p++;
					break;
				}
				if (s[p] == '\n')
					(*line)++;
				scratch[w++] = s[p++];
			}
			while (p < len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r'))
				p++;
			if (p < len && s[p] != ',' && s[p] != '\n') {
				set_error(err, *line, "text after the closing quote of a cell", NULL, NULL);
				return -1;
			}
		} else {
			while (p < len && s[p] != ',' && s[p] != '\n')
				scratch[w++] = s[p++];
		}
		cells[n] = scratch + cs;
		lens[n] = w - cs;
		n++;
		if (p >= len || s[p] == '\n') {
			if (p < len)
				(*line)++;
			done = 1;
		}
		p++;
	}
	*pos = p;
	return (int)n;
}

static int
blank_or_comment(const char *s, size_t len, size_t p)
{
	while (p < len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r'))
		p++;
	return p >= len || s[p] == '\n' || s[p] == '#';
}

static px_status
parse_csv(struct px_source_table *t, const char *s, size_t len, struct px_source_error *err)
{
	int map[COL_COUNT + 16];
	const char *cells[COL_COUNT + 16];
	size_t lens[COL_COUNT + 16], pos = 0, line = 1, n_cols = 0, i, k;
	char *scratch = px_alloc(len + 1);
	int have_header = 0;
	px_status st = PX_OK;

	if (!scratch)
		return PX_ENOMEM;
	if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		pos = 3;
	while (pos < len && st == PX_OK) {
		struct row r;
		size_t rec_line = line;
		int nc = 0;
		if (blank_or_comment(s, len, pos)) {
			while (pos < len && s[pos] != '\n')
				pos++;
			pos++;
			line++;
			continue;
		}
		nc = csv_record(s, len, &pos, &line, scratch, cells, lens,
				have_header ? n_cols : COL_COUNT + 16, err);
		if (nc < 0) {
			st = PX_EFORMAT;
			break;
		}
		if (!have_header) {
			int any_key = 0;
			for (i = 0; i < (size_t)nc; i++) {
				size_t l = lens[i];
				const char *c = trim(cells[i], &l);
				map[i] = -1;
				for (k = 0; k < COL_COUNT; k++)
					if (l == strlen(column_names[k]) &&
					    strncmp(c, column_names[k], l) == 0)
						map[i] = (int)k;
				/* Plurals read the same: "domains", "names". */
				for (k = 0; map[i] < 0 && k < COL_COUNT; k++)
					if (l == strlen(column_names[k]) + 1 && c[l - 1] == 's' &&
					    strncmp(c, column_names[k], l - 1) == 0)
						map[i] = (int)k;
				if (map[i] < 0) {
					char shown[64];
					snprintf(shown, sizeof shown, "%.*s", (int)(l < 60 ? l : 60), c);
					set_error(err, rec_line,
						  "unknown column '%s' (the header names domain, name, outlet, owner, wires, country, group)",
						  shown, NULL);
					st = PX_EFORMAT;
					break;
				}
				for (k = 0; k < i; k++)
					if (map[k] == map[i]) {
						set_error(err, rec_line, "the column '%s' appears twice",
							  column_names[map[i]], NULL);
						st = PX_EFORMAT;
					}
				any_key |= map[i] == COL_DOMAIN || map[i] == COL_NAME;
			}
			if (st == PX_OK && !any_key) {
				set_error(err, rec_line,
					  "the header needs a 'domain' or a 'name' column (first line: domain,name,outlet,owner,wires,country,group)",
					  NULL, NULL);
				st = PX_EFORMAT;
			}
			n_cols = (size_t)nc;
			have_header = 1;
			continue;
		}
		memset(&r, 0, sizeof r);
		for (i = 0; i < (size_t)nc; i++) {
			r.cell[map[i]] = cells[i];
			r.len[map[i]] = lens[i];
		}
		st = add_row(t, &r, rec_line, 0, err);
	}
	if (st == PX_OK && !have_header) {
		set_error(err, 0, "no header line and no rows", NULL, NULL);
		st = PX_EEMPTY;
	}
	px_free(scratch);
	return st;
}

/* --------------------------------------------------------------- JSON */

static px_status
json_cell(json_t *v, const char *keyname, size_t entry, struct px_arena *a, const char **cell,
	  size_t *len, struct px_source_error *err, int list_ok)
{
	char num[32];

	snprintf(num, sizeof num, "%zu", entry);
	if (json_is_null(v))
		return PX_OK;
	if (json_is_string(v)) {
		*cell = json_string_value(v);
		*len = json_string_length(v);
		return PX_OK;
	}
	if (list_ok && json_is_array(v)) {
		/* Join the values with ';', the list separator of a cell. */
		struct px_buf b = PX_BUF_INIT;
		size_t i;
		json_t *x = NULL;
		json_array_foreach(v, i, x) {
			if (!json_is_string(x)) {
				px_buf_release(&b);
				row_error(err, 0, entry, "'%s' must list strings only", keyname);
				return PX_EFORMAT;
			}
			if (i)
				px_buf_putc(&b, ';');
			px_buf_append(&b, json_string_value(x), json_string_length(x));
		}
		if (b.failed) {
			px_buf_release(&b);
			return PX_ENOMEM;
		}
		*cell = b.data ? px_arena_strndup(a, b.data, b.len) : "";
		*len = b.len;
		px_buf_release(&b);
		return *cell ? PX_OK : PX_ENOMEM;
	}
	row_error(err, 0, entry, list_ok ? "'%s' must be a string or a list of strings"
					 : "'%s' must be a string", keyname);
	return PX_EFORMAT;
}

static px_status
parse_json(struct px_source_table *t, const char *s, size_t len, struct px_source_error *err)
{
	json_error_t je;
	json_t *root = json_loadb(s, len, JSON_REJECT_DUPLICATES, &je);
	json_t *list = NULL, *item = NULL;
	size_t i;
	px_status st = PX_OK;

	if (!root) {
		set_error(err, (size_t)(je.line > 0 ? je.line : 0), "%s", je.text, NULL);
		return PX_EFORMAT;
	}
	list = json_is_object(root) ? json_object_get(root, "sources") : root;
	if (!json_is_array(list)) {
		set_error(err, 0, "expected a list of sources, or an object with a \"sources\" list",
			  NULL, NULL);
		st = PX_EFORMAT;
		goto cleanup;
	}
	json_array_foreach(list, i, item) {
		struct row r;
		const char *k = NULL;
		json_t *v = NULL;
		if (!json_is_object(item)) {
			row_error(err, 0, i + 1, "a source must be an object%s", NULL);
			st = PX_EFORMAT;
			goto cleanup;
		}
		memset(&r, 0, sizeof r);
		json_object_foreach(item, k, v) {
			size_t c, col = COL_COUNT, kl = strlen(k);
			for (c = 0; c < COL_COUNT; c++)
				if (strcmp(k, column_names[c]) == 0 ||
				    (kl == strlen(column_names[c]) + 1 && k[kl - 1] == 's' &&
				     strncmp(k, column_names[c], kl - 1) == 0))
					col = c;
			if (col == COL_COUNT) {
				char shown[64];
				snprintf(shown, sizeof shown, "%.60s", k);
				row_error(err, 0, i + 1,
					  "unknown key '%s' (known: domain, name, outlet, owner, wires, country, group)",
					  shown);
				st = PX_EFORMAT;
				goto cleanup;
			}
			st = json_cell(v, column_names[col], i + 1, &t->arena, &r.cell[col], &r.len[col],
				       err, col == COL_DOMAIN || col == COL_NAME || col == COL_WIRES);
			if (st != PX_OK)
				goto cleanup;
		}
		st = add_row(t, &r, 0, i + 1, err);
		if (st != PX_OK)
			goto cleanup;
	}
cleanup:
	json_decref(root);
	return st;
}

/* -------------------------------------------------------------- public */

void
px_source_table_free(struct px_source_table *t)
{
	if (!t)
		return;
	px_free(t->e);
	px_map_free(t->domains);
	px_map_free(t->names);
	px_arena_release(&t->arena);
	px_free(t);
}

px_status
px_source_table_parse(const char *data, size_t len, struct px_source_table **out,
		      struct px_source_error *err)
{
	struct px_source_table *t = NULL;
	size_t p = 0;
	px_status st = PX_OK;

	*out = NULL;
	if (err) {
		err->line = 0;
		err->reason[0] = '\0';
	}
	if (len > TABLE_MAX_BYTES) {
		set_error(err, 0, "larger than 16 MiB", NULL, NULL);
		return PX_ETOOBIG;
	}
	t = px_calloc(1, sizeof *t);
	if (!t)
		return PX_ENOMEM;
	px_arena_init(&t->arena, 4096, 0);
	st = px_map_new(&t->domains);
	if (st == PX_OK)
		st = px_map_new(&t->names);
	if (st != PX_OK)
		goto cleanup;
	if (memchr(data, '\0', len)) {
		set_error(err, 0, "binary data (a NUL byte), not a CSV or JSON table", NULL, NULL);
		st = PX_EFORMAT;
		goto cleanup;
	}
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		p = 3;
	while (p < len && is_space(data[p]))
		p++;
	if (p < len && (data[p] == '[' || data[p] == '{'))
		st = parse_json(t, data + p, len - p, err);
	else
		st = parse_csv(t, data, len, err);
	if (st == PX_OK && t->n == 0) {
		set_error(err, 0, "no source rows", NULL, NULL);
		st = PX_EEMPTY;
	}
	if (st == PX_ENOMEM)
		set_error(err, 0, "out of memory", NULL, NULL);
cleanup:
	if (st == PX_OK)
		*out = t;
	else
		px_source_table_free(t);
	return st;
}

px_status
px_source_table_load(const char *path, struct px_source_table **out,
		     struct px_source_error *err)
{
	FILE *f = NULL;
	struct px_buf b = PX_BUF_INIT;
	char chunk[16384];
	size_t n = 0;
	px_status st = PX_OK;

	*out = NULL;
	if (err) {
		err->line = 0;
		err->reason[0] = '\0';
	}
	f = fopen(path, "rb");
	if (!f) {
		set_error(err, 0, "%s", strerror(errno), NULL);
		return PX_EIO;
	}
	b.max = TABLE_MAX_BYTES + 1;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.failed == PX_OK)
		px_buf_append(&b, chunk, n);
	if (ferror(f)) {
		set_error(err, 0, "%s", strerror(errno), NULL);
		st = PX_EIO;
	} else if (b.failed) {
		set_error(err, 0, b.failed == PX_ENOMEM ? "out of memory" : "larger than 16 MiB", NULL,
			  NULL);
		st = b.failed == PX_ENOMEM ? PX_ENOMEM : PX_ETOOBIG;
	}
	fclose(f);
	if (st == PX_OK)
		st = px_source_table_parse(b.data ? b.data : "", b.len, out, err);
	px_buf_release(&b);
	return st;
}

size_t
px_source_table_count(const struct px_source_table *t)
{
	return t ? t->n : 0;
}

const struct px_outlet *
px_source_table_outlet(const struct px_source_table *t, size_t i)
{
	return t && i < t->n ? &t->e[i].o : NULL;
}

const struct px_outlet *
px_source_table_find(const struct px_source_table *t, const char *name, const char *url)
{
	char host[FIELD_MAX + 1], key[KEY_MAX];
	uint32_t id = 0;
	size_t hl = 0, p = 0;

	if (!t)
		return NULL;
	if (url && url[0])
		hl = host_of(url, strlen(url), host, sizeof host);
	/* The host, then each domain above it: news.x.example, x.example. */
	while (hl > 0 && p < hl) {
		if (px_map_find(t->domains, host + p, hl - p, &id) == PX_OK)
			return &t->e[*px_map_value(t->domains, id) - 1].o;
		while (p < hl && host[p] != '.')
			p++;
		p++;
	}
	if (name && name[0]) {
		size_t kl = px_origin_key(name, key, sizeof key);
		if (kl && px_map_find(t->names, key, kl, &id) == PX_OK)
			return &t->e[*px_map_value(t->names, id) - 1].o;
	}
	return NULL;
}

const struct px_outlet *
px_source_table_article(const struct px_source_table *t, const struct px_article *a)
{
	return a ? px_source_table_find(t, a->source, a->url) : NULL;
}

/* Whether entry x takes copy from the wire entry w. */
static int
takes_from(const struct entry *x, const struct entry *w)
{
	size_t i;

	for (i = 0; i < x->o.n_wires; i++)
		if (strcmp(x->wire_keys[i], w->key) == 0)
			return 1;
	return 0;
}

int
px_outlets_dependent(const struct px_outlet *a, const struct px_outlet *b)
{
	const struct entry *x = (const struct entry *)a, *y = (const struct entry *)b;

	if (!a || !b)
		return 0;
	if (a == b || strcmp(x->key, y->key) == 0)
		return 1;
	if (x->owner_key && y->owner_key && x->owner_key[0] &&
	    strcmp(x->owner_key, y->owner_key) == 0)
		return 1;
	return takes_from(x, y) || takes_from(y, x);
}
