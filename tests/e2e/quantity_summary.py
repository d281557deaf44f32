#!/usr/bin/env python3
"""Prints the quantity claims of `parallax claims` output (stdin) one readable
line each, with the fields the comparison of sources reads: interval, unit,
counted noun and phrase, rate denominator, and where a change started."""
import json
import sys

for line in sys.stdin:
    c = json.loads(line)
    if c["kind"] != "quantity":
        continue
    v = f'{c["approx"]}{c["value"]:g} [{c["low"]:g},{c["high"]:g}] {c["unit"]!r} {c["counts"]}/{c["class"]}'
    if "counted" in c:
        v += f' counted={c["counted"]!r}'
    if "per" in c:
        v += f' per={c["per"]}'
    if "from" in c:
        v += f' from={c["from"]:g}'
    if "score" in c:
        v += f' score={c["score"]}'
    if c.get("vague"):
        v += " vague"
    print(f'{c["start"]}-{c["end"]} {c["text"]} => {v}')
