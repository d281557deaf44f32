# --raw: the repaired input exactly, nothing removed (metadata, captions
# and ads stay), entities and mojibake repaired; without repairs needed the
# output is byte-identical to the input.
. "$(pwd)/data/text/common.sh"
run clean --raw "$TXT/scraped.txt"
cat "$work/out"
echo "--- exit $rc"
run clean --raw "$TXT/body.txt"
cmp "$work/out" "$TXT/body.txt" && echo "body.txt: byte-identical"
run clean --raw "$EX/art-courier.txt"
grep -c 'don’t' "$work/out"
grep -c 'Photographer: Mila Varga' "$work/out"
show_err
exit $rc
