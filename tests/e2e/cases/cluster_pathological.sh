# Pathological input under a time limit: 3,000 articles that share a long
# boilerplate (one band key for all, so chain walks are capped) and one
# article of 500,000 words. Prints the number of dedup groups and of stories.
python3 - "$TMPDIR/path.jsonl" <<'PY' || exit 9
import json, random, sys
r = random.Random(1)
boiler = " ".join(["Subscribe to our newsletter for the latest local news and weather updates"] * 20)
with open(sys.argv[1], "w") as f:
    for i in range(3000):
        f.write(json.dumps({"id": "a%d" % i, "title": "Update %d" % i,
                            "text": boiler + " item %d %d" % (i, r.randrange(10 ** 6))}) + "\n")
    words = ["fire", "river", "council", "Dunmore", "Alder", "1,200"]
    f.write(json.dumps({"id": "huge", "title": "Huge",
                        "text": " ".join(r.choice(words) for _ in range(500000))}) + "\n")
PY
timeout 30 $PARALLAX dedup "$TMPDIR/path.jsonl" | wc -l | tr -d ' '
timeout 30 $PARALLAX cluster "$TMPDIR/path.jsonl" | python3 -c 'import json,sys; print(len({json.loads(l)["story"] for l in sys.stdin}))'
