# The whole report on the development gold set, scored by tools/eval-report with the shared
# protocol's scorer: floors that only go up (conflict F1, traps falsely flagged, agreement
# recall, stories B-cubed). The figures and what they mean are in docs/evaluation-report.md.
# Skipped (exit 0, with a message) when ../shared is absent.
cd ../.. || exit 1
scorer=../shared/conflicts-protocol/score.py
if [ ! -f "$scorer" ]; then
	echo "gold_report_floor: skipped: $scorer not found (../shared is absent)"
	exit 0
fi
# Five sets with floors of their own: stories 01-14, the set the comparison was developed on,
# stories 15-25, written blind in three batches, stories 26-29, stories 30-37, stories 38-41,
# stories 42-45, stories 46-49, stories 50-53 and stories 54-57, the latest blind batches (50-57
# written as scraped pages without a metadata block), to measure how it generalises (each batch
# measured once before any change was made for it; docs/evaluation-report.md gives those
# first figures). Story 45 holds two stories the clusterer joins (one place, two business
# stories on the same days), so its set's B-cubed floor is lower, as is 54-57's (folder 56: a
# landslide and a town's election count, one place and the same days, are joined).
# Stories 58-61 and 62-65 are web pages as a browser copies them (the outlet's name, section
# bars and cookie notices above the headline) and archive exports; 62-65's trap ceiling is its
# first measured share (2 of 30), and its B-cubed floor is lower (folder 63: one article of
# the breach is clustered apart). Stories 66-69 and 70-73 were written the same way after the
# page chrome was read; 66-69's B-cubed floor is lower (folder 68: a strike and a cruise ship's
# outbreak in one port in one week are joined). Stories 74-77 and 78-81 hold exports with
# fenced or named blocks of fields, wire pages with no headline, date lines in the outlet's
# language and JSON Lines records; 74-77's B-cubed floor is lower (folders 75 and 76: an
# article a week or two before the others is clustered apart). Stories 82-85 and 86-89 were
# written blind, and measured once before their own changes; 86-89's trap ceiling is its
# first measured share (1 of 28). Stories 90-93 and 94-97 were written blind, and
# measured once before their own changes (0.182 and 0.424); 98-101 and 102-105 were written
# the same way (first measured 0.231 and 0.167), and 106-109 last (0.182; folder 107 holds a
# second story from the same outlet that the clusterer joins, so its B-cubed floor is lower);
# 110-113 came after them (first measured 0.200), 114-117 after those (0.345), and 118-121 last
# (0.250; folder 120 holds a neighbouring council's decision, a second story the clusterer joins, so
# its B-cubed floor is lower). blind5's agreement floor is 0.54, not
# 0.55: story 33's "4,212 patients" agreement, which the scorer credited to the gold
# agreement on the patients' kind of heart failure through its evidence sentences, is now the
# majority side of the trial-size conflict it was missing ("included some 3,600 patients").
# blind30's agreement floor is 0.60, was 0.64: the sentence "The 24-year-old from Lunde
# improved her personal best of 1.98 metres by five centimetres" was credited to the gold
# agreements on her age and on the five centimetres through a wrong agreement (the old
# record's 2.00m with her 1.98m personal best); since an article's figure told twice is one
# position (one_telling), that pair is disputed by its third member and explained away, and
# the credit went with it.
# blind24's agreement share fell from 0.50 to 0.45 for the same reason (Maren Østby's
# quotation, an agreement credited to her role, became a side of the attribution conflict over
# who said it) and is 0.59 since the agent and figure rules of 114-117. blind23's agreement
# floor is 0.58, was 0.62: the sentences in
# which two outlets give the fines' number and the ruling's data-protection ground, credited
# as the agreement on that ground, are now the sides of the conflict over the number of
# fines ("about 41,000" against 38,500), which it was missing. blind16's agreement floor is
# 0.43, was 0.50: the sentences of folder 79 that made the agreement on who found the hoard are
# now the sides of the conflict over the day it was found ("uncovered on April 9"), which it was
# missing. blind26's conflict floor was 0.23, below its first figure (0.250): folder 119's
# car-alarm quotation is given to the vicar and to the barrister (titles "the Rev", "KC"),
# which forms its attribution conflict one article short (the third outlet's two-word fragment
# is not compared), a prediction scored wrong; it is 0.28 since undecided is a stance (119's
# appeal).
# blind24's agreement floor is 0.54, was 0.55: with "judgment", "ruling" and "ruled" one word
# (the synonyms), folder 111's two sentences of the judge's ruling ("ruled that the council had
# not consulted lawfully before introducing the rules", "ruled the bylaw was unlawful because
# the council had not consulted properly") weigh the shared word less and no longer make the
# agreement credited as the one on who decided the case; all folders gained an agreement.
# blind14's agreement floor is 0.53, was 0.55: since a date's event frame is read eight words
# back, folder 73's "A rocket launched from Tern Island late on Wednesday night" takes the
# frame of launching and joins the fact of "lifted off from the Tern Island launch complex on
# Thursday" (one night either side of midnight), so the agreement on the launch day is made of
# other sentences than the gold's.
# blind27 (stories 122-125) was first measured at 0.250 (916df39), before any change made
# for it; blind28 (stories 126-129) at 0.333 (7dd81e7); blind29 (stories 130-133) at 0.000
# (4f6630f; folder 133 holds a second story of the same outlet and club that the clusterer
# joins, so its B-cubed floor is lower); blind30 (stories 134-137) at 0.462 (1e03ab5, its
# first measurement, after this session's other changes; 0.400 with 4f6630f); blind31 (stories
# 138-141) at 0.429 (68df336; folder 140 holds a second story of the same zoo that the
# clusterer joins, so its B-cubed floor is lower); blind32 (stories 142-145) at 0.424
# (eb2997c) and is 0.53 since the attendance and closure rules of 142-145; blind33 (stories
# 146-149) at 0.400 (1ae690a, with one trap of ten flagged), 0.438 and no trap since the
# dating of a 2019 vote; blind34 (stories 150-153) at 0.303 (3a0d289), 0.353 since the name's
# agents ("suggested by", "put forward by"); blind35 (stories 154-157) at 0.229 (f5013f2; folder
# 157 holds a decoy story of the same hospital that the clusterer joins, so its B-cubed floor is
# lower), 0.278 since "21 midwife posts" counts posts; blind36 (stories 158-161) at 0.318 (b03e63d;
# folder 161 holds a decoy story of the same town that the clusterer joins, so its B-cubed floor
# is lower), 0.478 since quotations of one opening sentence, running counts of the event's day,
# one dispute per pair of speakers and sums told before the noun they value; blind37 (stories
# 162-165) at 0.514 (d8990e2; folder 162 holds a decoy story of the same town that the
# clusterer joins), 0.737 since jury majorities, vote margins, weekly sums on the year's
# scale, parts of one whole, "by the time" counts and "cast doubt on"; blind38 (stories 166-169)
# at 0.400 (dfc50e1, with that session's changes in but none made for it; folder 169 holds a
# decoy story of the same street that the clusterer joins); blind39 (stories 170-173) at 0.250
# (60ea7e2), 0.815 since small counts told as counted, two councils told apart, "the third
# stage", "remained", exact clock times joining their side, dates of a refusal told by its
# noun, pleas on the charges and fragments corroborated by two articles, 0.889 since a
# one-word quote fragment joins its speaker's quotation; blind40 (stories
# 174-177) at 0.333 (60ea7e2, and again after the changes made for 170-173), 0.421 since homes
# however they are called are one count, 0.500 since answers to criticism; blind41 (stories
# 178-181) at 0.125 (24f6352, with that session's changes in but none made for it; the
# session's start scored the same; two traps of 26 flagged); blind42 (stories 182-185) at 0.296 (1e1d21c),
# 0.552 since speakers after long appositions, fragments joining their speaker, bodies
# before appositions, running totals, synonyms in clause words and nouns of acts (two
# traps of 23 flagged); blind43 (stories 186-189) at 0.333 (8a74a64, with that session's
# changes in but none made for it; the session's start scored the same), 0.400 since an
# objection lodged on nothing named is on the matter; blind44 (stories 190-193) at 0.435
# (2b67a61, the session's end, none made for it; the session's start scored the same);
# blind45 (stories 194-197) at 0.148 (98d8a52), 0.429 since the first event of a kind, scale
# words after a hyphen, a figure told twice as one position and export bodies named "body";
# blind46 (stories 198-201) at 0.231 (adfffd6, that session's changes in and none made for
# it; the session's start, 98d8a52, scored 0.080: it rejected folder 200's JSON Lines export,
# whose body is "body"; one trap of 20 flagged). The
# development
# set's floor is 0.90 since the tallies told in words (0.923).
score() {
	set="$TMPDIR/gold-floor-$1"
	mkdir -p "$set" || exit 1
	shift 1
	for d in "$@"; do
		ln -s "$PWD/$d" "$set/" || exit 1
	done
	python3 tools/eval-report --parallax "$PARALLAX" --scorer "$scorer" --gold-dir "$set" --json >"$set.json" || exit 1
}
check() {
	python3 - "$TMPDIR/gold-floor-$1.json" "$1" "$2" "$3" "$4" "${5:-0.05}" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
name, f1, agree, bcubed = sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
traps = float(sys.argv[6])
floors = [("conflict F1", d["conflicts"]["f1"], f1, ">="),
          ("traps falsely flagged", d["traps"]["false_alarm_share"], traps, "<="),
          ("agreement recall", d["agreement_recall"]["recall"], agree, ">="),
          ("stories B-cubed F1", d["stories_bcubed"]["f1"], bcubed, ">=")]
bad = 0
for label, value, floor, op in floors:
    ok = value >= floor if op == ">=" else value <= floor
    if not ok:
        print(f"{name}: {label} {value:.3f} is not {op} {floor}")
        bad = 1
print(f"gold report floors ({name}):", "held" if not bad else "broken")
sys.exit(bad)
PY
}
score dev tests/gold/story-0[1-9]-* tests/gold/story-1[0-4]-*
score blind tests/gold/story-1[5-9]-* tests/gold/story-2[0-5]-*
score blind4 tests/gold/story-2[6-9]-*
score blind5 tests/gold/story-3[0-7]-*
score blind6 tests/gold/story-3[89]-* tests/gold/story-4[01]-*
score blind7 tests/gold/story-4[2-5]-*
score blind8 tests/gold/story-4[6-9]-*
score blind9 tests/gold/story-5[0-3]-*
score blind10 tests/gold/story-5[4-7]-*
score blind11 tests/gold/story-5[89]-* tests/gold/story-6[01]-*
score blind12 tests/gold/story-6[2-5]-*
score blind13 tests/gold/story-6[6-9]-*
score blind14 tests/gold/story-7[0-3]-*
score blind15 tests/gold/story-7[4-7]-*
score blind16 tests/gold/story-7[89]-* tests/gold/story-8[01]-*
score blind17 tests/gold/story-8[2-5]-*
score blind18 tests/gold/story-8[6-9]-*
score blind19 tests/gold/story-9[0-3]-*
score blind20 tests/gold/story-9[4-7]-*
score blind21 tests/gold/story-9[89]-* tests/gold/story-10[01]-*
score blind22 tests/gold/story-10[2-5]-*
score blind23 tests/gold/story-10[6-9]-*
score blind24 tests/gold/story-11[0-3]-*
score blind25 tests/gold/story-11[4-7]-*
score blind26 tests/gold/story-11[89]-* tests/gold/story-12[01]-*
score blind27 tests/gold/story-12[2-5]-*
score blind28 tests/gold/story-12[6-9]-*
score blind29 tests/gold/story-13[0-3]-*
score blind30 tests/gold/story-13[4-7]-*
score blind31 tests/gold/story-13[89]-* tests/gold/story-14[01]-*
score blind32 tests/gold/story-14[2-5]-*
score blind33 tests/gold/story-14[6-9]-*
score blind34 tests/gold/story-15[0-3]-*
score blind35 tests/gold/story-15[4-7]-*
score blind36 tests/gold/story-15[89]-* tests/gold/story-16[01]-*
score blind37 tests/gold/story-16[2-5]-*
score blind38 tests/gold/story-16[6-9]-*
score blind39 tests/gold/story-17[0-3]-*
score blind40 tests/gold/story-17[4-7]-*
score blind41 tests/gold/story-17[89]-* tests/gold/story-18[01]-*
score blind42 tests/gold/story-18[2-5]-*
score blind43 tests/gold/story-18[6-9]-*
score blind44 tests/gold/story-19[0-3]-*
score blind45 tests/gold/story-19[4-7]-*
score blind46 tests/gold/story-19[89]-* tests/gold/story-20[01]-*
check dev 0.90 0.74 0.99 && check blind 0.60 0.54 0.97 && check blind4 0.64 0.45 0.97 &&
	check blind5 0.70 0.54 0.97 && check blind6 0.70 0.54 0.97 && check blind7 0.55 0.60 0.90 &&
	check blind8 0.45 0.70 0.97 && check blind9 0.60 0.60 0.97 && check blind10 0.45 0.70 0.90 &&
	check blind11 0.47 0.75 0.99 && check blind12 0.50 0.50 0.95 0.07 &&
	check blind13 0.60 0.75 0.93 && check blind14 0.57 0.53 0.99 &&
	check blind15 0.36 0.33 0.92 && check blind16 0.64 0.43 0.99 &&
	check blind17 0.68 0.55 0.99 && check blind18 0.50 0.35 0.99 0.04 &&
	check blind19 0.38 0.68 0.99 && check blind20 0.50 0.68 0.99 &&
	check blind21 0.45 0.40 0.99 && check blind22 0.40 0.45 0.99 &&
	check blind23 0.40 0.58 0.95 && check blind24 0.45 0.54 0.99 &&
	check blind25 0.50 0.50 0.99 && check blind26 0.28 0.42 0.95 &&
	check blind27 0.50 0.44 0.99 && check blind28 0.60 0.52 0.99 &&
	check blind29 0.15 0.46 0.95 && check blind30 0.40 0.60 0.99 &&
	check blind31 0.55 0.80 0.95 && check blind32 0.50 0.50 0.99 &&
	check blind33 0.40 0.28 0.99 && check blind34 0.35 0.44 0.99 && check blind35 0.25 0.22 0.95 &&
	check blind36 0.45 0.45 0.95 && check blind37 0.70 0.50 0.95 &&
	check blind38 0.38 0.55 0.95 && check blind39 0.88 0.60 0.99 &&
	check blind40 0.48 0.65 0.99 && check blind41 0.12 0.60 0.99 0.08 &&
	check blind42 0.55 0.74 0.99 0.09 && check blind43 0.40 0.48 0.99 &&
	check blind44 0.43 0.60 0.99 && check blind45 0.42 0.57 0.99 &&
	check blind46 0.23 0.50 0.99 0.05
