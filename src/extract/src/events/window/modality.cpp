// Modality: whether the act a trigger names happened. Negated, hypothetical and planned acts and
// acts governed by an appeal, promise, demand, accusation, refusal or threat are not asserted;
// hedges and vague time cues weaken what is. The cues are word classes of data/<lang>/words.tsv.
#include "events/window/window.h"

namespace kronik::window {

namespace {

// CAMEO roots of the acts whose complement did not (yet) happen: appeals (02), intentions (03),
// demands (10), rejections and denials (12), threats (13); and accusations (112).
constexpr int kGoverningRoots[] = {2, 3, 10, 12, 13};
constexpr std::string_view kGoverningCodes[] = {"112"};

// A governing act made precise by the act it governs (CAMEO codebook 1.1b3, the 02/03/12/13
// subcodes): "appeal to negotiate" 026, "promise aid" 033, "refuse talks" 125, "threaten to
// attack" 138. A code pattern is a full code ("045"), a root ("04") or roots from one on ("18+");
// the first row that matches both codes wins.
struct Refinement {
  std::string_view governing, governed, refined;
};
constexpr Refinement kRefinements[] = {
    {"02", "045", "028"},  {"02", "04", "026"},   {"02", "05", "022"},   {"02", "06", "021"},
    {"02", "07", "023"},   {"03", "045", "039"},  {"03", "04", "036"},   {"03", "05", "032"},
    {"03", "06", "031"},   {"03", "07", "033"},   {"03", "18+", "138"},  {"120", "045", "126"},
    {"120", "04", "125"},  {"120", "057", "127"}, {"120", "06", "121"},  {"120", "07", "122"},
    {"130", "18+", "138"}, {"130", "17", "137"},  {"130", "14", "133"},  {"130", "162", "136"},
    {"130", "163", "132"}, {"130", "164", "134"},
};

bool code_matches(std::string_view pattern, const std::string& code) {
  const int pattern_root = (pattern[0] - '0') * 10 + (pattern[1] - '0');
  if (pattern.back() == '+') return root_of(code) >= pattern_root;
  if (pattern.size() == 2) return root_of(code) == pattern_root;
  return code == pattern;
}

}  // namespace

bool governs(const Entry& en) {
  if (en.frame == Frame::kSpeech || en.frame == Frame::kReport || en.frame == Frame::kCause) return false;
  const int r = root_of(en.cameo);
  for (int root : kGoverningRoots)
    if (r == root) return true;
  for (std::string_view code : kGoverningCodes)
    if (en.cameo == code) return true;
  return false;
}

std::string refine(const std::string& outer, const std::string& inner) {
  for (const Refinement& row : kRefinements)
    if (code_matches(row.governing, outer) && code_matches(row.governed, inner)) return std::string(row.refined);
  return outer;
}

// Negation and future cues in the four words before the trigger, a hypothetical anywhere before
// it, a purpose right before it.
Modality WindowCoder::modality_at(const SentenceState& c, std::size_t a) {
  std::size_t lo = a >= 4 ? a - 4 : 0;
  for (std::size_t k = lo; k < a; ++k) {
    std::size_t len = 0;
    if (phrase_is(c, k, "negation", len) && k + len <= a) return Modality::kNegated;
  }
  for (std::size_t k = lo; k < a; ++k) {
    std::size_t len = 0;
    if (phrase_is(c, k, "future", len) && k + len <= a) return Modality::kPlanned;
  }
  for (std::size_t k = 0; k < a; ++k)
    if (word_is(c, k, "hypothetical")) return Modality::kHypothetical;
  // "untuk mengusir", "to expel": a purpose, not something that happened; "siap untuk
  // mendukung" (ready to support) is a commitment and stays.
  std::size_t p = a;
  while (p > 0 && word_is(c, p - 1, "adverb")) --p;
  if (p > 0 && word_is(c, p - 1, "purpose")) {
    std::size_t q = p - 1;
    while (q > 0 && word_is(c, q - 1, "adverb")) --q;
    if (!(q > 0 && word_is(c, q - 1, "ready"))) return Modality::kPlanned;
  }
  return Modality::kAsserted;
}

// "diduga", "disebut-sebut", "allegedly", "reportedly" in the four words before the verb: the
// act is only alleged.
bool WindowCoder::hedged_before(const SentenceState& c, std::size_t a) {
  std::size_t lo = a >= 4 ? a - 4 : 0;
  for (std::size_t k = lo; k < a; ++k) {
    std::size_t len = 0;
    if (phrase_is(c, k, "hedge", len) && k + len <= a) return true;
  }
  return false;
}

// "beberapa hari setelah", "recently" in the six words before: the date is only the month.
bool WindowCoder::vague_before(const SentenceState& c, std::size_t a) {
  std::size_t lo = a >= 6 ? a - 6 : 0;
  for (std::size_t k = lo; k < a; ++k) {
    std::size_t len = 0;
    if (phrase_is(c, k, "vague_time", len)) return true;
  }
  return false;
}

// Appeals, intentions, demands, accusations, rejections and threats govern the act that follows
// them in their clause: "menuduh Rusia menyerang ...", "pledged to provide aid". That act is what
// was asked, promised, alleged or refused, not something that happened.
void WindowCoder::mark_governed(SentenceState& c) {
  c.governor.assign(c.trig.size(), -1);
  c.scope_end.assign(c.trig.size(), c.toks.size());
  for (std::size_t i = 0; i < c.trig.size(); ++i) {
    if (!governs(im_.entries[c.trig[i].entry])) continue;
    std::size_t e = c.toks.size();
    for (std::size_t k = c.trig[i].end; k < c.toks.size(); ++k)
      if ((is_break(c, k) && !word_is(c, k, "complementizer")) || (!c.toks[k].word && c.toks[k].text == ",")) {
        e = k;
        break;
      }
    c.scope_end[i] = e;
    for (std::size_t j = i + 1; j < c.trig.size() && c.trig[j].begin < e; ++j) {
      if (is_speech(im_.entries[c.trig[j].entry])) continue;
      if (c.governor[j] < 0) c.governor[j] = static_cast<int>(i);
    }
  }
}

int WindowCoder::first_governed(const SentenceState& c, std::size_t i) const {
  for (std::size_t j = i + 1; j < c.trig.size(); ++j)
    if (c.governor[j] == static_cast<int>(i)) return static_cast<int>(j);
  return -1;
}

}  // namespace kronik::window
