// Greedy decoding loops shared by analysis and training: the caller supplies the decision
// (argmax of the read-only model, or oracle-guided perceptron training), the loops supply the
// order of decisions and the features, so both see the same configurations.
#pragma once

#include <cstdint>
#include <limits>

#include "features.h"
#include "transition.h"

namespace kronik::syntax::detail {

/// Left to right; decide(features) returns the UPOS id of the current word.
template <class Decide>
void greedy_tag(const WordKeys* keys, std::size_t n, std::uint8_t* tags, Decide&& decide) {
  std::uint64_t features[kTaggerFeatureCount];
  std::uint8_t prev = kTagStart, prev2 = kTagStart;
  for (std::size_t i = 0; i < n; ++i) {
    tagger_features(keys, n, i, prev, prev2, features);
    tags[i] = decide(i, features);
    prev2 = prev;
    prev = tags[i];
  }
}

/// Until the configuration is terminal; decide(state, features) returns a valid action.
/// `feature_set` is the model's (features.h); decide() gets parser_feature_count(feature_set).
template <class Decide>
void greedy_parse(ParseState& state, const ParserSentence& sentence, std::uint32_t n_labels, std::uint32_t feature_set,
                  Decide&& decide) {
  std::uint64_t features[kMaxParserFeatureCount];
  const bool label_sets = feature_set >= 3;
  while (!state.terminal()) {
    parser_features(state.view(label_sets), sentence, state.labels(), feature_set, features);
    state.apply(decide(state, static_cast<const std::uint64_t*>(features)), n_labels);
  }
}

inline bool action_valid(const ParseState& s, std::uint32_t action, std::uint32_t n_labels) noexcept {
  if (action == 0) return s.can_shift();
  return action <= n_labels ? s.can_left() : s.can_right();
}

/// Highest-scoring valid action (lowest id on ties, so decoding is deterministic). Validity is
/// decided per action kind (SHIFT, the LEFTs, the RIGHTs), not per action.
template <class T>
std::uint32_t best_valid_action(const T* scores, const ParseState& s, std::uint32_t n_labels) noexcept {
  std::uint32_t best = 0;
  T best_score = std::numeric_limits<T>::lowest();
  bool found = false;
  auto consider = [&](std::uint32_t begin, std::uint32_t end) {
    for (std::uint32_t a = begin; a < end; ++a)
      if (!found || scores[a] > best_score) { best = a; best_score = scores[a]; found = true; }
  };
  if (s.can_shift()) consider(0, 1);
  if (s.can_left()) consider(1, 1 + n_labels);
  if (s.can_right()) consider(1 + n_labels, 1 + 2 * n_labels);
  return best;
}

template <class T>
std::uint8_t best_class(const T* scores, std::uint32_t n) noexcept {
  std::uint32_t best = 0;
  for (std::uint32_t c = 1; c < n; ++c)
    if (scores[c] > scores[best]) best = c;
  return static_cast<std::uint8_t>(best);
}

}  // namespace kronik::syntax::detail
