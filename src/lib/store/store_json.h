/*
 * The part of the story builder that works on report JSON alone (no
 * SQLite), declared apart so that unit tests can reach it.
 */
#ifndef PX_STORE_JSON_H
#define PX_STORE_JSON_H

#include <jansson.h>

/*
 * Merge the story objects of a report's "stories" array into one story
 * object (a new reference; NULL without memory): arrays are joined in
 * order, "sources" summed, "first_seen"/"last_seen" widened, members only
 * a later object has are added, every other member is the first object's;
 * a "note" says the comparison ran per group. Used when a report of one
 * stored story's articles splits them into several stories.
 */
json_t *px__sb_merge_stories(json_t *stories);

#endif
