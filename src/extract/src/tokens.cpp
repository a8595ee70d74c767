#include "kronik/extract/tokens.h"

#include <unicode/uchar.h>

#include "kronik/core/text.h"

namespace kronik {

namespace {
bool is_word_cp(char32_t cp) { return u_isalnum(static_cast<UChar32>(cp)) || u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK; }
bool is_space_cp(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF || cp == 0x200B; }
}  // namespace

std::vector<Token> tokenize(std::string_view text, ByteSpan range) {
  std::vector<Token> out;
  std::size_t i = range.begin;
  const std::size_t end = std::min<std::size_t>(range.end, text.size());
  while (i < end) {
    std::size_t start = i;
    char32_t cp = decode_utf8(text, i);
    if (is_space_cp(cp)) continue;
    Token t;
    if (is_word_cp(cp)) {
      // Extend over word characters and inner joiners followed by a word character.
      while (i < end) {
        std::size_t j = i;
        char32_t c = decode_utf8(text, j);
        if (is_word_cp(c)) {
          i = j;
          continue;
        }
        bool joiner = c == '-' || c == '\'' || c == 0x2019 || c == 0x2010 || c == 0x2011;
        // "U.S." / "a.n.": a dot between single letters stays inside the word.
        bool dot = c == '.' && j < end && i - start <= 2;
        if ((joiner || dot) && j < end) {
          std::size_t k = j;
          char32_t n = decode_utf8(text, k);
          if (is_word_cp(n)) {
            i = k;
            continue;
          }
          if (dot) {  // trailing dot of an abbreviation "U.S." when the token already has a dot
            std::string_view sofar = text.substr(start, i - start);
            if (sofar.find('.') != std::string_view::npos) i = j;
          }
        }
        break;
      }
      t.word = true;
    }
    t.span = ByteSpan{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i)};
    t.text = text.substr(start, i - start);
    t.lower = lower(t.text);
    if (t.word) {
      std::size_t k = 0;
      char32_t first = decode_utf8(t.text, k);
      t.upper = u_isupper(static_cast<UChar32>(first)) || u_istitle(static_cast<UChar32>(first));
      t.digit = u_isdigit(static_cast<UChar32>(first));
      t.caps = is_all_caps(t.text);
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace kronik
