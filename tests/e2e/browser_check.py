#!/usr/bin/env python3
"""Opens a parallax HTML report in headless Chromium, saves a screenshot and
checks that the conflict highlight is visible: the screenshot must hold a
patch of the conflict colour (#f8d7da) and of its underline (#d63638).

usage: browser_check.py PAGE.html SCREENSHOT.png
Exit 0 when the highlight is seen, 1 when not, 77 when Chromium is absent.
Standard library only (the PNG is decoded with zlib).
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1100,1400"]


def png_pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, ctype = 8, b"", 0, 0, 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and ctype in (2, 6), "unsupported PNG"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    bpp = 4 if ctype == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytes(stride)
    rows = []
    for y in range(height):
        f = raw[y * (stride + 1)]
        cur = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        if f == 0:
            line = bytes(cur)
        elif f == 2:
            line = bytes((x + p) & 255 for x, p in zip(cur, prev))
        else:
            out = bytearray(cur)
            for i in range(stride):
                a = out[i - bpp] if i >= bpp else 0
                if f == 1:
                    out[i] = (out[i] + a) & 255
                    continue
                b = prev[i]
                if f == 3:
                    out[i] = (out[i] + ((a + b) >> 1)) & 255
                    continue
                c = prev[i - bpp] if i >= bpp else 0
                pp = a + b - c
                pa, pb, pc = abs(pp - a), abs(pp - b), abs(pp - c)
                out[i] = (out[i] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 255
            line = bytes(out)
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def count(rows, bpp, rgb):
    """pixels of exactly that colour (the page uses flat colours)"""
    n = 0
    key = bytes(rgb)
    for line in rows:
        start = line.find(key)
        while start >= 0:
            if start % bpp == 0:
                n += 1
            start = line.find(key, start + 1)
    return n


def main():
    page, shot = os.path.abspath(sys.argv[1]), sys.argv[2]
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        print("browser_check: chromium not installed; skipped", file=sys.stderr)
        return 77
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe] + FLAGS + ["--user-data-dir=" + profile, "--screenshot=" + shot,
                        "file://" + page], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=90, check=False)
    if not os.path.isfile(shot):
        print("browser_check: no screenshot", file=sys.stderr)
        return 1
    w, h, bpp, rows = png_pixels(shot)
    fill = count(rows, bpp, (0xf8, 0xd7, 0xda))
    line = count(rows, bpp, (0xd6, 0x36, 0x38))
    if fill < 2000 or line < 200:
        print(f"browser_check: conflict highlight not visible (fill {fill} px, underline {line} px)",
              file=sys.stderr)
        return 1
    print("conflict highlight visible")
    return 0


if __name__ == "__main__":
    sys.exit(main())
