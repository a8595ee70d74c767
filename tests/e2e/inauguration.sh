#!/usr/bin/env bash
# One inauguration told by three outlets in two languages (articles written for this test) becomes
# one 017 event with every source (docs/cameo-lexicon.md, oaths of office; docs/merge.md, group
# ceremony), and the speech given at it stays an event of its own.
source "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/in"
cat > "$WORK/in/a_en.txt" <<'TXT'
Mexico's new leader takes the oath

MEXICO CITY, 2 October 2024 - Claudia Sheinbaum took the oath of office at the Congress in Mexico City on Tuesday.
Hundreds of lawmakers stood and applauded as the ceremony ended.
TXT
cat > "$WORK/in/b_id.txt" <<'TXT'
Sheinbaum Dilantik

Jakarta, 2 Oktober 2024 - Claudia Sheinbaum dilantik di Mexico City pada Selasa, 1 Oktober 2024.
Upacara itu berlangsung selama dua jam.
TXT
cat > "$WORK/in/c_en.txt" <<'TXT'
A new president for Mexico

1 October 2024 - Claudia Sheinbaum was sworn in at the Congress in Mexico City on Tuesday.
Claudia Sheinbaum told the United States that her government wanted close ties.
TXT
"$KRONIK" build "$WORK/in" -o "$WORK/out" -q --no-store --no-svg
python3 - "$WORK/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
oaths = [e for e in t["events"] if e["cameo"] == "017"]
assert len(oaths) == 1, [(e["cameo"], e["sources"]) for e in oaths]
docs = sorted(s["document"] for s in oaths[0]["sources"])
assert docs == ["a_en.txt", "b_id.txt", "c_en.txt"], docs
assert oaths[0]["date"]["value"] == "2024-10-01", oaths[0]["date"]
actors = [p["entity"] for p in oaths[0]["participants"] if p["role"] == "actor"]
assert actors == ["person:claudia_sheinbaum"], actors
others = [e["cameo"] for e in t["events"] if e["cameo"] != "017"]
assert any(c.startswith("01") for c in others), others  # the speech is its own statement
print("one oath of office from", docs)
PY
echo ok
