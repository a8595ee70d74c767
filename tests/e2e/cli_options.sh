#!/usr/bin/env bash
# Options are checked before any work: a bad value exits 2 with the option named, every message
# starts with "kronik:", nothing is written; an output folder that cannot be written is reported
# before the documents are read (exit 3).
source "$(dirname "$0")/lib.sh"
in="$KRONIK_SOURCE_DIR/examples"
# option words | text the message must hold
cases=(
  "--layout foo|--layout"
  "--min-confidence 2|--min-confidence"
  "--min-confidence -0.5|--min-confidence"
  "-j 0|--threads"
  "-j 2000|--threads"
  "--threads many|--threads"
  "--stdin-format pdf|--stdin-format"
  "--max-bytes 0|--max-bytes"
  "--latest-year 12|--latest-year"
  "--no-such-option|--no-such-option"
  "--rdf-base not-an-iri|--rdf-base"
)
for c in "${cases[@]}"; do
  args=${c%%|*}
  want=${c#*|}
  set +e
  # shellcheck disable=SC2086  # the option words are meant to split
  "$KRONIK" build "$in" -o "$WORK/out" -q $args 2> "$WORK/err"; rc=$?
  set -e
  [ $rc -eq 2 ] || fail "kronik build $args: exit $rc, not 2"
  grep -q -- "$want" "$WORK/err" || fail "kronik build $args: message does not name $want: $(cat "$WORK/err")"
  if grep -v '^kronik: ' "$WORK/err" | grep -q .; then fail "kronik build $args: a line without the kronik: prefix: $(cat "$WORK/err")"; fi
  [ ! -e "$WORK/out" ] || fail "kronik build $args: wrote $WORK/out"
done
set +e
"$KRONIK" build "$in" -o /proc/kronik-cannot/out -q 2> "$WORK/err"; rc=$?
set -e
[ $rc -eq 3 ] || fail "unwritable output folder: exit $rc, not 3"
grep -q "^kronik: .*/proc" "$WORK/err" || fail "unwritable output folder not named: $(cat "$WORK/err")"
grep -q "documents read" "$WORK/err" && fail "documents were read before the output folder was checked"
# stdin: the format comes from the content unless --stdin-format says otherwise.
fmt() { python3 -c "import json,sys; t=json.load(open(sys.argv[1])); print(t['summary']['documents_read'], t['documents'][0]['format'])" "$1/timeline.json"; }
"$KRONIK" build - -o "$WORK/jsonl" -q --no-svg < "$in/news.jsonl"
[ "$(fmt "$WORK/jsonl" | cut -d' ' -f2)" = jsonl ] || fail "JSON Lines on stdin not recognised: $(fmt "$WORK/jsonl")"
printf '<!DOCTYPE html><html><head><title>Budi</title></head><body><p>Budi Santoso bertemu Siti Rahmawati di Jakarta pada 3 Maret 2024.</p></body></html>\n' \
  | "$KRONIK" build - -o "$WORK/html" -q --no-svg
[ "$(fmt "$WORK/html")" = "1 html" ] || fail "HTML on stdin not recognised: $(fmt "$WORK/html")"
"$KRONIK" build - -o "$WORK/forced" -q --no-svg --stdin-format text < "$in/news.jsonl"
[ "$(fmt "$WORK/forced")" = "1 text" ] || fail "--stdin-format text not obeyed: $(fmt "$WORK/forced")"
# --graphviz: another program, or none (in-process layout); a program that cannot start falls back.
for prog in dot "" no-such-graphviz-program; do
  rm -rf "$WORK/svg"
  "$KRONIK" build "$in" -o "$WORK/svg" -q --graphviz "$prog"
  grep -q "<svg" "$WORK/svg/graph.svg" || fail "--graphviz '$prog': no graph.svg"
done
echo "ok: ${#cases[@]} bad options rejected before any work; stdin format sniffed; --graphviz obeyed"
