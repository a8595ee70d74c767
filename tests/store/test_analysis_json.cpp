// The analysis JSON round-trips every field exactly: strings of any bytes, doubles to the bit,
// time values with offsets, entity maps, claims; and names what is wrong in a malformed line.
#include <catch2/catch.hpp>

#include <cstring>

#include "kronik/store/analysis_json.h"

namespace {

using namespace kronik;

TimeValue minute_stamp() {
  TimeValue t = TimeValue::day_of(2025, 7, 14);
  t.hour = 9, t.minute = 5, t.utc_offset_minutes = 420, t.granularity = Granularity::kMinute;
  return t;
}

// Every field of every type set to something other than its default.
DocumentAnalysis full_analysis(const std::string& text) {
  DocumentAnalysis a;
  a.raw = RawDocument{"doc-1", "feed.jsonl:17", InputFormat::kJsonLines, text, "Title", "https://x.test/a", "Outlet",
                      "2025-07-14", "id", {Error{ErrorCode::kInvalidUtf8, "repaired", "doc-1", 12}}};
  DocumentInfo& i = a.info;
  i.id = "doc-1", i.path = "feed.jsonl:17", i.format = InputFormat::kJsonLines, i.language = Language::kEnglish;
  i.language_confidence = 0.1 + 0.2, i.title = "T", i.url = "u", i.outlet = "RIAU24.COM", i.dateline_place = "SEOUL";
  i.published = minute_stamp(), i.published_anchor = Anchor::kInferred, i.published_how = "dateline";
  i.authors = {"A"}, i.editors = {"E"}, i.credits = {"AFP"}, i.bytes = (1ull << 40) + 3;
  i.removed_noise_lines = 4, i.removed_duplicate_sentences = 5;
  a.sentences = {Sentence{0, 0, {0, 10}, SentenceRole::kHeadline}, Sentence{1, 2, {11, 40}, SentenceRole::kQuote}};
  TimeMention tm{{3, 9}, "kemarin", TimeValue::day_of(2025, 7, 13), TimeValue::month_of(2025, 7), Anchor::kPublication,
                 "rule-x", true, true, 1};
  a.times = {tm};
  a.mentions = {Mention{{1, 4}, 1, "Lavrov", "person:lavrov", EntityType::kPerson, true, true, "foreign_minister", "title"}};
  EntityRecord r{"person:lavrov", "Sergey Lavrov", EntityType::kPerson, {"Lavrov", "Sergei Lavrov"}, "Q1", "RU",
                 {RoleHeld{"foreign_minister", "country:RUS", "2004-03-09", ""}}, 3, TimeValue::year_of(2024),
                 TimeValue::month_of(2025, 1), true, {"country:RUS"}};
  a.entities.emplace(r.key, r);
  a.entities.emplace("alias:key", r);  // a map key that is not the record's own key
  Event e;
  e.id = "ev_1", e.cameo = "043", e.type = "visit", e.cameo_name = "Host", e.quad_class = 2, e.goldstein = -2.8;
  e.participants = {Participant{"person:lavrov", ParticipantRole::kActor}, Participant{"country:PRK", ParticipantRole::kTarget}};
  e.location = "city:pyongyang", e.date = minute_stamp(), e.date_anchor = Anchor::kReference, e.date_text = "Senin";
  e.modality = Modality::kPlanned, e.has_claim = true;
  e.claim = Claim{"person:lavrov", "quote", {"country:PRK"}, {"agency:kcna", "agency:tass"}, ClaimStatus::kDenied, true};
  e.confidence = 1.0 / 3.0;
  e.evidence = {Evidence{"doc-1", 1, {11, 40}, {12, 15}, "sentence", "trig"}};
  e.sources = {"doc-1"}, e.warnings = {"w"}, e.after = "doc-1#0#3", e.rule = "syntax:verb:petrarch2:1";
  a.events = {e};
  a.warnings = {Warning{"weekday-mismatch", "msg", "doc-1", "ev_1", 77}};
  return a;
}

void check_same(const DocumentAnalysis& x, const DocumentAnalysis& y) {
  CHECK(x.raw.text == y.raw.text);
  CHECK(x.raw.repairs.at(0).offset == y.raw.repairs.at(0).offset);
  CHECK(x.raw.language == y.raw.language);
  CHECK(std::memcmp(&x.info.language_confidence, &y.info.language_confidence, sizeof(double)) == 0);
  CHECK(x.info.published == y.info.published);
  CHECK(x.info.bytes == y.info.bytes);
  CHECK(x.info.credits == y.info.credits);
  CHECK(x.sentences.at(1).span == y.sentences.at(1).span);
  CHECK(x.sentences.at(1).role == y.sentences.at(1).role);
  CHECK(x.times.at(0).end == y.times.at(0).end);
  CHECK(x.times.at(0).duration == y.times.at(0).duration);
  CHECK(x.mentions.at(0).via == y.mentions.at(0).via);
  REQUIRE(y.entities.count("alias:key") == 1);
  CHECK(y.entities.at("alias:key").key == "person:lavrov");
  CHECK(x.entities.at("person:lavrov").roles.at(0).start == y.entities.at("person:lavrov").roles.at(0).start);
  CHECK(x.entities.at("person:lavrov").last_seen == y.entities.at("person:lavrov").last_seen);
  const Event &e = x.events.at(0), &f = y.events.at(0);
  CHECK(e.participants == f.participants);
  CHECK(std::memcmp(&e.confidence, &f.confidence, sizeof(double)) == 0);
  CHECK(e.claim.reported_by == f.claim.reported_by);
  CHECK(e.claim.status == f.claim.status);
  CHECK(e.evidence.at(0).trigger == f.evidence.at(0).trigger);
  CHECK(e.after == f.after);
  CHECK(e.rule == f.rule);
  CHECK(x.warnings.at(0).event == y.warnings.at(0).event);
}

}  // namespace

TEST_CASE("an analysis round-trips exactly through its JSON line") {
  struct Row {
    const char* what;
    std::string text;
  };
  const Row rows[] = {
      {"ascii", "JAKARTA - Menlu bertemu."},
      {"quotes, backslashes and controls", "say \"hi\"\\ \t\r\n\x01 end"},
      {"multi-byte UTF-8", "Сергей Лавров — 王毅 ✓"},
      {"an embedded NUL", std::string("a\0b", 3)},
      {"empty text", ""},
  };
  for (const Row& row : rows) {
    SECTION(row.what) {
      const DocumentAnalysis a = full_analysis(row.text);
      const std::string line = analysis_to_json(a);
      CHECK(line.find('\n') == std::string::npos);
      auto back = analysis_from_json(line);
      REQUIRE(back.ok());
      check_same(a, back.value());
      CHECK(analysis_to_json(back.value()) == line);
    }
  }
}

TEST_CASE("a default analysis writes little and reads back the same") {
  DocumentAnalysis a;
  const std::string line = analysis_to_json(a);
  auto back = analysis_from_json(line);
  REQUIRE(back.ok());
  CHECK(analysis_to_json(back.value()) == line);
  CHECK(line.size() < 400);
}

TEST_CASE("malformed analysis lines are errors that say what is wrong") {
  struct Row {
    const char* line;
    const char* says;
  };
  const Row rows[] = {
      {"not json", "not a JSON object"},
      {"[1,2]", "not a JSON object"},
      {R"({"format":99})", "unknown analysis format"},
      {R"({"format":1,"raw":{"id":5}})", "\"id\" is not a string"},
      {R"({"format":1,"info":{"published":[2025]}})", "\"published\" is not a time value"},
      {R"({"format":1,"sentences":{}})", "\"sentences\" is not a list"},
  };
  for (const Row& row : rows) {
    auto r = analysis_from_json(row.line);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::kParse);
    CHECK_THAT(r.error().message, Catch::Contains(row.says));
  }
}

TEST_CASE("an error round-trips through its JSON") {
  const Error e{ErrorCode::kDuplicate, "same content as a.txt (x/a.txt): skipped as a copy", "x/b.txt", 42};
  Error back;
  REQUIRE(error_from_json(error_to_json(e), back).ok());
  CHECK(back.code == e.code);
  CHECK(back.message == e.message);
  CHECK(back.document == e.document);
  CHECK(back.offset == e.offset);
}
