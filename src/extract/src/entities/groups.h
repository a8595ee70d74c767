// Group entities: people who act together and are no named body ("the opposition", "Syrian
// rebels", "kelompok pemberontak"), from the closed lists of data/<lang>/groups.tsv
// (Gazetteer PhraseKind::kGroup). Internal to the entities stage; docs/entities.md, "Groups".
#pragma once

#include <string_view>

#include "kronik/extract/entities/entities.h"
#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

/// Adds a group mention for every group phrase no other mention covers, when it is
///  * qualified by a country right beside it (English in front: "Syrian rebels"; Indonesian
///    after it: "pemberontak Suriah"): key `group:<group>_<iso>`, name "<demonym> <english>"
///    ("Syrian rebels" for both), the country mention becoming a modifier;
///  * definite: after "the" (English, word class `article`), or in Indonesian with a
///    classifier written in the phrase ("kelompok pemberontak") or `definite` word after it:
///    key `group:<group>`, name "<english>" ("opposition");
///  * otherwise the one group of that concept the document makes by the two rules above.
/// Keys are language-neutral: "Israeli rebels" and "pemberontak Israel" are one entity.
/// result.mentions stays in text order. Pure function of its arguments.
void add_group_mentions(std::string_view text, const TokenStream& tokens, const Gazetteer& gazetteer,
                        EntityResult& result);

}  // namespace kronik
