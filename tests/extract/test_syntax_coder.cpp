// The coder over dependency syntax (kronik/extract/events/syntax_coder.h) alone: the window coder
// is switched off (ExtractConfig::window_events), so every event here comes from a CAMEO frame
// dictionary row and the dependency roles. Rows are short texts written for this test; each
// block names the rule it covers. Also: the pattern language of the frame dictionaries.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "event_rows.h"
#include "kronik/extract/events/cameo_lexicon.h"
#include "kronik/extract/pipeline.h"
#include "test_paths.h"

namespace {

using kronik::Event;
using kronik::Extractor;
using namespace kronik::test;

const Extractor& syntax_only() {
  static std::shared_ptr<const Extractor> ex;
  if (!ex) {
    kronik::ExtractConfig cfg;
    cfg.data_dir = kronik::test::data_dir();
    cfg.window_events = false;
    cfg.latest_year = 2025;
    auto made = Extractor::create(cfg);
    REQUIRE(made);
    ex = made.value();
  }
  return *ex;
}

std::vector<Event> run_on(const Extractor& ex, const Row& row, int n) {
  kronik::RawDocument raw;
  raw.id = "syntax" + std::to_string(n) + ".txt";
  raw.path = raw.id;
  raw.text = row.text + "\n";
  raw.published = row.published;
  raw.language = row.lang;
  return ex.analyze(std::move(raw)).events;
}

std::vector<Event> run(const Row& row, int n) { return run_on(syntax_only(), row, n); }

// clang-format off
const std::vector<Row>& rows() {
  static const std::vector<Row> r = {
    // ---- a subject the parser hangs on a fronted time phrase ("pada pagi hari X bertemu")
    {"id", "Sebelumnya, pada siang hari Joko Widodo bertemu dengan Anthony Albanese di Canberra.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese", "city:canberra")}},
    // ---- verbs, actor = subject, target = object (English)
    {"en", "Joko Widodo met Anthony Albanese in Canberra on Tuesday.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese", "city:canberra")}},
    {"en", "Vladimir Putin visited Pyongyang on Wednesday.",
     {ev("04", "person:vladimir_putin", "", "*")}},
    {"en", "Russia accused Ukraine of attacking a power plant on Sunday.",
     {ev("11", "country:rus", "country:ukr")}},
    {"en", "China criticized Japan on Monday.",
     {ev("11", "country:chn", "country:jpn")}},
    {"en", "North Korea threatened South Korea on Friday.",
     {ev("13", "country:prk", "country:kor")}},
    {"en", "Israel attacked Hamas on Saturday.",
     {ev("19", "country:isr", "org:hamas")}},
    {"en", "Japan thanked Australia on Thursday.",
     {ev("05", "country:jpn", "country:aus")}},
    {"en", "Indonesia praised Malaysia on Thursday.",
     {ev("05", "country:idn", "country:mys")}},
    {"en", "Iran condemned the United States on Tuesday.",
     {ev("11", "country:irn", "country:usa")}},
    // ---- passive: the agent acts, the subject is the target
    {"en", "Ukraine was attacked by Russia on Sunday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "Japan was criticized by China on Monday.",
     {ev("11", "country:chn", "country:jpn")}},
    {"en", "Ukraine was attacked on Sunday.", {}},
    // ---- target obliques: with, against, to
    {"en", "Sergey Lavrov met with Kim Jong Un in Pyongyang on Tuesday.",
     {ev("04", "person:sergey_lavrov", "person:kim_jong_un", "city:pyongyang")}},
    {"en", "Iran negotiated with the United States on Monday.",
     {ev("05", "country:irn", "country:usa")}},
    {"en", "Russia protested against Japan on Monday.",
     {ev("1", "country:rus", "country:jpn")}},
    // ---- coordination: several actors or targets
    {"en", "Vladimir Putin and Xi Jinping met in Moscow on Tuesday.",
     {ev("04", "person:vladimir_putin+person:xi_jinping", "", "city:moscow")}},
    {"en", "Japan criticized China and Russia on Monday.",
     {ev("11", "country:jpn", "country:chn+country:rus")}},
    // ---- apposition and relative clauses bind to their head
    {"en", "Sergey Lavrov, who arrived on Friday, met Kim Jong Un on Saturday.",
     {ev("04", "person:sergey_lavrov", "person:kim_jong_un")}},
    {"en", "Russia's foreign minister, Sergey Lavrov, met Wang Yi on Saturday.",
     {ev("04", "person:sergey_lavrov", "person:wang_yi")}},
    // ---- subjects inherited through conjunction and open complements
    {"en", "Joko Widodo arrived in Tokyo and met Fumio Kishida on Monday.",
     {ev("04", "person:joko_widodo", "", "city:tokyo"), ev("04", "person:joko_widodo", "person:fumio_kishida")}},
    // ---- country adjectives fill a slot only on agent nouns
    {"en", "Israeli forces attacked Hamas on Sunday.",
     {ev("19", "country:isr", "org:hamas")}},
    {"en", "Russian troops attacked Ukraine on Sunday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "The Russian crisis worried Japan on Sunday.", {}},
    // ---- light verbs take the act from their object
    {"en", "Joko Widodo held talks with Anthony Albanese in Canberra on Tuesday.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese", "city:canberra")}},
    {"en", "Antony Blinken paid a visit to Israel on Monday.",
     {ev("04", "person:antony_blinken", "country:isr")}},
    // ---- modality: negation, hypotheticals, questions and plans make no event
    {"en", "Kim Jong Un did not meet Vladimir Putin on Monday.", {}},
    {"en", "Kim Jong Un never visited Seoul.", {}},
    {"en", "If Russia attacks Ukraine, Japan will criticize Russia.", {}},
    {"en", "Will Vladimir Putin meet Xi Jinping?", {}},
    {"en", "Narendra Modi will visit Moscow next month.", {}},
    // a future with a time of the day of writing is what the day holds
    {"en", "Narendra Modi will visit Moscow today.", {ev("04", "person:narendra_modi", "", "city:moscow")}},
    {"en", "Russia sent troops to expel Ukraine from Kursk.", {}},
    // ---- an act in the open complement of a coded verb is not an event of its own
    {"en", "North Korea threatened to attack South Korea on Friday.",
     {ev("13", "country:prk", "country:kor")}},
    // ---- commitments are intents (03), refined by the act
    {"en", "Iran is ready to negotiate with the United States.",
     {ev("03", "country:irn", "country:usa")}},
    // ---- speech: the speaker's own reported act is the event, attributed; another party's act
    // is hearsay: a statement (010) towards that party, as is a clause with no act
    {"en", "The United States said North Korea had attacked South Korea on Friday.",
     {ev("01", "country:usa", "country:prk")}},
    {"en", "Japan said China was a threat on Monday.",
     {ev("01", "country:jpn", "country:chn")}},
    {"en", "Japan said on Monday that the weather was fine.", {}},
    // ---- attribution phrases read from the word order: "..., according to X", "..., menurut X",
    // "According to X, ...", and a trailing ", X said" whose name the parser takes for a complement.
    // Another party's act is hearsay (a statement dated as the act); a party's own account stays asserted.
    {"en", "North Korea sent troops to Russia in October, according to South Korea.",
     {ev("010", "country:kor", "country:prk").said("country:kor").on("2023-10")}},
    {"id", "Korea Utara mengirim pasukan ke Rusia pada Oktober, menurut Korea Selatan.",
     {ev("010", "country:kor", "country:prk").said("country:kor").on("2023-10")}},
    {"en", "According to South Korea, North Korea sent troops to Russia in October.",
     {ev("010", "country:kor", "country:prk").said("country:kor")}},
    {"id", "Menurut Korea Selatan, Korea Utara mengirim pasukan ke Rusia pada Oktober.",
     {ev("010", "country:kor", "country:prk").said("country:kor")}},
    {"en", "North Korea sent troops to Russia in October, South Korea said.",
     {ev("010", "country:kor", "country:prk")}},
    {"en", "President Nicolas Maduro stepped down and flew abroad, according to Cuba.",
     {ev("010", "country:cub", "person:nicolas_maduro")}},
    {"en", "Russia attacked Ukraine on Sunday, according to Volodymyr Zelensky.",
     {ev("19", "country:rus", "country:ukr").said("person:volodymyr_zelenskyy")}},
    {"id", "Rusia menyerang Ukraina pada Minggu, menurut Volodymyr Zelensky.",
     {ev("19", "country:rus", "country:ukr").said("person:volodymyr_zelenskyy")}},
    {"en", "Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday, according to Russia.",
     {ev("04", "person:vladimir_putin", "person:kim_jong_un", "city:pyongyang").said("country:rus")}},
    // a longer story than a speaker (a verb in the phrase): no attribution
    {"en", "Russia attacked Ukraine on Sunday, according to a report published by the United Nations.",
     {ev("19", "country:rus", "country:ukr").said("")}},
    {"id", "Rusia menyerang Ukraina pada Minggu, menurut laporan yang dirilis Perserikatan Bangsa-Bangsa.",
     {ev("19", "country:rus", "country:ukr").said("")}},
    // a capital an apposition calls an ally ("ally_noun" of words.tsv) is its state, as after
    // "according to" itself; a capital as a place ("residents of") speaks for nobody
    {"en", "President Nicolas Maduro stepped down and flew abroad, according to ally Havana.",
     {ev("010", "country:cub", "person:nicolas_maduro").said("country:cub")}},
    {"id", "Korea Utara mengirim pasukan ke Rusia pada Oktober, menurut sekutu Seoul.",
     {ev("010", "country:kor", "country:prk").said("country:kor")}},
    {"en", "President Nicolas Maduro stepped down and flew abroad, according to residents of Havana.", {}},
    // ---- a singular possessive pronoun (his, her, -nya) on a nominal trigger is the person named
    // last, in its sentence or the two before, whatever the gender; no person, no possessor
    {"id", "Presiden Tom Reyes mendarat di Tokyo pada Senin. Kunjungannya ke Jepang memicu protes pada Selasa.",
     {ev("042", "person:tom_reyes", "", "city:tokyo"), ev("042", "person:tom_reyes", "country:jpn")}},
    {"id", "Cuaca cerah pada Senin. Kunjungannya ke Jepang memicu protes pada Selasa.", {}},
    // ---- a frame with only a reverse code (`-:017`) codes the act of the one the verb acts on:
    // the person sworn in takes office before the one swearing them in; an oath of office in a
    // main clause is the happening even without a place or a day of its own
    {"id", "Presiden Tharman Shanmugaratnam melantik Lawrence Wong pada 15 Mei 2024.",
     {ev("017", "person:lawrence_wong", "person:tharman_shanmugaratnam").on("2024-05-15")}},
    {"en", "Lawrence Wong was sworn in as prime minister on 15 May 2024.",
     {ev("017", "person:lawrence_wong").on("2024-05-15")}},
    {"id", "Lawrence Wong dilantik sebagai perdana menteri.", {ev("017", "person:lawrence_wong")}},
    {"en", "Lawrence Wong received a letter on Monday.", {}},
    {"en", "Lawrence Wong received Anwar Ibrahim's letter on Monday.",
     {ev("040", "person:anwar_ibrahim", "person:lawrence_wong")}},
    // ---- a statement whose object is a thing made public is an announcement, kept like any
    // one-party act (main clause, own time); delivering a statement or speech is not
    {"en", "Lawrence Wong announced the new cabinet on 15 May 2024.",
     {ev("010", "person:lawrence_wong").on("2024-05-15")}},
    {"id", "Lawrence Wong mengumumkan susunan kabinet pada 15 Mei 2024.",
     {ev("010", "person:lawrence_wong").on("2024-05-15")}},
    {"en", "Lawrence Wong announced the new cabinet.", {}},
    {"id", "Lawrence Wong menyampaikan pernyataan di Singapura pada 15 Mei 2024.", {}},
    // a speaker saying it spoke in a statement issued one (also after the quotation, which the
    // parser makes the head); a bare "X said" is only the source of what it says
    {"en", "\"The harvest is ours,\" Lawrence Wong said in a statement on Monday.", {ev("010", "person:lawrence_wong")}},
    {"en", "Lawrence Wong said in a statement that the harvest is ours.", {ev("010", "person:lawrence_wong")}},
    // the same in Indonesian, also when the parser makes the opening quotation mark the root
    {"id", "\"Panen ini milik kita,\" kata Lawrence Wong dalam pernyataan pada Senin.", {ev("010", "person:lawrence_wong")}},
    {"id", "\"Panen ini milik kita,\" kata Lawrence Wong.", {}},
    {"en", "\"The harvest is ours,\" Lawrence Wong said.", {}},
    // a speech noun with its speaker and a time of its own tells a speech given then
    {"id", "Pidato Lawrence Wong di parlemen pada Senin (13/5/2024) berlangsung selama satu jam.",
     {ev("010", "person:lawrence_wong").on("2024-05-13")}},
    {"en", "Lawrence Wong's speech on 13 May 2024 lasted an hour.", {ev("010", "person:lawrence_wong").on("2024-05-13")}},
    {"id", "Pidato Lawrence Wong berlangsung selama satu jam.", {}},
    {"en", "Lawrence Wong's speech lasted an hour.", {}},
    {"en", "Lawrence Wong said that the harvest is ours.", {}},
    // a family name led by a lower-case particle and a hyphen is the person named in full before
    {"en", "Rebel leader Karim al-Rashidi arrived in Damascus on Sunday. \"The harvest is ours,\" al-Rashidi "
           "said in a statement.",
     {ev("04", "person:karim_al_rashidi", "", "city:damascus"), ev("010", "person:karim_al_rashidi")}},
    // ---- an object that names no party is acted on through its possessor ("mencium tangan X");
    // an object that is an act itself has its possessor for its source ("dukungan Indonesia")
    {"id", "Joko Widodo mencium tangan Anwar Ibrahim di Jakarta pada Kamis.",
     {ev("040", "person:joko_widodo", "person:anwar_ibrahim", "city:jakarta")}},
    {"id", "Joko Widodo menjabat tangan Anwar Ibrahim di Jakarta pada Kamis.",
     {ev("040", "person:joko_widodo", "person:anwar_ibrahim", "city:jakarta")}},
    {"id", "Anwar Ibrahim menyampaikan dukungan Indonesia pada Kamis.", {}},
    // a person's name the parser hangs on the country qualifying their title is the argument
    {"id", "Pemimpin Tertinggi Iran Ali Khamenei menjabat tangan Joko Widodo di Teheran pada Kamis.",
     {ev("040", "person:ali_khamenei", "person:joko_widodo", "*")}},
    // ---- a singular personal pronoun as the subject of a passive is the person the paragraph is
    // about: the first person named in the latest sentence naming one (not the last name there)
    {"en", "Lawrence Wong thanked Tharman Shanmugaratnam on Monday. He was sworn in as prime minister "
           "later in the morning.",
     {ev("051", "person:lawrence_wong", "person:tharman_shanmugaratnam"), ev("017", "person:lawrence_wong")}},
    {"id", "Lawrence Wong memuji Tharman Shanmugaratnam pada Senin. Ia kemudian dilantik sebagai perdana menteri.",
     {ev("051", "person:lawrence_wong", "person:tharman_shanmugaratnam"), ev("017", "person:lawrence_wong")}},
    {"en", "The weather was fine on Monday. He was sworn in as prime minister later in the morning.", {}},
    // ---- a definite age epithet ("the 78-year-old", "the 78-year-old bishop") naming no one is
    // the person the paragraph is about; a comma-set participle hung on a noun naming no party is
    // the main clause subject's act, kept like the main clause's own one-party act
    {"en", "Tom Reyes arrived in Manila on Tuesday. The 78-year-old looked tired but cheerful during his "
           "four-day visit despite a crowded programme, presiding over a prayer on Friday of more than "
           "45,000 people at a cricket ground.",
     {ev("04", "person:tom_reyes", "", "*"), ev("017", "person:tom_reyes").at("*").on("2024-05-17")}},
    {"en", "Tom Reyes arrived in Manila on Tuesday. The 78-year-old bishop presided over a mass at a stadium "
           "on Friday.",
     {ev("04", "person:tom_reyes", "", "*"), ev("017", "person:tom_reyes").at("*").on("2024-05-17")}},
    {"en", "The weather was fine on Monday. The 78-year-old presided over a prayer at a stadium on Friday.", {}},
    {"id", "Tom Reyes tiba di Manila pada Selasa. Uskup berusia 78 tahun itu memimpin misa di sebuah stadion, "
           "Jumat (17/5).",
     {ev("04", "person:tom_reyes", "", "*"), ev("017", "person:tom_reyes").at("*").on("2024-05-17")}},
    {"id", "Cuaca cerah pada Senin. Uskup berusia 78 tahun itu memimpin misa di sebuah stadion, Jumat (17/5).", {}},
    // ---- leading a religious service is a symbolic act (017) of the one who leads it
    {"en", "Tom Reyes led the prayers at a stadium on Friday.", {ev("017", "person:tom_reyes").at("*").on("2024-05-17")}},
    {"en", "Tom Reyes held a prayer service at a stadium on Friday.",
     {ev("017", "person:tom_reyes").at("*").on("2024-05-17")}},
    {"id", "Tom Reyes memimpin misa di sebuah stadion, Jumat (17/5).",
     {ev("017", "person:tom_reyes").at("*").on("2024-05-17")}},
    {"id", "Tom Reyes merayakan misa di Manila pada 17 Mei 2024.",
     {ev("017", "person:tom_reyes").at("*").on("2024-05-17")}},
    // ---- a person named right after a nominal argument, set apart by a comma or a quote and hung
    // beside it by the parser, is that argument; a name with a clause of its own is not
    {"en", "President Ana Belo said she \"spoke to their very kind president,\" Tom Reyes, and secured a deal.",
     {ev("040", "person:ana_belo", "person:tom_reyes").said("person:ana_belo")}},
    {"en", "President Ana Belo said she spoke to their new leader, Tom Reyes, and secured a deal.",
     {ev("040", "person:ana_belo", "person:tom_reyes").said("person:ana_belo")}},
    {"en", "President Ana Belo said she spoke to the president, and Tom Reyes secured a deal.", {}},
    {"id", "Presiden Tom Reyes mendarat di Tokyo pada Senin. Cuaca cerah pada Selasa. Hujan turun pada Rabu. "
           "Kunjungannya ke Jepang memicu protes pada Kamis.",
     {ev("042", "person:tom_reyes", "", "city:tokyo")}},
    // ---- a one-party act recalled in an adverbial clause ("after", "karena") with a date of its
    // own is kept (a further report of its happening), unless the document states it itself
    // (the main clause's protest, dated Friday, is an event of its own)
    {"en", "The opposition protested on Friday after Anwar Ibrahim imposed a curfew on May 3.",
     {ev("17", "person:anwar_ibrahim").on("2024-05-03"), ev("14", "group:opposition").on("2024-05-17")}},
    {"en", "The opposition protested on Friday after Anwar Ibrahim imposed a curfew.",
     {ev("14", "group:opposition").on("2024-05-17")}},
    {"id", "Warga marah karena Anwar Ibrahim menerapkan jam malam pada 3 Mei.",
     {ev("172", "person:anwar_ibrahim").on("2024-05-03")}},
    {"id", "Warga marah karena Anwar Ibrahim menerapkan jam malam.", {}},
    {"en", "Anwar Ibrahim imposed a curfew on May 3. The opposition protested on Friday after Anwar Ibrahim "
           "imposed a curfew on May 3.",
     {ev("17", "person:anwar_ibrahim").on("2024-05-03"), ev("14", "group:opposition").on("2024-05-17")}},
    {"en", "The talks ended on Friday after Anwar Ibrahim spoke on May 3.", {}},
    // ---- declaring or applying martial law, a state of emergency (Indonesian)
    {"id", "Anwar Ibrahim mengumumkan keadaan darurat pada 3 Mei.",
     {ev("1724", "person:anwar_ibrahim").on("2024-05-03")}},
    {"id", "Anwar Ibrahim menerapkan status darurat pada 3 Mei.",
     {ev("1724", "person:anwar_ibrahim").on("2024-05-03")}},
    {"id", "Anwar Ibrahim menerapkan jam malam pada 3 Mei.",
     {ev("172", "person:anwar_ibrahim").on("2024-05-03")}},
    // ---- nominal events need both parties and an argument position
    {"en", "The attack by Russia on Ukraine killed ten people on Sunday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "Japan discussed support for Russia's war on Ukraine on Monday.", {}},
    // ---- one-party acts: only a main clause with its own time or place
    {"en", "Yoon Suk Yeol declared martial law on Tuesday.",
     {ev("17", "person:yoon_suk_yeol")}},
    {"en", "Yoon Suk Yeol lifted martial law on Wednesday.",
     {ev("08", "person:yoon_suk_yeol")}},
    {"en", "Yoon Suk Yeol declared martial law.", {}},
    // approving or ratifying an agreement (057 with the agreement as object) is one party's own
    // step; a verb's frame naming its object beats the light-verb reading of that object
    {"en", "Japan approved the trade agreement on Saturday.", {ev("05", "country:jpn")}},
    {"en", "The truce was ratified by Japan on Saturday.", {ev("05", "country:jpn")}},
    {"en", "Japan approved the trade agreement.", {}},
    {"en", "Japan praised the trade agreement on Saturday.", {}},
    {"id", "Jepang menyetujui perjanjian itu pada Jumat.", {ev("05", "country:jpn")}},
    {"id", "Perjanjian itu disetujui oleh Jepang pada Jumat.", {ev("05", "country:jpn")}},
    {"id", "Jepang menyetujui perjanjian itu.", {}},

    // ---- Indonesian verbs (forms with their morphology: meN-, ber-, di-, -kan, -i)
    {"id", "Joko Widodo bertemu Anthony Albanese di Canberra pada Selasa.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese", "city:canberra")}},
    {"id", "Vladimir Putin mengunjungi Pyongyang pada Rabu.",
     {ev("04", "person:vladimir_putin", "", "*")}},
    {"id", "Rusia menuduh Ukraina menyerang pembangkit listrik pada Minggu.",
     {ev("11", "country:rus", "country:ukr")}},
    {"id", "China mengkritik Jepang pada Senin.",
     {ev("11", "country:chn", "country:jpn")}},
    {"id", "Korea Utara mengancam Korea Selatan pada Jumat.",
     {ev("13", "country:prk", "country:kor")}},
    {"id", "Israel menyerang Hamas pada Sabtu.",
     {ev("19", "country:isr", "org:hamas")}},
    {"id", "Indonesia memuji Malaysia pada Kamis.",
     {ev("05", "country:idn", "country:mys")}},
    // an act needs its actor: "polisi" names no party
    {"id", "Polisi menangkap Yoon Suk Yeol pada Rabu.", {}},
    // ---- Indonesian passive: di- forms, agent with "oleh"
    {"id", "Ukraina diserang oleh Rusia pada Minggu.",
     {ev("19", "country:rus", "country:ukr")}},
    {"id", "Antony Blinken dipuji oleh Xi Jinping di Beijing pada Jumat.",
     {ev("05", "person:xi_jinping", "person:antony_blinken", "city:beijing")}},
    {"id", "Ukraina diserang pada Minggu.", {}},
    // ---- target obliques: dengan, terhadap, kepada
    {"id", "Sergey Lavrov bertemu dengan Wang Yi di Beijing pada Selasa.",
     {ev("04", "person:sergey_lavrov", "person:wang_yi", "city:beijing")}},
    {"id", "Iran berunding dengan Amerika Serikat pada Senin.",
     {ev("04", "country:irn", "country:usa")}},
    // ---- coordination
    {"id", "Vladimir Putin dan Xi Jinping bertemu di Moskow pada Selasa.",
     {ev("04", "person:vladimir_putin+person:xi_jinping", "", "city:moscow")}},
    {"id", "Jepang mengkritik China dan Rusia pada Senin.",
     {ev("11", "country:jpn", "country:chn+country:rus")}},
    // ---- relative clause subject: yang
    {"id", "Sergey Lavrov, yang tiba pada Jumat, bertemu Kim Jong Un pada Sabtu.",
     {ev("04", "person:sergey_lavrov", "person:kim_jong_un")}},
    // ---- agent nouns: "pasukan Israel"
    {"id", "Pasukan Israel menyerang Hamas pada Minggu.",
     {ev("19", "country:isr", "org:hamas")}},
    // ---- light verbs: melakukan, menggelar, mengadakan
    {"id", "Joko Widodo mengadakan pertemuan dengan Anthony Albanese di Canberra pada Selasa.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese", "city:canberra")}},
    {"id", "Antony Blinken melakukan kunjungan ke Israel pada Senin.",
     {ev("04", "person:antony_blinken", "country:isr")}},
    // a journey (perjalanan) to a place is a visit; without a destination it is none
    {"id", "Antony Blinken melakukan perjalanan resmi ke Israel pada Senin.",
     {ev("04", "person:antony_blinken", "country:isr")}},
    {"id", "Antony Blinken melakukan perjalanan panjang pada Senin.", {}},
    // ---- enacting verbs take their object's act
    {"id", "Majelis Nasional Korea Selatan mengesahkan pemakzulan terhadap Yoon Suk Yeol pada Kamis.",
     {ev("17", "org:kor_national_assembly", "person:yoon_suk_yeol")}},
    // ---- modality
    {"id", "Kim Jong Un tidak bertemu Vladimir Putin pada Senin.", {}},
    {"id", "Kim Jong Un belum pernah mengunjungi Seoul.", {}},
    {"id", "Jika Rusia menyerang Ukraina, Jepang akan mengkritik Rusia.", {}},
    {"id", "Narendra Modi akan mengunjungi Moskow bulan depan.", {}},
    {"id", "Narendra Modi akan mengunjungi Moskow hari ini.", {ev("04", "person:narendra_modi", "", "city:moscow")}},
    {"id", "Rusia mengirim pasukan untuk mengusir Ukraina dari Kursk.", {}},
    // ---- governed complements
    {"id", "Iran menolak berunding dengan Amerika Serikat pada Senin.",
     {ev("12", "country:irn", "country:usa")}},
    // ---- commitments
    {"id", "Iran siap berunding dengan Amerika Serikat.",
     {ev("03", "country:irn", "country:usa")}},
    // ---- speech
    {"id", "Jerman mengatakan Iran telah menyerang Irak pada Jumat.",
     {ev("01", "country:deu", "country:irn")}},
    {"id", "Jepang mengatakan cuaca hari Senin cerah.", {}},
    // ---- nominal events
    {"id", "Penangkapan Yoon Suk Yeol oleh polisi Korea Selatan mengejutkan Jepang pada Rabu.",
     {ev("17", "country:kor", "person:yoon_suk_yeol")}},
    {"id", "Jepang membahas dukungan terhadap perang Rusia pada Senin.", {}},
    // ---- more CAMEO roots (English)
    {"en", "Hamas released Israeli hostages on Sunday.",
     {ev("08", "org:hamas", "country:isr")}},
    {"en", "Russia investigated Ukraine on Monday.",
     {ev("09", "country:rus", "country:ukr")}},
    {"en", "South Korea expelled North Korea's ambassador on Friday.",
     {ev("17", "country:kor", "country:prk")}},
    // an act needs its actor: "police" and "protesters" name no party
    {"en", "Police arrested Yoon Suk Yeol on Wednesday.", {}},
    {"en", "Israel bombed Syria on Sunday.",
     {ev("19", "country:isr", "country:syr")}},
    {"en", "Japan apologized to South Korea on Monday.",
     {ev("05", "country:jpn", "country:kor")}},
    {"en", "Protesters demonstrated against Israel in Jakarta on Friday.", {}},
    {"en", "Indonesia invited Vladimir Putin on Monday.",
     {ev("04", "country:idn", "person:vladimir_putin")}},
    // ---- more CAMEO roots (Indonesian)
    {"id", "Hamas membebaskan sandera Israel pada Minggu.",
     {ev("08", "org:hamas", "country:isr")}},
    {"id", "Jepang menjatuhkan sanksi terhadap Rusia pada Jumat.",
     {ev("16", "country:jpn", "country:rus")}},
    {"id", "Israel mengebom Suriah pada Minggu.",
     {ev("19", "country:isr", "country:syr")}},
    {"id", "Jepang meminta maaf kepada Korea Selatan pada Senin.",
     {ev("05", "country:jpn", "country:kor")}},
    {"id", "Indonesia mengundang Vladimir Putin pada Senin.",
     {ev("03", "country:idn", "person:vladimir_putin")}},
    {"id", "Prabowo Subianto mengunjungi China pada Sabtu.",
     {ev("04", "person:prabowo_subianto", "country:chn")}},
    {"id", "Xi Jinping menyambut Prabowo Subianto di Beijing pada Sabtu.",
     {ev("04", "person:xi_jinping", "person:prabowo_subianto", "city:beijing")}},

    // ==== every root 01-20 and every role rule again, in both languages (set 2)
    {"en", "Emmanuel Macron met Olaf Scholz in Paris on Monday.",
     {ev("04", "person:emmanuel_macron", "person:olaf_scholz", "city:paris")}},
    {"en", "Anwar Ibrahim visited Singapore on Tuesday.",
     {ev("04", "person:anwar_ibrahim", "country:sgp")}},
    {"en", "Antony Blinken traveled to Israel on Monday.",
     {ev("04", "person:antony_blinken", "country:isr")}},
    {"en", "Narendra Modi hosted Vladimir Putin in New Delhi on Tuesday.",
     {ev("04", "person:narendra_modi", "person:vladimir_putin", "city:new_delhi")}},
    {"en", "Egypt mediated between Israel and Hamas on Sunday.",
     {ev("04", "country:egy", "country:isr+org:hamas")}},
    {"en", "Japan signed an agreement with Vietnam on Thursday.",
     {ev("05", "country:jpn", "country:vnm")}},
    {"en", "Singapore and Malaysia signed a treaty on Monday.",
     {ev("05", "country:mys+country:sgp", "")}},
    // ---- speaking with someone is consulting them; "he" in a person's reported clause is that person
    {"en", "Anwar Ibrahim spoke with Joko Widodo in Jakarta on Tuesday.",
     {ev("04", "person:anwar_ibrahim", "person:joko_widodo", "city:jakarta")}},
    {"en", "Anwar Ibrahim said he talked to Joko Widodo on Tuesday.",
     {ev("04", "person:anwar_ibrahim", "person:joko_widodo")}},
    {"en", "Anwar Ibrahim spoke to reporters in Jakarta on Tuesday.", {}},
    // ---- the state a person serves is their own side, not a target
    {"en", "Anthony Albanese said he ordered Australian troops to leave the base on Tuesday.", {}},
    // ---- parties named together in a "between"/"antara" phrase of an act without a subject
    {"en", "A trade agreement was reached between Japan and Vietnam on Thursday.",
     {ev("05", "country:jpn", "country:vnm")}},
    {"en", "A trade agreement was reached with Vietnam on Thursday.", {}},
    {"id", "Kesepakatan dagang tercapai antara Jepang dan Vietnam pada Kamis.",
     {ev("05", "country:jpn", "country:vnm")}},
    {"id", "Tarif itu diatur dalam kesepakatan dagang yang tercapai antara Jepang dan Vietnam pada Kamis.",
     {ev("05", "country:jpn", "country:vnm")}},
    {"en", "Israel and Hamas agreed to a ceasefire on Wednesday.",
     {ev("03", "country:isr+org:hamas", "")}},
    {"en", "Japan sent humanitarian aid to Ukraine on Friday.",
     {ev("07", "country:jpn", "country:ukr")}},
    {"en", "The United States provided military aid to Ukraine on Monday.",
     {ev("07", "country:usa", "country:ukr")}},
    {"en", "Hamas freed Israeli hostages on Sunday.",
     {ev("08", "org:hamas", "country:isr")}},
    {"en", "Israel released Palestinian prisoners on Monday.",
     {ev("08", "country:isr", "country:pse")}},
    {"en", "Russia investigated Ukraine on Tuesday.",
     {ev("09", "country:rus", "country:ukr")}},
    {"en", "Iran demanded that Israel withdraw from Lebanon on Monday.",
     {ev("10", "country:irn", "country:isr")}},
    {"en", "China condemned Japan on Friday.",
     {ev("11", "country:chn", "country:jpn")}},
    {"en", "Russia accused the United States of interference on Tuesday.",
     {ev("11", "country:rus", "country:usa")}},
    {"en", "Iran rejected the proposal of the United States on Monday.",
     {}},
    {"en", "North Korea threatened Japan on Friday.",
     {ev("13", "country:prk", "country:jpn")}},
    {"en", "Israel warned Hezbollah on Monday.",
     {ev("13", "country:isr", "org:hezbollah")}},
    {"en", "Protesters rallied against Israel in Jakarta on Friday.",
     {}},
    {"en", "Russia deployed troops to the border of Ukraine on Monday.",
     {ev("15", "country:rus", "")}},
    {"en", "The United States imposed sanctions on Russia on Tuesday.",
     {ev("16", "country:usa", "country:rus")}},
    {"en", "Japan cut diplomatic ties with North Korea on Monday.",
     {ev("16", "country:jpn", "country:prk")}},
    {"en", "South Korea expelled Russian diplomats on Friday.",
     {ev("16", "country:kor", "country:rus")}},
    {"en", "Israel arrested Palestinians on Monday.",
     {ev("17", "country:isr", "group:palestinians")}},
    {"en", "Russian forces attacked Ukraine on Sunday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "Israeli forces bombed Gaza on Sunday.",
     {ev("19", "country:isr", "loc:gaza_strip")}},
    {"en", "Israel shelled Lebanon on Monday.",
     {ev("19", "country:isr", "country:lbn")}},
    {"en", "Vladimir Putin praised Kim Jong Un on Wednesday.",
     {ev("05", "person:vladimir_putin", "person:kim_jong_un")}},
    {"en", "Kim Jong Un thanked Vladimir Putin on Wednesday.",
     {ev("05", "person:kim_jong_un", "person:vladimir_putin")}},
    {"en", "Japan apologized to China on Monday.",
     {ev("05", "country:jpn", "country:chn")}},
    {"en", "Ukraine appealed to the United Nations on Monday.",
     {ev("02", "country:ukr", "org:un")}},
    {"en", "Iran was accused by Israel on Monday.",
     {ev("11", "country:isr", "country:irn")}},
    {"en", "Ukraine was attacked by Russian forces on Sunday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "Vladimir Putin and Xi Jinping met in Beijing on Thursday.",
     {ev("04", "person:vladimir_putin+person:xi_jinping", "", "city:beijing")}},
    {"en", "Japan condemned North Korea and China on Monday.",
     {ev("11", "country:jpn", "country:chn+country:prk")}},
    {"en", "Sergey Lavrov, who arrived on Monday, met Wang Yi on Tuesday.",
     {ev("04", "person:sergey_lavrov", "person:wang_yi")}},
    {"en", "Vladimir Putin arrived in Pyongyang and met Kim Jong Un on Wednesday.",
     {ev("04", "person:vladimir_putin", "", "city:pyongyang"), ev("04", "person:vladimir_putin", "person:kim_jong_un")}},
    {"en", "Joko Widodo did not meet Anthony Albanese on Monday.",
     {}},
    {"en", "Xi Jinping will visit Moscow next week.",
     {}},
    {"en", "Did Russia attack Ukraine on Sunday?",
     {}},
    {"en", "If Israel attacks Iran, Iran will respond.",
     {}},
    {"en", "Russia refused to negotiate with Ukraine on Monday.",
     {ev("12", "country:rus", "country:ukr")}},
    {"en", "Iran is ready to negotiate with the United States on Monday.",
     {ev("03", "country:irn", "country:usa")}},
    {"en", "The United States said Iran had attacked Israel on Monday.",
     {ev("01", "country:usa", "country:irn")}},
    {"en", "Sergey Lavrov said Russia would help North Korea.",
     {ev("03", "country:rus", "country:prk").said("person:sergey_lavrov")}},
    {"en", "\"We will help Syria,\" Hakan Fidan said on Sunday.",
     {ev("03", "person:hakan_fidan", "country:syr").said("person:hakan_fidan")}},
    {"en", "\"We attacked Hamas on Sunday,\" Benjamin Netanyahu said.",
     {ev("19", "person:benjamin_netanyahu", "org:hamas").said("person:benjamin_netanyahu")}},
    {"en", "Joko Widodo met Anthony Albanese on Monday. The meeting took place in Canberra.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese")}},
    {"en", "Vladimir Putin met Xi Jinping on Tuesday. The talks lasted three hours.",
     {ev("04", "person:vladimir_putin", "person:xi_jinping")}},
    {"en", "Joko Widodo paid a visit to Australia on Monday.",
     {ev("04", "person:joko_widodo", "country:aus")}},
    {"en", "The attack by Russia on Ukraine killed ten people on Sunday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "Russia struck an agreement with North Korea on Monday.",
     {ev("05", "country:rus", "country:prk")}},
    {"en", "The Indonesian police arrested Yoon Suk Yeol on Wednesday.",
     {ev("17", "country:idn", "person:yoon_suk_yeol")}},
    {"id", "Emmanuel Macron bertemu Olaf Scholz di Paris pada Senin.",
     {ev("04", "person:emmanuel_macron", "person:olaf_scholz", "city:paris")}},
    {"id", "Anwar Ibrahim mengunjungi Singapura pada Selasa.",
     {ev("04", "person:anwar_ibrahim", "country:sgp")}},
    {"id", "Sergey Lavrov mengadakan pembicaraan dengan Wang Yi di Beijing pada Jumat.",
     {ev("04", "person:sergey_lavrov", "person:wang_yi", "city:beijing")}},
    {"id", "Antony Blinken berkunjung ke Israel pada Senin.",
     {ev("04", "person:antony_blinken", "country:isr")}},
    {"id", "Fumio Kishida menyambut Joe Biden di Tokyo pada Rabu.",
     {ev("04", "person:fumio_kishida", "person:joe_biden", "city:tokyo")}},
    {"id", "Mesir menengahi perundingan antara Israel dan Hamas pada Minggu.",
     {ev("04", "country:egy", "country:isr+org:hamas")}},
    {"id", "Jepang menandatangani perjanjian dengan Vietnam pada Kamis.",
     {ev("05", "country:jpn", "country:vnm")}},
    {"id", "Israel dan Hamas menyepakati gencatan senjata pada Rabu.",
     {ev("08", "country:isr+org:hamas", "")}},
    {"id", "Israel menyepakati gencatan senjata dengan Hamas pada Rabu.",
     {ev("08", "country:isr", "org:hamas")}},
    {"id", "Jepang mengirim bantuan kemanusiaan kepada Ukraina pada Jumat.",
     {ev("07", "country:jpn", "country:ukr")}},
    {"id", "Amerika Serikat memberikan bantuan militer kepada Ukraina pada Senin.",
     {ev("07", "country:usa", "country:ukr")}},
    {"id", "Hamas membebaskan dua sandera lansia Israel pada Kamis.",
     {ev("08", "org:hamas", "country:isr")}},
    {"id", "Israel membebaskan tahanan Palestina pada Senin.",
     {ev("08", "country:isr", "country:pse")}},
    {"id", "Rusia menyelidiki Ukraina pada Selasa.",
     {ev("09", "country:rus", "country:ukr")}},
    {"id", "China mengecam Jepang pada Jumat.",
     {ev("11", "country:chn", "country:jpn")}},
    {"id", "Rusia menuduh Amerika Serikat melakukan campur tangan pada Selasa.",
     {ev("11", "country:rus", "country:usa")}},
    {"id", "Korea Utara mengancam Jepang pada Jumat.",
     {ev("13", "country:prk", "country:jpn")}},
    {"id", "Israel memperingatkan Hizbullah pada Senin.",
     {ev("13", "country:isr", "org:hezbollah")}},
    {"id", "Rusia mengerahkan pasukan ke perbatasan Ukraina pada Senin.",
     {ev("15", "country:rus", "")}},
    {"id", "Amerika Serikat menjatuhkan sanksi terhadap Rusia pada Selasa.",
     {ev("16", "country:usa", "country:rus")}},
    {"id", "Donald Trump mengenakan tarif impor kepada Indonesia pada Senin.",
     {ev("16", "person:donald_trump", "country:idn")}},
    {"id", "Korea Selatan mengusir diplomat Rusia pada Jumat.",
     {ev("16", "country:kor", "country:rus")}},
    {"id", "Pasukan Rusia menyerang Ukraina pada Minggu.",
     {ev("19", "country:rus", "country:ukr")}},
    {"id", "Israel mengebom Gaza pada Minggu.",
     {ev("19", "country:isr", "loc:gaza_strip")}},
    {"id", "Hizbullah menembakkan roket ke Israel pada Sabtu.",
     {ev("19", "org:hezbollah", "country:isr")}},
    {"id", "Vladimir Putin memuji Kim Jong Un pada Rabu.",
     {ev("05", "person:vladimir_putin", "person:kim_jong_un")}},
    {"id", "Kim Jong Un berterima kasih kepada Vladimir Putin pada Rabu.",
     {ev("05", "person:kim_jong_un", "person:vladimir_putin")}},
    {"id", "Jepang meminta maaf kepada China pada Senin.",
     {ev("05", "country:jpn", "country:chn")}},
    {"id", "Indonesia mendesak Israel menghentikan serangan pada Senin.",
     {ev("02", "country:idn", "country:isr")}},
    {"id", "Iran dituduh oleh Israel pada Senin.",
     {ev("11", "country:isr", "country:irn")}},
    {"id", "Ukraina diserang oleh pasukan Rusia pada Minggu.",
     {ev("19", "country:rus", "country:ukr")}},
    {"id", "Vladimir Putin dan Xi Jinping bertemu di Beijing pada Kamis.",
     {ev("04", "person:vladimir_putin+person:xi_jinping", "", "city:beijing")}},
    {"id", "Jepang mengecam Korea Utara dan China pada Senin.",
     {ev("11", "country:jpn", "country:chn+country:prk")}},
    {"id", "Sergey Lavrov, yang tiba pada Senin, bertemu Wang Yi pada Selasa.",
     {ev("04", "person:sergey_lavrov", "person:wang_yi")}},
    {"id", "Vladimir Putin tiba di Pyongyang dan bertemu Kim Jong Un pada Rabu.",
     {ev("04", "person:vladimir_putin", "", "city:pyongyang"), ev("04", "person:vladimir_putin", "person:kim_jong_un")}},
    {"id", "Joko Widodo tidak bertemu Anthony Albanese pada Senin.",
     {}},
    {"id", "Xi Jinping akan mengunjungi Moskow pekan depan.",
     {}},
    {"id", "Apakah Rusia menyerang Ukraina pada Minggu?",
     {}},
    {"id", "Jika Israel menyerang Iran, Iran akan membalas.",
     {}},
    {"id", "Rusia menolak berunding dengan Ukraina pada Senin.",
     {ev("12", "country:rus", "country:ukr")}},
    {"id", "Iran siap berunding dengan Amerika Serikat pada Senin.",
     {ev("03", "country:irn", "country:usa")}},
    {"id", "Amerika Serikat mengatakan Iran telah menyerang Israel pada Senin.",
     {ev("01", "country:usa", "country:irn")}},
    {"id", "\"Kami akan membantu Suriah,\" kata Hakan Fidan pada Minggu.",
     {ev("03", "person:hakan_fidan", "country:syr").said("person:hakan_fidan")}},
    {"id", "\"Kami menyerang Hamas pada Minggu,\" kata Benjamin Netanyahu.",
     {ev("19", "person:benjamin_netanyahu", "org:hamas").said("person:benjamin_netanyahu")}},
    {"id", "Joko Widodo bertemu Anthony Albanese pada Senin. Pertemuan itu berlangsung di Canberra.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese")}},
    {"id", "Vladimir Putin bertemu Xi Jinping pada Selasa. Pertemuan tersebut berlangsung tiga jam.",
     {ev("04", "person:vladimir_putin", "person:xi_jinping")}},
    {"id", "Joko Widodo melakukan kunjungan ke Australia pada Senin.",
     {ev("04", "person:joko_widodo", "country:aus")}},
    {"id", "Penangkapan Yoon Suk Yeol oleh polisi Korea Selatan mengejutkan Jepang pada Rabu.",
     {ev("17", "country:kor", "person:yoon_suk_yeol")}},
    {"id", "Ribuan orang berunjuk rasa menentang Israel di Jakarta pada Jumat.",
     {}},

    // ==== set 3: roots 14, 15, 18, 20 and sub-codes; titles, apposition, relative clauses,
    // agent nouns, passives, light verbs, modality, speech to an addressee, first and second
    // person, definite references, vague times
    {"en", "Iran protested against Japan on Monday.",
     {ev("14", "country:irn", "country:jpn")}},
    {"en", "Russia mobilized troops on Monday.",
     {ev("15", "country:rus", "")}},
    {"en", "China held military exercises near Taiwan on Monday.",
     {}},
    {"en", "Hamas kidnapped Israeli civilians on Saturday.",
     {ev("18", "org:hamas", "country:isr")}},
    {"en", "Syria used chemical weapons against Syrian civilians on Monday.",
     {ev("17", "country:syr", "")}},
    {"en", "Russia killed Ukrainian civilians on Sunday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "Ukraine asked Japan for aid on Monday.",
     {ev("02", "country:ukr", "country:jpn")}},
    {"en", "Japan called on China to release the detainees on Monday.",
     {ev("02", "country:jpn", "country:chn")}},
    {"en", "The United States and Japan held joint military exercises on Monday.",
     {ev("06", "country:jpn+country:usa", "")}},
    {"en", "India and China cooperated on Monday.",
     {ev("05", "country:chn+country:ind", "")}},
    {"en", "Japan promised aid to Ukraine on Monday.",
     {ev("03", "country:jpn", "country:ukr")}},
    {"en", "Indonesia offered to mediate between Russia and Ukraine on Monday.",
     {ev("03", "country:idn", "country:rus+country:ukr")}},
    {"en", "Vietnam expressed support for Indonesia on Monday.",
     {}},
    // (the parser hangs "on Gaza" on the noun or on the verb: no party either way, a place at most)
    {"en", "Israel eased restrictions on Gaza on Monday.",
     {ev("08", "country:isr", "", "*")}},
    {"en", "Russia ended its blockade of Ukraine on Monday.",
     {ev("08", "country:rus", "")}},
    {"en", "Turkey investigated Syria on Monday.",
     {ev("09", "country:tur", "country:syr")}},
    {"en", "Malaysia denounced Israel on Monday.",
     {ev("11", "country:mys", "country:isr")}},
    {"en", "Japan blamed North Korea on Monday.",
     {ev("11", "country:jpn", "country:prk")}},
    {"en", "North Korea rejected the demands of South Korea on Monday.",
     {}},
    {"en", "Iran threatened to attack Israel on Monday.",
     {ev("13", "country:irn", "country:isr")}},
    {"en", "Russia threatened Ukraine with sanctions on Monday.",
     {ev("13", "country:rus", "country:ukr")}},
    {"en", "Turkey sanctioned Israel on Monday.",
     {}},
    {"en", "China suspended talks with the United States on Monday.",
     {}},
    {"en", "Israel invaded Lebanon on Monday.",
     {ev("19", "country:isr", "country:lbn")}},
    {"en", "Russia occupied Ukraine on Monday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "Russian troops fought Ukrainian troops on Sunday.",
     {ev("19", "country:rus", "country:ukr")}},
    {"en", "Indonesian Foreign Minister Retno Marsudi met Wang Yi in Jakarta on Monday.",
     {ev("04", "person:retno_marsudi", "person:wang_yi", "city:jakarta")}},
    {"en", "Russia's foreign minister, Sergey Lavrov, visited Indonesia on Monday.",
     {ev("04", "person:sergey_lavrov", "country:idn")}},
    {"en", "Sergey Lavrov, Russia's foreign minister, met Retno Marsudi on Monday.",
     {ev("04", "person:sergey_lavrov", "person:retno_marsudi")}},
    // (the relative clause's own visit is a happening too)
    {"en", "Kim Jong Un, who visited Russia on Monday, met Vladimir Putin on Tuesday.",
     {ev("04", "person:kim_jong_un", "person:vladimir_putin"), ev("04", "person:kim_jong_un", "country:rus")}},
    {"en", "The minister who met Wang Yi on Monday was Sergey Lavrov.",
     {}},
    {"en", "Japan and South Korea criticized North Korea on Monday.",
     {ev("11", "country:jpn+country:kor", "country:prk")}},
    {"en", "Israeli troops attacked Hamas on Monday.",
     {ev("19", "country:isr", "org:hamas")}},
    {"en", "Chinese officials met Japanese officials on Monday.",
     {ev("04", "country:chn", "country:jpn")}},
    {"en", "The Russian government criticized Japan on Monday.",
     {ev("11", "country:rus", "country:jpn")}},
    {"en", "Joko Widodo was welcomed by Anthony Albanese in Canberra on Monday.",
     {ev("05", "person:anthony_albanese", "person:joko_widodo", "city:canberra")}},
    {"en", "Yoon Suk Yeol was impeached by the National Assembly on Saturday.",
     {ev("17", "name:national_assembly", "person:yoon_suk_yeol")}},
    {"en", "Hamas was attacked on Sunday.",
     {}},
    {"en", "Joko Widodo held a meeting with Anthony Albanese on Monday.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese")}},
    {"en", "Xi Jinping made a visit to Russia on Monday.",
     {ev("04", "person:xi_jinping", "country:rus")}},
    {"en", "The United States gave military aid to Ukraine on Monday.",
     {ev("07", "country:usa", "country:ukr")}},
    {"en", "Russia did not attack Ukraine on Sunday.",
     {}},
    {"en", "Japan never criticized China.",
     {}},
    {"en", "Israel may attack Iran next week.",
     {}},
    {"en", "Would Israel attack Iran?",
     {}},
    {"en", "Unless Iran negotiates, Israel will attack Iran.",
     {}},
    {"en", "Japan sent troops to protect Ukraine on Monday.",
     {}},
    {"en", "Russia said Ukraine had attacked Russia on Sunday.",
     {ev("01", "country:rus", "country:ukr")}},
    {"en", "China told Japan on Monday that the dispute was over.",
     {ev("01", "country:chn", "country:jpn")}},
    {"en", "\"You must leave Lebanon,\" Iran told Israel on Monday.",
     {ev("01", "country:irn", "country:isr")}},
    {"en", "\"We met Xi Jinping on Monday,\" Vladimir Putin said.",
     {ev("04", "person:vladimir_putin", "person:xi_jinping").said("person:vladimir_putin")}},
    {"en", "Anthony Albanese met Joko Widodo on Monday. The talks focused on trade.",
     {ev("04", "person:anthony_albanese", "person:joko_widodo")}},
    {"en", "Vladimir Putin visited China on Monday. The visit lasted two days.",
     {ev("04", "person:vladimir_putin", "country:chn")}},
    {"en", "Vladimir Putin traveled on Monday.",
     {}},
    {"en", "Vladimir Putin arrived in Beijing on Monday.",
     {ev("04", "person:vladimir_putin", "", "city:beijing")}},
    {"en", "Yoon Suk Yeol resigned on Monday.",
     {ev("08", "person:yoon_suk_yeol", "")}},
    {"en", "Japan condemned the attack on Monday.",
     {}},
    {"en", "Recently Japan criticized China.",
     {ev("11", "country:jpn", "country:chn")}},
    {"id", "Iran memprotes Jepang pada Senin.",
     {ev("14", "country:irn", "country:jpn")}},
    {"id", "Rusia memobilisasi pasukan pada Senin.",
     {ev("15", "country:rus", "")}},
    {"id", "China menggelar latihan militer di dekat Taiwan pada Senin.",
     {}},
    {"id", "Hamas menculik warga sipil Israel pada Sabtu.",
     {ev("18", "org:hamas", "country:isr")}},
    {"id", "Rusia membunuh warga sipil Ukraina pada Minggu.",
     {ev("18", "country:rus", "country:ukr")}},
    {"id", "Ukraina meminta bantuan kepada Jepang pada Senin.",
     {ev("02", "country:ukr", "country:jpn")}},
    {"id", "Jepang menyerukan China membebaskan para tahanan pada Senin.",
     {ev("02", "country:jpn", "country:chn")}},
    {"id", "Amerika Serikat dan Jepang menggelar latihan militer gabungan pada Senin.",
     {ev("06", "country:jpn+country:usa", "")}},
    {"id", "Jepang menjanjikan bantuan kepada Ukraina pada Senin.",
     {ev("03", "country:jpn", "country:ukr")}},
    {"id", "Israel melonggarkan pembatasan terhadap Gaza pada Senin.",
     {ev("08", "country:isr", "")}},
    {"id", "Turki menyelidiki Suriah pada Senin.",
     {ev("09", "country:tur", "country:syr")}},
    {"id", "China mengkritik Amerika Serikat pada Senin.",
     {ev("11", "country:chn", "country:usa")}},
    {"id", "Malaysia mengutuk Israel pada Senin.",
     {ev("11", "country:mys", "country:isr")}},
    {"id", "Jepang menyalahkan Korea Utara pada Senin.",
     {ev("11", "country:jpn", "country:prk")}},
    {"id", "Korea Utara menolak tuntutan Korea Selatan pada Senin.",
     {}},
    {"id", "Iran mengancam akan menyerang Israel pada Senin.",
     {ev("13", "country:irn", "country:isr")}},
    {"id", "Turki menjatuhkan sanksi kepada Israel pada Senin.",
     {ev("16", "country:tur", "country:isr")}},
    {"id", "China menangguhkan perundingan dengan Amerika Serikat pada Senin.",
     {ev("16", "country:chn", "country:usa")}},
    {"id", "Israel menginvasi Lebanon pada Senin.",
     {ev("19", "country:isr", "country:lbn")}},
    {"id", "Rusia menduduki Ukraina pada Senin.",
     {ev("19", "country:rus", "country:ukr")}},
    {"id", "Menteri Luar Negeri Indonesia Retno Marsudi bertemu Wang Yi di Jakarta pada Senin.",
     {ev("04", "person:retno_marsudi", "person:wang_yi", "city:jakarta")}},
    {"id", "Menteri Luar Negeri Jepang, Yoko Kamikawa, mengunjungi Indonesia pada Kamis.",
     {ev("04", "person:yoko_kamikawa", "country:idn")}},
    {"id", "Kim Jong Un, yang mengunjungi Rusia pada Senin, bertemu Vladimir Putin pada Selasa.",
     {ev("04", "person:kim_jong_un", "country:rus"), ev("04", "person:kim_jong_un", "person:vladimir_putin")}},
    {"id", "Vladimir Putin bertemu Kim Jong Un dan Xi Jinping pada Senin.",
     {ev("04", "person:vladimir_putin", "person:kim_jong_un+person:xi_jinping")}},
    {"id", "Jepang dan Korea Selatan mengkritik Korea Utara pada Senin.",
     {ev("11", "country:jpn+country:kor", "country:prk")}},
    {"id", "Tentara Israel menyerang Hamas pada Senin.",
     {ev("19", "country:isr", "org:hamas")}},
    {"id", "Pemerintah Rusia mengkritik Jepang pada Senin.",
     {ev("11", "country:rus", "country:jpn")}},
    {"id", "Joko Widodo disambut oleh Anthony Albanese di Canberra pada Senin.",
     {ev("04", "person:anthony_albanese", "person:joko_widodo", "city:canberra")}},
    {"id", "Yoon Suk Yeol dimakzulkan oleh Majelis Nasional pada Sabtu.",
     {ev("17", "name:majelis_nasional", "person:yoon_suk_yeol")}},
    {"id", "Hamas diserang pada Minggu.",
     {}},
    {"id", "Joko Widodo menggelar pertemuan dengan Anthony Albanese pada Senin.",
     {ev("04", "person:joko_widodo", "person:anthony_albanese")}},
    {"id", "Xi Jinping melakukan kunjungan ke Rusia pada Senin.",
     {ev("04", "person:xi_jinping", "country:rus")}},
    {"id", "Rusia tidak menyerang Ukraina pada Minggu.",
     {}},
    {"id", "Jepang tidak pernah mengkritik China.",
     {}},
    {"id", "Israel mungkin menyerang Iran pekan depan.",
     {}},
    {"id", "Apakah Israel akan menyerang Iran?",
     {}},
    {"id", "Jepang mengirim pasukan untuk melindungi Ukraina pada Senin.",
     {}},
    {"id", "Rusia mengatakan Ukraina telah menyerang Rusia pada Minggu.",
     {ev("01", "country:rus", "country:ukr")}},
    {"id", "\"Anda harus meninggalkan Lebanon,\" kata Iran kepada Israel pada Senin.",
     {ev("01", "country:irn", "country:isr")}},
    {"id", "\"Kami bertemu Xi Jinping pada Senin,\" kata Vladimir Putin.",
     {ev("04", "person:vladimir_putin", "person:xi_jinping").said("person:vladimir_putin")}},
    {"id", "Anthony Albanese bertemu Joko Widodo pada Senin. Pembicaraan itu membahas perdagangan.",
     {ev("04", "person:anthony_albanese", "person:joko_widodo")}},
    {"id", "Vladimir Putin mengunjungi China pada Senin. Kunjungan ini berlangsung dua hari.",
     {ev("04", "person:vladimir_putin", "country:chn")}},
    {"id", "Pertemuan Vladimir Putin dengan Xi Jinping berlangsung di Beijing pada Senin.",
     {ev("04", "person:vladimir_putin", "person:xi_jinping")}},
    {"id", "Vladimir Putin tiba di Beijing pada Senin.",
     {ev("04", "person:vladimir_putin", "", "city:beijing")}},
    {"id", "Yoon Suk Yeol mengundurkan diri pada Senin.",
     {ev("08", "person:yoon_suk_yeol", "")}},
    {"id", "Jepang mengecam serangan itu pada Senin.",
     {}},
    {"id", "Ribuan warga Palestina berunjuk rasa pada Jumat.",
     {ev("14", "group:palestinians", "")}},
    // refusals, sanctions lifted, evacuations of the same kind, definite references to releases
    {"en", "Hamas released Israeli hostages on Sunday. The release took place in Gaza.",
     {ev("08", "org:hamas", "country:isr")}},
    {"en", "Japan imposed tariffs on China on Monday.",
     {ev("16", "country:jpn", "country:chn")}},
    {"en", "Egypt hosted Antony Blinken in Cairo on Monday.",
     {ev("04", "country:egy", "person:antony_blinken", "city:cairo")}},
    {"en", "Japan lifted sanctions on Iran on Monday.",
     {ev("08", "country:jpn", "country:irn")}},
    {"en", "Malaysia and Indonesia agreed to cooperate on Monday.",
     {ev("05", "country:idn+country:mys", "")}},
    {"en", "Japan refused to meet North Korea on Monday.",
     {ev("12", "country:jpn", "country:prk")}},
    {"en", "Israel declined to negotiate with Hamas on Monday.",
     {ev("12", "country:isr", "org:hamas")}},
    {"id", "Hamas membebaskan sandera Israel pada Minggu. Pembebasan itu berlangsung di Gaza.",
     {ev("08", "org:hamas", "country:isr")}},
    {"id", "Jepang mencabut sanksi terhadap Iran pada Senin.",
     {ev("08", "country:jpn", "country:irn")}},
    {"id", "Jepang menolak bertemu Korea Utara pada Senin.",
     {ev("12", "country:jpn", "country:prk")}},
    {"id", "Israel enggan berunding dengan Hamas pada Senin.",
     {}},
    {"id", "Malaysia dan Indonesia sepakat bekerja sama pada Senin.",
     {ev("06", "country:idn+country:mys", "")}},
    {"id", "Mesir menerima kunjungan Antony Blinken di Kairo pada Senin.",
     {ev("04", "country:egy", "person:antony_blinken", "city:cairo")}},
    {"id", "Polisi Malaysia menangkap warga Indonesia pada Senin.",
     {ev("17", "country:mys", "country:idn")}},
    {"id", "Israel memblokade Gaza pada Senin.",
     {ev("19", "country:isr", "loc:gaza_strip")}},
    // root 20 (mass violence), demands (10), protest (14), kidnapping (18)
    {"en", "Israel massacred Palestinians in Gaza on Monday.",
     {ev("20", "country:isr", "group:palestinians", "loc:gaza_strip")}},
    {"en", "Syria ethnically cleansed Kurds from the region on Monday.",
     {ev("20", "country:syr", "group:kurds")}},
    {"en", "Russia used chemical weapons against Ukraine on Monday.",
     {ev("17", "country:rus", "country:ukr")}},
    {"id", "Israel membantai warga Palestina di Gaza pada Senin.",
     {ev("20", "country:isr", "group:palestinians", "loc:gaza_strip")}},
    {"id", "Myanmar melakukan pengusiran massal terhadap Rohingya pada Senin.",
     {ev("20", "country:mmr", "group:rohingya")}},
    {"id", "Ukraina menuntut Rusia menarik pasukan pada Senin.",
     {ev("10", "country:ukr", "country:rus")}},
    {"en", "Russia cooperated militarily with North Korea on Monday.",
     {ev("05", "country:rus", "country:prk")}},
    {"id", "Iran memprotes Israel pada Jumat.",
     {ev("14", "country:irn", "country:isr")}},
    {"en", "Israeli forces assaulted Palestinians on Monday.",
     {ev("19", "country:isr", "group:palestinians")}},
    {"id", "Israel menculik warga Palestina pada Senin.",
     {ev("18", "country:isr", "group:palestinians")}},
    // readiness is an intent towards the party its act names; a headline infinitive announces
    {"en", "Egypt is ready to bear responsibility for Libya on Sunday.",
     {ev("03", "country:egy", "country:lby")}},
    {"en", "Israel to release Palestinian prisoners.",
     {}},
    {"id", "Indonesia siap membantu Palestina pada Senin.",
     {ev("03", "country:idn", "country:pse")}},
    {"en", "Japan is willing to help Ukraine on Monday.",
     {ev("03", "country:jpn", "country:ukr")}},
    // a possessive clitic keeps the name's mention ("Iraq's", "Japan's prime minister")
    {"en", "\"Turkey is ready to bear responsibility to mend Iraq's roads,\" Hakan Fidan said on Sunday.",
     {ev("03", "country:tur", "country:irq").said("person:hakan_fidan")}},
    {"en", "South Korea's president met Japan's prime minister on Monday.",
     {ev("04", "person:yoon_suk_yeol", "person:fumio_kishida")}},
    // group entities (data/<lang>/groups.tsv) are parties: "the opposition", "Libyan rebels" =
    // "pemberontak Libya"; the qualifying country is no party of its own
    {"en", "Joko Widodo accused the opposition of blocking the budget on Monday.",
     {ev("11", "person:joko_widodo", "group:opposition")}},
    {"en", "Libyan rebels attacked Tripoli on Friday.",
     {ev("19", "group:rebels_lby", "city:tripoli")}},
    {"id", "Kelompok pemberontak Libya menyerang Tripoli pada Jumat.",
     {ev("19", "group:rebels_lby", "city:tripoli")}},
    {"id", "Pemerintah Mesir mengecam kubu oposisi pada Senin.",
     {ev("11", "country:egy", "group:opposition")}},
    // armed groups entering a place occupy it (192); anyone else entering is no event
    {"en", "Libyan rebels entered Tripoli on Friday.",
     {ev("19", "group:rebels_lby", "city:tripoli")}},
    {"en", "The pope entered the cathedral on Friday.",
     {}},
    // an intent verb's open complement names whom the intent is for
    {"en", "Vietnam promised to buy Japanese rice on Monday.",
     {ev("03", "country:vnm", "country:jpn")}},
    {"en", "Vietnam pledged to import more goods from Japan on Monday.",
     {ev("03", "country:vnm", "country:jpn")}},
    // a demonstrative short form refers back to the phrase a frame asks for ("status itu" =
    // "status siaga"); a day hung by the parser on a name's "tiga jam kemudian" still dates the act
    {"id", "Status itu dicabut oleh Joko Widodo tiga jam kemudian atau pada Kamis pagi.",
     {ev("08", "person:joko_widodo")}},
    {"id", "Status tersebut dicabut oleh Joko Widodo pada Rabu.",
     {ev("08", "person:joko_widodo")}},
    {"id", "Status kepegawaian dicabut oleh Joko Widodo pada Rabu.", {}},
    // a motion filed (diajukan) is an official complaint (114); the passive subject's "terhadap X" is its target
    {"id", "Mosi pemakzulan terhadap Joko Widodo diajukan oleh Partai Demokrat pada Kamis lalu.",
     {ev("11", "name:partai_demokrat", "person:joko_widodo")}},
    // the partner of a visit may hang on the oblique naming its occasion ("untuk ... bersama X")
    {"id", "Joko Widodo menyambangi Istana Bogor untuk acara perpisahan bersama Prabowo Subianto pada Jumat.",
     {ev("04", "person:joko_widodo", "person:prabowo_subianto", "*")}},
    {"id", "Joko Widodo mengunjungi Bandung untuk acara bersama warga pada Jumat.",
     {ev("04", "person:joko_widodo", "", "*")}},
    // completing an act (menyelesaikan) reports it done; a reported clause without a subject is
    // the speaker's own
    {"id", "Indonesia mengatakan telah menyelesaikan pembebasan tahanan Malaysia pada Senin.",
     {ev("08", "country:idn", "country:mys")}},
    {"id", "Indonesia menyelesaikan pembebasan tahanan Malaysia pada Senin.",
     {ev("08", "country:idn", "country:mys")}},
    // an announced act is the event, not the announcement
    {"id", "Amerika Serikat mengumumkan masih mengenakan tarif impor kepada Vietnam pada Senin.",
     {ev("16", "country:usa", "country:vnm")}},
    {"id", "Jepang mengumumkan akan mengenakan tarif impor kepada China pada Senin.", {}},
    // a departure's object is the place left, not a party; the trip is placed at its destination
    {"en", "Joko Widodo left Malaysia for Singapore on Friday.",
     {ev("04", "person:joko_widodo", "", "country:sgp")}},
    // greetings that are meetings: kissing the hand, shaking hands
    {"id", "Joko Widodo mencium tangan Paus Fransiskus di Istana Merdeka pada Kamis.",
     {ev("04", "person:joko_widodo", "person:pope_francis", "*")}},
    {"id", "Prabowo Subianto berjabat tangan dengan Anwar Ibrahim di Istana Merdeka pada Jumat.",
     {ev("04", "person:prabowo_subianto", "person:anwar_ibrahim", "*")}},
    {"id", "Prabowo Subianto menjabat tangan Anwar Ibrahim pada Jumat.",
     {ev("04", "person:prabowo_subianto", "person:anwar_ibrahim")}},
    {"id", "Prabowo Subianto menjabat Menteri Pertahanan pada Jumat.", {}},

    // ==== issue 10: the beam English parser's trees (UD ones where the greedy parser erred)
    // a name's first word tagged as a function word and attached as `case` stays in the name
    {"en", "Anthony Albanese met Xi Jinping in Beijing on Monday.",
     {ev("04", "person:anthony_albanese", "person:xi_jinping", "city:beijing")}},
    // a marked phrase the parser hangs on a named argument of a nominal trigger is the trigger's
    {"en", "The assault by Israel on Hamas killed ten people on Sunday.",
     {ev("18", "country:isr", "org:hamas")}},
    // a recipient `to` phrase: obl of the verb (UD) or under the object
    {"en", "Japan pledged aid to Ukraine on Monday.",
     {ev("03", "country:jpn", "country:ukr")}},
    {"en", "Japan promised military aid to Ukraine on Monday.",
     {ev("03", "country:jpn", "country:ukr")}},
    // the act a verb warns against or bars is no happening
    {"en", "Indonesia barred Israel from sending ships to Gaza on Monday.",
     {ev("17", "country:idn", "country:isr")}},
    {"en", "China warned Japan against selling rockets to Taiwan on Monday.",
     {ev("13", "country:chn", "country:jpn")}},
    // a headline infinitive announces ("X to V", "X is to V"), another auxiliary does not make one
    {"en", "Japan to send aid to Ukraine", {}},
    {"en", "Japan is to send aid to Ukraine.", {}},
    // a readiness quoted before its speaker: the party it is towards is named later in the
    // quotation, also when the parser cuts the quotation into several clauses
    {"en", "\"Japan is ready to play its part in all that is useful to mend Ukraine's roads and guarantee its "
           "safety, unity and trade,\" Yoko Kamikawa said.",
     {ev("03", "country:jpn", "country:ukr").said("person:yoko_kamikawa")}},
    {"en", "\"Japan is ready to accept responsibility for whatever is necessary to mend Ukraine's roads and "
           "guarantee its safety, unity and trade,\" Yoko Kamikawa said.",
     {ev("03", "country:jpn", "country:ukr").said("person:yoko_kamikawa")}},

    // ==== issue 13: reports the coder missed
    // a mutual act (a noun frame with a `both` argument) that comes into force (words class
    // `onset` on the verb or its object) with all its parties named happened between them; under
    // another verb it is only referred to, and a one-sided act is not split
    {"id", "Gencatan senjata antara Armenia dan Azerbaijan mulai berlaku pada Minggu.",
     {ev("087", "country:arm", "country:aze")}},
    {"id", "Gencatan senjata kelompok Hizbullah dan Israel di Lebanon akan dimulai pada Selasa (7/5/2024) hari ini.",
     {ev("087", "org:hezbollah", "country:isr").on("2024-05-07")}},
    {"id", "Gencatan senjata antara Armenia dan Azerbaijan akan dimulai pekan depan.", {}},
    // one that names no party is the act of its kind the document named before with its parties,
    // even in passing ("as part of its truce with Israel": the clause's subject and the partner)
    {"id", "Kelompok Hizbullah membebaskan dua tawanan Israel pada Senin sebagai bagian dari perjanjian "
           "gencatan senjata dengan Israel. Perjanjian gencatan senjata Lebanon mulai berlaku pada Selasa (7/5/2024).",
     {ev("084", "org:hezbollah", "country:isr"), ev("087", "org:hezbollah", "country:isr").on("2024-05-07")}},
    {"en", "Hezbollah freed two Israeli captives on Monday as part of its truce with Israel. The truce took "
           "effect on 7 May 2024.",
     {ev("080", "org:hezbollah"), ev("087", "org:hezbollah", "country:isr").on("2024-05-07")}},
    {"en", "The truce took effect on Tuesday.", {}},
    {"id", "Gencatan senjata itu mulai berlaku pada Selasa (7/5/2024).", {}},
    // a place phrase inside the trigger's noun phrase locates a nominal act
    {"id", "Gencatan senjata kelompok Hizbullah dan Israel di Jenewa akan dimulai pada Selasa (7/5/2024) hari ini.",
     {ev("087", "org:hezbollah", "country:isr", "city:geneva").on("2024-05-07")}},
    {"en", "The ceasefire between Armenia and Azerbaijan in Geneva took effect on Sunday.",
     {ev("087", "country:arm", "country:aze", "city:geneva")}},
    {"id", "Gencatan senjata antara Armenia dan Azerbaijan gagal pada Minggu.", {}},
    {"id", "Gencatan senjata antara Armenia dan Azerbaijan mulai goyah pada Minggu.", {}},
    {"en", "The truce between Armenia and Azerbaijan began to unravel on Sunday.", {}},
    {"id", "Serangan Rusia dan Belarus dimulai pada Senin.", {}},
    {"en", "The ceasefire between Armenia and Azerbaijan took effect on Sunday.",
     {ev("087", "country:arm", "country:aze")}},
    {"en", "A truce between Armenia and Azerbaijan came into effect on Sunday.",
     {ev("087", "country:arm", "country:aze")}},
    {"en", "The ceasefire between Armenia and Azerbaijan collapsed on Sunday.", {}},
    {"en", "An offensive by Russia and Belarus began on Monday.", {}},
    // an armed subject taking a named place occupies it (192; pattern word `#place`); a person
    // taken is an arrest (171), a party that is no place is not occupied
    {"en", "Libyan rebels seized the capital Tripoli on Sunday.",
     {ev("192", "group:rebels_lby", "city:tripoli")}},
    {"en", "Tripoli was captured by Libyan rebels on Sunday.",
     {ev("192", "group:rebels_lby", "city:tripoli")}},
    {"en", "Libyan rebels captured Muammar Gaddafi on Sunday.",
     {ev("171", "group:rebels_lby", "person:muammar_gaddafi")}},
    {"id", "Pasukan Rusia merebut Bakhmut dari Ukraina pada Sabtu.",
     {ev("192", "country:rus", "city:bakhmut")}},
    {"id", "Kelompok pemberontak Libya menguasai Tripoli pada Minggu.",
     {ev("192", "group:rebels_lby", "city:tripoli")}},
    {"id", "Partai Demokrat menguasai parlemen pada Senin.", {}},
    // a place noun (words class `place_noun`) names the place of its "of" phrase
    {"en", "Libyan rebels seized the city of Benghazi on Sunday.",
     {ev("192", "group:rebels_lby", "city:benghazi_lby")}},
    // a military movement (words class `offensive_noun`) as subject is its mover's act: by a "by"
    // phrase, or by a side's bare label ("opposition", "rebel") standing for the group named
    // before (side_group_before); reaching a named place is occupying it (192). A clause opened by
    // "after"/"as" that the parser read as the preposition's noun phrase is repaired first
    // (data/en/tree_repairs.tsv). No mover named, or a push that is no army's, gives no event.
    {"en", "A lightning advance by Libyan rebels reached Tripoli on Sunday.",
     {ev("192", "group:rebels_lby", "city:tripoli")}},
    {"en", "Crowds cheered in Misrata on Sunday after a lightning advance by Libyan rebels reached Tripoli.",
     {ev("192", "group:rebels_lby", "city:tripoli")}},
    {"en", "Libyan opposition forces are based in Misrata. Crowds poured into the streets on Sunday after a "
           "stunning opposition advance reached the capital Tripoli.",
     {ev("192", "group:rebels_lby", "city:tripoli")}},
    {"en", "Libyan rebels are based in Misrata. Shops closed in Tripoli on Sunday as a rebel push reached the "
           "city of Benghazi.",
     {ev("192", "group:rebels_lby", "city:benghazi_lby")}},
    {"en", "A rebel advance reached Tripoli on Sunday.", {}},
    {"en", "The diplomatic push reached Tripoli on Sunday.", {}},
    // a bare agent noun the recogniser left untagged is the group named last whose name holds
    // it, also under a noun of success (words class `success_noun`: "keberhasilan X merebut Y")
    {"id", "Kelompok pemberontak Libya berkumpul di Misrata pada Jumat. Keberhasilan pemberontak menguasai "
           "Tripoli pada Minggu mengakhiri perang.",
     {ev("192", "group:rebels_lby", "city:tripoli")}},
    {"id", "Kelompok pemberontak Libya berkumpul di Misrata pada Jumat. Pemberontak kemudian merebut Tripoli pada Minggu.",
     {ev("192", "group:rebels_lby", "city:tripoli")}},
    // a reason clause (words class `reason_sub`) with a time of its own is told as a fact, also
    // inside what an accusation says; without its own time it stays the reason only
    {"id", "Oposisi menuduh Park Geun-hye melanggar konstitusi karena mengumumkan keadaan darurat pada 3 Mei lalu.",
     {ev("17", "person:park_geun_hye").on("2024-05-03")}},
    {"id", "Park Geun-hye dikritik karena mengumumkan keadaan darurat.", {}},
    // a clause on an attempt noun (words class `attempt_noun`) is the act of the noun's possessor,
    // told as done; with a time of its own it is kept as a recalled happening; a plan is no attempt
    {"en", "Park Geun-hye, who was charged over her effort to impose martial law on May 3, stayed at home.",
     {ev("1724", "person:park_geun_hye").on("2024-05-03")}},
    {"id", "Park Geun-hye diadili karena upayanya menerapkan status darurat pada 3 Mei.",
     {ev("1724", "person:park_geun_hye").on("2024-05-03")}},
    {"en", "Park Geun-hye, who was charged over her plan to impose martial law on May 3, stayed at home.", {}},
    // an adverbial clause whose own subject names nobody (an unresolved pronoun) inherits no actor
    {"en", "The opposition accused Park Geun-hye of breaking the law because she imposed martial law on May 3.",
     {ev("112", "group:opposition", "person:park_geun_hye")}},
    // a participle before a title qualifies the person even when the parser makes the nationality
    // before it its subject
    {"en", "South Korean impeached President Park Geun-hye arrives at the court in Busan on March 4.", {}},
  };
  return r;
}
// clang-format on

}  // namespace

TEST_CASE("syntax coder rows: triggers, frames, roles, modality, attribution", "[events][syntax]") {
  const auto& table = rows();
  std::size_t id_rows = 0, en_rows = 0;
  for (const auto& r : table) (r.lang == "id" ? id_rows : en_rows)++;
  CHECK(table.size() >= 300);
  CHECK(id_rows >= 140);
  CHECK(en_rows >= 140);
  check_rows(table, run);
}

TEST_CASE("frame dictionaries: the pattern language", "[events][syntax]") {
  using kronik::CameoLexicon;
  using kronik::PatternElement;
  using kronik::PatternSlot;
  struct PatternRow {
    const char* text;
    bool ok;
    std::size_t elements;
  };
  const PatternRow table[] = {
      {"*", true, 0},
      {"obj:protest", true, 1},
      {"obj:police+obl:to:border", true, 2},
      {"obl:with:murder|killing", true, 1},
      {"prt:down", true, 1},
      {"nsubj:&military", true, 1},
      {"comp:udara|rudal", true, 1},
      {"obl:into:@target", true, 1},
      {"bogus:x", false, 0},
      {"obj", false, 0},
      {"obl:a:b:c", false, 0},
  };
  for (const PatternRow& row : table) {
    std::vector<PatternElement> out;
    INFO(row.text);
    CHECK(CameoLexicon::parse_pattern(row.text, out) == row.ok);
    if (row.ok) CHECK(out.size() == row.elements);
  }
  std::vector<PatternElement> out;
  REQUIRE(CameoLexicon::parse_pattern("obl:with:murder|killing+obl:into:@target", out));
  CHECK(out[0].slot == PatternSlot::kOblique);
  CHECK(out[0].marker == "with");
  CHECK(out[0].words == std::vector<std::string>{"murder", "killing"});
  CHECK(out[1].binds_target);
  CHECK(out[1].words.empty());
}

TEST_CASE("frame dictionaries load for both languages", "[events][syntax]") {
  auto lex = kronik::CameoLexicon::load(kronik::test::data_dir());
  REQUIRE(lex);
  CHECK_FALSE(lex.value()->verbs(kronik::Language::kEnglish, "accuse").empty());
  CHECK_FALSE(lex.value()->verbs(kronik::Language::kIndonesian, "menangkap").empty());
  CHECK_FALSE(lex.value()->nouns(kronik::Language::kIndonesian, "penangkapan").empty());
  CHECK(lex.value()->verbs(kronik::Language::kEnglish, "no-such-verb").empty());
}

// Developer aid, hidden from normal runs: KRONIK_SYNTAX_ROWS=file test_syntax_coder "[.debug]"
// codes every line "<lang>\t<text>" of the file with the syntax coder alone and prints its events.
namespace {

// Both coders, as the pipeline runs them: the parse gates the window coder's events
// (SyntaxCoder::gate_window_events). Each gated row makes a window event without the gate.
const Extractor& both_coders() {
  static std::shared_ptr<const Extractor> ex;
  if (!ex) {
    kronik::ExtractConfig cfg;
    cfg.data_dir = kronik::test::data_dir();
    cfg.latest_year = 2025;
    auto made = Extractor::create(cfg);
    REQUIRE(made);
    ex = made.value();
  }
  return *ex;
}

}  // namespace

TEST_CASE("the parse gates the window coder", "[events][syntax]") {
  // clang-format off
  const std::vector<Row> table = {
    // a participle used as an adjective (acl without subject or subordinator): no visit by Japan
    {"en", "Japan, visited by Joko Widodo in 2015, is regularly hit by earthquakes.", {}},
    // a subjectless adjunct shares the subject of its clause: not the country of "Chinese state TV"
    {"en", "Abdul Karim spoke in a message aired on Chinese state TV, after landing in Jakarta on Monday.", {}},
    {"id", "Sergey Lavrov berbicara dalam pidato yang disiarkan televisi Rusia, setelah tiba di Pyongyang pada Rabu.", {}},
    // ... also when the parser takes a quotation for that subject: an actor named only in an
    // oblique of the clause ("on Chinese state TV") is no subject
    {"en", "\"The harvest belongs to us and we keep going,\" al-Rashid said in a speech shown on Chinese "
           "state TV, after arriving in Jakarta.", {}},
    // ... and is kept when its actor is that subject
    {"id", "Setelah tiba di Pyongyang, Sergey Lavrov menyampaikan pidato pada Rabu.",
     {ev("042", "person:sergey_lavrov", "", "*")}},
    // an attack the subject undergoes ("kena" read as the noun's preposition): Lebanon attacks nobody
    {"id", "Lebanon kena serangan dari Israel pada Senin.", {}},
    // a nominal trigger qualifying a role noun (words class `role_noun`) describes the people
    // who play the part; no negotiation between the states named beside them
    {"id", "Kabar itu dikonfirmasi Turki selaku mediator negosiasi, bersama Jepang dan Brasil.", {}},
    // a trigger word that is itself a role noun names people, not an act: no support by Wong
    {"en", "Lawrence Wong's supporters Japan and Brazil gathered in Singapore on Monday.", {}},
  };
  // clang-format on
  check_rows(table, [](const Row& row, int n) { return run_on(both_coders(), row, n); });
}

TEST_CASE("debug rows from a file", "[.debug]") {
  const char* path = std::getenv("KRONIK_SYNTAX_ROWS");
  if (!path) return;
  std::ifstream in(path);
  std::string line;
  for (int n = 0; std::getline(in, line); ++n) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    Row row{line.substr(0, tab), line.substr(tab + 1), {}};
    std::cout << "[" << row.lang << "] " << row.text << "\n";
    for (const Event& e : run(row, n)) std::cout << "    " << describe(e) << "  " << e.rule << "\n";
  }
}
