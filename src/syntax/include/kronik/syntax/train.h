// kronik/syntax/train.h: training and evaluating SyntaxModel files (used by tools/syntax).
//
// Usage:
//   TrainConfig config;  config.language = "id";  config.recipe_hash = fnv1a64(recipe_text);
//   Result<std::string> bytes = train_syntax_model(train_sentences, config);
//   write bytes.value() to data/models/syntax-id.bin;
//   auto model = SyntaxModel::from_bytes(bytes.value(), "syntax-id.bin").value();
//   Scores s = evaluate(*model, heldout_sentences);     // s.upos, s.uas, s.las
//
// Training is single-threaded and deterministic: the same sentences and config give the same
// bytes. The tagger is an averaged perceptron trained greedily on its own previous tags; the
// parser is trained on jackknifed predicted tags (each fold tagged by a tagger that never saw
// it) with the arc-hybrid dynamic oracle of Goldberg & Nivre (2013), following its own
// (possibly wrong) predictions with probability `explore` from epoch `explore_from_epoch`.
// When sentences carry lemmas (column 3 not "_"), a lemmatiser is trained on the edit rules
// seen at least twice (the 255 most frequent); sentences without lemmas are skipped by it.
//
// With `dev` set, the parser's epoch count is tuned on it: the best epoch is kept.
//
// Errors: kUsage when there are no sentences, more than 127 distinct relations or an unknown
// feature set, or a beam width outside 1..64.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/syntax/conllu.h"
#include "kronik/syntax/model.h"

namespace kronik::syntax {

struct TrainConfig {
  std::string language;                  ///< stored in the header ("id", "en")
  std::uint64_t recipe_hash = 0;         ///< stored in the header; identifies data and settings
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int jackknife_folds = 5;               ///< < 2: train the parser on gold tags
  std::uint32_t tagger_log2_buckets = 18;
  std::uint32_t parser_log2_buckets = 20;
  int lemma_epochs = 5;                  ///< lemmatiser (trained when the sentences have lemmas)
  std::uint32_t lemma_log2_buckets = 18;
  float prune = 0.02f;                    ///< drop averaged weights below this fraction of the largest
  double explore = 0.9;                  ///< probability of following the parser's own prediction
  int explore_from_epoch = 1;            ///< 0-based epoch from which exploration starts
  std::uint64_t seed = 1;                ///< shuffling and exploration
  std::uint32_t feature_set = 2;         ///< parser templates (2 or 3; docs/syntax.md); 2: the shipped models
  /// Parser beam (1..64). 1: greedy, trained with the dynamic oracle. Above 1: trained as a
  /// global perceptron over the beam with early update (no exploration), stored in the model
  /// header, and used by analyse() for sentences up to 200 words.
  std::uint32_t beam_width = 1;
  /// Tuning sentences (not owned; may be null). When given, the parser is scored on them after
  /// every epoch and the epoch with the best LAS (the earliest on ties) is kept.
  const std::vector<Sentence>* dev = nullptr;
  std::function<void(std::string_view)> log;  ///< progress lines; may be empty
};

/// Trains tagger and parser; returns the model file bytes.
Result<std::string> train_syntax_model(const std::vector<Sentence>& sentences, const TrainConfig& config);

/// Drops the weights of a model below `fraction` of its largest weight (to explore size
/// against accuracy without retraining; train.sh trains with the chosen prune instead).
Result<std::string> prune_model(std::string_view model_bytes, float fraction);

/// Attachment scores over every word (punctuation included, as in the CoNLL 2018 shared task).
struct Scores {
  std::size_t words = 0;
  double upos = 0;      ///< tag accuracy
  double uas = 0;       ///< head correct
  double las = 0;       ///< head and full relation (with subtype) correct
  double las_base = 0;  ///< head and universal relation correct (CoNLL 2018 LAS)
  std::size_t lemma_words = 0;  ///< words whose gold lemma is given (not "_")
  double lemma = 0;             ///< lemma exactly right, over lemma_words (0 without a lemmatiser)
};

/// Analyses the gold sentences' words and compares with their annotation.
Scores evaluate(const SyntaxModel& model, const std::vector<Sentence>& gold);

}  // namespace kronik::syntax
