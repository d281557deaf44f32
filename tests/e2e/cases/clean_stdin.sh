# Standard input: without FILE and with '-', the same output; an article read
# from stdin has the id "stdin" (no header for a single input).
. "$(pwd)/data/text/common.sh"
"$PARALLAX" clean <"$EX/art-ledger.txt" >"$work/a" || exit 99
"$PARALLAX" clean - <"$EX/art-ledger.txt" >"$work/b" || exit 99
"$PARALLAX" clean "$EX/art-ledger.txt" >"$work/c" || exit 99
cmp "$work/a" "$work/b" && cmp "$work/a" "$work/c" && echo "same output"
head -n 1 "$work/a"
"$PARALLAX" clean "$EX/art-coastline.txt" - <"$EX/art-ledger.txt" | grep '^==>'
