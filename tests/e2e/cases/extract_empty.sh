# An empty file is rejected with one line (exit 3 alone, 1 with others);
# so is a file of white space only, and an empty .jsonl.
. "$(pwd)/data/ingest/common.sh"
: > "$work/empty.txt"
printf '\n\n   \n' > "$work/blank.txt"
: > "$work/empty.jsonl"
run_extract "$work/empty.txt"
echo "alone: exit $rc"
run_extract "$work/empty.txt" "$work/blank.txt" "$work/empty.jsonl" "$ING/txt/flood-barrier.txt"
echo "with a good file: exit $rc, $(wc -l < "$work/out") articles"
show_err | sed "s#$work/##"
exit $rc
