// tests/support/test_gazetteer.h: the bundled gazetteer, loaded once per test executable.
// For Catch2 tests that link kronik_extract; a load error fails the test that asked for it.
#pragma once

#include <catch2/catch.hpp>

#include <memory>

#include "kronik/extract/entities/gazetteer.h"
#include "test_paths.h"

namespace kronik::test {

inline std::shared_ptr<const Gazetteer> shared_gazetteer() {
  static std::shared_ptr<const Gazetteer> gz = [] {
    auto r = Gazetteer::load(data_dir(), {});
    if (!r) FAIL("gazetteer: " << r.error().message);
    return r.value();
  }();
  return gz;
}

inline const Gazetteer& gazetteer() { return *shared_gazetteer(); }

}  // namespace kronik::test
