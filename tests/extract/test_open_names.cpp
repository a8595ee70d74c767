// Open-world names linked within a document (kronik/extract/entities/open_names.h): table-driven
// rows of a text, the tagger's spans (given here by hand, as token ranges) and the entity each
// mention must end up with. Every text here was written for this test.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/entities/open_names.h"
#include "kronik/extract/text/token_stream.h"
#include "test_gazetteer.h"
#include "test_paths.h"

using kronik::EntityType;

namespace {

// One sentence per line of `text`.
kronik::TokenStream stream_of(const std::string& text) {
  std::vector<kronik::Sentence> ss;
  std::uint32_t begin = 0;
  while (begin < text.size()) {
    std::size_t nl = text.find('\n', begin);
    if (nl == std::string::npos) nl = text.size();
    kronik::Sentence s;
    s.index = static_cast<std::uint32_t>(ss.size());
    s.span = kronik::ByteSpan{begin, static_cast<std::uint32_t>(nl)};
    ss.push_back(s);
    begin = static_cast<std::uint32_t>(nl + 1);
  }
  return kronik::TokenStream::build(text, ss, kronik::test::gazetteer(), kronik::Language::kIndonesian);
}

}  // namespace

TEST_CASE("open names: short forms, acronyms and rules first") {
  struct Row {
    std::string what;
    std::string text;
    std::vector<kronik::TaggedName> names;
    std::vector<std::pair<std::string, std::string>> mentions;  // surface -> entity key, text order
  };
  const EntityType P = EntityType::kPerson, O = EntityType::kOrganization, L = EntityType::kLocation;
  const std::vector<Row> rows = {
      {"a surname after the full name is the same person",
       "Ratna Dewi Lestari tiba pagi ini.\nLestari lalu berbicara.",
       {{0, 0, 3, P}, {1, 0, 1, P}},
       {{"Ratna Dewi Lestari", "person:ratna_dewi_lestari"}, {"Lestari", "person:ratna_dewi_lestari"}}},
      {"a surname before the full name finds it too (one candidate)",
       "Lestari tiba.\nRatna Dewi Lestari berbicara.",
       {{0, 0, 1, P}, {1, 0, 3, P}},
       {{"Lestari", "person:ratna_dewi_lestari"}, {"Ratna Dewi Lestari", "person:ratna_dewi_lestari"}}},
      {"the end of a longer name is that person; the full name is the canonical one",
       "Ratna Dewi Lestari tiba.\nDewi Lestari pergi.",
       {{0, 0, 3, P}, {1, 0, 2, P}},
       {{"Ratna Dewi Lestari", "person:ratna_dewi_lestari"}, {"Dewi Lestari", "person:ratna_dewi_lestari"}}},
      {"two persons share the surname: the last one named",
       "Budi Santoso datang.\nAni Santoso pergi.\nSantoso tertawa.",
       {{0, 0, 2, P}, {1, 0, 2, P}, {2, 0, 1, P}},
       {{"Budi Santoso", "person:budi_santoso"}, {"Ani Santoso", "person:ani_santoso"}, {"Santoso", "person:ani_santoso"}}},
      {"an acronym in brackets and alone later, even untagged",
       "Lembaga Riset Pangan Nusantara (LRPN) merilis data.\nData LRPN dikutip.",
       {{0, 0, 4, O}},
       {{"Lembaga Riset Pangan Nusantara", "name:lembaga_riset_pangan_nusantara"},
        {"LRPN", "name:lembaga_riset_pangan_nusantara"},
        {"LRPN", "name:lembaga_riset_pangan_nusantara"}}},
      {"the short form first, the name in brackets",
       "LRPN (Lembaga Riset Pangan Nusantara) merilis data.",
       {{0, 0, 1, O}, {0, 2, 6, O}},
       {{"LRPN", "name:lrpn"}, {"Lembaga Riset Pangan Nusantara", "name:lrpn"}}},
      {"a span cut before a lower-case word; a particle stays inside",
       "Yayasan Seni dan Budaya mendukung Lembaga Riset.",
       {{0, 0, 6, O}, {0, 5, 7, O}},
       {{"Yayasan Seni dan Budaya", "name:yayasan_seni_dan_budaya"}, {"Lembaga Riset", "name:lembaga_riset"}}},
      {"a sentence-initial common word is no name; digits are none",
       "Pihak Sukamaju menolak.\nKedua pihak setuju 13 kali.\nSukamaju menang.",
       {{0, 0, 2, O}, {1, 0, 1, O}, {1, 3, 4, P}, {2, 0, 1, O}},
       {{"Sukamaju", "name:sukamaju"}, {"Sukamaju", "name:sukamaju"}}},
      {"a title-case headline makes no names",
       "Warga Desa Tolak Proyek Baru\nWarga Desa Sukamaju menolak.",
       {{0, 1, 5, O}, {1, 1, 3, L}},
       {{"Desa Sukamaju", "name:desa_sukamaju"}}},
      {"a short line of capitalised words is a menu, not a name",
       "Baca Berita Sukamaju\nWarga Sukamaju menolak.",
       {{0, 1, 3, O}, {1, 1, 2, L}},
       {{"Sukamaju", "name:sukamaju"}}},
      {"punctuation trimmed, places keyed by name",
       "Warga \"Desa Sukamaju\" mengungsi.",
       {{0, 1, 5, L}},
       {{"Desa Sukamaju", "name:desa_sukamaju"}}},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    kronik::TokenStream ts = stream_of(r.text);
    kronik::EntityResult res;
    kronik::add_open_names(r.text, ts, r.names, kronik::test::gazetteer(), res);
    std::vector<std::string> got, want;
    for (const auto& m : res.mentions) got.push_back(m.surface + " = " + m.entity_key);
    for (const auto& [surface, key] : r.mentions) want.push_back(surface + " = " + key);
    CHECK(got == want);
  }
}

TEST_CASE("open names: the record's name is the longest form") {
  const std::string text = "Lestari tiba.\nRatna Dewi Lestari berbicara.";
  kronik::TokenStream ts = stream_of(text);
  kronik::EntityResult res;
  kronik::add_open_names(text, ts, {{0, 0, 1, EntityType::kPerson}, {1, 0, 3, EntityType::kPerson}},
                         kronik::test::gazetteer(), res);
  REQUIRE(res.entities.count("person:ratna_dewi_lestari") == 1);
  CHECK(res.entities["person:ratna_dewi_lestari"].name == "Ratna Dewi Lestari");
}

TEST_CASE("open names: a span the rules explained is left alone") {
  const std::string text = "Menteri Ratna Dewi berbicara.";
  kronik::TokenStream ts = stream_of(text);
  kronik::EntityResult res;
  kronik::Mention m;
  m.span = kronik::ByteSpan{8, 18};
  m.surface = "Ratna Dewi";
  m.entity_key = "person:ratna_dewi";
  m.type = EntityType::kPerson;
  res.mentions.push_back(m);
  res.entities["person:ratna_dewi"].key = "person:ratna_dewi";
  kronik::add_open_names(text, ts, {{0, 0, 3, EntityType::kPerson}}, kronik::test::gazetteer(), res);
  REQUIRE(res.mentions.size() == 1);
  CHECK(res.mentions[0].entity_key == "person:ratna_dewi");
}

TEST_CASE("open names: a name stops at a line break inside a sentence") {
  const std::string text = "Warga Desa Sukamaju\nKemarin pergi ke kota.";
  std::vector<kronik::Sentence> ss(1);
  ss[0].span = kronik::ByteSpan{0, static_cast<std::uint32_t>(text.size())};
  kronik::TokenStream ts = kronik::TokenStream::build(text, ss, kronik::test::gazetteer(), kronik::Language::kIndonesian);
  kronik::EntityResult res;
  kronik::add_open_names(text, ts, {{0, 1, 4, EntityType::kLocation}}, kronik::test::gazetteer(), res);
  REQUIRE(res.mentions.size() == 1);
  CHECK(res.mentions[0].surface == "Desa Sukamaju");
}
