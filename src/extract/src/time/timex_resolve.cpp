// Anchoring of recognised time expressions (resolve), weekday checks and publication-date
// inference. Everything works from TimeMention::rule (see Spec), so mentions can be resolved
// again against another publication date.
#include <date/date.h>
#include <date/iso_week.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <unordered_map>

#include "timex_impl.h"

namespace kronik {
namespace {

using timex::Spec;
using timex::Unit;

const char* const kWeekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

bool has_day(const TimeValue& v) {
  return v.known() && (v.granularity == Granularity::kDay || v.granularity == Granularity::kMinute) && v.month &&
         v.day;
}

long serial_of(int y, int m, int d) { return *TimeValue::day_of(y, m, d).serial_day(); }

int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

TimeValue month_plus(int y, int m, int n) {
  int total = y * 12 + (m - 1) + n;
  return TimeValue::month_of(floor_div(total, 12), total - floor_div(total, 12) * 12 + 1);
}

TimeValue decade_of(int y) {
  TimeValue v;
  v.year = y - ((y % 10) + 10) % 10;
  v.granularity = Granularity::kDecade;
  return v;
}

// Moves `v` (a day, week, month or year value) by n units; granularity follows the unit.
std::optional<TimeValue> shift(const TimeValue& base, Unit u, int n) {
  if (!base.known()) return std::nullopt;
  switch (u) {
    case Unit::kDay:
      if (!has_day(base)) return std::nullopt;
      return TimeValue::from_serial_day(*base.serial_day() + n);
    case Unit::kWeek:
      if (has_day(base)) return timex::week_of(*base.serial_day() + 7L * n);
      if (base.granularity == Granularity::kWeek && base.week > 0) {
        // Week values carry the ISO year; their Monday comes from the ISO calendar.
        date::sys_days monday{iso_week::year{base.year} / iso_week::weeknum{static_cast<unsigned>(base.week)} /
                              iso_week::mon};
        return timex::week_of(monday.time_since_epoch().count() + 7L * n);
      }
      return std::nullopt;
    case Unit::kMonth:
      if (base.granularity < Granularity::kMonth || !base.month) return std::nullopt;
      return month_plus(base.year, base.month, n);
    case Unit::kYear:
      if (base.granularity < Granularity::kYear) return std::nullopt;
      return TimeValue::year_of(base.year + n);
    case Unit::kDecade:
      return decade_of(base.year + 10 * n);
    case Unit::kNone: break;
  }
  return std::nullopt;
}

// The year, nearest to `ref`, in which d/m falls on weekday wd.
std::optional<int> year_for_weekday(int m, int d, int wd, long ref, int ref_year) {
  std::optional<int> best;
  long best_dist = 0;
  for (int y = ref_year - 15; y <= ref_year + 15; ++y) {
    if (!valid_date(y, m, d)) continue;
    TimeValue v = TimeValue::day_of(y, m, d);
    if (v.weekday() != wd) continue;
    long dist = std::labs(*v.serial_day() - ref);
    if (!best || dist < best_dist) {  // ties keep the earlier year (news looks back)
      best = y;
      best_dist = dist;
    }
  }
  return best;
}

struct Pub {
  TimeValue v;
  std::optional<long> serial;  // when the publication is known to the day
  bool month = false, year = false;
};

Pub make_pub(const TimeValue& p) {
  Pub pub;
  pub.v = p;
  if (!p.known()) return pub;
  pub.year = p.granularity >= Granularity::kYear;
  pub.month = p.granularity >= Granularity::kMonth && p.granularity != Granularity::kWeek && p.month;
  if (has_day(p)) {
    pub.serial = p.serial_day();
    pub.month = true;
  }
  return pub;
}

// Day and month without a year (rule "date-partial").
bool resolve_partial(const Spec& sp, const Pub& pub, bool future, TimeMention& mt) {
  if (!pub.year) return false;
  int y = pub.v.year;
  if (sp.wd >= 0) {
    long ref = pub.serial ? *pub.serial
                          : serial_of(pub.v.year, pub.month ? pub.v.month : 7, pub.month ? 15 : 1);
    auto yy = year_for_weekday(sp.m, sp.d, sp.wd, ref, pub.v.year);
    if (!yy) return false;
    y = *yy;
    mt.anchor = Anchor::kInferred;
  } else {
    mt.anchor = Anchor::kPublication;
    auto ok = [&](int yr) { return valid_date(yr, sp.m, sp.d); };
    if (pub.serial) {
      const long p = *pub.serial;
      if (sp.shift == 1) {
        // "12 Agustus mendatang": the first such date after publication.
        for (int guard = 0; guard < 10 && (!ok(y) || serial_of(y, sp.m, sp.d) <= p); ++guard) ++y;
      } else if (sp.shift == -1) {
        // "2 Januari lalu": the latest such date before publication.
        for (int guard = 0; guard < 10 && (!ok(y) || serial_of(y, sp.m, sp.d) >= p); ++guard) --y;
      } else if (future) {
        // The first such date on or after publication.
        for (int guard = 0; guard < 10 && (!ok(y) || serial_of(y, sp.m, sp.d) < p); ++guard) ++y;
      } else {
        // The latest such date not after publication, with a week's tolerance for dates
        // announced shortly ahead without a future cue.
        for (int guard = 0; guard < 10 && (!ok(y) || serial_of(y, sp.m, sp.d) > p + 7); ++guard) --y;
      }
    } else if (pub.month) {
      const int pm = pub.v.month;
      if (future) {
        if (sp.m < pm) ++y;
      } else if (sp.m > pm) {
        --y;
      }
      int step = future ? 1 : -1;
      for (int guard = 0; !ok(y) && guard < 8; ++guard) y += step;
    } else {
      for (int guard = 0; !ok(y) && guard < 8; ++guard) --y;
    }
    if (!ok(y)) return false;
  }
  mt.value = TimeValue::day_of(y, sp.m, sp.d);
  if (sp.d2 && sp.m2) {
    int y2 = (sp.m2 < sp.m || (sp.m2 == sp.m && sp.d2 < sp.d)) ? y + 1 : y;
    if (valid_date(y2, sp.m2, sp.d2)) mt.end = TimeValue::day_of(y2, sp.m2, sp.d2);
  }
  return true;
}

// Bare month (rule "month"): "September lalu", "pada bulan April", "next July".
bool resolve_month(const Spec& sp, const Pub& pub, bool future, TimeMention& mt) {
  if (!pub.year) return false;
  int y = pub.v.year;
  if (!pub.month) {
    if (sp.has_shift() && sp.shift != 0) return false;
  } else {
    const int pm = pub.v.month;
    int sh = sp.has_shift() ? sp.shift : (future ? 2 : -2);  // +-2: "on or after"/"on or before"
    switch (sh) {
      case -1: if (sp.m >= pm) --y; break;  // strictly before the publication month
      case 1: if (sp.m <= pm) ++y; break;   // strictly after
      case 2: if (sp.m < pm) ++y; break;
      case -2: if (sp.m > pm) --y; break;
      default: break;                      // "Juli ini", "this July"
    }
  }
  mt.value = TimeValue::month_of(y, sp.m);
  mt.anchor = Anchor::kPublication;
  return true;
}

// Weekday (rule "weekday"): bare, "lalu"/"last", "depan"/"next", "ini"/"this".
bool resolve_weekday(const Spec& sp, const Pub& pub, bool future, TimeMention& mt) {
  if (!pub.serial || sp.wd < 0) return false;
  const long p = *pub.serial;
  const int pw = *pub.v.weekday();
  long back = (pw - sp.wd + 7) % 7;   // days back to the latest such day on or before p
  long ahead = (sp.wd - pw + 7) % 7;  // days ahead to the next such day on or after p
  long day = p - back;
  int sh = sp.has_shift() ? sp.shift : (future ? 1 : 99);
  if (sh == -1) day = p - (back ? back : 7);
  else if (sh == 1) day = p + (ahead ? ahead : 7);
  else if (sh == 0) day = timex::monday_of(p) + sp.wd;
  mt.value = TimeValue::from_serial_day(day);
  mt.anchor = Anchor::kPublication;
  return true;
}

// One report names one day by one weekday: once "is set to begin on Sunday" has put
// Sunday ahead, a later bare "on Sunday" of the same document is that day too, not the Sunday
// before. Only a cued future reading spreads (a bare past reading is the default anyway).
bool weekday_read_as_future_before(const std::vector<TimeMention>& mentions, std::size_t i, int wd) {
  for (std::size_t j = i > 256 ? i - 256 : 0; j < i; ++j) {  // bounded: linear on long texts
    if (!mentions[j].future || mentions[j].rule.rfind("weekday", 0) != 0) continue;
    const Spec sp = Spec::parse(mentions[j].rule);
    if (sp.wd == wd && !sp.has_shift()) return true;
  }
  return false;
}

}  // namespace

void TimeTagger::resolve(std::vector<TimeMention>& mentions, const TimeValue& publication) const {
  resolve_impl(mentions, publication, nullptr);
}

void TimeTagger::resolve(std::vector<TimeMention>& mentions, const TimeValue& publication,
                         const std::vector<Sentence>& sentences) const {
  resolve_impl(mentions, publication, &sentences);
}

void TimeTagger::resolve_impl(std::vector<TimeMention>& mentions, const TimeValue& publication,
                              const std::vector<Sentence>* sentences) const {
  const Pub pub = make_pub(publication);
  std::unordered_map<std::uint32_t, std::uint32_t> paragraph;
  if (sentences)
    for (const auto& s : *sentences) paragraph[s.index] = s.paragraph;
  auto same_block = [&](const TimeMention& a, const TimeMention& b) {
    if (b.sentence > a.sentence) return false;
    if (sentences) {
      auto pa = paragraph.find(a.sentence), pb = paragraph.find(b.sentence);
      if (pa != paragraph.end() && pb != paragraph.end()) return pa->second == pb->second;
    }
    return a.sentence - b.sentence <= 2;
  };
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    TimeMention& mt = mentions[i];
    const Spec sp = Spec::parse(mt.rule);
    if (sp.explicit_value() && mt.value.known()) continue;
    mt.value = TimeValue{};
    mt.end = TimeValue{};
    mt.anchor = Anchor::kUnknown;
    if (mt.duration || sp.name == "duration") continue;
    bool ok = false;
    if (sp.name == "date-partial") {
      ok = resolve_partial(sp, pub, mt.future, mt);
    } else if (sp.name == "month") {
      ok = resolve_month(sp, pub, mt.future, mt);
    } else if (sp.name == "weekday") {
      const bool future = mt.future || (!sp.has_shift() && weekday_read_as_future_before(mentions, i, sp.wd));
      ok = resolve_weekday(sp, pub, future, mt);
    } else if (sp.name == "relative") {
      if (auto v = shift(pub.serial ? TimeValue::from_serial_day(*pub.serial) : publication, sp.unit, sp.n)) {
        mt.value = *v;
        mt.anchor = Anchor::kPublication;
        ok = true;
      }
    } else if (sp.name == "reference") {
      // The nearest earlier mention in the same paragraph that is precise enough.
      // Bounded look-back keeps resolve() linear on long texts without sentence numbers.
      const std::size_t stop = i > 64 ? i - 64 : 0;
      for (std::size_t j = i; j-- > stop;) {
        const TimeMention& b = mentions[j];
        if (!same_block(mt, b)) break;
        if (b.duration || !b.value.known()) continue;
        if (auto v = shift(b.value, sp.unit, sp.n)) {
          mt.value = *v;
          mt.anchor = Anchor::kReference;
          ok = true;
          break;
        }
      }
      if (!ok) {
        if (auto v = shift(pub.serial ? TimeValue::from_serial_day(*pub.serial) : publication, sp.unit, sp.n)) {
          mt.value = *v;
          mt.anchor = Anchor::kPublication;
          ok = true;
        }
      }
    }
    if (!ok) {
      mt.value = TimeValue{};
      mt.anchor = Anchor::kUnknown;
    }
  }
}

std::optional<Warning> TimeTagger::check_weekday(const TimeMention& m) {
  const Spec sp = Spec::parse(m.rule);
  if (sp.wd < 0 || sp.wd > 6 || !has_day(m.value)) return std::nullopt;
  auto actual = m.value.weekday();
  if (!actual || *actual == sp.wd) return std::nullopt;
  Warning w;
  w.code = "weekday-mismatch";
  w.message = "'" + m.text + "' names a " + kWeekdayNames[sp.wd] + " but " + m.value.iso_date() + " is a " +
              kWeekdayNames[*actual];
  w.offset = m.span.begin;
  return w;
}

namespace {
bool bare_weekday(const Spec& sp, const TimeMention& m) {
  return sp.name == "weekday" && !sp.has_shift() && !m.future && sp.wd >= 0;
}
}  // namespace

std::optional<int> TimeTagger::bare_weekday(const TimeMention& m) {
  Spec sp = Spec::parse(m.rule);
  if (!kronik::bare_weekday(sp, m)) return std::nullopt;
  return sp.wd;
}

namespace {

// A bare weekday can move the latest named date this many days ahead (a report written the day
// or night after); further ahead it names a day of the week before, not a later one (reading it
// as later put publications up to a week late).
constexpr long kOvernightDays = 2;

// Rule 4: a bare past weekday written after the bound gives the day: the first such weekday on
// or after the bound, at most kOvernightDays later.
std::optional<long> weekday_after_bound(const std::vector<TimeMention>& mentions, const std::vector<Spec>& specs,
                                        const TimeValue& lower, const TimeMention* lower_m) {
  std::optional<long> day;
  const int lw = *lower.weekday();
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Spec& sp = specs[i];
    if (!kronik::bare_weekday(sp, mentions[i])) continue;
    if (lower_m && mentions[i].span.begin < lower_m->span.end) continue;
    const long ahead = (sp.wd - lw + 7) % 7;
    if (ahead > kOvernightDays) continue;
    long d = *lower.serial_day() + ahead;
    if (!day || d > *day) day = d;
  }
  return day;
}

// "hari ini", "pagi ini", "today", "this morning": the text is written on the day it reports.
const TimeMention* today_mention(const std::vector<TimeMention>& mentions, const std::vector<Spec>& specs) {
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (specs[i].name == "relative" && specs[i].unit == Unit::kDay && specs[i].n == 0 && specs[i].part.empty() &&
        !mentions[i].duration)
      return &mentions[i];
  return nullptr;
}

// One inference of a publication date: the evidence the mentions give (the latest full date as
// a lower bound, the latest dated year, the years of coarse mentions) and the reasoning so far.
class PublicationInference {
 public:
  PublicationInference(const std::vector<TimeMention>& mentions, std::string_view text, int latest_year)
      : mentions_(mentions), text_(text), latest_year_(latest_year) {
    specs_.reserve(mentions.size());
    for (const auto& m : mentions) specs_.push_back(Spec::parse(m.rule));
  }

  PublicationDate run() {
    collect_explicit_values();
    fix_years_by_weekday();
    const int year = year_of_evidence();
    if (!year) {
      out_.how = "no time expression fixes the publication date";
      return std::move(out_);
    }
    out_.anchor = Anchor::kInferred;
    conclude(year);
    if (lower_ && lower_->year == year) out_.not_before = *lower_;
    for (std::size_t i = 0; i < how_.size(); ++i) out_.how += (i ? "; " : "") + how_[i];
    return std::move(out_);
  }

 private:
  const std::vector<TimeMention>& mentions_;
  const std::string_view text_;
  const int latest_year_;
  std::vector<Spec> specs_;
  PublicationDate out_;
  std::vector<std::string> how_;
  // Explicit values: the latest full date (lower bound), the latest explicit year, and the
  // years of coarse mentions ("Juni 2024", "tahun 2024") for relative-year reasoning.
  std::optional<TimeValue> lower_;
  const TimeMention* lower_m_ = nullptr;
  // Years of dates and months only: a bare year ("since 2004") is mostly background and would
  // send a weekday-fixed date back to the first matching year after it.
  int max_dated_year_ = 0;
  std::vector<std::pair<int, const TimeMention*>> coarse_years_;

  std::string quote(const TimeMention& m) const {
    std::string s = m.text;
    if (s.empty() && m.span.end <= text_.size()) s = std::string(text_.substr(m.span.begin, m.span.size()));
    return "'" + s + "'";
  }

  void raise_lower(const TimeValue& v, const TimeMention* m) {
    if (!lower_ || *v.serial_day() > *lower_->serial_day()) {
      lower_ = v.truncated(Granularity::kDay);
      lower_m_ = m;
    }
  }

  void collect_explicit_values() {
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const TimeMention& m = mentions_[i];
      if (!specs_[i].explicit_value() || m.duration || !m.value.known()) continue;
      if (auto w = TimeTagger::check_weekday(m)) {
        out_.warnings.push_back(*w);
        continue;  // a date its own weekday contradicts is not evidence
      }
      const TimeValue& v = m.value;
      if (m.future || v.year > latest_year_ || v.granularity == Granularity::kDecade) continue;
      if (v.granularity >= Granularity::kMonth) max_dated_year_ = std::max(max_dated_year_, v.year);
      if (has_day(v)) raise_lower(v, &m);
      else if (v.granularity == Granularity::kYear || v.granularity == Granularity::kMonth)
        coarse_years_.emplace_back(v.year, &m);
    }
  }

  // Rule 1: a weekday beside a day/month fixes the year.
  void fix_years_by_weekday() {
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const Spec& sp = specs_[i];
      if (sp.name != "date-partial" || sp.wd < 0 || mentions_[i].future) continue;
      std::optional<int> y = year_of_weekday(sp);
      if (!y) continue;
      TimeValue v = TimeValue::day_of(*y, sp.m, sp.d);
      how_.push_back("weekday " + quote(mentions_[i]) + " fixes " + v.iso());
      raise_lower(v, &mentions_[i]);
    }
  }

  // The year in which the day and month of `sp` fall on its weekday: the first such year from the
  // latest dated year on, else the latest one before it.
  std::optional<int> year_of_weekday(const Spec& sp) const {
    std::optional<int> up, down;  // first year >= max_dated_year, latest year < max_dated_year
    for (int y = latest_year_; y >= 1900; --y) {
      if (!valid_date(y, sp.m, sp.d) || TimeValue::day_of(y, sp.m, sp.d).weekday() != sp.wd) continue;
      if (max_dated_year_ && y >= max_dated_year_) up = y;
      else if (!down) down = y;
      if (down) break;
    }
    return up ? up : down;
  }

  // A relative year and the coarse mention it counts from.
  struct RelativeYear {
    int year = 0;
    const TimeMention* mention = nullptr;
    const TimeMention* base = nullptr;
  };

  // Rule 2: a relative year beside an explicit coarse year ("tahun lalu" + "Juni 2024").
  RelativeYear relative_year_beside_coarse() const {
    RelativeYear rel;
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const Spec& sp = specs_[i];
      // Only without full dates: beside them the coarse year is as likely the current one.
      if (lower_ || sp.name != "relative" || sp.unit != Unit::kYear || sp.n >= 0) continue;
      for (const auto& [ye, em] : coarse_years_) {
        int cand = ye - sp.n;
        if (cand > latest_year_) continue;  // (no lower bound here: see above)
        if (cand > rel.year) rel = RelativeYear{cand, &mentions_[i], em};
      }
    }
    return rel;
  }

  // The year the evidence gives (0 when none): that of the lower bound, or a later one a
  // relative year gives.
  int year_of_evidence() {
    const RelativeYear rel = relative_year_beside_coarse();
    int year = lower_ ? lower_->year : 0;
    if (rel.year > year) {
      year = rel.year;
      how_.push_back(quote(*rel.mention) + " beside " + quote(*rel.base) + " gives " + std::to_string(rel.year));
      // Day-month mentions without a year then fall into that year and bound it from below.
      if (!lower_ || lower_->year < year) {
        lower_.reset();
        for (std::size_t i = 0; i < mentions_.size(); ++i) {
          const Spec& sp = specs_[i];
          if (sp.name != "date-partial" || sp.wd >= 0 || mentions_[i].future || !valid_date(year, sp.m, sp.d)) continue;
          raise_lower(TimeValue::day_of(year, sp.m, sp.d), &mentions_[i]);
        }
      }
    }
    return year;
  }

  void conclude(int year) {
    if (lower_ && lower_->year == year && lower_m_ && lower_m_->value.hour >= 0 && lower_m_->anchor == Anchor::kExplicit) {
      // A full date with a clock time ("Rabu, 15/03/2028 10:20 WIB") is a dateline stamp that
      // the caller did not recognise as such: it is the publication itself.
      out_.value = *lower_;
      out_.reference = *lower_;
      how_.push_back("dateline-like stamp " + quote(*lower_m_));
    } else if (lower_ && lower_->year == year) {
      conclude_from_lower_bound();
    } else {
      out_.value = TimeValue::year_of(year);
      how_.push_back("only the year is certain");
    }
  }

  // The publication is on or after the lower bound: a bare weekday after it, a weekday written
  // beside it or a mention of today gives the day; otherwise the month is what is certain.
  void conclude_from_lower_bound() {
    const TimeValue& lower = *lower_;
    how_.push_back("publication on or after " + lower.iso() + " (" + quote(*lower_m_) + ")");
    const bool marked = lower_m_ && Spec::parse(lower_m_->rule).wd >= 0;
    if (auto day = weekday_after_bound(mentions_, specs_, lower, lower_m_)) {
      out_.value = TimeValue::from_serial_day(*day);
      how_.push_back("the bare weekday after it gives " + out_.value.iso());
    } else if (marked) {
      // "Rabu (4/9/2024)", "kata Trump, Rabu 16 Juli 2025": a date with its weekday written out
      // is how news names the day it reports from.
      out_.value = lower;
      how_.push_back("its weekday is written beside it: the report's own day");
    } else if (const TimeMention* today = today_mention(mentions_, specs_)) {
      out_.value = lower;
      how_.push_back("the text speaks of today (" + quote(*today) + ") and names no later day");
    } else {
      out_.value = lower.truncated(Granularity::kMonth);
      how_.push_back("month kept");
    }
    out_.reference = out_.value.granularity == Granularity::kDay ? out_.value : lower;
  }
};

}  // namespace

PublicationDate TimeTagger::infer_publication(const std::vector<TimeMention>& mentions, std::string_view text,
                                              int latest_year) const {
  if (latest_year <= 0) {
    auto today = date::year_month_day{date::floor<date::days>(std::chrono::system_clock::now())};
    latest_year = static_cast<int>(today.year());
  }
  return PublicationInference(mentions, text, latest_year).run();
}

}  // namespace kronik
