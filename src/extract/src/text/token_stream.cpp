// The document's token stream. Most news text is ASCII, so lower-casing and folding go byte by
// byte there and ICU sees only the tokens that need it; ids and word classes are looked up once
// per token here instead of once per rule that asks.
#include "kronik/extract/text/token_stream.h"

#include <unordered_map>

#include "kronik/core/text.h"
#include "kronik/extract/entities/gazetteer.h"

namespace kronik {

namespace {

bool all_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

char ascii_lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Per-document numbering of words the lexicons do not know.
struct UnseenWords {
  std::unordered_map<std::string, WordId> ids;
  WordId next = 0;
  WordId id(const std::string& folded) {
    if (auto it = ids.find(folded); it != ids.end()) return it->second;  // no node built for a known word
    ids.emplace(folded, next);
    return next++;
  }
};

void append_atoms(std::string_view folded, const Gazetteer& gz, std::vector<WordId>& out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i)
    if (i == folded.size() || folded[i] == ' ') {
      out.push_back(gz.word_id(folded.substr(start, i - start)));
      start = i + 1;
    }
}

std::uint8_t shape_of(const Token& t, bool ascii) {
  std::uint8_t s = t.word ? kShapeWord : kShapePunct;
  if (t.upper) s |= kShapeUpper;
  if (t.caps) s |= kShapeCaps;
  if (t.digit) s |= kShapeDigit;
  if (ascii) s |= kShapeAscii;
  return s;
}

std::uint32_t count_chars(std::string_view text, std::size_t from, std::size_t to) {
  std::uint32_t n = 0;
  for (std::size_t i = from; i < to && i < text.size(); ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

// Code-point offsets of a sentence's tokens, from one running count (`chars` code points before
// byte `at`): sentences and tokens come in text order, and one that starts before `at` is
// counted from the text start again.
void fill_chars(std::string_view text, SentenceTokens& st, std::uint32_t& chars, std::size_t& at) {
  st.chars.reserve(st.size());
  for (const Token& t : st.toks) {
    if (t.span.begin < at) chars = 0, at = 0;
    chars += count_chars(text, at, t.span.begin);
    at = t.span.begin;
    st.chars.push_back(chars);
  }
}

// Fills every array but `chars` for the tokens of one span.
SentenceTokens build_tokens(std::string_view text, ByteSpan range, const Gazetteer& gz, Language lang, UnseenWords& unseen) {
  SentenceTokens st;
  st.toks = tokenize(text, range);
  const std::size_t n = st.toks.size();
  st.folded.reserve(n);
  st.shape.reserve(n);
  st.ids.reserve(n);
  st.classes.reserve(n);
  st.atom_begin.reserve(n + 1);
  st.base_begin.reserve(n + 1);
  for (const Token& t : st.toks) {
    st.atom_begin.push_back(static_cast<std::uint32_t>(st.atom_ids.size()));
    st.base_begin.push_back(static_cast<std::uint32_t>(st.base_ids.size()));
    st.shape.push_back(shape_of(t, all_ascii(t.text)));
    if (!t.word) {
      st.folded.emplace_back();
      st.ids.push_back(kNoWord);
      st.classes.push_back(0);
      continue;
    }
    std::string f = token_fold(t.text);
    WordId id = gz.word_id(f);
    st.ids.push_back(id != kNoWord ? id : static_cast<WordId>(gz.vocabulary_size()) + unseen.id(f));
    const bool one_atom = f.find(' ') == std::string::npos;
    st.classes.push_back(one_atom ? gz.word_classes(id, lang) : gz.word_classes(f, lang));
    if (one_atom) st.atom_ids.push_back(id);  // the whole word is its one atom
    else append_atoms(f, gz, st.atom_ids);
    if (is_possessive(t)) append_atoms(base_fold(t, f), gz, st.base_ids);
    st.folded.push_back(std::move(f));
  }
  st.atom_begin.push_back(static_cast<std::uint32_t>(st.atom_ids.size()));
  st.base_begin.push_back(static_cast<std::uint32_t>(st.base_ids.size()));
  return st;
}

}  // namespace

std::string token_lower(std::string_view token) {
  if (!all_ascii(token)) return lower(token);
  std::string out(token);
  for (char& c : out) c = ascii_lower_char(c);
  return out;
}

std::string token_fold(std::string_view token) {
  if (!all_ascii(token)) return fold(token);
  // fold()'s rules for ASCII: apostrophes vanish, other non-word characters separate atoms.
  std::string out;
  out.reserve(token.size());
  bool pending_space = false;
  for (char c : token) {
    if (c == '\'') continue;
    if (!ascii_alnum(c) && c != '_') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += ascii_lower_char(c);
  }
  return out;
}

SentenceTokens SentenceTokens::build(std::string_view text, ByteSpan range, const Gazetteer& gz, Language lang) {
  UnseenWords unseen;
  SentenceTokens st = build_tokens(text, range, gz, lang, unseen);
  std::uint32_t chars = 0;
  std::size_t at = 0;
  fill_chars(text, st, chars, at);
  return st;
}

TokenStream TokenStream::build(std::string_view text, const std::vector<Sentence>& sentences, const Gazetteer& gz,
                               Language lang) {
  TokenStream ts;
  ts.language = lang;
  ts.sentences.reserve(sentences.size());
  UnseenWords unseen;
  std::uint32_t chars = 0;
  std::size_t at = 0;
  for (const Sentence& s : sentences) {
    SentenceTokens st = build_tokens(text, s.span, gz, lang, unseen);
    st.sentence = s.index;
    st.paragraph = s.paragraph;
    fill_chars(text, st, chars, at);
    ts.sentences.push_back(std::move(st));
  }
  return ts;
}

}  // namespace kronik
