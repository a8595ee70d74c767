// The actor of one trigger, tried in order of evidence: the possessor of a nominal trigger, the
// subject a coordinated verb shares, the subject to the left in the clause, a pronoun's
// antecedent, the main clause's subject for a leading adjunct, the speaker of the claim holding
// it, the agent after a nominal trigger ("invasion by Russia"), and for Indonesian the dropped
// subject of a sentence-opening verb.
#include "events/window/window.h"

namespace kronik::window {

// "kunjungan Retno", "kunjungan resmi Perdana Menteri Jepang": after a nominal trigger,
// up to two adjectives, then the possessor (titles and a country qualifying them skipped).
void WindowCoder::possessor_actor(const SentenceState& c, Candidate& x) {
  std::size_t k = x.tg->end;
  std::size_t adjectives = 0;
  while (k < c.toks.size() && c.mention_at[k] < 0 && c.toks[k].word && !c.toks[k].upper && adjectives < 2 &&
         !word_is(c, k, "stop") && !c.any_trigger[k]) {
    ++k;
    ++adjectives;
  }
  k = skip_titles(c, k);
  int m = k < c.toks.size() ? c.mention_at[k] : -1;
  if (m >= 0 && participant(m)) {
    x.actors = {mention(m).entity_key};
    x.after_possessor = k;
    while (x.after_possessor < c.toks.size() && c.mention_at[x.after_possessor] == m) ++x.after_possessor;
  }
}

// Indonesian drops a subject the previous sentence named ("Lavrov tiba di Pyongyang. Kemudian
// langsung menemui Kim."): a verb opening its sentence after adverbs only (four words at most)
// takes the previous event's actor.
bool WindowCoder::dropped_subject(const SentenceState& c, const Candidate& x) {
  if (lang_ == Language::kEnglish || x.en->noun || memory_.last_actor.empty() || c.s->index == 0 || x.sp) return false;
  bool bare = true;
  std::size_t words = 0;
  for (std::size_t k = 0; k < x.tg->begin && bare; ++k) {
    if (c.mention_at[k] >= 0) bare = false;
    else if (c.toks[k].word) {
      ++words;
      bare = word_is(c, k, "adverb") || word_is(c, k, "adverbial_sub") || word_is(c, k, "stop");
    }
  }
  return bare && words <= 4;
}

void WindowCoder::find_actors(const SentenceState& c, Candidate& x) {
  const Trigger& tg = *x.tg;
  const Entry& en = *x.en;
  std::vector<std::string>& actors = x.actors;
  // Inside reported speech the subject is looked for inside the reported clause only.
  const std::size_t clause_lo = x.sp ? x.sp->clause_begin : 0;
  x.after_possessor = tg.end;
  if (en.noun && tg.end < c.toks.size() && en.frame != Frame::kMeet) possessor_actor(c, x);
  // "X mengirim ... dan juga menyediakan ...": a coordinated verb shares the subject.
  if (actors.empty() && !c.sentence_actors.empty() && !en.noun) {
    std::size_t p = tg.begin;
    while (p > 0 && word_is(c, p - 1, "adverb")) --p;
    if (p > 0 && word_is(c, p - 1, "coord")) actors = c.sentence_actors;
  }
  if (actors.empty()) actors = left_actors(c, tg.begin, true, clause_lo);
  if (actors.empty()) {
    actors = pronoun_actors(c, tg.begin);
    x.from_pronoun = !actors.empty();
  }
  if (actors.empty()) {
    std::string subj = main_subject_after_comma(c, tg.end);
    if (!subj.empty()) actors = {subj};
  }
  if (actors.empty() && !x.sp) actors = left_actors(c, tg.begin, false);
  if (actors.empty() && x.sp) actors = {x.sp->speaker};
  if (!x.noun_agent.empty()) actors = {x.noun_agent};
  if (actors.empty() && dropped_subject(c, x)) {
    actors = {memory_.last_actor};
    x.from_pronoun = true;
  }
}

}  // namespace kronik::window
