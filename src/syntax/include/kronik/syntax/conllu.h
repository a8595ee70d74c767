// kronik/syntax/conllu.h: a reader for CoNLL-U treebank files (training and evaluation data).
//
// Usage:
//   auto r = kronik::syntax::read_conllu(text, "id_gsd-ud-test.conllu");
//   if (!r) { std::cerr << r.error().to_string(); return; }
//   for (const Sentence& s : r.value()) for (const Word& w : s.words) use(w.form, w.upos, w.head);
//
// Only the basic tree is read: ID, FORM, LEMMA, UPOS, HEAD and DEPREL. Multiword-token ranges
// ("3-4 ayahnya") and empty nodes ("8.1") are skipped: the words are the syntactic words of UD
// (for Indonesian "ayah" + "nya"), numbered 1..n. Comment lines give the sentence id
// ("# sent_id = ...") and are otherwise ignored; a blank line ends a sentence.
//
// Errors (kParse, offset = 1-based line number, document = `name`): a line with fewer than 10
// tab-separated columns, a word id out of sequence, an unknown UPOS tag or relation, a head
// outside 0..n. Reading stops at the first error.
//
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/syntax/ud.h"

namespace kronik::syntax {

/// One syntactic word of a treebank sentence.
struct Word {
  std::string form;
  std::string lemma;              ///< "_" when the treebank gives none
  UPos upos = UPos::kX;
  std::uint16_t head = 0;         ///< 0 = root, else 1-based index of the head word
  DepRel rel = DepRel::kNone;
};

struct Sentence {
  std::string id;                 ///< from "# sent_id = ..."; may be empty
  std::vector<Word> words;
};

/// Parses a whole CoNLL-U text. `name` labels errors.
Result<std::vector<Sentence>> read_conllu(std::string_view text, std::string_view name);

/// Reads a CoNLL-U file from disk (kIo when it cannot be read).
Result<std::vector<Sentence>> read_conllu_file(const std::string& path);

}  // namespace kronik::syntax
