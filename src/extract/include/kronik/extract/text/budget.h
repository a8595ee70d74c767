// kronik/extract/text/budget.h: how much work one document may cost.
//
// Usage:
//   DocumentBudget budget;                 // defaults below: generous for any real article
//   ingest_config.budget = budget;         // ingestion applies max_html_depth
//   extract_config.budget = budget;        // Extractor::analyze applies the rest
//
// A document over its budget is never a hang and never stops a batch: it is truncated (only the
// first part is analysed) with a warning coded "truncated" that names the document and the limit.
// Every limit except the time limit is deterministic: the same bytes give the same cut whatever
// the machine. The soft time limit is checked only between stages, so one stage always finishes;
// a document that hits it loses its later stages (reported), which makes that run depend on the
// machine's speed: keep it generous (it is a safety net, not a tuning knob).
//
// Thread-safety: plain values; the helpers are pure functions.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/core/time.h"

namespace kronik {

struct DocumentBudget {
  /// Sentences analysed per document (after cleaning); the rest are dropped. 0 = no limit.
  std::size_t max_sentences = 5000;
  /// Bytes of text analysed per document (cut at the last line break before the limit, else at a
  /// character boundary). Applied before cleaning. 0 = no limit.
  std::uint64_t max_analysed_bytes = 2u << 20;  // 2 MiB
  /// HTML elements nested deeper than this are flattened (their text is kept, their tags
  /// dropped) before parsing. 0 = no limit.
  std::size_t max_html_depth = 256;
  /// Soft limit on the analysis of one document, checked between stages; later stages are
  /// skipped once it is exceeded. 0 = no limit.
  double soft_time_limit_seconds = 60.0;
};

/// Range checks: every field must be non-negative and finite (0 means "no limit").
Status validate(const DocumentBudget& budget);

/// Length of the prefix of `text` that fits in `max_bytes`: at the last '\n' within the limit when
/// there is one in its second half, else at the last UTF-8 character boundary. Returns
/// text.size() when the text fits (or max_bytes is 0).
std::size_t budget_cut(std::string_view text, std::uint64_t max_bytes) noexcept;

/// The "truncated" warning for `document` ("analysed the first N of M sentences: the budget
/// allows N (DocumentBudget::max_sentences)").
Warning truncated_warning(const std::string& document, std::string what);

/// Cuts `doc.text` to DocumentBudget::max_analysed_bytes (see budget_cut), adding a "truncated"
/// warning to `warnings`. Offsets into the kept prefix stay valid.
void apply_byte_budget(RawDocument& doc, const DocumentBudget& budget, std::vector<Warning>& warnings);
/// Keeps the first DocumentBudget::max_sentences sentences, adding a "truncated" warning.
void apply_sentence_budget(std::vector<Sentence>& sentences, const std::string& document, const DocumentBudget& budget,
                           std::vector<Warning>& warnings);

/// Earliest publication year kronik believes (older metadata is a typo or a placeholder).
inline constexpr int kEarliestPublicationYear = 1900;
/// Nullopt when a publication date read from metadata is plausible: year from
/// kEarliestPublicationYear to latest_year + 1. Otherwise the "implausible-published" warning
/// naming the document and the raw value; the date must then not be used (nor lent to other
/// documents).
std::optional<Warning> implausible_publication(const TimeValue& value, std::string_view raw, int latest_year,
                                               const std::string& document);

/// Clock for DocumentBudget::soft_time_limit_seconds, started when constructed.
class StageClock {
 public:
  explicit StageClock(double limit_seconds);
  /// True once the limit is exceeded (always false without a limit).
  bool exceeded() const;
  /// Called between stages: false while within the limit. Once exceeded, true, and the first
  /// call adds a "truncated" warning naming `document` and `next_stage` (skipped from then on).
  bool stop_before(const char* next_stage, const std::string& document, std::vector<Warning>& warnings);

 private:
  std::chrono::steady_clock::time_point start_;
  double limit_;
  bool stopped_ = false;
};

}  // namespace kronik
