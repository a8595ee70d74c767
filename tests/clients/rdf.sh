#!/usr/bin/env bash
# graph.ttl and graph.nt load into Oxigraph (npm) and answer SPARQL on SEM intervals and PROV.
source "$(dirname "$0")/lib.sh"
need_node_module oxigraph
build_examples "$WORK/out" --rdf
node "$CLIENTS/rdf.mjs" "$WORK/out" || fail "Oxigraph did not load graph.ttl / graph.nt or answer the queries"
