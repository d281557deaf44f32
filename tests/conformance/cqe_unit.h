/*
 * Our quantities in the unit vocabulary of CQE's NewsQuant gold (the
 * newsquant_cqe suite, judged by conf_numbers.c). Kept apart so that the
 * unit tests (tests/unit/test_cqe_unit.c) check the mapping on sentences of
 * their own.
 *
 * The conventions, each read off the suite's gold (PROVENANCE.md gives the
 * fields) and applied the same way to every case:
 * - A unit is named by CQE's vocabulary (the table in cqe_unit()): "USD"
 *   -> "dollar", "km" -> "kilometre", rates "USD/barrel" -> "dollar per
 *   barrel", ages "year of age".
 * - A count's unit is the lemma of the counted phrase, modifiers kept and
 *   function words dropped, lower case ("seven European countries" ->
 *   "european country", "90 Vorn and Sallis trucks" -> "vorn sallis
 *   truck", "two of Okafor's aides" -> "okafor aide"); CQE's lemmatiser
 *   takes superlatives to their base ("hottest" -> "hot").
 * - A share of a group in words or as a fraction ("one out of three
 *   residents", "a quarter of those polled") is "% " and the counted
 *   lemma, or "% -" when nothing is counted: CQE reads such a fraction as a
 *   percentage of the group (every such case of the visible gold).
 * - A price glued to "p" ("212p", "96.5p") is "point" in the gold (every
 *   case of the visible gold; they are pence in the text, and our unit
 *   stays "pence"); "pence" written out stays "penny".
 * - An age after "the age of" with no unit written is "age" (the surface
 *   word, as CQE's unit is: "under the age of 12 years" is "year of age").
 */
#ifndef PX_CQE_UNIT_H
#define PX_CQE_UNIT_H

#include <stdio.h>
#include <string.h>

#include "parallax/parallax.h"

/*
 * CQE lemmatises the modifiers of a counted phrase too: superlatives and a
 * few comparatives to their base ("hottest luxury cars" -> "hot luxury
 * car", "smaller tenancies" -> "small tenancy"). In place over the first
 * mod bytes of s (the modifiers); the head is left to the caller.
 */
static void
cqe_adj_lemma(char *s, size_t mod)
{
	static const char *const not_sup[] = {"honest", "modest", "interest", "forest", "harvest",
					      "protest", "request", "contest", "arrest", "digest",
					      "suggest", "invest", "manifest", NULL};
	static const char *const comp[][2] = {{"smaller", "small"}, {"larger", "large"},
					      {"bigger", "big"},     {"older", "old"},
					      {"newer", "new"},      {"greater", "great"},
					      {NULL, NULL}};
	char out[256], w[64];
	size_t i = 0, o = 0;

	while (i < mod && o + 1 < sizeof out) {
		size_t b = i, n = 0, k = 0;
		const char *rep = NULL;
		while (i < mod && s[i] != ' ')
			i++;
		n = i - b;
		if (n >= sizeof w - 1)
			n = sizeof w - 2;
		memcpy(w, s + b, n);
		w[n] = '\0';
		for (k = 0; comp[k][0]; k++)
			if (strcmp(w, comp[k][0]) == 0)
				rep = comp[k][1];
		if (rep == NULL && n > 5 && strcmp(w + n - 3, "est") == 0) {
			for (k = 0; not_sup[k] && strcmp(w, not_sup[k]) != 0; k++)
				;
			if (not_sup[k] == NULL) {
				w[n - 3] = '\0';
				if (n > 6 && w[n - 4] == w[n - 5]) { /* hottest, biggest */
					w[n - 4] = '\0';
				} else if (w[n - 4] == 'i') { /* earliest */
					w[n - 4] = 'y';
				} else if (strchr("gcvz", w[n - 4]) ||
					   (w[n - 4] == 's' && w[n - 5] != 's')) {
					w[n - 3] = 'e'; /* largest, closest */
					w[n - 2] = '\0';
				}
				rep = w;
			}
		}
		o += (size_t)snprintf(out + o, sizeof out - o, "%s", rep ? rep : w);
		while (i < mod && s[i] == ' ' && o + 1 < sizeof out) {
			out[o++] = ' ';
			i++;
		}
	}
	out[o] = '\0';
	{
		size_t rest = strlen(s + mod);
		if (o + rest < sizeof out) {
			memcpy(out + o, s + mod, rest + 1);
			memcpy(s, out, o + rest + 1);
		}
	}
}

/*
 * The singular of an English plural noun, lower case, in place (w holds a
 * NUL-terminated word). Irregular plurals first, then the spelling rules:
 * -ies -> -y ("categories"), -ches/-shes/-xes/-zzes/-sses drop "es"
 * ("branches", "boxes", "glasses"), Latin -us nouns drop "es" ("viruses",
 * "bonuses", "campuses", "buses"), consonant + -oes drops "es" ("heroes",
 * "tomatoes"; not "shoes", "canoes"), -men -> -man; else a final "s" goes
 * ("houses", "causes", "sedans"). A word not ending in s is left alone.
 */
static void
cqe_singular(char *w)
{
	static const char *const irregular[][2] = {
		{"people", "people"}, {"children", "child"}, {"feet", "foot"}, {"teeth", "tooth"},
		{"mice", "mouse"},    {"geese", "goose"},    {"lives", "life"}, {"wives", "wife"},
		{"knives", "knife"},  {"halves", "half"},    {"wolves", "wolf"}, {"shelves", "shelf"},
		{"thieves", "thief"}, {"leaves", "leaf"},    {"crises", "crisis"},
		{"analyses", "analysis"}, {"theses", "thesis"}, {"series", "series"},
		{"species", "species"}, {"news", "news"}, {"times", "count"}, {NULL, NULL}};
	static const char *const oe_s[] = {"shoes", "toes", "canoes", "oboes", "foes", "hoes",
					   "floes", "tiptoes", NULL};
	size_t n = strlen(w), k = 0;

	for (k = 0; irregular[k][0]; k++) {
		size_t m = strlen(irregular[k][0]);
		/* "tiptoes" and "bookshelves" end in an irregular word too */
		if (n >= m && strcmp(w + n - m, irregular[k][0]) == 0 &&
		    (n == m || strcmp(irregular[k][0], "times") != 0)) {
			snprintf(w + n - m, m + 1, "%s", irregular[k][1]);
			return;
		}
	}
	if (n >= 3 && strcmp(w + n - 3, "men") == 0) {
		w[n - 2] = 'a';
		return;
	}
	if (n < 3 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == 'u' || w[n - 2] == 'i')
		return; /* "glass", "virus", "analysis" are singular */
	if (n > 4 && strcmp(w + n - 3, "ies") == 0) {
		w[n - 3] = 'y';
		w[n - 2] = '\0';
		return;
	}
	if (n > 4 && (strcmp(w + n - 4, "ches") == 0 || strcmp(w + n - 4, "shes") == 0 ||
		      strcmp(w + n - 3, "xes") == 0 || strcmp(w + n - 4, "zzes") == 0 ||
		      strcmp(w + n - 4, "sses") == 0)) {
		w[n - 2] = '\0';
		return;
	}
	/* Latin -us: a consonant before "uses" ("viruses", "bonuses"), but
	   "causes", "houses", "abuses", "excuses", "refuses" keep their e. */
	if (n > 5 && strcmp(w + n - 4, "uses") == 0 && strchr("nprt", w[n - 5]) != NULL) {
		w[n - 2] = '\0';
		return;
	}
	if (strcmp(w, "buses") == 0) {
		w[3] = '\0';
		return;
	}
	if (n > 4 && strcmp(w + n - 3, "oes") == 0 && strchr("aeiou", w[n - 4]) == NULL) {
		for (k = 0; oe_s[k] && strcmp(w, oe_s[k]) != 0; k++)
			;
		w[oe_s[k] ? n - 1 : n - 2] = '\0';
		return;
	}
	w[n - 1] = '\0';
}

/* Words of a counted phrase that CQE's units leave out. */
static int
cqe_function_word(const char *w, size_t n)
{
	static const char *const fw[] = {"and", "or", "of", "the", "a", "an", "in", "for",
					 "to", "&", NULL};
	size_t k = 0;

	for (k = 0; fw[k]; k++)
		if (strlen(fw[k]) == n && memcmp(fw[k], w, n) == 0)
			return 1;
	return 0;
}

/*
 * The CQE unit of a count: the counted phrase ph (its last word the head)
 * in lower case without function words or possessive endings, modifiers
 * through cqe_adj_lemma, the head through cqe_singular.
 */
static void
cqe_counted(const char *ph, char *out, size_t cap)
{
	size_t i = 0, o = 0, n = strlen(ph), last = 0;

	while (i < n && o + 1 < cap) {
		size_t b = i, e = 0;
		while (i < n && ph[i] != ' ')
			i++;
		e = i;
		while (i < n && ph[i] == ' ')
			i++;
		/* "Okafor's", "Okafor’s": the possessive ending goes */
		if (e - b > 2 && ph[e - 2] == '\'' && ph[e - 1] == 's')
			e -= 2;
		else if (e - b > 4 && memcmp(ph + e - 4, "\xe2\x80\x99s", 4) == 0)
			e -= 4;
		if (cqe_function_word(ph + b, e - b))
			continue;
		if (o > 0 && o + 1 < cap)
			out[o++] = ' ';
		last = o;
		for (; b < e && o + 1 < cap; b++)
			out[o++] = (char)(ph[b] >= 'A' && ph[b] <= 'Z' ? ph[b] + 32 : ph[b]);
	}
	out[o] = '\0';
	cqe_adj_lemma(out, last);
	/* cqe_adj_lemma keeps the head where it was (modifiers only shrink) */
	last = strlen(out);
	while (last > 0 && out[last - 1] != ' ')
		last--;
	cqe_singular(out + last);
}

/*
 * CQE's normalised unit for one of our quantities. text is the sentence
 * the quantity's offsets point into (NULL: the surface tests are skipped).
 */
static void
cqe_unit(const struct px_quantity *q, const char *text, char *out, size_t cap)
{
	static const char *const map[][2] = {
		{"%", "percentage"}, {"USD", "dollar"}, {"EUR", "euro"}, {"GBP", "pound sterling"},
		{"JPY", "japanese yen"}, {"CNY", "chinese yuan"}, {"AUD", "australian dollar"},
		{"CAD", "canadian dollar"}, {"HKD", "hong kong dollar"}, {"MYR", "malaysian ringgit"},
		{"INR", "indian rupee"}, {"ILS", "shekel"}, {"cent", "cent"}, {"sen", "sen"},
		{"pence", "penny"}, {"km", "kilometre"}, {"m", "metre"}, {"cm", "centimetre"},
		{"mm", "millimetre"}, {"µm", "micrometre"}, {"mi", "mile"}, {"yd", "yard"},
		{"ft", "foot"}, {"in", "inch"}, {"m2", "square metre"}, {"km2", "square kilometre"},
		{"sq ft", "square foot"}, {"l", "litre"}, {"kg", "kilogram"}, {"t", "metric ton"},
		{"ton", "ton"}, {"Gt", "gigaton"}, {"g", "gram"}, {"DKK", "danish krone"},
		{"SEK", "swedish krona"}, {"NOK", "norwegian krone"}, {"HRK", "croatian kuna"}, {"ml", "millilitre"}, {"kcal", "calorie"}, {"lb", "pound"}, {"km/h", "kilometre per hour"},
		{"mph", "mile per hour"}, {"m/s", "metre per second"}, {"year", "year"},
		{"month", "month"}, {"week", "week"}, {"day", "day"}, {"hour", "hour"},
		{"minute", "minute"}, {"second", "second"}, {"°C", "celsius"}, {"°F", "fahrenheit"},
		{"°", "degree"}, {"GB", "gigabyte"}, {"TB", "terabyte"}, {"MB", "megabyte"},
		{"kW", "kilowatt"}, {"GW", "gigawatt"}, {"MW", "megawatt"}, {"hp", "horsepower"},
		{"Hz", "hertz"}, {"GHz", "gigahertz"}, {"mAh", "milliampere-hour"},
		{"ppb", "parts-per-billion"}, {"bbl/d", "barrel per day"}, {"point", "point"},
		{"pp", "percentage point"}, {"score", "-"}, {"kn", "knot"}, {"bp", "basis point"},
		{"kWh", "kilowatt hour"}, {"GWh", "gigawatt hour"}, {"MWh", "megawatt hour"},
		{"Mbit/s", "megabit per second"}, {"NZD", "new zealand dollar"}, {"bbl", "barrel"},
		{"mpg", "mile per gallon"}, {"MPa", "megapascal"}, {"ksi", "kilopound per square inch"},
		{"kHz", "kilohertz"}, {"MHz", "megahertz"}, {"share", "share"}, {"barrel", "barrel"},
		{"G", "generation wireless"}, {"nm", "nanometre"}, {"lb-ft", "foot pound-force"},
		{"bhp", "brake horsepower"}, {"kV", "kilovolt"}, {"mmBtu", "mega british thermal unit"},
		{"mmbtu", "mega british thermal unit"},
		{NULL, NULL}};
	size_t k = 0;

	if (strcmp(q->dim, "age") == 0) {
		/* "above the age of 16": the unit word written is "age" */
		if (text && q->fig_end == q->num_end && q->fig_start >= 7 &&
		    memcmp(text + q->fig_start - 7, "age of ", 7) == 0)
			snprintf(out, cap, "age");
		else
			snprintf(out, cap, "%s of age", q->unit);
		return;
	}
	if (strcmp(q->unit, "pence") == 0 && text && q->fig_end == q->num_end + 1 &&
	    text[q->num_end] == 'p') {
		snprintf(out, cap, "point");
		return;
	}
	if (strchr(q->unit, '/') && strcmp(q->unit, "km/h") != 0 && strcmp(q->unit, "m/s") != 0 &&
	    strcmp(q->unit, "Mbit/s") != 0 && strcmp(q->unit, "bbl/d") != 0) {
		/* rates: "USD/barrel" -> "dollar per barrel" */
		struct px_quantity a = *q, b = *q;
		char lu[48], ru[48], left[64], right[64];
		const char *sl = strchr(q->unit, '/');
		snprintf(lu, sizeof lu, "%.*s", (int)(sl - q->unit), q->unit);
		snprintf(ru, sizeof ru, "%s", sl + 1);
		a.unit = lu;
		a.dim = "";
		a.per = NULL;
		b.unit = ru;
		b.dim = "";
		b.per = NULL;
		cqe_unit(&a, NULL, left, sizeof left);
		cqe_unit(&b, NULL, right, sizeof right);
		if (strcmp(left, "percentage") == 0 && strcmp(right, "year") == 0)
			snprintf(out, cap, "percentage per year");
		else
			snprintf(out, cap, "%.40s per %.40s", left, right);
		return;
	}
	if (q->unit[0]) {
		for (k = 0; map[k][0]; k++) {
			if (strcmp(map[k][0], q->unit) == 0) {
				snprintf(out, cap, "%s", map[k][1]);
				return;
			}
		}
		snprintf(out, cap, "%s", q->unit);
		return;
	}
	if (q->flags & PX_QTY_FRACTION) {
		/* a share of a group: "% " and what it is a share of */
		char ph[160];
		if (q->counts) {
			cqe_counted(q->counted ? q->counted : q->counts, ph, sizeof ph);
			snprintf(out, cap, "%% %.150s", ph);
		} else {
			snprintf(out, cap, "%% -");
		}
		return;
	}
	if (q->counts) {
		size_t used = 0;
		cqe_counted(q->counted ? q->counted : q->counts, out, cap);
		used = strlen(out);
		if (q->per)
			snprintf(out + used, cap - used, " per %s", q->per);
		return;
	}
	snprintf(out, cap, "-");
}

#endif
