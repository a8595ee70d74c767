#!/usr/bin/env bash
# The store (docs/store.md): a build in two steps equals a build of everything at once, byte for
# byte; unchanged documents are not analysed again, changed ones are; `kronik remove` equals a
# build without the removed documents; `kronik extract` + `kronik merge` equal `kronik build`;
# --no-store keeps no state. Also on the seeds (cross-document dates), when ../shared is there.
source "$(dirname "$0")/lib.sh"
ex="$KRONIK_SOURCE_DIR/examples"
files="timeline.json graph.dot graph.graphml"
opts=(--no-svg -q -j 2 --latest-year 2025)

same_outputs() {  # A B WHAT
  for f in $files; do cmp -s "$1/$f" "$2/$f" || fail "$3: $f differs ($1 vs $2)"; done
  echo "ok: $3"
}
summary() {  # the summary line of a run, from its stderr file
  grep '^kronik: .* documents read' "$1"
}

# Two halves of the examples, one with metadata dates (JSONL, HTML), one without.
mkdir -p "$WORK/a" "$WORK/b"
cp "$ex/news.jsonl" "$ex/id_prabowo_xi_2024.txt" "$WORK/a/"
cp "$ex/en_asean_2023.txt" "$ex/en_putin_kim_2024.html" "$WORK/b/"

"$KRONIK" build "$WORK/a" -o "$WORK/inc" "${opts[@]}"
[ -f "$WORK/inc/kronik.db" ] || fail "no store beside the outputs"
"$KRONIK" build "$WORK/b" -o "$WORK/inc" "${opts[@]}" 2>"$WORK/step2.err"
summary "$WORK/step2.err" | grep -q "(2 analysed, 0 unchanged)" || fail "step 2: $(cat "$WORK/step2.err")"
"$KRONIK" build "$WORK/a" "$WORK/b" -o "$WORK/full" "${opts[@]}"
same_outputs "$WORK/inc" "$WORK/full" "two incremental steps = one full build"
"$KRONIK" build "$WORK/b" "$WORK/a" -o "$WORK/full-reversed" "${opts[@]}"
same_outputs "$WORK/full-reversed" "$WORK/full" "input order does not matter"

# Everything again: nothing is analysed, nothing changes.
"$KRONIK" build "$WORK/a" "$WORK/b" -o "$WORK/inc" "${opts[@]}" 2>"$WORK/again.err"
summary "$WORK/again.err" | grep -q "(0 analysed, [0-9]* unchanged)" || fail "re-run analysed again: $(cat "$WORK/again.err")"
same_outputs "$WORK/inc" "$WORK/full" "a re-run of the same inputs"

# A changed document is analysed again and replaces its old analysis.
sed 's/Xi Jinping/Presiden Xi Jinping/' "$ex/id_prabowo_xi_2024.txt" > "$WORK/a/id_prabowo_xi_2024.txt"
"$KRONIK" build "$WORK/a" -o "$WORK/inc" "${opts[@]}" 2>"$WORK/changed.err"
summary "$WORK/changed.err" | grep -q "(1 analysed, " || fail "changed document: $(cat "$WORK/changed.err")"
"$KRONIK" build "$WORK/a" "$WORK/b" -o "$WORK/full2" "${opts[@]}"
same_outputs "$WORK/inc" "$WORK/full2" "a changed document"

# Remove: the same as never having read those documents.
"$KRONIK" remove en_asean_2023.txt en_putin_kim_2024.html -o "$WORK/inc" "${opts[@]}"
"$KRONIK" build "$WORK/a" -o "$WORK/only-a" "${opts[@]}"
same_outputs "$WORK/inc" "$WORK/only-a" "remove"
set +e
"$KRONIK" remove no-such-document -o "$WORK/inc" "${opts[@]}" 2>"$WORK/rm.err"
rc=$?
set -e
grep -q "no-such-document" "$WORK/rm.err" || fail "an unknown id is not named"

# Map and reduce: two partitions, merged, equal the build.
"$KRONIK" extract "$WORK/a" -o "$WORK/a.jsonl" "${opts[@]}"
"$KRONIK" extract "$WORK/b" "${opts[@]}" > "$WORK/b.jsonl"
[ "$(wc -l < "$WORK/b.jsonl")" -eq 2 ] || fail "extract: one line per document"
"$KRONIK" merge "$WORK/a.jsonl" "$WORK/b.jsonl" -o "$WORK/merged" "${opts[@]}"
same_outputs "$WORK/merged" "$WORK/full2" "extract + merge = build"
# A copy in another partition is skipped as a build skips it.
"$KRONIK" merge "$WORK/a.jsonl" "$WORK/b.jsonl" "$WORK/a.jsonl" -o "$WORK/merged-dup" "${opts[@]}" 2>/dev/null || true
python3 -c "import json,sys; t=json.load(open(sys.argv[1])); assert t['summary']['documents_skipped']==int(sys.argv[2]), t['summary']" \
  "$WORK/merged-dup/timeline.json" "$(wc -l < "$WORK/a.jsonl")" || fail "copies across partitions are not skipped"
printf 'not json\n' > "$WORK/bad.jsonl"
set +e
"$KRONIK" merge "$WORK/bad.jsonl" -o "$WORK/bad-out" "${opts[@]}" 2>"$WORK/bad.err"
rc=$?
set -e
[ "$rc" -ne 0 ] && grep -q "bad.jsonl:1" "$WORK/bad.err" || fail "a malformed analyses line is not named (rc $rc)"

# --no-store: no state, outputs replaced (the behaviour before the store).
"$KRONIK" build "$WORK/a" -o "$WORK/plain" --no-store "${opts[@]}"
[ ! -e "$WORK/plain/kronik.db" ] || fail "--no-store wrote a store"

# The seeds: documents that learn their publication date from others, in two steps.
seeds="$KRONIK_SHARED_DIR/seeds"
if [ -d "$seeds" ]; then
  mkdir -p "$WORK/s1" "$WORK/s2"
  i=0
  for f in "$seeds"/*; do
    if [ $((i % 2)) -eq 0 ]; then cp "$f" "$WORK/s1/"; else cp "$f" "$WORK/s2/"; fi
    i=$((i + 1))
  done
  "$KRONIK" build "$WORK/s2" -o "$WORK/seeds-inc" "${opts[@]}"
  "$KRONIK" build "$WORK/s1" -o "$WORK/seeds-inc" "${opts[@]}"
  "$KRONIK" build "$WORK/s1" "$WORK/s2" -o "$WORK/seeds-full" "${opts[@]}"
  same_outputs "$WORK/seeds-inc" "$WORK/seeds-full" "seeds in two steps (cross-document dates from stored analyses)"
fi
echo ok
