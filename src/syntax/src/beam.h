// Beam search over arc-hybrid transitions (Zhang & Nivre 2011): every step expands each kept
// configuration by its valid actions and keeps the `width` best by the sum of their action
// scores. Analysis and global training share beam_step(), so both rank the same candidates.
//
// All configurations of one sentence finish after the same 2n steps (n SHIFTs, n arcs), so the
// beam is complete when its first item is terminal. Ties are broken by the parent's rank, then
// the lower action id: decoding is deterministic.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "features.h"
#include "transition.h"

namespace kronik::syntax::detail {

/// Sentences longer than this are parsed greedily: a beam copies a configuration (O(n)) at
/// most steps, which grows quadratically, and such "sentences" are mostly unsplit lists.
inline constexpr int kMaxBeamWords = 200;

template <class T>
struct BeamItem {
  ParseState state;
  T score{};                 ///< sum of the action scores that built `state`
  std::uint32_t history = 0; ///< training: the node of the last action in the history arena
  bool correct = true;       ///< training: no action so far lost a reachable gold arc
};

template <class T>
struct BeamCandidate {
  T score;
  std::uint32_t item;
  std::uint32_t action;
};

/// Reusable buffers of one beam (no allocation once warm). items[0..live) is the beam, best first.
/// T sums a configuration's action scores, S is one action's score (analysis: int64 sums of the
/// int32 scores the linear model gives, so the scorer writes them without a conversion).
template <class T, class S = T>
struct Beam {
  std::vector<BeamItem<T>> items, next;
  std::size_t live = 0;
  std::vector<BeamCandidate<T>> candidates;  ///< the step's best, best first
  std::size_t kept = 0;                      ///< candidates[0..kept) are filled
  std::vector<std::uint32_t> children;       ///< per item: how many kept candidates extend it
  std::vector<S> scores;  ///< the scored item's actions, rounded up to a multiple of 4

  /// `label_sets`: the configurations keep the label sets feature set 3 reads.
  void start(int n, std::size_t width, std::uint32_t n_actions, bool label_sets = true) {
    if (items.size() < width) { items.resize(width); next.resize(width); }
    candidates.resize(width);
    children.resize(width);
    scores.resize((n_actions + 3) / 4 * 4);
    items[0].state.reset(n, label_sets);
    items[0].score = T{};
    items[0].history = 0;
    items[0].correct = true;
    live = 1;
  }
  const BeamItem<T>& best() const noexcept { return items[0]; }
  bool done() const noexcept { return items[0].state.terminal(); }
};

template <class T>
bool ranks_before(const BeamCandidate<T>& a, const BeamCandidate<T>& b) noexcept {
  if (a.score != b.score) return a.score > b.score;
  if (a.item != b.item) return a.item < b.item;
  return a.action < b.action;
}

/// Inserts `c` among the `width` best candidates so far, if it ranks there. Keeping a short sorted
/// list keeps exactly the candidates, in the order, that sorting them all by ranks_before()
/// would put first: the order is total (no two candidates share item and action).
template <class T, class S>
void offer(Beam<T, S>& beam, std::size_t width, const BeamCandidate<T>& c) noexcept {
  BeamCandidate<T>* best = beam.candidates.data();
  if (beam.kept == width && !ranks_before(c, best[width - 1])) return;
  std::size_t i = beam.kept < width ? beam.kept++ : width - 1;
  for (; i > 0 && ranks_before(c, best[i - 1]); --i) best[i] = best[i - 1];
  best[i] = c;
}

template <class T, class S>
void add_candidates(Beam<T, S>& beam, std::size_t width, std::uint32_t index, std::uint32_t n_labels) {
  const BeamItem<T>& item = beam.items[index];
  const S* scores = beam.scores.data();
  // Candidates come in (item, action) order, the ties' order, so once the list is full one that
  // only equals its worst score ranks after it.
  auto add = [&](std::uint32_t begin, std::uint32_t end) {
    for (std::uint32_t a = begin; a < end; ++a) {
      const T score = item.score + scores[a];
      if (beam.kept == width && !(score > beam.candidates[width - 1].score)) continue;
      offer(beam, width, {score, index, a});
    }
  };
  if (item.state.can_shift()) add(0, 1);
  if (item.state.can_left()) add(1, 1 + n_labels);
  if (item.state.can_right()) add(1 + n_labels, 1 + 2 * n_labels);
}

/// Builds the kept candidates into beam.next. The last child of an item takes its parent's
/// configuration by swap (O(1)); only items with several kept children are copied (O(n)).
template <class T, class S, class Kept>
void build_children(Beam<T, S>& beam, std::uint32_t n_labels, Kept&& kept) {
  std::fill(beam.children.begin(), beam.children.begin() + static_cast<std::ptrdiff_t>(beam.live), 0u);
  for (std::size_t k = 0; k < beam.kept; ++k) ++beam.children[beam.candidates[k].item];
  for (std::size_t k = 0; k < beam.kept; ++k) {
    const BeamCandidate<T>& c = beam.candidates[k];
    BeamItem<T>& child = beam.next[k];
    if (--beam.children[c.item] == 0) std::swap(child.state, beam.items[c.item].state);
    else child.state = beam.items[c.item].state;  // copy-assignment keeps the vectors' capacity
    child.state.apply(c.action, n_labels);
    child.score = c.score;
    kept(c, child);
  }
}

/// One step. score(item_index, features, scores) fills the action scores of an item;
/// kept(candidate, child) sees each survivor after it is built (training marks it there; the
/// parent's configuration may have moved to another child by then, its other fields not).
template <class T, class S, class Score, class Kept>
void beam_step(Beam<T, S>& beam, std::size_t width, const ParserSentence& sentence, std::uint32_t n_labels,
               std::uint32_t feature_set, Score&& score, Kept&& kept) {
  std::uint64_t features[kMaxParserFeatureCount];
  const bool label_sets = feature_set >= 3;
  beam.kept = 0;
  for (std::size_t i = 0; i < beam.live; ++i) {
    const ParseState& st = beam.items[i].state;
    parser_features(st.view(label_sets), sentence, st.labels(), feature_set, features);
    score(i, static_cast<const std::uint64_t*>(features), beam.scores.data());
    add_candidates(beam, width, static_cast<std::uint32_t>(i), n_labels);
  }
  build_children(beam, n_labels, kept);
  std::swap(beam.items, beam.next);
  beam.live = beam.kept;
}

/// Parses to the end; the best configuration is beam.best().state.
template <class T, class S, class Score>
void beam_parse(Beam<T, S>& beam, std::size_t width, const ParserSentence& sentence, std::uint32_t n_labels,
                std::uint32_t feature_set, Score&& score) {
  beam.start(sentence.n(), width, 1 + 2 * n_labels, feature_set >= 3);
  while (!beam.done())
    beam_step(beam, width, sentence, n_labels, feature_set, score, [](const BeamCandidate<T>&, BeamItem<T>&) {});
}

}  // namespace kronik::syntax::detail
