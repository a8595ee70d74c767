// Tests for the publication date from every signal (kronik/extract/time/publication.h) and the
// narrative day (narrative.h). Every page below was written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kronik/extract/text/clean.h"
#include "kronik/extract/time/narrative.h"
#include "kronik/extract/time/publication.h"
#include "test_tagger.h"

using namespace kronik;

namespace {

const TimeTagger& tagger() { return test::time_tagger(); }

struct Page {
  RawDocument raw;
  CleanedDocument cleaned;
  std::vector<TimeMention> mentions;
};

// Cleans the page and finds its body's time expressions, as the pipeline does.
Page page(const char* lang, const std::string& text, const char* url = "", const char* published = "") {
  Page p;
  p.raw.id = "t.txt";
  p.raw.text = text;
  p.raw.url = url;
  p.raw.published = published;
  p.cleaned = clean_document(p.raw, CleanConfig{});
  for (const Sentence& s : p.cleaned.sentences) {
    if (s.role == SentenceRole::kCaption) continue;
    for (TimeMention& m : tagger().find(p.raw.text, s.span, language_from_code(lang))) {
      m.sentence = s.index;
      p.mentions.push_back(std::move(m));
    }
  }
  return p;
}

PublicationInput input_of(const Page& p, const char* lang) {
  PublicationInput in;
  in.text = p.raw.text;
  in.metadata = p.raw.published;
  in.url = p.raw.url;
  in.sentences = &p.cleaned.sentences;
  in.mentions = &p.mentions;
  in.stamp_lines = p.cleaned.stamp_lines;
  in.lang = language_from_code(lang);
  in.latest_year = 2026;
  in.document = p.raw.id;
  return in;
}

std::string considered(const PublicationChoice& c) {
  std::string s;
  for (const auto& e : c.considered)
    s += std::string(date_signal_name(e.signal)) + " " + (e.value.known() ? e.value.iso() : "?") + " [" + e.verdict + "] ";
  return s + "| how: " + c.how;
}

struct Row {
  const char* lang;
  const char* text;
  const char* url;
  const char* want;       // ISO value of the publication date
  DateSignal winner;
  const char* metadata = "";
};

}  // namespace

TEST_CASE("publication date: every signal in order of trust", "[publication]") {
  const Row rows[] = {
      // header labels, alone or glued to the headline
      {"en", "Ferry service resumes on the northern route\nPublished: 3 Feb. 2025, 10:41\nThe ferry left the port "
             "on Monday with two hundred passengers.", "", "2025-02-03T10:41", DateSignal::kHeader},
      {"en", "Harbour reopens after the stormPosted March 4, 2025last updated March 5, 2025\nThe harbour reopened on "
             "Tuesday after a week of repairs.", "", "2025-03-04", DateSignal::kHeader},
      {"en", " date 2025-02-07 Farmers protest new grain prices in the capital on Friday. The ministry said on "
             "Thursday it would review them.", "", "2025-02-07", DateSignal::kHeader},
      {"en", "Bridge opens to traffic\nUpdated 9 May 2025\nThe bridge opened on Thursday, officials said.", "",
       "2025-05-09", DateSignal::kHeader},
      {"id", "Pasar Terapung Kembali Dibuka\nDiterbitkan 11 Maret 2025\nPasar terapung itu dibuka kembali pada Senin "
             "setelah banjir surut.", "", "2025-03-11", DateSignal::kHeader},
      {"id", "Jembatan Baru Diresmikan Gubernur\nDiperbarui: Kamis, 6/3/2025 14:20 WIB\nGubernur meresmikan jembatan "
             "itu pada Rabu (5/3/2025).", "", "2025-03-06T14:20", DateSignal::kHeader},
      // a clock time before the date, "at" and AM/PM after it
      {"id", "Banjir Melanda Kota\n18:09 October 19, 2023\nBanjir melanda kota itu pada hari Kamis.", "",
       "2023-10-19T18:09", DateSignal::kHeader},
      {"en", "Storm hits the coast\nPublished 18:09 October 19, 2023\nThe storm hit the coast on Thursday.", "",
       "2023-10-19T18:09", DateSignal::kHeader},
      {"id", "Banjir Melanda Kota\nApril 26, 2019 at 12:37AM\nBanjir melanda kota itu pada hari Kamis.", "",
       "2019-04-26T00:37", DateSignal::kHeader},
      // a line that opens with a full date, then the headline
      {"en", "02/14/2025 February 14, 2025 Council approves the new budget\nThe council approved the budget on "
             "Wednesday after a long debate.", "", "2025-02-14", DateSignal::kHeader},
      // the dateline, its year from the text or the URL
      {"en", "Talks resume in the capital\nOSLO, March 3 (Reuters) - Negotiators met again on Monday, after the "
             "talks of February 20, 2025 broke down.", "", "2025-03-03", DateSignal::kDateline},
      {"id", "Petani Panen Raya\nMAKASSAR, 14 April (ANTARA) - Petani di Sulawesi Selatan memulai panen raya pada "
             "Senin.", "https://example.com/berita/2025/04/petani-panen", "2025-04-14", DateSignal::kDateline},
      // the URL
      {"en", "Council approves budget\nThe council approved the budget after a long debate.",
       "https://example.com/news/2025/02/14/council-budget", "2025-02-14", DateSignal::kUrl},
      {"id", "Banjir Surut\nWarga kembali ke rumah mereka setelah banjir surut.",
       "https://example.co.id/read/20250316/banjir-surut", "2025-03-16", DateSignal::kUrl},
      {"en", "Market rally\nShares rose for a third day.", "https://example.com/story?id=77&date=2025-01-09",
       "2025-01-09", DateSignal::kUrl},
      {"en", "Market rally\nShares rose for a third day.", "https://example.com/2024/11/8/markets", "2024-11-08",
       DateSignal::kUrl},
      // a URL month made finer by the text
      {"id", "Gencatan Senjata Dimulai\nKedua pihak menghentikan tembakan pada Minggu (12/1/2025). Tahanan "
             "dibebaskan pada Senin pagi.", "https://example.com/2025/01/gencatan", "2025-01-13", DateSignal::kUrl},
      // metadata above everything
      {"en", "Bridge opens\nUpdated 9 May 2025\nThe bridge opened on Thursday.", "https://example.com/2025/05/01/x",
       "2025-05-08", DateSignal::kMetadata, "2025-05-08"},
      // the text alone
      {"id", "Presiden Terima Tamu\nPresiden menerima para tamu negara pada Kamis (6/3/2025) di istana.", "",
       "2025-03-06", DateSignal::kText},
      {"en", "Minister visits the port\nThe minister visited the port on March 3, 2025. Today he meets the unions.", "",
       "2025-03-03", DateSignal::kText},
  };
  for (const Row& r : rows) {
    Page p = page(r.lang, r.text, r.url, r.metadata);
    PublicationChoice c = choose_publication(tagger(), input_of(p, r.lang));
    INFO(r.text << "\n-> " << considered(c));
    CHECK(c.value.iso().substr(0, std::string(r.want).size()) == r.want);
    CHECK(c.winner == r.winner);
    CHECK(c.how.rfind(date_signal_name(r.winner), 0) == 0);
  }
}

TEST_CASE("publication date: a stamp is never moved, disagreements are reported", "[publication]") {
  SECTION("a bare weekday after the stamp does not push it a week late") {
    Page p = page("en", " date 2025-02-07 Farmers protest in the capital. On Thursday the ministry promised a review, "
                        "and on Monday the unions will meet.");
    PublicationChoice c = choose_publication(tagger(), input_of(p, "en"));
    INFO(considered(c));
    CHECK(c.value.iso() == "2025-02-07");
    CHECK(c.anchor == Anchor::kExplicit);
    CHECK(c.warnings.empty());
  }
  SECTION("a header contradicted by the text keeps the header, with a warning naming both") {
    Page p = page("id", "Pelabuhan Dibuka Kembali\nDiterbitkan 2 Maret 2025\nPelabuhan dibuka kembali pada Kamis "
                        "(20/3/2025) setelah perbaikan.");
    PublicationChoice c = choose_publication(tagger(), input_of(p, "id"));
    INFO(considered(c));
    CHECK(c.value.iso() == "2025-03-02");
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].code == "publication-disagreement");
    CHECK(c.warnings[0].message.find("header") != std::string::npos);
    CHECK(c.warnings[0].message.find("2025-03-20") != std::string::npos);
  }
  SECTION("a URL that disagrees with the header") {
    Page p = page("en", "Bridge opens\nPublished: 9 May 2025\nThe bridge opened.", "https://example.com/2025/04/30/b");
    PublicationChoice c = choose_publication(tagger(), input_of(p, "en"));
    CHECK(c.value.iso() == "2025-05-09");
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].message.find("url") != std::string::npos);
  }
  SECTION("every signal is listed with its verdict") {
    Page p = page("en", "Bridge opens\nPublished: 9 May 2025\nThe bridge opened on Friday.", "https://example.com/2025/05/09/b");
    PublicationChoice c = choose_publication(tagger(), input_of(p, "en"));
    REQUIRE(c.considered.size() == 3);
    CHECK(c.considered[0].signal == DateSignal::kHeader);
    CHECK(c.considered[0].verdict.rfind("won", 0) == 0);
    CHECK(c.considered[1].signal == DateSignal::kUrl);
    CHECK(c.considered[1].verdict == "agrees");
    CHECK(c.considered[2].signal == DateSignal::kText);
  }
  SECTION("other documents refine only an undated page") {
    Page p = page("id", "Menteri Bertemu Mitranya\nKedua menteri bertemu pada hari Minggu di ibu kota.");
    PublicationInput in = input_of(p, "id");
    in.hint_value = TimeValue::month_of(2025, 7);
    in.hint_not_before = TimeValue::day_of(2025, 7, 12);
    in.hint_how = "the same meeting is dated 2025-07-12 in b.txt";
    PublicationChoice c = choose_publication(tagger(), in);
    CHECK(c.value.iso() == "2025-07");
    CHECK(c.winner == DateSignal::kOtherDocuments);
    CHECK(c.reference.iso() == "2025-07-13");
  }
}

TEST_CASE("publication date: URL forms", "[publication][url]") {
  struct U {
    const char* url;
    const char* want;  // "" = none
  };
  const U rows[] = {
      {"https://a.com/2025/07/14/x", "2025-07-14"},   {"https://a.com/news/2025-07-14/x", "2025-07-14"},
      {"https://a.com/x-20250714-y", "2025-07-14"},   {"https://a.com/read/2025/07/x.html", "2025-07"},
      {"https://a.com/x?date=20250714", "2025-07-14"}, {"https://a.com/2025_07_14_x", "2025-07-14"},
      {"https://a.com/read/3058632/x", ""},           {"https://a.com/x-101736899409292.html", ""},
      {"https://a.com/2031/01/02/x", ""},             {"https://a.com/20251345/x", ""},
      {"https://2025.a.com/", ""},                    {"", ""},
  };
  for (const U& r : rows) {
    auto v = url_date(r.url, 2026);
    INFO(r.url);
    CHECK((v ? v->iso() : std::string()) == r.want);
  }
}

TEST_CASE("narrative day: undated events take the last day the story named", "[narrative]") {
  struct N {
    const char* lang;
    const char* text;
    const char* trigger;  // the event's trigger word (first occurrence)
    const char* want;     // date of the event after dating
    const char* how;      // its date_text
    SentenceRole role = SentenceRole::kBody;  // of the first sentence (the others are body)
    const char* party = "";                   // a word naming the event's party wherever it occurs
  };
  const TimeValue pub = TimeValue::day_of(2025, 3, 14);  // a Friday
  const N rows[] = {
      {"id", "Menteri tiba di Jakarta pada Rabu (12/3/2025). Ia bertemu presiden.", "bertemu", "2025-03-12",
       "Rabu (12/3/2025) (narrative day)"},
      {"en", "The minister arrived on Wednesday. He met the president.", "met", "2025-03-12",
       "Wednesday (narrative day)"},
      // since-times, quotes and background do not move the narrative
      {"id", "Kedua negara bersekutu sejak 2 Maret 2025. Menteri bertemu presiden.", "bertemu", "2025-03-14",
       "publication day"},
      {"en", "\"We signed it on March 12, 2025,\" he said. The minister met the president.", "met", "2025-03-14",
       "publication day"},
      {"en", "The talks of January 6, 2025 failed. The minister met the president.", "met", "2025-03-14",
       "publication day"},
      {"id", "Menteri tiba pada Selasa (11/3/2025). Sejak 13 Maret 2025 ia di Bandung. Ia bertemu gubernur.",
       "bertemu", "2025-03-11", "Selasa (11/3/2025) (narrative day)"},
      // a recap sentence suspends the narrative day until a new day is named
      {"id", "Menteri tiba di Jakarta pada Rabu (12/3/2025). Seperti diketahui, presiden menaikkan tarif. Ia bertemu gubernur.",
       "bertemu", "2025-03", ""},
      {"en", "The minister arrived on Wednesday. As previously reported, tariffs rose. He met the governor.", "met",
       "2025-03", ""},
      {"id", "Seperti diketahui, tarif naik. Menteri tiba pada Kamis (13/3/2025). Ia bertemu gubernur.", "bertemu",
       "2025-03-13", "Kamis (13/3/2025) (narrative day)"},
      // a headline keeps the month ...
      {"en", "Minister meets president after talks", "meets", "2025-03", "", SentenceRole::kHeadline},
      // ... unless the lead sentence names one of its parties and a day: the headline's news
      {"en", "Minister meets president\n\nThe minister met the president on Wednesday in the capital.", "meets",
       "2025-03-12", "Wednesday (lead day)", SentenceRole::kHeadline, "president"},
      {"id", "Menteri Terima Kunjungan Presiden\n\nMenteri menerima kunjungan presiden pada Rabu (12/3/2025).",
       "Terima", "2025-03-12", "Rabu (12/3/2025) (lead day)", SentenceRole::kHeadline, "presiden"},
      // page furniture without a closing stop before the lead is not the lead
      {"en", "Minister meets president\n\n2 hours ago\n\nThe minister met the president on Wednesday.", "meets",
       "2025-03-12", "Wednesday (lead day)", SentenceRole::kHeadline, "president"},
      // a lead whose day is beside other parties, or a day only after the lead, leaves the month
      {"en", "Minister meets president\n\nOn Wednesday storms hit the coast. The minister met the president.",
       "meets", "2025-03", "", SentenceRole::kHeadline, "president"},
      {"en", "Minister meets president\n\nThe minister met the president. On Wednesday he left.", "meets",
       "2025-03", "", SentenceRole::kHeadline, "president"},
  };
  for (const N& r : rows) {
    std::string text = r.text;
    std::vector<Sentence> sentences;
    auto spans = split_sentences(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())});
    std::vector<TimeMention> times;
    std::vector<Mention> mentions;
    const std::string party = r.party;
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const auto n = static_cast<std::uint32_t>(i);
      sentences.push_back(Sentence{n, 0, spans[i], i == 0 ? r.role : SentenceRole::kBody});
      for (TimeMention& m : tagger().find(text, spans[i], language_from_code(r.lang))) {
        m.sentence = n;
        times.push_back(std::move(m));
      }
      for (std::size_t at = text.find(party, spans[i].begin); !party.empty() && at < spans[i].end;
           at = text.find(party, at + 1)) {
        Mention m;
        m.span = ByteSpan{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + party.size())};
        m.sentence = n;
        m.entity_key = "person:party";
        mentions.push_back(m);
      }
    }
    tagger().resolve(times, pub, sentences);
    Event e;
    e.date = pub.truncated(Granularity::kMonth);
    e.date_anchor = Anchor::kDefaulted;
    if (!party.empty()) e.participants.push_back(Participant{"person:party"});
    Evidence ev;
    const auto at = static_cast<std::uint32_t>(text.find(r.trigger));
    ev.trigger = ByteSpan{at, at + 1};
    e.evidence.push_back(ev);
    std::vector<Event> events{e};
    date_undated_events(tagger(), events, times, sentences, text, pub, mentions);
    INFO(text << " -> " << events[0].date.iso() << " (" << events[0].date_text << ")");
    CHECK(events[0].date.iso() == r.want);
    CHECK(events[0].date_text == r.how);
    CHECK(events[0].date_anchor == Anchor::kDefaulted);
  }
}

TEST_CASE("narrative day: a time of another clause does not date the event", "[narrative]") {
  struct C {
    const char* lang;
    const char* text;
    const char* trigger;  // the event's trigger word (first occurrence)
    const char* time;     // the time the extractor dated it with
    const char* want;     // its date afterwards
  };
  const TimeValue pub = TimeValue::day_of(2025, 3, 14);  // a Friday
  const C rows[] = {
      // who / since / because / when clauses after the trigger keep their times
      {"en", "On Wednesday the mayor thanked all residents, even those who left the city on March 3, 2025.", "thanked",
       "March 3, 2025", "2025-03-12"},
      {"en", "The two parties have cooperated since March 3, 2025.", "cooperated", "March 3, 2025", "2025-03-14"},
      {"id", "Pada Rabu (12/3/2025) gubernur berterima kasih kepada warga karena bantuan mereka pada 3 Maret 2025.",
       "berterima", "3 Maret 2025", "2025-03-12"},
      {"id", "Menteri itu memuji polisi ketika kerusuhan pada 3 Maret 2025 mereda.", "memuji", "3 Maret 2025",
       "2025-03-14"},
      // a time inside a quotation the trigger is not in
      {"en", "The minister praised the police: \"They acted fast on March 3, 2025.\"", "praised", "March 3, 2025",
       "2025-03-14"},
      // a relative clause of the trigger's own noun, and a time of the trigger's own clause, stay
      {"id", "Pertemuan kedua menteri, yang diadakan pada 3 Maret 2025, berlangsung tertutup.", "Pertemuan",
       "3 Maret 2025", "2025-03-03"},
      {"en", "The ministers met on March 3, 2025, after the storm.", "met", "March 3, 2025", "2025-03-03"},
  };
  for (const C& r : rows) {
    std::string text = r.text;
    const std::vector<Sentence> sentences{Sentence{0, 0, ByteSpan{0, static_cast<std::uint32_t>(text.size())}}};
    std::vector<TimeMention> times = tagger().find(text, sentences[0].span, language_from_code(r.lang));
    tagger().resolve(times, pub, sentences);
    const TimeMention* used = nullptr;
    for (const TimeMention& t : times)
      if (t.text == r.time) used = &t;
    INFO(text);
    REQUIRE(used);
    Event e;
    e.date = used->value;
    e.date_anchor = used->anchor;
    e.date_text = used->text;
    Evidence ev;
    const auto at = static_cast<std::uint32_t>(text.find(r.trigger));
    ev.trigger = ByteSpan{at, at + static_cast<std::uint32_t>(std::string(r.trigger).size())};
    e.evidence.push_back(ev);
    std::vector<Event> events{e};
    date_undated_events(tagger(), events, times, sentences, text, pub);
    INFO(events[0].date.iso() << " (" << events[0].date_text << ")");
    CHECK(events[0].date.iso() == r.want);
  }
}
