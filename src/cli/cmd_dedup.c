/*
 * parallax dedup: not built yet (its issue is open); says so and fails.
 */
#include "cli.h"

int
cmd_dedup(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "parallax dedup: not available yet\n");
	return CLI_USAGE;
}
