// The summary graph behind graph.svg. Graphviz's layouts grow much faster than linearly (dot took
// 5.7 s for 100 articles and did not finish for 1,000), so the drawing shows a bounded part of
// the graph: the entities with the most relations, and one edge per (actor, target, type) with a
// count and a date range instead of one edge per event. graph.dot and graph.graphml keep the
// full graph.
//
// Every choice is a total order on content (counts, then keys), never on addresses or hash
// order, so the same Timeline always gives the same summary.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "internal.h"

namespace kronik::export_detail {
namespace {

using EdgeKey = std::tuple<std::string, std::string, std::string>;  // source, target, type

/// Relations per entity key: each relation counts once at each end.
std::map<std::string, std::size_t> weighted_degrees(const GraphView& v) {
  std::map<std::string, std::size_t> deg;
  for (const GraphEdge& e : v.edges) {
    ++deg[e.relation->source];
    ++deg[e.relation->target];
  }
  return deg;
}

/// The `max_nodes` best-connected nodes (all when 0), most relations first, ties by key.
std::vector<GraphNode> top_nodes(const GraphView& v, const std::map<std::string, std::size_t>& deg,
                                 std::size_t max_nodes) {
  std::vector<GraphNode> nodes = v.nodes;
  auto degree = [&](const GraphNode& n) {
    auto it = deg.find(n.key);
    return it == deg.end() ? std::size_t{0} : it->second;
  };
  std::stable_sort(nodes.begin(), nodes.end(), [&](const GraphNode& a, const GraphNode& b) {
    const std::size_t da = degree(a), db = degree(b);
    return da != db ? da > db : a.key < b.key;
  });
  if (max_nodes > 0 && nodes.size() > max_nodes) nodes.resize(max_nodes);
  return nodes;
}

void widen_dates(SummaryEdge& s, const TimeValue& date) {
  if (!date.known()) return;
  if (!s.first.known() || time_less(date, s.first)) s.first = date;
  if (!s.last.known() || time_less(s.last, date)) s.last = date;
}

/// Relations between kept nodes folded per (source, target, type), in key order.
std::map<EdgeKey, SummaryEdge> fold_edges(const GraphView& v, const std::vector<GraphNode>& kept) {
  std::set<std::string> keys;
  for (const GraphNode& n : kept) keys.insert(n.key);
  std::map<EdgeKey, SummaryEdge> folded;
  for (const GraphEdge& e : v.edges) {  // relation order: the first relation names the edge
    const Relation& r = *e.relation;
    if (!keys.count(r.source) || !keys.count(r.target)) continue;
    const std::string type = relation_type(r, e.event);
    auto [it, fresh] = folded.try_emplace({r.source, r.target, type});
    SummaryEdge& s = it->second;
    if (fresh) {
      s.source = r.source;
      s.target = r.target;
      s.type = type;
      s.cameo = !r.cameo.empty() ? r.cameo : e.event ? e.event->cameo : std::string();
      s.quad_class = e.event ? e.event->quad_class : 0;
    }
    ++s.count;
    widen_dates(s, relation_date(r, e.event));
    s.events.emplace_back(r.event, relation_date(r, e.event));
  }
  return folded;
}

/// The `max_edges` heaviest folded edges (all when 0), ties by (source, target, type).
std::vector<SummaryEdge> heaviest_edges(std::map<EdgeKey, SummaryEdge> folded, std::size_t max_edges) {
  std::vector<SummaryEdge> edges;
  edges.reserve(folded.size());
  for (auto& [key, e] : folded) edges.push_back(std::move(e));  // already in key order
  std::stable_sort(edges.begin(), edges.end(),
                   [](const SummaryEdge& a, const SummaryEdge& b) { return a.count > b.count; });
  if (max_edges > 0 && edges.size() > max_edges) edges.resize(max_edges);
  return edges;
}

/// Without draw_isolated, a node whose every edge was cut is not drawn either.
std::vector<GraphNode> nodes_with_edges(std::vector<GraphNode> nodes, const std::vector<SummaryEdge>& edges) {
  std::set<std::string> used;
  for (const SummaryEdge& e : edges) {
    used.insert(e.source);
    used.insert(e.target);
  }
  std::erase_if(nodes, [&](const GraphNode& n) { return !used.count(n.key); });
  return nodes;
}

}  // namespace

SummaryView build_summary_view(const Timeline& t, std::size_t max_nodes, std::size_t max_edges,
                               bool draw_isolated) {
  const GraphView full = build_graph_view(t, draw_isolated);
  SummaryView s;
  s.total_nodes = full.nodes.size();
  s.total_relations = full.edges.size();
  s.nodes = top_nodes(full, weighted_degrees(full), max_nodes);
  s.edges = heaviest_edges(fold_edges(full, s.nodes), max_edges);
  if (!draw_isolated) s.nodes = nodes_with_edges(std::move(s.nodes), s.edges);
  for (const SummaryEdge& e : s.edges) s.shown_relations += e.count;
  return s;
}

std::string grouped(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace kronik::export_detail
