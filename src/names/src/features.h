// Feature extraction shared by training and tagging: one definition, so a model always sees at
// run time exactly the features it was trained on (the model header names kFeatureSetId).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kronik/names/model.h"
#include "syntax/src/features.h"  // kronik_syntax's word keys and feature hashing

namespace kronik::names::detail {

/// Bump when any template below changes: models trained on another set are refused on load.
inline constexpr std::uint32_t kFeatureSetId = 1;

/// Everything the templates read about one word, computed once per word.
struct WordKeys {
  syntax::detail::WordKeys spelling;  ///< lower-cased form, collapsed shape, affixes (kronik_syntax's)
  std::uint64_t shape_long = 0;       ///< character classes of the first 6 bytes, not collapsed: "Xxxxxx", "XXX", "dddd"
  std::uint8_t gazetteer = 0;         ///< TokenHints::gazetteer
  std::uint8_t title = 0;             ///< TokenHints::title_before
  std::uint8_t upos = 0xFF;           ///< UPos id, 0xFF when unknown or unused
  std::uint8_t capital = 0;           ///< 1 when the first code point is an upper-case letter
};

/// Fills the spelling part of `out` (not the hints).
void compute_word_keys(std::string_view word, WordKeys& out) noexcept;
/// Copies one word's hints into its keys; `use_upos` false ignores hints.upos.
void apply_hints(const TokenHints& hints, bool use_upos, WordKeys& out) noexcept;

/// Tag id used for "before the sentence".
inline constexpr std::uint8_t kTagStart = kNameTagCount;

inline constexpr std::size_t kFeatureCount = 36;

/// Features of word i given the two previous predicted tags. `out` has kFeatureCount slots.
void name_features(const WordKeys* words, std::size_t n, std::size_t i, std::uint8_t prev, std::uint8_t prev2,
                   std::uint64_t* out) noexcept;

/// Whether `tag` may follow `prev` in BIO (an I-X only after B-X or I-X).
inline bool transition_allowed(std::uint8_t prev, std::uint8_t tag) noexcept {
  const auto t = static_cast<NameTag>(tag);
  if (!is_inside(t)) return true;
  return prev != kTagStart && prev != 0 && tag_type(static_cast<NameTag>(prev)) == tag_type(t);
}

/// Highest-scoring tag allowed after `prev` whose type is in `types` (bits 1 << NameType); lowest
/// id on ties, so decoding is deterministic. A type absent from the training data has only
/// negative weights and must not win where every other tag scores below zero.
template <class T>
std::uint8_t best_allowed(const T* scores, std::uint8_t prev, std::uint8_t types) noexcept {
  std::uint8_t best = 0;
  for (std::uint8_t c = 1; c < kNameTagCount; ++c) {
    const bool known = (types >> static_cast<int>(tag_type(static_cast<NameTag>(c)))) & 1;
    if (known && transition_allowed(prev, c) && scores[c] > scores[best]) best = c;
  }
  return best;
}

/// Left to right; decide(i, features, prev) returns the tag of word i.
template <class Decide>
void greedy_tag(const WordKeys* keys, std::size_t n, std::uint8_t* tags, Decide&& decide) {
  std::uint64_t features[kFeatureCount];
  std::uint8_t prev = kTagStart, prev2 = kTagStart;
  for (std::size_t i = 0; i < n; ++i) {
    name_features(keys, n, i, prev, prev2, features);
    tags[i] = decide(i, static_cast<const std::uint64_t*>(features), prev);
    prev2 = prev;
    prev = tags[i];
  }
}

}  // namespace kronik::names::detail
