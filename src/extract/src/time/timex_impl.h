// Internal to the time-expression stage (timex.cpp, timex_scan.cpp, timex_resolve.cpp).
// Not installed; nothing outside these files includes it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/extract/time/timex.h"

namespace kronik {

namespace timex {

/// Lexicon kinds: the first column of data/<lang>/timex*.tsv (docs/dates.md).
enum class Kind : std::uint8_t {
  kMonth, kWeekday, kTz, kRelative, kUnit, kPrefixOne, kShiftAfter, kShiftBefore, kRefShiftAfter,
  kPart, kAgo, kAhead, kAheadBefore, kLater, kEarlier, kRecentAfter, kRecentBefore, kDurationCue,
  kFreq, kNumber, kNumberTeen, kNumberTens, kFuture, kMonthCue, kYearCue, kDecadeCue,
  kDecadeSuffix, kDayCue, kOrdinal, kOf, kRange, kTimeCue, kAmPm, kWeekdayCue, kStampLabel, kSince, kClauseOpener, kRecap, kCount
};

const char* kind_name(Kind k) noexcept;
std::optional<Kind> kind_from_name(std::string_view s) noexcept;

enum Flag : std::uint8_t { kCap = 1, kAbbr = 2, kCtx = 4, kArticle = 8 };

/// Calendar units; the order is used for granularity decisions.
enum class Unit : std::uint8_t { kNone = 0, kDay, kWeek, kMonth, kYear, kDecade };
const char* unit_name(Unit u) noexcept;
std::optional<Unit> unit_from_name(std::string_view s) noexcept;

struct Entry {
  Kind kind = Kind::kMonth;
  std::vector<std::string> words;  ///< the form, tokenised like text (lower case)
  int ival = 0;                    ///< numeric value (month, weekday, offset, number, ...)
  Unit unit = Unit::kNone;         ///< for unit / relative entries
  bool ref = false;                ///< relative entry anchored to the reference time
  std::uint8_t flags = 0;
};

/// Which lexicon table a language uses. Month, weekday and tz rows are shared.
enum Table : std::uint8_t { kShared = 0, kId = 1, kEn = 2, kTables = 3 };

/// One token of the scanned text.
struct Tok {
  enum Type : std::uint8_t { kWord, kNum, kPunct };
  std::uint32_t b = 0, e = 0;   ///< absolute byte offsets
  Type type = kPunct;
  bool space_before = false;    ///< whitespace between the previous token and this one
  bool break_before = false;    ///< a line break before this token
  bool cap = false;             ///< first letter upper case
  bool allcaps = false;         ///< at least two letters, all upper case
  bool numgroup = false;        ///< a number glued to another by '.' or ',' ("10.000", "1,5")
  bool glued_word = false;      ///< a number glued to a preceding letter ("G20")
  std::uint8_t ndig = 0;        ///< digits of a number token
  long num = -1;                ///< value of a number token (up to 9 digits)
  std::string low;              ///< lower-cased word; punctuation normalised ("–" -> "-")
};

std::vector<Tok> tokenize(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace timex

class TimexLexicon {
 public:
  std::vector<timex::Entry> entries;
  /// Per table: first word -> entry indices, longest form first.
  std::array<std::unordered_map<std::string, std::vector<std::uint32_t>>, timex::kTables> index;
  /// Unit forms of the se- prefix ("hari" for "sehari"), per table.
  std::array<std::unordered_map<std::string, timex::Unit>, timex::kTables> units;
  std::array<std::vector<std::string>, timex::kTables> prefix_one;
  /// First word -> its entry list in each table (null where the table has none): one look-up
  /// per token for all tables. Filled by finish(); points into `index`.
  std::unordered_map<std::string, std::array<const std::vector<std::uint32_t>*, timex::kTables>> by_word;

  void add(timex::Table table, timex::Entry e);
  void finish();  ///< sorts the indices
};

namespace timex {

/// What a recognised expression means before anchoring. Serialised into TimeMention::rule as
/// "name key=value ..." so that resolve() can work from the mention alone.
struct Spec {
  std::string name;     ///< rule name: date, date-numeric, date-iso, date-span, month-year, year,
                        ///< decade, date-partial, month, weekday, relative, reference, duration
  int d = 0, m = 0, y = 0;      ///< parts written in the text
  int d2 = 0, m2 = 0, y2 = 0;   ///< end of a span
  int wd = -1;                  ///< weekday written beside the expression
  int shift = 99;               ///< -1 lalu/last, 0 ini/this, +1 depan/next; 99 = none
  Unit unit = Unit::kNone;
  int n = 0;                    ///< unit offset (relative/reference) or count (duration)
  std::string part;             ///< early, mid, late
  std::string serialise() const;
  static Spec parse(std::string_view rule);
  bool explicit_value() const;  ///< value is fully given by the text
  bool has_shift() const { return shift != 99; }
};

/// Result of the scanner at one position.
struct Found {
  std::size_t first = 0, last = 0;  ///< token range [first, last)
  Spec spec;
  TimeValue value;                  ///< for explicit expressions
  TimeValue end;
  bool duration = false;
  bool future = false;              ///< forward-looking by itself ("depan", "besok")
};

/// Scans tokens with the lexicon; used by find() and parse_stamp().
class Scanner {
 public:
  Scanner(const TimexLexicon& lex, const std::vector<Tok>& toks, Language lang);
  std::optional<Found> match(std::size_t i) const;
  /// True when a future cue stands before token i in the same clause.
  bool future_cue_before(std::size_t i) const;

 private:
  struct Num { long v = 0; std::size_t next = 0; bool word = false; bool article = false; };
  struct UnitHit { Unit u = Unit::kNone; std::size_t next = 0; bool one = false; };
  struct MonthHit { int m = 0; std::size_t next = 0; std::uint8_t flags = 0; };
  struct TimeHit { int h = -1, mi = -1; std::optional<int> off; std::size_t next = 0; };

  const Entry* lookup(std::size_t i, Kind k, std::size_t* next) const;
  bool is(std::size_t i, Kind k, std::size_t* next = nullptr) const { return lookup(i, k, next) != nullptr; }
  bool punct(std::size_t i, std::string_view p) const;
  bool glued(std::size_t i) const;  ///< token i follows i-1 without space
  bool starts_clause(std::size_t i) const;
  std::optional<Num> number(std::size_t i) const;
  std::optional<UnitHit> unit(std::size_t i) const;
  std::optional<MonthHit> month(std::size_t i) const;
  std::optional<int> year4(std::size_t i) const;
  std::optional<std::pair<int, std::size_t>> day(std::size_t i, bool allow_words) const;
  std::optional<TimeHit> time_tail(std::size_t i) const;
  std::optional<std::pair<int, std::size_t>> tz_tail(std::size_t i) const;
  bool glued_num(std::size_t k, int maxdig) const;  ///< token k: a number of at most maxdig digits glued to k-1

  std::optional<Found> weekday_led(std::size_t i) const;
  std::optional<Found> date_after_weekday(std::size_t i, int wd) const;
  std::optional<Found> iso_date(std::size_t i) const;
  std::optional<Found> numeric_date(std::size_t i, bool allow_dm) const;
  std::optional<Found> day_first(std::size_t i) const;
  std::optional<Found> month_led(std::size_t i) const;
  std::optional<Found> year_alone(std::size_t i) const;
  std::optional<Found> decade(std::size_t i) const;
  std::optional<Found> number_unit(std::size_t i) const;
  std::optional<Found> count_with_cue(std::size_t i, std::size_t k, Unit u, long n, bool article) const;
  std::optional<Found> unit_shift(std::size_t i) const;
  std::optional<Found> shift_before(std::size_t i) const;
  std::optional<Found> part(std::size_t i) const;
  std::optional<Found> relative(std::size_t i) const;
  std::optional<Found> duration_cue(std::size_t i) const;
  void add_time(Found& f) const;
  void shift_after_partial(Found& f) const;

  const TimexLexicon& lex_;
  const std::vector<Tok>& t_;
  Language lang_;
  bool use_[kTables] = {true, true, true};
  // Index entries per token and table, looked up once when the scanner is made: the rules ask
  // about the same token many times (one question per kind).
  struct Buckets {
    const std::vector<std::uint32_t>* in[kTables] = {nullptr, nullptr, nullptr};
  };
  std::vector<Buckets> words_;        // by the token's lower-case form
  std::vector<Buckets> possessives_;  // by that form without "'s" ("today's")
  // Per word token: the unit a se- prefix glues on ("sehari"), kNone if none (found once here,
  // not once per rule that asks); and whether any rule can start at it at all: a word no table
  // knows and no se- unit starts nothing, and most words of a text are such words.
  std::vector<Unit> se_unit_;
  std::vector<std::uint8_t> may_start_;
  Buckets buckets_of(const std::string& key) const;
  Unit se_prefixed_unit(const std::string& w) const;
};

/// Monday of the ISO week holding day serial s.
long monday_of(long serial);
TimeValue week_of(long serial);

}  // namespace timex
}  // namespace kronik
