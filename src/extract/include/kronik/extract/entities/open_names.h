// kronik/extract/entities/open_names.h: names found by a statistical tagger, made entities and
// linked within their document.
//
// Usage (after EntityRecognizer::recognize, which finds gazetteer names and titled names):
//   std::vector<TaggedName> names = ...;            // from the name tagger, token ranges per sentence
//   add_open_names(text, tokens, names, gazetteer, result);   // the recognizer's EntityResult
//
// What it decides (docs/entities.md, "Open-world names"):
//   * A tagged name that overlaps a mention the rules already made is left to the rules: the
//     gazetteer knows more (QID, offices) than a tagger.
//   * What a name looks like: capitalised words, name particles (word class `name_particle` of
//     data/*/words.tsv: "bin", "of") only inside, no other lower-case word (the span is cut
//     before it), not only digits, not a title-case headline; a capitalised word that opens
//     the sentence and is a function word or written in lower case elsewhere in the document
//     is not a name ("Kedua", "Pihak"). Punctuation at either end is trimmed.
//   * Persons: a one-word name ("Umar") is the person of the document whose full name ends or
//     starts with it: the last one named before it, else the only one named anywhere; a full
//     name seen again is the same person. Keys "person:<slug>" as for titled names.
//   * Organisations and places: "name:<slug>" keys. A short capitalised form in brackets right
//     after the name, or the name in brackets right after the short form, is its acronym or
//     abbreviation ("Komisi Pemberantasan Korupsi (KPK)", "KPK (Komisi ...)"): one entity, and
//     the short form alone later in the document is a mention of it even where the tagger
//     missed it. An acronym whose letters are the initials of a name of the document ("CIO" of
//     "Corruption Investigation Office for ...") is that name too (one candidate only).
//   * Arabic and Malay particles ("bin", "al-Rashidi") and a hyphenated Korean given name continue
//     a name the tagger cut short; a quoted organisation is the whole quoted phrase; a title word
//     alone, a piece of a head or title phrase, a plural demonym ("Indonesians": a group) is no
//     person.
//   * It also edits what the rules made, within the document: a one-word person a title rule
//     created joins the one full name that starts or ends with it; a non-person name contained
//     in exactly one longer name of the same type joins it; a head noun's run that swallowed a
//     person named elsewhere in the document ("Kementerian ... Budi Santoso") is cut there.
//   * Last, group nouns of data/<lang>/groups.tsv become group entities ("the opposition",
//     "Syrian rebels" = "pemberontak Suriah": docs/entities.md, "Groups"; entities/groups.cpp).
// New mentions have via = "tagger" (or "acronym", "demonym", "group"); result.mentions stays in text order.
//
// Thread-safety: pure function of its arguments.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/extract/entities/entities.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

/// One name the tagger found: tokens [begin, end) of sentence `sentence` of the stream.
struct TaggedName {
  std::uint32_t sentence = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  EntityType type = EntityType::kUnknown;  ///< kPerson, kOrganization or kLocation
};

/// Adds mentions and entity records for `names` to `result` (see the file comment).
void add_open_names(std::string_view text, const TokenStream& tokens, const std::vector<TaggedName>& names,
                    const Gazetteer& gazetteer, EntityResult& result);

}  // namespace kronik
