# Every command listed by `parallax --help` has a --help (exit 0, on
# stdout) and an entry in docs/cli.md, and every option its --help lists
# is named in that entry and in the generated man page; every option the
# entry names is one the command knows. Prints the mismatches, if any.
cd ../.. || exit 1
python3 tools/make_man.py > "$TMPDIR/parallax.1" || exit 1
python3 - "$PARALLAX" "$TMPDIR/parallax.1" <<'PY'
import re, subprocess, sys
exe, man = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
top = subprocess.run([exe, "--help"], capture_output=True, text=True)
cmds = re.findall(r"^  ([a-z]+) ", top.stdout.split("commands:")[1], re.M)
doc = open("docs/cli.md", encoding="utf-8").read()
sections = re.split(r"\n(?=`[a-z]+`)", doc.split("## COMMANDS")[1].split("\n## ")[0])
entry = {re.match(r"`([a-z]+)`", s).group(1): s for s in sections if re.match(r"`[a-z]+`", s)}
# The man page's text with roff escapes undone, split per command the same way.
plain = re.sub(r"\\f[BIR]", "", man).replace("\\-", "-").replace("\\e", "\\")
man_cmds = plain.split(".SH COMMANDS")[1].split(".SH ")[0]
man_entry = {}
for block in man_cmds.split(".TP\n")[1:]:
    man_entry[block.split()[0]] = block
problems = []
opt = re.compile(r"(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])(?![\w-])")
for c in cmds:
    h = subprocess.run([exe, c, "--help"], capture_output=True, text=True)
    if h.returncode != 0 or not h.stdout.startswith("usage: parallax " + c):
        problems.append(f"{c}: --help exits {h.returncode} or prints no usage line")
        continue
    # Options: the first token(s) of each indented option line, and the usage line.
    helped = set()
    for line in h.stdout.splitlines():
        m = re.match(r"\s{2,}((?:-[a-zA-Z], )?--?[a-z][a-z-]*)", line)
        if m:
            helped.update(opt.findall(m.group(1)))
    usage = h.stdout.split("\n\n")[0]
    helped.update(o for o in opt.findall(usage))
    helped -= {"-h", "--help"}
    if c not in entry:
        problems.append(f"{c}: no entry in docs/cli.md")
        continue
    documented = set(opt.findall(entry[c]))
    for o in sorted(helped - documented):
        problems.append(f"{c}: {o} is in --help but not in docs/cli.md")
    for o in sorted(documented - helped):
        problems.append(f"{c}: {o} is in docs/cli.md but not in --help")
    for o in sorted(helped - set(opt.findall(man_entry.get(c, "")))):
        problems.append(f"{c}: {o} is not in the man page")
print(f"{len(cmds)} commands checked")
for p in problems:
    print(p)
PY
