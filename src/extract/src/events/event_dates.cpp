// Stage "dates": the time expression that belongs to an event's own clause.
//
// A time dates the clause whose predicate it hangs on. "Perjanjian yang ditandatangani tahun lalu"
// dates the relative clause, not the main verb; "since February 2022" opens a period; an opening
// adverbial of any length hangs on the main verb and dates it. A clause continued by xcomp or conj
// ("sepakat melakukan", "came and signed") shares its predicate's time.
#include <cstdlib>

#include "coder_stages.h"

namespace kronik::coder {

using syntax::DepRel;
using syntax::UPos;

namespace {

// The predicate a word belongs to: itself when it is a verb, else its nearest verbal ancestor.
int predicate_of(const ClauseView& v, std::uint16_t w) {
  int x = w;
  for (std::size_t steps = 0; x >= 0 && steps <= v.size(); ++steps) {
    const auto xw = static_cast<std::uint16_t>(x);
    if (v.upos(xw) == UPos::kVerb || v.parent(xw) < 0) return x;
    x = v.parent(xw);
  }
  return -1;
}

// Walks up from predicate p through the relations that continue one clause.
bool shares_clause(const ClauseView& v, int p, int time_pred) {
  for (int steps = 0; p >= 0 && steps < 6; ++steps) {
    if (p == time_pred) return true;
    const DepRel base = v.base_rel(static_cast<std::uint16_t>(p));
    if (base != DepRel::kXcomp && base != DepRel::kConj) return false;
    p = v.parent(static_cast<std::uint16_t>(p));
  }
  return false;
}

// "menolak berunding ... pada Senin": a time on the open complement dates the verb it completes.
bool open_complement_of(const ClauseView& v, int p, int head) {
  return p >= 0 && head >= 0 && v.base_rel(static_cast<std::uint16_t>(p)) == DepRel::kXcomp &&
         v.parent(static_cast<std::uint16_t>(p)) == head;
}

// "atas kemenangannya dalam pemilihan presiden 14 Februari", "the election of 14 February":
// a time modifying a common noun inside a noun phrase dates that noun, not the clause. (A time
// hung on a name is usually a misattached adjunct: "met Albanese in Canberra on Tuesday".)
bool dates_a_noun(const ClauseView& v, std::uint16_t tw, int trigger) {
  const int h = v.parent(tw);
  if (h < 0 || h == trigger || syntax::base_relation(v.rel(tw)) != DepRel::kNmod) return false;
  // Only a noun that itself modifies a noun ("kemenangan dalam [pemilihan] ... 14 Februari"): a
  // time on the clause's object or oblique is usually the clause's, misattached by the parser.
  // A chain hung on a name is misattached too: "dibatalkan oleh X dua hari kemudian, pada Rabu"
  // (the parser hangs "jam" on the name and the day on "jam").
  const auto hw = static_cast<std::uint16_t>(h);
  const int g = v.parent(hw);
  return v.upos(hw) == UPos::kNoun && syntax::base_relation(v.rel(hw)) == DepRel::kNmod && g >= 0 &&
         v.upos(static_cast<std::uint16_t>(g)) != UPos::kPropn;
}

bool opens_period(const ClauseView& v, std::uint16_t tw) {
  for (std::uint16_t c : v.children(tw))
    if ((v.base_rel(c) == DepRel::kCase || v.base_rel(c) == DepRel::kMark) && v.in_class(c, WordClass::kSincePrep)) return true;
  return tw > 0 && v.in_class(static_cast<std::uint16_t>(tw - 1), WordClass::kSincePrep);
}

// The predicate of the speech verb that reports clause p ("..., he said on Sunday"; "said that ...").
int reporting_predicate(const ClauseView& v, int p) {
  if (p < 0) return -1;
  const DepRel base = v.base_rel(static_cast<std::uint16_t>(p));
  if (base == DepRel::kCcomp || base == DepRel::kParataxis) return v.parent(static_cast<std::uint16_t>(p));
  for (std::uint16_t c : v.children(static_cast<std::uint16_t>(p)))
    if (v.base_rel(c) == DepRel::kParataxis) return c;
  return -1;
}

const TimeMention* nearest_attached(const ClauseView& v, int pred, int trigger, std::uint32_t at,
                                    std::span<const TimeMention* const> times) {
  const TimeMention* best = nullptr;
  long best_d = 0;
  for (const TimeMention* t : times) {
    const int tw = v.word_at(t->span.begin);
    if (tw < 0 || opens_period(v, static_cast<std::uint16_t>(tw))) continue;
    if (dates_a_noun(v, static_cast<std::uint16_t>(tw), trigger)) continue;
    const int tp = predicate_of(v, static_cast<std::uint16_t>(tw));
    if (!shares_clause(v, pred, tp) && !open_complement_of(v, tp, pred)) continue;
    const long d = std::labs(static_cast<long>(t->span.begin) - static_cast<long>(at));
    if (!best || d < best_d) {
      best = t;
      best_d = d;
    }
  }
  return best;
}

}  // namespace

DateChoice own_clause_time(const ClauseView& v, std::uint16_t t, std::uint16_t trigger,
                           std::span<const TimeMention* const> sentence_times) {
  DateChoice out;
  if (sentence_times.empty()) return out;
  const int pred = predicate_of(v, t);
  const std::uint32_t at = v.word(t).span.begin;
  out.time = nearest_attached(v, pred, trigger, at, sentence_times);
  if (out.time) return out;
  const int reporter = reporting_predicate(v, pred);
  if (reporter >= 0) {
    out.time = nearest_attached(v, reporter, trigger, at, sentence_times);
    out.report_date = out.time != nullptr;
  }
  return out;
}

}  // namespace kronik::coder
