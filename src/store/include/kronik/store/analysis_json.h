// kronik/store/analysis_json.h: a DocumentAnalysis as one line of JSON, and back.
//
// The exchange format between the map and the reduce of a build (`kronik extract` writes one
// line per document, `kronik merge` reads them), and the form the store keeps analyses in.
//
// Usage:
//   std::string line = kronik::analysis_to_json(analysis);        // one line, no newline
//   kronik::Result<kronik::DocumentAnalysis> back = kronik::analysis_from_json(line);
//   // back.value() == analysis, field by field (see "Exactness")
//
// Format (docs/store.md, "Analysis JSON"): an object with "format" (kAnalysisFormat) and one
// member per DocumentAnalysis field, short keys, empty strings, empty lists and false flags left
// out; time values as arrays [year, month, day, week, hour, minute, utc_offset|null, granularity];
// enums as their numbers. Strings are copied byte for byte (what kronik reads is UTF-8 already).
//
// Exactness: every field round-trips exactly, doubles included (shortest representation that
// reads back to the same bits), so a merge of stored analyses gives the same bytes as a merge of
// fresh ones.
//
// Errors: analysis_from_json returns kParse naming the first member that is malformed or of the
// wrong type, or a format number it does not know. Thread-safety: free functions, no state.
#pragma once

#include <string>
#include <string_view>

#include "kronik/core/error.h"
#include "kronik/core/model.h"

namespace kronik {

/// Version of the analysis JSON; bumped when a field changes meaning.
inline constexpr int kAnalysisFormat = 1;

std::string analysis_to_json(const DocumentAnalysis& analysis);
Result<DocumentAnalysis> analysis_from_json(std::string_view json);

/// An Error as one JSON object ({"code", "message", "document", "offset"}), and back into `out`:
/// skipped inputs travel with the analyses. (A Status, not a Result: Result<Error> is ambiguous.)
std::string error_to_json(const Error& error);
Status error_from_json(std::string_view json, Error& out);

}  // namespace kronik
