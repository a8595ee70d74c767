// tests/support/test_tagger.h: the bundled time-expression lexicon, loaded once per test
// executable. For Catch2 tests that link kronik_extract; a load error fails the test that asked.
#pragma once

#include <catch2/catch.hpp>

#include <memory>

#include "kronik/extract/time/timex.h"
#include "test_paths.h"

namespace kronik::test {

inline const TimeTagger& time_tagger() {
  static std::shared_ptr<const TimeTagger> t = [] {
    auto r = TimeTagger::load(data_dir());
    if (!r) FAIL("cannot load the time lexicon: " << r.error().to_string());
    return r.value();
  }();
  return *t;
}

}  // namespace kronik::test
