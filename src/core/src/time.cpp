// Calendar values. Arithmetic goes through Howard Hinnant's date library so that month ends,
// leap years and weekdays are right without hand-written tables.
#include "kronik/core/time.h"

#include <date/date.h>
#include <date/iso_week.h>

#include <charconv>
#include <cstdio>
#include <tuple>

namespace kronik {
namespace {

date::sys_days to_sys(int y, int m, int d) {
  return date::sys_days{date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)}};
}

bool parse_int(std::string_view s, int& out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

const char* granularity_name(Granularity g) noexcept {
  switch (g) {
    case Granularity::kNone: return "none";
    case Granularity::kDecade: return "decade";
    case Granularity::kYear: return "year";
    case Granularity::kQuarter: return "quarter";
    case Granularity::kMonth: return "month";
    case Granularity::kWeek: return "week";
    case Granularity::kDay: return "day";
    case Granularity::kMinute: return "minute";
  }
  return "none";
}

const char* anchor_name(Anchor a) noexcept {
  switch (a) {
    case Anchor::kExplicit: return "explicit";
    case Anchor::kPublication: return "publication";
    case Anchor::kReference: return "reference";
    case Anchor::kInferred: return "inferred";
    case Anchor::kDefaulted: return "defaulted";
    case Anchor::kUnknown: return "unknown";
  }
  return "unknown";
}

bool valid_date(int y, int m, int d) noexcept {
  if (m < 1 || m > 12 || d < 1) return false;
  return (date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)}).ok();
}

int days_in_month(int y, int m) noexcept {
  if (m < 1 || m > 12) return 0;
  return static_cast<int>(static_cast<unsigned>(
      (date::year{y} / date::month{static_cast<unsigned>(m)} / date::last).day()));
}

TimeValue TimeValue::day_of(int y, int m, int d) {
  TimeValue t;
  t.year = y;
  t.month = m;
  t.day = d;
  t.granularity = Granularity::kDay;
  return t;
}

TimeValue TimeValue::month_of(int y, int m) {
  TimeValue t;
  t.year = y;
  t.month = m;
  t.granularity = Granularity::kMonth;
  return t;
}

TimeValue TimeValue::year_of(int y) {
  TimeValue t;
  t.year = y;
  t.granularity = Granularity::kYear;
  return t;
}

std::optional<TimeValue> TimeValue::parse_iso(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() < 4 || !parse_int(s.substr(0, 4), y)) return std::nullopt;
  if (s.size() == 4) return year_of(y);
  if (s.size() < 7 || s[4] != '-' || !parse_int(s.substr(5, 2), m) || m < 1 || m > 12) return std::nullopt;
  if (s.size() == 7) return month_of(y, m);
  if (s.size() < 10 || s[7] != '-' || !parse_int(s.substr(8, 2), d) || !valid_date(y, m, d)) return std::nullopt;
  TimeValue t = day_of(y, m, d);
  if (s.size() == 10) return t;
  if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
  int hh = 0, mm = 0;
  if (s.size() < 16 || !parse_int(s.substr(11, 2), hh) || s[13] != ':' || !parse_int(s.substr(14, 2), mm) || hh > 23 ||
      mm > 59)
    return std::nullopt;
  t.hour = hh;
  t.minute = mm;
  t.granularity = Granularity::kMinute;
  std::size_t i = 16;
  if (i + 3 <= s.size() && s[i] == ':') i += 3;                    // seconds
  while (i < s.size() && (s[i] == '.' || (s[i] >= '0' && s[i] <= '9'))) ++i;  // fractions
  if (i == s.size()) return t;
  if (s[i] == 'Z') {
    t.utc_offset_minutes = 0;
    return t;
  }
  if (s[i] == '+' || s[i] == '-') {
    int oh = 0, om = 0;
    std::string_view rest = s.substr(i + 1);
    if (rest.size() >= 2 && parse_int(rest.substr(0, 2), oh)) {
      if (rest.size() >= 5 && rest[2] == ':') parse_int(rest.substr(3, 2), om);
      else if (rest.size() >= 4) parse_int(rest.substr(2, 2), om);
      int off = oh * 60 + om;
      t.utc_offset_minutes = s[i] == '-' ? -off : off;
      return t;
    }
  }
  return std::nullopt;
}

std::string TimeValue::iso() const {
  if (!known()) return {};
  char buf[48];
  switch (granularity) {
    case Granularity::kDecade:
      std::snprintf(buf, sizeof buf, "%03d", year / 10);
      return buf;
    case Granularity::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      return buf;
    case Granularity::kQuarter:
      std::snprintf(buf, sizeof buf, "%04d-Q%d", year, (month > 0 ? (month - 1) / 3 + 1 : 1));
      return buf;
    case Granularity::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      return buf;
    case Granularity::kWeek:
      std::snprintf(buf, sizeof buf, "%04d-W%02d", year, week);
      return buf;
    case Granularity::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      return buf;
    case Granularity::kMinute: {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute);
      std::string s = buf;
      if (utc_offset_minutes) {
        int off = *utc_offset_minutes;
        if (off == 0) return s + "Z";
        char sign = off < 0 ? '-' : '+';
        off = off < 0 ? -off : off;
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, off / 60, off % 60);
        s += buf;
      }
      return s;
    }
    case Granularity::kNone: break;
  }
  return {};
}

std::string TimeValue::iso_date() const {
  if (granularity == Granularity::kMinute) return truncated(Granularity::kDay).iso();
  if (granularity == Granularity::kWeek && year && month && day) return truncated(Granularity::kDay).iso();
  return iso();
}

TimeValue TimeValue::truncated(Granularity g) const {
  if (!known() || granularity <= g) return *this;
  TimeValue t;
  t.year = year;
  t.granularity = g;
  if (g == Granularity::kDecade) t.year = year - year % 10;
  if (g >= Granularity::kQuarter) t.month = month;
  if (g >= Granularity::kDay) t.day = day;
  if (g == Granularity::kWeek) {
    // A week value derived from a day: ISO week of that day.
    if (day) {
      auto iw = iso_week::year_weeknum_weekday{to_sys(year, month, day)};
      t.year = static_cast<int>(iw.year());
      t.week = static_cast<int>(static_cast<unsigned>(iw.weeknum()));
      t.month = month;
      t.day = day;
    } else {
      t.week = week;
    }
  }
  return t;
}

bool TimeValue::within(const TimeValue& other) const {
  if (!known() || !other.known()) return false;
  if (other.granularity == Granularity::kDecade) return year / 10 == other.year / 10;
  if (year != other.year) return false;
  if (other.granularity == Granularity::kYear) return true;
  if (other.granularity == Granularity::kQuarter) return month && (month - 1) / 3 == (other.month - 1) / 3;
  if (other.granularity == Granularity::kWeek) {
    if (!day) return granularity == Granularity::kWeek && week == other.week;
    return truncated(Granularity::kWeek).week == other.week;
  }
  if (month != other.month) return false;
  if (other.granularity == Granularity::kMonth) return true;
  return day == other.day;
}

std::optional<long> TimeValue::serial_day() const {
  if (!known() || !month || !day || !valid_date(year, month, day)) return std::nullopt;
  return static_cast<long>(to_sys(year, month, day).time_since_epoch().count());
}

std::optional<int> TimeValue::weekday() const {
  if (!known() || !month || !day || !valid_date(year, month, day)) return std::nullopt;
  unsigned wd = date::weekday{to_sys(year, month, day)}.iso_encoding();  // 1 = Monday
  return static_cast<int>(wd) - 1;
}

TimeValue TimeValue::from_serial_day(long serial) {
  date::year_month_day ymd{date::sys_days{date::days{serial}}};
  return day_of(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day())));
}

TimeValue TimeValue::plus_days(long n) const {
  auto s = serial_day();
  if (!s) return *this;
  return from_serial_day(*s + n);
}

TimeValue TimeValue::first_day() const {
  if (!known()) return {};
  switch (granularity) {
    case Granularity::kDecade: return day_of(year - year % 10, 1, 1);
    case Granularity::kYear: return day_of(year, 1, 1);
    case Granularity::kQuarter: return day_of(year, month > 0 ? (month - 1) / 3 * 3 + 1 : 1, 1);
    case Granularity::kMonth: return day_of(year, month, 1);
    case Granularity::kWeek: {
      if (day) return plus_days(-*weekday()).truncated(Granularity::kDay);
      auto monday = iso_week::year_weeknum_weekday{iso_week::year{year}, iso_week::weeknum(week), iso_week::mon};
      return from_serial_day(date::sys_days{monday}.time_since_epoch().count());
    }
    case Granularity::kDay:
    case Granularity::kMinute: return day_of(year, month, day);
    case Granularity::kNone: break;
  }
  return {};
}

TimeValue TimeValue::last_day() const {
  if (!known()) return {};
  switch (granularity) {
    case Granularity::kDecade: return day_of(year - year % 10 + 9, 12, 31);
    case Granularity::kYear: return day_of(year, 12, 31);
    case Granularity::kQuarter: {
      int last_month = (month > 0 ? (month - 1) / 3 * 3 + 1 : 1) + 2;
      return day_of(year, last_month, days_in_month(year, last_month));
    }
    case Granularity::kMonth: return day_of(year, month, days_in_month(year, month));
    case Granularity::kWeek: return first_day().plus_days(6);
    case Granularity::kDay:
    case Granularity::kMinute: return day_of(year, month, day);
    case Granularity::kNone: break;
  }
  return {};
}

bool time_less(const TimeValue& a, const TimeValue& b) noexcept {
  if (a.known() != b.known()) return a.known();
  if (!a.known()) return false;
  auto key = [](const TimeValue& t) {
    int y = t.granularity == Granularity::kDecade ? t.year - t.year % 10 : t.year;
    return std::make_tuple(y, t.month, t.day, t.hour, t.minute, static_cast<int>(t.granularity));
  };
  return key(a) < key(b);
}

}  // namespace kronik
