// Calendar values: ISO formatting, parsing, arithmetic, ordering.
#include <catch2/catch.hpp>

#include "kronik/core/time.h"

using kronik::Granularity;
using kronik::TimeValue;

TEST_CASE("TimeValue ISO round trip", "[time]") {
  struct Row {
    const char* in;
    const char* out;
    Granularity g;
  };
  const Row rows[] = {
      {"2025", "2025", Granularity::kYear},
      {"2025-07", "2025-07", Granularity::kMonth},
      {"2025-07-12", "2025-07-12", Granularity::kDay},
      {"2024-02-29", "2024-02-29", Granularity::kDay},
      {"2025-07-14T09:05:00+07:00", "2025-07-14T09:05+07:00", Granularity::kMinute},
      {"2025-07-14T02:05Z", "2025-07-14T02:05Z", Granularity::kMinute},
      {"2025-07-14T02:05:33.120-03:30", "2025-07-14T02:05-03:30", Granularity::kMinute},
  };
  for (const auto& r : rows) {
    INFO(r.in);
    auto v = TimeValue::parse_iso(r.in);
    REQUIRE(v);
    CHECK(v->iso() == r.out);
    CHECK(v->granularity == r.g);
  }
  for (const char* bad : {"", "20", "2025-13", "2023-02-29", "2025-07-32", "abcd", "2025-07-12X"}) {
    INFO(bad);
    CHECK_FALSE(TimeValue::parse_iso(bad));
  }
}

TEST_CASE("TimeValue arithmetic through the date library", "[time]") {
  struct Row {
    const char* from;
    long days;
    const char* to;
  };
  const Row rows[] = {{"2024-02-28", 1, "2024-02-29"}, {"2023-02-28", 1, "2023-03-01"}, {"2025-12-31", 1, "2026-01-01"},
                      {"2025-01-01", -1, "2024-12-31"}, {"2025-07-13", -1, "2025-07-12"}, {"2025-03-31", 30, "2025-04-30"}};
  for (const auto& r : rows) {
    INFO(r.from << " + " << r.days);
    CHECK(TimeValue::parse_iso(r.from)->plus_days(r.days).iso() == r.to);
  }
  CHECK(TimeValue::day_of(2019, 10, 1).weekday() == 1);   // Tuesday
  CHECK(TimeValue::day_of(2023, 10, 18).weekday() == 2);  // Wednesday
  CHECK(TimeValue::day_of(2025, 7, 13).weekday() == 6);   // Sunday
  CHECK(kronik::days_in_month(2024, 2) == 29);
  CHECK(kronik::days_in_month(2100, 2) == 28);
  CHECK_FALSE(kronik::valid_date(2023, 2, 29));
}

TEST_CASE("TimeValue containment and order", "[time]") {
  auto d = TimeValue::day_of(2025, 7, 12);
  CHECK(d.within(TimeValue::month_of(2025, 7)));
  CHECK(d.within(TimeValue::year_of(2025)));
  CHECK_FALSE(d.within(TimeValue::month_of(2025, 6)));
  CHECK(d.truncated(Granularity::kMonth).iso() == "2025-07");
  CHECK(d.truncated(Granularity::kWeek).iso() == "2025-W28");
  CHECK(kronik::time_less(TimeValue::month_of(2025, 7), d));       // coarser first
  CHECK(kronik::time_less(d, TimeValue::day_of(2025, 7, 13)));
  CHECK(kronik::time_less(d, TimeValue{}));                         // unknown last
  CHECK_FALSE(kronik::time_less(TimeValue{}, d));
}

TEST_CASE("TimeValue intervals: first and last day of a reduced-precision value", "[time]") {
  struct Row {
    const char* value;
    const char* first;
    const char* last;
  };
  const Row rows[] = {
      {"2025", "2025-01-01", "2025-12-31"},
      {"2024-02", "2024-02-01", "2024-02-29"},
      {"2025-07-14", "2025-07-14", "2025-07-14"},
      {"2025-07-14T09:05", "2025-07-14", "2025-07-14"},
  };
  for (const Row& row : rows) {
    auto t = TimeValue::parse_iso(row.value);
    REQUIRE(t);
    CHECK(t->first_day().iso() == row.first);
    CHECK(t->last_day().iso() == row.last);
  }
  TimeValue quarter = TimeValue::month_of(2025, 5).truncated(Granularity::kQuarter);
  CHECK(quarter.first_day().iso() == "2025-04-01");
  CHECK(quarter.last_day().iso() == "2025-06-30");
  TimeValue week = TimeValue::day_of(2025, 7, 16).truncated(Granularity::kWeek);  // a Wednesday
  CHECK(week.first_day().iso() == "2025-07-14");
  CHECK(week.last_day().iso() == "2025-07-20");
  TimeValue bare_week;
  bare_week.year = 2025;
  bare_week.week = 1;
  bare_week.granularity = Granularity::kWeek;
  CHECK(bare_week.first_day().iso() == "2024-12-30");
  CHECK(TimeValue::year_of(2023).truncated(Granularity::kDecade).last_day().iso() == "2029-12-31");
  CHECK(TimeValue{}.first_day().iso().empty());
}
