# Shared helpers for the end-to-end shell tests (sourced). $KRONIK is the binary under test.
set -euo pipefail
: "${KRONIK:?KRONIK must point to the kronik binary}"
: "${KRONIK_SOURCE_DIR:?}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# Python with NetworkX: Debian's interpreter (python3-networkx), whatever python3 is first on PATH.
netx_python() {
  for p in /usr/bin/python3 python3; do
    if "$p" -c "import networkx" 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}
check_outputs() {  # DIR: the four files exist and are accepted by their readers
  local d=$1
  for f in timeline.json graph.dot graph.svg graph.graphml; do
    [ -s "$d/$f" ] || fail "$d/$f missing or empty"
  done
  python3 -c "import json,sys; t=json.load(open(sys.argv[1])); assert all(k in t for k in ('documents','entities','events'))" "$d/timeline.json" \
    || fail "timeline.json is not the expected JSON"
  dot -Tsvg "$d/graph.dot" -o "$WORK/redraw.svg" || fail "dot rejects graph.dot"
  grep -q "<svg" "$d/graph.svg" || fail "graph.svg is not SVG"
  local py
  for p in /usr/bin/python3 python3; do
    if "$p" -c "import jsonschema" 2>/dev/null; then
      "$p" - "$KRONIK_SOURCE_DIR/docs/timeline.schema.json" "$d/timeline.json" <<'PY' || fail "timeline.json does not follow docs/timeline.schema.json"
import json, sys, jsonschema
schema, doc = (json.load(open(p)) for p in sys.argv[1:3])
jsonschema.Draft202012Validator(schema).validate(doc)
print("timeline.json follows the schema")
PY
      break
    fi
  done
  if py=$(netx_python); then
    "$py" -c "import networkx,sys; g=networkx.read_graphml(sys.argv[1]); print('graphml nodes', g.number_of_nodes(), 'edges', g.number_of_edges())" "$d/graph.graphml" \
      || fail "NetworkX rejects graph.graphml"
  else
    echo "note: no python3 with networkx; GraphML only checked for well-formedness"
    python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])" "$d/graph.graphml" || fail "graph.graphml is not XML"
  fi
}
