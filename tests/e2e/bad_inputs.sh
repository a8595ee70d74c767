#!/usr/bin/env bash
# One bad article never stops a batch: every bad-input kind is skipped or repaired with a message
# naming the document, the good documents still reach timeline.json, and the exit code says 1.
source "$(dirname "$0")/lib.sh"
in="$WORK/in"; mkdir -p "$in"
cat > "$in/good.txt" <<'TXT'
Menteri Luar Negeri Indonesia Retno Marsudi bertemu Menteri Luar Negeri China Wang Yi di Jakarta pada 18 April 2024.
TXT
printf 'Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo pada 5 Mei 2023. Bad byte: \xff\xfe here.\n' > "$in/bad_utf8.txt"
: > "$in/empty.txt"
printf '\x00\x01\x02binary\x00data' > "$in/blob.txt"
head -c 5000 /dev/zero | tr '\0' 'a' > "$in/big.txt"
printf '{"id":"j1","text":"Putin met Xi Jinping in Beijing on 16 May 2024."}\n{not json\n{"id":"j3","title":"no text field"}\n' > "$in/feed.jsonl"
ln -s "$in/nowhere.txt" "$in/dangling.txt"   # named as a dangling link, not silently dropped
set +e
"$KRONIK" build "$in" "$in/does_not_exist.txt" -o "$WORK/out" -q --max-bytes 4000 2> "$WORK/err"
rc=$?
set -e
cat "$WORK/err"
[ $rc -eq 1 ] || fail "exit code $rc, want 1 (some documents skipped)"
grep -q "empty.txt" "$WORK/err" || fail "no message naming empty.txt"
grep -q "blob.txt" "$WORK/err" || fail "no message naming blob.txt"
grep -q "big.txt" "$WORK/err" || fail "no message naming big.txt"
grep -q "does_not_exist.txt" "$WORK/err" || fail "no message naming the missing input"
grep -q "feed.jsonl:2" "$WORK/err" || fail "no message naming the bad JSONL line"
grep "dangling.txt" "$WORK/err" | grep -q "dangling symbolic link" || fail "no message naming the dangling link"
check_outputs "$WORK/out"
python3 - "$WORK/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
ids = {d["id"] for d in t["documents"]}
assert {"good.txt", "bad_utf8.txt", "j1"} <= ids, ids
s = t["summary"]
assert s["documents_skipped"] >= 6, s
assert s["documents_repaired"] >= 1, s
codes = {w["code"] for w in t["warnings"]}
assert "invalid-utf8" in codes, codes
print("summary", s)
PY
# Nothing usable at all: exit 3.
set +e
"$KRONIK" build "$in/empty.txt" -o "$WORK/out2" -q 2>/dev/null; rc=$?
set -e
[ $rc -eq 3 ] || fail "exit code $rc for nothing usable, want 3"
# Usage error: exit 2.
set +e
"$KRONIK" build 2>/dev/null; rc=$?
set -e
[ $rc -eq 2 ] || fail "exit code $rc for a usage error, want 2"
echo ok
