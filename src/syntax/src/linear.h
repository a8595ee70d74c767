// Hashed sparse linear models: the compact read-only form used for analysis and the averaged
// perceptron that trains it.
//
// A feature hash selects one of 2^log2_buckets buckets; a bucket holds the (class, weight)
// pairs that training left non-zero, so scoring touches only the classes a feature ever spoke
// for. Colliding features share a bucket during training too, so the model is consistent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kronik::syntax::detail {

/// One stored weight. Class and weight side by side, so scoring a feature touches one cache
/// line of entries after its offset (two separate arrays cost a third miss per feature).
struct WeightEntry {
  std::uint8_t cls = 0;
  std::int16_t weight = 0;
};

/// Read-only scorer: int16 weights scaled by `scale`, bucket rows delimited by `offsets`.
struct LinearModel {
  std::uint32_t n_classes = 0;
  std::uint32_t log2_buckets = 0;
  float scale = 1.0f;
  std::vector<std::uint32_t> offsets;  ///< 2^log2_buckets + 1 entries, non-decreasing
  std::vector<WeightEntry> weights;    ///< rows one after another

  std::uint64_t bucket(std::uint64_t feature) const noexcept {
    return feature & ((std::uint64_t{1} << log2_buckets) - 1);
  }
  /// Adds every feature's weights into scores[0..n_classes) (integer units of `scale`).
  void score(const std::uint64_t* features, std::size_t n, std::int32_t* scores) const noexcept {
    for (std::size_t c = 0; c < n_classes; ++c) scores[c] = 0;
    add(features, n, scores);
  }
  /// Adds every feature's weights to scores[0..n_classes) without clearing them first.
  void add(const std::uint64_t* features, std::size_t n, std::int32_t* scores) const noexcept {
    for (std::size_t done = 0; done < n; done += kBatch)
      add_batch(features + done, n - done < kBatch ? n - done : kBatch, [scores](std::size_t) { return scores; });
  }
  /// Adds feature f's weights to into[f][0..n_classes): several score arrays filled in one pass,
  /// so all their misses overlap.
  void add_each(const std::uint64_t* features, std::int32_t* const* into, std::size_t n) const noexcept {
    for (std::size_t done = 0; done < n; done += kBatch)
      add_batch(features + done, n - done < kBatch ? n - done : kBatch,
                [into, done](std::size_t f) { return into[done + f]; });
  }

 private:
  static constexpr std::size_t kBatch = 80;  // the parser's 67 (set 2) or 80 (set 3) features in one batch
  static constexpr std::size_t kLineEntries = 64 / sizeof(WeightEntry);

  void prefetch_row(std::uint32_t begin, std::uint32_t end) const noexcept {
    for (std::uint32_t e = begin; e < end; e += kLineEntries) __builtin_prefetch(weights.data() + e);
  }

  // The model is larger than the caches, so each feature costs two misses (its offset, then its
  // row). Touching every offset, then every row start, before adding anything lets those misses
  // overlap instead of queueing behind the data-dependent loop bounds.
  template <class Into>
  void add_batch(const std::uint64_t* features, std::size_t n, Into into) const noexcept {
    std::uint64_t buckets[kBatch];
    std::uint32_t begin[kBatch];
    for (std::size_t f = 0; f < n; ++f) {
      buckets[f] = bucket(features[f]);
      __builtin_prefetch(&offsets[buckets[f]]);
    }
    for (std::size_t f = 0; f < n; ++f) {
      begin[f] = offsets[buckets[f]];
      prefetch_row(begin[f], offsets[buckets[f] + 1]);
    }
    for (std::size_t f = 0; f < n; ++f) {
      std::int32_t* scores = into(f);
      for (std::uint32_t e = begin[f], end = offsets[buckets[f] + 1]; e < end; ++e)
        scores[weights[e].cls] += weights[e].weight;
    }
  }
};

/// Averaged perceptron over hashed features (Collins 2002; lazy averaging with time stamps).
class Perceptron {
 public:
  Perceptron(std::uint32_t n_classes, std::uint32_t log2_buckets);

  std::uint32_t classes() const noexcept { return n_classes_; }
  /// Current (not averaged) scores, for training-time decisions.
  void score(const std::uint64_t* features, std::size_t n, float* scores) const noexcept;
  /// One training instance seen; call once per decision, before update().
  void tick() noexcept { ++now_; }
  /// Moves weights towards `truth` and away from `guess` (no-op when equal).
  void update(const std::uint64_t* features, std::size_t n, std::uint32_t truth, std::uint32_t guess);
  /// Adds `delta` to class `cls` of every feature (structured updates: +1 gold, -1 predicted).
  void add_to_class(const std::uint64_t* features, std::size_t n, std::uint32_t cls, float delta);
  /// Averaged, quantised to int16 and pruned (|w| below `prune` of the largest weight dropped).
  LinearModel finish(float prune) const;

 private:
  struct Entry {
    std::uint32_t cls;
    float w;
    double total;
    std::uint64_t stamp;
  };
  void add(std::uint64_t bucket, std::uint32_t cls, float delta);

  std::uint32_t n_classes_;
  std::uint32_t log2_buckets_;
  std::uint64_t now_ = 0;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace kronik::syntax::detail
