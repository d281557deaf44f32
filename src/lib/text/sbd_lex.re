/*
 * Token scanner of the segmenter, compiled by re2c (-8: UTF-8 code points,
 * Unicode categories from re2c's unicode_categories.re) into
 * $(BUILD)/gen/sbd_lex.c, which token.c includes.
 *
 * px__lex() reads one token starting at s[i] and returns its end; the input
 * is addressed by index and every read past n yields 0, so the scanner never
 * reads outside s[0..n) and needs no sentinel (the text is borrowed and not
 * NUL-terminated). A real NUL byte inside the text scans as white space.
 * Rules follow longest match, ties going to the rule listed first: numbers
 * before dotted words, so 11.18.2014 is a number and J1.txt a dotted word.
 * A dotted word never continues with a capitalised word ("world.Today"):
 * that is a missing space after a full stop, which the segmenter splits.
 * Invalid UTF-8 falls to the default rule, one byte at a time.
 */

/*!include:re2c "unicode_categories.re" */

size_t
px__lex(const char *str, size_t n, size_t i, int *kind)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t start = i;
	size_t m = i;

	/*!re2c
	re2c:api = custom;
	re2c:api:style = free-form;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYPEEK = "(i < n ? s[i] : 0)";
	re2c:define:YYSKIP = "++i;";
	re2c:define:YYBACKUP = "m = i;";
	re2c:define:YYRESTORE = "i = m;";
	re2c:yyfill:enable = 0;

	wch    = L | M | N | [\u00AD];
	wstart = L | M | (N \ [0-9]);
	apos   = ['\u2019];
	hyph   = [\-\u2010\u2011];
	joint  = apos | hyph;
	word   = wstart wch* (joint wch+)*;
	num    = [0-9] ([0-9] | [.,:/] [0-9])* wch* (joint wch+)*;
	acro   = ([A-Za-z]{1,4} ".") ([A-Za-z]{1,4} ".")+;
	dseg   = [a-z_] [A-Za-z0-9_]* | [A-Z] [A-Z0-9_]*;
	dotted = [A-Za-z0-9_]+ ([.] dseg)+;
	url    = ('http' 's'? "://" | 'ftp://' | 'www.') [^\x00-\x20\x7F"<>\u0085\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+;
	email  = [A-Za-z0-9._%+\-]+ "@" [A-Za-z0-9\-]+ ("." [A-Za-z0-9\-]+)+;
	space  = [ \t\n\r\v\f\x00\u0085\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF] | Cc;

	url      { *kind = PX__TK_URL; return url_end(s, start, i); }
	email    { *kind = PX__TK_EMAIL; return i; }
	num      { *kind = PX__TK_NUM; return i; }
	word     { *kind = PX__TK_WORD; return i; }
	acro     { *kind = PX__TK_ACRO; return i; }
	dotted   { return dotted_end(s, n, start, i, kind); }
	"."      { *kind = PX__TK_DOT; return i; }
	("." | "\u2026")+ { *kind = PX__TK_ELLIPSIS; return i; }
	[!?\u203C\u2047\u2048\u2049]+ { *kind = PX__TK_EXCL; return i; }
	[\u3002\uFF01\uFF1F\uFF0E\uFF61] { *kind = PX__TK_CJKSTOP; return i; }
	[\u201C\u2018\u201E\u201A\u00AB\u2039\u201B\u201F] { *kind = PX__TK_QOPEN; return i; }
	[\u201D\u2019\u00BB\u203A] { *kind = PX__TK_QCLOSE; return i; }
	["'`\u2033] { *kind = PX__TK_QUOTE; return i; }
	[([{\uFF08\u3008\u300A\u300C\u300E\u3010] { *kind = PX__TK_OPEN; return i; }
	[)\]}\uFF09\u3009\u300B\u300D\u300F\u3011] { *kind = PX__TK_CLOSE; return i; }
	(hyph | [\u2012-\u2015\u2212\u2E3A\u2E3B])+ { *kind = PX__TK_DASH; return i; }
	[\u2022\u2023\u2043\u2219\u25AA\u25AB\u25CF\u25E6\u25A0\u25A1\u25B6\u25BA\u27A2\u2794\u00B7] { *kind = PX__TK_BULLET; return i; }
	Sc       { *kind = PX__TK_CUR; return i; }
	S | [%&@#*_\\/~^|]  { *kind = PX__TK_SYM; return i; }
	space    { *kind = PX__TK_SPACE; return i; }
	[^]      { *kind = PX__TK_PUNCT; return i; }
	*        { *kind = PX__TK_PUNCT; return i; }
	*/
}
