// kronik_bench_syntax: speed of the linguistic layer on real-looking text, one core.
//
//   kronik_bench_syntax --corpus FILE [--repeat K] [--limit N] [--data-dir DIR]
//
// Reads the corpus (any kronik input; bench/gen_realistic.py makes an archive-like JSONL),
// cleans and splits every document and builds its TokenStream once, untimed. Then, K times,
// it times on the calling thread: (1) building the token streams again (the cost every stage
// already pays), (2) the syntax stage alone (clitic splitting, tagging and parsing:
// SyntaxAnnotator::annotate), (3) the name tagger with its gazetteer hints (NameTagger::tag),
// in thread CPU time. It reports the best pass as tokens/s and words/s and the
// articles/s the syntax stage alone would allow. Issue 10 asks for >= 100,000 tokens/s for
// tagging, parsing and name tagging together on one core.
//
// This is a program, not a test: it prints and exits.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/entities/name_tagger.h"
#include "kronik/extract/pipeline.h"
#include "kronik/extract/syntax/annotate.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/extract/text/token_stream.h"

namespace {

// Thread CPU time: on a shared machine wall time measures the neighbours too.
double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Options {
  std::string corpus;
  std::string data_dir;
  unsigned repeat = 3;
  std::size_t limit = 0;
};

bool parse_args(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    if (a == "--corpus" && v) o.corpus = argv[++i];
    else if (a == "--data-dir" && v) o.data_dir = argv[++i];
    else if (a == "--repeat" && v) o.repeat = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    else if (a == "--limit" && v) o.limit = static_cast<std::size_t>(std::atoll(argv[++i]));
    else return false;
  }
  return !o.corpus.empty();
}

std::vector<std::unique_ptr<kronik::ParsedDocument>> read_corpus(const Options& o, const kronik::Extractor& ex) {
  std::vector<std::unique_ptr<kronik::ParsedDocument>> docs;
  kronik::IngestConfig icfg;
  for (const auto& src : kronik::list_inputs({o.corpus}, nullptr)) {
    kronik::read_source(src, icfg, [&](kronik::Result<kronik::RawDocument> r) {
      if (r && (o.limit == 0 || docs.size() < o.limit)) docs.push_back(ex.parse(std::move(r).value()));
    });
  }
  return docs;
}

double seconds_since(double t0) { return thread_seconds() - t0; }

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!parse_args(argc, argv, o)) {
    std::fputs("usage: kronik_bench_syntax --corpus FILE [--repeat K] [--limit N] [--data-dir DIR]\n", stderr);
    return 2;
  }
  kronik::ExtractConfig cfg;
  cfg.data_dir = o.data_dir;
  auto ex = kronik::Extractor::create(cfg);
  if (!ex) {
    std::fprintf(stderr, "kronik_bench_syntax: %s\n", ex.error().to_string().c_str());
    return 4;
  }
  auto gz = kronik::Gazetteer::load(ex.value()->config().data_dir, {});
  if (!gz) return 4;
  auto docs = read_corpus(o, *ex.value());
  std::size_t tokens = 0, words = 0, bytes = 0;
  for (const auto& d : docs) {
    bytes += d->raw.text.size();
    for (const auto& st : d->tokens.sentences) {
      tokens += st.size();
      words += st.syntax.words.size();
    }
  }
  double best_tokens = 1e300, best_syntax = 1e300, best_names = 1e300;
  for (unsigned pass = 0; pass < o.repeat; ++pass) {
    double t0 = thread_seconds();
    for (auto& d : docs) d->tokens = kronik::TokenStream::build(d->raw.text, d->sentences, *gz.value(), d->language);
    best_tokens = std::min(best_tokens, seconds_since(t0));
    t0 = thread_seconds();
    for (auto& d : docs) ex.value()->syntax().annotate(d->raw.text, d->tokens);
    best_syntax = std::min(best_syntax, seconds_since(t0));
    t0 = thread_seconds();
    for (auto& d : docs) ex.value()->names().tag(d->tokens);
    best_names = std::min(best_names, seconds_since(t0));
  }
  std::printf("documents %zu, %.1f MB, %zu tokens, %zu syntactic words; best of %u passes, one thread, thread CPU time\n", docs.size(),
              static_cast<double>(bytes) / 1e6, tokens, words, o.repeat);
  std::printf("%-28s %10s %12s %12s\n", "stage", "seconds", "tokens/s", "articles/s");
  std::printf("%-28s %10.3f %12.0f %12.0f\n", "token stream", best_tokens, static_cast<double>(tokens) / best_tokens,
              static_cast<double>(docs.size()) / best_tokens);
  std::printf("%-28s %10.3f %12.0f %12.0f\n", "syntax (clitics, tag, parse)", best_syntax,
              static_cast<double>(tokens) / best_syntax, static_cast<double>(docs.size()) / best_syntax);
  std::printf("%-28s %10.3f %12.0f %12.0f\n", "names (hints, tagger)", best_names,
              static_cast<double>(tokens) / best_names, static_cast<double>(docs.size()) / best_names);
  const double together = best_syntax + best_names;
  std::printf("%-28s %10.3f %12.0f %12.0f\n", "syntax + names", together, static_cast<double>(tokens) / together,
              static_cast<double>(docs.size()) / together);
  return 0;
}
