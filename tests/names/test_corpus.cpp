// Corpus readers: two-column BIO (IndoNLU) and GUM entity annotations.
#include <catch2/catch.hpp>

#include "kronik/names/corpus.h"

using namespace kronik::names;

namespace {

const TypeMap kGrit = {{"PERSON", NameType::kPer}, {"PLACE", NameType::kLoc}, {"FOOD", std::nullopt}};

std::vector<std::string> tag_names(const NamedSentence& s) {
  std::vector<std::string> out;
  for (NameTag t : s.tags) out.emplace_back(tag_name(t));
  return out;
}

}  // namespace

TEST_CASE("BIO columns: sentences, mapped types, dropped types", "[names][corpus]") {
  const auto r = read_bio_columns("Ani\tB-PERSON\nmakan\tO\nnasi\tB-FOOD\ngoreng\tI-FOOD\n\r\ndi\tO\nBogor\tB-PLACE\n", "t.txt", kGrit);
  REQUIRE(r.ok());
  REQUIRE(r.value().size() == 2);
  CHECK(r.value()[0].words == std::vector<std::string>{"Ani", "makan", "nasi", "goreng"});
  CHECK(tag_names(r.value()[0]) == std::vector<std::string>{"B-PER", "O", "O", "O"});
  CHECK(tag_names(r.value()[1]) == std::vector<std::string>{"O", "B-LOC"});
  CHECK(r.value()[0].hints.empty());
}

TEST_CASE("BIO columns: an I- after a different type becomes B-", "[names][corpus]") {
  const auto r = read_bio_columns("Kota\tB-FOOD\nBogor\tI-PLACE\n", "t.txt", kGrit);
  REQUIRE(r.ok());
  CHECK(tag_names(r.value()[0]) == std::vector<std::string>{"O", "B-LOC"});
}

TEST_CASE("BIO columns: errors name the file and line", "[names][corpus]") {
  struct Row {
    const char* text;
    std::size_t line;
  };
  const Row rows[] = {{"Ani\tB-PERSON\nBudi\tB-ANIMAL\n", 2}, {"Ani\n", 1}, {"Ani\tX-PERSON\n", 1}};
  for (const auto& row : rows) {
    const auto r = read_bio_columns(row.text, "bad.txt", kGrit);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == kronik::ErrorCode::kParse);
    CHECK(r.error().document == "bad.txt");
    CHECK(r.error().offset == row.line);
  }
}

TEST_CASE("GUM: named mentions, outermost, trimmed; pronouns and common nouns are not names", "[names][corpus]") {
  // "The Ford Foundation gave his sister money in Ohio ." with invented entity annotations.
  const char* text =
      "# sent_id = x-1\n"
      "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-organization-new-x-cf1-3-coref-Ford_Foundation\n"
      "2\tFord\tFord\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(2-person-new-x-cf2-1-sgl-Henry_Ford)\n"
      "3\tFoundation\tFoundation\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)\n"
      "4\tgave\tgive\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\this\this\tPRON\tPRP$\t_\t6\tnmod:poss\t_\tEntity=(3-person-new-x-cf3-1-sgl-Henry_Ford)(4-person-new-x-cf4-2-sgl\n"
      "6\tsister\tsister\tNOUN\tNN\t_\t4\tiobj\t_\tEntity=4)\n"
      "7\tmoney\tmoney\tNOUN\tNN\t_\t4\tobj\t_\tEntity=(5-object-new-x-cf5-1-sgl)\n"
      "8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tOhio\tOhio\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=(6-place-new-x-cf6-1-sgl-Ohio)\n"
      "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
      "\n"
      "1-2\tWe're\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
      "2\t're\tbe\tAUX\tVBP\t_\t3\taux\t_\t_\n"
      "3\there\there\tADV\tRB\t_\t0\troot\t_\t_\n";
  const auto r = read_gum_entities(text, "gum.conllu");
  REQUIRE(r.ok());
  REQUIRE(r.value().size() == 2);
  CHECK(tag_names(r.value()[0]) ==
        std::vector<std::string>{"O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-LOC", "O"});
  CHECK(r.value()[1].words == std::vector<std::string>{"We", "'re", "here"});
  const auto bad = read_gum_entities("1\tx\n", "bad.conllu");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().offset == 1);
}
