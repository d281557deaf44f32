/*
 * parallax claims stage (API lands with its issue).
 */
#ifndef PARALLAX_CLAIMS_H
#define PARALLAX_CLAIMS_H

#include "parallax/core.h"

#endif
