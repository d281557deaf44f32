/*
 * Feature extraction for story clustering: stems of the headline and the
 * body, entities (capitalised words that do not start a sentence) and
 * numbers, interned into the clusterer's vocabulary and counted.
 *
 * Tokens and stems come from the text layer (px_doc_parse with
 * PX_DOC_TOKENS | PX_DOC_STEMS). When the text layer yields no tokens for a
 * non-empty text, a minimal scanner in this file stands in, with libstemmer's English stemmer
 * and a built-in stopword list; both paths feed the same emit_* functions,
 * so vectors are built the same way.
 *
 * Invariants: a doc's terms are sorted by id within each space, with the
 * count in w; the first LEAD_WORDS content words of the body count twice
 * (the lead of a news story names the event). A name written right after a
 * locative preposition ("in Lindholt", "near Lindholt") or in the
 * dateline ("LINDHOLT, Norland (NWS) -") is recorded as one of the
 * article's places, and a weekday or month it writes as one of its days:
 * the setting of an event (where and when), which the clusterer does not
 * let carry a join alone.
 */
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <utf8proc.h>

#include "cluster_internal.h"
#include "core_internal.h"
#include "parallax/clean.h"

#define LEAD_WORDS 40
#define MAX_WORD 64
#define RARE_DIV 1000 /* "rare": in under 1/RARE_DIV of background docs */

/* English stopwords (Snowball's list and a few contractions), sorted. */
static const char *const stops[] = {
	"a", "about", "above", "after", "again", "against", "all", "also", "am",
	"an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can",
	"could", "did", "do", "does", "doing", "don't", "down", "during", "each",
	"few", "for", "from", "further", "had", "has", "have", "having", "he",
	"her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
	"if", "in", "into", "is", "it", "it's", "its", "itself", "just", "me",
	"more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off",
	"on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
	"over", "own", "same", "she", "should", "so", "some", "such", "than",
	"that", "the", "their", "theirs", "them", "themselves", "then", "there",
	"these", "they", "this", "those", "through", "to", "too", "under",
	"until", "up", "very", "was", "we", "were", "what", "when", "where",
	"which", "while", "who", "whom", "why", "will", "with", "would", "you",
	"your", "yours", "yourself", "yourselves",
};

/*
 * Capitalised words that are not names of the event's actors or places:
 * days and months (time is its own dimension), honorifics and titles that
 * precede names in every story. Sorted; case-folded.
 */
static const char *const not_names[] = {
	"april", "august", "chief", "december", "dr", "february", "friday",
	"gen", "gov", "january", "july", "june", "march", "may", "monday", "mr",
	"mrs", "ms", "november", "october", "president", "rep", "saturday",
	"sen", "september", "st", "sunday", "thursday", "tuesday", "wednesday",
};

/* Weekdays and months: when an event happened, not what happened.
 * Case-folded, sorted. Months count only when capitalised ("a protest
 * march", "may" are other words). */
static const char *const weekdays[] = {
	"friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday",
};
static const char *const months[] = {
	"april", "august", "december", "february", "january", "july", "june",
	"march", "may", "november", "october", "september",
};

/* Prepositions after which a name is a place; case-folded, sorted. "at"
 * and "from" are left out: "staff at Microsoft", "a spokesman from Acme".
 * is_locative turns words away by these first letters and lengths before
 * reading the list: a word added here must be added there too. */
static const struct {
	const char *w;
	size_t n; /* strlen(w) */
} locatives[] = {
#define LOCATIVE(w) {w, sizeof(w) - 1}
	LOCATIVE("across"), LOCATIVE("around"),  LOCATIVE("in"),         LOCATIVE("inside"),
	LOCATIVE("near"),   LOCATIVE("outside"), LOCATIVE("throughout"),
#undef LOCATIVE
};

/*
 * Whether the NUL-terminated word w is in the sorted list: a binary
 * search that compares first bytes inline and calls strcmp only when they
 * match (this runs for every word; bsearch called a comparison function,
 * and strcmp, at every step).
 */
static int
sorted_has(const char *const *list, size_t n, const char *w)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = (int)(unsigned char)w[0] - (int)(unsigned char)list[mid][0];
		if (c == 0)
			c = strcmp(w, list[mid]);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

static int
is_stop(const struct px__tokenizer *tk, const char *w, size_t len)
{
	if (tk->text_layer_stops)
		return px_is_stopword(w, len);
	return sorted_has(stops, sizeof(stops) / sizeof(stops[0]), w);
}

px_status
px__tokenizer_init(struct px__tokenizer *tk)
{
	memset(tk, 0, sizeof(*tk));
	tk->text_layer_stops = px_is_stopword("the", 3) != 0;
	if (px_stemmer_new("en", &tk->px) == PX_OK && tk->px != NULL)
		return PX_OK;
	tk->px = NULL;
	tk->sb = sb_stemmer_new("english", "UTF_8");
	return tk->sb ? PX_OK : PX_ENOMEM;
}

void
px__tokenizer_release(struct px__tokenizer *tk)
{
	if (tk->px)
		px_stemmer_free(tk->px);
	if (tk->sb)
		sb_stemmer_delete(tk->sb);
	memset(tk, 0, sizeof(*tk));
}

static const char *
stem_word(struct px__tokenizer *tk, const char *w, size_t len, size_t *out)
{
	const sb_symbol *s = NULL;

	if (tk->px)
		return px_stemmer_stem(tk->px, w, len, out);
	s = sb_stemmer_stem(tk->sb, (const sb_symbol *)w, (int)len);
	if (s == NULL) {
		*out = len;
		return w;
	}
	*out = (size_t)sb_stemmer_length(tk->sb);
	return (const char *)s;
}

/* Collected (space, id) pairs of one article. */
struct fx {
	struct px__tokenizer *tk;
	struct px__vocab *v;
	uint64_t *p;
	size_t n, cap;
	size_t body_words;
	int after_loc;  /* the previous token is a locative preposition */
	int in_dateline; /* the token is inside the body's dateline place */
	size_t dl_start, dl_end; /* that place's bytes in the body */
	uint32_t *place; /* word ids of names written after one or in it */
	size_t n_place, cap_place;
	uint32_t *dl;    /* those of the dateline */
	size_t n_dl, cap_dl;
	uint32_t *day; /* word ids of weekdays and months */
	size_t n_day, cap_day;
	px_status st;
};

static int
is_locative(const char *fold, size_t flen)
{
	size_t i = 0;

	/* Every locative starts with a, i, n, o or t and has 2, 4, 6, 7 or
	 * 10 bytes: most words are turned away before the table is read. */
	if (flen != 2 && flen != 4 && flen != 6 && flen != 7 && flen != 10)
		return 0;
	switch (fold[0]) {
	case 'a': case 'i': case 'n': case 'o': case 't':
		break;
	default:
		return 0;
	}
	/* A fold holds no NUL, so it is the word when their lengths and
	 * bytes are equal (a byte loop: a few bytes, no call). */
	for (i = 0; i < sizeof(locatives) / sizeof(locatives[0]); i++) {
		size_t k = 0;
		if (locatives[i].n != flen || locatives[i].w[0] != fold[0])
			continue;
		while (k < flen && locatives[i].w[k] == fold[k])
			k++;
		if (k == flen)
			return 1;
	}
	return 0;
}

/* Append a word id to one of the setting lists. */
static void
push_word(struct fx *x, uint32_t **list, size_t *n, size_t *cap, uint32_t id)
{
	if (x->st)
		return;
	if (*n == *cap && (x->st = px_grow((void **)list, cap, *n + 1, sizeof(**list))))
		return;
	(*list)[(*n)++] = id;
}

static int
in_list(const char *const *list, size_t n, const char *fold, size_t flen)
{
	/* fold ends at flen (a token's fold, or fold_word's buffer). */
	if (flen < 3 || flen >= 16)
		return 0;
	return sorted_has(list, n, fold);
}

/* Inline: it runs for every content word (6.8 million calls on
   bench-news's report). */
static inline void
push(struct fx *x, enum px__space sp, uint32_t id)
{
	if (x->st)
		return;
	if (x->n == x->cap &&
	    (x->st = px_grow((void **)&x->p, &x->cap, x->n + 1, sizeof(*x->p))))
		return;
	x->p[x->n++] = ((uint64_t)sp << 32) | id;
}

/* A word (case-folded) with its stem; stop: it is a stopword. */
static void
emit_word(struct fx *x, const char *fold, size_t flen, const char *stem,
	  size_t slen, int stop, int cap, int initial, int title)
{
	char key[MAX_WORD + 2];
	uint32_t id = 0;

	if (x->st || flen < 2 || slen == 0 || slen > MAX_WORD || stop)
		return;
	if ((x->st = px__vocab_intern(x->v, stem, slen, stem, slen, &id)))
		return;
	/* Every weekday ends in "day" (tested first: this runs per word). */
	if ((flen >= 6 && memcmp(fold + flen - 3, "day", 3) == 0 &&
	     in_list(weekdays, sizeof(weekdays) / sizeof(weekdays[0]), fold, flen)) ||
	    (cap && in_list(months, sizeof(months) / sizeof(months[0]), fold, flen)))
		push_word(x, &x->day, &x->n_day, &x->cap_day, id);
	if (title) {
		push(x, PX__TITLE, id);
	} else {
		push(x, PX__BODY, id);
		if (x->body_words++ < LEAD_WORDS)
			push(x, PX__BODY, id);
	}
	/*
	 * A capitalised word inside a sentence is a name. At the start of a
	 * sentence, or anywhere in a title-case headline, capitals say
	 * nothing, so there only words that are rare in the background corpus
	 * count ("Reid has entered", "Lohan Checks Into Rehab").
	 */
	if (cap && (title || initial) &&
	    (uint64_t)x->v->bg[id] * RARE_DIV > x->v->bg_docs)
		cap = 0;
	if (cap && flen <= MAX_WORD &&
	    sorted_has(not_names, sizeof(not_names) / sizeof(not_names[0]), fold))
		cap = 0;
	if (cap) {
		/* Entities keep their folded surface form ("dunmore"), less a
		 * possessive, so that explanations read as names. */
		if (flen > 2 && fold[flen - 2] == '\'' && fold[flen - 1] == 's')
			flen -= 2;
		if (flen > MAX_WORD)
			flen = MAX_WORD;
		key[0] = '^';
		memcpy(key + 1, fold, flen);
		if ((x->st = px__vocab_intern(x->v, key, flen + 1, stem, slen, &id)))
			return;
		push(x, PX__ENT, id);
		if (x->after_loc || x->in_dateline)
			push_word(x, &x->place, &x->n_place, &x->cap_place, x->v->word[id]);
		if (x->in_dateline)
			push_word(x, &x->dl, &x->n_dl, &x->cap_dl, x->v->word[id]);
	}
}

/* A number: its digits and decimal point; one-digit numbers are too
 * common to tell events apart. */
static void
emit_number(struct fx *x, const char *s, size_t len)
{
	char key[MAX_WORD + 2];
	size_t i = 0, k = 1, digits = 0;
	uint32_t id = 0;

	key[0] = '#';
	for (i = 0; i < len && k < MAX_WORD; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			key[k++] = s[i];
			digits++;
		} else if (s[i] == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9') {
			key[k++] = '.';
		} else if (s[i] != ',') {
			break;
		}
	}
	if (digits < 2 || x->st)
		return;
	if ((x->st = px__vocab_intern(x->v, key, k, key, k, &id)))
		return;
	push(x, PX__ENT, id);
}

/* Fold one word to lower case into out (at most MAX_WORD bytes). */
static size_t
fold_word(const char *s, size_t len, char *out)
{
	size_t i = 0, k = 0;

	while (i < len && k + 4 <= MAX_WORD) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			out[k++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
			i++;
		} else {
			int32_t cp = 0;
			size_t n = px_utf8_decode(s + i, len - i, &cp);
			if (cp == 0x2019) {
				out[k++] = '\'';
			} else if (cp >= 0) {
				k += px_utf8_encode((uint32_t)utf8proc_tolower(cp), out + k);
			}
			i += n;
		}
	}
	return k;
}

static int
starts_upper(const char *s, size_t len)
{
	int32_t cp = 0;

	if ((unsigned char)s[0] < 0x80)
		return s[0] >= 'A' && s[0] <= 'Z';
	px_utf8_decode(s, len, &cp);
	return cp >= 0 && utf8proc_isupper(cp);
}

static int
is_word_byte(const unsigned char *s, size_t i, size_t len)
{
	unsigned c = s[i];

	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9');
	/* General punctuation (dashes, quotes), no-break space, guillemets. */
	if (c == 0xE2 && i + 1 < len && (s[i + 1] == 0x80 || s[i + 1] == 0x81))
		return 0;
	if (c == 0xC2 && i + 1 < len &&
	    (s[i + 1] == 0xA0 || s[i + 1] == 0xAB || s[i + 1] == 0xBB))
		return 0;
	return 1;
}

/*
 * The stand-in scanner: words of letters, digits and apostrophes, numbers
 * with inner '.' and ','; a sentence starts at the text's start, after a
 * line break and after . ! ? that does not follow a short capitalised
 * abbreviation ("St.", "Mr.").
 */
static void
scan_text(struct fx *x, const char *text, size_t len, int title)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	int initial = 1, prev_abbrev = 0;

	while (i < len && !x->st) {
		if (is_word_byte(s, i, len)) {
			size_t st = i, flen = 0, slen = 0;
			int num = s[i] >= '0' && s[i] <= '9';
			char fold[MAX_WORD + 1];
			const char *stem = NULL;
			while (i < len) {
				if (is_word_byte(s, i, len)) {
					i += s[i] < 0x80 ? 1 : px_utf8_decode(text + i, len - i, &(int32_t){0});
				} else if (s[i] == '\'' && i + 1 < len && is_word_byte(s, i + 1, len)) {
					i++;
				} else if (s[i] == 0xE2 && i + 3 < len && s[i + 1] == 0x80 &&
					   s[i + 2] == 0x99 && is_word_byte(s, i + 3, len)) {
					i += 3;
				} else if (num && (s[i] == '.' || s[i] == ',') && i + 1 < len &&
					   s[i + 1] >= '0' && s[i + 1] <= '9') {
					i++;
				} else {
					break;
				}
			}
			x->in_dateline = !title && st >= x->dl_start && st < x->dl_end;
			if (num) {
				emit_number(x, text + st, i - st);
				x->after_loc = 0;
			} else {
				flen = fold_word(text + st, i - st, fold);
				fold[flen] = '\0';
				stem = stem_word(x->tk, fold, flen, &slen);
				emit_word(x, fold, flen, stem, slen, is_stop(x->tk, fold, flen),
					  starts_upper(text + st, i - st), initial, title);
				x->after_loc = !starts_upper(text + st, i - st) &&
					       is_locative(fold, flen);
			}
			prev_abbrev = !num && i - st <= 3 && starts_upper(text + st, i - st);
			initial = 0;
			continue;
		}
		if (s[i] == '\n') {
			initial = 1;
		} else if (s[i] == '!' || s[i] == '?') {
			initial = 1;
		} else if (s[i] == '.' && !prev_abbrev) {
			initial = 1;
		}
		if (s[i] != ' ') {
			prev_abbrev = 0;
			x->after_loc = 0;
		}
		i += s[i] < 0x80 ? 1 : px_utf8_decode(text + i, len - i, &(int32_t){0});
	}
}

/*
 * Tokens from the text layer; returns 0 when it made none. pre, when not
 * NULL, is the text already parsed by the caller the way this function
 * would parse it. The text layer marks stopwords from the same lexicon
 * px_is_stopword() reads, so its flag stands for that lookup.
 */
static int
doc_text(struct fx *x, const char *text, size_t len, int title,
	 const struct px_doc *pre)
{
	struct px_doc own;
	const struct px_doc *doc = pre;
	size_t i = 0, s = 0;
	unsigned flags = PX_DOC_TOKENS | (x->tk->px ? PX_DOC_STEMS : 0);

	if (doc == NULL || x->tk->px == NULL) {
		if (px_doc_parse(&own, text, len, flags, x->tk->px) != PX_OK)
			return 0;
		doc = &own;
	}
	if (doc->n_toks == 0) {
		if (doc == &own)
			px_doc_release(&own);
		return 0;
	}
	for (i = 0; i < doc->n_toks && !x->st; i++) {
		const struct px_token *t = &doc->toks[i];
		int initial = 0;
		while (s < doc->n_sents && doc->sents[s].tok_end <= i)
			s++;
		initial = s < doc->n_sents && doc->sents[s].tok_start == i;
		x->in_dateline = !title && t->start >= x->dl_start && t->start < x->dl_end;
		if (t->flags & PX_TOK_NUMBER) {
			emit_number(x, text + t->start, t->end - t->start);
			x->after_loc = 0;
		} else if (!(t->flags & PX_TOK_WORD)) {
			x->after_loc = 0;
		} else {
			const char *stem = t->stem;
			size_t slen = 0, flen = px_token_fold_len(t);
			int stop = 0;
			if (!x->tk->px)
				stem = stem_word(x->tk, t->fold, flen, &slen);
			else
				slen = px_token_stem_len(t);
			if (x->tk->text_layer_stops)
				stop = (t->flags & PX_TOK_STOP) != 0;
			else
				stop = is_stop(x->tk, t->fold, flen);
			emit_word(x, t->fold, flen, stem, slen, stop,
				  (t->flags & PX_TOK_CAP) != 0, initial, title);
			x->after_loc = !(t->flags & PX_TOK_CAP) && is_locative(t->fold, flen);
		}
	}
	if (doc == &own)
		px_doc_release(&own);
	return 1;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Sort word ids and drop repeats; returns the new count. */
static uint32_t
sort_unique(uint32_t *v, size_t n)
{
	size_t i = 0, k = 0;

	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_u32);
	for (i = 0; i < n; i++)
		if (k == 0 || v[k - 1] != v[i])
			v[k++] = v[i];
	return (uint32_t)k;
}

px_status
px__features(struct px__tokenizer *tk, struct px__vocab *v,
	     const struct px_article *a, const struct px_doc *title,
	     const struct px_doc *text, struct px_cluster_doc **out)
{
	struct fx x;
	struct px_cluster_doc *d = NULL;
	size_t i = 0, k = 0;

	*out = NULL;
	memset(&x, 0, sizeof(x));
	x.tk = tk;
	x.v = v;
	if (a->text && a->text_len) {
		/* "LINDHOLT, Norland (NWS) -": the place part names the setting. */
		struct px_dateline dl;
		if (px_dateline_parse(a->text, a->text_len, &dl)) {
			x.dl_start = dl.place_start;
			x.dl_end = dl.place_end;
		}
	}
	{
		/* Room for a term per token and the lead words' second count
		   (most tokens give one term or none; names give two): the
		   list grew by doubling from 8, about nine reallocations for
		   each article. */
		size_t guess = (title ? title->n_toks : 0) + (text ? text->n_toks : 0) + LEAD_WORDS;
		if (guess > 8 && px_grow((void **)&x.p, &x.cap, guess, sizeof(*x.p)) != PX_OK)
			goto nomem;
	}
	if (a->title && a->title_len && !doc_text(&x, a->title, a->title_len, 1, title))
		scan_text(&x, a->title, a->title_len, 1);
	if (a->text && a->text_len && !doc_text(&x, a->text, a->text_len, 0, text))
		scan_text(&x, a->text, a->text_len, 0);
	if (x.st)
		goto fail;
	{
		/* Without scratch space the keys are sorted in place. */
		uint64_t *tmp = px_alloc((x.n ? x.n : 1) * sizeof(*tmp));
		if (tmp)
			px__sort_u64_buf(x.p, tmp, x.n);
		else
			px__sort_u64(x.p, x.n);
		px_free(tmp);
	}
	d = px_calloc(1, sizeof(*d));
	if (d == NULL)
		goto nomem;
	d->time = a->time;
	d->t = px_alloc((x.n ? x.n : 1) * sizeof(*d->t));
	if (d->t == NULL)
		goto nomem;
	for (i = 0; i < x.n; i++) {
		uint32_t sp = (uint32_t)(x.p[i] >> 32), id = (uint32_t)x.p[i];
		if (k && i && x.p[i] == x.p[i - 1]) {
			d->t[k - 1].w += 1;
			continue;
		}
		d->t[k].id = id;
		d->t[k].w = 1;
		d->n[sp]++;
		k++;
	}
	d->place = x.place;
	d->n_place = sort_unique(x.place, x.n_place);
	x.place = NULL;
	d->dl = x.dl;
	d->n_dl = sort_unique(x.dl, x.n_dl);
	x.dl = NULL;
	d->day = x.day;
	d->n_day = sort_unique(x.day, x.n_day);
	x.day = NULL;
	px_free(x.p);
	*out = d;
	return PX_OK;
nomem:
	x.st = PX_ENOMEM;
fail:
	px_free(x.place);
	px_free(x.dl);
	px_free(x.day);
	px_free(x.p);
	px_cluster_doc_free(d);
	return x.st;
}

void
px_cluster_doc_free(struct px_cluster_doc *doc)
{
	if (doc == NULL)
		return;
	px_free(doc->t);
	px_free(doc->place);
	px_free(doc->dl);
	px_free(doc->day);
	px_free(doc);
}
