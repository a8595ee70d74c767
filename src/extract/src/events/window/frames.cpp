// Frames: the slots each frame of data/<lang>/events.tsv fills around its trigger (docs/events.md,
// "Frames and role rules"), and the nominal triggers that name no act of the sentence. A frame
// that cannot fill what it requires makes no event (precision first).
#include <algorithm>
#include <iterator>

#include "events/window/window.h"

namespace kronik::window {

namespace {

// Verbs whose meeting or cooperation noun right after them is their topic: discuss (040), sign (057).
constexpr std::string_view kTopicVerbs[] = {"040", "057"};

// Material acts that can be used on a place with no named party: aid (07), protest (14), coerce,
// assault, fight, mass violence (17-20).
bool material_root(int r) { return r == 7 || r == 14 || r >= 17; }

}  // namespace

// A nominal trigger that is not an act of its own: the reason for another event after
// "atas"/"for" ("berterima kasih atas dukungannya"), the topic of a verb of discussing or signing
// ("membahas kerja sama ekonomi"), a thing named by a passive participle ("military aid approved
// by Congress"). A noun right before "by" keeps its agent ("invasion by Russia": x.noun_agent).
bool WindowCoder::names_no_act(const SentenceState& c, Candidate& x) {
  const Trigger& tg = *x.tg;
  const Entry& en = *x.en;
  for (std::size_t p = tg.begin; p > 0 && p + (en.noun ? 8 : 1) > tg.begin; --p) {
    if (!c.toks[p - 1].word || c.any_trigger[p - 1]) break;
    if (c.st.has_class(p - 1, cls_bit("reason_prep"))) return true;
  }
  if (en.noun && x.ti > 0 && (root_of(en.cameo) == 4 || root_of(en.cameo) == 6)) {
    const Trigger& before = c.trig[x.ti - 1];
    const Entry& prev = im_.entries[before.entry];
    if (before.end + 3 >= tg.begin && std::find(std::begin(kTopicVerbs), std::end(kTopicVerbs), prev.cameo) != std::end(kTopicVerbs))
      return true;
  }
  if (!en.noun) return false;
  for (std::size_t k = tg.end; k < std::min(c.toks.size(), tg.end + 3); ++k) {
    if (c.mention_at[k] >= 0 || !c.toks[k].word) break;
    if (word_is(c, k, "by_prep")) {
      if (k != tg.end) return true;  // a participle before "by"
      x.noun_agent = right_target(c, k + 1, std::min(c.toks.size(), k + 8), false, {});
      break;
    }
  }
  return false;
}

// Passives: an Indonesian di- form matched through an active pattern ("didukung" ~ "mendukung"),
// an English verb after a form of "be" ("was received by"). The subject is the target and the
// agent follows.
bool WindowCoder::is_passive_form(const SentenceState& c, const Candidate& x) {
  const Entry& en = *x.en;
  bool passive = false;
  if (lang_ != Language::kEnglish && en.frame == Frame::kAct && !en.noun) {
    const std::string& w = c.toks[x.tg->begin].lower;
    passive = w.size() > 4 && w.compare(0, 2, "di") == 0 && en.words[0].compare(0, 2, "di") != 0 &&
              en.words[0].compare(0, 3, "=di") != 0;
  }
  if (lang_ == Language::kEnglish && !en.noun && (en.frame == Frame::kAct || en.frame == Frame::kHost)) {
    std::size_t p = x.tg->begin;
    while (p > 0 && word_is(c, p - 1, "adverb")) --p;
    passive = p > 0 && word_is(c, p - 1, "be_aux");
  }
  return passive;
}

EntityType WindowCoder::mention_type(const SentenceState& c, const std::string& key) const {
  for (int m : c.mentions)
    if (mention(m).entity_key == key) return mention(m).type;
  return EntityType::kUnknown;
}

// A participant named right at token k, titles and qualifying mentions skipped ("bertemu Perdana
// Menteri Australia Anthony Albanese").
std::string WindowCoder::object_at(const SentenceState& c, const Candidate& x, std::size_t k,
                                   const std::vector<std::string>& exclude) {
  std::size_t o = skip_titles(c, k);
  if (o >= x.clause_end || c.mention_at[o] < 0 || !participant(c.mention_at[o])) return {};
  const std::string& key = mention(c.mention_at[o]).entity_key;
  if (std::find(exclude.begin(), exclude.end(), key) != exclude.end()) return {};
  return key;
}

// An object pronoun on the verb itself ("menjamunya", "menemuinya").
std::string WindowCoder::verb_pronoun_object(const SentenceState& c, const Candidate& x,
                                             const std::vector<std::string>& exclude) {
  if (x.en->noun || lang_ == Language::kEnglish) return {};
  const std::string& w = c.toks[x.tg->end - 1].lower;
  if (w.size() <= 6 || !ends_with(w, "nya")) return {};
  return recent_person_except(c, x.tg->begin, exclude);
}

// The second party of a meeting: a direct object right after the verb, or a party after
// "dengan"/"with"/"antara" within three words ("pertemuan antara X dan Y", "pembicaraan dengan
// mitranya dari Chile, Herrera"); never an arbitrary later noun ("membahas situasi di Laos").
std::string WindowCoder::meet_party(const SentenceState& c, const Candidate& x, std::size_t from,
                                    const std::vector<std::string>& exclude) {
  std::string d = object_at(c, x, from, exclude);
  if (!d.empty()) return d;
  std::size_t p = from;
  while (p < std::min(x.clause_end, from + 4) && !word_is(c, p, "with_prep")) ++p;
  if (p >= std::min(x.clause_end, from + 4)) return {};
  // "dengannya": with the person named last
  const std::string& w = c.folded[p];
  if (w.size() > 5 && ends_with(w, "nya")) return recent_person_except(c, x.tg->begin, exclude);
  for (std::size_t k = p + 1; k < x.clause_end && k < p + 12; ++k) {
    int m = c.mention_at[k];
    if (m < 0 || !participant(m)) continue;
    const std::string& key = mention(m).entity_key;
    if (std::find(exclude.begin(), exclude.end(), key) != exclude.end()) continue;
    return key;
  }
  return {};
}

bool WindowCoder::fill_frame(const SentenceState& c, Candidate& x, Event& ev) {
  switch (x.passive_form ? Frame::kPassive : x.en->frame) {
    case Frame::kMeet: return fill_meet(c, x);
    case Frame::kVisit: return fill_visit(c, x);
    case Frame::kArrive:
      if (x.actors.empty()) return false;
      x.location = location_in(c, x.tg->begin, x.clause_end, true);
      return !x.location.empty();
    case Frame::kHost: return fill_host(c, x);
    case Frame::kPassive: return fill_passive(c, x);
    case Frame::kCause: return fill_cause(c, x);
    case Frame::kDeny:
    case Frame::kAct:
    default: return fill_act(c, x, ev);
  }
}

// "X bertemu (dengan) Y", "pertemuan antara X dan Y", "X dan Y bertukar pandangan"; the place
// anywhere in the sentence.
bool WindowCoder::fill_meet(const SentenceState& c, Candidate& x) {
  const std::size_t end = x.tg->end;
  std::vector<std::string>& actors = x.actors;
  std::string first = x.en->noun ? meet_party(c, x, end, {}) : std::string();
  std::string second = first.empty() ? std::string() : meet_party(c, x, end, {first});
  if (!first.empty() && second.empty()) {
    // "latihan militer gabungan Amerika Serikat dan Korea Selatan": coordinated possessors
    std::size_t k = skip_titles(c, end);
    while (k < x.clause_end && c.mention_at[k] >= 0 && mention(c.mention_at[k]).entity_key == first) ++k;
    if (k < x.clause_end && word_is(c, k, "coord")) second = object_at(c, x, k + 1, {first});
  }
  if (!first.empty() && !second.empty()) {  // "pembicaraan Lavrov dengan Kim"
    actors = {first};
    x.target = second;
  } else if (actors.size() >= 2) {
    x.target = actors.back();
    actors.resize(1);
  } else {
    x.target = meet_party(c, x, end, actors);
    if (x.target.empty()) x.target = verb_pronoun_object(c, x, actors);
    if (actors.empty() && !x.target.empty()) {
      // "pertemuan antara X dan Y": both after the trigger
      actors = {x.target};
      x.target = meet_party(c, x, end, actors);
    }
  }
  if (actors.empty() || x.target.empty()) return false;
  x.location = location_in(c, 0, c.toks.size(), false);
  return true;
}

// The destination: a direct object right after the verb or a place after "ke"/"to"; a country
// or place is the location, a participant also the target.
bool WindowCoder::fill_visit(const SentenceState& c, Candidate& x) {
  std::size_t from = x.after_possessor;
  std::size_t lim = std::min(x.clause_end, from + 3);
  for (std::size_t k = from; k < lim; ++k)
    if (word_is(c, k, "dir_prep")) {
      lim = word_is(c, k, "from_prep") ? k : std::min(x.clause_end, k + 6);
      break;
    }
  std::string obj = right_target(c, from, lim, true, x.actors);
  if (x.actors.empty()) return false;
  EntityType ot = obj.empty() ? EntityType::kUnknown : mention_type(c, obj);
  if (ot == EntityType::kLocation || ot == EntityType::kCountry) x.location = obj;
  if (x.location.empty()) x.location = location_in(c, x.tg->begin, x.clause_end, true);
  if (is_participant_type(ot)) x.target = obj;
  return !(x.location.empty() && x.target.empty());
}

// The guest is the direct object ("menerima Shoigu", "welcomed Prabowo"); "menerima amunisi dari
// Korea Utara" receives goods, not a guest.
bool WindowCoder::fill_host(const SentenceState& c, Candidate& x) {
  x.target = object_at(c, x, x.tg->end, x.actors);
  if (x.target.empty()) x.target = verb_pronoun_object(c, x, x.actors);
  if (x.target.empty()) return false;
  x.location = location_in(c, 0, c.toks.size(), false);
  x.conf -= x.actors.empty() ? 0.2 : 0.0;
  return true;
}

// "Barat harus disalahkan", "didukung Rusia": the subject is the target; the agent follows the
// verb or "oleh"/"by", else it is the speaker.
bool WindowCoder::fill_passive(const SentenceState& c, Candidate& x) {
  auto subj = left_actors(c, x.tg->begin, true);
  if (subj.empty()) return false;
  x.target = subj.back();
  std::vector<std::string>& actors = x.actors;
  actors.clear();
  if (std::string ag = object_at(c, x, x.tg->end, {x.target}); !ag.empty()) actors = {ag};
  for (std::size_t k = x.tg->end; k < x.clause_end && actors.empty(); ++k)
    if (word_is(c, k, "by_prep")) {
      std::string ag = right_target(c, k + 1, x.clause_end, false, {x.target});
      if (!ag.empty()) actors = {ag};
      break;
    }
  if (actors.empty() && x.sp) actors = {x.sp->speaker};
  if (actors.empty() && !c.speaker_of_sentence.empty()) actors = {c.speaker_of_sentence};
  if (actors.empty()) return false;
  // a guest is received where they travelled to ("Dalam lawatannya ke Tokyo, ... disambut")
  x.location = location_in(c, 0, c.toks.size(), root_of(x.en->cameo) == 4);
  return true;
}

// "X sepakat ketegangan disebabkan oleh Y", "X said the tension was caused by Y": the subject (or
// speaker) of the sentence blames the agent after "oleh"/"by".
bool WindowCoder::fill_cause(const SentenceState& c, Candidate& x) {
  for (std::size_t k = x.tg->begin; k < std::min(x.clause_end, x.tg->end + 2); ++k)
    if (word_is(c, k, "by_prep")) {
      for (std::size_t j = k + 1; j < x.clause_end && j < k + 8; ++j) {
        int m = c.mention_at[j];
        if (m >= 0 && participant(m)) {
          x.target = mention(m).entity_key;
          break;
        }
      }
      break;
    }
  if (x.target.empty()) return false;
  x.actors = left_actors(c, x.tg->begin, false);
  if (x.actors.empty() && x.sp) x.actors = {x.sp->speaker};
  return !x.actors.empty();  // several actors: all blame
}

// The target an act takes when one actor acts: an appeal is addressed to its direct object
// ("mendesak Myanmar", "urged Israel") or to the party after "kepada" ("meminta bantuan kepada
// AS"), a party further on being part of what was asked ("asked Congress to approve aid for
// Ukraine"); any other act takes the first participant after it. A minister never acts on his
// own country.
std::string WindowCoder::act_target(const SentenceState& c, const Candidate& x, std::size_t limit) {
  std::vector<std::string> excl = x.actors;
  for (const auto& a : x.actors)
    for (const auto& o : gz_.offices_of(a)) excl.push_back(o.country);
  std::string target;
  if (root_of(x.en->cameo) == 2 && !x.en->noun) {
    target = object_at(c, x, x.after_possessor, excl);
    for (std::size_t k = x.after_possessor; target.empty() && k < limit; ++k)
      if (word_is(c, k, "to_prep")) {
        target = right_target(c, k + 1, limit, false, excl, true);
        break;
      }
  } else {
    target = right_target(c, x.after_possessor, limit, false, excl, x.inner >= 0);
  }
  if (target.empty()) target = verb_pronoun_object(c, x, excl);
  return target;
}

// Force or deployment against a place with no named party ("membombardir Jalur Gaza", "deployed
// troops to the Kursk region"): the place is where it happened; there is no named target. Only
// material acts (07, 14, 17-20) that govern nothing.
bool WindowCoder::place_of_force(const SentenceState& c, Candidate& x, std::size_t limit) {
  if (!material_root(root_of(x.en->cameo)) || x.inner >= 0) return false;
  std::string place = right_target(c, x.after_possessor, limit, true, x.actors);
  EntityType pt = place.empty() ? EntityType::kUnknown : mention_type(c, place);
  if (pt == EntityType::kLocation ||
      (pt == EntityType::kCountry && place == location_in(c, x.after_possessor, limit, true)))
    x.location = place;
  return !x.location.empty();
}

// Acts and denials: actor, the first participant after the verb (a governing act looks across
// the act it governs), a place after the verb outside the governed or denied clause.
bool WindowCoder::fill_act(const SentenceState& c, Candidate& x, Event& ev) {
  const Entry& en = *x.en;
  std::vector<std::string>& actors = x.actors;
  const std::size_t limit = x.inner >= 0 ? std::max(x.clause_end, x.scope) : x.clause_end;
  if (actors.size() >= 2) {
    // "Kedua negara mengkritik aliansi militer AS": a named third party in the object is the
    // target of both; "Kedua negara menandatangani ...": otherwise the pair acts together, one
    // of them standing as the other's counterpart.
    x.target = right_target(c, x.after_possessor, limit, false, actors, x.inner >= 0);
    if (x.target.empty()) {
      x.target = actors.back();
      actors.resize(1);
    }
  } else {
    x.target = act_target(c, x, limit);
  }
  if (actors.empty()) return false;
  // A place inside the governed clause belongs to that clause ("menyerukan Israel untuk
  // menghentikan serangan di Gaza").
  std::size_t loc_end = x.inner >= 0 ? c.trig[static_cast<std::size_t>(x.inner)].begin : limit;
  if (en.frame == Frame::kDeny)  // "membantah tudingan soal pengiriman senjata ke Rusia": the denied content
    for (std::size_t k = x.tg->end; k < loc_end; ++k)
      if (word_is(c, k, "about_prep") || word_is(c, k, "complementizer")) {
        loc_end = k;
        break;
      }
  x.location = location_in(c, x.tg->end, loc_end, en.frame != Frame::kDeny);
  if (x.location == x.target) x.location.clear();  // "sent weapons to Ukraine": Ukraine is the recipient
  if (x.target.empty() && !place_of_force(c, x, limit)) return false;
  if (x.inner >= 0 && en.frame == Frame::kAct)
    ev.cameo = refine(en.cameo, im_.entries[c.trig[static_cast<std::size_t>(x.inner)].entry].cameo);
  return true;
}

}  // namespace kronik::window
