// graph.graphml: GraphML 1.0 written by hand. The format is small (keys, nodes, edges, data),
// so a string builder with careful escaping is simpler and more predictable than an XML
// library, and keeps attribute order and indentation fixed for byte-determinism.
//
// Tool notes baked in here:
//   - NetworkX's read_graphml maps <key attr.type> to Python types and turns a file with
//     parallel edges into a MultiDiGraph keyed by the edge ids;
//   - Gephi shows the "label" key of nodes and edges;
//   - Neo4j's apoc.import.graphml reads node labels from a `labels=":Person"` attribute
//     (readLabels: true) and the relationship type from an edge's `label` attribute. Both are
//     extra XML attributes, which NetworkX and Gephi ignore.
#include <string>

#include "internal.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

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

/// Neo4j label / relationship type: upper-case ASCII word ("meet" -> "MEET",
/// "host visit" -> "HOST_VISIT"); "RELATED" when nothing usable remains.
std::string neo4j_name(std::string_view s, bool upper) {
  std::string out;
  for (char c : s) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) {
      if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

std::string capitalised(std::string_view s) {
  std::string out = neo4j_name(s, false);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
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
};

constexpr Key kEdgeKeys[] = {
    {"e_label", "edge", "label", "string"},
    {"e_event", "edge", "event", "string"},
    {"e_cameo", "edge", "cameo", "string"},
    {"e_cameo_name", "edge", "cameo_name", "string"},
    {"e_type", "edge", "type", "string"},
    {"e_date", "edge", "date", "string"},
    {"e_quad_class", "edge", "quad_class", "int"},
    {"e_goldstein", "edge", "goldstein", "double"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_sources", "edge", "sources", "string"},
};

constexpr Key kEvidenceKey = {"e_evidence", "edge", "evidence", "string"};

void write_key(std::string& out, const Key& k) {
  out += "  <key id=\"";
  out += k.id;
  out += "\" for=\"";
  out += k.domain;
  out += "\" attr.name=\"";
  out += k.name;
  out += "\" attr.type=\"";
  out += k.type;
  out += "\"/>\n";
}

/// One <data> element; empty values are left out so tools see a missing attribute.
void data(std::string& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out += "      <data key=\"";
  out += key;
  out += "\">";
  out += xml(value, false);
  out += "</data>\n";
}

}  // namespace

std::string graph_graphml(const Timeline& timeline, const ExportConfig& config) {
  const export_detail::GraphView view = export_detail::build_graph_view(timeline, config.draw_isolated);
  std::string out;
  out.reserve(4096 + 512 * (view.nodes.size() + view.edges.size()));
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kNodeKeys) write_key(out, k);
  for (const Key& k : kEdgeKeys) write_key(out, k);
  if (config.include_evidence_in_graph) write_key(out, kEvidenceKey);

  out += "  <graph id=\"";
  out += xml(config.graph_name.empty() ? std::string("kronik") : config.graph_name, true);
  out += "\" edgedefault=\"directed\">\n";

  for (const export_detail::GraphNode& n : view.nodes) {
    const EntityRecord* e = n.entity;
    const EntityType type = e ? e->type : EntityType::kUnknown;
    out += "    <node id=\"";
    out += xml(n.key, true);
    out += "\" labels=\":";
    out += capitalised(entity_type_name(type));
    out += "\">\n";
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
    out += "    </node>\n";
  }

  std::size_t index = 0;
  for (const export_detail::GraphEdge& ge : view.edges) {
    const Relation& r = *ge.relation;
    const Event* ev = ge.event;
    const TimeValue& date = r.date.known() || !ev ? r.date : ev->date;
    const std::string type = !r.label.empty() ? r.label : ev && !ev->type.empty() ? ev->type : r.cameo;
    const std::string cameo = !r.cameo.empty() ? r.cameo : ev ? ev->cameo : std::string();
    const std::string rel_type = neo4j_name(type, true);
    out += "    <edge id=\"e";
    out += std::to_string(index++);
    out += "\" source=\"";
    out += xml(r.source, true);
    out += "\" target=\"";
    out += xml(r.target, true);
    out += "\" label=\"";
    out += rel_type.empty() ? std::string("RELATED") : rel_type;
    out += "\">\n";
    const std::string day = export_detail::date_text(date);
    data(out, "e_label", day.empty() ? type : type + " " + day);
    data(out, "e_event", r.event);
    data(out, "e_cameo", cameo);
    if (ev) data(out, "e_cameo_name", ev->cameo_name);
    data(out, "e_type", type);
    data(out, "e_date", day);
    if (ev) {
      data(out, "e_quad_class", std::to_string(ev->quad_class));
      data(out, "e_goldstein", export_detail::number(ev->goldstein, 2));
      data(out, "e_confidence", export_detail::number(ev->confidence, 4));
      data(out, "e_sources", join(ev->sources, "|"));
      if (config.include_evidence_in_graph) {
        std::string text;
        for (const Evidence& x : ev->evidence) {
          if (!text.empty()) text += '\n';
          text += "[" + x.document + "] " + x.text;
        }
        data(out, "e_evidence", text);
      }
    }
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace kronik
