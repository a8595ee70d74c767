// Hints for training and evaluation data, computed from kronik's own lexicons the way the
// pipeline knows them: gazetteer membership (data/common/gazetteer, docs/gazetteer.md) and
// "follows a title" (data/<language>/titles.tsv).
//
// This is a small, independent matcher for the training tool only (kronik_names must not
// depend on kronik_extract's gazetteer). It follows the gazetteer's rules: fold()-insensitive
// matching, longest match first, `=` exact-case aliases, `@lang` restrictions, capitalised aliases
// only on capitalised text. In an uncased corpus (`cased` false) the case rules are skipped and
// exact-case aliases (short all-caps abbreviations) are not matched.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/names/train.h"

namespace kronik::names::tools {

class HintSource {
 public:
  /// Reads data_dir/common/gazetteer/*.tsv (entity files) and data_dir/<language>/titles.tsv.
  static Result<HintSource> load(const std::string& data_dir, const std::string& language);

  /// Fills s.hints (one per word).
  void annotate(NamedSentence& s, bool cased) const;

  std::size_t aliases() const noexcept { return alias_count_; }

 private:
  struct Alias {
    std::vector<std::string> pieces;  ///< fold()ed, split at spaces
    std::string exact;                ///< non-empty: the alias must be spelled exactly so
    std::uint8_t bit = 0;             ///< kGazPerson / kGazOrg / kGazLoc
    bool capitalised = false;
  };
  struct Piece {
    std::string folded;
    std::size_t word = 0;
    bool word_start = false, word_end = false;
  };

  Status read_entities(const std::string& path, const std::string& language);
  Status read_titles(const std::string& path);
  /// Longest alias match starting at piece p (number of pieces, 0 for none); ORs the bits.
  std::size_t longest_match(const std::vector<Piece>& pieces, std::size_t p, const NamedSentence& s, bool cased,
                            std::uint8_t& bits) const;
  bool alias_fits(const Alias& a, const std::vector<Piece>& pieces, std::size_t p, const NamedSentence& s, bool cased) const;
  void mark_titles(NamedSentence& s) const;

  std::unordered_map<std::string, std::vector<Alias>> by_first_piece_;
  std::unordered_set<std::string> titles_;  ///< fold()ed titles
  std::size_t longest_title_ = 1;
  std::size_t alias_count_ = 0;
};

}  // namespace kronik::names::tools
