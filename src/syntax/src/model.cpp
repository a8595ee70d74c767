// SyntaxModel: loading and the analysis hot path (per-thread scratch, no per-token allocation).
#include "kronik/syntax/model.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "beam.h"
#include "decode.h"
#include "kronik/core/text.h"
#include "model_format.h"

namespace kronik::syntax {
namespace {

/// The lemmas of recently seen (word, UPOS) pairs of one model. A lemma depends only on the
/// word and its tag, so a hit gives exactly what the classifier would, without scoring its 255
/// rules; running text repeats its frequent words, so most words hit.
class LemmaMemo {
 public:
  /// The slot of (model, word, upos); found() tells whether it holds that pair.
  struct Slot {
    std::uint64_t model = 0;  ///< Impl::instance; 0: empty
    UPos upos = UPos::kX;
    std::string word, lemma;
  };
  Slot& slot(std::string_view word, UPos upos) {
    if (slots_.empty()) slots_.resize(kSlots);
    const std::uint64_t h = detail::mix(kronik::fnv1a64(word), static_cast<std::uint64_t>(upos));
    return slots_[h & (kSlots - 1)];
  }
  static bool found(const Slot& s, std::uint64_t model, std::string_view word, UPos upos) noexcept {
    return s.model == model && s.upos == upos && s.word == word;
  }

 private:
  static constexpr std::size_t kSlots = 4096;  // ~200 KB; a few news articles' vocabulary
  std::vector<Slot> slots_;
};

/// The parser's action scores of a configuration, with each static template group of the
/// features (features.h, kParserGroups) added up once per sentence and key and reused: in a beam
/// the configurations of a step mostly share their stack top and buffer front, and a greedy
/// parse keeps b0 for several steps. Integer weights sum to the same scores in any order, so
/// the result equals LinearModel::score over all the features. Per thread.
class ParserScorer {
 public:
  /// Call before each sentence: the sums hold for one sentence and model.
  void start(const detail::LinearModel& model, std::uint32_t feature_set) {
    model_ = &model;
    ++sentence_;
    stride_ = (model.n_classes + 3) / 4 * 4;
    if (sums_.size() < kGroups * kSlots * stride_) sums_.resize(kGroups * kSlots * stride_);
    if (rest_sum_.size() < stride_) rest_sum_.resize(stride_);
    if (feature_set != rest_set_) ungrouped(feature_set);
  }

  /// `scores` has room for n_classes rounded up to a multiple of 4 (those beyond are scratch).
  void score(const detail::ParseState& state, const std::uint64_t* features, std::int32_t* scores) {
    Batch batch;
    std::int32_t* rest = rest_sum_.data();
    std::fill(rest, rest + stride_, 0);
    for (std::uint8_t t : rest_) batch.add(features[t], rest);
    const Positions at = positions(state);
    const std::int32_t* sums[kSums];
    for (std::size_t g = 0; g < kGroups; ++g) sums[g] = group_sum(g, at, features, batch);
    sums[kGroups] = rest;
    model_->add_each(batch.features, batch.into, batch.n);  // the rest and the groups not reused, in one pass
    add_up(sums, scores);
  }

 private:
  static constexpr std::size_t kGroups = std::size(detail::kParserGroups);
  static constexpr std::size_t kSlots = 64;  // per group, direct-mapped; a sentence's distinct keys mostly fit
  static constexpr std::size_t kSums = kGroups + 1;  // the groups' sums and the rest's

  /// Features to score and the sums each goes to.
  struct Batch {
    std::uint64_t features[detail::kMaxParserFeatureCount];
    std::int32_t* into[detail::kMaxParserFeatureCount];
    std::size_t n = 0;
    void add(std::uint64_t feature, std::int32_t* sum) noexcept {
      features[n] = feature;
      into[n++] = sum;
    }
  };

  struct Positions {
    int s0 = -1, s1 = -1, s2 = -1, b0 = -1;
  };
  struct Slot {
    std::uint64_t sentence = 0;  ///< 0: empty
    std::uint64_t key = 0;
  };

  static Positions positions(const detail::ParseState& state) noexcept {
    const std::vector<int>& stack = state.stack();
    const std::size_t depth = stack.size();
    Positions at;
    if (depth > 0) at.s0 = stack[depth - 1];
    if (depth > 1) at.s1 = stack[depth - 2];
    if (depth > 2) at.s2 = stack[depth - 3];
    at.b0 = state.b0();
    return at;
  }

  static std::uint64_t key(const detail::TemplateGroup& group, const Positions& at) noexcept {
    std::uint64_t k = 0;
    auto part = [&](bool used, int position) { if (used) k = (k << 16) | static_cast<std::uint16_t>(position + 1); };
    part(group.s0, at.s0);
    part(group.s1, at.s1);
    part(group.s2, at.s2);
    part(group.b0, at.b0);
    return k;
  }

  /// The group's summed weights for the configuration's key: reused, or cleared and its
  /// features put in the batch (the sum is complete once the batch is scored).
  const std::int32_t* group_sum(std::size_t g, const Positions& at, const std::uint64_t* features, Batch& batch) {
    const detail::TemplateGroup& group = detail::kParserGroups[g];
    const std::uint64_t k = key(group, at);
    const std::size_t index = g * kSlots + ((k * 0x9E3779B97F4A7C15ULL) >> 58);
    std::int32_t* sum = sums_.data() + index * stride_;
    Slot& slot = slots_[index];
    if (slot.sentence == sentence_ && slot.key == k) return sum;
    std::fill(sum, sum + stride_, 0);
    for (std::size_t i = 0; i < group.count; ++i) batch.add(features[group.templates[i]], sum);
    slot = {sentence_, k};
    return sum;
  }

  using Lanes = std::int32_t __attribute__((vector_size(16), aligned(4), may_alias));

  template <std::size_t... G>
  static Lanes lanes(const std::int32_t* const* sums, std::size_t c, std::index_sequence<G...>) noexcept {
    return (*reinterpret_cast<const Lanes*>(sums[G] + c) + ...);
  }

  /// scores = the groups' and the rest's sums, four classes at a time (the rows are padded to stride_), one
  /// expression over the groups (a loop over them is not unrolled at -O2).
  void add_up(const std::int32_t* const* sums, std::int32_t* scores) const noexcept {
    for (std::size_t c = 0; c < stride_; c += 4)
      *reinterpret_cast<Lanes*>(scores + c) = lanes(sums, c, std::make_index_sequence<kSums>{});
  }

  void ungrouped(std::uint32_t feature_set) {
    bool grouped[detail::kMaxParserFeatureCount] = {};
    for (const detail::TemplateGroup& group : detail::kParserGroups)
      for (std::size_t i = 0; i < group.count; ++i) grouped[group.templates[i]] = true;
    rest_.clear();
    for (std::size_t t = 0; t < detail::parser_feature_count(feature_set); ++t)
      if (!grouped[t]) rest_.push_back(static_cast<std::uint8_t>(t));
    rest_set_ = feature_set;
  }

  static_assert(kSlots == 64, "group_sum() takes the top 6 bits of the key's hash");
  const detail::LinearModel* model_ = nullptr;
  std::uint64_t sentence_ = 0;
  std::size_t stride_ = 0;  ///< n_classes rounded up to a multiple of 4
  Slot slots_[kGroups * kSlots];
  std::vector<std::int32_t> sums_;  ///< per group and slot, stride_ sums (beyond n_classes: scratch)
  std::vector<std::int32_t> rest_sum_;  ///< the templates in no group, summed per configuration
  std::vector<std::uint8_t> rest_;  ///< the templates in no group, for rest_set_
  std::uint32_t rest_set_ = 0;
};

struct Scratch {
  std::vector<detail::WordKeys> keys;
  std::vector<std::uint8_t> tags;
  detail::ParserSentence sentence;
  ParserScorer scorer;
  detail::ParseState state;
  detail::Beam<std::int64_t, std::int32_t> beam;
  std::int32_t scores[256];
  LemmaMemo lemmas;
};

Scratch& thread_scratch() {
  thread_local Scratch scratch;
  return scratch;
}

void compute_keys(std::span<const std::string_view> words, Scratch& s) {
  if (s.keys.size() < words.size()) s.keys.resize(words.size());
  if (s.tags.size() < words.size()) s.tags.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) detail::compute_word_keys(words[i], s.keys[i]);
}

// `given` (or null): tags fixed by the caller, kFreeTag where the tagger decides.
void tag_chunk(const SyntaxModel::Impl& m, std::size_t n, Scratch& s, const UPos* given = nullptr) {
  detail::greedy_tag(s.keys.data(), n, s.tags.data(), [&](std::size_t i, const std::uint64_t* f) {
    if (given != nullptr && given[i] != kFreeTag) return static_cast<std::uint8_t>(given[i]);
    m.tagger.score(f, detail::kTaggerFeatureCount, s.scores);
    return detail::best_class(s.scores, m.tagger.n_classes);
  });
}

/// Beam search for models trained with one (their weights score whole transition sequences).
void beam_parse_chunk(const SyntaxModel::Impl& m, Scratch& s) {
  const auto n_labels = static_cast<std::uint32_t>(m.info.labels.size());
  detail::beam_parse(s.beam, m.info.beam_width, s.sentence, n_labels, m.info.feature_set,
                     [&](std::size_t item, const std::uint64_t* f, std::int32_t* scores) {
                       s.scorer.score(s.beam.items[item].state, f, scores);
                     });
  std::swap(s.state, s.beam.items[0].state);  // the best; the next start() resets items[0]
}

void parse_chunk(const SyntaxModel::Impl& m, std::size_t n, Scratch& s) {
  s.sentence.build(s.keys.data(), s.tags.data(), static_cast<int>(n), m.info.feature_set);
  s.scorer.start(m.parser, m.info.feature_set);
  if (m.info.beam_width > 1 && n <= static_cast<std::size_t>(detail::kMaxBeamWords)) return beam_parse_chunk(m, s);
  const auto n_labels = static_cast<std::uint32_t>(m.info.labels.size());
  s.state.reset(static_cast<int>(n), m.info.feature_set >= 3);
  detail::greedy_parse(s.state, s.sentence, n_labels, m.info.feature_set,
                       [&](const detail::ParseState& state, const std::uint64_t* f) {
                         s.scorer.score(state, f, s.scores);
                         return detail::best_valid_action(s.scores, state, n_labels);
                       });
}

/// The best-scoring rule that can edit the word; the word itself when none can.
void lemmatise_word(const SyntaxModel::Impl& m, std::string_view word, const detail::WordKeys& keys, UPos upos,
                    Scratch& s, std::string& out) {
  std::uint64_t f[detail::kLemmaFeatureCount];
  detail::lemma_features(keys, static_cast<std::uint8_t>(upos), f);
  m.lemmatiser.score(f, detail::kLemmaFeatureCount, s.scores);
  const detail::LemmaRule* best = nullptr;
  std::int32_t best_score = 0;
  for (std::size_t r = 0; r < m.lemma_rules.size(); ++r) {
    // The score test first: it is one compare, and it rules out most rules once one applies.
    if (best != nullptr && s.scores[r] <= best_score) continue;
    if (!detail::lemma_rule_applies(m.lemma_rules[r], word)) continue;
    best = &m.lemma_rules[r];
    best_score = s.scores[r];
  }
  if (best == nullptr) out.assign(word);
  else detail::apply_lemma_rule(*best, word, out);
}

void check_spans(std::size_t words, std::size_t out) {
  if (out < words) throw std::invalid_argument("SyntaxModel: output span shorter than the words");
  if (words > 65535) throw std::invalid_argument("SyntaxModel: more than 65535 words in one call");
}

}  // namespace

SyntaxModel::SyntaxModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  // Not the address: a later model may reuse it while a thread's cache still names this one.
  static std::atomic<std::uint64_t> instances{0};
  impl_->instance = ++instances;
}
SyntaxModel::~SyntaxModel() = default;

const ModelInfo& SyntaxModel::info() const noexcept { return impl_->info; }

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::from_bytes(std::string_view bytes, std::string_view name) {
  auto impl = detail::deserialize_model(bytes, name);
  if (!impl) return impl.error();
  return std::shared_ptr<const SyntaxModel>(std::make_shared<SyntaxModel>(std::move(impl).value()));
}

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot open syntax model", path, 0};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (!in.good() && !in.eof()) return Error{ErrorCode::kIo, "cannot read syntax model", path, 0};
  return from_bytes(buf.str(), path);
}

bool SyntaxModel::has_lemmas() const noexcept { return !impl_->lemma_rules.empty(); }

void SyntaxModel::lemmatise(std::span<const std::string_view> words, std::span<const UPos> upos,
                            std::span<std::string> lemma) const {
  check_spans(words.size(), std::min(upos.size(), lemma.size()));
  Scratch& s = thread_scratch();
  detail::WordKeys keys;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!has_lemmas()) { lemma[i].assign(words[i]); continue; }
    LemmaMemo::Slot& memo = s.lemmas.slot(words[i], upos[i]);
    if (LemmaMemo::found(memo, impl_->instance, words[i], upos[i])) { lemma[i].assign(memo.lemma); continue; }
    detail::compute_word_keys(words[i], keys);
    lemmatise_word(*impl_, words[i], keys, upos[i], s, lemma[i]);
    memo.model = impl_->instance;
    memo.upos = upos[i];
    memo.word.assign(words[i]);
    memo.lemma.assign(lemma[i]);
  }
}

void SyntaxModel::analyse(std::span<const std::string_view> words, std::span<UPos> upos,
                          std::span<std::uint16_t> head, std::span<DepRel> rel, std::span<std::string> lemma) const {
  check_spans(words.size(), lemma.size());
  analyse(words, upos, head, rel);
  lemmatise(words, upos.first(words.size()), lemma);
}

void SyntaxModel::tag(std::span<const std::string_view> words, std::span<UPos> upos) const {
  check_spans(words.size(), upos.size());
  Scratch& s = thread_scratch();
  for (std::size_t start = 0; start < words.size(); start += kMaxWords) {
    const std::size_t n = std::min(kMaxWords, words.size() - start);
    compute_keys(words.subspan(start, n), s);
    tag_chunk(*impl_, n, s);
    for (std::size_t i = 0; i < n; ++i) upos[start + i] = static_cast<UPos>(s.tags[i]);
  }
}

void SyntaxModel::analyse(std::span<const std::string_view> words, std::span<UPos> upos,
                          std::span<std::uint16_t> head, std::span<DepRel> rel) const {
  analyse_given(words, {}, upos, head, rel);
}

void SyntaxModel::analyse(std::span<const std::string_view> words, std::span<const UPos> given, std::span<UPos> upos,
                          std::span<std::uint16_t> head, std::span<DepRel> rel, std::span<std::string> lemma) const {
  check_spans(words.size(), std::min(given.size(), lemma.size()));
  analyse_given(words, given, upos, head, rel);
  lemmatise(words, upos.first(words.size()), lemma);
}

void SyntaxModel::analyse_given(std::span<const std::string_view> words, std::span<const UPos> given,
                                std::span<UPos> upos, std::span<std::uint16_t> head, std::span<DepRel> rel) const {
  check_spans(words.size(), std::min({upos.size(), head.size(), rel.size()}));
  Scratch& s = thread_scratch();
  for (std::size_t start = 0; start < words.size(); start += kMaxWords) {
    const std::size_t n = std::min(kMaxWords, words.size() - start);
    compute_keys(words.subspan(start, n), s);
    tag_chunk(*impl_, n, s, given.empty() ? nullptr : given.data() + start);
    parse_chunk(*impl_, n, s);
    for (std::size_t i = 0; i < n; ++i) {
      const int h = s.state.head(static_cast<int>(i));
      upos[start + i] = static_cast<UPos>(s.tags[i]);
      head[start + i] = static_cast<std::uint16_t>(h == static_cast<int>(n) ? 0 : start + static_cast<std::size_t>(h) + 1);
      rel[start + i] = impl_->info.labels[s.state.label(static_cast<int>(i))];
    }
  }
}

}  // namespace kronik::syntax
