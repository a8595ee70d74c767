// kronik command line: parses flags into config structs, calls the libraries, maps errors to
// exit codes. All printing happens here; the libraries never print.
//
// Exit codes (README "Exit codes"):
//   0  every document was read and the outputs were written
//   1  outputs written, but some documents were skipped (see the summary and timeline.json warnings)
//   2  usage error (bad flags or arguments)
//   3  nothing usable: no document could be read, or an output could not be written
//   4  data error: a lexicon or gazetteer file is missing or malformed
#include <CLI/CLI.hpp>
#include <tbb/parallel_pipeline.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <iostream>
#include <mutex>
#include <thread>

#include "kronik/core/text.h"
#include "kronik/export/export.h"
#include "kronik/extract/clean.h"
#include "kronik/extract/ingest.h"
#include "kronik/extract/pipeline.h"
#include "kronik/graph/graph.h"

#ifndef KRONIK_VERSION
#define KRONIK_VERSION "0.0.0"
#endif

namespace {

constexpr int kExitOk = 0, kExitPartial = 1, kExitUsage = 2, kExitNothing = 3, kExitData = 4;

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string out_dir = "out";
  kronik::ExtractConfig extract;
  kronik::IngestConfig ingest;
  kronik::ExportConfig exporter;
  kronik::MergeConfig merge;
  unsigned threads = 0;  // 0 = all cores
  bool quiet = false;
  std::string stdin_format = "text";
};

bool parse_format(const std::string& s, kronik::InputFormat& f) {
  if (s == "text" || s == "txt") f = kronik::InputFormat::kText;
  else if (s == "html") f = kronik::InputFormat::kHtml;
  else if (s == "jsonl") f = kronik::InputFormat::kJsonLines;
  else return false;
  return true;
}

// Reads documents source by source; a JSONL file is buffered whole, other files one at a time.
class DocumentFeed {
 public:
  DocumentFeed(std::vector<kronik::InputSource> sources, const kronik::IngestConfig& cfg, kronik::KnowledgeGraph& graph,
               std::vector<kronik::Error>& problems)
      : sources_(std::move(sources)), cfg_(cfg), graph_(graph), problems_(problems) {}
  bool next(kronik::RawDocument& out) {
    while (buffer_.empty()) {
      if (pos_ >= sources_.size()) return false;
      kronik::read_source(sources_[pos_++], cfg_, [&](kronik::Result<kronik::RawDocument> r) {
        if (r) buffer_.push_back(std::move(r).value());
        else {
          graph_.add_skipped(r.error());
          problems_.push_back(r.error());
        }
      });
    }
    out = std::move(buffer_.front());
    buffer_.pop_front();
    return true;
  }
  std::size_t sources_done() const { return pos_; }

 private:
  std::vector<kronik::InputSource> sources_;
  kronik::IngestConfig cfg_;
  kronik::KnowledgeGraph& graph_;
  std::vector<kronik::Error>& problems_;
  std::deque<kronik::RawDocument> buffer_;
  std::size_t pos_ = 0;
};

int run_build(BuildOptions& o) {
  auto t0 = std::chrono::steady_clock::now();
  if (!parse_format(o.stdin_format, o.ingest.stdin_format)) {
    std::cerr << "kronik: --stdin-format must be text, html or jsonl\n";
    return kExitUsage;
  }
  auto ex = kronik::Extractor::create(o.extract);
  if (!ex) {
    std::cerr << "kronik: " << ex.error().to_string() << "\n";
    return kExitData;
  }
  const auto& extractor = *ex.value();
  std::vector<kronik::Error> problems;
  auto sources = kronik::list_inputs(o.inputs, &problems);
  kronik::KnowledgeGraph graph;
  for (const auto& p : problems) graph.add_skipped(p);
  const std::size_t total_sources = sources.size();
  DocumentFeed feed(std::move(sources), o.ingest, graph, problems);

  const bool progress = !o.quiet && isatty(STDERR_FILENO);
  std::atomic<std::size_t> done{0};
  auto last_draw = std::chrono::steady_clock::now();
  unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  // Read (serial) -> analyse (parallel) -> add to the graph (serial, in input order: determinism).
  tbb::parallel_pipeline(
      threads * 4,
      tbb::make_filter<void, kronik::RawDocument*>(tbb::filter_mode::serial_in_order,
                                                   [&](tbb::flow_control& fc) -> kronik::RawDocument* {
                                                     auto* d = new kronik::RawDocument();
                                                     if (!feed.next(*d)) {
                                                       delete d;
                                                       fc.stop();
                                                       return nullptr;
                                                     }
                                                     return d;
                                                   }) &
          tbb::make_filter<kronik::RawDocument*, kronik::DocumentAnalysis*>(
              tbb::filter_mode::parallel,
              [&](kronik::RawDocument* d) {
                auto* a = new kronik::DocumentAnalysis(extractor.analyze(std::move(*d)));
                delete d;
                return a;
              }) &
          tbb::make_filter<kronik::DocumentAnalysis*, void>(tbb::filter_mode::serial_in_order,
                                                            [&](kronik::DocumentAnalysis* a) {
                                                              if (a->sentences.empty()) {
                                                                // Only page noise: nothing to analyse.
                                                                kronik::Error e{kronik::ErrorCode::kEmpty, "no article text left after removing page noise", a->info.id, 0};
                                                                graph.add_skipped(e);
                                                                problems.push_back(e);
                                                              } else {
                                                                graph.add(std::move(*a));
                                                              }
                                                              delete a;
                                                              std::size_t n = ++done;
                                                              auto now = std::chrono::steady_clock::now();
                                                              if (progress && now - last_draw > std::chrono::milliseconds(200)) {
                                                                last_draw = now;
                                                                std::fprintf(stderr, "\rkronik: %zu documents analysed (%zu/%zu inputs)", n,
                                                                             feed.sources_done(), total_sources);
                                                              }
                                                            }));
  if (progress) std::fprintf(stderr, "\r\033[K");
  for (const auto& p : problems) std::cerr << "kronik: skipped " << p.to_string() << "\n";

  // Cross-document dates: documents without a full publication date learn it from documents
  // that report the same events; two rounds let a date travel through an intermediate document.
  for (int round = 0; round < 2; ++round) {
    auto hints = graph.date_hints();
    if (hints.empty()) break;
    std::size_t redone = graph.reanalyze([&](const kronik::DocumentAnalysis& a) -> std::optional<kronik::DocumentAnalysis> {
      auto it = hints.find(a.info.id);
      if (it == hints.end()) return std::nullopt;
      const kronik::DateHint& h = it->second;
      if (a.info.published == h.value && a.info.published_how.find(h.how) != std::string::npos) return std::nullopt;
      kronik::PublicationHint ph{h.value, h.not_before, h.how};
      return extractor.analyze(a.raw, &ph);
    });
    if (redone == 0) break;
  }

  kronik::Timeline timeline = graph.build(o.merge);
  timeline.generator = std::string("kronik ") + KRONIK_VERSION;
  auto errors = kronik::write_outputs(timeline, o.out_dir, o.exporter);
  for (const auto& e : errors) std::cerr << "kronik: cannot write " << e.to_string() << "\n";
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const auto& s = timeline.summary;
  std::string reasons;
  for (const auto& [r, n] : s.skipped_by_reason) reasons += (reasons.empty() ? " (" : ", ") + r + " " + std::to_string(n);
  if (!reasons.empty()) reasons += ")";
  std::fprintf(stderr, "kronik: %llu documents read, %llu skipped%s, %llu entities, %llu events, %.2f s -> %s\n",
               static_cast<unsigned long long>(s.documents_read), static_cast<unsigned long long>(s.documents_skipped),
               reasons.c_str(), static_cast<unsigned long long>(s.entities), static_cast<unsigned long long>(s.events), secs,
               o.out_dir.c_str());
  if (!errors.empty() || s.documents_read == 0) return kExitNothing;
  return s.documents_skipped ? kExitPartial : kExitOk;
}

int run_dates(const std::string& input, kronik::ExtractConfig cfg, const std::string& published, const std::string& lang,
              const std::string& format) {
  auto ex = kronik::Extractor::create(cfg);
  if (!ex) {
    std::cerr << "kronik: " << ex.error().to_string() << "\n";
    return kExitData;
  }
  kronik::IngestConfig icfg;
  if (!parse_format(format, icfg.stdin_format)) {
    std::cerr << "kronik: --format must be text, html or jsonl\n";
    return kExitUsage;
  }
  std::vector<kronik::Error> problems;
  auto sources = kronik::list_inputs({input}, &problems);
  int rc = kExitOk;
  for (const auto& p : problems) {
    std::cerr << "kronik: " << p.to_string() << "\n";
    rc = kExitNothing;
  }
  for (const auto& src : sources) {
    kronik::read_source(src, icfg, [&](kronik::Result<kronik::RawDocument> r) {
      if (!r) {
        std::cerr << "kronik: skipped " << r.error().to_string() << "\n";
        rc = kExitPartial;
        return;
      }
      kronik::RawDocument raw = std::move(r).value();
      if (!published.empty()) raw.published = published;
      if (!lang.empty()) raw.language = lang;
      auto a = ex.value()->analyze(std::move(raw));
      std::printf("# %s  language %s  published %s (%s: %s)\n", a.info.id.c_str(), kronik::language_code(a.info.language),
                  a.info.published.known() ? a.info.published.iso().c_str() : "unknown",
                  kronik::anchor_name(a.info.published_anchor), a.info.published_how.c_str());
      std::printf("sentence\tbegin\tend\ttext\tvalue\tgranularity\tanchor\trule\n");
      for (const auto& t : a.times) {
        std::string v = t.value.known() ? t.value.iso() : "?";
        if (t.end.known()) v += "/" + t.end.iso();
        if (t.duration) v = "duration";
        std::printf("%u\t%u\t%u\t%s\t%s\t%s\t%s\t%s%s\n", t.sentence, t.span.begin, t.span.end, t.text.c_str(), v.c_str(),
                    kronik::granularity_name(t.value.granularity), kronik::anchor_name(t.anchor), t.rule.c_str(),
                    t.future ? " future" : "");
      }
      for (const auto& w : a.warnings) std::printf("warning\t%s\t%s\n", w.code.c_str(), w.message.c_str());
    });
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kronik: dated event timelines and knowledge graphs from news articles (Indonesian and English)"};
  app.set_version_flag("--version", std::string("kronik ") + KRONIK_VERSION);
  app.require_subcommand(1);

  BuildOptions o;
  std::string data_dir;
  auto* build = app.add_subcommand("build", "Read articles and write timeline.json, graph.dot, graph.svg, graph.graphml");
  build->add_option("inputs", o.inputs, "Files, directories (read recursively) or - for stdin")->required();
  build->add_option("-o,--output", o.out_dir, "Output directory (created if missing)")->capture_default_str();
  build->add_option("--data", data_dir, "Data folder with lexicons and gazetteers (default: built-in location or $KRONIK_DATA_DIR)");
  build->add_option("--gazetteer", o.extract.extra_gazetteers, "Extra gazetteer TSV file (repeatable; format in docs/gazetteer.md)");
  build->add_option("-j,--threads", o.threads, "Worker threads (default: all cores)");
  build->add_option("--max-bytes", o.ingest.max_document_bytes, "Skip documents larger than this many bytes")->capture_default_str();
  build->add_option("--stdin-format", o.stdin_format, "Format of stdin when '-' is an input: text, html or jsonl")->capture_default_str();
  build->add_option("--latest-year", o.extract.latest_year, "Latest plausible year for inferred dates (default: this year)");
  build->add_flag("--keep-planned", o.extract.keep_planned_events, "Keep planned/future events (marked modality=planned)");
  build->add_option("--min-confidence", o.extract.min_event_confidence, "Drop events below this confidence (0-1)");
  build->add_flag("--no-svg", [&](std::int64_t) { o.exporter.svg = false; }, "Do not render graph.svg");
  build->add_option("--layout", o.exporter.layout, "Graphviz layout for graph.svg (dot, neato, fdp, sfdp, circo, twopi)")->capture_default_str();
  build->add_flag("--draw-isolated", o.exporter.draw_isolated, "Also draw entities that take part in no relation");
  build->add_flag("--neo4j", o.exporter.neo4j_csv, "Also write neo4j_*.csv for neo4j-admin database import (docs/outputs.md)");
  build->add_flag("--compact", [&](std::int64_t) { o.exporter.pretty = false; }, "Write timeline.json on one line");
  build->add_flag("-q,--quiet", o.quiet, "No progress indicator");

  std::string dates_input, dates_pub, dates_lang, dates_format = "text";
  auto* dates = app.add_subcommand("dates", "Print every time expression of a document with its value, granularity and anchor");
  dates->add_option("input", dates_input, "File, directory or - for stdin")->required();
  dates->add_option("--published", dates_pub, "Publication date to anchor relative expressions (ISO 8601)");
  dates->add_option("--lang", dates_lang, "Language: id or en (default: identified)");
  dates->add_option("--format", dates_format, "Format of stdin: text, html or jsonl")->capture_default_str();
  dates->add_option("--data", data_dir, "Data folder");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  o.extract.data_dir = data_dir;
  try {
    if (*build) return run_build(o);
    if (*dates) return run_dates(dates_input, o.extract, dates_pub, dates_lang, dates_format);
  } catch (const std::exception& e) {
    std::cerr << "kronik: internal error: " << e.what() << "\n";
    return kExitNothing;
  }
  return kExitUsage;
}
