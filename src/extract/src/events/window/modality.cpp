// Modality: whether the act a trigger names happened. Negated, hypothetical and planned acts and
// acts governed by an appeal, promise, demand, accusation, refusal or threat are not asserted;
// hedges and vague time cues weaken what is. The cues are word classes of data/<lang>/words.tsv.
#include "events/window/window.h"

namespace kronik::window {

// Triggers whose complement is an act that did not (yet) happen: appeals (02), intentions (03),
// demands (10), accusations (112), rejections and denials (12), threats (13).
bool governs(const Entry& en) {
  if (en.frame == Frame::kSpeech || en.frame == Frame::kReport || en.frame == Frame::kCause) return false;
  int r = root_of(en.cameo);
  return r == 2 || r == 3 || r == 10 || r == 12 || r == 13 || en.cameo == "112";
}

// The CAMEO code of an appeal, intention, rejection or threat made precise by the act it
// governs: "appeal to negotiate" 026, "promise aid" 033, "refuse talks" 125, "threaten to attack"
// 138 (CAMEO codebook 1.1b3, the 02/03/12/13 subcodes).
std::string refine(const std::string& outer, const std::string& inner) {
  const int o = root_of(outer), i = root_of(inner);
  if (o == 2) {
    if (inner == "045") return "028";
    if (i == 4) return "026";
    if (i == 5) return "022";
    if (i == 6) return "021";
    if (i == 7) return "023";
  } else if (o == 3) {
    if (inner == "045") return "039";
    if (i == 4) return "036";
    if (i == 5) return "032";
    if (i == 6) return "031";
    if (i == 7) return "033";
    if (i >= 18) return "138";
  } else if (outer == "120") {
    if (inner == "045") return "126";
    if (i == 4) return "125";
    if (inner == "057") return "127";
    if (i == 6) return "121";
    if (i == 7) return "122";
  } else if (outer == "130") {
    if (i >= 18) return "138";
    if (i == 17) return "137";
    if (i == 14) return "133";
    if (inner == "162") return "136";
    if (inner == "163") return "132";
    if (inner == "164") return "134";
  }
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
