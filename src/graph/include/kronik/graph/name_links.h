// kronik/graph/name_links.h: one entity per real person or organisation across documents and
// languages (data/common/org_heads.tsv).
//
// Usage:
//   auto words = NameWords::load(data_dir + "/common/org_heads.tsv");
//   if (!words) { /* words.error(): file and line */ }
//   MergeConfig cfg;
//   cfg.name_words = std::make_shared<const NameWords>(std::move(words.value()));
//
// Documents name one entity differently: an Indonesian article writes "Partai Demokrat" or
// "Majelis Nasional" where an English one writes "Democratic Party" or "National Assembly", an
// article gives the full name "Yoon Suk Yeol" and another only "Yoon". KnowledgeGraph::build()
// links such records (name keys only: gazetteer entities already share one key):
//   - an organisation whose words, translated through the table (generic heads such as
//     Partai/Party, Majelis/Assembly, Kementerian/Ministry, and function words to drop) and
//     spelled in one loanword orthography (c/k, -tion/-si, -ic/-ik), are the same set as exactly
//     one other organisation's;
//   - a one-word person name that is the first or last word of exactly one longer person name of
//     the run (Korean and Chinese names put the family name first, others last).
// The linked record's key, name and aliases join the other's (aliases: every surface form), and
// events name the kept key. Which key is kept: a gazetteer record, else the longer name, else
// the record with more mentions, else the smaller key, so the result does not depend on input
// order. Format of the table and rules: docs/merge.md.
//
// Thread-safety: immutable after load; share it freely.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "kronik/core/error.h"

namespace kronik {

class NameWords {
 public:
  enum class Kind : unsigned char { kHead, kWord, kDrop };

  /// No words: organisation names link only when their words are spelled alike.
  NameWords() = default;

  /// Reads the table (`word<TAB>english<TAB>kind`, kind head, word or drop); kData error naming
  /// the file and line on a malformed row.
  static Result<NameWords> load(const std::string& path);
  /// The same from text (`name` is used in errors).
  static Result<NameWords> parse(std::string_view tsv, const std::string& name);

  /// The English word a (lower-case) word translates to and its kind; null when not listed.
  const std::pair<std::string, Kind>* find(std::string_view word) const;

 private:
  std::map<std::string, std::pair<std::string, Kind>, std::less<>> rows_;
};

}  // namespace kronik
