#!/usr/bin/env bash
# Hostile cases that the command line handles: -j out of range, duplicate documents, an output
# folder inside an input folder. A check that finds the CLI short of them is reported as a TODO
# and the script exits 77 (skipped); KRONIK_HOSTILE_STRICT=1 turns the skips into failures.
source "$(dirname "$0")/../e2e/lib.sh"
gen="$(dirname "$0")/gen_hostile.py"
todos=()
todo() { echo "TODO(cli): $*" >&2; todos+=("$*"); }
in="$WORK/in"; mkdir -p "$in"
python3 "$gen" jsonl "$in/feed.jsonl" 100
summary() { python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['summary']; print(s['$2'])" "$1/timeline.json"; }

# -j out of range: a usage error (2), or every document analysed; never 1 of 100.
set +e
"$KRONIK" build "$in/feed.jsonl" -o "$WORK/j" -q --no-svg -j 1073741824 2>/dev/null; rc=$?
set -e
if [ $rc -ne 2 ] && [ "$(summary "$WORK/j" documents_read 2>/dev/null)" != 100 ]; then
  todo "-j 1073741824: exit $rc and not 100 documents read (range-check -j, e.g. 1..1024)"
fi

# Identical documents count as one source (DuplicateGuard), the copy named as a duplicate.
mkdir -p "$WORK/dup"
echo "Budi Santoso bertemu Siti Rahmawati di Jakarta pada 3 Maret 2024." > "$WORK/dup/a.txt"
cp "$WORK/dup/a.txt" "$WORK/dup/b.txt"
set +e
"$KRONIK" build "$WORK/dup" -o "$WORK/d" -q --no-svg 2> "$WORK/derr"; rc=$?
set -e
grep -q "same content as a.txt" "$WORK/derr" || todo "duplicate content not reported (call DuplicateGuard::check per document)"

# kronik build dir -o dir/out, three times: the same result (the output folder is not input).
mkdir -p "$WORK/self"
echo "Budi Santoso bertemu Siti Rahmawati di Jakarta pada 3 Maret 2024." > "$WORK/self/a.txt"
for i in 1 2 3; do
  set +e; "$KRONIK" build "$WORK/self" -o "$WORK/self/out" -q --no-svg 2>/dev/null; set -e
  cp "$WORK/self/out/timeline.json" "$WORK/run$i.json"
done
if [ ! -e "$WORK/self/out/.kronik-output" ]; then
  todo "the exporter writes no .kronik-output marker yet (export branch)"
elif ! cmp -s "$WORK/run1.json" "$WORK/run3.json"; then
  fail "kronik build dir -o dir/out is not idempotent although the marker exists"
fi

# Two runs into the same folder at once, or a run killed with -9: covered by test_output_set
# (the lock) and e2e export_kill (kill -9 at random points).

if [ ${#todos[@]} -gt 0 ]; then
  [ "${KRONIK_HOSTILE_STRICT:-0}" = 1 ] && fail "${#todos[@]} CLI TODOs"
  echo "skipped: ${#todos[@]} checks wait for the CLI rewrite"
  exit 77
fi
echo ok
