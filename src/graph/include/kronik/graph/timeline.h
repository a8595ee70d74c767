// kronik/graph/timeline.h: the merged result of a run, as the exporters read it.
//
// A Timeline is what `kronik build` produces before writing files: every document's metadata,
// one EntityRecord per real entity, one Event per real-world happening (with all its sources and
// evidence), the relations drawn in the diagrams, warnings and the run summary. It holds only
// kronik value types (no Boost), so exporters and tools can use it without the graph internals.
//
// Ordering (deterministic): documents by id; entities by key; events chronologically
// (time_less on date, unknown dates last), then by id.
//
// Thread-safety: value type.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "kronik/core/model.h"

namespace kronik {

/// An edge of the diagrams: one event seen from actor to target (or actor to location for
/// one-party events such as a visit).
struct Relation {
  std::string source;    ///< entity key
  std::string target;    ///< entity key
  std::string event;     ///< event id
  std::string cameo;     ///< CAMEO code
  std::string label;     ///< readable type ("meet", "visit", "thank")
  TimeValue date;
};

struct RunSummary {
  std::uint64_t documents_read = 0;     ///< documents that produced an analysis
  std::uint64_t documents_skipped = 0;  ///< documents dropped (empty, binary, too large, unreadable)
  std::map<std::string, std::uint64_t> skipped_by_reason;  ///< error_code_name -> count
  std::uint64_t documents_repaired = 0; ///< read with repairs (e.g. invalid UTF-8 replaced)
  std::uint64_t entities = 0;
  std::uint64_t events = 0;
  std::uint64_t bytes = 0;
  double seconds = 0.0;                 ///< wall time; not written to timeline.json (determinism)
};

struct Timeline {
  std::vector<DocumentInfo> documents;
  std::vector<EntityRecord> entities;
  std::vector<Event> events;
  std::vector<Relation> relations;
  std::vector<Warning> warnings;
  RunSummary summary;
  std::string generator = "kronik";  ///< name and version written into the outputs
};

}  // namespace kronik
