#!/bin/sh
# Replays each fuzz target's corpus (fuzz/corpus/NAME/) through its
# gcc-built replay binary (build/fuzz/replay_NAME).
dir=$1
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
for r in "$dir"/replay_*; do
	[ -x "$r" ] || continue
	name=${r##*/replay_}
	corpus="$root/fuzz/corpus/$name"
	[ -d "$corpus" ] || { echo "replay: no corpus for $name" >&2; status=1; continue; }
	if ! out=$(timeout 300 "$r" "$corpus" 2>&1); then
		echo "replay: $name failed" >&2
		echo "$out" | tail -20 >&2
		status=1
	else
		echo "replay $name: $out"
	fi
done
exit $status
