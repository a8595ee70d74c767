// The window coder's attribution stage (window/attribution.cpp): who speaks, the tokens of the
// claim, the addressee, the reporting chain, direct quotation; and the speaker's own side.
#include <string>
#include <vector>

#include "test_window_fixture.h"

namespace {

using kronik::test::WindowDoc;

struct SpeechRow {
  std::string lang, text;
  std::string speaker, addressee;
  std::vector<std::string> reporters;
  std::string claim;  // the claim's tokens
  bool direct = false;
};

}  // namespace

TEST_CASE("window attribution: speakers, claims and reporters", "[window][attribution]") {
  // clang-format off
  const std::vector<SpeechRow> rows = {
    {"id", "Kanada mengatakan Iran telah mengirim amunisi ke Sudan.",
     "country:can", "", {}, "Iran telah mengirim amunisi ke Sudan.", false},
    {"id", "Menurut Sergey Lavrov, Rusia tidak akan mundur.",
     "person:sergey_lavrov", "", {}, "Rusia tidak akan mundur.", false},
    {"id", "\"Kami siap membantu,\" kata Sergey Lavrov.",
     "person:sergey_lavrov", "", {}, "\"Kami siap membantu,\"", true},
    {"id", "Xi Jinping mengatakan kepada Vladimir Putin bahwa Beijing menghormati Moskow.",
     "person:xi_jinping", "person:vladimir_putin", {}, "kepada Vladimir Putin bahwa Beijing menghormati Moskow.", false},
    {"en", "Sergey Lavrov told Kim Jong Un that Moscow was grateful.",
     "person:sergey_lavrov", "person:kim_jong_un", {}, "Kim Jong Un that Moscow was grateful.", false},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.text);
    WindowDoc d(row.lang, row.text);
    auto c = d.sentence(0, true);
    REQUIRE(c.speeches.size() == 1);
    const auto& sp = c.speeches[0];
    CHECK(sp.speaker == row.speaker);
    CHECK(sp.addressee == row.addressee);
    CHECK(c.reporters == row.reporters);
    CHECK(d.tokens_text(c, sp.clause_begin, sp.clause_end) == row.claim);
    CHECK(sp.direct == row.direct);
  }
}

TEST_CASE("window attribution: a hedge is no report by the subject", "[window][attribution]") {
  WindowDoc d("id", "Korea Utara dilaporkan memasok amunisi ke Rusia.");
  auto c = d.sentence(0, true);
  CHECK(c.speeches.empty());
}

TEST_CASE("window attribution: third parties", "[window][attribution]") {
  WindowDoc d("id", "Kanada mengatakan Iran telah mengirim amunisi ke Sudan.");
  auto& coder = d.coder();
  CHECK(coder.third_party("country:can", {"country:irn"}));
  CHECK_FALSE(coder.third_party("country:can", {"country:can"}));
  CHECK_FALSE(coder.third_party("", {"country:irn"}));
}
