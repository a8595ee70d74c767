#!/usr/bin/env bash
# Eight articles written for the project (tests/data/eval/articles/, five Indonesian, three English)
# through kronik, scored against tests/data/eval/own.gold.json by ../shared/eval/score.py.
# A second, independent gold set guards against rules that only fit the seeds. Skipped (77) when the
# scorer is absent.
source "$(dirname "$0")/lib.sh"
SHARED=${KRONIK_SHARED_DIR:-$KRONIK_SOURCE_DIR/../shared}
SCORE="$SHARED/eval/score.py"
EVAL="$KRONIK_SOURCE_DIR/tests/data/eval"
if [ ! -f "$SCORE" ]; then
  echo "skip: $SCORE not found"; exit 77
fi
"$KRONIK" build "$EVAL/articles" -o "$WORK/out" -q
check_outputs "$WORK/out"
python3 "$SCORE" "$EVAL/own.gold.json" "$WORK/out/timeline.json" --verbose
# Regression floor: set a little under the figures reached when the set was written. Core F1 was
# 0.87 with the greedy English parser and is 0.83 with the beam parser (issue 10): the invitation
# of en3 now gets its real target and, coded 040 as PETRARCH codes "invite", merges into the
# hosting event of the same day and parties (one system event for two gold events); docs/syntax.md.
# Since a pledge and a statement of one speaker on one day merge (issue 13, docs/merge.md) it is 0.89.
python3 "$SCORE" "$EVAL/own.gold.json" "$WORK/out/timeline.json" \
  --min-core-f1 0.85 --min-entity-recall 0.9 --min-date-acc 0.65 --min-dct-acc 1.0 --min-source-recall 0.82
