#!/usr/bin/env bash
# Exporter escaping: entity names and document ids with quotes, backslashes, <, &, ]]>, commas,
# newlines and U+0001 must come out as valid files, each checked with its real parser: json for
# timeline.json, xml.etree for GraphML, the csv module for the Neo4j CSVs, dot -Tcanon for graph.dot.
source "$(dirname "$0")/../e2e/lib.sh"
in="$WORK/in"; mkdir -p "$in"
python3 - "$WORK/people.tsv" <<'PY'
import sys
# Invented persons whose display names hold every character an exporter must escape.
names = [
    ("person:q_one", 'Aria "Q" Wicaksana', "Aria Wicaksana"),
    ("person:q_two", "Bima \\ <b>Pratama</b> & Co", "Bima Pratama"),
    ("person:q_three", "Citra ]]> Lestari, \x01 ctl", "Citra Lestari"),
    ("person:q_four", "Dimas 'tick' {brace} #hash", "Dimas Saputra"),
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("key\ttype\tname\tqid\tiso\taliases\tdemonyms\tmetonym_of\tsource\n")
    for key, name, alias in names:
        f.write(f"{key}\tperson\t{name}\t\t\t{alias}\t\t\ttest\n")
PY
text="Aria Wicaksana bertemu Bima Pratama di Jakarta pada 3 Maret 2024. Citra Lestari mengunjungi Dimas Saputra di Bandung pada 4 Maret 2024. Aria Wicaksana menandatangani perjanjian dengan Citra Lestari pada 5 Maret 2024."
printf '%s\n' "$text" > "$in/plain.txt"
printf '%s\n' "$text" | sed 's/Jakarta/Surabaya/' > "$in/"$'odd "q" \\ <a>&]]>, name\nline\x01.txt'
set +e
"$KRONIK" build "$in" -o "$WORK/o" -q --neo4j --gazetteer "$WORK/people.tsv" 2> "$WORK/err"; rc=$?
set -e
cat -v "$WORK/err"
[ $rc -le 1 ] || fail "exit $rc"
python3 - "$WORK/o" <<'PY'
import csv, glob, json, os, sys
import xml.etree.ElementTree as ET
out = sys.argv[1]
t = json.load(open(os.path.join(out, "timeline.json"), encoding="utf-8"))
names = {e["name"] for e in t["entities"]}
for want in ['Aria "Q" Wicaksana', "Bima \\ <b>Pratama</b> & Co"]:
    assert want in names, (want, names)
assert any("\n" in d["id"] for d in t["documents"]), [d["id"] for d in t["documents"]]
print("timeline.json: %d entities, %d events" % (len(t["entities"]), len(t["events"])))
root = ET.parse(os.path.join(out, "graph.graphml")).getroot()
labels = {d.text for d in root.iter() if d.tag.endswith("data") and d.text}
assert 'Aria "Q" Wicaksana' in labels, sorted(labels)[:20]
print("graph.graphml parsed: %d elements" % sum(1 for _ in root.iter()))
files = sorted(glob.glob(os.path.join(out, "neo4j_*.csv")))
assert len(files) == 4, files
for path in files:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    width = len(rows[0])
    assert all(len(r) == width for r in rows), (path, [r for r in rows if len(r) != width][:3])
    print("%s: %d rows of %d columns" % (os.path.basename(path), len(rows), width))
with open(os.path.join(out, "neo4j_entities.csv"), newline="", encoding="utf-8") as f:
    csv_names = {r[1] for r in csv.reader(f)}
assert "Bima \\ <b>Pratama</b> & Co" in csv_names, csv_names
PY
dot -Tcanon "$WORK/o/graph.dot" > "$WORK/canon.dot" || fail "dot -Tcanon rejects graph.dot"
grep -q "Wicaksana" "$WORK/canon.dot" || fail "graph.dot lost the names"
echo ok
