#!/usr/bin/env bash
# The development set (../shared/eval/dev: 18 real articles on stories kronik was not shaped on)
# fed as a crawler hands articles over, JSON Lines {id, url, text}, and scored by
# ../shared/eval/score.py. Skipped (77) when ../shared is absent. The floors sit a little below
# the figures of docs/quality.md, so that a change which loses events on unseen news fails here.
source "$(dirname "$0")/lib.sh"
SHARED=${KRONIK_SHARED_DIR:-$KRONIK_SOURCE_DIR/../shared}
DEV=$SHARED/eval/dev
if [ ! -f "$DEV/manifest.json" ] || [ ! -f "$DEV/dev.gold.json" ] || [ ! -f "$SHARED/eval/score.py" ]; then
  echo "skip: $DEV or the eval kit not found"; exit 77
fi
python3 - "$DEV" "$WORK/dev.jsonl" <<'PY'
import json, os, sys
dev, out = sys.argv[1:3]
with open(out, "w", encoding="utf-8") as f:
    for m in json.load(open(os.path.join(dev, "manifest.json"), encoding="utf-8")):
        text = open(os.path.join(dev, "texts", m["file"]), encoding="utf-8").read()
        f.write(json.dumps({"id": m["file"], "url": m.get("url", ""), "text": text}, ensure_ascii=False) + "\n")
PY
"$KRONIK" build "$WORK/dev.jsonl" -o "$WORK/out" -q --no-store --no-svg
python3 "$SHARED/eval/score.py" "$DEV/dev.gold.json" "$WORK/out/timeline.json" --verbose
python3 "$SHARED/eval/score.py" "$DEV/dev.gold.json" "$WORK/out/timeline.json" \
  --min-core-f1 0.86 --min-date-acc 0.92 --min-entity-recall 0.95 --min-dct-acc 0.90 --min-source-recall 0.87
python3 "$SHARED/eval/score.py" "$DEV/dev.gold.json" "$WORK/out/timeline.json" --json > "$WORK/score.json"
python3 - "$WORK/score.json" <<'PY' || fail "dev event precision or duplicates below the floor"
import json, sys
e = json.load(open(sys.argv[1]))["events"]
print(f"event precision {e['precision']:.2f} (floor 0.95), duplicates {e['duplicates']} (ceiling 1)")
sys.exit(0 if e["precision"] >= 0.95 and e["duplicates"] <= 1 else 1)
PY
