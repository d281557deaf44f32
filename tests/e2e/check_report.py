#!/usr/bin/env python3
"""Checks a `parallax report -f json` document beyond what its JSON Schema can
(../shared/schema/README.md, "What a schema cannot check"):

  check_report.py REPORT.json EXTRACT.jsonl

- every evidence text is exactly bytes start..end of that field of the
  article's extract record, and 0 <= start <= end <= len(field);
- article ids are unique; every id cited anywhere is an article of the run;
- duplicate_of names an article that is not itself a copy, and copies never
  appear in conflict positions;
- story ids are 0, 1, 2, ... and each article's story lists it, and only it;
- every conflict has >= 2 positions, no article in two positions, and every
  article of a position has evidence in that position;
- an agreement cites >= 2 articles; confidence is in [0, 1]; why is non-empty;
- first_seen <= last_seen; sources <= number of articles.
Prints each problem and exits 1 when there is any.
"""
import json
import sys


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    extract = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        if line.strip():
            rec = json.loads(line)
            extract[rec["id"]] = rec
    bad = []

    def check_ev(ev, where):
        rec = extract.get(ev["article"])
        if rec is None:
            bad.append(f"{where}: evidence cites unknown article {ev['article']}")
            return
        field = (rec.get(ev["field"]) or "").encode("utf-8")
        s, e = ev["start"], ev["end"]
        if not (0 <= s <= e <= len(field)):
            bad.append(f"{where}: offsets {s}..{e} outside {ev['field']} of {ev['article']}")
        elif field[s:e].decode("utf-8", "replace") != ev["text"]:
            bad.append(f"{where}: evidence text differs from {ev['article']} {ev['field']}[{s}:{e}]")

    ids = [a["id"] for a in report["articles"]]
    if len(ids) != len(set(ids)):
        bad.append("article ids are not unique")
    known = set(ids)
    copies = {a["id"] for a in report["articles"] if a["duplicate_of"]}
    for a in report["articles"]:
        if a["duplicate_of"] and (a["duplicate_of"] not in known or a["duplicate_of"] in copies):
            bad.append(f"{a['id']}: duplicate_of {a['duplicate_of']} is not an original")
    for i, st in enumerate(report["stories"]):
        w = f"story {st['id']}"
        if st["id"] != i:
            bad.append(f"{w}: ids are not 0, 1, 2, ...")
        mine = {a["id"] for a in report["articles"] if a["story"] == st["id"]}
        if set(st["articles"]) != mine:
            bad.append(f"{w}: articles differ from the articles' story fields")
        if st["sources"] > len(st["articles"]):
            bad.append(f"{w}: more sources than articles")
        if st["first_seen"] and st["last_seen"] and st["first_seen"] > st["last_seen"]:
            bad.append(f"{w}: first_seen after last_seen")
        for s in st["summary"]:
            for a in s["support"]:
                if a not in known:
                    bad.append(f"{w}: summary cites unknown {a}")
            for ev in s.get("evidence", []):
                check_ev(ev, f"{w} summary")
        for k, ag in enumerate(st["agreements"]):
            if len(ag["articles"]) < 2:
                bad.append(f"{w} agreement {k}: fewer than two articles")
            if not (0 <= ag["confidence"] <= 1) or not ag["why"]:
                bad.append(f"{w} agreement {k}: confidence or why")
            for ev in ag["evidence"]:
                check_ev(ev, f"{w} agreement {k}")
        for k, cf in enumerate(st["conflicts"]):
            seen = set()
            if len(cf["positions"]) < 2:
                bad.append(f"{w} conflict {k}: fewer than two positions")
            if cf["kind"] not in ("quantity", "date", "attribution", "stance"):
                bad.append(f"{w} conflict {k}: kind {cf['kind']}")
            for p in cf["positions"]:
                cited = {ev["article"] for ev in p["evidence"]}
                for a in p["articles"]:
                    if a in seen:
                        bad.append(f"{w} conflict {k}: {a} in two positions")
                    seen.add(a)
                    if a in copies:
                        bad.append(f"{w} conflict {k}: copy {a} in a position")
                    if a not in cited:
                        bad.append(f"{w} conflict {k}: {a} has no evidence")
                for ev in p["evidence"]:
                    check_ev(ev, f"{w} conflict {k}")
        for k, u in enumerate(st["unique"]):
            if u["article"] not in known:
                bad.append(f"{w} unique {k}: unknown article")
            for ev in u["evidence"]:
                check_ev(ev, f"{w} unique {k}")
    for b in bad:
        print(b, file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
