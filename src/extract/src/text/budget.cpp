// Per-document work limits (DocumentBudget): the pure helpers the ingestion and the pipeline use.
#include "kronik/extract/text/budget.h"

#include <cmath>
#include <utility>

namespace kronik {

Status validate(const DocumentBudget& budget) {
  if (!std::isfinite(budget.soft_time_limit_seconds) || budget.soft_time_limit_seconds < 0)
    return Error{ErrorCode::kUnsupported, "the soft time limit must be a finite number of seconds >= 0 (0: none)", "", 0};
  return {};
}

std::size_t budget_cut(std::string_view text, std::uint64_t max_bytes) noexcept {
  if (max_bytes == 0 || text.size() <= max_bytes) return text.size();
  const auto limit = static_cast<std::size_t>(max_bytes);
  // A whole line is a cleaner cut than the middle of a sentence, unless it wastes half the budget.
  std::size_t nl = text.rfind('\n', limit - 1);
  if (nl != std::string_view::npos && nl + 1 >= limit / 2) return nl + 1;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return cut;
}

Warning truncated_warning(const std::string& document, std::string what) {
  return Warning{error_code_name(ErrorCode::kTruncated), std::move(what), document, "", 0};
}

void apply_byte_budget(RawDocument& doc, const DocumentBudget& budget, std::vector<Warning>& warnings) {
  const std::size_t keep = budget_cut(doc.text, budget.max_analysed_bytes);
  if (keep == doc.text.size()) return;
  warnings.push_back(truncated_warning(doc.id, "analysed the first " + std::to_string(keep) + " of " +
                                                   std::to_string(doc.text.size()) + " bytes (DocumentBudget::max_analysed_bytes " +
                                                   std::to_string(budget.max_analysed_bytes) + ")"));
  doc.text.resize(keep);
}

void apply_sentence_budget(std::vector<Sentence>& sentences, const std::string& document, const DocumentBudget& budget,
                           std::vector<Warning>& warnings) {
  if (budget.max_sentences == 0 || sentences.size() <= budget.max_sentences) return;
  warnings.push_back(truncated_warning(document, "analysed the first " + std::to_string(budget.max_sentences) + " of " +
                                                     std::to_string(sentences.size()) +
                                                     " sentences (DocumentBudget::max_sentences)"));
  sentences.resize(budget.max_sentences);
}

std::optional<Warning> implausible_publication(const TimeValue& value, std::string_view raw, int latest_year,
                                               const std::string& document) {
  if (!value.known() || (value.year >= kEarliestPublicationYear && value.year <= latest_year + 1)) return std::nullopt;
  return Warning{"implausible-published",
                 "published metadata '" + std::string(raw) + "' is outside " + std::to_string(kEarliestPublicationYear) +
                     ".." + std::to_string(latest_year + 1) + ": ignored",
                 document, "", 0};
}

bool StageClock::stop_before(const char* next_stage, const std::string& document, std::vector<Warning>& warnings) {
  if (stopped_) return true;
  if (!exceeded()) return false;
  stopped_ = true;
  warnings.push_back(truncated_warning(document, std::string("soft time limit of ") + std::to_string(limit_) +
                                                     " s exceeded: " + next_stage + " skipped (DocumentBudget::soft_time_limit_seconds)"));
  return true;
}

StageClock::StageClock(double limit_seconds) : start_(std::chrono::steady_clock::now()), limit_(limit_seconds) {}

bool StageClock::exceeded() const {
  if (limit_ <= 0) return false;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count() > limit_;
}

}  // namespace kronik
