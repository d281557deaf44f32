/*
 * The store's handle: opening SQLite with the settings the store relies on
 * (WAL, full sync, foreign keys, a busy timeout), the versioned schema and
 * its migrations, prepared statements, and adding articles to a batch.
 *
 * Invariants: a write handle's schema is PX_STORE_SCHEMA once open returns;
 * a read handle never writes (SQLITE_OPEN_READONLY and query_only). Every
 * SQL statement binds its values: no text from an article or a request is
 * ever pasted into SQL.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <jansson.h>
#include <zstd.h>

#include "store_internal.h"

/* PRAGMA application_id of a parallax store: "PRLX". */
#define STORE_APP_ID 0x50524c58

/*
 * The migrations, in order. A migration is applied once, in its own
 * transaction, and recorded in the migrations table; PRAGMA user_version
 * follows the last one applied. Never edit a released migration: append a
 * new one (docs/store.md, "Migrations").
 */
struct migration {
	int version;
	const char *name;
	const char *sql;
};

static const struct migration migrations[] = {
	{1, "initial schema",
	 "CREATE TABLE migrations("
	 " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
	 " applied_at TEXT NOT NULL, program TEXT NOT NULL);"
	 "CREATE TABLE batches("
	 " id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,"
	 " program TEXT NOT NULL, added INTEGER NOT NULL DEFAULT 0,"
	 " updated INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,"
	 " rejected INTEGER NOT NULL DEFAULT 0,"
	 " stories_compared INTEGER NOT NULL DEFAULT 0);"
	 "CREATE TABLE versions("
	 " vid INTEGER PRIMARY KEY, article TEXT NOT NULL,"
	 " version INTEGER NOT NULL, hash TEXT NOT NULL,"
	 " batch INTEGER NOT NULL REFERENCES batches(id),"
	 " title TEXT, text TEXT NOT NULL, source TEXT, url TEXT, date TEXT,"
	 " time INTEGER, lang TEXT, author TEXT, place TEXT,"
	 " repairs TEXT NOT NULL DEFAULT '[]', removed TEXT NOT NULL DEFAULT '[]',"
	 " path TEXT, line INTEGER, input_sha256 TEXT,"
	 " raw BLOB, raw_size INTEGER,"
	 " UNIQUE(article, version));"
	 "CREATE TABLE articles("
	 " id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE,"
	 " current INTEGER NOT NULL REFERENCES versions(vid),"
	 " time INTEGER, story INTEGER, duplicate_of TEXT,"
	 " dup_similarity REAL, similarity REAL);"
	 "CREATE INDEX articles_story ON articles(story);"
	 "CREATE TABLE changes("
	 " id INTEGER PRIMARY KEY, article TEXT NOT NULL,"
	 " from_version INTEGER NOT NULL, to_version INTEGER NOT NULL,"
	 " batch INTEGER NOT NULL REFERENCES batches(id), fields TEXT NOT NULL);"
	 "CREATE INDEX changes_article ON changes(article);"
	 "CREATE TABLE stories("
	 " id INTEGER PRIMARY KEY, title TEXT NOT NULL,"
	 " first_seen TEXT, last_seen TEXT, articles TEXT NOT NULL,"
	 " n_articles INTEGER NOT NULL, sources INTEGER NOT NULL,"
	 " conflicts INTEGER NOT NULL, agreements INTEGER NOT NULL,"
	 " unique_claims INTEGER NOT NULL, signature TEXT NOT NULL,"
	 " report TEXT NOT NULL, created_batch INTEGER NOT NULL,"
	 " updated_batch INTEGER NOT NULL);"
	 "CREATE INDEX stories_recent ON stories(last_seen DESC, id DESC);"
	 "CREATE TABLE story_moves("
	 " old INTEGER PRIMARY KEY, new INTEGER NOT NULL, batch INTEGER NOT NULL);"
	 "CREATE TABLE claims("
	 " id INTEGER PRIMARY KEY, vid INTEGER NOT NULL REFERENCES versions(vid),"
	 " kind TEXT NOT NULL, field TEXT NOT NULL, sentence INTEGER NOT NULL,"
	 " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
	 " text TEXT NOT NULL, detail TEXT NOT NULL);"
	 "CREATE INDEX claims_vid ON claims(vid);"
	 "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,"
	 " content='versions', content_rowid='vid',"
	 " tokenize='porter unicode61 remove_diacritics 2');"
	 "CREATE VIRTUAL TABLE claims_fts USING fts5(text,"
	 " content='claims', content_rowid='id',"
	 " tokenize='porter unicode61 remove_diacritics 2');"
	 /* Only current versions are indexed: the triggers follow
	  * articles.current. */
	 "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
	 " INSERT INTO articles_fts(rowid, title, text)"
	 "  SELECT vid, title, text FROM versions WHERE vid = NEW.current;"
	 " END;"
	 "CREATE TRIGGER articles_au AFTER UPDATE OF current ON articles"
	 " WHEN OLD.current <> NEW.current BEGIN"
	 " INSERT INTO articles_fts(articles_fts, rowid, title, text)"
	 "  SELECT 'delete', vid, title, text FROM versions WHERE vid = OLD.current;"
	 " INSERT INTO articles_fts(rowid, title, text)"
	 "  SELECT vid, title, text FROM versions WHERE vid = NEW.current;"
	 " END;"
	 /* Entity mentions are found through the articles' index; the
	  * claims index holds the checkable claims only. */
	 "CREATE TRIGGER claims_ai AFTER INSERT ON claims"
	 " WHEN NEW.kind <> 'entity' BEGIN"
	 " INSERT INTO claims_fts(rowid, text) VALUES (NEW.id, NEW.text);"
	 " END;"
	 "CREATE TRIGGER claims_ad AFTER DELETE ON claims"
	 " WHEN OLD.kind <> 'entity' BEGIN"
	 " INSERT INTO claims_fts(claims_fts, rowid, text)"
	 "  VALUES ('delete', OLD.id, OLD.text);"
	 " END;"
	 "CREATE VIEW duplicate_groups AS"
	 " SELECT duplicate_of AS canonical, id AS article,"
	 " dup_similarity AS similarity FROM articles"
	 " WHERE duplicate_of IS NOT NULL;"},
};

static const size_t n_migrations = sizeof(migrations) / sizeof(migrations[0]);

static const char *const sql_text[SQL__COUNT] = {
	[SQL_ARTICLE_CURRENT] =
		"SELECT a.current, v.version, v.hash, v.title, v.text, v.source,"
		" v.url, v.date, v.lang, v.author, v.place"
		" FROM articles a JOIN versions v ON v.vid = a.current WHERE a.id = ?1",
	[SQL_VERSION_INSERT] =
		"INSERT INTO versions(article, version, hash, batch, title, text,"
		" source, url, date, time, lang, author, place, repairs, removed,"
		" path, line, input_sha256, raw, raw_size)"
		" VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)",
	[SQL_ARTICLE_INSERT] =
		"INSERT INTO articles(id, seq, current, time) VALUES (?1, ?2, ?3, ?4)",
	[SQL_ARTICLE_UPDATE_VERSION] =
		"UPDATE articles SET current = ?2, time = ?3 WHERE id = ?1",
	[SQL_CHANGE_INSERT] =
		"INSERT INTO changes(article, from_version, to_version, batch, fields)"
		" VALUES (?1, ?2, ?3, ?4, ?5)",
	/* Processing order (ARCHITECTURE.md §5; px_articles_sort): dated
	 * articles by time then id, then undated ones in the order they were
	 * first stored. */
	[SQL_REPLAY] =
		"SELECT a.id, a.current, a.time, v.title, v.text, a.story,"
		" a.duplicate_of, a.dup_similarity, a.similarity"
		" FROM articles a JOIN versions v ON v.vid = a.current"
		" ORDER BY a.time IS NULL, a.time,"
		" CASE WHEN a.time IS NULL THEN NULL ELSE a.id END, a.seq",
	[SQL_ARTICLE_ASSIGN] =
		"UPDATE articles SET story = ?2, duplicate_of = ?3,"
		" dup_similarity = ?4, similarity = ?5 WHERE id = ?1",
	[SQL_STORY_SIGNATURE] = "SELECT signature FROM stories WHERE id = ?1",
	[SQL_STORY_UPSERT] =
		"INSERT INTO stories(id, title, first_seen, last_seen, articles,"
		" n_articles, sources, conflicts, agreements, unique_claims,"
		" signature, report, created_batch, updated_batch)"
		" VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?13)"
		" ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
		" first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
		" articles = excluded.articles, n_articles = excluded.n_articles,"
		" sources = excluded.sources, conflicts = excluded.conflicts,"
		" agreements = excluded.agreements,"
		" unique_claims = excluded.unique_claims,"
		" signature = excluded.signature, report = excluded.report,"
		" updated_batch = excluded.updated_batch",
	[SQL_STORY_DELETE] = "DELETE FROM stories WHERE id = ?1",
	[SQL_STORY_MOVE] =
		"INSERT OR REPLACE INTO story_moves(old, new, batch) VALUES (?1, ?2, ?3)",
	[SQL_CLAIMS_DELETE] =
		"DELETE FROM claims WHERE vid IN (SELECT vid FROM versions WHERE article = ?1)",
	[SQL_CLAIM_INSERT] =
		"INSERT INTO claims(vid, kind, field, sentence, span_start,"
		" span_end, text, detail) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
	[SQL_STORY_MEMBERS] =
		"SELECT a.id, a.current, a.duplicate_of, a.dup_similarity"
		" FROM articles a WHERE a.story = ?1"
		" ORDER BY a.time IS NULL, a.time,"
		" CASE WHEN a.time IS NULL THEN NULL ELSE a.id END, a.seq",
	[SQL_VERSION_LOAD] =
		"SELECT article, title, text, source, url, date, time, lang, author,"
		" place, repairs, removed, path, line, input_sha256"
		" FROM versions WHERE vid = ?1",
	[SQL_STORY_REPORT] = "SELECT report FROM stories WHERE id = ?1",
	[SQL_STORY_MOVED] = "SELECT new FROM story_moves WHERE old = ?1",
	[SQL_ARTICLE_JSON] =
		"SELECT v.vid, v.version, v.title, v.text, v.source, v.url, v.date,"
		" v.lang, v.author, v.place, v.repairs, v.removed, v.hash,"
		" a.story, a.duplicate_of, a.current, v.raw_size"
		" FROM articles a JOIN versions v ON v.article = a.id"
		" WHERE a.id = ?1 AND (CASE WHEN ?2 = 0 THEN v.vid = a.current"
		" ELSE v.version = ?2 END)",
	[SQL_ARTICLE_VERSIONS] =
		"SELECT v.version, v.hash, v.batch, b.started_at FROM versions v"
		" LEFT JOIN batches b ON b.id = v.batch"
		" WHERE v.article = ?1 ORDER BY v.version",
	[SQL_ARTICLE_CHANGES] =
		"SELECT from_version, to_version, batch, fields FROM changes"
		" WHERE article = ?1 ORDER BY id",
	[SQL_STORY_ARTICLE_IDS] =
		"SELECT a.id FROM articles a WHERE a.story = ?1"
		" ORDER BY a.time IS NULL, a.time,"
		" CASE WHEN a.time IS NULL THEN NULL ELSE a.id END, a.seq",
};

void
px_store_opts_init(struct px_store_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->keep_raw = 1;
	o->busy_timeout_ms = 10000;
}

px_status
px__store_fail(struct px_store *s, px_status st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->err, sizeof s->err, fmt, ap);
	va_end(ap);
	return st;
}

px_status
px__store_dberr(struct px_store *s, const char *what)
{
	int code = sqlite3_extended_errcode(s->db);

	snprintf(s->err, sizeof s->err, "%s: %s", what, sqlite3_errmsg(s->db));
	if (code == SQLITE_NOMEM)
		return PX_ENOMEM;
	return PX_EDB;
}

const char *
px_store_errmsg(const struct px_store *s)
{
	if (s == NULL)
		return "no store";
	return s->err[0] ? s->err : "no error";
}

sqlite3_stmt *
px__store_stmt(struct px_store *s, enum px__store_sql id)
{
	sqlite3_stmt *st = s->stmt[id];

	if (st == NULL) {
		if (sqlite3_prepare_v3(s->db, sql_text[id], -1, SQLITE_PREPARE_PERSISTENT,
				       &s->stmt[id], NULL) != SQLITE_OK) {
			px__store_dberr(s, "prepare");
			return NULL;
		}
		return s->stmt[id];
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

px_status
px__store_exec(struct px_store *s, const char *sql)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return px__store_dberr(s, "exec");
	return PX_OK;
}

int
px__store_bind_text(sqlite3_stmt *st, int i, const char *p, size_t len)
{
	if (p == NULL)
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text64(st, i, p, len, SQLITE_TRANSIENT, SQLITE_UTF8);
}

int
px__store_bind_str(sqlite3_stmt *st, int i, const char *p)
{
	return px__store_bind_text(st, i, p, p ? strlen(p) : 0);
}

char *
px__store_col_dup(sqlite3_stmt *st, int col, int *oom)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	char *p = NULL;

	if (t == NULL)
		return NULL;
	p = px_strndup((const char *)t, (size_t)sqlite3_column_bytes(st, col));
	if (p == NULL)
		*oom = 1;
	return p;
}

/* An integer from a one-row query (def when it returns no row or NULL). */
static px_status
query_int(struct px_store *s, const char *sql, int64_t def, int64_t *out)
{
	sqlite3_stmt *st = NULL;
	int rc = 0;

	*out = def;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return px__store_dberr(s, "prepare");
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return px__store_dberr(s, "query");
	return PX_OK;
}

static void
utc_now(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static px_status
apply_migration(struct px_store *s, const struct migration *m)
{
	sqlite3_stmt *st = NULL;
	char now[32], pragma[64];
	px_status ret = px__store_exec(s, "BEGIN IMMEDIATE");

	if (ret)
		return ret;
	ret = px__store_exec(s, m->sql);
	if (ret == PX_OK) {
		utc_now(now);
		if (sqlite3_prepare_v2(s->db,
				       "INSERT INTO migrations(version, name, applied_at, program)"
				       " VALUES (?1, ?2, ?3, ?4)", -1, &st, NULL) != SQLITE_OK)
			ret = px__store_dberr(s, "migration");
	}
	if (ret == PX_OK) {
		sqlite3_bind_int(st, 1, m->version);
		px__store_bind_str(st, 2, m->name);
		px__store_bind_str(st, 3, now);
		px__store_bind_str(st, 4, px_version());
		if (sqlite3_step(st) != SQLITE_DONE)
			ret = px__store_dberr(s, "migration");
	}
	sqlite3_finalize(st);
	if (ret == PX_OK) {
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", m->version);
		ret = px__store_exec(s, pragma);
	}
	if (ret == PX_OK && m->version == 1) {
		snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d", STORE_APP_ID);
		ret = px__store_exec(s, pragma);
	}
	if (ret == PX_OK)
		ret = px__store_exec(s, "COMMIT");
	if (ret)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return ret;
}

/* Check the file is a parallax store of a schema this program knows, and
 * (write mode) bring it up to PX_STORE_SCHEMA. */
static px_status
check_schema(struct px_store *s)
{
	int64_t app = 0, ver = 0, tables = 0;
	size_t i = 0;
	px_status ret = query_int(s, "PRAGMA application_id", 0, &app);

	if (ret == PX_OK)
		ret = query_int(s, "PRAGMA user_version", 0, &ver);
	if (ret == PX_OK)
		ret = query_int(s, "SELECT count(*) FROM sqlite_schema", 0, &tables);
	if (ret)
		return ret;
	if (app != STORE_APP_ID && (app != 0 || tables != 0 || ver != 0))
		return px__store_fail(s, PX_EFORMAT, "not a parallax store");
	if (ver > PX_STORE_SCHEMA)
		return px__store_fail(s, PX_EUNSUPPORTED,
				      "store schema %lld is newer than this parallax knows (%d)",
				      (long long)ver, PX_STORE_SCHEMA);
	if (s->mode == PX_STORE_READ) {
		if (ver < PX_STORE_SCHEMA)
			return px__store_fail(s, ver == 0 ? PX_EFORMAT : PX_EUNSUPPORTED,
					      ver == 0 ? "not a parallax store (empty)"
						       : "store schema %lld is older than %d: run 'parallax ingest' to migrate",
					      (long long)ver, PX_STORE_SCHEMA);
		return PX_OK;
	}
	for (i = 0; i < n_migrations && ret == PX_OK; i++)
		if (migrations[i].version > ver)
			ret = apply_migration(s, &migrations[i]);
	return ret;
}

px_status
px_store_open(const char *path, enum px_store_mode mode,
	      const struct px_store_opts *opts, struct px_store **out)
{
	struct px_store *s = NULL;
	struct stat sb;
	int flags = SQLITE_OPEN_NOMUTEX;
	char pragma[64];
	px_status ret = PX_OK;

	*out = NULL;
	if (path == NULL || path[0] == '\0')
		return PX_EINVAL;
	if (mode == PX_STORE_READ && stat(path, &sb) != 0) {
		if (opts && opts->err && opts->err_size)
			snprintf(opts->err, opts->err_size, "no such store");
		return PX_ENOTFOUND;
	}
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		if (opts && opts->err && opts->err_size)
			snprintf(opts->err, opts->err_size, "a directory, not a store");
		return PX_EINVAL;
	}
	s = px_calloc(1, sizeof(*s));
	if (s == NULL)
		return PX_ENOMEM;
	s->mode = mode;
	/* The handle never writes through the caller's error buffer after
	 * open returns. */
	if (opts)
		s->opts = *opts;
	else
		px_store_opts_init(&s->opts);
	s->opts.err = NULL;
	s->opts.err_size = 0;
	flags |= mode == PX_STORE_WRITE ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
					: SQLITE_OPEN_READONLY;
	if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
		ret = s->db ? px__store_dberr(s, "cannot open") : PX_ENOMEM;
		goto cleanup;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, s->opts.busy_timeout_ms > 0 ? s->opts.busy_timeout_ms : 0);
	if (mode == PX_STORE_WRITE) {
		/* WAL: readers see the last commit and never wait for the
		 * writer. FULL sync: a commit that returned survives a power
		 * cut, not only a killed process. */
		ret = px__store_exec(s, "PRAGMA journal_mode = WAL");
		if (ret == PX_OK)
			ret = px__store_exec(s, "PRAGMA synchronous = FULL");
	} else {
		ret = px__store_exec(s, "PRAGMA query_only = 1");
	}
	if (ret == PX_OK)
		ret = px__store_exec(s, "PRAGMA foreign_keys = ON");
	if (ret == PX_OK) {
		snprintf(pragma, sizeof pragma, "PRAGMA cache_size = %d", -16384);
		ret = px__store_exec(s, pragma);
	}
	if (ret == PX_OK)
		ret = check_schema(s);
cleanup:
	if (ret == PX_EDB && s->db && sqlite3_errcode(s->db) == SQLITE_NOTADB)
		px__store_fail(s, ret, "not a parallax store (not an SQLite database)");
	else if (ret == PX_EDB && s->db && sqlite3_errcode(s->db) == SQLITE_CORRUPT)
		px__store_fail(s, ret, "damaged store (%s)", sqlite3_errmsg(s->db));
	if (ret) {
		if (opts && opts->err && opts->err_size)
			snprintf(opts->err, opts->err_size, "%s",
				 s->err[0] ? s->err : px_strerror(ret));
		px_store_close(s);
		return ret;
	}
	*out = s;
	return PX_OK;
}

void
px_store_close(struct px_store *s)
{
	size_t i = 0;

	if (s == NULL)
		return;
	if (s->in_batch)
		px_store_rollback(s);
	for (i = 0; i < SQL__COUNT; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close_v2(s->db);
	px_free(s);
}

/* ------------------------------------------------------------- batches */

px_status
px_store_begin(struct px_store *s)
{
	sqlite3_stmt *st = NULL;
	char now[32];
	px_status ret = PX_OK;

	if (s->mode != PX_STORE_WRITE)
		return px__store_fail(s, PX_EINVAL, "the store is open read-only");
	if (s->in_batch)
		return px__store_fail(s, PX_EINVAL, "a batch is already open");
	ret = px__store_exec(s, "BEGIN IMMEDIATE");
	if (ret)
		return ret;
	s->in_batch = 1;
	s->added = s->updated = s->skipped = 0;
	ret = query_int(s, "SELECT max(seq) FROM articles", -1, &s->next_seq);
	s->next_seq++;
	utc_now(now);
	if (ret == PX_OK &&
	    sqlite3_prepare_v2(s->db, "INSERT INTO batches(started_at, program) VALUES (?1, ?2)",
			       -1, &st, NULL) != SQLITE_OK)
		ret = px__store_dberr(s, "batch");
	if (ret == PX_OK) {
		px__store_bind_str(st, 1, now);
		px__store_bind_str(st, 2, px_version());
		if (sqlite3_step(st) != SQLITE_DONE)
			ret = px__store_dberr(s, "batch");
		s->batch = sqlite3_last_insert_rowid(s->db);
	}
	sqlite3_finalize(st);
	if (ret)
		px_store_rollback(s);
	return ret;
}

void
px_store_rollback(struct px_store *s)
{
	size_t i = 0;

	if (s == NULL || !s->in_batch)
		return;
	for (i = 0; i < SQL__COUNT; i++)
		if (s->stmt[i])
			sqlite3_reset(s->stmt[i]);
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->in_batch = 0;
}

/* ------------------------------------------------------------- adding */

static void
hash_field(struct px_sha256 *h, const char *p, size_t len)
{
	unsigned char hdr[9];
	size_t i = 0;

	/* A presence byte and a length keep ("ab", "c") apart from ("a",
	 * "bc") and NULL apart from "". */
	hdr[0] = p != NULL;
	for (i = 0; i < 8; i++)
		hdr[1 + i] = (unsigned char)((uint64_t)len >> (8 * i));
	px_sha256_update(h, hdr, sizeof hdr);
	if (p && len)
		px_sha256_update(h, p, len);
}

static size_t
slen(const char *p)
{
	return p ? strlen(p) : 0;
}

/* The content hash: SHA-256 over the fields an article's reader sees. */
static void
content_hash(const struct px_article *a, char out[65])
{
	struct px_sha256 h;

	px_sha256_init(&h);
	px_sha256_update(&h, "parallax-article-1", 18);
	hash_field(&h, a->title, a->title ? a->title_len : 0);
	hash_field(&h, a->text, a->text_len);
	hash_field(&h, a->source, slen(a->source));
	hash_field(&h, a->url, slen(a->url));
	hash_field(&h, a->date, slen(a->date));
	hash_field(&h, a->lang, slen(a->lang));
	hash_field(&h, a->author, slen(a->author));
	hash_field(&h, a->place, slen(a->place));
	px_sha256_final(&h, out);
}

static void
json_str_or_null(struct px_buf *b, const char *p)
{
	if (p)
		px_buf_put_json_str(b, p, strlen(p));
	else
		px_buf_puts(b, "null");
}

static void
repairs_json(const struct px_article *a, struct px_buf *b)
{
	size_t i = 0;

	px_buf_putc(b, '[');
	for (i = 0; i < a->repairs.n; i++) {
		const struct px_edit *e = &a->repairs.items[i];
		px_buf_puts(b, i ? ",{\"kind\":" : "{\"kind\":");
		json_str_or_null(b, e->kind);
		px_buf_puts(b, ",\"before\":");
		json_str_or_null(b, e->before);
		px_buf_puts(b, ",\"after\":");
		json_str_or_null(b, e->after);
		px_buf_putc(b, '}');
	}
	px_buf_putc(b, ']');
}

static void
removed_json(const struct px_article *a, struct px_buf *b)
{
	size_t i = 0;

	px_buf_putc(b, '[');
	for (i = 0; i < a->n_removed; i++) {
		px_buf_puts(b, i ? ",{\"kind\":" : "{\"kind\":");
		json_str_or_null(b, a->removed[i].kind);
		px_buf_puts(b, ",\"text\":");
		json_str_or_null(b, a->removed[i].text);
		px_buf_putc(b, '}');
	}
	px_buf_putc(b, ']');
}

static int
col_differs(sqlite3_stmt *st, int col, const char *p, size_t len)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	if (t == NULL || p == NULL)
		return (t == NULL) != (p == NULL);
	return (size_t)sqlite3_column_bytes(st, col) != len || memcmp(t, p, len) != 0;
}

/* The fields that differ between the current version (row of
 * SQL_ARTICLE_CURRENT) and a, as a JSON array. */
static void
changed_fields(sqlite3_stmt *cur, const struct px_article *a, struct px_buf *b)
{
	const char *names[] = {"title", "text", "source", "url", "date", "lang", "author", "place"};
	const char *vals[8];
	size_t lens[8];
	size_t i = 0;
	int any = 0;

	vals[0] = a->title, lens[0] = a->title ? a->title_len : 0;
	vals[1] = a->text, lens[1] = a->text_len;
	vals[2] = a->source, lens[2] = slen(a->source);
	vals[3] = a->url, lens[3] = slen(a->url);
	vals[4] = a->date, lens[4] = slen(a->date);
	vals[5] = a->lang, lens[5] = slen(a->lang);
	vals[6] = a->author, lens[6] = slen(a->author);
	vals[7] = a->place, lens[7] = slen(a->place);
	px_buf_putc(b, '[');
	for (i = 0; i < 8; i++) {
		if (!col_differs(cur, (int)i + 3, vals[i], lens[i]))
			continue;
		px_buf_printf(b, "%s\"%s\"", any ? "," : "", names[i]);
		any = 1;
	}
	px_buf_putc(b, ']');
}

static px_status
insert_version(struct px_store *s, const struct px_article *a, int64_t version,
	       const char *hash, const void *raw, size_t raw_len,
	       const char *input_sha256, int64_t *vid)
{
	sqlite3_stmt *st = px__store_stmt(s, SQL_VERSION_INSERT);
	struct px_buf rep = PX_BUF_INIT, rem = PX_BUF_INIT;
	void *z = NULL;
	size_t zlen = 0;
	px_status ret = PX_OK;

	if (st == NULL)
		return PX_EDB;
	repairs_json(a, &rep);
	removed_json(a, &rem);
	if (rep.failed || rem.failed) {
		ret = PX_ENOMEM;
		goto cleanup;
	}
	if (raw && raw_len && s->opts.keep_raw) {
		size_t bound = ZSTD_compressBound(raw_len);
		z = px_alloc(bound);
		if (z == NULL) {
			ret = PX_ENOMEM;
			goto cleanup;
		}
		zlen = ZSTD_compress(z, bound, raw, raw_len, 3);
		if (ZSTD_isError(zlen))
			zlen = 0;
	}
	px__store_bind_str(st, 1, a->id);
	sqlite3_bind_int64(st, 2, version);
	px__store_bind_str(st, 3, hash);
	sqlite3_bind_int64(st, 4, s->batch);
	px__store_bind_text(st, 5, a->title, a->title ? a->title_len : 0);
	px__store_bind_text(st, 6, a->text ? a->text : "", a->text_len);
	px__store_bind_str(st, 7, a->source);
	px__store_bind_str(st, 8, a->url);
	px__store_bind_str(st, 9, a->date);
	if (a->time != INT64_MIN)
		sqlite3_bind_int64(st, 10, a->time);
	px__store_bind_str(st, 11, a->lang);
	px__store_bind_str(st, 12, a->author);
	px__store_bind_str(st, 13, a->place);
	px__store_bind_text(st, 14, rep.data, rep.len);
	px__store_bind_text(st, 15, rem.data, rem.len);
	px__store_bind_str(st, 16, a->path);
	if (a->line > 0)
		sqlite3_bind_int64(st, 17, a->line);
	px__store_bind_str(st, 18, input_sha256);
	if (zlen) {
		sqlite3_bind_blob64(st, 19, z, zlen, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 20, (int64_t)raw_len);
	}
	if (sqlite3_step(st) != SQLITE_DONE)
		ret = px__store_dberr(s, "insert version");
	else
		*vid = sqlite3_last_insert_rowid(s->db);
	sqlite3_reset(st);
cleanup:
	px_free(z);
	px_buf_release(&rep);
	px_buf_release(&rem);
	return ret;
}

static void
bind_time(sqlite3_stmt *st, int i, int64_t t)
{
	if (t == INT64_MIN)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, t);
}

px_status
px_store_add(struct px_store *s, const struct px_article *a, const void *raw,
	     size_t raw_len, const char *input_sha256,
	     enum px_store_outcome *outcome)
{
	sqlite3_stmt *cur = NULL, *st = NULL;
	char hash[65];
	int64_t old_vid = 0, old_version = 0, vid = 0;
	struct px_buf fields = PX_BUF_INIT;
	int rc = 0;
	px_status ret = PX_OK;

	*outcome = PX_STORE_SKIPPED;
	if (!s->in_batch)
		return px__store_fail(s, PX_EINVAL, "no batch is open");
	if (a->id == NULL || a->id[0] == '\0')
		return px__store_fail(s, PX_EINVAL, "an article without an id");
	content_hash(a, hash);
	cur = px__store_stmt(s, SQL_ARTICLE_CURRENT);
	if (cur == NULL)
		return PX_EDB;
	px__store_bind_str(cur, 1, a->id);
	rc = sqlite3_step(cur);
	if (rc == SQLITE_ROW) {
		const char *h = (const char *)sqlite3_column_text(cur, 2);
		if (h && strcmp(h, hash) == 0) {
			sqlite3_reset(cur);
			s->skipped++;
			return PX_OK;
		}
		old_vid = sqlite3_column_int64(cur, 0);
		old_version = sqlite3_column_int64(cur, 1);
		changed_fields(cur, a, &fields);
	} else if (rc != SQLITE_DONE) {
		return px__store_dberr(s, "lookup");
	}
	sqlite3_reset(cur);
	if (fields.failed) {
		ret = PX_ENOMEM;
		goto cleanup;
	}
	ret = insert_version(s, a, old_version + 1, hash, raw, raw_len, input_sha256, &vid);
	if (ret)
		goto cleanup;
	if (old_vid) {
		st = px__store_stmt(s, SQL_ARTICLE_UPDATE_VERSION);
		if (st == NULL) {
			ret = PX_EDB;
			goto cleanup;
		}
		px__store_bind_str(st, 1, a->id);
		sqlite3_bind_int64(st, 2, vid);
		bind_time(st, 3, a->time);
		if (sqlite3_step(st) != SQLITE_DONE) {
			ret = px__store_dberr(s, "update article");
			goto cleanup;
		}
		sqlite3_reset(st);
		st = px__store_stmt(s, SQL_CHANGE_INSERT);
		if (st == NULL) {
			ret = PX_EDB;
			goto cleanup;
		}
		px__store_bind_str(st, 1, a->id);
		sqlite3_bind_int64(st, 2, old_version);
		sqlite3_bind_int64(st, 3, old_version + 1);
		sqlite3_bind_int64(st, 4, s->batch);
		px__store_bind_text(st, 5, fields.data, fields.len);
		if (sqlite3_step(st) != SQLITE_DONE) {
			ret = px__store_dberr(s, "record change");
			goto cleanup;
		}
		sqlite3_reset(st);
		s->updated++;
		*outcome = PX_STORE_UPDATED;
	} else {
		st = px__store_stmt(s, SQL_ARTICLE_INSERT);
		if (st == NULL) {
			ret = PX_EDB;
			goto cleanup;
		}
		px__store_bind_str(st, 1, a->id);
		sqlite3_bind_int64(st, 2, s->next_seq);
		sqlite3_bind_int64(st, 3, vid);
		bind_time(st, 4, a->time);
		if (sqlite3_step(st) != SQLITE_DONE) {
			ret = px__store_dberr(s, "insert article");
			goto cleanup;
		}
		sqlite3_reset(st);
		s->next_seq++;
		s->added++;
		*outcome = PX_STORE_ADDED;
	}
cleanup:
	px_buf_release(&fields);
	return ret;
}

/* ------------------------------------------------------------- loading */

/* Parse a stored JSON array of {"kind","before","after"} or {"kind",
 * "text"} objects back into the article. */
static px_status
load_edits(const char *json, struct px_article *a, int removed)
{
	json_error_t err;
	json_t *arr = json ? json_loads(json, 0, &err) : NULL;
	size_t i = 0;
	px_status ret = PX_OK;

	if (arr == NULL)
		return json ? PX_EFORMAT : PX_OK;
	if (!json_is_array(arr)) {
		json_decref(arr);
		return PX_EFORMAT;
	}
	if (removed && json_array_size(arr)) {
		a->removed = px_calloc(json_array_size(arr), sizeof(*a->removed));
		if (a->removed == NULL)
			ret = PX_ENOMEM;
	}
	for (i = 0; ret == PX_OK && i < json_array_size(arr); i++) {
		json_t *o = json_array_get(arr, i);
		const char *kind = json_string_value(json_object_get(o, "kind"));
		if (removed) {
			const char *t = json_string_value(json_object_get(o, "text"));
			a->removed[i].kind = px_strdup(kind ? kind : "");
			a->removed[i].text = px_strdup(t ? t : "");
			a->n_removed = i + 1;
			if (a->removed[i].kind == NULL || a->removed[i].text == NULL)
				ret = PX_ENOMEM;
		} else {
			const char *b = json_string_value(json_object_get(o, "before"));
			const char *f = json_string_value(json_object_get(o, "after"));
			ret = px_edits_add(&a->repairs, kind ? kind : "", b ? b : "", b ? strlen(b) : 0,
					   f ? f : "", f ? strlen(f) : 0);
		}
	}
	json_decref(arr);
	return ret;
}

px_status
px__store_load_version(struct px_store *s, int64_t vid, struct px_article **out,
		       char **input_sha256)
{
	sqlite3_stmt *st = px__store_stmt(s, SQL_VERSION_LOAD);
	struct px_article *a = NULL;
	int oom = 0, rc = 0;
	px_status ret = PX_OK;

	*out = NULL;
	if (input_sha256)
		*input_sha256 = NULL;
	if (st == NULL)
		return PX_EDB;
	sqlite3_bind_int64(st, 1, vid);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? px__store_fail(s, PX_ENOTFOUND, "no version %lld",
							  (long long)vid)
					 : px__store_dberr(s, "load version");
	}
	a = px_calloc(1, sizeof(*a));
	if (a == NULL) {
		sqlite3_reset(st);
		return PX_ENOMEM;
	}
	a->id = px__store_col_dup(st, 0, &oom);
	a->title = px__store_col_dup(st, 1, &oom);
	a->title_len = a->title ? strlen(a->title) : 0;
	a->text = px__store_col_dup(st, 2, &oom);
	if (a->text == NULL && !oom)
		a->text = px_strdup("");
	a->text_len = a->text ? strlen(a->text) : 0;
	a->source = px__store_col_dup(st, 3, &oom);
	a->url = px__store_col_dup(st, 4, &oom);
	a->date = px__store_col_dup(st, 5, &oom);
	a->time = sqlite3_column_type(st, 6) == SQLITE_NULL ? INT64_MIN
							    : sqlite3_column_int64(st, 6);
	a->lang = px__store_col_dup(st, 7, &oom);
	a->author = px__store_col_dup(st, 8, &oom);
	a->place = px__store_col_dup(st, 9, &oom);
	if (!oom)
		ret = load_edits((const char *)sqlite3_column_text(st, 10), a, 0);
	if (!oom && ret == PX_OK)
		ret = load_edits((const char *)sqlite3_column_text(st, 11), a, 1);
	a->path = px__store_col_dup(st, 12, &oom);
	a->line = (long)sqlite3_column_int64(st, 13);
	if (input_sha256)
		*input_sha256 = px__store_col_dup(st, 14, &oom);
	sqlite3_reset(st);
	if (a->id == NULL || a->text == NULL)
		oom = 1;
	if (oom && ret == PX_OK)
		ret = PX_ENOMEM;
	if (ret) {
		px_article_free(a);
		if (input_sha256) {
			px_free(*input_sha256);
			*input_sha256 = NULL;
		}
		return ret;
	}
	*out = a;
	return PX_OK;
}

px_status
px__store_report_add(struct px_store *s, struct px_report *r, int64_t vid)
{
	struct px_article *a = NULL;
	char *sha = NULL;
	px_status ret = px__store_load_version(s, vid, &a, &sha);

	if (ret == PX_OK && a->path)
		ret = px_report_add_input(r, a->path, sha, 0);
	px_free(sha);
	if (ret == PX_OK)
		ret = px_report_add_article(r, a);
	else
		px_article_free(a);
	return ret;
}
