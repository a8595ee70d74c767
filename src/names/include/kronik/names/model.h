// kronik/names/model.h: a statistical named-entity tagger (persons, organisations, places, other
// names) for one language per model (data/models/names-id.bin, names-en.bin).
//
// Usage (one sentence at a time):
//   auto loaded = kronik::names::NameModel::load("data/models/names-id.bin");
//   if (!loaded) { report(loaded.error()); return; }           // names the file and the defect
//   std::shared_ptr<const NameModel> model = loaded.value();
//
//   std::vector<std::string_view> words = {"Presiden", "Joko", "Widodo", "tiba", "di", "Bandung", "."};
//   std::vector<TokenHints> hints(words.size());                 // all zero: no hints known
//   hints[1].title_before = true;                                // "Joko" follows the title "Presiden"
//   hints[1].gazetteer = kGazPerson | kGazBegin;                 // "Joko Widodo" is a known person
//   hints[2].gazetteer = kGazPerson;
//   std::vector<NameTag> tags(words.size());
//   model->tag(words, hints, tags);        // O B-PER I-PER O O B-LOC O
//   for (const NameSpan& s : name_spans(tags)) use(s.begin, s.end, s.type);  // [1,3) PER, [5,6) LOC
//
// Input: the surface tokens of one sentence, punctuation split off ("Widodo" ","), case kept:
// capitalisation is the strongest cue the model has. Words are read as UTF-8 bytes; nothing is
// normalised (give the text as it is written).
//
// Hints are what the caller knows beyond the words, one TokenHints per word (or an empty span
// for "nothing known"). The models are trained with hints computed the way kronik computes
// them (tools/names/hints.cpp): gazetteer membership of every alias match, longest match first,
// case rules of docs/gazetteer.md; title_before for the word right after a title of
// data/{id,en}/titles.tsv. The model treats hints as evidence, not as truth: it was trained with
// the gazetteer bits dropped for part of the sentences, so it still finds names the gazetteer
// does not know and can overrule a gazetteer match that the context contradicts.
//
// Output: one BIO tag per word. The tag sequence is always well formed (an I-X only after B-X
// or I-X). name_spans() turns tags into half-open word ranges.
//
// The tagger is a greedy left-to-right averaged perceptron with hashed, int16 weights (the
// recipe of kronik_syntax's tagger): lower-cased word, prefix and suffixes, character shape,
// sentence start, words and shapes up to two positions away, the two previous tags, the hints
// of the word and its neighbours. docs/names.md gives the features, file format, training
// recipe, scores and licences.
//
// Ownership and thread-safety: a loaded model is immutable; tag() is const and may run
// concurrently on one model from any number of threads. Each thread keeps a reusable scratch
// buffer, so tagging allocates only when a sentence is longer than any before it on that
// thread. Output is deterministic: the same words and hints give the same tags everywhere.
//
// Errors: load() returns kIo when the file cannot be read, kData when it is not a kronik name
// model or is damaged (bad magic, unknown version or feature set, truncated, checksum mismatch,
// out-of-range tables); the Error's document is the path. tag() throws std::invalid_argument
// when `out` is shorter than `words` or `hints` is neither empty nor as long as `words`:
// programming errors, not input problems.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/syntax/ud.h"

namespace kronik::names {

/// Entity types. The numeric values are stored in model files: never reorder.
enum class NameType : std::uint8_t { kPer, kOrg, kLoc, kMisc };
inline constexpr int kNameTypeCount = 4;

/// BIO tags: O, then B and I of each NameType in order (B = 1 + 2*type, I = 2 + 2*type).
enum class NameTag : std::uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc };
inline constexpr int kNameTagCount = 9;

std::string_view type_name(NameType t) noexcept;             ///< "PER", "ORG", "LOC", "MISC"
std::optional<NameType> parse_type(std::string_view s) noexcept;
std::string_view tag_name(NameTag t) noexcept;               ///< "O", "B-PER", ...
std::optional<NameTag> parse_tag(std::string_view s) noexcept;
inline bool is_begin(NameTag t) noexcept { return t != NameTag::kO && static_cast<int>(t) % 2 == 1; }
inline bool is_inside(NameTag t) noexcept { return t != NameTag::kO && static_cast<int>(t) % 2 == 0; }
/// Type of a B or I tag (undefined for O).
inline NameType tag_type(NameTag t) noexcept { return static_cast<NameType>((static_cast<int>(t) - 1) / 2); }
inline NameTag begin_tag(NameType t) noexcept { return static_cast<NameTag>(1 + 2 * static_cast<int>(t)); }
inline NameTag inside_tag(NameType t) noexcept { return static_cast<NameTag>(2 + 2 * static_cast<int>(t)); }

/// Bits of TokenHints::gazetteer. A word covered by a gazetteer match gets the bit of the
/// matched entity's type; the first word of the match also gets kGazBegin. Countries, cities,
/// regions and buildings are kGazLoc; persons kGazPerson; organisations kGazOrg. Words inside
/// two overlapping matches (ambiguous aliases) may carry several type bits.
inline constexpr std::uint8_t kGazPerson = 1 << 0;
inline constexpr std::uint8_t kGazOrg = 1 << 1;
inline constexpr std::uint8_t kGazLoc = 1 << 2;
inline constexpr std::uint8_t kGazBegin = 1 << 3;

/// What the caller knows about one word beyond its spelling. Zero-initialised = nothing known.
struct TokenHints {
  std::uint8_t gazetteer = 0;        ///< OR of kGaz* bits
  bool title_before = false;         ///< the word directly follows a title or honorific ("Presiden", "Mr")
  std::optional<syntax::UPos> upos;  ///< part of speech; read only by models trained with it
};

/// A name: words [begin, end) of the sentence.
struct NameSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  NameType type = NameType::kPer;
  friend bool operator==(const NameSpan&, const NameSpan&) = default;
};

/// The names of a tag sequence, conlleval's way: a B-X, or an I-X that does not continue an
/// X, starts a name; the name runs over the I-X that follow.
std::vector<NameSpan> name_spans(std::span<const NameTag> tags);
/// Same, appending to `out` (reuse it to avoid allocation).
void append_name_spans(std::span<const NameTag> tags, std::vector<NameSpan>& out);

/// What a model file says about itself.
struct NameModelInfo {
  std::string language;            ///< "id", "en"
  std::uint32_t format_version = 0;
  std::uint32_t feature_set = 0;
  std::uint64_t recipe_hash = 0;   ///< FNV-1a of the training recipe (data, commits, settings)
  bool uses_upos = false;          ///< trained with TokenHints::upos
  std::uint8_t types = 0;          ///< bit (1 << NameType) for each type the model finds (its training data had)
  std::size_t weights = 0;         ///< non-zero weights kept
};

class NameModel {
 public:
  /// Longest run of words tagged as one sequence; longer inputs are tagged in chunks.
  static constexpr std::size_t kMaxWords = 1000;

  /// Reads and checks a model file (see docs/names.md for the format).
  static Result<std::shared_ptr<const NameModel>> load(const std::string& path);
  /// Same checks on bytes already in memory; `name` labels errors.
  static Result<std::shared_ptr<const NameModel>> from_bytes(std::string_view bytes, std::string_view name);

  /// Tags one sentence. `hints` is empty or has words.size() elements; `out` at least words.size().
  void tag(std::span<const std::string_view> words, std::span<const TokenHints> hints, std::span<NameTag> out) const;

  const NameModelInfo& info() const noexcept;

  ~NameModel();
  NameModel(const NameModel&) = delete;
  NameModel& operator=(const NameModel&) = delete;

  struct Impl;  ///< weight table (see src/names/src/model_format.h)
  explicit NameModel(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace kronik::names
