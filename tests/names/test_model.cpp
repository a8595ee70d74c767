// NameModel: trained on a tiny fixture (tests/data/names, invented sentences), saved, loaded,
// tagged; determinism; damaged files; the shipped models.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "kronik/names/corpus.h"
#include "kronik/names/model.h"
#include "kronik/names/train.h"
#include "temp_dir.h"
#include "test_paths.h"

using namespace kronik::names;

namespace {

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<NamedSentence> fixture() {
  const std::string path = kronik::test::test_data_dir() + "/names/fixture-id.txt";
  auto r = read_bio_columns(file_bytes(path), path,
                            {{"PERSON", NameType::kPer}, {"PLACE", NameType::kLoc}, {"ORGANISATION", NameType::kOrg}});
  INFO((r ? std::string() : r.error().to_string()));
  REQUIRE(r.ok());
  return r.value();
}

NameTrainConfig tiny_config() {
  NameTrainConfig c;
  c.language = "id";
  c.recipe_hash = 42;
  c.epochs = 8;
  c.log2_buckets = 14;
  c.prune = 0;
  return c;
}

/// The fixture model, trained once per test binary.
const std::string& fixture_model_bytes() {
  static const std::string bytes = [] {
    auto r = train_name_model(fixture(), tiny_config());
    REQUIRE(r.ok());
    return r.value();
  }();
  return bytes;
}

std::vector<std::string> tag_sentence(const NameModel& model, const std::string& sentence,
                                      const std::vector<TokenHints>& hints = {}) {
  std::vector<std::string> words;
  std::istringstream in(sentence);
  for (std::string w; in >> w;) words.push_back(w);
  std::vector<std::string_view> views(words.begin(), words.end());
  std::vector<NameTag> tags(views.size());
  model.tag(views, hints, tags);
  std::vector<std::string> out;
  for (NameTag t : tags) out.emplace_back(tag_name(t));
  return out;
}

}  // namespace

TEST_CASE("a model trained on the fixture is saved, loaded and tags", "[names][model]") {
  kronik::test::TempDir dir;
  const std::string path = dir.write("names-test.bin", fixture_model_bytes());
  auto loaded = NameModel::load(path);
  INFO((loaded ? std::string() : loaded.error().to_string()));
  REQUIRE(loaded.ok());
  const NameModel& model = *loaded.value();
  CHECK(model.info().language == "id");
  CHECK(model.info().recipe_hash == 42);
  CHECK_FALSE(model.info().uses_upos);
  CHECK(model.info().weights > 0);
  // Training sentences come back as annotated.
  const NameScores scores = evaluate(model, fixture());
  CHECK(scores.overall.f1() > 0.95);
  // A new sentence of a known pattern with names the model has seen in other roles.
  CHECK(tag_sentence(model, "Dewi Lestari mengunjungi Ambon pada hari Senin .") ==
        std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O"});
}

TEST_CASE("training is deterministic and tagging is the same on every thread", "[names][model]") {
  auto again = train_name_model(fixture(), tiny_config());
  REQUIRE(again.ok());
  CHECK(again.value() == fixture_model_bytes());
  auto model = NameModel::from_bytes(fixture_model_bytes(), "fixture").value();
  const std::string sentence = "Menurut Agus Salim , Partai Maju akan membuka kantor di Medan .";
  const auto expected = tag_sentence(*model, sentence);
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back([&] { r = tag_sentence(*model, sentence); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) CHECK(r == expected);
}

TEST_CASE("hints and long inputs: sizes checked, chunks tagged, tags well formed", "[names][model]") {
  auto model = NameModel::from_bytes(fixture_model_bytes(), "fixture").value();
  std::vector<std::string_view> words(2500, "Bandung");
  std::vector<NameTag> tags(words.size());
  model->tag(words, {}, tags);
  for (std::size_t i = 0; i < tags.size(); ++i)
    if (is_inside(tags[i])) CHECK((i > 0 && tags[i - 1] != NameTag::kO && tag_type(tags[i - 1]) == tag_type(tags[i])));
  std::vector<TokenHints> two_hints(2);
  std::vector<NameTag> short_out(1);
  CHECK_THROWS_AS(model->tag(words, two_hints, tags), std::invalid_argument);
  CHECK_THROWS_AS(model->tag(words, {}, short_out), std::invalid_argument);
  std::vector<TokenHints> hints(3);
  hints[0].gazetteer = kGazLoc | kGazBegin;
  CHECK(tag_sentence(*model, "Padang tergenang air", hints).size() == 3);
}

TEST_CASE("damaged model files are recoverable errors naming the file", "[names][model]") {
  const std::string good = fixture_model_bytes();
  REQUIRE(good.size() > 64);
  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x5A);
  std::string other_features = good;
  other_features[12] = static_cast<char>(other_features[12] + 1);
  std::string other_version = good;
  other_version[8] = static_cast<char>(other_version[8] + 1);
  struct Row {
    std::string name, bytes, message_part;
  };
  const Row rows[] = {{"magic.bin", "NOTAMODEL" + good.substr(9), "bad magic"},
                      {"empty.bin", "", "bad magic"},
                      {"truncated.bin", good.substr(0, good.size() / 3), "checksum"},
                      {"header-only.bin", good.substr(0, 20), "truncated"},
                      {"flipped.bin", flipped, "checksum"},
                      {"features.bin", other_features, "feature set"},
                      {"version.bin", other_version, "format version"},
                      {"trailing.bin", good + "x", "checksum"}};
  for (const auto& r : rows) {
    INFO(r.name);
    auto m = NameModel::from_bytes(r.bytes, r.name);
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().code == kronik::ErrorCode::kData);
    CHECK(m.error().document == r.name);
    CHECK(m.error().message.find(r.message_part) != std::string::npos);
  }
  kronik::test::TempDir dir;
  const std::string damaged = dir.write("damaged.bin", flipped);
  auto from_disk = NameModel::load(damaged);
  REQUIRE_FALSE(from_disk.ok());
  CHECK(from_disk.error().code == kronik::ErrorCode::kData);
  CHECK(from_disk.error().document == damaged);
  auto missing = NameModel::load("/nonexistent/names-xx.bin");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == kronik::ErrorCode::kIo);
  CHECK(missing.error().document == "/nonexistent/names-xx.bin");
}

TEST_CASE("the shipped models load, describe themselves and find clear names", "[names][model]") {
  struct Row {
    const char* language;
    const char* sentence;
    std::vector<NameSpan> names;
  };
  const Row rows[] = {
      {"id", "Presiden Joko Widodo meresmikan bendungan di Kabupaten Bogor .", {{1, 3, NameType::kPer}, {6, 8, NameType::kLoc}}},
      {"en", "Police arrested two suspects in Leeds , the BBC reported .", {{5, 6, NameType::kLoc}, {8, 9, NameType::kOrg}}},
  };
  for (const auto& row : rows) {
    INFO(row.language << ": " << row.sentence);
    auto loaded = NameModel::load(kronik::test::data_dir() + "/models/names-" + row.language + ".bin");
    INFO((loaded ? std::string() : loaded.error().to_string()));
    REQUIRE(loaded.ok());
    const NameModel& model = *loaded.value();
    CHECK(model.info().language == row.language);
    CHECK(model.info().recipe_hash != 0);
    CHECK(model.info().weights > 0);
    std::vector<NameTag> tags;
    for (const auto& t : tag_sentence(model, row.sentence)) tags.push_back(*parse_tag(t));
    CHECK(name_spans(tags) == row.names);
  }
}
