// The UD label tables and the CoNLL-U reader (hand-written fixture tests/data/syntax/mini.conllu).
#include <catch2/catch.hpp>

#include "kronik/syntax/conllu.h"
#include "test_paths.h"

using namespace kronik::syntax;

TEST_CASE("every UD label name parses back to its id", "[syntax][ud]") {
  for (int i = 0; i < kUPosCount; ++i) CHECK(parse_upos(upos_name(static_cast<UPos>(i))) == static_cast<UPos>(i));
  for (int i = 1; i < kDepRelCount; ++i) CHECK(parse_deprel(deprel_name(static_cast<DepRel>(i))) == static_cast<DepRel>(i));
  struct Row {
    const char* name;
    std::optional<DepRel> parsed;
    DepRel base;
  };
  const Row rows[] = {{"obl:agent", DepRel::kOblAgent, DepRel::kObl},   {"nmod:poss", DepRel::kNmodPoss, DepRel::kNmod},
                      {"compound:prt", DepRel::kCompoundPrt, DepRel::kCompound}, {"flat:name", DepRel::kFlatName, DepRel::kFlat},
                      {"nsubj", DepRel::kNsubj, DepRel::kNsubj},         {"obl:xyz", DepRel::kObl, DepRel::kObl},
                      {"subject", std::nullopt, DepRel::kNone},          {"xyz:poss", std::nullopt, DepRel::kNone}};
  for (const auto& r : rows) {
    INFO(r.name);
    CHECK(parse_deprel(r.name) == r.parsed);
    if (r.parsed) CHECK(base_relation(*r.parsed) == r.base);
  }
  CHECK_FALSE(parse_upos("NOUNS"));
}

TEST_CASE("the CoNLL-U reader keeps syntactic words and skips ranges and empty nodes", "[syntax][conllu]") {
  auto r = read_conllu_file(kronik::test::test_data_dir() + "/syntax/mini.conllu");
  REQUIRE(r.ok());
  const auto& s = r.value();
  REQUIRE(s.size() == 2);
  CHECK(s[0].id == "mini-1");
  struct Row {
    std::size_t sentence, word;
    const char* form;
    UPos upos;
    unsigned head;
    DepRel rel;
  };
  const Row rows[] = {{0, 0, "Menteri", UPos::kNoun, 3, DepRel::kNsubj},  {0, 1, "nya", UPos::kPron, 1, DepRel::kNmodPoss},
                      {0, 2, "datang", UPos::kVerb, 0, DepRel::kRoot},    {0, 4, "mobil", UPos::kNoun, 3, DepRel::kObl},
                      {1, 1, "stopped", UPos::kVerb, 0, DepRel::kRoot},   {1, 2, "work", UPos::kNoun, 2, DepRel::kObj},
                      {1, 3, "today", UPos::kNoun, 2, DepRel::kObl}};
  CHECK(s[0].words.size() == 6);
  CHECK(s[1].words.size() == 4);
  for (const auto& row : rows) {
    const Word& w = s[row.sentence].words[row.word];
    INFO(row.form);
    CHECK(w.form == row.form);
    CHECK(w.upos == row.upos);
    CHECK(w.head == row.head);
    CHECK(w.rel == row.rel);
  }
  CHECK(s[0].words[0].lemma == "menteri");
}

TEST_CASE("malformed CoNLL-U is an error naming the line", "[syntax][conllu]") {
  struct Row {
    const char* text;
    std::uint64_t line;
    const char* message_part;
  };
  const Row rows[] = {
      {"1\ta\ta\tNOUN\t_\t_\t0\troot\t_\n", 1, "10 tab-separated"},
      {"# c\n1\ta\ta\tNOUN\t_\t_\t0\troot\t_\t_\n3\tb\tb\tNOUN\t_\t_\t1\tnmod\t_\t_\n", 3, "out of sequence"},
      {"1\ta\ta\tNOUNS\t_\t_\t0\troot\t_\t_\n", 1, "UPOS"},
      {"1\ta\ta\tNOUN\t_\t_\t0\tsubject\t_\t_\n", 1, "relation"},
      {"1\ta\ta\tNOUN\t_\t_\t0\troot\t_\t_\n2\tb\tb\tNOUN\t_\t_\t7\tnmod\t_\t_\n\n", 2, "outside"},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    auto result = read_conllu(r.text, "bad.conllu");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == kronik::ErrorCode::kParse);
    CHECK(result.error().document == "bad.conllu");
    CHECK(result.error().offset == r.line);
    CHECK(result.error().message.find(r.message_part) != std::string::npos);
  }
  CHECK(read_conllu_file("/nonexistent/x.conllu").error().code == kronik::ErrorCode::kIo);
}
