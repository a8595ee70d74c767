// The syntax gate on the window coder: the trigger-window coder reads words, not structure, so a
// participle used as an adjective ("the occupied territories"), a subjectless adjunct ("Arriving
// in Cairo, ...") or an act the subject only undergoes ("kena serangan dari ...") looks like an
// asserted act to it. The parse every sentence now carries says otherwise; this file asks it.
#include <algorithm>
#include <map>

#include "kronik/extract/events/clause.h"
#include "kronik/extract/events/syntax_coder.h"

namespace kronik {

using syntax::DepRel;
using syntax::UPos;

namespace {

bool has_own_subject(const ClauseView& v, std::uint16_t w) {
  for (std::uint16_t c : v.children(w))
    if (v.base_rel(c) == DepRel::kNsubj || v.base_rel(c) == DepRel::kCsubj) return true;
  return false;
}

bool has_child(const ClauseView& v, std::uint16_t w, DepRel base) {
  for (std::uint16_t c : v.children(w))
    if (v.base_rel(c) == base) return true;
  return false;
}

// A verb that modifies a noun or a clause with neither a subject nor a subordinator of its own: a
// participle or gerund adjunct ("the occupied territories", "Arriving in Cairo, ..."). A
// relative clause (acl:relcl) and a marked clause ("setelah tiba", "untuk mendukung") are clauses.
bool participle_adjunct(const ClauseView& v, std::uint16_t w) {
  if (v.upos(w) != UPos::kVerb) return false;
  const DepRel r = v.rel(w);
  const bool adjunct = r == DepRel::kAmod || r == DepRel::kAcl || v.base_rel(w) == DepRel::kAdvcl;
  return adjunct && !has_own_subject(v, w) && !has_child(v, w, DepRel::kMark);
}

// The nearest clause above `w` with a subject of its own, or -1.
int governing_clause(const ClauseView& v, std::uint16_t w) {
  for (int h = v.parent(w); h >= 0; h = v.parent(static_cast<std::uint16_t>(h)))
    if (has_own_subject(v, static_cast<std::uint16_t>(h))) return h;
  return -1;
}

// Whether word `w` lies in an oblique phrase below `clause` (some word on its path up to the
// clause is an obl); false when `clause` does not dominate it.
bool in_oblique_below(const ClauseView& v, std::uint16_t clause, std::uint16_t w) {
  bool oblique = false;
  for (int x = w; x >= 0; x = v.parent(static_cast<std::uint16_t>(x))) {
    if (x == clause) return oblique;
    oblique = oblique || v.base_rel(static_cast<std::uint16_t>(x)) == DepRel::kObl;
  }
  return false;
}

// Whether the sentence names `entity` and every word naming it lies in an oblique below `clause`.
bool only_in_obliques(const ClauseView& v, std::uint16_t clause, const std::string& entity) {
  bool named = false;
  for (std::uint16_t w = 0; w < v.size(); ++w) {
    const int m = v.mention_at(w);
    if (m < 0 || v.mention(m).entity_key != entity) continue;
    named = true;
    if (!in_oblique_below(v, clause, w)) return false;
  }
  return named;
}

// An adverbial clause without a subject ("after landing at the port", also when the parser
// hangs it on a noun as acl) shares the subject of the clause above it: an actor outside that
// subject (or any actor, when that subject is a name the recogniser does not know) is the window
// coder's guess, not the text's. A subject that names nobody ("negaranya") decides nothing.
bool foreign_actor_of_adjunct(const ClauseView& v, std::uint16_t w, const Event& e) {
  const bool adjunct = v.base_rel(w) == DepRel::kAdvcl || v.rel(w) == DepRel::kAcl;
  if (!adjunct || has_own_subject(v, w)) return false;
  const int clause = governing_clause(v, w);
  if (clause < 0) return false;
  std::vector<std::string> subject;
  bool unknown_name = false;
  for (std::uint16_t c : v.children(static_cast<std::uint16_t>(clause)))
    if (v.base_rel(c) == DepRel::kNsubj) {
      for (int m : v.entities_of(c)) subject.push_back(v.mention(m).entity_key);
      unknown_name = unknown_name || v.upos(c) == UPos::kPropn;
    }
  if (subject.empty() && !unknown_name) {
    // The parser may miss the subject ("'...,' X said": the quotation taken for it); an actor
    // named only inside an oblique of that clause ("in a speech shown on Freedonian TV") is no
    // subject either way.
    for (const Participant& p : e.participants)
      if (p.role == ParticipantRole::kActor && only_in_obliques(v, static_cast<std::uint16_t>(clause), p.entity))
        return true;
    return false;
  }
  for (const Participant& p : e.participants)
    if (p.role == ParticipantRole::kActor && std::find(subject.begin(), subject.end(), p.entity) == subject.end())
      return true;
  return false;
}

// A noun the subject undergoes: marked by a word of class `undergo`, which the parser reads as
// its preposition ("Lebanon kena serangan dari ...") or as the verb above it ("terkena serangan
// rudal dari ..."). The subject is the one attacked, not the attacker the window coder makes it.
bool undergone(const ClauseView& v, std::uint16_t w) {
  if (v.upos(w) != UPos::kNoun && v.upos(w) != UPos::kPropn) return false;
  if (v.child_in_class(w, DepRel::kCase, WordClass::kUndergo)) return true;
  int h = v.parent(w);
  for (int steps = 0; h >= 0 && steps < 2; ++steps, h = v.parent(static_cast<std::uint16_t>(h)))
    if (v.in_class(static_cast<std::uint16_t>(h), WordClass::kUndergo)) return true;
  return false;
}

// "Qatar selaku mediator negosiasi", "the talks' mediators", "peace negotiators": a nominal trigger
// that qualifies a noun of the part someone plays (words class `role_noun`) describes them; the
// act it names is told elsewhere, if at all.
bool names_a_role(const ClauseView& v, std::uint16_t w) {
  if (v.upos(w) != UPos::kNoun || v.parent(w) < 0) return false;
  const auto head = static_cast<std::uint16_t>(v.parent(w));
  const DepRel b = v.base_rel(w);
  const bool qualifies =
      b == DepRel::kCompound || v.rel(w) == DepRel::kNmodPoss || (b == DepRel::kNmod && v.case_marker(w).empty());
  return qualifies && v.in_class(head, WordClass::kRoleNoun);
}

// "X's supporters Japan and Brazil": a trigger word that is itself a role noun names
// the people who play that part (the window coder's English stems join "supporters" to
// "support"), not an act.
bool is_role_noun(const ClauseView& v, std::uint16_t w) {
  return v.upos(w) == UPos::kNoun && v.in_class(w, WordClass::kRoleNoun);
}

// True when the parse says the event's trigger states no act of its own, or not this one.
bool syntax_denies(const ClauseView& v, const Event& e) {
  const int w = v.word_at(e.evidence.front().trigger.begin);
  if (w < 0) return false;
  const auto t = static_cast<std::uint16_t>(w);
  return v.upos(t) == UPos::kAdj || participle_adjunct(v, t) || foreign_actor_of_adjunct(v, t, e) || undergone(v, t) ||
         names_a_role(v, t) || is_role_noun(v, t);
}

}  // namespace

std::vector<Event> SyntaxCoder::gate_window_events(const CoderInput& in, std::vector<Event> window) const {
  if (!in.tokens || !in.mentions || window.empty()) return window;
  std::map<std::uint32_t, const SentenceTokens*> by_index;
  for (const SentenceTokens& st : in.tokens->sentences)
    if (!st.syntax.empty()) by_index[st.sentence] = &st;
  std::erase_if(window, [&](const Event& e) {
    if (e.evidence.empty()) return false;
    const Evidence& ev = e.evidence.front();
    auto it = by_index.find(ev.sentence);
    if (it == by_index.end()) return false;
    ClauseView v(in.text, *it->second, *in.mentions, *gz_, in.tokens->language);
    return syntax_denies(v, e);
  });
  return window;
}

}  // namespace kronik
