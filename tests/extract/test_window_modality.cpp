// The window coder's modality stage (window/modality.cpp): whether the act a trigger names is
// asserted, negated, planned or hypothetical; hedges; which triggers govern the act after them
// and how the governed act refines the governing code.
#include <string>
#include <tuple>
#include <vector>

#include "test_window_fixture.h"

namespace {

using kronik::Modality;
using kronik::test::WindowDoc;

struct ModalityRow {
  std::string lang, text, trigger;  // the trigger word, lower case
  Modality modality;
};

}  // namespace

TEST_CASE("window modality: cues before the trigger", "[window][modality]") {
  // clang-format off
  const std::vector<ModalityRow> rows = {
    {"id", "Prabowo Subianto menemui Anwar Ibrahim di Kuala Lumpur.", "menemui", Modality::kAsserted},
    {"id", "Prabowo Subianto tidak menemui Anwar Ibrahim di Kuala Lumpur.", "menemui", Modality::kNegated},
    {"id", "Prabowo Subianto akan menemui Anwar Ibrahim di Kuala Lumpur.", "menemui", Modality::kPlanned},
    {"id", "Jika Prabowo Subianto menemui Anwar Ibrahim, pasar akan tenang.", "menemui", Modality::kHypothetical},
    {"en", "Narendra Modi did not visit Moscow.", "visit", Modality::kNegated},
    {"en", "Narendra Modi will visit Moscow next month.", "visit", Modality::kPlanned},
    {"en", "Narendra Modi plans to visit Moscow.", "visit", Modality::kPlanned},
    {"en", "If Narendra Modi visits Moscow, the talks resume.", "visits", Modality::kHypothetical},
    {"en", "Narendra Modi visited Moscow on Monday.", "visited", Modality::kAsserted},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.text);
    WindowDoc d(row.lang, row.text);
    auto c = d.sentence(0);
    const std::size_t k = WindowDoc::token_of(c, row.trigger);
    REQUIRE(k != std::string::npos);
    CHECK(d.coder().modality_at(c, k) == row.modality);
  }
}

TEST_CASE("window modality: hedges before the verb", "[window][modality]") {
  // clang-format off
  const std::vector<std::tuple<std::string, std::string, std::string, bool>> rows = {
    {"id", "Korea Utara diduga mengirim ribuan tentara ke Rusia.", "mengirim", true},
    {"id", "Korea Utara mengirim ribuan tentara ke Rusia.", "mengirim", false},
    {"en", "North Korea allegedly sent troops to Russia.", "sent", true},
    {"en", "North Korea sent troops to Russia.", "sent", false},
  };
  // clang-format on
  for (const auto& [lang, text, word, hedged] : rows) {
    INFO(text);
    WindowDoc d(lang, text);
    auto c = d.sentence(0);
    const std::size_t k = WindowDoc::token_of(c, word);
    REQUIRE(k != std::string::npos);
    CHECK(d.coder().hedged_before(c, k) == hedged);
  }
}

TEST_CASE("window modality: governing acts", "[window][modality]") {
  // The accusation governs the attack: it is alleged, not asserted.
  WindowDoc d("id", "Ukraina menuduh Rusia menyerang pembangkit listrik.");
  auto c = d.sentence(0);
  REQUIRE(c.trig.size() == 2);
  CHECK(c.governor[0] == -1);
  CHECK(c.governor[1] == 0);
  CHECK(d.coder().first_governed(c, 0) == 1);
  // A comma ends the governing scope.
  WindowDoc e("en", "Japan pledged aid, and Russia attacked Kyiv.");
  auto ce = e.sentence(0);
  for (std::size_t i = 0; i < ce.trig.size(); ++i) CHECK(ce.governor[i] == -1);

  using kronik::window::refine;
  // clang-format off
  const std::vector<std::tuple<std::string, std::string, std::string>> codes = {
    {"020", "040", "026"}, {"020", "045", "028"}, {"030", "070", "033"}, {"030", "190", "138"},
    {"120", "040", "125"}, {"120", "057", "127"}, {"130", "190", "138"}, {"130", "163", "132"},
    {"112", "190", "112"}, {"030", "010", "030"},
  };
  // clang-format on
  for (const auto& [outer, inner, refined] : codes) {
    INFO(outer << " governing " << inner);
    CHECK(refine(outer, inner) == refined);
  }
}
