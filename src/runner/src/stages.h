// The build job's stages, shared by `kronik build` with and without a store, `kronik extract`
// (map) and `kronik merge` (reduce): listing inputs, the streaming analysis, re-dating, and the
// merge-and-write tail. Internal to kronik_runner.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "kronik/runner/build.h"

namespace kronik::detail {

using Clock = std::chrono::steady_clock;

/// The job's extractor. Its lexicons and models (about 35 MB) are needed until re-dating only:
/// merge_and_write() releases its copy before the merge, so they do not add to the merge's and
/// the exporters' peak memory (run_job hands over the only other copy).
using ExtractorPtr = std::shared_ptr<const Extractor>;

unsigned effective_threads(unsigned requested);

/// Hands freed heap pages back to the system (glibc malloc_trim) between phases, so that the
/// next phase's peak is not stacked on the last one's freed memory: after the analyses (before a
/// store is read into the graph), after re-dating (the extractor gone), after the merge (the
/// graph gone, before the exporters' buffers).
void return_free_memory();

/// Where analyses go, in input order (the pipeline calls it serially). screen() sees each raw
/// document first, also serially and in input order, and decides whether it is analysed.
class AnalysisSink {
 public:
  struct Verdict {
    bool analyse = true;          ///< false: the document is known already (nothing to do)
    std::optional<Error> skip;    ///< set: the document is skipped with this error
  };
  virtual ~AnalysisSink() = default;
  virtual Verdict screen(const RawDocument&) { return {}; }
  virtual void skip(const Error& e) = 0;
  virtual void add(DocumentAnalysis&& a) = 0;
};

/// Lists the inputs of `req` (kronik output folders found inside input folders go to
/// report.notices, inputs that cannot be listed to the sink as skipped), reads them on one thread
/// and analyses them in parallel; `sink` gets every analysis and every skipped input in input order.
void analyse_inputs(const BuildRequest& req, const Extractor& extractor, AnalysisSink& sink, BuildReport& report);

/// Cross-document publication dates (req.date_rounds rounds).
void redate(const BuildRequest& req, const Extractor& extractor, KnowledgeGraph& graph);

/// With req.exporter.keep_text, keeps the document text of `a` (what its offsets point into)
/// for documents.jsonl; nothing otherwise.
void keep_text(const BuildRequest& req, const DocumentAnalysis& a, DocumentTexts& texts);

/// Adds `a` to `graph` (keep_text() first). A document dated by its metadata or dateline
/// (anchor explicit) is never re-dated, so the sentences and the raw text only re-dating reads go
/// first (compact_analysis(); documents.jsonl reads `texts`).
void join_graph(const BuildRequest& req, DocumentAnalysis&& a, KnowledgeGraph& graph, DocumentTexts& texts);

/// Re-dates, merges and writes the outputs of `graph` (consumed); fills `report` and its times.
/// `extractor` is released after re-dating. `texts`: the documents' texts for documents.jsonl
/// (req.exporter.keep_text).
BuildReport merge_and_write(const BuildRequest& req, ExtractorPtr extractor, KnowledgeGraph graph,
                            BuildReport report, Clock::time_point start, const DocumentTexts& texts);

/// What run_build does before the work, for every job: checks the options, applies the budget to
/// ingestion, limits the threads, checks the output folder (when `prepare_out`), loads the
/// extractor; then calls `job` with the effective request and the only copy of the extractor.
using JobFn = std::function<Result<BuildReport>(const BuildRequest&, ExtractorPtr, Clock::time_point)>;
Result<BuildReport> run_job(const BuildRequest& req, bool prepare_out, const JobFn& job);

/// `kronik build` with a store (BuildRequest::use_store): run_build's setup done, the rest here.
Result<BuildReport> build_with_store(const BuildRequest& req, ExtractorPtr extractor, Clock::time_point start);

}  // namespace kronik::detail
