#!/usr/bin/env python3
"""Attribution figures of `parallax claims` against PolNeAR (train + dev).

PolNeAR annotates every attribution (direct quotes and reported speech) as
Source / Cue / Content spans (brat standoff, character offsets). parallax
extracts direct quotes only, so two views are reported:

  all      every gold Content span
  quoted   gold Content spans that contain a double quote mark (the direct
           quotes parallax aims at)

A predicted quote matches a gold Content when their character spans
overlap (each gold and prediction used once). Precision is over all
predicted quotes. For matched pairs, "speaker" is the share whose predicted
speaker overlaps the gold Source text (case-insensitive word overlap: the
surname or full name), and "cue" the share whose cue equals the gold Cue.

usage: python3 tools/eval_attribution.py [BUILD/parallax] [SPLIT...]
       (default build/parallax, splits train dev; ../shared/data/polnear-attribution)
"""
import glob
import json
import os
import re
import subprocess
import sys


def gold_of(path):
    spans, rel = {}, []
    for line in open(path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0].startswith("T") and len(p) >= 3:
            kind, rest = p[1].split(" ", 1)
            segs = [tuple(map(int, s.split())) for s in rest.split(";")]
            spans[p[0]] = (kind, segs[0][0], segs[-1][1], p[2] if len(p) > 2 else "")
        elif p[0].startswith("E") and len(p) >= 2:
            rel.append(dict(x.split(":") for x in p[1].split()))
    out = []
    for r in rel:
        c = spans.get(r.get("Content", ""))
        if c is None:
            continue
        s = spans.get(r.get("Source", ""))
        cue = spans.get(r.get("Cue", ""))
        out.append({"start": c[1], "end": c[2], "text": c[3],
                    "source": s[3] if s else "", "cue": cue[3] if cue else ""})
    return out


def words(s):
    return {w for w in re.findall(r"[a-z]+", (s or "").lower()) if len(w) > 2}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    binp = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "build", "parallax")
    splits = sys.argv[2:] or ["train", "dev"]
    shared = os.environ.get("PX_SHARED", os.path.join(here, "..", "..", "shared"))
    root = os.path.join(shared, "data", "polnear-attribution")
    stats = {k: [0, 0, 0, 0, 0] for k in ("all", "quoted")}  # gold, matched, spk, cue, (unused)
    npred = 0
    for split in splits:
        for ann in sorted(glob.glob(os.path.join(root, split, "attributions", "*.ann"))):
            base = re.sub(r"_[^_]+\.ann$", ".txt", os.path.basename(ann))
            txt = os.path.join(root, split, "text", base)
            if not os.path.exists(txt):
                continue
            raw = open(txt, "rb").read()
            out = subprocess.run([binp, "claims", "--raw", "--kinds", "quote,entity", txt],
                                 capture_output=True).stdout.decode("utf-8")
            preds = []
            for line in out.splitlines():
                c = json.loads(line)
                if c["kind"] != "quote":
                    continue
                s = len(raw[:c["start"]].decode("utf-8", "replace"))
                e = len(raw[:c["end"]].decode("utf-8", "replace"))
                preds.append((s, e, c["speaker"], c["cue"]))
            npred += len(preds)
            gold = gold_of(ann)
            for view in ("all", "quoted"):
                used = set()
                for g in gold:
                    if view == "quoted" and not re.search("[\"\u201c\u201d]", g["text"]):
                        continue
                    stats[view][0] += 1
                    for k, (s, e, spk, cue) in enumerate(preds):
                        if k in used or e <= g["start"] or s >= g["end"]:
                            continue
                        used.add(k)
                        stats[view][1] += 1
                        stats[view][2] += bool(words(spk) & words(g["source"]))
                        stats[view][3] += (cue or "").lower() == g["cue"].lower()
                        break
    for view in ("all", "quoted"):
        g, m, spk, cue, _ = stats[view]
        p = m / npred if npred else 0
        r = m / g if g else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f"polnear {'+'.join(splits)} {view}: gold {g}, predicted {npred}, "
              f"content P {p:.3f} R {r:.3f} F1 {f:.3f}; speaker {spk / m if m else 0:.3f}, "
              f"cue {cue / m if m else 0:.3f} of matched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
