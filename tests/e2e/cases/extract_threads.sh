# The output does not depend on the number of threads.
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
exit $rc
