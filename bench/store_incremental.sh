#!/usr/bin/env bash
# Incremental update bench (issue 14): add NEW articles to a store of BASE articles, against a
# full rebuild of all BASE+NEW, in one run (ratios within one run; bench/README.md "Incremental").
#
#   bench/store_incremental.sh [--build DIR] [--work DIR] [--base N] [--new N] [--threads J]
#                              [--corpus synthetic|realistic]
#
# --corpus realistic takes the articles from bench/gen_realistic.py (real articles varied, seed
# 14) instead of bench/gen_corpus.py's templates.
#
# Prints one markdown table: wall seconds, CPU seconds (user+sys) and peak RSS of
#   base build     `kronik build base.jsonl -o store`       (the store being grown; setup)
#   incremental    `kronik build new.jsonl -o store`        (analyses NEW, re-merges everything)
#   full rebuild   `kronik build base.jsonl new.jsonl -o full` into an empty folder
#   no store       the same with --no-store (the build before the store)
# and checks that the incremental outputs equal the full rebuild's, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build work=build/bench/store base=10000 new=100 threads=2 corpus=synthetic
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --base) base=$2; shift 2 ;;
    --new) new=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
kronik=$build/src/cli/kronik
mkdir -p "$work"
all=$work/$corpus-$((base + new)).jsonl
case $corpus in
  synthetic) [ -f "$all" ] || python3 bench/gen_corpus.py --out "$all" --articles $((base + new)) --seed 14 >/dev/null ;;
  realistic) [ -f "$all" ] || python3 bench/gen_realistic.py --out "$all" --articles $((base + new)) --seed 14 >/dev/null ;;
  *) echo "--corpus must be synthetic or realistic" >&2; exit 2 ;;
esac
head -n "$base" "$all" > "$work/base.jsonl"
tail -n "$new" "$all" > "$work/new.jsonl"
rm -rf "$work/store" "$work/full" "$work/plain"
opts=(--no-svg -q -j "$threads" --latest-year 2025)

measure() {  # NAME CMD...: one table row
  local name=$1; shift
  # Exit 1 = written with some inputs skipped (the realistic corpus repeats a few texts).
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" 2>/dev/null || [ $? -eq 1 ]
  read -r wall user sys rss < <(tail -n 1 "$work/time.txt")  # after "Command exited with ..."
  printf '| %s | %.2f | %.2f | %d |\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
  echo "$wall" > "$work/$name.wall"
}

echo "$corpus corpus: base $base articles, $new new, -j $threads, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| run | wall s | CPU s | peak RSS MB |"
echo "| --- | ---: | ---: | ---: |"
measure "base build" "$kronik" build "$work/base.jsonl" -o "$work/store" "${opts[@]}"
measure "incremental" "$kronik" build "$work/new.jsonl" -o "$work/store" "${opts[@]}"
measure "full rebuild" "$kronik" build "$work/base.jsonl" "$work/new.jsonl" -o "$work/full" "${opts[@]}"
measure "no store" "$kronik" build "$work/base.jsonl" "$work/new.jsonl" -o "$work/plain" --no-store "${opts[@]}"
echo
for f in timeline.json graph.dot graph.graphml; do
  cmp -s "$work/store/$f" "$work/full/$f" || { echo "FAIL: incremental $f differs from the full rebuild" >&2; exit 1; }
done
echo "incremental outputs = full rebuild outputs (byte for byte)"
echo "incremental / full rebuild wall: $(echo "scale=3; $(cat "$work/incremental.wall") / $(cat "$work/full rebuild.wall")" | bc)"
echo "store size: $(du -m "$work/store/kronik.db" | cut -f1) MB for $((base + new)) articles ($(du -m "$all" | cut -f1) MB of JSONL)"
