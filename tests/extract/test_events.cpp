// The trigger-window coder (events.h), the fallback of the syntax coder for sentences without a
// parse or without a frame, through the per-document pipeline (kronik::Extractor) with the syntax
// coder off: each row is one short document written for this test, with the events a careful
// human coder would record. The syntax coder's rows are in test_syntax_coder.cpp.
// Only the fields listed are compared: CAMEO code (a root "04" or a full code "042"), actors and
// targets by role, location, modality, and for claims the speaker, status and first reporter.
// Every event produced must be expected and every expected event produced (precision first).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "kronik/extract/pipeline.h"
#include "event_rows.h"
#include "test_paths.h"

namespace {

using kronik::Event;
using kronik::Extractor;
using namespace kronik::test;

const Extractor& extractor(bool keep_planned) {
  static std::shared_ptr<const Extractor> plain, planned;
  auto& slot = keep_planned ? planned : plain;
  if (!slot) {
    kronik::ExtractConfig cfg;
    cfg.data_dir = kronik::test::data_dir();
    cfg.keep_planned_events = keep_planned;
    cfg.syntax_events = false;
    cfg.latest_year = 2025;
    auto ex = Extractor::create(cfg);
    REQUIRE(ex);
    slot = ex.value();
  }
  return *slot;
}

std::vector<Event> run(const Row& row, int n) {
  kronik::RawDocument raw;
  raw.id = "row" + std::to_string(n) + ".txt";
  raw.path = raw.id;
  raw.text = row.text + "\n";
  raw.published = row.published;
  raw.language = row.lang;
  return extractor(row.keep_planned).analyze(std::move(raw)).events;
}

// clang-format off
const std::vector<Row>& rows() {
  static const std::vector<Row> r = {
    // ------------------------------------------------------------------ Indonesian
    // consult, meet, negotiate (04)
    {"id", "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Canberra pada Selasa.",
     {ev("040", "person:joko_widodo", "person:anthony_albanese", "city:canberra")}},
    {"id", "Kim Jong Un dan Vladimir Putin bertemu di Vladivostok pada Rabu.",
     {ev("040", "person:kim_jong_un", "person:vladimir_putin", "city:vladivostok")}},
    {"id", "Menteri Luar Negeri Retno Marsudi mengadakan pertemuan dengan Menteri Luar Negeri China Wang Yi di Jakarta.",
     {ev("040", "person:retno_marsudi", "person:wang_yi", "city:jakarta")}},
    {"id", "Pertemuan antara Prabowo Subianto dan Anwar Ibrahim berlangsung di Kuala Lumpur.",
     {ev("040", "person:prabowo_subianto", "person:anwar_ibrahim", "city:kuala_lumpur")}},
    {"id", "Prabowo Subianto menemui Perdana Menteri Jepang Shigeru Ishiba di Tokyo.",
     {ev("040", "person:prabowo_subianto", "person:shigeru_ishiba", "city:tokyo")}},
    {"id", "Joe Biden dan Xi Jinping saling bertukar pandangan mengenai Taiwan.",
     {ev("040", "person:joe_biden", "person:xi_jinping")}},
    {"id", "Anwar Ibrahim menyambut Prabowo Subianto di Kuala Lumpur. Keduanya kemudian membahas kerja sama pertahanan.",
     {ev("043", "person:anwar_ibrahim", "person:prabowo_subianto", "city:kuala_lumpur"),
      ev("040", "person:anwar_ibrahim", "person:prabowo_subianto")}},
    {"id", "Presiden Emmanuel Macron menelepon Presiden Volodymyr Zelenskyy pada Kamis malam.",
     {ev("041", "person:emmanuel_macron", "person:volodymyr_zelenskyy")}},
    {"id", "Joe Biden berbicara melalui telepon dengan Xi Jinping pada Selasa.",
     {ev("041", "person:joe_biden", "person:xi_jinping")}},
    {"id", "Rusia dan Ukraina berunding di Istanbul pada Jumat.",
     {ev("046", "country:rus", "country:ukr", "city:istanbul")}},
    {"id", "Israel bernegosiasi dengan Hamas di Doha mengenai pertukaran tahanan.",
     {ev("046", "country:isr", "org:hamas", "city:doha")}},
    {"id", "Qatar menengahi perundingan antara Israel dan Hamas.",
     {ev("045", "country:qat", "country:isr"), ev("046", "country:isr", "org:hamas")}},
    {"id", "Kazakhstan menengahi pembicaraan antara Armenia dan Azerbaijan.",
     {ev("045", "country:kaz", "country:arm"), ev("040", "country:arm", "country:aze")}},
    // host and visit (042 / 043)
    {"id", "Menteri Luar Negeri Sugiono menerima kunjungan Menteri Luar Negeri Australia Penny Wong di Jakarta.",
     {ev("043", "person:sugiono", "person:penny_wong", "city:jakarta")}},
    // a headline drops the meN- prefix: the bare root before the visit noun still hosts
    {"id", "Sugiono Terima Kunjungan Menlu Australia Penny Wong di Jakarta",
     {ev("043", "person:sugiono", "person:penny_wong", "*")}},
    {"id", "Prabowo Subianto diterima oleh Xi Jinping di Beijing.",
     {ev("043", "person:xi_jinping", "person:prabowo_subianto", "city:beijing")}},
    {"id", "Kim Jong Un menerima Sergei Shoigu di Pyongyang, lapor KCNA.",
     {ev("043", "person:kim_jong_un", "person:sergei_shoigu", "city:pyongyang").by("media:kcna")}},
    {"id", "Perdana Menteri India Narendra Modi mengunjungi Indonesia pada Juni.",
     {ev("042", "person:narendra_modi", "country:idn", "country:idn")}},
    {"id", "Presiden Prabowo Subianto berkunjung ke Moskow pada pertengahan Juni.",
     {ev("042", "person:prabowo_subianto", "", "city:moscow")}},
    {"id", "Kunjungan Perdana Menteri Jepang Fumio Kishida ke Seoul berlangsung dua hari.",
     {ev("042", "person:fumio_kishida", "", "city:seoul")}},
    {"id", "Dalam lawatannya ke Tokyo, Prabowo Subianto disambut oleh Perdana Menteri Shigeru Ishiba.",
     {ev("042", "person:prabowo_subianto", "", "city:tokyo"),
      ev("043", "person:shigeru_ishiba", "person:prabowo_subianto", "city:tokyo")}},
    {"id", "Vladimir Putin tiba di Pyongyang pada Rabu dini hari.",
     {ev("042", "person:vladimir_putin", "", "city:pyongyang")}},
    {"id", "Vladimir Putin tiba di Pyongyang pada Rabu dini hari. Ia kemudian bertemu Kim Jong Un.",
     {ev("042", "person:vladimir_putin", "", "city:pyongyang"),
      ev("040", "person:vladimir_putin", "person:kim_jong_un")}},
    {"id", "Menteri Luar Negeri Antony Blinken mendarat di Tel Aviv. Dia lalu menemui Benjamin Netanyahu.",
     {ev("042", "person:antony_blinken", "", "city:tel_aviv"),
      ev("040", "person:antony_blinken", "person:benjamin_netanyahu")}},
    {"id", "Sergey Lavrov tiba di Pyongyang pada Jumat. Kemudian langsung menemui Kim Jong Un di Wonsan.",
     {ev("042", "person:sergey_lavrov", "", "city:pyongyang"),
      ev("040", "person:sergey_lavrov", "person:kim_jong_un", "city:wonsan")}},
    {"id", "Sergey Lavrov mengunjungi Korea Utara, yang telah mengirim ribuan tentara ke Rusia.",
     {ev("042", "person:sergey_lavrov", "country:prk", "country:prk"),
      ev("074", "country:prk", "country:rus", "*")}},
    {"id", "Setelah tiba di Hanoi, Vladimir Putin bertemu Presiden Vietnam To Lam.",
     {ev("042", "person:vladimir_putin", "", "city:hanoi"), ev("040", "person:vladimir_putin", "person:to_lam", "city:hanoi")}},
    {"id", "Prabowo Subianto mengakhiri lawatannya di Kairo dan terbang ke Ankara.",
     {ev("042", "person:prabowo_subianto", "", "city:cairo"), ev("042", "person:prabowo_subianto", "", "city:ankara")}},
    // relative clauses, passives, -nya, coordination
    {"id", "Presiden Rusia Vladimir Putin, yang didukung China, mengecam Amerika Serikat.",
     {ev("051", "country:chn", "person:vladimir_putin"), ev("111", "person:vladimir_putin", "country:usa")}},
    {"id", "Retno Marsudi bertemu Wang Yi di Beijing. Retno menyampaikan terima kasih kepadanya atas bantuan vaksin.",
     {ev("040", "person:retno_marsudi", "person:wang_yi", "city:beijing"),
      ev("051", "person:retno_marsudi", "person:wang_yi")}},
    {"id", "Kim Jong Un bertemu Sergey Lavrov di Wonsan. Kim lalu menjamunya dalam jamuan makan malam.",
     {ev("040", "person:kim_jong_un", "person:sergey_lavrov", "city:wonsan"),
      ev("043", "person:kim_jong_un", "person:sergey_lavrov")}},
    {"id", "Kim Jong Un menegaskan dukungannya terhadap Rusia.",
     {ev("051", "person:kim_jong_un", "country:rus").said("person:kim_jong_un")}},
    {"id", "Korea Utara mengirim pasukan ke Rusia dan juga memasok amunisi kepada Rusia.",
     {ev("074", "country:prk", "country:rus", "*"), ev("072", "country:prk", "country:rus")}},
    {"id", "Korea Utara didukung Rusia dalam sidang Dewan Keamanan PBB.",
     {ev("051", "country:rus", "country:prk")}},
    {"id", "Rusia dituduh Ukraina melanggar gencatan senjata.",
     {ev("112", "country:ukr", "country:rus")}},
    {"id", "Rodrigo Duterte ditangkap oleh polisi Filipina di Manila.",
     {ev("173", "country:phl", "person:rodrigo_duterte", "city:manila")}},
    // statements and claims (01)
    {"id", "Sergey Lavrov mengatakan kepada Kim Jong Un bahwa Rusia akan terus mendukung Pyongyang.",
     {ev("010", "person:sergey_lavrov", "person:kim_jong_un").said("person:sergey_lavrov")}},
    {"id", "Kanada mengatakan Iran telah mengirim amunisi ke Sudan.",
     {ev("010", "country:can", "country:irn").said("country:can")}},
    {"id", "Menurut Korea Selatan, Korea Utara telah mengirim ribuan tentara ke Rusia.",
     {ev("010", "country:kor", "country:prk").said("country:kor")}},
    {"id", "Sergey Lavrov mengatakan Rusia mendukung penuh Korea Utara.",
     {ev("051", "country:rus", "country:prk").said("person:sergey_lavrov")}},
    {"id", "\"Kami berterima kasih kepada Mesir atas bantuannya,\" kata Sergey Lavrov.",
     {ev("051", "person:sergey_lavrov", "country:egy").said("person:sergey_lavrov").quote()}},
    {"id", "Juru bicara Kremlin Dmitry Peskov mengatakan kepada wartawan bahwa situasinya tenang.", {}},
    {"id", "Korea Utara diduga mengirim ribuan tentara ke Rusia.",
     {ev("074", "country:prk", "country:rus", "*").with_status("suspected")}},
    {"id", "Rusia disebut-sebut memasok senjata kepada Korea Utara.",
     {ev("072", "country:rus", "country:prk").with_status("suspected")}},
    {"id", "Korea Utara dilaporkan memasok amunisi kepada Rusia.",
     {ev("072", "country:prk", "country:rus").with_status("suspected")}},
    {"id", "Rusia membantah tuduhan Ukraina bahwa pasukannya menyerang rumah sakit di Kyiv.",
     {ev("120", "country:rus", "country:ukr").with_status("denied")}},
    {"id", "Korea Utara membantah tudingan Amerika Serikat soal pengiriman senjata ke Rusia.",
     {ev("120", "country:prk", "country:usa").with_status("denied")}},
    {"id", "Menurut TASS, Vladimir Putin menerima Kim Jong Un di Kremlin.",
     {ev("043", "person:vladimir_putin", "person:kim_jong_un", "place:kremlin").by("media:tass")}},
    {"id", "KCNA melaporkan bahwa Kim Jong Un bertemu Sergey Lavrov, menurut Yonhap.",
     {ev("040", "person:kim_jong_un", "person:sergey_lavrov").by("media:kcna")}},
    {"id", "Kim Jong Un memuji Vladimir Putin, lapor kantor berita Yonhap.",
     {ev("051", "person:kim_jong_un", "person:vladimir_putin").by("media:yonhap")}},
    // appeals (02)
    {"id", "Sekretaris Jenderal PBB Antonio Guterres menyerukan Israel untuk menghentikan serangan di Gaza.",
     {ev("020", "person:antonio_guterres", "country:isr")}},
    {"id", "Ukraina meminta bantuan militer kepada Amerika Serikat.",
     {ev("023", "country:ukr", "country:usa")}},
    {"id", "Paus Fransiskus mengimbau Rusia untuk berunding dengan Ukraina.",
     {ev("026", "person:pope_francis", "country:rus")}},
    {"id", "Indonesia mendesak Myanmar menghentikan kekerasan terhadap warga sipil.",
     {ev("020", "country:idn", "country:mmr")}},
    {"id", "Palestina memohon bantuan kemanusiaan kepada PBB.",
     {ev("023", "country:pse", "org:un")}},
    // intent (03)
    {"id", "Jepang berjanji memberikan bantuan kemanusiaan kepada Ukraina.",
     {ev("033", "country:jpn", "country:ukr")}},
    {"id", "Iran bersedia berunding dengan Amerika Serikat.",
     {ev("036", "country:irn", "country:usa")}},
    {"id", "Malaysia berkomitmen meningkatkan kerja sama ekonomi dengan Indonesia.",
     {ev("031", "country:mys", "country:idn")}},
    {"id", "Rusia menawarkan diri untuk menengahi perundingan antara Israel dan Iran.",
     {ev("039", "country:rus", "country:isr")}},
    // praise, endorse, apologise, sign (05)
    {"id", "Perdana Menteri Narendra Modi memuji kepemimpinan Prabowo Subianto.",
     {ev("051", "person:narendra_modi", "person:prabowo_subianto")}},
    {"id", "Presiden Xi Jinping mengucapkan selamat kepada Prabowo Subianto atas kemenangannya.",
     {ev("051", "person:xi_jinping", "person:prabowo_subianto")}},
    {"id", "Jepang mendukung Filipina dalam sengketa maritim.",
     {ev("051", "country:jpn", "country:phl")}},
    {"id", "Amerika Serikat membela Israel di Dewan Keamanan PBB.",
     {ev("052", "country:usa", "country:isr")}},
    {"id", "Spanyol mengakui kemerdekaan Palestina pada Mei.",
     {ev("054", "country:esp", "country:pse")}},
    {"id", "Jepang meminta maaf kepada Korea Selatan atas kerja paksa.",
     {ev("055", "country:jpn", "country:kor")}},
    {"id", "Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan di Canberra.",
     {ev("057", "country:idn", "country:aus", "city:canberra")}},
    {"id", "Indonesia dan Australia memperdalam hubungan pertahanan. Kedua negara meneken perjanjian keamanan baru.",
     {ev("057", "country:idn", "country:aus")}},
    // material cooperation (06)
    {"id", "Korea Selatan dan Amerika Serikat menggelar latihan militer gabungan pada Senin.",
     {ev("062", "country:kor", "country:usa")}},
    {"id", "Amerika Serikat berbagi informasi intelijen dengan Ukraina.",
     {ev("064", "country:usa", "country:ukr")}},
    {"id", "Malaysia mengekstradisi seorang buronan ke Indonesia.",
     {ev("063", "country:mys", "country:idn", "*")}},
    {"id", "Jepang dan Indonesia memperluas kerja sama ekonomi.",
     {ev("061", "country:jpn", "country:idn")}},
    // aid and troops (07)
    {"id", "Jepang memberikan bantuan kemanusiaan kepada Palestina.",
     {ev("073", "country:jpn", "country:pse")}},
    {"id", "Amerika Serikat mengirim senjata ke Ukraina.",
     {ev("072", "country:usa", "country:ukr", "*")}},
    {"id", "Korea Utara mengerahkan pasukan ke wilayah Kursk.",
     {ev("074", "country:prk", "", "city:kursk")}},
    {"id", "Rusia memberikan suaka kepada Bashar al-Assad.",
     {ev("075", "country:rus", "person:bashar_al_assad")}},
    {"id", "Uni Eropa menyalurkan bantuan ekonomi kepada Ukraina.",
     {ev("071", "org:eu", "country:ukr")}},
    // criticise, accuse, reject (11-12)
    {"id", "Presiden Volodymyr Zelenskyy mengecam serangan Rusia terhadap Kyiv.",
     {ev("111", "person:volodymyr_zelenskyy", "country:rus"), ev("190", "country:rus", "country:ukr")}},
    {"id", "Ukraina menuduh Rusia menyerang pembangkit listrik.",
     {ev("112", "country:ukr", "country:rus")}},
    {"id", "China mengkritik Jepang karena membuang air limbah nuklir ke laut.",
     {ev("111", "country:chn", "country:jpn")}},
    {"id", "Iran menolak berunding dengan Amerika Serikat.",
     {ev("125", "country:irn", "country:usa")}},
    {"id", "Rusia memveto resolusi Dewan Keamanan PBB tentang Ukraina.",
     {ev("129", "country:rus", "org:unsc")}},
    {"id", "Korea Utara mengutuk latihan militer gabungan Amerika Serikat dan Korea Selatan.",
     {ev("111", "country:prk", "country:usa"), ev("062", "country:usa", "country:kor")}},
    {"id", "Filipina melayangkan protes resmi kepada China.",
     {ev("114", "country:phl", "country:chn")}},
    // threaten (13)
    {"id", "Korea Utara mengancam akan menyerang Korea Selatan.",
     {ev("138", "country:prk", "country:kor")}},
    {"id", "Rusia mengancam Finlandia dengan tindakan balasan.",
     {ev("130", "country:rus", "country:fin")}},
    {"id", "Israel memberikan ultimatum kepada Hizbullah.",
     {ev("139", "country:isr", "org:hezbollah")}},
    // protest (14)
    {"id", "Warga Palestina berunjuk rasa menentang Israel di Ramallah.",
     {ev("141", "group:palestinians", "country:isr", "city:ramallah")}},
    // reduce relations, sanctions (16)
    {"id", "Amerika Serikat menjatuhkan sanksi terhadap Rusia.",
     {ev("163", "country:usa", "country:rus")}},
    {"id", "Uni Eropa memberlakukan sanksi baru kepada Iran.",
     {ev("163", "org:eu", "country:irn")}},
    {"id", "Niger memutuskan hubungan diplomatik dengan Ukraina.",
     {ev("161", "country:ner", "country:ukr")}},
    {"id", "Rusia menghentikan perundingan dengan Ukraina.",
     {ev("164", "country:rus", "country:ukr")}},
    {"id", "Polandia mengusir diplomat Rusia.",
     {ev("166", "country:pol", "country:rus")}},
    // coerce and arrest (17)
    {"id", "Rusia menangkap seorang jurnalis Amerika Serikat di Moskow.",
     {ev("173", "country:rus", "country:usa", "city:moscow")}},
    {"id", "China menyita kapal nelayan Vietnam.",
     {ev("171", "country:chn", "country:vnm")}},
    {"id", "Israel mendeportasi aktivis Turki.",
     {ev("174", "country:isr", "country:tur")}},
    // assault and fight (18-19)
    {"id", "Rusia menyerang Ukraina dengan rudal balistik.",
     {ev("190", "country:rus", "country:ukr")}},
    {"id", "Israel membombardir Jalur Gaza.",
     {ev("195", "country:isr", "", "loc:gaza_strip")}},
    {"id", "Hamas menculik puluhan warga Israel.",
     {ev("181", "org:hamas", "group:israelis")}},
    {"id", "Rusia menduduki Krimea pada 2014.",
     {ev("192", "country:rus", "", "loc:crimea")}},
    {"id", "Thailand dan Kamboja terlibat bentrokan bersenjata di perbatasan.",
     {ev("190", "country:tha", "country:khm")}},
    {"id", "Israel melanggar gencatan senjata di Lebanon.",
     {ev("196", "country:isr", "", "country:lbn")}},
    {"id", "Houthi menembaki kapal dagang di Laut Merah.",
     {ev("190", "org:houthis", "", "loc:red_sea")}},
    {"id", "Israel membunuh Ismail Haniyeh di Teheran.",
     {ev("18", "country:isr", "person:ismail_haniyeh", "city:tehran")}},
    // negation, modality, questions, hypotheticals: nothing asserted
    {"id", "Vladimir Putin tidak bertemu Volodymyr Zelenskyy di Istanbul.", {}},
    {"id", "Kim Jong Un belum pernah mengunjungi Seoul.", {}},
    {"id", "Prabowo Subianto akan mengunjungi Moskow pekan depan.", {}},
    {"id", "Prabowo Subianto akan mengunjungi Moskow pekan depan.",
     {ev("042", "person:prabowo_subianto", "", "city:moscow").planned()}, true},
    {"id", "Xi Jinping berencana bertemu Joe Biden di San Francisco.", {}},
    {"id", "Presiden Joe Biden dijadwalkan bertemu Perdana Menteri Fumio Kishida.", {}},
    {"id", "Apakah Donald Trump akan bertemu Kim Jong Un lagi?", {}},
    {"id", "Jika Korea Utara menyerang Korea Selatan, Amerika Serikat akan membela sekutunya.", {}},
    {"id", "Seandainya Rusia menggunakan senjata nuklir, NATO akan membalas.", {}},
    {"id", "Amerika Serikat tidak pernah mengirim pasukan ke Ukraina.", {}},
    {"id", "Donald Trump ingin bertemu Kim Jong Un.", {}},
    {"id", "Korea Utara tak akan menyerang Korea Selatan.", {}},
    {"id", "Benarkah Rusia menyerang Kyiv pada malam itu?", {}},
    // no event at all
    {"id", "Harga minyak dunia naik tiga persen pada Senin.", {}},
    {"id", "Pertemuan puncak G20 tahun depan akan digelar di Afrika Selatan.", {}},
    {"id", "Serangan itu menewaskan sedikitnya sepuluh orang.", {}},
    {"id", "Kunjungan kenegaraan tersebut berlangsung selama tiga hari.", {}},
    {"id", "Dukungan publik terhadap pemerintah menurun tajam.", {}},
    {"id", "Rusia menerima amunisi dari Korea Utara.", {}},
    {"id", "Pemerintah Indonesia meminta warganya di Lebanon segera pulang.", {}},
    {"id", "Iran mengecam Israel dan menuduh Amerika Serikat mendukung serangan tersebut.",
     {ev("111", "country:irn", "country:isr"), ev("112", "country:irn", "country:usa")}},
    // datelines and dating
    {"id", "BEIJING - Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Beijing pada Sabtu (9/11/2024).",
     {ev("040", "person:prabowo_subianto", "person:xi_jinping", "city:beijing").on("2024-11-09")}, false, "2024-11-09"},
    {"id", "JAKARTA - Menteri Luar Negeri Sugiono menerima Menteri Luar Negeri Jepang Takeshi Iwaya di Jakarta pada Senin (13/1/2025).",
     {ev("043", "person:sugiono", "person:takeshi_iwaya", "city:jakarta").on("2025-01-13")}, false, "2025-01-14"},

    // ------------------------------------------------------------------ English
    // consult, meet, negotiate (04)
    {"en", "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday.",
     {ev("040", "person:vladimir_putin", "person:xi_jinping", "city:beijing")}},
    {"en", "Vladimir Putin and Xi Jinping met in Beijing on Thursday.",
     {ev("040", "person:vladimir_putin", "person:xi_jinping", "city:beijing")}},
    {"en", "Antony Blinken held talks with Wang Yi in Beijing.",
     {ev("040", "person:antony_blinken", "person:wang_yi", "city:beijing")}},
    {"en", "Emmanuel Macron spoke by phone with Volodymyr Zelenskyy.",
     {ev("041", "person:emmanuel_macron", "person:volodymyr_zelenskyy")}},
    {"en", "Joe Biden phoned Benjamin Netanyahu on Sunday.",
     {ev("041", "person:joe_biden", "person:benjamin_netanyahu")}},
    {"en", "Israel and Hamas negotiated a prisoner exchange in Cairo.",
     {ev("046", "country:isr", "org:hamas", "city:cairo")}},
    {"en", "Qatar mediated between Israel and Hamas.",
     {ev("045", "country:qat", "country:isr")}},
    {"en", "Xi Jinping held a meeting with Prabowo Subianto in Beijing.",
     {ev("040", "person:xi_jinping", "person:prabowo_subianto", "city:beijing")}},
    {"en", "The meeting between Anthony Albanese and Prabowo Subianto took place in Canberra.",
     {ev("040", "person:anthony_albanese", "person:prabowo_subianto", "city:canberra")}},
    // host and visit (042 / 043)
    {"en", "Narendra Modi visited Moscow in July.",
     {ev("042", "person:narendra_modi", "", "city:moscow")}},
    {"en", "Indian Prime Minister Narendra Modi visited Russia on Monday.",
     {ev("042", "person:narendra_modi", "country:rus", "country:rus")}},
    {"en", "Kim Jong Un arrived in Vladivostok by train.",
     {ev("042", "person:kim_jong_un", "", "city:vladivostok")}},
    {"en", "Antony Blinken visited Kyiv on Tuesday, arriving by overnight train from Poland.",
     {ev("042", "person:antony_blinken", "", "city:kyiv")}},
    {"en", "Xi Jinping welcomed Prabowo Subianto in Beijing.",
     {ev("043", "person:xi_jinping", "person:prabowo_subianto", "city:beijing")}},
    {"en", "Prabowo Subianto was received by Xi Jinping in Beijing.",
     {ev("043", "person:xi_jinping", "person:prabowo_subianto", "city:beijing")}},
    {"en", "Sergey Lavrov was welcomed by Kim Jong Un in Wonsan.",
     {ev("043", "person:kim_jong_un", "person:sergey_lavrov", "city:wonsan")}},
    {"en", "Japan hosted Indian Prime Minister Narendra Modi in Tokyo.",
     {ev("043", "country:jpn", "person:narendra_modi", "city:tokyo")}},
    {"en", "Shigeru Ishiba travelled to Washington for talks with Donald Trump.",
     {ev("042", "person:shigeru_ishiba", "", "city:washington")}},
    {"en", "After arriving in Hanoi, Vladimir Putin met To Lam.",
     {ev("042", "person:vladimir_putin", "", "city:hanoi"), ev("040", "person:vladimir_putin", "person:to_lam", "city:hanoi")}},
    // pronouns and carried subjects
    {"en", "Vladimir Putin arrived in Pyongyang on Wednesday. He then met Kim Jong Un.",
     {ev("042", "person:vladimir_putin", "", "city:pyongyang"), ev("040", "person:vladimir_putin", "person:kim_jong_un")}},
    {"en", "Kamala Harris landed in Jakarta on Tuesday. She met Joko Widodo at the palace.",
     {ev("042", "person:kamala_harris", "", "city:jakarta"), ev("040", "person:kamala_harris", "person:joko_widodo")}},
    {"en", "Anthony Albanese welcomed Prabowo Subianto in Canberra. Both discussed defence cooperation.",
     {ev("043", "person:anthony_albanese", "person:prabowo_subianto", "city:canberra"),
      ev("040", "person:anthony_albanese", "person:prabowo_subianto")}},
    {"en", "Joe Biden met Xi Jinping in San Francisco. The two leaders signed a joint statement.",
     {ev("040", "person:joe_biden", "person:xi_jinping", "city:san_francisco"),
      ev("057", "person:joe_biden", "person:xi_jinping")}},
    {"en", "Prabowo Subianto met Anwar Ibrahim in Kuala Lumpur. Prabowo thanked him for the warm welcome.",
     {ev("040", "person:prabowo_subianto", "person:anwar_ibrahim", "city:kuala_lumpur"),
      ev("051", "person:prabowo_subianto", "person:anwar_ibrahim")}},
    {"en", "Vladimir Putin visited North Korea, which has sent troops to Russia.",
     {ev("042", "person:vladimir_putin", "country:prk", "country:prk"), ev("074", "country:prk", "country:rus", "*")}},
    {"en", "Kim Jong Un, who was backed by Russia, criticised the United States.",
     {ev("051", "country:rus", "person:kim_jong_un"), ev("111", "person:kim_jong_un", "country:usa")}},
    // statements, claims, reporting
    // the statement (window coder) and the act it reports, attributed to the speaker (syntax coder)
    // the reported act itself (072, claimed by the US) is the syntax coder's (test_syntax_coder)
    {"en", "The United States said North Korea had sent ammunition to Russia.",
     {ev("010", "country:usa", "country:prk").said("country:usa")}},
    {"en", "Sergey Lavrov told Kim Jong Un that Russia would keep supporting Pyongyang.",
     {ev("010", "person:sergey_lavrov", "person:kim_jong_un").said("person:sergey_lavrov")}},
    {"en", "Kim Jong Un met Sergei Shoigu in Pyongyang, KCNA reported.",
     {ev("040", "person:kim_jong_un", "person:sergei_shoigu", "city:pyongyang").by("media:kcna")}},
    {"en", "According to TASS, Vladimir Putin received Kim Jong Un in the Kremlin.",
     {ev("043", "person:vladimir_putin", "person:kim_jong_un", "place:kremlin").by("media:tass")}},
    {"en", "\"We thank North Korea for its support,\" Sergey Lavrov said.",
     {ev("051", "person:sergey_lavrov", "country:prk").said("person:sergey_lavrov").quote()}},
    {"en", "North Korea allegedly sent thousands of troops to Russia.",
     {ev("074", "country:prk", "country:rus", "*").with_status("suspected")}},
    {"en", "Russia reportedly supplied weapons to North Korea.",
     {ev("072", "country:rus", "country:prk", "*").with_status("suspected")}},
    {"en", "Russia denied accusations by Ukraine that its forces attacked a hospital.",
     {ev("120", "country:rus", "country:ukr").with_status("denied")}},
    {"en", "A spokesman told reporters that the talks had been useful.", {}},
    // appeals and intent (02, 03)
    {"en", "Antonio Guterres urged Israel to allow humanitarian aid into Gaza.",
     {ev("023", "person:antonio_guterres", "country:isr")}},
    {"en", "Pope Francis called on Russia to negotiate with Ukraine.",
     {ev("026", "person:pope_francis", "country:rus")}},
    {"en", "Ukraine appealed to Germany for more air defence systems.",
     {ev("02", "country:ukr", "country:deu")}},
    {"en", "Japan pledged to provide humanitarian aid to Ukraine.",
     {ev("033", "country:jpn", "country:ukr")}},
    {"en", "Iran offered to negotiate with the United States.",
     {ev("036", "country:irn", "country:usa")}},
    // praise, sign, recognise, apologise (05)
    {"en", "Narendra Modi praised the leadership of Prabowo Subianto.",
     {ev("051", "person:narendra_modi", "person:prabowo_subianto")}},
    {"en", "Xi Jinping congratulated Donald Trump on his election victory.",
     {ev("051", "person:xi_jinping", "person:donald_trump")}},
    {"en", "Japan apologised to South Korea for wartime forced labour.",
     {ev("055", "country:jpn", "country:kor")}},
    {"en", "Indonesia and Australia signed a defence cooperation agreement in Canberra.",
     {ev("057", "country:idn", "country:aus", "city:canberra")}},
    {"en", "Spain formally recognised the State of Palestine.",
     {ev("054", "country:esp", "country:pse")}},
    {"en", "The United States defended Israel at the Security Council.",
     {ev("052", "country:usa", "country:isr")}},
    // material cooperation and aid (06, 07)
    {"en", "South Korea and the United States held joint military exercises.",
     {ev("062", "country:kor", "country:usa")}},
    {"en", "The United States shared intelligence with Ukraine.",
     {ev("064", "country:usa", "country:ukr")}},
    {"en", "Malaysia extradited a fugitive to Indonesia.",
     {ev("063", "country:mys", "country:idn", "*")}},
    {"en", "The European Union provided humanitarian aid to Palestinians.",
     {ev("073", "org:eu", "group:palestinians")}},
    {"en", "The United States sent weapons to Ukraine.",
     {ev("072", "country:usa", "country:ukr", "*")}},
    {"en", "North Korea deployed troops to the Kursk region.",
     {ev("074", "country:prk", "", "city:kursk")}},
    {"en", "Russia granted asylum to Bashar al-Assad.",
     {ev("075", "country:rus", "person:bashar_al_assad")}},
    // criticise, accuse, reject (11-12)
    {"en", "China criticised Japan over the release of treated water.",
     {ev("111", "country:chn", "country:jpn")}},
    {"en", "Ukraine accused Russia of attacking a hospital in Kyiv.",
     {ev("112", "country:ukr", "country:rus")}},
    {"en", "Russia was accused by Ukraine of violating the ceasefire.",
     {ev("112", "country:ukr", "country:rus")}},
    {"en", "Iran rejected talks with the United States.",
     {ev("125", "country:irn", "country:usa")}},
    {"en", "Russia vetoed a UN Security Council resolution on Ukraine.",
     {ev("129", "country:rus", "org:unsc")}},
    {"en", "Volodymyr Zelenskyy condemned the Russian attack on Kharkiv.",
     {ev("111", "person:volodymyr_zelenskyy", "country:rus"), ev("190", "country:rus", "", "city:kharkiv")}},
    // threaten, protest (13, 14)
    {"en", "North Korea threatened to attack South Korea.",
     {ev("138", "country:prk", "country:kor")}},
    {"en", "Russia warned Finland against joining the alliance.",
     {ev("130", "country:rus", "country:fin")}},
    {"en", "Palestinians protested against Israel in Ramallah.",
     {ev("14", "group:palestinians", "country:isr", "city:ramallah")}},
    // sanctions, expulsions, arrests (16, 17)
    {"en", "The United States imposed sanctions on Russia.",
     {ev("163", "country:usa", "country:rus")}},
    {"en", "Niger cut diplomatic ties with Ukraine.",
     {ev("161", "country:ner", "country:ukr")}},
    {"en", "Poland expelled Russian diplomats.",
     {ev("166", "country:pol", "country:rus")}},
    {"en", "Russia arrested an American journalist in Moscow.",
     {ev("173", "country:rus", "country:usa", "city:moscow")}},
    {"en", "Rodrigo Duterte was arrested by Philippine police in Manila.",
     {ev("173", "country:phl", "person:rodrigo_duterte", "city:manila")}},
    {"en", "China seized Vietnamese fishing boats.",
     {ev("171", "country:chn", "country:vnm")}},
    // assault, fight (18, 19)
    {"en", "Russia attacked Ukraine with ballistic missiles.",
     {ev("190", "country:rus", "country:ukr")}},
    {"en", "Israel bombed the Gaza Strip.",
     {ev("195", "country:isr", "", "loc:gaza_strip")}},
    {"en", "Hamas abducted dozens of Israelis.",
     {ev("181", "org:hamas", "group:israelis")}},
    {"en", "Russia occupied Crimea in 2014.",
     {ev("192", "country:rus", "", "loc:crimea")}},
    {"en", "Thailand and Cambodia clashed along their border.",
     {ev("190", "country:tha", "country:khm")}},
    // negation, modality, questions, hypotheticals
    {"en", "Xi Jinping did not meet Joe Biden in Bali.", {}},
    {"en", "Kim Jong Un has never visited Seoul.", {}},
    {"en", "Narendra Modi will visit Moscow next month.", {}},
    {"en", "Narendra Modi will visit Moscow next month.",
     {ev("042", "person:narendra_modi", "", "city:moscow").planned()}, true},
    {"en", "Joe Biden plans to meet Xi Jinping in November.", {}},
    {"en", "Donald Trump is expected to meet Kim Jong Un.", {}},
    {"en", "Will Vladimir Putin meet Volodymyr Zelenskyy?", {}},
    {"en", "If Russia attacks a NATO member, the United States will defend its allies.", {}},
    {"en", "Unless Iran negotiates with the United States, Israel may strike.", {}},
    {"en", "Russia has not sent troops to Venezuela.", {}},
    // no event at all
    {"en", "Oil prices rose three percent on Monday.", {}},
    {"en", "The attack killed at least ten people.", {}},
    {"en", "The summit will be held in South Africa next year.", {}},
    {"en", "Russia received ammunition from North Korea.", {}},
    {"en", "Joe Biden asked lawmakers to approve more aid for Ukraine.", {}},
    {"en", "China has denied supplying weapons to Russia.",
     {ev("120", "country:chn", "country:rus").with_status("denied").said("")}},
    {"en", "Blinken said military aid approved by the US Congress was already arriving.", {}},
    // dating
    {"en", "Antony Blinken arrived in Kyiv on 14 May 2024. It was his fourth visit to Ukraine since February 2022.",
     {ev("042", "person:antony_blinken", "", "city:kyiv").on("2024-05-14")}, false, "2024-05-15"},
  };
  return r;
}
// clang-format on

}  // namespace

TEST_CASE("event rows: CAMEO code, roles, location, modality and claims", "[events]") {
  const auto& table = rows();
  std::size_t id_rows = 0, en_rows = 0;
  for (const auto& r : table) (r.lang == "id" ? id_rows : en_rows)++;
  CHECK(table.size() >= 150);
  CHECK(id_rows >= 80);
  CHECK(en_rows >= 55);
  check_rows(table, run);
}

TEST_CASE("lexicon files load and every code is in the CAMEO table", "[events]") {
  kronik::ExtractConfig cfg;
  cfg.data_dir = kronik::test::data_dir();
  auto ex = Extractor::create(cfg);
  REQUIRE(ex);
}

// Developer aid, hidden from normal runs: KRONIK_EV_TEXT="..." KRONIK_EV_LANG=id test_events "[.debug]"
// prints sentences, mentions, times and events of one text.
TEST_CASE("debug one text", "[.debug]") {
  const char* text = std::getenv("KRONIK_EV_TEXT");
  if (!text) return;
  const char* lang = std::getenv("KRONIK_EV_LANG");
  Row row{lang ? lang : "id", text, {}};
  kronik::RawDocument raw;
  raw.id = "debug.txt";
  raw.text = row.text + "\n";
  raw.published = row.published;
  raw.language = row.lang;
  auto a = extractor(false).analyze(std::move(raw));
  for (const auto& s : a.sentences)
    std::cout << "S" << s.index << " " << kronik::sentence_role_name(s.role) << " p" << s.paragraph << ": "
              << a.raw.text.substr(s.span.begin, s.span.size()) << "\n";
  for (const auto& m : a.mentions)
    std::cout << "  M s" << m.sentence << " '" << m.surface << "' " << m.entity_key << " " << kronik::entity_type_name(m.type)
              << (m.modifier ? " modifier" : "") << (m.metonym ? " metonym" : "") << "\n";
  for (const auto& t : a.times) std::cout << "  T s" << t.sentence << " '" << t.text << "' " << t.value.iso() << "\n";
  for (const auto& e : a.events) std::cout << "  E " << describe(e) << " [" << (e.evidence.empty() ? "" : e.evidence[0].trigger_text) << "]\n";
}
