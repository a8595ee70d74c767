// kronik/runner/store.h: a corpus that grows, and a build split into map and reduce.
//
// Incremental builds (docs/store.md): run_build with BuildRequest::use_store keeps every
// document's analysis in an SQLite store (out_dir/kronik.db, or BuildRequest::store_path) and
// analyses only documents that are new or changed (content hash of text and metadata); the
// outputs are re-merged from every stored analysis and are byte-identical to those of a build of
// all stored documents at once. run_remove takes documents out and rewrites the outputs.
//
// Map and reduce (docs/scale-out.md): run_extract analyses documents and writes one JSON line per
// document (kronik/store/analysis_json.h), in input order; run_merge reads any number of such
// files and writes the outputs. Extraction is a pure function of one document, so the map can
// run anywhere (a Dask cluster, Spark, xargs); the merge of the lines of every part gives the
// same bytes as a store build of the same documents, whatever the partitioning.
//
//   kronik::BuildRequest req;                  // the same options as a build
//   req.inputs = {"part-0001.jsonl"};
//   std::ofstream out("part-0001.analyses.jsonl");
//   auto r = kronik::run_extract(req, out);    // map
//   req.inputs = {"part-0001.analyses.jsonl", "part-0002.analyses.jsonl"};
//   req.out_dir = "out";
//   auto m = kronik::run_merge(req);           // reduce
//
// Order and duplicates: documents join the merge in id order, so the result depends on the set of
// documents, not on the order they came in. A document whose id or text repeats an earlier one is
// skipped as a copy (the earlier one wins: the first in the merge's input order, or the stored one).
// Threads and errors as run_build (kronik/runner/build.h); a store that cannot be opened, or was
// made with other extraction settings, is an Error (kIo, kData, kUsage) before any work.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "kronik/runner/build.h"

namespace kronik {

/// The store a request uses: `store_path`, or `out_dir`/kronik.db.
std::string store_file(const BuildRequest& request);

/// What the analyses depend on besides the documents, as one readable line: version, data folder,
/// gazetteers, extraction options. A store made with other settings is refused.
std::string store_settings(const BuildRequest& request);

/// Removes documents (by id) from the store of `request` (its inputs are ignored), re-merges the
/// rest and rewrites the outputs. BuildReport::problems names the ids that were not stored.
Result<BuildReport> run_remove(const BuildRequest& request, const std::vector<std::string>& ids);

/// Map: analyses request.inputs and writes one line per document or skipped input to `out`
/// (request.out_dir is not used). BuildReport::summary counts documents read and skipped.
Result<BuildReport> run_extract(const BuildRequest& request, std::ostream& out);

/// Reduce: reads the analysis lines of request.inputs (files of run_extract, in the given order)
/// and writes the outputs into request.out_dir, as run_build does. A malformed line is an Error
/// (kParse, naming file and line): a map output is never partly used.
Result<BuildReport> run_merge(const BuildRequest& request);

}  // namespace kronik
