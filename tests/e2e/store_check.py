#!/usr/bin/env python3
"""Checks for the store and service e2e cases (tests/e2e/cases/store_*.sh,
serve_*.sh). Standard library only.

usage:
  store_check.py same-stories ONE_SHOT.json SHOWN.jsonl
      The stories of a one-shot `report -f json` equal the stories shown by
      `show -f json` for every stored story (each line one document): same
      article sets, and each story object equal but for its id; each article
      record equal but for its story id. Prints a summary line.
  store_check.py consistent DB [MULTIPLE]
      The store is sound: PRAGMA integrity_check is ok, every article has a
      story row that lists it, counts agree; with MULTIPLE, the article count
      is a multiple of it (whole batches only). Prints the article count.
  store_check.py batches DB
      Prints the number of committed batches (0 when the store is absent).
  store_check.py gen-feed OUT.jsonl N SEED
      Writes N fictional articles (JSON Lines) about N/12 events, in date
      order, for the kill and concurrency tests.
"""
import json
import os
import random
import sqlite3
import sys


def same_stories(one_path, shown_path):
    one = json.load(open(one_path, encoding="utf-8"))
    docs = [json.loads(l) for l in open(shown_path, encoding="utf-8") if l.strip()]

    def norm(s):
        s = dict(s)
        s.pop("id")
        return json.dumps(s, sort_keys=True)

    a = {tuple(s["articles"]): norm(s) for s in one["stories"]}
    b = {}
    for d in docs:
        if len(d["stories"]) != 1:
            print("a stored story document holds %d stories" % len(d["stories"]))
            return 1
        s = d["stories"][0]
        b[tuple(s["articles"])] = norm(s)
        for art in d["articles"]:
            if art["story"] != s["id"]:
                print("article %s names story %s inside story %s" % (art["id"], art["story"], s["id"]))
                return 1
    bad = 0
    if set(a) != set(b):
        print("different stories: only one-shot %s; only stored %s"
              % (sorted(set(a) - set(b))[:3], sorted(set(b) - set(a))[:3]))
        bad = 1
    same = sum(1 for k in a if k in b and a[k] == b[k])
    # A story that a report of its articles alone splits is built per group
    # and merged, with a note saying so (docs/store.md): same articles, its
    # comparison per group, so only its membership is compared.
    merged = {k for k in b if "separate groups" in json.loads(b[k]).get("note", "")}
    for k in a:
        if k in b and a[k] != b[k] and k not in merged:
            print("story of %s differs:\n one-shot %s\n stored   %s" % (k[0], a[k][:400], b[k][:400]))
            bad = 1
            break
    arts = {x["id"]: x for x in one["articles"]}
    for d in docs:
        for x in d["articles"]:
            y = dict(arts.get(x["id"], {}))
            x = dict(x)
            x.pop("story", None)
            y.pop("story", None)
            if x != y:
                print("article %s differs" % x["id"])
                bad = 1
    print("stories: one-shot %d, stored %d, identical %d, built per group %d"
          % (len(a), len(b), same, len(merged)))
    return bad


def connect_ro(db):
    return sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=30)


def consistent(db, multiple=None):
    con = connect_ro(db)
    bad = []
    ic = con.execute("PRAGMA integrity_check").fetchall()
    if ic != [("ok",)]:
        bad.append("integrity_check: %s" % ic[:3])
    n_art = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    unassigned = con.execute("SELECT count(*) FROM articles WHERE story IS NULL").fetchone()[0]
    if unassigned:
        bad.append("%d articles without a story" % unassigned)
    members = {}
    for aid, story in con.execute("SELECT id, story FROM articles"):
        members.setdefault(story, set()).add(aid)
    rows = con.execute("SELECT id, articles, n_articles FROM stories").fetchall()
    if len(rows) != len(members):
        bad.append("%d story rows for %d assigned stories" % (len(rows), len(members)))
    for sid, arts, n in rows:
        listed = set(json.loads(arts))
        if listed != members.get(sid, set()) or n != len(listed):
            bad.append("story %d lists %d articles, %d assigned" % (sid, len(listed), len(members.get(sid, ()))))
            break
    added = con.execute("SELECT coalesce(sum(added), 0) FROM batches").fetchone()[0]
    if added != n_art:
        bad.append("batches added %d, articles %d" % (added, n_art))
    vers = con.execute("SELECT count(*) FROM versions").fetchone()[0]
    upd = con.execute("SELECT coalesce(sum(updated), 0) FROM batches").fetchone()[0]
    if vers != n_art + upd:
        bad.append("%d versions for %d articles and %d updates" % (vers, n_art, upd))
    fts = con.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    if fts != n_art:
        bad.append("%d articles indexed for %d articles" % (fts, n_art))
    if multiple and n_art % multiple:
        bad.append("%d articles is not a whole number of batches of %d" % (n_art, multiple))
    con.close()
    for b in bad:
        print("inconsistent: " + b)
    print("articles %d" % n_art)
    return 1 if bad else 0


def batches(db):
    if not os.path.exists(db):
        print(0)
        return 0
    try:
        con = connect_ro(db)
        n = con.execute("SELECT count(*) FROM batches WHERE finished_at IS NOT NULL").fetchone()[0]
        con.close()
    except sqlite3.Error:
        n = 0
    print(n)
    return 0


SYL = ["al", "ber", "cor", "dan", "el", "fen", "gar", "hol", "is", "jor", "kel", "lun",
       "mar", "nor", "os", "pel", "quin", "ros", "sten", "tor", "ul", "ven", "wyn", "zar"]
EVENTS = [
    ("fire", "A fire destroyed the {thing} {what} in {place} on {day}, injuring {n} people, fire chief {person} said."),
    ("flood", "Flooding along the {thing} river forced {n} residents of {place} from their homes on {day}, mayor {person} said."),
    ("strike", "About {n} {thing} {what} in {place} walked out on {day} over pay, union leader {person} said."),
    ("vote", "Voters in {place} approved the {thing} {what} plan on {day} by {n} votes, returning officer {person} said."),
]
WHATS = ["warehouse", "depot", "mill", "bridge", "harbour", "school", "tram", "clinic"]
OUTLETS = ["Northern Courier", "Valley Herald", "Coastline Wire", "Evening Ledger", "Metro Post",
           "Harbour Times", "Daily Standard", "Riverside Gazette"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EXTRA = [
    "{person} said the cause was being investigated by the {thing} inspectorate.",
    "In {place}, the {thing} committee called it the hardest week the town had seen.",
    "Businesses around the {thing} {what} said they expected to reopen within a week.",
    "A spokesperson for {place} council said {person} would meet residents on {day}.",
    "Residents of {place} described confusion as crews reached the {what}.",
    "Police closed the roads around the {thing} {what} for most of the afternoon.",
]


def word(rnd, n):
    return "".join(rnd.choice(SYL) for _ in range(n)).capitalize()


def gen_feed(out, n, seed):
    rnd = random.Random(seed)
    n_events = max(1, n // 12)
    events = []
    for e in range(n_events):
        kind, tmpl = EVENTS[e % len(EVENTS)]
        events.append({
            "kind": kind, "tmpl": tmpl, "what": rnd.choice(WHATS),
            "place": word(rnd, 3), "thing": word(rnd, 2), "person": word(rnd, 2) + " " + word(rnd, 3),
            "n": rnd.randint(8, 900), "day": rnd.choice(DAYS), "date0": e,
        })
    recs = []
    for i in range(n):
        ev = events[i % n_events]
        k = i // n_events
        outlet = OUTLETS[k % len(OUTLETS)]
        f = dict(ev)
        f["n"] = ev["n"] if rnd.random() > 0.2 else ev["n"] + rnd.randint(1, 40)
        lead = ev["tmpl"].format(**f)
        extra = [x.format(**f) for x in rnd.sample(EXTRA, 3)]
        body = "%s (%s) — %s\n\n%s\n\n%s %s" % (ev["place"].upper(), outlet, lead, *extra)
        day = 1 + (ev["date0"] + k // 4) % 27
        recs.append({"id": "feed-%05d" % i, "source": outlet,
                     "date": "2025-03-%02d" % day,
                     "title": "%s in %s: %s %s" % (ev["kind"].capitalize(), ev["place"], ev["thing"], ev["what"]),
                     "text": body})
    recs.sort(key=lambda r: (r["date"], r["id"]))
    with open(out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


def main():
    cmd = sys.argv[1]
    if cmd == "same-stories":
        return same_stories(sys.argv[2], sys.argv[3])
    if cmd == "consistent":
        return consistent(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)
    if cmd == "batches":
        return batches(sys.argv[2])
    if cmd == "gen-feed":
        return gen_feed(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    print("store_check: unknown command %s" % cmd, file=sys.stderr)
    return 2


sys.exit(main())
