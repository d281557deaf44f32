#!/bin/sh
# `make demo`: runs the newest stage of the pipeline on the bundled example
# (three fictional outlets covering one ferry strike, with real-world damage:
# mojibake, a leaked photo caption and credit line, advertisement debris).
bin=${1:-build/parallax}
here=$(cd "$(dirname "$0")" && pwd)
echo "== parallax clean: repaired and cleaned text ==" >&2
for f in "$here"/ferry-strike/*.txt; do
	echo "--- $(basename "$f")"
	"$bin" clean "$f"
done
echo
echo "== parallax segment --json (first sentences) ==" >&2
"$bin" segment --json "$here"/ferry-strike | head -8
