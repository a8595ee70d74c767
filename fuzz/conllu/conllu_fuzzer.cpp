// Fuzz harness: the CoNLL-U reader (kronik/syntax/conllu.h) on any bytes, the way
// `kronik parse --format conllu` and the training tool read treebanks.
// Checks: an Error names a line inside the input; read sentences have words numbered 1..n with
// heads in 0..n and known labels.
#include "../fuzz_support.h"
#include "kronik/syntax/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kronik::syntax;
  const std::string_view text = kronik::fuzz::as_view(data, size);
  auto r = read_conllu(text, "fuzz.conllu");
  if (!r) {
    kronik::fuzz::fuzz_check(r.error().offset <= static_cast<std::uint64_t>(size) + 1, "error line past the input");
    return 0;
  }
  for (const Sentence& s : r.value()) {
    kronik::fuzz::fuzz_check(!s.words.empty(), "empty sentence returned");
    for (const Word& w : s.words) {
      kronik::fuzz::fuzz_check(w.head <= s.words.size(), "head out of range");
      kronik::fuzz::fuzz_check(static_cast<int>(w.upos) < kUPosCount, "tag out of range");
      kronik::fuzz::fuzz_check(static_cast<int>(w.rel) < kDepRelCount, "relation out of range");
    }
  }
  return 0;
}
