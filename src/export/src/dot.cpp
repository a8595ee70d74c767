// graph.dot and graph.svg through Graphviz's own libraries: cgraph builds the graph and writes
// it (agwrite quotes names and values the way Graphviz reads them back), gvc lays it out and
// renders SVG. Building through cgraph rather than printing DOT by hand means the file always
// parses, whatever the entity names contain.
//
// Graphviz keeps global state (agerr handler and buffer, writer indentation, parser), so every
// call runs under export_detail::graphviz_mutex(), and agerr output is redirected into a string
// for the duration of the call: library code never prints.
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

// ---- writing into a std::string through an I/O discipline ------------------------------------

int io_read(void*, char*, int) { return 0; }  // never used: the graph is only written
int io_putstr(void* chan, const char* s) {
  static_cast<std::string*>(chan)->append(s);
  return 0;
}
int io_flush(void*) { return 0; }

Agiodisc_t g_string_io = {io_read, io_putstr, io_flush};

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

/// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
const char* quad_colour(int quad) {
  switch (quad) {
    case 1: return "#2e7d32";  // green
    case 2: return "#1565c0";  // blue
    case 3: return "#ef6c00";  // orange
    case 4: return "#c62828";  // red
    default: return "#616161"; // grey: unknown
  }
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

std::string build_dot(const Timeline& t, const ExportConfig& cfg) {
  const export_detail::GraphView view = export_detail::build_graph_view(t, cfg.draw_isolated);

  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &g_string_io};
  std::string name = plain(cfg.graph_name.empty() ? std::string("kronik") : cfg.graph_name);
  Agraph_t* g = agopen(name.data(), Agdirected, &disc);
  if (!g) return {};

  const std::string font = plain(cfg.font);
  declare(g, AGRAPH, "rankdir", "LR");
  declare(g, AGRAPH, "charset", "UTF-8");
  declare(g, AGRAPH, "fontname", font);
  declare(g, AGRAPH, "overlap", "false");  // for neato/fdp layouts; ignored by dot

  declare(g, AGNODE, "fontname", font);
  const Attr n_label = declare(g, AGNODE, "label", "\\N");
  const Attr n_shape = declare(g, AGNODE, "shape", "ellipse");
  const Attr n_style = declare(g, AGNODE, "style", "filled");
  const Attr n_fill = declare(g, AGNODE, "fillcolor", "white");
  const Attr n_tooltip = declare(g, AGNODE, "tooltip", "");
  const Attr n_type = declare(g, AGNODE, "type", "");
  const Attr n_qid = declare(g, AGNODE, "qid", "");

  declare(g, AGEDGE, "fontname", font);
  declare(g, AGEDGE, "fontsize", "10");
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
    std::string id = plain(gn.key);
    Agnode_t* n = agnode(g, id.data(), 1);
    if (!n) continue;
    nodes[gn.key] = n;
    const EntityRecord* e = gn.entity;
    const EntityType type = e ? e->type : EntityType::kUnknown;
    const NodeStyle st = style_for(type);
    const std::string label = e && !e->name.empty() ? e->name : gn.key;
    n_label.set(n, esc_label(label));
    n_shape.set(n, st.shape);
    n_style.set(n, st.style);
    n_fill.set(n, st.fill);
    std::string tip = label + " (" + entity_type_name(type);
    if (e && !e->qid.empty()) tip += ", " + e->qid;
    tip += ")";
    n_tooltip.set(n, esc_label(tip));
    n_type.set(n, entity_type_name(type));
    if (e && !e->qid.empty()) n_qid.set(n, plain(e->qid));
  }

  for (const export_detail::GraphEdge& ge : view.edges) {
    const Relation& r = *ge.relation;
    const Event* ev = ge.event;
    Agnode_t* tail = nodes[r.source];
    Agnode_t* head = nodes[r.target];
    if (!tail || !head) continue;
    Agedge_t* e = agedge(g, tail, head, nullptr, 1);  // anonymous: parallel edges allowed
    if (!e) continue;
    const TimeValue& date = r.date.known() || !ev ? r.date : ev->date;
    std::string type = !r.label.empty() ? r.label : ev && !ev->type.empty() ? ev->type : r.cameo;
    // The "\n" in the label is the two characters backslash-n, which Graphviz draws as a line
    // break; esc_label() is applied to the parts only, so it stays an escape.
    std::string shown = type;  // "military_aid" reads better as "military aid" in a diagram
    for (char& c : shown)
      if (c == '_') c = ' ';
    std::string label = esc_label(shown);
    const std::string day = export_detail::date_text(date);
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

  std::string out;
  agwrite(g, &out);
  agclose(g);
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

std::string graph_dot(const Timeline& timeline, const ExportConfig& config) {
  std::lock_guard<std::mutex> lock(export_detail::graphviz_mutex());
  std::string messages;  // cgraph warnings are not actionable here; they are discarded
  AgerrCapture capture(messages);
  return build_dot(timeline, config);
}

Result<std::string> render_svg(const std::string& dot, const ExportConfig& config) {
  std::lock_guard<std::mutex> lock(export_detail::graphviz_mutex());
  std::string messages;
  AgerrCapture capture(messages);

  GVC_t* gvc = shared_context();
  if (!gvc) return Error{ErrorCode::kUnsupported, "Graphviz could not start (gvContext failed)", "graph.svg", 0};
  Agraph_t* g = agmemread(dot.c_str());
  if (!g) {
    return Error{ErrorCode::kParse, "the DOT text does not parse: " + one_line(messages), "graph.dot", 0};
  }
  const std::string engine = config.layout.empty() ? std::string("dot") : config.layout;
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
