// Loads kronik's kuzu_*.csv into an embedded Kuzu database (npm `kuzu`, pinned in package.json)
// with the statements of kuzu_load.cypher, then runs every query docs/outputs.md marks with
// `<!-- tested: kuzu -->`: each must parse, run and return rows.
// Usage: node kuzu.mjs OUTPUT_DIR DOCS_OUTPUTS_MD DB_DIR
import fs from "node:fs";
import kuzu from "kuzu";

const [outDir, docsPath, dbDir] = process.argv.slice(2);

function statements(script) {
  return script
    .split("\n")
    .filter((l) => !l.startsWith("//"))
    .join("\n")
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function documentedQueries(markdown) {
  const re = /<!-- tested: kuzu -->\s*```cypher\n([\s\S]*?)```/g;
  const out = [];
  for (const m of markdown.matchAll(re)) out.push(m[1].trim().replace(/;$/, ""));
  return out;
}

const db = new kuzu.Database(dbDir);
const conn = new kuzu.Connection(db);
process.chdir(outDir);  // kuzu_load.cypher names the CSV files relative to the output folder
for (const s of statements(fs.readFileSync("kuzu_load.cypher", "utf8"))) await conn.query(s);

const counts = {};
for (const table of ["Entity", "Event"]) {
  const r = await conn.query(`MATCH (n:${table}) RETURN count(*) AS n`);
  counts[table] = Number((await r.getAll())[0].n);
}
const rows = (f) => fs.readFileSync(f, "utf8").trimEnd().split("\n").length - 1;
if (counts.Entity !== rows("kuzu_entities.csv")) throw new Error(`entities: ${counts.Entity} loaded`);
if (counts.Event !== rows("kuzu_events.csv")) throw new Error(`events: ${counts.Event} loaded`);

// Typed dates: every dated event's interval holds its reduced-precision date.
const typed = await conn.query(
  "MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.date AS d, e.date_start AS s, e.date_end AS t");
for (const r of await typed.getAll()) {
  if (!(r.s instanceof Date) || !(r.t instanceof Date) || r.s > r.t) throw new Error(`bad interval ${JSON.stringify(r)}`);
  if (!r.s.toISOString().startsWith(r.d.slice(0, 4))) throw new Error(`interval off its date ${JSON.stringify(r)}`);
}

const queries = documentedQueries(fs.readFileSync(docsPath, "utf8"));
if (queries.length < 3) throw new Error(`only ${queries.length} documented queries found`);
for (const q of queries) {
  const result = await conn.query(q);
  const all = await result.getAll();
  if (all.length === 0) throw new Error(`documented query returned nothing:\n${q}`);
  console.log(`${all.length} rows: ${q.split("\n")[0]}`);
}
console.log(`kuzu: ${counts.Entity} entities, ${counts.Event} events, ${queries.length} documented queries answered`);
