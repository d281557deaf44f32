# A truncated .jsonl.gz / .jsonl.zst keeps every whole line decoded before
# the damage and drops the partial one with one message (exit 1); a
# truncated single-article .txt.gz is dropped whole (exit 3 when alone).
. "$(pwd)/data/ingest/common.sh"
python3 - "$work/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(1, 3001):
        f.write(json.dumps({"id": f"wire-{i}", "title": f"Harbour report {i}",
                            "text": f"DOCKTON — Harbour traffic report number {i}: "
                                    f"{i % 17} ships arrived and {i % 13} left on time."}) + "\n")
PY
gzip -c "$work/big.jsonl" | head -c 20000 > "$work/cut.jsonl.gz"
zstd -q -c "$work/big.jsonl" | head -c 9000 > "$work/cut.jsonl.zst"
run_extract "$work/cut.jsonl.gz"
echo "gz: exit $rc, $(wc -l < "$work/out") articles, last $(tail -n 1 "$work/out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
grep -c 'wire-' "$work/out" >/dev/null
# Every article kept is whole: ids run 1..N without a gap.
python3 -c 'import json,sys; ids=[int(json.loads(l)["id"].split("-")[1]) for l in open(sys.argv[1])]; print("gz: consecutive" if ids==list(range(1,len(ids)+1)) else "GAP")' "$work/out"
show_err | sed "s#$work/##; s#:[0-9]*: truncated#:N: truncated#"
run_extract "$work/cut.jsonl.zst"
python3 -c 'import json,sys; ids=[int(json.loads(l)["id"].split("-")[1]) for l in open(sys.argv[1])]; print("zst: exit", sys.argv[2], "consecutive" if ids==list(range(1,len(ids)+1)) and 10 < len(ids) < 3000 else "WRONG")' "$work/out" "$rc"
show_err | sed "s#$work/##; s#:[0-9]*: truncated#:N: truncated#"
gzip -c "$ING/txt/flood-barrier.txt" | head -c 150 > "$work/cut.txt.gz"
run_extract "$work/cut.txt.gz"
echo "txt.gz: exit $rc, $(wc -l < "$work/out") articles"
show_err | sed "s#$work/##"
exit $rc
