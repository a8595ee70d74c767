// Lemmas as edit rules (the UDPipe recipe, Straka et al. 2016): a rule turns a form into its
// lemma by cutting bytes off both ends and adding others ("diambil" -> "ambil": cut the prefix
// "di"; "studies" -> "study": cut "ies", add "y"), optionally lower-casing first. A classifier
// picks a rule per word from its form and UPOS, so unseen words still get a lemma.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "features.h"

namespace kronik::syntax::detail {

struct LemmaRule {
  bool lower = false;       ///< ASCII-lower-case the form before editing
  std::string cut_prefix;   ///< bytes the (lowered) form starts with, removed
  std::string cut_suffix;   ///< bytes the (lowered) form ends with, removed
  std::string add_prefix;   ///< bytes put in front
  std::string add_suffix;   ///< bytes appended

  friend bool operator==(const LemmaRule&, const LemmaRule&) = default;
  friend auto operator<=>(const LemmaRule&, const LemmaRule&) = default;
};

/// The smallest rule (around the longest common substring) that maps `form` to `lemma`;
/// nullopt when the words are too long or nothing is shared.
std::optional<LemmaRule> derive_lemma_rule(std::string_view form, std::string_view lemma);

/// Whether `rule` can edit `form`: the form has the rule's prefix and suffix (not overlapping).
bool lemma_rule_applies(const LemmaRule& rule, std::string_view form) noexcept;

/// Writes the lemma into `out` (reusing its capacity). Requires lemma_rule_applies().
void apply_lemma_rule(const LemmaRule& rule, std::string_view form, std::string& out);

inline constexpr std::size_t kLemmaFeatureCount = 14;

/// Features of one word and its tag for the rule classifier. `out` has kLemmaFeatureCount slots.
void lemma_features(const WordKeys& word, std::uint8_t upos, std::uint64_t* out) noexcept;

}  // namespace kronik::syntax::detail
