// The coder over dependency syntax (kronik/extract/events/syntax_coder.h) alone: the window coder
// is switched off (ExtractConfig::window_events), so every event here comes from a CAMEO frame
// dictionary row and the dependency roles. Rows are short texts written for this test; each
// block names the rule it covers. Also: the pattern language of the frame dictionaries.
#include <catch2/catch.hpp>

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

std::vector<Event> run(const Row& row, int n) {
  kronik::RawDocument raw;
  raw.id = "syntax" + std::to_string(n) + ".txt";
  raw.path = raw.id;
  raw.text = row.text + "\n";
  raw.published = row.published;
  raw.language = row.lang;
  return syntax_only().analyze(std::move(raw)).events;
}

// clang-format off
const std::vector<Row>& rows() {
  static const std::vector<Row> r = {
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
    // ---- enacting verbs take their object's act
    {"id", "Majelis Nasional Korea Selatan menyetujui pemakzulan terhadap Yoon Suk Yeol pada Sabtu.",
     {ev("17", "org:kor_national_assembly", "person:yoon_suk_yeol")}},
    // ---- modality
    {"id", "Kim Jong Un tidak bertemu Vladimir Putin pada Senin.", {}},
    {"id", "Kim Jong Un belum pernah mengunjungi Seoul.", {}},
    {"id", "Jika Rusia menyerang Ukraina, Jepang akan mengkritik Rusia.", {}},
    {"id", "Narendra Modi akan mengunjungi Moskow bulan depan.", {}},
    {"id", "Rusia mengirim pasukan untuk mengusir Ukraina dari Kursk.", {}},
    // ---- governed complements
    {"id", "Iran menolak berunding dengan Amerika Serikat pada Senin.",
     {ev("12", "country:irn", "country:usa")}},
    // ---- commitments
    {"id", "Iran siap berunding dengan Amerika Serikat.",
     {ev("03", "country:irn", "country:usa")}},
    // ---- speech
    {"id", "Amerika Serikat mengatakan Korea Utara telah menyerang Korea Selatan pada Jumat.",
     {ev("01", "country:usa", "country:prk")}},
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
  };
  return r;
}
// clang-format on

}  // namespace

TEST_CASE("syntax coder rows: triggers, frames, roles, modality, attribution", "[events][syntax]") {
  check_rows(rows(), run);
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
