// kronik/runner/build.h: the whole `kronik build` job as one library call.
//
// Any front end (the command line, a Python binding, a Dask worker) runs a build the same way:
//
//   kronik::BuildRequest req;
//   req.inputs = {"articles/", "feed.jsonl"};
//   req.out_dir = "out";
//   req.threads = 4;                                  // 0 = every core
//   req.progress = my_progress_fn;                    // optional (kronik/core/progress.h)
//   if (auto st = kronik::validate(req); !st) { /* st.error(): which option, which range */ }
//   kronik::Result<kronik::BuildReport> r = kronik::run_build(req);
//   if (!r) { /* r.error(): a data error (lexicon or gazetteer file and line) */ }
//   r.value().exit_code();                            // 0, 1 or 3 as the CLI's exit codes
//
// Phases, each reported through `progress`: read + analyse (parallel, streaming: documents are
// read by one thread into a bounded queue, analysed by `threads` workers, and added to the graph
// in input order), re-date (documents that learn their publication date from other documents
// are analysed again, in parallel), merge, write.
//
// Outputs: written only when at least one document was read. A run that reads nothing leaves
// the previous outputs of `out_dir` untouched (BuildReport::outputs_kept says so).
//
// Threads: `threads` is a hard limit on the worker threads kronik uses in every phase (oneTBB
// global_control); 1 runs everything on the calling thread plus the reader.
// Determinism: the outputs are byte-identical whatever `threads` and the scheduling.
// Thread-safety: run_build may be called from several threads, but two builds into the same
// `out_dir` exclude each other (the exporter locks the folder).
// Errors: recoverable input problems are in BuildReport::problems (one per skipped input);
// run_build fails (returns an Error) before any work when an option is out of range (kUsage),
// the output folder cannot be created, written or locked (kIo, naming the real obstacle), or the
// data folder cannot be loaded (kData).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/progress.h"
#include "kronik/export/export.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/extract/pipeline.h"
#include "kronik/graph/graph.h"

namespace kronik {

struct BuildRequest {
  /// Files, directories (recursive, sorted) or "-" for stdin.
  std::vector<std::string> inputs;
  /// Output folder; created when missing.
  std::string out_dir = "out";
  ExtractConfig extract;
  IngestConfig ingest;
  MergeConfig merge;
  ExportConfig exporter;
  /// Worker threads for every phase; 0 = every core. At most kMaxThreads.
  unsigned threads = 0;
  /// Documents read ahead of the analysis (bounds memory while streaming).
  unsigned queue_depth = 256;
  /// Rounds of cross-document publication dating (0 disables it).
  int date_rounds = 2;
  /// Written into the outputs as the generator ("kronik 0.1.0").
  std::string generator = "kronik";
  /// Optional progress listener for every phase.
  ProgressFn progress;
  /// Keep the analyses in a store and analyse only new or changed documents; the outputs are
  /// those of a full build of every stored document (kronik/runner/store.h, docs/store.md).
  /// Off here (a plain library call keeps nothing); the CLI turns it on.
  bool use_store = false;
  /// The store file; empty = `out_dir`/kronik.db.
  std::string store_path;

  static constexpr unsigned kMaxThreads = 1024;
};

/// What a build did.
struct BuildReport {
  RunSummary summary;               ///< counts (documents read and skipped, entities, events)
  std::vector<Error> problems;      ///< skipped inputs, in input order
  std::vector<Error> notices;       ///< inputs left out on purpose (kronik output folders)
  std::vector<Error> write_errors;  ///< outputs that could not be written
  bool outputs_written = false;     ///< the output set was replaced by this run's
  bool outputs_kept = false;        ///< nothing was read: previous outputs left as they were
  double seconds = 0.0;             ///< wall time of the whole build
  std::uint64_t analysed = 0;       ///< with a store: documents analysed by this run
  std::uint64_t unchanged = 0;      ///< with a store: documents read again, stored analysis reused

  /// The CLI's exit code: 0 all read and written, 1 written but some inputs skipped,
  /// 3 nothing read or an output not written.
  int exit_code() const noexcept;
};

/// Checks option ranges before any work (threads, queue depth, max bytes, confidence, layout...).
/// The Error (kUsage) names the option and the allowed range.
Status validate(const BuildRequest& request);

/// Runs the whole build. See the header comment for phases, outputs and errors.
Result<BuildReport> run_build(const BuildRequest& request);

}  // namespace kronik
