// Training: a greedy averaged perceptron over the templates of features.cpp, with gazetteer
// dropout; and conlleval-style scoring.
#include "kronik/names/train.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "features.h"
#include "model_format.h"

namespace kronik::names {
namespace {

using detail::WordKeys;
using syntax::detail::Perceptron;

/// Shuffling and dropout draws: std::mt19937_64's sequence is fixed by the standard, and the
/// draws below use only its raw output, so training is the same on every standard library.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  double uniform() noexcept { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  void shuffle(std::vector<std::size_t>& v) noexcept {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[engine_() % i]);
  }

 private:
  std::mt19937_64 engine_;
};

/// A training sentence with its keys computed once (hints applied) and its gazetteer bits kept
/// aside, so dropout can hide and restore them.
struct Prepared {
  std::vector<WordKeys> keys;
  std::vector<std::uint8_t> gazetteer;
  std::vector<std::uint8_t> gold;
};

Status check_sentence(const NamedSentence& s, std::size_t index, const NameTrainConfig& config) {
  if (s.tags.size() == s.words.size() && (s.hints.empty() || s.hints.size() == s.words.size())) return {};
  return Error{ErrorCode::kUsage, "sentence " + std::to_string(index) + ": tags or hints do not match its words",
               config.language, 0};
}

Prepared prepare(const NamedSentence& s, bool use_upos) {
  Prepared p;
  p.keys.resize(s.words.size());
  const TokenHints none;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    detail::compute_word_keys(s.words[i], p.keys[i]);
    detail::apply_hints(s.hints.empty() ? none : s.hints[i], use_upos, p.keys[i]);
    p.gazetteer.push_back(p.keys[i].gazetteer);
    p.gold.push_back(static_cast<std::uint8_t>(s.tags[i]));
  }
  return p;
}

void show_gazetteer(Prepared& p, bool shown) {
  for (std::size_t i = 0; i < p.keys.size(); ++i) p.keys[i].gazetteer = shown ? p.gazetteer[i] : 0;
}

/// Bits (1 << NameType) of the types the gold tags use.
std::uint8_t types_in(const std::vector<Prepared>& data) {
  std::uint8_t types = 0;
  for (const Prepared& p : data)
    for (std::uint8_t t : p.gold)
      if (t != 0) types = static_cast<std::uint8_t>(types | 1 << static_cast<int>(tag_type(static_cast<NameTag>(t))));
  return types;
}

Perceptron train_perceptron(std::vector<Prepared>& data, std::uint8_t types, const NameTrainConfig& config) {
  Perceptron model(kNameTagCount, config.log2_buckets);
  Rng rng(config.seed);
  std::vector<std::size_t> order(data.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::vector<std::uint8_t> tags;
  float scores[kNameTagCount];
  for (int epoch = 0; epoch < config.epochs; ++epoch) {
    rng.shuffle(order);
    std::size_t decisions = 0, errors = 0;
    for (std::size_t s : order) {
      Prepared& p = data[s];
      show_gazetteer(p, rng.uniform() >= config.gazetteer_dropout);
      tags.resize(p.keys.size());
      detail::greedy_tag(p.keys.data(), p.keys.size(), tags.data(), [&](std::size_t i, const std::uint64_t* f, std::uint8_t prev) {
        model.score(f, detail::kFeatureCount, scores);
        const std::uint8_t guess = detail::best_allowed(scores, prev, types);
        model.tick();
        model.update(f, detail::kFeatureCount, p.gold[i], guess);
        ++decisions;
        errors += guess != p.gold[i];
        return guess;
      });
      show_gazetteer(p, true);
    }
    if (config.log)
      config.log("epoch " + std::to_string(epoch + 1) + ": " +
                 std::to_string(100.0 * static_cast<double>(errors) / static_cast<double>(std::max<std::size_t>(decisions, 1))) +
                 "% tag errors");
  }
  return model;
}

}  // namespace

Result<std::string> train_name_model(const std::vector<NamedSentence>& sentences, const NameTrainConfig& config) {
  if (sentences.empty()) return Error{ErrorCode::kUsage, "no training sentences", config.language, 0};
  std::vector<Prepared> data;
  data.reserve(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (Status s = check_sentence(sentences[i], i, config); !s) return s.error();
    data.push_back(prepare(sentences[i], config.use_upos));
  }
  NameModel::Impl model;
  model.info.language = config.language;
  model.info.format_version = detail::kFormatVersion;
  model.info.feature_set = detail::kFeatureSetId;
  model.info.recipe_hash = config.recipe_hash;
  model.info.uses_upos = config.use_upos;
  model.info.types = types_in(data);
  if (model.info.types == 0) return Error{ErrorCode::kUsage, "no names in the training sentences", config.language, 0};
  model.weights = train_perceptron(data, model.info.types, config).finish(config.prune);
  if (config.log) config.log("trained: " + std::to_string(model.weights.weights.size()) + " weights");
  return detail::serialize_model(model);
}

void count_spans(std::span<const NameTag> gold, std::span<const NameTag> predicted, NameScores& scores) {
  const std::vector<NameSpan> g = name_spans(gold);
  const std::vector<NameSpan> p = name_spans(predicted);
  auto add = [&](const NameSpan& s, std::size_t SpanCounts::*field) {
    ++(scores.overall.*field);
    ++(scores.by_type[static_cast<std::size_t>(s.type)].*field);
  };
  for (const NameSpan& s : g) add(s, &SpanCounts::gold);
  for (const NameSpan& s : p) {
    add(s, &SpanCounts::predicted);
    if (std::find(g.begin(), g.end(), s) != g.end()) add(s, &SpanCounts::correct);
  }
  scores.words += gold.size();
}

NameScores evaluate(const NameModel& model, const std::vector<NamedSentence>& gold) {
  NameScores scores;
  std::vector<std::string_view> words;
  std::vector<NameTag> tags;
  for (const NamedSentence& s : gold) {
    words.assign(s.words.begin(), s.words.end());
    tags.resize(words.size());
    model.tag(words, s.hints, tags);
    count_spans(s.tags, tags, scores);
  }
  return scores;
}

}  // namespace kronik::names
