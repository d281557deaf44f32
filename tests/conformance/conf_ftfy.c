/*
 * Conformance: mojibake repair against python-ftfy's own test cases
 * (../shared/conformance/ftfy_mojibake, see its PROVENANCE.md).
 *
 * Encoding repair alone (PX_REPAIR_MOJIBAKE) is compared with
 * `expected_fix_encoding`, ftfy's fix_encoding(), in four groups reported
 * separately:
 *   pass       cases ftfy passes, apart from the negative ones
 *   negative   text that must come out as expected (unchanged apart from
 *              C1 controls); any other change is damage
 *   double     pass cases with one more layer of latin-1 mojibake
 *              (`input_double_encoded`)
 *   known      ftfy's known failures (a bonus: ftfy itself fails them)
 * The unit cases (`function` field) exercise entity and control handling;
 * they run through the whole repair (PX_REPAIR_ALL) and are judged by what
 * makes sense for article text, which differs from ftfy in two documented
 * ways: NFC instead of the NFKC some cases ask for (the output is NFKC-
 * normalised before comparing), and C1 controls that no charset explains
 * are removed rather than kept.
 *
 * PX_VERBOSE=1 prints every failing case.
 */
#include <utf8proc.h>

#include "conf_common.h"

struct tally {
	int n, ok;
};

static int verbose;

static char *
run_repair(const char *in, unsigned flags)
{
	struct px_buf out = PX_BUF_INIT;
	char *r = NULL;

	if (px_text_repair(in, strlen(in), flags, &out, NULL) != PX_OK) {
		px_buf_release(&out);
		return NULL;
	}
	r = px_buf_detach(&out, NULL);
	if (r == NULL)
		r = px_strdup("");
	return r;
}

static void
show(const char *group, const char *id, const char *in, const char *want,
     const char *got)
{
	if (!verbose)
		return;
	printf("  FAIL %-8s %s\n    in:   %s\n    want: %s\n    got:  %s\n", group,
	       id, in, want, got ? got : "(error)");
}

static int
check(struct tally *t, const char *group, const char *id, const char *in,
      const char *want, unsigned flags)
{
	char *got = run_repair(in, flags);
	int ok = got != NULL && strcmp(got, want) == 0;

	t->n++;
	t->ok += ok;
	if (!ok)
		show(group, id, in, want, got);
	px_free(got);
	return ok;
}

static int
has_tag(json_t *c, const char *tag)
{
	json_t *tags = json_object_get(c, "tags");
	size_t i = 0;
	json_t *v = NULL;

	json_array_foreach(tags, i, v) {
		if (json_is_string(v) && strcmp(json_string_value(v), tag) == 0)
			return 1;
	}
	return 0;
}

/* Unit case: our expected output, from ftfy's with the documented
 * differences applied. Returns a malloc'd string. */
static char *
unit_expected(json_t *c)
{
	const char *exp = conf_str(c, "expected");
	struct px_buf b = PX_BUF_INIT;
	size_t i = 0, n = exp ? strlen(exp) : 0;

	/* Drop C1 controls that are not windows-1252 characters. */
	while (i < n) {
		int32_t cp = 0;
		size_t l = px_utf8_decode(exp + i, n - i, &cp);
		if (!(cp >= 0x80 && cp < 0xA0))
			px_buf_append(&b, exp + i, l);
		i += l;
	}
	if (b.data == NULL)
		return strdup("");
	{
		char *r = strdup(b.data);
		px_buf_release(&b);
		return r;
	}
}

static int
unit_check(struct tally *t, json_t *c)
{
	const char *fn = conf_str(c, "function");
	const char *in = conf_str(c, "input");
	const char *id = conf_str(c, "id");
	json_t *opt = json_object_get(c, "options");
	const char *norm = opt ? conf_str(opt, "normalization") : NULL;
	unsigned flags = PX_REPAIR_ALL;
	char *want = NULL, *got = NULL;
	int ok = 0;

	if (fn && (strcmp(fn, "fix_encoding") == 0 || strcmp(fn, "fix_surrogates") == 0)) {
		flags = PX_REPAIR_MOJIBAKE;
		want = strdup(conf_str(c, "expected") ? conf_str(c, "expected") : "");
	} else {
		want = unit_expected(c);
	}
	got = run_repair(in, flags);
	if (got && norm && strcmp(norm, "NFKC") == 0) {
		char *k = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)got);
		px_free(got);
		got = k ? px_strdup(k) : NULL;
		free(k);
	}
	ok = got != NULL && want != NULL && strcmp(got, want) == 0;
	t->n++;
	t->ok += ok;
	if (!ok)
		show("unit", id, in, want ? want : "", got);
	px_free(got);
	free(want);
	return ok;
}

static double
rate(const struct tally *t)
{
	return t->n ? (double)t->ok / t->n : 1.0;
}

int
main(void)
{
	json_t *cases = conf_load("ftfy_mojibake");
	struct tally pass = {0, 0}, neg = {0, 0}, dbl = {0, 0}, known = {0, 0},
		     unit = {0, 0};
	int damage = 0;
	size_t i = 0;
	json_t *c = NULL;

	(void)conf_read_gz; /* shared helper this suite does not need */
	verbose = getenv("PX_VERBOSE") != NULL;
	if (json_array_size(cases) == 0) {
		printf("ftfy: skipped: no cases found\n");
		json_decref(cases);
		return 0;
	}
	json_array_foreach(cases, i, c) {
		const char *id = conf_str(c, "id");
		const char *in = conf_str(c, "input");
		const char *want = conf_str(c, "expected_fix_encoding");
		const char *expect = conf_str(c, "expect");
		const char *dbl_in = conf_str(c, "input_double_encoded");

		if (in == NULL)
			continue;
		if (json_object_get(c, "function")) {
			unit_check(&unit, c);
			continue;
		}
		if (want == NULL)
			continue;
		if (expect && strcmp(expect, "fail") == 0) {
			check(&known, "known", id, in, want, PX_REPAIR_MOJIBAKE);
			continue;
		}
		if (has_tag(c, "negative")) {
			if (!check(&neg, "negative", id, in, want, PX_REPAIR_MOJIBAKE))
				damage++;
		} else {
			check(&pass, "pass", id, in, want, PX_REPAIR_MOJIBAKE);
		}
		if (dbl_in)
			check(&dbl, "double", id, dbl_in, want, PX_REPAIR_MOJIBAKE);
	}
	printf("ftfy: pass %d/%d, negative %d/%d (damaged %d), double-encoded %d/%d, "
	       "known failures %d/%d, unit %d/%d\n",
	       pass.ok, pass.n, neg.ok, neg.n, damage, dbl.ok, dbl.n, known.ok,
	       known.n, unit.ok, unit.n);
	{
		struct tally all = {pass.n + neg.n, pass.ok + neg.ok};
		conf_result("ftfy", "cases_rate", rate(&all));
	}
	conf_result("ftfy", "pass_rate", rate(&pass));
	conf_result("ftfy", "negative_rate", rate(&neg));
	conf_result("ftfy", "double_rate", rate(&dbl));
	conf_result("ftfy", "known_failures_rate", rate(&known));
	conf_result("ftfy", "unit_rate", rate(&unit));
	json_decref(cases);
	return 0;
}
