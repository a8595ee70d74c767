// Entity recognition: table-driven rows {text, language, publication date, expected mentions}.
// Every sentence here was written for this test. A row lists *every* mention the recogniser must
// return (surface, entity key, type, flags); extra or missing mentions fail the row, so the rows
// also check that sentence-initial capitals, headline case and lower-case words make no names.
//
// Flags: "met" = metonym (a city or seat standing for its country), "mod" = modifier (a country
// qualifying a title or name), "@office" = the office given by a title in front of the name.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "kronik/extract/text/clean.h"
#include "kronik/extract/entities/entities.h"
#include "kronik/extract/entities/gazetteer.h"
#include "test_gazetteer.h"
#include "test_paths.h"

using kronik::EntityType;
using kronik::Language;

namespace {

constexpr Language ID = Language::kIndonesian;
constexpr Language EN = Language::kEnglish;

struct Exp {
  std::string surface;
  std::string key;
  char type;          // P person, C country, L location, O organization, G group
  std::string flags;  // "met", "mod", "@office", space-separated
};

struct Row {
  const char* what;
  Language lang;
  const char* date;  // publication date, "" = unknown
  std::string text;
  std::vector<Exp> expected;
  bool headline = false;  // the first sentence is a headline
};

char type_char(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return 'P';
    case EntityType::kCountry: return 'C';
    case EntityType::kLocation: return 'L';
    case EntityType::kOrganization: return 'O';
    case EntityType::kGroup: return 'G';
    case EntityType::kUnknown: break;
  }
  return '?';
}

std::string describe(const std::string& surface, const std::string& key, char type, const std::string& flags) {
  return surface + " -> " + key + " " + type + (flags.empty() ? "" : " [" + flags + "]");
}

std::string flags_of(const kronik::Mention& m) {
  std::vector<std::string> f;
  if (m.metonym) f.emplace_back("met");
  if (m.modifier) f.emplace_back("mod");
  if (!m.office.empty()) f.push_back("@" + m.office);
  std::string out;
  for (const auto& s : f) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::string normal_flags(const std::string& flags) {
  std::vector<std::string> f;
  std::istringstream in(flags);
  for (std::string w; in >> w;) f.push_back(w);
  std::sort(f.begin(), f.end(), [](const std::string& a, const std::string& b) {
    auto rank = [](const std::string& s) { return s == "met" ? 0 : s == "mod" ? 1 : 2; };
    return rank(a) < rank(b);
  });
  std::string out;
  for (const auto& s : f) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::shared_ptr<const kronik::Gazetteer> gazetteer() { return kronik::test::shared_gazetteer(); }

kronik::EntityResult run(const std::string& text, Language lang, const char* date, bool headline = false) {
  std::vector<kronik::Sentence> sentences;
  std::uint32_t n = 0;
  for (kronik::ByteSpan sp : kronik::split_sentences(text, kronik::ByteSpan{0, static_cast<std::uint32_t>(text.size())})) {
    kronik::Sentence s;
    s.index = n;
    s.span = sp;
    s.role = headline && n == 0 ? kronik::SentenceRole::kHeadline : kronik::SentenceRole::kBody;
    sentences.push_back(s);
    ++n;
  }
  kronik::TimeValue published;
  if (*date)
    if (auto v = kronik::TimeValue::parse_iso(date)) published = *v;
  kronik::EntityRecognizer rec(gazetteer());
  return rec.recognize(text, sentences, lang, published);
}

// clang-format off
const std::vector<Row>& rows() {
  static const std::vector<Row> kRows = {
    // ---- gazetteer names, transliteration variants, hyphens and diacritics ----
    {"id full name + place after di", ID, "2024-06-19",
     "Sergey Lavrov tiba di Pyongyang pada Rabu pagi.",
     {{"Sergey Lavrov", "person:sergey_lavrov", 'P', ""}, {"Pyongyang", "city:pyongyang", 'L', ""}}},
    {"id variant Sergei", ID, "2024-06-19",
     "Rombongan Sergei Lavrov disambut di bandara.",
     {{"Sergei Lavrov", "person:sergey_lavrov", 'P', ""}}},
    {"id hyphenated Kim Jong-un", ID, "2024-06-19",
     "Kim Jong-un menjamu tamunya dengan makan malam.",
     {{"Kim Jong-un", "person:kim_jong_un", 'P', ""}}},
    {"en spaced Kim Jong Un", EN, "2024-06-19",
     "Kim Jong Un inspected a munitions factory on Tuesday.",
     {{"Kim Jong Un", "person:kim_jong_un", 'P', ""}}},
    {"id Choe Son-hui", ID, "2025-07-12",
     "Pernyataan Choe Son-hui dimuat media pemerintah.",
     {{"Choe Son-hui", "person:choe_son_hui", 'P', ""}}},
    {"en Choi Son Hui", EN, "2025-07-12",
     "Choi Son Hui held talks in the capital.",
     {{"Choi Son Hui", "person:choe_son_hui", 'P', ""}}},
    {"variants merge into one entity", ID, "2025-07-12",
     "Choe Son Hui berbicara lebih dulu. Setelah itu Choi Son-hui menjawab pertanyaan.",
     {{"Choe Son Hui", "person:choe_son_hui", 'P', ""}, {"Choi Son-hui", "person:choe_son_hui", 'P', ""}}},
    {"diacritics written", ID, "2020-01-10",
     "Nguyễn Phú Trọng menerima kunjungan Recep Tayyip Erdoğan.",
     {{"Nguyễn Phú Trọng", "person:nguyen_phu_trong", 'P', ""},
      {"Recep Tayyip Erdoğan", "person:recep_tayyip_erdogan", 'P', ""}}},
    {"diacritics dropped", EN, "2020-01-10",
     "Nguyen Phu Trong and Tayyip Erdogan spoke by phone.",
     {{"Nguyen Phu Trong", "person:nguyen_phu_trong", 'P', ""},
      {"Tayyip Erdogan", "person:recep_tayyip_erdogan", 'P', ""}}},
    {"city with accent dropped", EN, "2022-03-01",
     "The delegation flew on to Bogota.",
     {{"Bogota", "city:bogota", 'L', ""}}},
    {"hyphenated region name", ID, "2023-11-02",
     "Kerja sama kawasan Asia-Pasifik dibahas panjang.",
     {{"Asia-Pasifik", "loc:asia_pacific", 'L', ""}}},
    {"upper-case text", ID, "2024-06-19",
     "Kunjungan SERGEY LAVROV berlangsung dua hari.",
     {{"SERGEY LAVROV", "person:sergey_lavrov", 'P', ""}}},

    // ---- case-sensitive abbreviations ----
    {"id AS is the United States", ID, "2024-02-01",
     "Pejabat AS menolak rencana tersebut.",
     {{"AS", "country:usa", 'C', ""}}},
    {"id lower-case as is a word", ID, "2024-02-01",
     "Mekanik itu mengganti as roda truk.",
     {}},
    {"en as never matches", EN, "2024-02-01",
     "Lavrov served as foreign minister for two decades.",
     {{"Lavrov", "person:sergey_lavrov", 'P', ""}}},
    {"en AS is not the country in English", EN, "2024-02-01",
     "Students sat their AS exams in June.",
     {}},
    {"en US vs us", EN, "2024-02-01",
     "The US will not join us, she said.",
     {{"US", "country:usa", 'C', ""}}},
    {"id PBB", ID, "2024-02-01",
     "Sidang itu digelar di markas PBB.",
     {{"PBB", "org:un", 'O', ""}}},

    // ---- titles before names ----
    {"id foreign minister with country", ID, "2024-06-19",
     "Menteri Luar Negeri Jepang Yoko Kamikawa menilai perundingan cukup maju.",
     {{"Jepang", "country:jpn", 'C', "mod"}, {"Yoko Kamikawa", "person:yoko_kamikawa", 'P', "@foreign_minister"}}},
    {"id president with country", ID, "2024-06-19",
     "Presiden Rusia Vladimir Putin menyambut tamunya di Kremlin.",
     {{"Rusia", "country:rus", 'C', "mod"}, {"Vladimir Putin", "person:vladimir_putin", 'P', "@head_of_state"},
      {"Kremlin", "place:kremlin", 'L', ""}}},
    {"id spokesperson title", ID, "2024-06-19",
     "Sementara itu, juru bicara Kremlin Dmitry Peskov menolak berkomentar.",
     {{"Dmitry Peskov", "person:dmitry_peskov", 'P', "@spokesperson"}}},
    {"en title before name", EN, "2024-06-19",
     "Foreign Minister Sergei Lavrov said the visit was a success.",
     {{"Sergei Lavrov", "person:sergey_lavrov", 'P', "@foreign_minister"}}},
    {"id honorific before name", ID, "2024-06-19",
     "Dalam pidatonya, Kamerad Kim Jong Un memuji para pekerja.",
     {{"Kim Jong Un", "person:kim_jong_un", 'P', ""}}},
    {"id role title before a known name", ID, "2024-06-19",
     "Upacara itu turut disaksikan Pemimpin Iran Ali Khamenei.",
     {{"Iran", "country:irn", 'C', "mod"}, {"Ali Khamenei", "person:ali_khamenei", 'P', "@leader"}}},

    // ---- role references resolved through offices.tsv by date ----
    {"id Menlu Rusia 2023", ID, "2023-05-01",
     "Menlu Rusia mengatakan hal itu kepada wartawan.",
     {{"Rusia", "country:rus", 'C', "mod"}, {"Menlu Rusia", "person:sergey_lavrov", 'P', "@foreign_minister"}}},
    {"id Presiden AS 2019", ID, "2019-03-01",
     "Presiden AS menelepon Presiden Korea Selatan pada malam hari.",
     {{"AS", "country:usa", 'C', "mod"}, {"Presiden AS", "person:donald_trump", 'P', "@head_of_state"},
      {"Korea Selatan", "country:kor", 'C', "mod"}, {"Presiden Korea Selatan", "person:moon_jae_in", 'P', "@head_of_state"}}},
    {"id Presiden AS 2023", ID, "2023-03-01",
     "Presiden AS menelepon Presiden Korea Selatan pada malam hari.",
     {{"AS", "country:usa", 'C', "mod"}, {"Presiden AS", "person:joe_biden", 'P', "@head_of_state"},
      {"Korea Selatan", "country:kor", 'C', "mod"}, {"Presiden Korea Selatan", "person:yoon_suk_yeol", 'P', "@head_of_state"}}},
    {"id role reference at sentence end", ID, "2025-03-01",
     "Surat itu ditujukan kepada Menteri Pertahanan Rusia.",
     {{"Rusia", "country:rus", 'C', "mod"}, {"Menteri Pertahanan Rusia", "person:andrei_belousov", 'P', "@defence_minister"}}},
    {"id role reference before the handover", ID, "2023-03-01",
     "Surat itu ditujukan kepada Menteri Pertahanan Rusia.",
     {{"Rusia", "country:rus", 'C', "mod"}, {"Menteri Pertahanan Rusia", "person:sergei_shoigu", 'P', "@defence_minister"}}},
    {"id leader -> supreme leader 2025", ID, "2025-07-12",
     "Pemimpin Korea Utara menerima surat dari Moskow.",
     {{"Korea Utara", "country:prk", 'C', "mod"}, {"Pemimpin Korea Utara", "person:kim_jong_un", 'P', "@leader"},
      {"Moskow", "city:moscow", 'L', ""}}},
    {"id leader -> supreme leader 2005", ID, "2005-07-12",
     "Pemimpin Korea Utara menerima surat dari Moskow.",
     {{"Korea Utara", "country:prk", 'C', "mod"}, {"Pemimpin Korea Utara", "person:kim_jong_il", 'P', "@leader"},
      {"Moskow", "city:moscow", 'L', ""}}},
    {"role reference with unknown date is the current holder", ID, "",
     "Menlu Korea Utara berangkat ke Moskow.",
     {{"Korea Utara", "country:prk", 'C', "mod"}, {"Menlu Korea Utara", "person:choe_son_hui", 'P', "@foreign_minister"},
      {"Moskow", "city:moscow", 'L', ""}}},
    {"no holder: title without country makes nothing", ID, "2025-03-01",
     "Presiden mengadakan rapat terbatas di istana.",
     {}},

    // ---- short forms ----
    {"id short form after full name", ID, "2024-06-19",
     "Sergey Lavrov tiba di Pyongyang. Lavrov akan bertemu Choe Son Hui.",
     {{"Sergey Lavrov", "person:sergey_lavrov", 'P', ""}, {"Pyongyang", "city:pyongyang", 'L', ""},
      {"Lavrov", "person:sergey_lavrov", 'P', ""}, {"Choe Son Hui", "person:choe_son_hui", 'P', ""}}},
    {"family-name-first short form", ID, "2024-06-19",
     "Kim Jong Un menyambut tamunya. Kim lalu memberikan pidato.",
     {{"Kim Jong Un", "person:kim_jong_un", 'P', ""}, {"Kim", "person:kim_jong_un", 'P', ""}}},
    {"Choe short form", ID, "2025-07-12",
     "Menlu Korut Choe Son Hui hadir. Choe menyebut negaranya siap.",
     {{"Korut", "country:prk", 'C', "mod"}, {"Choe Son Hui", "person:choe_son_hui", 'P', "@foreign_minister"},
      {"Choe", "person:choe_son_hui", 'P', ""}}},
    {"short form alone: the one person in office", ID, "2024-06-19",
     "Lavrov menyebut sanksi itu tidak sah.",
     {{"Lavrov", "person:sergey_lavrov", 'P', ""}}},
    {"short form alone before the term: nothing", ID, "2001-06-19",
     "Lavrov menyebut sanksi itu tidak sah.",
     {}},
    {"short form after a title", ID, "2024-06-19",
     "Presiden Putin dan Menlu Lavrov menerima delegasi itu.",
     {{"Putin", "person:vladimir_putin", 'P', "@head_of_state"}, {"Lavrov", "person:sergey_lavrov", 'P', "@foreign_minister"}}},
    {"Pemimpin Kim without earlier full name 2025", ID, "2025-07-12",
     "Pemimpin Kim memeriksa kapal perang baru.",
     {{"Kim", "person:kim_jong_un", 'P', "@leader"}}},
    {"Pemimpin Kim in 2005 is the father", ID, "2005-07-12",
     "Pemimpin Kim memeriksa pabrik baja.",
     {{"Kim", "person:kim_jong_il", 'P', "@leader"}}},
    {"short form in a headline linked to the body", ID, "2025-07-12",
     "Kim Sambut Lavrov di Wonsan\nPemimpin Korut Kim Jong Un menjamu Menlu Rusia Sergey Lavrov.",
     {{"Kim", "person:kim_jong_un", 'P', ""}, {"Lavrov", "person:sergey_lavrov", 'P', ""}, {"Wonsan", "city:wonsan", 'L', ""},
      {"Korut", "country:prk", 'C', "mod"}, {"Kim Jong Un", "person:kim_jong_un", 'P', "@leader"},
      {"Rusia", "country:rus", 'C', "mod"}, {"Sergey Lavrov", "person:sergey_lavrov", 'P', "@foreign_minister"}},
     true},
    {"en short form", EN, "2023-09-13",
     "Vladimir Putin hosted the talks. Putin later toured the site.",
     {{"Vladimir Putin", "person:vladimir_putin", 'P', ""}, {"Putin", "person:vladimir_putin", 'P', ""}}},

    // ---- false-merge guard ----
    {"three Kims stay apart", ID, "2011-12-01",
     "Kim Jong Il, Kim Jong Un dan Kim Yo Jong menghadiri parade.",
     {{"Kim Jong Il", "person:kim_jong_il", 'P', ""}, {"Kim Jong Un", "person:kim_jong_un", 'P', ""},
      {"Kim Yo Jong", "person:kim_yo_jong", 'P', ""}}},
    {"bare Kim goes to the Kim just named", ID, "2024-08-01",
     "Pernyataan itu dibacakan Kim Yo Jong. Kim menyebut latihan itu provokatif.",
     {{"Kim Yo Jong", "person:kim_yo_jong", 'P', ""}, {"Kim", "person:kim_yo_jong", 'P', ""}}},
    {"bare Kim in 2005 is not Kim Jong Un", ID, "2005-03-01",
     "Kim menerima utusan khusus dari Beijing.",
     {{"Kim", "person:kim_jong_il", 'P', ""}, {"Beijing", "city:beijing", 'L', ""}}},
    {"bare Kim with two Kims in office: nothing", ID, "2025-09-01",
     "Kim menerima utusan khusus itu.",
     {}},
    {"son named with the father's surname", EN, "2023-06-01",
     "Joe Biden spoke first. Later, his son Hunter Biden left the building.",
     {{"Joe Biden", "person:joe_biden", 'P', ""}, {"Hunter Biden", "person:hunter_biden", 'P', ""}}},
    {"noun before an Indonesian given name is no given name", ID, "2024-11-09",
     "Prabowo Subianto melantik menteri. Kabinet Prabowo mulai bekerja.",
     {{"Prabowo Subianto", "person:prabowo_subianto", 'P', ""}, {"Prabowo", "person:prabowo_subianto", 'P', ""}}},
    {"derived noun before a family name is no given name", ID, "2024-11-09",
     "Vladimir Putin berpidato. Kebijakan Pemerintahan Putin tidak berubah.",
     {{"Vladimir Putin", "person:vladimir_putin", 'P', ""}, {"Putin", "person:vladimir_putin", 'P', ""}}},
    {"day name before a family name is no given name", EN, "2024-11-09",
     "Vladimir Putin spoke. By Monday Putin had left.",
     {{"Vladimir Putin", "person:vladimir_putin", 'P', ""}, {"Putin", "person:vladimir_putin", 'P', ""}}},
    {"surname after the full name", EN, "2023-06-01",
     "Joe Biden spoke first. Biden then left the building.",
     {{"Joe Biden", "person:joe_biden", 'P', ""}, {"Biden", "person:joe_biden", 'P', ""}}},
    {"capitalised noun at a line start is no given name", ID, "2024-06-19",
     "Sergey Lavrov tiba di Wonsan dalam kunjungan resmi\nKunjungan Lavrov berlangsung dua hari.",
     {{"Sergey Lavrov", "person:sergey_lavrov", 'P', ""}, {"Wonsan", "city:wonsan", 'L', ""},
      {"Lavrov", "person:sergey_lavrov", 'P', ""}}},
    {"government head + family name is the person", ID, "2025-07-12",
     "Kim Jong Un menerima surat itu. Pemerintah Kim berjanji membantu.",
     {{"Kim Jong Un", "person:kim_jong_un", 'P', ""}, {"Kim", "person:kim_jong_un", 'P', ""}}},
    {"short form that is a month", EN, "2018-05-01",
     "The summit was moved to May 5.",
     {}},
    {"month after a preposition", EN, "2018-05-01",
     "Parliament voted in May on the deal.",
     {}},
    {"short form after a time preposition is still a person", ID, "2024-11-09",
     "Kesepakatan itu diteken saat Prabowo berada di Beijing.",
     {{"Prabowo", "person:prabowo_subianto", 'P', ""}, {"Beijing", "city:beijing", 'L', ""}}},
    {"en possessive short form after during", EN, "2024-06-19",
     "Vladimir Putin arrived. The deal was signed during Putin's visit.",
     {{"Vladimir Putin", "person:vladimir_putin", 'P', ""}, {"Putin", "person:vladimir_putin", 'P', ""}}},

    // ---- metonymy ----
    {"capital speaks", ID, "2024-06-19",
     "Moskow mengatakan langkah itu provokatif.",
     {{"Moskow", "country:rus", 'C', "met"}}},
    {"capital as a place", ID, "2024-06-19",
     "Delegasi itu tiba di Moskow kemarin.",
     {{"Moskow", "city:moscow", 'L', ""}}},
    {"capital sends troops", ID, "2024-11-01",
     "Pyongyang memasok ratusan peluru ke Rusia.",
     {{"Pyongyang", "country:prk", 'C', "met"}, {"Rusia", "country:rus", 'C', ""}}},
    {"capital after a speech verb", ID, "2024-11-01",
     "Rencana itu tidak realistis, kata Seoul.",
     {{"Seoul", "country:kor", 'C', "met"}}},
    {"en according to a capital", EN, "2024-11-01",
     "The drills were defensive, according to Seoul.",
     {{"Seoul", "country:kor", 'C', "met"}}},
    {"menurut a capital", ID, "2024-11-01",
     "Menurut Moskow, latihan itu bersifat defensif.",
     {{"Moskow", "country:rus", 'C', "met"}}},
    {"two coordinated capitals act", ID, "2024-11-01",
     "Washington dan Seoul menggelar latihan bersama.",
     {{"Washington", "country:usa", 'C', "met"}, {"Seoul", "country:kor", 'C', "met"}}},
    {"capital addressed", ID, "2024-11-01",
     "Sanksi baru itu ditujukan kepada Pyongyang.",
     {{"Pyongyang", "country:prk", 'C', "met"}}},
    {"place after locative, verb of another subject", ID, "2024-11-01",
     "Pertemuan di Beijing berakhir tanpa kesepakatan.",
     {{"Beijing", "city:beijing", 'L', ""}}},
    {"en Kremlin said", EN, "2024-11-01",
     "The Kremlin said the talks were useful.",
     {{"Kremlin", "country:rus", 'C', "met"}}},
    {"en in Moscow is the city", EN, "2024-11-01",
     "Putin spoke to reporters in Moscow.",
     {{"Putin", "person:vladimir_putin", 'P', ""}, {"Moscow", "city:moscow", 'L', ""}}},
    {"en capital has denied", EN, "2024-11-01",
     "Beijing has denied the report.",
     {{"Beijing", "country:chn", 'C', "met"}}},
    {"en in Beijing, verb of another subject", EN, "2024-11-01",
     "Talks in Beijing ended without a deal.",
     {{"Beijing", "city:beijing", 'L', ""}}},

    // ---- head nouns ----
    {"region head with a gazetteer name", ID, "2024-11-01",
     "Pertempuran berlanjut di Wilayah Kursk.",
     {{"Wilayah Kursk", "city:kursk", 'L', ""}}},
    {"lower-case region word", ID, "2024-11-01",
     "Pertempuran berlanjut di wilayah Kursk.",
     {{"Kursk", "city:kursk", 'L', ""}}},
    {"region head with a name outside the gazetteer", ID, "2024-11-01",
     "Banjir melanda Provinsi Sumatra Tengah Raya.",
     {{"Provinsi Sumatra Tengah Raya", "name:provinsi_sumatra_tengah_raya", 'L', ""}}},
    {"ministry named in full", ID, "2024-11-01",
     "Kementerian Luar Negeri Rusia memanggil duta besar itu.",
     {{"Kementerian Luar Negeri Rusia", "org:mfa_rus", 'O', ""}}},
    {"ministry of a country without a gazetteer row", ID, "2024-11-01",
     "Kementerian Luar Negeri Iran mengecam serangan itu.",
     {{"Kementerian Luar Negeri Iran", "org:mfa_irn", 'O', ""}}},
    {"bare ministry after the minister", ID, "2024-11-01",
     "Menlu Lavrov tiba lebih dulu. Kementerian Luar Negeri kemudian merilis pernyataan.",
     {{"Lavrov", "person:sergey_lavrov", 'P', "@foreign_minister"}, {"Kementerian Luar Negeri", "org:mfa_rus", 'O', ""}}},
    {"bare ministry in Indonesian with the Indonesian minister named is Indonesia's", ID, "2024-04-18",
     "Menlu Retno Marsudi menerima Menlu China Wang Yi. Kementerian Luar Negeri merilis foto pertemuan.",
     {{"Retno Marsudi", "person:retno_marsudi", 'P', "@foreign_minister"}, {"China", "country:chn", 'C', "mod"},
      {"Wang Yi", "person:wang_yi", 'P', "@foreign_minister"}, {"Kementerian Luar Negeri", "org:mfa_idn", 'O', ""}}},
    {"bare abbreviation listed in the gazetteer keeps its entity", ID, "2024-04-18",
     "Menlu Lavrov tiba di Jakarta. Kemlu mengeluarkan imbauan perjalanan.",
     {{"Lavrov", "person:sergey_lavrov", 'P', "@foreign_minister"}, {"Jakarta", "city:jakarta", 'L', ""},
      {"Kemlu", "org:mfa_idn", 'O', ""}}},
    {"bare ministry with no country known: nothing", ID, "2024-11-01",
     "Kementerian Luar Negeri kemudian merilis pernyataan.",
     {}},
    {"troops of a country stand for it", ID, "2024-11-01",
     "Pasukan Ukraina mundur dari wilayah Kursk.",
     {{"Pasukan", "org:ukraine_armed_forces", 'O', "mod"}, {"Pasukan Ukraina", "country:ukr", 'C', "met"},
      {"Kursk", "city:kursk", 'L', ""}}},
    {"organisation head with a new name", ID, "2024-11-01",
     "Partai Rakyat Merdeka menolak hasil pemilu.",
     {{"Partai Rakyat Merdeka", "name:partai_rakyat_merdeka", 'O', ""}}},
    {"cosmodrome head", ID, "2023-09-13",
     "Pertemuan digelar di Kosmodrom Vostochny.",
     {{"Kosmodrom Vostochny", "loc:vostochny_cosmodrome", 'L', ""}}},

    // ---- nested organisations ----
    {"Security Council also mentions the UN", ID, "2024-11-01",
     "Dewan Keamanan PBB menggelar rapat darurat.",
     {{"Dewan Keamanan PBB", "org:unsc", 'O', ""}, {"PBB", "org:un", 'O', "mod"}}},
    {"en Security Council", EN, "2024-11-01",
     "The UN Security Council met on Friday.",
     {{"UN Security Council", "org:unsc", 'O', ""}, {"UN", "org:un", 'O', "mod"}}},

    // ---- sentence-initial capitals and headline case ----
    {"sentence-initial word is no name", ID, "2024-11-01",
     "Sementara itu, Rusia membantah tuduhan tersebut.",
     {{"Rusia", "country:rus", 'C', ""}}},
    {"headline case makes no names", ID, "2024-11-01",
     "Presiden Baru Akan Dilantik Pekan Depan",
     {}, true},
    {"headline role reference", ID, "2024-06-19",
     "Menlu Rusia Tiba Di Pyongyang Untuk Bertemu Choe",
     {{"Rusia", "country:rus", 'C', "mod"}, {"Menlu Rusia", "person:sergey_lavrov", 'P', "@foreign_minister"},
      {"Pyongyang", "city:pyongyang", 'L', ""}, {"Choe", "person:choe_son_hui", 'P', ""}},
     true},
    {"en headline verb in capitals", EN, "2024-11-01",
     "Kremlin Says Talks Were Useful",
     {{"Kremlin", "country:rus", 'C', "met"}}, true},
    {"head noun in a headline does not swallow the headline", ID, "2024-11-01",
     "Rezim Putin Dituding Langgar Hukum Internasional",
     {{"Putin", "person:vladimir_putin", 'P', ""}}, true},
    {"organisation between title and name", ID, "2024-11-01",
     "Juru bicara Kemlu RI Dimas Prasetyo menyebut Indonesia menghormati keputusan itu.",
     {{"Kemlu RI", "org:mfa_idn", 'O', "mod"}, {"Dimas Prasetyo", "person:dimas_prasetyo", 'P', "@spokesperson"},
      {"Indonesia", "country:idn", 'C', ""}}},
    {"role title with a family name", ID, "2023-06-01",
     "Ibu Negara Jill Biden ikut hadir bersama Joe Biden.",
     {{"Jill Biden", "person:jill_biden", 'P', ""}, {"Joe Biden", "person:joe_biden", 'P', ""}}},
    {"en headline case", EN, "2024-11-01",
     "Talks Resume After Long Pause",
     {}, true},

    // ---- names outside the gazetteer after a title ----
    {"new person after title and country", ID, "2025-07-12",
     "Menteri Luar Negeri Peru Tomas Herrera menerima tamunya.",
     {{"Peru", "country:per", 'C', "mod"}, {"Tomas Herrera", "person:tomas_herrera", 'P', "@foreign_minister"}}},
    {"new person then short form", ID, "2025-07-12",
     "Duta Besar Rusia Andrei Volkonov hadir. Volkonov menyampaikan salam.",
     {{"Rusia", "country:rus", 'C', "mod"}, {"Andrei Volkonov", "person:andrei_volkonov", 'P', ""},
      {"Volkonov", "person:andrei_volkonov", 'P', ""}}},
    {"new person named twice", ID, "2025-07-12",
     "Juru bicara Ardi Wicaksono membantah. Menurut juru bicara Ardi Wicaksono, tidak ada pertemuan.",
     {{"Ardi Wicaksono", "person:ardi_wicaksono", 'P', "@spokesperson"},
      {"Ardi Wicaksono", "person:ardi_wicaksono", 'P', "@spokesperson"}}},
    {"gazetteer person after title is not new", ID, "2021-07-12",
     "Menteri Luar Negeri Jepang Toshimitsu Motegi mengecam latihan itu.",
     {{"Jepang", "country:jpn", 'C', "mod"}, {"Toshimitsu Motegi", "person:toshimitsu_motegi", 'P', "@foreign_minister"}}},

    // ---- English: demonyms, titles, heads ----
    {"en demonym + title + name", EN, "2023-09-13",
     "North Korean leader Kim Jong Un met Russian President Vladimir Putin.",
     {{"North Korean", "country:prk", 'C', "mod"}, {"Kim Jong Un", "person:kim_jong_un", 'P', "@leader"},
      {"Russian", "country:rus", 'C', "mod"}, {"Vladimir Putin", "person:vladimir_putin", 'P', "@head_of_state"}}},
    {"en demonym + title, no name", EN, "2025-07-12",
     "The North Korean leader welcomed the delegation.",
     {{"North Korean", "country:prk", 'C', "mod"}, {"North Korean leader", "person:kim_jong_un", 'P', "@leader"}}},
    {"en demonym + lower-case title", EN, "2023-05-01",
     "The Russian foreign minister arrived late.",
     {{"Russian", "country:rus", 'C', "mod"}, {"Russian foreign minister", "person:sergey_lavrov", 'P', "@foreign_minister"}}},
    {"en ministry in the gazetteer", EN, "2024-11-01",
     "The Russian Foreign Ministry summoned the ambassador.",
     {{"Russian Foreign Ministry", "org:mfa_rus", 'O', ""}}},
    {"en ministry by demonym + head", EN, "2024-11-01",
     "The Iranian Foreign Ministry condemned the strike.",
     {{"Iranian Foreign Ministry", "org:mfa_irn", 'O', ""}}},
    {"en demonym before a plain noun is the country", EN, "2024-11-01",
     "Ukrainian troops withdrew from the Kursk region.",
     {{"Ukrainian", "country:ukr", 'C', ""}, {"troops", "org:ukraine_armed_forces", 'O', "mod"},
      {"Kursk region", "city:kursk", 'L', ""}}},
    {"en region after a gazetteer place", EN, "2024-11-01",
     "Shelling hit the Sumy region overnight.",
     {{"Sumy region", "city:sumy", 'L', ""}}},
    {"en region after a name outside the gazetteer", EN, "2024-11-01",
     "Drones struck the Koryakino district before dawn.",
     {{"Koryakino district", "name:koryakino_district", 'L', ""}}},
    {"en possessive country", EN, "2024-11-01",
     "Russia's foreign minister Sergei Lavrov flew in.",
     {{"Russia", "country:rus", 'C', "mod"}, {"Sergei Lavrov", "person:sergey_lavrov", 'P', "@foreign_minister"}}},
    {"en possessive short form", EN, "2024-11-01",
     "Sergei Lavrov arrived. Lavrov's plane landed at noon.",
     {{"Sergei Lavrov", "person:sergey_lavrov", 'P', ""}, {"Lavrov", "person:sergey_lavrov", 'P', ""}}},
    {"en Kremlin spokesman", EN, "2024-11-01",
     "Kremlin spokesman Dmitry Peskov declined to comment.",
     {{"Dmitry Peskov", "person:dmitry_peskov", 'P', "@spokesperson"}}},
    {"en the North", EN, "2024-11-01",
     "Seoul accused the North of jamming signals.",
     {{"Seoul", "country:kor", 'C', "met"}, {"the North", "country:prk", 'C', ""}}},
    {"en cosmodrome", EN, "2023-09-13",
     "The two leaders met at the Vostochny Cosmodrome.",
     {{"Vostochny Cosmodrome", "loc:vostochny_cosmodrome", 'L', ""}}},

    // ---- more metonymy, groups, epithets, media ----
    {"copula: the city is described, not acting", ID, "2024-11-09",
     "Beijing menjadi tujuan pertama lawatan itu.",
     {{"Beijing", "city:beijing", 'L', ""}}},
    {"seat of government speaks", ID, "2024-11-01",
     "Gedung Putih membantah laporan tersebut.",
     {{"Gedung Putih", "country:usa", 'C', "met"}}},
    {"Kremlin as a building", ID, "2024-11-01",
     "Upacara itu digelar di Kremlin.",
     {{"Kremlin", "place:kremlin", 'L', ""}}},
    {"agent of a passive", ID, "2024-11-01",
     "Usulan itu ditolak oleh Moskow.",
     {{"Moskow", "country:rus", 'C', "met"}}},
    {"en agent of a passive", EN, "2024-11-01",
     "The proposal was rejected by Moscow.",
     {{"Moscow", "country:rus", 'C', "met"}}},
    {"capitalised Barat is the West", ID, "2024-11-01",
     "Sanksi Barat tidak mengubah sikap Rusia.",
     {{"Barat", "group:the_west", 'G', ""}, {"Rusia", "country:rus", 'C', ""}}},
    {"lower-case barat is a direction", ID, "2024-11-01",
     "Angin bertiup dari arah barat sepanjang hari.",
     {}},
    {"epithet of a country", ID, "2024-11-01",
     "Negeri Paman Sam menambah bantuan militer.",
     {{"Negeri Paman Sam", "country:usa", 'C', ""}}},
    {"abbreviated country name", ID, "2024-11-01",
     "Korut kembali meluncurkan rudal balistik.",
     {{"Korut", "country:prk", 'C', ""}}},
    {"news agency in full and abbreviated", ID, "2024-11-01",
     "Kantor Berita Pusat Korea menyiarkan foto peluncuran. KCNA tidak merinci lokasinya.",
     {{"Kantor Berita Pusat Korea", "media:kcna", 'O', ""}, {"KCNA", "media:kcna", 'O', ""}}},
    {"en dotted abbreviation", EN, "2024-11-01",
     "The U.N. called for restraint.",
     {{"U.N.", "org:un", 'O', ""}}},
    {"en curly possessive", EN, "2024-06-19",
     "Vladimir Putin landed first. Putin\u2019s motorcade then crossed the city.",
     {{"Vladimir Putin", "person:vladimir_putin", 'P', ""}, {"Putin", "person:vladimir_putin", 'P', ""}}},
    {"en possessive capital is the state", EN, "2024-11-01",
     "Pyongyang's missile tests drew protests.",
     {{"Pyongyang", "country:prk", 'C', "met"}}},
    {"portfolio after Menteri is part of the title", ID, "2024-11-01",
     "Menteri Keuangan Ani Sulastri membacakan nota keuangan.",
     {{"Ani Sulastri", "person:ani_sulastri", 'P', ""}}},
    {"en group of countries", EN, "2024-11-01",
     "Western countries imposed new sanctions.",
     {{"Western countries", "group:the_west", 'G', ""}}},

    // ---- Indonesian first-name short forms and more titles ----
    {"Indonesian leader by first name", ID, "2024-11-09",
     "Presiden Prabowo Subianto tiba di Beijing. Prabowo disambut Xi Jinping.",
     {{"Prabowo Subianto", "person:prabowo_subianto", 'P', "@head_of_state"}, {"Beijing", "city:beijing", 'L', ""},
      {"Prabowo", "person:prabowo_subianto", 'P', ""}, {"Xi Jinping", "person:xi_jinping", 'P', ""}}},
    {"Indonesian minister by first name after a title", ID, "2023-05-01",
     "Menlu Retno menerima kunjungan itu.",
     {{"Retno", "person:retno_marsudi", 'P', "@foreign_minister"}}},
    {"Chinese family name first", ID, "2024-11-09",
     "Xi Jinping menyambut tamunya. Xi kemudian memberi sambutan.",
     {{"Xi Jinping", "person:xi_jinping", 'P', ""}, {"Xi", "person:xi_jinping", 'P', ""}}},
    {"government of a country is the state", ID, "2024-11-01",
     "Pemerintah Rusia menolak tuduhan itu.",
     {{"Pemerintah", "org:government_rus", 'O', "mod"}, {"Pemerintah Rusia", "country:rus", 'C', "met"}}},
    {"troops named by a state head", ID, "2024-11-01",
     "Tentara Korea Utara dikirim ke garis depan.",
     {{"Tentara", "org:military_prk", 'O', "mod"}, {"Tentara Korea Utara", "country:prk", 'C', "met"}}},
    {"lower-case organ noun before a country names the organ too", ID, "2024-11-01",
     "Kapal itu dicegat angkatan laut Chile dekat pelabuhan.",
     {{"angkatan laut", "org:navy_chl", 'O', "mod"}, {"Chile", "country:chl", 'C', ""}}},
    {"a capitalised word after the country makes a longer name, no organ", ID, "2024-11-01",
     "Pasukan Rusia Merdeka mengklaim serangan itu.",
     {{"Pasukan Rusia Merdeka", "name:pasukan_rusia_merdeka", 'O', ""}}},
    {"a day after the country still ends a lower-case organ", ID, "2024-11-01",
     "Tarif baru diumumkan pemerintah Chile Senin pagi.",
     {{"pemerintah", "org:government_chl", 'O', "mod"}, {"Chile", "country:chl", 'C', ""}}},
    {"en organ noun after a demonym", EN, "2024-11-01",
     "The Chilean air force flew two patrols over the strait.",
     {{"Chilean", "country:chl", 'C', ""}, {"air force", "org:air_force_chl", 'O', "mod"}}},
    {"en organ noun after a possessive country", EN, "2024-11-01",
     "Chile's government rejected the proposal.",
     {{"Chile", "country:chl", 'C', ""}, {"government", "org:government_chl", 'O', "mod"}}},
    {"another language's title before that language's form of a known name", ID, "2019-03-01",
     "Paus Fransiskus memimpin misa di Roma. Di Buenos Aires, umat membentangkan spanduk untuk Papa Francisco.",
     {{"Paus Fransiskus", "person:pope_francis", 'P', ""}, {"Roma", "city:rome", 'L', ""},
      {"Buenos Aires", "city:buenos_aires", 'L', ""}, {"Francisco", "person:pope_francis", 'P', "@head_of_state"}}},
    {"another language's title before a name nobody of the article holds", EN, "2024-11-01",
     "Crowds in the square chanted for Presidente Tomas Arriaga until dawn.",
     {{"Tomas Arriaga", "person:tomas_arriaga", 'P', "@head_of_state"}}},
    {"another language's title needs its capital", ID, "2024-11-01",
     "Adik saya memanggil papa Dimas dari dapur.",
     {}},
    {"army in the gazetteer wins over the head", ID, "2024-11-01",
     "Tentara Rakyat Korea menggelar latihan tembak.",
     {{"Tentara Rakyat Korea", "org:kpa", 'O', ""}}},
    {"defence ministry by head after the minister", ID, "2024-11-01",
     "Menhan Belousov hadir. Kementerian Pertahanan menyebut latihan itu rutin.",
     {{"Belousov", "person:andrei_belousov", 'P', "@defence_minister"},
      {"Kementerian Pertahanan", "org:mod_rus", 'O', ""}}},
    {"en appositive title with article", EN, "2024-06-20",
     "He met To Lam, the Vietnamese president, in Hanoi.",
     {{"To Lam", "person:to_lam", 'P', "@head_of_state"}, {"Vietnamese", "country:vnm", 'C', "mod"},
      {"Hanoi", "city:hanoi", 'L', ""}}},
    {"en demonym before a person", EN, "2024-06-20",
     "Russian Sergei Lavrov and Chinese Wang Yi met.",
     {{"Russian", "country:rus", 'C', "mod"}, {"Sergei Lavrov", "person:sergey_lavrov", 'P', ""},
      {"Chinese", "country:chn", 'C', "mod"}, {"Wang Yi", "person:wang_yi", 'P', ""}}},
    {"en South Korean president by date", EN, "2023-03-01",
     "The South Korean president called for calm.",
     {{"South Korean", "country:kor", 'C', "mod"}, {"South Korean president", "person:yoon_suk_yeol", 'P', "@head_of_state"}}},

    // ---- appositive title after a name ----
    {"id title after the name", ID, "2024-11-01",
     "Kunjungan itu disambut Xi Jinping, Presiden Tiongkok.",
     {{"Xi Jinping", "person:xi_jinping", 'P', "@head_of_state"}, {"Tiongkok", "country:chn", 'C', "mod"}}},
    {"id title after a new name does not resolve to the holder", ID, "2024-11-01",
     "Pesan itu dibawa Sergei Orlovsky, Menlu Rusia.",
     {{"Sergei Orlovsky", "person:sergei_orlovsky", 'P', "@foreign_minister"}, {"Rusia", "country:rus", 'C', "mod"}}},

    // ---- name particles, heads, bracketed short forms ----
    {"id patronymics and a capitalised article inside a titled name", ID, "2024-11-01",
     "Sheikh Hamad bin Khalid Al-Fahad tiba kemarin.",
     {{"Hamad bin Khalid Al-Fahad", "person:hamad_bin_khalid_al_fahad", 'P', ""}}},
    {"en a glued article inside a titled name", EN, "2024-11-01",
     "Sheikh Karim al-Rashidi arrived yesterday.",
     {{"Karim al-Rashidi", "person:karim_al_rashidi", 'P', ""}}},
    {"id an article written apart belongs to the family name", ID, "2024-12-09",
     "Bashar al-Assad tiba di Moskow. Rusia melindungi Al Assad.",
     {{"Bashar al-Assad", "person:bashar_al_assad", 'P', ""}, {"Moskow", "city:moscow", 'L', ""},
      {"Rusia", "country:rus", 'C', ""}, {"Al Assad", "person:bashar_al_assad", 'P', ""}}},
    {"id a head name with its gazetteer short form in brackets", ID, "2025-01-20",
     "Komite Pangan Dunia (FAO) membantu petani.",
     {{"Komite Pangan Dunia", "org:fao", 'O', ""}, {"FAO", "org:fao", 'O', ""}}},
    {"id building heads type the name", ID, "2024-10-20",
     "Presiden berpidato di Gedung Parlemen Senayan.",
     {{"Gedung Parlemen Senayan", "name:gedung_parlemen_senayan", 'L', ""}}},
    {"id a particle inside a head name, a coordinator between two", ID, "2025-01-20",
     "Ia memimpin Front Rakyat untuk Pembebasan Tanah. Partai Maju dan Partai Adil bersaing.",
     {{"Front Rakyat untuk Pembebasan Tanah", "name:front_rakyat_untuk_pembebasan_tanah", 'O', ""},
      {"Partai Maju", "name:partai_maju", 'O', ""}, {"Partai Adil", "name:partai_adil", 'O', ""}}},
    {"id a ministry word qualified by a country is no home ministry", ID, "2024-12-09",
     "Pejabat Kemlu Rusia berbicara kepada wartawan.",
     {{"Kemlu Rusia", "org:mfa_rus", 'O', ""}}},
    {"en a capitalised place head closes the name", EN, "2024-09-06",
     "He left from Soekarno-Hatta International Airport.",
     {{"Soekarno-Hatta International Airport", "name:soekarno_hatta_international_airport", 'L', ""}}},
  };
  return kRows;
}
// clang-format on

}  // namespace

TEST_CASE("entity mentions, table-driven", "[entities]") {
  for (const Row& row : rows()) {
    SECTION(row.what) {
      auto r = run(row.text, row.lang, row.date, row.headline);
      std::vector<std::string> got, want;
      for (const auto& m : r.mentions) got.push_back(describe(m.surface, m.entity_key, type_char(m.type), flags_of(m)));
      for (const auto& e : row.expected) want.push_back(describe(e.surface, e.key, e.type, normal_flags(e.flags)));
      std::sort(got.begin(), got.end());
      std::sort(want.begin(), want.end());
      std::string g, w;
      for (const auto& s : got) g += "\n  " + s;
      for (const auto& s : want) w += "\n  " + s;
      INFO("text: " << row.text << "\nwant:" << w << "\ngot:" << g);
      CHECK(got == want);
    }
  }
}

TEST_CASE("entity rows are numerous enough", "[entities]") { CHECK(rows().size() >= 80); }

namespace {

// Entity records: {text, language, date, key, name, type, roles "office@country", from gazetteer}.
struct RecordRow {
  const char* what;
  Language lang;
  const char* date;
  std::string text;
  std::string key;
  std::string name;
  char type;
  std::vector<std::string> roles;  // every role, "office@country", in order
  bool from_gazetteer;
  int mentions;
};

const std::vector<RecordRow>& record_rows() {
  static const std::vector<RecordRow> kRows = {
      {"gazetteer person carries its offices", ID, "2024-06-19", "Sergey Lavrov tiba. Lavrov tersenyum.",
       "person:sergey_lavrov", "Sergey Lavrov", 'P', {"foreign_minister@country:rus"}, true, 2},
      {"all terms of a person", EN, "2024-06-19", "Vladimir Putin spoke.", "person:vladimir_putin", "Vladimir Putin", 'P',
       {"head_of_state@country:rus", "head_of_government@country:rus", "head_of_state@country:rus"}, true, 1},
      {"role reference keeps the canonical name", ID, "2023-05-01", "Menlu Rusia tiba di Jakarta.",
       "person:sergey_lavrov", "Sergey Lavrov", 'P', {"foreign_minister@country:rus"}, true, 1},
      {"person from a title gets office and country", ID, "2025-07-12",
       "Menteri Luar Negeri Peru Tomas Herrera tiba. Herrera menyapa wartawan.", "person:tomas_herrera", "Tomas Herrera",
       'P', {"foreign_minister@country:per"}, false, 2},
      {"person from an appositive title", ID, "2025-07-12", "Pesan itu dibawa Sergei Orlovsky, Menlu Rusia.",
       "person:sergei_orlovsky", "Sergei Orlovsky", 'P', {"foreign_minister@country:rus"}, false, 1},
      {"ministry named from its head", EN, "2024-11-01", "The Iranian Foreign Ministry condemned the strike.",
       "org:mfa_irn", "Iranian Foreign Ministry", 'O', {}, false, 1},
      {"metonym counts for the country", ID, "2024-06-19", "Rusia dan Moskow mengatakan hal yang sama.", "country:rus",
       "Russia", 'C', {}, true, 2},
      {"new location from a post-head", EN, "2024-11-01", "Drones struck the Koryakino district before dawn.",
       "name:koryakino_district", "Koryakino district", 'L', {}, false, 1},
  };
  return kRows;
}

}  // namespace

TEST_CASE("entity records: names, types, roles", "[entities]") {
  for (const RecordRow& row : record_rows()) {
    SECTION(row.what) {
      auto r = run(row.text, row.lang, row.date);
      INFO("text: " << row.text);
      auto it = r.entities.find(row.key);
      REQUIRE(it != r.entities.end());
      const kronik::EntityRecord& e = it->second;
      CHECK(e.name == row.name);
      CHECK(type_char(e.type) == row.type);
      std::vector<std::string> roles;
      for (const auto& ro : e.roles) roles.push_back(ro.office + "@" + ro.country);
      CHECK(roles == row.roles);
      CHECK(e.from_gazetteer == row.from_gazetteer);
      CHECK(static_cast<int>(e.mentions) == row.mentions);
      // Every mention's surface is an alias unless it was a role reference or a metonym.
      for (const auto& m : r.mentions)
        if (m.entity_key == row.key && m.via != std::string("office") && !m.metonym)
          CHECK(std::find(e.aliases.begin(), e.aliases.end(), m.surface) != e.aliases.end());
    }
  }
}

TEST_CASE("containers: the gazetteer's within chain and a seat's country", "[entities]") {
  const kronik::Gazetteer& gz = kronik::test::gazetteer();
  struct Row {
    const char* key;
    std::vector<std::string> containers;
  };
  const Row rows[] = {
      {"city:idn_serang", {"loc:idn_banten", "country:idn"}},  // generated regency: within, then its province's within
      {"loc:idn_banten", {"country:idn"}},
      {"city:a_coruna_esp", {"country:esp"}},                  // generated world city
      {"city:kabul", {"country:afg"}},                          // curated capital: metonym_of
      {"org:mfa_rus", {"country:rus"}},                         // state organ: metonym_of
      {"country:rus", {}},
      {"person:vladimir_putin", {}},                            // persons stand with states through offices
      {"no:such_key", {}},
  };
  for (const auto& r : rows) {
    INFO(r.key);
    CHECK(gz.containers(r.key) == r.containers);
  }
}

TEST_CASE("entity records carry the containers of their gazetteer entry", "[entities]") {
  auto r = run("Sergey Lavrov tiba di Pyongyang pada Rabu.", Language::kIndonesian, "2023-10-18");
  REQUIRE(r.entities.count("city:pyongyang"));
  CHECK(r.entities["city:pyongyang"].within == std::vector<std::string>{"country:prk"});
  REQUIRE(r.entities.count("person:sergey_lavrov"));
  CHECK(r.entities["person:sergey_lavrov"].within.empty());
}
