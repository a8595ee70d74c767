#!/usr/bin/env bash
# Hostile documents finish and are truncated with a warning naming them: a 10,000-sentence article,
# 100k nested divs, <div><body> repeated 48k times, 12k nested articles. Implausible publication
# metadata is rejected (with a warning) and never lent to other documents.
source "$(dirname "$0")/../e2e/lib.sh"
gen="$(dirname "$0")/gen_hostile.py"
in="$WORK/in"; mkdir -p "$in"
python3 "$gen" long-article "$in/long.txt" 10000
python3 "$gen" nested-div "$in/deep.html" 100000
python3 "$gen" div-body "$in/errors.html" 48000
# Its own text, so the duplicate guard does not take it for a copy of deep.html.
echo "<p>Halaman ini memuat paragraf penutup yang lain.</p>" >> "$in/errors.html"
python3 "$gen" nested-article "$in/articles.html" 12000
timeout 280 "$KRONIK" build "$in" -o "$WORK/o" -q --no-svg --max-bytes 20000000 || fail "exit $? (124: too slow)"
python3 - "$WORK/o/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
ids = {d["id"] for d in t["documents"]}
assert ids == {"long.txt", "deep.html", "errors.html", "articles.html"}, ids
truncated = {w["document"] for w in t["warnings"] if w["code"] == "truncated"}
assert {"long.txt", "deep.html"} <= truncated, truncated
print("truncated:", sorted(truncated))
PY
# Publication dates outside 1900..latest_year+1 are ignored, with a warning.
cat > "$WORK/meta.jsonl" <<'JSONL'
{"id":"far","published":"9999-12-31","text":"Budi Santoso bertemu Siti Rahmawati di Jakarta. Pertemuan itu membahas kerja sama perdagangan."}
{"id":"neg","published":"-0001-01-01","text":"Budi Santoso bertemu Siti Rahmawati di Jakarta. Keduanya membahas harga beras."}
{"id":"near","text":"Budi Santoso bertemu Siti Rahmawati di Jakarta kemarin."}
JSONL
set +e
"$KRONIK" build "$WORK/meta.jsonl" -o "$WORK/m" -q --no-svg --latest-year 2025; rc=$?
set -e
[ $rc -le 1 ] || fail "exit $rc"
python3 - "$WORK/m/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
for d in t["documents"]:
    p = d.get("published") or ""
    assert not p.startswith("9999") and not p.startswith("0001") and not p.startswith("-"), d
for e in t["events"]:
    v = (e.get("date") or {}).get("value") or ""
    assert not v.startswith("9999"), e
warned = {w["document"] for w in t["warnings"] if w["code"] == "implausible-published"}
assert {"far", "neg"} <= warned, t["warnings"]
print("implausible dates rejected for", sorted(warned))
PY
echo ok
