// kronik/extract/clean.h: from raw article text to structured, de-noised sentences.
//
// Usage:
//   CleanedDocument c = clean_document(raw, CleanConfig{});
//   for (const Sentence& s : c.sentences) std::string_view text = slice(raw.text, s.span);
//
// What it does, by rules that describe news pages rather than any one site:
//   * title: the container title, else the first headline-like line;
//   * dateline: "SEOUL - ", "JAKARTA -", "RIAU24.COM - " openings -> place / outlet;
//   * publication stamp lines ("Senin, 14/07/2025 09:05 WIB", "Yati Maulana | Senin, ...") are
//     kept as `stamp_lines` for the date stage, and bylines / editors / wire and photo credits
//     ("Redaktur : ...", "Penulis : ...", "Foto : AP/KCNA", "(Twitter/@x)", "KCNA via REUTERS")
//     become metadata;
//   * page noise is dropped: navigation menus (long runs of short capitalised words without
//     sentence punctuation), countdowns ("Wait 5 sec."), font widgets ("A A A Pengaturan Font"),
//     comment prompts ("Komentar", "tulis komentar anda"), "Baca juga:"/"Read more:" lines, share
//     buttons, "Top", "(***)";
//   * a paragraph or sentence repeated verbatim is kept once;
//   * sentences are split in Indonesian and English, including glued sentences ("hal.Kantor",
//     'Ukraina."Kamerad') and abbreviations ("Dr.", "Jl.", "U.S.", "No. 5", "a.n.").
// Every Sentence keeps byte offsets into raw.text. The full rule list is in docs/ingestion.md.
//
// Abbreviations: data/common/abbreviations.tsv lists them (one per line, optional second column
// `always` | `before_digit`; '#' starts a comment). The same list is compiled into segment.cpp as
// the built-in table (Abbreviations::builtin(); a test checks both agree), so splitting needs no
// file; Abbreviations::load() reads a customised file, passed through CleanConfig::abbreviations.
//
// Thread-safety: pure functions of their inputs; Abbreviations is immutable after loading and
// builtin() is initialised once (thread-safe static).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"

namespace kronik {

/// When a period after an abbreviation does not end a sentence.
enum class AbbreviationKind : std::uint8_t {
  kAlways = 0,   ///< "Dr.", "Jl.", "dll.": never a sentence end when a capital follows
  kBeforeDigit,  ///< "No.", "Jan.", "hal.": not an end only when a digit follows ("No. 5")
};

/// Abbreviation table: keys are lower-case, without the final period ("dr", "u.s", "jan").
class Abbreviations {
 public:
  /// Parses the TSV text; `name` is used in errors (kData, offset = line number).
  static Result<Abbreviations> parse(std::string_view tsv, const std::string& name);
  /// Reads and parses a file (kIo when unreadable).
  static Result<Abbreviations> load(const std::string& path);
  /// The compiled-in table (same content as data/common/abbreviations.tsv).
  static const Abbreviations& builtin();

  /// Kind of `word` (case-insensitive, with or without the final period); nullptr when unknown.
  const AbbreviationKind* find(std::string_view word) const;
  const std::unordered_map<std::string, AbbreviationKind>& entries() const { return entries_; }

 private:
  std::unordered_map<std::string, AbbreviationKind> entries_;
};

struct CleanConfig {
  /// A line with at least this many words, none ending a sentence and mostly capitalised, is a menu.
  int menu_min_words = 6;
  /// Drop sentences repeated verbatim (after whitespace folding).
  bool dedupe = true;
  /// Abbreviation table for sentence splitting; nullptr = Abbreviations::builtin(). Not owned.
  const Abbreviations* abbreviations = nullptr;
};

struct CleanedDocument {
  std::string title;
  ByteSpan title_span;                 ///< into raw.text; empty when the title came from metadata
  std::string dateline_place;          ///< "SEOUL"
  std::string outlet;                  ///< "RIAU24.COM"
  std::vector<ByteSpan> stamp_lines;   ///< lines that look like publication stamps
  std::vector<std::string> authors, editors, credits;
  std::vector<Sentence> sentences;     ///< headline first (role kHeadline), captions marked kCaption
  std::uint32_t removed_noise_lines = 0;
  std::uint32_t removed_duplicate_sentences = 0;
};

CleanedDocument clean_document(const RawDocument& raw, const CleanConfig& config);

/// Splits `text[range]` into sentence spans (absolute offsets, trimmed, never empty). A blank
/// line inside the range always ends a sentence. Exposed for tests and other stages.
std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan range);
std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan range,
                                      const Abbreviations& abbreviations);

/// Convenience: the bytes of `span` in `text`.
inline std::string_view slice(std::string_view text, ByteSpan span) {
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace kronik
