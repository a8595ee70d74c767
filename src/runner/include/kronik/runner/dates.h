// kronik/runner/dates.h: the `kronik dates` job: how each document is dated, as one library call.
//
// Usage:
//   kronik::DatesRequest req;
//   req.input = "article.html";            // a file, a directory or "-" (stdin)
//   req.published = "2025-07-14";          // optional: anchors relative expressions like metadata
//   kronik::Result<kronik::DatesReport> r = kronik::run_dates(req, std::cout);
//   if (!r) { /* r.error(): a usage error (kUsage) or a data problem (kData) */ }
//   r.value().exit_code();                 // 0 all read, 1 some documents skipped
//
// Output, per document (tab-separated after the first line):
//   # ID  language LANG  published VALUE (ANCHOR: HOW)
//   signal  <name>  <value or ?>  <verdict>  <what was read>   one line per publication-date signal
//                                                             considered, most trusted first
//   sentence  begin  end  text  value  granularity  anchor  rule   (header), one line per time
//                                                             expression, then its lines
//   warning  <code>  <message>                                one line per warning
// The signal lines say why the winner won: the first signal with a date wins ("won: ..."), later
// ones "agree", "refine the winner" (a day inside its month) or "disagree" (also a warning).
//
// Errors: validate() (kUsage) for an unknown format or language or a --published that is not a
// date; run_dates() returns kData when the data folder cannot be loaded and kIo when the input
// does not exist; unreadable documents are DatesReport::problems.
// Thread-safety: run_dates may be called from several threads with different streams.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/extract/pipeline.h"
#include "kronik/extract/text/ingest.h"

namespace kronik {

struct DatesRequest {
  std::string input;      ///< a file, a directory or "-" (stdin)
  std::string published;  ///< "" or a date to use as the publication metadata (ISO 8601)
  std::string language;   ///< "" (declared or identified), "id" or "en"
  std::string format;     ///< format of stdin ("-"): "" (text), text, html or jsonl; files go by name and content
  ExtractConfig extract;
  IngestConfig ingest;
};

struct DatesReport {
  std::size_t documents = 0;
  std::vector<Error> problems;  ///< skipped documents, in input order

  int exit_code() const noexcept { return problems.empty() ? 0 : 1; }
};

Status validate(const DatesRequest& request);
Result<DatesReport> run_dates(const DatesRequest& request, std::ostream& out);

}  // namespace kronik
