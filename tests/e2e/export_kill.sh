#!/usr/bin/env bash
# The output folder is all or nothing: `kronik build` killed with SIGKILL at random moments of a
# large build always leaves one complete, parseable set in the folder, equal to the previous
# run's or the new run's; staging folders of killed runs do not pile up after a normal run.
# --no-store: every run replaces the set (the store's own kill test is store_kill.sh).
source "$(dirname "$0")/lib.sh"
gen="$KRONIK_SOURCE_DIR/bench/gen_corpus.py"

# Two corpora of a few hundred distinct small articles (identical copies would be skipped as
# duplicates), each a folder holding one JSONL feed.
mkdir -p "$WORK/old-in" "$WORK/new-in"
python3 "$gen" --out "$WORK/old-in/feed.jsonl" --articles 100 --seed 1
python3 "$gen" --out "$WORK/new-in/feed.jsonl" --articles 400 --seed 2

files="timeline.json graph.dot graph.graphml graph.svg .kronik-output"
"$KRONIK" build "$WORK/old-in" -o "$WORK/old" -q --no-store
start=$(date +%s%N)
"$KRONIK" build "$WORK/new-in" -o "$WORK/new" -q --no-store
run_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "a full build of the new corpus takes ${run_ms} ms"

same_set() {  # DIR REF: every output file of REF, byte for byte
  for f in $files; do cmp -s "$1/$f" "$2/$f" || return 1; done
}

check_folder() {  # DIR: parseable, and equal to the old or the new set
  local d=$1
  python3 -c "import json,sys,xml.dom.minidom; json.load(open(sys.argv[1])); xml.dom.minidom.parse(sys.argv[2])" \
    "$d/timeline.json" "$d/graph.graphml" || fail "timeline.json or graph.graphml does not parse"
  if same_set "$d" "$WORK/old"; then echo old; return; fi
  if same_set "$d" "$WORK/new"; then echo new; return; fi
  fail "$d holds a mixed or partial set"
}

RANDOM=42
seen_old=0
seen_new=0
out="$WORK/out"
for i in $(seq 1 12); do
  rm -rf "$out"
  cp -a "$WORK/old" "$out"
  # Mostly in the second half, where the outputs are written; some early kills too.
  if [ $((i % 4)) -eq 0 ]; then delay_ms=$(( RANDOM % (run_ms / 2 + 1) ))
  else delay_ms=$(( run_ms / 2 + RANDOM % (run_ms * 7 / 10 + 1) )); fi
  "$KRONIK" build "$WORK/new-in" -o "$out" -q --no-store 2>/dev/null &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  state=$(check_folder "$out")
  echo "kill $i after ${delay_ms} ms: $state set"
  [ "$state" = old ] && seen_old=$((seen_old + 1))
  [ "$state" = new ] && seen_new=$((seen_new + 1))
done
echo "old sets: $seen_old, new sets: $seen_new"

# A normal run after all those kills: the new set, and no staging folder left behind.
"$KRONIK" build "$WORK/new-in" -o "$out" -q --no-store
[ "$(check_folder "$out")" = new ] || fail "a normal run did not write the new set"
left=$(find "$WORK" -maxdepth 1 -name '.out.kronik-staging-*' | wc -l)
[ "$left" -eq 0 ] || fail "$left staging folders left after a normal run"
echo ok
