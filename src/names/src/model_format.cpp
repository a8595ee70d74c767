// Model (de)serialisation. Values are stored little-endian byte by byte, so a file is the same on
// every host; every count is checked against the bytes left before anything is allocated.
#include "model_format.h"

#include <cstring>

#include "kronik/core/text.h"
#include "features.h"

namespace kronik::names::detail {
namespace {

constexpr std::uint32_t kMaxLog2Buckets = 24;
constexpr std::size_t kChecksumBytes = 8;

template <class T>
void put_le(std::string& out, T v) {
  for (std::size_t i = 0; i < sizeof(T); ++i) out.push_back(static_cast<char>((static_cast<std::uint64_t>(v) >> (8 * i)) & 0xFF));
}

void put_f32(std::string& out, float v) {
  std::uint32_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  put_le(out, bits);
}

/// Sequential little-endian reads over the file bytes; a failed read leaves `ok` false.
class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : bytes_(bytes) {}

  template <class T>
  T get() {
    T v{};
    if (!has(sizeof(T))) return v;
    std::uint64_t acc = 0;
    for (std::size_t i = sizeof(T); i-- > 0;) acc = (acc << 8) | static_cast<unsigned char>(bytes_[at_ + i]);
    at_ += sizeof(T);
    return static_cast<T>(acc);
  }
  float get_f32() {
    const std::uint32_t bits = get<std::uint32_t>();
    float v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  std::string_view get_bytes(std::size_t n) {
    if (!has(n)) return {};
    const std::string_view v = bytes_.substr(at_, n);
    at_ += n;
    return v;
  }
  bool has(std::size_t n) {
    if (bytes_.size() - at_ < n) ok_ = false;
    return ok_;
  }
  bool ok() const noexcept { return ok_; }
  std::size_t at() const noexcept { return at_; }
  std::size_t left() const noexcept { return bytes_.size() - at_; }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

Error damaged(std::string_view name, std::size_t offset, const std::string& what) {
  return Error{ErrorCode::kData, "not a valid kronik name model: " + what, std::string(name), offset};
}

void write_weights(std::string& out, const syntax::detail::LinearModel& m) {
  put_le<std::uint32_t>(out, m.log2_buckets);
  put_f32(out, m.scale);
  put_le<std::uint32_t>(out, static_cast<std::uint32_t>(m.weights.size()));
  for (std::size_t b = 1; b < m.offsets.size(); ++b) out.push_back(static_cast<char>(m.offsets[b] - m.offsets[b - 1]));
  for (const auto& e : m.weights) out.push_back(static_cast<char>(e.cls));
  for (const auto& e : m.weights) put_le(out, static_cast<std::uint16_t>(e.weight));
}

/// Reads the weight block: bucket row lengths (one byte: at most one weight per class), then
/// the class and the int16 value of each weight.
Status read_weights(Cursor& in, std::string_view name, syntax::detail::LinearModel& m) {
  m.n_classes = kNameTagCount;
  m.log2_buckets = in.get<std::uint32_t>();
  m.scale = in.get_f32();
  const auto count = in.get<std::uint32_t>();
  if (!in.ok()) return damaged(name, in.at(), "truncated");
  if (m.log2_buckets > kMaxLog2Buckets) return damaged(name, in.at(), "weight table too large");
  const std::size_t buckets = std::size_t{1} << m.log2_buckets;
  if (in.left() < buckets + std::size_t{count} * 3) return damaged(name, in.at(), "truncated");
  m.offsets.assign(buckets + 1, 0);
  const std::string_view rows = in.get_bytes(buckets);
  for (std::size_t b = 0; b < buckets; ++b) {
    const auto length = static_cast<unsigned char>(rows[b]);
    if (length > kNameTagCount) return damaged(name, in.at(), "weight row longer than the tag count");
    m.offsets[b + 1] = m.offsets[b] + length;
  }
  if (m.offsets.back() != count) return damaged(name, in.at(), "weight rows do not match the weight count");
  const std::string_view classes = in.get_bytes(count);
  m.weights.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    m.weights[i].cls = static_cast<std::uint8_t>(classes[i]);
    if (m.weights[i].cls >= kNameTagCount) return damaged(name, in.at(), "weight tag out of range");
  }
  for (auto& w : m.weights) w.weight = static_cast<std::int16_t>(in.get<std::uint16_t>());
  return {};
}

}  // namespace

std::string serialize_model(const NameModel::Impl& model) {
  std::string out(kMagic, sizeof kMagic);
  put_le<std::uint32_t>(out, kFormatVersion);
  put_le<std::uint32_t>(out, model.info.feature_set);
  char language[8] = {};
  std::memcpy(language, model.info.language.data(), std::min<std::size_t>(model.info.language.size(), 7));
  out.append(language, sizeof language);
  put_le<std::uint64_t>(out, model.info.recipe_hash);
  put_le<std::uint32_t>(out, model.info.uses_upos ? kFlagUsesUpos : 0);
  put_le<std::uint32_t>(out, model.info.types);
  put_le<std::uint32_t>(out, kNameTagCount);
  write_weights(out, model.weights);
  put_le<std::uint64_t>(out, kronik::fnv1a64(out));
  return out;
}

Result<std::unique_ptr<NameModel::Impl>> deserialize_model(std::string_view bytes, std::string_view name) {
  Cursor in(bytes);
  if (in.get_bytes(sizeof kMagic) != std::string_view(kMagic, sizeof kMagic)) return damaged(name, 0, "bad magic");
  auto model = std::make_unique<NameModel::Impl>();
  NameModelInfo& info = model->info;
  info.format_version = in.get<std::uint32_t>();
  info.feature_set = in.get<std::uint32_t>();
  const std::string_view language = in.get_bytes(8);
  info.recipe_hash = in.get<std::uint64_t>();
  const auto flags = in.get<std::uint32_t>();
  const auto types = in.get<std::uint32_t>();
  const auto tags = in.get<std::uint32_t>();
  if (!in.ok() || in.left() < kChecksumBytes) return damaged(name, in.at(), "truncated");
  if (info.format_version != kFormatVersion)
    return damaged(name, 8, "unsupported format version " + std::to_string(info.format_version));
  if (info.feature_set != kFeatureSetId)
    return damaged(name, 12, "trained with another feature set (" + std::to_string(info.feature_set) + ")");
  const std::string_view body = bytes.substr(0, bytes.size() - kChecksumBytes);
  Cursor tail(bytes.substr(body.size()));
  if (kronik::fnv1a64(body) != tail.get<std::uint64_t>()) return damaged(name, body.size(), "checksum mismatch (truncated or damaged)");
  if (types == 0 || types >= (1u << kNameTypeCount)) return damaged(name, 40, "type set out of range");
  if (tags != kNameTagCount) return damaged(name, 44, "tag count " + std::to_string(tags) + " is not " + std::to_string(kNameTagCount));
  info.language.assign(language.data(), strnlen(language.data(), language.size()));
  info.uses_upos = (flags & kFlagUsesUpos) != 0;
  info.types = static_cast<std::uint8_t>(types);
  Cursor weights(body.substr(in.at()));
  if (Status s = read_weights(weights, name, model->weights); !s) return s.error();
  if (weights.left() != 0) return damaged(name, in.at() + weights.at(), "trailing bytes");
  info.weights = model->weights.weights.size();
  return model;
}

}  // namespace kronik::names::detail
