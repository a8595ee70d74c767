// Cleaning: table-driven rows {raw text, expected sentences with roles, expected metadata}.
// Every expected sentence is compared with raw.text.substr(span), which checks the offsets too.
// The sentences are written for these tests (no third-party text).
// GCC 12 with -O2 and sanitizers reports a false -Wmaybe-uninitialized inside libstdc++'s
// <regex> (std::function copied in _NFA states; std_function.h may come in through Catch2),
// fatal under KRONIK_WERROR: silenced for the library includes only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"
#include "kronik/extract/text/ingest.h"
#include "test_paths.h"

using kronik::SentenceRole;

namespace {

constexpr SentenceRole H = SentenceRole::kHeadline;
constexpr SentenceRole B = SentenceRole::kBody;
constexpr SentenceRole C = SentenceRole::kCaption;
constexpr SentenceRole Q = SentenceRole::kQuote;

struct Sent {
  SentenceRole role;
  std::string text;
  bool operator==(const Sent& o) const { return role == o.role && text == o.text; }
};

std::ostream& operator<<(std::ostream& os, const Sent& s) {
  return os << kronik::sentence_role_name(s.role) << ": " << s.text;
}

// Unset optional expectations are not checked ("-" means: must be empty).
struct Row {
  const char* what;
  std::string text;
  std::string meta_title = {};
  std::vector<Sent> sentences = {};
  std::string title = {};
  std::string place = {};
  std::string outlet = {};
  std::vector<std::string> authors = {};
  std::vector<std::string> editors = {};
  std::vector<std::string> credits = {};
  std::vector<std::string> stamps = {};
  int noise = -1;
  int dups = -1;
};

const std::vector<Row>& rows() {
  static const std::vector<Row> kRows = {
      // ---- page noise, one kind per row
      {.what = "countdown",
       .text = "Tunggu 5 detik\n\nPolisi menangkap dua tersangka. Keduanya ditahan.",
       .sentences = {{B, "Polisi menangkap dua tersangka."}, {B, "Keduanya ditahan."}},
       .noise = 1},
      {.what = "english countdown",
       .text = "Wait 10 sec.\nThe bridge reopened on Monday.",
       .sentences = {{B, "The bridge reopened on Monday."}},
       .noise = 1},
      {.what = "font widget",
       .text = "A\xC2\xA0 A\xC2\xA0 A\xC2\xA0 Pengaturan Font\nA- A+ Font size\nHarga beras turun di pasar induk.",
       .sentences = {{B, "Harga beras turun di pasar induk."}},
       .noise = 2},
      {.what = "comment prompts",
       .text = "Warga memadati alun-alun kota.\n\nKomentar\nTulis komentar Anda\nLeave a comment",
       .sentences = {{B, "Warga memadati alun-alun kota."}},
       .noise = 3},
      {.what = "read-also lines",
       .text = "Sungai meluap setelah hujan.\nBaca juga: Banjir melanda kota tetangga\nBaca Juga\nRead more: Storm "
               "hits the coast\nAlso read: Rains continue\nWarga mengungsi ke masjid.",
       .sentences = {{B, "Sungai meluap setelah hujan."}, {B, "Warga mengungsi ke masjid."}},
       .noise = 4},
      {.what = "share buttons",
       .text = "Share\nBagikan\nTweet\nFacebook Twitter WhatsApp\nPasar saham dibuka menguat.",
       .sentences = {{B, "Pasar saham dibuka menguat."}},
       .noise = 4},
      {.what = "top, stars, empty brackets",
       .text = "Pertandingan berakhir imbang.\n(***)\n()\nTop",
       .sentences = {{B, "Pertandingan berakhir imbang."}},
       .noise = 3},
      {.what = "category crumbs",
       .text = "\xE2\x80\xA2 Nasional\nHome > Dunia > Asia\nSekolah kembali dibuka pekan ini.",
       .sentences = {{B, "Sekolah kembali dibuka pekan ini."}},
       .noise = 2},
      {.what = "advertisement",
       .text = "Advertisement\nIklan\nScroll to continue with content\nHarga emas naik tipis.",
       .sentences = {{B, "Harga emas naik tipis."}},
       .noise = 3},
      {.what = "navigation menu before the headline",
       .text = "Beranda Nasional Internasional Ekonomi Olahraga Hiburan Teknologi Otomotif Gaya Hidup Video\n\n"
               "Gempa Guncang Pesisir Selatan Jawa\n\nGempa bermagnitudo 5,2 terjadi pada pagi hari.",
       .sentences = {{H, "Gempa Guncang Pesisir Selatan Jawa"}, {B, "Gempa bermagnitudo 5,2 terjadi pada pagi hari."}},
       .title = "Gempa Guncang Pesisir Selatan Jawa",
       .noise = 1},
      {.what = "copyright line",
       .text = "Kereta baru mulai beroperasi.\n\xC2\xA9 2025 Kabar Kita. All rights reserved.",
       .sentences = {{B, "Kereta baru mulai beroperasi."}},
       .noise = 1},
      // ---- headline and title
      {.what = "headline from the first line",
       .text = "Harga Cabai Melonjak Jelang Lebaran\n\nPedagang di pasar mengeluhkan pasokan.",
       .sentences = {{H, "Harga Cabai Melonjak Jelang Lebaran"}, {B, "Pedagang di pasar mengeluhkan pasokan."}},
       .title = "Harga Cabai Melonjak Jelang Lebaran"},
      {.what = "metadata title repeated by the first line: one headline",
       .text = "Kapal Tanker Kandas di Selat\nKapal itu kandas saat air surut.",
       .meta_title = "Kapal Tanker Kandas di Selat",
       .sentences = {{H, "Kapal Tanker Kandas di Selat"}, {B, "Kapal itu kandas saat air surut."}},
       .title = "Kapal Tanker Kandas di Selat"},
      {.what = "metadata title with a site suffix",
       .text = "Tim Nasional Menang Tipis\nGol tunggal dicetak pada menit akhir.",
       .meta_title = "Tim Nasional Menang Tipis - Kabar Kita",
       .sentences = {{H, "Tim Nasional Menang Tipis"}, {B, "Gol tunggal dicetak pada menit akhir."}},
       .title = "Tim Nasional Menang Tipis - Kabar Kita"},
      {.what = "title repeated later counts once",
       .text = "Festival Budaya Digelar di Solo\nRibuan orang datang.\nFestival Budaya Digelar di Solo",
       .sentences = {{H, "Festival Budaya Digelar di Solo"}, {B, "Ribuan orang datang."}},
       .dups = 1},
      {.what = "title glued in front of a caption",
       .text = "Banjir Rendam Ribuan Rumah di Pesisir\n\nBanjir Rendam Ribuan Rumah di Pesisir Warga mengevakuasi "
               "barang di desa itu, 4 Mei 2025. ANTARA FOTO/Andi Wirawan\n\nAir mulai surut pada sore hari.",
       .sentences = {{H, "Banjir Rendam Ribuan Rumah di Pesisir"},
                     {C, "Warga mengevakuasi barang di desa itu, 4 Mei 2025."},
                     {B, "Air mulai surut pada sore hari."}},
       .credits = {"ANTARA FOTO/Andi Wirawan"}},
      {.what = "no headline when the text starts with body",
       .text = "Polisi menutup jalan itu sejak pagi.\nPengendara dialihkan.",
       .sentences = {{B, "Polisi menutup jalan itu sejak pagi."}, {B, "Pengendara dialihkan."}},
       .title = "-"},
      // ---- bylines, editors, credits, stamps
      {.what = "editor and author labels",
       .text = "Jembatan baru diresmikan.\n\nRedaktur : Siti Aminah\nPenulis: Joko Susilo",
       .sentences = {{B, "Jembatan baru diresmikan."}},
       .authors = {"Joko Susilo"},
       .editors = {"Siti Aminah"}},
      {.what = "english bylines",
       .text = "By Mark Holt and Ana Ruiz\nEditor: Jane Roe\nThe port reopened after the storm.",
       .sentences = {{B, "The port reopened after the storm."}},
       .authors = {"Mark Holt", "Ana Ruiz"},
       .editors = {"Jane Roe"}},
      {.what = "oleh and reporter",
       .text = "Oleh: Rina Wulandari\nReporter: Bayu Aji\nPanen raya dimulai bulan ini.",
       .sentences = {{B, "Panen raya dimulai bulan ini."}},
       .authors = {"Rina Wulandari", "Bayu Aji"}},
      {.what = "'Oleh' opening a sentence is not a byline",
       .text = "Oleh karena itu, sekolah diliburkan.",
       .sentences = {{B, "Oleh karena itu, sekolah diliburkan."}},
       .authors = {"-"}},
      {.what = "photo credit lines",
       .text = "Foto : ANTARA/Rudi Hartono\n(Foto: Reuters)\nPhoto: AFP\nHujan es turun di kota itu.",
       .sentences = {{B, "Hujan es turun di kota itu."}},
       .credits = {"ANTARA/Rudi Hartono", "Reuters", "AFP"}},
      {.what = "author | stamp",
       .text = "Dewi Anggraini | Selasa, 08/04/2025 14:20 WIB\nHarga tiket pesawat turun.",
       .sentences = {{B, "Harga tiket pesawat turun."}},
       .authors = {"Dewi Anggraini"},
       .stamps = {"Selasa, 08/04/2025 14:20 WIB"}},
      {.what = "stamp with dash",
       .text = "Pemilu Lokal Berjalan Lancar\nKamis, 3 April 2025 - 10:15 WIB\nPetugas menghitung suara.",
       .sentences = {{H, "Pemilu Lokal Berjalan Lancar"}, {B, "Petugas menghitung suara."}},
       .stamps = {"Kamis, 3 April 2025 - 10:15 WIB"}},
      {.what = "english stamp with label",
       .text = "Updated: March 3, 2025 10:15 GMT\nThe council approved the budget.",
       .sentences = {{B, "The council approved the budget."}},
       .stamps = {"Updated: March 3, 2025 10:15 GMT"}},
      {.what = "a short body sentence with a date is not a stamp",
       .text = "Pada 3 April 2025 sekolah itu dibuka.",
       .sentences = {{B, "Pada 3 April 2025 sekolah itu dibuka."}},
       .stamps = {"-"}},
      {.what = "outlet | stamp",
       .text = "Warta24.com - 15/03/2028, 10:20 WIB\nPasar kembali ramai.",
       .sentences = {{B, "Pasar kembali ramai."}},
       .outlet = "Warta24.com",
       .authors = {"-"},
       .stamps = {"15/03/2028, 10:20 WIB"}},
      {.what = "labelled byline | stamp, zone with offset",
       .text = "Penulis: Andi Saputra | July 14, 2025 9:05 AM GMT+7\nThe market reopened.",
       .sentences = {{B, "The market reopened."}},
       .authors = {"Andi Saputra"},
       .stamps = {"July 14, 2025 9:05 AM GMT+7"}},
      {.what = "wire reporting line",
       .text = "The talks ended without a deal.\nReporting by Jane Doe in Seoul; Editing by John Roe",
       .sentences = {{B, "The talks ended without a deal."}},
       .authors = {"Jane Doe"},
       .editors = {"John Roe"}},
      {.what = "embeds and editor codes",
       .text = "Warga menanam pohon di bantaran sungai.\n[Gambas:Video Kabar]\n(abc/xyz)",
       .sentences = {{B, "Warga menanam pohon di bantaran sungai."}},
       .noise = 2},
      {.what = "wire sign-off stays body, credit noted",
       .text = "Kedua pihak sepakat berunding lagi. (AFP)",
       .sentences = {{B, "Kedua pihak sepakat berunding lagi."}},
       .credits = {"AFP"}},
      // ---- captions
      {.what = "caption starting with 'Dalam foto' and a bracketed credit",
       .text = "Dalam foto ini, warga mengungsi ke dataran tinggi. (ANTARA/Budi)\n\nSirene berbunyi sejak subuh.",
       .sentences = {{C, "Dalam foto ini, warga mengungsi ke dataran tinggi."}, {B, "Sirene berbunyi sejak subuh."}},
       .credits = {"ANTARA/Budi"}},
      {.what = "caption with a bare slash credit",
       .text = "Petugas memeriksa dokumen di perbatasan, 2 Mei 2025. REUTERS/Jane Doe\nAntrean mengular.",
       .sentences = {{C, "Petugas memeriksa dokumen di perbatasan, 2 Mei 2025."}, {B, "Antrean mengular."}},
       .credits = {"REUTERS/Jane Doe"}},
      {.what = "caption with 'via' credit",
       .text = "Dua pemimpin berjabat tangan di Hanoi. XINHUA via AFP\nPertemuan berlangsung satu jam.",
       .sentences = {{C, "Dua pemimpin berjabat tangan di Hanoi."}, {B, "Pertemuan berlangsung satu jam."}},
       .credits = {"XINHUA via AFP"}},
      {.what = "english caption opener",
       .text = "In this photo, rescuers search the rubble.\nThe quake struck at dawn.",
       .sentences = {{C, "In this photo, rescuers search the rubble."}, {B, "The quake struck at dawn."}}},
      {.what = "credit glued between caption and dateline",
       .text = "Dua menteri bertemu di Bangkok. (Instagram/@kemlu_contoh)BANGKOK - Kedua menteri sepakat memperkuat "
               "kerja sama.Mereka juga membahas perdagangan.",
       .sentences = {{C, "Dua menteri bertemu di Bangkok."},
                     {B, "Kedua menteri sepakat memperkuat kerja sama."},
                     {B, "Mereka juga membahas perdagangan."}},
       .place = "BANGKOK",
       .credits = {"Instagram/@kemlu_contoh"}},
      // ---- datelines
      {.what = "place dateline",
       .text = "SURABAYA - Hujan deras melanda kota itu sejak pagi. Genangan muncul di banyak ruas.",
       .sentences = {{B, "Hujan deras melanda kota itu sejak pagi."}, {B, "Genangan muncul di banyak ruas."}},
       .place = "SURABAYA",
       .outlet = "-"},
      {.what = "two-word place dateline",
       .text = "KUALA LUMPUR - Parlemen menyetujui anggaran baru.",
       .sentences = {{B, "Parlemen menyetujui anggaran baru."}},
       .place = "KUALA LUMPUR"},
      {.what = "outlet dateline",
       .text = "KABARKITA24.COM - Harga cabai naik lagi.",
       .sentences = {{B, "Harga cabai naik lagi."}},
       .place = "-",
       .outlet = "KABARKITA24.COM"},
      {.what = "english wire dateline",
       .text = "TOKYO (Reuters) - Japan's exports grew faster than expected in March.",
       .sentences = {{B, "Japan's exports grew faster than expected in March."}},
       .place = "TOKYO",
       .outlet = "Reuters"},
      {.what = "Indonesian agency dateline",
       .text = "Medan, 5 Mei (ANTARA) - Gubernur meresmikan jembatan baru.",
       .sentences = {{B, "Gubernur meresmikan jembatan baru."}},
       .place = "Medan",
       .outlet = "ANTARA"},
      {.what = "capitalised place dateline",
       .text = "Bandung - Pemerintah kota menambah armada bus.",
       .sentences = {{B, "Pemerintah kota menambah armada bus."}},
       .place = "Bandung",
       .outlet = "-"},
      {.what = "outlet, place dateline",
       .text = "WARTAKITA.CO, Bogor - Jalan alternatif ditutup sementara.",
       .sentences = {{B, "Jalan alternatif ditutup sementara."}},
       .place = "Bogor",
       .outlet = "WARTAKITA.CO"},
      {.what = "place, outlet dateline with double dash",
       .text = "Jakarta, Kabar Kita TV -- Harga tiket kereta naik.",
       .sentences = {{B, "Harga tiket kereta naik."}},
       .place = "Jakarta",
       .outlet = "Kabar Kita TV"},
      {.what = "place, domain outlet dateline",
       .text = "PADANG, Warta24.com - Gunung itu kembali erupsi.",
       .sentences = {{B, "Gunung itu kembali erupsi."}},
       .place = "PADANG",
       .outlet = "Warta24.com"},
      {.what = "dateline after a lead line",
       .text = "Ringkasan: banjir memaksa warga mengungsi.\n\nSLEMAN - Ratusan warga mengungsi ke balai desa.",
       .sentences = {{B, "Ringkasan: banjir memaksa warga mengungsi."}, {B, "Ratusan warga mengungsi ke balai desa."}},
       .place = "SLEMAN"},
      {.what = "section labels above the headline, byline line before the dateline",
       .text = "kabarNews\nEkonomi\nHarga Gabah Naik di Tingkat Petani\nTim Kabar - kabarNews\n"
               "Foto: Petani menjemur gabah (dok. Kabar)\n"
               "Jakarta - Harga gabah kering naik sepekan terakhir. Petani menyambut baik.",
       .sentences = {{H, "Harga Gabah Naik di Tingkat Petani"},
                     {B, "Tim Kabar - kabarNews"},
                     {C, "Foto: Petani menjemur gabah"},
                     {B, "Harga gabah kering naik sepekan terakhir."},
                     {B, "Petani menyambut baik."}},
       .place = "Jakarta",
       .credits = {"dok. Kabar"},
       .noise = 2},
      {.what = "place and colon dateline",
       .text = "KUALA LUMPUR: The state assembly passed the budget on Monday.",
       .sentences = {{B, "The state assembly passed the budget on Monday."}},
       .place = "KUALA LUMPUR"},
      {.what = "capitalised place and colon dateline",
       .text = "Bandung: The city added forty buses. Riders welcomed them.",
       .sentences = {{B, "The city added forty buses."}, {B, "Riders welcomed them."}},
       .place = "Bandung"},
      {.what = "a label and colon is not a dateline",
       .text = "Update: The road reopened at noon.",
       .sentences = {{B, "Update: The road reopened at noon."}},
       .place = "-"},
      {.what = "dashes around an apposition are not a dateline",
       .text = "Budi - warga setempat - melihat kejadian itu.",
       .sentences = {{B, "Budi - warga setempat - melihat kejadian itu."}},
       .place = "-"},
      // ---- dedupe, glue, wrap, quotes
      {.what = "repeated block is kept once",
       .text = "Sungai itu tercemar limbah.\nWarga mengeluh bau menyengat.\nSungai itu tercemar limbah.\nWarga "
               "mengeluh  bau menyengat.",
       .sentences = {{B, "Sungai itu tercemar limbah."}, {B, "Warga mengeluh bau menyengat."}},
       .dups = 2},
      {.what = "glued body sentences",
       .text = "Polisi tiba di lokasi.Mereka memasang garis pengaman.",
       .sentences = {{B, "Polisi tiba di lokasi."}, {B, "Mereka memasang garis pengaman."}}},
      {.what = "wrapped lines form one paragraph",
       .text = "Gubernur mengatakan bahwa proyek jalan tol itu akan\nselesai pada akhir tahun depan.",
       .sentences = {{B, "Gubernur mengatakan bahwa proyek jalan tol itu akan\nselesai pada akhir tahun depan."}}},
      {.what = "a fully quoted sentence is a quote",
       .text = "Wali kota meninjau lokasi.\n\"Kami akan membangun kembali rumah warga.\"",
       .sentences = {{B, "Wali kota meninjau lokasi."}, {Q, "\"Kami akan membangun kembali rumah warga.\""}}},
      {.what = "CRLF line ends",
       .text = "Judul Artikel Tentang Hujan\r\n\r\nIsi berita pertama.\r\nIsi berita kedua.\r\n",
       .sentences = {{H, "Judul Artikel Tentang Hujan"}, {B, "Isi berita pertama."}, {B, "Isi berita kedua."}}},
      // ---- an English wire page: share and newsletter prompts, cookie banner, credit lines
      {.what = "English wire page with share prompt, newsletter, cookie banner and credit line",
       .text = "Harbour Board Delays Ferry Tender After Storm\n"
               "Share this article\n"
               "By Marta Quinlan\n"
               "PORTSMOUTH, England (Reuters) - The harbour board postponed its ferry tender on Tuesday. "
               "Two piers were damaged in the storm.\n"
               "Sign up for our newsletter\n"
               "Repairs will take at least three weeks, officials said.\n"
               "Reporting by Marta Quinlan; Editing by Tom Ashdown\n"
               "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.\n"
               "Accept all cookies\n",
       .sentences = {{H, "Harbour Board Delays Ferry Tender After Storm"},
                     {B, "The harbour board postponed its ferry tender on Tuesday."},
                     {B, "Two piers were damaged in the storm."},
                     {B, "Repairs will take at least three weeks, officials said."}},
       .place = "PORTSMOUTH, England",
       .outlet = "Reuters",
       .authors = {"Marta Quinlan"},
       .editors = {"Tom Ashdown"},
       .noise = 4},
      {.what = "wire credit line with several reporters, a writer and an editor",
       .text = "Grain prices rose for a third day.\n"
               "Reporting by Ana Ruiz and Lee Park; Writing by Sam Hale; Editing by Ruth Ames",
       .sentences = {{B, "Grain prices rose for a third day."}},
       .authors = {"Ana Ruiz", "Lee Park", "Sam Hale"},
       .editors = {"Ruth Ames"}},
      {.what = "cookie and newsletter prompts in both languages",
       .text = "This website uses cookies.\nKami menggunakan cookie untuk meningkatkan pengalaman Anda.\n"
               "Subscribe to our newsletter\nDaftar newsletter kami\nManage cookie settings\n"
               "The council approved the new budget on Monday.",
       .sentences = {{B, "The council approved the new budget on Monday."}},
       .noise = 5},
      {.what = "subheading after the body stays body",
       .text = "Pabrik itu berhenti beroperasi.\nDampak bagi warga\nBanyak pekerja dirumahkan.",
       .sentences = {{B, "Pabrik itu berhenti beroperasi."}, {B, "Dampak bagi warga"}, {B, "Banyak pekerja dirumahkan."}}},
  };
  return kRows;
}

void check_list(const char* name, const std::vector<std::string>& expected, const std::vector<std::string>& got) {
  if (expected.empty()) return;
  INFO(name);
  if (expected == std::vector<std::string>{"-"})
    CHECK(got.empty());
  else
    CHECK(got == expected);
}

void check_string(const char* name, const std::string& expected, const std::string& got) {
  if (expected.empty()) return;
  INFO(name);
  CHECK(got == (expected == "-" ? std::string() : expected));
}

}  // namespace

TEST_CASE("clean_document: table of noise, metadata, captions, datelines, dedupe", "[clean]") {
  REQUIRE(rows().size() >= 30);
  for (const Row& row : rows()) {
    INFO("row: " << row.what);
    kronik::RawDocument raw;
    raw.id = "row";
    raw.text = row.text;
    raw.title = row.meta_title;
    kronik::CleanedDocument c = kronik::clean_document(raw, kronik::CleanConfig{});
    std::vector<Sent> got;
    for (const kronik::Sentence& s : c.sentences) got.push_back({s.role, std::string(kronik::slice(raw.text, s.span))});
    CHECK(got == row.sentences);
    check_string("title", row.title, c.title);
    check_string("place", row.place, c.dateline_place);
    check_string("outlet", row.outlet, c.outlet);
    check_list("authors", row.authors, c.authors);
    check_list("editors", row.editors, c.editors);
    check_list("credits", row.credits, c.credits);
    std::vector<std::string> stamps;
    for (auto s : c.stamp_lines) stamps.emplace_back(kronik::slice(raw.text, s));
    check_list("stamps", row.stamps, stamps);
    if (row.noise >= 0) CHECK(c.removed_noise_lines == static_cast<std::uint32_t>(row.noise));
    if (row.dups >= 0) CHECK(c.removed_duplicate_sentences == static_cast<std::uint32_t>(row.dups));
    // Structural invariants: indices are dense, paragraphs never go back.
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
      CHECK(c.sentences[i].index == i);
      if (i) CHECK(c.sentences[i].paragraph >= c.sentences[i - 1].paragraph);
    }
  }
}

TEST_CASE("clean_document: title span points into the text when the title came from it", "[clean]") {
  kronik::RawDocument raw;
  raw.text = "Nelayan Kembali Melaut\n\nCuaca sudah membaik.";
  auto c = kronik::clean_document(raw, {});
  CHECK(kronik::slice(raw.text, c.title_span) == "Nelayan Kembali Melaut");
  raw.title = "Nelayan Kembali Melaut";
  auto m = kronik::clean_document(raw, {});
  CHECK(m.title_span.size() == 0);
  REQUIRE(!m.sentences.empty());
  CHECK(m.sentences[0].role == SentenceRole::kHeadline);
}

TEST_CASE("clean_document: paragraphs follow blank lines and sentence-final lines", "[clean]") {
  kronik::RawDocument raw;
  raw.text = "Kalimat satu. Kalimat dua.\n\nKalimat tiga.\nKalimat empat.";
  auto c = kronik::clean_document(raw, {});
  REQUIRE(c.sentences.size() == 4);
  CHECK(c.sentences[0].paragraph == 0);
  CHECK(c.sentences[1].paragraph == 0);
  CHECK(c.sentences[2].paragraph == 1);
  CHECK(c.sentences[3].paragraph == 2);
}

TEST_CASE("clean_document: dedupe can be switched off", "[clean]") {
  kronik::RawDocument raw;
  raw.text = "Kalimat yang sama.\nKalimat yang sama.";
  kronik::CleanConfig cfg;
  cfg.dedupe = false;
  CHECK(kronik::clean_document(raw, cfg).sentences.size() == 2);
  CHECK(kronik::clean_document(raw, {}).sentences.size() == 1);
}

TEST_CASE("clean_document: empty and noise-only documents give no sentences", "[clean]") {
  for (std::string text : {"", "\n\n", "Komentar\nTop\n(***)"}) {
    kronik::RawDocument raw;
    raw.text = text;
    CHECK(kronik::clean_document(raw, {}).sentences.empty());
  }
}

// Generic checks on the seed articles (nothing seed-specific is asserted).
TEST_CASE("clean_document: seeds come out clean", "[clean][seeds]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(kronik::test::shared_dir()) / "seeds";
  if (!fs::is_directory(dir)) {
    WARN("no seeds at " << dir.string() << "; skipped");
    return;
  }
  std::vector<kronik::Error> problems;
  int documents = 0;
  const std::regex dateline("^[A-Z][A-Z0-9.]+( [A-Z][A-Z0-9.]+)* ?(\\(.*\\))? ?(-|\xE2\x80\x93|\xE2\x80\x94) ");
  for (const auto& src : kronik::list_inputs({dir.string()}, &problems)) {
    kronik::read_source(src, kronik::IngestConfig{}, [&](kronik::Result<kronik::RawDocument> r) {
      REQUIRE(r.ok());
      const kronik::RawDocument& raw = r.value();
      auto c = kronik::clean_document(raw, {});
      ++documents;
      INFO(raw.id);
      CHECK(c.sentences.size() >= 5);
      std::set<std::string> seen;
      for (const auto& s : c.sentences) {
        std::string text(kronik::slice(raw.text, s.span));
        INFO(text);
        CHECK(s.span.end <= raw.text.size());
        CHECK(!text.empty());
        CHECK(kronik::trim(text) == text);
        CHECK(seen.insert(text).second);               // no duplicate sentences
        CHECK(!std::regex_search(text, dateline));     // no sentence starts with a dateline
        CHECK(text.find(" | ") == std::string::npos);  // no stamp or menu line
      }
    });
  }
  CHECK(problems.empty());
  CHECK(documents > 0);
}

// ---- the page-noise table (data/common/page_noise.tsv and its compiled-in copy)

TEST_CASE("page noise: built-in table equals data/common/page_noise.tsv", "[clean][data]") {
  auto file = kronik::PageNoise::load(kronik::test::data_dir() + "/common/page_noise.tsv");
  REQUIRE(file.ok());
  const auto& builtin = kronik::PageNoise::builtin();
  using List = kronik::PageNoise::List;
  for (int i = 0; i < static_cast<int>(List::kCount); ++i) {
    auto list = static_cast<List>(i);
    INFO(kronik::PageNoise::list_name(list));
    CHECK(file.value().entries(list) == builtin.entries(list));
    CHECK(!builtin.entries(list).empty());  // every list is in use
  }
  CHECK(builtin.entries(List::kNoisePhrase).size() > 50);
  CHECK(builtin.contains(List::kNoisePrefix, "gabung "));  // "\s" keeps the space
  CHECK(builtin.has_prefix(List::kNoisePrefix, "baca juga: ini"));
  CHECK(!builtin.has_prefix(List::kNoisePrefix, "bacaan"));
}

TEST_CASE("page noise: parsing rules and errors", "[clean][data]") {
  using List = kronik::PageNoise::List;
  struct Case {
    const char* tsv;
    bool ok;
    std::uint64_t line;  // of the error
  };
  const Case cases[] = {
      {"# comment\n\nnoise_phrase\tTutup Iklan\tid\r\n", true, 0},
      {"noise_phrase\tsomething\n", true, 0},  // the language column is optional
      {"noise_prefix\tikut\\s\t*\n", true, 0},
      {"noise_phrase\tx\tid\nnoise_phrases\ty\tid\n", false, 2},
      {"noise_phrase\tx\tfr\n", false, 1},
      {"noise_phrase\t \tid\n", false, 1},
      {"noise_phrase\n", false, 1},
      {"noise_phrase\tx\tid\textra\n", false, 1},
  };
  for (const Case& c : cases) {
    INFO(c.tsv);
    auto r = kronik::PageNoise::parse(c.tsv, "t.tsv");
    REQUIRE(r.ok() == c.ok);
    if (!c.ok) {
      CHECK(r.error().code == kronik::ErrorCode::kData);
      CHECK(r.error().offset == c.line);
    }
  }
  auto r = kronik::PageNoise::parse("noise_phrase\tTutup Iklan\tid\nnoise_prefix\tikut\\s\t*\n", "t");
  REQUIRE(r.ok());
  CHECK(r.value().contains(List::kNoisePhrase, "tutup iklan"));  // stored lower-case
  CHECK(r.value().entries(List::kNoisePrefix) == std::vector<std::string>{"ikut "});
  CHECK(r.value().entries(List::kWeekday).empty());
  CHECK(kronik::PageNoise::load("/nonexistent/page_noise.tsv").error().code == kronik::ErrorCode::kIo);
}

TEST_CASE("page noise: a custom table changes what is dropped", "[clean][data]") {
  kronik::RawDocument raw;
  raw.text = "Warga membersihkan saluran air.\nPojok pembaca";
  CHECK(kronik::clean_document(raw, {}).sentences.size() == 2);
  auto table = kronik::PageNoise::parse("noise_phrase\tpojok pembaca\tid\n", "t");
  REQUIRE(table.ok());
  kronik::CleanConfig cfg;
  cfg.page_noise = std::make_shared<const kronik::PageNoise>(std::move(table).value());
  auto c = kronik::clean_document(raw, cfg);
  REQUIRE(c.sentences.size() == 1);
  CHECK(kronik::slice(raw.text, c.sentences[0].span) == "Warga membersihkan saluran air.");
  CHECK(c.removed_noise_lines == 1);
}
