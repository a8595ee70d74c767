// NameModel: loading and the tagging hot path (per-thread scratch, no per-token allocation).
#include "kronik/names/model.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "features.h"
#include "model_format.h"

namespace kronik::names {
namespace {

struct Scratch {
  std::vector<detail::WordKeys> keys;
  std::vector<std::uint8_t> tags;
  std::int32_t scores[kNameTagCount];
};

Scratch& thread_scratch() {
  thread_local Scratch scratch;
  return scratch;
}

void check_spans(std::size_t words, std::size_t hints, std::size_t out) {
  if (out < words) throw std::invalid_argument("NameModel::tag: output span shorter than the words");
  if (hints != 0 && hints != words) throw std::invalid_argument("NameModel::tag: hints neither empty nor one per word");
}

}  // namespace

NameModel::NameModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NameModel::~NameModel() = default;

const NameModelInfo& NameModel::info() const noexcept { return impl_->info; }

Result<std::shared_ptr<const NameModel>> NameModel::from_bytes(std::string_view bytes, std::string_view name) {
  auto impl = detail::deserialize_model(bytes, name);
  if (!impl) return impl.error();
  return std::shared_ptr<const NameModel>(std::make_shared<NameModel>(std::move(impl).value()));
}

Result<std::shared_ptr<const NameModel>> NameModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot open name model", path, 0};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (!in.good() && !in.eof()) return Error{ErrorCode::kIo, "cannot read name model", path, 0};
  return from_bytes(buf.str(), path);
}

void NameModel::tag(std::span<const std::string_view> words, std::span<const TokenHints> hints,
                    std::span<NameTag> out) const {
  check_spans(words.size(), hints.size(), out.size());
  Scratch& s = thread_scratch();
  const TokenHints none;
  for (std::size_t start = 0; start < words.size(); start += kMaxWords) {
    const std::size_t n = std::min(kMaxWords, words.size() - start);
    if (s.keys.size() < n) s.keys.resize(n);
    if (s.tags.size() < n) s.tags.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      detail::compute_word_keys(words[start + i], s.keys[i]);
      detail::apply_hints(hints.empty() ? none : hints[start + i], impl_->info.uses_upos, s.keys[i]);
    }
    detail::greedy_tag(s.keys.data(), n, s.tags.data(), [&](std::size_t, const std::uint64_t* f, std::uint8_t prev) {
      impl_->weights.score(f, detail::kFeatureCount, s.scores);
      return detail::best_allowed(s.scores, prev, impl_->info.types);
    });
    for (std::size_t i = 0; i < n; ++i) out[start + i] = static_cast<NameTag>(s.tags[i]);
  }
}

}  // namespace kronik::names
