#!/usr/bin/env python3
"""Format data/debris_en.txt: sort the entries bytewise and lay each out in
fixed-width columns (phrase, TAB, padding to column 40; kind to column 56;
limit to column 63; newline), so that src/lib/text/clean_debris.c can
binary-search the embedded file by record number without an index.

Usage: python3 tools/debris_fmt.py data/debris_en.txt   (rewrites in place)
Entries may be written loosely as PHRASE<TAB>KIND<TAB>MAX; the header
comment lines starting with '#' are kept as they are.
"""
import sys

PHRASE_COL, KIND_COL, REC = 40, 56, 64


def main():
    path = sys.argv[1]
    header, entries = [], {}
    with open(path, "rb") as f:
        for raw in f.read().split(b"\n"):
            if not raw.strip():
                continue
            if raw.startswith(b"#"):
                header.append(raw)
                continue
            phrase, rest = raw.split(b"\t", 1)
            kind, limit = rest.split()
            if len(phrase) + 1 > PHRASE_COL or len(kind) >= KIND_COL - PHRASE_COL:
                sys.exit("entry too long: %r" % raw)
            if int(limit) > 1000:
                sys.exit("limit above LEX_LINE_MAX (1000): %r" % raw)
            if phrase != phrase.lower() or phrase != phrase.strip():
                sys.exit("phrase must be lower case and trimmed: %r" % raw)
            entries[phrase] = (kind, int(limit))
    out = [h + b"\n" for h in header]
    for phrase in sorted(entries):
        kind, limit = entries[phrase]
        rec = phrase + b"\t"
        rec += b" " * (PHRASE_COL - len(rec)) + kind
        rec += b" " * (KIND_COL - len(rec)) + str(limit).encode()
        rec += b" " * (REC - 1 - len(rec)) + b"\n"
        assert len(rec) == REC, rec
        out.append(rec)
    with open(path, "wb") as f:
        f.write(b"".join(out))


if __name__ == "__main__":
    main()
