// kronik/export/export.h: writing a Timeline out as files people and tools can read.
//
// Four outputs, all byte-deterministic (same Timeline + same ExportConfig -> same bytes; no
// clock, no addresses, no hash-map order):
//
//   timeline.json   timeline_json()  the full result: documents, entities, events with their
//                                    evidence, warnings and the run summary. Schema:
//                                    docs/timeline.schema.json; field guide: docs/outputs.md.
//   graph.dot       graph_dot()      a Graphviz digraph: entities as nodes, Timeline::relations
//                                    as edges (actor -> target), coloured by CAMEO quad class.
//   graph.svg       graph_svg()      a summary of the graph (summary_dot(): the best-connected
//                                    entities, one edge per actor, target and type with a count
//                                    and a date range) laid out and drawn by Graphviz (gvc), so
//                                    its size and layout time stay bounded.
//   graph.graphml   graph_graphml()  the same graph as GraphML 1.1 (NetworkX, igraph, Gephi).
//   events.jsonl    events_jsonl()   one self-contained event per line (DuckDB, jq, pandas).
//   timeline.html   timeline_html()  an offline page: events in time order, filters.
//
// Opt-in:
//
//   neo4j_*.csv (ExportConfig::neo4j_csv)   graph_csv(kNeo4j)  for `neo4j-admin database import`
//   kuzu_*.csv, kuzu_load.cypher (kuzu_csv) graph_csv(kKuzu)   for Kuzu's COPY FROM
//   graph.ttl, graph.nt (rdf)               rdf_graph()        RDF on SEM and PROV
//   documents.jsonl (keep_text)             documents_jsonl()  the texts the offsets point into
//   gdelt_events.tsv, gdelt_mentions.tsv    gdelt_tables()     GDELT 2.0 columns
//     (gdelt)
//
// Usage:
//   kronik::ExportConfig cfg;                 // defaults: pretty JSON, SVG on, "dot" layout
//   std::string json = kronik::timeline_json(timeline, cfg);
//   if (Status s = kronik::prepare_output_dir("out"); !s.ok()) ...  // fail early, before the work
//   auto errors = kronik::write_outputs(timeline, "out", cfg);   // out/timeline.json, ...
//   for (const auto& e : errors) std::cerr << e.to_string() << '\n';
//
// Errors: the text exporters cannot fail (every string is made valid first: invalid UTF-8 is
// replaced by U+FFFD, characters XML forbids are dropped, DOT labels are escaped). Rendering and
// writing files can fail; they return kronik::Error values (code kIo for the file system,
// kParse / kUnsupported for Graphviz) and never print, throw for bad input, or exit.
//
// Thread-safety: all functions may be called from several threads. Graphviz keeps global
// state (error reporting, the DOT parser, the writer), so the calls that use it (graph_dot,
// summary_dot, render_svg, graph_svg) are serialised on one internal mutex; the JSON and
// GraphML writers run in parallel freely. write_outputs() on one folder admits one writer at a
// time (a lock file, across threads and processes). render_svg() keeps one Graphviz context for the whole process (created on
// first use, never freed: Graphviz 2.42 cannot safely free one context and start another).
//
// Dependencies stay in the .cpp files: this header needs no Graphviz, RapidJSON or Boost.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/progress.h"
#include "kronik/graph/timeline.h"

namespace kronik {

/// Options of the exporters. The defaults produce what `kronik build` writes.
struct ExportConfig {
  /// timeline.json indented by two spaces (true) or on one line (false).
  bool pretty = true;
  /// write_outputs() renders graph.svg (false: graph.svg is neither written nor removed).
  bool svg = true;
  /// Graphviz layout engine for render_svg(): "dot" (layered, the default), "neato", "fdp",
  /// "sfdp", "circo", "twopi". An engine Graphviz does not know is an Error, not a crash.
  std::string layout = "dot";
  /// The Graphviz program render_svg() runs for the layout, looked up on PATH (`dot` of Debian's
  /// graphviz package; it takes any engine with -K). A fresh process gives the same SVG bytes on
  /// every run; laid out inside a multi-threaded kronik, Graphviz 2.42 orders some edge routes by
  /// heap address and the drawing can differ from run to run. Empty, or a program that cannot be
  /// started: render_svg() lays out in this process with Graphviz's libraries.
  std::string graphviz_program = "dot";
  /// Add the supporting sentence(s) of each event to the graph edges: to the DOT tooltip
  /// (shown when hovering an edge in graph.svg) and as an "evidence" edge attribute in
  /// GraphML. Off by default: it makes the graph files much larger.
  bool include_evidence_in_graph = false;
  /// Draw entities that take part in no relation (graph.dot, graph.svg and graph.graphml).
  /// Off by default: a news run finds many entities that are only mentioned, and hundreds of
  /// isolated nodes make the diagram unreadable. timeline.json always lists every entity.
  bool draw_isolated = false;
  /// Name of the graph in graph.dot / graph.graphml.
  std::string graph_name = "kronik";
  /// Font for node and edge labels in graph.dot (a fontconfig family list).
  std::string font = "Helvetica,Arial,sans-serif";
  /// write_outputs() also writes the four neo4j_*.csv files of neo4j_csv() (bulk import with
  /// `neo4j-admin database import full`, see docs/outputs.md). Off by default; false neither
  /// writes nor removes them. The four standard files are the same either way.
  bool neo4j_csv = false;
  /// write_outputs() also writes kuzu_entities.csv, kuzu_events.csv, kuzu_participation.csv,
  /// kuzu_located.csv and kuzu_load.cypher (graph_csv() in the Kuzu dialect). Off by default.
  bool kuzu_csv = false;
  /// write_outputs() also writes gdelt_events.tsv and gdelt_mentions.tsv (gdelt_tables()).
  bool gdelt = false;
  /// write_outputs() also writes graph.ttl and graph.nt (rdf_graph()).
  bool rdf = false;
  /// write_outputs() also writes documents.jsonl (documents_jsonl()): every document's text, the
  /// text all offsets point into. Off by default (it is as large as the input).
  bool keep_text = false;
  /// Base IRI of the RDF export; empty = kDefaultRdfBase ("urn:kronik:").
  std::string rdf_base;
  /// graph.svg draws at most this many entities: those with the most relations (weighted
  /// degree), ties broken by entity key. 0 = no limit (layout time then grows without bound:
  /// Graphviz's dot needs minutes for a few hundred entities).
  std::size_t max_svg_nodes = 60;
  /// graph.svg draws at most this many edges, each standing for every relation with the same
  /// actor, target and type: the heaviest first, ties by (actor, target, type). 0 = no limit.
  /// The defaults lay out in well under a second.
  std::size_t max_svg_edges = 150;
  /// timeline.html embeds at most this many events: when the timeline has more, the ones most
  /// sources report (ties by confidence, then id), still in time order, and the page says so.
  /// 0 = every event (a million-article archive then makes a page of gigabytes).
  std::size_t max_html_events = 10000;
  /// Told about each file write_outputs() writes: phase "write <file>", done 0 then 1 of 1.
  /// Empty = nobody listens. Called on the writing thread.
  ProgressFn progress;
};

/// Name of the marker file write_outputs() puts into every output folder (content
/// "kronik output folder\n"), so ingestion can refuse to read an output folder as input
/// (the one constant lives in kronik/core/model.h).
inline constexpr const char* kOutputMarker = kOutputMarkerFile;

/// timeline.json as a string (UTF-8, ends with a newline). Field by field:
/// docs/timeline.schema.json and docs/outputs.md. Events keep the Timeline's (chronological)
/// order; dates are ISO 8601 reduced precision ("2025", "2025-07", "2025-07-12") and unknown
/// values are null.
std::string timeline_json(const Timeline& timeline, const ExportConfig& config);

/// graph.dot: `digraph "kronik"` built with Graphviz cgraph and written by agwrite, so any
/// Graphviz tool reads it back. Node name = entity key, label = canonical name, shape and
/// fill by entity type; one edge per Timeline::relation labelled "type\nYYYY-MM-DD", coloured
/// by the event's quad class, with attributes event, cameo, date, quad_class, goldstein and a
/// tooltip naming the CAMEO code. Nodes come in entity order; cgraph writes each node's out
/// edges after it, in relation order. A relation naming an entity key that is not in
/// Timeline::entities still gets a node (labelled with the key).
std::string graph_dot(const Timeline& timeline, const ExportConfig& config);

/// The diagram graph.svg draws, as DOT: the config.max_svg_nodes entities with the most
/// relations, and for each (actor, target, type) among them one edge labelled
/// "meet ×12\n2024-03-01 – 2024-11-20" (count when more than one; date range of the known dates)
/// with attributes count, first, last, cameo, quad_class, and a pen width growing with the count;
/// the config.max_svg_edges heaviest such edges are kept. Without draw_isolated, entities left
/// without an edge are not drawn. When anything was left out, the graph carries a visible label
/// "showing 60 of 4,312 entities and 1,210 of 9,876 relations (...)". Nodes come most connected
/// first, edges heaviest first. Byte-deterministic.
std::string summary_dot(const Timeline& timeline, const ExportConfig& config);

/// graph.svg: render_svg(summary_dot(timeline, config), config).
Result<std::string> graph_svg(const Timeline& timeline, const ExportConfig& config);

/// Lays out DOT text with config.layout and renders it as SVG (starts with "<?xml").
/// Errors: kParse when the DOT text does not parse, kUnsupported when the layout engine or the
/// SVG renderer is unavailable; the message carries Graphviz's own error text.
Result<std::string> render_svg(const std::string& dot, const ExportConfig& config);

/// graph.graphml: the graph of graph_dot() as GraphML 1.0, a directed multigraph (one <edge>
/// per relation, ids "e0", "e1", ... in relation order). Typed keys:
///   nodes: label, type, qid, iso, aliases ("|"-joined), mentions (int), first_seen,
///          last_seen, from_gazetteer (boolean)
///   edges: label, event, cameo, cameo_name, type, date, quad_class (int), goldstein (double),
///          confidence (double), sources ("|"-joined); evidence when include_evidence_in_graph.
/// Empty values are left out (no <data> element) so tools see a missing attribute.
std::string graph_graphml(const Timeline& timeline, const ExportConfig& config);

/// Graph-database bulk-load dialects of graph_csv().
enum class CsvDialect {
  /// `neo4j-admin database import full`: typed headers (`entityId:ID(Entity)`, `mentions:int`,
  /// `aliases:string[]`, `date_start:date`, `:LABEL`, `:START_ID(Entity)`, `:TYPE`), arrays
  /// joined with ';' (the importer's default delimiter; a ';' inside an element becomes ',').
  kNeo4j,
  /// Kuzu's `COPY ... FROM 'file.csv' (HEADER=true, ESCAPE='"')`: plain headers, arrays as
  /// `[a,b]` (a ',' inside an element becomes ';', brackets become parentheses), no line
  /// break inside a field (evidence lines joined with " | "), no :LABEL / :TYPE columns (they
  /// are tables: Entity, Event, PARTICIPATES_IN, OCCURRED_IN).
  kKuzu,
};

/// The Timeline as graph-database input: one string per file, each RFC 4180 CSV (UTF-8, '\n'
/// line ends, header line first; fields holding ',', '"', CR or LF are quoted with '"'
/// doubled). An empty field means "no property" (NULL). Columns (Neo4j type in brackets):
struct GraphCsv {
  /// entities: entityId [ID(Entity)], name, type, qid, iso, aliases [string[]], mentions [int],
  /// first_seen, last_seen, :LABEL (Neo4j only). One row per entity in Timeline order
  /// (duplicate keys: first wins), then a stub row (name = key, no type) for every key an event
  /// names that Timeline::entities lacks, so every relationship has both ends. :LABEL is
  /// Person, Country, Location, Organization or Group (empty for an unknown type).
  std::string entities;
  /// events: eventId [ID(Event)], cameo, type, headline, quad_class [int], goldstein [float],
  /// date (ISO reduced precision: "2023", "2023-09", "2023-W42", "2023-09-07"), date_start
  /// [date], date_end [date] (the first and last day `date` stands for: typed, comparable),
  /// granularity, anchor, modality, confidence [float], sources [string[]], evidence
  /// ("[document] sentence" lines), :LABEL (Neo4j only, "Event"). Timeline order; events
  /// without an id, and repeated ids, are left out (with their relationships).
  std::string events;
  /// participation: Entity -> Event, role (actor / target / speaker / other), :TYPE
  /// PARTICIPATES_IN (Neo4j only); event order, then participant order.
  std::string participation;
  /// located: Event -> Entity, :TYPE OCCURRED_IN (Neo4j only); one row per event with a place.
  std::string located;
  /// Kuzu only: kuzu_load.cypher, the CREATE TABLE and COPY statements that load the four
  /// files (run from the output folder). Empty for Neo4j.
  std::string load_script;
};
using Neo4jCsv = GraphCsv;

/// The four CSV files (and Kuzu's load script) in `dialect`. Cannot fail; byte-deterministic;
/// thread-safe.
GraphCsv graph_csv(const Timeline& timeline, CsvDialect dialect);
/// graph_csv(timeline, CsvDialect::kNeo4j).
Neo4jCsv neo4j_csv(const Timeline& timeline);

/// Readable one-line headlines for events: "Sergey Lavrov meets Kim Jong Un in Wonsan".
/// Actors, an English verb phrase for the CAMEO code (or its root's), targets, and " in <place>"
/// when the location is not already a party; "will meet" for planned, "does not meet" for
/// negated events. Without an actor or a phrase: the CAMEO name and the parties ("Make a
/// visit: Kim Jong Un"). Names are the entities' canonical names (the key when unknown).
///
/// Usage: `HeadlineWriter headline(timeline); std::string h = headline(timeline.events[0]);`
/// Holds a name index of `timeline` (copied, so the Timeline may change or go afterwards);
/// const calls are thread-safe.
class HeadlineWriter {
 public:
  explicit HeadlineWriter(const Timeline& timeline);
  std::string operator()(const Event& event) const;

 private:
  std::string name(const std::string& key) const;
  std::map<std::string, std::string> names_;
};

/// events.jsonl: one JSON object per event per line, Timeline order, for DuckDB
/// (`read_json('events.jsonl')`), jq and big-data tools. Keys: id, headline, cameo,
/// cameo_root, type, cameo_name, quad_class, goldstein, date, date_start, date_end,
/// granularity, anchor, modality, confidence, participants [{entity, name, role}], location
/// ({entity, name} or null), sources [{document, title, outlet, url}], evidence [{document,
/// sentence, begin, end, char_begin, char_end, trigger_begin, trigger_end, trigger_char_begin,
/// trigger_char_end, trigger, text, mentions [{entity, role, begin, end, char_begin, char_end,
/// text}]}] (bytes and code points of the document text, docs/outputs.md "Offsets"). Unknown
/// values are null.
std::string events_jsonl(const Timeline& timeline);

/// timeline.html: a self-contained page (own CSS and JS, no network; a Content-Security-Policy
/// forbids loading anything) listing the events in time order with headline, participants,
/// place, date interval and sources (outlet, title, link), with filters by actor and CAMEO
/// family. The events are the objects of events_jsonl(), embedded as JSON; at most
/// config.max_html_events of them (the most reported). Cannot fail.
std::string timeline_html(const Timeline& timeline, const ExportConfig& config);

/// GDELT-shaped tables (docs/outputs.md lists which GDELT 2.0 columns stay empty).
struct GdeltTables {
  /// gdelt_events.tsv: the 61 columns of a GDELT 2.0 event record, one line per event, with a
  /// header line; GLOBALEVENTID holds kronik's event id.
  std::string events;
  /// gdelt_mentions.tsv: the 16 columns of GDELT 2.0 mentions, one line per piece of evidence.
  std::string mentions;
};
GdeltTables gdelt_tables(const Timeline& timeline);

/// Document texts by document id: RawDocument::text, what every byte and character offset of
/// the outputs points into (for HTML, the article text extracted from the page).
using DocumentTexts = std::map<std::string, std::string>;

/// documents.jsonl: one JSON object per line per document of the Timeline (id order): id, url,
/// title, published (ISO day or null), text (from `texts`; null when it has none for the id).
/// Cannot fail; byte-deterministic; thread-safe.
std::string documents_jsonl(const Timeline& timeline, const DocumentTexts& texts);

/// Base IRI of everything graph.ttl / graph.nt mint: `urn:kronik:event/<id>`,
/// `urn:kronik:entity/<key>`, `urn:kronik:document/<id>`, `urn:kronik:cameo/<code>` (keys
/// percent-encoded), and kronik's own properties `urn:kronik:vocab#<name>`.
inline constexpr const char* kDefaultRdfBase = "urn:kronik:";

/// The Timeline as RDF, one graph in two syntaxes (the same triples in the same order).
/// Vocabularies: SEM (`sem:Event`, `sem:Actor`, `sem:Place`, `sem:EventType`, `sem:hasActor`,
/// `sem:hasPlace`, `sem:eventType`, `sem:hasEarliestBeginTimeStamp` / `sem:hasLatestEndTimeStamp`
/// as xsd:date: the interval the event's date stands for), PROV (`prov:wasDerivedFrom` each
/// source document, a `prov:Entity` with `prov:atLocation` its URL), `owl:sameAs` Wikidata for
/// entities with a QID, `rdfs:label` (names; the event's headline). Field list: docs/outputs.md.
struct RdfGraph {
  std::string turtle;    ///< graph.ttl
  std::string ntriples;  ///< graph.nt
};
/// `base` empty = kDefaultRdfBase. Cannot fail; byte-deterministic; thread-safe.
RdfGraph rdf_graph(const Timeline& timeline, const std::string& base);

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, fsync, then
/// rename(2) over `path`, so readers see the old file or the new one, never a partial one.
/// The directory must exist. On failure the temporary file is removed and the Error (kIo)
/// names the path and the system error.
Status write_file_atomic(const std::string& path, std::string_view bytes);

/// Checks, before hours of work, that write_outputs(dir) can start: the folder's parent exists
/// or can be created, the folder (when present) is a writable folder, and no other kronik run
/// holds its lock. Creates the missing parents and the lock file; leaves the folder itself
/// alone. Errors (kIo) name the path that is the obstacle and the system reason, e.g.
/// "/srv: cannot create the output folder /srv/x/out in: Permission denied" rather than the
/// ENOENT of a missing parent. A check, not a reservation: the lock is released on return.
Status prepare_output_dir(const std::string& dir);

/// Writes the output set into the folder `dir` as one unit: timeline.json, graph.graphml,
/// graph.dot, events.jsonl, timeline.html, the opt-in files of the config (neo4j_*.csv,
/// kuzu_*.csv and kuzu_load.cypher, graph.ttl and graph.nt, gdelt_*.tsv, documents.jsonl from
/// `texts` with config.keep_text), (when config.svg)
/// graph.svg, and the marker file kOutputMarker.
///
/// All or nothing: every file is written (and fsynced) into a staging folder beside `dir`
/// (`.<name>.kronik-staging-<pid>`, same parent), then swapped with `dir` in one atomic
/// renameat2(RENAME_EXCHANGE) (a plain rename on the first run) and the old set deleted. A
/// reader sees the old set or the new one, never a mix; a run that fails or is killed leaves
/// `dir` exactly as it was. Entries of the old folder that this run does not produce (the
/// user's own files, graph.svg when config.svg is false, the CSVs without config.neo4j_csv)
/// are kept (hard-linked into the new set). graph.svg is laid out last, so a slow layout delays
/// nothing else; when Graphviz fails, the set goes in without graph.svg and the Error says why.
///
/// One writer per folder: a lock file `.<name>.kronik-lock` beside `dir` is flock()ed for the
/// duration; a second writer does not wait but fails at once with an Error naming `dir`.
/// Staging folders left by killed runs are removed by the next run. `dir` must not be a mount
/// point (the swap renames it) and should be a folder of its own: it is replaced by a new
/// folder (same contents plus the outputs), so a process whose working directory is `dir`
/// keeps the old, deleted one.
///
/// Returns the errors: empty when everything was written; otherwise one Error (kIo, naming the
/// path and the system reason) when the set could not be written and `dir` was left untouched,
/// or the Graphviz Error for graph.svg (kParse / kUnsupported) when the rest went in.
/// config.progress hears "write <file>" and "layout graph.svg".
std::vector<Error> write_outputs(const Timeline& timeline, const std::string& dir,
                                 const ExportConfig& config, const DocumentTexts& texts = {});

}  // namespace kronik
