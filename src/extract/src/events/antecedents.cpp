// Stage "antecedents": the party a word stands for when no name is written on it: a possessive
// pronoun's person ("her visit", "kunjungannya").
#include "coder_stages.h"
#include "kronik/core/text.h"

namespace kronik::coder {

using syntax::DepRel;
using syntax::UPos;

namespace {

// How far back a possessive pronoun looks for its person: its own sentence and the two before
// (a news paragraph); further back the person named last is often no longer the topic.
constexpr std::uint32_t kSentencesBack = 2;
// How far back a side's label ("a rebel advance") looks for the group: a report names the sides of
// a conflict once, near its top, and then labels their moves with a bare noun paragraphs later.
constexpr std::uint32_t kSideSentencesBack = 12;

// "his", "her", "beliau" (words.tsv class possessive_sg), and the Indonesian clitic "-nya" the
// parser splits off its noun ("kunjungan" + "nya"), hung on a noun as its possessor.
bool possessive_pronoun(const ClauseView& v, std::uint16_t w) {
  if (v.rel(w) != DepRel::kNmodPoss && v.base_rel(w) != DepRel::kNmod) return false;
  if (v.upos(w) != UPos::kPron && v.upos(w) != UPos::kDet) return false;
  if (v.language() == Language::kIndonesian && v.form(w) == "nya") return true;
  return v.in_class(w, WordClass::kPossessiveSg);
}

// The group named last before noun `w`, in its sentence or the `back` sentences before, whose
// name holds that noun ("rebel" in "Syrian rebels"), or -1.
int group_named_before(const ClauseView& v, std::uint16_t w, std::uint32_t back) {
  const std::uint32_t at = v.word(w).span.begin, sentence = v.tokens().sentence;
  const std::string noun = fold(v.form(w));
  int best = -1;
  for (std::size_t i = 0; i < v.mention_count(); ++i) {
    const Mention& m = v.mention(static_cast<int>(i));
    if (m.type != EntityType::kGroup || m.span.begin >= at) continue;
    if (m.sentence > sentence || m.sentence + back < sentence) continue;
    if (fold(m.surface).find(noun) == std::string::npos) continue;
    if (best < 0 || m.span.begin > v.mention(best).span.begin) best = static_cast<int>(i);
  }
  return best;
}

// The group a bare agent noun stands for when the recogniser tagged no name on it ("pemberontak
// menguasai X" after "kelompok pemberontak Suriah" was named): the group named last before it, in
// its sentence or the two before, whose name holds that noun.
int group_before(const ClauseView& v, std::uint16_t w) {
  if (v.upos(w) != UPos::kNoun || v.mention_at(w) >= 0 || !v.in_class(w, WordClass::kAgentNoun)) return -1;
  return group_named_before(v, w, kSentencesBack);
}

// "keberhasilan pemberontak" (the rebels' success): the bare agent noun a noun of success is
// about, or the word itself.
int bare_group_noun(const ClauseView& v, std::uint16_t w) {
  if (!v.in_class(w, WordClass::kSuccessNoun)) return group_before(v, w);
  for (std::uint16_t c : v.children(w))
    if (v.base_rel(c) == DepRel::kNmod && v.case_marker(c).empty()) return group_before(v, c);
  return -1;
}

}  // namespace

int side_group_before(const ClauseView& v, std::uint16_t w) {
  if (v.upos(w) != UPos::kNoun || v.mention_at(w) >= 0) return -1;
  return group_named_before(v, w, kSideSentencesBack);
}

namespace {

// The person mention before `w`, in its sentence or the two before, that `better` prefers to
// every other (better(m, best): m wins over best), or -1.
template <class Better>
int person_named_before(const ClauseView& v, std::uint16_t w, Better better) {
  const std::uint32_t at = v.word(w).span.begin, sentence = v.tokens().sentence;
  int best = -1;
  for (std::size_t i = 0; i < v.mention_count(); ++i) {
    const Mention& m = v.mention(static_cast<int>(i));
    if (m.type != EntityType::kPerson || m.modifier || m.span.begin >= at) continue;
    if (m.sentence > sentence || m.sentence + kSentencesBack < sentence) continue;
    if (best < 0 || better(m, v.mention(best))) best = static_cast<int>(i);
  }
  return best;
}

}  // namespace

int person_before(const ClauseView& v, std::uint16_t w) {
  // the name nearest before the word
  return person_named_before(v, w,
                             [](const Mention& m, const Mention& best) { return m.span.begin > best.span.begin; });
}

int topic_person_before(const ClauseView& v, std::uint16_t w) {
  // the latest sentence wins; within one sentence the first name (its subject, in SVO order)
  return person_named_before(v, w, [](const Mention& m, const Mention& best) {
    return m.sentence > best.sentence || (m.sentence == best.sentence && m.span.begin < best.span.begin);
  });
}

int apposed_person(const ClauseView& v, std::uint16_t w) {
  if (v.upos(w) != UPos::kNoun) return -1;
  std::size_t k = w + 1u;
  while (k < v.size() && v.dominates(w, static_cast<std::uint16_t>(k))) ++k;
  const std::size_t after = k;
  while (k < v.size() && v.upos(static_cast<std::uint16_t>(k)) == UPos::kPunct) ++k;
  if (k == after || k >= v.size()) return -1;  // a comma or a quote sets the name apart
  auto n = static_cast<std::uint16_t>(k);
  const int m = v.mention_at(n);
  if (m < 0 || v.mention(m).type != EntityType::kPerson) return -1;
  while (v.parent(n) >= 0 && v.mention_at(static_cast<std::uint16_t>(v.parent(n))) == m)
    n = static_cast<std::uint16_t>(v.parent(n));  // the name's head word
  const DepRel b = v.base_rel(n);
  const bool beside = v.parent(n) == v.parent(w) || v.parent(n) == w;
  return beside && (b == DepRel::kDep || b == DepRel::kAppos) ? m : -1;
}

std::vector<int> argument_entities(const ClauseView& v, std::uint16_t w) {
  std::vector<int> ents = v.entities_of(w);
  if (!ents.empty()) return ents;
  int p = possessive_pronoun(v, w) ? person_before(v, w) : apposed_person(v, w);
  if (p < 0) p = bare_group_noun(v, w);
  if (p >= 0) ents.push_back(p);
  return ents;
}

}  // namespace kronik::coder
