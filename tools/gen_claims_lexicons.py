#!/usr/bin/env python3
"""Build the generated claims lexicons in data/ from Debian packages.

  data/claims_nouns.txt   noun -> class, from WordNet (package wordnet-base,
                          /usr/share/wordnet), common nouns only (a lemma
                          WordNet only ever writes capitalised, "Clinton",
                          is left out): the lexicographer file of a
                          noun's most frequent sense (index.noun lists senses
                          by frequency), mapped to a class (noun.person ->
                          people, noun.group -> organisations, ...), with a
                          few hypernym refinements (vehicles, weapons,
                          buildings) and a short list of overrides where the
                          first sense misleads a news reader ("people" is
                          noun.group in WordNet). Irregular plurals from
                          noun.exc are listed too ("people", "children").
  data/claims_places.txt  place names: countries (ISO 3166-1 name,
                          common_name, official_name), their first-level
                          subdivisions of the kinds a reader knows (state,
                          province, region, ...; ISO 3166-2), both from
                          Debian's iso-codes JSON, plus capitals and major
                          regions listed below (iso-codes has no capitals).

Run from the repository root:  python3 tools/gen_claims_lexicons.py
Output is deterministic (sorted); rerunning gives identical files.
"""
import json
import os
import sys

WN = "/usr/share/wordnet"
ISO = "/usr/share/iso-codes/json"

LEX = {
    3: "other", 4: "acts", 5: "animals", 6: "objects", 7: "attributes",
    8: "body", 9: "ideas", 10: "documents", 11: "events", 12: "feelings",
    13: "food", 14: "organisations", 15: "places", 16: "motives",
    17: "objects", 18: "people", 19: "phenomena", 20: "plants",
    21: "money", 22: "processes", 23: "measures", 24: "relations",
    25: "shapes", 26: "states", 27: "substances", 28: "time",
}
# Hypernym synsets (offset in data.noun) whose descendants get a finer class.
REFINE = {
    "vehicle": "vehicles", "weapon": "weapons", "building": "buildings",
    "structure": "buildings", "home": "buildings", "firearm": "weapons",
}
OVERRIDE = {
    "people": "people", "persons": "people", "person": "people",
    "residents": "people", "civilians": "people", "troops": "people",
    "staff": "people", "crew": "people", "personnel": "people",
    "votes": "votes", "vote": "votes", "seats": "seats", "seat": "seats",
    "dollars": "money", "dollar": "money", "shares": "shares",
    "share": "shares", "jobs": "jobs", "job": "jobs", "cases": "cases",
    "case": "cases", "deaths": "deaths", "death": "deaths",
    "signatures": "documents", "countries": "places", "country": "places",
    "states": "places", "state": "places", "cities": "places",
    "city": "places", "nations": "places", "nation": "places",
    "agencies": "organisations", "agency": "organisations",
    "companies": "organisations", "company": "organisations",
    "departments": "organisations", "department": "organisations",
    "firms": "organisations", "firm": "organisations",
    "individual": "people", "individuals": "people", "home": "buildings",
    "homes": "buildings", "family": "people", "families": "people",
    "household": "people", "households": "people", "points": "points", "point": "points", "goals": "goals", "goal": "goals",
    "runs": "runs", "games": "events", "game": "events",
    "fan": "people", "fans": "people", "spectators": "people",
    "spectator": "people", "supporters": "people", "supporter": "people",
    "ward": "buildings", "wards": "buildings",
    # counted jobs in other words: "640 positions", "2,100 posts", "540
    # redundancies", "300 layoffs", "1,200 vacancies"
    "position": "jobs", "positions": "jobs", "post": "jobs", "posts": "jobs",
    "redundancy": "jobs", "redundancies": "jobs", "layoff": "jobs",
    "layoffs": "jobs", "vacancy": "jobs", "vacancies": "jobs",
    # people counted by the lives lost: "with the loss of 47 lives",
    # "claimed 12 lives" (WordNet's first sense of "life" is a state)
    "lives": "people",
}
SUBDIV = {"State", "Province", "Region", "Country", "Nation",
          "Autonomous region", "Autonomous community", "Federal district",
          "Capital district", "Capital city", "Territory", "Emirate",
          "Administrative region", "Prefecture", "Governorate", "City",
          "Metropolitan region", "Special administrative region",
          "Autonomous republic", "Republic", "Union territory",
          "Federal territory", "Oblast", "Outlying area", "Land"}
EXTRA_PLACES = """
Abu Dhabi|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Athens|Baghdad|
Baku|Bangkok|Beijing|Beirut|Belgrade|Berlin|Bern|Bogota|Brasilia|
Bratislava|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Canberra|
Caracas|Copenhagen|Dakar|Damascus|Delhi|New Delhi|Dhaka|Doha|Dublin|
Geneva|Hanoi|Havana|Helsinki|Islamabad|Jakarta|Jerusalem|Kabul|Kampala|
Kathmandu|Khartoum|Kyiv|Kiev|Kinshasa|Kuala Lumpur|Kuwait City|Lagos|
Lima|Lisbon|Ljubljana|London|Luanda|Madrid|Managua|Manila|Mexico City|
Minsk|Mogadishu|Montevideo|Moscow|Muscat|Nairobi|Nicosia|Oslo|Ottawa|
Paris|Phnom Penh|Prague|Pretoria|Pyongyang|Quito|Rabat|Reykjavik|Riga|
Riyadh|Rome|Santiago|Sarajevo|Seoul|Singapore|Skopje|Sofia|Stockholm|
Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|Tirana|Tokyo|Tripoli|
Tunis|Ulaanbaatar|Vienna|Vilnius|Warsaw|Washington|Wellington|Yerevan|
Zagreb|New York|Los Angeles|Chicago|Houston|San Francisco|Boston|Miami|
Seattle|Atlanta|Dallas|Detroit|Philadelphia|Shanghai|Hong Kong|Mumbai|
Sydney|Melbourne|Toronto|Montreal|Vancouver|Frankfurt|Munich|Milan|
Barcelona|Istanbul|Dubai|Johannesburg|Cape Town|Sao Paulo|Rio de Janeiro|
Gaza|Gaza Strip|West Bank|Middle East|Europe|Asia|Africa|North America|
South America|Latin America|Central America|Caribbean|Pacific|Atlantic|
Arctic|Antarctica|Balkans|Baltics|Scandinavia|Sahel|Gulf|Persian Gulf|
Red Sea|Black Sea|Mediterranean|Southeast Asia|East Asia|South Asia|
Central Asia|Eastern Europe|Western Europe|Horn of Africa|
Sub-Saharan Africa|Crimea|Donbas|Kashmir|Tibet|Taiwan|Kosovo|Britain|
Great Britain|England|Scotland|Wales|Northern Ireland|America|
United States|U.S.|US|USA|UK|U.K.|EU|Silicon Valley|Wall Street|
"""


def noun_classes():
    offsets = {}
    common = set()
    proper_sense = set()
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ")[0].split()
            off, lexfile = parts[0], int(parts[1])
            nwords = int(parts[3], 16)
            raw = [parts[4 + 2 * i] for i in range(nwords)]
            for w in raw:
                # a lemma ever written in lower case in a synset is a
                # common noun; "Clinton", "Paris" only ever capitalised
                if w[:1].islower():
                    common.add(w.lower())
            words = [w.lower() for w in raw]
            for w in raw:
                # a sense where the lemma is capitalised names something
                # ("the Crown"): not what a count of the common noun means
                if not w[:1].islower():
                    proper_sense.add((off, w.lower()))
            rest = parts[4 + 2 * nwords:]
            npt = int(rest[0])
            hyp = [rest[1 + 4 * i + 1] for i in range(npt)
                   if rest[1 + 4 * i] in ("@", "@i")]
            offsets[off] = (lexfile, words, hyp)
    refine_off = {}
    for off, (_, words, _) in offsets.items():
        for w in words:
            if w in REFINE and w not in refine_off.values():
                refine_off.setdefault(off, REFINE[w])

    def refined(off):
        seen, todo = set(), [off]
        while todo:
            o = todo.pop()
            if o in seen or o not in offsets:
                continue
            seen.add(o)
            if o in refine_off:
                return refine_off[o]
            todo.extend(offsets[o][2])
        return None

    out = {}
    with open(os.path.join(WN, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma = parts[0]
            if not lemma.isalpha() or not lemma.islower() or len(lemma) > 24:
                continue
            if lemma not in common:
                continue  # a proper noun (only ever capitalised in WordNet)
            nsyn = int(parts[2])
            tagged = int(parts[-nsyn - 1])
            senses = [o for o in parts[-nsyn:] if (o, lemma) not in proper_sense]
            if not senses:
                continue

            def sense_class(o):
                c = LEX.get(offsets[o][0], "other")
                return (refined(o) or c) if c == "objects" else c

            first = senses[0]
            cls = sense_class(first)
            if tagged == 0 and len(senses) > 1:
                # no sense was ever counted in the tagged corpus, so the
                # order says little: a kind of thing most senses share
                # (vehicles, weapons, buildings) wins over a first sense
                # of another class ("van": two groups, three vehicles)
                votes = {}
                for o in senses:
                    c = sense_class(o)
                    votes[c] = votes.get(c, 0) + 1
                best = max(votes.values())
                win = next(sense_class(o) for o in senses
                           if votes[sense_class(o)] == best)
                if votes[cls] < best and win in REFINE.values():
                    cls = win
            out[lemma] = cls
    with open(os.path.join(WN, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            plural, lemma = line.split()[:2]
            if plural.isalpha() and lemma in out and plural not in out:
                out[plural] = out[lemma]
    out.update(OVERRIDE)
    return out


def places():
    names = set()
    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            for k in ("name", "common_name", "official_name"):
                if k in c:
                    names.add(c[k])
    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        for s in json.load(f)["3166-2"]:
            if s["type"] in SUBDIV and "parent" not in s:
                names.add(s["name"])
    for p in EXTRA_PLACES.replace("\n", "").split("|"):
        if p.strip():
            names.add(p.strip())
    # Names with commas or parentheses ("Korea, Republic of") never match a
    # running text; keep the plain ones.
    return sorted(n for n in names if "," not in n and "(" not in n)


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    nouns = noun_classes()
    with open(os.path.join(root, "data/claims_nouns.txt"), "w",
              encoding="utf-8") as f:
        f.write("# Generated by tools/gen_claims_lexicons.py from WordNet "
                "3.0 (wordnet-base): noun <TAB> class.\n")
        for w in sorted(nouns):
            f.write(f"{w}\t{nouns[w]}\n")
    with open(os.path.join(root, "data/claims_places.txt"), "w",
              encoding="utf-8") as f:
        f.write("# Generated by tools/gen_claims_lexicons.py from iso-codes "
                "(ISO 3166-1, 3166-2) plus capitals and regions: one place "
                "a line.\n")
        for p in places():
            f.write(p + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
