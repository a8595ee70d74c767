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
kronik::TokenStream stream_of(const std::string& text, kronik::Language lang = kronik::Language::kIndonesian) {
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
  return kronik::TokenStream::build(text, ss, kronik::test::gazetteer(), lang);
}

// A mention the rules (entities.cpp) made before the linker runs, with its record.
void rule_mention(kronik::EntityResult& res, const std::string& text, kronik::ByteSpan span, const std::string& key,
                  EntityType type, const char* via) {
  kronik::Mention m;
  m.span = span;
  m.surface = text.substr(span.begin, span.size());
  m.entity_key = key;
  m.type = type;
  m.via = via;
  res.mentions.push_back(m);
  auto& r = res.entities[key];
  r.key = key;
  r.name = m.surface;
  r.type = type;
  ++r.mentions;
}

}  // namespace

TEST_CASE("open names: short forms, acronyms and rules first") {
  struct Row {
    std::string what;
    std::string text;
    std::vector<kronik::TaggedName> names;
    std::vector<std::pair<std::string, std::string>> mentions;  // surface -> entity key, text order
    kronik::Language lang = kronik::Language::kIndonesian;
  };
  const kronik::Language EN = kronik::Language::kEnglish;
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
      {"a glued Arabic article continues the name the tagger cut short; the family name alone later",
       "Abu Karim al-Rashidi tiba.\nIa bertemu Rashidi.",
       {{0, 0, 2, P}, {1, 2, 3, P}},
       {{"Abu Karim al-Rashidi", "person:abu_karim_al_rashidi"}, {"Rashidi", "person:abu_karim_al_rashidi"}}},
      {"a head word alone is the place named before with that head",
       "Warga berkumpul di Masjid Raya Sukamaju.\nSetelah itu Masjid ditutup.",
       {{0, 3, 6, L}, {1, 2, 3, L}},
       {{"Masjid Raya Sukamaju", "name:masjid_raya_sukamaju"}, {"Masjid", "name:masjid_raya_sukamaju"}}},
      {"a head word alone before two places with that head is its own name",
       "Warga menunggu di Gereja.\nGereja Katedral Sukamaju dan Gereja Santo Yosef dibuka.",
       {{0, 3, 4, L}, {1, 0, 3, L}, {1, 4, 7, L}},
       {{"Gereja", "name:gereja"}, {"Gereja Katedral Sukamaju", "name:gereja_katedral_sukamaju"},
        {"Gereja Santo Yosef", "name:gereja_santo_yosef"}}},
      {"a patronymic continues the name (English)",
       "Envoy Hamad bin Khalid arrived.",
       {{0, 1, 2, P}},
       {{"Hamad bin Khalid", "person:hamad_bin_khalid"}},
       EN},
      {"a hyphenated Korean given name after the family name",
       "Seok Dong-hyeon said the talks failed.",
       {{0, 0, 1, P}},
       {{"Seok Dong-hyeon", "person:seok_dong_hyeon"}},
       EN},
      {"an acronym in brackets after the name's tail: linked by its initials",
       "Kantor Investigasi Korupsi untuk Pejabat Tinggi (KIK) memanggil saksi.",
       {{0, 0, 3, O}, {0, 7, 8, O}},
       {{"Kantor Investigasi Korupsi", "name:kantor_investigasi_korupsi"}, {"KIK", "name:kantor_investigasi_korupsi"}}},
      {"an acronym by its initials, hyphenated words counted (English)",
       "The Anti-Graft Review Office opened a case.\nThe AGRO chief left.",
       {{0, 1, 4, O}, {1, 1, 2, O}},
       {{"Anti-Graft Review Office", "name:anti_graft_review_office"}, {"AGRO", "name:anti_graft_review_office"}},
       EN},
      {"a place written in full, then shorter: one place",
       "Gereja Santo Yosef Bandung dibuka.\nWarga datang ke Gereja Santo Yosef.",
       {{0, 0, 4, L}, {1, 3, 6, L}},
       {{"Gereja Santo Yosef Bandung", "name:gereja_santo_yosef_bandung"},
        {"Gereja Santo Yosef", "name:gereja_santo_yosef_bandung"}}},
      {"a capital after a question mark inside a quote is the sentence's",
       "\"Mengapa? Maksud saya begitu,\" katanya.",
       {{0, 3, 4, O}},
       {}},
      {"a piece of a head phrase is no name",
       "Jepang melalui Kementerian Luar Negeri menegaskan posisinya.",
       {{0, 3, 5, O}},
       {}},
      {"a plural demonym is the people, a group",
       "Hundreds of Indonesians queued outside.",
       {{0, 2, 3, P}},
       {{"Indonesians", "group:indonesians"}},
       EN},
      {"a quoted name is the whole quoted phrase",
       "He named it the \xE2\x80\x9CRed and White Cabinet,\xE2\x80\x9D on Sunday.",
       {{0, 7, 9, O}},
       {{"Red and White Cabinet", "name:red_and_white_cabinet"}},
       EN},
      {"a title word alone is no name",
       "Imam memimpin doa bersama Suster.\nThe Imam spoke.",
       {{0, 0, 1, P}, {1, 1, 2, P}},
       {}},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    kronik::TokenStream ts = stream_of(r.text, r.lang);
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

TEST_CASE("open names: what the rules found first") {
  struct Row {
    std::string what;
    std::string text;
    kronik::ByteSpan rule_span;  // one mention the rules made
    std::string rule_key;
    EntityType rule_type;
    const char* via;
    std::vector<kronik::TaggedName> names;
    std::vector<std::string> mentions;  // "surface = key", text order
  };
  const EntityType P = EntityType::kPerson, O = EntityType::kOrganization;
  const std::vector<Row> rows = {
      {"a span the rules explained is left alone", "Menteri Ratna Dewi berbicara.", {8, 18}, "person:ratna_dewi", P,
       "title", {{0, 0, 3, P}}, {"Ratna Dewi = person:ratna_dewi"}},
      // "pemimpin Rashidi" (the rules' new person) and "Abu Karim al-Rashidi" (the tagger's) are one.
      {"a family name a title rule made a person joins the full name",
       "Pemimpin Rashidi tiba.\nAbu Karim al-Rashidi berbicara.", {9, 16}, "person:rashidi", P, "title",
       {{1, 0, 4, P}},
       {"Rashidi = person:abu_karim_al_rashidi", "Abu Karim al-Rashidi = person:abu_karim_al_rashidi"}},
      // The rules read "Kementerian ... Budi Santoso" as one ministry; the tagger names Budi later.
      {"a head noun's run ends where a person the document names begins",
       "Juru bicara Kementerian Urusan Pelabuhan Sungai Budi Santoso berbicara.\nBudi menjelaskan.", {12, 60},
       "name:kementerian_urusan_pelabuhan_sungai_budi_santoso", O, "head", {{1, 0, 1, P}},
       {"Kementerian Urusan Pelabuhan Sungai = name:kementerian_urusan_pelabuhan_sungai",
        "Budi Santoso = person:budi_santoso", "Budi = person:budi_santoso"}},
      // A place head swallows the same way ("Imam Masjid ... Budi Santoso").
      {"a place head's run ends where a person the document names begins",
       "Imam Masjid Raya Sabilal Budi Santoso berbicara.\nBudi menjelaskan.", {5, 37},
       "name:masjid_raya_sabilal_budi_santoso", EntityType::kLocation, "head", {{1, 0, 1, P}},
       {"Masjid Raya Sabilal = name:masjid_raya_sabilal", "Budi Santoso = person:budi_santoso",
        "Budi = person:budi_santoso"}},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    kronik::TokenStream ts = stream_of(r.text);
    kronik::EntityResult res;
    rule_mention(res, r.text, r.rule_span, r.rule_key, r.rule_type, r.via);
    kronik::add_open_names(r.text, ts, r.names, kronik::test::gazetteer(), res);
    std::vector<std::string> got;
    for (const auto& m : res.mentions) got.push_back(m.surface + " = " + m.entity_key);
    CHECK(got == r.mentions);
    if (r.rule_key == "person:rashidi") CHECK(res.entities.count("person:rashidi") == 0);
  }
}

TEST_CASE("groups: plural agent nouns of data/<lang>/groups.tsv are group entities") {
  struct Row {
    std::string what;
    kronik::Language lang;
    std::string text;
    std::vector<std::string> groups;  // "surface = key (name)", text order
  };
  const kronik::Language ID = kronik::Language::kIndonesian, EN = kronik::Language::kEnglish;
  const std::vector<Row> rows = {
      {"a country in front qualifies an English group", EN, "Libyan rebels seized the port.",
       {"rebels = group:rebels_lby (Libyan rebels)"}},
      {"a country after it qualifies an Indonesian group: the same key and name", ID,
       "Pemberontak Libya merebut pelabuhan itu.", {"Pemberontak = group:rebels_lby (Libyan rebels)"}},
      {"a classifier is written in the Indonesian phrase", ID, "Kelompok pemberontak Libya merebut pelabuhan.",
       {"Kelompok pemberontak = group:rebels_lby (Libyan rebels)"}},
      {"alone after a definite article", EN, "The minister accused the opposition of lying.",
       {"opposition = group:opposition (opposition)"}},
      {"adjectives may stand between the article and the noun", EN, "He blamed the left-leaning opposition.",
       {"opposition = group:opposition (opposition)"}},
      {"Indonesian: with a classifier, or a determiner after it", ID,
       "Kubu oposisi menolak rencana itu.\nOposisi itu menolak lagi.",
       {"Kubu oposisi = group:opposition (opposition)", "Oposisi = group:opposition (opposition)"}},
      {"a bare group noun without article or qualifier is nobody", EN, "Rebels seized the port.", {}},
      {"... unless the document makes one group of that concept", EN,
       "Libyan rebels seized the port.\nRebel groups then entered the city.",
       {"rebels = group:rebels_lby (Libyan rebels)", "Rebel groups = group:rebels_lby (Libyan rebels)"}},
      {"armed opposition is rebels", EN, "Libyan opposition forces seized the port.",
       {"opposition forces = group:rebels_lby (Libyan rebels)"}},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    kronik::TokenStream ts = stream_of(r.text, r.lang);
    std::vector<kronik::Sentence> ss;
    for (const auto& st : ts.sentences) {
      kronik::Sentence s;
      s.index = st.sentence;
      s.span = {st.toks.front().span.begin, st.toks.back().span.end};
      ss.push_back(s);
    }
    kronik::EntityRecognizer rec(kronik::test::shared_gazetteer());
    kronik::EntityResult res = rec.recognize(r.text, ss, ts, kronik::TimeValue{});
    kronik::add_open_names(r.text, ts, {}, kronik::test::gazetteer(), res);
    std::vector<std::string> got;
    for (const auto& m : res.mentions)
      if (m.type == EntityType::kGroup) got.push_back(m.surface + " = " + m.entity_key + " (" + res.entities[m.entity_key].name + ")");
    CHECK(got == r.groups);
    // The qualifying country is the group's modifier, no party of its own.
    for (const auto& m : res.mentions)
      if (m.type == EntityType::kCountry && !r.groups.empty() && r.groups.front().find("_lby") != std::string::npos) CHECK(m.modifier);
  }
}
