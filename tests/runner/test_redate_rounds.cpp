// What the build's re-dating rounds rely on (runner/src/build.cpp, redate()): a document
// re-dated with a hint, kept as the graph keeps it, gives the same analysis when re-dated with
// that hint again, so a later round skips documents whose hint did not change. Rows: the
// fixtures of tests/data/eval/articles and two undated texts, each with three hints; analyses
// are compared through their exact JSON (kronik/store/analysis_json.h).
#include <catch2/catch.hpp>

#include <iterator>
#include <memory>
#include <utility>
#include <string>
#include <vector>

#include "kronik/extract/pipeline.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/store/analysis_json.h"
#include "test_paths.h"

namespace {

// Texts without a date of their own, so that the hint dates them.
constexpr const char* kUndated[] = {
    "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing pada hari Sabtu. Keduanya menandatangani perjanjian.",
    "Foreign Minister Sugiono met his Russian counterpart in Moscow on Sunday and thanked him for the invitation.",
};

// Hints as (month or day, latest day reported or "").
constexpr std::pair<const char*, const char*> kHints[] = {{"2024-11", "2024-11-09"}, {"2023", ""}, {"2024-10-20", "2024-10-20"}};

void keep(std::vector<kronik::RawDocument>& docs, kronik::Result<kronik::RawDocument>& r) {
  if (r) docs.push_back(std::move(r).value());
}

std::vector<kronik::RawDocument> documents() {
  std::vector<kronik::RawDocument> docs;
  for (const auto& src : kronik::list_inputs({kronik::test::test_data_dir() + "/eval/articles"}, nullptr))
    kronik::read_source(src, kronik::IngestConfig{}, [&](kronik::Result<kronik::RawDocument> r) { keep(docs, r); });
  for (std::size_t i = 0; i < std::size(kUndated); ++i) {
    auto r = kronik::make_document("rounds" + std::to_string(i) + ".txt", "-", kronik::InputFormat::kText, kUndated[i],
                                   kronik::IngestConfig{});
    keep(docs, r);
  }
  return docs;
}

kronik::PublicationHint hint(const std::pair<const char*, const char*>& row) {
  kronik::PublicationHint h;
  h.value = *kronik::TimeValue::parse_iso(row.first);
  if (*row.second) h.not_before = *kronik::TimeValue::parse_iso(row.second);
  h.how = "round hint";
  return h;
}

// What KnowledgeGraph::add drops before a later round hands the document to redate().
kronik::DocumentAnalysis as_the_graph_keeps(kronik::DocumentAnalysis a) {
  a.times.clear();
  a.mentions.clear();
  a.entities.clear();
  a.raw.path.clear(), a.raw.title.clear(), a.raw.url.clear(), a.raw.source.clear(), a.raw.language.clear();
  return a;
}

std::shared_ptr<const kronik::Extractor> extractor() {
  kronik::ExtractConfig cfg;
  cfg.data_dir = kronik::test::data_dir();
  cfg.latest_year = 2025;
  auto ex = kronik::Extractor::create(cfg);
  return ex ? ex.value() : nullptr;
}

}  // namespace

TEST_CASE("re-dating again with the same hint changes nothing") {
  const auto ex = extractor();
  REQUIRE(ex);
  const auto docs = documents();
  REQUIRE(docs.size() >= 3);
  int hinted = 0;  // rows where the hint dated the document (the rows must exercise it)
  for (const auto& row : kHints)
    for (const auto& doc : docs) {
      const kronik::PublicationHint h = hint(row);
      INFO(doc.id << " hint " << h.value.iso());
      const auto round1 = ex->redate(as_the_graph_keeps(ex->analyze(doc)), h);
      const auto round2 = ex->redate(as_the_graph_keeps(round1), h);
      CHECK(kronik::analysis_to_json(round2) == kronik::analysis_to_json(round1));
      hinted += round1.info.published_how.find("round hint") != std::string::npos;
    }
  CHECK(hinted >= 3);
}
