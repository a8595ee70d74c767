// The in-memory model and its file format (docs/names.md, "Model file format").
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "kronik/core/error.h"
#include "kronik/names/model.h"
#include "syntax/src/linear.h"  // kronik_syntax's hashed linear model and averaged perceptron

namespace kronik::names {

struct NameModel::Impl {
  NameModelInfo info;
  syntax::detail::LinearModel weights;  ///< kNameTagCount classes, NameTag order
};

namespace detail {

inline constexpr char kMagic[8] = {'K', 'R', 'N', 'A', 'M', 'E', 'S', '1'};
inline constexpr std::uint32_t kFormatVersion = 1;
inline constexpr std::uint32_t kFlagUsesUpos = 1;

/// The file bytes of a model (little-endian, checksum last).
std::string serialize_model(const NameModel::Impl& model);
/// Parses and checks file bytes; kData errors name `name`.
Result<std::unique_ptr<NameModel::Impl>> deserialize_model(std::string_view bytes, std::string_view name);

}  // namespace detail
}  // namespace kronik::names
