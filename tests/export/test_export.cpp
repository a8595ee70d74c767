// Tests of the exporters: golden files, round trips through RapidJSON / cgraph / NetworkX /
// an RFC 4180 reader, atomic writes and determinism.
//
// Golden files live in tests/data/export/. After an intended change of the output, regenerate
// them with:   KRONIK_UPDATE_GOLDEN=1 ./test_export "[golden]"   and review the diff.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <graphviz/cgraph.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
// schema.h trips GCC's flow-based -Wnull-dereference inside RapidJSON itself.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <rapidjson/schema.h>
#pragma GCC diagnostic pop
#include <rapidjson/stringbuffer.h>

#include "kronik/export/export.h"
#include "export_test_util.h"
#include "test_paths.h"

namespace fs = std::filesystem;
using namespace kronik;
using namespace kronik::test;

namespace {

// ---- the fixture -----------------------------------------------------------------------------
// Names stress every escaping layer: quotes and a backslash, Cyrillic, Hangul, XML/HTML markup
// characters, a line break, a control character and an invalid UTF-8 byte.
const char* const kQuoteName = "He said \"hi\" \\ back";
const char* const kCyrillic = "Ким Чен Ын";
const char* const kHangul = "김정은";
const char* const kMarkup = "A & B <Co>";
const char* const kTwoLines = "Republik Rakyat\nDemokratik Korea";

EntityRecord entity(std::string key, std::string name, EntityType type, std::vector<std::string> aliases = {},
                    std::uint32_t mentions = 1) {
  EntityRecord e;
  e.key = std::move(key);
  e.name = std::move(name);
  e.type = type;
  e.aliases = std::move(aliases);
  e.mentions = mentions;
  return e;
}

// `chars`: the sentence's start in code points (less than `begin` when multi-byte characters
// come before it).
Evidence evidence(std::string doc, std::uint32_t sentence, std::uint32_t begin, std::string text,
                  std::uint32_t tb, std::string trigger, std::uint32_t chars) {
  Evidence x;
  x.document = std::move(doc);
  x.sentence = sentence;
  x.char_begin = chars;
  x.span = {begin, static_cast<std::uint32_t>(begin + text.size())};
  x.trigger = {begin + tb, static_cast<std::uint32_t>(begin + tb + trigger.size())};
  x.text = std::move(text);
  x.trigger_text = std::move(trigger);
  return x;
}

Timeline make_timeline() {
  Timeline t;
  t.generator = "kronik 0.1.0";

  DocumentInfo a;
  a.id = "doc-a.txt";
  a.path = "input/doc-a.txt";
  a.format = InputFormat::kText;
  a.language = Language::kIndonesian;
  a.language_confidence = 0.91666666;
  a.outlet = "CONTOH.COM";
  a.dateline_place = "JAKARTA";
  a.published = *TimeValue::parse_iso("2025-07-14T09:05+07:00");
  a.published_anchor = Anchor::kExplicit;
  a.published_how = "dateline 'Rabu, 15/03/2028 10:20 WIB'";
  a.authors = {"Penulis Satu"};
  a.editors = {"Editor Dua"};
  a.credits = {"AFP"};
  a.bytes = 2048;
  a.removed_noise_lines = 12;
  a.removed_duplicate_sentences = 1;
  DocumentInfo b;
  b.id = "doc-b.html";
  b.path = "input/doc-b.html";
  b.format = InputFormat::kHtml;
  b.language = Language::kEnglish;
  b.language_confidence = 1.0;
  b.title = "Leaders \"meet\" <again>";
  b.url = "https://example.org/news?a=1&b=2";
  b.published = TimeValue::day_of(2025, 7, 13);
  b.published_anchor = Anchor::kInferred;
  b.bytes = 4096;
  t.documents = {a, b};

  EntityRecord pyongyang = entity("city:pyongyang", "Pyongyang", EntityType::kLocation, {"Pyongyang", "Pyongyang"});
  EntityRecord prk = entity("country:PRK", kTwoLines, EntityType::kCountry, {"Korea Utara", "North Korea"}, 4);
  prk.iso = "KP";
  prk.qid = "Q423";
  prk.from_gazetteer = true;
  EntityRecord org = entity("name:a b co", kMarkup, EntityType::kOrganization, {"A&B\x01" "Co", kMarkup}, 2);
  EntityRecord quote = entity("name:he said hi back", kQuoteName, EntityType::kPerson, {kQuoteName});
  EntityRecord cyr = entity("name:ким чен ын", kCyrillic, EntityType::kPerson, {kCyrillic});
  EntityRecord kim = entity("person:Q56226", kHangul, EntityType::kPerson, {"Kim Jong Un", kHangul}, 7);
  kim.qid = "Q56226";
  kim.from_gazetteer = true;
  kim.roles = {{"head_of_state", "country:PRK", "2011-12-17", ""}};
  kim.first_seen = TimeValue::day_of(2025, 7, 12);
  kim.last_seen = *TimeValue::parse_iso("2025-07-14T09:05+07:00");
  t.entities = {pyongyang, prk, org, quote, cyr, kim};

  Event meet;
  meet.id = "ev_meet";
  meet.cameo = "044";
  meet.type = "meet";
  meet.cameo_name = "Meet at a third location";
  meet.quad_class = 1;
  meet.goldstein = 2.5;
  meet.participants = {{"person:Q56226", ParticipantRole::kActor}, {"name:ким чен ын", ParticipantRole::kTarget}};
  meet.location = "city:pyongyang";
  meet.date = TimeValue::day_of(2025, 7, 12);
  meet.date_anchor = Anchor::kExplicit;
  meet.date_text = "12 Juli 2025";
  meet.confidence = 0.87654321;
  meet.evidence = {evidence("doc-a.txt", 3, 100, "Kedua pemimpin bertemu pada 12 Juli 2025.", 15, "bertemu", 100),
                   evidence("doc-b.html", 0, 0, "The two leaders met on \"Saturday\" \xff in the capital.", 15, "met", 0)};
  meet.sources = {"doc-a.txt", "doc-b.html"};

  Event accuse;
  accuse.id = "ev_accuse";
  accuse.cameo = "112";
  accuse.type = "accuse";
  accuse.cameo_name = "Accuse, not specified below";
  accuse.quad_class = 3;
  accuse.goldstein = -2.0;
  accuse.participants = {{"name:he said hi back", ParticipantRole::kActor}, {"name:a b co", ParticipantRole::kTarget}};
  accuse.date = TimeValue::month_of(2025, 8);
  accuse.date_anchor = Anchor::kPublication;
  accuse.date_text = "bulan depan";
  accuse.modality = Modality::kPlanned;
  accuse.confidence = 0.5;
  accuse.has_claim = true;
  accuse.claim.speaker = "name:he said hi back";
  accuse.claim.text = "They \"broke\" the deal\\again";
  accuse.claim.about = {"name:a b co"};
  accuse.claim.reported_by = {"country:PRK"};
  accuse.claim.status = ClaimStatus::kAsserted;
  accuse.claim.direct = true;
  accuse.sources = {"doc-b.html"};
  // Cyrillic before the named party (bytes and code points part ways), curly quotes after it.
  accuse.evidence = {evidence("doc-b.html", 2, 300, "\u0412\u0447\u0435\u0440\u0430 he said A & B <Co>\u201Cbroke\u201D the deal.", 14,
                              "said", 290)};
  accuse.warnings = {"weekday-mismatch"};

  Event intent;
  intent.id = "ev_intent";
  intent.cameo = "036";
  intent.type = "intend to meet";
  intent.cameo_name = "Express intent to meet or negotiate";
  intent.quad_class = 1;
  intent.goldstein = 4.0;
  intent.participants = {{"name:he said hi back", ParticipantRole::kActor}, {"name:a b co", ParticipantRole::kTarget}};
  intent.date = TimeValue::day_of(2025, 8, 2);
  intent.date_anchor = Anchor::kReference;
  intent.confidence = 0.75;
  intent.sources = {"doc-b.html"};

  Event fight;
  fight.id = "ev_fight";
  fight.cameo = "190";
  fight.type = "fight";
  fight.cameo_name = "Use conventional military force";
  fight.quad_class = 4;
  fight.goldstein = -10.0;
  fight.participants = {{"country:PRK", ParticipantRole::kActor}, {"name:a b co", ParticipantRole::kTarget}};
  fight.modality = Modality::kHypothetical;
  fight.confidence = 1.0 / 3.0;
  fight.sources = {"doc-a.txt"};
  t.events = {meet, accuse, intent, fight};  // chronological: day, month, finer day, unknown

  t.relations = {
      {"person:Q56226", "name:ким чен ын", "ev_meet", "044", "meet", meet.date},
      {"name:he said hi back", "name:a b co", "ev_accuse", "112", "accuse", accuse.date},
      {"name:he said hi back", "name:a b co", "ev_intent", "036", "intend to meet", intent.date},
      {"country:PRK", "name:a b co", "ev_fight", "190", "fight", TimeValue{}},
  };

  Warning w;
  w.code = "invalid-utf8";
  w.message = "1 invalid byte replaced";
  w.document = "doc-b.html";
  w.offset = 17;
  t.warnings = {w};

  t.summary.documents_read = 2;
  t.summary.documents_skipped = 1;
  t.summary.skipped_by_reason = {{"empty", 1}};
  t.summary.documents_repaired = 1;
  t.summary.seconds = 1.25;  // must not reach the output
  return t;
}

// ---- helpers ---------------------------------------------------------------------------------

bool update_golden() {
  const char* v = std::getenv("KRONIK_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str(), text.size());
  INFO("JSON parse error: " << rapidjson::GetParseError_En(d.GetParseError()) << " at " << d.GetErrorOffset());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

std::string str_or_null(const rapidjson::Value& v) { return v.IsNull() ? std::string("<null>") : std::string(v.GetString()); }

/// How Graphviz displays a label attribute: "\\" -> "\", "\n" -> line break.
std::string displayed(const std::string& attr) {
  std::string out;
  for (std::size_t i = 0; i < attr.size(); ++i) {
    if (attr[i] == '\\' && i + 1 < attr.size()) {
      const char c = attr[++i];
      out += (c == 'n') ? '\n' : c;
    } else {
      out += attr[i];
    }
  }
  return out;
}

std::string agattr_str(void* obj, const char* name) {
  const char* v = agget(obj, const_cast<char*>(name));
  return v ? v : "";
}

/// A small RFC 4180 reader (the test's independent check of the writer): records of fields,
/// '"' quoting with '""' for a quote, ',' between fields, LF or CRLF between records. Sets `ok`
/// to false on a stray quote inside an unquoted field or an unterminated quoted field.
std::vector<std::vector<std::string>> parse_csv(const std::string& text, bool& ok) {
  ok = true;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> rec;
  std::string f;
  std::size_t i = 0;
  bool quoted = false, at_start = true;
  while (i < text.size()) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          f += '"';
          i += 2;
          continue;
        }
        quoted = false;
        ++i;
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') ok = false;
        continue;
      }
      f += c;
      ++i;
      continue;
    }
    if (c == '"') {
      if (!at_start) ok = false;
      quoted = true;
      at_start = false;
      ++i;
    } else if (c == ',') {
      rec.push_back(std::move(f));
      f.clear();
      at_start = true;
      ++i;
    } else if (c == '\n' || c == '\r') {
      rec.push_back(std::move(f));
      f.clear();
      rows.push_back(std::move(rec));
      rec.clear();
      at_start = true;
      i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    } else {
      f += c;
      at_start = false;
      ++i;
    }
  }
  if (quoted) ok = false;
  if (!at_start || !rec.empty() || !f.empty()) {  // last record without a line end
    rec.push_back(std::move(f));
    rows.push_back(std::move(rec));
  }
  return rows;
}

/// Parses a CSV export and checks it is well-formed and rectangular (every row as wide as the
/// header).
std::vector<std::vector<std::string>> parse_table(const std::string& text) {
  bool ok = false;
  auto rows = parse_csv(text, ok);
  INFO(text);
  REQUIRE(ok);
  REQUIRE_FALSE(rows.empty());
  CHECK(text.back() == '\n');
  for (const auto& r : rows) CHECK(r.size() == rows[0].size());
  return rows;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  std::size_t start = 0;
  for (std::size_t p = s.find(sep); p != std::string::npos; p = s.find(sep, start)) {
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
  out.push_back(s.substr(start));
  return out;
}

}  // namespace

// ---- (1) golden files ------------------------------------------------------------------------

TEST_CASE("text exports equal the golden files", "[golden]") {
  const Timeline t = make_timeline();
  const ExportConfig cfg;
  const std::string dir = kronik::test::test_data_dir() + "/export";
  struct Row {
    const char* file;
    std::string bytes;
  };
  const std::vector<Row> rows = {
      {"timeline.json", timeline_json(t, cfg)},
      {"graph.dot", graph_dot(t, cfg)},
      {"graph.graphml", graph_graphml(t, cfg)},
      {"neo4j_entities.csv", neo4j_csv(t).entities},
      {"neo4j_events.csv", neo4j_csv(t).events},
      {"neo4j_participation.csv", neo4j_csv(t).participation},
      {"neo4j_located.csv", neo4j_csv(t).located},
      {"kuzu_entities.csv", graph_csv(t, CsvDialect::kKuzu).entities},
      {"kuzu_events.csv", graph_csv(t, CsvDialect::kKuzu).events},
      {"kuzu_participation.csv", graph_csv(t, CsvDialect::kKuzu).participation},
      {"kuzu_located.csv", graph_csv(t, CsvDialect::kKuzu).located},
      {"kuzu_load.cypher", graph_csv(t, CsvDialect::kKuzu).load_script},
      {"events.jsonl", events_jsonl(t)},
      {"gdelt_events.tsv", gdelt_tables(t).events},
      {"gdelt_mentions.tsv", gdelt_tables(t).mentions},
      {"graph.ttl", rdf_graph(t, "").turtle},
      {"graph.nt", rdf_graph(t, "").ntriples},
  };
  for (const Row& row : rows) {
    const std::string path = dir + "/" + row.file;
    if (update_golden()) {
      fs::create_directories(dir);
      write_file(path, row.bytes);
      WARN("rewrote golden file " << path);
      continue;
    }
    INFO("golden file " << path << " (regenerate with KRONIK_UPDATE_GOLDEN=1)");
    REQUIRE(fs::exists(path));
    CHECK(read_file(path) == row.bytes);
  }
}

// ---- (2) round trips -------------------------------------------------------------------------

TEST_CASE("timeline.json parses back to the timeline's values", "[json]") {
  const Timeline t = make_timeline();
  const rapidjson::Document d = parse_json(timeline_json(t, ExportConfig{}));

  CHECK(std::string(d["generator"].GetString()) == "kronik 0.1.0");
  CHECK(d["schema_version"].GetInt() == 1);
  CHECK(d["summary"]["entities"].GetUint64() == 6);
  CHECK(d["summary"]["events"].GetUint64() == 4);
  CHECK(d["summary"]["skipped_by_reason"]["empty"].GetUint64() == 1);
  CHECK_FALSE(d["summary"].HasMember("seconds"));  // wall time would break determinism

  struct DocRow {
    std::string id, published, published_time, title;
  };
  const std::vector<DocRow> docs = {
      {"doc-a.txt", "2025-07-14", "2025-07-14T09:05+07:00", "<null>"},
      {"doc-b.html", "2025-07-13", "<null>", "Leaders \"meet\" <again>"},
  };
  REQUIRE(d["documents"].Size() == docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const auto& v = d["documents"][static_cast<rapidjson::SizeType>(i)];
    CHECK(std::string(v["id"].GetString()) == docs[i].id);
    CHECK(str_or_null(v["published"]) == docs[i].published);
    CHECK(str_or_null(v["published_time"]) == docs[i].published_time);
    CHECK(str_or_null(v["title"]) == docs[i].title);
  }
  CHECK(d["documents"][0]["language_confidence"].GetDouble() == Approx(0.9167));

  REQUIRE(d["entities"].Size() == t.entities.size());
  for (std::size_t i = 0; i < t.entities.size(); ++i) {
    const auto& v = d["entities"][static_cast<rapidjson::SizeType>(i)];
    CHECK(std::string(v["id"].GetString()) == t.entities[i].key);
    CHECK(std::string(v["name"].GetString()) == t.entities[i].name);  // quotes, \, \n, UTF-8 intact
    CHECK(v["aliases"].Size() == t.entities[i].aliases.size());
  }
  CHECK(d["entities"][0]["qid"].IsNull());
  CHECK(std::string(d["entities"][1]["iso"].GetString()) == "KP");
  CHECK(std::string(d["entities"][2]["aliases"][0].GetString()) == "A&B\x01" "Co");
  CHECK(std::string(d["entities"][5]["roles"][0]["office"].GetString()) == "head_of_state");
  CHECK(d["entities"][5]["roles"][0]["end"].IsNull());
  CHECK(std::string(d["entities"][5]["last_seen"].GetString()) == "2025-07-14");  // day precision

  struct EventRow {
    std::string id, date, granularity, location;
    bool claim;
    std::string start, end;  // the interval the date stands for
  };
  const std::vector<EventRow> events = {
      {"ev_meet", "2025-07-12", "day", "city:pyongyang", false, "2025-07-12", "2025-07-12"},
      {"ev_accuse", "2025-08", "month", "<null>", true, "2025-08-01", "2025-08-31"},
      {"ev_intent", "2025-08-02", "day", "<null>", false, "2025-08-02", "2025-08-02"},
      {"ev_fight", "<null>", "none", "<null>", false, "<null>", "<null>"},
  };
  REQUIRE(d["events"].Size() == events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& v = d["events"][static_cast<rapidjson::SizeType>(i)];
    INFO("event " << events[i].id);
    CHECK(std::string(v["id"].GetString()) == events[i].id);
    CHECK(str_or_null(v["date"]["value"]) == events[i].date);
    CHECK(std::string(v["date"]["granularity"].GetString()) == events[i].granularity);
    CHECK(str_or_null(v["date"]["start"]) == events[i].start);
    CHECK(str_or_null(v["date"]["end"]) == events[i].end);
    CHECK(str_or_null(v["location"]) == events[i].location);
    CHECK(v["claim"].IsObject() == events[i].claim);
  }
  const auto& meet = d["events"][0];
  CHECK(std::string(meet["participants"][0]["entity"].GetString()) == "person:Q56226");
  CHECK(std::string(meet["participants"][1]["role"].GetString()) == "target");
  CHECK(std::string(meet["sources"][1]["document"].GetString()) == "doc-b.html");
  CHECK(meet["confidence"].GetDouble() == 0.8765);
  // The invalid byte in the evidence became U+FFFD, so the file stays valid UTF-8.
  CHECK(std::string(meet["evidence"][1]["text"].GetString()).find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(meet["evidence"][0]["trigger_end"].GetUint() == 122);
  const auto& claim = d["events"][1]["claim"];
  CHECK(std::string(claim["text"].GetString()) == "They \"broke\" the deal\\again");
  CHECK(claim["direct"].GetBool());
  CHECK(std::string(d["events"][1]["warnings"][0].GetString()) == "weekday-mismatch");
  CHECK(d["warnings"][0]["event"].IsNull());

  SECTION("compact and pretty output hold the same document") {
    ExportConfig compact;
    compact.pretty = false;
    const std::string text = timeline_json(t, compact);
    CHECK(std::count(text.begin(), text.end(), '\n') == 1);
    CHECK(parse_json(text) == d);
  }
}

namespace {

/// Minimal JSON-Schema walk (no validator library needed): every "required" key exists, no key
/// outside "properties" where additionalProperties is false, "type" and "enum" agree, and the
/// same for nested objects and array items. $ref is resolved as a JSON pointer into the schema.
/// Returns the problems found (empty = conforms).
void schema_problems(const rapidjson::Value& schema, const rapidjson::Value& root, const rapidjson::Value& v,
                     const std::string& where, std::vector<std::string>& problems) {
  const rapidjson::Value* s = &schema;
  while (s->IsObject() && s->HasMember("$ref")) {
    const std::string ref = (*s)["$ref"].GetString();
    // A URI-fragment JSON pointer ("#/%24defs/x"): RapidJSON's Pointer percent-decodes it.
    const rapidjson::Value* target =
        ref.rfind("#/", 0) == 0 ? rapidjson::Pointer(ref.c_str(), ref.size()).Get(root) : nullptr;
    if (!target) {
      problems.push_back("unresolved $ref " + ref + " at " + where);
      return;
    }
    s = target;
  }
  if (s->HasMember("type")) {
    std::vector<std::string> types;
    const auto& ty = (*s)["type"];
    if (ty.IsString()) {
      types.push_back(ty.GetString());
    } else {
      for (const auto& x : ty.GetArray()) types.push_back(x.GetString());
    }
    bool ok = false;
    for (const auto& name : types) {
      ok = ok || (name == "object" && v.IsObject()) || (name == "array" && v.IsArray()) ||
           (name == "string" && v.IsString()) || (name == "number" && v.IsNumber()) ||
           (name == "integer" && (v.IsInt64() || v.IsUint64())) || (name == "boolean" && v.IsBool()) ||
           (name == "null" && v.IsNull());
    }
    if (!ok) problems.push_back("wrong type at " + where);
  }
  if (s->HasMember("enum") && !v.IsNull()) {
    bool found = false;
    for (const auto& x : (*s)["enum"].GetArray()) found = found || x == v;
    if (!found) problems.push_back("value not in enum at " + where);
  }
  if (v.IsObject()) {
    if (s->HasMember("required")) {
      for (const auto& k : (*s)["required"].GetArray()) {
        if (!v.HasMember(k.GetString()))
          problems.push_back("missing required key '" + std::string(k.GetString()) + "' at " + where);
      }
    }
    const bool closed = s->HasMember("additionalProperties") && (*s)["additionalProperties"].IsBool() &&
                        !(*s)["additionalProperties"].GetBool();
    for (const auto& m : v.GetObject()) {
      const std::string key = m.name.GetString();
      if (s->HasMember("properties") && (*s)["properties"].HasMember(key.c_str())) {
        schema_problems((*s)["properties"][key.c_str()], root, m.value, where + "." + key, problems);
      } else if (s->HasMember("additionalProperties") && (*s)["additionalProperties"].IsObject()) {
        schema_problems((*s)["additionalProperties"], root, m.value, where + "." + key, problems);
      } else if (closed) {
        problems.push_back("key '" + key + "' at " + where + " is not in the schema");
      }
    }
  }
  if (v.IsArray() && s->HasMember("items")) {
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
      schema_problems((*s)["items"], root, v[i], where + "[" + std::to_string(i) + "]", problems);
  }
}

std::vector<std::string> schema_problems(const rapidjson::Document& schema, const rapidjson::Value& v) {
  std::vector<std::string> problems;
  schema_problems(schema, schema, v, "$", problems);
  return problems;
}

bool rapidjson_valid(const rapidjson::Document& schema, const rapidjson::Value& v, std::string& why) {
  rapidjson::SchemaDocument sd(schema);
  rapidjson::SchemaValidator validator(sd);
  if (v.Accept(validator)) return true;
  rapidjson::StringBuffer where;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
  why = std::string(where.GetString()) + " fails '" + validator.GetInvalidSchemaKeyword() + "'";
  return false;
}

}  // namespace

TEST_CASE("timeline.json shows a week at its month, its days in start and end", "[json][dates]") {
  struct Row {
    const char* monday;  // the week's Monday
    const char* value, *start, *end;
  };
  const Row rows[] = {
      {"2025-07-07", "2025-07", "2025-07-07", "2025-07-13"},
      {"2025-06-30", "2025-07", "2025-06-30", "2025-07-06"},  // Thursday 3 July: a July week
      {"2025-07-28", "2025-07", "2025-07-28", "2025-08-03"},  // Thursday 31 July
      {"2024-12-30", "2025-01", "2024-12-30", "2025-01-05"},  // ISO week 2025-W01
  };
  for (const Row& r : rows) {
    Timeline t;
    Event e;
    e.id = "ev_week";
    const TimeValue monday = *TimeValue::parse_iso(r.monday);
    e.date = monday;
    e.date.granularity = Granularity::kWeek;
    e.date.week = 1;  // the week number is not read: the Monday fixes the interval
    t.events.push_back(e);
    const rapidjson::Document d = parse_json(timeline_json(t, ExportConfig{}));
    const auto& date = d["events"][0]["date"];
    INFO(r.monday);
    CHECK(std::string(date["value"].GetString()) == r.value);
    CHECK(std::string(date["granularity"].GetString()) == "month");
    CHECK(std::string(date["start"].GetString()) == r.start);
    CHECK(std::string(date["end"].GetString()) == r.end);
  }
}

TEST_CASE("timeline.json follows docs/timeline.schema.json", "[json][schema]") {
  const std::string schema_path = kronik::test::source_dir() + "/docs/timeline.schema.json";
  const std::string schema_text = read_file(schema_path);
  REQUIRE_FALSE(schema_text.empty());
  const rapidjson::Document schema = parse_json(schema_text);
  const std::string text = timeline_json(make_timeline(), ExportConfig{});
  const rapidjson::Document out = parse_json(text);

  const std::vector<std::string> problems = schema_problems(schema, out);
  for (const auto& p : problems) UNSCOPED_INFO(p);
  CHECK(problems.empty());
  // The minimal contract of the evaluation kit is part of it.
  for (const char* key : {"id", "cameo", "participants", "location", "date", "sources"}) {
    CHECK(out["events"][0].HasMember(key));
  }
  // RapidJSON's validator (draft 4) agrees: the schema only uses keywords draft 4 shares.
  std::string why;
  const bool valid = rapidjson_valid(schema, out, why);
  INFO(why);
  CHECK(valid);

  SECTION("both checks reject outputs that break the schema") {
    struct Row {
      const char* pointer;  // member to change
      const char* json;     // new value; nullptr = remove the member
    };
    const std::vector<Row> rows = {
        {"/events/1/sources", nullptr},
        {"/entities/0/qid", "17"},
        {"/events/0/modality", "\"maybe\""},
        {"/summary/seconds", "1.5"},
        {"/events/0/date/value", "\"2025-7\""},  // pattern: only RapidJSON checks it
        {"/documents/0/authors", nullptr},
    };
    for (const Row& row : rows) {
      INFO(row.pointer);
      rapidjson::Document broken;
      broken.CopyFrom(out, broken.GetAllocator());
      if (row.json) {
        rapidjson::Document value;
        value.Parse(row.json);
        rapidjson::Pointer(row.pointer).Set(broken, value, broken.GetAllocator());
      } else {
        REQUIRE(rapidjson::Pointer(row.pointer).Erase(broken));
      }
      std::string reason;
      CHECK_FALSE(rapidjson_valid(schema, broken, reason));
      if (std::string(row.pointer) != "/events/0/date/value") CHECK_FALSE(schema_problems(schema, broken).empty());
    }
  }

  SECTION("a draft 2020-12 validator agrees, when Python's jsonschema is installed") {
    std::string python;
    for (const char* candidate : {"python3", "/usr/bin/python3"}) {
      const std::string probe = std::string(candidate) + " -c 'import jsonschema' >/dev/null 2>&1";
      if (std::system(probe.c_str()) == 0) {
        python = candidate;
        break;
      }
    }
    if (python.empty()) {
      WARN("no python3 with jsonschema: draft 2020-12 validation skipped");
      return;
    }
    TempDir tmp;
    const std::string doc = (tmp.path / "timeline.json").string();
    write_file(doc, text);
    const std::string cmd = python +
                            " -c 'import json, sys, jsonschema; s = json.load(open(sys.argv[1])); "
                            "jsonschema.Draft202012Validator.check_schema(s); "
                            "jsonschema.Draft202012Validator(s).validate(json.load(open(sys.argv[2])))' '" +
                            schema_path + "' '" + doc + "'";
    CHECK(std::system(cmd.c_str()) == 0);
  }
}

TEST_CASE("the schema's enums list every name the core types can produce", "[json][schema]") {
  const rapidjson::Document schema = parse_json(read_file(kronik::test::source_dir() + "/docs/timeline.schema.json"));
  std::vector<std::string> roles, types, modalities, statuses, granularities, anchors, formats, languages;
  for (int i = 0; i <= static_cast<int>(ParticipantRole::kOther); ++i)
    roles.push_back(participant_role_name(static_cast<ParticipantRole>(i)));
  for (int i = 0; i <= static_cast<int>(EntityType::kGroup); ++i)
    types.push_back(entity_type_name(static_cast<EntityType>(i)));
  for (int i = 0; i <= static_cast<int>(Modality::kHypothetical); ++i)
    modalities.push_back(modality_name(static_cast<Modality>(i)));
  for (int i = 0; i <= static_cast<int>(ClaimStatus::kSuspected); ++i)
    statuses.push_back(claim_status_name(static_cast<ClaimStatus>(i)));
  for (int i = 0; i <= static_cast<int>(Granularity::kMinute); ++i)
    granularities.push_back(granularity_name(static_cast<Granularity>(i)));
  for (int i = 0; i <= static_cast<int>(Anchor::kUnknown); ++i) anchors.push_back(anchor_name(static_cast<Anchor>(i)));
  for (int i = 0; i <= static_cast<int>(InputFormat::kJsonLines); ++i)
    formats.push_back(input_format_name(static_cast<InputFormat>(i)));
  for (int i = 0; i <= static_cast<int>(Language::kEnglish); ++i) languages.push_back(language_code(static_cast<Language>(i)));

  struct Row {
    const char* pointer;  // the enum in the schema
    const std::vector<std::string>* names;
  };
  const std::vector<Row> rows = {
      {"/$defs/event/properties/participants/items/properties/role/enum", &roles},
      {"/$defs/entity/properties/type/enum", &types},
      {"/$defs/event/properties/modality/enum", &modalities},
      {"/$defs/event/properties/claim/properties/status/enum", &statuses},
      {"/$defs/event/properties/date/properties/granularity/enum", &granularities},
      {"/$defs/anchor/enum", &anchors},
      {"/$defs/document/properties/format/enum", &formats},
      {"/$defs/document/properties/language/enum", &languages},
  };
  for (const Row& row : rows) {
    const rapidjson::Value* e = rapidjson::Pointer(row.pointer).Get(schema);
    INFO(row.pointer);
    REQUIRE(e != nullptr);
    std::set<std::string> listed;
    for (const auto& x : e->GetArray()) listed.insert(x.GetString());
    for (const std::string& name : *row.names) {
      INFO("name '" << name << "' missing from the schema");
      CHECK(listed.count(name) == 1);
    }
  }
}

TEST_CASE("graph.dot parses back with cgraph", "[dot]") {
  const Timeline t = make_timeline();
  const std::string dot = graph_dot(t, ExportConfig{});
  REQUIRE(dot.rfind("digraph kronik {", 0) == 0);
  CHECK(dot.find("rankdir=LR") != std::string::npos);
  CHECK(dot.find("charset=\"UTF-8\"") != std::string::npos);
  CHECK(dot.find("label=\"meet\\n2025-07-12\"") != std::string::npos);  // backslash-n escape

  Agraph_t* g = agmemread(dot.c_str());
  REQUIRE(g != nullptr);
  CHECK(agisdirected(g));
  CHECK(agnnodes(g) == 5);  // Pyongyang takes part in no relation: not drawn
  CHECK(agnedges(g) == 4);

  struct NodeRow {
    std::string key, name, shape;
  };
  const std::vector<NodeRow> nodes = {
      {"country:PRK", kTwoLines, "box"},
      {"name:a b co", kMarkup, "box"},
      {"name:he said hi back", kQuoteName, "ellipse"},
      {"name:ким чен ын", kCyrillic, "ellipse"},
      {"person:Q56226", kHangul, "ellipse"},
  };
  std::size_t i = 0;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n), ++i) {  // entity order
    REQUIRE(i < nodes.size());
    INFO("node " << nodes[i].key);
    CHECK(std::string(agnameof(n)) == nodes[i].key);
    CHECK(displayed(agattr_str(n, "label")) == nodes[i].name);
    CHECK(agattr_str(n, "shape") == nodes[i].shape);
  }
  CHECK(i == nodes.size());
  Agnode_t* org = agnode(g, const_cast<char*>("name:a b co"), 0);
  REQUIRE(org != nullptr);
  CHECK(agattr_str(org, "style") == "rounded,filled");

  struct EdgeRow {
    std::string tail, head, label, event, cameo, date, colour, goldstein;
  };
  const std::vector<EdgeRow> edges = {
      {"country:PRK", "name:a b co", "fight", "ev_fight", "190", "", "#c62828", "-10"},
      {"name:he said hi back", "name:a b co", "accuse\n2025-08", "ev_accuse", "112", "2025-08", "#ef6c00", "-2"},
      {"name:he said hi back", "name:a b co", "intend to meet\n2025-08-02", "ev_intent", "036", "2025-08-02", "#2e7d32", "4"},
      {"person:Q56226", "name:ким чен ын", "meet\n2025-07-12", "ev_meet", "044", "2025-07-12", "#2e7d32", "2.5"},
  };
  std::vector<EdgeRow> seen;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      seen.push_back({agnameof(agtail(e)), agnameof(aghead(e)), displayed(agattr_str(e, "label")),
                      agattr_str(e, "event"), agattr_str(e, "cameo"), agattr_str(e, "date"),
                      agattr_str(e, "color"), agattr_str(e, "goldstein")});
    }
  }
  REQUIRE(seen.size() == edges.size());
  for (std::size_t k = 0; k < edges.size(); ++k) {
    INFO("edge " << edges[k].event);
    CHECK(seen[k].tail == edges[k].tail);
    CHECK(seen[k].head == edges[k].head);
    CHECK(seen[k].label == edges[k].label);
    CHECK(seen[k].event == edges[k].event);
    CHECK(seen[k].cameo == edges[k].cameo);
    CHECK(seen[k].date == edges[k].date);
    CHECK(seen[k].colour == edges[k].colour);
    CHECK(seen[k].goldstein == edges[k].goldstein);
  }
  agclose(g);

  SECTION("draw_isolated adds the entities without relations") {
    ExportConfig cfg;
    cfg.draw_isolated = true;
    Agraph_t* all = agmemread(graph_dot(t, cfg).c_str());
    REQUIRE(all != nullptr);
    CHECK(agnnodes(all) == 6);
    Agnode_t* loc = agfstnode(all);  // entity order: city:pyongyang first
    CHECK(std::string(agnameof(loc)) == "city:pyongyang");
    CHECK(agattr_str(loc, "shape") == "note");
    agclose(all);
  }
  SECTION("include_evidence_in_graph puts the sentences into the edge tooltips") {
    ExportConfig cfg;
    cfg.include_evidence_in_graph = true;
    const std::string with = graph_dot(t, cfg);
    CHECK(with.find("Kedua pemimpin bertemu") != std::string::npos);
    CHECK(dot.find("Kedua pemimpin bertemu") == std::string::npos);
  }
}

TEST_CASE("DOT labels survive every escaping layer", "[dot]") {
  struct Row {
    std::string name;   // entity name
    std::string label;  // label attribute as cgraph reads it back
  };
  const std::vector<Row> rows = {
      {"ends with a backslash \\", "ends with a backslash \\\\"},
      {"\\N is not the node name", "\\\\N is not the node name"},
      {"quote at the end \"", "quote at the end \""},
      {"tab\there", "tab here"},
      {"CR\r\nLF and\rCR", "CR\\nLF and\\nCR"},
      {"&amp; stays literal, & too", "&amp;amp; stays literal, & too"},
      {"Prabowo Subianto: \"Kita siap\"", "Prabowo Subianto: \"Kita siap\""},
      {"digraph", "digraph"},  // a DOT keyword as a label
  };
  Timeline t;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    t.entities.push_back(entity("k" + std::to_string(i), rows[i].name, EntityType::kGroup));
    if (i > 0) t.relations.push_back({"k0", "k" + std::to_string(i), "ev", "010", "say", TimeValue{}});
  }
  const std::string dot = graph_dot(t, ExportConfig{});
  Agraph_t* g = agmemread(dot.c_str());
  INFO(dot);
  REQUIRE(g != nullptr);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Agnode_t* n = agnode(g, const_cast<char*>(("k" + std::to_string(i)).c_str()), 0);
    INFO("row " << i);
    REQUIRE(n != nullptr);
    CHECK(agattr_str(n, "label") == rows[i].label);
    CHECK(agattr_str(n, "shape") == "octagon");
  }
  agclose(g);
  CHECK(render_svg(dot, ExportConfig{}).ok());
}

TEST_CASE("render_svg lays out and draws the DOT text", "[svg]") {
  const std::string dot = graph_dot(make_timeline(), ExportConfig{});
  const Result<std::string> svg = render_svg(dot, ExportConfig{});
  INFO((svg ? std::string() : svg.error().to_string()));
  REQUIRE(svg.ok());
  const std::string& s = svg.value();
  CHECK(s.rfind("<?xml", 0) == 0);
  CHECK(s.find("<svg") != std::string::npos);
  CHECK(s.find(kHangul) != std::string::npos);
  CHECK(s.find(kCyrillic) != std::string::npos);
  CHECK(s.find("A &amp; B &lt;Co&gt;") != std::string::npos);

  struct BadRow {
    std::string dot, layout;
    ErrorCode code;
  };
  const std::vector<BadRow> bad = {
      {"digraph { a -> ", "dot", ErrorCode::kParse},
      {"this is not dot", "dot", ErrorCode::kParse},
      {dot, "no-such-engine", ErrorCode::kUnsupported},
  };
  for (const BadRow& row : bad) {
    ExportConfig cfg;
    cfg.layout = row.layout;
    const Result<std::string> r = render_svg(row.dot, cfg);
    INFO(row.dot.substr(0, 20) << " / " << row.layout);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == row.code);
    CHECK_FALSE(r.error().message.empty());
  }
  // Graphviz still works after the errors (its global state was restored).
  CHECK(render_svg(dot, ExportConfig{}).ok());
}

// graph.svg is laid out by Graphviz's `dot` program in a child process (a fresh process draws the
// same bytes every run; docs/outputs.md), and in this process when no program can be started.
TEST_CASE("render_svg lays out in a child process, else in this process", "[svg]") {
  const std::string dot = graph_dot(make_timeline(), ExportConfig{});
  ExportConfig child, in_process, missing, failing;
  in_process.graphviz_program = "";
  missing.graphviz_program = "kronik-no-such-graphviz-program";
  failing.graphviz_program = "false";  // starts, prints nothing, exits 1
  const Result<std::string> a = render_svg(dot, child);
  const Result<std::string> b = render_svg(dot, in_process);
  const Result<std::string> c = render_svg(dot, missing);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  REQUIRE(c.ok());
  CHECK(a.value() == b.value());  // the same Graphviz: one drawing either way
  CHECK(c.value() == b.value());
  const Result<std::string> d = render_svg(dot, failing);
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().code == ErrorCode::kUnsupported);
  CHECK(d.error().message.find("(false)") != std::string::npos);
  CHECK(d.error().document == "graph.svg");
  in_process.layout = child.layout = "neato";
  CHECK(render_svg(dot, child).value() == render_svg(dot, in_process).value());
}

TEST_CASE("graph.graphml is well-formed GraphML that NetworkX reads", "[graphml]") {
  const Timeline t = make_timeline();
  const std::string xml = graph_graphml(t, ExportConfig{});
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml", 0) == 0);
  CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);

  auto count = [&](const std::string& needle) {
    std::size_t n = 0;
    for (auto p = xml.find(needle); p != std::string::npos; p = xml.find(needle, p + 1)) ++n;
    return n;
  };
  struct CountRow {
    std::string needle;
    std::size_t n;
  };
  const std::vector<CountRow> counts = {
      {"<node id=", 5},
      {"</node>", 5},
      {"<edge id=", 4},
      {"</edge>", 4},
      {"attr.type=\"int\"", 8},  // mentions, quad_class, Gephi's r/g/b for nodes and edges
      {"attr.type=\"double\"", 2},
      {"attr.type=\"float\"", 1},  // Gephi's size
      {"attr.type=\"boolean\"", 1},
      {"<data key=\"n_label\">A &amp; B &lt;Co&gt;</data>", 1},
      {"<data key=\"n_label\">He said &quot;hi&quot; \\ back</data>", 1},
      {"<node id=\"name:ким чен ын\">", 1},  // no attribute outside the GraphML schema
      {" labels=", 0},
      {" label=", 0},
      {"\x01", 0},  // not allowed in XML 1.0: dropped
      {"e_evidence", 0},
  };
  for (const CountRow& row : counts) {
    INFO(row.needle);
    CHECK(count(row.needle) == row.n);
  }

  if (std::system("/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
    WARN("/usr/bin/python3 with networkx not available: NetworkX round trip skipped");
    return;
  }
  TempDir tmp;
  const std::string in = (tmp.path / "graph.graphml").string();
  const std::string out = (tmp.path / "nx.json").string();
  const std::string script = (tmp.path / "read.py").string();
  write_file(in, xml);
  write_file(script,
             "import json, sys\n"
             "import networkx as nx\n"
             "g = nx.read_graphml(sys.argv[1])\n"
             "nodes = [[n, d.get('label'), d.get('type'), d.get('mentions'), d.get('from_gazetteer')]\n"
             "         for n, d in g.nodes(data=True)]\n"
             "edges = [[u, v, k, d.get('event'), d.get('quad_class'), d.get('goldstein'), d.get('sources')]\n"
             "         for u, v, k, d in g.edges(keys=True, data=True)]\n"
             "json.dump({'directed': g.is_directed(), 'multi': g.is_multigraph(), 'nodes': nodes,\n"
             "           'edges': edges}, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)\n");
  const std::string cmd = "/usr/bin/python3 '" + script + "' '" + in + "' '" + out + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  const rapidjson::Document nx = parse_json(read_file(out));
  CHECK(nx["directed"].GetBool());
  CHECK(nx["multi"].GetBool());  // two relations between the same pair

  struct NxNode {
    std::string id, label, type;
    int mentions;
    bool gazetteer;
  };
  const std::vector<NxNode> nodes = {
      {"country:PRK", kTwoLines, "country", 4, true},
      {"name:a b co", kMarkup, "organization", 2, false},
      {"name:he said hi back", kQuoteName, "person", 1, false},
      {"name:ким чен ын", kCyrillic, "person", 1, false},
      {"person:Q56226", kHangul, "person", 7, true},
  };
  REQUIRE(nx["nodes"].Size() == nodes.size());
  for (rapidjson::SizeType k = 0; k < nodes.size(); ++k) {
    const auto& n = nx["nodes"][k];
    INFO("node " << nodes[k].id);
    CHECK(std::string(n[0].GetString()) == nodes[k].id);
    CHECK(std::string(n[1].GetString()) == nodes[k].label);
    CHECK(std::string(n[2].GetString()) == nodes[k].type);
    CHECK(n[3].GetInt() == nodes[k].mentions);  // attr.type int -> Python int
    CHECK(n[4].GetBool() == nodes[k].gazetteer);
  }
  struct NxEdge {
    std::string u, v, key, event;
    int quad;
    double goldstein;
    std::string sources;
  };
  const std::vector<NxEdge> edges = {
      {"country:PRK", "name:a b co", "e3", "ev_fight", 4, -10.0, "doc-a.txt"},
      {"name:he said hi back", "name:a b co", "e1", "ev_accuse", 3, -2.0, "doc-b.html"},
      {"name:he said hi back", "name:a b co", "e2", "ev_intent", 1, 4.0, "doc-b.html"},
      {"person:Q56226", "name:ким чен ын", "e0", "ev_meet", 1, 2.5, "doc-a.txt|doc-b.html"},
  };
  REQUIRE(nx["edges"].Size() == edges.size());
  for (rapidjson::SizeType k = 0; k < edges.size(); ++k) {
    const auto& e = nx["edges"][k];
    INFO("edge " << edges[k].key);
    CHECK(std::string(e[0].GetString()) == edges[k].u);
    CHECK(std::string(e[1].GetString()) == edges[k].v);
    CHECK(std::string(e[2].GetString()) == edges[k].key);
    CHECK(std::string(e[3].GetString()) == edges[k].event);
    CHECK(e[4].GetInt() == edges[k].quad);
    CHECK(e[5].GetDouble() == edges[k].goldstein);
    CHECK(std::string(e[6].GetString()) == edges[k].sources);
  }
}

TEST_CASE("Neo4j CSV files parse back to the timeline's values", "[neo4j]") {
  const Timeline t = make_timeline();
  const Neo4jCsv csv = neo4j_csv(t);

  struct HeaderRow {
    std::string text, header;
  };
  const std::vector<HeaderRow> headers = {
      {csv.entities,
       "entityId:ID(Entity),name,type,qid,iso,aliases:string[],mentions:int,first_seen,last_seen,:LABEL"},
      {csv.events,
       "eventId:ID(Event),cameo,type,headline,quad_class:int,goldstein:float,date,date_start:date,"
       "date_end:date,granularity,anchor,modality,confidence:float,sources:string[],evidence,:LABEL"},
      {csv.participation, ":START_ID(Entity),:END_ID(Event),role,:TYPE"},
      {csv.located, ":START_ID(Event),:END_ID(Entity),:TYPE"},
  };
  for (const HeaderRow& h : headers) CHECK(h.text.substr(0, h.text.find('\n')) == h.header);
  CHECK(csv.entities.find('\r') == std::string::npos);

  const auto ents = parse_table(csv.entities);
  struct EntRow {
    std::string id, name, type, qid, label;
    std::vector<std::string> aliases;
    std::string mentions, last_seen;
  };
  const std::vector<EntRow> entities = {
      {"city:pyongyang", "Pyongyang", "location", "", "Location", {"Pyongyang", "Pyongyang"}, "1", ""},
      {"country:PRK", kTwoLines, "country", "Q423", "Country", {"Korea Utara", "North Korea"}, "4", ""},
      {"name:a b co", kMarkup, "organization", "", "Organization", {"A&B\x01" "Co", kMarkup}, "2", ""},
      {"name:he said hi back", kQuoteName, "person", "", "Person", {kQuoteName}, "1", ""},
      {"name:ким чен ын", kCyrillic, "person", "", "Person", {kCyrillic}, "1", ""},
      {"person:Q56226", kHangul, "person", "Q56226", "Person", {"Kim Jong Un", kHangul}, "7", "2025-07-14"},
  };
  REQUIRE(ents.size() == entities.size() + 1);
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const auto& r = ents[i + 1];
    INFO("entity " << entities[i].id);
    CHECK(r[0] == entities[i].id);
    CHECK(r[1] == entities[i].name);  // quotes, backslash, line break, UTF-8 intact
    CHECK(r[2] == entities[i].type);
    CHECK(r[3] == entities[i].qid);
    CHECK(split(r[5], ';') == entities[i].aliases);
    CHECK(r[6] == entities[i].mentions);
    CHECK(r[8] == entities[i].last_seen);
    CHECK(r[9] == entities[i].label);
  }
  CHECK(ents[2][4] == "KP");

  const auto evs = parse_table(csv.events);
  struct EvRow {
    std::string id, cameo, quad, goldstein, date, start, end, granularity, modality, confidence;
    std::vector<std::string> sources;
  };
  const std::vector<EvRow> events = {
      {"ev_meet", "044", "1", "2.5", "2025-07-12", "2025-07-12", "2025-07-12", "day", "asserted", "0.8765",
       {"doc-a.txt", "doc-b.html"}},
      {"ev_accuse", "112", "3", "-2", "2025-08", "2025-08-01", "2025-08-31", "month", "planned", "0.5", {"doc-b.html"}},
      {"ev_intent", "036", "1", "4", "2025-08-02", "2025-08-02", "2025-08-02", "day", "asserted", "0.75", {"doc-b.html"}},
      {"ev_fight", "190", "4", "-10", "", "", "", "none", "hypothetical", "0.3333", {"doc-a.txt"}},
  };
  REQUIRE(evs.size() == events.size() + 1);
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& r = evs[i + 1];
    INFO("event " << events[i].id);
    CHECK(r[0] == events[i].id);
    CHECK(r[1] == events[i].cameo);
    CHECK(!r[3].empty());  // headline
    CHECK(r[4] == events[i].quad);
    CHECK(r[5] == events[i].goldstein);
    CHECK(r[6] == events[i].date);
    CHECK(r[7] == events[i].start);  // typed DATE columns: the interval of the reduced value
    CHECK(r[8] == events[i].end);
    CHECK(r[9] == events[i].granularity);
    CHECK(r[11] == events[i].modality);
    CHECK(r[12] == events[i].confidence);
    CHECK(split(r[13], ';') == events[i].sources);
    CHECK(r[15] == "Event");
  }
  // Two evidence lines; the invalid byte became U+FFFD; the quotes came back single.
  CHECK(evs[1][14] ==
        "[doc-a.txt] Kedua pemimpin bertemu pada 12 Juli 2025.\n"
        "[doc-b.html] The two leaders met on \"Saturday\" \xEF\xBF\xBD in the capital.");

  const std::vector<std::vector<std::string>> participation = {
      {":START_ID(Entity)", ":END_ID(Event)", "role", ":TYPE"},
      {"person:Q56226", "ev_meet", "actor", "PARTICIPATES_IN"},
      {"name:ким чен ын", "ev_meet", "target", "PARTICIPATES_IN"},
      {"name:he said hi back", "ev_accuse", "actor", "PARTICIPATES_IN"},
      {"name:a b co", "ev_accuse", "target", "PARTICIPATES_IN"},
      {"name:he said hi back", "ev_intent", "actor", "PARTICIPATES_IN"},
      {"name:a b co", "ev_intent", "target", "PARTICIPATES_IN"},
      {"country:PRK", "ev_fight", "actor", "PARTICIPATES_IN"},
      {"name:a b co", "ev_fight", "target", "PARTICIPATES_IN"},
  };
  CHECK(parse_table(csv.participation) == participation);
  const std::vector<std::vector<std::string>> located = {
      {":START_ID(Event)", ":END_ID(Entity)", ":TYPE"},
      {"ev_meet", "city:pyongyang", "OCCURRED_IN"},
  };
  CHECK(parse_table(csv.located) == located);

  // Every relationship end is a node of the right ID space, so the import has no missing nodes.
  std::set<std::string> entity_ids, event_ids;
  for (std::size_t i = 1; i < ents.size(); ++i) entity_ids.insert(ents[i][0]);
  for (std::size_t i = 1; i < evs.size(); ++i) event_ids.insert(evs[i][0]);
  for (std::size_t i = 1; i < participation.size(); ++i) {
    CHECK(entity_ids.count(participation[i][0]) == 1);
    CHECK(event_ids.count(participation[i][1]) == 1);
  }
}

TEST_CASE("Neo4j CSV keeps the import valid for awkward timelines", "[neo4j]") {
  Timeline t;
  t.entities = {entity("k1", "Semi; colon", EntityType::kGroup, {"a;b", "", "c"}),
                entity("k1", "duplicate key", EntityType::kPerson), entity("k2", "", EntityType::kUnknown)};
  Event a;
  a.id = "ev_a";
  a.participants = {{"k1", ParticipantRole::kActor}, {"k1", ParticipantRole::kActor},
                    {"missing", ParticipantRole::kTarget}, {"", ParticipantRole::kOther}};
  a.location = "place";
  a.sources = {"d;1"};
  Event dup = a;
  dup.cameo = "999";
  Event no_id;
  no_id.participants = {{"k2", ParticipantRole::kActor}};
  t.events = {a, dup, no_id};
  const Neo4jCsv csv = neo4j_csv(t);

  struct Row {
    std::string text;
    std::vector<std::vector<std::string>> rows;
  };
  const std::vector<Row> rows = {
      {csv.entities,
       {{"entityId:ID(Entity)", "name", "type", "qid", "iso", "aliases:string[]", "mentions:int", "first_seen",
         "last_seen", ":LABEL"},
        {"k1", "Semi; colon", "group", "", "", "a,b;c", "1", "", "", "Group"},  // ';' in an element -> ','
        {"k2", "k2", "", "", "", "", "1", "", "", ""},                          // no name, unknown type
        {"missing", "missing", "", "", "", "", "0", "", "", ""},                // stub nodes in first-use order
        {"place", "place", "", "", "", "", "0", "", "", ""}}},
      {csv.participation,
       {{":START_ID(Entity)", ":END_ID(Event)", "role", ":TYPE"},
        {"k1", "ev_a", "actor", "PARTICIPATES_IN"},
        {"missing", "ev_a", "target", "PARTICIPATES_IN"}}},
      {csv.located, {{":START_ID(Event)", ":END_ID(Entity)", ":TYPE"}, {"ev_a", "place", "OCCURRED_IN"}}},
  };
  for (const Row& row : rows) CHECK(parse_table(row.text) == row.rows);
  const auto evs = parse_table(csv.events);
  REQUIRE(evs.size() == 2);  // the repeated id and the event without id are left out
  CHECK(evs[1][1].empty());  // first row wins: not "999"
  CHECK(evs[1][13] == "d,1");  // sources

  SECTION("an empty timeline gives header-only files") {
    const Neo4jCsv empty = neo4j_csv(Timeline{});
    for (const std::string* s : {&empty.entities, &empty.events, &empty.participation, &empty.located}) {
      CHECK(std::count(s->begin(), s->end(), '\n') == 1);
      CHECK(s->back() == '\n');
    }
  }
}

// ---- (3) atomic writes -----------------------------------------------------------------------

TEST_CASE("write_outputs writes the four files atomically", "[write]") {
  const Timeline t = make_timeline();
  const ExportConfig cfg;
  TempDir tmp;
  const fs::path dir = tmp.path / "nested" / "out";  // created, parents too

  for (int run = 0; run < 2; ++run) {  // the second run replaces the files
    const std::vector<Error> errors = write_outputs(t, dir.string(), cfg);
    for (const Error& e : errors) UNSCOPED_INFO(e.to_string());
    CHECK(errors.empty());
    CHECK(list_dir(dir) == std::set<std::string>{".kronik-output", "events.jsonl", "graph.dot", "graph.graphml", "graph.svg", "timeline.html", "timeline.json"});
  }
  CHECK(read_file((dir / "timeline.json").string()) == timeline_json(t, cfg));
  CHECK(read_file((dir / "graph.dot").string()) == graph_dot(t, cfg));
  CHECK(read_file((dir / "graph.graphml").string()) == graph_graphml(t, cfg));
  CHECK(read_file((dir / "graph.svg").string()).rfind("<?xml", 0) == 0);
  struct stat st {};
  REQUIRE(::stat((dir / "timeline.json").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);

  SECTION("svg = false leaves graph.svg out") {
    ExportConfig no_svg;
    no_svg.svg = false;
    const fs::path other = tmp.path / "no-svg";
    CHECK(write_outputs(t, other.string(), no_svg).empty());
    CHECK(list_dir(other) == std::set<std::string>{".kronik-output", "events.jsonl", "graph.dot", "graph.graphml", "timeline.html", "timeline.json"});
  }
  SECTION("a directory that is a file gives an error, not a crash") {
    const fs::path file = tmp.path / "plain-file";
    write_file(file.string(), "x");
    const std::vector<Error> errors = write_outputs(t, file.string(), cfg);
    REQUIRE(errors.size() == 1);
    for (const Error& e : errors) {
      CHECK(e.code == ErrorCode::kIo);
      CHECK(e.document.rfind(file.string(), 0) == 0);
    }
    CHECK(read_file(file.string()) == "x");
  }
  SECTION("an unknown layout fails graph.svg only") {
    ExportConfig bad;
    bad.layout = "no-such-engine";
    const fs::path other = tmp.path / "bad-layout";
    const std::vector<Error> errors = write_outputs(t, other.string(), bad);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == ErrorCode::kUnsupported);
    CHECK(errors[0].document == (other / "graph.svg").string());
    CHECK(list_dir(other) == std::set<std::string>{".kronik-output", "events.jsonl", "graph.dot", "graph.graphml", "timeline.html", "timeline.json"});
  }
}

TEST_CASE("write_outputs adds the Neo4j CSV files only when asked", "[write][neo4j]") {
  const Timeline t = make_timeline();
  TempDir tmp;
  const std::set<std::string> standard = {".kronik-output", "events.jsonl", "graph.dot", "graph.graphml", "graph.svg", "timeline.html", "timeline.json"};
  std::set<std::string> with_csv = standard;
  for (const char* f : {"neo4j_entities.csv", "neo4j_events.csv", "neo4j_participation.csv", "neo4j_located.csv"})
    with_csv.insert(f);
  struct Row {
    bool neo4j;
    std::set<std::string> files;
  };
  const std::vector<Row> rows = {{false, standard}, {true, with_csv}};
  for (const Row& row : rows) {
    ExportConfig cfg;
    cfg.neo4j_csv = row.neo4j;
    const fs::path dir = tmp.path / (row.neo4j ? "with" : "without");
    INFO("neo4j_csv = " << row.neo4j);
    CHECK(write_outputs(t, dir.string(), cfg).empty());
    CHECK(list_dir(dir) == row.files);
    // The standard files are the same bytes either way.
    CHECK(read_file((dir / "timeline.json").string()) == timeline_json(t, ExportConfig{}));
    CHECK(read_file((dir / "graph.graphml").string()) == graph_graphml(t, ExportConfig{}));
  }
  const Neo4jCsv csv = neo4j_csv(t);
  const fs::path with = tmp.path / "with";
  CHECK(read_file((with / "neo4j_entities.csv").string()) == csv.entities);
  CHECK(read_file((with / "neo4j_events.csv").string()) == csv.events);
  CHECK(read_file((with / "neo4j_participation.csv").string()) == csv.participation);
  CHECK(read_file((with / "neo4j_located.csv").string()) == csv.located);
}

TEST_CASE("write_file_atomic reports failures as values", "[write]") {
  TempDir tmp;
  struct Row {
    std::string path;
    bool ok;
  };
  const std::vector<Row> rows = {
      {(tmp.path / "a.txt").string(), true},
      {(tmp.path / "missing-dir" / "a.txt").string(), false},
      {tmp.path.string() + "/", false},
  };
  for (const Row& row : rows) {
    INFO(row.path);
    const Status s = write_file_atomic(row.path, "hello\n");
    CHECK(s.ok() == row.ok);
    if (!s.ok()) {
      CHECK(s.error().code == ErrorCode::kIo);
      CHECK(s.error().document == row.path);
    }
  }
  CHECK(read_file((tmp.path / "a.txt").string()) == "hello\n");
  CHECK(list_dir(tmp.path) == std::set<std::string>{"a.txt"});  // no temporary left behind
}

// ---- (4) determinism -------------------------------------------------------------------------

TEST_CASE("exports are byte-deterministic", "[determinism]") {
  const ExportConfig cfg;
  const Timeline a = make_timeline();
  const Timeline b = make_timeline();
  CHECK(timeline_json(a, cfg) == timeline_json(b, cfg));
  CHECK(graph_dot(a, cfg) == graph_dot(b, cfg));
  CHECK(graph_graphml(a, cfg) == graph_graphml(b, cfg));
  CHECK(neo4j_csv(a).entities == neo4j_csv(b).entities);
  CHECK(neo4j_csv(a).events == neo4j_csv(b).events);
  const std::string dot = graph_dot(a, cfg);
  const Result<std::string> s1 = render_svg(dot, cfg);
  const Result<std::string> s2 = render_svg(dot, cfg);
  REQUIRE(s1.ok());
  REQUIRE(s2.ok());
  CHECK(s1.value() == s2.value());

  SECTION("concurrent calls give the same bytes (Graphviz calls are serialised)") {
    std::vector<std::string> dots(4), jsons(4);
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < 4; ++k) {
      threads.emplace_back([&, k] {
        dots[k] = graph_dot(a, cfg);
        jsons[k] = timeline_json(a, cfg);
      });
    }
    for (auto& th : threads) th.join();
    for (std::size_t k = 0; k < 4; ++k) {
      CHECK(dots[k] == dot);
      CHECK(jsons[k] == timeline_json(a, cfg));
    }
  }
  SECTION("an empty timeline exports cleanly") {
    const Timeline empty;
    CHECK(parse_json(timeline_json(empty, cfg))["events"].Empty());
    const std::string d = graph_dot(empty, cfg);
    CHECK(d.rfind("digraph kronik {", 0) == 0);
    CHECK(render_svg(d, cfg).ok());
    CHECK(graph_graphml(empty, cfg).find("<node") == std::string::npos);
  }
}

// ---- headlines, events.jsonl, Kuzu and GDELT feeds ---------------------------------------------

TEST_CASE("every event gets a readable headline", "[headline]") {
  Timeline t = make_timeline();
  EntityRecord lavrov = entity("person:lavrov", "Sergey Lavrov", EntityType::kPerson);
  EntityRecord wonsan = entity("city:wonsan", "Wonsan", EntityType::kLocation);
  EntityRecord kim = entity("person:kim", "Kim Jong Un", EntityType::kPerson);
  t.entities.insert(t.entities.end(), {lavrov, wonsan, kim});
  auto make = [](std::string cameo, std::vector<Participant> parties, std::string place = "",
                 Modality m = Modality::kAsserted) {
    Event e;
    e.cameo = std::move(cameo);
    e.cameo_name = "Name of " + e.cameo;
    e.participants = std::move(parties);
    e.location = std::move(place);
    e.modality = m;
    return e;
  };
  const Participant a{"person:lavrov", ParticipantRole::kActor};
  const Participant b{"person:kim", ParticipantRole::kTarget};
  struct Row {
    Event event;
    std::string headline;
  };
  const std::vector<Row> rows = {
      {make("040", {a, b}, "city:wonsan"), "Sergey Lavrov meets Kim Jong Un in Wonsan"},
      {make("042", {a, b}, "", Modality::kPlanned), "Sergey Lavrov will visit Kim Jong Un"},
      {make("0431", {a, b}), "Sergey Lavrov hosts Kim Jong Un"},  // a code without its own phrase
      {make("111", {a, b}, "", Modality::kNegated), "Sergey Lavrov does not criticize Kim Jong Un"},
      {make("026", {a, b}), "Sergey Lavrov appeals to Kim Jong Un to meet"},
      {make("051", {a}), "Sergey Lavrov praises"},
      {make("042", {a}, "city:wonsan"), "Sergey Lavrov visits Wonsan"},  // the place is what is visited
      {make("016", {a, b}), "Sergey Lavrov denies responsibility to Kim Jong Un"},
      {make("042", {b}, "city:wonsan"), "Name of 042: Kim Jong Un in Wonsan"},  // nobody acting
      {make("040", {a, b}, "person:kim"), "Sergey Lavrov meets Kim Jong Un"},   // place is a party
      {make("040", {a, {"person:unknown", ParticipantRole::kTarget}}), "Sergey Lavrov meets person:unknown"},
      {make("040", {a, {"person:kim", ParticipantRole::kActor}, {"person:lavrov", ParticipantRole::kSpeaker}}),
       "Sergey Lavrov and Kim Jong Un meet"},
      {t.events[1], std::string(kQuoteName) + " will accuse " + kMarkup},
      {t.events[3], std::string(kTwoLines) + " may fight " + kMarkup},
  };
  const HeadlineWriter headline(t);
  for (const Row& row : rows) {
    INFO(row.event.cameo << " -> " << row.headline);
    CHECK(headline(row.event) == row.headline);
  }
}

TEST_CASE("graph CSV dialects: typed date intervals, arrays in each loader's syntax", "[neo4j][kuzu]") {
  Timeline t = make_timeline();
  t.entities[1].aliases = {"Korea, North", "[DPRK]", "a;b", " 'quoted'"};
  const GraphCsv neo = graph_csv(t, CsvDialect::kNeo4j);
  const GraphCsv kuzu = graph_csv(t, CsvDialect::kKuzu);
  CHECK(neo.events.rfind("eventId:ID(Event),cameo,type,headline,quad_class:int,goldstein:float,date,"
                         "date_start:date,date_end:date,", 0) == 0);
  CHECK(kuzu.events.rfind("eventId,cameo,type,headline,quad_class,goldstein,date,date_start,date_end,", 0) == 0);
  CHECK(kuzu.participation.rfind("from,to,role\n", 0) == 0);
  CHECK(neo.load_script.empty());
  struct Row {
    const std::string* file;
    std::string needle;
  };
  const std::vector<Row> rows = {
      {&neo.events, ",2025-08,2025-08-01,2025-08-31,month,"},   // accuse: a month
      {&kuzu.events, ",2025-08,2025-08-01,2025-08-31,month,"},
      {&neo.events, ",2025-07-12,2025-07-12,2025-07-12,day,"},  // meet: a day
      {&neo.entities, "\"Korea, North;[DPRK];a,b; 'quoted'\""},    // ';' is the delimiter
      {&kuzu.entities, "\"[Korea; North,(DPRK),a;b,quoted']\""},  // ',' is the delimiter; a leading quote dropped
      {&kuzu.events, "Kedua pemimpin bertemu pada 12 Juli 2025. | [doc-b.html]"},
      {&kuzu.load_script, "CREATE NODE TABLE Event(eventId STRING, cameo STRING, type STRING, headline STRING, "
                          "quad_class INT64, goldstein DOUBLE, date STRING, date_start DATE, date_end DATE,"},
      {&kuzu.load_script, "CREATE REL TABLE PARTICIPATES_IN(FROM Entity TO Event, role STRING);"},
      {&kuzu.load_script, "CREATE REL TABLE OCCURRED_IN(FROM Event TO Entity);"},
      {&kuzu.load_script, "COPY Event FROM 'kuzu_events.csv' (HEADER=true, ESCAPE='\"');"},
  };
  for (const Row& row : rows) {
    INFO(row.needle);
    CHECK(row.file->find(row.needle) != std::string::npos);
  }
  // Kuzu's parallel reader: one line per record, no quoted line break anywhere.
  for (const std::string* f : {&kuzu.entities, &kuzu.events, &kuzu.participation, &kuzu.located}) {
    const auto lines = static_cast<std::size_t>(std::count(f->begin(), f->end(), '\n'));
    CHECK(f->find('\r') == std::string::npos);
    if (f == &kuzu.events) CHECK(lines == t.events.size() + 1);
  }
}

TEST_CASE("events.jsonl: one self-contained event per line", "[jsonl]") {
  const Timeline t = make_timeline();
  const std::string jsonl = events_jsonl(t);
  const std::vector<std::string> lines = split(jsonl.substr(0, jsonl.size() - 1), '\n');
  REQUIRE(lines.size() == t.events.size());
  struct Row {
    const char* id;
    const char* date_start;  // "" = null
    const char* date_end;
    const char* location;
  };
  const std::vector<Row> rows = {
      {"ev_meet", "2025-07-12", "2025-07-12", "Pyongyang"},
      {"ev_accuse", "2025-08-01", "2025-08-31", ""},
      {"ev_intent", "2025-08-02", "2025-08-02", ""},
      {"ev_fight", "", "", ""},
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    INFO(lines[i]);
    const rapidjson::Document d = parse_json(lines[i]);
    CHECK(std::string(d["id"].GetString()) == rows[i].id);
    CHECK(d["headline"].IsString());
    CHECK(std::string(d["cameo_root"].GetString()) == t.events[i].cameo.substr(0, 2));
    if (*rows[i].date_start) {
      CHECK(std::string(d["date_start"].GetString()) == rows[i].date_start);
      CHECK(std::string(d["date_end"].GetString()) == rows[i].date_end);
    } else {
      CHECK(d["date_start"].IsNull());
    }
    if (*rows[i].location) CHECK(std::string(d["location"]["name"].GetString()) == rows[i].location);
    else CHECK(d["location"].IsNull());
  }
  const rapidjson::Document meet = parse_json(lines[0]);
  CHECK(std::string(meet["sources"][0]["outlet"].GetString()) == "CONTOH.COM");
  CHECK(std::string(meet["sources"][1]["url"].GetString()) == "https://example.org/news?a=1&b=2");
  CHECK(std::string(meet["participants"][0]["name"].GetString()) == kHangul);
}

TEST_CASE("GDELT tables: GDELT 2.0 columns, one record per line", "[gdelt]") {
  const Timeline t = make_timeline();
  const GdeltTables g = gdelt_tables(t);
  auto fields = [](const std::string& line) { return split(line, '\t'); };
  const std::vector<std::string> events = split(g.events.substr(0, g.events.size() - 1), '\n');
  const std::vector<std::string> mentions = split(g.mentions.substr(0, g.mentions.size() - 1), '\n');
  REQUIRE(events.size() == t.events.size() + 1);
  REQUIRE(mentions.size() == 1 + 3);  // header + the evidence of meet (2) and accuse (1)
  const std::vector<std::string> head = fields(events[0]);
  REQUIRE(head.size() == 61);
  for (const std::string& line : events) CHECK(fields(line).size() == 61);
  for (const std::string& line : mentions) CHECK(fields(line).size() == 16);
  auto col = [&](std::size_t row, std::string_view name) {
    const std::vector<std::string> f = fields(events[row]);
    for (std::size_t i = 0; i < head.size(); ++i)
      if (head[i] == name) return f[i];
    return std::string("?");
  };
  struct Row {
    std::size_t row;
    const char* column;
    const char* value;
  };
  const std::vector<Row> rows = {
      {1, "GLOBALEVENTID", "ev_meet"},   {1, "SQLDATE", "20250712"},      {1, "MonthYear", "202507"},
      {1, "EventCode", "044"},           {1, "EventBaseCode", "044"},     {1, "EventRootCode", "04"},
      {1, "NumMentions", "2"},           {1, "NumArticles", "2"},         {1, "NumSources", "2"},
      {1, "IsRootEvent", "1"},           {1, "ActionGeo_Type", "4"},      {1, "ActionGeo_FullName", "Pyongyang"},
      {1, "SOURCEURL", "https://example.org/news?a=1&b=2"},
      {2, "SQLDATE", "20250801"},        {2, "FractionDate", "2025.5808"}, {2, "IsRootEvent", "0"},
      {4, "Actor1Code", "KP"},           {4, "Actor1CountryCode", "KP"},  {4, "Actor1Name", "Republik Rakyat Demokratik Korea"},
      {4, "SQLDATE", ""},                {4, "QuadClass", "4"},           {4, "GoldsteinScale", "-10"},
      {4, "DATEADDED", ""},
  };
  for (const Row& r : rows) {
    INFO(r.column << " of line " << r.row);
    CHECK(col(r.row, r.column) == r.value);
  }
  CHECK(fields(mentions[1])[9] == "115");  // ActionCharOffset: the trigger's byte offset
  CHECK(fields(mentions[1])[4] == "CONTOH.COM");
}

TEST_CASE("RDF: SEM events with xsd:date intervals, PROV sources, Wikidata links", "[rdf]") {
  const Timeline t = make_timeline();
  const RdfGraph g = rdf_graph(t, "");
  const std::vector<std::string> lines = split(g.ntriples.substr(0, g.ntriples.size() - 1), '\n');
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(line.ends_with(" ."));
    CHECK(line.find('\n') == std::string::npos);
  }
  const std::string ev = "<urn:kronik:event/ev_accuse> ";
  const std::string sem = "<http://semanticweb.cs.vu.nl/2009/11/sem/";
  const std::string date = "^^<http://www.w3.org/2001/XMLSchema#date>";
  const std::vector<std::string> triples = {
      ev + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " + sem + "Event> .",
      ev + sem + "hasEarliestBeginTimeStamp> \"2025-08-01\"" + date + " .",  // a month: its first day
      ev + sem + "hasLatestEndTimeStamp> \"2025-08-31\"" + date + " .",      // and its last
      ev + sem + "hasTimeStamp> \"2025-08\" .",
      ev + "<http://www.w3.org/ns/prov#wasDerivedFrom> <urn:kronik:document/doc-b.html> .",
      ev + "<urn:kronik:vocab#target> <urn:kronik:entity/name%3Aa%20b%20co> .",
      "<urn:kronik:entity/person%3AQ56226> <http://www.w3.org/2002/07/owl#sameAs> "
      "<http://www.wikidata.org/entity/Q56226> .",
      "<urn:kronik:entity/name%3A%D0%BA%D0%B8%D0%BC%20%D1%87%D0%B5%D0%BD%20%D1%8B%D0%BD> "
      "<http://www.w3.org/2000/01/rdf-schema#label> \"" + std::string(kCyrillic) + "\" .",
      "<urn:kronik:entity/name%3Ahe%20said%20hi%20back> <http://www.w3.org/2000/01/rdf-schema#label> "
      "\"He said \\\"hi\\\" \\\\ back\" .",
      "<urn:kronik:document/doc-b.html> <http://www.w3.org/ns/prov#atLocation> <https://example.org/news?a=1&b=2> .",
  };
  for (const std::string& triple : triples) {
    INFO(triple);
    CHECK(std::count(lines.begin(), lines.end(), triple) == 1);
  }
  // An undated event has no time stamps; Turtle holds the same statements with prefixes.
  CHECK(g.ntriples.find("<urn:kronik:event/ev_fight> " + sem + "hasEarliestBeginTimeStamp>") == std::string::npos);
  CHECK(g.turtle.rfind("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n", 0) == 0);
  CHECK(g.turtle.find("sem:hasEarliestBeginTimeStamp \"2025-08-01\"^^xsd:date") != std::string::npos);
  // Another base mints every IRI under it.
  const RdfGraph other = rdf_graph(t, "https://data.example.org/kronik/");
  CHECK(other.ntriples.find("urn:kronik:") == std::string::npos);
  CHECK(other.ntriples.find("<https://data.example.org/kronik/event/ev_meet> ") != std::string::npos);
}

// ---- streamed files (issue 14) ----------------------------------------------------------------

/// make_timeline() with its events and relations repeated under new ids until the files are
/// several times ByteSink's 64 KB buffer, and a '<' in every headline's evidence.
Timeline large_timeline(int copies) {
  Timeline t = make_timeline();
  const std::vector<Event> events = t.events;
  const std::vector<Relation> relations = t.relations;
  for (int c = 1; c < copies; ++c) {
    const std::string suffix = "_" + std::to_string(c);
    for (Event e : events) {
      e.id += suffix;
      for (Evidence& x : e.evidence) x.text += " </script><!-- " + suffix;
      t.events.push_back(std::move(e));
    }
    for (Relation r : relations) {
      r.event += suffix;
      t.relations.push_back(std::move(r));
    }
  }
  return t;
}

/// What timeline.html embeds: the events.jsonl lines as one array, '<' written as \u003c.
std::string expected_embedded(const std::string& jsonl) {
  std::string out = "[";
  for (char c : jsonl.substr(0, jsonl.empty() ? 0 : jsonl.size() - 1)) {
    if (c == '\n') out += ",\n";
    else if (c == '<') out += "\\u003c";
    else out += c;
  }
  return out + "]";
}

TEST_CASE("streamed files equal the whole-string exports, past the sink's buffer", "[write][stream]") {
  struct Case {
    int copies;
    bool evidence;
  };
  for (const Case c : {Case{0, false}, Case{1, true}, Case{200, false}, Case{200, true}}) {
    Timeline t = c.copies == 0 ? Timeline{} : large_timeline(c.copies);
    ExportConfig cfg;
    cfg.svg = false;
    cfg.include_evidence_in_graph = c.evidence;
    cfg.gdelt = true;
    cfg.neo4j_csv = cfg.kuzu_csv = cfg.rdf = true;
    INFO("copies " << c.copies << " evidence " << c.evidence);
    TempDir tmp;
    REQUIRE(write_outputs(t, tmp.path.string(), cfg).empty());
    const std::string jsonl = events_jsonl(t);
    if (c.copies == 200) CHECK(jsonl.size() > 4 * 65536);
    CHECK(read_file((tmp.path / "events.jsonl").string()) == jsonl);
    CHECK(read_file((tmp.path / "graph.graphml").string()) == graph_graphml(t, cfg));
    CHECK(read_file((tmp.path / "graph.dot").string()) == graph_dot(t, cfg));
    const GdeltTables gdelt = gdelt_tables(t);
    CHECK(read_file((tmp.path / "gdelt_events.tsv").string()) == gdelt.events);
    CHECK(read_file((tmp.path / "gdelt_mentions.tsv").string()) == gdelt.mentions);
    for (const auto& [prefix, dialect] : {std::pair{"neo4j", CsvDialect::kNeo4j}, std::pair{"kuzu", CsvDialect::kKuzu}}) {
      const GraphCsv csv = graph_csv(t, dialect);
      const std::string p = (tmp.path / prefix).string();
      CHECK(read_file(p + "_entities.csv") == csv.entities);
      CHECK(read_file(p + "_events.csv") == csv.events);
      CHECK(read_file(p + "_participation.csv") == csv.participation);
      CHECK(read_file(p + "_located.csv") == csv.located);
      CHECK(fs::exists(p + "_load.cypher") == !csv.load_script.empty());
    }
    const RdfGraph rdf = rdf_graph(t, "");
    if (c.copies == 200) CHECK(rdf.turtle.size() > 4 * 65536);
    CHECK(read_file((tmp.path / "graph.ttl").string()) == rdf.turtle);
    CHECK(read_file((tmp.path / "graph.nt").string()) == rdf.ntriples);
    const std::string html = read_file((tmp.path / "timeline.html").string());
    CHECK(html == timeline_html(t, cfg));
    const std::string open = "id=\"kronik-data\">", close = "</script>";
    const std::size_t at = html.find(open) + open.size();
    CHECK(html.substr(at, html.find(close, at) - at) == expected_embedded(jsonl));
  }
}

TEST_CASE("timeline.html shows at most max_html_events, the most reported, in time order", "[html]") {
  Timeline t = large_timeline(3);
  REQUIRE(t.events.size() >= 4);
  // The last event in time order gets the most sources: a page of one event shows it.
  const std::size_t last = t.events.size() - 1;
  for (int k = 0; k < 5; ++k) t.events[last].sources.push_back("extra-" + std::to_string(k));
  ExportConfig cfg;
  struct Row {
    std::size_t limit;
    std::size_t expected;  // events embedded
    bool note;             // the header says the page is cut
  };
  for (const Row r : {Row{0, t.events.size(), false}, Row{t.events.size(), t.events.size(), false},
                      Row{1, 1, true}, Row{2, 2, true}}) {
    INFO("limit " << r.limit);
    cfg.max_html_events = r.limit;
    const std::string html = timeline_html(t, cfg);
    CHECK((html.find("most reported; every event is in timeline.json") != std::string::npos) == r.note);
    const std::string open = "id=\"kronik-data\">", close = "</script>";
    const std::size_t at = html.find(open) + open.size();
    const std::string data = html.substr(at, html.find(close, at) - at);
    std::size_t ids = 0;
    for (const Event& e : t.events) ids += data.find("\"id\":\"" + e.id + "\"") != std::string::npos;
    CHECK(ids == r.expected);
    CHECK(data.find("\"id\":\"" + t.events[last].id + "\"") != std::string::npos);
  }
}
