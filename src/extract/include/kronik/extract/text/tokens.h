// kronik/extract/text/tokens.h: the word tokenizer shared by entity and event recognition.
//
// Usage:
//   std::vector<Token> toks = tokenize(text, sentence.span);
//   toks[i].lower   // "bertemu"; toks[i].span points into `text`
//
// Words are runs of letters and digits with inner hyphens, apostrophes and dots between
// capitals ("Jong-un", "People's", "U.S."); every other non-space character is its own token.
// Thread-safety: pure function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"

namespace kronik {

struct Token {
  ByteSpan span;
  std::string_view text;   ///< view into the document text
  std::string lower;       ///< Unicode lower case
  bool word = false;       ///< letters/digits (false for punctuation)
  bool upper = false;      ///< starts with an upper-case letter
  bool caps = false;       ///< all capitals, >= 2 letters ("KCNA", "AS")
  bool digit = false;      ///< starts with a digit
};

std::vector<Token> tokenize(std::string_view text, ByteSpan range);

}  // namespace kronik
