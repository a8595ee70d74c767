// Fuzz harness: the exporters fed a Timeline built from the bytes, so entity names, keys,
// aliases, evidence, claims, warnings and document metadata hold anything: quotes, markup,
// newlines, control characters, invalid UTF-8.
//
// Input: NUL-separated fields (fuzz::Fields). A record starts with a field whose first byte
// picks its kind (% 5: 0 entity, 1 event, 2 relation, 3 document, 4 warning), then takes the
// fields listed in the add_* functions below. Seeds: fuzz/export/corpus.
//
// Checks: timeline.json parses (UTF-8 validated) and lists every event; graph.dot is read back
// by cgraph; graph.graphml is well-formed XML; each neo4j_*.csv is RFC 4180 with the header's
// field count on every line and valid UTF-8.
#include <graphviz/cgraph.h>

#include <initializer_list>

#include "../fuzz_support.h"
#include "../output_checks.h"
#include "kronik/export/export.h"

namespace {

using namespace kronik;

// Fills each string from the next field, in order.
void strings(fuzz::Fields& f, std::initializer_list<std::string*> targets) {
  for (std::string* t : targets) *t = f.next_string();
}

TimeValue date_field(fuzz::Fields& f) {
  return TimeValue::parse_iso(f.next()).value_or(TimeValue{});
}

void add_entity(fuzz::Fields& f, Timeline& t) {
  EntityRecord e;
  strings(f, {&e.key, &e.name});
  e.type = static_cast<EntityType>(f.next_small(6));
  e.aliases = {f.next_string(), f.next_string()};
  strings(f, {&e.qid, &e.iso});
  e.roles.push_back(RoleHeld{f.next_string(), f.next_string(), f.next_string(), f.next_string()});
  e.mentions = f.next_small(200);
  e.first_seen = date_field(f);
  e.last_seen = date_field(f);
  e.from_gazetteer = f.next_small(2) == 1;
  t.entities.push_back(std::move(e));
}

Evidence evidence_field(fuzz::Fields& f) {
  Evidence ev;
  strings(f, {&ev.document, &ev.text, &ev.trigger_text});
  ev.sentence = f.next_small(50);
  ev.span = ByteSpan{0, static_cast<std::uint32_t>(ev.text.size())};
  return ev;
}

void add_event(fuzz::Fields& f, Timeline& t) {
  Event e;
  strings(f, {&e.id, &e.cameo, &e.type, &e.cameo_name});
  e.quad_class = static_cast<int>(f.next_small(5));
  e.goldstein = static_cast<double>(f.next_small(21)) - 10.0;
  e.participants.push_back({f.next_string(), ParticipantRole::kActor});
  e.participants.push_back({f.next_string(), static_cast<ParticipantRole>(f.next_small(4))});
  e.location = f.next_string();
  e.date = date_field(f);
  e.date_anchor = static_cast<Anchor>(f.next_small(3));
  e.date_text = f.next_string();
  e.modality = static_cast<Modality>(f.next_small(4));
  e.has_claim = f.next_small(2) == 1;
  strings(f, {&e.claim.speaker, &e.claim.text});
  e.claim.about = {f.next_string()};
  e.claim.reported_by = {f.next_string()};
  e.confidence = static_cast<double>(f.next_small(101)) / 100.0;
  e.evidence = {evidence_field(f), evidence_field(f)};
  e.sources = {f.next_string()};
  e.warnings = {f.next_string()};
  t.events.push_back(std::move(e));
}

void add_relation(fuzz::Fields& f, Timeline& t) {
  Relation r;
  strings(f, {&r.source, &r.target, &r.event, &r.cameo, &r.label});
  r.date = date_field(f);
  t.relations.push_back(std::move(r));
}

void add_document(fuzz::Fields& f, Timeline& t) {
  DocumentInfo d;
  strings(f, {&d.id, &d.path, &d.title, &d.url, &d.outlet, &d.dateline_place});
  d.published = date_field(f);
  d.published_how = f.next_string();
  d.authors = {f.next_string()};
  d.editors = {f.next_string()};
  d.credits = {f.next_string()};
  t.documents.push_back(std::move(d));
}

void add_warning(fuzz::Fields& f, Timeline& t) {
  t.warnings.push_back(Warning{f.next_string(), f.next_string(), f.next_string(), f.next_string(), 0});
}

Timeline timeline_from(fuzz::Fields& f) {
  Timeline t;
  while (f.more()) {
    switch (f.next_small(5)) {
      case 0: add_entity(f, t); break;
      case 1: add_event(f, t); break;
      case 2: add_relation(f, t); break;
      case 3: add_document(f, t); break;
      default: add_warning(f, t); break;
    }
  }
  t.summary.events = t.events.size();
  t.summary.entities = t.entities.size();
  return t;
}

void check_json(const Timeline& t, const ExportConfig& cfg) {
  const std::string json = timeline_json(t, cfg);
  const std::string error = fuzz::json_error(json);
  fuzz::fuzz_check(error.empty(), "timeline.json does not parse", error);
}

void check_dot(const Timeline& t, const ExportConfig& cfg) {
  const std::string dot = graph_dot(t, cfg);
  Agraph_t* g = agmemread(dot.c_str());
  fuzz::fuzz_check(g != nullptr, "graph.dot does not parse", dot);
  agclose(g);
}

void check_csv(const Neo4jCsv& csv) {
  for (const std::string* file : {&csv.entities, &csv.events, &csv.participation, &csv.located}) {
    const std::string error = fuzz::csv_error(*file);
    fuzz::fuzz_check(error.empty(), "neo4j CSV is malformed", error);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Fields fields(fuzz::as_view(data, size));
  ExportConfig cfg;
  cfg.pretty = size % 2 == 0;
  cfg.include_evidence_in_graph = size % 3 != 0;
  cfg.draw_isolated = size % 5 != 0;
  const Timeline t = timeline_from(fields);
  check_json(t, cfg);
  check_dot(t, cfg);
  const std::string graphml_error = fuzz::xml_error(graph_graphml(t, cfg));
  fuzz::fuzz_check(graphml_error.empty(), "graph.graphml is not well-formed", graphml_error);
  check_csv(neo4j_csv(t));
  return 0;
}
