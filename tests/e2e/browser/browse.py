#!/usr/bin/env python3
"""Browser test of the `parallax serve` page, in headless Chromium driven
through the DevTools protocol over a pipe (--remote-debugging-pipe: JSON
messages ending in a NUL byte on file descriptors 3 and 4). Standard library
only.

usage: browse.py URL OUTDIR [CHROMIUM]

Opens the page, checks the story list, clicks (real mouse events) into the
story with the most conflicts, checks that a conflict is highlighted in an
article's text and visible on screen, clicks a conflict's evidence button and
checks the page jumped to that highlight, searches, checks that markup in
article text stayed text (no script ran, no element was made), and saves
screenshots in OUTDIR. Prints one line per check; exits 1 when one fails, 77
when Chromium is not installed.
"""
import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--mute-audio", "--hide-scrollbars", "--window-size=1400,1000",
         "--remote-debugging-pipe"]


class Browser:
    def __init__(self, exe, profile):
        to_r, self.to_w = os.pipe()
        self.from_r, from_w = os.pipe()

        def child():
            # Chromium reads fd 3 and writes fd 4. Move both ends out of
            # the way first, so one dup2 cannot overwrite the other.
            r = fcntl.fcntl(to_r, fcntl.F_DUPFD, 10)
            w = fcntl.fcntl(from_w, fcntl.F_DUPFD, 10)
            os.dup2(r, 3)
            os.dup2(w, 4)
            os.close(r)
            os.close(w)

        self.p = subprocess.Popen([exe, *FLAGS, "--user-data-dir=" + profile, "about:blank"],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, preexec_fn=child, pass_fds=(3, 4))
        os.close(to_r)
        os.close(from_w)
        self.buf = b""
        self.next_id = 0
        self.session = None
        self.events = []

    def _read_msg(self, deadline):
        while b"\0" not in self.buf:
            if time.time() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_r, 65536)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        m = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            m["sessionId"] = self.session
        os.write(self.to_w, json.dumps(m).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            r = self._read_msg(deadline)
            if r.get("id") == self.next_id:
                if "error" in r:
                    raise RuntimeError("%s: %s" % (method, r["error"]))
                return r.get("result", {})
            self.events.append(r)

    def attach(self):
        t = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        a = self.call("Target.attachToTarget", {"targetId": t["targetId"], "flatten": True}, session=False)
        self.session = a["sessionId"]
        self.call("Page.enable")
        self.call("Runtime.enable")

    def js(self, expr):
        r = self.call("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in r:
            raise RuntimeError("script error: %s" % r["exceptionDetails"].get("text"))
        return r["result"].get("value")

    def wait(self, expr, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            v = self.js(expr)
            if v:
                return v
            time.sleep(0.1)
        return None

    def click(self, selector):
        """A real click: mouse events at the middle of the element."""
        r = self.js("(() => { const e = document.querySelector(%s); if (!e) return null;"
                    " e.scrollIntoView({block: 'center'}); const b = e.getBoundingClientRect();"
                    " return [b.x + b.width / 2, b.y + b.height / 2]; })()" % json.dumps(selector))
        if not r:
            return False
        for t in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": t, "x": r[0], "y": r[1], "button": "left",
                                                   "clickCount": 1})
        return True

    def screenshot(self, path):
        d = self.call("Page.captureScreenshot", {"format": "png"})
        with open(path, "wb") as f:
            f.write(base64.b64decode(d["data"]))

    def close(self):
        try:
            self.call("Browser.close", session=False, timeout=5)
        except Exception:  # noqa: BLE001 - closing anyway
            pass
        try:
            self.p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()


def find_chromium(arg):
    for c in ([arg] if arg else []) + ["/usr/lib/chromium/chromium", shutil.which("chromium") or "",
                                       shutil.which("chromium-browser") or ""]:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


VISIBLE = """(() => {
  const m = document.querySelector(%s);
  if (!m) return 'missing';
  m.scrollIntoView({block: 'center', inline: 'center'});
  /* An inline mark may wrap: test the middle of its first line box. */
  const b = m.getClientRects()[0];
  if (!b || b.width < 1 || b.height < 1) return 'no size';
  if (b.top < 0 || b.bottom > innerHeight || b.left < 0 || b.right > innerWidth) return 'off screen';
  const bg = getComputedStyle(m).backgroundColor;
  if (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') return 'no highlight colour';
  const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
  if (!hit || !(hit === m || m.contains(hit))) return 'covered or off screen';
  return 'visible ' + bg;
})()"""


def main():
    url, outdir = sys.argv[1], sys.argv[2]
    exe = find_chromium(sys.argv[3] if len(sys.argv) > 3 else None)
    if exe is None:
        print("chromium is not installed (make deps installs Debian's chromium)")
        return 77
    os.makedirs(outdir, exist_ok=True)
    failed = []

    def check(ok, what):
        print(("ok: " if ok else "FAIL: ") + what)
        if not ok:
            failed.append(what)

    profile = tempfile.mkdtemp(prefix="px-chromium-")
    b = Browser(exe, profile)
    try:
        b.attach()
        b.call("Page.navigate", {"url": url})
        n = b.wait("document.querySelectorAll('#story-list a').length")
        check(bool(n), "the page lists the stories (%s)" % n)
        best = b.js("""fetch('/api/stories').then(r => r.json()).then(d =>
            d.stories.slice().sort((a, b) => b.conflicts - a.conflicts || a.id - b.id)[0])""")
        check(best is not None and best["conflicts"] > 0, "a story has conflicts")
        if not best:
            return 1
        check(b.click('#story-list a[data-story="%d"]' % best["id"]), "click into story %d" % best["id"])
        ok = b.wait("location.hash === '#/story/%d' && document.querySelectorAll('.source mark.conflict').length"
                    % best["id"])
        check(bool(ok), "the story opens with conflicts highlighted in the sources (%s marks)" % ok)
        cards = b.js("document.querySelectorAll('.conflict-card').length")
        check(cards == best["conflicts"], "one card per conflict (%s)" % cards)
        v = b.js(VISIBLE % json.dumps(".source mark.conflict"))
        check(str(v).startswith("visible"), "a conflict highlight is visible on screen: %s" % v)
        b.screenshot(os.path.join(outdir, "story.png"))
        target = b.js("document.querySelector('.conflict-card .evidence-link').dataset.target")
        b.js("document.getElementById('view').scrollTop = 0")
        check(b.click(".conflict-card .evidence-link"), "click a conflict's evidence")
        jumped = b.wait("""(() => { const t = document.getElementById(%s); if (!t) return false;
            const m = t.closest('mark'); const b = m.getBoundingClientRect();
            return m.classList.contains('flash') && b.top >= 0 && b.bottom <= innerHeight; })()"""
                        % json.dumps(target), timeout=10)
        check(bool(jumped), "the page jumped to that evidence in its article (%s)" % target)
        v = b.js(VISIBLE % json.dumps("#" + target))
        check(str(v).startswith("visible"), "the evidence is highlighted in place: %s" % v)
        b.screenshot(os.path.join(outdir, "evidence.png"))
        b.js("document.getElementById('q').value = 'ferry crews'")
        b.click("#search-form button")
        hits = b.wait("document.querySelectorAll('.hit').length && document.querySelectorAll('.hit mark').length")
        check(bool(hits), "search shows hits with the matched words marked")
        b.screenshot(os.path.join(outdir, "search.png"))
        probe = b.js("""(async () => {
            const a = await fetch('/api/articles/probe-1').then(r => r.json());
            location.hash = '#/story/' + a.story;
            await new Promise(r => setTimeout(r, 1500));
            return {title: document.title, pwned: window.pwned || null,
                    imgs: document.querySelectorAll('img, script:not([src])').length,
                    shown: document.body.textContent.includes('onerror=')};
        })()""")
        check(probe["title"] == "parallax" and probe["pwned"] is None and probe["imgs"] == 0 and probe["shown"],
              "markup in article text is shown as text and never runs (%s)" % probe)
    except Exception as e:  # noqa: BLE001 - report and fail
        check(False, "browser session: %r" % e)
    finally:
        b.close()
        shutil.rmtree(profile, ignore_errors=True)
    print("screenshots in " + outdir)
    return 1 if failed else 0


sys.exit(main())
