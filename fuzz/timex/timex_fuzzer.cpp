// Fuzz harness: time expressions (kronik/extract/time/timex.h): TimeTagger::find, resolve,
// check_weekday, infer_publication, and parse_stamp on every line. The language is picked from
// the input size so that no byte of the text is spent on it.
// Checks: mentions lie in the range on code-point boundaries, in text order, disjoint; every
// known value (found, resolved, inferred or parsed) is a real calendar date.
#include "../fuzz_support.h"
#include "kronik/core/text.h"
#include "kronik/extract/pipeline.h"
#include "kronik/extract/time/timex.h"

namespace {

using namespace kronik;

const TimeTagger& tagger() {
  static const std::shared_ptr<const TimeTagger> t = [] {
    auto r = TimeTagger::load(resolve_data_dir(""));
    if (!r) fuzz::fuzz_fail("cannot load the time lexicons", r.error().to_string());
    return r.value();
  }();
  return *t;
}

void check_value(const TimeValue& v, const char* what) {
  if (!v.known()) return;
  fuzz::fuzz_check(v.month >= 0 && v.month <= 12 && v.day >= 0 && v.day <= 31, what, v.iso());
  if (v.day > 0) fuzz::fuzz_check(valid_date(v.year, v.month, v.day), what, v.iso());
}

void check_mentions(std::string_view text, const std::vector<TimeMention>& found) {
  std::uint32_t last_end = 0;
  for (const TimeMention& m : found) {
    fuzz::check_span(text, m.span.begin, m.span.end, "time mention span");
    fuzz::fuzz_check(m.span.begin >= last_end, "time mentions overlap or are out of order", m.text);
    last_end = m.span.end;
    check_value(m.value, "time mention value");
    check_value(m.end, "time mention end");
  }
}

void parse_each_line(std::string_view text, Language lang) {
  std::size_t lines = 0;
  for (std::string_view line : split(text, '\n')) {
    if (++lines > 64) break;
    if (auto v = tagger().parse_stamp(line, lang)) check_value(*v, "parse_stamp value");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Language kLanguages[] = {Language::kUnknown, Language::kIndonesian, Language::kEnglish};
  const Language lang = kLanguages[size % 3];
  const std::string text = repair_utf8(fuzz::as_view(data, size));
  std::vector<TimeMention> found = tagger().find(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, lang);
  check_mentions(text, found);
  for (const TimeMention& m : found) (void)TimeTagger::check_weekday(m);

  PublicationDate pub = tagger().infer_publication(found, text, 2025);
  check_value(pub.value, "inferred publication");
  tagger().resolve(found, TimeValue::day_of(2024, 2, 29));
  check_mentions(text, found);
  for (const TimeMention& m : found) (void)TimeTagger::bare_weekday(m);

  parse_each_line(text, lang);
  return 0;
}
