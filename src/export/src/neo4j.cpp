// neo4j_*.csv and kuzu_*.csv: the Timeline as CSV files for graph-database bulk loaders.
//
// Why CSV next to GraphML: apoc.import.graphml runs inside a live database, one transaction at a
// time; the bulk loaders (`neo4j-admin database import full`, Kuzu's COPY FROM) read CSV
// directly and are the standard path for large loads.
//
// One table of columns serves both dialects, so the two feeds cannot drift apart:
//   - Neo4j: typed headers (`name:ID(Space)`, `x:int`, `y:string[]`, `d:date`, `:LABEL`,
//     `:START_ID(Space)`, `:END_ID(Space)`, `:TYPE`); arrays joined with ';' (the importer's
//     default --array-delimiter, which has no escape: a ';' inside an element becomes ',');
//   - Kuzu: plain headers (COPY ... HEADER=true), arrays as `[a,b]`, whose reader splits on ','
//     and keeps quotes, so ',' inside an element becomes ';' and brackets become parentheses;
//     no field holds a line break (Kuzu's parallel CSV reader cannot split quoted newlines),
//     evidence lines are joined with " | "; the :LABEL and :TYPE columns are tables there.
//     kuzu_load.cypher creates the tables and copies the files.
//
// Choices made so the files import without errors and without flags beyond the documented ones:
//   - two ID spaces (Entity, Event), so an entity key can never clash with an event id;
//   - entities first by Timeline order, then, as stub nodes, every key a participant or location
//     names that Timeline::entities lacks (the loaders reject a relationship to a missing node);
//   - duplicate ids (entity key, event id) keep their first row (the loaders reject duplicates);
//   - an empty value is an unquoted empty field, which both read as "no property" (NULL);
//   - dates: the reduced-precision value ("2023-09") as text, beside date_start / date_end,
//     the days it stands for, typed DATE, so queries compare and sort dates correctly;
//   - participation is Entity -> Event and location Event -> Entity, each in its own file because
//     a relationship file has one START and one END ID space.
#include <initializer_list>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "internal.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

using export_detail::valid_utf8;

/// One column: its name, its Neo4j header suffix and its Kuzu type. A column without a name is
/// Neo4j-only (":LABEL", ":TYPE"); kuzu "FROM" / "TO" mark a relationship's ends.
struct Column {
  const char* name;
  const char* neo4j;
  const char* kuzu;  ///< nullptr: not written for Kuzu
};

constexpr Column kEntityColumns[] = {
    {"entityId", ":ID(Entity)", "STRING"}, {"name", "", "STRING"},
    {"type", "", "STRING"},                {"qid", "", "STRING"},
    {"iso", "", "STRING"},                 {"aliases", ":string[]", "STRING[]"},
    {"mentions", ":int", "INT64"},         {"first_seen", "", "STRING"},
    {"last_seen", "", "STRING"},           {"", ":LABEL", nullptr},
};
constexpr Column kEventColumns[] = {
    {"eventId", ":ID(Event)", "STRING"},  {"cameo", "", "STRING"},
    {"type", "", "STRING"},               {"headline", "", "STRING"},
    {"quad_class", ":int", "INT64"},      {"goldstein", ":float", "DOUBLE"},
    {"date", "", "STRING"},               {"date_start", ":date", "DATE"},
    {"date_end", ":date", "DATE"},        {"granularity", "", "STRING"},
    {"anchor", "", "STRING"},             {"modality", "", "STRING"},
    {"confidence", ":float", "DOUBLE"},   {"sources", ":string[]", "STRING[]"},
    {"evidence", "", "STRING"},           {"", ":LABEL", nullptr},
};
constexpr Column kParticipationColumns[] = {
    {"", ":START_ID(Entity)", "FROM"}, {"", ":END_ID(Event)", "TO"},
    {"role", "", "STRING"},            {"", ":TYPE", nullptr},
};
constexpr Column kLocatedColumns[] = {
    {"", ":START_ID(Event)", "FROM"}, {"", ":END_ID(Entity)", "TO"}, {"", ":TYPE", nullptr}};

/// A value to write: text, or (when `list` is set) an array in the dialect's syntax.
struct Cell {
  std::string text;
  const std::vector<std::string>* list = nullptr;
  Cell(std::string s) : text(std::move(s)) {}  // NOLINT: cells are built from strings in place
  Cell(const char* s) : text(s) {}             // NOLINT
  Cell(const std::vector<std::string>& v) : list(&v) {}  // NOLINT
};

/// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. NUL bytes
/// are dropped because most CSV readers (the JVM's included) stop or misread there.
void field(std::string& out, std::string_view raw) {
  const std::string s = valid_utf8(raw);
  bool quote = false;
  for (char c : s) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') {
      quote = true;
      break;
    }
  }
  if (!quote) {
    for (char c : s)
      if (c != '\0') out += c;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '\0') continue;
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

/// A Neo4j string[] value: elements joined with ';', the delimiter inside an element replaced
/// (see the file comment), empty elements left out (they would read back as "" entries).
std::string neo4j_array(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& item : v) {
    if (item.empty()) continue;
    if (!out.empty()) out += ';';
    for (char c : item) out += (c == ';') ? ',' : c;
  }
  return out;
}

/// One element of a Kuzu list: the characters its list reader treats as syntax replaced, outer
/// spaces and a leading quote (which the reader would keep as part of the value) dropped.
std::string kuzu_element(std::string_view item) {
  std::string out;
  for (char c : item) {
    switch (c) {
      case ',': out += ';'; break;
      case '[': case '{': out += '('; break;
      case ']': case '}': out += ')'; break;
      case '\n': case '\r': case '\t': out += ' '; break;
      default: out += c;
    }
  }
  const auto first = out.find_first_not_of(" \"'");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(' ') + 1 - first);
}

/// A Kuzu STRING[] value: "[a,b]"; "[]" for an empty list.
std::string kuzu_array(const std::vector<std::string>& v) {
  std::string out = "[";
  for (const std::string& item : v) {
    const std::string e = kuzu_element(item);
    if (e.empty()) continue;
    if (out.size() > 1) out += ',';
    out += e;
  }
  return out + "]";
}

/// Kuzu fields stay on one line: evidence lines joined with " | ", other breaks as spaces.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += " | ";
    else out += (c == '\r') ? ' ' : c;
  }
  return out;
}

class CsvWriter {
 public:
  explicit CsvWriter(CsvDialect dialect) : dialect_(dialect) {}

  template <std::size_t N>
  void header(std::string& out, const Column (&columns)[N]) const {
    bool first = true;
    for (const Column& c : columns) {
      if (!kept(c)) continue;
      if (!first) out += ',';
      first = false;
      out += c.name;
      if (dialect_ == CsvDialect::kNeo4j) out += c.neo4j;
      if (dialect_ == CsvDialect::kKuzu && !*c.name) out += (std::string_view(c.kuzu) == "FROM") ? "from" : "to";
    }
    out += '\n';
  }

  /// Writes one record: the cells of the kept columns separated by ',', ended by '\n'.
  template <std::size_t N>
  void row(std::string& out, const Column (&columns)[N], std::initializer_list<Cell> cells) const {
    bool first = true;
    std::size_t i = 0;
    for (const Cell& cell : cells) {
      if (!kept(columns[i++])) continue;
      if (!first) out += ',';
      first = false;
      if (cell.list) field(out, dialect_ == CsvDialect::kNeo4j ? neo4j_array(*cell.list) : kuzu_array(*cell.list));
      else field(out, dialect_ == CsvDialect::kNeo4j ? cell.text : one_line(cell.text));
    }
    out += '\n';
  }

 private:
  bool kept(const Column& c) const { return dialect_ == CsvDialect::kNeo4j || c.kuzu != nullptr; }
  CsvDialect dialect_;
};

/// Node label from the entity type: "person" -> "Person". Empty for an unknown type: the node
/// then carries only the Entity label given on the command line.
std::string label_of(EntityType t) {
  if (t == EntityType::kUnknown) return {};
  std::string s = entity_type_name(t);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

template <std::size_t N>
std::string kuzu_table(std::string_view kind, std::string_view name, const Column (&columns)[N]) {
  std::string out = "CREATE ";
  out += kind;
  out += " TABLE ";
  out += name;
  out += '(';
  bool first = true;
  for (const Column& c : columns) {
    if (!c.kuzu) continue;
    if (!first) out += (std::string_view(c.kuzu) == "TO") ? " " : ", ";  // FROM A TO B
    first = false;
    if (!*c.name) {
      out += c.kuzu;  // FROM Entity TO Event
      out += (std::string_view(c.kuzu) == "FROM") ? (name == "OCCURRED_IN" ? " Event" : " Entity")
                                                   : (name == "OCCURRED_IN" ? " Entity" : " Event");
      continue;
    }
    out += c.name;
    out += ' ';
    out += c.kuzu;
  }
  if (kind == "NODE") {
    out += ", PRIMARY KEY(";
    out += columns[0].name;
    out += ')';
  }
  return out + ");\n";
}

/// The events with a usable, unique id, in Timeline order.
std::vector<const Event*> unique_events(const Timeline& timeline) {
  std::vector<const Event*> events;
  std::set<std::string_view> ids;
  for (const Event& e : timeline.events) {
    if (e.id.empty() || !ids.insert(e.id).second) continue;  // unreferencable or duplicate
    events.push_back(&e);
  }
  return events;
}

/// Writes one record at a time: `row` fills a line that goes to the sink and is reused.
class RowSink {
 public:
  explicit RowSink(export_detail::ByteSink& sink) : sink_(sink) {}
  std::string& line() { return line_; }
  void emit() {
    sink_.write(line_);
    line_.clear();
  }

 private:
  export_detail::ByteSink& sink_;
  std::string line_;
};

void entity_rows(const Timeline& timeline, const CsvWriter& w, RowSink& out) {
  const std::vector<const Event*> events = unique_events(timeline);  // decides which keys must exist
  std::set<std::string_view> keys;
  std::vector<const EntityRecord*> entities;
  for (const EntityRecord& e : timeline.entities) {
    if (e.key.empty() || !keys.insert(e.key).second) continue;
    entities.push_back(&e);
  }
  std::vector<std::string_view> stubs;  // keys named by events but missing from Timeline::entities
  auto need = [&](const std::string& key) {
    if (!key.empty() && keys.insert(key).second) stubs.push_back(key);
  };
  for (const Event* e : events) {
    for (const Participant& p : e->participants) need(p.entity);
    need(e->location);
  }
  w.header(out.line(), kEntityColumns);
  out.emit();
  static const std::vector<std::string> kNone;
  for (const EntityRecord* e : entities) {
    w.row(out.line(), kEntityColumns,
          {e->key, e->name.empty() ? e->key : e->name, e->type == EntityType::kUnknown ? "" : entity_type_name(e->type),
           e->qid, e->iso, e->aliases, std::to_string(e->mentions), export_detail::date_text(e->first_seen),
           export_detail::date_text(e->last_seen), label_of(e->type)});
    out.emit();
  }
  for (std::string_view key : stubs) {
    w.row(out.line(), kEntityColumns, {std::string(key), std::string(key), "", "", "", kNone, "0", "", "", ""});
    out.emit();
  }
}

void event_rows(const Timeline& timeline, const CsvWriter& w, RowSink& out) {
  const HeadlineWriter headline(timeline);
  w.header(out.line(), kEventColumns);
  out.emit();
  for (const Event* e : unique_events(timeline)) {
    w.row(out.line(), kEventColumns,
          {e->id, e->cameo, e->type, headline(*e), std::to_string(e->quad_class),
           export_detail::number(e->goldstein, 2), export_detail::date_text(e->date),
           export_detail::interval_start(e->date), export_detail::interval_end(e->date),
           granularity_name(e->date.known() ? e->date.granularity : Granularity::kNone), anchor_name(e->date_anchor),
           modality_name(e->modality), export_detail::number(e->confidence, 4), e->sources,
           export_detail::evidence_lines(*e), "Event"});
    out.emit();
  }
}

void participation_rows(const Timeline& timeline, const CsvWriter& w, RowSink& out) {
  w.header(out.line(), kParticipationColumns);
  out.emit();
  for (const Event* e : unique_events(timeline)) {
    // The same entity in the same role twice would be two identical relationships.
    std::set<std::pair<std::string_view, ParticipantRole>> seen;
    for (const Participant& p : e->participants) {
      if (p.entity.empty() || !seen.insert({p.entity, p.role}).second) continue;
      w.row(out.line(), kParticipationColumns, {p.entity, e->id, participant_role_name(p.role), "PARTICIPATES_IN"});
      out.emit();
    }
  }
}

void located_rows(const Timeline& timeline, const CsvWriter& w, RowSink& out) {
  w.header(out.line(), kLocatedColumns);
  out.emit();
  for (const Event* e : unique_events(timeline)) {
    if (e->location.empty()) continue;
    w.row(out.line(), kLocatedColumns, {e->id, e->location, "OCCURRED_IN"});
    out.emit();
  }
}

}  // namespace

std::string export_detail::kuzu_load_script() {
  std::string s =
      "// Loads kronik's kuzu_*.csv into a Kuzu database. Run it from the output folder (the\n"
      "// COPY paths are relative), e.g. `kuzu kronik.kuzu < kuzu_load.cypher`.\n";
  s += kuzu_table("NODE", "Entity", kEntityColumns);
  s += kuzu_table("NODE", "Event", kEventColumns);
  s += kuzu_table("REL", "PARTICIPATES_IN", kParticipationColumns);
  s += kuzu_table("REL", "OCCURRED_IN", kLocatedColumns);
  for (const char* copy : {"Entity FROM 'kuzu_entities.csv'", "Event FROM 'kuzu_events.csv'",
                           "PARTICIPATES_IN FROM 'kuzu_participation.csv'",
                           "OCCURRED_IN FROM 'kuzu_located.csv'"}) {
    s += "COPY ";
    s += copy;
    s += " (HEADER=true, ESCAPE='\"');\n";
  }
  return s;
}

// Each file is one pass over the Timeline, written row by row: no file is ever whole in memory.
void export_detail::write_graph_csv(const Timeline& timeline, CsvDialect dialect, CsvFile file, ByteSink& sink) {
  const CsvWriter w(dialect);
  RowSink out(sink);
  switch (file) {
    case CsvFile::kEntities: return entity_rows(timeline, w, out);
    case CsvFile::kEvents: return event_rows(timeline, w, out);
    case CsvFile::kParticipation: return participation_rows(timeline, w, out);
    case CsvFile::kLocated: return located_rows(timeline, w, out);
  }
}

GraphCsv graph_csv(const Timeline& timeline, CsvDialect dialect) {
  auto file = [&](export_detail::CsvFile f) {
    return export_detail::collect([&](export_detail::ByteSink& s) { export_detail::write_graph_csv(timeline, dialect, f, s); });
  };
  GraphCsv csv;
  csv.entities = file(export_detail::CsvFile::kEntities);
  csv.events = file(export_detail::CsvFile::kEvents);
  csv.participation = file(export_detail::CsvFile::kParticipation);
  csv.located = file(export_detail::CsvFile::kLocated);
  if (dialect == CsvDialect::kKuzu) csv.load_script = export_detail::kuzu_load_script();
  return csv;
}

Neo4jCsv neo4j_csv(const Timeline& timeline) { return graph_csv(timeline, CsvDialect::kNeo4j); }

}  // namespace kronik
