// kronik/extract/text/langid.h: Indonesian / English identification from function words.
//
// Usage: LanguageGuess g = identify_language(text, gazetteer);  // g.language, g.confidence
//
// Counts words of class `stop` in data/<lang>/words.tsv over a sample, the first 20 KB of the
// text; short or mixed texts fall back to the caller's default (confidence below 0.6). The
// Extractor calls it only when the document does not declare its language.
// Thread-safety: pure function.
#pragma once

#include <string_view>

#include "kronik/core/model.h"
#include "kronik/extract/entities/gazetteer.h"

namespace kronik {

struct LanguageGuess {
  Language language = Language::kUnknown;
  double confidence = 0.0;
};

LanguageGuess identify_language(std::string_view text, const Gazetteer& gazetteer);

}  // namespace kronik
