// kronik/extract/syntax/repair.h: narrow repairs of dependency trees after parsing.
//
// Usage:
//   auto repairs = TreeRepairs::load(data_dir).value();        // data/<lang>/tree_repairs.tsv
//   model.analyse(forms, upos, head, rel, lemma);               // heads 1-based, 0 = root
//   repairs.apply(Language::kEnglish, forms, upos, head, rel, lemma);
//
// Each repair undoes one parser error that is known to lose events and is recognisable from the
// tree alone; it changes nothing when its pattern is absent. The repairs (rows of the file):
//   clause_preposition <word>   "after a rebel advance reached the city": when the noun phrase of
//       such a preposition (obl/nmod) is directly followed by an inflected verb with no subject,
//       no auxiliary and no subordinator of its own, the noun becomes the verb's nsubj, the
//       preposition its mark (SCONJ), and the verb an advcl where the noun was attached. A
//       participle before the preposition that the parser made the verb's clausal subject
//       ("poured into the streets chanting slogans after ...") goes back to the verb's old head
//       as an advcl. The verb may also have been read as a reduced relative (acl) ending the
//       noun phrase ("after an advance by rebels reached Tripoli"): with a direct object, which a
//       noun-modifying participle never takes, it is the clause's verb all the same.
//
// Sentences of more than 256 words (lists, tables) are left as parsed.
//
// Thread-safety: a loaded TreeRepairs is immutable; apply() is const and reentrant.
// Errors: load() returns kData naming the file and line for an unknown kind; a language without
// a tree_repairs.tsv gets no repairs.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/syntax/ud.h"

namespace kronik {

class TreeRepairs {
 public:
  /// Reads data_dir/<lang>/tree_repairs.tsv for every language that has one.
  static Result<TreeRepairs> load(const std::string& data_dir);
  /// Adds the rows of one file for `lang` (tests, front ends).
  Status add_rules(Language lang, const std::string& path);

  /// Repairs one sentence's tree in place; all spans have the sentence's length.
  void apply(Language lang, std::span<const std::string_view> forms, std::span<syntax::UPos> upos,
             std::span<std::uint16_t> head, std::span<syntax::DepRel> rel, std::span<const std::string> lemma) const;

 private:
  struct Rules {
    std::unordered_set<std::string> clause_prepositions;
  };
  const Rules* rules(Language lang) const noexcept;
  Rules en_, id_;
};

}  // namespace kronik
