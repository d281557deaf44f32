/*
 * parallax dedup stage (API lands with its issue).
 */
#ifndef PARALLAX_DEDUP_H
#define PARALLAX_DEDUP_H

#include "parallax/core.h"

#endif
