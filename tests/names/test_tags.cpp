// Tag names and tags -> spans (conlleval's chunk rules).
#include <catch2/catch.hpp>

#include "kronik/names/model.h"

using namespace kronik::names;

namespace {

std::vector<NameTag> tags_of(std::initializer_list<const char*> names) {
  std::vector<NameTag> out;
  for (const char* n : names) out.push_back(parse_tag(n).value());
  return out;
}

}  // namespace

TEST_CASE("tag names round-trip and classify", "[names][tags]") {
  for (int i = 0; i < kNameTagCount; ++i) {
    const auto t = static_cast<NameTag>(i);
    CHECK(parse_tag(tag_name(t)) == t);
  }
  CHECK_FALSE(parse_tag("B-FOO").has_value());
  CHECK(is_begin(NameTag::kBOrg));
  CHECK(is_inside(NameTag::kILoc));
  CHECK_FALSE(is_begin(NameTag::kO));
  CHECK(tag_type(NameTag::kIMisc) == NameType::kMisc);
  CHECK(begin_tag(NameType::kLoc) == NameTag::kBLoc);
  CHECK(inside_tag(NameType::kPer) == NameTag::kIPer);
  CHECK(parse_type("ORG") == NameType::kOrg);
}

TEST_CASE("spans follow conlleval's chunk rules", "[names][tags]") {
  struct Row {
    std::vector<NameTag> tags;
    std::vector<NameSpan> spans;
  };
  const Row rows[] = {
      {tags_of({"O", "B-PER", "I-PER", "O", "B-LOC"}), {{1, 3, NameType::kPer}, {4, 5, NameType::kLoc}}},
      {tags_of({"I-LOC", "I-LOC"}), {{0, 2, NameType::kLoc}}},                                     // I without B starts a name
      {tags_of({"B-PER", "I-ORG"}), {{0, 1, NameType::kPer}, {1, 2, NameType::kOrg}}},             // type change
      {tags_of({"B-ORG", "B-ORG", "I-ORG"}), {{0, 1, NameType::kOrg}, {1, 3, NameType::kOrg}}},    // B splits
      {tags_of({"O", "O"}), {}},
      {{}, {}},
  };
  for (const auto& r : rows) CHECK(name_spans(r.tags) == r.spans);
}
