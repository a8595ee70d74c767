// The publication date from every signal a page gives (kronik/extract/time/publication.h).
//
// Why an order of trust and not a vote: the signals fail in different ways. Metadata and the
// page's own header are written by the publisher's system and are wrong only when the page is
// a repost; a dateline is the writer's; a URL date is the publisher's but often only the month;
// the text gives a lower bound (the latest day it reports) and guesses from there. So the most
// trusted signal wins, a weaker one can only make it finer, and every disagreement is shown.
#include "kronik/extract/time/publication.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>

#include "kronik/core/text.h"
#include "kronik/extract/text/budget.h"
#include "timex_impl.h"

namespace kronik {

const char* date_signal_name(DateSignal s) noexcept {
  switch (s) {
    case DateSignal::kMetadata: return "metadata";
    case DateSignal::kHeader: return "header";
    case DateSignal::kDateline: return "dateline";
    case DateSignal::kUrl: return "url";
    case DateSignal::kText: return "text";
    case DateSignal::kOtherDocuments: return "other documents";
  }
  return "?";
}

namespace {

// Header stamps stand in the first lines: up to the end of the first body sentence (a header can
// be glued to the headline or the lead), at most this many bytes.
constexpr std::size_t kHeaderZoneBytes = 3000;
// Bytes allowed between a label and its date: ": ", " on ", ", ".
constexpr std::size_t kLabelGap = 6;
// URL dates before this year are ids, not dates.
constexpr int kYearFloor = 1990;

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::size_t header_zone_end(const PublicationInput& in) {
  std::size_t end = std::min(in.text.size(), kHeaderZoneBytes);
  if (!in.sentences) return end;
  for (const Sentence& s : *in.sentences)
    if (s.role == SentenceRole::kBody) return std::min<std::size_t>(end, s.span.end);
  return end;
}

TimeValue day_part(const TimeValue& v) {
  return v.granularity > Granularity::kDay ? v.truncated(Granularity::kDay) : v;
}

// Neither value excludes the other: one lies within the other once both are taken to the day.
bool compatible(const TimeValue& a, const TimeValue& b) {
  const TimeValue x = day_part(a), y = day_part(b);
  return x.within(y) || y.within(x);
}

// The text only bounds the publication from below: a stamp in the week after the latest day it
// reports agrees with it, whatever day the text guessed.
bool agrees_with(const DateEvidence& ev, const TimeValue& winner) {
  if (compatible(ev.value, winner)) return true;
  auto bound = ev.not_before.serial_day(), day = day_part(winner).serial_day();
  return bound && day && *day >= *bound && *day <= *bound + 7;
}

struct Clock {
  int hour = -1, minute = -1;
  std::size_t end = 0;
};

// A clock time at text[i] ("18:09", "9.05") that is not the start of a numeric date ("12.05.2025").
std::optional<Clock> clock_at(std::string_view text, std::size_t i, std::size_t e) {
  std::size_t k = i;
  while (k < e && k < i + 2 && is_digit(text[k])) ++k;
  if (k == i || k + 2 >= e || (text[k] != ':' && text[k] != '.') || !is_digit(text[k + 1]) || !is_digit(text[k + 2]))
    return std::nullopt;
  const std::size_t end = k + 3;
  if (end < e && (is_digit(text[end]) || ((text[end] == '.' || text[end] == '/' || text[end] == '-') && end + 1 < e &&
                                          is_digit(text[end + 1]))))
    return std::nullopt;
  Clock c{std::atoi(std::string(text.substr(i, k - i)).c_str()), (text[k + 1] - '0') * 10 + (text[k + 2] - '0'), end};
  if (c.hour > 23 || c.minute > 59) return std::nullopt;
  return c;
}

// A stamp's date: the first explicit day-precise mention of text[b, e) that starts within `gap`
// bytes of b, or of the end of a clock time written first ("18:09 October 19, 2023").
struct StampDate {
  TimeMention m;
  Clock clock;
};

std::optional<StampDate> date_at(const TimeTagger& tagger, std::string_view text, std::size_t b, std::size_t e,
                                 std::size_t gap) {
  std::size_t from = b;
  while (from < e && (text[from] == ' ' || text[from] == ':')) ++from;
  Clock clock;
  if (auto c = clock_at(text, from, e)) {
    clock = *c;
    for (b = c->end; b < e && text[b] == ' ';) ++b;
  }
  auto found = tagger.find(text, ByteSpan{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, Language::kUnknown);
  if (found.empty() || found.front().span.begin > b + gap) return std::nullopt;
  const TimeMention& m = found.front();
  if (m.anchor != Anchor::kExplicit || m.duration || m.value.granularity < Granularity::kDay) return std::nullopt;
  return StampDate{m, clock};
}

// The stamp text[from, to) whose date is `d`, with the clock time that follows it on its line
// (or came first). `offset` and `source` cover the whole stamp, so its dates are not read again
// as text.
DateEvidence stamp_evidence(const TimeTagger& tagger, std::string_view text, const StampDate& d,
                            std::size_t line_end, std::size_t from, std::size_t to) {
  DateEvidence ev;
  ev.signal = DateSignal::kHeader;
  ev.offset = from;
  ev.source = std::string(text.substr(from, to - from));
  auto v = tagger.parse_stamp(text.substr(d.m.span.begin, line_end - d.m.span.begin), Language::kUnknown);
  ev.value = v ? *v : d.m.value;
  if (ev.value.hour < 0 && d.clock.hour >= 0) {
    ev.value.hour = d.clock.hour;
    ev.value.minute = d.clock.minute;
    ev.value.granularity = Granularity::kMinute;
  }
  return ev;
}

// Words of a line, split also where a lower-case letter meets an upper-case one ("fallPublished"):
// scraped headers glue the label to the headline.
template <typename F>
void for_each_word(std::string_view text, std::size_t b, std::size_t e, F&& f) {
  std::size_t i = b;
  while (i < e) {
    if (!is_alpha(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < e && is_alpha(text[j]) && !(is_upper(text[j]) && is_lower(text[j - 1]))) ++j;
    f(i, j);
    i = j;
  }
}

// "Published: 3 Aug. 2027, 11:42", "...droughtPublished March 4, 2026", " date 2024-12-03".
void labelled_stamps(const TimeTagger& tagger, std::string_view text, std::size_t b, std::size_t e,
                     std::vector<DateEvidence>& pub, std::vector<DateEvidence>& upd) {
  for_each_word(text, b, e, [&](std::size_t wb, std::size_t we) {
    const int label = tagger.stamp_label(text.substr(wb, we - wb));
    if (!label) return;
    auto m = date_at(tagger, text, we, std::min(e, we + 80), kLabelGap);
    if (!m) return;
    (label == 1 ? pub : upd).push_back(stamp_evidence(tagger, text, *m, e, wb, m->m.span.end));
  });
}

// A line that opens with a full date (after a clock time, if any) followed by nothing, a clock
// time, a separator or a second date ("03/09/2027 March 9, 2027 Harbour ...", "18:09 October
// 19, 2023"): a stamp, not a sentence about that day.
std::optional<DateEvidence> line_initial_stamp(const TimeTagger& tagger, std::string_view text, std::size_t b,
                                               std::size_t e) {
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  auto d = date_at(tagger, text, b, e, 0);
  if (!d) return std::nullopt;
  std::size_t after = d->m.span.end;
  while (after < e && text[after] == ' ') ++after;
  const bool alone = after >= e || std::string_view("|-\xE2\xC2").find(text[after]) != std::string_view::npos;
  const auto timed = clock_at(text, after, e);
  auto second = alone || timed ? std::nullopt : date_at(tagger, text, after, e, 0);
  if (!alone && !timed && !second) return std::nullopt;
  const std::size_t to = second ? second->m.span.end : timed ? timed->end : d->m.span.end;
  return stamp_evidence(tagger, text, *d, e, b, to);
}

std::optional<int> number_at(std::string_view s, std::size_t i, std::size_t n) {
  if (i + n > s.size()) return std::nullopt;
  int v = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (!is_digit(s[i + k])) return std::nullopt;
    v = v * 10 + (s[i + k] - '0');
  }
  if (i + n < s.size() && is_digit(s[i + n])) return std::nullopt;
  return v;
}

// One or two digits at i (not followed by a third); `len` gets their count.
std::optional<int> small_number_at(std::string_view s, std::size_t i, std::size_t& len) {
  for (len = 2; len >= 1; --len)
    if (auto v = number_at(s, i, len)) return v;
  return std::nullopt;
}

// A date at position i of a URL: YYYY/MM/DD, YYYY-MM-DD, YYYY_MM_DD, YYYYMMDD, or YYYY/MM/.
std::optional<TimeValue> url_date_at(std::string_view s, std::size_t i, int latest_year) {
  if (i > 0 && (is_digit(s[i - 1]) || is_alpha(s[i - 1]))) return std::nullopt;
  if (auto y8 = number_at(s, i, 8)) {
    const int y = *y8 / 10000, m = *y8 / 100 % 100, d = *y8 % 100;
    if (y >= kYearFloor && y <= latest_year && valid_date(y, m, d)) return TimeValue::day_of(y, m, d);
    return std::nullopt;
  }
  auto y = number_at(s, i, 4);
  if (!y || *y < kYearFloor || *y > latest_year || i + 4 >= s.size()) return std::nullopt;
  const char sep = s[i + 4];
  if (sep != '/' && sep != '-' && sep != '_') return std::nullopt;
  std::size_t ml = 0, dl = 0;
  auto m = small_number_at(s, i + 5, ml);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  const std::size_t j = i + 5 + ml;
  if (j < s.size() && s[j] == sep)
    if (auto d = small_number_at(s, j + 1, dl); d && valid_date(*y, *m, *d)) return TimeValue::day_of(*y, *m, *d);
  if (sep == '/' && (j >= s.size() || s[j] == '/')) return TimeValue::month_of(*y, *m);
  return std::nullopt;
}

int this_year_or(int latest_year) {
  if (latest_year > 0) return latest_year;
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

// The year for a dateline's day and month, from the other evidence: the year of the first
// known value, moved to the next year when the day would fall more than a week before the
// text's lower bound.
std::optional<TimeValue> place_in_year(int m, int d, const std::vector<DateEvidence>& others, const TimeValue& bound) {
  for (const DateEvidence& o : others) {
    if (!o.value.known()) continue;
    int y = o.value.year;
    if (!valid_date(y, m, d)) return std::nullopt;
    TimeValue v = TimeValue::day_of(y, m, d);
    if (bound.known() && *v.serial_day() + 7 < *day_part(bound).serial_day() && valid_date(y + 1, m, d))
      v = TimeValue::day_of(y + 1, m, d);
    return v;
  }
  return std::nullopt;
}

struct Decision {
  PublicationChoice& c;
  bool explicit_day = false;  // the value comes from a stamp and is a day: nothing moves it
};

std::string describe(const DateEvidence& ev) {
  if (ev.signal == DateSignal::kText || ev.signal == DateSignal::kOtherDocuments)
    return std::string(date_signal_name(ev.signal)) + ": " + ev.source;
  return std::string(date_signal_name(ev.signal)) + " '" + ev.source + "'";
}

Anchor anchor_of(const DateEvidence& ev, bool year_inferred) {
  switch (ev.signal) {
    case DateSignal::kMetadata:
    case DateSignal::kHeader: return Anchor::kExplicit;
    case DateSignal::kDateline: return year_inferred ? Anchor::kInferred : Anchor::kExplicit;
    case DateSignal::kUrl: return ev.value.granularity >= Granularity::kDay ? Anchor::kExplicit : Anchor::kInferred;
    default: return Anchor::kInferred;
  }
}

// Weighs one signal against what is decided so far: the first known one wins, a finer one
// inside it refines it, a contradicting one is reported.
void weigh(Decision& d, DateEvidence& ev, const std::string& document, bool year_inferred = false) {
  PublicationChoice& c = d.c;
  if (!ev.value.known()) return;
  if (!c.value.known()) {
    c.value = ev.value;
    c.winner = ev.signal;
    c.anchor = anchor_of(ev, year_inferred);
    c.how = describe(ev);
    d.explicit_day = c.anchor == Anchor::kExplicit && c.value.granularity >= Granularity::kDay;
    ev.verdict = "won: the most trusted signal with a date";
    return;
  }
  if (!agrees_with(ev, c.value)) {
    ev.verdict = "disagrees: " + ev.value.iso() + " against " + c.value.iso() + " (" + date_signal_name(c.winner) + ")";
    c.warnings.push_back(Warning{"publication-disagreement",
                                 std::string(date_signal_name(c.winner)) + " gives " + c.value.iso() + " [" + c.how +
                                     "], " + date_signal_name(ev.signal) + " gives " + ev.value.iso() + " [" +
                                     describe(ev) + "]; kept " + date_signal_name(c.winner),
                                 document, "", ev.offset});
    return;
  }
  if (!d.explicit_day && day_part(ev.value).granularity > day_part(c.value).granularity) {
    c.value = day_part(ev.value);
    c.how += "; " + describe(ev) + " gives the day " + c.value.iso();
    if (ev.signal >= DateSignal::kText) c.anchor = Anchor::kInferred;
    ev.verdict = "refines the winner";
    return;
  }
  ev.verdict = "agrees";
}

DateEvidence metadata_evidence(const TimeTagger& tagger, const PublicationInput& in, int latest_year,
                               std::vector<Warning>& warnings) {
  DateEvidence ev;
  ev.signal = DateSignal::kMetadata;
  ev.source = std::string(in.metadata);
  auto v = tagger.parse_stamp(in.metadata, in.lang);
  if (!v) {
    ev.verdict = "unusable: not a date";
    warnings.push_back(Warning{"bad-published", "published metadata is not a date: '" + ev.source + "'", in.document, "", 0});
  } else if (auto w = implausible_publication(*v, in.metadata, latest_year, in.document)) {
    ev.verdict = "unusable: implausible year";
    warnings.push_back(std::move(*w));
  } else {
    ev.value = *v;
  }
  return ev;
}

// Mentions outside the header stamps: a stamp must not count as the text's own evidence.
std::vector<TimeMention> body_mentions(const PublicationInput& in, const std::vector<DateEvidence>& headers) {
  std::vector<TimeMention> out;
  if (!in.mentions) return out;
  for (const TimeMention& m : *in.mentions) {
    bool stamp = false;
    for (const DateEvidence& h : headers)
      stamp = stamp || (m.span.begin >= h.offset && m.span.begin < h.offset + std::max<std::size_t>(1, h.source.size()));
    if (!stamp) out.push_back(m);
  }
  return out;
}

// A hint's lower bound and a bare past weekday in the text ("pada hari Minggu") give the day to
// resolve against: the first such weekday on or after the bound.
void weekday_after_hint(const PublicationInput& in, PublicationChoice& c) {
  if (!in.mentions) return;
  for (const TimeMention& t : *in.mentions) {
    if (t.value.known()) continue;
    auto wday = TimeTagger::bare_weekday(t);
    if (!wday) continue;
    TimeValue r = c.reference;
    for (int k = 0; k < 7 && r.weekday() != *wday; ++k) r = r.plus_days(1);
    if (r.within(c.value)) {
      c.how += "; '" + t.text + "' after that is " + r.iso();
      c.reference = r;
    }
    return;
  }
}

// Other documents of the run: only for a document no stamp dates, and only to make it finer.
void apply_hint(const PublicationInput& in, Decision& d) {
  PublicationChoice& c = d.c;
  DateEvidence ev;
  ev.signal = DateSignal::kOtherDocuments;
  ev.value = in.hint_value;
  ev.source = in.hint_how;
  if (!ev.value.known()) return;
  if (c.anchor == Anchor::kExplicit) {
    ev.verdict = "ignored: a stamp dates the document";
  } else if (!c.value.known() || (ev.value.granularity > c.value.granularity && ev.value.within(c.value))) {
    c.value = ev.value;
    c.anchor = Anchor::kInferred;
    c.winner = DateSignal::kOtherDocuments;
    c.how = (c.how.empty() ? "" : c.how + "; ") + in.hint_how;
    c.reference = in.hint_not_before;
    ev.verdict = "refines the text's date";
    if (c.reference.known()) weekday_after_hint(in, c);
  } else {
    ev.verdict = "not finer than the text's date";
  }
  c.considered.push_back(std::move(ev));
}

}  // namespace

std::vector<TimeMention> find_in_sentences(const TimeTagger& tagger, std::string_view text,
                                           const std::vector<Sentence>& sentences, Language lang) {
  std::vector<TimeMention> times;
  for (const Sentence& s : sentences)
    for (TimeMention& t : tagger.find(text, s.span, lang)) {
      t.sentence = s.index;
      times.push_back(std::move(t));
    }
  return times;
}

std::vector<TimeMention> body_time_mentions(const std::vector<TimeMention>& mentions,
                                            const std::vector<Sentence>& sentences) {
  std::vector<TimeMention> body;
  for (const TimeMention& t : mentions)
    if (t.sentence < sentences.size() && sentences[t.sentence].role != SentenceRole::kCaption) body.push_back(t);
  return body;
}

std::vector<DateEvidence> header_dates(const TimeTagger& tagger, const PublicationInput& in) {
  std::vector<DateEvidence> pub, upd, initial, stamps;
  const std::size_t zone = header_zone_end(in);
  for (std::size_t b = 0; b < zone;) {
    std::size_t e = std::min(in.text.find('\n', b), in.text.size());
    labelled_stamps(tagger, in.text, b, e, pub, upd);
    if (auto s = line_initial_stamp(tagger, in.text, b, e)) initial.push_back(std::move(*s));
    b = e + 1;
  }
  for (const ByteSpan& sp : in.stamp_lines) {
    std::string_view line = in.text.substr(sp.begin, sp.end - sp.begin);
    auto v = tagger.parse_stamp(line, in.lang);
    if (!v) continue;
    DateEvidence ev;
    ev.signal = DateSignal::kHeader;
    ev.value = *v;
    ev.source = std::string(trim(line));
    ev.offset = sp.begin;
    stamps.push_back(std::move(ev));
  }
  // Publication labels, the cleaner's stamp lines, line-opening dates, then update labels.
  std::vector<DateEvidence> out = std::move(pub);
  for (auto* group : {&stamps, &initial, &upd})
    for (DateEvidence& ev : *group) {
      bool seen = false;
      for (const DateEvidence& o : out) seen = seen || o.offset == ev.offset;
      if (!seen) out.push_back(std::move(ev));
    }
  return out;
}

std::optional<DateEvidence> dateline_date(const TimeTagger& tagger, const PublicationInput& in) {
  if (!in.sentences) return std::nullopt;
  const Sentence* first = nullptr;
  for (const Sentence& s : *in.sentences)
    if (s.role == SentenceRole::kBody) {
      first = &s;
      break;
    }
  if (!first || first->span.begin == 0) return std::nullopt;
  // The cleaner cut the dateline off the first body paragraph: it is what stands before the
  // sentence on its line.
  std::size_t ls = in.text.rfind('\n', first->span.begin - 1);
  ls = ls == std::string_view::npos ? 0 : ls + 1;
  if (ls >= first->span.begin) return std::nullopt;
  auto found = tagger.find(in.text, ByteSpan{static_cast<std::uint32_t>(ls), first->span.begin}, in.lang);
  for (const TimeMention& m : found) {
    const timex::Spec sp = timex::Spec::parse(m.rule);
    DateEvidence ev;
    ev.signal = DateSignal::kDateline;
    ev.offset = m.span.begin;
    ev.source = std::string(trim(in.text.substr(ls, first->span.begin - ls)));
    if (m.anchor == Anchor::kExplicit && m.value.granularity >= Granularity::kDay) ev.value = m.value;
    else if (sp.name == "date-partial" && sp.d > 0 && sp.m > 0) ev.value.month = sp.m, ev.value.day = sp.d;
    else continue;
    return ev;
  }
  return std::nullopt;
}

std::optional<TimeValue> url_date(std::string_view url, int latest_year) {
  latest_year = this_year_or(latest_year);
  std::size_t path = url.find("://");
  path = path == std::string_view::npos ? 0 : url.find('/', path + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::optional<TimeValue> month;
  for (std::size_t i = path; i < url.size(); ++i) {
    if (!is_digit(url[i])) continue;
    if (auto v = url_date_at(url, i, latest_year)) {
      if (v->granularity >= Granularity::kDay) return v;
      if (!month) month = v;
    }
    while (i + 1 < url.size() && is_digit(url[i + 1])) ++i;
  }
  return month;
}

PublicationChoice choose_publication(const TimeTagger& tagger, const PublicationInput& in) {
  PublicationChoice c;
  Decision d{c};
  const int latest_year = this_year_or(in.latest_year);
  std::vector<DateEvidence>& seen = c.considered;
  if (!in.metadata.empty()) seen.push_back(metadata_evidence(tagger, in, latest_year, c.warnings));
  std::vector<DateEvidence> headers = header_dates(tagger, in);
  for (DateEvidence& h : headers) {
    if (h.value.year > latest_year + 1) h.verdict = "unusable: implausible year", h.value = TimeValue{};
    seen.push_back(h);
  }
  auto dateline = dateline_date(tagger, in);
  DateEvidence url_ev;
  url_ev.signal = DateSignal::kUrl;
  url_ev.source = std::string(in.url);
  if (auto u = url_date(in.url, latest_year)) url_ev.value = *u;

  // The text: infer_publication over the body, stamps left out.
  std::vector<TimeMention> body = body_mentions(in, headers);
  PublicationDate pd = tagger.infer_publication(body, in.text, latest_year);
  DateEvidence text_ev;
  text_ev.signal = DateSignal::kText;
  text_ev.value = pd.value;
  text_ev.source = pd.how;
  text_ev.not_before = pd.not_before;

  bool dateline_year_inferred = false;
  if (dateline && dateline->value.year == 0) {
    std::vector<DateEvidence> others(seen.begin(), seen.end());
    others.push_back(url_ev);
    others.push_back(text_ev);
    auto v = place_in_year(dateline->value.month, dateline->value.day, others, pd.not_before);
    dateline->value = v ? *v : TimeValue{};
    dateline_year_inferred = true;
    if (!v) dateline->verdict = "unusable: no year from any other signal";
  }
  if (dateline) seen.push_back(*dateline);
  if (!in.url.empty()) seen.push_back(url_ev);
  seen.push_back(text_ev);
  for (DateEvidence& ev : seen)
    if (ev.verdict.empty()) weigh(d, ev, in.document, ev.signal == DateSignal::kDateline && dateline_year_inferred);
  for (DateEvidence& ev : seen)
    if (ev.verdict.empty()) ev.verdict = "no date";
  // The text's weekday contradictions are its evidence only when no stamp dates the page (the
  // caller reports every contradiction anyway).
  if (!c.value.known() || c.winner > DateSignal::kHeader)
    for (Warning& w : pd.warnings) {
      w.document = in.document;
      c.warnings.push_back(std::move(w));
    }
  if (c.winner == DateSignal::kText || (c.value.granularity < Granularity::kDay && pd.reference.known() &&
                                        pd.reference.within(c.value)))
    c.reference = pd.reference;
  apply_hint(in, d);
  if (c.value.granularity >= Granularity::kDay) c.reference = day_part(c.value);
  if (!c.value.known()) c.how = pd.how;
  return c;
}

}  // namespace kronik
