// Hostile inputs at the library level: every input is generated here (nothing large is
// committed). Each case is a document or a file system layout that used to hang, blow up or
// vanish silently; the test says what must happen instead. No timing: bench/hostile_docs.sh
// measures speed.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <limits>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/text.h"
#include "kronik/extract/text/budget.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/extract/pipeline.h"
#include "temp_dir.h"
#include "test_paths.h"

namespace fs = std::filesystem;
using kronik::ErrorCode;
using kronik::InputFormat;
using kronik::RawDocument;
using kronik::Result;
using kronik::test::TempDir;

namespace {

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// An ordinary-looking Indonesian sentence that varies with i (names, places, numbers, dates).
std::string sentence(std::size_t i) {
  static const char* const kWho[] = {"Presiden Joko Widodo", "Perdana Menteri Jepang Fumio Kishida",
                                     "Presiden China Xi Jinping", "Menteri Luar Negeri Retno Marsudi"};
  static const char* const kWhere[] = {"Jakarta", "Surabaya", "Bandung", "Medan", "Makassar"};
  return std::string(kWho[i % 4]) + " bertemu " + kWho[(i / 4 + 1) % 4] + " di " + kWhere[i % 5] + " pada " +
         std::to_string(i % 28 + 1) + " Maret " + std::to_string(2015 + i % 10) + " untuk membahas " +
         std::to_string(i * 37 % 900 + 10) + " proyek.";
}

std::string long_article(std::size_t sentences) {
  std::string text = "JAKARTA, 3 Maret 2024 - ";
  for (std::size_t i = 0; i < sentences; ++i) text += sentence(i) + ((i % 5 == 4) ? "\n\n" : " ");
  return text;
}

bool has_code(const std::vector<kronik::Error>& errors, ErrorCode code) {
  for (const auto& e : errors)
    if (e.code == code) return true;
  return false;
}

bool has_warning(const std::vector<kronik::Warning>& ws, const std::string& code) {
  for (const auto& w : ws)
    if (w.code == code) return true;
  return false;
}

std::vector<std::string> messages_for(const std::vector<kronik::Error>& problems, const std::string& path) {
  std::vector<std::string> out;
  for (const auto& e : problems)
    if (e.document == path) out.push_back(e.message);
  return out;
}

}  // namespace

TEST_CASE("hostile: printable() escapes what could drive a terminal", "[hostile][text]") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"plain name.txt", "plain name.txt"},
      {"Jos\xC3\xA9 Ram\xC3\xADrez", "Jos\xC3\xA9 Ram\xC3\xADrez"},  // UTF-8 letters are kept
      {"\x1b[31mred", "\\x1b[31mred"},
      {"a\nb\tc\rd", "a\\x0ab\\x09c\\x0dd"},
      {"del\x7f", "del\\x7f"},
      {"c1\xC2\x9B" "31m", "c1\\u{9b}31m"},
      {"bidi\xE2\x80\xAEtxt", "bidi\\u{202e}txt"},
      {"bad\xFF\xC3", "bad\\xff\\xc3"},
      {"back\\slash", "back\\\\slash"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(kronik::printable(c.in) == c.out);
  }
  kronik::Error e{ErrorCode::kIo, "cannot open \x1b]0;title\x07", "evil\x1b[2J.txt", 0};
  CHECK(e.to_string() == "evil\\x1b[2J.txt: cannot open \\x1b]0;title\\x07");
}

TEST_CASE("hostile: deep and error-heavy HTML is parsed in bounded work", "[hostile][html]") {
  kronik::IngestConfig cfg;
  cfg.budget.max_html_depth = 64;
  const std::string article = "<p>Budi Santoso bertemu Siti Rahmawati di Jakarta.</p>";
  SECTION("100k nested divs are flattened, the text is kept, the document is named") {
    auto r = kronik::make_document("deep.html", "deep.html", InputFormat::kHtml,
                                   "<html><body>" + repeat("<div>", 100000) + article + repeat("</div>", 100000), cfg);
    REQUIRE(r.ok());
    CHECK(r.value().text.find("Budi Santoso bertemu") != std::string::npos);
    REQUIRE(has_code(r.value().repairs, ErrorCode::kTruncated));
    CHECK(r.value().repairs.back().document == "deep.html");
  }
  SECTION("<div><body> repeated 48k times (one parse error each)") {
    auto r = kronik::make_document("errors.html", "errors.html", InputFormat::kHtml,
                                   "<html><body>" + article + repeat("<div><body>", 48000), cfg);
    REQUIRE(r.ok());
    CHECK(r.value().text.find("Siti Rahmawati") != std::string::npos);
  }
  SECTION("12k nested articles: the outermost is the content root") {
    std::string html = "<html><body>";
    for (int i = 0; i < 12000; ++i) html += "<article><p>Kalimat " + std::to_string(i) + ".</p>";
    html += repeat("</article>", 12000);
    auto r = kronik::make_document("articles.html", "articles.html", InputFormat::kHtml, html, cfg);
    REQUIRE(r.ok());
    CHECK(r.value().text.rfind("Kalimat 0.", 0) == 0);
  }
  SECTION("ordinary nesting and SVG icons are not flattened") {
    std::string html = "<html><body><svg>" + repeat("<path d=\"M0 0\"/>", 500) + "</svg>" + repeat("<div>", 30) +
                       article + "<p>one<p>two" + repeat("</div>", 30) + "<div/>" + "</body></html>";
    auto r = kronik::make_document("ok.html", "ok.html", InputFormat::kHtml, html, cfg);
    REQUIRE(r.ok());
    CHECK(r.value().repairs.empty());
  }
}

TEST_CASE("hostile: a FIFO is read once, format sniffed from the bytes read", "[hostile][stream]") {
  TempDir tmp;
  const std::string lines = "{\"id\":\"a\",\"text\":\"Satu.\"}\n{\"id\":\"b\",\"text\":\"Dua.\"}\n";
  struct Case {
    std::string payload;
    std::size_t documents;
    InputFormat format;
  };
  const std::vector<Case> cases = {
      {lines, 2, InputFormat::kJsonLines},
      {"Teks biasa dari pipa, " + std::string(5000, 'x') + ".", 1, InputFormat::kText},
      {"<!DOCTYPE html><html><body><p>Dari pipa.</p></body></html>", 1, InputFormat::kHtml},
  };
  for (const auto& c : cases) {
    const fs::path fifo = tmp.path / "feed";
    fs::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << c.payload; });
    std::vector<kronik::Error> problems;
    auto sources = kronik::list_inputs({fifo.string()}, &problems);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].stream);
    std::vector<Result<RawDocument>> docs;
    kronik::SourceReader reader(sources[0], {});
    while (auto d = reader.next()) docs.push_back(std::move(*d));
    writer.join();
    CHECK(reader.format() == c.format);
    REQUIRE(docs.size() == c.documents);
    for (const auto& d : docs) CHECK(d.ok());
    if (c.format == InputFormat::kText) CHECK(docs[0].value().text == c.payload);
  }
}

TEST_CASE("hostile: JSON Lines stream line by line; an endless line is skipped, not held", "[hostile][jsonl]") {
  TempDir tmp;
  kronik::IngestConfig cfg;
  cfg.max_document_bytes = 1000;
  std::string feed = "{\"id\":\"a\",\"text\":\"Satu.\"}\n{\"id\":\"big\",\"text\":\"" + std::string(200000, 'y') +
                     "\"}\n{\"id\":\"c\",\"text\":\"Tiga.\"}";  // no final newline
  const std::string path = tmp.write("feed.jsonl", feed);
  kronik::SourceReader reader({path, InputFormat::kJsonLines}, cfg);
  std::vector<Result<RawDocument>> docs;
  while (auto d = reader.next()) docs.push_back(std::move(*d));
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].ok());
  REQUIRE(!docs[1].ok());
  CHECK(docs[1].error().code == ErrorCode::kTooLarge);
  CHECK(docs[1].error().document == path + ":2");
  CHECK(docs[1].error().offset == feed.find('\n') + 1);
  REQUIRE(docs[2].ok());
  CHECK(docs[2].value().id == "c");
}

TEST_CASE("hostile: every input left out is named with its reason", "[hostile][listing]") {
  TempDir tmp;
  tmp.write("in/good.txt", "Baik.");
  tmp.write("in/locked/x.txt", "Terkunci.");
  tmp.write("in/out/timeline.json", "{}");
  tmp.write("in/out/.kronik-output", "");
  fs::create_symlink(tmp.path / "in/loop", tmp.path / "in/loop");
  fs::create_symlink(tmp.path / "in/nowhere.txt", tmp.path / "in/dangling.txt");
  fs::create_symlink(tmp.path / "in/good.txt", tmp.path / "in/link.txt");
  fs::create_directory_symlink(tmp.path / "in", tmp.path / "in/self");
  REQUIRE(::mkfifo((tmp.path / "in/pipe").c_str(), 0600) == 0);
  fs::permissions(tmp.path / "in/locked", fs::perms::none);
  const bool root = ::geteuid() == 0;  // root reads a mode-000 directory anyway

  std::vector<kronik::Error> problems;
  auto sources = kronik::list_inputs({(tmp.path / "in").string(), (tmp.path / "in/loop").string()}, &problems);
  std::vector<std::string> read;
  for (const auto& s : sources) read.push_back(fs::path(s.path).lexically_relative(tmp.path).string());
  std::vector<std::string> expected = {"in/good.txt", "in/link.txt"};
  if (root) expected.push_back("in/locked/x.txt");
  CHECK(read == expected);

  struct Want {
    std::string path, reason;
  };
  std::vector<Want> wants = {{"in/loop", "symbolic link loop"},
                             {"in/dangling.txt", "dangling symbolic link"},
                             {"in/pipe", "FIFO inside a directory"},
                             {"in/self", "symbolic link to a directory"},
                             {"in/out", "output folder of kronik"}};
  if (!root) wants.push_back({"in/locked", "Permission denied"});
  for (const auto& w : wants) {
    INFO(w.path << " should be reported with '" << w.reason << "'");
    auto msgs = messages_for(problems, (tmp.path / w.path).string());
    REQUIRE(!msgs.empty());
    CHECK(msgs.front().find(w.reason) != std::string::npos);
  }
  // The loop given directly is a loop, not a missing file (reported once by the walk, once directly).
  CHECK(messages_for(problems, (tmp.path / "in/loop").string()).size() == 2);
  for (const auto& p : problems) CHECK(p.code == ErrorCode::kIo);
}

TEST_CASE("hostile: duplicate ids and copies are named", "[hostile][duplicates]") {
  kronik::DuplicateGuard guard;
  auto doc = [](std::string id, std::string path, std::string text) {
    RawDocument d;
    d.id = std::move(id);
    d.path = std::move(path);
    d.text = std::move(text);
    return d;
  };
  CHECK(!guard.check(doc("a.txt", "x/a.txt", "Satu.")));
  CHECK(!guard.check(doc("b.txt", "x/b.txt", "Dua.")));
  auto same_id = guard.check(doc("a.txt", "y/a.txt", "Tiga."));
  REQUIRE(same_id);
  CHECK(same_id->code == ErrorCode::kDuplicate);
  CHECK(same_id->document == "y/a.txt");
  CHECK(same_id->message.find("duplicate id a.txt (first seen at x/a.txt)") != std::string::npos);
  auto copy = guard.check(doc("c.txt", "y/c.txt", "Dua."));
  REQUIRE(copy);
  CHECK(copy->message.find("same content as b.txt (x/b.txt)") != std::string::npos);
  CHECK(!guard.check(doc("d.txt", "y/d.txt", "Empat.")));
  CHECK(std::string(kronik::error_code_name(ErrorCode::kDuplicate)) == "duplicate");
}

TEST_CASE("hostile: numeric options are range-checked", "[hostile][config]") {
  struct Case {
    const char* what;
    kronik::IngestConfig cfg;
    bool ok;
  };
  kronik::IngestConfig zero_bytes, bad_ratio, nan_ratio, bad_time;
  zero_bytes.max_document_bytes = 0;
  bad_ratio.max_control_ratio = 1.5;
  nan_ratio.max_control_ratio = std::numeric_limits<double>::quiet_NaN();
  bad_time.budget.soft_time_limit_seconds = -1;
  const std::vector<Case> cases = {{"defaults", {}, true},
                                   {"max_document_bytes 0", zero_bytes, false},
                                   {"max_control_ratio 1.5", bad_ratio, false},
                                   {"max_control_ratio NaN", nan_ratio, false},
                                   {"soft time limit -1", bad_time, false}};
  for (const auto& c : cases) {
    INFO(c.what);
    auto st = kronik::validate(c.cfg);
    CHECK(st.ok() == c.ok);
    if (!st.ok()) CHECK(st.error().code == ErrorCode::kUnsupported);
  }
}

TEST_CASE("hostile: budget cuts are at line or character boundaries", "[hostile][budget]") {
  CHECK(kronik::budget_cut("abc", 0) == 3);
  CHECK(kronik::budget_cut("abc", 10) == 3);
  CHECK(kronik::budget_cut("line one\nline two\n", 12) == 9);
  CHECK(kronik::budget_cut("\xC3\xA9\xC3\xA9\xC3\xA9", 3) == 2);  // not inside "é"
}

TEST_CASE("hostile: a 10,000-sentence article and a deep page finish, truncated as configured",
          "[hostile][budget][pipeline]") {
  kronik::ExtractConfig cfg;
  cfg.data_dir = kronik::test::data_dir();
  cfg.latest_year = 2025;
  cfg.budget.max_sentences = 2000;
  auto ex = kronik::Extractor::create(cfg);
  REQUIRE(ex.ok());
  RawDocument doc;
  doc.id = doc.path = "long.txt";
  doc.text = long_article(10000);
  auto a = ex.value()->analyze(doc);
  CHECK(a.sentences.size() == 2000);
  CHECK(has_warning(a.warnings, "truncated"));
  CHECK(!a.events.empty());

  kronik::ExtractConfig small = cfg;
  small.budget.max_analysed_bytes = 4096;
  auto ex2 = kronik::Extractor::create(small);
  REQUIRE(ex2.ok());
  auto b = ex2.value()->analyze(doc);
  CHECK(b.raw.text.size() <= 4096);
  CHECK(has_warning(b.warnings, "truncated"));

  kronik::ExtractConfig hurried = cfg;
  hurried.budget.soft_time_limit_seconds = 1e-9;  // always exceeded: later stages are skipped, reported
  auto ex3 = kronik::Extractor::create(hurried);
  REQUIRE(ex3.ok());
  auto c = ex3.value()->analyze(doc);
  CHECK(c.events.empty());
  CHECK(has_warning(c.warnings, "truncated"));
}

TEST_CASE("hostile: implausible publication metadata is rejected, never used", "[hostile][dates]") {
  kronik::ExtractConfig cfg;
  cfg.data_dir = kronik::test::data_dir();
  cfg.latest_year = 2025;
  auto ex = kronik::Extractor::create(cfg);
  REQUIRE(ex.ok());
  struct Case {
    const char* published;
    bool accepted;
  };
  const std::vector<Case> cases = {{"9999-12-31", false}, {"-0001-01-01", false}, {"1850-06-01", false},
                                   {"2027-01-01", false}, {"2026-01-05", true},   {"2024-03-03", true}};
  for (const auto& c : cases) {
    INFO(c.published);
    RawDocument doc;
    doc.id = doc.path = "meta.txt";
    doc.text = "Budi Santoso bertemu Siti Rahmawati di Jakarta pada Senin.";
    doc.published = c.published;
    auto a = ex.value()->analyze(doc);
    const bool from_metadata = a.info.published_how.rfind("metadata", 0) == 0;
    CHECK(from_metadata == c.accepted);
    if (!c.accepted) CHECK((has_warning(a.warnings, "implausible-published") || has_warning(a.warnings, "bad-published")));
    if (a.info.published.known()) CHECK(a.info.published.year >= 1900);
  }
}
