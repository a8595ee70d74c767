// The event merge (docs/merge.md): which reports become one happening (codes from
// data/common/cameo_compat.tsv, parties per role with offices, organs and containing places,
// date intervals), whatever the input order, and why (Event::merge).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <random>

#include "kronik/graph/compat.h"
#include "kronik/graph/graph.h"
#include "kronik/graph/name_links.h"

using namespace kronik;

namespace {

// A table of data/common, read once.
template <class Table>
std::shared_ptr<const Table> data_table(const char* file) {
  static std::shared_ptr<const Table> t = [file] {
    const char* dir = std::getenv("KRONIK_DATA_DIR");
    REQUIRE(dir);
    auto r = Table::load(std::string(dir) + "/common/" + file);
    REQUIRE(r);
    return std::make_shared<const Table>(std::move(r.value()));
  }();
  return t;
}

std::shared_ptr<const CodeCompatibility> table() { return data_table<CodeCompatibility>("cameo_compat.tsv"); }

MergeConfig config() {
  MergeConfig c;
  c.codes = table();
  return c;
}

// A report: "CODE actor>target @place date/anchor", in a document of its own.
struct Report {
  Report(std::string c, std::vector<Participant> p, TimeValue d, Anchor a = Anchor::kPublication, std::string pl = "")
      : cameo(std::move(c)), parties(std::move(p)), date(d), anchor(a), place(std::move(pl)) {}
  std::string cameo;
  std::vector<Participant> parties;
  TimeValue date;
  Anchor anchor;
  std::string place;
};

Participant actor(const std::string& k) { return {k, ParticipantRole::kActor}; }
Participant target(const std::string& k) { return {k, ParticipantRole::kTarget}; }

EntityRecord record(const std::string& key, EntityType type, std::vector<RoleHeld> roles = {}, std::vector<std::string> within = {}) {
  EntityRecord r;
  r.key = key;
  r.name = key;
  r.type = type;
  r.aliases = {key};
  r.roles = std::move(roles);
  r.within = std::move(within);
  r.mentions = 1;
  r.from_gazetteer = true;
  return r;
}

// The entities every test document knows: two leaders with dated offices, their states, a
// foreign ministry, a capital in its country and a city in a region in a country.
std::map<std::string, EntityRecord> world() {
  std::map<std::string, EntityRecord> m;
  for (auto r : {record("person:putin", EntityType::kPerson, {{"head_of_state", "country:rus", "2012-05-07", ""}}),
                 record("person:old", EntityType::kPerson, {{"head_of_state", "country:idn", "2004-10-20", "2014-10-20"}}),
                 record("person:prabowo", EntityType::kPerson, {{"head_of_state", "country:idn", "2024-10-20", ""}}),
                 record("person:xi", EntityType::kPerson, {{"head_of_state", "country:chn", "2013-03-14", ""}}),
                 record("country:rus", EntityType::kCountry), record("country:idn", EntityType::kCountry),
                 record("country:chn", EntityType::kCountry), record("country:prk", EntityType::kCountry),
                 record("person:sari", EntityType::kPerson, {{"foreign_minister", "country:idn", "2024-10-21", ""}}),
                 record("org:kemlu", EntityType::kOrganization, {}, {"country:idn"}),
                 record("city:pyongyang", EntityType::kLocation, {}, {"country:prk"}),
                 record("city:bogor", EntityType::kLocation, {}, {"loc:west_java", "country:idn"}),
                 record("loc:west_java", EntityType::kLocation, {}, {"country:idn"}),
                 record("city:beijing", EntityType::kLocation, {}, {"country:chn"})})
    m[r.key] = r;
  return m;
}

DocumentAnalysis document(const std::string& id, const Report& r, TimeValue published = TimeValue::day_of(2025, 7, 14)) {
  DocumentAnalysis a;
  a.info.id = a.raw.id = id;
  a.info.published = published;
  a.entities = world();
  Event e;
  e.cameo = r.cameo;
  e.type = "event";
  e.participants = r.parties;
  e.date = r.date;
  e.date_anchor = r.date.known() ? r.anchor : Anchor::kUnknown;
  e.location = r.place;
  e.confidence = 0.7;
  Evidence ev;
  ev.document = id;
  ev.text = "sentence";
  e.evidence.push_back(ev);
  e.sources = {id};
  a.events.push_back(e);
  return a;
}

Timeline merge(const std::vector<Report>& reports, TimeValue published = TimeValue::day_of(2025, 7, 14)) {
  KnowledgeGraph g;
  for (std::size_t i = 0; i < reports.size(); ++i) g.add(document("d" + std::to_string(i) + ".txt", reports[i], published));
  return g.build(config());
}

const TimeValue jul12 = TimeValue::day_of(2025, 7, 12);

// Each malformed table (text, what its error says) is a kData error.
template <class Table>
void check_bad_tables(const std::vector<std::pair<const char*, const char*>>& bad) {
  for (const auto& [text, error] : bad) {
    INFO(text);
    auto r = Table::parse(text, "t.tsv");
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find(error) != std::string::npos);
    CHECK(r.error().code == ErrorCode::kData);
  }
}

}  // namespace

TEST_CASE("the code table: rows, prefixes, roots, errors", "[graph][merge]") {
  auto t = table();
  struct Row {
    const char* code;
    const char* group;
    bool directed;
  };
  const Row rows[] = {{"042", "meet", false}, {"043", "meet", false}, {"036", "meet", false}, {"0431", "meet", false},
                      {"041", "meet", false}, {"045", "mediate", true}, {"051", "praise", true}, {"057", "sign", false}, {"112", "disapprove", true},
                      {"193", "fight", false}, {"173", "coerce", true}};
  for (const auto& r : rows) {
    INFO(r.code);
    CHECK(t->of(r.code).group == r.group);
    CHECK(t->of(r.code).directed == r.directed);
  }
  CHECK(CodeCompatibility().of("043").group == "root:04");
  // A code in two groups: "010" is a statement that may also report an accusation.
  CHECK(t->of("010").group == "statement");
  CHECK(t->of("010").also == "disapprove");
  CHECK(t->of("112").also.empty());
  // A code's own day gap (empty: the merge's), read from the optional day_gap column.
  CHECK(t->of("017").day_gap == 0);
  CHECK(t->of("040").day_gap == -1);
  auto gaps = CodeCompatibility::parse("code\tgroup\tdirection\tday_gap\tnote\n040\tmeet\tundirected\t\tno gap\n017\tceremony\tdirected\t1\n", "t.tsv");
  REQUIRE(gaps);
  CHECK(gaps.value().of("040").day_gap == -1);
  CHECK(gaps.value().of("017").day_gap == 1);
  check_bad_tables<CodeCompatibility>({{"code\tgroup\n", "header"},
                                       {"code\tgroup\tdirection\n04x\tmeet\tdirected\n", "not a CAMEO code"},
                                       {"code\tgroup\tdirection\n040\tmeet\tsideways\n", "direction"},
                                       {"code\tgroup\tdirection\n040\tmeet\tdirected\n040\tmeet\tdirected\n", "twice"},
                                       {"code\tgroup\tdirection\n010\tsay|\tdirected\n", "two written"},
                                       {"code\tgroup\tdirection\tday_gap\n017\tceremony\tdirected\tone\n", "day_gap"},
                                       {"code\tgroup\tdirection\n010\tsay|blame|other\tdirected\n", "two written"},
                                       {"code\tgroup\tdirection\n010\tsay|meet\tdirected\n040\tmeet\tundirected\n", "another direction"}});
}

TEST_CASE("which reports become one event", "[graph][merge]") {
  const TimeValue jul = TimeValue::month_of(2025, 7);
  struct Row {
    const char* name;
    Report a, b;
    std::size_t events;
  };
  const Row rows[] = {
      // codes
      {"visit and host of one meeting", {"042", {actor("person:prabowo"), target("person:putin")}, jul12}, {"043", {actor("person:putin"), target("person:prabowo")}, jul12}, 1},
      {"intent to meet and meet", {"036", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, 1},
      {"a thanking never absorbs the reverse support", {"051", {actor("person:prabowo"), target("person:putin")}, jul12}, {"051", {actor("person:putin"), target("person:prabowo")}, jul12}, 2},
      {"a signing never absorbs a thanking", {"057", {actor("person:prabowo"), target("person:putin")}, jul12}, {"051", {actor("person:prabowo"), target("person:putin")}, jul12}, 2},
      {"a phone call and talks", {"041", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, 1},
      {"a statement about a party and the accusation it reports", {"010", {actor("person:prabowo"), target("country:chn")}, jul12}, {"112", {actor("country:idn"), target("country:chn")}, jul12}, 1},
      {"a statement and an accusation of another party", {"010", {actor("person:prabowo"), target("country:rus")}, jul12}, {"112", {actor("person:prabowo"), target("country:chn")}, jul12}, 2},
      {"a statement and a pledge of one speaker on one day", {"010", {actor("person:prabowo")}, jul12}, {"030", {actor("person:prabowo"), target("country:idn")}, jul12}, 1},
      {"a statement and a pledge towards other parties", {"010", {actor("person:prabowo"), target("country:chn")}, jul12}, {"030", {actor("person:prabowo"), target("country:rus")}, jul12}, 2},
      {"a statement and a thanking stay apart", {"010", {actor("person:prabowo"), target("person:putin")}, jul12}, {"051", {actor("person:prabowo"), target("person:putin")}, jul12}, 2},
      {"a truce and a release of hostages the same day are two happenings", {"0871", {actor("org:hamas"), target("country:isr")}, jul12}, {"084", {actor("org:hamas"), target("country:isr")}, jul12}, 2},
      {"a release told as return and as release", {"0841", {actor("org:hamas"), target("country:isr")}, jul12}, {"084", {actor("org:hamas"), target("country:isr")}, jul12}, 1},
      {"a mediation is not a meeting", {"045", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, 2},
      {"an oath told with and without the one who administers it", {"017", {actor("person:prabowo")}, jul12}, {"017", {actor("person:prabowo"), target("person:old")}, jul12}, 1},
      {"a speech at the inauguration stays a statement", {"017", {actor("person:prabowo")}, jul12}, {"010", {actor("person:prabowo"), target("country:idn")}, jul12}, 2},
      {"a guest at the inauguration is not the one sworn in", {"017", {actor("person:prabowo")}, jul12}, {"017", {actor("person:xi"), target("person:prabowo")}, jul12}, 2},
      // parties
      {"a leader and the state he represents", {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("country:rus")}, jul12}, 1},
      {"a former leader does not stand for the state", {"040", {actor("person:old"), target("person:putin")}, jul12}, {"040", {actor("country:idn"), target("person:putin")}, jul12}, 2},
      {"a ministry and its state", {"112", {actor("org:kemlu"), target("country:chn")}, jul12}, {"112", {actor("country:idn"), target("country:chn")}, jul12}, 1},
      {"a ministry and an official of its state", {"112", {actor("org:kemlu"), target("country:chn")}, jul12}, {"112", {actor("person:sari"), target("country:chn")}, jul12}, 1},
      {"a ministry and an official with another party", {"112", {actor("org:kemlu"), target("country:chn")}, jul12}, {"112", {actor("person:sari"), actor("person:xi"), target("country:chn")}, jul12}, 1},
      {"two officials of one state are two voices", {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:sari"), target("person:putin")}, jul12}, 2},
      {"an extra participant does not forbid", {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("person:putin"), target("person:xi")}, jul12}, 1},
      {"other counterparts are other meetings", {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("person:xi")}, jul12}, 2},
      {"an arrival is not the meeting", {"042", {actor("person:prabowo")}, jul12, Anchor::kPublication, "city:beijing"}, {"040", {actor("person:prabowo"), target("person:xi")}, jul12}, 2},
      {"a state and its leader, one party each", {"042", {actor("person:xi")}, jul12, Anchor::kPublication, "city:bogor"}, {"042", {actor("country:chn")}, jul12, Anchor::kPublication, "city:bogor"}, 1},
      // places
      {"a capital within its country", {"042", {actor("person:putin")}, jul12, Anchor::kPublication, "city:pyongyang"}, {"042", {actor("person:putin")}, jul12, Anchor::kPublication, "country:prk"}, 1},
      {"a city within a region", {"042", {actor("person:xi")}, jul12, Anchor::kPublication, "city:bogor"}, {"042", {actor("person:xi")}, jul12, Anchor::kPublication, "loc:west_java"}, 1},
      {"visiting a country and arriving in its capital", {"042", {actor("person:putin")}, jul12, Anchor::kPublication, "city:pyongyang"}, {"042", {actor("person:putin"), target("country:prk")}, jul12}, 1},
      {"visiting a country is not arriving elsewhere", {"042", {actor("person:putin")}, jul12, Anchor::kPublication, "city:beijing"}, {"042", {actor("person:putin"), target("country:prk")}, jul12}, 2},
      {"two capitals are two visits", {"042", {actor("person:putin")}, jul12, Anchor::kPublication, "city:pyongyang"}, {"042", {actor("person:putin")}, jul12, Anchor::kPublication, "city:beijing"}, 2},
      // dates
      {"a day within a month", {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("person:putin")}, jul}, 1},
      {"a day adjacent to a month, within the gap", {"040", {actor("person:prabowo"), target("person:putin")}, TimeValue::day_of(2025, 8, 1)}, {"040", {actor("person:prabowo"), target("person:putin")}, jul}, 1},
      {"two explicit days", {"040", {actor("person:prabowo"), target("person:putin")}, jul12, Anchor::kExplicit}, {"040", {actor("person:prabowo"), target("person:putin")}, TimeValue::day_of(2025, 7, 13), Anchor::kExplicit}, 2},
      {"an explicit and a relative day within the gap", {"040", {actor("person:prabowo"), target("person:putin")}, jul12, Anchor::kExplicit}, {"040", {actor("person:prabowo"), target("person:putin")}, TimeValue::day_of(2025, 7, 13)}, 1},
      // a role one report leaves empty (directed groups)
      {"an accusation without a target and the same with one", {"112", {actor("person:prabowo")}, jul12}, {"112", {actor("person:prabowo"), target("country:chn")}, jul12}, 1},
      {"a praise without its actor and the same with one", {"051", {target("person:prabowo")}, jul12}, {"051", {actor("person:putin"), target("person:prabowo")}, jul12}, 1},
      {"an accusation of another target", {"112", {actor("person:prabowo"), target("country:rus")}, jul12}, {"112", {actor("person:prabowo"), target("country:chn")}, jul12}, 2},
      {"a one-party visit is still not a meeting (undirected)", {"042", {actor("person:prabowo")}, jul12}, {"040", {actor("person:prabowo"), target("person:xi")}, jul12}, 2},
      {"a ceremony is one day: an oath and a swearing-in of ministers the next day", {"017", {actor("person:prabowo")}, jul12}, {"017", {actor("person:prabowo"), target("person:old")}, TimeValue::day_of(2025, 7, 13)}, 2},
      {"a meeting told a day apart", {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("person:putin")}, TimeValue::day_of(2025, 7, 13)}, 1},
      {"three days apart", {"040", {actor("person:prabowo"), target("person:putin")}, jul12}, {"040", {actor("person:prabowo"), target("person:putin")}, TimeValue::day_of(2025, 7, 15)}, 2},
  };
  for (const auto& r : rows) {
    INFO(r.name);
    Timeline t = merge({r.a, r.b});
    CHECK(t.events.size() == r.events);
  }
}

TEST_CASE("a statement in a cluster of two groups", "[graph][merge]") {
  const TimeValue jul13 = TimeValue::day_of(2025, 7, 13);
  // The accusation dates the event; the statement about it was made the day after.
  Timeline t = merge({{"010", {actor("person:prabowo"), target("country:chn")}, jul13},
                      {"112", {actor("country:idn"), target("country:chn")}, jul12}});
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].date == jul12);
  CHECK(t.events[0].cameo == "112");
  // A cluster keeps only a group all its members share: the accusation and a statement join,
  // an optimistic comment (013, statements only) joins neither.
  t = merge({{"010", {actor("person:prabowo"), target("country:chn")}, jul12},
             {"112", {actor("person:prabowo"), target("country:chn")}, jul12},
             {"013", {actor("person:prabowo"), target("country:chn")}, jul12}});
  CHECK(t.events.size() == 2);
}

TEST_CASE("an undated report joins only events of its document's year", "[graph][merge]") {
  const Report undated{"040", {actor("person:prabowo"), target("person:putin")}, TimeValue{}};
  const Report dated{"040", {actor("person:prabowo"), target("person:putin")}, jul12, Anchor::kExplicit};
  struct Row {
    const char* name;
    TimeValue published;  // of the undated report's document
    std::size_t events;
  };
  const Row rows[] = {{"same year", TimeValue::day_of(2025, 7, 20), 1},
                      {"a year later", TimeValue::day_of(2026, 7, 20), 2},
                      {"document without a date", TimeValue{}, 1}};
  for (const auto& r : rows) {
    INFO(r.name);
    KnowledgeGraph g;
    g.add(document("a.txt", dated));
    g.add(document("b.txt", undated, r.published));
    CHECK(g.build(config()).events.size() == r.events);
  }
}

TEST_CASE("a cluster is checked as a whole, and the best pair wins", "[graph][merge]") {
  // The three-party meeting fits both two-party ones, which do not fit each other (Xi and Putin
  // would both be extra). It joins the one it scores higher with (same place), the other stays
  // apart, whichever order the reports come in.
  Timeline t = merge({{"040", {actor("person:prabowo"), target("person:putin")}, jul12},
                      {"040", {actor("person:prabowo"), target("person:putin"), target("person:xi")}, jul12, Anchor::kPublication, "city:beijing"},
                      {"040", {actor("person:prabowo"), target("person:xi")}, jul12, Anchor::kPublication, "city:beijing"}});
  REQUIRE(t.events.size() == 2);
  std::vector<std::vector<std::string>> sources;
  for (const Event& e : t.events) sources.push_back(e.sources);
  std::sort(sources.begin(), sources.end());
  CHECK(sources == std::vector<std::vector<std::string>>{{"d0.txt"}, {"d1.txt", "d2.txt"}});
}

TEST_CASE("a merged event says why each report joined and what conflicts it carries", "[graph][merge]") {
  Timeline t = merge({{"042", {actor("person:prabowo"), target("person:putin")}, jul12, Anchor::kExplicit, "city:pyongyang"},
                      {"043", {actor("country:rus"), target("person:prabowo"), target("person:xi")}, TimeValue::day_of(2025, 7, 13), Anchor::kPublication, "country:prk"}});
  REQUIRE(t.events.size() == 1);
  const Event& e = t.events[0];
  REQUIRE(e.merge.size() == 1);
  const MergeLink& l = e.merge[0];
  CHECK(l.source == "d1.txt#0#0");
  CHECK(l.with == "d0.txt#0#0");
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  CHECK(has(l.reasons, "shared parties: person:prabowo"));
  CHECK(has(l.reasons, "affiliated parties: country:rus ~ person:putin"));
  CHECK(has(l.reasons, "compatible codes: 043 ~ 042 (meet)"));
  CHECK(has(l.reasons, "dates within the day gap: 2025-07-13 ~ 2025-07-12"));
  CHECK(has(l.reasons, "place within: city:pyongyang in country:prk"));
  CHECK(has(l.conflicts, "extra party: person:xi"));
  CHECK(has(l.conflicts, "different day: 2025-07-13 vs 2025-07-12"));
  CHECK(std::count_if(e.warnings.begin(), e.warnings.end(), [](const std::string& w) { return w.rfind("merged with a conflict", 0) == 0; }) == 2);
  CHECK(e.confidence < 0.91);  // 1 - 0.3 * 0.3, lowered for the extra party
}

TEST_CASE("the same reports in any order give the same events", "[graph][merge]") {
  std::vector<Report> reports = {
      {"040", {actor("person:prabowo"), target("person:putin")}, jul12},
      {"042", {actor("person:prabowo")}, jul12, Anchor::kPublication, "city:beijing"},
      {"042", {actor("person:prabowo"), target("person:xi")}, jul12, Anchor::kPublication, "city:beijing"},
      {"043", {actor("country:chn"), target("country:idn")}, TimeValue::month_of(2025, 7)},
      {"040", {actor("person:prabowo"), target("country:rus")}, TimeValue{}},
      {"051", {actor("person:putin"), target("person:prabowo")}, jul12},
      {"051", {actor("person:prabowo"), target("person:putin")}, TimeValue::day_of(2025, 7, 13)},
  };
  auto run = [&](const std::vector<std::size_t>& order) {
    KnowledgeGraph g;
    for (std::size_t i : order) g.add(document("d" + std::to_string(i) + ".txt", reports[i]));
    std::string s;
    for (const Event& e : g.build(config()).events) {
      s += e.id + " " + e.cameo + " " + e.date.iso() + ":";
      for (const auto& src : e.sources) s += " " + src;
      for (const auto& l : e.merge) s += " [" + l.source + "<" + l.with + "]";
      s += "\n";
    }
    return s;
  };
  std::vector<std::size_t> order(reports.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const std::string first = run(order);
  std::mt19937 rng(7);
  for (int round = 0; round < 10; ++round) {
    std::shuffle(order.begin(), order.end(), rng);
    CHECK(run(order) == first);
  }
}

TEST_CASE("one article's undated moments with other parties stay apart", "[graph][merge]") {
  // "Indonesia welcomes the Pope", then "the Pope meets Jokowi": one article, no dates of their
  // own; the same two in two articles may be one happening.
  auto two = [](bool same_document, Anchor anchor) {
    Report welcome{"043", {actor("country:idn"), target("person:pope")}, TimeValue::month_of(2025, 7), anchor};
    Report talks{"040", {actor("person:pope"), target("person:prabowo")}, TimeValue::month_of(2025, 7), anchor};
    KnowledgeGraph g;
    DocumentAnalysis a = document("a.txt", welcome), b = document(same_document ? "a.txt" : "b.txt", talks);
    if (same_document) {
      b.events[0].evidence[0].sentence = 3;
      a.events.push_back(b.events[0]);
      g.add(std::move(a));
    } else {
      g.add(std::move(a));
      g.add(std::move(b));
    }
    return g.build(config()).events.size();
  };
  CHECK(two(true, Anchor::kDefaulted) == 2);
  CHECK(two(false, Anchor::kDefaulted) == 1);
  CHECK(two(true, Anchor::kPublication) == 1);
}

TEST_CASE("a merged event names a state only when no party stands for it", "[graph][merge]") {
  Timeline t = merge({{"051", {actor("person:putin"), target("country:idn")}, jul12},
                      {"051", {actor("country:rus"), target("person:prabowo")}, jul12}});
  REQUIRE(t.events.size() == 1);
  std::vector<std::string> names;
  for (const auto& p : t.events[0].participants) names.push_back(p.entity);
  CHECK(names == std::vector<std::string>{"person:putin", "country:idn", "person:prabowo"});
}

namespace {

std::shared_ptr<const NameWords> words() { return data_table<NameWords>("org_heads.tsv"); }

// An open name (not from the gazetteer) as one document records it.
EntityRecord open_name(const std::string& name, EntityType type, std::vector<std::string> aliases = {}) {
  EntityRecord r = record("name:" + name, type);
  r.name = name;
  r.aliases = std::move(aliases);
  r.aliases.push_back(name);
  r.from_gazetteer = false;
  return r;
}

// One document per record: "<record> praises Indonesia" on one day. Returns the timeline.
Timeline praise_by(const std::vector<EntityRecord>& records, bool reversed = false) {
  KnowledgeGraph g;
  std::vector<std::size_t> order(records.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = reversed ? order.size() - 1 - i : i;
  for (std::size_t i : order) {
    DocumentAnalysis a = document("d" + std::to_string(i) + ".txt", {"051", {actor(records[i].key), target("country:idn")}, jul12});
    a.entities[records[i].key] = records[i];
    g.add(std::move(a));
  }
  MergeConfig c = config();
  c.name_words = words();
  return g.build(c);
}

}  // namespace

TEST_CASE("one entity per person or organisation across documents and languages", "[graph][merge][links]") {
  struct Row {
    const char* name;
    std::vector<EntityRecord> records;
    std::size_t events;  // one: the records were linked
  };
  const auto org = EntityType::kOrganization;
  const auto person = EntityType::kPerson;
  const Row rows[] = {
      {"a party in Indonesian and in English", {open_name("Partai Demokrat", org), open_name("Democratic Party", org)}, 1},
      {"an assembly in Indonesian and in English", {open_name("Majelis Nasional", org), open_name("National Assembly", org)}, 1},
      {"translated words and function words", {open_name("Partai Kekuatan Rakyat", org), open_name("People's Power Party", org)}, 1},
      {"other parties stay apart", {open_name("Partai Demokrat", org), open_name("Partai Buruh", org)}, 2},
      {"a name without a generic head is not translated", {open_name("Demokrat", org), open_name("Democratic", org)}, 2},
      {"a surname and the one full name", {open_name("Yoon", person), open_name("Yoon Suk Yeol", person)}, 1},
      {"a surname written last", {open_name("Widodo", person), open_name("Joko Widodo", person)}, 1},
      {"a surname two full names share stays apart", {open_name("Kim", person), open_name("Kim Jong Un", person), open_name("Kim Yo Jong", person)}, 3},
      {"a surname is no organisation", {open_name("Yoon", org), open_name("Yoon Suk Yeol", person)}, 2},
      {"a name another record lists as its alias", {open_name("Gereja Katedral", EntityType::kLocation), open_name("Gereja Katedral Jakarta", EntityType::kLocation, {"Gereja Katedral"})}, 1},
  };
  for (const auto& r : rows) {
    INFO(r.name);
    Timeline t = praise_by(r.records);
    CHECK(t.events.size() == r.events);
    Timeline back = praise_by(r.records, true);  // any input order: the same key is kept
    REQUIRE(back.entities.size() == t.entities.size());
    for (std::size_t i = 0; i < t.entities.size(); ++i) {
      CHECK(back.entities[i].key == t.entities[i].key);
      CHECK(back.entities[i].aliases == t.entities[i].aliases);
    }
  }
}

TEST_CASE("a linked record's names become aliases of the kept one", "[graph][merge][links]") {
  Timeline t = praise_by({open_name("Yoon", EntityType::kPerson), open_name("Yoon Suk Yeol", EntityType::kPerson)});
  REQUIRE(t.events.size() == 1);
  const auto& parties = t.events[0].participants;
  CHECK(parties.front().entity == "name:Yoon Suk Yeol");
  auto it = std::find_if(t.entities.begin(), t.entities.end(), [](const EntityRecord& r) { return r.key == "name:Yoon Suk Yeol"; });
  REQUIRE(it != t.entities.end());
  CHECK(it->aliases == std::vector<std::string>{"Yoon", "Yoon Suk Yeol"});
  CHECK(it->mentions == 2);
  CHECK(std::none_of(t.entities.begin(), t.entities.end(), [](const EntityRecord& r) { return r.key == "name:Yoon"; }));
}

TEST_CASE("the organisation word table: rows and errors", "[graph][merge][links]") {
  auto w = words();
  REQUIRE(w->find("partai"));
  CHECK(w->find("partai")->first == "party");
  CHECK(w->find("partai")->second == NameWords::Kind::kHead);
  CHECK(w->find("untuk")->second == NameWords::Kind::kDrop);
  CHECK_FALSE(w->find("demokrat"));
  check_bad_tables<NameWords>({{"word\tenglish\n", "header"},
                               {"word\tenglish\tkind\npartai\tparty\tnoun\n", "kind"},
                               {"word\tenglish\tkind\npartai\t\thead\n", "English"},
                               {"word\tenglish\tkind\npartai\tparty\thead\npartai\tparty\thead\n", "twice"}});
}
