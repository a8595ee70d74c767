// The store keeps analyses by id (replacing changed ones), skipped inputs, and refuses files it
// cannot trust: another program's file, a newer schema, other extraction settings.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>

#include "kronik/core/text.h"
#include "kronik/store/store.h"
#include "temp_dir.h"

namespace {

using namespace kronik;
using kronik::test::TempDir;

DocumentAnalysis doc(const std::string& id, const std::string& text, Anchor published = Anchor::kInferred) {
  DocumentAnalysis a;
  a.raw.id = a.info.id = id;
  a.raw.text = text;
  a.raw.path = a.info.path = "in/" + id;
  a.info.published_anchor = published;
  a.sentences = {Sentence{0, 0, {0, static_cast<std::uint32_t>(text.size())}, SentenceRole::kBody}};
  return a;
}

std::vector<std::string> stored_ids(const Store& s) {
  std::vector<std::string> ids;
  REQUIRE(s.for_each([&](DocumentAnalysis&& a) { ids.push_back(a.info.id); }).ok());
  return ids;
}

}  // namespace

TEST_CASE("documents are kept by id, in id order, replaced and removed") {
  TempDir dir;
  auto opened = Store::open((dir.path / "k.db").string(), "settings A");
  REQUIRE(opened.ok());
  Store& s = opened.value();
  REQUIRE(s.put({doc("c", "gamma"), doc("a", "alpha")}, {Error{ErrorCode::kBinary, "binary", "in/x.bin", 0}}).ok());
  REQUIRE(s.put({doc("b", "beta")}, {}).ok());
  CHECK(stored_ids(s) == std::vector<std::string>{"a", "b", "c"});

  auto keys = s.documents();
  REQUIRE(keys.ok());
  CHECK(keys.value().at("a").text_hash == fnv1a64("alpha"));
  CHECK(keys.value().at("a").content_hash == content_hash(doc("a", "alpha").raw));
  CHECK(keys.value().at("a").path == "in/a");

  REQUIRE(s.put({doc("a", "alpha 2")}, {}).ok());  // changed: replaced, not added
  CHECK(s.documents().value().at("a").text_hash == fnv1a64("alpha 2"));
  CHECK(stored_ids(s).size() == 3);

  auto skipped = s.skipped();
  REQUIRE(skipped.ok());
  REQUIRE(skipped.value().size() == 1);
  CHECK(skipped.value()[0].document == "in/x.bin");

  std::size_t removed = 0;
  REQUIRE(s.remove({"b", "nope", "in/x.bin"}, &removed).ok());
  CHECK(removed == 1);
  CHECK(stored_ids(s) == std::vector<std::string>{"a", "c"});
  CHECK(s.skipped().value().empty());
  CHECK(s.integrity_check().value() == "ok");
}

TEST_CASE("a batch that replaces a document which is now empty removes it in the same transaction") {
  TempDir dir;
  auto s = Store::open((dir.path / "k.db").string(), "s");
  REQUIRE(s.ok());
  REQUIRE(s.value().put({doc("a", "alpha"), doc("b", "beta")}, {}).ok());
  REQUIRE(s.value().put({}, {Error{ErrorCode::kEmpty, "no text", "a", 0}}, {"a"}).ok());
  CHECK(stored_ids(s.value()) == std::vector<std::string>{"b"});
  CHECK(s.value().skipped().value().size() == 1);
}

TEST_CASE("raw text is kept only where re-dating may read it") {
  struct Row {
    Anchor published;
    bool keep_text;
    bool text_kept;
  };
  const Row rows[] = {{Anchor::kExplicit, false, false}, {Anchor::kInferred, false, true}, {Anchor::kUnknown, false, true},
                      {Anchor::kExplicit, true, true}};
  for (const Row& row : rows) {
    TempDir dir;
    auto s = Store::open((dir.path / "k.db").string(), "s", StoreConfig{row.keep_text});
    REQUIRE(s.ok());
    REQUIRE(s.value().put({doc("a", "alpha", row.published)}, {}).ok());
    std::string text = "?";
    REQUIRE(s.value().for_each([&](DocumentAnalysis&& a) { text = a.raw.text; }).ok());
    CHECK(text == (row.text_kept ? "alpha" : ""));
    CHECK(s.value().documents().value().at("a").text_hash == fnv1a64("alpha"));  // copies are still found
  }
}

TEST_CASE("a store that cannot be trusted is refused before any work") {
  TempDir dir;
  const std::string path = (dir.path / "k.db").string();
  REQUIRE(Store::open(path, "settings A").ok());
  SECTION("other extraction settings") {
    auto r = Store::open(path, "settings B");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::kUsage);
    CHECK_THAT(r.error().message, Catch::Contains("settings A"));
  }
  SECTION("a newer schema") {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto r = Store::open(path, "settings A");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::kData);
    CHECK_THAT(r.error().message, Catch::Contains("newer"));
  }
  SECTION("not a database") {
    const std::string junk = (dir.path / "junk.db").string();
    std::ofstream(junk) << "this is a text file, not a database, and it is long enough to have a header\n";
    auto r = Store::open(junk, "settings A");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::kData);
  }
}

TEST_CASE("time expressions and mentions are kept apart: a merge does not read them") {
  TempDir dir;
  auto s = Store::open((dir.path / "k.db").string(), "s");
  REQUIRE(s.ok());
  DocumentAnalysis a = doc("a", "alpha");
  a.mentions = {Mention{{0, 5}, 0, "alpha", "name:alpha", EntityType::kPerson, false, false, "", "gazetteer"}};
  a.times = {TimeMention{{0, 5}, "alpha", TimeValue::year_of(2025), {}, Anchor::kExplicit, "r", false, false, 0}};
  a.events = {Event{}};
  a.events[0].cameo = "043";
  REQUIRE(s.value().put({a}, {}).ok());
  for (bool with_detail : {false, true}) {
    DocumentAnalysis got;
    REQUIRE(s.value().for_each([&](DocumentAnalysis&& x) { got = std::move(x); }, with_detail).ok());
    CHECK(got.events.at(0).cameo == "043");
    CHECK(got.mentions.size() == (with_detail ? 1u : 0u));
    CHECK(got.times.size() == (with_detail ? 1u : 0u));
  }
}
