#!/usr/bin/env bash
# The merge does not depend on input order: the same files and JSON lines in another order give
# the same timeline.json (but the JSONL line numbers in `path`) and the same graph.graphml.
source "$(dirname "$0")/lib.sh"
src="$KRONIK_SOURCE_DIR"
files=("$src"/examples/*.txt "$src"/examples/*.html "$src"/tests/data/merge/*.txt)
mkdir -p "$WORK/a" "$WORK/b"
# The example JSON lines forwards and backwards.
cp "$src/examples/news.jsonl" "$WORK/a/feed.jsonl"
tac "$src/examples/news.jsonl" > "$WORK/b/feed.jsonl"
"$KRONIK" build "${files[@]}" "$WORK/a/feed.jsonl" -o "$WORK/out1" -q --no-svg -j 2
reversed=()
for ((i = ${#files[@]} - 1; i >= 0; i--)); do reversed+=("${files[$i]}"); done
"$KRONIK" build "$WORK/b/feed.jsonl" "${reversed[@]}" -o "$WORK/out2" -q --no-svg -j 1
cmp "$WORK/out1/graph.graphml" "$WORK/out2/graph.graphml" || fail "graph.graphml depends on input order"
python3 - "$WORK/out1/timeline.json" "$WORK/out2/timeline.json" <<'PY' || fail "timeline.json depends on input order"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for t in (a, b):
    for d in t["documents"]:
        d.pop("path")
assert a == b, "timelines differ"
merged = [e for e in a["events"] if e["merge"]]
assert merged, "no merged event: the test reads nothing"
print("same timeline in both orders,", len(a["events"]), "events,", len(merged), "merged")
PY
echo ok
