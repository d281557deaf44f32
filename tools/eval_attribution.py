#!/usr/bin/env python3
"""Attribution figures of `parallax claims` against PolNeAR (train, dev).

PolNeAR annotates every attribution (direct quotes and reported speech) as
Source / Cue / Content spans (brat standoff, character offsets into the
.txt). `parallax claims --raw` gives one quote claim per direct quote and
per reported-speech clause ("reported": true), with "source_span",
"cue_span" and "content_span" (byte offsets; converted to characters here).
A direct quote's content is its claim span, quote marks included, as
PolNeAR marks it.

Span scores, per role (source, cue, content) and per split:
  exact    a predicted span equals a gold span of that role, after trimming
           white space and the punctuation . , ; : at both ends
  overlap  a predicted span shares at least one character with a gold span
Each gold and each predicted span is matched once (greedy, in text order).
P = matched / predicted spans, R = matched / gold spans.

Views: "all" (every gold attribution, every prediction), "quoted" (gold
Content holding a double quote mark, or two apostrophes as some archives
write it, against direct quotes), "reported" (the
other gold attributions against reported-speech claims).

Attribution accuracy: for each gold Content matched (overlap) by a predicted
content, "source" is right when the predicted source span overlaps the gold
Source span, or, for a speaker resolved elsewhere (a second quote in a
paragraph), when the speaker's name shares a word with the gold Source;
"cue" is right when the cue spans overlap.

usage: python3 tools/eval_attribution.py [BUILD/parallax] [SPLIT...] [--markdown]
       (default build/parallax, splits train dev; data in
       ../shared/data/polnear-attribution, or $PX_SHARED/data/...)
"""
import glob
import json
import os
import re
import subprocess
import sys

ROLES = ("source", "cue", "content")
VIEWS = ("all", "quoted", "reported")
TRIM = " \t\r\n\u00a0.,;:"
QUOTE_RE = "[\"\u201c\u201d]|''"  # double quote marks, and two apostrophes as one


def gold_of(path):
    spans, rel = {}, []
    for line in open(path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0].startswith("T") and len(p) >= 3:
            kind, rest = p[1].split(" ", 1)
            segs = [tuple(map(int, s.split())) for s in rest.split(";")]
            spans[p[0]] = (segs[0][0], segs[-1][1], p[2])
        elif p[0].startswith("E") and len(p) >= 2:
            rel.append(dict(x.split(":") for x in p[1].split() if ":" in x))
    out = []
    for r in rel:
        c = spans.get(r.get("Content", ""))
        if c is None:
            continue
        s = spans.get(r.get("Source", ""))
        cue = spans.get(r.get("Cue", ""))
        out.append({"content": c[:2], "text": c[2],
                    "source": s[:2] if s else None, "source_text": s[2] if s else "",
                    "cue": cue[:2] if cue else None})
    return out


def words(s):
    return {w for w in re.findall(r"[a-z]+", (s or "").lower()) if len(w) > 2}


def trim(txt, span):
    s, e = span
    while s < e and txt[s] in TRIM:
        s += 1
    while e > s and txt[e - 1] in TRIM:
        e -= 1
    return (s, e)


def overlaps(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def match(gold, pred, txt, exact):
    """number of one-to-one matches between two span lists"""
    used, n = set(), 0
    if exact:
        gs = [trim(txt, g) for g in gold]
        ps = [trim(txt, p) for p in pred]
    else:
        gs, ps = gold, pred
    for g in gs:
        for k, p in enumerate(ps):
            if k in used:
                continue
            if (exact and p == g) or (not exact and overlaps(p, g)):
                used.add(k)
                n += 1
                break
    return n


def predictions(binp, path, raw):
    out = subprocess.run([binp, "claims", "--raw", "--kinds", "quote", path],
                         capture_output=True).stdout.decode("utf-8")
    char = {}

    def ch(b):
        if b not in char:
            char[b] = len(raw[:b].decode("utf-8", "replace"))
        return char[b]

    preds = []
    for line in out.splitlines():
        c = json.loads(line)
        if c["kind"] != "quote":
            continue
        rep = bool(c.get("reported"))
        content = c.get("content_span") if rep else [c["start"], c["end"]]
        if content is None:
            continue

        def sp(key):
            v = c.get(key)
            return (ch(v[0]), ch(v[1])) if v else None
        preds.append({"content": (ch(content[0]), ch(content[1])), "source": sp("source_span"),
                      "cue": sp("cue_span"), "speaker": c.get("speaker"), "reported": rep})
    return preds


def new_stats():
    return {v: {"gold": 0, "pred": 0, "att": 0, "src_ok": 0, "cue_ok": 0,
                **{f"{r}_{m}_{k}": 0 for r in ROLES for m in ("exact", "overlap")
                   for k in ("gold", "pred", "tp")}} for v in VIEWS}


def score_file(st, gold, preds, txt):
    for view in VIEWS:
        if view == "all":
            g, p = gold, preds
        elif view == "quoted":
            g = [x for x in gold if re.search(QUOTE_RE, x["text"])]
            p = [x for x in preds if not x["reported"]]
        else:
            g = [x for x in gold if not re.search(QUOTE_RE, x["text"])]
            p = [x for x in preds if x["reported"]]
        s = st[view]
        s["gold"] += len(g)
        s["pred"] += len(p)
        for role in ROLES:
            gs = [x[role] for x in g if x[role] is not None]
            ps = [x[role] for x in p if x[role] is not None]
            for m in ("exact", "overlap"):
                s[f"{role}_{m}_gold"] += len(gs)
                s[f"{role}_{m}_pred"] += len(ps)
                s[f"{role}_{m}_tp"] += match(gs, ps, txt, m == "exact")
        used = set()
        for x in g:
            for k, y in enumerate(p):
                if k in used or not overlaps(x["content"], y["content"]):
                    continue
                used.add(k)
                s["att"] += 1
                s["src_ok"] += bool(overlaps(x["source"], y["source"]) or
                                    (y["source"] is None and
                                     words(y["speaker"]) & words(x["source_text"])))
                s["cue_ok"] += bool(overlaps(x["cue"], y["cue"]))
                break


def prf(tp, gold, pred):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    markdown = "--markdown" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    binp = args[0] if args else os.path.join(here, "..", "build", "parallax")
    splits = args[1:] or ["train", "dev"]
    shared = os.environ.get("PX_SHARED", os.path.join(here, "..", "..", "shared"))
    root = os.path.join(shared, "data", "polnear-attribution")
    if not os.path.isdir(root):
        print(f"eval_attribution: {root}: no such directory", file=sys.stderr)
        return 3
    if not os.access(binp, os.X_OK):
        print(f"eval_attribution: {binp}: not an executable", file=sys.stderr)
        return 3
    results = []
    for split in splits:
        st = new_stats()
        nfiles = 0
        for ann in sorted(glob.glob(os.path.join(root, split, "attributions", "*.ann"))):
            base = re.sub(r"_[^_]+\.ann$", ".txt", os.path.basename(ann))
            path = os.path.join(root, split, "text", base)
            if not os.path.exists(path):
                continue
            raw = open(path, "rb").read()
            txt = raw.decode("utf-8", "replace")
            nfiles += 1
            score_file(st, gold_of(ann), predictions(binp, path, raw), txt)
        results.append((split, nfiles, st))
    if markdown:
        print("| split | view | role | gold | pred | exact P / R / F1 | overlap P / R / F1 |")
        print("|---|---|---|---|---|---|---|")
    for split, nfiles, st in results:
        for view in VIEWS:
            s = st[view]
            for role in ROLES:
                ex = prf(s[f"{role}_exact_tp"], s[f"{role}_exact_gold"], s[f"{role}_exact_pred"])
                ov = prf(s[f"{role}_overlap_tp"], s[f"{role}_overlap_gold"],
                         s[f"{role}_overlap_pred"])
                if markdown:
                    print(f"| {split} | {view} | {role} | {s[f'{role}_exact_gold']} | "
                          f"{s[f'{role}_exact_pred']} | {ex[0]:.3f} / {ex[1]:.3f} / {ex[2]:.3f} | "
                          f"{ov[0]:.3f} / {ov[1]:.3f} / {ov[2]:.3f} |")
                else:
                    print(f"polnear {split} ({nfiles} files) {view:8} {role:7} "
                          f"gold {s[f'{role}_exact_gold']:5} pred {s[f'{role}_exact_pred']:5}  "
                          f"exact P {ex[0]:.3f} R {ex[1]:.3f} F1 {ex[2]:.3f}  "
                          f"overlap P {ov[0]:.3f} R {ov[1]:.3f} F1 {ov[2]:.3f}")
    for split, nfiles, st in results:
        for view in VIEWS:
            s = st[view]
            a = s["att"]
            line = (f"{split} {view}: content matched {a}; source right {s['src_ok'] / a if a else 0:.3f}, "
                    f"cue right {s['cue_ok'] / a if a else 0:.3f} of matched")
            print(("- " if markdown else "polnear ") + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
