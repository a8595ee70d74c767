#!/usr/bin/env bash
# kill -9 during an incremental build leaves the previous outputs byte for byte and a sound store
# (PRAGMA integrity_check) holding whole batches only; the next run finishes the job and writes
# what an uninterrupted run writes.
source "$(dirname "$0")/lib.sh"
gen="$KRONIK_SOURCE_DIR/bench/gen_corpus.py"
opts=(--no-svg -q -j 2 --latest-year 2025)
files="timeline.json graph.dot graph.graphml .kronik-output"

mkdir -p "$WORK/old-in" "$WORK/new-in"
python3 "$gen" --out "$WORK/old-in/old.jsonl" --articles 100 --seed 1
python3 "$gen" --out "$WORK/new-in/new.jsonl" --articles 600 --seed 2
"$KRONIK" build "$WORK/old-in" -o "$WORK/out" "${opts[@]}"
mkdir -p "$WORK/ref" && for f in $files; do cp "$WORK/out/$f" "$WORK/ref/"; done

# An uninterrupted run on a copy: how long it takes, and what it writes.
cp -a "$WORK/out" "$WORK/done"
start=$(date +%s%N)
"$KRONIK" build "$WORK/new-in" -o "$WORK/done" "${opts[@]}"
run_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "an uninterrupted incremental run takes ${run_ms} ms"

store_check() {  # DB: integrity and document count
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check failed"
n = db.execute("SELECT count(*) FROM documents").fetchone()[0]
assert n >= 100, f"only {n} documents: committed batches were lost"
print(n)
PY
}

for pct in 15 35 55; do
  delay_ms=$(( run_ms * pct / 100 ))
  "$KRONIK" build "$WORK/new-in" -o "$WORK/out" "${opts[@]}" 2>/dev/null &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  docs=$(store_check "$WORK/out/kronik.db") || fail "store unsound after a kill at ${delay_ms} ms"
  for f in $files; do
    cmp -s "$WORK/out/$f" "$WORK/ref/$f" || cmp -s "$WORK/out/$f" "$WORK/done/$f" \
      || fail "$f is neither the previous nor the new output after a kill at ${delay_ms} ms"
  done
  echo "kill after ${delay_ms} ms: outputs intact, store sound with $docs documents"
done

"$KRONIK" build "$WORK/new-in" -o "$WORK/out" "${opts[@]}"
for f in $files; do cmp -s "$WORK/out/$f" "$WORK/done/$f" || fail "$f after the runs that were killed differs"; done
echo ok
