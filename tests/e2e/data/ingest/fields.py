#!/usr/bin/env python3
"""Prints chosen fields of `parallax extract` lines (stdin), one article a
line, for the e2e cases: only what ingest itself decides, so the cases do
not depend on how the text layer or the HTML extractor phrase things.

usage: fields.py FIELD... where FIELD is a field name (printed as
       name=<JSON value>), "text~PHRASE" (whether text contains PHRASE),
       "text!PHRASE" (whether it does not) or "#" (the line number).
"""
import json
import sys

specs = sys.argv[1:]
for n, line in enumerate(sys.stdin, 1):
    a = json.loads(line)
    out = []
    for s in specs:
        if s == "#":
            out.append(str(n))
        elif "~" in s:
            k, phrase = s.split("~", 1)
            out.append(f"{k}~{phrase!r}={'yes' if phrase in (a[k] or '') else 'NO'}")
        elif "!" in s:
            k, phrase = s.split("!", 1)
            out.append(f"{k}!{phrase!r}={'yes' if phrase not in (a[k] or '') else 'NO'}")
        else:
            out.append(f"{s}={json.dumps(a[s], ensure_ascii=False)}")
    print(" ".join(out))
