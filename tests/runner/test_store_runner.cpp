// The store's runner entries: real analyses survive the analysis JSON with a byte-identical
// merge; the library keeps no store unless asked; extract + merge equal a store build.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "kronik/export/export.h"
#include "kronik/extract/pipeline.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/graph/graph.h"
#include "kronik/runner/store.h"
#include "kronik/store/analysis_json.h"
#include "../export/export_test_util.h"  // read_file
#include "temp_dir.h"
#include "test_paths.h"

namespace fs = std::filesystem;
using kronik::test::TempDir;

namespace {

std::vector<kronik::DocumentAnalysis> analyse_examples(const kronik::Extractor& ex) {
  std::vector<kronik::DocumentAnalysis> out;
  for (const auto& src : kronik::list_inputs({kronik::test::source_dir() + "/examples"}, nullptr))
    kronik::read_source(src, kronik::IngestConfig{}, [&](kronik::Result<kronik::RawDocument> r) {
      if (r) out.push_back(ex.analyze(std::move(r).value()));
    });
  return out;
}

std::string merged_json(std::vector<kronik::DocumentAnalysis> docs) {
  kronik::KnowledgeGraph g;
  for (auto& a : docs) g.add(std::move(a));
  return kronik::timeline_json(std::move(g).build(kronik::MergeConfig{}), kronik::ExportConfig{});
}

kronik::BuildRequest request(const fs::path& out) {
  kronik::BuildRequest r;
  r.inputs = {kronik::test::source_dir() + "/examples"};
  r.out_dir = out.string();
  r.exporter.svg = false;
  r.extract.latest_year = 2025;
  r.threads = 2;
  return r;
}

}  // namespace

TEST_CASE("real analyses round-trip through JSON and merge to the same bytes") {
  kronik::ExtractConfig cfg;
  cfg.latest_year = 2025;
  auto ex = kronik::Extractor::create(cfg);
  REQUIRE(ex.ok());
  auto docs = analyse_examples(*ex.value());
  REQUIRE(docs.size() >= 4);
  std::vector<kronik::DocumentAnalysis> back;
  for (const auto& a : docs) {
    const std::string line = kronik::analysis_to_json(a);
    auto r = kronik::analysis_from_json(line);
    REQUIRE(r.ok());
    CHECK(kronik::analysis_to_json(r.value()) == line);
    back.push_back(std::move(r).value());
  }
  CHECK(merged_json(docs) == merged_json(std::move(back)));
}

TEST_CASE("a library build keeps no store unless asked, and with one equals extract + merge") {
  TempDir dir;
  auto plain = kronik::run_build(request(dir.path / "plain"));
  REQUIRE(plain.ok());
  CHECK_FALSE(fs::exists(dir.path / "plain" / "kronik.db"));

  auto stored_req = request(dir.path / "stored");
  stored_req.use_store = true;
  auto stored = kronik::run_build(stored_req);
  REQUIRE(stored.ok());
  CHECK(fs::exists(dir.path / "stored" / "kronik.db"));
  CHECK(stored.value().analysed == stored.value().summary.documents_read);

  const fs::path lines = dir.path / "all.analyses.jsonl";
  {
    std::ofstream out(lines, std::ios::binary);
    REQUIRE(kronik::run_extract(request(dir.path / "unused"), out).ok());
  }
  auto merge_req = request(dir.path / "merged");
  merge_req.inputs = {lines.string()};
  REQUIRE(kronik::run_merge(merge_req).ok());
  for (const char* f : {"timeline.json", "graph.dot", "graph.graphml"})
    CHECK(kronik::test::read_file((dir.path / "merged" / f).string()) == kronik::test::read_file((dir.path / "stored" / f).string()));
}
