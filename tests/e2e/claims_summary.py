#!/usr/bin/env python3
"""Prints `parallax claims` output (stdin) one readable line a claim, without
sentence indices (they follow the segmenter), for e2e expectations."""
import json
import sys

for line in sys.stdin:
    c = json.loads(line)
    k = c["kind"]
    if k == "quantity":
        v = f'{c["approx"]}{c["value"]:g} [{c["low"]:g},{c["high"]:g}] {c["unit"]!r} {c["counts"]}/{c["class"]}'
    elif k == "date":
        v = f'{c["value"]} ({c["granularity"]})'
    elif k == "quote":
        v = f'{c["speaker"]} [{c["cue"]}]'
    else:
        v = f'{c["type"]} -> {c["canonical"]}' + (f' ({c["role"]})' if c.get("role") else "")
    print(f'{c["article"]} {c["field"]} {c["start"]}-{c["end"]} {k}: {c["text"]} => {v}')
