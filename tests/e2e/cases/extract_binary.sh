# Binary junk named .html is rejected with one line, whatever its name;
# alone it means nothing could be processed (exit 3); beside a good file
# the run goes on (exit 1).
. "$(pwd)/data/ingest/common.sh"
python3 -c 'import random,sys; r=random.Random(7); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(5000)))' > "$work/junk.html"
run_extract "$work/junk.html"
echo "alone: exit $rc, $(wc -l < "$work/out") articles"
show_err | sed "s#$work/##"
run_extract "$work/junk.html" "$ING/page.html"
echo "with a good page: exit $rc, $(wc -l < "$work/out") articles"
show_err | sed "s#$work/##"
exit $rc
