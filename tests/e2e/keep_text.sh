#!/usr/bin/env bash
# --keep-text and character offsets on real documents (plain text, HTML, JSON Lines): every
# evidence sentence, trigger and party mention of timeline.json and events.jsonl resolves in
# documents.jsonl's text, sliced in bytes and in code points alike; a store build in two steps
# writes the same files as a build without a store. (Three runs: the test stays short.)
source "$(dirname "$0")/lib.sh"
ex="$KRONIK_SOURCE_DIR/examples"
opts=(--no-svg -q -j 2 --latest-year 2025)

"$KRONIK" build "$ex" -o "$WORK/kept" "${opts[@]}" --no-store --keep-text --gdelt

python3 - "$WORK/kept" <<'PY' || fail "offsets do not resolve in documents.jsonl"
import json, sys
out = sys.argv[1]
docs = {d["id"]: d for d in map(json.loads, open(out + "/documents.jsonl", encoding="utf-8"))}
timeline = json.load(open(out + "/timeline.json", encoding="utf-8"))
assert sorted(docs) == sorted(d["id"] for d in timeline["documents"]), "one line per document"
assert all(isinstance(d["text"], str) and d["text"] for d in docs.values()), "every text kept"

def check(text, obj, prefix, expected):
    b, e = obj[prefix + "begin"], obj[prefix + "end"]
    cb, ce = obj[prefix + "char_begin"], obj[prefix + "char_end"]
    by_bytes = text.encode("utf-8")[b:e].decode("utf-8")
    assert by_bytes == text[cb:ce] == expected, (prefix, by_bytes, text[cb:ce], expected)

def check_events(events):
    n = m = 0
    for ev in events:
        for x in ev["evidence"]:
            text = docs[x["document"]]["text"]
            check(text, x, "", x["text"])
            check(text, x, "trigger_", x["trigger"])
            for mention in x["mentions"]:
                check(text, mention, "", mention["text"])
                m += 1
            n += 1
    return n, m

n, m = check_events(timeline["events"])
jsonl = [json.loads(line) for line in open(out + "/events.jsonl", encoding="utf-8")]
assert check_events(jsonl) == (n, m)
assert n > 10 and m > n, (n, m)
html = [d for d in timeline["documents"] if d["format"] == "html"]
assert html and not docs[html[0]["id"]]["text"].lstrip().startswith("<"), "HTML: the extracted text, not the page"
print(f"ok: {n} evidence sentences, {m} party mentions resolve in bytes and code points")
PY

# GDELT mentions: the trigger's offset counts code points.
python3 - "$WORK/kept" <<'PY' || fail "gdelt_mentions.tsv offsets"
import csv, json, sys
out = sys.argv[1]
docs = {d["id"]: d for d in map(json.loads, open(out + "/documents.jsonl", encoding="utf-8"))}
rows = list(csv.DictReader(open(out + "/gdelt_mentions.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
located = [r for r in rows if r["ActionCharOffset"] != "-1"]
assert located and len(located) == len(rows), "every trigger located"
assert any(r["Actor1CharOffset"] != "-1" for r in rows), "some actor located"
print("ok: gdelt_mentions.tsv")
PY

# With the store: two steps (the second adds documents) give the same documents.jsonl.
mkdir -p "$WORK/a" "$WORK/b"
cp "$ex/news.jsonl" "$ex/id_prabowo_xi_2024.txt" "$WORK/a/"
cp "$ex/en_asean_2023.txt" "$ex/en_putin_kim_2024.html" "$WORK/b/"
"$KRONIK" build "$WORK/a" -o "$WORK/inc" "${opts[@]}" --keep-text
"$KRONIK" build "$WORK/b" -o "$WORK/inc" "${opts[@]}" --keep-text
for f in documents.jsonl events.jsonl; do  # (timeline.json names other paths)
  cmp -s "$WORK/inc/$f" "$WORK/kept/$f" || fail "store build: $f differs from the build without a store"
done
echo ok
