/*
 * The HTTP service: a JSON API over a store and the web page, served by
 * libmicrohttpd from a pool of threads.
 *
 * Safety: it listens on loopback unless told otherwise; the store is
 * opened read-only (SQLITE_OPEN_READONLY and query_only); every value of a
 * request reaches SQL as a bound parameter (the store's API); JSON is
 * written with escaping and the page inserts text with textContent only,
 * under a Content-Security-Policy that allows no inline script. Only GET
 * and HEAD are served and a request body is refused. Bounds: per
 * connection memory (headers and URL), open connections in all and per
 * client address, an idle/slow-connection timeout, a token-bucket request
 * rate per client address, and size limits on every parameter. SIGINT or
 * SIGTERM stop accepting, let running requests finish and close the store.
 *
 * Threads: microhttpd runs `threads` polling threads; each request takes a
 * store handle from a pool of the same size, so no request waits for
 * another's handle and a handle is never used by two threads at once.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include <microhttpd.h>

#include "parallax/parallax.h"
#include "serve.h"

#define ID_MAX 1024
#define QUERY_MAX 512
#define STORIES_LIMIT_DEFAULT 100
#define STORIES_LIMIT_MAX 1000
#define BUCKETS 4096
#define BUCKET_PROBES 8

static const char page_csp[] =
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
	" connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

struct bucket {
	unsigned char addr[16];
	int used;
	double tokens;
	double last;
};

/* One request: its connection and the status it was answered with. */
struct req {
	struct MHD_Connection *conn;
	unsigned status;
};

struct server {
	const struct serve_opts *o;
	pthread_mutex_t pool_lock;
	pthread_cond_t pool_cond;
	struct px_store **free_stores;
	size_t n_free;
	pthread_mutex_t rate_lock;
	struct bucket *buckets;
};

void
serve_opts_init(struct serve_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->listen = "127.0.0.1";
	o->port = 8080;
	o->threads = 4;
	o->max_connections = 256;
	o->per_ip = 64;
	o->timeout_s = 15;
	o->rate = 50;
	o->burst = 200;
}

static double
mono_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ------------------------------------------------------------- store pool */

static struct px_store *
pool_take(struct server *sv)
{
	struct px_store *s = NULL;

	pthread_mutex_lock(&sv->pool_lock);
	while (sv->n_free == 0)
		pthread_cond_wait(&sv->pool_cond, &sv->pool_lock);
	s = sv->free_stores[--sv->n_free];
	pthread_mutex_unlock(&sv->pool_lock);
	return s;
}

static void
pool_give(struct server *sv, struct px_store *s)
{
	pthread_mutex_lock(&sv->pool_lock);
	sv->free_stores[sv->n_free++] = s;
	pthread_cond_signal(&sv->pool_cond);
	pthread_mutex_unlock(&sv->pool_lock);
}

/* ------------------------------------------------------------- rate limit */

/* Whether the client at addr may make one more request now (token bucket:
 * rate per second, up to burst at once). */
static int
rate_allow(struct server *sv, const struct sockaddr *sa)
{
	unsigned char key[16];
	uint64_t h = 0;
	double now = mono_now();
	struct bucket *b = NULL, *oldest = NULL;
	size_t i = 0;
	int ok = 1;

	if (sv->o->rate <= 0 || sa == NULL)
		return 1;
	memset(key, 0, sizeof key);
	if (sa->sa_family == AF_INET)
		memcpy(key, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, 4);
	else if (sa->sa_family == AF_INET6)
		memcpy(key, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, 16);
	h = px_hash64(key, sizeof key, 0x7061726c);
	pthread_mutex_lock(&sv->rate_lock);
	for (i = 0; i < BUCKET_PROBES; i++) {
		struct bucket *c = &sv->buckets[(h + i) % BUCKETS];
		if (c->used && memcmp(c->addr, key, sizeof key) == 0) {
			b = c;
			break;
		}
		if (oldest == NULL || !c->used || (oldest->used && c->last < oldest->last))
			oldest = c;
	}
	if (b == NULL) {
		/* A new client takes a free slot or the stalest of its
		 * probe window. */
		b = oldest;
		memcpy(b->addr, key, sizeof key);
		b->used = 1;
		b->tokens = sv->o->burst;
		b->last = now;
	}
	b->tokens += (now - b->last) * sv->o->rate;
	if (b->tokens > sv->o->burst)
		b->tokens = sv->o->burst;
	b->last = now;
	if (b->tokens >= 1)
		b->tokens -= 1;
	else
		ok = 0;
	pthread_mutex_unlock(&sv->rate_lock);
	return ok;
}

/* ------------------------------------------------------------- responses */

static void
add_common_headers(struct MHD_Response *r, const char *type, int page)
{
	MHD_add_response_header(r, "Content-Type", type);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(r, "X-Frame-Options", "DENY");
	MHD_add_response_header(r, "Cross-Origin-Resource-Policy", "same-origin");
	if (page) {
		MHD_add_response_header(r, "Content-Security-Policy", page_csp);
		MHD_add_response_header(r, "Cache-Control", "no-cache");
	} else {
		MHD_add_response_header(r, "Cache-Control", "no-store");
	}
}

/* Queue body (taken; freed by microhttpd) with a status. */
static enum MHD_Result
reply_buf(struct req *q, unsigned status, const char *type,
	  struct px_buf *body)
{
	size_t len = 0;
	char *data = px_buf_detach(body, &len);
	struct MHD_Response *r = NULL;
	enum MHD_Result ret = MHD_NO;

	r = MHD_create_response_from_buffer_with_free_callback(len, data, px_free);
	if (r == NULL) {
		px_free(data);
		return MHD_NO;
	}
	add_common_headers(r, type, 0);
	q->status = status;
	ret = MHD_queue_response(q->conn, status, r);
	MHD_destroy_response(r);
	return ret;
}

static enum MHD_Result
reply_error(struct req *q, unsigned status, const char *fmt, ...)
	PX_PRINTF(3, 4);

static enum MHD_Result
reply_error(struct req *q, unsigned status, const char *fmt, ...)
{
	struct px_buf b = PX_BUF_INIT;
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* The message may quote request text: it is JSON-escaped here, and
	 * a truncated UTF-8 sequence becomes U+FFFD in the escaper. */
	px_buf_puts(&b, "{\"error\":");
	px_buf_put_json_str(&b, msg, strlen(msg));
	px_buf_printf(&b, ",\"status\":%u}\n", status);
	if (b.failed) {
		px_buf_release(&b);
		return MHD_NO;
	}
	return reply_buf(q, status, "application/json; charset=utf-8", &b);
}

static enum MHD_Result
reply_json(struct req *q, struct px_buf *b)
{
	px_buf_putc(b, '\n');
	if (b->failed) {
		px_buf_release(b);
		return reply_error(q, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	}
	return reply_buf(q, MHD_HTTP_OK, "application/json; charset=utf-8", b);
}

static enum MHD_Result
reply_store_error(struct req *q, struct px_store *s, px_status st,
		  struct px_buf *b)
{
	px_buf_release(b);
	if (st == PX_ENOTFOUND)
		return reply_error(q, MHD_HTTP_NOT_FOUND, "%s", px_store_errmsg(s));
	if (st == PX_EINVAL)
		return reply_error(q, MHD_HTTP_BAD_REQUEST, "%s", px_store_errmsg(s));
	if (st == PX_ENOMEM)
		return reply_error(q, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory");
	return reply_error(q, MHD_HTTP_INTERNAL_SERVER_ERROR, "store error");
}

static enum MHD_Result
reply_asset(struct req *q, const struct serve_asset *a)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(a->len, (void *)a->data,
								  MHD_RESPMEM_PERSISTENT);
	enum MHD_Result ret = MHD_NO;

	if (r == NULL)
		return MHD_NO;
	add_common_headers(r, a->type, 1);
	q->status = MHD_HTTP_OK;
	ret = MHD_queue_response(q->conn, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return ret;
}

static enum MHD_Result
reply_redirect(struct req *q, const char *location)
{
	struct px_buf b = PX_BUF_INIT;
	struct MHD_Response *r = NULL;
	enum MHD_Result ret = MHD_NO;
	size_t len = 0;
	char *data = NULL;

	px_buf_puts(&b, "{\"moved_to\":");
	px_buf_put_json_str(&b, location, strlen(location));
	px_buf_puts(&b, "}\n");
	if (b.failed) {
		px_buf_release(&b);
		return MHD_NO;
	}
	data = px_buf_detach(&b, &len);
	r = MHD_create_response_from_buffer_with_free_callback(len, data, px_free);
	if (r == NULL) {
		px_free(data);
		return MHD_NO;
	}
	add_common_headers(r, "application/json; charset=utf-8", 0);
	MHD_add_response_header(r, "Location", location);
	q->status = MHD_HTTP_MOVED_PERMANENTLY;
	ret = MHD_queue_response(q->conn, MHD_HTTP_MOVED_PERMANENTLY, r);
	MHD_destroy_response(r);
	return ret;
}

/* ------------------------------------------------------------- requests */

/* A non-negative decimal of at most 18 digits; -1 otherwise. */
static int64_t
parse_id(const char *p, size_t len)
{
	int64_t v = 0;
	size_t i = 0;

	if (len == 0 || len > 18)
		return -1;
	for (i = 0; i < len; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		v = v * 10 + (p[i] - '0');
	}
	return v;
}

/* An optional numeric argument in [0, max]; def when absent. -1 when bad. */
static long
arg_number(struct req *q, const char *name, long def, long max)
{
	const char *v = MHD_lookup_connection_value(q->conn, MHD_GET_ARGUMENT_KIND, name);
	int64_t n = 0;

	if (v == NULL || v[0] == '\0')
		return def;
	n = parse_id(v, strlen(v));
	if (n < 0 || n > max)
		return -1;
	return (long)n;
}

static enum MHD_Result
api_stories(struct req *q, struct px_store *s)
{
	struct px_store_query sel;
	struct px_buf b = PX_BUF_INIT;
	const char *since = MHD_lookup_connection_value(q->conn, MHD_GET_ARGUMENT_KIND, "since");
	char *norm = NULL;
	long limit = arg_number(q, "limit", STORIES_LIMIT_DEFAULT, STORIES_LIMIT_MAX);
	long offset = arg_number(q, "offset", 0, 1000000000L);
	px_status st = PX_OK;

	if (limit <= 0 || offset < 0)
		return reply_error(q, MHD_HTTP_BAD_REQUEST,
				   "limit is a number from 1 to %d and offset a number from 0",
				   STORIES_LIMIT_MAX);
	memset(&sel, 0, sizeof(sel));
	if (since && since[0]) {
		int64_t t = 0;
		if (strlen(since) > 64 || px_date_parse(since, strlen(since), &norm, &t) != PX_OK)
			return reply_error(q, MHD_HTTP_BAD_REQUEST, "since is a date (YYYY-MM-DD)");
		sel.since = norm;
	}
	sel.limit = (size_t)limit;
	sel.offset = (size_t)offset;
	st = px_store_stories_json(s, &sel, &b);
	px_free(norm);
	if (st)
		return reply_store_error(q, s, st, &b);
	return reply_json(q, &b);
}

static enum MHD_Result
api_story(struct req *q, struct px_store *s, const char *rest)
{
	struct px_buf b = PX_BUF_INIT;
	const char *slash = strchr(rest, '/');
	size_t len = slash ? (size_t)(slash - rest) : strlen(rest);
	int64_t id = parse_id(rest, len), moved_to = -1;
	px_status st = PX_OK;

	if (id < 0)
		return reply_error(q, MHD_HTTP_NOT_FOUND, "a story id is a number");
	if (slash && strcmp(slash, "/articles") == 0) {
		st = px_store_story_articles_json(s, id, &b);
	} else if (slash) {
		return reply_error(q, MHD_HTTP_NOT_FOUND, "no such resource");
	} else {
		st = px_store_story_json(s, id, &b, &moved_to);
		if (st == PX_ENOTFOUND && moved_to >= 0) {
			char loc[64];
			px_buf_release(&b);
			snprintf(loc, sizeof loc, "/api/stories/%lld", (long long)moved_to);
			return reply_redirect(q, loc);
		}
		if (st == PX_OK) {
			/* The stored document ends with a newline already. */
			if (b.failed) {
				px_buf_release(&b);
				return reply_error(q, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory");
			}
			return reply_buf(q, MHD_HTTP_OK, "application/json; charset=utf-8", &b);
		}
	}
	if (st)
		return reply_store_error(q, s, st, &b);
	return reply_json(q, &b);
}

static enum MHD_Result
api_article(struct req *q, struct px_store *s, const char *id)
{
	struct px_buf b = PX_BUF_INIT;
	long version = arg_number(q, "version", 0, 1000000L);
	px_status st = PX_OK;

	if (id[0] == '\0' || strlen(id) > ID_MAX || !px_utf8_valid(id, strlen(id)))
		return reply_error(q, MHD_HTTP_NOT_FOUND, "no such article");
	if (version < 0)
		return reply_error(q, MHD_HTTP_BAD_REQUEST, "version is a number");
	st = px_store_article_json(s, id, (unsigned)version, &b);
	if (st)
		return reply_store_error(q, s, st, &b);
	return reply_json(q, &b);
}

static enum MHD_Result
api_search(struct req *q, struct px_store *s)
{
	struct px_buf b = PX_BUF_INIT;
	const char *text = MHD_lookup_connection_value(q->conn, MHD_GET_ARGUMENT_KIND, "q");
	long limit = arg_number(q, "limit", 20, 200);
	px_status st = PX_OK;

	if (text == NULL || text[0] == '\0')
		return reply_error(q, MHD_HTTP_BAD_REQUEST, "q is required");
	if (strlen(text) > QUERY_MAX)
		return reply_error(q, MHD_HTTP_BAD_REQUEST, "q is longer than %d bytes", QUERY_MAX);
	if (limit <= 0)
		return reply_error(q, MHD_HTTP_BAD_REQUEST, "limit is a number from 1 to 200");
	st = px_store_search_json(s, text, (size_t)limit, &b);
	if (st)
		return reply_store_error(q, s, st, &b);
	return reply_json(q, &b);
}

static enum MHD_Result
route_api(struct server *sv, struct req *q, const char *url)
{
	struct px_store *s = pool_take(sv);
	enum MHD_Result ret = MHD_NO;

	if (strcmp(url, "/api/stories") == 0 || strcmp(url, "/api/stories/") == 0) {
		ret = api_stories(q, s);
	} else if (strncmp(url, "/api/stories/", 13) == 0) {
		ret = api_story(q, s, url + 13);
	} else if (strncmp(url, "/api/articles/", 14) == 0) {
		/* The rest of the path is the id: ids hold slashes
		 * ("story-01/art-a.txt"), encoded or not. */
		ret = api_article(q, s, url + 14);
	} else if (strcmp(url, "/api/search") == 0) {
		ret = api_search(q, s);
	} else if (strcmp(url, "/api/status") == 0) {
		struct px_buf b = PX_BUF_INIT;
		px_status st = px_store_status_json(s, &b);
		ret = st ? reply_store_error(q, s, st, &b) : reply_json(q, &b);
	} else {
		ret = reply_error(q, MHD_HTTP_NOT_FOUND, "no such resource");
	}
	pool_give(sv, s);
	return ret;
}

static enum MHD_Result
on_request(void *cls, struct MHD_Connection *c, const char *url,
	   const char *method, const char *version, const char *upload_data,
	   size_t *upload_data_size, void **req_cls)
{
	struct server *sv = cls;
	struct req q;
	const union MHD_ConnectionInfo *ci = NULL;
	const char *clen = NULL;
	size_t i = 0;
	enum MHD_Result ret = MHD_NO;

	(void)version;
	(void)upload_data;
	/* Everything is decided on the first call, once the headers are in:
	 * a body is never read. */
	if (*req_cls != NULL) {
		*upload_data_size = 0;
		return MHD_YES;
	}
	*req_cls = sv;
	q.conn = c;
	q.status = 0;
	ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	if (!rate_allow(sv, ci ? ci->client_addr : NULL)) {
		ret = reply_error(&q, MHD_HTTP_TOO_MANY_REQUESTS, "too many requests; slow down");
		goto done;
	}
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
		ret = reply_error(&q, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET and HEAD are served");
		goto done;
	}
	clen = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
	if ((clen && strcmp(clen, "0") != 0) ||
	    MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Transfer-Encoding")) {
		ret = reply_error(&q, MHD_HTTP_CONTENT_TOO_LARGE, "a request body is not accepted");
		goto done;
	}
	if (!px_utf8_valid(url, strlen(url))) {
		ret = reply_error(&q, MHD_HTTP_BAD_REQUEST, "the path is not valid UTF-8");
		goto done;
	}
	for (i = 0; i < serve_n_assets; i++) {
		if (strcmp(url, serve_assets[i].path) == 0 ||
		    (strcmp(serve_assets[i].path, "/") == 0 && strcmp(url, "/index.html") == 0)) {
			ret = reply_asset(&q, &serve_assets[i]);
			goto done;
		}
	}
	if (strncmp(url, "/api/", 5) == 0) {
		ret = route_api(sv, &q, url);
		goto done;
	}
	ret = reply_error(&q, MHD_HTTP_NOT_FOUND, "no such page");
done:
	if (sv->o->access_log) {
		/* A decoded path may hold control characters: never let it
		 * forge log lines. */
		char shown[256];
		for (i = 0; url[i] && i < sizeof shown - 1; i++)
			shown[i] = (unsigned char)url[i] < 0x20 || url[i] == 0x7f ? '?' : url[i];
		shown[i] = '\0';
		fprintf(stderr, "parallax: serve: %s %s %u\n", method, shown, q.status);
	}
	return ret;
}

static void
mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	fputs("parallax: serve: ", stderr);
	vfprintf(stderr, fmt, ap);
	if (fmt[0] && fmt[strlen(fmt) - 1] != '\n')
		fputc('\n', stderr);
}

/* ------------------------------------------------------------- running */

int
serve_run(const struct serve_opts *o)
{
	struct server sv;
	struct sockaddr_storage ss;
	struct MHD_Daemon *d = NULL;
	const union MHD_DaemonInfo *info = NULL;
	sigset_t sigs;
	size_t i = 0, opened = 0;
	int v6 = 0, sig = 0, rc = 0;
	char shown[INET6_ADDRSTRLEN + 2];

	memset(&sv, 0, sizeof(sv));
	memset(&ss, 0, sizeof(ss));
	sv.o = o;
	if (inet_pton(AF_INET, o->listen, &((struct sockaddr_in *)&ss)->sin_addr) == 1) {
		struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
		sin->sin_family = AF_INET;
		sin->sin_port = htons((uint16_t)o->port);
	} else if (inet_pton(AF_INET6, o->listen, &((struct sockaddr_in6 *)&ss)->sin6_addr) == 1) {
		struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
		sin6->sin6_family = AF_INET6;
		sin6->sin6_port = htons((uint16_t)o->port);
		v6 = 1;
	} else {
		fprintf(stderr, "parallax serve: --listen takes an IP address, not '%s'\n", o->listen);
		return 2;
	}
	sv.free_stores = calloc(o->threads, sizeof(*sv.free_stores));
	sv.buckets = calloc(BUCKETS, sizeof(*sv.buckets));
	if (sv.free_stores == NULL || sv.buckets == NULL) {
		fprintf(stderr, "parallax: serve: out of memory\n");
		rc = 3;
		goto cleanup;
	}
	for (opened = 0; opened < o->threads; opened++) {
		struct px_store_opts so;
		char err[512] = "";
		px_store_opts_init(&so);
		so.err = err;
		so.err_size = sizeof err;
		so.busy_timeout_ms = 2000;
		if (px_store_open(o->db, PX_STORE_READ, &so, &sv.free_stores[opened]) != PX_OK) {
			fprintf(stderr, "parallax: %s: %s\n", o->db, err);
			rc = 3;
			goto cleanup;
		}
		sv.n_free++;
	}
	pthread_mutex_init(&sv.pool_lock, NULL);
	pthread_cond_init(&sv.pool_cond, NULL);
	pthread_mutex_init(&sv.rate_lock, NULL);
	/* The signals are taken by sigwait below; threads microhttpd starts
	 * inherit the mask, so no request thread is interrupted. A client
	 * closing its socket must not kill the server. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);
	d = MHD_start_daemon(MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG |
				     (v6 ? MHD_USE_IPv6 : 0),
			     (uint16_t)o->port, NULL, NULL, on_request, &sv,
			     MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
			     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
			     MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)o->threads,
			     MHD_OPTION_CONNECTION_LIMIT, (unsigned int)o->max_connections,
			     MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned int)o->per_ip,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)o->timeout_s,
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768,
			     MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned int)128,
			     MHD_OPTION_END);
	if (d == NULL) {
		fprintf(stderr, "parallax: serve: cannot listen on %s port %u: %s\n", o->listen,
			o->port, errno ? strerror(errno) : "unknown error");
		rc = 3;
		goto cleanup_sync;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	snprintf(shown, sizeof shown, v6 ? "[%s]" : "%s", o->listen);
	fprintf(stderr, "listening on http://%s:%u\n", shown,
		info ? (unsigned)info->port : o->port);
	fflush(stderr);
	while (sigwait(&sigs, &sig) != 0 || (sig != SIGINT && sig != SIGTERM))
		;
	MHD_stop_daemon(d);
	fprintf(stderr, "parallax: serve: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
cleanup_sync:
	pthread_mutex_destroy(&sv.pool_lock);
	pthread_cond_destroy(&sv.pool_cond);
	pthread_mutex_destroy(&sv.rate_lock);
cleanup:
	for (i = 0; i < sv.n_free; i++)
		px_store_close(sv.free_stores[i]);
	free(sv.free_stores);
	free(sv.buckets);
	return rc;
}
