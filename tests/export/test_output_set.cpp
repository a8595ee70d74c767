// Tests of the all-or-nothing output folder: staging and swap, files kept from the old folder,
// failures that leave the old folder as it was, the writers' lock, stale staging folders, the
// marker file, prepare_output_dir() and progress.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "export_test_util.h"
#include "kronik/export/export.h"

using namespace kronik;
using namespace kronik::test;

namespace {

Timeline small_timeline(const std::string& who) {
  Timeline t;
  for (const char* k : {"a", "b"}) {
    EntityRecord e;
    e.key = k;
    e.name = who + " " + k;
    e.type = EntityType::kPerson;
    t.entities.push_back(e);
  }
  Event ev;
  ev.id = "ev_1";
  ev.quad_class = 1;
  t.events.push_back(ev);
  Relation r;
  r.source = "a";
  r.target = "b";
  r.event = "ev_1";
  r.label = "meet";
  t.relations.push_back(r);
  return t;
}

/// Every regular file under `dir` (relative path -> bytes): "exactly as it was" made checkable.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = read_file(e.path().string());
  return files;
}

/// Names in `parent` that belong to kronik's staging of some folder.
std::set<std::string> staging_left(const fs::path& parent) {
  std::set<std::string> names;
  for (const std::string& n : list_dir(parent))
    if (n.find(".kronik-staging-") != std::string::npos) names.insert(n);
  return names;
}

std::string joined(const std::vector<Error>& errors) {
  std::string s;
  for (const Error& e : errors) s += e.to_string() + "\n";
  return s;
}

/// Holds another writer's lock on `dir` while alive (flock is per open file, so this conflicts
/// with write_outputs() in the same process).
struct ForeignLock {
  int fd;
  explicit ForeignLock(const fs::path& dir) {
    const fs::path lock = dir.parent_path() / ("." + dir.filename().string() + ".kronik-lock");
    fd = ::open(lock.c_str(), O_RDWR | O_CREAT, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
  }
  ~ForeignLock() { ::close(fd); }
};

/// Files larger than `bytes` cannot be written while alive (write(2) fails with EFBIG).
struct FileSizeLimit {
  rlimit old{};
  explicit FileSizeLimit(rlim_t bytes) {
    std::signal(SIGXFSZ, SIG_IGN);
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    rlimit lim = old;
    lim.rlim_cur = bytes;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &lim) == 0);
  }
  ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &old); }
};

}  // namespace

TEST_CASE("write_outputs swaps in a complete set and keeps the user's files", "[write][set]") {
  TempDir tmp;
  const fs::path dir = tmp.path / "out";
  REQUIRE(write_outputs(small_timeline("old"), dir.string(), ExportConfig{}).empty());
  CHECK(read_file((dir / kOutputMarker).string()) == "kronik output folder\n");
  write_file((dir / "notes.txt").string(), "mine\n");
  fs::create_directories(dir / "sub");
  write_file((dir / "sub" / "x.txt").string(), "x\n");

  ExportConfig no_svg;
  no_svg.svg = false;
  const Timeline fresh = small_timeline("new");
  const std::string old_svg = read_file((dir / "graph.svg").string());
  REQUIRE(write_outputs(fresh, dir.string(), no_svg).empty());
  CHECK(read_file((dir / "timeline.json").string()) == timeline_json(fresh, no_svg));
  CHECK(read_file((dir / "notes.txt").string()) == "mine\n");
  CHECK(read_file((dir / "sub" / "x.txt").string()) == "x\n");
  CHECK(read_file((dir / "graph.svg").string()) == old_svg);  // not produced this run: kept
  CHECK(staging_left(tmp.path).empty());
  CHECK(list_dir(tmp.path) == std::set<std::string>{"out", ".out.kronik-lock"});
}

TEST_CASE("a failed write leaves the previous folder exactly as it was", "[write][set]") {
  TempDir tmp;
  const fs::path dir = tmp.path / "out";
  REQUIRE(write_outputs(small_timeline("old"), dir.string(), ExportConfig{}).empty());
  const auto before = snapshot(dir);

  Timeline big = small_timeline("new");
  big.entities[0].aliases.assign(2000, "a long alias to make timeline.json large");
  std::vector<Error> errors;
  {
    FileSizeLimit limit(4096);  // the marker fits, timeline.json does not
    errors = write_outputs(big, dir.string(), ExportConfig{});
  }
  INFO(joined(errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == ErrorCode::kIo);
  CHECK(errors[0].document == (dir / "timeline.json").string());
  CHECK(snapshot(dir) == before);
  CHECK(staging_left(tmp.path).empty());
  // The next run succeeds.
  CHECK(write_outputs(big, dir.string(), ExportConfig{}).empty());
  CHECK(read_file((dir / "timeline.json").string()) == timeline_json(big, ExportConfig{}));
}

TEST_CASE("a second writer fails with an error naming the folder", "[write][set][lock]") {
  TempDir tmp;
  const fs::path dir = tmp.path / "out";
  REQUIRE(write_outputs(small_timeline("old"), dir.string(), ExportConfig{}).empty());
  const auto before = snapshot(dir);
  {
    ForeignLock other(dir);
    const std::vector<Error> errors = write_outputs(small_timeline("new"), dir.string(), ExportConfig{});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == ErrorCode::kIo);
    CHECK(errors[0].document == dir.string());
    CHECK(errors[0].message.find("another kronik run") != std::string::npos);
    const Status early = prepare_output_dir(dir.string());
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().document == dir.string());
    CHECK(snapshot(dir) == before);
  }
  CHECK(prepare_output_dir(dir.string()).ok());
  CHECK(write_outputs(small_timeline("new"), dir.string(), ExportConfig{}).empty());
}

TEST_CASE("staging folders of killed runs are removed by the next run", "[write][set]") {
  TempDir tmp;
  const fs::path dir = tmp.path / "out";
  for (const char* stale : {".out.kronik-staging-999999", ".out.kronik-staging-1"}) {
    fs::create_directories(tmp.path / stale);
    write_file((tmp.path / stale / "timeline.json").string(), "{\"half\":");
  }
  fs::create_directories(tmp.path / ".other.kronik-staging-5");  // another folder's: left alone
  REQUIRE(write_outputs(small_timeline("new"), dir.string(), ExportConfig{}).empty());
  CHECK(staging_left(tmp.path) == std::set<std::string>{".other.kronik-staging-5"});
}

TEST_CASE("prepare_output_dir names the real obstacle", "[write][set]") {
  TempDir tmp;
  write_file((tmp.path / "file").string(), "x");
  struct Row {
    fs::path dir;
    bool ok;
    std::string document;  ///< the path the Error names
    std::string reason;
  };
  const std::vector<Row> rows = {
      {tmp.path / "new" / "nested" / "out", true, "", ""},
      {tmp.path / "file" / "out", false, (tmp.path / "file").string(), "Not a directory"},
      {tmp.path / "file", false, (tmp.path / "file").string(), "Not a directory"},
  };
  for (const Row& row : rows) {
    INFO(row.dir.string());
    const Status s = prepare_output_dir(row.dir.string());
    CHECK(s.ok() == row.ok);
    if (s.ok()) continue;
    CHECK(s.error().code == ErrorCode::kIo);
    CHECK(s.error().document == row.document);
    CHECK(s.error().message.find(row.reason) != std::string::npos);
  }
  CHECK(fs::is_directory(tmp.path / "new" / "nested"));
  CHECK_FALSE(fs::exists(tmp.path / "new" / "nested" / "out"));  // a check: the folder is not made

  if (::geteuid() != 0) {  // root may write anywhere: the permission case needs a normal user
    const fs::path locked = tmp.path / "locked";
    fs::create_directories(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    const Status s = prepare_output_dir((locked / "a" / "out").string());
    fs::permissions(locked, fs::perms::owner_all);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().document == locked.string());
    CHECK(s.error().message.find("Permission denied") != std::string::npos);
  }
}

TEST_CASE("write_outputs reports each file it writes, graph.svg last", "[write][progress]") {
  TempDir tmp;
  std::vector<std::string> started;
  ExportConfig cfg;
  cfg.neo4j_csv = true;
  cfg.progress = [&](std::string_view phase, std::uint64_t done, std::uint64_t total) {
    CHECK(total == 1);
    if (done == 0) started.emplace_back(phase);
  };
  REQUIRE(write_outputs(small_timeline("new"), (tmp.path / "out").string(), cfg).empty());
  const std::vector<std::string> expected = {
      std::string("write ") + kOutputMarker, "write timeline.json", "write graph.graphml", "write graph.dot",
      "write events.jsonl", "write timeline.html", "write neo4j_entities.csv", "write neo4j_events.csv", "write neo4j_participation.csv",
      "write neo4j_located.csv", "layout graph.svg", "write graph.svg"};
  CHECK(started == expected);
}
