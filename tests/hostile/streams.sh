#!/usr/bin/env bash
# Streams are read once: a process substitution, a named FIFO and stdin give every document,
# whatever their format (sniffed from the bytes read, never by re-opening the stream).
source "$(dirname "$0")/../e2e/lib.sh"
gen="$(dirname "$0")/gen_hostile.py"
python3 "$gen" jsonl "$WORK/feed.jsonl" 30
python3 "$gen" long-article "$WORK/article.txt" 20
documents_read() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['documents_read'])" "$1/timeline.json"; }
expect_read() {  # OUT WANT WHAT
  local got; got=$(documents_read "$1")
  [ "$got" = "$2" ] || fail "$3: $got documents read, want $2"
}
"$KRONIK" build <(cat "$WORK/feed.jsonl") -o "$WORK/o1" -q --no-svg
expect_read "$WORK/o1" 30 "JSONL through a process substitution"
"$KRONIK" build <(cat "$WORK/article.txt") -o "$WORK/o2" -q --no-svg
expect_read "$WORK/o2" 1 "text through a process substitution"
python3 - "$WORK/o2/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
assert t["documents"][0].get("bytes", 1) > 1000, t["documents"][0]
PY
mkfifo "$WORK/fifo"
cat "$WORK/feed.jsonl" > "$WORK/fifo" &
timeout 120 "$KRONIK" build "$WORK/fifo" -o "$WORK/o3" -q --no-svg || fail "named FIFO: exit $? (124: it hung)"
expect_read "$WORK/o3" 30 "JSONL through a named FIFO"
"$KRONIK" build - --stdin-format jsonl -o "$WORK/o4" -q --no-svg < "$WORK/feed.jsonl"
expect_read "$WORK/o4" 30 "JSONL on stdin"
cat "$WORK/feed.jsonl" | "$KRONIK" build - --stdin-format jsonl -o "$WORK/o5" -q --no-svg
expect_read "$WORK/o5" 30 "JSONL piped on stdin"
echo ok
