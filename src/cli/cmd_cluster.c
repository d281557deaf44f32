/*
 * parallax cluster: not built yet (its issue is open); says so and fails.
 */
#include "cli.h"

int
cmd_cluster(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "parallax cluster: not available yet\n");
	return CLI_USAGE;
}
