/*
 * Internal interfaces between the ingest readers (reader.c, jsonl.c,
 * warc.c, compress.c) and the HTML extractor (html*.c). Nothing here is
 * public API; names carry the px__ prefix.
 */
#ifndef PX_INGEST_INTERNAL_H
#define PX_INGEST_INTERNAL_H

#include "parallax/article.h"

/*
 * Extract the article from one HTML document: main text, title, date,
 * source, author, language and url. bytes need not be NUL-terminated;
 * charset comes from an HTTP header (WARC) or is NULL; url is the page's
 * address or NULL. On success *out is a new article owned by the caller
 * (px_article_free) whose text is already decoded, repaired and cleaned and
 * whose repairs/removals are logged; id, path, line and order are left for
 * the caller to set. Errors: PX_EBINARY for binary data, PX_EEMPTY when no
 * text is found, PX_ENOMEM. Thread-safe on distinct arguments.
 */
px_status px__html_extract(const char *bytes, size_t len, const char *charset /* from HTTP header or NULL */, const char *url /* or NULL */, struct px_article **out);

#endif
