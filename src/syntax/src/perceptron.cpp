// Averaged perceptron training. Averages are kept lazily: an entry's running total is brought up
// to date only when its weight changes, and once more in finish().
#include <algorithm>
#include <cmath>

#include "linear.h"

namespace kronik::syntax::detail {

Perceptron::Perceptron(std::uint32_t n_classes, std::uint32_t log2_buckets)
    : n_classes_(n_classes), log2_buckets_(log2_buckets), rows_(std::size_t{1} << log2_buckets) {}

void Perceptron::score(const std::uint64_t* features, std::size_t n, float* scores) const noexcept {
  std::fill(scores, scores + n_classes_, 0.0f);
  const std::uint64_t mask = rows_.size() - 1;
  for (std::size_t f = 0; f < n; ++f)
    for (const Entry& e : rows_[features[f] & mask]) scores[e.cls] += e.w;
}

void Perceptron::add(std::uint64_t bucket, std::uint32_t cls, float delta) {
  auto& row = rows_[bucket];
  auto it = std::find_if(row.begin(), row.end(), [&](const Entry& e) { return e.cls == cls; });
  if (it == row.end()) it = row.insert(row.end(), Entry{cls, 0.0f, 0.0, now_});
  it->total += static_cast<double>(now_ - it->stamp) * it->w;
  it->stamp = now_;
  it->w += delta;
}

void Perceptron::update(const std::uint64_t* features, std::size_t n, std::uint32_t truth, std::uint32_t guess) {
  if (truth == guess) return;
  const std::uint64_t mask = rows_.size() - 1;
  for (std::size_t f = 0; f < n; ++f) {
    add(features[f] & mask, truth, 1.0f);
    add(features[f] & mask, guess, -1.0f);
  }
}

void Perceptron::add_to_class(const std::uint64_t* features, std::size_t n, std::uint32_t cls, float delta) {
  const std::uint64_t mask = rows_.size() - 1;
  for (std::size_t f = 0; f < n; ++f) add(features[f] & mask, cls, delta);
}

LinearModel Perceptron::finish(float prune) const {
  const double now = static_cast<double>(std::max<std::uint64_t>(now_, 1));
  std::vector<std::vector<std::pair<std::uint32_t, double>>> averaged(rows_.size());
  double largest = 0.0;
  for (std::size_t b = 0; b < rows_.size(); ++b) {
    for (const Entry& e : rows_[b]) {
      const double avg = (e.total + static_cast<double>(now_ - e.stamp) * e.w) / now;
      averaged[b].emplace_back(e.cls, avg);
      largest = std::max(largest, std::fabs(avg));
    }
    std::sort(averaged[b].begin(), averaged[b].end());
  }
  LinearModel m;
  m.n_classes = n_classes_;
  m.log2_buckets = log2_buckets_;
  m.scale = largest > 0 ? static_cast<float>(largest / 32767.0) : 1.0f;
  m.offsets.reserve(rows_.size() + 1);
  m.offsets.push_back(0);
  for (const auto& row : averaged) {
    for (const auto& [cls, avg] : row) {
      const long q = std::lround(avg / m.scale);
      if (q == 0 || std::fabs(avg) < prune * largest) continue;
      m.weights.push_back(WeightEntry{static_cast<std::uint8_t>(cls), static_cast<std::int16_t>(std::clamp<long>(q, -32767, 32767))});
    }
    m.offsets.push_back(static_cast<std::uint32_t>(m.weights.size()));
  }
  return m;
}

}  // namespace kronik::syntax::detail
