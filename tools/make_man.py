#!/usr/bin/env python3
"""Generates the parallax(1) man page (roff) from docs/cli.md on stdout.

docs/cli.md is the one source: '## NAME' sections become .SH, definition
items (a line followed by ':   text') become .TP, indented code becomes .nf
blocks, `code` becomes bold and *arg* italic.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def inline(s):
    s = s.replace("\\", "\\e").replace("-", "\\-")
    s = re.sub(r"`([^`]*)`", r"\\fB\1\\fR", s)
    s = re.sub(r"\*([^*]+)\*", r"\\fI\1\\fR", s)
    if s.startswith(".") or s.startswith("'"):
        s = "\\&" + s
    return s


def main():
    lines = open(os.path.join(ROOT, "docs", "cli.md"), encoding="utf-8").read().splitlines()
    version = "unknown"
    for line in open(os.path.join(ROOT, "Makefile"), encoding="utf-8"):
        m = re.match(r"VERSION\s*:?=\s*(\S+)", line)
        if m:
            version = m.group(1)
            break
    out = ['.TH PARALLAX 1 "" "parallax %s" "User Commands"' % version]
    title = lines[0].lstrip("# ").split("—", 1)
    out += [".SH NAME", "parallax \\- " + inline(title[1].strip() if len(title) > 1 else "")]
    i = 1
    in_code = False
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            if in_code:
                out.append(".fi")
                in_code = False
            out.append(".SH " + line[3:].strip())
        elif line.startswith("    ") and line.strip() and (in_code or not lines[i - 1].strip()):
            if not in_code:
                out.append(".nf")
                in_code = True
            out.append(inline(line[4:]))
        elif i + 1 < len(lines) and lines[i + 1].startswith(":   ") and line.strip():
            out.append(".TP")
            out.append(inline(line))
        elif line.startswith(":   "):
            out.append(inline(line[4:]))
        elif line.startswith("    ") and line.strip():
            out.append(inline(line.strip()))
        elif not line.strip():
            if in_code:
                out.append(".fi")
                in_code = False
            else:
                out.append(".PP" if out[-1] not in (".PP",) and not out[-1].startswith(".SH") else "")
        else:
            out.append(inline(line))
        i += 1
    if in_code:
        out.append(".fi")
    sys.stdout.write("\n".join(l for l in out if l != "") + "\n")


if __name__ == "__main__":
    main()
