// names_train: trains a kronik name model from NER corpora and scores it on held-out files.
//
//   names_train --language id --out data/models/names-id.bin --recipe tools/names/train.sh --data data
//               --train grit:train.txt --train nerp:train.txt --eval grit:test.txt --eval nerp:test.txt
//   names_train --language id --model data/models/names-id.bin --data data --eval grit:test.txt
//
// A corpus argument is FORMAT:PATH. Formats: grit (IndoNLU NER-Grit: PERSON, PLACE,
// ORGANISATION), nerp (IndoNLU NER-P, lower-cased: PPL, PLC, IND; EVT and FNB are read as O),
// gum (GUM CoNLL-U entities, see kronik/names/corpus.h). Hints come from --data (kronik's
// gazetteer and titles, tools/names/hints.h). --recipe names a text file whose FNV-1a hash goes
// into the model header. Scores (conlleval: exact span and type) and tokens/s are printed on
// stdout; --no-gazetteer-eval also scores with the gazetteer bits removed. Not run by ctest.
#include <time.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "hints.h"
#include "kronik/core/text.h"
#include "kronik/names/corpus.h"
#include "kronik/names/model.h"
#include "kronik/names/train.h"

namespace {

using namespace kronik::names;

struct Options {
  std::string language, out, recipe, model, data = "data";
  std::vector<std::string> train, eval;
  NameTrainConfig config;
  int speed_rounds = 3;
  bool no_gazetteer_eval = false;
};

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "names_train: " << why << "\n"
            << "usage: names_train --language L --out FILE --recipe FILE [--data DIR] --train FMT:PATH... [--eval FMT:PATH...]\n"
            << "                   [--epochs N] [--buckets LOG2] [--prune X] [--dropout P] [--seed N]\n"
            << "       names_train --language L --model FILE [--data DIR] --eval FMT:PATH... [--speed-rounds N]\n";
  std::exit(2);
}

Options parse_args(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--no-gazetteer-eval") { o.no_gazetteer_eval = true; continue; }
    if (i + 1 >= argc) usage("missing value after " + a);
    const std::string v = argv[++i];
    if (a == "--language") o.language = v;
    else if (a == "--out") o.out = v;
    else if (a == "--recipe") o.recipe = v;
    else if (a == "--model") o.model = v;
    else if (a == "--data") o.data = v;
    else if (a == "--train") o.train.push_back(v);
    else if (a == "--eval") o.eval.push_back(v);
    else if (a == "--epochs") o.config.epochs = std::stoi(v);
    else if (a == "--buckets") o.config.log2_buckets = static_cast<std::uint32_t>(std::stoul(v));
    else if (a == "--prune") o.config.prune = std::stof(v);
    else if (a == "--dropout") o.config.gazetteer_dropout = std::stod(v);
    else if (a == "--seed") o.config.seed = std::stoull(v);
    else if (a == "--speed-rounds") o.speed_rounds = std::stoi(v);
    else usage("unknown option " + a);
  }
  if (o.language.empty()) usage("--language is required");
  return o;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) usage("cannot read " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

template <class T>
T or_die(kronik::Result<T> r) {
  if (!r) {
    std::cerr << "names_train: " << r.error().to_string() << "\n";
    std::exit(1);
  }
  return std::move(r).value();
}

/// Reads FORMAT:PATH and adds hints.
std::vector<NamedSentence> read_corpus(const std::string& arg, const tools::HintSource& hints) {
  const std::size_t colon = arg.find(':');
  if (colon == std::string::npos) usage("corpus argument without FORMAT: " + arg);
  const std::string format = arg.substr(0, colon), path = arg.substr(colon + 1);
  const std::string text = read_file(path);
  std::vector<NamedSentence> out;
  bool cased = true;
  if (format == "grit") {
    out = or_die(read_bio_columns(text, path, {{"PERSON", NameType::kPer}, {"PLACE", NameType::kLoc}, {"ORGANISATION", NameType::kOrg}}));
  } else if (format == "nerp") {
    out = or_die(read_bio_columns(text, path, {{"PPL", NameType::kPer}, {"PLC", NameType::kLoc}, {"IND", NameType::kOrg},
                                               {"EVT", std::nullopt}, {"FNB", std::nullopt}}));
    cased = false;
  } else if (format == "gum") {
    out = or_die(read_gum_entities(text, path));
  } else {
    usage("unknown corpus format " + format);
  }
  for (NamedSentence& s : out) hints.annotate(s, cased);
  return out;
}

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Tokens per second of tag() alone, best of `rounds` passes (thread CPU time).
double speed(const NameModel& model, const std::vector<NamedSentence>& data, int rounds) {
  std::vector<std::vector<std::string_view>> words;
  std::size_t tokens = 0;
  for (const auto& s : data) {
    words.emplace_back(s.words.begin(), s.words.end());
    tokens += s.words.size();
  }
  std::vector<NameTag> tags;
  double best = 1e30;
  for (int r = 0; r < rounds; ++r) {
    const double t0 = thread_seconds();
    for (std::size_t i = 0; i < data.size(); ++i) {
      tags.resize(words[i].size());
      model.tag(words[i], data[i].hints, tags);
    }
    best = std::min(best, thread_seconds() - t0);
  }
  return static_cast<double>(tokens) / std::max(best, 1e-9);
}

void print_counts(const std::string& label, const SpanCounts& c) {
  std::printf("  %-8s gold %6zu  pred %6zu  P %6.2f  R %6.2f  F1 %6.2f\n", label.c_str(), c.gold, c.predicted,
              100 * c.precision(), 100 * c.recall(), 100 * c.f1());
}

void report(const std::string& name, const NameModel& model, std::vector<NamedSentence>& data, const Options& o) {
  const NameScores s = evaluate(model, data);
  std::printf("%s: %zu sentences, %zu words\n", name.c_str(), data.size(), s.words);
  print_counts("overall", s.overall);
  for (int t = 0; t < kNameTypeCount; ++t)
    if (s.by_type[static_cast<std::size_t>(t)].gold || s.by_type[static_cast<std::size_t>(t)].predicted)
      print_counts(std::string(type_name(static_cast<NameType>(t))), s.by_type[static_cast<std::size_t>(t)]);
  if (o.no_gazetteer_eval) {
    for (auto& sentence : data)
      for (auto& h : sentence.hints) h.gazetteer = 0;
    print_counts("no-gaz", evaluate(model, data).overall);
  }
  std::printf("  speed    %.0f tokens/s (one thread, tag() only, best of %d)\n", speed(model, data, o.speed_rounds), o.speed_rounds);
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_args(argc, argv);
  const tools::HintSource hints = or_die(tools::HintSource::load(o.data, o.language));
  std::cout << "hints: " << hints.aliases() << " gazetteer aliases\n";
  std::shared_ptr<const NameModel> model;
  if (!o.model.empty()) {
    model = or_die(NameModel::load(o.model));
  } else {
    if (o.out.empty() || o.recipe.empty() || o.train.empty()) usage("--out, --recipe and --train are required to train");
    std::vector<NamedSentence> train;
    for (const auto& arg : o.train) {
      auto part = read_corpus(arg, hints);
      std::cout << "train " << arg << ": " << part.size() << " sentences\n";
      train.insert(train.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    o.config.language = o.language;
    o.config.recipe_hash = kronik::fnv1a64(read_file(o.recipe));
    o.config.log = [](std::string_view line) { std::cout << line << std::endl; };
    const std::string bytes = or_die(train_name_model(train, o.config));
    std::ofstream(o.out, std::ios::binary) << bytes;
    model = or_die(NameModel::from_bytes(bytes, o.out));
    std::cout << "wrote " << o.out << ": " << bytes.size() << " bytes, " << model->info().weights << " weights\n";
  }
  for (const auto& arg : o.eval) {
    auto data = read_corpus(arg, hints);
    report(arg, *model, data, o);
  }
  return 0;
}
