/*
 * parallax cluster stage (API lands with its issue).
 */
#ifndef PARALLAX_CLUSTER_H
#define PARALLAX_CLUSTER_H

#include "parallax/core.h"

#endif
