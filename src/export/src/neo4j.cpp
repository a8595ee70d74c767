// neo4j_*.csv: the Timeline as CSV files for `neo4j-admin database import full`.
//
// Why CSV next to GraphML: apoc.import.graphml runs inside a live database, one transaction at a
// time; the bulk importer writes the store files directly and is the standard path for large
// loads. Its input is RFC 4180 CSV with typed headers (`name:ID(Space)`, `x:int`, `y:string[]`,
// `:LABEL`, `:START_ID(Space)`, `:END_ID(Space)`, `:TYPE`).
//
// Choices made so the files import without errors and without flags beyond the documented ones:
//   - two ID spaces (Entity, Event), so an entity key can never clash with an event id;
//   - entities first by Timeline order, then, as stub nodes, every key a participant or location
//     names that Timeline::entities lacks (the importer rejects a relationship to a missing node);
//   - duplicate ids (entity key, event id) keep their first row (the importer rejects duplicates);
//   - array elements cannot contain the array delimiter (the importer has no escape for it), so
//     ';' inside an alias or source id is written as ',';
//   - an empty value is an unquoted empty field, which the importer reads as "no property";
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
std::string array(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& item : v) {
    if (item.empty()) continue;
    if (!out.empty()) out += ';';
    for (char c : item) out += (c == ';') ? ',' : c;
  }
  return out;
}

/// Writes one CSV record: fields separated by ',', terminated by '\n'.
void row(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out += ',';
    first = false;
    field(out, f);
  }
  out += '\n';
}

/// Node label from the entity type: "person" -> "Person". Empty for an unknown type: the node
/// then carries only the Entity label given on the command line.
std::string label_of(EntityType t) {
  if (t == EntityType::kUnknown) return {};
  std::string s = entity_type_name(t);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace

Neo4jCsv neo4j_csv(const Timeline& timeline) {
  Neo4jCsv csv;

  // Events first decide which entity keys must exist as nodes.
  std::vector<const Event*> events;
  std::set<std::string> event_ids;
  for (const Event& e : timeline.events) {
    if (e.id.empty() || !event_ids.insert(e.id).second) continue;  // unreferencable or duplicate
    events.push_back(&e);
  }

  std::set<std::string> entity_keys;
  std::vector<const EntityRecord*> entities;
  for (const EntityRecord& e : timeline.entities) {
    if (e.key.empty() || !entity_keys.insert(e.key).second) continue;
    entities.push_back(&e);
  }
  std::vector<std::string> stubs;  // keys named by events but missing from Timeline::entities
  auto need = [&](const std::string& key) {
    if (!key.empty() && entity_keys.insert(key).second) stubs.push_back(key);
  };
  for (const Event* e : events) {
    for (const Participant& p : e->participants) need(p.entity);
    need(e->location);
  }

  csv.entities =
      "entityId:ID(Entity),name,type,qid,iso,aliases:string[],mentions:int,first_seen,last_seen,"
      ":LABEL\n";
  for (const EntityRecord* e : entities) {
    row(csv.entities, {e->key, e->name.empty() ? e->key : e->name,
                       e->type == EntityType::kUnknown ? "" : entity_type_name(e->type), e->qid,
                       e->iso, array(e->aliases), std::to_string(e->mentions),
                       export_detail::date_text(e->first_seen), export_detail::date_text(e->last_seen),
                       label_of(e->type)});
  }
  for (const std::string& key : stubs) row(csv.entities, {key, key, "", "", "", "", "0", "", "", ""});

  csv.events =
      "eventId:ID(Event),cameo,type,quad_class:int,goldstein:float,date,granularity,anchor,"
      "modality,confidence:float,sources:string[],evidence,:LABEL\n";
  csv.participation = ":START_ID(Entity),:END_ID(Event),role,:TYPE\n";
  csv.located = ":START_ID(Event),:END_ID(Entity),:TYPE\n";
  for (const Event* e : events) {
    std::string evidence;
    for (const Evidence& x : e->evidence) {
      if (!evidence.empty()) evidence += '\n';
      evidence += "[" + x.document + "] " + x.text;
    }
    row(csv.events,
        {e->id, e->cameo, e->type, std::to_string(e->quad_class), export_detail::number(e->goldstein, 2),
         export_detail::date_text(e->date),
         granularity_name(e->date.known() ? e->date.granularity : Granularity::kNone),
         anchor_name(e->date_anchor), modality_name(e->modality), export_detail::number(e->confidence, 4),
         array(e->sources), evidence, "Event"});

    // The same entity in the same role twice would be two identical relationships.
    std::set<std::pair<std::string, ParticipantRole>> seen;
    for (const Participant& p : e->participants) {
      if (p.entity.empty() || !seen.insert({p.entity, p.role}).second) continue;
      row(csv.participation, {p.entity, e->id, participant_role_name(p.role), "PARTICIPATES_IN"});
    }
    if (!e->location.empty()) row(csv.located, {e->id, e->location, "OCCURRED_IN"});
  }
  return csv;
}

}  // namespace kronik
