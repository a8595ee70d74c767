// Tests for the time-expression stage: recognition, resolution, stamps, weekday checks and
// publication inference. Every sentence below was written for these tests.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "kronik/extract/time/timex.h"
#include "test_paths.h"
#include "test_tagger.h"

using namespace kronik;

namespace {

const TimeTagger& tagger() { return test::time_tagger(); }

Language lang_of(const char* code) { return language_from_code(code); }

std::vector<TimeMention> run(const char* lang, const std::string& text, const char* pub) {
  auto mentions = tagger().find(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, lang_of(lang));
  auto p = TimeValue::parse_iso(pub);
  REQUIRE(p);
  tagger().resolve(mentions, *p);
  return mentions;
}

std::string describe(const std::vector<TimeMention>& ms) {
  std::string s;
  for (const auto& m : ms)
    s += "[" + m.text + " -> " + (m.duration ? std::string("duration") : m.value.iso()) + " | " + m.rule + " | " +
         anchor_name(m.anchor) + "] ";
  return s.empty() ? "(none)" : s;
}

// One row: text published on `pub`; `want` is the ISO value of mention `which` (-1 = last),
// "" when nothing may be found, "dur" for a duration.
struct Row {
  const char* lang;
  const char* pub;
  const char* text;
  const char* want;
  const char* gran = nullptr;
  int which = 0;
  const char* end = nullptr;
  const char* anchor = nullptr;
};

constexpr const char* P = "2025-07-14";  // a Monday

const Row kRows[] = {
// ---- Indonesian: explicit dates -------------------------------------------------------------
{"id", P, "Pertemuan itu digelar pada 12 Juli 2025 di kota pesisir.", "2025-07-12", "day", 0, nullptr, "explicit"},
{"id", P, "Kesepakatan diteken 1 Januari 2024 oleh kedua menteri.", "2024-01-01", "day"},
{"id", P, "Banjir melanda pada 31 Desember 2023 malam.", "2023-12-31", "day"},
{"id", P, "Laporan itu terbit 29 Februari 2024.", "2024-02-29", "day"},
{"id", P, "Catatan bertanggal 29 Februari 2023 jelas keliru.", "2023-02", "month"},
{"id", P, "Ia lahir pada 30 April 1990 di Bandung.", "1990-04-30", "day"},
{"id", P, "Rabu, 15/03/2028 10:20 WIB", "2028-03-15", "day"},
{"id", P, "Jumat, 9 Februari 2029 - 08:40 WIB", "2029-02-09", "day"},
{"id", P, "Dokumen bertanggal 12/07/2025 itu bocor ke media.", "2025-07-12", "day"},
{"id", P, "Surat tertanggal 3/2/2024 dikirim ke kedutaan.", "2024-02-03", "day"},
{"id", P, "Formulir 07/13/2025 ditulis dengan urutan Amerika.", "2025-07-13", "day"},
{"id", P, "Data per 2025-07-12 menunjukkan kenaikan.", "2025-07-12", "day"},
{"id", P, "Rapat pada 12.07.2025 ditunda.", "2025-07-12", "day"},
{"id", P, "Rapat pada 14-07-2025 ditunda.", "2025-07-14", "day"},
{"id", P, "Tiket berlaku hingga 14/07/25.", "2025-07-14", "day"},
{"id", P, "Keputusan keluar 12 Agt. 2024 setelah sidang.", "2024-08-12", "day"},
{"id", P, "Keputusan keluar 5 Okt 2023 setelah sidang.", "2023-10-05", "day"},
{"id", P, "Keputusan keluar 3 Des. 2022 setelah sidang.", "2022-12-03", "day"},
{"id", P, "Keputusan keluar 20 Sept. 2021 setelah sidang.", "2021-09-20", "day"},
{"id", P, "Keputusan keluar 7 Jan 2020 setelah sidang.", "2020-01-07", "day"},
{"id", P, "Keputusan keluar 10 Agu 2019 setelah sidang.", "2019-08-10", "day"},
{"id", P, "Keputusan keluar 1 Nop 2018 setelah sidang.", "2018-11-01", "day"},
{"id", P, "Acara puncak jatuh pada dua belas Juli 2025.", "2025-07-12", "day"},
{"id", P, "Proklamasi dibacakan tanggal 17 Agustus 1945.", "1945-08-17", "day"},
{"id", P, "Pada 12 JULI 2025 semua kantor tutup.", "2025-07-12", "day"},
{"id", P, "Kontrak berakhir 30 Juni 2026 mendatang.", "2026-06-30", "day"},
{"id", P, "Ia dilantik pada 20 Oktober 2019.", "2019-10-20", "day"},
{"id", P, "Pada 1 Maret 2024 harga naik.", "2024-03-01", "day"},
{"id", P, "Pada 15 Mei 2024 harga naik.", "2024-05-15", "day"},
{"id", P, "Pada 9 Pebruari 2024 harga naik.", "2024-02-09", "day"},
{"id", P, "Rabu, 1 Oktober 2019", "2019-10-01", "day"},
{"id", P, "Minggu (13/7/2025) warga berkumpul.", "2025-07-13", "day"},
{"id", P, "Minggu, 13 Juli 2025, warga berkumpul.", "2025-07-13", "day"},
{"id", P, "Kamis, 10 Juli 2025 | 14:30 WIB", "2025-07-10", "day"},
// ---- Indonesian: month, year, decade --------------------------------------------------------
{"id", P, "Perjanjian itu diteken pada Juni 2024 di Pyongyang.", "2024-06", "month", 0, nullptr, "explicit"},
{"id", P, "Perang dimulai pada Februari 2022.", "2022-02", "month"},
{"id", P, "Harga naik sejak Mei 2023.", "2023-05", "month"},
{"id", P, "Laporan Desember 2024 sudah terbit.", "2024-12", "month"},
{"id", P, "Data Agt. 2024 belum lengkap.", "2024-08", "month"},
{"id", P, "Pemilu digelar pada 2024 lalu.", "2024", "year"},
{"id", P, "Aturan ini berlaku sejak tahun 2019.", "2019", "year"},
{"id", P, "Target itu harus dicapai hingga 2030.", "2030", "year"},
{"id", P, "Ekonomi tumbuh sejak 2010 hingga 2015.", "2010", "year"},
{"id", P, "Periode 2020-2024 penuh tantangan.", "2020", "year", 0, "2024"},
{"id", P, "Krisis moneter terjadi pada 1990-an.", "199", "decade"},
{"id", P, "Musik tahun 80-an kembali populer.", "198", "decade"},
{"id", P, "Sejak era 2000-an kota itu berubah.", "200", "decade"},
{"id", P, "Pada awal 2024 harga beras naik.", "2024", "year"},
{"id", P, "Pembangunan selesai pada pertengahan tahun 2023.", "2023", "year"},
{"id", P, "Proyek dimulai akhir Juli 2024.", "2024-07", "month"},
// ---- Indonesian: spans ----------------------------------------------------------------------
{"id", P, "Konferensi berlangsung 19-20 Juni 2025 di Jakarta.", "2025-06-19", "day", 0, "2025-06-20"},
{"id", P, "Konferensi berlangsung 19\xE2\x80\x93" "20 Juni di Jakarta.", "2025-06-19", "day", 0, "2025-06-20"},
{"id", P, "Pameran dibuka 19 hingga 21 Juni.", "2025-06-19", "day", 0, "2025-06-21"},
{"id", P, "Festival berlangsung 28 Juni - 2 Juli 2025.", "2025-06-28", "day", 0, "2025-07-02"},
{"id", P, "Festival berlangsung 28 Juni hingga 2 Juli.", "2025-06-28", "day", 0, "2025-07-02"},
{"id", P, "Latihan digelar antara 11 dan 13 Juli.", "2025-07-11", "day", 0, "2025-07-13"},
{"id", P, "Sidang berlangsung 1 sampai 3 Juli 2025.", "2025-07-01", "day", 0, "2025-07-03"},
// ---- Indonesian: day and month without a year -----------------------------------------------
{"id", P, "Pertemuan diadakan di Medan pada 12 Juli.", "2025-07-12", "day", 0, nullptr, "publication"},
{"id", "2025-07-05", "Pertemuan dijadwalkan 12 Juli.", "2025-07-12", "day"},
{"id", "2025-07-05", "Pertemuan berlangsung 12 Juli.", "2025-07-12", "day"},
{"id", P, "Pertemuan berlangsung 25 Juli.", "2024-07-25", "day"},
{"id", P, "Pertemuan akan digelar 25 Juli.", "2025-07-25", "day"},
{"id", P, "Pemerintah akan menggelar pemilu pada 3 Juli.", "2026-07-03", "day"},
{"id", "2026-01-03", "Kebakaran terjadi pada 30 Desember.", "2025-12-30", "day"},
{"id", "2026-01-03", "Banjir melanda pada 1 Januari.", "2026-01-01", "day"},
{"id", "2025-03-01", "Data dirilis pada 29 Februari.", "2024-02-29", "day"},
{"id", "2024-03-01", "Data dirilis pada 29 Februari.", "2024-02-29", "day"},
{"id", "2025-02-01", "Data dirilis pada 31 Januari.", "2025-01-31", "day"},
{"id", "2025-05-02", "Harga ditetapkan 30 April.", "2025-04-30", "day"},
{"id", P, "Kim menerima tamunya tanggal 11 Juli.", "2025-07-11", "day"},
{"id", P, "Ia tiba dua belas Juli pagi.", "2025-07-12", "day"},
{"id", P, "Surat itu dikirim (10/7) lewat pos.", "2025-07-10", "day"},
{"id", "2025-07-15", "Acara digelar 1-3 Agustus mendatang.", "2025-08-01", "day", 0, "2025-08-03"},
{"id", "2025-08-12", "Pameran dibuka 12 Agustus mendatang.", "2026-08-12", "day"},
{"id", "2025-01-02", "Ia menjabat sejak 2 Januari lalu.", "2024-01-02", "day"},
{"id", P, "Ia tiba 14 Juli lalu.", "2024-07-14", "day"},
{"id", P, "Juni Rahmawati membuka acara.", ""},
{"id", P, "Pada Juni Presiden membuka acara.", "2025-06", "month"},
// ---- Indonesian: weekday with day/month -----------------------------------------------------
{"id", "2023-10-21", "Varga tiba di Cusco pada Rabu (18/10) malam.", "2023-10-18", "day", 0, nullptr, "inferred"},
{"id", "2025-07-14", "Warga berkumpul pada Minggu (13/7) pagi.", "2025-07-13", "day"},
{"id", "2025-01-12", "Gempa terjadi Jumat (10/1) dini hari.", "2025-01-10", "day"},
{"id", "2025-01-03", "Presiden berpidato Kamis (2/1).", "2025-01-02", "day"},
{"id", "2025-01-02", "Pesta digelar Selasa (31/12) malam.", "2024-12-31", "day"},
{"id", "2025-07-14", "Kamis (10/7) pukul 10.00 WIB rapat dimulai.", "2025-07-10", "day"},
{"id", "2026-07-14", "Minggu (13/7) warga berkumpul.", "2025-07-13", "day"},
// ---- Indonesian: weekdays -------------------------------------------------------------------
{"id", P, "Radio daerah mengabarkan pada hari Minggu.", "2025-07-13", "day", 0, nullptr, "publication"},
{"id", P, "Ia tiba pada hari Senin.", "2025-07-14", "day"},
{"id", P, "Pada hari Sabtu, koran lokal memberitakan hal itu.", "2025-07-12", "day"},
{"id", P, "Pada hari Kamis, juru bicara menjelaskan pertemuan.", "2025-07-10", "day"},
{"id", P, "Keduanya bertemu Jumat di ibu kota.", "2025-07-11", "day"},
{"id", P, "Keduanya bertemu pada hari Jum'at di ibu kota.", "2025-07-11", "day"},
{"id", P, "Keduanya bertemu pada hari Jum\xE2\x80\x99" "at di ibu kota.", "2025-07-11", "day"},
{"id", P, "Rapat digelar Selasa.", "2025-07-08", "day"},
{"id", P, "Rapat digelar Rabu.", "2025-07-09", "day"},
{"id", P, "Kamis lalu ia menelepon.", "2025-07-10", "day"},
{"id", P, "Senin lalu ia menelepon.", "2025-07-07", "day"},
{"id", P, "Pada Minggu lalu ia datang.", "2025-07-13", "day"},
{"id", P, "Ia datang pada hari Minggu lalu.", "2025-07-13", "day"},
{"id", P, "Selasa depan ia berangkat.", "2025-07-15", "day"},
{"id", P, "Senin depan ia berangkat.", "2025-07-21", "day"},
{"id", P, "Ia berangkat Jumat mendatang.", "2025-07-18", "day"},
{"id", P, "Ia berangkat Senin ini.", "2025-07-14", "day"},
{"id", P, "Ia berangkat Kamis ini.", "2025-07-17", "day"},
{"id", P, "Ia berangkat Senin kemarin.", "2025-07-07", "day"},
{"id", P, "Menteri akan bertemu mitranya pada hari Rabu.", "2025-07-16", "day"},
{"id", P, "Menteri akan bertemu mitranya pada hari Senin.", "2025-07-21", "day"},
{"id", P, "Menteri dijadwalkan tiba hari Sabtu.", "2025-07-19", "day"},
{"id", P, "Menteri yang akan pensiun itu, tiba pada hari Sabtu.", "2025-07-12", "day"},
{"id", P, "Delegasi itu tiba pada hari minggu pagi.", "2025-07-13", "day"},
{"id", P, "\xE2\x80\x9C" "Kami bertemu pada hari Minggu,\xE2\x80\x9D ujarnya.", "2025-07-13", "day"},
{"id", P, "\"Kami akan bertemu lagi pada hari Rabu,\" katanya.", "2025-07-16", "day"},
{"id", "2025-07-13", "Warga berkumpul pada hari Minggu.", "2025-07-13", "day"},
// one report, one Sunday: a bare weekday after a future reading of the same weekday is that day
{"id", P, "Gencatan senjata akan dimulai pada hari Minggu. Sandera dibebaskan pada hari Minggu.", "2025-07-20", "day", -1},
{"id", P, "Mereka bertemu pada hari Minggu. Mereka akan bertemu lagi pada hari Minggu.", "2025-07-13", "day"},
{"id", "2026-01-01", "Pesta digelar pada hari Rabu.", "2025-12-31", "day"},
{"id", "2024-03-01", "Ia datang hari Kamis.", "2024-02-29", "day"},
{"id", "2025-03-03", "Ia datang Sabtu lalu.", "2025-03-01", "day"},
// ---- Indonesian: "Minggu" versus "minggu" ---------------------------------------------------
{"id", P, "Minggu lalu, Kim bertemu Putin.", "2025-W28", "week"},
{"id", P, "Kim bertemu Putin minggu lalu.", "2025-W28", "week"},
{"id", P, "Kim akan bertemu Putin minggu depan.", "2025-W30", "week"},
{"id", P, "Minggu depan harga BBM naik.", "2025-W30", "week"},
{"id", P, "Harga naik minggu ini.", "2025-W29", "week"},
{"id", P, "Selama Dua Minggu Warga Mengungsi", "dur"},
{"id", P, "Mereka mengungsi selama dua minggu.", "dur"},
{"id", P, "Minggu, pasukan itu mundur.", "2025-07-13", "day"},
{"id", P, "Pasukan itu mundur pada Minggu pagi.", "2025-07-13", "day"},
{"id", P, "Pasukan itu mundur berminggu-minggu lamanya.", ""},
// ---- Indonesian: bare and shifted months ----------------------------------------------------
{"id", "2023-10-18", "Keduanya bertemu di kosmodrom pada September lalu.", "2023-09", "month", 0, nullptr, "publication"},
{"id", P, "Kunjungan serupa terjadi Juli lalu.", "2024-07", "month"},
{"id", "2026-01-10", "Harga minyak anjlok Desember lalu.", "2025-12", "month"},
{"id", "2026-01-10", "Harga minyak anjlok Januari lalu.", "2025-01", "month"},
{"id", P, "Pasukan dikerahkan pada bulan April.", "2025-04", "month"},
{"id", P, "Pasukan dikerahkan pada bulan Agustus.", "2024-08", "month"},
{"id", P, "Pasukan dikerahkan pada bulan Juli.", "2025-07", "month"},
{"id", P, "Pasukan akan dikerahkan pada bulan Agustus.", "2025-08", "month"},
{"id", P, "Pemilu digelar Agustus mendatang.", "2025-08", "month"},
{"id", P, "Pemilu digelar Juli depan.", "2026-07", "month"},
{"id", "2025-12-20", "Tarif naik Januari depan.", "2026-01", "month"},
{"id", P, "Tarif naik Juli ini.", "2025-07", "month"},
{"id", "2023-10-20", "Pertemuan September antara kedua pemimpin memicu kekhawatiran.", "2023-09", "month"},
{"id", P, "Harga turun pada Mei.", "2025-05", "month"},
{"id", P, "Harga turun pada bulan Mei.", "2025-05", "month"},
{"id", P, "Harga turun Mei lalu.", "2025-05", "month"},
{"id", P, "Mei Lestari menyanyikan lagu itu.", ""},
{"id", "2025-08-10", "Harga naik pada pertengahan Juli.", "2025-07", "month"},
{"id", P, "Harga naik pada awal bulan Maret.", "2025-03", "month"},
{"id", P, "Harga naik sejak awal Juni.", "2025-06", "month"},
// ---- Indonesian: deictic days ---------------------------------------------------------------
{"id", P, "Presiden berbicara kemarin di istana.", "2025-07-13", "day", 0, nullptr, "publication"},
{"id", P, "Presiden berbicara hari ini di istana.", "2025-07-14", "day"},
{"id", P, "Presiden akan berbicara besok di istana.", "2025-07-15", "day"},
{"id", P, "Presiden akan berbicara lusa.", "2025-07-16", "day"},
{"id", P, "Presiden berbicara kemarin lusa.", "2025-07-12", "day"},
{"id", P, "Presiden berbicara tadi malam.", "2025-07-13", "day"},
{"id", P, "Presiden berbicara pagi ini.", "2025-07-14", "day"},
{"id", "2025-03-01", "Hujan turun kemarin.", "2025-02-28", "day"},
{"id", "2024-03-01", "Hujan turun kemarin.", "2024-02-29", "day"},
{"id", "2025-12-31", "Pesta digelar besok.", "2026-01-01", "day"},
{"id", "2025-01-01", "Pesta digelar kemarin.", "2024-12-31", "day"},
{"id", P, "KEMARIN pasar tutup.", "2025-07-13", "day"},
// ---- Indonesian: relative weeks, months, years ----------------------------------------------
{"id", P, "Ia bertemu Putin pekan lalu.", "2025-W28", "week"},
{"id", P, "Ia akan bertemu Putin pekan depan.", "2025-W30", "week"},
{"id", P, "Ia bertemu Putin pekan ini.", "2025-W29", "week"},
{"id", "2025-01-02", "Ia bertemu Putin pekan lalu.", "2024-W52", "week"},
{"id", "2025-01-10", "Ekspor turun bulan lalu.", "2024-12", "month"},
{"id", "2025-12-05", "Ekspor naik bulan depan.", "2026-01", "month"},
{"id", P, "Ekspor naik bulan ini.", "2025-07", "month"},
{"id", P, "Perjanjian ditandatangani tahun lalu.", "2024", "year"},
{"id", P, "Perjanjian akan ditandatangani tahun depan.", "2026", "year"},
{"id", P, "Perjanjian ditandatangani tahun ini.", "2025", "year"},
{"id", P, "Perjanjian ditandatangani tahun silam.", "2024", "year"},
{"id", P, "Kota itu berubah dekade lalu.", "201", "decade"},
{"id", P, "Harga turun pada awal bulan ini.", "2025-07", "month"},
{"id", P, "Resor itu dibuka awal bulan ini.", "2025-07", "month"},
{"id", P, "Target tercapai akhir tahun.", "2025", "year"},
{"id", P, "Target tercapai akhir tahun lalu.", "2024", "year"},
{"id", P, "Target tercapai awal tahun depan.", "2026", "year"},
{"id", "2023-10-18", "Awal pekan ini, Varga menemani Herrera.", "2023-W42", "week"},
{"id", P, "Mereka berlibur akhir pekan lalu.", "2025-W28", "week"},
{"id", P, "Mereka berlibur akhir pekan ini.", "2025-W29", "week"},
{"id", P, "Harga naik pertengahan bulan lalu.", "2025-06", "month"},
// ---- Indonesian: counted offsets ------------------------------------------------------------
{"id", P, "Ia tiba tiga hari lalu.", "2025-07-11", "day"},
{"id", P, "Ia tiba 3 hari lalu.", "2025-07-11", "day"},
{"id", P, "Ia tiba dua pekan lalu.", "2025-W27", "week"},
{"id", P, "Ia tiba sepekan lalu.", "2025-W28", "week"},
{"id", P, "Ia tiba seminggu yang lalu.", "2025-W28", "week"},
{"id", P, "Ia tiba sebulan lalu.", "2025-06", "month"},
{"id", P, "Ia tiba dua bulan lalu.", "2025-05", "month"},
{"id", P, "Ia tiba setahun lalu.", "2024", "year"},
{"id", P, "Ia tiba dua tahun lalu.", "2023", "year"},
{"id", P, "Ia tiba lima tahun silam.", "2020", "year"},
{"id", P, "Ia tiba sebelas tahun lalu.", "2014", "year"},
{"id", P, "Ia tiba dua puluh tahun lalu.", "2005", "year"},
{"id", P, "Ia tiba dua puluh satu tahun lalu.", "2004", "year"},
{"id", P, "Ia akan tiba dua hari lagi.", "2025-07-16", "day"},
{"id", P, "Ia akan tiba tiga bulan lagi.", "2025-10", "month"},
// ---- Indonesian: reference-anchored ---------------------------------------------------------
{"id", P, "Lavrov tiba 12 Juli 2025; sehari sebelumnya ia berada di Beijing.", "2025-07-11", "day", -1, nullptr, "reference"},
{"id", P, "Pertemuan digelar 10 Juli 2025. Dua hari kemudian mereka berpisah.", "2025-07-12", "day", -1, nullptr, "reference"},
{"id", P, "Pertemuan digelar 10 Juli 2025. Keesokan harinya mereka berpisah.", "2025-07-11", "day", -1},
{"id", P, "Pertemuan digelar 10 Juli 2025. Sepekan kemudian mereka berpisah.", "2025-W29", "week", -1},
{"id", P, "Pertemuan digelar 10 Juli 2025. Tiga hari sebelumnya mereka tiba.", "2025-07-07", "day", -1},
{"id", P, "Pertemuan digelar 10 Juli 2025. Pada hari yang sama mereka berpisah.", "2025-07-10", "day", -1},
{"id", P, "Pertemuan digelar Juni 2024. Sebulan kemudian perjanjian diteken.", "2024-07", "month", -1},
{"id", P, "Pertemuan digelar pada 2020. Dua tahun kemudian perjanjian diteken.", "2022", "year", -1},
{"id", P, "KCNA melapor pada hari Minggu tentang pertemuan yang diadakan sehari sebelumnya.", "2025-07-12", "day", -1, nullptr, "reference"},
{"id", P, "Sehari sebelumnya ia tiba di bandara.", "2025-07-13", "day", 0, nullptr, "publication"},
{"id", P, "Pertemuan berlanjut pada hari berikutnya.", "2025-07-15", "day"},
{"id", P, "Pertemuan digelar 10 Juli 2025. Ia pulang pada pekan berikutnya.", "2025-W29", "week", -1},
// ---- Indonesian: durations ------------------------------------------------------------------
{"id", P, "Varga kini menjalani kunjungan tiga hari ke Peru.", "dur"},
{"id", P, "Herrera berada di Chile selama sembilan hari bulan lalu.", "dur"},
{"id", P, "Herrera berada di Chile selama sembilan hari bulan lalu.", "2025-06", "month", 1},
{"id", P, "Hubungan meningkat selama dua tahun terakhir.", "dur"},
{"id", P, "Hubungan meningkat dalam sepekan terakhir.", "dur"},
{"id", P, "Ia ditahan selama sepekan.", "dur"},
{"id", P, "Kunjungan 3 hari itu berakhir.", "dur"},
{"id", P, "Pameran berlangsung sebulan penuh.", "dur"},
{"id", P, "Proyek itu memakan waktu satu dekade.", "dur"},
{"id", P, "Mereka menunggu setahun terakhir.", "dur"},
// ---- Indonesian: not dates ------------------------------------------------------------------
{"id", P, "Kota itu menyiagakan lebih dari 10.000 polisi.", ""},
{"id", P, "Sekitar 600 tentara tewas dalam pertempuran.", ""},
{"id", P, "Sekitar 6.000 insinyur akan dikirim.", ""},
{"id", P, "Rapat dimulai pukul 10.00 WIB.", ""},
{"id", P, "Ia datang pukul 09.05.", ""},
{"id", P, "Wait 5 sec.", ""},
{"id", P, "seperti melansir TASS 13.", ""},
{"id", P, "Tim itu menang 2-1 atas lawannya.", ""},
{"id", P, "Rasio utang mencapai 1/2 dari PDB.", ""},
{"id", P, "KTT G20 digelar di Bali.", ""},
{"id", P, "Pandemi COVID-19 melanda dunia.", ""},
{"id", P, "Sebanyak 2024 orang mendaftar.", ""},
{"id", P, "Maskapai itu akan membuka rute dua kali seminggu.", ""},
{"id", P, "Ia lalu pergi ke Beijing.", ""},
{"id", P, "Varga sebelumnya telah menggelar rapat.", ""},
{"id", P, "Pada akhirnya kedua pihak sepakat.", ""},
{"id", P, "Kebutuhan sehari-hari warga terpenuhi.", ""},
{"id", P, "Inflasi tercatat 1,5 persen.", ""},
{"id", P, "Harga naik 2,5 tahun berturut-turut.", ""},
{"id", P, "Ia tinggal di Jalan Sudirman 12.", ""},
{"id", P, "Artikel ini berisi 12 halaman.", ""},
{"id", P, "Akhir perang belum terlihat.", ""},
{"id", P, "Awal mula konflik itu rumit.", ""},
{"id", P, "Nomor 12/345 sudah terdaftar.", ""},
// ---- English: explicit dates ----------------------------------------------------------------
{"en", P, "The talks were held on July 12, 2025 in Wonsan.", "2025-07-12", "day", 0, nullptr, "explicit"},
{"en", P, "The talks were held on 12 July 2025 in Wonsan.", "2025-07-12", "day"},
{"en", P, "The talks were held on July 12th, 2025.", "2025-07-12", "day"},
{"en", P, "The talks were held on the 12th of July 2025.", "2025-07-12", "day"},
{"en", P, "The talks were held on 12th July 2025.", "2025-07-12", "day"},
{"en", P, "The form is dated 07/12/2025.", "2025-07-12", "day"},
{"en", P, "The form is dated 13/07/2025.", "2025-07-13", "day"},
{"en", P, "The form is dated 2025-07-12.", "2025-07-12", "day"},
{"en", P, "Monday, July 14, 2025", "2025-07-14", "day"},
{"en", P, "The ruling came on Sept. 12, 2024.", "2024-09-12", "day"},
{"en", P, "The ruling came on Jan. 5, 2025.", "2025-01-05", "day"},
{"en", P, "The ruling came on Aug 3 2023.", "2023-08-03", "day"},
{"en", P, "The ruling came on Oct. 18, 2023.", "2023-10-18", "day"},
{"en", P, "The ruling came on Dec 31, 2024.", "2024-12-31", "day"},
{"en", P, "The treaty was signed on February 29, 2024.", "2024-02-29", "day"},
{"en", P, "The treaty was signed on May 9, 2024.", "2024-05-09", "day"},
{"en", P, "The treaty was signed on 9 May 2024.", "2024-05-09", "day"},
{"en", P, "The treaty was signed on March 3, 2022.", "2022-03-03", "day"},
{"en", P, "The treaty was signed on 1st March 2022.", "2022-03-01", "day"},
{"en", P, "The treaty was signed on SEPTEMBER 2, 2022.", "2022-09-02", "day"},
{"en", P, "Wednesday, Oct. 18, 2023 at 9:05 a.m.", "2023-10-18", "day"},
// ---- English: months, years, decades --------------------------------------------------------
{"en", P, "Inflation peaked in July 2025.", "2025-07", "month"},
{"en", P, "Inflation peaked in May 2024.", "2024-05", "month"},
{"en", P, "Inflation peaked in March 2024.", "2024-03", "month"},
{"en", P, "Inflation peaked in Sept. 2023.", "2023-09", "month"},
{"en", P, "Inflation peaked in July, 2023.", "2023-07", "month"},
{"en", P, "The law has applied since 2019.", "2019", "year"},
{"en", P, "Elections were held in 2024.", "2024", "year"},
{"en", P, "The goal must be met by 2030.", "2030", "year"},
{"en", P, "Prices rose from 2020 to 2022.", "2020", "year", 0, "2022"},
{"en", P, "Rates were high in the 1990s.", "199", "decade"},
{"en", P, "Rates were high in 1980s Britain.", "198", "decade"},
{"en", P, "Music from the '90s is back.", "199", "decade"},
{"en", P, "Music from the 90s is back.", "199", "decade"},
{"en", P, "Growth slowed in the 2010s.", "201", "decade"},
{"en", P, "Growth slowed in early 2024.", "2024", "year"},
{"en", P, "Growth slowed in mid-2024.", "2024", "year"},
{"en", P, "Growth slowed by the end of 2023.", "2023", "year"},
// ---- English: spans -------------------------------------------------------------------------
{"en", P, "The summit runs July 11-13, 2025.", "2025-07-11", "day", 0, "2025-07-13"},
{"en", P, "The summit ran 11-13 July 2025.", "2025-07-11", "day", 0, "2025-07-13"},
{"en", "2025-07-20", "The summit ran from 11 to 13 July.", "2025-07-11", "day", 0, "2025-07-13"},
{"en", "2025-07-20", "The summit ran between 11 and 13 July.", "2025-07-11", "day", 0, "2025-07-13"},
{"en", "2025-07-20", "The summit ran July 11 to 13.", "2025-07-11", "day", 0, "2025-07-13"},
// ---- English: partial dates -----------------------------------------------------------------
{"en", P, "The ministers met on July 12.", "2025-07-12", "day", 0, nullptr, "publication"},
{"en", P, "The ministers met on May 12.", "2025-05-12", "day"},
{"en", P, "The ministers met on 12 May.", "2025-05-12", "day"},
{"en", P, "The ministers met on the 3rd of July.", "2025-07-03", "day"},
{"en", P, "The ministers met on July 25.", "2024-07-25", "day"},
{"en", P, "The ministers will meet on July 25.", "2025-07-25", "day"},
{"en", "2026-01-03", "The fire broke out on December 30.", "2025-12-30", "day"},
{"en", "2025-03-01", "The data came out on February 29.", "2024-02-29", "day"},
// ---- English: months ------------------------------------------------------------------------
{"en", "2023-10-20", "The leaders met in September.", "2023-09", "month"},
{"en", "2023-10-20", "The leaders met last September.", "2023-09", "month"},
{"en", P, "The leaders met last July.", "2024-07", "month"},
{"en", P, "The leaders will meet next July.", "2026-07", "month"},
{"en", P, "The leaders meet this July.", "2025-07", "month"},
{"en", P, "The leaders met in May.", "2025-05", "month"},
{"en", P, "The leaders met in March.", "2025-03", "month"},
{"en", P, "The leaders will meet in August.", "2025-08", "month"},
{"en", P, "The leaders met in August.", "2024-08", "month"},
{"en", "2026-01-10", "Oil prices fell last December.", "2025-12", "month"},
{"en", "2025-08-10", "Prices peaked in mid-July.", "2025-07", "month"},
{"en", P, "Prices peaked in early June.", "2025-06", "month"},
{"en", P, "Prices peaked at the end of July 2024.", "2024-07", "month"},
{"en", P, "Prices peaked in late April.", "2025-04", "month"},
// ---- English: weekdays ----------------------------------------------------------------------
{"en", P, "State media reported on Saturday.", "2025-07-12", "day", 0, nullptr, "publication"},
{"en", P, "State media reported on Sunday.", "2025-07-13", "day"},
{"en", P, "State media reported on Monday.", "2025-07-14", "day"},
{"en", P, "State media reported Tuesday that talks failed.", "2025-07-08", "day"},
{"en", P, "Sunday's vote was calm.", "2025-07-13", "day"},
{"en", P, "They spoke last Friday.", "2025-07-11", "day"},
{"en", P, "They spoke last Monday.", "2025-07-07", "day"},
{"en", P, "They will speak next Monday.", "2025-07-21", "day"},
{"en", P, "They will speak next Tuesday.", "2025-07-15", "day"},
{"en", P, "They will speak on Wednesday.", "2025-07-16", "day"},
{"en", P, "They will speak on Monday.", "2025-07-21", "day"},
{"en", P, "They plan to speak on Thursday.", "2025-07-17", "day"},
{"en", P, "They are expected to sign the deal on Friday.", "2025-07-18", "day"},
{"en", P, "They speak this Friday.", "2025-07-18", "day"},
{"en", P, "Protesters will march on Sunday.", "2025-07-20", "day"},
{"en", P, "The deal would take effect on Sunday.", "2025-07-20", "day"},
{"en", P, "A new tariff set to come into effect Sunday.", "2025-07-20", "day"},
{"en", P, "The truce will begin on Sunday. Hostages are handed over on Sunday as well.", "2025-07-20", "day", -1},
{"en", P, "They met on Sunday. They will meet again on Sunday.", "2025-07-13", "day"},
{"en", P, "The minister, who will retire, arrived on Saturday.", "2025-07-12", "day"},
{"en", P, "\"We met on Sunday,\" she said.", "2025-07-13", "day"},
{"en", P, "\xE2\x80\x9CWe will meet again on Wednesday,\xE2\x80\x9D he said.", "2025-07-16", "day"},
{"en", "2026-01-01", "The party was held on Wednesday.", "2025-12-31", "day"},
{"en", "2024-03-01", "He came on Thursday.", "2024-02-29", "day"},
{"en", "2023-10-21", "The talks on Wednesday (Oct. 18) went well.", "2023-10-18", "day", 0, nullptr, "inferred"},
{"en", "2025-07-14", "They met on Sunday, July 13.", "2025-07-13", "day"},
// ---- English: deictic words -----------------------------------------------------------------
{"en", P, "The president spoke yesterday.", "2025-07-13", "day"},
{"en", P, "The president speaks today.", "2025-07-14", "day"},
{"en", P, "Today's talks were short.", "2025-07-14", "day"},
{"en", P, "The president speaks tomorrow.", "2025-07-15", "day"},
{"en", P, "The president spoke last night.", "2025-07-13", "day"},
{"en", P, "The president spoke this morning.", "2025-07-14", "day"},
{"en", P, "The president spoke the day before yesterday.", "2025-07-12", "day"},
{"en", P, "The president speaks the day after tomorrow.", "2025-07-16", "day"},
{"en", "2025-12-31", "Markets reopen tomorrow.", "2026-01-01", "day"},
{"en", "2024-03-01", "Markets closed yesterday.", "2024-02-29", "day"},
{"en", P, "Talks collapsed last week.", "2025-W28", "week"},
{"en", P, "Talks resume next week.", "2025-W30", "week"},
{"en", P, "Talks resume this week.", "2025-W29", "week"},
{"en", P, "Exports fell last month.", "2025-06", "month"},
{"en", P, "Exports rise next month.", "2025-08", "month"},
{"en", P, "Exports fell this month.", "2025-07", "month"},
{"en", P, "The pact was signed last year.", "2024", "year"},
{"en", P, "The pact was signed this year.", "2025", "year"},
{"en", P, "The pact will be signed next year.", "2026", "year"},
{"en", P, "Last year's pact still holds.", "2024", "year"},
{"en", P, "A resort opened earlier this month.", "2025-07", "month"},
{"en", P, "A resort opens later this year.", "2025", "year"},
{"en", P, "A resort opens early next year.", "2026", "year"},
{"en", P, "A resort opened late last year.", "2024", "year"},
{"en", P, "A resort opens at the end of the month.", "2025-07", "month"},
{"en", P, "A resort opens at the end of next month.", "2025-08", "month"},
{"en", P, "A resort opened at the beginning of the year.", "2025", "year"},
{"en", P, "They vacationed last weekend.", "2025-W28", "week"},
{"en", "2023-10-18", "Earlier this week Lavrov visited Beijing.", "2023-W42", "week"},
// ---- English: counted offsets ---------------------------------------------------------------
{"en", P, "He arrived three days ago.", "2025-07-11", "day"},
{"en", P, "He arrived 3 days ago.", "2025-07-11", "day"},
{"en", P, "He arrived two weeks ago.", "2025-W27", "week"},
{"en", P, "He arrived a week ago.", "2025-W28", "week"},
{"en", P, "He arrived a month ago.", "2025-06", "month"},
{"en", P, "He arrived two years ago.", "2023", "year"},
{"en", P, "He arrived twenty-one years ago.", "2004", "year"},
{"en", P, "He arrived a decade ago.", "201", "decade"},
{"en", P, "He will arrive in three days.", "2025-07-17", "day"},
{"en", P, "He will arrive two weeks from now.", "2025-W31", "week"},
// ---- English: reference-anchored ------------------------------------------------------------
{"en", P, "The talks began on July 10, 2025. Two days later they ended.", "2025-07-12", "day", -1, nullptr, "reference"},
{"en", P, "The talks began on July 10, 2025. The previous day he landed.", "2025-07-09", "day", -1, nullptr, "reference"},
{"en", P, "The talks began on July 10, 2025. The day before, he landed.", "2025-07-09", "day", -1},
{"en", P, "The talks began on July 10, 2025. The next day they ended.", "2025-07-11", "day", -1},
{"en", P, "The talks began on July 10, 2025. The following day they ended.", "2025-07-11", "day", -1},
{"en", P, "The talks began on July 10, 2025. A day earlier he landed.", "2025-07-09", "day", -1},
{"en", P, "The talks began on July 10, 2025. Three weeks later they resumed.", "2025-W31", "week", -1},
{"en", P, "The talks began in June 2024. The following month a deal was signed.", "2024-07", "month", -1},
{"en", P, "The talks began in 2020. The following year a deal was signed.", "2021", "year", -1},
{"en", P, "The talks began on Sunday. The previous day he landed.", "2025-07-12", "day", -1},
{"en", P, "The previous day he landed.", "2025-07-13", "day", 0, nullptr, "publication"},
{"en", P, "The talks began on July 10, 2025. That day, it rained.", "2025-07-10", "day", -1},
// ---- English: durations ---------------------------------------------------------------------
{"en", P, "He stayed for three days.", "dur"},
{"en", P, "He stayed for a week.", "dur"},
{"en", P, "It was a three-day visit.", "dur"},
{"en", P, "Ties deepened over the past two years.", "dur"},
{"en", P, "Ties deepened in the last three months.", "dur"},
{"en", P, "He served 10 years in office.", "dur"},
// ---- English: not dates ---------------------------------------------------------------------
{"en", P, "Prices may rise again.", ""},
{"en", P, "May we all stay safe.", ""},
{"en", P, "Protesters march through the city.", ""},
{"en", P, "March through the snow, they said.", ""},
{"en", P, "Flights run twice a week.", ""},
{"en", P, "He eats three meals a day.", ""},
{"en", P, "Flights run once a week.", ""},
{"en", P, "Wait 5 sec.", ""},
{"en", P, "More than 10,000 troops were sent.", ""},
{"en", P, "About 600 soldiers died.", ""},
{"en", P, "The sun rose over the sea.", ""},
{"en", P, "He sat down and waited.", ""},
{"en", P, "Jan Egeland spoke to reporters.", ""},
{"en", P, "The team won 2-1.", ""},
{"en", P, "See page 12 of the report.", ""},
{"en", P, "The 12 members voted.", ""},
{"en", P, "He said it was a good day.", ""},
{"en", P, "The G20 leaders met.", ""},
{"en", P, "In 2,024 cases the rule applied.", ""},
{"en", P, "Two days before the vote, he resigned.", ""},
{"en", P, "The meeting starts at 10:00.", ""},
{"en", P, "Sun Yat-sen was a leader.", ""},
{"en", P, "Prices rose 1.5 percent.", ""},
{"en", P, "The august body convened.", ""},
{"en", P, "June Carter sang.", ""},
{"en", P, "April Ryan asked a question.", ""},
};

}  // namespace

TEST_CASE("time expressions: recognition and resolution table", "[timex]") {
  STATIC_REQUIRE(sizeof(kRows) / sizeof(kRows[0]) >= 300);
  for (const Row& row : kRows) {
    std::string text = row.text;
    auto ms = run(row.lang, text, row.pub);
    INFO(row.lang << " | " << row.pub << " | " << text << "\n  found: " << describe(ms));
    std::string want = row.want;
    if (want.empty()) {
      CHECK(ms.empty());
      continue;
    }
    REQUIRE(!ms.empty());
    std::size_t idx = row.which < 0 ? ms.size() - 1 : static_cast<std::size_t>(row.which);
    REQUIRE(idx < ms.size());
    const TimeMention& m = ms[idx];
    if (want == "dur") {
      CHECK(m.duration);
      CHECK(!m.value.known());
      continue;
    }
    CHECK(!m.duration);
    CHECK(m.value.iso() == want);
    if (row.gran) CHECK(std::string(granularity_name(m.value.granularity)) == row.gran);
    if (row.end) CHECK(m.end.iso() == row.end);
    if (row.anchor) CHECK(std::string(anchor_name(m.anchor)) == row.anchor);
  }
}

TEST_CASE("time expressions: spans and offsets point into the text", "[timex]") {
  std::string text = "Pembukaan.  Lavrov tiba pada 12 Juli 2025, lalu pulang kemarin.";
  const std::uint32_t from = 11;  // the range starts after the first sentence
  auto ms = tagger().find(text, ByteSpan{from, static_cast<std::uint32_t>(text.size())}, Language::kIndonesian);
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].text == "12 Juli 2025");
  CHECK(text.substr(ms[0].span.begin, ms[0].span.size()) == "12 Juli 2025");
  CHECK(ms[1].text == "kemarin");
  CHECK(ms[0].anchor == Anchor::kExplicit);
  CHECK(ms[1].anchor == Anchor::kUnknown);  // unresolved until resolve()
  CHECK(ms[1].rule == "relative unit=day n=-1");
  auto none = tagger().find(text, ByteSpan{0, 10}, Language::kIndonesian);
  CHECK(none.empty());
}

TEST_CASE("time expressions: future flags", "[timex]") {
  struct F {
    const char* lang;
    const char* text;
    bool future;
  };
  const F rows[] = {
      {"id", "Ia akan tiba pada hari Senin.", true},   {"id", "Ia tiba pada hari Senin.", false},
      {"id", "Ia berangkat Selasa depan.", true},      {"id", "Ia berangkat Selasa lalu.", false},
      {"id", "Ia datang besok.", true},                {"en", "They will meet on Monday.", true},
      {"en", "They met on Monday.", false},            {"en", "They meet next week.", true},
      {"en", "He plans to visit in September.", true}, {"en", "Talks, which will resume, began on Monday.", false},
  };
  for (const auto& r : rows) {
    std::string text = r.text;
    auto ms = tagger().find(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, lang_of(r.lang));
    INFO(text << " -> " << describe(ms));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].future == r.future);
  }
}

TEST_CASE("time expressions: reference stays inside the paragraph", "[timex]") {
  std::string text = "Pertemuan digelar 10 Juli 2025. Sehari sebelumnya ia tiba.";
  auto ms = tagger().find(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, Language::kIndonesian);
  REQUIRE(ms.size() == 2);
  ms[0].sentence = 0;
  ms[1].sentence = 1;
  std::vector<Sentence> same(2), other(2);
  same[1].index = 1;
  other[1].index = 1;
  other[1].paragraph = 1;
  auto a = ms, b = ms;
  tagger().resolve(a, TimeValue::day_of(2025, 7, 14), same);
  tagger().resolve(b, TimeValue::day_of(2025, 7, 14), other);
  CHECK(a[1].value.iso() == "2025-07-09");
  CHECK(a[1].anchor == Anchor::kReference);
  CHECK(b[1].value.iso() == "2025-07-13");  // another paragraph: falls back to publication
  CHECK(b[1].anchor == Anchor::kPublication);
  // Far away in the same paragraph-less text: more than two sentences back does not count.
  auto c = ms;
  c[1].sentence = 5;
  tagger().resolve(c, TimeValue::day_of(2025, 7, 14));
  CHECK(c[1].anchor == Anchor::kPublication);
}

TEST_CASE("time expressions: coarse or unknown publication", "[timex]") {
  std::string text = "Perjanjian diteken tahun lalu, kemarin ia tiba, dan pada 12 Juli ia pulang.";
  auto ms = tagger().find(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, Language::kIndonesian);
  REQUIRE(ms.size() == 3);
  auto year_only = ms;
  tagger().resolve(year_only, TimeValue::year_of(2025));
  CHECK(year_only[0].value.iso() == "2024");
  CHECK(!year_only[1].value.known());
  CHECK(year_only[2].value.iso() == "2025-07-12");
  auto month_only = ms;
  tagger().resolve(month_only, TimeValue::month_of(2025, 3));
  CHECK(month_only[2].value.iso() == "2024-07-12");
  auto unknown = ms;
  tagger().resolve(unknown, TimeValue{});
  for (const auto& m : unknown) CHECK(!m.value.known());
  // Resolving again against another date recomputes from the rule.
  auto again = ms;
  tagger().resolve(again, TimeValue::day_of(2025, 7, 14));
  tagger().resolve(again, TimeValue::day_of(2023, 1, 5));
  CHECK(again[0].value.iso() == "2022");
  CHECK(again[1].value.iso() == "2023-01-04");
}

TEST_CASE("time expressions: publication stamps", "[timex][stamp]") {
  struct S {
    const char* lang;
    const char* in;
    const char* want;  // "" = nullopt
  };
  const S rows[] = {
      {"id", "2025-07-14T09:05:00+07:00", "2025-07-14T09:05+07:00"},
      {"id", "2025-07-14", "2025-07-14"},
      {"en", "2025-07-14T02:05:00Z", "2025-07-14T02:05Z"},
      {"en", "2025-07-14T09:05:00.000+0700", "2025-07-14T09:05+07:00"},
      {"en", "2025-07-14 09:05:00", "2025-07-14T09:05"},
      {"en", "  2025-07  ", "2025-07"},
      {"en", "Mon, 14 Jul 2025 02:05:00 GMT", "2025-07-14T02:05Z"},
      {"en", "Mon, 14 Jul 2025 02:05:00 +0000", "2025-07-14T02:05Z"},
      {"en", "Mon, 14 Jul 2025 09:05:00 +0700", "2025-07-14T09:05+07:00"},
      {"en", "Sun, 13 Jul 2025 21:05:00 -0500", "2025-07-13T21:05-05:00"},
      {"id", "Rabu, 15/03/2028 10:20 WIB", "2028-03-15T10:20+07:00"},
      {"id", "Jumat, 9 Februari 2029 - 08:40 WIB", "2029-02-09T08:40+07:00"},
      {"id", "Rina Hartono | Rabu, 15/03/2028 10:20 WIB", "2028-03-15T10:20+07:00"},
      {"id", "Selasa, 15 Juli 2025 | 10:30 WITA", "2025-07-15T10:30+08:00"},
      {"id", "15 Juli 2025 pukul 14.00 WIT", "2025-07-15T14:00+09:00"},
      {"id", "Jumat, 18 Juli 2025 07.15", "2025-07-18T07:15"},
      {"id", "15/03/2028 10:20 GMT+7", "2028-03-15T10:20+07:00"},
      {"id", "Rabu, 16 Jul 2025 13:00 WIB", "2025-07-16T13:00+07:00"},
      {"en", "July 14, 2025 9:05 PM", "2025-07-14T21:05"},
      {"en", "July 14, 2025 12:30 a.m. KST", "2025-07-14T00:30+09:00"},
      {"en", "14 July 2025 10:00 MSK", "2025-07-14T10:00+03:00"},
      {"en", "Published: 14 July 2025, 10:00 UTC", "2025-07-14T10:00Z"},
      {"en", "July 14, 2025", "2025-07-14"},
      {"en", "Updated July 2025", "2025-07"},
      {"und", "Senin, 14 Juli 2025 09:05 WIB", "2025-07-14T09:05+07:00"},
      {"en", "no date here", ""},
      {"en", "", ""},
      {"id", "pukul 09.05 WIB", ""},
      {"en", "2025-13-45", ""},
  };
  for (const auto& r : rows) {
    auto got = tagger().parse_stamp(r.in, lang_of(r.lang));
    INFO(r.in);
    if (!*r.want) {
      CHECK(!got);
    } else {
      REQUIRE(got);
      CHECK(got->iso() == r.want);
    }
  }
  auto minute = tagger().parse_stamp("Rabu, 15/03/2028 10:20 WIB", Language::kIndonesian);
  REQUIRE(minute);
  CHECK(minute->granularity == Granularity::kMinute);
  CHECK(minute->hour == 10);
  CHECK(minute->utc_offset_minutes == 420);
}

TEST_CASE("time expressions: weekday contradicting its date", "[timex][weekday]") {
  struct W {
    const char* lang;
    const char* text;
    bool mismatch;
  };
  const W rows[] = {
      {"id", "Foto diambil pada Kamis, 3 Mei 2022 di Cusco.", true},
      {"id", "Foto diambil pada Selasa, 3 Mei 2022 di Cusco.", false},
      {"id", "Rabu, 15/03/2028 10:20 WIB", false},
      {"id", "Selasa, 15/03/2028 10:20 WIB", true},
      {"en", "Monday, July 15, 2025", true},
      {"en", "Tuesday, July 15, 2025", false},
      {"id", "Lavrov tiba pada 12 Juli 2025.", false},
  };
  for (const auto& r : rows) {
    std::string text = r.text;
    auto ms = run(r.lang, text, P);
    INFO(text << " -> " << describe(ms));
    REQUIRE(!ms.empty());
    auto w = TimeTagger::check_weekday(ms[0]);
    CHECK(w.has_value() == r.mismatch);
    if (w) {
      CHECK(w->code == "weekday-mismatch");
      CHECK(w->offset == ms[0].span.begin);
    }
  }
}

namespace {
PublicationDate infer(const char* lang, const std::string& text) {
  auto ms = tagger().find(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, lang_of(lang));
  return tagger().infer_publication(ms, text, 2026);
}
}  // namespace

TEST_CASE("time expressions: publication inference", "[timex][infer]") {
  SECTION("weekday beside day/month fixes the year, a contradicted caption is ignored") {
    auto p = infer("id",
                   "Dalam foto bertanggal Rabu, 1 Oktober 2019, menteri itu berpidato. Ia tiba di ibu kota pada "
                   "Rabu (18/10) dan bertemu mitranya. Kedua pemimpin bertemu pada September lalu.");
    CHECK(p.value.iso() == "2023-10-18");  // a date with its weekday written out: the report's day
    CHECK(p.anchor == Anchor::kInferred);
    CHECK(p.reference.iso() == "2023-10-18");
    REQUIRE(p.warnings.size() == 1);
    CHECK(p.warnings[0].code == "weekday-mismatch");
  }
  SECTION("relative year beside an explicit one gives the year") {
    auto p = infer("id",
                   "Kedua menteri membahas perjanjian yang diteken pada Juni 2024. Perjanjian itu ditandatangani "
                   "tahun lalu. Radio daerah mengabarkan pada hari Minggu.");
    CHECK(p.value.iso() == "2025");
    CHECK(p.value.granularity == Granularity::kYear);
    CHECK(!p.reference.known());
  }
  SECTION("the latest full date and a later bare weekday give the day") {
    auto p = infer("id", "Kedua menteri bertemu pada 12 Juli 2025. Kantor berita melaporkannya pada hari Minggu.");
    CHECK(p.value.iso() == "2025-07-13");
    CHECK(p.reference.iso() == "2025-07-13");
  }
  SECTION("a weekday-fixed date and a bare weekday") {
    auto p = infer("id", "Mereka tiba Sabtu (12/7). Pernyataan bersama dirilis pada hari Minggu.");
    CHECK(p.value.iso() == "2025-07-13");
  }
  SECTION("relative year places day-month mentions") {
    auto p = infer("id",
                   "Pertemuan puncak digelar Juni 2024. Pakta ditandatangani tahun lalu. Menteri tiba 12 Juli dan "
                   "media melapor pada hari Minggu.");
    CHECK(p.value.iso() == "2025-07-13");
  }
  SECTION("English") {
    auto p = infer("en", "The minister arrived on Wednesday (Oct. 18) and met his counterpart.");
    CHECK(p.value.iso() == "2023-10-18");
    auto q = infer("en", "The pact was signed in June 2024. It was signed last year. Talks took place on Sunday.");
    CHECK(q.value.iso() == "2025");
  }
  SECTION("a relative year that contradicts the full dates is ignored") {
    auto p = infer("id", "Perang dimulai Februari 2022. Menteri tiba 12 Juli 2025. Pakta diteken tahun lalu.");
    CHECK(p.value.iso() == "2025-07");
  }
  SECTION("a dateline-like stamp wins over relative years") {
    auto p = infer("en",
                   "Ties deepened last year. Casualty estimates date from April 2025. State media reported on "
                   "Sunday.\nPublished 14 Jul 2025 06:12 GMT");
    CHECK(p.value.iso() == "2025-07-14");
  }
  SECTION("nothing to go on") {
    auto p = infer("id", "Tidak ada tanggal di sini, hanya 12 Juli tanpa tahun.");
    CHECK(!p.value.known());
    CHECK(p.anchor == Anchor::kUnknown);
    auto q = infer("id", "");
    CHECK(!q.value.known());
  }
}

// Which day the text gives: one row per rule, in both languages.
TEST_CASE("time expressions: publication day from the text", "[timex][infer]") {
  struct Row {
    const char* lang;
    const char* text;
    const char* want;
  };
  const Row rows[] = {
      // an explicit date pushes a weekday-fixed year forward, a bare year ("since 2004") does not
      {"id", "Kerja sama dimulai pada Maret 2019. Menteri tiba pada Rabu (18/10).", "2023-10-18"},
      {"en", "The first direct election was held in 2004. He was sworn in on Sunday (Oct 20).", "2024-10-20"},
      {"id", "Pemilu langsung pertama digelar tahun 2004. Ia dilantik pada Minggu (20/10).", "2024-10-20"},
      // a bare weekday more than two days after the latest date names the week before
      {"en", "Officials met on July 12, 2025. On Tuesday the ministry had warned of delays.", "2025-07"},
      {"id", "Pertemuan digelar pada Sabtu (12/7/2025). Kementerian memperingatkan pada hari Selasa.", "2025-07-12"},
      {"id", "Sandera dibebaskan pada hari Minggu (12/1/2025). Tahanan dibebaskan pada Senin pagi.", "2025-01-13"},
      // a date beside "today" is the report's day
      {"id", "Tamu diterima pada Ahad sore, 13 Oktober 2024. Pelantikan digelar pada pagi ini.", "2024-10-13"},
      {"en", "Guests arrived on October 20, 2024. The oath is taken today.", "2024-10-20"},
      // a date with its weekday written out is the report's day
      {"id", "Herrera menyatakannya, dikutip dari Bloomberg, Rabu 16 Juli 2025.", "2025-07-16"},
      {"en", "The council met on Tuesday, March 4, 2025 and approved the plan.", "2025-03-04"},
  };
  for (const Row& r : rows) {
    auto p = infer(r.lang, r.text);
    INFO(r.text << " -> " << p.value.iso() << " (" << p.how << ")");
    CHECK(p.value.iso() == r.want);
  }
}

TEST_CASE("time expressions: lexicon errors are values", "[timex][data]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("kronik_timex_" + std::to_string(std::rand()));
  fs::create_directories(dir / "id");
  fs::create_directories(dir / "en");
  {
    std::ofstream(dir / "id" / "timex.tsv") << "kind\tform\tvalue\tflags\nmonth\tjuli\t7\n";
    std::ofstream(dir / "en" / "timex.tsv") << "kind\tform\tvalue\tflags\nmonth\tjuly\t13\n";
  }
  auto bad = TimeTagger::load(dir.string());
  REQUIRE(!bad);
  CHECK(bad.error().code == ErrorCode::kData);
  CHECK(bad.error().offset == 2);
  {
    std::ofstream(dir / "en" / "timex.tsv") << "kind\tform\tvalue\nplanet\tmars\t4\n";
  }
  auto bad2 = TimeTagger::load(dir.string());
  REQUIRE(!bad2);
  CHECK(bad2.error().message.find("planet") != std::string::npos);
  {
    std::ofstream(dir / "en" / "timex.tsv") << "month\tjuly\t7\tcap\n";
  }
  auto good = TimeTagger::load(dir.string());
  REQUIRE(good);
  std::string text = "Ia tiba 12 Juli 2025.";
  CHECK(good.value()->find(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, Language::kIndonesian).size() == 1);
  auto missing = TimeTagger::load((dir / "nope").string());
  CHECK(!missing);
  fs::remove_all(dir);
}

// Speed is measured by bench/, not here: this only checks that a large text is scanned whole.
TEST_CASE("time expressions: a large text is scanned whole", "[timex]") {
  std::string para =
      "Menteri tiba pada 12 Juli 2025 dan bertemu mitranya pada hari Minggu, sehari sebelumnya ia di Beijing. "
      "The talks began on July 10, 2025 and ended two days later; 10.000 tentara dikirim.\n";
  std::string text;
  for (int i = 0; i < 4000; ++i) text += para;  // ~0.8 MB
  auto ms = tagger().find(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, Language::kUnknown);
  tagger().resolve(ms, TimeValue::day_of(2025, 7, 14));
  CHECK(ms.size() == 4000u * 5u);
}
