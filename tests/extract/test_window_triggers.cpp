// The window coder's trigger stage (window/triggers.cpp, match_keys.cpp): which lexicon patterns
// start where in a sentence. Rows: a sentence and its triggers as "text:CAMEO" in text order.
#include <algorithm>
#include <string>
#include <vector>

#include "test_window_fixture.h"

namespace {

using kronik::test::WindowDoc;

struct TriggerRow {
  std::string lang, text;
  std::vector<std::string> triggers;  // "trigger text:cameo"
};

std::vector<std::string> triggers_of(WindowDoc& d, std::size_t sentence) {
  auto c = d.sentence(sentence);
  std::vector<std::string> r;
  const auto& im = kronik::test::window_shared().lexicon->impl();
  for (const auto& t : c.trig) r.push_back(d.tokens_text(c, t.begin, t.end) + ":" + im.entries[t.entry].cameo);
  return r;
}

}  // namespace

TEST_CASE("window triggers: patterns, word forms and precedence", "[window][triggers]") {
  // clang-format off
  const std::vector<TriggerRow> rows = {
    // Indonesian: meN-/di- undone, particles and -nya dropped; derivations kept apart
    {"id", "Prabowo Subianto menemui Perdana Menteri Jepang Shigeru Ishiba di Tokyo.", {"menemui:040"}},
    {"id", "Ukraina menuduh Rusia menyerang pembangkit listrik.", {"menuduh:112", "menyerang:190"}},
    {"id", "Rusia dituduh Ukraina menyerang pembangkit listrik.", {"dituduh:112", "menyerang:190"}},
    {"id", "Anwar Ibrahim menjamunya di Kuala Lumpur.", {"menjamunya:043"}},
    {"id", "Para ilmuwan menemukan fosil baru di Jawa.", {}},
    {"id", "Kim Jong Un disambut Vladimir Putin di Vladivostok.", {"disambut:043"}},
    // English: Snowball stems
    {"en", "Antony Blinken visited Kyiv on Tuesday.", {"visited:042"}},
    {"en", "North Korea threatened to attack South Korea.", {"threatened:130", "attack:190"}},
    {"en", "The minister said nothing about the weather.", {"said:010"}},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.text);
    WindowDoc d(row.lang, row.text);
    CHECK(triggers_of(d, 0) == row.triggers);
  }
}

TEST_CASE("window triggers: a word inside an entity mention is no trigger", "[window][triggers]") {
  WindowDoc d("en", "Kim Jong Un met Vladimir Putin in Vladivostok.");
  auto c = d.sentence(0);
  REQUIRE(c.trig.size() == 1);
  CHECK(c.mention_at[c.trig[0].begin] < 0);
  CHECK(d.tokens_text(c, c.trig[0].begin, c.trig[0].end) == "met");
  CHECK(c.trigger_start[c.trig[0].begin] == 1);
}

TEST_CASE("window triggers: Indonesian voice-insensitive forms", "[window][triggers]") {
  using kronik::window::id_forms;
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  // clang-format off
  const std::vector<std::pair<std::string, std::string>> same = {
    {"menuduh", "tuduh"}, {"dituduh", "tuduh"}, {"menjamunya", "menjamu"}, {"mengirim", "kirim"},
    {"menyerang", "serang"}, {"memukul", "pukul"}, {"mendukung", "dukung"}, {"bertemulah", "bertemu"},
  };
  // clang-format on
  for (const auto& [word, form] : same) {
    INFO(word << " ~ " << form);
    CHECK(has(id_forms(word), form));
  }
  // Derivational affixes change the sense: "find" is not "meet", "supporter" is not "support".
  using kronik::window::match_keys;
  using kronik::window::share_key;
  const auto id = kronik::Language::kIndonesian;
  CHECK_FALSE(share_key(match_keys("menemukan", id), match_keys("menemui", id)));
  CHECK_FALSE(share_key(match_keys("pendukung", id), match_keys("mendukung", id)));
  CHECK(share_key(match_keys("dituduh", id), match_keys("menuduh", id)));
  const auto en = kronik::Language::kEnglish;
  CHECK(share_key(match_keys("visited", en), match_keys("visits", en)));
}
