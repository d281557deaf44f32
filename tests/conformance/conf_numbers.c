/*
 * Conformance of the claims stage's numbers and quantities:
 *
 *   recognizers_number_en         Number, Ordinal, Percent, NumberRange models
 *   recognizers_numberwithunit_en Currency, Dimension, Age, Temperature
 *   quantulum3_en                 value and value+unit P/R/F1
 *   newsquant_cqe                 value, value+unit, value+change P/R/F1
 *
 * Each input is read as one sentence (a px_doc built here with a single
 * sentence), so the figures do not depend on the segmenter.
 *
 * Judging (see each suite's PROVENANCE.md; deviations are stated here):
 * - Recognizers: a case passes when our list has the same length and, in
 *   order, the same text (case-insensitive), start and end (code points,
 *   end inclusive) and value. Values are compared as numbers (relative
 *   1e-9) rather than as .NET strings; subtypes are not compared. Ordinal
 *   relative forms ("last", "next to last") compare their value string
 *   ("end+0", "end-1", "current+1"). Percent:
 *   value "N%". NumberRange: the interval notation "(a,b]" with open ends
 *   empty. With units: the unit is compared through the table below
 *   mapping our normalised units to Recognizers' names.
 * - quantulum3: CQE's looser check: a gold quantity is found when a
 *   predicted one has the same value (np.isclose) — a range gold (value +-
 *   uncertainty) needs our low and high — and, for value+unit, the same
 *   unit after mapping quantulum3's unit names to ours (table below).
 * - NewsQuant: corpus micro P/R/F1 as upstream evaluate_models.py: value
 *   (np.isclose; ranges "a-b" need both ends), value+unit (our unit mapped
 *   to CQE's vocabulary by cqe_unit.h, whose head comment lists the
 *   gold's conventions it follows; compared exactly with the gold
 *   normalized_unit), value+change (our approx: = ~ < > <= >=). CQE
 *   writes a change "from A to B" as one quantity "A-B": our linked pair
 *   (PX_QTY_CHANGE) is folded into one prediction in that order only. The
 *   gold is not consistent on "to B from A": three of the four visible
 *   cases are two quantities, one is folded, so it stays two.
 *   Stricter than upstream: a prediction matches one gold value at
 *   most (upstream lets one prediction count for several gold values when
 *   the units differ).
 */
#include <math.h>

#include "conf_common.h"
#include "cqe_unit.h"

static struct px_extractor *X;

/* A doc with one sentence over the whole text. */
static void
one_sentence(struct px_doc *doc, struct px_sentence *s, const char *t, size_t n)
{
	memset(doc, 0, sizeof(*doc));
	memset(s, 0, sizeof(*s));
	doc->text = t;
	doc->len = n;
	s->start = 0;
	s->end = n;
	doc->sents = s;
	doc->n_sents = n ? 1 : 0;
}

static struct px_claims *
claims_of(const char *t, unsigned kinds, const char *date)
{
	struct px_doc doc;
	struct px_sentence s;
	struct px_claims *c = NULL;
	struct px_claims_opts o;

	one_sentence(&doc, &s, t, strlen(t));
	memset(&o, 0, sizeof o);
	o.kinds = kinds;
	o.date = date;
	if (px_claims_extract(X, NULL, &doc, &o, &c) != PX_OK)
		return NULL;
	return c;
}

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
close_to(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1.0, fmax(fabs(a), fabs(b))) ||
	       fabs(a - b) <= 1e-8 + 1e-5 * fabs(b);
}

/* One predicted mention, in Recognizers' terms. */
struct mention {
	size_t start, end; /* code points, end exclusive */
	char text[512];
	char value[96];
	double v;
	const char *unit;
};

static void
set_text(struct mention *m, const char *t, size_t b0, size_t b1)
{
	size_t n = b1 - b0;
	if (n >= sizeof m->text)
		n = sizeof m->text - 1;
	memcpy(m->text, t + b0, n);
	m->text[n] = '\0';
	m->start = cp_off(t, b0);
	m->end = cp_off(t, b1);
}

static double
jnum(json_t *v)
{
	if (json_is_string(v))
		return strtod(json_string_value(v), NULL);
	if (json_is_number(v))
		return json_number_value(v);
	return NAN;
}

/* Recognizers unit names for our units (several may be accepted). */
static int
unit_ok(const char *ours, const char *theirs)
{
	static const char *const map[][2] = {
		{"USD", "Dollar"}, {"USD", "United States dollar"}, {"CAD", "Canadian dollar"},
		{"AUD", "Australian dollar"}, {"GBP", "Pound"}, {"GBP", "British pound"},
		{"EUR", "Euro"}, {"JPY", "Japanese yen"}, {"CNY", "Chinese yuan"},
		{"CHF", "Swiss franc"}, {"franc", "Franc"}, {"peseta", "Peseta"},
		{"NLG", "Netherlands guilder"}, {"cent", "Cent"}, {"pence", "Pence"},
		{"penny", "Penny"}, {"INR", "Indian rupee"}, {"km", "Kilometer"},
		{"m", "Meter"}, {"cm", "Centimeter"}, {"mm", "Millimeter"}, {"dm", "Decimeter"},
		{"mi", "Mile"}, {"ft", "Foot"}, {"in", "Inch"}, {"yd", "Yard"},
		{"km2", "Square kilometer"}, {"m2", "Square meter"}, {"sq mi", "Square mile"},
		{"sq ft", "Square foot"}, {"kg", "Kilogram"}, {"g", "Gram"}, {"mg", "Milligram"},
		{"µg", "Microgram"}, {"t", "Metric ton"}, {"t", "Ton"}, {"ton", "Ton"},
		{"lb", "Pound"}, {"oz", "Ounce"}, {"l", "Liter"}, {"ml", "Milliliter"},
		{"gal", "Gallon"}, {"cu ft", "Cubic foot"}, {"m3", "Cubic meter"},
		{"km/h", "Kilometer per hour"}, {"mph", "Mile per hour"}, {"m/s", "Meter per second"},
		{"year", "Year"}, {"month", "Month"}, {"week", "Week"}, {"day", "Day"},
		{"°C", "C"}, {"°F", "F"}, {"°", "Degree"}, {"bit", "Bit"}, {"MB", "Megabit"},
		{"tbsp", "Tablespoon"}, {"tsp", "Teaspoon"}, {"cup", "Cup"}, {"hp", "Horsepower"},
		{"ha", "Hectare"}, {"acre", "Acre"}, {"W", "Watt"}, {"kW", "Kilowatt"},
		{NULL, NULL}};
	size_t k = 0;

	if (ours == NULL || theirs == NULL)
		return 0;
	for (k = 0; map[k][0]; k++)
		if (strcmp(map[k][0], ours) == 0 && strcmp(map[k][1], theirs) == 0)
			return 1;
	return 0;
}

/* Compare a case's expected list with ours (text, start, end, value). */
static int
judge(json_t *exp, struct mention *m, size_t nm, int with_unit, int interval)
{
	size_t k = 0;

	if (json_array_size(exp) != nm)
		return 0;
	for (k = 0; k < nm; k++) {
		json_t *e = json_array_get(exp, k);
		json_t *res = json_object_get(e, "Resolution");
		const char *txt = conf_str(e, "Text");
		json_t *st = json_object_get(e, "Start"), *en = json_object_get(e, "End");
		json_t *val = json_object_get(res, "value");
		if (txt == NULL || strcasecmp(txt, m[k].text) != 0)
			return 0;
		if (json_is_integer(st) && (size_t)json_integer_value(st) != m[k].start)
			return 0;
		if (json_is_integer(en) && (size_t)json_integer_value(en) + 1 != m[k].end)
			return 0;
		if (interval) {
			if (!json_is_string(val) || strcmp(json_string_value(val), m[k].value) != 0) {
				/* compare endpoints numerically: "[10,15)" */
				const char *a = json_is_string(val) ? json_string_value(val) : "";
				const char *b = m[k].value;
				double a1 = 0, a2 = 0, b1 = 0, b2 = 0;
				char ca = 0, cb = 0;
				if (a[0] != b[0] || a[strlen(a) - 1] != b[strlen(b) - 1])
					return 0;
				ca = a[1] == ',' ? 1 : 0;
				cb = b[1] == ',' ? 1 : 0;
				if (ca != cb)
					return 0;
				a1 = strtod(a + 1, NULL), b1 = strtod(b + 1, NULL);
				a2 = strtod(strchr(a, ',') + 1, NULL), b2 = strtod(strchr(b, ',') + 1, NULL);
				if (!close_to(a1, b1) || !close_to(a2, b2))
					return 0;
			}
		} else if (json_is_string(val) && (strncmp(json_string_value(val), "end", 3) == 0 ||
						   strncmp(json_string_value(val), "current", 7) == 0)) {
			/* relative ordinals: "end-1", "current+1" */
			if (strcmp(json_string_value(val), m[k].value) != 0)
				return 0;
		} else if (json_is_string(val) && strchr(json_string_value(val), '%')) {
			if (!close_to(strtod(json_string_value(val), NULL), m[k].v) || !strchr(m[k].value, '%'))
				return 0;
		} else if (!json_is_null(val) && val != NULL) {
			if (!close_to(jnum(val), m[k].v))
				return 0;
		} else {
			return 0; /* a unit without a number: not produced */
		}
		if (with_unit && !unit_ok(m[k].unit, conf_str(res, "unit")))
			return 0;
	}
	return 1;
}

static size_t
numbers_mentions(const char *t, const char *model, struct mention *m, size_t max)
{
	size_t nm = 0;

	if (strcmp(model, "NumberModel") == 0 || strcmp(model, "OrdinalModel") == 0) {
		struct px_number *nums = NULL;
		size_t n = 0, k = 0;
		int ord = strcmp(model, "OrdinalModel") == 0;
		if (px_numbers_scan(X, t, strlen(t), &nums, &n) != PX_OK)
			return 0;
		for (k = 0; k < n && nm < max; k++) {
			unsigned f = nums[k].flags;
			if (ord != !!(f & PX_NUM_ORDINAL) || (f & (PX_NUM_GLUED | PX_NUM_VAGUE)) ||
			    (!ord && (f & PX_NUM_RELATIVE)))
				continue;
			set_text(&m[nm], t, nums[k].start, nums[k].end);
			m[nm].v = nums[k].value;
			snprintf(m[nm].value, sizeof m[nm].value, "%s",
				 (f & PX_NUM_RELATIVE) && nums[k].rel ? nums[k].rel : "");
			m[nm].unit = NULL;
			nm++;
		}
		px_free(nums);
		return nm;
	}
	{
		int pct = strcmp(model, "PercentModel") == 0;
		struct px_claims *c = claims_of(t, PX_CLAIMS_QUANTITIES, NULL);
		size_t k = 0;
		if (c == NULL)
			return 0;
		for (k = 0; k < c->n && nm < max; k++) {
			const struct px_quantity *q = &c->items[k].u.quantity;
			if (pct) {
				if (strcmp(q->unit, "%") != 0)
					continue;
				set_text(&m[nm], t, q->fig_start, q->fig_end);
				snprintf(m[nm].value, sizeof m[nm].value, "%.15g%%", q->value);
				m[nm].v = q->value;
			} else {
				char lo[28] = "", hi[28] = "";
				const char *l = "(", *r = ")";
				if (q->approx == PX_APPROX_ABOUT ||
				    (q->approx == PX_APPROX_EQ && c->items[k].start == q->fig_start))
					continue;
				if (q->approx == PX_APPROX_EQ) {
					/* a stated exact figure ("equal to 20") */
					snprintf(lo, sizeof lo, "%.15g", q->value);
					snprintf(hi, sizeof hi, "%.15g", q->value);
					l = "[";
					r = "]";
				} else if (q->flags & PX_QTY_BOUNDS) {
					snprintf(lo, sizeof lo, "%.15g", q->low);
					snprintf(hi, sizeof hi, "%.15g", q->high);
					l = (q->flags & PX_QTY_LOW_OPEN) ? "(" : "[";
					r = (q->flags & PX_QTY_HIGH_OPEN) ? ")" : "]";
				} else if (q->approx == PX_APPROX_GT || q->approx == PX_APPROX_GE) {
					snprintf(lo, sizeof lo, "%.15g", q->value);
					l = q->approx == PX_APPROX_GE ? "[" : "(";
				} else if (q->approx == PX_APPROX_LT || q->approx == PX_APPROX_LE) {
					snprintf(hi, sizeof hi, "%.15g", q->value);
					r = q->approx == PX_APPROX_LE ? "]" : ")";
				} else {
					snprintf(lo, sizeof lo, "%.15g", q->low);
					snprintf(hi, sizeof hi, "%.15g", q->high);
					l = "[";
				}
				/* the span without the unit, but with a bound after
				   the figure ("200 or greater") */
				set_text(&m[nm], t, c->items[k].start,
					 q->unit[0] == '\0' || q->num_end <= c->items[k].start
						 ? c->items[k].end
						 : q->num_end);
				snprintf(m[nm].value, sizeof m[nm].value, "%s%s,%s%s", l, lo, hi, r);
			}
			nm++;
		}
		px_claims_free(c);
	}
	return nm;
}

static void
run_recognizers_number(void)
{
	json_t *cases = conf_load("recognizers_number_en");
	size_t i = 0, pass = 0, total = 0;
	size_t mp[4] = {0}, mt[4] = {0};
	static const char *const models[] = {"NumberModel", "OrdinalModel", "PercentModel",
					     "NumberRangeModel"};

	for (i = 0; i < json_array_size(cases); i++) {
		json_t *c = json_array_get(cases, i);
		const char *t = conf_str(c, "input"), *model = conf_str(c, "model");
		struct mention m[64];
		size_t nm = 0, k = 0;
		int ok = 0;
		if (t == NULL || model == NULL)
			continue;
		nm = numbers_mentions(t, model, m, 64);
		ok = judge(json_object_get(c, "expected"), m, nm, 0,
			   strcmp(model, "NumberRangeModel") == 0);
		if (getenv("CONF_VERBOSE") && !ok)
			printf("  FAIL %s %s\n", model, t);
		for (k = 0; k < 4; k++)
			if (strcmp(model, models[k]) == 0) {
				mt[k]++;
				mp[k] += ok;
			}
		total++;
		pass += ok;
	}
	printf("recognizers_number_en: %zu/%zu cases (number %zu/%zu, ordinal %zu/%zu, "
	       "percent %zu/%zu, range %zu/%zu)\n",
	       pass, total, mp[0], mt[0], mp[1], mt[1], mp[2], mt[2], mp[3], mt[3]);
	conf_result("recognizers_number_en", "pass_rate", total ? (double)pass / total : 0);
	json_decref(cases);
}

static void
run_recognizers_units(void)
{
	json_t *cases = conf_load("recognizers_numberwithunit_en");
	size_t i = 0, pass = 0, total = 0;

	for (i = 0; i < json_array_size(cases); i++) {
		json_t *c = json_array_get(cases, i);
		const char *t = conf_str(c, "input"), *model = conf_str(c, "model");
		struct px_claims *cl = NULL;
		struct mention m[64];
		size_t nm = 0, k = 0;
		const char *want = NULL;
		int ok = 0;
		if (t == NULL || model == NULL)
			continue;
		want = strcmp(model, "CurrencyModel") == 0      ? "money"
		       : strcmp(model, "AgeModel") == 0         ? "age"
		       : strcmp(model, "TemperatureModel") == 0 ? "temperature"
								: "dimension";
		cl = claims_of(t, PX_CLAIMS_QUANTITIES, NULL);
		for (k = 0; cl && k < cl->n && nm < 64; k++) {
			const struct px_quantity *q = &cl->items[k].u.quantity;
			int dimension = strcmp(q->dim, "distance") == 0 || strcmp(q->dim, "area") == 0 ||
					strcmp(q->dim, "volume") == 0 || strcmp(q->dim, "weight") == 0 ||
					strcmp(q->dim, "speed") == 0 || strcmp(q->dim, "data") == 0 ||
					strcmp(q->dim, "power") == 0;
			if (strcmp(want, "dimension") == 0 ? !dimension : strcmp(q->dim, want) != 0)
				continue;
			set_text(&m[nm], t, q->fig_start, q->fig_end);
			m[nm].v = q->value;
			m[nm].unit = q->unit;
			nm++;
		}
		px_claims_free(cl);
		ok = judge(json_object_get(c, "expected"), m, nm, 1, 0);
		if (getenv("CONF_VERBOSE") && !ok)
			printf("  FAIL %s %s\n", model, t);
		total++;
		pass += ok;
	}
	printf("recognizers_numberwithunit_en: %zu/%zu cases\n", pass, total);
	conf_result("recognizers_numberwithunit_en", "pass_rate", total ? (double)pass / total : 0);
	json_decref(cases);
}

/* quantulum3 unit names for our units. */
static const char *
q3_unit(const char *u)
{
	static const char *const map[][2] = {
		{"", "dimensionless"}, {"%", "percentage"}, {"USD", "dollar"}, {"EUR", "euro"},
		{"GBP", "pound sterling"}, {"JPY", "yen"}, {"km", "kilometre"}, {"m", "metre"},
		{"cm", "centimetre"}, {"mm", "millimetre"}, {"nm", "nanometre"}, {"mi", "mile"},
		{"in", "inch"}, {"ft", "foot"}, {"km2", "square kilometre"}, {"sq mi", "square mile"},
		{"kg", "kilogram"}, {"mg", "milligram"}, {"lb", "pound-mass"}, {"t", "tonne"},
		{"l", "litre"}, {"ml", "cubic centimetre"}, {"cl", "centilitre"}, {"gal", "gallon"},
		{"cup", "cup"}, {"tbsp", "tablespoon"}, {"year", "year"}, {"month", "month"},
		{"week", "week"}, {"day", "day"}, {"hour", "hour"}, {"minute", "minute"},
		{"second", "second"}, {"°C", "degree Celsius"}, {"°F", "degree fahrenheit"},
		{"K", "kelvin"}, {"MWh", "megawatt hour"}, {"W", "watt"}, {"penny", "penny"},
		{NULL, NULL}};
	size_t k = 0;

	for (k = 0; map[k][0]; k++)
		if (strcmp(map[k][0], u) == 0)
			return map[k][1];
	return u;
}

static void
prf(const char *suite, const char *metric, size_t tp, size_t npred, size_t ngold)
{
	double p = npred ? (double)tp / npred : 0, r = ngold ? (double)tp / ngold : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	char name[64];

	printf("  %s %s: P %.3f R %.3f F1 %.3f\n", suite, metric, p, r, f);
	snprintf(name, sizeof name, "%s_f1", metric);
	conf_result(suite, name, f);
}

static void
run_quantulum(void)
{
	json_t *cases = conf_load("quantulum3_en");
	size_t i = 0, tp = 0, tpu = 0, npred = 0, ngold = 0;

	for (i = 0; i < json_array_size(cases); i++) {
		json_t *c = json_array_get(cases, i);
		const char *t = conf_str(c, "input");
		json_t *exp = json_object_get(c, "expected");
		struct px_claims *cl = NULL;
		int usedp[64];
		size_t k = 0, g = 0;
		if (t == NULL)
			continue;
		cl = claims_of(t, PX_CLAIMS_QUANTITIES, NULL);
		memset(usedp, 0, sizeof usedp);
		npred += cl ? cl->n : 0;
		ngold += json_array_size(exp);
		for (g = 0; g < json_array_size(exp); g++) {
			json_t *e = json_array_get(exp, g);
			double v = jnum(json_object_get(e, "value"));
			json_t *unc = json_object_get(e, "uncertainty");
			const char *unit = conf_str(e, "unit");
			int found = -1;
			for (k = 0; cl && k < cl->n && k < 64; k++) {
				const struct px_quantity *q = &cl->items[k].u.quantity;
				int vm = 0;
				if (usedp[k])
					continue;
				if (unc && json_is_number(unc))
					vm = q->approx == PX_APPROX_RANGE &&
					     close_to(q->low, v - json_number_value(unc)) &&
					     close_to(q->high, v + json_number_value(unc));
				else
					vm = close_to(q->value, v);
				if (!vm)
					continue;
				if (found < 0)
					found = (int)k;
				if (unit && strcmp(q3_unit(q->unit), unit) == 0) {
					found = (int)k;
					tpu++;
					break;
				}
			}
			if (found >= 0) {
				usedp[found] = 1;
				tp++;
			}
		}
		px_claims_free(cl);
	}
	printf("quantulum3_en: %zu gold, %zu predicted\n", ngold, npred);
	prf("quantulum3_en", "value", tp, npred, ngold);
	prf("quantulum3_en", "value_unit", tpu, npred, ngold);
	json_decref(cases);
}

static void
run_newsquant(void)
{
	json_t *cases = conf_load("newsquant_cqe");
	size_t i = 0, tp = 0, tpu = 0, tpc = 0, npred = 0, ngold = 0;
	int verbose = getenv("CONF_VERBOSE") != NULL;

	for (i = 0; i < json_array_size(cases); i++) {
		json_t *c = json_array_get(cases, i);
		const char *t = conf_str(c, "input");
		json_t *exp = json_object_get(c, "expected");
		struct px_claims *cl = NULL;
		int usedp[64], fold[64];
		size_t k = 0, g = 0;
		if (t == NULL)
			continue;
		cl = claims_of(t, PX_CLAIMS_QUANTITIES, NULL);
		memset(usedp, 0, sizeof usedp);
		/* A change written "from A to B" is one CQE quantity "A-B": its
		   start is folded into its end (fold[k]); "to B from A" is two. */
		memset(fold, 0, sizeof fold);
		for (k = 0; cl && k < cl->n && k < 64; k++) {
			const struct px_quantity *q = &cl->items[k].u.quantity;
			size_t s0 = 0;
			if (!(q->flags & PX_QTY_CHANGE))
				continue;
			for (s0 = 0; s0 < k; s0++)
				if ((cl->items[s0].u.quantity.flags & PX_QTY_CHANGE_START) && !usedp[s0] &&
				    cl->items[s0].u.quantity.value == q->from)
					break;
			if (s0 < k) {
				usedp[s0] = 1;
				fold[k] = 1;
			}
		}
		for (k = 0; cl && k < cl->n && k < 64; k++)
			npred += !usedp[k];
		ngold += json_array_size(exp);
		for (g = 0; g < json_array_size(exp); g++) {
			json_t *e = json_array_get(exp, g);
			const char *vs = conf_str(e, "value"), *nu = conf_str(e, "normalized_unit");
			const char *ch = conf_str(e, "change");
			const char *dash = vs ? strchr(vs + 1, '-') : NULL;
			double a = vs ? strtod(vs, NULL) : NAN, b = dash ? strtod(dash + 1, NULL) : NAN;
			int found = -1, unit_hit = 0;
			for (k = 0; cl && k < cl->n && k < 64; k++) {
				const struct px_quantity *q = &cl->items[k].u.quantity;
				char un[160];
				int vm = 0;
				if (usedp[k])
					continue;
				if (dash && strchr(vs, 'E') == NULL)
					vm = (q->approx == PX_APPROX_RANGE && close_to(q->low, a) &&
					      close_to(q->high, b)) ||
					     (fold[k] && close_to(q->from, a) && close_to(q->value, b));
				else
					vm = !fold[k] && close_to(q->value, a);
				if (!vm)
					continue;
				cqe_unit(q, t, un, sizeof un);
				if (found < 0)
					found = (int)k;
				if (nu && strcasecmp(un, nu) == 0) {
					found = (int)k;
					unit_hit = 1;
					break;
				}
			}
			if (found >= 0) {
				const struct px_quantity *q = &cl->items[found].u.quantity;
				usedp[found] = 1;
				tp++;
				tpu += unit_hit;
				if (ch && strcmp(ch, px_approx_name(q->approx)) == 0)
					tpc++;
				if (verbose && !unit_hit) {
					char un[160];
					cqe_unit(q, t, un, sizeof un);
					printf("  UNIT gold %s/%s ours %s: %s\n", vs, nu, un, t);
				}
			} else if (verbose) {
				printf("  MISS %s %s: %s\n", vs, nu ? nu : "", t);
			}
		}
		for (k = 0; verbose && cl && k < cl->n && k < 64; k++)
			if (!usedp[k])
				printf("  EXTRA %.*s: %s\n", (int)(cl->items[k].end - cl->items[k].start),
				       t + cl->items[k].start, t);
		px_claims_free(cl);
	}
	printf("newsquant_cqe: %zu gold, %zu predicted\n", ngold, npred);
	prf("newsquant_cqe", "value", tp, npred, ngold);
	prf("newsquant_cqe", "value_unit", tpu, npred, ngold);
	prf("newsquant_cqe", "value_change", tpc, npred, ngold);
	json_decref(cases);
}

int
main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : NULL;

	(void)conf_read_gz; /* shared helper this runner does not need */

	if (px_extractor_new(&X) != PX_OK) {
		fprintf(stderr, "conf_numbers: cannot load the claims lexicons\n");
		return 1;
	}
	if (only == NULL || strcmp(only, "number") == 0)
		run_recognizers_number();
	if (only == NULL || strcmp(only, "unit") == 0)
		run_recognizers_units();
	if (only == NULL || strcmp(only, "quantulum") == 0)
		run_quantulum();
	if (only == NULL || strcmp(only, "newsquant") == 0)
		run_newsquant();
	px_extractor_free(X);
	return 0;
}
