/*
 * parallax text layer, part 1: decoding bytes of unknown encoding into
 * valid UTF-8 and repairing damaged text (mojibake, HTML entities, stray
 * control characters, Unicode normalisation).
 *
 * Every edit is logged as a px_edit (kind, before, after) so the article
 * record can show what was changed. Repair is conservative: text that is
 * already right comes out byte-identical. It never straightens quotes or
 * changes dashes.
 *
 * All functions here are thread-safe on distinct arguments.
 */
#ifndef PARALLAX_TEXT_H
#define PARALLAX_TEXT_H

#include "parallax/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One edit: kind ("mojibake", "entity", "control", "encoding", ...) and a
 * short before/after excerpt (the damaged run and its fix). Owned strings. */
struct px_edit {
	char *kind;
	char *before;
	char *after;
};

/* A caller-owned growable list of edits; zero-initialise, then release. */
struct px_edits {
	struct px_edit *items;
	size_t n;
	size_t cap;
};
PX_API px_status px_edits_add(struct px_edits *e, const char *kind,
			      const char *before, size_t before_len,
			      const char *after, size_t after_len);
PX_API void px_edits_release(struct px_edits *e);

/*
 * Whether bytes look binary rather than text: a NUL byte in the first
 * 4 KiB, or less than 75% printable characters after decoding
 * (ARCHITECTURE.md §5).
 */
PX_API int px_text_is_binary(const char *in, size_t len);

/*
 * Decode bytes into valid UTF-8, appended to out. A BOM (UTF-8, UTF-16
 * LE/BE) wins; else a declared charset (NULL when unknown; "utf-8",
 * "windows-1252", "iso-8859-2", "windows-1251", "koi8-r", "shift_jis", ...
 * as in HTTP/HTML; single-byte ones from built-in tables, others through
 * iconv) unless the bytes are valid UTF-8 with non-ASCII characters, which
 * are UTF-8 whatever the label; else valid or mostly valid UTF-8; else the
 * charset uchardet detects (inputs of 256 bytes or more); else
 * windows-1252. Invalid sequences become U+FFFD. Each such decision is
 * logged as an "encoding" edit. Newlines are normalised to "\n" (CRLF and
 * CR). log may be NULL.
 * Errors: PX_EINVAL (in NULL with len > 0), PX_ENOMEM / PX_ETOOBIG from out.
 */
PX_API px_status px_text_decode(const char *in, size_t len,
				const char *charset, struct px_buf *out,
				struct px_edits *log);

enum px_repair_flags {
	PX_REPAIR_MOJIBAKE = 1 << 0, /* UTF-8 misread as a legacy charset */
	PX_REPAIR_ENTITIES = 1 << 1, /* &amp; &#8217; &eacute; */
	PX_REPAIR_CONTROLS = 1 << 2, /* stray C0/C1 controls, terminal escapes */
	PX_REPAIR_NFC = 1 << 3,      /* Unicode NFC (utf8proc) */
	PX_REPAIR_ALL = 0xF
};

/*
 * Repair valid UTF-8 text (as px_text_decode produces), appending the
 * result to out and logging each repair as a px_edit of kind "mojibake",
 * "entity", "control", "normalization" (or "encoding" for invalid UTF-8,
 * which becomes U+FFFD), with the damaged run as before and its fix as
 * after. flags selects the repairs (PX_REPAIR_ALL for all). Text already
 * right is copied byte-identical; quotes and dashes are never changed.
 * Repair is idempotent: repairing its output changes nothing. Double-escaped
 * entities ("&amp;eacute;") are unescaped fully. log may be NULL.
 * Errors: PX_EINVAL (in NULL with len > 0), PX_ENOMEM / PX_ETOOBIG.
 * See docs/internals/repair.md for how mojibake is recognised.
 */
PX_API px_status px_text_repair(const char *in, size_t len, unsigned flags,
				struct px_buf *out, struct px_edits *log);

#ifdef __cplusplus
}
#endif
#endif
