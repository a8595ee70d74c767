// SyntaxModel: load errors, the clear parts of short hand-written sentences, determinism.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "kronik/core/text.h"
#include "kronik/syntax/model.h"
#include "kronik/syntax/train.h"
#include "test_paths.h"

using namespace kronik::syntax;

namespace {

std::string model_path(const std::string& language) {
  return kronik::test::data_dir() + "/models/syntax-" + language + ".bin";
}

std::shared_ptr<const SyntaxModel> load_model(const std::string& language) {
  auto r = SyntaxModel::load(model_path(language));
  INFO((r ? std::string() : r.error().to_string()));
  REQUIRE(r.ok());
  return r.value();
}

/// Small tables and few epochs: the fixtures have a handful of sentences.
TrainConfig tiny_config() {
  TrainConfig config;
  config.language = "xx";
  config.tagger_epochs = 3;
  config.parser_epochs = 3;
  config.jackknife_folds = 2;
  config.tagger_log2_buckets = 10;
  config.parser_log2_buckets = 10;
  config.lemma_log2_buckets = 10;
  return config;
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

struct Analysis {
  std::vector<std::string> words;
  std::vector<UPos> upos;
  std::vector<std::uint16_t> head;
  std::vector<DepRel> rel;

  std::size_t index(const std::string& word) const {
    for (std::size_t i = 0; i < words.size(); ++i)
      if (words[i] == word) return i;
    FAIL("no word " << word);
    return 0;
  }
};

Analysis analyse(const SyntaxModel& model, const std::string& sentence) {
  Analysis a;
  std::istringstream in(sentence);
  for (std::string w; in >> w;) a.words.push_back(w);
  std::vector<std::string_view> views(a.words.begin(), a.words.end());
  a.upos.resize(views.size());
  a.head.resize(views.size());
  a.rel.resize(views.size());
  model.analyse(views, a.upos, a.head, a.rel);
  return a;
}

/// One expected arc: `dependent` has part of speech `upos` and hangs from `head` ("" = root) by
/// `rel`; rel kNone checks the tag only.
struct Arc {
  const char* dependent;
  UPos upos;
  const char* head;
  DepRel rel;
  bool subtype = true;  ///< false: compare universal relations only (a known miss of the model)
};
constexpr bool kUniversalOnly = false;

struct SentenceCase {
  const char* language;
  const char* sentence;
  std::vector<Arc> arcs;
};

}  // namespace

TEST_CASE("bad model files are recoverable errors naming the file", "[syntax][model]") {
  const std::string good = file_bytes(model_path("id"));
  REQUIRE(good.size() > 64);
  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x5A);
  std::string unknown_features = good;
  unknown_features[12] = 99;  // a feature set this build does not know
  std::string old_version = good;
  old_version[8] = 1;  // format version 1: no lemmatiser
  std::string new_version = good;
  new_version[8] = 4;
  std::string bad_beam = good;
  bad_beam[8] = 3;  // version 3 reads a beam width where version 2 has the language ("id": 25,705)
  struct Row {
    std::string name, bytes, message_part;
  };
  const Row rows[] = {{"magic.bin", "NOTAMODEL" + good.substr(9), "bad magic"},
                      {"empty.bin", "", "bad magic"},
                      {"truncated.bin", good.substr(0, good.size() / 3), "checksum"},
                      {"header-only.bin", good.substr(0, 20), "truncated"},
                      {"flipped.bin", flipped, "checksum"},
                      {"features.bin", unknown_features, "feature set"},
                      {"version-1.bin", old_version, "format version 1"},
                      {"version-4.bin", new_version, "format version 4"},
                      {"beam.bin", bad_beam, "beam width"}};
  for (const auto& r : rows) {
    INFO(r.name);
    auto m = SyntaxModel::from_bytes(r.bytes, r.name);
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().code == kronik::ErrorCode::kData);
    CHECK(m.error().document == r.name);
    CHECK(m.error().message.find(r.message_part) != std::string::npos);
  }
  auto missing = SyntaxModel::load("/nonexistent/syntax-xx.bin");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == kronik::ErrorCode::kIo);
  CHECK(missing.error().document == "/nonexistent/syntax-xx.bin");
}

TEST_CASE("the shipped models describe themselves", "[syntax][model]") {
  for (const char* language : {"id", "en"}) {
    auto model = load_model(language);
    CHECK(model->info().language == language);
    CHECK(model->info().recipe_hash != 0);
    CHECK(model->info().weights > 0);
  }
}

TEST_CASE("the shipped models lemmatise affixed and inflected words", "[syntax][model][lemma]") {
  struct Row {
    const char* language;
    const char* sentence;
    const char* word;
    const char* lemma;
  };
  const Row rows[] = {{"id", "Polisi menangkap pencuri itu .", "menangkap", "tangkap"},
                      {"id", "Polisi menangkap pencuri itu .", "Polisi", "polisi"},
                      {"id", "Rumah itu dibakar oleh massa .", "dibakar", "bakar"},
                      {"en", "The police arrested the thieves .", "arrested", "arrest"},
                      {"en", "The police arrested the thieves .", "thieves", "thief"},
                      {"en", "The police arrested the thieves .", "The", "the"},
                      {"en", "The house was burned by the crowd .", "was", "be"}};
  for (const Row& r : rows) {
    INFO(r.sentence << " / " << r.word);
    auto model = load_model(r.language);
    REQUIRE(model->has_lemmas());
    const Analysis a = analyse(*model, r.sentence);
    std::vector<std::string_view> words(a.words.begin(), a.words.end());
    std::vector<std::string> lemma(words.size());
    model->lemmatise(words, a.upos, lemma);
    CHECK(lemma[a.index(r.word)] == r.lemma);
  }
}

TEST_CASE("subjects, objects, obliques and passive agents of short sentences", "[syntax][model]") {
  using U = UPos;
  using R = DepRel;
  const SentenceCase cases[] = {
      {"id", "Polisi menangkap pencuri itu di pasar .",
       {{"menangkap", U::kVerb, "", R::kRoot}, {"Polisi", U::kNoun, "menangkap", R::kNsubj},
        {"pencuri", U::kNoun, "menangkap", R::kObj}, {"pasar", U::kNoun, "menangkap", R::kObl},
        {"di", U::kAdp, "pasar", R::kCase}}},
      {"id", "Presiden bertemu dengan para menteri di Jakarta .",
       {{"bertemu", U::kVerb, "", R::kRoot}, {"Presiden", U::kNoun, "bertemu", R::kNsubj},
        {"dengan", U::kAdp, "menteri", R::kCase}, {"menteri", U::kNoun, "bertemu", R::kObl},
        {"Jakarta", U::kPropn, "", R::kNone}}},  // "para menteri di Jakarta" may attach either way
      {"id", "Rumah itu dibakar oleh massa .",
       {{"dibakar", U::kVerb, "", R::kRoot}, {"Rumah", U::kNoun, "dibakar", R::kNsubjPass},
        {"oleh", U::kAdp, "massa", R::kCase}, {"massa", U::kNoun, "dibakar", R::kOblAgent}}},
      {"en", "The police arrested the thief in the market .",
       {{"arrested", U::kVerb, "", R::kRoot}, {"police", U::kNoun, "arrested", R::kNsubj},
        {"thief", U::kNoun, "arrested", R::kObj}, {"market", U::kNoun, "", R::kNone},
        {"in", U::kAdp, "market", R::kCase}}},  // "the thief in the market" may attach either way
      {"en", "The president met with the ministers on Monday .",
       {{"met", U::kVerb, "", R::kRoot}, {"president", U::kNoun, "met", R::kNsubj},
        {"with", U::kAdp, "ministers", R::kCase}, {"ministers", U::kNoun, "met", R::kObl}}},
      {"en", "The house was burned by the crowd .",
       {{"burned", U::kVerb, "", R::kRoot}, {"house", U::kNoun, "burned", R::kNsubjPass},
        {"was", U::kAux, "burned", R::kAuxPass}, {"by", U::kAdp, "crowd", R::kCase},
        {"crowd", U::kNoun, "burned", R::kObl, kUniversalOnly}}},  // the model says obl, not obl:agent
      {"en", "The bridge was destroyed by soldiers .",
       {{"destroyed", U::kVerb, "", R::kRoot}, {"bridge", U::kNoun, "destroyed", R::kNsubjPass},
        {"soldiers", U::kNoun, "destroyed", R::kOblAgent}}},
  };
  for (const auto& c : cases) {
    auto model = load_model(c.language);
    const Analysis a = analyse(*model, c.sentence);
    for (const Arc& arc : c.arcs) {
      INFO(c.sentence << " / " << arc.dependent);
      const std::size_t d = a.index(arc.dependent);
      CHECK(upos_name(a.upos[d]) == upos_name(arc.upos));
      if (arc.rel == DepRel::kNone) continue;  // attachment ambiguous: tag only
      const std::uint16_t expected_head = *arc.head ? static_cast<std::uint16_t>(a.index(arc.head) + 1) : 0;
      CHECK(a.head[d] == expected_head);
      CHECK(deprel_name(arc.subtype ? a.rel[d] : base_relation(a.rel[d])) == deprel_name(arc.rel));
    }
  }
}

TEST_CASE("every analysis is one tree, also for empty and over-long input", "[syntax][model]") {
  auto model = load_model("en");
  const Analysis empty = analyse(*model, "");
  CHECK(empty.words.empty());
  std::string many;
  for (std::size_t i = 0; i < SyntaxModel::kMaxWords + 200; ++i) many += i % 7 == 6 ? ". " : "word ";
  const Analysis a = analyse(*model, many);
  std::size_t roots = 0;
  for (std::size_t i = 0; i < a.words.size(); ++i) {
    roots += a.head[i] == 0;
    const std::size_t chunk_start = i / SyntaxModel::kMaxWords * SyntaxModel::kMaxWords;
    if (a.head[i] != 0) {
      CHECK(a.head[i] - 1u >= chunk_start);  // heads stay inside the chunk
      CHECK(a.head[i] - 1u < std::min(chunk_start + SyntaxModel::kMaxWords, a.words.size()));
    }
  }
  CHECK(roots == 2);  // one per chunk
  std::vector<std::string_view> words = {"a", "b"};
  std::vector<UPos> upos(1);
  std::vector<std::uint16_t> head(2);
  std::vector<DepRel> rel(2);
  CHECK_THROWS_AS(model->analyse(words, upos, head, rel), std::invalid_argument);
}

TEST_CASE("analysis is deterministic across calls and threads", "[syntax][model]") {
  for (const char* language : {"id", "en"}) {
    auto model = load_model(language);
    const std::string sentence = language == std::string("id")
                                     ? "Kemarin pemerintah mengumumkan bahwa harga beras akan naik bulan depan ."
                                     : "Yesterday the government announced that rice prices would rise next month .";
    const Analysis first = analyse(*model, sentence);
    Analysis other;
    std::thread worker([&] { other = analyse(*model, sentence); });
    worker.join();
    const Analysis again = analyse(*model, sentence);
    CHECK(first.upos == other.upos);
    CHECK(first.head == other.head);
    CHECK(first.rel == other.rel);
    CHECK(first.head == again.head);
  }
}

TEST_CASE("training is deterministic and round-trips through the file format", "[syntax][train]") {
  auto sentences = read_conllu_file(kronik::test::test_data_dir() + "/syntax/mini.conllu");
  REQUIRE(sentences.ok());
  TrainConfig config = tiny_config();
  config.recipe_hash = 42;
  auto a = train_syntax_model(sentences.value(), config);
  auto b = train_syntax_model(sentences.value(), config);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value() == b.value());
  auto model = SyntaxModel::from_bytes(a.value(), "mini");
  REQUIRE(model.ok());
  CHECK(model.value()->info().language == "xx");
  CHECK(model.value()->info().recipe_hash == 42);
  const Scores s = evaluate(*model.value(), sentences.value());
  CHECK(s.words == 10);
  CHECK(s.upos > 0.5);
  CHECK(train_syntax_model({}, config).error().code == kronik::ErrorCode::kUsage);
}

TEST_CASE("feature sets and beam widths train deterministically, load and parse; others are usage errors",
          "[syntax][train][beam]") {
  auto sentences = read_conllu_file(kronik::test::test_data_dir() + "/syntax/mini.conllu");
  REQUIRE(sentences.ok());
  struct Row {
    std::uint32_t feature_set, beam_width;
    bool ok;
    std::uint8_t format_version;  ///< greedy models keep version 2
  };
  const Row rows[] = {{2, 1, true, 2}, {3, 1, true, 2}, {2, 2, true, 3}, {2, 8, true, 3}, {3, 4, true, 3},
                      {1, 1, false, 0}, {4, 1, false, 0}, {2, 0, false, 0}, {2, 65, false, 0}};
  for (const Row& r : rows) {
    INFO(r.feature_set << " beam " << r.beam_width);
    TrainConfig config = tiny_config();
    config.feature_set = r.feature_set;
    config.beam_width = r.beam_width;
    auto bytes = train_syntax_model(sentences.value(), config);
    REQUIRE(bytes.ok() == r.ok);
    if (!r.ok) {
      CHECK(bytes.error().code == kronik::ErrorCode::kUsage);
      continue;
    }
    CHECK(bytes.value() == train_syntax_model(sentences.value(), config).value());
    CHECK(static_cast<std::uint8_t>(bytes.value()[8]) == r.format_version);
    auto model = SyntaxModel::from_bytes(bytes.value(), "mini");
    REQUIRE(model.ok());
    CHECK(model.value()->info().feature_set == r.feature_set);
    CHECK(model.value()->info().beam_width == r.beam_width);
    const Scores s = evaluate(*model.value(), sentences.value());
    CHECK(s.words == 10);
    CHECK(s.uas >= 0.5);  // its own training sentences, after three epochs
  }
}

TEST_CASE("a beam model parses long sentences greedily and stays one tree", "[syntax][beam]") {
  auto sentences = read_conllu_file(kronik::test::test_data_dir() + "/syntax/mini.conllu");
  REQUIRE(sentences.ok());
  TrainConfig config = tiny_config();
  config.beam_width = 4;
  auto model = SyntaxModel::from_bytes(train_syntax_model(sentences.value(), config).value(), "mini");
  REQUIRE(model.ok());
  for (std::size_t length : {std::size_t{1}, std::size_t{7}, std::size_t{199}, std::size_t{200}, std::size_t{201}, std::size_t{450}}) {
    INFO(length);
    std::string text;
    for (std::size_t i = 0; i < length; ++i) text += i % 5 == 4 ? "today " : "rain ";
    const Analysis a = analyse(*model.value(), text);
    CHECK(std::count(a.head.begin(), a.head.end(), std::uint16_t{0}) == 1);
    CHECK(std::all_of(a.head.begin(), a.head.end(), [&](std::uint16_t h) { return h <= length; }));
    CHECK(analyse(*model.value(), text).head == a.head);
  }
}

/// Heads and labels of every word, one "head:rel" per word.
std::string tree_text(const Analysis& a) {
  std::string out;
  for (std::size_t i = 0; i < a.head.size(); ++i)
    out += std::to_string(a.head[i]) + ":" + std::string(deprel_name(a.rel[i])) + " ";
  return out;
}

// Pinned digests of beam training and decoding as they were before the decoder was made faster
// (src/syntax/src/beam.h): the same trained bytes and the same trees, ties included (a model of
// two sentences scores most actions alike, so the tie-breaking order decides many of them).
TEST_CASE("beam training and decoding of a small model give the pinned bytes and trees", "[syntax][beam]") {
  auto sentences = read_conllu_file(kronik::test::test_data_dir() + "/syntax/mini.conllu");
  REQUIRE(sentences.ok());
  struct Row {
    std::uint32_t feature_set, beam_width;
    std::uint64_t model_digest, trees_digest;
  };
  const Row rows[] = {{2, 3, 0x700fb1879d13f040, 0xa38f1f165cbd7a3f},
                      {3, 4, 0x455061786a2c882a, 0x9115e2fd3d783a61},
                      {2, 2, 0x8cdde8c3648f04ae, 0xcc90448b84650c56}};
  const char* const texts[] = {"Rain stopped work today .", "Menteri datang dengan mobil .",
                               "The little orange ferry stopped near the harbour today and rain came later .",
                               "Kapal kecil itu datang dengan lambat karena hujan turun sejak pagi ."};
  for (const Row& r : rows) {
    INFO("feature set " << r.feature_set << " beam " << r.beam_width);
    TrainConfig config = tiny_config();
    config.feature_set = r.feature_set;
    config.beam_width = r.beam_width;
    auto bytes = train_syntax_model(sentences.value(), config);
    REQUIRE(bytes.ok());
    auto model = SyntaxModel::from_bytes(bytes.value(), "mini");
    REQUIRE(model.ok());
    std::string trees;
    for (const char* text : texts) trees += tree_text(analyse(*model.value(), text)) + "\n";
    INFO(trees);
    CHECK(kronik::fnv1a64(bytes.value()) == r.model_digest);
    CHECK(kronik::fnv1a64(trees) == r.trees_digest);
  }
}

TEST_CASE("with a tuning set the parser keeps its best epoch, deterministically", "[syntax][train]") {
  auto sentences = read_conllu_file(kronik::test::test_data_dir() + "/syntax/mini.conllu");
  REQUIRE(sentences.ok());
  TrainConfig config = tiny_config();
  config.dev = &sentences.value();
  std::vector<std::string> lines;
  config.log = [&](std::string_view line) { lines.emplace_back(line); };
  auto a = train_syntax_model(sentences.value(), config);
  auto b = train_syntax_model(sentences.value(), config);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value() == b.value());
  const auto dev_lines = std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("dev after parser epoch"); });
  CHECK(dev_lines == 2 * config.parser_epochs);  // two trainings
  auto model = SyntaxModel::from_bytes(a.value(), "mini");
  REQUIRE(model.ok());
  // The kept epoch is the best on the tuning set, so at least as good as the last one.
  config.dev = nullptr;
  auto last = SyntaxModel::from_bytes(train_syntax_model(sentences.value(), config).value(), "mini-last");
  REQUIRE(last.ok());
  CHECK(evaluate(*model.value(), sentences.value()).las >= evaluate(*last.value(), sentences.value()).las);
}

TEST_CASE("lemmas of repeated words are the classifier's, whichever model asked before", "[syntax][lemma]") {
  // The per-thread memo of (word, UPOS) lemmas must never hand one model's lemma to another.
  auto lemmas = read_conllu_file(kronik::test::test_data_dir() + "/syntax/lemmas.conllu");
  REQUIRE(lemmas.ok());
  auto with = SyntaxModel::from_bytes(train_syntax_model(lemmas.value(), tiny_config()).value(), "with");
  REQUIRE(with.ok());
  const std::vector<std::string_view> words = {"Cows", "walked", "Cows", "walked"};
  const std::vector<UPos> upos = {UPos::kNoun, UPos::kVerb, UPos::kNoun, UPos::kVerb};
  std::vector<std::string> first(words.size()), again(words.size()), other(words.size());
  with.value()->lemmatise(words, upos, first);
  with.value()->lemmatise(words, upos, again);
  CHECK(first == again);
  CHECK(first[0] == first[2]);
  for (const char* language : {"id", "en"}) {
    INFO(language);
    auto shipped = load_model(language);
    shipped->lemmatise(words, upos, other);
    std::vector<std::string> fresh(words.size());
    std::thread worker([&] { shipped->lemmatise(words, upos, fresh); });  // a thread with an empty memo
    worker.join();
    CHECK(other == fresh);
  }
}

TEST_CASE("the lemmatiser learns edit rules that carry over to unseen words", "[syntax][lemma]") {
  auto sentences = read_conllu_file(kronik::test::test_data_dir() + "/syntax/lemmas.conllu");
  REQUIRE(sentences.ok());
  auto bytes = train_syntax_model(sentences.value(), tiny_config());
  REQUIRE(bytes.ok());
  auto model = SyntaxModel::from_bytes(bytes.value(), "lemmas");
  REQUIRE(model.ok());
  REQUIRE(model.value()->has_lemmas());
  struct Row {
    std::string word;
    UPos upos;
    std::string lemma;
  };
  const Row rows[] = {{"Cows", UPos::kNoun, "cow"},     {"walked", UPos::kVerb, "walk"},
                      {"ditulis", UPos::kVerb, "tulis"}, {"oleh", UPos::kAdp, "oleh"},
                      {"Warga", UPos::kNoun, "warga"}};
  std::vector<std::string_view> words;
  std::vector<UPos> upos;
  for (const Row& r : rows) {
    words.push_back(r.word);
    upos.push_back(r.upos);
  }
  std::vector<std::string> lemma(words.size());
  model.value()->lemmatise(words, upos, lemma);
  for (std::size_t i = 0; i < words.size(); ++i) {
    INFO(rows[i].word);
    CHECK(lemma[i] == rows[i].lemma);
  }
  const Scores s = evaluate(*model.value(), sentences.value());
  CHECK(s.lemma_words == 24);
  CHECK(s.lemma > 0.9);
}

TEST_CASE("a model trained without lemmas gives the words back", "[syntax][lemma]") {
  auto sentences = read_conllu("1\tHujan\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tturun\t_\tVERB\t_\t_\t0\troot\t_\t_\n", "x");
  REQUIRE(sentences.ok());
  auto model = SyntaxModel::from_bytes(train_syntax_model(sentences.value(), tiny_config()).value(), "x");
  REQUIRE(model.ok());
  CHECK_FALSE(model.value()->has_lemmas());
  const std::vector<std::string_view> words = {"Hujan", "turun"};
  std::vector<UPos> upos(2);
  std::vector<std::uint16_t> head(2);
  std::vector<DepRel> rel(2);
  std::vector<std::string> lemma(2);
  model.value()->analyse(words, upos, head, rel, lemma);
  CHECK(lemma == std::vector<std::string>{"Hujan", "turun"});
  CHECK(evaluate(*model.value(), sentences.value()).lemma_words == 0);
}

TEST_CASE("given tags are kept, read by the words after them and by the parser", "[syntax][model]") {
  auto model = load_model("en");
  const std::vector<std::string_view> words = {"The", "64-year-old", "appeared", "calm", "."};
  std::vector<UPos> given(words.size(), kFreeTag), upos(words.size());
  std::vector<std::uint16_t> head(words.size());
  std::vector<DepRel> rel(words.size());
  std::vector<std::string> lemma(words.size());
  given[1] = UPos::kNoun;
  model->analyse(words, given, upos, head, rel, lemma);
  CHECK(upos[1] == UPos::kNoun);
  CHECK(upos[2] == UPos::kVerb);
  CHECK(rel[1] == DepRel::kNsubj);
  CHECK(head[1] == 3);
  CHECK(rel[2] == DepRel::kRoot);
  // no tag given: the same as analyse() without them
  std::vector<UPos> none(words.size(), kFreeTag), upos2(words.size());
  std::vector<std::uint16_t> head2(words.size()), head3(words.size());
  std::vector<DepRel> rel2(words.size()), rel3(words.size());
  std::vector<UPos> upos3(words.size());
  model->analyse(words, none, upos2, head2, rel2, lemma);
  model->analyse(words, upos3, head3, rel3);
  CHECK(upos2 == upos3);
  CHECK(head2 == head3);
  CHECK(rel2 == rel3);
}
