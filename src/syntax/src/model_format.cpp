// Model (de)serialisation. Every multi-byte value is written little-endian byte by byte, so the
// files are the same on every host; reading checks each size against what is left before use.
#include "model_format.h"

#include <cstring>

#include "kronik/core/text.h"
#include "transition.h"

namespace kronik::syntax::detail {
namespace {

constexpr std::uint32_t kMaxLog2Buckets = 24;

class Writer {
 public:
  void bytes(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u16(std::uint16_t v) { for (int i = 0; i < 2; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i))); }
  void u32(std::uint32_t v) { for (int i = 0; i < 4; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i))); }
  void u64(std::uint64_t v) { for (int i = 0; i < 8; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i))); }
  void f32(float v) { std::uint32_t u; std::memcpy(&u, &v, 4); u32(u); }
  std::string& str() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  Reader(std::string_view bytes, std::string_view name) : in_(bytes), name_(name) {}

  bool take(std::size_t n, const unsigned char*& p) {
    if (in_.size() - pos_ < n) return false;
    p = reinterpret_cast<const unsigned char*>(in_.data() + pos_);
    pos_ += n;
    return true;
  }
  bool u8(std::uint8_t& v) { const unsigned char* p; if (!take(1, p)) return false; v = p[0]; return true; }
  bool u32(std::uint32_t& v) { return uint(v, 4); }
  bool u64(std::uint64_t& v) { return uint(v, 8); }
  bool f32(float& v) { std::uint32_t u; if (!u32(u)) return false; std::memcpy(&v, &u, 4); return true; }
  std::size_t pos() const noexcept { return pos_; }
  std::size_t left() const noexcept { return in_.size() - pos_; }
  Error error(const std::string& what) const {
    return Error{ErrorCode::kData, "not a valid kronik syntax model: " + what, std::string(name_), pos_};
  }

 private:
  template <class T>
  bool uint(T& v, int n) {
    const unsigned char* p;
    if (!take(static_cast<std::size_t>(n), p)) return false;
    v = 0;
    for (int i = n - 1; i >= 0; --i) v = static_cast<T>((v << 8) | p[i]);
    return true;
  }

  std::string_view in_;
  std::string_view name_;
  std::size_t pos_ = 0;
};

void write_linear(Writer& w, const LinearModel& m) {
  w.u32(m.n_classes);
  w.u32(m.log2_buckets);
  w.f32(m.scale);
  w.u32(static_cast<std::uint32_t>(m.weights.size()));
  for (std::size_t b = 0; b + 1 < m.offsets.size(); ++b) w.u8(static_cast<std::uint8_t>(m.offsets[b + 1] - m.offsets[b]));
  for (const WeightEntry& e : m.weights) w.u8(e.cls);
  for (const WeightEntry& e : m.weights) w.u16(static_cast<std::uint16_t>(e.weight));
}

Status read_linear(Reader& r, std::uint32_t expected_classes, LinearModel& m) {
  std::uint32_t n = 0;
  if (!r.u32(m.n_classes) || !r.u32(m.log2_buckets) || !r.f32(m.scale) || !r.u32(n)) return r.error("truncated");
  if (m.n_classes != expected_classes) return r.error("class count does not match the labels");
  if (m.log2_buckets > kMaxLog2Buckets) return r.error("weight table too large");
  const std::size_t buckets = std::size_t{1} << m.log2_buckets;
  if (m.n_classes > 256) return r.error("too many classes");
  if (r.left() < buckets + std::size_t{n} * 3) return r.error("truncated");
  // Row lengths are stored (one byte each: a row holds at most one weight per class);
  // the offsets are their running sum. Each array is taken whole (sizes checked above).
  const unsigned char* lengths = nullptr;
  const unsigned char* classes = nullptr;
  const unsigned char* weights = nullptr;
  r.take(buckets, lengths);
  m.offsets.resize(buckets + 1);
  m.offsets[0] = 0;
  for (std::size_t b = 0; b < buckets; ++b) {
    if (lengths[b] > m.n_classes) return r.error("weight row longer than the class count");
    m.offsets[b + 1] = m.offsets[b] + lengths[b];
  }
  if (m.offsets.back() != n) return r.error("weight rows do not match the weight count");
  r.take(n, classes);
  r.take(std::size_t{n} * 2, weights);
  m.weights.resize(n);
  for (std::size_t e = 0; e < n; ++e) {
    if (classes[e] >= m.n_classes) return r.error("weight class out of range");
    m.weights[e].cls = classes[e];
    m.weights[e].weight = static_cast<std::int16_t>(static_cast<std::uint16_t>(weights[2 * e] | (weights[2 * e + 1] << 8)));
  }
  return {};
}

void write_short_string(Writer& w, const std::string& s) {
  w.u8(static_cast<std::uint8_t>(s.size()));
  w.bytes(s.data(), s.size());
}

void write_lemmatiser(Writer& w, const SyntaxModel::Impl& model) {
  w.u32(static_cast<std::uint32_t>(model.lemma_rules.size()));
  for (const LemmaRule& rule : model.lemma_rules) {
    w.u8(rule.lower ? 1 : 0);
    write_short_string(w, rule.cut_prefix);
    write_short_string(w, rule.cut_suffix);
    write_short_string(w, rule.add_prefix);
    write_short_string(w, rule.add_suffix);
  }
  if (!model.lemma_rules.empty()) write_linear(w, model.lemmatiser);
}

bool read_short_string(Reader& r, std::string& s) {
  std::uint8_t n = 0;
  const unsigned char* p = nullptr;
  if (!r.u8(n) || !r.take(n, p)) return false;
  s.assign(reinterpret_cast<const char*>(p), n);
  return true;
}

Status read_lemmatiser(Reader& r, SyntaxModel::Impl& model) {
  std::uint32_t n = 0;
  if (!r.u32(n)) return r.error("truncated");
  if (n > kMaxLemmaRules) return r.error("too many lemma rules");
  model.lemma_rules.resize(n);
  for (LemmaRule& rule : model.lemma_rules) {
    std::uint8_t lower = 0;
    if (!r.u8(lower) || !read_short_string(r, rule.cut_prefix) || !read_short_string(r, rule.cut_suffix) ||
        !read_short_string(r, rule.add_prefix) ||
        !read_short_string(r, rule.add_suffix))
      return r.error("truncated");
    if (lower > 1) return r.error("bad lemma rule");
    rule.lower = lower == 1;
  }
  if (n == 0) return {};
  return read_linear(r, n, model.lemmatiser);
}

}  // namespace

std::string serialize_model(const SyntaxModel::Impl& model) {
  Writer w;
  w.bytes(kMagic, sizeof kMagic);
  // Greedy models keep version 2, so they stay byte-identical to those of earlier builds.
  const bool beam = model.info.beam_width > 1;
  w.u32(beam ? kFormatVersion : kOldestFormatVersion);
  w.u32(model.info.feature_set);
  if (beam) w.u32(model.info.beam_width);
  char lang[8] = {};
  std::memcpy(lang, model.info.language.data(), std::min<std::size_t>(model.info.language.size(), 7));
  w.bytes(lang, sizeof lang);
  w.u64(model.info.recipe_hash);
  w.u32(static_cast<std::uint32_t>(model.info.labels.size()));
  for (DepRel r : model.info.labels) w.u8(static_cast<std::uint8_t>(r));
  write_linear(w, model.tagger);
  write_linear(w, model.parser);
  write_lemmatiser(w, model);
  w.u64(kronik::fnv1a64(w.str()));
  return std::move(w.str());
}

Result<std::unique_ptr<SyntaxModel::Impl>> deserialize_model(std::string_view bytes, std::string_view name) {
  Reader r(bytes, name);
  const unsigned char* magic = nullptr;
  if (!r.take(sizeof kMagic, magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0) return r.error("bad magic");
  if (bytes.size() < 8 + sizeof kMagic) return r.error("truncated");
  std::uint64_t stored = 0;
  Reader tail(bytes.substr(bytes.size() - 8), name);
  tail.u64(stored);
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  auto model = std::make_unique<SyntaxModel::Impl>();
  ModelInfo& info = model->info;
  const unsigned char* lang = nullptr;
  std::uint32_t n_labels = 0;
  if (!r.u32(info.format_version) || !r.u32(info.feature_set)) return r.error("truncated");
  if (info.format_version < kOldestFormatVersion || info.format_version > kFormatVersion)
    return r.error("format version " + std::to_string(info.format_version) + ", this build reads versions " +
                   std::to_string(kOldestFormatVersion) + " to " + std::to_string(kFormatVersion) +
                   " (retrain with tools/syntax/train.sh)");
  info.beam_width = 1;
  if (info.format_version >= 3 && !r.u32(info.beam_width)) return r.error("truncated");
  if (!r.take(8, lang) || !r.u64(info.recipe_hash) || !r.u32(n_labels)) return r.error("truncated");
  if (info.beam_width == 0 || info.beam_width > kMaxBeamWidth) return r.error("beam width out of range");
  if (info.feature_set < kOldestFeatureSetId || info.feature_set > kFeatureSetId) return r.error("trained with another feature set (" + std::to_string(info.feature_set) + ")");
  if (kronik::fnv1a64(body) != stored) return r.error("checksum mismatch (truncated or damaged)");
  info.language.assign(reinterpret_cast<const char*>(lang), strnlen(reinterpret_cast<const char*>(lang), 8));
  if (n_labels == 0 || n_labels > 127) return r.error("label count out of range");
  for (std::uint32_t i = 0; i < n_labels; ++i) {
    std::uint8_t id = 0;
    if (!r.u8(id)) return r.error("truncated");
    if (id == 0 || id >= kDepRelCount) return r.error("unknown relation id " + std::to_string(id));
    info.labels.push_back(static_cast<DepRel>(id));
  }
  if (Status s = read_linear(r, kUPosCount, model->tagger); !s) return s.error();
  if (Status s = read_linear(r, 1 + 2 * n_labels, model->parser); !s) return s.error();
  if (Status s = read_lemmatiser(r, *model); !s) return s.error();
  if (r.pos() != body.size()) return r.error("trailing bytes");
  info.weights = model->tagger.weights.size() + model->parser.weights.size() + model->lemmatiser.weights.size();
  return model;
}

}  // namespace kronik::syntax::detail
