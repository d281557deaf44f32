/*
 * parallax serve --db FILE [--listen ADDR] [--port N]: the JSON API and
 * web page over a store, until SIGINT or SIGTERM (src/serve/).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../serve/serve.h"

static const char serve_help[] =
	"usage: parallax serve --db FILE [--listen ADDR] [--port N] [--threads N]\n"
	"                      [--rate N] [--burst N] [--max-connections N]\n"
	"                      [--per-ip N] [--timeout S] [--log]\n"
	"\n"
	"Serve a web page to browse and search the stories of the store, and a\n"
	"JSON API: /api/stories, /api/stories/ID, /api/stories/ID/articles,\n"
	"/api/articles/ID, /api/search?q=, /api/status (docs/api.md). The store\n"
	"is opened read-only; 'parallax ingest' may add to it meanwhile. Prints\n"
	"'listening on http://ADDR:PORT' on stderr once it accepts connections;\n"
	"SIGINT or SIGTERM stop it cleanly.\n"
	"\n"
	"  --db FILE            the store\n"
	"  --listen ADDR        IP address to listen on (default 127.0.0.1; use\n"
	"                       0.0.0.0 or :: to accept other machines)\n"
	"  --port N             TCP port (default 8080; 0 picks a free one)\n"
	"  --threads N          request threads (default 4)\n"
	"  --rate N             requests per second per client address (default\n"
	"                       50; 0 for no limit)\n"
	"  --burst N            requests a client may make at once (default 200)\n"
	"  --max-connections N  open connections in all (default 256)\n"
	"  --per-ip N           open connections per client address (default 64)\n"
	"  --timeout S          close idle or slow connections after S seconds\n"
	"                       (default 15)\n"
	"  --log                one line per request on stderr\n"
	"  -h, --help           show this help\n";

static int
number(const char *opt, int argc, char **argv, int *i, long min, long max, long *out)
{
	char *end = NULL;
	long v = 0;

	errno = 0;
	if (++*i < argc)
		v = strtol(argv[*i], &end, 10);
	if (*i >= argc || errno || end == argv[*i] || *end || v < min || v > max) {
		cli_usage_error("serve", "%s takes a number from %ld to %ld", opt, min, max);
		return -1;
	}
	*out = v;
	return 0;
}

int
cmd_serve(int argc, char **argv)
{
	struct serve_opts o;
	int i = 0, r = 0;
	long v = 0;

	serve_opts_init(&o);
	if (cli_wants_help(argc, argv))
		return cli_help(serve_help);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			/* The end of the options; serve takes no operand. */
			if (i + 1 < argc)
				return cli_usage_error("serve", "unexpected argument '%s'",
						       argv[i + 1]);
			break;
		}
		r = cli_db_option("serve", argc, argv, &i, &o.db);
		if (r < 0)
			return CLI_USAGE;
		if (r > 0)
			continue;
		if (strcmp(a, "--listen") == 0) {
			if (++i >= argc)
				return cli_usage_error("serve", "--listen takes an IP address");
			o.listen = argv[i];
		} else if (strcmp(a, "--port") == 0) {
			if (number(a, argc, argv, &i, 0, 65535, &v))
				return CLI_USAGE;
			o.port = (unsigned)v;
		} else if (strcmp(a, "--threads") == 0) {
			if (number(a, argc, argv, &i, 1, 64, &v))
				return CLI_USAGE;
			o.threads = (unsigned)v;
		} else if (strcmp(a, "--rate") == 0) {
			if (number(a, argc, argv, &i, 0, 1000000, &v))
				return CLI_USAGE;
			o.rate = (double)v;
		} else if (strcmp(a, "--burst") == 0) {
			if (number(a, argc, argv, &i, 1, 1000000, &v))
				return CLI_USAGE;
			o.burst = (unsigned)v;
		} else if (strcmp(a, "--max-connections") == 0) {
			if (number(a, argc, argv, &i, 1, 100000, &v))
				return CLI_USAGE;
			o.max_connections = (unsigned)v;
		} else if (strcmp(a, "--per-ip") == 0) {
			if (number(a, argc, argv, &i, 1, 100000, &v))
				return CLI_USAGE;
			o.per_ip = (unsigned)v;
		} else if (strcmp(a, "--timeout") == 0) {
			if (number(a, argc, argv, &i, 1, 3600, &v))
				return CLI_USAGE;
			o.timeout_s = (unsigned)v;
		} else if (strcmp(a, "--log") == 0) {
			o.access_log = 1;
		} else {
			return cli_usage_error("serve", "unexpected argument '%s'", a);
		}
	}
	if (o.db == NULL)
		return cli_usage_error("serve", "--db FILE is required");
	if (o.listen) {
		/* Checked here so the message has the usage error's form. */
		unsigned char addr[sizeof(struct in6_addr)];
		if (inet_pton(AF_INET, o.listen, addr) != 1 &&
		    inet_pton(AF_INET6, o.listen, addr) != 1)
			return cli_usage_error("serve", "--listen takes an IP address, not '%s'",
					       o.listen);
	}
	return serve_run(&o);
}
