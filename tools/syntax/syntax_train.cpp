// syntax_train: trains a kronik syntax model from CoNLL-U files and scores it on held-out files.
//
//   syntax_train --language id --out data/models/syntax-id.bin --recipe recipe.txt
//                --train a.conllu --train b.conllu --eval heldout.conllu
//   syntax_train --model data/models/syntax-id.bin --eval heldout.conllu [--speed-rounds 3]
//
// --recipe names a text file (the recipe: repositories, commits, files, settings) whose FNV-1a
// hash goes into the model header. Scores and tokens/s are printed on stdout. Not run by ctest.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "kronik/core/text.h"
#include "kronik/syntax/conllu.h"
#include "kronik/syntax/model.h"
#include "kronik/syntax/train.h"

namespace {

using namespace kronik::syntax;

struct Options {
  std::string language, out, recipe, model;
  std::vector<std::string> train, eval, dev;
  TrainConfig config;
  int speed_rounds = 3;
  std::string predictions;
  float reprune = 0;        ///< --reprune X with --model: score the model pruned at X instead  ///< --predictions FILE: the held-out words with predicted columns
};

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "syntax_train: " << why << "\n"
            << "usage: syntax_train --language L --out FILE --recipe FILE --train F... [--eval F...]\n"
            << "                    [--tagger-epochs N] [--parser-epochs N] [--lemma-epochs N] [--folds N] [--prune X] [--seed N]\n"
            << "                    [--tagger-buckets B] [--parser-buckets B] [--lemma-buckets B]   (log2 of the hash table sizes)\n"
            << "                    [--feature-set 2|3] [--beam K] [--dev F...]   (--dev: keep the parser epoch with the best LAS on F)\n"
            << "       syntax_train --model FILE --eval F... [--speed-rounds N]\n";
  std::exit(2);
}

Options parse_args(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (i + 1 >= argc) usage("missing value after " + a);
    const std::string v = argv[++i];
    if (a == "--language") o.language = v;
    else if (a == "--out") o.out = v;
    else if (a == "--recipe") o.recipe = v;
    else if (a == "--model") o.model = v;
    else if (a == "--train") o.train.push_back(v);
    else if (a == "--eval") o.eval.push_back(v);
    else if (a == "--dev") o.dev.push_back(v);
    else if (a == "--feature-set") o.config.feature_set = static_cast<std::uint32_t>(std::stoul(v));
    else if (a == "--beam") o.config.beam_width = static_cast<std::uint32_t>(std::stoul(v));
    else if (a == "--tagger-epochs") o.config.tagger_epochs = std::stoi(v);
    else if (a == "--parser-epochs") o.config.parser_epochs = std::stoi(v);
    else if (a == "--folds") o.config.jackknife_folds = std::stoi(v);
    else if (a == "--prune") o.config.prune = std::stof(v);
    else if (a == "--lemma-epochs") o.config.lemma_epochs = std::stoi(v);
    else if (a == "--seed") o.config.seed = std::stoull(v);
    else if (a == "--parser-buckets") o.config.parser_log2_buckets = static_cast<std::uint32_t>(std::stoul(v));
    else if (a == "--tagger-buckets") o.config.tagger_log2_buckets = static_cast<std::uint32_t>(std::stoul(v));
    else if (a == "--lemma-buckets") o.config.lemma_log2_buckets = static_cast<std::uint32_t>(std::stoul(v));
    else if (a == "--speed-rounds") o.speed_rounds = std::stoi(v);
    else if (a == "--predictions") o.predictions = v;
    else if (a == "--reprune") o.reprune = std::stof(v);
    else usage("unknown option " + a);
  }
  return o;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) usage("cannot read " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<Sentence> read_all(const std::vector<std::string>& paths) {
  std::vector<Sentence> out;
  for (const auto& path : paths) {
    auto r = read_conllu_file(path);
    if (!r) {
      std::cerr << "syntax_train: " << r.error().to_string() << "\n";
      std::exit(1);
    }
    for (auto& s : r.value()) out.push_back(std::move(s));
  }
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// CPU time of this thread: tokens per second *per core*, whatever else the machine runs.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

/// Best of `rounds` timed passes over the held-out words (tagging + parsing, one thread).
double tokens_per_second(const SyntaxModel& model, const std::vector<Sentence>& sentences, int rounds) {
  std::vector<std::vector<std::string_view>> words;
  std::size_t total = 0;
  for (const auto& s : sentences) {
    words.emplace_back();
    for (const auto& w : s.words) words.back().push_back(w.form);
    total += s.words.size();
  }
  std::vector<UPos> upos(SyntaxModel::kMaxWords * 4);
  std::vector<std::uint16_t> head(upos.size());
  std::vector<DepRel> rel(upos.size());
  double best = 0;
  for (int r = 0; r < rounds; ++r) {
    const double t0 = thread_cpu_seconds();
    for (const auto& w : words) model.analyse(w, upos, head, rel);
    best = std::max(best, static_cast<double>(total) / (thread_cpu_seconds() - t0));
  }
  return best;
}

/// CoNLL-U of the predicted analysis (ID FORM _ UPOS _ _ HEAD DEPREL _ gold:UPOS|HEAD|DEPREL), for error analysis.
void write_predictions(const SyntaxModel& model, const std::vector<Sentence>& sentences, const std::string& path) {
  std::ofstream out(path);
  for (const auto& s : sentences) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    std::vector<UPos> upos(words.size());
    std::vector<std::uint16_t> head(words.size());
    std::vector<DepRel> rel(words.size());
    model.analyse(words, upos, head, rel);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& g = s.words[i];
      out << i + 1 << '\t' << g.form << "\t_\t" << upos_name(upos[i]) << "\t_\t_\t" << head[i] << '\t' << deprel_name(rel[i])
          << "\t_\tgold=" << upos_name(g.upos) << '|' << g.head << '|' << deprel_name(g.rel) << '\n';
    }
    out << '\n';
  }
}

void report(const SyntaxModel& model, const std::vector<std::string>& eval_paths, int speed_rounds,
            const std::string& predictions) {
  if (eval_paths.empty()) return;
  const auto heldout = read_all(eval_paths);
  if (!predictions.empty()) write_predictions(model, heldout, predictions);
  const Scores s = evaluate(model, heldout);
  std::printf("heldout %s: words %zu  UPOS %.2f  UAS %.2f  LAS %.2f  LAS(universal) %.2f  lemma %.2f (%zu words)\n",
              model.info().language.c_str(), s.words, 100 * s.upos, 100 * s.uas, 100 * s.las, 100 * s.las_base,
              100 * s.lemma, s.lemma_words);
  if (speed_rounds > 0)
    std::printf("speed %s: %.0f tokens/s per core (tag+parse, thread CPU time)\n", model.info().language.c_str(),
                tokens_per_second(model, heldout, speed_rounds));
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_args(argc, argv);
  if (!o.model.empty()) {
    auto m = o.reprune > 0 ? SyntaxModel::from_bytes(prune_model(read_file(o.model), o.reprune).value(), o.model)
                           : SyntaxModel::load(o.model);
    if (m && o.reprune > 0) std::printf("repruned at %g: %zu weights\n", o.reprune, m.value()->info().weights);
    if (!m) { std::cerr << "syntax_train: " << m.error().to_string() << "\n"; return 1; }
    report(*m.value(), o.eval, o.speed_rounds, o.predictions);
    return 0;
  }
  if (o.language.empty() || o.out.empty() || o.recipe.empty() || o.train.empty()) usage("missing --language, --out, --recipe or --train");
  const auto train = read_all(o.train);
  std::size_t words = 0;
  for (const auto& s : train) words += s.words.size();
  std::printf("train %s: %zu sentences, %zu words\n", o.language.c_str(), train.size(), words);
  o.config.language = o.language;
  o.config.recipe_hash = kronik::fnv1a64(read_file(o.recipe));
  o.config.log = [t0 = std::chrono::steady_clock::now()](std::string_view line) {
    std::printf("[%6.1fs] %.*s\n", seconds_since(t0), static_cast<int>(line.size()), line.data());
    std::fflush(stdout);
  };
  const auto dev = read_all(o.dev);
  if (!dev.empty()) o.config.dev = &dev;
  const auto t0 = std::chrono::steady_clock::now();
  auto bytes = train_syntax_model(train, o.config);
  if (!bytes) { std::cerr << "syntax_train: " << bytes.error().to_string() << "\n"; return 1; }
  std::printf("trained in %.1f s; model %zu bytes\n", seconds_since(t0), bytes.value().size());
  {
    std::ofstream out(o.out, std::ios::binary | std::ios::trunc);
    out.write(bytes.value().data(), static_cast<std::streamsize>(bytes.value().size()));
    if (!out) { std::cerr << "syntax_train: cannot write " << o.out << "\n"; return 1; }
  }
  auto model = SyntaxModel::from_bytes(bytes.value(), o.out);
  if (!model) { std::cerr << "syntax_train: " << model.error().to_string() << "\n"; return 1; }
  report(*model.value(), o.eval, o.speed_rounds, o.predictions);
  return 0;
}
