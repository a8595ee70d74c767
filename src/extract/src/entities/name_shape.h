// Shapes of names shared by the rule scan (entities.cpp) and the open-world linker
// (open_names.cpp): what may stand inside a name though it is written in lower case, and where a
// name cannot run on.
#pragma once

#include <string_view>

#include "kronik/extract/text/token_stream.h"

namespace kronik {

/// A patronymic between two given names, written in lower case: "Mohammed bin Salman",
/// "Siti binti Ahmad", "Ahmad ibn Hanbal".
inline bool patronymic_particle(const Token& t) {
  return t.word && !t.upper && (t.lower == "bin" || t.lower == "binti" || t.lower == "bint" || t.lower == "ibn");
}

/// An Arabic article glued to a capitalised family name: "al-Rashidi", "el-Masri", "ash-Shami".
/// (Written with a capital, "Al-Fahad" is a capitalised word anyway.)
inline bool glued_article_name(const Token& t) {
  if (!t.word || t.upper) return false;
  const std::string_view s = t.text;
  for (std::string_view a : {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"})
    if (s.size() > a.size() && s.compare(0, a.size(), a) == 0) return s[a.size()] >= 'A' && s[a.size()] <= 'Z';
  return false;
}

/// An Arabic article written apart before a family name: "Al Rashidi", "El Masri". It is part of
/// the family name, not a given name.
inline bool article_word(const Token& t) { return t.word && (t.lower == "al" || t.lower == "el"); }

/// A Korean given name written with a hyphen: "Dong-hyeon", "Duck-soo", "Jong-un".
inline bool hyphenated_given_name(const Token& t) {
  if (!t.word || !t.upper) return false;
  const std::size_t h = t.text.find('-');
  return h != std::string_view::npos && h + 1 < t.text.size() && t.text[h + 1] >= 'a' && t.text[h + 1] <= 'z';
}

/// Tokens [k, end) that continue a name after token k-1: a glued article name (1 token) or a
/// patronymic with the capitalised name after it (2 tokens); 0 when none.
inline std::size_t name_continuation(const SentenceTokens& st, std::size_t k) {
  if (k >= st.size()) return 0;
  if (glued_article_name(st.toks[k])) return 1;
  if (patronymic_particle(st.toks[k]) && k + 1 < st.size() && st.toks[k + 1].word && st.toks[k + 1].upper) return 2;
  return 0;
}

/// True when a line break stands between token k-1 and token k: a name never runs across lines
/// (the segmenter may join a line without a final stop to the next one).
inline bool line_break_before(std::string_view text, const SentenceTokens& st, std::size_t k) {
  if (k == 0 || k >= st.size()) return false;
  const std::uint32_t from = st.toks[k - 1].span.end, to = st.toks[k].span.begin;
  return to > from && text.substr(from, to - from).find('\n') != std::string_view::npos;
}

/// The statistical tagger starts a person's name at token k ("Kementerian Koordinator ... *Budi*
/// Santoso"): a run of capitalised words typed by a head noun ends there.
inline bool tagger_starts_person(const SentenceTokens& st, std::size_t k) {
  return k < st.names.size() && st.names[k] == names::NameTag::kBPer;
}

}  // namespace kronik
