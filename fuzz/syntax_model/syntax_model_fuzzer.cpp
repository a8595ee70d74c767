// Fuzz harness: loading a syntax model file (SyntaxModel::from_bytes, docs/syntax.md "Model
// file format") from any bytes, then analysing a fixed sentence with whatever loaded.
// Checks: a damaged file is an Error, never a crash or an out-of-range read; a model that loads
// gives every word a tag, a head in 0..n and a single root.
// Seed: corpus/tiny-id.bin, trained by tools/syntax/syntax_train on tests/data/syntax/mini.conllu
// (--tagger-epochs 2 --parser-epochs 2 --lemma-epochs 2 --folds 0 --tagger-buckets 6
// --parser-buckets 6 --lemma-buckets 6);
// retrain it when the model format changes.
#include <array>
#include <string_view>

#include "../fuzz_support.h"
#include "kronik/syntax/model.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kronik::syntax;
  auto loaded = SyntaxModel::from_bytes(kronik::fuzz::as_view(data, size), "fuzz.bin");
  if (!loaded) {
    kronik::fuzz::fuzz_check(!loaded.error().message.empty(), "load error without a message");
    return 0;
  }
  static constexpr std::array<std::string_view, 6> kWords = {"Menteri", "itu", "datang", "ke", "Jakarta", "."};
  std::array<UPos, kWords.size()> upos{};
  std::array<std::uint16_t, kWords.size()> head{};
  std::array<DepRel, kWords.size()> rel{};
  loaded.value()->analyse(kWords, upos, head, rel);
  int roots = 0;
  for (std::size_t i = 0; i < kWords.size(); ++i) {
    kronik::fuzz::fuzz_check(static_cast<int>(upos[i]) < kUPosCount, "tag out of range");
    kronik::fuzz::fuzz_check(head[i] <= kWords.size() && head[i] != i + 1, "head out of range or a self-loop");
    roots += head[i] == 0;
  }
  kronik::fuzz::fuzz_check(roots == 1, "not a single root");
  return 0;
}
