// The syntax layer of the token stream: clitics cut into UD's syntactic words (table-driven, on
// the rules in data/*/clitics.tsv) and the annotator's trees on the bundled models. Every text
// here was written for this test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/syntax/annotate.h"
#include "kronik/extract/syntax/words.h"
#include "kronik/extract/text/token_stream.h"
#include "test_gazetteer.h"
#include "test_paths.h"

using kronik::Language;

namespace {

const kronik::CliticSplitter& splitter() {
  static auto s = kronik::CliticSplitter::load(kronik::test::data_dir());
  REQUIRE(static_cast<bool>(s));
  return s.value();
}

std::vector<std::string> pieces(const std::string& token, Language lang, bool start = false) {
  std::vector<std::uint32_t> cuts;
  const std::size_t n = splitter().split(token, lang, start, cuts);
  std::vector<std::string> out;
  for (std::size_t p = 0; p < n; ++p) out.push_back(token.substr(cuts[p], cuts[p + 1] - cuts[p]));
  return out;
}

}  // namespace

TEST_CASE("clitics: tokens cut into UD's syntactic words") {
  struct Row {
    std::string token;
    Language lang;
    bool sentence_start;
    std::vector<std::string> words;
  };
  const Language ID = Language::kIndonesian, EN = Language::kEnglish;
  const std::vector<Row> rows = {
      {"rumahnya", ID, false, {"rumah", "nya"}},
      {"kepadanya", ID, false, {"kepada", "nya"}},
      {"Rumahnya", ID, true, {"Rumah", "nya"}},       // sentence start: cut
      {"Kenya", ID, false, {"Kenya"}},                 // a capitalised name inside a sentence
      {"hanya", ID, false, {"hanya"}},                 // keep list
      {"sebelumnya", ID, false, {"sebelumnya"}},       // se-...-nya adverb
      {"akhirnya", ID, false, {"akhirnya"}},           // lexicalised adverb
      {"dianya", ID, false, {"dia", "nya"}},           // stem of three letters
      {"tanya", ID, false, {"tanya"}},
      {"inilah", ID, false, {"ini", "lah"}},           // -lah on a listed host
      {"adalah", ID, false, {"adalah"}},               // copula, not ada + lah
      {"sekolah", ID, false, {"sekolah"}},             // -lah on an unlisted stem
      {"apakah", ID, false, {"apa", "kah"}},
      {"siapapun", ID, false, {"siapa", "pun"}},
      {"meskipun", ID, false, {"meskipun"}},
      {"kata-nya", ID, false, {"kata-nya"}},
      {"Russia's", EN, false, {"Russia", "'s"}},       // apostrophe clitics cut names too
      {"Russia\u2019s", EN, false, {"Russia", "\u2019s"}},
      {"it's", EN, false, {"it", "'s"}},
      {"don't", EN, false, {"do", "n't"}},
      {"can't", EN, false, {"ca", "n't"}},
      {"Won't", EN, true, {"Wo", "n't"}},
      {"cannot", EN, false, {"can", "not"}},
      {"they'll", EN, false, {"they", "'ll"}},
      {"rumahnya", EN, false, {"rumahnya"}},           // rules are per language
      {"sanya", Language::kUnknown, false, {"sanya"}},
  };
  for (const Row& r : rows) {
    INFO(r.token);
    CHECK(pieces(r.token, r.lang, r.sentence_start) == r.words);
  }
}

TEST_CASE("clitics: a malformed rule names the file and line") {
  kronik::CliticSplitter s;
  const std::string path = std::string(kronik::test::data_dir()) + "/common/cameo.tsv";
  auto st = s.add_rules(Language::kIndonesian, path);
  REQUIRE(!st);
  CHECK(st.error().code == kronik::ErrorCode::kData);
  CHECK(st.error().document.find("cameo.tsv") != std::string::npos);
}

TEST_CASE("syntax annotator: every token has words, every sentence one tree") {
  auto an = kronik::SyntaxAnnotator::load(kronik::test::data_dir());
  REQUIRE(static_cast<bool>(an));
  struct Row {
    std::string text;
    Language lang;
    std::size_t words;  // syntactic words, clitics counted
  };
  const std::vector<Row> rows = {
      {"Menteri itu menyampaikan pesannya kepada wartawan di Bandung.", Language::kIndonesian, 10},
      {"The minister's aides didn't answer questions in Lagos.", Language::kEnglish, 11},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    REQUIRE(an.value()->has(r.lang));
    std::vector<kronik::Sentence> ss(1);
    ss[0].span = kronik::ByteSpan{0, static_cast<std::uint32_t>(r.text.size())};
    kronik::TokenStream ts = kronik::TokenStream::build(r.text, ss, kronik::test::gazetteer(), r.lang);
    an.value()->annotate(r.text, ts);
    const kronik::SentenceTokens& st = ts.sentences[0];
    const kronik::SentenceSyntax& sx = st.syntax;
    REQUIRE(sx.words.size() == r.words);
    REQUIRE(sx.first_word.size() == st.size() + 1);
    int roots = 0;
    for (std::size_t w = 0; w < sx.words.size(); ++w) {
      CHECK(sx.words[w].head <= sx.words.size());
      CHECK(sx.words[w].head != w + 1);
      CHECK(!sx.words[w].lemma.empty());
      roots += sx.words[w].head == 0;
      const kronik::ByteSpan tok = st.toks[sx.words[w].token].span;
      CHECK(sx.words[w].span.begin >= tok.begin);
      CHECK(sx.words[w].span.end <= tok.end);
    }
    CHECK(roots == 1);
    for (std::size_t k = 0; k < st.size(); ++k) CHECK(sx.word_count(k) >= 1);
    // The final full stop is punctuation whatever the model.
    CHECK(sx.words.back().upos == kronik::syntax::UPos::kPunct);
  }
}

TEST_CASE("syntax annotator: an age epithet standing for a noun phrase is a NOUN") {
  auto an = kronik::SyntaxAnnotator::load(kronik::test::data_dir());
  REQUIRE(static_cast<bool>(an));
  using kronik::syntax::DepRel;
  using kronik::syntax::UPos;
  struct Row {
    std::string text;
    std::size_t epithet;  // word index of the epithet
    UPos upos;
    DepRel rel;
    std::size_t head;  // 1-based head word
  };
  const std::vector<Row> rows = {
      // after a determiner and before a verb: the subject
      {"The 64-year-old appeared calm and rested during his long tour.", 1, UPos::kNoun, DepRel::kNsubj, 3},
      {"The seven-year-old was found safe in a barn.", 1, UPos::kNoun, DepRel::kNsubjPass, 4},
      // before its noun it stays the noun's modifier
      {"The 64-year-old bishop appeared calm.", 1, UPos::kAdj, DepRel::kAmod, 3},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    std::vector<kronik::Sentence> ss(1);
    ss[0].span = kronik::ByteSpan{0, static_cast<std::uint32_t>(r.text.size())};
    kronik::TokenStream ts = kronik::TokenStream::build(r.text, ss, kronik::test::gazetteer(), Language::kEnglish);
    an.value()->annotate(r.text, ts);
    const kronik::SentenceSyntax& sx = ts.sentences[0].syntax;
    REQUIRE(sx.words.size() > r.epithet);
    CHECK(sx.words[r.epithet].upos == r.upos);
    CHECK(sx.words[r.epithet].rel == r.rel);
    CHECK(sx.words[r.epithet].head == r.head);
  }
  CHECK(kronik::is_age_epithet("87-year-old"));
  CHECK(kronik::is_age_epithet("Seven-Years-Old"));
  CHECK_FALSE(kronik::is_age_epithet("-year-old"));
  CHECK_FALSE(kronik::is_age_epithet("four-day"));
}
