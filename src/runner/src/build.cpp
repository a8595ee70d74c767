// The build job: read -> analyse -> re-date -> merge -> write. This file only sequences the
// library calls; every decision about text, dates or merging lives in the modules it calls.
#include "kronik/runner/build.h"

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <string_view>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "feed.h"
#include "kronik/store/store.h"
#include "stages.h"

namespace kronik {

int BuildReport::exit_code() const noexcept {
  if (!write_errors.empty() || summary.documents_read == 0) return 3;
  return summary.documents_skipped ? 1 : 0;
}

namespace {

Status usage_error(std::string message) { return Error{ErrorCode::kUsage, std::move(message), "", 0}; }

bool known_layout(std::string_view layout) {
  static constexpr std::array<std::string_view, 6> kLayouts = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
  return std::find(kLayouts.begin(), kLayouts.end(), layout) != kLayouts.end();
}

// The pipeline's analysis stage for a build without a store: documents with no text left after
// cleaning are skipped, the others join the graph. Runs serially, in input order, so the graph
// never depends on timing.
class GraphSink : public detail::AnalysisSink {
 public:
  GraphSink(KnowledgeGraph& graph, BuildReport& report, const BuildRequest& req, DocumentTexts& texts)
      : graph_(graph), report_(report), req_(req), texts_(texts) {}
  void skip(const Error& e) override {
    graph_.add_skipped(e);
    report_.problems.push_back(e);
  }
  void add(DocumentAnalysis&& a) override {
    if (a.sentences.empty()) return skip(Error{ErrorCode::kEmpty, "no article text left after removing page noise", a.info.id, 0});
    detail::join_graph(req_, std::move(a), graph_, texts_);
  }

 private:
  KnowledgeGraph& graph_;
  BuildReport& report_;
  const BuildRequest& req_;
  DocumentTexts& texts_;
};

// One item travelling through the pipeline: a document to analyse, or an input that was skipped
// (kept in the stream so skips are reported in input order); neither for a known document.
struct Slot {
  std::optional<RawDocument> raw;
  std::optional<DocumentAnalysis> analysis;
  std::optional<Error> skipped;
};

Slot* screened(detail::AnalysisSink& sink, detail::DocumentFeed::Item&& item) {
  auto* s = new Slot();
  if (auto* e = std::get_if<Error>(&item)) {
    s->skipped = std::move(*e);
    return s;
  }
  auto& raw = std::get<RawDocument>(item);
  auto verdict = sink.screen(raw);
  if (verdict.skip) s->skipped = std::move(verdict.skip);
  else if (verdict.analyse) s->raw = std::move(raw);
  return s;
}

// An output folder of an earlier run found inside an input folder (`kronik build dir -o dir/out`).
bool is_output_folder(const std::string& path) {
  std::error_code ec;
  return !path.empty() && std::filesystem::exists(std::filesystem::path(path) / kOutputMarkerFile, ec);
}

}  // namespace

namespace detail {

void return_free_memory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

unsigned effective_threads(unsigned requested) {
  return requested ? requested : std::max(1u, std::thread::hardware_concurrency());
}

namespace {

bool same_hint(const std::map<std::string, DateHint>& hints, const std::string& id, const DateHint& h) {
  auto it = hints.find(id);
  return it != hints.end() && it->second.value == h.value && it->second.not_before == h.not_before && it->second.how == h.how;
}

void analyse_all(const BuildRequest& req, const Extractor& extractor, std::vector<InputSource> sources,
                 AnalysisSink& sink) {
  const unsigned threads = effective_threads(req.threads);
  DocumentFeed feed(std::move(sources), req.ingest, req.queue_depth);
  std::uint64_t analysed = 0;
  const std::size_t tokens = std::size_t{threads} * 4;
  tbb::parallel_pipeline(
      tokens,
      tbb::make_filter<void, Slot*>(tbb::filter_mode::serial_in_order,
                                    [&](tbb::flow_control& fc) -> Slot* {
                                      auto item = feed.next();
                                      if (!item) {
                                        fc.stop();
                                        return nullptr;
                                      }
                                      return screened(sink, std::move(*item));
                                    }) &
          tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::parallel,
                                         [&](Slot* s) {
                                           if (s->raw) s->analysis = extractor.analyze(std::move(*s->raw));
                                           s->raw.reset();
                                           return s;
                                         }) &
          tbb::make_filter<Slot*, void>(tbb::filter_mode::serial_in_order, [&](Slot* s) {
            if (s->skipped) sink.skip(*s->skipped);
            else if (s->analysis) sink.add(std::move(*s->analysis));
            delete s;
            if (++analysed % 64 == 0) report_progress(req.progress, "analyse", analysed, 0);
          }));
  report_progress(req.progress, "analyse", analysed, analysed);
}

}  // namespace

// Documents without a full publication date learn it from documents that report the same
// events; a second round lets a date travel through an intermediate document.
void redate(const BuildRequest& req, const Extractor& extractor, KnowledgeGraph& graph) {
  std::map<std::string, DateHint> previous;  // the last round's hints
  for (int round = 0; round < req.date_rounds; ++round) {
    auto hints = graph.date_hints(req.progress);
    if (hints.empty()) break;
    std::size_t redone = graph.reanalyze([&](const DocumentAnalysis& a) -> std::optional<DocumentAnalysis> {
      auto it = hints.find(a.info.id);
      if (it == hints.end()) return std::nullopt;
      const DateHint& h = it->second;
      // The same hint as last round: the document holds what it gives already (re-dating reads
      // only the text, sentences and metadata, which re-dating does not change).
      if (same_hint(previous, a.info.id, h)) return std::nullopt;
      if (a.info.published == h.value && a.info.published_how.find(h.how) != std::string::npos) return std::nullopt;
      // Metadata and dateline dates ignore hints: nothing would change.
      if (a.info.published_anchor == Anchor::kExplicit) return std::nullopt;
      PublicationHint ph{h.value, h.not_before, h.how};
      // Only the date-dependent steps run again, on the kept sentences (no cleaning).
      return extractor.redate(a, ph);
    }, req.progress);
    if (redone == 0) break;
    previous = std::move(hints);
  }
}

void analyse_inputs(const BuildRequest& req, const Extractor& extractor, AnalysisSink& sink, BuildReport& report) {
  std::vector<Error> listing;
  auto sources = list_inputs(req.inputs, &listing);
  for (auto& e : listing) {
    if (is_output_folder(e.document)) report.notices.push_back(std::move(e));  // expected, not a lost input
    else sink.skip(e);
  }
  analyse_all(req, extractor, std::move(sources), sink);
}

void keep_text(const BuildRequest& req, const DocumentAnalysis& a, DocumentTexts& texts) {
  if (req.exporter.keep_text) texts.emplace(a.info.id, a.raw.text);  // a repeated id: the first one's
}

void join_graph(const BuildRequest& req, DocumentAnalysis&& a, KnowledgeGraph& graph, DocumentTexts& texts) {
  keep_text(req, a, texts);
  // redate() skips these documents (a hint never changes a metadata or dateline date): neither
  // their sentences nor their raw text is read again. Without the text the graph keeps the
  // evidence sentences themselves, a fraction of it (what a store holds too).
  if (a.info.published_anchor == Anchor::kExplicit) std::vector<Sentence>().swap(a.sentences);
  compact_analysis(a);
  graph.add(std::move(a));
}

BuildReport merge_and_write(const BuildRequest& req, ExtractorPtr extractor, KnowledgeGraph graph,
                            BuildReport report, Clock::time_point start, const DocumentTexts& texts) {
  redate(req, *extractor, graph);
  extractor.reset();     // nothing after re-dating analyses text
  return_free_memory();  // the analyses' temporaries, the lexicons and models
  MergeConfig merge = req.merge;
  merge.progress = req.progress;
  // Moves evidence and infos out, and frees the graph before the exporters allocate their
  // buffers: peak memory is the larger of the two, not their sum.
  Timeline timeline = std::move(graph).build(merge);
  return_free_memory();
  timeline.generator = req.generator;
  report.summary = timeline.summary;
  if (report.summary.documents_read == 0) {
    report.outputs_kept = true;
  } else {
    report.write_errors = write_outputs(timeline, req.out_dir, req.exporter, texts);
    report.outputs_written = report.write_errors.empty();
  }
  report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  report.summary.seconds = report.seconds;
  return report;
}

}  // namespace detail

namespace {

// A build without a store: every input is analysed and joins the graph in input order.
BuildReport build_in_memory(const BuildRequest& req, detail::ExtractorPtr extractor, detail::Clock::time_point start) {
  KnowledgeGraph graph;
  BuildReport report;
  DocumentTexts texts;
  GraphSink sink(graph, report, req, texts);
  detail::analyse_inputs(req, *extractor, sink, report);
  return detail::merge_and_write(req, std::move(extractor), std::move(graph), std::move(report), start, texts);
}

// The merge's tables in data/common: which CAMEO codes may describe one happening
// (cameo_compat.tsv) and organisation words across languages for entity linking (org_heads.tsv).
// A data folder without a table merges as before the table existed; a malformed one is an error.
template <class Table>
Status load_merge_table(const BuildRequest& req, const char* file, std::shared_ptr<const Table>& into) {
  if (into) return {};
  std::string path = resolve_data_dir(req.extract.data_dir) + "/common/" + file;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  auto table = Table::load(path);
  if (!table) return table.error();
  into = std::make_shared<const Table>(std::move(table.value()));
  return {};
}

}  // namespace

Status validate(const BuildRequest& r) {
  if (r.inputs.empty()) return usage_error("no input given");
  if (r.out_dir.empty()) return usage_error("--output must not be empty");
  if (r.threads > BuildRequest::kMaxThreads)
    return usage_error("--threads must be between 1 and " + std::to_string(BuildRequest::kMaxThreads) + " (0 = every core)");
  if (r.queue_depth == 0 || r.queue_depth > 1'000'000) return usage_error("the read-ahead queue must hold 1 to 1000000 documents");
  if (r.ingest.max_document_bytes == 0 || r.ingest.max_document_bytes > (std::uint64_t{1} << 32) - 1)
    return usage_error("--max-bytes must be between 1 and 4294967295 (offsets are 32-bit)");
  if (!(r.extract.min_event_confidence >= 0.0 && r.extract.min_event_confidence <= 1.0))
    return usage_error("--min-confidence must be between 0 and 1");
  if (r.extract.latest_year != 0 && (r.extract.latest_year < 1900 || r.extract.latest_year > 9999))
    return usage_error("--latest-year must be between 1900 and 9999");
  if (r.merge.max_day_gap < 0 || r.merge.max_day_gap > 366) return usage_error("the merge day gap must be between 0 and 366");
  if (!known_layout(r.exporter.layout)) return usage_error("--layout must be one of dot, neato, fdp, sfdp, circo, twopi");
  if (r.date_rounds < 0 || r.date_rounds > 8) return usage_error("date rounds must be between 0 and 8");
  for (const Status& st : {validate(r.ingest), validate(r.extract.budget)})
    if (!st) return usage_error(st.error().message);
  return {};
}

Result<BuildReport> detail::run_job(const BuildRequest& req, bool prepare_out, const JobFn& job) {
  const auto t0 = detail::Clock::now();
  if (auto st = validate(req); !st) return st.error();
  BuildRequest effective = req;
  // Ingestion and extraction cut documents by the same budget.
  effective.ingest.budget = req.extract.budget;
  // A hard limit for every phase: oneTBB never runs more workers than this while it lives.
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, detail::effective_threads(req.threads));
  // An output folder that cannot be written is found now, not after hours of analysis.
  if (prepare_out)
    if (auto st = prepare_output_dir(req.out_dir); !st) return st.error();
  effective.exporter.progress = req.progress;
  auto ex = Extractor::create(effective.extract);
  if (!ex) return ex.error();
  if (auto st = load_merge_table(effective, "cameo_compat.tsv", effective.merge.codes); !st) return st.error();
  if (auto st = load_merge_table(effective, "org_heads.tsv", effective.merge.name_words); !st) return st.error();
  detail::ExtractorPtr extractor = std::move(ex.value());  // the job holds the only copy
  return job(effective, std::move(extractor), t0);
}

Result<BuildReport> run_build(const BuildRequest& req) {
  return detail::run_job(req, true, [](const BuildRequest& effective, detail::ExtractorPtr extractor, detail::Clock::time_point t0) {
    if (effective.use_store) return detail::build_with_store(effective, std::move(extractor), t0);
    return Result<BuildReport>(build_in_memory(effective, std::move(extractor), t0));
  });
}

}  // namespace kronik
