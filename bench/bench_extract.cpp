// kronik_bench: extraction throughput (articles/s, sentences/s, MB/s).
//
//   kronik_bench --corpus FILE [--threads N] [--repeat K] [--limit N] [--data-dir DIR] [--merge]
//
// Reads the corpus once through the ingest API (list_inputs / read_source, timed separately),
// then runs Extractor::analyze on every document K times and reports the best and the median
// pass. With --threads 1 (the default) every document is analysed on the calling thread, so the
// numbers are single-core throughput; with N > 1, N worker threads pull documents from a shared
// counter (analyze() is const and thread-safe by contract). --merge then times the graph
// module's cross-document merge (KnowledgeGraph::add + build) of the last pass's analyses.
//
// analyze() takes its RawDocument by value, so each pass works on copies made *before* the
// clock starts: the copy cost is not part of the measurement.
//
// This is a program, not a test: it prints and exits, which library code never does.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/extract/pipeline.h"
#include "kronik/graph/graph.h"
#include "kronik/graph/timeline.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string corpus;
  std::string data_dir;
  unsigned threads = 1;
  unsigned repeat = 3;
  std::size_t limit = 0;  // 0 = every document
  bool merge = false;
};

void usage(std::FILE* out) {
  std::fputs(
      "usage: kronik_bench --corpus FILE [--threads N] [--repeat K] [--limit N]\n"
      "                    [--data-dir DIR] [--merge]\n"
      "  --corpus FILE    corpus to read (JSONL from bench/gen_corpus.py, or any kronik input:\n"
      "                   file or directory)\n"
      "  --threads N      analysis threads (default 1: single-core throughput)\n"
      "  --repeat K       timed passes over the corpus; best and median are reported (default 3)\n"
      "  --limit N        analyse only the first N documents\n"
      "  --data-dir DIR   kronik data folder (default: $KRONIK_DATA_DIR, then the source tree)\n"
      "  --merge          also time the cross-document graph merge (KnowledgeGraph add + build)\n",
      out);
}

bool parse_unsigned(std::string_view s, unsigned long long& out) {
  if (s.empty()) return false;
  unsigned long long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned long long>(c - '0');
    if (v > 1000000000ULL) return false;
  }
  out = v;
  return true;
}

// Returns 0 on success, 1 on a usage error, 2 for --help.
int parse_args(int argc, char** argv, Options& opt) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&](std::string_view name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "kronik_bench: %.*s needs a value\n", static_cast<int>(name.size()), name.data());
        return nullptr;
      }
      return argv[++i];
    };
    unsigned long long n = 0;
    if (a == "-h" || a == "--help") return 2;
    if (a == "--corpus") {
      const char* v = value(a);
      if (!v) return 1;
      opt.corpus = v;
    } else if (a == "--data-dir") {
      const char* v = value(a);
      if (!v) return 1;
      opt.data_dir = v;
    } else if (a == "--threads" || a == "--repeat" || a == "--limit") {
      const char* v = value(a);
      if (!v) return 1;
      if (!parse_unsigned(v, n) || (n == 0 && a != "--limit") || (a == "--threads" && n > 256)) {
        std::fprintf(stderr, "kronik_bench: bad value for %s: %s\n", argv[i - 1], v);
        return 1;
      }
      if (a == "--threads") opt.threads = static_cast<unsigned>(n);
      else if (a == "--repeat") opt.repeat = static_cast<unsigned>(n);
      else opt.limit = static_cast<std::size_t>(n);
    } else if (a == "--merge") {
      opt.merge = true;
    } else {
      std::fprintf(stderr, "kronik_bench: unknown argument: %s\n", argv[i]);
      return 1;
    }
  }
  if (opt.corpus.empty()) {
    std::fputs("kronik_bench: --corpus is required\n", stderr);
    return 1;
  }
  return 0;
}

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// What one pass found; identical across passes when extraction is deterministic.
struct Counts {
  std::uint64_t documents = 0, bytes = 0, sentences = 0, events = 0, entities = 0, mentions = 0,
                times = 0, warnings = 0;
  friend bool operator==(const Counts&, const Counts&) = default;
};

void add(Counts& c, const kronik::DocumentAnalysis& a) {
  c.documents += 1;
  c.bytes += a.raw.text.size();
  c.sentences += a.sentences.size();
  c.events += a.events.size();
  c.entities += a.entities.size();
  c.mentions += a.mentions.size();
  c.times += a.times.size();
  c.warnings += a.warnings.size();
}

struct Pass {
  double seconds = 0.0;
  Counts counts;
  std::vector<kronik::DocumentAnalysis> analyses;  // kept only when --merge needs them
};

Pass run_pass(const kronik::Extractor& ex, const std::vector<kronik::RawDocument>& docs,
              unsigned threads, bool keep) {
  // Copies outside the timed region: analyze() consumes its argument.
  std::vector<kronik::RawDocument> work(docs);
  std::vector<Counts> partial(threads);
  Pass pass;
  if (keep) pass.analyses.resize(work.size());

  const auto t0 = Clock::now();
  if (threads == 1) {
    for (std::size_t i = 0; i < work.size(); ++i) {
      kronik::DocumentAnalysis a = ex.analyze(std::move(work[i]));
      add(partial[0], a);
      if (keep) pass.analyses[i] = std::move(a);
    }
  } else {
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (std::size_t i = next.fetch_add(1); i < work.size(); i = next.fetch_add(1)) {
          kronik::DocumentAnalysis a = ex.analyze(std::move(work[i]));
          add(partial[t], a);
          if (keep) pass.analyses[i] = std::move(a);
        }
      });
    }
    for (auto& th : pool) th.join();
  }
  pass.seconds = seconds_since(t0);

  for (const Counts& c : partial) {
    pass.counts.documents += c.documents;
    pass.counts.bytes += c.bytes;
    pass.counts.sentences += c.sentences;
    pass.counts.events += c.events;
    pass.counts.entities += c.entities;
    pass.counts.mentions += c.mentions;
    pass.counts.times += c.times;
    pass.counts.warnings += c.warnings;
  }
  return pass;
}

void print_rates(const char* label, double secs, const Counts& c) {
  const double s = secs > 0.0 ? secs : 1e-9;
  std::printf("%-8s %9.3f s  %10.1f articles/s  %11.1f sentences/s  %8.2f MB/s\n", label, secs,
              static_cast<double>(c.documents) / s, static_cast<double>(c.sentences) / s,
              static_cast<double>(c.bytes) / 1e6 / s);
}

int run(const Options& opt) {
  // 1. Load lexicons and gazetteers once (not part of the throughput figures).
  kronik::ExtractConfig cfg;
  cfg.data_dir = opt.data_dir;
  auto t0 = Clock::now();
  auto created = kronik::Extractor::create(cfg);
  if (!created) {
    std::fprintf(stderr, "kronik_bench: cannot create the extractor: %s\n",
                 created.error().to_string().c_str());
    return 1;
  }
  const double load_s = seconds_since(t0);
  std::shared_ptr<const kronik::Extractor> ex = std::move(created).value();

  // 2. Ingest the corpus into memory through the public ingest API.
  std::vector<kronik::Error> problems;
  std::vector<kronik::RawDocument> docs;
  std::map<std::string, std::uint64_t> skipped;
  std::uint64_t ingest_bytes = 0;
  t0 = Clock::now();
  const auto sources = kronik::list_inputs({opt.corpus}, &problems);
  kronik::IngestConfig icfg;
  for (const auto& src : sources) {
    kronik::read_source(src, icfg, [&](kronik::Result<kronik::RawDocument> r) {
      if (!r) {
        ++skipped[kronik::error_code_name(r.error().code)];
        return;
      }
      if (opt.limit != 0 && docs.size() >= opt.limit) return;
      ingest_bytes += r.value().text.size();
      docs.push_back(std::move(r).value());
    });
  }
  const double ingest_s = seconds_since(t0);
  for (const auto& p : problems) std::fprintf(stderr, "kronik_bench: %s\n", p.to_string().c_str());
  if (docs.empty()) {
    std::fprintf(stderr, "kronik_bench: no documents read from %s\n", opt.corpus.c_str());
    return 1;
  }

  std::printf("corpus   %s\n", opt.corpus.c_str());
  std::printf("docs     %zu read", docs.size());
  for (const auto& [why, n] : skipped) std::printf(", %llu skipped (%s)", static_cast<unsigned long long>(n), why.c_str());
  std::printf("\nbytes    %llu (%.2f MB of article text)\n", static_cast<unsigned long long>(ingest_bytes),
              static_cast<double>(ingest_bytes) / 1e6);
  std::printf("threads  %u   repeat %u   hardware threads %u\n", opt.threads, opt.repeat,
              std::thread::hardware_concurrency());
  std::printf("load     %9.3f s  (Extractor::create: lexicons and gazetteers)\n", load_s);
  std::printf("ingest   %9.3f s  %10.1f articles/s  %8.2f MB/s  (list_inputs + read_source)\n", ingest_s,
              static_cast<double>(docs.size()) / std::max(ingest_s, 1e-9),
              static_cast<double>(ingest_bytes) / 1e6 / std::max(ingest_s, 1e-9));

  // 3. Warm-up pass (page cache, allocator, ICU and lexicon caches), then K timed passes.
  const bool keep = opt.merge;
  Pass warm = run_pass(*ex, docs, opt.threads, false);
  std::vector<double> times;
  Pass last;
  bool deterministic = true;
  for (unsigned k = 0; k < opt.repeat; ++k) {
    Pass p = run_pass(*ex, docs, opt.threads, keep && k + 1 == opt.repeat);
    if (!(p.counts == warm.counts)) deterministic = false;
    times.push_back(p.seconds);
    last = std::move(p);
  }
  // Best and median of the timed passes (repeat >= 1 is checked when parsing).
  double best = 0.0, median = 0.0;
  for (std::size_t k = 0; k < times.size(); ++k) {
    if (k == 0 || times[k] < best) best = times[k];
    // The median is the pass with as many faster passes as the middle rank.
    std::size_t faster = 0;
    for (double t : times) faster += (t < times[k]) ? 1 : 0;
    if (faster <= times.size() / 2) median = std::max(median, times[k]);
  }
  std::printf("\nanalyze (Extractor::analyze, %u pass%s after one warm-up)\n", opt.repeat,
              opt.repeat == 1 ? "" : "es");
  print_rates("best", best, last.counts);
  print_rates("median", median, last.counts);

  const Counts& c = last.counts;
  std::printf("\nfound    %llu sentences, %llu events, %llu entities (per-document records), "
              "%llu mentions, %llu time expressions, %llu warnings\n",
              static_cast<unsigned long long>(c.sentences), static_cast<unsigned long long>(c.events),
              static_cast<unsigned long long>(c.entities), static_cast<unsigned long long>(c.mentions),
              static_cast<unsigned long long>(c.times), static_cast<unsigned long long>(c.warnings));
  if (!deterministic)
    std::printf("NOTE     counts differed between passes: extraction is not deterministic\n");

  // 4. Cross-document merge of the last pass's analyses: KnowledgeGraph::add for every
  // document, then build(). Timed once (add() consumes the analyses).
  if (opt.merge) {
    const std::size_t n = last.analyses.size();
    t0 = Clock::now();
    kronik::KnowledgeGraph graph;
    for (auto& a : last.analyses) graph.add(std::move(a));
    const double add_s = seconds_since(t0);
    const auto t1 = Clock::now();
    const kronik::Timeline timeline = graph.build(kronik::MergeConfig{});
    const double build_s = seconds_since(t1);
    const double total = add_s + build_s;
    std::printf("\nmerge    %9.3f s  %10.1f articles/s  (add %.3f s, build %.3f s)\n", total,
                static_cast<double>(n) / std::max(total, 1e-9), add_s, build_s);
    std::printf("merged   %zu documents, %zu entities, %zu events, %zu relations, %zu warnings\n",
                timeline.documents.size(), timeline.entities.size(), timeline.events.size(),
                timeline.relations.size(), timeline.warnings.size());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  const int rc = parse_args(argc, argv, opt);
  if (rc == 2) {
    usage(stdout);
    return 0;
  }
  if (rc != 0) {
    usage(stderr);
    return 2;
  }
  try {
    return run(opt);
  } catch (const std::exception& e) {
    // Library code reports bad input as values; an exception here is a bug worth surfacing.
    std::fprintf(stderr, "kronik_bench: internal error: %s\n", e.what());
    return 3;
  }
}
