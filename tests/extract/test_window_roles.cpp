// The window coder's role stages (window/roles.cpp, actors.cpp): the subject to the left of a
// trigger (coordination, relative clauses), pronouns and their antecedents across sentences,
// the first participant to the right, the place after a locative preposition.
#include <string>
#include <vector>

#include "test_window_fixture.h"

namespace {

using kronik::test::WindowDoc;
using Keys = std::vector<std::string>;

struct RoleRow {
  std::string lang, text, trigger;  // the trigger word of the last sentence, lower case
  Keys left;                        // left_actors (pronoun_actors when there is no name)
  std::string right;                // right_target after the trigger
  std::string place;                // location_in after the trigger, directional prepositions too
};

}  // namespace

TEST_CASE("window roles: subject, object and place around a trigger", "[window][roles]") {
  // clang-format off
  const std::vector<RoleRow> rows = {
    {"id", "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Canberra.", "bertemu",
     {"person:joko_widodo"}, "person:anthony_albanese", "city:canberra"},
    {"id", "Kim Jong Un dan Vladimir Putin bertemu di Vladivostok.", "bertemu",
     {"person:kim_jong_un", "person:vladimir_putin"}, "", "city:vladivostok"},
    {"id", "Vladimir Putin, yang didukung China, mengecam Amerika Serikat.", "mengecam",
     {"person:vladimir_putin"}, "country:usa", ""},
    {"id", "Vladimir Putin tiba di Pyongyang. Ia kemudian menemui Kim Jong Un.", "menemui",
     {"person:vladimir_putin"}, "person:kim_jong_un", ""},
    // a comma is no clause break for the subject; "from Poland" names a party, never a place
    {"en", "Antony Blinken visited Kyiv, arriving by overnight train from Poland.", "arriving",
     {"person:antony_blinken"}, "country:pol", ""},
    {"en", "South Korea and the United States held joint exercises near Busan.", "held",
     {"country:kor", "country:usa"}, "", "city:busan"},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.text);
    WindowDoc d(row.lang, row.text);
    auto [c, k] = d.last_sentence_at(row.trigger);
    std::size_t end = k + 1;
    for (const auto& t : c.trig)
      if (t.begin == k) end = t.end;
    Keys left = d.coder().left_actors(c, k, true);
    if (left.empty()) left = d.coder().pronoun_actors(c, k);
    CHECK(left == row.left);
    CHECK(d.coder().right_target(c, end, c.toks.size(), false, left) == row.right);
    CHECK(d.coder().location_in(c, end, c.toks.size(), true) == row.place);
  }
}

TEST_CASE("window roles: object pronouns take the person named last who is not the actor", "[window][roles]") {
  WindowDoc d("id", "Prabowo Subianto tiba di Beijing. Xi Jinping kemudian menjamunya di Balai Agung Rakyat.");
  auto c = d.sentence(1);
  CHECK(d.coder().recent_person_except(c, c.toks.size(), {"person:xi_jinping"}) == "person:prabowo_subianto");
}
