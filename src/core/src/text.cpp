// UTF-8 and name-folding helpers. fold() follows the same normalisation a human (and the
// evaluation kit) applies when comparing names: case, accents, hyphens and spacing do not count.
#include "kronik/core/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdio>

namespace kronik {

namespace {

// Length of a valid UTF-8 sequence starting at s[i], or 0 when invalid.
std::size_t valid_seq(std::string_view s, std::size_t i) noexcept {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = s.size();
  auto cont = [&](std::size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogates
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = valid_seq(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

std::string repair_utf8(std::string_view s, std::size_t* replaced) {
  std::string out;
  out.reserve(s.size());
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = valid_seq(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++count;
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  if (replaced) *replaced = count;
  return out;
}

char32_t decode_utf8(std::string_view s, std::size_t& i) noexcept {
  std::size_t n = valid_seq(s, i);
  auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
  char32_t cp = 0xFFFD;
  switch (n) {
    case 1: cp = b(i); break;
    case 2: cp = ((b(i) & 0x1F) << 6) | (b(i + 1) & 0x3F); break;
    case 3: cp = ((b(i) & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F); break;
    case 4:
      cp = ((b(i) & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
      break;
    default: n = 1; break;
  }
  i += n;
  return cp;
}

std::size_t count_code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  auto emit = [&](char32_t cp) {
    if (cp == '\'' || cp == 0x2019 || cp == 0x2018) return;  // apostrophes vanish: "People's" = "Peoples"
    bool word = u_isalnum(static_cast<UChar32>(cp)) || cp == '_';
    if (!word) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    append_utf8(out, cp);
  };
  bool ascii = true;
  for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    for (char c : s) emit(static_cast<char32_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfkd->normalize(us, status) : us;
  if (U_FAILURE(status)) decomposed = us;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 cp = decomposed.char32At(i);
    i += U16_LENGTH(cp);
    if (u_charType(cp) == U_NON_SPACING_MARK) continue;  // accents
    emit(static_cast<char32_t>(u_foldCase(cp, U_FOLD_CASE_DEFAULT)));
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(decode_utf8(s, i)))));
  return out;
}

bool is_upper_initial(std::string_view word) noexcept {
  if (word.empty()) return false;
  std::size_t i = 0;
  char32_t cp = decode_utf8(word, i);
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool is_all_caps(std::string_view word) noexcept {
  int letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    auto cp = static_cast<UChar32>(decode_utf8(word, i));
    if (u_isalpha(cp)) {
      if (!u_isupper(cp)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

std::string_view trim(std::string_view s) noexcept {
  auto is_space_at_front = [](std::string_view v, std::size_t& len) {
    std::size_t i = 0;
    char32_t cp = decode_utf8(v, i);
    len = i;
    return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF;
  };
  std::size_t len = 0;
  while (!s.empty() && is_space_at_front(s, len)) s.remove_prefix(len);
  while (!s.empty()) {
    // Walk back to the start of the last code point.
    std::size_t j = s.size() - 1;
    while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
    std::size_t i = j;
    char32_t cp = decode_utf8(s, i);
    if (!(u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF)) break;
    s.remove_suffix(s.size() - j);
  }
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::uint64_t fnv1a64(std::string_view s, std::uint64_t seed) noexcept {
  std::uint64_t h = seed;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string slug(std::string_view s) {
  std::string f = fold(s);
  std::string out;
  for (char c : f) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (c == ' ' && !out.empty() && out.back() != '_') out += '_';
    else if (static_cast<unsigned char>(c) >= 0x80) out += c;  // keep non-Latin letters
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

namespace {

// Code points that change how a terminal shows what follows: C1 controls and the bidirectional
// overrides and isolates (a name could otherwise reverse the rest of the line).
bool hides_text(char32_t cp) noexcept {
  return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void append_hex_byte(std::string& out, unsigned char b) {
  static const char kHex[] = "0123456789abcdef";
  out += "\\x";
  out += kHex[b >> 4];
  out += kHex[b & 0xF];
}

}  // namespace

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = valid_seq(s, i);
    if (n == 0 || b < 0x20 || b == 0x7F) {  // invalid UTF-8, C0 control or DEL
      append_hex_byte(out, b);
      ++i;
      continue;
    }
    if (b == '\\') {
      out += "\\\\";
      ++i;
      continue;
    }
    std::size_t j = i;
    const char32_t cp = decode_utf8(s, j);
    if (hides_text(cp)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u{%x}", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

}  // namespace kronik
