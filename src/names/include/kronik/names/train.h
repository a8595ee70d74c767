// kronik/names/train.h: training and scoring NameModel files (used by tools/names and tests).
//
// Usage:
//   std::vector<NamedSentence> train = ...;          // words, gold tags, hints (tools/names/hints.h)
//   NameTrainConfig config;  config.language = "id";  config.recipe_hash = fnv1a64(recipe_text);
//   Result<std::string> bytes = train_name_model(train, config);
//   write bytes.value() to data/models/names-id.bin;
//   auto model = NameModel::from_bytes(bytes.value(), "names-id.bin").value();
//   NameScores s = evaluate(*model, heldout);       // s.overall.f1(), s.by_type[kPer].f1()
//
// Training is single-threaded and deterministic: the same sentences and config give the same
// bytes. The perceptron is trained greedily on its own previous tags. So that the model does not
// lean on the gazetteer alone (it knows a few thousand names; news has many more), each
// sentence's gazetteer bits are hidden with probability `gazetteer_dropout` in every epoch: the
// model must learn names from shape and context too, and learns from the rest how far a
// gazetteer match can be trusted.
//
// Errors: kUsage when there are no sentences or no names in them, or a sentence's tags or hints
// do not match its words.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/names/model.h"

namespace kronik::names {

/// One annotated sentence. `hints` is empty (nothing known) or one per word.
struct NamedSentence {
  std::vector<std::string> words;
  std::vector<NameTag> tags;
  std::vector<TokenHints> hints;
};

struct NameTrainConfig {
  std::string language;               ///< stored in the header ("id", "en")
  std::uint64_t recipe_hash = 0;      ///< stored in the header; identifies data and settings
  int epochs = 10;
  std::uint32_t log2_buckets = 20;
  float prune = 0.01f;                ///< drop averaged weights below this fraction of the largest
  double gazetteer_dropout = 0.5;     ///< probability of hiding a sentence's gazetteer bits in an epoch
  bool use_upos = false;              ///< read TokenHints::upos (then callers must give it too)
  std::uint64_t seed = 1;             ///< shuffling and dropout
  std::function<void(std::string_view)> log;  ///< progress lines; may be empty
};

/// Trains the tagger; returns the model file bytes.
Result<std::string> train_name_model(const std::vector<NamedSentence>& sentences, const NameTrainConfig& config);

/// Exact-match counts of one type (or all): a predicted name is correct when its span and type
/// both match a gold name (conlleval).
struct SpanCounts {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double precision() const noexcept { return predicted ? static_cast<double>(correct) / static_cast<double>(predicted) : 0.0; }
  double recall() const noexcept { return gold ? static_cast<double>(correct) / static_cast<double>(gold) : 0.0; }
  double f1() const noexcept {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct NameScores {
  std::size_t words = 0;
  SpanCounts overall;
  std::array<SpanCounts, kNameTypeCount> by_type;  ///< indexed by NameType
};

/// Adds one sentence's gold and predicted names to `scores`.
void count_spans(std::span<const NameTag> gold, std::span<const NameTag> predicted, NameScores& scores);

/// Tags the gold sentences' words (with their hints) and compares with their tags.
NameScores evaluate(const NameModel& model, const std::vector<NamedSentence>& gold);

}  // namespace kronik::names
