#include "kronik/extract/text/tokens.h"

#include <unicode/uchar.h>

#include "kronik/core/text.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

namespace {
// ASCII first: the ICU properties agree with these for code points below 0x80.
bool is_word_cp(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return u_isalnum(static_cast<UChar32>(cp)) || u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}
bool is_space_cp(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF || cp == 0x200B;
}
char32_t next_cp(std::string_view text, std::size_t& i) {
  auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  return decode_utf8(text, i);
}
bool upper_cp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool all_caps(std::string_view w) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) return is_all_caps(w);
  int letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}
bool digit_cp(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit(static_cast<UChar32>(cp));
}
}  // namespace

std::vector<Token> tokenize(std::string_view text, ByteSpan range) {
  std::vector<Token> out;
  std::size_t i = range.begin;
  const std::size_t end = std::min<std::size_t>(range.end, text.size());
  if (i < end) out.reserve((end - i) / 5 + 2);  // about one token per five bytes of news text
  while (i < end) {
    std::size_t start = i;
    char32_t cp = next_cp(text, i);
    if (is_space_cp(cp)) continue;
    Token t;
    if (is_word_cp(cp)) {
      // Extend over word characters and inner joiners followed by a word character.
      while (i < end) {
        std::size_t j = i;
        char32_t c = next_cp(text, j);
        if (is_word_cp(c)) {
          i = j;
          continue;
        }
        bool joiner = c == '-' || c == '\'' || c == 0x2019 || c == 0x2010 || c == 0x2011;
        // "U.S." / "a.n.": a dot between single letters stays inside the word.
        bool dot = c == '.' && j < end && i - start <= 2;
        if ((joiner || dot) && j < end) {
          std::size_t k = j;
          char32_t n = next_cp(text, k);
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
    t.lower = token_lower(t.text);
    if (t.word) {
      std::size_t k = 0;
      char32_t first = next_cp(t.text, k);
      t.upper = upper_cp(first);
      t.digit = digit_cp(first);
      t.caps = all_caps(t.text);
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace kronik
