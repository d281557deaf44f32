# Ingesting in two batches gives the stories of a one-shot report of the same
# articles: the bundled example (2 + 2 articles) and the gold set (every other
# article of each folder first, then the rest), each story checked field by
# field against `report -f json` of the two batches' folders in the same
# order (undated articles are processed in first-ingest order by the store,
# in input order by a report: docs/store.md).
set -e
t=$(mktemp -d)
split() { # SRC-DIR DEST: every other file of each folder into DEST/b1, DEST/b2
	i=0
	for f in $(cd "$1" && find . -name '*.txt' | sort); do
		d=$(dirname "$f")
		for b in all $([ $((i % 2)) = 0 ] && echo b1 || echo b2); do
			mkdir -p "$2/$b/$d" && cp "$1/$f" "$2/$b/$d/"
		done
		i=$((i + 1))
	done
}
check() { # NAME SRC
	split "$2" "$t/$1"
	db=$t/$1.db
	"$PARALLAX" ingest --db "$db" "$t/$1/b1" 2>&1
	"$PARALLAX" ingest --db "$db" "$t/$1/b2" 2>&1
	"$PARALLAX" report -f json "$t/$1/b1" "$t/$1/b2" > "$t/$1/one.json"
	for id in $("$PARALLAX" stories --db "$db" | cut -f1); do
		"$PARALLAX" show --db "$db" -f json "$id"
	done > "$t/$1/shown.jsonl"
	python3 store_check.py same-stories "$t/$1/one.json" "$t/$1/shown.jsonl"
}
check example ../../examples/ferry-strike
check gold ../gold
