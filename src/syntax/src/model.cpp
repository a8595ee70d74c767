// SyntaxModel: loading and the analysis hot path (per-thread scratch, no per-token allocation).
#include "kronik/syntax/model.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>

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

struct Scratch {
  std::vector<detail::WordKeys> keys;
  std::vector<std::uint8_t> tags;
  detail::ParserSentence sentence;
  detail::ParseState state;
  detail::Beam<std::int64_t> beam;
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

void tag_chunk(const SyntaxModel::Impl& m, std::size_t n, Scratch& s) {
  detail::greedy_tag(s.keys.data(), n, s.tags.data(), [&](std::size_t, const std::uint64_t* f) {
    m.tagger.score(f, detail::kTaggerFeatureCount, s.scores);
    return detail::best_class(s.scores, m.tagger.n_classes);
  });
}

/// Beam search for models trained with one (their weights score whole transition sequences).
void beam_parse_chunk(const SyntaxModel::Impl& m, Scratch& s) {
  const auto n_labels = static_cast<std::uint32_t>(m.info.labels.size());
  const std::size_t n_features = detail::parser_feature_count(m.info.feature_set);
  detail::beam_parse(s.beam, m.info.beam_width, s.sentence, n_labels, m.info.feature_set,
                     [&](std::size_t, const std::uint64_t* f, std::int64_t* scores) {
                       m.parser.score(f, n_features, s.scores);
                       std::copy(s.scores, s.scores + m.parser.n_classes, scores);
                     });
  std::swap(s.state, s.beam.items[0].state);  // the best; the next start() resets items[0]
}

void parse_chunk(const SyntaxModel::Impl& m, std::size_t n, Scratch& s) {
  s.sentence.build(s.keys.data(), s.tags.data(), static_cast<int>(n), m.info.feature_set);
  if (m.info.beam_width > 1 && n <= static_cast<std::size_t>(detail::kMaxBeamWords)) return beam_parse_chunk(m, s);
  const auto n_labels = static_cast<std::uint32_t>(m.info.labels.size());
  s.state.reset(static_cast<int>(n), m.info.feature_set >= 3);
  const std::size_t n_features = detail::parser_feature_count(m.info.feature_set);
  detail::greedy_parse(s.state, s.sentence, n_labels, m.info.feature_set,
                       [&](const detail::ParseState& state, const std::uint64_t* f) {
                         m.parser.score(f, n_features, s.scores);
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
  check_spans(words.size(), std::min({upos.size(), head.size(), rel.size()}));
  Scratch& s = thread_scratch();
  for (std::size_t start = 0; start < words.size(); start += kMaxWords) {
    const std::size_t n = std::min(kMaxWords, words.size() - start);
    compute_keys(words.subspan(start, n), s);
    tag_chunk(*impl_, n, s);
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
