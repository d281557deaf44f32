# A 50 MB single line (made here, not committed) is read, cleaned and
# segmented in seconds, not minutes; no headline is taken from it. The
# bound is on CPU time, so a loaded machine does not make it flaky, and it
# is loose enough for the sanitizer build: quadratic work would take hours.
. "$(pwd)/data/text/common.sh"
python3 - "$PARALLAX" "$work/big.txt" "$work/out" "$work/err" <<'PY'
import resource, subprocess, sys
exe, big, out, err = sys.argv[1:5]
s = b"The ferry strike entered its second day as talks stalled in Port Halden. "
n = 50 * 1000 * 1000
open(big, "wb").write((s * (n // len(s) + 1))[:n] + b"\n")
with open(out, "wb") as o, open(err, "ab") as e:
    rc = subprocess.run([exe, "clean", big], stdout=o, stderr=e, timeout=600).returncode
data = open(out, "rb").read()
print("clean: exit %d, %d bytes, %d lines" % (rc, len(data), data.count(b"\n")))
print("unchanged" if data == open(big, "rb").read() else "CHANGED")
with open(out, "wb") as o, open(err, "ab") as e:
    rc = subprocess.run([exe, "segment", big], stdout=o, stderr=e, timeout=600).returncode
data = open(out, "rb").read()
print("segment: exit %d, %d sentences" % (rc, data.count(b"\n")))
print(data[:data.index(b"\n")].decode())
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = ru.ru_utime + ru.ru_stime
print("in seconds" if cpu < 60 else "TOO SLOW: %.1f s of CPU" % cpu)
PY
rm -f "$work/big.txt" "$work/out"
show_err
