// The document token stream and the phrase automaton over its ids: table-driven rows. Every text
// here was written for this test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kronik/core/text.h"
#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/text/token_stream.h"
#include "test_gazetteer.h"
#include "test_paths.h"

using kronik::ByteSpan;
using kronik::Language;
using kronik::PhraseKind;
using kronik::Sentence;
using kronik::SentenceTokens;
using kronik::TokenStream;

namespace {

std::vector<Sentence> sentences_of(const std::vector<ByteSpan>& spans) {
  std::vector<Sentence> out;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    Sentence s;
    s.index = static_cast<std::uint32_t>(i);
    s.paragraph = static_cast<std::uint32_t>(i / 2);
    s.span = spans[i];
    out.push_back(s);
  }
  return out;
}

SentenceTokens one_sentence(const std::string& text, Language lang = Language::kIndonesian) {
  return SentenceTokens::build(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, kronik::test::gazetteer(), lang);
}

}  // namespace

TEST_CASE("token stream: byte and code-point offsets, shapes") {
  using namespace kronik;
  struct Row {
    std::string text;
    std::vector<std::string> tokens;
    std::vector<std::uint32_t> bytes;  // begin of each token
    std::vector<std::uint32_t> chars;  // code-point begin of each token
    std::vector<std::uint8_t> shapes;
  };
  const std::uint8_t W = kShapeWord, U = kShapeUpper, C = kShapeCaps, D = kShapeDigit, P = kShapePunct, A = kShapeAscii;
  const std::vector<Row> rows = {
      {"Menlu RI tiba 12 Mei.", {"Menlu", "RI", "tiba", "12", "Mei", "."}, {0, 6, 9, 14, 17, 20}, {0, 6, 9, 14, 17, 20},
       {W | U | A, W | U | C | A, W | A, W | D | A, W | U | A, P | A}},
      // The final dot of "U.S." stays apart (entities put it back into the name's span).
      {"Zürich, ÉCOLE U.S. ok", {"Zürich", ",", "ÉCOLE", "U.S", ".", "ok"}, {0, 7, 9, 16, 19, 21}, {0, 6, 8, 14, 17, 19},
       {W | U, P | A, W | U | C, W | U | C | A, P | A, W | A}},
      {"Kim Jong-un’s «visit»", {"Kim", "Jong-un’s", "«", "visit", "»"}, {0, 4, 16, 18, 23}, {0, 4, 14, 15, 20},
       {W | U | A, W | U, P, W | A, P}},
      // A thousands separator joins the digit groups of one number; "3, 4" and "3,4" stay apart.
      {"Some 65,000 came.", {"Some", "65,000", "came", "."}, {0, 5, 12, 16}, {0, 5, 12, 16},
       {W | U | A, W | D | A, W | A, P | A}},
      {"Ada 2.750.000 orang", {"Ada", "2.750.000", "orang"}, {0, 4, 14}, {0, 4, 14}, {W | U | A, W | D | A, W | A}},
      {"Paid 3,125,500.", {"Paid", "3,125,500", "."}, {0, 5, 14}, {0, 5, 14}, {W | U | A, W | D | A, P | A}},
      {"Rooms 3, 4 and 3,4", {"Rooms", "3", ",", "4", "and", "3", ",", "4"}, {0, 6, 7, 9, 11, 15, 16, 17},
       {0, 6, 7, 9, 11, 15, 16, 17}, {W | U | A, W | D | A, P | A, W | D | A, W | A, W | D | A, P | A, W | D | A}},
      {"Lot 12,3456 x", {"Lot", "12", ",", "3456", "x"}, {0, 4, 6, 7, 12}, {0, 4, 6, 7, 12},
       {W | U | A, W | D | A, P | A, W | D | A, W | A}},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    SentenceTokens st = one_sentence(r.text);
    REQUIRE(st.size() == r.tokens.size());
    for (std::size_t k = 0; k < st.size(); ++k) {
      INFO("token " << k);
      CHECK(std::string(st.toks[k].text) == r.tokens[k]);
      CHECK(st.toks[k].span.begin == r.bytes[k]);
      CHECK(st.chars[k] == r.chars[k]);
      CHECK(int(st.shape[k]) == int(r.shapes[k]));
    }
  }
}

TEST_CASE("token stream: code-point offsets run across sentences") {
  const std::string text = "Dia ke Bogor. Éric tiba.";
  auto sents = sentences_of({{0, 13}, {14, 25}});
  TokenStream ts = TokenStream::build(text, sents, kronik::test::gazetteer(), Language::kIndonesian);
  REQUIRE(ts.sentences.size() == 2);
  CHECK(ts.sentences[1].sentence == 1);
  CHECK(ts.sentences[1].paragraph == 0);
  CHECK(ts.sentences[1].chars[0] == 14);  // "Éric"
  CHECK(ts.sentences[1].chars[1] == 19);  // "tiba": É is two bytes, one code point
  CHECK(ts.sentences[1].toks[1].span.begin == 20);
}

TEST_CASE("token stream: lower case and folding, ASCII and not, agree with the core functions") {
  struct Row {
    std::string token, lower, folded;
  };
  const std::vector<Row> rows = {
      {"Bertemu", "bertemu", "bertemu"},   {"KCNA", "kcna", "kcna"},
      {"People's", "people's", "peoples"}, {"Jong-un", "jong-un", "jong un"},
      {"U.S.", "u.s.", "u s"},             {"a_b", "a_b", "a_b"},
      {"Zürich", "zürich", "zurich"},      {"ÉCOLE", "école", "ecole"},
      {"Kim’s", "kim’s", "kims"},          {"İstanbul", kronik::lower("İstanbul"), kronik::fold("İstanbul")},
  };
  for (const Row& r : rows) {
    INFO(r.token);
    CHECK(kronik::token_lower(r.token) == r.lower);
    CHECK(kronik::token_fold(r.token) == r.folded);
    CHECK(kronik::token_lower(r.token) == kronik::lower(r.token));
    CHECK(kronik::token_fold(r.token) == kronik::fold(r.token));
  }
}

TEST_CASE("token stream: interned ids are stable") {
  const auto& gz = kronik::test::gazetteer();
  const std::string text = "Lavrov dan Wibowo bertemu. Wibowo dan Lavrov pulang.";
  auto sents = sentences_of({{0, 26}, {27, 52}});
  TokenStream a = TokenStream::build(text, sents, gz, Language::kIndonesian);
  TokenStream b = TokenStream::build(text, sents, gz, Language::kIndonesian);
  const auto& s0 = a.sentences[0];
  const auto& s1 = a.sentences[1];
  // Lexicon words: the load-time id, the same in every sentence and every stream.
  CHECK(s0.ids[1] == gz.word_id("dan"));
  CHECK(s0.ids[1] < gz.vocabulary_size());
  CHECK(s0.ids[0] == gz.word_id("lavrov"));
  CHECK(s1.ids[2] == s0.ids[0]);
  // Unseen words: per-document ids above the vocabulary, in order of first appearance.
  CHECK(gz.word_id("wibowo") == kronik::kNoWord);
  CHECK(s0.ids[2] >= gz.vocabulary_size());
  CHECK(s1.ids[0] == s0.ids[2]);
  CHECK(s0.ids[3] == s0.ids[2] + 1);  // "bertemu" is no lexicon atom either
  CHECK(s0.ids[4] == kronik::kNoWord);  // "."
  for (std::size_t i = 0; i < a.sentences.size(); ++i) CHECK(a.sentences[i].ids == b.sentences[i].ids);
}

TEST_CASE("token stream: word classes are bits on the token, per language") {
  const auto& gz = kronik::test::gazetteer();
  struct Row {
    const char* text;
    Language lang;
    std::size_t token;
    const char* cls;
    bool expected;
  };
  const std::vector<Row> rows = {
      {"Rusia dan Ukraina", Language::kIndonesian, 1, "coord", true},
      {"Rusia dan Ukraina", Language::kIndonesian, 1, "stop", true},
      {"Rusia dan Ukraina", Language::kIndonesian, 0, "coord", false},
      {"tiba di Jakarta", Language::kIndonesian, 1, "loc_prep", true},
      {"tiba di Jakarta", Language::kEnglish, 1, "loc_prep", false},
      {"talks in Paris", Language::kEnglish, 1, "loc_prep", true},
      {"on May 5", Language::kEnglish, 1, "calendar", true},
      {"pada Mei 2024", Language::kIndonesian, 1, "calendar", true},
      {"on May 5", Language::kEnglish, 2, "calendar", false},
  };
  for (const Row& r : rows) {
    INFO(r.text << " token " << r.token << " " << r.cls);
    const std::string text = r.text;  // the tokens view it
    SentenceTokens st = one_sentence(text, r.lang);
    CHECK(st.has_class(r.token, gz.word_class_bit(r.cls)) == r.expected);
    CHECK(gz.is_word(st.folded[r.token], r.lang, r.cls) == r.expected);
  }
  CHECK(gz.word_class_bit("no_such_class") == 0);
}

TEST_CASE("phrase automaton: longest match, overlapping names, limits, possessives") {
  const auto& gz = kronik::test::gazetteer();
  struct Row {
    const char* what;
    const char* text;
    Language lang;
    std::size_t at;
    std::size_t max_tokens;
    std::size_t tokens;  // expected length, 0 = no match
    const char* key;     // first payload's key
  };
  const std::vector<Row> rows = {
      {"longest of several", "Dewan Keamanan PBB bersidang", Language::kIndonesian, 0, 0, 3, "org:unsc"},
      {"the shorter name inside it", "Dewan Keamanan PBB bersidang", Language::kIndonesian, 2, 0, 1, "org:un"},
      {"a limit cuts the longer name", "Dewan Keamanan PBB bersidang", Language::kIndonesian, 0, 2, 0, ""},
      {"hyphen inside a token: two atoms", "Kim Jong-un tiba", Language::kIndonesian, 0, 0, 2, "person:kim_jong_un"},
      {"spaced spelling reaches the same entry", "Kim Jong Un tiba", Language::kIndonesian, 0, 0, 3, "person:kim_jong_un"},
      {"a sibling path", "Kim Jong Il wafat", Language::kIndonesian, 0, 0, 3, "person:kim_jong_il"},
      {"possessive ends the name", "Russia's position", Language::kEnglish, 0, 0, 1, "country:rus"},
      {"case-sensitive alias needs its case", "pbb naik", Language::kIndonesian, 0, 0, 0, ""},
      {"language-bound alias", "PBB said", Language::kEnglish, 0, 0, 0, ""},
      {"punctuation is no start", ", Rusia", Language::kIndonesian, 0, 0, 0, ""},
  };
  for (const Row& r : rows) {
    INFO(r.what << ": " << r.text);
    const std::string text = r.text;  // the tokens view it
    SentenceTokens st = one_sentence(text, r.lang);
    kronik::PhraseMatch m = gz.match(st, r.at, r.lang, PhraseKind::kEntity, r.max_tokens);
    CHECK(m.tokens == r.tokens);
    if (r.tokens > 0) {
      REQUIRE(!m.payloads.empty());
      CHECK(gz.entry(m.payloads.front()).key == r.key);
    }
    // The overload over bare tokens walks the same automaton.
    kronik::PhraseMatch b = gz.match(st.toks, st.folded, r.at, r.lang, PhraseKind::kEntity, r.max_tokens);
    CHECK(b.tokens == m.tokens);
    CHECK(b.payloads == m.payloads);
  }
}
