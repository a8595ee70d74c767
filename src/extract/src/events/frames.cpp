// Stage "frames": which CAMEO frame of a trigger holds, by its pattern over the dependents.
#include <algorithm>

#include "coder_stages.h"
#include "kronik/core/text.h"

namespace kronik::coder {

using syntax::DepRel;

namespace {

bool is_object(DepRel r) {
  return r == DepRel::kObj || r == DepRel::kIobj || r == DepRel::kObjLvc || r == DepRel::kXcomp ||
         r == DepRel::kCcomp;
}

bool is_oblique(DepRel r) { return syntax::base_relation(r) == DepRel::kObl || syntax::base_relation(r) == DepRel::kNmod; }

bool word_is(const ClauseView& v, std::uint16_t w, std::string_view word) {
  return v.lemma(w) == word || v.form(w) == word;
}

// "status itu", "status tersebut": an Indonesian head with a demonstrative and no modifier of its
// own refers back to the phrase told before ("status siaga ... status itu").
// (English is left out: "the law" after "martial law" is too often another law.)
bool demonstrative_short_form(const ClauseView& v, std::uint16_t w) {
  if (v.language() != Language::kIndonesian) return false;
  bool demonstrative = false;
  for (std::uint16_t c : v.children(w)) {
    const DepRel b = v.base_rel(c);
    if (b == DepRel::kCompound || b == DepRel::kAmod || b == DepRel::kNmod || b == DepRel::kFlat) return false;
    demonstrative = demonstrative || (b == DepRel::kDet && v.in_class(c, WordClass::kDefinite));
  }
  return demonstrative;
}

// "financial_aid" (English: modifiers, then the head), "gencatan_senjata" (Indonesian: the head,
// then its modifiers): the head is the word, the others are among its dependents.
bool phrase_matches(const ClauseView& v, std::uint16_t w, std::string_view phrase) {
  auto parts = split(phrase, '_');
  const bool head_last = v.language() == Language::kEnglish;
  std::string_view head = head_last ? parts.back() : parts.front();
  if (!word_is(v, w, head)) return false;
  if (demonstrative_short_form(v, w)) return true;
  const std::size_t from = head_last ? 0 : 1, to = head_last ? parts.size() - 1 : parts.size();
  for (std::size_t i = from; i < to; ++i) {
    bool found = false;
    for (std::uint16_t c : v.children(w)) found = found || word_is(v, c, parts[i]);
    if (!found) return false;
  }
  return true;
}

bool territory(const Mention& m) { return m.type == EntityType::kLocation || m.type == EntityType::kCountry; }

// "#place": the word names a place, by its own mention or names inside it ("the capital Tripoli"),
// and nothing else.
bool names_place(const ClauseView& v, std::uint16_t w) {
  const std::vector<int> ents = v.entities_of(w);
  return !ents.empty() && std::all_of(ents.begin(), ents.end(), [&](int m) { return territory(v.mention(m)); });
}

bool matches_word(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w, std::string_view pattern_word) {
  if (pattern_word.empty()) return false;
  if (pattern_word == "#place") return names_place(v, w);
  if (pattern_word[0] == '&') {
    std::string_view cls = pattern_word.substr(1);
    return lex.in_class(v.language(), cls, v.lemma(w)) || lex.in_class(v.language(), cls, v.form(w));
  }
  if (pattern_word.find('_') != std::string_view::npos) return phrase_matches(v, w, pattern_word);
  return word_is(v, w, pattern_word);
}

bool matches_any(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w, const PatternElement& el) {
  if (el.words.empty()) return true;
  for (const std::string& pw : el.words)
    if (matches_word(v, lex, w, pw)) return true;
  // "declared a 'national curfew order'": the object's apposition or conjunct carries the noun.
  for (std::uint16_t c : v.children(w)) {
    const DepRel r = v.rel(c);
    if (r != DepRel::kAppos && r != DepRel::kConj) continue;
    for (const std::string& pw : el.words)
      if (matches_word(v, lex, c, pw)) return true;
  }
  return false;
}

// "kesepakatan yang tercapai", "the deal that was reached": a relative pronoun stands for the
// noun its clause modifies, so that noun fills the pronoun's slot.
std::uint16_t antecedent_or_self(const ClauseView& v, std::uint16_t t, std::uint16_t c) {
  const int head = v.parent(t);
  if (head < 0 || v.base_rel(t) != DepRel::kAcl || !v.in_class(c, WordClass::kRelative)) return c;
  return static_cast<std::uint16_t>(head);
}

// "swore in her cabinet" parsed as "swore [in her cabinet]": a preposition right after the verb
// that heads its oblique may be the verb's particle (the oblique is then the object of an active
// verb; see pattern_holds).
void adjacent_particle(const ClauseView& v, std::uint16_t t, std::uint16_t obl, std::vector<std::uint16_t>& out) {
  for (std::uint16_t k : v.children(obl))
    if (k == t + 1 && v.base_rel(k) == DepRel::kCase) out.push_back(k);
}

bool has_object(const ClauseView& v, std::uint16_t t) {
  const auto kids = v.children(t);
  return std::any_of(kids.begin(), kids.end(), [&](std::uint16_t c) { return is_object(v.rel(c)); });
}

// Dependents of `t` that a slot looks at. Objects include the subject of a passive; subjects
// include a passive's agent; an oblique may also hang on the object ("accused X of Y").
void slot_candidates(const ClauseView& v, std::uint16_t t, const PatternElement& el, bool passive,
                     std::vector<std::uint16_t>& out) {
  out.clear();
  for (std::uint16_t c : v.children(t)) {
    const DepRel r = v.rel(c), base = v.base_rel(c);
    bool take = false;
    switch (el.slot) {
      case PatternSlot::kObj: take = is_object(r) || (passive && r == DepRel::kNsubjPass); break;
      case PatternSlot::kSubj:
        take = passive ? (r == DepRel::kOblAgent || (base == DepRel::kObl && v.in_class(c, WordClass::kByPrep)))
                       : (base == DepRel::kNsubj);
        break;
      case PatternSlot::kParticle: take = r == DepRel::kCompoundPrt || base == DepRel::kAdvmod; break;
      case PatternSlot::kOblique: take = is_oblique(r) && v.case_marker(c) == el.marker; break;
      case PatternSlot::kXcomp: take = base == DepRel::kXcomp; break;
      case PatternSlot::kAdvmod: take = base == DepRel::kAdvmod; break;
      case PatternSlot::kAux: take = base == DepRel::kAux; break;
      case PatternSlot::kCompound: take = base == DepRel::kCompound; break;
      case PatternSlot::kModifier:
        take = base == DepRel::kCompound || base == DepRel::kAmod || base == DepRel::kFlat ||
               (base == DepRel::kNmod && v.case_marker(c).empty());
        break;
    }
    if (take) out.push_back(antecedent_or_self(v, t, c));
    if (el.slot == PatternSlot::kParticle && is_oblique(r)) adjacent_particle(v, t, c, out);
    // "accused the opposition of paralysing": an oblique of the object belongs to the frame.
    if (el.slot == PatternSlot::kOblique && is_object(r))
      for (std::uint16_t cc : v.children(c))
        if (is_oblique(v.rel(cc)) && v.case_marker(cc) == el.marker) out.push_back(cc);
  }
}

// Whether every element holds; the words that "@target"/"@source" matched are returned.
bool pattern_holds(const ClauseView& v, const CameoLexicon& lex, std::uint16_t t, bool passive,
                   const CameoFrame& f, int& target, int& source) {
  std::vector<std::uint16_t> cands;
  target = source = -1;
  for (const PatternElement& el : f.pattern) {
    slot_candidates(v, t, el, passive, cands);
    int hit = -1;
    for (std::uint16_t c : cands)
      if (matches_any(v, lex, c, el)) {
        hit = c;
        break;
      }
    if (hit < 0) return false;
    if (el.slot == PatternSlot::kParticle && v.base_rel(hit) == DepRel::kCase && target < 0 && !passive && !has_object(v, t))
      target = v.parent(hit);  // the particle read off an oblique: the oblique is the object
    if (el.binds_target) target = hit;
    if (el.binds_source) source = hit;
  }
  return true;
}

}  // namespace

const CameoFrame* choose_frame(const ClauseView& v, const CameoLexicon& lex, std::uint16_t t, bool passive,
                               std::span<const CameoFrame> frames, int& bound_target, int& bound_source,
                               bool reverse_ok) {
  const CameoFrame* best = nullptr;
  bound_target = bound_source = -1;
  for (const CameoFrame& f : frames) {
    if (best && f.pattern.size() <= best->pattern.size()) continue;
    int tg = -1, src = -1;
    if (!pattern_holds(v, lex, t, passive, f, tg, src)) continue;
    best = &f;
    bound_target = tg;
    bound_source = src;
  }
  if (!best || (best->null() && !(reverse_ok && !best->code_rev.empty()))) return nullptr;
  return best;
}

namespace {

// Indonesian multi-word triggers are written head first ("gencatan senjata", "unjuk rasa",
// "bertanggung jawab"): the longest key made of the word and the next words of its own subtree.
template <class Lookup>
std::span<const CameoFrame> longest_indonesian_key(const ClauseView& v, std::uint16_t w, Lookup lookup) {
  std::span<const CameoFrame> best = lookup(v.form(w));
  std::string key = v.form(w);
  for (std::size_t k = w + 1u; k < v.size() && k <= w + 2u; ++k) {
    const auto kw = static_cast<std::uint16_t>(k);
    if (!v.dominates(w, kw)) break;
    key += ' ';
    key += v.form(kw);
    if (auto f = lookup(key); !f.empty()) best = f;
  }
  return best;
}

}  // namespace

std::span<const CameoFrame> verb_frames(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w) {
  if (v.language() == Language::kIndonesian)
    return longest_indonesian_key(v, w, [&](std::string_view k) { return lex.verbs(Language::kIndonesian, k); });
  auto f = lex.verbs(v.language(), v.lemma(w));
  if (!f.empty()) return f;
  std::string_view lemma = lex.verb_lemma(v.form(w));
  return lemma.empty() ? f : lex.verbs(v.language(), lemma);
}

std::span<const CameoFrame> noun_frames(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w) {
  if (v.language() == Language::kIndonesian)
    return longest_indonesian_key(v, w, [&](std::string_view k) { return lex.nouns(Language::kIndonesian, k); });
  auto f = lex.nouns(v.language(), v.form(w));
  if (!f.empty()) return f;
  return lex.nouns(v.language(), v.lemma(w));
}

}  // namespace kronik::coder
