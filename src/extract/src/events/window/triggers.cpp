// Triggers: which lexicon patterns (data/<lang>/events.tsv) start at which word of a sentence.
// A word inside an entity mention is never a trigger. At each word the best matching pattern
// wins and the search resumes after it, so triggers never overlap.
#include <algorithm>

#include "events/window/window.h"

namespace kronik::window {

namespace {

// A pattern word ("=w" exact; else the word or one of its match keys) against token t.
bool word_matches(const SentenceState& c, const std::string& word, const std::vector<std::string>& keys, std::size_t t) {
  return word[0] == '=' ? c.toks[t].lower == word.substr(1) : (c.toks[t].lower == word || share_key(c.keys[t]->keys, keys));
}

}  // namespace

// Whether pattern `en` matches from token k; `end` receives the token after it. A "*" gap lets
// the next pattern word come within 3 tokens.
bool WindowCoder::match_pattern(const SentenceState& c, const Entry& en, std::size_t k, std::size_t& end) {
  std::size_t t = k;
  bool ok = true;
  for (std::size_t w = 0; w < en.words.size() && ok; ++w) {
    const std::string& word = en.words[w];
    if (word == "*") {
      if (w + 1 >= en.words.size()) break;
      std::size_t lim = std::min(c.toks.size(), t + 4);
      bool found = false;
      for (std::size_t g = t; g < lim && !found; ++g)
        if (word_matches(c, en.words[w + 1], en.keys[w + 1], g)) {
          t = g;
          found = true;
        }
      ok = found;
      continue;
    }
    if (t >= c.toks.size() || !c.toks[t].word) {
      ok = false;
      break;
    }
    if (!word_matches(c, word, en.keys[w], t)) ok = false;
    ++t;
  }
  end = t;
  return ok;
}

// A pattern with `requires` words holds only when one of them follows within 6 tokens; `dist`
// receives how far the nearest one is (1: right after the pattern).
bool WindowCoder::requirement_near(const SentenceState& c, const Entry& en, std::size_t from, std::size_t& dist) {
  dist = 0;
  if (en.requires_words.empty()) return true;
  for (std::size_t g = from; g < std::min(c.toks.size(), from + 6); ++g)
    for (std::size_t r = 0; r < en.requires_words.size(); ++r)
      if (c.toks[g].lower == en.requires_words[r] || share_key(c.keys[g]->keys, en.requires_keys[r])) {
        dist = g - from + 1;
        return true;
      }
  return false;
}

namespace {

// How a pattern that matched at a word ranks against the best one so far.
struct Match {
  Trigger trigger;
  std::size_t requirement = 0;  // distance of the nearest required word (0: none required)
  bool has_requirement = false;
  bool exact = false;  // the written form itself, not another form of it
  std::size_t length() const { return trigger.end - trigger.begin; }
};

// Longest wins; among equals, the more specific (with requirements, the nearest requirement
// first: "mengirim tentara dan senjata" is a troop deployment), then the exact form ("disambut"
// is the passive entry, not a form of "menyambut"), then file order.
bool better_than(const Match& m, const Match& best) {
  if (best.length() == 0) return true;
  bool better = m.length() > best.length();
  if (m.length() == best.length()) {
    const bool hr = m.has_requirement, br = best.has_requirement;
    if (hr && !br) better = true;
    if (hr && br && m.requirement < best.requirement) better = true;
    if (hr == br && (!hr || m.requirement == best.requirement) && m.exact && !best.exact) better = true;
  }
  return better;
}

}  // namespace

void WindowCoder::find_triggers(SentenceState& c) {
  for (std::size_t k = 0; k < c.toks.size(); ++k) {
    if (!c.toks[k].word || c.mention_at[k] >= 0) continue;
    Match best;
    for (std::uint32_t e : c.keys[k]->candidates) {
      const Entry& en = im_.entries[e];
      Match m;
      if (!match_pattern(c, en, k, m.trigger.end)) continue;
      if (!requirement_near(c, en, m.trigger.end, m.requirement)) continue;
      const std::string& w0 = en.words[0];
      m.trigger.entry = e;
      m.trigger.begin = k;
      m.has_requirement = !en.requires_words.empty();
      m.exact = c.toks[k].lower == (w0[0] == '=' ? w0.substr(1) : w0);
      if (better_than(m, best)) best = m;
    }
    if (best.length() > 0) {
      c.trig.push_back(best.trigger);
      k = best.trigger.end - 1;
    }
  }
  c.trigger_start.assign(c.toks.size() + 1, 0);
  for (const Trigger& tg : c.trig)
    if (!im_.entries[tg.entry].noun) c.trigger_start[tg.begin] = 1;  // a noun can be the object ("menghargai dukungan X")
  c.any_trigger.assign(c.toks.size() + 1, 0);
  for (const Trigger& tg : c.trig) c.any_trigger[tg.begin] = 1;
}

}  // namespace kronik::window
