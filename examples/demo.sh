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

echo "A scraped article as stored (first lines):"
printf '\n$ head -n 8 %s/art-courier.txt\n' "$rel"
head -n 8 "$ex/art-courier.txt"
echo
echo "The main job: what the sources agree on, where they contradict each other,"
echo "what only one reports, with the evidence; copies folded; repairs listed."
show "$bin" report "$ex"
echo
echo "Also: parallax report -f html -o story.html $rel (one self-contained page),"
echo "-f json (schema version 1), -f markdown; parallax clean --removed $rel shows"
echo "what cleaning removed from each article."
