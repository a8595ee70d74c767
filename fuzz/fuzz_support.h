// fuzz/fuzz_support.h: what every kronik fuzz harness shares.
//
// A harness is one file defining LLVMFuzzerTestOneInput(data, size). It is built twice:
//   * always, with replay_main.cpp, as fuzz_<name>_replay: ctest runs it (label `fuzz`) over
//     fuzz/<name>/corpus and fuzz/<name>/crashes in every build, GCC included;
//   * with -DKRONIK_FUZZ=ON (clang), linked with libFuzzer as fuzz_<name> (docs/fuzzing.md).
// A harness checks the contract of the surface it feeds (offsets in range, outputs that parse)
// and calls fuzz_fail() when it is broken, so a wrong answer counts like a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace kronik::fuzz {

/// Reports a broken contract and aborts (libFuzzer saves the input as a crash).
[[noreturn]] inline void fuzz_fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "fuzz contract broken: %s: %.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

inline void fuzz_check(bool ok, const char* what, std::string_view detail = {}) {
  if (!ok) fuzz_fail(what, detail);
}

inline std::string_view as_view(const std::uint8_t* data, std::size_t size) {
  return size == 0 ? std::string_view{} : std::string_view(reinterpret_cast<const char*>(data), size);
}

/// A span of `text` is in range, ordered, and starts and ends on code-point boundaries (every
/// offset kronik hands out is sliced and written as UTF-8 later).
inline void check_span(std::string_view text, std::uint32_t begin, std::uint32_t end, const char* what) {
  auto boundary = [&](std::uint32_t at) {
    return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
  };
  fuzz_check(begin <= end && end <= text.size(), what, "span out of range");
  fuzz_check(boundary(begin) && boundary(end), what, "span splits a UTF-8 sequence");
}

/// Splits the input into fields on NUL bytes, for harnesses that build structured values (a
/// Timeline) from bytes. Reading past the last field yields empty fields, so every input maps
/// to some value and seeds stay readable (`printf 'E\0key\0name\0...'`).
class Fields {
 public:
  explicit Fields(std::string_view bytes) {
    std::size_t start = 0;
    while (start <= bytes.size()) {
      std::size_t nul = bytes.find('\0', start);
      if (nul == std::string_view::npos) nul = bytes.size();
      fields_.push_back(bytes.substr(start, nul - start));
      start = nul + 1;
    }
  }
  bool more() const { return pos_ < fields_.size(); }
  std::string_view next() { return more() ? fields_[pos_++] : std::string_view{}; }
  std::string next_string() { return std::string(next()); }
  /// A number in [0, limit) taken from the next field's first byte (0 when empty).
  unsigned next_small(unsigned limit) {
    std::string_view f = next();
    return f.empty() || limit == 0 ? 0 : static_cast<unsigned char>(f[0]) % limit;
  }

 private:
  std::vector<std::string_view> fields_;
  std::size_t pos_ = 0;
};

}  // namespace kronik::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
