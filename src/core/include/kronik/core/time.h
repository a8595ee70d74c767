// kronik/core/time.h: calendar values with a granularity, as kronik writes them.
//
// A TimeValue is an ISO 8601 reduced-precision date: "2025", "2025-07", "2025-W28" or
// "2025-07-12" (plus an optional time of day and UTC offset for publication stamps).
// It says how it was obtained (Anchor) so a user can tell a date the text states from one
// kronik inferred or defaulted.
//
// Usage:
//   TimeValue t = TimeValue::day(2025, 7, 12);
//   t.iso();                       // "2025-07-12"
//   TimeValue::parse_iso("2025-07")  // month granularity
//
// Calendar arithmetic (weekdays, adding days, month ends) lives in the .cpp on top of
// Howard Hinnant's date library; this header stays free of it.
// Thread-safety: value type.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kronik {

enum class Granularity : std::uint8_t { kNone = 0, kDecade, kYear, kQuarter, kMonth, kWeek, kDay, kMinute };

/// How a value was obtained. Ordered from most to least trustworthy.
enum class Anchor : std::uint8_t {
  kExplicit = 0,   ///< written out in full in the text ("12 Juli 2025")
  kPublication,    ///< relative to the publication date ("kemarin", "on Sunday")
  kReference,      ///< relative to another time in the text ("sehari sebelumnya")
  kInferred,       ///< derived from constraints (weekday + day/month fixes the year, other documents)
  kDefaulted,      ///< nothing better: the publication date was taken
  kUnknown,
};

const char* granularity_name(Granularity g) noexcept;  ///< "day", "month", ...
const char* anchor_name(Anchor a) noexcept;            ///< "explicit", "publication", ...

struct TimeValue {
  int year = 0;    ///< 0 = unknown
  int month = 0;   ///< 1-12, 0 = unknown
  int day = 0;     ///< 1-31, 0 = unknown
  int week = 0;    ///< ISO week for kWeek granularity
  int hour = -1, minute = -1;     ///< time of day when known
  std::optional<int> utc_offset_minutes;  ///< e.g. +420 for WIB
  Granularity granularity = Granularity::kNone;

  static TimeValue day_of(int y, int m, int d);
  static TimeValue month_of(int y, int m);
  static TimeValue year_of(int y);
  /// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]". nullopt on junk.
  static std::optional<TimeValue> parse_iso(std::string_view s);

  bool known() const noexcept { return granularity != Granularity::kNone && year != 0; }
  /// ISO 8601 reduced precision for the granularity: "2025", "2025-07", "2025-W28", "2025-07-12".
  /// Minute granularity prints "2025-07-14T09:05+07:00". Unknown prints "".
  std::string iso() const;
  /// Date part only, at most day precision ("2025-07-14" for a minute stamp).
  std::string iso_date() const;
  /// Truncate to a coarser granularity (no-op when already coarser).
  TimeValue truncated(Granularity g) const;
  /// True when this value lies inside `other` (e.g. 2025-07-12 within 2025-07).
  bool within(const TimeValue& other) const;
  /// Days since 1970-01-01 for day (or finer) values; nullopt otherwise.
  std::optional<long> serial_day() const;
  /// 0 = Monday ... 6 = Sunday, for day values.
  std::optional<int> weekday() const;
  /// Adds days to a day value (calendar-correct).
  TimeValue plus_days(long n) const;
  static TimeValue from_serial_day(long serial);
  /// The interval a reduced-precision value stands for, as day values: first_day() of "2025-07" is
  /// 2025-07-01, last_day() is 2025-07-31; a week gives its Monday and Sunday, a quarter its first
  /// and last day, a decade 2020-01-01..2029-12-31; day and minute values give their own day.
  /// Unknown values give an unknown value. Exports write these as typed start/end dates.
  TimeValue first_day() const;
  TimeValue last_day() const;

  friend bool operator==(const TimeValue&, const TimeValue&) = default;
};

/// Orders values chronologically, coarser values before finer ones with the same prefix;
/// unknown values last. Total and deterministic.
bool time_less(const TimeValue& a, const TimeValue& b) noexcept;

/// True for a valid Gregorian date.
bool valid_date(int y, int m, int d) noexcept;
int days_in_month(int y, int m) noexcept;

}  // namespace kronik
