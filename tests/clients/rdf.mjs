// Loads graph.ttl and graph.nt into Oxigraph (npm `oxigraph`, pinned in package.json): both must
// parse and hold the same graph, and SPARQL must answer an interval query on the xsd:date stamps,
// the owl:sameAs links to Wikidata and the prov:wasDerivedFrom sources.
// Usage: node rdf.mjs OUTPUT_DIR
import fs from "node:fs";
import path from "node:path";
import oxigraph from "oxigraph";

const dir = process.argv[2];
const load = (file, format) => {
  const store = new oxigraph.Store();
  store.load(fs.readFileSync(path.join(dir, file), "utf8"), { format });
  return store;
};
const ttl = load("graph.ttl", "text/turtle");
const nt = load("graph.nt", "application/n-triples");
if (ttl.size === 0 || ttl.size !== nt.size) throw new Error(`graph.ttl has ${ttl.size} triples, graph.nt ${nt.size}`);

const prefixes = `
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;
const select = (q) => ttl.query(prefixes + q);

// Events whose date interval overlaps September 2023, whatever their precision.
const overlapping = select(`
SELECT ?event ?headline ?begin ?end WHERE {
  ?event a sem:Event ; rdfs:label ?headline ;
         sem:hasEarliestBeginTimeStamp ?begin ; sem:hasLatestEndTimeStamp ?end .
  FILTER (?begin <= "2023-09-30"^^xsd:date && ?end >= "2023-09-01"^^xsd:date)
} ORDER BY ?begin`);
if (overlapping.length === 0) throw new Error("no event overlaps September 2023");
for (const row of overlapping) {
  const b = row.get("begin"), e = row.get("end");
  if (b.datatype.value !== "http://www.w3.org/2001/XMLSchema#date") throw new Error(`begin is ${b.datatype.value}`);
  if (b.value > e.value) throw new Error(`interval ${b.value} > ${e.value}`);
}
const same = select(`SELECT ?e ?w WHERE { ?e owl:sameAs ?w . FILTER STRSTARTS(STR(?w), "http://www.wikidata.org/entity/Q") }`);
if (same.length === 0) throw new Error("no owl:sameAs link to Wikidata");
const derived = select(`SELECT ?event ?doc WHERE { ?event a sem:Event ; prov:wasDerivedFrom ?doc . ?doc a prov:Entity }`);
if (derived.length === 0) throw new Error("no event derived from a document");
const actors = select(`SELECT ?event ?actor WHERE { ?event sem:hasActor ?a . ?a rdfs:label ?actor }`);
if (actors.length === 0) throw new Error("no actor with a label");
console.log(`oxigraph: ${ttl.size} triples; ${overlapping.length} events in September 2023, e.g. "${overlapping[0].get("headline").value}"; ${same.length} sameAs, ${derived.length} derivations`);
