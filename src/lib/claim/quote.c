/*
 * Quote claims: quoted words and reported speech, with speaker and cue.
 *
 * Direct quotes: curly (U+201C ... U+201D) and straight ("...") double
 * quotes. A quote left open at a paragraph's end continues when the next
 * paragraph opens with a quote mark (the news convention for long quotes);
 * otherwise it ends there. The claim spans the marks; `quote` is the words
 * inside, white space folded and continuation marks dropped. A quote of
 * fewer than six words, or one set inside the reporter's sentence, is
 * partial.
 *
 * Speaker of a direct quote, in its paragraph: after the closing mark
 * (`," X said`, `," said county engineer Petra Quill`, `," X, a spokesman
 * for Y, said`, `," he added`), else before the opening one (`X said: "`,
 * `according to X, "`, `X told reporters that "`). X is a name found by
 * entity.c (resolved to its canonical full name: "Biden" -> "Joe Biden"),
 * a pronoun (he/she take the last person named before the quote, across
 * paragraphs; they/we/I stay unnamed), or a description ending on a noun
 * of people or organisations ("a spokesman for the ministry", "officials",
 * "the poll"). Auxiliaries and adverbs may stand between the speaker and
 * the verb ("has also said"). A second quote in the same paragraph keeps
 * the first one's speaker.
 *
 * Reported speech (kind PX_CLAIM_REPORTED), at most one per sentence and
 * none in a sentence holding a quote mark: "according to X, ...";
 * "..., X said [on Tuesday]." and "..., said X."; "X said (that) ...",
 * "X told Y (that) ...", "In a statement, X said ...", "..., saying ..."
 * (the sentence's subject speaks). The content runs from "that" (or the
 * first word of the clause) to the end of the sentence, closing
 * punctuation left out, as PolNeAR marks it.
 *
 * Every claim records the spans of its speaker as written (source), its
 * cue (with auxiliaries: "has said") and its content; tools/
 * eval_attribution.py scores them against PolNeAR.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "claim_internal.h"
#include "naming.h"

#define QUOTE_MAX_WORDS 4000

struct qspan {
	size_t os, qs, qe, oe; /* opening mark, words, end of words, after closing */
};

static int
at(const char *t, size_t len, size_t i, const char *lit)
{
	size_t n = strlen(lit);
	return i + n <= len && memcmp(t + i, lit, n) == 0;
}

/* ' ', '\t', '\n' or '\r': one compare and a bit test, most bytes failing
   the compare. */
static int
is_space(char c)
{
	unsigned char u = (unsigned char)c;

	return u <= ' ' && ((((uint64_t)1 << ' ') | ((uint64_t)1 << '\t') |
			     ((uint64_t)1 << '\n') | ((uint64_t)1 << '\r')) >> u) & 1;
}

/* Whether the byte is an ASCII letter or digit, or a byte of a UTF-8
   sequence (a letter of another script, most likely). */
static int
word_byte(char c)
{
	unsigned char u = (unsigned char)c;

	return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

/* Length of an opening single curly mark at i ("the ferry ‘should never
   have left the quay’", British style), 0 if none: after a space or an
   opening bracket, before a word. */
static size_t
open_single(const char *t, size_t len, size_t i)
{
	if (at(t, len, i, "\xe2\x80\x98") && (i == 0 || is_space(t[i - 1]) || strchr("([{-:", t[i - 1])) &&
	    i + 3 < len && !is_space(t[i + 3]))
		return 3;
	return 0;
}

/* Length of the closing single curly mark at i, 0 if none: after a word,
   and not an apostrophe ("the port’s", "workers’ union" inside a single
   quote is rare enough: a closing mark may not be followed by a letter). */
static size_t
close_single(const char *t, size_t len, size_t i)
{
	if (at(t, len, i, "\xe2\x80\x99") && i > 0 && !is_space(t[i - 1]) &&
	    (i + 3 >= len || !word_byte(t[i + 3]) ||
	     ((unsigned char)t[i + 3] == 0xe2 && i + 4 < len && (unsigned char)t[i + 4] == 0x80)))
		return 3; /* a letter may not follow; punctuation such as ” may */
	return 0;
}

/* Length of an opening mark at i (0 if none). */
static size_t
open_mark(const char *t, size_t len, size_t i)
{
	if (at(t, len, i, "\xe2\x80\x9c"))
		return 3;
	if (t[i] == '"' && (i == 0 || is_space(t[i - 1]) || strchr("([{-:", t[i - 1])) &&
	    i + 1 < len && !is_space(t[i + 1]))
		return 1;
	/* two apostrophes: the double quote of some wire and archive texts */
	if (at(t, len, i, "''") && (i == 0 || is_space(t[i - 1]) || strchr("([{-:", t[i - 1])) &&
	    i + 2 < len && !is_space(t[i + 2]) && t[i + 2] != '\'')
		return 2;
	return 0;
}

static size_t
close_mark(const char *t, size_t len, size_t i)
{
	if (at(t, len, i, "\xe2\x80\x9d"))
		return 3;
	if (t[i] == '"' && i > 0 && !is_space(t[i - 1]))
		return 1;
	if (at(t, len, i, "''") && i > 0 && !is_space(t[i - 1]) && t[i - 1] != '\'')
		return 2;
	return 0;
}

/*
 * Straight single marks, the quotation marks of British style ('The sea
 * was as bad as I have seen,' said ...), are also apostrophes (the
 * skippers' briefing, 'tis, rock 'n' roll): one closes a quote only right
 * after the quote's own punctuation (,' .' ?' !') before a space, a mark or
 * the end, and one opens a quote only where a word starts and such a close
 * follows in the same paragraph, with no other opening before it.
 */
#define STRAIGHT_REACH 4000 /* bytes an opening mark looks ahead for its close */

static size_t
close_straight(const char *t, size_t len, size_t i)
{
	if (t[i] == '\'' && i >= 2 && strchr(",.?!", t[i - 1]) && !is_space(t[i - 2]) &&
	    (i + 1 >= len || is_space(t[i + 1]) || strchr(")]}\"", t[i + 1])))
		return 1;
	return 0;
}

static size_t
open_straight(const char *t, size_t len, size_t i)
{
	size_t j = 0;

	if (t[i] != '\'' || !(i == 0 || is_space(t[i - 1]) || strchr("([{-:", t[i - 1])) ||
	    i + 1 >= len || !word_byte(t[i + 1]) || (t[i + 1] >= '0' && t[i + 1] <= '9'))
		return 0;
	for (j = i + 2; j < len && j < i + STRAIGHT_REACH; j++) {
		if (t[j] == '\n' && j + 1 < len && t[j + 1] == '\n')
			return 0;
		if (t[j] == '\'' && close_straight(t, len, j))
			return 1;
		if (t[j] == '\'' && is_space(t[j - 1]))
			return 0; /* another opening first: 'Tis ... 'unacceptable.' */
	}
	return 0;
}

/* Kinds of quotation marks: double (straight, curly or two apostrophes),
   single curly ones and straight single ones. A quote closes only with a
   mark of its kind. */
enum { Q_NONE = 0, Q_DOUBLE, Q_SINGLE, Q_STRAIGHT };

/* Length of an opening mark of the kind at i (0 if none). */
static size_t
open_of(const char *t, size_t len, size_t i, int kind)
{
	return kind == Q_DOUBLE	  ? open_mark(t, len, i)
	       : kind == Q_SINGLE ? open_single(t, len, i)
				  : open_straight(t, len, i);
}

/* Length of a closing mark of the kind at i (0 if none). */
static size_t
close_of(const char *t, size_t len, size_t i, int kind)
{
	return kind == Q_DOUBLE	  ? close_mark(t, len, i)
	       : kind == Q_SINGLE ? close_single(t, len, i)
				  : close_straight(t, len, i);
}

/* The bytes that may start a quote mark (1) or a paragraph break (2). */
static const unsigned char mark_byte[256] = {['\n'] = 2, ['"'] = 1, ['\''] = 1, [0xe2] = 1};

/*
 * First byte at or after i that may start a mark (mark_byte), or len;
 * newlines only when nl is set (outside a quote a newline is passed over
 * as any other byte).
 * Eight bytes at a time where the compiler and byte order allow: for each
 * of the four bytes, x = v ^ byte has a zero byte where it matches, and
 * (x - 0x01..) & ~x has the high bit of its lowest zero byte set (bytes
 * above it may be flagged too, never below), so the lowest flag of the
 * four is the first match. Without nl the fourth byte is '"' again, which
 * adds nothing to the mask.
 */
static size_t
next_mark(const char *t, size_t len, size_t i, int nl)
{
	unsigned want = nl ? 3 : 1;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t lo = 0x0101010101010101ull, hi = 0x8080808080808080ull;
	const uint64_t fourth = lo * (nl ? '\n' : '"');

	while (i + 8 <= len) {
		uint64_t v = 0, x = 0, m = 0;
		memcpy(&v, t + i, 8);
		x = v ^ fourth;
		m |= (x - lo) & ~x;
		x = v ^ (lo * '"');
		m |= (x - lo) & ~x;
		x = v ^ (lo * '\'');
		m |= (x - lo) & ~x;
		x = v ^ (lo * 0xe2);
		m |= (x - lo) & ~x;
		m &= hi;
		if (m != 0)
			return i + ((size_t)__builtin_ctzll(m) >> 3);
		i += 8;
	}
#endif
	while (i < len && !(mark_byte[(unsigned char)t[i]] & want))
		i++;
	return i;
}

/* Quote spans of one field, in order. */
static px_status
find_quotes(const char *t, size_t len, struct qspan **out, size_t *n)
{
	size_t i = 0, cap = 0;
	struct qspan cur;
	int open = Q_NONE, kind = Q_NONE;

	*out = NULL;
	*n = 0;
	memset(&cur, 0, sizeof cur);
	while (i < len) {
		size_t m = 0;
		/* only a newline, '"', '\'' or the lead byte of U+201C/D matter */
		i = next_mark(t, len, i, open);
		if (i >= len)
			break;
		if (open && t[i] == '\n' && i + 1 < len && t[i + 1] == '\n') {
			/* paragraph break inside a quote: continued or ended */
			size_t k = i;
			while (k < len && is_space(t[k]))
				k++;
			if (k < len && (m = open_of(t, len, k, open)) > 0) {
				i = k + m;
				continue;
			}
			cur.qe = i;
			cur.oe = i;
			open = Q_NONE;
			if (px_grow((void **)out, &cap, *n + 1, sizeof(**out)))
				return PX_ENOMEM;
			(*out)[(*n)++] = cur;
			i = k;
			continue;
		}
		if (open && (m = close_of(t, len, i, open)) > 0) {
			cur.qe = i;
			cur.oe = i + m;
			open = Q_NONE;
			if (cur.qe > cur.qs) {
				if (px_grow((void **)out, &cap, *n + 1, sizeof(**out)))
					return PX_ENOMEM;
				(*out)[(*n)++] = cur;
			}
			i += m;
			continue;
		}
		if (!open) {
			for (kind = Q_DOUBLE; kind <= Q_STRAIGHT && (m = open_of(t, len, i, kind)) == 0; kind++)
				;
			if (m > 0) {
				cur.os = i;
				cur.qs = i + m;
				open = kind;
				i += m;
				continue;
			}
		}
		i++;
	}
	if (open && len > cur.qs) {
		cur.qe = len;
		cur.oe = len;
		if (px_grow((void **)out, &cap, *n + 1, sizeof(**out)))
			return PX_ENOMEM;
		(*out)[(*n)++] = cur;
	}
	return PX_OK;
}

static size_t
tok_at_or_after(const struct toks *tk, size_t off)
{
	size_t lo = 0, hi = tk->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (tk->t[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Mentions are in (field, token) order: binary search the first one that
   does not end before token k of field f. */
static size_t
mention_lower(const struct ent_table *et, size_t f, size_t k)
{
	size_t lo = 0, hi = et->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct ent_mention *m = &et->m[mid];
		if (m->f < f || (m->f == f && m->t1 <= k))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const struct ent_mention *
mention_at(const struct ent_table *et, size_t f, size_t k)
{
	size_t i = mention_lower(et, f, k);

	if (i < et->n && et->m[i].f == f && et->m[i].t0 <= k && k < et->m[i].t1)
		return &et->m[i];
	return NULL;
}

static const struct ent_mention *
mention_ending(const struct ent_table *et, size_t f, size_t k)
{
	size_t i = k > 0 ? mention_lower(et, f, k - 1) : 0;

	if (i < et->n && et->m[i].f == f && et->m[i].t1 == k)
		return &et->m[i];
	return NULL;
}

/* The last person named before byte off of field f (title counts first). */
static const struct ent_mention *
last_person(const struct ent_table *et, size_t f, size_t off)
{
	size_t lo = 0, hi = et->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct ent_mention *m = &et->m[mid];
		if (m->f < f || (m->f == f && m->end <= off))
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo-- > 0)
		if (strcmp(et->m[lo].type, "person") == 0)
			return &et->m[lo];
	return NULL;
}

/* Whether a paragraph break lies between bytes a and b. */
static int
para_break(const char *t, size_t a, size_t b)
{
	const char *p = NULL;

	/* a newline at k in [a, b - 1) followed by another; newlines are
	   rare, so memchr finds the candidates */
	while (a + 1 < b && (p = memchr(t + a, '\n', b - 1 - a)) != NULL) {
		size_t k = (size_t)(p - t);
		if (t[k + 1] == '\n')
			return 1;
		a = k + 1;
	}
	return 0;
}

/* ------------------------------------------------------------ word lists */

/* Word sets (claim_internal.h): the lists below are registered in
   px__cl_word_sets, px_extractor_new() marks their words in the lexicon
   and the tokenizer copies the marks into tok.sets, so tok_in() is one
   bit test. The order of the enum is the order of px__cl_word_sets. */
#define W(s) {s, sizeof(s) - 1}
enum {
	S_AUX,
	S_TELL,
	S_PARTICIPLE,
	S_BREAK,
	S_DET,
	S_INNER,
	S_VOICE,
	S_SUBJ,
	S_NOT_CONTENT,
	S_ADJUNCT,
	S_LEAD_IN,
	S_FINITE
};
#define tok_in(tk, i, set) tok_set(tk, i, S_##set)

static int
tok_set(const struct toks *tk, size_t i, unsigned b)
{
	return i < tk->n && tk->t[i].type == T_WORD && ((tk->t[i].sets >> b) & 1u);
}

/* Auxiliaries and adverbs between a speaker and the verb ("has also said"). */
static const struct set_word AUX[] = {
	W("again"), W("already"), W("also"), W("clearly"), W("did"), W("do"), W("does"),
	W("earlier"), W("explicitly"), W("first"), W("flatly"), W("frequently"),
	W("further"), W("had"), W("has"), W("have"), W("initially"), W("later"),
	W("often"), W("once"), W("openly"), W("previously"), W("privately"),
	W("publicly"), W("quickly"), W("recently"), W("repeatedly"), W("reportedly"),
	W("separately"), W("simply"), W("still"), W("subsequently"), W("then"),
	W("will"), W("would"),
	{NULL, 0}};

static const struct set_word TELL[] = {
	W("tell"), W("telling"), W("tells"), W("told"),
	{NULL, 0}};
static const struct set_word PARTICIPLE[] = {
	W("acknowledging"), W("adding"), W("announcing"), W("arguing"), W("claiming"),
	W("declaring"), W("explaining"), W("insisting"), W("noting"), W("saying"),
	W("stating"), W("stressing"), W("suggesting"), W("telling"), W("warning"),
	W("writing"),
	{NULL, 0}};
/* Words that end a speaker description walking backwards: a clause or a
   coordination starts there. */
static const struct set_word BREAK[] = {
	W("after"), W("also"), W("although"), W("and"), W("are"), W("as"), W("be"),
	W("because"), W("been"), W("before"), W("but"), W("can"), W("could"), W("even"),
	W("had"), W("has"), W("have"), W("how"), W("however"), W("if"), W("is"), W("it"),
	W("just"), W("may"), W("meanwhile"), W("might"), W("must"), W("never"), W("no"),
	W("not"), W("only"), W("or"), W("said"), W("says"), W("should"), W("since"),
	W("so"), W("still"), W("than"), W("that"), W("then"), W("there"), W("though"),
	W("to"), W("was"), W("were"), W("what"), W("when"), W("where"), W("which"),
	W("while"), W("who"), W("whom"), W("whose"), W("why"), W("will"), W("would"),
	W("yet"),
	{NULL, 0}};
/* Determiners that open a speaker description ("a spokesman for ..."). */
static const struct set_word DET[] = {
	W("a"), W("all"), W("an"), W("another"), W("both"), W("few"), W("five"),
	W("four"), W("her"), W("his"), W("its"), W("many"), W("most"), W("other"),
	W("our"), W("senior"), W("several"), W("some"), W("the"), W("their"), W("these"),
	W("this"), W("those"), W("three"), W("top"), W("two"),
	{NULL, 0}};
/* Prepositions allowed inside a description ("a spokesman for the ministry"). */
static const struct set_word INNER[] = {
	W("at"), W("for"), W("from"), W("in"), W("of"), W("on"), W("with"),
	{NULL, 0}};
/* Head nouns that speak though their class is not people or organisations. */
static const struct set_word VOICE[] = {
	W("administration"), W("analysis"), W("analysts"), W("authorities"),
	W("campaign"), W("campaigns"), W("critics"), W("data"), W("documents"),
	W("experts"), W("figures"), W("filing"), W("government"), W("investigators"),
	W("lawmakers"), W("legislators"), W("letter"), W("memo"), W("observers"),
	W("officials"), W("opponents"), W("police"), W("poll"), W("polls"),
	W("prosecutors"), W("records"), W("report"), W("reports"), W("research"),
	W("residents"), W("ruling"), W("source"), W("sources"), W("statement"),
	W("studies"), W("study"), W("supporters"), W("survey"), W("surveys"),
	W("trust"), W("trusts"), W("voters"), W("witnesses"),
	{NULL, 0}};
/* Openings of a clause that introduces a reply, not its content ("Asked
   about the cost, the mayor said ..."). */
static const struct set_word LEAD_IN[] = {
	W("asked"), W("contacted"), W("interviewed"), W("pressed"), W("questioned"),
	W("reached"), W("reacting"), W("responding"), W("speaking"),
	{NULL, 0}};
/* Pronouns that may be a speaker; he/she resolve to the last person. */
static const struct set_word SUBJ[] = {
	W("he"), W("i"), W("she"), W("they"), W("we"),
	{NULL, 0}};
/* Words after a speech verb that do not start reported content. */
static const struct set_word NOT_CONTENT[] = {
	W("about"), W("after"), W("against"), W("and"), W("anything"), W("are"), W("as"),
	W("at"), W("be"), W("before"), W("but"), W("by"), W("during"), W("for"),
	W("from"), W("goodbye"), W("hello"), W("her"), W("him"), W("how"), W("in"),
	W("into"), W("is"), W("less"), W("little"), W("me"), W("more"), W("much"),
	W("no"), W("nothing"), W("of"), W("off"), W("on"), W("or"), W("otherwise"),
	W("out"), W("so"), W("something"), W("sorry"), W("thanks"), W("them"), W("this"),
	W("through"), W("to"), W("up"), W("us"), W("via"), W("was"), W("were"),
	W("what"), W("when"), W("where"), W("whether"), W("which"), W("who"), W("why"),
	W("with"), W("yes"), W("you"),
	{NULL, 0}};
/* Finite verbs that may follow a reported clause's subject ("her crews
   were"). */
static const struct set_word FINITE[] = {
	W("are"), W("can"), W("could"), W("had"), W("has"), W("have"), W("is"),
	W("may"), W("might"), W("should"), W("was"), W("were"), W("will"), W("would"),
	{NULL, 0}};
/* Prepositions that open an adjunct between a verb and its content. */
static const struct set_word ADJUNCT[] = {
	W("after"), W("again"), W("also"), W("at"), W("before"), W("by"), W("during"),
	W("earlier"), W("early"), W("from"), W("in"), W("last"), W("late"), W("on"),
	W("over"), W("privately"), W("publicly"), W("recently"), W("repeatedly"),
	W("this"), W("through"), W("to"), W("via"), W("when"), W("while"),
	{NULL, 0}};

/* Every word set, in the order of the S_ enum; NULL ends the list. */
const struct set_word *const px__cl_word_sets[] = {
	AUX, TELL, PARTICIPLE, BREAK, DET, INNER, VOICE, SUBJ, NOT_CONTENT, ADJUNCT, LEAD_IN,
	FINITE, NULL};

static int
is_sym_tok(const struct toks *tk, size_t i)
{
	return i < tk->n && tk->t[i].type == T_SYM;
}

/* A word token that is a possible head of a speaker description. */
static int
voice_noun(const struct px_extractor *x, const struct toks *tk, size_t i)
{
	const char *cls = NULL;
	int plural = 0;
	size_t n = 0;

	if (i >= tk->n || tk->t[i].type != T_WORD || (tk->t[i].flags & TF_UPPER))
		return 0;
	if (px__cl_lex_flags(x, tk, i) & (LX_STOP | LX_CUE | LX_PRONOUN))
		return 0;
	if (tok_in(tk, i, VOICE))
		return 1;
	if ((px__cl_lex_flags(x, tk, i) & LX_TITLE) && !(tk->t[i].flags & TF_CAP))
		return 1;
	n = tk->t[i].end - tk->t[i].start;
	cls = px__cl_lex_noun(x, tk->text + tk->t[i].start, n, &plural);
	if (cls && (strcmp(cls, "people") == 0 || strcmp(cls, "organisations") == 0 ||
		    strcmp(cls, "documents") == 0))
		return 1;
	/* "aides": the lemmatiser tries "aid" first; the plain -s plural */
	if (n > 3 && tk->text[tk->t[i].end - 1] == 's' && tk->text[tk->t[i].end - 2] == 'e') {
		cls = px__cl_lex_noun(x, tk->text + tk->t[i].start, n - 1, &plural);
		return cls && (strcmp(cls, "people") == 0 || strcmp(cls, "organisations") == 0);
	}
	return 0;
}

/* A word the noun lexicon knows, of any class ("County" engineer). */
static int
any_noun(const struct px_extractor *x, const struct toks *tk, size_t i)
{
	int plural = 0;

	return i < tk->n && tk->t[i].type == T_WORD && !tok_in(tk, i, BREAK) &&
	       !(px__cl_lex_flags(x, tk, i) & (LX_STOP | LX_CUE | LX_PRONOUN)) &&
	       px__cl_lex_noun(x, tk->text + tk->t[i].start, tk->t[i].end - tk->t[i].start,
			       &plural) != NULL;
}

/* A speech verb: a cue of data/claims_words.txt (said, told, according,
   saying, believes, shouted, ...). */
static int
verb_at(const struct px_extractor *x, const struct toks *tk, size_t k)
{
	if (k >= tk->n || tk->t[k].type != T_WORD || (tk->t[k].flags & TF_CAP))
		return 0;
	return (px__cl_lex_flags(x, tk, k) & LX_CUE) != 0;
}

struct speaker {
	const char *name;  /* resolved name, or NULL (then the source text) */
	const char *cue;   /* "according to", or NULL: the cue is cue_tok's word */
	size_t cue_tok;    /* token of a verb cue, or SIZE_MAX */
	size_t src0, src1; /* bytes of the speaker as written; src1 == 0: none */
	size_t cue0, cue1; /* bytes of the cue; cue1 == 0: none */
	size_t nm0, nm1;   /* a described speaker's words when the source span
			      holds more ("Ana Ruiz, who chairs ..."): unused */
	int described;     /* no name: the source text is the speaker */
	int pronoun;       /* the source is a pronoun */
};

static void
speaker_clear(struct speaker *sp)
{
	memset(sp, 0, sizeof *sp);
	sp->cue_tok = SIZE_MAX;
}

/*
 * Whether a straight single-quoted quotation opens right after a named
 * speaker's cue and a colon or comma ("In a post, Achterberg wrote: 'I
 * have never knowingly taken a banned substance.'", "Lind said, 'We will
 * not be moved.'"): British style, where the speaker comes first.
 */
static int
cue_opens_straight(const char *t, const struct qspan *q, const struct speaker *sp)
{
	size_t k = 0, marks = 0;

	if (sp->pronoun || sp->cue1 == 0 || sp->src1 == 0 || sp->src0 >= sp->cue0 ||
	    sp->cue1 > q->os || q->os - sp->cue1 > 3)
		return 0;
	for (k = sp->cue1; k < q->os; k++) {
		if (t[k] == ':' || t[k] == ',')
			marks++;
		else if (t[k] != ' ')
			return 0;
	}
	return marks == 1;
}

static void
set_src(struct speaker *sp, const struct toks *tk, size_t a, size_t b)
{
	sp->src0 = tk->t[a].start;
	sp->src1 = tk->t[b - 1].end;
}

static void
set_cue(struct speaker *sp, const struct toks *tk, size_t a, size_t b)
{
	sp->cue0 = tk->t[a].start;
	sp->cue1 = tk->t[b - 1].end;
}

/*
 * Verbs of naming (naming.h) as cues: "Thale called the result \"a verdict
 * reached in haste\"", "Pell described the shortlist as \"the weakest in a
 * decade\"". Only before a quote with their object between: one to six
 * words with no clause mark, holding "as" for "described" ("the agency as
 * a"). Not after an auxiliary ("was called \"...\"" names no speaker) nor
 * before "for", "on" or "off", and never right before the quote ("a
 * village called \"Little Paris\"").
 */
static int
naming_cue(const struct toks *tk, size_t k, size_t qk)
{
	static const char *const before[] = {"was", "were", "is", "are", "be", "been", "being",
					     "so", NULL};
	static const char *const after[] = {"for", "on", "off", "in", "out", "up", "as", NULL};
	size_t j = 0;
	int as = 0;

	if (k >= tk->n || tk->t[k].type != T_WORD || (tk->t[k].flags & TF_CAP) ||
	    qk < k + 2 || qk > k + 7 || !px__cl_tok_among(tk, k, px__naming_verbs))
		return 0;
	if (k > 0 && (px__cl_tok_among(tk, k - 1, before) || px__cl_tok_sym(tk, k - 1, '-')))
		return 0;
	if (px__cl_tok_among(tk, k + 1, after))
		return 0;
	for (j = k + 1; j < qk; j++) {
		if (tk->t[j].type == T_SYM && !px__cl_tok_sym(tk, j, '\''))
			return 0;
		if (j > k + 1 && px__cl_tok_is(tk, j, "as"))
			as = 1;
	}
	return as || !(px__cl_tok_is(tk, k, "described") || px__cl_tok_is(tk, k, "describes"));
}

/* "according to" at k (2 tokens), or a speech verb (1): the cue's length. */
static size_t
cue_len(const struct px_extractor *x, const struct toks *tk, size_t k)
{
	if (px__cl_tok_is(tk, k, "according") && px__cl_tok_is(tk, k + 1, "to"))
		return 2;
	return verb_at(x, tk, k) ? 1 : 0;
}

/*
 * The person the sentence before token k (which opens a sentence) has for
 * its subject, or NULL: "Mr Shaath, the Palestinian foreign minister in
 * 2003, claims Mr Bush told him ... He told the film-makers": a sentence's
 * "He" is most often the one before's subject, not the last person it
 * named. The subject is the last person named before the first comma,
 * auxiliary or speech verb, in the sentence's first twelve words ("Lib Dem
 * home affairs spokesman Mark Oaten has branded").
 */
static const struct ent_mention *
opening_person(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	       size_t f, size_t k)
{
	size_t p = k, e = 0, i = 0;
	const struct ent_mention *subj = NULL;

	while (p > 0 && k - p < 80 && !(tk->t[p - 1].flags & TF_SENT))
		p--;
	if (p == 0 || k - p >= 80)
		return NULL;
	p--; /* the sentence before opens at p */
	for (e = p; e < k && e < p + 12; e++)
		if (px__cl_tok_sym(tk, e, ',') || px__cl_tok_sym(tk, e, ';') || tok_in(tk, e, AUX) ||
		    tok_in(tk, e, FINITE) || verb_at(x, tk, e))
			break;
	for (i = mention_lower(et, f, p); i < et->n && et->m[i].f == f && et->m[i].t1 <= e; i++)
		if (et->m[i].t0 >= p && strcmp(et->m[i].type, "person") == 0)
			subj = &et->m[i];
	return subj;
}

/* A pronoun speaker at token k: he/she take the last person named before
   byte ctx (the quote's or the sentence's start); they/we/I stay unnamed. */
static int
pronoun_at(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	   size_t f, size_t k, size_t ctx, struct speaker *sp)
{
	const struct ent_mention *p = NULL;

	if (!tok_in(tk, k, SUBJ))
		return 0;
	if (px__cl_tok_is(tk, k, "he") || px__cl_tok_is(tk, k, "she")) {
		p = (tk->t[k].flags & TF_SENT) ? opening_person(x, tk, et, f, k) : NULL;
		if (p == NULL)
			p = last_person(et, f, ctx);
		sp->name = p ? p->canonical : NULL;
	}
	sp->pronoun = 1;
	set_src(sp, tk, k, k + 1);
	return 1;
}

/*
 * A description ending at token h (its head noun), at or after token lo:
 * walks back over modifiers; a determiner opens it unless a preposition
 * stands before the determiner ("a spokesman for the ministry"). Returns
 * its first token, or SIZE_MAX.
 */
static size_t
description_back(const struct px_extractor *x, const struct toks *tk, size_t lo, size_t h)
{
	size_t s = h, n = 0;

	if (!voice_noun(x, tk, h))
		return SIZE_MAX;
	while (s > lo && n < 10) {
		size_t p = s - 1;
		if (tk->t[p].type == T_SYM) {
			/* possessive "the ministry's spokesman" */
			if ((tk->text[tk->t[p].start] == '\'' ||
			     (tk->t[p].end - tk->t[p].start == 3 &&
			      memcmp(tk->text + tk->t[p].start, "\xe2\x80\x99", 3) == 0)) &&
			    !(tk->t[p].flags & TF_SPACE) && p > lo && tk->t[p - 1].type == T_WORD) {
				s = p - 1;
				n += 2;
				continue;
			}
			if (tk->text[tk->t[p].start] == '-' && !(tk->t[p].flags & TF_SPACE) && p > lo) {
				s = p - 1;
				n += 2;
				continue;
			}
			break;
		}
		if (tk->t[p].type != T_WORD && tk->t[p].type != T_NUM)
			break;
		if (tok_in(tk, p, DET)) {
			s = p;
			/* "one senior official", "the two top aides" */
			while (s > lo && (tok_in(tk, s - 1, DET) || px__cl_tok_is(tk, s - 1, "one")))
				s--;
			if (s > lo && tok_in(tk, s - 1, INNER) && s - 1 > lo) {
				s = s - 1;
				n += 2;
				continue;
			}
			break;
		}
		if (tok_in(tk, p, INNER)) {
			s = p;
			n++;
			continue;
		}
		if (tok_in(tk, p, BREAK) || (px__cl_lex_flags(x, tk, p) & (LX_CUE | LX_PRONOUN)) ||
		    tok_in(tk, p, SUBJ) || verb_at(x, tk, p))
			break;
		/* a sentence-initial preposition is not part of the speaker */
		if ((tk->t[p].flags & TF_SENT) && (px__cl_lex_flags(x, tk, p) & LX_STOP))
			break;
		s = p;
		n++;
	}
	/* never open on a preposition */
	while (s < h && tok_in(tk, s, INNER))
		s++;
	return s;
}

/*
 * The first token of a name's role written just before it, when it starts
 * before token s and at or after lo ("Leader of Opposition Devendra
 * Patidar", "Minister of Finance Ana Ruiz": a title with a preposition
 * inside, which the walk over titles stops at); s otherwise.
 */
static size_t
role_before(const struct toks *tk, const struct ent_mention *m, size_t lo, size_t s)
{
	size_t rl = m->role ? strlen(m->role) : 0, b = tk->t[m->t0].start, r = 0;

	if (rl == 0 || b < rl + 1 || tk->text[b - 1] != ' ' ||
	    memcmp(tk->text + b - 1 - rl, m->role, rl) != 0)
		return s;
	r = tok_at_or_after(tk, b - 1 - rl);
	return r >= lo && r < s && tk->t[r].start == b - 1 - rl ? r : s;
}

/*
 * The speaker that ends just before token k (exclusive), at or after token
 * lo: a pronoun, a name (with the title and description before it: "county
 * engineer Petra Quill"), or a description ("a spokesman for the ministry").
 * Sets sp's name and source span; returns its first token or SIZE_MAX.
 */
static size_t
source_before(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	      size_t f, size_t lo, size_t k, size_t ctx, struct speaker *sp)
{
	const struct ent_mention *m = NULL;
	size_t s = 0;

	if (k <= lo || k > tk->n)
		return SIZE_MAX;
	/* "Governor Aissatou Kanoute, who said on Wednesday that ...": the
	   relative pronoun speaks for the person named before its comma */
	if (k >= lo + 3 && px__cl_tok_is(tk, k - 1, "who") && px__cl_tok_sym(tk, k - 2, ',') &&
	    (m = mention_ending(et, f, k - 2)) != NULL && m->t0 >= lo && strcmp(m->type, "person") == 0) {
		size_t r = role_before(tk, m, lo, m->t0);
		sp->name = m->canonical;
		set_src(sp, tk, r, k - 2);
		return r;
	}
	/* "The novelist Miriam Thale, who won the prize in 2016, called":
	   the speaker is named before the relative clause */
	if (k >= lo + 4 && px__cl_tok_sym(tk, k - 1, ',')) {
		size_t j = k - 1;
		while (j-- > lo + 1 && j + 16 > k && !px__cl_tok_sym(tk, j, ',')) {
			if (px__cl_tok_is(tk, j, "who") && px__cl_tok_sym(tk, j - 1, ',')) {
				s = source_before(x, tk, et, f, lo, j - 1, ctx, sp);
				if (s != SIZE_MAX)
					return s;
				speaker_clear(sp);
				break;
			}
		}
	}
	if (pronoun_at(x, tk, et, f, k - 1, ctx, sp))
		return k - 1;
	m = mention_ending(et, f, k);
	if (m && m->t0 >= lo) {
		/* titles, capitalised words and nouns before the name belong to
		   the speaker as written ("Clinton campaign Chairman John Podesta") */
		s = m->t0;
		/* "Mr. Manafort", "Sen. Ana Ruiz": an abbreviated title */
		if (s > lo + 1 && px__cl_tok_sym(tk, s - 1, '.') && !(tk->t[s - 1].flags & TF_SPACE) &&
		    (px__cl_lex_flags(x, tk, s - 2) & LX_TITLE))
			s -= 2;
		while (s > lo && m->t0 - s < 4 && tk->t[s - 1].type == T_WORD &&
		       !tok_in(tk, s - 1, BREAK) && !tok_in(tk, s - 1, INNER) &&
		       !(px__cl_lex_flags(x, tk, s - 1) & (LX_STOP | LX_CUE | LX_PRONOUN)) &&
		       ((px__cl_lex_flags(x, tk, s - 1) & LX_TITLE) || voice_noun(x, tk, s - 1) ||
			((tk->t[s - 1].flags & TF_CAP) && !(tk->t[s - 1].flags & TF_SENT) &&
			 !verb_at(x, tk, s - 1)) ||
			((tk->t[s - 1].flags & TF_SENT) && any_noun(x, tk, s - 1))))
			s--;
		s = role_before(tk, m, lo, s);
		if (s > lo && (px__cl_tok_is(tk, s - 1, "the") ||
			       (s < m->t0 && tok_in(tk, s - 1, DET))))
			s--;
		sp->name = m->canonical;
		set_src(sp, tk, s, k);
		return s;
	}
	s = description_back(x, tk, lo, k - 1);
	if (s == SIZE_MAX)
		return SIZE_MAX;
	sp->described = 1;
	set_src(sp, tk, s, k);
	return s;
}

/*
 * End of an apposition after a name that ends at token k ("Ana Ruiz, the
 * county engineer, said", "said Ana Ruiz, a spokeswoman for the ministry"):
 * the token before the closing comma or period, or k when there is none.
 */
static size_t
apposition_end(const struct toks *tk, size_t k)
{
	size_t j = 0;

	if (!px__cl_tok_sym(tk, k, ',') || !(tok_in(tk, k + 1, DET) || px__cl_tok_is(tk, k + 1, "who")))
		return k;
	for (j = k + 2; j < tk->n && j < k + 24; j++) {
		if (tk->t[j].flags & TF_NL)
			return k;
		if (tk->t[j].type == T_SYM && !px__cl_tok_sym(tk, j, '\'') && !px__cl_tok_sym(tk, j, '-') &&
		    !(px__cl_tok_sym(tk, j, '.') && !(tk->t[j].flags & TF_SPACE) && j + 1 < tk->n &&
		      !(tk->t[j + 1].flags & TF_SPACE)) &&
		    tk->t[j].end - tk->t[j].start == 1) {
			if (px__cl_tok_sym(tk, j, ',') || px__cl_tok_sym(tk, j, '.'))
				return j;
			return k;
		}
	}
	return k;
}

/* Whether token i is an apostrophe (straight or U+2019) touching the word
   before it: a possessive ("Grenvik's", "the workers'"). */
static int
possessive_mark(const struct toks *tk, size_t i)
{
	if (i == 0 || i >= tk->n || tk->t[i].type != T_SYM || (tk->t[i].flags & TF_SPACE) ||
	    tk->t[i - 1].type != T_WORD)
		return 0;
	return px__cl_tok_sym(tk, i, '\'') ||
	       (tk->t[i].end - tk->t[i].start == 3 &&
		memcmp(tk->text + tk->t[i].start, "\xe2\x80\x99", 3) == 0);
}

/* Whether a person's name ending at token k ends the phrase: not a
   possessor ("Ana Ruiz's lawyer") nor one of a pair ("Ana Ruiz and ..."). */
static int
name_ends_phrase(const struct toks *tk, size_t k)
{
	return !possessive_mark(tk, k) && !px__cl_tok_is(tk, k, "and") &&
	       !px__cl_tok_is(tk, k, "or") && !px__cl_tok_sym(tk, k, '&');
}

/*
 * "said Grenvik's mayor, Eirik Holt", "said the union's shop steward, Hanne
 * Viken", "said the leader of the grazing district, Nils Anders Persen": a
 * role starting at token k (possessors, modifiers and prepositions allowed;
 * its head a title or a noun of people or organisations, last or before a
 * preposition), a comma, and a person's name apposed to it. The name
 * speaks, not the possessor. Returns the name's mention or NULL.
 */
static const struct ent_mention *
role_then_name(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	       size_t f, size_t k, size_t lim)
{
	const struct ent_mention *m = NULL;
	size_t j = 0, h = 0, n0 = 0;

	for (j = k; j < lim && j < k + 8; j++) {
		if (tk->t[j].type == T_SYM) {
			if (possessive_mark(tk, j))
				continue;
			break;
		}
		if (tk->t[j].type != T_WORD || (j > k && (tok_in(tk, j, BREAK) || verb_at(x, tk, j))))
			return NULL;
	}
	/* the head: a title, or a lower-case noun of people ("Variety, Trump
	   said" is no role), last or before a prepositional phrase ("the
	   leader of the grazing district, Nils Anders Persen") */
	if (j == k || j + 1 >= lim || !px__cl_tok_sym(tk, j, ','))
		return NULL;
	for (h = j; h > k; h--)
		if (((px__cl_lex_flags(x, tk, h - 1) & LX_TITLE) ||
		     (voice_noun(x, tk, h - 1) && !(tk->t[h - 1].flags & TF_CAP))) &&
		    (h == j || tok_in(tk, h, INNER)))
			break;
	if (h == k)
		return NULL;
	/* a title the name was stripped of, with its article ("said the
	   bank's director, Dr Helena Marsk", "the vicar, the Rev Simon
	   Achterberg") */
	n0 = j + 1;
	if (n0 + 1 < lim && px__cl_tok_is(tk, n0, "the") &&
	    (px__cl_lex_flags(x, tk, n0 + 1) & LX_TITLE) && (tk->t[n0 + 1].flags & TF_CAP))
		n0++;
	if (n0 + 1 < lim && (px__cl_lex_flags(x, tk, n0) & LX_TITLE) && (tk->t[n0].flags & TF_CAP) &&
	    (m = mention_at(et, f, n0)) == NULL)
		n0++;
	m = mention_at(et, f, n0);
	if (m == NULL || m->t0 != n0 || strcmp(m->type, "person") != 0 ||
	    !name_ends_phrase(tk, m->t1))
		return NULL;
	return m;
}

/*
 * The speaker that starts at token k (before lim): a name, titles or a
 * description leading to a name within five words ("county engineer Petra
 * Quill"), he/she, or a description ("a spokesman for the ministry",
 * "officials"). Sets *end to the token after it.
 */
static int
source_after(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	     size_t f, size_t k, size_t lim, size_t ctx, struct speaker *sp, size_t *end)
{
	const struct ent_mention *m = NULL;
	size_t j = k, head = SIZE_MAX;

	if (k >= lim)
		return 0;
	/* "Grenvik's mayor, Eirik Holt": the apposed name speaks */
	m = role_then_name(x, tk, et, f, k, lim);
	if (m) {
		sp->name = m->canonical;
		*end = m->t1;
		set_src(sp, tk, k, apposition_end(tk, m->t1));
		return 1;
	}
	m = mention_at(et, f, k);
	/* "said VTU leader Hege Brattli", "said Nordkjem spokeswoman Kari
	   Lund": an organisation, a role of people and a person's name; the
	   person speaks */
	if (m && m->t0 == k && strcmp(m->type, "person") != 0) {
		size_t r = m->t1;
		const struct ent_mention *p = NULL;
		while (r < lim && r < m->t1 + 2 && tk->t[r].type == T_WORD &&
		       !(tk->t[r].flags & TF_CAP) &&
		       ((px__cl_lex_flags(x, tk, r) & LX_TITLE) || voice_noun(x, tk, r)))
			r++;
		if (r > m->t1 && r < lim && (p = mention_at(et, f, r)) != NULL && p->t0 == r &&
		    strcmp(p->type, "person") == 0)
			m = p;
	}
	if (m && (m->t0 == k || (m->t0 > k && m->t0 <= k + 3))) {
		sp->name = m->canonical;
		*end = m->t1;
		set_src(sp, tk, k, apposition_end(tk, m->t1));
		return 1;
	}
	/* "Mayor Ana Ruiz", "county engineer Petra Quill", "the NSC" */
	while (j < lim && j < k + 6 && tk->t[j].type == T_WORD && !tok_in(tk, j, BREAK) &&
	       !verb_at(x, tk, j)) {
		m = mention_at(et, f, j);
		if (m && m->t0 == j && j > k) {
			sp->name = m->canonical;
			*end = m->t1;
			set_src(sp, tk, k, apposition_end(tk, m->t1));
			return 1;
		}
		if (m)
			break;
		j++;
		if (j < lim && px__cl_tok_sym(tk, j, '.') && !(tk->t[j].flags & TF_SPACE))
			j++;
	}
	if (pronoun_at(x, tk, et, f, k, ctx, sp)) {
		*end = k + 1;
		return 1;
	}
	/* a description: up to ten words, prepositions inside, ending on a
	   voice noun ("a spokesman for the ministry", "officials") */
	for (j = k; j < lim && j < k + 10; j++) {
		if (tk->t[j].type == T_SYM) {
			if ((tk->text[tk->t[j].start] == '\'' || tk->text[tk->t[j].start] == '-') &&
			    !(tk->t[j].flags & TF_SPACE))
				continue;
			if (tk->t[j].end - tk->t[j].start == 3 &&
			    memcmp(tk->text + tk->t[j].start, "\xe2\x80\x99", 3) == 0)
				continue;
			break;
		}
		if (tk->t[j].type != T_WORD && tk->t[j].type != T_NUM)
			break;
		if (j > k && (tok_in(tk, j, BREAK) || verb_at(x, tk, j)))
			break;
		if (voice_noun(x, tk, j))
			head = j;
	}
	if (head == SIZE_MAX)
		return 0;
	sp->described = 1;
	*end = head + 1;
	set_src(sp, tk, k, head + 1);
	return 1;
}

/* First token of a run of auxiliaries and adverbs that ends just before v. */
static size_t
aux_back(const struct toks *tk, size_t lo, size_t v)
{
	size_t a = v;

	while (a > lo && v - a < 3 && tok_in(tk, a - 1, AUX))
		a--;
	return a;
}

/*
 * A role told without an article: a lower-case word and "of", "for" or
 * "at" within its first three words, before the comma at token e ("head of
 * the university's unit", "chief executive of the board", "spokeswoman
 * for the council").
 */
static int
role_apposition(const struct toks *tk, size_t k, size_t e)
{
	size_t j = 0;

	if (k >= e || tk->t[k].type != T_WORD || (tk->t[k].flags & TF_CAP))
		return 0;
	for (j = k + 1; j < e && j <= k + 3; j++)
		if (px__cl_tok_is(tk, j, "of") || px__cl_tok_is(tk, j, "for") || px__cl_tok_is(tk, j, "at"))
			return 1;
	return 0;
}

/*
 * "X, the county engineer, said", "X, who chairs the committee, said": the
 * speaker before an apposition that ends with the comma at token a - 1.
 * The source span covers the apposition, as PolNeAR marks it; a described
 * speaker keeps only its own words as the speaker. With lower, the
 * apposition must open with a lower-case word ("head of the unit", "the
 * county engineer"), not a name ("Sir Nigel Sheinwald").
 */
static size_t
apposed_source(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	       size_t f, size_t t0, size_t a, size_t ctx, int lower, struct speaker *sp)
{
	size_t p = a - 1, s = SIZE_MAX, lo = t0;

	while (p-- > t0 && a - p < 26 && !px__cl_tok_sym(tk, p, ','))
		;
	if (p == SIZE_MAX || p <= t0 || a - p >= 26 || p + 2 >= a || (lower && (tk->t[p + 1].flags & TF_CAP)))
		return SIZE_MAX;
	if (!(tok_in(tk, p + 1, DET) || px__cl_tok_is(tk, p + 1, "who") ||
	      px__cl_tok_is(tk, p + 1, "which") || (px__cl_lex_flags(x, tk, p + 1) & LX_TITLE) ||
	      role_apposition(tk, p + 1, a - 1)))
		return SIZE_MAX;
	for (lo = p; lo > t0 && !px__cl_tok_sym(tk, lo - 1, ','); lo--)
		;
	speaker_clear(sp);
	s = source_before(x, tk, et, f, lo, p, ctx, sp);
	if (s == SIZE_MAX || sp->pronoun)
		return SIZE_MAX;
	if (sp->described) {
		sp->nm0 = sp->src0;
		sp->nm1 = sp->src1;
	}
	sp->src1 = tk->t[a - 2].end;
	return s;
}

/* ---------------------------------------------------------- direct quotes */

/*
 * "a company spokeswoman, Lene Brun, said": a person's name between two
 * commas after a description, the second comma at token a - 1 (the verb or
 * its auxiliaries at a). The source span runs from the description to the
 * name. Returns the span's first token, or SIZE_MAX.
 */
static size_t
name_apposed_before(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
		    size_t f, size_t lo, size_t a, struct speaker *sp)
{
	const struct ent_mention *m = NULL;
	size_t c = 0, s = 0, h = 0;

	if (a < lo + 4 || !px__cl_tok_sym(tk, a - 1, ','))
		return SIZE_MAX;
	m = mention_ending(et, f, a - 1);
	if (m == NULL || strcmp(m->type, "person") != 0 || m->t0 < lo + 2)
		return SIZE_MAX;
	c = m->t0 - 1;
	/* "a spokesman, Mayor Jon Vik, said": a title stripped from the name,
	   with its article ("the vicar, the Rev Simon Achterberg, said") */
	if (c > lo + 1 && (px__cl_lex_flags(x, tk, c) & LX_TITLE) && (tk->t[c].flags & TF_CAP)) {
		c--;
		if (c > lo + 1 && px__cl_tok_is(tk, c, "the"))
			c--;
	}
	if (!px__cl_tok_sym(tk, c, ','))
		return SIZE_MAX;
	s = description_back(x, tk, lo, c - 1);
	/* "the fire chief in charge of the operation, Mari Sollid,": the
	   description's noun before a prepositional phrase */
	for (h = c - 1; s == SIZE_MAX && h > lo + 1 && c - h < 9; h--)
		if (tk->t[h].type == T_WORD && tok_in(tk, h, INNER))
			s = description_back(x, tk, lo, h - 1);
	if (s == SIZE_MAX)
		return SIZE_MAX;
	sp->name = m->canonical;
	set_src(sp, tk, s, a - 1);
	return s;
}

/*
 * A quote opened right after a colon (at token c): `Fire chief Mari Sollid:
 * "..."`, `Mayor Ana Ruiz closed the debate with a plea: "..."`, a live blog's
 * `21:02 Rescue leader Ola Strand: "..."`. The speaker is the person named
 * at the start of the colon's clause (the sentence, or the line, after a
 * time stamp; titles, a role and a possessor may stand before the name),
 * else the person named right before the colon. No pronoun is guessed; a
 * clause whose name is followed by a speech verb is left to the verb ("X
 * told reporters: ..."). The cue is a speech verb later in the clause ("X,
 * a strategist, wrote in an email:"), else the colon. Returns whether a
 * speaker was set.
 */
static int
colon_speaker(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	      size_t f, size_t c, size_t ctx, struct speaker *sp)
{
	const struct ent_mention *m = NULL;
	size_t s = c, j = 0, start = 0;

	if (c == 0 || c >= tk->n || !px__cl_tok_sym(tk, c, ':') || (tk->t[c].flags & TF_SPACE) ||
	    tk->t[c - 1].type != T_WORD)
		return 0;
	/* the clause's first token: a sentence's, a line's, or the one after
	   another colon ("BREAKING: ...") */
	while (s > 0 && c - s < 40 && !(tk->t[s].flags & (TF_SENT | TF_NL)) &&
	       !(px__cl_tok_sym(tk, s - 1, ':') && (tk->t[s].flags & TF_SPACE)))
		s--;
	if (c - s >= 40)
		return 0;
	/* "Frank quotes adviser Alfred Kahn:": the one quoted speaks */
	for (j = s; j < c; j++)
		if (px__cl_tok_is(tk, j, "quotes") || px__cl_tok_is(tk, j, "quoted") ||
		    px__cl_tok_is(tk, j, "quoting") || px__cl_tok_is(tk, j, "cites") ||
		    px__cl_tok_is(tk, j, "cited") || px__cl_tok_is(tk, j, "citing"))
			break;
	if (j < c)
		s = j + 1;
	/* a time stamp or a bullet: "21:02", "18.10", "-" */
	for (start = s; start < c && start < s + 5 && tk->t[start].type != T_WORD; start++)
		;
	/* the name, after titles, a role and possessors ("Velmara Shipping's
	   chief engineer") */
	for (j = start; j < c && j < start + 8; j++) {
		m = mention_at(et, f, j);
		/* not a name that modifies a noun ("the Clinton campaign") */
		if (m && m->t0 == j && strcmp(m->type, "person") == 0 && name_ends_phrase(tk, m->t1) &&
		    !(voice_noun(x, tk, m->t1) && !(tk->t[m->t1].flags & TF_CAP)))
			break;
		/* "Grenvik striker", "Velmara Shipping's", "Ana Ruiz's lawyer" */
		if (m && m->t0 == j) {
			j = m->t1 - 1;
			m = NULL;
			continue;
		}
		m = NULL;
		if (possessive_mark(tk, j))
			continue;
		if (tk->t[j].type != T_WORD || tok_in(tk, j, BREAK) ||
		    (px__cl_lex_flags(x, tk, j) & LX_PRONOUN) ||
		    ((px__cl_lex_flags(x, tk, j) & LX_STOP) && !(j == start && tok_in(tk, j, DET))))
			break;
	}
	/* the word before the name is its title or role, or a capitalised
	   word: not a verb whose object the name is ("thanks Ana Ruiz") */
	if (m && j > start && !possessive_mark(tk, j - 1) &&
	    !((px__cl_lex_flags(x, tk, j - 1) & LX_TITLE) || voice_noun(x, tk, j - 1) ||
	      (tk->t[j - 1].flags & TF_CAP)))
		m = NULL;
	if (m) {
		/* "X told reporters:", "X has said:": the verb is the cue */
		j = m->t1;
		while (j < c && j < m->t1 + 3 && tok_in(tk, j, AUX))
			j++;
		if (verb_at(x, tk, j))
			return 0;
		sp->name = m->canonical;
		set_src(sp, tk, start, m->t1);
		/* "Said Ellis:", "Added Stone:": an inverted verb that the name
		   took in; it is the cue, the rest the speaker */
		if (m->t0 == start && m->t1 - m->t0 >= 2 && (px__cl_lex_flags(x, tk, m->t0) & LX_CUE)) {
			size_t i = 0, n = tk->t[m->t1 - 1].end - tk->t[m->t0 + 1].start;
			sp->name = NULL;
			sp->described = 1;
			set_src(sp, tk, m->t0 + 1, m->t1);
			/* a person of the article whose name ends so */
			for (i = 0; i < et->n; i++) {
				const struct ent_mention *o = &et->m[i];
				size_t on = strlen(o->name);
				if (strcmp(o->type, "person") == 0 && o->canonical != m->canonical &&
				    on > n && o->name[on - n - 1] == ' ' &&
				    memcmp(o->name + on - n, tk->text + sp->src0, n) == 0) {
					sp->name = o->canonical;
					break;
				}
			}
			sp->cue_tok = m->t0;
			set_cue(sp, tk, m->t0, m->t0 + 1);
			return 1;
		}
		/* "X, a strategist, wrote in an email:": the verb is the cue */
		for (j = m->t1; j < c; j++)
			if (verb_at(x, tk, j) && !tok_in(tk, j - 1, DET)) {
				size_t a = aux_back(tk, m->t1, j);
				sp->cue_tok = j;
				set_cue(sp, tk, a, j + 1);
				return 1;
			}
	} else {
		/* "The last word went to Mayor Eirik Holt:"; not the object of a
		   speech verb ("the minister told Eirik Holt:") */
		for (j = s; j < c; j++)
			if (verb_at(x, tk, j) || px__cl_tok_is(tk, j, "according"))
				return 0;
		m = mention_ending(et, f, c);
		if (m == NULL || strcmp(m->type, "person") != 0 || m->t0 < s)
			return 0;
		if (source_before(x, tk, et, f, s, c, ctx, sp) == SIZE_MAX || sp->pronoun) {
			speaker_clear(sp);
			return 0;
		}
	}
	sp->cue_tok = c;
	set_cue(sp, tk, c, c + 1);
	return 1;
}

/* "in the words of" at token k: the cue of "In the words of Judge Ruth
   Aasen, the council had \"...\"". */
static int
words_of_at(const struct toks *tk, size_t k)
{
	return px__cl_tok_is(tk, k, "in") && px__cl_tok_is(tk, k + 1, "the") &&
	       px__cl_tok_is(tk, k + 2, "words") && px__cl_tok_is(tk, k + 3, "of");
}

/* Whether tokens [k, s) are up to three lower-case words of a description
   before a speaker's title and name (`," regional road director Sigrun
   Hovda told reporters`), after up to two capitalised words of the body
   they serve (`," Quondong managing director Dianne Whitlock told
   reporters`, `Vantor's chief operating officer`): no verb, stop word,
   cue or pronoun among them. */
static int
lower_descriptor(const struct px_extractor *x, const struct toks *tk, size_t k, size_t s)
{
	size_t i = k, org = 0;

	while (i < s && org < 2 && tk->t[i].type == T_WORD && (tk->t[i].flags & TF_CAP) &&
	       !(px__cl_lex_flags(x, tk, i) & (LX_STOP | LX_CUE | LX_PRONOUN | LX_TITLE))) {
		i++;
		org++;
		if (i < s && possessive_mark(tk, i))
			i++;
	}
	if (s <= i || s - i > 3)
		return 0;
	for (; i < s; i++)
		if (tk->t[i].type != T_WORD || (tk->t[i].flags & TF_CAP) || tok_in(tk, i, BREAK) ||
		    tok_in(tk, i, INNER) ||
		    (px__cl_lex_flags(x, tk, i) & (LX_STOP | LX_CUE | LX_PRONOUN)) || verb_at(x, tk, i))
			return 0;
	return 1;
}

/* The speaker after the quote: `," X said`, `," said X`, `," X, a spokesman,
   said`. Returns whether one was set (sp is cleared otherwise). */
static int
speaker_after_quote(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
		    size_t f, const struct qspan *q, const char *t, struct speaker *sp)
{
	size_t k = tok_at_or_after(tk, q->oe), lim = k + 14, end = 0, cl = 0, far = 12;

	/* `," X, head of leisure services at Wrenfield Borough Council,
	 * said`: after a comma the speaker's apposition may run a dozen
	 * words */
	if (q->qe > q->qs && t[q->qe - 1] == ',') {
		lim = k + 20;
		far = 16;
	}
	if (lim > tk->n)
		lim = tk->n;
	/* After the quote: `," X said`, `," said X`, `," X, a spokesman, said`. */
	while (k < lim && tk->t[k].type == T_SYM && !para_break(t, q->oe, tk->t[k].end))
		k++;
	if (k < lim && !para_break(t, q->oe, tk->t[k].start)) {
		/* `", adding that the company ...`: a participle's subject is
		 * the sentence's, never what follows it */
		if ((cl = cue_len(x, tk, k)) > 0 && !tok_in(tk, k, PARTICIPLE)) {
			if (source_after(x, tk, et, f, k + cl, lim, q->os, sp, &end)) {
				sp->cue = cl == 2 ? "according to" : NULL;
				sp->cue_tok = cl == 2 ? SIZE_MAX : k;
				set_cue(sp, tk, k, k + cl);
				return 1;
			}
			speaker_clear(sp);
		} else {
			size_t v = 0, s = 0;
			/* the speaker, then auxiliaries, then the verb */
			for (v = k + 1; v < lim && v < k + far; v++) {
				size_t a = 0;
				if (!verb_at(x, tk, v))
					continue;
				a = aux_back(tk, k, v);
				s = source_before(x, tk, et, f, k, a, q->os, sp);
				if (s == k || (s != SIZE_MAX && lower_descriptor(x, tk, k, s))) {
					if (s != k)
						set_src(sp, tk, k, a);
					sp->cue_tok = v;
					set_cue(sp, tk, a, v + 1);
					return 1;
				}
				speaker_clear(sp);
				/* "X, a spokesman for Y, said": the name before the apposition */
				if (a > k + 2 && px__cl_tok_sym(tk, a - 1, ',') &&
				    apposed_source(x, tk, et, f, k, a, q->os, 0, sp) == k) {
					sp->cue_tok = v;
					set_cue(sp, tk, a, v + 1);
					return 1;
				}
				speaker_clear(sp);
				/* "a company spokeswoman, Lene Brun, said" */
				if (name_apposed_before(x, tk, et, f, k, a, sp) == k) {
					sp->cue_tok = v;
					set_cue(sp, tk, a, v + 1);
					return 1;
				}
				break;
			}
		}
	}
	speaker_clear(sp);
	return 0;
}

/* The speaker before the quote: `X said: "`, `according to X, "`, `X told Y
   that "`, `In the words of X, ... "`. Returns whether one was set (sp is
   cleared otherwise). */
static int
speaker_before_quote(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
		     size_t f, const struct qspan *q, const char *t, struct speaker *sp)
{
	size_t end = 0, cl = 0;
	int naming = 0;

	/* Before the quote: `X said: "`, `according to X, "`, `X told Y that "`. */
	{
		size_t qk = tok_at_or_after(tk, q->os), lo = qk > 16 ? qk - 16 : 0, c = 0;
		for (c = qk; c-- > lo;) {
			if (para_break(t, tk->t[c].end, q->os))
				break;
			/* "In the words of Judge Ruth Aasen, the council had \"" */
			if (words_of_at(tk, c) &&
			    source_after(x, tk, et, f, c + 4, qk, q->os, sp, &end)) {
				sp->cue = "in the words of";
				set_cue(sp, tk, c, c + 4);
				return 1;
			}
			speaker_clear(sp);
			cl = cue_len(x, tk, c);
			naming = cl == 0 && naming_cue(tk, c, qk);
			if (cl == 0 && !naming)
				continue;
			if (cl == 2) {
				if (source_after(x, tk, et, f, c + 2, qk, q->os, sp, &end)) {
					sp->cue = "according to";
					set_cue(sp, tk, c, c + 2);
					return 1;
				}
			} else {
				size_t a = aux_back(tk, lo, c);
				size_t sl = lo;
				/* the speaker must not reach back past a paragraph break */
				while (sl < a && para_break(t, tk->t[sl].start, tk->t[a - 1].end))
					sl++;
				if (source_before(x, tk, et, f, sl, a, q->os, sp) != SIZE_MAX) {
					sp->cue_tok = c;
					set_cue(sp, tk, a, c + 1);
					return 1;
				}
				speaker_clear(sp);
				/* "a company spokeswoman, Lene Brun, said: \"" */
				if (name_apposed_before(x, tk, et, f, sl, a, sp) != SIZE_MAX) {
					sp->cue_tok = c;
					set_cue(sp, tk, a, c + 1);
					return 1;
				}
				speaker_clear(sp);
				/* "Professor Anders Vael, head of the unit, said the
				   moment was \"like ...\"": the name before the
				   apposition */
				if (a > sl + 2 && px__cl_tok_sym(tk, a - 1, ',') &&
				    apposed_source(x, tk, et, f, sl, a, q->os, 1, sp) != SIZE_MAX) {
					sp->cue_tok = c;
					set_cue(sp, tk, a, c + 1);
					return 1;
				}
				speaker_clear(sp);
				/* "said X:" before the quote */
				if (!naming && source_after(x, tk, et, f, c + 1, qk, q->os, sp, &end) && !sp->pronoun &&
				    !sp->described) {
					sp->cue_tok = c;
					set_cue(sp, tk, c, c + 1);
					return 1;
				}
			}
			speaker_clear(sp);
		}
	}
	speaker_clear(sp);
	return 0;
}

/*
 * The speaker of a direct quote: a transcript's label, then the speaker
 * after the quote, then the one before it. A quote opened by a colon reads
 * the other way round when its words do not end on a comma (`Fire chief
 * Mari Sollid: "We are fighting." Police said ...`: the colon's clause
 * speaks, the verb after belongs to the next sentence), and the colon's
 * clause (colon_speaker) comes after a speech verb before the quote
 * (`..., Kall said: "`).
 */
static void
find_speaker(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	     size_t f, const struct qspan *q, const char *t, struct speaker *sp)
{
	size_t qk = tok_at_or_after(tk, q->os), w = q->qe;

	speaker_clear(sp);
	/* Transcripts: the quote opens with a speaker label ("WALLACE: ..."). */
	{
		size_t lk = tok_at_or_after(tk, q->qs);
		if (lk + 1 < tk->n && tk->t[lk].start < q->qe && (tk->t[lk].flags & TF_UPPER) &&
		    tk->t[lk].end - tk->t[lk].start >= 3 && px__cl_tok_sym(tk, lk + 1, ':')) {
			size_t i = 0, n = tk->t[lk].end - tk->t[lk].start;
			sp->src0 = tk->t[lk].start;
			sp->src1 = tk->t[lk].end;
			sp->described = 1;
			/* a person of the article whose surname the label spells */
			for (i = 0; i < et->n; i++) {
				const struct ent_mention *m = &et->m[i];
				if (strcmp(m->type, "person") == 0 && m->end - m->start > n &&
				    strncasecmp(m->name + strlen(m->name) - n, t + sp->src0, n) == 0 &&
				    m->name[strlen(m->name) - n - 1] == ' ') {
					sp->name = m->canonical;
					break;
				}
			}
			return;
		}
	}
	/* the words' last mark, past a closing single quote ("called 'miracles,'") */
	while (w > q->qs && (is_space(t[w - 1]) || t[w - 1] == '\''))
		w--;
	if (w >= q->qs + 3 && memcmp(t + w - 3, "\xe2\x80\x99", 3) == 0)
		w -= 3;
	if (qk > 0 && px__cl_tok_sym(tk, qk - 1, ':') && !(w > q->qs && t[w - 1] == ',')) {
		if (speaker_before_quote(x, tk, et, f, q, t, sp) ||
		    colon_speaker(x, tk, et, f, qk - 1, q->os, sp))
			return;
		speaker_clear(sp);
		speaker_after_quote(x, tk, et, f, q, t, sp);
		return;
	}
	if (speaker_after_quote(x, tk, et, f, q, t, sp) || speaker_before_quote(x, tk, et, f, q, t, sp))
		return;
	if (qk > 0 && !colon_speaker(x, tk, et, f, qk - 1, q->os, sp))
		speaker_clear(sp);
}

/* --------------------------------------------------------- reported speech */

struct report {
	struct speaker sp;
	size_t c0, c1; /* bytes of the reported clause */
};

/* End of the sentence's words: drops the closing punctuation (not "%"). */
static size_t
content_end(const struct toks *tk, size_t t0, size_t t1)
{
	while (t1 > t0 && tk->t[t1 - 1].type == T_SYM && tk->t[t1 - 1].end - tk->t[t1 - 1].start == 1 &&
	       strchr(".!?;:,)]", tk->text[tk->t[t1 - 1].start]))
		t1--;
	return t1;
}

static int
has_words(const struct toks *tk, size_t a, size_t b, size_t min)
{
	size_t n = 0;

	for (; a < b; a++)
		n += tk->t[a].type != T_SYM;
	return n >= min;
}

/* "said her crews were battling", "said no one should be": "her" or "no"
   opening the reported clause's subject, not an object or an answer
   ("said her goodbyes", "thanked her", "said no to the plan"). */
static int
subject_opener(const struct toks *tk, size_t k, size_t e)
{
	return (px__cl_tok_is(tk, k, "her") || px__cl_tok_is(tk, k, "no")) && k + 2 < e &&
	       tk->t[k + 1].type == T_WORD && tok_in(tk, k + 2, FINITE);
}

/* The token after the addressee of "told" starting at token k:
   "reporters", "the Harbor Ledger", "a news briefing", "the local
   newspaper"; SIZE_MAX when none starts there. */
static size_t
addressee_end(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	      size_t f, size_t k, size_t e)
{
	const struct ent_mention *m = NULL;
	size_t k0 = k;

	if (tok_in(tk, k, DET))
		k++;
	m = mention_at(et, f, k);
	if (m && m->t0 == k)
		k = m->t1;
	else if (k < e && tk->t[k].type == T_WORD && !px__cl_tok_is(tk, k, "that"))
		k++;
	else
		return SIZE_MAX;
	if (k == k0 + 2 && k < e && tk->t[k].type == T_WORD && voice_noun(x, tk, k))
		k++; /* "the local newspaper" */
	return k;
}

/* The token after the run of tokens a recogniser claimed at k (a date, a
 * figure) and a comma after it. */
static size_t
past_used(const struct toks *tk, size_t k, size_t e)
{
	while (k < e && (tk->t[k].flags & TF_USED))
		k++;
	if (k < e && px__cl_tok_sym(tk, k, ','))
		k++;
	return k;
}

/*
 * Where the reported content starts after the cue that ends at token k:
 * skips the addressee of "told" and adjuncts ("in a statement", dates);
 * "that" opens the content. SIZE_MAX when nothing there reads as a clause.
 */
static size_t
content_start(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	      size_t f, size_t v, size_t k, size_t e)
{
	size_t j = 0, round = 0;

	if (tok_in(tk, v, TELL) && (k = addressee_end(x, tk, et, f, k, e)) == SIZE_MAX)
		return SIZE_MAX;
	for (round = 0; round < 3 && k < e; round++) {
		if (px__cl_tok_is(tk, k, "that"))
			return k + 1 < e ? k : SIZE_MAX;
		if (tk->t[k].flags & TF_USED) {
			/* a date or figure claimed by a recogniser: "said Tuesday" */
			k = past_used(tk, k, e);
			continue;
		}
		if (tok_in(tk, k, ADJUNCT) || px__cl_tok_sym(tk, k, ',')) {
			/* the adjunct runs to "that" or a comma, or ends with
			 * a date a recogniser claimed ("said on Tuesday the
			 * company would") */
			for (j = k + 1; j < e && j < k + 9; j++) {
				if (px__cl_tok_is(tk, j, "that")) {
					break;
				}
				if (tk->t[j].flags & TF_USED) {
					j = past_used(tk, j, e);
					break;
				}
				if (px__cl_tok_sym(tk, j, ',')) {
					j++;
					break;
				}
				if (is_sym_tok(tk, j) && !px__cl_tok_sym(tk, j, '.') &&
				    !px__cl_tok_sym(tk, j, '\'') && !px__cl_tok_sym(tk, j, '-'))
					return SIZE_MAX;
			}
			if (j >= e || j >= k + 9)
				return SIZE_MAX;
			k = j;
			continue;
		}
		break;
	}
	if (k >= e || tk->t[k].type == T_SYM ||
	    (tok_in(tk, k, NOT_CONTENT) && !subject_opener(tk, k, e)) || verb_at(x, tk, k))
		return SIZE_MAX;
	return k;
}

/* Whether tokens [a, b) hold only an adjunct that may trail a cue ("on
   Tuesday", "in a statement", "told reporters"). */
static int
trailing_adjunct(const struct toks *tk, size_t a, size_t b)
{
	if (a >= b)
		return 1;
	/* "..., a Chinese official said, adding that ..." */
	if (px__cl_tok_sym(tk, a, ',') && tok_in(tk, a + 1, PARTICIPLE))
		return 1;
	if (b - a > 9)
		return 0;
	return tok_in(tk, a, ADJUNCT) || tok_in(tk, a, TELL) || (tk->t[a].flags & TF_USED) ||
	       px__cl_tok_sym(tk, a, ',');
}

/*
 * The source of "according to" that runs from token k to token e (a comma
 * or the sentence's end): a name or description when one starts there,
 * else the whole phrase ("according to FEC filings"). At most 16 tokens.
 */
static int
according_source(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
		 size_t f, size_t k, size_t e, size_t ctx, struct speaker *sp)
{
	size_t end = 0, j = 0;

	if (k >= e || e - k > 16 || !has_words(tk, k, e, 1))
		return 0;
	for (j = k; j < e; j++)
		if (tk->t[j].type == T_SYM && (px__cl_tok_sym(tk, j, ';') || px__cl_tok_sym(tk, j, ':') ||
					       px__cl_tok_sym(tk, j, '(') || px__cl_tok_sym(tk, j, ')')))
			return 0;
	speaker_clear(sp);
	if (source_after(x, tk, et, f, k, e, ctx, sp, &end) && !sp->pronoun) {
		if (sp->described) {
			sp->nm0 = sp->src0;
			sp->nm1 = sp->src1;
		}
	} else {
		speaker_clear(sp);
		sp->described = 1;
	}
	set_src(sp, tk, k, e);
	sp->cue = "according to";
	return 1;
}

/* "..., X said [adjunct]." / "..., said X." / "..., according to X." */
static int
report_tail(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	    size_t f, size_t t0, size_t e, size_t ctx, struct report *r)
{
	size_t c = e, tries = 0;

	while (c > t0 + 3 && tries < 2) {
		size_t k = 0, v = 0, end = 0, to = 0;
		c--;
		if (!px__cl_tok_sym(tk, c, ','))
			continue;
		tries++;
		k = c + 1;
		if (!has_words(tk, t0, c, 4) || tok_in(tk, t0, LEAD_IN))
			break;
		speaker_clear(&r->sp);
		if (cue_len(x, tk, k) == 2) {
			if (according_source(x, tk, et, f, k + 2, e, ctx, &r->sp)) {
				set_cue(&r->sp, tk, k, k + 2);
				goto found;
			}
			continue;
		}
		if (cue_len(x, tk, k) == 1 && !tok_in(tk, k, PARTICIPLE)) {
			if (source_after(x, tk, et, f, k + 1, e, ctx, &r->sp, &end) &&
			    trailing_adjunct(tk, end, e)) {
				r->sp.cue_tok = k;
				set_cue(&r->sp, tk, k, k + 1);
				goto found;
			}
			continue;
		}
		for (v = k + 1; v < e && v < k + 12; v++) {
			size_t a = 0;
			if (!verb_at(x, tk, v) || tok_in(tk, v, PARTICIPLE))
				continue;
			a = aux_back(tk, k, v);
			/* "..., the chief medical officer told Radio Vestkyst." */
			to = tok_in(tk, v, TELL) ? addressee_end(x, tk, et, f, v + 1, e) : v + 1;
			if (to != SIZE_MAX && source_before(x, tk, et, f, k, a, ctx, &r->sp) == k &&
			    trailing_adjunct(tk, to, e)) {
				r->sp.cue_tok = v;
				set_cue(&r->sp, tk, a, v + 1);
				goto found;
			}
			break;
		}
		continue;
found:
		r->c0 = tk->t[t0].start;
		r->c1 = tk->t[c - 1].end;
		return 1;
	}
	speaker_clear(&r->sp);
	return 0;
}

/* "A, he said, B": an attribution set inside its content. */
static int
report_mid(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	   size_t f, size_t t0, size_t e, size_t ctx, struct report *r)
{
	size_t c1 = 0, c2 = 0, end = 0;

	for (c1 = t0 + 2; c1 + 3 < e; c1++) {
		size_t k = c1 + 1, v = 0, cl = 0;
		if (!px__cl_tok_sym(tk, c1, ','))
			continue;
		for (c2 = k + 1; c2 < e && c2 < k + 9 && !px__cl_tok_sym(tk, c2, ','); c2++)
			;
		if (c2 >= e || !px__cl_tok_sym(tk, c2, ',') || !has_words(tk, c2 + 1, e, 2) ||
		    !has_words(tk, t0, c1, 1))
			continue;
		speaker_clear(&r->sp);
		cl = cue_len(x, tk, k);
		if (cl == 2) {
			if (!according_source(x, tk, et, f, k + 2, c2, ctx, &r->sp))
				continue;
			set_cue(&r->sp, tk, k, k + 2);
		} else if (cl > 0) {
			if (tok_in(tk, k, PARTICIPLE) || tok_in(tk, k, TELL))
				continue;
			if (!source_after(x, tk, et, f, k + cl, c2, ctx, &r->sp, &end) || end != c2)
				continue;
			r->sp.cue = cl == 2 ? "according to" : NULL;
			r->sp.cue_tok = cl == 2 ? SIZE_MAX : k;
			set_cue(&r->sp, tk, k, k + cl);
		} else {
			size_t a = 0;
			v = c2 - 1;
			if (!verb_at(x, tk, v) || tok_in(tk, v, PARTICIPLE))
				continue;
			a = aux_back(tk, k, v);
			if (source_before(x, tk, et, f, k, a, ctx, &r->sp) != k)
				continue;
			r->sp.cue_tok = v;
			set_cue(&r->sp, tk, a, v + 1);
		}
		r->c0 = tk->t[t0].start;
		r->c1 = tk->t[e - 1].end;
		return 1;
	}
	speaker_clear(&r->sp);
	return 0;
}

/* "X said (that) ...", "X told Y ...", "..., saying ...". */
static int
report_head(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	    size_t f, size_t t0, size_t e, size_t ctx, struct report *r)
{
	size_t v = 0, lo = t0;

	/* "In a statement, X said": the speaker starts after the comma */
	for (v = t0; v < e; v++) {
		size_t a = 0, s = 0, cs = 0;
		if (px__cl_tok_sym(tk, v, ',') || px__cl_tok_sym(tk, v, ';') || px__cl_tok_sym(tk, v, ':'))
			lo = v + 1;
		if (!verb_at(x, tk, v))
			continue;
		speaker_clear(&r->sp);
		a = aux_back(tk, lo, v);
		if (tok_in(tk, v, PARTICIPLE) && a > t0 && px__cl_tok_sym(tk, a - 1, ',')) {
			/* "..., saying ...": the speaker is the sentence's subject */
			size_t end = 0;
			if (!source_after(x, tk, et, f, t0, a, ctx, &r->sp, &end) || r->sp.described)
				continue;
		} else {
			s = source_before(x, tk, et, f, lo, a, ctx, &r->sp);
			if (s == SIZE_MAX && a > t0 + 2 && px__cl_tok_sym(tk, a - 1, ','))
				s = apposed_source(x, tk, et, f, t0, a, ctx, 0, &r->sp);
			/* "His lawyer, Gunnar Wiik, said his client would
			 * appeal": the name between commas after a description */
			if (s == SIZE_MAX) {
				speaker_clear(&r->sp);
				s = name_apposed_before(x, tk, et, f, t0, a, &r->sp);
			}
			if (s == SIZE_MAX)
				continue;
		}
		cs = content_start(x, tk, et, f, v, v + 1, e);
		if (cs == SIZE_MAX || !has_words(tk, cs, e, 3))
			continue;
		r->sp.cue_tok = v;
		set_cue(&r->sp, tk, a, v + 1);
		r->c0 = tk->t[cs].start;
		r->c1 = tk->t[e - 1].end;
		return 1;
	}
	speaker_clear(&r->sp);
	return 0;
}

/* "X called the closure a dark day for the town": what X called it, the
 * complement after the object (one to four words) from its "a" or "an" to
 * the clause's end, is what X said of it. */
static int
report_called(const struct px_extractor *x, const struct toks *tk, const struct ent_table *et,
	      size_t f, size_t t0, size_t e, size_t ctx, struct report *r)
{
	static const char *const particles[] = {"for", "on", "off", "in", "up", "out", "back",
						"upon", "at", "to", NULL};
	static const char *const article[] = {"a", "an", NULL};
	static const char *const joins[] = {"and", "but", NULL};
	size_t v = 0, lo = t0, k = 0, c1 = 0, a = 0;

	for (v = t0; v < e; v++) {
		if (px__cl_tok_sym(tk, v, ',') || px__cl_tok_sym(tk, v, ';') || px__cl_tok_sym(tk, v, ':'))
			lo = v + 1;
		if (!px__cl_tok_is(tk, v, "called") || v + 2 >= e ||
		    px__cl_tok_among(tk, v + 1, particles) || px__cl_tok_among(tk, v + 1, article))
			continue;
		for (k = v + 1; k < e && k < v + 6 && tk->t[k].type == T_WORD &&
				!px__cl_tok_among(tk, k, article);
		     k++)
			;
		if (k >= e || k >= v + 6 || !px__cl_tok_among(tk, k, article))
			continue;
		for (c1 = k + 1; c1 < e && !px__cl_tok_sym(tk, c1, ',') && !px__cl_tok_sym(tk, c1, ';') &&
				 !px__cl_tok_among(tk, c1, joins);
		     c1++)
			;
		if (!has_words(tk, k, c1, 3))
			continue;
		a = aux_back(tk, lo, v);
		speaker_clear(&r->sp);
		if (source_before(x, tk, et, f, lo, a, ctx, &r->sp) == SIZE_MAX)
			continue;
		r->sp.cue_tok = v;
		set_cue(&r->sp, tk, a, v + 1);
		r->c0 = tk->t[k].start;
		r->c1 = tk->t[c1 - 1].end;
		return 1;
	}
	speaker_clear(&r->sp);
	return 0;
}

/* "According to X, ..." at the sentence's start. */
static int
report_according(const struct px_extractor *x, const struct toks *tk,
		 const struct ent_table *et, size_t f, size_t t0, size_t e, size_t ctx,
		 struct report *r)
{
	size_t k = t0, j = 0;

	if (tok_in(tk, k, BREAK))
		k++;
	if (cue_len(x, tk, k) != 2)
		return 0;
	for (j = k + 2; j < e && j < k + 19 && !px__cl_tok_sym(tk, j, ','); j++)
		;
	if (j >= e || !px__cl_tok_sym(tk, j, ',') || !has_words(tk, j + 1, e, 3) ||
	    !according_source(x, tk, et, f, k + 2, j, ctx, &r->sp))
		return 0;
	set_cue(&r->sp, tk, k, k + 2);
	r->c0 = tk->t[j + 1].start;
	r->c1 = tk->t[e - 1].end;
	return 1;
}

/* ------------------------------------------------------------- emitting */

static char *
lower_copy(struct claim_sink *s, const char *p, size_t n)
{
	char *w = px__cl_sink_str(s, p, n), *q = w;

	for (; q && *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q + 32);
	return w;
}

/* Fill a claim's speaker, cue and spans from sp. */
static void
put_speaker(struct claim_sink *sink, const struct toks *tk, const char *t, const struct speaker *sp,
	    struct px_quote *q)
{
	if (sp->name)
		q->speaker = sp->name;
	else if (sp->described && sp->nm1 > sp->nm0)
		q->speaker = px__cl_sink_str(sink, t + sp->nm0, sp->nm1 - sp->nm0);
	else if (sp->described && sp->src1 > sp->src0)
		q->speaker = px__cl_sink_str(sink, t + sp->src0, sp->src1 - sp->src0);
	/* a speaker cut short by a NUL byte in the text names no one */
	if (q->speaker && q->speaker[0] == '\0')
		q->speaker = NULL;
	if (sp->cue)
		q->cue = sp->cue;
	else if (sp->cue_tok != SIZE_MAX)
		q->cue = lower_copy(sink, t + tk->t[sp->cue_tok].start,
				    tk->t[sp->cue_tok].end - tk->t[sp->cue_tok].start);
	q->src_start = sp->src0;
	q->src_end = sp->src1;
	q->cue_start = sp->cue0;
	q->cue_end = sp->cue1;
}

/* Folded copy of t[a..b): white space runs become one space. Written
   into the arena at once (never longer than the span); up to 1 MiB. */
static char *
fold_copy(struct claim_sink *s, const char *t, size_t a, size_t b)
{
	char *r = NULL;
	size_t n = 0;
	int space = 0;

	if (a >= b)
		return NULL;
	r = px_arena_alloc(s->arena, b - a + 1);
	if (r == NULL) {
		s->failed = PX_ENOMEM;
		return NULL;
	}
	while (a < b) {
		if (is_space(t[a])) {
			space = 1;
			a++;
			continue;
		}
		if (space && n > 0)
			r[n++] = ' ';
		space = 0;
		/* the rest of the word in a tight loop */
		r[n++] = t[a++];
		while (a < b && !is_space(t[a]))
			r[n++] = t[a++];
	}
	r[n] = '\0';
	if (n > ((size_t)1 << 20)) {
		s->failed = PX_ENOMEM;
		return NULL;
	}
	return n > 0 ? r : NULL;
}

/* Whether a direct quote (of those from qs on, up to the sentence's end
   se) overlaps the attribution: then the quote speaks for itself. */
static int
quoted(const struct qspan *qs, size_t nq, const struct report *r, size_t se)
{
	size_t a = r->c0, b = r->c1, i = 0;

	if (r->sp.src1 > 0 && r->sp.src0 < a)
		a = r->sp.src0;
	if (r->sp.cue1 > 0 && r->sp.cue0 < a)
		a = r->sp.cue0;
	if (r->sp.src1 > b)
		b = r->sp.src1;
	if (r->sp.cue1 > b)
		b = r->sp.cue1;
	for (i = 0; i < nq && qs[i].os < se; i++)
		if (qs[i].os < b && a < qs[i].oe)
			return 1;
	return 0;
}

/*
 * A reported clause that holds direct quotes ("X said the plan was “a
 * disaster”") is not a claim of its own; its quotes without a speaker of
 * their own take its speaker and cue.
 */
static void
lend_speaker(struct claim_sink *sink, const struct toks *tk, const char *t, const struct report *r)
{
	size_t i = sink->n;

	/* the sink ends with this field's quotes in text order, then the
	   reported claims made so far: walk back to the first earlier quote */
	while (i-- > 0) {
		struct px_claim *c = &sink->items[i];
		if (c->kind == PX_CLAIM_REPORTED)
			continue;
		if (c->kind != PX_CLAIM_QUOTE || c->end <= r->c0)
			break;
		if (c->start < r->c0 || c->end > r->c1 + 4)
			continue;
		if (c->u.quote.speaker || c->u.quote.cue)
			continue;
		put_speaker(sink, tk, t, &r->sp, &c->u.quote);
	}
}

/* Whether tokens [a, b) hold a cue: a speech verb, "according" or
   "called" (report_called). Every reading of reported speech needs one
   there, so most sentences are passed over after this one scan. */
static int
cue_in(const struct toks *tk, size_t a, size_t b)
{
	for (; a < b; a++)
		if ((tk->t[a].lx & LX_CUE) || px__cl_tok_is(tk, a, "according") ||
		    px__cl_tok_is(tk, a, "called"))
			return 1;
	return 0;
}

/* Reported speech of one field: one claim per sentence at most, none that
   overlaps a direct quote (direct quotes speak for themselves). */
static px_status
reported_field(const struct px_extractor *x, const struct field_in *fin, size_t fi,
	       struct claim_sink *sink, const struct ent_table *et, const struct qspan *qs,
	       size_t nq)
{
	const struct px_doc *doc = fin->doc;
	const struct toks *tk = fin->tk;
	const char *t = doc->text;
	size_t s = 0, qi = 0;

	for (s = 0; s < doc->n_sents; s++) {
		size_t t0 = fin->sent_tok[s], t1 = fin->sent_tok[s + 1], e = 0;
		size_t ss = doc->sents[s].start, se = doc->sents[s].end;
		struct report r;
		struct px_claim *c = NULL;
		while (t1 > t0 && tk->t[t1 - 1].start >= se)
			t1--;
		while (qi < nq && qs[qi].oe <= ss)
			qi++;
		if (t1 - t0 < 5 || t1 - t0 > 120)
			continue;
		e = content_end(tk, t0, t1);
		if (e <= t0 + 3 || !cue_in(tk, t0, e))
			continue;
		memset(&r, 0, sizeof r);
		if (!report_according(x, tk, et, fi, t0, e, ss, &r) &&
		    !report_tail(x, tk, et, fi, t0, e, ss, &r) &&
		    !report_mid(x, tk, et, fi, t0, e, ss, &r) &&
		    !report_called(x, tk, et, fi, t0, e, ss, &r) &&
		    !report_head(x, tk, et, fi, t0, e, ss, &r))
			continue;
		if (r.c1 <= r.c0)
			continue;
		if (qi < nq && quoted(qs + qi, nq - qi, &r, se)) {
			lend_speaker(sink, tk, t, &r);
			continue;
		}
		c = px__cl_sink_add(sink, PX_CLAIM_REPORTED, r.c0, r.c1);
		if (c == NULL)
			return sink->failed ? sink->failed : PX_ENOMEM;
		c->u.quote.q_start = r.c0;
		c->u.quote.q_end = r.c1;
		c->u.quote.quote = fold_copy(sink, t, r.c0, r.c1);
		c->u.quote.reported = 1;
		put_speaker(sink, tk, t, &r.sp, &c->u.quote);
		if (sink->failed)
			return sink->failed;
	}
	return PX_OK;
}

px_status
px__cl_quotes(const struct px_extractor *x, struct field_in *f, size_t nf,
	      struct claim_sink *sinks, const struct ent_table *et)
{
	size_t fi = 0;
	px_status st = PX_OK;

	for (fi = 0; fi < nf && st == PX_OK; fi++) {
		const char *t = f[fi].doc->text;
		size_t len = f[fi].doc->len, n = 0, i = 0;
		struct qspan *qs = NULL;
		const struct toks *tk = f[fi].tk;
		const struct px_claim *prev = NULL;
		st = find_quotes(t, len, &qs, &n);
		for (i = 0; i < n && st == PX_OK; i++) {
			struct qspan *q = &qs[i];
			struct px_claim *c = NULL;
			struct speaker sp;
			char *w = NULL;
			size_t k = 0, words = 0, wn = 0;
			int space = 0, straight = 0;
			/* the words, white space folded, continuation marks dropped;
			   written into the arena at once (never longer than the
			   span), up to 1 MiB */
			w = px_arena_alloc(sinks[fi].arena, q->qe - q->qs + 1);
			if (w == NULL) {
				st = sinks[fi].failed = PX_ENOMEM;
				break;
			}
			k = q->qs;
			while (k < q->qe) {
				if (is_space(t[k])) {
					space = 1;
					k++;
					continue;
				}
				if (space && wn > 0 && t[k - 1] == '\n' && open_mark(t, len, k)) {
					k += open_mark(t, len, k);
					continue;
				}
				if (space && wn > 0) {
					w[wn++] = ' ';
					words++;
				}
				space = 0;
				/* the rest of the word in a tight loop */
				w[wn++] = t[k++];
				while (k < q->qe && !is_space(t[k]))
					w[wn++] = t[k++];
			}
			w[wn] = '\0';
			words += wn > 0;
			if (wn > ((size_t)1 << 20) || wn == 0 || words > QUOTE_MAX_WORDS)
				continue;
			find_speaker(x, tk, et, fi, q, t, &sp);
			/* Straight single marks are also apostrophes and the
			   marks of tweets and headlines quoted in passing: such a
			   quote takes only a named or described speaker whose cue
			   follows its closing mark at once, on its line, after a
			   comma, question or exclamation mark ("...,' said Captain
			   Viktor Agren"), never a pronoun's or the paragraph's. */
			straight = t[q->os] == '\'' && q->qs == q->os + 1;
			if (straight && !cue_opens_straight(t, q, &sp) &&
			    (sp.pronoun || sp.cue1 == 0 || sp.cue0 < q->oe ||
			     sp.cue0 > q->oe + 40 || sp.src0 < q->oe || q->qe == q->qs ||
			     !strchr(",?!", t[q->qe - 1]) ||
			     memchr(t + q->oe, '\n', sp.cue0 - q->oe) != NULL))
				speaker_clear(&sp);
			/* A second quote in the same paragraph keeps the first's
			   speaker, unless a verb of naming gave it: "Trump called
			   the agency a \"total disaster\"" speaks those words
			   alone. */
			if (sp.name == NULL && !sp.described && prev && prev->u.quote.speaker && !straight &&
			    !(prev->u.quote.cue && px__naming_verb(prev->u.quote.cue)) &&
			    !para_break(t, prev->end, q->os)) {
				speaker_clear(&sp);
				sp.name = prev->u.quote.speaker;
				sp.cue = prev->u.quote.cue;
			}
			c = px__cl_sink_add(&sinks[fi], PX_CLAIM_QUOTE, q->os, q->oe);
			if (c == NULL) {
				st = sinks[fi].failed ? sinks[fi].failed : PX_ENOMEM;
				break;
			}
			c->u.quote.q_start = q->qs;
			c->u.quote.q_end = q->qe;
			c->u.quote.quote = w;
			put_speaker(&sinks[fi], tk, t, &sp, &c->u.quote);
			c->u.quote.partial = words < 6 ||
					     (q->os > 1 && is_space(t[q->os - 1]) &&
					      ((t[q->os - 2] >= 'a' && t[q->os - 2] <= 'z') ||
					       (t[q->os - 2] >= 'A' && t[q->os - 2] <= 'Z')));
			prev = &sinks[fi].items[sinks[fi].n - 1];
		}
		if (st == PX_OK)
			st = reported_field(x, &f[fi], fi, &sinks[fi], et, qs, n);
		px_free(qs);
	}
	return st;
}

/* ----------------------------------------------------------------- JSON */

static void
put_span(struct px_buf *b, const char *key, size_t s, size_t e)
{
	if (e > s)
		px_buf_printf(b, ",\"%s\":[%zu,%zu]", key, s, e);
}

void
px__cl_quote_json(const struct px_quote *q, struct px_buf *b)
{
	px_buf_puts(b, ",\"quote\":");
	px_buf_put_json_str(b, q->quote ? q->quote : "", q->quote ? strlen(q->quote) : 0);
	px_buf_puts(b, ",\"speaker\":");
	if (q->speaker)
		px_buf_put_json_str(b, q->speaker, strlen(q->speaker));
	else
		px_buf_puts(b, "null");
	px_buf_puts(b, ",\"cue\":");
	if (q->cue)
		px_buf_put_json_str(b, q->cue, strlen(q->cue));
	else
		px_buf_puts(b, "null");
	if (q->partial)
		px_buf_puts(b, ",\"partial\":true");
	if (q->reported)
		px_buf_puts(b, ",\"reported\":true");
	put_span(b, "content_span", q->q_start, q->q_end);
	put_span(b, "source_span", q->src_start, q->src_end);
	put_span(b, "cue_span", q->cue_start, q->cue_end);
}
