#!/usr/bin/env bash
# Command 1's job: kronik on examples/ writes four valid outputs with events in them.
source "$(dirname "$0")/lib.sh"
"$KRONIK" build "$KRONIK_SOURCE_DIR/examples" -o "$WORK/out" -q
check_outputs "$WORK/out"
python3 - "$WORK/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
assert t["summary"]["documents_read"] >= 4, t["summary"]
assert t["summary"]["documents_skipped"] == 0, t["summary"]
assert len(t["events"]) >= 4, len(t["events"])
langs = {d["language"] for d in t["documents"]}
assert langs == {"id", "en"}, langs
for e in t["events"]:
    for ev in e["evidence"]:
        assert ev["text"] and ev["document"], e
print("examples:", len(t["documents"]), "documents,", len(t["entities"]), "entities,", len(t["events"]), "events")
PY
