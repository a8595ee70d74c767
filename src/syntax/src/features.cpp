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

void parser_features(const ParseView& v, const WordKeys* words, const std::uint8_t* tags,
                     const std::uint8_t* labels, std::uint64_t* out) noexcept {
  auto w = [&](int i) -> std::uint64_t {
    if (i < 0) return none_word_keys().lower;
    return i == v.n ? root_word_keys().lower : words[i].lower;
  };
  auto suf = [&](int i) -> std::uint64_t {
    if (i < 0) return none_word_keys().suf3;
    return i == v.n ? root_word_keys().suf3 : words[i].suf3;
  };
  auto pre = [&](int i) -> std::uint64_t {
    if (i < 0) return none_word_keys().pre3;
    return i == v.n ? root_word_keys().pre3 : words[i].pre3;
  };
  auto t = [&](int i) -> std::uint64_t { return i < 0 ? kTagNone : (i == v.n ? kTagRoot : tags[i]); };
  auto l = [&](int i) -> std::uint64_t { return i < 0 || i == v.n ? 0xFE : labels[i]; };
  auto dist = [&]() -> std::uint64_t {
    if (v.s0 < 0 || v.b0 < 0) return 0;
    const int d = v.b0 - v.s0;
    return d < 5 ? static_cast<std::uint64_t>(d) : (d < 10 ? 5 : 6);
  };
  std::size_t k = 0;
  auto f = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    out[k] = mix(mix(mix(1000 + k, a), b), c);
    ++k;
  };
  // Single positions.
  f(w(v.s0), t(v.s0)); f(w(v.s0)); f(t(v.s0)); f(suf(v.s0), t(v.s0));
  f(w(v.s1), t(v.s1)); f(w(v.s1)); f(t(v.s1));
  f(w(v.b0), t(v.b0)); f(w(v.b0)); f(t(v.b0)); f(suf(v.b0), t(v.b0));
  f(w(v.b1), t(v.b1)); f(w(v.b1)); f(t(v.b1));
  f(w(v.b2), t(v.b2)); f(t(v.s2));
  // Pairs of s0 and b0 (the two words any arc is built between) and s1 with s0.
  f(w(v.s0), t(v.s0), w(v.b0)); f(w(v.s0), w(v.b0), t(v.b0)); f(w(v.s0), w(v.b0));
  f(t(v.s0), t(v.b0)); f(w(v.s0), t(v.b0)); f(t(v.s0), w(v.b0));
  f(w(v.s1), w(v.s0)); f(t(v.s1), t(v.s0)); f(w(v.s1), t(v.s0)); f(t(v.s1), w(v.s0));
  // Tag trigrams.
  f(t(v.b0), t(v.b1), t(v.b2)); f(t(v.s0), t(v.b0), t(v.b1)); f(t(v.s1), t(v.s0), t(v.b0));
  f(t(v.s2), t(v.s1), t(v.s0)); f(t(v.s1), t(v.s0), t(v.b0) * 31 + t(v.b1));
  // Children of s0, s1 and b0.
  f(t(v.s0), t(v.s0l), t(v.b0)); f(t(v.s0), t(v.s0r), t(v.b0)); f(t(v.s0), t(v.b0), t(v.b0l));
  f(t(v.s1), t(v.s1r), t(v.s0)); f(t(v.s1), t(v.s1l), t(v.s0));
  f(t(v.s0), t(v.s0l), t(v.s0l2)); f(t(v.s0), t(v.s0r), t(v.s0r2)); f(t(v.b0), t(v.b0l), t(v.b0l2));
  f(w(v.s0), l(v.s0l), l(v.s0r)); f(t(v.s0), l(v.s0l), l(v.s0r)); f(w(v.b0), l(v.b0l), l(v.b0l2));
  f(t(v.b0), l(v.b0l)); f(w(v.s0l), t(v.s0)); f(w(v.s0r), t(v.s0)); f(w(v.b0l), t(v.b0));
  // Distance and valency.
  f(w(v.s0), dist()); f(t(v.s0), t(v.b0), dist()); f(w(v.b0), dist());
  f(w(v.s0), static_cast<std::uint64_t>(v.s0_left), static_cast<std::uint64_t>(v.s0_right));
  f(t(v.s0), static_cast<std::uint64_t>(v.s0_left), static_cast<std::uint64_t>(v.s0_right));
  f(w(v.b0), static_cast<std::uint64_t>(v.b0_left));
  f(t(v.b0), static_cast<std::uint64_t>(v.b0_left));
  // Feature set 2: s0 and b0 as full word/tag pairs, the s1-b0 competition for s0 (RIGHT
  // attaches s0 to s1, LEFT to b0), second children's labels, and the affixes that mark
  // voice and derivation (Indonesian meN-/di-/ber-/ter-, English -ed/-ing).
  f(mix(w(v.s0), t(v.s0)), w(v.b0), t(v.b0));
  f(w(v.s1), w(v.b0)); f(t(v.s1), w(v.b0)); f(w(v.s1), t(v.b0));
  f(w(v.s1), t(v.s1), t(v.s0)); f(t(v.s1), w(v.s1r));
  f(t(v.s0), l(v.s0l), l(v.s0l2)); f(t(v.s0), l(v.s0r), l(v.s0r2)); f(t(v.b0), l(v.b0l), l(v.b0l2));
  f(pre(v.s0), t(v.s0)); f(pre(v.b0), t(v.b0)); f(suf(v.s0), t(v.b0)); f(t(v.s0), suf(v.b0));
  f(t(v.s0), t(v.b0), t(v.b1) * 31 + dist());
}

}  // namespace kronik::syntax::detail
