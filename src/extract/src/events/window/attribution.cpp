// Attribution: who speaks in a sentence, which tokens they say, who reported it, and what that
// makes of the events inside (docs/events.md, "Claims"). A speaker's own side acting is their
// claim on that event; another party's act they report is not asserted but becomes their
// statement (010) about that party.
#include <algorithm>

#include "events/window/window.h"
#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"

namespace kronik::window {

// The speaker, the claim's tokens and the addressee of speech trigger `tg`; false for a hedge
// ("Korea Utara dilaporkan memasok ...", "is reported to": the subject's act is only suspected,
// the subject reports nothing).
bool WindowCoder::speech_at(const SentenceState& c, const Trigger& tg, Speech& sp) {
  const Entry& en = im_.entries[tg.entry];
  auto left = left_actors(c, tg.begin, true);
  // "..., kata X" / "menurut X": the speaker follows the verb.
  bool inverted = left.empty() || (tg.begin > 0 && c.toks[tg.begin - 1].text == ",") ||
                  (tg.begin > 0 && is_quote(c.toks[tg.begin - 1].text));
  std::string after = right_target(c, tg.end, std::min(c.toks.size(), tg.end + 8), false, {});
  if (en.frame == Frame::kReport && !inverted && !left.empty() && !is_media(left.back()) &&
      c.st.has_class(tg.begin, cls_bit("hedge")))
    return false;
  std::size_t first_word = 0;
  while (first_word < tg.begin && !c.toks[first_word].word) ++first_word;
  if (inverted && !after.empty() && tg.begin == first_word) {
    // "Menurut X, ...", "According to X, ...": the claim follows the speaker's comma.
    sp.speaker = after;
    sp.clause_begin = c.toks.size();
    for (std::size_t k = tg.end; k < c.toks.size(); ++k)
      if (!c.toks[k].word && c.toks[k].text == ",") {
        sp.clause_begin = k + 1;
        break;
      }
    sp.clause_end = c.toks.size();
  } else if (inverted && !after.empty()) {
    sp.speaker = after;
    sp.clause_begin = 0;
    sp.clause_end = tg.begin;
  } else {
    speaker_before(c, tg, left, sp);
  }
  for (std::size_t k = sp.clause_begin; k < sp.clause_end; ++k)
    if (!c.toks[k].word && is_quote(c.toks[k].text)) sp.direct = true;
  if (is_media(sp.speaker) || en.frame == Frame::kReport) {
    sp.reporters.push_back(sp.speaker);
    sp.speaker.clear();
  }
  return true;
}

// "X mengatakan (kepada Y) bahwa ...", "X said ...", "'...,' Lavrov said": the speaker before the
// verb (or a pronoun's antecedent), the claim after it (or the quotation before it when nothing
// follows), the addressee after "kepada"/"to" or the object of a verb of telling.
void WindowCoder::speaker_before(const SentenceState& c, const Trigger& tg, const std::vector<std::string>& left,
                                 Speech& sp) {
  if (!left.empty()) sp.speaker = left.back();
  else {
    auto p = pronoun_actors(c, tg.begin);
    if (!p.empty()) sp.speaker = p.back();
  }
  sp.clause_begin = tg.end;
  sp.clause_end = c.toks.size();
  bool words_after = false;
  for (std::size_t k = tg.end; k < c.toks.size(); ++k) words_after = words_after || c.toks[k].word;
  if (!words_after) {
    sp.clause_begin = 0;
    sp.clause_end = tg.begin;
    for (std::size_t k = tg.begin; k > 0; --k)
      if (!c.toks[k - 1].word && is_quote(c.toks[k - 1].text)) {
        sp.clause_end = k;
        break;
      }
  }
  if (tg.end < c.toks.size() && word_is(c, tg.end, "to_prep")) {
    sp.addressee = right_target(c, tg.end + 1, std::min(c.toks.size(), tg.end + 7), false, {sp.speaker});
  } else if (c.st.has_class(tg.begin, cls_bit("tell_verb")) ||
             gz_.is_word(lower(slice(text_, ByteSpan{c.toks[tg.begin].span.begin, c.toks[tg.end - 1].span.end})), lang_,
                         "tell_verb")) {
    std::size_t o = skip_titles(c, tg.end);
    if (o < c.toks.size() && c.mention_at[o] >= 0 && participant(c.mention_at[o]) &&
        mention(c.mention_at[o]).entity_key != sp.speaker)
      sp.addressee = mention(c.mention_at[o]).entity_key;
  }
}

void WindowCoder::find_speeches(SentenceState& c) {
  for (const Trigger& tg : c.trig) {
    const Entry& en = im_.entries[tg.entry];
    if (!is_speech(en)) continue;
    Speech sp;
    sp.cameo = en.cameo;
    sp.trigger = tg.begin;
    if (speech_at(c, tg, sp)) c.speeches.push_back(sp);
  }
  collect_reporters(c);
}

// Reporters named anywhere in the sentence ("seperti melansir TASS", "lapor KCNA"), in text order
// after those of the report verbs; the first speaker is the sentence's speaker.
void WindowCoder::collect_reporters(SentenceState& c) {
  auto& reporters = c.reporters;
  for (const auto& sp : c.speeches) {
    for (const auto& r : sp.reporters)
      if (!r.empty() && std::find(reporters.begin(), reporters.end(), r) == reporters.end()) reporters.push_back(r);
    if (c.speaker_of_sentence.empty() && !sp.speaker.empty()) c.speaker_of_sentence = sp.speaker;
  }
  for (int m : c.mentions)
    if (is_media(mention(m).entity_key) &&
        std::find(reporters.begin(), reporters.end(), mention(m).entity_key) == reporters.end())
      reporters.push_back(mention(m).entity_key);
}

// The speech whose claim holds token `tok` (with a speaker), or nullptr.
const Speech* WindowCoder::claim_for(const SentenceState& c, std::size_t tok) const {
  for (const auto& sp : c.speeches)
    if (!sp.speaker.empty() && tok >= sp.clause_begin && tok < sp.clause_end) return &sp;
  return nullptr;
}

// A speaker's own side: the speaker, the country of their office, the country a capital stands for.
std::vector<std::string> WindowCoder::own_side(const std::string& key) const {
  std::vector<std::string> v = {key};
  for (const auto& o : gz_.offices_of(key)) v.push_back(o.country);
  if (auto idx = gz_.find_key(key); idx && !gz_.entry(*idx).metonym_of.empty()) v.push_back(gz_.entry(*idx).metonym_of);
  return v;
}

// Someone else's act reported by a speaker ("Jepang mengatakan Vietnam telah mengirim beras").
bool WindowCoder::third_party(const std::string& speaker, const std::vector<std::string>& actors) const {
  if (speaker.empty() || actors.empty()) return false;
  auto so = own_side(speaker);
  for (const auto& a : actors)
    for (const auto& x : own_side(a))
      if (std::find(so.begin(), so.end(), x) != so.end()) return false;
  return true;
}

// The claim's `about`: entities named in its tokens [cb, ce), once each, `except` aside.
void WindowCoder::claim_about(const SentenceState& c, Event& ev, std::size_t cb, std::size_t ce, const std::string* except) {
  for (int m : c.mentions) {
    std::size_t f = mention_first_tok(c, m);
    const auto& key = mention(m).entity_key;
    if (f >= cb && f < ce && (!except || key != *except) &&
        std::find(ev.claim.about.begin(), ev.claim.about.end(), key) == ev.claim.about.end())
      ev.claim.about.push_back(key);
  }
}

// The claim an event of this sentence carries: its speaker's (the speaker joins the event), or
// only the reporters'. False when the event is a third party's act the speaker reports: it is
// not asserted, the speaker's statement carries it (statement_events).
bool WindowCoder::attach_claim(SentenceState& c, const Candidate& x, Event& ev) {
  const Speech* sp = x.sp;
  const std::size_t q = sp ? static_cast<std::size_t>(sp - c.speeches.data()) : 0;
  if (sp && third_party(sp->speaker, x.actors)) {
    c.inner_actors[q].insert(c.inner_actors[q].end(), x.actors.begin(), x.actors.end());
    return false;
  }
  if (sp) {
    bool listed = false;
    for (const auto& p : ev.participants) listed = listed || p.entity == sp->speaker;
    if (!listed) ev.participants.push_back(Participant{sp->speaker, ParticipantRole::kSpeaker});
    ev.has_claim = true;
    ev.claim.speaker = sp->speaker;
    ev.claim.direct = sp->direct;
    ev.claim.reported_by = c.reporters;
    std::size_t cb = sp->clause_begin, ce = std::max(sp->clause_begin + 1, sp->clause_end);
    ev.claim.text = span_text(c, cb, ce);
    claim_about(c, ev, cb, ce, nullptr);
    for (const auto& a : x.actors) c.inner_actors[q].push_back(a);
  } else if (!c.reporters.empty()) {
    ev.has_claim = true;
    ev.claim.reported_by = c.reporters;
    ev.claim.text = std::string(slice(text_, c.s->span));
  }
  return true;
}

// A denial: the denied clause is a claim, the accuser's when one is named ("membantah tuduhan
// Ukraina bahwa ...", "denied accusations by Ukraine that ...").
void WindowCoder::attach_denial(const SentenceState& c, const Candidate& x, Event& ev) {
  if (x.en->frame != Frame::kDeny || x.passive_form) return;
  std::size_t cb = x.tg->end, ce = std::max(x.scope, x.clause_end);
  ev.has_claim = true;
  ev.claim.status = ClaimStatus::kDenied;
  ev.claim.direct = false;
  ev.claim.about.clear();
  ev.claim.speaker.clear();
  bool accusation = x.en->words.size() >= 2 ||
                    (x.inner >= 0 && im_.entries[c.trig[static_cast<std::size_t>(x.inner)].entry].cameo == "112");
  if (accusation && !x.target.empty()) ev.claim.speaker = x.target;
  if (ev.claim.reported_by.empty()) ev.claim.reported_by = c.reporters;
  if (cb < ce && ce <= c.toks.size()) ev.claim.text = span_text(c, cb, ce);
  claim_about(c, ev, cb, ce, &x.target);
}

// A hedge before the verb ("diduga", "reportedly"): the claim is only suspected.
void WindowCoder::attach_hedge(const SentenceState& c, Candidate& x, Event& ev) {
  if (!hedged_before(c, x.tg->begin)) return;
  if (!ev.has_claim) {
    ev.has_claim = true;
    ev.claim.reported_by = c.reporters;
    ev.claim.text = std::string(slice(text_, c.s->span));
  }
  ev.claim.status = ClaimStatus::kSuspected;
  x.conf -= 0.1;
}

// Statements, kept to the two kinds a reader would chart: telling someone ("Kim mengatakan kepada
// Lavrov", "X told Y") and saying what a third party did ("AS mengatakan Korea Utara telah
// mengirimkan amunisi"). A speaker describing their own side's acts is already carried by that
// event's speaker slot.
void WindowCoder::statement_events(SentenceState& c) {
  for (std::size_t q = 0; q < c.speeches.size(); ++q) {
    const Speech& sp = c.speeches[q];
    if (sp.speaker.empty()) continue;
    if (modality_at(c, sp.trigger) != Modality::kAsserted) continue;
    std::string about = sp.addressee;
    if (about.empty()) {
      const std::vector<std::string> own = own_side(sp.speaker);
      for (const auto& a : c.inner_actors[q])
        if (std::find(own.begin(), own.end(), a) == own.end()) {
          about = a;
          break;
        }
    }
    if (about.empty()) continue;
    Event ev;
    ev.cameo = sp.cameo;
    ev.participants = {Participant{sp.speaker, ParticipantRole::kActor}, Participant{about, ParticipantRole::kTarget}};
    ev.has_claim = true;
    ev.claim.speaker = sp.speaker;
    ev.claim.direct = sp.direct;
    ev.claim.reported_by = c.reporters;
    std::size_t cb = sp.clause_begin, ce = std::max(sp.clause_begin + 1, sp.clause_end);
    if (cb < c.toks.size()) ev.claim.text = span_text(c, cb, std::min(ce, c.toks.size()));
    claim_about(c, ev, cb, ce, &sp.speaker);
    date_for(c, sp.trigger, ev);
    ev.confidence = 0.6;
    ev.evidence.push_back(evidence_of(c, ByteSpan{c.toks[sp.trigger].span.begin, c.toks[sp.trigger].span.end}));
    ev.sources.push_back(document_);
    memory_.last_actor = sp.speaker;
    out_.push_back(std::move(ev));
  }
}

}  // namespace kronik::window
