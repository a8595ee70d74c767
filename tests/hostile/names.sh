#!/usr/bin/env bash
# Safe messages: a file name with terminal escape sequences and control characters is printed
# escaped (\xNN), never raw.
source "$(dirname "$0")/../e2e/lib.sh"
in="$WORK/in"; mkdir -p "$in"
echo "Budi Santoso bertemu Siti Rahmawati di Jakarta pada 3 Maret 2024." > "$in/good.txt"
evil=$'\e[31mred\e]0;title\a\x01.txt'
: > "$in/$evil"                    # empty: skipped with a message naming it
printf '\x00binary' > "$in/"$'\x9b'"c1.txt"
set +e
"$KRONIK" build "$in" -o "$WORK/o" -q --no-svg 2> "$WORK/err"; rc=$?
set -e
cat -v "$WORK/err"
[ $rc -eq 1 ] || fail "exit $rc, want 1"
python3 - "$WORK/err" <<'PY'
import sys
err = open(sys.argv[1], "rb").read()
bad = [b for b in err if (b < 0x20 and b not in (0x0a,)) or b == 0x7f]
assert not bad, "raw control bytes on stderr: %r" % bytes(bad)
text = err.decode("utf-8")  # also: valid UTF-8 (the lone 0x9b byte is escaped)
assert "\\x1b[31mred" in text, text
assert "\\x9bc1.txt" in text, text
print("stderr is escaped")
PY
echo ok
