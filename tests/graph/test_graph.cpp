// Merging: one node per entity key, one event per happening across documents, content ids,
// order independence, cross-document date hints.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kronik/graph/graph.h"

using namespace kronik;

namespace {

Event make_event(const std::string& doc, const std::string& cameo, std::vector<Participant> parts, TimeValue date,
                 Anchor anchor, std::uint32_t sentence = 0, const std::string& loc = "") {
  Event e;
  e.cameo = cameo;
  e.type = cameo.substr(0, 2) == "04" ? "meet" : "event";
  e.participants = std::move(parts);
  e.date = date;
  e.date_anchor = anchor;
  e.location = loc;
  e.confidence = 0.7;
  Evidence ev;
  ev.document = doc;
  ev.sentence = sentence;
  ev.text = "sentence";
  e.evidence.push_back(ev);
  e.sources.push_back(doc);
  return e;
}

EntityRecord person(const std::string& key, const std::string& name, const std::string& country = "") {
  EntityRecord r;
  r.key = key;
  r.name = name;
  r.type = EntityType::kPerson;
  r.aliases = {name};
  r.mentions = 1;
  if (!country.empty()) r.roles.push_back(RoleHeld{"foreign_minister", country, "", ""});
  return r;
}

DocumentAnalysis doc(const std::string& id, TimeValue published, std::vector<Event> events) {
  DocumentAnalysis a;
  a.info.id = id;
  a.info.published = published;
  a.raw.id = id;
  a.entities["person:a"] = person("person:a", "Alpha");
  a.entities["person:b"] = person("person:b", "Beta", "country:rus");
  a.entities["country:rus"] = EntityRecord{"country:rus", "Russia", EntityType::kCountry, {"Rusia"}, "Q159", "RUS", {}, 1, {}, {}, true, {}};
  a.entities["group:west"] = EntityRecord{"group:west", "the West", EntityType::kGroup, {"Barat"}, "", "", {}, 1, {}, {}, true, {}};
  a.events = std::move(events);
  return a;
}

const Participant A{"person:a", ParticipantRole::kActor};
const Participant Bt{"person:b", ParticipantRole::kTarget};

}  // namespace

TEST_CASE("the same meeting in three documents is one event with three sources", "[graph]") {
  KnowledgeGraph g;
  g.add(doc("d1.txt", TimeValue::day_of(2025, 7, 14), {make_event("d1.txt", "040", {A, Bt}, TimeValue::month_of(2025, 7), Anchor::kDefaulted)}));
  g.add(doc("d2.txt", TimeValue::day_of(2025, 7, 13), {make_event("d2.txt", "043", {A, Bt}, TimeValue::day_of(2025, 7, 12), Anchor::kExplicit)}));
  g.add(doc("d3.txt", TimeValue::day_of(2025, 7, 15), {make_event("d3.txt", "040", {{"person:b", ParticipantRole::kActor}, {"person:a", ParticipantRole::kTarget}}, TimeValue::day_of(2025, 7, 13), Anchor::kPublication)}));
  Timeline t = g.build(MergeConfig{});
  REQUIRE(t.events.size() == 1);
  const Event& e = t.events[0];
  CHECK(e.sources == std::vector<std::string>{"d1.txt", "d2.txt", "d3.txt"});
  CHECK(e.evidence.size() == 3);
  CHECK(e.date.iso() == "2025-07-12");  // the explicit date wins over defaulted and relative ones
  CHECK(e.cameo == "040");              // the most frequent code
  CHECK(e.id.rfind("ev_", 0) == 0);
  CHECK(t.entities.size() == 4);        // one node per key across documents
  CHECK(t.summary.documents_read == 3);
  REQUIRE(t.relations.size() == 1);
  CHECK(t.relations[0].source == "person:a");
}

TEST_CASE("merging does not depend on input order and ids come from content", "[graph]") {
  auto build = [](bool reverse) {
    std::vector<DocumentAnalysis> docs;
    docs.push_back(doc("x.txt", TimeValue::day_of(2024, 1, 2), {make_event("x.txt", "112", {A, {"group:west", ParticipantRole::kTarget}}, TimeValue::day_of(2024, 1, 1), Anchor::kPublication)}));
    docs.push_back(doc("y.txt", TimeValue::day_of(2024, 1, 3), {make_event("y.txt", "112", {{"country:rus", ParticipantRole::kActor}, {"group:west", ParticipantRole::kTarget}}, TimeValue::month_of(2024, 1), Anchor::kDefaulted)}));
    if (reverse) std::reverse(docs.begin(), docs.end());
    KnowledgeGraph g;
    for (auto& d : docs) g.add(std::move(d));
    return g.build(MergeConfig{});
  };
  Timeline a = build(false), b = build(true);
  REQUIRE(a.events.size() == b.events.size());
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    CHECK(a.events[i].id == b.events[i].id);
    CHECK(a.events[i].sources == b.events[i].sources);
  }
}

TEST_CASE("actors on the same side merge; different targets or far dates do not", "[graph]") {
  const Participant west{"group:west", ParticipantRole::kTarget};
  struct Row {
    const char* name;
    Event second;
    std::size_t events;
  };
  Event first = make_event("p.txt", "112", {{"person:b", ParticipantRole::kActor}, west}, TimeValue::day_of(2025, 7, 12), Anchor::kExplicit);
  const Row rows[] = {
      {"person of the country, same target", make_event("q.txt", "112", {{"country:rus", ParticipantRole::kActor}, west}, TimeValue::month_of(2025, 7), Anchor::kDefaulted), 1},
      {"unrelated actor", make_event("q.txt", "112", {A, west}, TimeValue::month_of(2025, 7), Anchor::kDefaulted), 2},
      {"other CAMEO root", make_event("q.txt", "051", {{"person:b", ParticipantRole::kActor}, west}, TimeValue::day_of(2025, 7, 12), Anchor::kExplicit), 2},
      {"explicit dates a month apart", make_event("q.txt", "112", {{"person:b", ParticipantRole::kActor}, west}, TimeValue::day_of(2025, 8, 12), Anchor::kExplicit), 2},
      {"other year", make_event("q.txt", "112", {{"person:b", ParticipantRole::kActor}, west}, TimeValue::year_of(2024), Anchor::kPublication), 2},
  };
  for (const auto& r : rows) {
    INFO(r.name);
    KnowledgeGraph g;
    g.add(doc("p.txt", TimeValue::day_of(2025, 7, 13), {first}));
    g.add(doc("q.txt", TimeValue::day_of(2025, 7, 14), {r.second}));
    CHECK(g.build(MergeConfig{}).events.size() == r.events);
  }
}

TEST_CASE("a document without a date learns its month from documents reporting the same event", "[graph]") {
  KnowledgeGraph g;
  g.add(doc("dated.txt", TimeValue::day_of(2025, 7, 14), {make_event("dated.txt", "040", {A, Bt}, TimeValue::day_of(2025, 7, 12), Anchor::kPublication)}));
  Event yearless = make_event("undated.txt", "040", {A, Bt}, TimeValue{}, Anchor::kUnknown);
  yearless.date.month = 7;
  yearless.date.day = 12;
  g.add(doc("undated.txt", TimeValue{}, {yearless}));
  auto hints = g.date_hints();
  REQUIRE(hints.count("undated.txt"));
  CHECK(hints["undated.txt"].value.iso() == "2025-07");
  CHECK(hints["undated.txt"].not_before.iso() == "2025-07-12");
  CHECK_FALSE(hints.count("dated.txt"));
}

TEST_CASE("duplicate document ids are kept apart and reported", "[graph]") {
  KnowledgeGraph g;
  g.add(doc("same.txt", TimeValue::day_of(2025, 1, 1), {}));
  g.add(doc("same.txt", TimeValue::day_of(2025, 1, 2), {}));
  Timeline t = g.build(MergeConfig{});
  REQUIRE(t.documents.size() == 2);
  CHECK(t.documents[1].id == "same.txt#2");
  bool warned = std::any_of(t.warnings.begin(), t.warnings.end(), [](const Warning& w) { return w.code == "duplicate-id"; });
  CHECK(warned);
}

TEST_CASE("reanalyze replaces only the documents the callback returns", "[graph]") {
  KnowledgeGraph g;
  g.add(doc("a.txt", TimeValue{}, {}));
  g.add(doc("b.txt", TimeValue::day_of(2025, 7, 14), {}));
  std::size_t n = g.reanalyze([](const DocumentAnalysis& a) -> std::optional<DocumentAnalysis> {
    if (a.info.published.known()) return std::nullopt;
    DocumentAnalysis r = a;
    r.info.published = TimeValue::month_of(2025, 7);
    return r;
  });
  CHECK(n == 1);
  Timeline t = g.build(MergeConfig{});
  CHECK(t.documents[0].published.iso() == "2025-07");
  CHECK(t.documents[1].published.iso() == "2025-07-14");
}

// ---- entity records interned per run: the merged record is what merging full copies gave

TEST_CASE("interned entity records merge like full per-document records", "[graph]") {
  TimeValue with_time = TimeValue::day_of(2025, 7, 14);
  with_time.hour = 9, with_time.minute = 5, with_time.utc_offset_minutes = 420;  // not packable: kept aside
  struct Row {
    const char* doc;
    const char* alias;
    const char* office;  // "" = none
    std::uint32_t mentions;
    TimeValue first, last;
  };
  const std::vector<Row> rows = {
      {"d1.txt", "Beta", "foreign_minister", 2, TimeValue::day_of(2025, 7, 10), TimeValue::day_of(2025, 7, 12)},
      {"d2.txt", "B. Beta", "", 1, TimeValue::month_of(2024, 3), TimeValue::year_of(2025)},
      {"d3.txt", "Beta", "foreign_minister", 4, with_time, with_time},
      {"d4.txt", "Beta", "prime_minister", 1, TimeValue{}, TimeValue{}},
  };
  KnowledgeGraph g;
  for (const Row& r : rows) {
    DocumentAnalysis a;
    a.info.id = a.raw.id = r.doc;
    EntityRecord& e = a.entities["person:b"] = person("person:b", "Beta");
    e.aliases = {r.alias};
    if (*r.office) e.roles.push_back(RoleHeld{r.office, "country:rus", "", ""});
    e.mentions = r.mentions;
    e.first_seen = r.first;
    e.last_seen = r.last;
    g.add(std::move(a));
  }
  Timeline t = g.build(MergeConfig{});
  REQUIRE(t.entities.size() == 1);
  const EntityRecord& m = t.entities[0];
  CHECK(m.mentions == 8);
  CHECK(m.aliases == std::vector<std::string>{"B. Beta", "Beta"});
  REQUIRE(m.roles.size() == 2);
  CHECK(m.roles[0].office == "foreign_minister");
  CHECK(m.roles[1].office == "prime_minister");
  // First and last seen: the earliest and latest known dates, in document order (time_less).
  TimeValue first, last;
  for (const Row& r : rows) {
    if (r.first.known() && (!first.known() || time_less(r.first, first))) first = r.first;
    if (r.last.known() && (!last.known() || time_less(last, r.last))) last = r.last;
  }
  CHECK(first.iso() == "2024-03");
  CHECK(m.first_seen == first);
  CHECK(m.last_seen == last);
  CHECK(m.last_seen.hour == (last.hour));
}

// ---- year-bucketed candidate search, thread counts, date hints on a constructed corpus

namespace {

Event dated(const std::string& d, TimeValue date, Anchor anchor, std::uint32_t sentence = 0) {
  return make_event(d, "040", {A, Bt}, date, anchor, sentence);
}

std::size_t merged_events(const std::vector<Event>& first_doc, const std::vector<Event>& second_doc) {
  KnowledgeGraph g;
  g.add(doc("p.txt", TimeValue{}, first_doc));
  g.add(doc("q.txt", TimeValue{}, second_doc));
  return g.build(MergeConfig{}).events.size();
}

}  // namespace

TEST_CASE("candidate search by year and nearby days finds exactly the compatible clusters", "[graph]") {
  const TimeValue dec31 = TimeValue::day_of(2024, 12, 31), jan1 = TimeValue::day_of(2025, 1, 1);
  struct Row {
    const char* name;
    std::vector<Event> p, q;
    std::size_t events;
  };
  const Row rows[] = {
      // compatible() never merges across years, even one day apart: the year bucket keeps that.
      {"Dec 31 and Jan 1 of the next year, within max_day_gap", {dated("p.txt", dec31, Anchor::kPublication)}, {dated("q.txt", jan1, Anchor::kPublication)}, 2},
      {"Dec 30 and Dec 31, relative dates", {dated("p.txt", TimeValue::day_of(2024, 12, 30), Anchor::kPublication)}, {dated("q.txt", dec31, Anchor::kPublication)}, 1},
      {"two days apart across a day bucket", {dated("p.txt", TimeValue::day_of(2025, 1, 7), Anchor::kPublication)}, {dated("q.txt", TimeValue::day_of(2025, 1, 9), Anchor::kPublication)}, 1},
      {"three days apart", {dated("p.txt", TimeValue::day_of(2025, 1, 7), Anchor::kPublication)}, {dated("q.txt", TimeValue::day_of(2025, 1, 10), Anchor::kPublication)}, 2},
      {"undated joins a dated event", {dated("p.txt", jan1, Anchor::kExplicit)}, {dated("q.txt", TimeValue{}, Anchor::kUnknown)}, 1},
      {"dated joins an undated event", {dated("p.txt", TimeValue{}, Anchor::kUnknown)}, {dated("q.txt", jan1, Anchor::kExplicit)}, 1},
      {"month and a day in it", {dated("p.txt", TimeValue::month_of(2025, 1), Anchor::kPublication)}, {dated("q.txt", jan1, Anchor::kExplicit)}, 1},
      {"defaulted month and any day of its year", {dated("p.txt", TimeValue::month_of(2025, 3), Anchor::kDefaulted)}, {dated("q.txt", jan1, Anchor::kExplicit)}, 1},
      // Once dated, a cluster no longer takes events of another year, though its first member had no date.
      {"undated, then 2024, then 2025",
       {dated("p.txt", TimeValue{}, Anchor::kUnknown, 0), dated("p.txt", dec31, Anchor::kExplicit, 1)},
       {dated("q.txt", jan1, Anchor::kExplicit)},
       2},
      {"day-precise member pins a loose cluster",
       {dated("p.txt", TimeValue::month_of(2025, 1), Anchor::kPublication, 0), dated("p.txt", TimeValue::day_of(2025, 1, 20), Anchor::kExplicit, 1)},
       {dated("q.txt", TimeValue::day_of(2025, 1, 2), Anchor::kPublication), dated("q.txt", TimeValue::day_of(2025, 1, 21), Anchor::kPublication, 1)},
       2},
  };
  for (const auto& r : rows) {
    INFO(r.name);
    CHECK(merged_events(r.p, r.q) == r.events);
  }
}

TEST_CASE("the first compatible cluster wins, whichever list it is found in", "[graph]") {
  // An undated report joins the earliest cluster of its parties, here the 2023 one.
  KnowledgeGraph g;
  g.add(doc("a.txt", TimeValue{}, {dated("a.txt", TimeValue::day_of(2023, 5, 1), Anchor::kExplicit)}));
  g.add(doc("b.txt", TimeValue{}, {dated("b.txt", TimeValue::day_of(2024, 5, 1), Anchor::kExplicit)}));
  g.add(doc("c.txt", TimeValue{}, {dated("c.txt", TimeValue{}, Anchor::kUnknown)}));
  Timeline t = g.build(MergeConfig{});
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].sources == std::vector<std::string>{"a.txt", "c.txt"});
}

TEST_CASE("date hints: latest month reported by other documents, latest day in it", "[graph]") {
  const Participant C{"person:a", ParticipantRole::kActor}, D{"country:rus", ParticipantRole::kTarget};
  auto yearless = [](const std::string& d, std::vector<Participant> parts, int month, int day) {
    Event e = make_event(d, "040", std::move(parts), TimeValue{}, Anchor::kUnknown);
    e.date.month = month;
    e.date.day = day;
    return e;
  };
  KnowledgeGraph g;
  g.add(doc("dated1", TimeValue::day_of(2025, 7, 14), {dated("dated1", TimeValue::day_of(2025, 7, 12), Anchor::kPublication)}));
  g.add(doc("dated2", TimeValue::day_of(2025, 8, 3), {dated("dated2", TimeValue::day_of(2025, 8, 1), Anchor::kExplicit)}));
  g.add(doc("dated3", TimeValue::day_of(2025, 8, 5), {dated("dated3", TimeValue::month_of(2025, 8), Anchor::kDefaulted)}));
  g.add(doc("july", TimeValue{}, {yearless("july", {A, Bt}, 7, 12)}));
  g.add(doc("any", TimeValue{}, {dated("any", TimeValue{}, Anchor::kUnknown)}));
  g.add(doc("monthdoc", TimeValue::month_of(2025, 7), {dated("monthdoc", TimeValue::month_of(2025, 7), Anchor::kDefaulted)}));
  g.add(doc("own", TimeValue{}, {dated("own", TimeValue::day_of(2025, 8, 1), Anchor::kExplicit)}));
  g.add(doc("x2023", TimeValue::day_of(2023, 3, 10), {make_event("x2023", "040", {C, D}, TimeValue::day_of(2023, 3, 9), Anchor::kExplicit)}));
  g.add(doc("x2024", TimeValue::day_of(2024, 3, 10), {make_event("x2024", "040", {C, D}, TimeValue::day_of(2024, 3, 9), Anchor::kExplicit)}));
  g.add(doc("march", TimeValue{}, {yearless("march", {C, D}, 3, 9)}));
  g.add(doc("both", TimeValue{}, {yearless("both", {C, D}, 0, 0), dated("both", TimeValue{}, Anchor::kUnknown, 1)}));
  struct Row {
    const char* doc;
    const char* month;
    const char* day;
    const char* how;
  };
  const Row rows[] = {
      {"july", "2025-07", "2025-07-12", "reports the meet event that dated1 dates 2025-07-12"},
      {"any", "2025-08", "2025-08-01", "reports the meet event that dated2 dates 2025-08-01"},
      {"monthdoc", "2025-07", "2025-07-12", "reports the meet event that dated1 dates 2025-07-12"},
      {"own", "2025-08", "2025-08-01", "reports the meet event that dated2 dates 2025-08-01"},
      {"march", "2024-03", "2024-03-09", "reports the meet event that x2024 dates 2024-03-09"},
      {"both", "2025-08", "2025-08-01", "reports the meet event that dated2 dates 2025-08-01"},
  };
  auto hints = g.date_hints();
  CHECK(hints.size() == std::size(rows));
  for (const auto& r : rows) {
    INFO(r.doc);
    REQUIRE(hints.count(r.doc));
    CHECK(hints[r.doc].value.iso() == r.month);
    CHECK(hints[r.doc].not_before.iso() == r.day);
    CHECK(hints[r.doc].how == r.how);
  }
}
