// The in-memory model and its file format (docs/syntax.md, "Model file format").
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "kronik/core/error.h"
#include "kronik/syntax/model.h"
#include "lemma.h"
#include "linear.h"

namespace kronik::syntax {

struct SyntaxModel::Impl {
  ModelInfo info;
  detail::LinearModel tagger;  ///< kUPosCount classes
  detail::LinearModel parser;  ///< 1 + 2 * info.labels.size() classes (transition.h)
  std::vector<detail::LemmaRule> lemma_rules;  ///< empty: the model has no lemmatiser
  detail::LinearModel lemmatiser;              ///< lemma_rules.size() classes
  std::uint64_t instance = 0;  ///< unique per SyntaxModel in the process (per-thread caches' key)
};

namespace detail {

inline constexpr char kMagic[8] = {'K', 'R', 'S', 'Y', 'N', 'T', 'A', 'X'};
inline constexpr std::uint32_t kFormatVersion = 3;  ///< 3: parser beam width after the feature set
inline constexpr std::uint32_t kOldestFormatVersion = 2;  ///< 2: lemma rules and their classifier (greedy)
inline constexpr std::uint32_t kMaxBeamWidth = 64;
inline constexpr std::size_t kMaxLemmaRules = 255;

/// The file bytes of a model (little-endian, checksum last).
std::string serialize_model(const SyntaxModel::Impl& model);
/// Parses and checks file bytes; kData errors name `name`.
Result<std::unique_ptr<SyntaxModel::Impl>> deserialize_model(std::string_view bytes, std::string_view name);

}  // namespace detail
}  // namespace kronik::syntax
