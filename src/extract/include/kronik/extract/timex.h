// kronik/extract/timex.h: time expressions in Indonesian and English news.
//
// Usage:
//   auto lex = TimexLexicon::load(data_dir);            // data/id/timex.tsv, data/en/timex.tsv
//   if (!lex) return lex.error();
//   TimeTagger tagger(lex.value());
//   auto found = tagger.find(text, range, Language::kIndonesian);   // recognise (unresolved)
//   tagger.resolve(found, publication);                // anchor relative expressions
//
// Thread-safety: a TimeTagger is immutable after construction; share it between threads.
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
  TimeValue value;            ///< unknown when nothing could be inferred
  Anchor anchor = Anchor::kUnknown;
  std::string how;            ///< "metadata", "dateline 'Senin, 14/07/2025 09:05 WIB'", ...
  std::vector<Warning> warnings;  ///< weekday contradictions etc.
};

class TimeTagger {
 public:
  /// Loads data/<lang>/timex.tsv for every language under data_dir.
  static Result<std::shared_ptr<const TimeTagger>> load(const std::string& data_dir);

  /// Recognises time expressions in text[range] (absolute offsets). Values of relative
  /// expressions are left for resolve().
  std::vector<TimeMention> find(std::string_view text, ByteSpan range, Language lang) const;

  /// Resolves relative expressions against `publication` (and nearer reference times: the
  /// mentions must be in text order). Sets value, anchor, granularity.
  void resolve(std::vector<TimeMention>& mentions, const TimeValue& publication) const;

  /// Parses a publication stamp from metadata or a dateline ("Senin, 14/07/2025 09:05 WIB",
  /// "2025-07-14T09:05:00+07:00", "Sabtu, 21 Oktober 2023 - 09:50 WIB").
  std::optional<TimeValue> parse_stamp(std::string_view s, Language lang) const;

  ~TimeTagger();
  TimeTagger(const TimeTagger&) = delete;
  TimeTagger& operator=(const TimeTagger&) = delete;

 private:
  TimeTagger();
  std::unique_ptr<TimexLexicon> lex_;
};

}  // namespace kronik
