// kronik/names/corpus.h: readers for the named-entity corpora the models are trained on.
//
// Usage:
//   // IndoNLU NER-Grit: "word<TAB>B-PERSON" lines, a blank line between sentences.
//   auto r = read_bio_columns(text, "train_preprocess.txt",
//                             {{"PERSON", NameType::kPer}, {"PLACE", NameType::kLoc}, {"ORGANISATION", NameType::kOrg}});
//   // GUM (CoNLL-U with Entity= annotations in MISC):
//   auto g = read_gum_entities(conllu_text, "GUM_news_warhol.conllu");
//
// read_bio_columns: each non-blank line is a word, a TAB (or spaces) and a BIO tag "O", "B-X" or
// "I-X". X is looked up in `types`: a type mapped to nullopt is read as O (a type the models do
// not learn, e.g. NER-P's food-and-beverage names), an X not listed is an error.
//
// read_gum_entities: a *named* mention is an entity mention whose head word (the word of the
// mention whose syntactic head lies outside it) is a PROPN. Its type: person -> PER, place ->
// LOC, organization -> ORG, object/event/abstract -> MISC; other types (time, quantity, ...)
// are not names. The name is the run of name-like words (PROPN or capitalised) around the head,
// with connectors ("of", "for", "the", "de", "von", ...) between them: "the United States" gives
// "United States", "Brahms and the critic Eduard Hanslick" gives "Brahms". Overlapping names:
// the longest wins ("Andy Warhol Foundation" over "Andy Warhol").
// Multiword-token lines and empty nodes are skipped (words are syntactic words).
//
// Errors: kParse with offset = 1-based line number and document = `name`. Sentences come back
// with empty hints (the caller adds them).
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/names/train.h"

namespace kronik::names {

using TypeMap = std::vector<std::pair<std::string, std::optional<NameType>>>;

Result<std::vector<NamedSentence>> read_bio_columns(std::string_view text, std::string_view name, const TypeMap& types);

Result<std::vector<NamedSentence>> read_gum_entities(std::string_view text, std::string_view name);

}  // namespace kronik::names
