// fuzz/ingest_checks.h: the contract of ingestion (kronik/extract/text/ingest.h), checked on every
// document or error the three ingestion harnesses get back.
#pragma once

#include <string>

#include "fuzz_support.h"
#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/core/text.h"

namespace kronik::fuzz {

/// A document's text is valid UTF-8 (invalid bytes are repaired, never passed on) and not blank;
/// an error carries a code and a message.
inline void check_ingested(const Result<RawDocument>& r) {
  if (!r) {
    fuzz_check(r.error().code != ErrorCode::kOk, "ingest error without a code", r.error().message);
    fuzz_check(!r.error().message.empty(), "ingest error without a message");
    return;
  }
  const RawDocument& doc = r.value();
  fuzz_check(!first_invalid_utf8(doc.text).has_value(), "document text is not valid UTF-8", doc.id);
  fuzz_check(!first_invalid_utf8(doc.title).has_value(), "document title is not valid UTF-8", doc.id);
  fuzz_check(!trim(doc.text).empty(), "blank document passed on", doc.id);
}

}  // namespace kronik::fuzz
