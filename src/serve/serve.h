/*
 * parallax serve: the HTTP service over a store (libmicrohttpd) and the
 * web page it serves. Used by src/cli/cmd_serve.c only; not library API.
 */
#ifndef PX_SERVE_H
#define PX_SERVE_H

#include <stddef.h>

struct serve_opts {
	const char *db;          /* the store (opened read-only) */
	const char *listen;      /* an IPv4 or IPv6 address ["127.0.0.1"] */
	unsigned port;           /* 0 picks a free port [8080] */
	unsigned threads;        /* request threads, one store handle each [4] */
	unsigned max_connections; /* open connections in all [256] */
	unsigned per_ip;         /* open connections per client address [64] */
	unsigned timeout_s;      /* an idle or slow connection is closed [15] */
	double rate;             /* requests per second per client address;
				    0: no limit [50] */
	unsigned burst;          /* requests a client may make at once [200] */
	int access_log;          /* one stderr line per request */
};

/* Fill the defaults. */
void serve_opts_init(struct serve_opts *o);

/*
 * Serve until SIGINT or SIGTERM. Prints `listening on http://ADDR:PORT` on
 * stderr once connections are accepted. Returns a CLI exit status: 0 after
 * a clean shutdown, 3 when the store or the socket cannot be opened.
 */
int serve_run(const struct serve_opts *o);

/* The web page's files, compiled in from src/serve/page/ (assets.c is
 * generated from them by src/serve/gen_assets.py). */
struct serve_asset {
	const char *path;  /* URL path: "/", "/app.js", "/app.css" */
	const char *type;  /* Content-Type */
	const char *data;
	size_t len;
};
extern const struct serve_asset serve_assets[];
extern const size_t serve_n_assets;

#endif
