// graph.dot and graph.svg through Graphviz's own libraries: cgraph builds the graph and writes
// it (agwrite quotes names and values the way Graphviz reads them back), gvc lays it out and
// renders SVG. Building through cgraph rather than printing DOT by hand means the file always
// parses, whatever the entity names contain.
//
// Graphviz keeps global state (agerr handler and buffer, writer indentation, parser), so every
// call runs under export_detail::graphviz_mutex(), and agerr output is redirected into a string
// for the duration of the call: library code never prints.
#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <string>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "internal.h"
#include "kronik/export/export.h"

namespace kronik {

std::mutex& export_detail::graphviz_mutex() {
  static std::mutex m;
  return m;
}

namespace {

using export_detail::valid_utf8;
using export_detail::quad_colour;

// ---- agerr capture ---------------------------------------------------------------------------

std::string* g_error_sink = nullptr;  // guarded by graphviz_mutex()

int capture_agerr(char* msg) {
  if (g_error_sink && msg) *g_error_sink += msg;
  return 0;
}

/// Redirects agerr messages into a string while alive (caller holds graphviz_mutex()).
class AgerrCapture {
 public:
  explicit AgerrCapture(std::string& sink) {
    g_error_sink = &sink;
    previous_ = agseterrf(capture_agerr);
    agreseterrors();
  }
  ~AgerrCapture() {
    agseterrf(previous_);
    g_error_sink = nullptr;
  }
  AgerrCapture(const AgerrCapture&) = delete;
  AgerrCapture& operator=(const AgerrCapture&) = delete;

 private:
  agusererrf previous_ = nullptr;
};

/// Graphviz's messages end in newlines and come in fragments: one line for an Error.
std::string one_line(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// ---- writing into a ByteSink through an I/O discipline ----------------------------------------

int io_read(void*, char*, int) { return 0; }  // never used: the graph is only written
int io_putstr(void* chan, const char* s) {
  static_cast<export_detail::ByteSink*>(chan)->write(s);
  return 0;
}
int io_flush(void*) { return 0; }

Agiodisc_t g_sink_io = {io_read, io_putstr, io_flush};

// ---- escaping --------------------------------------------------------------------------------

bool entity_like_at(std::string_view s, std::size_t amp) {
  std::size_t i = amp + 1;
  std::size_t n = 0;
  while (i < s.size() && n < 32) {
    const char c = s[i];
    if (c == ';') return n > 0;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#'))
      return false;
    ++i;
    ++n;
  }
  return false;
}

/// agwrite writes a value that is U+FEFF (a byte-order mark) alone without quotes, and
/// Graphviz's reader does not take it back (syntax error): found by fuzz/export. The character
/// is invisible, so it is dropped from every name and value.
std::string valid_without_bom(std::string_view raw) {
  std::string s = valid_utf8(raw);
  for (std::size_t at = s.find("\xEF\xBB\xBF"); at != std::string::npos; at = s.find("\xEF\xBB\xBF", at))
    s.erase(at, 3);
  return s;
}

/// For escString attributes (label, tooltip). Graphviz interprets backslash sequences in them
/// (\n newline, \N node name, \G graph name, ...) and decodes HTML entities (&amp;) in labels,
/// so a literal backslash is doubled, a line break becomes "\n", other control characters a
/// space, and an '&' that would start an entity becomes "&amp;". Quotes are left to agwrite.
std::string esc_label(std::string_view raw) {
  const std::string s = valid_without_bom(raw);
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') continue;  // CRLF: one line break
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || u == 0x7f) {
      out += ' ';
    } else if (c == '&' && entity_like_at(s, i)) {
      out += "&amp;";
    } else {
      out += c;
    }
  }
  return out;
}

/// For names and plain attributes (cameo, event, date, type, ...), which Graphviz does not
/// interpret. cgraph writes them without escaping backslashes, and a backslash before the
/// closing quote would swallow it, so backslashes (never seen in kronik's keys or codes) become
/// '/'; control characters become spaces.
std::string plain(std::string_view raw) {
  std::string s = valid_without_bom(raw);
  for (char& c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\\') c = '/';
    else if (u < 0x20 || u == 0x7f) c = ' ';
  }
  return s;
}

struct NodeStyle {
  const char* shape;
  const char* style;
  const char* fill;
};

NodeStyle style_for(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return {"ellipse", "filled", "#e3f2fd"};
    case EntityType::kCountry: return {"box", "filled", "#fff3e0"};
    case EntityType::kOrganization: return {"box", "rounded,filled", "#ede7f6"};
    case EntityType::kLocation: return {"note", "filled", "#e8f5e9"};
    case EntityType::kGroup: return {"octagon", "filled", "#fce4ec"};
    case EntityType::kUnknown: break;
  }
  return {"ellipse", "dashed,filled", "#f5f5f5"};
}

/// A settable attribute: declared once with its default, then set per object.
struct Attr {
  Agsym_t* sym = nullptr;
  void set(void* obj, const std::string& value) const {
    agxset(obj, sym, const_cast<char*>(value.c_str()));
  }
};

Attr declare(Agraph_t* g, int kind, const char* name, const std::string& def) {
  return {agattr(g, kind, const_cast<char*>(name), const_cast<char*>(def.c_str()))};
}

struct NodeAttrs {
  Attr label, shape, style, fill, tooltip, type, qid;
};

/// Opens the digraph with the graph- and node-level attributes both diagrams share.
Agraph_t* open_graph(const ExportConfig& cfg, Agdisc_t* disc, NodeAttrs& n) {
  std::string name = plain(cfg.graph_name.empty() ? std::string("kronik") : cfg.graph_name);
  Agraph_t* g = agopen(name.data(), Agdirected, disc);
  if (!g) return nullptr;
  const std::string font = plain(cfg.font);
  declare(g, AGRAPH, "rankdir", "LR");
  declare(g, AGRAPH, "charset", "UTF-8");
  declare(g, AGRAPH, "fontname", font);
  declare(g, AGRAPH, "overlap", "false");  // for neato/fdp layouts; ignored by dot

  declare(g, AGNODE, "fontname", font);
  n.label = declare(g, AGNODE, "label", "\\N");
  n.shape = declare(g, AGNODE, "shape", "ellipse");
  n.style = declare(g, AGNODE, "style", "filled");
  n.fill = declare(g, AGNODE, "fillcolor", "white");
  n.tooltip = declare(g, AGNODE, "tooltip", "");
  n.type = declare(g, AGNODE, "type", "");
  n.qid = declare(g, AGNODE, "qid", "");

  declare(g, AGEDGE, "fontname", font);
  declare(g, AGEDGE, "fontsize", "10");
  return g;
}

/// One entity node: label = canonical name, shape and fill by type, tooltip name (type, QID).
Agnode_t* add_node(Agraph_t* g, const NodeAttrs& a, const export_detail::GraphNode& gn) {
  std::string id = plain(gn.key);
  Agnode_t* n = agnode(g, id.data(), 1);
  if (!n) return nullptr;
  const EntityRecord* e = gn.entity;
  const EntityType type = e ? e->type : EntityType::kUnknown;
  const NodeStyle st = style_for(type);
  const std::string label = e && !e->name.empty() ? e->name : gn.key;
  a.label.set(n, esc_label(label));
  a.shape.set(n, st.shape);
  a.style.set(n, st.style);
  a.fill.set(n, st.fill);
  std::string tip = label + " (" + entity_type_name(type);
  if (e && !e->qid.empty()) tip += ", " + e->qid;
  tip += ")";
  a.tooltip.set(n, esc_label(tip));
  a.type.set(n, entity_type_name(type));
  if (e && !e->qid.empty()) a.qid.set(n, plain(e->qid));
  return n;
}

/// "military_aid" reads better as "military aid" in a diagram.
std::string shown_type(std::string type) {
  for (char& c : type)
    if (c == '_') c = ' ';
  return esc_label(type);
}

/// cgraph writes the file piece by piece into `sink` (the graph itself stays in cgraph's memory).
void write_and_close(Agraph_t* g, export_detail::ByteSink& sink) {
  agwrite(g, &sink);
  agclose(g);
}

void build_dot(const Timeline& t, const ExportConfig& cfg, export_detail::ByteSink& sink) {
  const export_detail::GraphView view = export_detail::build_graph_view(t, cfg.draw_isolated);

  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &g_sink_io};
  NodeAttrs na;
  Agraph_t* g = open_graph(cfg, &disc, na);
  if (!g) return;
  const Attr e_label = declare(g, AGEDGE, "label", "");
  const Attr e_colour = declare(g, AGEDGE, "color", quad_colour(0));
  const Attr e_fontcolour = declare(g, AGEDGE, "fontcolor", quad_colour(0));
  const Attr e_tooltip = declare(g, AGEDGE, "tooltip", "");
  const Attr e_event = declare(g, AGEDGE, "event", "");
  const Attr e_cameo = declare(g, AGEDGE, "cameo", "");
  const Attr e_date = declare(g, AGEDGE, "date", "");
  const Attr e_quad = declare(g, AGEDGE, "quad_class", "0");
  const Attr e_goldstein = declare(g, AGEDGE, "goldstein", "");

  std::map<std::string, Agnode_t*> nodes;
  for (const export_detail::GraphNode& gn : view.nodes) {
    if (Agnode_t* n = add_node(g, na, gn)) nodes[gn.key] = n;
  }

  for (const export_detail::GraphEdge& ge : view.edges) {
    const Relation& r = *ge.relation;
    const Event* ev = ge.event;
    Agnode_t* tail = nodes[r.source];
    Agnode_t* head = nodes[r.target];
    if (!tail || !head) continue;
    Agedge_t* e = agedge(g, tail, head, nullptr, 1);  // anonymous: parallel edges allowed
    if (!e) continue;
    // The "\n" in the label is the two characters backslash-n, which Graphviz draws as a line
    // break; esc_label() is applied to the parts only, so it stays an escape.
    std::string label = shown_type(export_detail::relation_type(r, ev));
    const std::string day = export_detail::date_text(export_detail::relation_date(r, ev));
    if (!day.empty()) label += "\\n" + esc_label(day);
    e_label.set(e, label);
    const int quad = ev ? ev->quad_class : 0;
    e_colour.set(e, quad_colour(quad));
    e_fontcolour.set(e, quad_colour(quad));
    const std::string cameo = !r.cameo.empty() ? r.cameo : ev ? ev->cameo : std::string();
    std::string tip = cameo;
    if (ev && !ev->cameo_name.empty()) tip += (tip.empty() ? "" : " ") + ev->cameo_name;
    if (cfg.include_evidence_in_graph && ev) {
      for (const Evidence& x : ev->evidence) tip += "\n[" + x.document + "] " + x.text;
    }
    e_tooltip.set(e, esc_label(tip));
    e_event.set(e, plain(r.event));
    e_cameo.set(e, plain(cameo));
    e_date.set(e, day);
    e_quad.set(e, std::to_string(quad));
    if (ev) e_goldstein.set(e, export_detail::number(ev->goldstein, 2));
  }
  write_and_close(g, sink);
}

/// "meet ×12\n2024-03 – 2024-11": type, count when more than one, date or date range. Both ends
/// of a range are shown at the coarser of their two precisions, so a label never mixes "2024-06"
/// with "2024-06-19".
std::string summary_label(const export_detail::SummaryEdge& s) {
  std::string label = shown_type(s.type);
  if (s.count > 1) label += " \u00d7" + std::to_string(s.count);
  const Granularity g = std::min(s.first.granularity, s.last.granularity);
  const std::string first = export_detail::date_text(s.first.truncated(g));
  const std::string last = export_detail::date_text(s.last.truncated(g));
  if (!first.empty()) label += "\\n" + esc_label(first);
  if (last != first) label += " \u2013 " + esc_label(last);
  return label;
}

/// The tooltip of a summary edge: what it stands for, then each event id with its date (the ids
/// of timeline.json and timeline.html), at most 20.
std::string summary_tooltip(const export_detail::SummaryEdge& s) {
  std::string tip = plain(s.cameo) + " " + s.type + ": " + std::to_string(s.count) + (s.count == 1 ? " event" : " events");
  std::size_t listed = 0;
  for (const auto& [id, date] : s.events) {
    if (++listed > 20) {
      tip += "\n...";
      break;
    }
    tip += "\n" + id;
    if (date.known()) tip += " " + export_detail::date_text(date);
  }
  return tip;
}

/// Heavier edges are drawn thicker: 1 for one relation, up to 5 (log2 of the count).
std::string pen_width(std::size_t count) {
  const double w = 1.0 + std::log2(static_cast<double>(count));
  return export_detail::number(std::min(w, 5.0), 1);
}

/// "showing 60 of 4,312 entities and 1,210 of 9,876 relations" when the summary was cut.
std::string cut_note(const export_detail::SummaryView& v) {
  using export_detail::grouped;
  return "showing " + grouped(v.nodes.size()) + " of " + grouped(v.total_nodes) + " entities and " +
         grouped(v.shown_relations) + " of " + grouped(v.total_relations) +
         " relations (full graph: graph.dot, graph.graphml)";
}

/// "kronik: 14 events, 18 entities, 2023-09-06 – 2024-11-09": the graph's title.
std::string summary_title(const Timeline& t, const ExportConfig& cfg) {
  const auto [first, last] = export_detail::date_span(t);
  std::string title = (cfg.graph_name.empty() ? std::string("kronik") : cfg.graph_name) + ": " +
                      export_detail::grouped(t.events.size()) + " events, " + export_detail::grouped(t.entities.size()) +
                      " entities";
  if (!first.empty()) title += ", " + first + " \u2013 " + last;
  return title;
}

/// A legend cluster: one node per entity shape and one edge per quad-class colour. Its node
/// names start with "legend:", which no entity key does.
void add_legend(Agraph_t* g, const NodeAttrs& na, const Attr& e_label, const Attr& e_colour, const Attr& e_fontcolour) {
  char name[] = "cluster_legend";
  Agraph_t* legend = agsubg(g, name, 1);
  if (!legend) return;
  agsafeset(legend, const_cast<char*>("label"), const_cast<char*>("legend"), const_cast<char*>(""));
  agsafeset(legend, const_cast<char*>("style"), const_cast<char*>("dashed"), const_cast<char*>(""));
  static constexpr EntityType kTypes[] = {EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization,
                                          EntityType::kLocation, EntityType::kGroup};
  Agnode_t* previous = nullptr;
  for (EntityType type : kTypes) {
    const export_detail::GraphNode item{std::string("legend:") + entity_type_name(type), nullptr};
    Agnode_t* n = add_node(legend, na, item);
    if (!n) continue;
    // Invisible links lay the shapes out in one row (rankdir LR puts each in the next rank).
    if (Agedge_t* link = previous ? agedge(legend, previous, n, nullptr, 1) : nullptr)
      agsafeset(link, const_cast<char*>("style"), const_cast<char*>("invis"), const_cast<char*>(""));
    previous = n;
    const NodeStyle st = style_for(type);
    na.label.set(n, entity_type_name(type));
    na.shape.set(n, st.shape);
    na.style.set(n, st.style);
    na.fill.set(n, st.fill);
    na.tooltip.set(n, std::string("entity type ") + entity_type_name(type));
  }
  static constexpr const char* kQuads[] = {"verbal cooperation", "material cooperation", "verbal conflict",
                                           "material conflict"};
  for (int q = 1; q <= 4; ++q) {
    std::string from = "legend:q" + std::to_string(q) + "a", to = "legend:q" + std::to_string(q) + "b";
    Agnode_t* a = agnode(legend, from.data(), 1);
    Agnode_t* b = agnode(legend, to.data(), 1);
    if (!a || !b) continue;
    for (Agnode_t* n : {a, b}) {
      na.label.set(n, "");
      na.shape.set(n, "point");
      na.style.set(n, "invis");
    }
    Agedge_t* e = agedge(legend, a, b, nullptr, 1);
    if (!e) continue;
    e_label.set(e, std::to_string(q) + " " + kQuads[q - 1]);
    e_colour.set(e, quad_colour(q));
    e_fontcolour.set(e, quad_colour(q));
  }
}

std::string build_summary_dot(const Timeline& t, const ExportConfig& cfg) {
  const export_detail::SummaryView view =
      export_detail::build_summary_view(t, cfg.max_svg_nodes, cfg.max_svg_edges, cfg.draw_isolated);
  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &g_sink_io};
  NodeAttrs na;
  Agraph_t* g = open_graph(cfg, &disc, na);
  if (!g) return {};
  std::string title = summary_title(t, cfg);
  if (view.cut()) title += "\n" + cut_note(view);
  declare(g, AGRAPH, "label", esc_label(title));
  declare(g, AGRAPH, "labelloc", "t");
  declare(g, AGRAPH, "labeljust", "l");
  const Attr e_label = declare(g, AGEDGE, "label", "");
  const Attr e_colour = declare(g, AGEDGE, "color", quad_colour(0));
  const Attr e_fontcolour = declare(g, AGEDGE, "fontcolor", quad_colour(0));
  const Attr e_penwidth = declare(g, AGEDGE, "penwidth", "1");
  const Attr e_tooltip = declare(g, AGEDGE, "tooltip", "");
  const Attr e_cameo = declare(g, AGEDGE, "cameo", "");
  const Attr e_quad = declare(g, AGEDGE, "quad_class", "0");
  const Attr e_count = declare(g, AGEDGE, "count", "1");
  const Attr e_first = declare(g, AGEDGE, "first", "");
  const Attr e_last = declare(g, AGEDGE, "last", "");
  const Attr e_url = declare(g, AGEDGE, "URL", "");

  std::map<std::string, Agnode_t*> nodes;
  for (const export_detail::GraphNode& gn : view.nodes) {
    if (Agnode_t* n = add_node(g, na, gn)) nodes[gn.key] = n;
  }
  if (!view.edges.empty()) add_legend(g, na, e_label, e_colour, e_fontcolour);
  for (const export_detail::SummaryEdge& s : view.edges) {
    Agnode_t* tail = nodes[s.source];
    Agnode_t* head = nodes[s.target];
    if (!tail || !head) continue;
    Agedge_t* e = agedge(g, tail, head, nullptr, 1);
    if (!e) continue;
    e_label.set(e, summary_label(s));
    e_colour.set(e, quad_colour(s.quad_class));
    e_fontcolour.set(e, quad_colour(s.quad_class));
    e_penwidth.set(e, pen_width(s.count));
    e_tooltip.set(e, esc_label(summary_tooltip(s)));
    // One event: the edge links to its card in timeline.html (same folder).
    if (s.events.size() == 1) e_url.set(e, plain("timeline.html#" + s.events.front().first));
    e_cameo.set(e, plain(s.cameo));
    e_quad.set(e, std::to_string(s.quad_class));
    e_count.set(e, std::to_string(s.count));
    e_first.set(e, export_detail::date_text(s.first));
    e_last.set(e, export_detail::date_text(s.last));
  }
  std::string out;
  export_detail::ByteSink sink(out);
  write_and_close(g, sink);
  sink.flush();
  return out;
}

/// One Graphviz context for the whole process, created on first use and never freed (caller
/// holds graphviz_mutex()). Why: Graphviz 2.42's pango text-layout plugin keeps a pointer to a
/// font name owned by the context, so freeing one context and creating another makes the next
/// layout read freed memory (AddressSanitizer reports it in textspan_size). Graphviz's own
/// command-line tools likewise use one context per process.
GVC_t* shared_context() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}

}  // namespace

void export_detail::write_graph_dot(const Timeline& timeline, const ExportConfig& config, ByteSink& sink) {
  std::lock_guard<std::mutex> lock(export_detail::graphviz_mutex());
  std::string messages;  // cgraph warnings are not actionable here; they are discarded
  AgerrCapture capture(messages);
  build_dot(timeline, config, sink);
}

std::string graph_dot(const Timeline& timeline, const ExportConfig& config) {
  return export_detail::collect([&](export_detail::ByteSink& s) { export_detail::write_graph_dot(timeline, config, s); });
}

std::string summary_dot(const Timeline& timeline, const ExportConfig& config) {
  std::lock_guard<std::mutex> lock(export_detail::graphviz_mutex());
  std::string messages;
  AgerrCapture capture(messages);
  return build_summary_dot(timeline, config);
}

Result<std::string> graph_svg(const Timeline& timeline, const ExportConfig& config) {
  return render_svg(summary_dot(timeline, config), config);
}

Result<std::string> render_svg(const std::string& dot, const ExportConfig& config) {
  std::lock_guard<std::mutex> lock(export_detail::graphviz_mutex());
  std::string messages;
  AgerrCapture capture(messages);

  GVC_t* gvc = shared_context();
  if (!gvc) return Error{ErrorCode::kUnsupported, "Graphviz could not start (gvContext failed)", "graph.svg", 0};
  Agraph_t* g = agmemread(dot.c_str());  // parsed here too, so that a bad text is kParse either way
  if (!g) {
    return Error{ErrorCode::kParse, "the DOT text does not parse: " + one_line(messages), "graph.dot", 0};
  }
  const std::string engine = config.layout.empty() ? std::string("dot") : config.layout;
  if (!config.graphviz_program.empty()) {
    if (auto svg = export_detail::layout_in_child(config.graphviz_program, engine, dot)) {
      agclose(g);
      return std::move(*svg);
    }
  }
  if (gvLayout(gvc, g, engine.c_str()) != 0) {
    agclose(g);
    return Error{ErrorCode::kUnsupported,
                 "Graphviz layout '" + engine + "' failed: " + one_line(messages), "graph.svg", 0};
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, g, "svg", &data, &length);
  std::string svg;
  if (rc == 0 && data) svg.assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  agclose(g);
  if (rc != 0 || svg.empty()) {
    return Error{ErrorCode::kUnsupported, "Graphviz could not render SVG: " + one_line(messages),
                 "graph.svg", 0};
  }
  return svg;
}

}  // namespace kronik
