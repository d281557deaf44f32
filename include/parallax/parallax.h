/*
 * parallax: read news articles from many outlets, repair their text, fold
 * syndicated copies, group articles into stories and compare what the
 * sources claim. This header includes the whole public API.
 */
#ifndef PARALLAX_H
#define PARALLAX_H

#include "parallax/core.h"
#include "parallax/text.h"
#include "parallax/clean.h"
#include "parallax/segment.h"
#include "parallax/article.h"
#include "parallax/dedup.h"
#include "parallax/cluster.h"
#include "parallax/claims.h"
#include "parallax/compare.h"
#include "parallax/provenance.h"
#include "parallax/report.h"
#include "parallax/perspective.h"
#include "parallax/store.h"

#endif
