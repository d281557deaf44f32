# segment reads stdin without FILE or with '-': the article id is "stdin".
. "$(pwd)/data/text/common.sh"
"$PARALLAX" segment --json <"$TXT/body.txt" | head -n 1
"$PARALLAX" segment - <"$TXT/body.txt" >"$work/a"
"$PARALLAX" segment "$TXT/body.txt" >"$work/b"
cmp "$work/a" "$work/b" && echo "same sentences"
