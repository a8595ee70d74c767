// Character offsets beside byte offsets (docs/outputs.md, "Offsets"): set_char_offsets() on an
// analysis, then timeline.json's evidence and mention spans are checked against the document
// text, sliced both in bytes and in code points, as a client would; and documents.jsonl.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "kronik/core/model.h"
#include "kronik/core/text.h"
#include "kronik/export/export.h"

using namespace kronik;

namespace {

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += decode_utf8(s, i);
  return out;
}

std::string utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

// The document: multi-byte text before and inside the sentences, parties next to punctuation.
const std::string kText =
    "JAKARTA \u2014 Ringkasan berita \u00e9t\u00e9.\n"
    "Presiden Prabowo Subianto bertemu \u4e60\u8fd1\u5e73 di Beijing, \u201cChina\u201d.\n"
    "Menteri Luar Negeri Sugiono menyebut Kimia dan Kim.\n";

struct Party {
  const char* key;
  const char* name;
  std::vector<std::string> aliases;
};

const std::vector<Party> kParties = {
    {"person:prabowo", "Prabowo Subianto", {"Prabowo"}},
    {"person:xi", "Xi Jinping", {"\u4e60\u8fd1\u5e73"}},
    {"city:beijing", "Beijing", {}},
    {"country:CHN", "China", {"Tiongkok"}},
    {"person:kim", "Kim Jong Un", {"Kim"}},
    {"person:absent", "Nobody Here", {"Nobody"}},
};

// Byte span of `needle` in kText (the first one).
ByteSpan span_of(const std::string& needle) {
  const auto at = static_cast<std::uint32_t>(kText.find(needle));
  REQUIRE(at != std::string::npos);
  return {at, static_cast<std::uint32_t>(at + needle.size())};
}

Event event(const std::string& id, std::vector<Participant> parties, std::string location, const std::string& sentence,
            const std::string& trigger) {
  Event e;
  e.id = id;
  e.cameo = "040";
  e.participants = std::move(parties);
  e.location = std::move(location);
  Evidence ev;
  ev.document = "doc.txt";
  ev.span = span_of(sentence);
  ev.text = sentence;
  ev.trigger = span_of(trigger);
  ev.trigger_text = trigger;
  e.evidence = {ev};
  e.sources = {"doc.txt"};
  return e;
}

Timeline analysed_timeline() {
  DocumentAnalysis a;
  a.raw.text = kText;
  const std::string first = "Presiden Prabowo Subianto bertemu \u4e60\u8fd1\u5e73 di Beijing, \u201cChina\u201d.";
  const std::string second = "Menteri Luar Negeri Sugiono menyebut Kimia dan Kim.";
  a.events = {event("ev_meet", {{"person:prabowo", ParticipantRole::kActor}, {"person:xi", ParticipantRole::kTarget},
                                {"person:absent", ParticipantRole::kOther}, {"country:CHN", ParticipantRole::kOther}},
                    "city:beijing", first, "bertemu"),
              event("ev_say", {{"person:absent", ParticipantRole::kSpeaker}, {"person:kim", ParticipantRole::kTarget}}, "",
                    second, "menyebut")};
  set_char_offsets(a);
  Timeline t;
  DocumentInfo d;
  d.id = "doc.txt";
  d.url = "https://example.org/a";
  d.published = TimeValue::day_of(2024, 11, 9);
  t.documents = {d};
  for (const Party& p : kParties) {
    EntityRecord r;
    r.key = p.key;
    r.name = p.name;
    r.aliases = p.aliases;
    t.entities.push_back(r);
  }
  t.events = a.events;
  return t;
}

rapidjson::Document parse(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

// The text of [begin, end) sliced in bytes and, separately, in code points: both must agree.
std::string resolve(const rapidjson::Value& o, const char* prefix) {
  const std::string p = prefix;
  const auto b = o[(p + "begin").c_str()].GetUint64(), e = o[(p + "end").c_str()].GetUint64();
  const auto cb = o[(p + "char_begin").c_str()].GetUint64(), ce = o[(p + "char_end").c_str()].GetUint64();
  const std::string by_bytes = kText.substr(b, e - b);
  const std::string by_chars = utf8(code_points(kText).substr(cb, ce - cb));
  CHECK(by_bytes == by_chars);
  return by_chars;
}

}  // namespace

TEST_CASE("character offsets resolve in the document text, in bytes and code points", "[offsets]") {
  const Timeline t = analysed_timeline();
  const rapidjson::Document doc = parse(timeline_json(t, ExportConfig{}));
  const auto& events = doc["events"];
  REQUIRE(events.Size() == 2);
  struct Row {
    const char* event;
    const char* trigger;
    std::vector<std::vector<std::string>> mentions;  // entity, role, text
  };
  const std::vector<Row> rows = {
      // The absent party has no mention; curly quotes end a word ("China"); the place is listed
      // as "location"; the longest form at one place wins.
      {"ev_meet", "bertemu",
       {{"person:prabowo", "actor", "Prabowo Subianto"},
        {"person:xi", "target", "\u4e60\u8fd1\u5e73"},
        {"country:CHN", "other", "China"},
        {"city:beijing", "location", "Beijing"}}},
      // "Kimia" is not "Kim": whole words only.
      {"ev_say", "menyebut", {{"person:kim", "target", "Kim"}}},
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const auto& x = events[static_cast<rapidjson::SizeType>(i)]["evidence"][0];
    INFO("event " << row.event);
    CHECK(std::string(events[static_cast<rapidjson::SizeType>(i)]["id"].GetString()) == row.event);
    CHECK(resolve(x, "") == x["text"].GetString());
    CHECK(resolve(x, "trigger_") == row.trigger);
    const auto& ms = x["mentions"];
    REQUIRE(ms.Size() == row.mentions.size());
    for (rapidjson::SizeType m = 0; m < ms.Size(); ++m) {
      CHECK(ms[m]["entity"].GetString() == row.mentions[m][0]);
      CHECK(ms[m]["role"].GetString() == row.mentions[m][1]);
      CHECK(ms[m]["text"].GetString() == row.mentions[m][2]);
      CHECK(resolve(ms[m], "") == row.mentions[m][2]);
    }
  }
  // The second mention of Kim is the word at the end, not the start of "Kimia".
  const auto& kim = events[1]["evidence"][0]["mentions"][0];
  CHECK(kText.substr(kim["begin"].GetUint64() - 4, 4) == "dan ");
}

TEST_CASE("character offsets: unknown for analyses stored without them, bytes stay", "[offsets]") {
  Timeline t = analysed_timeline();
  for (Event& e : t.events)
    for (Evidence& x : e.evidence) x.char_begin = kUnknownCharOffset;
  const rapidjson::Document doc = parse(events_jsonl(t).substr(0, events_jsonl(t).find('\n')));
  const auto& x = doc["evidence"][0];
  CHECK(x["begin"].GetUint64() == span_of("Presiden").begin);
  for (const char* key : {"char_begin", "char_end", "trigger_char_begin", "trigger_char_end"}) CHECK(x[key].IsNull());
  CHECK(x["mentions"][0]["char_begin"].IsNull());
  CHECK(x["mentions"][0]["begin"].GetUint64() == span_of("Prabowo").begin);
}

TEST_CASE("set_char_offsets counts code points before each sentence, in any evidence order", "[offsets]") {
  DocumentAnalysis a;
  a.raw.text = "\u00e9\u00e9 one. \u4e60 two. three.";
  const std::vector<std::pair<std::string, std::uint32_t>> sentences = {{"three.", 15}, {"one.", 3}, {"two.", 10}};
  Event e;
  for (const auto& [s, chars] : sentences) {
    Evidence x;
    x.span = {static_cast<std::uint32_t>(a.raw.text.find(s)), 0};
    e.evidence.push_back(x);
  }
  Evidence beyond;
  beyond.span = {1000, 1001};
  e.evidence.push_back(beyond);
  a.events = {e};
  set_char_offsets(a);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    INFO(sentences[i].first);
    CHECK(a.events[0].evidence[i].char_begin == sentences[i].second);
  }
  CHECK(a.events[0].evidence.back().char_begin == kUnknownCharOffset);
}

TEST_CASE("documents.jsonl: one line per document with the text the offsets point into", "[offsets][keep-text]") {
  Timeline t = analysed_timeline();
  DocumentInfo other;
  other.id = "other.html";
  t.documents.push_back(other);
  const std::string lines = documents_jsonl(t, DocumentTexts{{"doc.txt", kText}});
  const std::size_t nl = lines.find('\n');
  REQUIRE(nl != std::string::npos);
  const rapidjson::Document first = parse(lines.substr(0, nl));
  CHECK(std::string(first["id"].GetString()) == "doc.txt");
  CHECK(std::string(first["url"].GetString()) == "https://example.org/a");
  CHECK(first["title"].IsNull());
  CHECK(std::string(first["published"].GetString()) == "2024-11-09");
  CHECK(std::string(first["text"].GetString()) == kText);
  // A document without a kept text: null, not "".
  const rapidjson::Document second = parse(lines.substr(nl + 1, lines.size() - nl - 2));
  CHECK(std::string(second["id"].GetString()) == "other.html");
  CHECK(second["text"].IsNull());
  CHECK(lines.back() == '\n');
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 2);
}
