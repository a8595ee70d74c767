// The window coder's date stage (window/dates.cpp): which time expression dates an event.
#include <string>
#include <vector>

#include "test_window_fixture.h"

namespace {

using kronik::test::WindowDoc;

struct DateRow {
  std::string lang, text, trigger;  // trigger word of the last sentence
  std::string date;                 // ISO value of the event's date
  bool defaulted = false;           // the publication month
};

}  // namespace

TEST_CASE("window dates: the time of the trigger's own clause", "[window][dates]") {
  // clang-format off
  const std::vector<DateRow> rows = {
    {"id", "Presiden Joko Widodo bertemu Anthony Albanese di Canberra pada 12 Juli 2024.", "bertemu", "2024-07-12"},
    {"id", "Pada 3 Juli 2024, Joko Widodo bertemu Anthony Albanese di Canberra.", "bertemu", "2024-07-03"},
    {"id", "Joko Widodo bertemu Anthony Albanese di Canberra.", "bertemu", "2024-07", true},
    {"en", "Antony Blinken visited Kyiv, his fourth visit since February 2022.", "visited", "2024-07", true},
    {"en", "Antony Blinken arrived in Kyiv on 9 July 2024. He met Volodymyr Zelenskyy.", "met", "2024-07-09"},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.text);
    WindowDoc d(row.lang, row.text);
    auto [c, k] = d.last_sentence_at(row.trigger);
    kronik::Event ev;
    d.coder().date_for(c, k, ev);
    CHECK(ev.date.iso() == row.date);
    CHECK((ev.date_anchor == kronik::Anchor::kDefaulted) == row.defaulted);
  }
}
