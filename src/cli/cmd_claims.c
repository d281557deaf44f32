/*
 * parallax claims: not built yet (its issue is open); says so and fails.
 */
#include "cli.h"

int
cmd_claims(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "parallax claims: not available yet\n");
	return CLI_USAGE;
}
