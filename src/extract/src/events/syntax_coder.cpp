// The syntax coder: triggers -> frames -> roles -> modality -> attribution -> dates, per sentence.
#include "kronik/extract/events/syntax_coder.h"

#include <algorithm>
#include <map>
#include <optional>

#include "coder_stages.h"
#include "kronik/core/text.h"

namespace kronik {

using syntax::DepRel;
using syntax::UPos;

namespace {

using coder::Roles;

constexpr double kBaseConfidence = 0.55;

// A trigger that holds a frame in one sentence.
struct Coded {
  std::uint16_t word = 0;        // the trigger (the noun for a light-verb construction)
  std::uint16_t predicate = 0;   // the verb whose clause it is (the light verb, or the trigger)
  const CameoFrame* frame = nullptr;
  std::string code;
  Roles roles;
  Modality modality = Modality::kAsserted;
  std::string rule;
  bool speech = false;
  bool hearsay = false;  // another party's act that a speaker reports: the speaker's statement, not asserted
};

int root_of(std::string_view code) { return code.size() >= 2 ? (code[0] - '0') * 10 + (code[1] - '0') : 0; }

// ---- modality

bool negated(const ClauseView& v, std::uint16_t t) {
  for (std::uint16_t c : v.children(t)) {
    const DepRel b = v.base_rel(c);
    if ((b == DepRel::kAdvmod || b == DepRel::kAux || b == DepRel::kDet || v.upos(c) == UPos::kPart) &&
        v.in_class(c, WordClass::kNegation))
      return true;
  }
  return false;
}

bool has_marker(const ClauseView& v, std::uint16_t t, WordClass cls) {
  for (std::uint16_t c : v.children(t))
    if (v.base_rel(c) == DepRel::kMark && v.in_class(c, cls)) return true;
  return false;
}

bool is_question(const ClauseView& v) {
  const SentenceTokens& st = v.tokens();
  for (std::size_t k = st.toks.size(); k-- > 0;) {
    if (st.toks[k].word) return false;
    if (st.toks[k].text == "?") return true;
  }
  return false;
}

// "Freedonia to release 30 prisoners", "Ministry to cut subsidies": a headline's bare infinitive
// (the root, with its subject and "to") announces, it does not report; so does "X is to release".
// A root infinitive under another auxiliary ("has to", "ought to") or without a subject is no
// headline of that form.
bool headline_infinitive(const ClauseView& v, std::uint16_t w) {
  if (v.parent(w) >= 0 || !has_marker(v, w, WordClass::kPurpose)) return false;
  bool subject = false;
  for (std::uint16_t c : v.children(w)) {
    const DepRel b = v.base_rel(c);
    if ((b == DepRel::kAux || b == DepRel::kCop) && v.lemma(c) != "be") return false;
    subject = subject || b == DepRel::kNsubj;
  }
  return subject;
}

// "will take effect today", "akan berlaku hari ini": a future tense with a time of the day of
// writing reports what the day holds (the report's date is the happening's), not a plan.
// The time may hang on the verb or, as parsers often attach it, on its object ("akan mengunjungi
// Moskow hari ini" with "hari" under "Moskow").
bool same_day_future(const ClauseView& v, std::uint16_t w) {
  for (std::uint16_t c : v.children(w)) {
    if (v.class_phrase_at(c, WordClass::kSameDay) > 0) return true;
    for (std::uint16_t g : v.children(c))
      if (v.class_phrase_at(g, WordClass::kSameDay) > 0) return true;
  }
  return false;
}

// "will meet", "akan bertemu", "plans to visit", "berencana mengunjungi": not (yet) a happening.
// "ready to", "agreed to", "siap", "sepakat" make it a commitment (`commitment` set).
Modality modality_of(const ClauseView& v, std::uint16_t t, bool& commitment) {
  commitment = false;
  if (is_question(v)) return Modality::kHypothetical;
  std::uint16_t w = t;
  for (int step = 0; step < 4; ++step) {
    if (negated(v, w)) return Modality::kNegated;
    if (v.child_in_class(w, DepRel::kAdvmod, WordClass::kHypothetical) || v.child_in_class(w, DepRel::kAux, WordClass::kHypothetical))
      return Modality::kHypothetical;  // "mungkin menyerang", "possibly attacked"
    // "untuk mengusir", "in order to expel": a purpose, not something that happened.
    if (v.base_rel(w) == DepRel::kAdvcl && has_marker(v, w, WordClass::kPurpose)) return Modality::kPlanned;
    if (headline_infinitive(v, w)) return Modality::kPlanned;
    if (has_marker(v, w, WordClass::kHypothetical)) return Modality::kHypothetical;
    if (v.child_in_class(w, DepRel::kAux, WordClass::kFuture) && !same_day_future(v, w)) return Modality::kPlanned;
    const int p = v.parent(w);
    const DepRel base = v.base_rel(w);
    if (p < 0 || (base != DepRel::kXcomp && base != DepRel::kConj && base != DepRel::kCcomp)) break;
    const auto pw = static_cast<std::uint16_t>(p);
    if (base == DepRel::kXcomp && v.in_class(pw, WordClass::kReady)) commitment = true;
    if (base == DepRel::kXcomp && v.in_class(pw, WordClass::kNegation)) return Modality::kNegated;  // "refused to"
    if (base == DepRel::kXcomp && v.in_class(pw, WordClass::kFuture)) return Modality::kPlanned;
    if (base == DepRel::kCcomp) break;  // a reported clause keeps its own modality
    w = pw;
  }
  return Modality::kAsserted;
}

// A commitment to a cooperative act is CAMEO 03 "express intent to ...", refined by the act.
std::string intent_code(std::string_view inner) {
  switch (root_of(inner)) {
    case 4: return "036";
    case 5: return "032";
    case 6: return "031";
    case 7: return "033";
    case 8: return "035";
    default: return "030";
  }
}

bool quote_mark(const ClauseView& v, std::size_t w) {
  const std::string& f = v.form(static_cast<std::uint16_t>(w));
  return f == "\"" || f == "\u201c" || f == "\u201d";
}

// "'We are ready to help X,' the minister said", "..., said Y": a speech verb right after a
// closing quotation mark (its speaker between them, a few words at most) reports the quotation.
// The parser may hang a long quotation anywhere (on the speaker, as a second complement); its
// clause is the first word inside the marks whose head lies outside them, unless that word
// governs the speech verb itself (then the tree already reads the sentence its own way).
int quoted_clause(const ClauseView& v, std::uint16_t speech) {
  std::size_t close = speech;
  while (close > 0 && speech - close < 5 && !quote_mark(v, close - 1)) {
    const auto w = static_cast<std::uint16_t>(close - 1);
    if (v.upos(w) == UPos::kVerb || v.upos(w) == UPos::kPunct) return -1;
    --close;
  }
  if (close == 0 || !quote_mark(v, close - 1)) return -1;
  --close;
  std::size_t open = close;
  while (open > 0 && !quote_mark(v, open - 1)) --open;
  if (open == 0) return -1;
  for (std::size_t w = open; w < close; ++w) {
    const int p = v.parent(static_cast<std::uint16_t>(w));
    const bool inside = p >= static_cast<int>(open) && p < static_cast<int>(close);
    if (inside || v.upos(static_cast<std::uint16_t>(w)) == UPos::kPunct) continue;
    return v.dominates(static_cast<std::uint16_t>(w), speech) ? -1 : static_cast<int>(w);
  }
  return -1;
}

// The clause a speech verb reports: its complement, or the clause it is a parenthetical of
// ("X will go, he said"), or the quotation before it.
int reported_clause(const ClauseView& v, std::uint16_t speech) {
  for (std::uint16_t c : v.children(speech)) {
    const DepRel b = v.base_rel(c);
    if (b == DepRel::kCcomp || b == DepRel::kParataxis) return c;
  }
  if (v.base_rel(speech) == DepRel::kParataxis) return v.parent(speech);
  return v.language() == Language::kEnglish ? quoted_clause(v, speech) : -1;
}

// ---- triggers

bool light_verb_object(const ClauseView& v, const CameoLexicon& lex, std::uint16_t verb, std::uint16_t& noun) {
  if (!v.in_class(verb, WordClass::kLightVerb)) return false;
  for (std::uint16_t c : v.children(verb)) {
    const DepRel r = v.rel(c);
    if ((r == DepRel::kObj || r == DepRel::kObjLvc || r == DepRel::kCompoundLvc) &&
        !coder::noun_frames(v, lex, c).empty()) {
      noun = c;
      return true;
    }
  }
  return false;
}

// "the impeached president", "Korea's ousted leader", "presiden yang dimakzulkan" is a
// description of a person, not a report of the act: a participle used as an adjective (amod, or
// an English participle between a determiner, possessive or adjective and the noun it qualifies,
// with no subject or auxiliary of its own; an adjective or a name qualifying a title that the
// parser made its subject is the qualifier before it: "South Korean impeached President X").
bool qualifier_word(const ClauseView& v, std::uint16_t c) {
  const int m = v.mention_at(c);
  if (v.upos(c) == UPos::kAdj || (m >= 0 && v.mention(m).modifier)) return true;
  // "South Korean": a name written as an adjective, its head tagged as a proper noun
  for (std::uint16_t k : v.children(c))
    if (m >= 0 && v.mention_at(k) == m && v.upos(k) == UPos::kAdj) return true;
  return false;
}

bool attributive(const ClauseView& v, std::uint16_t w) {
  if (v.base_rel(w) == DepRel::kAmod) return true;
  if (v.language() != Language::kEnglish || w == 0 || w + 1u >= v.size()) return false;
  for (std::uint16_t c : v.children(w)) {
    const DepRel b = v.base_rel(c);
    if ((b == DepRel::kNsubj && !qualifier_word(v, c)) || b == DepRel::kAux) return false;
  }
  const UPos before = v.upos(static_cast<std::uint16_t>(w - 1)), after = v.upos(static_cast<std::uint16_t>(w + 1));
  const bool opens_np = before == UPos::kDet || before == UPos::kAdj || before == UPos::kPart;
  return opens_np && (after == UPos::kNoun || after == UPos::kPropn) && v.form(w) != v.lemma(w);
}

bool place_like(const ClauseView& v, int m) {
  const EntityType t = v.mention(m).type;
  return t == EntityType::kCountry || t == EntityType::kLocation;
}

bool led_toward(const ClauseView& v, std::uint16_t phrase) {
  for (std::uint16_t k : v.children(phrase))
    if (v.base_rel(k) == DepRel::kCase && !v.in_class(k, WordClass::kFromPrep) &&
        (v.in_class(k, WordClass::kDirPrep) || v.in_class(k, WordClass::kDeparture)))
      return true;
  return false;
}

// The destination of a departure: a place in a phrase led by "to", "for", "menuju", "ke", on the
// verb or (misattached by the parser) on the place left.
int destination(const ClauseView& v, std::uint16_t verb) {
  std::vector<std::uint16_t> phrases;
  for (std::uint16_t c : v.children(verb)) {
    if (v.base_rel(c) == DepRel::kObl && v.rel(c) != DepRel::kOblTmod) phrases.push_back(c);
    if (v.rel(c) == DepRel::kObj)
      for (std::uint16_t k : v.children(c))
        if (v.base_rel(k) == DepRel::kNmod) phrases.push_back(k);
  }
  for (std::uint16_t p : phrases) {
    if (!led_toward(v, p)) continue;
    for (int m : v.entities_of(p))
      if (place_like(v, m)) return m;
  }
  return -1;
}

// "left Malaysia for Singapore", "meninggalkan Medan menuju Kuala Lumpur": the country
// or city a traveller leaves is no party met; the trip is placed at its destination (a report of
// the departure must not join the visit to the place left).
void departure_place(const ClauseView& v, std::uint16_t verb, Roles& r) {
  std::vector<int> left;
  for (std::uint16_t c : v.children(verb))
    if (v.rel(c) == DepRel::kObj)
      for (int m : v.entities_of(c))
        if (place_like(v, m)) left.push_back(m);
  std::erase_if(r.target, [&](int m) { return std::find(left.begin(), left.end(), m) != left.end(); });
  if (const int d = destination(v, verb); d >= 0) {
    r.location = d;
    r.location_oblique = true;
  }
}

// Who can speak or act: persons, states, organisations, groups, and places (a capital speaks for
// its state).
bool party_type(EntityType t) {
  return t == EntityType::kCountry || t == EntityType::kOrganization || t == EntityType::kPerson ||
         t == EntityType::kGroup || t == EntityType::kLocation;
}

// "..., South Korea said", "..., the Freedonian navy said on Monday", "'...' X said": a speech verb
// without a subject, right after a name (with its determiner) that follows a comma or a closing
// quotation mark, has that name for its speaker; the parser may take the name for a second
// complement of the verb, or a modifier of it.
void trailing_speaker(const ClauseView& v, std::uint16_t speech, Roles& r) {
  if (!r.actor.empty() || speech == 0) return;
  auto first = static_cast<std::uint16_t>(speech - 1);
  const int m = v.mention_at(first);
  if (m < 0 || v.mention(m).type == EntityType::kLocation || !party_type(v.mention(m).type)) return;
  while (first > 0 && (v.mention_at(first - 1) == m || v.upos(first - 1) == UPos::kDet)) --first;
  if (first == 0 || (v.form(first - 1) != "," && !quote_mark(v, first - 1u))) return;
  r.actor = {m};
  r.subject_word = static_cast<std::uint16_t>(speech - 1);
}

// A frame with only a reverse code (PETRARCH's `[:b]`, cameo_roots `-:b`) codes the act of the
// party the verb's object or passive subject names, towards its subject or agent: "A swore in B",
// "B was sworn in", "A melantik B" are B's oath (017) before A; "X received an invitation from Y"
// is Y's. The subject word no longer names the actor, so no pronoun rule reads it as one.
// A ceremony (017) whose sworn-in side names no party ("A swore in the new cabinet", "the
// ministers were sworn in by A") is the act of the one who performs it.
void reverse_roles(const CameoFrame& f, Coded& c) {
  if (c.roles.target.empty() && !c.roles.actor.empty() && f.code_rev.rfind("017", 0) == 0) {
    c.rule += "+ceremony";
    c.code = f.code_rev;
    return;
  }
  std::swap(c.roles.actor, c.roles.target);
  c.roles.subject_word = 0xFFFF;
  c.code = f.code_rev;
  c.rule += "+reverse";
}

// "mencium tangan X", "shook X's hand", "bombed the rebels' depots": an object that names no
// party is acted on through its possessor, the act's target. An object that is itself an act
// (a noun with frames: "menyampaikan terima kasih Rusia", "announced Russia's support") has its
// possessor for its source, not its target.
void target_owning_object(const ClauseView& v, const CameoLexicon& lex, std::uint16_t verb, Roles& r) {
  for (std::uint16_t c : v.children(verb))
    if (v.rel(c) == DepRel::kObj && v.entities_of(c).empty() && coder::noun_frames(v, lex, c).empty())
      coder::possessor_of_object(v, c, r);
}

// "The cabinet approved the truce on Saturday", "Parlemen menyetujui perjanjian itu pada Jumat":
// approving, ratifying or signing an agreement (057 by a frame that names the agreement as its
// object) is one party's own step; the other party made the agreement before and need not be
// named.
bool agreement_step_frame(const CameoFrame& f) {
  if (f.code.rfind("057", 0) != 0) return false;
  return std::any_of(f.pattern.begin(), f.pattern.end(),
                     [](const PatternElement& el) { return el.slot == PatternSlot::kObj && !el.words.empty(); });
}

// "menyetujui perjanjian itu" approves the agreement (057), while "menyetujui pemakzulan" enacts
// the impeachment its object names and "menggelar latihan militer" holds the exercise: a light
// verb is read through its object, except when its own frame is the step of an agreement named
// as that object (the noun alone, "kesepakatan", is only an accord, 019).
bool approves_agreement(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w) {
  auto frames = coder::verb_frames(v, lex, w);
  if (frames.empty()) return false;
  int tg = -1, src = -1;
  const CameoFrame* f = coder::choose_frame(v, lex, w, coder::is_passive(v, w, frames.front().passive), frames, tg, src);
  return f && agreement_step_frame(*f);
}

// "attended the inauguration of X", "menghadiri pelantikan X": a visit (04) whose object is
// another party's occasion visits that party, the occasion's possessor or "of" phrase (also on
// the head of a compound: "the inauguration ceremony of X").
void host_of_occasion(const ClauseView& v, std::uint16_t verb, Roles& r) {
  for (std::uint16_t c : v.children(verb)) {
    if (v.rel(c) != DepRel::kObj) continue;
    coder::possessor_of_object(v, c, r);
    for (std::uint16_t k : v.children(c))
      if (v.base_rel(k) == DepRel::kNmod && v.case_marker(k) == "of")
        for (int m : v.entities_of(k))
          if (!place_like(v, m)) r.target.push_back(m);
  }
}

bool code_verb(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w, std::vector<bool>& used, Coded& out) {
  if (attributive(v, w)) return false;
  std::uint16_t noun = 0;
  if (!approves_agreement(v, lex, w) && light_verb_object(v, lex, w, noun)) {
    int tg = -1, src = -1;
    const CameoFrame* f = coder::choose_frame(v, lex, noun, false, coder::noun_frames(v, lex, noun), tg, src);
    if (!f) return false;
    used[noun] = true;
    const bool passive = coder::is_passive(v, w, false);
    out = Coded{noun, w, f, f->code, coder::verb_roles(v, w, passive), Modality::kAsserted,
                "syntax:light-verb:" + f->source, false};
    Roles extra = coder::noun_roles(v, noun, *f);
    for (int m : extra.target) out.roles.target.push_back(m);
    return true;
  }
  auto frames = coder::verb_frames(v, lex, w);
  if (frames.empty() || frames.front().kind == FrameKind::kReport) return false;  // reporting is attribution
  const bool passive = coder::is_passive(v, w, frames.front().passive);
  int tg = -1, src = -1;
  const CameoFrame* f = coder::choose_frame(v, lex, w, passive, frames, tg, src, true);
  if (!f) return false;
  // A speech verb reports a clause; without one it is an act of its own ("declared martial law").
  const bool speech = f->kind == FrameKind::kSpeech && reported_clause(v, w) >= 0;
  out = Coded{w, w, f, f->code, coder::verb_roles(v, w, passive), Modality::kAsserted, "syntax:verb:" + f->source,
              speech};
  if (f->kind == FrameKind::kSpeech) trailing_speaker(v, w, out.roles);
  if (tg >= 0) out.roles.target = v.entities_of(static_cast<std::uint16_t>(tg));
  if (src >= 0) out.roles.actor = v.entities_of(static_cast<std::uint16_t>(src));
  if (out.roles.target.empty()) target_owning_object(v, lex, w, out.roles);
  if (out.roles.target.empty() && root_of(f->code) == 4) host_of_occasion(v, w, out.roles);
  if (f->null()) reverse_roles(*f, out);
  if (root_of(f->code) == 4 && v.in_class(w, WordClass::kDeparture)) departure_place(v, w, out.roles);
  return true;
}

// A nominal event is stated when it is the sentence's head (a headline) or a core argument of a
// verb ("penangkapan X memicu protes", "condemned the arrest of X"); inside an oblique or a
// modifier it is mostly background ("support for Russia's war on Ukraine").
bool event_argument(const ClauseView& v, std::uint16_t n) {
  const DepRel b = v.base_rel(n);
  return v.parent(n) < 0 || b == DepRel::kNsubj || b == DepRel::kObj || b == DepRel::kRoot;
}

// "took effect", "came into effect", "mulai berlaku", "dimulai": the verb or its object or oblique
// tells that an act comes into force (words class `onset`). A beginning verb with another
// complement begins what that complement says ("mulai goyah", "began to unravel").
bool onset_predicate(const ClauseView& v, std::uint16_t p) {
  const bool verb = v.in_class(p, WordClass::kOnset);
  bool marked = verb;
  for (std::uint16_t c : v.children(p)) {
    const DepRel b = v.base_rel(c);
    const bool complement = b == DepRel::kXcomp || b == DepRel::kObj, onset = v.in_class(c, WordClass::kOnset);
    if (verb && complement && !onset) return false;
    marked = marked || ((complement || b == DepRel::kObl) && onset);
  }
  return marked;
}

bool mutual_frame(const CameoFrame& f) {
  return std::any_of(f.args.begin(), f.args.end(), [](const NounArgument& a) { return a.role == NounArgument::kBoth; });
}

// "gencatan senjata antara A dan B mulai berlaku", "the truce between A and B took effect": a
// mutual act (a frame argument with role `both`) that names all its parties and is the subject of
// its coming into force happened between them: the first named acts, the others are its partners
// (as reciprocal_parties does for verbs). Under another verb ("the truce between A and B
// collapsed") the act is only referred to.
void mutual_onset_parties(const ClauseView& v, std::uint16_t n, const CameoFrame& f, Roles& r) {
  std::erase_if(r.actor, [&](int m) { return v.mention(m).type == EntityType::kLocation; });
  if (!r.target.empty() || r.actor.size() < 2 || !mutual_frame(f)) return;
  const int p = v.parent(n);
  if (p < 0 || v.base_rel(n) != DepRel::kNsubj || !onset_predicate(v, static_cast<std::uint16_t>(p))) return;
  r.target.assign(r.actor.begin() + 1, r.actor.end());
  r.actor.resize(1);
}

bool code_noun(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w, Coded& out) {
  auto frames = coder::noun_frames(v, lex, w);
  if (frames.empty()) return false;
  int tg = -1, src = -1;
  const CameoFrame* f = coder::choose_frame(v, lex, w, false, frames, tg, src);
  if (!f) return false;
  Roles r = coder::noun_roles(v, w, *f);
  mutual_onset_parties(v, w, *f, r);
  // A nominal event outside a light verb names both parties ("penangkapan X oleh Y", "Russia's
  // war on Ukraine"); with one party it is usually background ("perang Rusia", "China's support").
  // A speech with its speaker may stand alone: one_party_event() keeps it when it has a time of
  // its own ("pidato X di parlemen pada hari ini").
  const bool speech = v.in_class(w, WordClass::kSpeechNoun) && root_of(f->code) == 1;
  if (r.actor.empty() || (r.target.empty() && !speech) || !event_argument(v, w)) return false;
  const int p = v.parent(w);
  out = Coded{w, static_cast<std::uint16_t>(p >= 0 ? p : w), f, f->code, std::move(r), Modality::kAsserted,
              "syntax:noun:" + f->source, false};
  return true;
}

// The end of the direct quotation `w` is in (the next quotation mark after an odd number of
// them), or w + 1 when it is in none.
std::size_t quotation_end(const ClauseView& v, std::uint16_t w) {
  std::size_t marks = 0;
  for (std::size_t k = 0; k < w; ++k) marks += quote_mark(v, k) ? 1 : 0;
  std::size_t end = w + 1u;
  if (marks % 2 == 1)
    while (end < v.size() && !quote_mark(v, end)) ++end;
  return end;
}

// The first party named inside the subtree of `w` that is not among `not_these`. A direct
// quotation is one utterance, though the parser may cut a long one into several clauses of the
// speech verb ("'We are ready to take responsibility ... to rebuild X's ports,' Y said", the
// infinitive read as a second complement): without a party under `w`, the first one named after
// it in its quotation.
std::vector<int> first_party_under(const ClauseView& v, std::uint16_t w, const std::vector<int>& not_these) {
  auto party = [&](std::uint16_t k) {
    const int m = v.mention_at(k);
    if (m < 0 || std::find(not_these.begin(), not_these.end(), m) != not_these.end()) return -1;
    const EntityType t = v.mention(m).type;
    const bool acts = t == EntityType::kCountry || t == EntityType::kOrganization || t == EntityType::kPerson ||
                      t == EntityType::kGroup;
    return acts ? m : -1;
  };
  for (std::uint16_t k = 0; k < v.size(); ++k)
    if (const int m = party(k); m >= 0 && v.dominates(w, k)) return {m};
  for (std::size_t k = w + 1u, end = quotation_end(v, w); k < end; ++k)
    if (const int m = party(static_cast<std::uint16_t>(k)); m >= 0) return {m};
  return {};
}

// Whether `pred` is `w` or continues it through open complements and conjuncts ("ready to help
// and rebuild"): the act the readiness commits to. An act deeper down ("ready to play its part in
// all that is useful to mend X") is not, and has no subject to carry the commitment.
bool continues(const ClauseView& v, std::uint16_t w, std::uint16_t pred) {
  for (int step = 0; step < 4 && pred != w; ++step) {
    const DepRel b = v.base_rel(pred);
    if (v.parent(pred) < 0 || (b != DepRel::kXcomp && b != DepRel::kConj)) return false;
    pred = static_cast<std::uint16_t>(v.parent(pred));
  }
  return pred == w;
}

// "Norway stands ready to rebuild ... Moldova's schools", "Iran siap membantu ...":
// readiness whose complement holds no coded act is an intent (030) of its subject towards the
// party the complement names.
void readiness_triggers(const ClauseView& v, std::vector<Coded>& out) {
  for (std::uint16_t w = 0; w < v.size(); ++w) {
    if (!v.in_class(w, WordClass::kReady)) continue;
    int comp = -1, subj = -1;
    for (std::uint16_t c : v.children(w)) {
      if (v.base_rel(c) == DepRel::kXcomp) comp = c;
      if (v.base_rel(c) == DepRel::kNsubj) subj = c;
    }
    if (comp < 0 || subj < 0) continue;
    if (std::any_of(out.begin(), out.end(), [&](const Coded& c) { return continues(v, w, c.predicate); })) continue;
    const auto cw = static_cast<std::uint16_t>(comp);
    Coded c;
    c.word = c.predicate = w;
    c.code = "030";
    c.rule = "syntax:ready";
    c.roles.actor = v.entities_of(static_cast<std::uint16_t>(subj));
    c.roles.subject_word = static_cast<std::uint16_t>(subj);
    c.roles.target = first_party_under(v, cw, c.roles.actor);
    if (!c.roles.actor.empty()) out.push_back(std::move(c));
  }
}

// "Vietnam has promised to buy ... Japanese rice": an intent (03) verb without a
// target is towards the first party its open complement names (a commitment whose act the
// dictionaries do not code: the readiness rule above, for verbs of promising).
void intent_target_from_complement(const ClauseView& v, Coded& c) {
  if (root_of(c.code) != 3 || !c.roles.target.empty()) return;
  for (std::uint16_t x : v.children(c.predicate))
    if (v.base_rel(x) == DepRel::kXcomp) {
      c.roles.target = first_party_under(v, x, c.roles.actor);
      return;
    }
}

bool led_by(const ClauseView& v, std::uint16_t phrase, WordClass cls) {
  for (std::uint16_t k : v.children(phrase))
    if (v.base_rel(k) == DepRel::kCase && v.in_class(k, cls)) return true;
  return false;
}

// The "between"/"antara" phrase on the predicate or on one of its core arguments ("kesepakatan
// antara A dan B tercapai": the parser hangs it on either), or -1.
int between_phrase(const ClauseView& v, std::uint16_t pred) {
  for (std::uint16_t c : v.children(pred)) {
    const DepRel b = v.base_rel(c);
    if ((b == DepRel::kObl || b == DepRel::kNmod) && led_by(v, c, WordClass::kBetweenPrep)) return c;
    if (b != DepRel::kNsubj && b != DepRel::kObj) continue;
    for (std::uint16_t k : v.children(c))
      if (v.base_rel(k) == DepRel::kNmod && led_by(v, k, WordClass::kBetweenPrep)) return k;
  }
  return -1;
}

// "kesepakatan dagang tercapai antara A dan B", "an agreement was reached between A and B": an
// act whose parties are all named together in one "between" phrase, with no subject of its own,
// is theirs together: the first named acts, the others are its partners (the merge compares a
// mutual act's parties as one set). A "with" phrase names only the partner and is left alone.
void reciprocal_parties(const ClauseView& v, Roles& r, std::uint16_t pred) {
  if (!r.actor.empty() || r.target.size() < 2) return;
  const int phrase = between_phrase(v, pred);
  if (phrase < 0) return;
  const std::vector<int> named = v.entities_of(static_cast<std::uint16_t>(phrase));
  const bool all_there = std::all_of(r.target.begin(), r.target.end(), [&](int m) {
    return std::find(named.begin(), named.end(), m) != named.end();
  });
  if (!all_there) return;
  r.actor.push_back(r.target.front());
  r.target.erase(r.target.begin());
}

// The triggers of one sentence; `withheld` is set when a trigger verb is only a description
// ("the impeached president").
std::vector<Coded> find_triggers(const ClauseView& v, const CameoLexicon& lex, bool& withheld) {
  std::vector<Coded> out;
  std::vector<bool> used(v.size(), false);
  for (std::uint16_t w = 0; w < v.size(); ++w) {
    if (v.upos(w) != UPos::kVerb) continue;
    Coded c;
    if (code_verb(v, lex, w, used, c)) out.push_back(std::move(c));
    else if (attributive(v, w) && !coder::verb_frames(v, lex, w).empty()) withheld = true;
  }
  // The object of a coded verb is what the verb does to it ("membebaskan sandera" releases
  // hostages; it takes none), not an event of its own.
  for (const Coded& c : out)
    for (std::uint16_t k : v.children(c.predicate))
      if (v.base_rel(k) == DepRel::kObj) used[k] = true;
  for (std::uint16_t w = 0; w < v.size(); ++w) {
    Coded c;
    if (!used[w] && v.upos(w) == UPos::kNoun && code_noun(v, lex, w, c)) out.push_back(std::move(c));
  }
  readiness_triggers(v, out);
  return out;
}

// ---- attribution

std::vector<std::string> keys_of(const ClauseView& v, const std::vector<int>& ms) {
  std::vector<std::string> out;
  for (int m : ms) {
    const std::string& k = v.mention(m).entity_key;
    if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

// The party a speech verb addresses: its indirect object or a "to"/"kepada" oblique ("told
// Kim", "said to Kim", "mengatakan kepada Kim").
std::vector<int> addressee(const ClauseView& v, std::uint16_t speech) {
  for (std::uint16_t c : v.children(speech)) {
    const DepRel r = v.rel(c);
    if (r == DepRel::kIobj || (r == DepRel::kObj && v.upos(c) != UPos::kPron)) return v.entities_of(c);
    if (v.base_rel(c) != DepRel::kObl) continue;
    for (std::uint16_t k : v.children(c))
      if (v.base_rel(k) == DepRel::kCase && (v.in_class(k, WordClass::kTargetPrep) || v.in_class(k, WordClass::kDirPrep)))
        return v.entities_of(c);
  }
  return {};
}

bool person_word(const ClauseView& v, int w, WordClass cls) { return w >= 0 && v.in_class(static_cast<std::uint16_t>(w), cls); }

// Inside what a speaker says, "we"/"kami"/"kita" are the speaker and "you"/"Anda" the party
// addressed: "'We will help Syria,' Fidan said" -> Fidan helps Syria.
// "The senator said he had phoned X", "Kim mengatakan ia telah ...": a singular personal pronoun as the
// subject of a person's reported clause is that person.
void bind_persons(const ClauseView& v, const Coded& speech, Coded& inner) {
  const int subject = inner.roles.subject_word == 0xFFFF ? -1 : inner.roles.subject_word;
  const bool person_speaks = v.mention(speech.roles.actor.front()).type == EntityType::kPerson;
  // The pronoun names the speaker even when the roles stage took the person named last for it.
  if ((inner.roles.actor.empty() && person_word(v, subject, WordClass::kFirstPerson)) ||
      (person_speaks && person_word(v, subject, WordClass::kPronounSg)))
    inner.roles.actor = speech.roles.actor;
  if (!inner.roles.target.empty()) return;
  for (std::uint16_t c : v.children(inner.predicate)) {
    const DepRel b = v.base_rel(c);
    if (b != DepRel::kObj && b != DepRel::kObl && b != DepRel::kIobj) continue;
    if (v.in_class(c, WordClass::kSecondPerson)) inner.roles.target = addressee(v, speech.word);
    else if (v.in_class(c, WordClass::kFirstPerson) && inner.roles.actor != speech.roles.actor)
      inner.roles.target = speech.roles.actor;
  }
}

// Whether a reported act is the speaker's own side's. A person may speak for the state or body
// they serve ("'Turkey is ready to ...,' Fidan said"), which the clause does not tell; a state or
// organisation speaks for itself only.
bool acts_itself(const ClauseView& v, int speaker, const Coded& c) {
  for (int m : c.roles.actor)
    if (v.mention(m).entity_key == v.mention(speaker).entity_key) return true;
  // Officials announce their side's cooperation and denounce the others' hostility: a person
  // reporting a cooperative act (01-10) speaks for its actor, one reporting a hostile act
  // (11-20: "menegaskan bahwa pendudukan Israel melanggar hukum") accuses it.
  return v.mention(speaker).type == EntityType::kPerson && root_of(c.code) <= 10;
}

// Gives the speaker's claim to the acts inside the reported clause. The speaker's own acts are
// events with that claim; another party's act ("AS mengatakan Korea Utara telah mengirim
// amunisi") is hearsay: not asserted, the sentence is the speaker's statement about that party.
// True when the clause held an act of the speaker's own.
bool attribute(const ClauseView& v, const Coded& speech, std::vector<Coded>& all, std::vector<Claim>& claims) {
  const int content = reported_clause(v, speech.word);
  if (content < 0 || speech.roles.actor.empty()) return false;
  bool own = false;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].speech || !v.dominates(static_cast<std::uint16_t>(content), all[i].predicate)) continue;
    bind_persons(v, speech, all[i]);
    Claim& cl = claims[i];
    cl.speaker = v.mention(speech.roles.actor.front()).entity_key;
    all[i].hearsay = !acts_itself(v, speech.roles.actor.front(), all[i]);
    own = own || !all[i].hearsay;
  }
  return own;
}

// A statement with no coded act inside is a 010 statement towards the party it names.
bool statement_target(const ClauseView& v, const Coded& speech, std::vector<int>& target) {
  const int content = reported_clause(v, speech.word);
  if (content < 0 || speech.roles.actor.empty()) return false;
  // The party the reported clause is about: its subject or object ("said Israel had agreed",
  // "mengatakan Korea Utara telah mengirim ..."), not a name deep inside it.
  const auto pred = static_cast<std::uint16_t>(content);
  Roles inner = coder::verb_roles(v, pred, coder::is_passive(v, pred, false));
  // "'You must leave,' Iran told Israel": the party addressed.
  if (inner.subject_word != 0xFFFF && v.in_class(inner.subject_word, WordClass::kSecondPerson))
    inner.actor = addressee(v, speech.word);
  // "China told Japan that ...": telling someone is a statement to them.
  if (std::vector<int> to = addressee(v, speech.word); !to.empty()) inner.actor = to;
  for (const std::vector<int>* side : {&inner.actor, &inner.target})
    for (int m : *side) {
      const EntityType t = v.mention(m).type;
      if (v.mention(m).modifier || t == EntityType::kLocation || t == EntityType::kUnknown) continue;
      target.push_back(m);
      return true;
    }
  // "bahwa pendudukan Israel atas Palestina melanggar hukum": the party owning the subject noun.
  if (inner.subject_word != 0xFFFF)
    for (std::uint16_t c : v.children(inner.subject_word)) {
      const DepRel r = v.rel(c);
      if ((r != DepRel::kNmodPoss && v.base_rel(c) != DepRel::kNmod) || !v.case_marker(c).empty()) continue;
      for (int m : v.entities_of(c))
        if (v.mention(m).type != EntityType::kLocation && v.mention(m).type != EntityType::kUnknown) {
          target.push_back(m);
          return true;
        }
    }
  return false;
}

}  // namespace

namespace {

struct SentenceContext {
  const CoderInput& in;
  const Sentence& sentence;
  const ClauseView& view;
  std::span<const TimeMention* const> times;
  const Gazetteer& gz;
};

bool held_on(const OfficeTerm& o, const TimeValue& day) {
  if (!day.known()) return true;
  return !time_less(day, o.start) && (!o.end.known() || !time_less(o.end, day));
}

// "The premier says he told the Freedonian navy to ...": the state a person serves (an office held
// when the article appeared) is their own side, not a party they act towards.
void drop_own_state(const SentenceContext& sc, Roles& r) {
  std::vector<std::string> own;
  for (int a : r.actor) {
    const Mention& m = sc.view.mention(a);
    if (m.type != EntityType::kPerson || r.target.empty()) continue;
    for (const OfficeTerm& o : sc.gz.offices_of(m.entity_key))
      if (held_on(o, sc.in.published)) own.push_back(o.country);
  }
  std::erase_if(r.target, [&](int t) {
    return std::find(own.begin(), own.end(), sc.view.mention(t).entity_key) != own.end();
  });
}

// ---- attribution phrases: "..., according to X", "..., menurut X", "According to X, ..."

// An attribution phrase gives the rest of its sentence a speaker. The parser often hangs a
// sentence-final one on the comma or flattens the name into a modifier, so it is read from the
// word order: the phrase after the sentence's last comma, or before its first one.
struct SourcePhrase {
  std::uint16_t marker = 0;          // first word of "according to" / "menurut"
  std::uint16_t begin = 0, end = 0;  // the words of the phrase, comma included
  int speaker = -1;                  // mention
};

// The first party named in words [from, to), which hold names and nouns only (no verb: "menurut
// laporan yang dirilis X" is a longer story than a speaker), or -1.
int speaker_in(const ClauseView& v, std::size_t from, std::size_t to) {
  int speaker = -1;
  for (std::size_t k = from; k < to; ++k) {
    const auto w = static_cast<std::uint16_t>(k);
    if (v.upos(w) == UPos::kVerb || v.upos(w) == UPos::kAux) return -1;
    const int m = v.mention_at(w);
    if (speaker < 0 && m >= 0 && party_type(v.mention(m).type)) speaker = m;
  }
  return speaker;
}

bool comma(const ClauseView& v, std::size_t w) { return v.form(static_cast<std::uint16_t>(w)) == ","; }

std::optional<SourcePhrase> source_phrase(const ClauseView& v) {
  std::size_t last = v.size();
  while (last > 0 && v.upos(static_cast<std::uint16_t>(last - 1)) == UPos::kPunct) --last;
  std::size_t k = last;  // after the last comma
  while (k > 1 && !comma(v, k - 1)) --k;
  if (k > 1 && k < last) {
    const auto at = static_cast<std::uint16_t>(k);
    if (const std::size_t len = v.class_phrase_at(at, WordClass::kSpeechInv); len > 0)
      if (const int sp = speaker_in(v, k + len, last); sp >= 0)
        return SourcePhrase{at, static_cast<std::uint16_t>(k - 1), static_cast<std::uint16_t>(last), sp};
  }
  const std::size_t len = v.size() > 0 ? v.class_phrase_at(0, WordClass::kSpeechInv) : 0;
  std::size_t c = len;
  while (c < last && !comma(v, c)) ++c;
  if (len == 0 || c >= last) return std::nullopt;
  const int sp = speaker_in(v, len, c);
  if (sp < 0) return std::nullopt;
  return SourcePhrase{0, 0, static_cast<std::uint16_t>(c + 1), sp};
}

// The party a speaker stands for: itself, or the state a capital stands for ("according to
// Moscow"), when the document names that state (events name entities of their document).
int speaking_party(const SentenceContext& sc, int speaker) {
  const Mention& m = sc.view.mention(speaker);
  if (m.type != EntityType::kLocation) return speaker;
  const auto idx = sc.gz.find_key(m.entity_key);
  if (!idx || sc.gz.entry(*idx).metonym_of.empty()) return -1;
  const std::string& state = sc.gz.entry(*idx).metonym_of;
  for (std::size_t i = 0; i < sc.in.mentions->size(); ++i)
    if ((*sc.in.mentions)[i].entity_key == state) return static_cast<int>(i);
  return -1;
}

// A party and the states it holds an office of on the publication day.
std::vector<std::string> side_of(const SentenceContext& sc, int m) {
  std::vector<std::string> side = {sc.view.mention(m).entity_key};
  for (const OfficeTerm& o : sc.gz.offices_of(side.front()))
    if (held_on(o, sc.in.published)) side.push_back(o.country);
  return side;
}

// Whether the speaker is a party of the act it reports: its actor or target, or of one side
// with one of them (a state's leader on an attack on that state, a state on its leader's visit).
bool speaker_in_event(const SentenceContext& sc, int speaker, const Coded& c) {
  const std::vector<std::string> own = side_of(sc, speaker);
  for (const std::vector<int>* ms : {&c.roles.actor, &c.roles.target})
    for (int m : *ms)
      for (const std::string& k : side_of(sc, m))
        if (std::find(own.begin(), own.end(), k) != own.end()) return true;
  return false;
}

// Gives the speaker of the sentence's attribution phrase to the acts no speech verb claims. An act
// of a party the speaker is not is hearsay (as with "X said"): the statement of the speaker about
// its actor, added to `found`.
void attribute_source_phrase(const SentenceContext& sc, std::vector<Coded>& found, std::vector<Claim>& claims,
                             std::vector<bool>& reported) {
  const ClauseView& v = sc.view;
  const std::optional<SourcePhrase> sp = source_phrase(v);
  if (!sp) return;
  const int speaker = speaking_party(sc, sp->speaker);
  if (speaker < 0) return;
  const Coded* reported_act = nullptr;
  for (std::size_t i = 0; i < found.size(); ++i) {
    Coded& c = found[i];
    if (c.speech || !claims[i].speaker.empty() || (c.word >= sp->begin && c.word < sp->end)) continue;
    claims[i].speaker = v.mention(speaker).entity_key;
    if (c.roles.actor.empty() || c.modality != Modality::kAsserted || speaker_in_event(sc, speaker, c)) continue;
    c.hearsay = true;
    if (!reported_act) reported_act = &c;
  }
  if (!reported_act) return;
  Coded st;
  st.word = sp->marker;
  st.predicate = reported_act->predicate;  // the statement is dated as the act it reports
  st.code = "010";
  st.roles.actor = {speaker};
  st.roles.target = {reported_act->roles.actor.front()};
  st.rule = "syntax:source-phrase+statement";
  Claim cl;
  cl.speaker = v.mention(speaker).entity_key;
  found.push_back(std::move(st));
  claims.push_back(std::move(cl));
  reported.push_back(false);
}

// The event's own clause time (or the time of the clause reporting it); else the publication
// month, anchor kDefaulted with no date text, which date_undated_events() (time/narrative.h)
// turns into the narrative day or the publication day for both coders alike.
void date_event(const SentenceContext& sc, const Coded& c, Event& ev) {
  coder::DateChoice d = coder::own_clause_time(sc.view, c.predicate, c.word, sc.times);
  if (d.time && d.time->value.known()) {
    ev.date = d.time->value;
    ev.date_anchor = d.time->anchor;
    ev.date_text = d.report_date ? d.time->text + " (report date)" : d.time->text;
  } else if (sc.in.published.known()) {
    ev.date = sc.in.published.truncated(Granularity::kMonth);
    ev.date_anchor = Anchor::kDefaulted;
  }
  // "beberapa hari setelah AS mengatakan", "a few days after": a vague time keeps the month only.
  if (ev.date.known() && sc.view.class_phrase_before(c.predicate, WordClass::kVagueTime, 6)) {
    ev.date = ev.date.truncated(Granularity::kMonth);
    if (ev.date_text.empty()) ev.date_text = "vague time";  // no narrative day either (time/narrative.h)
  }
  if (ev.date.granularity == Granularity::kMinute) ev.date = ev.date.truncated(Granularity::kDay);
}

Evidence evidence_of(const SentenceContext& sc, std::uint16_t trigger) {
  Evidence e;
  e.document = std::string(sc.in.document);
  e.sentence = sc.sentence.index;
  e.span = sc.sentence.span;
  e.trigger = sc.view.word(trigger).span;
  e.text = std::string(sc.in.text.substr(e.span.begin, e.span.end - e.span.begin));
  e.trigger_text = std::string(sc.in.text.substr(e.trigger.begin, e.trigger.end - e.trigger.begin));
  return e;
}

Event make_event(const SentenceContext& sc, const EventLexicon& table, const Coded& c, const Claim* claim) {
  const ClauseView& v = sc.view;
  Event ev;
  ev.cameo = c.code;
  if (const CameoInfo* ci = table.cameo(c.code)) {
    ev.type = ci->type;
    ev.cameo_name = ci->name;
    ev.quad_class = ci->quad_class;
    ev.goldstein = ci->goldstein;
  }
  for (const std::string& k : keys_of(v, c.roles.actor)) ev.participants.push_back({k, ParticipantRole::kActor});
  for (const std::string& k : keys_of(v, c.roles.target)) ev.participants.push_back({k, ParticipantRole::kTarget});
  if (c.roles.location >= 0) ev.location = v.mention(c.roles.location).entity_key;
  ev.modality = c.modality;
  ev.rule = c.rule;
  ev.evidence.push_back(evidence_of(sc, c.word));
  ev.sources.push_back(std::string(sc.in.document));
  date_event(sc, c, ev);
  ev.confidence = kBaseConfidence + (c.roles.target.empty() ? 0.0 : 0.15) +
                  (ev.date_anchor == Anchor::kDefaulted ? -0.1 : 0.0);
  if (claim && !claim->speaker.empty()) {
    ev.has_claim = true;
    ev.claim = *claim;
    const ByteSpan cs = v.subtree_span(c.predicate);
    ev.claim.text = std::string(sc.in.text.substr(cs.begin, cs.end - cs.begin));
  }
  return ev;
}

// "threatened to attack", "menolak berunding", "offered to negotiate": an act in the open
// complement of a coded verb is what that verb is about, not a happening of its own.
// An act announced ("mengumumkan telah menghentikan bantuan", "announced to impose tariffs") is the
// announcer's decision: the act is the event, not the announcement.
bool announcing(const Coded& o) { return o.frame && o.frame->kind == FrameKind::kSpeech; }

// "warned X against supplying ...", "barred X from entering ...": a subjectless adverbial clause led
// by "against" or "from" is the act the verb warns about or prevents, not a happening either.
bool warned_against(const ClauseView& v, std::uint16_t p) {
  if (v.base_rel(p) != DepRel::kAdvcl) return false;
  bool led = false;
  for (std::uint16_t c : v.children(p)) {
    const DepRel b = v.base_rel(c);
    if (b == DepRel::kNsubj) return false;
    led = led || (b == DepRel::kMark && (v.in_class(c, WordClass::kTargetPrep) || v.in_class(c, WordClass::kFromPrep)));
  }
  return led;
}

bool governed(const ClauseView& v, const std::vector<Coded>& found, const Coded& c) {
  const int p = v.parent(c.predicate);
  if (p < 0 || (v.base_rel(c.predicate) != DepRel::kXcomp && !warned_against(v, c.predicate))) return false;
  for (const Coded& o : found)
    if (o.predicate == p && &o != &c && !announcing(o)) return true;
  return false;
}

// The announcement of an act in its open complement gives way to that act.
bool announces_act(const ClauseView& v, const std::vector<Coded>& found, const Coded& c) {
  if (!announcing(c)) return false;
  for (const Coded& o : found)
    if (&o != &c && v.parent(o.predicate) == c.predicate && v.base_rel(o.predicate) == DepRel::kXcomp) return true;
  return false;
}

// Acts that exist only towards someone: appeals (02), cooperation (05, 06), aid (07), demands
// (10), disapproval (11), rejection (12), threats (13), reduced relations (16). Without a named
// target ("accused the opposition", the opposition being no party) they are not coded.
bool needs_target(std::string_view code) {
  switch (root_of(code)) {
    case 2: case 5: case 6: case 7: case 10: case 11: case 12: case 13: case 16: return true;
    default: return false;
  }
}

// The main clause: the root, or a clause that continues it (conj, xcomp), or an opening
// participle ("Meeting for the second time, ...").
bool main_clause(const ClauseView& v, std::uint16_t p) {
  for (int step = 0; step < 4; ++step) {
    const int up = v.parent(p);
    if (up < 0) return true;
    // The parser sometimes makes an opening quotation mark the root: its word is the real head.
    if (v.upos(static_cast<std::uint16_t>(up)) == UPos::kPunct && v.parent(static_cast<std::uint16_t>(up)) < 0) return true;
    const DepRel b = v.base_rel(p);
    if (b != DepRel::kConj && b != DepRel::kXcomp) return false;
    p = static_cast<std::uint16_t>(up);
  }
  return false;
}

// An act with an actor and no target ("Yoon declared martial law", "the Pope left for Port
// Moresby") is kept when it is what the sentence asserts: its main clause, with a place or a
// time of its own. Elsewhere a one-party act is mostly background.
// "spoke to reporters", "talked with residents": a consultation whose frame names the partner by
// a preposition is with that partner; when it is no party there is no consultation to report.
bool partner_frame(const Coded& c) {
  if (c.code != "040" && c.code != "041" && c.code != "046") return false;
  return c.frame && std::any_of(c.frame->pattern.begin(), c.frame->pattern.end(),
                                [](const PatternElement& el) { return el.slot == PatternSlot::kOblique; });
}

// "He was sworn in as president", "X dilantik sebagai presiden": an oath of office (017, the
// person sworn in acting) stated in a main clause is the happening itself, with no partner by its
// nature; its day is the one the paragraph tells when the clause gives none.
bool taking_office(const Coded& c) { return c.code == "017"; }

// "X announced the new cabinet on Sunday", "X mengumumkan susunan kabinet pada Minggu": a
// statement whose object is a thing made public (a noun, no clause) is an announcement, a
// happening of its speaker's when its clause dates it (as any one-party act below). Delivering
// a statement or a speech (words class `speech_noun`) makes nothing public beside it: such a
// statement is towards the party it addresses, like any other.
bool announced_object(const ClauseView& v, const Coded& c) {
  if (c.speech) return false;
  for (std::uint16_t k : v.children(c.predicate))
    if (v.rel(k) == DepRel::kObj && v.upos(k) == UPos::kNoun && !v.in_class(k, WordClass::kSpeechNoun)) return true;
  return false;
}

// Approving or ratifying an agreement is a happening with the actor alone, unlike other
// cooperation (agreement_step_frame).
bool agreement_step(const Coded& c) { return c.frame && agreement_step_frame(*c.frame); }

// "'...,' X said in a statement", "X said in a speech that ...": a speaker's main clause saying it
// spoke in a statement or speech (words class `speech_noun` after a locative preposition) tells
// that a statement was issued, a happening of the speaker's even when it names no one it is
// towards; a bare "X said" is only the source of what follows. The parser often hangs a speech
// verb after its quotation on the quoted clause: then that clause's place in the sentence counts.
bool issued_statement(const ClauseView& v, const Coded& c) {
  const int up = v.parent(c.predicate);
  bool after_quote = false;  // a closing mark a few words before (the speaker between them)
  for (int k = c.predicate - 1; k > up && k >= 0 && k >= c.predicate - 5; --k)
    after_quote = after_quote || quote_mark(v, static_cast<std::size_t>(k));
  const bool stated =
      main_clause(v, c.predicate) || (after_quote && main_clause(v, static_cast<std::uint16_t>(up)));
  if (!stated) return false;
  for (std::uint16_t k : v.children(c.predicate))
    if (v.base_rel(k) == DepRel::kObl && v.in_class(k, WordClass::kSpeechNoun) &&
        v.child_in_class(k, DepRel::kCase, WordClass::kLocPrep))
      return true;
  return false;
}

// "pidato Prabowo di MPR pada hari ini", "the president's speech on Sunday": a speech noun with
// its speaker and a time hung on the noun itself tells a speech given then, a statement of the
// speaker's (010) that names no one it is towards.
bool dated_speech(const SentenceContext& sc, const Coded& c) {
  const ClauseView& v = sc.view;
  if (c.word == c.predicate || !v.in_class(c.word, WordClass::kSpeechNoun)) return false;
  for (const TimeMention* t : sc.times) {
    const int tw = v.word_at(t->span.begin);
    if (tw >= 0 && v.parent(static_cast<std::uint16_t>(tw)) == c.word) return true;
  }
  return false;
}

// "X looked tired during the visit, presiding over a prayer on Friday": a participle set off by a
// comma with no subject of its own, hung on the main clause (advcl) or on a noun in it (acl),
// tells a further act of the main clause's subject (inherited_roles), asserted as that clause is.
bool main_clause_adjunct(const ClauseView& v, std::uint16_t p) {
  if (!coder::comma_participle(v, p)) return false;
  for (std::uint16_t k : v.children(p))
    if (v.base_rel(k) == DepRel::kNsubj) return false;
  const DepRel b = v.base_rel(p);
  if (b != DepRel::kAdvcl && b != DepRel::kAcl) return false;
  const int up = coder::clause_verb_above(v, p);
  return up >= 0 && main_clause(v, static_cast<std::uint16_t>(up));
}

bool one_party_event(const SentenceContext& sc, const Coded& c) {
  if (c.code == "010" && (issued_statement(sc.view, c) || dated_speech(sc, c))) return true;
  const bool main = main_clause(sc.view, c.predicate) || main_clause_adjunct(sc.view, c.predicate);
  if (!main || partner_frame(c)) return false;
  // A bare statement names no one it is towards; a consultation needs a partner or a place.
  if (c.code == "010" && !announced_object(sc.view, c)) return false;
  // "Singapore and Malaysia signed a treaty": coordinated actors act towards each other.
  if (needs_target(c.code) && !agreement_step(c)) return c.roles.actor.size() >= 2;
  // A visit's destination may be its object ("visited Pyongyang"); elsewhere only a place oblique.
  if (c.roles.location >= 0 && (c.roles.location_oblique || root_of(c.code) == 4)) return true;
  if (taking_office(c)) return true;
  if (root_of(c.code) == 4) return false;
  coder::DateChoice d = coder::own_clause_time(sc.view, c.predicate, c.word, sc.times);
  return d.time && !d.report_date;
}

// "Setelah Freedonia menutup perbatasannya pada 3 Mei, ...", "after the rebels took the city on
// Sunday, ...": a one-party act in an adverbial clause, dated there, is a happening the article
// recalls as background. It is kept (as a further report of the event another article states),
// unless the document states an act of that kind by that party itself (drop_restated_background).
bool has_child(const ClauseView& v, std::uint16_t w, DepRel base) {
  for (std::uint16_t c : v.children(w))
    if (v.base_rel(c) == base) return true;
  return false;
}

// "her effort to close the border in May": the act an attempt noun names (words class
// `attempt_noun`) is told as done, as the CAMEO coding of attempted acts has it.
bool attempted_act(const ClauseView& v, std::uint16_t p) {
  const int up = v.parent(p);
  return up >= 0 && v.in_class(static_cast<std::uint16_t>(up), WordClass::kAttemptNoun);
}

// An adverbial clause with a happening of its own. The parser sometimes hangs one led by a
// subordinator ("karena", "after") on a noun as a relative clause: then it needs its own subject
// ("accused X of attacking" is the accusation's content). Without a subject, a clause on a coded
// act is that act's content or manner ("spoke after arriving"), unless a subordinator of reason
// leads it (words class `reason_sub`: "because", "karena"): a reason is told as a fact, also
// inside what an accusation says ("menuduh X melanggar konstitusi karena menerapkan ... pada
// 3 Mei": the decree of 3 May happened).
bool adverbial_happening(const ClauseView& v, const std::vector<Coded>& found, std::uint16_t p) {
  const bool subject = has_child(v, p, DepRel::kNsubj);
  if (v.base_rel(p) == DepRel::kAcl) return (subject && has_child(v, p, DepRel::kMark)) || attempted_act(v, p);
  if (v.base_rel(p) != DepRel::kAdvcl) return false;
  if (v.child_in_class(p, DepRel::kMark, WordClass::kReasonSub)) return true;
  const int up = v.parent(p);
  return subject || std::none_of(found.begin(), found.end(), [&](const Coded& o) { return o.predicate == up; });
}

bool dated_background_act(const SentenceContext& sc, const std::vector<Coded>& found, const Coded& c) {
  if (!adverbial_happening(sc.view, found, c.predicate) || c.code == "010" || partner_frame(c)) return false;
  if (needs_target(c.code) || (root_of(c.code) == 4 && c.roles.location < 0)) return false;
  coder::DateChoice d = coder::own_clause_time(sc.view, c.predicate, c.word, sc.times);
  return d.time && !d.report_date;
}

// A statement reporting another party's act is about that party ("menegaskan bahwa pendudukan
// Israel atas Palestina melanggar hukum": Israel).
bool hearsay_party(const ClauseView& v, const Coded& speech, const std::vector<Coded>& found, std::vector<int>& target) {
  const int content = reported_clause(v, speech.word);
  if (content < 0) return false;
  for (const Coded& c : found)
    if (c.hearsay && !c.roles.actor.empty() && v.dominates(static_cast<std::uint16_t>(content), c.predicate)) {
      target.push_back(c.roles.actor.front());
      return true;
    }
  return false;
}

// "Oslo would help secure Moldova's grid, Larsen said", "'Kami akan membantu Moldova,' kata X": a
// speaker announcing their own side's future cooperative act promises it (CAMEO 03).
void promise_of_speaker(const Claim& claim, Coded& c) {
  if (c.modality != Modality::kPlanned || claim.speaker.empty() || root_of(c.code) > 8 || c.hearsay) return;
  c.code = intent_code(c.code);
  c.modality = Modality::kAsserted;
  c.rule += "+promise";
}

// Applies modality and attribution to one sentence's triggers and makes its events. True when
// an act was found and not asserted (negated, planned, hypothetical, a question).
bool sentence_events(const SentenceContext& sc, const EventLexicon& table, std::vector<Coded> found,
                     bool keep_planned, std::vector<Event>& out, std::vector<std::size_t>& background) {
  bool withheld = false;
  const ClauseView& v = sc.view;
  for (Coded& c : found) {
    bool commitment = false;
    c.modality = modality_of(v, c.predicate, commitment);
    if (commitment && root_of(c.code) <= 8 && (c.modality == Modality::kPlanned || c.modality == Modality::kAsserted)) {
      c.code = intent_code(c.code);
      c.modality = Modality::kAsserted;
      c.rule += "+commitment";
      // "ready to ... rebuild Moldova's schools": an intent is towards the party its act names.
      if (c.roles.target.empty()) c.roles.target = first_party_under(v, c.predicate, c.roles.actor);
    }
    intent_target_from_complement(v, c);
    const bool material = root_of(c.code) >= 17;
    coder::keep_parties(v, c.roles, material);
    reciprocal_parties(v, c.roles, c.predicate);
    // "shelled fuel stores in northern Chad": force used on a place hits that place.
    if (root_of(c.code) >= 18 && c.roles.target.empty() && c.roles.location >= 0) c.roles.target.push_back(c.roles.location);
  }
  std::vector<Claim> claims(found.size());
  std::vector<bool> reported(found.size(), false);
  for (std::size_t i = 0; i < found.size(); ++i)
    if (found[i].speech && found[i].modality == Modality::kAsserted) reported[i] = attribute(v, found[i], found, claims);
  attribute_source_phrase(sc, found, claims, reported);
  for (std::size_t i = 0; i < found.size(); ++i) promise_of_speaker(claims[i], found[i]);
  for (std::size_t i = 0; i < found.size(); ++i) {
    Coded& c = found[i];
    if (governed(v, found, c) || announces_act(v, found, c) || c.hearsay) continue;
    if (c.modality != Modality::kAsserted && !(keep_planned && c.modality == Modality::kPlanned)) {
      // The sentence's own act unasserted ("did not meet"), not a purpose or a plan beside it.
      withheld = withheld || (!c.speech && main_clause(v, c.predicate));
      continue;
    }
    if (c.roles.actor.empty()) continue;
    drop_own_state(sc, c.roles);  // after attribution, which may bind the actor
    if (c.roles.target.empty() && !c.speech && root_of(c.code) == 1) statement_target(v, c, c.roles.target);
    const bool recalled = c.roles.target.empty() && !c.speech && !one_party_event(sc, c);
    if (recalled && !dated_background_act(sc, found, c)) continue;
    if (recalled) background.push_back(out.size());
    if (c.speech) {
      if (reported[i]) continue;
      std::vector<int> target;
      if (statement_target(v, c, target) || hearsay_party(v, c, found, target)) c.roles.target = target;
      coder::keep_parties(v, c.roles, false);
      if (c.roles.target.empty() && !issued_statement(v, c)) continue;
      c.rule += c.roles.target.empty() ? "+issued" : "+statement";
    }
    out.push_back(make_event(sc, table, c, &claims[i]));
  }
  return withheld;
}

// The frame a noun trigger takes in its sentence, or nullptr when it is no trigger there.
const CameoFrame* noun_frame(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w) {
  auto frames = coder::noun_frames(v, lex, w);
  int tg = -1, src = -1;
  return frames.empty() ? nullptr : coder::choose_frame(v, lex, w, false, frames, tg, src);
}

// ---- definite references

// "the meeting", "the talks", "pertemuan itu/tersebut", "kunjungan ini": a definite nominal
// trigger that does not name both parties refers to an event already told.
struct Reference {
  std::uint16_t word = 0;
  int root = 0;
  std::vector<std::string> parties;  ///< the parties it does name
  bool subject = false;              ///< the sentence is about it ("The meeting took place in ...")
};

bool definite(const ClauseView& v, std::uint16_t n) {
  for (std::uint16_t c : v.children(n))
    if (v.base_rel(c) == DepRel::kDet && v.in_class(c, WordClass::kDefinite)) return true;
  return false;
}

std::vector<Reference> definite_references(const ClauseView& v, const CameoLexicon& lex) {
  std::vector<Reference> out;
  for (std::uint16_t w = 0; w < v.size(); ++w) {
    if (v.upos(w) != UPos::kNoun || !definite(v, w)) continue;
    const int p = v.parent(w);
    // "held the talks", "condemned the statement": the verb's own act, about the event.
    if (p >= 0 && (v.in_class(static_cast<std::uint16_t>(p), WordClass::kLightVerb) ||
                   !coder::verb_frames(v, lex, static_cast<std::uint16_t>(p)).empty()))
      continue;
    const CameoFrame* f = noun_frame(v, lex, w);
    if (!f) continue;
    Roles r = coder::noun_roles(v, w, *f);
    coder::keep_parties(v, r, false);
    if (!r.actor.empty() && !r.target.empty()) continue;  // names its happening: a nominal event
    Reference ref{w, root_of(f->code), keys_of(v, r.actor), p >= 0 && v.base_rel(w) == DepRel::kNsubj};
    for (const std::string& k : keys_of(v, r.target)) ref.parties.push_back(k);
    out.push_back(std::move(ref));
  }
  return out;
}

// Joins a reference to the latest event of the document with its CAMEO root and every party it
// names; true when it found one (the sentence then adds evidence, not an event).
bool join_reference(const SentenceContext& sc, const Reference& ref, std::vector<Event>& doc_events) {
  for (std::size_t i = doc_events.size(); i-- > 0;) {
    Event& e = doc_events[i];
    if (root_of(e.cameo) != ref.root) continue;
    bool parties = true;
    for (const std::string& k : ref.parties) {
      bool in = false;
      for (const Participant& p : e.participants) in = in || p.entity == k;
      parties = parties && in;
    }
    if (!parties) continue;
    if (e.evidence.empty() || e.evidence.back().sentence != sc.sentence.index) e.evidence.push_back(evidence_of(sc, ref.word));
    return true;
  }
  return false;
}

// ---- mutual acts named before

// A mutual act (a noun frame with a `both` argument: a truce, an agreement) the document names with
// its parties, even in passing: "A freed three hostages as part of its truce with B" names A's
// truce with B. A later "the truce took effect on Sunday" that names no party is that truce.
struct MutualAct {
  std::string code;
  int actor = -1, partner = -1;  // document mention indices
};

// The subject's party of the clause a noun sits in (its nearest verbal ancestor).
int clause_subject_party(const ClauseView& v, std::uint16_t n) {
  int p = v.parent(n);
  for (int steps = 0; p >= 0 && steps < 8 && v.upos(static_cast<std::uint16_t>(p)) != UPos::kVerb; ++steps)
    p = v.parent(static_cast<std::uint16_t>(p));
  if (p < 0 || v.upos(static_cast<std::uint16_t>(p)) != UPos::kVerb) return -1;
  const auto pred = static_cast<std::uint16_t>(p);
  Roles r = coder::verb_roles(v, pred, coder::is_passive(v, pred, false));
  coder::keep_parties(v, r, false);
  return r.actor.size() == 1 ? r.actor.front() : -1;
}

void remember_mutual_acts(const ClauseView& v, const CameoLexicon& lex, std::vector<MutualAct>& acts) {
  for (std::uint16_t w = 0; w < v.size(); ++w) {
    if (v.upos(w) != UPos::kNoun) continue;
    const CameoFrame* f = noun_frame(v, lex, w);
    if (!f || !mutual_frame(*f)) continue;
    Roles r = coder::noun_roles(v, w, *f);
    coder::keep_parties(v, r, false);
    std::vector<int> named = r.actor;
    named.insert(named.end(), r.target.begin(), r.target.end());
    if (named.size() == 1)
      if (const int s = clause_subject_party(v, w); s >= 0 && v.mention(s).entity_key != v.mention(named[0]).entity_key)
        named.insert(named.begin(), s);
    if (named.size() == 2) acts.push_back(MutualAct{f->code, named[0], named[1]});
  }
}

// The mutual act a noun names, itself or through its bare modifier ("perjanjian [gencatan
// senjata]"), or nullptr.
const CameoFrame* mutual_act_frame(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w) {
  if (const CameoFrame* f = noun_frame(v, lex, w); f && mutual_frame(*f)) return f;
  for (std::uint16_t c : v.children(w)) {
    if (v.base_rel(c) != DepRel::kNmod || !v.case_marker(c).empty()) continue;
    if (const CameoFrame* f = noun_frame(v, lex, c); f && mutual_frame(*f)) return f;
  }
  return nullptr;
}

// "Perjanjian gencatan senjata itu berlaku sejak Senin", "the truce took effect on Sunday":
// a mutual act naming no party, the subject of its coming into force, is the one of its kind the
// document named last with its parties (mutual_onset_parties when it names them itself).
void onset_of_named_act(const SentenceContext& sc, const CameoLexicon& lex, const EventLexicon& table,
                        const std::vector<MutualAct>& acts, std::vector<Event>& out) {
  const ClauseView& v = sc.view;
  for (std::uint16_t w = 0; w < v.size(); ++w) {
    const int p = v.parent(w);
    if (p < 0 || v.upos(w) != UPos::kNoun || v.base_rel(w) != DepRel::kNsubj ||
        !onset_predicate(v, static_cast<std::uint16_t>(p)))
      continue;
    const CameoFrame* f = mutual_act_frame(v, lex, w);
    if (!f) continue;
    Roles named = coder::noun_roles(v, w, *f);
    coder::keep_parties(v, named, false);
    if (!named.actor.empty() || !named.target.empty()) continue;
    for (auto it = acts.rbegin(); it != acts.rend(); ++it) {
      if (it->code != f->code) continue;
      Coded c{w, static_cast<std::uint16_t>(p), f, f->code, {}, Modality::kAsserted, "syntax:noun:" + f->source + "+named-before",
              false};
      c.roles.actor = {it->actor};
      c.roles.target = {it->partner};
      c.roles.location = named.location;
      c.roles.location_oblique = named.location_oblique;
      out.push_back(make_event(sc, table, c, nullptr));
      break;
    }
  }
}

bool shares_actor(const Event& a, const Event& b) {
  for (const Participant& p : a.participants)
    for (const Participant& q : b.participants)
      if (p.role == ParticipantRole::kActor && q.role == ParticipantRole::kActor && p.entity == q.entity) return true;
  return false;
}

// A recalled background act (dated_background_act) gives way to an act of the same CAMEO root by
// the same party that the document states elsewhere, or recalls earlier.
void drop_restated_background(std::vector<Event>& out, const std::vector<std::size_t>& background) {
  std::vector<bool> drop(out.size(), false);
  auto recalled = [&](std::size_t j) { return std::find(background.begin(), background.end(), j) != background.end(); };
  for (std::size_t b : background)
    for (std::size_t j = 0; j < out.size() && !drop[b]; ++j)
      drop[b] = j != b && !drop[j] && !(recalled(j) && j > b) && root_of(out[j].cameo) == root_of(out[b].cameo) &&
                shares_actor(out[j], out[b]);
  std::size_t k = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (drop[i]) continue;
    if (k != i) out[k] = std::move(out[i]);
    ++k;
  }
  out.resize(k);
}

}  // namespace

std::vector<Event> SyntaxCoder::code(const CoderInput& in, std::vector<std::uint32_t>* withheld) const {
  std::vector<Event> out;
  if (!in.sentences || !in.tokens || !in.mentions || !in.times) return out;
  std::map<std::uint32_t, std::vector<const TimeMention*>> times_by_sentence;
  for (const TimeMention& t : *in.times)
    if (!t.duration && t.value.known()) times_by_sentence[t.sentence].push_back(&t);
  static const std::vector<const TimeMention*> kNoTimes;
  std::vector<std::size_t> background;  // indices into `out` of recalled background acts
  std::vector<MutualAct> mutual_acts;   // truces and agreements named with their parties so far
  for (std::size_t i = 0; i < in.sentences->size() && i < in.tokens->sentences.size(); ++i) {
    const Sentence& s = (*in.sentences)[i];
    const SentenceTokens& st = in.tokens->sentences[i];
    auto it = times_by_sentence.find(s.index);
    const auto& times = it == times_by_sentence.end() ? kNoTimes : it->second;
    if (!st.syntax.empty() && s.role != SentenceRole::kCaption) {
      ClauseView v(in.text, st, *in.mentions, *gz_, in.tokens->language);
      SentenceContext sc{in, s, v, times, *gz_};
      bool unasserted = false;
      std::vector<Coded> found = find_triggers(v, *frames_, unasserted);
      // A reference that is what the sentence is about makes it add evidence, not a new event.
      for (const Reference& ref : definite_references(v, *frames_))
        unasserted = (join_reference(sc, ref, out) && ref.subject) || unasserted;
      unasserted = sentence_events(sc, *table_, std::move(found), in.keep_planned, out, background) || unasserted;
      onset_of_named_act(sc, *frames_, *table_, mutual_acts, out);
      remember_mutual_acts(v, *frames_, mutual_acts);
      if (unasserted && withheld) withheld->push_back(s.index);
    }
  }
  drop_restated_background(out, background);
  return out;
}

namespace {

std::uint32_t sentence_of(const Event& e) { return e.evidence.empty() ? 0 : e.evidence.front().sentence; }

}  // namespace

std::vector<Event> combine_coders(std::vector<Event> syntax, std::vector<Event> window,
                                  std::span<const std::uint32_t> withheld) {
  std::vector<std::uint32_t> coded(withheld.begin(), withheld.end());
  for (const Event& e : syntax) coded.push_back(sentence_of(e));
  std::sort(coded.begin(), coded.end());
  std::vector<Event> out = std::move(syntax);
  for (Event& e : window)
    if (!std::binary_search(coded.begin(), coded.end(), sentence_of(e))) out.push_back(std::move(e));
  std::stable_sort(out.begin(), out.end(),
                   [](const Event& a, const Event& b) { return sentence_of(a) < sentence_of(b); });
  return out;
}

}  // namespace kronik

