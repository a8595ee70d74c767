// Scoring the configurations of one beam step together: about a third of their features repeat
// one another configuration of the step already has (the same buffer words, the same stack top),
// and each lookup is two cache misses plus a row of additions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "linear.h"

namespace kronik::syntax::detail {

/// Scores up to kMaxVectors feature vectors with one lookup and one row addition per distinct
/// key: a key's row is added once into the partial sum of exactly the set of vectors holding it,
/// and each vector's scores are the sum of the partial sums of the sets it belongs to. Weights
/// are integers, so every vector gets the same scores LinearModel::score() gives it alone.
///
/// Reusable scratch (no allocation once warm); one per thread.
class SharedScorer {
 public:
  static constexpr std::size_t kMaxVectors = 4;

  /// Vector v is features[v * stride .. v * stride + n); its scores go to
  /// scores[v * model.n_classes ..) (`vectors` <= kMaxVectors).
  void score(const LinearModel& model, const std::uint64_t* features, std::size_t vectors, std::size_t stride,
             std::size_t n, std::int32_t* scores) {
    group_keys(features, vectors, stride, n);
    add_groups(model);
    sum_groups(model.n_classes, vectors, scores);
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t stamp = 0;   ///< the step that filled it; others are empty
    std::uint32_t group = 0;   ///< bit v: vector v holds the key
  };
  static constexpr std::size_t kGroups = std::size_t{1} << kMaxVectors;
  static constexpr std::size_t kMaxClasses = 256;

  // Keys are splitmix outputs, so their high bits index the table well (the model's buckets
  // use the low bits). A key a vector holds twice is added again for that vector alone.
  void group_keys(const std::uint64_t* features, std::size_t vectors, std::size_t stride, std::size_t n) {
    const std::size_t want = 2 * vectors * n;
    if (table_.size() < want) table_.assign(std::size_t{1} << (64 - __builtin_clzll(want)), Slot{});
    const std::uint64_t mask = table_.size() - 1;
    if (++stamp_ == 0) { table_.assign(table_.size(), Slot{}); stamp_ = 1; }
    distinct_.clear();
    repeats_.clear();
    for (std::size_t v = 0; v < vectors; ++v) {
      const std::uint32_t bit = 1u << v;
      for (std::size_t f = 0; f < n; ++f) {
        const std::uint64_t key = features[v * stride + f];
        std::uint64_t i = (key >> 40) & mask;
        while (table_[i].stamp == stamp_ && table_[i].key != key) i = (i + 1) & mask;
        Slot& slot = table_[i];
        if (slot.stamp != stamp_) {
          slot = {key, stamp_, bit};
          distinct_.push_back(key);
          where_.push_back(static_cast<std::uint32_t>(i));
        } else if (slot.group & bit) {
          repeats_.push_back(key);
          repeat_group_.push_back(bit);
        } else {
          slot.group |= bit;
        }
      }
    }
  }

  void add_groups(const LinearModel& model) {
    groups_.resize(distinct_.size());
    used_ = 0;
    for (std::size_t k = 0; k < distinct_.size(); ++k) use(groups_[k] = table_[where_[k]].group, model.n_classes);
    for (std::uint32_t g : repeat_group_) use(g, model.n_classes);
    model.add_rows(distinct_.data(), distinct_.size(), [this](std::size_t k) { return partial_[groups_[k]].data(); });
    model.add_rows(repeats_.data(), repeats_.size(), [this](std::size_t k) { return partial_[repeat_group_[k]].data(); });
    where_.clear();
    repeat_group_.clear();
  }

  void use(std::uint32_t group, std::uint32_t n_classes) noexcept {
    if (used_ & (1u << group)) return;
    used_ |= 1u << group;
    for (std::uint32_t c = 0; c < n_classes; ++c) partial_[group][c] = 0;
  }

  void sum_groups(std::uint32_t n_classes, std::size_t vectors, std::int32_t* scores) const noexcept {
    for (std::size_t v = 0; v < vectors; ++v) {
      std::int32_t* out = scores + v * n_classes;
      for (std::uint32_t c = 0; c < n_classes; ++c) out[c] = 0;
      for (std::uint32_t g = 1; g < kGroups; ++g) {
        if (!(g & (1u << v)) || !(used_ & (1u << g))) continue;
        for (std::uint32_t c = 0; c < n_classes; ++c) out[c] += partial_[g][c];
      }
    }
  }

  std::vector<Slot> table_;
  std::uint32_t stamp_ = 0;
  std::vector<std::uint64_t> distinct_, repeats_;
  std::vector<std::uint32_t> where_, groups_, repeat_group_;
  std::uint32_t used_ = 0;  ///< bit g: partial_[g] holds this step's sums
  std::array<std::array<std::int32_t, kMaxClasses>, kGroups> partial_{};
};

}  // namespace kronik::syntax::detail
