// The window coder's frame stage (window/frames.cpp): the slots each frame fills around its
// trigger, once the earlier stages (triggers, modality, actors) have opened the candidate, and
// the frames that cannot fill what they require (no event).
#include <string>
#include <vector>

#include "test_window_fixture.h"

namespace {

using kronik::test::WindowDoc;
using Keys = std::vector<std::string>;

struct FrameRow {
  std::string lang, text, trigger;  // trigger word of the last sentence, lower case
  bool event;                       // the frame holds
  Keys actors;
  std::string target, location;
};

}  // namespace

TEST_CASE("window frames: slots by frame", "[window][frames]") {
  // clang-format off
  const std::vector<FrameRow> rows = {
    // meet: coordinated subjects; the place anywhere in the sentence
    {"id", "Kim Jong Un dan Vladimir Putin bertemu di Vladivostok.", "bertemu", true,
     {"person:kim_jong_un"}, "person:vladimir_putin", "city:vladivostok"},
    {"en", "Joe Biden held talks with Xi Jinping in Beijing.", "held", true,
     {"person:joe_biden"}, "person:xi_jinping", "city:beijing"},
    {"id", "Prabowo Subianto bertemu di Jakarta.", "bertemu", false, {}, "", ""},
    // visit: the destination is the place, and the target when it is a party
    {"id", "Sergey Lavrov mengunjungi Korea Utara.", "mengunjungi", true,
     {"person:sergey_lavrov"}, "country:prk", "country:prk"},
    {"en", "Antony Blinken visited Kyiv on Tuesday, arriving by overnight train from Poland.", "visited", true,
     {"person:antony_blinken"}, "", "city:kyiv"},
    // arrive: a place is required
    {"id", "Vladimir Putin tiba di Pyongyang.", "tiba", true, {"person:vladimir_putin"}, "", "city:pyongyang"},
    {"id", "Vladimir Putin akhirnya tiba.", "tiba", false, {}, "", ""},
    // host: the guest is the direct object; goods are no guest
    {"id", "Anwar Ibrahim menyambut Prabowo Subianto di Kuala Lumpur.", "menyambut", true,
     {"person:anwar_ibrahim"}, "person:prabowo_subianto", "city:kuala_lumpur"},
    {"id", "Rusia menerima amunisi dari Korea Utara.", "menerima", false, {}, "", ""},
    // passive: the subject is the target, the agent after "oleh"/"by"
    {"id", "Prabowo Subianto diterima oleh Xi Jinping di Beijing.", "diterima", true,
     {"person:xi_jinping"}, "person:prabowo_subianto", "city:beijing"},
    // act: the first party after the verb; force on a place keeps the place
    {"id", "Jepang mengecam Korea Utara.", "mengecam", true, {"country:jpn"}, "country:prk", ""},
    {"en", "North Korea sent troops to Russia.", "sent", true, {"country:prk"}, "country:rus", ""},
    {"en", "Japan sent humanitarian aid to Ukraine.", "humanitarian", true, {"country:jpn"}, "country:ukr", ""},
    {"id", "Israel membombardir Jalur Gaza.", "membombardir", true, {"country:isr"}, "", "loc:gaza_strip"},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.text);
    WindowDoc d(row.lang, row.text);
    auto [c, k] = d.last_sentence_at(row.trigger);
    std::size_t ti = 0;
    while (ti < c.trig.size() && c.trig[ti].begin != k) ++ti;
    REQUIRE(ti < c.trig.size());
    kronik::window::Candidate x;
    kronik::Event ev;
    const bool held = d.coder().open_candidate(c, ti, x, ev) && d.coder().fill_frame(c, x, ev);
    CHECK(held == row.event);
    if (!held || !row.event) continue;
    CHECK(x.actors == row.actors);
    CHECK(x.target == row.target);
    CHECK(x.location == row.location);
  }
}
