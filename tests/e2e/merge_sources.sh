#!/usr/bin/env bash
# Many sources, two languages: the seeds read together with English reports of the same two
# visits (tests/data/merge, written for this test), and an Indonesian seed and an English report
# of one meeting become one event. Duplicates: none (issue 13; the last one was an accusation
# whose reports name the West and one of its states: gazetteer group members, docs/merge.md).
# Skipped (77) without ../shared.
source "$(dirname "$0")/lib.sh"
SHARED=${KRONIK_SHARED_DIR:-$KRONIK_SOURCE_DIR/../shared}
if [ ! -d "$SHARED/seeds" ] || [ ! -f "$SHARED/eval/score.py" ]; then
  echo "skip: $SHARED/seeds or eval kit not found"; exit 77
fi
"$KRONIK" build "$SHARED/seeds" "$KRONIK_SOURCE_DIR/tests/data/merge" -o "$WORK/out" -q --no-svg
python3 "$SHARED/eval/score.py" "$SHARED/eval/seeds.gold.json" "$WORK/out/timeline.json" --json > "$WORK/score.json"
python3 - "$WORK/score.json" "$WORK/out/timeline.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["events"]
t = json.load(open(sys.argv[2]))
print("core F1", r["core_f1"], "duplicates", r["duplicates"], "source recall", r["source_recall"])
assert r["duplicates"] == 0, r["duplicates"]  # issue 13 target
assert r["core_f1"] >= 0.9 and r["source_recall"] >= 0.85, r
langs = {d["id"]: d["language"] for d in t["documents"]}
both = [e for e in t["events"] if {langs[s["document"]] for s in e["sources"]} == {"id", "en"}]
assert both, "no event with Indonesian and English sources"
kinds = {e["cameo"][:2] for e in both}
assert "04" in kinds, kinds
print(len(both), "events with Indonesian and English sources")
PY
echo ok
