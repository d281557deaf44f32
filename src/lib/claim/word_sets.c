/*
 * Default of px__cl_word_sets (claim_internal.h): no word sets. The
 * definition is a weak symbol, so the one in quote.c, beside the code that
 * reads the sets, replaces it at link time; this default only keeps the
 * library whole for a quote.c that defines none. It lives in a file of its
 * own so that no other code is compiled seeing its one-element size.
 */
#include "claim_internal.h"

__attribute__((weak)) const struct set_word *const px__cl_word_sets[] = {NULL};
