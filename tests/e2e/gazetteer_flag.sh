#!/usr/bin/env bash
# Users add their own gazetteer files with --gazetteer; a malformed or missing file is a data
# error (exit 4) that names the file and line.
source "$(dirname "$0")/lib.sh"
cat > "$WORK/people.tsv" <<'TSV'
# Test persons: invented for this test.
key	type	name	qid	iso	aliases	demonyms	metonym_of	source
person:aria_wicaksana	person	Aria Wicaksana			Aria Wicaksana|A. Wicaksana			test
TSV
cat > "$WORK/a.txt" <<'TXT'
Aria Wicaksana bertemu Menteri Luar Negeri Jepang di Tokyo pada 3 Maret 2024.
TXT
"$KRONIK" build "$WORK/a.txt" -o "$WORK/out" -q --gazetteer "$WORK/people.tsv" --no-svg
python3 - "$WORK/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
ids = {e["id"] for e in t["entities"]}
assert "person:aria_wicaksana" in ids, ids
assert any(p["entity"] == "person:aria_wicaksana" for e in t["events"] for p in e["participants"]), t["events"]
print("user gazetteer entity found in", len(t["events"]), "events")
PY
printf 'key\ttype\tname\tqid\tiso\taliases\nperson:x\tunknowntype\tX\t\t\tX\n' > "$WORK/bad.tsv"
set +e
"$KRONIK" build "$WORK/a.txt" -o "$WORK/out2" -q --gazetteer "$WORK/bad.tsv" 2> "$WORK/err"; rc=$?
"$KRONIK" build "$WORK/a.txt" -o "$WORK/out3" -q --gazetteer "$WORK/missing.tsv" 2> "$WORK/err2"; rc2=$?
set -e
cat "$WORK/err" "$WORK/err2"
[ $rc -eq 4 ] || fail "malformed gazetteer: exit $rc, want 4"
[ $rc2 -eq 4 ] || fail "missing gazetteer: exit $rc2, want 4"
grep -q "bad.tsv" "$WORK/err" || fail "error does not name the file"
grep -q "missing.tsv" "$WORK/err2" || fail "error does not name the missing file"
echo ok
