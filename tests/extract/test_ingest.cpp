// Ingestion: formats, metadata, and one test per kind of bad input. Fixtures live in
// tests/data/ingest/; inputs with binary or odd bytes are written to a temporary directory.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "kronik/extract/text/clean.h"
#include "kronik/extract/text/ingest.h"
#include "temp_dir.h"
#include "test_paths.h"

namespace fs = std::filesystem;
using kronik::ErrorCode;
using kronik::InputFormat;
using kronik::RawDocument;
using kronik::Result;
using kronik::test::TempDir;

namespace {

std::string fixture(const std::string& name) { return kronik::test::test_data_dir() + "/ingest/" + name; }


std::vector<Result<RawDocument>> read_all(const kronik::InputSource& src, const kronik::IngestConfig& cfg = {}) {
  std::vector<Result<RawDocument>> out;
  kronik::read_source(src, cfg, [&](Result<RawDocument> r) { out.push_back(std::move(r)); });
  return out;
}

Result<RawDocument> read_one(const std::string& path, InputFormat fmt = InputFormat::kText,
                             const kronik::IngestConfig& cfg = {}) {
  auto all = read_all({path, fmt}, cfg);
  REQUIRE(all.size() == 1);
  return std::move(all.front());
}

}  // namespace

TEST_CASE("ingest: plain text keeps its bytes; id is the file name", "[ingest]") {
  auto r = read_one(fixture("plain.txt"));
  REQUIRE(r.ok());
  CHECK(r.value().id == "plain.txt");
  CHECK(r.value().path == fixture("plain.txt"));
  CHECK(r.value().format == InputFormat::kText);
  CHECK(r.value().text == "Kalimat dalam berkas teks biasa.\nBaris kedua.\n");
  CHECK(r.value().repairs.empty());
}

TEST_CASE("ingest: CRLF is kept byte for byte", "[ingest]") {
  auto r = kronik::make_document("a.txt", "a.txt", InputFormat::kText, "Baris satu.\r\nBaris dua.\r\n", {});
  REQUIRE(r.ok());
  CHECK(r.value().text == "Baris satu.\r\nBaris dua.\r\n");
}

TEST_CASE("ingest: invalid UTF-8 is repaired and reported with its byte offset", "[ingest][bad-input]") {
  TempDir tmp;
  std::string p = tmp.write("bad.txt", "Kota\xFF itu ramai.\xC3 Lagi.");
  auto r = read_one(p);
  REQUIRE(r.ok());
  CHECK(r.value().text == "Kota\xEF\xBF\xBD itu ramai.\xEF\xBF\xBD Lagi.");
  REQUIRE(r.value().repairs.size() == 1);
  const kronik::Error& e = r.value().repairs[0];
  CHECK(e.code == ErrorCode::kInvalidUtf8);
  CHECK(e.offset == 4);
  CHECK_THAT(e.message, Catch::Contains("byte 4"));
  CHECK_THAT(e.message, Catch::Contains("2 byte(s)"));
}

TEST_CASE("ingest: empty and whitespace-only documents are kEmpty", "[ingest][bad-input]") {
  TempDir tmp;
  for (std::string bytes : {std::string(), std::string(" \n\t\r\n "), std::string("\xEF\xBB\xBF\n")}) {
    INFO("bytes: " << bytes.size());
    auto r = read_one(tmp.write("empty.txt", bytes));
    REQUIRE(!r.ok());
    CHECK(r.error().code == ErrorCode::kEmpty);
    CHECK(r.error().document == (tmp.path / "empty.txt").string());
  }
}

TEST_CASE("ingest: NUL bytes or many control characters are kBinary at the first bad byte", "[ingest][bad-input]") {
  TempDir tmp;
  struct Case {
    std::string bytes;
    std::uint64_t offset;
  };
  const std::vector<Case> cases = {
      {std::string("Teks biasa\0lalu biner", 21), 10},
      {std::string("ab\x01\x02\x03\x04\x05\x06\x07\x08zz", 12), 2},
      {std::string("\xEF\xBB\xBFxy\0", 6), 5},  // offsets count the BOM: they name bytes of the file
  };
  for (const Case& c : cases) {
    auto r = read_one(tmp.write("bin.dat", c.bytes));
    REQUIRE(!r.ok());
    CHECK(r.error().code == ErrorCode::kBinary);
    CHECK(r.error().offset == c.offset);
  }
  // A few control characters in a long text are tolerated.
  std::string text(200, 'a');
  text[50] = '\x01';
  CHECK(kronik::make_document("t", "t", InputFormat::kText, text, {}).ok());
}

TEST_CASE("ingest: documents over max_document_bytes are kTooLarge without being read", "[ingest][bad-input]") {
  TempDir tmp;
  kronik::IngestConfig cfg;
  cfg.max_document_bytes = 64;
  std::string p = tmp.write("big.txt", std::string(1000, 'x'));
  auto r = read_one(p, InputFormat::kText, cfg);
  REQUIRE(!r.ok());
  CHECK(r.error().code == ErrorCode::kTooLarge);
  CHECK_THAT(r.error().message, Catch::Contains("1000"));
  auto h = read_one(tmp.write("big.html", "<p>" + std::string(1000, 'x') + "</p>"), InputFormat::kHtml, cfg);
  CHECK(h.error().code == ErrorCode::kTooLarge);
  CHECK(kronik::make_document("t", "t", InputFormat::kText, std::string(65, 'x'), cfg).error().code ==
        ErrorCode::kTooLarge);
  CHECK(kronik::make_document("t", "t", InputFormat::kText, std::string(64, 'x'), cfg).ok());
}

TEST_CASE("ingest: unreadable paths are kIo", "[ingest][bad-input]") {
  TempDir tmp;
  auto missing = read_one((tmp.path / "does-not-exist.txt").string());
  REQUIRE(!missing.ok());
  CHECK(missing.error().code == ErrorCode::kIo);
  auto dir = read_one(tmp.path.string());
  REQUIRE(!dir.ok());
  CHECK(dir.error().code == ErrorCode::kIo);
  std::string locked = tmp.write("locked.txt", "Rahasia.");
  fs::permissions(locked, fs::perms::none);
  if (::geteuid() != 0) {  // root reads anything: the permission case only means something for users
    auto r = read_one(locked);
    REQUIRE(!r.ok());
    CHECK(r.error().code == ErrorCode::kIo);
    CHECK(r.error().document == locked);
  }
}

TEST_CASE("ingest: a UTF-8 BOM is stripped", "[ingest]") {
  TempDir tmp;
  auto r = read_one(tmp.write("bom.txt", "\xEF\xBB\xBFHalo dunia."));
  REQUIRE(r.ok());
  CHECK(r.value().text == "Halo dunia.");
  auto j = read_all({tmp.write("bom.jsonl", "\xEF\xBB\xBF{\"id\":\"x\",\"text\":\"Isi.\"}\n"), InputFormat::kJsonLines});
  REQUIRE(j.size() == 1);
  REQUIRE(j[0].ok());
  CHECK(j[0].value().id == "x");
}

TEST_CASE("ingest: JSON Lines, one document per line; bad lines are kParse and the rest go on", "[ingest][jsonl]") {
  const std::string path = fixture("articles.jsonl");
  auto all = read_all({path, InputFormat::kJsonLines});
  struct Expect {
    int line;
    ErrorCode code;  // kOk = a document
    const char* id;
  };
  const std::vector<Expect> expected = {
      {1, ErrorCode::kOk, "a1"},     {2, ErrorCode::kParse, ""}, {4, ErrorCode::kParse, ""},
      {5, ErrorCode::kParse, ""},    {6, ErrorCode::kOk, "5"},   {7, ErrorCode::kParse, ""},
      {8, ErrorCode::kEmpty, ""},    {9, ErrorCode::kOk, "a8"},
  };
  REQUIRE(all.size() == expected.size());
  // Byte offsets of line starts, to check the offsets errors report.
  std::ifstream in(path, std::ios::binary);
  std::vector<std::uint64_t> starts{0};
  std::string line;
  while (std::getline(in, line)) starts.push_back(starts.back() + line.size() + 1);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Expect& e = expected[i];
    const std::string where = path + ":" + std::to_string(e.line);
    INFO(where);
    if (e.code == ErrorCode::kOk) {
      REQUIRE(all[i].ok());
      CHECK(all[i].value().id == e.id);
      CHECK(all[i].value().path == where);
      CHECK(all[i].value().format == InputFormat::kJsonLines);
    } else {
      REQUIRE(!all[i].ok());
      CHECK(all[i].error().code == e.code);
      CHECK(all[i].error().document == where);
      CHECK_THAT(all[i].error().to_string(), Catch::Contains(where));
      if (e.code == ErrorCode::kParse) {
        CHECK(all[i].error().offset >= starts[e.line - 1]);
        CHECK(all[i].error().offset < starts[e.line]);
      }
    }
  }
  const RawDocument& a1 = all[0].value();
  CHECK(a1.text == "Kalimat pertama dokumen satu.");
  CHECK(a1.title == "Satu");
  CHECK(a1.url == "https://kabar.example/1");
  CHECK(a1.source == "Kabar Contoh");
  CHECK(a1.published == "2025-05-06");
  CHECK(a1.language == "id");
  CHECK(all[7].value().language == "en");
  // The malformed line 2 reports where in the line the JSON broke.
  CHECK(all[1].error().offset == starts[1] + (starts[2] - starts[1] - 1));
}

TEST_CASE("ingest: an over-long JSONL line is kTooLarge and the next line is still read", "[ingest][jsonl]") {
  TempDir tmp;
  kronik::IngestConfig cfg;
  cfg.max_document_bytes = 60;
  std::string p = tmp.write("mix.jsonl", "{\"id\":\"big\",\"text\":\"" + std::string(100, 'x') +
                                              "\"}\n{\"id\":\"small\",\"text\":\"Pendek.\"}\n");
  auto all = read_all({p, InputFormat::kJsonLines}, cfg);
  REQUIRE(all.size() == 2);
  CHECK(all[0].error().code == ErrorCode::kTooLarge);
  REQUIRE(all[1].ok());
  CHECK(all[1].value().id == "small");
}

TEST_CASE("ingest: invalid UTF-8 inside a JSONL text is repaired", "[ingest][jsonl][bad-input]") {
  auto r = kronik::make_document("", "f.jsonl:1", InputFormat::kJsonLines, "{\"id\":\"u\",\"text\":\"ab\xFE" "cd\"}", {});
  REQUIRE(r.ok());
  CHECK(r.value().text == "ab\xEF\xBF\xBD" "cd");
  REQUIRE(r.value().repairs.size() == 1);
  CHECK(r.value().repairs[0].offset == 2);
}

TEST_CASE("ingest: HTML article text, metadata and removed furniture", "[ingest][html]") {
  auto r = read_one(fixture("article.html"), InputFormat::kHtml);
  REQUIRE(r.ok());
  const RawDocument& d = r.value();
  CHECK(d.format == InputFormat::kHtml);
  CHECK(d.title == "Pasar Ikan Baru Dibuka di Pelabuhan");  // og:title preferred over <title>
  CHECK(d.published == "2025-05-06T08:30:00+07:00");
  CHECK(d.url == "https://kabar.example/pasar-ikan");
  CHECK(d.source == "Kabar Contoh");
  CHECK(d.language == "id");
  for (const char* gone : {"skrip", "color", "Beranda", "terpopuler", "Facebook", "Teaser", "Hak cipta", "JavaScript",
                           "Cari berita"}) {
    INFO(gone);
    CHECK(d.text.find(gone) == std::string::npos);
  }
  // Entities decoded, whitespace collapsed, blocks become paragraphs, <br> and <li> line breaks.
  CHECK_THAT(d.text, Catch::Contains("Pasar itu menampung dua ratus pedagang & nelayan.\n\n"
                                     "\xE2\x80\x9CKami ingin harga ikan lebih stabil,\xE2\x80\x9D kata wali kota.\n"
                                     "Pedagang menyambut baik.\n\nLuas pasar dua hektare.\nBuka setiap hari."));
  CHECK(d.text.rfind("Pasar Ikan Baru Dibuka di Pelabuhan\n\n", 0) == 0);

  auto c = kronik::clean_document(d, {});
  REQUIRE(c.sentences.size() >= 5);
  CHECK(c.sentences[0].role == kronik::SentenceRole::kHeadline);
  CHECK(kronik::slice(d.text, c.sentences[0].span) == "Pasar Ikan Baru Dibuka di Pelabuhan");
  CHECK(c.sentences[1].role == kronik::SentenceRole::kCaption);
  CHECK(kronik::slice(d.text, c.sentences[1].span) == "Nelayan menurunkan hasil tangkapan.");
  CHECK(kronik::slice(d.text, c.sentences[2].span) == "Wali kota membuka pasar ikan baru pada Selasa pagi.");
  CHECK(c.dateline_place == "SEMARANG");
}

TEST_CASE("ingest: HTML metadata variants", "[ingest][html]") {
  struct Case {
    const char* file;
    const char* title;
    const char* published;
    const char* text;
  };
  const std::vector<Case> cases = {
      {"meta_variants.html", "Judul dari Tag Title", "2024-11-02", "Isi utama halaman ini."},
      {"time_in_article.html", "Halaman Tanpa Meta Tanggal", "2023-10-19T10:00:00Z",
       "19 Oktober 2023\n\nIsi artikel dengan waktu."},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    auto r = read_one(fixture(c.file), InputFormat::kHtml);
    REQUIRE(r.ok());
    CHECK(r.value().title == c.title);
    CHECK(r.value().published == c.published);
    CHECK(r.value().text == c.text);
  }
}

TEST_CASE("ingest: HTML edge cases", "[ingest][html][bad-input]") {
  auto empty = kronik::make_document("e.html", "e.html", InputFormat::kHtml,
                                     "<html><body><script>x()</script><nav>Menu</nav></body></html>", {});
  REQUIRE(!empty.ok());
  CHECK(empty.error().code == ErrorCode::kEmpty);
  auto bad = kronik::make_document("b.html", "b.html", InputFormat::kHtml, "<p>Kota\xFF ramai.</p>", {});
  REQUIRE(bad.ok());
  CHECK(bad.value().text == "Kota\xEF\xBF\xBD ramai.");
  CHECK(bad.value().repairs.size() == 1);
  auto json_ld = kronik::make_document(
      "j.html", "j.html", InputFormat::kHtml,
      "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2025-01-02T03:04:05Z\"}]}</script></head><body><p>Isi.</p></body></html>",
      {});
  REQUIRE(json_ld.ok());
  CHECK(json_ld.value().published == "2025-01-02T03:04:05Z");
}

TEST_CASE("ingest: directories are walked recursively, sorted, hidden entries skipped", "[ingest]") {
  TempDir tmp;
  tmp.write("b.txt", "B.");
  tmp.write("a/z.txt", "Z.");
  tmp.write("a/y.html", "<p>Y.</p>");
  tmp.write("a/.secret.txt", "S.");
  tmp.write(".hidden/x.txt", "X.");
  tmp.write(".dot.txt", "D.");
  tmp.write("c/d/e.jsonl", "{\"id\":\"e\",\"text\":\"E.\"}\n");
  tmp.write("c/noext", "<!DOCTYPE html><p>N.</p>");
  std::vector<kronik::Error> problems;
  auto srcs = kronik::list_inputs({tmp.path.string(), (tmp.path / "missing").string(), "-"}, &problems);
  std::vector<std::pair<std::string, InputFormat>> got;
  for (const auto& s : srcs)
    got.emplace_back(s.path == "-" ? "-" : fs::path(s.path).lexically_relative(tmp.path).string(), s.format);
  const std::vector<std::pair<std::string, InputFormat>> expected = {
      {"a/y.html", InputFormat::kHtml},        {"a/z.txt", InputFormat::kText}, {"b.txt", InputFormat::kText},
      {"c/d/e.jsonl", InputFormat::kJsonLines}, {"c/noext", InputFormat::kHtml}, {"-", InputFormat::kText},
  };
  CHECK(got == expected);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == ErrorCode::kIo);
  CHECK(problems[0].document == (tmp.path / "missing").string());
}

TEST_CASE("ingest: format detection by extension, then by content", "[ingest]") {
  struct Case {
    const char* path;
    std::string head;
    InputFormat expected;
  };
  const std::vector<Case> cases = {
      {"a.html", "", InputFormat::kHtml},
      {"A.HTM", "", InputFormat::kHtml},
      {"a.jsonl", "", InputFormat::kJsonLines},
      {"a.ndjson", "", InputFormat::kJsonLines},
      {"a.txt", "<html><body>", InputFormat::kText},  // the extension wins
      {"noext", "<!DOCTYPE html><html>", InputFormat::kHtml},
      {"noext", "\xEF\xBB\xBF<html lang=\"id\">", InputFormat::kHtml},
      {"noext", "{\"id\": 1, \"text\": \"x\"}\n{\"id\": 2}", InputFormat::kJsonLines},
      {"noext", "Berita biasa tanpa tanda apa pun.", InputFormat::kText},
      {"noext", "", InputFormat::kText},
  };
  for (const Case& c : cases) {
    INFO(c.path << " / " << c.head);
    CHECK(kronik::detect_format(c.path, c.head) == c.expected);
  }
}

TEST_CASE("ingest: stdin is read as the configured format", "[ingest][stdin]") {
  struct Restore {
    std::streambuf* old;
    ~Restore() { std::cin.rdbuf(old); }
  };
  {
    std::istringstream fake("Teks dari masukan standar.");
    Restore restore{std::cin.rdbuf(fake.rdbuf())};
    auto all = read_all({"-", InputFormat::kText});
    REQUIRE(all.size() == 1);
    REQUIRE(all[0].ok());
    CHECK(all[0].value().id == "-");
    CHECK(all[0].value().path == "-");
    CHECK(all[0].value().text == "Teks dari masukan standar.");
  }
  {
    std::istringstream fake("{\"id\":\"s1\",\"text\":\"Satu.\"}\n{\"id\":\"s2\",\"text\":\"Dua.\"}\n");
    Restore restore{std::cin.rdbuf(fake.rdbuf())};
    std::cin.clear();
    kronik::IngestConfig cfg;
    cfg.stdin_format = InputFormat::kJsonLines;
    auto all = read_all({"-", InputFormat::kText}, cfg);
    REQUIRE(all.size() == 2);
    CHECK(all[1].value().id == "s2");
    CHECK(all[1].value().path == "-:2");
  }
  std::cin.clear();
}
