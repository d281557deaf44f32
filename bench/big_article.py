#!/usr/bin/env python3
"""Write one long plain-text article of wire-style sentences (fictional
people, places and figures), for measuring the memory of one huge input:

    python3 bench/big_article.py MB > FILE.txt

The text is deterministic (fixed seed): paragraphs of three to six
sentences with counts, money, percentages, dates, quotes and attributions,
the mix a live-coverage page has. bench/memory.sh runs the report on it.
"""
import random
import sys

PEOPLE = ["Maren Oskarsdottir", "Tomas Vellacourt", "Ines Haldorsen", "Piet Arkwright",
          "Selma Quist", "Davor Lindqvist", "Aurelie Brandt", "Jonas Erevik",
          "Keld Marrow", "Noor Castellan", "Ruth Okonjo-Vane", "Hallam Pryce"]
ROLES = ["the finance minister", "a union spokesperson", "the port authority chief",
         "the regional governor", "a senior aide", "the fire chief", "the mayor",
         "an opposition lawmaker", "the central bank governor", "a police spokesman"]
PLACES = ["Port Halden", "Vessby", "the Skerry Islands", "Norland", "Tarnholm",
          "Dunmarsh", "Keswin", "Ormund Valley", "Kovarhely", "Brackenford"]
ORGS = ["the Northern Ledger", "Nordwire", "the Halden Courier", "Coastline Weekly",
        "the Ministry of Transport", "the Seafarers' Union", "Ormund Water Board",
        "the Keswin Chamber of Commerce"]
NOUNS = ["workers", "residents", "officials", "passengers", "teachers", "households",
         "firefighters", "students", "vessels", "homes"]
VERBS = ["walked out", "were evacuated", "signed the letter", "were stranded",
         "joined the protest", "lost power", "were inspected", "were rehoused"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
APPROX = ["", "more than ", "about ", "nearly ", "at least ", "some ", "fewer than "]


def sentence(rng):
    p, r, pl, o = rng.choice(PEOPLE), rng.choice(ROLES), rng.choice(PLACES), rng.choice(ORGS)
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 99000)])
    noun, verb, day = rng.choice(NOUNS), rng.choice(VERBS), rng.choice(DAYS)
    k = rng.randrange(9)
    if k == 0:
        return f"{rng.choice(APPROX).capitalize() or ''}{n:,} {noun} {verb} in {pl} on {day}, {o} reported."
    if k == 1:
        return (f"\u201cWe will not accept a deal that leaves {noun} behind,\u201d said {p}, "
                f"{r}, adding that talks would resume on {rng.choice(DAYS)}.")
    if k == 2:
        return (f"The package is worth ${rng.randint(1, 99)}.{rng.randint(0, 9)} billion over "
                f"{rng.randint(2, 10)} years, according to {o}.")
    if k == 3:
        return (f"Turnout reached {rng.randint(20, 90)}.{rng.randint(0, 9)}% in {pl}, "
                f"up {rng.randint(1, 9)} percentage points from the last vote.")
    if k == 4:
        return (f"{p} told reporters on {day} that {rng.choice(APPROX)}{n} {noun} had been "
                f"affected since {rng.randint(1, 28)} {rng.choice(MONTHS)}.")
    if k == 5:
        return (f"Officials in {pl} said the figure could rise as crews reach outlying areas, "
                f"and declined to give a timetable.")
    if k == 6:
        return f"{r.capitalize()} rejected calls for a curfew, saying it would punish {noun}."
    if k == 7:
        return (f"By {rng.randint(1, 12)} p.m. on {day}, {rng.randint(2, 60)} ferries had been "
                f"cancelled and {rng.randint(100, 9000):,} travellers rebooked, {o} said.")
    return (f"The dispute began in {rng.choice(MONTHS)} {rng.randint(2015, 2023)} when "
            f"{o} published a letter signed by {n} {noun}.")


def main():
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = random.Random(6)
    limit = int(mb * 1e6)
    out = sys.stdout
    head = "title: Live coverage: ferry strike and floods across Norland\nsource: Northern Ledger\ndate: 2023-11-14\n\n"
    out.write(head)
    size = len(head)
    while size < limit:
        para = " ".join(sentence(rng) for _ in range(rng.randint(3, 6))) + "\n\n"
        out.write(para)
        size += len(para.encode())


main()
