"""import kronik: analyze() gives a dict, build() a store build (again: nothing analysed),
extract()+merge() the same bytes, timeline_to_networkx() a graph of the timeline."""
import filecmp
import os
import sys
import tempfile

import kronik

src = os.environ["KRONIK_SOURCE_DIR"]
examples = os.path.join(src, "examples")
opts = dict(svg=False, threads=2, latest_year=2025)


def check(cond, what):
    if not cond:
        sys.exit("FAIL: " + what)
    print("ok:", what)


with open(os.path.join(examples, "id_prabowo_xi_2024.txt"), encoding="utf-8") as f:
    text = f.read()
a = kronik.analyze(text, id="prabowo", url="https://example.test/a", latest_year=2025)
check(isinstance(a, dict) and a["info"]["id"] == "prabowo", "analyze returns the analysis as a dict")
check(a["info"]["url"] == "https://example.test/a", "analyze keeps the url")
check(len(a["events"]) > 0 and all("cameo" in e for e in a["events"]), "analyze finds coded events")
check(len(a["sentences"]) > 0, "analyze keeps the sentences")

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out")
    r = kronik.build([examples], out, **opts)
    check(r["outputs_written"] and r["documents_read"] >= 4, "build writes the outputs: %s" % r)
    check(os.path.exists(os.path.join(out, "kronik.db")), "build keeps a store")
    again = kronik.build(examples, out, **opts)
    check(again["analysed"] == 0 and again["unchanged"] == r["analysed"], "a second build analyses nothing: %s" % again)

    lines = kronik.extract([examples], **opts)
    check(len(lines) == r["documents_read"] and all(isinstance(l, bytes) for l in lines), "extract: one line per document")
    part = os.path.join(tmp, "all.analyses.jsonl")
    with open(part, "wb") as f:
        f.write(b"".join(l + b"\n" for l in lines))
    merged = os.path.join(tmp, "merged")
    kronik.merge([part], merged, **opts)
    for name in ("timeline.json", "graph.dot", "graph.graphml"):
        check(filecmp.cmp(os.path.join(out, name), os.path.join(merged, name), shallow=False), "merge = build: " + name)

    g = kronik.timeline_to_networkx(os.path.join(out, "timeline.json"))
    t = kronik.load_timeline(os.path.join(out, "timeline.json"))
    check(g.number_of_nodes() == len(t["entities"]), "one node per entity")
    check(g.number_of_edges() > 0, "events become edges")

    try:
        kronik.build([examples], os.path.join(tmp, "bad"), threads=5000)
        check(False, "an out-of-range option raises")
    except ValueError as e:
        check("threads" in str(e), "an out-of-range option raises ValueError naming it")
print("ok")
