// Extractor::redate must give what analyze() gives with the same hint: rows of (document, hint),
// compared through a digest of every date-dependent field. Documents are our own fixtures
// (tests/data/eval/articles) and texts written here.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "kronik/extract/text/ingest.h"
#include "kronik/extract/pipeline.h"
#include "test_paths.h"

namespace {

std::string digest(const kronik::DocumentAnalysis& a) {
  std::ostringstream o;
  const auto& i = a.info;
  o << "pub " << i.published.iso() << " " << static_cast<int>(i.published_anchor) << " " << i.published_how << " lang "
    << static_cast<int>(i.language) << " title " << i.title << " sentences " << a.sentences.size() << "\n";
  for (const auto& t : a.times)
    o << "time " << t.span.begin << " " << t.text << " " << t.value.iso() << " " << static_cast<int>(t.anchor) << " " << t.rule
      << "\n";
  for (const auto& m : a.mentions) o << "mention " << m.span.begin << " " << m.entity_key << " " << m.via << " " << m.office << "\n";
  for (const auto& [key, r] : a.entities)
    o << "entity " << key << " " << r.mentions << " " << r.first_seen.iso() << " " << r.last_seen.iso() << "\n";
  for (const auto& e : a.events) {
    o << "event " << e.cameo << " " << e.date.iso() << " " << static_cast<int>(e.date_anchor) << " " << e.date_text << " "
      << static_cast<int>(e.modality) << " " << e.location << " " << e.confidence;
    for (const auto& p : e.participants) o << " " << p.entity << "/" << static_cast<int>(p.role);
    for (const auto& w : e.warnings) o << " !" << w;
    o << "\n";
  }
  for (const auto& w : a.warnings) o << "warning " << w.code << " " << w.message << " " << w.offset << "\n";
  return o.str();
}

kronik::PublicationHint hint(const char* value, const char* not_before) {
  kronik::PublicationHint h;
  h.value = *kronik::TimeValue::parse_iso(value);
  if (*not_before) h.not_before = *kronik::TimeValue::parse_iso(not_before);
  h.how = "test hint";
  return h;
}

std::vector<kronik::RawDocument> documents() {
  std::vector<kronik::RawDocument> docs;
  auto sources = kronik::list_inputs({kronik::test::test_data_dir() + "/eval/articles"}, nullptr);
  for (const auto& src : sources)
    kronik::read_source(src, kronik::IngestConfig{}, [&](kronik::Result<kronik::RawDocument> r) {
      if (r) docs.push_back(std::move(r).value());
    });
  // Undated texts, so that the hint is used.
  const char* texts[] = {
      "Menteri Luar Negeri Sugiono bertemu Menlu Rusia di Moskow pada hari Minggu. Keduanya membahas kerja sama.",
      "President Prabowo Subianto visited Beijing on Tuesday and met Xi Jinping. The two leaders signed an agreement.",
  };
  int n = 0;
  for (const char* t : texts) {
    auto r = kronik::make_document("undated" + std::to_string(n++) + ".txt", "-", kronik::InputFormat::kText, t,
                                   kronik::IngestConfig{});
    if (r) docs.push_back(std::move(r).value());
  }
  return docs;
}

}  // namespace

TEST_CASE("redate gives what analyze gives with the same hint") {
  kronik::ExtractConfig cfg;
  cfg.data_dir = kronik::test::data_dir();
  cfg.latest_year = 2025;
  auto ex = kronik::Extractor::create(cfg);
  REQUIRE(static_cast<bool>(ex));
  const auto docs = documents();
  REQUIRE(docs.size() >= 3);
  const std::vector<kronik::PublicationHint> hints = {hint("2024-06", "2024-06-03"), hint("2023", ""),
                                                      hint("2024-10-20", "2024-10-20")};
  int hinted = 0;  // rows where the hint dated the document (the rows must exercise it)
  for (const auto& doc : docs)
    for (const auto& h : hints) {
      INFO(doc.id << " hint " << h.value.iso());
      kronik::DocumentAnalysis first = ex.value()->analyze(doc);
      kronik::DocumentAnalysis again = ex.value()->analyze(doc, &h);
      kronik::DocumentAnalysis redated = ex.value()->redate(first, h);
      CHECK(digest(redated) == digest(again));
      hinted += redated.info.published_how.find("test hint") != std::string::npos;
    }
  CHECK(hinted >= 3);
}
