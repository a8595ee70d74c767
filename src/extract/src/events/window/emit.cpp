// The window coder's driver: per sentence, the stages in order (triggers, attribution,
// governance, then per trigger modality, actors, frame, claim, date), and the event each coded
// trigger makes: participants, confidence, evidence, CAMEO metadata.
#include <algorithm>
#include <cmath>

#include "events/window/window.h"
#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"

namespace kronik::window {

namespace {

int quad_of_root(int root) {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

}  // namespace

std::vector<Event> WindowCoder::code() {
  std::size_t mention_cursor = 0;
  for (std::size_t sent_i = 0; sent_i < sentences_.size(); ++sent_i) {
    SentenceState c = open_sentence(sent_i, mention_cursor);
    if (c.s->role == SentenceRole::kCaption || c.toks.empty()) continue;
    // Questions make no events.
    if (c.toks.back().text != "?") code_sentence(c);
    remember_persons(c);
  }
  for (Event& ev : out_) {
    if (const CameoInfo* ci = lexicon_.cameo(ev.cameo)) {
      ev.type = ci->type;
      ev.cameo_name = ci->name;
      ev.quad_class = ci->quad_class ? ci->quad_class : quad_of_root(std::atoi(ev.cameo.substr(0, 2).c_str()));
      ev.goldstein = ci->goldstein;
    }
    // The window coder's rule: its trigger phrase of data/<lang>/events.tsv.
    if (ev.rule.empty() && !ev.evidence.empty()) ev.rule = "window:" + lower(ev.evidence.front().trigger_text);
  }
  return std::move(out_);
}

void WindowCoder::code_sentence(SentenceState& c) {
  find_triggers(c);
  find_speeches(c);
  mark_governed(c);
  for (std::size_t ti = 0; ti < c.trig.size(); ++ti) code_trigger(c, ti);
  statement_events(c);
}

// The candidate of trigger `ti` up to its frame: false when the trigger makes no event whatever
// its slots (a speech verb, a governed act, a noun naming no act, a negated, hypothetical or
// unkept planned act); else its passive form, modality, claim, actors and clause bounds.
bool WindowCoder::open_candidate(const SentenceState& c, std::size_t ti, Candidate& x, Event& ev) {
  const Trigger& tg = c.trig[ti];
  const Entry& en = im_.entries[tg.entry];
  if (is_speech(en) || c.governor[ti] >= 0) return false;
  x.ti = ti;
  x.tg = &tg;
  x.en = &en;
  if (names_no_act(c, x)) return false;
  x.passive_form = is_passive_form(c, x);
  Modality mod = modality_at(c, tg.begin);
  if (mod == Modality::kNegated || mod == Modality::kHypothetical) return false;
  if (mod == Modality::kPlanned && !options_.keep_planned) return false;
  ev.cameo = en.cameo;
  ev.modality = mod;
  x.sp = claim_for(c, tg.begin);
  find_actors(c, x);
  x.inner = governs(en) ? first_governed(c, ti) : -1;
  x.scope = c.scope_end[ti];
  x.clause_end = first_clause_break(c, tg.end);
  return true;
}

// Actors, then the target unless it is one of them; false when nobody is left.
bool WindowCoder::set_participants(const Candidate& x, Event& ev) const {
  for (const auto& a : x.actors)
    if (!a.empty()) ev.participants.push_back(Participant{a, ParticipantRole::kActor});
  if (!x.target.empty() && std::find(x.actors.begin(), x.actors.end(), x.target) == x.actors.end())
    ev.participants.push_back(Participant{x.target, ParticipantRole::kTarget});
  return !ev.participants.empty();
}

// One event for trigger `ti` unless a stage finds it is no asserted act of a named party.
void WindowCoder::code_trigger(SentenceState& c, std::size_t ti) {
  Candidate x;
  Event ev;
  if (!open_candidate(c, ti, x, ev) || !fill_frame(c, x, ev) || !set_participants(x, ev)) return;
  if (!attach_claim(c, x, ev)) return;
  attach_denial(c, x, ev);
  attach_hedge(c, x, ev);
  ev.location = x.location;
  date_for(c, x.tg->begin, ev, x.en->noun);
  order_after(c, *x.tg, ev);
  emit(c, x, ev);
}

// Confidence: 0.8, less for an actor from a pronoun or a dropped subject, a defaulted date, a
// headline (and a hedge or a host without host, set by their stages); never below 0.1.
void WindowCoder::emit(SentenceState& c, Candidate& x, Event& ev) {
  if (x.from_pronoun) x.conf -= 0.15;
  if (ev.date_anchor == Anchor::kDefaulted) x.conf -= 0.1;
  if (c.s->role == SentenceRole::kHeadline) x.conf -= 0.05;
  ev.confidence = std::round(std::max(0.1, x.conf) * 100) / 100;
  ev.evidence.push_back(evidence_of(c, ByteSpan{c.toks[x.tg->begin].span.begin, c.toks[x.tg->end - 1].span.end}));
  ev.sources.push_back(document_);
  c.sentence_actors.clear();
  for (const auto& p : ev.participants)
    if (p.role == ParticipantRole::kActor) {
      memory_.last_actor = p.entity;
      c.sentence_actors.push_back(p.entity);
    }
  out_.push_back(std::move(ev));
}

Evidence WindowCoder::evidence_of(const SentenceState& c, ByteSpan trigger) const {
  Evidence evd;
  evd.document = document_;
  evd.sentence = c.s->index;
  evd.span = c.s->span;
  evd.trigger = trigger;
  evd.text = std::string(slice(text_, c.s->span));
  evd.trigger_text = std::string(slice(text_, evd.trigger));
  return evd;
}

}  // namespace kronik::window
