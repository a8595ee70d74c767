#!/usr/bin/env bash
# kronik explain EVENT_ID OUT_DIR: why the reports of a merged event are one happening.
source "$(dirname "$0")/lib.sh"
"$KRONIK" build "$KRONIK_SOURCE_DIR/tests/data/merge" -o "$WORK/out" -q --no-svg
id=$(python3 -c "
import json, sys
t = json.load(open(sys.argv[1]))
print(max(t['events'], key=lambda e: (len(e['merge']), e['id']))['id'])" "$WORK/out/timeline.json")
"$KRONIK" explain "$id" "$WORK/out" > "$WORK/explain.txt" || fail "explain failed"
cat "$WORK/explain.txt"
grep -q "^event $id" "$WORK/explain.txt" || fail "no event header"
grep -q "joined with" "$WORK/explain.txt" || fail "no merge link"
grep -q "because: shared parties" "$WORK/explain.txt" || fail "no reason"
grep -q "source: en_" "$WORK/explain.txt" || fail "no source"
set +e
"$KRONIK" explain ev_nonexistent "$WORK/out" 2> "$WORK/err.txt"; rc=$?
[ $rc -eq 2 ] || fail "unknown event: exit $rc, want 2"
grep -q "no event 'ev_nonexistent'" "$WORK/err.txt" || fail "unknown event not named"
"$KRONIK" explain "$id" "$WORK/nowhere" 2> /dev/null; rc=$?
[ $rc -eq 3 ] || fail "missing folder: exit $rc, want 3"
echo ok
