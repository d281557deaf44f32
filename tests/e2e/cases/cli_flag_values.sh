# A long option that takes no value, given one (`--explain=yes`), is a usage
# error (exit 2, 'takes no value'); it used to become the flag plus an INPUT
# named 'yes'. The flags are read from every command's --help (an option
# line without a VALUE after the name), so a new flag is checked too.
python3 - "$PARALLAX" <<'PY'
import re, subprocess, sys
exe = sys.argv[1]
top = subprocess.run([exe, "--help"], capture_output=True, text=True).stdout
cmds = re.findall(r"^  ([a-z]+) ", top.split("commands:")[1], re.M)
checked = 0
for c in cmds:
    h = subprocess.run([exe, c, "--help"], capture_output=True, text=True).stdout
    for line in h.splitlines():
        m = re.match(r"\s{2,}(?:-[a-zA-Z], )?(--[a-z][a-z-]*)( [A-Z]+)?", line)
        if not m or m.group(1) == "--help":
            continue
        opt, valued = m.group(1), m.group(2) is not None
        if valued:
            continue
        r = subprocess.run([exe, c, opt + "=yes", "no-such-input"], capture_output=True, text=True)
        first = r.stderr.splitlines()[0] if r.stderr else ""
        ok = r.returncode == 2 and first == f"parallax {c}: {opt} takes no value"
        print(f"{c} {opt}=yes: exit {r.returncode}" + ("" if ok else f" ({first})"))
        checked += 1
print(f"{checked} flags checked")
PY
