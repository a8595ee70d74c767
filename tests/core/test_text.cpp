// UTF-8 handling and name folding.
#include <catch2/catch.hpp>

#include "kronik/core/text.h"

TEST_CASE("fold() ignores case, accents, hyphens and spacing", "[text]") {
  struct Row {
    const char* a;
    const char* b;
  };
  const Row same[] = {{"Kim Jong-un", "kim jong un"},  {"Erdoğan", "Erdogan"},   {"  Sergey   Lavrov ", "SERGEY LAVROV"},
                      {"People's Republic", "Peoples Republic"}, {"Asia-Pasifik", "Asia Pasifik"}, {"Élysée", "elysee"},
                      {"Kim Jong\u2011un", "Kim Jong un"}};
  for (const auto& r : same) {
    INFO(r.a << " ~ " << r.b);
    CHECK(kronik::fold(r.a) == kronik::fold(r.b));
  }
  CHECK(kronik::fold("Ким Чен Ын") == "ким чен ын");
  CHECK(kronik::fold("U.S.") == "u s");
  CHECK(kronik::slug("Kim Jong-un") == "kim_jong_un");
}

TEST_CASE("UTF-8 validation and repair name the first bad byte", "[text]") {
  struct Row {
    std::string in;
    long first_bad;  // -1 = valid
    std::size_t replaced;
  };
  const Row rows[] = {{"plain", -1, 0},
                      {"caf\xC3\xA9", -1, 0},
                      {"ab\xFF" "cd", 2, 1},
                      {"\xC0\xAF", 0, 2},                 // overlong
                      {"x\xED\xA0\x80y", 1, 3},           // surrogate
                      {"\xE2\x82", 0, 2},                 // truncated
                      {"\xF0\x9F\x98\x80 ok", -1, 0}};    // emoji
  for (const auto& r : rows) {
    INFO(r.in);
    auto bad = kronik::first_invalid_utf8(r.in);
    if (r.first_bad < 0) CHECK_FALSE(bad);
    else {
      REQUIRE(bad);
      CHECK(static_cast<long>(*bad) == r.first_bad);
    }
    std::size_t n = 0;
    std::string fixed = kronik::repair_utf8(r.in, &n);
    CHECK(n == r.replaced);
    CHECK_FALSE(kronik::first_invalid_utf8(fixed));
  }
}

TEST_CASE("content hashes are stable", "[text]") {
  CHECK(kronik::hex64(kronik::fnv1a64("")) == "cbf29ce484222325");
  CHECK(kronik::hex64(kronik::fnv1a64("a")) == "af63dc4c8601ec8c");
  CHECK(kronik::trim("  \xC2\xA0 x y \n") == "x y");
}
