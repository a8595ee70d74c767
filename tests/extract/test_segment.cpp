// Sentence splitting: table-driven rows {input, expected sentences}, Indonesian and English.
// Every expected sentence is compared with text.substr(span), which checks the offsets too.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kronik/extract/text/clean.h"
#include "test_paths.h"

using kronik::ByteSpan;

namespace {

struct Row {
  const char* what;
  std::string input;
  std::vector<std::string> expected;
};

std::vector<std::string> split_all(const std::string& text) {
  std::vector<std::string> out;
  for (ByteSpan s : kronik::split_sentences(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}))
    out.emplace_back(kronik::slice(text, s));
  return out;
}

const std::vector<Row>& rows() {
  static const std::vector<Row> kRows = {
      // plain boundaries
      {"id period", "Presiden tiba di Jakarta. Ia disambut para menteri.",
       {"Presiden tiba di Jakarta.", "Ia disambut para menteri."}},
      {"id question", "Apakah dia datang? Tidak ada yang tahu.", {"Apakah dia datang?", "Tidak ada yang tahu."}},
      {"id exclamation", "Luar biasa! Semua orang bersorak.", {"Luar biasa!", "Semua orang bersorak."}},
      {"en period", "The minister arrived in Hanoi. He met the prime minister.",
       {"The minister arrived in Hanoi.", "He met the prime minister."}},
      {"?! run", "Benarkah itu?! Tak ada yang percaya.", {"Benarkah itu?!", "Tak ada yang percaya."}},
      {"digit start", "Ada lima korban. 3 di antaranya luka berat.", {"Ada lima korban.", "3 di antaranya luka berat."}},
      {"lower-case after period", "Angka itu naik lima persen. dan terus naik", {"Angka itu naik lima persen. dan terus naik"}},
      {"trim", "  Kalimat pertama.   Kalimat kedua.  ", {"Kalimat pertama.", "Kalimat kedua."}},
      {"no punctuation", "Judul tanpa titik di akhir", {"Judul tanpa titik di akhir"}},
      {"bracket after period", "Hasilnya diumumkan kemarin (Senin). Semua pihak menerima.",
       {"Hasilnya diumumkan kemarin (Senin).", "Semua pihak menerima."}},
      {"single quotes", "Ia disebut 'pahlawan'. Julukan itu melekat.", {"Ia disebut 'pahlawan'.", "Julukan itu melekat."}},
      // abbreviations and titles
      {"Dr.", "Dr. Budi Santoso memimpin tim itu. Timnya berhasil.",
       {"Dr. Budi Santoso memimpin tim itu.", "Timnya berhasil."}},
      {"Prof.", "Prof. Ani Lestari mengajar di kampus. Ia juga meneliti.",
       {"Prof. Ani Lestari mengajar di kampus.", "Ia juga meneliti."}},
      {"Jl. and No.", "Kantor itu berada di Jl. Merdeka No. 5 di pusat kota. Gedungnya baru.",
       {"Kantor itu berada di Jl. Merdeka No. 5 di pusat kota.", "Gedungnya baru."}},
      {"Mr. Mrs. St.", "Mr. Smith met Mrs. Jones in St. Louis. They talked for hours.",
       {"Mr. Smith met Mrs. Jones in St. Louis.", "They talked for hours."}},
      {"U.S. U.N.", "The U.S. Navy sent two ships. The U.N. Security Council met.",
       {"The U.S. Navy sent two ships.", "The U.N. Security Council met."}},
      {"Lt. Gen. Col.", "Lt. Gen. Adams spoke first. Col. Reyes followed.",
       {"Lt. Gen. Adams spoke first.", "Col. Reyes followed."}},
      {"Sdr. Bpk.", "Sdr. Hasan dan Bpk. Rudi hadir. Keduanya tepat waktu.",
       {"Sdr. Hasan dan Bpk. Rudi hadir.", "Keduanya tepat waktu."}},
      {"a.n.", "Surat ditandatangani a.n. Kepala Dinas kemarin. Salinannya dikirim.",
       {"Surat ditandatangani a.n. Kepala Dinas kemarin.", "Salinannya dikirim."}},
      {"vs.", "Laga Garuda vs. Elang berakhir imbang. Penonton puas.",
       {"Laga Garuda vs. Elang berakhir imbang.", "Penonton puas."}},
      {"etc.", "They sold apples, pears, etc. at the market. Prices fell.",
       {"They sold apples, pears, etc. at the market.", "Prices fell."}},
      {"dll.", "Mereka membeli beras, gula, dll. untuk acara itu.", {"Mereka membeli beras, gula, dll. untuk acara itu."}},
      {"hal. before digit", "Pasal itu dibahas di hal. 12 laporan tersebut. Tidak ada keberatan.",
       {"Pasal itu dibahas di hal. 12 laporan tersebut.", "Tidak ada keberatan."}},
      {"Jan. before digit", "Rapat digelar Jan. 15 lalu. Semua hadir.", {"Rapat digelar Jan. 15 lalu.", "Semua hadir."}},
      {"Sept. before digit", "Ia lahir pada Sept. 9 di Bandung. Keluarganya besar.",
       {"Ia lahir pada Sept. 9 di Bandung.", "Keluarganya besar."}},
      {"Rp. before digit", "Harganya Rp. 5.000 per kilo. Murah sekali.", {"Harganya Rp. 5.000 per kilo.", "Murah sekali."}},
      {"initial", "Ali B. Hasan berbicara singkat. Ia lalu pergi.", {"Ali B. Hasan berbicara singkat.", "Ia lalu pergi."}},
      {"en initial", "Mary K. Lane visited the port. She spoke briefly.",
       {"Mary K. Lane visited the port.", "She spoke briefly."}},
      {"double initials", "Buku karya A.R. Tanjung laris. Penerbitnya senang.",
       {"Buku karya A.R. Tanjung laris.", "Penerbitnya senang."}},
      {"list number", "1. Peserta wajib hadir.", {"1. Peserta wajib hadir."}},
      // numbers, domains
      {"decimal", "Harga naik 3.5 persen tahun ini. Inflasi terkendali.",
       {"Harga naik 3.5 persen tahun ini.", "Inflasi terkendali."}},
      {"thousands", "Sebanyak 10.000 orang hadir. Acara berlangsung tertib.",
       {"Sebanyak 10.000 orang hadir.", "Acara berlangsung tertib."}},
      {"number at end", "Korban tewas mencapai 1.000. Angka itu terus naik.",
       {"Korban tewas mencapai 1.000.", "Angka itu terus naik."}},
      {"domain", "Kunjungi kabarkita.com untuk kabar terbaru. Situs itu populer.",
       {"Kunjungi kabarkita.com untuk kabar terbaru.", "Situs itu populer."}},
      {"upper-case domain", "BERITA24.COM melaporkan hal itu. Laporannya singkat.",
       {"BERITA24.COM melaporkan hal itu.", "Laporannya singkat."}},
      {"capitalised domain", "Berita dari Kabar.Com tersebar luas. Pembaca senang.",
       {"Berita dari Kabar.Com tersebar luas.", "Pembaca senang."}},
      {"www", "Lihat www.Contoh.Com untuk info. Semua gratis.", {"Lihat www.Contoh.Com untuk info.", "Semua gratis."}},
      {"email", "Kirim surat ke redaksi@contoh.co.id sebelum Senin. Terima kasih.",
       {"Kirim surat ke redaksi@contoh.co.id sebelum Senin.", "Terima kasih."}},
      // ellipses
      {"ellipsis mid-sentence", "Dia ragu... lalu akhirnya setuju.", {"Dia ragu... lalu akhirnya setuju."}},
      {"ellipsis char + capital", "Dia menunggu lama\xE2\x80\xA6 Akhirnya bus datang.",
       {"Dia menunggu lama\xE2\x80\xA6", "Akhirnya bus datang."}},
      // glued sentences
      {"glued lower.Upper", "Mereka membahas banyak hal.Kantor berita melaporkan pertemuan itu.",
       {"Mereka membahas banyak hal.", "Kantor berita melaporkan pertemuan itu."}},
      {"glued ?", "Apakah ini benar?Kemudian semua diam.", {"Apakah ini benar?", "Kemudian semua diam."}},
      {"glued opening quote", "Pertemuan digelar pada 3 Mei.\"Kami puas dengan hasilnya,\" kata juru bicara.",
       {"Pertemuan digelar pada 3 Mei.", "\"Kami puas dengan hasilnya,\" kata juru bicara."}},
      {"glued quote after number", "Kabar itu dikutip kantor berita 7.\"Semua berjalan baik,\" demikian pernyataan itu.",
       {"Kabar itu dikutip kantor berita 7.", "\"Semua berjalan baik,\" demikian pernyataan itu."}},
      {"glued after closing quote", "Ia menyebutnya \"bersejarah.\"Pihak lawan menolak.",
       {"Ia menyebutnya \"bersejarah.\"", "Pihak lawan menolak."}},
      {"glued after curly closing quote", "Ia menyebutnya \xE2\x80\x9C" "bersejarah.\xE2\x80\x9DPihak lawan menolak.",
       {"Ia menyebutnya \xE2\x80\x9C" "bersejarah.\xE2\x80\x9D", "Pihak lawan menolak."}},
      {"glued question then quote", "Siapa yang datang?\"Saya,\" jawabnya.",
       {"Siapa yang datang?", "\"Saya,\" jawabnya."}},
      {"glued abbreviation is not a split", "Rumahnya di Jl.Kenanga nomor tiga. Halamannya luas.",
       {"Rumahnya di Jl.Kenanga nomor tiga.", "Halamannya luas."}},
      // quotations
      {"comma inside quote", "\"Kami siap membantu,\" kata menteri itu.", {"\"Kami siap membantu,\" kata menteri itu."}},
      {"period inside quote + new sentence", "\"Kami siap membantu.\" Menteri itu lalu pergi.",
       {"\"Kami siap membantu.\"", "Menteri itu lalu pergi."}},
      {"period inside quote + attribution", "\"Kami siap.\" kata dia pelan.", {"\"Kami siap.\" kata dia pelan."}},
      {"multi-sentence quotation stays with attribution", "\"Kami sudah sepakat. Detailnya menyusul,\" ujar Budi.",
       {"\"Kami sudah sepakat. Detailnya menyusul,\" ujar Budi."}},
      {"curly multi-sentence quotation",
       "\xE2\x80\x9CKami sudah sepakat. Detailnya menyusul,\xE2\x80\x9D ujar Budi. Rapat pun ditutup.",
       {"\xE2\x80\x9CKami sudah sepakat. Detailnya menyusul,\xE2\x80\x9D ujar Budi.", "Rapat pun ditutup."}},
      {"mixed quote styles", "\xE2\x80\x9CKami menolak tuduhan itu\", kata Rina. Ia lalu pergi.",
       {"\xE2\x80\x9CKami menolak tuduhan itu\", kata Rina.", "Ia lalu pergi."}},
      {"en quotes", "\"We will not back down,\" she said. \"Never.\"",
       {"\"We will not back down,\" she said.", "\"Never.\""}},
      // lines and paragraphs
      {"blank line is a boundary", "Paragraf pertama tanpa titik\n\nParagraf kedua juga",
       {"Paragraf pertama tanpa titik", "Paragraf kedua juga"}},
      {"wrapped line", "Menteri itu berbicara\ndi depan wartawan.", {"Menteri itu berbicara\ndi depan wartawan."}},
      {"newline after period", "Kalimat satu selesai.\nKalimat dua dimulai.", {"Kalimat satu selesai.", "Kalimat dua dimulai."}},
      // a caption or headline line without final punctuation before a capitalised line
      {"caption line", "The minister waves to reporters at the airport in Hanoi\nThe minister arrived in Hanoi on Monday.",
       {"The minister waves to reporters at the airport in Hanoi", "The minister arrived in Hanoi on Monday."}},
      {"id caption line", "Menteri melambaikan tangan di Bandara Soekarno-Hatta\nMenteri tiba di Jakarta pada Senin.",
       {"Menteri melambaikan tangan di Bandara Soekarno-Hatta", "Menteri tiba di Jakarta pada Senin."}},
      {"caption line ending in a comma runs on", "Menteri itu berbicara kepada wartawan di Jakarta,\nKamis malam.",
       {"Menteri itu berbicara kepada wartawan di Jakarta,\nKamis malam."}},
      {"hard-wrapped text keeps its lines together",
       "The minister arrived in Hanoi on Monday and met the\nPrime Minister of Vietnam at the government office\nin the centre of the capital.",
       {"The minister arrived in Hanoi on Monday and met the\nPrime Minister of Vietnam at the government office\nin the centre of the capital."}},
  };
  return kRows;
}

}  // namespace

TEST_CASE("split_sentences: table of Indonesian and English rows", "[segment]") {
  REQUIRE(rows().size() >= 40);
  for (const Row& row : rows()) {
    INFO("row: " << row.what << "\ninput: " << row.input);
    CHECK(split_all(row.input) == row.expected);
  }
}

TEST_CASE("split_sentences: spans are absolute and stay inside the range", "[segment]") {
  const std::string text = "JUNK BEFORE. Kalimat pertama. Kalimat kedua. JUNK AFTER.";
  const auto b = static_cast<std::uint32_t>(text.find("Kalimat"));
  const auto e = static_cast<std::uint32_t>(text.find(" JUNK AFTER"));
  auto spans = kronik::split_sentences(text, ByteSpan{b, e});
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == b);
  CHECK(kronik::slice(text, spans[0]) == "Kalimat pertama.");
  CHECK(kronik::slice(text, spans[1]) == "Kalimat kedua.");
  CHECK(spans[1].end == e);
  // Out-of-range spans are clamped, never read past the text.
  CHECK(kronik::split_sentences(text, ByteSpan{e, 100000}).size() == 1);
  CHECK(kronik::split_sentences(text, ByteSpan{5, 5}).empty());
}

TEST_CASE("split_sentences: empty and whitespace-only input give no sentence", "[segment]") {
  for (std::string s : {"", "   ", "\n\n \t"}) {
    CHECK(kronik::split_sentences(s, ByteSpan{0, static_cast<std::uint32_t>(s.size())}).empty());
  }
}

TEST_CASE("abbreviations: built-in table equals data/common/abbreviations.tsv", "[segment][data]") {
  auto file = kronik::Abbreviations::load(kronik::test::data_dir() + "/common/abbreviations.tsv");
  REQUIRE(file.ok());
  const auto& builtin = kronik::Abbreviations::builtin().entries();
  CHECK(file.value().entries() == builtin);
  CHECK(builtin.size() > 50);
}

TEST_CASE("abbreviations: parsing rules and errors", "[segment][data]") {
  struct Case {
    std::string tsv;
    bool ok;
    std::uint64_t error_line;
  };
  const std::vector<Case> cases = {
      {"# comment\nDr.\talways\nNo.\tbefore_digit\n", true, 0},
      {"Dr.\n\nMr\n", true, 0},
      {"Dr.\tsometimes\n", false, 1},
      {"Dr.\n.\talways\n", false, 2},
  };
  for (const Case& c : cases) {
    INFO(c.tsv);
    auto r = kronik::Abbreviations::parse(c.tsv, "t.tsv");
    REQUIRE(r.ok() == c.ok);
    if (!c.ok) {
      CHECK(r.error().code == kronik::ErrorCode::kData);
      CHECK(r.error().offset == c.error_line);
    }
  }
  auto r = kronik::Abbreviations::parse("Dr.\nNo.\tbefore_digit\n", "t.tsv");
  REQUIRE(r.ok());
  const auto* dr = r.value().find("DR.");
  REQUIRE(dr != nullptr);
  CHECK(*dr == kronik::AbbreviationKind::kAlways);
  const auto* no = r.value().find("no");
  REQUIRE(no != nullptr);
  CHECK(*no == kronik::AbbreviationKind::kBeforeDigit);
  CHECK(r.value().find("Mr.") == nullptr);
  CHECK(kronik::Abbreviations::load("/nonexistent/abbreviations.tsv").error().code == kronik::ErrorCode::kIo);
}

TEST_CASE("split_sentences: a custom abbreviation table changes the decision", "[segment]") {
  const std::string text = "Tim itu dipimpin Kapt. Budi. Semua siap.";
  auto none = kronik::Abbreviations::parse("", "empty");
  REQUIRE(none.ok());
  auto spans = kronik::split_sentences(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, none.value());
  CHECK(spans.size() == 3);  // without the table, "Kapt." ends a sentence
  CHECK(kronik::split_sentences(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}).size() == 2);
}
