#!/usr/bin/env bash
# Times kronik on the worst documents of the hostile-input suite (generated here, never committed):
# long articles, deeply nested HTML, error-heavy HTML, nested <article>s. Each is timed at two sizes
# so the ratio shows whether the work grows linearly (ratio ~2 for 2x the input).
#
# usage: bench/hostile_docs.sh [KRONIK_BINARY] [SCALE]
#   KRONIK_BINARY  default build/src/cli/kronik; pass an older build to compare before/after
#   SCALE          multiplies every size (default 1)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kronik=${1:-$here/build/src/cli/kronik}
scale=${2:-1}
gen=$here/tests/hostile/gen_hostile.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit=${KRONIK_BENCH_TIMEOUT:-300}

run() {  # KIND N -> seconds (or "timeout")
  local kind=$1 n=$2 ext=txt
  [[ $kind == long-article ]] || ext=html
  python3 "$gen" "$kind" "$work/doc.$ext" "$n"
  local t0 t1
  t0=$(date +%s.%N)
  if ! timeout "$limit" "$kronik" build "$work/doc.$ext" -o "$work/out" -q --no-svg -j 1 --max-bytes 100000000 \
      >/dev/null 2>&1; then
    [ $? -eq 124 ] && { echo timeout; return; }
  fi
  t1=$(date +%s.%N)
  printf "%.2f" "$(echo "$t1 - $t0" | bc)"
}

printf '%-16s %9s %9s %9s %9s %6s\n' kind n1 seconds n2 seconds ratio
for spec in "long-article 2500" "nested-div 50000" "div-body 24000" "nested-article 6000"; do
  read -r kind n <<< "$spec"
  n1=$((n * scale)); n2=$((2 * n1))
  s1=$(run "$kind" "$n1"); s2=$(run "$kind" "$n2")
  ratio=$( [[ $s1 == timeout || $s2 == timeout ]] && echo "-" || echo "scale=2; $s2 / $s1" | bc)
  printf '%-16s %9d %9s %9d %9s %6s\n' "$kind" "$n1" "$s1" "$n2" "$s2" "$ratio"
done
