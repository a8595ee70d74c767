// Oaths of office and inaugurations (docs/cameo-lexicon.md, "kronik's coding conventions"): 017
// symbolic act, the person sworn in is the actor, the one who swears them in the target; elections
// and appointments stay no event. Both coders run, as in `kronik build`; each row is a short text
// written for this test, with the events a careful human coder would record.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "event_rows.h"
#include "kronik/extract/pipeline.h"
#include "test_paths.h"

namespace {

using kronik::Extractor;
using namespace kronik::test;

// clang-format off
const std::vector<Row>& rows() {
  static const std::vector<Row> r = {
    // taking the oath, taking office: the subject acts
    {"en", "Claudia Sheinbaum took the oath of office in Mexico City on 1 October 2024.",
     {ev("017", "person:claudia_sheinbaum").at("*").on("2024-10-01")}},
    {"id", "Claudia Sheinbaum mengucapkan sumpah jabatan di Mexico City pada 1 Oktober 2024.",
     {ev("017", "person:claudia_sheinbaum").at("*").on("2024-10-01")}},
    // sworn in, dilantik: the one sworn in acts, where the ceremony took place
    {"en", "Lawrence Wong was sworn in at the Istana on 15 May 2024.",
     {ev("017", "person:lawrence_wong").at("*").on("2024-05-15")}},
    {"id", "Lawrence Wong dilantik di Istana pada 15 Mei 2024.",
     {ev("017", "person:lawrence_wong").at("*").on("2024-05-15")}},
    // the swearer's verb is reversed: the one sworn in acts before the swearer
    {"id", "Presiden Tharman Shanmugaratnam melantik Lawrence Wong pada 15 Mei 2024.",
     {ev("017", "person:lawrence_wong", "person:tharman_shanmugaratnam").at("*").on("2024-05-15")}},
    {"en", "Javier Milei took office in Buenos Aires on 10 December 2023.",
     {ev("017", "person:javier_milei").at("*")}},
    {"en", "Tharman Shanmugaratnam swore in Lawrence Wong at the Istana on 15 May 2024.",
     {ev("017", "person:lawrence_wong", "person:tharman_shanmugaratnam").at("*")}},
    {"en", "Lawrence Wong swore that he would serve every citizen.", {}},
    // a body sworn in that names no party: the ceremony is the act of the one who performs it
    {"en", "Claudia Sheinbaum swore in her new cabinet in Mexico City on 1 October 2024.",
     {ev("017", "person:claudia_sheinbaum").at("*").on("2024-10-01")}},
    {"id", "Presiden Claudia Sheinbaum melantik para menteri kabinetnya di Mexico City pada 1 Oktober 2024.",
     {ev("017", "person:claudia_sheinbaum").at("*").on("2024-10-01")}},
    {"en", "Claudia Sheinbaum was sworn in at the Congress in Mexico City on 1 October 2024.",
     {ev("017", "person:claudia_sheinbaum").at("*").on("2024-10-01")}},
    {"en", "The new ministers were sworn in by Claudia Sheinbaum on 1 October 2024.",
     {ev("017", "person:claudia_sheinbaum").on("2024-10-01")}},
    // recalled: dated in its own clause it is the happening the coder keeps as background
    // (docs/events.md), undated it is no event
    {"en", "Since Javier Milei took office in December 2023, inflation in Argentina has slowed.",
     {ev("017", "person:javier_milei").on("2023-12")}},
    {"en", "Claudia Sheinbaum has cut spending since taking office.", {}},
    {"id", "Sejak dilantik pada Oktober 2024, Claudia Sheinbaum telah mengunjungi 20 negara bagian.", {}},
    // a guest at another party's inauguration visits its host (042), and is not sworn in
    {"en", "Lawrence Wong attended the inauguration ceremony of Claudia Sheinbaum in Mexico City on 1 October 2024.",
     {ev("042", "person:lawrence_wong", "person:claudia_sheinbaum").at("*").on("2024-10-01")}},
    {"id", "Lawrence Wong menghadiri pelantikan Claudia Sheinbaum di Mexico City pada 1 Oktober 2024.",
     {ev("042", "person:lawrence_wong", "person:claudia_sheinbaum").at("*").on("2024-10-01")}},
    {"en", "Lawrence Wong attended the inauguration ceremony on 1 October 2024.", {}},
    // elections and appointments stay no event
    {"en", "Voters elected Javier Milei in November 2023.", {}},
    {"id", "Presiden Lula da Silva menunjuk seorang menteri baru.", {}},
  };
  return r;
}
// clang-format on

}  // namespace

TEST_CASE("oaths of office: 017, the person sworn in acts", "[events]") {
  kronik::ExtractConfig cfg;  // both coders, as `kronik build` runs them
  cfg.data_dir = kronik::test::data_dir();
  cfg.latest_year = 2025;
  auto ex = Extractor::create(cfg);
  REQUIRE(ex);
  check_rows(rows(), [&](const Row& row, int n) {
    kronik::RawDocument raw;
    raw.id = raw.path = "oath" + std::to_string(n) + ".txt";
    raw.text = row.text + "\n", raw.published = row.published, raw.language = row.lang;
    return ex.value()->analyze(std::move(raw)).events;
  });
}
