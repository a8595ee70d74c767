// Training: averaged-perceptron tagger, jackknifed tags, arc-hybrid parser with a dynamic oracle.
#include "kronik/syntax/train.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <numeric>

#include "beam.h"
#include "decode.h"
#include "model_format.h"

namespace kronik::syntax {
namespace {

using detail::ParseState;
using detail::Perceptron;
using detail::WordKeys;

/// splitmix64: a tiny RNG whose sequence is the same on every standard library.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() noexcept {
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  void shuffle(std::vector<std::size_t>& v) noexcept {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[next() % i]);
  }

 private:
  std::uint64_t s_;
};

/// A training sentence with its keys computed once.
struct Prepared {
  std::vector<WordKeys> keys;
  std::vector<std::uint8_t> gold_tags;
  std::vector<std::uint8_t> tags;        ///< predicted (jackknifed) tags the parser trains on
  std::vector<int> gold_head;            ///< internal: ROOT = n
  std::vector<std::uint8_t> gold_label;  ///< index into the model's label table
  std::vector<std::int16_t> gold_rule;   ///< index into the lemma rules, -1 without a usable lemma
};

std::vector<DepRel> collect_labels(const std::vector<Sentence>& sentences) {
  std::array<bool, kDepRelCount> seen{};
  for (const auto& s : sentences)
    for (const auto& w : s.words) seen[static_cast<std::size_t>(w.rel)] = true;
  std::vector<DepRel> labels;
  for (int i = 1; i < kDepRelCount; ++i)
    if (seen[static_cast<std::size_t>(i)]) labels.push_back(static_cast<DepRel>(i));
  return labels;
}

std::vector<Prepared> prepare(const std::vector<Sentence>& sentences, const std::vector<DepRel>& labels) {
  std::array<std::uint8_t, kDepRelCount> index{};
  for (std::size_t i = 0; i < labels.size(); ++i) index[static_cast<std::size_t>(labels[i])] = static_cast<std::uint8_t>(i);
  std::vector<Prepared> out(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& words = sentences[s].words;
    const int n = static_cast<int>(words.size());
    Prepared& p = out[s];
    p.keys.resize(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      detail::compute_word_keys(words[i].form, p.keys[i]);
      p.gold_tags.push_back(static_cast<std::uint8_t>(words[i].upos));
      p.gold_head.push_back(words[i].head == 0 ? n : words[i].head - 1);
      p.gold_label.push_back(index[static_cast<std::size_t>(words[i].rel)]);
    }
    p.tags = p.gold_tags;
  }
  return out;
}

std::vector<std::size_t> indices_where(std::size_t n, const std::function<bool(std::size_t)>& keep) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < n; ++i)
    if (keep(i)) out.push_back(i);
  return out;
}

// ---- Lemmatiser ---------------------------------------------------------------------------

bool has_lemma(const Word& w) { return !w.lemma.empty() && !(w.lemma == "_" && w.form != "_"); }

/// The most frequent edit rules (seen at least twice), most frequent first.
std::vector<detail::LemmaRule> collect_lemma_rules(const std::vector<Sentence>& sentences) {
  std::map<detail::LemmaRule, std::size_t> counts;
  for (const auto& s : sentences)
    for (const auto& w : s.words)
      if (has_lemma(w))
        if (auto rule = detail::derive_lemma_rule(w.form, w.lemma)) ++counts[*rule];
  std::vector<std::pair<std::size_t, detail::LemmaRule>> ranked;
  for (auto& [rule, count] : counts)
    if (count >= 2) ranked.emplace_back(count, rule);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<detail::LemmaRule> rules;
  for (std::size_t i = 0; i < ranked.size() && i < detail::kMaxLemmaRules; ++i) rules.push_back(ranked[i].second);
  return rules;
}

void assign_gold_rules(const std::vector<Sentence>& sentences, const std::vector<detail::LemmaRule>& rules,
                       std::vector<Prepared>& data) {
  std::map<detail::LemmaRule, std::int16_t> index;
  for (std::size_t i = 0; i < rules.size(); ++i) index.emplace(rules[i], static_cast<std::int16_t>(i));
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    data[s].gold_rule.assign(sentences[s].words.size(), -1);
    for (std::size_t i = 0; i < sentences[s].words.size(); ++i) {
      const Word& w = sentences[s].words[i];
      if (!has_lemma(w)) continue;
      const auto rule = detail::derive_lemma_rule(w.form, w.lemma);
      if (!rule) continue;
      if (auto it = index.find(*rule); it != index.end()) data[s].gold_rule[i] = it->second;
    }
  }
}

/// Trained on the jackknifed tags, the ones run time will give it.
Perceptron train_lemmatiser(const std::vector<Sentence>& sentences, const std::vector<Prepared>& data,
                            const std::vector<detail::LemmaRule>& rules, const TrainConfig& config, Rng& rng) {
  const auto n_rules = static_cast<std::uint32_t>(rules.size());
  Perceptron model(n_rules, config.lemma_log2_buckets);
  std::vector<std::size_t> order(data.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::vector<float> scores(n_rules);
  std::uint64_t f[detail::kLemmaFeatureCount];
  for (int epoch = 0; epoch < config.lemma_epochs; ++epoch) {
    rng.shuffle(order);
    for (std::size_t s : order) {
      for (std::size_t i = 0; i < data[s].keys.size(); ++i) {
        const int gold = data[s].gold_rule[i];
        if (gold < 0) continue;
        const std::string& form = sentences[s].words[i].form;
        detail::lemma_features(data[s].keys[i], data[s].tags[i], f);
        model.score(f, detail::kLemmaFeatureCount, scores.data());
        std::uint32_t guess = n_rules;  // the run-time choice: first applicable rule of highest score
        for (std::uint32_t r = 0; r < n_rules; ++r)
          if (detail::lemma_rule_applies(rules[r], form) && (guess == n_rules || scores[r] > scores[guess])) guess = r;
        model.tick();
        model.update(f, detail::kLemmaFeatureCount, static_cast<std::uint32_t>(gold), guess);
      }
    }
  }
  return model;
}

// ---- Tagger -------------------------------------------------------------------------------

Perceptron train_tagger(const std::vector<Prepared>& data, const std::vector<std::size_t>& train,
                        const TrainConfig& config, Rng& rng) {
  Perceptron model(kUPosCount, config.tagger_log2_buckets);
  std::vector<std::size_t> order = train;
  std::vector<std::uint8_t> tags;
  float scores[kUPosCount];
  for (int epoch = 0; epoch < config.tagger_epochs; ++epoch) {
    rng.shuffle(order);
    for (std::size_t s : order) {
      const Prepared& p = data[s];
      tags.resize(p.keys.size());
      detail::greedy_tag(p.keys.data(), p.keys.size(), tags.data(), [&](std::size_t i, const std::uint64_t* f) {
        model.score(f, detail::kTaggerFeatureCount, scores);
        const std::uint8_t guess = detail::best_class(scores, kUPosCount);
        model.tick();
        model.update(f, detail::kTaggerFeatureCount, p.gold_tags[i], guess);
        return guess;
      });
    }
  }
  return model;
}

void tag_with(const detail::LinearModel& model, Prepared& p) {
  std::int32_t scores[kUPosCount];
  detail::greedy_tag(p.keys.data(), p.keys.size(), p.tags.data(), [&](std::size_t, const std::uint64_t* f) {
    model.score(f, detail::kTaggerFeatureCount, scores);
    return detail::best_class(scores, kUPosCount);
  });
}

/// Each fold is tagged by a tagger trained on the other folds, so the parser learns from tags
/// as wrong as the ones it will see at run time.
void jackknife_tags(std::vector<Prepared>& data, const TrainConfig& config, Rng& rng) {
  const auto folds = static_cast<std::size_t>(config.jackknife_folds);
  if (folds < 2) return;
  for (std::size_t fold = 0; fold < folds; ++fold) {
    const auto train = indices_where(data.size(), [&](std::size_t i) { return i % folds != fold; });
    const detail::LinearModel tagger = train_tagger(data, train, config, rng).finish(0.0f);
    for (std::size_t i = fold; i < data.size(); i += folds) tag_with(tagger, data[i]);
    if (config.log) config.log("jackknife fold " + std::to_string(fold + 1) + "/" + std::to_string(folds) + " tagged");
  }
}

// ---- Parser: the arc-hybrid dynamic oracle (Goldberg & Nivre 2013) -------------------------

/// Gold arcs a transition makes unreachable, for SHIFT and for the unlabelled LEFT and RIGHT.
struct BaseCosts {
  int shift = 0, left = 0, right = 0;
};

BaseCosts base_costs(const ParseState& st, const Prepared& p) {
  const auto& stack = st.stack();
  const int b = st.b0();
  const int n = st.n();
  BaseCosts c;
  if (st.can_shift()) {
    for (std::size_t k = 0; k < stack.size(); ++k) {
      if (k + 1 < stack.size() && p.gold_head[static_cast<std::size_t>(b)] == stack[k]) ++c.shift;  // head below s0
      if (p.gold_head[static_cast<std::size_t>(stack[k])] == b) ++c.shift;                         // dependent in stack
    }
  }
  if (stack.empty()) return c;
  const int s0 = stack.back();
  const int s1 = stack.size() > 1 ? stack[stack.size() - 2] : -1;
  int buffer_children = 0;
  for (int d = b; d < n; ++d) buffer_children += p.gold_head[static_cast<std::size_t>(d)] == s0;
  const int g = p.gold_head[static_cast<std::size_t>(s0)];
  c.left = buffer_children + ((g != b && (g == s1 || g > b)) ? 1 : 0);
  c.right = buffer_children + ((g != s1 && g >= b) ? 1 : 0);
  return c;
}

/// Cost of every action (INT_MAX for invalid ones); returns the minimum.
int action_costs(const ParseState& st, const Prepared& p, std::uint32_t n_labels, std::vector<int>& cost) {
  const BaseCosts base = base_costs(st, p);
  const int s0 = st.stack().empty() ? -1 : st.stack().back();
  const int s1 = st.stack().size() > 1 ? st.stack()[st.stack().size() - 2] : -1;
  const int gold_head = s0 >= 0 ? p.gold_head[static_cast<std::size_t>(s0)] : -2;
  const int gold_label = s0 >= 0 ? p.gold_label[static_cast<std::size_t>(s0)] : -1;
  int best = std::numeric_limits<int>::max();
  for (std::uint32_t a = 0; a < 1 + 2 * n_labels; ++a) {
    int c = std::numeric_limits<int>::max();
    if (detail::action_valid(st, a, n_labels)) {
      if (a == 0) c = base.shift;
      else if (a <= n_labels) c = base.left + (gold_head == st.b0() && gold_label != static_cast<int>(a - 1));
      else c = base.right + (gold_head == s1 && gold_label != static_cast<int>(a - 1 - n_labels));
    }
    cost[a] = c;
    best = std::min(best, c);
  }
  return best;
}

/// The highest-scoring action of minimal cost (lowest id on ties).
std::uint32_t best_of_cost(const float* scores, const std::vector<int>& cost, int min_cost) {
  std::uint32_t best = 0;
  bool found = false;
  for (std::uint32_t a = 0; a < cost.size(); ++a)
    if (cost[a] == min_cost && (!found || scores[a] > scores[best])) { best = a; found = true; }
  return best;
}

// ---- Parser with a beam: global structured perceptron (Zhang & Nivre 2011), max-violation updates

/// The action sequences of beam items as a tree of (parent, action) nodes; node 0 is the start.
class History {
 public:
  void clear() { nodes_.assign(1, Node{0, 0}); }
  std::uint32_t extend(std::uint32_t parent, std::uint32_t action) {
    nodes_.push_back(Node{parent, action});
    return static_cast<std::uint32_t>(nodes_.size() - 1);
  }
  /// The actions leading to `node`, oldest first.
  void actions(std::uint32_t node, std::vector<std::uint32_t>& out) const {
    out.clear();
    for (; node != 0; node = nodes_[node].parent) out.push_back(nodes_[node].action);
    std::reverse(out.begin(), out.end());
  }

 private:
  struct Node {
    std::uint32_t parent, action;
  };
  std::vector<Node> nodes_;
};

/// Trains the parser's weights to rank whole transition sequences. An item is "correct" while
/// none of its actions lost a gold arc that was still reachable (the dynamic oracle's costs, so
/// non-projective trees have correct items too). When the last correct item falls off the beam,
/// the gold sequence continues alone (the best correct item, extended by its best zero-cost
/// actions) and the weights move towards it and away from the beam's best at the step where the
/// beam's best outscored it most: max-violation (Huang, Fayong & Guo 2012), which on a 20k-word
/// sample beat early update (Collins & Roark 2004) by 1.3 LAS at the same epochs. When the gold
/// sequence stays in the beam but is not its best at the end, that is the update.
class BeamTrainer {
 public:
  BeamTrainer(Perceptron& model, std::uint32_t n_labels, const TrainConfig& config)
      : model_(model), n_labels_(n_labels), config_(config),
        n_features_(detail::parser_feature_count(config.feature_set)), cost_(config.beam_width),
        min_cost_(config.beam_width), gold_cost_(1 + 2 * n_labels), gold_scores_(1 + 2 * n_labels) {
    for (auto& c : cost_) c.resize(1 + 2 * n_labels);
  }

  /// One epoch over `order`; returns the share of sentences that needed no update.
  double epoch(const std::vector<Prepared>& data, const std::vector<std::size_t>& order) {
    std::size_t clean = 0;
    for (std::size_t s : order) clean += !sentence(data[s]);
    return static_cast<double>(clean) / static_cast<double>(std::max<std::size_t>(order.size(), 1));
  }

 private:
  /// Decodes one sentence with the current weights; true when it updated them.
  bool sentence(const Prepared& p) {
    model_.tick();
    beam_.start(static_cast<int>(p.keys.size()), config_.beam_width, 1 + 2 * n_labels_);
    sentence_.build(p.keys.data(), p.tags.data(), static_cast<int>(p.keys.size()), config_.feature_set);
    history_.clear();
    while (!beam_.done()) {
      gold_found_ = false;
      detail::beam_step(beam_, config_.beam_width, sentence_, n_labels_, config_.feature_set,
                        [&](std::size_t i, const std::uint64_t* f, float* scores) { score(p, i, f, scores); },
                        [&](const detail::BeamCandidate<float>& c, detail::BeamItem<float>& child) { mark(c, child); });
      if (first_correct() == beam_.live) return chase(p);
    }
    if (beam_.best().correct) return false;
    return update(p, beam_.items[first_correct()].history, beam_.best().history);
  }

  /// After the gold sequence fell off the beam: decodes on, extends the gold sequence alone, and
  /// updates where the beam's best outscored it most (max-violation; Huang, Fayong & Guo 2012).
  bool chase(const Prepared& p) {
    gold_state_.apply(gold_action_, n_labels_);
    std::uint32_t gold_node = history_.extend(gold_parent_, gold_action_);
    float worst = beam_.best().score - gold_score_;
    std::uint32_t worst_gold = gold_node, worst_predicted = beam_.best().history;
    std::uint64_t f[detail::kMaxParserFeatureCount];
    while (!beam_.done()) {
      detail::beam_step(beam_, config_.beam_width, sentence_, n_labels_, config_.feature_set,
                        [&](std::size_t i, const std::uint64_t* g, float* scores) { score(p, i, g, scores); },
                        [&](const detail::BeamCandidate<float>& c, detail::BeamItem<float>& child) { mark(c, child); });
      detail::parser_features(gold_state_.view(config_.feature_set >= 3), sentence_, gold_state_.labels(),
                              config_.feature_set, f);
      model_.score(f, n_features_, gold_scores_.data());
      const std::uint32_t a =
          best_of_cost(gold_scores_.data(), gold_cost_, action_costs(gold_state_, p, n_labels_, gold_cost_));
      gold_score_ += gold_scores_[a];
      gold_state_.apply(a, n_labels_);
      gold_node = history_.extend(gold_node, a);
      if (beam_.best().score - gold_score_ > worst) {
        worst = beam_.best().score - gold_score_;
        worst_gold = gold_node;
        worst_predicted = beam_.best().history;
      }
    }
    return update(p, worst_gold, worst_predicted);
  }

  /// Scores an item's actions; for the best correct item, also the gold continuation.
  void score(const Prepared& p, std::size_t i, const std::uint64_t* f, float* scores) {
    model_.score(f, n_features_, scores);
    const detail::BeamItem<float>& item = beam_.items[i];
    if (!item.correct) return;
    min_cost_[i] = action_costs(item.state, p, n_labels_, cost_[i]);
    if (gold_found_) return;
    gold_found_ = true;
    gold_parent_ = item.history;
    gold_action_ = best_of_cost(scores, cost_[i], min_cost_[i]);
    gold_state_ = item.state;
    gold_score_ = item.score + scores[gold_action_];
  }

  void mark(const detail::BeamCandidate<float>& c, detail::BeamItem<float>& child) {
    const detail::BeamItem<float>& parent = beam_.items[c.item];
    child.correct = parent.correct && cost_[c.item][c.action] == min_cost_[c.item];
    child.history = history_.extend(parent.history, c.action);
  }

  std::size_t first_correct() const {
    std::size_t i = 0;
    while (i < beam_.live && !beam_.items[i].correct) ++i;
    return i;
  }

  /// Towards the sequence ending at `gold_node`, away from the one ending at `predicted_node`,
  /// from where they part.
  bool update(const Prepared& p, std::uint32_t gold_node, std::uint32_t predicted_node) {
    history_.actions(gold_node, gold_);
    history_.actions(predicted_node, predicted_);
    const auto from = static_cast<std::size_t>(
        std::mismatch(gold_.begin(), gold_.end(), predicted_.begin(), predicted_.end()).first - gold_.begin());
    reinforce(p, gold_, from, 1.0f);
    reinforce(p, predicted_, from, -1.0f);
    return true;
  }

  void reinforce(const Prepared& p, const std::vector<std::uint32_t>& actions, std::size_t from, float delta) {
    std::uint64_t f[detail::kMaxParserFeatureCount];
    replay_.reset(static_cast<int>(p.keys.size()));
    for (std::size_t t = 0; t < actions.size(); ++t) {
      if (t >= from) {
        detail::parser_features(replay_.view(config_.feature_set >= 3), sentence_, replay_.labels(), config_.feature_set,
                                f);
        model_.add_to_class(f, n_features_, actions[t], delta);
      }
      replay_.apply(actions[t], n_labels_);
    }
  }

  Perceptron& model_;
  std::uint32_t n_labels_;
  const TrainConfig& config_;
  std::size_t n_features_;
  detail::Beam<float> beam_;
  History history_;
  std::vector<std::vector<int>> cost_;  ///< per beam item: cost of every action
  std::vector<int> min_cost_;
  bool gold_found_ = false;
  std::uint32_t gold_parent_ = 0, gold_action_ = 0;
  ParseState gold_state_;  ///< the gold sequence's configuration once it left the beam
  float gold_score_ = 0;
  std::vector<int> gold_cost_;
  std::vector<float> gold_scores_;
  std::vector<std::uint32_t> gold_, predicted_;
  ParseState replay_;
  detail::ParserSentence sentence_;  ///< the sentence being trained on
};

/// Scores a parser snapshot on the tuning sentences (LAS); empty when there are none.
using DevScore = std::function<double(const detail::LinearModel&, int epoch)>;

/// One greedy epoch with the dynamic oracle; returns the share of oracle-consistent decisions.
double greedy_epoch(Perceptron& model, const std::vector<Prepared>& data, const std::vector<std::size_t>& order,
                    std::uint32_t n_labels, const TrainConfig& config, bool explore, Rng& rng) {
  const std::uint32_t n_actions = 1 + 2 * n_labels;
  const std::size_t n_features = detail::parser_feature_count(config.feature_set);
  std::vector<float> scores(n_actions);
  std::vector<int> cost(n_actions);
  ParseState state;
  detail::ParserSentence sentence;
  std::size_t decisions = 0, errors = 0;
  for (std::size_t s : order) {
    const Prepared& p = data[s];
    state.reset(static_cast<int>(p.keys.size()));
    sentence.build(p.keys.data(), p.tags.data(), static_cast<int>(p.keys.size()), config.feature_set);
    detail::greedy_parse(state, sentence, n_labels, config.feature_set,
                         [&](const ParseState& st, const std::uint64_t* f) -> std::uint32_t {
      model.score(f, n_features, scores.data());
      const std::uint32_t guess = detail::best_valid_action(scores.data(), st, n_labels);
      const int min_cost = action_costs(st, p, n_labels, cost);
      const std::uint32_t best_gold = best_of_cost(scores.data(), cost, min_cost);
      model.tick();
      ++decisions;
      if (cost[guess] > min_cost) {
        ++errors;
        model.update(f, n_features, best_gold, guess);
      }
      return explore && rng.uniform() < config.explore ? guess : best_gold;
    });
  }
  return static_cast<double>(decisions - errors) / static_cast<double>(std::max<std::size_t>(decisions, 1));
}

/// Returns the averaged parser of the last epoch, or of the best one on the tuning set.
detail::LinearModel train_parser(const std::vector<Prepared>& data, std::uint32_t n_labels, const TrainConfig& config,
                                 const DevScore& dev_score, Rng& rng) {
  Perceptron model(1 + 2 * n_labels, config.parser_log2_buckets);
  std::vector<std::size_t> order(data.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  BeamTrainer beam(model, n_labels, config);
  detail::LinearModel best;
  double best_las = std::numeric_limits<double>::lowest();
  for (int epoch = 0; epoch < config.parser_epochs; ++epoch) {
    rng.shuffle(order);
    std::string summary;
    if (config.beam_width > 1) {
      summary = std::to_string(100.0 * beam.epoch(data, order)) + "% sentences decoded without an update";
    } else {
      const bool explore = epoch >= config.explore_from_epoch;
      summary = std::to_string(100.0 * greedy_epoch(model, data, order, n_labels, config, explore, rng)) +
                "% oracle-consistent decisions";
    }
    if (config.log) config.log("parser epoch " + std::to_string(epoch + 1) + ": " + summary);
    if (!dev_score) continue;
    detail::LinearModel snapshot = model.finish(config.prune);
    const double las = dev_score(snapshot, epoch + 1);
    if (las > best_las) { best_las = las; best = std::move(snapshot); }
  }
  return dev_score ? best : model.finish(config.prune);
}

void prune_linear(detail::LinearModel& m, float fraction) {
  const auto limit = static_cast<long>(fraction * 32767.0f);
  detail::LinearModel out = m;
  out.weights.clear();
  for (std::size_t b = 0; b + 1 < m.offsets.size(); ++b) {
    for (std::uint32_t e = m.offsets[b]; e < m.offsets[b + 1]; ++e) {
      if (std::labs(m.weights[e].weight) <= limit) continue;
      out.weights.push_back(m.weights[e]);
    }
    out.offsets[b + 1] = static_cast<std::uint32_t>(out.weights.size());
  }
  m = std::move(out);
}

/// LAS of `model` with a parser snapshot on config.dev, logged with the epoch.
DevScore dev_scorer(const SyntaxModel::Impl& model, const TrainConfig& config) {
  if (config.dev == nullptr || config.dev->empty()) return {};
  return [&model, &config](const detail::LinearModel& parser, int epoch) {
    SyntaxModel::Impl trial;
    trial.info = model.info;
    trial.tagger = model.tagger;
    trial.parser = parser;
    auto loaded = SyntaxModel::from_bytes(detail::serialize_model(trial), "dev trial");
    if (!loaded) return -1.0;
    const Scores s = evaluate(*loaded.value(), *config.dev);
    if (config.log)
      config.log("dev after parser epoch " + std::to_string(epoch) + ": UPOS " + std::to_string(100 * s.upos) +
                 "  UAS " + std::to_string(100 * s.uas) + "  LAS " + std::to_string(100 * s.las));
    return s.las;
  };
}

}  // namespace

Result<std::string> prune_model(std::string_view model_bytes, float fraction) {
  auto model = detail::deserialize_model(model_bytes, "model");
  if (!model) return model.error();
  prune_linear(model.value()->tagger, fraction);
  prune_linear(model.value()->parser, fraction);
  return detail::serialize_model(*model.value());
}

Result<std::string> train_syntax_model(const std::vector<Sentence>& sentences, const TrainConfig& config) {
  if (sentences.empty()) return Error{ErrorCode::kUsage, "no training sentences", config.language, 0};
  SyntaxModel::Impl model;
  model.info.language = config.language;
  model.info.format_version = config.beam_width > 1 ? detail::kFormatVersion : detail::kOldestFormatVersion;
  if (config.beam_width < 1 || config.beam_width > detail::kMaxBeamWidth)
    return Error{ErrorCode::kUsage, "beam width out of range", config.language, 0};
  model.info.beam_width = config.beam_width;
  if (config.feature_set < detail::kOldestFeatureSetId || config.feature_set > detail::kFeatureSetId)
    return Error{ErrorCode::kUsage, "unknown feature set " + std::to_string(config.feature_set), config.language, 0};
  model.info.feature_set = config.feature_set;
  model.info.recipe_hash = config.recipe_hash;
  model.info.labels = collect_labels(sentences);
  if (model.info.labels.size() > 127) return Error{ErrorCode::kUsage, "more than 127 relations", config.language, 0};
  const auto n_labels = static_cast<std::uint32_t>(model.info.labels.size());

  Rng rng(config.seed);
  std::vector<Prepared> data = prepare(sentences, model.info.labels);
  jackknife_tags(data, config, rng);
  const auto all = indices_where(data.size(), [](std::size_t) { return true; });
  model.tagger = train_tagger(data, all, config, rng).finish(config.prune);
  if (config.log) config.log("tagger trained: " + std::to_string(model.tagger.weights.size()) + " weights");
  model.parser = train_parser(data, n_labels, config, dev_scorer(model, config), rng);
  if (config.log) config.log("parser trained: " + std::to_string(model.parser.weights.size()) + " weights");
  model.lemma_rules = collect_lemma_rules(sentences);
  if (!model.lemma_rules.empty()) {
    assign_gold_rules(sentences, model.lemma_rules, data);
    model.lemmatiser = train_lemmatiser(sentences, data, model.lemma_rules, config, rng).finish(config.prune);
    if (config.log)
      config.log("lemmatiser trained: " + std::to_string(model.lemma_rules.size()) + " rules, " +
                 std::to_string(model.lemmatiser.weights.size()) + " weights");
  }
  return detail::serialize_model(model);
}

Scores evaluate(const SyntaxModel& model, const std::vector<Sentence>& gold) {
  Scores s;
  std::size_t upos = 0, uas = 0, las = 0, las_base = 0;
  std::vector<std::string_view> words;
  std::vector<UPos> tags;
  std::vector<std::uint16_t> heads;
  std::vector<DepRel> rels;
  std::vector<std::string> lemmas;
  std::size_t lemma_right = 0;
  for (const Sentence& sentence : gold) {
    const std::size_t n = sentence.words.size();
    words.clear();
    for (const Word& w : sentence.words) words.push_back(w.form);
    tags.resize(n);
    heads.resize(n);
    rels.resize(n);
    lemmas.resize(n);
    model.analyse(words, tags, heads, rels, lemmas);
    for (std::size_t i = 0; i < n; ++i) {
      const Word& w = sentence.words[i];
      upos += tags[i] == w.upos;
      if (model.has_lemmas() && has_lemma(w)) {
        ++s.lemma_words;
        lemma_right += lemmas[i] == w.lemma;
      }
      if (heads[i] != w.head) continue;
      ++uas;
      las += rels[i] == w.rel;
      las_base += base_relation(rels[i]) == base_relation(w.rel);
    }
    s.words += n;
  }
  const double total = static_cast<double>(std::max<std::size_t>(s.words, 1));
  s.upos = static_cast<double>(upos) / total;
  s.uas = static_cast<double>(uas) / total;
  s.las = static_cast<double>(las) / total;
  s.las_base = static_cast<double>(las_base) / total;
  s.lemma = static_cast<double>(lemma_right) / static_cast<double>(std::max<std::size_t>(s.lemma_words, 1));
  return s;
}

}  // namespace kronik::syntax
