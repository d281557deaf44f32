#!/usr/bin/env python3
"""Checks of `parallax serve` for the e2e cases serve_*.sh. Standard library
only (plus python3-jsonschema for the schema checks, skipped when absent).

usage:
  serve_check.py api PARALLAX DB          the JSON API, errors, bounds, shutdown
  serve_check.py rate PARALLAX DB         the per-client request rate limit
  serve_check.py concurrent PARALLAX DB FEED
                                          reads while `ingest` writes FEED

Each prints one line per check; a failed check prints `FAIL ...` and the
script exits 1.
"""
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
failed = []


def check(ok, what):
    if ok:
        print("ok: " + what)
    else:
        print("FAIL: " + what)
        failed.append(what)


class Server:
    def __init__(self, parallax, db, *args):
        self.p = subprocess.Popen([parallax, "serve", "--db", db, "--port", "0", *args],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.err = []
        deadline = time.time() + 30
        self.url = None
        while time.time() < deadline:
            line = self.p.stderr.readline()
            if not line:
                break
            self.err.append(line)
            if line.startswith("listening on http://"):
                self.url = line.strip()[len("listening on "):]
                break
        if self.url is None:
            raise SystemExit("serve did not start: " + "".join(self.err))
        u = urllib.parse.urlparse(self.url)
        self.host, self.port = u.hostname, u.port
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for line in self.p.stderr:
            self.err.append(line)

    def request(self, method, path, headers=None, body=None):
        c = http.client.HTTPConnection(self.host, self.port, timeout=30)
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data

    def get_json(self, path):
        st, h, data = self.request("GET", path)
        return st, h, json.loads(data) if data else None

    def stop(self, sig=signal.SIGINT):
        self.p.send_signal(sig)
        try:
            rc = self.p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.p.kill()
            rc = None
        time.sleep(0.1)
        return rc


def validator(name):
    shared = os.environ.get("PX_SHARED") or os.path.join(HERE, "..", "..", "..", "shared")
    path = os.path.join(shared, "schema", name + ".schema.json")
    if not os.path.isfile(path):
        return None
    try:
        from jsonschema import validators
    except ImportError:
        return None
    schema = json.load(open(path, encoding="utf-8"))
    cls = validators.validator_for(schema)
    return cls(schema)


def valid(v, obj):
    if v is None:
        return True
    errs = list(v.iter_errors(obj))
    for e in errs[:3]:
        print("  schema: %s: %s" % (e.json_path, e.message))
    return not errs


def api(parallax, db):
    s = Server(parallax, db)
    check(s.host == "127.0.0.1", "listens on loopback by default")
    st, h, d = s.get_json("/api/stories")
    check(st == 200 and h.get("content-type", "").startswith("application/json"), "GET /api/stories is JSON")
    v_api, v_rep = validator("api-stories"), validator("report")
    check(valid(v_api, d), "/api/stories matches api-stories.schema.json")
    ids = [x["id"] for x in d["stories"]]
    dates = [x["last_seen"] or "" for x in d["stories"]]
    check(dates == sorted(dates, reverse=True), "stories come newest first")
    check(d["total"] == len(ids) and len(ids) >= 2, "total counts every story")
    all_ok = True
    for sid in ids:
        st, _, rep = s.get_json("/api/stories/%d" % sid)
        all_ok &= st == 200 and rep["stories"][0]["id"] == sid and valid(v_rep, rep)
        st, _, arts = s.get_json("/api/stories/%d/articles" % sid)
        all_ok &= st == 200 and [a["id"] for a in arts["articles"]] == rep["stories"][0]["articles"]
        all_ok &= all(a["story"] == sid for a in arts["articles"])
    check(all_ok, "every story's report matches report.schema.json and its articles")
    st, _, d2 = s.get_json("/api/stories?limit=1&offset=1")
    check(st == 200 and [x["id"] for x in d2["stories"]] == ids[1:2], "limit and offset page the list")
    st, _, d3 = s.get_json("/api/stories?since=2025-06-12")
    check(st == 200 and all((x["last_seen"] or "") >= "2025-06-12" for x in d3["stories"]) and
          len(d3["stories"]) < len(ids) + 1, "since keeps the stories seen since a date")
    for bad in ("/api/stories?limit=0", "/api/stories?limit=x", "/api/stories?limit=100000",
                "/api/stories?since=yesterday-ish", "/api/search", "/api/search?q=%22",
                "/api/search?q=" + "a" * 600):
        st, _, e = s.get_json(bad)
        if st != 400 or "error" not in e:
            check(False, "400 for %s (got %d)" % (bad[:40], st))
            break
    else:
        check(True, "bad parameters get 400 with a JSON error")
    for missing in ("/api/stories/999999", "/api/stories/abc", "/api/stories/1/nope",
                    "/api/articles/no-such-article", "/api/nothing", "/nothing"):
        st, _, e = s.get_json(missing)
        if st != 404 or "error" not in e:
            check(False, "404 for %s (got %d)" % (missing, st))
            break
    else:
        check(True, "unknown resources get 404 with a JSON error")
    # Versions: north-ledger was corrected on day 2.
    st, _, a = s.get_json("/api/articles/silo-fire/north-ledger.txt")
    check(st == 200 and a["version"] == 2 and a["current"] and len(a["versions"]) == 2 and
          a["changes"] and a["changes"][0]["fields"] == ["title", "text"] and "12 workers" in a["text"],
          "an article shows its current version, its versions and the change")
    st, _, a1 = s.get_json("/api/articles/silo-fire%2Fnorth-ledger.txt?version=1")
    check(st == 200 and a1["version"] == 1 and not a1["current"] and "15 workers" in a1["text"],
          "the old version stays readable (encoded slash in the id)")
    st, _, _ = s.get_json("/api/articles/silo-fire/north-ledger.txt?version=9")
    check(st == 404, "a version that does not exist is 404")
    # Search.
    st, _, r = s.get_json("/api/search?q=" + urllib.parse.quote("silo dust"))
    check(st == 200 and r["results"] and all(x["kind"] in ("article", "claim") for x in r["results"]) and
          any(p["match"] for x in r["results"] for p in x["snippet"]), "search ranks hits with marked snippets")
    injected = ['NEAR(silo', 'silo OR', '"unclosed phrase', 'title:silo', '*', 'silo)) --', "'; DROP TABLE stories; --"]
    ok = True
    for q in injected:
        st, _, r = s.get_json("/api/search?q=" + urllib.parse.quote(q))
        ok &= st in (200, 400) and r is not None
    st, _, d4 = s.get_json("/api/stories")
    check(ok and st == 200 and d4["total"] == len(ids), "FTS and SQL syntax in queries is only text")
    # Methods and bodies.
    st, _, e = s.request("POST", "/api/stories", {"Content-Type": "application/json"}, b"{}")
    check(st == 405, "POST is refused (405)")
    st, _, e = s.request("GET", "/api/stories", {"Content-Length": "5"}, b"hello")
    check(st == 413, "a request body is refused (413)")
    st, h, body = s.request("HEAD", "/")
    check(st == 200 and body == b"" and "content-security-policy" in h, "HEAD / has headers, a CSP and no body")
    st, h, body = s.request("GET", "/")
    check(st == 200 and b"<script src=\"/app.js\"></script>" in body and b"http" not in body.replace(b"http-equiv", b""),
          "the page loads its script from the server only")
    for p in ("/app.js", "/app.css"):
        st, h, body = s.request("GET", p)
        check(st == 200 and len(body) > 1000 and h.get("x-content-type-options") == "nosniff", "GET %s" % p)
    # A huge header is refused, the server keeps serving.
    try:
        st, _, _ = s.request("GET", "/api/stories", {"X-Big": "x" * 60000})
    except (ConnectionError, http.client.HTTPException, OSError):
        st = 0
    st2, _, _ = s.get_json("/api/status")
    check(st in (0, 400, 413, 414, 431) and st2 == 200, "an oversized header is refused and the server lives on")
    st, _, e = s.request("GET", "/api/articles/%FF%FE")
    check(st in (400, 404), "a path that is not UTF-8 is refused")
    rc = s.stop(signal.SIGINT)
    check(rc == 0 and any("stopped" in l for l in s.err), "SIGINT stops it cleanly (exit 0)")
    return 1 if failed else 0


def slow(parallax, db):
    """A slow client neither blocks others nor keeps its connection."""
    s = Server(parallax, db, "--timeout", "2", "--threads", "2")
    socks = []
    for _ in range(8):
        k = socket.create_connection((s.host, s.port))
        k.sendall(b"GET /api/stories HTTP/1.1\r\nHost: x\r\n")  # never finished
        socks.append(k)
    t = time.time()
    st, _, _ = s.get_json("/api/status")
    check(st == 200 and time.time() - t < 1.5, "unfinished requests do not block other clients")
    time.sleep(3.5)
    closed = 0
    for k in socks:
        k.settimeout(2)
        try:
            closed += k.recv(1) == b""
        except OSError:
            closed += 1
        k.close()
    check(closed == len(socks), "idle unfinished connections are closed after the timeout")
    rc = s.stop(signal.SIGTERM)
    check(rc == 0, "SIGTERM stops it cleanly (exit 0)")
    return 1 if failed else 0


def rate(parallax, db):
    s = Server(parallax, db, "--rate", "1", "--burst", "3")
    codes = [s.request("GET", "/api/status")[0] for _ in range(5)]
    check(codes[:3] == [200, 200, 200] and codes[3:] == [429, 429], "a client past its burst gets 429")
    time.sleep(1.2)
    check(s.request("GET", "/api/status")[0] == 200, "the bucket refills with time")
    s.stop()
    return 1 if failed else 0


def concurrent(parallax, db, feed):
    # Three readers in a tight loop are a load test, not abuse: no rate limit.
    s = Server(parallax, db, "--rate", "0")
    stop = threading.Event()
    stats = {"req": 0, "bad": [], "totals": []}

    def reader():
        while not stop.is_set():
            try:
                st, _, d = s.get_json("/api/stories?limit=20")
                stats["req"] += 1
                if st != 200:
                    stats["bad"].append(st)
                    continue
                stats["totals"].append(d["total"])
                for x in d["stories"][:3]:
                    st, _, rep = s.get_json("/api/stories/%d" % x["id"])
                    stats["req"] += 1
                    # A story may be merged between the list and the read.
                    if st not in (200, 301, 404) or (st == 200 and rep["stories"][0]["id"] != x["id"]):
                        stats["bad"].append(st)
                st, _, r = s.get_json("/api/search?q=fire")
                stats["req"] += 1
                if st != 200:
                    stats["bad"].append(st)
            except Exception as e:  # noqa: BLE001 - any failure is a finding
                stats["bad"].append(repr(e))

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    ing = subprocess.run([parallax, "ingest", "--db", db, "--batch", "40", feed],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    stop.set()
    for t in threads:
        t.join()
    check(ing.returncode == 0 and ing.stderr.strip().splitlines()[-1].startswith("added "),
          "ingest ran to the end while the server read")
    check(not stats["bad"] and stats["req"] > 20, "every read during the ingest succeeded")
    tot = stats["totals"]
    check(len(set(tot)) >= 2, "readers saw the story count grow batch by batch")
    st, _, d = s.get_json("/api/stories?limit=1")
    out = subprocess.run([parallax, "stories", "--db", db], capture_output=True, text=True).stdout
    check(st == 200 and d["total"] == len(out.splitlines()), "after the ingest the server sees every story")
    check(s.stop() == 0, "server stopped cleanly")
    if failed:
        print("requests %d, bad %s" % (stats["req"], stats["bad"][:5]))
    return 1 if failed else 0


def main():
    cmd = sys.argv[1]
    if cmd == "api":
        return api(sys.argv[2], sys.argv[3])
    if cmd == "slow":
        return slow(sys.argv[2], sys.argv[3])
    if cmd == "rate":
        return rate(sys.argv[2], sys.argv[3])
    if cmd == "concurrent":
        return concurrent(sys.argv[2], sys.argv[3], sys.argv[4])
    print("serve_check: unknown command " + cmd, file=sys.stderr)
    return 2


sys.exit(main())
