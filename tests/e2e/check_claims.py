#!/usr/bin/env python3
"""Checks what the claims schema cannot: every claim's text is exactly the
bytes start..end of its field in the article's extract record (or of the
repaired input with --raw), spans lie inside the field, sentences are
non-negative, and a quantity has low <= value <= high (value == low for a
range).

usage: check_claims.py CLAIMS.jsonl EXTRACT.jsonl   (extract mode)
       check_claims.py CLAIMS.jsonl --raw FILE...    (raw mode: field text =
                                                     the input file's bytes)
Prints "N claims checked" and exits 0, or prints the problems and exits 1.
"""
import json
import os
import sys


def main():
    claims = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
    fields = {}
    if sys.argv[2] == "--raw":
        for p in sys.argv[3:]:
            fields[(os.path.basename(p), "text")] = open(p, "rb").read()
    else:
        for l in open(sys.argv[2], encoding="utf-8"):
            r = json.loads(l)
            fields[(r["id"], "text")] = r["text"].encode("utf-8")
            if r.get("title") is not None:
                fields[(r["id"], "title")] = r["title"].encode("utf-8")
    bad = 0
    for n, c in enumerate(claims, 1):
        f = fields.get((c["article"], c["field"]))
        if f is None:
            print(f"claim {n}: no field {c['field']} for {c['article']}")
            bad += 1
            continue
        s, e = c["start"], c["end"]
        if not (0 <= s <= e <= len(f)) or f[s:e].decode("utf-8") != c["text"]:
            print(f"claim {n}: text {c['text']!r} is not bytes {s}..{e}")
            bad += 1
        if c["kind"] == "quantity":
            if not (c["low"] <= c["value"] <= c["high"]):
                print(f"claim {n}: interval [{c['low']}, {c['high']}] misses {c['value']}")
                bad += 1
            if c["approx"] == "range" and c["value"] != c["low"]:
                print(f"claim {n}: a range's value must be its low end")
                bad += 1
    print(f"{len(claims)} claims checked")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
