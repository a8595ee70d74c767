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
// Every Sentence keeps byte offsets into raw.text.
//
// Thread-safety: pure function of its inputs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"

namespace kronik {

struct CleanConfig {
  /// A line with at least this many words, none ending a sentence and mostly capitalised, is a menu.
  int menu_min_words = 6;
  /// Drop sentences repeated verbatim (after whitespace folding).
  bool dedupe = true;
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

/// Splits `text[range]` into sentence spans (absolute offsets). Exposed for tests.
std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan range);

/// Convenience: the bytes of `span` in `text`.
inline std::string_view slice(std::string_view text, ByteSpan span) {
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace kronik
