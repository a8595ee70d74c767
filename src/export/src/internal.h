// Helpers shared by the exporters (not installed, not part of the public API).
#pragma once

#include <algorithm>
#include <charconv>
#include <cstring>
#include <cmath>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/core/text.h"
#include "kronik/export/export.h"
#include "kronik/graph/timeline.h"

namespace kronik::export_detail {

/// Graphviz keeps process-wide state (agerr's handler and buffer, the DOT lexer/parser, the
/// writer's indentation level), so every cgraph/gvc call in this module runs under this lock.
std::mutex& graphviz_mutex();

/// Lays `dot` out with `program -K<engine> -Tsvg` in a child process (program looked up on
/// PATH; graphviz_process.cpp says why a child). The SVG, or kUnsupported with the program's
/// first error line; nullopt when the program cannot be started (the caller then lays out in
/// this process). Thread-safe; takes no lock.
std::optional<Result<std::string>> layout_in_child(const std::string& program, const std::string& engine,
                                                   const std::string& dot);

/// Every exporter writes UTF-8 only: invalid sequences (which ingestion should already have
/// repaired) become U+FFFD instead of producing a file a JSON or XML parser rejects.
inline std::string valid_utf8(std::string_view s) {
  if (!first_invalid_utf8(s)) return std::string(s);
  return repair_utf8(s);
}

/// A date as every export writes it: ISO 8601 reduced precision, at most to the day
/// ("2025-07-14" for a minute stamp: the precision scorers and readers compare); "" when unknown.
inline std::string date_text(const TimeValue& t) {
  if (!t.known()) return {};
  return t.granularity == Granularity::kMinute ? t.iso_date() : t.iso();
}

/// Shortest round-trip text of `d` rounded to `decimals` places ("-5", "3.4", "0.875"):
/// locale-free and identical on every platform. Empty for NaN/infinity.
inline std::string number(double d, int decimals) {
  if (!std::isfinite(d)) return {};
  const double scale = std::pow(10.0, decimals);
  double r = std::round(d * scale) / scale;
  if (r == 0.0) r = 0.0;  // no "-0"
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof buf, r);
  return std::string(buf, res.ptr);
}

/// Edge colour of a CAMEO quad class, shared by every drawing export: 1 verbal cooperation
/// (green), 2 material cooperation (blue), 3 verbal conflict (orange), 4 material conflict
/// (red), anything else grey.
inline const char* quad_colour(int quad) {
  switch (quad) {
    case 1: return "#2e7d32";
    case 2: return "#1565c0";
    case 3: return "#ef6c00";
    case 4: return "#c62828";
    default: return "#616161";
  }
}

/// Saturated colour of an entity type, for tools that colour nodes themselves (Gephi's r/g/b
/// in GraphML, the HTML timeline): the hues of graph.dot's pastel fills.
inline const char* entity_colour(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "#1e88e5";
    case EntityType::kCountry: return "#fb8c00";
    case EntityType::kOrganization: return "#5e35b1";
    case EntityType::kLocation: return "#43a047";
    case EntityType::kGroup: return "#d81b60";
    case EntityType::kUnknown: break;
  }
  return "#9e9e9e";
}

/// First and last day of the interval a date stands for ("2023-09" -> "2023-09-01" and
/// "2023-09-30"), as ISO day strings that every database types as DATE; "" when unknown.
inline std::string interval_start(const TimeValue& t) {
  return t.known() ? t.first_day().iso_date() : std::string();
}
inline std::string interval_end(const TimeValue& t) {
  return t.known() ? t.last_day().iso_date() : std::string();
}

/// The days the timeline's dates cover: the first day of the earliest and the last day of the
/// latest interval (a month counts to its last day); {"", ""} when no event is dated.
inline std::pair<std::string, std::string> date_span(const Timeline& t) {
  std::string first, last;
  for (const Event& e : t.events) {
    if (!e.date.known()) continue;
    const std::string a = interval_start(e.date), b = interval_end(e.date);
    if (first.empty() || a < first) first = a;
    if (last.empty() || b > last) last = b;
  }
  return {first, last};
}

/// An event's evidence as "[document] sentence" lines joined with '\n' (GraphML, CSV).
inline std::string evidence_lines(const Event& e) {
  std::string text;
  for (const Evidence& x : e.evidence) {
    if (!text.empty()) text += '\n';
    text += "[" + x.document + "] " + x.text;
  }
  return text;
}

struct GraphNode {
  std::string key;
  const EntityRecord* entity = nullptr;  ///< null when a relation names an unknown key
};

struct GraphEdge {
  const Relation* relation = nullptr;
  const Event* event = nullptr;          ///< null when the relation's event id is unknown
};

/// The drawn graph, shared by DOT and GraphML so both show exactly the same nodes and edges.
struct GraphView {
  std::vector<GraphNode> nodes;  ///< entity order, then unknown keys in first-use order
  std::vector<GraphEdge> edges;  ///< relation order
};

/// The readable type an edge shows: the relation's label, else the event's type, else CAMEO.
inline std::string relation_type(const Relation& r, const Event* ev) {
  if (!r.label.empty()) return r.label;
  if (ev && !ev->type.empty()) return ev->type;
  return r.cameo;
}

/// The relation's date, else its event's.
inline const TimeValue& relation_date(const Relation& r, const Event* ev) {
  return r.date.known() || !ev ? r.date : ev->date;
}

inline GraphView build_graph_view(const Timeline& t, bool draw_isolated) {
  GraphView v;
  std::set<std::string> used;
  for (const Relation& r : t.relations) {
    // A relation without both ends cannot be drawn; the event is still in timeline.json.
    if (r.source.empty() || r.target.empty()) continue;
    used.insert(r.source);
    used.insert(r.target);
  }
  std::set<std::string> known;
  for (const EntityRecord& e : t.entities) {
    if (!known.insert(e.key).second) continue;  // duplicate key: first record wins
    if (draw_isolated || used.count(e.key)) v.nodes.push_back({e.key, &e});
  }
  std::map<std::string, const Event*> events;
  for (const Event& e : t.events) events.emplace(e.id, &e);
  for (const Relation& r : t.relations) {
    if (r.source.empty() || r.target.empty()) continue;
    for (const std::string* k : {&r.source, &r.target}) {
      if (known.insert(*k).second) v.nodes.push_back({*k, nullptr});
    }
    auto it = events.find(r.event);
    v.edges.push_back({&r, it == events.end() ? nullptr : it->second});
  }
  return v;
}

/// One edge of the summary graph: every relation between the same actor and target with the
/// same readable type, folded into one.
struct SummaryEdge {
  std::string source, target, type;  ///< entity keys and relation_type()
  std::string cameo;                 ///< of the first relation in relation order
  int quad_class = 0;                ///< of the first relation's event (0 unknown)
  std::size_t count = 0;             ///< relations folded into this edge
  TimeValue first, last;             ///< earliest and latest known date (unknown when none)
  /// The folded relations' event ids and dates, in relation order (tooltips, links).
  std::vector<std::pair<std::string, TimeValue>> events;
};

/// What graph.svg draws: the best-connected entities and the heaviest edges among them.
struct SummaryView {
  std::vector<GraphNode> nodes;     ///< weighted degree descending, then key
  std::vector<SummaryEdge> edges;   ///< count descending, then (source, target, type)
  std::size_t total_nodes = 0;      ///< nodes of the full graph (graph.dot)
  std::size_t total_relations = 0;  ///< edges of the full graph
  std::size_t shown_relations = 0;  ///< relations folded into the kept edges
  bool cut() const { return nodes.size() < total_nodes || shown_relations < total_relations; }
};

/// Selects the summary graph under config.max_svg_nodes / max_svg_edges (summary.cpp).
SummaryView build_summary_view(const Timeline& t, std::size_t max_nodes, std::size_t max_edges,
                               bool draw_isolated);

/// "4,312": thousands separated by commas, locale-free.
std::string grouped(std::size_t n);

/// Buffered writes to an open file descriptor (not owned), so large outputs go to disk without
/// first being built as one string. The first failure sticks: later writes are dropped and
/// flush() returns it (an errno value; 0 = everything written).
///
/// Over a std::string (not owned) it appends instead, so the string-returning exporters
/// (timeline_json(), graph_dot(), ...) run the same streaming code as the files; flush() before
/// reading the string.
class ByteSink {
 public:
  explicit ByteSink(int fd) : fd_(fd) {}
  explicit ByteSink(std::string& out) : str_(&out) {}
  ByteSink(const ByteSink&) = delete;
  ByteSink& operator=(const ByteSink&) = delete;

  void put(char c) {
    if (used_ == sizeof buf_) drain();
    buf_[used_++] = c;
  }
  void write(std::string_view s) {
    while (!s.empty()) {
      if (used_ == sizeof buf_) drain();
      const std::size_t n = std::min(s.size(), sizeof buf_ - used_);
      std::memcpy(buf_ + used_, s.data(), n);
      used_ += n;
      s.remove_prefix(n);
    }
  }
  /// Writes out what is buffered; returns the first errno seen (0 when all went out).
  int flush() {
    drain();
    return err_;
  }

 private:
  void drain();  // write.cpp

  int fd_ = -1;
  std::string* str_ = nullptr;  ///< the target when not a file
  int err_ = 0;
  std::size_t used_ = 0;
  char buf_[1 << 16];
};

/// timeline.json (the bytes of timeline_json()) streamed into `sink` (json.cpp).
void write_timeline_json(const Timeline& t, const ExportConfig& config, ByteSink& sink);
/// documents.jsonl (the bytes of documents_jsonl()) streamed into `sink` (documents.cpp).
void write_documents_jsonl(const Timeline& t, const DocumentTexts& texts, ByteSink& sink);
/// events.jsonl, one event at a time (jsonl.cpp).
void write_events_jsonl(const Timeline& t, ByteSink& sink);
/// Calls `emit` with each event's events.jsonl object (no newline), in event order, for the
/// events whose flag in `shown` is set; an empty `shown` means every event (jsonl.cpp).
void each_event_json(const Timeline& t, const std::function<void(std::string_view)>& emit,
                     const std::vector<char>& shown = {});
/// timeline.html, its embedded data one event at a time (html.cpp).
void write_timeline_html(const Timeline& t, const ExportConfig& config, ByteSink& sink);
/// graph.graphml, one node or edge at a time (graphml.cpp).
void write_graph_graphml(const Timeline& t, const ExportConfig& config, ByteSink& sink);
/// graph.dot as cgraph writes it, piece by piece (dot.cpp; takes graphviz_mutex()).
void write_graph_dot(const Timeline& t, const ExportConfig& config, ByteSink& sink);

/// gdelt_events.tsv and gdelt_mentions.tsv, one event at a time (gdelt.cpp).
void write_gdelt_events(const Timeline& t, ByteSink& sink);
void write_gdelt_mentions(const Timeline& t, ByteSink& sink);

/// The four files of graph_csv(), each written in its own pass over the Timeline (neo4j.cpp).
enum class CsvFile { kEntities, kEvents, kParticipation, kLocated };
void write_graph_csv(const Timeline& t, CsvDialect dialect, CsvFile file, ByteSink& sink);
/// kuzu_load.cypher (GraphCsv::load_script in the Kuzu dialect).
std::string kuzu_load_script();

/// graph.ttl or graph.nt (rdf_graph()), each triple written as it is made (rdf.cpp).
enum class RdfSyntax { kTurtle, kNTriples };
void write_rdf(const Timeline& t, const std::string& base, RdfSyntax syntax, ByteSink& sink);

/// Runs `fill` on a ByteSink over a new string and returns the string.
template <class Fill>
std::string collect(Fill fill) {
  std::string out;
  ByteSink sink(out);
  fill(sink);
  sink.flush();
  return out;
}

}  // namespace kronik::export_detail
