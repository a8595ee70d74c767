// Dates: which time expression dates an event (docs/events.md, "Dating"). Nearest first: a time
// of the trigger's own comma segment (or of segments that date the whole clause), the report
// date of a speech verb, an earlier time of the paragraph, the day the lead named; else the
// publication month, `defaulted`. Also the order of events a "when"/"after" clause links.
#include <cctype>
#include <cmath>

#include "events/window/window.h"
#include "kronik/core/text.h"

namespace kronik::window {

namespace {

bool is_comma_or_semicolon(const Token& t) { return !t.word && (t.text == "," || t.text == ";"); }

// The comma segment (0-based) a byte offset falls into.
std::size_t seg_of(const SentenceState& c, std::uint32_t byte) {
  std::size_t seg = 0;
  for (std::size_t k = 0; k < c.toks.size() && c.toks[k].span.begin < byte; ++k)
    if (is_comma_or_semicolon(c.toks[k])) ++seg;
  return seg;
}

// The first token of comma segment `seg` (or the sentence's end).
std::size_t seg_start_tok(const SentenceState& c, std::size_t seg) {
  std::size_t n = 0;
  for (std::size_t k = 0; k < c.toks.size(); ++k) {
    if (n == seg) return k;
    if (is_comma_or_semicolon(c.toks[k])) ++n;
  }
  return c.toks.size();
}

}  // namespace

// "sejak Februari 2022", "since February 2022" opens a period; it does not date the event.
bool WindowCoder::after_since_word(const SentenceState& c, const TimeMention* t) {
  for (std::size_t k = 1; k < c.toks.size(); ++k)
    if (c.toks[k].span.begin >= t->span.begin) return word_is(c, k - 1, "since_prep");
  return false;
}

// Whether a time in segment `ms` dates a trigger in segment `tseg`: its own segment; an earlier
// one for a trigger in an adjunct; a sentence-opening adverbial ("Pada hari Kamis, ..."); a later
// segment that opens with a preposition ("..., dalam rapat yang diadakan di Medan pada 3
// Juli") or is a bare date closing the sentence ("... di Kremlin, Moskow, Rabu (31/7).").
bool WindowCoder::segment_dates(const SentenceState& c, std::size_t ms, std::size_t tseg, bool adjunct,
                                const TimeMention* t) {
  bool ok = ms == tseg || (adjunct && ms < tseg);
  if (!ok && ms == 0 && tseg > 0) {
    // sentence-opening adverbial: the segment holds little besides the time expression
    std::size_t words = 0;
    for (std::size_t k = 0; k < seg_start_tok(c, 1); ++k) words += c.toks[k].word ? 1 : 0;
    ok = words <= 5;
  }
  if (!ok && ms > tseg) {
    std::size_t st = seg_start_tok(c, ms);
    ok = st < c.toks.size() && (word_is(c, st, "loc_prep") || word_is(c, st, "time_prep"));
    if (!ok && st < c.toks.size() && c.toks[st].span.begin == t->span.begin) {
      bool last = true;
      for (std::size_t k = st; k < c.toks.size(); ++k)
        if (c.toks[k].span.begin >= t->span.end && c.toks[k].word) last = false;
      ok = last;
    }
  }
  return ok;
}

// The time of the trigger's own clause, nearest first. A time inside another clause
// ("perjanjian yang ditandatangani tahun lalu") does not date this event.
const TimeMention* WindowCoder::own_segment_time(const SentenceState& c, std::size_t a, bool noun_trigger,
                                                 const std::vector<const TimeMention*>& times) {
  const std::size_t tseg = seg_of(c, c.toks[a].span.begin);
  const std::uint32_t at = c.toks[a].span.begin;
  // "pertemuan ..., yang diadakan sehari sebelumnya": a relative clause right after a nominal
  // trigger dates that noun and wins over the rest.
  if (noun_trigger) {
    std::size_t st = seg_start_tok(c, tseg + 1);
    if (st < c.toks.size() && word_is(c, st, "relative"))
      for (const TimeMention* t : times)
        if (seg_of(c, t->span.begin) == tseg + 1) return t;
  }
  // A trigger in an adjunct segment ("..., selama kunjungan langka Putin ke Pyongyang") with no
  // time of its own is dated by the clause it hangs on.
  bool adjunct = false;
  if (tseg > 0) {
    std::size_t st = seg_start_tok(c, tseg);
    adjunct = st < c.toks.size() && (word_is(c, st, "time_prep") || word_is(c, st, "loc_prep"));
    for (const TimeMention* t : times)
      if (seg_of(c, t->span.begin) == tseg) adjunct = false;
  }
  const TimeMention* best = nullptr;
  long best_d = 1L << 40;
  for (const TimeMention* t : times) {
    if (after_since_word(c, t)) continue;
    if (!segment_dates(c, seg_of(c, t->span.begin), tseg, adjunct, t)) continue;
    long d = std::labs(static_cast<long>(t->span.begin) - static_cast<long>(at));
    if (d < best_d) {
      best_d = d;
      best = t;
    }
  }
  return best;
}

// "..., kantor berita itu melaporkan pada hari Senin", "KCNA reported on Sunday": when the text
// does not date the event itself, the report date (a known time within three tokens after a
// speech or report verb) is the nearest bound.
const TimeMention* WindowCoder::report_time(const SentenceState& c, const std::vector<const TimeMention*>& times) {
  for (const Trigger& rt : c.trig) {
    if (!is_speech(im_.entries[rt.entry])) continue;
    for (const TimeMention* t : times) {
      std::size_t k = rt.end;
      while (k < c.toks.size() && c.toks[k].span.begin < t->span.begin) ++k;
      if (k < c.toks.size() && k >= rt.end && k - rt.end <= 3 && t->value.known()) return t;
    }
  }
  return nullptr;
}

// The body sentence `si` if the document holds it at its own index, else nullptr.
const Sentence* WindowCoder::sentence_at(std::uint32_t si) const {
  return si < sentences_.size() && sentences_[si].index == si ? &sentences_[si] : nullptr;
}

// The nearest preceding reference time in the paragraph.
const TimeMention* WindowCoder::paragraph_time(const Sentence& s) {
  for (auto rit = times_by_sentence_.rbegin(); rit != times_by_sentence_.rend(); ++rit) {
    if (rit->first >= s.index) continue;
    const Sentence* ps = sentence_at(rit->first);
    if (!ps || ps->paragraph != s.paragraph || ps->role != SentenceRole::kBody) continue;
    return rit->second.back();
  }
  return nullptr;
}

// Whether the word right before a time is "sejak"/"since" (read from the text: the time may sit
// in another sentence).
bool WindowCoder::since_before(const TimeMention* t) {
  std::size_t e = t->span.begin;
  while (e > 0 && (text_[e - 1] == ' ' || text_[e - 1] == '\t')) --e;
  std::size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text_[b - 1]))) --b;
  std::string w(text_.substr(b, e - b));
  for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return !w.empty() && gz_.is_word(w, lang_, "since_prep");
}

// Web news often sets every sentence as its own paragraph; the day named earlier in the lead
// ("pada Senin (13/11)", "on Monday") stays the reference time of the report until another time
// is named. Periods opened by "sejak"/"since" and future times do not move it; any other time
// named after the lead is a shift (often to background), so only the lead's own day carries over.
const TimeMention* WindowCoder::lead_time(const Sentence& s) {
  for (auto rit = times_by_sentence_.rbegin(); rit != times_by_sentence_.rend(); ++rit) {
    if (rit->first >= s.index) continue;
    const Sentence* ps = sentence_at(rit->first);
    if (!ps || ps->role != SentenceRole::kBody) continue;
    const TimeMention* ref = nullptr;
    for (const TimeMention* t : rit->second)
      if (!t->future && !since_before(t)) ref = t;
    if (!ref) continue;
    // only the lead's time: later times in the body are usually background
    bool lead = true;
    for (const auto& [si, ts] : times_by_sentence_)
      if (si < rit->first && sentence_at(si) && sentences_[si].role == SentenceRole::kBody) lead = false;
    if (lead && ref->value.known() && ref->value.granularity >= Granularity::kDay) return ref;
    return nullptr;
  }
  return nullptr;
}

void WindowCoder::date_for(const SentenceState& c, std::size_t a, Event& ev, bool noun_trigger) {
  const Sentence& s = *c.s;
  auto it = times_by_sentence_.find(s.index);
  const TimeMention* best = nullptr;
  bool report_date = false;
  if (it != times_by_sentence_.end()) {
    best = own_segment_time(c, a, noun_trigger, it->second);
    if (!best) {
      best = report_time(c, it->second);
      report_date = best != nullptr;
    }
  }
  if (!best) best = paragraph_time(s);
  if (!best) best = lead_time(s);
  if (best) {
    ev.date = best->value;
    ev.date_anchor = best->anchor;
    ev.date_text = report_date ? best->text + " (report date)" : best->text;
  } else if (published_.known()) {
    ev.date = published_.truncated(Granularity::kMonth);
    ev.date_anchor = Anchor::kDefaulted;
  }
  if (vague_before(c, a) && ev.date.known()) {
    ev.date = ev.date.truncated(Granularity::kMonth);
    if (ev.date_text.empty()) ev.date_text = "vague time";  // no narrative day either (time/narrative.h)
  }
  if (ev.date.granularity == Granularity::kMinute) ev.date = ev.date.truncated(Granularity::kDay);
}

// The evidence key another event of this sentence will carry (Event::after).
std::string WindowCoder::trigger_key(const SentenceState& c, const Trigger& t) const {
  Evidence key;
  key.document = document_;
  key.sentence = c.s->index;
  key.trigger.begin = c.toks[t.begin].span.begin;
  return evidence_key(key);
}

// "..., ketika ia tiba di Hanoi", "saat keduanya bertemu", "when he arrived": the main clause
// happens at the time of the event in the when-clause. "Setelah tiba di Hanoi, Retno
// berpidato ...": the main clause follows the event of the leading clause; the graph dates it by
// that event when it has no date of its own.
void WindowCoder::order_after(const SentenceState& c, const Trigger& tg, Event& ev) {
  for (std::size_t w = 0; w < c.toks.size() && ev.after.empty(); ++w) {
    if (!word_is(c, w, "when_sub")) continue;
    std::size_t end = w + 1;
    while (end < c.toks.size() && !is_comma_or_semicolon(c.toks[end])) ++end;
    if (tg.begin >= w && tg.begin < end) continue;  // this event is the subordinate one
    for (const Trigger& lt : c.trig)
      if (lt.begin > w && lt.begin < end && !is_speech(im_.entries[lt.entry])) {
        ev.after = trigger_key(c, lt);
        break;
      }
  }
  if (ev.after.empty() && word_is(c, 0, "after_sub")) {
    std::size_t comma = 0;
    while (comma < c.toks.size() && !(!c.toks[comma].word && c.toks[comma].text == ",")) ++comma;
    if (comma < c.toks.size() && tg.begin > comma)
      for (const Trigger& lt : c.trig)
        if (lt.begin < comma && lt.begin > 0) {
          ev.after = trigger_key(c, lt);
          break;
        }
  }
}

}  // namespace kronik::window
