#!/usr/bin/env bash
# The seeds through kronik, scored by ../shared/eval/score.py. Skipped (77) when ../shared is absent.
source "$(dirname "$0")/lib.sh"
SHARED=${KRONIK_SHARED_DIR:-$KRONIK_SOURCE_DIR/../shared}
if [ ! -d "$SHARED/seeds" ] || [ ! -f "$SHARED/eval/score.py" ]; then
  echo "skip: $SHARED/seeds or eval kit not found"; exit 77
fi
"$KRONIK" build "$SHARED/seeds" -o "$WORK/out" -q
check_outputs "$WORK/out"
python3 "$SHARED/eval/score.py" "$SHARED/eval/seeds.gold.json" "$WORK/out/timeline.json" --verbose
# Regression floor: the figures the issues ask for (see docs/quality.md for the current ones).
python3 "$SHARED/eval/score.py" "$SHARED/eval/seeds.gold.json" "$WORK/out/timeline.json" \
  --min-core-f1 0.85 --min-date-acc 0.8 --min-entity-recall 0.95 --min-dct-acc 1.0 --min-source-recall 0.7
