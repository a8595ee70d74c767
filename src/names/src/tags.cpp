// Tag and type names, and tags -> spans (conlleval's chunk rules).
#include "kronik/names/model.h"

#include <array>

namespace kronik::names {
namespace {

constexpr std::array<std::string_view, kNameTypeCount> kTypeNames = {"PER", "ORG", "LOC", "MISC"};
constexpr std::array<std::string_view, kNameTagCount> kTagNames = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                                                   "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

}  // namespace

std::string_view type_name(NameType t) noexcept { return kTypeNames[static_cast<std::size_t>(t)]; }

std::optional<NameType> parse_type(std::string_view s) noexcept {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i)
    if (kTypeNames[i] == s) return static_cast<NameType>(i);
  return std::nullopt;
}

std::string_view tag_name(NameTag t) noexcept { return kTagNames[static_cast<std::size_t>(t)]; }

std::optional<NameTag> parse_tag(std::string_view s) noexcept {
  for (std::size_t i = 0; i < kTagNames.size(); ++i)
    if (kTagNames[i] == s) return static_cast<NameTag>(i);
  return std::nullopt;
}

void append_name_spans(std::span<const NameTag> tags, std::vector<NameSpan>& out) {
  bool open = false;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const NameTag t = tags[i];
    const bool continues = open && is_inside(t) && tag_type(t) == out.back().type;
    if (continues) {
      out.back().end = static_cast<std::uint32_t>(i + 1);
      continue;
    }
    open = t != NameTag::kO;
    if (open) out.push_back(NameSpan{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), tag_type(t)});
  }
}

std::vector<NameSpan> name_spans(std::span<const NameTag> tags) {
  std::vector<NameSpan> out;
  append_name_spans(tags, out);
  return out;
}

}  // namespace kronik::names
