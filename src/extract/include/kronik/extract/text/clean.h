// kronik/extract/text/clean.h: from raw article text to structured, de-noised sentences.
//
// Usage:
//   CleanedDocument c = clean_document(raw, CleanConfig{});
//   for (const Sentence& s : c.sentences) std::string_view text = slice(raw.text, s.span);
//
// What it does, by rules that describe news pages rather than any one site:
//   * title: the container title, else the first headline-like line;
//   * dateline: "SEOUL - ", "JAKARTA -", "RIAU24.COM - " openings -> place / outlet;
//   * publication stamp lines ("Rabu, 15/03/2028 10:20 WIB", "Rina Hartono | Senin, ...") are
//     kept as `stamp_lines` for the date stage, and bylines / editors / wire and photo credits
//     ("Redaktur : ...", "Penulis : ...", "Foto : AP/KCNA", "(Twitter/@x)", "KCNA via REUTERS")
//     become metadata;
//   * page noise is dropped: navigation menus (long runs of short capitalised words without
//     sentence punctuation), countdowns ("Wait 5 sec."), font widgets ("A A Pengaturan Font"),
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
// Page noise: the cleaner's word and phrase lists (noise phrases and prefixes, button and font
// words, stamp words, metadata labels, wire agencies, caption openings...) are
// data/common/page_noise.tsv (`list<TAB>entry<TAB>language`; format in docs/ingestion.md). The
// same table is compiled into clean.cpp (PageNoise::builtin(); a test checks both agree), so
// cleaning needs no file; PageNoise::load() reads a customised file, passed through
// CleanConfig::page_noise. Errors: kIo (unreadable file), kData (unknown list or language, empty
// entry; offset = line number).
//
// Thread-safety: pure functions of their inputs; Abbreviations and PageNoise are immutable after
// loading and their builtin() tables are initialised once (thread-safe static).
#pragma once

#include <cstdint>
#include <memory>
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

/// The cleaner's word lists (see data/common/page_noise.tsv). Entries are stored lower-case,
/// with "\s" already replaced by a space.
class PageNoise {
 public:
  enum class List : std::uint8_t {
    kNoisePhrase, kNoisePrefix, kButtonWord, kFontMark, kFontWord, kFontFiller, kCountdownPolite,
    kCountdownWait, kCountdownUnit, kBullet, kSeparator, kFunctionWord, kWeekday, kMonth, kTimeZone,
    kStampFiller, kLabelEditor, kLabelAuthor, kLabelCredit, kNameParticle, kNameJoiner, kAgency,
    kPhotoWord, kCreditLineWord, kTrailingCreditWord, kCaptionPrefix,
    kCount  ///< number of lists, not a list
  };
  /// The file name of a list ("noise_phrase"); empty for kCount.
  static std::string_view list_name(List list);

  /// Parses the TSV text; `name` is used in errors (kData, offset = line number).
  static Result<PageNoise> parse(std::string_view tsv, const std::string& name);
  /// Reads and parses a file (kIo when unreadable).
  static Result<PageNoise> load(const std::string& path);
  /// The compiled-in table (same content as data/common/page_noise.tsv).
  static const PageNoise& builtin();

  /// Whether `key` (already lower-case) is an entry of `list`.
  bool contains(List list, std::string_view key) const;
  /// Whether `key` starts with an entry of `list` (plain byte prefix).
  bool has_prefix(List list, std::string_view key) const;
  /// Entries of `list`, sorted and unique.
  const std::vector<std::string>& entries(List list) const;

 private:
  std::vector<std::vector<std::string>> lists_;  // indexed by List, sorted
};

struct CleanConfig {
  /// A line with at least this many words, none ending a sentence and mostly capitalised, is a menu.
  int menu_min_words = 6;
  /// Drop sentences repeated verbatim (after whitespace folding).
  bool dedupe = true;
  /// Abbreviation table for sentence splitting; nullptr = Abbreviations::builtin(). Not owned.
  const Abbreviations* abbreviations = nullptr;
  /// Page-noise word lists; null = PageNoise::builtin(). Shared, so a config can be copied freely.
  std::shared_ptr<const PageNoise> page_noise;
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
