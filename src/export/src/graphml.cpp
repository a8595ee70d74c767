// graph.graphml: GraphML 1.1 written by hand. The format is small (keys, nodes, edges, data),
// so a string builder with careful escaping is simpler and more predictable than an XML
// library, and keeps attribute order and indentation fixed for byte-determinism.
//
// Tool notes baked in here:
//   - the file validates against the GraphML schema (tests/clients/graphml.sh runs xmllint):
//     no attribute outside the schema, so everything a tool may want is a typed <data> key;
//   - NetworkX's read_graphml and igraph's Graph.Read_GraphML map <key attr.type> to their
//     types and turn parallel edges into a multigraph keyed by the edge ids;
//   - Gephi shows the "label" key and takes node colour and size from the keys "r", "g", "b"
//     (int 0-255) and "size" (float); edges get "r", "g", "b" of their quad class;
//   - GraphML has no date type: date_start / date_end are full ISO days ("2023-09-01"), which
//     sort as text and parse as dates everywhere, beside the reduced-precision "date".
#include <algorithm>
#include <cmath>
#include <string>

#include "internal.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

using export_detail::ByteSink;
using export_detail::valid_utf8;

/// XML 1.0 text: escapes markup characters and drops code points XML 1.0 forbids (C0 controls
/// other than tab/LF/CR, U+FFFE, U+FFFF, lone surrogates). In attribute values tab, LF and CR
/// are written as character references, because XML parsers normalise them to spaces there.
std::string xml(std::string_view raw, bool attribute) {
  const std::string s = valid_utf8(raw);
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = decode_utf8(s, i);
    switch (cp) {
      case U'&': out += "&amp;"; continue;
      case U'<': out += "&lt;"; continue;
      case U'>': out += "&gt;"; continue;
      case U'"': out += "&quot;"; continue;
      case U'\t': out += attribute ? "&#9;" : "\t"; continue;
      case U'\n': out += attribute ? "&#10;" : "\n"; continue;
      case U'\r': out += "&#13;"; continue;  // a raw CR would be normalised away
      default: break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
        cp > 0x10FFFF)
      continue;
    append_utf8(out, cp);
  }
  return out;
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

struct Key {
  const char* id;
  const char* domain;  // "node" / "edge"
  const char* name;
  const char* type;    // string, int, double, boolean
};

constexpr Key kNodeKeys[] = {
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_qid", "node", "qid", "string"},
    {"n_iso", "node", "iso", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_mentions", "node", "mentions", "int"},
    {"n_first_seen", "node", "first_seen", "string"},
    {"n_last_seen", "node", "last_seen", "string"},
    {"n_from_gazetteer", "node", "from_gazetteer", "boolean"},
    {"n_r", "node", "r", "int"},
    {"n_g", "node", "g", "int"},
    {"n_b", "node", "b", "int"},
    {"n_size", "node", "size", "float"},
};

constexpr Key kEdgeKeys[] = {
    {"e_label", "edge", "label", "string"},
    {"e_event", "edge", "event", "string"},
    {"e_cameo", "edge", "cameo", "string"},
    {"e_cameo_name", "edge", "cameo_name", "string"},
    {"e_type", "edge", "type", "string"},
    {"e_date", "edge", "date", "string"},
    {"e_date_start", "edge", "date_start", "string"},
    {"e_date_end", "edge", "date_end", "string"},
    {"e_quad_class", "edge", "quad_class", "int"},
    {"e_goldstein", "edge", "goldstein", "double"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_sources", "edge", "sources", "string"},
    {"e_r", "edge", "r", "int"},
    {"e_g", "edge", "g", "int"},
    {"e_b", "edge", "b", "int"},
};

constexpr Key kEvidenceKey = {"e_evidence", "edge", "evidence", "string"};

void write_key(ByteSink& out, const Key& k) {
  out.write("  <key id=\"");
  out.write(k.id);
  out.write("\" for=\"");
  out.write(k.domain);
  out.write("\" attr.name=\"");
  out.write(k.name);
  out.write("\" attr.type=\"");
  out.write(k.type);
  out.write("\"/>\n");
}

/// One <data> element; empty values are left out so tools see a missing attribute.
void data(ByteSink& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out.write("      <data key=\"");
  out.write(key);
  out.write("\">");
  out.write(xml(value, false));
  out.write("</data>\n");
}

/// Gephi's colour keys from a "#rrggbb" colour.
void rgb(ByteSink& out, const char* prefix, std::string_view hex) {
  static constexpr const char* kChannels[] = {"r", "g", "b"};
  for (int i = 0; i < 3; ++i) {
    const int value = std::stoi(std::string(hex.substr(1 + 2 * i, 2)), nullptr, 16);
    data(out, (std::string(prefix) + kChannels[i]).c_str(), std::to_string(value));
  }
}

/// Node size for Gephi: grows with the square root of the mentions, 10 for one mention.
std::string node_size(std::uint32_t mentions) {
  return export_detail::number(10.0 * std::sqrt(std::max<double>(1.0, mentions)), 1);
}

void write_node(ByteSink& out, const export_detail::GraphNode& n) {
  const EntityRecord* e = n.entity;
  const EntityType type = e ? e->type : EntityType::kUnknown;
  out.write("    <node id=\"");
  out.write(xml(n.key, true));
  out.write("\">\n");
  data(out, "n_label", e && !e->name.empty() ? e->name : n.key);
  data(out, "n_type", entity_type_name(type));
  if (e) {
    data(out, "n_qid", e->qid);
    data(out, "n_iso", e->iso);
    data(out, "n_aliases", join(e->aliases, "|"));
    data(out, "n_mentions", std::to_string(e->mentions));
    data(out, "n_first_seen", export_detail::date_text(e->first_seen));
    data(out, "n_last_seen", export_detail::date_text(e->last_seen));
    data(out, "n_from_gazetteer", e->from_gazetteer ? "true" : "false");
  }
  rgb(out, "n_", export_detail::entity_colour(type));
  data(out, "n_size", node_size(e ? e->mentions : 0));
  out.write("    </node>\n");
}

void write_edge(ByteSink& out, std::size_t index, const export_detail::GraphEdge& ge,
                const ExportConfig& config) {
  const Relation& r = *ge.relation;
  const Event* ev = ge.event;
  const TimeValue& date = export_detail::relation_date(r, ev);
  const std::string type = export_detail::relation_type(r, ev);
  const std::string cameo = !r.cameo.empty() ? r.cameo : ev ? ev->cameo : std::string();
  out.write("    <edge id=\"e");
  out.write(std::to_string(index));
  out.write("\" source=\"");
  out.write(xml(r.source, true));
  out.write("\" target=\"");
  out.write(xml(r.target, true));
  out.write("\">\n");
  const std::string day = export_detail::date_text(date);
  data(out, "e_label", day.empty() ? type : type + " " + day);
  data(out, "e_event", r.event);
  data(out, "e_cameo", cameo);
  if (ev) data(out, "e_cameo_name", ev->cameo_name);
  data(out, "e_type", type);
  data(out, "e_date", day);
  data(out, "e_date_start", export_detail::interval_start(date));
  data(out, "e_date_end", export_detail::interval_end(date));
  if (ev) {
    data(out, "e_quad_class", std::to_string(ev->quad_class));
    data(out, "e_goldstein", export_detail::number(ev->goldstein, 2));
    data(out, "e_confidence", export_detail::number(ev->confidence, 4));
    data(out, "e_sources", join(ev->sources, "|"));
    if (config.include_evidence_in_graph) data(out, "e_evidence", export_detail::evidence_lines(*ev));
  }
  rgb(out, "e_", export_detail::quad_colour(ev ? ev->quad_class : 0));
  out.write("    </edge>\n");
}

}  // namespace

void export_detail::write_graph_graphml(const Timeline& timeline, const ExportConfig& config, ByteSink& out) {
  const export_detail::GraphView view = export_detail::build_graph_view(timeline, config.draw_isolated);
  out.write(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n");
  for (const Key& k : kNodeKeys) write_key(out, k);
  for (const Key& k : kEdgeKeys) write_key(out, k);
  if (config.include_evidence_in_graph) write_key(out, kEvidenceKey);

  out.write("  <graph id=\"");
  out.write(xml(config.graph_name.empty() ? std::string("kronik") : config.graph_name, true));
  out.write("\" edgedefault=\"directed\">\n");

  for (const export_detail::GraphNode& n : view.nodes) write_node(out, n);
  std::size_t index = 0;
  for (const export_detail::GraphEdge& ge : view.edges) write_edge(out, index++, ge, config);
  out.write("  </graph>\n</graphml>\n");
}

std::string graph_graphml(const Timeline& timeline, const ExportConfig& config) {
  return export_detail::collect([&](export_detail::ByteSink& s) { export_detail::write_graph_graphml(timeline, config, s); });
}

}  // namespace kronik
