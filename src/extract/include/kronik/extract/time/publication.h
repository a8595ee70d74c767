// kronik/extract/time/publication.h: the publication date of one document, from every signal.
//
// A page states its own date in several places, some more reliable than others. The signals,
// in the order they are trusted:
//   1. metadata: JSONL `published`, HTML meta tags (RawDocument::published);
//   2. header: a labelled line near the top ("Published: 3 Aug. 2027, 11:42", "Updated
//      21 October 2024", "Diterbitkan 12 Juli 2025", " date 2024-12-03", also glued to the
//      headline: "...droughtPublished March 4, 2026last updated ..."), a line that opens with a
//      full date ("03/09/2027 March 9, 2027 ..."), or a stamp line the cleaner found
//      ("Rabu, 15/03/2028 10:20 WIB");
//   3. dateline: the date before the dash of the first body paragraph ("MOSCOW, July 31
//      (Reuters) -"); a missing year comes from the other signals;
//   4. URL: "/2025/07/14/", "/2024/12/8/", "/2025-07-14/", "/20250714/", "?date=2025-07-14",
//      "/2025/07/" (month only); RawDocument::url (JSONL `url`, HTML og:url or canonical);
//   5. text: TimeTagger::infer_publication on the body's time expressions;
//   6. other documents of the run: a PublicationHint from the graph (docs/dates.md).
// The most trusted signal that gives a date wins. A less trusted one may only make it finer
// (a day inside the URL's month); it never moves the date past an explicit stamp. A signal
// that disagrees with the winner is reported as a "publication-disagreement" warning naming
// both. `how` says which signal won and why.
//
// Usage:
//   PublicationInput in;
//   in.text = raw.text; in.metadata = raw.published; in.url = raw.url; in.sentences = &sentences;
//   in.mentions = &body_mentions; in.stamp_lines = cleaned.stamp_lines; in.lang = lang;
//   PublicationChoice c = choose_publication(tagger, in);
//   info.published = c.value; info.published_anchor = c.anchor; info.published_how = c.how;
//
// Ownership: the input holds views and pointers the caller keeps alive during the call.
// Thread-safety: pure functions of their arguments. Errors: none; unusable signals are listed in
// `considered` with a note, and bad metadata also gives a warning.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/extract/time/timex.h"

namespace kronik {

/// Where a publication date was read from, most trusted first.
enum class DateSignal : std::uint8_t { kMetadata = 0, kHeader, kDateline, kUrl, kText, kOtherDocuments };
const char* date_signal_name(DateSignal s) noexcept;  ///< "metadata", "header", ..., "other documents"

/// One signal considered for the publication date.
struct DateEvidence {
  DateSignal signal = DateSignal::kText;
  TimeValue value;           ///< unknown when the signal was present but gave no usable date
  std::string source;        ///< what was read: "Published: 16 Jul. 2025", the URL, the reasoning
  std::uint64_t offset = 0;  ///< byte offset in the document text (0 for metadata and URL)
  std::string verdict;       ///< "won", "refines the winner", "agrees", "disagrees: ...", "unusable: ..."
  /// The text's lower bound (the latest day it reports): a stamp up to a week after it agrees.
  TimeValue not_before;
};

struct PublicationInput {
  std::string_view text;                       ///< the document (RawDocument::text)
  std::string_view metadata;                   ///< RawDocument::published; empty = none
  std::string_view url;                        ///< RawDocument::url; empty = none
  const std::vector<Sentence>* sentences = nullptr;     ///< the cleaned sentences (header zone, dateline)
  const std::vector<TimeMention>* mentions = nullptr;   ///< unresolved mentions of body sentences
  std::vector<ByteSpan> stamp_lines;           ///< the cleaner's stamp lines (CleanedDocument)
  Language lang = Language::kUnknown;
  int latest_year = 0;                         ///< latest plausible year (0 = this year)
  std::string document;                        ///< id, for warnings
  // Other documents of the run (PublicationHint): a month or year, and a day the document is
  // not older than. Unknown = no hint.
  TimeValue hint_value, hint_not_before;
  std::string hint_how;
};

struct PublicationChoice {
  TimeValue value;                        ///< unknown when no signal gave a date
  Anchor anchor = Anchor::kUnknown;       ///< kExplicit when a stamp (metadata, header, dateline, URL) gives the day
  DateSignal winner = DateSignal::kText;  ///< meaningful when value is known
  std::string how;                        ///< "header 'Published: 3 Aug. 2027, 11:42'", "url '...'; text ..."
  /// The day to resolve relative expressions against when `value` is coarser than a day
  /// (PublicationDate::reference); equals `value` when that is a day.
  TimeValue reference;
  std::vector<DateEvidence> considered;   ///< every signal seen, in order of trust
  std::vector<Warning> warnings;          ///< "publication-disagreement", "bad-published", ...
};

/// The time expressions of every sentence, unresolved, with `sentence` filled, in text order.
std::vector<TimeMention> find_in_sentences(const TimeTagger& tagger, std::string_view text,
                                           const std::vector<Sentence>& sentences, Language lang);
/// What the text signal reads: the mentions outside captions (they carry other dates).
std::vector<TimeMention> body_time_mentions(const std::vector<TimeMention>& mentions,
                                            const std::vector<Sentence>& sentences);

/// Decides the publication date from every signal (see the file comment).
PublicationChoice choose_publication(const TimeTagger& tagger, const PublicationInput& in);

/// The signals one by one (choose_publication calls them; exposed for tests and `kronik dates`).
/// Header stamps in the document's first lines, in text order; `labelled` ones first.
std::vector<DateEvidence> header_dates(const TimeTagger& tagger, const PublicationInput& in);
/// The date of the dateline before the first body sentence, when it has one. A day and month
/// without a year come back with year 0 (the caller fills it in from other evidence).
std::optional<DateEvidence> dateline_date(const TimeTagger& tagger, const PublicationInput& in);
/// The date in a URL's path or query; nullopt when it holds none (years 1990..latest_year).
std::optional<TimeValue> url_date(std::string_view url, int latest_year);

}  // namespace kronik
