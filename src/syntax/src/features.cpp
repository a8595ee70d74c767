// Honnibal-style tagger templates and Zhang & Nivre (2011)-style parser templates, hashed.
#include "features.h"

#include <cstring>

#include "kronik/core/text.h"

namespace kronik::syntax::detail {
namespace {

constexpr std::size_t kMaxKeyBytes = 64;  // longer words are hashed through their first 64 bytes

char fold_byte(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c >= '0' && c <= '9') return '9';
  return c;
}

char shape_class(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';  // any non-ASCII byte
  return c;
}

std::uint64_t hash_bytes(const char* p, std::size_t n, std::uint64_t seed) noexcept {
  return kronik::fnv1a64(std::string_view(p, n), seed);
}

std::uint64_t suffix_key(const char* lower, std::size_t n, std::size_t k, std::uint64_t seed) noexcept {
  return k <= n ? hash_bytes(lower + n - k, k, seed) : hash_bytes("<short>", 7, seed);
}

std::uint64_t prefix_key(const char* lower, std::size_t n, std::size_t k, std::uint64_t seed) noexcept {
  return k <= n ? hash_bytes(lower, k, seed) : hash_bytes("<short>", 7, seed);
}

WordKeys special_keys(std::string_view marker) noexcept {
  WordKeys k;
  const std::uint64_t h = kronik::fnv1a64(marker);
  k.lower = k.shape = k.suf1 = k.suf2 = k.suf3 = k.suf4 = k.pre2 = k.pre3 = k.pre4 = h;
  return k;
}

}  // namespace

void compute_word_keys(std::string_view word, WordKeys& out) noexcept {
  char lower[kMaxKeyBytes];
  char shape[kMaxKeyBytes];
  const std::size_t n = word.size() < kMaxKeyBytes ? word.size() : kMaxKeyBytes;
  std::size_t shape_n = 0;
  for (std::size_t i = 0; i < n; ++i) {
    lower[i] = fold_byte(word[i]);
    const char c = shape_class(word[i]);
    if (shape_n < 2 || shape[shape_n - 1] != c || shape[shape_n - 2] != c) shape[shape_n++] = c;
  }
  out.lower = hash_bytes(lower, n, 1);
  out.shape = hash_bytes(shape, shape_n, 2);
  out.suf1 = suffix_key(lower, n, 1, 3);
  out.suf2 = suffix_key(lower, n, 2, 4);
  out.suf3 = suffix_key(lower, n, 3, 5);
  out.suf4 = suffix_key(lower, n, 4, 6);
  out.pre2 = prefix_key(lower, n, 2, 7);
  out.pre3 = prefix_key(lower, n, 3, 8);
  out.pre4 = prefix_key(lower, n, 4, 9);
}

const WordKeys& root_word_keys() noexcept {
  static const WordKeys k = special_keys("<ROOT>");
  return k;
}

const WordKeys& none_word_keys() noexcept {
  static const WordKeys k = special_keys("<NONE>");
  return k;
}

void tagger_features(const WordKeys* words, std::size_t n, std::size_t i, std::uint8_t prev,
                     std::uint8_t prev2, std::uint64_t* out) noexcept {
  const WordKeys& none = none_word_keys();
  auto at = [&](long j) -> const WordKeys& {
    return j >= 0 && static_cast<std::size_t>(j) < n ? words[j] : none;
  };
  const long li = static_cast<long>(i);
  const WordKeys& w = words[i];
  const WordKeys& p1 = at(li - 1);
  const WordKeys& p2 = at(li - 2);
  const WordKeys& n1 = at(li + 1);
  const WordKeys& n2 = at(li + 2);
  std::size_t k = 0;
  auto f = [&](std::uint64_t a, std::uint64_t b = 0) { out[k] = mix(mix(k + 1, a), b); ++k; };
  f(0);                      // bias
  f(w.lower);
  f(w.suf1);
  f(w.suf2);
  f(w.suf3);
  f(w.suf4);
  f(w.pre2);
  f(w.pre3);
  f(w.pre4);
  f(w.shape);
  f(w.pre2, w.suf3);         // confixes: ke-an, per-an, di-kan, me-i
  f(prev);
  f(prev, prev2);
  f(prev, w.lower);
  f(prev, w.suf3);
  f(p1.lower);
  f(p1.suf3);
  f(p2.lower);
  f(n1.lower);
  f(n1.suf3);
  f(n1.shape);
  f(n2.lower);
  f(p1.lower, w.lower);
  f(w.lower, n1.lower);
  f(i == 0 ? 1 : 2, w.shape);  // sentence-initial capital vs. inner capital
  f(prev, n1.lower);
}

namespace {

/// What a template reads of the word it reads first.
enum class Part : std::uint8_t {
  kEnd,      ///< no more leading parts: the configuration supplies the rest
  kWord,     ///< WordKeys::lower
  kTag,
  kSuffix,   ///< WordKeys::suf3
  kPrefix,   ///< WordKeys::pre3
  kWordTag,  ///< mix(word, tag), one part
  kZero,     ///< the 0 a template of fewer than three parts is padded with
};
constexpr int kParts = 7;

/// Leading parts of template k (1 to 3): a template is mix(mix(mix(1000 + k, a), b), c).
struct Lead {
  Part parts[3] = {Part::kEnd, Part::kEnd, Part::kEnd};
};

constexpr Part W = Part::kWord, T = Part::kTag, S = Part::kSuffix, P = Part::kPrefix, Z = Part::kZero;
constexpr Lead kWhole(Part a, Part b) { return {{a, b, Z}}; }  // the template reads one word only
constexpr Lead kOne(Part a) { return {{a, Part::kEnd, Part::kEnd}}; }
constexpr Lead kTwo(Part a, Part b) { return {{a, b, Part::kEnd}}; }

// In the order of parser_features() below; the kinds must match its calls (whole: kWhole,
// then_one: kTwo, then_two: kOne). Models hash exactly these parts: see kFeatureSetId.
// kParserGroups (features.h) names templates by index too: keep the three in step.
constexpr Lead kLeads[] = {
    // Single positions: s0 (4), s1 (3), b0 (4), b1 (3), b2, s2.
    kWhole(W, T), kWhole(W, Z), kWhole(T, Z), kWhole(S, T), kWhole(W, T), kWhole(W, Z), kWhole(T, Z),
    kWhole(W, T), kWhole(W, Z), kWhole(T, Z), kWhole(S, T), kWhole(W, T), kWhole(W, Z), kWhole(T, Z),
    kWhole(W, T), kWhole(T, Z),
    // s0-b0 and s1-s0 pairs.
    kTwo(W, T), kOne(W), kOne(W), kOne(T), kOne(W), kOne(T), kOne(W), kOne(T), kOne(W), kOne(T),
    // Tag trigrams.
    kOne(T), kOne(T), kOne(T), kOne(T), kOne(T),
    // Children.
    kOne(T), kOne(T), kOne(T), kOne(T), kOne(T), kOne(T), kOne(T), kOne(T), kOne(W), kOne(T), kOne(W),
    kOne(T), kOne(W), kOne(W), kOne(W),
    // Distance and valency.
    kOne(W), kOne(T), kOne(W), kOne(W), kOne(T), kOne(W), kOne(T),
    // Feature set 2.
    kOne(Part::kWordTag), kOne(W), kOne(T), kOne(W), kTwo(W, T), kOne(T), kOne(T), kOne(T), kOne(T),
    kWhole(P, T), kWhole(P, T), kOne(S), kOne(T), kOne(T),
    // Feature set 3.
    kOne(W), kOne(T), kOne(W), kOne(T), kOne(W), kOne(T), kOne(W), kOne(W), kOne(W), kOne(T), kOne(T),
    kOne(T), kOne(W)};
static_assert(sizeof(kLeads) / sizeof(kLeads[0]) == kMaxParserFeatureCount);

const WordKeys& keys_at(const WordKeys* words, int n, int i) noexcept {
  if (i < 0) return none_word_keys();
  return i == n ? root_word_keys() : words[i];
}

std::uint64_t tag_at(const std::uint8_t* tags, int n, int i) noexcept {
  return i < 0 ? kTagNone : (i == n ? kTagRoot : tags[i]);
}

std::uint64_t lead_hash(std::size_t k, const std::uint64_t* value) noexcept {
  const Part* parts = kLeads[k].parts;
  std::uint64_t h = mix(1000 + k, value[static_cast<int>(parts[0])]);
  if (parts[1] != Part::kEnd) h = mix(h, value[static_cast<int>(parts[1])]);
  if (parts[2] != Part::kEnd) h = mix(h, value[static_cast<int>(parts[2])]);
  return h;
}

/// The leads of the templates whose leading parts are a tag (and padding) only, for every tag:
/// the same in every sentence, so hashed once per process (half of the templates).
struct TagLeads {
  static constexpr std::size_t kTags = kTagNone + 1;  // UPOS, ROOT, NONE
  bool tag_only[kMaxParserFeatureCount] = {};
  std::uint64_t lead[kTags][kMaxParserFeatureCount] = {};

  TagLeads() {
    for (std::size_t k = 0; k < kMaxParserFeatureCount; ++k) {
      tag_only[k] = true;
      for (Part part : kLeads[k].parts) tag_only[k] = tag_only[k] && (part == Part::kEnd || part == T || part == Z);
    }
    for (std::size_t tag = 0; tag < kTags; ++tag) {
      std::uint64_t value[kParts] = {};
      value[static_cast<int>(Part::kTag)] = tag;
      for (std::size_t k = 0; k < kMaxParserFeatureCount; ++k)
        if (tag_only[k]) lead[tag][k] = lead_hash(k, value);
    }
  }
};

}  // namespace

void ParserSentence::build(const WordKeys* words, const std::uint8_t* tags, int n, std::uint32_t feature_set) {
  words_ = words;
  tags_ = tags;
  n_ = n;
  stride_ = parser_feature_count(feature_set);
  leads_.resize(static_cast<std::size_t>(n + 2) * stride_);
  static const TagLeads by_tag;
  for (int i = -1; i <= n; ++i) {
    const WordKeys& keys = keys_at(words, n, i);
    const std::uint64_t tag = tag_at(tags, n, i);
    std::uint64_t value[kParts] = {};  // indexed by Part; kZero's is 0
    value[static_cast<int>(Part::kWord)] = keys.lower;
    value[static_cast<int>(Part::kTag)] = tag;
    value[static_cast<int>(Part::kSuffix)] = keys.suf3;
    value[static_cast<int>(Part::kPrefix)] = keys.pre3;
    value[static_cast<int>(Part::kWordTag)] = mix(keys.lower, tag);
    std::uint64_t* row = leads_.data() + static_cast<std::size_t>(i + 1) * stride_;
    const bool known_tag = tag < TagLeads::kTags;
    for (std::size_t k = 0; k < stride_; ++k)
      row[k] = known_tag && by_tag.tag_only[k] ? by_tag.lead[tag][k] : lead_hash(k, value);
  }
}

void parser_features(const ParseView& v, const ParserSentence& sentence, const std::uint8_t* labels,
                     std::uint32_t feature_set, std::uint64_t* out) noexcept {
  const WordKeys* words = sentence.words();
  const std::uint8_t* tags = sentence.tags();
  auto w = [&](int i) { return keys_at(words, v.n, i).lower; };
  auto suf = [&](int i) { return keys_at(words, v.n, i).suf3; };
  auto t = [&](int i) { return tag_at(tags, v.n, i); };
  auto l = [&](int i) -> std::uint64_t { return i < 0 || i == v.n ? 0xFE : labels[i]; };
  auto bucket = [](int a, int b) -> std::uint64_t {
    if (a < 0 || b < 0) return 0;
    const int d = b - a;
    return d < 5 ? static_cast<std::uint64_t>(d) : (d < 10 ? 5 : 6);
  };
  auto dist = [&]() { return bucket(v.s0, v.b0); };
  // The parts other templates' words give, once per configuration (the templates reuse them).
  const std::uint64_t s0_w = w(v.s0), s0_t = t(v.s0), s1_t = t(v.s1), b0_w = w(v.b0), b0_t = t(v.b0);
  const std::uint64_t b0_suf = suf(v.b0), b1_t = t(v.b1), b2_t = t(v.b2);
  const std::uint64_t s0l_t = t(v.s0l), s0l_l = l(v.s0l), s0l2_t = t(v.s0l2), s0l2_l = l(v.s0l2);
  const std::uint64_t s0r_t = t(v.s0r), s0r_l = l(v.s0r), s0r2_t = t(v.s0r2), s0r2_l = l(v.s0r2);
  const std::uint64_t s1l_t = t(v.s1l), s1r_w = w(v.s1r), s1r_t = t(v.s1r);
  const std::uint64_t b0l_t = t(v.b0l), b0l_l = l(v.b0l), b0l2_t = t(v.b0l2), b0l2_l = l(v.b0l2);
  std::size_t k = 0;
  // Template k whose leading parts are those of word i (kLeads[k]), then what the call adds.
  auto whole = [&](int i) { out[k] = sentence.lead(i)[k]; ++k; };
  auto then_one = [&](int i, std::uint64_t c) { out[k] = mix(sentence.lead(i)[k], c); ++k; };
  auto then_two = [&](int i, std::uint64_t b, std::uint64_t c = 0) { out[k] = mix(mix(sentence.lead(i)[k], b), c); ++k; };
  // Single positions: (word, tag), word, tag, (suffix, tag) of s0, s1, b0, b1; b2; s2.
  whole(v.s0); whole(v.s0); whole(v.s0); whole(v.s0);
  whole(v.s1); whole(v.s1); whole(v.s1);
  whole(v.b0); whole(v.b0); whole(v.b0); whole(v.b0);
  whole(v.b1); whole(v.b1); whole(v.b1);
  whole(v.b2); whole(v.s2);
  // Pairs of s0 and b0 (the two words any arc is built between) and s1 with s0.
  then_one(v.s0, b0_w); then_two(v.s0, b0_w, b0_t); then_two(v.s0, b0_w);
  then_two(v.s0, b0_t); then_two(v.s0, b0_t); then_two(v.s0, b0_w);
  then_two(v.s1, s0_w); then_two(v.s1, s0_t); then_two(v.s1, s0_t); then_two(v.s1, s0_w);
  // Tag trigrams.
  then_two(v.b0, b1_t, b2_t); then_two(v.s0, b0_t, b1_t); then_two(v.s1, s0_t, b0_t);
  then_two(v.s2, s1_t, s0_t); then_two(v.s1, s0_t, b0_t * 31 + b1_t);
  // Children of s0, s1 and b0.
  then_two(v.s0, s0l_t, b0_t); then_two(v.s0, s0r_t, b0_t); then_two(v.s0, b0_t, b0l_t);
  then_two(v.s1, s1r_t, s0_t); then_two(v.s1, s1l_t, s0_t);
  then_two(v.s0, s0l_t, s0l2_t); then_two(v.s0, s0r_t, s0r2_t); then_two(v.b0, b0l_t, b0l2_t);
  then_two(v.s0, s0l_l, s0r_l); then_two(v.s0, s0l_l, s0r_l); then_two(v.b0, b0l_l, b0l2_l);
  then_two(v.b0, b0l_l); then_two(v.s0l, s0_t); then_two(v.s0r, s0_t); then_two(v.b0l, b0_t);
  // Distance and valency.
  then_two(v.s0, dist()); then_two(v.s0, b0_t, dist()); then_two(v.b0, dist());
  then_two(v.s0, static_cast<std::uint64_t>(v.s0_left), static_cast<std::uint64_t>(v.s0_right));
  then_two(v.s0, static_cast<std::uint64_t>(v.s0_left), static_cast<std::uint64_t>(v.s0_right));
  then_two(v.b0, static_cast<std::uint64_t>(v.b0_left));
  then_two(v.b0, static_cast<std::uint64_t>(v.b0_left));
  // Feature set 2: s0 and b0 as full word/tag pairs, the s1-b0 competition for s0 (RIGHT
  // attaches s0 to s1, LEFT to b0), second children's labels, and the affixes that mark
  // voice and derivation (Indonesian meN-/di-/ber-/ter-, English -ed/-ing).
  then_two(v.s0, b0_w, b0_t);
  then_two(v.s1, b0_w); then_two(v.s1, b0_w); then_two(v.s1, b0_t);
  then_one(v.s1, s0_t); then_two(v.s1, s1r_w);
  then_two(v.s0, s0l_l, s0l2_l); then_two(v.s0, s0r_l, s0r2_l); then_two(v.b0, b0l_l, b0l2_l);
  whole(v.s0); whole(v.b0); then_two(v.s0, b0_t); then_two(v.s0, b0_suf);
  then_two(v.s0, b0_t, b1_t * 31 + dist());
  if (feature_set < 3) return;
  // Feature set 3: Zhang & Nivre's label sets of s0's and b0's children, the words of the
  // second-outermost children, the labels of the outer children beside their head's tag, and
  // the s1-s0 distance (RIGHT builds that arc, a competition arc-eager's s0-b0 distance misses).
  then_two(v.s0, v.s0_right_labels); then_two(v.s0, v.s0_right_labels);
  then_two(v.s0, v.s0_left_labels); then_two(v.s0, v.s0_left_labels);
  then_two(v.b0, v.b0_left_labels); then_two(v.b0, v.b0_left_labels);
  then_two(v.s0l2, s0_t); then_two(v.s0r2, s0_t); then_two(v.b0l2, b0_t);
  then_two(v.s0, s0l_l); then_two(v.s0, s0r_l);
  then_two(v.s1, s0_t, bucket(v.s1, v.s0)); then_two(v.s1, s0_w, bucket(v.s1, v.s0));
}

}  // namespace kronik::syntax::detail
