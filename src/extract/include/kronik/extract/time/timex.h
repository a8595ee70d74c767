// kronik/extract/time/timex.h: time expressions in Indonesian and English news.
//
// Three steps: recognise (find), anchor (resolve), and, for documents without a usable date,
// infer the publication date from the expressions themselves (infer_publication).
//
// Usage:
//   auto tagger = TimeTagger::load(data_dir);             // data/id/timex*.tsv, data/en/timex*.tsv
//   if (!tagger) return tagger.error();
//   auto found = tagger.value()->find(text, range, Language::kIndonesian);  // unresolved
//   for (auto& m : found) m.sentence = ...;             // the caller numbers sentences
//   auto pub = tagger.value()->parse_stamp("Rabu, 15/03/2028 10:20 WIB", Language::kIndonesian);
//   tagger.value()->resolve(found, *pub);               // anchors relative expressions
//   for (auto& m : found) if (auto w = TimeTagger::check_weekday(m)) warnings.push_back(*w);
//
// What find() returns: one TimeMention per expression, in text order, never overlapping.
//   - Explicit expressions ("12 Juli 2025", "Juni 2024", "2025-07-12", "tahun 2024", "1990-an")
//     come back with `value` set and anchor kExplicit (spans "19-20 Juni 2025" also set `end`).
//   - Everything else (partial dates "12 Juli", weekdays, "kemarin", "pekan lalu", "dua hari
//     kemudian", "September lalu") comes back with an unknown value; resolve() fills it in.
//   - Durations ("selama enam hari", "dua tahun terakhir", "for three days") have duration=true
//     and never get a point value.
//   - `future` is set for forward-looking expressions ("Selasa depan", "besok") and when a future
//     cue ("akan", "will", "plans to") stands before the expression in the same clause.
//   - `rule` names the rule and carries its parameters as "name key=value ...", e.g.
//     "weekday wd=6", "date-partial d=12 m=7", "relative unit=day n=-1",
//     "reference unit=day n=-1", "month m=9 shift=-1", "date wd=2". resolve(), check_weekday()
//     and infer_publication() read these parameters back, so pass mentions through unchanged.
//     docs/dates.md lists every rule.
//
// Resolution (docs/dates.md has the full list with examples):
//   - bare weekday: latest such day on or before publication; with a future cue, the next one
//     after it. "Kamis lalu"/"last Thursday": latest strictly before; "depan"/"next": the next.
//   - day and month without a year: the latest such date not after publication + 7 days; with
//     a future cue the first one on or after publication ("mendatang" after it: strictly after,
//     "lalu" after it: strictly before). With a weekday ("Rabu (18/10)"): the
//     year, nearest to publication, in which that date falls on that weekday (anchor kInferred).
//   - bare month: latest such month not after the publication month ("lalu": strictly before).
//   - "kemarin", "pekan lalu", "bulan lalu", "tahun lalu", "tiga hari lalu": publication-anchored.
//   - "sehari sebelumnya", "dua hari kemudian", "the previous day": reference-anchored to the
//     nearest preceding resolved mention in the same paragraph (see resolve overloads), falling
//     back to publication when there is none.
//   A publication coarser than a day resolves only what it can: "tahun lalu" against "2025"
//   gives 2024, "kemarin" stays unknown.
//
// Errors: load() returns kData/kIo errors naming the file and line; find/resolve/parse_stamp
// never fail (unparsable input yields no mention / nullopt).
// Thread-safety: a TimeTagger is immutable after construction; share it between threads.
// Cost: find() is linear in the text (hand-written token scanner, hash look-ups, no regex).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"

namespace kronik {

class TimexLexicon;  // defined in the .cpp (month, weekday, relative-word tables)

/// Result of publication-date inference.
struct PublicationDate {
  TimeValue value;            ///< unknown when nothing could be inferred; day, month or year precision
  Anchor anchor = Anchor::kUnknown;  ///< kInferred when something was inferred
  std::string how;            ///< human-readable reasoning: "weekday 'Rabu (18/10)' fixes 2023-10-18; ..."
  std::vector<Warning> warnings;  ///< weekday contradictions ("weekday-mismatch") etc.
  /// The day to resolve relative expressions against when `value` is coarser than a day: the
  /// earliest publication day consistent with the evidence (equals `value` when that is a day).
  /// Unknown when the evidence gives no day at all.
  TimeValue reference;
  /// The latest day the text reports (the lower bound of rules 1-3): the publication is not
  /// earlier. Unknown when the evidence gives no day.
  TimeValue not_before;
};

class TimeTagger {
 public:
  /// Loads data/id/timex*.tsv and data/en/timex*.tsv under data_dir (format: docs/dates.md).
  /// Errors: kData (unknown kind, bad value, missing file) with the file and line.
  static Result<std::shared_ptr<const TimeTagger>> load(const std::string& data_dir);

  /// Recognises time expressions in text[range] (absolute byte offsets). kUnknown language uses
  /// the lexicons of every language. Values of relative expressions are left for resolve().
  std::vector<TimeMention> find(std::string_view text, ByteSpan range, Language lang) const;

  /// Resolves relative expressions against `publication` (day precision is best; coarser
  /// values resolve what they can) and nearer reference times. Mentions must be in text order
  /// with `sentence` filled; a reference time counts when it is at most two sentences back.
  /// Explicit mentions are left untouched. Sets value, end, anchor.
  void resolve(std::vector<TimeMention>& mentions, const TimeValue& publication) const;
  /// Same, with sentence layout: a reference time counts when it is in the same paragraph
  /// (Sentence::paragraph of the mention's `sentence` index).
  void resolve(std::vector<TimeMention>& mentions, const TimeValue& publication,
               const std::vector<Sentence>& sentences) const;

  /// Parses a publication stamp from metadata or a dateline: ISO 8601 ("2025-07-14T09:05:00+07:00",
  /// "2025-07-14"), RFC 2822 ("Mon, 14 Jul 2025 02:05:00 GMT"), datelines ("Rabu, 15/03/2028
  /// 10:20 WIB", "Jumat, 9 Februari 2029 - 08:40 WIB", "July 14, 2025 9:05 AM"). The first
  /// explicit date in `s` wins; a following clock time gives minute granularity and a time zone
  /// sets utc_offset_minutes. nullopt when `s` holds no explicit date.
  std::optional<TimeValue> parse_stamp(std::string_view s, Language lang) const;

  /// A one-word label that introduces a page's own date ("Published", "Updated", "Diterbitkan",
  /// "date"; lexicon kind `stamp_label`): 1 = publication, 2 = update; 0 = not a label. Case-
  /// insensitive; every language's table is read (page furniture mixes languages).
  int stamp_label(std::string_view word) const;
  /// True when the word right before text[pos] opens a period that runs to now ("sejak",
  /// "since"; lexicon kind `since`): such a time is where a state began, not when things happen.
  bool since_before(std::string_view text, std::size_t pos) const;
  /// True for a word that opens a subordinate clause whose times are its own (lexicon kind
  /// `clause_opener`: "sejak", "karena", "ketika"; "since", "because", "when", "who").
  bool clause_opener(std::string_view word) const;
  /// True when `sentence` opens with a recap formula (lexicon kind `recap`: "Seperti diketahui",
  /// "Sebagaimana diberitakan"; "As previously reported"): what follows is background the reader
  /// is reminded of, not the story's day.
  bool recap_opener(std::string_view sentence) const;

  /// A weekday written beside an explicit date that the date contradicts ("Rabu, 1 Oktober
  /// 2019": 1 Oct 2019 was a Tuesday) -> Warning{code "weekday-mismatch"}; nullopt otherwise.
  /// Works on found or resolved mentions. Offset = the mention's first byte.
  static std::optional<Warning> check_weekday(const TimeMention& m);

  /// The weekday (0 = Monday .. 6 = Sunday) of a bare, past-oriented weekday mention ("pada hari
  /// Minggu", "on Sunday": no "lalu"/"depan"/"last"/"next", no future cue); nullopt otherwise.
  static std::optional<int> bare_weekday(const TimeMention& m);

  /// Infers a publication date from a document's (unresolved) mentions, for documents whose
  /// metadata and dateline give none. Rules, in order:
  ///   1. a weekday beside a day/month ("Rabu (18/10)") fixes the year: the first year not
  ///      before the latest explicit year mentioned whose date has that weekday (else the latest
  ///      such year before it; with no explicit year, the latest such year <= latest_year);
  ///   2. without any full date, a relative year beside an explicit coarse one ("tahun lalu" +
  ///      "Juni 2024") gives the year (2024 + 1); day-month mentions ("12 Juli") then fall in it;
  ///   3. the latest explicit (or weekday-fixed) full date bounds the publication from below; if
  ///      it carries a clock time it is a dateline stamp and gives the day itself;
  ///   4. a bare past weekday written after that date ("pada hari Minggu") gives the day: the
  ///      first such day on or after the bound.
  /// Precision: day when rule 3's stamp or rule 4 applies, the bound's month when only the
  /// bound is known, the year when only the year is known. Dates whose weekday contradicts them are ignored and
  /// reported in `warnings`. `text` is the document the spans point into (quoted in `how`).
  /// `latest_year` caps plausible years (0 = the current year from the system clock).
  PublicationDate infer_publication(const std::vector<TimeMention>& unresolved_mentions,
                                    std::string_view text, int latest_year = 0) const;

  ~TimeTagger();
  TimeTagger(const TimeTagger&) = delete;
  TimeTagger& operator=(const TimeTagger&) = delete;

 private:
  TimeTagger();
  void resolve_impl(std::vector<TimeMention>& mentions, const TimeValue& publication,
                    const std::vector<Sentence>* sentences) const;
  std::unique_ptr<TimexLexicon> lex_;
};

}  // namespace kronik
