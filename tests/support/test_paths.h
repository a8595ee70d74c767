// Paths handed to tests by CMake (see kronik_add_test): never hard-code them.
#pragma once
#include <cstdlib>
#include <string>

namespace kronik::test {
inline std::string env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : std::string(fallback);
}
/// data/ of the source tree.
inline std::string data_dir() { return env_or("KRONIK_DATA_DIR", "data"); }
/// tests/data/ (fixtures written by us).
inline std::string test_data_dir() { return env_or("KRONIK_TEST_DATA", "tests/data"); }
/// ../shared beside the checkout (seeds, eval kit).
inline std::string shared_dir() { return env_or("KRONIK_SHARED_DIR", "../shared"); }
inline std::string source_dir() { return env_or("KRONIK_SOURCE_DIR", "."); }
}  // namespace kronik::test
