// Stage "roles": actor, target and location of a trigger, from its dependents.
#include <algorithm>

#include "coder_stages.h"
#include "kronik/extract/syntax/annotate.h"

namespace kronik::coder {

using syntax::DepRel;
using syntax::UPos;

namespace {

constexpr int kMaxClimb = 4;

void append(std::vector<int>& to, const std::vector<int>& from) {
  for (int m : from)
    if (std::find(to.begin(), to.end(), m) == to.end()) to.push_back(m);
}

bool is_place(const Mention& m) { return m.type == EntityType::kLocation; }

// "who", "yang", "which": a relative pronoun stands for the noun its clause modifies. The parser
// may give the clause another relation ("Kim, who visited X, met Y" read with the clause as a
// parataxis of the name); a relative pronoun's clause under a name still modifies that name.
bool modified_noun(const ClauseView& v, std::uint16_t s, std::uint16_t clause, std::uint16_t head) {
  if (v.base_rel(clause) == DepRel::kAcl) return true;
  return v.in_class(s, WordClass::kRelative) && v.upos(head) == UPos::kPropn && v.mention_at(head) >= 0 &&
         head < s && v.base_rel(clause) != DepRel::kCcomp;
}

// "her attempt to seize the port", "upaya X menguasai kota": the one who attempts the act
// that a clause on an attempt noun (words class `attempt_noun`) names is the noun's possessor.
// The Indonesian parser often makes the noun the clause's subject ("upayanya menerapkan").
std::vector<int> attempter(const ClauseView& v, std::uint16_t noun) {
  if (!v.in_class(noun, WordClass::kAttemptNoun)) return {};
  for (std::uint16_t c : v.children(noun))
    if (v.rel(c) == DepRel::kNmodPoss || (v.base_rel(c) == DepRel::kNmod && v.case_marker(c).empty()))
      return argument_entities(v, c);
  return {};
}

// "an advance by rebel forces": a modifier led by "by" (words class by_prep).
bool by_phrase(const ClauseView& v, std::uint16_t c) {
  for (std::uint16_t k : v.children(c))
    if (v.base_rel(k) == DepRel::kCase) return v.in_class(k, WordClass::kByPrep);
  return false;
}

// The modifiers of a movement noun that name whose movement it is: "by" phrase, possessor
// ("the army's offensive"), compound or adjective ("a rebel advance", "the Russian offensive").
bool names_mover(const ClauseView& v, std::uint16_t c) {
  const DepRel b = v.base_rel(c);
  if (b == DepRel::kNmod) return v.rel(c) == DepRel::kNmodPoss || by_phrase(v, c);
  return b == DepRel::kCompound || b == DepRel::kAmod;
}

// "a lightning advance by rebel forces reached Tripoli", "the rebel offensive took Tripoli": a
// military movement (words class `offensive_noun`) as subject is the act of the party moving, so
// the verb's frames (192 for a named place reached or taken) code that party as the actor.
// A bare noun labelling the side ("a rebel advance") is the group named before (side_group_before).
// Only a verb taking a named place asks (object_names_place): what else a movement did ("the
// assault killed ten people") is told by the movement noun's own event.
std::vector<int> mover(const ClauseView& v, std::uint16_t noun) {
  if (!v.in_class(noun, WordClass::kOffensiveNoun)) return {};
  for (std::uint16_t c : v.children(noun)) {
    if (!names_mover(v, c)) continue;
    if (std::vector<int> ents = argument_entities(v, c); !ents.empty()) return ents;
    if (v.base_rel(c) != DepRel::kCompound) continue;
    if (const int side = side_group_before(v, c); side >= 0) return {side};
  }
  return {};
}

// "reached Tripoli", "took the city of Benghazi": the verb's object names places only.
bool object_names_place(const ClauseView& v, std::uint16_t t) {
  for (std::uint16_t c : v.children(t)) {
    if (v.rel(c) != DepRel::kObj) continue;
    const std::vector<int> ents = v.entities_of(c);
    return !ents.empty() && std::all_of(ents.begin(), ents.end(), [&](int m) {
      return v.mention(m).type == EntityType::kLocation || v.mention(m).type == EntityType::kCountry;
    });
  }
  return false;
}

// "He was sworn in as president", "Ia kemudian ditangkap": a singular personal pronoun ("he",
// "she", "dia", "ia": words class pronoun_sg) as the subject of a passive stands for the person
// the paragraph is about (topic_person_before): news tells what befell a person in a run of
// sentences and names them once. An active pronoun subject is mostly a speaker again ("he said",
// "ia menyatakan"), whose statement the sentence naming them has already coded; a reported
// clause's pronoun is its speaker's (bind_persons).
bool personal_pronoun(const ClauseView& v, std::uint16_t s) {
  return v.upos(s) == UPos::kPron && v.in_class(s, WordClass::kPronounSg);
}

// The age epithet itself ("the 78-year-old", tagged NOUN by the annotator) or a noun it
// describes ("the 78-year-old cardinal", "uskup berusia 78 tahun itu": words class age_word).
bool described_by_age(const ClauseView& v, std::uint16_t w) {
  if (is_age_epithet(v.form(w))) return true;
  for (std::uint16_t c : v.children(w)) {
    const DepRel b = v.base_rel(c);
    if (b == DepRel::kAmod && is_age_epithet(v.form(c))) return true;
    if ((b == DepRel::kAcl || b == DepRel::kAmod) && v.in_class(c, WordClass::kAgeWord)) return true;
  }
  return false;
}

// "The 78-year-old appeared tired", "the 78-year-old cardinal said", "uskup berusia 78 tahun itu
// memimpin ...": a definite noun phrase that describes someone by their age and names no one
// stands for the person the paragraph is about (topic_person_before): a news report names its
// person once and goes on with such epithets.
bool age_epithet_subject(const ClauseView& v, std::uint16_t s) {
  if (v.upos(s) != UPos::kNoun || v.mention_at(s) >= 0 || !described_by_age(v, s)) return false;
  for (std::uint16_t c : v.children(s))
    if (v.base_rel(c) == DepRel::kDet && v.in_class(c, WordClass::kDefinite)) return true;
  return false;
}

std::vector<int> subject_entities(const ClauseView& v, std::uint16_t s) {
  if (v.in_class(s, WordClass::kRelative) || v.upos(s) == UPos::kPron) {
    int p = v.parent(s);  // the relative clause's verb
    int head = p >= 0 ? v.parent(static_cast<std::uint16_t>(p)) : -1;
    if (p >= 0 && head >= 0 && modified_noun(v, s, static_cast<std::uint16_t>(p), static_cast<std::uint16_t>(head)))
      return argument_entities(v, static_cast<std::uint16_t>(head));
  }
  if ((personal_pronoun(v, s) && v.rel(s) == DepRel::kNsubjPass) || age_epithet_subject(v, s)) {
    const int p = topic_person_before(v, s);
    return p >= 0 ? std::vector<int>{p} : std::vector<int>{};
  }
  if (std::vector<int> by = attempter(v, s); !by.empty()) return by;
  return argument_entities(v, s);
}

// An oblique's role by its preposition: the partner of a meeting or the object of an act
// ("with", "dengan", "against", "terhadap", "kepada", "to"), or a place ("in", "di", "at").
enum class ObliqueRole { kNone, kTarget, kPlace, kAgent };

ObliqueRole oblique_role(const ClauseView& v, std::uint16_t c, bool passive) {
  if (v.rel(c) == DepRel::kOblAgent) return ObliqueRole::kAgent;
  std::string_view marker = v.case_marker(c);
  if (marker.empty()) return ObliqueRole::kNone;
  int cw = -1;
  for (std::uint16_t k : v.children(c))
    if (syntax::base_relation(v.rel(k)) == DepRel::kCase) {
      cw = k;
      break;
    }
  if (cw < 0) return ObliqueRole::kNone;
  const auto m = static_cast<std::uint16_t>(cw);
  if (passive && v.in_class(m, WordClass::kByPrep)) return ObliqueRole::kAgent;
  if (v.in_class(m, WordClass::kWithPrep) || v.in_class(m, WordClass::kTargetPrep)) return ObliqueRole::kTarget;
  if (v.in_class(m, WordClass::kLocPrep)) return ObliqueRole::kPlace;
  if (v.in_class(m, WordClass::kDirPrep) && !v.in_class(m, WordClass::kFromPrep)) return ObliqueRole::kTarget;
  return ObliqueRole::kNone;
}

void add_oblique(const ClauseView& v, std::uint16_t c, ObliqueRole role, Roles& r, std::vector<int>& obl_targets) {
  const std::vector<int> ents = argument_entities(v, c);
  for (int m : ents) {
    if (role == ObliqueRole::kAgent) {
      append(r.actor, {m});
    } else if (is_place(v.mention(m)) && r.location < 0) {
      r.location = m;
      r.location_oblique = role == ObliqueRole::kPlace;
    } else if (role == ObliqueRole::kTarget) {
      append(obl_targets, {m});
    }
  }
}

// "met Albanese in Canberra", "met with Wang Yi in Beijing": the parser may hang the place on
// the object or the partner; a place phrase there still locates the act.
void place_of_object(const ClauseView& v, std::uint16_t t, Roles& r) {
  for (std::uint16_t c : v.children(t)) {
    if (v.rel(c) != DepRel::kObj && v.base_rel(c) != DepRel::kObl) continue;
    for (std::uint16_t k : v.children(c)) {
      if (v.base_rel(k) != DepRel::kNmod || oblique_role(v, k, false) != ObliqueRole::kPlace) continue;
      for (int m : v.entities_of(k))
        if (is_place(v.mention(m))) {
          r.location = m;
          r.location_oblique = true;
          return;
        }
    }
  }
}

// "mengenakan tarif kepada Indonesia", "imposed tariffs on Indonesia", "menyepakati gencatan
// senjata dengan Hamas": the parser often hangs the target phrase on the object; when the object
// names no party itself, a target phrase there is the act's target.
// The passive's subject is its object ("Mosi pemakzulan terhadap X diajukan oleh Y": the motion
// against X was filed by Y); the target phrase may hang on the object's own modifier noun.
// "promised aid to Ukraine": the parser may hang the recipient on the object with the verb's
// label (obl); under a noun it is still the object's modifier.
void target_of_object(const ClauseView& v, std::uint16_t t, bool passive, Roles& r) {
  auto take = [&](std::uint16_t k) {
    const DepRel b = v.base_rel(k);
    if ((b != DepRel::kNmod && b != DepRel::kObl) || oblique_role(v, k, false) != ObliqueRole::kTarget) return;
    for (int m : argument_entities(v, k))
      if (!is_place(v.mention(m))) append(r.target, {m});
  };
  for (std::uint16_t c : v.children(t)) {
    const bool object = v.rel(c) == DepRel::kObj || (passive && v.rel(c) == DepRel::kNsubjPass);
    if (!object || !v.entities_of(c).empty()) continue;
    for (std::uint16_t k : v.children(c)) {
      take(k);
      if (v.base_rel(k) == DepRel::kNmod && v.case_marker(k).empty() && v.upos(k) == UPos::kNoun)
        for (std::uint16_t kk : v.children(k)) take(kk);
    }
  }
}

bool case_in_class(const ClauseView& v, std::uint16_t w, WordClass cls) {
  for (std::uint16_t k : v.children(w))
    if (v.base_rel(k) == DepRel::kCase && v.in_class(k, cls)) return true;
  return false;
}

// "mengunjungi Bandung untuk acara peresmian bersama X", "came for talks with X": the parser
// hangs the partner phrase on the oblique that names the occasion; with no target of its own the
// act is with that partner.
void partner_in_oblique(const ClauseView& v, std::uint16_t t, Roles& r) {
  for (std::uint16_t c : v.children(t)) {
    if (v.base_rel(c) != DepRel::kObl || v.rel(c) == DepRel::kOblTmod || v.rel(c) == DepRel::kOblAgent) continue;
    for (std::uint16_t k : v.children(c)) {
      if (v.base_rel(k) != DepRel::kNmod || !case_in_class(v, k, WordClass::kWithPrep)) continue;
      for (int m : argument_entities(v, k))
        if (!is_place(v.mention(m))) append(r.target, {m});
    }
  }
}

// "China mengecam Jepang": the parser may call a bare noun phrase after the verb an oblique;
// without a preposition and with no object beside it, it is the object.
bool bare_object(const ClauseView& v, std::uint16_t t, std::uint16_t c) {
  if (c < t || v.base_rel(c) != DepRel::kObl || v.rel(c) == DepRel::kOblTmod || !v.case_marker(c).empty() ||
      v.rel(c) == DepRel::kOblAgent)
    return false;
  for (std::uint16_t k : v.children(t))
    if (v.rel(k) == DepRel::kObj) return false;
  return true;
}

// "Kemudian, pada sore hari Gubernur Halim bertemu ...": the parser may hang the subject on a
// fronted time phrase as its nmod. A name that modifies a time noun and runs up to the verb of a
// clause with no subject is that clause's subject.
int subject_in_time_phrase(const ClauseView& v, std::uint16_t t) {
  if (t == 0) return -1;
  for (std::uint16_t c : v.children(t))
    if (v.base_rel(c) == DepRel::kNsubj || v.base_rel(c) == DepRel::kCsubj) return -1;
  for (std::uint16_t n = 0; n < t; ++n) {
    if (v.rel(n) != DepRel::kNmod || v.upos(n) != UPos::kPropn || v.parent(n) < 0) continue;
    const auto head = static_cast<std::uint16_t>(v.parent(n));
    const DepRel hr = v.rel(head);
    if (hr != DepRel::kNmodTmod && hr != DepRel::kOblTmod) continue;
    if (!v.dominates(t, head) || v.dominates(n, t)) continue;
    bool runs_to_verb = true;
    for (std::uint16_t k = n + 1; k < t && runs_to_verb; ++k) runs_to_verb = v.dominates(n, k);
    if (runs_to_verb) return n;
  }
  return -1;
}

// The clause's own dependents.
void own_roles(const ClauseView& v, std::uint16_t t, bool passive, Roles& r) {
  std::vector<int> obl_targets;
  for (std::uint16_t c : v.children(t)) {
    const DepRel rel = v.rel(c), base = v.base_rel(c);
    if (rel == DepRel::kNsubjPass || (base == DepRel::kNsubj && passive)) {
      append(r.target, subject_entities(v, c));
    } else if (base == DepRel::kNsubj) {
      std::vector<int> who = subject_entities(v, c);
      if (who.empty() && object_names_place(v, t)) who = mover(v, c);
      append(r.actor, who);
      r.subject_word = c;
    } else if (rel == DepRel::kObj || rel == DepRel::kIobj) {
      append(r.target, argument_entities(v, c));
    } else if (bare_object(v, t, c)) {
      append(r.target, argument_entities(v, c));
    } else if (base == DepRel::kObl || rel == DepRel::kOblAgent) {
      if (base == DepRel::kObl && (rel == DepRel::kOblTmod)) continue;
      add_oblique(v, c, oblique_role(v, c, passive), r, obl_targets);
    }
  }
  if (const int n = passive ? -1 : subject_in_time_phrase(v, t); n >= 0 && r.actor.empty()) {
    append(r.actor, subject_entities(v, static_cast<std::uint16_t>(n)));
    r.subject_word = static_cast<std::uint16_t>(n);
  }
  if (r.target.empty()) r.target = std::move(obl_targets);
  if (r.target.empty()) target_of_object(v, t, passive, r);
  // A visited place is no partner ("mengunjungi Bandung ... bersama X").
  if (std::all_of(r.target.begin(), r.target.end(), [&](int m) { return is_place(v.mention(m)); }))
    partner_in_oblique(v, t, r);
  if (r.location < 0) place_of_object(v, t, r);
}

}  // namespace

// "a crowded programme, presiding over a prayer": an English -ing participle set off by a comma.
// Hung on a noun that names no party, it is a free adjunct about the subject of the clause around
// it (UD makes it an advcl of that clause's verb; the parser often takes the noun before the comma).
bool comma_participle(const ClauseView& v, std::uint16_t t) {
  if (v.language() != Language::kEnglish || v.upos(t) != UPos::kVerb || !v.form(t).ends_with("ing")) return false;
  for (std::uint16_t c : v.children(t))
    if (c < t && v.upos(c) == UPos::kPunct && v.form(c) == ",") return true;
  return false;
}

// How many heads clause_verb_above() climbs: a noun in a prepositional phrase on another, on an
// adjective complement of the verb ("looked tired but cheerful during his visit despite a
// crowded programme") is five heads below its verb.
constexpr int kMaxNounDepth = 6;

// The verb of the clause a noun stands in ("programme" in "during his visit despite a crowded
// programme" -> the verb the visit is an oblique of), or -1.
int clause_verb_above(const ClauseView& v, std::uint16_t w) {
  int p = v.parent(w);
  for (int step = 0; p >= 0 && step < kMaxNounDepth; ++step, p = v.parent(static_cast<std::uint16_t>(p)))
    if (v.upos(static_cast<std::uint16_t>(p)) == UPos::kVerb) return p;
  return -1;
}

namespace {

// A clause without a subject takes it from the clause it continues: "sepakat [untuk] melakukan",
// "came and declared", "X, reversing ...". A relative or participial clause takes the noun it
// modifies: active "leaders who met" (actor), passive "law declared by Yoon" (target).
void inherited_roles(const ClauseView& v, std::uint16_t t, bool passive, Roles& r) {
  std::uint16_t w = t;
  for (int step = 0; step < kMaxClimb; ++step) {
    const int p = v.parent(w);
    if (p < 0) return;
    const auto pw = static_cast<std::uint16_t>(p);
    const DepRel base = v.base_rel(w);
    if (base == DepRel::kAcl) {
      append(passive ? r.target : r.actor, argument_entities(v, pw));
      if (!passive && r.actor.empty()) append(r.actor, attempter(v, pw));
      if (passive || !r.actor.empty() || !comma_participle(v, w)) return;
      const int cv = clause_verb_above(v, pw);  // a free adjunct: the clause around the noun acts
      if (cv < 0) return;
      Roles up;
      own_roles(v, static_cast<std::uint16_t>(cv), is_passive(v, static_cast<std::uint16_t>(cv), false), up);
      if (!up.actor.empty()) {
        r.actor = up.actor;
        return;
      }
      w = static_cast<std::uint16_t>(cv);
      continue;
    }
    // "X mengatakan telah menyelesaikan ...": a reported clause without a subject of its own is
    // the speaker's (Indonesian drops the repeated subject).
    const bool reported = base == DepRel::kCcomp && v.language() == Language::kIndonesian;
    if (base != DepRel::kXcomp && base != DepRel::kConj && base != DepRel::kAdvcl && !reported) return;
    Roles up;
    own_roles(v, pw, is_passive(v, pw, false), up);
    if (!up.actor.empty()) {
      if (passive) return;  // "X was met and Y ...": the outer actor is not this one
      r.actor = up.actor;
      return;
    }
    w = pw;
  }
}

bool ends_with_ing(const std::string& w) { return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0; }

// "South Korean President arrested: ...", "Minister sacked": a headline's bare participle with
// its subject, no auxiliary and no object, closing its segment, is a passive.
bool headline_participle(const ClauseView& v, std::uint16_t t) {
  if (v.language() != Language::kEnglish || v.form(t) == v.lemma(t) || !v.form(t).ends_with("ed")) return false;
  bool subject = false;
  for (std::uint16_t c : v.children(t)) {
    const DepRel b = v.base_rel(c);
    if (b == DepRel::kAux || b == DepRel::kObj || b == DepRel::kCcomp || b == DepRel::kXcomp) return false;
    subject = subject || b == DepRel::kNsubj;
  }
  const std::size_t next = t + 1u;
  return subject && (next >= v.size() || v.form(static_cast<std::uint16_t>(next)) == ":");
}

}  // namespace

bool is_passive(const ClauseView& v, std::uint16_t t, bool frame_passive) {
  if (frame_passive) return true;
  for (std::uint16_t c : v.children(t)) {
    const DepRel r = v.rel(c);
    if (r == DepRel::kAuxPass || r == DepRel::kNsubjPass || r == DepRel::kOblAgent) return true;
    // "was arrested": a form of "be" before a participle (the tagger may call it plain aux).
    if (v.language() == Language::kEnglish && syntax::base_relation(r) == DepRel::kAux && v.lemma(c) == "be" &&
        v.form(t) != v.lemma(t) && !ends_with_ing(v.form(t)))
      return true;
  }
  if (headline_participle(v, t)) return true;
  // An English participle modifying a noun ("the law declared by Yoon") is passive.
  return v.language() == Language::kEnglish && v.base_rel(t) == DepRel::kAcl && v.form(t).size() > 2 &&
         v.form(t).compare(v.form(t).size() - 2, 2, "ed") == 0;
}

Roles verb_roles(const ClauseView& v, std::uint16_t t, bool passive) {
  Roles r;
  own_roles(v, t, passive, r);
  // An adverbial clause with a subject of its own that names nobody ("because she imposed ...",
  // the pronoun unresolved) inherits no actor from the clause above. (A reported clause still
  // does: "X mengatakan hubungan A dan B terus berkembang" stays X's own account.)
  const bool own_subject = r.subject_word != 0xFFFF && v.base_rel(t) == DepRel::kAdvcl;
  if (r.actor.empty() && !own_subject) inherited_roles(v, t, passive, r);
  // "threatened to attack South Korea", "menolak berunding dengan AS": the act the verb is about
  // names the target.
  // "menuduh Ukraina menyerang ...", "accused Kyiv of attacking": the party a complement clause
  // is about is its subject.
  for (std::uint16_t c : v.children(t)) {
    const DepRel base = v.base_rel(c);
    if (!r.target.empty() || (base != DepRel::kXcomp && base != DepRel::kCcomp)) continue;
    Roles inner;
    own_roles(v, c, is_passive(v, c, false), inner);
    r.target = base == DepRel::kCcomp ? inner.actor : inner.target;
    if (r.location < 0) {
      r.location = inner.location;
      r.location_oblique = inner.location_oblique;
    }
  }
  return r;
}

namespace {

// The marker under which a dependent of a nominal trigger fills its frame ("poss", "by", "nmod"
// for a bare one), or "" for a dependent that is no argument.
std::string argument_marker(const ClauseView& v, std::uint16_t c) {
  const DepRel base = v.base_rel(c);
  // Indonesian frames name the possessor "nmod" ("kunjungan X"); its clitic "-nya" is nmod:poss.
  if (v.rel(c) == DepRel::kNmodPoss) return v.language() == Language::kIndonesian ? "nmod" : "poss";
  if (base != DepRel::kNmod && base != DepRel::kObl) return "";
  const std::string_view marker = v.case_marker(c);
  return marker.empty() ? "nmod" : std::string(marker);
}

void fill_argument(const ClauseView& v, std::uint16_t c, const std::string& marker, const CameoFrame& frame,
                   Roles& r) {
  for (const NounArgument& a : frame.args) {
    if (a.marker != marker) continue;
    const std::vector<int> ents = argument_entities(v, c);  // "her visit": the person named last
    if (a.role == NounArgument::kSource || a.role == NounArgument::kBoth) append(r.actor, ents);
    if (a.role == NounArgument::kTarget) append(r.target, ents);
    return;
  }
}

// "gencatan senjata kelompok A dan B": an Indonesian trigger written in two words has its
// possessor hung by the parser on its second word, a bare modifier right after the head that
// names nobody; that word's arguments are the trigger's, and so is a bare noun compounded on it
// (a possessor follows its head: "kelompok A").
void second_word_arguments(const ClauseView& v, std::uint16_t n, const CameoFrame& frame, Roles& r) {
  const auto next = static_cast<std::uint16_t>(n + 1);
  if (v.language() != Language::kIndonesian || next >= v.size() || v.parent(next) != n ||
      v.mention_at(next) >= 0 || !v.case_marker(next).empty())
    return;
  for (std::uint16_t k : v.children(next)) {
    std::string marker = argument_marker(v, k);
    if (marker.empty() && v.base_rel(k) == DepRel::kCompound && k > next) marker = "nmod";
    if (!marker.empty()) fill_argument(v, k, marker, frame, r);
  }
}

}  // namespace

// "gencatan senjata kelompok A dan B di Jalur Gaza", "the talks between A and B in Doha": a
// place phrase inside the trigger's noun phrase (on the trigger, or on a word of its own phrase,
// where the parser often hangs it) locates the act.
void place_in_phrase(const ClauseView& v, std::uint16_t n, Roles& r, int depth = 0) {
  for (std::uint16_t c : v.children(n)) {
    if (r.location >= 0) return;
    const DepRel b = v.base_rel(c);
    if (b == DepRel::kNmod && oblique_role(v, c, false) == ObliqueRole::kPlace) {
      for (int m : v.entities_of(c))
        if (is_place(v.mention(m))) {
          r.location = m;
          r.location_oblique = true;
          return;
        }
    }
    if (depth < 2 && (b == DepRel::kNmod || b == DepRel::kCompound || b == DepRel::kConj)) place_in_phrase(v, c, r, depth + 1);
  }
}

Roles noun_roles(const ClauseView& v, std::uint16_t n, const CameoFrame& frame) {
  Roles r;
  second_word_arguments(v, n, frame, r);
  place_in_phrase(v, n, r);
  for (std::uint16_t c : v.children(n)) {
    const std::string marker = argument_marker(v, c);
    if (marker.empty()) continue;
    fill_argument(v, c, marker, frame, r);
    // "the attack by Russia on Ukraine": a name takes no prepositional phrase of its own, so a
    // marked phrase the parser hangs on a named argument is the trigger's next argument.
    if (v.mention_at(c) < 0) continue;
    for (std::uint16_t k : v.children(c))
      if (v.mention_at(k) != v.mention_at(c) && v.base_rel(k) == DepRel::kNmod && !v.case_marker(k).empty())
        fill_argument(v, k, std::string(v.case_marker(k)), frame, r);
  }
  return r;
}

void keep_parties(const ClauseView& v, Roles& r, bool material_conflict) {
  auto party = [&](int m) {
    const Mention& mm = v.mention(m);
    if (mm.entity_key.rfind("media:", 0) == 0) return false;
    switch (mm.type) {
      case EntityType::kPerson: case EntityType::kCountry: case EntityType::kOrganization: case EntityType::kGroup:
        return true;
      default:
        return false;
    }
  };
  auto sift = [&](std::vector<int>& slot, bool allow_place) {
    std::vector<int> kept;
    for (int m : slot) {
      if (party(m) || (allow_place && is_place(v.mention(m)))) kept.push_back(m);
      else if (is_place(v.mention(m)) && r.location < 0) r.location = m;
    }
    slot = std::move(kept);
  };
  sift(r.actor, false);
  sift(r.target, material_conflict);
  std::erase_if(r.target, [&](int m) {
    for (int a : r.actor)
      if (v.mention(a).entity_key == v.mention(m).entity_key) return true;
    return false;
  });
}

// A possessor is a possessive ("X's hand") or, in Indonesian, a bare modifier after the head
// ("tangan X"); a phrase with a preposition ("the hand of X") is not read here.
void possessor_of_object(const ClauseView& v, std::uint16_t object, Roles& r) {
  for (std::uint16_t k : v.children(object)) {
    const bool bare = v.base_rel(k) == DepRel::kNmod && v.case_marker(k).empty();
    if (v.rel(k) != DepRel::kNmodPoss && !bare) continue;
    for (int m : argument_entities(v, k))
      if (!is_place(v.mention(m))) append(r.target, {m});
  }
}

}  // namespace kronik::coder
