// kronik/runner/explain.h: the `kronik explain` job: why the reports of one merged event were
// taken for one happening, read back from a build's timeline.json.
//
// Usage:
//   kronik::ExplainRequest req{"ev_0123456789ab", "out"};
//   kronik::Status st = kronik::run_explain(req, std::cout);
//   if (!st) { /* st.error(): kIo (no timeline.json), kParse (not a timeline), kUsage (no such event) */ }
//
// Output, for a person: the event (code, type, date, place, parties, confidence), its sources,
// each report (document, sentence, trigger, sentence text), then per report beyond the first the
// report it was matched with, the reasons (shared parties, compatible codes, date overlap, place)
// and the conflicts it carries (another day, an extra party, another place), then the event's
// warnings. What it prints is what `kronik build` wrote into the event's `merge` field
// (docs/merge.md): explain never merges again.
// Thread-safety: run_explain may be called from several threads with different streams.
#pragma once

#include <ostream>
#include <string>

#include "kronik/core/error.h"

namespace kronik {

struct ExplainRequest {
  std::string event_id;  ///< an event id of timeline.json ("ev_..." as written)
  std::string out_dir;   ///< a folder `kronik build` wrote
};

Status run_explain(const ExplainRequest& req, std::ostream& out);

}  // namespace kronik
