// kronik/syntax/model.h: part-of-speech tagging and dependency parsing in the Universal
// Dependencies scheme, for one language per model (data/models/syntax-id.bin, syntax-en.bin).
//
// Usage:
//   auto loaded = kronik::syntax::SyntaxModel::load("data/models/syntax-id.bin");
//   if (!loaded) { report(loaded.error()); return; }           // names the file and the defect
//   std::shared_ptr<const SyntaxModel> model = loaded.value();
//
//   std::vector<std::string_view> words = {"Polisi", "menangkap", "pencuri", "itu"};
//   std::vector<UPos> upos(words.size());
//   std::vector<std::uint16_t> head(words.size());
//   std::vector<DepRel> rel(words.size());
//   model->analyse(words, upos, head, rel);
//   // upos = PROPN/NOUN VERB NOUN DET; head = 2 0 2 3; rel = nsubj root obj det
//
// Input: the syntactic words of one sentence as UD counts them. For Indonesian the clitics
// -nya, -ku, -mu, -lah, -kah are separate words in UD ("ayahnya" = "ayah" "nya"); giving the
// surface token instead still parses, with a little less accuracy on those words.
// Output: head[i] is 0 for the root or the 1-based index of word i's head (the CoNLL-U
// convention); the result is always a single-rooted projective tree. Sentences longer than
// SyntaxModel::kMaxWords are analysed in consecutive chunks, each a tree of its own.
//
// Lemmas (optional, after analyse() or tag()):
//   std::vector<std::string> lemma(words.size());
//   model->lemmatise(words, upos, lemma);   // "menangkap" VERB -> "tangkap"
//
// The tagger is a greedy averaged perceptron (word, affixes, shape, neighbours, previous
// tags); the parser an arc-hybrid transition parser, its features reading the predicted tags:
// greedy (trained with a dynamic oracle) or, when info().beam_width > 1, a beam search over
// transition sequences (about beam_width times the parsing cost; sentences over 200 words are
// parsed greedily); the lemmatiser a perceptron choosing an edit rule
// (cut and add bytes at both ends) from the word's affixes and tag. All use hashed, pruned
// int16 weights. docs/syntax.md
// gives the file format, the training recipe, the scores and the licence of the models.
//
// Ownership and thread-safety: a loaded model is immutable; analyse() and tag() are const and
// may run concurrently on one model from any number of threads. Each thread keeps a reusable
// scratch buffer, so analysis allocates only when a sentence is longer than any before it on
// that thread. Output is deterministic: the same words give the same analysis everywhere.
//
// Errors: load() returns kIo when the file cannot be read, kData when it is not a kronik
// syntax model or is damaged (bad magic, unknown version or feature set, truncated, checksum
// mismatch, out-of-range tables); the Error's document is the path.
// analyse(), tag() and lemmatise() throw std::invalid_argument when a span is shorter than `words` or
// there are more than 65535 words (heads are 16-bit): programming errors, not input problems.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/syntax/ud.h"

namespace kronik::syntax {

/// What a model file says about itself.
struct ModelInfo {
  std::string language;            ///< "id", "en"
  std::uint32_t format_version = 0;
  std::uint32_t feature_set = 0;
  std::uint32_t beam_width = 1;    ///< parser beam (1: greedy; format version 3 stores it)
  std::uint64_t recipe_hash = 0;   ///< FNV-1a of the training recipe (data, commits, settings)
  std::vector<DepRel> labels;      ///< relations the parser can assign
  std::size_t weights = 0;         ///< non-zero weights kept (tagger + parser)
};

/// "No tag given" in analyse()'s `given`.
inline constexpr UPos kFreeTag = static_cast<UPos>(0xFF);

class SyntaxModel {
 public:
  /// Longest sentence analysed as one tree.
  static constexpr std::size_t kMaxWords = 1000;

  /// Reads and checks a model file (see docs/syntax.md for the format).
  static Result<std::shared_ptr<const SyntaxModel>> load(const std::string& path);
  /// Same checks on bytes already in memory; `name` labels errors.
  static Result<std::shared_ptr<const SyntaxModel>> from_bytes(std::string_view bytes, std::string_view name);

  /// Tags and parses one sentence. All spans must have at least words.size() elements.
  void analyse(std::span<const std::string_view> words, std::span<UPos> upos,
               std::span<std::uint16_t> head, std::span<DepRel> rel) const;
  /// analyse() and lemmatise() in one call; `lemma` needs words.size() elements too.
  void analyse(std::span<const std::string_view> words, std::span<UPos> upos, std::span<std::uint16_t> head,
               std::span<DepRel> rel, std::span<std::string> lemma) const;
  /// analyse() with some tags known beforehand: where given[i] is not kFreeTag the word keeps
  /// that tag, the tagger reads it as the previous tag of the words after it, and the parser
  /// reads it (a caller's repair of a tag the model gets wrong in a known construction).
  void analyse(std::span<const std::string_view> words, std::span<const UPos> given, std::span<UPos> upos,
               std::span<std::uint16_t> head, std::span<DepRel> rel, std::span<std::string> lemma) const;
  /// Tags only (cheaper than analyse()).
  void tag(std::span<const std::string_view> words, std::span<UPos> upos) const;

  /// Whether the model has a lemmatiser (models trained on treebanks with lemmas do).
  bool has_lemmas() const noexcept;
  /// UD lemmas of the words given their tags (from analyse() or tag()): "diambil" VERB ->
  /// "ambil", "studies" NOUN -> "study". Each lemma string is overwritten, reusing its
  /// capacity. Without a lemmatiser (has_lemmas() false) every lemma is the word itself.
  void lemmatise(std::span<const std::string_view> words, std::span<const UPos> upos,
                 std::span<std::string> lemma) const;

  const ModelInfo& info() const noexcept;

  ~SyntaxModel();
  SyntaxModel(const SyntaxModel&) = delete;
  SyntaxModel& operator=(const SyntaxModel&) = delete;

  struct Impl;  ///< weight tables (see src/syntax/src/model_format.h)
  explicit SyntaxModel(std::unique_ptr<Impl> impl);

 private:
  void analyse_given(std::span<const std::string_view> words, std::span<const UPos> given, std::span<UPos> upos,
                     std::span<std::uint16_t> head, std::span<DepRel> rel) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kronik::syntax
