// Templates of a Ratinov & Roth (2009)-style greedy NER tagger, hashed: the word and its
// affixes, character shapes (capitalisation is most of what tells a name in cased text), the
// window of two words either side, the previous tags, and the caller's hints (gazetteer
// membership, a title just before, part of speech) alone and joined with shape and tags.
#include "features.h"

#include <cassert>

#include "kronik/core/text.h"

namespace kronik::names::detail {
namespace {

using syntax::detail::mix;

// The spelling keys are kronik_syntax's: a change there changes these models' features too.
static_assert(syntax::detail::kWordKeysVersion == 1,
              "kronik_syntax's word keys changed: retrain the name models and bump kFeatureSetId here");

constexpr std::size_t kLongShapeBytes = 6;

/// The character class of a byte as the collapsed shape writes it.
char shape_class(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  return static_cast<unsigned char>(c) >= 0x80 ? 'u' : c;
}

/// Keys of the positions before and after the sentence.
const WordKeys& outside_keys() noexcept {
  static const WordKeys k = [] {
    WordKeys w;
    w.spelling = syntax::detail::none_word_keys();
    w.shape_long = kronik::fnv1a64("<OUT>");
    w.gazetteer = 0xF0;
    w.title = 2;
    w.upos = 0xFE;
    return w;
  }();
  return k;
}

/// The word and two positions either side (outside_keys() beyond the sentence).
struct Window {
  const WordKeys* at[5];
};

Window window(const WordKeys* words, std::size_t n, std::size_t i) noexcept {
  Window win;
  for (std::size_t k = 0; k < 5; ++k) {
    const std::size_t j = i + k;  // position i + k - 2, shifted to stay unsigned
    win.at[k] = j >= 2 && j - 2 < n ? &words[j - 2] : &outside_keys();
  }
  return win;
}

}  // namespace

void compute_word_keys(std::string_view word, WordKeys& out) noexcept {
  syntax::detail::compute_word_keys(word, out.spelling);
  char long_shape[kLongShapeBytes];
  const std::size_t n = word.size() < kLongShapeBytes ? word.size() : kLongShapeBytes;
  for (std::size_t i = 0; i < n; ++i) long_shape[i] = shape_class(word[i]);
  out.shape_long = kronik::fnv1a64(std::string_view(long_shape, n), 3);
  out.capital = kronik::is_upper_initial(word) ? 1 : 0;
}

void apply_hints(const TokenHints& hints, bool use_upos, WordKeys& out) noexcept {
  out.gazetteer = hints.gazetteer;
  out.title = hints.title_before ? 1 : 0;
  out.upos = use_upos && hints.upos ? static_cast<std::uint8_t>(*hints.upos) : 0xFF;
}

void name_features(const WordKeys* words, std::size_t n, std::size_t i, std::uint8_t prev, std::uint8_t prev2,
                   std::uint64_t* out) noexcept {
  const Window win = window(words, n, i);
  const WordKeys &p2 = *win.at[0], &p1 = *win.at[1], &w = *win.at[2], &n1 = *win.at[3], &n2 = *win.at[4];
  const syntax::detail::WordKeys& ws = w.spelling;
  const std::uint64_t start = i == 0 ? 1 : 2;
  std::size_t k = 0;
  auto f = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    out[k] = mix(mix(mix(k + 1, a), b), c);
    ++k;
  };
  // The word itself.
  f(0);  // bias
  f(ws.lower);
  f(ws.pre3);
  f(ws.suf2);
  f(ws.suf3);
  f(ws.suf4);
  f(ws.shape);
  f(w.shape_long);
  f(start, ws.shape);             // a capital at the start of a sentence says little
  f(start, ws.lower);
  // The window.
  f(p1.spelling.lower);
  f(p2.spelling.lower);
  f(n1.spelling.lower);
  f(n2.spelling.lower);
  f(p1.spelling.shape);
  f(n1.spelling.shape);
  f(p2.spelling.shape, p1.spelling.shape);
  f(n1.spelling.shape, n2.spelling.shape);
  f(p1.spelling.shape, ws.shape, n1.spelling.shape);
  f(p1.spelling.lower, ws.lower);
  f(ws.lower, n1.spelling.lower);
  f(p1.spelling.lower, ws.shape);          // "di Xx", "kata Xx", "Mr Xx"
  f(ws.shape, n1.spelling.lower);          // "Xx mengatakan", "Xx said"
  // Previous decisions.
  f(prev);
  f(prev, prev2);
  f(prev, ws.shape);
  f(prev, ws.lower);
  f(prev, n1.spelling.shape);
  // Hints.
  f(w.gazetteer);
  f(w.gazetteer, ws.shape);
  f(w.gazetteer, prev);
  f(p1.gazetteer, w.gazetteer, n1.gazetteer);
  f(w.title, ws.shape);
  f(w.title, prev, w.capital);
  f(w.upos, w.capital);
  f(p1.upos, w.upos, n1.upos);
  assert(k == kFeatureCount);
}

}  // namespace kronik::names::detail
