/*
 * Conformance of the claims stage's dates: recognizers_datetime_en, the
 * cases whose expected results are all datetimeV2.date (single days), each
 * resolved against the case's ReferenceDateTime as the article date.
 *
 * Judging (PROVENANCE.md, with the deviations stated): a case passes when
 * we find the same number of date claims, in order, each with the same text
 * (case-insensitive), start and end (code points), and a value that is one
 * of the case's resolution values (Recognizers lists the past and the
 * future reading of "Tuesday"; our rule picks one of them). A second,
 * looser figure counts cases whose values all match whatever the spans
 * ("resolution rate"). Times, ranges, durations and sets are other types
 * and are not judged here.
 */
#include "conf_common.h"

static struct px_extractor *X;

static size_t
cp_off(const char *t, size_t byte)
{
	size_t k = 0, n = 0;

	for (k = 0; k < byte; k++)
		if (((unsigned char)t[k] & 0xC0) != 0x80)
			n++;
	return n;
}

static int
value_in(json_t *e, const char *v)
{
	json_t *vals = json_object_get(json_object_get(e, "Resolution"), "values");
	size_t k = 0;

	for (k = 0; k < json_array_size(vals); k++) {
		const char *rv = conf_str(json_array_get(vals, k), "value");
		if (rv && strcmp(rv, v) == 0)
			return 1;
	}
	return 0;
}

int
main(void)
{
	json_t *cases = conf_load("recognizers_datetime_en");
	size_t i = 0, total = 0, pass = 0, resolved = 0;
	int verbose = getenv("CONF_VERBOSE") != NULL;

	(void)conf_read_gz;
	if (px_extractor_new(&X) != PX_OK) {
		fprintf(stderr, "conf_datetime: cannot load the claims lexicons\n");
		return 1;
	}
	for (i = 0; i < json_array_size(cases); i++) {
		json_t *c = json_array_get(cases, i), *exp = json_object_get(c, "expected");
		const char *t = conf_str(c, "input");
		const char *ref = conf_str(json_object_get(c, "context"), "ReferenceDateTime");
		struct px_sentence s;
		struct px_doc doc;
		struct px_claims *cl = NULL;
		struct px_claims_opts o;
		size_t k = 0, nd = 0, g = 0;
		int ok = 1, vok = 1, only_dates = json_array_size(exp) > 0;
		for (k = 0; k < json_array_size(exp); k++) {
			const char *tn = conf_str(json_array_get(exp, k), "TypeName");
			if (tn == NULL || strcmp(tn, "datetimeV2.date") != 0)
				only_dates = 0;
		}
		if (!only_dates || t == NULL || ref == NULL)
			continue;
		memset(&doc, 0, sizeof doc);
		memset(&s, 0, sizeof s);
		s.end = strlen(t);
		doc.text = t;
		doc.len = strlen(t);
		doc.sents = &s;
		doc.n_sents = 1;
		memset(&o, 0, sizeof o);
		o.kinds = PX_CLAIMS_DATES;
		o.date = ref;
		if (px_claims_extract(X, NULL, &doc, &o, &cl) != PX_OK)
			continue;
		total++;
		for (k = 0; k < cl->n; k++)
			if (strcmp(cl->items[k].u.date.granularity, "time") != 0)
				nd++;
		if (nd != json_array_size(exp))
			ok = vok = 0;
		for (k = 0, g = 0; k < cl->n && g < json_array_size(exp) && (ok || vok); k++) {
			const struct px_claim *d = &cl->items[k];
			json_t *e = json_array_get(exp, g);
			const char *txt = conf_str(e, "Text");
			json_t *st = json_object_get(e, "Start");
			size_t len = d->end - d->start;
			if (strcmp(d->u.date.granularity, "time") == 0)
				continue;
			g++;
			if (!value_in(e, d->u.date.value))
				ok = vok = 0;
			if (txt == NULL || strlen(txt) != len || strncasecmp(txt, t + d->start, len) != 0 ||
			    !json_is_integer(st) || (size_t)json_integer_value(st) != cp_off(t, d->start))
				ok = 0;
		}
		if (verbose && !ok) {
			printf("  FAIL %s (ref %s):", t, ref);
			for (k = 0; k < cl->n; k++)
				printf(" [%.*s=%s]", (int)(cl->items[k].end - cl->items[k].start),
				       t + cl->items[k].start, cl->items[k].u.date.value);
			printf("\n");
		}
		pass += ok;
		resolved += vok;
		px_claims_free(cl);
	}
	printf("recognizers_datetime_en: %zu/%zu date cases exact, %zu resolved to a listed value\n",
	       pass, total, resolved);
	conf_result("recognizers_datetime_en", "date_pass_rate", total ? (double)pass / total : 0);
	conf_result("recognizers_datetime_en", "date_resolution_rate",
		    total ? (double)resolved / total : 0);
	json_decref(cases);
	px_extractor_free(X);
	return 0;
}
