# The output (and the stderr lines) do not depend on the number of threads,
# for JSON Lines and for WARC.
. "$(pwd)/data/ingest/common.sh"
python3 - "$work/many.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(1, 2501):
        rec = {"title": f"Harbour report {i}",
               "text": f"DOCKTON — Harbour traffic report number {i}: {i % 17} ships arrived."}
        if i % 250 == 0:
            f.write("{broken line\n")
        f.write(json.dumps(rec) + "\n")
PY
run_extract -j 1 "$work/many.jsonl"
cp "$work/out" "$work/one.out"
cp "$work/err" "$work/one.err"
NOSCHEMA=1 run_extract -j 2 "$work/many.jsonl"
cmp -s "$work/out" "$work/one.out" && cmp -s "$work/err" "$work/one.err" && echo "same output with 1 and 2 threads"
NOSCHEMA=1 run_extract -j 7 "$work/many.jsonl"
cmp -s "$work/out" "$work/one.out" && cmp -s "$work/err" "$work/one.err" && echo "same output with 7 threads"
echo "$(wc -l < "$work/out") articles, $(wc -l < "$work/err") problems"
# WARC records are spread over threads too.
python3 "$ING/make_warc.py" "$work" || exit 99
cat "$work/crawl.warc" "$work/lying.warc" > "$work/both.warc"
NOSCHEMA=1 run_extract -j 1 "$work/both.warc"
cp "$work/out" "$work/w1.out"
cp "$work/err" "$work/w1.err"
NOSCHEMA=1 run_extract -j 2 "$work/both.warc"
cmp -s "$work/out" "$work/w1.out" && cmp -s "$work/err" "$work/w1.err" && echo "WARC: same output with 1 and 2 threads"
echo "WARC: $(wc -l < "$work/out") articles, $(wc -l < "$work/err") problems"
exit $rc
