#!/usr/bin/env bash
# Scale benchmark: does `kronik build` finish, and how fast, on a realistic archive?
#
#   bench/run_scale.sh [options] [SIZE...]          (default sizes: 1000 20000 50000)
#
# For every size it generates one realistic corpus (bench/gen_realistic.py: real articles varied,
# many happenings reported over several years), runs the scan baseline (kronik_bench_scan) on
# it, then `kronik build CORPUS -o OUT -q` once per mode (--no-svg, and default with graph.svg)
# under /usr/bin/time -v and a timeout, and prints a markdown table:
#
#   wall s          elapsed time of the whole run (ingest, analysis, merge, exports)
#   CPU s           user + sys time = wall x cores used (kronik runs with its default -j)
#   peak RSS MB     maximum resident set size
#   KB/article      (peak RSS - corpus text bytes) / articles: memory beyond the text itself
#   MB/s/core       text MB / CPU s, i.e. text MB / (wall x cores used)
#   growth          (CPU s / previous size's CPU s) / (size / previous size): 1.0 = linear
#   scan MB/s/core  kronik_bench_scan's best pass per CPU second, same corpus, same run
#   kronik/scan     MB/s/core divided by scan MB/s/core (issue 8 asks for >= 10%)
# Per-core figures use CPU time, not wall time: on a shared machine wall time also counts the
# time spent waiting for a core, CPU time much less so.
#
# Options:
#   --build DIR         build folder holding src/cli/kronik and bench/kronik_bench_scan (default build)
#   --work DIR          corpora and outputs (default build/bench/scale; never inside the sources)
#   --modes "M..."      modes to run, among nosvg and default (default "nosvg default")
#   --timeout S         per kronik run (default 600); a run past it is "did not finish"
#   --svg-timeout S     per run in default mode (default: --timeout)
#   --seed S            corpus seed (default 1)
#   --scan-repeat K     scan passes (default 3)
#
# Needs python3, timeout (coreutils) and GNU time at /usr/bin/time (Debian: apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."

build=build
work=
modes="nosvg default"
limit=600
svg_limit=
seed=1
scan_repeat=3
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --modes) modes=$2; shift 2 ;;
    --timeout) limit=$2; shift 2 ;;
    --svg-timeout) svg_limit=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --scan-repeat) scan_repeat=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run_scale.sh: unknown option $1" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 20000 50000)
work=${work:-$build/bench/scale}
svg_limit=${svg_limit:-$limit}

kronik=$build/src/cli/kronik
scan=$build/bench/kronik_bench_scan
for tool in python3 timeout; do
  command -v "$tool" >/dev/null || { echo "run_scale.sh: $tool is missing" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "run_scale.sh: GNU time is missing (apt-get install time)" >&2; exit 2; }
[ -x "$kronik" ] && [ -x "$scan" ] || {
  echo "run_scale.sh: build first: cmake --build $build --target kronik kronik_bench_scan" >&2; exit 2; }
mkdir -p "$work"

# field NAME FILE: the value of a "NAME: value" line of /usr/bin/time -v output.
field() { sed -n "s/^[[:space:]]*$1: //p" "$2" | tail -1; }

# seconds H:MM:SS.ss|M:SS.ss -> seconds
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

table="$work/scale.md"
{
  echo "| articles | text MB | mode | wall s | CPU s | peak RSS MB | KB/article | MB/s/core | growth | events | scan MB/s/core | kronik/scan |"
  echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$table"

declare -A prev_cpu prev_size
for n in "${sizes[@]}"; do
  corpus="$work/corpus_${n}_$seed.jsonl"
  echo "== $n articles: generating $corpus" >&2
  python3 bench/gen_realistic.py --out "$corpus" --articles "$n" --seed "$seed"

  "$scan" --corpus "$corpus" --repeat "$scan_repeat" >"$work/scan_$n.txt"
  docs=$(sed -n 's/^corpus: \([0-9]*\) documents.*/\1/p' "$work/scan_$n.txt")
  text_mb=$(sed -n 's/^corpus: [0-9]* documents, \([0-9.]*\) MB.*/\1/p' "$work/scan_$n.txt")
  scan_mbps=$(sed -n 's/^RESULT .*best_cpu_mbps=\([0-9.]*\).*/\1/p' "$work/scan_$n.txt")
  echo "   scan baseline: $scan_mbps MB/s, $docs documents, $text_mb MB" >&2

  for mode in $modes; do
    args=(); t=$limit
    case "$mode" in
      nosvg) args=(--no-svg) ;;
      default) t=$svg_limit ;;
      *) echo "run_scale.sh: unknown mode $mode" >&2; exit 2 ;;
    esac
    out="$work/out_${n}_$mode"; tv="$work/time_${n}_$mode.txt"; log="$work/kronik_${n}_$mode.txt"
    echo "   kronik build ($mode, timeout $t s)" >&2
    rc=0
    /usr/bin/time -v -o "$tv" timeout --kill-after=10 "$t" "$kronik" build "$corpus" -o "$out" -q "${args[@]}" \
      2>"$log" || rc=$?
    wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$tv")")
    cpu=$(awk -v u="$(field 'User time (seconds)' "$tv")" -v s="$(field 'System time (seconds)' "$tv")" \
      'BEGIN { printf "%.2f", u + s }')
    rss_kb=$(field 'Maximum resident set size (kbytes)' "$tv")
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
      echo "| $n | $(printf %.1f "$text_mb") | $mode | did not finish (> $t s) | $cpu | $((rss_kb / 1024)) | | | | | $scan_mbps | |" >>"$table"
      unset "prev_cpu[$mode]"
      continue
    fi
    events=$(sed -n 's/.* \([0-9]*\) events,.*/\1/p' "$log" | tail -1)
    growth=
    if [ -n "${prev_cpu[$mode]:-}" ]; then
      growth=$(awk -v c="$cpu" -v pc="${prev_cpu[$mode]}" -v s="$n" -v ps="${prev_size[$mode]}" \
        'BEGIN { if (pc > 0) printf "%.2f", (c / pc) / (s / ps) }')
    fi
    prev_cpu[$mode]=$cpu; prev_size[$mode]=$n
    awk -v n="$n" -v mb="$text_mb" -v mode="$mode" -v wall="$wall" -v cpu="$cpu" -v rss="$rss_kb" \
        -v growth="$growth" -v ev="${events:-?}" -v scan="$scan_mbps" -v rc="$rc" 'BEGIN {
      per_core = (cpu > 0) ? mb / cpu : 0
      kb_article = (rss - mb * 1e6 / 1024) / n
      note = (rc == 0) ? "" : " (exit " rc ")"
      printf "| %d | %.1f | %s | %.1f%s | %.1f | %.0f | %.1f | %.3f | %s | %s | %.1f | %.2f%% |\n",
        n, mb, mode, wall, note, cpu, rss / 1024, kb_article, per_core, growth, ev, scan, 100 * per_core / scan
    }' >>"$table"
  done
done
echo >&2
echo "cores: $(nproc); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $(date -u +%Y-%m-%d)" >&2
cat "$table"
