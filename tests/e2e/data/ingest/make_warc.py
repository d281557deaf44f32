#!/usr/bin/env python3
"""Builds the test WARC files of the ingest e2e cases from small fictional
pages written for these tests, into the directory given as argument:

  crawl.warc        warcinfo, request, 3 HTML responses (one chunked and
                    gzip-encoded, one ISO-8859-1 by its HTTP header), a
                    resource record, an image, a 404 and a redirect
  crawl.warc.gz     the same, one gzip member per record (as crawlers write)
  crawl.warc.zst    the same as one zstd frame (when the zstd tool exists)
  lying.warc        a record whose Content-Length runs into the next record,
                    one whose Content-Length is short, one that runs past the
                    end of the file, with good records between them
  truncated.warc.gz crawl.warc.gz cut inside its fifth record
"""
import gzip
import os
import shutil
import subprocess
import sys
import zlib

OUT = sys.argv[1]

PAGE_FERRY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry service resumes after storm damage | Coastline Courier</title>
<meta property="og:site_name" content="Coastline Courier">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry service resumes after storm damage</h1>
<p>PORT ELLIS (Coastline Courier) &mdash; Ferry crossings to Gull Island resumed on Monday, five days after a storm tore a loading ramp from its moorings.</p>
<p>The harbour authority said 1,200 passengers had been stranded on the island at the height of the disruption.</p>
<p>Engineers worked through the weekend to fit a temporary ramp, a spokeswoman said.</p>
</article>
<footer>Copyright Coastline Courier</footer>
</body></html>
"""

PAGE_BUDGET = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves budget with library cuts | Valley Ledger</title>
</head><body>
<p>MILLBROOK (Valley Ledger) &mdash; The town council approved a $48 million budget on Thursday that trims library opening hours by a fifth.</p>
<p>Councillor Dana Reyes voted against the plan, saying the cuts would fall hardest on students.</p>
</body></html>
"""

# Latin-1 bytes, declared only by the HTTP header.
PAGE_CAFE = ("""<html><head><title>Caf\u00e9 owners win appeal</title></head><body>
<p>The owners of the Caf\u00e9 Mir\u00f3 in Easton won their appeal against a closure order on Wednesday, the district court said.</p>
<p>The judge ruled that the council had not given the required notice before acting.</p>
</body></html>
""").encode("iso-8859-1")

PAGE_RESOURCE = """<html lang="en"><head><title>Rail line reopens</title></head><body>
<p>NORTHGATE (Rail Weekly) &mdash; The Northgate branch line reopened on Saturday after eleven weeks of track repairs costing $6.5 million.</p>
</body></html>
"""


def http_response(status, ctype, body, extra=()):
    head = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Other'}",
            f"Content-Type: {ctype}"]
    head.extend(extra)
    if not any(h.lower().startswith("transfer-encoding") for h in extra):
        head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def chunked(body, size=97):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def record(rtype, rid, block, uri=None, date="2023-11-14T10:00:00Z",
           ctype=None, length=None):
    head = ["WARC/1.1", f"WARC-Type: {rtype}",
            f"WARC-Record-ID: <urn:uuid:{rid}>", f"WARC-Date: {date}"]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    if ctype:
        head.append(f"Content-Type: {ctype}")
    head.append(f"Content-Length: {len(block) if length is None else length}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def crawl_records():
    gz = zlib.compressobj(9, zlib.DEFLATED, 31)
    budget_gz = gz.compress(PAGE_BUDGET.encode()) + gz.flush()
    return [
        record("warcinfo", "00000000-0000-4000-8000-000000000000",
               b"software: parallax-tests\r\nformat: WARC File Format 1.1\r\n",
               ctype="application/warc-fields"),
        record("request", "00000000-0000-4000-8000-000000000001",
               b"GET /ferry HTTP/1.1\r\nHost: courier.example\r\n\r\n",
               uri="https://courier.example/news/ferry-service",
               ctype="application/http; msgtype=request"),
        record("response", "11111111-1111-4111-8111-111111111111",
               http_response(200, "text/html; charset=utf-8", PAGE_FERRY.encode()),
               uri="https://courier.example/news/ferry-service",
               ctype="application/http; msgtype=response"),
        record("response", "22222222-2222-4222-8222-222222222222",
               http_response(200, "text/html", chunked(budget_gz),
                             ("Transfer-Encoding: chunked", "Content-Encoding: gzip")),
               uri="https://ledger.example/budget",
               ctype="application/http; msgtype=response"),
        record("response", "33333333-3333-4333-8333-333333333333",
               http_response(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(64))),
               uri="https://courier.example/logo.png",
               ctype="application/http; msgtype=response"),
        record("response", "44444444-4444-4444-8444-444444444444",
               http_response(404, "text/html", b"<html><body><p>Not found</p></body></html>"),
               uri="https://courier.example/missing",
               ctype="application/http; msgtype=response"),
        record("response", "55555555-5555-4555-8555-555555555555",
               http_response(200, "text/html; charset=ISO-8859-1", PAGE_CAFE),
               uri="https://easton.example/cafe", date="2023-11-15T08:00:00Z",
               ctype="application/http; msgtype=response"),
        record("response", "66666666-6666-4666-8666-666666666666",
               http_response(301, "text/html", b"", ("Location: https://ledger.example/",)),
               uri="http://ledger.example/",
               ctype="application/http; msgtype=response"),
        record("resource", "77777777-7777-4777-8777-777777777777",
               PAGE_RESOURCE.encode(), uri="https://rail.example/northgate",
               ctype="text/html"),
    ]


def lying_records():
    good = crawl_records()
    ferry = http_response(200, "text/html", PAGE_FERRY.encode())
    budget = http_response(200, "text/html", PAGE_BUDGET.encode())
    return [
        good[2],
        # Claims 500 bytes more than it has: runs into the next record.
        record("response", "aaaaaaaa-0000-4000-8000-000000000001", budget,
               uri="https://ledger.example/too-long", length=len(budget) + 500,
               ctype="application/http; msgtype=response"),
        good[6],
        # Claims 100 bytes fewer than it has.
        record("response", "aaaaaaaa-0000-4000-8000-000000000002", ferry,
               uri="https://courier.example/too-short", length=len(ferry) - 100,
               ctype="application/http; msgtype=response"),
        good[8],
        # The last record claims more than the file holds.
        record("response", "aaaaaaaa-0000-4000-8000-000000000003", budget,
               uri="https://ledger.example/past-end", length=len(budget) + 4000,
               ctype="application/http; msgtype=response"),
    ]


def main():
    os.makedirs(OUT, exist_ok=True)
    recs = crawl_records()
    with open(os.path.join(OUT, "crawl.warc"), "wb") as f:
        f.write(b"".join(recs))
    members = [gzip.compress(r, mtime=0) for r in recs]
    with open(os.path.join(OUT, "crawl.warc.gz"), "wb") as f:
        f.write(b"".join(members))
    cut = sum(len(m) for m in members[:4]) + len(members[4]) // 2
    with open(os.path.join(OUT, "truncated.warc.gz"), "wb") as f:
        f.write(b"".join(members)[:cut])
    with open(os.path.join(OUT, "lying.warc"), "wb") as f:
        f.write(b"".join(lying_records()))
    if shutil.which("zstd"):
        subprocess.run(["zstd", "-q", "-f", os.path.join(OUT, "crawl.warc"),
                        "-o", os.path.join(OUT, "crawl.warc.zst")], check=True)


main()
