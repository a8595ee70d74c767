// Feature extraction shared by training and analysis: one definition, so a model always sees
// at run time exactly the features it was trained on (the model header names kFeatureSetId).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kronik::syntax::detail {

/// Bump when any template below changes: models trained on another set are refused on load.
/// Set 3 appends templates to set 2 (kParserFeatureCount3 - kParserFeatureCount2 of them), so a
/// set-2 model reads the first kParserFeatureCount2 features of the same extraction.
inline constexpr std::uint32_t kFeatureSetId = 3;
inline constexpr std::uint32_t kOldestFeatureSetId = 2;  ///< oldest set this build still reads
/// Bump when compute_word_keys() changes: kronik_names' models hash the same word keys.
inline constexpr std::uint32_t kWordKeysVersion = 1;

/// Hashes of one word's surface views, computed once per word and combined by the templates.
struct WordKeys {
  std::uint64_t lower = 0;  ///< ASCII-lower-cased form, digits folded to '9'
  std::uint64_t shape = 0;  ///< "Xx", "d", "X.X.", "x-x": character classes with runs collapsed
  std::uint64_t suf1 = 0, suf2 = 0, suf3 = 0, suf4 = 0;  ///< last 1..4 bytes of lower
  std::uint64_t pre2 = 0, pre3 = 0, pre4 = 0;            ///< first 2..4 bytes (meN-, ber-, di-, ter-, per-)
};

/// Stable 64-bit mixing of feature parts (splitmix64 finaliser over a running hash).
inline std::uint64_t mix(std::uint64_t h, std::uint64_t v) noexcept {
  h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  h ^= h >> 30;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBULL;
  return h ^ (h >> 31);
}

void compute_word_keys(std::string_view word, WordKeys& out) noexcept;

/// Keys of the parser's artificial words.
const WordKeys& root_word_keys() noexcept;
const WordKeys& none_word_keys() noexcept;

/// Tag ids the parser uses beyond the 17 UPOS values.
inline constexpr std::uint8_t kTagRoot = 17;
inline constexpr std::uint8_t kTagNone = 18;
inline constexpr std::uint8_t kTagStart = 19;  ///< "before the sentence" for the tagger

// ---- Tagger ---------------------------------------------------------------------------------
inline constexpr std::size_t kTaggerFeatureCount = 26;

/// Features of word i given the two previous predicted tags. `out` has kTaggerFeatureCount slots.
void tagger_features(const WordKeys* words, std::size_t n, std::size_t i, std::uint8_t prev,
                     std::uint8_t prev2, std::uint64_t* out) noexcept;

// ---- Parser ---------------------------------------------------------------------------------
/// The arc-hybrid configuration (see transition.h) as the features see it: word indices or -1.
struct ParseView {
  int s0 = -1, s1 = -1, s2 = -1, b0 = -1, b1 = -1, b2 = -1;
  int s0l = -1, s0l2 = -1, s0r = -1, s0r2 = -1, s1l = -1, s1r = -1, b0l = -1, b0l2 = -1;
  int s0_left = 0, s0_right = 0, b0_left = 0;  ///< children counts
  std::uint64_t s0_left_labels = 0, s0_right_labels = 0, b0_left_labels = 0;  ///< hashed label sets (set 3)
  int n = 0;                                    ///< words; index n is ROOT
};

inline constexpr std::size_t kParserFeatureCount2 = 67;
inline constexpr std::size_t kParserFeatureCount3 = 80;
inline constexpr std::size_t kMaxParserFeatureCount = kParserFeatureCount3;

/// Templates of a feature set (2 or 3).
constexpr std::size_t parser_feature_count(std::uint32_t feature_set) noexcept {
  return feature_set >= 3 ? kParserFeatureCount3 : kParserFeatureCount2;
}

/// One sentence as the parser templates read it: its word keys and tags, and for every template
/// the hash of its leading parts that belong to the word it reads first (that word's form, tag or
/// affixes: fixed for the whole parse, the tags being chosen before it), once per position. A
/// configuration then mixes only the parts that change from one configuration to the next
/// (other positions, labels, distances, valencies): the same hashes with about half the mixing.
/// Keeps pointers to `words` and `tags`: they must outlive its use. Not shared between threads.
class ParserSentence {
 public:
  /// Words 0..n-1, ROOT (n) and "no word" (-1). Reuses its capacity (no allocation once warm).
  void build(const WordKeys* words, const std::uint8_t* tags, int n, std::uint32_t feature_set);

  int n() const noexcept { return n_; }
  const WordKeys* words() const noexcept { return words_; }
  const std::uint8_t* tags() const noexcept { return tags_; }
  /// Template k's leading hash at `position` (-1..n) is lead(position)[k].
  const std::uint64_t* lead(int position) const noexcept {
    return leads_.data() + static_cast<std::size_t>(position + 1) * stride_;
  }

 private:
  const WordKeys* words_ = nullptr;
  const std::uint8_t* tags_ = nullptr;
  int n_ = 0;
  std::size_t stride_ = 0;
  std::vector<std::uint64_t> leads_;  ///< (n + 2) rows of `stride_` templates
};

/// Templates of feature set 2 that read nothing but the words, tags and affixes of s0, s1, s2 and
/// b0 (b1 and b2 follow from b0, the s0-b0 distance from both): while a sentence is parsed,
/// their weights depend on those positions alone, so a scorer may add up a group once per
/// distinct key and reuse the sum (integer weights: the same scores). The other templates read
/// children, labels or valencies. Grouped by key; each template is in one group at most. Keys
/// of s1 with s0 (and b0) were tried: reused too rarely to pay for the extra sums (bench/README.md).
struct TemplateGroup {
  bool s0 = false, s1 = false, s2 = false, b0 = false;  ///< the positions the key is made of
  std::uint8_t count = 0;
  std::uint8_t templates[16] = {};
};
inline constexpr TemplateGroup kParserGroups[] = {
    {false, false, false, true, 10, {7, 8, 9, 10, 11, 12, 13, 14, 26, 63}},
    {true, false, false, false, 5, {0, 1, 2, 3, 62}},
    {false, true, true, false, 4, {4, 5, 6, 15}},
    {true, false, false, true, 14, {16, 17, 18, 19, 20, 21, 27, 46, 47, 48, 53, 64, 65, 66}},
};

/// `labels[i]` is the (model-local) label of word i's arc, 0xFF when unattached. `out` has
/// parser_feature_count(feature_set) slots; `sentence` was built with v.n words and a feature
/// set at least `feature_set`.
void parser_features(const ParseView& v, const ParserSentence& sentence, const std::uint8_t* labels,
                     std::uint32_t feature_set, std::uint64_t* out) noexcept;

}  // namespace kronik::syntax::detail
