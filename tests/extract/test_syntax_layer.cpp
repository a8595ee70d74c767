// The syntax layer of the token stream: clitics cut into UD's syntactic words (table-driven, on
// the rules in data/*/clitics.tsv) and the annotator's trees on the bundled models. Every text
// here was written for this test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kronik/core/text.h"
#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/syntax/annotate.h"
#include "kronik/extract/syntax/repair.h"
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

namespace {

// "head:rel" of every word, for comparing whole trees in one line.
std::string arcs(const std::vector<std::uint16_t>& head, const std::vector<kronik::syntax::DepRel>& rel) {
  std::string out;
  for (std::size_t w = 0; w < head.size(); ++w)
    out += std::to_string(head[w]) + ":" + std::string(kronik::syntax::deprel_name(rel[w])) + " ";
  return out;
}

}  // namespace

TEST_CASE("tree repairs: a clause preposition's misread noun phrase becomes the clause's subject") {
  auto repairs = kronik::TreeRepairs::load(kronik::test::data_dir());
  REQUIRE(static_cast<bool>(repairs));
  struct Row {
    std::string what;
    std::string tree;   // words "form/UPOS/head/rel[/lemma]" (head 1-based, 0 = root; lemma: the form lower-cased)
    std::string after;  // expected arcs after the repair
  };
  const std::vector<Row> rows = {
      {"'after' read as the case of the advance, the verb left as a subjectless parataxis",
       "Crowds/NOUN/2/nsubj/crowd cheered/VERB/0/root/cheer after/ADP/6/case a/DET/6/det "
       "rebel/NOUN/6/compound advance/NOUN/2/obl reached/VERB/2/parataxis/reach "
       "Tripoli/PROPN/7/obj ./PUNCT/2/punct",
       "2:nsubj 0:root 7:mark 6:det 6:compound 7:nsubj 2:advcl 7:obj 2:punct "},
      {"the noun phrase hung on the verb itself: the verb keeps its place",
       "After/ADP/3/case troops/NOUN/3/compound/troop advance/NOUN/4/obl "
       "took/VERB/7/advcl/take Kyiv/PROPN/4/obj they/PRON/7/nsubj "
       "left/VERB/0/root/leave ./PUNCT/7/punct",
       "4:mark 3:compound 4:nsubj 7:advcl 4:obj 7:nsubj 0:root 7:punct "},
      {"a phrase with its own 'by' modifier ends before the verb",
       "Crowds/NOUN/2/nsubj/crowd cheered/VERB/0/root/cheer after/ADP/5/case an/DET/5/det/a "
       "offensive/NOUN/2/obl by/ADP/7/case rebels/NOUN/5/nmod/rebel "
       "reached/VERB/2/parataxis/reach Tripoli/PROPN/8/obj",
       "2:nsubj 0:root 8:mark 5:det 8:nsubj 7:case 5:nmod 2:advcl 8:obj "},
      {"a participle before the preposition misread as the verb's clausal subject goes back as an adjunct",
       "Crowds/NOUN/2/nsubj/crowd poured/VERB/0/root/pour out/ADV/2/advmod "
       "chanting/VERB/9/csubj/chant slogans/NOUN/4/obj/slogan after/ADP/8/case "
       "rebel/NOUN/8/compound advance/NOUN/4/obl reached/VERB/2/parataxis/reach Tripoli/PROPN/9/obj",
       "2:nsubj 0:root 2:advmod 2:advcl 4:obj 9:mark 8:compound 9:nsubj 4:advcl 9:obj "},
      {"a verb with an object read as a reduced relative ending the phrase is the clause's verb",
       "Crowds/NOUN/2/nsubj/crowd cheered/VERB/0/root/cheer after/ADP/5/case an/DET/5/det/a "
       "advance/NOUN/2/obl by/ADP/7/case rebels/NOUN/5/nmod/rebel reached/VERB/7/acl/reach Tripoli/PROPN/8/obj",
       "2:nsubj 0:root 8:mark 5:det 8:nsubj 7:case 5:nmod 2:advcl 8:obj "},
      {"a reduced relative inside the phrase is no clause of the preposition",
       "Talks/NOUN/2/nsubj/talk resumed/VERB/0/root/resume after/ADP/5/case the/DET/5/det "
       "town/NOUN/2/obl captured/VERB/5/acl/capture by/ADP/8/case rebels/NOUN/6/obl/rebel",
       "2:nsubj 0:root 5:case 5:det 2:obl 5:acl 8:case 6:obl "},
      {"a verb with a subject of its own keeps it",
       "Talks/NOUN/2/nsubj/talk resumed/VERB/0/root/resume after/ADP/4/case "
       "lunch/NOUN/2/obl envoys/NOUN/6/nsubj/envoy said/VERB/2/parataxis/say",
       "2:nsubj 0:root 4:case 2:obl 6:nsubj 2:parataxis "},
      {"a gerund opens no clause with a subject",
       "Talks/NOUN/2/nsubj/talk resumed/VERB/0/root/resume after/ADP/4/case "
       "lunch/NOUN/2/obl ending/VERB/2/advcl/end early/ADV/5/advmod",
       "2:nsubj 0:root 4:case 2:obl 2:advcl 5:advmod "},
      {"a preposition that opens no clause ('during') is left alone",
       "Crowds/NOUN/2/nsubj/crowd cheered/VERB/0/root/cheer during/ADP/4/case "
       "talks/NOUN/2/obl/talk ended/VERB/2/parataxis/end",
       "2:nsubj 0:root 4:case 2:obl 2:parataxis "},
      {"the sentence's root is no clause of a preposition",
       "After/ADP/2/case talks/NOUN/3/obl/talk ended/VERB/0/root/end",
       "2:case 3:obl 0:root "},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    std::vector<std::string_view> forms;
    std::vector<kronik::syntax::UPos> upos;
    std::vector<std::uint16_t> head;
    std::vector<kronik::syntax::DepRel> rel;
    std::vector<std::string> lemma;
    const std::vector<std::string_view> words = kronik::split(r.tree, ' ');
    for (std::string_view w : words) {
      const std::vector<std::string_view> c = kronik::split(w, '/');
      REQUIRE(c.size() >= 4);
      forms.push_back(c[0]);
      upos.push_back(kronik::syntax::parse_upos(c[1]).value());
      head.push_back(static_cast<std::uint16_t>(std::stoi(std::string(c[2]))));
      rel.push_back(kronik::syntax::parse_deprel(c[3]).value());
      lemma.push_back(c.size() > 4 ? std::string(c[4]) : kronik::ascii_lower(c[0]));
    }
    repairs.value().apply(Language::kEnglish, forms, upos, head, rel, lemma);
    CHECK(arcs(head, rel) == r.after);
  }
}

TEST_CASE("tree repairs: the annotator repairs what the model misreads") {
  auto an = kronik::SyntaxAnnotator::load(kronik::test::data_dir());
  REQUIRE(static_cast<bool>(an));
  const std::string text =
      "Crowds poured into the streets on Sunday after a sudden rebel advance reached the capital of Zambia, "
      "putting an end to the family's rule.";
  std::vector<kronik::Sentence> ss(1);
  ss[0].span = kronik::ByteSpan{0, static_cast<std::uint32_t>(text.size())};
  kronik::TokenStream ts = kronik::TokenStream::build(text, ss, kronik::test::gazetteer(), Language::kEnglish);
  an.value()->annotate(text, ts);
  const kronik::SentenceSyntax& sx = ts.sentences[0].syntax;
  auto word = [&](std::string_view form) {
    for (std::size_t w = 0; w < sx.words.size(); ++w)
      if (text.substr(sx.words[w].span.begin, sx.words[w].span.end - sx.words[w].span.begin) == form) return w;
    FAIL("no word " << form);
    return std::size_t{0};
  };
  const std::size_t reached = word("reached"), advance = word("advance"), after = word("after");
  CHECK(sx.words[advance].head == reached + 1);
  CHECK(sx.words[advance].rel == kronik::syntax::DepRel::kNsubj);
  CHECK(sx.words[after].head == reached + 1);
  CHECK(sx.words[after].rel == kronik::syntax::DepRel::kMark);
  CHECK(sx.words[reached].rel == kronik::syntax::DepRel::kAdvcl);
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
