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
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// "80,000", "1,250,000", "80.000": a thousands separator joins a number's digit groups into one
// token, as UD EWT and GSD write them, so the parser sees one numeral and not "80" "," "000".
// `sofar` is the token up to the separator; the group after it is three digits and no more
// ("3,4" and "3, 4" stay apart).
bool thousands_group(std::string_view sofar, std::string_view text, std::size_t j, std::size_t end) {
  if (sofar.empty()) return false;
  for (char c : sofar)
    if (!ascii_digit(c) && c != ',' && c != '.') return false;
  if (j + 3 > end || !ascii_digit(text[j]) || !ascii_digit(text[j + 1]) || !ascii_digit(text[j + 2])) return false;
  if (j + 3 == end) return true;
  std::size_t k = j + 3;
  return !is_word_cp(next_cp(text, k));
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
        if ((c == ',' || c == '.') && thousands_group(text.substr(start, i - start), text, j, end)) {
          i = j + 3;
          continue;
        }
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
