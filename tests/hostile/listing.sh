#!/usr/bin/env bash
# Every input left out is named on stderr with its real reason; a looping symlink given directly
# is a loop, not a missing file; a FIFO inside a folder is skipped, and kronik's own output
# folders are never read back as input.
source "$(dirname "$0")/../e2e/lib.sh"
in="$WORK/in"; mkdir -p "$in/locked" "$in/out"
echo "Budi Santoso bertemu Siti Rahmawati di Jakarta pada 3 Maret 2024." > "$in/good.txt"
echo "Terkunci." > "$in/locked/x.txt"; chmod 000 "$in/locked"
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
echo "{}" > "$in/out/timeline.json"; : > "$in/out/.kronik-output"
ln -s "$in/loop" "$in/loop"
ln -s "$in/nowhere.txt" "$in/dangling.txt"
mkfifo "$in/pipe"
set +e
timeout 120 "$KRONIK" build "$in" "$in/loop" -o "$WORK/o" -q --no-svg 2> "$WORK/err"; rc=$?
set -e
cat "$WORK/err"
[ $rc -ne 124 ] || fail "kronik hung (FIFO inside a folder opened?)"
[ $rc -eq 1 ] || fail "exit $rc, want 1 (inputs skipped)"
want() {  # NAME PATTERN
  grep "$1" "$WORK/err" | grep -qi "$2" || fail "no message naming $1 with '$2'"
}
want "in/loop:" "symbolic link loop"
want "in/dangling.txt" "dangling symbolic link"
want "in/pipe" "FIFO"
want "in/out" "output folder"
[ "$(id -u)" = 0 ] || want "in/locked" "permission denied"
grep "in/loop" "$WORK/err" | grep -qi "no such file" && fail "a looping symlink reported as a missing file"
echo ok
