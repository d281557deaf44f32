#!/bin/sh
# `make demo`: runs parallax on the bundled example, examples/ferry-strike/:
# four fictional outlets covering one fictional ferry strike, stored the way
# scrapes arrive (mojibake, HTML entities, a leading "date" line with a
# leaked photo caption and credit, advertisement, read-more, share and
# sign-up lines, bylines, datelines). Two outlets say "more than 500" crew
# members walked out, one says "400"; the "400 sailings" in another is a
# different thing.
bin=${1:-build/parallax}
here=$(cd "$(dirname "$0")" && pwd)
ex=$here/ferry-strike
rel=examples/ferry-strike

# Print a command as a user would type it, then run it.
show() {
	shift
	printf '\n$ parallax %s\n' "$*" | sed "s|$here|examples|g"
	"$bin" "$@"
}

echo "== parallax clean: repaired and cleaned article text =="
echo "A scraped article as stored (first lines):"
printf '\n$ head -n 8 %s/art-courier.txt\n' "$rel"
head -n 8 "$ex/art-courier.txt"
show "$bin" clean "$ex/art-courier.txt"
show "$bin" clean "$ex/art-ledger.txt"
echo
echo "What cleaning found and removed in each article:"
show "$bin" clean --removed "$ex"
