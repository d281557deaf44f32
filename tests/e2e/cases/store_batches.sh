# Ingesting in two batches gives the stories of a one-shot report of the same
# articles: the bundled example (2 + 2 articles) and the gold set (every other
# article of each folder first, then the rest), each story checked field by
# field against `report -f json` of the two batches' folders in the same
# order (undated articles are processed in first-ingest order by the store,
# in input order by a report: docs/store.md).
set -e
t=$(mktemp -d)
split() { # SRC-DIR DEST: every other file of each folder into DEST/b1, DEST/b2
	python3 - "$1" "$2" <<'PY'
import os, shutil, sys
src, dest = sys.argv[1], sys.argv[2]
files = sorted(os.path.relpath(os.path.join(d, f), src)
               for d, _, fs in os.walk(src) for f in fs if f.endswith(".txt"))
for i, f in enumerate(files):
    for b in ("all", "b1" if i % 2 == 0 else "b2"):
        os.makedirs(os.path.join(dest, b, os.path.dirname(f)), exist_ok=True)
        shutil.copy(os.path.join(src, f), os.path.join(dest, b, f))
PY
}
check() { # NAME SRC
	split "$2" "$t/$1"
	db=$t/$1.db
	"$PARALLAX" ingest --db "$db" "$t/$1/b1" 2>&1
	"$PARALLAX" ingest --db "$db" "$t/$1/b2" 2>&1
	"$PARALLAX" report -f json "$t/$1/b1" "$t/$1/b2" > "$t/$1/one.json"
	"$PARALLAX" show --db "$db" -f json $("$PARALLAX" stories --db "$db" | cut -f1) > "$t/$1/shown.jsonl"
	python3 store_check.py same-stories "$t/$1/one.json" "$t/$1/shown.jsonl"
}
check example ../../examples/ferry-strike
check gold ../gold
