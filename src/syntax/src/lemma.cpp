// Lemma edit rules: derivation from treebank pairs, application, classifier features.
#include "lemma.h"

#include <vector>

namespace kronik::syntax::detail {
namespace {

constexpr std::size_t kMaxRuleBytes = 255;  // cut and added lengths are stored in one byte

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

struct Common {
  std::size_t in_form = 0, in_lemma = 0, length = 0;
};

/// Longest common substring (first one found on ties, so derivation is deterministic).
Common longest_common(std::string_view a, std::string_view b) {
  Common best;
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best.length) best = Common{i - cur[j], j - cur[j], cur[j]};
    }
    std::swap(prev, cur);
  }
  return best;
}

/// The rule around the longest common substring; a word sharing nothing with its lemma
/// ("went" -> "go") is replaced whole.
LemmaRule rule_between(std::string_view form, std::string_view lemma, bool lower) {
  const Common c = longest_common(form, lemma);
  LemmaRule r;
  r.lower = lower;
  if (c.length == 0) {
    r.cut_prefix = std::string(form);
    r.add_prefix = std::string(lemma);
    return r;
  }
  r.cut_prefix = std::string(form.substr(0, c.in_form));
  r.cut_suffix = std::string(form.substr(c.in_form + c.length));
  r.add_prefix = std::string(lemma.substr(0, c.in_lemma));
  r.add_suffix = std::string(lemma.substr(c.in_lemma + c.length));
  return r;
}

std::size_t cost(const LemmaRule& r) noexcept {
  return r.cut_prefix.size() + r.cut_suffix.size() + r.add_prefix.size() + r.add_suffix.size();
}

bool same_bytes(std::string_view form, std::size_t at, std::string_view part, bool lower) noexcept {
  for (std::size_t i = 0; i < part.size(); ++i) {
    char c = form[at + i];
    if (lower && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != part[i]) return false;
  }
  return true;
}

}  // namespace

std::optional<LemmaRule> derive_lemma_rule(std::string_view form, std::string_view lemma) {
  if (form.empty() || lemma.empty() || form.size() > kMaxRuleBytes || lemma.size() > kMaxRuleBytes) return std::nullopt;
  // Lower-casing wins ties, so "Cars" and "cars" share the rule of common nouns; proper nouns
  // that keep their capital take the case-preserving rule because it is cheaper.
  LemmaRule lowered = rule_between(ascii_lower(form), lemma, true);
  LemmaRule kept = rule_between(form, lemma, false);
  return cost(kept) < cost(lowered) ? kept : lowered;
}

bool lemma_rule_applies(const LemmaRule& rule, std::string_view form) noexcept {
  const std::size_t cut = rule.cut_prefix.size() + rule.cut_suffix.size();
  return cut <= form.size() && same_bytes(form, 0, rule.cut_prefix, rule.lower) &&
         same_bytes(form, form.size() - rule.cut_suffix.size(), rule.cut_suffix, rule.lower);
}

void apply_lemma_rule(const LemmaRule& rule, std::string_view form, std::string& out) {
  out.assign(rule.add_prefix);
  const std::size_t start = out.size();
  out.append(form.substr(rule.cut_prefix.size(), form.size() - rule.cut_prefix.size() - rule.cut_suffix.size()));
  if (rule.lower)
    for (std::size_t i = start; i < out.size(); ++i)
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
  out.append(rule.add_suffix);
}

void lemma_features(const WordKeys& w, std::uint8_t upos, std::uint64_t* out) noexcept {
  std::size_t k = 0;
  auto f = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    out[k] = mix(mix(mix(5000 + k, a), b), c);
    ++k;
  };
  f(upos);
  f(w.lower);
  f(w.lower, upos);
  f(w.suf1, upos);
  f(w.suf2, upos);
  f(w.suf3, upos);
  f(w.suf4, upos);
  f(w.pre2, upos);
  f(w.pre3, upos);
  f(w.pre4, upos);
  f(w.shape, upos);
  f(w.suf2);
  f(w.suf4);
  f(w.pre2, w.suf2, upos);
}

}  // namespace kronik::syntax::detail
