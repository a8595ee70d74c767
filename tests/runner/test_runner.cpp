// The build job's library entry point: option ranges, streaming order, outputs kept when a run
// reads nothing, identical results whatever the thread count.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "kronik/runner/build.h"
#include "temp_dir.h"
#include "test_paths.h"

namespace fs = std::filesystem;
using kronik::test::TempDir;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

kronik::BuildRequest examples_request(const fs::path& out) {
  kronik::BuildRequest r;
  r.inputs = {kronik::test::source_dir() + "/examples"};
  r.out_dir = out.string();
  r.exporter.svg = false;
  return r;
}

}  // namespace

TEST_CASE("validate names the option that is out of range") {
  struct Row {
    const char* what;
    void (*spoil)(kronik::BuildRequest&);
    const char* option;
  };
  const Row rows[] = {
      {"threads overflow", [](kronik::BuildRequest& r) { r.threads = 1073741824u; }, "--threads"},
      {"no inputs", [](kronik::BuildRequest& r) { r.inputs.clear(); }, "no input"},
      {"zero max bytes", [](kronik::BuildRequest& r) { r.ingest.max_document_bytes = 0; }, "--max-bytes"},
      {"confidence above 1", [](kronik::BuildRequest& r) { r.extract.min_event_confidence = 2; }, "--min-confidence"},
      {"negative confidence", [](kronik::BuildRequest& r) { r.extract.min_event_confidence = -0.1; }, "--min-confidence"},
      {"unknown layout", [](kronik::BuildRequest& r) { r.exporter.layout = "foo"; }, "--layout"},
      {"latest year", [](kronik::BuildRequest& r) { r.extract.latest_year = 12; }, "--latest-year"},
      {"empty output", [](kronik::BuildRequest& r) { r.out_dir.clear(); }, "--output"},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    kronik::BuildRequest r = examples_request("out");
    REQUIRE(kronik::validate(r));
    row.spoil(r);
    auto st = kronik::validate(r);
    REQUIRE_FALSE(st);
    CHECK(st.error().code == kronik::ErrorCode::kUsage);
    CHECK(st.error().message.find(row.option) != std::string::npos);
  }
}

TEST_CASE("a run that reads nothing keeps the previous outputs") {
  TempDir tmp;
  const fs::path out = tmp.path / "out";
  auto first = kronik::run_build(examples_request(out));
  REQUIRE(first);
  REQUIRE(first.value().outputs_written);
  const std::string before = read_all(out / "timeline.json");

  kronik::BuildRequest bad = examples_request(out);
  bad.inputs = {(out / "no-such-input").string()};
  auto second = kronik::run_build(bad);
  REQUIRE(second);
  CHECK(second.value().outputs_kept);
  CHECK_FALSE(second.value().outputs_written);
  CHECK(second.value().exit_code() == 3);
  CHECK(second.value().problems.size() == 1);
  CHECK(read_all(out / "timeline.json") == before);
}

TEST_CASE("one thread and two threads give the same bytes") {
  TempDir tmp;
  const fs::path a = tmp.path / "j1", b = tmp.path / "j2";
  auto ra = examples_request(a);
  ra.threads = 1;
  ra.queue_depth = 1;  // the reader waits for every document: the tightest streaming
  auto rb = examples_request(b);
  rb.threads = 2;
  REQUIRE(kronik::run_build(ra));
  REQUIRE(kronik::run_build(rb));
  for (const char* f : {"timeline.json", "graph.dot", "graph.graphml"}) {
    INFO(f);
    CHECK(read_all(a / f) == read_all(b / f));
  }
}

TEST_CASE("progress reaches every phase and ends with done == total") {
  TempDir tmp;
  const fs::path out = tmp.path / "out";
  auto r = examples_request(out);
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> last;
  std::mutex mu;
  r.progress = [&](std::string_view phase, std::uint64_t done, std::uint64_t total) {
    std::lock_guard lock(mu);
    last[std::string(phase)] = {done, total};
  };
  REQUIRE(kronik::run_build(r));
  REQUIRE(last.count("analyse"));
  CHECK(last["analyse"].first == last["analyse"].second);
  CHECK(last["analyse"].first > 0);
}
