// Helpers shared by the exporters (not installed, not part of the public API).
#pragma once

#include <charconv>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/core/text.h"
#include "kronik/graph/timeline.h"

namespace kronik::export_detail {

/// Graphviz keeps process-wide state (agerr's handler and buffer, the DOT lexer/parser, the
/// writer's indentation level), so every cgraph/gvc call in this module runs under this lock.
std::mutex& graphviz_mutex();

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

}  // namespace kronik::export_detail
